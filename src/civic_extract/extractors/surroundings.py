"""What the words around a phrase say, for the extractors that share it: a venue or a building
before a quoted name, a facility one stays in, a field after "по" and what it joins, a
municipality's extent, a known place's span, a town run into a name, a document's issuer, a
trade's adjective before a kinship noun, a word that can only be a function word.

Predicates over token positions of a ``Doc``; the inflection of phrases is phrase.py's job.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from functools import cache

from ..agreement import ADJECTIVES
from ..data import lines
from ..document import Doc, Tok
from ..quotes import QUOTES
from .abbreviation_heads import all_capitals

__all__ = ["ORIGIN_PREPOSITIONS", "abbreviation_word", "before_po", "building_seat",
           "compound_org_word", "facility_compound", "facility_stay", "field_noun",
           "field_partners", "function_word", "generic_facilities", "head_and_written",
           "issued_by", "joined_field", "known_place_span", "lemma_key", "municipality_end",
           "place_not_person", "place_only", "po_adverbial", "substantive_lemma", "town_run_in",
           "trade_before", "venue_before", "venue_start", "venue_word"]

_ADJ = {"ADJF", "PRTF"}


@cache
def field_partners() -> frozenset[str]:
    """data/field_partners.txt: the nouns of a field after "по" that take a partner after "с"
    ("по работе | с молодежью", "по связям | с общественностью")."""
    return frozenset(lines("field_partners.txt"))


@cache
def _substantives() -> tuple[tuple[str, str], ...]:
    """(stem, masculine lemma) of data/substantive_titles.txt ("ведущ", "ведущий")."""
    return tuple((w[:-2], w) for w in lines("substantive_titles.txt"))


_ADJECTIVE_ENDING = re.compile(r"^(?:ий|его|ему|им|ем|ая|ей|ую|ею|ый|ого|ому|ым|ом|ой|ою)$")


def trade_before(doc: Doc, k: int, trades: frozenset[str]) -> bool:
    """Does an adjective of ``trades`` stand among the adjectives right before token ``k``
    ("медицинская | сестра", "старшая медицинская | сестра": a kinship noun that names a post,
    data/kin_titles.txt)?"""
    j = k - 1
    while j >= 0 and doc.toks[j].sent == doc.toks[k].sent and doc.toks[j].pos in ADJECTIVES:
        if doc.toks[j].lemma.replace("ё", "е") in trades:
            return True
        j -= 1
    return False


def substantive_lemma(low: str) -> str | None:
    """The masculine lemma of data/substantive_titles.txt that a lowercase adjective's or
    participle's form spells ("заведующего" → "заведующий"), else None."""
    for stem, lemma in _substantives():
        if low.startswith(stem) and _ADJECTIVE_ENDING.match(low[len(stem):]):
            return lemma
    return None


def compound_org_word(t: Tok, endings: Iterable[str]) -> bool:
    """Is the capitalized word a one-word compound name of an organization by its ending
    (data/org_compound_endings.txt: "Свердловскстат", "Мособлгаз"), no name's or surname's
    reading the dictionary knows?"""
    forms = {t.low, *t.lemmas}  # in any case: "Свердловскстата" of "Свердловскстат"
    return t.text[:1].isupper() and t.is_word() and any(
        w.endswith(e) and len(w) - len(e) >= 3 for w in forms for e in endings) and \
        not any(p.known and {"Name", "Surn", "Patr"} & p.grams for p in t.parses)


def lemma_key(toks: Iterable[Tok]) -> tuple[str, ...]:
    """The tokens' lemmas as a table key (ё read as е), as the gazetteers are keyed."""
    return tuple(t.lemma.replace("ё", "е") for t in toks)


@cache
def generic_facilities() -> frozenset[tuple[str, ...]]:
    """Kinds of public buildings every town has, by their lemmas (data/generic_facilities.txt:
    "дом культура", "дворец спорт")."""
    return frozenset(tuple(line.split()) for line in lines("generic_facilities.txt"))


@cache
def _venue_words() -> frozenset[str]:
    return frozenset(lines("venue_words.txt"))


_VENUE_WORDS_MAX = 3  # the words of a kind of building: "Дома детского творчества | «…»"


