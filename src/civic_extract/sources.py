"""The documents of a batch run: text files, directories, stdin, JSON Lines and CSV records.

``plan(paths)`` lists the sources (directories walked recursively for a glob pattern, each real
file once, symbolic-link loops ended); ``documents(sources)`` reads them lazily, one
``Document`` per text. What cannot be read becomes a ``Document`` with an error (unreadable,
special file, too large, binary, undecodable, empty, a record without text), so the run goes on
and the error is reported under the document's id. Nothing is read whole before its size is
known: a file's size comes from ``stat`` (a pipe is read up to the limit), and JSON Lines and
CSV files are streamed line by line as bytes.

Decoding (``text.decode``): UTF-8, UTF-16 and UTF-32 (BOM or not), and single-byte Cyrillic
charsets detected by charset-normalizer; a few stray bytes in UTF-8 become U+FFFD and are
counted in ``Article.meta["decode_errors"]``; an unsure charset is a ``DecodeError``. In JSON
Lines and CSV the charset is told from the first 64 KiB and each line is decoded on its own: a
line that does not decode is one error record naming its line, and the others go on.

A text file's id is its path (relative to the directory it was found in); a record's id is its
``id_field`` or, without one, ``<file>:<line>`` for JSON Lines and ``<file>:<row>`` for CSV
(rows counted from 1 after the header); its ``title``, ``date`` and ``url`` fields, when it has
them, go into ``Article.meta``. A malformed CSV row (an unclosed quote, a field count unlike the
header's) is one error record, and reading goes on at the next line.
"""

from __future__ import annotations

import csv
import fnmatch
import io
import json
import os
import stat
import sys
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from .batch import Document
from .errors import DecodeError
from .pipeline import DEFAULT_MAX_LENGTH, META_KEYS
from .text.decode import (
    bom_encoding,
    decode_report,
    detect_single_byte,
    repair_utf8,
    wide_without_bom,
)

__all__ = ["INPUT_FORMATS", "MAX_BYTES", "Source", "plan", "documents", "known_count",
           "sniff_encoding"]

INPUT_FORMATS = ("auto", "text", "jsonl", "csv", "html")
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl", ".csv": "csv",
               ".html": "html", ".htm": "html"}
_WHOLE_FILE = ("text", "html")  # one document per file
_HEAD = 1 << 16
_CHUNK = 1 << 16
MAX_BYTES = 4 * DEFAULT_MAX_LENGTH
"""The largest file (text, html), JSON Lines line or CSV row read, in bytes: what can hold the
extractor's ``max_length`` characters in any encoding."""
_DELIMITERS = (",", ";", "\t", "|")


@dataclass(frozen=True, slots=True)
class Source:
    """One input: ``path`` (``-`` for stdin), the id it is known by, and how to read it;
    ``error`` when it cannot be read at all (found by the directory walk)."""

    path: str
    name: str
    format: str  # text | jsonl | csv | html
    error: str | None = None


def _format(path: str, input_format: str) -> str:
    if input_format != "auto":
        return input_format
    if path == "-":
        return "text"
    return _EXTENSIONS.get(os.path.splitext(path)[1].lower(), "text")


def plan(paths: Sequence[str], *, pattern: str = "*.txt", input_format: str = "auto"
         ) -> list[Source]:
    """The sources named by ``paths``; directories give their files matching ``pattern``
    (recursively, sorted, each real file once)."""
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of {INPUT_FORMATS}, got {input_format!r}")
    out: list[Source] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            out.extend(_walk(path, pattern, input_format))
        else:
            out.append(Source(path, path, _format(path, input_format)))
    return out


# ---- directory walks ----

def _glob_match(parts: Sequence[str], pats: Sequence[str]) -> bool:
    """Do the path components ``parts`` match the pattern components ``pats`` (``**``: any
    number of directories)?"""
    if not pats:
        return not parts
    if pats[0] == "**":
        return any(_glob_match(parts[i:], pats[1:]) for i in range(len(parts) + 1))
    return (bool(parts) and _hidden_ok(parts[0], pats[0])
            and fnmatch.fnmatchcase(parts[0], pats[0]) and _glob_match(parts[1:], pats[1:]))


