"""Normalization keeps offsets into the original text; page chrome yields nothing."""

from __future__ import annotations

import pytest

from civic_extract.text.prepare import prepare

from conftest import check_offsets

NORMALIZED = [
    ("OО «Cовет»", "ОО «Совет»"),           # Latin look-alikes inside Cyrillic words
    ("при\u00adмер", "пример"),               # soft hyphen
    ("у\u0301дарение", "ударение"),           # combining stress accent
    ("a\u00a0b", "a b"),                      # NBSP
    ("x\u200by", "xy"),                       # zero-width space
    ("Word OK", "Word OK"),                   # Latin words untouched
    ("газета ''Newsday''", 'газета "Newsday"'),  # two apostrophes for a double quote
    ("''A'', ''B''", '"A", "B"'),
    ("rock'n'roll", "rock'n'roll"),           # one apostrophe stays
    ("Эймс (англ. ''Jonathan Ames'')", "Эймс (англ. ''Jonathan Ames'')"),  # a spelling
]


@pytest.mark.parametrize("raw, norm", NORMALIZED)
def test_normalization(raw, norm):
    p = prepare(raw)
    assert p.norm == norm
    assert len(p.index) == len(p.norm) + 1
    for i in range(len(p.norm)):
        assert 0 <= p.index[i] < len(raw)


def test_offsets_survive_odd_unicode(run):
    text = "Аки\u0301м\u00a0области Ермек\u00ad Маржикпаев наградил ОО «Ба\u200bтыр»."
    article = run(text)
    check_offsets(article)
    assert [p.last for p in article.people] == ["Маржикпаев"]


CHROME = ["Поделиться", "Лента новостей", "Следите за новостями zakon.kz в:",
          "Включите уведомления и получайте главные новости первым!",
          "Сообщите об ошибке на странице", "Ошибка в тексте:"]


@pytest.mark.parametrize("line", CHROME)
def test_chrome_lines_yield_nothing(run, line):
    article = run("Аким области Ермек Маржикпаев выступил.\n" + line + "\n")
    assert len(article.people) == 1
    assert not article.organizations and not article.places
