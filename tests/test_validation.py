"""The Python API refuses bad arguments with our errors, before any work."""

from __future__ import annotations

import pytest

import civic_extract
from civic_extract import InputTypeError, OptionError


@pytest.mark.parametrize("texts", ["Аким области выступил.", b"bytes", bytearray(b"x")])
def test_pipe_refuses_a_single_text(extractor, texts):
    with pytest.raises(InputTypeError, match="iterable of texts"):
        extractor.pipe(texts)


@pytest.mark.parametrize("doc_id", [5, b"x", 1.5, ["a"]])
def test_doc_id_is_a_str_or_none(extractor, doc_id):
    with pytest.raises(InputTypeError, match="doc_id"):
        extractor.extract("Аким выступил.", doc_id=doc_id)


def test_a_str_doc_id_reaches_the_views(extractor):
    article = extractor.extract("Аким выступил.", doc_id="a-1")
    assert article.doc_id == "a-1" and '"a-1"' in article.to_json()


@pytest.mark.parametrize("options, message", [
    ({"max_length": "x"}, "max_length must be an int"),
    ({"max_length": 0}, "max_length must be at least 1"),
    ({"max_length": 2.5}, "max_length must be an int"),
    ({"chunk_size": 1}, "chunk_size must be at least 2"),
    ({"chunk_size": True}, "chunk_size must be an int"),
    ({"chunk_size": None}, "chunk_size must be an int"),
    ({"batch_size": -3}, "batch_size must be at least 1"),
])
def test_options_are_checked(options, message):
    with pytest.raises(OptionError, match=message):
        civic_extract.Extractor(**options)


@pytest.mark.parametrize("kwargs", [{"batch_size": 0}, {"n_process": 0}, {"n_process": "2"}])
def test_pipe_options_are_checked(extractor, kwargs):
    with pytest.raises(OptionError):
        extractor.pipe(["Аким выступил."], **kwargs)


def test_option_errors_are_value_errors_of_ours():
    assert issubclass(OptionError, ValueError)
    assert issubclass(OptionError, civic_extract.CivicExtractError)
