"""Times every regular expression of the package on its worst inputs: linear, or flagged.

    python benchmarks/regex_worst.py              # worst input at 40,000 and 160,000 characters
    python benchmarks/regex_worst.py --n 640000

For each pattern (tests/regex_cases.py finds them: source literals, module patterns,
data/chrome.txt) the worst input is picked among long runs of letters, digits, spaces, quotes and
rule openers with a failing character at the end, probed with ``search`` and ``fullmatch`` at
``--probe`` characters; that input is then timed at a quarter of ``--n`` and at ``--n`` (the best
of three runs each: the machine may be shared). Its growth is divided by that of a plain
one-pass scan of the same strings, so linear patterns show about 1, quadratic ones 4, and
catastrophic ones explode: a pattern above ``--max-growth`` (and slower than 50 ms) is over
budget. The whole-line ``fullmatch`` on 200 characters (how
prepare.py uses the chrome rules) has a budget of its own. Exits 1 when anything is over.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))

from regex_cases import package_patterns, worst_inputs  # noqa: E402

# A pattern that reads every character once: its growth is what "linear" costs on this machine
# (longer strings fall out of the CPU caches, so even a plain scan grows more than 4x).
_REFERENCE = re.compile(r"[\x00\x01]\x00")


def _best_of(call: object, text: str, repeat: int = 3) -> float:
    """The fastest of a few runs: on a shared machine the others measure the neighbours."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        call(text)  # type: ignore[operator]
        best = min(best, time.perf_counter() - t)
    return best


def _slowest(pattern: re.Pattern[str], text: str) -> float:
    return max(_best_of(pattern.search, text), _best_of(pattern.fullmatch, text))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=160_000, help="length of the long worst input")
    ap.add_argument("--probe", type=int, default=5_000,
                    help="length of the inputs tried to find each pattern's worst one")
    ap.add_argument("--max-growth", type=float, default=2.5,
                    help="largest allowed growth from --n/4 to --n, relative to a plain scan's "
                         "(linear: 1, quadratic: 4)")
    ap.add_argument("--line-budget-ms", type=float, default=5.0,
                    help="budget of one whole-line fullmatch on 200 characters")
    args = ap.parse_args(argv)

    patterns = package_patterns()
    probes = worst_inputs(args.probe)
    quarter = {t[:12]: t for t in worst_inputs(args.n // 4)}
    full = {t[:12]: t for t in worst_inputs(args.n)}
    rows = []  # (seconds at n, growth, line ms, name, input)
    t0 = time.perf_counter()
    for name, pattern in sorted(patterns.items()):
        _, text = max((max(_best_of(pattern.search, t, 1), _best_of(pattern.fullmatch, t, 1)),
                       t) for t in probes)
        line = max(_timed_line(pattern, t) for t in probes)
        small, big = _slowest(pattern, quarter[text[:12]]), _slowest(pattern, full[text[:12]])
        ref = _slowest(_REFERENCE, full[text[:12]]) / _slowest(_REFERENCE, quarter[text[:12]])
        growth = big / small / ref if small > 0 else 1.0
        rows.append((big, growth, line * 1e3, name, text[:12]))
    rows.sort(reverse=True)
    print(f"{len(patterns)} patterns, {len(probes)} worst inputs probed at {args.probe:,} "
          f"characters, the worst timed at {args.n // 4:,} and {args.n:,}, in "
          f"{time.perf_counter() - t0:.1f} s")
    print(f"{'s at n':>8} {'growth':>7} {'line ms':>8}  pattern  (worst input)")
    for full, growth, line_ms, name, which in rows[:12]:
        print(f"{full:8.4f} {growth:7.1f} {line_ms:8.3f}  {name}  ({which!r}…)")
    over = [r for r in rows if (r[1] > args.max_growth and r[0] > 0.05)
            or r[2] > args.line_budget_ms]
    for full, growth, line_ms, name, which in over:
        print(f"OVER BUDGET: {name} ({which!r}…): {full:.3f} s, growth {growth:.1f}, "
              f"line {line_ms:.3f} ms")
    print(f"over budget (relative growth > {args.max_growth} above 50 ms, or line > "
          f"{args.line_budget_ms} ms): {len(over)}")
    return 1 if over else 0


def _timed_line(pattern: re.Pattern[str], text: str) -> float:
    return _best_of(pattern.fullmatch, text[:200])


if __name__ == "__main__":
    sys.exit(main())
