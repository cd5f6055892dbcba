"""Stage 2, the NER's names: the ORG spans and the bodies among the LOC spans
(``_ner_spans``), and the parts each is cut into on the words the quoted names left
(``_ner_stage``): a title or an event's noun in front taken off, legal forms, nested state
bodies, asides and bracketed aliases."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from ...data import lines
from ...document import Doc, Tok
from ...lexicon import OrgLexicon
from ...text.morph import Morphology
from ..phrase import QUOTES, body_abbreviation, compound_body, guillemets, head_index, is_opening
from ..surroundings import compound_org_word, function_word
from .candidate import _NER, OrgCandidate, _Found, _NerSpan, _Part, _quoted_name
from .context import _Ctx
from .extent import _extent, _own_quoted_end
from .fields import _adjectives_run_on, _coordinated_complement, _lowercase_field, _unit_field
from .forms import _club_before_quote, _match_form
from .trimming import (
    _adverb_opening,
    _before_addressee,
    _before_age,
    _before_award_quote,
    _before_subject,
    _before_term,
    _dangling_end,
    _dash_apposed_end,
    _into_next_span,
    _noun_before_body,
    _people_opening,
    _postposed_end,
    _proper_adjectives_before,
)
from .words import (
    _CLAUSE_POS,
    _DOMAIN,
    _NAME_GRAMS,
    _ROMAN,
    _generic,
    _in_case,
    _org_word,
    _word_kind,
)


def _split_nested(doc: Doc, first: int, last: int, lex: OrgLexicon) -> list[tuple[int, int]]:
    """Cut "Комитет по делам … Министерства …" before each further state-body head
    (data/state_heads.txt); a bare body word ("Департамент | Министерства …") keeps the body it
    belongs to."""
    cuts = [first]
    for k in range(first + 1, last):
        t = doc.toks[k]
        if t.lemma in lex.state_heads and t.is_title_case() and t.case == "gent" and \
                not _generic(doc, cuts[-1], k, lex):
            cuts.append(k)
    cuts.append(last)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]



def _ner_spans(doc: Doc, lex: OrgLexicon) -> list[_NerSpan]:
    """The NER's ORG spans (and LOC spans headed by a state body: "городской маслихат"), a verb
    the NER ran into cut off the front ("Создан союз"), each run on over what the NER left out
    (``_extent``), with the rule that shaped it."""
    spans = sorted(doc.ner, key=lambda s: s[1])
    out: list[_NerSpan] = []
    reach = 0  # the end of the last span run on over its adjectives' noun
    for i, (type_, first, last) in enumerate(spans):
        if first < reach:
            continue  # "Китайского государственного | Большого театра": taken by the span before
        if type_ == "LOC":
            h = head_index(doc.toks[first:last])
            if h is None or lex.org_words.get(doc.toks[first + h].lemma) != "state" and \
                    not body_abbreviation(doc.toks[first + h]):
                continue
        elif type_ != "ORG" and not (last - first == 1 and compound_org_word(
                doc.toks[first], lex.compound_endings)):  # "Свердловскстата": read as a name
            continue
        while last - first > 1 and (function_word(doc.toks[first]) or
                                    _people_opening(doc, first, lex) or
                                    _adverb_opening(doc, first) or
                                    _noun_before_body(doc, first, lex)):
            first += 1
        last = _before_term(doc, lex, first, _before_age(doc, first, last))
        last = _before_addressee(doc, lex, first, last)
        if last == first or last - first == 1 and _ROMAN.match(doc.toks[first].text):
            continue  # "завершилась | XXVII | летняя спартакиада": an ordinal, no name
        last = _before_award_quote(doc, lex, first, _dangling_end(doc, first, last))
        last = _before_subject(doc, lex, spans, i, first, last)
        if (postposed := _postposed_end(doc, spans, i, last)) > last:
            last = reach = postposed  # "комиссия | Крымская": the next span closes the name
        last = _coordinated_complement(doc, lex, first, last)
        run_on = _adjectives_run_on(doc, last)
        if run_on > last:
            last = reach = _into_next_span(spans, i, run_on)
        first = _proper_adjectives_before(doc, lex, first, reach)
        last = _unit_field(doc, lex, first, _lowercase_field(doc, lex, first, last))
        apposed = _dash_apposed_end(doc, lex, spans, i, first, last)
        if apposed > last:
            last = reach = apposed
        rule, first, ner_last, last, end = _extent(doc, lex, spans, i, first, last,
                                                   "ner_body_loc" if type_ == "LOC" else "ner_org")
        quoted = _own_quoted_end(doc, lex, first, end)
        if quoted > end:  # "Демократической партии Казахстана | «Ак жол»": one name, no other
            last = end = reach = quoted  # in its quotes
        out.append((rule, first, ner_last, last, end))
    return out


def _ner_stage(c: _Ctx) -> list[_Found]:
    """The NER's spans (``_ner_spans``) on the words no quoted name claimed, a title glued to
    their front cut off ("председатель …"), cut into parts (``_parts``); a bracketed aside of a
    run ("Союз координационных советов (СКС)") is noted for ``ner_bracket_alias``."""
    out: list[_Found] = []
    n = 0
    for rule, first, ner_last, last, name_last in c.ner:
        start = _event_prefix(c.doc, _title_prefix(c.doc, first, last, c.lex), last, c.lex)
        if start >= last:
            continue
        for a, b, aside in _free_runs(c.doc, start, last, c.state.covered):
            parts = _parts(c, _Part((first, ner_last), start, a, a, b), rule, last, name_last, n)
            out += parts
            if aside is not None:
                c.state.asides.append((aside, (_NER, n, len(parts)), parts))
            n += 1
    return out


def _free_runs(doc: Doc, first: int, last: int, covered: set[int]
               ) -> list[tuple[int, int, tuple[int, int] | None]]:
    """The runs of [first, last) that no earlier candidate claimed ("Центр … | ОФ «Ана Үйі»"
    keeps the part before the quoted name), without quotes and punctuation at their edges, each
    with a bracketed aside at its end cut off (``_aside``)."""
    runs: list[tuple[int, int]] = []
    for k in range(first, last):
        if k in covered:
            continue
        if runs and runs[-1][1] == k:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    out = []
    for a, b in runs:
        while a < b and (doc.toks[a].text in QUOTES or not doc.toks[a].is_word()) and \
                not _glued_number(doc, a, b):
            a += 1
        while b > a and (doc.toks[b - 1].text in ",.(" or (
                doc.toks[b - 1].text in QUOTES and not _closes(doc, a, b - 1)) or (
                doc.toks[b - 1].text == ")" and not _paren_opened(doc, a, b - 1))):
            b -= 1
        if b > a:
            out.append((a, *_aside(doc, a, b)))
    return out


def _glued_number(doc: Doc, a: int, b: int) -> bool:
    """Is token a a number written together with the word after it, the start of a name
    ("3Com", "1С")?"""
    toks = doc.toks
    return a + 1 < b and toks[a].text.isdigit() and toks[a + 1].is_word() and \
        toks[a].stop == toks[a + 1].start


def _parts(c: _Ctx, part: _Part, rule: str, last: int, name_last: int, n: int
           ) -> list[_Found]:
    """One run of an NER span: a legal form at its start taken off ("ОО Батыр"), the rest cut
    where a second state body starts (``_split_nested``), each part named in the nominative."""
    doc, lex = c.doc, c.lex
    form = None
    a = part.a0
    found = _match_form(doc, a, part.b, lex)
    club = found is None and _club_before_quote(doc, a, part.b)
    if club:
        a += 1  # "ФК | «Кайрат»": the quoted name alone, no form
    if found is not None:
        form, a = found
        if a >= part.b or all(t.text.islower() for t in doc.toks[a:part.b] if t.is_word()):
            return []  # "лучшим НКО | республики": a class and a common noun, no name
    end = name_last if part.b >= last else part.b
    out = []
    for j, (x, y) in enumerate(_split_nested(doc, a, end, lex)):
        head = head_index(doc.toks[x:y])
        name = _quoted_name(c, x, y)
        kind = form.kind if form else "media" if _DOMAIN.match(name) else \
            _first_word_kind(doc.toks[x], lex, c.morph,  # a site named by its domain
                             doc.toks[x + head] if head is not None else None)
        made = "ner_nested_body" if x > a else "ner_legal_form" if form else rule
        org = _with_quoted_parent(c, x, y, part.b, name, kind)
        if org is not None:
            made = "ner_quoted_parent"
        else:
            org = OrgCandidate(x if form is None and not club else part.first, min(y, part.b),
                               name,
                               form.abbr if form else None, form.full if form else None, kind,
                               x, y)
        where = replace(part, a=a, head=doc.toks[x + head].lemma if head is not None else "")
        out.append(_Found(made, org, (_NER, n, j), checked=name, part=where))
    return out


def _first_word_kind(t: Tok, lex: OrgLexicon, morph: Morphology, head: Tok | None = None
                     ) -> str:
    """The kind a name's first word gives it: an organization word's ("университет",
    "пресс-служба"), else its head noun's as an organization or body word ("Ленинский
    районный суд", "Федеральное агентство по делам молодёжи": state), else a compound
    body's ("Минстрой Подмосковья"), else a known organization's that the name runs on from
    ("МВД | по Башкирии")."""
    kind = _org_word(t, lex) or (_org_word(head, lex) if head is not None else None) or \
        (_word_kind(head.lemma, lex) if head is not None else None) or \
        compound_body(t.text, morph)
    if kind is not None:
        return kind
    known = lex.known_orgs.get((t.lemma.replace("ё", "е"),)) or lex.known_orgs.get((t.low,))
    return known[1] if known is not None else "other"


def _with_quoted_parent(c: _Ctx, x: int, y: int, b: int, name: str, kind: str
                        ) -> OrgCandidate | None:
    """"Павлодарский областной филиал | партии «Нұр Отан»": a part followed by a quoted name an
    organization word introduced, in the genitive, is one name with it (the party stays an
    organization of its own); None when no such name follows."""
    doc = c.doc
    sub_org = c.state.rule_at.get(y)
    if sub_org is None or doc.toks[y].case != "gent" or sub_org.form is not None:
        return None
    end_tok = max(sub_org.last_tok, sub_org.name_last)
    if end_tok < len(doc.toks) and doc.toks[end_tok].text in QUOTES:
        end_tok += 1
    tail = guillemets(doc.span_text(y, end_tok))
    return OrgCandidate(x, min(y, b), f"{name} {tail}", None, None, kind, x, end_tok)


def _bracket_aliases(c: _Ctx) -> Iterator[_Found]:
    """"Союз координационных советов (СКС)": the bracketed name is a second mention of the
    organization before it (the last part of its run that was kept)."""
    c.stage(_NER)
    for (p, q), order, parts in c.state.asides:
        kept = [f for f in parts if f.order in c.state.kept]
        if kept:
            o = kept[-1].org
            yield _Found("ner_bracket_alias", OrgCandidate(p, q, o.name, o.form, o.form_full,
                                                           o.kind, p, q), order)


def _paren_opened(doc: Doc, a: int, k: int) -> bool:
    """Does the bracket closing at token k close one opened in [a, k)?"""
    return any(doc.toks[j].text == "(" for j in range(a, k))


def _aside(doc: Doc, a: int, b: int) -> tuple[int, tuple[int, int] | None]:
    """A name the NER ran on over a closing bracketed aside, "Союз координационных советов
    (СКС)", "Международная амнистия (Amnesty International)": the end of the name before the
    bracket and the aside, another name of it; (b, None) when the span has none."""
    if b - a >= 3 and doc.toks[b - 1].text != ")":
        return _open_aside(doc, a, b)
    if b - a < 4 or doc.toks[b - 1].text != ")":
        return b, None
    p = next((j for j in range(b - 2, a, -1) if doc.toks[j].text in "()"), None)
    if p is None or doc.toks[p].text != "(" or p + 1 >= b - 1:
        return b, None
    return p, _name_aside(doc, p + 1, b - 1)


def _name_aside(doc: Doc, x: int, y: int) -> tuple[int, int] | None:
    """The words [x, y) of a bracket as a name: none when they make a clause ("(Центр
    возглавлял Иванов)")."""
    return None if any(t.pos in _CLAUSE_POS for t in doc.toks[x:y]) else (x, y)


