"""Statistics: a number (digits or words, with a multiplier) and the noun phrase it counts.

"718 неправительственных организаций" → 718, "неправительственная организация"; "более 700 НПО" →
700 with qualifier "более"; "2,5 млрд тенге" → 2500000000 тенге; "15%" → 15 процент; "£22 млн" →
22000000 фунт; "трижды" → 3 раз; "пятеро выступили против" → 5 человек; "70-процентный рост" →
70 процент; "со счётом 2:1" → 2 and 1 счет. A number without its noun takes the unit of its
neighbour in the sentence ("более 150 тысяч человек, около 20 тысяч умерли"; "пять из которых";
"от 40 до 50 тысяч рублей" → 40000 рубль; "на 600 и 900 мест", "300 и 500 млн тенге": the
numbers listed before the one that names the noun). Each statistic has a kind, what it
measures by the head of its unit (data/stat_kinds.txt): count, duration, money, percent,
measure, times, score.
Where the sentence's words choose another reading of the counted noun than the tagger's, it
counts that (data/unit_senses.txt: "11 200 голов скота" → голова, not гол).

Not statistics: dates, years, decades, clock times ("в три часа", "в 14 часов 30 минут"), ages
("в возрасте 52 лет", "которому сейчас 23 года", "Иванов, 49 лет,"), labels and ordinals
("статья 282", "3 этап", "8 класса": a noun that does not agree with a cardinal; "двадцать
первом"), numbers inside quoted names or web addresses, "оба" (things already named).

The tables, tried in order for each number of a sentence (read once: its value, multiplier,
qualifier):

- ``UNITS``, what the number counts, the first rule that finds a unit decides: score,
  implied_unit, currency_sign, adjective_unit, unit_word, noun_phrase, quoted_noun, abbreviation,
  substantive, partitive, implied_alone; the number's candidate is named after it (``RULES``);
- ``VETOES``: the reasons a number is no count (quoted_name, label_sign, label_word, enumerator,
  range_or_date, one_determiner, anaphoric, in_url, decade, ordinal_words), then the reasons its
  unit makes none (not_a_unit, year, ordinal_use, person_head, age_or_clock);
- ``ELLIPSIS``, for a number without a unit once the sentence's others are known: range_start,
  listed ("на 600 и 900 мест"), borrowed_whole_iz, part_of_before ("87 из них", "Из них
  одобрено 36"), borrowed_after_iz, amount_of ("число кандидатов выросло до 13"),
  adjective_elided ("12 медалей (2 золотых, 5 серебряных)"),
  borrowed_before, and, when none of those proposes a unit, ``ELLIPSIS_FALLBACKS``:
  previous_sentence ("… 201 человек. Спасти удалось лишь 79."), earlier_money ("обошлись в
  930 тысяч" after a sum in rubles);
  ``ELLIPSIS_VETOES``: the reasons a number is no count, then year_like, lone_multiplier,
  date_start, nominal_follows, bracketed.

Word tables: numbers, multipliers, fractions, cardinal_endings, number_roles, qualifiers, units,
adjective_units, implied_units, number_labels, number_contexts, age_fillers, age_verbs,
one_determiners, one_counts, one_focus, score_cues, not_units, ellipsis_next, stat_kinds,
subunits, amount_words
(``lexicon/statistics.py``). A measure in two units ("82 километра 169 метров") is one value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from ..data import lines
from ..document import Doc, Sent, Tok
from ..lexicon import StatLexicon
from ..quotes import attributed
from ..rules import Rule, Trace, Veto, first_match, run, run_or_else
from ..text.morph import Morphology, WordParse
from .phrase import outside_parentheses

__all__ = ["StatCandidate", "extract_statistics"]

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)?$")
_GROUP = re.compile(r"^\d{3}$")
_COMPOUND = re.compile(r"^(\d+(?:[.,]\d+)?)-([^\W\d_]+)$")  # "4-х", "70-процентное"
_DECADE = re.compile(r"^\d*0-х$")  # "90-х", "1990-х"
_SCORE = re.compile(r"^\d+,?$")  # a side of a score ("7:5, 6:7": the tokenizer keeps "5,")
_ONE_DIGIT = re.compile(r"^\d,?$")  # the right side of a score with no cue ("0:1")
_YEAR_LEMMAS = {"год", "г", "гг"}
_MAX_QUOTED_NAME = 25  # a longer quotation is speech: the numbers in it count
# a predicate in quotes makes them speech, whose numbers count: "Здесь возможны три варианта"
_PREDICATES = frozenset({"VERB", "PRTS", "INFN", "ADJS"})
_MAX_ELLIPSIS_GAP = 12  # tokens between a number without a noun and the one it borrows from


@dataclass(frozen=True, slots=True)
class StatCandidate:
    first_tok: int
    last_tok: int
    value: int | float
    unit: str
    head: str
    qualifier: str | None
    rule: str = ""
    kind: str = "count"  # by the unit's head (data/stat_kinds.txt)


# ---------------------------------------------------------------- reading a number

def as_number(x: float) -> int | float:
    """A value as a JSON number: twelve significant digits, so that the error of binary
    fractions does not show ("8,13 млрд" is 8130000000, not 8130000000.000001), an integer
    when it is one."""
    total = float(f"{x:.12g}")
    return int(total) if total.is_integer() else total


def _number(doc: Doc, k: int, limit: int, lex: StatLexicon) -> tuple[float, int, bool] | None:
    """A number starting at token k: (value, next token, written in digits)."""
    toks = doc.toks
    t = toks[k]
    if _DIGITS.match(t.text):
        text = t.text
        j = k + 1
        # "1 250 000": groups of three digits separated by single spaces
        if re.fullmatch(r"\d{1,3}", text):
            while j < limit and _GROUP.match(toks[j].text) and \
                    doc.norm[toks[j - 1].stop:toks[j].start] == " ":
                text += toks[j].text
                j += 1
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            return None
        half = _and_a_half(doc, j, limit)
        return value + half, j + (2 if half else 0), True
    glued = _compound(t, lex)
    if glued is not None:
        return glued[0], k + 1, True
    value = 0.0
    j = k
    while j < limit:
        w = toks[j]
        v = lex.numbers.get(w.lemma) if w.parse is not None and w.parse.pos in (
            "NUMR", "NOUN", "ADJF") else None
        if v is None:
            v = lex.numbers.get(w.low)
        if v is None or j == k and _vague_collective(w, lex):
            break
        if lex.number_roles.get(w.lemma) == "collective" and value:
            value *= v
        else:
            value += v
        j += 1
    if j == k:
        return _fraction(doc, k, limit, lex) or _bare_multiplier(doc, k, lex)
    half = _and_a_half(doc, j, limit)
    return value + half, j + (2 if half else 0), False


def _and_a_half(doc: Doc, j: int, limit: int) -> float:
    """ "два с половиной года", "3 с половиной тысячи": 0.5 when "с половиной" follows."""
    toks = doc.toks
    return 0.5 if j + 1 < limit and toks[j].low == "с" and \
        toks[j + 1].low in ("половиной", "половиною") else 0.0


def _vague_collective(t: Tok, lex: StatLexicon) -> bool:
    """ "сотни человек", "десятков писем", "несколько сот": a count word in the plural with no
    number before it states no number (data/number_roles.txt, collective)."""
    p = t.parse
    return p is not None and lex.number_roles.get(p.normal) == "collective" and "plur" in p.grams


def _compound(t: Tok, lex: StatLexicon) -> tuple[float, tuple[str, str] | None] | None:
    """Digits glued to a case ending ("4-х", "260-ти": data/cardinal_endings.txt) or to the
    adjective of a unit ("70-процентное", "630-местном": data/adjective_units.txt): (value,
    the unit of the adjective or None)."""
    m = _COMPOUND.match(t.text)
    if m is None:
        return None
    value = float(m.group(1).replace(",", "."))
    if m.group(2).lower() in lex.cardinal_endings:
        return value, None
    prefix = m.group(1) + "-"
    for p in t.parses:
        adj = p.normal[len(prefix):] if p.normal.startswith(prefix) else ""
        if adj in lex.adjective_units:
            return value, lex.adjective_units[adj]
    return None


def _adjective_unit(n: _Number) -> list[_Unit]:
    """ "70-процентное увеличение", "с 54 процентным преимуществом": the unit an adjective is
    made of (data/adjective_units.txt); not one that names a unit with the noun after it ("2
    процентных пункта")."""
    toks, lex = n.c.doc.toks, n.c.lex
    glued = _compound(toks[n.start], lex) if n.digits else None
    if glued is not None and glued[1] is not None:
        return [(glued[1][0], glued[1][1], n.j, None)]
    after = toks[n.j] if n.j < n.s.last and n.j == n.stop else None
    if after is None or after.pos != "ADJF" or after.lemma not in lex.adjective_units_alone:
        return []
    noun = toks[n.j + 1] if n.j + 1 < n.s.last else None
    if noun is not None and noun.pos == "NOUN" and \
            f"{after.lemma} {noun.lemma}" in lex.unit_names:
        return []  # "2 процентных пункта": a unit of its own (data/units.txt: процентный пункт)
    unit, head = lex.adjective_units[after.lemma]
    return [(unit, head, n.j + 1, None)]


def _fraction(doc: Doc, k: int, limit: int, lex: StatLexicon) -> tuple[float, int, bool] | None:
    """ "половина миллиарда", "четверть миллиона": a fraction of the multiplier after it
    (data/fractions.txt)."""
    t = doc.toks[k]
    if t.lemma not in lex.fractions or k + 1 >= limit or \
            _bare_multiplier(doc, k + 1, lex) is None:
        return None
    return lex.fractions[t.lemma], k + 1, False


def _bare_multiplier(doc: Doc, k: int, lex: StatLexicon) -> tuple[float, int, bool] | None:
    """A multiplier word standing for its number, in the singular only ("тысяча гостей",
    "около миллиона человек"); "тысячи человек", "миллионов солдат" are vague, but a qualifier
    that takes the genitive makes "тысячи" one thousand ("не менее тысячи координаторов",
    "более тысячи волонтеров")."""
    t = doc.toks[k]
    if t.lemma not in lex.multipliers or not t.is_word():
        return None
    readings = [p for p in t.parses if p.normal in lex.multipliers]
    if not readings:
        return None
    genitive = k > 0 and doc.toks[k - 1].low in _genitive_qualifiers() and \
        any({"gent", "sing"} <= p.grams for p in readings)
    if not genitive and any("sing" not in p.grams for p in readings):
        return None
    return 1.0, k, False  # the multiplier itself is read by the caller


@cache
def _genitive_qualifiers() -> frozenset[str]:
    """data/genitive_qualifiers.txt: after them "тысячи" is a singular."""
    return frozenset(lines("genitive_qualifiers.txt"))


def _multiplier(doc: Doc, j: int, limit: int, lex: StatLexicon) -> tuple[float, int]:
    """The multiplier after a number ("2,5 млрд", "12 тыс."): (factor, next token)."""
    toks = doc.toks
    if not (j < limit and (toks[j].low in lex.multipliers or toks[j].lemma in lex.multipliers)):
        return 1.0, j
    mult = lex.multipliers.get(toks[j].low) or lex.multipliers[toks[j].lemma]
    j += 1
    if j < limit and toks[j].text == ".":
        j += 1
    return mult, j


def _smaller_parts(doc: Doc, j: int, limit: int, lex: StatLexicon, value: float, mult: float,
                   digits: bool) -> tuple[float, int]:
    """A sum of magnitudes, each smaller than the one before, written like the first: "1 млрд
    86 млн тенге", "3 млн 450 тыс. рублей", "1 млн 250 тыс. 500 тенге", "три миллиона двести
    тысяч", "тысяча двести" (value, in units of the first multiplier, and the next token); not
    into an ordinal ("две тысячи двадцать первого года")."""
    last = mult
    while mult > 1 and j < limit and (not digits or _DIGITS.match(doc.toks[j].text)):
        part = _number(doc, j, limit, lex)
        if part is None or part[2] != digits or part[1] == j or not digits and \
                part[1] < limit and _ordinal_word(doc.toks[part[1]]):
            break
        m, after = _multiplier(doc, part[1], limit, lex)
        if not m < last or m == 1 and (last != 1000 or part[0] >= 1000):
            break  # units only after thousands: "5 млн 2021 году" is two numbers
        value += part[0] * m / mult
        last, j = m, after
        if m == 1:  # "… 250 тыс. 500 тенге": the units end it
            break
    return value, j


def _qualifier(doc: Doc, k: int, first: int, lex: StatLexicon) -> tuple[str | None, int]:
    toks = doc.toks
    j = k
    if j - 1 >= first and toks[j - 1].low == "в":  # "больше чем в два раза"
        j -= 1
    for n in (2, 1):
        if j - n >= first:
            phrase = " ".join(t.low for t in toks[j - n:j])
            if phrase in lex.qualifiers:
                return lex.qualifiers[phrase], j - n
    return None, k


@dataclass(frozen=True, slots=True)
class _Ctx:
    doc: Doc
    morph: Morphology
    lex: StatLexicon
    names: frozenset[int]  # the quoted tokens that belong to quoted names


_Unit = tuple[str, str, int, Tok | None]  # (unit in the nominative, head lemma, end, head)


@dataclass(frozen=True, slots=True)
class _Number:
    """A number at token k of a sentence and what surrounds it, read once; ``UNITS`` find
    what it counts, the vetoes whether it counts."""

    c: _Ctx
    s: Sent
    k: int  # the first token: a currency sign before the digits, else the number's
    start: int  # the number's first token
    stop: int  # the token after the number
    j: int  # the token after the number and its multiplier
    value: float
    digits: bool  # written in digits
    mult: float
    prefix: tuple[str, str] | None  # the unit of a currency sign before it ("$", "£")
    implied: tuple[str, str, bool] | None  # a number word's own unit ("трижды", "пятеро")
    quoted: bool  # in a quoted name
    qual: str | None = None
    qstart: int = -1  # the first token with the qualifier
    rule: str = ""  # the UNITS rule that found the unit
    unit: _Unit | None = None

    @property
    def number(self) -> int | float:
        return as_number(self.value * self.mult)


# ---------------------------------------------------------------- what a number counts

def _adjectives(n: _Number) -> tuple[list[Tok], int]:
    """The adjectives and participles at the number's end: (the ones of the unit, the token
    after them)."""
    toks = n.c.doc.toks
    adjs: list[Tok] = []
    j = n.j
    if j + 1 < n.s.last and toks[j].low in ("и", "или") and toks[j + 1].low in _OR_MORE:
        j += 2  # "четырех | и более | детей": the bound counts the noun after it
    while j < n.s.last and toks[j].is_word() and (p := toks[j].parse) is not None:
        if p.pos in ("ADJF", "PRTF") and "Apro" not in p.grams:
            adjs.append(toks[j])
        elif not (p.pos in ("ADJF", "PRTF") or _modifier_skip(toks, j, n.s.last)):
            break  # "обоих его соперников", "двух подряд неудачных попыток": not in the unit
        j += 1
    return adjs, j


_POSSESSIVES = frozenset({"его", "её", "ее", "их"})
_OR_MORE = frozenset({"более", "менее", "больше", "меньше"})


def _modifier_skip(toks: list[Tok], j: int, last: int) -> bool:
    """A possessive pronoun, or an adverb before an adjective, inside the counted phrase:
    "ста миллионов его записей", "трёх совершенно разных семей"."""
    t = toks[j]
    if t.low in _POSSESSIVES:
        return True
    nxt = toks[j + 1].parse if j + 1 < last else None
    return t.pos == "ADVB" and nxt is not None and nxt.pos in ("ADJF", "PRTF")


def _head(n: _Number) -> tuple[list[Tok], Tok | None]:
    """The unit's adjectives and its head word, when the head is a noun or an abbreviation."""
    adjs, j = _adjectives(n)
    head = n.c.doc.toks[j] if j < n.s.last else None
    p = head.parse if head is not None else None
    if head is None or p is None or not head.is_word() or (
            p.pos != "NOUN" and not (head.text.isupper() and len(head.text) >= 2)):
        return adjs, None
    return adjs, head


_CASE_GRAMS = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


def _case_clash(n: _Number, head: Tok) -> bool:
    """A number word and the noun after it share no case: "в трёх | победителями стали" (the
    noun is no unit of the number; "трёх победителей", "тремя победителями" agree). A
    nominative or accusative number takes a genitive noun."""
    if n.digits or n.mult != 1.0:
        return False
    numeral = {g for t in n.c.doc.toks[n.start:n.stop] for q in t.parses
               if q.pos == "NUMR" for g in q.grams & _CASE_GRAMS}
    if not numeral:
        return False
    if numeral & {"nomn", "accs"}:
        numeral.add("gent")
    nouns = {g for q in head.parses if q.pos == "NOUN" for g in q.grams & _CASE_GRAMS}
    return bool(nouns) and not numeral & nouns


def _noun_phrase(n: _Number) -> list[_Unit]:
    """ "718 неправительственных организаций": the counted noun in the nominative singular
    with its adjectives (plural for a plurale tantum)."""
    adjs, head = _head(n)
    p = _sense(n, head) if head is not None else None
    if head is None or p is None or p.pos != "NOUN" or _case_clash(n, head):
        return []
    lemma = p.normal.replace("ё", "е")
    if head.text.isupper() and len(head.text) >= 2:
        lemma = head.text.lower()
    gender = next((g for g in ("masc", "femn", "neut") if g in p.grams), None)
    want = {"nomn", "plur"} if "Pltm" in p.grams else \
        {"nomn", "sing"} | ({gender} if gender else set())
    words = []
    for a in adjs:
        form = n.c.morph.inflect(a.parse, want) if a.parse is not None else None
        words.append(form or a.low)
    words.append(lemma if not head.text.isupper() else head.text)
    return [(" ".join(words), lemma if not head.text.isupper() else head.text.lower(),
             head.i + 1, head)]


@cache
def _senses() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in lines("unit_senses.txt"):
        lemma, cues = (x.strip() for x in line.split("|"))
        out[lemma] = frozenset(cues.split())
    return out


def _sense(n: _Number, head: Tok) -> WordParse | None:
    """The head's reading, or another its sentence's words choose (data/unit_senses.txt:
    "11 200 голов" of livestock are heads, not goals)."""
    senses = _senses()
    for q in head.parses:
        cues = senses.get(q.normal)
        if cues is not None and q is not head.parse and q.pos == "NOUN" and any(
                t.lemma.replace("ё", "е") in cues for t in n.c.doc.toks[n.s.first:n.s.last]):
            return q
    return head.parse


def _shared_noun(n: _Number) -> list[_Unit]:
    """ "12 городских и 7 сельских организаций": a number with adjectives and no noun, then
    "и" or a comma and another number, whose noun it shares."""
    doc, lex = n.c.doc, n.c.lex
    toks = doc.toks
    adjs, j = _adjectives(n)
    if not adjs or j + 1 >= n.s.last or toks[j].text not in (",", "и"):
        return []
    after = _number(doc, j + 1, n.s.last, lex)
    if after is None:
        return []
    k = after[1]
    while k < n.s.last and (p := toks[k].parse) is not None and p.pos in ("ADJF", "PRTF"):
        k += 1
    head = toks[k] if k < n.s.last else None
    p = head.parse if head is not None else None
    if head is None or p is None or p.pos != "NOUN" or k == after[1]:
        return []  # the other number's adjectives too: "7 сельских | организаций"
    lemma = p.normal.replace("ё", "е")
    gender = next((g for g in ("masc", "femn", "neut") if g in p.grams), None)
    want = {"nomn", "sing"} | ({gender} if gender else set())
    words = [(n.c.morph.inflect(a.parse, want) if a.parse is not None else None) or a.low
             for a in adjs]
    return [(" ".join([*words, lemma]), lemma, j, head)]


_DASHES = frozenset({"—", "–"})
_CLAUSE_ENDS = frozenset({",", ".", ";", ")", "!", "?"})


def _dash_noun_phrase(n: _Number) -> list[_Unit]:
    """ "из них 312 — общественные объединения": after a dash, a noun phrase in the nominative
    plural that ends its clause says what the number counts (not a label in the singular:
    "72 — математика", "1903 — физика")."""
    toks = n.c.doc.toks
    if n.j + 1 >= n.s.last or toks[n.j].text not in _DASHES:
        return []
    units = _noun_phrase(replace(n, j=n.j + 1))
    if not units:
        return []
    head = units[0][3]
    end = units[0][2]
    while end < n.s.last and end - units[0][2] < _MAX_COMPLEMENT and toks[end].is_word() and \
            toks[end].case == "gent":
        end += 1  # "412 – выпускники | колледжей": the noun's genitive complement
    if head is None or not any(q.pos == "NOUN" and {"nomn", "plur"} <= q.grams
                               for q in head.parses) or \
            end < n.s.last and toks[end].text not in _CLAUSE_ENDS:
        return []
    return units


_MAX_COMPLEMENT = 4


_MAX_TOPIC_PLACE = 4  # the adverbial between a clause's counted noun and its dash


def _topic_before_dash(n: _Number) -> list[_Unit]:
    """ "Мечетей в регионе – 1 030", "Детских садов – 14", "Школ в районе – 20": a clause that
    opens with a noun phrase in the genitive plural, a place after it, a dash and the number
    that ends the clause says what it counts."""
    toks = n.c.doc.toks
    dash = n.qstart - 1
    if dash <= n.s.first or toks[dash].text not in _DASHES or \
            n.j < n.s.last and toks[n.j].text not in _CLAUSE_ENDS:
        return []
    first = dash - 1
    while first > n.s.first and toks[first - 1].text not in _CLAUSE_ENDS and \
            dash - first <= _MAX_TOPIC_PLACE + 3:
        first -= 1
    if toks[first].pos == "CONJ":
        first += 1  # "…, а мечетей в регионе – 1 030"
    units = _noun_phrase(replace(n, j=first))
    head = units[0][3] if units else None
    if head is None or not any({"gent", "plur"} <= q.grams for q in head.parses if
                               q.pos == "NOUN") or head.case not in ("gent", None):
        return []
    rest = toks[head.i + 1:dash]
    if rest and (len(rest) > _MAX_TOPIC_PLACE or rest[0].pos != "PREP" or
                 any(t.pos in ("VERB", "PRTS", "INFN") or not t.is_word() for t in rest)):
        return []  # "Больше всего проектов реализовано в Павлодаре – 52": not the count
    unit, lemma, _, _ = units[0]
    return [(unit, lemma, n.j, head)]


_OPENING_QUOTES = frozenset('«"„“')
_CLOSING_QUOTES = frozenset('»"“”')


def _quoted_noun(n: _Number) -> list[_Unit]:
    """ "собрал пять «Оскаров»", "две «Золотые маски»": the counted noun phrase in quotes,
    the whole of them."""
    toks = n.c.doc.toks
    if n.j + 2 >= n.s.last or n.j != n.stop or toks[n.j].text not in _OPENING_QUOTES:
        return []
    units = _noun_phrase(replace(n, j=n.j + 1))
    end = units[0][2] if units else 0
    if not units or end >= n.s.last or toks[end].text not in _CLOSING_QUOTES:
        return []
    unit, head, _, tok = units[0]
    return [(unit, head, end + 1, tok)]


def _abbreviation(n: _Number) -> list[_Unit]:
    """ "более 700 НПО": an abbreviation the morphology does not take for a noun; one of two
    words ("57 СО НКО") when data/abbreviation_heads.txt knows them together."""
    _, head = _head(n)
    if head is None or head.parse is None or head.parse.pos == "NOUN":
        return []
    toks = n.c.doc.toks
    two = f"{head.low} {toks[head.i + 1].low}" if head.i + 1 < n.s.last else ""
    if two in n.c.lex.abbreviation_heads:
        return [(n.c.doc.span_text(head.i, head.i + 2), two, head.i + 2, head)]
    return [(head.text, head.text.lower(), head.i + 1, head)]


def _substantive(n: _Number) -> list[_Unit]:
    """ "трёх пострадавших", "29 заражённых": a plural participle or adjective standing for
    its noun."""
    adjs, head = _head(n)
    if head is not None or not adjs:
        return []
    last = adjs[-1]
    p = last.parse
    if p is None or "plur" not in p.grams or not (p.pos == "PRTF" or "Subx" in p.grams) or \
            any(t.pos == "ADVB" for t in n.c.doc.toks[n.j:last.i]):
        return []  # "217 активно действующих": the noun left out lies elsewhere
    word = (n.c.morph.inflect(p, {"nomn", "sing", "masc"}) or last.low).replace("ё", "е")
    return [(word, word, last.i + 1, None)]


def _unit_word(n: _Number) -> list[_Unit]:
    """ "15%", "7 процентов", "500 тг" (data/units.txt); "500 кв. м", "1500 кв. метров"
    (data/unit_prefixes.txt)."""
    toks, lex, j = n.c.doc.toks, n.c.lex, n.j
    prefix = lex.unit_prefixes.get(toks[j].low) if j < n.s.last else None
    if prefix is not None:
        j += 2 if j + 1 < n.s.last and toks[j + 1].text == "." else 1
    if j >= n.s.last:
        return []
    t = toks[j]
    found = lex.units.get(t.low) or (
        (t.lemma, t.lemma) if prefix is not None and t.lemma in lex.stat_kinds and
        lex.stat_kinds[t.lemma] == "measure" else None)
    if found is None or prefix is None and j != n.j:
        return []
    unit, head = found
    return [(f"{prefix} {unit}" if prefix else unit, head, j + 1, None)]


def _partitive(n: _Number) -> list[_Unit]:
    """ "семеро из задержанных", "двое из её детей": the plural genitive after "из" (not "трое
    из которых приемные", not "19 из 24 праймериз")."""
    toks, j = n.c.doc.toks, n.j
    if j + 1 >= n.s.last or toks[j].low != "из" or not toks[j + 1].is_word():
        return []
    shifted = replace(n, j=j + 1)
    units = _noun_phrase(shifted) or _substantive(shifted)
    last = toks[units[0][2] - 1] if units else None
    p = last.parse if last is not None else None
    return units if p is not None and "plur" in p.grams and "gent" in p.grams else []


def _implied_alone(n: _Number) -> list[_Unit]:
    """ "пятеро выступили против" → человек (not "трое из которых": the noun follows)."""
    if n.implied is None or (n.j < n.s.last and n.c.doc.toks[n.j].low == "из"):
        return []
    return [(n.implied[0], n.implied[1], n.j, None)]


def _glued(n: _Number, a: int, b: int) -> bool:
    """Tokens a and b are written without a space between them."""
    toks = n.c.doc.toks
    return n.c.doc.norm[toks[a].stop:toks[b].start] == ""


def _score_side(n: _Number) -> bool:
    """One side of a match score "2:1" a few words after a cue (data/score_cues.txt): "со
    счётом 2:1", "счёт стал 14:13", "со счётом 7:5, 6:7, 6:1"; without a cue when its right
    side is one digit, which no clock time has ("проиграли 0:1", "(14:0)", "7:6, 7:5")."""
    toks, s, a, b = n.c.doc.toks, n.s, n.start, n.stop
    if not n.digits or n.prefix is not None or b != a + 1:
        return False
    before = a - 2 >= s.first and toks[a - 1].text == ":" and _glued(n, a - 1, a) \
        and _SCORE.match(toks[a - 2].text) is not None
    after = b + 1 < s.last and toks[b].text == ":" and _glued(n, a, b) \
        and _SCORE.match(toks[b + 1].text) is not None
    if not (before or after):
        return False
    right = toks[b + 1].text if after else toks[a].text
    left = toks[a].text if after else toks[a - 2].text
    if _ONE_DIGIT.match(right) and len(left.rstrip(",")) <= 2:
        return True  # "0:1", "(14:0)": a clock time has two digits of minutes
    i = a - 1
    while i > s.first and a - i < 16 and (toks[i].text in (":", ",") or _SCORE.match(toks[i].text)):
        i -= 1
    return any(toks[x].has_lemma(cue) for x in range(max(s.first, i - 2), i + 1)
               for cue in n.c.lex.score_cues)


# What a number counts, in order: the first rule that finds a unit decides.
UNITS: tuple[Rule[_Number, _Unit], ...] = (
    # "со счётом 2:1" → 2 and 1, unit "счет"
    Rule("score", lambda n: [("счет", "счет", n.j, None)] if _score_side(n) else []),
    # "трижды" → раз (data/implied_units.txt, "always")
    Rule("implied_unit", lambda n: [(n.implied[0], n.implied[1], n.j, None)]
         if n.implied is not None and n.implied[2] else []),
    # "$40 млн", "£22 млн"
    Rule("currency_sign", lambda n: [(n.prefix[0], n.prefix[1], n.j, None)]
         if n.prefix is not None else []),
    Rule("adjective_unit", _adjective_unit),
    Rule("unit_word", _unit_word),
    Rule("noun_phrase", _noun_phrase),
    Rule("shared_noun", _shared_noun),
    Rule("dash_noun_phrase", _dash_noun_phrase),
    Rule("topic_before_dash", _topic_before_dash),
    Rule("quoted_noun", _quoted_noun),
    Rule("abbreviation", _abbreviation),
    Rule("substantive", _substantive),
    Rule("partitive", _partitive),
    Rule("implied_alone", _implied_alone),
)


# ---------------------------------------------------------------- the numbers of a sentence

def _in_quoted_name(doc: Doc, s: Sent, k: int) -> bool:
    """Token k lies between an opening and a closing quote of its sentence, in a name (no verb,
    at most _MAX_QUOTED_NAME tokens): "форум «Общество и государство: 30 лет партнерства»"."""
    toks = doc.toks
    opened = None
    for j in range(s.first, k):
        c = toks[j].text
        if c == "«" or (c in '"“„' and opened is None):
            opened = j
        elif c in "»”" or (c == '"' and opened is not None):
            opened = None
    if opened is None:
        return False
    for j in range(k, s.last):
        if toks[j].text in '»"”':
            inner = toks[opened + 1:j]
            return len(inner) <= _MAX_QUOTED_NAME and not any(
                t.pos in _PREDICATES for t in inner) and not attributed(doc, j + 1, s.last)
    return False


def _read(c: _Ctx, s: Sent, k: int) -> _Number | None:
    """The number at token k (after a currency sign: "$ 27.5 млн"), its unit found by
    ``UNITS``; None when no number starts there."""
    toks, lex = c.doc.toks, c.lex
    t = toks[k]
    prefix = None
    if t.text in lex.units and not t.is_word() and k + 1 < s.last \
            and _DIGITS.match(toks[k + 1].text):
        prefix = lex.units[t.text]
    start = k + 1 if prefix else k
    num = _number(c.doc, start, s.last, lex)
    if num is None:
        return None
    value, stop, digits = num
    mult, j = _multiplier(c.doc, stop, s.last, lex)
    if j == start:  # a bare multiplier that is not followed by anything usable
        return None
    value, j = _smaller_parts(c.doc, j, s.last, lex, value, mult, digits)
    quoted = k in c.names or (t.text[:1].isdigit() and _in_quoted_name(c.doc, s, k))
    implied = lex.implied_units.get(toks[start].low) if not digits and j == start + 1 else None
    qual, qstart = _qualifier(c.doc, k, s.first, lex)
    n = _Number(c, s, k, start, stop, j, value, digits, mult, prefix, implied, quoted, qual,
                qstart)
    found = first_match(UNITS, n)
    return n if found is None else replace(n, rule=found[0], unit=found[1])


def _label_sign(n: _Number) -> bool:
    """ "№ 5", "#3", "x=2"; a sign glued before it: "30-летие", "1/2", "01.02", "15:00"."""
    toks, start = n.c.doc.toks, n.start
    if start <= n.s.first:
        return False
    gap = n.c.doc.norm[toks[start - 1].stop:toks[start].start]
    return toks[start - 1].text in ("№", "#", "=") or (
        toks[start - 1].text in ("-", "–", "/", ".", ":") and gap == "")


def _label_word(n: _Number) -> bool:
    """ "статья 282", "ч. 2", "статьи 205 и 209": a word of data/number_labels.txt before it,
    or before the labels it is listed with."""
    toks, first = n.c.doc.toks, n.s.first
    j = n.start - 1
    while j - 1 > first and toks[j].low in ("и", ",", "или") and _DIGITS.match(toks[j - 1].text):
        j -= 2
    if j >= first and toks[j].text == ".":
        j -= 1
    if j < first:
        return False
    t = toks[j]
    return t.low in n.c.lex.number_labels or t.lemma in n.c.lex.number_labels


def _enumerator(n: _Number) -> bool:
    """ "3. Иванов", "2) проект": a digit that numbers a list item."""
    doc, toks, s, start, j = n.c.doc, n.c.doc.toks, n.s, n.start, n.stop
    if j >= s.last or toks[j].text not in (".", ")") or \
            doc.norm[toks[j - 1].stop:toks[j].start] != "" or not _DIGITS.match(toks[start].text):
        return False
    if start == s.first or toks[start - 1].text in (")", ";"):
        return True
    return "\n" in doc.norm[toks[start - 1].stop:toks[start].start]


def _range_or_date(n: _Number) -> bool:
    """Ranges, times, dates written with separators: "10-15", "15:00", "01.02"."""
    toks, j = n.c.doc.toks, n.stop
    return j < n.s.last and toks[j].text in ("-", "/", ":", ".") and j + 1 < n.s.last \
        and re.match(r"\d", toks[j + 1].text) is not None


def _one_determiner(n: _Number) -> bool:
    """ "один", "одна": a determiner far more often than a count; a count among the counts of
    its sentence ("один человек погиб, 15 ранены", "одну серебряную и три бронзовые"), unless
    a preposition or a word of data/one_determiners.txt comes before it ("ещё один", "один
    из", "в одном"); a tally of data/one_counts.txt counts alone ("погиб один человек"), and
    so does "один" after a particle of data/one_focus.txt ("только один случай")."""
    if n.digits or n.value != 1 or n.mult != 1.0:
        return False
    toks, s = n.c.doc.toks, n.s
    before = toks[n.start - 1] if n.start > s.first else None
    if before is not None and (before.pos == "PREP" or before.low in n.c.lex.one_determiners) \
            or n.j < s.last and toks[n.j].low == "из":
        return True
    if n.j < s.last and toks[n.j].lemma in n.c.lex.one_counts:
        return False  # "погиб один человек" (data/one_counts.txt)
    if before is not None and before.low in n.c.lex.one_focus:
        return False  # "только один случай" (data/one_focus.txt)
    return not any(_other_count(n, t) for t in toks[s.first:s.last] if t.i != n.start)


def _other_count(n: _Number, t: Tok) -> bool:
    """A number other than one in the sentence: digits (not a year) or a number word."""
    if _DIGITS.match(t.text):
        return not (t.text.isdigit() and 1800 <= int(t.text) <= 2100) and t.text not in ("1", "0")
    v = n.c.lex.numbers.get(t.lemma) if t.is_word() else None
    return v is not None and v > 1 and n.c.lex.number_roles.get(t.lemma) != "anaphoric"


def _ordinal_word(t: Tok) -> bool:
    """ "первом", "третьего": an ordinal adjective."""
    p = t.parse
    return p is not None and p.pos == "ADJF" and "Anum" in p.grams


def _ordinal_words(n: _Number) -> bool:
    """ "в двадцать первом веке", "сто третьего": number words that end in an ordinal."""
    return not n.digits and n.stop < n.s.last and _ordinal_word(n.c.doc.toks[n.stop])


def _anaphoric(n: _Number) -> bool:
    """ "оба чиновника", "обеим сторонам": things already named, no new count (data/
    number_roles.txt)."""
    t = n.c.doc.toks[n.start]
    return not n.digits and n.c.lex.number_roles.get(t.lemma) == "anaphoric"


_URL = re.compile(r"://|www\.|%[0-9A-Fa-f]{2}")
_SPACE = re.compile(r"\s")
_URL_REACH = 300  # characters either side of a number looked at for a web address


def _in_url(n: _Number) -> bool:
    """ "change.org/p/%D0%BE%D1%82…", "…/577e4ccc…b5": digits inside a web address (the run
    of text without spaces around them, within _URL_REACH characters, looks like one)."""
    if not n.digits:
        return False
    norm, t = n.c.doc.norm, n.c.doc.toks[n.start]
    lo, hi = max(0, t.start - _URL_REACH), min(len(norm), t.stop + _URL_REACH)
    a = max(norm.rfind(c, lo, t.start) for c in " \n\t") + 1
    a = max(a, lo)
    m = _SPACE.search(norm, t.stop, hi)
    return _URL.search(norm, a, m.start() if m else hi) is not None


# What makes a number no count at all, in order.
NOT_COUNTS: tuple[tuple[str, Callable[[_Number], bool]], ...] = (
    ("quoted_name", lambda n: n.quoted),
    ("label_sign", lambda n: n.rule != "score" and _label_sign(n)),
    ("label_word", _label_word),
    ("enumerator", _enumerator),
    ("range_or_date", lambda n: n.rule != "score" and _range_or_date(n)),
    ("one_determiner", _one_determiner),
    ("anaphoric", _anaphoric),
    ("in_url", _in_url),
    # "в 90-х годах", "к середине 2000-х": a decade
    ("decade", lambda n: n.digits and n.mult == 1.0 and
     _DECADE.match(n.c.doc.toks[n.start].text) is not None),
    ("ordinal_words", _ordinal_words),
)


def _next(n: _Number) -> int:
    """Where the walk over the sentence goes on after a number."""
    if n.quoted:
        return n.k + 1
    if n.rule == "score":
        return n.j
    if _label_sign(n) or _label_word(n) or _enumerator(n):
        return max(n.stop, n.k + 1)
    if _range_or_date(n):
        return n.stop + 2
    if _one_determiner(n) or n.unit is None:
        return max(n.j, n.k + 1)
    return n.unit[2]


def _numbers(c: _Ctx, s: Sent) -> Iterator[_Number]:
    """The numbers of a sentence, in text order."""
    k = s.first
    while k < s.last:
        n = _read(c, s, k)
        if n is None:
            k += 1
            continue
        yield n
        k = _next(n)


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


def _not_count_elided(name: str, holds: Callable[[_Number], bool]
                      ) -> Veto[_Elided, StatCandidate]:
    return Veto(name, lambda e, c: holds(e.n))


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


# ---------------------------------------------------------------- the extractor

def _quoted_names(doc: Doc, quoted: set[int]) -> frozenset[int]:
    """The quoted tokens that belong to quoted names (not to quoted speech: a verb in it, or
    more than _MAX_QUOTED_NAME tokens)."""
    out: set[int] = set()
    run_: list[int] = []
    for k in sorted(quoted) + [-2]:
        if run_ and k != run_[-1] + 1:
            speech = len(run_) > _MAX_QUOTED_NAME or any(
                doc.toks[i].pos in _PREDICATES for i in run_)
            if not speech:
                out.update(run_)
            run_ = []
        run_.append(k)
    return frozenset(out)


def _span(c: StatCandidate) -> tuple[int, int]:
    return c.first_tok, c.last_tok


def _two_units(found: list[StatCandidate], lex: StatLexicon) -> list[StatCandidate]:
    """ "82 километра 169 метров" → 82.169 километр: a measure and the count of its subunit
    right after it are one value (data/subunits.txt), of the subunit's kind ("8 фунтов 6
    унций" weighs)."""
    out: list[StatCandidate] = []
    for x in found:
        prev = out[-1] if out else None
        factor = lex.subunits.get((prev.unit, x.unit)) if prev is not None else None
        if prev is not None and factor is not None and prev.last_tok == x.first_tok and \
                x.value < factor and x.qualifier is None:
            out[-1] = replace(prev, last_tok=x.last_tok,
                              value=as_number(prev.value + x.value / factor), kind=x.kind)
        else:
            out.append(x)
    return out


def _sentence(c: _Ctx, s: Sent, trace: Trace | None, money: StatCandidate | None = None,
              previous: StatCandidate | None = None) -> list[StatCandidate]:
    """The statistics of a sentence: its numbers with their units (``RULES``), then the numbers
    without one that borrow a neighbour's (``ELLIPSIS``; ``money``: the last sum stated
    before the sentence; ``previous``: the last count of the sentence before), in text
    order."""
    numbers = list(_numbers(c, s))
    found: list[StatCandidate] = []
    for n in numbers:
        found += [replace(cand, rule=rule) for rule, cand in
                  run(RULES, VETOES, n, kind="statistics", span=_span, trace=trace)]
    for n in numbers:
        if n.unit is None:
            found += [replace(cand, rule=rule) for rule, cand in
                      run_or_else(ELLIPSIS, ELLIPSIS_FALLBACKS, ELLIPSIS_VETOES,
                                  _Elided(n, tuple(found), money, previous, _list_end(n)),
                                  kind="statistics", span=_span, trace=trace)]
    return _two_units(sorted(found, key=lambda x: x.first_tok), c.lex)


def extract_statistics(doc: Doc, morph: Morphology, lex: StatLexicon,
                       quoted: set[int] | None = None,
                       trace: Trace | None = None) -> list[StatCandidate]:
    """Statistics of the document's sentences (chrome left out), each named by its rule; an
    abbreviation's head is that of its full form (data/abbreviation_heads.txt)."""
    c = _Ctx(doc, morph, lex, _quoted_names(doc, quoted or set()))
    out: list[StatCandidate] = []
    money: StatCandidate | None = None
    previous: StatCandidate | None = None
    for s in doc.sents:
        if s.chrome:
            continue
        found = _sentence(c, s, trace, money, previous)
        money = _money_outside_brackets(c, found) or money
        previous = _last_count(c, found)
        out += found
    return [replace(x, head=lex.abbreviation_heads[x.head]) if x.head in lex.abbreviation_heads
            else x for x in out]
