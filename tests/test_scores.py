"""Confidence scores: in [0, 1], and ordered by the evidence for an entity (the rule's and the
statistic kind's fitted precision, further mentions, agreeing facts)."""

from __future__ import annotations

import pytest

from civic_extract.lexicon import RuleScores


def _stat(article, value, head):
    found = [s for s in article.statistics if s.value == value and s.head == head]
    assert len(found) == 1, [(s.value, s.head) for s in article.statistics]
    return found[0]


def _person(article, last):
    found = [p for p in article.people if p.last == last]
    assert len(found) == 1, [p.name for p in article.people]
    return found[0]


def test_every_score_is_in_unit_range(run):
    a = run("Директор фонда «Рассвет» Анна Петрова вручила 12 грамот и медаль «За труд» "
            "волонтерам Костаная. За три года фонд собрал 2 млн тенге.")
    scores = [e.score for e in (*a.people, *a.organizations, *a.places, *a.awards,
                                *a.statistics)] + [t.score for p in a.people for t in p.titles]
    assert scores and all(0.0 <= s <= 1.0 for s in scores)


# (text, sure statistic, less sure statistic): the same rule and kind, digits above words;
# case, number and order varied
DIGITS_OVER_WORDS = [
    ("В акции участвовали 25 волонтеров и пять врачей.", (25, "волонтер"), (5, "врач")),
    ("Пять школ и 14 библиотек получили книги.", (14, "библиотека"), (5, "школа")),
    ("Награды получили семеро спортсменов, а дипломы — 30 тренеров.",
     (30, "тренер"), (7, "спортсмен")),
    ("В конкурсе — 120 проектов; победили три проекта.", (120, "проект"), (3, "проект")),
]


@pytest.mark.parametrize("text, sure, unsure", DIGITS_OVER_WORDS)
def test_a_number_in_digits_scores_above_number_words(run, text, sure, unsure):
    a = run(text)
    assert _stat(a, *sure).score > _stat(a, *unsure).score


# a duration is less often counted as a number than a count (the statistic kinds' precision)
DURATION_BELOW_COUNT = [
    ("Проект длился 12 месяцев, в нем участвовали 12 школ.", (12, "месяц"), (12, "школа")),
    ("За 3 года фонд помог 40 семьям.", (3, "год"), (40, "семья")),
    ("Ремонт шел 4 месяца; отремонтировали 8 домов.", (4, "месяц"), (8, "дом")),
    ("Сорок детей отдыхали в лагере две недели.", (2, "неделя"), (40, "ребенок")),
]


@pytest.mark.parametrize("text, duration, count", DURATION_BELOW_COUNT)
def test_a_duration_scores_below_a_count(run, text, duration, count):
    a = run(text)
    d, c = _stat(a, *duration), _stat(a, *count)
    assert (d.kind, c.kind) == ("duration", "count")
    assert d.score < c.score


# (text, confirmed person, lone surname guess): a title that agrees with the person, a first
# name and a further mention raise the score above a surname said once
CONFIRMED_OVER_LONE = [
    ("Аким района Ержан Сапаров открыл школу. Сапаров поблагодарил строителей. "
     "На открытии был и Жумабеков.", "Сапаров", "Жумабеков"),
    ("Председатель совета ветеранов Мария Кузнецова вручила награды; Кузнецова говорила "
     "недолго. Выступил также Ильин.", "Кузнецова", "Ильин"),
    ("Гостей встречала Волкова. Директор библиотеки Ольга Сергеевна Белова рассказала о "
     "фонде, Белова показала выставку.", "Белова", "Волкова"),
]


@pytest.mark.parametrize("text, confirmed, lone", CONFIRMED_OVER_LONE)
def test_a_confirmed_person_scores_above_a_lone_surname(run, text, confirmed, lone):
    a = run(text)
    sure, guess = _person(a, confirmed), _person(a, lone)
    assert sure.titles and len(sure.mentions) > 1 and sure.first
    assert sure.score > guess.score


# (text, name given as written, name rebuilt from an oblique case): the same rule and facts
WRITTEN_OVER_REBUILT = [
    ("Награду вручили Айгуль Омаровой, а рядом стоял Павел Зуев.", "Зуев", "Омарова"),
    ("Сергей Белов поблагодарил Марину Козлову.", "Белов", "Козлова"),
    ("О работе Олега Смирнова рассказала Анна Орлова.", "Орлова", "Смирнов"),
]


@pytest.mark.parametrize("text, written, rebuilt", WRITTEN_OVER_REBUILT)
def test_a_name_as_written_scores_above_one_rebuilt_from_its_case(run, text, written, rebuilt):
    a = run(text)
    assert _person(a, written).score > _person(a, rebuilt).score


# the post of a person whose name the text gives as written is surer than that of a person
# whose name is rebuilt
TITLE_OF_WRITTEN_NAME = [
    ("Учителю Марату Жумабаеву вручили грамоту, а учитель Ольга Ким получила медаль.",
     "Ким", "Жумабаев"),
    ("Директор школы Анна Орлова поблагодарила директора школы Олега Смирнова.",
     "Орлова", "Смирнов"),
]


@pytest.mark.parametrize("text, written, rebuilt", TITLE_OF_WRITTEN_NAME)
def test_the_title_of_a_name_as_written_scores_above(run, text, written, rebuilt):
    a = run(text)
    sure, unsure = _person(a, written).titles, _person(a, rebuilt).titles
    assert len(sure) == len(unsure) == 1 and sure[0].head == unsure[0].head
    assert sure[0].score > unsure[0].score


def test_a_title_naming_its_organization_scores_above_a_bare_one(run):
    a = run("Директор фонда «Добро» Анна Петрова и учитель Олег Сергеевич Иванов открыли "
            "выставку.")
    named = _person(a, "Петрова").titles[0]
    bare = _person(a, "Иванов").titles[0]
    assert named.organization and not bare.organization
    assert named.score > bare.score


def _scores(**sub: float) -> RuleScores:
    return RuleScores({("statistics", "noun_phrase"): 0.95}, {"statistics": 0.95},
                      {("statistics", k): p for k, p in sub.items()}, {"statistics": 0.8})


def test_a_weak_sub_kind_lowers_the_rule_prior_by_its_log_odds():
    s = _scores(duration=0.2, weak=0.5, count=0.95, money=0.8)
    rule = s.prior("statistics", "noun_phrase")
    assert rule == 0.95
    assert s.prior("statistics", "noun_phrase", "duration") < \
        s.prior("statistics", "noun_phrase", "weak") < rule
    # a strong sub-kind raises nothing: the sub-kinds' pool is not the rules'
    assert s.prior("statistics", "noun_phrase", "count") == pytest.approx(rule)
    # a sub-kind at the mean leaves the rule's precision; an unknown one too
    assert s.prior("statistics", "noun_phrase", "money") == pytest.approx(rule)
    assert s.prior("statistics", "noun_phrase", "area") == rule
    # an unknown rule takes the kind's precision; an unknown kind the middle
    assert s.prior("statistics", "new_rule") == 0.95
    assert s.prior("places", "new_rule") == 0.5


def test_a_sub_kind_keeps_the_prior_inside_the_unit_range():
    s = _scores(duration=0.0, count=1.0)
    assert 0.0 < s.prior("statistics", "noun_phrase", "duration") < 0.95
    assert s.prior("statistics", "noun_phrase", "count") == pytest.approx(0.95)
