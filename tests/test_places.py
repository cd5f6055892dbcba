"""Places: nominative names, kinds, abbreviations, gazetteer."""

from __future__ import annotations

import pytest

PLACES = [
    ("Форум прошел в Акмолинской области.", ("Акмолинская область", "region")),
    ("Форум прошел в Кокшетау.", ("Кокшетау", "city")),
    ("Делегация прибыла из Казахстана.", ("Казахстан", "country")),
    ("Новости ЗКО: открыт центр.", ("Западно-Казахстанская область", "region")),
    ("Встреча прошла в Целиноградском районе.", ("Целиноградский район", "district")),
    ("Делегация из Нидерландов приехала.", ("Нидерланды", "country")),
]


@pytest.mark.parametrize("text, expected", PLACES)
def test_places(run, text, expected):
    assert expected in [(p.name, p.kind) for p in run(text).places]


def test_adjectives_are_no_places(run):
    assert run("Это важно для казахстанского общества.").places == ()


def test_place_inside_an_organization_name(run):
    text = "Выступила президент Гражданского альянса Казахстана Бану Нургазиева."
    assert "Казахстан" in [p.name for p in run(text).places]


MORE_PLACES = [
    ("Законы РК меняются.", ("Республика Казахстан", "country")),
    ("Встреча прошла в Доме дружбы.", ("Дом дружбы", "other")),
    ("Аким области Абай провел прием.", ("область Абай", "region")),
]


@pytest.mark.parametrize("text, expected", MORE_PLACES)
def test_more_places(run, text, expected):
    assert expected in [(p.name, p.kind) for p in run(text).places]


NOT_PLACES = [
    ("Сессию провел Кызылординский городской маслихат.", "Кызылординский городской маслихат"),
    ("Открылся центр Первого Президента.", "Первый Президент"),
]


@pytest.mark.parametrize("text, name", NOT_PLACES)
def test_not_places(run, text, name):
    assert name not in [p.name for p in run(text).places]
