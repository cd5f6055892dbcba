"""What the title rules of one document share (``_Ctx``), the candidates they find
(``_Found``), the people a phrase may refer back to, and the vetoes' tests."""


from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from ...agreement import ALL_CASES
from ...data import lines
from ...document import Doc, Tok
from ...lexicon import TitleLexicon
from ...rules import Rule
from ...text.morph import Morphology
from ..people import PersonCandidate, past_origin
from ..phrase import guillemets
from .before import _plural_read
from .predicates import _MAX_ADVERBIAL, _MEMBER_SEPARATORS, _adverbial_word
from .words import (
    _MAX,
    _MAX_CHAIN,
    _STOP_TEXT,
    TitleCandidate,
    _acting_abbreviation,
    _can_continue,
    _head_lemma,
    _name_cases,
    _Span,
    _with_adjectives,
)


def _abbreviated_acting_normal(c: _Ctx, span: _Span) -> str | None:
    """The normal of a title an abbreviated acting phrase opens: as written, the title staying
    a genitive complement ("и. о. министра транспорта")."""
    n = _acting_abbreviation(c.doc, span.first, c.lex)
    if not n or span.first + n >= span.last:
        return None
    toks, norm = c.doc.toks, c.doc.norm
    lead = norm[toks[span.first].start:toks[span.first + n - 1].stop]
    if len(toks[span.first].text) == 1:
        lead = lead.lower()  # "И. о. главы района" opening a sentence: "и. о."
    return lead + " " + guillemets(norm[toks[span.first + n].start:toks[span.last - 1].stop])


def _list_members(c: _Ctx, i: int) -> Iterator[int]:
    """The people after person ``i`` that continue a list with it, each with its own titles
    before its name or none ("адвокат Иван Петров, политолог Олег Смирнов и Анна Белова")."""
    doc = c.doc
    for j in range(i + 1, len(c.people)):
        anchor = c.before[j][0][1].first if j in c.before else c.people[j].first_tok
        gap = doc.toks[_apposition_end(c, c.people[j - 1].last_tok, anchor):anchor]
        if not gap or any(t.low not in _MEMBER_SEPARATORS for t in gap) or \
                doc.toks[anchor].sent != doc.toks[
                c.people[i].first_tok].sent:
            return
        yield j


def _apposition_end(c: _Ctx, k: int, stop: int) -> int:
    """Token ``k`` moved past a title in commas right after a name, up to the comma that
    closes it ("Елена Кузнецова | , руководитель ОФ «Надежда» | , и Асан Тулегенов"); ``k``
    when no such apposition follows."""
    toks = c.doc.toks
    if k + 1 >= stop or toks[k].text != ",":
        return k
    j = k + 1
    while j < stop and j - k <= _MAX and toks[j].text != ",":
        if toks[j].ner == "PER" or toks[j].pos == "VERB":
            return k
        j += 1
    head = next((x for x in toks[k + 1:j] if x.pos == "NOUN"), None)
    if j >= stop or head is None or _head_lemma(head, c.lex) not in c.lex.titles:
        return k
    return j


# -- subjects that refer back -------------------------------------------------------------------

_SUBJECT_SENTS = 1


def _subject_title(doc: Doc, first: int, stop: int, lex: TitleLexicon, quoted: set[int]
                   ) -> tuple[_Span, str | None] | None:
    """A bare title opening a sentence with no name as its subject, the verb right after it
    ("Министр заявил…", "61-летний британский актер скончался…"): the title and the gender
    of the verb (past tense; None for another) that names whom it refers to."""
    k = first
    if k < stop and doc.toks[k].low in lex.subject_leads:
        k += 1
    span = _bare_subject(doc, k, stop, lex, quoted)
    if span is None:
        return None
    verb = _past_subject_adverbials(doc, span.last, stop)
    p = doc.toks[verb].parse if verb < stop else None
    if p is None or p.pos not in _SUBJECT_PREDICATES or "plur" in p.grams:
        return None
    if verb + 1 < stop and _object_pronoun_at(doc.toks[verb + 1]):
        return None  # "Президент назначил его послом": the one named before is the object
    # a verb in the present or future tense tells no gender
    return span, _VERB_GENDERS.get(next(iter({"masc", "femn"} & p.grams), ""))


def _object_pronoun_at(t: Tok) -> bool:
    """A third person pronoun in an oblique case ("его", "ей", "ним")."""
    return any(p.pos == "NPRO" and "3per" in p.grams and "nomn" not in p.grams
               for p in t.parses)


