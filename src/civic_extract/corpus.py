"""Cross-document entities: the same person, organization, place or award across a corpus.

>>> corpus = civic_extract.corpus.merge(extractor.pipe(texts))        # doctest: +SKIP
>>> corpus.entity("people", doc=3, index=0).name                     # doctest: +SKIP
'Ермек Маржикпаев'

The entities of each article (already merged within it by the extractor) are joined to corpus
entities; every join is a ``Link`` that records why it was made (``reason``). The rules are
conservative: a wrong merge hides a person, a missed one only repeats them.

* **People** with a first and a last name merge on the normalized full name (case, ё/е, quotes
  and spacing ignored; two different patronymics stay apart), unless their titles conflict in
  the same period: both have titles, none with the same head, in the same year (a document's
  year is that of ``Article.meta["date"]``; an undated document may be of any year). A person
  given by the surname alone (or initials and surname) joins the one person of that surname
  with the same title head (any year) or a title in the same organization, and no conflicting
  title; with no such evidence, or more than one candidate, it stays apart.
* **Organizations** merge on name and legal form; one without a form joins the only
  organization of that name.
* **Places** merge on name; **awards** on name, kind and year.

Within one ``add`` (one batch), full names are joined before surnames alone, the full names
with the title their name has most often before rarer titles and before none, and
organizations with a form before those without: so the order of documents inside a batch does
not decide who is whose namesake. Across batches (the CLI's database is written batch by batch)
what came first stays.
An entity is named as in the first article that gave it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .model import Article, Organization, Person

__all__ = [
    "KINDS",
    "Link",
    "PersonEntity",
    "OrganizationEntity",
    "PlaceEntity",
    "AwardEntity",
    "Corpus",
    "Merger",
    "merge",
    "normalize",
    "year_of",
]

KINDS = ("people", "organizations", "places", "awards")
"""The kinds of entities merged across documents, in the order ``Merger.add`` links them."""

_QUOTES = re.compile("[\"'«»“”„‟‘’‚‛`]")
_DASHES = re.compile("[\u2010-\u2015\u2212]")
_SPACES = re.compile(r"\s+")
_INITIAL = re.compile(r"\s*(\w)\.")
_YEAR = re.compile(r"(\d{4})")


def normalize(name: str) -> str:
    """The key a name is compared by: NFC, case-folded, ё as е, without quotes, one space."""
    text = unicodedata.normalize("NFC", name).casefold().replace("ё", "е")
    text = _DASHES.sub("-", _QUOTES.sub("", text))
    return _SPACES.sub(" ", text).strip()


def year_of(meta: Any) -> int | None:
    """The year of a document from ``Article.meta["date"]`` ("2020-05-01" → 2020), or None."""
    date = meta.get("date") if meta else None
    match = _YEAR.match(str(date)) if date else None
    return int(match.group(1)) if match else None


@dataclass(frozen=True, slots=True)
class Link:
    """One entity of one article joined to a corpus entity, and why."""

    kind: str  # people | organizations | places | awards
    doc: int  # the document: its position given to merge(), its row id in a database
    index: int  # the entity's position in its article: article.people[index]
    entity: int  # the corpus entity's id
    reason: str


@dataclass(slots=True)
class PersonEntity:
    """A person of the corpus, named as in its first article; ``heads`` (title heads by year,
    None for undated) and ``organizations`` (normalized names) are the evidence seen so far."""

    id: int
    name: str
    last: str | None = None
    first: str | None = None
    middle: str | None = None
    heads: dict[int | None, set[str]] = field(default_factory=dict)
    organizations: set[str] = field(default_factory=set)

    @property
    def keys(self) -> tuple[str, str | None, str | None, str | None]:
        """(surname, first name, patronymic, initial), normalized."""
        first = normalize(self.first) if self.first else None
        initial = first[0] if first else _initial(self.name)
        return (normalize(self.last or self.name), first,
                normalize(self.middle) if self.middle else None, initial)

    def heads_in(self, year: int | None) -> set[str]:
        """The title heads of the same period as ``year`` (undated ones count for any year)."""
        if year is None:
            return set().union(*self.heads.values())
        return self.heads.get(year, set()) | self.heads.get(None, set())

    def add_evidence(self, year: int | None, heads: set[str], organizations: set[str]) -> None:
        if heads:
            self.heads.setdefault(year, set()).update(heads)
        self.organizations.update(organizations)


@dataclass(slots=True)
class OrganizationEntity:
    id: int
    name: str
    form: str | None = None
    form_full: str | None = None
    kind: str | None = None


@dataclass(slots=True)
class PlaceEntity:
    id: int
    name: str
    kind: str | None = None


@dataclass(slots=True)
class AwardEntity:
    id: int
    name: str
    kind: str | None = None
    conferred_by: str | None = None
    year: int | None = None


Entity = PersonEntity | OrganizationEntity | PlaceEntity | AwardEntity


def _initial(name: str) -> str | None:
    match = _INITIAL.match(name)
    return match.group(1).casefold() if match else None


def _evidence(person: Person) -> tuple[set[str], set[str]]:
    """The title heads and the (normalized) organizations of a person's titles."""
    heads = {normalize(t.head) for t in person.titles if t.head}
    orgs = {normalize(t.organization) for t in person.titles if t.organization}
    return heads, orgs


