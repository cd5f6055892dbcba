"""Places: NER LOC spans and gazetteer names, in the nominative, with their kind.

The kind comes from the head word ("область" → region, "район" → district, "город" → city) or
from the gazetteer (``data/places.txt``); abbreviations (ЗКО, РК, РФ) resolve to full names.
Adjectives alone ("казахстанского") are no places.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Doc, Tok
from ..lexicon import GazetteerEntry, PlaceLexicon
from ..rules import Trace
from ..text.morph import Morphology, WordParse
from .phrase import (
    function_word,
    head_index,
    inflect_word,
    is_opening,
    lemma_key,
    nominative,
    restore_case,
)

__all__ = ["PlaceCandidate", "extract_places"]


@dataclass(frozen=True, slots=True)
class PlaceCandidate:
    first_tok: int
    last_tok: int
    name: str
    kind: str | None
    surface: str | None = None  # the abbreviation as written, when ``name`` expands it
    rule: str = ""


def _kind(doc: Doc, first: int, last: int, name: str, lex: PlaceLexicon) -> str | None:
    """The kind of a place: the gazetteer's for a known name, else the head word's
    ("… область" → region), else "city", the most frequent kind of an unknown name."""
    words = [t for t in doc.toks[first:last] if t.is_word()]
    lemmas = lemma_key(words)
    entry = lex.places.get(lemmas)
    if entry is not None:
        return entry.kind
    for key in (lemmas, tuple(t.low for t in words)):
        if key in lex.place_kinds:
            return lex.place_kinds[key]
    for lemma in lemmas:
        if lemma in lex.place_words:
            return lex.place_words[lemma]
        if lemma in lex.landmark_words or lemma.rsplit("-", 1)[-1] in lex.landmark_words:
            return "other"  # "Таймс-сквер", "Карнеги-холл"
    return "city"


def _proper(tok: Tok, lex: PlaceLexicon) -> bool:
    """A word that can carry a place's name: capitalized, not a title or a generic place word."""
    if not tok.is_word():
        return False
    if tok.text in lex.place_alias:
        return True
    lemma = tok.lemma.replace("ё", "е")
    return tok.text[:1].isupper() and lemma not in lex.place_words and lemma not in lex.titles


def _known(doc: Doc, first: int, last: int, lex: PlaceLexicon) -> bool:
    """Is the span a name the gazetteer or the table of kinds knows by itself?"""
    lemmas = lemma_key(t for t in doc.toks[first:last] if t.is_word())
    return lemmas in lex.places or lemmas in lex.place_kinds


_CLOSING = frozenset('»“”"\'')


def _named_by(doc: Doc, first: int, last: int, lex: PlaceLexicon) -> str | None:
    """What the word before a name makes of it: "not" when the name names a thing that is no
    place (a quoted name «Тула» of a cinema, "университета Донхуа", "эпохи Тюдоров"), a kind
    when the name stands in apposition to a place word ("в селе Цибулёво": village) or to a
    landmark ("на реке Эльба": other), None when it says nothing."""
    toks = doc.toks
    if first == 0:
        return None
    if is_opening(doc, first - 1) and last < len(toks) and toks[last].text in _CLOSING:
        return "not"  # the whole quoted name: a group, a cinema, a frontier post
    prev = toks[first - 1]
    if prev.sent != toks[first].sent or not prev.is_word() or not prev.text[:1].islower():
        return None
    lemmas = {prev.lemma.replace("ё", "е")} | {p.normal.replace("ё", "е") for p in prev.parses
                                               if p.pos == "NOUN"}
    if lemmas & lex.place_namers:
        return "not"
    if lemmas & lex.facility_namers and \
            all(_apposed(t, "nomn") for t in toks[first:last] if t.is_word()):
        return "not"  # "в аэропорту Шереметьево": the airport's name; "аэропорта Барселоны": a city
    if prev.case in (None, "nomn") or \
            not all(_apposed(t, prev.case) for t in toks[first:last] if t.is_word()):
        return None
    for lemma in sorted(lemmas & lex.place_words.keys()):
        if any(t.lemma.replace("ё", "е") in lex.place_words for t in toks[first:last]):
            return None  # "района Кировоградской области": a name with its own place word
        known = _known_kind(doc, first, last, lex)
        if prev.case == "gent" and known is not None and known != lex.place_words[lemma]:
            return None  # "района Москвы": the city the district is in, not its name
        return lex.place_words[lemma]  # "в селе Цибулёво": village; "в микрорайоне …": district
    if lemmas & (lex.landmark_words | lex.facility_words):
        return "other"
    if lemmas & lex.org_words.keys() and not _known(doc, first, last, lex):
        return "not"  # "в больницу Санта Мария"; but "акимата Алматы" names a place
    return None


