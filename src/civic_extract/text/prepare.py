"""Normalization for matching, with a map back to the original offsets; page-chrome lines.

``prepare(text)`` returns a ``Prepared`` whose ``norm`` string is what the later stages read:
unusual spaces become a plain space and control characters a space, soft hyphens, zero-width and
other format characters and combining accents are dropped (a combining breve or diaeresis is
recomposed into й/ё), hyphen-like dashes become "-" and bar-like ones "—", uncommon quote marks
become the ones the extractors know (‹› → «», primes → ", typographic single quotes → ', two
apostrophes around a name → ", not around a spelling after "(англ."), fullwidth ASCII becomes
ASCII, Latin look-alike letters inside Cyrillic words become Cyrillic (and an all-Latin
look-alike legal form before a quote: 'TOO "…"'), and lone surrogates become a space. Every
replacement is one character for one (but the two apostrophes, whose second is dropped);
``orig(i)`` maps a position of ``norm`` to the position in the original text, so every offset
reported to the user points into what the user passed in.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from ..data import lines

__all__ = ["Prepared", "prepare"]

_SPACES = dict.fromkeys(
    ["\u00a0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006",
     "\u2007", "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000", "\t", "\x0b", "\x0c"],
    " ")
_HYPHENS = dict.fromkeys(["\u2010", "\u2011", "\u2012", "\u2212", "\ufe63", "\uff0d", "\u2043",
                          "\u02d7"], "-")
_DASHES = dict.fromkeys(["\u2015", "\u2e3a", "\u2e3b", "\ufe58"], "\u2014")
# Quotes the extractors do not know become ones they do: single guillemets act as «», typographic
# single quotes as the apostrophe, primes and fullwidth marks as the straight double quote.
_QUOTES = {"\u2039": "«", "\u203a": "»", "\u201f": "\u201c", "\u301d": "\u201c",
           "\u301e": "\u201d", "\u301f": "\u201d", "\u2033": '"', "\uff02": '"',
           "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
           "\u02bc": "'"}
_DROP = frozenset(["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u034f",
                   "\u180e"])
_REPLACE = {**_SPACES, **_HYPHENS, **_DASHES, **_QUOTES,
            "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"}
# Latin letters that look like Cyrillic ones (and accented Latin vowels typed for stress marks).
_LOOKALIKE_LATIN = "AaBCcEeHKMOoPpTXxyiIYhëËáéóýÁÉÓÝ"
_LOOKALIKE = str.maketrans(_LOOKALIKE_LATIN, "АаВСсЕеНКМОоРрТХхуіІУһёЁаеоуАЕОУ")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LOOKALIKE_SET = frozenset(_LOOKALIKE_LATIN)
# An all-Latin look-alike word before a quote that spells a legal form: 'TOO "Береке"'.
_LATIN_FORM = re.compile(r"\b([ABCEHKMOPTXY]{2,4})(?= ?[«„\"“])")


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
        """Map a [start, stop) span of ``norm`` to the original text.

        Trailing dropped characters are left out (a soft hyphen or zero-width space after a word),
        except combining marks, which belong to the letter before them.
        """
        if stop <= start:
            a = self.index[start]
            return a, a
        end = self.index[stop - 1] + 1
        limit = self.index[stop]
        while end < limit and unicodedata.category(self.text[end]) in ("Mn", "Me"):
            end += 1  # a stress accent or other combining mark stays with its letter
        return self.index[start], end

    def is_chrome(self, start: int, stop: int) -> bool:
        """True when the norm span [start, stop) lies inside a page-chrome line."""
        k = bisect.bisect_right(self.chrome, (start, len(self.norm) + 1))
        return k > 0 and stop <= self.chrome[k - 1][1]


def _fix_lookalikes(norm: str) -> str:
    def repl(m: re.Match[str]) -> str:
        w = m.group(0)
        if _CYRILLIC.search(w) and _LATIN.search(w):
            if all((not _LATIN.match(c)) or c in _LOOKALIKE_SET for c in w):
                return w.translate(_LOOKALIKE)
        return w

    def form(m: re.Match[str]) -> str:
        w = m.group(1)
        cyr = w.translate(_LOOKALIKE)
        return cyr if cyr in _legal_abbrs() else w

    return _LATIN_FORM.sub(form, _WORD.sub(repl, norm))


@lru_cache(maxsize=1)
def _legal_abbrs() -> frozenset[str]:
    return frozenset(line.split("|", 1)[0].strip()
                     for name in ("legal_forms.txt", "legal_form_aliases.txt")
                     for line in lines(name))


@lru_cache(maxsize=65536)
def _map_char(c: str) -> str:
    """What ``c`` becomes in norm: a replacement, itself, or "" (dropped).

    Lone surrogates (a str decoded with ``surrogateescape``, or built by hand) become a space:
    they are kept in the text, no later stage has to encode them, and they never glue onto a
    word.
    """
    r = _REPLACE.get(c)
    if r is not None:
        return r
    if c in _DROP:
        return ""
    if c < "\x7f":
        return c if c >= " " or c == "\n" else " "
    cat = unicodedata.category(c)
    if cat == "Cs":
        return " "
    if cat == "Cf" or (c > "\u02ff" and (cat in ("Mn", "Me") or unicodedata.combining(c))):
        return ""
    if cat == "Cc":
        return " "
    if "\uff01" <= c <= "\uff5e":  # fullwidth ASCII forms
        return chr(ord(c) - 0xFEE0)
    return c


@lru_cache(maxsize=2)
def _line_patterns(table: str) -> re.Pattern[str]:
    """The patterns of a data table, one a line, as one case-insensitive pattern."""
    parts = []
    for i, rx in enumerate(lines(table)):
        try:
            re.compile(rx)
        except re.error as ex:  # checked when first used, not silently at match time
            from ..errors import DataError

            raise DataError(f"data/{table} line {i + 1}: bad pattern {rx!r}: {ex}") from None
        parts.append(f"(?:{rx})")
    return re.compile("|".join(parts), re.IGNORECASE)


_MAX_CHROME_LINE = 200
_MAX_BLOCK_LINES = 12


def _chrome_lines(norm: str) -> tuple[tuple[int, int], ...]:
    """The spans of the chrome lines: those data/chrome.txt matches, and the headlines of a
    block of links data/chrome_blocks.txt opens ("Читайте также:" and the lines after it that
    read as headlines: no full stop at the end)."""
    pattern, block = _line_patterns("chrome.txt"), _line_patterns("chrome_blocks.txt")
    out = []
    pos = 0
    links = 0  # headlines of a block of links still to take
    for line in norm.split("\n"):
        stripped = line.strip()
        short = len(stripped) <= _MAX_CHROME_LINE
        if stripped and short and block.fullmatch(stripped):
            out.append((pos, pos + len(line)))
            links = _MAX_BLOCK_LINES
        elif stripped and links and short and not stripped.endswith((".", "…")):
            out.append((pos, pos + len(line)))
            links -= 1
        else:
            if stripped:
                links = 0
            if stripped and short and (pattern.fullmatch(stripped) or _menu(stripped)):
                out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(out)


_MENU_WORDS = 6  # a menu in one line has this many words at least …
_MENU_ITEMS = 2  # … and this many of data/menu_words.txt


def _menu(line: str) -> bool:
    """A site menu in one line: words with a capital and nothing else, some of them a menu's
    items ("Главная Город Область Общество Культура Видео Фото"); no sentence or headline is
    one, nor a caption that lists people ("Иван Петров Анна Смирнова Мария Ким")."""
    words = line.split()
    return len(words) >= _MENU_WORDS and all(
        w[:1].isupper() and w.replace("-", "").isalpha() for w in words) and \
        sum(w.lower() in _menu_items() for w in words) >= _MENU_ITEMS


@cache
def _menu_items() -> frozenset[str]:
    return frozenset(lines("menu_words.txt"))


# "(англ. ''Jonathan Ames'')": after a language's label the apostrophes mark a spelling, which
# stays as written (a person's or a place's, not a quoted name)
_LANGUAGE_LABEL = re.compile(r"\(\s*[а-яё]{2,5}\.\s*$")


_APOSTROPHE_QUOTED = re.compile(r"''([^'\n]{1,300}?)''")


def _doubled_apostrophes(text: str) -> frozenset[int]:
    """The positions of the second apostrophe of each pair of two that quote a name
    (''Newsday''), not a spelling after a language's label."""
    out: set[int] = set()
    for m in _APOSTROPHE_QUOTED.finditer(text):
        if not _LANGUAGE_LABEL.search(text, max(0, m.start() - 12), m.start()):
            out.update((m.start() + 1, m.end() - 1))
    return frozenset(out)


def prepare(text: str) -> Prepared:
    """Normalize ``text`` for matching; offsets map back through ``Prepared.index``."""
    chars: list[str] = []
    index: list[int] = []
    doubled = _doubled_apostrophes(text) if "''" in text else frozenset()
    for i, c in enumerate(text):
        m = _map_char(c)
        if not m:
            # combining marks (stress accents) and invisible characters vanish from norm,
            # but a combining breve/diaeresis that forms й/ё is recomposed
            if c in ("\u0306", "\u0308") and chars:
                composed = unicodedata.normalize("NFC", chars[-1] + c)
                if len(composed) == 1:
                    chars[-1] = composed
            continue
        if i in doubled and chars and index[-1] == i - 1:
            chars[-1] = '"'  # two apostrophes written for a double quote: ''Newsday''
            continue
        chars.append(m)
        index.append(i)
    index.append(len(text))
    norm = _fix_lookalikes("".join(chars))
    return Prepared(text, norm, tuple(index), _chrome_lines(norm))