def _bare_subject(doc: Doc, start: int, stop: int, lex: TitleLexicon, quoted: set[int]
                  ) -> _Span | None:
    """A singular title in the nominative starting at token ``start``, over its adjectives
    and genitive complements, with no title of someone else in it, or None."""
    k = start
    while k < stop and (p := doc.toks[k].parse) is not None and \
            p.pos in ("ADJF", "PRTF") and doc.toks[k].case == "nomn":
        k += 1
    if k >= stop or doc.toks[k].i in quoted or doc.toks[k].case != "nomn" or \
            not _head_lemma(doc.toks[k], lex) or doc.toks[k].is_plural():
        return None
    head = k
    if any(t.low in lex.other_persons for t in doc.toks[start:head]):
        return None  # "Другой министр заявил": not the person named before
    k += 1
    while k < stop and k - head <= _MAX and _can_continue(doc.toks[k], quoted) and \
            (p := doc.toks[k].parse) is not None and p.pos not in ("PREP", "ADVB") and \
            (doc.toks[k].case == "gent" or doc.toks[k].ner == "ORG" or doc.toks[k].i in quoted):
        if _head_lemma(doc.toks[k], lex) and doc.toks[k].i not in quoted:
            return None  # "Адвокат футболиста заявил": the title is of someone else
        k += 1
    return _Span(start, head, k)


# What may follow a bare title subject as its predicate: a verb or a short adjective
# ("Журналист уверен"); not a short participle ("Новый ректор назначен директором": someone
# newly named).
_SUBJECT_PREDICATES = frozenset({"VERB", "ADJS"})
_VERB_PARTICLES = frozenset({"не", "же", "ли"})  # "Министр не стал отвечать"


def _past_subject_adverbials(doc: Doc, k: int, stop: int) -> int:
    """Token ``k`` moved past the adverbs and prepositional adverbials between a subject and
    its verb ("Министр вчера заявил", "Глава государства во время форума заявил"): a
    preposition and up to ``_MAX_ADVERBIAL`` words not in the nominative, with no name."""
    j = k
    while j < stop and (p := doc.toks[j].parse) is not None and (
            p.pos in ("ADVB", "PREP") or doc.toks[j].low in _VERB_PARTICLES or
            _extent_at(doc, j)):
        if _extent_at(doc, j):  # "весь прошлый год": an accusative of duration
            n = j + 1
            while n < stop and n - j <= _MAX_ADVERBIAL and doc.toks[n].case == "accs" and \
                    doc.toks[n].ner != "PER" and _adverbial_word(doc.toks[n]):
                n += 1
            j = n
            continue
        if p.pos != "PREP":
            j += 1
            continue
        n = j + 1
        while n < stop and n - j <= _MAX_ADVERBIAL and doc.toks[n].ner != "PER" and \
                doc.toks[n].text not in _STOP_TEXT and doc.toks[n].case != "nomn" and \
                _adverbial_word(doc.toks[n]):
            n += 1
        if n == j + 1:
            break
        j = n
    return j


@cache
def _extent_determiners() -> frozenset[str]:
    return frozenset(lines("extent_determiners.txt"))


def _extent_at(doc: Doc, j: int) -> bool:
    """Does token ``j`` open an accusative adverbial of duration ("весь год", "каждый день")?"""
    return doc.toks[j].lemma in _extent_determiners() and doc.toks[j].case == "accs"


# Subject pronouns a predicate title may refer through: "В 1981 году он был назначен
# епископом" is said of the man named before.
_PRONOUNS = {"он": "Masc", "она": "Fem"}
_ANTECEDENT_SENTS = 2


_VERB_GENDERS = {"masc": "Masc", "femn": "Fem"}
_READ_GENDERS = _VERB_GENDERS  # a name's gender as read (PersonCandidate.gender), as tagged


# a verb of a biography's present ("Является председателем…", "Работает тренером")
_PRESENT_THIRD = frozenset({"pres", "3per", "sing"})


def _present_third(grams: frozenset[str]) -> bool:
    return _PRESENT_THIRD <= grams


def _biography_tense(grams: frozenset[str]) -> bool:
    return "past" in grams or _present_third(grams)


