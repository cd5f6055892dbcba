"""The places' lexicon: the gazetteer (names, aliases, Latin spellings, abbreviations), place
words and kinds, and the words that make a name something other than a place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..text.morph import Morphology
from .tables import Tables, latin_key, phrase_lemmas, text_lemmas

__all__ = ["GazetteerEntry", "PlaceLexicon", "KINDS", "TABLES"]

KINDS = frozenset({"country", "region", "district", "city", "village", "other", "area"})
TABLES = ("places.txt", "place_abbr.txt", "place_latin.txt", "place_kinds.txt",
          "country_adjectives.txt",
          "place_words.txt", "landmark_words.txt", "place_namers.txt", "facility_namers.txt",
          "facility_words.txt", "not_places.txt", "place_prepositions.txt",
          "thoroughfare_words.txt")


def _noun_readings(morph: Morphology, name: str) -> list[tuple[str, ...]]:
    """The keys of a one-word name by its readings as a noun in the nominative, when its
    likeliest reading is another part of speech ("Конаев": "конаесть" first, "конаев" a
    surname's)."""
    if " " in name:
        return []
    parses = morph.parse(name.lower())
    if not parses or parses[0].pos == "NOUN":
        return []
    return [(p.normal.replace("ё", "е"),) for p in parses
            if p.pos == "NOUN" and "nomn" in p.grams and "sing" in p.grams]


def _adjective_reading(morph: Morphology, name: str) -> tuple[str, ...] | None:
    """The key of a name of an adjective and a noun by the adjective's reading as one, when its
    likeliest reading is another part of speech ("Жетысуская область": "жетысускать" first,
    "жетысуский" the adjective the text's "Жетысуской" reads as)."""
    words = name.lower().split()
    parses = morph.parse(words[0]) if len(words) == 2 else ()
    if not parses or parses[0].pos == "ADJF":
        return None
    adjective = next((p for p in parses if p.pos == "ADJF" and "nomn" in p.grams), None)
    return None if adjective is None else \
        (adjective.normal.replace("ё", "е"), *phrase_lemmas(morph, words[1]))


def _unread_name(morph: Morphology, name: str) -> tuple[str, ...] | None:
    """The key of a one-word name as written, when the dictionary reads it only as another
    word in an oblique case ("Семей": "семья"'s genitive; its "Семее", "Семея" read as the
    name "семей"); None for other names ("Шахты", "Роли": nominatives of common words)."""
    written = (name.lower().replace("ё", "е"),)
    if " " in name or phrase_lemmas(morph, name) == written or \
            any("nomn" in p.grams for p in morph.parse(name.lower())):
        return None
    return written


def head_and_written(morph: Morphology, words: list[str]) -> tuple[str, ...]:
    """A key of the gazetteer: the first word's lemma, the others lowercase as written."""
    return (*phrase_lemmas(morph, words[0]), *(w.lower().replace("ё", "е") for w in words[1:]))


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    name: str
    kind: str
    lemmas: tuple[str, ...]


@dataclass(frozen=True, slots=True, eq=False)
class Gazetteer:
    places: dict[tuple[str, ...], GazetteerEntry]  # lemma keys of names and aliases
    place_alias: dict[str, GazetteerEntry]  # abbreviations: "РК", "ЗКО"
    place_latin: dict[tuple[str, ...], GazetteerEntry]
    place_max: int
    place_latin_max: int
    first_lemmas: frozenset[str]  # the first word of every key of ``places``
    towns: frozenset[str]  # the lemma of every one-word key ("алматы", "тараз")

    @classmethod
    def load(cls, t: Tables, morph: Morphology) -> Gazetteer:
        places: dict[tuple[str, ...], GazetteerEntry] = {}
        for name, kind, aliases in t.table("places.txt", 3):
            entry = GazetteerEntry(name, t.choice("places.txt", kind, KINDS, name),
                                   phrase_lemmas(morph, name))
            variants = [name] + [a.strip() for a in aliases.split(",") if a.strip()]
            # a bracketed alternative, as the text's tokens split it: "Республика Саха ( Якутия )"
            variants += [v.replace("(", " ( ").replace(")", " ) ") for v in variants if "(" in v]
            for variant in variants:
                places.setdefault(phrase_lemmas(morph, variant), entry)
                # a text's participles lemmatize to their verb ("Объединённых" → "объединить")
                places.setdefault(text_lemmas(morph, variant), entry)
                if "-" in variant:  # "Коста Рика", "Эль Сальвадор" written without the hyphen
                    places.setdefault(text_lemmas(morph, variant.replace("-", " ")), entry)
                for noun in _noun_readings(morph, variant):  # "Конаев": not the verb's lemma
                    places.setdefault(noun, entry)
                written = _unread_name(morph, variant)
                if written is not None:
                    places.setdefault(written, entry)
                adjective = _adjective_reading(morph, variant)
                if adjective is not None:
                    places.setdefault(adjective, entry)
                words = variant.split()
                if len(words) > 2 and words[1][:1].isupper():
                    # a person's name after its head, which does not decline ("района Магжана
                    # Жумабаева", "района Шал акына"): the head's lemma, the rest as written
                    places.setdefault(head_and_written(morph, words), entry)
        alias = {abbr: GazetteerEntry(full, t.choice("place_abbr.txt", kind, KINDS, abbr),
                                      phrase_lemmas(morph, full))
                 for abbr, full, kind in t.table("place_abbr.txt", 3)}
        by_name = {e.name: e for e in places.values()}
        latin: dict[tuple[str, ...], GazetteerEntry] = {}
        for spelling, name in t.table("place_latin.txt", 2):
            latin[latin_key(spelling)] = by_name[t.choice("place_latin.txt", name, by_name,
                                                          spelling)]
        return cls(places, alias, latin, max(len(k) for k in places),
                   max(len(k) for k in latin), frozenset(k[0] for k in places if k),
                   frozenset(k[0] for k in places if len(k) == 1))


@dataclass(frozen=True, slots=True, eq=False)
class PlaceLexicon:
    gazetteer: Gazetteer
    place_kinds: dict[tuple[str, ...], str]  # lemmas of a known name's words → kind
    place_words: dict[str, str]  # "область" → region
    landmark_words: frozenset[str]
    place_namers: frozenset[str]
    facility_namers: frozenset[str]
    facility_words: frozenset[str]
    not_places: frozenset[str]
    prepositions: frozenset[str]  # of place: "в Толедо" is the city, not a person's surname
    thoroughfare_words: frozenset[str]  # "на улице | Абая": no part of the street's mention
    settlement_abbr: dict[str, str]  # "с" (written "с.") → "село", "г" → "город"
    country_adjectives: dict[str, str]  # "белорусский" → "Белоруссия"
    street_abbr: dict[str, str]  # "ул" (written "ул.") → "улица", "пр" → "проспект"
    # shared with the other concerns
    known_orgs: dict[tuple[str, ...], tuple[str, str, str, bool]]
    org_words: dict[str, str]
    titles: frozenset[str]

    @classmethod
    def load(cls, t: Tables, gazetteer: Gazetteer, place_words: dict[str, str],
             known_orgs: dict[tuple[str, ...], tuple[str, str, str, bool]],
             org_words: dict[str, str], titles: frozenset[str]) -> PlaceLexicon:
        return cls(gazetteer, place_kinds(t), place_words,
                   frozenset(t.lines("landmark_words.txt")),
                   frozenset(t.lines("place_namers.txt")),
                   frozenset(t.lines("facility_namers.txt")),
                   frozenset(t.lines("facility_words.txt")), t.words("not_places.txt"),
                   frozenset(t.lines("place_prepositions.txt")),
                   t.words("thoroughfare_words.txt"), settlement_abbr(t),
                   {a.replace("ё", "е"): c for a, c in t.table("country_adjectives.txt", 2)},
                   street_abbr(t), known_orgs, org_words, titles)

    @property
    def places(self) -> dict[tuple[str, ...], GazetteerEntry]:
        return self.gazetteer.places

    @property
    def place_alias(self) -> dict[str, GazetteerEntry]:
        return self.gazetteer.place_alias

    @property
    def place_latin(self) -> dict[tuple[str, ...], GazetteerEntry]:
        return self.gazetteer.place_latin

    @property
    def place_max(self) -> int:
        return self.gazetteer.place_max

    @property
    def place_latin_max(self) -> int:
        return self.gazetteer.place_latin_max

    @property
    def place_first_lemmas(self) -> frozenset[str]:
        return self.gazetteer.first_lemmas


def place_words(t: Tables) -> dict[str, str]:
    return {lemma.replace("ё", "е"): t.choice("place_words.txt", kind, KINDS, lemma)
            for lemma, kind, _ in t.table("place_words.txt", 3)}


_SETTLEMENTS = ("village", "city")


def settlement_abbr(t: Tables) -> dict[str, str]:
    """The settlement words by their abbreviations without the dot ("с." → "село")."""
    return _abbreviations(t, lambda lemma, kind: kind in _SETTLEMENTS)


def street_abbr(t: Tables) -> dict[str, str]:
    """The thoroughfare words by their abbreviations without the dot ("ул." → "улица")."""
    streets = t.words("thoroughfare_words.txt")
    return _abbreviations(t, lambda lemma, kind: lemma in streets)


def _abbreviations(t: Tables, keep: Callable[[str, str], bool]) -> dict[str, str]:
    """The place words of data/place_words.txt that ``keep`` (lemma, kind) takes, by their
    abbreviations without the dot."""
    return {abbr.strip().rstrip("."): lemma.replace("ё", "е")
            for lemma, kind, abbrs in t.table("place_words.txt", 3)
            if keep(lemma, kind) for abbr in abbrs.split(",") if abbr.strip()}


def place_kinds(t: Tables) -> dict[tuple[str, ...], str]:
    return {tuple(lemmas.split()): t.choice("place_kinds.txt", kind, KINDS, lemmas)
            for lemmas, kind in t.table("place_kinds.txt", 2)}
