"""The precision of each extraction rule (data/rule_scores.txt, fitted by
benchmarks/scores.py --fit): the prior of an entity's confidence score.

A row whose kind reads ``KIND/FIELD`` gives the precision of the entities of KIND by the value of
their FIELD, over all rules: ``statistics/kind | duration | …`` is how often a statistic that
measures a duration is right, whatever rule found it. Such a row refines the rule's precision
(``prior(kind, rule, sub)``)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .tables import Tables

__all__ = ["RuleScores", "TABLES"]

TABLES = ("rule_scores.txt",)


@dataclass(frozen=True, slots=True, eq=False)
class RuleScores:
    by_rule: dict[tuple[str, str], float]  # (kind, rule) → precision
    by_kind: dict[str, float]  # kind → precision over all its rules (for a rule not fitted)
    by_sub: dict[tuple[str, str], float]  # (kind, value of its sub-kind field) → precision
    sub_mean: dict[str, float]  # kind → precision over all its sub-kinds

    @classmethod
    def load(cls, t: Tables) -> RuleScores:
        rows: dict[bool, dict[tuple[str, str], tuple[float, int]]] = {False: {}, True: {}}
        for kind, rule, precision, n in t.table("rule_scores.txt", 4):
            rows["/" in kind][(kind.split("/")[0], rule)] = (float(precision), int(n))
        return cls({k: p for k, (p, _) in rows[False].items()}, _means(rows[False]),
                   {k: p for k, (p, _) in rows[True].items()}, _means(rows[True]))

    def prior(self, kind: str, rule: str, sub: str | None = None) -> float:
        """The precision of ``rule`` for ``kind``; with ``sub`` (the entity's sub-kind, a
        statistic's "duration"), lowered by that sub-kind's precision when it falls below the
        kind's mean: the log-odds of the sub-kind under the mean are added to the rule's. A
        sub-kind above the mean raises nothing: the sub-kinds are fitted over more sets than
        the rules, whose schemes disagree on the weak sub-kinds (NEREL counts no durations),
        so the mean is pulled down by them and a strong sub-kind would read as surer than any
        set measured it."""
        p = self.by_rule.get((kind, rule), self.by_kind.get(kind, 0.5))
        q = self.by_sub.get((kind, sub)) if sub is not None else None
        if q is None or kind not in self.sub_mean:
            return p
        return _prob(_logit(p) + min(0.0, _logit(q) - _logit(self.sub_mean[kind])))


def _means(rows: dict[tuple[str, str], tuple[float, int]]) -> dict[str, float]:
    weight: dict[str, list[float]] = {}
    for (kind, _), (p, count) in rows.items():
        w = weight.setdefault(kind, [0.0, 0.0])
        w[0] += p * count
        w[1] += count
    return {k: w[0] / w[1] for k, w in weight.items() if w[1]}


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def _prob(x: float) -> float:
    return 1 / (1 + math.exp(-x))