def _hidden_ok(name: str, pat: str) -> bool:
    return not name.startswith(".") or pat.startswith(".")


def _matches(rel: str, pattern: str) -> bool:
    """``rel`` matches ``pattern`` anywhere below the top, as ``glob(top/**/pattern)``."""
    parts = rel.split(os.sep)
    if any(p.startswith(".") for p in parts[:-1]):
        return False
    return _glob_match(parts, ["**", *pattern.split("/")])


def _special(mode: int) -> str | None:
    """What kind of special file ``mode`` is, or None for a regular file or directory."""
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return kind
    return None


def _reason(ex: BaseException) -> str:
    if isinstance(ex, OSError) and ex.strerror:
        return f"{type(ex).__name__}: {ex.strerror}"
    if isinstance(ex, UnicodeDecodeError):
        return f"DecodeError: {ex}"
    return f"{type(ex).__name__}: {ex}"


def _entry_error(entry: os.DirEntry[str]) -> str | None:
    """Why a matching directory entry cannot be read as a file, or None."""
    try:
        mode = entry.stat(follow_symlinks=True).st_mode
    except OSError as ex:
        if entry.is_symlink():
            return "FileNotFoundError: a broken symbolic link"
        return _reason(ex)
    kind = _special(mode)
    return f"SpecialFile: {kind}, skipped" if kind else None


def _walk(top: str, pattern: str, input_format: str) -> list[Source]:
    """The files below ``top`` matching ``pattern``, each real file once; directories reached
    again through symbolic links (loops included) are not walked twice."""
    out: list[Source] = []
    seen_dirs = {os.path.realpath(top)}
    seen_files: set[str] = set()
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as ex:
            out.append(Source(folder, os.path.relpath(folder, top), "text", _reason(ex)))
            continue
        subdirs: list[str] = []
        for entry in entries:
            rel = os.path.relpath(entry.path, top)
            if _is_dir(entry):
                real = os.path.realpath(entry.path)
                if real not in seen_dirs and not entry.name.startswith("."):
                    seen_dirs.add(real)
                    subdirs.append(entry.path)
            elif _matches(rel, pattern):
                real = os.path.realpath(entry.path)
                if real not in seen_files:
                    seen_files.add(real)
                    out.append(Source(entry.path, rel, _format(entry.path, input_format),
                                      _entry_error(entry)))
        stack.extend(reversed(subdirs))
    return sorted(out, key=lambda s: s.path)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:
        return False


def known_count(sources: Sequence[Source]) -> int | None:
    """How many documents ``sources`` hold, when that is known without reading them."""
    if all(s.format in _WHOLE_FILE or s.error for s in sources):
        return len(sources)
    return None


# ---- bounded reading ----

class _TooLarge(Exception):
    pass


def _open(source: Source, stdin: IO[bytes], max_bytes: int) -> IO[bytes]:
    """The byte stream of ``source``; raises OSError, or _TooLarge / ValueError with the
    reason when it is not to be read (too large from ``stat``, a device or socket)."""
    if source.path == "-":
        return stdin
    mode = os.stat(source.path).st_mode
    kind = _special(mode)
    if kind is not None and not stat.S_ISFIFO(mode):  # a FIFO named by the user is read
        raise ValueError(f"SpecialFile: {kind}, skipped")
    if stat.S_ISREG(mode) and source.format in _WHOLE_FILE:
        size = os.stat(source.path).st_size
        if size > max_bytes:
            raise _TooLarge(_too_large(f"the file holds {size:,} bytes", max_bytes))
    return open(source.path, "rb")


def _too_large(what: str, max_bytes: int) -> str:
    return f"InputTooLargeError: {what}, more than the limit of {max_bytes:,}; skipped"


def _read_bounded(raw: IO[bytes], max_bytes: int) -> bytes:
    data = raw.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _TooLarge(_too_large("the input holds more bytes", max_bytes))
    return data


