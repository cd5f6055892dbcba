"""The command line: ``civic-extract PATH... `` (or ``python -m civic_extract``).

Each input (a .txt file, a directory of them, or ``-`` for stdin) becomes one JSON object per
line on stdout: the dict of ``Article.to_dict()``. A document that fails becomes an error record
(``{"id": ..., "error": ...}``) and the run goes on; the exit code is 1 when any failed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence

__all__ = ["main"]


def _inputs(paths: Sequence[str], pattern: str) -> Iterator[tuple[str, str | None, str | None]]:
    """(doc_id, text or None, error or None) for every input document."""
    from .errors import DecodeError
    from .text.decode import decode

    for path in paths:
        if path == "-":
            data = sys.stdin.buffer.read()
            try:
                yield "-", decode(data), None
            except DecodeError as ex:
                yield "-", None, f"DecodeError: {ex}"
            continue
        if os.path.isdir(path):
            import glob

            files = sorted(glob.glob(os.path.join(path, "**", pattern), recursive=True))
        else:
            files = [path]
        for f in files:
            doc_id = os.path.relpath(f, path) if os.path.isdir(path) else f
            try:
                with open(f, "rb") as fh:
                    data = fh.read()
                text = decode(data)
            except OSError as ex:
                yield doc_id, None, f"{type(ex).__name__}: {ex.strerror or ex}"
                continue
            except DecodeError as ex:
                yield doc_id, None, f"DecodeError: {ex}"
                continue
            if not text.strip():
                yield doc_id, None, "EmptyDocument: the file holds no text"
                continue
            yield doc_id, text, None


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="civic-extract",
        description="Extract people, titles, organizations, places, awards and statistics from "
                    "Russian-language news; one JSON object per document on stdout.")
    ap.add_argument("paths", nargs="+", help="text files, directories, or - for stdin")
    ap.add_argument("--glob", default="*.txt", help="file pattern inside directories (*.txt)")
    ap.add_argument("--indent", type=int, default=None, help="pretty-print the JSON")
    ap.add_argument("--sentences", action="store_true",
                    help="include sentences and tokens in the output")
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args(argv)

    from .pipeline import Extractor

    extractor = Extractor(batch_size=args.batch_size)
    failed = 0
    out = sys.stdout
    for doc_id, text, error in _inputs(args.paths, args.glob):
        if error is None and text is not None:
            try:
                article = extractor.extract(text, doc_id=doc_id)
                line = json.dumps(article.to_dict(sentences=args.sentences), ensure_ascii=False,
                                  indent=args.indent)
            except Exception as ex:  # a batch never dies on one document
                error = f"{type(ex).__name__}: {ex}"
        if error is not None:
            failed += 1
            line = json.dumps({"id": doc_id, "error": error}, ensure_ascii=False)
            print(f"civic-extract: {doc_id}: {error}", file=sys.stderr)
        out.write(line + "\n")
        out.flush()
    return 1 if failed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
