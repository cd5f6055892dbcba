"""Confidence scores: fit the precision of each extraction rule, and check that scores order
entities by how often they are right.

    python benchmarks/scores.py --fit      # writes src/civic_extract/data/rule_scores.txt
    python benchmarks/scores.py --check    # precision of the top- and bottom-scored half, per kind

``--fit`` runs the library with ``trace=True`` over the fitting sets (civic-dev A*/B*/S01/D01–D20,
NEREL train, factRuEval dev), keeps, for each kind and rule, only the entities that rule found,
and scores them with the sets' own scorers (../shared/eval): the precision of a rule is the
share of its entities the scorer counts right, pooled over the sets. ``--check`` runs over the
check sets (all of civic-dev, NEREL dev, factRuEval dev), splits each kind's entities at the
median score and prints the precision of each half (how ties at the median are split, and the
verdicts: ``check``).
"""

from __future__ import annotations

import argparse
import copy
import functools
import glob
import itertools
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
CORPUS = os.path.join(SHARED, "corpus")
EVAL = os.path.join(SHARED, "eval")
OUT = os.path.join(ROOT, "src", "civic_extract", "data", "rule_scores.txt")
FIT_CIVIC = ("A", "B", "S", *(f"D{i:02d}" for i in range(1, 21)))

# kind of entity → (the scorer's metric on civic, on NEREL, on factRuEval)
KINDS: dict[str, tuple[str | None, str | None, str | None]] = {
    "people": ("people", "people", "PER"),
    "titles": ("titles", "titles", None),
    "organizations": ("organizations", "organizations", "ORG"),
    "places": ("places", "places", "LOC"),
    "awards": ("awards", "award_names", None),
    "statistics": ("statistics", "numbers_set", None),
}
_LISTS = ("people", "organizations", "places", "awards", "statistics")


def predict(paths: list[str], out: str) -> None:
    import civic_extract

    os.makedirs(out, exist_ok=True)
    texts = [open(p, encoding="utf-8").read() for p in paths]
    ex = civic_extract.Extractor(trace=True)
    for path, article in zip(paths, ex.pipe(texts, batch_size=16)):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        data = article.to_dict(sentences=False)
        data.pop("text")
        data.pop("trace", None)
        data["id"] = doc_id
        with open(os.path.join(out, doc_id + ".json"), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)


def _entities(data: dict[str, Any], kind: str) -> Iterator[dict[str, Any]]:
    if kind == "titles":
        for p in data["people"]:
            yield from p["titles"]
    else:
        yield from data[kind]


def _keep(data: dict[str, Any], kind: str, test: Callable[[dict[str, Any]], bool]
          ) -> dict[str, Any]:
    """The prediction with only the entities of ``kind`` that pass ``test``."""
    out = copy.deepcopy(data)
    for name in _LISTS:
        if name != kind and not (kind == "titles" and name == "people"):
            out[name] = []
    if kind == "titles":
        for p in out["people"]:
            p["titles"] = [t for t in p["titles"] if test(t)]
    else:
        out[kind] = [e for e in out[kind] if test(e)]
    return out


def _score(set_name: str, gold: str, pred: str, metric: str) -> tuple[float, float]:
    """(right, wrong): the predictions of one metric the set's scorer counts right and wrong
    (predictions it ignores are neither: an optional gold item, a repeat of a matched one)."""
    with tempfile.NamedTemporaryFile(suffix=".json") as f:
        if set_name == "civic":
            res = json.loads(subprocess.check_output(
                [sys.executable, os.path.join(EVAL, "civic_score.py"), gold, pred, "--json"]))
            c = res["categories"][metric]
            return c["tp"], c["pred"] - c["tp"]
        if set_name == "nerel":
            subprocess.check_call([sys.executable, os.path.join(EVAL, "nerel.py"), "--root",
                                   os.path.join(CORPUS, "nerel"), "--split", gold, "--pred",
                                   pred, "--json", f.name], stdout=subprocess.DEVNULL)
            m = json.load(open(f.name))["metrics"][metric]
            return m["tp"], m["fp"]
        res = json.loads(subprocess.check_output(
            [sys.executable, os.path.join(EVAL, "factru.py"), "--root",
             os.path.join(CORPUS, "factru"), "--split", "dev", "--pred", pred, "--json"]))
        m = res["ner"][metric]
        return m["correct"], m["pred"] - m["correct"]


def _precision(right: float, wrong: float) -> float:
    return right / (right + wrong) if right + wrong else 1.0


