"""Places: NER LOC spans and gazetteer names, in the nominative, with their kind.

The kind comes from the head word ("область" → region, "район" → district, "город" → city) or
from the gazetteer (``data/places.txt``); abbreviations (ЗКО, РК, РФ) resolve to full names.
Adjectives alone ("казахстанского") are no places.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Doc, Tok
from ..text.morph import Morphology
from .lexicon import Lexicon
from .phrase import head_index, inflect_word, is_opening, nominative

__all__ = ["PlaceCandidate", "extract_places"]


@dataclass(frozen=True, slots=True)
class PlaceCandidate:
    first_tok: int
    last_tok: int
    name: str
    kind: str | None
    surface: str | None = None  # the abbreviation as written, when ``name`` expands it


def _kind(doc: Doc, first: int, last: int, name: str, lex: Lexicon) -> str | None:
    """The kind of a place: the gazetteer's for a known name, else the head word's
    ("… область" → region), else "city", the most frequent kind of an unknown name."""
    words = [t for t in doc.toks[first:last] if t.is_word()]
    lemmas = tuple(t.lemma.replace("ё", "е") for t in words)
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


def _proper(tok: Tok, lex: Lexicon) -> bool:
    """A word that can carry a place's name: capitalized, not a title or a generic place word."""
    if not tok.is_word():
        return False
    if tok.text in lex.place_alias:
        return True
    lemma = tok.lemma.replace("ё", "е")
    return tok.text[:1].isupper() and lemma not in lex.place_words and lemma not in lex.titles


def _known(doc: Doc, first: int, last: int, lex: Lexicon) -> bool:
    """Is the span a name the gazetteer or the table of kinds knows by itself?"""
    lemmas = tuple(t.lemma.replace("ё", "е") for t in doc.toks[first:last] if t.is_word())
    return lemmas in lex.places or lemmas in lex.place_kinds


_CLOSING = frozenset('»“”"\'')


def _named_by(doc: Doc, first: int, last: int, lex: Lexicon) -> str | None:
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
    if prev.case in (None, "nomn") or \
            not all(_apposed(t, prev.case) for t in toks[first:last] if t.is_word()):
        return None
    for lemma in sorted(lemmas & lex.place_words.keys()):
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


def _could_be_place(tok: Tok) -> bool:
    """A one-word gazetteer hit must read as a proper name: a toponym to pymorphy3, or a word
    it does not know; never a pronoun, preposition or a common word."""
    if not tok.parses:
        return True
    if any("Geox" in p.grams for p in tok.parses):
        return True
    return not any(p.known for p in tok.parses)


def _gazetteer(doc: Doc, lex: Lexicon, morph: Morphology, taken: set[int]
               ) -> list[PlaceCandidate]:
    out = []
    toks = doc.toks
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.chrome or k in taken:
            k += 1
            continue
        if t.text in lex.place_alias:
            e = lex.place_alias[t.text]
            out.append(PlaceCandidate(k, k + 1, e.name, e.kind, t.text))
            k += 1
            continue
        if t.ner in ("PER", "ORG") and t.lemma not in lex.place_words:
            k += 1
            continue
        if not t.is_word():
            k += 1
            continue
        hit = None
        for n in range(min(lex.place_max, len(toks) - k), 0, -1):
            lemmas = tuple(x.lemma.replace("ё", "е") for x in toks[k:k + n])
            entry = lex.places.get(lemmas)
            if entry is not None and all(toks[j].sent == t.sent for j in range(k, k + n)) \
                    and any(toks[j].text[:1].isupper() for j in range(k, k + n)) \
                    and not any(j in taken or (toks[j].ner in ("PER", "ORG") and
                                               toks[k].lemma not in lex.place_words)
                                for j in range(k, k + n)):
                hit = (n, entry)
                break
        if hit is not None and hit[0] == 1 and not _could_be_place(toks[k]):
            hit = None  # "Ним" at a sentence start is a pronoun, not Nîmes
        if hit is not None and _named_by(doc, k, k + hit[0], lex) == "not":
            k += hit[0]
            continue
        if hit is not None:
            n, entry = hit
            lemmas = tuple(x.lemma.replace("ё", "е") for x in toks[k:k + n])
            name = entry.name if lemmas == entry.lemmas else nominative(doc, k, k + n, morph)
            out.append(PlaceCandidate(k, k + n, name, entry.kind))
            k += n
            continue
        k += 1
    return out


def extract_places(doc: Doc, morph: Morphology, lex: Lexicon,
                   quoted: set[int] | None = None) -> list[PlaceCandidate]:
    quoted = quoted or set()
    out: list[PlaceCandidate] = []
    taken: set[int] = set()
    per_words = {t.text for t in doc.toks if t.ner == "PER"}
    for type_, first, last in doc.ner:
        if doc.toks[first].chrome or type_ == "PER":
            continue
        while type_ == "LOC" and last - first > 1 and doc.toks[last - 1].text in per_words:
            last -= 1  # "в районе Статен-Айленд Фрэнки получил…": the name is a person's
        if type_ == "ORG" and _known(doc, first, last, lex) \
                and _named_by(doc, first, last, lex) != "not":
            # a gazetteer name the NER calls an organization ("МКС"): a place
            name = nominative(doc, first, last, morph)
            out.append(PlaceCandidate(first, last, name, _kind(doc, first, last, name, lex)))
            taken.update(range(first, last))
            continue
        toks = doc.toks[first:last]
        known = lex.known_orgs.get(tuple(t.lemma.replace("ё", "е") for t in toks)) or \
            lex.known_orgs.get(tuple(t.low for t in toks))
        if known is not None and known[2] != "cued":
            continue  # "ЕС", "Евросоюз": organizations the NER calls places ("Бавария" is
            # one only where a cue makes it a club: organizations.py)
        h = head_index(toks)
        head = toks[h].lemma.replace("ё", "е") if h is not None else ""
        if head in lex.facility_words and toks[h].is_title_case():
            # "Дом дружбы": a named building or public place
            out.append(PlaceCandidate(first, last, nominative(doc, first, last, morph), "other"))
            taken.update(range(first, last))
            continue
        if type_ != "LOC" or head in lex.org_words or head in lex.titles:
            continue  # "Кызылординский городской маслихат" is a body; "Первый Президент" a title
        if all(t.parse is not None and t.parse.pos in ("ADJF", "ADJS") for t in toks):
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
        if prev is not None and prev.sent == toks[0].sent and prev.text[:1].islower() \
                and lex.place_words.get(prev.lemma.replace("ё", "е")) == "other":
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
            name = nominative(doc, first, last, morph)
            kind = named or _kind(doc, first, last, name, lex)
            if " ".join(t.lemma.replace("ё", "е") for t in toks) in lex.not_places:
                taken.update(range(first, last))
                continue  # "Кремль", "Белый дом": a government, not a place
            out.append(PlaceCandidate(first, last, name, kind))
        taken.update(range(first, last))
    for cand in _gazetteer(doc, lex, morph, taken | quoted):
        out.append(cand)
    return out
