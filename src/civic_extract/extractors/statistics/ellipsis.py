"""A number without its noun: where it borrows its unit (``ELLIPSIS``,
``ELLIPSIS_FALLBACKS``) and the reasons it is no statistic (``ELLIPSIS_VETOES``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from ...rules import Rule, Veto
from ..phrase import outside_parentheses
from .numbers import _DIGITS, _MAX_ELLIPSIS_GAP, StatCandidate, _Ctx, _Number, _Unit, as_number
from .sentence import NOT_COUNTS, _read
from .units import _DASHES, _abbreviation, _adjectives, _case_clash, _noun_phrase, _substantive

# ---------------------------------------------------------------- a number without its noun

@dataclass(frozen=True, slots=True)
class _Elided:
    """A number without a unit, the statistics its sentence has so far, and the last sum of
    money stated outside brackets in the sentences before."""

    n: _Number
    found: tuple[StatCandidate, ...]
    money: StatCandidate | None = None
    previous: StatCandidate | None = None  # the last count of the sentence before
    listed: _Number | None = None  # the end of the list it goes on (``_list_end``), read once


def _not_count_elided(name: str, holds: Callable[[_Number], bool]
                      ) -> Veto[_Elided, StatCandidate]:
    return Veto(name, lambda e, c: holds(e.n))


def _borrowed(e: _Elided, ref: StatCandidate) -> list[StatCandidate]:
    n = e.n
    return [StatCandidate(n.qstart, n.j, n.number, ref.unit, ref.head, n.qual, kind=ref.kind)]


def _follows_iz(n: _Number) -> bool:
    """ "19 из 24 …": "из" and a whole after it (not "из них": ``_iz_antecedent``)."""
    return n.j < n.s.last and n.c.doc.toks[n.j].low == "из" and not _iz_antecedent(n)


# the words after "из" that point back at a count already stated ("из них", "из которых", "из
# этого числа")
_BACK_POINTERS = frozenset({"них", "которых", "этого", "этих", "их"})


def _iz_antecedent(n: _Number) -> bool:
    toks = n.c.doc.toks
    return n.j + 1 < n.s.last and toks[n.j].low == "из" and toks[n.j + 1].low in _BACK_POINTERS


_LEAD_MARKS = frozenset({"–", "—", "-", ",", ":"})


# the predicate between "из них" and the number that counts a part ("Из них одобрено 36",
# "из которых уже рассмотрено 80"): parts of speech, and how many words
_PART_PREDICATE = frozenset({"PRTS", "VERB", "ADVB", "PRCL"})
_MAX_PART_PREDICATE = 3


def _after_back_pointer(n: _Number) -> bool:
    """ "Из них 412 работают …", "Большинство из них – 412", "Из них одобрено 36": "из" and a
    word pointing back right before the number (a dash, comma or colon between), or before a
    short predicate of it (a passive participle, a verb, their adverbs)."""
    toks = n.c.doc.toks
    k = n.qstart - 1
    while k > n.s.first and n.qstart - k <= _MAX_PART_PREDICATE and \
            toks[k].pos in _PART_PREDICATE:
        k -= 1
    if k > n.s.first and toks[k].text in _LEAD_MARKS:
        k -= 1
    return k - 1 >= n.s.first and toks[k].low in _BACK_POINTERS and toks[k - 1].low == "из"


def _part_of_before(e: _Elided) -> list[StatCandidate]:
    """ "работают 2,3 тыс. НКО. 87 из них получили гранты на 190 млн рублей", "… 96 педагогов.
    Из них 38 имеют …": a part of the last count stated before it, in its sentence or the one
    before (not of the sum after)."""
    if e.listed is not None:
        return []  # "из них 10 и 12 детей": the rule before decides
    if _after_back_pointer(e.n):  # "… 186 млн рублей, из них 62 млн": of a sum too
        counts = [c for c in e.found if c.last_tok <= e.n.qstart and c.kind != "times"]
    elif _iz_antecedent(e.n):
        counts = [c for c in e.found if c.last_tok <= e.n.qstart and c.kind == "count"]
    else:
        return []
    ref = counts[-1] if counts else e.previous
    return _borrowed(e, ref) if ref is not None else []


def _after_iz(e: _Elided) -> list[StatCandidate]:
    """ "19 из 24 праймериз": the unit of the first statistic after it."""
    after = [c for c in e.found if c.first_tok >= e.n.j]
    return _borrowed(e, after[0]) if _follows_iz(e.n) and after else []


def _before(e: _Elided) -> list[StatCandidate]:
    """ "более 150 тысяч человек, около 20 тысяч умерли": the unit of the last statistic found
    before it, close and not across brackets; not a ratio's ("выросло вдвое – с 1 150 до …")."""
    n = e.n
    if _follows_iz(n) and any(c.first_tok >= n.j for c in e.found) or _opens_range(n) or \
            _iz_antecedent(n) or _after_back_pointer(n) or _whole_of(e) is not None or \
            _amount_word(e) is not None or e.listed is not None:
        return []  # the rules before decide
    before = [c for c in e.found if c.last_tok <= n.qstart and c.kind != "times" and
              (outer := outside_parentheses(n.c.doc.toks[c.last_tok:n.qstart])) is not None and
              len(outer) <= _MAX_ELLIPSIS_GAP]
    return _borrowed(e, before[-1]) if before else []