def _text_document(source: Source, stdin: IO[bytes], max_bytes: int) -> Document:
    try:
        raw = _open(source, stdin, max_bytes)
        try:
            data = _read_bounded(raw, max_bytes)
        finally:
            if raw is not stdin:
                raw.close()
        decoded = decode_report(data)
    except (OSError, DecodeError) as ex:
        return Document(source.name, None, _reason(ex))
    except (_TooLarge, ValueError) as ex:
        return Document(source.name, None, str(ex))
    if not decoded.text.strip():
        return Document(source.name, None, "EmptyDocument: the file holds no text")
    meta = {"decode_errors": str(decoded.errors)} if decoded.errors else None
    return Document(source.name, decoded.text, html=source.format == "html", meta=meta)


class _Lines:
    """The lines of a byte stream (newline dropped), read in chunks: a line longer than
    ``limit`` bytes is given as None and its bytes are not kept. ``unit`` > 1 for UTF-16/32,
    whose newline is ``unit`` bytes at an aligned offset."""

    def __init__(self, raw: IO[bytes], limit: int) -> None:
        self.raw = raw
        self.limit = limit
        self.buf = bytearray()
        self.eof = False
        self.newline = b"\n"

    def head(self, size: int) -> bytes:
        while len(self.buf) < size and not self.eof:
            self._fill()
        return bytes(self.buf[:size])

    def _fill(self) -> None:
        data = self.raw.read(_CHUNK)
        if data:
            self.buf += data
        else:
            self.eof = True

    def _find(self, start: int) -> int:
        unit = len(self.newline)
        i = self.buf.find(self.newline, start)
        while i >= 0 and i % unit:
            i = self.buf.find(self.newline, i + 1)
        return i

    def __iter__(self) -> Iterator[bytes | None]:
        unit = len(self.newline)
        start, too_long = 0, False
        while True:
            i = self._find(start)
            if i >= 0:
                line = None if too_long or i > self.limit else bytes(self.buf[:i])
                del self.buf[:i + unit]
                start, too_long = 0, False
                yield line
            elif self.eof:
                if self.buf:
                    too_long = too_long or len(self.buf) > self.limit
                    yield None if too_long else bytes(self.buf)
                return
            elif len(self.buf) > self.limit:
                too_long = True
                del self.buf[:len(self.buf) - len(self.buf) % unit]
                start = 0
                self._fill()
            else:
                start = len(self.buf) - len(self.buf) % unit
                self._fill()


class _LineDecoder:
    """Decodes the lines of one stream in the charset told from its head. While the head was
    ASCII the charset is open (``sure`` False): the first non-ASCII line makes
    ``_decoded_lines`` read ahead and ``decide`` from the lines it read, not from that one line
    (which may be corrupt)."""

    def __init__(self, encoding: str, sure: bool) -> None:
        self.encoding = encoding
        self.sure = sure

    def __call__(self, line: bytes) -> str:
        try:
            text = line.decode(self.encoding)
        except UnicodeDecodeError as ex:
            raise DecodeError(f"not valid {self.encoding} ({ex.reason} at byte {ex.start}: "
                              f"{line[ex.start:ex.start + 4]!r})"
                              + ("" if self.sure else ", and no other charset fits the lines "
                                                      "around it")) from None
        return text.rstrip("\r")

    def open_for(self, line: bytes | None) -> bool:
        """Is ``line`` the first non-ASCII line while the charset is still open?"""
        return not self.sure and line is not None and not line.isascii()

    def decide(self, sample: bytes) -> None:
        """Settle the charset from ``sample``: the head, or the non-ASCII lines read ahead."""
        if sample.isascii():
            return
        if repair_utf8(sample) is not None:
            self.sure = True
            return
        detected = _head_charset(sample)
        if detected is not None:
            self.encoding, self.sure = detected, True


def _stream_decoder(lines: _Lines) -> _LineDecoder:
    """How to decode the lines of ``lines`` (a BOM is dropped); raises DecodeError on binary."""
    head = lines.head(_HEAD)
    bom = bom_encoding(head)
    if bom is not None:
        encoding, size = bom
        del lines.buf[:size]
        lines.newline = "\n".encode(encoding)
        return _LineDecoder(encoding, True)
    if len(head) == _HEAD and b"\n" in head:
        head = head[:head.rindex(b"\n")]
    if b"\x00" in head:  # UTF-16/32 without a BOM, binary data, or a stray NUL in a bad line
        wide = wide_without_bom(head[:len(head) - len(head) % 4])
        if wide is not None:
            lines.newline = "\n".encode(wide.encoding)
            return _LineDecoder(wide.encoding, True)
        if head.count(0) * 10 > len(head):
            raise DecodeError("the data looks binary (NUL bytes), not text")
    decoder = _LineDecoder("utf-8", False)
    if lines.eof or sum(1 for line in head.split(b"\n") if not line.isascii()) >= 2:
        decoder.decide(head)  # else one non-ASCII line, maybe corrupt: read ahead from it
    return decoder


