"""Titles said of a person not named next to them: pronoun and bare-title subjects, subjectless
and dashed biography lines, a title after an age, and the genders that link them."""


from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import cache

from ...data import table
from ...document import Doc, Sent, Tok
from ...lexicon import TitleLexicon
from .before import _ANIMATE_ACCUSATIVE, _DASHES
from .context import (
    _FEMININE,
    _MAX_LEAD,
    _PRONOUNS,
    _SUBJECT_SENTS,
    _VERB_GENDERS,
    _adverbial_lead,
    _antecedent,
    _antecedent_in,
    _bare_subject,
    _Ctx,
    _Found,
    _genitive_end,
    _in_speech,
    _last_named,
    _object_pronoun_at,
    _present_third,
    _subject_title,
    _subjectless,
)
from .named import _AFTER, _decisions, second_predicate
from .predicates import _after_at, _apposition, _past_adverbials, _predicate, _predicated
from .words import _MAX_CHAIN, _STOP_TEXT, _age_word, _head_lemma, _past_time, _Span


def _apposition_chain(c: _Ctx) -> Iterator[_Found]:
    """The titles after a name's apposition, each after a comma ("Иван Петров, вице-президент
    палаты, руководитель её филиала"): one more apposition of the same name."""
    for person, found in zip(c.people, _decisions(c, _AFTER)):
        if found is None or found[0] != "after_name" or found[1] is None:
            continue
        span = found[1]
        for _ in range(_MAX_CHAIN):
            end = _past_time(c.doc, span.last)  # "премьер Китая | в 1988—1998 годах | ,"
            if end >= len(c.doc.toks) or c.doc.toks[end].text != ",":
                break
            at = _after_at(c.doc, end)
            nxt = _apposition(c.doc, at, c.lex, c.quoted) if at is not None else None
            if nxt is None or c.taken(nxt) or \
                    not _same_animate_case(c.doc.toks[nxt.head], c.doc.toks[found[1].head]):
                break
            yield _Found(person, nxt)
            span = nxt


def _same_animate_case(a: Tok, b: Tok) -> bool:
    """Do two title heads stand in one case, an animate accusative read as the genitive it
    looks like ("Брода, известного правозащитника, члена палаты": the tagger reads the first
    an accusative, the second a genitive)?"""
    return a.case == b.case or a.case is not None and \
        _ANIMATE_ACCUSATIVE.get(a.case) == _ANIMATE_ACCUSATIVE.get(b.case)


def _referred(c: _Ctx, k: int, stop: int, gender: str | None,
              any_gender: bool = False) -> Iterator[_Found]:
    """The title predicated of the subject at token ``k`` (a pronoun or a verb with none), said
    of the person the subject refers to (``gender`` None: none known, which ``any_gender``
    lets through: a verb in the present tells none)."""
    if gender is None and not any_gender or _in_speech(c.doc, k):
        return  # «Он был отличным боксером»: the speaker's "он" is not the narrator's
    found = _predicate(c.doc, stop, c.lex, c.quoted, c.doc.toks[k].sent)
    if found is None and stop > k:  # a pronoun's second predicate: "он переехал в Дубай,
        found = second_predicate(c.doc, stop, c.lex, c.quoted)  # где работал дизайнером"
    if found is None and stop == k:
        found = _fronted_title(c, k)
    if found is None or c.taken(found):
        return
    i = _antecedent(c, k, gender)
    if i is not None:
        yield _Found(c.people[i], found)


def _fronted_title(c: _Ctx, verb: int) -> _Span | None:
    """"Депутатом маслихата избирается во второй раз": the instrumental title that opens a
    sentence with no subject and runs up to its title verb at token ``verb`` (adverbs
    between), when nothing after the verb may be a subject (no nominative noun or pronoun:
    "Министром был подписан указ" has one)."""
    doc = c.doc
    sent = doc.sents[doc.toks[verb].sent]
    span = _predicated(doc, sent.first, verb, c.lex, c.quoted)
    if span is None or span.first != sent.first or c.taken(span):
        return None
    end = span.last
    while end < verb and (p := doc.toks[end].parse) is not None and p.pos == "ADVB":
        end += 1
    if end != verb or any(t.case == "nomn" and t.pos in ("NOUN", "NPRO", "PROPN")
                          for t in doc.toks[verb + 1:sent.last]):
        return None
    return span


