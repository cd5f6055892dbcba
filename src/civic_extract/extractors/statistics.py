"""Statistics: a number (digits or words, with a multiplier) and the noun phrase it counts.

"718 неправительственных организаций" → 718, "неправительственная организация"; "более 700 НПО" →
700 with qualifier "более"; "2,5 млрд тенге" → 2500000000 тенге; "15%" → 15 процент; "£22 млн" →
22000000 фунт; "трижды" → 3 раз; "пятеро выступили против" → 5 человек. A number without its
noun takes the unit of its neighbour in the sentence ("более 150 тысяч человек, около 20 тысяч
умерли"; "пять из которых").

Not statistics: dates, years, clock times ("в три часа"), ages ("в возрасте 52 лет"), labels and
ordinals ("статья 282", "3 этап": a noun that does not agree with a cardinal), numbers inside
quoted names. The rules are the tables of ``data/`` (numbers, multipliers, qualifiers, units,
implied_units, number_labels, number_contexts, not_units).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Doc, Sent, Tok
from ..lexicon import StatLexicon
from ..rules import Trace
from ..text.morph import Morphology

__all__ = ["StatCandidate", "extract_statistics"]

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)?$")
_GROUP = re.compile(r"^\d{3}$")
_YEAR_LEMMAS = {"год", "г", "гг"}
_MAX_QUOTED_NAME = 25  # a longer quotation is speech: the numbers in it count
_MAX_ELLIPSIS_GAP = 12  # tokens between a number without a noun and the one it borrows from
_ELLIPSIS_NEXT_POS = {"VERB", "INFN", "PRTS", "GRND", "PREP", "CONJ", "ADVB", "PRCL"}
_ELLIPSIS_NEXT_TEXT = {",", ".", ";", ":", "—", "–", "-", ")", "!", "?", "из"}


@dataclass(frozen=True, slots=True)
class StatCandidate:
    first_tok: int
    last_tok: int
    value: int | float
    unit: str
    head: str
    qualifier: str | None
    rule: str = ""


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
            return float(text.replace(",", ".")), j, True
        except ValueError:
            return None
    value = 0.0
    j = k
    while j < limit:
        w = toks[j]
        v = lex.numbers.get(w.lemma) if w.parse is not None and w.parse.pos in (
            "NUMR", "NOUN", "ADJF") else None
        if v is None:
            v = lex.numbers.get(w.low)
        if v is None:
            break
        if w.lemma in ("десяток", "дюжина", "сотня") and value:
            value *= v
        else:
            value += v
        j += 1
    if j == k:
        return _bare_multiplier(doc, k, lex)
    return value, j, False


def _bare_multiplier(doc: Doc, k: int, lex: StatLexicon) -> tuple[float, int, bool] | None:
    """A multiplier word standing for its number, in the singular only ("тысяча гостей",
    "около миллиона человек"); "тысячи человек", "миллионов солдат" are vague."""
    t = doc.toks[k]
    if t.lemma not in lex.multipliers or not t.is_word():
        return None
    readings = [p for p in t.parses if p.normal in lex.multipliers]
    if not readings or any("sing" not in p.grams for p in readings):
        return None
    return 1.0, k, False  # the multiplier itself is read by the caller


def _unit_phrase(doc: Doc, k: int, limit: int, morph: Morphology
                 ) -> tuple[str, str, int, Tok | None] | None:
    """The counted noun phrase at token k: (unit in nominative singular, head lemma, end, head
    token)."""
    toks = doc.toks
    adjs: list[Tok] = []
    j = k
    while j < limit and toks[j].parse is not None and toks[j].parse.pos in ("ADJF", "PRTF") \
            and toks[j].is_word():
        if "Apro" not in toks[j].parse.grams:  # "обоих его соперников": not part of the unit
            adjs.append(toks[j])
        j += 1
    head = toks[j] if j < limit else None
    p = head.parse if head is not None else None
    if head is None or p is None or not head.is_word() or (
            p.pos != "NOUN" and not (head.text.isupper() and len(head.text) >= 2)):
        # a substantivized participle or adjective: "трёх пострадавших", "29 заражённых"
        if adjs and adjs[-1].parse is not None and "plur" in adjs[-1].parse.grams and (
                adjs[-1].parse.pos == "PRTF" or "Subx" in adjs[-1].parse.grams):
            last = adjs[-1]
            word = morph.inflect(last.parse, {"nomn", "sing", "masc"}) or last.low
            word = word.replace("ё", "е")
            return word, word, last.i + 1, None
        return None
    if p.pos != "NOUN":  # НПО, НКО: abbreviations
        return head.text, head.text.lower(), j + 1, head
    lemma = p.normal.replace("ё", "е")
    if head.text.isupper() and len(head.text) >= 2:
        lemma = head.text.lower()
    gender = next((g for g in ("masc", "femn", "neut") if g in p.grams), None)
    if "Pltm" in p.grams:
        gender = None
    words = []
    for a in adjs:
        want = {"nomn", "sing"} | ({gender} if gender else set())
        if "Pltm" in p.grams:
            want = {"nomn", "plur"}
        form = morph.inflect(a.parse, want) if a.parse is not None else None
        words.append(form or a.low)
    head_word = lemma if not head.text.isupper() else head.text
    words.append(head_word)
    return " ".join(words), (lemma if not head.text.isupper() else head.text.lower()), j + 1, head


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
    return any("gent" in p.grams or "plur" in p.grams or "Fixd" in p.grams
               for p in head.parses if p.pos == "NOUN")


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


def _label_before(doc: Doc, k: int, first: int, lex: StatLexicon) -> bool:
    """ "статья 282", "ч. 2", "№ 5": the number is a label."""
    j = k - 1
    if j >= first and doc.toks[j].text == ".":
        j -= 1
    if j < first:
        return False
    t = doc.toks[j]
    return t.low in lex.number_labels or t.lemma in lex.number_labels


def _age_or_clock(doc: Doc, k: int, first: int, head: str, lex: StatLexicon) -> bool:
    """The words before the number make it an age or a clock time (data/number_contexts.txt)."""
    toks = doc.toks
    for n in (2, 1):
        if k - n >= first:
            words = " ".join(t.low for t in toks[k - n:k])
            if (words, head) in lex.number_contexts:
                return True
    if k - 1 >= first:
        t = toks[k - 1]
        if ("@dative", head) in lex.number_contexts and t.is_word() and t.case == "datv" \
                and (t.pos == "NPRO" or (t.pos == "NOUN" and t.parse is not None
                                         and "anim" in t.parse.grams)) \
                and not (k - 2 >= first and toks[k - 2].pos == "PREP"):
            return True  # "Кравцову 39 лет", not "по итогам трех лет"
        if ("@person", head) in lex.number_contexts and t.ner == "PER":
            return True  # "Келли 52 года"
    return False


def _quoted_names(doc: Doc, quoted: set[int]) -> set[int]:
    """The quoted tokens that belong to quoted names (not to quoted speech: a verb in it, or
    more than _MAX_QUOTED_NAME tokens)."""
    out: set[int] = set()
    run: list[int] = []
    for k in sorted(quoted) + [-2]:
        if run and k != run[-1] + 1:
            speech = len(run) > _MAX_QUOTED_NAME or any(
                doc.toks[i].pos in ("VERB", "PRTS", "INFN") for i in run)
            if not speech:
                out.update(run)
            run = []
        run.append(k)
    return out


def _enumerator(doc: Doc, start: int, j: int, s: Sent) -> bool:
    """ "3. Иванов", "2) проект": a digit that numbers a list item."""
    toks = doc.toks
    if j >= s.last or toks[j].text not in (".", ")") or \
            doc.norm[toks[j - 1].stop:toks[j].start] != "" or not _DIGITS.match(toks[start].text):
        return False
    if start == s.first or toks[start - 1].text in (")", ";"):
        return True
    return "\n" in doc.norm[toks[start - 1].stop:toks[start].start]


def _bracketed(doc: Doc, first: int, last: int, s: Sent) -> bool:
    toks = doc.toks
    return first > s.first and toks[first - 1].text in ("(", ",") and last < s.last and \
        toks[last].text == ")" or (first > s.first and toks[first - 1].text == "(")


def _brackets_between(doc: Doc, a: int, b: int) -> bool:
    return any(t.text in ("(", ")") for t in doc.toks[a:b])


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
                t.pos in ("VERB", "PRTS", "INFN") for t in inner)
    return False


def _ellipsis_ok(doc: Doc, j: int, s: Sent) -> bool:
    """A number without a noun may take its neighbour's unit when nothing nominal follows it."""
    if j >= s.last:
        return True
    t = doc.toks[j]
    return t.text in _ELLIPSIS_NEXT_TEXT or t.pos in _ELLIPSIS_NEXT_POS


