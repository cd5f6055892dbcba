"""Dependencies: spaCy, trafilatura and the notebook are extras; the core needs neither spaCy nor
setuptools (pkg_resources) at run time."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata

import pytest

from conftest import ROOT

TEXT = "Аким области Ермек Маржикпаев вручил грамоту ОО «Батыр»."


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300, cwd=ROOT)


def test_extraction_and_the_cli_need_no_spacy():
    code = (
        "import sys\n"
        "sys.modules['spacy'] = None  # as if not installed\n"
        "import civic_extract\n"
        f"article = civic_extract.extract({TEXT!r})\n"
        "print(article.people[0].name)\n"
        "for call in (article.to_spacy, lambda: __import__('civic_extract.spacy')):\n"
        "    try:\n"
        "        call()\n"
        "    except ImportError as ex:\n"
        "        assert ex.__cause__ is None and ex.__suppress_context__\n"
        "        print(ex)\n"
    )
    out = _run(code)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "Ермек Маржикпаев"
    assert len(lines) == 3
    assert all("pip install 'civic_extract[spacy]'" in line for line in lines[1:])


def test_extraction_needs_no_pkg_resources():
    # pymorphy2 (natasha's dependency) imports pkg_resources; we never import pymorphy2
    code = (
        "import sys\n"
        "for name in ('pkg_resources', 'setuptools', 'pymorphy2'):\n"
        "    sys.modules[name] = None\n"
        "import civic_extract\n"
        "from civic_extract.cli import main\n"
        f"print(civic_extract.extract({TEXT!r}).people[0].name)\n"
    )
    out = _run(code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Ермек Маржикпаев"


def test_the_spacy_factory_is_registered_by_entry_point():
    points = metadata.entry_points(group="spacy_factories")
    assert {p.name: p.value for p in points}.get("civic_extract") == \
        "civic_extract.spacy:make_component"


def test_pyproject_extras():
    tomllib = pytest.importorskip("tomllib")
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as fh:
        project = tomllib.load(fh)["project"]

    def names(requirements: list[str]) -> set[str]:
        return {r.split(">")[0].split("[")[0].split("=")[0].strip().lower() for r in requirements}

    core = names(project["dependencies"])
    extras = {k: names(v) for k, v in project["optional-dependencies"].items()}
    assert not core & {"spacy", "setuptools", "trafilatura"}
    assert extras["spacy"] == {"spacy"}
    assert {"trafilatura", "lxml_html_clean"} <= extras["html"]
    assert extras["notebook"] & {"notebook", "jupyterlab"}
    assert {"spacy", "pandas", "matplotlib"} <= extras["notebook"]  # what the notebook imports
    assert {"spacy", "trafilatura", "lxml_html_clean", "pyarrow", "pandas"} <= extras["dev"]