def _subjectless(doc: Doc, k: int, lex: TitleLexicon) -> bool:
    """Is token ``k`` a title verb in the past or the third person singular present (or a
    short participle: "назначен") of a
    sentence with no subject, at its start, after an adverbial ("В 2006 году назначен…",
    "С 1975 по 1977 работал…") or after a comma joining another such predicate ("Стал
    генералом, работал министром")?"""
    p = doc.toks[k].parse
    if p is None or p.pos not in ("VERB", "PRTS") or p.normal not in lex.title_verbs or \
            p.pos == "VERB" and not _biography_tense(p.grams):
        return False
    first = doc.sents[doc.toks[k].sent].first
    if k == first or _adverbial_lead(doc, first, k):
        return True
    if p.pos != "VERB":
        return False
    if doc.toks[k - 1].text == ":":
        return _subjectless_lead(doc, first, k - 1)
    if doc.toks[k - 1].text not in (",", "и"):
        return False
    start = next((j for j in range(first, min(k, first + _MAX_LEAD + 1))
                  if not _adverbial_lead(doc, first, j + 1)), first)
    lead = doc.toks[start].parse  # the first word past the sentence's adverbial
    return lead is not None and lead.pos == "VERB" and _biography_tense(lead.grams) and \
        not any(t.parse is not None and t.parse.pos == "NPRO" and t.case == "nomn" or
                t.ner == "PER" for t in doc.toks[start:k])


def _subjectless_lead(doc: Doc, first: int, colon: int) -> bool:
    """Does the part of a sentence before a colon name no one, no subject in the nominative
    ("На государственной службе более 18 лет: | работал …", "В 2017 году перешел на службу: |
    был …"; not "Иван Петров рассказал: | работал …", "Министр отметил: …")?"""
    return colon > first and not any(
        t.ner == "PER" or t.case == "nomn" and t.pos in ("NOUN", "NPRO", "ADJF")
        for t in doc.toks[first:colon])


# What an adverbial before a subjectless predicate may hold ("В 2006 году", "С 1975 по 1977",
# "Затем", "В мае 1994 года", "До этого"): prepositions, numbers, adverbs, nouns and pronouns
# not in the nominative.
_LEAD_POS = frozenset({"PREP", "NUMR", "ADVB", "NOUN", "ADJF", "CONJ", "NPRO"})
_MAX_LEAD = 8


def _adverbial_lead(doc: Doc, first: int, k: int) -> bool:
    """Are tokens ``first``..``k`` an adverbial only, with no subject (nothing in the
    nominative, no name, no pronoun, no verb)?"""
    if k - first > _MAX_LEAD:
        return False
    for t in doc.toks[first:k]:
        if t.ner is not None or t.case == "nomn":
            return False
        if not t.is_word():
            if t.text not in (",", "—", "–", "-") and not t.text[:1].isdigit() and not (
                    t.text == "." and t.i > first and len(doc.toks[t.i - 1].text) <= 3):
                return False  # the dot of an abbreviation ("гг.") goes
            continue
        if t.parse is None or t.parse.pos not in _LEAD_POS:
            return False
    return True


def _in_speech(doc: Doc, k: int) -> bool:
    """Is token ``k`` inside an open «…» quotation of its sentence?"""
    return doc.quotes.open_depth(k) > 0


def _antecedent(c: _Ctx, k: int, gender: str | None) -> int | None:
    """The person a subject pronoun at token ``k`` refers to: the last one named in the
    nominative, in its sentence or the two before, whose gender does not clash; else, further
    back (a biography's sentences with no subject of their own), the person named last; else
    the only person named, in any case, in its sentence and the one before. Before all these,
    the one the sentence before appoints (``_appointee``). ``gender`` None: any."""
    i = _appointee(c, k, gender)
    if i is None:
        i = _antecedent_in(c, k, gender, True)
    if i is None:
        i = _last_named(c, k, gender)
    if i is None:
        i = _topic_past_passing(c, k, gender)
    return i if i is not None else _only_named(c, k, gender)


def _appointee(c: _Ctx, k: int, gender: str | None) -> int | None:
    """The one person the sentence right before token ``k`` gives a title as the object of a
    title verb, when nobody is named before ``k`` in its own sentence and the gender does not
    clash: the news goes on about the appointee ("Губернатор назначил Ивана Петрова министром.
    Ранее он работал …"), not about who appointed them."""
    sent = c.doc.toks[k].sent
    if sent == 0 or _named_before(c, k, False, 0) is not None:
        return None
    appointed = {c.by_first.get(f.person.first_tok) for rule, f in c.found
                 if rule == "object_predicate" and c.doc.toks[f.person.first_tok].sent == sent - 1}
    appointed.discard(None)
    if len(appointed) != 1:
        return None
    i = appointed.pop()
    return i if i is not None and (gender is None or _gender_agrees(c, i, gender)) else None


