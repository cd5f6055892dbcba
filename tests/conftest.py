from __future__ import annotations

import os

import pytest
from hypothesis import settings

import civic_extract

# The suite draws the same examples on every run, so a red run is one anybody can repeat;
# HYPOTHESIS_PROFILE=explore draws new ones (as benchmarks/fuzz.py does at scale).
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
EXAMPLE = os.path.join(ROOT, "examples", "article.txt")


@pytest.fixture(scope="session")
def extractor() -> civic_extract.Extractor:
    return civic_extract.Extractor()


@pytest.fixture(scope="session")
def run(extractor):
    """Extract from a short text (cached per text for the session)."""
    cache: dict[str, civic_extract.Article] = {}

    def _run(text: str) -> civic_extract.Article:
        if text not in cache:
            cache[text] = extractor.extract(text)
        return cache[text]

    return _run


def check_offsets(article: civic_extract.Article) -> None:
    for kind, m in article.mentions():
        assert article.text[m.start:m.stop] == m.text, (kind, m)
    for s in article.sentences:
        assert article.text[s.start:s.stop] == s.text
        for t in s.tokens:
            assert article.text[t.start:t.stop] == t.text


@pytest.fixture(scope="session")
def shared_dir() -> str:
    if not os.path.isdir(os.path.join(SHARED, "corpus")):
        pytest.skip("../shared/corpus is not beside this checkout")
    return SHARED