_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r")


def _head_charset(head: bytes) -> str | None:
    """The single-byte charset of a stream's head: of the whole head, or, when a few corrupt
    lines make that unsure, the one all its lines told alone agree on, or two thirds of them
    (two at least). Control bytes are no evidence of a charset and are left out of the
    reading (a stray NUL made a cp1251 head look binary)."""
    head = head.translate(None, _CONTROL_BYTES)
    detected, _ = detect_single_byte(head)
    if detected is not None:
        return detected
    votes = Counter(detect_single_byte(line)[0]
                    for line in head.split(b"\n")[:50] if not line.isascii())
    votes.pop(None, None)
    if not votes:
        return None
    charset, n = votes.most_common(1)[0]
    total = sum(votes.values())
    return charset if n == total or (n >= 2 and 3 * n >= 2 * total) else None


def sniff_encoding(head: bytes) -> str:
    """The encoding a stream whose first bytes are ``head`` is read in. Raises DecodeError
    when it is binary."""
    return _stream_decoder(_Lines(io.BytesIO(head), MAX_BYTES)).encoding


@dataclass(slots=True)
class _Line:
    number: int
    text: str  # with U+FFFD for what did not decode, "" for a line too long (see ``error``)
    error: str | None = None


def _decoded_lines(lines: _Lines, decode: _LineDecoder, max_bytes: int) -> Iterator[_Line]:
    """The decoded lines; while the charset is open, the first non-ASCII line makes it read
    up to 64 KiB ahead, so the charset is told from many lines and not from one corrupt one."""
    numbered = enumerate(lines, 1)
    for number, line in numbered:
        batch = [(number, line)]
        if decode.open_for(line):
            size = 0
            for item in numbered:
                batch.append(item)
                size += len(item[1] or b"")
                if size >= _HEAD:
                    break
            decode.decide(b"\n".join(x for _, x in batch if x is not None and not x.isascii()))
        for n, x in batch:
            yield _decoded_line(n, x, decode, max_bytes)


def _decoded_line(number: int, line: bytes | None, decode: _LineDecoder, max_bytes: int
                  ) -> _Line:
    if line is None:
        return _Line(number, "", _too_large(f"line {number} holds more bytes", max_bytes))
    try:
        return _Line(number, decode(line))
    except DecodeError as ex:
        text = line.decode(decode.encoding, errors="replace")
        return _Line(number, text, f"DecodeError: line {number}: {ex}")


# ---- records ----

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
                                      f"got {got} (the record's keys: {sorted(map(str, record))})")
    if not text.strip():
        return Document(doc_id, None, "EmptyDocument: the record holds no text")
    meta = {k: str(record[k]) for k in META_KEYS if record.get(k) not in (None, "")}
    return Document(doc_id, text, meta=meta or None)


def _jsonl(lines: Iterator[_Line], name: str, text_field: str, id_field: str | None
           ) -> Iterator[Document]:
    """One Document per non-blank line; when the first two objects both lack ``text_field``
    with the same keys, the file is one error naming those keys."""
    first_keys: list[str] | None = None
    objects = 0
    seen = False
    held: list[Document] = []
    for line in lines:
        doc_id = f"{name}:{line.number}"
        if line.error is not None:
            doc = Document(doc_id, None, line.error)
        elif not line.text.strip():
            continue
        else:
            try:
                record = json.loads(line.text)
            except ValueError as ex:
                doc = Document(doc_id, None, f"JSONDecodeError: line {line.number}: {ex}")
            else:
                doc = _record_document(record, doc_id, text_field, id_field)
                if isinstance(record, dict) and objects < 2:
                    objects += 1
                    keys = sorted(map(str, record))
                    if text_field in record:
                        objects = 2
                    elif objects == 1:
                        first_keys = keys
                    elif keys == first_keys:
                        yield Document(name, None, f"RecordError: no field {text_field!r} in the "
                                                   f"records (their keys: {keys}); choose the "
                                                   f"text field with --text-field")
                        return
        if objects == 1 and len(held) < 100:
            held.append(doc)  # until the second object tells whether the file lacks the field
            continue
        yield from held
        held.clear()
        yield doc
        seen = True
    yield from held
    if not seen and not held:
        yield Document(name, None, "EmptyDocument: the file holds no records")


