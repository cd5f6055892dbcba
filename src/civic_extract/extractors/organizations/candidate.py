"""An organization candidate (``OrgCandidate``), the record a rule makes of it (``_Found``,
``_Part``), the stages that order the output, and its name in the nominative: a span's words
put into the nominative, a quoted name read in its cue's case, the mention's own name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from ...document import Doc, Tok
from ...text.morph import PERSON_GRAMS, Morphology, WordParse
from ..phrase import QUOTES, guillemets, head_index, inflect_word, is_opening, nominative


@dataclass(frozen=True, slots=True)
class OrgCandidate:
    first_tok: int  # the mention: form word (if any) through the closing quote
    last_tok: int
    name: str
    form: str | None
    form_full: str | None
    kind: str
    name_first: int  # the name alone (inside the quotes)
    name_last: int
    anchor: int = -1  # the legal-form or organization word a rule started at
    known: bool = False  # found by the gazetteer: it outranks a person or place on its words
    rule: str = ""
    # the mention's own name when the name runs on past it ("Верховный суд | Испании",
    # "Палата представителей | Конгресса США"): a form the text names the organization by
    written: str | None = None


_Order = tuple[int, int, int]  # (stage, position, sub-position): the order of the output
_QUOTED, _NER, _OWNED, _DOMAINS, _KNOWN, _BODIES = range(6)  # the stages


@dataclass(frozen=True, slots=True)
class _Part:
    """Where a candidate cut from an NER span comes from, for the vetoes: the span as the NER
    gave it ``ner`` (a verb the NER ran into cut off), its start after a title ``first``, the run
    of it that no quoted name claimed [a0, b), ``a`` after a legal form at a0, and the lemma of
    the part's head word."""

    ner: tuple[int, int]
    first: int
    a0: int
    a: int
    b: int
    head: str = ""


@dataclass(frozen=True, slots=True)
class _Found:
    """A candidate as a rule made it: the organization, where it goes in the output, and what
    the vetoes read (the name ``not_an_organization`` checks, the NER span it was cut from, a
    lowercase body's word)."""

    rule: str
    org: OrgCandidate
    order: _Order
    checked: str | None = None
    part: _Part | None = None
    head: int = -1


_NerSpan = tuple[str, int, int, int, int]  # (rule, first, NER's last, mention's last, name's last)


def _read_genitive(t: Tok) -> bool:
    """Does the tagger read the word in the genitive, no reading of it a nominative ("«Газпрома»",
    "«Норникеля»", one the dictionary does not know)?"""
    return t.case == "gent" and not any("nomn" in p.grams for p in t.parses)


def _nominative(t: Tok) -> bool:
    """Can the first word of a name be in the nominative (a word without case, a Latin one, a
    number or a word the dictionary does not know, can)?"""
    return not t.parses or t.case is None or any("nomn" in p.grams or not p.known
                                                 for p in t.parses)


class _Parsed(Protocol):
    """What ``_quoted_name`` and ``_written`` read of the rules' context (``context._Ctx``)."""

    @property
    def doc(self) -> Doc: ...

    @property
    def morph(self) -> Morphology: ...


def _quoted_name(c: _Parsed, x: int, y: int) -> str:
    """The name of tokens [x, y) in the nominative: words before a quoted name that ends the
    span are put in the nominative by their head, the quoted name kept as written ("Омского
    государственного технического университета «ОмГТУ»" → "Омский государственный
    технический университет «ОмГТУ»"); a span with quotes elsewhere is kept as written."""
    doc = c.doc
    text = doc.span_text(x, y)
    if not any(q in text for q in QUOTES):
        return nominative(doc, x, y, c.morph, organization=True)
    q = next(k for k in range(x, y) if any(ch in QUOTES for ch in doc.toks[k].text))
    inner = doc.span_text(q, y).strip()
    if inner[-1:] not in QUOTES and y < len(doc.toks) and doc.toks[y].text in QUOTES:
        inner += doc.toks[y].text  # the NER span stopped before the closing quote
    if q > x and doc.toks[q].text in QUOTES and inner[-1:] in QUOTES and \
            sum(ch in QUOTES for ch in inner) == 2 and head_index(doc.toks[x:q]) is not None:
        return f"{nominative(doc, x, q, c.morph, organization=True)} {guillemets(inner)}"
    return guillemets(text.strip(QUOTES + " "))


