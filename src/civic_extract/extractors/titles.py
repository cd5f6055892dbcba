"""Titles: the position or role phrase standing next to a person's name.

Two constructions, tried in order:
  before the name   "аким области Ермек Маржикпаев", "председатель Комитета … Мадияр Кожахмет"
  after the name    "Бану Нургазиева, президент Гражданского альянса Казахстана", "(директор школы)"
A title phrase starts at a head noun from ``data/titles.txt`` (with the adjectives agreeing with
it: "региональный представитель") and runs over its complements up to the name; verbs,
punctuation and other names end it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Doc, Tok
from ..text.morph import Morphology
from .lexicon import Lexicon
from .phrase import QUOTES, guillemets, nominative

__all__ = ["TitleCandidate", "extract_titles"]

_STOP_POS = {"VERB", "INFN", "PRTS", "GRND", "PRED", "NPRO", "CONJ"}
_STOP_TEXT = {",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "-", "…"}
_ALLOWED_CONJ = {"и"}
_MAX = 18


@dataclass(frozen=True, slots=True)
class TitleCandidate:
    person: int  # index of the person candidate
    first_tok: int
    last_tok: int
    head: str
    normal: str


def _is_head(tok: Tok, lex: Lexicon) -> bool:
    p = tok.parse
    if tok.tag.get("Number") == "Plur" and p is not None and "plur" in p.grams:
        return False  # "представители …": a class of people, not one person's title
    if p is None or p.pos != "NOUN":
        # "премьер-министр", "вице-президент": razdel keeps them whole, pymorphy knows them
        return tok.lemma.replace("ё", "е") in lex.titles and tok.is_word()
    return p.normal.replace("ё", "е") in lex.titles


def _can_continue(tok: Tok, in_quotes: bool) -> bool:
    """May ``tok`` be part of a title phrase (a complement or the head)?"""
    if in_quotes:
        return True
    if tok.text in QUOTES:
        return True
    if tok.text in _STOP_TEXT:
        return False
    if tok.ner == "PER":
        return False
    p = tok.parse
    if p is None:
        return tok.is_word()
    if p.pos == "CONJ":
        return tok.low in _ALLOWED_CONJ
    if p.pos in _STOP_POS:
        return False
    return True


def _with_adjectives(doc: Doc, head: int, limit: int) -> int:
    """Extend a title head leftwards over the adjectives agreeing with it."""
    k = head
    case = doc.toks[head].case
    while k - 1 >= limit:
        t = doc.toks[k - 1]
        p = t.parse
        if p is None or p.pos not in ("ADJF", "PRTF") or (case and t.case != case):
            break
        k -= 1
    return k


def _before(doc: Doc, start: int, lex: Lexicon) -> tuple[int, int] | None:
    """A title ending right before token ``start``: (first, head) token indexes."""
    sent = doc.sents[doc.toks[start].sent]
    k = start - 1
    quotes = 0
    best = None
    while k >= sent.first and start - k <= _MAX:
        t = doc.toks[k]
        if t.text in QUOTES:
            quotes += 1
        if not _can_continue(t, quotes % 2 == 1):
            break
        if quotes % 2 == 0 and _is_head(t, lex):
            best = k
        k -= 1
    if best is None:
        return None
    # a complement that is itself only quotes/conjunction is no title
    return _with_adjectives(doc, best, k + 1), best


def _after(doc: Doc, stop: int, lex: Lexicon) -> tuple[int, int, int] | None:
    """A title right after the name ending at ``stop``: (first, head, last) token indexes."""
    sent = doc.sents[doc.toks[stop - 1].sent]
    k = stop
    if k >= sent.last or doc.toks[k].text not in (",", "("):
        return None
    k += 1
    first = k
    while k < sent.last and doc.toks[k].parse is not None \
            and doc.toks[k].parse.pos in ("ADJF", "PRTF"):
        k += 1
    if k >= sent.last or not _is_head(doc.toks[k], lex):
        return None
    head = k
    quotes = 0
    k += 1
    while k < sent.last and k - first <= _MAX:
        t = doc.toks[k]
        if t.text in QUOTES:
            quotes += 1
        if not _can_continue(t, quotes % 2 == 1):
            break
        k += 1
    if k < sent.last and doc.toks[k].ner == "PER":
        return None  # the phrase introduces the next name: it is that person's title
    while k > head + 1 and doc.toks[k - 1].text in ("и",):
        k -= 1
    return first, head, k


def extract_titles(doc: Doc, people: list, morph: Morphology, lex: Lexicon
                   ) -> list[TitleCandidate]:
    """Titles attached to person candidates (``people``: objects with first_tok/last_tok)."""
    out: list[TitleCandidate] = []
    claimed: set[int] = set()
    for i, person in enumerate(people):
        found = _before(doc, person.first_tok, lex)
        if found is None:
            continue
        first, head = found
        last = person.first_tok
        normal = guillemets(nominative(doc, first, last, morph))
        out.append(TitleCandidate(i, first, last, doc.toks[head].lemma, normal))
        claimed.update(range(first, last))
    for i, person in enumerate(people):
        found2 = _after(doc, person.last_tok, lex)
        if found2 is None:
            continue
        first, head, last = found2
        if claimed.intersection(range(first, last)):
            continue
        normal = guillemets(nominative(doc, first, last, morph))
        out.append(TitleCandidate(i, first, last, doc.toks[head].lemma, normal))
        claimed.update(range(first, last))
    return out
