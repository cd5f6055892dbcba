"""The fast border to slovnet/navec gives what slovnet's own API gives; syntax is lazy; imports
stay light."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from civic_extract.document import parse_batch
from civic_extract.nlp import Models, _bio_spans, _model_path, models
from civic_extract.text.morph import morphology
from civic_extract.text.prepare import prepare

SRC = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src")

SENTENCES = [
    ["Аким", "Павлодарской", "области", "Асаин", "Байханов", "вручил", "медали", "."],
    ["В", "области", "работают", "1", "150", "некоммерческих", "организаций", "."],
    ["Привет", "!"],
    ["ОО", "«", "Мейірім", "»", "и", "ОФ", "«", "Қамқорлық", "Павлодар", "»", "получили",
     "премию", "акима", "«", "Шапағат", "-", "2024", "»", ",", "сообщает", "пресс-служба",
     "акимата", "Павлодарской", "области", "."],
    ["Министр", "иностранных", "дел", "России", "Сергей", "Лавров", "встретился", "с",
     "Ангелой", "Меркель", "в", "Берлине", "."],
]


@pytest.fixture(scope="module")
def reference():
    """slovnet's own API, loaded the documented way (slovnet.X.load(...).navec(Navec.load))."""
    slovnet = pytest.importorskip("slovnet")
    from navec import Navec

    navec = Navec.load(_model_path("emb"))
    return {kind: cls.load(_model_path(kind), batch_size=8).navec(navec)
            for kind, cls in (("ner", slovnet.NER), ("morph", slovnet.Morph),
                              ("syntax", slovnet.Syntax))}


def test_morph_is_slovnets(reference):
    ours = models().morph(SENTENCES)
    for sent, tags, markup in zip(SENTENCES, ours, reference["morph"].map(SENTENCES)):
        assert len(tags) == len(sent)
        assert [(t.pos, dict(t.feats)) for t in tags] == \
            [(t.pos, t.feats) for t in markup.tokens]


def test_syntax_is_slovnets(reference):
    ours = models().syntax(SENTENCES)
    for links, markup in zip(ours, reference["syntax"].map(SENTENCES)):
        assert [(link.head + 1, link.rel) for link in links] == \
            [(int(t.head_id), t.rel) for t in markup.tokens]


def test_ner_is_slovnets(reference):
    texts = [" ".join(s) for s in SENTENCES] + ["", "просто текст без имён"]
    ours = models().ner(texts)
    for spans, markup in zip(ours, reference["ner"].map(texts)):
        assert [(s.start, s.stop, s.type) for s in spans] == \
            [(s.start, s.stop, s.type) for s in markup.spans]
    assert any(spans for spans in ours)


@pytest.mark.parametrize("kind", ["ner", "morph", "syntax"])
def test_encoder_is_bit_identical(reference, kind):
    """Our CNN encoder gives slovnet's numbers exactly, not just the same argmax."""
    import numpy as np

    from civic_extract.nlp import _CNNEncoder

    m = models()._model(kind)
    assert isinstance(m.model.encoder, _CNNEncoder)
    ref = reference[kind].infer.model
    batch = sorted(SENTENCES, key=len)[1:]  # of different lengths: pads in every row but one
    word_id, shape_id, pad = models()._encode(m, batch)
    emb = ref.emb(word_id, shape_id)
    assert np.array_equal(m.model.encoder(emb, pad), ref.encoder(emb, pad))


def test_models_share_one_vocabulary():
    m = models()
    m.morph(SENTENCES[:1])
    m.ner(["Привет"])
    m.syntax(SENTENCES[:1])
    assert m._ner.words is m._morph.words is m._syntax.words


def test_batches_are_independent_of_order_and_size():
    small = Models(batch_size=2)
    shuffled = SENTENCES[::-1] * 3
    assert small.morph(shuffled) == models().morph(shuffled)
    assert small.syntax(shuffled) == models().syntax(shuffled)


@pytest.mark.parametrize("tags, spans", [
    (["O", "B-PER", "I-PER", "O"], [("PER", 1, 3)]),
    (["B-PER", "B-LOC", "I-LOC"], [("PER", 0, 1), ("LOC", 1, 3)]),
    (["B-PER", "I-LOC"], [("PER", 0, 2)]),  # slovnet: I extends whatever is open
    (["O", "I-PER", "O"], []),  # an I with nothing open opens nothing
    (["<pad>", "B-ORG"], [("ORG", 1, 2)]),
])
def test_bio_spans(tags, spans):
    assert _bio_spans(tags) == spans


