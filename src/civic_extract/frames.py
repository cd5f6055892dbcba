"""Articles as pandas DataFrames: one table per entity kind, one row per entity.

>>> frames = civic_extract.to_frames(articles)            # doctest: +SKIP
>>> frames["organizations"].groupby("form").size()        # doctest: +SKIP

Every table starts with ``doc`` (the article's position in the input), ``doc_id`` and, for the
entity tables, ``entity`` (the entity's position in its article: ``article.people[entity]``).
The link tables point back with ``person`` (titles → people.entity) and ``award``
(award_recipients → awards.entity). ``start``/``stop``/``text`` are the first mention,
``mentions`` all of them as ``[[start, stop], …]``. The column lists below are the contract;
they are documented in the README. pandas is imported here only, when a table is built.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .errors import InputTypeError
from .model import Article, Mention

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "to_frames", "article_rows"]

_DOC = ("doc", "doc_id")
_FIRST = ("start", "stop", "text", "mentions")

COLUMNS: dict[str, tuple[str, ...]] = {
    "people": (*_DOC, "entity", "name", "last", "first", "middle", "titles", "score", *_FIRST),
    "titles": (*_DOC, "person", "person_name", "text", "normal", "head", "kind", "organization",
               "place", "score", "start", "stop"),
    "organizations": (*_DOC, "entity", "name", "form", "form_full", "kind", "aliases", "score",
                      *_FIRST),
    "places": (*_DOC, "entity", "name", "kind", "aliases", "within", "score", *_FIRST),
    "awards": (*_DOC, "entity", "name", "kind", "conferred_by", "year", "recipients", "aliases",
               "score", *_FIRST),
    "award_recipients": (*_DOC, "award", "award_name", "recipient", "recipient_kind",
                         "recipient_entity"),
    "statistics": (*_DOC, "entity", "value", "unit", "head", "kind", "qualifier", "score",
                   *_FIRST),
}
"""The columns of each table, in order."""

# Integer columns that may be missing use pandas' nullable Int64; statistic values are floats
# (2,5 млрд and 1 150 alike; exact up to 2**53).
_DTYPES: dict[str, str] = {
    "doc": "int64", "entity": "int64", "person": "int64", "award": "int64",
    "start": "Int64", "stop": "Int64", "year": "Int64", "recipient_entity": "Int64",
    "value": "float64", "score": "float64",
}

Row = dict[str, Any]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "DataFrames need pandas: pip install 'civic_extract[pandas]'") from None
    return pandas


def _first(mentions: tuple[Mention, ...]) -> Row:
    m = mentions[0] if mentions else None
    return {
        "start": m.start if m else None,
        "stop": m.stop if m else None,
        "text": m.text if m else None,
        "mentions": [x.to_list() for x in mentions],
    }


def _recipient(article: Article, name: str) -> tuple[str | None, int | None]:
    """Which extracted person or organization an award recipient's name refers to."""
    for i, p in enumerate(article.people):
        if p.name == name:
            return "person", i
    for i, o in enumerate(article.organizations):
        if o.name == name:
            return "organization", i
    return None, None


def article_rows(article: Article, doc: int = 0) -> dict[str, list[Row]]:
    """The rows of every table for one article (plain dicts; no pandas needed)."""
    key: Row = {"doc": doc, "doc_id": article.doc_id}
    rows: dict[str, list[Row]] = {kind: [] for kind in COLUMNS}
    for i, p in enumerate(article.people):
        rows["people"].append({**key, "entity": i, "name": p.name, "last": p.last,
                               "first": p.first, "middle": p.middle,
                               "titles": [t.normal for t in p.titles], "score": p.score,
                               **_first(p.mentions)})
        for t in p.titles:
            rows["titles"].append({
                **key, "person": i, "person_name": p.name, "text": t.text, "normal": t.normal,
                "head": t.head, "kind": t.kind, "organization": t.organization,
                "place": t.place, "score": t.score,
                "start": t.mention.start if t.mention else None,
                "stop": t.mention.stop if t.mention else None})
    for i, o in enumerate(article.organizations):
        rows["organizations"].append({**key, "entity": i, "name": o.name, "form": o.form,
                                      "form_full": o.form_full, "kind": o.kind,
                                      "aliases": list(o.aliases), "score": o.score,
                                      **_first(o.mentions)})
    for i, pl in enumerate(article.places):
        rows["places"].append({**key, "entity": i, "name": pl.name, "kind": pl.kind,
                               "aliases": list(pl.aliases), "within": pl.within,
                               "score": pl.score, **_first(pl.mentions)})
    for i, a in enumerate(article.awards):
        rows["awards"].append({**key, "entity": i, "name": a.name, "kind": a.kind,
                               "conferred_by": a.conferred_by, "year": a.year,
                               "recipients": list(a.recipients), "aliases": list(a.aliases),
                               "score": a.score, **_first(a.mentions)})
        for name in a.recipients:
            kind, index = _recipient(article, name)
            rows["award_recipients"].append({**key, "award": i, "award_name": a.name,
                                             "recipient": name, "recipient_kind": kind,
                                             "recipient_entity": index})
    for i, s in enumerate(article.statistics):
        mentions = (s.mention,) if s.mention is not None else ()
        rows["statistics"].append({**key, "entity": i, "value": s.value, "unit": s.unit,
                                   "head": s.head, "kind": s.kind, "qualifier": s.qualifier,
                                   "score": s.score,
                                   **_first(mentions)})
    return rows


def _frame(kind: str, rows: list[Row]) -> pd.DataFrame:
    pandas = _pandas()
    columns = COLUMNS[kind]
    frame = pandas.DataFrame(rows, columns=list(columns))
    return frame.astype({c: _DTYPES[c] for c in columns if c in _DTYPES})


def to_frames(articles: Article | Iterable[Article]) -> dict[str, pd.DataFrame]:
    """One DataFrame per kind (keys of ``COLUMNS``) for one article or many, in input order.

    Every table has its columns even when it has no rows. Raises ``ImportError`` with the
    install hint when pandas is missing, ``InputTypeError`` for anything but Articles.
    """
    _pandas()
    if isinstance(articles, Article):
        articles = [articles]
    elif isinstance(articles, (str, bytes)):
        raise InputTypeError(
            f"expected Article or an iterable of Articles, got {type(articles).__name__}: "
            f"extract first (civic_extract.extract_many(texts))")
    rows: dict[str, list[Row]] = {kind: [] for kind in COLUMNS}
    for doc, article in enumerate(articles):
        if not isinstance(article, Article):
            raise InputTypeError(f"expected Article, got {type(article).__name__}")
        for kind, more in article_rows(article, doc).items():
            rows[kind].extend(more)
    return {kind: _frame(kind, rows[kind]) for kind in COLUMNS}
