"""extract_html(main=True): the article of a news page by trafilatura, its title, date and URL.

The pages in tests/pages/ are written for these tests: an article body inside the chrome of a
news site (menus, "read also" lists, comment blocks, tag clouds, share buttons, footers), each
piece of chrome naming people, organizations or places that the body does not.
"""

from __future__ import annotations

import io
import json
import os
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import civic_extract
from civic_extract.cli import main

from conftest import check_offsets

pytest.importorskip("trafilatura")

PAGES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pages")

# page → (meta, the body's people, organizations (form, name), places) and words of the chrome
CASES = {
    "award.html": (
        {"title": "В Павлодаре наградили волонтеров", "date": "2024-03-12",
         "url": "https://news.example.kz/society/2024/03/12/volontery"},
        {"Асаин Байханов", "Алия Сарсенова"},
        {("ОО", "Мейірім"), ("ОФ", "Қамқорлық Павлодар")},
        {"Павлодар", "Павлодарская область", "Дом дружбы"},
        ["Сагинтаев", "Казахмыс", "Жумабаев", "Экибастуз", "Семей", "Береке", "Гиният",
         "Оспанов", "Медиа Прииртышье", "Торайгырова", "Карагандин", "Шымкент", "Актобе",
         "Костанай", "Астана", "Алматы", "Министерств"],
    ),
    "ngo_forum.html": (
        {"title": "Форум НПО прошел в Кокшетау", "date": "2020-11-05",
         "url": "https://vesti.example.kz/news/forum-npo-2020"},
        {"Ермек Маржикпаев", "Дамир Сейтказин"},
        {("ОО", "Батыр"), ("ОФ", "Ана үйі")},
        {"Кокшетау", "Акмолинская область", "Степногорск"},
        ["Скриптов", "Бурабай", "Щучинск", "Тажин", "Атбасар", "КазТрансОйл", "Есиль",
         "Нурланов", "Макинск", "Жарқын", "Акмола Медиа", "Футеров", "Абая"],
    ),
    "minister.html": (
        {"title": "Министр посетил Уральск", "date": "2023-06-21",
         "url": "https://zapad.example.kz/2023/06/ministr-v-uralske.html"},
        {"Тамара Дуйсенова", "Нариман Турегалиев", "Гульнара Ахметова"},
        {(None, "Шанс")},
        {"Уральск", "Западно-Казахстанская область"},
        ["Редакторова", "Атырау", "Жайык", "Кенжебаев", "Аксай", "Жумагалиев", "Мажилис",
         "Жаксыбеков", "Бурлин", "Добрые руки", "Евразия", "Собственникова", "Министерств",
         "Республик"],
    ),
}


def page(name: str) -> str:
    with open(os.path.join(PAGES, name), encoding="utf-8") as fh:
        return fh.read()


def entity_words(article: civic_extract.Article) -> list[str]:
    """Every name and every mention's text of every entity."""
    names = [p.name for p in article.people] + [t.normal for p in article.people
                                                for t in p.titles]
    names += [o.name for o in article.organizations] + [pl.name for pl in article.places]
    names += [a.name for a in article.awards] + [r for a in article.awards for r in a.recipients]
    return names + [m.text for _, m in article.mentions()]


@pytest.fixture(scope="module")
def mains():
    return {name: civic_extract.extract_html(page(name), doc_id=name) for name in CASES}


@pytest.mark.parametrize("name", list(CASES))
def test_body_entities_kept_and_none_from_the_chrome(mains, name):
    meta, people, orgs, places, chrome = CASES[name]
    article = mains[name]
    check_offsets(article)
    assert article.doc_id == name and article.meta == meta
    assert {p.name for p in article.people} == people
    assert {(o.form, o.name) for o in article.organizations} == orgs
    assert {p.name for p in article.places} == places
    words = entity_words(article)
    for word in chrome:
        assert not any(word.lower() in w.lower() for w in words), word
        assert word not in article.text, word


@pytest.mark.parametrize("name", list(CASES))
def test_the_visible_text_has_the_chrome(name):
    # main=False keeps today's behaviour: the chrome is there, so the test above means something
    visible = civic_extract.extract_html(page(name), main=False)
    check_offsets(visible)
    assert visible.meta is None
    chrome = CASES[name][4]
    assert sum(word in visible.text for word in chrome) >= len(chrome) - 3
    # the visible text's chrome yields places and organizations the main text leaves out
    # (people in a block of links are chrome on either text)
    assert len(visible.places) + len(visible.organizations) > \
        len(CASES[name][2]) + len(CASES[name][3])


