"""The notebook view of an Article: highlighted text, a legend and compact entity tables.

``Article._repr_html_`` calls ``render_html``, so an Article shown in Jupyter renders itself.
The highlighted text is drawn by ipymarkup (natasha's markup renderer, installed with natasha):
its line markup stacks overlapping mentions (a place inside a title, a title before a name) as
coloured underlines, each labelled with its kind. The legend and the tables are small HTML
built here, every text escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from .model import Article

if TYPE_CHECKING:
    from ipymarkup.palette import Palette

__all__ = ["KINDS", "render_html", "render_page"]

# kind (as Article.mentions() yields it) → (label under the text, Material colour family)
KINDS: dict[str, tuple[str, str]] = {
    "people": ("person", "Blue"),
    "titles": ("title", "Deep Purple"),
    "organizations": ("organization", "Green"),
    "places": ("place", "Orange"),
    "awards": ("award", "Red"),
    "statistics": ("statistic", "Brown"),
}
"""The kinds shown, in legend order, with their label and colour family."""

_STYLE = (
    "font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; font-size: 14px; "
    "line-height: 1.5; color: #212121"
)
_TABLE = "border-collapse: collapse; margin: 4px 16px 8px 0; font-size: 13px"
_CELL = "border-bottom: 1px solid #e0e0e0; padding: 2px 8px; text-align: left; vertical-align: top"


def _ipymarkup() -> Any:
    try:
        import ipymarkup
    except ImportError:
        raise ImportError(
            "the notebook view needs ipymarkup: pip install 'civic_extract[notebook]'") from None
    return ipymarkup


def _palette() -> Palette:
    from ipymarkup.palette import Color, material, palette

    colors = {
        label: Color(label, background=material(family, "50"), border=material(family, "200"),
                     text=material(family, "700"), line=material(family, "400"))
        for label, family in KINDS.values()
    }
    return palette(colors)


def _swatch(label: str, family: str) -> str:
    from ipymarkup.palette import material

    return (f'<span style="display: inline-block; margin-right: 14px; white-space: nowrap">'
            f'<span style="display: inline-block; width: 22px; height: 0; vertical-align: middle;'
            f' border-bottom: 4px solid {material(family, "400").value}"></span> '
            f'{escape(label)}</span>')


def _legend(counts: dict[str, int]) -> str:
    items = "".join(_swatch(f"{label} ({counts.get(kind, 0)})", family)
                    for kind, (label, family) in KINDS.items())
    return f'<div style="margin: 4px 0 10px 0; font-size: 13px">{items}</div>'


def _cell(value: object, header: bool = False) -> str:
    tag = "th" if header else "td"
    text = "" if value is None else str(value)
    return f'<{tag} style="{_CELL}">{escape(text)}</{tag}>'


def _table(title: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    body = "".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows)
    if not body:
        return ""
    head = "<tr>" + "".join(_cell(h, header=True) for h in header) + "</tr>"
    return (f'<div style="display: inline-block; vertical-align: top">'
            f'<div style="font-weight: 600; margin-top: 8px">{escape(title)}</div>'
            f'<table style="{_TABLE}">{head}{body}</table></div>')


def _number(value: float) -> str:
    """1200000000 → "1 200 000 000" (narrow no-break spaces), 2.5 → "2,5"."""
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
    return text.replace(",", "\u202f").replace(".", ",")


def _tables(article: Article) -> str:
    people = [
        (p.name, "; ".join(t.normal for t in p.titles),
         ", ".join(dict.fromkeys(t.organization for t in p.titles if t.organization)))
        for p in article.people
    ]
    orgs = [(o.form, o.name, o.kind) for o in article.organizations]
    places = [(pl.name, pl.kind, pl.within) for pl in article.places]
    awards = [(a.kind, a.name, a.year, a.conferred_by, ", ".join(a.recipients))
              for a in article.awards]
    stats = [(s.qualifier, _number(s.value), s.unit, s.mention.text if s.mention else None)
             for s in article.statistics]
    return "".join([
        _table("People", ("name", "titles", "organization"), people),
        _table("Organizations", ("form", "name", "kind"), orgs),
        _table("Places", ("name", "kind", "within"), places),
        _table("Awards", ("kind", "name", "year", "conferred by", "recipients"), awards),
        _table("Statistics", ("qualifier", "value", "unit", "as written"), stats),
    ])


def _spans(article: Article) -> list[tuple[int, int, str]]:
    """Every mention as (start, stop, label), in text order; identical spans once."""
    spans = {(m.start, m.stop, KINDS[kind][0])
             for kind, m in article.mentions() if m.stop > m.start}
    return sorted(spans)


def render_html(article: Article, *, width: int = 100) -> str:
    """The HTML shown for ``article`` in a notebook (a ``<div>``; see ``render_page``).

    ``width`` is the number of characters per line of the highlighted text.
    """
    ipymarkup = _ipymarkup()
    counts: dict[str, int] = {}
    for kind, _ in article.mentions():
        counts[kind] = counts.get(kind, 0) + 1
    marked = "".join(ipymarkup.format_span_line_markup(
        article.text, _spans(article), palette=_palette(), width=width))
    title = (f'<div style="font-weight: 600; font-size: 15px">{escape(article.doc_id)}</div>'
             if article.doc_id else "")
    return (f'<div class="civic-extract" style="{_STYLE}">{title}{_legend(counts)}{marked}'
            f'<div>{_tables(article)}</div></div>')


def render_page(articles: Article | Iterable[Article], *, width: int = 100) -> str:
    """A standalone UTF-8 HTML page with the view of one article or many (for a browser)."""
    if isinstance(articles, Article):
        articles = [articles]
    body = '<hr style="margin: 24px 0">'.join(render_html(a, width=width) for a in articles)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            '<title>civic_extract</title></head>'
            f'<body style="margin: 16px 24px; background: white">{body}</body></html>\n')
