"""A corpus as one SQLite file: documents, the merged entities, and where each is mentioned.

>>> from civic_extract.database import write_sqlite
>>> write_sqlite(extractor.pipe(pairs, as_tuples=True), "civic.db")    # doctest: +SKIP

or ``civic-extract corpus/ --format sqlite -o civic.db``. Entities are merged across documents
by ``civic_extract.corpus`` (the rules and the ``reason`` vocabulary are there). Every batch is
one transaction, so a run killed at any moment leaves the documents of the batches before it,
complete, with their entities; ``--resume`` goes on from there, with the same merges as a run
that was never stopped. The schema (``SCHEMA``) is in the README with example queries.
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from itertools import islice
from typing import Any

from .batch import Outcome
from .corpus import (
    AwardEntity,
    Link,
    Merger,
    OrganizationEntity,
    PersonEntity,
    PlaceEntity,
    year_of,
)
from .model import Article
from .resume import ResumeState

__all__ = ["SCHEMA", "APPLICATION_ID", "CorpusDatabase", "SqliteSink", "render_article",
           "resume_state", "write_sqlite"]

APPLICATION_ID = 0x43495643  # "CIVC": PRAGMA application_id of our files
SCHEMA_VERSION = 2  # PRAGMA user_version; 2: mentions.within

SCHEMA = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,            -- 1, 2, … in input order
    doc_id TEXT,                       -- the input's id: file path, record id
    title TEXT, date TEXT, year INTEGER, url TEXT,   -- Article.meta, where known
    chars INTEGER,                     -- length of text
    error TEXT,                        -- why it could not be read or extracted; NULL if it was
    text TEXT                          -- the text every offset points into
);
CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, last TEXT, first TEXT,
                     middle TEXT);
CREATE TABLE organizations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, form TEXT,
                            form_full TEXT, kind TEXT);
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT);
CREATE TABLE awards (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT, conferred_by TEXT,
                     year INTEGER);
CREATE TABLE statistics (
    id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
    value NUMERIC NOT NULL, unit TEXT, head TEXT, qualifier TEXT,
    start INTEGER, stop INTEGER, text TEXT
);
-- one row per mention of an entity in a document (exactly one of the four ids is set);
-- reason: why this document's entity was merged into that corpus entity ("new" for the first);
-- within: for a place, the organization whose name holds all its mentions in the document
-- (Place.within), NULL for a place the document names on its own
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
    person_id INTEGER REFERENCES people(id),
    organization_id INTEGER REFERENCES organizations(id),
    place_id INTEGER REFERENCES places(id),
    award_id INTEGER REFERENCES awards(id),
    start INTEGER, stop INTEGER, text TEXT, reason TEXT NOT NULL, within TEXT,
    CHECK ((person_id IS NOT NULL) + (organization_id IS NOT NULL) + (place_id IS NOT NULL)
           + (award_id IS NOT NULL) = 1)
);
-- a title a person holds in a document, with the organization and place it names
CREATE TABLE titles (
    id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people(id),
    organization_id INTEGER REFERENCES organizations(id),
    place_id INTEGER REFERENCES places(id),
    document_id INTEGER NOT NULL REFERENCES documents(id),
    text TEXT, normal TEXT NOT NULL, head TEXT,
    organization TEXT, place TEXT,    -- the names as the title gives them
    start INTEGER, stop INTEGER, reason TEXT NOT NULL
);
-- who received an award in a document: a person, an organization, or (both NULL) a name
-- that is neither
CREATE TABLE award_recipients (
    id INTEGER PRIMARY KEY, award_id INTEGER NOT NULL REFERENCES awards(id),
    person_id INTEGER REFERENCES people(id),
    organization_id INTEGER REFERENCES organizations(id),
    document_id INTEGER NOT NULL REFERENCES documents(id),
    recipient TEXT NOT NULL, reason TEXT NOT NULL
);
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE INDEX documents_year ON documents(year);
CREATE INDEX people_last ON people(last);
CREATE INDEX people_name ON people(name);
CREATE INDEX organizations_name ON organizations(name);
CREATE INDEX organizations_kind ON organizations(kind);
CREATE INDEX places_name ON places(name);
CREATE INDEX awards_year ON awards(year);
CREATE INDEX statistics_document ON statistics(document_id);
CREATE INDEX mentions_document ON mentions(document_id);
CREATE INDEX mentions_person ON mentions(person_id);
CREATE INDEX mentions_organization ON mentions(organization_id);
CREATE INDEX mentions_place ON mentions(place_id);
CREATE INDEX mentions_award ON mentions(award_id);
CREATE INDEX titles_person ON titles(person_id);
CREATE INDEX titles_organization ON titles(organization_id);
CREATE INDEX titles_document ON titles(document_id);
CREATE INDEX award_recipients_award ON award_recipients(award_id);
CREATE INDEX award_recipients_person ON award_recipients(person_id);
CREATE INDEX award_recipients_organization ON award_recipients(organization_id);
"""

