"""The command line: ``civic-extract PATH...`` (or ``python -m civic_extract``).

Inputs are text files, directories of them (recursive, ``--glob``), ``-`` for stdin, and JSON
Lines or CSV files of records (``--text-field``, ``--id-field``). Each document becomes one JSON
object (``Article.to_dict()``) per line on stdout or in ``--output FILE``; ``--format json`` gives
one JSON array, ``--format csv|parquet --output DIR`` one table per entity kind. A document that
fails becomes an error record (``{"id": ..., "error": ...}``) and the run goes on; the exit code
is 1 when any failed. ``--jobs N`` runs N worker processes, output stays in input order;
``--resume`` continues a killed run into the same ``--output`` file; ``--format sqlite -o FILE``
writes one database of the corpus with its entities merged across documents.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from itertools import chain
from typing import IO, Any

from .records import ENTITY_KINDS

__all__ = ["main"]

PROG = "civic-extract"


def _parser() -> argparse.ArgumentParser:
    from .sinks import FORMATS
    from .sources import INPUT_FORMATS

    ap = argparse.ArgumentParser(
        prog=PROG,
        description="Extract people, titles, organizations, places, awards and statistics from "
                    "Russian-language news; one JSON object per document on stdout.")
    ap.add_argument("paths", nargs="+",
                    help="text files, directories, JSON Lines (.jsonl) or CSV (.csv) files, "
                         "or - for stdin")
    inp = ap.add_argument_group("input")
    inp.add_argument("--glob", default="*.txt",
                     help="file pattern inside directories, matched recursively (*.txt)")
    inp.add_argument("--input-format", choices=INPUT_FORMATS, default="auto",
                     help="how to read the inputs; auto: by extension (.jsonl/.ndjson, .csv, "
                          ".html/.htm: the page's main text, needs the [html] extra), text "
                          "otherwise and for stdin")
    inp.add_argument("--text-field", default="text",
                     help="the field (JSON Lines) or column (CSV) holding the text (text)")
    inp.add_argument("--id-field", default="id",
                     help="the field or column holding the document id (id); records without "
                          "one are known as FILE:LINE or FILE:ROW")
    inp.add_argument("--delimiter", default=None,
                     help="the CSV delimiter (default: sniffed from the header, one of , ; tab |)")
    out = ap.add_argument_group("output")
    out.add_argument("--format", choices=FORMATS, default="jsonl",
                     help="jsonl (default): one object per line; json: one array; csv, parquet: "
                          "one table per entity kind in --output DIR")
    out.add_argument("-o", "--output", default=None,
                     help="output file (jsonl, json; stdout by default) or directory "
                          "(csv, parquet)")
    out.add_argument("--sentences", action="store_true",
                     help="include sentences and tokens in the JSON output")
    out.add_argument("--indent", type=int, default=None, help="pretty-print the JSON")
    out.add_argument("--explain", action="store_true",
                     help="say why each entity is there: the rule that found it on every "
                          "entity and title (\"rule\"), and every candidate a rule found with "
                          "the veto that stopped it (\"trace\"); jsonl and json only")
    out.add_argument("--resume", action="store_true",
                     help="continue an interrupted run: skip the documents already in "
                          "--output FILE (jsonl or sqlite), append the rest")
    out.add_argument("--stats", metavar="FILE", default=None,
                     help="also write the end-of-run summary as JSON to FILE")
    run = ap.add_argument_group("run")
    run.add_argument("-j", "--jobs", type=int, default=1,
                     help="worker processes, each loading the models once (1; 0: one per CPU)")
    run.add_argument("--batch-size", type=int, default=16,
                     help="documents per batch sent to a worker (16)")
    run.add_argument("--progress", action="store_true",
                     help="show a progress bar on stderr (default: when stderr is a terminal)")
    run.add_argument("-q", "--quiet", action="store_true",
                     help="no progress bar, no per-document errors and no summary on stderr")
    ap.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    return ap


def _version() -> str:
    from . import __version__

    return __version__


def _check(ap: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.jobs < 0:
        ap.error(f"--jobs must be 0 or more, got {args.jobs}")
    if args.batch_size < 1:
        ap.error(f"--batch-size must be at least 1, got {args.batch_size}")
    if args.format in ("csv", "parquet") and not args.output:
        ap.error(f"--format {args.format} needs --output DIR")
    if args.format == "sqlite" and (not args.output or args.output == "-"):
        ap.error("--format sqlite needs --output FILE")
    if args.resume:
        if args.format not in ("jsonl", "sqlite") or not args.output or args.output == "-":
            ap.error("--resume needs --format jsonl or sqlite and --output FILE")
        if args.indent is not None:
            ap.error("--resume cannot be combined with --indent (records must be single lines)")
    if args.delimiter is not None:
        args.delimiter = {"tab": "\t", "\\t": "\t"}.get(args.delimiter, args.delimiter)
        if len(args.delimiter) != 1 or args.delimiter in '"\r\n':
            ap.error(f"--delimiter must be one character (or tab), got {args.delimiter!r}")
    if args.explain and args.format not in ("jsonl", "json"):
        ap.error("--explain needs --format jsonl or json (the rules are JSON fields)")
    if args.paths.count("-") > 1:
        ap.error("stdin (-) can be read once")


@dataclass
class Summary:
    """The end-of-run figures (printed on stderr, and written by --stats)."""

    documents: int = 0
    errors: int = 0
    skipped: int = 0
    skipped_errors: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    jobs: int = 1
    seconds: float = 0.0
    startup_seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        steady = self.seconds - self.startup_seconds
        return {
            "documents": self.documents, "errors": self.errors, "skipped": self.skipped,
            "skipped_errors": self.skipped_errors,
            "entities": {kind: self.entities[kind] for kind in ENTITY_KINDS}, "jobs": self.jobs,
            "seconds": round(self.seconds, 3), "startup_seconds": round(self.startup_seconds, 3),
            "docs_per_s": round(self.documents / self.seconds, 3) if self.seconds else None,
            "steady_docs_per_s": round(self.documents / steady, 3) if steady > 0 else None,
        }

    def line(self) -> str:
        d = self.as_dict()
        parts = [f"{self.documents} documents ({self.errors} failed"
                 + (f"; {self.skipped} already done, {self.skipped_errors} of them failed"
                    if self.skipped else "") + ")",
                 f"in {self.seconds:.1f} s with {self.jobs} job{'s' * (self.jobs > 1)}"]
        if d["docs_per_s"] is not None:
            parts.append(f"{d['docs_per_s']:.1f} docs/s")
        if d["steady_docs_per_s"] is not None:
            parts.append(f"{d['steady_docs_per_s']:.1f} docs/s after "
                         f"{self.startup_seconds:.1f} s of start-up")
        ents = ", ".join(f"{kind} {self.entities[kind]}" for kind in ENTITY_KINDS)
        return f"{PROG}: " + "; ".join(parts) + f"\n{PROG}: entities: {ents}"


def _progress(args: argparse.Namespace, total: int | None, initial: int) -> Any:
    show = not args.quiet and (args.progress or sys.stderr.isatty())
    if not show:
        return nullcontext(None)
    from tqdm import tqdm

    return tqdm(total=total, initial=initial, unit=" docs", file=sys.stderr, dynamic_ncols=True,
                smoothing=0.05, desc=PROG)


def _report(bar: Any, message: str) -> None:
    if bar is not None:
        bar.write(message, file=sys.stderr)
    else:
        print(message, file=sys.stderr)


def main(argv: Sequence[str] | None = None, *, stdin: IO[bytes] | None = None,
         stdout: IO[bytes] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 some documents failed, 2 usage or
    a fatal error such as a model that cannot load)."""
    ap = _parser()
    args = ap.parse_args(argv)
    _check(ap, args)
    t0 = time.perf_counter()

    from .batch import chunked, limit_blas_threads, process_chunk, runner

    limit_blas_threads()  # before numpy loads; OMP/OPENBLAS/MKL_NUM_THREADS set by you win
    from .pipeline import Extractor
    from .sinks import open_sink
    from .sources import documents, known_count, plan

    jobs = args.jobs or os.cpu_count() or 1
    summary = Summary(jobs=jobs)
    done = None
    if args.resume:
        try:
            state = _resume_state(args.format, args.output)
        except (OSError, ValueError) as ex:
            print(f"{PROG}: error: {ex}", file=sys.stderr)
            return 2
        done, summary.skipped, summary.skipped_errors = state.done, state.records, state.errors
    sources = plan(args.paths, pattern=args.glob, input_format=args.input_format)
    if not sources:
        print(f"{PROG}: error: no input file matched (--glob {args.glob!r} in "
              f"{', '.join(args.paths)})", file=sys.stderr)
        return 2
    if any(s.format == "html" for s in sources):
        from .text.main_text import require

        try:
            require()  # every page would fail without it: say so once
        except ImportError as ex:
            print(f"{PROG}: error: {ex}", file=sys.stderr)
            return 2
    docs: Iterator[Any] = documents(
        sources, text_field=args.text_field, id_field=args.id_field or None,
        delimiter=args.delimiter, stdin=stdin if stdin is not None else sys.stdin.buffer)
    if done:
        docs = (d for d in docs if not _take(done, d.doc_id))
    first = next(docs, None)  # nothing left to do (a finished run resumed): no models to load
    try:
        sink, render = open_sink(args.format, args.output,
                                 stdout=stdout if stdout is not None else sys.stdout.buffer,
                                 append=args.resume, sentences=args.sentences,
                                 indent=args.indent)
    except (OSError, ImportError, ValueError) as ex:
        print(f"{PROG}: error: {ex}", file=sys.stderr)
        return 2
    code = None
    terminate = _SigtermHandler()
    try:
        if first is not None:
            options = {"batch_size": args.batch_size, "trace": args.explain}
            with runner(jobs, Extractor, options) as work:
                work.start()  # every process has its models loaded: the rest is steady work
                summary.startup_seconds = time.perf_counter() - t0
                with _progress(args, known_count(sources), summary.skipped) as bar:
                    for outcomes in work.map(process_chunk,
                                             chunked(chain([first], docs), args.batch_size),
                                             render):
                        try:
                            sink.write(outcomes)
                        except OSError as ex:
                            raise _OutputError(ex) from ex
                        _count(args, summary, outcomes, bar)
    except _Terminated:
        print(f"{PROG}: terminated", file=sys.stderr)
        code = 128 + signal.SIGTERM
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        code = 130
    except _OutputError as ex:  # a closed pipe, a full disk
        code = _output_failed(ex.error, summary)
    except Exception as ex:  # a model that cannot load, a worker that died: fatal
        print(f"{PROG}: error: {type(ex).__name__}: {ex}", file=sys.stderr)
        code = 2
    finally:
        terminate.raised = True  # the run is over: a late SIGTERM waits for the output's end
        try:
            sink.close()
        except OSError as ex:
            code = code if code is not None else _output_failed(ex, summary)
        terminate.close()
    if code is not None:
        return code
    summary.seconds = time.perf_counter() - t0
    if not args.quiet:
        print(summary.line(), file=sys.stderr)
    if args.stats:
        try:
            with open(args.stats, "w", encoding="utf-8") as fh:
                json.dump(summary.as_dict(), fh, ensure_ascii=False, indent=1)
        except OSError as ex:
            print(f"{PROG}: error: cannot write --stats {args.stats}: {ex}", file=sys.stderr)
            return 2
    return 1 if summary.errors or summary.skipped_errors else 0


