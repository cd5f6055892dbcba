"""The visible text of an HTML page, with the standard library's ``html.parser``.

``html_to_text(html)`` keeps what a reader sees: the text of the body, entities decoded
(``&nbsp;`` → NBSP, ``&laquo;`` → «), runs of HTML whitespace collapsed to one space as a browser
does (inside ``<pre>`` and ``<textarea>`` they are kept). Block elements (paragraphs, headings,
list items, table rows, ``<div>``…) and ``<br>`` become line breaks, table cells a tab; at most
one blank line separates blocks. Dropped: ``<script>``, ``<style>``, ``<noscript>``,
``<template>``, ``<head>`` (with its ``<title>``), ``<svg>``, ``<iframe>``, ``<object>``,
``<select>``, elements with the ``hidden`` attribute or ``aria-hidden="true"`` or an inline
``display:none``, comments and processing instructions.

Malformed markup never raises: unknown or unclosed tags are tolerated like a browser would (an
unclosed dropped element drops the rest of the page, as it hides it in a browser too).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text", "defuse"]

_DROPPED = frozenset(["script", "style", "noscript", "template", "head", "title", "svg", "math",
                      "iframe", "object", "select", "datalist", "canvas", "audio", "video"])
_BLOCKS = frozenset([
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
    "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
    "thead", "tr", "ul", "option", "textarea",
])
_CELLS = frozenset(["td", "th"])
_HEAD_CONTENT = frozenset(["title", "meta", "link", "style", "script", "base", "noscript",
                           "template", "head"])
_VOID = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"])
_PRE = frozenset(["pre", "textarea", "listing", "plaintext"])
_SPACE_RUN = re.compile(r"[ \t\n\r\f]+")  # the HTML notion of white space (not NBSP)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        if name == "hidden":
            return True
        if name == "aria-hidden" and (value or "").strip().lower() == "true":
            return True
        if name == "style" and value and _DISPLAY_NONE.search(value):
            return True
    return False


class _Visible(HTMLParser):
    """Collects visible text as a list of pieces and line-break marks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip: list[str] = []  # the dropped element we are inside, and its nested namesakes
        self.pre = 0
        self.pending_break = 0  # 0: none, 1: line break, 2: blank line

    # ---- structure ----
    def _break(self, n: int = 1) -> None:
        self.pending_break = max(self.pending_break, n)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip == ["head"] and tag not in _HEAD_CONTENT:
            self.skip.clear()  # a body element ends an unclosed <head>, as in a browser
        if self.skip:
            if tag == self.skip[0] and tag not in _VOID:
                self.skip.append(tag)
            return
        if tag not in _VOID and (tag in _DROPPED or _hidden(attrs)):
            self.skip.append(tag)
            return
        if tag == "br":
            self._emit("\n")
        elif tag in _BLOCKS:
            self._break(2 if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")
                        else 1)
            if tag in _PRE:
                self.pre += 1
        elif tag in _CELLS:
            self._emit("\t")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skip:
            self._emit("\n")
        elif tag in _BLOCKS and not self.skip:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip[0]:
                self.skip.pop()
            return
        if tag in _BLOCKS:
            if tag in _PRE and self.pre:
                self.pre -= 1
            self._break(2 if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")
                        else 1)
        elif tag == "br":  # "</br>" is read as "<br>" by browsers
            self._emit("\n")

    # ---- text ----
    def _emit(self, piece: str) -> None:
        if self.pending_break and self.out:
            self.out.append("\n" * self.pending_break)
        self.pending_break = 0
        self.out.append(piece)

    def handle_data(self, data: str) -> None:
        if self.skip or not data:
            return
        if not self.pre:
            data = _SPACE_RUN.sub(" ", data)
            if data.startswith(" ") and (not self.out or self.pending_break
                                         or self.out[-1].endswith(("\n", " ", "\t"))):
                data = data[1:]  # one space between words, whatever the tags between them
            if not data:
                return
        self._emit(data)

    def text(self) -> str:
        raw = "".join(self.out)
        lines = [line.strip(" \t") for line in raw.split("\n")]
        out: list[str] = []
        blank = False
        for line in lines:
            if line.strip():
                if blank and out:
                    out.append("")
                out.append(line)
                blank = False
            else:
                blank = True
        return "\n".join(out)


def defuse(html: str) -> str:
    """``html`` rewritten so that ``html.parser`` reads it in linear time and never raises.

    The parser retries every construct it cannot close by scanning to the end of the input,
    which is quadratic on a page cut short or on garbage ("<a <a <a …", "<!-- <!-- …"), and it
    raises on a marked section with an unknown keyword ("<![x"). Browsers read all of these the
    same way as the rewrite: a "<" after the last ">" is text, a comment that is never closed
    hides the rest of the page, and "<![…" is a bogus comment up to the next ">".
    """
    last_close = html.rfind("-->")
    open_after = html.find("<!--", last_close + 3 if last_close >= 0 else 0)
    if open_after >= 0:
        html = html[:open_after]
    last_gt = html.rfind(">")
    head, tail = html[:last_gt + 1], html[last_gt + 1:].replace("<", "&lt;")
    return head.replace("<![", "<!_[") + tail


def html_to_text(html: str) -> str:
    """The visible text of ``html`` (see the module docstring for what is kept)."""
    parser = _Visible()
    parser.feed(defuse(html))
    parser.close()
    return parser.text()
