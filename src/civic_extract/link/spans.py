"""Which spans a set of spans covers, asked in logarithmic time (linear cost on long texts)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

__all__ = ["Cover"]


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