def extract_statistics(doc: Doc, morph: Morphology, lex: StatLexicon,
                       quoted: set[int] | None = None,
                       trace: Trace | None = None) -> list[StatCandidate]:
    names = _quoted_names(doc, quoted or set())
    out: list[StatCandidate] = []
    toks = doc.toks
    for s in doc.sents:
        if s.chrome:
            continue
        found: list[StatCandidate] = []
        pending: list[tuple[int, int, float, str | None, bool]] = []
        k = s.first
        while k < s.last:
            if k in names or (toks[k].text[:1].isdigit() and _in_quoted_name(doc, s, k)):
                k += 1
                continue
            t = toks[k]
            prefix = None
            if not t.is_word() and t.text in lex.units and k + 1 < s.last \
                    and _DIGITS.match(toks[k + 1].text):
                prefix = lex.units[t.text]  # "$ 27.5 млн", "£22 млн"
            start = k + 1 if prefix else k
            num = _number(doc, start, s.last, lex)
            if num is None:
                k += 1
                continue
            value, j, digits = num
            gap_before = doc.norm[toks[start - 1].stop:toks[start].start] if start > s.first \
                else " "
            if start > s.first and (toks[start - 1].text in ("№", "#", "=") or (
                    toks[start - 1].text in ("-", "–", "/", ".", ":") and gap_before == "")):
                k = max(j, k + 1)
                continue
            if _label_before(doc, start, s.first, lex) or _enumerator(doc, start, j, s):
                k = max(j, k + 1)
                continue
            if j < s.last and toks[j].text in ("-", "/", ":", "."):
                # ranges, times, dates written with separators: "10-15", "15:00", "01.02"
                if j + 1 < s.last and re.match(r"\d", toks[j + 1].text):
                    k = j + 2
                    continue
            mult = 1.0
            if j < s.last and (toks[j].low in lex.multipliers or toks[j].lemma in lex.multipliers):
                mult = lex.multipliers.get(toks[j].low) or lex.multipliers[toks[j].lemma]
                j += 1
                if j < s.last and toks[j].text == ".":
                    j += 1
            if j == start:  # a bare multiplier that is not followed by anything usable
                k += 1
                continue
            implied = lex.implied_units.get(toks[start].low) if not digits and j == start + 1 \
                else None
            unit: tuple[str, str, int, Tok | None] | None = None
            from_table = True
            if implied and implied[2]:
                unit = (implied[0], implied[1], j, None)
            elif prefix:
                unit = (prefix[0], prefix[1], j, None)
            elif j < s.last and toks[j].low in lex.units:
                u, h = lex.units[toks[j].low]
                unit = (u, h, j + 1, None)
            elif j < s.last:
                unit = _unit_phrase(doc, j, s.last, morph)
                from_table = False
            if unit is None and implied and not (j < s.last and toks[j].low == "из"):
                unit = (implied[0], implied[1], j, None)  # not "трое из которых"
            if not digits and value == 1 and mult == 1.0:
                k = max(j, k + 1)  # "один", "одна": a determiner far more often than a count
                continue
            qual, qstart = _qualifier(doc, k, s.first, lex)
            total = round(value * mult, 6)
            number: int | float = int(total) if float(total).is_integer() else total
            if unit is None:
                year_like = digits and mult == 1.0 and 1800 <= value <= 2100
                if not year_like and (digits or value != 1) and _ellipsis_ok(doc, j, s):
                    follows_iz = j < s.last and toks[j].low == "из"
                    pending.append((qstart, j, number, qual, follows_iz))
                k = max(j, k + 1)
                continue
            unit_text, head, end, head_tok = unit
            if head in lex.not_units:
                k = end
                continue
            if digits and head in _YEAR_LEMMAS and 1800 <= value <= 2100:
                k = end
                continue
            if not from_table and head_tok is not None and mult == 1.0 \
                    and not _agrees(value, head_tok):
                k = end
                continue
            if _age_or_clock(doc, qstart, s.first, head, lex):
                k = end
                continue
            found.append(StatCandidate(qstart, end, number, unit_text, head, qual))
            k = end
        for first, last, number, qual, follows_iz in pending:
            if _bracketed(doc, first, last, s):
                continue  # "Иванов (2602)", "(Индия, 36, 2792)"
            before = [c for c in found if c.last_tok <= first and first - c.last_tok <=
                      _MAX_ELLIPSIS_GAP and not _brackets_between(doc, c.last_tok, first)]
            after = [c for c in found if c.first_tok >= last]
            ref: StatCandidate | None = None
            if follows_iz and after:  # "19 из 24 праймериз"
                ref = after[0]
            elif before:  # "более 150 тысяч человек, около 20 тысяч умерли"
                ref = before[-1]
            if ref is not None:
                found.append(StatCandidate(first, last, number, ref.unit, ref.head, qual))
        out += sorted(found, key=lambda c: c.first_tok)
    return out