def _subset(src: str, kind: str, test: Callable[[dict[str, Any]], bool], dst: str) -> int:
    os.makedirs(dst, exist_ok=True)
    n = 0
    for path in sorted(glob.glob(os.path.join(src, "*.json"))):
        data = _keep(json.load(open(path, encoding="utf-8")), kind, test)
        n += sum(1 for _ in _entities(data, kind))
        with open(os.path.join(dst, os.path.basename(path)), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
    return n


def _sets(fit: bool, work: str) -> list[tuple[str, str, str]]:
    """(scorer, its gold argument, predictions) of the fitting or checking sets."""
    civic_gold = os.path.join(work, "civic-gold")
    os.makedirs(civic_gold, exist_ok=True)
    ids = []
    for path in sorted(glob.glob(os.path.join(CORPUS, "civic-dev", "*.json"))):
        doc = os.path.splitext(os.path.basename(path))[0]
        if not fit or doc.startswith(FIT_CIVIC):
            os.symlink(path, os.path.join(civic_gold, os.path.basename(path)))
            ids.append(os.path.join(CORPUS, "civic-dev", doc + ".txt"))
    split = "train" if fit else "dev"
    out = []
    for name, gold, paths in (
            ("civic", civic_gold, ids),
            ("nerel", split, sorted(glob.glob(os.path.join(CORPUS, "nerel", split, "*.txt")))),
            ("factru", "dev", sorted(glob.glob(os.path.join(CORPUS, "factru", "devset",
                                                            "*.txt"))))):
        pred = os.path.join(work, name)
        predict(paths, pred)
        out.append((name, gold, pred))
    return out


# NEREL does not count durations and ages as numbers, and its scorer checks a number's value
# alone; the civic schema counts durations and checks value and unit: the statistics' rules are
# fitted on the civic set alone
_FIT_ONLY_CIVIC = frozenset({"statistics"})
# kind → its rules whose entities the text does not write as such: a title inferred from a verb
# of leading or joining a body ("Комиссию возглавил Петров" → председатель комиссии). NEREL tags
# only the words a text writes, so these rules are fitted on the civic set alone
_INFERRED_RULES = {"titles": frozenset({"body_head", "listed_head", "body_member",
                                        "pronoun_member"})}
# kind → the field whose values are fitted over all rules and every set that scores the kind
# ("statistics/kind | duration | …"): whether a statistic's kind is counted at all is what NEREL
# and civic disagree on, and NEREL's many numbers say how often each kind is right
_SUB_KINDS = {"statistics": "kind"}


def _metric(set_name: str, kind: str, fitting: bool = False, rule: str | None = None
            ) -> str | None:
    civic_only = kind in _FIT_ONLY_CIVIC or rule in _INFERRED_RULES.get(kind, ())
    if fitting and civic_only and set_name != "civic":
        return None
    return KINDS[kind][("civic", "nerel", "factru").index(set_name)]


def _has(field: str, value: str, entity: dict[str, Any]) -> bool:
    return (entity.get(field) or "") == value


def _fit_rows(sets: list[tuple[str, str, str]], work: str, kind: str, field: str,
              fitting: bool) -> Iterator[tuple[str, float, float]]:
    """(value of ``field``, right, wrong) of the entities of ``kind``, pooled over ``sets``."""
    values = sorted({e.get(field) or "" for _, _, pred in sets
                     for path in glob.glob(os.path.join(pred, "*.json"))
                     for e in _entities(json.load(open(path, encoding="utf-8")), kind)})
    for value in values:
        right = wrong = 0.0
        for set_name, gold, pred in sets:
            metric = _metric(set_name, kind, fitting=fitting,
                             rule=value if field == "rule" else None)
            if metric is None:
                continue
            dst = os.path.join(work, f"{set_name}-{kind}-{field}-{value}")
            if _subset(pred, kind, functools.partial(_has, field, value), dst):
                r, w = _score(set_name, gold, dst, metric)
                right, wrong = right + r, wrong + w
        if right + wrong:
            yield value, right, wrong


def fit(work: str) -> int:
    sets = _sets(True, work)
    rows = []
    for kind in KINDS:
        fields = [(kind, "rule", True)]
        if kind in _SUB_KINDS:
            fields.append((f"{kind}/{_SUB_KINDS[kind]}", _SUB_KINDS[kind], False))
        for name, field, fitting in fields:
            for value, right, wrong in _fit_rows(sets, work, kind, field, fitting):
                rows.append((name, value, right, wrong))
                print(f"{name:16} {value:28} {right / (right + wrong):.3f}  ({right + wrong})")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# The precision of each extraction rule, fitted by benchmarks/scores.py --fit on\n"
                "# civic-dev A/B/S/D01–D20, NEREL train and factRuEval dev (the share of a\n"
                "# rule's entities the sets' scorers count right; the statistics' rules and the\n"
                "# titles a text does not write (inferred from a verb: body_head…) on civic-dev\n"
                "# alone: NEREL checks values only, counts no durations, tags written words).\n"
                "# A kind KIND/FIELD: the entities of KIND by the value of their FIELD, all\n"
                "# rules, every set that scores KIND (statistics/kind: civic-dev and NEREL\n"
                "# train). Columns:\n"
                "# KIND | RULE (or FIELD VALUE) | PRECISION | ENTITIES SCORED\n")
        for kind, rule, right, wrong in rows:
            # a rule seen a few times only leans to the middle (add-two smoothing)
            p = (right + 1) / (right + wrong + 2)
            f.write(f"{kind} | {rule} | {p:.3f} | {round(right + wrong)}\n")
    return 0


