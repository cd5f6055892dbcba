"""Mention extents on a second scheme: token-level PER/LOC/ORG F1 against NEREL's spans.

factRuEval scores names token by token (naeval); our mention rules are tuned on its dev set.
NEREL marks PERSON, ORGANIZATION and place spans in other texts and by other annotators, so the
same token score on NEREL says whether a change to mention extents holds beyond factRuEval.
Scored the naeval way: one type per razdel token (overlapping spans dropped, longest first),
precision and recall over tokens, micro over documents.

    python benchmarks/nerel_tokens.py PRED_DIR [BASE_DIR] [--split train|dev] [--diff PER]

PRED_DIR, BASE_DIR: folders of ID.json predictions (benchmarks/evaluate.py --out DIR writes
them under DIR/nerel and DIR/nerel-train; natasha's adapter in ../shared/eval writes the same
keys). With BASE_DIR the two are scored side by side, and --diff TYPE lists the token runs
where one is right and the other wrong.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterable, Sequence

from razdel import tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
NEREL = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "corpus", "nerel"))
TYPES = ("PER", "LOC", "ORG")
GOLD_TYPES = {"PERSON": "PER", "ORGANIZATION": "ORG", "COUNTRY": "LOC", "CITY": "LOC",
              "STATE_OR_PROVINCE": "LOC", "DISTRICT": "LOC", "LOCATION": "LOC"}
PRED_TYPES = {"people": "PER", "organizations": "ORG", "places": "LOC"}
Span = tuple[int, int, str]


def flat(spans: Iterable[Span]) -> list[Span]:
    """The spans without overlaps: longest first (then by start and type, whatever the hash
    seed), a span overlapping a kept one dropped."""
    out: list[Span] = []
    for a, b, t in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0], s[2])):
        if all(b <= x or a >= y for x, y, _ in out):
            out.append((a, b, t))
    return out


def tags(bounds: Sequence[tuple[int, int]], spans: Sequence[Span]) -> list[str]:
    """Each token's type ("O" outside every span); linear in tokens and spans."""
    out = ["O"] * len(bounds)
    k = 0
    for a, b, t in sorted(spans):
        while k < len(bounds) and bounds[k][0] < a:
            k += 1
        j = k
        while j < len(bounds) and bounds[j][1] <= b:
            out[j] = t
            j += 1
    return out


def gold_spans(path: str) -> list[Span]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("T"):
                continue
            mid = line.split("\t")[1]
            kind, *offsets = mid.split(" ")
            if kind in GOLD_TYPES and ";" not in mid:
                out.append((int(offsets[0]), int(offsets[1]), GOLD_TYPES[kind]))
    return flat(out)


def pred_spans(path: str) -> list[Span]:
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return flat((m[0], m[1], t) for key, t in PRED_TYPES.items()
                for item in data.get(key) or () for m in item.get("mentions") or ())


class Score:
    def __init__(self) -> None:
        self.counts = {t: [0, 0, 0] for t in TYPES}  # correct, predicted, gold tokens

    def add(self, pred: Sequence[str], gold: Sequence[str]) -> None:
        for p, g in zip(pred, gold):
            for t in TYPES:
                c = self.counts[t]
                c[0] += p == t == g
                c[1] += p == t
                c[2] += g == t

    def line(self, name: str) -> str:
        cells = []
        for t in TYPES:
            tp, n_pred, n_gold = self.counts[t]
            p = tp / n_pred if n_pred else 0.0
            r = tp / n_gold if n_gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            cells.append(f"{t} P {p:.3f} R {r:.3f} F1 {f:.3f}")
        return f"{name:>10}  " + "  |  ".join(cells)


def differences(text: str, bounds: Sequence[tuple[int, int]], gold: Sequence[str],
                a: Sequence[str], b: Sequence[str], kind: str) -> Iterable[str]:
    """Token runs where exactly one of a, b is wrong about ``kind``."""
    def wrong(x: Sequence[str], k: int) -> bool:
        return (x[k] == kind) != (gold[k] == kind)

    k = 0
    while k < len(bounds):
        state = (wrong(a, k), wrong(b, k))
        if state[0] == state[1]:
            k += 1
            continue
        j = k
        while j + 1 < len(bounds) and (wrong(a, j + 1), wrong(b, j + 1)) == state:
            j += 1
        who = "pred worse" if state[0] else "base worse"
        side = a if state[0] else b
        what = "FP" if side[k] == kind else "FN"
        s, e = bounds[k][0], bounds[j][1]
        context = (text[max(0, s - 50):s] + "[" + text[s:e] + "]" + text[e:e + 40])
        yield f"{who} {what}  gold={gold[k]}  | " + context.replace("\n", " ")
        k = j + 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred")
    ap.add_argument("base", nargs="?")
    ap.add_argument("--split", choices=("train", "dev"), default="dev")
    ap.add_argument("--root", default=NEREL, help="NEREL folder with train/ and dev/")
    ap.add_argument("--diff", choices=TYPES, help="list the runs where pred and base differ")
    args = ap.parse_args()
    root = os.path.join(args.root, args.split)
    folders = [args.pred] + ([args.base] if args.base else [])
    scores = [Score() for _ in folders]
    for name in sorted(os.listdir(root)):
        if not name.endswith(".txt"):
            continue
        doc = name[:-4]
        with open(os.path.join(root, name), encoding="utf-8") as f:
            text = f.read()
        bounds = [(t.start, t.stop) for t in tokenize(text)]
        gold = tags(bounds, gold_spans(os.path.join(root, doc + ".ann")))
        predicted = [tags(bounds, pred_spans(os.path.join(d, doc + ".json"))) for d in folders]
        for score, pred in zip(scores, predicted):
            score.add(pred, gold)
        if args.diff and args.base:
            for row in differences(text, bounds, gold, predicted[0], predicted[1], args.diff):
                print(doc, row)
    print(f"NEREL {args.split}: token-level F1 over razdel tokens")
    for score, name in zip(scores, ("pred", "base")):
        print(score.line(name))


if __name__ == "__main__":
    main()
