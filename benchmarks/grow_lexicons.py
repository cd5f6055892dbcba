"""Grow the title lexicon from training data: the head nouns of NEREL train's PROFESSION spans
that name a person (animate), found in at least ``--min-docs`` documents, and not yet in
data/titles.txt or data/not_titles.txt.

    python benchmarks/grow_lexicons.py            # print the candidates with their counts
    python benchmarks/grow_lexicons.py --write    # write src/civic_extract/data/titles_learned.txt
    python benchmarks/grow_lexicons.py --feminine # write src/civic_extract/data/titles_feminine.txt

``--feminine`` reads no corpus: for each title head of the two tables, the feminine nouns the
dictionary derives from it by the word-building suffixes of ``FEMININE_SUFFIXES``
("учитель" → "учительница", "переводчик" → "переводчица", "активист" → "активистка",
"поэт" → "поэтесса"), each kept only when pymorphy3 knows it as an animate feminine noun of
its own lemma.

The learned table is loaded beside titles.txt (a head of either is a title head); it is
rebuilt, never edited by hand: a word that is wrong there goes into not_titles.txt, and the
next run leaves it out. Only NEREL train is read (its dev and test parts judge the result).
"""

from __future__ import annotations

import argparse
import collections
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "src", "civic_extract", "data")
TRAIN = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus", "nerel", "train"))
OUT = os.path.join(DATA, "titles_learned.txt")
FEMININE_OUT = os.path.join(DATA, "titles_feminine.txt")
_WORD = re.compile(r"[\w-]+")

HEADER = """\
# Title heads learned from NEREL train (benchmarks/grow_lexicons.py; do not edit by hand: a
# wrong entry goes into not_titles.txt and the script is run again). The head noun of each
# PROFESSION span that names a person, found in at least {min_docs} documents, not in
# titles.txt or not_titles.txt.
"""


def _table(name: str) -> set[str]:
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return {w.strip().replace("ё", "е") for w in f if w.strip() and not w.startswith("#")}


def _head(span: str, morph: object) -> str | None:
    """The lemma of the span's first noun (its likeliest reading a noun: not an adjective
    used as one, "исполняющий", "старший"), when a reading of it is animate."""
    for w in _WORD.findall(span):
        parses = morph.parse(w)  # type: ignore[attr-defined]
        if not parses or parses[0].tag.POS != "NOUN":
            continue
        noun = next((p for p in parses if p.tag.POS == "NOUN" and "anim" in p.tag), None)
        return None if noun is None else str(noun.normal_form).replace("ё", "е")
    return None


def profession_heads(root: str) -> dict[str, set[str]]:
    """Each head lemma → the documents of ``root`` whose PROFESSION spans it heads."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    docs: dict[str, set[str]] = collections.defaultdict(set)
    for path in sorted(glob.glob(os.path.join(root, "*.ann"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                cells = line.rstrip("\n").split("\t")
                if len(cells) == 3 and cells[1].startswith("PROFESSION "):
                    head = _head(cells[2], morph)
                    if head is not None and len(head) > 2:
                        docs[head].add(os.path.basename(path))
    return docs


def learned(root: str, min_docs: int) -> list[tuple[str, int]]:
    known = _table("titles.txt") | _table("not_titles.txt")
    docs = profession_heads(root)
    return sorted(((h, len(d)) for h, d in docs.items()
                   if len(d) >= min_docs and h not in known), key=lambda x: (-x[1], x[0]))


# (masculine ending, feminine ending): the suffixes that make a woman's noun of a man's
FEMININE_SUFFIXES = (
    ("тель", "тельница"), ("чик", "чица"), ("щик", "щица"), ("ник", "ница"),
    ("ист", "истка"), ("ер", "ерка"), ("ент", "ентка"), ("ант", "антка"),
    ("ец", "ица"), ("анин", "анка"), ("янин", "янка"), ("ин", "инка"), ("ец", "ка"),
    ("ик", "ица"), ("ог", "ожка"), ("ет", "етесса"), ("ит", "итка"), ("ат", "атка"),
)

FEMININE_HEADER = """\
# The feminine nouns of the title heads (benchmarks/grow_lexicons.py --feminine; do not edit by
# hand: a wrong one goes into not_titles.txt): feminine | the masculine head it is made from,
# each a noun pymorphy3 knows as an animate feminine of its own lemma ("учительница | учитель").
# (No "-ша": "губернаторша", "майорша" name a wife as often as a woman in the post.)
"""


def feminine_forms(heads: set[str], skip: set[str]) -> list[tuple[str, str]]:
    """(feminine, masculine) for each head that has a feminine the dictionary knows, but the
    words of ``skip``."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    out = set()
    for head in heads:
        for masc, fem in FEMININE_SUFFIXES:
            if not head.endswith(masc) or len(head) <= len(masc) + 1:
                continue
            word = head[:-len(masc)] + fem
            if word in heads or word in skip:
                continue
            if any(p.tag.POS == "NOUN" and {"femn", "anim"} <= p.tag.grammemes and
                   p.normal_form.replace("ё", "е") == word and morph.word_is_known(word)
                   for p in morph.parse(word)):
                out.add((word, head))
    return sorted(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=TRAIN, help="NEREL train folder (.ann files)")
    ap.add_argument("--min-docs", type=int, default=3)
    ap.add_argument("--write", action="store_true", help=f"write {os.path.relpath(OUT, ROOT)}")
    ap.add_argument("--feminine", action="store_true",
                    help=f"write {os.path.relpath(FEMININE_OUT, ROOT)} (reads no corpus)")
    args = ap.parse_args()
    if args.feminine:
        pairs = feminine_forms(_table("titles.txt") | _table("titles_learned.txt"),
                               _table("not_titles.txt"))
        with open(FEMININE_OUT, "w", encoding="utf-8") as f:
            f.write(FEMININE_HEADER)
            f.writelines(f"{fem} | {masc}\n" for fem, masc in pairs)
        print(f"wrote {len(pairs)} feminine heads to {os.path.relpath(FEMININE_OUT, ROOT)}")
        return 0
    if not os.path.isdir(args.root):
        print(f"no NEREL train at {args.root}", file=sys.stderr)
        return 2
    rows = learned(args.root, args.min_docs)
    for head, n in rows:
        print(f"{n:4d}  {head}")
    if args.write:
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(HEADER.format(min_docs=args.min_docs))
            f.writelines(f"{h}\n" for h, _ in sorted(rows))
        print(f"wrote {len(rows)} heads to {os.path.relpath(OUT, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
