"""A place candidate and its name: the kind a span's words or the gazetteer give it, the
nominative of its words, and the nominatives of a one-word name the dictionary does not
know (data/place_paradigms.txt)."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache

from ...data import lines, table
from ...document import Doc, Tok, key
from ...lexicon import GazetteerEntry, PlaceLexicon
from ...text.morph import Morphology
from ..phrase import adjective_nominative, inflect_word, is_opening, nominative, word_stem
from ..surroundings import lemma_key


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


def _known_kind(doc: Doc, first: int, last: int, lex: PlaceLexicon) -> str | None:
    """The kind the gazetteer or the table of kinds gives the span's name, if it knows it."""
    lemmas = lemma_key(t for t in doc.toks[first:last] if t.is_word())
    entry = lex.places.get(lemmas)
    return entry.kind if entry is not None else lex.place_kinds.get(lemmas)


# the kinds of a place in the genitive after a thoroughfare word that is where the thoroughfare
# is, not whom it is named after ("на улице Киева", "в парке Квинсленда")
_CONTAINERS = frozenset({"city", "country", "region", "district"})


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


_CASE_GRAMS = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


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


_ADJECTIVES = frozenset({"ADJF", "ADJS"})
