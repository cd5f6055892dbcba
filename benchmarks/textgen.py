"""Text for the benchmarks: the corpus beside the checkout, or generated news-like Russian.

The generator's fragments are written for this project (no corpus sentence is copied): names,
titles, organizations with legal forms and quoted names, places, awards and numbers, joined into
sentences and paragraphs, so every extractor has work to do.
"""

from __future__ import annotations

import glob
import os
import random

__all__ = ["SHARED", "adversarial_text", "corpus_texts", "generated_article", "news_text"]

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
SETS = ["civic-dev", "factru/devset", "nerel/train", "nerel/dev"]

FIRST = ["Ермек", "Айгерим", "Сергей", "Гульнара", "Нурлан", "Ольга", "Бауыржан", "Марат",
         "Динара", "Алексей", "Жанна", "Тимур", "Сауле", "Виктор", "Асель"]
LAST = ["Сапаров", "Ахметова", "Ковалев", "Жумабекова", "Исаев", "Токтарова", "Беляев",
        "Кенжебаев", "Омарова", "Лаптев", "Сериков", "Ермекова", "Панов", "Садыкова"]
TITLES = ["аким области", "заместитель акима города", "председатель правления",
          "директор школы-гимназии", "руководитель управления образования", "министр культуры",
          "президент ассоциации", "депутат маслихата", "глава района", "координатор проекта"]
FORMS = ["ОО", "ОФ", "ТОО", "АО", "КГУ", "РОО", "общественный фонд", "общественное объединение"]
NAMES = ["Жарық", "Добрые руки", "Болашақ", "Северный ветер", "Мирас", "Зеленый город",
         "Шаңырақ", "Открытое сердце", "Достық", "Наш дом"]
PLACES = ["Павлодаре", "Костанайской области", "Астане", "Алматы", "Кокшетау",
          "Карагандинской области", "Семее", "Туркестане", "Москве", "Уральске"]
AWARDS = ["медалью", "почетной грамотой акима области", "благодарственным письмом министра",
          "орденом «Парасат»", "премией «Лучший волонтер»", "нагрудным знаком"]
UNITS = ["некоммерческих организаций", "волонтеров", "проектов", "млн тенге", "человек",
         "детей", "семей", "процентов", "школ", "участников"]
VERBS = ["сообщил", "отметила", "заявил", "подчеркнула", "рассказал"]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _org(rng: random.Random) -> str:
    return f"{rng.choice(FORMS)} «{rng.choice(NAMES)}»"


