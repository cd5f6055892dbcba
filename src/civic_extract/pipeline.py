"""The Extractor: builds the stages once and runs text → Article, one text or many."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from .chunking import DEFAULT_CHUNK_SIZE, run_pieces
from .errors import InputTooLargeError, InputTypeError
from .model import Article, Sentence, Token

if TYPE_CHECKING:
    from .document import Doc
    from .extractors.organizations import OrgCandidate
    from .extractors.people import PersonCandidate
    from .extractors.places import PlaceCandidate
    from .text.morph import Morphology

__all__ = ["Extractor", "DEFAULT_MAX_LENGTH", "META_KEYS", "check_text", "context_fields"]

DEFAULT_MAX_LENGTH = 20_000_000
META_KEYS = ("title", "date", "url")
"""The keys of ``Article.meta`` that a mapping context of ``pipe(..., as_tuples=True)`` fills."""
C = TypeVar("C")


def context_fields(context: object) -> tuple[str | None, dict[str, str] | None]:
    """The ``doc_id`` and ``Article.meta`` a context of ``pipe(..., as_tuples=True)`` gives: a str
    is the id; a mapping gives the id from ``id`` and the meta from ``title``, ``date`` and
    ``url`` (values as str; None and missing keys left out); anything else gives neither."""
    if isinstance(context, str):
        return context, None
    if not isinstance(context, Mapping):
        return None, None
    doc_id = context.get("id")
    meta = {k: str(context[k]) for k in META_KEYS if context.get(k) is not None}
    return (None if doc_id is None else str(doc_id)), (meta or None)


def check_text(text: object, max_length: int = DEFAULT_MAX_LENGTH) -> str:
    """``text`` if it is a str within ``max_length``; our documented errors otherwise."""
    if isinstance(text, str):
        if len(text) > max_length:
            raise InputTooLargeError(
                f"text of {len(text):,} characters exceeds max_length={max_length:,}; "
                f"split it, or build Extractor(max_length=...) with a larger limit")
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InputTypeError(
            f"expected str, got {type(text).__name__}: decode it first, or call "
            f"civic_extract.extract_bytes(data, encoding=None), which detects UTF-8/UTF-16/cp1251")
    raise InputTypeError(f"expected str, got {type(text).__name__}")


class Extractor:
    """Loads the models once (lazily, on first use) and extracts Articles.

    >>> ex = Extractor()                                  # doctest: +SKIP
    >>> ex.extract("Аким области Ермек Маржикпаев …")     # doctest: +SKIP
    """

    def __init__(self, *, batch_size: int = 32, syntax: bool = True,
                 max_length: int = DEFAULT_MAX_LENGTH,
                 chunk_size: int = DEFAULT_CHUNK_SIZE) -> None:
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
        if not isinstance(chunk_size, int) or chunk_size < 2:
            raise ValueError(f"chunk_size must be an int of at least 2, got {chunk_size!r}")
        self.batch_size = batch_size
        self.syntax = syntax
        self.max_length = max_length
        self.chunk_size = chunk_size  # texts longer than this run in pieces (chunking.py)
        self._stages: tuple[Any, Any, Any] | None = None

    # ---- stages, built once ----
    def _load(self) -> tuple[Any, Any, Any]:
        if self._stages is None:
            from .extractors.lexicon import lexicon
            from .nlp import models
            from .text.morph import morphology

            self._stages = (models(), morphology(), lexicon())
        return self._stages

    # ---- public ----
    def extract(self, text: str, *, doc_id: str | None = None) -> Article:
        """Extract everything from one text."""
        return next(self._run([(check_text(text, self.max_length), doc_id)]))

    @overload
    def pipe(self, texts: Iterable[str], *, as_tuples: Literal[False] = ...,
             batch_size: int | None = ..., n_process: int = ...) -> Iterator[Article]: ...

    @overload
    def pipe(self, texts: Iterable[tuple[str, C]], *, as_tuples: Literal[True],
             batch_size: int | None = ..., n_process: int = ...
             ) -> Iterator[tuple[Article, C]]: ...

    def pipe(self, texts: Iterable[Any], *, as_tuples: bool = False,
             batch_size: int | None = None, n_process: int = 1) -> Iterator[Any]:
        """Lazily extract from many texts, in order; the neural steps run on whole batches.

        ``n_process > 1`` runs worker processes (each loads the models once); results stay in
        input order. With ``as_tuples=True`` the input is ``(text, context)`` pairs and the
        output ``(article, context)`` pairs, the context passed through untouched (as in
        spaCy); the context also names the document (``context_fields``): a str is the
        ``doc_id``; a mapping gives ``doc_id`` from its ``id`` key and ``Article.meta`` from
        its ``title``, ``date`` and ``url`` keys.
        """
        size = batch_size or self.batch_size
        if not as_tuples:
            items = ((check_text(t, self.max_length), None) for t in texts)
            return self._articles(items, size, n_process)
        return self._pairs(texts, size, n_process)

    def _articles(self, items: Iterable[tuple[str, str | None]], size: int, n_process: int
                  ) -> Iterator[Article]:
        if n_process > 1:
            from .batch import parallel_items

            yield from parallel_items(items, batch_size=size, n_process=n_process,
                                      options={"syntax": self.syntax,
                                               "max_length": self.max_length,
                                               "chunk_size": self.chunk_size})
            return
        yield from self._run(items, size)

    def _pairs(self, pairs: Iterable[Any], size: int, n_process: int
               ) -> Iterator[tuple[Article, Any]]:
        contexts: deque[Any] = deque()

        def items() -> Iterator[tuple[str, str | None]]:
            for pair in pairs:
                if not isinstance(pair, tuple) or len(pair) != 2:
                    raise InputTypeError(f"as_tuples=True expects (text, context) pairs, got "
                                         f"{type(pair).__name__}")
                text, context = pair
                contexts.append(context)
                yield check_text(text, self.max_length), context_fields(context)[0]

        for article in self._articles(items(), size, n_process):
            context = contexts.popleft()
            meta = context_fields(context)[1]
            yield (replace(article, meta=meta) if meta else article), context

    def _run(self, items: Iterable[tuple[str, str | None]], size: int = 1) -> Iterator[Article]:
        # huge texts run in pieces of at most chunk_size characters, merged back (chunking.py)
        yield from run_pieces(items, self._batch, batch_size=size, chunk_size=self.chunk_size)

    def _batch(self, chunk: list[tuple[str, str | None]]) -> list[Article]:
        from .document import parse_batch
        from .text.prepare import prepare

        models, morph, lex = self._load()
        preps = [prepare(text) for text, _ in chunk]
        docs = parse_batch(preps, models, morph, syntax=self.syntax)
        return [self._article(doc, doc_id) for doc, (_, doc_id) in zip(docs, chunk)]

    def _article(self, doc: Doc, doc_id: str | None) -> Article:
        from .extractors.awards import extract_awards
        from .extractors.organizations import extract_organizations, quote_ranges
        from .extractors.people import extract_people
        from .extractors.places import extract_places
        from .extractors.statistics import extract_statistics
        from .extractors.titles import extract_titles, role_mentions
        from .link import link

        _, morph, lex = self._load()
        quoted = {k for a, b in quote_ranges(doc) for k in range(a, b)}
        people = extract_people(doc, morph, lex)
        people = [p for p in people if not any(k in quoted for k in range(p.first_tok, p.last_tok))]
        orgs = extract_organizations(doc, morph, lex, quoted)
        places = extract_places(doc, morph, lex, quoted)
        people, places = _yield_to_known(doc, morph, orgs, people, places)
        titles = extract_titles(doc, people, morph, lex, quoted)
        roles = role_mentions(doc, people, morph, lex, titles)
        awards = extract_awards(doc, morph, lex)
        stats = extract_statistics(doc, morph, lex, quoted)
        found = link(doc, lex, people, titles, orgs, places, awards, stats, roles)
        return Article(doc.prep.text, doc_id, _sentences(doc), **found)


def _yield_to_known(doc: Doc, morph: Morphology, orgs: list[OrgCandidate],
                    people: list[PersonCandidate], places: list[PlaceCandidate]
                    ) -> tuple[list[PersonCandidate], list[PlaceCandidate]]:
    """A gazetteer organization outranks the person or place the NER saw on its words
    ("команда Феррари", "клуб Челси"); a person's name that the NER ran on from it
    ("оператор Аль-Джазиры Сами аль-Хадж") keeps the words after it."""
    from .extractors.people import person_from_tokens

    known = [(o.first_tok, o.last_tok) for o in orgs if o.known]
    if not known:
        return people, places

    def hit(a: int, b: int) -> tuple[int, int] | None:
        return next(((f, e) for f, e in known if f < b and a < e), None)

    kept_people = []
    for p in people:
        span = hit(p.first_tok, p.last_tok)
        if span is None:
            kept_people.append(p)
            continue
        for t in doc.toks[max(p.first_tok, span[0]):min(p.last_tok, span[1])]:
            t.ner = "ORG"  # a title before the organization reaches the person after it
        if span[0] <= p.first_tok and span[1] < p.last_tok:
            rest = person_from_tokens(doc, span[1], p.last_tok, morph)
            if rest is not None:
                kept_people.append(rest)
    # a place inside the name stays ("Голос | Америки"): nested, as NER corpora mark it
    kept_places = [p for p in places if (span := hit(p.first_tok, p.last_tok)) is None or
                   span[0] <= p.first_tok and p.last_tok <= span[1] and
                   p.last_tok - p.first_tok < span[1] - span[0]]
    return kept_people, kept_places


def _sentences(doc: Doc) -> tuple[Sentence, ...]:
    out = []
    text = doc.prep.text
    for s in doc.sents:
        toks = []
        for t in doc.toks[s.first:s.last]:
            m = doc.mention(t.start, t.stop)
            pos = t.pos  # a pymorphy3 grammeme (a str subclass that does not pickle): plain str
            toks.append(Token(m.start, m.stop, m.text, t.lemma, None if pos is None else str(pos)))
        a, b = doc.prep.span(s.start, s.stop)
        out.append(Sentence(a, b, text[a:b], tuple(toks)))
    return tuple(out)
