"""The numbers of a sentence, each read once (``_numbers``), and what makes a number no count
at all (``NOT_COUNTS``: quoted names, labels, enumerators, dates, web addresses …)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from ...document import Doc, Sent, Tok
from ...quotes import attributed
from ...rules import first_match
from .numbers import (
    _DECADE,
    _DIGITS,
    _MAX_QUOTED_NAME,
    _PREDICATES,
    _Ctx,
    _multiplier,
    _Number,
    _number,
    _ordinal_word,
    _qualifier,
    _smaller_parts,
)
from .units import UNITS

# ---------------------------------------------------------------- the numbers of a sentence

def _in_quoted_name(doc: Doc, s: Sent, k: int) -> bool:
    """Token k lies between an opening and a closing quote of its sentence, in a name (no verb,
    at most _MAX_QUOTED_NAME tokens): "форум «Общество и государство: 30 лет партнерства»"."""
    toks = doc.toks
    opened = None
    for j in range(s.first, k):
        c = toks[j].text
        if c == "«" or (c in '"“„' and opened is None):
            opened = j
        elif c in "»”" or (c == '"' and opened is not None):
            opened = None
    if opened is None:
        return False
    for j in range(k, s.last):
        if toks[j].text in '»"”':
            inner = toks[opened + 1:j]
            return len(inner) <= _MAX_QUOTED_NAME and not any(
                t.pos in _PREDICATES for t in inner) and not attributed(doc, j + 1, s.last)
    return False


def _read(c: _Ctx, s: Sent, k: int) -> _Number | None:
    """The number at token k (after a currency sign: "$ 27.5 млн"), its unit found by
    ``UNITS``; None when no number starts there."""
    toks, lex = c.doc.toks, c.lex
    t = toks[k]
    prefix = None
    if t.text in lex.units and not t.is_word() and k + 1 < s.last \
            and _DIGITS.match(toks[k + 1].text):
        prefix = lex.units[t.text]
    start = k + 1 if prefix else k
    num = _number(c.doc, start, s.last, lex)
    if num is None:
        return None
    value, stop, digits = num
    mult, j = _multiplier(c.doc, stop, s.last, lex)
    if j == start:  # a bare multiplier that is not followed by anything usable
        return None
    value, j = _smaller_parts(c.doc, j, s.last, lex, value, mult, digits)
    quoted = k in c.names or (t.text[:1].isdigit() and _in_quoted_name(c.doc, s, k))
    implied = lex.implied_units.get(toks[start].low) if not digits and j == start + 1 else None
    qual, qstart = _qualifier(c.doc, k, s.first, lex)
    n = _Number(c, s, k, start, stop, j, value, digits, mult, prefix, implied, quoted, qual,
                qstart)
    found = first_match(UNITS, n)
    return n if found is None else replace(n, rule=found[0], unit=found[1])


def _label_sign(n: _Number) -> bool:
    """ "№ 5", "#3", "x=2"; a sign glued before it: "30-летие", "1/2", "01.02", "15:00"."""
    toks, start = n.c.doc.toks, n.start
    if start <= n.s.first:
        return False
    gap = n.c.doc.norm[toks[start - 1].stop:toks[start].start]
    return toks[start - 1].text in ("№", "#", "=") or (
        toks[start - 1].text in ("-", "–", "/", ".", ":") and gap == "")


def _label_word(n: _Number) -> bool:
    """ "статья 282", "ч. 2", "статьи 205 и 209": a word of data/number_labels.txt before it,
    or before the labels it is listed with."""
    toks, first = n.c.doc.toks, n.s.first
    j = n.start - 1
    while j - 1 > first and toks[j].low in ("и", ",", "или") and _DIGITS.match(toks[j - 1].text):
        j -= 2
    if j >= first and toks[j].text == ".":
        j -= 1
    if j < first:
        return False
    t = toks[j]
    return t.low in n.c.lex.number_labels or t.lemma in n.c.lex.number_labels


def _enumerator(n: _Number) -> bool:
    """ "3. Иванов", "2) проект": a digit that numbers a list item."""
    doc, toks, s, start, j = n.c.doc, n.c.doc.toks, n.s, n.start, n.stop
    if j >= s.last or toks[j].text not in (".", ")") or \
            doc.norm[toks[j - 1].stop:toks[j].start] != "" or not _DIGITS.match(toks[start].text):
        return False
    if start == s.first or toks[start - 1].text in (")", ";"):
        return True
    return "\n" in doc.norm[toks[start - 1].stop:toks[start].start]


def _range_or_date(n: _Number) -> bool:
    """Ranges, times, dates written with separators: "10-15", "15:00", "01.02"."""
    toks, j = n.c.doc.toks, n.stop
    return j < n.s.last and toks[j].text in ("-", "/", ":", ".") and j + 1 < n.s.last \
        and re.match(r"\d", toks[j + 1].text) is not None


def _one_determiner(n: _Number) -> bool:
    """ "один", "одна": a determiner far more often than a count; a count among the counts of
    its sentence ("один человек погиб, 15 ранены", "одну серебряную и три бронзовые"), unless
    a preposition or a word of data/one_determiners.txt comes before it ("ещё один", "один
    из", "в одном"); a tally of data/one_counts.txt counts alone ("погиб один человек"), and
    so does "один" after a particle of data/one_focus.txt ("только один случай")."""
    if n.digits or n.value != 1 or n.mult != 1.0:
        return False
    toks, s = n.c.doc.toks, n.s
    before = toks[n.start - 1] if n.start > s.first else None
    if before is not None and (before.pos == "PREP" or before.low in n.c.lex.one_determiners) \
            or n.j < s.last and toks[n.j].low == "из":
        return True
    if n.j < s.last and toks[n.j].lemma in n.c.lex.one_counts:
        return False  # "погиб один человек" (data/one_counts.txt)
    if before is not None and before.low in n.c.lex.one_focus:
        return False  # "только один случай" (data/one_focus.txt)
    return not any(_other_count(n, t) for t in toks[s.first:s.last] if t.i != n.start)


def _other_count(n: _Number, t: Tok) -> bool:
    """A number other than one in the sentence: digits (not a year) or a number word."""
    if _DIGITS.match(t.text):
        return not (t.text.isdigit() and 1800 <= int(t.text) <= 2100) and t.text not in ("1", "0")
    v = n.c.lex.numbers.get(t.lemma) if t.is_word() else None
    return v is not None and v > 1 and n.c.lex.number_roles.get(t.lemma) != "anaphoric"


def _ordinal_words(n: _Number) -> bool:
    """ "в двадцать первом веке", "сто третьего": number words that end in an ordinal."""
    return not n.digits and n.stop < n.s.last and _ordinal_word(n.c.doc.toks[n.stop])


def _anaphoric(n: _Number) -> bool:
    """ "оба чиновника", "обеим сторонам": things already named, no new count (data/
    number_roles.txt)."""
    t = n.c.doc.toks[n.start]
    return not n.digits and n.c.lex.number_roles.get(t.lemma) == "anaphoric"


_URL = re.compile(r"://|www\.|%[0-9A-Fa-f]{2}")
_SPACE = re.compile(r"\s")
_URL_REACH = 300  # characters either side of a number looked at for a web address


def _in_url(n: _Number) -> bool:
    """ "change.org/p/%D0%BE%D1%82…", "…/577e4ccc…b5": digits inside a web address (the run
    of text without spaces around them, within _URL_REACH characters, looks like one)."""
    if not n.digits:
        return False
    norm, t = n.c.doc.norm, n.c.doc.toks[n.start]
    lo, hi = max(0, t.start - _URL_REACH), min(len(norm), t.stop + _URL_REACH)
    a = max(norm.rfind(c, lo, t.start) for c in " \n\t") + 1
    a = max(a, lo)
    m = _SPACE.search(norm, t.stop, hi)
    return _URL.search(norm, a, m.start() if m else hi) is not None


# What makes a number no count at all, in order.
NOT_COUNTS: tuple[tuple[str, Callable[[_Number], bool]], ...] = (
    ("quoted_name", lambda n: n.quoted),
    ("label_sign", lambda n: n.rule != "score" and _label_sign(n)),
    ("label_word", _label_word),
    ("enumerator", _enumerator),
    ("range_or_date", lambda n: n.rule != "score" and _range_or_date(n)),
    ("one_determiner", _one_determiner),
    ("anaphoric", _anaphoric),
    ("in_url", _in_url),
    # "в 90-х годах", "к середине 2000-х": a decade
    ("decade", lambda n: n.digits and n.mult == 1.0 and
     _DECADE.match(n.c.doc.toks[n.start].text) is not None),
    ("ordinal_words", _ordinal_words),
)


def _next(n: _Number) -> int:
    """Where the walk over the sentence goes on after a number."""
    if n.quoted:
        return n.k + 1
    if n.rule == "score":
        return n.j
    if _label_sign(n) or _label_word(n) or _enumerator(n):
        return max(n.stop, n.k + 1)
    if _range_or_date(n):
        return n.stop + 2
    if _one_determiner(n) or n.unit is None:
        return max(n.j, n.k + 1)
    return n.unit[2]


def _numbers(c: _Ctx, s: Sent) -> Iterator[_Number]:
    """The numbers of a sentence, in text order."""
    k = s.first
    while k < s.last:
        n = _read(c, s, k)
        if n is None:
            k += 1
            continue
        yield n
        k = _next(n)
