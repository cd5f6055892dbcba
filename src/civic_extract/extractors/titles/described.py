"""Descriptions that refer back: signatures, bare vocations, a headline's title and plural
vocations."""


from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

from ...data import table
from ...document import Doc
from ..people import PersonCandidate
from ..surroundings import issued_by
from .before import _DASHES
from .context import (
    _bare_subject,
    _Ctx,
    _Found,
    _gender_agrees,
    _genitive_end,
    _in_speech,
    _last_named_before,
    _topic,
)
from .predicates import _POSSESSIVES
from .refer import _description_gender, _epithet_pairs, _passive_agent, _people_in
from .words import _head_lemma, _Span, _with_adjectives

# -- signatures ---------------------------------------------------------------------------------


def _line_break(doc: Doc, a: int, b: int) -> bool:
    """Is there a line break between tokens ``a`` and ``b`` (the text's start or end when out
    of range)?"""
    if a < 0 or b >= len(doc.toks):
        return True
    return "\n" in doc.prep.norm[doc.toks[a].stop:doc.toks[b].start]


def _signatures(c: _Ctx) -> Iterator[_Found]:
    """A line that is a name and its title in the nominative, nothing else (the title may
    take a line of its own): the signature under a letter or a statement ("Кирсан Илюмжинов
    Президент ФИДЕ")."""
    doc = c.doc
    for p in c.people:
        if not _line_break(doc, p.first_tok - 1, p.first_tok) or p.last_tok >= len(doc.toks) or \
                doc.toks[p.last_tok - 1].case not in ("nomn", None):
            continue
        start = p.last_tok + (doc.toks[p.last_tok].text == ",")  # "Анна Белова, | директор"
        span = _bare_subject(doc, start, len(doc.toks), c.lex, c.quoted)
        if span is not None and _line_break(doc, span.last - 1, span.last) and \
                not c.taken(span):
            yield _Found(p, span)


# -- descriptions that refer back ---------------------------------------------------------------

# How many sentences before a bare description the person it refers to may be named.
_DESCRIPTION_SENTS = 2


@cache
def _epithets() -> frozenset[str]:
    return frozenset(w for pair in _epithet_pairs() for w in pair) - {"-"}


def _description_at(c: _Ctx, k: int) -> _Span | None:
    """The bare singular title headed at token ``k`` with no name next to it, over the
    adjectives agreeing with it and its genitive complements ("бывшего итальянского премьера",
    "певица", "главы Facebook"), or None."""
    doc = c.doc
    t = doc.toks[k]
    if t.lemmas.isdisjoint(_epithets()):
        return None  # no reading of the word is a vocation (the cheap test first)
    if k in c.quoted or t.ner == "PER" or t.is_plural() or \
            _head_lemma(t, c.lex) not in _epithets():
        return None
    first = _with_adjectives(doc, k, doc.sents[t.sent].first)
    last = _genitive_end(c, k)
    span = _Span(first, k, last)
    if c.taken(span) or any(_head_lemma(doc.toks[j], c.lex) for j in range(k + 1, last)):
        return None  # "адвокат футболиста": the title of someone else
    before = doc.toks[first - 1] if first > 0 else None
    after = doc.toks[last] if last < len(doc.toks) else None
    if before is not None and (before.ner == "PER" or _head_lemma(before, c.lex)) or \
            after is not None and after.ner == "PER":
        return None  # a name's own title, found or refused by the rules before
    if after is not None and after.text in _DASHES:
        return None  # "пианист — лауреат премии Даниил Трифонов": the one the dash names
    if before is not None and before.lemma in c.lex.post_words:
        return None  # "на пост мэра": a post sought or given, left to post_phrase
    if any(t.low in c.lex.other_persons or t.lemma in c.lex.other_persons
           for t in doc.toks[first:k]):
        return None  # "другой министр": someone not named before
    if before is not None and before.pos == "NUMR":
        return None  # "оба шахматиста", "троих учёных": several people
    if any(t.low.startswith("лучш") for t in doc.toks[max(0, first - _CATEGORY_REACH):first]):
        return None  # "за лучшую работу | режиссера": an award's category, no one's title
    if _passive_agent(doc, first):
        return None  # "был задержан полицейским": the agent, someone else
    if before is not None and (before.low in _POSSESSIVES or before.lemma == "свой"):
        return None  # "её продюсер", "своего защитника": someone's partner, not that person
    return span


_CATEGORY_REACH = 3  # words back from a description to the "лучший" of a category


def _description_antecedent(c: _Ctx, k: int, gender: str | None) -> int | None:
    """The person named last before token ``k``, in any case, in its sentence or the
    ``_DESCRIPTION_SENTS`` before, whose gender does not clash with ``gender``."""
    return _last_named_before(c, k, _DESCRIPTION_SENTS,
                              lambda i: gender is None or _gender_agrees(c, i, gender))


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


