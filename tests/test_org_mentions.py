"""Organizations' mentions: which spans of the text an organization lists."""

from __future__ import annotations

import pytest


def _mentions(article, name):
    return [m.text for o in article.organizations if o.name == name for m in o.mentions]


def _check_mentions(article, text, name, mentions):
    """The organization ``name`` has these mentions, and every mention's offsets hold."""
    assert _mentions(article, name) == mentions, \
        [(o.name, [m.text for m in o.mentions]) for o in article.organizations]
    for o in article.organizations:
        for m in o.mentions:
            assert text[m.start:m.stop] == m.text


# the words of a mention repeated later in the text are a mention there too, unless a person,
# a place or another organization holds them; a title-case common word at a sentence's start
# (the text writes it in lowercase too) is no mention: (text, name, mentions)
REPEATED = [
    ("Социальная сеть Facebook выросла. Рекламу на Facebook покупают чаще.",
     "Facebook", ["Facebook", "Facebook"]),
    ("Группа «Кино» дала концерт. Песни «Кино» звучат до сих пор, а «Кино» собирает залы.",
     "Кино", ["Кино", "Кино", "Кино"]),
    ("Компания «Майкрософт» заплатила штраф. В течение года «Майкрософт» не раскрыла код.",
     "Майкрософт", ["Майкрософт", "Майкрософт"]),
    ("Завод ЗАЗ выпустил новую модель. Автомобили ЗАЗ дешевеют, ЗАЗ-1103 снят.",
     "ЗАЗ", ["ЗАЗ", "ЗАЗ"]),
    ("Общество «Архнадзор» выступило против сноса. Архнадзор подал иск в суд.",
     "Архнадзор", ["Архнадзор", "Архнадзор"]),
    ("Фонд «Центр» помог школе. Центр города перекрыт, в центре пробки.",
     "Центр", ["Центр"]),
    ("Банк «Восток» открыл отделение. Ветер дул с востока. Восток банка не видит.",
     "Восток", ["Восток"]),
    ("Иван Петров возглавил компанию «Петров и партнёры». Петров уехал в Москву.",
     "Петров и партнёры", ["Петров и партнёры"]),
    ("Компания «Москва» открылась. Москва приняла гостей.", "Москва", ["Москва"]),
    ("Солист ленинградского «Телевизора» пел. Песни «Телевизора» звучат.", "Телевизор",
     ["ленинградского «Телевизора»", "Телевизора"]),
    ('Лидер казанского "Рубина" уехал. Игроки "Рубина" остались.', "Рубин",
     ['казанского "Рубина"', "Рубина"]),
]


@pytest.mark.parametrize("text, name, mentions", REPEATED)
def test_repeated_words_are_mentions(run, text, name, mentions):
    _check_mentions(run(text), text, name, mentions)


# a body's mention leaves a proper-name complement to the place or organization it names, but
# runs over a complement after "по" rather than end on the preposition; words before a quoted
# name in the genitive leave it to the organization it names: (text, name, mentions)
EXTENTS = [
    ("Начальник управления ФСБ по Чечне Иван Петров заявил об этом.",
     "управление ФСБ по Чечне", ["управления ФСБ по Чечне"]),
    ("Дело возбудили в следственном управлении СК РФ по Кабардино-Балкарии.",
     "следственное управление СК РФ по Кабардино-Балкарии",
     ["следственном управлении СК РФ по Кабардино-Балкарии"]),
    ("Управление ФСБ по Чечне сообщило об этом.",
     "Управление ФСБ по Чечне", ["Управление ФСБ по Чечне"]),
    ("Об этом сообщила начальник пресс-службы МЧС по Санкт-Петербургу и Ленобласти Анна Белова.",
     "пресс-служба МЧС по Санкт-Петербургу и Ленобласти",
     ["пресс-службы МЧС по Санкт-Петербургу и Ленобласти"]),
    ("Пресс-служба МВД по Татарстану сообщила об этом.",
     "Пресс-служба МВД по Татарстану", ["Пресс-служба МВД по Татарстану"]),
    ("Пресс-служба ФСБ по делу ничего не сообщила.", "Пресс-служба ФСБ", ["Пресс-служба"]),
    ("Судом Партизанского района города Минска бывший кандидат был приговорен.",
     "Суд Партизанского района города Минска", ["Судом"]),
    ("Он содержится в изоляторе федерального суда Южного округа Нью-Йорка.",
     "федеральный суд Южного округа Нью-Йорка", ["федерального суда"]),
    ("Глава администрации Центрального района Иван Петров ушёл.",
     "администрация Центрального района", ["администрации"]),
    ("Глава администрации Заводского района города Минска Иван Петров ушёл.",
     "администрация Заводского района города Минска", ["администрации"]),
    ("Министерство культуры Польши выделило деньги.",
     "Министерство культуры Польши", ["Министерство культуры"]),
    ("Деньги выделило министерство культуры Польши.",
     "министерство культуры Польши", ["министерство культуры"]),
    ("В эксклюзивном интервью Русской службе «Голоса Америки» лидер сообщил об этом.",
     "Русская служба «Голоса Америки»", ["Русской службе"]),
    ("В эксклюзивном интервью Русской службе «Голоса Америки» лидер сообщил об этом.",
     "Голос Америки", ["Голоса Америки"]),
    ("— сказал Иван Орлов Русской службе «Голоса Америки».  Он утверждает, что это так.",
     "Русская служба «Голоса Америки»", ["Русской службе"]),
    ("— заявил Пётр Сидоров Украинской службе «Радио Свобода». Он уверен.",
     "Украинская служба «Радио Свобода»", ["Украинской службе"]),
    ("— заявил Пётр Сидоров Украинской службе «Радио Свобода». Он уверен.",
     "Радио Свобода", ["Радио Свобода"]),
    ("Спектакль показал Московский государственный музыкальный театр фольклора «Русская песня» "
     "вчера.", "Московский государственный музыкальный театр фольклора «Русская песня»",
     ["Московский государственный музыкальный театр фольклора «Русская песня»"]),
    ("Студенты Омского государственного технического университета «ОмГТУ» победили.",
     "Омский государственный технический университет «ОмГТУ»",
     ["Омского государственного технического университета «ОмГТУ»"]),
]


