"""A number with its unit: the statistics' rules and vetoes (``RULES``, ``VETOES``: ordinal
use, age or clock, a year) and the veto makers."""

from __future__ import annotations

from collections.abc import Callable

from ...document import Tok
from ...rules import Rule, Veto
from .numbers import _DIGITS, _YEAR_LEMMAS, StatCandidate, _Number
from .sentence import NOT_COUNTS, _read
from .units import UNITS, _adjectives

# ---------------------------------------------------------------- a number with its unit

def _agrees(value: float, head: Tok) -> bool:
    """False when the counted noun cannot follow a cardinal number: "3 этап", "на 34 паркране"
    (a singular noun outside the genitive after 2, 3, 5 … is an ordinal use)."""
    if value != int(value):
        return True
    n = int(value)
    if n % 10 == 1 and n % 100 != 11:
        return True  # "21 месяц": the noun agrees in any case
    if head.text.isupper() or not head.parses:
        return True
    few = 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14  # "3 класса"; "8 класса" is ordinal
    nouns = [p.grams for p in head.parses if p.pos == "NOUN"]
    gen_sing = any("gent" in g and "sing" in g for g in nouns)
    # a plural noun: the genitive, or the numeral's own oblique case ("в 20 городах"); the
    # nominative only when it cannot be a singular genitive ("36 жители"; not "в 5 утра")
    return any("Fixd" in g or (few and gen_sing) or "plur" in g and (
        "gent" in g or not {"nomn", "accs"} & g or not gen_sing) for g in nouns)


def _ordinal_use(n: _Number) -> bool:
    """ "3 этап", "на 2 этаже": the counted noun does not agree with a cardinal."""
    head = n.unit[3] if n.unit is not None else None
    return n.rule == "noun_phrase" and head is not None and n.mult == 1.0 and \
        not _agrees(n.value, head) and not _cardinal_adjectives(n)


def _cardinal_adjectives(n: _Number) -> bool:
    """The adjectives between the number and its noun stand in the genitive plural a cardinal
    takes ("40 учебных заведение": the noun's ending is a slip, the count is a count)."""
    adjs, _ = _adjectives(n)
    return bool(adjs) and all(a.case == "gent" and any(
        {"gent", "plur"} <= q.grams for q in a.parses) for a in adjs)


def _age_or_clock(n: _Number) -> bool:
    """The words around the number make it an age or a clock time (data/number_contexts.txt):
    "в возрасте 52 лет", "в три часа", "Кравцову 39 лет", "которому сейчас 61 год" (not "по
    итогам трех лет"), "Келли 52 года", "Иванов, 49 лет, …", "(26 лет)"."""
    toks, first = n.c.doc.toks, n.s.first
    contexts = n.c.lex.number_contexts
    head = n.unit[1] if n.unit is not None else ""
    k = _context_start(n)
    for size in (2, 1):
        if k - size >= first and (" ".join(t.low for t in toks[k - size:k]), head) in contexts:
            return True
    k = _before_fillers(n, k)
    if k - 1 < first:
        return False
    t = toks[k - 1]
    if head in _YEAR_LEMMAS and t.lemma in n.c.lex.age_verbs and any(
            _dative_holder(n, i) for i in range(max(first + 1, k - 8), k)):
        return True
    if (t.low, head) in contexts or ("@dative", head) in contexts and _dative_holder(n, k):
        return True
    return ("@person", head) in contexts and _person_before(n, k) or \
        ("@bracketed", head) in contexts and _bracketed_alone(n, k) or \
        ("@living", head) in contexts and _living_before(n, k) or _clock_minutes(n) or \
        _age_continued(n)


_NOT_AFTER_AGE = frozenset({"VERB", "INFN", "GRND", "PRTS", "PRTF", "ADVB"})


def _living_before(n: _Number, k: int) -> bool:
    """A living being named right before the number, which no verb follows: "девочка 16 лет,",
    "сына 3-х лет и дочь", "детей от 13 до 18 лет" (not "сотрудник 10 лет работал", not
    "был мэром 18 лет": the instrumental)."""
    toks = n.c.doc.toks
    t = toks[k - 1]
    p = t.parse
    if p is None or p.pos != "NOUN" or "anim" not in p.grams or t.case not in (
            "nomn", "gent", "accs"):
        return False
    end = n.unit[2] if n.unit is not None else n.j
    return end >= n.s.last or toks[end].pos not in _NOT_AFTER_AGE


def _age_continued(n: _Number) -> bool:
    """The days or months of an age in years: "в возрасте 122 лет и 164 дней"."""
    toks, k, first = n.c.doc.toks, n.qstart, n.s.first
    if n.unit is None or n.unit[1] not in ("день", "месяц"):
        return False
    i = k - 1 if k - 1 >= first and toks[k - 1].low == "и" else k
    if i - 2 < first or toks[i - 1].lemma not in _YEAR_LEMMAS or not n.digits:
        return False
    years = _read(n.c, n.s, i - 2)
    return years is not None and years.unit is not None and years.unit[2] == i and \
        _age_or_clock(years)


def _clock_minutes(n: _Number) -> bool:
    """The minutes of a clock time: "в 14 часов 30 минут" (the hours after a context of
    data/number_contexts.txt)."""
    toks, k, first = n.c.doc.toks, n.qstart, n.s.first
    return n.unit is not None and n.unit[1] == "минута" and k - 3 >= first and \
        toks[k - 1].has_lemma("час") and _DIGITS.match(toks[k - 2].text) is not None and \
        (toks[k - 3].low, "час") in n.c.lex.number_contexts


