"""Places: NER LOC spans and gazetteer names, in the nominative, with their kind.

The kind comes from the head word ("область" → region, "район" → district, "город" → city) or
from the gazetteer (``data/places.txt``); abbreviations (ЗКО, РК, РФ) resolve to full names.
Adjectives alone ("казахстанского") are no places.

Three stages, each candidate with the name of the rule that made it:

1. ``RULES``: names that share one plural place word ("в Рязанской и Костромской областях"),
   quoted names of venues ("на стадионе «Лужники»");
2. ``NER_SPAN``, a decision list run on each NER span (LOC, and ORG for a few constructions):
   constructions and vetoes in the order they are tried; the first construction that has a
   candidate makes it, and the vetoes that stand before it in the list may stop it;
3. ``GAZETTEER``, a decision list run at each word the first two stages left: names of the
   gazetteer in the text (a place nested in a quoted or organization name, abbreviations, Latin
   spellings, a country the NER took for a person).

A kept candidate claims its words for the stages after it, and so do the spans some vetoes stop
as no place at all (``no_place_span``, ``named_thing``, ``not_a_place``, ``area``): the gazetteer
finds no place inside "университета Донхуа" or "Белый дом". Known areas ("Европа") are found
and claim their words but are not reported.

Tables: data/places.txt, place_abbr.txt, place_latin.txt, place_kinds.txt, place_words.txt,
landmark_words.txt, place_namers.txt, facility_namers.txt, facility_words.txt, not_places.txt,
surname_nominative_endings.txt, place_adjective_endings.txt, generic_facilities.txt,
venue_words.txt, quoted_name_venues.txt, worded_landmarks.txt, legal_forms.txt,
legal_form_aliases.txt, municipal_words.txt, not_place_words.txt, with the known
organizations, organization words and title words of the other lexicons.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Generic, TypeVar

from ..data import lines, table
from ..document import Doc, Tok, key
from ..lexicon import GazetteerEntry, PlaceLexicon
from ..rules import Rule, Trace, Veto, first_match, run
from ..text.morph import PERSON_GRAMS, Morphology, WordParse
from .phrase import (
    ORIGIN_PREPOSITIONS,
    QUOTES,
    adjective_in,
    adjective_nominative,
    before_po,
    body_abbreviation,
    building_seat,
    compound_org_word,
    distributed,
    eponym_before,
    facility_compound,
    facility_stay,
    function_word,
    generic_facilities,
    head_and_written,
    head_index,
    inflect_word,
    is_opening,
    known_place_span,
    lemma_key,
    municipality_end,
    nominative,
    noun_gender,
    place_not_person,
    place_only,
    preposition_cases,
    restore_case,
    surname_endings,
    two_word_place_name,
    venue_before,
    venue_start,
    venue_word,
    word_stem,
)

__all__ = ["PlaceCandidate", "extract_places", "case_nominatives", "RULES", "NER_SPAN",
           "GAZETTEER"]


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
    for words_key in (lemmas, tuple(t.low for t in words)):
        if words_key in lex.place_kinds:
            return lex.place_kinds[words_key]
    for pair in zip(lemmas, lemmas[1:]):  # "сельский округ" (district), not "округ" (region)
        if " ".join(pair) in lex.place_words:
            return lex.place_words[" ".join(pair)]
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
    listed = _listed_after(doc, first, lex) if last - first == 1 else None
    if listed is not None:
        known = _known_kind(doc, first, last, lex)
        # "в селах Каменка, Бобровка и Ивановка": villages (not a place known as another kind)
        return lex.place_words[listed] if known in (None, lex.place_words[listed]) else None
    if prev.sent != toks[first].sent or not prev.is_word() or not prev.text[:1].islower():
        return None
    lemmas = {prev.lemma.replace("ё", "е")} | {p.normal.replace("ё", "е") for p in prev.parses
                                               if p.pos == "NOUN"}
    own_word = any(t.lemma.replace("ё", "е") in lex.place_words for t in toks[first:last])
    if lemmas & lex.place_namers and not own_word:
        return "not"  # (but "семьям | Туркестанской области": a name with its own place word)
    if _facility_apposition(doc, first, last, lex):
        return "not"  # "в аэропорту Шереметьево": the airport's name; "аэропорта Барселоны": a city
    if prev.case is None or \
            not all(_apposed(t, prev.case) for t in toks[first:last] if t.is_word()):
        return None
    before = toks[first - 2] if first >= 2 and toks[first - 2].text.islower() else None
    pairs = sorted({f"{a} {b}" for a in before.lemmas for b in lemmas} & lex.place_words.keys()
                   ) if before is not None else []
    for lemma in pairs + sorted(lemmas & lex.place_words.keys()):
        # (a two-word place word first: "сельского округа | Акжар", a district, not a region)
        if own_word:
            return None  # "района Кировоградской области": a name with its own place word
        known = _known_kind(doc, first, last, lex)
        if known is not None and known != lex.place_words[lemma] and (
                prev.case == "gent" or lex.place_words[lemma] == "other" and
                known in _CONTAINERS):
            # "района Москвы", "в микрорайонах Алматы": the city the district is in, not its
            # name
            return None
        return lex.place_words[lemma]  # "в селе Цибулёво": village; "в микрорайоне …": other
    if lemmas & (lex.landmark_words | lex.facility_words):
        return "other"
    if lemmas & lex.org_words.keys() and not _known(doc, first, last, lex) and (
            prev.case != "gent" or
            all(t.case == "nomn" or _fixed(t) for t in toks[first:last] if t.is_word())):
        # "в больницу Санта Мария"; but "акимата Алматы" names a place, and so does a genitive
        # after a genitive ("магазинов Сормовского района": the district's shops)
        return "not"
    return None


def _facility_apposition(doc: Doc, first: int, last: int, lex: PlaceLexicon) -> bool:
    """Does the name [first, last) stand in apposition to the word of a facility named after a
    place right before it (data/facility_namers.txt: "в аэропорту | Шереметьево", "с космодрома
    | Байконур"; not "аэропорта | Барселоны", a genitive: the city the airport is in)?"""
    prev = doc.toks[first - 1] if first > 0 else None
    if prev is None or prev.sent != doc.toks[first].sent or not prev.text.islower():
        return False
    lemmas = {prev.lemma.replace("ё", "е")} | {p.normal.replace("ё", "е") for p in prev.parses
                                               if p.pos == "NOUN"}
    return bool(lemmas & lex.facility_namers) and \
        all(_apposed(t, "nomn") for t in doc.toks[first:last] if t.is_word())


def _fixed(tok: Tok) -> bool:
    """A word that does not decline (or that the dictionary does not know)."""
    return not tok.parses or not any(p.known for p in tok.parses) or \
        any("Fixd" in p.grams for p in tok.parses)


def _apposed(tok: Tok, case: str) -> bool:
    """Does a word of a name stand in apposition to a noun in ``case``: in the nominative
    ("на реке Эльба"), or a word that does not decline, in the noun's case ("в университете
    Цинхуа")?"""
    return tok.case == "nomn" or _fixed(tok) or tok.case == case


def _name(doc: Doc, first: int, last: int, entry: GazetteerEntry | None, morph: Morphology
          ) -> str:
    """A known place's name: the gazetteer's when the text names it so, or a case form of it
    however the dictionary reads that ("в Жанаозене" → "Жанаозен", spelled as the text does),
    else the text's words in the nominative (an alias, "Объединённых Арабских Эмиратах"),
    each part of a double name on its own."""
    text = doc.span_text(first, last)
    if entry is not None and (lemma_key(doc.toks[first:last]) == entry.lemmas or _unhyphened(
            text, entry.name) or entry.lemmas in _other_keys(doc.toks[first:last])):
        return entry.name
    declined = _declined_form_of(text, entry.name) if entry is not None else None
    if declined is not None:
        return declined
    postposed = _postposed_adjective(doc, first, last, morph)
    if postposed is not None:
        return postposed
    dash = next((k for k in range(first + 1, last - 1) if doc.toks[k].text in _NAME_DASHES), None)
    if dash is not None:
        # a double name, each part in its own case: "Ханты-Мансийского автономного округа –
        # Югры" → "Ханты-Мансийский автономный округ – Югра"
        return f"{nominative(doc, first, dash, morph)} {doc.toks[dash].text} " \
               f"{nominative(doc, dash + 1, last, morph)}"
    return nominative(doc, first, last, morph)


_NAME_DASHES = frozenset({"–", "—"})


def _postposed_adjective(doc: Doc, first: int, last: int, morph: Morphology) -> str | None:
    """A town's name of a noun and a capitalized adjective after it that agrees with it
    ("из Ростова Великого" → "Ростов Великий", "Новгорода Северского" → "Новгород
    Северский"): both in the nominative singular; None for another name."""
    if last - first != 2:
        return None
    noun, adj = doc.toks[first], doc.toks[first + 1]
    p = noun.parse
    if p is None or p.pos != "NOUN" or "sing" not in p.grams or not noun.is_title_case() or \
            not adj.is_title_case() or "-" in adj.text:
        return None
    grams = {g for g in (*_GENDERS, *_CASE_GRAMS) if g in p.grams}
    if len(grams) != 2 or not any(q.pos in _ADJECTIVES and grams | {"sing"} <= q.grams
                                  for q in adj.parses):
        return None
    gender = next(g for g in _GENDERS if g in grams)
    adjective = adjective_nominative(morph, adj, gender)
    return None if adjective is None else \
        f"{inflect_word(morph, noun, {'nomn', 'sing'}, force=True)} {adjective}"


def _unhyphened(text: str, name: str) -> bool:
    """Is ``text`` the name written without its hyphen, in some case ("Коста Рику" of
    "Коста-Рика")?"""
    words, names = key(text).split(), key(name).replace("-", " ").split()
    def stem(w: str) -> str:
        return word_stem(w).rstrip("аяуюеиыоьй") or w

    return "-" in name and len(words) == len(names) and all(
        stem(a) == stem(b) for a, b in zip(words, names))


def _latin_word(tok: Tok | None) -> bool:
    return tok is not None and tok.text[:1].isascii() and tok.text[:1].isupper()


def _latin(doc: Doc, k: int, lex: PlaceLexicon, quoted: AbstractSet[int] = frozenset()
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


_PROPER_GRAMS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn"})


def _common_noun(tok: Tok) -> bool:
    """A noun pymorphy3 knows, and only as a common noun (no toponym, name or surname)."""
    return bool(tok.parses) and any(p.pos == "NOUN" for p in tok.parses) and all(
        p.known and not _PROPER_GRAMS & p.grams for p in tok.parses)




def _country_misread(doc: Doc, k: int, end: int, lex: PlaceLexicon,
                     long_name_words: AbstractSet[str]) -> tuple[int, GazetteerEntry] | None:
    """A country the NER took for a person ("Эфиопия", "Коста Рика" in a list of countries), a
    place of another kind the dictionary knows as a place only ("Экибастуза") or as a place of
    the gazetteer by a reading after its first ("Костаная"; not a word of a longer person's
    name of the text: "Кобе Брайанта" … "Кобе"), or one listed with a place, though a surname
    too ("из Сатпаева и Курчатова"), or whose name is
    more than one word ("Шлезвиг-Гольштейна"): the whole
    PER span [k, end) is the place's name, and one word alone does not read as a name or
    surname (words joined spell the place whatever each reads as: "Коста" is a first name,
    "Коста Рика" a country)."""
    toks = doc.toks[k:end]
    entry = lex.places.get(lemma_key(toks))
    unknown = _unknown_settlement(toks[0], lex) if len(toks) == 1 else None
    if unknown is not None and toks[0].text not in long_name_words:
        return end - k, unknown  # "посетил | Талдыкорган": a town the dictionary does not know
    if entry is None:
        return None
    if len(toks) > 1 or "-" in toks[0].text:
        return end - k, entry  # words joined spell the place
    word = toks[0]
    if _listed_with_place(doc, k, end, lex) and word.text not in long_name_words:
        return end - k, entry  # "из Сатпаева и | Курчатова": a town, though a surname too
    if any(PERSON_GRAMS & p.grams for p in word.parses):
        return None
    misread = entry.kind == "country" or place_only(word) or \
        _by_place_reading(word, entry, long_name_words)
    return (end - k, entry) if misread else None


# the kinds of a settlement (data/place_words.txt: "село", "город")
_SETTLEMENT_KINDS = frozenset({"village", "city"})
# the kinds of a place a word the dictionary does not know may name: a settlement, or a land
# ("Талдыкорган", "Прииртышье")
_UNKNOWN_WORD_KINDS = _SETTLEMENT_KINDS | {"region", "area"}


def _unknown_settlement(word: Tok, lex: PlaceLexicon) -> GazetteerEntry | None:
    """The settlement or land of the gazetteer a word the dictionary does not know at all is
    (its readings, a person's among them, only guesses), by the word as written or by one of its
    readings ("Талдыкорган", "Кульсары", "Кызылорду", "Прииртышье"), unless the place's name is
    shaped like a surname ("Сатпаев")."""
    if not word.parses or any(p.known for p in word.parses):
        return None
    for form in (word.low, *sorted({p.normal for p in word.parses})):
        entry = lex.places.get((form.replace("ё", "е"),))
        if entry is not None and entry.kind in _UNKNOWN_WORD_KINDS and \
                not entry.name.lower().endswith(surname_endings()):
            return entry
    return None


def _by_place_reading(word: Tok, entry: GazetteerEntry, long_name_words: AbstractSet[str]
                      ) -> bool:
    """Is a reading of the word, though not its first, the gazetteer's place ("Костаная"), and
    the word no part of a longer person's name of the text (``long_name_words``: "Кобе
    Брайанта" … "Кобе")?"""
    return any("Geox" in p.grams and (p.normal.replace("ё", "е"),) == entry.lemmas
               for p in word.parses) and word.text not in long_name_words


_LISTING = frozenset({",", "и"})


def _listed_with_place(doc: Doc, k: int, end: int, lex: PlaceLexicon) -> bool:
    """Is the name [k, end) listed with a place of one word, the NER's or the gazetteer's,
    by a comma or "и", right before or after it ("Экибастуза и Аксу", "Аксу, Экибастуза")?"""
    toks = doc.toks
    for joint, other in ((k - 1, k - 2), (end, end + 1)):
        if 0 <= other < len(toks) and toks[joint].text in _LISTING and \
                toks[other].sent == toks[k].sent and toks[other].text[:1].isupper() and \
                (toks[other].ner == "LOC" or _known(doc, other, other + 1, lex)):
            return True
    return False


def _before_facility(doc: Doc, first: int, last: int, lex: PlaceLexicon, morph: Morphology
                     ) -> PlaceCandidate | None:
    """The known city, region or country that opens a facility's name ("Казань Арена",
    "Ростов Арене"): the place nested in the name."""
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


@cache
def _not_place_words() -> frozenset[str]:
    """The pairs of a modifier and a place word that name no place (data/not_place_words.txt:
    "избирательный округ")."""
    return frozenset(lines("not_place_words.txt"))


def _not_place_word(doc: Doc, first: int, last: int) -> bool:
    """Do the span's words, with the word right after it, hold a pair that names no place
    ("Тагильского одномандатного избирательного | округа": a constituency)?"""
    lemmas = [t.lemma.replace("ё", "е") for t in doc.toks[first:last + 1]]
    return any(f"{a} {b}" in _not_place_words() for a, b in zip(lemmas, lemmas[1:]))


def _no_place_span(doc: Doc, first: int, last: int, h: int | None, lex: PlaceLexicon) -> bool:
    """A LOC span that names no place: a word with a number glued to it ("Формулы-1", a race
    or a spacecraft; not a thoroughfare's name: "микрорайон Самал-2"), a lowercase common noun
    at its head that is no place word ("Каталонский референдум", "Большая восьмерка"), or a
    lone given name or surname the gazetteer does not know ("Прасковья")."""
    toks = doc.toks[first:last]
    if _known(doc, first, last, lex) or _thoroughfare_before(doc, first, lex) is not None:
        return False  # (a street or microdistrict may be numbered: "в микрорайоне Самал-2")
    if any(t.is_word() and "-" in t.text and t.text.rsplit("-", 1)[1].isdigit() for t in toks):
        return True
    if h is not None and len(toks) > 1:
        head = toks[h]
        lemma = head.lemma.replace("ё", "е")
        pair = f"{toks[h - 1].lemma.replace('ё', 'е')} {lemma}" if h > 0 else lemma
        if head.text[:1].islower() and _common_noun(head) and lemma not in lex.place_words \
                and pair not in lex.place_words and lemma not in lex.landmark_words and \
                lemma not in lex.facility_words:
            return True  # (not "сельского поселения": a place word of two)
    prev = doc.toks[first - 1] if first > 0 else None
    if prev is not None and prev.is_word() and prev.lemma.replace("ё", "е") in (
            lex.place_words.keys() | lex.landmark_words | lex.facility_words):
        return False  # "улица Лобачевского", "площадь Гагарина": named for a person
    if len(toks) == 1 and toks[0].parses and all(
            p.known and PERSON_GRAMS & p.grams and "Geox" not in p.grams for p in toks[0].parses):
        return not _district_town(doc, first, lex)
    return False


_TOWN_WINDOW = 300  # tokens either side where a district named after the town is looked for
_LINKS = ("", "ов", "ев", "ин")  # what joins a town's name to its adjective ("Маркс|ов|ский")
_PLACE_WORD_GAP = 3  # the words from a district's adjective to its place word, at most


def _district_town(doc: Doc, k: int, lex: PlaceLexicon) -> bool:
    """Is the surname at ``k`` a town after a place preposition, the text naming a district or
    region by the town's adjective near it ("в Марксе" and "Марксовского муниципального
    района": the town Маркс, no person)?"""
    toks = doc.toks
    parse = toks[k].parse
    if k == 0 or toks[k - 1].low not in lex.prepositions or parse is None:
        return False
    town = parse.normal.replace("ё", "е")
    adjectives = {town + link + end for link in _LINKS for end in _place_adjective_endings()}
    for j in range(max(0, k - _TOWN_WINDOW), min(len(toks), k + _TOWN_WINDOW)):
        if toks[j].lemma.replace("ё", "е") in adjectives and any(
                lex.place_words.get(t.lemma.replace("ё", "е")) in _ELIDED_KINDS
                for t in toks[j + 1:j + 1 + _PLACE_WORD_GAP]):
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


def _toponym_entry(span: Sequence[Tok], lex: PlaceLexicon) -> GazetteerEntry | None:
    """The gazetteer's entry of a one-word indeclinable toponym by any of its readings, when
    the tagger chose another lemma for it than the gazetteer ("Актобе": "актобе", "актоба")."""
    parses = span[0].parses if len(span) == 1 else ()
    if not any("Geox" in p.grams and "Fixd" in p.grams for p in parses):
        return None
    return next((e for p in parses
                 for e in [lex.places.get((p.normal.replace("ё", "е"),))] if e is not None), None)


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
        entry = lex.places.get(lemma_key(span)) or _toponym_entry(span, lex)
        if entry is None or entry.kind not in _INNER_KINDS:
            continue
        if any(j in taken or toks[j].sent != toks[k].sent or toks[j].ner == "PER"
               for j in range(k, k + n)):  # «Прямая линия с Владимиром Путиным»
            continue
        # a one-word name must read as a proper name; a longer one the gazetteer knows whole
        # may hold a common word ("Нижнего Новгорода" in «Школа волонтеров Нижнего Новгорода»)
        if not span[0].text[:1].isupper() or not all(
                x.text[:1].isupper() and (n > 1 or _could_be_place(x)) or
                x.lemma in lex.place_words
                for x in span if x.is_word()):  # «Ветераны Костанайской области»
            continue
        if _in_party(doc, k, k + n, lex):
            return None  # «Единая Россия»: a party named for its country, no place in it
        if n == 1 and k in quoted and _attribute(doc, k):
            return None  # «Волжский берег»: the adjective of the noun after it, no town
        if in_name(k - 1) or in_name(k + n):
            return n, entry
        return None
    return None


def _attribute(doc: Doc, k: int) -> bool:
    """Does the word at ``k`` read as an adjective in the case and number of the lowercase noun
    right after it, its attribute («Волжский берег», «Уральские зори»; not «Москва слезам»)?"""
    toks = doc.toks
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or not nxt.is_word() or not nxt.text.islower() or nxt.pos != "NOUN" or \
            nxt.parse is None or nxt.case is None:
        return False
    number = "plur" if "plur" in nxt.parse.grams else "sing"
    return any(p.pos == "ADJF" and nxt.case in p.grams and number in p.grams
               for p in toks[k].parses)


def _distributed(doc: Doc, morph: Morphology, lex: PlaceLexicon) -> list[PlaceCandidate]:
    """Names that share one plural place word: "в Рязанской, Костромской и Архангельской
    областях" gives three regions, each "… область" in the singular; a two-word place word
    shares its adjective too ("Чебоксарского и Цивильского муниципальных округов" →
    "Чебоксарский муниципальный округ", …)."""
    out = []
    for h, t in enumerate(doc.toks):
        lemma = t.lemma.replace("ё", "е")
        kind = lex.place_words.get(lemma)
        if kind is None:
            continue
        prev = doc.toks[h - 1] if h > 0 else None
        pair = lex.place_words.get(f"{prev.lemma.replace('ё', 'е')} {lemma}") \
            if prev is not None and prev.is_word() and prev.text.islower() else None
        found = distributed(doc, morph, h, shared_modifiers=pair is not None,
                            noun=_plural_reading(t, prev)
                            if prev is not None and pair is not None else None)
        out += [PlaceCandidate(a, b, name, pair or kind) for a, b, name in found]
    return out


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


def _plural_reading(t: Tok, modifier: Tok) -> WordParse | None:
    """The plural reading of the noun ``t`` in a case its lowercase plural ``modifier`` has
    ("муниципальные округа": plural, though the tagger read "округа" as a genitive singular);
    None (the tagger's reading) when the modifier is no plural adjective."""
    cases = {g for p in modifier.parses if p.pos in ("ADJF", "PRTF") and "plur" in p.grams
             for g in p.grams & _CASES}
    return next((p for p in t.parses if p.pos == "NOUN" and "plur" in p.grams and
                 cases & p.grams), None)


C = TypeVar("C")
P = TypeVar("P")


@dataclass(frozen=True, slots=True)
class _Decisions(Generic[C, P]):
    """A decision list: constructions (``Rule``) and vetoes (``Veto``) in the order they are
    tried. The first construction that has a candidate makes it (``first_match``); the vetoes
    that stand before that construction in the list, then the ``final`` ones, may stop it (run
    by the engine, which records the verdict)."""

    rules: tuple[Rule[C, P], ...]
    before: dict[str, tuple[Veto[C, P], ...]]

    @classmethod
    def of(cls, steps: Iterable[Rule[C, P] | Veto[C, P]], final: Iterable[Veto[C, P]] = ()
           ) -> _Decisions[C, P]:
        rules: list[Rule[C, P]] = []
        vetoes: list[Veto[C, P]] = []
        before: dict[str, tuple[Veto[C, P], ...]] = {}
        for step in steps:
            if isinstance(step, Rule):
                rules.append(step)
                before[step.name] = (*vetoes, *final)
            else:
                vetoes.append(step)
        return cls(tuple(rules), before)

    def decide(self, ctx: C, span: Callable[[P], tuple[int, int]], trace: Trace | None
               ) -> tuple[str, P, bool] | None:
        """The construction that decides, its candidate and whether no veto stopped it; None
        when no construction has a candidate."""
        found = first_match(self.rules, ctx)
        if found is None:
            return None
        name, cand = found
        kept = run((Rule(name, lambda _: (cand,)),), self.before[name], ctx, kind="places",
                   span=span, trace=trace)
        return name, cand, next(kept, None) is not None


@dataclass(slots=True)
class _Ctx:
    """The document, the lexicon and the words the candidates so far claim."""

    doc: Doc
    morph: Morphology
    lex: PlaceLexicon
    quoted: set[int]
    per_words: set[str]  # the words of the people the NER found
    per_ends: dict[int, int]  # the NER's PER spans: first → last
    # the words of the NER's PER spans of two words or more ("Кобе Брайанта": "Кобе")
    long_name_words: set[str] = field(default_factory=set)
    taken: set[int] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class _Found:
    """A candidate and the words it claims (the whole facility name for a city nested in it);
    ``nested``: a place named inside it, kept with it ("Алматы" in "Алматы Арена")."""

    place: PlaceCandidate
    claim: tuple[int, int]
    nested: PlaceCandidate | None = None


def _span_of(f: _Found) -> tuple[int, int]:
    return f.place.first_tok, f.place.last_tok


def _claiming(holds: Callable[[_Span, _Found], bool]) -> Callable[[_Span, _Found], bool]:
    """A veto that, when it stops a span, claims the span's words: it names no place at all,
    and the gazetteer finds none inside it. (The engine asks the vetoes in order and stops at
    the first that holds, so only the veto that decides claims.)"""
    def claims(s: _Span, f: _Found) -> bool:
        if not holds(s, f):
            return False
        s.c.taken.update(range(s.first, s.last))
        return True
    return claims


# ---- stage 1: the document

def _shared_place_word(c: _Ctx) -> list[_Found]:
    return [_Found(p, (p.first_tok, p.last_tok)) for p in _distributed(c.doc, c.morph, c.lex)]


_MAX_ELIDED_ITEMS = 6
_ITEM_WORDS = 3  # the words of a list item that may stand between the place word and the next


def _elided_place_word(c: _Ctx) -> list[_Found]:
    """A place word given once before a list whose other items are capitalized adjectives
    alone, in its case and gender: "района Магжана Жумабаева, Айыртауского и Тайыншинского",
    "в районах Биржан сал, Бурабайском и Зерендинском", "Айыртауского района и Тайыншинского":
    each adjective is a place of the word's kind ("Тайыншинский район"; a settlement's name is
    the adjective alone: "в поселках Заречном и | Майском" → "Майский"), its mention alone."""
    doc, toks = c.doc, c.doc.toks
    out: list[_Found] = []
    for h, t in enumerate(toks):
        kind = c.lex.place_words.get(t.lemma.replace("ё", "е"))
        reading, case = t.parse, t.case
        if kind is None or reading is None or case is None:
            continue
        word = inflect_word(c.morph, t, {"nomn", "sing"}, force=True).lower()
        gender = next((g for g in _GENDERS if g in (c.morph.parse(word) or [reading])[0].grams),
                      "")
        for k in _list_items(doc, h + 1) if gender else ():
            # its adjective reading in the word's case and gender, a stressed "-ой" last
            # ("Зерендинском": "зерендинский", not "зерендинской")
            # (a settlement's name in "-ова", "-ина" is a person's, as written: "сел Бирлик и
            # Муткенова", no possessive adjective "Муткеново")
            p = min((q for q in toks[k].parses if q.pos in ("ADJF", "PRTF") and
                     {case, gender, "sing"} <= q.grams and
                     not (kind in _SETTLEMENT_KINDS and "Poss" in q.grams)), default=None,
                    key=lambda q: q.normal.endswith("ой"))
            if p is None:
                continue
            form = c.morph.inflect(p, {"nomn", "sing", gender})
            name = restore_case(form, toks[k].text) if form else toks[k].text
            if kind not in _SETTLEMENT_KINDS:  # (a settlement is named by its adjective alone:
                name += " " + word  # "в поселках Заречном и Майском" → "Майский")
            out.append(_Found(PlaceCandidate(k, k + 1, name, kind), (k, k + 1)))
    return out


def _list_items(doc: Doc, k: int) -> list[int]:
    """The one-word items of a list that goes on at token ``k`` after "," or "и" (its first
    item may be a name of a few words: "района | Магжана Жумабаева, Айыртауского и …"): the
    capitalized words that stand alone between the list's marks, up to "и" and the item after
    it."""
    toks = doc.toks
    out: list[int] = []
    items = 0
    while k < len(toks) and items < _MAX_ELIDED_ITEMS:
        start = k
        if toks[k].text in (",", "и"):
            last = toks[k].text == "и"
            k += 1
        elif items:
            break
        else:
            last = False
        end = k
        while end < len(toks) and end - k < _ITEM_WORDS and toks[end].is_word() and \
                toks[end].text != "и" and toks[end].sent == toks[start].sent:
            end += 1
        if last and end - k > 1 and toks[k + 1].pos not in ("NOUN", "ADJF", "PRTF") and \
                not toks[k + 1].text[:1].isupper():
            end = k + 1  # the list's last item, its clause after it ("… и Зерендинском | прошли")
        if end == k or end < len(toks) and toks[end].is_word() and toks[end].text != "и" \
                and not last:
            break  # no item, or a longer phrase: no list of names
        if end - k == 1 and start != k and toks[k].text[:1].isupper():
            out.append(k)
        items += 1
        k = end
        if last:
            break
    return out


def _quoted_venue(c: _Ctx) -> list[_Found]:
    """"на стадионе «Лужники»", "во Дворце культуры «Энергетик»": a quoted name right after a
    venue's word (data/venue_words.txt) or a kind of building (data/generic_facilities.txt)
    names the building, a place of kind other, by the word in the nominative singular and the
    quoted words ("Дворец культуры «Энергетик»", "стадион «Лужники»"), the quoted words its
    alias; a named part of a town or a monument (data/bare_named_parts.txt,
    quoted_name_venues.txt) by the quoted words alone ("микрорайон «Самал»": "Самал"); a known
    place that opens the name comes with it, nested ("на стадионе «Астана Арена»")."""
    doc, out = c.doc, []
    for first, last in doc.quotes.names:
        start = venue_start(doc, first - 1) if first >= 2 and is_opening(doc, first - 1) \
            else None
        if start is None:
            continue
        quoted = doc.span_text(first, last)
        word = _venue_word(c, start, first - 1)
        name, alias = f"{word} «{quoted}»", quoted
        if word.lower() in _bare_named_parts() | _quoted_name_venues():
            name, alias = alias, name
        out.append(_Found(PlaceCandidate(first, last, name, "other", alias), (first, last),
                          _before_facility(doc, first, last, c.lex, c.morph)))
    return out


# the words of a building the text capitalizes as a name ("Дворец культуры", "Ледовый дворец");
# any other venue's word opening a sentence is a common noun ("Стадион «…»": "стадион")
_CAPITALIZED_BUILDINGS = frozenset({"дом", "дворец", "дк"})


def _venue_word(c: _Ctx, start: int, q: int) -> str:
    """The venue's word [start, q) in the nominative singular ("в парке": "парк", "Дворцов
    спорта": "Дворец спорта"), an abbreviation as written ("ДК"), in small letters when a
    sentence opens with it and it is no capitalized building's ("Стадион | «Металлург»")."""
    toks = c.doc.toks
    t = toks[start]
    lemma = venue_word(t) if q - start == 1 else None
    if t.text.isupper():
        word = c.doc.span_text(start, q)
    elif lemma is not None:
        word = t.text[:1] + lemma[1:]
    else:
        word = nominative(c.doc, start, q, c.morph, keep_number=False)
    opens = start == 0 or toks[start - 1].sent != t.sent
    if opens and not any(w.lemma.replace("ё", "е") in _CAPITALIZED_BUILDINGS
                         for w in toks[start:q]):
        return word[:1].lower() + word[1:]
    return word


_FACILITY_WORDS_MAX = 3  # the words of a kind of building ("дом детского творчества")


def _trade_facility(c: _Ctx) -> list[_Found]:
    """"в Доме культуры нефтяников", "ремонт Дворца культуры горняков", "в Доме офицеров",
    "Дворца школьников": a capitalized kind of building (data/generic_facilities.txt) or
    building's word (data/facility_words.txt) and the genitive plural of the people it is for
    name the building, a place of kind other, in the nominative; not a genitive of things
    ("Дома культуры района") nor one in small letters ("дом культуры горняков"), nor a
    building's word whose name goes on ("Дворца школьников Сатпаева": an organization)."""
    doc, toks, out = c.doc, c.doc.toks, []
    for k, t in enumerate(toks):
        if not t.is_title_case():
            continue
        n = next((n for n in range(2, _FACILITY_WORDS_MAX + 1) if k + n < len(toks) and
                  lemma_key(toks[k:k + n]) in generic_facilities()), 0)
        if not n and k + 1 < len(toks) and t.lemma.replace("ё", "е") in c.lex.facility_words \
                and not _name_goes_on(toks, k + 2, t.sent):
            n = 1
        people = toks[k + n] if n else None
        if people is None or people.sent != t.sent or not _people_of(people):
            continue
        name = nominative(doc, k, k + n + 1, c.morph)
        out.append(_Found(PlaceCandidate(k, k + n + 1, name, "other"), (k, k + n + 1)))
    return out


def _name_goes_on(toks: Sequence[Tok], k: int, sent: int) -> bool:
    """Does a capitalized word at ``k`` in the sentence go on with a name?"""
    return k < len(toks) and toks[k].sent == sent and toks[k].is_title_case()


def _antecedent_place_word(c: _Ctx) -> list[_Found]:
    """"первое место среди районов занял Завьяловский, второе — Сарапульский": a plural district
    or region word in small letters with no name of its own, and after it in its sentence
    capitalized place adjectives standing alone (``_substantivized``): each names a place of
    the word's kind, the adjective with the word in the singular ("Сарапульский район")."""
    toks, out = c.doc.toks, []
    for h, t in enumerate(toks):
        kind = c.lex.place_words.get(t.lemma.replace("ё", "е"))
        if kind not in _ELIDED_KINDS or not t.text.islower() or t.parse is None or \
                "plur" not in t.parse.grams or h and _name_before(c.doc, h):
            continue  # ("в Моркинском и Сернурском районах": the names are the word's own)
        word = inflect_word(c.morph, t, {"nomn", "sing"}, force=True).lower()
        gender = noun_gender(c.morph, word)
        if gender is None:
            continue
        for k in range(h + 1, min(c.doc.sents[t.sent].last, h + 1 + _ELIDED_WINDOW)):
            adjective = adjective_nominative(c.morph, toks[k], gender) \
                if _substantivized(c, k) else None
            if adjective is not None:
                out.append(_Found(PlaceCandidate(k, k + 1, f"{adjective} {word}", kind),
                                  (k, k + 1)))
    return out


def _substantivized(c: _Ctx, k: int) -> bool:
    """Does the word at ``k`` stand for a place named by an adjective alone: capitalized, a
    place adjective (data/place_adjective_endings.txt) that is no surname ("Вишневский"), no
    noun or adjective after it ("Татарский культурный центр") and no capitalized word before it
    (a person's name)?"""
    toks = c.doc.toks
    t = toks[k]
    if not t.is_title_case() or k in c.taken or not t.parses or \
            any("Surn" in p.grams or p.pos == "NOUN" and p.known for p in t.parses) or \
            not any(p.pos == "ADJF" and p.normal.endswith(_place_adjective_endings())
                    for p in t.parses):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return not (nxt is not None and nxt.is_word() and nxt.pos in _PHRASE_GOES_ON) and \
        not _name_before(c.doc, k)


# what a word after an adjective may be when the adjective is that word's attribute, no name
# standing alone ("Татарский культурный центр", "Завьяловский район")
_PHRASE_GOES_ON = frozenset({"NOUN", "ADJF", "ADJS", "PRTF"})


def _name_before(doc: Doc, k: int) -> bool:
    """Is the word before ``k`` a capitalized one of its sentence that may be a name: any but
    the sentence's first, which is capitalized anyway ("Среди районов"), unless it reads as a
    person's name ("Андрей Кировский")?"""
    prev = doc.toks[k - 1]
    if not prev.is_word() or not prev.is_title_case() or prev.sent != doc.toks[k].sent:
        return False
    return doc.sents[prev.sent].first != k - 1 or \
        any(PERSON_GRAMS & p.grams for p in prev.parses)


# The constructions over the whole document, before the NER's spans.
RULES: tuple[Rule[_Ctx, _Found], ...] = (
    Rule("distributed_place_word", _shared_place_word),
    Rule("elided_place_word", _elided_place_word),
    Rule("quoted_venue", _quoted_venue),
    Rule("trade_facility", _trade_facility),
    Rule("antecedent_place_word", _antecedent_place_word),
)


# ---- stage 2: each NER span

@dataclass(frozen=True, slots=True)
class _Span:
    """One NER span as the constructions see it: its type, [raw_first, raw_last) as the NER
    gave it (less a person's name the NER ran on into), and [first, last) after the name's
    words the NER left out are taken in and a common noun it ran into is left out (LOC)."""

    c: _Ctx
    type_: str
    raw_first: int
    raw_last: int
    first: int
    last: int

    @property
    def toks(self) -> list[Tok]:
        return self.c.doc.toks[self.first:self.last]

    @property
    def head(self) -> int | None:
        return head_index(self.toks)

    @property
    def head_lemma(self) -> str:
        h = self.head
        return self.toks[h].lemma.replace("ё", "е") if h is not None else ""

    @property
    def prev(self) -> Tok | None:
        return self.c.doc.toks[self.first - 1] if self.first > 0 else None


def _ner_span(c: _Ctx, type_: str, first: int, last: int) -> _Span:
    doc, lex = c.doc, c.lex
    while type_ == "LOC" and last - first > 1 and doc.toks[last - 1].text in c.per_words:
        last -= 1  # "в районе Статен-Айленд Фрэнки получил…": the name is a person's
    if type_ == "LOC" and _person_after_place(doc, first, last, c.lex):
        last -= 2  # "города Шу | Айнуре Жумабековой": a known place, then a person it names
    if type_ == "LOC":
        last = _before_verb(doc, first, before_po(doc, first, last))
        last = _honorific_end(doc, first, last, c.lex)
        if last - first > 1 and doc.toks[first].pos == "PREP":
            first += 1  # "Из Конаева приехали …": the NER ran a sentence's preposition in
        last = _before_bracket(doc, first, last, lex)
    raw = (first, last)
    if type_ == "LOC":
        # "Тринидаде и Тобаго": one country; "района Биржан | сал": a name of the gazetteer
        # that opens with its place word
        first, last = known_place_span(doc, first, last, lex.places, lex.place_max,
                                       lex.place_words)
        before = doc.toks[first - 1] if first > 0 else None
        if before is not None and before.sent == doc.toks[first].sent \
                and before.is_word() and _known(doc, first - 1, last, lex) \
                and (before.text[:1].isupper() or not _known(doc, first, last, lex)):
            first -= 1  # "Сектора Газа": the NER left the name's first word out
        if last - first > 1 and _common_noun(doc.toks[first]) \
                and _known(doc, first + 1, last, lex) and not _known(doc, first, last, lex):
            first += 1  # "Делегации Ближнего Востока …": a common noun glued to a name
        last = _first_of_two(doc, first, last, lex)
    return _Span(c, type_, *raw, first, last)


def _before_bracket(doc: Doc, first: int, last: int, lex: PlaceLexicon) -> int:
    """The end of a name the NER ran on across an opening bracket it does not close ("по
    Пермскому краю | (Пермьстат)": the bracket holds another name); ``last`` when there is
    none, the span closes it ("Кировоградской (Кропивницкой) области") or the whole span is one
    name the gazetteer knows."""
    cut = next((k for k in range(first + 1, last) if doc.toks[k].text == "("), last)
    closed = any(t.text == ")" for t in doc.toks[cut:last])
    return last if cut == last or closed or _known(doc, first, last, lex) else cut


_TWO_PLACES_MAX = 4  # the words of a span that may be a town and its region


def _first_of_two(doc: Doc, first: int, last: int, lex: PlaceLexicon) -> int:
    """The end of the first of two places the gazetteer knows the NER ran into one, a town and
    the region or district it is in ("в Текели | Жетысуской области": the region is a place of
    its own, the gazetteer's scan finds it); ``last`` when the span is one known name or no
    two."""
    toks = doc.toks
    if not 1 < last - first <= _TWO_PLACES_MAX or _known(doc, first, last, lex) or \
            not all(t.is_word() for t in toks[first:last]):
        return last  # ("Кемеровской области — Кузбассе": one region by its two names)
    return next((k for k in range(first + 1, last)
                 if _kind_of(lex, toks[first:k]) in _SETTLEMENT_KINDS and
                 _kind_of(lex, toks[k:last]) in _TOWN_REGIONS), last)


_TOWN_REGIONS = frozenset({"region", "district"})  # the kinds of the places a town is in


def _kind_of(lex: PlaceLexicon, toks: Sequence[Tok]) -> str | None:
    """The gazetteer's kind of the place the words name by their lemmas."""
    entry = lex.places.get(lemma_key(toks))
    return entry.kind if entry is not None else None


def _person_after_place(doc: Doc, first: int, last: int, lex: PlaceLexicon) -> bool:
    """Does the NER place span [first, last) run on from a name the gazetteer knows into a
    person's first name and surname ("воспитателю из города Шу | Айнуре Жумабековой")?"""
    if last - first < 3 or not _known(doc, first, last - 2, lex):
        return False
    name, surname = doc.toks[last - 2], doc.toks[last - 1]
    return name.is_title_case() and surname.is_title_case() and \
        any("Name" in p.grams for p in name.parses) and \
        any("Surn" in p.grams for p in surname.parses)


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(lines("place_honorifics.txt"))


def _honorific_end(doc: Doc, first: int, last: int, lex: PlaceLexicon) -> int:
    """The end of a place's name [first, last) with the lowercase honorific after it that the
    NER left out (data/place_honorifics.txt): "поселка Айтеке | би" → "Айтеке би", "на площади
    Абылай | хана" → "Абылай хана"."""
    street = first > 0 and _urban_word(doc.toks[first - 1], lex) is not None
    if last < len(doc.toks) and _honorific_at(doc, last, street) and \
            doc.toks[last].sent == doc.toks[first].sent and \
            doc.toks[last - 1].is_title_case():
        return last + 1
    return last


def _honorific_at(doc: Doc, k: int, street: bool) -> bool:
    """Is the word at ``k`` an honorific that ends a place's name after a person's: as written
    ("поселок Айтеке | би"), or, in a street's name, in any case, the person's being the
    genitive of the one the street is named after ("улица Кенесары | хана", "проспекта Кабанбай
    | батыра")?"""
    t = doc.toks[k]
    return t.text in _honorifics() or street and t.text.islower() and \
        any(x.replace("ё", "е") in _honorifics() for x in (t.lemma, *t.lemmas))


def _before_verb(doc: Doc, first: int, last: int) -> int:
    """The end of an NER place span [first, last) before a finite verb in small letters it ran
    on over ("по улице Абая | отремонтируют", "заасфальтируют", a guessed form too): no place's
    name holds a verb."""
    return next((k for k in range(first + 1, last) if _finite_verb(doc.toks[k])), last)


def _finite_verb(t: Tok) -> bool:
    """A word in small letters read as a finite verb, by the dictionary's reading the tagger
    chose or by the tagger ("отремонтируют", "построили")."""
    return t.text.islower() and (t.pos == "VERB" or t.tag.pos in ("VERB", "AUX") and
                                 t.tag.get("VerbForm") == "Fin")


def _found(s: _Span, first: int, last: int, name: str, kind: str | None,
           surface: str | None = None) -> list[_Found]:
    return [_Found(PlaceCandidate(first, last, name, kind, surface), (first, last))]


def _compound_facility(s: _Span) -> list[_Found]:
    """"на «Барыс Арене»", "в Крокус Сити Холле": a building named in the order of a foreign or
    Kazakh name, its head word last, of kind other; the head alone is put into the nominative.
    A known place that opens the name ("Алматы Арена") comes with it, nested."""
    doc, first, last = s.c.doc, s.raw_first, s.raw_last
    if last - first > 2 and doc.sents[doc.toks[first].sent].first == first and \
            _common_noun(doc.toks[first]):
        first += 1  # "Здание Крокус Сити Холла": a sentence's first word the NER took in
    prev = doc.toks[first - 1] if first > 0 else None
    if not facility_compound(doc, first, last, s.c.lex.facility_words) or prev is not None and \
            s.c.lex.place_words.get(prev.lemma.replace("ё", "е"), "other") != "other":
        return []  # "в городе Сисайд Парк": a settlement named so
    head = doc.toks[last - 1]
    lemma = next(w for w in (head.lemma.replace("ё", "е"), *sorted(head.lemmas))
                 if w in s.c.lex.facility_words)  # "Арене": "арена", not "арен"
    name = doc.span_text(first, last - 1) + " " + restore_case(lemma, head.text)
    return [_Found(PlaceCandidate(first, last, name, "other"), (first, last),
                   _before_facility(doc, first, last, s.c.lex, s.c.morph))]


def _org_in_gazetteer(s: _Span) -> list[_Found]:
    """A gazetteer name the NER calls an organization ("МКС"): a place."""
    doc, lex = s.c.doc, s.c.lex
    if s.type_ != "ORG" or not _known(doc, s.first, s.last, lex) or \
            _named_by(doc, s.first, s.last, lex) == "not":
        return []
    entry = lex.places.get(lemma_key(t for t in doc.toks[s.first:s.last] if t.is_word()))
    name = _name(doc, s.first, s.last, entry, s.c.morph)
    return _found(s, s.first, s.last, name, _kind(doc, s.first, s.last, name, s.c.lex))


def _generic_facility(s: _Span) -> bool:
    """Are the span's words, up to a quote, a kind of building of data/generic_facilities.txt
    ("Доме культуры", "Дворец спорта")?"""
    words = []
    for t in s.toks:
        if t.text in QUOTES:
            break
        if t.is_word():
            words.append(t)
    return lemma_key(words) in generic_facilities()


def _named_facility(s: _Span) -> list[_Found]:
    """"Дом дружбы": a named building or public place, of kind other."""
    h = s.head
    if h is None or s.head_lemma not in s.c.lex.facility_words or \
            not s.toks[h].is_title_case():
        return []
    last = _joined_genitive_end(s.c.doc, s.first + h, s.last)
    if _people_of(s.c.doc.toks[last - 1]) and \
            _name_goes_on(s.c.doc.toks, last, s.c.doc.toks[last - 1].sent):
        return []  # "Дворца школьников | Сатпаева": an organization's name
    return _found(s, s.first, last, nominative(s.c.doc, s.first, last, s.c.morph), "other")


def _people_of(t: Tok) -> bool:
    """Is the word, in small letters, the genitive plural of people ("школьников",
    "офицеров", "горняков")?"""
    return t.text.islower() and t.pos == "NOUN" and t.parse is not None and \
        t.parse.has("anim", "plur", "gent")


def _thoroughfare_span(s: _Span) -> list[_Found]:
    """"Бульвар Победы закрыт", "Проспект Мира перекроют": a name the NER (as a place or an
    organization) opens with a thoroughfare word, capitalized by the sentence: the street, of
    kind other."""
    t = s.toks[0]
    if len(s.toks) < 2 or t.lemma.replace("ё", "е") not in s.c.lex.thoroughfare_words or \
            not t.is_title_case() or t.parse is None or "plur" in t.parse.grams:
        return []
    word = inflect_word(s.c.morph, t, {"nomn", "sing"}, force=True).lower()
    return _found(s, s.first, s.last, f"{word} {_street_name(s.c, word, s.first + 1, s.last)}",
                  "other")


def _joined_genitive_end(doc: Doc, head: int, last: int) -> int:
    """The end of a facility's name that the NER cut before "и" and a lowercase genitive
    joined to its complement ("Дворце Мира | и согласия"); not after a head in the genitive,
    where the genitive after "и" may be a thing of its own ("возле Дома дружбы | и
    памятника")."""
    toks = doc.toks
    if last + 1 >= len(toks) or toks[last].low != "и" or toks[head].case == "gent" or \
            toks[last - 1].case != "gent" or toks[last + 1].sent != toks[head].sent:
        return last
    nxt = toks[last + 1]
    return last + 2 if nxt.text.islower() and nxt.pos == "NOUN" and nxt.case == "gent" else last


def _stay_facility(s: _Span) -> list[_Found]:
    """"доставлен в Боткинскую больницу": a hospital named as the building a person is taken to
    or lies in, a place of kind other (the organization leaves it: ``facility_stay``)."""
    if not facility_stay(s.c.doc, s.first, s.last) or \
            not any(t.is_title_case() for t in s.toks):
        return []
    return _found(s, s.first, s.last, nominative(s.c.doc, s.first, s.last, s.c.morph), "other")


def _facility_by_word(s: _Span) -> list[_Found]:
    """"в аэропорту Шереметьево", "с космодрома Байконур": a name in apposition to the word of
    a facility named after a place (``_facility_apposition``) names the facility, a place of
    kind other named with its word ("аэропорт Шереметьево"), not the town it shares the name
    with."""
    doc = s.c.doc
    if not _facility_apposition(doc, s.first, s.last, s.c.lex):
        return []
    word = inflect_word(s.c.morph, doc.toks[s.first - 1], {"nomn", "sing"}, force=True).lower()
    return _found(s, s.first - 1, s.last, f"{word} {doc.span_text(s.first, s.last)}", "other")


def _region_by_noun(s: _Span) -> list[_Found]:
    """"в области Абай" (Kazakhstan's regions named by a noun): the word belongs to the name,
    also when the noun alone names another known place ("области Улытау": not the village
    Улытау, the gazetteer's "область Улытау")."""
    prev = s.prev
    if s.type_ != "LOC" or prev is None or prev.sent != s.toks[0].sent or \
            prev.lemma != "область" or \
            any(t.parse is not None and t.parse.pos == "ADJF" for t in s.toks):
        return []
    whole = s.c.lex.places.get(lemma_key([prev, *s.toks]))
    if _known(s.c.doc, s.first, s.last, s.c.lex) and (whole is None or whole.kind != "region"):
        return []
    word = inflect_word(s.c.morph, prev, {"nomn", "sing"}, force=True).lower()
    return _found(s, s.first - 1, s.last, f"{word} {s.c.doc.span_text(s.first, s.last)}",
                  "region")


def _genitive_reading(t: Tok) -> bool:
    """Can the word be a genitive ("улице Киева": the city's street; not "улице Казахстан", a
    name in apposition)?"""
    return any("gent" in p.grams for p in t.parses)


def _surname_reading(t: Tok) -> bool:
    """Does the dictionary know the word as a surname ("Кирова", "Королева"; not "Киева")?"""
    return any(p.known and "Surn" in p.grams for p in t.parses)


def _street(s: _Span) -> list[_Found]:
    """"на улице Абая": the street is the place, named by its whole phrase; but "на
    Молодогвардейской улице Москвы", "на улицах Парижа", "на улице Киева" name the city the
    street is in (a city named after a person names the street after the person: "на улице
    Кирова", "улицу Королева"; one in apposition names the street: "на улице Казахстан")."""
    doc, lex, prev, first = s.c.doc, s.c.lex, s.prev, s.first
    abbreviated = _thoroughfare_abbreviation(doc, first, lex)
    if abbreviated is not None and s.type_ == "LOC":
        # "ул. Абая, 96": the street, named by its word in full
        name = _street_name(s.c, abbreviated, first, s.last)
        return _found(s, first, s.last, f"{abbreviated} {name}", "other")
    word = _urban_word(prev, lex) if prev is not None else None
    pair = _urban_pair(doc, first, lex) if word is None else None  # "жилого массива | …"
    word = word or pair
    if s.type_ != "LOC" or prev is None or prev.sent != s.toks[0].sent or \
            not doc.small_or_opening(first - 1) or word is None:
        return []
    city_street = (first > 1 and adjective_in(doc.toks[first - 2], prev.case) is not None
                   and doc.toks[first - 2].text[:1].isupper()) or (
        prev.parse is not None and "plur" in prev.parse.grams and
        not _singular_with(prev, doc.toks[first])) or \
        _known_kind(doc, first, s.last, lex) in _STREET_CONTAINERS and \
        not (s.last - first == 1 and _surname_reading(doc.toks[first])) and \
        _genitive_reading(doc.toks[s.last - 1])
    if city_street:
        return []
    return _found(s, first - (2 if pair else 1), s.last,
                  f"{word} {_street_name(s.c, word, first, s.last)}", "other")


def _urban_pair(doc: Doc, k: int, lex: PlaceLexicon) -> str | None:
    """The two-word place word of kind other right before token ``k``, an adjective and a
    singular noun (data/place_words.txt: "жилого массива | Шанырак" → "жилой массив"), or
    None."""
    if k < 2:
        return None
    adj, noun = doc.toks[k - 2], doc.toks[k - 1]
    if adj.sent != doc.toks[k].sent or noun.sent != adj.sent or not adj.text.islower() or \
            noun.parse is None or "plur" in noun.parse.grams:
        return None
    pair = f"{adj.lemma} {noun.lemma}".replace("ё", "е")
    return pair if lex.place_words.get(pair) == "other" else None


# the kinds of a place in the genitive after a thoroughfare word that is where the thoroughfare
# is, not whom it is named after ("на улице Киева", "в парке Квинсленда")
_CONTAINERS = frozenset({"city", "country", "region", "district"})
# and the river or the sea an embankment or a bridge stands on ("на набережной Иртыша")
_STREET_CONTAINERS = _CONTAINERS | {"other"}


def _urban_word(t: Tok, lex: PlaceLexicon) -> str | None:
    """The lemma of the word for an urban place of kind other the singular word ``t`` reads
    as (data/place_words.txt: "улице", "бульваре", "парке" whose tagger's lemma is "парка"),
    or None."""
    lemmas = [t.lemma, *(p.normal for p in t.parses if p.pos == "NOUN" and "sing" in p.grams)]
    return next((w for w in (x.replace("ё", "е") for x in lemmas)
                 if lex.place_words.get(w) == "other"), None)


def _street_name(c: _Ctx, word: str, first: int, last: int) -> str:
    """The name [first, last) after a thoroughfare word (its nominative ``word``, its noun last
    when it has two: "жилой массив") as the nominative of the place writes it: adjectives that
    agree with the word in its gender ("улице | Ленинградской" → "Ленинградская"), any other
    name as written ("Абая")."""
    gender = noun_gender(c.morph, word.rsplit(" ", 1)[-1])
    words = [adjective_nominative(c.morph, t, gender) if gender is not None else None
             for t in c.doc.toks[first:last]]
    if not all(words):
        return c.doc.span_text(first, last)
    return " ".join(w for w in words if w is not None)


def _thoroughfare_abbreviation(doc: Doc, k: int, lex: PlaceLexicon) -> str | None:
    """The thoroughfare word an abbreviation right before token ``k`` stands for ("ул. |
    Абая" → "улица", "пр. | Назарбаева" → "проспект"), or None; one of three letters or more
    may come without its dot ("мкр | Самал"; a shorter one reads so as another word)."""
    toks = doc.toks
    if k >= 1 and len(toks[k - 1].text) >= _DOTLESS_ABBREVIATION and \
            toks[k - 1].text.islower() and toks[k - 1].sent == toks[k].sent:
        return lex.street_abbr.get(toks[k - 1].low)
    if k < 2 or toks[k - 1].text != "." or toks[k - 2].sent != toks[k].sent:
        return None
    return lex.street_abbr.get(toks[k - 2].low)


_DOTLESS_ABBREVIATION = 3  # the letters of a thoroughfare's abbreviation written without a dot


def _thoroughfare_before(doc: Doc, k: int, lex: PlaceLexicon) -> str | None:
    """The thoroughfare word (its nominative) right before token ``k``, in full or abbreviated
    ("на проспекте | Назарбаева", "пр. | Назарбаева"), or None; not a plural one."""
    word = _thoroughfare_abbreviation(doc, k, lex)
    if word is not None or k == 0:
        return word
    t = doc.toks[k - 1]
    lemma = t.lemma.replace("ё", "е")
    if t.sent != doc.toks[k].sent or lemma not in lex.thoroughfare_words or \
            not doc.small_or_opening(k - 1) or t.parse is None or \
            "plur" in t.parse.grams and not _singular_with(t, doc.toks[k]):
        return None
    return lemma


def _singular_with(word: Tok, name: Tok) -> bool:
    """Can the word be a singular that the adjective after it agrees with ("улицы |
    Демидовской": the genitive of one street, which the tagger read as a plural)?"""
    return any(p.pos == "NOUN" and "sing" in p.grams and any(
        q.pos in _ADJECTIVES and "sing" in q.grams and
        {g for g in (*_GENDERS, *_CASE_GRAMS) if g in p.grams} <= q.grams for q in name.parses)
        for p in word.parses)


def _street_named(a: _At) -> list[_Found]:
    """A person's name or a capitalized word the NER left out right after a thoroughfare word
    names the street ("на проспекте | Назарбаева", "ул. | Динмухамеда Кунаева", "ул. |
    Ленина, д. 5"): the street, of kind other, not the person."""
    c, k = a.c, a.k
    toks = c.doc.toks
    t = toks[k]
    if not _open(a) or t.ner not in (None, "PER") or not t.is_title_case() or \
            function_word(t):
        return []
    word = _thoroughfare_before(c.doc, k, c.lex)
    if word is None:
        return []
    n = 1
    while n < _MAX_STREET_NAME and k + n < len(toks) and _street_name_word(t, toks[k + n]):
        n += 1  # "улица Максима | Горького", "проспект Маршала | Жукова"
    if k + n < len(toks) and toks[k + n].sent == t.sent and _honorific_at(c.doc, k + n, True):
        n += 1  # "проспект Жангир | хана"
    # ("на ул. Уинской": an adjective agreeing with the word, in the nominative)
    return _at_found(a, n, f"{word} {_street_name(c, word, k, k + n)}", "other")


_MAX_STREET_NAME = 3


def _street_name_word(first: Tok, t: Tok) -> bool:
    """Does the capitalized word ``t`` go on with the name of a street that ``first`` opens:
    of the NER's name, or a genitive it left out ("улица Максима | Горького")?"""
    return t.sent == first.sent and t.is_title_case() and t.is_word() and \
        not place_not_person(t) and (
        first.ner == "PER" and t.ner == "PER" or
        t.ner in (None, "PER") and first.case == "gent" and t.case == "gent")


def _domain(doc: Doc, k: int) -> bool:
    """A word glued to a dot before it is a top-level domain ("в зоне .РФ", "сайт .KZ"), not
    the country."""
    return k > 0 and doc.toks[k - 1].text == "." and doc.toks[k - 1].stop == doc.toks[k].start


def _ner_abbreviation(s: _Span) -> list[_Found]:
    """"ЗКО", "РК": the gazetteer's full name, the abbreviation kept as written."""
    toks = s.toks
    if s.type_ != "LOC" or len(toks) != 1 or toks[0].text not in s.c.lex.place_alias:
        return []
    e = s.c.lex.place_alias[toks[0].text]
    return _found(s, s.first, s.last, e.name, e.kind, toks[0].text)


def _ner_place(s: _Span) -> list[_Found]:
    """A LOC span: the gazetteer's name or the text's in the nominative; the kind of a place
    word it stands in apposition to ("в селе Цибулёво"), else the gazetteer's or its head's."""
    if s.type_ != "LOC":
        return []
    doc, lex = s.c.doc, s.c.lex
    known = _by_parts(s) or _by_geox_reading(s)
    if known is None and s.last - s.first > 1 and s.toks[-1].text in _honorifics():
        return _honored(s)
    settlement = _settlement_before(doc, s.first, lex) if s.last - s.first == 1 else None
    entry = known or _entry(lex, s.toks)
    own = _own_kind(s.c, settlement, entry) if settlement is not None and entry is not None \
        else None
    if settlement is not None and _eponym_genitive(doc, s.first):  # "в поселке Кирова"
        return _found(s, s.first, s.last, f"{settlement} {s.toks[0].text}",
                      lex.place_words[settlement])
    if own is not None:  # "из села | Кызылжар": a village, not the city of that other name
        return _found(s, s.first, s.last, _declined_name(doc, s.first) or s.toks[0].text, own)
    adjective = _settlement_name(s.c, s.first, settlement) \
        if settlement is not None and lemma_key(s.toks) not in lex.places else None
    unknown = _unknown_name(s.c, s.first, s.last, entry)
    if known is not None:
        name = known.name
    elif adjective is not None:
        name = adjective
    elif settlement is not None and lemma_key(s.toks) not in lex.places and (
            _declined_name(doc, s.first) or not _agrees_with_word_before(doc, s.first)):
        # declined with the settlement word ("в селе Ивановке"), or in apposition as written
        # ("аула Көктал")
        name = _declined_name(doc, s.first) or doc.toks[s.first].text
    elif unknown is not None:  # "в Жетыгене" → "Жетыген", "в Жанаозене" → "Жанаозен"
        name = unknown[0]
    else:
        name = _name(doc, s.first, s.last, _entry(lex, s.toks), s.c.morph)
        if entry is not None and key(name) == key(doc.span_text(s.first, s.last)):
            name = _other_reading(s) or name  # "из Байконыра": "Байконыр"
    kind = _named_by(doc, s.first, s.last, lex) or (unknown[1] if unknown else None) or \
        (known.kind if known is not None else None) or _kind(doc, s.first, s.last, name, lex)
    word = _landmark_word(s.c, s.first) if kind == "other" else None
    if word is not None:  # "на реке Утве": "река Утва", the name alone its alias
        return _found(s, s.first, s.last, f"{word} {name}", kind, name)
    return _found(s, s.first, s.last, name, kind)


def _landmark_word(c: _Ctx, k: int) -> str | None:
    """The word of a natural landmark (data/worded_landmarks.txt) in small letters and the
    singular right before the name at ``k`` in its sentence ("реке | Утве"), in the nominative;
    else None."""
    prev = c.doc.toks[k - 1] if k > 0 else None
    if prev is None or prev.sent != c.doc.toks[k].sent or not prev.text.islower() or \
            prev.lemma.replace("ё", "е") not in _worded_landmarks() or \
            prev.parse is None or "plur" in prev.parse.grams:
        return None
    return inflect_word(c.morph, prev, {"nomn", "sing"}, force=True).lower()


@cache
def _worded_landmarks() -> frozenset[str]:
    """The words of natural landmarks named with their word (data/worded_landmarks.txt)."""
    return frozenset(lines("worded_landmarks.txt"))


def _honored(s: _Span) -> list[_Found]:
    """A place named after a person with an honorific, as written (it does not decline), of
    the kind of the settlement word before it: "в поселке Айтеке би" → "Айтеке би", a village."""
    doc, lex = s.c.doc, s.c.lex
    name = doc.span_text(s.first, s.last)
    settlement = _settlement_before(doc, s.first, lex)
    kind = lex.place_words[settlement] if settlement is not None else \
        _kind(doc, s.first, s.last, name, lex)
    return _found(s, s.first, s.last, name, kind)


@cache
def _place_paradigms() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """The rows of data/place_paradigms.txt: ending, nominative ending, cases."""
    return tuple((ending, nominative, frozenset(cases.split()))
                 for ending, nominative, cases in table("place_paradigms.txt", 3))


@cache
def _stem_clusters() -> tuple[str, ...]:
    """The endings no masculine place name has (data/place_stem_clusters.txt: "сн")."""
    return lines("place_stem_clusters.txt")


@cache
def _indeclinable_endings() -> tuple[str, ...]:
    """The endings of names that do not decline (data/indeclinable_place_endings.txt: "су")."""
    return lines("indeclinable_place_endings.txt")


_VOWELS = frozenset("аеёиоуыэюяәөұүі")
_NO_CONSONANTS = frozenset("ьъй")


def _stem_fits(stem: str, nominative: str) -> bool:
    """Can the stem take the nominative ending of a row of data/place_paradigms.txt: it ends
    with a consonant, and the stem alone ("·") only when no word ends as it does ("Жетыген";
    not "Шексн", which takes "-а")?"""
    last = stem[-1:].lower()
    if not last.isalpha() or last in _VOWELS or last in _NO_CONSONANTS:
        return False
    return nominative != "·" or not stem.lower().endswith(_stem_clusters())


def case_nominatives(word: str) -> list[str]:
    """The nominatives a one-word place name may be a case form of, in any case, by
    data/place_paradigms.txt ("Жанажоле": "Жанажол", "Жанажола")."""
    cases = frozenset(c for _, _, row_cases in _place_paradigms() for c in row_cases)
    return _declined_forms(word, cases) if " " not in word else []


def _declined_form_of(word: str, name: str) -> str | None:
    """The nominative, as the text spells it, of a word that is a case form of the one-word name
    (``case_nominatives``: "Жанаозене" of "Жанаозен", "Королёве" of "Королев"), or None."""
    return next((f for f in case_nominatives(word) if key(f) == key(name)), None)


def _declined_forms(word: str, cases: AbstractSet[str]) -> list[str]:
    """The nominatives a word may be the form of in one of ``cases`` by the rows of
    data/place_paradigms.txt, in their order ("Жетыгене", loct: "Жетыген", "Жетыгена"); a
    hyphenated name declines its last part ("Сары-Агаше" → "Сары-Агаш"), the part before a
    preposition inside it and not the rest ("Калаче-на-Дону" → "Калач-на-Дону")."""
    parts = word.split("-")
    at = next((i for i, p in enumerate(parts) if i and p.lower() in _name_prepositions()),
              len(parts))
    head, dash, tail = "-".join(parts[:at]).rpartition("-")
    rest = "".join("-" + p for p in parts[at:])
    out = []
    for ending, own, row_cases in _place_paradigms():
        stem = tail[:len(tail) - len(ending)]
        if tail.lower().endswith(ending) and row_cases & cases and len(stem) > 1 and \
                _stem_fits(stem, own):
            out.append(head + dash + stem + own.replace("·", "") + rest)
    return out


@cache
def _name_prepositions() -> frozenset[str]:
    """The prepositions inside a hyphenated place name (data/name_prepositions.txt)."""
    return frozenset(lines("name_prepositions.txt"))


@cache
def _written_places(lex: PlaceLexicon) -> dict[str, GazetteerEntry]:
    """The gazetteer's one-word names as written ("жанаозен"), whatever their lemmas."""
    return {key(e.name): e for e in lex.places.values() if " " not in e.name}


def _case_of_name(c: _Ctx, k: int) -> tuple[frozenset[str], str | None]:
    """The cases the one-word name at token ``k`` may stand in, and the kind of word it stands
    in apposition to, if any: a landmark's ("реки | Шексны": that word's case) or a place's
    ("в селе | Тауке", "place"); else the cases its preposition governs
    (data/preposition_cases.txt: "в | Жетыгене": accs or loct), else the tagger's, or that of
    the name it is listed after ("берега | Шексны", "Коряжмы и | Шексны")."""
    toks = c.doc.toks
    prev = toks[k - 1] if k > 0 and toks[k - 1].sent == toks[k].sent else None
    lemma = prev.lemma.replace("ё", "е") if prev is not None else ""
    if prev is not None and prev.text.islower() and lemma in c.lex.place_words and \
            prev.tag.get("Number") != "Plur":
        return frozenset(), "place"  # (not "в малых городах | Верхневолжья": its complement)
    if prev is not None and prev.text.islower() and lemma in c.lex.landmark_words and \
            prev.tag.get("Number") != "Plur":  # (not "храмы | Заонежья": their land)
        return _cases(prev.case), "landmark"
    if prev is not None and prev.low in preposition_cases():
        return preposition_cases()[prev.low], None
    if prev is not None and prev.text in _LISTING and k >= 2 and \
            toks[k - 2].sent == toks[k].sent and toks[k - 2].is_title_case():
        return _known_cases(toks[k - 2]) - {"nomn"}, None  # "Коряжмы и | Шексны": its case
    return _cases(toks[k].case) - {"nomn"}, None


def _cases(case: str | None) -> frozenset[str]:
    """The case as a set: none when the tagger gives none."""
    return frozenset() if case is None else frozenset({case})


_CASE_GRAMS = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


def _known_cases(t: Tok) -> frozenset[str]:
    """The case of a word by the dictionary's reading of it when it knows the word ("Коряжмы":
    gent, whatever the tagger says), else by the tagger."""
    p = t.parse
    return _CASE_GRAMS & p.grams if p is not None and p.known else _cases(t.case)


def _unknown_name(c: _Ctx, first: int, last: int, entry: GazetteerEntry | None
                  ) -> tuple[str, str | None] | None:
    """The nominative of a one-word name neither the gazetteer nor the dictionary knows (and the
    gazetteer's kind when it knows that nominative), by its case ending (``_declined_forms``):
    a name of the gazetteer among its nominatives first ("в Жанаозене" → "Жанаозен"), else the
    first ("в Жетыгене" → "Жетыген", "через Шексну" → "Шексна"). A name in apposition to a
    settlement's or another place's word keeps its form ("в селе Тауке", "села Жетыген"), and
    so does one in apposition to a landmark's word that may be a nominative ("реки Шексны" →
    "Шексна"; "реки Сырдарья") or one of an ending that does not decline ("в Аксу"); None
    when no ending says a case (the caller puts the name in the nominative)."""
    t = c.doc.toks[first]
    if last - first != 1 or entry is not None or not t.is_word() or \
            any(p.known for p in t.parses):
        return None
    if t.low.endswith(_indeclinable_endings()):  # "истории Жетысу": no "Жетыс"
        return t.text, None
    cases, apposed = _case_of_name(c, first)
    nominatives = {n for _, n, _ in _place_paradigms()} - {"·"}
    forms = [] if apposed == "place" or apposed and t.low.endswith(tuple(nominatives)) else \
        _declined_forms(t.text, cases)
    known = next(((f, e) for f in forms if (e := _written_places(c.lex).get(key(f)))), None)
    if known is not None:
        return known[1].name, known[1].kind
    if forms or apposed:
        return (forms[0] if forms else t.text), None
    return None


def _by_geox_reading(s: _Span) -> GazetteerEntry | None:
    """The gazetteer's entry a one-word span names by its place reading when its first reading
    names none (``_geox_entry``)."""
    toks = [t for t in s.toks if t.is_word()]
    if len(toks) != 1 or lemma_key(toks) in s.c.lex.places:
        return None
    # a place reading first; else any ("в Конаеве": Конаева, Конаев → the city Конаев)
    return _geox_entry(toks[0], s.c.lex) or _reading_entry(toks[0], s.c.lex, geox=False) or \
        _plural_entry(toks[0], s.c)


def _other_reading(s: _Span) -> str | None:
    """The name of a one-word span the dictionary does not know, read as its own nominative,
    by the one other singular noun reading whose lemma the gazetteer knows, as a name or an
    alias written ("из Байконыра": not "байконыра", a nominative the guesser made up, but
    "байконыр", the alias of Байконур), capitalized as the text."""
    toks = [t for t in s.toks if t.is_word()]
    if len(toks) != 1:
        return None
    t = toks[0]
    if any(p.known for p in t.parses):
        return None
    found = {p.normal for p in t.parses if p.pos == "NOUN" and "sing" in p.grams and
             p.normal != t.low and _written_name(s.c, p.normal)}
    return restore_case(found.pop(), t.text) if len(found) == 1 else None


def _written_name(c: _Ctx, word: str) -> bool:
    """Is ``word`` a one-word name or alias of the gazetteer as written ("байконыр"), not the
    lemma of one (the guesser's "шортанда" of "Шортанды")?"""
    entry = c.lex.places.get((word.replace("ё", "е"),))
    return entry is not None and (key(entry.name) == key(word) or c.morph.lemma(word) != word)


def _plural_entry(tok: Tok, c: _Ctx) -> GazetteerEntry | None:
    """The gazetteer's town whose name is the nominative plural of a plural reading of the word
    ("из Валуек": "валуйка", plural genitive → "валуйки", the town Валуйки)."""
    for p in tok.parses:
        form = c.morph.inflect(p, {"nomn", "plur"}) if "plur" in p.grams else None
        entry = c.lex.places.get((form.replace("ё", "е"),)) if form else None
        if entry is not None and key(entry.name) == key(form or ""):
            return entry
    return None


def _geox_entry(tok: Tok, lex: PlaceLexicon) -> GazetteerEntry | None:
    """The one gazetteer place a place reading of the word names: a town in -ово/-ино declined
    like a surname ("города Иванова", "в Одинцове": Иваново, Одинцово, not "Иванов")."""
    return _reading_entry(tok, lex, geox=True)


def _reading_entry(tok: Tok, lex: PlaceLexicon, geox: bool) -> GazetteerEntry | None:
    """The one gazetteer place the word's readings (``geox``: its place readings only) name by
    the place's own lemmas (or, for any reading, its name itself), not by an alias's."""
    keys = {(p.normal.replace("ё", "е"),) for p in tok.parses if not geox or "Geox" in p.grams}
    found = {e.name: e for key in sorted(keys) if (e := lex.places.get(key)) is not None and
             (e.lemmas == key or not geox and (e.name.lower().replace("ё", "е"),) == key)}
    return next(iter(found.values())) if len(found) == 1 else None


def _origin_of_name(a: _At) -> bool:
    """Is the word at ``a.k`` one the NER ran into a person's name right after "из": where the
    person comes from ("пенсионерка из Шу | Зинаида Ким"), a proper name whatever else the
    dictionary reads in it?"""
    toks = a.c.doc.toks
    k = a.k
    return 0 < k < len(toks) - 1 and toks[k - 1].low in ORIGIN_PREPOSITIONS and \
        toks[k].ner == "PER" and toks[k + 1].ner == "PER" and toks[k + 1].sent == toks[k].sent


def _after_place_word(a: _At) -> list[_Found]:
    """A one-word place the NER ran into a person's name right after a singular place word
    ("под председательством главы города | Иванова Вячеслава Сверчкова"), or one that reads as
    no person's name ("аким Алматы | Ерлан Ахметов") or comes after "из" ("пенсионерка из Шу
    | Зинаида Ким"): the gazetteer's place the word names, by its lemma or a place reading."""
    c, k = a.c, a.k
    toks = c.doc.toks
    t = toks[k]
    if not _open(a) or t.ner != "PER" or k == 0:
        return []
    before = toks[k - 1]
    origin = _origin_of_name(a)
    if not (origin or _could_be_place(t)):
        return []
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    run_in = origin or place_not_person(t) and nxt is not None and nxt.ner == "PER" and \
        nxt.sent == t.sent
    if not run_in and (before.lemma.replace("ё", "е") not in c.lex.place_words or
                       before.parse is None or "plur" in before.parse.grams or
                       before.sent != t.sent):
        return []
    entry = c.lex.places.get(lemma_key([t])) or _geox_entry(t, c.lex)
    if entry is None:
        return []
    own = _own_kind(c, _settlement_before(c.doc, k, c.lex), entry)
    if own is not None:  # "села | Кызылжар": a village, not the city Кызылжар names too
        return _at_found(a, 1, _declined_name(c.doc, k) or t.text, own)
    return _at_found(a, 1, entry.name, entry.kind)


def _own_kind(c: _Ctx, lemma: str | None, entry: GazetteerEntry) -> str | None:
    """The kind the settlement word ``lemma`` before a name says when the gazetteer's place the
    name names is of another kind ("села | Кызылжар", a village; the gazetteer's Кызылжар is a
    city's other name), else None."""
    kind = c.lex.place_words.get(lemma) if lemma is not None else None
    return kind if kind in _SETTLEMENT_KINDS and kind != entry.kind else None


def _settlement_before(doc: Doc, k: int, lex: PlaceLexicon) -> str | None:
    """The lemma of the settlement word right before token ``k`` ("в селе | Переметное", "из с.
    | Жанаталап", data/place_words.txt), or None. "г." after a number is a year; a plural word
    names several places."""
    toks = doc.toks
    if k >= 2 and toks[k - 1].text == "." and toks[k - 2].text in lex.settlement_abbr and \
            toks[k - 2].sent == toks[k].sent and \
            not (k >= 3 and toks[k - 3].text[:1].isdigit()):
        return lex.settlement_abbr[toks[k - 2].text]  # (lowercase: "К. С." are initials)
    before = toks[k - 1] if k > 0 else None
    if before is None or before.sent != toks[k].sent or before.parse is None or \
            "plur" in before.parse.grams:
        return None
    lemma = before.lemma.replace("ё", "е")
    return lemma if lex.place_words.get(lemma) in _SETTLEMENT_KINDS else None


_LIST_ITEMS_MAX = 8  # the names of a list after one plural place word
_LIST_INTRO = frozenset({"–", "—", ":"})  # marks between a place word and its list


def _listed_after(doc: Doc, k: int, lex: PlaceLexicon) -> str | None:
    """The lemma of the plural place word a list of one-word names opens, when token ``k`` is a
    later name of it ("в селах Каменка, Бобровка | и | Ивановка", "в аулах Шелек и | Малыбай",
    "села Акмол, | Тайтобе": a word with a plural reading, or one a number counts), or any name
    of it after a dash or a colon ("три аула: | Тайтобе и | Жайнак"), or None."""
    toks = doc.toks
    j, items = k - 1, 0
    while j >= 2 and items < _LIST_ITEMS_MAX and toks[j].text in (",", "и") and \
            toks[j - 1].is_title_case() and toks[j - 1].is_word() and \
            toks[j - 1].sent == toks[k].sent:
        j, items = j - 2, items + 1
    first = j + 1  # the list's first name
    if j >= 1 and toks[j].text in _LIST_INTRO:
        j, items = j - 1, items + 1
    word = toks[j] if items and j >= 0 and toks[j].sent == toks[k].sent else None
    if word is None or not _several(doc, j) or \
            not doc.small_or_opening(j) or word.case is None or \
            not _apposed(toks[first], word.case):
        return None  # "в странах Европы и Азии": the parts of the world the countries are in
    lemma = word.lemma.replace("ё", "е")
    return lemma if lemma in lex.place_words else None


def _several(doc: Doc, j: int) -> bool:
    """Does the word at ``j`` say several: a plural reading ("в селах", "села"), or a number
    before it ("три аула")?"""
    t = doc.toks[j]
    before = doc.toks[j - 1] if j > 0 else None
    return any("plur" in p.grams for p in t.parses) or before is not None and \
        before.sent == t.sent and (before.text.isdigit() or before.pos == "NUMR")


_GENDERS = ("masc", "femn", "neut")


def _settlement_name(c: _Ctx, k: int, lemma: str) -> str | None:
    """The name of the adjective at token ``k`` after the settlement word ``lemma``, agreeing
    with it in the nominative ("в селе Переметном" → "Переметное", "поселка Заречного" →
    "Заречный", "в деревне Малой" → "Малая"), or None when the word is no adjective."""
    t = c.doc.toks[k]
    if _eponym_genitive(c.doc, k):
        return f"{lemma} {t.text}"  # "хутора Ленина" → "хутор Ленина", not "Ленин"
    if "-" in t.text:
        return None
    parses = c.morph.parse(lemma)
    gender = next((g for g in _GENDERS if parses and g in parses[0].grams), None)
    if gender is None or not any(q.pos == "ADJF" and gender in q.grams for q in t.parses):
        return None  # a guess that does not agree is no adjective: "села Қараой"
    if t.parse is not None and t.parse.pos == "ADJF":
        return inflect_word(c.morph, t, {"nomn", "sing", gender}, force=True)
    # the tagger read a noun ("на хуторе Ясенском", "в станице Копанской Ейского района"): an
    # adjective reading in the settlement word's gender and case is the name
    case = c.doc.toks[k - 1].case
    p = next((q for q in t.parses if q.pos == "ADJF" and gender in q.grams and
              case is not None and case in q.grams), None)
    return None if p is None else inflect_word(c.morph, replace(t, parse=p),
                                               {"nomn", "sing", gender}, force=True, trusted=True)


def _eponym_genitive(doc: Doc, k: int) -> bool:
    """Is the word at ``k`` after a settlement word a person's name in the genitive that names
    the settlement after that person ("хутор Ленина", "в поселке Кирова"): a known surname or
    first name read in the genitive, no place's name, or one that does not decline with the
    settlement word ("в поселке Кирова"; not "города Кирова", the city of Kirov)?"""
    t = doc.toks[k]
    case = doc.toks[k - 1].case if k > 0 else None
    if any("Geox" in p.grams for p in t.parses) and case in (None, "gent") or \
            any(p.pos == "ADJF" and "Poss" not in p.grams for p in t.parses):
        return False  # (an adjective's name: "станицы Каневской" → "Каневская")
    return any(p.known and {"gent", "sing"} <= p.grams and p.pos == "NOUN" and
               {"Surn", "Name"} & p.grams and p.normal != t.low and "Fixd" not in p.grams
               for p in t.parses)  # (a declined name: not "в городе Элизабет")


def _declined_name(doc: Doc, k: int) -> str | None:
    """The nominative of a noun the dictionary knows as a place's name, in the case of the word
    before it ("в селе Ивановке" → "Ивановка", "у города Камбарки" → "Камбарка"); None for a
    word it knows as a place's name in the nominative too ("города Чусовой", in apposition)."""
    case = doc.toks[k - 1].case if k > 0 else None
    places = [p for p in doc.toks[k].parses if p.known and "Geox" in p.grams and
              "plur" not in p.grams]
    if case is None or any("nomn" in p.grams for p in places):
        return None
    p = next((p for p in places if case in p.grams), None)
    return p.normal.capitalize() if p is not None else None


def _agrees_with_word_before(doc: Doc, k: int) -> bool:
    """Can the word at ``k`` be a singular in the case of the word before it (a name that
    declines with its settlement word: "в селе Ивановке"; not "аула | Көктал", in apposition)?
    True when the word before has no case (an abbreviation: "с. Ивановка")."""
    case = doc.toks[k - 1].case if k > 0 else None
    return case is None or any(case in p.grams and "plur" not in p.grams
                               for p in doc.toks[k].parses)


def _settlement_named(a: _At) -> list[_Found]:
    """A capitalized word the NER left out or read as a person right after a settlement word
    names that settlement: "из с. Переметное", "жители пос. Умирзак", "в ауыле Қараой" (not a
    name the dictionary knows as a person's, nor one a guess reads so before another name)."""
    c, k = a.c, a.k
    t = c.doc.toks[k]
    if not _open(a) or t.ner not in (None, "LOC", "PER") or not t.is_title_case() or \
            function_word(t) or t.lemma in c.lex.titles or t.lemma in c.lex.org_words or \
            t.ner == "PER" and _read_as_person(c.doc, k):
        return []
    lemma = _settlement_before(c.doc, k, c.lex) or _listed_after(c.doc, k, c.lex)
    if lemma is None or c.lex.place_words[lemma] not in _SETTLEMENT_KINDS or \
            lemma_key([t]) in c.lex.places:
        return []  # (the gazetteer names a place it knows)
    # a noun keeps its form: a name in apposition stays in the nominative ("из с. Жанаталап"),
    # and the dictionary guesses the endings of an unknown one ("в селе Тауке"); one that
    # declines with the settlement word is put in the nominative ("в селе Ивановке")
    name = _settlement_name(c, k, lemma) or _declined_name(c.doc, k) or t.text
    return _at_found(a, 1, name, c.lex.place_words[lemma])


def _settlement_two_words(a: _At) -> list[_Found]:
    """A settlement's two-word name after its settlement word, opened by a word of
    data/place_name_openers.txt ("в селе Жана Каратон", "аул Жаңа Қала"): the place as written,
    though the NER read the words as a person's ("Жана" of "Жан")."""
    c, k = a.c, a.k
    toks = c.doc.toks
    if not _open(a) or k + 1 in c.taken or not two_word_place_name(c.doc, k) or \
            lemma_key(toks[k:k + 2]) in c.lex.places:
        return []  # (the gazetteer names a place it knows)
    lemma = _settlement_before(c.doc, k, c.lex)
    if lemma is None or c.lex.place_words[lemma] not in _SETTLEMENT_KINDS:
        return []
    return _at_found(a, 2, f"{toks[k].text} {toks[k + 1].text}", c.lex.place_words[lemma])


def _read_as_person(doc: Doc, k: int) -> bool:
    """Is the word at ``k`` a person's name by its reading: the dictionary's, or a guess with
    another capitalized word after it ("села | Оразкүл Тасбергенова")?"""
    t = doc.toks[k]
    if t.parse is None or not t.parse.grams & PERSON_GRAMS:
        return False
    return t.parse.known or k + 1 < len(doc.toks) and doc.toks[k + 1].is_title_case() and \
        doc.toks[k + 1].is_word()


def _entry(lex: PlaceLexicon, toks: Sequence[Tok]) -> GazetteerEntry | None:
    """The gazetteer's entry the words name by their lemmas, or by the first word's lemma and
    the others as written ("района Магжана Жумабаева")."""
    if not toks:
        return None
    key = head_and_written(toks)
    return lex.places.get(lemma_key(toks)) or (lex.places.get(key) if key else None) or \
        _by_other_lemmas(lex, toks)


_MAX_READINGS = 3  # the lemmas of a word tried, the tagger's first
_MAX_REREAD_WORDS = 3  # the words of a name read by other lemmas


def _other_keys(toks: Sequence[Tok]) -> list[tuple[str, ...]]:
    """The keys of a name of two words or more by its words' other lemmas, where the tagger
    chose a reading the name does not take ("Великих Лук": "лук", and "лука" of "Луки")."""
    words = [t for t in toks if t.is_word()]
    if not 1 < len(words) <= _MAX_REREAD_WORDS:
        return []
    keys: list[tuple[str, ...]] = [()]
    for t in words:
        own = t.lemma.replace("ё", "е")
        lemmas = [own, *sorted(t.lemmas - {own})[:_MAX_READINGS - 1]]
        keys = [(*k, w) for k in keys for w in lemmas]
    return keys


def _by_other_lemmas(lex: PlaceLexicon, toks: Sequence[Tok]) -> GazetteerEntry | None:
    """The gazetteer's entry of a name of its own lemmas read by its words' other lemmas
    (``_other_keys``)."""
    return next((e for k in _other_keys(toks) if (e := lex.places.get(k)) is not None and
                 e.lemmas == k), None)


def _by_parts(s: _Span) -> GazetteerEntry | None:
    """The gazetteer's entry of a hyphenated name whose parts both decline, read part by part
    when the dictionary reads the word as a whole wrong ("в Каменске-Уральском": "Каменск-
    Уральский", not "Каменске-Уральск"); None when the span's own lemmas find one, or the
    parts spell an alias only ("Санта-Крус" may be another place)."""
    lex, toks = s.c.lex, [t for t in s.toks if t.is_word()]
    if not any("-" in t.text for t in toks) or lemma_key(toks) in lex.places:
        return None
    parts = tuple("-".join(s.c.morph.lemma(p) for p in t.low.split("-")).replace("ё", "е")
                  for t in toks)
    entry = lex.places.get(parts)
    return entry if entry is not None and entry.lemmas == parts else None  # its own name only


def _known_org(s: _Span, f: _Found) -> bool:
    """"ЕС", "Евросоюз": organizations the NER calls places ("Бавария" is one only where a cue
    makes it a club: organizations.py)."""
    toks = s.toks
    known = s.c.lex.known_orgs.get(lemma_key(toks)) or \
        s.c.lex.known_orgs.get(tuple(t.low for t in toks))
    return known is not None and known[2] != "cued" and \
        not building_seat(s.c.doc, s.first, s.last)  # "в Белом доме": the building


def _plain_word(s: _Span, f: _Found) -> bool:
    """"Парк", "Собор" at a sentence start: a word, no name; nor a plural of living beings
    ("Жители", "Дети"), which no place is named by ("Горки", "Пески" are things) but a street
    ("по улице Строителей": ``_after_thoroughfare``)."""
    lex, tok = s.c.lex, s.toks[0]
    return len(s.toks) == 1 and _common_noun(tok) and not _after_thoroughfare(s) and (
        s.head_lemma in lex.facility_words or s.head_lemma in lex.landmark_words
        or s.head_lemma in lex.place_words or
        all("anim" in p.grams and "plur" in p.grams for p in tok.parses if p.pos == "NOUN"))


def _opening_common_noun(s: _Span, f: _Found) -> bool:
    """"Газ пришел в село", "Газа в селе нет": a word that opens its sentence, capitalized by
    it, that the dictionary knows as a common noun, and that names no place of the gazetteer
    (``_gazetteer_word``: "Курган принял гостей", "Орёл", "Астана" stay places)."""
    doc, tok = s.c.doc, s.toks[0]
    return len(s.toks) == 1 and doc.sents[tok.sent].first == s.first and \
        any(p.known and p.pos == "NOUN" and not _PROPER_GRAMS & p.grams for p in tok.parses) \
        and not _gazetteer_word(tok, s.c.lex)


def _gazetteer_word(tok: Tok, lex: PlaceLexicon) -> bool:
    """Is the word, as written or by a lemma, the own name of a one-word place of the
    gazetteer ("Курган", "Орёл", "Чад", "Семей"; not "Газ", whose lemma is only the key of
    "Газа", an alias of "Сектор Газа")?"""
    forms = {tok.low, *(p.normal.replace("ё", "е") for p in tok.parses)}
    return any(e is not None and key(e.name) in forms
               for e in (lex.places.get((w,)) for w in sorted(forms)))


def _after_thoroughfare(s: _Span) -> bool:
    """Does a singular thoroughfare word stand right before the span ("по улице | Космонавтов",
    "пр. | Строителей"): the span is the street's name, whatever word it is?"""
    return _thoroughfare_before(s.c.doc, s.first, s.c.lex) is not None


def _after_settlements(s: _Span) -> bool:
    """Does a plural settlement word stand right before a span that opens with a word in the
    form of a nominative singular ("поселков | Солнечный и Шидерты", "в поселки | Солнечный"):
    a name in apposition, agreeing with no plural?"""
    doc, first = s.c.doc, s.first
    before, t = (doc.toks[first - 1] if first > 0 else None), doc.toks[first]
    return before is not None and before.sent == t.sent and before.text.islower() and \
        before.parse is not None and "plur" in before.parse.grams and \
        s.c.lex.place_words.get(before.lemma.replace("ё", "е")) in _SETTLEMENT_KINDS and \
        any({"nomn", "sing"} <= p.grams for p in t.parses)


def _run_together(s: _Span, f: _Found) -> bool:
    """"Хабаровск Владивосток": known names the NER ran together; the gazetteer stage takes
    each."""
    doc, lex = s.c.doc, s.c.lex
    return len(s.toks) > 1 and not _known(doc, s.first, s.last, lex) and \
        all(t.is_word() and _known(doc, j, j + 1, lex) for j, t in enumerate(s.toks, s.first))


@cache
def _org_endings() -> tuple[str, ...]:
    """The endings of one-word compound names of bodies (data/org_compound_endings.txt)."""
    return tuple(lines("org_compound_endings.txt"))


@cache
def _legal_forms() -> frozenset[str]:
    """The abbreviations of legal forms (data/legal_forms.txt, legal_form_aliases.txt)."""
    return frozenset(row[0] for name, n in (("legal_forms.txt", 3), ("legal_form_aliases.txt", 2))
                     for row in table(name, n))


def _legal_form_at(doc: Doc, k: int) -> bool:
    """Is the word at ``k`` a legal form's abbreviation with a quoted name right after it
    ("НАО | «Центр …»")?"""
    return doc.toks[k].text in _legal_forms() and k + 1 < len(doc.toks) and is_opening(doc, k + 1)


def _after_legal_form(s: _Span) -> bool:
    """Does a legal form's abbreviation open the span ("КФХ Коваленко", "ИП Торговый Дом"), or
    stand alone before a quoted name ("НАО | «Центр …»", not the Nenets okrug): an
    organization's name, which the organizations take?"""
    doc, first = s.c.doc, s.raw_first
    return doc.toks[first].text in _legal_forms() and s.raw_last - first > 1 or \
        s.raw_last - first == 1 and _legal_form_at(doc, first)


def _municipal_word(s: _Span) -> bool:
    """Is the span a municipal formation's word alone, its name quoted after it ("МО | «Город
    Ревда»", data/municipal_words.txt)?"""
    doc, last = s.c.doc, s.raw_last
    return municipality_end(doc, s.raw_first, last) == last and last < len(doc.toks) and \
        is_opening(doc, last)


_ADJECTIVES = frozenset({"ADJF", "ADJS"})


def _adjective_word(t: Tok) -> bool:
    """Does the word read as an adjective: by the tagger's reading, or by an adjective reading
    where that reading is a guess of a noun with the adjective's lemma ("Кызылординские": a
    surname declined as the adjective) or is in another case than the tagger's ("в
    Каратальском": an adjective in the locative, not the instrumental of a town "Каратальск")?"""
    p = t.parse
    if p is None or p.pos in _ADJECTIVES:
        return p is not None
    adjectives = [q for q in t.parses if q.pos in _ADJECTIVES and
                  q.normal.endswith(_place_adjective_endings())]
    return not p.known and any(q.normal == p.normal for q in adjectives) or \
        t.case is not None and t.case not in p.grams and any(t.case in q.grams for q in adjectives)


@cache
def _place_adjective_endings() -> tuple[str, ...]:
    """The endings of an adjective made from a place's name (data/place_adjective_endings.txt:
    "ский")."""
    return lines("place_adjective_endings.txt")


_ELIDED_KINDS = frozenset({"district", "region"})
_ELIDED_WINDOW = 40  # tokens back to the place word a left-out one repeats, at most


def _elided_head(s: _Span) -> list[_Found]:
    """"в Ескельдинском районе и … в Каратальском": a capitalized adjective alone, no noun after
    it, whose sentence named a district or a region earlier by an adjective and a place word
    of its gender, number and case: the place word is left out, and the name is the adjective
    with it ("Каратальский район")."""
    doc, toks = s.c.doc, s.c.doc.toks
    t, nxt = toks[s.first], toks[s.last] if s.last < len(toks) else None
    if s.type_ != "LOC" or s.last - s.first != 1 or not _adjective_word(t) or \
            nxt is not None and nxt.is_word() and nxt.pos == "NOUN":
        return []
    floor = max(doc.sents[t.sent].first, 1, s.first - _ELIDED_WINDOW)
    for h in range(s.first - 2, floor - 1, -1):
        word = toks[h]
        kind = s.c.lex.place_words.get(word.lemma.replace("ё", "е"))
        if kind is None or not toks[h - 1].is_title_case() or \
                adjective_in(toks[h - 1], word.case) is None:
            continue
        if kind not in _ELIDED_KINDS or adjective_in(t, word.case) is None:
            return []  # (in the word's case: "по маршруту Чернореченский" names no district)
        name = inflect_word(s.c.morph, word, {"nomn", "sing"}, force=True).lower()
        gender = noun_gender(s.c.morph, name)
        adjective = adjective_nominative(s.c.morph, t, gender) if gender is not None else None
        return [] if adjective is None else \
            _found(s, s.first, s.last, f"{adjective} {name}", kind)
    return []


def _adjectives_before(s: _Span, head: int) -> list[str] | None:
    """The span's words before ``head``, capitalized adjectives each, in the nominative of the
    gender of the head's singular ("Одоевского | шоссе" → "Одоевское"), or None."""
    toks = s.c.doc.toks
    word = inflect_word(s.c.morph, toks[head], {"nomn", "sing"}, force=True).lower()
    gender = noun_gender(s.c.morph, word)
    words = [adjective_nominative(s.c.morph, t, gender)
             if gender is not None and t.is_title_case() else None
             for t in toks[s.first:head]]
    return [w for w in words if w is not None] if words and all(words) else None


def _adjective_place_word(s: _Span) -> list[_Found]:
    """"на Одоевском шоссе", "ремонт Одоевского | шоссе", "Улуг-Хемского | кожууна":
    capitalized adjectives and a singular place word in small letters after them, in the span
    or right after it (the NER left it out; or called the span an organization: "Ховдского
    аймака"), no settlement's: the place of the word's kind, its adjectives agreeing with the
    word ("Одоевское шоссе": "шоссе" does not decline). A name the gazetteer knows is its own."""
    toks, lex = s.c.doc.toks, s.c.lex
    head = s.last - 1 if s.last - s.first > 1 else s.last
    t = toks[head] if head < len(toks) else None
    kind = lex.place_words.get(t.lemma.replace("ё", "е")) if t is not None else None
    if t is None or kind is None or kind in _SETTLEMENT_KINDS or \
            s.type_ == "ORG" and (head == s.last or kind == "other") or \
            t.sent != toks[s.first].sent or not t.text.islower() or \
            not any("sing" in p.grams for p in t.parses if p.pos == "NOUN") or \
            _known(s.c.doc, s.first, head + 1, lex) or s.first in s.c.quoted:
        return []  # (a quoted name: "МО «Заречный район»")
    words = _adjectives_before(s, head)
    if words is None:
        return []
    word = inflect_word(s.c.morph, t, {"nomn", "sing"}, force=True).lower()
    return _found(s, s.first, head + 1, f"{' '.join(words)} {word}", kind)


def _adjective_landmark(s: _Span) -> list[_Found]:
    """"в Нижегородском кремле", "Преображенской церкви" (the NER may call it an organization):
    capitalized adjectives before a landmark's word in small letters (data/landmark_words.txt,
    no body's word) name the building, a place of kind other."""
    lex, t = s.c.lex, s.c.doc.toks[s.last - 1]
    lemma = t.lemma.replace("ё", "е")
    if s.last - s.first < 2 or not t.text.islower() or lemma not in lex.landmark_words or \
            lemma in lex.org_words or lemma in lex.thoroughfare_words or \
            _known(s.c.doc, s.first, s.last, lex) or s.first in s.c.quoted:
        return []  # (a known name keeps the gazetteer's kind: "Онежское озеро")
    words = _adjectives_before(s, s.last - 1)
    if words is None:
        return []
    if t.parse is not None and "plur" in t.parse.grams:  # "Соловецких островах"
        return _found(s, s.first, s.last, nominative(s.c.doc, s.first, s.last, s.c.morph),
                      "other")
    word = inflect_word(s.c.morph, t, {"nomn", "sing"}, force=True)
    return _found(s, s.first, s.last, f"{' '.join(words)} {word}", "other")


# One NER span's decision list (see ``_Decisions``).
NER_SPAN: _Decisions[_Span, _Found] = _Decisions.of((
    Veto("claimed", lambda s, f: any(k in s.c.taken for k in range(s.raw_first, s.raw_last))),
    # "France": the gazetteer stage gives the place its Russian name
    Veto("latin_spelling", lambda s, f: _latin(s.c.doc, s.raw_first, s.c.lex) is not None),
    Veto("legal_form", lambda s, f: _after_legal_form(s)),
    # "в селе | Жана Каратон": a settlement's two words, as written (``_settlement_two_words``)
    Veto("two_word_settlement", lambda s, f: s.last - s.first == 2 and
         two_word_place_name(s.c.doc, s.first) and
         _settlement_before(s.c.doc, s.first, s.c.lex) is not None),
    # "от Тагильского одномандатного избирательного округа": a constituency, no place
    Veto("not_place_word", _claiming(lambda s, f: _not_place_word(s.c.doc, s.first, s.last))),
    # "МО | «Город Ревда»": the word of a municipal formation, whose name is quoted after it
    Veto("municipal_word", lambda s, f: _municipal_word(s)),
    Rule("compound_facility", _compound_facility),
    Rule("ner_org_in_gazetteer", _org_in_gazetteer),
    Veto("known_organization", _known_org),
    # "КазНУ", "КарГУ": a body's abbreviation (the organizations take it)
    Veto("body_abbreviation", lambda s, f: body_abbreviation(s.toks[s.head or 0])),
    # "Пермьстат", "Мособлгаз": a body's one-word compound name (data/org_compound_endings.txt)
    Veto("compound_org_word", lambda s, f: len(s.toks) == 1 and
         compound_org_word(s.toks[0], _org_endings()) and
         not _known(s.c.doc, s.first, s.last, s.c.lex)),
    Veto("plain_word", _plain_word),
    Veto("opening_common_noun", _claiming(_opening_common_noun)),
    # "в районном Доме культуры": a kind of building every town has, no name
    Veto("generic_facility", lambda s, f: _generic_facility(s)),
    # "Ледового дворца | «Факел»", "Центрального стадиона | «Динамо»": the words of a venue
    # a quoted name names (``quoted_venue``), no place of their own
    Veto("quoted_venue_word", lambda s, f: s.last < len(s.c.doc.toks) and
         is_opening(s.c.doc, s.last) and venue_before(s.c.doc, s.last)),
    Rule("ner_named_facility", _named_facility),
    Rule("ner_landmark", _adjective_landmark),
    Rule("ner_stay_facility", _stay_facility),
    Rule("ner_thoroughfare", _thoroughfare_span),
    # "Кызылординский городской маслихат" is a body; "Первый Президент" a title
    # (but a street named by a plural: "по улице Энергетиков")
    Veto("body_or_title", lambda s, f: (s.head_lemma in s.c.lex.org_words or
                                        s.head_lemma in s.c.lex.titles) and
         not _after_thoroughfare(s)),
    Rule("elided_head", _elided_head),
    Rule("adjective_place_word", _adjective_place_word),
    # (but a known name the NER reads as a place: "в Рудном", "Мирный", "Каменска-Уральского")
    Veto("adjectives_only", lambda s, f: all(_adjective_word(t) for t in s.toks)
         and not (s.type_ == "LOC" and (_known(s.c.doc, s.first, s.last, s.c.lex) or
                                        _by_parts(s) is not None)) and
         # (nor after a settlement word: "в селе Переметное", "пос. Заречный", or a
         # thoroughfare word: "на улице Ленинградской")
         _settlement_before(s.c.doc, s.first, s.c.lex) is None and
         not _after_settlements(s) and
         _thoroughfare_before(s.c.doc, s.first, s.c.lex) is None),
    # "Родилась …", "Ещё …": a capitalized word the NER misread
    Veto("function_word", lambda s, f: len(s.toks) == 1 and function_word(s.toks[0])),
    Veto("no_place_span", _claiming(
        lambda s, f: _no_place_span(s.c.doc, s.first, s.last, s.head, s.c.lex))),
    # "Аким области": no name in it
    Veto("no_proper_word", lambda s, f: not any(_proper(t, s.c.lex) for t in s.toks) and
         not _after_thoroughfare(s)),
    Rule("facility_named_by_word", _facility_by_word),
    Veto("named_thing", _claiming(
        lambda s, f: _named_by(s.c.doc, s.first, s.last, s.c.lex) == "not")),
    Rule("region_named_by_noun", _region_by_noun),
    Rule("street", _street),
    Veto("known_names_run_together", _run_together),
    Veto("domain", lambda s, f: _domain(s.c.doc, s.first)),
    Rule("ner_abbreviation", _ner_abbreviation),
    # "Кремль", "Белый дом": a government, not a place (data/not_places.txt)
    Veto("not_a_place", _claiming(lambda s, f: " ".join(
        t.lemma.replace("ё", "е") for t in s.toks) in s.c.lex.not_places and
        not building_seat(s.c.doc, s.first, s.last))),
    Rule("ner_place", _ner_place),
))


# ---- stage 3: the gazetteer at each word

@dataclass(frozen=True, slots=True)
class _At:
    """A word where the gazetteer stage looks for a name: ``in_name`` when it stands in a
    quoted or an organization's name (only a place nested in that name counts there), ``free``
    when it is no chrome and no earlier candidate claimed it."""

    c: _Ctx
    k: int
    free: bool
    in_name: bool


def _at(c: _Ctx, k: int) -> _At:
    t = c.doc.toks[k]
    free = not t.chrome and k not in c.taken
    in_name = free and (k in c.quoted or t.ner == "ORG") and t.is_word() and \
        _latin(c.doc, k, c.lex, c.quoted) is None
    return _At(c, k, free, in_name)


def _open(a: _At) -> bool:
    return a.free and not a.in_name


def _inner_place(a: _At) -> list[_Found]:
    """A city, region or country named inside a quoted or organization's name (``_inner``)."""
    inner = _inner(a.c.doc, a.k, a.c.lex, a.c.taken, a.c.quoted) if a.in_name else None
    if inner is None:
        return []
    n, e = inner
    return _at_found(a, n, _name(a.c.doc, a.k, a.k + n, e, a.c.morph), e.kind)


def _at_found(a: _At, n: int, name: str, kind: str | None, surface: str | None = None
              ) -> list[_Found]:
    return [_Found(PlaceCandidate(a.k, a.k + n, name, kind, surface), (a.k, a.k + n))]


def _abbreviation(a: _At) -> list[_Found]:
    """"ЗКО", "РК" (data/place_abbr.txt)."""
    text = a.c.doc.toks[a.k].text
    if not _open(a) or text not in a.c.lex.place_alias:
        return []
    e = a.c.lex.place_alias[text]
    return _at_found(a, 1, e.name, e.kind, text)


def _latin_name(a: _At) -> list[_Found]:
    """"France", "New York" (data/place_latin.txt), the spelling kept as written."""
    latin = _latin(a.c.doc, a.k, a.c.lex, a.c.quoted) if _open(a) else None
    if latin is None:
        return []
    n, e = latin
    return _at_found(a, n, e.name, e.kind, a.c.doc.span_text(a.k, a.k + n))


def _country_as_person(a: _At) -> list[_Found]:
    """A country the NER took for a person (``_country_misread``)."""
    end = a.c.per_ends.get(a.k)
    country = _country_misread(a.c.doc, a.k, end, a.c.lex, a.c.long_name_words) \
        if _open(a) and end is not None else None
    if country is None:
        return []
    n, e = country
    return _at_found(a, n, e.name, e.kind)


def _gazetteer_name(a: _At) -> list[_Found]:
    """The longest gazetteer name at the word, within its sentence, with a capital, no word of
    it claimed or (unless it starts with a place word) in a person's or organization's name."""
    c, k = a.c, a.k
    toks, lex = c.doc.toks, c.lex
    t = toks[k]
    run_in = _town_after_title(c.doc, k, lex)
    if run_in and _open(a):  # the town by its genitive reading ("Аким | Шымкента")
        entry = next((e for p in t.parses if "gent" in p.grams
                      for e in [lex.places.get((p.normal.replace("ё", "е"),))] if e), None)
        if entry is not None:
            return _at_found(a, 1, entry.name, entry.kind)
    if not _open(a) or t.ner in ("PER", "ORG") and t.lemma not in lex.place_words and \
            not run_in or \
            not t.is_word() or t.lemma.replace("ё", "е") not in lex.place_first_lemmas:
        return []  # (no name of the gazetteer starts with the word)
    for n in range(min(lex.place_max, len(toks) - k), 0, -1):
        entry = _entry(lex, toks[k:k + n])
        if entry is not None and all(toks[j].sent == t.sent for j in range(k, k + n)) \
                and any(toks[j].text[:1].isupper() for j in range(k, k + n)) \
                and not any(j in c.taken or (toks[j].ner in ("PER", "ORG") and
                                             t.lemma not in lex.place_words and not run_in)
                            for j in range(k, k + n)):
            return _at_found(a, n, _name(c.doc, k, k + n, entry, c.morph), entry.kind)
    return []


def _town_after_title(doc: Doc, k: int, lex: PlaceLexicon) -> bool:
    """Is the word the second of a person's name the NER made of a title and a town in the
    genitive ("Аким | Павлодара провел встречу": "Аким" is a first name too)?"""
    toks = doc.toks
    return k > 0 and toks[k].ner == "PER" and toks[k - 1].ner == "PER" and \
        toks[k - 1].sent == toks[k].sent and any("gent" in p.grams for p in toks[k].parses) and \
        (k + 1 >= len(toks) or toks[k + 1].ner != "PER") and \
        any(p.normal.replace("ё", "е") in lex.titles for p in toks[k - 1].parses) and \
        (k < 2 or toks[k - 2].ner != "PER")


def _facility_of_genitive(a: _At) -> list[_Found]:
    """"во Дворце Республики", "у Дома Дружбы": a capitalized building's word (data/
    facility_words.txt) and a capitalized common noun in the genitive after it that the NER
    left out name the building, a place of kind other (not a kind of building every town has:
    "Дворец Спорта", data/generic_facilities.txt)."""
    toks, lex, k = a.c.doc.toks, a.c.lex, a.k
    t = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if not _open(a) or nxt is None or t.ner is not None or nxt.ner is not None or \
            not t.is_title_case() or t.lemma.replace("ё", "е") not in lex.facility_words or \
            not nxt.is_title_case() or nxt.sent != t.sent or nxt.case != "gent" or \
            not _common_noun(nxt) or k + 1 in a.c.taken or \
            lemma_key(toks[k:k + 2]) in generic_facilities():
        return []
    return _at_found(a, 2, nominative(a.c.doc, k, k + 2, a.c.morph), "other")


def _sentence_common_noun(doc: Doc, k: int) -> bool:
    """Is the word the first of its sentence, out of the NER's names, and a common noun in
    the plural to the dictionary ("Находки", "Находок")?"""
    t = doc.toks[k]
    return t.ner is None and (k == 0 or doc.toks[k - 1].sent != t.sent) and any(
        p.known and p.pos == "NOUN" and "plur" in p.grams and
        not p.grams & {"Geox", "Name", "Surn"} for p in t.parses)


def _title_word(a: _At, f: _Found) -> bool:
    """"Королева": a one-word name that reads as a title."""
    tok = a.c.doc.toks[a.k]
    return f.place.last_tok - a.k == 1 and any(
        p.normal.replace("ё", "е") in a.c.lex.titles for p in tok.parses
        if p.pos == "NOUN" and "Geox" not in p.grams)


# One word's decision list (see ``_Decisions``).
GAZETTEER: _Decisions[_At, _Found] = _Decisions.of((
    Veto("domain", lambda a, f: _domain(a.c.doc, a.k)),
    # "НАО | «Центр …»": a legal form's abbreviation before a quoted name, no place
    Veto("legal_form", lambda a, f: _legal_form_at(a.c.doc, a.k)),
    # "университет имени Королёва", "колхоз имени Салавата": the person, not the town
    Veto("eponym_name", lambda a, f: eponym_before(a.c.doc, f.place.last_tok - 1) is not None),
    Rule("inner_place", _inner_place),
    Rule("abbreviation", _abbreviation),
    Rule("latin_name", _latin_name),
    Rule("country_read_as_person", _country_as_person),
    Rule("settlement_two_words", _settlement_two_words),
    Rule("settlement_named", _settlement_named),
    Rule("street_named", _street_named),
    # "Ним" at a sentence start is a pronoun, not Nîmes: a one-word name must read as one
    Veto("not_a_proper_name", lambda a, f: f.place.last_tok - a.k == 1 and
         not _could_be_place(a.c.doc.toks[a.k]) and not _origin_of_name(a)),
    Veto("title_word", _title_word),
    # "Находки ботайской культуры показали": a common noun a sentence opens with, the NER
    # left out, is no town of the same name
    Veto("sentence_common_noun", lambda a, f: f.place.last_tok - a.k == 1 and
         _sentence_common_noun(a.c.doc, a.k)),
    Veto("named_thing", lambda a, f: _named_by(a.c.doc, a.k, f.place.last_tok, a.c.lex) == "not"),
    Rule("gazetteer", _gazetteer_name),
    Rule("after_place_word", _after_place_word),
    Rule("facility_of_genitive", _facility_of_genitive),
))


def _named_part(doc: Doc, p: PlaceCandidate, words: AbstractSet[str]) -> PlaceCandidate:
    """A street or a square mentioned by its name alone, without the word that says what it is
    ("на улице [Абая]", "на [Тверской] площади"; data/thoroughfare_words.txt)."""
    if p.kind != "other" or p.last_tok - p.first_tok < 2:
        return p
    first, last = p.first_tok, p.last_tok
    if doc.toks[first].lemma.replace("ё", "е") in words:
        first += 1
    elif doc.toks[last - 1].lemma.replace("ё", "е") in words:
        last -= 1
    return replace(p, first_tok=first, last_tok=last)


def _bare_name(p: PlaceCandidate, lex: PlaceLexicon) -> PlaceCandidate:
    """A named part of a town with the name its word precedes as a name the text gives it too
    ("улица Абая": "Абая"; data/place_words.txt, kind other), unless another surface is kept;
    a microdistrict's is its name, the word with it the surface ("микрорайон Самал": "Самал",
    "жилой массив Шанырак": "Шанырак"; data/bare_named_parts.txt)."""
    if p.kind != "other" or p.surface is not None:
        return p
    words = p.name.split(" ")
    n = next((n for n in (2, 1) if len(words) > n and
              lex.place_words.get(" ".join(words[:n]).lower()) == "other"), 0)
    if n and " ".join(words[:n]).lower() in _bare_named_parts():
        return replace(p, name=" ".join(words[n:]), surface=p.name)
    return replace(p, surface=" ".join(words[n:])) if n else p


@cache
def _quoted_name_venues() -> frozenset[str]:
    """The venue's words a quoted name after them names alone (data/quoted_name_venues.txt)."""
    return frozenset(lines("quoted_name_venues.txt"))


@cache
def _bare_named_parts() -> frozenset[str]:
    """The words of the named parts of a town named without them (data/bare_named_parts.txt)."""
    return frozenset(lines("bare_named_parts.txt"))


def extract_places(doc: Doc, morph: Morphology, lex: PlaceLexicon,
                   quoted: set[int] | None = None,
                   trace: Trace | None = None) -> list[PlaceCandidate]:
    """Place mentions, stage by stage (see the module's docstring), each with the name of its
    rule."""
    pers = [(a, b) for type_, a, b in doc.ner if type_ == "PER"]
    c = _Ctx(doc, morph, lex, quoted or set(), {t.text for t in doc.toks if t.ner == "PER"},
             dict(pers), {t.text for a, b in pers if b - a > 1 for t in doc.toks[a:b]})
    out: list[PlaceCandidate] = []

    def keep(rule: str, f: _Found) -> None:
        out.append(replace(_named_part(doc, _bare_name(f.place, lex), lex.thoroughfare_words),
                           rule=rule))
        if f.nested is not None:
            out.append(replace(f.nested, rule="place_in_facility_name"))
        c.taken.update(range(*f.claim))

    for rule, f in run(RULES, (), c, kind="places", span=_span_of, trace=trace):
        keep(rule, f)
    for type_, first, last in doc.ner:
        if type_ != "PER" and not doc.toks[first].chrome:
            decided = NER_SPAN.decide(_ner_span(c, type_, first, last), _span_of, trace)
            if decided is not None and decided[2]:
                keep(decided[0], decided[1])
    k = 0
    while k < len(doc.toks):
        decided = GAZETTEER.decide(_at(c, k), _span_of, trace)
        if decided is not None and decided[2]:
            keep(decided[0], decided[1])
        k = decided[1].place.last_tok if decided is not None else k + 1
    return out
