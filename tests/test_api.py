"""The public surface: pinned names, lazy import, documented errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

import civic_extract
from civic_extract import errors

PUBLIC = {
    "extract", "extract_many", "extract_bytes", "extract_html", "to_frames", "Extractor",
    "Article", "Person", "Title", "Organization", "Place", "Award", "Statistic", "Mention",
    "Sentence", "Token", "Tokens",
    "CivicExtractError", "InputTypeError", "DecodeError", "InputTooLargeError", "OptionError",
    "ModelLoadError",
    "DataError", "RecordError", "__version__",
}


def test_all_is_pinned():
    assert set(civic_extract.__all__) == PUBLIC
    for name in PUBLIC:
        assert hasattr(civic_extract, name), name


def test_import_loads_no_model_and_no_data():
    code = (
        "import sys, civic_extract\n"
        "heavy = [m for m in ('slovnet', 'navec', 'pymorphy3', 'razdel', 'spacy', 'natasha',"
        " 'pymorphy2', 'numpy') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_extract_function_survives_subpackage_imports(run):
    run("Аким области выступил.")  # loads every extractor module
    assert callable(civic_extract.extract)


def test_errors_subclass_builtins():
    assert issubclass(errors.InputTypeError, TypeError)
    assert issubclass(errors.DecodeError, ValueError)
    assert issubclass(errors.InputTooLargeError, ValueError)
    for name in ("InputTypeError", "DecodeError", "InputTooLargeError", "ModelLoadError",
                 "DataError"):
        assert issubclass(getattr(errors, name), errors.CivicExtractError)


@pytest.mark.parametrize("bad, word", [(None, "NoneType"), (42, "int"), (["a"], "list"),
                                       (3.5, "float")])
def test_non_text_is_a_clear_type_error(extractor, bad, word):
    with pytest.raises(civic_extract.InputTypeError, match=f"expected str, got {word}"):
        extractor.extract(bad)


def test_bytes_point_at_extract_bytes(extractor):
    with pytest.raises(TypeError, match="extract_bytes"):
        extractor.extract("Аким".encode())


def test_extract_bytes_decodes_cp1251_and_utf16():
    text = "Аким области Ермек Маржикпаев выступил."
    for enc in ("cp1251", "utf-16", "utf-8-sig"):
        article = civic_extract.extract_bytes(text.encode(enc))
        assert article.text == text
        assert [p.last for p in article.people] == ["Маржикпаев"]


def test_extract_bytes_refuses_binary():
    with pytest.raises(civic_extract.DecodeError):
        civic_extract.extract_bytes(b"\x00\x01\x02\x03binary\x00\xff")


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t "])
def test_empty_text_gives_empty_article(extractor, text):
    article = extractor.extract(text)
    assert article.text == text
    assert not (article.people or article.organizations or article.places or article.awards
                or article.statistics or article.sentences)


def test_max_length_guard():
    ex = civic_extract.Extractor(max_length=10)
    with pytest.raises(civic_extract.InputTooLargeError, match="max_length"):
        ex.extract("x" * 11)


def test_pipe_keeps_order_and_matches_extract(extractor):
    texts = ["Аким области Ермек Маржикпаев выступил.", "", "В Кокшетау прошел форум.",
             "ОО «Батыр» получило грант."]
    piped = list(extractor.pipe(texts, batch_size=3))
    assert [a.text for a in piped] == texts
    for text, article in zip(texts, piped):
        assert article == extractor.extract(text)


def test_pipe_is_lazy(extractor):
    def gen():
        yield "Аким области Ермек Маржикпаев выступил."
        raise RuntimeError("must not be reached before the first result is asked for twice")

    it = extractor.pipe(gen(), batch_size=1)
    first = next(it)
    assert first.people[0].last == "Маржикпаев"
