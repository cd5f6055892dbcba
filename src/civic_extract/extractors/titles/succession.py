"""Titles a verb or a list hands on: a title given before its object ("назначил министром
Ивана Петрова"), a plural title over titled names, and succession: who holds the post a
sentence names, and who held it before."""


from __future__ import annotations

from collections.abc import Iterator

from ...document import Doc
from .before import _before, _list_gap, _list_opener
from .context import _Ctx, _Found
from .predicates import _RELATIVE_LEMMAS, _predicated
from .words import (
    _MAX,
    _STOP_TEXT,
    _acting_abbreviation,
    _acting_words,
    _age_word,
    _name_cases,
    _Span,
)

# -- a title given before its object -----------------------------------------------------------

_GIVEN_CASES = frozenset({"accs", "gent"})  # an animate object's accusative reads as either
_TO_GIVEN_TITLE = 3  # words between a title verb and the title it gives: "назначил вчера …"


def _given_title(c: _Ctx, i: int) -> _Span | None:
    """The instrumental title a transitive title verb gives the name after it, the title first:
    "назначил министром обороны Ивана Петрова", "назначил начальником штаба генерала Петрова"
    (over the name's own titles); the name is the verb's object, not in the nominative."""
    doc = c.doc
    person = c.people[i]
    first = doc.toks[person.first_tok]
    if first.case not in _GIVEN_CASES and not (
            person.oblique and any("accs" in p.grams for p in first.parses)):
        return None  # (an oblique name the dictionary reads as an accusative: the tagger may
        # take "Гульмиру" for a dative)
    end = c.before[i][0][1].first if i in c.before else person.first_tok
    sent = doc.toks[person.first_tok].sent
    for v in range(end - 2, max(doc.sents[sent].first, end - _MAX - 2) - 1, -1):
        t = doc.toks[v]
        if t.text in _STOP_TEXT or t.ner == "PER":
            return None
        p = t.parse
        if p is None or p.normal not in c.lex.title_verbs or "tran" not in p.grams or \
                p.pos not in ("VERB", "INFN"):
            continue
        k = v + 1
        while k < end and k - v <= _TO_GIVEN_TITLE and doc.toks[k].pos == "ADVB":
            k += 1
        span = _predicated(doc, k, end, c.lex, c.quoted)
        if span is None or span.first != k or span.head >= end or \
                span.last < end and not _genitive_words(doc, span.last, end):
            return None
        # the name's own titles end the title given: "председателем правления | бывшего
        # губернатора Петрова"
        return _Span(span.first, span.head, end)
    return None


def _genitive_words(doc: Doc, first: int, last: int) -> bool:
    """Can every word of [first, last) be a noun's or an adjective's genitive, whatever case the
    tagger read ("помощником министра | обороны": "министра" read as an accusative)?"""
    return all(any(p.pos in ("NOUN", "ADJF") and "gent" in p.grams for p in t.parses)
               for t in doc.toks[first:last])


def _given_titles(c: _Ctx) -> Iterator[_Found]:
    """A title a transitive title verb gives its object named after the title: "Президент
    назначил министром обороны Ивана Петрова"."""
    for i in range(len(c.people)):
        span = _given_title(c, i)
        if span is not None and not c.taken(span):
            yield _Found(c.people[i], span)


# -- a plural title over a list of titled names -----------------------------------------------


def _titled_member(c: _Ctx, i: int) -> int | None:
    """Where the titles of person ``i`` start (over an age before them: "54-летний доктор
    медицины, епископ Рафаэль"), when it has titles before it."""
    if i not in c.before:
        return None
    k = c.before[i][0][1].first
    return k - 1 if k > 0 and _age_word(c.doc.toks[k - 1]) is not None else k


def _titled_members(c: _Ctx, i: int) -> list[int]:
    """Person ``i`` and the titled people listed after it in its sentence, each separated from
    the one before by list separators only ("губернатор Флориды Петров, губернатор Техаса
    Смирнов и …")."""
    out = [i]
    j = i + 1
    while j < len(c.people) and (k := _titled_member(c, j)) is not None:
        gap = c.doc.toks[c.people[out[-1]].last_tok:k]
        if not gap or not _list_gap(gap) or c.doc.toks[k].sent != c.doc.toks[
                c.people[i].first_tok].sent:
            break
        out.append(j)
        j += 1
    return out