def _whole_of(e: _Elided) -> StatCandidate | None:
    """ "в 268 играх из 410 возможных", "115 делегатов из 207": the count right before "из"
    that this number is the whole of."""
    n = e.n
    if n.qstart - 1 <= n.s.first or n.c.doc.toks[n.qstart - 1].low != "из":
        return None
    return next((c for c in e.found if c.last_tok == n.qstart - 1), None)


def _after_whole_iz(e: _Elided) -> list[StatCandidate]:
    ref = _whole_of(e)
    return _borrowed(e, ref) if ref is not None else []


def _opens_range(n: _Number) -> bool:
    """ "от 40 до …", "с 380 до 760 млн тенге" ("от" is no qualifier elsewhere: "заявки от 67
    организаций")."""
    toks = n.c.doc.toks
    return n.qual is None and n.qstart > n.s.first and \
        toks[n.qstart - 1].low in _RANGE_OPENERS and n.j < n.s.last and toks[n.j].low == "до"


_RANGE_OPENERS = frozenset({"от", "с", "со"})


def _range_start(e: _Elided) -> list[StatCandidate]:
    """ "от 40 до 50 тысяч рублей" → 40000 рублей (qualified "от"), "выросла с 10,63 до 11,29
    миллиарда долларов" → 10630000000 долларов: the start of a range takes the unit and the
    multiplier of its end."""
    n = e.n
    if not _opens_range(n):
        return []
    end = next((c for c in e.found if c.first_tok == n.j), None)
    after = _read(n.c, n.s, n.j + 1) if end is not None else None
    if end is None or after is None:
        return []
    value = n.value * (after.mult if n.mult == 1.0 else n.mult)
    number = as_number(value)
    if n.c.doc.toks[n.qstart - 1].low != "от":  # "с 380 до 760 млн": a value it changed from
        return [StatCandidate(n.qstart, n.j, number, end.unit, end.head, None, kind=end.kind)]
    return [StatCandidate(n.qstart - 1, n.j, number, end.unit, end.head, "от", kind=end.kind)]


_LIST_LINKS = frozenset({",", "и", "или", "либо"})
_MAX_LISTED = 8  # numbers of one list that share the noun of the last
# the rules of ``UNITS`` whose unit the numbers listed before may share ("на 600 и 900 мест")
_SHAREABLE = frozenset({"currency_sign", "adjective_unit", "unit_word", "noun_phrase",
                        "quoted_noun", "abbreviation", "substantive", "partitive"})


def _list_end(n: _Number) -> _Number | None:
    """ "на 600, 900 и 1200 мест", "300 и 500 млн тенге": the number that closes the list this
    one opens or goes on (",", "и", "или" between them, a conjunction before the last), read
    with the unit it names, when no smaller multiplier than this one's; None when the list has
    no such end within _MAX_LISTED numbers."""
    toks, s = n.c.doc.toks, n.s
    j = n.j
    for _ in range(_MAX_LISTED):
        if j + 1 >= s.last or toks[j].low not in _LIST_LINKS:
            return None
        after = _read(n.c, s, j + 1)
        if after is None or after.quoted:
            return None
        if after.unit is not None:  # not "UTC+1, 15 часов", "в 3 млрд и 75 млн процентов"
            return after if toks[j].pos == "CONJ" and after.rule in _SHAREABLE and \
                after.mult >= n.mult else None
        j = after.j
    return None