def test_syntax_is_lazy_and_batched():
    text = "Аким области Асаин Байханов вручил медали.\nВ области 1 150 организаций."
    docs = parse_batch([prepare(text), prepare("Президент подписал указ.")], models(),
                       morphology(), syntax=True)
    assert not any(d.has_syntax for d in docs)
    assert all(t.head == -1 and t.rel == "" for d in docs for t in d.toks)
    assert docs[1].parse_syntax()
    assert all(d.has_syntax for d in docs)  # one run for the whole batch
    for d in docs:
        roots = [t for t in d.toks if t.head == -1]
        assert len(roots) == len(d.sents)
        assert all(t.rel for t in d.toks)
        for t in d.toks:
            if t.head >= 0:
                assert d.toks[t.head].sent == t.sent
    off = parse_batch([prepare(text)], models(), morphology(), syntax=False)
    assert not off[0].parse_syntax()
    assert all(t.head == -1 for t in off[0].toks)


def test_import_loads_nothing_heavy():
    code = ("import sys, civic_extract; "
            "heavy = {'numpy', 'slovnet', 'navec', 'pymorphy3', 'razdel', 'spacy', 'natasha'}; "
            "print(sorted(heavy & set(sys.modules)))")
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_extract_loads_only_what_it_needs():
    """No spaCy, no natasha package (nor its pymorphy2 and yargy), no syntax model."""
    code = ("import sys, civic_extract; "
            "civic_extract.extract('Аким области Асаин Байханов вручил медаль.'); "
            "from civic_extract.nlp import models; "
            "top = {m.split('.')[0] for m in sys.modules}; "
            "print(sorted(top & {'spacy', 'natasha', 'pymorphy2', 'yargy', 'pandas'}), "
            "models()._syntax is None)")
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[] True"


# words of every kind: names and surnames known and guessed, indeclinable ones, adjectives,
# nouns of several stems, a number word; in several cases
INFLECTED_WORDS = ["Кебатова", "Сапаровым", "Ермеку", "Ахметовой", "Мизануниенко", "Ким",
                   "лучшей", "людьми", "Жанны", "Смирновских", "области", "премиями", "трёх",
                   "Толстому", "Даниле", "бесплатного", "грамотой", "лесу", "Орлова"]
INFLECTION_GRAMS = [{"nomn", "sing"}, {"nomn", "sing", "masc"}, {"nomn", "sing", "femn"},
                    {"nomn", "plur"}, {"gent", "plur"}, {"loc2"}, {"loct", "sing"},
                    {"nomn", "sing", "neut"}]


@pytest.mark.parametrize("word", INFLECTED_WORDS)
def test_inflection_is_pymorphys(word):
    """Morphology.inflect picks the form that pymorphy3's own Parse.inflect gives, for every
    reading of the word and every asked set of grammemes."""
    morph = morphology()
    for p in morph.parse(word.lower()):
        for grams in INFLECTION_GRAMS:
            try:
                theirs = p.handle.inflect(set(grams))
            except ValueError:
                theirs = None
            ours = morph._inflected(p.handle, frozenset(grams))
            assert (ours.word if ours is not None else None) == \
                (theirs.word if theirs is not None else None), (word, p.grams, grams)


# an abbreviation written with small letters inside reads as an indeclinable noun, never as the
# dictionary word its lowercase spells ("КазНУ" is no form of "казна"); a name with small
# letters at its end keeps the dictionary's readings
@pytest.mark.parametrize("word, abbreviation", [
    ("КазНУ", True), ("КарГУ", True), ("КазНИИ", True), ("ПавлГУ", True), ("СевКазГУ", True),
    ("ЕвроХим", False), ("ТатНефтью", False), ("казну", False), ("МГУ", False),
    ("Казну", False),
])
def test_mixed_case_abbreviation_reads_as_indeclinable(word, abbreviation):
    parses = morphology().word_parses(word)
    assert bool(parses) and all(
        p.pos == "NOUN" and "Fixd" in p.grams and p.normal == word.lower()
        for p in parses) == abbreviation
    if abbreviation:
        assert morphology().word_lemmas(word) == {word.lower()}
    else:
        assert morphology().word_lemmas(word) == morphology().lemmas(word.lower())


def test_abbreviation_shape_keeps_the_word_readings_of_its_lowercase():
    assert "казна" in morphology().word_lemmas("Казну")
    assert "казна" not in morphology().word_lemmas("КазНУ")


def test_ner_span_finds_the_span_of_every_token():
    text = "Министр иностранных дел России Сергей Лавров встретился с Ангелой Меркель в Берлине."
    (doc,) = parse_batch([prepare(text)], models(), morphology(), syntax=False)
    for type_, a, b in doc.ner:
        assert all(doc.ner_span(k) == (type_, a, b) for k in range(a, b))
    outside = [t.i for t in doc.toks if not any(a <= t.i < b for _, a, b in doc.ner)]
    assert outside and all(doc.ner_span(k) is None for k in outside)
    doc.ner.append(("LOC", outside[-1], outside[-1] + 1))  # a span added later is indexed too
    assert doc.ner_span(outside[-1]) == ("LOC", outside[-1], outside[-1] + 1)