# How many sentences before a pronoun ``_only_named`` looks at.
_ONLY_NAMED_SENTS = 1


def _only_named(c: _Ctx, k: int, gender: str | None) -> int | None:
    """The person named last before token ``k``, in any case, when nobody else is named in
    its sentence and the one before (before ``k``) and the gender does not clash ("Хотя у
    Мадуро нет харизмы, он …")."""
    i = _named_before(c, k, False, _ONLY_NAMED_SENTS)
    if i is None or gender is not None and not _gender_agrees(c, i, gender):
        return None
    key = c.people[i].last or c.people[i].name
    first = c.doc.sents[max(0, c.doc.toks[k].sent - _ONLY_NAMED_SENTS)].first
    j = i
    while j >= 0 and c.people[j].first_tok >= first:
        if (c.people[j].last or c.people[j].name) != key:
            return None
        j -= 1
    return i


# How many sentences before a subjectless predicate or a pronoun the person named last may be.
_TOPIC_SENTS = 6


def _last_named(c: _Ctx, k: int, gender: str | None) -> int | None:
    """The person named last before token ``k``, up to ``_TOPIC_SENTS`` sentences back, of no
    clashing gender, and named most often in the text (the one a biography is about; not "Его
    учитель — Виктор Виноградов" named once in it): nobody else was named since. Named in
    another case than the nominative ("Кандидатуру Сотомайор одобрили. Работала прокурором"),
    the person must be named more often than anyone else."""
    i = _named_before(c, k, False, _TOPIC_SENTS)
    if i is None or not _named_in_nominative(c, i) and not _sole_topic(c, i):
        return None
    return i if _topic(c, i) and (gender is None or _gender_agrees(c, i, gender)) else None


def _topic_past_passing(c: _Ctx, k: int, gender: str | None) -> int | None:
    """The last mention before token ``k``, up to ``_TOPIC_SENTS`` sentences back, of the person
    the text names more often than anyone else, of no clashing gender, when everyone named
    since is named in passing: once, as the genitive complement of a noun ("Иванову 52 года.
    Работал в администрации Бориса Ельцина. Затем работал адвокатом"; not "Ивану Петрову
    позвонили", "у Ивана Петрова нет опыта": people the sentence is about)."""
    def ok(i: int) -> bool:
        return _sole_topic(c, i) and (gender is None or _gender_agrees(c, i, gender))

    i = _last_named_before(c, k, _TOPIC_SENTS, ok)
    if i is None:
        return None
    return i if all(_in_passing(c, j) for j in range(i + 1, bisect_right(c.last_toks, k))) \
        else None


def _in_passing(c: _Ctx, i: int) -> bool:
    """Is person ``i`` named once in the text, as the genitive complement of the noun before
    it ("в администрации Бориса Ельцина", "после своего учителя Артемия Арциховского")?"""
    p = c.people[i]
    before = c.doc.toks[p.first_tok - 1] if p.first_tok > 0 else None
    return c.named[p.last or p.name] == 1 and before is not None and \
        before.parse is not None and before.parse.pos == "NOUN" and before.text.islower() and \
        "gent" in _name_cases(c.doc.toks[p.first_tok:p.last_tok]) and \
        not _named_in_nominative(c, i)


def _sole_topic(c: _Ctx, i: int) -> bool:
    """Is person ``i`` the one the text names more often than anyone else?"""
    key = c.people[i].last or c.people[i].name
    return all(n < c.named[key] for k, n in c.named.items() if k != key)


def _topic(c: _Ctx, i: int) -> bool:
    """Is person ``i`` one the text names most often?"""
    return c.named[c.people[i].last or c.people[i].name] >= max(c.named.values())


def _last_named_before(c: _Ctx, k: int, sents: int, ok: Callable[[int], bool]) -> int | None:
    """The last person named before token ``k``, in its sentence or the ``sents`` before, that
    ``ok`` accepts. The people end in text order: the search starts at the last one ending by
    ``k`` (bisection)."""
    doc, people = c.doc, c.people
    sent = doc.toks[k].sent
    for i in range(bisect_right(c.last_toks, k) - 1, -1, -1):
        p = people[i]
        if p.last_tok > k:
            continue
        if doc.toks[p.first_tok].sent < sent - sents:
            return None
        if ok(i):
            return i
    return None