def _listed(e: _Elided) -> list[StatCandidate]:
    """ "Построены две школы на 600 и 900 мест" → 600 and 900 мест, "Выделено 300 и 500 млн
    тенге" → 300000000 and 500000000 тенге: a number listed before another that names the
    unit shares its noun, and its multiplier when it has none of its own."""
    n = e.n
    end = e.listed
    ref = next((c for c in e.found if c.first_tok == end.qstart), None) \
        if end is not None else None
    if end is None or ref is None:
        return []  # the end is no count: "3 и 4 июня", "в 2019 и 2020 годах"
    number = as_number(n.value * (end.mult if n.mult == 1.0 else n.mult))
    return [StatCandidate(n.qstart, n.j, number, ref.unit, ref.head, n.qual, rule="listed",
                          kind=ref.kind)]


def _amount_word(e: _Elided) -> tuple[int, _Unit] | None:
    """ "число кандидатов выросло до 13", "количество мандатов - 292", "по числу мандатов
    (52)": the last noun of data/amount_words.txt before the number in its sentence (not "в
    том числе", "в числе прочих") and the genitive it governs, when no statistic of another
    rule but a ratio lies between them ("число НКО выросло вдвое – до 2 240"): (its token,
    the unit). The noun is looked for within _MAX_ELLIPSIS_GAP tokens, or it is the one of the
    number before, which took its unit so ("в Москве (462), Самарской (88), …")."""
    n = e.n
    toks, lex = n.c.doc.toks, n.c.lex
    prev = next((c for c in reversed(e.found) if c.last_tok <= n.qstart), None)
    if prev is not None and prev.rule == "amount_of":
        return prev.first_tok, (prev.unit, prev.head, prev.last_tok, None)
    i = next((x for x in range(n.qstart - 1, max(n.s.first, n.qstart - _MAX_ELLIPSIS_GAP) - 1, -1)
              if toks[x].lemma in lex.amount_words), None)
    if i is None or i - 1 >= n.s.first and toks[i - 1].low in ("том", "их", "в") or any(
            i < c.first_tok < n.qstart and c.rule != "amount_of" and c.kind != "times"
            for c in e.found):
        return None
    counted = replace(n, j=i + 1, digits=True)
    units = _noun_phrase(counted) or _substantive(counted) or _abbreviation(counted)
    last = toks[units[0][2] - 1] if units else None
    if last is None or last.parse is None or units[0][2] > n.qstart or \
            "gent" not in last.parse.grams and last.parse.pos is not None:
        return None  # an abbreviation ("число НКО") declines in no case
    return i, units[0]


def _amount_of(e: _Elided) -> list[StatCandidate]:
    """The unit an amount noun before the number names (``_amount_word``)."""
    n = e.n
    found = _amount_word(e)
    if found is None or _whole_of(e) is not None or e.listed is not None or \
            _follows_iz(n) and any(c.first_tok >= n.j for c in e.found):
        return []  # the rules before decide
    unit, head = found[1][0], found[1][1]
    kind = n.c.lex.stat_kinds.get(head, "count")
    if _opens_range(n):  # "число участников выросло с 40 до 75": 40 as well
        if _range_start(e):
            return []  # "с 300 до 520 человек": the end's unit
        if n.c.doc.toks[n.qstart - 1].low != "от":
            return [StatCandidate(n.qstart, n.j, n.number, unit, head, None, rule="amount_of",
                                  kind=kind)]
        return [StatCandidate(n.qstart - 1, n.j, n.number, unit, head, "от", rule="amount_of",
                              kind=kind)]
    return [StatCandidate(n.qstart, n.j, n.number, unit, head, n.qual, rule="amount_of",
                          kind=kind)]


def _earlier_money(e: _Elided) -> list[StatCandidate]:
    """ "обошлись в 930 тысяч", "пятое место — 263 млн (около 4,2 млн долларов)": a number
    with a multiplier word and no noun, which no neighbour in its sentence lends a unit, is
    a sum in the currency of the last sum stated before it outside brackets."""
    n = e.n
    if e.money is None or n.mult == 1.0 or n.prefix is not None:
        return []
    return _borrowed(e, e.money)


_FINAL = frozenset({".", "!", "?", "…", ";"})
_AFTER_ELIDED_NOUN = frozenset({"CONJ", "VERB", "PREP", "PRCL"})


def _noun_later(n: _Number, j: int) -> bool:
    """ "два молодых, но уже известных предпринимателя": after a comma or a conjunction the
    phrase goes on to its noun, unless the next number of a list follows ("2 золотых, 5
    серебряных и 5 бронзовых")."""
    toks, last = n.c.doc.toks, n.s.last
    if j >= last or toks[j].text != "," and toks[j].pos != "CONJ":
        return False
    k = j + 1
    while k < last and (toks[k].text == "," or toks[k].pos == "CONJ"):
        k += 1
    return k < last and not (toks[k].text[:1].isdigit() or toks[k].lemma in n.c.lex.numbers)