def _many(doc: Doc, span: _Span) -> bool:
    """Does the title name several people: a plural head, or one a count word counts ("три
    священника")?"""
    if doc.toks[span.head].is_plural():
        return True
    before = doc.toks[span.first - 1] if span.first > 0 else None
    return before is not None and before.is_count() and \
        before.low not in ("один", "одна", "1")


_MAX_RELATIVE_CLAUSE = 12  # tokens of a relative clause between a plural title and its list


def _before_relative(doc: Doc, end: int) -> int:
    """Token ``end``, or the comma opening a relative clause that ends there ("политиков, от
    которых ждут заявлений, — …": the title ends before the clause)."""
    first = doc.sents[doc.toks[end - 1].sent].first if end > 0 else 0
    for j in range(end - 1, max(first, end - _MAX_RELATIVE_CLAUSE) - 1, -1):
        t = doc.toks[j]
        if t.lemma in _RELATIVE_LEMMAS:
            k = j - 1 if j - 1 > first and doc.toks[j - 1].pos == "PREP" else j
            return k - 1 if k - 1 > first and doc.toks[k - 1].text == "," else end
        if t.text in _STOP_TEXT and t.text != "," or t.ner == "PER":
            return end
    return end


def _titled_lists(c: _Ctx) -> Iterator[_Found]:
    """A plural title before a list opener (data/title_cues.txt: list_opener) over names with
    titles of their own: each holds it too ("три священника: 54-летний доктор медицины, епископ
    Петров и юрист, иеромонах Смирнов"; "губернаторы — губернатор Омской области Петров,
    губернатор Томской области Смирнов")."""
    i = 0
    while i < len(c.people):
        k = _titled_member(c, i)
        opener = _list_opener(c.doc, k, c.lex) if k is not None else None
        end = _before_relative(c.doc, opener[0]) if opener is not None else None
        spans = _before(c.doc, end, c.lex, c.quoted) if end is not None else []
        if not spans or not _many(c.doc, spans[-1]):
            i += 1
            continue
        span = spans[-1]
        while span.first < span.head and c.doc.toks[span.first].lemma == "другой":
            span = _Span(span.first + 1, span.head, span.last)  # "среди других политиков"
        members = _titled_members(c, i)
        yield from (_Found(c.people[j], span) for j in members)
        i = members[-1] + 1


# -- succession: who held the post before ------------------------------------------------------

_POST_PHRASE_PREPS = frozenset({"на", "в"})
_POST_DETERMINERS = 2  # words between the preposition and the post word: "на этом же посту"
_CUE_GAP = 5  # words from a succession cue to its name: "вместо ушедшего в отставку Петрова"
_CUE_GAP_POS = frozenset({"ADJF", "PRTF", "NUMR", "ADVB", "PREP", "NOUN"})
_SUCCESSOR_GAP = 2  # tokens from a successor's name to its verb: "Петрову, сменившему"
_POST_BEFORE_CUE = 12  # tokens from a post phrase before a succession verb to it
# The rules whose title the sentence predicates of its subject: the post someone took
_PREDICATED = frozenset({"predicate", "inverse_predicate", "object_predicate", "post_phrase",
                         "after_relative", "after_participle", "gerund_predicate"})
_TO_PREDICATED = 14  # tokens from a succession cue to the predicated title it refers to
_POST_BACK_SENTS = 2  # sentences back from "на этом посту" to the title it refers to


def _post_after_cue(c: _Ctx, k: int, stop: int) -> tuple[int, _Span | None] | None:
    """The post phrase at token ``k``, after a succession verb: "на посту министра" (the token
    after it and its genitive title), "на этом посту" (no title: the post is the sentence's)."""
    doc = c.doc
    if k >= stop or doc.toks[k].low not in _POST_PHRASE_PREPS:
        return None
    j = k + 1
    while j < stop and j - k <= _POST_DETERMINERS and doc.toks[j].lemma not in c.lex.post_words \
            and doc.toks[j].pos in ("ADJF", "NPRO", "PRCL"):
        j += 1
    if j >= stop or doc.toks[j].lemma not in c.lex.post_words:
        return None
    span = _predicated(doc, j + 1, stop, c.lex, c.quoted, want="gent")
    if span is not None and span.first == j + 1 and c.by_first.get(j + 1) is None:
        return span.last, span
    return j + 1, None


