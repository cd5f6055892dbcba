"""Titles: title phrases as facts, attached to the people they belong to, as Title records.

A title found next to a name belongs to that name's person, unless the name is the title's
complement ("адвокат Петрова" in a text about Петров); a bare role ("глава региона") belongs to
the one person whose titles anchor its group (the akim, the governor); one title per post is
kept ("президент" and "президента Беларуси" of one person are one title, the fuller one).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from functools import partial

from ..agreement import cases, forms
from ..document import Doc, key
from ..extractors.titles import RoleMention, TitleCandidate
from ..lexicon import TitleLexicon
from ..model import Mention, Title
from ..spans import Inside
from .facts import RoleFact, Span, TitleFact
from .people import PersonGroup, possessor
from .score import Marks

__all__ = ["title_facts", "role_facts", "attach_titles", "title_records"]

_GENERIC_ROLE_HEADS = frozenset({"глава", "руководитель"})
_NOUN = frozenset({"NOUN"})


def _span(doc: Doc, first: int, last: int) -> Span:
    m = doc.tok_mention(first, last)
    return m.start, m.stop


def title_facts(doc: Doc, titles: Sequence[TitleCandidate],
                owners: Sequence[tuple[int, int] | None]) -> list[TitleFact]:
    """The titles as facts; ``owners``: the token span of the organization each refers to
    without naming it (``title_owners``), or None."""
    out = []
    for t, owner in zip(titles, owners, strict=True):
        heads = [tok for tok in doc.toks[t.first_tok:t.last_tok]
                 if tok.lemma.replace("ё", "е") == t.head]
        person = t.person
        out.append(TitleFact(
            _span(doc, person.first_tok, person.last_tok), _span(doc, t.first_tok, t.last_tok),
            doc.span_text(t.first_tok, t.last_tok), t.normal, t.head,
            bool(heads) and cases(forms(heads[0], _NOUN)) == {"nomn"},
            t.last_tok == person.first_tok, t.rule, t.kind,
            _span(doc, *owner) if owner is not None else None))
    return out


def role_facts(doc: Doc, roles: Sequence[RoleMention]) -> list[RoleFact]:
    return [RoleFact(_span(doc, r.first_tok, r.last_tok), doc.span_text(r.first_tok, r.last_tok),
                     r.group, r.head, r.normal, r.rule) for r in roles]


def attach_titles(groups: Sequence[PersonGroup], owner: dict[Span, PersonGroup],
                  titles: Sequence[TitleFact], roles: Sequence[RoleFact], lex: TitleLexicon
                  ) -> None:
    """Give each group its titles: those found next to its mentions, then the bare roles that
    refer to it."""
    by_span = {f.span: f for g in groups for f in g.facts}
    nominative: dict[int, bool] = {}
    for t in titles:
        g = owner[t.person]
        if not possessor(t, by_span[t.person], g, nominative):
            g.titles.append(t)
    index = _HeadIndex(groups)
    for r in roles:
        heads = lex.role_heads.get(r.group, set())
        if r.head in heads and r.head not in _GENERIC_ROLE_HEADS:
            heads = {r.head}  # "аким области" refers to an akim, not to a governor
        lower = lex.role_levels.get(r.group, ())
        required = lex.role_requires.get(r.group, ())
        gi = index.only_owner(heads, r.span[0], partial(_other_level, groups, heads, lower,
                                                        required))
        if gi is not None:
            groups[gi].titles.append(TitleFact((-1, -1), r.span, r.text, r.normal, r.head,
                                               rule=r.rule))
            index.add(r.head, gi)


def bare_status(groups: Sequence[PersonGroup], lex: TitleLexicon) -> list[list[TitleFact]]:
    """Take from each group its titles that are a lone word of data/title_cues.txt bare_status,
    no complement after it ("Победителем стал …", "Среди лауреатов — …"; not "победитель
    конкурса"), and give them back per group: the person holds no such title, but an award
    given to the holders of its head still reads them ("Победителям вручены …")."""
    out = []
    for g in groups:
        kept: list[TitleFact] = []
        bare: list[TitleFact] = []
        for t in g.titles:
            lone = t.head.replace("ё", "е") in lex.bare_status and len(t.normal.split()) == 1
            (bare if lone else kept).append(t)
        g.titles = kept
        out.append(bare)
    return out


def _other_level(groups: Sequence[PersonGroup], heads: AbstractSet[str],
                 starts: tuple[str, ...], required: tuple[tuple[str, ...], ...], gi: int
                 ) -> bool:
    """Is group ``gi`` no one a role refers to: its titles of ``heads`` all name a lower level
    (``_lower_level``), or none names a word of each row of ``required`` ("заместитель
    министра" for "вице-спикер", which needs "председател" and an assembly)?"""
    return _lower_level(groups, heads, starts, gi) or bool(required) and not any(
        all(any(w.startswith(row) for w in t.normal.lower().split()[1:]) for row in required)
        for t in groups[gi].titles if t.head in heads)


def _lower_level(groups: Sequence[PersonGroup], heads: AbstractSet[str],
                 starts: tuple[str, ...], gi: int) -> bool:
    """Do all the titles of group ``gi`` with one of ``heads`` name a level below the role's
    ("аким района" for "глава региона")?"""
    g = groups[gi]
    return bool(starts) and all(
        any(w.startswith(starts) for w in t.normal.lower().split()[1:])
        for t in g.titles if t.head in heads)


# how many holders of a head before a bare role are read, at most, for the one it refers to
_MAX_HOLDERS = 8


class _HeadIndex:
    """For each title head, the groups holding a title with it, by where each group starts:
    the one group with a head of a set that starts before a bare role, in logarithmic time."""

    def __init__(self, groups: Sequence[PersonGroup]) -> None:
        self.starts = [g.start for g in groups]
        self.by_head: dict[str, list[tuple[int, int]]] = {}
        for gi, g in enumerate(groups):
            for t in g.titles:
                self.add(t.head, gi)

    def add(self, head: str, gi: int) -> None:
        row = self.by_head.setdefault(head, [])
        item = (self.starts[gi], gi)
        at = bisect_left(row, item)
        if at == len(row) or row[at] != item:
            row.insert(at, item)

    def only_owner(self, heads: Iterable[str], before: int,
                   skip: Callable[[int], bool] = lambda gi: False) -> int | None:
        """The one group with a title of ``heads`` that starts before ``before`` and that
        ``skip`` does not leave out, or None (none, or more than one)."""
        found: set[int] = set()
        for h in heads:
            row = self.by_head.get(h, [])
            n = bisect_left(row, (before, -1))
            if n > _MAX_HOLDERS:
                return None
            found.update(gi for _, gi in row[:n] if not skip(gi))
            if len(found) > 1:
                return None
        return found.pop() if len(found) == 1 else None


def title_records(text: str, g: PersonGroup, orgs: Inside[str], places: Inside[str],
                  marks: Marks) -> tuple[Title, ...]:
    """The group's titles as records, in text order, one per post; ``orgs``/``places``: the
    spans of organization and place mentions with their entity's name (a title names the first
    one inside it)."""
    seen: set[str] = set()
    recs: list[Title] = []
    said: dict[str, list[str]] = {}  # the rules of each post's mentions
    for t in g.titles:
        said.setdefault(key(t.normal), []).append(t.rule)
    # the post of a person named with first name and surname, written so in the text, is surer
    named = bool(g.part("first") and g.part("last")) + g.written(text)
    for t in sorted(g.titles, key=lambda t: t.span[0]):
        k = key(t.normal)
        if k in seen:
            continue
        seen.add(k)
        a, b = t.span
        org, place = orgs.first(t.span), places.first(t.span)
        if org is None and t.owner is not None:
            org = orgs.first(t.owner)  # "Её директор": the organization named before
        # more sure: a post the text gives more than once, one that names its organization or
        # place, one of a person with first name and surname, one whose person's name is as
        # written
        score = marks.score("titles", said[k], len(said[k]), bool(org or place) + named)
        recs.append(Title(t.text, t.normal, t.head, org, place, Mention(a, b, text[a:b]),
                          marks.rule(t.rule), kind=t.kind, score=score))
    return _fold(recs)


def _stems(text: str) -> frozenset[str]:
    return frozenset(w[:5] for w in key(text).replace("«", " ").replace("»", " ").split())


def _fold(titles: list[Title]) -> tuple[Title, ...]:
    """One title per post: "шахматист" and "российский шахматист", or "президент" and
    "президента Беларуси" of one person are one title (the fuller one is kept)."""
    out: list[Title] = []
    for t in titles:
        s = _stems(t.normal)
        same = next((i for i, o in enumerate(out)
                     if o.head == t.head and (s <= _stems(o.normal) or _stems(o.normal) <= s)),
                    None)
        if same is None:
            out.append(t)
        elif len(s) > len(_stems(out[same].normal)):
            out[same] = t
    return tuple(out)