def _adjective_elided(e: _Elided) -> list[StatCandidate]:
    """ "12 медалей (2 золотых, 5 серебряных и 5 бронзовых)": adjectives after the number
    whose noun is left out, the noun of the statistic right before it ("золотая медаль")."""
    n = e.n
    toks = n.c.doc.toks
    adjs, j = _adjectives(n)
    if not adjs or n.j != n.stop or not any("plur" in q.grams for q in adjs[-1].parses):
        return []
    after = toks[j] if j < n.s.last else None
    if after is not None and not (after.text in n.c.lex.ellipsis_text or
                                  after.pos in _AFTER_ELIDED_NOUN) or _noun_later(n, j):
        return []
    ref = next((c for c in reversed(e.found) if c.last_tok <= n.qstart), None)
    if ref is None or n.qstart - ref.last_tok > 2 * _MAX_ELLIPSIS_GAP or any(
            rule(e) for rule in (_range_start, _after_whole_iz, _after_iz, _amount_of)):
        return []  # the rules before decide
    head = n.c.morph.best(ref.head)
    gender = next((g for g in ("masc", "femn", "neut") if head is not None and g in head.grams),
                  None)
    want = {"nomn", "sing"} | ({gender} if gender else set())
    words = [(n.c.morph.inflect(a.parse, want) if a.parse is not None else None) or a.low
             for a in adjs]
    unit = " ".join([*words, ref.head])
    return [StatCandidate(n.qstart, j, n.number, unit, ref.head, n.qual, rule="adjective_elided",
                          kind=ref.kind)]


def _previous_sentence(e: _Elided) -> list[StatCandidate]:
    """ "На борту находился 201 человек. Спасти удалось лишь 79.", "Закон поддержали 228 из
    261 депутата. 33 воздержались.": digits that open their sentence before a verb, or close
    it after a verb or a particle, or count a place of a list ("… в Павлодаре — 702, …"), with
    no statistic before them in it, count what the sentence before counted last (not "закрыли
    в 18.", "рейтинг 2813.", "исполнилось 45.")."""
    n = e.n
    toks = n.c.doc.toks
    if e.previous is None or not n.digits or n.mult != 1.0 or n.prefix is not None or \
            e.found and e.found[0].first_tok < n.qstart:
        return []
    before = toks[n.qstart - 1] if n.qstart > n.s.first else None
    after = toks[n.j] if n.j < n.s.last else None
    opens = before is None and after is not None and after.pos == "VERB"
    closes = (after is None or n.j == n.s.last - 1 and after.text in _FINAL) and \
        before is not None and (before.pos in ("ADVB", "PRCL") or before.pos == "VERB" and
                                before.lemma not in n.c.lex.age_verbs)
    if not (opens or closes or _place_item(n)) or closes and _measured_subject(n, e.previous):
        return []
    return _borrowed(e, e.previous)


def _measured_subject(n: _Number, previous: StatCandidate) -> bool:
    """Has the sentence a noun subject of its own before the number's verb, other than what the
    sentence before counted: what the number measures ("Коэффициент рождаемости составил
    1,4", "Средний балл ЕГЭ составил 68,2"; not "В этом году их будет 15")?"""
    toks = n.c.doc.toks
    return any(t.pos == "NOUN" and t.case == "nomn" and t.lemma != previous.head and
               t.lemma not in _BACK_MEASURES and t.lemma not in n.c.lex.amount_words and
               t.text[:1].isalpha() for t in toks[n.s.first:n.qstart])


# subjects that name the measure of the sentence before again ("В феврале показатель составил
# 8,2")
_BACK_MEASURES = frozenset({"показатель", "цифра", "значение"})


_MAX_ITEM_PLACE = 4


def _place_item(n: _Number) -> bool:
    """Is the number the count of a place in a list of them, after a dash that closes a
    prepositional phrase and before a comma or the end ("Больше всего НПО действует в
    Павлодаре — 702, в Экибастузе — 214")?"""
    toks = n.c.doc.toks
    dash = n.qstart - 1
    if dash <= n.s.first or toks[dash].text not in _DASHES or not (
            n.j >= n.s.last or toks[n.j].text == "," or toks[n.j].text in _FINAL):
        return False
    for k in range(dash - 1, max(n.s.first, dash - 1 - _MAX_ITEM_PLACE), -1):
        if toks[k].pos == "PREP":
            return toks[k].low in ("в", "во", "на")
        if not toks[k].is_word():
            return False
    return False


