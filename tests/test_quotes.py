"""Quotes found once per document: the same answers as a plain scan from every quote, in
linear time."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civic_extract.document import Doc, Sent, Tok
from civic_extract.quotes import QUOTES, Quotes, is_opening
from civic_extract.text.prepare import Prepared

_TOKEN = re.compile(r"\w+|[^\w\s]")


def _doc(text: str, per: frozenset[str] = frozenset()) -> Doc:
    """A document of one sentence per line, tokens by a plain regex, no morphology."""
    prep = Prepared(text, text, tuple(range(len(text) + 1)), ())
    doc = Doc(prep)
    pos = 0
    for line in text.split("\n"):
        toks = [(m.start() + pos, m.end() + pos, m.group()) for m in _TOKEN.finditer(line)]
        if toks:
            s = Sent(toks[0][0], toks[-1][1], len(doc.toks), len(doc.toks) + len(toks))
            for a, b, w in toks:
                doc.toks.append(Tok(len(doc.toks), a, b, w, w.lower(), len(doc.sents),
                                    ner="PER" if w in per else None))
            doc.sents.append(s)
        pos += len(line) + 1
    doc._quotes = Quotes(doc)
    return doc


# ---- the reference: a plain scan from the quote to the end of its sentence ----

def _ref_name_ends(doc: Doc, k: int, limit: int) -> bool:
    if k >= limit:
        return True
    t = doc.toks[k]
    return t.ner == "PER" or t.text in (".", "!", "?", ";", ")", ",", "–", "—", "-")


def _ref_clause_free_since_opening(doc: Doc, k: int, first: int) -> bool:
    for j in range(k - 1, max(first, k - 13) - 1, -1):
        if doc.toks[j].text in "«„":
            return True
        if doc.toks[j].tag.pos in ("VERB", "AUX", "PRON") or doc.toks[j].text in '"»”;':
            return False
    return False


def _ref_closes_later(doc: Doc, k: int, limit: int) -> bool:
    toks = doc.toks
    first = doc.sents[toks[k].sent].first
    listed = toks[k].text == "," and _ref_clause_free_since_opening(doc, k, first)
    for j in range(k + 1, min(limit, k + (13 if listed else 6))):
        c = toks[j].text
        if c in ("»", "”"):
            return True
        if c == '"':
            gap_after = doc.norm[toks[j].stop:toks[j + 1].start] if j + 1 < limit else " "
            return gap_after != "" or j + 1 >= limit or not toks[j + 1].text[:1].isalnum()
        if (c == "," and not listed) or c == ";" or c in "«„" or \
                (listed and toks[j].tag.pos in ("VERB", "AUX", "PRON")):
            return False
    return False


def _ref_end_before(doc: Doc, resumed: int | None, k: int, limit: int) -> int | None:
    """After an inner name closed and the outer one went on (at ``resumed``), the first token
    before ``k`` where a name ends: the outer name's end when no quote closes it."""
    if resumed is None:
        return None
    return next((j for j in range(resumed, k) if _ref_name_ends(doc, j, limit)), None)


def _ref_name_at(doc: Doc, o: int, limit: int) -> tuple[int, int, int] | None:
    toks = doc.toks
    if o >= limit or not is_opening(doc, o):
        return None
    depth, k = 1, o + 1
    resumed = None
    while k < limit:
        c = toks[k].text
        if c in QUOTES and c != "'":
            prev_gap = doc.norm[toks[k - 1].stop:toks[k].start]
            next_gap = doc.norm[toks[k].stop:toks[k + 1].start] if k + 1 < limit else " "
            nxt = toks[k + 1].text if k + 1 < limit else ""
            opening = c in "«„" or (c in '"“' and prev_gap != "" and next_gap == ""
                                    and nxt[:1].isalnum() and k != o + 1)
            if c in "»”" or (c in '"“' and not opening):
                depth -= 1
                if depth == 0:
                    return (o + 1, k, k + 1) if k > o + 1 else None
                if _ref_name_ends(doc, k + 1, limit):
                    return o + 1, k + 1, k + 1
                if depth == 1 and resumed is None:
                    resumed = k + 1
            elif opening:
                depth += 1
        elif c in (",", ";", ":", ".", "!", "?") and k > o + 1:
            if c == "." and k + 1 < limit and doc.norm[toks[k].stop:toks[k + 1].start] == "":
                k += 1
                continue
            w = toks[k - 1].text
            if c == "." and (len(w) == 1 and w.isupper() or w in ("им", "св", "акад", "проф")):
                k += 1
                continue
            if not _ref_closes_later(doc, k, limit):
                e = _ref_end_before(doc, resumed, k, limit)
                return (o + 1, e, e) if e is not None else (o + 1, k, k)
        k += 1
    e = _ref_end_before(doc, resumed, k, limit)
    if e is not None:
        return o + 1, e, e
    if k > o + 1 and k - o <= 12:
        return o + 1, k, k
    return None


