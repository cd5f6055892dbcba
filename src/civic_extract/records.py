"""Articles as flat rows, one table per entity kind: the one place CSV, Parquet and Dask read.

Every row starts with ``doc_id``; ``n`` numbers the entity inside its document (titles carry the
``person`` number of the person they belong to). Lists (mention spans, award recipients) are JSON
strings, so every column is a scalar and the rows go as they are into ``csv``, pyarrow or pandas.

>>> rows = article_rows(article)                        # doctest: +SKIP
>>> rows["people"][0]["name"], rows["titles"][0]["person"]   # doctest: +SKIP
('Асаин Байханов', 0)
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .model import Article, Mention

__all__ = [
    "TABLES",
    "KINDS",
    "COLUMNS",
    "Row",
    "article_rows",
    "document_row",
    "count_entities",
]

Row = dict[str, Any]

#: The entity kinds, in the order of ``Article``'s fields (titles come with people).
KINDS = ("people", "titles", "organizations", "places", "awards", "statistics")

#: The tables ``article_rows`` fills, plus ``documents`` (one row per input document).
TABLES = (*KINDS, "documents")

#: Column name and type of every table: "str", "int" (never null), "int?" or "float" (nullable).
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "people": (
        ("doc_id", "str"), ("n", "int"), ("name", "str"), ("last", "str"), ("first", "str"),
        ("middle", "str"), ("start", "int?"), ("stop", "int?"), ("mentions", "str"),
    ),
    "titles": (
        ("doc_id", "str"), ("person", "int"), ("person_name", "str"), ("n", "int"),
        ("text", "str"), ("normal", "str"), ("head", "str"), ("organization", "str"),
        ("place", "str"), ("start", "int?"), ("stop", "int?"),
    ),
    "organizations": (
        ("doc_id", "str"), ("n", "int"), ("name", "str"), ("form", "str"), ("form_full", "str"),
        ("kind", "str"), ("start", "int?"), ("stop", "int?"), ("mentions", "str"),
    ),
    "places": (
        ("doc_id", "str"), ("n", "int"), ("name", "str"), ("kind", "str"), ("start", "int?"),
        ("stop", "int?"), ("mentions", "str"),
    ),
    "awards": (
        ("doc_id", "str"), ("n", "int"), ("name", "str"), ("kind", "str"),
        ("conferred_by", "str"), ("year", "int?"), ("recipients", "str"), ("start", "int?"),
        ("stop", "int?"), ("mentions", "str"),
    ),
    "statistics": (
        ("doc_id", "str"), ("n", "int"), ("value", "float"), ("unit", "str"), ("head", "str"),
        ("qualifier", "str"), ("text", "str"), ("start", "int?"), ("stop", "int?"),
    ),
    "documents": (
        ("doc_id", "str"), ("error", "str"), ("chars", "int?"), ("sentences", "int?"),
        *((kind, "int?") for kind in KINDS),
    ),
}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _spans(mentions: Sequence[Mention]) -> dict[str, Any]:
    """start/stop of the first mention and every span as a JSON string."""
    first = mentions[0] if mentions else None
    return {"start": first.start if first else None, "stop": first.stop if first else None,
            "mentions": _json([m.to_list() for m in mentions])}


def article_rows(article: Article, *, documents: bool = False) -> dict[str, list[Row]]:
    """The entities of ``article`` as flat rows, per table of ``KINDS``; ``documents=True``
    adds the article's ``documents`` row (its counts)."""
    doc = article.doc_id
    out: dict[str, list[Row]] = {kind: [] for kind in KINDS}
    if documents:
        out["documents"] = [document_row(doc, article)]
    for i, p in enumerate(article.people):
        out["people"].append({"doc_id": doc, "n": i, "name": p.name, "last": p.last,
                              "first": p.first, "middle": p.middle, **_spans(p.mentions)})
        for t in p.titles:
            m = t.mention
            out["titles"].append({
                "doc_id": doc, "person": i, "person_name": p.name, "n": len(out["titles"]),
                "text": t.text, "normal": t.normal, "head": t.head,
                "organization": t.organization, "place": t.place,
                "start": m.start if m else None, "stop": m.stop if m else None})
    for i, o in enumerate(article.organizations):
        out["organizations"].append({"doc_id": doc, "n": i, "name": o.name, "form": o.form,
                                     "form_full": o.form_full, "kind": o.kind,
                                     **_spans(o.mentions)})
    for i, pl in enumerate(article.places):
        out["places"].append({"doc_id": doc, "n": i, "name": pl.name, "kind": pl.kind,
                              **_spans(pl.mentions)})
    for i, a in enumerate(article.awards):
        out["awards"].append({"doc_id": doc, "n": i, "name": a.name, "kind": a.kind,
                              "conferred_by": a.conferred_by, "year": a.year,
                              "recipients": _json(list(a.recipients)), **_spans(a.mentions)})
    for i, s in enumerate(article.statistics):
        m = s.mention
        out["statistics"].append({"doc_id": doc, "n": i, "value": s.value, "unit": s.unit,
                                  "head": s.head, "qualifier": s.qualifier,
                                  "text": m.text if m else None,
                                  "start": m.start if m else None,
                                  "stop": m.stop if m else None})
    return out


def count_entities(article: Article) -> dict[str, int]:
    """How many entities of each kind ``article`` holds (titles counted over all people)."""
    return {
        "people": len(article.people),
        "titles": sum(len(p.titles) for p in article.people),
        "organizations": len(article.organizations),
        "places": len(article.places),
        "awards": len(article.awards),
        "statistics": len(article.statistics),
    }


def document_row(doc_id: str | None, article: Article | None = None,
                 error: str | None = None) -> Row:
    """The ``documents`` row of one input: its counts when extracted, its error when not."""
    row: Row = {"doc_id": doc_id, "error": error, "chars": None, "sentences": None}
    row.update(dict.fromkeys(KINDS))
    if article is not None:
        row["chars"] = len(article.text)
        row["sentences"] = len(article.sentences)
        row.update(count_entities(article))
    return row
