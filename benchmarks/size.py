"""Seconds per MB for 50 KB inputs against one 5 MB input, and peak memory.

    python benchmarks/size.py              # 5 MB against 10 inputs of 50 KB
    python benchmarks/size.py --mb 1 --small 4
    python benchmarks/size.py --table      # the hostile inputs, each in a process of its own
    python benchmarks/size.py --threads 4  # peak memory of 4 threads sharing one Extractor

``--table`` runs, each in a fresh process (peak memory is per process): 1 MB of unclosed quotes,
1 MB of unclosed brackets, 4 and 8 MB of sentences each naming a different person, 4 MB of
sentences each naming a different organization, 1 MB of lines announcing lists after an award,
and 10 MB of news, each right after a baseline
run of 10 inputs of 50 KB of news; it prints CPU seconds per MB, the ratio to the baseline run
next to it (the goal: at most 1.5) and the peak RSS (the goal: at most 600 MB for 10 MB of
news). ``--rounds N`` repeats the sequence N times and prints the
median ratio and its range. ``--threads N`` runs N threads over 50 KB news texts with one
Extractor and prints the peak RSS (the goal: at most 300 MB + 60 MB per extra thread).

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

from textgen import adversarial_text, news_text  # noqa: E402

from civic_extract.batch import limit_blas_threads  # noqa: E402

# one BLAS thread, as the CLI runs: more threads spin and count as CPU time the work did not need
limit_blas_threads()

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
    ap.add_argument("--table", action="store_true", help="the hostile inputs, one process each")
    ap.add_argument("--cases", default="", help="with --table: only these kinds (quotes,names…)")
    ap.add_argument("--rounds", type=int, default=1,
                    help="with --table: repeat the sequence, print median ratios and their range")
    ap.add_argument("--threads", type=int, default=0, help="peak RSS of N threads (see above)")
    ap.add_argument("--case", nargs=2, metavar=("KIND", "MB"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.case:
        return _case(args.case[0], float(args.case[1]), args.small, args.small_kb)
    if args.table:
        return _table(args.small, args.small_kb, [k for k in args.cases.split(",") if k],
                      max(1, args.rounds))
    if args.threads:
        return _threads(args.threads, args.small_kb)

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


TABLE = [("quotes", 1.0), ("brackets", 1.0), ("names", 4.0), ("names", 8.0), ("organizations", 4.0),
         ("lists", 1.0), ("news", 10.0)]


def _case(kind: str, mb: float, small: int, small_kb: float) -> int:
    """One case in this process; prints a JSON line: CPU s/MB, wall s/MB, peak RSS."""
    import json

    ex = civic_extract.Extractor()
    ex.extract(news_text(5000)[0])  # load the models
    if kind == "small":
        big = news_text(int(small * small_kb * 1000) * 3)[0]
        step = len(big) // small
        texts = [big[i * step:i * step + int(small_kb * 1000)] for i in range(small)]
    else:
        texts = [adversarial_text(kind, int(mb * MB))]
    size = sum(map(len, texts)) / MB
    t, c = time.perf_counter(), time.process_time()
    for text in texts:
        ex.extract(text)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    print(json.dumps({"kind": kind, "mb": round(size, 3), "cpu_per_mb": cpu / size,
                      "wall_per_mb": wall / size, "rss_mb": _rss_mb()}))
    return 0


def _run_case(kind: str, mb: float, small: int, small_kb: float) -> dict[str, float]:
    import json
    import subprocess

    cmd = [sys.executable, os.path.abspath(__file__), "--case", kind, str(mb),
           "--small", str(small), "--small-kb", str(small_kb)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def _table(small: int, small_kb: float, only: list[str], rounds: int = 1) -> int:
    """Each case next to a baseline run of its own, just before it (the load of a shared machine
    drifts in minutes: a baseline measured once, long before the last case, would compare two
    different machines); with ``rounds`` > 1 the rounds repeat the whole sequence and the median
    of each case's ratios is printed, with their range (the noise)."""
    from statistics import median

    cases = [(kind, mb) for kind, mb in TABLE if not only or kind in only]
    runs: dict[tuple[str, float], list[tuple[dict[str, float], dict[str, float]]]] = {
        c: [] for c in cases}
    print(f"baseline: {small} x {small_kb:.0f} KB of news, run just before each case; "
          f"{rounds} round(s)")
    for r in range(rounds):
        for kind, mb in cases:
            base = _run_case("small", 0, small, small_kb)
            runs[kind, mb].append((base, _run_case(kind, mb, small, small_kb)))
            b, g = runs[kind, mb][-1]
            print(f"  round {r + 1}: {kind} {mb:g} MB: {g['cpu_per_mb']:.1f} s/MB against "
                  f"{b['cpu_per_mb']:.1f}: {g['cpu_per_mb'] / b['cpu_per_mb']:.2f}", flush=True)
    print(f"{'input':<16}{'MB':>6}{'CPU s/MB':>10}{'base s/MB':>11}{'ratio':>7}{'range':>13}"
          f"{'peak RSS':>10}")
    ok = True
    for kind, mb in cases:
        pairs = runs[kind, mb]
        ratios = [g["cpu_per_mb"] / b["cpu_per_mb"] for b, g in pairs]
        ratio = median(ratios)
        rss = max(g["rss_mb"] for _, g in pairs)
        ok = ok and ratio <= 1.5 and (kind != "news" or rss <= 600)
        spread = f"{min(ratios):.2f}-{max(ratios):.2f}" if len(ratios) > 1 else ""
        print(f"{kind:<16}{pairs[0][1]['mb']:>6.1f}"
              f"{median(g['cpu_per_mb'] for _, g in pairs):>10.1f}"
              f"{median(b['cpu_per_mb'] for b, _ in pairs):>11.1f}{ratio:>7.2f}{spread:>13}"
              f"{rss:>8.0f} MB", flush=True)
    print("goals: ratio <= 1.5 for each; peak RSS <= 600 MB for 10 MB of news")
    return 0 if ok else 1


def _threads(n: int, small_kb: float) -> int:
    from concurrent.futures import ThreadPoolExecutor

    big = news_text(int(n * 8 * small_kb * 1000))[0]
    size = int(small_kb * 1000)
    texts = [big[i:i + size] for i in range(0, len(big) - size + 1, size)]
    ex = civic_extract.Extractor()  # cold: the threads race for the first load
    with ThreadPoolExecutor(n) as pool:
        done = sum(1 for _ in pool.map(ex.extract, texts))
    goal = 300 + 60 * (n - 1)
    print(f"{n} threads, {done} texts of {small_kb:.0f} KB, one Extractor (cold start): peak RSS "
          f"{_rss_mb():.0f} MB (goal <= {goal} MB)")
    return 0 if _rss_mb() <= goal else 1


if __name__ == "__main__":
    sys.exit(main())
