"""Where a batch run's results go: JSON Lines, a JSON array, or CSV / Parquet tables.

The workers *render* each Article (``render_json`` or ``render_rows``, chosen by ``open_sink``),
so this process only writes. Each sink takes the Outcomes of one chunk at a time:

* ``JsonLinesSink`` writes whole lines in one write, then flushes and fsyncs a file, so a run
  killed at any moment leaves complete lines and at most one torn last line, which
  ``resume_state`` drops before a resumed run appends;
* ``JsonArraySink`` streams one JSON array;
* ``TableSink`` writes ``<table>.csv`` or ``<table>.parquet`` per table of ``records.TABLES``
  (people, titles, organizations, places, awards, statistics, and documents: one row per input
  with its counts or its error);
* ``database.SqliteSink`` writes one SQLite file of the corpus, its entities merged across
  documents, one transaction per chunk.
"""

from __future__ import annotations

import csv
import json
import os
import stat
from collections.abc import Callable, Sequence
from functools import partial
from typing import IO, TYPE_CHECKING, Any, Union

from .batch import Outcome
from .model import Article
from .records import COLUMNS, TABLES, Row, article_rows, csv_cell, document_row
from .resume import ResumeState

if TYPE_CHECKING:
    from .database import SqliteSink

__all__ = [
    "FORMATS",
    "render_json",
    "render_rows",
    "error_json",
    "JsonLinesSink",
    "JsonArraySink",
    "TableSink",
    "ResumeState",
    "resume_state",
    "open_sink",
]

FORMATS = ("jsonl", "json", "csv", "parquet", "sqlite")
PARQUET_HINT = "pip install pyarrow  (or: pip install 'civic_extract[parquet]')"


def render_json(article: Article, *, sentences: bool = False, indent: int | None = None) -> str:
    """The Article as JSON (``Article.to_dict``)."""
    return article.to_json(sentences=sentences, indent=indent)


def render_rows(article: Article) -> dict[str, list[Row]]:
    """The Article as rows of every table, its ``documents`` row included."""
    return article_rows(article, documents=True)


def error_json(doc_id: str | None, error: str) -> str:
    """The error record of a document that failed: ``{"id": ..., "error": ...}``."""
    return json.dumps({"id": doc_id, "error": error}, ensure_ascii=False)


class JsonLinesSink:
    """One JSON object per line; ``durable`` (a file) fsyncs after every chunk."""

    def __init__(self, stream: IO[bytes], *, durable: bool = False, close: bool = False) -> None:
        self._stream = stream
        self._durable = durable
        self._close = close

    def write(self, outcomes: Sequence[Outcome]) -> None:
        lines = [(o.value if o.error is None else error_json(o.doc_id, o.error)) + "\n"
                 for o in outcomes]
        self._stream.write("".join(lines).encode("utf-8"))
        self._stream.flush()
        if self._durable:
            os.fsync(self._stream.fileno())

    def close(self) -> None:
        if self._close:
            self._stream.close()


class JsonArraySink:
    """One JSON array of the same objects, streamed."""

    def __init__(self, stream: IO[bytes], *, close: bool = False) -> None:
        self._stream = stream
        self._close = close
        self._first = True
        self._stream.write(b"[")

    def write(self, outcomes: Sequence[Outcome]) -> None:
        parts = []
        for o in outcomes:
            parts.append("\n" if self._first else ",\n")
            parts.append(o.value if o.error is None else error_json(o.doc_id, o.error))
            self._first = False
        self._stream.write("".join(parts).encode("utf-8"))
        self._stream.flush()

    def close(self) -> None:
        self._stream.write(b"]\n" if self._first else b"\n]\n")
        self._stream.flush()
        if self._close:
            self._stream.close()


class _CsvTable:
    def __init__(self, path: str, columns: Sequence[str]) -> None:
        self._file = open(path, "w", encoding="utf-8", newline="")
        self._writer = csv.writer(self._file)
        self._columns = columns
        self._writer.writerow(columns)

    def write(self, rows: list[Row]) -> None:
        self._writer.writerows([csv_cell(r[c]) for c in self._columns] for r in rows)
        self._file.flush()

    def close(self) -> None:
        self._file.close()


def arrow_type(kind: str) -> Any:
    """The pyarrow type of a column type of ``records.COLUMNS``."""
    import pyarrow as pa

    return {"str": pa.string(), "int": pa.int64(), "int?": pa.int64(), "float": pa.float64(),
            "str[]": pa.list_(pa.string()), "span[]": pa.list_(pa.list_(pa.int64()))}[kind]