def venue_before(doc: Doc, q: int) -> bool:
    """Do the words right before the opening quote at ``q`` name a venue ("стадионе | «",
    "Дворце культуры | «", "ДК | «"): the quoted name is the building's (a place), no
    organization's?"""
    return venue_start(doc, q) is not None


def venue_start(doc: Doc, q: int) -> int | None:
    """The first word of the venue's word or kind of building right before the opening quote at
    ``q`` ("во | Дворце культуры | «", "на | стадионе | «"), the longest kind of building of
    data/generic_facilities.txt first; None when the words before it name no venue."""
    toks = doc.toks
    n = next((n for n in range(min(_VENUE_WORDS_MAX, q), 1, -1)
              if all(t.is_word() and t.sent == toks[q].sent for t in toks[q - n:q]) and
              lemma_key(toks[q - n:q]) in generic_facilities()), 0)
    if n:
        return q - n
    last = toks[q - 1]
    return q - 1 if last.sent == toks[q].sent and venue_word(last) is not None else None


def venue_word(t: Tok) -> str | None:
    """The lemma of data/venue_words.txt the word reads as ("парке": "парк", not "парка"),
    or None."""
    if not t.is_word():
        return None
    lemma = t.lemma.replace("ё", "е")
    return lemma if lemma in _venue_words() else min(t.lemmas & _venue_words(), default=None)


@cache
def _municipal_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in lines("municipal_words.txt"))


def municipality_end(doc: Doc, k: int, stop: int) -> int:
    """The end of a municipal formation's word at token k (data/municipal_words.txt: "МО",
    "муниципального образования"), or ``k`` when there is none before ``stop``."""
    for words in _municipal_words():
        end = k + len(words)
        if end <= stop and all(doc.toks[j].has_lemma(w) or doc.toks[j].low == w
                               for j, w in zip(range(k, end), words)):
            return end
    return k


def known_place_span(doc: Doc, first: int, last: int, places: Mapping[tuple[str, ...], object],
                     longest: int, place_words: Collection[str]) -> tuple[int, int]:
    """The longest gazetteer name (``places``, of at most ``longest`` words) that starts at
    ``first``, or at the place word right before it ("района | Биржан сал"), and runs past
    ``last`` within the sentence, or one named after a person that the place word opens and
    the span ends ("района | Магжана Жумабаева": its first word's lemma, the others as
    written); (``first``, ``last``) when there is none."""
    toks = doc.toks
    starts = [first]
    if first > 0 and toks[first - 1].lemma.replace("ё", "е") in place_words:
        starts.append(first - 1)
    for a in starts:
        for n in range(min(longest, len(toks) - a), last - a - (a < first), -1):
            if toks[a + n - 1].sent != toks[first].sent or toks[a].sent != toks[first].sent:
                continue
            if lemma_key(toks[a:a + n]) in places and a + n > last or \
                    a < first and head_and_written(toks[a:a + n]) in places:
                return a, a + n
    return first, last


def head_and_written(toks: Sequence[Tok]) -> tuple[str, ...] | None:
    """The gazetteer's key of a place named after a person: a word's lemma, then two or more
    words as written, the first no adjective in the nominative ("района | Магжана Жумабаева";
    not "штате | Южная Дакота", a name in apposition); None for other words."""
    if len(toks) < 3 or any(p.pos in _ADJ and "nomn" in p.grams for p in toks[1].parses):
        return None
    return (toks[0].lemma.replace("ё", "е"), *(t.low for t in toks[1:]))


def before_po(doc: Doc, first: int, last: int) -> int:
    """The end of an NER place span [first, last) before a "по" it ran on over: the
    complement of the body before the place ("Бюро США | по патентам и товарным знакам",
    "Совет при Президенте РФ | по развитию …"); a place's name takes none."""
    return next((k for k in range(first + 1, last) if doc.toks[k].text == "по"), last)


@cache
def _seat_buildings() -> frozenset[str]:
    """Bodies named by their building (data/seat_buildings.txt)."""
    return frozenset(lines("seat_buildings.txt"))


_AT = frozenset({"в", "на"})


