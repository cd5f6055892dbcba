"""The batch command line: encodings and bad files, workers, formats, kill -9 and --resume."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from civic_extract import Article
from civic_extract.cli import main
from civic_extract.records import COLUMNS, TABLES, article_rows, csv_cell
from civic_extract.sinks import resume_state

PEOPLE = ["Ермек Маржикпаев", "Асаин Байханов", "Айгуль Сапарова", "Ерулан Жамаубаев"]
PLACES = ["Павлодарской области", "Карагандинской области", "Алматы", "Костанае"]


def article(i: int) -> str:
    """A short news text of our own, different for every i."""
    person, place = PEOPLE[i % len(PEOPLE)], PLACES[i // len(PEOPLE) % len(PLACES)]
    return (f"Аким {place} {person} встретился с жителями. "
            f"В регионе открыли {i + 2} новых школ, сообщила пресс-служба акимата.")


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "civic_extract", *args], input=stdin,
                          capture_output=True, timeout=600)


def run_main(*args: str, stdin: bytes = b"") -> tuple[int, bytes]:
    out = io.BytesIO()
    code = main(list(args), stdin=io.BytesIO(stdin), stdout=out)
    return code, out.getvalue()


def jsonl(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def test_directory_of_mixed_encodings_and_bad_files_with_two_jobs(tmp_path):
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    texts = {f"good{i}.txt": article(i) for i in range(5)}
    for name, text in texts.items():
        (docs / name).write_text(text, encoding="utf-8")
    special = {"bom.txt": ("utf-8-sig", article(5)), "sub/utf16.txt": ("utf-16", article(6)),
               "win.txt": ("cp1251", article(7))}
    for name, (encoding, text) in special.items():
        (docs / name).write_bytes(text.encode(encoding))
        texts[name] = text
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (docs / "notes.md").write_text("not matched by --glob", encoding="utf-8")

    out, stats = tmp_path / "out.jsonl", tmp_path / "stats.json"
    proc = cli(str(docs), "--jobs", "2", "--batch-size", "2", "-o", str(out),
               "--stats", str(stats))
    assert proc.returncode == 1, proc.stderr
    records = jsonl(out.read_bytes())
    ids = [r["id"] for r in records]
    assert ids == sorted([*texts, "empty.txt", "binary.txt"])  # input order, each once
    by_id = {r["id"]: r for r in records}
    assert by_id["empty.txt"]["error"].startswith("EmptyDocument")
    assert by_id["binary.txt"]["error"].startswith("DecodeError")
    for name, text in texts.items():
        assert "error" not in by_id[name], by_id[name]
        assert by_id[name]["text"] == text
    assert by_id["win.txt"]["people"][0]["name"] == PEOPLE[7 % 4]
    assert by_id["sub/utf16.txt"]["people"][0]["name"] == PEOPLE[6 % 4]
    assert by_id["bom.txt"]["text"].startswith("Аким")
    summary = json.loads(stats.read_text())
    assert summary["documents"] == len(records) and summary["errors"] == 2
    assert summary["entities"]["people"] == sum(len(r.get("people", [])) for r in records)
    assert b"empty.txt: EmptyDocument" in proc.stderr and b"docs/s" in proc.stderr

    # one process gives the same bytes
    code, data = run_main(str(docs), "-q")
    assert code == 1
    assert data == out.read_bytes()


def test_records_from_json_lines_and_csv(tmp_path):
    lines = [{"key": "n1", "body": article(0)}, {"key": "n2", "body": ""}, "not an object",
             {"body": article(1)}, {"key": 7, "body": article(2)}]
    src = tmp_path / "news.jsonl"
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n{torn",
                   encoding="utf-8")
    table = tmp_path / "news.csv"
    with open(table, "w", encoding="cp1251", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["key", "body"])
        w.writerow(["c1", article(3)])
        w.writerow(["c2", article(4)])
    code, data = run_main(str(src), str(table), "--text-field", "body", "--id-field", "key", "-q")
    assert code == 1
    records = jsonl(data)
    assert [r["id"] for r in records] == ["n1", "n2", f"{src}:3", f"{src}:4", "7", f"{src}:6",
                                          "c1", "c2"]
    assert [("error" in r) for r in records] == [False, True, True, False, False, True,
                                                 False, False]
    assert records[1]["error"].startswith("EmptyDocument")
    assert "expected a JSON object" in records[2]["error"]
    assert records[5]["error"].startswith("JSONDecodeError")
    assert records[7]["text"] == article(4)  # cp1251 CSV decoded

    # stdin, JSON Lines; a missing text column in a CSV is one error
    code, data = run_main("-", "--input-format", "jsonl", "-q",
                          stdin=json.dumps({"id": "s", "text": article(5)}).encode())
    assert code == 0 and jsonl(data)[0]["people"][0]["name"] == PEOPLE[1]
    code, data = run_main(str(table), "-q")
    assert code == 1 and "no column 'text'" in jsonl(data)[0]["error"]


def test_json_csv_and_parquet_outputs_hold_the_same_records(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(4):
        (docs / f"{i}.txt").write_text(article(i), encoding="utf-8")
    (docs / "9.txt").write_bytes(b"")
    code, data = run_main(str(docs), "--format", "json", "-q")
    assert code == 1
    array = json.loads(data)
    assert [r["id"] for r in array] == ["0.txt", "1.txt", "2.txt", "3.txt", "9.txt"]
    expected = {t: [] for t in TABLES if t != "documents"}
    for r in array[:4]:
        for table, rows in article_rows(Article.from_dict(r)).items():
            expected[table].extend(rows)
    assert expected["people"] and expected["titles"] and expected["statistics"]

    code, _ = run_main(str(docs), "--format", "csv", "-o", str(tmp_path / "csv"), "-q")
    assert code == 1
    for table in TABLES:
        with open(tmp_path / "csv" / f"{table}.csv", encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            rows = list(reader)
        assert reader.fieldnames == [c for c, _ in COLUMNS[table]]
        if table == "documents":
            assert [r["doc_id"] for r in rows] == [r["id"] for r in array]
            assert rows[-1]["error"].startswith("EmptyDocument") and rows[0]["error"] == ""
            continue
        want = [{k: str(csv_cell(v)) for k, v in row.items()} for row in expected[table]]
        assert rows == want, table

    pq = pytest.importorskip("pyarrow.parquet")
    code, _ = run_main(str(docs), "--format", "parquet", "-o", str(tmp_path / "pq"), "-q",
                       "--jobs", "1")
    assert code == 1
    for table in TABLES:
        got = pq.read_table(tmp_path / "pq" / f"{table}.parquet")
        assert got.column_names == [c for c, _ in COLUMNS[table]]
        for name, kind in COLUMNS[table]:  # native lists, not JSON text
            want_type = {"str[]": "list<element: string>",
                         "span[]": "list<element: list<element: int64>>"}.get(kind)
            assert want_type is None or str(got.schema.field(name).type) == want_type, name
        if table != "documents":
            want = [{k: (float(v) if k == "value" else v) for k, v in row.items()}
                    for row in expected[table]]
            assert got.to_pylist() == want, table


def test_parquet_without_pyarrow_is_a_clear_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    (tmp_path / "a.txt").write_text(article(0), encoding="utf-8")
    code, _ = run_main(str(tmp_path / "a.txt"), "--format", "parquet", "-o", str(tmp_path / "o"))
    assert code == 2
    assert "pip install" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["--resume"], ["--resume", "--format", "json", "-o", "x"],
                                  ["--format", "csv"], ["--jobs", "-1"]])
def test_usage_errors(args, capsys):
    with pytest.raises(SystemExit) as info:
        main(["x.txt", *args])
    assert info.value.code == 2


def test_resume_state_drops_a_torn_line(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": "a", "people": []}\n{"id": "b", "error": "x"}\n{"id": "a"}\n'
                    b'{"id": "c", "te')
    state = resume_state(str(out))
    assert state.done == {"a": 2, "b": 1} and state.records == 3 and state.errors == 1
    assert out.read_bytes().endswith(b'{"id": "a"}\n')
    out.write_bytes(b'{"id": "a"}\nnot json\n')
    with pytest.raises(ValueError, match="line 2"):
        resume_state(str(out))


def test_killed_run_resumes_with_every_document_once(tmp_path):
    psutil = pytest.importorskip("psutil")
    docs = tmp_path / "docs"
    docs.mkdir()
    texts = {f"{i:03d}.txt": article(i) for i in range(60)}
    for name, text in texts.items():
        (docs / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = [sys.executable, "-m", "civic_extract", str(docs), "--jobs", "2", "--batch-size", "1",
            "--resume", "-o", str(out), "-q"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 3:
                break
            time.sleep(0.02)
        workers = psutil.Process(proc.pid).children(recursive=True)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    done_before = out.read_bytes().count(b"\n")
    assert 3 <= done_before < len(texts)  # killed mid-way
    _, alive = psutil.wait_procs(workers, timeout=30)  # workers leave with their parent
    for p in alive:
        p.kill()
    assert not alive
    # the pipe ends when the last process holding it (the resource tracker) is gone: the
    # workers released the pool's named semaphores, so it has none to report
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    assert "leaked semaphore" not in err, err

    with open(out, "ab") as fh:  # as if killed in the middle of a write
        fh.write(b'{"id": "059.txt", "text": "\xd0\x90\xd0')
    again = subprocess.run(args, capture_output=True, timeout=600)
    assert again.returncode == 0, again.stderr
    records = jsonl(out.read_bytes())
    assert [r["id"] for r in records] == list(texts)  # every document once, in order
    for r in records:
        assert r["text"] == texts[r["id"]] and "error" not in r, r
    finished = out.read_bytes()
    assert run_main(str(docs), "--resume", "-o", str(out), "-q") == (0, b"")
    assert out.read_bytes() == finished  # nothing left to do, nothing written twice


@pytest.mark.skipif("forkserver" not in __import__("multiprocessing").get_all_start_methods(),
                    reason="the worker pool's named semaphores exist with forkserver")
def test_sigterm_stops_a_run_with_workers_cleanly(tmp_path):
    """SIGTERM to a run with worker processes: the pool is shut down, the output keeps whole
    records, and no named semaphore is left for the resource tracker to report as leaked."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(200):  # long enough that the run is still going when the signal comes
        (docs / f"{i:03d}.txt").write_text("\n\n".join(article(i + k) for k in range(80)),
                                           encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = [sys.executable, "-m", "civic_extract", str(docs), "--jobs", "2", "--batch-size", "1",
            "-o", str(out), "-q"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300  # only against a hang
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 2:
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=60)
    text = err.decode("utf-8", "replace")
    assert proc.returncode == 128 + signal.SIGTERM, text
    assert "leaked semaphore" not in text and "Traceback" not in text, text
    assert "terminated" in text
    records = jsonl(out.read_bytes())
    assert 2 <= len(records) < 200 and all("error" not in r for r in records)
