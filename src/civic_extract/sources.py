"""The documents of a batch run: text files, directories, stdin, JSON Lines and CSV records.

``plan(paths)`` lists the sources (directories expanded, recursively, by a glob pattern);
``documents(sources)`` reads them lazily, one ``Document`` per text. What cannot be read becomes a
``Document`` with an error (unreadable, binary, undecodable, empty, a record without text), so the
run goes on and the error is reported under the document's id.

Files are decoded as UTF-8 (with or without BOM), UTF-16 or cp1251; JSON Lines and CSV files are
streamed, their encoding told from the first 64 KiB (a cp1251 file whose first 64 KiB are ASCII
is read as UTF-8 and its first non-ASCII line becomes an error). A text file's id is its path
(relative to the directory it was found in); a record's id is its ``id_field`` or, without one,
``<file>:<line>`` for JSON Lines and ``<file>:<row>`` for CSV; its ``title``, ``date`` and ``url``
fields, when it has them, go into ``Article.meta``.
"""

from __future__ import annotations

import codecs
import csv
import glob
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from .batch import Document
from .errors import DecodeError
from .pipeline import META_KEYS

__all__ = ["INPUT_FORMATS", "Source", "plan", "documents", "known_count", "sniff_encoding"]

INPUT_FORMATS = ("auto", "text", "jsonl", "csv", "html")
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl", ".csv": "csv",
               ".html": "html", ".htm": "html"}
_WHOLE_FILE = ("text", "html")  # one document per file
_HEAD = 1 << 16


@dataclass(frozen=True, slots=True)
class Source:
    """One input: ``path`` (``-`` for stdin), the id it is known by, and how to read it."""

    path: str
    name: str
    format: str  # text | jsonl | csv | html


def _format(path: str, input_format: str) -> str:
    if input_format != "auto":
        return input_format
    if path == "-":
        return "text"
    return _EXTENSIONS.get(os.path.splitext(path)[1].lower(), "text")


def plan(paths: Sequence[str], *, pattern: str = "*.txt", input_format: str = "auto"
         ) -> list[Source]:
    """The sources named by ``paths``; directories give their files matching ``pattern``
    (recursively, sorted)."""
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of {INPUT_FORMATS}, got {input_format!r}")
    out: list[Source] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = glob.glob(os.path.join(glob.escape(path), "**", pattern), recursive=True)
            for f in sorted(f for f in found if os.path.isfile(f)):
                out.append(Source(f, os.path.relpath(f, path), _format(f, input_format)))
        else:
            out.append(Source(path, path, _format(path, input_format)))
    return out


def known_count(sources: Sequence[Source]) -> int | None:
    """How many documents ``sources`` hold, when that is known without reading them."""
    if all(s.format in _WHOLE_FILE for s in sources):
        return len(sources)
    return None