def _apposed(tok: Tok, case: str) -> bool:
    """Does a word of a name stand in apposition to a noun in ``case``: in the nominative
    ("на реке Эльба"), or a word that does not decline, in the noun's case ("в университете
    Цинхуа")?"""
    if tok.case == "nomn":
        return True
    fixed = not tok.parses or not any(p.known for p in tok.parses) or \
        any("Fixd" in p.grams for p in tok.parses)
    return fixed or tok.case == case


def _longer_known(doc: Doc, first: int, last: int, lex: PlaceLexicon) -> int:
    """The end of the longest gazetteer name that starts at ``first`` and runs past ``last``
    within the sentence, or ``last``."""
    toks = doc.toks
    for n in range(min(lex.place_max, len(toks) - first), last - first, -1):
        if toks[first + n - 1].sent == toks[first].sent and \
                lemma_key(toks[first:first + n]) in lex.places:
            return first + n
    return last


def _name(doc: Doc, first: int, last: int, entry: GazetteerEntry | None, morph: Morphology
          ) -> str:
    """A known place's name: the gazetteer's when the text names it so, else the text's words in
    the nominative (an alias, "Объединённых Арабских Эмиратах")."""
    if entry is not None and lemma_key(doc.toks[first:last]) == entry.lemmas:
        return entry.name
    return nominative(doc, first, last, morph)


def _latin_word(tok: Tok | None) -> bool:
    return tok is not None and tok.text[:1].isascii() and tok.text[:1].isupper()


def _latin(doc: Doc, k: int, lex: PlaceLexicon, quoted: set[int] = frozenset()
           ) -> tuple[int, GazetteerEntry] | None:
    """A Latin place name at token k ("France", "New York", "U.S."), alone or opening a longer
    name ("New York Times": the city is named in it, as in "газета «Нью-Йорк таймс»"), but not
    after another Latin word ("George Washington", which the NER may call an organization)
    unless both stand in a quoted name («The Washington Post»)."""
    toks = doc.toks
    in_name = k in quoted and toks[k].ner != "PER"
    if not _latin_word(toks[k]) or (k > 0 and _latin_word(toks[k - 1]) and not in_name
                                    and toks[k - 1].sent == toks[k].sent):
        return None
    for n in range(min(lex.place_latin_max, len(toks) - k), 0, -1):
        entry = lex.place_latin.get(tuple(t.low for t in toks[k:k + n]))
        if entry is not None:
            return n, entry
    return None


def _known_kind(doc: Doc, first: int, last: int, lex: PlaceLexicon) -> str | None:
    """The kind the gazetteer or the table of kinds gives the span's name, if it knows it."""
    lemmas = lemma_key(t for t in doc.toks[first:last] if t.is_word())
    entry = lex.places.get(lemmas)
    return entry.kind if entry is not None else lex.place_kinds.get(lemmas)


def _common_noun(tok: Tok) -> bool:
    """A noun pymorphy3 knows, and only as a common noun (no toponym, name or surname)."""
    return bool(tok.parses) and any(p.pos == "NOUN" for p in tok.parses) and all(
        p.known and not {"Geox", "Name", "Surn", "Patr", "Orgn"} & p.grams for p in tok.parses)


_PERSON_GRAMS = frozenset({"Name", "Surn", "Patr"})