def _pronoun_subjects(c: _Ctx) -> Iterator[_Found]:
    """"В 1981 году он был назначен епископом": said of the man named before."""
    for k, t in enumerate(c.doc.toks):
        if t.low in _PRONOUNS and t.parse is not None and t.parse.pos == "NPRO":
            yield from _referred(c, k, k + 1, _PRONOUNS[t.low])


@cache
def _subject_nouns() -> dict[str, str]:
    """The nouns of a person a sentence may open with instead of a pronoun, with their gender
    (data/subject_nouns.txt)."""
    return {noun: gender for noun, gender in table("subject_nouns.txt", 2)}


def _noun_subjects(c: _Ctx) -> Iterator[_Found]:
    """"Многодетная мама – координатор фонда", "Женщина работает координатором": a sentence
    that opens with a person's noun (and its adjectives) in the nominative singular and names
    no one says its title of the person of that gender named before, as a pronoun does."""
    doc, nouns = c.doc, _subject_nouns()
    for s in doc.sents:
        k = s.first
        while k < s.last and k - s.first < _MAX_LEAD and (p := doc.toks[k].parse) is not None \
                and p.pos == "ADJF" and doc.toks[k].case == "nomn":
            k += 1
        t = doc.toks[k] if k < s.last else None
        if t is None or t.case != "nomn" or t.parse is None or "sing" not in t.parse.grams or \
                t.lemma not in nouns or any(u.ner == "PER" for u in doc.toks[s.first:s.last]):
            continue
        if k + 2 < s.last and doc.toks[k + 1].text in _DASHES and not _in_speech(doc, k):
            # "Многодетная мама – координатор фонда": a title in the nominative after a dash
            span = _predicated(doc, k + 2, s.last, c.lex, c.quoted, acting_case=None,
                               want="nomn")
            i = _antecedent(c, k, nouns[t.lemma])
            if span is not None and span.first == k + 2 and not c.taken(span) and i is not None:
                yield _Found(c.people[i], span)
            continue
        yield from _referred(c, k, k + 1, nouns[t.lemma])


# The instrumental pronouns that open a sentence as the predicate of a title verb ("Им стал
# Иван Петров", "Ею стала Анна Петрова"): they stand for a title the sentence before names.
_PREDICATE_PRONOUNS = frozenset({"им", "ею", "ей"})


def _title_pronouns(c: _Ctx) -> Iterator[_Found]:
    """"Депутаты избрали нового председателя думы. Им стал Иван Петров.": the title the
    sentence before names without a holder, said of the person named in the nominative after
    the pronoun and its title verb."""
    doc = c.doc
    for index in range(1, len(doc.sents)):
        s = doc.sents[index]
        verb = doc.toks[s.first + 1] if s.first + 2 < s.last else None
        if verb is None or doc.toks[s.first].low not in _PREDICATE_PRONOUNS or \
                verb.parse is None or verb.parse.normal not in c.lex.title_verbs or \
                _in_speech(doc, s.first):
            continue
        named = [i for i in _people_in(c, index) if _nominative(c, i)]
        span = _held_title(c, doc.sents[index - 1])
        if named and span is not None and not c.taken(span):
            yield _Found(c.people[named[0]], span)


def _held_title(c: _Ctx, sent: Sent) -> _Span | None:
    """The first singular title of a sentence that is a verb's object, in the accusative (or
    the genitive it looks like) with no name after it: the post someone was chosen for
    ("избрали нового председателя представительного органа", "утвердила кандидата на выборах
    президента"), with its genitive complement."""
    doc = c.doc
    for k in range(sent.first, sent.last):
        t = doc.toks[k]
        if t.case not in ("accs", "gent") or t.ner == "PER" or t.is_plural() or \
                not _head_lemma(t, c.lex) or k in c.quoted:
            continue
        last = _genitive_end(c, k)
        if last < sent.last and doc.toks[last].ner == "PER":
            return None  # "избрали председателем Ивана Петрова": the title is his
        return _Span(k, k, last)
    return None


def _no_subjects(c: _Ctx) -> Iterator[_Found]:
    """"Стал генералом, работал министром", "Является депутатом": the sentence has no subject
    of its own; "В 2010 году его назначили директором": an impersonal plural verb, said of the
    person the object pronoun before it stands for."""
    for k, t in enumerate(c.doc.toks):
        if _subjectless(c.doc, k, c.lex) and t.parse is not None:
            gender = _VERB_GENDERS.get(next(iter({"masc", "femn"} & t.parse.grams), ""))
            if gender is None and "plur" in t.parse.grams:
                gender = _object_pronoun(c.doc, k)
            yield from _referred(c, k, k, gender, _present_third(t.parse.grams))


