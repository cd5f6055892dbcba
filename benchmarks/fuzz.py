"""A long fuzzing campaign: random and mutated inputs through ``Extractor.pipe``, or (with
``--readers``) corrupted JSON Lines and CSV files through the batch readers.

    python benchmarks/fuzz.py --n 100000              # tens of minutes; prints the figures
    python benchmarks/fuzz.py --n 2000 --seed 7       # a quick run
    nohup python benchmarks/fuzz.py --n 100000 > /tmp/fuzz.log 2>&1 &
    python benchmarks/fuzz.py --readers --n 100000    # the readers: a few minutes
    python benchmarks/fuzz.py --csv-cost 1,2,4,8      # CSV reader cost, clean vs hostile

``--readers``: each input is a JSON Lines or CSV file (UTF-8, UTF-8 with BOM, cp1251 or UTF-16;
CSV with a random delimiter and fields over several lines) of 1-40 records (one file in 33
has 1,500 ASCII records before them, so the head tells no charset), corrupted 0-4 times
(``--max-edits``): random bad bytes, a cut line (its newline kept or lost), a stray quote, a
stray newline (the CSV header is left whole). The records the corruption did not touch are the
good ones. Checks per file: no exception; every good record comes out exactly once, with its
text; no good record is reported as an error.

Inputs, in turn: random Unicode (any code point, surrogates and unassigned ones included, or
drawn from Cyrillic, spaces, format characters and punctuation), windows of real articles
(../shared/corpus when present, generated news otherwise) with random mutations (odd spaces,
soft hyphens, accents, look-alike letters, quotes, cut words, duplicated or deleted spans,
chrome lines, huge runs), Russian-looking text built from fragments, and HTML fragments (run
through ``html_to_text`` first, as ``extract_html(main=False)`` does). One input in ten goes
through an extractor with a small ``chunk_size``, so that texts are cut into pieces and merged
back.

Checks per input: no exception at all; ``article.text`` is the input; every mention, sentence
and token satisfies ``text[start:stop] == .text`` within bounds; every 20th input also
round-trips through ``to_dict``/``from_dict`` and extracts to the same Article a second time.
A batch that raises is re-run text by text to name the culprit; crashing inputs are written
to ``--out`` (JSON, one per line). Prints the inputs tried, crashes and offset violations.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import io
import json
import os
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from textgen import FIRST, LAST, NAMES, PLACES, corpus_texts, generated_article  # noqa: E402

import civic_extract  # noqa: E402
from civic_extract.text.html import html_to_text  # noqa: E402

ODD = ["\u00a0", "\u202f", "\u2009", "\u3000", "\u00ad", "\u200b", "\u200d", "\ufeff", "\u200e",
       "\u0301", "\u0306", "\u0308", "\u2011", "\u2012", "\u2212", "\u2015", "\u2014", "\u2013",
       "\u2039", "\u203a", "\u201e", "\u201c", "\u201d", "«", "»", '"', "'", "\u2019", "\r",
       "\u2028", "\x00", "\x1b", "\t", "\ud800", "\udfff", "\ufffd", "\U0001f600", "\U00017000",
       "\ue000", "\uff10", "\uff02", "№", "…", "%", "$", "€"]
LOOKALIKE = str.maketrans("АВСЕНКМОРТХасеорху", "ABCEHKMOPTXaceopxy")
CHROME = ["Поделиться", "Лента новостей", "Следите за новостями в:", "Фото: пресс-служба",
          "Читайте также: ", "Комментарии (3)", "12:30", "© 2024", "Главная / Новости"]
TAGS = ["<p>", "</p>", "<div>", "</div>", "<br>", "<b>", "</b>", "<script>", "</script>",
        "<style>", "</style>", "<!--", "-->", "<a href='/x'>", "</a>", "<table><tr><td>",
        "</td><td>", "</td></tr></table>", "<![CDATA[", "]]>", "<", ">", "&amp;", "&laquo;",
        "&raquo;", "&nbsp;", "&#171;", "&#", "&", "<div hidden>", "<h1>", "</h1>", "<li>",
        "<pre>", "</pre>", "<noscript>", "</noscript>", "<head><title>", "</title></head>"]


# ---- generators ----

def random_unicode(rng: random.Random) -> str:
    n = int(rng.expovariate(1 / 40))
    mode = rng.randrange(4)
    if mode == 0:  # any code point at all
        return "".join(chr(rng.randrange(0x110000)) for _ in range(n))
    if mode == 1:  # mostly Cyrillic with spaces and punctuation
        pool = [chr(c) for c in range(0x0400, 0x04FF)] + [" "] * 20 + list(".,«»\"-—:;()!?\n")
        return "".join(rng.choice(pool) for _ in range(n))
    if mode == 2:  # the odd characters alone
        return "".join(rng.choice(ODD) for _ in range(n))
    pool = [chr(rng.randrange(0x20, 0x3000)) for _ in range(40)] + ODD + [" "] * 10
    return "".join(rng.choice(pool) for _ in range(n))


def _mutate(rng: random.Random, text: str) -> str:
    for _ in range(rng.randrange(1, 8)):
        if not text:
            text = rng.choice(ODD)
        i = rng.randrange(len(text) + 1)
        j = min(len(text), i + rng.randrange(1, 40))
        op = rng.randrange(12)
        if op == 0:
            text = text[:i] + rng.choice(ODD) + text[i:]
        elif op == 1:
            text = text[:i] + text[j:]
        elif op == 2:
            text = text[:i] + text[i:j] * rng.randrange(2, 6) + text[i:]
        elif op == 3:
            text = text[:i] + text[i:j].translate(LOOKALIKE) + text[j:]
        elif op == 4:
            text = text[:i] + "\n" + rng.choice(CHROME) + "\n" + text[i:]
        elif op == 5:
            text = text[:i] + text[i:j].upper() + text[j:]
        elif op == 6:
            text = text[:i] + rng.choice(ODD) * rng.randrange(2, 100) + text[i:]
        elif op == 7:
            text = text[:i] + rng.choice("«»\"„“") * rng.randrange(1, 9) + text[i:]
        elif op == 8:
            text = text[:i] + "".join(c + "\u0301" for c in text[i:j]) + text[j:]
        elif op == 9:
            text = text[:i] + f" {rng.choice(FIRST)} {rng.choice(LAST)} " + text[i:]
        elif op == 10:
            text = text[:i] + rng.choice(["ОО", "TOO", "OО", "АО"]) + f" «{rng.choice(NAMES)}" \
                + text[i:]
        else:
            text = text[:i] + rng.choice(["\n", "\n\n", " ", ". "]) * rng.randrange(1, 50) \
                + text[i:]
    return text


def mutated_article(rng: random.Random, sources: list[str]) -> str:
    src = rng.choice(sources)
    size = rng.choice([40, 100, 250, 500])
    a = rng.randrange(max(1, len(src) - size))
    return _mutate(rng, src[a:a + size])


def russian_like(rng: random.Random) -> str:
    words = [*FIRST, *LAST, *NAMES, *PLACES, "ОО", "ОФ", "ТОО", "аким", "области", "«", "»",
             '"', "150", "1 250", "2,5 млрд", "медалью", "награждены", "волонтеров", ".", ",",
             "\n", "—", "более", "около"]
    return " ".join(rng.choice(words) for _ in range(rng.randrange(0, 40)))


def html_fragment(rng: random.Random, sources: list[str]) -> str:
    src = rng.choice(sources)
    a = rng.randrange(max(1, len(src) - 200))
    words = src[a:a + 200].split(" ")
    out = []
    for w in words:
        if rng.random() < 0.3:
            out.append(rng.choice(TAGS))
        out.append(w)
    return " ".join(out)


# ---- checks ----

def violations(text: str, article: civic_extract.Article) -> list[str]:
    """Every span of the article that does not point at its own text in ``text``."""
    out = []
    if article.text != text:
        out.append("article.text differs from the input")
    spans: list[tuple[str, int, int, str]] = [(k, m.start, m.stop, m.text)
                                              for k, m in article.mentions()]
    for s in article.sentences:
        spans.append(("sentence", s.start, s.stop, s.text))
        spans += [("token", t.start, t.stop, t.text) for t in s.tokens]
    for kind, a, b, t in spans:
        if not (0 <= a <= b <= len(text)) or text[a:b] != t:
            out.append(f"{kind} [{a}:{b}] {t!r}")
    return out


# ---- the JSON Lines and CSV readers (--readers) ----

READER_ENCODINGS = ("utf-8",) * 5 + ("utf-8-sig", "cp1251", "utf-16")
NOISE = bytes(range(0x80, 0x100)) + b'"{}[],;|\t\\\x00\x01\r'  # no letters, no digits


def _record_text(rng: random.Random, encoding: str) -> str:
    text = generated_article(rng, paragraphs=rng.randrange(1, 3))
    text = text[:rng.randrange(20, 600)].strip() or "Аким"
    if rng.random() < 0.1:
        text = text.replace("«", '"').replace("»", '"')
    if encoding == "cp1251":  # Kazakh letters have no place in cp1251
        text = "".join(c if c.encode("cp1251", "ignore") else "?" for c in text)
    return text


def _encode(text: str, encoding: str) -> bytes:
    return text.encode({"utf-8-sig": "utf-8", "utf-16": "utf-16-le"}.get(encoding, encoding))


def reader_file(rng: random.Random, max_edits: int = 4) -> tuple[str, bytes, dict[str, str]]:
    """A corrupted JSON Lines or CSV file: (format, bytes, the good records' id → text)."""
    fmt = rng.choice(("jsonl", "csv"))
    encoding = rng.choice(READER_ENCODINGS)
    unit = 2 if encoding == "utf-16" else 1
    delimiter = rng.choice(",;\t|")
    texts = {f"g{i}": _record_text(rng, encoding) for i in range(rng.randint(1, 40))}
    if rng.random() < 0.03:  # a head of ASCII records: the charset is told later, line by line
        plain = {f"a{i}": f"Plain record number {i}, nothing else." for i in range(1500)}
        texts = plain | texts
    chunks = []
    for rid, text in texts.items():
        if fmt == "jsonl":
            line = json.dumps({"id": rid, "text": text}, ensure_ascii=rng.random() < 0.2) + "\n"
        else:
            out = io.StringIO()
            csv.writer(out, delimiter=delimiter, lineterminator="\n").writerow([rid, text])
            line = out.getvalue()
        chunks.append(_encode(line, encoding))
    bad: set[int] = set()
    for _ in range(rng.randrange(max_edits + 1)):
        r = rng.randrange(len(chunks))
        chunk = chunks[r]
        if not chunk:
            continue
        pos = rng.randrange(len(chunk) // unit) * unit  # before the newline at the latest
        op = rng.randrange(4)
        if op == 0:
            noise = bytes(rng.choice(NOISE) for _ in range(rng.randint(1, 3) * unit))
            chunk = chunk[:pos] + noise + chunk[pos:]
        elif op == 1:
            chunk = chunk[:pos] + _encode('"', encoding) + chunk[pos:]
        elif op == 2:
            keep = rng.random() < 0.5
            chunk = chunk[:pos] + (_encode("\n", encoding) if keep else b"")
            if not keep:
                bad.add(r + 1)  # the next line is glued to this one
        else:
            chunk = chunk[:pos] + _encode("\n", encoding) + chunk[pos:]
        chunks[r] = chunk
        bad.add(r)
    head = {"utf-8-sig": codecs.BOM_UTF8, "utf-16": codecs.BOM_UTF16_LE}.get(encoding, b"")
    if fmt == "csv":
        head += _encode(delimiter.join(["id", "text"]) + "\n", encoding)
    good = {rid: text for i, (rid, text) in enumerate(texts.items()) if i not in bad}
    return fmt, head + b"".join(chunks), good


def check_reader_file(fmt: str, data: bytes, good: dict[str, str], path: str | None = None
                      ) -> Counter[str]:
    """What became of the good records: ok, lost, absorbed (inside another record's text: two
    stray quotes that make valid CSV), errored, garbled, duplicated."""
    from civic_extract.sources import documents, plan

    if path is not None:
        with open(path, "wb") as f:
            f.write(data)
        docs = list(documents(plan([path], input_format=fmt)))
    else:
        docs = list(documents(plan(["-"], input_format=fmt), stdin=io.BytesIO(data)))
    seen: Counter[str] = Counter()
    out: Counter[str] = Counter()
    for doc in docs:
        if doc.doc_id not in good:
            continue
        if doc.error is not None:
            out["errored"] += 1
        elif doc.text != good[doc.doc_id]:
            out["garbled"] += 1
        else:
            seen[doc.doc_id] += 1
    others = [d.text for d in docs if d.text is not None]
    for rid, text in good.items():
        if seen[rid] == 1:
            out["ok"] += 1
        elif seen[rid] > 1:
            out["duplicated"] += 1
        elif any(text in o and o != text for o in others):
            out["absorbed"] += 1
        else:
            out["lost"] += 1
    return out


def readers_main(args: argparse.Namespace) -> int:
    import tempfile

    rng = random.Random(args.seed)
    totals: Counter[str] = Counter()
    formats: Counter[str] = Counter()
    crashes = failures = 0
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(1, args.n + 1):
            fmt, data, good = reader_file(rng, args.max_edits)
            formats[fmt] += 1
            path = os.path.join(tmp, f"f.{fmt}") if k % 20 == 0 else None  # a real file too
            try:
                result = check_reader_file(fmt, data, good, path)
            except Exception as ex:
                crashes += 1
                result = Counter()
                _dump(args.out, {"kind": f"readers/{fmt}", "data": data.hex(), "error": repr(ex),
                                 "traceback": traceback.format_exc()[-2000:]})
            totals.update(result)
            if set(result) - {"ok"}:
                failures += 1
                _dump(args.out, {"kind": f"readers/{fmt}", "data": data.hex(),
                                 "result": dict(result), "good": good})
            if k % args.every == 0:
                el = time.perf_counter() - t0
                print(f"[{el:7.0f} s] {k:,} files, {crashes} crashes, {failures} failing, "
                      f"{k / el:.0f} files/s", flush=True)
    el = time.perf_counter() - t0
    kinds = ", ".join(f"{f} {c:,}" for f, c in sorted(formats.items()))
    print(f"readers: {args.n:,} corrupted files ({kinds}) in {el:.0f} s "
          f"({args.n / el:.0f} files/s); seed {args.seed}")
    print(f"good records: {sum(totals.values()):,}; out exactly once with their text: "
          f"{totals['ok']:,}; " + ", ".join(f"{k} {totals[k]:,}" for k in
                                          ("lost", "absorbed", "errored", "garbled", "duplicated")))
    print(f"crashes: {crashes}; files with a good record not out exactly once: {failures}")
    if crashes or failures:
        print(f"failing files written to {args.out}")
    return 1 if crashes or failures else 0


HOSTILE_CSV = {"clean": '{i},"a clean record, quoted, on one line"\n',
               "open": '{i},"a quote opened and never closed\n',
               "sticky": 'x{i}","a quote that every line keeps open\n'}


def csv_cost_main(sizes: list[float]) -> int:
    """CPU seconds per MB of the CSV reader on clean lines and on lines that keep a quote open."""
    import tempfile

    from civic_extract.sources import documents, plan

    for mb in sizes:
        row = {}
        for kind, line in HOSTILE_CSV.items():
            n = int(mb * 1_000_000 / len(line.format(i=10_000)))
            data = "id,text\n" + "".join(line.format(i=i) for i in range(n))
            with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
                f.write(data)
            start = time.process_time()
            for _ in documents(plan([f.name])):
                pass
            row[kind] = (time.process_time() - start) / (len(data) / 1_000_000)
            os.unlink(f.name)
        print(f"{mb:4g} MB: " + ", ".join(f"{k} {v:.3f} s/MB" for k, v in row.items())
              + f"; worst/clean {max(row.values()) / row['clean']:.2f}", flush=True)
    return 0


def _dump(path: str, item: dict) -> None:
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(item, ensure_ascii=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="inputs to try")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch", type=int, default=256, help="inputs per pipe() call")
    ap.add_argument("--out", default="fuzz-crashes.jsonl", help="where crashing inputs go")
    ap.add_argument("--every", type=int, default=5000, help="progress line every N inputs")
    ap.add_argument("--readers", action="store_true",
                    help="fuzz the JSON Lines and CSV readers with corrupted files instead")
    ap.add_argument("--max-edits", type=int, default=4,
                    help="--readers: corruptions per file, at most (4)")
    ap.add_argument("--csv-cost", default="",
                    help="CPU s/MB of clean vs quote-opening CSV of these sizes in MB (1,2,4,8)")
    args = ap.parse_args(argv)
    if args.csv_cost:
        return csv_cost_main([float(x) for x in args.csv_cost.split(",")])
    if args.readers:
        return readers_main(args)

    rng = random.Random(args.seed)
    sources = corpus_texts()
    source_name = "../shared/corpus" if sources else "generated articles"
    if not sources:
        sources = [generated_article(rng) for _ in range(100)]
    gens: list[tuple[str, Callable[[], str]]] = [
        ("unicode", lambda: random_unicode(rng)),
        ("mutated", lambda: mutated_article(rng, sources)),
        ("russian", lambda: russian_like(rng)),
        ("html", lambda: html_to_text(html_fragment(rng, sources))),
    ]
    whole = civic_extract.Extractor()
    pieces = civic_extract.Extractor(chunk_size=300)
    tried, crashes, bad_articles, bad_spans, chars = 0, 0, 0, 0, 0
    kinds: Counter[str] = Counter()
    crash_kinds: Counter[str] = Counter()
    t0 = time.perf_counter()
    next_report = args.every

    def record_crash(kind: str, text: str, ex: BaseException) -> None:
        nonlocal crashes
        crashes += 1
        crash_kinds[f"{type(ex).__name__}: {str(ex)[:80]}"] += 1
        with open(args.out, "a", encoding="utf-8") as f:
            f.write(json.dumps({"kind": kind, "text": text, "error": repr(ex),
                                "traceback": traceback.format_exc()[-2000:]},
                               ensure_ascii=True) + "\n")

    while tried < args.n:
        size = min(args.batch, args.n - tried)
        batch: list[tuple[str, str]] = []
        for _ in range(size):
            kind, gen = gens[rng.randrange(len(gens))]
            try:
                batch.append((kind, gen()))
            except Exception as ex:  # html_to_text itself failing is a crash too
                tried += 1
                record_crash(kind + "/html_to_text", "", ex)
        use = pieces if rng.random() < 0.1 else whole
        batch.sort(key=lambda kt: len(kt[1]))  # similar lengths share the models' padded batches
        texts = [t for _, t in batch]
        try:
            articles = list(use.pipe(texts, batch_size=32))
        except Exception:
            articles = []
            for kind, text in batch:
                try:
                    articles.append(use.extract(text))
                except Exception as ex:
                    record_crash(kind, text, ex)
                    articles.append(None)  # type: ignore[arg-type]
        for (kind, text), article in zip(batch, articles):
            tried += 1
            kinds[kind] += 1
            chars += len(text)
            if article is None:
                continue
            bad = violations(text, article)
            if tried % 20 == 0:
                if civic_extract.Article.from_dict(article.to_dict()) != article:
                    bad.append("to_dict/from_dict round trip differs")
                if use.extract(text) != article:
                    bad.append("a second extraction differs")
            if bad:
                bad_articles += 1
                bad_spans += len(bad)
                with open(args.out, "a", encoding="utf-8") as f:
                    f.write(json.dumps({"kind": kind, "text": text, "violations": bad[:20]},
                                       ensure_ascii=True) + "\n")
        if tried >= next_report:
            next_report += args.every
            el = time.perf_counter() - t0
            print(f"[{el:7.0f} s] {tried:,} inputs, {crashes} crashes, {bad_articles} articles "
                  f"with offset violations, {tried / el:.0f} inputs/s", flush=True)

    el = time.perf_counter() - t0
    print(f"sources: {source_name}; seed {args.seed}")
    print(f"inputs tried: {tried:,} ({', '.join(f'{k} {v:,}' for k, v in sorted(kinds.items()))};"
          f" {chars / 1e6:.1f} M characters) in {el:.0f} s ({tried / el:.0f} inputs/s)")
    print(f"crashes: {crashes}")
    for what, count in crash_kinds.most_common(10):
        print(f"  {count} x {what}")
    print(f"offset violations: {bad_spans} (in {bad_articles} articles)")
    if crashes or bad_articles:
        print(f"failing inputs written to {args.out}")
    return 1 if crashes or bad_articles else 0


if __name__ == "__main__":
    sys.exit(main())
