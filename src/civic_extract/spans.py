"""Which spans a set of spans covers, asked in logarithmic time (linear cost on long texts)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

__all__ = ["Cover", "Inside", "Hull"]

V = TypeVar("V")


class Cover:
    """The union of some ``[start, stop)`` spans; ``overlaps(span)`` says whether a span shares
    a character with any of them."""

    __slots__ = ("_starts", "_stops")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        starts: list[int] = []
        stops: list[int] = []
        for a, b in sorted(s for s in spans if s[0] < s[1]):
            if starts and a < stops[-1]:  # overlaps the last interval: extend it
                stops[-1] = max(stops[-1], b)
            else:
                starts.append(a)
                stops.append(b)
        self._starts, self._stops = starts, stops

    def overlaps(self, span: tuple[int, int]) -> bool:
        # the last interval starting before the span's end is the only one that can reach it:
        # every earlier one ends at or before that one starts
        i = bisect_left(self._starts, span[1]) - 1
        return i >= 0 and self._stops[i] > span[0]


class Hull:
    """Some ``[start, stop)`` spans; ``contains(span)`` says whether one of them holds a span
    whole (starts at or before it, stops at or after it); ``contains_longer(span)``, whether one
    longer than it does."""

    __slots__ = ("_starts", "_reach", "_longest")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._starts: list[int] = []
        self._reach: list[int] = []  # the furthest stop of the spans up to each start
        self._longest: dict[int, int] = {}  # the furthest stop of the spans of each start
        for a, b in sorted(spans):
            self._starts.append(a)
            self._reach.append(max(b, self._reach[-1]) if self._reach else b)
            self._longest[a] = b  # sorted: the last is the furthest

    def contains(self, span: tuple[int, int]) -> bool:
        i = bisect_right(self._starts, span[0])
        return i > 0 and self._reach[i - 1] >= span[1]

    def contains_longer(self, span: tuple[int, int]) -> bool:
        # one that starts before the span and reaches its end, or starts with it and goes on
        i = bisect_left(self._starts, span[0])
        return i > 0 and self._reach[i - 1] >= span[1] or \
            self._longest.get(span[0], span[1]) > span[1]


class Inside(Generic[V]):
    """Spans, each with a value, in a given order; ``first(span)`` is the value of the first of
    them in that order that lies inside ``span`` (None if none does). Only the spans that start
    inside ``span`` are looked at."""

    __slots__ = ("_rows", "_starts", "_values")

    def __init__(self, items: Sequence[tuple[tuple[int, int], V]]) -> None:
        self._rows = sorted((a, b, i) for i, ((a, b), _) in enumerate(items))
        self._starts = [r[0] for r in self._rows]
        self._values = [v for _, v in items]

    def first(self, span: tuple[int, int]) -> V | None:
        a, b = span
        best = -1
        rows = self._rows
        for k in range(bisect_left(self._starts, a), len(rows)):
            x, y, i = rows[k]
            if x > b:
                break
            if y <= b and (best < 0 or i < best):
                best = i
        return self._values[best] if best >= 0 else None