class _ParquetTable:
    """Rows buffered and written as row groups of ``group`` rows."""

    def __init__(self, path: str, columns: Sequence[tuple[str, str]], group: int = 50_000
                 ) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa = pa
        self._schema = pa.schema([(name, arrow_type(kind)) for name, kind in columns])
        self._writer = pq.ParquetWriter(path, self._schema)
        self._rows: list[Row] = []
        self._group = group

    def write(self, rows: list[Row]) -> None:
        self._rows.extend(rows)
        if len(self._rows) >= self._group:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


class TableSink:
    """``<table>.csv`` or ``<table>.parquet`` in ``directory`` for every table."""

    def __init__(self, directory: str, fmt: str) -> None:
        if fmt == "parquet":
            try:
                import pyarrow  # noqa: F401
            except ImportError:
                raise ImportError(f"--format parquet needs pyarrow: {PARQUET_HINT}") from None
        os.makedirs(directory, exist_ok=True)
        self._tables: dict[str, _CsvTable | _ParquetTable] = {}
        for name in TABLES:
            path = os.path.join(directory, f"{name}.{fmt}")
            if fmt == "csv":
                self._tables[name] = _CsvTable(path, [c for c, _ in COLUMNS[name]])
            else:
                self._tables[name] = _ParquetTable(path, COLUMNS[name])

    def write(self, outcomes: Sequence[Outcome]) -> None:
        rows: dict[str, list[Row]] = {name: [] for name in TABLES}
        for o in outcomes:
            if o.error is not None:
                rows["documents"].append(document_row(o.doc_id, error=o.error))
                continue
            for name, table in o.value.items():
                rows[name].extend(table)
        for name, table in rows.items():
            if table:
                self._tables[name].write(table)

    def close(self) -> None:
        for table in self._tables.values():
            table.close()


Sink = Union[JsonLinesSink, JsonArraySink, TableSink, "SqliteSink"]


def resume_state(path: str) -> ResumeState:
    """Read the JSON Lines output of an interrupted run; cut a torn last line off the file.

    Raises ValueError when a complete line is not a JSON object (the file is not ours to append
    to).
    """
    state = ResumeState()
    if not os.path.exists(path):
        return state
    with open(path, "r+b") as f:
        good = 0
        for line in f:
            if not line.endswith(b"\n"):
                break  # torn: the run was killed while writing it
            if line.strip():
                try:
                    record = json.loads(line)
                except ValueError as ex:
                    raise ValueError(f"{path}: line {state.records + 1} is not JSON ({ex}); "
                                     f"cannot resume into it") from None
                if not isinstance(record, dict):
                    raise ValueError(f"{path}: line {state.records + 1} is not a JSON object; "
                                     f"cannot resume into it")
                state.done[record.get("id")] += 1
                state.records += 1
                state.errors += "error" in record
            good += len(line)
        if good < f.seek(0, os.SEEK_END):
            f.truncate(good)
            f.flush()
            os.fsync(f.fileno())
    return state


def open_sink(fmt: str, output: str | None, *, stdout: IO[bytes], append: bool = False,
              sentences: bool = False, indent: int | None = None
              ) -> tuple[Sink, Callable[[Article], Any]]:
    """The sink for ``fmt`` writing to ``output`` (a file, a directory for csv/parquet, or
    ``stdout`` when None) and the render function the workers must apply."""
    if fmt == "sqlite":  # the corpus database (civic_extract.database)
        from .database import SqliteSink, render_article

        if not output or output == "-":
            raise ValueError("--format sqlite needs --output FILE")
        return SqliteSink(output, resume=append), render_article
    if fmt in ("csv", "parquet"):
        if not output:
            raise ValueError(f"--format {fmt} needs --output DIR")
        return TableSink(output, fmt), render_rows
    render = partial(render_json, sentences=sentences, indent=indent)
    stream, own = stdout, False
    if output and output != "-":
        stream, own = open(output, "ab" if append else "wb"), True
    if fmt == "json":
        return JsonArraySink(stream, close=own), render
    durable = own and stat.S_ISREG(os.fstat(stream.fileno()).st_mode)  # not /dev/null, a FIFO
    return JsonLinesSink(stream, durable=durable, close=own), render
