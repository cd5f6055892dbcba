"""Confidence scores: how sure the extractor is of an entity, in [0, 1].

An entity's score starts from the measured precision of the rule that found it
(data/rule_scores.txt, fitted by benchmarks/scores.py on the development sets) — the best rule
among its mentions; for a statistic, lowered by the measured precision of its kind where that
is weak (a duration is counted as a number less often than a sum of money) — and grows with
every further mention of it (up to four: a name the text repeats is less likely a misreading)
and with each other fact that speaks for it: a person named with first name and surname, a
person with a title, a person whose name a mention gives exactly (not rebuilt from oblique
cases), a title that names its organization or place, the title of such a person, a statistic
whose number is written in digits (number words misread more often: "один" as a determiner,
"сотни" as a vague amount).
Scores are rounded to three decimals, so the same input gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..lexicon import RuleScores

__all__ = ["Marks"]

_EVIDENCE_FACTOR = 0.7  # the doubt left after each further mention or piece of evidence
_MAX_MENTIONS = 4


class Marks:
    """What the linker marks on each record: its confidence score, and (with a trace) the
    rule that found it."""

    __slots__ = ("rules", "trace")

    def __init__(self, rules: RuleScores, trace: bool = False) -> None:
        self.rules = rules
        self.trace = trace

    def rule(self, rule: str) -> str | None:
        return (rule or None) if self.trace else None

    def score(self, kind: str, rules: Iterable[str], mentions: int = 1, evidence: int = 0,
              sub: str | None = None) -> float:
        """The score of an entity of ``kind`` found by ``rules`` (the best counts), mentioned
        ``mentions`` times, with ``evidence`` more facts that speak for it (a person's full
        name and title, a title naming its organization or place, a statistic in digits);
        ``sub``: its sub-kind, when the fitted table has one (a statistic's kind)."""
        prior = max((self.rules.prior(kind, r, sub) for r in rules), default=0.5)
        more = min(max(mentions, 1), _MAX_MENTIONS) - 1 + evidence
        return round(1.0 - (1.0 - prior) * _EVIDENCE_FACTOR ** more, 3)