# The object pronouns an impersonal title verb may follow, with their gender.
_OBJECT_PRONOUNS = {"его": "Masc", "её": "Fem", "ее": "Fem"}
_MAX_TO_OBJECT = 2  # words from the pronoun to the verb: "его | снова | назначили"


def _object_pronoun(doc: Doc, verb: int) -> str | None:
    """The gender of an object pronoun right before the verb at token ``verb`` (an adverb
    between), or None."""
    first = doc.sents[doc.toks[verb].sent].first
    for j in range(verb - 1, max(first, verb - 1 - _MAX_TO_OBJECT) - 1, -1):
        t = doc.toks[j]
        if t.low in _OBJECT_PRONOUNS:  # right before a verb, no possessive ("её" as ADJF)
            return _OBJECT_PRONOUNS[t.low]
        if t.parse is None or t.parse.pos != "ADVB":
            return None
    return None


def _object_pronouns(c: _Ctx) -> Iterator[_Found]:
    """"В 1986 году папа назначил его архиепископом": the object pronoun right after a
    transitive title verb takes the title the verb predicates, said of the person it stands
    for, named before the sentence (the sentence's own subject is someone else)."""
    doc = c.doc
    for k in range(1, len(doc.toks) - 1):
        t = doc.toks[k]
        gender = _OBJECT_PRONOUNS.get(t.low)
        verb = doc.toks[k - 1].parse
        if gender is None or not _object_pronoun_at(t) or verb is None or \
                verb.pos != "VERB" or verb.normal not in c.lex.title_verbs or \
                "tran" not in verb.grams or _in_speech(doc, k):
            continue
        sent = doc.sents[t.sent]
        found = _predicated(doc, k + 1, sent.last, c.lex, c.quoted)
        if found is None or c.taken(found):
            continue
        i = _antecedent(c, sent.first, gender)
        if i is not None:
            yield _Found(c.people[i], found)


def _gerund_predicates(c: _Ctx) -> Iterator[_Found]:
    """"Петров, будучи министром, …", "Будучи игроком клуба, Петров …", "…, став лучшим
    бомбардиром": a title verb's gerund predicates its title of the clause's subject."""
    doc = c.doc
    for k, t in enumerate(doc.toks):
        p = t.parse
        if p is None or p.pos != "GRND" or p.normal not in c.lex.title_verbs or \
                _in_speech(doc, k):
            continue
        sent = doc.sents[t.sent]
        span = _predicated(doc, _past_adverbials(doc, k + 1, sent.last, c.lex), sent.last,
                           c.lex, c.quoted)
        if span is None or c.taken(span):
            continue
        i = _clause_subject(c, k, span.last, t.sent)
        if i is not None:
            yield _Found(c.people[i], span)


def _clause_subject(c: _Ctx, k: int, after: int, sent: int) -> int | None:
    """The person in the nominative a gerund at token ``k`` is said of: the last named before
    it in its sentence, else the one a subject pronoun before it refers to, else the first
    named after its phrase (ending at ``after``)."""
    before = [i for i in _people_in(c, sent) if c.people[i].last_tok <= k]
    if before:
        return before[-1] if _nominative(c, before[-1]) else None
    doc = c.doc
    pronoun = next((j for j in range(k - 1, doc.sents[sent].first - 1, -1)
                    if doc.toks[j].low in _PRONOUNS and doc.toks[j].case == "nomn"), None)
    if pronoun is not None:  # "Он выиграл чемпионат, став лучшим бомбардиром"
        return None if _in_speech(doc, pronoun) else \
            _antecedent(c, pronoun, _PRONOUNS[doc.toks[pronoun].low])
    return next((i for i in _people_in(c, sent) if c.people[i].first_tok >= after and
                 _nominative(c, i)), None)


def _people_in(c: _Ctx, sent: int) -> list[int]:
    """The people named in sentence ``sent``, in text order."""
    s = c.doc.sents[sent]
    out = []
    for i in range(bisect_right(c.last_toks, s.first), len(c.people)):
        if c.people[i].first_tok >= s.last:
            break  # the people are in text order: the rest come later
        if s.first <= c.people[i].first_tok and c.people[i].last_tok <= s.last:
            out.append(i)
    return out