def _post_before_cue(c: _Ctx, v: int, first: int) -> _Span | None:
    """The post phrase before a succession verb, over a pronoun or a subject noun: "На посту
    директора его сменит Петров", "На должности главы ведомства генерал сменил Петрова" (its
    genitive title)."""
    doc = c.doc
    end = v
    while end > first and doc.toks[end - 1].pos in ("NPRO", "ADVB"):
        end -= 1
    if end > first and end == v and doc.toks[end - 1].pos == "NOUN" and \
            doc.toks[end - 1].case == "nomn" and doc.toks[end - 1].text.islower():
        end -= 1  # the subject: "генерал сменил"
    elif end == v and (i := c.by_last.get(end)) is not None:
        end = c.people[i].first_tok  # the object: "Петрова сменила"
    for k in range(end - 1, max(first, end - _POST_BEFORE_CUE) - 1, -1):
        if doc.toks[k].lemma in c.lex.post_words:
            span = _predicated(doc, k + 1, end, c.lex, c.quoted, want="gent")
            return span if span is not None and span.first == k + 1 and span.last == end \
                else None
    return None


def _name_after_cue(c: _Ctx, k: int, stop: int) -> int | None:
    """The person named within a few words from token ``k``, over adjectives, participles and
    their complements: "вместо ушедшего в отставку Петрова", "сменил 86-летнего Петрова"."""
    doc = c.doc
    for j in range(k, min(stop, k + _CUE_GAP + 1)):
        i = c.by_first.get(j)
        if i is not None:
            return i
        t = doc.toks[j]
        if t.pos not in _CUE_GAP_POS or t.ner is not None or t.is_title_case() and j > k:
            return None
    return None


def _successor_before(c: _Ctx, v: int, first: int) -> int | None:
    """The person named right before a succession verb (over a comma or an adverb): "Петрова
    сменила …", "Петрову, сменившему …"."""
    doc = c.doc
    for j in range(v, max(first, v - _SUCCESSOR_GAP) - 1, -1):
        i = c.by_last.get(j)
        if i is not None:
            return i
        t = doc.toks[j - 1]
        if t.text != "," and t.pos != "ADVB":
            return None
    return None


def _successor_after(c: _Ctx, v: int, stop: int) -> int | None:
    """The subject named right after a succession verb whose object, a pronoun or a name,
    stands before it: "его сменит Петров", "Иванова сменила Петрова"."""
    doc = c.doc
    i = c.by_first.get(v + 1) if v + 1 < stop else None
    if i is None or v == 0 or doc.toks[v - 1].pos != "NPRO" and c.by_last.get(v) is None:
        return None
    return i if "nomn" in _name_cases(doc.toks[c.people[i].first_tok:c.people[i].last_tok]) \
        else None


def _predicated_near(c: _Ctx, k: int, holder: int, both_sides: bool, back: int = 0
                     ) -> _Span | None:
    """The title the sentence of token ``k`` predicates of someone other than person ``holder``,
    the nearest one before ``k`` (or after it, ``both_sides``), within a few tokens; with
    ``back``, the last one of the ``back`` sentences before instead (not one a relative clause
    describes: "Петров, который является директором, подписал контракт. Он сменит на этой
    должности Иванова" names another post)."""
    sent = c.doc.toks[k].sent
    other = c.people[holder]
    best: tuple[int, _Span] | None = None
    for rule, f in c.found:
        span = f.span
        at = c.doc.toks[span.first].sent
        if rule not in _PREDICATED or f.person.first_tok == other.first_tok or \
                not (at == sent if not back else sent - back <= at < sent and
                     rule != "after_relative") or \
                rule == "after_participle" and _held_earlier(c.doc, span.first):
            continue
        gap = k - span.last if span.last <= k else span.first - k if both_sides else None
        if gap is not None and 0 <= gap and (back or gap <= _TO_PREDICATED) and \
                (best is None or gap < best[0]):
            best = (gap, span)
    return None if best is None else best[1]


def _held_earlier(doc: Doc, first: int) -> bool:
    """Does an active participle give the title, a post its holder had before ("ранее
    работавший | заместителем мэра"), not the one taken over ("назначенный | министром")?"""
    verb = next((t for t in reversed(doc.toks[max(0, first - 3):first]) if t.pos == "PRTF"), None)
    return verb is not None and verb.parse is not None and "actv" in verb.parse.grams


