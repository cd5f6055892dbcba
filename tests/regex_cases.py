"""Every regular expression of the package, and the inputs that make bad ones backtrack.

Shared by tests/test_regex.py (which only checks that each finishes) and
benchmarks/regex_worst.py (which times them on longer inputs against a budget).

Patterns come from three places: string literals passed to ``re.compile/match/search/…`` in the
package's source (found with ``ast``, so inline patterns are not missed), compiled patterns held
by the package's modules (with their flags), and the lines of data/chrome.txt with the combined
chrome pattern built from them.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import civic_extract
from civic_extract.data import lines

__all__ = ["package_patterns", "worst_inputs"]

_RE_FUNCS = {"compile", "match", "search", "fullmatch", "sub", "subn", "findall", "finditer",
             "split"}


def _literal_patterns(root: Path) -> dict[str, re.Pattern[str]]:
    out: dict[str, re.Pattern[str]] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                    and node.func.attr in _RE_FUNCS and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                name = f"{path.relative_to(root)}:{node.lineno}"
                out[name] = re.compile(node.args[0].value)
    return out


def _module_patterns() -> dict[str, re.Pattern[str]]:
    out: dict[str, re.Pattern[str]] = {}
    pkg = civic_extract
    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                out[f"{info.name}.{attr}"] = value
    return out


def package_patterns() -> dict[str, re.Pattern[str]]:
    """name → compiled pattern, for every regular expression the package uses."""
    root = Path(civic_extract.__file__).parent
    out = _literal_patterns(root)
    out.update(_module_patterns())
    from civic_extract.text.prepare import _line_patterns

    for table in ("chrome.txt", "chrome_blocks.txt"):
        for i, rx in enumerate(lines(table)):
            out[f"data/{table}:{i + 1}"] = re.compile(rx, re.IGNORECASE)
        out[f"data/{table} (combined)"] = _line_patterns(table)
    return out


_UNITS = ["а", "А", "a", "Z", "1", " ", "\n", '"', "«", "»", "'", ".", ",", "-", "—", "#", "/",
          "а ", "1 ", "а.", "1,", "1.", "а-", "«а", "ич", "ов", "фото - ", "x.kz ", "usd 1 ",
          "#а ", "&", "<a ", "<!--"]
_TAILS = ["", "!", "\x00", " ?"]


def worst_inputs(n: int) -> list[str]:
    """Long runs of one unit (letters, digits, spaces, quotes, punctuation, and pieces that
    start a rule), each plain and followed by a character that makes a match fail at the end."""
    out = []
    for unit in _UNITS:
        run = (unit * (n // len(unit) + 1))[:n]
        out += [run + tail for tail in _TAILS]
    return out