def _nominative(c: _Ctx, i: int) -> bool:
    p = c.people[i]
    return c.doc.toks[p.last_tok - 1].case in ("nomn", None)


def _dash_biographies(c: _Ctx) -> Iterator[_Found]:
    """A sentence naming nobody that is an adverbial, a dash and a title in the nominative ("С
    2008 года — первый замсекретаря Совета Безопасности", "Сейчас он — профессор
    университета"): a line of a biography, of the person named last (``_last_named``)."""
    doc = c.doc
    for sent in doc.sents:
        if any(t.ner == "PER" for t in doc.toks[sent.first:sent.last]):
            continue
        start: int | None = sent.first
        while start is not None:
            found = _dash_biography(c, sent, start)
            if found is None:
                break
            yield found
            # "…, с 2021 года – руководитель отдела": the next line after a comma
            end = found.span.last
            start = end + 1 if end < sent.last - 1 and doc.toks[end].text == "," else None


def _dash_biography(c: _Ctx, sent: Sent, first: int) -> _Found | None:
    """The title of a biography line opening at ``first``: an adverbial, a dash and a title
    in the nominative."""
    doc = c.doc
    reach = min(sent.last - 1, first + _MAX_LEAD + 2)
    dash = next((k for k in range(first + 1, reach)
                 if doc.toks[k].text in _DASHES and doc.toks[k + 1].is_word()), None)
    if dash is None or dash + 1 >= sent.last:
        return None
    lead, gender = dash, None
    if doc.toks[dash - 1].low in _PRONOUNS:
        lead, gender = dash - 1, _PRONOUNS[doc.toks[dash - 1].low]
    if not _adverbial_lead(doc, first, lead):
        return None
    span = _predicated(doc, dash + 1, sent.last, c.lex, c.quoted, acting_case=None, want="nomn")
    if span is None or span.first != dash + 1 or c.taken(span) or _in_speech(doc, dash):
        return None
    # "Сейчас он — профессор": the person "он" stands for; else the biography's subject
    i = _last_named(c, dash, None) if gender is None else _antecedent(c, dash - 1, gender)
    return None if i is None else _Found(c.people[i], span)


_VERB_POS = frozenset({"VERB", "INFN", "PRTS", "GRND", "PRED", "ADJS"})  # predicates


def _verbless_biographies(c: _Ctx) -> Iterator[_Found]:
    """A sentence with no verb and no name, ended by a full stop, that is a title in the
    nominative after an adverbial, if any ("Генерал-полковник.", "С 2005 года депутат
    парламента.", "Депутат Верховной рады с 1998 по 2007 год."): a line of a biography, of
    the person named last (``_last_named``)."""
    doc = c.doc
    for index, sent in enumerate(doc.sents):
        if index == 0 or doc.toks[sent.last - 1].text != "." or any(
                t.ner == "PER" or t.parse is not None and t.parse.pos in _VERB_POS
                for t in doc.toks[sent.first:sent.last]):
            continue
        reach = min(sent.last - 1, sent.first + _MAX_LEAD + 1)
        start = next((k for k in range(sent.first, reach)
                      if _adverbial_lead(doc, sent.first, k) and doc.toks[k].case == "nomn"), None)
        if start is None or _in_speech(doc, start):
            continue
        span = _predicated(doc, start, sent.last, c.lex, c.quoted, acting_case=None, want="nomn")
        if span is None or span.first != start or c.taken(span) or doc.toks[span.head].is_plural():
            continue
        i = _last_named(c, start, None)
        if i is not None:
            yield _Found(c.people[i], span)


def _subject_titles(c: _Ctx) -> Iterator[_Found]:
    """A bare title subject of a sentence with no name ("Министр заявил…"), said of the person
    named in the sentence before, unless that person has a title of another kind ("Путин …
    Новый лидер заявил")."""
    yield from _subjects_of(c, _subject_title)


def _subjects_of(c: _Ctx, find: Callable[[Doc, int, int, TitleLexicon, set[int]],
                                          tuple[_Span, str | None] | None]) -> Iterator[_Found]:
    doc = c.doc
    # (a name in quoted speech is someone the speaker talks of: «Президент доверяет Антону
    # Силуанову», — добавил представитель Кремля)
    named = {doc.toks[p.first_tok].sent for p in c.people if not _in_speech(doc, p.first_tok)}
    for index, sent in enumerate(doc.sents):
        if index in named or any(t.ner == "PER" and not _in_speech(doc, t.i)
                                 for t in doc.toks[sent.first:sent.last]):
            continue
        subject = find(doc, sent.first, sent.last, c.lex, c.quoted)
        if subject is None or c.taken(subject[0]) or _in_speech(doc, subject[0].first):
            continue  # «Президент высоко оценивает работу», — сказал он: the speaker's words
        span, gender = subject
        i = _subject_antecedent(c, span, gender, index)
        if i is not None:
            yield _Found(c.people[i], span)


