"""Sentences and tokens (razdel), one line at a time so headlines and chrome stay apart (and a
heading the page glued to the text, ``glue_points``, apart too).

Work stays linear in the length of the text whatever its shape: razdel sees at most
``MAX_PIECE`` characters at a time (a line longer than that is cut at a sentence end or a space
first), and a sentence of more than ``MAX_TOKENS`` tokens is cut into pieces (at a comma or
semicolon when there is one), so the per-sentence models and rules never meet an unbounded
sentence. Real news never reach either limit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from razdel import sentenize, tokenize

from ..data import table
from .cut import soft_cut

__all__ = ["segment", "MAX_PIECE", "MAX_TOKENS", "cut_points"]

MAX_PIECE = 5000  # characters of one line handed to razdel at once
MAX_TOKENS = 200  # tokens of one sentence
_SENTENCE_ENDS = (". ", "! ", "? ", "… ", "; ")
_SOFT_BREAKS = {",", ";", ":", "—", "–", ")"}


def cut_points(line: str, limit: int) -> Iterator[tuple[int, int]]:
    """``[start, stop)`` pieces of ``line``, each at most ``limit`` characters long.

    A piece ends after the last sentence end in its second half, else after the last space
    there, else exactly at ``limit`` (a run without spaces).
    """
    start = 0
    n = len(line)
    while n - start > limit:
        cut = soft_cut(line, start + limit // 2, start + limit, _SENTENCE_ENDS)
        yield start, cut
        start = cut
    yield start, n


# Two words glued where a page lost the break between a heading and the text ("…общественные
# организацииУтвержден состав…", "Мария ВоронинаПредседатель…"): a lowercase word of four
# letters or more, or a capitalized one of seven or more, glued to a capitalized word of three
# or more (seven or more after a capitalized one). Brand names glue shorter parts
# ("ВымпелКом", "СантехМастер", "ГазпромНефть") and stay whole.
_GLUE = re.compile(r"(?:(?<![А-ЯЁа-яё])[а-яё]{4,}|(?<![А-ЯЁа-яё])[А-ЯЁ][а-яё]{6,})"
                   r"(?=[А-ЯЁ][а-яё]{2,})")
_LONG_RIGHT = re.compile(r"[А-ЯЁ][а-яё]{6,}")


def glue_points(line: str) -> list[int]:
    """Where ``line`` holds two words glued together (``_GLUE``): a break goes there."""
    out = []
    for m in _GLUE.finditer(line):
        k = m.end()
        if m.group(0)[:1].isupper() and not _LONG_RIGHT.match(line, k):
            continue
        out.append(k)
    return out


def _pieces(line: str) -> Iterator[tuple[int, int]]:
    """``[start, stop)`` pieces of ``line`` for razdel: split at glued words, each then cut to
    at most ``MAX_PIECE`` characters."""
    start = 0
    for stop in [*glue_points(line), len(line)]:
        for a, b in cut_points(line[start:stop], MAX_PIECE):
            yield start + a, start + b
        start = stop


def _split_tokens(tokens: list[tuple[int, int, str]]) -> Iterator[list[tuple[int, int, str]]]:
    """Cut an overlong token list after a comma-like token in each window's second half."""
    while len(tokens) > MAX_TOKENS:
        cut = MAX_TOKENS
        for k in range(MAX_TOKENS - 1, MAX_TOKENS // 2, -1):
            if tokens[k][2] in _SOFT_BREAKS:
                cut = k + 1
                break
        yield tokens[:cut]
        tokens = tokens[cut:]
    if tokens:
        yield tokens


_RUN = 4  # this many copies of one mark in a row, glued, make one token ("!!!!", "««««")


def _runs_joined(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Glued copies of one punctuation mark as one token once there are ``_RUN`` of them: no
    text nests quotes or brackets that deep, and a page of "««««…" costs then what its words
    cost (the models read tokens, not characters)."""
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(tokens):
        a, b, text = tokens[k]
        j = k + 1
        if len(text) == 1 and not text.isalnum():
            while j < len(tokens) and tokens[j][2] == text and tokens[j][0] == tokens[j - 1][1]:
                j += 1
        if j - k >= _RUN:
            out.append((a, tokens[j - 1][1], text * (j - k)))
        else:
            out.extend(tokens[k:j])
        k = j
    return out


def _commas_split(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """razdel keeps a comma glued to digits when a number follows after the space ("5, 6 и 7",
    "6:4, 3:6"): the digits and the comma as two tokens."""
    out: list[tuple[int, int, str]] = []
    for a, b, text in tokens:
        if len(text) > 1 and text[-1] == "," and text[:-1].isdigit():
            out += [(a, b - 1, text[:-1]), (b - 1, b, ",")]
        else:
            out.append((a, b, text))
    return out


# razdel ends a sentence at a multiplier's dot before a capital ("2,3 тыс. | НКО"): a number
# of thousands or millions of an abbreviation ("тыс. ТОО", "млн. ИП") is one sentence
_MULTIPLIER_END = re.compile(r"\d\s*(?:тыс|млн|млрд|трлн)\.$")
_ABBREVIATION_START = re.compile(r"[А-ЯЁA-Z]{2,}(?![а-яёa-z])")


@cache
def _place_abbreviation_end() -> re.Pattern[str]:
    """A sentence's end at the dot of a place word's abbreviation of three letters or more
    (data/place_words.txt: "мкр.", "наб."), which razdel may take for a full stop ("в мкр. |
    Самал"); a shorter one may end a sentence ("в 2020 г.")."""
    abbreviations = sorted({a.strip().rstrip(".") for _, _, cell in table("place_words.txt", 3)
                            for a in cell.split(",") if len(a.strip().rstrip(".")) >= 3})
    return re.compile(r"(?<![\w.-])(?:" + "|".join(map(re.escape, abbreviations)) + r")\.$")


def _multipliers_joined(piece: str) -> Iterator[tuple[int, int]]:
    """razdel's sentences of ``piece`` as ``[start, stop)``, a sentence ending at a
    multiplier's dot joined to the next when that opens with an abbreviation, and one ending at
    a place word's abbreviation joined to the next ("в мкр. | Самал": the microdistrict)."""
    start = stop = -1
    for sent in sentenize(piece):
        if start >= 0 and (_MULTIPLIER_END.search(piece, start, stop) and
                           _ABBREVIATION_START.match(sent.text) or
                           _place_abbreviation_end().search(piece, start, stop)):
            stop = sent.stop
            continue
        if start >= 0:
            yield start, stop
        start, stop = sent.start, sent.stop
    if start >= 0:
        yield start, stop


def segment(norm: str) -> Iterator[tuple[int, int, list[tuple[int, int, str]]]]:
    """Yield ``(start, stop, tokens)`` per sentence; tokens are ``(start, stop, text)``.

    Offsets are positions in ``norm``. Lines (split on "\\n") never share a sentence: news pages
    put headlines, captions and menu items on lines of their own without final punctuation.
    """
    pos = 0
    for line in norm.split("\n"):
        if line.strip():
            for a, b in _pieces(line):
                piece = line[a:b]
                for start, stop in _multipliers_joined(piece):
                    base = pos + a + start
                    text = piece[start:stop]
                    tokens = _runs_joined(_commas_split([(base + t.start, base + t.stop, t.text)
                                                         for t in tokenize(text)]))
                    if len(tokens) <= MAX_TOKENS:
                        if tokens:
                            yield base, base + len(text), tokens
                        continue
                    for part in _split_tokens(tokens):
                        yield part[0][0], part[-1][1], part
        pos += len(line) + 1
