"""The command line: files, directories, stdin; bad documents reported, the run goes on."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import EXAMPLE


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "civic_extract", *args], input=stdin,
                          capture_output=True, timeout=300)


def test_example_file():
    out = cli(EXAMPLE)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.decode().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert any(p["last"] == "Байханов" for p in data["people"])


def test_stdin_and_directory_with_bad_files(tmp_path):
    good = "Аким области Ермек Маржикпаев выступил."
    (tmp_path / "a.txt").write_text(good, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(good.encode("cp1251"))
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_bytes(b"\x00\x01\x02binary\x00")
    out = cli(str(tmp_path))
    assert out.returncode == 1
    records = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [r["id"] for r in records] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert [("error" in r) for r in records] == [False, False, True, True]
    assert records[1]["people"][0]["last"] == "Маржикпаев"

    out = cli("-", stdin=good.encode("utf-8"))
    assert out.returncode == 0
    assert json.loads(out.stdout)["people"][0]["name"] == "Ермек Маржикпаев"