def building_seat(doc: Doc, first: int, last: int) -> bool:
    """Do tokens [first, last) name a building where a body sits, in the prepositional after
    "в" or "на" ("принимает в Белом доме"), not the body itself:
    no plural verb without a subject follows ("в Белом доме заявили")?"""
    toks = doc.toks
    if first == 0 or toks[first - 1].low not in _AT or \
            " ".join(t.lemma.replace("ё", "е") for t in toks[first:last]) not in _seat_buildings():
        return False
    if toks[last - 1].case != "loct":
        return False  # "в Белый дом": where to, said of the body as often
    nxt = toks[last] if last < len(toks) else None
    return nxt is None or not (nxt.pos == "VERB" and nxt.tag.get("Number") == "Plur")


@cache
def _stay_facilities() -> frozenset[str]:
    """Institutions named as the building a person lies in (data/stay_facilities.txt)."""
    return frozenset(lines("stay_facilities.txt"))


@cache
def _stay_cues() -> frozenset[str]:
    """Words of being taken to or lying in a hospital (data/stay_cues.txt)."""
    return frozenset(lines("stay_cues.txt"))


_INTO = frozenset({"в", "во"})
_STAY_WINDOW = 5  # words before the preposition where a cue is read


def _into_at(doc: Doc, first: int) -> int:
    """The index of the "в" that governs the name starting at ``first`` ("в | Боткинскую
    больницу", "в реанимации | Методистского госпиталя"), or -1."""
    toks = doc.toks
    k = first - 1
    if k >= 0 and toks[k].lemma in _stay_cues() and toks[k].case == "loct":
        k -= 1  # "в реанимации" + the hospital in the genitive
    return k if k >= 0 and toks[k].low in _INTO and toks[k].sent == toks[first].sent else -1


def _form_named(doc: Doc, first: int, last: int) -> bool:
    """Do tokens [first, last) open with an abbreviation before a quote, an institution named
    with its legal form ("ГБУЗ «Городская больница № 2»"), an organization, not a building?"""
    return first + 1 < last and all_capitals(doc.toks[first].text) and \
        doc.toks[first + 1].text in QUOTES


def facility_stay(doc: Doc, first: int, last: int) -> bool:
    """Do tokens [first, last) name a hospital as the building a person is taken to or lies in,
    a place: "доставлен в Киевскую больницу", "находится в тяжёлом состоянии в Боткинской
    больнице", "в реанимации Методистского госпиталя"? A cue of data/stay_cues.txt stands among
    the few words of the sentence before the "в"; "работала в больнице" names the employer."""
    toks = doc.toks
    if not any(t.lemma.replace("ё", "е") in _stay_facilities() for t in toks[first:last]) or \
            _form_named(doc, first, last):
        return False
    k = _into_at(doc, first)
    if k < 0:
        return False
    cues = _stay_cues()
    return toks[k + 1].lemma in cues or any(
        toks[j].lemma in cues for j in range(max(0, k - _STAY_WINDOW), k)
        if toks[j].sent == toks[k].sent)


def po_adverbial(t: Tok, adverbials: dict[str, bool]) -> bool:
    """Does the noun ``t`` after "по" start an adverbial ("по итогам конкурса", "по делу …";
    not "по делам молодежи"), by data/po_adverbials.txt?"""
    sing_only = adverbials.get(t.lemma.replace("ё", "е"))
    return sing_only is not None and (not sing_only or t.tag.get("Number") != "Plur")


def facility_compound(doc: Doc, first: int, last: int, words: Collection[str]) -> bool:
    """Do tokens [first, last) name a building in the order of a foreign or Kazakh name, a
    capitalized head of ``words`` last ("Барыс Арена", "на «Крокус Сити Холле»": a place)?"""
    toks = doc.toks[first:last]
    if len(toks) < 2 or not all(t.is_word() and t.text[:1].isupper() for t in toks):
        return False
    head = toks[-1]
    return head.text[1:].islower() and any(
        w in words for w in (head.lemma.replace("ё", "е"), *head.lemmas))


_FUNCTION_POS = frozenset({"VERB", "INFN", "PRTS", "GRND", "ADVB", "CONJ", "PRCL", "PREP", "PRED",
                           "NPRO", "INTJ", "COMP"})


_MAX_JOINED = 8


