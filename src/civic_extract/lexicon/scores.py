"""The precision of each extraction rule (data/rule_scores.txt, fitted by
benchmarks/scores.py --fit): the prior of an entity's confidence score."""

from __future__ import annotations

from dataclasses import dataclass

from .tables import Tables

__all__ = ["RuleScores", "TABLES"]

TABLES = ("rule_scores.txt",)


@dataclass(frozen=True, slots=True, eq=False)
class RuleScores:
    by_rule: dict[tuple[str, str], float]  # (kind, rule) → precision
    by_kind: dict[str, float]  # kind → precision over all its rules (for a rule not fitted)

    @classmethod
    def load(cls, t: Tables) -> RuleScores:
        by_rule: dict[tuple[str, str], float] = {}
        weight: dict[str, list[float]] = {}
        for kind, rule, precision, n in t.table("rule_scores.txt", 4):
            p, count = float(precision), int(n)
            by_rule[(kind, rule)] = p
            w = weight.setdefault(kind, [0.0, 0.0])
            w[0] += p * count
            w[1] += count
        return cls(by_rule, {k: w[0] / w[1] for k, w in weight.items() if w[1]})

    def prior(self, kind: str, rule: str) -> float:
        return self.by_rule.get((kind, rule), self.by_kind.get(kind, 0.5))
