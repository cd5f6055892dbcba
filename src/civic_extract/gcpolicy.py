"""The cyclic garbage collector while the extractor works: fewer passes over young objects.

An extraction allocates millions of small container objects (tokens, parses, facts), nearly all
freed by reference counting (a parse holds no reference cycle: see ``document._SyntaxJob``).
With Python's default thresholds the collector still walks the youngest generation every 700
allocations and the middle one every 7,000, and finds nothing there: on a long text that is
about a sixth of the CPU time. ``relaxed_gc`` raises the threshold of the youngest generation
while some thread of the process is inside it, and puts the thresholds it found back when the
last one leaves, on an exception too. The collector is never disabled, and the older
generations keep their thresholds.

A counter under a lock makes nested and concurrent uses safe: the first to enter saves and
raises, the last to leave restores. A child made by ``fork`` starts with no use counted and the
thresholds of before.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["relaxed_gc", "YOUNG_THRESHOLD"]

YOUNG_THRESHOLD = 100_000  # allocations between two passes over the youngest generation

_lock = threading.Lock()
_users = 0
_saved: tuple[int, ...] | None = None  # the thresholds found by the first user


@contextmanager
def relaxed_gc() -> Iterator[None]:
    """Run the body with a high threshold for the youngest generation (see the module)."""
    _enter()
    try:
        yield
    finally:
        _leave()


def _enter() -> None:
    global _users, _saved
    with _lock:
        if _users == 0:
            _saved = gc.get_threshold()
            if 0 < _saved[0] < YOUNG_THRESHOLD:  # 0: the caller turned collection off
                gc.set_threshold(YOUNG_THRESHOLD, *_saved[1:])
        _users += 1


def _leave() -> None:
    global _users, _saved
    with _lock:
        if _users == 0:  # entered before a fork, left in the child: already restored
            return
        _users -= 1
        if _users == 0 and _saved is not None:
            gc.set_threshold(*_saved)
            _saved = None


def _after_fork_in_child() -> None:
    global _lock, _users, _saved
    _lock = threading.Lock()  # another thread may have held it at the fork
    if _users and _saved is not None:
        gc.set_threshold(*_saved)
    _users, _saved = 0, None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
