"""Score civic_extract on the gold sets beside the checkout (../shared), with their own scorers.

    python benchmarks/evaluate.py                 # civic-dev, factRuEval dev, NEREL dev
    python benchmarks/evaluate.py --set civic     # one set: civic | factru | nerel
    python benchmarks/evaluate.py --set nerel-train   # NEREL train (746 texts, about 1 min)
    python benchmarks/evaluate.py --gold DIR      # another civic-schema gold folder

Predictions (the dict of ``Article.to_dict()``, one ID.json per text) are written to --out
(default: a temporary folder), then ../shared/eval's scorer for the set prints its table.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
SETS = {
    "civic": os.path.join(SHARED, "corpus", "civic-dev"),
    "factru": os.path.join(SHARED, "corpus", "factru", "devset"),
    "nerel": os.path.join(SHARED, "corpus", "nerel", "dev"),
    # NEREL train: the held-out test's distribution, for a check that nothing fits dev only
    # (not in the default run; the title and place-kind tables drew on it, so it flatters them)
    "nerel-train": os.path.join(SHARED, "corpus", "nerel", "train"),
}


def predict(src: str, out: str) -> tuple[int, float]:
    import civic_extract

    paths = sorted(glob.glob(os.path.join(src, "*.txt")))
    texts = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            texts.append(f.read())
    os.makedirs(out, exist_ok=True)
    t0 = time.perf_counter()
    ex = civic_extract.Extractor()
    for path, article in zip(paths, ex.pipe(texts, batch_size=16)):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        data = article.to_dict(sentences=False)
        data.pop("text")
        data["id"] = doc_id
        data["meta"] = {"system": "civic_extract"}
        with open(os.path.join(out, doc_id + ".json"), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
    return len(paths), time.perf_counter() - t0


def score(name: str, gold: str, pred: str, extra: list[str]) -> int:
    ev = os.path.join(SHARED, "eval")
    if name == "factru":
        cmd = [sys.executable, os.path.join(ev, "factru.py"), "--root",
               os.path.join(SHARED, "corpus", "factru"), "--split", "dev", "--pred", pred]
    elif name in ("nerel", "nerel-train"):
        cmd = [sys.executable, os.path.join(ev, "nerel.py"), "--root",
               os.path.join(SHARED, "corpus", "nerel"), "--split",
               "train" if name == "nerel-train" else "dev", "--pred", pred]
    else:
        cmd = [sys.executable, os.path.join(ev, "civic_score.py"), gold, pred]
    return subprocess.call(cmd + extra)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=sorted(SETS), action="append",
                    help="which set(s) to score (default: all three)")
    ap.add_argument("--gold", help="a civic-schema gold folder instead of the bundled sets")
    ap.add_argument("--out", help="folder for the predictions (default: a temporary one)")
    ap.add_argument("extra", nargs="*", help="passed on to the scorer (e.g. -- --per-doc)")
    args = ap.parse_args()
    if args.gold:
        todo = [("civic", args.gold)]
    else:
        if not os.path.isdir(SHARED):
            print(f"evaluate: {SHARED} is missing: nothing to score", file=sys.stderr)
            return 2
        todo = [(s, SETS[s]) for s in (args.set or ["civic", "factru", "nerel"])]
    status = 0
    for name, gold in todo:
        out = os.path.join(args.out, name) if args.out else tempfile.mkdtemp(prefix=f"ce-{name}-")
        n, secs = predict(gold, out)
        print(f"== {name}: {n} texts from {gold} in {secs:.1f}s -> {out}", flush=True)
        status |= score(name, gold, out, args.extra)
    return status


if __name__ == "__main__":
    sys.exit(main())
