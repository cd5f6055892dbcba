"""Articles as flat rows for files and clusters: the CLI's CSV/Parquet tables and the Dask rows.

The rows are those of ``frames.article_rows`` (the pandas tables of ``to_frames``: same tables,
same columns, one flattening for the whole library) made ready for files: without ``doc`` (an
in-memory position; ``doc_id`` is the key) and with a type per column for Parquet and Dask. The
list cells stay lists: ``titles`` and ``recipients`` lists of names (Parquet and Dask
``list<string>``), ``mentions`` a list of ``[start, stop]`` pairs (``list<list<int64>>``); the
CSV tables write them as JSON text (``csv_cell``). The ``documents`` table adds one row per
input document: its counts, or its error.

>>> rows = article_rows(article)                          # doctest: +SKIP
>>> rows["titles"][0]["person"], rows["people"][0]["entity"]   # doctest: +SKIP
(0, 0)
"""

from __future__ import annotations

import json
from typing import Any

from .frames import COLUMNS as FRAME_COLUMNS
from .frames import article_rows as frame_rows
from .model import Article

__all__ = [
    "KINDS",
    "ENTITY_KINDS",
    "TABLES",
    "COLUMNS",
    "Row",
    "article_rows",
    "document_row",
    "count_entities",
    "csv_cell",
]

Row = dict[str, Any]

#: The entity tables, as in ``to_frames`` (titles per person, recipients per award).
KINDS: tuple[str, ...] = tuple(FRAME_COLUMNS)

#: The kinds counted per document and in the CLI's summary.
ENTITY_KINDS = ("people", "titles", "organizations", "places", "awards", "statistics")

#: Every table a batch run writes: the entity tables and ``documents``.
TABLES = (*KINDS, "documents")

_TYPES = {"entity": "int", "person": "int", "award": "int", "start": "int?", "stop": "int?",
          "year": "int?", "recipient_entity": "int?", "value": "float", "titles": "str[]",
          "recipients": "str[]", "aliases": "str[]", "score": "float", "mentions": "span[]"}

#: Column name and type of every table: "str", "int" (never null), "int?" or "float" (nullable),
#: "str[]" (a list of str) or "span[]" (a list of [start, stop] pairs of int).
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    **{kind: tuple((c, _TYPES.get(c, "str")) for c in FRAME_COLUMNS[kind] if c != "doc")
       for kind in KINDS},
    "documents": (("doc_id", "str"), ("error", "str"), ("chars", "int?"), ("sentences", "int?"),
                  *((kind, "int?") for kind in ENTITY_KINDS)),
}


def csv_cell(value: Any) -> Any:
    """A cell as a CSV file holds it: a list as compact JSON text, None as ""."""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return "" if value is None else value


def article_rows(article: Article, *, documents: bool = False) -> dict[str, list[Row]]:
    """The rows of every entity table (``KINDS``) for ``article``; ``documents=True`` adds its
    ``documents`` row."""
    out: dict[str, list[Row]] = {}
    for kind, rows in frame_rows(article).items():
        columns = [c for c, _ in COLUMNS[kind]]
        out[kind] = [{c: row[c] for c in columns} for row in rows]
    if documents:
        out["documents"] = [document_row(article.doc_id, article)]
    return out


def count_entities(article: Article) -> dict[str, int]:
    """How many entities of each of ``ENTITY_KINDS`` ``article`` holds (titles over all people)."""
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
    row.update(dict.fromkeys(ENTITY_KINDS))
    if article is not None:
        row["chars"] = len(article.text)
        row["sentences"] = len(article.sentences)
        row.update(count_entities(article))
    return row
