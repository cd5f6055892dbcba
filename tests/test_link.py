"""The linker: one entity per real organization within an article (short forms, abbreviations),
and abbreviations never inflected."""

from __future__ import annotations

import pytest

ONE_ORGANIZATION = [
    # the full name, then its first words when the rest names a place of the text
    ("Общественная палата Омской области провела форум. Затем Общественная палата наградила "
     "волонтеров.", "Общественная палата Омской области", ("Общественная палата",)),
    ("Верховный суд России рассмотрел дело. Верховный суд отклонил жалобу.",
     "Верховный суд России", ("Верховный суд",)),
    # the full name, then its abbreviation
    ("Министерство информации и общественного развития выделило грант. МИОР также провел "
     "конкурс.", "Министерство информации и общественного развития", ("МИОР",)),
]


@pytest.mark.parametrize("text, name, aliases", ONE_ORGANIZATION)
def test_a_short_form_is_the_same_organization(run, text, name, aliases):
    orgs = run(text).organizations
    assert [o.name for o in orgs] == [name]
    assert orgs[0].aliases == aliases
    assert len(orgs[0].mentions) >= 2


def test_a_short_form_of_two_names_stays_apart(run):
    text = ("Общественный совет Шалкарского района и Общественный совет Айтекебийского района "
            "провели встречу. Совместное заседание поддержал акимат.")
    names = [o.name for o in run(text).organizations]
    assert "Общественный совет Шалкарского района" in names
    assert "Общественный совет Айтекебийского района" in names


def test_a_company_and_its_division_stay_apart(run):
    text = "Компания Microsoft объявила, что Microsoft Research откроет лабораторию."
    names = {o.name for o in run(text).organizations}
    assert not any(o.aliases for o in run(text).organizations if o.name in names)


@pytest.mark.parametrize("text, name", [
    ("МИОР выделил грант.", "МИОР"),
    ("Сотрудники НАН рассказали о проекте.", "НАН"),
    ("Благодарность от ЕНУ получили волонтеры.", "ЕНУ"),
])
def test_an_abbreviation_is_never_inflected(run, text, name):
    assert [o.name for o in run(text).organizations] == [name]


def test_cover_answers_like_a_scan():
    import random

    from civic_extract.link.spans import Cover

    rng = random.Random(3)
    for _ in range(300):
        spans = [(a, a + rng.randrange(1, 6)) for a in (rng.randrange(40) for _ in range(6))]
        cover = Cover(spans)
        for a in range(42):
            for b in range(a + 1, a + 5):
                assert cover.overlaps((a, b)) == any(x < b and a < y for x, y in spans)
