"""Agreement: do words share a gender, number and case (yargy's ``gnc_relation`` meaning)?

Each word allows the (case, gender, number) forms of its readings (all of them, or those of the
parts of speech asked for); two words or phrases agree when their forms meet on the features
asked for. A word with no reading, or only readings pymorphy3 guessed (a Kazakh name: "Айгерим",
"Ерболат"; "Бибигуль" of its dictionary is not needed), and an indeclinable word allow every
form: they never block agreement. A plural reading has no gender, so it meets any gender.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import product

from .data import lines
from .document import Tok
from .text.morph import WordParse

__all__ = ["Form", "forms", "phrase_forms", "agree", "cases", "ALL_CASES", "HARD_CONSONANTS",
           "womans_first_name", "undeclined_surname", "korean_surname", "ADJECTIVES",
           "adjective_agrees"]

Form = tuple[str, str, str]  # (case, gender, number)

_CASE = {"nomn": "nomn", "gent": "gent", "gen2": "gent", "datv": "datv", "accs": "accs",
         "acc2": "accs", "ablt": "ablt", "loct": "loct", "loc2": "loct", "voct": "nomn"}
ALL_CASES = frozenset(_CASE.values())
_GENDERS = ("masc", "femn", "neut")
_ALL = frozenset(product(ALL_CASES, _GENDERS, ("sing", "plur")))


def _parse_forms(p: WordParse) -> frozenset[Form]:
    if "Fixd" in p.grams:  # indeclinable: every case
        wcases: Iterable[str] = ALL_CASES
    else:
        wcases = [_CASE[g] for g in p.grams if g in _CASE]
    number = "plur" if "plur" in p.grams else "sing"
    if number == "plur":
        genders: Iterable[str] = _GENDERS
    elif "ms-f" in p.grams:
        genders = ("masc", "femn")
    else:
        genders = [g for g in _GENDERS if g in p.grams] or _GENDERS
    return frozenset(product(wcases, genders, (number,)))


@lru_cache(maxsize=100_000)
def _forms(parses: tuple[WordParse, ...], pos: frozenset[str] | None) -> frozenset[Form]:
    if not parses or not any(p.known for p in parses):
        return _ALL
    out: set[Form] = set()
    for p in parses:
        if pos is None or p.pos in pos:
            out |= _parse_forms(p)
    return frozenset(out) or _ALL


def forms(tok: Tok, pos: frozenset[str] | None = None) -> frozenset[Form]:
    """The (case, gender, number) forms a word's readings allow (of the parts of speech
    ``pos``, when given); every form for an unknown or indeclinable word."""
    return _forms(tok.parses, pos)


def phrase_forms(toks: Iterable[Tok], pos: frozenset[str] | None = None) -> frozenset[Form]:
    """The forms every word of a phrase allows (words without letters left out); every form
    when the words share none (a name whose parts the morphology reads apart)."""
    out = _ALL
    for t in toks:
        if t.is_word():
            out = out & forms(t, pos)
    return out or _ALL


def _project(fs: frozenset[Form], case: bool, gender: bool, number: bool
             ) -> frozenset[tuple[str, ...]]:
    keep = [i for i, on in enumerate((case, gender, number)) if on]
    return frozenset(tuple(f[i] for i in keep) for f in fs)


def agree(a: frozenset[Form], b: frozenset[Form], *, case: bool = True, gender: bool = True,
          number: bool = True) -> bool:
    """Do two sets of forms share one on the features asked for?"""
    return bool(_project(a, case, gender, number) & _project(b, case, gender, number))


#: the parts of speech that agree with a noun as its adjectives
ADJECTIVES = frozenset({"ADJF", "PRTF"})
_NOUNS = frozenset({"NOUN"})


def adjective_agrees(adj: Tok, noun: Tok) -> bool:
    """Can ``adj`` be an adjective (or participle) of the noun ``noun``: do their readings as
    such share a case, gender and number ("заведующей | детским садом": no)?"""
    return agree(forms(adj, ADJECTIVES), forms(noun, _NOUNS))


def cases(fs: frozenset[Form]) -> frozenset[str]:
    """The cases of a set of forms."""
    return frozenset(f[0] for f in fs)


# the last letters of a woman's first name that does not decline ("Жанар", "Айгерим", "Айгүл")
HARD_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщңғқһ")


def womans_first_name(t: Tok, surname: Tok) -> bool:
    """Is ``t`` a first name ending in a hard consonant before a surname every reading of which
    as a surname (else every reading) is a woman's: a woman's name, which does not decline
    whatever case the morphology guesses for it as a man's ("Жанар | Байгазиной", "Айгерим |
    Сапаровой")?"""
    readings = [p for p in surname.parses if "Surn" in p.grams] or surname.parses
    return t is not surname and t.low[-1:] in HARD_CONSONANTS and bool(readings) and \
        all("femn" in p.grams for p in readings)


@cache
def _surnames_first() -> frozenset[str]:
    return frozenset(lines("surnames_first.txt"))


def korean_surname(t: Tok) -> bool:
    """Is the word a Korean family's surname (data/surnames_first.txt: "Ким", "Пак", "Цой")?"""
    return t.text in _surnames_first()


def undeclined_surname(t: Tok) -> bool:
    """May the word be a surname that stays as written in every case: a Korean family's
    (``korean_surname``), or one the dictionary does not know at all ("Сейткали")?"""
    return korean_surname(t) or bool(t.parses) and not any(p.known for p in t.parses)
