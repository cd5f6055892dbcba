"""The spaCy component on spacy.blank("ru"): spans, ents, doc._.civic, pipe, pickling, displacy."""

from __future__ import annotations

import importlib.metadata
import json
import os
import pickle
import subprocess
import sys
import urllib.parse

import pytest

from civic_extract import Article, Mention, Organization, Person, Place

from conftest import ROOT

spacy = pytest.importorskip("spacy")
component = pytest.importorskip("civic_extract.spacy")  # registers the factory in this process

from spacy import displacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

MEDAL = ("Медалью «Ерен еңбегі үшін» награждены ОО «Достық» и директор школы Данияр Сапаров. "
         "В Костанае работают 420 волонтеров.")
MEETING = ("Аким Костанайской области Кумар Аксакалов встретился с председателем ОФ «Шуақ» "
           "Динарой Ахметовой. На проекты выделено 15 млн тенге.")
PLAIN = "Погода сегодня хорошая."
TEXTS = [MEDAL, MEETING, PLAIN]


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("ru")
    nlp.add_pipe("civic_extract")
    return nlp


@pytest.fixture(scope="module")
def medal(nlp):
    return nlp(MEDAL)


def _view(doc):
    """What the component wrote, as plain values (to compare docs)."""
    return ([(e.start_char, e.end_char, e.label_) for e in doc.ents],
            [(s.start_char, s.end_char, s.label_) for s in doc.spans["civic"]],
            doc._.civic)


def test_the_module_does_not_shadow_spacy():
    assert component.Language is spacy.language.Language
    assert component.__name__ == "civic_extract.spacy"


def test_every_mention_is_a_span_labelled_by_kind(medal, extractor):
    article = extractor.extract(MEDAL)
    spans = medal.spans["civic"]
    assert {s.label_ for s in spans} == {"people", "titles", "organizations", "places", "awards",
                                         "statistics"}
    expected = sorted((m.start, m.stop, kind) for kind, m in article.mentions())
    assert sorted((s.start_char, s.end_char, s.label_) for s in spans) == expected
    assert [s.start_char for s in spans] == sorted(s.start_char for s in spans)


def test_ents_are_people_organizations_and_places(medal):
    # an organization's mention is its name, without the legal form (Organization.form)
    assert [(e.text, e.label_) for e in medal.ents] == [
        ("Достық", "ORG"), ("Данияр Сапаров", "PER"), ("Костанае", "LOC")]


def test_doc_extension_is_the_article(medal, extractor):
    assert isinstance(medal._.civic, Article)
    assert medal._.civic == extractor.extract(MEDAL)
    assert spacy.tokens.Doc.has_extension("civic")


def test_overlapping_mentions_resolve_to_the_longest(nlp):
    text = "ОО «Костанай Жастары» провело акцию."
    org = Organization("Костанай Жастары", "ОО", mentions=(Mention(0, 21, text[0:21]),))
    place = Place("Костанай", "city", mentions=(Mention(4, 12, text[4:12]),))
    article = Article(text, places=(place,), organizations=(org,))
    for _ in range(2):  # the same answer every time
        doc = component.annotate(nlp.make_doc(text), article)
        assert [(e.text, e.label_) for e in doc.ents] == [("ОО «Костанай Жастары»", "ORG")]
    assert [s.label_ for s in doc.spans["civic"]] == ["organizations", "places"]


def test_earlier_ents_are_kept_unless_overwritten(nlp):
    text = "Директор Марат Жунусов выступил."
    person = Person("Марат Жунусов", mentions=(Mention(9, 22, text[9:22]),))
    article = Article(text, people=(person,))
    doc = nlp.make_doc(text)
    doc.ents = [spacy.tokens.Span(doc, 1, 2, label="MISC")]
    component.annotate(doc, article)
    assert [(e.text, e.label_) for e in doc.ents] == [("Марат", "MISC")]
    component.annotate(doc, article, overwrite_ents=True)
    assert [(e.text, e.label_) for e in doc.ents] == [("Марат Жунусов", "PER")]


def test_mentions_expand_to_whole_tokens_and_whitespace_is_dropped(nlp):
    text = "В Костанае прошла акция."
    article = Article(text, places=(Place("Костанай", "city", (Mention(3, 8, text[3:8]),)),),
                      people=(Person("?", mentions=(Mention(10, 11, " "),)),))
    doc = component.annotate(nlp.make_doc(text), article)
    assert [(s.text, s.label_) for s in doc.spans["civic"]] == [("Костанае", "places")]
    assert [e.text for e in doc.ents] == ["Костанае"]


def test_annotate_needs_the_same_text(nlp, medal):
    with pytest.raises(ValueError, match="text"):
        component.annotate(nlp.make_doc("Другой текст."), medal._.civic)
    doc = nlp.make_doc(MEDAL)
    with pytest.raises(TypeError, match="expected Article, got str"):
        doc._.civic = "not an article"