def _check(doc: Doc) -> None:
    for s in doc.sents:
        depth = 0
        for k in range(s.first, s.last):
            assert doc.quotes.name_at(k) == _ref_name_at(doc, k, s.last), (doc.norm, k)
            assert doc.quotes.open_depth(k) == depth
            c = doc.toks[k].text
            depth = depth + 1 if c == "«" else max(0, depth - 1) if c == "»" else depth


@pytest.mark.parametrize("text, names", [
    ("ОО «Батыр» и ОФ «Ана Үйі» получили гранты.", ["Батыр", "Ана Үйі"]),
    ("Фонд «Центр «Самрук» Жандос получил премию.", ["Центр «Самрук»"]),  # Жандос: PER
    # no quote closes the outer name: it ends where a name ends after the inner one
    ("КГУ «Школа «Дарын» отдела образования – Жандос и ученики",
     ["Школа «Дарын» отдела образования"]),
    ("КГУ «Школа «Дарын» отдела образования Жандос провел урок.",
     ["Школа «Дарын» отдела образования"]),
    ('Компания "Альфа "Бета" Гамма" открылась.', ['Альфа "Бета" Гамма']),
    ("Сайт «LIDER.KZ сообщил», что…", ["LIDER.KZ сообщил"]),
    ("Фонд «Береке, а затем ушёл", ["Береке"]),
    # commas inside a name whose quote closes a few tokens on
    ("ГУ «Отдел внутренней политики, культуры, развития языков и спорта района» провел форум.",
     ["Отдел внутренней политики, культуры, развития языков и спорта района"]),
    ("ТОО «Строй, Монтаж и Сервис» построило школу.", ["Строй, Монтаж и Сервис"]),
    ("Фонд «Береке, Ак жол, Иван и другие фонды получили гранты в этом году", ["Береке"]),
    ("ОО «Береке, ОФ «Ак жол» и другие", ["Береке", "Ак жол"]),
    # the dot of an initial or of "им." ends no name
    ("ГБУЗ «Республиканская больница им. В. А. Баранова» получила оборудование.",
     ["Республиканская больница им. В. А. Баранова"]),
    ("МБОУ «Школа им. А. С. Пушкина» отметила юбилей.", ["Школа им. А. С. Пушкина"]),
    ("«Это было трудно, — сказал он.", ["Это было трудно"]),  # short: a name
    ("«мы сделали это вместе», — сказал он.", []),  # lowercase: speech
    ("Пустые кавычки «» ничего не значат.", []),
    # a quote the sentence's stop cuts and the next sentence closes: speech, no name
    ("«В районе 40 сел.\nВсе они газифицированы», – отметил аким.", []),
    ("«У нас 40 волонтеров!\nМы им благодарны», – сказала она.", []),
    ("Грант получил фонд «Жомарт».\nПроект «Дом» открыт.", ["Жомарт", "Дом"]),
])
def test_names(text: str, names: list[str]) -> None:
    doc = _doc(text, per=frozenset({"Жандос"}))
    _check(doc)
    assert [doc.norm[doc.toks[a].start:doc.toks[b - 1].stop] for a, b in doc.quotes.names] == names


def test_pairs_and_depth() -> None:
    doc = _doc("Он сказал: «Мы «Ак Жол» любим» и ушёл.")
    opening = [t.i for t in doc.toks if t.text == "«"]
    closing = [t.i for t in doc.toks if t.text == "»"]
    assert doc.quotes.pair_at(opening[0]) == closing[1]
    assert doc.quotes.pair_at(opening[1]) == closing[0]
    assert doc.quotes.open_depth(closing[0]) == 2
    assert doc.quotes.open_depth(closing[1]) == 1
    _check(doc)


_PIECES = ["«", "»", '"', "“", "”", "„", "'", ",", ".", ";", "!", "Ак", "жол", "Иван", "и",
           "-", ")", "KZ", "В", "им"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.booleans()), min_size=1, max_size=40))
def test_same_as_a_plain_scan(pieces: list[tuple[str, bool]]) -> None:
    text = "".join(p + (" " if space else "") for p, space in pieces)
    _check(_doc(text, per=frozenset({"Иван"})))


def test_a_run_of_quotes_is_read_in_linear_steps() -> None:
    # 200 tokens of «, each one a name's opening: the answers stay the plain scan's
    doc = _doc("«" * 200)
    assert all(doc.quotes.name_at(k) is None for k in range(200 - 12))
    assert doc.quotes.name_at(195) == (196, 200, 200)


@pytest.mark.parametrize("text, tokens", [
    ("Ура!!!! Победа", ["Ура", "!!!!", "Победа"]),
    ("«««««Жол", ["«««««", "Жол"]),
    ("((((((", ["(((((("]),
    ("«Мы «Ак «Жол»»»", ["«", "Мы", "«", "Ак", "«", "Жол", "»", "»", "»"]),  # nesting kept
    ("Да!!! Нет", ["Да", "!!!", "Нет"]),
])
def test_a_long_run_of_one_mark_is_one_token(text, tokens):
    from civic_extract.text.segment import segment

    found = [t for _, _, ts in segment(text) for t in ts]
    assert [t[2] for t in found] == tokens
    assert all(text[a:b] == w for a, b, w in found)
