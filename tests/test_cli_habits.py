"""The command line's Unix habits: a closed pipe, a full disk, no matching input, --version,
--explain, and a resumed run with nothing left to do."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

import civic_extract
from civic_extract.cli import main

TEXT = "Аким области Ермек Сапаров вручил награды ОО «Батыр»."


def _docs(folder, n: int) -> str:
    folder.mkdir()
    for i in range(n):
        (folder / f"d{i:03d}.txt").write_text(TEXT, encoding="utf-8")
    return str(folder)


def test_version(capsys):
    with pytest.raises(SystemExit) as ex:
        main(["--version"])
    assert ex.value.code == 0
    assert capsys.readouterr().out.strip() == f"civic-extract {civic_extract.__version__}"


def test_no_matching_input_is_an_error(tmp_path, capsys):
    (tmp_path / "page.html").write_text("<p>x</p>", encoding="utf-8")
    assert main([str(tmp_path), "-q"], stdin=io.BytesIO(), stdout=io.BytesIO()) == 2
    assert "no input file matched" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_closed_pipe_ends_cleanly(tmp_path, fmt):
    folder = _docs(tmp_path / "docs", 40)
    proc = subprocess.Popen([sys.executable, "-m", "civic_extract", folder, "--format", fmt,
                             "--batch-size", "4"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)  # the reader takes a little and goes away, like `| head -c 10`
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 2
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert "output closed" in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("extra", [[], ["--format", "json"], ["--stats", "STATS"]])
def test_full_disk_is_one_message_and_exit_2(tmp_path, extra):
    folder = _docs(tmp_path / "docs", 3)
    extra = [str(tmp_path / "s.json") if a == "STATS" else a for a in extra]
    out = subprocess.run([sys.executable, "-m", "civic_extract", folder, "-o", "/dev/full",
                          *extra], capture_output=True, timeout=300)
    err = out.stderr.decode()
    assert out.returncode == 2
    assert "Traceback" not in err
    assert err.count("No space left on device") == 1


def test_explain_puts_the_rules_in_the_json(tmp_path):
    folder = _docs(tmp_path / "docs", 1)
    out = io.BytesIO()
    assert main([folder, "--explain", "-q"], stdin=io.BytesIO(), stdout=out) == 0
    (record,) = [json.loads(line) for line in out.getvalue().decode().splitlines()]
    assert record["people"][0]["rule"]
    assert record["people"][0]["titles"][0]["rule"]
    assert all(o["rule"] for o in record["organizations"])
    assert {"kind", "rule", "verdict", "mention"} <= set(record["trace"][0])
    plain = io.BytesIO()
    assert main([folder, "-q"], stdin=io.BytesIO(), stdout=plain) == 0
    assert "rule" not in json.loads(plain.getvalue())["people"][0]


def test_explain_needs_json(tmp_path, capsys):
    with pytest.raises(SystemExit) as ex:
        main([str(tmp_path), "--explain", "--format", "csv", "-o", str(tmp_path / "o")])
    assert ex.value.code == 2


def test_resume_with_nothing_left_loads_no_model(tmp_path, monkeypatch):
    folder = _docs(tmp_path / "docs", 2)
    target = tmp_path / "out.jsonl"
    assert main([folder, "-o", str(target), "-q"], stdin=io.BytesIO()) == 0

    def no_models(self):
        raise AssertionError("the models were loaded")

    monkeypatch.setattr(civic_extract.Extractor, "_load", no_models)
    before = target.read_bytes()
    assert main([folder, "-o", str(target), "--resume", "-q"], stdin=io.BytesIO()) == 0
    assert target.read_bytes() == before