def _subject_antecedent(c: _Ctx, span: _Span, gender: str | None, index: int) -> int | None:
    """The person a bare title subject in sentence ``index`` refers to: the last one named in
    the nominative in the sentence before, of the verb's gender (past tense), unless that
    person holds a post of another head ("Путин … Новый лидер заявил"; a status, "победителем
    стал Петров. Волонтёр участвовал …", holds none)."""
    doc = c.doc
    # (not one named in a quotation: "«Уверен, что Андрей Потапов справится», — заявил мэр")
    i = _antecedent_in(c, span.first, gender or _description_gender(c, span), True, True)
    if i is None or doc.toks[c.people[i].first_tok].sent < index - _SUBJECT_SENTS:
        return None
    lemma = _head_lemma(doc.toks[span.head], c.lex)
    key = c.people[i].last or c.people[i].name
    if any((o.person.last or o.person.name) == key and o.head != lemma and o.kind == "position"
           for o in c.kept):
        return None  # (a status, "победитель конкурса", tells no post the person holds)
    return i


# What may stand right before a title subject inside its sentence: the end of an adverbial
# ("В 2020 году аграрий выделил…", "Затем министр заявил…"); a preposition, an adjective or
# a conjunction before it makes the title part of another phrase.
_NOT_BEFORE_SUBJECT = frozenset({"PREP", "ADJF", "PRTF", "CONJ", "NUMR", "NPRO"})


def _inner_subject(doc: Doc, first: int, stop: int, lex: TitleLexicon, quoted: set[int]
                   ) -> tuple[_Span, str | None] | None:
    """A bare title subject after an adverbial of its sentence, the verb right after it
    ("За два года меценат построил…"): as ``_subject_title``, at the first place it fits."""
    for k in range(first + 1, stop - 1):
        prev = doc.toks[k - 1]
        p = prev.parse
        if prev.text in _STOP_TEXT and prev.text != "," or k - 1 in quoted or \
                p is not None and p.pos in _NOT_BEFORE_SUBJECT and \
                not _pronoun_adverbial(doc, k - 1):
            continue
        found = _subject_title(doc, k, stop, lex, quoted)
        if found is not None:
            return found
    return None


def _pronoun_adverbial(doc: Doc, k: int) -> bool:
    """Does token ``k`` end an adverbial of a preposition and a demonstrative pronoun ("После
    этого", "При этом", "Кроме того"), which a subject may follow ("После этого министр
    заявил…")?"""
    p = doc.toks[k].parse
    prev = doc.toks[k - 1].parse if k > 0 else None
    return p is not None and prev is not None and prev.pos == "PREP" and \
        (p.pos == "NPRO" or "Apro" in p.grams) and doc.toks[k].case not in (None, "nomn")


def _inner_subjects(c: _Ctx) -> Iterator[_Found]:
    """"Иван Петров открыл школу. В прошлом году министр построил…": said of the person named
    in the sentence before, on the terms of ``_subject_titles``."""
    yield from _subjects_of(c, _inner_subject)


def _attributed(doc: Doc, first: int, stop: int, lex: TitleLexicon, quoted: set[int]
                ) -> tuple[_Span, str | None] | None:
    """A bare title that speaks a quote, after it and its verb, ending the sentence ("«…», —
    сказала депутат.", "«…», — подчеркнул министр."): the title and the verb's gender."""
    for k in range(first + 1, stop - 2):
        if doc.toks[k].text not in _DASHES or doc.toks[k - 1].text not in (",", "»", '"'):
            continue
        p = doc.toks[k + 1].parse
        if p is None or p.pos != "VERB" or "plur" in p.grams:
            return None
        span = _bare_subject(doc, k + 2, stop, lex, quoted)
        if span is None or any(t.is_word() for t in doc.toks[span.last:stop]):
            return None  # "— сказал министр Иван Петров": the name is after it
        return span, _VERB_GENDERS.get(next(iter({"masc", "femn"} & p.grams), ""))
    return None


