"""Awards: kinds, quoted and descriptive names, conferrers, years, recipients."""

from __future__ import annotations

import pytest

AWARDS = [
    ("Премией акима области «Қамқор - 2020» награждены ОО «Батыр» и ОО «Алау».",
     ("Қамқор - 2020", "премия", 2020, ["Батыр", "Алау"])),
    ("Медалью «Халық алғысы» награждены волонтер Айгерим Нурланова и врач Марат Жунусов.",
     ("Халық алғысы", "медаль", None, ["Айгерим Нурланова", "Марат Жунусов"])),
    ("Орден «Парасат» вручили Ивану Петрову.", ("Парасат", "орден", None, ["Иван Петров"])),
    ("Почетной грамотой акима области награжден Иван Петров.",
     ("Почетная грамота акима области", "грамота", None, ["Иван Петров"])),
]


@pytest.mark.parametrize("text, expected", AWARDS)
def test_awards(run, text, expected):
    awards = run(text).awards
    assert len(awards) == 1
    a = awards[0]
    assert (a.name, a.kind, a.year, list(a.recipients)) == expected


def test_conferrer(run):
    a = run("Премией акима Акмолинской области «Қамқор» награждено ОО «Батыр».").awards[0]
    assert a.conferred_by == "аким Акмолинской области"


def test_organizations_of_titles_are_no_recipients(run):
    text = ("Медалью «Халық алғысы» награждена координатор фонда «Вера в добро» "
            "Татьяна Спиглазова.")
    assert run(text).awards[0].recipients == ("Татьяна Спиглазова",)


def test_award_word_alone_is_no_award(run):
    assert run("Премия будет вручена позже.").awards == ()
