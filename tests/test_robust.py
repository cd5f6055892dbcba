"""Any input: clear errors for non-text, bounded work for odd shapes, huge texts in pieces."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import civic_extract
from civic_extract.chunking import chunk_spans
from civic_extract.extractors.phrase import word_stem
from civic_extract.text.segment import MAX_PIECE, MAX_TOKENS, cut_points, segment

from conftest import check_offsets

# ---- types ----


@pytest.mark.parametrize("bad, word", [
    (None, "NoneType"), (7, "int"), (2.5, "float"), (True, "bool"), (["текст"], "list"),
    (("текст",), "tuple"), ({"text": "x"}, "dict"), ({"x"}, "set"), (object(), "object"),
])
def test_non_text_is_a_type_error_with_the_type_name(extractor, bad, word):
    with pytest.raises(TypeError, match=f"^expected str, got {word}$"):
        extractor.extract(bad)
    with pytest.raises(civic_extract.InputTypeError):
        list(extractor.pipe(["Аким выступил.", bad]))


@pytest.mark.parametrize("data", [b"\xd0\x90", bytearray(b"x"), memoryview(b"x")])
def test_bytes_like_point_at_extract_bytes(extractor, data):
    with pytest.raises(civic_extract.InputTypeError, match=r"extract_bytes\(data, encoding=None\)"):
        extractor.extract(data)


def test_str_subclass_is_text(extractor):
    class Text(str):
        pass

    article = extractor.extract(Text("Аким области Ермек Сапаров выступил."))
    assert [p.name for p in article.people] == ["Ермек Сапаров"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1251"])
def test_extract_bytes_detects_the_encoding(encoding):
    text = "Аким области Ермек Сапаров наградил ОО «Мирас»."
    article = civic_extract.extract_bytes(text.encode(encoding))
    assert article.text == text
    assert [p.name for p in article.people] == ["Ермек Сапаров"]


def test_extract_bytes_with_a_wrong_or_unknown_encoding():
    with pytest.raises(civic_extract.DecodeError, match="utf-8"):
        civic_extract.extract_bytes("Аким".encode("cp1251"), encoding="utf-8")
    with pytest.raises(civic_extract.DecodeError, match="no-such-codec"):
        civic_extract.extract_bytes(b"x", encoding="no-such-codec")
    with pytest.raises(civic_extract.InputTypeError, match="expected bytes, got str"):
        civic_extract.extract_bytes("Аким")


@pytest.mark.parametrize("text", ["\ud800", "\udfff\ud800", "Аким \udc80 выступил."])
def test_lone_surrogates_are_processed(extractor, text):
    article = extractor.extract(text)
    assert article.text == text
    check_offsets(article)


def test_lone_surrogate_beside_a_name(extractor):
    text = "Аким области Ермек Сапаров\ud800 выступил."
    article = extractor.extract(text)
    assert [p.name for p in article.people] == ["Ермек Сапаров"]
    check_offsets(article)
    assert "\ud800" in article.to_json()


@pytest.mark.parametrize("text", ["\x00", "\x00\x01\x02", "\u200b\u200b", "\ufeff",
                                  "\u0301\u0301", "\n\r\n\u2028", "\u00a0\u3000"])
def test_invisible_only_text_gives_an_empty_article(extractor, text):
    article = extractor.extract(text)
    assert article.text == text
    assert not any(True for _ in article.mentions())


def test_max_length_applies_to_pipe_and_names_the_limit():
    ex = civic_extract.Extractor(max_length=20)
    assert ex.extract("а" * 20).text == "а" * 20
    with pytest.raises(civic_extract.InputTooLargeError,
                       match="21 characters exceeds max_length=20"):
        list(ex.pipe(["короткий", "б" * 21]))


@pytest.mark.parametrize("bad", [0, -5, 1, "100", None])
def test_chunk_size_is_checked(bad):
    with pytest.raises(ValueError, match="chunk_size"):
        civic_extract.Extractor(chunk_size=bad)


# ---- segmentation stays bounded ----


def test_cut_points_cover_the_line_within_the_limit():
    line = ("Первое предложение здесь. " * 30) + "х" * 700 + " конец"
    pieces = list(cut_points(line, 100))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(line)
    assert all(b - a <= 100 for a, b in pieces)
    assert all(p[1] == q[0] for p, q in zip(pieces, pieces[1:]))
    assert line[pieces[0][1] - 2:pieces[0][1]] == ". "  # a sentence end, when there is one


def test_long_sentence_is_cut_into_bounded_pieces():
    words = ["слово"] * (MAX_TOKENS * 2 + 7)
    words[MAX_TOKENS - 10] += ","
    norm = " ".join(words)
    sents = list(segment(norm))
    assert len(sents) == 3
    assert all(len(tokens) <= MAX_TOKENS for _, _, tokens in sents)
    assert sents[0][2][-1][2] == ","  # cut after the comma in the window's second half
    tokens = [t for _, _, ts in sents for t in ts]
    assert len([t for t in tokens if t[2] == "слово"]) == len(words)
    for start, stop, ts in sents:
        assert norm[start:stop].startswith(ts[0][2]) and norm[start:stop].endswith(ts[-1][2])


@pytest.mark.parametrize("norm, tokens", [
    ("Счёт 6:4, 3:6, 7:5.", ["Счёт", "6", ":", "4", ",", "3", ":", "6", ",", "7", ":", "5", "."]),
    ("Заняли 5, 6 и 7 места", ["Заняли", "5", ",", "6", "и", "7", "места"]),
    ("В 2010, 2011 годах", ["В", "2010", ",", "2011", "годах"]),
    ("Цена 5,6 руб", ["Цена", "5,6", "руб"]),  # a decimal comma stays
])
def test_digits_and_a_glued_comma_are_two_tokens(norm, tokens):
    found = [t for _, _, ts in segment(norm) for t in ts]
    assert [t[2] for t in found] == tokens
    assert all(norm[a:b] == text for a, b, text in found)


@pytest.mark.parametrize("norm, sents", [
    ("Работают 2,3 тыс. НКО. Это много.", ["Работают 2,3 тыс. НКО.", "Это много."]),
    ("Открыто 5 тыс. ТОО и 300 ИП.", ["Открыто 5 тыс. ТОО и 300 ИП."]),
    ("Выделено 4 млрд. KZT.", ["Выделено 4 млрд. KZT."]),
    # a capitalized word after the dot opens a sentence, as razdel has it
    ("Зарплата — 50 тыс. Это мало.", ["Зарплата — 50 тыс.", "Это мало."]),
    ("Выпущено 5 млн. Их раскупили.", ["Выпущено 5 млн.", "Их раскупили."]),
])
def test_multiplier_dot_before_an_abbreviation_ends_no_sentence(norm, sents):
    assert [norm[a:b] for a, b, _ in segment(norm)] == sents


def test_line_without_spaces_is_cut():
    norm = "ж" * (MAX_PIECE * 2 + 3)
    sents = list(segment(norm))
    assert "".join(norm[a:b] for a, b, _ in sents) == norm


SHAPES = {
    "letters": "а" * 6000,
    "digits": "7" * 6000,
    "digit-groups": "1 " * 3000,
    "spaces": " " * 6000,
    "newlines": "\n" * 6000,
    "open-quotes": "«" * 3000,
    "straight-quotes": '"' * 3000,
    "quoted-words": "ОО «А " * 600,
    "dots": "." * 6000,
    "initials": "А. " * 2000,
    "hyphens": "-" * 6000,
    "names": "Ермек Сапаров " * 400,
    "one-long-sentence": "слово " * 1200,
}


@pytest.mark.parametrize("name", list(SHAPES))
def test_odd_shapes_finish_with_exact_offsets(extractor, name):
    text = SHAPES[name]
    article = extractor.extract(text)
    assert article.text == text
    check_offsets(article)
    assert all(len(s.tokens) <= MAX_TOKENS for s in article.sentences)


# ---- huge texts run in pieces ----


@pytest.mark.parametrize("text, size", [
    ("абв\n\nгде\n\nжзи\n\nклм", 6),
    ("одна строка\nдругая строка\nтретья строка", 16),
    ("Первое. Второе. Третье. Четвертое.", 12),
    ("слово " * 50, 20),
    ("ж" * 101, 10),
    ("", 10),
])
def test_chunk_spans_cover_the_text(text, size):
    spans = chunk_spans(text, size)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(p[1] == q[0] for p, q in zip(spans, spans[1:]))
    assert all(0 < b - a <= size for a, b in spans) or text == ""


def test_chunk_spans_prefer_paragraphs_then_lines_then_sentences():
    assert chunk_spans("абв\nгде\n\nжзи", 11) == [(0, 9), (9, 12)]
    assert chunk_spans("абв где\nжзи", 9) == [(0, 8), (8, 11)]
    assert chunk_spans("Аб вг. Де жз.", 10) == [(0, 7), (7, 13)]


ARTICLE = (
    "Аким области Ермек Сапаров вручил награды волонтерам.\n\n"
    "Медалью «Шапағат» награждено ОО «Мирас», сообщила Айгерим Ахметова.\n\n"
    "В области работают 150 волонтеров.\n\n"
    "Затем Сапаров поблагодарил ОО «Мирас» и жителей Павлодара.\n\n"
    "Ахметова напомнила, что ОО «Мирас» работает в Павлодаре."
)


def test_chunked_extraction_matches_the_whole_one():
    whole = civic_extract.Extractor().extract(ARTICLE, doc_id="a")
    parts = civic_extract.Extractor(chunk_size=80).extract(ARTICLE, doc_id="a")
    check_offsets(parts)
    assert parts.text == ARTICLE and parts.doc_id == "a"
    assert parts.sentences == whole.sentences
    assert parts.people == whole.people
    assert parts.organizations == whole.organizations
    assert parts.places == whole.places
    assert parts.statistics == whole.statistics
    assert [a.name for a in parts.awards] == [a.name for a in whole.awards]


def test_people_merge_across_pieces_on_the_surname():
    article = civic_extract.Extractor(chunk_size=80).extract(ARTICLE)
    sap = next(p for p in article.people if p.last == "Сапаров")
    assert sap.name == "Ермек Сапаров"
    assert [m.text for m in sap.mentions] == ["Ермек Сапаров", "Сапаров"]
    assert [m.start for m in sap.mentions] == [ARTICLE.index("Ермек"),
                                               ARTICLE.index("Сапаров поблагодарил")]
    mir = next(o for o in article.organizations if o.name == "Мирас")
    assert len(mir.mentions) == 3


def test_a_later_full_name_names_the_merged_person():
    text = "Сапаров выступил на форуме.\n\nАким области Ермек Сапаров вручил награды."
    article = civic_extract.Extractor(chunk_size=30).extract(text)
    assert [p.name for p in article.people] == ["Ермек Сапаров"]
    assert len(article.people[0].mentions) == 2
    assert [t.text for t in article.people[0].titles] == ["Аким области"]


def test_pieces_give_the_entities_of_the_whole_text():
    whole = civic_extract.Extractor().extract(ARTICLE)
    for size in (80, 150, 400):  # pieces of whole paragraphs
        parts = civic_extract.Extractor(chunk_size=size).extract(ARTICLE)
        assert (parts.people, parts.organizations, parts.places, parts.awards,
                parts.statistics) == (whole.people, whole.organizations, whole.places,
                                      whole.awards, whole.statistics), size


def test_pipe_with_pieces_keeps_order_and_laziness():
    ex = civic_extract.Extractor(chunk_size=60)
    texts = ["В Павлодаре прошел форум.", ARTICLE, "", "ОО «Мирас» получило грант."]
    out = list(ex.pipe(texts, batch_size=2))
    assert [a.text for a in out] == texts
    for a in out:
        check_offsets(a)

    def gen():
        yield ARTICLE
        raise RuntimeError("the second text must not be asked for before the first result")

    first = next(ex.pipe(gen(), batch_size=1))
    assert first.text == ARTICLE


# ---- the linker's person merge is linear and means what the naive loop meant ----


def _naive_merge(cands):
    """The quadratic reference: compare each candidate with every group's current name."""
    groups: list[list] = []
    owner = []

    def part(g, name):
        best = max(g, key=lambda c: (len(c.name.split()), -c.span[0]))
        return getattr(best, name) or next((getattr(c, name) for c in g if getattr(c, name)),
                                           None)

    def k(s):
        return " ".join(s.lower().replace("ё", "е").split())

    for c in cands:
        target = None
        for gi, g in enumerate(groups):
            last, first = part(g, "last"), part(g, "first")
            if c.last and last and k(c.last) == k(last) and (
                    not c.first or not first or k(c.first) == k(first)):
                target = gi
                break
            if not c.last and c.first and ((first and k(c.first) == k(first))
                                           or (last and k(c.first) == k(last))):
                target = gi
                break
        if target is None:
            groups.append([c])
            owner.append(len(groups) - 1)
        else:
            groups[target].append(c)
            owner.append(target)
    # a lone first name before the one full name with that first name joins it; a lone word
    # the morphology read as a surname joins it before or after
    full = [gi for gi, g in enumerate(groups) if part(g, "first") and part(g, "last")]
    into = {}
    for gi, g in enumerate(groups):
        first, last, middle = part(g, "first"), part(g, "last"), part(g, "middle")
        alone = first if not last else last if not first else None
        if not alone:
            continue
        if middle:
            # a first name and a patronymic: the one full name with both, before or after
            same = [h for h in full if k(part(groups[h], "first")) == k(alone) and
                    part(groups[h], "middle") and k(part(groups[h], "middle")) == k(middle)]
            if len(same) == 1 and same[0] != gi:
                into[gi] = same[0]
            continue
        same = [h for h in full if k(part(groups[h], "first")) == k(alone)]
        if len(same) == 1 and (min(c.span for c in groups[same[0]]) > min(c.span for c in g)
                               or not first):
            into[gi] = same[0]
    # then a lone word no full name has as its first name: the one full name with that surname
    firsts = {k(part(groups[h], "first")) for h in full}
    for gi, g in enumerate(groups):
        if gi in into:
            continue
        first, last = part(g, "first"), part(g, "last")
        if first and last or part(g, "middle") and not last:
            continue
        alone = last or first
        if not alone or not last and k(alone) in firsts:
            continue
        same = [h for h in full if h not in into and
                word_stem(part(groups[h], "last")) == word_stem(alone)]
        if len(same) == 1 and same[0] != gi:
            into[gi] = same[0]
    kept = [gi for gi in range(len(groups)) if gi not in into]
    return [kept.index(into.get(gi, gi)) for gi in owner]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([None, "Сапаров", "сапаров", "Ахметова", "Королёв",
                                           "Королев", "Ермек"]),
                          st.sampled_from([None, "Ермек", "Айгерим", "Сапаров", "Алексей"]),
                          st.booleans()), max_size=25))
