"""The people's lexicon: words that are never a person's name."""

from __future__ import annotations

from dataclasses import dataclass

from .tables import Tables

__all__ = ["PeopleLexicon", "TABLES"]

TABLES = ("not_people.txt",)


@dataclass(frozen=True, slots=True, eq=False)
class PeopleLexicon:
    not_people: frozenset[str]
    place_words: dict[str, str]  # shared: "области Абай" is a place named after a person

    @classmethod
    def load(cls, t: Tables, place_words: dict[str, str]) -> PeopleLexicon:
        return cls(frozenset(w.lower() for w in t.lines("not_people.txt")), place_words)