def _agree(a: str | None, b: str | None) -> bool:
    """Equal, or one of them unknown (a patronymic given in one article only)."""
    return a is None or b is None or a == b


def _conflict(entity: PersonEntity, heads: set[str], year: int | None) -> bool:
    """Both have titles in the same period and none of them shares a head."""
    known = entity.heads_in(year)
    return bool(heads) and bool(known) and not known & heads


def _compatible(entity: PersonEntity, initial: str | None) -> bool:
    first, initial_of_entity = entity.keys[1], entity.keys[3]
    if initial is None or (first is None and initial_of_entity is None):
        return True
    return (first or initial_of_entity or "").startswith(initial)


class Merger:
    """Joins the entities of articles to corpus entities, batch by batch.

    ``add`` takes ``(doc, year, article)`` triples and returns their Links; the entities it
    created are the last ones of ``entities[kind]`` (ids go on from the largest one, so a
    Merger rebuilt from a database with ``restore`` continues it).
    """

    def __init__(self) -> None:
        self.entities: dict[str, list[Any]] = {kind: [] for kind in KINDS}
        self._surnames: dict[str, list[PersonEntity]] = {}
        self._people_by_id: dict[int, PersonEntity] = {}
        self._org_names: dict[str, list[OrganizationEntity]] = {}
        self._places: dict[str, PlaceEntity] = {}
        self._awards: dict[tuple[str, str, int | None], AwardEntity] = {}
        self._next = dict.fromkeys(KINDS, 1)

    # ---- state ----
    def restore(self, kind: str, entity: Entity) -> None:
        """Take back an entity written earlier (its evidence through ``restore_title``)."""
        self.entities[kind].append(entity)
        self._next[kind] = max(self._next[kind], entity.id + 1)
        if isinstance(entity, PersonEntity):
            self._surnames.setdefault(entity.keys[0], []).append(entity)
            self._people_by_id[entity.id] = entity
        elif isinstance(entity, OrganizationEntity):
            self._org_names.setdefault(normalize(entity.name), []).append(entity)
        elif isinstance(entity, PlaceEntity):
            self._places[normalize(entity.name)] = entity
        else:
            self._awards[_award_key(entity.name, entity.kind, entity.year)] = entity

    def restore_title(self, person: int, year: int | None, head: str | None,
                      organization: str | None) -> None:
        """Take back the evidence of a title written earlier."""
        self._people_by_id[person].add_evidence(
            year, {normalize(head)} if head else set(),
            {normalize(organization)} if organization else set())

    def _new(self, kind: str, entity: Entity) -> Any:
        self.restore(kind, entity)
        return entity

    def _id(self, kind: str) -> int:
        return self._next[kind]

    # ---- merging ----
    def add(self, batch: Sequence[tuple[int, int | None, Article]]) -> list[Link]:
        """Join every entity of ``batch`` (``(doc, year, article)``); one Link each."""
        links: list[Link] = []
        self._organizations(batch, links)
        self._people(batch, links)
        for doc, _, article in batch:
            for i, place in enumerate(article.places):
                found, reason = self._place(place.name, place.kind)
                links.append(Link("places", doc, i, found.id, reason))
            for i, award in enumerate(article.awards):
                given, why = self._award(award.name, award.kind, award.year, award.conferred_by)
                links.append(Link("awards", doc, i, given.id, why))
        order = {kind: k for k, kind in enumerate(KINDS)}
        return sorted(links, key=lambda link: (link.doc, order[link.kind], link.index))

    def _people(self, batch: Sequence[tuple[int, int | None, Article]], links: list[Link]
                ) -> None:
        entries = [(doc, year, i, p) for doc, year, article in batch
                   for i, p in enumerate(article.people)]
        full = [e for e in entries if e[3].first and e[3].last]
        for doc, year, i, person in [*_majority_first(full),
                                     *(e for e in entries if not (e[3].first and e[3].last))]:
            entity, reason = self._person(person, year)
            links.append(Link("people", doc, i, entity.id, reason))

    def _person(self, person: Person, year: int | None) -> tuple[PersonEntity, str]:
        heads, orgs = _evidence(person)
        probe = PersonEntity(0, person.name, person.last, person.first, person.middle)
        surname, first, middle, initial = probe.keys
        candidates = self._surnames.get(surname, [])
        found: tuple[PersonEntity, str] | None = None
        if first is not None:
            found = next(((e, "full name") for e in candidates
                          if e.keys[1] == first and _agree(e.keys[2], middle)
                          and not _conflict(e, heads, year)), None)
        else:
            matches = [(e, why) for e in candidates
                       if _compatible(e, initial) and (why := _why(e, heads, orgs, year))]
            found = matches[0] if len(matches) == 1 else None
        if found is None:
            probe.id = self._id("people")
            found = (self._new("people", probe), "new")
        found[0].add_evidence(year, heads, orgs)
        return found

    def _organizations(self, batch: Sequence[tuple[int, int | None, Article]],
                       links: list[Link]) -> None:
        entries = [(doc, i, o) for doc, _, article in batch
                   for i, o in enumerate(article.organizations)]
        for with_form in (True, False):
            for doc, i, org in entries:
                if bool(org.form) == with_form:
                    entity, reason = self._organization(org)
                    links.append(Link("organizations", doc, i, entity.id, reason))

    def _organization(self, org: Organization) -> tuple[OrganizationEntity, str]:
        same = self._org_names.get(normalize(org.name), [])
        form = normalize(org.form) if org.form else None
        exact = next((e for e in same if (normalize(e.form) if e.form else None) == form), None)
        if exact is not None:
            return exact, "name and form" if form else "name, no form"
        if form is None and len(same) == 1:
            return same[0], f"name, the only one of that name ({same[0].form})"
        entity = OrganizationEntity(self._id("organizations"), org.name, org.form,
                                    org.form_full, org.kind)
        return self._new("organizations", entity), "new"

    def _place(self, name: str, kind: str | None) -> tuple[PlaceEntity, str]:
        entity = self._places.get(normalize(name))
        if entity is not None:
            return entity, "name"
        return self._new("places", PlaceEntity(self._id("places"), name, kind)), "new"

    def _award(self, name: str, kind: str | None, year: int | None, by: str | None
               ) -> tuple[AwardEntity, str]:
        entity = self._awards.get(_award_key(name, kind, year))
        if entity is not None:
            return entity, "name, kind and year"
        entity = AwardEntity(self._id("awards"), name, kind, by, year)
        return self._new("awards", entity), "new"