def _antecedent_in(c: _Ctx, k: int, gender: str | None, nominative: bool,
                   outside_speech: bool = False) -> int | None:
    """The last person named before token ``k``, in its sentence or the two before, whose
    gender does not clash with ``gender`` (None: any) (``nominative``: named in the
    nominative; ``outside_speech``: not inside a quotation, where the speaker talks of
    someone)."""

    def ok(i: int) -> bool:
        if nominative and not _named_in_nominative(c, i) or \
                outside_speech and _in_speech(c.doc, c.people[i].first_tok):
            return False
        return gender is None or _gender_agrees(c, i, gender)

    return _last_named_before(c, k, _ANTECEDENT_SENTS, ok)


# -- the vetoes ---------------------------------------------------------------------------------

_FEMININE = re.compile(r"(ица|иса|есса|иня|ка|ша)$")


def _gender_clash(head: Tok, name: list[Tok], read_as: str | None) -> bool:
    """A feminine profession noun ("актриса", "журналистка") is no title of a man: of a name
    the tagger reads as masculine, unless its form was read as a woman's (``read_as``: the
    gender of the name's nominative, "Айгерим Нурланова" after a foreign word the tagger
    misreads)."""
    p = head.parse
    if p is None or "femn" not in p.grams or not _FEMININE.search(p.normal):
        return False
    genders = {t.tag.get("Gender") for t in name if t.is_word()} - {None}
    return genders == {"Masc"} and read_as != "femn"


def _pair_kind(doc: Doc, span: _Span, lemma: str, lex: TitleLexicon) -> str | None:
    """The kind data/membership.txt gives the title's head and the first noun after it
    ("член партии": membership, "член семьи": kin), or None."""
    noun = next((t for t in doc.toks[span.head + 1:span.last]
                 if t.parse is not None and t.parse.pos == "NOUN"), None)
    if noun is None:
        return None
    complement = noun.lemma.replace("ё", "е")
    # "*": any head ("меценат года", "учитель года": an honour of the year)
    return lex.membership.get((lemma, complement)) or lex.membership.get(("*", complement))


def _kind(doc: Doc, span: _Span, lemma: str, lex: TitleLexicon) -> str:
    """"membership", "status" or "position" (the default): by head and complement
    (membership.txt), by an adjective of honour before the head ("заслуженный тренер"), else
    by head (title_kinds.txt)."""
    # by the adjective's stem (a participle's lemma is its verb: "заслуженный" → "заслужить"),
    # and the head's lemma where the row names one
    honour = any(t.low.replace("ё", "е").startswith(row[0][:-2]) and row[1:] in ((), (lemma,))
                 for row in lex.status_adjectives for t in doc.toks[span.first:span.head])
    return _pair_kind(doc, span, lemma, lex) or ("status" if honour else None) or \
        lex.kinds.get(lemma, "position")


def _running_for(doc: Doc, span: _Span) -> bool:
    """Is the title a post run for ("кандидат в президенты США от партии"): a plural head
    right after "в", in the old accusative that equals the nominative?"""
    p = doc.toks[span.head].parse
    return span.first > 0 and doc.toks[span.first - 1].low in ("в", "во") and \
        p is not None and "plur" in p.grams


def _one_of(doc: Doc, first: int) -> bool:
    """Does "один из" ("одного из", "одной из самых …") stand right before token ``first``?"""
    k = _with_adjectives(doc, first, max(0, first - _MAX_CHAIN))
    return k >= 2 and doc.toks[k - 1].low == "из" and doc.toks[k - 2].lemma == "один"


def _possessor(doc: Doc, f: _Found) -> bool:
    """Is the name right after a plural title its complement, in the genitive, one name alone
    ("представители Путина", "адвокатами Стросс-Кана", "наследники Кампрада"): the people
    the title names are someone else's?"""
    p = f.person
    if f.span.last != p.first_tok or not _plural_read(doc.toks[f.span.head]) or \
            doc.toks[p.last_tok - 1].case != "gent" or _one_of(doc, f.span.first):
        return False
    # not when another name is listed after it, past the place it comes from ("тренеры Гульшат
    # Ахмадуллина (Сибай) и Эдуард …")
    k = past_origin(doc, p.last_tok, doc.sents[doc.toks[p.first_tok].sent].last)
    after = doc.toks[k:k + 2]
    return not (after and after[0].text in (",", "и") and
                any(t.ner == "PER" for t in after[1:]))


