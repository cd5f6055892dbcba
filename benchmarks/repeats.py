"""Cost per character as one construction repeats: flat for each, or flagged.

    python benchmarks/repeats.py                  # every construction, 100 / 400 / 1600 repeats
    python benchmarks/repeats.py --only titled_same,award_list
    python benchmarks/repeats.py --repeats 50,200,700 --rounds 3   # inside one chunk

A quadratic path often hides behind one construction that a news text holds a few times and a
long text holds in every sentence: a person named with a title in each sentence, an award whose
recipients keep coming, one organization named again and again. ``size.py`` times whole news
texts, where such a path is diluted; here each construction of the table below is repeated
alone, in one document, and timed at each count of ``--repeats`` (CPU time, the best of
``--rounds`` runs: the machine may be shared). The longest text of the default counts spans
a few of the extractor's chunks (64,000 characters each), so both a cost that grows inside one
piece and one that grows in the linker, which sees the whole document, show.

Each construction comes in a *same* variant (one sentence repeated word for word: one entity
mentioned over and over) or a *distinct* one (names drawn afresh for every sentence: the
entities grow with the text). The growth is microseconds per character at the largest count
over the smallest: about 1 when the cost is linear, and the count ratio when it is quadratic.
Above ``--max-growth`` (1.5 unless told) a construction is over budget; exits 1 if any is.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from typing import NamedTuple

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from textgen import FIRST, distinct_surnames  # noqa: E402

from civic_extract.batch import limit_blas_threads  # noqa: E402

limit_blas_threads()

import civic_extract  # noqa: E402

Maker = Callable[[random.Random], str]


class Construction(NamedTuple):
    what: str  # what it stresses
    expects: str  # the Article field it must fill (tests/test_repeats.py checks)
    make: Maker  # one sentence; "same" rows ignore the generator


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {distinct_surnames(rng)}"


def _quoted(rng: random.Random) -> str:
    return distinct_surnames(rng)


CONSTRUCTIONS: dict[str, Construction] = {
    "titled_same": Construction(
        "one person with a title in every sentence",
        "people",
        lambda rng: "Аким области Ерлан Касымов провел прием граждан в Павлодаре.",
    ),
    "titled_distinct": Construction(
        "a new person with a title in every sentence",
        "people",
        lambda rng: f"Директор школы № 5 {_person(rng)} выступил на совещании.",
    ),
    "eponym_recipient_same": Construction(
        "a dative recipient after an eponym with a rank, the same each time",
        "people",
        lambda rng: ("Диплом вручен студенту университета имени профессора В. Ф. Петрова "
                     "Ерлану Касымову."),
    ),
    "surname_back_same": Construction(
        "a full name, then the surname alone again and again",
        "people",
        lambda rng: "Как отметил Касымов, работа продолжится в районе.",
    ),
    "org_quoted_distinct": Construction(
        "a new organization with a legal form and a quoted name",
        "organizations",
        lambda rng: f"ОО «{_quoted(rng)}» провело форум при поддержке ТОО «{_quoted(rng)}».",
    ),
    "org_same": Construction(
        "one organization named in every sentence, in oblique cases",
        "organizations",
        lambda rng: "Волонтеры общественного фонда «Ана Үйі» помогли семьям Кокшетау.",
    ),
    "org_parent_chain": Construction(
        "a unit with a chain of parents in the genitive",
        "organizations",
        lambda rng: ("Сотрудники отдела образования акимата Бурабайского района Акмолинской "
                     "области провели семинар."),
    ),
    "award_list": Construction(
        "an award followed by recipients in every sentence",
        "awards",
        lambda rng: (f"Почетной грамотой акима области награждены {_person(rng)} и "
                     f"ОФ «{_quoted(rng)}»."),
    ),
    "award_ranked": Construction(
        "places of a contest named one after another",
        "awards",
        lambda rng: (f"Кубок акима района разыгран в Аксу: второе место занял {_person(rng)}, "
                     f"третье — команда «{_quoted(rng)}»."),
    ),
    "grant_recipients": Construction(
        "grants received by organizations in every sentence",
        "awards",
        lambda rng: (f"Гранты губернатора получили фонд «{_quoted(rng)}» и "
                     f"АНО «{_quoted(rng)}»."),
    ),
    "grant_named_before": Construction(
        "a bare grant that looks back for the grant named with its giver",
        "awards",
        lambda rng: (f"Подведены итоги конкурса грантов губернатора области. Самый крупный "
                     f"грант получил фонд «{_quoted(rng)}»."),
    ),
    "cup_won_next": Construction(
        "a cup played for, its winner in the next sentence",
        "awards",
        lambda rng: (f"В Аксу прошел Кубок Павлодарской области по боксу. Победу одержал "
                     f"{_person(rng)}."),
    ),
    "appointment": Construction(
        "a hyphenated title in the instrumental before an appointed person",
        "people",
        lambda rng: f"Вице-министром культуры назначен {_person(rng)}.",
    ),
    "statistics": Construction(
        "counts with units and multipliers",
        "statistics",
        lambda rng: (f"В районе работают {rng.randrange(2, 900)} некоммерческих организаций, "
                     f"на проекты выделено {rng.randrange(2, 90)},5 млн тенге."),
    ),
    "places_list": Construction(
        "places listed with their kinds",
        "places",
        lambda rng: ("Делегации прибыли из Костанайской области, города Рудного, села "
                     "Карабалык и Республики Татарстан."),
    ),
    "quotes_unclosed": Construction(
        "a quote opened in every sentence and never closed",
        "organizations",
        lambda rng: f"Фонд «{_quoted(rng)} провел акцию в Семее.",
    ),
}


def sample(make: Maker, count: int, seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(make(rng) for _ in range(count))


def _cpu_per_char(extractor: civic_extract.Extractor, text: str, rounds: int) -> float:
    """Best CPU microseconds per character of ``extract`` over ``rounds`` runs."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        extractor.extract(text)
        best = min(best, time.process_time() - start)
    return best * 1e6 / len(text)