def _sniff_delimiter(sample: str, text_field: str) -> str | None:
    """The delimiter whose header holds ``text_field``: csv.Sniffer's guess first, then the
    usual ones; None when none does."""
    header = sample.split("\n", 1)[0]
    try:
        guess = [csv.Sniffer().sniff(sample, delimiters="".join(_DELIMITERS)).delimiter]
    except csv.Error:
        guess = []
    for delimiter in guess + [d for d in _DELIMITERS if d not in guess]:
        try:
            fields = next(csv.reader([header], delimiter=delimiter), [])
        except csv.Error:
            continue
        if text_field in fields:
            return delimiter
    return None


class _Rows:
    """CSV rows over decoded lines, one fresh parser per row. A row that fails (an unclosed
    quote running to the end or past ``max_bytes``, a bad quote) is an error, and parsing starts
    again at the line after its first line; so does a row over several lines whose field count
    is not the header's (``width``, once known): a stray quote must not swallow good rows.
    Linear cost: a row that starts inside a failed row's lines (before the line where it failed)
    may span at most ``RESYNC_LINES`` lines, so each line is parsed a bounded number of times
    even when every line keeps a quote open."""

    RESYNC_LINES = 2

    def __init__(self, lines: Iterator[_Line], delimiter: str, max_bytes: int) -> None:
        self.lines = lines
        self.pending: deque[_Line] = deque()
        self.delimiter = delimiter
        self.max_bytes = max_bytes
        self.width: int | None = None
        self.fence = 0  # rows starting before this line number are held to RESYNC_LINES lines
        self.parses = 0  # lines handed to the parser (for tests: stays linear)

    def _next_line(self) -> _Line | None:
        if self.pending:
            return self.pending.popleft()
        return next(self.lines, None)

    def _feed(self, used: list[_Line]) -> Iterator[str]:
        size = 0
        while (line := self._next_line()) is not None:
            used.append(line)
            self.parses += 1
            size += len(line.text)
            if len(used) > self.RESYNC_LINES and used[0].number < self.fence:
                raise _TooLarge(f"RecordError: the row from line {used[0].number} starts inside "
                                f"a broken row and spans more than {self.RESYNC_LINES} lines")
            if size > self.max_bytes:
                raise _TooLarge(_too_large(f"the row from line {used[0].number} holds more "
                                           f"characters", self.max_bytes))
            yield line.text + "\n"

    def _parse(self, used: list[_Line]) -> tuple[list[str] | None, str | None]:
        """The next row's fields (None at the end), or the reason it failed."""
        try:
            parser = csv.reader(self._feed(used), delimiter=self.delimiter, strict=True)
            return next(parser, None), None
        except _TooLarge as ex:
            return None, str(ex)
        except csv.Error as ex:
            return None, f"CSVError: {ex}" + (" (a quote opened here is not closed)"
                                              if len(used) > 1 else "")

    def __iter__(self) -> Iterator[tuple[int, list[str] | None, str | None]]:
        """(first line number, fields, error) per non-blank row."""
        while True:
            used: list[_Line] = []
            fields, reason = self._parse(used)
            if (reason is None and fields is not None and len(used) > 1
                    and self.width is not None and len(fields) != self.width):
                reason = (f"RecordError: a row over lines {used[0].number}-{used[-1].number} has "
                          f"{len(fields)} fields, the header has {self.width} (a stray quote?)")
            if reason is not None:
                if used[0].number >= self.fence:
                    self.fence = used[-1].number
                self.pending.extendleft(reversed(used[1:]))
                yield used[0].number, None, reason
                continue
            if fields is None:
                return
            errors = [line.error for line in used if line.error is not None]
            if fields or errors:
                yield used[0].number, fields, errors[0] if errors else None


