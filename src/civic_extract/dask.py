"""Extraction on Dask: a bag of texts or a dataframe column, on a laptop or a cluster.

Needs the ``dask`` extra (``pip install 'civic_extract[dask]'``); dask is imported when a function
here is called, not when ``civic_extract`` is. Every worker process builds one Extractor, once, on
its first partition; the rows are those of ``civic_extract.records`` (the CLI's CSV and Parquet
tables), so a Dask run and ``civic-extract --format parquet`` give the same records.

>>> from dask.distributed import Client                              # doctest: +SKIP
>>> import dask.bag as db
>>> from civic_extract.dask import extract_bag, to_dataframe
>>> client = Client("tcp://scheduler:8786")                          # doctest: +SKIP
>>> records = extract_bag(db.from_sequence(pairs, npartitions=64))   # (id, text) pairs
>>> to_dataframe(records, "people").to_parquet("people/")            # doctest: +SKIP
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from .batch import Document, Outcome, chunked, process_chunk
from .pipeline import Extractor
from .records import COLUMNS, KINDS, TABLES, Row, article_rows, document_row

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = [
    "INSTALL_HINT",
    "extract_bag",
    "extract_column",
    "rows",
    "to_dataframe",
    "meta",
    "worker_extractor",
]

INSTALL_HINT = "pip install 'civic_extract[dask]'"

_extractor: Extractor | None = None
_lock = threading.Lock()


def _require(module: str) -> Any:
    """Import ``module`` (dask.bag, dask.dataframe, pandas) or raise the install hint."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(f"civic_extract.dask needs {module.split('.')[0]}: {INSTALL_HINT}"
                          ) from None


def worker_extractor() -> Extractor:
    """This process's Extractor, built on first use (one per Dask worker process)."""
    global _extractor
    with _lock:
        if _extractor is None:
            _extractor = Extractor()
        return _extractor


def _document(item: Any, fallback_id: str, text_field: str, id_field: str | None) -> Document:
    """A bag item (a text, an ``(id, text)`` pair, or a mapping) as a Document."""
    doc_id: Any = None
    if isinstance(item, Mapping):
        doc_id, text = (item.get(id_field) if id_field else None), item.get(text_field)
    elif isinstance(item, (tuple, list)) and len(item) == 2:
        doc_id, text = item
    else:
        text = item
    doc_id = fallback_id if doc_id is None else str(doc_id)
    missing = text is None or (isinstance(text, float) and math.isnan(text))
    if missing or (isinstance(text, str) and not text.strip()):
        return Document(doc_id, None, "EmptyDocument: the record holds no text")  # as the CLI
    return Document(doc_id, text)  # not a str: process_chunk reports InputTypeError


def _record(outcome: Outcome) -> dict[str, Any]:
    if outcome.error is None:
        return {"doc_id": outcome.doc_id, "error": None, **outcome.value}
    empty: dict[str, list[Row]] = {kind: [] for kind in KINDS}
    return {"doc_id": outcome.doc_id, "error": outcome.error, **empty,
            "documents": [document_row(outcome.doc_id, error=outcome.error)]}


def _extract_partition(items: Iterable[Any], partition: int, text_field: str,
                       id_field: str | None, batch_size: int) -> list[dict[str, Any]]:
    docs = [_document(item, f"{partition}:{i}", text_field, id_field)
            for i, item in enumerate(items)]
    render = partial(article_rows, documents=True)
    out: list[dict[str, Any]] = []
    for chunk in chunked(docs, batch_size):
        out.extend(_record(o) for o in process_chunk(worker_extractor(), chunk, render))
    return out


def extract_bag(items: dask.bag.Bag, *, text_field: str = "text", id_field: str | None = "id",
                batch_size: int = 32) -> dask.bag.Bag:
    """One record per document of ``items``: ``{"doc_id", "error", "people": [rows], …,
    "documents": [row]}`` with the rows of ``records.article_rows``.

    An item is a text, an ``(id, text)`` pair, or a mapping with ``text_field`` and
    ``id_field``; without an id a document is known as ``"<partition>:<position>"``. A document
    that fails (not text, empty, too long) gets ``error`` and no rows; the others go on. Take
    flat rows with ``rows()`` or ``to_dataframe()``; when you need several tables, ``persist()``
    the records first (or compute the tables together) so the texts are extracted once.
    """
    db = _require("dask.bag")
    from dask import delayed

    parts = [delayed(_extract_partition, pure=True)(part, i, text_field, id_field, batch_size)
             for i, part in enumerate(items.to_delayed())]
    return db.from_delayed(parts)


def rows(records: dask.bag.Bag, table: str) -> dask.bag.Bag:
    """The flat rows of one table (people, titles, …, documents) from ``extract_bag`` records."""
    if table not in TABLES:
        raise ValueError(f"table must be one of {TABLES}, got {table!r}")
    return records.pluck(table).flatten()


_PANDAS_TYPES = {"str": "string", "int": "int64", "int?": "Int64", "float": "float64"}


def _dtype(kind: str) -> Any:
    """The pandas dtype of a column type; lists as pyarrow lists (``list<string>``, …)."""
    if kind in _PANDAS_TYPES:
        return _PANDAS_TYPES[kind]
    pd = _require("pandas")
    _require("pyarrow")
    from .sinks import arrow_type

    return pd.ArrowDtype(arrow_type(kind))


def meta(table: str) -> pandas.DataFrame:
    """An empty pandas DataFrame with the columns and dtypes of ``table`` (list columns as
    pyarrow lists, so ``to_parquet`` writes native lists)."""
    pd = _require("pandas")
    if table not in COLUMNS:
        raise ValueError(f"table must be one of {TABLES}, got {table!r}")
    return pd.DataFrame({name: pd.Series(dtype=_dtype(kind)) for name, kind in COLUMNS[table]})


def to_dataframe(records: dask.bag.Bag, table: str) -> dask.dataframe.DataFrame:
    """One table of ``extract_bag`` records as a Dask DataFrame (typed, ready for Parquet)."""
    _require("dask.dataframe")
    return rows(records, table).to_dataframe(meta=meta(table))


def extract_column(frame: dask.dataframe.DataFrame, column: str = "text", *,
                   id_column: str | None = None, batch_size: int = 32
                   ) -> dict[str, dask.dataframe.DataFrame]:
    """Every table (people, titles, …, documents) extracted from the texts of ``frame[column]``.

    ``doc_id`` is ``frame[id_column]``, or the frame's index. The tables share one extraction
    graph: compute them together (``dask.compute(*tables.values())``, or ``to_parquet(...,
    compute=False)`` then ``dask.compute``) so each text is extracted once.
    """
    _require("dask.dataframe")
    if id_column is None:
        pairs = frame[column].to_bag(index=True)
    else:
        pairs = frame[[id_column, column]].to_bag()
    records = extract_bag(pairs, batch_size=batch_size)
    return {table: to_dataframe(records, table) for table in TABLES}
