"""First names coordinated before one surname they share ("Анна и Сергей Мельниковы", "Борису
и Марине Ходорковским", "Виталий и Владимир Кличко"): the surname, in the plural or undeclined,
belongs to every name of the list. Each person gets it in the singular of their own gender
("Анна Мельникова", "Сергей Мельников"); a first name the NER left alone becomes a person.
"""

from __future__ import annotations

from dataclasses import replace

from ..data import table
from ..document import Doc, Tok
from ..text.morph import WordParse
from .names import written_like
from .people import PersonCandidate

__all__ = ["shared_surnames"]

_GLUE = frozenset({"и", ","})
_MAX_NAMES = 4  # first names before the surname
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_GENDERS = ("masc", "femn")


def _first_name_parses(t: Tok) -> list[WordParse]:
    """A capitalized word's readings as a first name ("Анна", "Сергею", "Вера")."""
    if not t.text[:1].isupper() or not t.text.isalpha():
        return []
    return [p for p in t.parses if "Name" in p.grams and "sing" in p.grams]


def _plural(t: Tok, cases: set[str]) -> tuple[str, set[str]] | None:
    """(the masculine singular, the cases read) of a surname written in the plural in one of
    ``cases`` ("Мельниковых" → "мельников"), or of an undeclined one ("Кличко"); None
    otherwise."""
    parses = [p for p in t.parses
              if "Surn" in p.grams and ("plur" in p.grams or "Fixd" in p.grams) and p.grams & cases]
    if not parses:
        return None
    return parses[0].normal, {g for p in parses for g in p.grams & cases}


def _in_gender(masculine: str, gender: str) -> str:
    """A surname's form for a woman by data/feminine_surnames.txt ("мельников" →
    "мельникова", "ходорковский" → "ходорковская"); a surname of another ending is the same
    for both ("кличко", "ким")."""
    if gender != "femn":
        return masculine
    for ending, feminine in table("feminine_surnames.txt", 2):
        if masculine.endswith(ending):
            return masculine[:len(masculine) - len(ending)] + feminine
    return masculine


def _reading(t: Tok, cases: set[str]) -> tuple[str, str] | None:
    """(the nominative, the gender) of a first name read in one of ``cases``."""
    fits = [p for p in _first_name_parses(t)
            if p.grams & cases and any(g in p.grams for g in _GENDERS)]
    if not fits:
        return None
    # "Анне": Анна, not the undeclined Анне; "Игоре": Игорь, not Игор
    best = max(fits, key=lambda p: (p.score, "Fixd" not in p.grams, p.normal.endswith("ь")))
    gender = next(g for g in _GENDERS if g in best.grams)
    return written_like(best.normal, t.text), gender


def _names_before(doc: Doc, k: int, cases: set[str]) -> list[int]:
    """The first names listed right before token k, nearest first, each in one of ``cases``:
    "Анна, Мария и | Сергей"."""
    toks, out = doc.toks, list[int]()
    while len(out) < _MAX_NAMES and k >= 2 and toks[k - 1].low in _GLUE and \
            toks[k - 2].sent == toks[k].sent and \
            any(p.grams & cases for p in _first_name_parses(toks[k - 2])):
        out.append(k - 2)
        if toks[k - 1].low == "и" and (k < 4 or toks[k - 3].low not in _GLUE):
            break
        k -= 2
    return out if out and toks[out[0] + 1].low == "и" else []


def shared_surnames(doc: Doc, people: list[PersonCandidate]) -> list[PersonCandidate]:
    """``people`` with the first names before a shared surname made full names."""
    out = list(people)
    added: list[PersonCandidate] = []
    # each token of a name → the person it names (one pass: the cost stays linear)
    holder = {k: c for c in people for k in range(c.first_tok, c.last_tok)}
    for i, c in enumerate(people):
        if c.first is None or c.last is None or c.middle is not None or \
                c.last_tok - c.first_tok != 2:
            continue
        first, last = doc.toks[c.first_tok], doc.toks[c.last_tok - 1]
        cases = {g for p in _first_name_parses(first) for g in p.grams & _CASES}
        plural = _plural(last, cases)
        if plural is None:
            continue
        masculine, cases = plural
        before = _names_before(doc, c.first_tok, cases)
        if not before:
            continue
        own = [holder.get(k) for k in before]
        if any(o is not None and (o.first_tok, o.last_tok) != (k, k + 1)
               for o, k in zip(own, before)):
            continue  # a name of its own ("Иван Петров и Сергей Мельниковы")
        readings = [_reading(doc.toks[k], cases) for k in before]
        mine = _reading(first, cases)
        if mine is None or any(r is None for r in readings):
            continue
        surname = written_like(_in_gender(masculine, mine[1]), last.text)
        out[i] = replace(c, last=surname, first=mine[0], name=f"{mine[0]} {surname}",
                         gender=mine[1])
        for k, r in zip(before, readings):
            assert r is not None
            theirs = written_like(_in_gender(masculine, r[1]), last.text)
            person = PersonCandidate(k, k + 1, f"{r[0]} {theirs}", theirs, r[0], None,
                                     rule="shared_surname", nominative=c.nominative,
                                     gender=r[1], oblique=c.oblique)
            added.append(person)
    replaced = {p.first_tok for p in added}  # the lone first names now named in full
    kept = [p for p in out if not (p.last_tok - p.first_tok == 1 and p.first_tok in replaced)]
    return sorted(kept + added, key=lambda p: p.first_tok)
