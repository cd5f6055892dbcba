"""Throughput: documents/s and tokens/s of civic_extract with 1 and N processes, and of natasha.

Texts: the first ``--docs`` NEREL train texts of ``../shared/corpus`` (skipped with a message when
the corpus is not beside the checkout). Every configuration runs in a fresh process, and the
configurations take turns in every round, so a machine whose load changes treats them alike:

* ``natasha``: natasha's own pipeline in one process (Segmenter, NewsMorphTagger,
  NewsSyntaxParser, NewsNERTagger, ``span.normalize(MorphVocab)``), the baseline;
* ``civic jobs=1`` and ``civic jobs=N``: the command line (``--mode cli``, the default:
  ``civic-extract DIR --jobs N -o /dev/null``) or the engine of ``Extractor.pipe(n_process=N)``
  (``--mode pipe``).

For each: the wall time of the whole process (interpreter, imports, models, work), the start-up
(until every process has its models loaded), steady docs/s and tokens/s (after start-up), the CPU
seconds of the process tree (sampled every 0.1 s), and the peak RSS of every process (psutil when
installed, else the largest of the tree from getrusage). Medians over ``--rounds``; then the
ratios.

    python benchmarks/throughput.py --docs 300 --jobs 2 --rounds 3

On a shared machine read the ``cores`` column: with the kernel's autogroup scheduling
(``/proc/sys/kernel/sched_autogroup_enabled``) CPU is shared fairly between sessions, so when
other sessions keep the cores busy, N processes get the same CPU as one and cannot go faster.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus", "nerel", "train"))


def texts_in(folder: str) -> list[str]:
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    out = []
    for name in names:
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            out.append(fh.read())
    return out


# ---- the measured processes (run as: throughput.py --run natasha|pipe DIR) ----

def run_natasha(folder: str) -> dict[str, float]:
    """natasha's pipeline over the texts of ``folder``; start-up and work seconds."""
    t0 = time.perf_counter()
    from baseline import natasha_pipeline

    process = natasha_pipeline()
    texts = texts_in(folder)
    process("Аким области Ермек Маржикпаев выступил.")  # the models load on first use
    t1 = time.perf_counter()
    for text in texts:
        process(text)
    t2 = time.perf_counter()
    return {"startup_seconds": t1 - t0, "seconds": t2 - t0, "documents": len(texts)}


def run_pipe(folder: str, jobs: int, batch_size: int) -> dict[str, float]:
    """The engine of Extractor.pipe(n_process=jobs) over the texts of ``folder``."""
    t0 = time.perf_counter()
    from civic_extract.batch import chunked, extract_chunk, runner
    from civic_extract.pipeline import Extractor

    texts = texts_in(folder)
    n = 0
    with runner(jobs, Extractor, {"batch_size": batch_size}) as work:
        work.start()
        t1 = time.perf_counter()
        items = ((t, None) for t in texts)
        for articles in work.map(extract_chunk, chunked(items, batch_size)):
            n += len(articles)
    t2 = time.perf_counter()
    return {"startup_seconds": t1 - t0, "seconds": t2 - t0, "documents": n}


# ---- the driver ----