PersonEntry = tuple[int, int | None, int, Person]


def _majority_first(entries: list[PersonEntry]) -> list[PersonEntry]:
    """Full names in the order they are joined: for each name, those with the title head the
    name has most often first, then rarer heads, then those without a title (document order
    within each), so that a namesake's odd title cannot capture the name before the titles
    most articles give it."""
    def name_key(person: Person) -> tuple[str, str]:
        return normalize(person.last or ""), normalize(person.first or "")

    counts = Counter((name_key(p), h) for *_, p in entries for h in _evidence(p)[0])

    def rank(entry: PersonEntry) -> tuple[int, int]:
        heads = _evidence(entry[3])[0]
        if not heads:
            return 1, 0
        return 0, -max(counts[(name_key(entry[3]), h)] for h in heads)

    return sorted(entries, key=lambda e: (*rank(e), e[0], e[2]))


def _award_key(name: str, kind: str | None, year: int | None) -> tuple[str, str, int | None]:
    return normalize(name), normalize(kind or ""), year


def _why(entity: PersonEntity, heads: set[str], orgs: set[str], year: int | None) -> str | None:
    """Why a surname alone is this person: a shared title head or organization, and no title
    in conflict; None when there is no such evidence."""
    if _conflict(entity, heads, year):
        return None
    shared = heads & set().union(*entity.heads.values())
    if shared:
        return f"surname and title: {min(shared)}"
    common = orgs & entity.organizations
    if common:
        return f"surname and organization: {min(common)}"
    return None


@dataclass
class Corpus:
    """The result of ``merge``: the articles, the corpus entities and the Links between them."""

    articles: list[Article]
    people: list[PersonEntity]
    organizations: list[OrganizationEntity]
    places: list[PlaceEntity]
    awards: list[AwardEntity]
    links: list[Link]

    def entity(self, kind: str, doc: int, index: int) -> Any:
        """The corpus entity of ``articles[doc].<kind>[index]``."""
        link = next(x for x in self.links if (x.kind, x.doc, x.index) == (kind, doc, index))
        return next(e for e in getattr(self, kind) if e.id == link.entity)

    def documents(self, kind: str, entity: int) -> list[int]:
        """The documents (positions in ``articles``) that mention entity ``entity`` of
        ``kind``, in order, once each."""
        return sorted({x.doc for x in self.links if x.kind == kind and x.entity == entity})


def merge(articles: Iterable[Article]) -> Corpus:
    """The corpus entities of ``articles``, merged as one batch; ``Link.doc`` is the article's
    position in ``articles``."""
    articles = list(articles)
    for article in articles:
        if not isinstance(article, Article):
            from .errors import InputTypeError

            raise InputTypeError(f"expected Article, got {type(article).__name__}")
    merger = Merger()
    links = merger.add([(doc, year_of(a.meta), a) for doc, a in enumerate(articles)])
    e = merger.entities
    return Corpus(articles, e["people"], e["organizations"], e["places"], e["awards"], links)
