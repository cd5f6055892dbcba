"""civic_extract: structured civic facts from Russian-language news.

>>> import civic_extract
>>> article = civic_extract.extract("Аким Ермек Маржикпаев вручил медаль.")  # doctest: +SKIP
>>> article.people[0].name                                                          # doctest: +SKIP
'Ермек Маржикпаев'

Importing this package loads no model and reads no data file: everything heavy is built on the
first extraction, once per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .errors import (
    CivicExtractError,
    DataError,
    DecodeError,
    InputTooLargeError,
    InputTypeError,
    ModelLoadError,
    OptionError,
    RecordError,
)
from .model import (
    Article,
    Award,
    Mention,
    Organization,
    Person,
    Place,
    Sentence,
    Statistic,
    Title,
    Token,
    Tokens,
)
from .pipeline import Extractor
from .views import __all__ as _views  # noqa: F401  (hands the Article its views)

if TYPE_CHECKING:
    import pandas as pd

__version__ = "0.1.0"

__all__ = [
    "extract",
    "extract_many",
    "extract_bytes",
    "extract_html",
    "to_frames",
    "Extractor",
    "Article",
    "Person",
    "Title",
    "Organization",
    "Place",
    "Award",
    "Statistic",
    "Mention",
    "Sentence",
    "Token",
    "Tokens",
    "CivicExtractError",
    "InputTypeError",
    "DecodeError",
    "InputTooLargeError",
    "OptionError",
    "ModelLoadError",
    "DataError",
    "RecordError",
    "__version__",
]

_default: Extractor | None = None


def _extractor() -> Extractor:
    global _default
    if _default is None:
        _default = Extractor()
    return _default


def extract(text: str, *, doc_id: str | None = None) -> Article:
    """Extract people, titles, organizations, places, awards and statistics from ``text``."""
    return _extractor().extract(text, doc_id=doc_id)


def extract_many(texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1
                 ) -> Iterator[Article]:
    """Extract from many texts lazily, in order (see ``Extractor.pipe``)."""
    return _extractor().pipe(texts, batch_size=batch_size, n_process=n_process)


def extract_bytes(data: bytes, encoding: str | None = None, *, doc_id: str | None = None
                  ) -> Article:
    """Decode ``data`` and extract from it. ``encoding=None`` detects it: UTF-8, UTF-16 or
    UTF-32 (BOM or not), or a single-byte Cyrillic charset (cp1251, KOI8-R, cp866, MacCyrillic,
    ISO-8859-5; a page's ``<meta charset>`` honoured) by charset-normalizer. A few stray bytes in
    UTF-8 become U+FFFD, counted in ``Article.meta["decode_errors"]``. Raises ``DecodeError``
    when it is not text or its charset is unsure (never mojibake)."""
    from dataclasses import replace

    from .text.decode import decode_report

    decoded = decode_report(data, encoding, name=doc_id)
    article = extract(decoded.text, doc_id=doc_id)
    if decoded.errors:
        article = replace(article, meta={**(article.meta or {}),
                                         "decode_errors": str(decoded.errors)})
    return article


def to_frames(articles: Article | Iterable[Article]) -> dict[str, pd.DataFrame]:
    """pandas DataFrames, one per kind (people, titles, organizations, places, awards,
    award_recipients, statistics), one row per entity; needs ``pip install
    'civic_extract[pandas]'``. The columns are documented in the README."""
    from .frames import to_frames as _to_frames

    return _to_frames(articles)


def extract_html(html: str, *, main: bool = True, doc_id: str | None = None,
                 url: str | None = None) -> Article:
    """Extract from a news page: its main text (``main=True``) or all its visible text.

    ``main=True`` (needs ``pip install 'civic_extract[html]'``): the article's text by
    trafilatura, without menus, related-news lists, comments and footers, paragraphs separated
    by a blank line; the page's title, date (``YYYY-MM-DD``) and URL go into ``Article.meta``
    (``url`` fills it when the page names none; nothing is fetched). A page with no main text
    gives an empty Article.

    ``main=False``: the visible text (scripts, styles, hidden elements and tags dropped, block
    elements as line breaks, entities decoded; the standard library's parser, no extra needed).

    Either way the offsets of the returned ``Article`` point into ``Article.text``.
    """
    from dataclasses import replace

    from .pipeline import check_text

    if isinstance(html, (bytes, bytearray, memoryview)):
        raise InputTypeError(f"expected str, got {type(html).__name__}: decode the page first "
                             f"with its charset, e.g. data.decode('utf-8')")
    extractor = _extractor()
    page = check_text(html, extractor.max_length)
    if not main:
        from .text.html import html_to_text

        return extractor.extract(html_to_text(page), doc_id=doc_id)
    from .text.main_text import main_text

    text, meta = main_text(page, url)
    article = extractor.extract(text, doc_id=doc_id)
    return replace(article, meta=meta) if meta else article