# -- the tables ---------------------------------------------------------------------------------

_Named = tuple[str, _Span]  # a title span with the name of the rule that found it


@dataclass(frozen=True, slots=True)
class _Found:
    """A title span found for a person, before the vetoes."""

    person: PersonCandidate
    span: _Span
    role: str | None = None  # the title a body's make-up gives its members ("член")
    led: bool = False  # the span is a body its person heads, ``role`` the title ("председатель")
    # the body, in the genitive, that a list's intro names for its items' fields ("комиссии":
    # "комиссии возглавили: — по бюджету — Петров"), the span the field after "по"
    body: str | None = None


@dataclass(frozen=True, slots=True)
class _Ctx:
    doc: Doc
    people: tuple[PersonCandidate, ...]
    morph: Morphology
    lex: TitleLexicon
    quoted: set[int]
    # the titles before each name (a person's index → its titles, left to right): ``_plan``
    before: dict[int, list[_Named]] = field(default_factory=dict)
    claimed: set[int] = field(default_factory=set)  # tokens of the titles past the vetoes
    # the first-match decisions of a per-person table, made once (``_decisions``)
    decisions: dict[tuple[Rule[_Near, _Span | None], ...],
                    list[tuple[str, _Span | None] | None]] = field(default_factory=dict)
    kept: list[TitleCandidate] = field(default_factory=list)  # the titles reported so far
    found: list[tuple[str, _Found]] = field(default_factory=list)  # their rules and spans
    linked: list[_Found] = field(default_factory=list)  # the link titles not reported
    # the people's last tokens, in text order (kept non-decreasing: bisection finds the people
    # ending by a token), and each person by where it starts and where it ends
    last_toks: list[int] = field(default_factory=list)
    by_first: dict[int, int] = field(default_factory=dict)
    by_last: dict[int, int] = field(default_factory=dict)
    by_anchor: dict[int, int] = field(default_factory=dict)  # by its first title (``_plan``)
    named: dict[str, int] = field(default_factory=dict)  # how often each surname is named
    # the genders the dictionary gives the first names of each surname's full names
    full_genders: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        reach = -1
        for i, p in enumerate(self.people):
            key = p.last or p.name
            self.named[key] = self.named.get(key, 0) + 1
            if p.first is not None and p.last is not None:
                self.full_genders.setdefault(key, set()).update(
                    _first_name_gender(self.morph, p.first))
            reach = max(reach, p.last_tok)
            self.last_toks.append(reach)
            self.by_first.setdefault(p.first_tok, i)
            self.by_last.setdefault(p.last_tok, i)

    def taken(self, span: _Span) -> bool:
        """Does ``span`` hold a token an earlier title claimed?"""
        return not self.claimed.isdisjoint(range(span.first, span.last))

    def name(self, i: int) -> tuple[int, int]:
        return self.people[i].first_tok, self.people[i].last_tok


_At = tuple[_Ctx, int]  # a person (by index) the rules of _BEFORE_NAME look at
_Near = tuple[_Ctx, PersonCandidate]  # a person the rules of _AFTER and _PREDICATE look at


def _complement_name(c: _Ctx, i: int) -> bool:
    """Is the genitive name right before person ``i`` the complement of a title of ``i``
    ("первый заместитель Клишаса Людмила Бокова"; before a genitive name too: "советника
    Путина Михаила Лесина", "помощника мэра Ивана Петрова Олега Смирнова")?"""
    start = c.people[i].first_tok
    if i == 0 or c.people[i - 1].last_tok != start or c.doc.toks[start].case is None \
            or c.doc.toks[start - 1].sent != c.doc.toks[start].sent:
        return False  # (names on two lines, a headline's and a caption's, are no complement)
    if c.doc.toks[start].case == "gent" and \
            "gent" not in _name_cases(c.doc.toks[start:c.people[i].last_tok]):
        return False  # a genitive by the tagger alone ("Джо Локхарту")
    before = c.people[i - 1]
    # a name the tagger reads in the genitive, or one whose words do not decline ("врач Хиллари
    # Клинтон Лиза Бардек": two names side by side, the first the complement); a lone surname
    # that can be a genitive before a name in the nominative ("Адвокат Магауова | Ерлан
    # Кенжебаев", the tagger reading a woman's nominative)
    lone = c.doc.toks[before.first_tok]
    return lone.case == "gent" or \
        _name_cases(c.doc.toks[before.first_tok:before.last_tok]) == ALL_CASES or \
        before.last_tok - before.first_tok == 1 and \
        any({"gent", "Surn"} <= p.grams for p in lone.parses) and _named_in_nominative(c, i)


