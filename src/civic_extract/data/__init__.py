"""Lexicons and rule tables, as UTF-8 text files with ``#`` comments (read lazily)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..errors import DataError

__all__ = ["lines", "table", "names"]


@cache
def lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of ``data/NAME`` (inline ``  # comments`` dropped)."""
    try:
        raw = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as ex:
        raise DataError(f"cannot read bundled data file {name!r}: {ex}") from None
    out = []
    for line in raw.splitlines():
        line = line.split("  #", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return tuple(out)


@cache
def table(name: str, columns: int) -> tuple[tuple[str, ...], ...]:
    """Rows of a ``|``-separated table with exactly ``columns`` columns (checked)."""
    rows = []
    for line in lines(name):
        cells = tuple(c.strip() for c in line.split("|"))
        if len(cells) != columns:
            raise DataError(
                f"data/{name}: expected {columns} columns separated by '|', got {len(cells)}: "
                f"{line!r}")
        rows.append(cells)
    return tuple(rows)


@cache
def names() -> frozenset[str]:
    """The file names of the bundled tables."""
    return frozenset(p.name for p in resources.files(__package__).iterdir()
                     if p.name.endswith(".txt"))
