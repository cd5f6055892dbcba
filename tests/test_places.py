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