# a patronymic and a surname ("Петрович Ермек") once named the person over "Ермек Сапаров"
@example([(None, "Сапаров", False), ("Ермек", None, True), ("Сапаров", None, True),
          ("Сапаров", "Ермек", False)])
# a first name alone, the same word read as a surname, then the full name
@example([(None, "Ермек", False), ("Ермек", None, False), ("Сапаров", "Ермек", False)])
def test_person_merge_matches_the_naive_loop(parts):
    from civic_extract.link.facts import PersonFact
    from civic_extract.link.people import merge_people

    facts = []
    for i, (last, first, middle) in enumerate(parts):
        words = [w for w in (first, "Петрович" if middle else None, last) if w]
        facts.append(PersonFact((i * 30, i * 30 + 10), " ".join(words) or "X", last, first,
                                "Петрович" if middle else None))
    groups, owner = merge_people(facts)
    assert [groups.index(owner[f.span]) for f in facts] == _naive_merge(facts)


def test_person_merge_is_linear_on_many_distinct_names():
    from civic_extract.link.facts import PersonFact
    from civic_extract.link.people import merge_people

    facts = [PersonFact((i * 10, i * 10 + 5), f"Имя{i % 50} Фамилия{i}", f"Фамилия{i}",
                        f"Имя{i % 50}", None) for i in range(20_000)]
    facts += [PersonFact((10**6 + i * 10, 10**6 + i * 10 + 5), "Фамилия7", "Фамилия7", None,
                         None) for i in range(20_000)]
    groups, owner = merge_people(facts)  # the naive loop takes minutes here
    assert len(groups) == 20_000 and owner[facts[-1].span] is groups[7]


