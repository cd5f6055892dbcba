"""Property tests: any text extracts without error, with exact offsets, deterministically.

Two kinds of input: arbitrary Unicode (hypothesis' text strategy, surrogates included), and text
assembled from Russian-looking fragments written for this file (names, titles, legal forms,
quoted names, numbers, awards, page chrome) glued with odd separators, so that every extractor
actually fires. ``benchmarks/fuzz.py`` runs the same checks for much longer.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import civic_extract
from civic_extract.chunking import chunk_spans
from civic_extract.text.html import html_to_text
from civic_extract.text.prepare import prepare

from conftest import check_offsets

SETTINGS = settings(max_examples=100, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

FRAGMENTS = [
    "Ермек Сапаров", "Айгерим Ахметова", "Сапарова", "А. Б. Ковалев", "Касым-Жомарт",
    "аким области", "председатель правления", "директор", "министр культуры",
    "ОО", "ОФ", "ТОО", "АО", "КГУ", "общественный фонд", "общественного объединения",
    "«Мирас»", "«Добрые руки»", '"Жарық"', "„Достық“", "«Наш «дом»»", "«", "»", '"',
    "150", "1 250", "2,5 млрд тенге", "15%", "более 700", "около", "двадцать пять", "2024 года",
    "волонтеров", "некоммерческих организаций", "проектов", "человек",
    "медалью", "премией акима", "почетной грамотой", "наградили", "вручил", "награждены",
    "в Павлодаре", "Костанайской области", "Астана", "г. Кокшетау", "района",
    "Поделиться", "Лента новостей", "Фото: пресс-служба", "Читайте также:",
    ".", ",", ";", ":", "—", "-", "(", ")", "!", "?", "…", "№",
]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\u00a0", "\u00ad", "\u200b", "\t", ", ", ". ",
              "\u0301", "\r\n", "\ufeff", "\u2028", "  "]

russian_like = st.lists(
    st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), max_size=40,
).map(lambda parts: "".join(f + s for f, s in parts))

any_text = st.text(max_size=300)


def _check(extractor: civic_extract.Extractor, text: str) -> None:
    article = extractor.extract(text)
    assert article.text == text
    check_offsets(article)
    for s in article.sentences:
        assert 0 <= s.start <= s.stop <= len(text)
        starts = [t.start for t in s.tokens]
        assert starts == sorted(starts)
    again = extractor.extract(text)
    assert again == article
    assert again.to_json() == article.to_json()


@SETTINGS
@given(any_text)
def test_any_unicode(extractor, text):
    _check(extractor, text)


@SETTINGS
@given(russian_like)
def test_russian_like_text(extractor, text):
    _check(extractor, text)


_small_chunks = civic_extract.Extractor(chunk_size=120)  # every text of a few lines in pieces


@settings(SETTINGS, max_examples=50)
@given(st.lists(russian_like, min_size=1, max_size=4))
def test_pieces_keep_offsets(text_parts):
    text = "\n\n".join(text_parts)
    article = _small_chunks.extract(text)
    assert article.text == text
    check_offsets(article)

TAGS = ["<p>", "</p>", "<div>", "</div>", "<br>", "<b>", "</b>", "<script>", "</script>",
        "<!--", "-->", "<a href='x'>", "</a>", "<td>", "<tr>", "<![CDATA[", "]]>", "<", ">",
        "&amp;", "&laquo;", "&raquo;", "&nbsp;", "&#171;", "&#", "<div hidden>", "<style>",
        "</style>", "<h1>", "</h1>", "<li>", "<pre>", "</pre>"]

html_like = st.lists(st.one_of(st.sampled_from(TAGS), st.sampled_from(FRAGMENTS),
                               st.text(max_size=5)), max_size=40).map("".join)


@SETTINGS
@given(html_like)
def test_html_fragments(html):
    article = civic_extract.extract_html(html, main=False)
    assert article.text == html_to_text(html)
    check_offsets(article)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.integers(min_value=2, max_value=60))
def test_chunk_spans_cover_any_text(text, size):
    spans = chunk_spans(text, size)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(p[1] == q[0] for p, q in zip(spans, spans[1:]))
    assert all(b - a <= size for a, b in spans)
    assert all(b > a for a, b in spans) or text == ""


@settings(max_examples=300, deadline=None)
@given(st.one_of(any_text, russian_like))
def test_prepare_offset_map(text):
    p = prepare(text)
    assert len(p.index) == len(p.norm) + 1 and p.index[-1] == len(text)
    assert all(a < b for a, b in zip(p.index, p.index[1:]))
    for a, b in p.chrome:
        assert 0 <= a <= b <= len(p.norm)
    for i in range(0, len(p.norm), 7):
        a, b = p.span(i, min(len(p.norm), i + 5))
        assert 0 <= a <= b <= len(text)
