"""Byte fuzzing of the JSON Lines and CSV readers, and random directory trees with loops and
special files: every good record comes out exactly once, every real file is read once, nothing
raises."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from civic_extract.sources import documents, plan

WORDS = ("Аким", "района", "Иван", "Петров", "открыл", "школу", "в", "селе", "Ключи",
         "фонд", "«Добро»", "наградил", "волонтёров", "2021", "года", "—", "сообщает",
         "пресс-служба,", "ВЧЕРА", "ПРОШЁЛ", "форум.", "Ермек", "Сапаров")
NOISE = st.binary(min_size=1, max_size=3).map(
    lambda b: bytes(0x80 | x if chr(x).isalnum() else x for x in b))  # no letters nor digits

texts = st.lists(st.sampled_from(WORDS), min_size=2, max_size=25).map(" ".join)
paragraphs = st.lists(texts, min_size=1, max_size=3).map("\n".join)
edits = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 10_000), st.integers(0, 10_000),
                           NOISE), max_size=4)


def build(fmt: str, records: list[str], encoding: str, delimiter: str) -> list[bytes]:
    chunks = []
    for i, text in enumerate(records):
        if fmt == "jsonl":
            line = json.dumps({"id": f"g{i}", "text": text}, ensure_ascii=False) + "\n"
        else:
            out = io.StringIO()
            csv.writer(out, delimiter=delimiter, lineterminator="\n").writerow([f"g{i}", text])
            line = out.getvalue()
        chunks.append(line.encode(encoding))
    return chunks


def corrupt(chunks: list[bytes], ops: list[tuple[int, int, int, bytes]]) -> set[int]:
    """Apply ``ops`` in place; the indexes of the records they touched."""
    bad: set[int] = set()
    for op, which, where, noise in ops:
        r = which % len(chunks)
        chunk = chunks[r]
        if not chunk:
            continue
        pos = where % len(chunk)
        if op == 0:
            chunks[r] = chunk[:pos] + noise + chunk[pos:]
        elif op == 1:
            chunks[r] = chunk[:pos] + b'"' + chunk[pos:]
        elif op == 2:
            keep = where % 2 == 0
            chunks[r] = chunk[:pos] + (b"\n" if keep else b"")
            if not keep:
                bad.add(r + 1)
        else:
            chunks[r] = chunk[:pos] + b"\n" + chunk[pos:]
        bad.add(r)
    return bad


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fmt=st.sampled_from(["jsonl", "csv"]), records=st.lists(paragraphs, min_size=1,
                                                                 max_size=12),
       encoding=st.sampled_from(["utf-8", "cp1251"]), delimiter=st.sampled_from([",", ";", "\t"]),
       ops=edits)
# a NUL before the first cp1251 record once made the whole head look binary
@example(fmt="csv", records=["Аким Аким", "Аким Аким Аким Аким\nрайона пресс-служба,"],
         encoding="cp1251", delimiter=",", ops=[(0, 0, 0, b"\x00")])
def test_every_untouched_record_comes_out_exactly_once(fmt, records, encoding, delimiter, ops):
    chunks = build(fmt, records, encoding, delimiter)
    bad = corrupt(chunks, ops)
    # a legacy charset is told from 40 characters of Russian and more (README, "Encodings"):
    # with less intact text in the file, a record may be an error record (never garbled text)
    assume(encoding == "utf-8" or sum(len(r) for i, r in enumerate(records) if i not in bad) >= 40)
    head = (delimiter.join(["id", "text"]) + "\n").encode() if fmt == "csv" else b""
    docs = list(documents(plan(["-"], input_format=fmt),
                          stdin=io.BytesIO(head + b"".join(chunks))))
    for i, text in enumerate(records):
        if i in bad:
            continue
        out = [d for d in docs if d.doc_id == f"g{i}"]
        assert [(d.error, d.text) for d in out] == [(None, text)], (i, out)
    assert all(d.error or d.text for d in docs)


@pytest.mark.skipif(not hasattr(os, "symlink") or not hasattr(os, "mkfifo"),
                    reason="no symbolic links or FIFOs")
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(layout=st.lists(st.tuples(st.integers(0, 4), st.integers(0, 5), st.integers(0, 5)),
                       min_size=1, max_size=25))
def test_random_trees_with_loops_and_special_files(tmp_path_factory, layout):
    root = tmp_path_factory.mktemp("tree")
    dirs = [root]
    files: set[str] = set()
    for n, (kind, a, b) in enumerate(layout):
        parent = dirs[a % len(dirs)]
        if kind == 0:
            d = parent / f"d{n}"
            d.mkdir()
            dirs.append(d)
        elif kind == 1:
            f = parent / f"f{n}.txt"
            f.write_text(f"Аким Иван Петров, файл {n}.", encoding="utf-8")
            files.add(os.path.realpath(f))
        elif kind == 2:  # a link to any directory, loops included
            os.symlink(dirs[b % len(dirs)], parent / f"l{n}")
        elif kind == 3:
            os.mkfifo(parent / f"p{n}.txt")
        else:  # a link to a file, or a dangling one
            target = sorted(files)[b % len(files)] if files and b else root / "none.txt"
            os.symlink(target, parent / f"s{n}.txt")
    sources = plan([str(root)])
    docs = list(documents(sources))
    read = [os.path.realpath(s.path) for s, d in zip(sources, docs) if d.error is None]
    assert sorted(read) == sorted(files)  # each real file once, through whichever path
    assert all(d.error.startswith(("SpecialFile", "FileNotFoundError")) for d in docs if d.error)