def _count(args: argparse.Namespace, summary: Summary, outcomes: Sequence[Any], bar: Any
           ) -> None:
    for o in outcomes:
        summary.documents += 1
        summary.entities.update(o.counts)
        if o.error is not None:
            summary.errors += 1
            if not args.quiet:
                _report(bar, f"{PROG}: {o.doc_id}: {o.error}")
    if bar is not None:
        bar.update(len(outcomes))


class _Terminated(BaseException):
    """The process got SIGTERM (a BaseException, as KeyboardInterrupt: no handler of errors
    takes it for a document's failure)."""


class _SigtermHandler:
    """While open, SIGTERM raises ``_Terminated`` (once; a second one while the run winds down
    is ignored), so that the worker pool is shut down, the output closed whole and no named
    semaphore of the pool is left for the resource tracker to report. Does nothing outside
    the main thread (where signals cannot be handled)."""

    def __init__(self) -> None:
        self.previous: Any = None
        self.raised = False
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGTERM, self._handle)

    def _handle(self, signum: int, frame: Any) -> None:
        if not self.raised:
            self.raised = True
            raise _Terminated()

    def close(self) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)
            self.previous = None


class _OutputError(Exception):
    """Writing the output failed (the OSError is ``error``)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def _output_failed(ex: OSError, summary: Summary) -> int:
    """One message for an output that cannot be written (exit code 2): the records before the
    failing batch are whole, and ``--resume`` goes on from them."""
    if isinstance(ex, BrokenPipeError):
        # the reader is gone (``| head``): nothing more to say to it, and Python's own flush of
        # stdout at exit must not fail again
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        print(f"{PROG}: output closed after {summary.documents} documents", file=sys.stderr)
    else:
        print(f"{PROG}: error: cannot write the output after {summary.documents} documents: "
              f"{ex.strerror or ex}", file=sys.stderr)
    return 2


def _resume_state(fmt: str, output: str) -> Any:
    """What an interrupted run left in ``output`` (JSON Lines, or the SQLite database)."""
    if fmt == "sqlite":
        from .database import resume_state as database_state

        return database_state(output)
    from .sinks import resume_state

    return resume_state(output)


def _take(done: Counter[str | None], doc_id: str | None) -> bool:
    """True (and one fewer left) when ``doc_id`` is among the documents already done."""
    if done[doc_id] > 0:
        done[doc_id] -= 1
        return True
    return False


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
