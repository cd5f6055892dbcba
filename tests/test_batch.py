"""Worker processes: same Articles as one process, input order, bounded reading, same errors."""

from __future__ import annotations

import json
import pickle
from itertools import count, islice

import pytest

import civic_extract
from civic_extract import Extractor
from civic_extract.batch import Document, LocalRunner, WorkerPool, process_chunk
from civic_extract.records import (
    COLUMNS,
    KINDS,
    article_rows,
    count_entities,
    csv_cell,
    document_row,
)

TEXTS = [
    "Аким области Ермек Маржикпаев выступил на сессии маслихата.",
    "В Павлодарской области работают 1 150 некоммерческих организаций.",
    "ОО «Мейірім» получило грант акимата города Павлодара.",
    "Министр финансов Ерулан Жамаубаев провёл совещание в Астане.",
    "Премию «Шапағат» вручили ОФ «Қамқорлық Павлодар».",
    "Погода в Караганде: до 5 градусов тепла.",
    "Директор школы № 3 Айгуль Сапарова наградила учеников грамотами.",
]


def test_article_pickles(run):
    article = run(TEXTS[0])
    assert article.sentences and article.sentences[0].tokens
    assert pickle.loads(pickle.dumps(article)) == article
    assert all(type(t.pos) in (str, type(None)) for s in article.sentences for t in s.tokens)


def test_pipe_with_workers_equals_one_process(extractor):
    texts = TEXTS * 2
    local = list(extractor.pipe(texts, batch_size=3))
    parallel = list(extractor.pipe(texts, batch_size=3, n_process=2))
    assert [a.text for a in parallel] == texts
    assert parallel == local
    assert list(civic_extract.extract_many(texts[:4], batch_size=1, n_process=2)) == local[:4]


@pytest.mark.parametrize("bad", [42, None, b"bytes"])
def test_pipe_with_workers_raises_the_same_error(extractor, bad):
    texts = [*TEXTS[:5], bad, *TEXTS[5:]]
    errors, counts = [], []
    for n_process in (1, 2):
        got = []
        with pytest.raises(civic_extract.InputTypeError) as info:
            for article in extractor.pipe(texts, batch_size=2, n_process=n_process):
                got.append(article)
        errors.append(str(info.value))
        counts.append(len(got))
    assert errors[0] == errors[1]
    assert counts[0] == counts[1] == 4  # the two whole chunks before the bad one


def test_pipe_with_workers_reads_its_input_lazily(extractor):
    pulled = count()

    def many():  # long enough that reading it all would show, short enough not to hang
        for i in islice(pulled, 5000):
            yield TEXTS[i % len(TEXTS)]

    it = extractor.pipe(many(), batch_size=2, n_process=2)
    first = list(islice(it, 3))
    it.close()
    assert [a.text for a in first] == TEXTS[:3]
    # 2 workers × 2 chunks in flight × 2 texts, plus the chunk being read: never the whole input
    assert next(pulled) <= 2 * 2 * 2 + 2 + 1


def test_worker_errors_come_back_with_their_type():
    with WorkerPool(2, Extractor, {"max_length": 10}) as pool:
        assert pool.start() > 0
        with pytest.raises(civic_extract.InputTooLargeError, match="max_length=10"):
            list(pool.map(_extract_one, [["короткий"], ["слишком длинный текст"]]))


def _extract_one(extractor: civic_extract.Extractor, texts: list[str]) -> list[str]:
    return [extractor.extract(t).text for t in texts]


def _render_or_fail(article: civic_extract.Article) -> str:
    if "грант" in article.text:
        raise RuntimeError("cannot render")
    return article.doc_id or ""


def test_process_chunk_keeps_going_past_bad_documents():
    runner = LocalRunner(Extractor, {"max_length": 70})
    docs = [
        Document("a", TEXTS[0]),
        Document("b", None, "DecodeError: binary"),
        Document("c", TEXTS[2]),  # the render fails on it
        Document("d", TEXTS[3] + " " * 80),  # too long for max_length=70
        Document("e", TEXTS[6]),
    ]
    (outcomes,) = runner.map(process_chunk, [docs], _render_or_fail)
    assert [o.doc_id for o in outcomes] == ["a", "b", "c", "d", "e"]
    assert [o.value for o in outcomes] == ["a", None, None, None, "e"]
    assert outcomes[1].error == "DecodeError: binary"
    assert outcomes[2].error == "RuntimeError: cannot render"
    assert outcomes[3].error.startswith("InputTooLargeError:")
    assert outcomes[0].counts["people"] >= 1


def test_rows_follow_the_columns(run):
    article = civic_extract.Article.from_dict({**run(TEXTS[0]).to_dict(), "id": "doc-1"})
    rows = article_rows(article)
    assert set(rows) == set(KINDS)
    assert rows["people"] and rows["titles"]
    for kind, table in rows.items():
        for row in table:
            assert list(row) == [name for name, _ in COLUMNS[kind]]
            assert row["doc_id"] == "doc-1"
    person = rows["people"][rows["titles"][0]["person"]]
    assert person["name"] == "Ермек Маржикпаев" and person["entity"] == 0
    assert article.text[person["start"]:person["stop"]] == person["text"]
    assert person["mentions"][0] == [person["start"], person["stop"]]  # native lists
    assert person["titles"] == [rows["titles"][0]["normal"]]
    assert json.loads(csv_cell(person["titles"])) == person["titles"]  # JSON text in CSV
    assert "doc" not in person  # doc_id is the key in files
    doc = document_row("doc-1", article)
    assert list(doc) == [name for name, _ in COLUMNS["documents"]]
    assert doc["people"] == count_entities(article)["people"] == len(rows["people"])
    assert document_row("x", error="DecodeError: no")["people"] is None