def _country_misread(doc: Doc, k: int, end: int, lex: PlaceLexicon
                     ) -> tuple[int, GazetteerEntry] | None:
    """A country the NER took for a person ("Эфиопия", "Коста Рика" in a list of countries):
    the whole PER span [k, end) is a country's name and no word of it reads as a name or
    surname."""
    toks = doc.toks[k:end]
    entry = lex.places.get(lemma_key(toks))
    if entry is None or entry.kind != "country" or any(
            _PERSON_GRAMS & p.grams for t in toks for p in t.parses):
        return None
    return end - k, entry


def _before_facility(doc: Doc, first: int, last: int, lex: PlaceLexicon, morph: Morphology
                     ) -> PlaceCandidate | None:
    """The known city, region or country that opens a facility's name ("Казань Арена",
    "Ростов Арене"): the place nested in the name, the facility itself no place."""
    toks = doc.toks
    if last - first < 2 or not toks[last - 1].text[:1].isupper() or \
            not ({toks[last - 1].lemma} | toks[last - 1].lemmas) & lex.facility_words:
        return None
    kind = _known_kind(doc, first, last - 1, lex)
    if kind not in _INNER_KINDS:
        return None
    entry = lex.places.get(lemma_key(toks[first:last - 1]))
    name = entry.name if entry is not None else nominative(doc, first, last - 1, morph)
    return PlaceCandidate(first, last - 1, name, kind)


def _no_place_span(doc: Doc, first: int, last: int, h: int | None, lex: PlaceLexicon) -> bool:
    """A LOC span that names no place: a word with a number glued to it ("Формулы-1", a race
    or a spacecraft), a lowercase common noun at its head that is no place word ("Каталонский
    референдум", "Большая восьмерка"), or a lone given name or surname the gazetteer does not
    know ("Прасковья")."""
    toks = doc.toks[first:last]
    if _known(doc, first, last, lex):
        return False
    if any(t.is_word() and "-" in t.text and t.text.rsplit("-", 1)[1].isdigit() for t in toks):
        return True
    if h is not None and len(toks) > 1:
        head = toks[h]
        lemma = head.lemma.replace("ё", "е")
        if head.text[:1].islower() and _common_noun(head) and lemma not in lex.place_words \
                and lemma not in lex.landmark_words and lemma not in lex.facility_words:
            return True
    prev = doc.toks[first - 1] if first > 0 else None
    if prev is not None and prev.is_word() and prev.lemma.replace("ё", "е") in (
            lex.place_words.keys() | lex.landmark_words | lex.facility_words):
        return False  # "улица Лобачевского", "площадь Гагарина": named for a person
    if len(toks) == 1 and toks[0].parses and all(
            p.known and _PERSON_GRAMS & p.grams and "Geox" not in p.grams for p in toks[0].parses):
        return True
    return False


def _could_be_place(tok: Tok) -> bool:
    """A one-word gazetteer hit must read as a proper name: a toponym to pymorphy3, or a word
    it does not know; never a pronoun, preposition or a common word."""
    if not tok.parses:
        return True
    if any("Geox" in p.grams for p in tok.parses):
        return True
    return not any(p.known for p in tok.parses)


_INNER_KINDS = frozenset({"country", "region", "city"})


def _in_party(doc: Doc, first: int, last: int, lex: PlaceLexicon) -> bool:
    """Is the span part of a known party's name, as written ("Единой России")?"""
    toks = doc.toks
    for a in range(max(0, first - 2), first + 1):
        for b in range(last, min(len(toks), last + 2) + 1):
            known = lex.known_orgs.get(lemma_key(toks[a:b])) or \
                lex.known_orgs.get(tuple(t.low for t in toks[a:b]))
            if known is not None and known[1] == "party":
                return True
    return False


