"""Abbreviations that head a name and do not decline ("Красноярской ТЭЦ-1", "Аксайской СОШ
№ 1"): their full form's head noun (data/institution_abbreviations.txt), its gender, and the
agreement the adjectives before them take in the nominative, read from the adjectives when
the head says none."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..data import table
from ..document import Tok
from ..text.morph import Morphology

__all__ = ["CAPITALS_ABBREVIATION", "abbreviation_gender", "abbreviation_head", "all_capitals",
           "institution_head", "noun_gender", "own_agreement"]

_ADJ = {"ADJF", "PRTF"}

#: An abbreviation in capitals, Kazakh letters too ("ОП", "РО", "ВКО").
CAPITALS_ABBREVIATION = re.compile(r"^[А-ЯЁӘІҢҒҮҰҚӨҺ]{2,5}$")


@cache
def _institution_heads() -> dict[str, str]:
    return {abbr: head for abbr, head in table("institution_abbreviations.txt", 2)}


_NUMBERED = re.compile(r"^(.+?)-\d+$")
_NUMBER_PART = re.compile(r"^(?:№|№?\d+[а-я]?)$")  # "№ 1", "№1", "№ 5а" after a name


def institution_head(text: str) -> str | None:
    """The head noun of the full form of an institution's abbreviation, a number after it
    aside ("ЦРБ" → больница, "СОШ-2" → школа; data/institution_abbreviations.txt)."""
    m = _NUMBERED.match(text)
    return _institution_heads().get(m.group(1) if m else text)


def abbreviation_head(toks: Sequence[Tok]) -> int | None:
    """The index of an abbreviation in capitals that heads a name after adjectives only, a
    number after it aside ("Богородской ЦРБ", "Красноярской ТЭЦ-1", "Аксайской СОШ № 1",
    "Красноярских ТЭЦ"); None for another phrase."""
    a = len(toks) - 1
    while a > 1 and _NUMBER_PART.match(toks[a].text):
        a -= 1
    m = _NUMBERED.match(toks[a].text)
    if a < 1 or not CAPITALS_ABBREVIATION.match(m.group(1) if m else toks[a].text):
        return None
    return a if all(any(p.pos in _ADJ for p in t.parses) for t in toks[:a]) else None


def abbreviation_gender(morph: Morphology, text: str) -> str | None:
    """The gender of an abbreviation's head: its full form's head noun (data/
    institution_abbreviations.txt: "СОШ" → школа), else the dictionary's reading of the
    abbreviation ("ТЭЦ": feminine, "УВД": neuter); None when neither says."""
    m = _NUMBERED.match(text)
    base = m.group(1) if m else text
    head = institution_head(base)
    return noun_gender(morph, head) if head is not None else noun_gender(morph, base)


def own_agreement(tok: Tok, gender: str | None) -> set[str] | None:
    """The grammemes of an adjective before an abbreviation that does not decline, read from
    the adjective itself: plural when it has no singular reading of ``gender`` ("Красноярских
    ТЭЦ"), its singular gender when all its readings in its case share one ("Красноярской":
    feminine), masculine when they say masculine or neuter ("Кипрскому АЕК": "клуб", as most
    such abbreviations' heads); None when its readings disagree in number."""
    adj = [q for q in tok.parses if q.pos in _ADJ]
    if gender is not None and any("sing" in q.grams and gender in q.grams for q in adj):
        return {"nomn", "sing", gender}
    if adj and all("plur" in q.grams for q in adj):
        return {"nomn", "plur"}
    cased = [q for q in adj if tok.case in q.grams] or adj
    genders = {g for q in cased for g in ("masc", "femn", "neut") if g in q.grams}
    if genders == {"masc", "neut"}:
        genders = {"masc"}
    return {"nomn", "sing", *genders} if len(genders) == 1 and \
        all("sing" in q.grams for q in cased) else None


def noun_gender(morph: Morphology, noun: str) -> str | None:
    """The gender of a noun (its lemma or nominative) by its first noun reading."""
    return next((g for p in morph.parse(noun) if p.pos == "NOUN"
                 for g in ("masc", "femn", "neut") if g in p.grams), None)


def all_capitals(word: str) -> bool:
    """Two letters or more, every letter a capital ("МИОР", "ТЭЦ-1", "SOS")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
