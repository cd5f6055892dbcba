"""Gazetteer lookups: a span's or a word's entry in the gazetteer (by its lemmas, other
readings, Latin spelling), the places nested in a name and the names sharing a place word."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import cache

from ...data import lines
from ...document import Doc, Tok, key
from ...lexicon import GazetteerEntry, PlaceLexicon
from ...text.morph import PERSON_GRAMS, Morphology, WordParse
from ..phrase import distributed, nominative, surname_endings
from ..surroundings import function_word, head_and_written, lemma_key, place_only
from .candidate import PlaceCandidate, _known, _known_kind, _other_keys


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


@cache
def _written_places(lex: PlaceLexicon) -> dict[str, GazetteerEntry]:
    """The gazetteer's one-word names as written ("жанаозен"), whatever their lemmas."""
    return {key(e.name): e for e in lex.places.values() if " " not in e.name}


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


def _entry(lex: PlaceLexicon, toks: Sequence[Tok]) -> GazetteerEntry | None:
    """The gazetteer's entry the words name by their lemmas, or by the first word's lemma and
    the others as written ("района Магжана Жумабаева")."""
    if not toks:
        return None
    key = head_and_written(toks)
    return lex.places.get(lemma_key(toks)) or (lex.places.get(key) if key else None) or \
        _by_other_lemmas(lex, toks)


def _by_other_lemmas(lex: PlaceLexicon, toks: Sequence[Tok]) -> GazetteerEntry | None:
    """The gazetteer's entry of a name of its own lemmas read by its words' other lemmas
    (``_other_keys``)."""
    return next((e for k in _other_keys(toks) if (e := lex.places.get(k)) is not None and
                 e.lemmas == k), None)


@cache
def _place_adjective_endings() -> tuple[str, ...]:
    """The endings of an adjective made from a place's name (data/place_adjective_endings.txt:
    "ский")."""
    return lines("place_adjective_endings.txt")


_ELIDED_KINDS = frozenset({"district", "region"})
