"""How fast is civic_extract, next to natasha's own pipeline on the same texts, in one run?

    python benchmarks/speed.py                  # 3 rounds over all texts, plus cold start and RSS
    python benchmarks/speed.py --rounds 5       # more rounds (medians are printed)
    python benchmarks/speed.py --limit 40       # the first 40 texts only (a quick look)
    python benchmarks/speed.py --no-subprocess  # throughput only (no cold start, no RSS)
    python benchmarks/speed.py --src /tmp/old/src   # time another copy (before/after)

The texts: every ``*.txt`` of ../shared/corpus/factru/devset, ../shared/corpus/civic-dev and
../shared/corpus/nerel/dev (the run stops with a message when ../shared is absent).

First, in fresh subprocesses (while this process is still small: a child's ``ru_maxrss`` starts
from its parent's RSS at the fork), medians of several: ``import civic_extract`` alone; cold
start = import + the first ``extract`` of a short text (the time inside the process, and the
wall time of the whole process); then the peak RSS (``resource.getrusage``, and ``VmHWM``) of
one process running ``pipe()`` over all the texts, and of one running natasha's pipeline.

Then throughput in this process, models loaded before timing, rounds interleaved (the order
rotates every round) so that the load of a shared machine hits every contestant alike; wall
and CPU time medians:

- ``civic extract``: ``Extractor.extract(text)`` one text after another;
- ``civic pipe``: ``Extractor.pipe(texts)`` (neural steps batched across documents);
- ``natasha``: Segmenter + NewsMorphTagger + NewsSyntaxParser + NewsNERTagger, then
  ``span.normalize(MorphVocab)`` for every span: natasha's documented full pipeline;
- ``razdel``: ``sentenize`` + ``tokenize`` alone, the floor of any pipeline on these texts.

The per-word-form caches of both sides (our pymorphy3 cache, natasha's ``MorphVocab.parse``) are
cleared before every timed pass, so no round profits from an earlier one.

numpy's OpenBLAS starts one thread per core; on a loaded machine these threads spin against
other processes and every figure swings. ``OPENBLAS_NUM_THREADS=1`` steadies them (for both
sides alike); the header line says which setting the run had.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.normpath(os.path.join(HERE, "..", "src"))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
FOLDERS = [
    os.path.join(SHARED, "corpus", "factru", "devset"),
    os.path.join(SHARED, "corpus", "civic-dev"),
    os.path.join(SHARED, "corpus", "nerel", "dev"),
]
SHORT = ("Аким Павлодарской области Асаин Байханов вручил медаль «Шапағат» "
         "председателю ОО «Мейірім».")

def load_texts(limit: int | None) -> list[str]:
    texts = []
    for folder in FOLDERS:
        for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
            with open(path, encoding="utf-8") as f:
                texts.append(f.read())
    return texts[:limit] if limit else texts


# ---- the contestants (each: build once, then a callable over all texts) ----

def civic_runners() -> tuple[Callable[[list[str]], int], Callable[[list[str]], int]]:
    import civic_extract
    from civic_extract.text.morph import morphology

    ex = civic_extract.Extractor()
    ex.extract(SHORT)  # load the models before timing

    def one_by_one(texts: list[str]) -> int:
        morphology().parse.cache_clear()
        return sum(len(ex.extract(t).sentences) for t in texts)

    def piped(texts: list[str]) -> int:
        morphology().parse.cache_clear()
        return sum(len(a.sentences) for a in ex.pipe(texts))

    return one_by_one, piped


def natasha_runner() -> Callable[[list[str]], int]:
    from baseline import natasha_pipeline

    process = natasha_pipeline()

    def run(texts: list[str]) -> int:
        process.clear_cache()  # type: ignore[attr-defined]
        return sum(process(text) for text in texts)

    run(texts=[SHORT])  # warm up (the first call builds internal tables)
    return run


def razdel_runner() -> Callable[[list[str]], int]:
    from razdel import sentenize, tokenize

    def run(texts: list[str]) -> int:
        n = 0
        for text in texts:
            for s in sentenize(text):
                n += sum(1 for _ in tokenize(s.text))
        return n

    return run


def count_tokens(texts: list[str]) -> int:
    from razdel import tokenize

    return sum(sum(1 for _ in tokenize(t)) for t in texts)


# ---- fresh subprocesses ----

IMPORT_CODE = """
import time
t0 = time.perf_counter()
import civic_extract
print(time.perf_counter() - t0)
"""

COLD_CODE = """
import time
t0 = time.perf_counter()
import civic_extract
civic_extract.extract(SHORT)
print(time.perf_counter() - t0)
""".replace("SHORT", repr(SHORT))

RSS_CIVIC = """
import glob, os, resource, sys
import civic_extract
texts = []
for folder in %r:
    for p in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        texts.append(open(p, encoding="utf-8").read())
texts = texts[:%s]
n = sum(len(a.people) for a in civic_extract.Extractor().pipe(texts))
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")]
print(int(hwm[0].split()[1]) / 1024 if hwm else 0.0)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

RSS_NATASHA = """
import glob, os, resource
from natasha import (Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                     NewsSyntaxParser, Segmenter)
texts = []
for folder in %r:
    for p in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        texts.append(open(p, encoding="utf-8").read())
texts = texts[:%s]
seg, vocab, emb = Segmenter(), MorphVocab(), NewsEmbedding()
morph, syntax, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
for text in texts:
    doc = Doc(text)
    doc.segment(seg); doc.tag_morph(morph); doc.parse_syntax(syntax); doc.tag_ner(ner)
    for span in doc.spans:
        span.normalize(vocab)
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")]
print(int(hwm[0].split()[1]) / 1024 if hwm else 0.0)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def fresh(code: str, src: str) -> tuple[list[float], float]:
    """(the numbers a fresh interpreter running ``code`` prints, its wall time)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                         capture_output=True, text=True).stdout
    return [float(x) for x in out.split()], time.perf_counter() - t0


