"""Extract the bundled example article and print a readable summary.

    python examples/quickstart.py [FILE]
"""

from __future__ import annotations

import os
import sys

import civic_extract


def summary(article: civic_extract.Article) -> str:
    lines = []
    lines.append("People:")
    for p in article.people:
        titles = "; ".join(t.normal for t in p.titles)
        lines.append(f"  {p.name}" + (f" — {titles}" if titles else ""))
    lines.append("Organizations:")
    for o in article.organizations:
        form = f"{o.form} " if o.form else ""
        lines.append(f"  {form}«{o.name}» ({o.kind})")
    lines.append("Places:")
    for pl in article.places:
        lines.append(f"  {pl.name} ({pl.kind})")
    lines.append("Awards:")
    for a in article.awards:
        by = f", from {a.conferred_by}" if a.conferred_by else ""
        lines.append(f"  {a.kind} «{a.name}»{by}: {', '.join(a.recipients) or '-'}")
    lines.append("Statistics:")
    for s in article.statistics:
        q = f"{s.qualifier} " if s.qualifier else ""
        lines.append(f"  {q}{s.value:,} × {s.unit}".replace(",", " "))
    return "\n".join(lines)


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "article.txt")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    print(summary(civic_extract.extract(text, doc_id=os.path.basename(path))))


if __name__ == "__main__":
    main()