def _named_before(c: _Ctx, k: int, nominative: bool, sents: int) -> int | None:
    """The person named last before token ``k``, in its sentence or the ``sents`` before
    (named in the nominative, when ``nominative``)."""
    i = bisect_right(c.last_toks, k) - 1
    while i >= 0 and c.people[i].last_tok > k:
        i -= 1
    if i < 0 or c.doc.toks[c.people[i].first_tok].sent < c.doc.toks[k].sent - sents:
        return None
    if nominative and not _named_in_nominative(c, i):
        return None
    return i


def _named_in_nominative(c: _Ctx, i: int) -> bool:
    """Is person ``i`` named in the nominative: by the tagger and the morphology of its words,
    or as the name's reading found it ("Мандела", which the morphology reads only as the
    genitive of "Мандел", is the nominative the tagger and the name's paradigm see)?"""
    p = c.people[i]
    toks = c.doc.toks[p.first_tok:p.last_tok]
    return p.nominative or "nomn" in _name_cases(toks) and toks[-1].case in ("nomn", None)


_NAME_GENDERS = {"masc": "Masc", "femn": "Fem"}


def _first_name_gender(morph: Morphology, first: str) -> set[str]:
    """The gender the dictionary gives a first name ("Соня": Fem), when it gives one only."""
    out = {_NAME_GENDERS[g] for w in first.split() for p in morph.parse(w.lower())
           if p.known and "Name" in p.grams for g in p.grams & _NAME_GENDERS.keys()}
    return out if len(out) == 1 else set()


def _tagged_genders(toks: list[Tok]) -> set[str]:
    """The genders the tagger gives the words of a name."""
    return {g for t in toks if t.is_word() and (g := t.tag.get("Gender")) is not None}


def _known_first_name_genders(toks: Sequence[Tok], first: str | None) -> set[str]:
    """The genders of the dictionary's readings of the name's words as its first name ``first``
    (read in the nominative), in the singular: "Анну" as "Анна"; not "Александар" as the
    genitive plural of "Александара", nor "Тани" in "Хамад бин Халифа Аль Тани"."""
    if first is None:
        return set()
    lemma = first.lower().replace("ё", "е")
    return {g for t in toks for p in t.parses
            if p.known and {"Name", "sing"} <= p.grams and p.normal.replace("ё", "е") == lemma
            for g in p.grams & _READ_GENDERS.keys()}


def _gender_agrees(c: _Ctx, i: int, gender: str) -> bool:
    """Does the name of person ``i`` tell no gender other than ``gender``? A surname alone
    tells the gender of the first name of its full name in the text, when the dictionary gives
    that one gender only ("Соня Сотомайор … Сотомайор": a woman, whatever the tagger makes of
    the surname alone; not "Саша")."""
    p = c.people[i]
    known = _known_first_name_genders(c.doc.toks[p.first_tok:p.last_tok], p.first) \
        if p.last is not None else set()  # (one word alone tells no first name: "Келли")
    if len(known) == 1:
        # a first name the dictionary knows as of one gender ("Анну Белову": a woman, though
        # the tagger may read one of the words as a man's)
        return _READ_GENDERS[known.pop()] == gender
    full = c.full_genders.get(p.last or p.name, set()) if p.first is None else set()
    genders = full if len(full) == 1 else _tagged_genders(c.doc.toks[p.first_tok:p.last_tok])
    return not genders or gender in genders


def _genitive_end(c: _Ctx, head: int) -> int:
    """The end of a bare title's genitive complement after its head ("певица | Большого
    театра"), quoted names in it ("журналист | «Новой газеты»")."""
    doc = c.doc
    last = head + 1
    while last < len(doc.toks) and last - head <= _MAX and \
            _can_continue(doc.toks[last], c.quoted) and \
            (doc.toks[last].case == "gent" or last in c.quoted) and \
            (p := doc.toks[last].parse) is not None and p.pos not in ("PREP", "ADVB"):
        last += 1
    return last