def measure(names: list[str], counts: list[int], rounds: int
            ) -> list[tuple[str, list[float], float]]:
    """(name, µs/char at each count, growth) for each construction of ``names``."""
    extractor = civic_extract.Extractor()
    extractor.extract(sample(CONSTRUCTIONS[names[0]].make, 5, 0))  # load the models once
    rows = []
    for name in names:
        make = CONSTRUCTIONS[name].make
        costs = [_cpu_per_char(extractor, sample(make, n, seed=1), rounds) for n in counts]
        rows.append((name, costs, costs[-1] / costs[0]))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", default="100,400,1600",
                    help="comma-separated repeat counts, smallest first")
    ap.add_argument("--rounds", type=int, default=2, help="runs per size; the best counts")
    ap.add_argument("--only", default="", help="comma-separated construction names")
    ap.add_argument("--max-growth", type=float, default=1.5)
    args = ap.parse_args(argv)
    counts = [int(c) for c in args.repeats.split(",")]
    names = [n for n in args.only.split(",") if n] or list(CONSTRUCTIONS)
    unknown = [n for n in names if n not in CONSTRUCTIONS]
    if unknown or len(counts) < 2 or counts != sorted(counts):
        ap.error(f"unknown constructions {unknown}" if unknown
                 else "--repeats needs two or more counts, smallest first")
    print(f"{'construction':24s}" + "".join(f"{n:>9d}x" for n in counts) + "   growth  (µs/char)")
    over = []
    for name, costs, growth in measure(names, counts, args.rounds):
        flag = "  OVER" if growth > args.max_growth else ""
        print(f"{name:24s}" + "".join(f"{c:10.1f}" for c in costs) + f"   {growth:6.2f}{flag}")
        if flag:
            over.append(name)
    if over:
        print(f"over budget ({args.max_growth}): {', '.join(over)}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
