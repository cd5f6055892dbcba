"""People: names in the nominative, parts, merging of mentions. Case tables of short sentences."""

from __future__ import annotations

import pytest

NAMES = [
    # nominative stays as written, Kazakh names included
    ("Ермек Маржикпаев открыл форум.", "Ермек Маржикпаев", "Маржикпаев", "Ермек", None),
    ("Выступила Бану Нургазиева.", "Бану Нургазиева", "Нургазиева", "Бану", None),
    ("Мадияр Кожахмет выступил с докладом.", "Мадияр Кожахмет", "Кожахмет", "Мадияр", None),
    # oblique cases → nominative, gender kept
    ("Награду вручили Ермеку Маржикпаеву.", "Ермек Маржикпаев", "Маржикпаев", "Ермек", None),
    ("Медаль вручили Куралай Джумабековой.", "Куралай Джумабекова", "Джумабекова", "Куралай",
     None),
    ("Поздравили Касым-Жомарта Токаева.", "Касым-Жомарт Токаев", "Токаев", "Касым-Жомарт", None),
    ("Мы встретились с Натальей Петровой.", "Наталья Петрова", "Петрова", "Наталья", None),
    # surname first, patronymics
    ("Письмо Абдурахмановой Натальи Петровны зачитали.", "Абдурахманова Наталья Петровна",
     "Абдурахманова", "Наталья", "Петровна"),
    ("Наталья Петровна Абдурахманова выступила.", "Наталья Петровна Абдурахманова",
     "Абдурахманова", "Наталья", "Петровна"),
    # initials
    ("Слово дали А. Б. Иванову.", "А. Б. Иванов", "Иванов", None, None),
]


@pytest.mark.parametrize("text, name, last, first, middle", NAMES)
def test_names(run, text, name, last, first, middle):
    people = run(text).people
    assert len(people) == 1, people
    p = people[0]
    assert (p.name, p.last, p.first, p.middle) == (name, last, first, middle)


MERGES = [
    ("Ермек Маржикпаев открыл форум. Маржикпаев отметил рост.", 1, 2),
    ("Награду вручили Ермеку Маржикпаеву. Ермек Маржикпаев поблагодарил.", 1, 2),
    ("Иван Петров и Анна Петрова выступили.", 2, 2),
    ("Иван Петров и Сергей Петров выступили.", 2, 2),
    # two adjacent full names are two people, even in one case by the tagger
    ("Дом купил советник сенатора Джона Смита Марк Браун.", 2, 2),
    # a foreign first name the morphology leaves inflected still joins its person
    ("Встречу открыл Бессель Кок. Слово передали Бесселю Коку, а затем поблагодарили "
     "Бесселя Кока.", 1, 3),
]


@pytest.mark.parametrize("text, people, mentions", MERGES)
def test_one_person_per_real_person(run, text, people, mentions):
    article = run(text)
    assert len(article.people) == people
    assert sum(len(p.mentions) for p in article.people) == mentions


NOT_PEOPLE = [
    "Ошибка в тексте:",
    "Поделиться",
    "Премия «Иван Петров» учреждена в прошлом году.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_not_people(run, text):
    assert run(text).people == ()
