"""Organizations and places: their mentions as facts, merged into one entity per name.

An organization's mention is its name as written, without the legal form and the quotes
("ОО «Батыр»" → "Батыр"), as the name leaves them out. A one-word place that is the surname of a
person of the text ("Алехандро Толедо … Толедо сбежал") is that person, unless a preposition of
place (data/place_prepositions.txt) comes before it ("в Толедо").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from ..data import lines
from ..document import Doc, key
from ..extractors.organizations import OrgCandidate
from ..extractors.phrase import word_stem
from ..extractors.places import PlaceCandidate
from ..lexicon import PlaceLexicon
from ..model import Mention, Organization, Place
from ..quotes import QUOTES
from .facts import OrgFact, PersonFact, PlaceFact, Span
from .score import Marks

__all__ = ["org_facts", "place_facts", "org_records", "place_records"]

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


@cache
def _function_words() -> frozenset[str]:
    """Words an abbreviation leaves out (data/abbreviation_skips.txt)."""
    return frozenset(lines("abbreviation_skips.txt"))


def _span(doc: Doc, first: int, last: int) -> Span:
    m = doc.tok_mention(first, last)
    return m.start, m.stop


def _name_tokens(doc: Doc, c: OrgCandidate) -> tuple[int, int]:
    if c.form is None or not c.first_tok <= c.name_first < c.last_tok:
        return c.first_tok, c.last_tok
    a, b = c.name_first, min(c.name_last, c.last_tok)
    while a < b and doc.toks[a].text in QUOTES:
        a += 1
    while b > a and doc.toks[b - 1].text in QUOTES:
        b -= 1
    return (a, b) if b > a else (c.first_tok, c.last_tok)


def org_facts(doc: Doc, orgs: Iterable[OrgCandidate]) -> list[OrgFact]:
    return [OrgFact(_span(doc, o.first_tok, o.last_tok), _span(doc, *_name_tokens(doc, o)),
                    o.name, o.form, o.form_full, o.kind, o.rule) for o in orgs]


def place_facts(doc: Doc, lex: PlaceLexicon, places: Iterable[PlaceCandidate]
                ) -> list[PlaceFact]:
    out = []
    for p in places:
        word = None
        after = False
        if p.last_tok - p.first_tok == 1:
            word = doc.toks[p.first_tok].text.lower()
            prev = doc.toks[p.first_tok - 1].low if p.first_tok > 0 else ""
            after = prev in lex.prepositions and not (
                doc.toks[p.first_tok].ner == "LOC" and prev == "на")
        out.append(PlaceFact(_span(doc, p.first_tok, p.last_tok), p.name, p.kind, p.surface,
                             word, after, p.rule))
    return out


def _mentions(text: str, spans: Iterable[Span]) -> tuple[Mention, ...]:
    return tuple(sorted({Mention(a, b, text[a:b]) for a, b in spans}))


def _groups(items: Iterable[OrgFact | PlaceFact], name: str = "name") -> list[list]:
    groups: dict[str, list] = {}
    for x in items:
        groups.setdefault(key(getattr(x, name)), []).append(x)
    return sorted(groups.values(), key=lambda xs: min(x.span[0] for x in xs))


def _stems(name: str) -> tuple[str, ...]:
    return tuple(word_stem(w) for w in _WORD.findall(name))


def _initials(name: str) -> str:
    """The abbreviation of a name: the first letters of its words but the function words
    ("Министерство информации и общественного развития" → "миор")."""
    return "".join(w[0] for w in _WORD.findall(key(name)) if w not in _function_words())


@dataclass
class _OrgGroup:
    facts: list[OrgFact]
    names: list[str] = field(default_factory=list)  # the names of groups merged into it

    @property
    def name(self) -> str:
        return self.facts[0].name

    @property
    def form(self) -> str | None:
        return next((c.form for c in self.facts if c.form), None)


def _shorter_forms(groups: list[_OrgGroup], place_stems: set[str]) -> None:
    """Merge an organization named by a shorter form of one other organization's name into that
    one: its abbreviation ("МИОР"), or its first words when the rest names a place of the text
    ("Общественная палата" of "Общественная палата Омской области"; not "Microsoft" of
    "Microsoft Entertainment & Devices", a part of it). A shorter form that fits several names
    stays an entity of its own (the text names two bodies)."""
    by_first: dict[str, list[int]] = {}
    by_initials: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        stems = _stems(g.name)
        if stems:
            by_first.setdefault(stems[0], []).append(i)
        if len(stems) > 1:
            by_initials.setdefault(_initials(g.name), []).append(i)
    merged: set[int] = set()
    for i, g in enumerate(groups):
        stems = _stems(g.name)
        if not stems:
            continue
        longer = {j for j in by_first.get(stems[0], ()) if j != i and
                  len(_stems(groups[j].name)) > len(stems) and
                  _stems(groups[j].name)[:len(stems)] == stems and
                  set(_stems(groups[j].name)[len(stems):]) <= place_stems}
        if len(stems) == 1 and g.name.isupper() and len(g.name) >= 2:
            longer |= set(by_initials.get(key(g.name), ()))
        longer = {j for j in longer if j not in merged and
                  (g.form is None or groups[j].form in (None, g.form))}
        if len(longer) == 1:
            j = longer.pop()
            groups[j].facts += g.facts
            groups[j].names += [g.name, *g.names]
            merged.add(i)
    groups[:] = [g for i, g in enumerate(groups) if i not in merged]


def org_records(text: str, facts: Sequence[OrgFact], places: Sequence[PlaceFact],
                marks: Marks) -> tuple[list[Organization], list[tuple[Span, str]]]:
    """The organizations of a text, and every mention's whole span with its entity's name
    (``places``: the text's places, whose words may complete an organization's short name)."""
    groups = [_OrgGroup(g) for g in _groups(facts)]
    place_stems = {stem for p in places for name in (p.name, p.surface or "", text[slice(*p.span)])
                   for stem in _stems(name)}
    _shorter_forms(groups, place_stems)
    records: list[Organization] = []
    spans: list[tuple[Span, str]] = []
    for g in sorted(groups, key=lambda g: min(c.span[0] for c in g.facts)):
        group = g.facts
        name = g.name
        form = g.form
        form_full = next((c.form_full for c in group if c.form_full), None)
        kind = next((c.kind for c in group if c.form), group[0].kind)
        aliases = tuple(dict.fromkeys(n for n in g.names if key(n) != key(name)))
        records.append(Organization(name, form, form_full, kind,
                                    _mentions(text, (c.mention for c in group)),
                                    marks.rule(group[0].rule), aliases,
                                    marks.score("organizations", (c.rule for c in group),
                                                len(group))))
        spans += [(c.span, name) for c in group]
    return records, spans


def _namesake(p: PlaceFact, surnames: set[str]) -> bool:
    return p.word is not None and not p.after_place_preposition and any(
        p.word.startswith(s) and len(p.word) - len(s) <= 2 for s in surnames)


def place_records(text: str, facts: Sequence[PlaceFact], people: Sequence[PersonFact],
                  marks: Marks) -> tuple[list[Place], list[tuple[Span, str]]]:
    """The places of a text (a person's surname left out), and every mention's span with its
    entity's name."""
    surnames = {c.last.lower() for c in people if c.first and c.last and len(c.last) >= 4}
    records: list[Place] = []
    spans: list[tuple[Span, str]] = []
    for group in _groups(p for p in facts if not (surnames and _namesake(p, surnames))):
        name = group[0].name
        kind = next((c.kind for c in group if c.kind), None)
        aliases = tuple(dict.fromkeys(c.surface for c in group
                                      if c.surface and key(c.surface) != key(name)))
        records.append(Place(name, kind, _mentions(text, (c.span for c in group)), aliases,
                             marks.rule(group[0].rule),
                             marks.score("places", (c.rule for c in group), len(group))))
        spans += [(c.span, name) for c in group]
    return records, spans
