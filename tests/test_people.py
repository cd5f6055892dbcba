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
    # first names the dictionary does not know: one case and gender for the whole name
    ("Жительница села Гульжан Ермекова получила грамоту.", "Гульжан Ермекова", "Ермекова",
     "Гульжан", None),
    ("Жительница Шымкента Жадыра Нурланова получила грамоту.", "Жадыра Нурланова", "Нурланова",
     "Жадыра", None),
    ("Грамоту вручили Жании Абеновой, учителю музыки.", "Жания Абенова", "Абенова", "Жания", None),
    ("Поздравили Жанию Абенову с победой.", "Жания Абенова", "Абенова", "Жания", None),
    ("Медаль вручена Айнуре Сапаровой.", "Айнура Сапарова", "Сапарова", "Айнура", None),
    ("Благодарность объявлена Дильнозе Рахим.", "Дильноза Рахим", "Рахим", "Дильноза", None),
    ("Грамоту получила Лаззат Чинкисбаева.", "Лаззат Чинкисбаева", "Чинкисбаева", "Лаззат",
     None),
    ("Грамоту вручили Лаззат Чинкисбаевой.", "Лаззат Чинкисбаева", "Чинкисбаева", "Лаззат",
     None),
    ("Слово передали Ерлану Сапарову.", "Ерлан Сапаров", "Сапаров", "Ерлан", None),
    ("Встречу провел Ерлан Сапаров.", "Ерлан Сапаров", "Сапаров", "Ерлан", None),
    ("С докладом выступил Гани Ермеков, заместитель акима.", "Гани Ермеков", "Ермеков", "Гани",
     None),
    ("Слово предоставили Али Назарову.", "Али Назаров", "Назаров", "Али", None),
    ("Слово передали Игорю Смирнову.", "Игорь Смирнов", "Смирнов", "Игорь", None),
    # foreign names the dictionary would decline as Russian words stay as written
    ("Премьер Рами Хамдалла подал в отставку.", "Рами Хамдалла", "Хамдалла", "Рами", None),
    ("Вратарь Эйдзи Кавасима пропустил гол.", "Эйдзи Кавасима", "Кавасима", "Эйдзи", None),
    ("Игрок Криштиану Роналду забил гол.", "Криштиану Роналду", "Роналду", "Криштиану", None),
    # a surname in capitals comes out capitalized, in the nominative
    ("На встрече выступил аким района Ерлан САРСЕНОВ.", "Ерлан Сарсенов", "Сарсенов", "Ерлан",
     None),
    ("Награду вручили Алие ЖУМАБЕКОВОЙ.", "Алия Жумабекова", "Жумабекова", "Алия", None),
    ("По словам Бахыта ТЕМИРОВА, проект продолжится.", "Бахыт Темиров", "Темиров", "Бахыт",
     None),
    ("Автор: МАРИНА КОВАЛЕВА", "Марина Ковалева", "Ковалева", "Марина", None),
    # a title before a capitalized name is evidence of a person, whatever the NER says
    ("Аким Алматы Ерболат Досаев открыл форум.", "Ерболат Досаев", "Досаев", "Ерболат", None),
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
    # a first name alone before the one full name with it is that person
    ("Константин вышел на сцену. Затем Константин Кинчев спел песню.", 1, 2),
    ("Айгерим выступила первой. Айгерим Ахметова поблагодарила гостей.", 1, 2),
    # with two full names of that first name, the first name alone stays apart
    ("Иван пришел. Иван Петров и Иван Сидоров выступили.", 3, 3),
    # a surname the NER left untagged elsewhere, in any case, is the same person
    ("Иван Петров открыл форум. По словам Петрова, форум пройдет в Астане. Затем Петрову "
     "вручили медаль.", 1, 3),
    ("Айгерим Ахметова открыла выставку. Гостей встречала Ахметова, а затем Ахметовой "
     "вручили цветы.", 1, 3),
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
    # a lone dictionary word opening its sentence, the people of a place, a scrap
    "Аграрий выделил средства районной больнице.",
    "Грант выделен при поддержке министерства.",
    "Павлодарцев, отличившихся на субботнике, наградили грамотами.",
    "Костанайцы приняли участие в акции.",
    "Горожане вышли на субботник.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_not_people(run, text):
    assert run(text).people == ()


@pytest.mark.parametrize("text, name, mentions", [
    ("Журналист Джошуа Вольф (Joshua Wolf) провел в тюрьме год.",
     "Джошуа Вольф", ["Джошуа Вольф", "Joshua Wolf"]),
    ("Письмо подписал председатель Иван Петров (Ivan Petrov).",
     "Иван Петров", ["Иван Петров", "Ivan Petrov"]),
])
def test_spelling_in_brackets_is_the_same_person(run, text, name, mentions):
    (person,) = run(text).people
    assert person.name == name
    assert [m.text for m in person.mentions] == mentions
