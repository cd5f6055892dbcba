"""Reading a number: its value in digits or words, its multiplier, fraction and qualifier;
the statistic candidate and what the rules see (``_Ctx``, ``_Number``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...data import lines
from ...document import Doc, Sent, Tok
from ...lexicon import StatLexicon
from ...text.morph import Morphology

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)?$")
_GROUP = re.compile(r"^\d{3}$")
_COMPOUND = re.compile(r"^(\d+(?:[.,]\d+)?)-([^\W\d_]+)$")  # "4-х", "70-процентное"
_DECADE = re.compile(r"^\d*0-х$")  # "90-х", "1990-х"
_SCORE = re.compile(r"^\d+,?$")  # a side of a score ("7:5, 6:7": the tokenizer keeps "5,")
_ONE_DIGIT = re.compile(r"^\d,?$")  # the right side of a score with no cue ("0:1")
_YEAR_LEMMAS = {"год", "г", "гг"}
_MAX_QUOTED_NAME = 25  # a longer quotation is speech: the numbers in it count
# a predicate in quotes makes them speech, whose numbers count: "Здесь возможны три варианта"
_PREDICATES = frozenset({"VERB", "PRTS", "INFN", "ADJS"})
_MAX_ELLIPSIS_GAP = 12  # tokens between a number without a noun and the one it borrows from


@dataclass(frozen=True, slots=True)
class StatCandidate:
    first_tok: int
    last_tok: int
    value: int | float
    unit: str
    head: str
    qualifier: str | None
    rule: str = ""
    kind: str = "count"  # by the unit's head (data/stat_kinds.txt)


# ---------------------------------------------------------------- reading a number

def as_number(x: float) -> int | float:
    """A value as a JSON number: twelve significant digits, so that the error of binary
    fractions does not show ("8,13 млрд" is 8130000000, not 8130000000.000001), an integer
    when it is one."""
    total = float(f"{x:.12g}")
    return int(total) if total.is_integer() else total


def _number(doc: Doc, k: int, limit: int, lex: StatLexicon) -> tuple[float, int, bool] | None:
    """A number starting at token k: (value, next token, written in digits)."""
    toks = doc.toks
    t = toks[k]
    if _DIGITS.match(t.text):
        text = t.text
        j = k + 1
        # "1 250 000": groups of three digits separated by single spaces
        if re.fullmatch(r"\d{1,3}", text):
            while j < limit and _GROUP.match(toks[j].text) and \
                    doc.norm[toks[j - 1].stop:toks[j].start] == " ":
                text += toks[j].text
                j += 1
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            return None
        half = _and_a_half(doc, j, limit)
        return value + half, j + (2 if half else 0), True
    glued = _compound(t, lex)
    if glued is not None:
        return glued[0], k + 1, True
    value = 0.0
    j = k
    while j < limit:
        w = toks[j]
        v = lex.numbers.get(w.lemma) if w.parse is not None and w.parse.pos in (
            "NUMR", "NOUN", "ADJF") else None
        if v is None:
            v = lex.numbers.get(w.low)
        if v is None or j == k and _vague_collective(w, lex):
            break
        if lex.number_roles.get(w.lemma) == "collective" and value:
            value *= v
        else:
            value += v
        j += 1
    if j == k:
        return _fraction(doc, k, limit, lex) or _bare_multiplier(doc, k, lex)
    half = _and_a_half(doc, j, limit)
    return value + half, j + (2 if half else 0), False


def _and_a_half(doc: Doc, j: int, limit: int) -> float:
    """ "два с половиной года", "3 с половиной тысячи": 0.5 when "с половиной" follows."""
    toks = doc.toks
    return 0.5 if j + 1 < limit and toks[j].low == "с" and \
        toks[j + 1].low in ("половиной", "половиною") else 0.0


def _vague_collective(t: Tok, lex: StatLexicon) -> bool:
    """ "сотни человек", "десятков писем", "несколько сот": a count word in the plural with no
    number before it states no number (data/number_roles.txt, collective)."""
    p = t.parse
    return p is not None and lex.number_roles.get(p.normal) == "collective" and "plur" in p.grams


def _compound(t: Tok, lex: StatLexicon) -> tuple[float, tuple[str, str] | None] | None:
    """Digits glued to a case ending ("4-х", "260-ти": data/cardinal_endings.txt) or to the
    adjective of a unit ("70-процентное", "630-местном": data/adjective_units.txt): (value,
    the unit of the adjective or None)."""
    m = _COMPOUND.match(t.text)
    if m is None:
        return None
    value = float(m.group(1).replace(",", "."))
    if m.group(2).lower() in lex.cardinal_endings:
        return value, None
    prefix = m.group(1) + "-"
    for p in t.parses:
        adj = p.normal[len(prefix):] if p.normal.startswith(prefix) else ""
        if adj in lex.adjective_units:
            return value, lex.adjective_units[adj]
    return None


def _adjective_unit(n: _Number) -> list[_Unit]:
    """ "70-процентное увеличение", "с 54 процентным преимуществом": the unit an adjective is
    made of (data/adjective_units.txt); not one that names a unit with the noun after it ("2
    процентных пункта")."""
    toks, lex = n.c.doc.toks, n.c.lex
    glued = _compound(toks[n.start], lex) if n.digits else None
    if glued is not None and glued[1] is not None:
        return [(glued[1][0], glued[1][1], n.j, None)]
    after = toks[n.j] if n.j < n.s.last and n.j == n.stop else None
    if after is None or after.pos != "ADJF" or after.lemma not in lex.adjective_units_alone:
        return []
    noun = toks[n.j + 1] if n.j + 1 < n.s.last else None
    if noun is not None and noun.pos == "NOUN" and \
            f"{after.lemma} {noun.lemma}" in lex.unit_names:
        return []  # "2 процентных пункта": a unit of its own (data/units.txt: процентный пункт)
    unit, head = lex.adjective_units[after.lemma]
    return [(unit, head, n.j + 1, None)]


def _fraction(doc: Doc, k: int, limit: int, lex: StatLexicon) -> tuple[float, int, bool] | None:
    """ "половина миллиарда", "четверть миллиона": a fraction of the multiplier after it
    (data/fractions.txt)."""
    t = doc.toks[k]
    if t.lemma not in lex.fractions or k + 1 >= limit or \
            _bare_multiplier(doc, k + 1, lex) is None:
        return None
    return lex.fractions[t.lemma], k + 1, False


def _bare_multiplier(doc: Doc, k: int, lex: StatLexicon) -> tuple[float, int, bool] | None:
    """A multiplier word standing for its number, in the singular only ("тысяча гостей",
    "около миллиона человек"); "тысячи человек", "миллионов солдат" are vague, but a qualifier
    that takes the genitive makes "тысячи" one thousand ("не менее тысячи координаторов",
    "более тысячи волонтеров")."""
    t = doc.toks[k]
    if t.lemma not in lex.multipliers or not t.is_word():
        return None
    readings = [p for p in t.parses if p.normal in lex.multipliers]
    if not readings:
        return None
    genitive = k > 0 and doc.toks[k - 1].low in _genitive_qualifiers() and \
        any({"gent", "sing"} <= p.grams for p in readings)
    if not genitive and any("sing" not in p.grams for p in readings):
        return None
    return 1.0, k, False  # the multiplier itself is read by the caller


@cache
def _genitive_qualifiers() -> frozenset[str]:
    """data/genitive_qualifiers.txt: after them "тысячи" is a singular."""
    return frozenset(lines("genitive_qualifiers.txt"))


def _multiplier(doc: Doc, j: int, limit: int, lex: StatLexicon) -> tuple[float, int]:
    """The multiplier after a number ("2,5 млрд", "12 тыс."): (factor, next token)."""
    toks = doc.toks
    if not (j < limit and (toks[j].low in lex.multipliers or toks[j].lemma in lex.multipliers)):
        return 1.0, j
    mult = lex.multipliers.get(toks[j].low) or lex.multipliers[toks[j].lemma]
    j += 1
    if j < limit and toks[j].text == ".":
        j += 1
    return mult, j


def _smaller_parts(doc: Doc, j: int, limit: int, lex: StatLexicon, value: float, mult: float,
                   digits: bool) -> tuple[float, int]:
    """A sum of magnitudes, each smaller than the one before, written like the first: "1 млрд
    86 млн тенге", "3 млн 450 тыс. рублей", "1 млн 250 тыс. 500 тенге", "три миллиона двести
    тысяч", "тысяча двести" (value, in units of the first multiplier, and the next token); not
    into an ordinal ("две тысячи двадцать первого года")."""
    last = mult
    while mult > 1 and j < limit and (not digits or _DIGITS.match(doc.toks[j].text)):
        part = _number(doc, j, limit, lex)
        if part is None or part[2] != digits or part[1] == j or not digits and \
                part[1] < limit and _ordinal_word(doc.toks[part[1]]):
            break
        m, after = _multiplier(doc, part[1], limit, lex)
        if not m < last or m == 1 and (last != 1000 or part[0] >= 1000):
            break  # units only after thousands: "5 млн 2021 году" is two numbers
        value += part[0] * m / mult
        last, j = m, after
        if m == 1:  # "… 250 тыс. 500 тенге": the units end it
            break
    return value, j


def _qualifier(doc: Doc, k: int, first: int, lex: StatLexicon) -> tuple[str | None, int]:
    toks = doc.toks
    j = k
    if j - 1 >= first and toks[j - 1].low == "в":  # "больше чем в два раза"
        j -= 1
    for n in (2, 1):
        if j - n >= first:
            phrase = " ".join(t.low for t in toks[j - n:j])
            if phrase in lex.qualifiers:
                return lex.qualifiers[phrase], j - n
    return None, k


@dataclass(frozen=True, slots=True)
class _Ctx:
    doc: Doc
    morph: Morphology
    lex: StatLexicon
    names: frozenset[int]  # the quoted tokens that belong to quoted names


_Unit = tuple[str, str, int, Tok | None]  # (unit in the nominative, head lemma, end, head)


@dataclass(frozen=True, slots=True)
class _Number:
    """A number at token k of a sentence and what surrounds it, read once; ``UNITS`` find
    what it counts, the vetoes whether it counts."""

    c: _Ctx
    s: Sent
    k: int  # the first token: a currency sign before the digits, else the number's
    start: int  # the number's first token
    stop: int  # the token after the number
    j: int  # the token after the number and its multiplier
    value: float
    digits: bool  # written in digits
    mult: float
    prefix: tuple[str, str] | None  # the unit of a currency sign before it ("$", "£")
    implied: tuple[str, str, bool] | None  # a number word's own unit ("трижды", "пятеро")
    quoted: bool  # in a quoted name
    qual: str | None = None
    qstart: int = -1  # the first token with the qualifier
    rule: str = ""  # the UNITS rule that found the unit
    unit: _Unit | None = None

    @property
    def number(self) -> int | float:
        return as_number(self.value * self.mult)


def _ordinal_word(t: Tok) -> bool:
    """ "первом", "третьего": an ordinal adjective."""
    p = t.parse
    return p is not None and p.pos == "ADJF" and "Anum" in p.grams
