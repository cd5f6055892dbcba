"""Batch input that loses nothing, garbles nothing and stays bounded: JSON Lines and CSV read
line by line, malformed rows reported with their numbers, sizes checked before reading, special
files skipped, directory walks that end."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import threading

import pytest

from civic_extract.cli import main
from civic_extract.sources import documents, plan, sniff_encoding

SENTENCES = ["Аким района Иван Петров открыл новую школу в селе Ключи.",
             "Депутаты маслихата утвердили бюджет города на будущий год.",
             "Фонд помощи детям получил награду от министра образования.",
             "ВЧЕРА В ОБЛАСТНОМ ЦЕНТРЕ ПРОШЁЛ ФОРУМ ОБЩЕСТВЕННЫХ ОБЪЕДИНЕНИЙ."]


def read(*paths: str, **kw):
    return list(documents(plan(list(paths)), **kw))


def errors(docs) -> list[tuple[str | None, str]]:
    return [(d.doc_id, d.error) for d in docs if d.error is not None]


def jsonl_bytes(n: int, bad: int | None = None, bad_byte: bytes = b"\xff") -> bytes:
    return b"".join(b'{"id":"r%d","text":"Hel%slo world %d"}\n'
                    % (i, bad_byte if i == bad else b"", i) for i in range(n))


# ---- JSON Lines ----

@pytest.mark.parametrize("bad", [0, 5, 2000, 2999])
def test_one_bad_byte_costs_one_json_line(tmp_path, bad):
    src = tmp_path / "x.jsonl"
    src.write_bytes(jsonl_bytes(3000, bad))
    docs = read(str(src))
    assert len(docs) == 3000
    assert errors(docs) == [(f"{src}:{bad + 1}", errors(docs)[0][1])]
    assert f"line {bad + 1}" in errors(docs)[0][1] and "DecodeError" in errors(docs)[0][1]
    good = [d.doc_id for d in docs if d.error is None]
    assert good == [f"r{i}" for i in range(3000) if i != bad]


def test_bad_lines_in_a_utf8_file_with_cyrillic(tmp_path):
    lines = [json.dumps({"id": f"n{i}", "text": SENTENCES[i % 4]}, ensure_ascii=False).encode()
             for i in range(50)]
    lines[8] = lines[8].replace("школу".encode(), b"\xd1\xff\xc0")  # a cut character
    lines[30] = lines[30][:20]                                       # a cut line
    src = tmp_path / "y.jsonl"
    src.write_bytes(b"\r\n".join(lines))                              # CR LF, no final newline
    docs = read(str(src))
    assert [d.doc_id for d in docs if d.error is None] == [f"n{i}" for i in range(50)
                                                           if i not in (8, 30)]
    assert [(i, e.split(":")[0]) for i, e in errors(docs)] == [
        (f"{src}:9", "DecodeError"), (f"{src}:31", "JSONDecodeError")]
    assert all(d.text == SENTENCES[int(d.doc_id[1:]) % 4] for d in docs if d.error is None)


def test_a_cp1251_file_whose_first_64k_are_ascii(tmp_path):
    ascii_part = b"".join(b'{"id":"a%d","text":"plain %d"}\n' % (i, i) for i in range(3000))
    assert len(ascii_part) > 1 << 16
    legacy = "".join(json.dumps({"id": f"c{i}", "text": s}, ensure_ascii=False) + "\n"
                     for i, s in enumerate(SENTENCES)).encode("cp1251")
    src = tmp_path / "w.jsonl"
    src.write_bytes(ascii_part + legacy)
    docs = read(str(src))
    assert errors(docs) == []
    assert [d.text for d in docs[-4:]] == SENTENCES


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_one_corrupt_line_in_an_ascii_head_does_not_decide_the_charset(tmp_path, fmt):
    # a stray byte pair that happens to be valid UTF-8 (Θ) in the ASCII head, cp1251 after it
    plain = [f"a{i}\tplain record {i}" for i in range(2500)]
    plain[1200] = plain[1200].replace("plain", "pl\u0398ain")
    legacy = [f"c{i}\t{s}" for i, s in enumerate(SENTENCES * 5)]
    src = tmp_path / f"h.{fmt}"
    if fmt == "jsonl":
        rows = [dict(zip(("id", "text"), line.split("\t"))) for line in plain + legacy]
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    else:
        body = "id\ttext\n" + "\n".join(plain + legacy) + "\n"
    src.write_bytes(body[:body.index("c0")].encode("utf-8")
                    + body[body.index("c0"):].encode("cp1251"))
    docs = read(str(src))
    assert errors(docs) == []
    assert [d.text for d in docs[-20:]] == SENTENCES * 5


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32", "cp1251",
                                      "koi8-r"])
def test_json_lines_in_other_encodings(tmp_path, encoding):
    text = "".join(json.dumps({"id": f"e{i}", "text": s}, ensure_ascii=False) + "\n"
                   for i, s in enumerate(SENTENCES * 3))
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    src = tmp_path / "e.jsonl"
    src.write_bytes(data)
    docs = read(str(src))
    assert errors(docs) == []
    assert [d.text for d in docs] == SENTENCES * 3


def test_json_lines_without_the_text_field_is_one_error_naming_the_keys(tmp_path):
    src = tmp_path / "k.jsonl"
    src.write_text("".join(json.dumps({"id": i, "body": s}, ensure_ascii=False) + "\n"
                           for i, s in enumerate(SENTENCES)), encoding="utf-8")
    docs = read(str(src))
    assert len(docs) == 1 and docs[0].doc_id == str(src)
    assert "no field 'text'" in docs[0].error and "['body', 'id']" in docs[0].error
    assert "--text-field" in docs[0].error
    # one record without it among good ones: that record only, its keys named
    src.write_text(json.dumps({"id": 1, "text": SENTENCES[0]}) + "\n"
                   + json.dumps({"id": 2, "txt": SENTENCES[1]}) + "\n", encoding="utf-8")
    docs = read(str(src))
    assert [d.error is None for d in docs] == [True, False]
    assert "['id', 'txt']" in docs[1].error


def test_a_line_over_the_limit_is_skipped_in_bounded_memory(tmp_path):
    src = tmp_path / "l.jsonl"
    big = json.dumps({"id": "big", "text": "а" * 5000}, ensure_ascii=False)
    src.write_text("\n".join([json.dumps({"id": "a", "text": "short"}), big,
                              json.dumps({"id": "b", "text": "short too"})]), encoding="utf-8")
    docs = read(str(src), max_bytes=1000)
    assert [d.doc_id for d in docs] == ["a", f"{src}:2", "b"]
    assert docs[1].error.startswith("InputTooLargeError") and "line 2" in docs[1].error


# ---- CSV ----

def csv_bytes(rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


def test_one_bad_byte_costs_one_csv_row(tmp_path):
    src = tmp_path / "x.csv"
    src.write_bytes(b"id,text\n" + b"".join(b"r%d,Hel%slo world %d\n" % (i, b"\xff" if i == 2000
                                                                        else b"", i)
                                            for i in range(3000)))
    docs = read(str(src))
    assert len(docs) == 3000
    (doc_id, error), = errors(docs)
    assert doc_id == f"{src}:2001" and "row 2001 (line 2002)" in error
    assert [d.doc_id for d in docs if d.error is None] == [f"r{i}" for i in range(3000)
                                                           if i != 2000]


def test_an_unclosed_quote_does_not_swallow_the_rest(tmp_path):
    src = tmp_path / "u.csv"
    src.write_text("id,text\n1,Аким\n2,\"open\n"
                   + "".join(f"{i},Иван Петров\n" for i in range(3, 101)), encoding="utf-8")
    docs = read(str(src))
    assert len(docs) == 100
    (doc_id, error), = errors(docs)
    assert doc_id == f"{src}:2" and "row 2 (line 3)" in error and "quote" in error
    assert [d.doc_id for d in docs if d.error is None] == ["1"] + [str(i) for i in range(3, 101)]


def test_a_quoted_field_over_lines_is_one_row_and_ragged_rows_are_errors(tmp_path):
    src = tmp_path / "r.csv"
    src.write_text('id,text,title\n1,"Аким района.\nВторой абзац, с запятой.",Заголовок\n'
                   "2,Короткий текст\n3,x,y,z\n\n4,\"Иван \"\"Ваня\"\" Петров\",T\n",
                   encoding="utf-8")
    docs = read(str(src))
    assert [d.doc_id for d in docs] == ["1", f"{src}:2", f"{src}:3", "4"]
    assert docs[0].text == "Аким района.\nВторой абзац, с запятой."
    assert docs[0].meta == {"title": "Заголовок"}
    assert "row 2 (line 4) has 2 fields, the header has 3 (id, text, title)" in docs[1].error
    assert "row 3 (line 5) has 4 fields" in docs[2].error
    assert docs[3].text == 'Иван "Ваня" Петров'


@pytest.mark.parametrize("delimiter", [";", "\t", "|", ","])
@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1251", "utf-16"])
def test_the_delimiter_is_sniffed(tmp_path, delimiter, encoding):
    rows = [["id", "text"]] + [[f"s{i}", s] for i, s in enumerate(SENTENCES)]
    rows[2][1] += f" Цифры: 1{delimiter}2"  # the delimiter inside a quoted field
    src = tmp_path / "d.csv"
    src.write_bytes(csv_bytes(rows, delimiter, encoding))
    docs = read(str(src))
    assert errors(docs) == []
    assert [d.text for d in docs] == [r[1] for r in rows[1:]]


def test_a_given_delimiter_wins_and_a_wrong_one_names_the_header(tmp_path):
    src = tmp_path / "g.csv"
    src.write_bytes(csv_bytes([["id", "text"], ["1", SENTENCES[0]]], ";"))
    assert errors(read(str(src), delimiter=";")) == []
    docs = read(str(src), delimiter=",")
    assert len(docs) == 1 and "no column 'text'" in docs[0].error
    assert "['id;text']" in docs[0].error and "--delimiter" in docs[0].error


def test_a_csv_row_over_the_limit_is_an_error_and_reading_goes_on(tmp_path):
    src = tmp_path / "b.csv"
    src.write_text('id,text\n1,short\n2,"' + "длинный текст\n" * 200 + '"\n3,short too\n',
                   encoding="utf-8")
    docs = read(str(src), max_bytes=500)
    assert docs[0].doc_id == "1" and docs[-1].doc_id == "3"
    assert docs[1].error.startswith("InputTooLargeError") and "row 2 (line 3)" in docs[1].error


# ---- files, sizes, special files, walks ----

def test_size_is_checked_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Аким района. " * 100, encoding="utf-8")
    doc, = read(str(big), max_bytes=100)
    assert doc.error.startswith("InputTooLargeError") and "bytes" in doc.error
    doc, = list(documents(plan(["-"]), stdin=io.BytesIO(b"x" * 101), max_bytes=100))
    assert doc.error.startswith("InputTooLargeError")
    doc, = list(documents(plan(["-"]), stdin=io.BytesIO(SENTENCES[0].encode()), max_bytes=200))
    assert doc.text == SENTENCES[0]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_skipped_with_a_record():
    for fmt in ("auto", "jsonl", "csv"):
        doc, = list(documents(plan(["/dev/zero"], input_format=fmt)))
        assert doc.doc_id == "/dev/zero" and "character device" in doc.error


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_fifos_in_a_walk_are_skipped_and_a_named_one_is_read(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    (d / "a.txt").write_text(SENTENCES[0], encoding="utf-8")
    os.mkfifo(d / "p.txt")
    docs = read(str(d))
    assert [(x.doc_id, x.error) for x in docs] == [("a.txt", None),
                                                   ("p.txt", "SpecialFile: a FIFO, skipped")]
    pipe = tmp_path / "named"
    os.mkfifo(pipe)
    writer = threading.Thread(target=lambda: pipe.write_text(SENTENCES[1], encoding="utf-8"))
    writer.start()
    doc, = read(str(pipe))
    writer.join()
    assert doc.text == SENTENCES[1]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_symlink_loops_end_and_each_file_is_read_once(tmp_path):
    d = tmp_path / "d"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("Аким Ермек Сапаров.", encoding="utf-8")
    (d / "sub" / "b.txt").write_text("Аким Иван Петров.", encoding="utf-8")
    os.symlink(".", d / "self")
    os.symlink(".", d / "y")
    os.symlink("..", d / "sub" / "up")
    os.symlink("a.txt", d / "again.txt")
    os.symlink("nowhere.txt", d / "broken.txt")
    docs = read(str(d))
    assert [(x.doc_id, x.error is None) for x in docs] == [
        ("a.txt", True), ("broken.txt", False), ("sub/b.txt", True)]
    assert "broken symbolic link" in docs[1].error


def test_glob_patterns_keep_their_meaning(tmp_path):
    for rel in ("2020/a.txt", "x/2020/b.txt", "2021/c.txt", "d.txt", ".hidden/e.txt",
                "2020/f.md"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Аким.", encoding="utf-8")
    names = lambda pattern: [s.name for s in plan([str(tmp_path)], pattern=pattern)]  # noqa: E731
    assert names("*.txt") == ["2020/a.txt", "2021/c.txt", "d.txt", "x/2020/b.txt"]
    assert names("2020/*.txt") == ["2020/a.txt", "x/2020/b.txt"]
    assert names("*.md") == ["2020/f.md"]
    assert names("[cd].txt") == ["2021/c.txt", "d.txt"]


def test_sniff_encoding():
    assert sniff_encoding(codecs.BOM_UTF8 + b"abc") == "utf-8"
    assert sniff_encoding("Аким".encode("utf-16")) == "utf-16-le"
    assert sniff_encoding(b"plain") == "utf-8"
    assert sniff_encoding("\n".join(SENTENCES).encode("cp1251")) == "cp1251"


# ---- the command line ----

def run_main(*args: str, stdin: bytes = b"") -> tuple[int, list[dict]]:
    out = io.BytesIO()
    code = main(list(args), stdin=io.BytesIO(stdin), stdout=out)
    return code, [json.loads(x) for x in out.getvalue().decode("utf-8").splitlines()]


def test_cli_loses_no_record_and_exits_1(tmp_path):
    src = tmp_path / "x.jsonl"
    src.write_bytes(jsonl_bytes(300, 200))
    table = tmp_path / "u.csv"
    table.write_bytes("id;text\n1;Аким\n2;\"open\n".encode("cp1251")
                      + "".join(f"{i};Иван Петров\n" for i in range(3, 30)).encode("cp1251"))
    code, records = run_main(str(src), str(table), "-q")
    assert code == 1
    assert len(records) == 300 + 29
    failed = [r for r in records if "error" in r]
    assert [r["id"] for r in failed] == [f"{src}:201", f"{table}:2"]
    assert "line 201" in failed[0]["error"] and "row 2 (line 3)" in failed[1]["error"]
    code, records = run_main(str(table), "--delimiter", ",", "-q")
    assert code == 1 and "no column 'text'" in records[0]["error"]


def test_cli_reports_a_stray_byte_in_meta(tmp_path):
    src = tmp_path / "s.txt"
    src.write_bytes(SENTENCES[0].encode() + b"\xff " + SENTENCES[1].encode())
    code, (record,) = run_main(str(src), "-q")
    assert code == 0 and record["meta"] == {"decode_errors": "1"}
    assert "\ufffd" in record["text"] and record["people"]


@pytest.mark.parametrize("name,content,reason", [
    ("e.jsonl", b"", "no records"), ("b.jsonl", b"\n \n", "no records"),
    ("e.csv", b"", "no CSV header"), ("h.csv", b"id,text\r\n", "header and no rows")])
def test_a_file_without_records_says_so(tmp_path, name, content, reason):
    src = tmp_path / name
    src.write_bytes(content)
    doc, = read(str(src))
    assert doc.doc_id == str(src) and doc.error.startswith("EmptyDocument") and reason in doc.error


def test_noise_in_an_ascii_head_does_not_make_a_utf8_file_cp1251(tmp_path):
    plain = [json.dumps({"id": f"a{i}", "text": f"plain record {i}"}).encode() for i in range(2000)]
    # stray bytes that read as Cyrillic letters in cp1251 (Эй, Спц)
    plain[50] = plain[50].replace(b' 50"', b' 50\xdd\xe9"')
    plain[472] = plain[472].replace(b' 472"', b' 472\xd1\xef\xf6"')
    cyrillic = [json.dumps({"id": f"c{i}", "text": s}, ensure_ascii=False).encode()
                for i, s in enumerate(SENTENCES * 3)]
    src = tmp_path / "n.jsonl"
    src.write_bytes(b"\n".join(plain + cyrillic) + b"\n")
    docs = read(str(src))
    assert [d.text for d in docs if d.doc_id.startswith("c")] == SENTENCES * 3
    assert [d.doc_id for d in docs if d.error] == [f"{src}:51", f"{src}:473"]


def test_a_short_cp1251_record_is_not_read_as_mac_cyrillic(tmp_path):
    src = tmp_path / "k.csv"
    src.write_bytes("id\ttext\ng0\tВ Кокшетау наградили прое\n".encode("cp1251"))
    doc, = read(str(src))
    assert doc.text == "В Кокшетау наградили прое"


@pytest.mark.parametrize("line", ['x","some words', 'x,"opens', '"a""', 'k"q"z,"w'])
@pytest.mark.parametrize("n", [200, 2000])
def test_hostile_csv_lines_are_parsed_a_bounded_number_of_times(line, n):
    from civic_extract.sources import _Line, _Rows

    lines = [_Line(i, line) for i in range(1, n + 1)]
    table = _Rows(iter(lines), ",", 10**9)
    rows = list(table)
    assert len(rows) <= n and table.parses <= (table.RESYNC_LINES + 2) * n


def test_a_good_row_after_a_line_that_keeps_quotes_open_comes_out_once(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('id,text\n' + 'x","a b\n' * 50 + 'g1,"two\nlines"\ng2,plain\n',
                    encoding="utf-8")
    docs = [d for d in documents(plan([str(path)])) if d.error is None]
    assert [(d.doc_id, d.text) for d in docs] == [("g1", "two\nlines"), ("g2", "plain")]
