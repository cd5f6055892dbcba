"""pandas tables: one per kind, one row per entity, the columns the README documents."""

from __future__ import annotations

import os
import re
import sys

import pytest

import civic_extract
from civic_extract.frames import COLUMNS

from conftest import ROOT

pd = pytest.importorskip("pandas")

MEDAL = ("Медалью «Ерен еңбегі үшін» награждены ОО «Достық» и директор школы Данияр Сапаров. "
         "В Костанае работают 420 волонтеров.")
MEETING = ("Аким Костанайской области Кумар Аксакалов встретился с председателем ОФ «Шуақ» "
           "Динарой Ахметовой. На проекты выделено 15 млн тенге.")


@pytest.fixture(scope="module")
def articles(extractor):
    return [extractor.extract(MEDAL, doc_id="medal"), extractor.extract(MEETING, doc_id="meeting")]


@pytest.fixture(scope="module")
def frames(articles):
    return civic_extract.to_frames(articles)


def test_every_kind_has_a_table_with_its_columns(frames):
    assert list(frames) == ["people", "titles", "organizations", "places", "awards",
                            "award_recipients", "statistics"]
    for kind, frame in frames.items():
        assert isinstance(frame, pd.DataFrame)
        assert tuple(frame.columns) == COLUMNS[kind]


@pytest.mark.parametrize("kind", ["people", "organizations", "places", "awards", "statistics"])
def test_one_row_per_entity(articles, frames, kind):
    frame = frames[kind]
    assert len(frame) == sum(len(getattr(a, kind)) for a in articles)
    for doc, article in enumerate(articles):
        rows = frame[frame["doc"] == doc]
        assert list(rows["entity"]) == list(range(len(getattr(article, kind))))
        assert set(rows["doc_id"]) <= {article.doc_id}


def test_entity_fields_and_first_mention(articles, frames):
    people = frames["people"].set_index(["doc_id", "name"])
    row = people.loc[("meeting", "Динара Ахметова")]
    assert row["text"] == "Динарой Ахметовой"
    assert MEETING[row["start"]:row["stop"]] == row["text"]
    assert row["last"] == "Ахметова" and row["first"] == "Динара"
    assert row["titles"] == ["председатель ОФ «Шуақ»"]
    assert row["mentions"] == [[row["start"], row["stop"]]]
    orgs = frames["organizations"]
    assert set(zip(orgs["doc_id"], orgs["form"], orgs["name"], orgs["kind"])) == {
        ("medal", "ОО", "Достық", "ngo"), ("meeting", "ОФ", "Шуақ", "ngo")}
    places = frames["places"]
    assert set(zip(places["name"], places["kind"])) == {("Костанай", "city"),
                                                       ("Костанайская область", "region")}


def test_offsets_point_into_each_documents_text(articles, frames):
    for kind in ("people", "organizations", "places", "awards", "statistics"):
        for row in frames[kind].itertuples():
            text = articles[row.doc].text
            assert text[row.start:row.stop] == row.text, (kind, row)
            assert all(text[a:b] for a, b in row.mentions)


def test_titles_link_to_their_person(frames):
    titles, people = frames["titles"], frames["people"]
    joined = titles.merge(people, left_on=["doc", "person"], right_on=["doc", "entity"],
                          suffixes=("", "_person"))
    assert len(joined) == len(titles) == 3
    assert (joined["person_name"] == joined["name"]).all()
    akim = titles[titles["person_name"] == "Кумар Аксакалов"].iloc[0]
    assert (akim["normal"], akim["head"], akim["place"]) == (
        "аким Костанайской области", "аким", "Костанайская область")
    assert MEETING[akim["start"]:akim["stop"]] == akim["text"]


def test_award_recipients_are_resolved_to_people_and_organizations(frames):
    rec = frames["award_recipients"]
    assert list(zip(rec["award_name"], rec["recipient"], rec["recipient_kind"],
                    rec["recipient_entity"])) == [
        ("Ерен еңбегі үшін", "Достық", "organization", 0),
        ("Ерен еңбегі үшін", "Данияр Сапаров", "person", 0),
    ]
    award = frames["awards"].iloc[0]
    assert (award["kind"], award["recipients"]) == ("медаль", ["Достық", "Данияр Сапаров"])
    assert pd.isna(award["year"])


def test_statistics_values_and_units(frames):
    stats = frames["statistics"]
    assert list(zip(stats["value"], stats["unit"])) == [(420.0, "волонтер"),
                                                        (15_000_000.0, "тенге")]
    assert stats["value"].dtype == "float64"


def test_dtypes_are_stable_even_when_empty(extractor):
    empty = civic_extract.to_frames([extractor.extract("Погода сегодня хорошая.")])
    for kind, frame in empty.items():
        assert frame.empty and tuple(frame.columns) == COLUMNS[kind]
    assert str(empty["people"]["start"].dtype) == "Int64"
    assert str(empty["awards"]["year"].dtype) == "Int64"
    assert str(empty["statistics"]["value"].dtype) == "float64"


def test_article_method_and_single_article(articles):
    one = articles[1].to_frames()
    assert list(one["people"]["name"]) == ["Кумар Аксакалов", "Динара Ахметова"]
    assert set(one["people"]["doc"]) == {0}


def test_texts_are_refused_with_a_hint():
    with pytest.raises(civic_extract.InputTypeError, match="expected Article .* got str"):
        civic_extract.to_frames("Аким области выступил.")
    with pytest.raises(TypeError, match="expected Article, got str"):
        civic_extract.to_frames(["Аким области выступил."])


def test_missing_pandas_gives_the_install_hint(articles, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=re.escape("pip install 'civic_extract[pandas]'")):
        civic_extract.to_frames(articles)


def _readme_columns() -> dict[str, tuple[str, ...]]:
    """Tables documented in the README as rows: | `kind` | one row per … | `col`, `col`, … |"""
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    section = readme.split("## pandas", 1)[1].split("\n## ", 1)[0]
    out = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and re.fullmatch(r"`\w+`", cells[0]):
            out[cells[0].strip("`")] = tuple(re.findall(r"`(\w+)`", cells[2]))
    return out


def test_readme_documents_every_column():
    assert _readme_columns() == COLUMNS
