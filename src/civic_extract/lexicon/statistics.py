"""The statistics' lexicon: number words, multipliers, qualifiers, units and their contexts, what
may follow a number that borrows its neighbour's unit."""

from __future__ import annotations

from dataclasses import dataclass

from .tables import Tables

__all__ = ["StatLexicon", "TABLES", "STAT_KINDS"]

# What a statistic measures; "count" (people, projects, …) unless data/stat_kinds.txt says else.
STAT_KINDS = ("count", "duration", "money", "percent", "measure", "times", "score")

TABLES = ("numbers.txt", "multipliers.txt", "qualifiers.txt", "units.txt", "not_units.txt",
          "implied_units.txt", "number_labels.txt", "number_contexts.txt", "ellipsis_next.txt",
          "age_fillers.txt", "number_roles.txt", "fractions.txt", "score_cues.txt",
          "stat_kinds.txt", "cardinal_endings.txt", "adjective_units.txt", "age_verbs.txt",
          "one_determiners.txt", "unit_prefixes.txt", "subunits.txt", "one_counts.txt",
          "amount_words.txt", "one_focus.txt", "abbreviation_heads.txt", "grade_holders.txt")


@dataclass(frozen=True, slots=True, eq=False)
class StatLexicon:
    numbers: dict[str, float]
    multipliers: dict[str, float]
    qualifiers: dict[str, str]
    units: dict[str, tuple[str, str]]
    unit_names: frozenset[str]  # the units' names ("процентный пункт" of "пп")
    not_units: frozenset[str]
    implied_units: dict[str, tuple[str, str, bool]]
    number_labels: frozenset[str]
    number_contexts: frozenset[tuple[str, str]]
    age_fillers: frozenset[str]  # between an age's holder and the number: "по"
    number_roles: dict[str, str]  # number words that count nothing new: "оба"
    fractions: dict[str, float]  # before a multiplier: "половина миллиарда"
    score_cues: frozenset[str]  # lemmas before a match score: "со счетом 2:1"
    stat_kinds: dict[str, str]  # head lemma -> what the number measures: "год" -> duration
    cardinal_endings: frozenset[str]  # "4-х", "260-ти"
    adjective_units: dict[str, tuple[str, str]]  # "процентный" -> (процент, процент)
    adjective_units_alone: frozenset[str]  # … also as a word after the number
    age_verbs: frozenset[str]  # "исполниться": an age after a dative holder
    one_determiners: frozenset[str]  # "ещё один": a determiner even among counts
    one_counts: frozenset[str]  # "один человек": a count even alone
    one_focus: frozenset[str]  # "только один": a count even alone
    unit_prefixes: dict[str, str]  # "кв" -> "квадратный" ("500 кв. м")
    ellipsis_pos: frozenset[str]  # after a number without its noun: parts of speech
    ellipsis_text: frozenset[str]  # … and tokens as written
    subunits: dict[tuple[str, str], float]  # (unit, subunit) → subunits in one unit
    amount_words: frozenset[str]  # "число", "количество": their genitive is what is counted
    abbreviation_heads: dict[str, str]  # "нко" → "организация": the head of its full form
    grade_holders: frozenset[tuple[str, str]]  # ("студентка", "курс"): "студентка 3 курса"

    @classmethod
    def load(cls, t: Tables) -> StatLexicon:
        implied: dict[str, tuple[str, str, bool]] = {}
        for word, unit, head, when in t.table("implied_units.txt", 4):
            t.choice("implied_units.txt", when, ("always", "alone"), word)
            implied[word] = (unit, head, when == "always")
        ellipsis: dict[str, set[str]] = {"pos": set(), "text": set()}
        for kind, value in t.table("ellipsis_next.txt", 2):
            ellipsis[t.choice("ellipsis_next.txt", kind, ("pos", "text"), value)].add(value)
        return cls(
            numbers={w: float(v) for w, v in t.table("numbers.txt", 2)},
            multipliers={w: float(v) for w, v in t.table("multipliers.txt", 2)},
            qualifiers={w: q for w, q in t.table("qualifiers.txt", 2)},
            units={s: (u, h) for s, u, h in t.table("units.txt", 3)},
            unit_names=frozenset(u for _, u, _ in t.table("units.txt", 3)),
            not_units=frozenset(t.lines("not_units.txt")),
            implied_units=implied,
            number_labels=frozenset(t.lines("number_labels.txt")),
            number_contexts=frozenset((b, h) for b, h in t.table("number_contexts.txt", 2)),
            age_fillers=frozenset(t.lines("age_fillers.txt")),
            number_roles={w: t.choice("number_roles.txt", r, ("anaphoric", "collective"), w)
                          for w, r in t.table("number_roles.txt", 2)},
            fractions={w: float(v) for w, v in t.table("fractions.txt", 2)},
            score_cues=frozenset(t.lines("score_cues.txt")),
            stat_kinds={h: t.choice("stat_kinds.txt", k, STAT_KINDS, h)
                        for h, k in t.table("stat_kinds.txt", 2)},
            cardinal_endings=frozenset(t.lines("cardinal_endings.txt")),
            adjective_units={a: (u, h) for a, u, h, _ in t.table("adjective_units.txt", 4)},
            adjective_units_alone=frozenset(
                a for a, _, _, w in t.table("adjective_units.txt", 4)
                if t.choice("adjective_units.txt", w, ("glued", "any"), a) == "any"),
            age_verbs=frozenset(t.lines("age_verbs.txt")),
            one_determiners=frozenset(t.lines("one_determiners.txt")),
            one_counts=frozenset(t.lines("one_counts.txt")),
            one_focus=frozenset(t.lines("one_focus.txt")),
            unit_prefixes={a: w for a, w in t.table("unit_prefixes.txt", 2)},
            ellipsis_pos=frozenset(ellipsis["pos"]),
            ellipsis_text=frozenset(ellipsis["text"]),
            subunits={(u, v): float(f) for u, v, f in t.table("subunits.txt", 3)},
            amount_words=frozenset(t.lines("amount_words.txt")),
            abbreviation_heads={a: h for a, h in t.table("abbreviation_heads.txt", 2)},
            grade_holders=frozenset((h, g) for h, g in t.table("grade_holders.txt", 2)),
        )
