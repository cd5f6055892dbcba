"""extract_html(main=False): the visible text of a page, offsets into it; malformed markup
never raises (with main=True neither)."""

from __future__ import annotations

import pytest

import civic_extract
from civic_extract.text.html import defuse, html_to_text

from conftest import check_offsets

PAGE = """<!DOCTYPE html>
<html><head><title>Вкладка: Иван Вкладкин</title><meta charset="utf-8">
<style>.x { content: "ОО «Стиль»"; }</style>
<script>var s = "<p>Аким Скриптов</p>";</script></head>
<body>
<nav><ul><li><a href="/">Главная</a></li><li>Новости</li></ul></nav>
<h1>Награды&nbsp;волонтерам</h1>
<p>Аким области <b>Ермек   Сапаров</b>
вручил награды ОО &laquo;Мирас&raquo; &amp; ОФ &#171;Жарық&#187;.</p>
<div hidden>Скрыт Скрытов</div>
<div style="display: none">ОО «Невидимка»</div>
<span aria-hidden="true">ОО «Тень»</span>
<noscript>Включите JavaScript, Петр Ноускриптов</noscript>
<template><p>ОО «Шаблон»</p></template>
<p>В области работают 150 волонтеров.</p>
<!-- ОО «Комментарий» -->
</body></html>"""


def test_visible_text_of_a_page():
    assert html_to_text(PAGE) == (
        "Главная\nНовости\n\n"
        "Награды\u00a0волонтерам\n\n"
        "Аким области Ермек Сапаров вручил награды ОО «Мирас» & ОФ «Жарық».\n\n"
        "В области работают 150 волонтеров."
    )


def test_extract_html_finds_entities_of_the_visible_text_only():
    article = civic_extract.extract_html(PAGE, main=False, doc_id="page")
    check_offsets(article)
    assert article.doc_id == "page"
    assert article.text == html_to_text(PAGE)
    assert [p.name for p in article.people] == ["Ермек Сапаров"]
    assert [(o.form, o.name) for o in article.organizations] == [("ОО", "Мирас"),
                                                                   ("ОФ", "Жарық")]
    assert [s.value for s in article.statistics] == [150]
    start = article.text.index("Ермек")
    assert article.people[0].mentions[0].start == start


@pytest.mark.parametrize("html, text", [
    ("Просто текст", "Просто текст"),
    ("<p>a</p><p>b</p>", "a\n\nb"),
    ("<div>a</div><div>b</div>", "a\nb"),
    ("a<br>b<br/>c", "a\nb\nc"),
    ("<ul><li>a</li><li>b</li></ul>", "a\nb"),
    ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a\tb\nc"),
    ("<p>a   b\n\t c</p>", "a b c"),
    ("<pre>a   b</pre>", "a   b"),
    ("<p>a<span> </span>b</p>", "a b"),
    ("<b>a</b><i>b</i>", "ab"),
    ("&lt;p&gt; &quot;x&quot; &#x41;&#66; &nbsp;", "<p> \"x\" AB \u00a0"),
    ("<p>a<p>b", "a\n\nb"),                              # unclosed paragraphs
    ("<html><head><title>t</title><p>текст", "текст"),   # unclosed head
    ("<div hidden><div>x</div>y</div>z", "z"),            # nested in a hidden element
    ("<script>x</script>y", "y"),
    ("<script>never closed", ""),
    ("a <!-- never closed", "a"),
    ("a <!-- c --> b", "a b"),
    ("<![CDATA[x]]>y", "y"),                              # a bogus comment up to the first ">"
    ("a < b", "a < b"),
    ("1 < 2 > 0", "1 < 2 > 0"),
    ("", ""),
])
def test_html_to_text_table(html, text):
    assert html_to_text(html) == text


@pytest.mark.parametrize("garbage", [
    "<", "<<<<", "<!", "<![", "<![x", "<![foo[bar", "<!--", "<!-->", "<?", "</", "</>",
    "<a", "<a b='", '<a b="c', "<a =", "&#", "&#x", "&#99999999;", "&", "<\x00a>",
    "<a " * 50, "<!-- " * 50, "<![ >" * 50, "\ud800<p>\udfff", "<svg><p>x", "<math>",
])
def test_malformed_markup_never_raises(garbage):
    assert isinstance(html_to_text(garbage), str)
    check_offsets(civic_extract.extract_html(garbage, main=False))
    check_offsets(civic_extract.extract_html(garbage))


@pytest.mark.parametrize("unit", ["<", "<a ", "<!--", "<![", "</", "<!-- >", "<a b='x>", "<?"])
def test_long_unterminated_runs_finish(unit):
    # html.parser alone takes minutes on these (it rescans to the end from every "<")
    html_to_text(unit * 30_000)


def test_defuse_only_touches_what_cannot_close():
    assert defuse("<p>a</p> b < c") == "<p>a</p> b &lt; c"
    assert defuse("<p>x<!-- y") == "<p>x"
    assert defuse("<!-- a --> <![CDATA[b]]>") == "<!-- a --> <!_[CDATA[b]]>"
    ok = "<div><p>Аким</p><!-- c --></div>"
    assert defuse(ok) == ok


@pytest.mark.parametrize("bad, word", [(None, "NoneType"), (3, "int"), (b"<p>x</p>", "bytes")])
def test_extract_html_type_errors(bad, word):
    with pytest.raises(civic_extract.InputTypeError, match=f"expected str, got {word}"):
        civic_extract.extract_html(bad)