class _Blocks:
    """The blocks of a text (the runs between blank lines, which a long text is never cut
    inside) and how often each block names each person (by surname)."""

    def __init__(self, c: _Ctx) -> None:
        self.doc = c.doc
        self.starts = [0] + [m.end() for m in _BLANK_LINE.finditer(c.doc.prep.norm)]
        self.named: dict[int, dict[str, int]] = {}
        for p in c.people:
            counts = self.named.setdefault(self.of(p.first_tok), {})
            key = p.last or p.name
            counts[key] = counts.get(key, 0) + 1

    def of(self, k: int) -> int:
        return bisect_right(self.starts, self.doc.toks[k].start) - 1

    def topic(self, person: PersonCandidate, k: int) -> bool:
        """Does the block of token ``k`` name ``person`` most?"""
        counts = self.named.get(self.of(k), {})
        return counts.get(person.last or person.name, 0) >= max(counts.values(), default=1)


def _descriptions(c: _Ctx) -> Iterator[_Found]:
    """A bare vocation that no rule before took (``_description_at``) refers back to the
    person named last before it, in its sentence or the two before, of no clashing gender
    ("… Пугачёва. Певица заявила", "в отношении политика", "у спортсменки"), when that person
    is named in its block (between blank lines) and most often there, or is the person the
    whole text names most (the passage after a blank line goes on about the text's subject);
    not when someone holds a title of that head already (it is theirs, and reported)."""
    blocks = _Blocks(c)
    held = {t.head for t in c.kept}  # the heads of the titles found so far
    for k in range(len(c.doc.toks)):
        span = _description_at(c, k)
        lemma = _head_lemma(c.doc.toks[k], c.lex) if span is not None else None
        if span is None or lemma is None or lemma in held or _in_speech(c.doc, k):
            continue  # a head someone holds: the title of one named with it, reported
        i = _description_antecedent(c, span.first, _description_gender(c, span))
        if i is None or not (blocks.of(c.people[i].first_tok) == blocks.of(k) and
                             blocks.topic(c.people[i], k) or _topic(c, i)):
            continue  # past a blank line, only the person the whole text names most
        held.add(lemma)
        yield _Found(c.people[i], span)


# How many sentences of the text after its headline may name the person a headline's bare
# title stands for.
_LEAD_SENTS = 2
_HEADLINE_STOPS = frozenset({".", ":", ";"})


def _headline(doc: Doc) -> int | None:
    """The index of the headline's last token: the text's first sentence, alone on its line,
    not ended by a full stop, with more text after it; None when the text opens otherwise."""
    if len(doc.sents) < 2:
        return None
    last = doc.sents[0].last - 1
    if doc.toks[last].text in _HEADLINE_STOPS or not _line_break(doc, last, last + 1):
        return None
    return last


def _headline_titles(c: _Ctx) -> Iterator[_Found]:
    """A bare title subject of a headline that names nobody ("Многодетный хакер из Тюмени
    осуждён", "Глава компании арестован") stands for the person the lead names first (not one
    who issues or says: ``issued_by``), in its first ``_LEAD_SENTS`` sentences, when the text
    names that person most, of no clashing gender."""
    doc = c.doc
    last = _headline(doc)
    if last is None or any(t.ner == "PER" for t in doc.toks[:last + 1]) or \
            c.people and c.people[0].first_tok <= last:
        return
    # the lead's first person but one who issues or says ("Распоряжением акима Ермека
    # Сапарова назначен …": the one appointed)
    i = next((j for j, p in enumerate(c.people)
              if doc.toks[p.first_tok].sent <= _LEAD_SENTS and
              not issued_by(doc, p.first_tok, c.lex.issuer_nouns)), None)
    if i is None or not _topic(c, i):
        return
    end = _first_clause_end(doc, last + 1)
    for k in range(end):
        t = doc.toks[k]
        if t.case != "nomn" or k in c.quoted or not _head_lemma(t, c.lex) or t.is_plural():
            continue
        span = _bare_subject(doc, _with_adjectives(doc, k, 0), end, c.lex, c.quoted)
        if span is None or span.head != k or c.taken(span) or _held_in_lead(c, i, k) or \
                _acts_on_another(doc, span.last, end) and _undergoes(doc, c.people[i].last_tok):
            continue
        gender = _description_gender(c, span)
        if gender is None or _gender_agrees(c, i, gender):
            yield _Found(c.people[i], span)


_CLAUSE_BREAKS = frozenset({",", ";", "—", "–"})


def _first_clause_end(doc: Doc, stop: int) -> int:
    """The end of the headline's first clause: its subject is the one the lead names ("Мэр
    Перми ушел в отставку, | врио назначен вице-мэр")."""
    return next((k for k in range(1, stop) if doc.toks[k].text in _CLAUSE_BREAKS), stop)


def _acts_on_another(doc: Doc, k: int, stop: int) -> bool:
    """Is the headline's title the subject of an active transitive verb after it, someone
    acting on another ("Губернатор уволил вице-губернатора"), not the one the news is of?"""
    verb = next((t for t in doc.toks[k:stop] if t.pos == "VERB"), None)
    p = verb.parse if verb is not None else None
    return p is not None and "tran" in p.grams and "pssv" not in p.grams