def _inner(doc: Doc, k: int, lex: PlaceLexicon, taken: set[int], quoted: set[int]
           ) -> tuple[int, GazetteerEntry] | None:
    """A city, region or country named inside a quoted or organization's name («Реал Мадрид»,
    "Университета Осло"): NEREL nests the place in the name. The longest gazetteer name of
    capitalized words, none of them a common word, with a word of the name beside it (a club
    «Барселона» is named by the city alone: no place)."""
    toks = doc.toks

    def in_name(j: int) -> bool:
        return 0 <= j < len(toks) and toks[j].is_word() and toks[j].sent == toks[k].sent and \
            (j in quoted) == (k in quoted) and (j in quoted or toks[j].ner == "ORG") and \
            not function_word(toks[j])  # «Говорит Москва» is a sentence, not a name with a place

    for n in range(min(lex.place_max, len(toks) - k), 0, -1):
        span = toks[k:k + n]
        entry = lex.places.get(lemma_key(span))
        if entry is None or entry.kind not in _INNER_KINDS:
            continue
        if any(j in taken or toks[j].sent != toks[k].sent or toks[j].ner == "PER"
               for j in range(k, k + n)):  # «Прямая линия с Владимиром Путиным»
            continue
        if not all(x.text[:1].isupper() and _could_be_place(x) for x in span if x.is_word()):
            continue
        if _in_party(doc, k, k + n, lex):
            return None  # «Единая Россия»: a party named for its country, no place in it
        if in_name(k - 1) or in_name(k + n):
            return n, entry
        return None
    return None


def _gazetteer(doc: Doc, lex: PlaceLexicon, morph: Morphology, taken: set[int],
               quoted: set[int] = frozenset()) -> list[PlaceCandidate]:
    out = []
    toks = doc.toks
    per_ends = {a: b for type_, a, b in doc.ner if type_ == "PER"}
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.chrome or k in taken:
            k += 1
            continue
        if (k in quoted or t.ner == "ORG") and t.is_word() and _latin(doc, k, lex, quoted) is None:
            inner = _inner(doc, k, lex, taken, quoted)
            if inner is not None:
                n, e = inner
                out.append(PlaceCandidate(k, k + n, _name(doc, k, k + n, e, morph), e.kind))
            k += inner[0] if inner is not None else 1
            continue
        if t.text in lex.place_alias:
            e = lex.place_alias[t.text]
            out.append(PlaceCandidate(k, k + 1, e.name, e.kind, t.text))
            k += 1
            continue
        latin = _latin(doc, k, lex, quoted)
        if latin is not None:
            n, e = latin
            out.append(PlaceCandidate(k, k + n, e.name, e.kind, doc.span_text(k, k + n)))
            k += n
            continue
        country = _country_misread(doc, k, per_ends[k], lex) if k in per_ends else None
        if country is not None:
            n, e = country
            out.append(PlaceCandidate(k, k + n, e.name, e.kind))
            k += n
            continue
        if t.ner in ("PER", "ORG") and t.lemma not in lex.place_words:
            k += 1
            continue
        if not t.is_word():
            k += 1
            continue
        hit = None
        for n in range(min(lex.place_max, len(toks) - k), 0, -1):
            lemmas = lemma_key(toks[k:k + n])
            entry = lex.places.get(lemmas)
            if entry is not None and all(toks[j].sent == t.sent for j in range(k, k + n)) \
                    and any(toks[j].text[:1].isupper() for j in range(k, k + n)) \
                    and not any(j in taken or (toks[j].ner in ("PER", "ORG") and
                                               toks[k].lemma not in lex.place_words)
                                for j in range(k, k + n)):
                hit = (n, entry)
                break
        if hit is not None and hit[0] == 1 and (not _could_be_place(toks[k]) or any(
                p.normal.replace("ё", "е") in lex.titles for p in toks[k].parses
                if p.pos == "NOUN" and "Geox" not in p.grams)):
            hit = None  # "Ним" at a sentence start is a pronoun, not Nîmes; "Королева" a title
        if hit is not None and _named_by(doc, k, k + hit[0], lex) == "not":
            k += hit[0]
            continue
        if hit is not None:
            n, entry = hit
            out.append(PlaceCandidate(k, k + n, _name(doc, k, k + n, entry, morph), entry.kind))
            k += n
            continue
        k += 1
    return out


_GENDERS = ("masc", "femn", "neut")


def _adjective(tok: Tok, case: str | None) -> WordParse | None:
    """The adjective reading of ``tok`` in ``case`` (the tagger may have preferred a noun for
    an unknown "Бурабайском")."""
    return next((p for p in tok.parses if p.pos in ("ADJF", "PRTF") and case in p.grams), None)


