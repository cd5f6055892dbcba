"""Facts: what the extractors found in one text or piece, as offsets into the original text.

The linker works in two steps. ``gather`` (per parsed document, reading its tokens) turns the
extractors' candidates into facts: plain records with character offsets into the original text
and every local decision taken (a title's person, an award mention's recipients). ``assemble``
(per whole text, tokens gone) merges and relates them into the Article's entities. A long text
parsed in pieces gives the facts of each piece, shifted to the piece's offset and concatenated:
the same ``assemble`` runs over them, so entities do not depend on where the text was cut.

Facts refer to each other by a stable id, the ``(start, stop)`` of the person mention, never by
a position in a list.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TypeVar

__all__ = ["Span", "PersonFact", "TitleFact", "RoleFact", "OrgFact", "PlaceFact", "AwardFact",
           "Recipient", "StatFact", "EventFact", "Facts"]

Span = tuple[int, int]  # [start, stop) in the original text; a person mention's id


@dataclass(frozen=True, slots=True)
class PersonFact:
    """One mention of a person with its name in the nominative."""

    span: Span
    name: str
    last: str | None
    first: str | None
    middle: str | None
    words: tuple[str, ...] = ()  # the keys of the mention's words as written, in order
    rule: str = ""
    nominative: bool = False  # the mention stands in the nominative


@dataclass(frozen=True, slots=True)
class TitleFact:
    """A title phrase and the person mention it belongs to."""

    person: Span
    span: Span
    text: str  # as the prepared text writes it
    normal: str
    head: str
    nominative_head: bool = False  # the head word can only be a nominative
    adjacent: bool = False  # the name follows the title right away
    rule: str = ""
    kind: str = "position"
    # the organization the title refers to by a pronoun or its kind word ("Её директор")
    owner: Span | None = None


@dataclass(frozen=True, slots=True)
class RoleFact:
    """A title with no name next to it that refers back to a person ("глава региона")."""

    span: Span
    text: str
    group: str
    head: str
    normal: str
    rule: str = ""


@dataclass(frozen=True, slots=True)
class OrgFact:
    span: Span  # the whole mention, legal form and quotes included
    mention: Span  # the name as written
    name: str
    form: str | None
    form_full: str | None
    kind: str
    rule: str = ""
    known: str | None = None  # the name data/known_orgs.txt gives it ("Совфед" → "Совет Федерации")
    # the mention and the words its name runs over ("Ассамблеи народа | Казахстана": the
    # mention leaves the place to the place), default the mention's span
    extent: Span | None = None
    # the country the text adds to a known body's name ("МИД Италии" → "Италия"): two countries
    # make two bodies of one known name
    country: str | None = None
    # the quoted or Latin name after an abbreviation that stands for the kind of body ("ФК
    # «Спартак»" → "Спартак"), a name the text gives the organization too
    short: str | None = None
    # the mention's own name when the name runs on past it ("Верховный суд | Испании")
    written: str | None = None

    @property
    def org_key(self) -> str:
        """What groups the mentions of one organization ("ФК «Спартак»" with "«Спартака»")."""
        return self.known or self.short or self.name


@dataclass(frozen=True, slots=True)
class PlaceFact:
    span: Span
    name: str
    kind: str | None
    surface: str | None = None
    # a one-word place that may be a person's surname: its word, and whether it stands after a
    # preposition of place (as a NER location after "на")
    word: str | None = None
    after_place_preposition: bool = False
    rule: str = ""
    # the gazetteer's name for the place, when the text names a known place by another of its
    # names ("Республика Казахстан", "Беларусь", "ВКО" → "Казахстан", "Белоруссия", …)
    known: str | None = None

    @property
    def place_key(self) -> str:
        """What groups the mentions of one place."""
        return self.known or self.name


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who an award mention names as its recipient: a person mention (by its span), an
    organization (by name), or the article's main person."""

    at: int  # where the text names it (for ordering)
    person: Span | None = None
    organization: str | None = None
    main: bool = False
    # a holder noun standing for the people the text gives its title ("Победителям вручены
    # дипломы": those named "победитель"), by its lemma
    group: str | None = None
    # a holder noun in the singular ("Победитель получит премию"): the one person the text
    # gives its title, none when it gives it to several
    one: bool = False
    rule: str = ""  # the rule of link/awards/ that found it


