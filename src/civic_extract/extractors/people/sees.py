"""A hierarch's see between his title and his monastic name ("митрополит | Русенский | Неофит",
"епископ | Иваново-Вознесенский и Вичугский | Иосиф"): the title words (data/see_titles.txt)
and the run of place adjectives after one, which name the see and are no part of the name."""

from __future__ import annotations

from functools import cache

from ...data import lines
from ...document import Doc, Tok

# the endings of the lemma of a place's adjective ("русенский", "вичугский", "тверской")
_SEE_ENDINGS = ("ский", "цкий", "ской", "цкой")


@cache
def _see_titles() -> frozenset[str]:
    return frozenset(lines("see_titles.txt"))


def see_title(t: Tok) -> bool:
    """Is the word a hierarch's title that a see may follow ("митрополит", "Патриархом")?"""
    return t.lemma.replace("ё", "е") in _see_titles()


def see_adjective(t: Tok) -> bool:
    """A capitalized adjective of a place, the whole word or its part after a hyphen
    ("Русенский", "Иваново-Вознесенского"), or the first part of two sharing an ending
    ("Средне- | и Западноевропейский")."""
    if not t.text[:1].isupper() or not t.text[:1].isalpha():
        return False
    if t.text.endswith("-"):
        return t.text[:-1].isalpha()
    return any(p.pos == "ADJF" and p.normal.replace("ё", "е").endswith(_SEE_ENDINGS)
               for p in t.parses)


def see_end(doc: Doc, j: int) -> int:
    """The end of the see that starts at token ``j`` in the sentence of ``j - 1`` (``j`` when
    there is none): adjectives of places, two joined by "и", ending on a whole adjective."""
    toks, end, k = doc.toks, j, j
    while k < len(toks) and toks[k].sent == toks[j - 1].sent and see_adjective(toks[k]):
        k += 1
        if not toks[k - 1].text.endswith("-"):
            end = k
        if k + 1 < len(toks) and toks[k].low == "и" and see_adjective(toks[k + 1]):
            k += 1
    return end


def see_before(doc: Doc, first: int) -> int | None:
    """The end of the see a hierarch's title before ``first`` opens, when ``first`` stands
    inside that see or right after its title ("митрополит | Русенский Неофит"); None
    otherwise."""
    toks = doc.toks
    k = first - 1
    while k >= 0 and toks[k].sent == toks[first].sent and (
            see_adjective(toks[k]) or toks[k].low == "и"):
        k -= 1
    if k < 0 or not see_title(toks[k]):
        return None
    end = see_end(doc, k + 1)
    return end if end > first else None


def see_office(words: list[Tok]) -> bool:
    """Are the words a hierarch's title and the adjectives of his see only, in either order
    ("Болгарским Патриархом", "Патриарх Болгарский")?"""
    return any(see_title(t) for t in words) and \
        all(see_title(t) or see_adjective(t) for t in words)