def joined_field(doc: Doc, last: int, is_field: Callable[[Tok], bool],
                 adverbials: dict[str, bool] | None = None) -> int:
    """A genitive complement ending at ``last`` runs on over a second one joined by "и", in the
    genitive and in lowercase, whose nouns are all fields (``is_field``): "министерства
    культуры | и спорта", "Союза писателей | и журналистов". With ``adverbials``
    (data/po_adverbials.txt) an enumeration's field may open with "по" ("министерства
    спорта | , по делам молодежи и туризма"). The new end, or ``last``."""
    toks = doc.toks
    if 0 < last < len(toks) and toks[last].text == ",":
        return _enumerated_fields(doc, last, is_field, adverbials)
    if last < 1 or last + 1 >= len(toks) or toks[last].low != "и":
        return last
    prev = toks[last - 1]
    if prev.pos != "NOUN" or prev.case != "gent":
        return last
    k, end = last + 1, last
    while k < len(toks) and k - last <= _MAX_JOINED and toks[k].sent == prev.sent and \
            toks[k].text.islower() and toks[k].case == "gent" and \
            toks[k].pos in ("NOUN", "ADJF", "PRTF"):
        if toks[k].pos == "NOUN" and not is_field(toks[k]):
            break
        k += 1
        if toks[k - 1].pos == "NOUN":
            end = k
    return end


_MAX_ENUMERATED = 6  # the fields of one enumeration after the first


def _enumerated_fields(doc: Doc, last: int, is_field: Callable[[Tok], bool],
                       adverbials: dict[str, bool] | None = None) -> int:
    """A genitive complement ending at the comma ``last`` runs on over an enumeration of more
    genitive fields closed by "и" ("совета ветеранов войны | , труда, Вооруженных Сил и
    правоохранительных органов"), a field after "по" among them with ``adverbials``
    ("министерства спорта | , по делам молодежи и туризма"). The new end, or
    ``last`` when no "и" closes it."""
    toks = doc.toks
    prev = toks[last - 1]
    if prev.pos != "NOUN" or prev.case != "gent":
        return last
    k = last
    for _ in range(_MAX_ENUMERATED):
        joint = toks[k].text == "," or toks[k].low == "и"
        j = _field_item_end(doc, k, is_field, adverbials)
        if not joint or j == k + 1 or toks[j - 1].pos != "NOUN":
            return last
        if toks[k].low == "и":
            return j
        k = j
        if k >= len(toks) or toks[k].text != "," and toks[k].low != "и":
            return last
    return last


def _field_item_end(doc: Doc, k: int, is_field: Callable[[Tok], bool],
                    adverbials: dict[str, bool] | None) -> int:
    """The end of the field after the joint at ``k``: genitive words whose nouns are fields
    (", | развития туризма"), or, with ``adverbials``, "по" and a field in the dative, then its
    genitives (", | по делам молодежи"; not ", | по данным …"); ``k + 1`` when none."""
    toks = doc.toks
    j = k + 1
    cases: tuple[str, ...] = ("gent",)
    if adverbials is not None and j + 1 < len(toks) and toks[j].low == "по" and \
            _po_field(toks, j + 1, is_field, adverbials):
        j, cases = j + 1, ("datv", "gent")
    for case in cases:
        while j < len(toks) and j - k <= _MAX_JOINED and toks[j].sent == toks[k].sent and \
                toks[j].case == case and toks[j].pos in ("NOUN", "ADJF", "PRTF") and \
                (toks[j].pos != "NOUN" or is_field(toks[j])):
            j += 1
    return j


def _po_field(toks: Sequence[Tok], j: int, is_field: Callable[[Tok], bool],
              adverbials: dict[str, bool]) -> bool:
    """Does a field in the dative start at ``j`` after "по": lowercase adjectives, then a noun
    that is a field and opens no adverbial ("по | делам молодежи", not "по | данным")?"""
    while j < len(toks) and toks[j].pos in _ADJ and toks[j].case == "datv":
        j += 1
    t = toks[j] if j < len(toks) else None
    return t is not None and t.pos == "NOUN" and t.case == "datv" and t.text.islower() and \
        is_field(t) and not po_adverbial(t, adverbials)


