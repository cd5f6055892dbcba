"""The Extractor: builds the stages once and runs text → Article, one text or many."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from .chunking import DEFAULT_CHUNK_SIZE, Piece, run_pieces
from .errors import InputTypeError, OptionError
from .gcpolicy import relaxed_gc
from .limits import DEFAULT_MAX_LENGTH, check_text
from .model import Article, Sentence, Token, Tokens

if TYPE_CHECKING:
    from .document import Doc
    from .link.facts import Facts

__all__ = ["Extractor", "DEFAULT_MAX_LENGTH", "META_KEYS", "check_text", "context_fields"]

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


def _count(name: str, value: object, least: int) -> int:
    """``value`` if it is an int (not a bool) of at least ``least``; an OptionError else."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise OptionError(f"{name} must be an int, got {type(value).__name__} {value!r}")
    if value < least:
        raise OptionError(f"{name} must be at least {least}, got {value}")
    return value


def _extra_rows(lexicon: Mapping[str, Iterable[str]] | None) -> dict[str, tuple[str, ...]] | None:
    """The user's extra lexicon rows, checked now (table names, types) and copied."""
    if lexicon is None:
        return None
    if not isinstance(lexicon, Mapping):
        raise InputTypeError(f"lexicon: expected a mapping of table name to rows, "
                             f"got {type(lexicon).__name__}")
    from .lexicon.tables import Tables

    return Tables(lexicon).extra or None


class Extractor:
    """Loads the models once (lazily, on first use) and extracts Articles.

    >>> ex = Extractor()                                  # doctest: +SKIP
    >>> ex.extract("Аким области Ермек Маржикпаев …")     # doctest: +SKIP
    """

    def __init__(self, *, batch_size: int = 32, syntax: bool = True,
                 max_length: int = DEFAULT_MAX_LENGTH,
                 chunk_size: int = DEFAULT_CHUNK_SIZE,
                 lexicon: Mapping[str, Iterable[str]] | None = None,
                 trace: bool = False) -> None:
        self.batch_size = _count("batch_size", batch_size, 1)
        self.syntax = syntax
        self.max_length = _count("max_length", max_length, 1)
        chunk_size = _count("chunk_size", chunk_size, 2)
        self.chunk_size = chunk_size  # texts longer than this run in pieces (chunking.py)
        # extra rows for the lexicon tables of data/ ({"titles": ["сенатор"]}), copied and
        # checked when the lexicons are built
        self.lexicon = _extra_rows(lexicon)
        # record which rule found each entity, and every candidate a veto stopped
        self.trace = bool(trace)
        self._stages: tuple[Any, Any, Any] | None = None

    # ---- stages, built once ----
    def _load(self) -> tuple[Any, Any, Any]:
        if self._stages is None:
            from .lexicon import lexicon
            from .nlp import models
            from .text.morph import morphology

            morph = morphology()
            self._stages = (models(), morph, lexicon(morph, self.lexicon))
        return self._stages

    # ---- public ----
    def extract(self, text: str, *, doc_id: str | None = None) -> Article:
        """Extract everything from one text."""
        if doc_id is not None and not isinstance(doc_id, str):
            raise InputTypeError(f"doc_id must be a str or None, got {type(doc_id).__name__}")
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
        if isinstance(texts, (str, bytes, bytearray)):
            raise InputTypeError(f"pipe() takes an iterable of texts, got one "
                                 f"{type(texts).__name__}: use extract(text) or pipe([text])")
        size = self.batch_size if batch_size is None else _count("batch_size", batch_size, 1)
        _count("n_process", n_process, 1)
        if not as_tuples:
            items = ((check_text(t, self.max_length), None) for t in texts)
            return self._articles(items, size, n_process)
        return self._pairs(texts, size, n_process)

    def options(self) -> dict[str, Any]:
        """The keyword arguments that build an Extractor like this one (in a worker process)."""
        return {"batch_size": self.batch_size, "syntax": self.syntax,
                "max_length": self.max_length, "chunk_size": self.chunk_size,
                "lexicon": self.lexicon, "trace": self.trace}

    def _articles(self, items: Iterable[tuple[str, str | None]], size: int, n_process: int
                  ) -> Iterator[Article]:
        if n_process > 1:
            from .batch import parallel_items

            yield from parallel_items(items, type(self), batch_size=size, n_process=n_process,
                                      options=self.options())
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
        yield from run_pieces(items, self._batch, self._finish, batch_size=size,
                              chunk_size=self.chunk_size)

    def _batch(self, texts: list[str]) -> list[Piece]:
        from .document import parse_batch
        from .text.prepare import prepare

        models, morph, _ = self._load()
        with relaxed_gc():  # millions of short-lived objects, no cycles among them
            docs = parse_batch([prepare(text) for text in texts], models, morph,
                               syntax=self.syntax)
            return [(_sentences(doc), self._facts(doc)) for doc in docs]

    def _facts(self, doc: Doc) -> Facts:
        """Extract, resolve the overlaps, gather the facts of one parsed document."""
        from .extractors.alternatives import join_place_alternatives
        from .extractors.award_epithets import award_epithets
        from .extractors.awards import extract_awards
        from .extractors.gapped_medals import gapped_medals
        from .extractors.organizations import extract_organizations
        from .extractors.people import extract_people, lone_words
        from .extractors.places import extract_places
        from .extractors.shared_surnames import shared_surnames
        from .extractors.statistics import extract_statistics
        from .extractors.titles import extract_titles, role_mentions
        from .link.run import gather
        from .resolve import resolve
        from .rules import Trace

        _, morph, lex = self._load()
        quoted = set(doc.quotes.quoted)
        trace = Trace() if self.trace else None
        join_place_alternatives(doc, lex.places.places, lex.places.place_max)
        people = shared_surnames(doc, extract_people(doc, morph, lex.people, trace))
        orgs = extract_organizations(doc, morph, lex.organizations, quoted, trace)
        places = extract_places(doc, morph, lex.places, quoted, trace)
        res = resolve(doc, morph, lex.people, people, orgs, places)
        # the person a thing is named after ("конкурс имени Чайковского") holds no title there
        titled = [p for p in res.people if p.rule != "eponym"]
        titles = extract_titles(res.doc, titled, morph, lex.titles, quoted, trace)
        roles = role_mentions(res.doc, titled, morph, lex.titles, titles, trace)
        awards = extract_awards(res.doc, morph, lex.awards, trace)
        awards += gapped_medals(res.doc, morph, lex.awards, awards)
        awards += award_epithets(res.doc, lex.awards, awards)
        stats = extract_statistics(res.doc, morph, lex.statistics, quoted, trace)
        taken = ([(x.first_tok, x.last_tok) for x in res.people]
                 + [(x.first_tok, x.last_tok) for x in res.organizations]
                 + [(x.first_tok, x.last_tok) for x in res.places])
        lone = lone_words(res.doc, morph, lex.people, taken)
        return gather(res.doc, lex, res, titles, roles, awards, stats, lone, trace)

    def _finish(self, text: str, doc_id: str | None, sentences: tuple[Sentence, ...],
                facts: Facts) -> Article:
        from .link.run import assemble

        lex = self._load()[2]
        with relaxed_gc():
            return Article(text, doc_id, sentences, **assemble(text, facts, lex, self.trace))


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
        out.append(Sentence(a, b, text[a:b], Tokens(toks)))
    return tuple(out)
