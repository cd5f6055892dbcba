"""Organizations' mentions: which spans of the text an organization lists."""

from __future__ import annotations

import pytest


def _mentions(article, name):
    return [m.text for o in article.organizations if o.name == name for m in o.mentions]


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
]


@pytest.mark.parametrize("text, name, mentions", REPEATED)
def test_repeated_words_are_mentions(run, text, name, mentions):
    article = run(text)
    assert _mentions(article, name) == mentions, \
        [(o.name, [m.text for m in o.mentions]) for o in article.organizations]
    for o in article.organizations:
        for m in o.mentions:
            assert text[m.start:m.stop] == m.text
