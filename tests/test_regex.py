"""No regular expression of the package backtracks catastrophically.

Each pattern meets long runs of letters, digits, spaces, quotes and rule openers with a failing
character at the end (``regex_cases.worst_inputs``); the test only makes sure every call
finishes. The time budget is asserted by ``benchmarks/regex_worst.py`` on longer inputs.
"""

from __future__ import annotations

import pytest
from regex_cases import package_patterns, worst_inputs

PATTERNS = package_patterns()
INPUTS = worst_inputs(2000)


def test_the_patterns_are_found():
    names = " ".join(PATTERNS)
    for where in ("prepare", "statistics", "people", "awards", "html", "chrome.txt"):
        assert where in names
    assert len(PATTERNS) > 40


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_finishes_on_worst_inputs(name):
    pattern = PATTERNS[name]
    for text in INPUTS:
        pattern.search(text)
        pattern.fullmatch(text)
        pattern.fullmatch(text[:200])  # chrome lines are matched up to 200 characters
