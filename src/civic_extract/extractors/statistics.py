"""Statistics: a number (digits or words, with a multiplier) and the noun phrase it counts.

"718 неправительственных организаций" → 718, "неправительственная организация"; "более 700 НПО" →
700 with qualifier "более"; "2,5 млрд тенге" → 2500000000 тенге; "15%" → 15 процент. Dates,
years, clock times, ordinals and numbers inside quoted names are not statistics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Doc, Tok
from ..text.morph import Morphology
from .lexicon import Lexicon

__all__ = ["StatCandidate", "extract_statistics"]

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)?$")
_GROUP = re.compile(r"^\d{3}$")
_YEAR_LEMMAS = {"год", "г", "гг"}


@dataclass(frozen=True, slots=True)
class StatCandidate:
    first_tok: int
    last_tok: int
    value: int | float
    unit: str
    head: str
    qualifier: str | None


def _number(doc: Doc, k: int, limit: int, lex: Lexicon) -> tuple[float, int, bool] | None:
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
            return float(text.replace(",", ".")), j, True
        except ValueError:
            return None
    value = 0.0
    j = k
    while j < limit:
        w = toks[j]
        v = lex.numbers.get(w.lemma) if w.parse is not None and w.parse.pos in (
            "NUMR", "NOUN", "ADJF") else None
        if v is None:
            v = lex.numbers.get(w.low)
        if v is None:
            break
        if w.lemma in ("десяток", "дюжина", "сотня") and value:
            value *= v
        else:
            value += v
        j += 1
    if j == k:
        return None
    return value, j, False


def _unit_phrase(doc: Doc, k: int, limit: int, morph: Morphology
                 ) -> tuple[str, str, int] | None:
    """The counted noun phrase at token k: (unit in nominative singular, head lemma, end)."""
    toks = doc.toks
    adjs: list[Tok] = []
    j = k
    while j < limit and toks[j].parse is not None and toks[j].parse.pos in ("ADJF", "PRTF") \
            and toks[j].is_word():
        adjs.append(toks[j])
        j += 1
    if j >= limit:
        return None
    head = toks[j]
    p = head.parse
    if p is None or not head.is_word():
        return None
    if p.pos != "NOUN":
        if head.text.isupper() and len(head.text) >= 2:  # НПО, НКО: abbreviations
            return head.text, head.text.lower(), j + 1
        return None
    lemma = p.normal.replace("ё", "е")
    if head.text.isupper() and len(head.text) >= 2:
        lemma = head.text.lower()
    gender = next((g for g in ("masc", "femn", "neut") if g in p.grams), None)
    if "Pltm" in p.grams:
        gender = None
    words = []
    for a in adjs:
        want = {"nomn", "sing"} | ({gender} if gender else set())
        if "Pltm" in p.grams:
            want = {"nomn", "plur"}
        form = morph.inflect(a.parse, want) if a.parse is not None else None
        words.append(form or a.low)
    head_word = lemma if not head.text.isupper() else head.text
    words.append(head_word)
    return " ".join(words), (lemma if not head.text.isupper() else head.text.lower()), j + 1


def _qualifier(doc: Doc, k: int, first: int, lex: Lexicon) -> tuple[str | None, int]:
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


def extract_statistics(doc: Doc, morph: Morphology, lex: Lexicon,
                       quoted: set[int] | None = None) -> list[StatCandidate]:
    quoted = quoted or set()
    out: list[StatCandidate] = []
    toks = doc.toks
    for s in doc.sents:
        if s.chrome:
            continue
        k = s.first
        while k < s.last:
            if k in quoted:
                k += 1
                continue
            prefix_money = toks[k].text == "$" and k + 1 < s.last
            start = k + 1 if prefix_money else k
            num = _number(doc, start, s.last, lex)
            if num is None:
                k += 1
                continue
            value, j, digits = num
            if k > s.first and toks[k - 1].text in ("-", "–", "/", ".", ":", "№", "#"):
                k = j
                continue
            if j < s.last and toks[j].text in ("-", "/", ":", "."):
                # ranges, times, dates written with separators: "10-15", "15:00", "01.02"
                if j + 1 < s.last and re.match(r"\d", toks[j + 1].text):
                    k = j + 2
                    continue
            mult = 1.0
            if j < s.last and (toks[j].low in lex.multipliers or toks[j].lemma in lex.multipliers):
                mult = lex.multipliers.get(toks[j].low) or lex.multipliers[toks[j].lemma]
                j += 1
                if j < s.last and toks[j].text == ".":
                    j += 1
            unit = None
            if prefix_money:
                unit = ("доллар", "доллар", j)
            elif j < s.last and toks[j].low in lex.units:
                u, h = lex.units[toks[j].low]
                unit = (u, h, j + 1)
            elif j < s.last:
                unit = _unit_phrase(doc, j, s.last, morph)
            if unit is None:
                k = j
                continue
            unit_text, head, end = unit
            if head in lex.not_units:
                k = end
                continue
            if digits and head in _YEAR_LEMMAS and 1800 <= value <= 2100:
                k = end
                continue
            if digits and 1900 <= value <= 2100 and mult == 1.0 and head in _YEAR_LEMMAS:
                k = end
                continue
            qual, qstart = _qualifier(doc, k, s.first, lex)
            total = value * mult
            number: int | float = int(total) if float(total).is_integer() else total
            out.append(StatCandidate(qstart, end, number, unit_text, head, qual))
            k = end
    return out

