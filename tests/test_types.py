"""The package type-checks: mypy on the whole package, and mypy --strict on the public API
(``civic_extract/__init__.py`` and the modules of what it exports)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mypy")

ROOT = Path(__file__).resolve().parent.parent
PUBLIC = ["__init__.py", "model.py", "pipeline.py", "errors.py", "limits.py"]


def _mypy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=900)


def test_the_package_type_checks():
    out = _mypy()  # files and options from pyproject.toml
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_public_api_type_checks_strictly():
    out = _mypy("--strict", *(f"src/civic_extract/{name}" for name in PUBLIC))
    assert out.returncode == 0, out.stdout + out.stderr