def _attributions(c: _Ctx) -> Iterator[_Found]:
    """"Иван Петров выступил на форуме. «…», — сказал министр.": the title of the speaker,
    said of the person named before, on the terms of ``_subject_titles``."""
    yield from _subjects_of(c, _attributed)


def _passive_agent(doc: Doc, k: int) -> bool:
    """Is the instrumental phrase starting at token ``k`` the agent of a passive participle
    right before it ("был убит 18-летним бойцом", "задержан сотрудником полиции"): someone
    other than the person the participle is said of?"""
    j = k
    while j > 0 and _age_word(doc.toks[j - 1]) is not None:
        j -= 1  # "убит 18-летним | бойцом": the title's phrase starts after the age
    prev = doc.toks[j - 1].parse if j > 0 else None
    return doc.toks[k].case == "ablt" and prev is not None and (
        prev.pos == "PRTS" or prev.pos == "PRTF" and "pssv" in prev.grams)


def _age_title_at(c: _Ctx, k: int) -> _Span | None:
    """A bare title after the age adjective at token ``k`` with no name after it ("41-летний
    музыкант покончил…", "у 94-летнего политика"), over agreeing adjectives and genitive
    complements."""
    doc = c.doc
    j = k + 1
    while j < len(doc.toks) and j - k <= 3 and (p := doc.toks[j].parse) is not None and \
            p.pos in ("ADJF", "PRTF") and doc.toks[j].case == doc.toks[k].case:
        j += 1
    if j >= len(doc.toks) or j in c.quoted or \
            _ANIMATE_ACCUSATIVE.get(doc.toks[j].case) != _ANIMATE_ACCUSATIVE.get(
                doc.toks[k].case) or not _head_lemma(doc.toks[j], c.lex) or doc.toks[j].is_plural():
        return None
    last = _genitive_end(c, j)
    if last < len(doc.toks) and doc.toks[last].ner == "PER":
        return None  # "58-летнего президента Уго Чавеса": the name's own title
    if _passive_agent(doc, k):
        return None  # "был убит 18-летним бойцом": the agent
    return _Span(k, j, last)


def _age_titles(c: _Ctx) -> Iterator[_Found]:
    """A bare title after an age adjective refers back to the person named last before it,
    in any case, in its sentence or the two before: "Честера Беннингтона нашли мёртвым.
    41-летний музыкант покончил с собой"."""
    for k, t in enumerate(c.doc.toks):
        gender = _age_word(t)
        span = _age_title_at(c, k) if gender is not None and k not in c.quoted else None
        if gender is None or span is None or c.taken(span) or _in_speech(c.doc, k):
            continue
        i = _antecedent_in(c, k, gender, False)
        if i is not None:
            yield _Found(c.people[i], span)


@cache
def _epithet_pairs() -> tuple[tuple[str, str], ...]:
    """(masculine, feminine) of data/epithet_titles.txt ("-" where there is none)."""
    return tuple((m, f) for m, f in table("epithet_titles.txt", 2))


@cache
def _paired_masculine() -> frozenset[str]:
    """The masculine vocations and ranks with a feminine pair (data/gendered_titles.txt too):
    said of a man ("актер", "певец", "принц")."""
    return frozenset(m for m, f in _epithet_pairs() + table("gendered_titles.txt", 2)
                     if m != "-" and f != "-")


def _description_gender(c: _Ctx, span: _Span) -> str | None:
    """The gender a bare description tells of its person: a feminine profession noun
    ("певица") or a feminine adjective or past verb agreeing with it ("бывший премьер-министр
    работала") says a woman; a masculine noun with a feminine pair ("актер": data/
    epithet_titles.txt) or a masculine past verb right after it says a man; else None."""
    doc = c.doc
    head = doc.toks[span.head]
    p = head.parse
    if p is not None and "femn" in p.grams and _FEMININE.search(p.normal):
        return "Fem"
    if _head_lemma(head, c.lex) in _paired_masculine():
        return "Masc"
    if any((q := t.parse) is not None and "femn" in q.grams and "sing" in q.grams
           for t in doc.toks[span.first:span.head]):
        return "Fem"
    verb = doc.toks[span.last].parse if span.last < len(doc.toks) else None
    if verb is not None and verb.pos == "VERB" and "past" in verb.grams and head.case == "nomn":
        return _VERB_GENDERS.get(next(iter({"masc", "femn"} & verb.grams), ""))
    return None
