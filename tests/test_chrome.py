"""Page chrome (menus, share and comment widgets, credits, footers) yields no entities.

The rules are data (data/chrome.txt), matched against whole lines; the text is kept, so offsets
stay valid. Every line below is written for this test.
"""

from __future__ import annotations

import bisect
import os

import pytest

from civic_extract.text.prepare import prepare

from conftest import check_offsets

CHROME = [
    # photo and video credits
    "пресс-служба акимата, фото - Новости Примерсайт.kz от 02.03.2021 10:15 пресс-служба",
    "Фото с сайта akorda.kz",
    "Фото из открытых источников",
    "Видео предоставлено пресс-службой ДП Павлодарской области",
    "Автор фото: Айгерим Ахметова",
    "Фото: пресс-служба акима области",
    # a source's credit, with a colon, a dash or none
    "Источник: пресс-служба акимата",
    "Источник - Новости Примерсайт.kz",
    "Источник Примерсайт.kz",
    # menus, breadcrumbs, language switchers
    "Главная / Новости / Общество",
    "Басты бет > Жаңалықтар",
    "Рус | Қаз | Eng",
    # an accessibility switch, with the language switch after it on the line
    "Версия для слабовидящих   Қаз   Рус",
    "Обычная версия сайта | Рус",
    "RU KZ EN",
    "Facebook Telegram WhatsApp ВКонтакте",
    "ВКонтакте  Telegram  ОК",
    # a menu parted by two spaces or more; one in capitalized words with items of a menu
    "О палате  Состав  Комиссии  Новости  Документы  Обращения граждан",
    "Главная Город Область Общество Культура Видео Фото Реклама",
    "Новости Политика Экономика Спорт Культура Видео",
    "Жаңалықтар",
    "Іздеу",
    # share, subscribe, read-more widgets
    "Поделиться",
    "Поделиться в Telegram",
    "Мы в Telegram",
    "Наш канал в WhatsApp: подпишитесь",
    "Присоединяйтесь к нам в Instagram",
    "Больше новостей в нашем Telegram-канале",
    "Все новости раздела",
    "Читайте также: аким Ермек Сапаров наградил ОО «Мирас»",
    "Читать далее",
    "Загрузить ещё",
    "Популярное",
    "Материалы по теме:",
    "Тағы оқыңыз: ОО «Мирас» жаңа жоба бастады",
    "Версия для печати",
    "Скопировать ссылку",
    "Следите за новостями примерсайт.kz в:",
    "Подпишитесь на наши уведомления!",
    "Включите уведомления и получайте главные новости первым!",
    # comment widgets
    "Оставить комментарий",
    "Авторизуйтесь, чтобы оставить комментарий",
    "Комментариев пока нет",
    "Будьте первым, кто оставит комментарий",
    "Комментарии (12)",
    "Если вы видите данное сообщение, значит не загрузился модуль комментариев",
    "Сообщите об ошибке на странице",
    "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
    # counters, dates, reading time
    "Просмотров: 1 245",
    "1245 просмотров",
    "Время чтения: 3 мин.",
    "4 минуты чтения",
    "Обновлено: 02.03.2021, 11:40",
    "2 марта 2021, 10:15",
    "Сегодня, 10:15",
    "10:15",
    "02.03.2021 10:15",
    "37",
    # legal footer, age marks, advertising, cookies
    "При использовании материалов ссылка на сайт обязательна",
    "Перепечатка материалов без согласия редакции запрещена",
    "Мнение редакции может не совпадать с мнением автора",
    "Свидетельство о постановке на учет СМИ № 00000-ИА выдано Министерством информации",
    "Главный редактор: Ермек Сапаров",
    "Собственник: ТОО «Пример Медиа»",
    "18+",
    "На правах рекламы",
    "Мы используем файлы cookie, чтобы сайт работал удобнее",
    "© 2021 Примерсайт. Все права защищены",
    # currency widgets, hashtag lines
    "USD 470,50 EUR 512,10 RUB 6,30",
    "Курс валют на сегодня",
    "#Павлодар #волонтеры #Мирас",
]