# ---- main ----

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds (default 3)")
    ap.add_argument("--limit", type=int, help="only the first N texts")
    ap.add_argument("--starts", type=int, default=5, help="fresh processes for cold start")
    ap.add_argument("--no-subprocess", action="store_true",
                    help="skip cold start, import time and peak RSS")
    ap.add_argument("--src", default=SRC,
                    help="the source folder of the civic_extract to time (default: this checkout's "
                         "src/, e.g. an older export for a before/after comparison)")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    src = os.path.abspath(args.src)
    sys.path.insert(0, src)  # time this checkout, not an installed copy

    if not all(os.path.isdir(f) for f in FOLDERS):
        print(f"speed: the corpora under {SHARED} are missing "
              f"(need {', '.join(os.path.relpath(f, SHARED) for f in FOLDERS)}): nothing to time",
              file=sys.stderr)
        return 2
    texts = load_texts(args.limit)
    chars = sum(len(t) for t in texts)
    tokens = count_tokens(texts)
    blas = os.environ.get("OPENBLAS_NUM_THREADS") or os.environ.get("OMP_NUM_THREADS") or "default"
    from pymorphy3.dawg import EXTENSION_AVAILABLE

    dawg = "C DAWG" if EXTENSION_AVAILABLE else "pure-Python DAWG (pip install 'pymorphy3[fast]')"
    print(f"texts: {len(texts)} documents, {chars:,} characters, {tokens:,} razdel tokens; "
          f"{args.rounds} rounds; python {sys.version.split()[0]}; {os.cpu_count()} CPUs, "
          f"BLAS threads {blas}; pymorphy3 with {dawg}; civic_extract from {src}", flush=True)

    figures: dict[str, object] = {"docs": len(texts), "chars": chars, "tokens": tokens}
    if not args.no_subprocess:
        # first, while this process is small: a child's ru_maxrss starts from its parent's RSS
        imports = [fresh(IMPORT_CODE, src)[0][-1] for _ in range(args.starts)]
        colds = [fresh(COLD_CODE, src) for _ in range(args.starts)]
        figures["import_s"] = statistics.median(imports)
        figures["cold_s"] = statistics.median(c[0][-1] for c in colds)
        figures["cold_wall_s"] = statistics.median(c[1] for c in colds)
        print(f"import civic_extract           {figures['import_s']:7.3f} s  "
              f"(median of {len(imports)}: {' '.join(f'{x:.3f}' for x in imports)})")
        print(f"cold start (import + extract)  {figures['cold_s']:7.3f} s  "
              f"(whole process {figures['cold_wall_s']:.3f} s; "
              f"runs: {' '.join(f'{c[0][-1]:.2f}' for c in colds)})", flush=True)
        limit = args.limit if args.limit else None
        (civic_hwm, civic_rss), _ = fresh(RSS_CIVIC % (FOLDERS, limit), src)
        (natasha_hwm, natasha_rss), _ = fresh(RSS_NATASHA % (FOLDERS, limit), src)
        figures["rss_mb"] = civic_rss
        figures["rss_natasha_mb"] = natasha_rss
        print(f"peak RSS, full pipe() run      {civic_rss:7.0f} MB  (getrusage; VmHWM "
              f"{civic_hwm:.0f} MB; natasha's pipeline: {natasha_rss:.0f} MB)", flush=True)

    one_by_one, piped = civic_runners()
    contestants = {"civic extract": one_by_one, "civic pipe": piped,
                   "natasha": natasha_runner(), "razdel": razdel_runner()}
    times: dict[str, list[float]] = {name: [] for name in contestants}
    cpu: dict[str, list[float]] = {name: [] for name in contestants}
    names = list(contestants)
    for r in range(args.rounds):
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            t0, c0 = time.perf_counter(), time.process_time()
            contestants[name](texts)
            times[name].append(time.perf_counter() - t0)
            cpu[name].append(time.process_time() - c0)
        print(f"round {r + 1}: " + "  ".join(f"{n} {times[n][-1]:.2f}s" for n in names),
              flush=True)

    med = {n: statistics.median(ts) for n, ts in times.items()}
    med_cpu = {n: statistics.median(ts) for n, ts in cpu.items()}
    print()
    print(f"{'':16} {'median s':>9} {'docs/s':>8} {'tokens/s':>9} {'vs natasha':>11} "
          f"{'CPU s':>7} {'CPU vs natasha':>15}")
    for n in names:
        print(f"{n:16} {med[n]:9.2f} {len(texts) / med[n]:8.1f} {tokens / med[n]:9.0f} "
              f"{med['natasha'] / med[n]:10.2f}x {med_cpu[n]:7.2f} "
              f"{med_cpu['natasha'] / med_cpu[n]:14.2f}x")
    figures["median_s"] = med
    figures["median_cpu_s"] = med_cpu
    figures["ratio_extract"] = med["natasha"] / med["civic extract"]
    figures["ratio_pipe"] = med["natasha"] / med["civic pipe"]
    print(f"throughput ratio civic/natasha: extract() {figures['ratio_extract']:.2f}x, "
          f"pipe() {figures['ratio_pipe']:.2f}x (wall-clock medians; razdel alone takes "
          f"{med['razdel'] / med['civic pipe'] * 100:.0f}% of the civic pipe() time)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(figures, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
