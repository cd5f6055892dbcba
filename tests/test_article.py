"""The whole bundled example article, end to end (expected values checked by hand)."""

from __future__ import annotations

import pytest

from conftest import EXAMPLE, check_offsets


@pytest.fixture(scope="module")
def article(extractor):
    with open(EXAMPLE, encoding="utf-8") as f:
        return extractor.extract(f.read(), doc_id="example")


def test_people_and_titles(article):
    got = {p.name: [t.normal for t in p.titles] for p in article.people}
    assert got == {
        "Асаин Байханов": ["аким Павлодарской области", "руководитель региона"],
        "Гульнар Сейтмаганбетова": ["руководитель управления внутренней политики"],
        "Ерлан Қасымов": ["председатель общественного объединения «Жастар Әлемі»"],
        "Айгерим Нурланова": ["волонтер"],
        "Марат Жунусов": ["директор общественного фонда «Бала Әлемі»"],
    }


def test_organizations(article):
    assert [(o.name, o.form) for o in article.organizations] == [
        ("Жастар Әлемі", "ОО"), ("Мейірім", "ОО"), ("Қамқорлық Павлодар", "ОФ"),
        ("Экибастуз Су", "ТОО"), ("Бала Әлемі", "ОФ")]


def test_places(article):
    assert [(p.name, p.kind) for p in article.places] == [
        ("Павлодар", "city"), ("Павлодарская область", "region"), ("Экибастуз", "city"),
        ("Аксу", "city")]


def test_awards(article):
    assert [(a.name, a.kind, a.conferred_by, a.year, a.recipients) for a in article.awards] == [
        ("Шапағат - 2024", "премия", "аким Павлодарской области", 2024,
         ("Мейірім", "Қамқорлық Павлодар", "Экибастуз Су")),
        ("Ерен еңбегі үшін", "медаль", None, None, ("Айгерим Нурланова", "Марат Жунусов")),
    ]


def test_statistics(article):
    assert [(s.value, s.unit, s.qualifier) for s in article.statistics] == [
        (300, "представитель", "более"), (3, "год", None), (2, "раз", "почти"),
        (1200000000, "тенге", None), (1150, "некоммерческая организация", None),
        (640, "некоммерческая организация", None), (45, "социальный проект", None),
        (12, "район", None)]


def test_offsets(article):
    check_offsets(article)