def test_paragraphs_are_separated_by_a_blank_line(mains):
    text = mains["award.html"].text
    assert text.startswith("В Павлодаре наградили волонтеров\n\nПремией акима")
    assert "\n\n\n" not in text and text == text.strip()


def test_meta_round_trips_and_is_left_out_when_absent(mains):
    article = mains["minister.html"]
    data = article.to_dict()
    assert data["meta"] == CASES["minister.html"][0]
    assert list(data)[:3] == ["id", "text", "meta"]
    assert civic_extract.Article.from_dict(data) == article
    assert civic_extract.Article.from_json(article.to_json()) == article
    plain = civic_extract.extract("Аким области Ермек Маржикпаев выступил.")
    assert plain.meta is None and "meta" not in plain.to_dict()


def test_a_fragment_is_read_as_a_body_and_url_fills_the_meta():
    article = civic_extract.extract_html(
        "<p>Аким области Ермек Маржикпаев вручил грамоту ОО «Батыр».</p>",
        url="https://example.kz/a")
    assert [p.name for p in article.people] == ["Ермек Маржикпаев"]
    assert article.meta == {"url": "https://example.kz/a"}
    named = civic_extract.extract_html(page("award.html"), url="https://other.example/x")
    assert named.meta["url"] == CASES["award.html"][0]["url"]  # the page's own URL wins


def test_the_date_is_never_guessed_from_the_text():
    article = civic_extract.extract_html(
        "<html><body><p>Аким области Ермек Маржикпаев выступил 12 марта 2019 года.</p>"
        "<footer>© 2024 Все права защищены</footer></body></html>")
    assert article.people and "date" not in (article.meta or {})


@pytest.mark.parametrize("garbage", ["", "<", "<a " * 50, "<!-- " * 50, "\ud800<p>\udfff",
                                     "<html><body>" + "<div>" * 3000 + "x", "<svg><p>x",
                                     "<html></html>", "&#99999999;"])
def test_pages_without_an_article_give_an_empty_one(garbage):
    article = civic_extract.extract_html(garbage)
    check_offsets(article)
    assert not article.people and not article.organizations


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<br>", "<script>", "</script>",
                                 "<!--", "-->", "&laquo;", "<", ">", "Аким Ермек Сапаров",
                                 "ОО «Мирас»", "<html>", "<body>", " "]), max_size=30)
       .map("".join))
@example("<body><script><html>")  # an assertion inside lxml once escaped
def test_main_text_never_raises(html):
    check_offsets(civic_extract.extract_html(html))


def test_without_trafilatura_a_clear_import_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ImportError, match=r"pip install 'civic_extract\[html\]'") as info:
        civic_extract.extract_html("<p>Аким Ермек Сапаров</p>")
    assert info.value.__cause__ is None and info.value.__suppress_context__
    # the visible text needs no extra
    assert civic_extract.extract_html("<p>Аким Ермек Сапаров</p>", main=False).text


def run_cli(*args: str) -> tuple[int, list[dict]]:
    out = io.BytesIO()
    code = main([*args, "-q"], stdin=io.BytesIO(), stdout=out)
    return code, [json.loads(line) for line in out.getvalue().decode("utf-8").splitlines()]


def test_cli_reads_html_files_by_extension(tmp_path, mains):
    for name in CASES:
        (tmp_path / name).write_text(page(name), encoding="utf-8")
    (tmp_path / "empty.htm").write_text("<html><body><script>var a = 1;</script></body></html>",
                                        encoding="utf-8")
    code, records = run_cli(str(tmp_path), "--glob", "*.htm*", "--sentences")
    assert code == 1  # the page with no article
    by_id = {r["id"]: r for r in records}
    assert by_id["empty.htm"]["error"].startswith("EmptyDocument")
    for name in CASES:
        assert civic_extract.Article.from_dict(by_id[name]) == mains[name]


def test_cli_input_format_html_and_the_missing_extra(tmp_path, monkeypatch, capsys):
    src = tmp_path / "page.txt"
    src.write_text(page("ngo_forum.html"), encoding="utf-8")
    code, records = run_cli(str(src), "--input-format", "html")
    assert code == 0 and records[0]["meta"]["date"] == "2020-11-05"
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    code, records = run_cli(str(src), "--input-format", "html")
    assert code == 2 and records == []
    assert "civic_extract[html]" in capsys.readouterr().err