def _ranked(pred: str, kind: str) -> list[tuple[float, str, int]]:
    """Every entity of ``kind`` as (-score, file, position in the file), highest score first;
    equal scores in a stable order: by file name, then by the entity's place in its file."""
    return sorted((-e.get("score", 1.0), path, i) for path in sorted(
        glob.glob(os.path.join(pred, "*.json"))) for i, e in enumerate(
        _entities(json.load(open(path, encoding="utf-8")), kind)))


def check(work: str) -> int:
    """The precision of each kind's top- and bottom-scored half on every check set. The halves:
    the entities ranked by score (``_ranked``), the first ⌊n/2⌋ are the top half, the rest the
    bottom; a run of equal scores across the cut is split in that stable order, and the line
    says how many entities share the score at the cut. Verdicts: ``ok`` (top above bottom),
    ``NOT ORDERED``, ``ONE SCORE`` (every entity scores the same: no ordering to judge), ``BOTH
    PERFECT`` (no wrong entity in either half: nothing to order, reported, not counted as a
    failure). Counts are the predictions the set's scorer counts (it ignores some)."""
    failed = 0
    for set_name, gold, pred in _sets(False, work):
        for kind in KINDS:
            metric = _metric(set_name, kind)
            if metric is None:
                continue
            ranked = _ranked(pred, kind)
            if len(ranked) < 4:
                continue
            cut = len(ranked) // 2
            top = {(path, i) for _, path, i in ranked[:cut]}
            halves = []
            for name, keep in (("top", True), ("bottom", False)):
                dst = os.path.join(work, f"check-{set_name}-{kind}-{name}")
                _subset_ranked(pred, kind, top, keep, dst)
                halves.append(_score(set_name, gold, dst, metric))
            (rt, wt), (rb, wb) = halves
            pt, pb = _precision(rt, wt), _precision(rb, wb)
            at = -ranked[cut][0]
            tied = sum(1 for s, _, _ in ranked if -s == at)
            if ranked[0][0] == ranked[-1][0]:
                verdict = "ONE SCORE"
            elif pt == pb == 1.0:
                verdict = "BOTH PERFECT"
            else:
                verdict = "ok" if pt > pb else "NOT ORDERED"
            failed += verdict in ("NOT ORDERED", "ONE SCORE")
            print(f"{set_name:7} {kind:14} top {pt:.3f} ({round(rt + wt)}, {round(wt)} wrong)  "
                  f"bottom {pb:.3f} ({round(rb + wb)}, {round(wb)} wrong)  "
                  f"cut at {at:.3f} ({tied} share it)  {verdict}")
    return 1 if failed else 0


def _subset_ranked(src: str, kind: str, top: set[tuple[str, int]], keep: bool, dst: str
                   ) -> None:
    os.makedirs(dst, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(src, "*.json"))):
        data = json.load(open(path, encoding="utf-8"))
        ids = itertools.count()

        def chosen_half(_: dict[str, Any], p: str = path, n: Iterator[int] = ids) -> bool:
            return ((p, next(n)) in top) == keep

        chosen = _keep(data, kind, chosen_half)
        with open(os.path.join(dst, os.path.basename(path)), "w", encoding="utf-8") as f:
            json.dump(chosen, f, ensure_ascii=False)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fit", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--work", metavar="DIR",
                    help="keep the predictions and halves in DIR (default: a temporary directory)")
    args = ap.parse_args()
    if not os.path.isdir(CORPUS):
        print(f"scores: {CORPUS} is missing", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="ce-scores-") as tmp:
        work = args.work or tmp
        if not args.fit:
            return check(os.path.join(work, "check"))
        status = fit(os.path.join(work, "fit"))
        if args.check:
            # a fresh process: this one keeps the tables it read before the fit rewrote them
            status |= subprocess.call([sys.executable, __file__, "--check", "--work", work])
    return status


if __name__ == "__main__":
    sys.exit(main())
