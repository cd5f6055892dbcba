"""Sentences and tokens (razdel), one line at a time so headlines and chrome stay apart."""

from __future__ import annotations

from collections.abc import Iterator

from razdel import sentenize, tokenize

__all__ = ["segment"]


def segment(norm: str) -> Iterator[tuple[int, int, list[tuple[int, int, str]]]]:
    """Yield ``(start, stop, tokens)`` per sentence; tokens are ``(start, stop, text)``.

    Offsets are positions in ``norm``. Lines (split on "\\n") never share a sentence: news pages
    put headlines, captions and menu items on lines of their own without final punctuation.
    """
    pos = 0
    for line in norm.split("\n"):
        if line.strip():
            for sent in sentenize(line):
                base = pos + sent.start
                tokens = [(base + t.start, base + t.stop, t.text) for t in tokenize(sent.text)]
                if tokens:
                    yield base, base + len(sent.text), tokens
        pos += len(line) + 1