_ENTITY_COLUMNS = {
    "people": ("id", "name", "last", "first", "middle"),
    "organizations": ("id", "name", "form", "form_full", "kind"),
    "places": ("id", "name", "kind"),
    "awards": ("id", "name", "kind", "conferred_by", "year"),
}
_ENTITY_CLASSES: dict[str, Any] = {"people": PersonEntity, "organizations": OrganizationEntity,
                                   "places": PlaceEntity, "awards": AwardEntity}
_MENTION_COLUMN = {"people": "person_id", "organizations": "organization_id",
                   "places": "place_id", "awards": "award_id"}


def render_article(article: Article) -> Article:
    """What a worker sends for the database: the Article without its sentences and tokens."""
    return replace(article, sentences=())


def _is_ours(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID)


def _is_empty(conn: sqlite3.Connection) -> bool:
    """No table at all (a file whose creation was rolled back)."""
    return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0)


def _check_ours(path: str) -> None:
    """Raise ValueError unless ``path`` is missing, empty, or a database of ours."""
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return
    try:
        conn = sqlite3.connect(path)  # read-write: a hot journal of a killed run rolls back
        try:
            ours = _is_ours(conn) or _is_empty(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        ours = False
    if not ours:
        raise ValueError(f"{path} exists and is not a civic_extract database; "
                         f"refusing to overwrite it")


def resume_state(path: str) -> ResumeState:
    """What an earlier run left in the database at ``path``: the ids of the documents it holds
    and how many of them failed."""
    state = ResumeState()
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return state
    _check_ours(path)
    conn = sqlite3.connect(path)
    try:
        for doc_id, error in conn.execute("SELECT doc_id, error FROM documents ORDER BY id"):
            state.done[doc_id] += 1
            state.records += 1
            state.errors += error is not None
    finally:
        conn.close()
    return state


def _span(mention: Any) -> tuple[int | None, int | None, str | None]:
    """(start, stop, text) of a mention, or NULLs."""
    return (None, None, None) if mention is None else (mention.start, mention.stop, mention.text)


def _mention_rows(mentions: Sequence[Any]) -> list[tuple[int | None, int | None, str | None]]:
    """(start, stop, text) of each mention; one row of NULLs for an entity without any, so
    that every document an entity is in has a row."""
    return [(m.start, m.stop, m.text) for m in mentions] or [(None, None, None)]


class CorpusDatabase:
    """A corpus database, open for writing: ``add`` writes one batch in one transaction.

    Without ``resume`` an existing database of ours at ``path`` is replaced (any other file
    there is refused); with ``resume`` it is continued, its entities merged into as if the run
    had never stopped.
    """

    def __init__(self, path: str, *, resume: bool = False) -> None:
        _check_ours(path)
        if not resume:
            for suffix in ("", "-journal", "-wal", "-shm"):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)
        self.path = path
        self._conn = sqlite3.connect(path, isolation_level=None)  # transactions by hand
        self._conn.execute("PRAGMA foreign_keys = ON")
        if not _is_ours(self._conn):  # new, or empty
            self._create()
        else:
            self._migrate()
        self.merger = self._restore()

    def _create(self) -> None:
        self._conn.executescript(f"BEGIN; {SCHEMA} PRAGMA application_id = {APPLICATION_ID};"
                                 f" PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")

    def _migrate(self) -> None:
        """Bring a database of an earlier version up to ``SCHEMA_VERSION`` (version 1 had no
        ``mentions.within``: its rows get NULL); refuse one of a later version."""
        version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            self._conn.close()
            raise ValueError(f"{self.path} is a civic_extract database of schema version "
                             f"{version}, newer than this version's {SCHEMA_VERSION}: "
                             f"upgrade civic_extract or write a new database")
        if version < 2:
            self._conn.executescript("BEGIN; ALTER TABLE mentions ADD COLUMN within TEXT;"
                                     f" PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")

    def _restore(self) -> Merger:
        """The Merger of what the database holds: its entities and their titles' evidence."""
        merger = Merger()
        for kind, columns in _ENTITY_COLUMNS.items():
            rows = self._conn.execute(f"SELECT {', '.join(columns)} FROM {kind} ORDER BY id")
            for row in rows:
                merger.restore(kind, _ENTITY_CLASSES[kind](*row))
        evidence = self._conn.execute(
            "SELECT t.person_id, d.year, t.head, t.organization FROM titles t "
            "JOIN documents d ON d.id = t.document_id ORDER BY t.id")
        for person, year, head, organization in evidence:
            merger.restore_title(person, year, head, organization)
        self._written = {kind: len(merger.entities[kind]) for kind in _ENTITY_COLUMNS}
        return merger

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction: committed whole, or rolled back whole (and the merger rebuilt, as
        it saw what was rolled back)."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            self.merger = self._restore()
            raise
        self._conn.execute("COMMIT")

    def add(self, items: Iterable[tuple[str | None, Article | None, str | None]]) -> None:
        """Write ``(doc_id, article, error)`` items (article None when ``error`` says why) and
        their merged entities, all or nothing."""
        with self._transaction():
            batch: list[tuple[int, int | None, Article]] = []
            for doc_id, article, error in items:
                row = self._document(doc_id, article, error)
                if article is not None:
                    batch.append((row, year_of(article.meta), article))
            links = {(x.doc, x.kind, x.index): x for x in self.merger.add(batch)}
            self._entities()
            for row, _, article in batch:
                self._links(row, article, links)

    def _document(self, doc_id: str | None, article: Article | None, error: str | None) -> int:
        meta = dict(article.meta or {}) if article is not None else {}
        cursor = self._conn.execute(
            "INSERT INTO documents (doc_id, title, date, year, url, chars, error, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, meta.get("title"), meta.get("date"), year_of(meta), meta.get("url"),
             len(article.text) if article is not None else None, error,
             article.text if article is not None else None))
        return int(cursor.lastrowid or 0)

    def _entities(self) -> None:
        """Insert the entities the merger created since the last batch."""
        for kind, columns in _ENTITY_COLUMNS.items():
            new = self.merger.entities[kind][self._written[kind]:]
            self._conn.executemany(
                f"INSERT INTO {kind} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                [tuple(getattr(e, c) for c in columns) for e in new])
            self._written[kind] += len(new)

    def _links(self, doc: int, article: Article, links: dict[tuple[int, str, int], Link]
               ) -> None:
        sql = ("INSERT INTO mentions (document_id, {}, start, stop, text, reason, within) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)")
        for kind, column in _MENTION_COLUMN.items():
            for i, entity in enumerate(getattr(article, kind)):
                link = links[(doc, kind, i)]
                within = getattr(entity, "within", None)
                self._conn.executemany(sql.format(column), [
                    (doc, link.entity, *m, link.reason, within)
                    for m in _mention_rows(entity.mentions)])
        self._titles(doc, article, links)
        self._recipients(doc, article, links)
        self._conn.executemany(
            "INSERT INTO statistics (document_id, value, unit, head, qualifier, start, stop, "
            "text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc, s.value, s.unit, s.head, s.qualifier, *_span(s.mention))
             for s in article.statistics])

    def _titles(self, doc: int, article: Article, links: dict[tuple[int, str, int], Link]
                ) -> None:
        def entity(kind: str, name: str | None) -> int | None:
            index = _find(article, kind, name)
            return None if index is None else links[(doc, kind, index)].entity

        rows: list[tuple[Any, ...]] = []
        for i, person in enumerate(article.people):
            holder = links[(doc, "people", i)]
            rows.extend((holder.entity, entity("organizations", t.organization),
                         entity("places", t.place), doc, t.text, t.normal, t.head,
                         t.organization, t.place, *_span(t.mention)[:2], holder.reason)
                        for t in person.titles)
        self._conn.executemany(
            "INSERT INTO titles (person_id, organization_id, place_id, document_id, text, normal,"
            " head, organization, place, start, stop, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def _recipients(self, doc: int, article: Article,
                    links: dict[tuple[int, str, int], Link]) -> None:
        def recipient(name: str) -> tuple[int | None, int | None, str]:
            """(person id, organization id, reason) of a recipient's name, as in to_frames:
            a person of the article first, then an organization."""
            person = _find(article, "people", name)
            if person is not None:
                link = links[(doc, "people", person)]
                return link.entity, None, link.reason
            org = _find(article, "organizations", name)
            if org is not None:
                link = links[(doc, "organizations", org)]
                return None, link.entity, link.reason
            return None, None, "not an extracted person or organization"

        rows = []
        for i, award in enumerate(article.awards):
            award_id = links[(doc, "awards", i)].entity
            for name in award.recipients:
                person_id, org_id, reason = recipient(name)
                rows.append((award_id, person_id, org_id, doc, name, reason))
        self._conn.executemany(
            "INSERT INTO award_recipients (award_id, person_id, organization_id, document_id, "
            "recipient, reason) VALUES (?, ?, ?, ?, ?, ?)", rows)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> CorpusDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _find(article: Article, kind: str, name: str | None) -> int | None:
    """The position of the entity of ``kind`` named ``name`` in ``article`` (a place by its
    aliases too), or None."""
    if not name:
        return None
    for i, entity in enumerate(getattr(article, kind)):
        if entity.name == name or name in getattr(entity, "aliases", ()):
            return i
    return None


class SqliteSink:
    """The CLI's ``--format sqlite``: each chunk of outcomes is one transaction."""

    def __init__(self, path: str, *, resume: bool = False) -> None:
        try:
            self._db = CorpusDatabase(path, resume=resume)
        except sqlite3.Error as ex:  # cannot open or create it: the CLI's usual OSError
            raise OSError(f"{path}: {ex}") from None

    def write(self, outcomes: Sequence[Outcome]) -> None:
        self._db.add((o.doc_id, o.value if o.error is None else None, o.error)
                     for o in outcomes)

    def close(self) -> None:
        self._db.close()


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def write_sqlite(articles: Iterable[Article], path: str, *, batch_size: int = 64,
                 resume: bool = False) -> Counter[str]:
    """Write ``articles`` and their merged entities to the database at ``path``, one
    transaction per ``batch_size`` articles; returns how many rows each entity table holds."""
    with CorpusDatabase(path, resume=resume) as db:
        for chunk in _chunks(articles, batch_size):
            db.add((a.doc_id, a, None) for a in chunk)
        return Counter({kind: len(db.merger.entities[kind]) for kind in _ENTITY_COLUMNS})