def field_noun(t: Tok, *parties: Collection[str]) -> bool:
    """May the noun name a field of a body's work ("спорта", "науки", "услуг"), not a second
    party: a person (animate) or a word of ``parties`` (bodies, titles, "руководства")?"""
    lemma = t.lemma.replace("ё", "е")
    return t.parse is not None and "anim" not in t.parse.grams and \
        not any(lemma in words for words in parties)


def place_only(t: Tok) -> bool:
    """Does the dictionary know the word as a place's name only, no reading of it a person's
    ("Ливерпуля", "Экибастуза")?"""
    return bool(t.parses) and all(p.known and "Geox" in p.grams and
                                  not {"Name", "Surn", "Patr"} & p.grams for p in t.parses)


# "ГОК", "ГОКа", "ТОО", "МВД", "УЕФА": two to five capitals, maybe a case's ending
_ABBREVIATION = re.compile(r"[А-ЯЁA-Z]{2,5}[а-яё]{0,2}")


def abbreviation_word(t: Tok) -> bool:
    """Is the word an abbreviation in capitals, maybe with a case's ending ("ГОК", "ГОКа",
    "ТОО"), no reading of which, even a guess, is a person's name ("ИВАН", "ЖУМАБАЕВ")?"""
    return _ABBREVIATION.fullmatch(t.text) is not None and \
        not any({"Name", "Surn", "Patr"} & p.grams for p in t.parses)


def place_not_person(t: Tok) -> bool:
    """Does the dictionary read the word as a place and as no one person's name (a name's plural
    aside: "Алматы" is no "Алмат")?"""
    return any("Geox" in p.grams for p in t.parses) and all(
        p.known and ("Geox" in p.grams and not {"Name", "Surn", "Patr"} & p.grams or
                     "plur" in p.grams) for p in t.parses)


ORIGIN_PREPOSITIONS = frozenset({"из", "изо"})


def town_run_in(doc: Doc, k: int, towns: Collection[str], place_words: Collection[str],
                titles: Collection[str] = ()) -> bool:
    """May the word at ``k``, one the NER ran into the name after it, be a town of the gazetteer
    (``towns``): one the dictionary reads as no one person's name ("аким Алматы | Ерлан
    Ахметов"), one right after a singular place word ("аким города Тараза | …") or a singular
    title of ``titles`` ("акиму Талдыкоргана | Ерику Султанову"), or after "из", where one
    comes from ("пенсионерка из Шу | Зинаида Ким")?"""
    t = doc.toks[k]
    if t.lemma.replace("ё", "е") not in towns and not any(x in towns for x in t.lemmas):
        return False  # (the tagger may read a town it does not know as a verb's form)
    before = doc.toks[k - 1] if k > 0 else None
    if before is None or place_not_person(t):
        return before is not None
    lemma = before.lemma.replace("ё", "е")
    return before.low in ORIGIN_PREPOSITIONS or before.parse is not None and \
        "sing" in before.parse.grams and (lemma in place_words or lemma in titles and any(
            "gent" in p.grams and "sing" in p.grams for p in t.parses))  # "мэр | Тараза"


_MAX_ISSUED = 8
_ISSUED_POS = frozenset({"NOUN", "ADJF", "PRTF"})


def issued_by(doc: Doc, first: int, issuers: Collection[str]) -> bool:
    """Is the name at token ``first`` the genitive of a noun of ``issuers``, over a title in the
    genitive and its complement ("Распоряжением акима области | Ивана Петрова", "по словам
    министра | …": the person issues or says; data/title_cues.txt issuer_noun)?"""
    toks = doc.toks
    sent = toks[first].sent
    k = first - 1
    while k >= 0 and first - k <= _MAX_ISSUED and toks[k].sent == sent and (
            toks[k].low == "и" or toks[k].case == "gent" and toks[k].pos in _ISSUED_POS):
        k -= 1
    return 0 <= k < first - 1 and toks[k].sent == sent and toks[k].pos == "NOUN" and \
        toks[k].lemma.replace("ё", "е") in issuers


def function_word(tok: Tok) -> bool:
    """A word pymorphy3 knows only as a verb form, adverb, pronoun or function word: never a
    name, whatever its capital ("Родилась", "Её", "Создан")."""
    return bool(tok.parses) and all(p.known and p.pos in _FUNCTION_POS and "Geox" not in p.grams
                                    for p in tok.parses)
