"""Normalization for matching, with a map back to the original offsets; page-chrome lines.

``prepare(text)`` returns a ``Prepared`` whose ``norm`` string is what the later stages read:
unusual spaces become a plain space, soft hyphens, zero-width characters and combining accents are
dropped, hyphen-like dashes become "-", Latin look-alike letters inside Cyrillic words become
Cyrillic. ``orig(i)`` maps a position of ``norm`` to the position in the original text, so every
offset reported to the user points into what the user passed in.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..data import lines

__all__ = ["Prepared", "prepare"]

_SPACES = dict.fromkeys(
    ["\u00a0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006",
     "\u2007", "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000", "\t", "\x0b", "\x0c"],
    " ")
_HYPHENS = dict.fromkeys(["\u2010", "\u2011", "\u2012", "\u2212", "\ufe63", "\uff0d"], "-")
_DROP = frozenset(["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u034f"])
_REPLACE = {**_SPACES, **_HYPHENS, "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"}
# Latin letters that look like Cyrillic ones.
_LOOKALIKE = str.maketrans("AaBCcEeHKMOoPpTXxyi", "АаВСсЕеНКМОоРрТХхуі")
_LATIN = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LOOKALIKE_SET = frozenset("AaBCcEeHKMOoPpTXxyi")


@dataclass(frozen=True, slots=True)
class Prepared:
    """The original text, its normalized form and the offset map between them."""

    text: str
    norm: str
    index: tuple[int, ...]  # index[i] = original position of norm[i]; index[len(norm)] = len(text)
    chrome: tuple[tuple[int, int], ...]  # [start, stop) of chrome lines, in norm positions

    def orig(self, i: int) -> int:
        return self.index[i]

    def span(self, start: int, stop: int) -> tuple[int, int]:
        """Map a [start, stop) span of ``norm`` to the original text (trailing drops excluded)."""
        if stop <= start:
            a = self.index[start]
            return a, a
        return self.index[start], self.index[stop - 1] + 1

    def is_chrome(self, start: int, stop: int) -> bool:
        """True when the norm span [start, stop) lies inside a page-chrome line."""
        for a, b in self.chrome:
            if a <= start and stop <= b:
                return True
            if a > start:
                break
        return False


def _fix_lookalikes(norm: str) -> str:
    def repl(m: re.Match[str]) -> str:
        w = m.group(0)
        if _CYRILLIC.search(w) and _LATIN.search(w):
            if all((not _LATIN.match(c)) or c in _LOOKALIKE_SET for c in w):
                return w.translate(_LOOKALIKE)
        return w

    return _WORD.sub(repl, norm)


@lru_cache(maxsize=1)
def _chrome_patterns() -> re.Pattern[str]:
    parts = []
    for i, rx in enumerate(lines("chrome.txt")):
        try:
            re.compile(rx)
        except re.error as ex:  # checked when first used, not silently at match time
            from ..errors import DataError

            raise DataError(f"data/chrome.txt line {i + 1}: bad pattern {rx!r}: {ex}") from None
        parts.append(f"(?:{rx})")
    return re.compile("|".join(parts), re.IGNORECASE)


def _chrome_lines(norm: str) -> tuple[tuple[int, int], ...]:
    pattern = _chrome_patterns()
    out = []
    pos = 0
    for line in norm.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) <= 200 and pattern.fullmatch(stripped):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(out)


def prepare(text: str) -> Prepared:
    """Normalize ``text`` for matching; offsets map back through ``Prepared.index``."""
    chars: list[str] = []
    index: list[int] = []
    for i, c in enumerate(text):
        if c in _DROP or (c > "\u02ff" and unicodedata.combining(c)):
            # combining marks (stress accents) and invisible characters vanish from norm,
            # but a combining breve/diaeresis that forms й/ё is recomposed below
            if c in ("\u0306", "\u0308") and chars:
                composed = unicodedata.normalize("NFC", chars[-1] + c)
                if len(composed) == 1:
                    chars[-1] = composed
            continue
        chars.append(_REPLACE.get(c, c))
        index.append(i)
    index.append(len(text))
    norm = _fix_lookalikes("".join(chars))
    return Prepared(text, norm, tuple(index), _chrome_lines(norm))