NOT_CHROME = [
    "Аким области Ермек Сапаров наградил волонтеров.",
    "Последние новости: Ермек Сапаров подписал распоряжение",
    "На фото — аким области Ермек Сапаров с волонтерами",
    "Поделившись опытом, ОО «Мирас» открыло филиал в Кокшетау.",
    "В области работают 150 волонтеров.",
    "Главная задача ОО «Мирас» — помощь детям.",
    "Комментируя итоги года, Айгерим Ахметова поблагодарила партнеров.",
    "Фотовыставка ОО «Мирас» открылась в Павлодаре.",
    # a sentence that opens with "Источник" (a person who informs)
    "Источник в акимате сообщил, что проект одобрен.",
    "Источник в министерстве рассказал о планах.",
    # a caption that lists people, a headline in capitals of its own
    "Иван Петров Анна Смирнова Мария Ким",
    "Аким Области Встретился С Волонтерами",
    "Волонтеры Шымкента провели марафон добрых дел",
]


def _is_chrome_line(line: str) -> bool:
    p = prepare(line)
    return p.is_chrome(0, len(p.norm))


@pytest.mark.parametrize("line", CHROME)
def test_chrome_line(line):
    assert _is_chrome_line(line)


@pytest.mark.parametrize("line", NOT_CHROME)
def test_not_chrome_line(line):
    assert not _is_chrome_line(line)


def test_chrome_lines_yield_no_entities_and_keep_offsets(run):
    body = "Аким области Ермек Сапаров наградил ОО «Мирас» в Павлодаре."
    text = "\n".join(CHROME[:8] + [body] + CHROME[8:])
    article = run(text)
    check_offsets(article)
    start, stop = text.index(body), text.index(body) + len(body)
    for kind, m in article.mentions():
        assert start <= m.start and m.stop <= stop, (kind, m)
    assert [p.name for p in article.people] == ["Ермек Сапаров"]
    assert [o.name for o in article.organizations] == ["Мирас"]


@pytest.mark.parametrize("opener", ["Читайте также:", "ЧИТАЙТЕ ТАКЖЕ", "По теме:",
                                    "Похожие новости", "Другие новости:"])
def test_the_headlines_of_a_block_of_links_are_chrome(run, opener):
    body = "Аким области Ермек Сапаров наградил ОО «Мирас» в Павлодаре."
    after = "Фонд «Береке» провел акцию в Аксу. Волонтеры помогли 20 семьям."
    text = "\n".join([body, opener, "В Экибастузе открылся центр ОФ «Шанс»",
                      "Аким Павлодара Асаин Байханов встретился с НПО", "", after])
    article = run(text)
    check_offsets(article)
    assert [p.name for p in article.people] == ["Ермек Сапаров"]
    assert [o.name for o in article.organizations] == ["Мирас", "Береке"]
    assert "Экибастуз" not in [p.name for p in article.places]


def test_a_block_of_links_ends_at_prose():
    text = "Читайте также:\nВ Экибастузе открылся центр\nАким Павлодара наградил волонтеров."
    p = prepare(text)
    second = p.norm.index("В Экибастузе")
    prose = p.norm.index("Аким Павлодара")
    assert p.is_chrome(second, second + 12)
    assert not p.is_chrome(prose, prose + 5)


def test_chrome_is_found_among_many_lines():
    lines = ["Обычная строка номер один."] * 500 + ["Поделиться"] + ["Ещё строка."] * 500
    p = prepare("\n".join(lines))
    start = p.norm.index("Поделиться")
    assert p.is_chrome(start, start + 10)
    assert not p.is_chrome(0, 5) and not p.is_chrome(start + 11, start + 15)
    assert not p.is_chrome(start - 3, start + 10)  # a span reaching out of the line


def test_s01_header_caption_and_footer_yield_nothing(extractor, shared_dir):
    path = os.path.join(shared_dir, "corpus", "civic-dev", "S01.txt")
    if not os.path.exists(path):
        pytest.skip("civic-dev/S01.txt is absent")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    article = extractor.extract(text)
    check_offsets(article)
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    header = [ln for ln in lines[:lines.index(next(ln for ln in lines if not ln[2].strip()))]]
    caption = [ln for ln in lines if "фото -" in ln[2]]
    footer_start = text.index("Следите за новостями")
    footer = [ln for ln in lines if ln[0] >= footer_start and ln[2].strip()]
    assert header and caption and len(footer) >= 5
    p = prepare(text)
    for a, b, line in header + caption + footer:
        na, nb = bisect.bisect_left(p.index, a), bisect.bisect_left(p.index, b)
        assert p.is_chrome(na, nb), line
        for kind, m in article.mentions():
            assert not (a <= m.start < b), (kind, m, line)
