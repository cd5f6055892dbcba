"""The resolver, the rule tables' trace and the per-Extractor lexicon."""

from __future__ import annotations

import pytest

import civic_extract
from civic_extract.errors import DataError


@pytest.fixture(scope="module")
def tracer() -> civic_extract.Extractor:
    return civic_extract.Extractor(trace=True)


def test_a_place_the_ner_calls_a_person_leaves_the_titles_in_place(extractor):
    # the list of countries holds a "person" that is a place: titles still find their holder
    text = ("В турнире сыграют Эфиопия, Коста Рика, Гана. "
            "Министр спорта Олег Матыцин открыл турнир.")
    article = extractor.extract(text)
    people = {p.name: [t.normal.lower() for t in p.titles] for p in article.people}
    assert people.get("Олег Матыцин") == ["министр спорта"]


@pytest.mark.parametrize("text, name, rule", [
    ("Аким области Ермек Сапаров вручил награды.", "Ермек Сапаров", "ner"),
    ("Отчёт представила Абдурахманова Наталья Петровна.", "Наталья Петровна Абдурахманова",
     None),
])
def test_people_name_the_rule_that_found_them(tracer, text, name, rule):
    article = tracer.extract(text)
    person = next(p for p in article.people if p.last and p.last in name)
    assert person.rule is not None
    if rule is not None:
        assert person.rule == rule
    assert all(e.verdict for e in article.trace)
    kept = [e for e in article.trace if e.kind == "people" and e.verdict == "kept"]
    assert any(e.mention.start == person.mentions[0].start for e in kept)


def test_without_a_trace_no_rule_is_reported(extractor):
    article = extractor.extract("Аким области Ермек Сапаров вручил награды.")
    assert article.trace == ()
    assert all(p.rule is None for p in article.people)
    assert "rule" not in article.to_json() and "trace" not in article.to_json()


def test_the_trace_round_trips(tracer):
    article = tracer.extract("Аким области Ермек Сапаров вручил медаль ОО «Мирас» в Павлодаре.")
    assert article.trace
    assert civic_extract.Article.from_dict(article.to_dict()) == article


def test_a_vetoed_name_shows_in_the_trace_with_its_veto(tracer):
    # a line of page chrome ("Поделиться: …") yields no entity: the "chrome" veto stops it
    article = tracer.extract("Поделиться: Иван Петров")
    assert article.people == ()
    assert [(e.kind, e.rule, e.verdict, e.mention.text) for e in article.trace] == [
        ("people", "ner", "chrome", "Иван Петров")]


def test_an_extractor_takes_extra_lexicon_rows():
    text = "Иван Петров, звездочёт городской обсерватории, открыл выставку."
    plain = civic_extract.Extractor().extract(text)
    extended = civic_extract.Extractor(lexicon={"titles": ["звездочет"]}).extract(text)
    assert not any(p.titles for p in plain.people)
    titles = [t.head for p in extended.people for t in p.titles]
    assert titles == ["звездочет"]


@pytest.mark.parametrize("extra, message", [
    ({"no_such_table": ["x"]}, "no lexicon table"),
    ({"titles": "сенатор"}, "iterable of str"),
])
def test_bad_extra_lexicon_tables_are_our_error_when_built(extra, message):
    with pytest.raises(DataError, match=message):
        civic_extract.Extractor(lexicon=extra)


def test_bad_extra_lexicon_rows_are_our_error_when_loaded():
    ex = civic_extract.Extractor(lexicon={"legal_forms": ["ОО|общественное объединение"]})
    with pytest.raises(DataError, match="expected 3 columns"):
        ex.extract("Аким выступил.")


# the same words are one kind of entity: of an organization and a person or a place with one
# span, the one a cue found (a listing word, "имени"), else the one of the NER's type
ONE_TYPE = [
    ("Город делят пять кланов — Бонанно, Гамбино, Дженовезе, Коломбо и Луккезе.", "Гамбино",
     "organizations"),
    ("В фестивале участвовали группы «Вежливый Отказ», «Контора Кука» и «Выход».", "Выход",
     "organizations"),
    ("Он окончил академию имени Фрунзе в Москве.", "Фрунзе", "people"),
    ("Экипаж прибыл на МКС вчера.", "МКС", "places"),
]