def _open_aside(doc: Doc, a: int, b: int) -> tuple[int, tuple[int, int] | None]:
    """A name the NER ran on into a bracket it left open, "RAEX (Эксперт РА", "Bundesbank (ЦБ":
    the name ends before the bracket; the words in it are an aside when the bracket closes right
    after them ("RAEX (Эксперт РА)"), its quotes left out ("Scat Airlines («Скат»)")."""
    p = next((j for j in range(b - 1, a, -1) if doc.toks[j].text in "()"), None)
    if p is None or doc.toks[p].text != "(":
        return b, None
    x, y = p + 1, b
    while x < y and doc.toks[x].text in QUOTES:
        x += 1
    while y > x and doc.toks[y - 1].text in QUOTES:
        y -= 1
    closed = b < len(doc.toks) and doc.toks[b].text == ")"
    return p, _name_aside(doc, x, y) if closed and y > x else None


def _closes(doc: Doc, a: int, k: int) -> bool:
    """Does the quote at token k close a quote opened in [a, k)?"""
    return any(is_opening(doc, j) for j in range(a, k))


def _title_prefix(doc: Doc, first: int, last: int, lex: OrgLexicon) -> int:
    """Skip a title that the NER glued to the front of an organization ("председатель …"),
    a prefixed one too ("экс-акиму …", "Вице-министр …")."""
    k = first
    t = doc.toks[k]
    if t.parse is not None and (t.parse.normal in lex.titles or t.parse.pos == "PRTF" or
                                "-" in t.parse.normal and t.parse.normal.split("-")[-1]
                                in lex.titles):
        k += 1
        while k < last and not doc.toks[k].is_title_case() and \
                doc.toks[k].text not in QUOTES:
            k += 1
        return k
    return first


