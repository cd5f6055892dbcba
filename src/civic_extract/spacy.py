"""The spaCy component: our mentions on a spaCy ``Doc``.

>>> import spacy                                          # doctest: +SKIP
>>> nlp = spacy.blank("ru")                               # doctest: +SKIP
>>> nlp.add_pipe("civic_extract")                         # doctest: +SKIP
>>> doc = nlp("Аким области Ермек Маржикпаев вручил медаль.")  # doctest: +SKIP
>>> doc.ents, doc.spans["civic"], doc._.civic.people      # doctest: +SKIP

Needs the ``spacy`` extra (``pip install 'civic_extract[spacy]'``); without spaCy, importing
this module raises an ImportError that says so, and the rest of civic_extract works as usual.
The factory is registered through the ``spacy_factories`` entry point, so ``add_pipe`` works
without importing this module. The component writes:

- ``doc.spans["civic"]``: every mention, labelled with its kind (people, titles, organizations,
  places, awards, statistics), in text order;
- ``doc.ents``: people, organizations and places as PER, ORG and LOC; overlaps are resolved
  by ``spacy.util.filter_spans`` (the longest span wins, then the earliest); entities set by
  an earlier component are kept unless ``overwrite_ents`` is true;
- ``doc._.civic``: the ``Article``. It is stored in ``doc.user_data`` as its JSON, so it
  survives ``Doc.to_bytes``, ``DocBin``, pickling and ``nlp.pipe(..., n_process=2)``.

Mentions are mapped onto tokens with ``doc.char_span(..., alignment_mode="expand")``; a mention
with no token under it (whitespace only) is left out.
This module shares its name with spaCy: the imports below are absolute, so ``spacy`` here is
always the real spaCy.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from .model import Article
from .pipeline import Extractor

INSTALL_HINT = "pip install 'civic_extract[spacy]'"

try:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, SpanGroup
    from spacy.util import filter_spans, minibatch
except ImportError:
    raise ImportError(f"civic_extract's spaCy component and Article.to_spacy() need spaCy: "
                      f"{INSTALL_HINT}") from None

__all__ = ["CivicExtract", "make_component", "annotate", "article_to_doc", "register_extension",
           "ENT_LABELS", "INSTALL_HINT",
           "EXTENSION", "SPANS_KEY", "WITHIN_EXTENSION"]

EXTENSION = "civic"
"""``doc._.civic`` holds the Article."""
WITHIN_EXTENSION = "civic_within"
"""``span._.civic_within``: the organization whose name holds a place (``Place.within``)."""
SPANS_KEY = "civic"
"""The default key of ``doc.spans`` for every mention."""
ENT_LABELS: dict[str, str] = {"people": "PER", "organizations": "ORG", "places": "LOC"}
"""Kinds written to ``doc.ents``, with their NER label."""

_KINDS = ("people", "titles", "organizations", "places", "awards", "statistics")
_USER_DATA_KEY = ("civic_extract", "article_json")


# ---- doc._.civic: the Article, kept as JSON in user_data (msgpack- and pickle-safe) ----
@lru_cache(maxsize=128)
def _article_from_json(data: str) -> Article:
    return Article.from_dict(json.loads(data))


def _user_data(doc: Doc) -> dict[Any, Any]:
    return doc.user_data  # keyed by tuples, as spaCy's own extensions are (its stub says str)


def _get_article(doc: Doc) -> Article | None:
    data = _user_data(doc).get(_USER_DATA_KEY)
    return None if data is None else _article_from_json(data)


def _set_article(doc: Doc, article: Article | None) -> None:
    if article is None:
        _user_data(doc).pop(_USER_DATA_KEY, None)
        return
    if not isinstance(article, Article):
        raise TypeError(f"expected Article, got {type(article).__name__}")
    _user_data(doc)[_USER_DATA_KEY] = article.to_json()


def _get_within(span: Span) -> str | None:
    """The ``within`` of the place whose mention lies under a "places" span."""
    article = _get_article(span.doc) if span.label_ == "places" else None
    if article is None:
        return None
    return next((pl.within for pl in article.places for m in pl.mentions
                 if span.start_char <= m.start and m.stop <= span.end_char), None)


def register_extension() -> None:
    """Register ``Doc._.civic`` and ``Span._.civic_within`` (once; the component and
    ``article_to_doc`` call this)."""
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, getter=_get_article, setter=_set_article)
    if not Span.has_extension(WITHIN_EXTENSION):
        Span.set_extension(WITHIN_EXTENSION, getter=_get_within)


# ---- writing an Article onto a Doc ----
def annotate(doc: Doc, article: Article, *, spans_key: str = SPANS_KEY, ents: bool = True,
             overwrite_ents: bool = False) -> Doc:
    """Write ``article``'s mentions onto ``doc`` (whose text must be the article's text)."""
    if doc.text != article.text:
        raise ValueError("the Doc's text differs from the Article's text: "
                         "make the Doc from article.text")
    register_extension()
    order = {kind: i for i, kind in enumerate(_KINDS)}
    seen: set[tuple[int, int, str]] = set()
    spans: list[Span] = []
    for kind, m in sorted(article.mentions(),
                          key=lambda km: (km[1].start, km[1].stop, order[km[0]])):
        span = doc.char_span(m.start, m.stop, label=kind, alignment_mode="expand")
        if span is None or len(span) == 0 or (span.start, span.end, kind) in seen:
            continue  # no token under the mention (a space between tokens), or already there
        seen.add((span.start, span.end, kind))
        spans.append(span)
    doc.spans[spans_key] = SpanGroup(doc, name=spans_key, spans=spans)
    if ents:
        ours = [Span(doc, s.start, s.end, label=ENT_LABELS[s.label_])
                for s in spans if s.label_ in ENT_LABELS]
        _set_ents(doc, ours, overwrite_ents)
    doc._.set(EXTENSION, article)
    return doc


def _set_ents(doc: Doc, ours: list[Span], overwrite: bool) -> None:
    if overwrite:
        doc.ents = filter_spans(ours)
        return
    kept = list(doc.ents)
    taken = {i for e in kept for i in range(e.start, e.end)}
    new = [s for s in filter_spans(ours) if not any(i in taken for i in range(s.start, s.end))]
    doc.ents = sorted(kept + new, key=lambda s: s.start)


def article_to_doc(article: Article, nlp: Language | None = None) -> Doc:
    """A Doc of ``article.text`` made by ``nlp``'s tokenizer (``spacy.blank("ru")`` by
    default; no other component runs), annotated as the component would."""
    if nlp is None:
        import spacy

        nlp = spacy.blank("ru")
    return annotate(nlp.make_doc(article.text), article)


# ---- the component ----
class CivicExtract:
    """Runs an ``Extractor`` on each Doc's text and annotates the Doc with the Article.

    ``pipe`` extracts whole batches at once (the neural steps are batched). The models are
    loaded on first use, once per process, and are never pickled with the component.
    """

    def __init__(self, name: str = "civic_extract", *, spans_key: str = SPANS_KEY,
                 ents: bool = True, overwrite_ents: bool = False, batch_size: int = 32,
                 syntax: bool = True) -> None:
        self.name = name
        self.spans_key = spans_key
        self.ents = ents
        self.overwrite_ents = overwrite_ents
        self.batch_size = batch_size
        self.syntax = syntax
        self._extractor: Extractor | None = None
        register_extension()

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            self._extractor = Extractor(batch_size=self.batch_size, syntax=self.syntax)
        return self._extractor

    def _annotate(self, doc: Doc, article: Article) -> Doc:
        return annotate(doc, article, spans_key=self.spans_key, ents=self.ents,
                        overwrite_ents=self.overwrite_ents)

    def __call__(self, doc: Doc) -> Doc:
        return self._annotate(doc, self.extractor.extract(doc.text))

    def pipe(self, stream: Iterable[Doc], *, batch_size: int | None = None) -> Iterator[Doc]:
        for docs in minibatch(stream, size=batch_size or self.batch_size):
            articles = self.extractor.pipe([d.text for d in docs], batch_size=len(docs))
            for doc, article in zip(docs, articles):
                yield self._annotate(doc, article)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_extractor"] = None  # the models stay behind; a new process loads its own
        return state

    def __repr__(self) -> str:
        return f"CivicExtract(name={self.name!r}, spans_key={self.spans_key!r})"


@Language.factory(
    "civic_extract",
    assigns=["doc.ents", "doc.spans", f"doc._.{EXTENSION}"],
    default_config={"spans_key": SPANS_KEY, "ents": True, "overwrite_ents": False,
                    "batch_size": 32, "syntax": True},
)
def make_component(nlp: Language, name: str, spans_key: str, ents: bool,
                   overwrite_ents: bool, batch_size: int, syntax: bool) -> CivicExtract:
    """The ``civic_extract`` factory: ``nlp.add_pipe("civic_extract", config={...})``."""
    return CivicExtract(name, spans_key=spans_key, ents=ents, overwrite_ents=overwrite_ents,
                        batch_size=batch_size, syntax=syntax)
