"""The decision list and what its rules see: the document's context, a found candidate, one NER
span (``_Span``) and one word of the gazetteer stage (``_At``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ...document import Doc, Tok
from ...lexicon import PlaceLexicon
from ...rules import Rule, Trace, Veto, first_match, run
from ...text.morph import Morphology
from ..phrase import head_index
from .candidate import PlaceCandidate
from .gazetteer import _latin

C = TypeVar("C")
P = TypeVar("P")


@dataclass(frozen=True, slots=True)
class _Decisions(Generic[C, P]):
    """A decision list: constructions (``Rule``) and vetoes (``Veto``) in the order they are
    tried. The first construction that has a candidate makes it (``first_match``); the vetoes
    that stand before that construction in the list, then the ``final`` ones, may stop it (run
    by the engine, which records the verdict)."""

    rules: tuple[Rule[C, P], ...]
    before: dict[str, tuple[Veto[C, P], ...]]

    @classmethod
    def of(cls, steps: Iterable[Rule[C, P] | Veto[C, P]], final: Iterable[Veto[C, P]] = ()
           ) -> _Decisions[C, P]:
        rules: list[Rule[C, P]] = []
        vetoes: list[Veto[C, P]] = []
        before: dict[str, tuple[Veto[C, P], ...]] = {}
        for step in steps:
            if isinstance(step, Rule):
                rules.append(step)
                before[step.name] = (*vetoes, *final)
            else:
                vetoes.append(step)
        return cls(tuple(rules), before)

    def decide(self, ctx: C, span: Callable[[P], tuple[int, int]], trace: Trace | None
               ) -> tuple[str, P, bool] | None:
        """The construction that decides, its candidate and whether no veto stopped it; None
        when no construction has a candidate."""
        found = first_match(self.rules, ctx)
        if found is None:
            return None
        name, cand = found
        kept = run((Rule(name, lambda _: (cand,)),), self.before[name], ctx, kind="places",
                   span=span, trace=trace)
        return name, cand, next(kept, None) is not None


@dataclass(slots=True)
class _Ctx:
    """The document, the lexicon and the words the candidates so far claim."""

    doc: Doc
    morph: Morphology
    lex: PlaceLexicon
    quoted: set[int]
    per_words: set[str]  # the words of the people the NER found
    per_ends: dict[int, int]  # the NER's PER spans: first → last
    # the words of the NER's PER spans of two words or more ("Кобе Брайанта": "Кобе")
    long_name_words: set[str] = field(default_factory=set)
    taken: set[int] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class _Found:
    """A candidate and the words it claims (the whole facility name for a city nested in it);
    ``nested``: a place named inside it, kept with it ("Алматы" in "Алматы Арена")."""

    place: PlaceCandidate
    claim: tuple[int, int]
    nested: PlaceCandidate | None = None


def _span_of(f: _Found) -> tuple[int, int]:
    return f.place.first_tok, f.place.last_tok


def _claiming(holds: Callable[[_Span, _Found], bool]) -> Callable[[_Span, _Found], bool]:
    """A veto that, when it stops a span, claims the span's words: it names no place at all,
    and the gazetteer finds none inside it. (The engine asks the vetoes in order and stops at
    the first that holds, so only the veto that decides claims.)"""
    def claims(s: _Span, f: _Found) -> bool:
        if not holds(s, f):
            return False
        s.c.taken.update(range(s.first, s.last))
        return True
    return claims


# ---- stage 2: each NER span

@dataclass(frozen=True, slots=True)
class _Span:
    """One NER span as the constructions see it: its type, [raw_first, raw_last) as the NER
    gave it (less a person's name the NER ran on into), and [first, last) after the name's
    words the NER left out are taken in and a common noun it ran into is left out (LOC)."""

    c: _Ctx
    type_: str
    raw_first: int
    raw_last: int
    first: int
    last: int

    @property
    def toks(self) -> list[Tok]:
        return self.c.doc.toks[self.first:self.last]

    @property
    def head(self) -> int | None:
        return head_index(self.toks)

    @property
    def head_lemma(self) -> str:
        h = self.head
        return self.toks[h].lemma.replace("ё", "е") if h is not None else ""

    @property
    def prev(self) -> Tok | None:
        return self.c.doc.toks[self.first - 1] if self.first > 0 else None


# ---- stage 3: the gazetteer at each word

@dataclass(frozen=True, slots=True)
class _At:
    """A word where the gazetteer stage looks for a name: ``in_name`` when it stands in a
    quoted or an organization's name (only a place nested in that name counts there), ``free``
    when it is no chrome and no earlier candidate claimed it."""

    c: _Ctx
    k: int
    free: bool
    in_name: bool


def _at(c: _Ctx, k: int) -> _At:
    t = c.doc.toks[k]
    free = not t.chrome and k not in c.taken
    in_name = free and (k in c.quoted or t.ner == "ORG") and t.is_word() and \
        _latin(c.doc, k, c.lex, c.quoted) is None
    return _At(c, k, free, in_name)
