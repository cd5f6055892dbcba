"""What an interrupted run left in its output, so that ``--resume`` goes on from there."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

__all__ = ["ResumeState"]


@dataclass
class ResumeState:
    """What an earlier run left in an output (JSON Lines or the corpus database): how often each
    id is there, how many records, how many of them errors."""

    done: Counter[str | None] = field(default_factory=Counter)
    records: int = 0
    errors: int = 0
