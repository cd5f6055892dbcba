"""What a number counts (``UNITS``): the noun phrase, unit word, adjective unit, currency
sign, quoted noun, abbreviation, substantive or partitive after it, or a score's sides."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ...data import lines
from ...document import Tok
from ...rules import Rule
from ...text.morph import WordParse
from .numbers import _ONE_DIGIT, _SCORE, _adjective_unit, _Number, _number, _Unit

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