def _last_count(c: _Ctx, found: list[StatCandidate]) -> StatCandidate | None:
    """The last count of a sentence, unless a bracket opens before it."""
    toks = c.doc.toks
    x = found[-1] if found else None
    return x if x is not None and x.kind == "count" and not (
        x.first_tok > 0 and toks[x.first_tok - 1].text == "(") else None


def _money_outside_brackets(c: _Ctx, found: list[StatCandidate]) -> StatCandidate | None:
    """The last sum of money of a sentence that no bracket opens before ("(около 5 млн
    долларов)" is an aside in another currency)."""
    toks = c.doc.toks
    return next((x for x in reversed(found) if x.kind == "money" and not (
        x.first_tok > 0 and toks[x.first_tok - 1].text == "(")), None)


# Where a number without its noun finds its unit, in order.
ELLIPSIS: tuple[Rule[_Elided, StatCandidate], ...] = (
    Rule("range_start", _range_start),
    Rule("listed", _listed),
    Rule("borrowed_whole_iz", _after_whole_iz),
    Rule("part_of_before", _part_of_before),
    Rule("borrowed_after_iz", _after_iz),
    Rule("amount_of", _amount_of),
    Rule("adjective_elided", _adjective_elided),
    Rule("borrowed_before", _before),
)

# Where it finds its unit when no rule of ``ELLIPSIS`` proposed one.
ELLIPSIS_FALLBACKS: tuple[Rule[_Elided, StatCandidate], ...] = (
    Rule("previous_sentence", _previous_sentence),
    Rule("earlier_money", _earlier_money),
)


def _nominal_follows(n: _Number) -> bool:
    """A number may borrow a unit only when nothing nominal follows it (data/ellipsis_next.txt)."""
    if n.j >= n.s.last:
        return False
    t = n.c.doc.toks[n.j]
    return not (t.text in n.c.lex.ellipsis_text or t.pos in n.c.lex.ellipsis_pos or
                t.pos == "NOUN" and _case_clash(n, t) or  # "в трёх | победителями стали"
                _aside(n))


def _aside(n: _Number) -> bool:
    """A bracketed aside with a number after it: "— 316 млн (около 5 млн долларов)",
    "44,7 тысячи (47,7 процента)"."""
    toks, s = n.c.doc.toks, n.s
    if toks[n.j].text != "(":
        return False
    j = n.j + 1
    while j < s.last and j - n.j <= 3 and toks[j].text != ")":
        if toks[j].text[:1].isdigit():
            return True
        j += 1
    return False


_DATE_LINKS = frozenset({"на", "по", "до", "и", "или", "-", "–", "—"})


def _date_start(n: _Number) -> bool:
    """ "в ночь с 18 на 19 апреля", "с 5 по 9 мая", "3 и 4 июня": the first day of dates
    whose month (data/not_units.txt) comes after the last."""
    toks, last = n.c.doc.toks, n.s.last
    return n.digits and n.j + 2 < last and toks[n.j].low in _DATE_LINKS and \
        _DIGITS.match(toks[n.j + 1].text) is not None and toks[n.j + 2].lemma in n.c.lex.not_units


def _bracketed(n: _Number) -> bool:
    """ "Иванов (2602)", "(Индия, 36, 2792)"."""
    toks, s, first, last = n.c.doc.toks, n.s, n.qstart, n.j
    return first > s.first and toks[first - 1].text in ("(", ",") and last < s.last and \
        toks[last].text == ")" or (first > s.first and toks[first - 1].text == "(")


# The reasons a number without its noun is no statistic, in order.
ELLIPSIS_VETOES: tuple[Veto[_Elided, StatCandidate], ...] = tuple(
    _not_count_elided(name, holds) for name, holds in NOT_COUNTS) + (
    # "в 2020-м": a year
    Veto("year_like", lambda e, c: e.n.digits and e.n.mult == 1.0 and
         1800 <= e.n.value <= 2100),
    # "тысяча" with no noun after it: no count of anything
    Veto("lone_multiplier", lambda e, c: not e.n.digits and e.n.stop == e.n.start),
    Veto("date_start", lambda e, c: _date_start(e.n)),
    Veto("nominal_follows", lambda e, c: c.rule != "adjective_elided" and
         _nominal_follows(e.n) and _whole_of(e) is None),
    # "Иванов (2602)"; not "наибольшее число нарушений — в Москве (462)"
    Veto("bracketed", lambda e, c: c.rule not in ("amount_of", "adjective_elided", "listed")
         and _bracketed(e.n)),
)
