"""The statistics' lexicon: number words, multipliers, qualifiers, units and their contexts."""

from __future__ import annotations

from dataclasses import dataclass

from .tables import Tables

__all__ = ["StatLexicon", "TABLES"]

TABLES = ("numbers.txt", "multipliers.txt", "qualifiers.txt", "units.txt", "not_units.txt",
          "implied_units.txt", "number_labels.txt", "number_contexts.txt")


@dataclass(frozen=True, slots=True, eq=False)
class StatLexicon:
    numbers: dict[str, float]
    multipliers: dict[str, float]
    qualifiers: dict[str, str]
    units: dict[str, tuple[str, str]]
    not_units: frozenset[str]
    implied_units: dict[str, tuple[str, str, bool]]
    number_labels: frozenset[str]
    number_contexts: frozenset[tuple[str, str]]

    @classmethod
    def load(cls, t: Tables) -> StatLexicon:
        implied: dict[str, tuple[str, str, bool]] = {}
        for word, unit, head, when in t.table("implied_units.txt", 4):
            t.choice("implied_units.txt", when, ("always", "alone"), word)
            implied[word] = (unit, head, when == "always")
        return cls(
            numbers={w: float(v) for w, v in t.table("numbers.txt", 2)},
            multipliers={w: float(v) for w, v in t.table("multipliers.txt", 2)},
            qualifiers=dict(t.table("qualifiers.txt", 2)),
            units={s: (u, h) for s, u, h in t.table("units.txt", 3)},
            not_units=frozenset(t.lines("not_units.txt")),
            implied_units=implied,
            number_labels=frozenset(t.lines("number_labels.txt")),
            number_contexts=frozenset((b, h) for b, h in t.table("number_contexts.txt", 2)),
        )