def _distributed(doc: Doc, morph: Morphology, lex: PlaceLexicon) -> list[PlaceCandidate]:
    """Names that share one plural place word: "в Рязанской, Костромской и Архангельской
    областях" gives three regions, each "… область" in the singular."""
    out = []
    toks = doc.toks
    for h, t in enumerate(toks):
        lemma = t.lemma.replace("ё", "е")
        kind = lex.place_words.get(lemma)
        if kind is None or t.parse is None or "plur" not in t.parse.grams or h == 0:
            continue
        gender = next((g for g in _GENDERS if g in t.parse.grams), None)
        adjs: list[int] = []
        k = h - 1
        while k >= 0 and toks[k].sent == t.sent:
            a = toks[k]
            if a.is_word() and a.text[:1].isupper() and _adjective(a, t.case) is not None:
                adjs.append(k)
                k -= 1
                if k >= 0 and toks[k].text in (",", "и") and adjs:
                    k -= 1
                    continue
            break
        if len(adjs) < 2 or gender is None:
            continue
        noun = inflect_word(morph, t, {"nomn", "sing"}, force=True).lower()
        for a in sorted(adjs):
            ap = _adjective(toks[a], t.case)
            form = morph.inflect(ap, {"nomn", "sing", gender}) if ap is not None else None
            adj = restore_case(form, toks[a].text) if form else toks[a].text
            last = h + 1 if a == max(adjs) else a + 1
            out.append(PlaceCandidate(a, last, f"{adj} {noun}", kind))
    return out