@dataclass(frozen=True, slots=True)
class AwardFact:
    span: Span
    name: str
    kind: str
    conferred_by: str | None
    year: int | None
    named: bool
    ref: bool
    word: tuple[str, ...]
    pre: tuple[str, ...]
    post: str
    post_head: str
    recipients: tuple[Recipient, ...] = ()
    rule: str = ""
    alias: str = ""  # the phrase as the text names it, when renamed ("серебро": a medal)


@dataclass(frozen=True, slots=True)
class EventFact:
    """A candidate as the rules saw it (``Extractor(trace=True)``)."""

    span: Span
    kind: str
    rule: str
    verdict: str


@dataclass(frozen=True, slots=True)
class StatFact:
    span: Span
    value: int | float
    unit: str
    head: str
    qualifier: str | None
    rule: str = ""
    kind: str = "count"


_F = TypeVar("_F", PersonFact, TitleFact, RoleFact, OrgFact, PlaceFact, AwardFact, StatFact,
             EventFact)


def _shift(s: Span, off: int) -> Span:
    return s[0] + off, s[1] + off


def _moved(f: _F, off: int) -> _F:
    return replace(f, span=_shift(f.span, off))


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything found in one text (or piece of one), in text order per kind."""

    people: tuple[PersonFact, ...] = ()
    titles: tuple[TitleFact, ...] = ()
    roles: tuple[RoleFact, ...] = ()
    organizations: tuple[OrgFact, ...] = ()
    places: tuple[PlaceFact, ...] = ()
    awards: tuple[AwardFact, ...] = ()
    statistics: tuple[StatFact, ...] = ()
    events: tuple[EventFact, ...] = ()  # with a trace: every candidate and its verdict
    # capitalized words that are a person when they are the surname of a full name of the text
    lone_words: tuple[PersonFact, ...] = ()
    # the spans of the lines around the article's text ("Поделиться", "#волонтеры"): no entity
    # is searched for there
    chrome: tuple[Span, ...] = ()

    def shifted(self, off: int) -> Facts:
        """The same facts for a piece that starts at ``off`` in the whole text."""
        if off == 0:
            return self
        return Facts(
            tuple(_moved(p, off) for p in self.people),
            tuple(replace(t, span=_shift(t.span, off), person=_shift(t.person, off))
                  for t in self.titles),
            tuple(_moved(r, off) for r in self.roles),
            tuple(replace(o, span=_shift(o.span, off), mention=_shift(o.mention, off),
                          extent=_shift(o.extent, off) if o.extent is not None else None)
                  for o in self.organizations),
            tuple(_moved(p, off) for p in self.places),
            tuple(replace(a, span=_shift(a.span, off), recipients=tuple(
                replace(r, at=r.at + off,
                        person=_shift(r.person, off) if r.person is not None else None)
                for r in a.recipients)) for a in self.awards),
            tuple(_moved(s, off) for s in self.statistics),
            tuple(_moved(e, off) for e in self.events),
            tuple(_moved(p, off) for p in self.lone_words),
            tuple(_shift(c, off) for c in self.chrome),
        )

    @staticmethod
    def concat(parts: list[Facts]) -> Facts:
        """The facts of consecutive pieces as one."""
        if len(parts) == 1:
            return parts[0]
        return Facts(*(tuple(x for p in parts for x in getattr(p, name))
                       for name in ("people", "titles", "roles", "organizations", "places",
                                    "awards", "statistics", "events", "lone_words",
                                    "chrome")))
