"""The package's structure holds (benchmarks/structure.py): no import cycle (annotations count),
short modules and functions in the extractors and the linker, lexicons in data/ rather than in
code."""

from __future__ import annotations

import pytest
from benchmark_scripts import load


@pytest.fixture(scope="module")
def structure():
    return load("structure")


def test_no_import_cycle(structure):
    assert structure.cycles() == []


def test_no_long_module_in_extractors_or_link(structure):
    assert structure.long_modules() == []


def test_no_long_function_in_extractors_or_link(structure):
    assert structure.long_functions() == []


def test_no_word_list_in_code(structure):
    assert structure.word_lists() == []


def test_the_checker_sees_a_cycle(structure, tmp_path, monkeypatch):
    # the check is not vacuous: two modules that import each other are one cycle
    pkg = tmp_path / "civic_extract"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from . import b\n")
    (pkg / "b.py").write_text("def f():\n    from .a import x\n")
    monkeypatch.setattr(structure, "PACKAGE", pkg)
    assert len(structure.cycles()) == 1


def test_the_checker_sees_an_annotation_cycle(structure, tmp_path, monkeypatch):
    # a name needed only to annotate still ties two modules into one design
    pkg = tmp_path / "civic_extract"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from . import b\n")
    (pkg / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                              "    from .a import x\n")
    monkeypatch.setattr(structure, "PACKAGE", pkg)
    assert len(structure.cycles()) == 1


def test_the_checker_sees_a_long_module(structure, tmp_path, monkeypatch):
    pkg = tmp_path / "civic_extract"
    (pkg / "link").mkdir(parents=True)
    (pkg / "extractors").mkdir()
    (pkg / "link" / "big.py").write_text("x = 1\n" * (structure.MAX_MODULE_LINES + 1))
    (pkg / "extractors" / "small.py").write_text("x = 1\n" * structure.MAX_MODULE_LINES)
    monkeypatch.setattr(structure, "PACKAGE", pkg)
    assert structure.long_modules() == [f"link/big.py: {structure.MAX_MODULE_LINES + 1} lines"]