def _may_be(name: Sequence[Tok], case: str) -> bool:
    """May a word of a quoted name be in the case its reporting cue asks for, read out of
    context, where the tagger gives its head another case or none ("в интервью «Спорт
    Экспрессу»", "по данным источника «Интерфакса-Украина»")?"""
    return any(_reading(x, case) is not None for x in name)


def _reading(t: Tok, case: str) -> WordParse | None:
    """The word's reading as a noun or an adjective in ``case``, if it has one."""
    if not t.is_word() or t.case == "nomn":
        return None
    return next((p for p in t.parses if case in p.grams and p.pos in ("NOUN", "ADJF")), None)


def _read_in(doc: Doc, first: int, last: int, case: str, morph: Morphology) -> str:
    """A quoted name read in its cue's case, in the nominative: each word that may be in that
    case put in the nominative ("Спорт Экспрессу" → "Спорт Экспресс")."""
    out = []
    for k in range(first, last):
        t = doc.toks[k]
        if k > first:
            out.append(doc.norm[doc.toks[k - 1].stop:t.start] and " ")
        p = _reading(t, case)
        out.append(t.text if p is None else
                   inflect_word(morph, replace(t, parse=p), {"nomn"}, force=True))
    return "".join(out)


_CASE_NUMBER = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "sing", "plur"})
_GENDERS = frozenset({"masc", "femn", "neut"})


def _declined_quote(doc: Doc, morph: Morphology, first: int, last: int) -> str | None:
    """The nominative of a one-word quoted name declined as a noun, which a lowercase adjective
    right before its opening quote shows by agreeing with it in an oblique case ("красноярского
    «Сокола»" → "Сокол", "городскому «Водоканалу»", "женской «Ривьеры»"); None for another
    name ("команды «Динамо»", "красноярский «Енисей»")."""
    if last - first != 1 or first < 2 or not is_opening(doc, first - 1):
        return None
    adj, word = doc.toks[first - 2], doc.toks[first]
    if not adj.text.isalpha() or not adj.text.islower() or not word.is_word():
        return None
    agreeing = [q for q in word.parses if q.pos == "NOUN" and not PERSON_GRAMS & q.grams and
                _agrees(q, adj)]
    if not agreeing or any("nomn" in q.grams for q in agreeing):
        return None  # no agreement, or the name may stand in the nominative
    q = min(agreeing, key=lambda q: word.case not in q.grams)
    form = inflect_word(morph, replace(word, parse=q), {"nomn"}, force=True, trusted=True)
    return form if form != word.text else None


def _agrees(q: WordParse, adj: Tok) -> bool:
    """Does an adjective reading of ``adj`` share the case and number of the noun reading
    ``q``, and its gender in the singular?"""
    want = q.grams & _CASE_NUMBER
    if "sing" in q.grams:
        want |= q.grams & _GENDERS
    return len(want) > 1 and any(a.pos == "ADJF" and want <= a.grams for a in adj.parses)


def _written(c: _Parsed, o: OrgCandidate) -> str | None:
    """The name of the mention alone, in the nominative, when the organization's name runs on
    past it over a place, a parent body or a namesake, or when the mention adds a relational
    adjective the name leaves out ("японского МИДа" → "японский МИД"); None otherwise."""
    if o.form is not None:
        return None
    if o.first_tok < o.name_first and o.name_last == o.last_tok and \
            not any(is_opening(c.doc, k) for k in range(o.first_tok, o.name_first)):
        return _quoted_name(c, o.first_tok, o.last_tok)
    if o.name_last <= o.last_tok or o.name_first >= o.last_tok:
        return None
    return _quoted_name(c, o.name_first, o.last_tok)