@pytest.mark.parametrize("text, name, mentions", EXTENTS)
def test_mention_extents(run, text, name, mentions):
    _check_mentions(run(text), text, name, mentions)


# the mention takes a lowercase relational adjective of a place right before the name, before
# its quotes too (the name stays without it): (text, name, mentions)
RELATIONAL = [
    ("Василий Шумов, лидер московского «Центра», дал концерт.", "Центр",
     ["московского «Центра»"]),
    ("Солист ленинградского «Телевизора» дал концерт.", "Телевизор",
     ["ленинградского «Телевизора»"]),
    ("Звезда испанской «Барселоны» женился.", "Барселона", ["испанской «Барселоны»"]),
    ("Лидер японского МИДа уехал.", "МИД", ["японского МИДа"]),
    ("Худрук московской «Геликон-оперы» выступил. В «Геликон-опере» премьера, а «Геликон-опера» "
     "празднует.", "Геликон-опера",
     ["московской «Геликон-оперы»", "Геликон-опере", "Геликон-опера"]),
    ("«Центр» выступил в Москве.", "Центр", ["Центр"]),
]


@pytest.mark.parametrize("text, name, mentions", RELATIONAL)
def test_mention_takes_a_relational_adjective(run, text, name, mentions):
    _check_mentions(run(text), text, name, mentions)


# a number written together with the word after it starts the name: (text, name, mentions)
GLUED_NUMBERS = [
    ("Вчера корпорация HP объявила о покупке фирмы 3Com за три миллиарда. Акции 3Com выросли.",
     "3Com", ["3Com", "3Com"]),
    ("Производитель сетевого оборудования 3Com продан. Акционеры 3Com довольны.", "3Com",
     ["3Com", "3Com"]),
    ("Фирма 1С выпустила программу.", "1С", ["1С"]),
    ("Концерн 3M отчитался о прибыли.", "3M", ["3M"]),
]


@pytest.mark.parametrize("text, name, mentions", GLUED_NUMBERS)
def test_name_starts_with_a_glued_number(run, text, name, mentions):
    article = run(text)
    assert _mentions(article, name) == mentions, \
        [(o.name, [m.text for m in o.mentions]) for o in article.organizations]


def test_no_repeated_mention_in_the_lines_around_the_text(run):
    body = "Грант получило ОО «Батыр» из Павлодара. Волонтеры «Батыра» помогли детям."
    text = "\n".join([body, "#Павлодар #волонтеры #Батыр", "Поделиться"])
    article = run(text)
    assert [m.text for o in article.organizations for m in o.mentions if m.start >= len(body)] \
        == []


# where the text writes a form again: standing apart (no letter, digit or hyphen either side, no
# abbreviation's dot after it), the form of most pieces first, never overlapping, as written
@pytest.mark.parametrize("text, forms, found", [
    ("Голос Америки и Голос вышли в эфир.", ["Голос", "Голос Америки"],
     [(0, 13, "Голос Америки"), (16, 21, "Голос")]),
    ("ЗАЗ-1103 и ЗАЗ; ЗАЗовский завод.", ["ЗАЗ"], [(11, 14, "ЗАЗ")]),
    ("С.Ш.А и США. Конец", ["США", "С"], [(8, 11, "США")]),
    ("Голос  Америки", ["Голос Америки"], []),
    ("«Кино», Кино и кино", ["Кино"], [(1, 5, "Кино"), (8, 12, "Кино")]),
    ("", ["Кино"], []),
])
def test_repeated_forms_are_found_as_written(text, forms, found):
    from civic_extract.link.named import _repeats
    assert list(_repeats(text, forms)) == found
    assert all(text[a:b] == form for a, b, form in found)
