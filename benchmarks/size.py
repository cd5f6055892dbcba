"""Seconds per MB for 50 KB inputs against one 5 MB input, and peak memory.

    python benchmarks/size.py              # 5 MB against 10 inputs of 50 KB
    python benchmarks/size.py --mb 1 --small 4

The texts are the corpus beside the checkout (../shared/corpus, joined and repeated up to the
size), or generated news-like text when it is absent. The small inputs are cut from evenly spaced
places of the big one, so both see the same kind of text. The big input runs first, after one
warm-up, so the small ones profit from warm caches: the ratio errs on the pessimistic side.
Prints seconds per MB of each (wall and CPU time: on a shared machine the CPU time is the fair
measure), their ratio (the goal: at most 1.5) and the peak RSS of the process (the goal: under
1 GB).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from textgen import news_text  # noqa: E402

import civic_extract  # noqa: E402

MB = 1_000_000


def _rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / MB


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="size of the big input in MB")
    ap.add_argument("--small-kb", type=float, default=50.0, help="size of each small input")
    ap.add_argument("--small", type=int, default=10, help="how many small inputs")
    args = ap.parse_args(argv)

    big, source = news_text(int(args.mb * MB))
    small_size = int(args.small_kb * 1000)
    step = max(1, (len(big) - small_size) // max(1, args.small))
    smalls = [big[i * step:i * step + small_size] for i in range(args.small)]

    ex = civic_extract.Extractor()
    ex.extract(smalls[0][:5000])  # load the models
    base_rss = _rss_mb()

    t, c = time.perf_counter(), time.process_time()
    article = ex.extract(big)
    big_s, big_cpu = time.perf_counter() - t, time.process_time() - c
    big_rss = _rss_mb()

    t, c = time.perf_counter(), time.process_time()
    for text in smalls:
        ex.extract(text)
    small_s, small_cpu = time.perf_counter() - t, time.process_time() - c

    big_mb, small_mb = len(big) / MB, sum(map(len, smalls)) / MB
    ratio = (big_cpu / big_mb) / (small_cpu / small_mb)
    print(f"text: {source}")
    print(f"big:   {big_mb:.2f} MB: {big_s / big_mb:.1f} s/MB wall, {big_cpu / big_mb:.1f} s/MB "
          f"CPU ({len(article.people)} people, {len(article.sentences)} sentences)")
    print(f"small: {args.small} x {small_size / 1000:.0f} KB: {small_s / small_mb:.1f} s/MB wall, "
          f"{small_cpu / small_mb:.1f} s/MB CPU")
    print(f"ratio big/small (CPU s/MB): {ratio:.2f}; wall: "
          f"{(big_s / big_mb) / (small_s / small_mb):.2f} (goal <= 1.5; wall time depends on "
          f"the load of the machine, CPU time much less)")
    print(f"peak RSS: {big_rss:.0f} MB after the big input (models loaded: {base_rss:.0f} MB; "
          f"goal < 1024 MB)")
    return 0 if ratio <= 1.5 and big_rss < 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
