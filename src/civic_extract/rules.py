"""Ordered tables of named rules, run by one small engine that can say why.

An extractor states its constructions as a table of ``Rule``s, tried in order, and the reasons
to drop a candidate as a table of ``Veto``s (razdel's ``sentenize`` habit: small named functions
in a list, the order explicit). ``run`` asks each rule in turn for its candidates; each
candidate meets the vetoes in order, and the first that holds stops it. With a ``Trace`` the
engine records every candidate: the rule that proposed it and the veto that stopped it, or
that it was kept (``Extractor(trace=True)``, the CLI's ``--explain``).

Rules run lazily: a rule's candidates are asked for after the candidates of the rules before
it were taken, so a rule may read what the caller recorded of them (the tokens already claimed
by a title, say).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["Rule", "Veto", "Trace", "Event", "run", "run_or_else", "first_match", "KEPT"]

C = TypeVar("C")  # the context a table runs in (the document, the lexicon, shared state)
P = TypeVar("P")  # a candidate

KEPT = "kept"


@dataclass(frozen=True, slots=True)
class Rule(Generic[C, P]):
    """A construction: ``find(ctx)`` yields its candidates."""

    name: str
    find: Callable[[C], Iterable[P]]


@dataclass(frozen=True, slots=True)
class Veto(Generic[C, P]):
    """A reason to drop a candidate: ``holds(ctx, candidate)``."""

    name: str
    holds: Callable[[C, P], bool]


@dataclass(frozen=True, slots=True)
class Event:
    """One candidate as the engine saw it: what kind, which rule, the verdict (``"kept"`` or
    the veto's name) and the tokens [first, last) it covers."""

    kind: str
    rule: str
    verdict: str
    first: int
    last: int


class Trace:
    """The events of one document, in the order they happened."""

    __slots__ = ("events",)

    def __init__(self) -> None:
        self.events: list[Event] = []

    def add(self, kind: str, rule: str, verdict: str, first: int, last: int) -> None:
        self.events.append(Event(kind, rule, verdict, first, last))


def run(rules: Sequence[Rule[C, P]], vetoes: Sequence[Veto[C, P]], ctx: C, *, kind: str,
        span: Callable[[P], tuple[int, int]], trace: Trace | None = None
        ) -> Iterator[tuple[str, P]]:
    """The candidates of ``rules`` that no veto stops, with the name of the rule that found
    each, in table order."""
    for rule in rules:
        for cand in rule.find(ctx):
            if _judge(rule, cand, vetoes, ctx, kind, span, trace):
                yield rule.name, cand


def run_or_else(rules: Sequence[Rule[C, P]], fallbacks: Sequence[Rule[C, P]],
                vetoes: Sequence[Veto[C, P]], ctx: C, *, kind: str,
                span: Callable[[P], tuple[int, int]], trace: Trace | None = None
                ) -> Iterator[tuple[str, P]]:
    """``run`` over ``rules``, then over ``fallbacks`` only when no rule of ``rules`` proposed a
    candidate, kept or vetoed (a table's last resorts)."""
    proposed = False
    for rule in rules:
        for cand in rule.find(ctx):
            proposed = True
            if _judge(rule, cand, vetoes, ctx, kind, span, trace):
                yield rule.name, cand
    if not proposed:
        yield from run(fallbacks, vetoes, ctx, kind=kind, span=span, trace=trace)


def _judge(rule: Rule[C, P], cand: P, vetoes: Sequence[Veto[C, P]], ctx: C, kind: str,
           span: Callable[[P], tuple[int, int]], trace: Trace | None) -> bool:
    """Does ``cand`` pass the vetoes? (recorded in ``trace``)"""
    verdict = next((v.name for v in vetoes if v.holds(ctx, cand)), KEPT)
    if trace is not None:
        trace.add(kind, rule.name, verdict, *span(cand))
    return verdict == KEPT


def first_match(rules: Sequence[Rule[C, P]], ctx: C) -> tuple[str, P] | None:
    """The first candidate of the first rule that has one (a table where the first rule that
    decides wins)."""
    for rule in rules:
        for cand in rule.find(ctx):
            return rule.name, cand
    return None