def test_config_is_validated_and_applied():
    nlp = spacy.blank("ru")
    nlp.add_pipe("civic_extract", config={"spans_key": "facts", "ents": False})
    doc = nlp(MEETING)
    assert doc.ents == ()
    assert "Кумар Аксакалов" in [s.text for s in doc.spans["facts"]]
    with pytest.raises(Exception, match="batch_size"):
        spacy.blank("ru").add_pipe("civic_extract", config={"batch_size": "many"})


def test_pipe_matches_one_by_one(nlp):
    one_by_one = [_view(nlp(t)) for t in TEXTS]
    assert [_view(d) for d in nlp.pipe(TEXTS, batch_size=2)] == one_by_one
    ents, spans, article = one_by_one[2]
    assert (ents, spans, article.text, list(article.mentions())) == ([], [], PLAIN, [])


def test_pipe_with_two_processes(nlp):
    docs = list(nlp.pipe(TEXTS * 2, n_process=2, batch_size=1))
    assert [d.text for d in docs] == TEXTS * 2
    assert [_view(d) for d in docs] == [_view(nlp(t)) for t in TEXTS * 2]
    assert docs[1]._.civic.people[0].name == "Кумар Аксакалов"


def test_doc_pickles_and_serializes_with_the_article(nlp, medal):
    again = pickle.loads(pickle.dumps(medal))
    assert _view(again) == _view(medal)
    box = DocBin(store_user_data=True)
    box.add(medal)
    (restored,) = DocBin().from_bytes(box.to_bytes()).get_docs(nlp.vocab)
    assert _view(restored) == _view(medal)


def test_component_and_pipeline_pickle_without_the_models(nlp, medal):
    pipe = nlp.get_pipe("civic_extract")
    assert pipe._extractor is not None and pipe._extractor._stages is not None  # models loaded
    data = pickle.dumps(pipe)
    assert len(data) < 2_000
    assert pickle.loads(data).spans_key == "civic"
    nlp2 = pickle.loads(pickle.dumps(nlp))
    assert _view(nlp2(MEDAL)) == _view(medal)


def test_displacy_shows_the_entities_and_the_spans(medal):
    html = displacy.render(medal, style="ent", jupyter=False)
    for text, label in (("Данияр Сапаров", "PER"), ("Достық", "ORG"), ("Костанае", "LOC")):
        assert text in html and label in html
    spans = displacy.render(medal, style="span", options={"spans_key": "civic"}, jupyter=False)
    for label in ("awards", "titles", "statistics"):
        assert label in spans


def test_article_to_spacy(extractor, nlp):
    article = extractor.extract(MEETING)
    doc = article.to_spacy()
    assert doc.text == MEETING and doc._.civic == article
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Костанайской области", "LOC"), ("Кумар Аксакалов", "PER"), ("Шуақ", "ORG"),
        ("Динарой Ахметовой", "PER")]
    assert _view(article.to_spacy(nlp)) == _view(nlp(MEETING))


def _installed_from() -> str | None:
    """The folder the civic_extract distribution was installed from (pip's direct_url.json)."""
    try:
        dist = importlib.metadata.distribution("civic_extract")
    except importlib.metadata.PackageNotFoundError:
        return None
    url = json.loads(dist.read_text("direct_url.json") or "{}").get("url", "")
    if not url.startswith("file://"):
        return None
    return os.path.realpath(urllib.parse.unquote(urllib.parse.urlparse(url).path))


def test_entry_point_registers_the_factory_without_an_import():
    names = {ep.name for ep in importlib.metadata.entry_points(group="spacy_factories")}
    if "civic_extract" not in names:
        source = _installed_from()
        assert source != os.path.realpath(ROOT), "pyproject.toml lost the spacy_factories entry"
        pytest.skip(f"civic_extract is installed from {source}, not this checkout: "
                    f"pip install -e . registers the entry point")
    code = (
        "import json, sys, spacy\n"
        "nlp = spacy.blank('ru')\n"
        "nlp.add_pipe('civic_extract')\n"
        f"doc = nlp({MEDAL!r})\n"
        "print(json.dumps([[e.text, e.label_] for e in doc.ents], ensure_ascii=False))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=300)
    assert json.loads(out.stdout) == [["Достық", "ORG"], ["Данияр Сапаров", "PER"],
                                      ["Костанае", "LOC"]]


def test_a_place_within_an_organization_name_says_so(nlp):
    doc = nlp("ОФ «Забота Павлодара» провел акцию в Астане.")
    places = [(s.text, s._.civic_within) for s in doc.spans["civic"] if s.label_ == "places"]
    assert places == [("Павлодара", "Забота Павлодара"), ("Астане", None)]
    assert [s._.civic_within for s in doc.spans["civic"] if s.label_ != "places"] == [None]
    assert [e.text for e in doc.ents] == ["Забота Павлодара", "Астане"]