def _undergoes(doc: Doc, k: int) -> bool:
    """Is the person whose name ends before token ``k`` the patient of the first verb after it
    ("Андрей Петров освобожден от должности"), not its agent?"""
    sent = doc.toks[k - 1].sent
    verb = next((t for t in doc.toks[k:doc.sents[sent].last] if t.pos in ("VERB", "PRTS")),
                None)
    return verb is not None and verb.parse is not None and "pssv" in verb.parse.grams


def _held_in_lead(c: _Ctx, i: int, k: int) -> bool:
    """Does the lead give the person ``i`` a title of the head at token ``k`` already (the
    headline "Назначен новый руководитель управления" restates "руководителем управления …
    назначен Серик Жаксылыков")?"""
    head = _head_lemma(c.doc.toks[k], c.lex)
    name = c.people[i].name
    return any(f.head == head and f.person.name == name for f in c.kept)


_MAX_COUNT = 10  # the largest count word a plural description is checked against


@cache
def _counts() -> dict[str, int]:
    """The count words before a plural description ("троих учёных", "оба музыканта") and the
    number of people they count (data/numbers.txt)."""
    out = {}
    for word, value in table("numbers.txt", 2):
        number = float(value)
        if number.is_integer() and 2 <= number <= _MAX_COUNT:
            out[word.replace("ё", "е")] = int(number)
    return out


def _plural_description_at(c: _Ctx, k: int) -> tuple[_Span, int | None] | None:
    """The bare plural vocation at token ``k`` (data/epithet_titles.txt) with no name next to
    it and no complement ("Художники представят работы", "работы троих учёных"), and the
    number a count word before it says ("троих": 3), or None."""
    doc = c.doc
    t = doc.toks[k]
    counted = k > 0 and doc.toks[k - 1].lemma in _counts()  # "оба музыканта": a genitive
    if t.lemmas.isdisjoint(_epithets()) or k in c.quoted or t.ner == "PER" or \
            not (t.is_plural() or counted) or _head_lemma(t, c.lex) not in _epithets():
        return None
    first = _with_adjectives(doc, k, doc.sents[t.sent].first)
    span = _Span(first, k, k + 1)
    if c.taken(span) or first < k:
        return None  # "известные художники", "оба артиста": a class, or counted apart
    after = doc.toks[k + 1] if k + 1 < len(doc.toks) else None
    if after is not None and (after.ner is not None or after.text in _DASHES or
                              after.text in (":", "(") or after.case == "gent" and
                              (p := after.parse) is not None and p.pos == "NOUN"):
        return None  # a list, a name or a complement after it: the rules before decide
    count = None
    lead = first - 1
    if lead >= 0 and doc.toks[lead].lemma in _counts():
        count = _counts()[doc.toks[lead].lemma]
        lead -= 1
    before = doc.toks[lead] if lead >= 0 else None
    if before is not None and (before.ner is not None or before.low in c.lex.class_leads or
                               before.low in _POSSESSIVES or before.lemma == "свой" or
                               _head_lemma(before, c.lex) or before.text in _DASHES):
        return None
    return span, count


def _named_together(c: _Ctx, i: int, stop: int) -> list[int]:
    """The people (one mention each) named in the sentence of person ``i`` before token
    ``stop``, in text order."""
    seen: dict[str, int] = {}
    for j in _people_in(c, c.doc.toks[c.people[i].first_tok].sent):
        p = c.people[j]
        if p.last_tok <= stop:
            seen.setdefault(p.last or p.name, j)
    return sorted(seen.values())


def _opening_subject(c: _Ctx, span: _Span, i: int) -> bool:
    """Does the plural vocation open its sentence in the nominative, right after the sentence
    of person ``i`` ("… Петрова и Смирнова. Художники представят …")?"""
    doc = c.doc
    sent = doc.toks[span.first].sent
    return span.first == doc.sents[sent].first and doc.toks[span.head].case == "nomn" and \
        doc.toks[c.people[i].first_tok].sent == sent - 1


def _plural_descriptions(c: _Ctx) -> Iterator[_Found]:
    """A bare plural vocation refers back to the people named together last before it, in the
    sentence of the last one named (in its sentence or the two before, its block): "Премию
    получили Петров, Смирнов и Белова. Работы троих учёных…", "… керамиста Петрова и
    каллиграфа Смирнова. Художники представят…" (each holds it); a count word must count
    them."""
    blocks = _Blocks(c)
    for k in range(len(c.doc.toks)):
        found = _plural_description_at(c, k)
        if found is None or _in_speech(c.doc, k):
            continue
        span, count = found
        i = _last_named_before(c, span.first, _DESCRIPTION_SENTS, lambda i: True)
        if i is None or blocks.of(c.people[i].first_tok) != blocks.of(k):
            continue
        if count is None and not _opening_subject(c, span, i):
            continue
        people = _named_together(c, i, span.first)
        if len(people) >= 2 and count in (None, len(people)):
            yield from (_Found(c.people[j], span) for j in people)