def extract_places(doc: Doc, morph: Morphology, lex: PlaceLexicon,
                   quoted: set[int] | None = None,
                   trace: Trace | None = None) -> list[PlaceCandidate]:
    quoted = quoted or set()
    out: list[PlaceCandidate] = _distributed(doc, morph, lex)
    taken: set[int] = {k for c in out for k in range(c.first_tok, c.last_tok)}
    per_words = {t.text for t in doc.toks if t.ner == "PER"}
    for type_, first, last in doc.ner:
        if doc.toks[first].chrome or type_ == "PER":
            continue
        while type_ == "LOC" and last - first > 1 and doc.toks[last - 1].text in per_words:
            last -= 1  # "в районе Статен-Айленд Фрэнки получил…": the name is a person's
        if any(k in taken for k in range(first, last)):
            continue
        if _latin(doc, first, lex) is not None:
            continue  # "France": the gazetteer pass below gives the place its Russian name
        nested = _before_facility(doc, first, last, lex, morph)
        if nested is not None:
            # "на стадионе Казань Арена": the city the arena is named for, nested in its name
            out.append(nested)
            taken.update(range(first, last))
            continue
        if type_ == "LOC":
            last = _longer_known(doc, first, last, lex)  # "Тринидаде и Тобаго": one country
            before = doc.toks[first - 1] if first > 0 else None
            if before is not None and before.sent == doc.toks[first].sent \
                    and before.is_word() and _known(doc, first - 1, last, lex) \
                    and (before.text[:1].isupper() or not _known(doc, first, last, lex)):
                first -= 1  # "Сектора Газа": the NER left the name's first word out
            if last - first > 1 and _common_noun(doc.toks[first]) \
                    and _known(doc, first + 1, last, lex) and not _known(doc, first, last, lex):
                first += 1  # "Делегации Ближнего Востока …": a common noun glued to a name
        if type_ == "ORG" and _known(doc, first, last, lex) \
                and _named_by(doc, first, last, lex) != "not":
            # a gazetteer name the NER calls an organization ("МКС"): a place
            name = nominative(doc, first, last, morph)
            out.append(PlaceCandidate(first, last, name, _kind(doc, first, last, name, lex)))
            taken.update(range(first, last))
            continue
        toks = doc.toks[first:last]
        known = lex.known_orgs.get(lemma_key(toks)) or \
            lex.known_orgs.get(tuple(t.low for t in toks))
        if known is not None and known[2] != "cued":
            continue  # "ЕС", "Евросоюз": organizations the NER calls places ("Бавария" is
            # one only where a cue makes it a club: organizations.py)
        h = head_index(toks)
        head = toks[h].lemma.replace("ё", "е") if h is not None else ""
        if len(toks) == 1 and _common_noun(toks[0]) and (
                head in lex.facility_words or head in lex.landmark_words
                or head in lex.place_words):
            continue  # "Парк", "Собор" at a sentence start: a word, no name
        if head in lex.facility_words and toks[h].is_title_case():
            # "Дом дружбы": a named building or public place
            out.append(PlaceCandidate(first, last, nominative(doc, first, last, morph), "other"))
            taken.update(range(first, last))
            continue
        if type_ != "LOC" or head in lex.org_words or head in lex.titles:
            continue  # "Кызылординский городской маслихат" is a body; "Первый Президент" a title
        if all(t.parse is not None and t.parse.pos in ("ADJF", "ADJS") for t in toks):
            continue
        if len(toks) == 1 and function_word(toks[0]):
            continue  # "Родилась …", "Ещё …": a capitalized word the NER misread
        if _no_place_span(doc, first, last, h, lex):
            taken.update(range(first, last))
            continue
        if not any(_proper(t, lex) for t in toks):
            continue  # "Аким области": no name in it
        named = _named_by(doc, first, last, lex)
        if named == "not":
            taken.update(range(first, last))
            continue
        prev = doc.toks[first - 1] if first > 0 else None
        if prev is not None and prev.sent == toks[0].sent and \
                prev.lemma == "область" \
                and not any(t.parse is not None and t.parse.pos == "ADJF" for t in toks) \
                and not _known(doc, first, last, lex):
            # "в области Абай" (Kazakhstan's regions named by a noun): the word belongs to
            # the name
            word = inflect_word(morph, prev, {"nomn", "sing"}, force=True).lower()
            name = f"{word} {doc.span_text(first, last)}"
            out.append(PlaceCandidate(first - 1, last, name, "region"))
            taken.update(range(first - 1, last))
            continue
        # no street of its own: "на Молодогвардейской улице Москвы", "на улицах Парижа",
        # "на улице Киева" name the city the street is in
        city_street = prev is None or (
            first > 1 and _adjective(doc.toks[first - 2], prev.case) is not None
            and doc.toks[first - 2].text[:1].isupper()) or (
            prev.parse is not None and "plur" in prev.parse.grams) or \
            _known_kind(doc, first, last, lex) in ("city", "country")
        if prev is not None and prev.sent == toks[0].sent and prev.text[:1].islower() \
                and lex.place_words.get(prev.lemma.replace("ё", "е")) == "other" \
                and not city_street:
            # "на улице Абая": the street is the place, named by its whole phrase
            word = inflect_word(morph, prev, {"nomn", "sing"}, force=True).lower()
            name = f"{word} {doc.span_text(first, last)}"
            out.append(PlaceCandidate(first - 1, last, name, "other"))
            taken.update(range(first - 1, last))
            continue
        if len(toks) > 1 and not _known(doc, first, last, lex) and \
                all(t.is_word() and _known(doc, j, j + 1, lex) for j, t in enumerate(toks, first)):
            continue  # "Хабаровск Владивосток": known names the NER ran together; the gazetteer
            # pass below takes each
        if len(toks) == 1 and toks[0].text in lex.place_alias:
            e = lex.place_alias[toks[0].text]
            out.append(PlaceCandidate(first, last, e.name, e.kind, toks[0].text))
        else:
            name = _name(doc, first, last, lex.places.get(lemma_key(toks)), morph)
            kind = named or _kind(doc, first, last, name, lex)
            if " ".join(t.lemma.replace("ё", "е") for t in toks) in lex.not_places:
                taken.update(range(first, last))
                continue  # "Кремль", "Белый дом": a government, not a place
            out.append(PlaceCandidate(first, last, name, kind))
        taken.update(range(first, last))
    for cand in _gazetteer(doc, lex, morph, taken, quoted):
        out.append(cand)
    return [c for c in out if c.kind != "area"]  # "Европа", "Сибирь": known, not reported