def _csv(lines: Iterator[_Line], name: str, text_field: str, id_field: str | None,
         delimiter: str | None, max_bytes: int) -> Iterator[Document]:
    head: list[_Line] = []
    for line in lines:
        head.append(line)
        if len(head) >= 50:
            break
    sample = "\n".join(x.text for x in head if x.error is None)
    chosen = delimiter or _sniff_delimiter(sample, text_field)
    table = _Rows(_chain(head, lines), chosen or ",", max_bytes)
    rows = iter(table)
    header: list[str] | None = None
    for line_no, fields, error in rows:
        if error is not None or fields is None:
            yield Document(name, None, f"RecordError: the CSV header (line {line_no}) cannot be "
                                       f"read: {error}")
            return
        if text_field not in fields:
            yield Document(name, None, f"RecordError: no column {text_field!r} in the CSV "
                                       f"header {fields} (line {line_no}, delimiter "
                                       f"{(chosen or ',')!r}); choose it with --text-field "
                                       f"or the delimiter with --delimiter")
            return
        header, table.width = fields, len(fields)
        break
    if header is None:
        yield Document(name, None, "EmptyDocument: the file holds no CSV header")
        return
    row_no = 0
    for row_no, (line_no, fields, error) in enumerate(rows, 1):
        doc_id = f"{name}:{row_no}"
        where = f"row {row_no} (line {line_no})"
        if error is not None or fields is None:
            yield Document(doc_id, None, f"{error} [{where}]")
        elif len(fields) != len(header):
            yield Document(doc_id, None, f"RecordError: {where} has {len(fields)} fields, the "
                                         f"header has {len(header)} ({', '.join(header)})")
        else:
            yield _record_document(dict(zip(header, fields)), doc_id, text_field, id_field)
    if row_no == 0:
        yield Document(name, None, "EmptyDocument: the file holds a CSV header and no rows")


def _chain(head: list[_Line], rest: Iterator[_Line]) -> Iterator[_Line]:
    yield from head
    yield from rest


def _records(source: Source, stdin: IO[bytes], text_field: str, id_field: str | None,
             delimiter: str | None, max_bytes: int) -> Iterator[Document]:
    try:
        raw = _open(source, stdin, max_bytes)
    except OSError as ex:
        yield Document(source.name, None, _reason(ex))
        return
    except (_TooLarge, ValueError) as ex:
        yield Document(source.name, None, str(ex))
        return
    try:
        lines = _Lines(raw, max_bytes)
        try:
            decoder = _stream_decoder(lines)
        except (OSError, DecodeError) as ex:
            yield Document(source.name, None, _reason(ex))
            return
        decoded = _decoded_lines(lines, decoder, max_bytes)
        if source.format == "jsonl":
            yield from _jsonl(decoded, source.name, text_field, id_field)
        else:
            yield from _csv(decoded, source.name, text_field, id_field, delimiter, max_bytes)
    except OSError as ex:  # a read that fails half-way
        yield Document(source.name, None, _reason(ex))
    finally:
        if raw is not stdin:
            raw.close()


def documents(sources: Iterable[Source], *, text_field: str = "text", id_field: str | None = "id",
              stdin: IO[bytes] | None = None, delimiter: str | None = None,
              max_bytes: int = MAX_BYTES) -> Iterator[Document]:
    """Every document of ``sources``, lazily, in order. ``delimiter``: the CSV delimiter
    (None: sniffed); ``max_bytes``: the largest file, line or row read."""
    if stdin is None:
        stdin = sys.stdin.buffer
    _allow_long_csv_fields()
    for source in sources:
        if source.error is not None:
            yield Document(source.name, None, source.error)
        elif source.format in _WHOLE_FILE:
            yield _text_document(source, stdin, max_bytes)
        else:
            yield from _records(source, stdin, text_field, id_field, delimiter, max_bytes)


def _allow_long_csv_fields() -> None:
    limit = sys.maxsize
    while True:  # a whole article is one field; the default limit is 128 KiB
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2