class RssSampler:
    """Peak RSS of every process in the tree of ``pid``, sampled every 0.1 s (needs psutil)."""

    def __init__(self, pid: int) -> None:
        self.peaks: dict[int, int] = {}
        self.cpu: dict[int, float] = {}
        self._pid = pid
        self._stop = threading.Event()
        try:
            import psutil
        except ImportError:
            self._psutil = None
            return
        self._psutil = psutil
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        psutil = self._psutil
        try:
            root = psutil.Process(self._pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                return
            for p in procs:
                try:
                    rss = p.memory_info().rss
                    cpu = p.cpu_times()
                except psutil.Error:
                    continue
                self.peaks[p.pid] = max(rss, self.peaks.get(p.pid, 0))
                self.cpu[p.pid] = cpu.user + cpu.system
            self._stop.wait(0.1)

    def stop(self) -> dict[str, Any]:
        self._stop.set()
        if self._psutil is None:
            return {}
        self._thread.join()
        main = self.peaks.get(self._pid, 0)
        # forkserver and resource tracker stay small; a worker holds the models (>100 MB)
        workers = sorted((v for k, v in self.peaks.items() if k != self._pid and v > 100 << 20),
                         reverse=True)
        return {"main_mb": main / 2**20, "workers_mb": [w / 2**20 for w in workers],
                "cpu_seconds": sum(self.cpu.values())}


@dataclass
class Config:
    name: str
    argv: list[str]
    jobs: int
    stats_file: str | None = None
    env: dict[str, str] | None = None
    runs: list[dict[str, Any]] = field(default_factory=list)


def measure(config: Config, tokens: int) -> dict[str, Any]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(config.argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=config.env)
    sampler = RssSampler(proc.pid)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    rss = sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{config.name} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    if config.stats_file:
        with open(config.stats_file, encoding="utf-8") as fh:
            stats = json.load(fh)
        result = {"startup_seconds": stats["startup_seconds"], "seconds": stats["seconds"],
                  "documents": stats["documents"]}
    else:
        result = json.loads(out.decode().strip().splitlines()[-1])
    steady = result["seconds"] - result["startup_seconds"]
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if rss:  # psutil saw every process (workers under a fork server are not our children)
        cpu = max(cpu, rss.pop("cpu_seconds"))
    else:
        rss = {"tree_max_mb": after.ru_maxrss / 1024}
    return {
        "wall": wall, "startup": result["startup_seconds"], "steady": steady,
        "docs": result["documents"], "docs_per_s_wall": result["documents"] / wall,
        "docs_per_s": result["documents"] / steady, "tokens_per_s": tokens / steady,
        "cpu_seconds": cpu, "cores": cpu / wall, "rss": rss,
    }


def median(runs: Sequence[dict[str, Any]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def report(configs: Sequence[Config], jobs: int) -> None:
    head = (f"{'configuration':<18}{'wall s':>8}{'start-up s':>12}{'docs/s wall':>13}"
            f"{'docs/s steady':>15}{'tokens/s':>10}{'CPU s':>8}{'cores':>7}  peak RSS MB")
    print(head)
    print("-" * len(head))
    for c in configs:
        rss = c.runs[-1]["rss"]
        if "workers_mb" in rss:
            mem = f"main {rss['main_mb']:.0f}"
            if rss["workers_mb"] and c.jobs > 1:
                mem += ", workers " + " ".join(f"{w:.0f}" for w in rss["workers_mb"])
        else:
            mem = f"largest process {rss['tree_max_mb']:.0f}"
        print(f"{c.name:<18}{median(c.runs, 'wall'):>8.1f}{median(c.runs, 'startup'):>12.1f}"
              f"{median(c.runs, 'docs_per_s_wall'):>13.2f}{median(c.runs, 'docs_per_s'):>15.2f}"
              f"{median(c.runs, 'tokens_per_s'):>10.0f}{median(c.runs, 'cpu_seconds'):>8.1f}"
              f"{median(c.runs, 'cores'):>7.2f}  {mem}")
    by = {c.name: c for c in configs}
    one, many = by.get("civic jobs=1"), by.get(f"civic jobs={jobs}")
    print()
    if one and many and many is not one:
        for key, label in (("docs_per_s", "steady"), ("docs_per_s_wall", "wall, with start-up")):
            ratios = [b[key] / a[key] for a, b in zip(one.runs, many.runs)]
            ratio = median(many.runs, key) / median(one.runs, key)
            print(f"jobs={jobs} / jobs=1 ({label}): x{ratio:.2f}"
                  f"  (per round: {', '.join(f'x{r:.2f}' for r in ratios)})")
        cpu = median(many.runs, "cpu_seconds") / median(one.runs, "cpu_seconds")
        print(f"CPU seconds, jobs={jobs} / jobs=1: x{cpu:.2f} (the cost of the extra processes; "
              f"'cores' shows how much CPU the machine gave each run)")
    if one and "natasha" in by:
        nat = by["natasha"]
        print(f"civic jobs=1 / natasha (steady): "
              f"x{median(one.runs, 'docs_per_s') / median(nat.runs, 'docs_per_s'):.2f}")
        if many and many is not one:
            print(f"civic jobs={jobs} / natasha (steady): "
                  f"x{median(many.runs, 'docs_per_s') / median(nat.runs, 'docs_per_s'):.2f}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=300, help="how many NEREL train texts (300)")
    ap.add_argument("--jobs", type=int, default=2, help="N of the N-process run (2)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds; medians are reported (3)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--mode", choices=("cli", "pipe"), default="cli",
                    help="measure the command line (cli) or Extractor.pipe's engine (pipe)")
    ap.add_argument("--no-natasha", action="store_true", help="leave the baseline out")
    ap.add_argument("--corpus", default=CORPUS, help="folder of .txt files (NEREL train)")
    ap.add_argument("--blas-threads", type=int, default=1,
                    help="OMP/OPENBLAS/MKL_NUM_THREADS for every measured process, natasha "
                         "included (1, as civic-extract and its workers use; 0: leave unset)")
    ap.add_argument("--json", metavar="FILE", help="also write every run as JSON")
    ap.add_argument("--run", nargs=2, metavar=("WHAT", "DIR"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.run:  # a measured process
        what, folder = args.run
        result = (run_natasha(folder) if what == "natasha"
                  else run_pipe(folder, args.jobs, args.batch_size))
        print(json.dumps(result))
        return 0

    if not os.path.isdir(args.corpus):
        print(f"skipped: no corpus at {args.corpus} (../shared/corpus is not beside this "
              f"checkout)")
        return 0
    names = sorted(n for n in os.listdir(args.corpus) if n.endswith(".txt"))[:args.docs]
    work = tempfile.mkdtemp(prefix="civic-throughput-")
    try:
        for name in names:
            shutil.copyfile(os.path.join(args.corpus, name), os.path.join(work, name))
        import razdel

        texts = texts_in(work)
        tokens = sum(1 for t in texts for _ in razdel.tokenize(t))
        print(f"{len(texts)} texts, {sum(map(len, texts)):,} characters, {tokens:,} tokens "
              f"(razdel); mode {args.mode}; batch size {args.batch_size}; "
              f"BLAS threads {args.blas_threads or 'unset'}; "
              f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}")
        py, me = sys.executable, os.path.abspath(__file__)
        env = dict(os.environ)
        if args.blas_threads:
            for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
                env[name] = str(args.blas_threads)
        configs = []
        if not args.no_natasha:
            configs.append(Config("natasha", [py, me, "--run", "natasha", work], 1, env=env))
        for jobs in dict.fromkeys((1, args.jobs)):
            if args.mode == "cli":
                stats = os.path.join(work, f"stats-{jobs}.json")
                argv = [py, "-m", "civic_extract", work, "--jobs", str(jobs), "--batch-size",
                        str(args.batch_size), "-o", os.devnull, "-q", "--stats", stats]
                configs.append(Config(f"civic jobs={jobs}", argv, jobs, stats, env))
            else:
                argv = [py, me, "--run", "pipe", work, "--jobs", str(jobs), "--batch-size",
                        str(args.batch_size)]
                configs.append(Config(f"civic jobs={jobs}", argv, jobs, env=env))
        for r in range(args.rounds):
            for c in configs:
                run = measure(c, tokens)
                c.runs.append(run)
                print(f"round {r + 1} {c.name}: {run['wall']:.1f} s wall, "
                      f"{run['startup']:.1f} s start-up, {run['docs_per_s']:.2f} docs/s steady, "
                      f"{run['cores']:.2f} cores, load {os.getloadavg()[0]:.2f}", flush=True)
        print()
        report(configs, args.jobs)
        if args.json:
            with open(args.json, "w", encoding="utf-8") as fh:
                json.dump({c.name: c.runs for c in configs}, fh, indent=1)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
