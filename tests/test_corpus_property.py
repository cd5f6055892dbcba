"""Property tests on documents assembled from random sentences of the shared corpora.

Documents made of sentences drawn from civic-dev, factRuEval dev and NEREL dev (read from
../shared at run time; the tests skip without it) must extract without an exception; every
title's person must have a mention within the sentences its rule may reach; and a long article
must give the same entities whatever the chunk size.
"""

from __future__ import annotations

import bisect
import glob
import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import civic_extract
from civic_extract.extractors.titles import ROLE_RULES, WINDOWS

from conftest import SHARED, check_offsets

_SETS = ("corpus/civic-dev", "corpus/factru/devset", "corpus/nerel/dev")


def _sentences() -> list[str]:
    from razdel import sentenize

    out = []
    for folder in _SETS:
        for path in sorted(glob.glob(os.path.join(SHARED, folder, "*.txt"))):
            with open(path, encoding="utf-8") as f:
                for line in f.read().split("\n"):
                    out += [s.text for s in sentenize(line) if 20 <= len(s.text) <= 400]
    return out


POOL = _sentences() if os.path.isdir(os.path.join(SHARED, "corpus")) else []
pytestmark = pytest.mark.skipif(not POOL,
                                reason="../shared (the corpora) is not beside the checkout")

SEPARATORS = [" ", " ", "\n", "\n\n"]


@st.composite
def documents(draw: st.DrawFn, max_sentences: int = 12) -> str:
    picks = draw(st.lists(st.integers(0, max(0, len(POOL) - 1)), min_size=1,
                          max_size=max_sentences))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(picks),
                         max_size=len(picks)))
    return "".join(POOL[i] + sep for i, sep in zip(picks, seps))


@pytest.fixture(scope="module")
def tracer() -> civic_extract.Extractor:
    return civic_extract.Extractor(trace=True)


def _sentence_of(article: civic_extract.Article, offset: int) -> int:
    starts = [s.start for s in article.sentences]
    return max(0, bisect.bisect_right(starts, offset) - 1)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(documents())
def test_titles_stay_within_their_rules_window(tracer: civic_extract.Extractor, text: str) -> None:
    article = tracer.extract(text)
    check_offsets(article)
    for person in article.people:
        near = [_sentence_of(article, m.start) for m in person.mentions]
        for t in person.titles:
            assert t.rule, t
            assert t.mention is not None
            assert t.rule in WINDOWS or t.rule in {r.name for r in ROLE_RULES}, t.rule
            reach = WINDOWS.get(t.rule)
            if reach is None:
                continue  # a bare role refers to a person named anywhere before it
            here = _sentence_of(article, t.mention.start)
            low, high = (here, here - reach) if reach < 0 else (here - reach, here)
            assert any(low <= s <= high for s in near), (t, person.mentions)


def test_chunk_size_does_not_change_the_entities() -> None:
    rng = random.Random(13)
    paragraphs = [" ".join(rng.sample(POOL, rng.randint(2, 4))) for _ in range(40)]
    text = "\n\n".join(paragraphs)
    longest = max(len(p) for p in paragraphs)
    results = [civic_extract.Extractor(chunk_size=size).extract(text)
               for size in (longest + 2, 3 * longest, 8 * longest)]
    for a in results[1:]:
        for kind in ("people", "organizations", "places", "awards", "statistics"):
            assert getattr(a, kind) == getattr(results[0], kind), kind
