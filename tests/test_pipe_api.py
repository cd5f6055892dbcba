"""The Python API's conveniences: pipe(..., as_tuples=True), Article.from_json, mentions() as a
tuple, and the README's pandas merge example."""

from __future__ import annotations

import os
import re

import pytest

import civic_extract
from civic_extract import Article, RecordError

from conftest import ROOT

TEXTS = ["Аким области Ермек Маржикпаев вручил грамоту ОО «Батыр».",
         "Директор школы Айгуль Сапарова наградила учеников.",
         "В Кокшетау работают 120 волонтеров."]


def test_as_tuples_carries_contexts_and_ids(extractor):
    contexts = ["a-1", {"id": 7, "date": "2020-05-01", "url": "https://x.kz/7", "extra": 1},
                None]
    out = list(extractor.pipe(zip(TEXTS, contexts), as_tuples=True, batch_size=2))
    assert [c for _, c in out] == contexts
    assert out[1][1] is contexts[1]  # passed through untouched
    assert [a.doc_id for a, _ in out] == ["a-1", "7", None]
    assert [a.meta for a, _ in out] == [None, {"date": "2020-05-01", "url": "https://x.kz/7"},
                                        None]
    plain = list(extractor.pipe(TEXTS))
    for (article, _), alone in zip(out, plain):
        assert article.people == alone.people and article.text == alone.text


def test_to_frames_after_pipe_has_the_doc_ids(extractor):
    pytest.importorskip("pandas")
    pairs = [(text, f"doc{i}") for i, text in enumerate(TEXTS)]
    frames = civic_extract.to_frames(a for a, _ in extractor.pipe(pairs, as_tuples=True))
    assert list(frames["people"]["doc_id"]) == ["doc0", "doc1"]
    assert list(frames["statistics"]["doc_id"]) == ["doc2"]


@pytest.mark.parametrize("bad", ["just a text", ("a", "b", "c"), ["text", "id"]])
def test_as_tuples_needs_pairs(extractor, bad):
    with pytest.raises(civic_extract.InputTypeError, match="as_tuples=True expects"):
        list(extractor.pipe([bad], as_tuples=True))


def test_as_tuples_checks_the_text(extractor):
    with pytest.raises(civic_extract.InputTypeError, match="expected str, got int"):
        list(extractor.pipe([(5, "id")], as_tuples=True))


def test_as_tuples_is_lazy(extractor):
    def gen():
        yield TEXTS[0], "first"
        raise RuntimeError("read too far")

    article, context = next(extractor.pipe(gen(), as_tuples=True, batch_size=1))
    assert context == "first" and article.doc_id == "first"


def test_as_tuples_in_worker_processes(extractor):
    pairs = [(text, f"w{i}") for i, text in enumerate(TEXTS)]
    out = list(extractor.pipe(pairs, as_tuples=True, batch_size=1, n_process=2))
    assert [(a.doc_id, c) for a, c in out] == [("w0", "w0"), ("w1", "w1"), ("w2", "w2")]
    assert [a for a, _ in out] == [extractor.extract(t, doc_id=f"w{i}")
                                   for i, t in enumerate(TEXTS)]


def test_from_json_round_trips(extractor):
    article = extractor.extract(TEXTS[0], doc_id="x")
    assert Article.from_json(article.to_json()) == article
    assert Article.from_json(article.to_json(indent=2).encode("utf-8")) == article
    data = article.to_dict()
    data["doc_id"] = data.pop("id")  # the attribute's name is read too
    assert Article.from_dict(data).doc_id == "x"


@pytest.mark.parametrize("data, message", [
    ('{"id": "a.txt", "error": "DecodeError: binary"}', "failed, it has no Article"),
    ("not json", "not JSON"),
    ("[1, 2]", "expected a JSON object, got list"),
])
def test_from_json_errors(data, message):
    with pytest.raises(RecordError, match=message):
        Article.from_json(data)
    assert issubclass(RecordError, ValueError)


def test_from_json_type_error():
    with pytest.raises(civic_extract.InputTypeError, match="expected str or bytes, got int"):
        Article.from_json(3)  # type: ignore[arg-type]


def test_mentions_is_a_tuple(run):
    article = run(TEXTS[0])
    mentions = article.mentions()
    assert isinstance(mentions, tuple) and mentions[0][0] == "people"
    assert mentions == article.mentions() and len(mentions) >= 3


def _readme_block(section: str) -> str:
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as fh:
        readme = fh.read()
    part = readme.split(f"## {section}", 1)[1]
    return re.search(r"```python\n(.*?)```", part, re.DOTALL).group(1)


def test_readme_merge_example_has_no_suffixed_columns(extractor):
    pytest.importorskip("pandas")
    code = _readme_block("pandas tables")
    namespace = {"civic_extract": civic_extract, "extractor": extractor,
                 "texts": TEXTS + ["Председатель ОО «Батыр» Дамир Сейтказин выступил."]}
    lines = code.splitlines()
    merges = [line.split("#")[0] for line in lines if ".merge(" in line]
    assert merges
    exec("\n".join(line for line in lines if ".merge(" not in line), namespace)
    for line in merges:
        merged = eval(line.strip(), namespace)
        assert len(merged) > 0
        assert not [c for c in merged.columns if c.endswith(("_x", "_y"))], merged.columns
        assert {"doc_id", "text", "normal", "name"} <= set(merged.columns)
