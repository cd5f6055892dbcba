"""Organizations and places: their mentions as facts, merged into one entity per name.

An organization's mention is its name as written, without the legal form and the quotes
("ОО «Батыр»" → "Батыр"), as the name leaves them out. A one-word place that is the surname of a
person of the text ("Алехандро Толедо … Толедо сбежал") is that person, unless a preposition of
place (data/place_prepositions.txt) comes before it ("в Толедо").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..document import Doc, key
from ..extractors.organizations import OrgCandidate
from ..extractors.places import PlaceCandidate
from ..lexicon import PlaceLexicon
from ..model import Mention, Organization, Place
from ..quotes import QUOTES
from .facts import OrgFact, PersonFact, PlaceFact, Span, rule_of

__all__ = ["org_facts", "place_facts", "org_records", "place_records"]


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


def org_records(text: str, facts: Sequence[OrgFact], trace: bool = False
                ) -> tuple[list[Organization], list[tuple[Span, str]]]:
    """The organizations of a text, and every mention's whole span with its entity's name."""
    records: list[Organization] = []
    spans: list[tuple[Span, str]] = []
    for group in _groups(facts):
        name = group[0].name
        form = next((c.form for c in group if c.form), None)
        form_full = next((c.form_full for c in group if c.form_full), None)
        kind = next((c.kind for c in group if c.form), group[0].kind)
        records.append(Organization(name, form, form_full, kind,
                                    _mentions(text, (c.mention for c in group)),
                                    rule_of(group[0], trace)))
        spans += [(c.span, name) for c in group]
    return records, spans


def _namesake(p: PlaceFact, surnames: set[str]) -> bool:
    return p.word is not None and not p.after_place_preposition and any(
        p.word.startswith(s) and len(p.word) - len(s) <= 2 for s in surnames)


def place_records(text: str, facts: Sequence[PlaceFact], people: Sequence[PersonFact],
                  trace: bool = False) -> tuple[list[Place], list[tuple[Span, str]]]:
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
                             rule_of(group[0], trace)))
        spans += [(c.span, name) for c in group]
    return records, spans
