"""The rule engine: tables run in order, vetoes stop candidates, fallbacks run last."""

from __future__ import annotations

import pytest

from civic_extract.rules import Rule, Trace, Veto, run, run_or_else


def _span(n: int) -> tuple[int, int]:
    return n, n + 1


def _table(*finds: tuple[str, list[int]]) -> list[Rule[None, int]]:
    return [Rule(name, lambda _ctx, found=found: list(found)) for name, found in finds]


ODD = [Veto("odd", lambda _ctx, n: n % 2 == 1)]


def test_run_keeps_what_no_veto_stops_in_table_order():
    rules = _table(("a", [2, 3]), ("b", [4]))
    trace = Trace()
    got = list(run(rules, ODD, None, kind="k", span=_span, trace=trace))
    assert got == [("a", 2), ("b", 4)]
    assert [(e.rule, e.verdict) for e in trace.events] == [("a", "kept"), ("a", "odd"),
                                                             ("b", "kept")]


@pytest.mark.parametrize("main, expected", [
    ([("a", [])], [("c", 6)]),          # nothing proposed: the fallbacks run
    ([("a", [2])], [("a", 2)]),         # a kept candidate: they do not
    ([("a", [3])], []),                 # a vetoed one still counts as proposed
    ([("a", []), ("b", [])], [("c", 6)]),
])
def test_fallbacks_run_only_when_no_rule_proposed(main, expected):
    fallbacks = _table(("c", [6]))
    assert list(run_or_else(_table(*main), fallbacks, ODD, None, kind="k", span=_span)) == \
        expected
