"""The resolver: the one place that settles overlaps between the span extractors' candidates.

People, organizations and places are found independently (each extractor reads the parsed
document alone); where their spans overlap, the rules below decide, in this order:

1. ``quoted_name``: a person inside a quoted name is part of that name («Центр имени Абая»);
2. ``known_organization``: a gazetteer organization outranks the person or place the NER saw on
   its words ("команда Феррари", "клуб Челси"); a person's name the NER ran on from it
   ("оператор Аль-Джазиры Сами аль-Хадж") keeps the words after it, and those words stop being a
   person's in the resolved labels (a title before the organization reaches the person after
   it); a place inside the name stays ("Голос | Америки");
3. ``place_over_person``: a span that is both a person and a place is the place ("Эфиопия").

The result is frozen. The parsed document is never changed: the labels the resolver changes make
a new document layer (``Doc.relabeled``) that the later extractors read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .document import Doc
from .extractors.organizations import OrgCandidate
from .extractors.people import PersonCandidate, person_from_tokens
from .extractors.places import PlaceCandidate
from .text.morph import Morphology

__all__ = ["Resolved", "resolve"]


@dataclass(frozen=True, slots=True)
class Resolved:
    doc: Doc  # the parsed document with the resolver's labels
    people: tuple[PersonCandidate, ...]
    organizations: tuple[OrgCandidate, ...]
    places: tuple[PlaceCandidate, ...]


def _overlap(spans: Sequence[tuple[int, int]], a: int, b: int) -> tuple[int, int] | None:
    return next(((f, e) for f, e in spans if f < b and a < e), None)


def _outside_quotes(doc: Doc, people: Sequence[PersonCandidate]) -> list[PersonCandidate]:
    quoted = doc.quotes.quoted
    return [p for p in people if not any(k in quoted for k in range(p.first_tok, p.last_tok))]


def _yield_to_known(doc: Doc, morph: Morphology, orgs: Sequence[OrgCandidate],
                    people: Sequence[PersonCandidate], places: Sequence[PlaceCandidate]
                    ) -> tuple[list[PersonCandidate], list[PlaceCandidate], dict[int, str]]:
    known = [(o.first_tok, o.last_tok) for o in orgs if o.known]
    if not known:
        return list(people), list(places), {}
    kept_people = []
    relabel: dict[int, str] = {}
    for p in people:
        span = _overlap(known, p.first_tok, p.last_tok)
        if span is None:
            kept_people.append(p)
            continue
        relabel.update((k, "ORG") for k in range(max(p.first_tok, span[0]),
                                                 min(p.last_tok, span[1])))
        if span[0] <= p.first_tok and span[1] < p.last_tok:
            rest = person_from_tokens(doc, span[1], p.last_tok, morph)
            if rest is not None:
                kept_people.append(rest)
    kept_places = [p for p in places if (span := _overlap(known, p.first_tok, p.last_tok)) is None
                   or span[0] <= p.first_tok and p.last_tok <= span[1]
                   and p.last_tok - p.first_tok < span[1] - span[0]]
    return kept_people, kept_places, relabel


def resolve(doc: Doc, morph: Morphology, people: Sequence[PersonCandidate],
            orgs: Sequence[OrgCandidate], places: Sequence[PlaceCandidate]) -> Resolved:
    kept = _outside_quotes(doc, people)
    kept, kept_places, relabel = _yield_to_known(doc, morph, orgs, kept, places)
    place_spans = {(p.first_tok, p.last_tok) for p in kept_places}
    kept = [p for p in kept if (p.first_tok, p.last_tok) not in place_spans]
    return Resolved(doc.relabeled(relabel) if relabel else doc, tuple(kept), tuple(orgs),
                    tuple(kept_places))
