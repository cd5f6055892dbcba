"""Extraction over many documents: in this process or in worker processes, always in input order.

A *runner* maps a function over chunks of documents with one ``Extractor`` per process, built once:
``LocalRunner`` in this process, ``WorkerPool`` in worker processes (``forkserver`` on Linux,
``spawn`` elsewhere, so no model or thread of the parent is ever forked). The pool keeps at most a
few chunks in flight, so memory stays bounded however long the input is, and yields results in
input order.

>>> from civic_extract import Extractor
>>> from civic_extract.batch import WorkerPool, extract_chunk, chunked
>>> with WorkerPool(2, Extractor, {"batch_size": 16}) as pool:          # doctest: +SKIP
...     for articles in pool.map(extract_chunk, chunked(items, 16)):
...         ...

(``Extractor.pipe(texts, n_process=2)`` does just that.) The runners take the class that builds
the Extractor, so this module does not import the pipeline: the pipeline imports it.

``process_chunk`` is the CLI's unit of work: it never raises for one document, it turns the
failure into an ``Outcome`` with an error, and the run goes on.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any, Protocol, TypeVar

from .limits import check_text
from .model import Article
from .records import count_entities


class ExtractorLike(Protocol):
    """What a runner asks of the extractor it is given (``civic_extract.Extractor`` is one):
    this module needs no import of the pipeline, the pipeline imports it."""

    max_length: int

    def extract(self, text: str, *, doc_id: str | None = None) -> Article: ...

    def _run(self, items: Iterable[tuple[str, str | None]], size: int = 1) -> Iterator[Article]:
        ...


#: What builds an Extractor from its keyword arguments (the class itself, passed in by the
#: caller: the workers build theirs with it).
Factory = Callable[..., ExtractorLike]

__all__ = [
    "Document",
    "Outcome",
    "LocalRunner",
    "WorkerPool",
    "runner",
    "chunked",
    "warm_up",
    "limit_blas_threads",
    "extract_chunk",
    "process_chunk",
    "parallel_items",
]

T = TypeVar("T")
Render = Callable[[Article], Any]

_WARM_UP_TEXT = "Аким области Ермек Маржикпаев вручил ОО «Мейірім» премию «Шапағат»."
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
_BROKEN_HINT = ("(a worker process died: killed, out of memory, or it could not start; a script "
                "that starts workers must do so under `if __name__ == \"__main__\":`)")


@dataclass(frozen=True, slots=True)
class Document:
    """One input document: its text, or the reason it has none (unreadable, undecodable…).

    ``html``: the text is a page, read for its main text (and meta) in the worker; ``meta``:
    what ``Article.meta`` gets (a record's title, date, url).
    """

    doc_id: str | None
    text: str | None
    error: str | None = None
    html: bool = False
    meta: dict[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one document: ``value`` (the Article, or what ``render`` made of it) and
    its entity counts, or ``error``."""

    doc_id: str | None
    value: Any = None
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` consecutive items (the last one shorter)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def warm_up(extractor: ExtractorLike) -> None:
    """Load every model ``extractor`` uses, so that start-up is over before the real work."""
    list(extractor._run([(_WARM_UP_TEXT, None)]))  # not extract(): no max_length to meet


def limit_blas_threads() -> bool:
    """One BLAS/OpenMP thread for this process (unless the environment says otherwise).

    Only works before numpy is imported; True if it could. slovnet's matrices are small: with
    more threads, OpenBLAS spins more than it computes (3× the CPU time for the same documents
    on a busy 2-core machine), and worker processes are the better parallelism.
    """
    if "numpy" in sys.modules:
        return False
    for name in _THREAD_VARS:
        os.environ.setdefault(name, "1")
    return True


def _reason(ex: BaseException) -> str:
    return f"{type(ex).__name__}: {ex}"


# ---- the units of work (run in whichever process holds the extractor) ----

def extract_chunk(extractor: ExtractorLike, items: list[tuple[str, str | None]]) -> list[Article]:
    """Articles for ``(text, doc_id)`` items, in order; any error propagates."""
    return list(extractor._run(items, len(items)))


def _prepare(doc: Document, max_length: int) -> tuple[str, dict[str, str] | None]:
    """The text to extract from ``doc`` (a page's main text) and its meta; raises when none."""
    text = check_text(doc.text, max_length)
    if not doc.html:
        return text, doc.meta or None
    from .text.main_text import main_text

    text, meta = main_text(text)
    if not text.strip():
        raise EmptyDocument("no main text found in the page")
    meta = {**(doc.meta or {}), **(meta or {})}  # the decoding's report, then the page's
    return text, meta or None


class EmptyDocument(ValueError):
    """A document with nothing to extract from (its error record names this class)."""


def process_chunk(extractor: ExtractorLike, docs: list[Document], render: Render | None = None
                  ) -> list[Outcome]:
    """One Outcome per document, in order; a failing document becomes an error Outcome.

    The chunk is extracted as one batch; if that fails, each document is retried alone so that
    only the culprit is lost. A page (``Document.html``) is read for its main text first.
    """
    outcomes: list[Outcome | None] = [None] * len(docs)
    todo: list[tuple[int, str, dict[str, str] | None]] = []
    for i, doc in enumerate(docs):
        if doc.error is not None or doc.text is None:
            outcomes[i] = Outcome(doc.doc_id, error=doc.error or "NoText: the document has no text")
            continue
        try:
            todo.append((i, *_prepare(doc, extractor.max_length)))
        except Exception as ex:
            outcomes[i] = Outcome(doc.doc_id, error=_reason(ex))
    articles: list[Article] | None
    try:
        articles = extract_chunk(extractor, [(text, docs[i].doc_id) for i, text, _ in todo])
    except Exception:
        articles = None
    for k, (i, text, meta) in enumerate(todo):
        doc = docs[i]
        try:
            article = (articles[k] if articles is not None
                       else extractor.extract(text, doc_id=doc.doc_id))
            if meta:
                article = replace(article, meta=meta)
            value = render(article) if render is not None else article
            outcomes[i] = Outcome(doc.doc_id, value, None, count_entities(article))
        except Exception as ex:
            outcomes[i] = Outcome(doc.doc_id, error=_reason(ex))
    return [o for o in outcomes if o is not None]


# ---- runners ----

class LocalRunner:
    """Runs the units of work in this process with one Extractor."""

    n_process = 1

    def __init__(self, factory: Factory, options: Mapping[str, Any] | None = None) -> None:
        self.extractor = factory(**dict(options or {}))

    def start(self) -> float:
        """Load the models now; returns the seconds it took."""
        t0 = time.perf_counter()
        warm_up(self.extractor)
        return time.perf_counter() - t0

    def map(self, fn: Callable[..., T], chunks: Iterable[Any], *args: Any) -> Iterator[T]:
        """``fn(extractor, chunk, *args)`` for every chunk, in order."""
        for chunk in chunks:
            yield fn(self.extractor, chunk, *args)

    def close(self) -> None:
        """Nothing to release; here for symmetry with WorkerPool."""

    def __enter__(self) -> LocalRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# state of a worker process: its extractor (or why it could not be built)
_worker: ExtractorLike | None = None
_worker_error: BaseException | None = None


def _watch_parent() -> None:
    """Exit when the process that started this worker is gone (e.g. the CLI got ``kill -9``).

    Under forkserver the OS parent is the fork server, which outlives a killed client while its
    workers live; ``parent_process().sentinel`` is a pipe from the client itself.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    multiprocessing.connection.wait([parent.sentinel])
    _release_named_semaphores()
    os._exit(1)


def _release_named_semaphores() -> None:
    """Unlink the named semaphores of the pool's queues that the dead parent made, and tell
    the resource tracker, which would report them as leaked otherwise. Every worker tries;
    the one whose unlink succeeds tells the tracker, once per semaphore. Best effort."""
    try:
        import gc
        from _multiprocessing import sem_unlink  # type: ignore[import-not-found]
        from multiprocessing import resource_tracker, synchronize

        names = {getattr(getattr(o, "_semlock", None), "name", None) for o in gc.get_objects()
                 if isinstance(o, synchronize.SemLock)}
        for name in sorted(n for n in names if n):
            try:
                sem_unlink(name)
            except OSError:
                continue  # another worker got there first
            resource_tracker.unregister(name, "semaphore")
    except Exception:  # noqa: BLE001 - the process is leaving anyway
        pass


def _init_worker(factory: Factory, options: dict[str, Any],
                 ready: multiprocessing.connection.Connection) -> None:
    """Build this worker's Extractor and load its models, once; then say so on ``ready``."""
    global _worker, _worker_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt means
    threading.Thread(target=_watch_parent, daemon=True, name="civic-extract-watch-parent").start()
    limit_blas_threads()  # the workers are the parallelism
    try:
        _worker = factory(**options)
        warm_up(_worker)
    except BaseException as ex:  # re-raised by every task, so the caller sees the real error
        _worker, _worker_error = None, ex
    finally:
        try:
            ready.send(os.getpid())  # one small write: whole even with other workers writing
            ready.close()
        except OSError:
            pass  # the pool is gone


def _worker_extractor() -> ExtractorLike:
    if _worker is None:
        raise _worker_error or RuntimeError("the worker was not initialized")
    return _worker


def _ready() -> int:
    """This worker's pid, or the error that kept it from building its Extractor."""
    _worker_extractor()
    return os.getpid()


def _call(fn: Callable[..., T], chunk: Any, args: tuple[Any, ...]) -> T:
    return fn(_worker_extractor(), chunk, *args)


def _context(start_method: str | None) -> multiprocessing.context.BaseContext:
    if start_method is None:
        methods = multiprocessing.get_all_start_methods()
        start_method = "forkserver" if "forkserver" in methods else "spawn"
    return multiprocessing.get_context(start_method)


class WorkerPool:
    """``n_process`` worker processes, each building one Extractor once (``options`` are its
    keyword arguments) and loading the models when it starts.

    ``map`` keeps at most ``in_flight`` chunks (2 per worker by default) submitted at a time and
    yields results in input order. Use as a context manager, or call ``close()``.
    """

    def __init__(self, n_process: int, factory: Factory,
                 options: Mapping[str, Any] | None = None, *,
                 start_method: str | None = None, in_flight: int | None = None) -> None:
        if not isinstance(n_process, int) or n_process < 1:
            raise ValueError(f"n_process must be a positive int, got {n_process!r}")
        self.n_process = n_process
        self.factory = factory
        self.options = dict(options or {})
        self.in_flight = in_flight or 2 * n_process
        self._context = _context(start_method)
        self._executor: ProcessPoolExecutor | None = None
        self._ready: multiprocessing.connection.Connection | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # each worker sends its pid down a pipe once its models are loaded: a pipe, not a
            # Barrier, whose named semaphores the resource tracker reports as leaked when this
            # process is killed
            self._ready, ready = self._context.Pipe(duplex=False)
            self._executor = ProcessPoolExecutor(
                self.n_process, mp_context=self._context, initializer=_init_worker,
                initargs=(self.factory, self.options, ready))
        return self._executor

    def start(self) -> float:
        """Start every worker and wait until each has loaded its models; the seconds it took.

        Optional: ``map`` starts the workers on demand. Call it to keep start-up apart from
        steady-state work (benchmarks, the CLI summary), or to fail early on a model error.
        """
        t0 = time.perf_counter()
        pool = self._pool()
        futures = [pool.submit(_ready) for _ in range(self.n_process)]
        ready: set[int] = set()
        assert self._ready is not None
        while len(ready) < self.n_process:
            if self._ready.poll(0.2):
                ready.add(self._ready.recv())
            elif any(f.done() and f.exception() is not None for f in futures):
                break  # a worker that could not start (or died): its error is raised below
        for f in futures:
            f.result()
        return time.perf_counter() - t0

    def map(self, fn: Callable[..., T], chunks: Iterable[Any], *args: Any) -> Iterator[T]:
        """``fn(extractor, chunk, *args)`` for every chunk, run in the workers, yielded in order.

        ``fn`` must be importable by name (a module-level function). An error raised in a worker
        is raised here (same type, same message); an error raised while reading ``chunks`` is
        raised after the chunks read before it have been yielded.
        """
        pool = self._pool()
        pending: deque[Future[T]] = deque()
        it = iter(chunks)
        failure: Exception | None = None
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < self.in_flight:
                    try:
                        chunk = next(it)
                    except StopIteration:
                        exhausted = True
                    except Exception as ex:
                        failure, exhausted = ex, True
                    else:
                        pending.append(pool.submit(_call, fn, chunk, args))
                if not pending:
                    break
                try:
                    result = pending.popleft().result()
                except BrokenProcessPool as ex:
                    raise BrokenProcessPool(f"{ex} {_BROKEN_HINT}") from ex
                yield result
        finally:
            for f in pending:
                f.cancel()
        if failure is not None:
            raise failure

    def close(self) -> None:
        """Stop the workers (after the chunks they are running)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        if self._ready is not None:
            self._ready.close()
            self._ready = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def runner(jobs: int, factory: Factory, options: Mapping[str, Any] | None = None
           ) -> LocalRunner | WorkerPool:
    """A LocalRunner for ``jobs == 1``, a WorkerPool of ``jobs`` processes otherwise; each
    builds its Extractor as ``factory(**options)``."""
    return LocalRunner(factory, options) if jobs == 1 else WorkerPool(jobs, factory, options)


def parallel_items(items: Iterable[tuple[str, str | None]], factory: Factory, *,
                   batch_size: int = 32, n_process: int = 2,
                   options: Mapping[str, Any] | None = None) -> Iterator[Article]:
    """Articles for ``(text, doc_id)`` items (texts already checked) in input order, extracted
    by ``n_process`` worker processes, each with ``factory(**options)``; chunks of
    ``batch_size`` items go to the workers (``Extractor.pipe(..., n_process=N)`` runs this)."""
    opts = dict(options or {})
    with WorkerPool(n_process, factory, {**opts, "batch_size": batch_size}) as pool:
        for articles in pool.map(extract_chunk, chunked(items, batch_size)):
            yield from articles
