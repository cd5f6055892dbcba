"""The main text of a news page (the article, without menus, related links, comments, footers)
by trafilatura, with the page's title, date and URL.

Needs the ``html`` extra (``pip install 'civic_extract[html]'``); trafilatura is imported on the
first call, not when ``civic_extract`` is. The text is trafilatura's, one block (headline,
paragraph, list item) per paragraph, paragraphs separated by a blank line as in the project's
corpora. A fragment without ``<html>``/``<body>`` is read as the body of a page. Nothing is
fetched: ``url`` only fills ``meta["url"]`` when the page names none.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

__all__ = ["INSTALL_HINT", "main_text", "require"]

INSTALL_HINT = "pip install 'civic_extract[html]'"

_PAGE = re.compile(r"<\s*(html|body)[\s>/]", re.IGNORECASE)
_SURROGATE = re.compile("[\ud800-\udfff]")
_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


def require() -> Any:
    """The trafilatura module, or an ImportError with the install hint."""
    try:
        import trafilatura
    except ImportError:
        raise ImportError(f"the main text of a page needs trafilatura: {INSTALL_HINT} "
                          f"(or main=False for the visible text)") from None
    for name in _LOGGERS:  # a page with no article is an empty text here, not a logged error
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
    return trafilatura


@lru_cache(maxsize=1)
def _config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signal handlers from a library
    # the date from the markup only (meta tags, <time>, the URL), never guessed from the text:
    # a footer's "© 2024" is not the day the article was published
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def _paragraphs(text: str | None) -> str:
    lines = (line.strip() for line in (text or "").splitlines())
    return "\n\n".join(line for line in lines if line)


def main_text(html: str, url: str | None = None) -> tuple[str, dict[str, str]]:
    """The main text of ``html`` and its meta (``title``, ``date`` as ``YYYY-MM-DD``, ``url``:
    the keys the page gives). A page with no main text gives ``""``."""
    trafilatura = require()
    html = _SURROGATE.sub("\ufffd", html)  # lxml cannot take lone surrogates
    if not _PAGE.search(html):
        html = f"<html><body>{html}</body></html>"
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, include_comments=False, include_tables=True, with_metadata=True,
            config=_config())
    # markup lxml cannot read, or trips an assertion inside it ("<body><script><html>")
    except (ValueError, TypeError, AttributeError, LookupError, AssertionError):
        doc = None
    if doc is None:
        return "", ({"url": url} if url else {})
    meta = {key: value for key in ("title", "date", "url")
            if isinstance(value := getattr(doc, key, None), str) and value.strip()}
    return _paragraphs(getattr(doc, "text", None)), meta
