"""Checks of the package's structure (run by the test suite too):

- no import cycle among the package's modules (every import counts: module-level, inside a
  function, or under ``if TYPE_CHECKING:``; two modules that need each other's names, even only to
  annotate, are one design split in two);
- no module longer than 1200 lines, no function longer than 60 lines in ``extractors/`` or
  ``link/``;
- no word list of more than 5 literals in Python code outside ``data/`` (a list, set, tuple or
  dict of string literals holding Cyrillic words, or a ``"a b c".split()``): lexicons are data.

    python benchmarks/structure.py        # prints the findings; exit code 1 when there are any
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "civic_extract"
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 1200
LONG_FUNCTION_ROOMS = ("extractors", "link")
MAX_WORDS = 5
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(tree: ast.Module, module: str, is_package: bool) -> set[str]:
    """The package's modules a module imports, wherever the import stands."""
    out: set[str] = set()
    base = module.split(".") if is_package else module.split(".")[:-1]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("civic_extract"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                target = ".".join(base[:len(base) - node.level + 1] +
                                  ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("civic_extract"):
                out.add(target)
                out.update(f"{target}.{a.name}" for a in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return out


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found = _imports(ast.parse(path.read_text(encoding="utf-8")), name,
                         path.name == "__init__.py")
        # "from .x import y" names a module x.y only when there is one
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def cycles() -> list[list[str]]:
    """The import cycles (strongly connected components of more than one module)."""
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = 0

    def connect(v: str) -> None:  # Tarjan's algorithm
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10_000)
    for v in sorted(graph):
        if v not in index:
            connect(v)
    return out


def long_functions() -> list[str]:
    out = []
    for room in LONG_FUNCTION_ROOMS:
        for path in sorted((PACKAGE / room).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    n = (node.end_lineno or node.lineno) - node.lineno + 1
                    if n > MAX_FUNCTION_LINES:
                        out.append(f"{path.relative_to(PACKAGE)}:{node.lineno} "
                                   f"{node.name}: {n} lines")
    return out


def long_modules() -> list[str]:
    out = []
    for room in LONG_FUNCTION_ROOMS:
        for path in sorted((PACKAGE / room).rglob("*.py")):
            n = len(path.read_text(encoding="utf-8").splitlines())
            if n > MAX_MODULE_LINES:
                out.append(f"{path.relative_to(PACKAGE)}: {n} lines")
    return out


def _words(node: ast.AST) -> int:
    if isinstance(node, (ast.List, ast.Set, ast.Tuple)):
        elts = node.elts
    elif isinstance(node, ast.Dict):
        elts = [k for k in node.keys if k is not None] + node.values
    else:
        return 0
    return sum(isinstance(e, ast.Constant) and isinstance(e.value, str) and
               bool(_CYRILLIC.search(e.value)) for e in elts)


def word_lists() -> list[str]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "data" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            n = _words(node)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    node.func.attr == "split" and isinstance(node.func.value, ast.Constant) and \
                    isinstance(node.func.value.value, str) and \
                    _CYRILLIC.search(node.func.value.value):
                n = len(node.func.value.value.split())
            if n > MAX_WORDS:
                out.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {n} words")
    return out


def main() -> int:
    findings = [f"import cycle: {' → '.join(c)}" for c in cycles()]
    findings += [f"long module: {m}" for m in long_modules()]
    findings += [f"long function: {f}" for f in long_functions()]
    findings += [f"word list in code: {w}" for w in word_lists()]
    for f in findings:
        print(f)
    print(f"{len(findings)} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
