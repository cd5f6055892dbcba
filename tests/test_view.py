"""The notebook view: Article._repr_html_ highlights every kind, has a legend, escapes text."""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser

import pytest

import civic_extract
from civic_extract import Article, Mention, Organization, Person, Statistic, Title
from civic_extract.notebook import KINDS, render_html, render_page

pytest.importorskip("ipymarkup")

# One sentence with all six kinds: award, organization, title, person, place, statistic.
MEDAL = ("Медалью «Ерен еңбегі үшін» награждены ОО «Достық» и директор школы Данияр Сапаров. "
         "В Костанае работают 420 волонтеров.")
VOID = {"meta", "br", "hr", "img"}


class _Checker(HTMLParser):
    """Collects tags, checks that they nest, and gathers the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.data.append(data)


def _parse(html: str) -> _Checker:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert checker.stack == [], checker.stack
    return checker


@pytest.fixture(scope="module")
def medal(extractor):
    return extractor.extract(MEDAL, doc_id="medal")


def test_every_kind_is_highlighted_and_in_the_legend(medal):
    html = render_html(medal)
    kinds = {kind for kind, _ in medal.mentions()}
    assert kinds == set(KINDS)  # the sentence really has all six
    for kind, (label, _) in KINDS.items():
        count = sum(1 for k, _ in medal.mentions() if k == kind)
        assert f"{label} ({count})" in html  # legend entry with its count
        # a coloured underline labelled with the kind, under the mention
        assert re.search(rf">{label}</span>", html), label


def test_repr_html_is_the_view_and_is_well_formed(medal):
    html = medal._repr_html_()
    assert html == render_html(medal)
    checker = _parse(html)
    assert "table" in checker.tags
    visible = "".join(checker.data)
    for _, m in medal.mentions():
        assert m.text in visible


def test_tables_show_titles_recipients_and_units(medal):
    visible = "".join(_parse(render_html(medal)).data)
    assert "директор школы" in visible
    assert "Достық, Данияр Сапаров" in visible  # the award's recipients
    assert "волонтер" in visible and "420" in visible


def test_all_text_is_escaped():
    text = "<b>Аким</b> & ОО «<i>Ы</i>» вручил 5 <script>"

    def mention(part: str) -> Mention:
        start = text.index(part)
        return Mention(start, start + len(part), part)

    org = Organization("<i>Ы</i>", "ОО", "общественное объединение", "ngo",
                       (mention("ОО «<i>Ы</i>»"),))
    person = Person("<b>Аким</b>", titles=(Title("<u>", "<u>", "<u>", organization="<i>Ы</i>"),),
                    mentions=(mention("<b>Аким</b>"),))
    stat = Statistic(5, "<script>", "<script>", mention=mention("5 <script>"))
    html = render_html(Article(text, doc_id="<doc>", people=(person,), organizations=(org,),
                               statistics=(stat,)))
    for raw in ("<b>", "<i>", "<u>", "<script>", "<doc>"):
        assert raw not in html
    assert "&lt;script&gt;" in html and "&lt;i&gt;Ы&lt;/i&gt;" in html and "&amp;" in html
    _parse(html)


def test_numbers_are_grouped():
    article = Article("1,2 млрд тенге и 2,5 км", statistics=(
        Statistic(1_200_000_000, "тенге", "тенге", mention=Mention(0, 14, "1,2 млрд тенге")),
        Statistic(2.5, "км", "км", mention=Mention(17, 23, "2,5 км"))))
    html = render_html(article)
    assert "1\u202f200\u202f000\u202f000" in html and ">2,5<" in html


def test_an_article_without_mentions_shows_its_text():
    html = render_html(Article("Погода сегодня хорошая.\n\nВетер слабый."))
    visible = "".join(_parse(html).data)
    assert "Погода сегодня хорошая." in visible and "Ветер слабый." in visible
    assert "<table" not in html


def test_page_is_a_standalone_utf8_document(medal):
    page = render_page([medal, medal])
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert page.count('class="civic-extract"') == 2
    _parse(page)


def test_missing_ipymarkup_gives_the_install_hint(medal, monkeypatch):
    monkeypatch.setitem(sys.modules, "ipymarkup", None)
    with pytest.raises(ImportError, match=re.escape("pip install 'civic_extract[notebook]'")):
        render_html(medal)


def _render_view_script():
    import importlib.util

    from conftest import ROOT

    path = f"{ROOT}/examples/render_view.py"
    spec = importlib.util.spec_from_file_location("render_view", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_view_png_shows_the_current_output():
    """docs/view.png was made by examples/render_view.py --png, which wrote beside it the
    legend counts of the page it screenshotted (docs/view.json): they must be those of the
    bundled example's view today (else regenerate: see the README)."""
    import hashlib
    import json
    import struct

    from conftest import EXAMPLE, ROOT

    script = _render_view_script()
    with open(f"{ROOT}/docs/view.json", encoding="utf-8") as fh:
        info = json.load(fh)
    with open(f"{ROOT}/docs/view.png", "rb") as fh:
        png = fh.read()
    assert hashlib.sha256(png).hexdigest() == info["png_sha256"]  # the picture the JSON describes
    assert list(struct.unpack(">II", png[16:24])) == info["window"]
    html = script.page([EXAMPLE])
    assert script.legend_counts(html) == info["legend"]
    with open(EXAMPLE, encoding="utf-8") as fh:
        article = civic_extract.extract(fh.read())
    kinds = [kind for kind, _ in article.mentions()]
    assert info["legend"] == {label: kinds.count(kind) for kind, (label, _) in KINDS.items()}