def test_place_aliases_merge_across_pieces():
    text = "Форум прошел в Республике Казахстан.\n\nВолонтеры РК получили гранты."
    whole = civic_extract.Extractor().extract(text)
    parts = civic_extract.Extractor(chunk_size=40).extract(text)
    assert parts.places == whole.places
    assert [m.text for m in parts.places[0].mentions] == ["Республике Казахстан", "РК"]


# A page that lost the break between a heading and the text glues two words: the break goes
# back, so no entity spans the glue; brand names that glue short parts stay whole.
@pytest.mark.parametrize("line, points", [
    ("общественные организацииУтвержден состав", [24]),
    ("Мария ВоронинаПредседатель совета", [14]),
    ("новый срокДанный закон", [10]),
    ("ВымпелКом и СантехМастер", []),
    ("КазМунайГаз, ЕвроХим, МегаФон", []),
    ("ГазпромНефть", []),
    ("обычный текст без склеек", []),
])
def test_glued_words_get_their_break_back(line, points):
    from civic_extract.text.segment import glue_points, segment

    assert glue_points(line) == points
    tokens = [t for _, _, toks in segment(line) for t in toks]
    assert all(line[a:b] == text for a, b, text in tokens)
    assert all(not (a < p < b) for a, b, _ in tokens for p in points)


def test_glued_heading_is_no_organization(extractor):
    article = extractor.extract("Рубрики: Общественные организацииУтвержден состав совета.")
    assert not [o for o in article.organizations if "Утвержден" in o.name]
