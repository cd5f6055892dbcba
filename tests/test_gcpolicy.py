"""The garbage collector while extracting: thresholds raised only inside ``relaxed_gc`` and put
back by the last user to leave (exceptions, nesting, threads, fork); a parsed batch is freed by
reference counting alone."""

from __future__ import annotations

import gc
import os
import threading

import pytest

import civic_extract
from civic_extract.gcpolicy import YOUNG_THRESHOLD, relaxed_gc


@pytest.fixture
def thresholds():
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield (700, 10, 10)
    gc.set_threshold(*saved)


def test_raised_inside_and_restored_after(thresholds):
    with relaxed_gc():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
        assert gc.isenabled()
    assert gc.get_threshold() == thresholds


def test_restored_after_an_exception(thresholds):
    with pytest.raises(KeyError):
        with relaxed_gc():
            raise KeyError("boom")
    assert gc.get_threshold() == thresholds


def test_nested_uses_restore_once_at_the_outermost(thresholds):
    with relaxed_gc():
        with relaxed_gc():
            pass
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
    assert gc.get_threshold() == thresholds


def test_a_caller_threshold_above_ours_or_zero_is_left_alone():
    saved = gc.get_threshold()
    try:
        for mine in ((YOUNG_THRESHOLD * 2, 5, 5), (0, 10, 10)):
            gc.set_threshold(*mine)
            with relaxed_gc():
                assert gc.get_threshold() == mine
            assert gc.get_threshold() == mine
    finally:
        gc.set_threshold(*saved)


def test_threads_overlapping_restore_when_the_last_leaves(thresholds):
    inside, release = threading.Barrier(5), threading.Event()
    seen = []

    def work():
        with relaxed_gc():
            inside.wait(timeout=60)
            release.wait(timeout=60)
            seen.append(gc.get_threshold()[0])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    inside.wait(timeout=60)  # all four inside at once
    assert gc.get_threshold()[0] == YOUNG_THRESHOLD
    release.set()
    for t in threads:
        t.join(timeout=60)
    assert seen == [YOUNG_THRESHOLD] * 4
    assert gc.get_threshold() == thresholds


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_child_forked_inside_starts_with_the_old_thresholds(thresholds):
    with relaxed_gc():
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: report its thresholds
            os.write(w, str(gc.get_threshold()[0]).encode())
            os._exit(0)
        os.close(w)
        got = os.read(r, 100).decode()
        os.close(r)
        os.waitpid(pid, 0)
    assert got == "700"
    assert gc.get_threshold() == thresholds


def test_extraction_restores_the_thresholds_and_leaves_no_cycles(thresholds):
    ex = civic_extract.Extractor(chunk_size=60)
    text = ("Аким области Ермек Сапаров вручил награды.\n\n"
            "Депутат Иван Петров выступил на форуме в Павлодаре.\n\n") * 3
    first = ex.extract(text)  # loads the models (their own cycles)
    gc.collect()
    gc.disable()
    try:
        again = ex.extract(text)  # in pieces: every parse freed by reference counting
        assert again == first
        del again
        # no object of ours waits for the collector (other tests' threads may leave their own)
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        ours = [type(o).__name__ for o in gc.garbage
                if type(o).__module__.startswith("civic_extract")]
        assert ours == []
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert gc.get_threshold() == thresholds
