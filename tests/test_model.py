"""The records: frozen, slotted, lossless JSON round trip, deterministic."""

from __future__ import annotations

import dataclasses
import json
import pickle

import pytest

from civic_extract import Article, Mention, Person, Sentence, Token, Tokens

from conftest import EXAMPLE, check_offsets


@pytest.fixture(scope="module")
def example(extractor):
    with open(EXAMPLE, encoding="utf-8") as f:
        return extractor.extract(f.read(), doc_id="example")


def test_records_are_frozen_and_slotted():
    m = Mention(0, 4, "Аким")
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 1  # type: ignore[misc]
    assert not hasattr(m, "__dict__")
    p = Person("Ермек Маржикпаев", "Маржикпаев", "Ермек")
    assert not hasattr(p, "__dict__")


def test_round_trip_is_lossless(example):
    again = Article.from_dict(json.loads(example.to_json()))
    assert again == example


def test_article_pickles(example):
    """Articles cross process boundaries (workers, spaCy's n_process): only plain values inside."""
    again = pickle.loads(pickle.dumps(example))
    assert again == example
    assert all(type(t.pos) in (str, type(None)) for s in again.sentences for t in s.tokens)


def test_round_trip_without_sentences(example):
    again = Article.from_dict(example.to_dict(sentences=False))
    assert again == dataclasses.replace(example, sentences=())


def test_to_dict_has_the_gold_schema_keys(example):
    d = example.to_dict()
    for k in ("people", "organizations", "places", "awards", "statistics"):
        assert isinstance(d[k], list) and d[k], k
    assert set(d["people"][0]) >= {"name", "last", "first", "middle", "titles", "mentions"}
    assert set(d["people"][0]["titles"][0]) >= {"normal", "head"}
    assert set(d["organizations"][0]) >= {"name", "form", "mentions"}
    assert set(d["places"][0]) >= {"name", "kind", "mentions"}
    assert set(d["awards"][0]) >= {"name", "kind", "recipients", "mentions"}
    assert set(d["statistics"][0]) >= {"value", "unit", "head", "mentions"}
    for p in d["people"]:
        for a, b in p["mentions"]:
            assert isinstance(a, int) and isinstance(b, int) and a < b


def test_offsets_point_into_the_text(example):
    check_offsets(example)


def test_output_is_deterministic(extractor, example):
    again = extractor.extract(example.text, doc_id="example")
    assert again.to_json() == example.to_json()


def test_from_dict_needs_text():
    with pytest.raises(TypeError):
        Article.from_dict({"people": []})


def _tokens_of(text):
    """Tokens of the words of ``text`` (split on spaces), lemma = lower case, tag NOUN."""
    out, at = [], 0
    for word in text.split(" "):
        out.append(Token(at, at + len(word), word, word.lower(), "NOUN" if len(word) > 2 else None))
        at += len(word) + 1
    return tuple(out)


def test_tokens_are_a_compact_sequence_equal_to_the_tuple():
    toks = _tokens_of("Аким области Ермек Маржикпаев")
    s = Sentence(0, 30, "Аким области Ермек Маржикпаев", toks)
    assert isinstance(s.tokens, Tokens)
    assert s.tokens == toks and tuple(s.tokens) == toks and list(s.tokens) == list(toks)
    assert len(s.tokens) == 4
    assert s.tokens[0] == toks[0] and s.tokens[-1] == toks[-1]
    assert s.tokens[1:3] == toks[1:3] and s.tokens[::-1] == toks[::-1]
    with pytest.raises(IndexError):
        s.tokens[4]
    with pytest.raises(IndexError):
        s.tokens[-5]
    assert s.tokens != toks[:3] and s.tokens != Tokens(toks[:3])
    assert hash(s) == hash(Sentence(0, 30, s.text, Tokens(toks)))
    assert not hasattr(s.tokens, "__dict__")


def test_tokens_shift_and_pickle():
    toks = Tokens(_tokens_of("В Уральске прошёл форум"))
    moved = toks.shifted(100)
    assert [t.start for t in moved] == [t.start + 100 for t in toks]
    assert [(t.text, t.lemma, t.pos) for t in moved] == [(t.text, t.lemma, t.pos) for t in toks]
    assert pickle.loads(pickle.dumps(toks)) == toks
    assert Tokens() == () and len(Sentence(0, 0, "").tokens) == 0


def test_tokens_keep_offsets_of_any_size():
    from civic_extract.model import Token, Tokens

    small = Tokens([Token(0, 4, "Аким", "аким", "NOUN"), Token(5, 10, "Ермек", "ермек", None)])
    big = Tokens([Token(2**40, 2**40 + 4, "Аким", "аким", "NOUN")])
    assert [(t.start, t.stop) for t in big] == [(2**40, 2**40 + 4)]
    moved = small.shifted(2**33)  # past 32 bits
    assert [(t.start, t.stop) for t in moved] == [(2**33, 2**33 + 4), (2**33 + 5, 2**33 + 10)]
    assert moved.shifted(-(2**33)) == small == tuple(small)
    assert pickle.loads(pickle.dumps(big)) == big


def test_tokens_keep_any_length_and_any_tag():
    """Lengths past a byte and tags that are not OpenCorpora's parts of speech are kept too."""
    long_word = "а" * 300
    toks = [Token(0, 300, long_word, long_word, "NOUN"), Token(301, 305, "Аким", "аким", "X-TAG"),
            Token(306, 307, ",", ",", None)]
    kept = Tokens(toks)
    assert tuple(kept) == tuple(toks)
    assert [(t.stop, t.pos) for t in kept.shifted(10)] == [(310, "NOUN"), (315, "X-TAG"),
                                                          (317, None)]
    assert pickle.loads(pickle.dumps(kept)) == kept
    assert Tokens(toks[:1]) != Tokens([Token(0, 300, long_word, long_word, "VERB")])