def _sentence(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return (f"В {rng.choice(PLACES)} {rng.choice(TITLES)} {_person(rng)} вручил награды "
                f"представителям {_org(rng)}.")
    if kind == 1:
        return (f"{rng.choice(AWARDS).capitalize()} награждены {_org(rng)} и "
                f"{_person(rng)}, {rng.choice(TITLES)}.")
    if kind == 2:
        return (f"В регионе работают {rng.randrange(2, 2000)} {rng.choice(UNITS)}, "
                f"{rng.choice(VERBS)} {rng.choice(TITLES)} {_person(rng)}.")
    if kind == 3:
        return (f"По словам {_person(rng)}, на проект выделено {rng.randrange(1, 900)} "
                f"{rng.choice(UNITS)}.")
    if kind == 4:
        return f"{_org(rng)} провело форум в {rng.choice(PLACES)} при поддержке {_org(rng)}."
    return f"Более {rng.randrange(10, 500)} {rng.choice(UNITS)} приняли участие в акции."


def generated_article(rng: random.Random, paragraphs: int = 6) -> str:
    """A short news-like article: a headline and a few paragraphs."""
    head = f"В {rng.choice(PLACES)} наградили {rng.choice(UNITS)}"
    body = [" ".join(_sentence(rng) for _ in range(rng.randrange(2, 6)))
            for _ in range(paragraphs)]
    return "\n\n".join([head, *body])


def corpus_texts() -> list[str]:
    """Every text of ../shared/corpus (empty when it is not beside the checkout)."""
    out = []
    for name in SETS:
        for path in sorted(glob.glob(os.path.join(SHARED, "corpus", name, "*.txt"))):
            with open(path, encoding="utf-8") as f:
                out.append(f.read())
    return out


def news_text(size: int, seed: int = 0) -> tuple[str, str]:
    """About ``size`` characters of news: corpus texts joined (repeated as needed), or generated
    articles when the corpus is absent. Returns (text, source description)."""
    texts = corpus_texts()
    source = "../shared/corpus"
    if not texts:
        rng = random.Random(seed)
        texts = [generated_article(rng) for _ in range(200)]
        source = "generated"
    parts: list[str] = []
    total = 0
    k = 0
    while total < size:
        t = texts[k % len(texts)]
        parts.append(t)
        total += len(t) + 2
        k += 1
    return "\n\n".join(parts)[:size], source


_SYLLABLES = ["ба", "ке", "то", "ми", "ра", "су", "да", "ле", "ну", "жа", "ко", "ри", "са", "ту",
              "ма", "бе", "ло", "ни", "ве", "за", "гу", "па", "ды", "те"]
_NAME_ENDINGS = ["ов", "ев", "ин", "бай", "баев", "енко"]


def distinct_surnames(rng: random.Random) -> str:
    """A surname unlikely to repeat: four random syllables and a surname ending, capitalized."""
    stem = "".join(rng.choice(_SYLLABLES) for _ in range(4))
    return (stem + rng.choice(_NAME_ENDINGS)).capitalize()


def adversarial_text(kind: str, size: int, seed: int = 0) -> str:
    """About ``size`` characters of a hostile input of one ``kind``:

    - ``quotes``: unclosed and nested «, „ and " quotes before words, in sentences that never end;
    - ``brackets``: unclosed ( and [ before words, likewise;
    - ``names``: one sentence per person, each with a distinct surname ("Аким Ермек Кебатов
      выступил."), so the people to merge grow with the text;
    - ``organizations``: one sentence per organization, each with a distinct quoted name
      ("Фонд «Кебатов» провел форум."), so the names searched for again grow with the text;
    - ``lists``: an award, then lines that each announce a list ("Награды получили:") and
      first names before a shared plural surname, so every intro could reach every line after;
    - ``news``: ``news_text``.
    """
    rng = random.Random(seed)
    words = ["Аким", "области", "фонд", "Ана", "Үйі", "Батыр", "форум", "премия", "Жарық",
             "волонтеры", "проект", "Павлодар"]
    parts: list[str] = []
    total = 0
    while total < size:
        if kind == "quotes":
            piece = " ".join(f"{rng.choice('«„“«')}{rng.choice(words)}" for _ in range(40))
        elif kind == "brackets":
            piece = " ".join(f"{rng.choice('([(')}{rng.choice(words)}" for _ in range(40))
        elif kind == "names":
            piece = (f"{rng.choice(['Аким', 'Депутат', 'Директор'])} {rng.choice(FIRST)} "
                     f"{distinct_surnames(rng)} {rng.choice(VERBS)}.")
        elif kind == "organizations":
            piece = (f"{rng.choice(['Фонд', 'Совет', 'Центр'])} «{distinct_surnames(rng)}» "
                     f"{rng.choice(['провел форум', 'вырос', 'открылся'])}.")
        elif kind == "lists":
            piece = ("Аким вручил медали «Шапағат»." if not parts else
                     rng.choice(["Награды получили:", "Анна и Сергей Мельниковы;",
                                 "Ерлан и Айгуль Сапаровы;"])) + "\n"
        elif kind == "news":
            return news_text(size, seed)[0]
        else:
            raise ValueError(f"unknown kind {kind!r}")
        parts.append(piece)
        total += len(piece) + 1
    return " ".join(parts)[:size]