def _before_fillers(n: _Number, k: int) -> int:
    """The token before the adverbs and particles that precede the number ("ему уже по 37
    лет", "которому сейчас 61 год")."""
    toks, first = n.c.doc.toks, n.s.first
    while k - 1 > first and toks[k - 1].is_word() and (
            toks[k - 1].pos in ("ADVB", "PRCL") or toks[k - 1].low in n.c.lex.age_fillers):
        k -= 1
    return k


def _dative_holder(n: _Number, k: int) -> bool:
    """A noun of a living being or a pronoun that reads as a dative before the number, itself
    not after a preposition: "Кравцову 39 лет", "Девочке сейчас 12 лет", "которой тогда был 71
    год" (not "к 2020 году")."""
    toks, first = n.c.doc.toks, n.s.first
    t = toks[k - 1]
    readings = [p for p in t.parses if "datv" in p.grams and p.pos == t.pos] \
        if t.case != "datv" else [t.parse] if t.parse is not None else []
    return t.is_word() and any(
        p.pos == "NPRO" or p.pos in ("NOUN", "ADJF") and ("anim" in p.grams or "Apro" in p.grams)
        for p in readings) and not (k - 2 >= first and toks[k - 2].pos == "PREP")


def _person_before(n: _Number, k: int) -> bool:
    """A person named right before the number, or before a comma or dash that sets it off as an
    apposition ("Келли 52 года", "Иванов, 49 лет, …", "Петрова — 54 года.")."""
    toks, first = n.c.doc.toks, n.s.first
    end = n.unit[2] if n.unit is not None else n.j
    if toks[k - 1].ner == "PER":
        # (not a duration its verb goes on with: "Иван Петров 20 лет работает в школе"; an
        # age's verb says an age: "Ивану Петрову 60 лет исполнилось")
        return end >= n.s.last or toks[end].pos not in _NOT_AFTER_AGE or \
            toks[end].lemma in n.c.lex.age_verbs
    closed = end >= n.s.last or not toks[end].is_word()
    i = k - 2
    if i > first and toks[i].text == ")" and toks[k - 1].text == ",":  # "Фаиз Халид (Faiz K.), 26"
        i = next((x - 1 for x in range(i - 1, max(first, i - 8), -1) if toks[x].text == "("), i)
    return closed and i >= first and toks[k - 1].text in (",", "—", "–", "-", "(") \
        and toks[i].ner == "PER"


def _bracketed_alone(n: _Number, k: int) -> bool:
    """The numbers and their unit alone in brackets: "Вера (26 лет)", "(10, 9 и 8 лет)"."""
    toks = n.c.doc.toks
    end = n.unit[2] if n.unit is not None else n.j
    return k > n.s.first and toks[k - 1].text == "(" and end < n.s.last \
        and toks[end].text == ")"


def _list_start(n: _Number, k: int) -> int:
    """The first of the numbers listed before this one with the same unit: "Им было 30, 20 и
    19 лет", "в 70 и 75 лет соответственно"."""
    toks, first = n.c.doc.toks, n.s.first
    while k - 2 >= first and toks[k - 1].low in ("и", ",") and (
            _DIGITS.match(toks[k - 2].text) or toks[k - 2].lemma in n.c.lex.numbers):
        k -= 2
    return k


def _made_by(name: str) -> Callable[[_Number], list[StatCandidate]]:
    """The candidate of a number whose unit the rule ``name`` of ``UNITS`` found."""
    def find(n: _Number) -> list[StatCandidate]:
        if n.unit is None or n.rule != name:
            return []
        unit, head, end, _ = n.unit
        return [StatCandidate(n.qstart, end, n.number, unit, head, n.qual,
                              kind=n.c.lex.stat_kinds.get(head, "count"))]

    return find


def _not_count(name: str, holds: Callable[[_Number], bool]) -> Veto[_Number, StatCandidate]:
    return Veto(name, lambda n, c: holds(n))


# A number with its unit, each candidate named after the rule of UNITS that found the unit.
RULES: tuple[Rule[_Number, StatCandidate], ...] = tuple(
    Rule(u.name, _made_by(u.name)) for u in UNITS)

# The reasons a number with its unit is no statistic, in order.
VETOES: tuple[Veto[_Number, StatCandidate], ...] = tuple(
    _not_count(name, holds) for name, holds in NOT_COUNTS) + (
    Veto("not_a_unit", lambda n, c: c.head in n.c.lex.not_units),  # "1 сентября", "15 часов"
    # "в 2020 году"
    Veto("year", lambda n, c: n.digits and c.head in _YEAR_LEMMAS and 1800 <= n.value <= 2100),
    Veto("ordinal_use", lambda n, c: _ordinal_use(n)),
    # "в 1976 Макаллоу переехала": a person's name is no unit
    Veto("person_head", lambda n, c: n.unit is not None and n.unit[3] is not None
         and n.unit[3].ner == "PER"),
    Veto("age_or_clock", lambda n, c: _age_or_clock(n)),
    Veto("grade", lambda n, c: _grade(n, c.head)),
)


def _grade(n: _Number, head: str) -> bool:
    """A grade after its holder's noun, an ordinal (data/grade_holders.txt): "студентка 3
    курса", "учащихся 5–7 классов"."""
    k = _context_start(n)
    if k - 1 < n.s.first:
        return False
    holder = n.c.doc.toks[k - 1]  # any reading: "учащихся" is also a form of "учиться"
    return any((lemma, head) in n.c.lex.grade_holders
               for lemma in holder.lemmas | {holder.lemma.replace("ё", "е")})


def _context_start(n: _Number) -> int:
    """Where the words before a number stop being its own: before "от" of a range ("в
    возрасте | от 7 до 14 лет") and before the numbers listed with it."""
    k = n.qstart
    if n.qual == "до" and k - 2 >= n.s.first and n.c.doc.toks[k - 2].low == "от":
        k -= 2
    return _list_start(n, k)
