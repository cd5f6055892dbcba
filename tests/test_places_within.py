"""Places inside an organization's quoted name: part of that name (``Place.within``), not
places of the text; the same place named on its own too is a place of the text."""

from __future__ import annotations

import pytest

# (text, place, the organization it is within, or None for a place of the text)
WITHIN = [
    # a city only inside a quoted name
    ("ОФ «Забота Павлодара» провел акцию.", "Павлодар", "Забота Павлодара"),
    ("Общественное объединение «Центр поддержки семьи города Актобе» открыло офис.",
     "Актобе", "Центр поддержки семьи города Актобе"),
    ("Волонтеры ОО «Молодежь Шымкента» убрали парк", "Шымкент", "Молодежь Шымкента"),
    ("В ОФ \"Дети Караганды\" рассказали о планах.", "Караганда", "Дети Караганды"),
    # the city inside the name and on its own
    ("ОФ «Забота Павлодара» провел акцию в Павлодаре.", "Павлодар", None),
    ("В Актобе работает ОО «Центр поддержки семьи города Актобе».", "Актобе", None),
    ("ОО «Молодежь Шымкента» убрала парк. Шымкент стал чище!", "Шымкент", None),
    # a region in the genitive inside a quoted name, and in an unquoted one (the region the
    # body serves: a place of the text)
    ("ОО «Ветераны Костанайской области» провело встречу.", "Костанайская область",
     "Ветераны Костанайской области"),
    ("ОО «Союз инвалидов Северо-Казахстанской области» открыло центр.",
     "Северо-Казахстанская область", "Союз инвалидов Северо-Казахстанской области"),
    ("Сотрудники акимата Костанайской области приехали.", "Костанайская область", None),
    # several organizations: the first one that holds it
    ("ОФ «Дети Алматы» и ОО «Волонтеры Алматы» провели акцию.", "Алматы", "Дети Алматы"),
    ("ОО «Волонтеры Алматы» и ОФ «Дети Алматы» провели акцию в Алматы.", "Алматы", None),
]


@pytest.mark.parametrize("text, name, within", WITHIN)
def test_place_within_an_organization(run, text, name, within):
    places = {p.name: p for p in run(text).places}
    assert name in places, [p.name for p in places.values()]
    assert places[name].within == within


@pytest.mark.parametrize("text, name, within", [c for c in WITHIN if c[2]])
def test_the_organization_holding_a_place_is_extracted(run, text, name, within):
    assert within in [o.name for o in run(text).organizations]


def test_within_survives_the_round_trip(run):
    import civic_extract

    article = run("ОФ «Забота Павлодара» провел акцию в Астане.")
    assert {p.name: p.within for p in article.places} == {
        "Павлодар": "Забота Павлодара", "Астана": None}
    data = article.to_dict()
    assert [p["within"] for p in data["places"]] == ["Забота Павлодара", None]
    assert civic_extract.Article.from_dict(data) == article
    assert civic_extract.Article.from_json(article.to_json()) == article


def test_a_dict_without_within_reads_as_a_place_of_the_text(run):
    import civic_extract

    data = run("ОФ «Забота Павлодара» провел акцию.").to_dict()
    for p in data["places"]:
        del p["within"]
    assert all(p.within is None for p in civic_extract.Article.from_dict(data).places)


def test_frames_and_notebook_show_within(run):
    pytest.importorskip("pandas")
    article = run("ОФ «Забота Павлодара» провел акцию в Астане.")
    frame = article.to_frames()["places"]
    within = dict(zip(frame["name"], frame["within"]))
    assert within["Павлодар"] == "Забота Павлодара" and not isinstance(within["Астана"], str)
    html = article._repr_html_()
    assert "<th" in html and ">within</th>" in html and ">Забота Павлодара</td>" in html