def sniff_encoding(head: bytes) -> str:
    """The encoding of a stream whose first bytes are ``head``: utf-8-sig, utf-16, utf-8 or
    cp1251. Raises DecodeError when it is none of them (binary data)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" not in head:
        try:
            codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
            return "utf-8"
        except UnicodeDecodeError:
            pass
    from .text.decode import decode

    decode(head)  # raises DecodeError on binary or non-Cyrillic single-byte data
    return "cp1251"


class _Prefixed(io.RawIOBase):
    """A binary stream that serves ``head`` (already read) and then the rest of ``raw``."""

    def __init__(self, head: bytes, raw: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._raw.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _text_stream(raw: IO[bytes]) -> IO[str]:
    head = raw.read(_HEAD)
    encoding = sniff_encoding(head)
    return io.TextIOWrapper(io.BufferedReader(_Prefixed(head, raw)), encoding=encoding,
                            newline="")


def _reason(ex: BaseException) -> str:
    if isinstance(ex, OSError) and ex.strerror:
        return f"{type(ex).__name__}: {ex.strerror}"
    if isinstance(ex, UnicodeDecodeError):
        return f"DecodeError: {ex}"
    return f"{type(ex).__name__}: {ex}"


def _text_document(source: Source, stdin: IO[bytes]) -> Document:
    from .text.decode import decode

    try:
        if source.path == "-":
            data = stdin.read()
        else:
            with open(source.path, "rb") as fh:
                data = fh.read()
        text = decode(data)
    except (OSError, DecodeError) as ex:
        return Document(source.name, None, _reason(ex))
    if not text.strip():
        return Document(source.name, None, "EmptyDocument: the file holds no text")
    return Document(source.name, text, html=source.format == "html")


def _record_document(record: Any, fallback_id: str, text_field: str, id_field: str | None
                     ) -> Document:
    if not isinstance(record, dict):
        return Document(fallback_id, None,
                        f"RecordError: expected a JSON object, got {type(record).__name__}")
    value = record.get(id_field) if id_field else None
    doc_id = fallback_id if value is None or value == "" else str(value)
    text = record.get(text_field)
    if not isinstance(text, str):
        got = "nothing" if text is None else type(text).__name__
        return Document(doc_id, None, f"RecordError: expected text in field {text_field!r}, "
                                      f"got {got}")
    if not text.strip():
        return Document(doc_id, None, "EmptyDocument: the record holds no text")
    meta = {k: str(record[k]) for k in META_KEYS if record.get(k) not in (None, "")}
    return Document(doc_id, text, meta=meta or None)


def _jsonl(stream: IO[str], name: str, text_field: str, id_field: str | None
           ) -> Iterator[Document]:
    lineno = 0
    try:
        for lineno, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as ex:
                yield Document(f"{name}:{lineno}", None, f"JSONDecodeError: {ex}")
                continue
            yield _record_document(record, f"{name}:{lineno}", text_field, id_field)
    except UnicodeDecodeError as ex:
        yield Document(f"{name}:{lineno + 1}", None, _reason(ex))


def _csv(stream: IO[str], name: str, text_field: str, id_field: str | None
         ) -> Iterator[Document]:
    row_no = 0
    try:
        reader = csv.DictReader(stream)
        if reader.fieldnames is not None and text_field not in reader.fieldnames:
            yield Document(name, None, f"RecordError: no column {text_field!r} in the CSV "
                                       f"header {reader.fieldnames}")
            return
        for row_no, row in enumerate(reader, 1):
            yield _record_document(row, f"{name}:{row_no}", text_field, id_field)
    except (UnicodeDecodeError, csv.Error) as ex:
        yield Document(f"{name}:{row_no + 1}", None, _reason(ex))


def _records(source: Source, stdin: IO[bytes], text_field: str, id_field: str | None
             ) -> Iterator[Document]:
    try:
        raw = stdin if source.path == "-" else open(source.path, "rb")
    except OSError as ex:
        yield Document(source.name, None, _reason(ex))
        return
    try:
        try:
            stream = _text_stream(raw)
        except (OSError, DecodeError) as ex:
            yield Document(source.name, None, _reason(ex))
            return
        read = _jsonl if source.format == "jsonl" else _csv
        yield from read(stream, source.name, text_field, id_field)
    finally:
        if raw is not stdin:
            raw.close()


def documents(sources: Iterable[Source], *, text_field: str = "text", id_field: str | None = "id",
              stdin: IO[bytes] | None = None) -> Iterator[Document]:
    """Every document of ``sources``, lazily, in order."""
    if stdin is None:
        stdin = sys.stdin.buffer
    _allow_long_csv_fields()
    for source in sources:
        if source.format in _WHOLE_FILE:
            yield _text_document(source, stdin)
        else:
            yield from _records(source, stdin, text_field, id_field)


def _allow_long_csv_fields() -> None:
    limit = sys.maxsize
    while True:  # a whole article is one field; the default limit is 128 KiB
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2