def _held_before(c: _Ctx, span: _Span) -> _Span:
    """The post of ``span`` as a predecessor held it: without the adjectives before its head
    ("новым главой района", "четвёртым главой" → "глава района", "глава") and without the
    acting words of the new holder's ("и. о. министра" → "министр")."""
    first = span.first + _acting_abbreviation(c.doc, span.first, c.lex)
    first = _acting_words(c.doc, first) or first
    while first < span.head and c.doc.toks[first].pos in ("ADJF", "NUMR"):
        first += 1
    return _Span(first, span.head, span.last) if first == span.head else span


def _succession_at(c: _Ctx, v: int) -> Iterator[_Found]:
    doc = c.doc
    sent = doc.sents[doc.toks[v].sent]
    post = _post_after_cue(c, v + 1, sent.last)
    if post is None:
        span = _post_before_cue(c, v, sent.first)
        if span is None:
            return
        i = _successor_after(c, v, sent.last)
        if i is None:  # "На должности главы ведомства генерал сменил Петрова": the object
            i = _name_after_cue(c, v + 1, sent.last)
            if i is not None and doc.toks[c.people[i].first_tok].case not in _GIVEN_CASES:
                i = None
        if i is not None:
            yield _Found(c.people[i], span)
        return
    nxt, span = post
    after = _name_after_cue(c, nxt, sent.last)
    if span is None:  # "на этом посту": the post the sentence gave the successor, or the
        # sentences before it ("Петров избран мэром. Он сменит на этом посту Иванова")
        held = None if after is None else _predicated_near(c, v, after, False) or \
            _predicated_near(c, v, after, False, _POST_BACK_SENTS)
        if after is not None and held is not None:
            yield _Found(c.people[after], _held_before(c, held))
        return
    before = _successor_before(c, v, sent.first)
    if before is not None:
        yield _Found(c.people[before], span)


def _successions(c: _Ctx) -> Iterator[_Found]:
    """A succession verb (data/title_cues.txt: successor_verb) with a post phrase: its subject
    holds the post the phrase names ("Петрова сменила на посту министра Иванова", the object
    has it from post_phrase; "На посту директора его сменит Петров"), and after "на этом
    посту" its object holds the post the sentence predicates of the subject ("Петров стал
    министром, сменив на этом посту Иванова")."""
    for v, t in enumerate(c.doc.toks):
        if t.lemma in c.lex.successor_verbs and t.pos in ("VERB", "PRTF", "GRND", "INFN"):
            yield from _succession_at(c, v)


def _predecessors(c: _Ctx) -> Iterator[_Found]:
    """The name after a predecessor mark (data/title_cues.txt: predecessor_mark) held the post
    its sentence predicates of someone else, the nearest predicated title: "Петров назначен
    министром вместо Иванова", "Вместо Иванова министром станет Петров"."""
    doc = c.doc
    named: set[int] | None = None
    for k, t in enumerate(doc.toks):
        if t.low not in c.lex.predecessor_marks:
            continue
        i = _name_after_cue(c, k + 1, doc.sents[t.sent].last)
        span = _predicated_near(c, k, i, True) if i is not None else None
        if i is None or span is None:
            continue
        if named is None:
            named = {j for p in c.people for j in range(p.first_tok, p.last_tok)}
        gap = range(span.last, k) if span.last <= k else range(c.people[i].last_tok, span.first)
        if all(_predicate_word(c, j, named) for j in gap):
            yield _Found(c.people[i], _held_before(c, span))


def _predicate_word(c: _Ctx, j: int, named: set[int]) -> bool:
    """May token ``j`` stand between a predicated title and "вместо": a word of a name or of a
    title, a title verb, an adverb, a comma, or the title's genitive complement ("председателем
    совета и Совета министров вместо …", "Вместо Петрова, капитаном стал …"; not "выступил на
    заседании вместо …")?"""
    t = c.doc.toks[j]
    p = t.parse
    return j in named or j in c.claimed or t.low in ("и", ",") or t.case == "gent" or \
        p is not None and (p.pos in ("ADVB", "PRCL") or p.normal in c.lex.title_verbs or
                           p.normal == "быть")