@lru_cache(maxsize=1)
def _collective_prefixes() -> frozenset[str]:
    """The nouns for an organization's people (data/collective_prefixes.txt)."""
    return frozenset(lines("collective_prefixes.txt"))


def _people_of_named(toks: Sequence[Tok], first: int, last: int) -> bool:
    """Is ``toks[first]`` a noun for an organization's people before a name with a proper
    word ("Коллектив | Выборгского судостроительного завода"; not "Коллектив | районной
    больницы", which names no one body without it)?"""
    return toks[first].lemma in _collective_prefixes() and \
        any(t.is_title_case() for t in toks[first + 1:last])


def _event_prefix(doc: Doc, first: int, last: int, lex: OrgLexicon) -> int:
    """Skip a common noun the NER glued to the front of a body it governs in the genitive
    ("Заседание | общественного совета Костанайской области", "Сессия | маслихата области"):
    a noun that names no organization itself, before adjectives and an organization or body
    word in the genitive (not "Почта | России", whose genitive is a place)."""
    toks = doc.toks
    t = toks[first]
    if last - first < 2 or t.parse is None or t.pos != "NOUN" or \
            _org_word(t, lex) and not _people_of_named(toks, first, last) or \
            t.lemma.replace("ё", "е") in lex.body_words or t.parse.grams & _NAME_GRAMS or \
            t.case == "gent":
        return first
    k = first + 1
    while k < last and toks[k].pos in ("ADJF", "PRTF") and _in_case(toks[k], "gent"):
        k += 1
    head = toks[k] if k < last else None
    if head is None or head.pos != "NOUN" or not _in_case(head, "gent") or not (
            _org_word(head, lex) or head.lemma.replace("ё", "е") in lex.body_words):
        return first
    return first + 1
