"""Odd Unicode is normalized for matching; offsets still point into the text as given.

Each row: a short sentence with one phenomenon, what must be extracted, and the exact span of
the original text the mention must cover (found with ``str.index`` in the raw input).
"""

from __future__ import annotations

import pytest

from civic_extract.text.prepare import prepare

from conftest import check_offsets

PERSON = "Аким области {} вручил награды волонтерам."
ORG = "Грант получило {}."

# (case id, text, expected name, the mention as written in the text)
PEOPLE = [
    ("plain", PERSON.format("Ермек Сапаров"), "Ермек Сапаров", "Ермек Сапаров"),
    ("nbsp", PERSON.format("Ермек\u00a0Сапаров"), "Ермек Сапаров", "Ермек\u00a0Сапаров"),
    ("narrow-nbsp", PERSON.format("Ермек\u202fСапаров"), "Ермек Сапаров", "Ермек\u202fСапаров"),
    ("thin-space", PERSON.format("Ермек\u2009Сапаров"), "Ермек Сапаров", "Ермек\u2009Сапаров"),
    ("ideographic-space", PERSON.format("Ермек\u3000Сапаров"), "Ермек Сапаров",
     "Ермек\u3000Сапаров"),
    ("tab", PERSON.format("Ермек\tСапаров"), "Ермек Сапаров", "Ермек\tСапаров"),
    ("soft-hyphen", PERSON.format("Ермек Сапа\u00adров"), "Ермек Сапаров", "Ермек Сапа\u00adров"),
    ("zero-width-space", PERSON.format("Ер\u200bмек Сапаров"), "Ермек Сапаров",
     "Ер\u200bмек Сапаров"),
    ("zero-width-joiner", PERSON.format("Ермек Са\u200dпаров"), "Ермек Сапаров",
     "Ермек Са\u200dпаров"),
    ("bom", "\ufeff" + PERSON.format("Ермек Сапаров"), "Ермек Сапаров", "Ермек Сапаров"),
    ("bidi-mark", PERSON.format("Ермек\u200e Сапаров"), "Ермек Сапаров", "Ермек\u200e Сапаров"),
    ("stress-accents", PERSON.format("Ерме\u0301к Сапа\u0301ров"), "Ермек Сапаров",
     "Ерме\u0301к Сапа\u0301ров"),
    ("stress-on-last-letter", PERSON.format("Ермек Сапаро\u0301в"), "Ермек Сапаров",
     "Ермек Сапаро\u0301в"),
    ("latin-accented-vowel", PERSON.format("Ермек Сапар\u00f3в"), "Ермек Сапаров",
     "Ермек Сапар\u00f3в"),
    ("latin-C-in-surname", PERSON.format("Ермек Cапаров"), "Ермек Сапаров", "Ермек Cапаров"),
    ("latin-p-in-name", PERSON.format("Epмек Сапаров"), "Ермек Сапаров", "Epмек Сапаров"),
    ("decomposed-short-i", PERSON.format("Алексе\u0438\u0306 Сапаров"), "Алексей Сапаров",
     "Алексе\u0438\u0306 Сапаров"),
    ("yo-kept", PERSON.format("Алексей Королёв"), "Алексей Королёв", "Алексей Королёв"),
    ("non-breaking-hyphen", PERSON.format("Касым\u2011Жомарт Токаев"), "Касым-Жомарт Токаев",
     "Касым\u2011Жомарт Токаев"),
    ("unicode-hyphen", PERSON.format("Касым\u2010Жомарт Токаев"), "Касым-Жомарт Токаев",
     "Касым\u2010Жомарт Токаев"),
]


@pytest.mark.parametrize("case, text, name, written", PEOPLE, ids=[c[0] for c in PEOPLE])
def test_person_found_through_odd_unicode(run, case, text, name, written):
    article = run(text)
    check_offsets(article)
    assert [p.name for p in article.people] == [name]
    (mention,) = article.people[0].mentions
    assert (mention.start, mention.stop) == (text.index(written),
                                             text.index(written) + len(written))
    assert mention.text == written


ORGS = [
    ("guillemets", ORG.format("ОО «Добрые руки»"), "ОО", "Добрые руки", "ОО «Добрые руки»"),
    ("latin-O-in-form", ORG.format("OО «Добрые руки»"), "ОО", "Добрые руки", "OО «Добрые руки»"),
    ("all-latin-form", ORG.format("OO «Добрые руки»"), "ОО", "Добрые руки", "OO «Добрые руки»"),
    ("all-latin-TOO", ORG.format("TOO «Береке»"), "ТОО", "Береке", "TOO «Береке»"),
    ("latin-C-in-name", ORG.format("ОО «Cвет»"), "ОО", "Свет", "ОО «Cвет»"),
    ("english-quotes", ORG.format("ОО \u201cДобрые руки\u201d"), "ОО", "Добрые руки",
     "ОО \u201cДобрые руки\u201d"),
    ("german-quotes", ORG.format("ОО \u201eДобрые руки\u201c"), "ОО", "Добрые руки",
     "ОО \u201eДобрые руки\u201c"),
    ("straight-quotes", ORG.format('ОО "Добрые руки"'), "ОО", "Добрые руки", 'ОО "Добрые руки"'),
    ("single-guillemets", ORG.format("ОО \u2039Добрые руки\u203a"), "ОО", "Добрые руки",
     "ОО \u2039Добрые руки\u203a"),
    ("double-primes", ORG.format("ОО \u2033Добрые руки\u2033"), "ОО", "Добрые руки",
     "ОО \u2033Добрые руки\u2033"),
    ("fullwidth-quotes", ORG.format("ОО \uff02Добрые руки\uff02"), "ОО", "Добрые руки",
     "ОО \uff02Добрые руки\uff02"),
    ("nbsp-inside-name", ORG.format("ОО «Добрые\u00a0руки»"), "ОО", "Добрые руки",
     "ОО «Добрые\u00a0руки»"),
    ("soft-hyphen-in-form", ORG.format("О\u00adО «Мирас»"), "ОО", "Мирас", "О\u00adО «Мирас»"),
]