@pytest.mark.parametrize("text, words, kind", ONE_TYPE)
def test_one_span_is_one_kind_of_entity(extractor, text, words, kind):
    article = extractor.extract(text)
    kinds = {k for k in ("people", "organizations", "places")
             for item in getattr(article, k) for m in item.mentions
             if text[m.start:m.stop] == words}
    assert kinds == {kind}


def test_no_span_is_two_kinds_of_entity_in_a_whole_text(extractor):
    text = ("Город делят кланы Бонанно и Гамбино. Советник канцлера ФРГ Иван Петров прибыл в "
            "академию имени Фрунзе, где его встретил Гамбино. Экипаж МКС вернулся.")
    article = extractor.extract(text)
    spans = [(m.start, m.stop) for k in ("people", "organizations", "places")
             for item in getattr(article, k) for m in item.mentions]
    assert len(spans) == len(set(spans))


# a name the NER calls an organization in one place (its mistake is simulated) is the person
# the text names in full elsewhere: the surname, the first name and surname, or the one full
# name's first name; a word that names no person of the text stays an organization
NAMED_ELSEWHERE = [
    ("Депутат Владимир Макеенко вышел из партии. Потом Макеенко выступил.", "Макеенко", True),
    ("Певица Селена Гомес приехала. Вчера Селена Гомес выступила.", "Селена Гомес", True),
    ("Телеведущая Ксения Собчак стала мамой. Потом Ксения выступила.", "Ксения", True),
    ("Депутат Владимир Макеенко вышел из партии. Потом Роснефть выступила.", "Роснефть",
     False),
    ("Иван Петров и Иван Сидоров пришли. Потом Иван выступил.", "Иван", False),
]


@pytest.mark.parametrize("text, words, person", NAMED_ELSEWHERE)
def test_a_name_the_text_gives_a_person_is_no_organization(extractor, text, words, person):
    res, (a, b) = _resolved_with_label(extractor, text, text.rindex(words), words, "ORG")
    assert any((p.first_tok, p.last_tok) == (a, b) for p in res.people) == person
    assert any((o.first_tok, o.last_tok) == (a, b) for o in res.organizations) != person


# a span the NER calls a place (its mistake is simulated) that reads as a first name and a
# surname the dictionary knows is a person; a place's name stays a place
PERSON_NOT_PLACE = [
    ("Они были единомышленниками президента Ахмат-Хаджи Кадырова.", "Ахмат-Хаджи Кадырова",
     True),
    ("Памятник Ивану Петрову открыли вчера.", "Ивану Петрову", True),
    ("Делегация прибыла в Нижний Новгород.", "Нижний Новгород", False),
    ("Делегация прибыла в Санкт-Петербург.", "Санкт-Петербург", False),
]


@pytest.mark.parametrize("text, words, person", PERSON_NOT_PLACE)
def test_a_full_name_the_ner_calls_a_place_is_a_person(extractor, text, words, person):
    res, (a, b) = _resolved_with_label(extractor, text, text.index(words), words, "LOC")
    assert any((p.first_tok, p.last_tok) == (a, b) for p in res.people) == person
    assert any((q.first_tok, q.last_tok) == (a, b) for q in res.places) != person


def _resolved_with_label(extractor, text, first, words, label):
    """The resolver's output on ``text`` when the NER has tagged ``words`` (at character
    ``first``) with ``label``: the NER's mistake simulated. Returns it and the words' tokens."""
    from civic_extract.document import parse_batch
    from civic_extract.extractors.organizations import extract_organizations
    from civic_extract.extractors.people import extract_people
    from civic_extract.extractors.places import extract_places
    from civic_extract.resolve import resolve
    from civic_extract.text.prepare import prepare

    models, morph, lex = extractor._load()
    doc = parse_batch([prepare(text)], models, morph)[0]
    span = [t.i for t in doc.toks if first <= t.start < first + len(words)]
    a, b = span[0], span[-1] + 1
    doc.ner = [n for n in doc.ner if n[2] <= a or n[1] >= b] + [(label, a, b)]
    for k in range(a, b):
        doc.toks[k].ner = label
    res = resolve(doc, morph, lex.people,
                  extract_people(doc, morph, lex.people),
                  extract_organizations(doc, morph, lex.organizations, set()),
                  extract_places(doc, morph, lex.places, set()))
    return res, (a, b)
