"""The organization a title refers to without naming it.

A title often names its organization only by reference to one named just before: by a
possessive pronoun ("… общественное объединение «Қолдау». Его руководитель Айжан
Сейткалиева", "АНО «Вместе» … Её директор Андрей Михайлов"), by a relative one after it
("фонд «Мейірім», руководитель которого Асель Турсынбаева") or by the bare word of the
organization's kind ("благотворительный фонд «Дети Сибири». Президент фонда Ольга Кравец").
``title_owners`` finds that organization's span, for the title record to name it;
``kind_references`` finds the bare kind words that stand for an organization anywhere else
("ОО «Батыр» … Объединение получило медаль"), for the award linker to take as a party.

A pronoun refers to the nearest organization before it, in its sentence or the one before,
when that organization's head word agrees with it in gender and number and no person is named
in between (the pronoun would be that person's: "Аким Иван Петров … Его заместитель"). A bare
kind word refers to the nearest organization of that kind in the few sentences before.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import product

from ..agreement import ALL_CASES, Form, agree, forms
from ..document import Doc, Tok
from ..extractors.organizations import OrgCandidate
from ..extractors.people import PersonCandidate
from ..extractors.phrase import head_index
from ..extractors.titles import TitleCandidate
from ..lexicon import OrgLexicon
from ..quotes import QUOTES

__all__ = ["kind_references", "title_owners"]

Span = tuple[int, int]

_SING = ("sing",)
# a possessive pronoun and the (gender, number) of what it refers to
_POSSESSIVES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "его": (("masc", "neut"), _SING),
    "её": (("femn",), _SING),
    "ее": (("femn",), _SING),
    "их": (("masc", "femn", "neut"), ("plur",)),
}
_NOUN = frozenset({"NOUN"})
_PRONOUN_REACH = 1  # sentences back: the pronoun's own and the one before it
_KIND_REACH = 2  # sentences back for "президент фонда"
_MAX_KIND_LOOKBACK = 16  # organizations looked at, however many those sentences name


_RELATIVES = frozenset({"который"})
_ADJECTIVE = frozenset({"ADJF"})


def _possessive_forms(t: Tok) -> frozenset[Form] | None:
    """The (case, gender, number) forms of what a possessive pronoun refers to."""
    entry = _POSSESSIVES.get(t.low)
    if entry is None:
        return None
    genders, numbers = entry
    return frozenset(product(ALL_CASES, genders, numbers))


def _head_words(doc: Doc, o: OrgCandidate) -> list[Tok]:
    """The words that say what kind of organization ``o`` is: the nouns of its mention before
    its name (the legal form spelled out), the word its rule started at ("фонд «Дети
    Сибири»"), then its name's head noun ("КГУ «Центр по работе с молодёжью»"); the first of
    them is the one a pronoun agrees with."""
    toks = doc.toks
    at = [k for k in range(o.first_tok, o.name_first) if toks[k].pos == "NOUN"]
    if 0 <= o.anchor < o.name_first and toks[o.anchor].pos == "NOUN" and o.anchor not in at:
        at.append(o.anchor)
    h = head_index(toks[o.name_first:o.name_last])
    if h is not None:
        at.append(o.name_first + h)
    return [toks[k] for k in at]


def _of_kind(doc: Doc, o: OrgCandidate, lemma: str) -> bool:
    """Is ``o`` an organization of the kind the word ``lemma`` names ("фонд")?"""
    if o.form_full is not None and lemma in o.form_full.replace("ё", "е").split():
        return True
    return any(t.lemma.replace("ё", "е") == lemma for t in _head_words(doc, o))


def _pronoun_owner(doc: Doc, k: int, pronoun: frozenset[Form] | None,
                   orgs: Sequence[OrgCandidate], ends: list[int], person_starts: list[int]
                   ) -> OrgCandidate | None:
    """The organization the pronoun at token k refers to (``pronoun``: the forms of what it
    refers to), if any."""
    n = bisect_left(ends, k + 1) - 1  # the last organization ending at or before k
    if pronoun is None or n < 0:
        return None
    o = orgs[n]
    if doc.toks[k].sent - doc.toks[o.last_tok - 1].sent > _PRONOUN_REACH:
        return None
    p = bisect_left(person_starts, o.last_tok)
    if p < len(person_starts) and person_starts[p] < k:
        return None  # a person named in between: the pronoun may be theirs
    heads = _head_words(doc, o)
    if heads and not agree(forms(heads[0], _NOUN), pronoun, case=False):
        return None
    return o


def _title_holders(titles: Sequence[TitleCandidate]) -> dict[int, PersonCandidate]:
    """Each token inside a title, with the person the title is of (the later title's where
    two overlap)."""
    out: dict[int, PersonCandidate] = {}
    for t in titles:
        for k in range(t.first_tok + 1, t.last_tok):
            out[k] = t.person
    return out


def _holder_meant(o: OrgCandidate, pronoun: frozenset[Form],
                  holders: dict[int, PersonCandidate]) -> bool:
    """Does the organization complete a person's title whose gender the pronoun agrees with
    ("Болат Жумабеков — директор ТОО «Агроинновации». Его заместителями …")? The pronoun
    stands for the person ("лидер Демократической партии Нода … ее секретарем": for the
    party)."""
    person = holders.get(o.first_tok)
    if person is None:
        return False
    return any(f[2] == "sing" and person.gender in (None, f[1]) for f in pronoun)


def _clause_after(doc: Doc, t: TitleCandidate, ends: list[int]) -> bool:
    """Does the title open a relative clause ("…, руководитель которого") right after an
    organization: a comma and at most its closing quote between them?"""
    toks = doc.toks
    if t.last_tok >= len(toks) or toks[t.last_tok].lemma not in _RELATIVES or t.first_tok == 0 \
            or toks[t.first_tok - 1].text != ",":
        return False
    n = bisect_left(ends, t.first_tok) - 1
    return n >= 0 and all(x.text in QUOTES for x in toks[ends[n]:t.first_tok - 1])


def _bracketed_owner(doc: Doc, k: int, orgs: Sequence[OrgCandidate], ends: list[int]
                     ) -> OrgCandidate | None:
    """The organization right before the bracket that opens with the title at token k: "ОО
    «Жастар үні» (руководитель – Данияр Оспанов)"."""
    if k == 0 or doc.toks[k - 1].text != "(":
        return None
    n = bisect_left(ends, k) - 1  # the last organization ending before the bracket
    if n < 0 or any(t.text not in QUOTES for t in doc.toks[ends[n]:k - 1]):
        return None  # only its closing quote may stand between
    return orgs[n]


def _kind_owner(doc: Doc, t: TitleCandidate, orgs: Sequence[OrgCandidate], ends: list[int],
                lex: OrgLexicon) -> OrgCandidate | None:
    """The organization a title's bare kind word refers to ("президент | фонда", "заместитель
    председателя | палаты"): the title's last word, right after a noun."""
    toks = doc.toks
    if t.last_tok - t.first_tok < 2 or toks[t.last_tok - 2].pos != "NOUN":
        return None
    word = toks[t.last_tok - 1]
    lemma = word.lemma.replace("ё", "е")
    if lemma not in lex.org_words or word.text[:1].isupper() or word.case != "gent":
        return None
    last = bisect_left(ends, t.first_tok + 1) - 1
    for n in range(last, max(-1, last - _MAX_KIND_LOOKBACK), -1):
        o = orgs[n]
        if toks[t.first_tok].sent - toks[o.last_tok - 1].sent > _KIND_REACH:
            return None
        if _of_kind(doc, o, lemma):
            return o
    return None


_DETERMINERS = frozenset({"ADJF", "PRTF", "NPRO", "NUMR"})
_DEMONSTRATIVES = frozenset({"этот", "данный"})  # they point back: "Этот фонд получил …"


def _bare_kind_word(doc: Doc, t: Tok, lex: OrgLexicon) -> str | None:
    """The lemma of a word of an organization's kind standing alone, as a reference ("Фонд
    также получил …", "объединение получило", "Этот фонд"): in lowercase or opening its
    sentence, with no word before it that sets it apart ("другой фонд", "благотворительный
    фонд") and no name or complement after it ("фонд «Мейірім»", "фонд помощи детям"); None
    for another word."""
    toks = doc.toks
    lemma = t.lemma.replace("ё", "е")
    if t.pos != "NOUN" or lemma not in lex.org_words:
        return None
    first = doc.sents[t.sent].first
    if t.text[:1].isupper() and t.i != first:
        return None
    if t.i > first and toks[t.i - 1].pos in _DETERMINERS and \
            not toks[t.i - 1].lemmas & _DEMONSTRATIVES:
        return None
    nxt = toks[t.i + 1] if t.i + 1 < len(toks) else None
    named = nxt is not None and (nxt.text in QUOTES or nxt.text[:1].isupper() or
                                 nxt.pos == "NOUN" and nxt.case == "gent")
    return None if named else lemma


def kind_references(doc: Doc, orgs: Sequence[OrgCandidate], taken: Sequence[Span],
                    lex: OrgLexicon) -> list[tuple[int, OrgCandidate]]:
    """The bare kind words outside ``taken`` (the spans of the names) that refer to the nearest
    organization of their kind in the few sentences before ("ОФ «Көмек» … Фонд получил …"),
    each with its token and that organization."""
    ordered = sorted(orgs, key=lambda o: (o.last_tok, o.first_tok))
    ends = [o.last_tok for o in ordered]
    covered = {k for a, b in taken for k in range(a, b)}
    out = []
    for t in doc.toks:
        lemma = None if t.i in covered or t.chrome else _bare_kind_word(doc, t, lex)
        if lemma is None:
            continue
        last = bisect_left(ends, t.i + 1) - 1
        for n in range(last, max(-1, last - _MAX_KIND_LOOKBACK), -1):
            o = ordered[n]
            if t.sent - doc.toks[o.last_tok - 1].sent > _KIND_REACH:
                break
            if _of_kind(doc, o, lemma):
                out.append((t.i, o))
                break
    return out


def title_owners(doc: Doc, titles: Sequence[TitleCandidate], orgs: Sequence[OrgCandidate],
                 people: Sequence[PersonCandidate], lex: OrgLexicon) -> list[Span | None]:
    """For each title, the token span of the organization it refers to by a possessive pronoun
    before it or by its bare kind word; None when it refers to none (or names its own)."""
    ordered = sorted(orgs, key=lambda o: (o.last_tok, o.first_tok))
    ends = [o.last_tok for o in ordered]
    person_starts = sorted(p.first_tok for p in people)
    holders = _title_holders(titles)
    out: list[Span | None] = []
    for t in titles:
        o = None
        if t.first_tok > 0:
            pronoun = _possessive_forms(doc.toks[t.first_tok - 1])
            o = _pronoun_owner(doc, t.first_tok - 1, pronoun, ordered, ends, person_starts)
            if o is not None and pronoun is not None and _holder_meant(o, pronoun, holders):
                o = None
        if o is None and _clause_after(doc, t, ends):
            # "фонд «…», руководитель которого …": the relative stands for the organization
            # the clause follows
            o = _pronoun_owner(doc, t.last_tok, forms(doc.toks[t.last_tok], _ADJECTIVE),
                               ordered, ends, person_starts)
        if o is None:
            o = _bracketed_owner(doc, t.first_tok, ordered, ends)
        if o is None:
            o = _kind_owner(doc, t, ordered, ends, lex)
        out.append((o.first_tok, o.last_tok) if o is not None else None)
    return out