@pytest.mark.parametrize("case, text, form, name, written", ORGS, ids=[c[0] for c in ORGS])
def test_organization_found_through_odd_unicode(run, case, text, form, name, written):
    article = run(text)
    check_offsets(article)
    assert [(o.form, o.name) for o in article.organizations] == [(form, name)]
    # the mention is the name as written, inside its quotes (the form is ``form``)
    inner = written[written.index(written.split()[1][0]) + 1:-1]
    (mention,) = article.organizations[0].mentions
    assert (mention.start, mention.text) == (text.index(inner), inner)


STATS = [
    ("fullwidth-digits", "В области работают \uff11\uff15\uff10 волонтеров.", 150,
     "\uff11\uff15\uff10 волонтеров"),
    ("nbsp-thousands", "В области работают 1\u00a0150 волонтеров.", 1150,
     "1\u00a0150 волонтеров"),
    ("narrow-nbsp-thousands", "В области работают 1\u202f150 волонтеров.", 1150,
     "1\u202f150 волонтеров"),
]


@pytest.mark.parametrize("case, text, value, written", STATS, ids=[c[0] for c in STATS])
def test_statistic_found_through_odd_unicode(run, case, text, value, written):
    article = run(text)
    check_offsets(article)
    assert [(s.value, s.unit) for s in article.statistics] == [(value, "волонтер")]
    assert article.statistics[0].mention.text == written


@pytest.mark.parametrize("dash", ["\u2012", "\u2010", "\u2011", "\u2212"])
def test_hyphen_like_dashes_in_award_names(run, dash):
    text = f"Премией «Жарық{dash}2024» наградили ОО «Мирас»."
    article = run(text)
    check_offsets(article)
    assert [(a.name, a.year) for a in article.awards] == [("Жарық-2024", 2024)]
    assert article.awards[0].mentions[0].text == f"Премией «Жарық{dash}2024»"


@pytest.mark.parametrize("bar", ["\u2015", "\u2e3a", "\ufe58"])
def test_bar_like_dashes_become_em_dash(bar):
    p = prepare(f"Грант {bar} ОО «Мирас»")
    assert p.norm == "Грант \u2014 ОО «Мирас»"


@pytest.mark.parametrize("first, second", [("Королёв", "Королев"), ("Королев", "Королёв")])
def test_yo_and_ye_spellings_merge(run, first, second):
    text = f"Алексей {first} выступил. {second} поблагодарил волонтеров."
    article = run(text)
    check_offsets(article)
    assert [p.name for p in article.people] == [f"Алексей {first}"]
    assert [m.text for m in article.people[0].mentions] == [f"Алексей {first}", second]


NORM = [
    ("\u00a0\u2007\u202f\u205f\u3000", "     "),      # spaces
    ("а\u00ad\u200b\u200c\u200d\u2060\ufeffб", "аб"),  # invisible characters
    ("а\u200e\u200f\u202a\u202c\u2066\u2069б", "аб"),  # bidirectional controls
    ("у\u0301\u0300", "у"),                           # stacked accents
    ("\u0438\u0306\u0435\u0308", "йё"),               # decomposed й and ё
    ("\x00\x07\x1b\x7f", "    "),                     # control characters
    ("\ud800x\udfff", " x "),                         # lone surrogates
    ("\uff21\uff11", "A1"),                           # fullwidth ASCII
    ("\u2039\u203a\u201f\u2033\u2019", "«»\u201c\"'"),  # quotes
    ("OОО Cовет", "ООО Совет"),                       # look-alikes inside Cyrillic words
    ("Hello OK", "Hello OK"),                         # Latin words stay
    ("TOP «Мирас»", "TOP «Мирас»"),                   # no legal form: stays Latin
]


@pytest.mark.parametrize("raw, norm", NORM)
def test_normalization_table(raw, norm):
    p = prepare(raw)
    assert p.norm == norm
    assert len(p.index) == len(p.norm) + 1
    assert list(p.index) == sorted(set(p.index))
    assert all(0 <= i < len(raw) for i in p.index[:-1])


def test_span_keeps_trailing_accent_but_not_trailing_invisibles():
    raw = "Сапаро\u0301\u200b дальше"
    p = prepare(raw)
    stop = p.norm.index(" ")
    a, b = p.span(0, stop)
    assert raw[a:b] == "Сапаро\u0301"
