"""Titles over lists and posts: "один из", post phrases, joined heads, lists of names with
"и других", coordinated titles and the members of a body."""


from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from ...agreement import adjective_agrees
from ...data import lines
from ...document import Doc, Tok
from ...lexicon import TitleLexicon
from ..phrase import QUOTES, as_written, guillemets
from .before import _ANIMATE_ACCUSATIVE, _INTO, _dependent_heads, _plural_read
from .context import (
    _PRONOUNS,
    _VERB_GENDERS,
    _antecedent,
    _Ctx,
    _Found,
    _in_speech,
    _list_members,
    _subjectless,
)
from .predicates import (
    _MAX_ADVERBIAL,
    _MAX_TO_VERB,
    _PREDICATE_DASHES,
    _RELATIVE_LEMMAS,
    _adverbial_word,
    _adverbs_before,
    _complement_end,
    _instrumental_preps,
    _not_instrumental,
    _participle,
    _participle_clause_end,
    _predicated,
)
from .words import (
    _ACTING_WORD,
    _ALLOWED_CONJ,
    _CASE_GRAMS,
    _MAX,
    _STOP_TEXT,
    _can_continue,
    _head_at,
    _head_lemma,
    _name_cases,
    _past_duration,
    _Span,
    _substantive,
    _with_adjectives,
)

# What may stand between a name and its "один из …": punctuation, a linking verb (title_cues.txt:
# linking_verb), an adverb ("Петров, один из…", "Петров является одним из…").
_ONE_OF_GAP = frozenset({",", "—", "–", "-"})
_MAX_ONE_OF_GAP = 4


def _one_of_title(c: _Ctx, k: int) -> _Span | None:
    """The title after "один из" at token ``k`` ("одним из самых успешных исполнителей"): a
    plural title head in the genitive, over its adjectives and genitive complements."""
    doc = c.doc
    j = k + 2
    sent = doc.sents[doc.toks[k].sent]
    if j < sent.last and ((p := doc.toks[j].parse) is not None and p.pos == "NUMR" or
                           doc.toks[j].text.isdigit()):
        j += 1  # a count, not in the title: "одним из пяти лучших", "один из 10 богатейших"
    first = j
    while j < sent.last and (p := doc.toks[j].parse) is not None and \
            p.pos in ("ADJF", "PRTF", "ADVB") and j - k <= 6:
        j += 1
    if j >= sent.last or j in c.quoted or doc.toks[j].case != "gent" or \
            not _plural_read(doc.toks[j]) or not _head_lemma_plural(doc.toks[j], c.lex):
        return None
    last = j + 1
    while last < sent.last and last - j <= _MAX and _can_continue(doc.toks[last], c.quoted) and \
            (doc.toks[last].case in ("gent", None) or last in c.quoted) and \
            (p := doc.toks[last].parse) is not None and p.pos not in ("PREP", "ADVB"):
        last += 1
    return _Span(first, j, last)


def _head_lemma_plural(tok: Tok, lex: TitleLexicon) -> str | None:
    """The title lemma of a plural noun ("руководителей" → руководитель)."""
    return _head_lemma(tok, lex) or next(
        (q.normal for q in tok.parses if q.pos == "NOUN" and q.normal in lex.titles), None)


def _one_of_person(c: _Ctx, k: int) -> int | None:
    """The person named right before "один из" at token ``k``, over a linking verb."""
    doc = c.doc
    i = bisect_right(c.last_toks, k) - 1
    while i >= 0 and c.people[i].last_tok > k:
        i -= 1
    if i < 0 or k - c.people[i].last_tok > _MAX_ONE_OF_GAP or \
            doc.toks[c.people[i].first_tok].sent != doc.toks[k].sent:
        return None
    for t in doc.toks[c.people[i].last_tok:k]:
        p = t.parse
        if t.text not in _ONE_OF_GAP and not (p is not None and (
                p.pos == "ADVB" or p.normal in c.lex.linking_verbs)):
            return None
    return i


def _ones_of(c: _Ctx) -> Iterator[_Found]:
    """"Петров, один из руководителей компании", "Петров — один из самых успешных
    исполнителей", "Петров является одним из директоров": the title of one of many."""
    doc = c.doc
    for k in range(len(doc.toks) - 2):
        if not (doc.toks[k].lemma == "один" and doc.toks[k + 1].low == "из" or
                (doc.toks[k].low, doc.toks[k + 1].low) in c.lex.partitives):
            continue
        span = _one_of_title(c, k)
        if span is None or c.taken(span):
            continue
        i = _one_of_person(c, k)
        if i is None:
            i = _one_of_named_after(c, k, span)
        if i is None:
            i = _one_of_subject_after(c, k, span)
        if i is not None:
            yield _Found(c.people[i], span)


_ONE_OF_OPENERS = frozenset({"—", "–", "(", ","})
_MAX_ONE_OF_ADJECTIVES = 2


def _one_of_named_after(c: _Ctx, k: int, span: _Span) -> int | None:
    """The person named right after the title of "один из" at token ``k`` behind a dash, a
    bracket or a comma, over adjectives in its case ("один из адвокатов — Анна Белова", "один
    из лучших вратарей (Иван Петров)", "одного из боссов клана, 78-летнего Ивана Петрова"; a
    comma needs the name in the case of "один")."""
    doc = c.doc
    j = span.last
    if j >= len(doc.toks) or doc.toks[j].text not in _ONE_OF_OPENERS:
        return None
    comma = doc.toks[j].text == ","
    j += 1
    first = j
    while j < len(doc.toks) and j - first < _MAX_ONE_OF_ADJECTIVES and \
            (p := doc.toks[j].parse) is not None and p.pos == "ADJF" and doc.toks[j].ner is None:
        j += 1
    i = c.by_first.get(j)
    if i is None or doc.toks[j].sent != doc.toks[k].sent:
        return None
    form = _ANIMATE_ACCUSATIVE.get(doc.toks[k].case)
    person = c.people[i]
    if j > first:  # the adjective agrees with "один", in any of its readings ("78-летнего")
        forms = {_ANIMATE_ACCUSATIVE.get(_CASE_GRAMS[g]) for p in doc.toks[first].parses
                 for g in p.grams if g in _CASE_GRAMS and not (g == "accs" and "inan" in p.grams)}
        if form not in forms:
            return None
    elif comma and form not in {_ANIMATE_ACCUSATIVE.get(x) for x in
                                _name_cases(doc.toks[person.first_tok:person.last_tok])}:
        return None
    return i


_MAX_ONE_OF_REST = 6


def _one_of_subject_after(c: _Ctx, k: int, span: _Span) -> int | None:
    """The subject named after the linking verb that predicates "одним из" at token ``k`` of
    it, a few words of the title's complement and adjectives between ("Одним из заместителей
    министра стал Иван Петров", "одним из кандидатов на пост является 60-летний Петров")."""
    doc = c.doc
    if doc.toks[k].case != "ablt":
        return None
    sent = doc.sents[doc.toks[k].sent]
    j = _participle_clause_end(doc, span.last, sent.last)  # "…, сосланных в лагеря, стал"
    while j < sent.last and j - span.last < _MAX_ONE_OF_REST and doc.toks[j].ner != "PER" and \
            not ((p := doc.toks[j].parse) is not None and p.pos in ("VERB", "PRTS")) and \
            doc.toks[j].text not in _STOP_TEXT:
        j += 1
    if j >= sent.last or (p := doc.toks[j].parse) is None or \
            p.normal not in c.lex.linking_verbs:
        return None
    j += 1
    first = j
    while j < sent.last and j - first < _MAX_ONE_OF_ADJECTIVES and \
            (p := doc.toks[j].parse) is not None and p.pos == "ADJF" and doc.toks[j].ner is None:
        j += 1
    i = c.by_first.get(j)
    if i is None or "nomn" not in _name_cases(doc.toks[j:c.people[i].last_tok]):
        return None
    return i


def _post_phrases(c: _Ctx) -> Iterator[_Found]:
    """A post word with its genitive title ("на пост министра", "с должности главы",
    "занимал пост директора") names a post of the person named right after the title, else
    of the person named last before it in its sentence: "Петров подал в отставку с поста
    министра", "назначит Петрова на пост директора", "Смирнова, которая занимала пост главы
    района"."""
    doc = c.doc
    for k, t in enumerate(doc.toks):
        duties = _duties_first(c, k)
        if not (t.lemma in c.lex.post_words or _acted_duties(c, k) or duties) or \
                k + 1 >= len(doc.toks) or k in c.quoted:
            continue
        sent = doc.sents[t.sent]
        span = _predicated(doc, k + 1, sent.last, c.lex, c.quoted, want="gent")
        if span is None or span.first != k + 1:
            continue
        if duties:  # "Обязанности главы района исполняет Петров": only the one named after
            last = span.last
            while last - 1 > span.head and (p := doc.toks[last - 1].parse) is not None and \
                    p.pos == "ADVB":
                last -= 1  # "главы района | временно исполняет"
            if (at := _named_after_acting(c, span.last, sent.last)) is not None:
                yield _Found(c.people[at], _Span(span.first, span.head, last))
            continue
        dependent = _held_complement(c, span)
        if c.taken(span) and not dependent:
            continue
        at = None if dependent else c.by_first.get(span.last)
        if at is None and not dependent:
            at = _named_after_verb(c, span.last, sent.last, t.lemma in _role_words())
        after = c.people[at] if at is not None else None
        i = bisect_right(c.last_toks, k) - 1  # the last person ending by the post word
        while i >= 0 and c.people[i].last_tok > k:
            i -= 1
        before = c.people[i] if i >= 0 and c.people[i].first_tok >= sent.first else None
        person = after or before
        if person is not None and (person is after or not _gives_post(c, person.last_tok, k)):
            yield _Found(person, _Span(span.first, span.head, span.last))
        elif person is None and (j := _post_subject(c, sent.first, k)) is not None:
            yield _Found(c.people[j], _Span(span.first, span.head, span.last))


def _held_complement(c: _Ctx, span: _Span) -> bool:
    """Is the post phrase's head a dependent post's (data/dependent_heads.txt) whose genitive
    complement an earlier title claimed for the name after it ("займет должность советника |
    генерального директора компании | Павла Петрова": Петров is the director, the adviser is
    the clause's subject)?"""
    head = c.doc.toks[span.head]
    return head.lemma.replace("ё", "е") in _dependent_heads() and span.head not in c.claimed \
        and c.taken(span)


_SEEK_GAP = 3  # words between a post seeker and its post word: "бороться | за | пост"
_SEEK_GAP_POS = frozenset({"PREP", "NPRO", "ADJF", "INFN", "PRTF", "ADVB", "PRCL"})


def _sought_post(c: _Ctx, first: int) -> bool:
    """Is the title starting at token ``first`` the genitive of a post word of a post sought,
    offered or promised, which nobody named holds (a word of data/title_cues.txt: post_seeker
    right before the post word, over prepositions, pronouns, adjectives and an infinitive:
    "бороться за пост премьера", "кандидатом на пост главы", "предложения занять пост")?"""
    k = first - 1
    if k < 1 or c.doc.toks[k].lemma not in c.lex.post_words:
        return False
    doc = c.doc
    first = doc.sents[doc.toks[k].sent].first
    for j in range(k - 1, max(first, k - 1 - _SEEK_GAP) - 1, -1):
        t = doc.toks[j]
        if t.lemma in c.lex.post_seekers:
            return True
        if t.parse is None or t.parse.pos not in _SEEK_GAP_POS or t.ner is not None:
            return False
    return False


def _acted_duties(c: _Ctx, k: int) -> bool:
    """Is token ``k`` "обязанности" after a finite verb or an infinitive of data/title_cues.txt:
    acting_verb ("будет исполнять обязанности главы", "выполнял обязанности министра"): a post
    held?"""
    prev = c.doc.toks[k - 1].parse if k > 0 else None
    return c.doc.toks[k].low == _ACTING_WORD and prev is not None and \
        prev.normal in c.lex.acting_verbs and prev.pos in ("VERB", "INFN")
    # (a participle, "исполняющего обязанности губернатора", may qualify someone else's word:
    # "сын исполняющего обязанности губернатора Иван Петров")


def _duties_first(c: _Ctx, k: int) -> bool:
    """Does token ``k`` "обязанности" open its clause, the verb that makes them held coming
    after the genitive post ("Обязанности главы района исполняет Петров", "…, а обязанности
    ректора возложены на Смирнову")?"""
    doc = c.doc
    if doc.toks[k].low != _ACTING_WORD:
        return False
    prev = doc.toks[k - 1] if k > 0 else None
    return prev is None or prev.sent != doc.toks[k].sent or not prev.is_word() or \
        prev.low in c.lex.subject_leads


_POSSESSIVES = frozenset({"его", "ее", "её", "их"})
_ACTING_GAP = 10  # tokens between the post and the verb: "до завершения конкурсного отбора"


def _named_after_acting(c: _Ctx, j: int, stop: int) -> int | None:
    """The person named right after the acting verb that follows the post at token ``j``
    (over adverbs and a possessive: "исполняет | Петров", "возложены на | ее заместителя
    Смирнову"), the verb within a few words of the post, no other verb or name between."""
    doc, m = c.doc, None
    for v in range(j, min(stop, j + _ACTING_GAP)):
        t, p = doc.toks[v], doc.toks[v].parse
        if t.ner == "PER" or t.text in ".;:!?—":
            return None
        if p is not None and p.normal in c.lex.acting_verbs and p.pos == "VERB":
            m = v + 1
        elif p is not None and p.normal in c.lex.duty_placers and p.pos in ("VERB", "PRTS") \
                and v + 1 < stop and doc.toks[v + 1].low == "на":
            m = v + 2
        elif p is not None and p.pos in ("VERB", "PRTS", "INFN"):
            return None
        if m is not None:
            break
    while m is not None and m < stop and (p := doc.toks[m].parse) is not None and \
            (p.pos == "ADVB" or doc.toks[m].low in _POSSESSIVES):
        m += 1
    return None if m is None else c.by_first.get(m, c.by_anchor.get(m))


def _named_after_verb(c: _Ctx, k: int, stop: int, role: bool = False) -> int | None:
    """The person named right after a title verb at token ``k`` (over adverbs and "был"):
    "Пост министра занимал Петров", "с поста главы был снят Петров". After a role phrase
    (``role``: "в качестве заместителя"), any verb, over a comma that closes the phrase: "в
    команду, в качестве заместителя, входит Петров"."""
    doc = c.doc
    verb = False
    j = k + 1 if role and k < stop and doc.toks[k].text == "," else k
    while j < stop and j - k < _MAX_TO_VERB and (p := doc.toks[j].parse) is not None and \
            (p.pos == "ADVB" or p.pos in ("VERB", "PRTS") and (
                role or p.normal in c.lex.title_verbs or p.normal == "быть")):
        verb = verb or role and p.pos in ("VERB", "PRTS") or p.normal in c.lex.title_verbs
        j += 1
    if not verb:
        return None
    # the name, or the titles before it: "Пост министра займёт заместитель главы Петров"
    return c.by_first.get(j, c.by_anchor.get(j))


@cache
def _role_words() -> frozenset[str]:
    """Post words whose phrase names the role of the clause's subject, whatever its verb
    (data/role_words.txt: "в качестве заместителя")."""
    return frozenset(lines("role_words.txt"))


def _post_subject(c: _Ctx, first: int, k: int) -> int | None:
    """The person a sentence naming nobody holds the post of the post word at token ``k``
    through: its subject "он"/"она" ("С 2006 года он занимал должность министра") or its
    subjectless verb ("Указом президента назначен на должность полпреда"), the person these
    refer to (``_antecedent``)."""
    doc = c.doc
    if any(t.ner == "PER" for t in doc.toks[first:k]) or _in_speech(doc, k):
        return None
    for j in range(first, k):
        t = doc.toks[j]
        if t.low in _PRONOUNS and t.parse is not None and t.parse.pos == "NPRO":
            return _antecedent(c, j, _PRONOUNS[t.low])
        if _subjectless(doc, j, c.lex) and t.parse is not None:
            gender = _VERB_GENDERS.get(next(iter({"masc", "femn"} & t.parse.grams), ""))
            return _antecedent(c, j, gender) if gender is not None else None
    return None


def _gives_post(c: _Ctx, first: int, stop: int) -> bool:
    """Does a word between tokens ``first`` and ``stop`` make the person before them the one
    who gives or seeks the post (data/title_cues.txt: post_giver), not a passive participle?"""
    return any(t.lemma in c.lex.post_givers and t.parse is not None and
               t.parse.pos in ("VERB", "INFN", "NOUN") for t in c.doc.toks[first:stop])


def _joined_heads(c: _Ctx) -> Iterator[_Found]:
    """A second head joined by "и" inside a title found, in the case of its head: its own
    title ("издатель и главред журнала": "главред журнала" too), a link title's too (which is
    not reported)."""
    titles = [(t.person, t.first_tok, t.last_tok, t.head) for t in c.kept]
    titles += [(f.person, f.span.first, f.span.last, _lemma(c, f)) for f in c.linked]
    for person, first, last, lemma in titles:
        head = title_head(c.doc, c.lex, first, last, lemma)
        joined = second_head(c.doc, c.lex, c.quoted, head, last) if head is not None else None
        if joined is not None:
            yield _Found(person, _Span(joined[0] + 1, joined[1], last))


def title_head(doc: Doc, lex: TitleLexicon, first: int, last: int, lemma: str) -> int | None:
    """The token of [first, last) that is a title's head of ``lemma``."""
    return next((j for j in range(first, last) if _head_lemma(doc.toks[j], lex) == lemma), None)


def second_head(doc: Doc, lex: TitleLexicon, quoted: set[int], head: int, last: int
                ) -> tuple[int, int] | None:
    """(the "и", the second head) of a title head joined by "и" to another in its case inside
    [head, last): "директор | и | главный редактор журнала", "аким области | и |
    председатель комиссии"; None when the first "и" joins no title ("министр культуры и
    информации")."""
    toks = doc.toks
    if toks[head].case is None:
        return None
    for j in range(head + 1, last - 1):
        if toks[j].low not in _ALLOWED_CONJ or j in quoted:
            continue
        k = j + 1
        while k < last and (p := toks[k].parse) is not None and \
                p.pos in ("ADJF", "PRTF") and toks[k].case == toks[head].case:
            k += 1
        if k < last and toks[k].case == toks[head].case and _head_lemma(toks[k], lex) and \
                k not in quoted:
            return j, k
        return None
    return None


def _others_opener(doc: Doc, o: int) -> int | None:
    """Where the words before a plural "другие" at token ``o`` start when they close a list
    ("и других", "и двух других", "наряду с другими"); None otherwise."""
    if o < 1:
        return None
    k = o - 1
    if doc.toks[k].pos == "NUMR" and k > 0:  # "и двух других актрис"
        k -= 1
    if doc.toks[k].low in _ALLOWED_CONJ:
        return k
    if k == o - 1 and k > 0 and doc.toks[k].low == "с" and doc.toks[k - 1].low == "наряду":
        return k - 1
    return None


def _others_of_list(c: _Ctx) -> Iterator[_Found]:
    """A plural title after "и других" that closes a list of names: every name of the list
    holds it ("Пикассо, Дали и других художников", "Петров, Смирнов и другие депутаты",
    "Петров и двух других актёров", "Петров наряду с другими руководителями")."""
    doc = c.doc
    for o, t in enumerate(doc.toks):
        if t.lemma != "другой" or o + 1 >= len(doc.toks) or not t.is_plural():
            continue
        k = _others_opener(doc, o)
        if k is None:
            continue
        j = o + 1
        while j < len(doc.toks) and (p := doc.toks[j].parse) is not None and \
                p.pos in ("ADJF", "PRTF") and doc.toks[j].case == t.case:
            j += 1
        if j >= len(doc.toks) or not doc.toks[j].is_plural() or \
                not _head_lemma(doc.toks[j], c.lex) or doc.toks[j].case != t.case:
            continue
        span = _Span(o + 1, j, j + 1)
        people = _listed_before(c, k)
        if people and not c.taken(span):
            yield from (_Found(c.people[i], span) for i in people)


_COORDINATORS = frozenset({",", "и", "а", "также"})


def _coordinated(c: _Ctx) -> Iterator[_Found]:
    """The titles joined to a predicated one by "и" or commas, in its case: "была членом и
    секретарем совета", "работала инженером, дизайнером, затем менеджером" (the first is the
    predicate's; a membership first takes the complement of the title after it: "член
    совета")."""
    for ti, t in enumerate(list(c.kept)):  # titles found later only join the end of the list
        head = next((j for j in range(t.first_tok, t.last_tok)
                     if _head_lemma(c.doc.toks[j], c.lex) == t.head), None)
        case = c.doc.toks[head].case if head is not None else None
        if t.rule not in _PREDICATE_RULES or case is None:
            continue
        k = t.last_tok
        while True:
            j = gap = _trailing_adverbial(c.doc, k, c.quoted)  # "…врачом в госпитале, затем"
            while j < len(c.doc.toks) and c.doc.toks[j].low in _COORDINATORS and \
                    c.doc.toks[j].sent == c.doc.toks[k].sent:
                j += 1
            j = _lead_adverbial(c.doc, _adverbs_after(c.doc, j), c.quoted, c.lex) if j > gap \
                else k
            # "…, затем менеджером", "…, а в 1990 году — членом академии"
            if j == k or j >= len(c.doc.toks):
                break
            span = _predicated(c.doc, j, len(c.doc.toks), c.lex, c.quoted, want=case) or (
                _predicated(c.doc, j, len(c.doc.toks), c.lex, c.quoted, want="accs")
                if case == "gent" and _animate_accusative(c.doc.toks[j]) else None)
            if span is None or c.taken(span) or span.first != j and \
                    c.doc.toks[j].lemma not in c.lex.post_words:  # "должность | заместителя"
                break
            if k == t.last_tok and head == k - 1 and span.last > span.head + 1 and \
                    t.kind == "membership":
                # a membership names its body: it shares the complement of the title after
                # it ("член совета" of "членом и секретарем совета"; "юристом и директором
                # фонда" gives a "юрист" of no fund)
                shared = guillemets(as_written(c.doc, span.head + 1, span.last))
                c.kept[ti] = replace(t, normal=f"{t.normal} {shared}")
            yield _Found(t.person, span)
            k = span.last
_LIST_LEADS = frozenset({":", "—", "–", "также"})


def _animate_accusative(t: Tok) -> bool:
    """An animate noun the tagger reads as an accusative, which has the genitive's form
    ("должность директора, а также заместителя": the tagger's "заместителя" is an object)."""
    return t.case == "accs" and any(p.pos == "NOUN" and {"anim", "gent"} <= p.grams
                                    for p in t.parses)


def _body_end(c: _Ctx, k: int) -> int:
    """The end of the genitive body after the make-up noun at ``k``, with the field after "по"
    its last noun takes ("состав | Общественного совета района", "состав | комиссии по
    бюджету")."""
    doc, end = c.doc, k + 1
    while end < len(doc.toks) and end - k <= _MAX and _can_continue(doc.toks[end], c.quoted) \
            and (p := doc.toks[end].parse) is not None and p.pos != "PREP" and \
            (doc.toks[end].case == "gent" or end in c.quoted or doc.toks[end].ner == "ORG"):
        end += 1
    if end - 1 > k and end < len(doc.toks) and doc.toks[end].low == "по":
        end = _complement_end(doc, end, end - 1, c.lex, c.quoted)
    return end


def _listed_after(c: _Ctx, k: int) -> list[int]:
    """The people of a list that starts at token ``k`` (a colon, dash or "также" skipped)."""
    while k < len(c.doc.toks) and c.doc.toks[k].low in _LIST_LEADS:
        k += 1
    first = c.by_first.get(k)
    if first is None:  # a name after its own titles: the first title starts at k
        first = c.by_anchor.get(k)
    elif first in c.before:
        first = None  # the name has titles before it: the list starts at them
    return [] if first is None else [first, *_list_members(c, first)]


def _listed_before(c: _Ctx, k: int) -> list[int]:
    """The people of a list that ends right before token ``k``."""
    last = c.by_last.get(k)
    if last is None:
        return []
    first = last
    while first > 0 and last in _list_members(c, first - 1):
        first -= 1
    return list(range(first, last + 1))


def _trailing_adverbial(doc: Doc, k: int, quoted: set[int]) -> int:
    """Where the prepositional adverbials and the bracketed aside at token ``k``, after a
    predicated title, end ("… инженером | в Омске |, затем директором", "… социологом | в ООО
    «Прогресс» |, затем менеджером", "… топ-менеджером «Лукойла» | («Когалымнефтегаз») |, а также
    директором"): ``k`` itself when no coordinator follows them (the list goes on only past a
    comma or a conjunction)."""
    n = k
    while True:
        m = _bracketed_aside(doc, n) if n < len(doc.toks) and doc.toks[n].text == "(" else \
            _adverbial_end(doc, n, quoted)
        if m == n:
            break
        n = m
    if n == k or n >= len(doc.toks) or doc.toks[n].low not in _COORDINATORS:
        return k
    return n


def _adverbial_end(doc: Doc, k: int, quoted: set[int]) -> int:
    """Where a prepositional adverbial at token ``k`` ends ("в 1990 году", "в ООО «Прогресс»",
    "на заводе Renault"): ``k`` itself when none starts there."""
    if k >= len(doc.toks) or (p := doc.toks[k].parse) is None or p.pos != "PREP" or \
            doc.toks[k].low in _instrumental_preps() and \
            not _not_instrumental(doc, k + 1, len(doc.toks)):
        return k  # (but "с 2019 года", "с мая": a time)
    n = k + 1
    while n < len(doc.toks) and doc.toks[n].sent == doc.toks[k].sent and (
            n in quoted or doc.toks[n].text in QUOTES or doc.quotes.open_depth(n) > 0 or
            doc.toks[n].ner in ("ORG", "LOC") or
            n - k <= _MAX_ADVERBIAL and doc.toks[n].ner != "PER" and
            doc.toks[n].text not in _STOP_TEXT and doc.toks[n].case != "ablt" and
            (_adverbial_word(doc.toks[n]) or _participle(doc.toks[n]))):
        n += 1
    return k if n == k + 1 else n


def _bracketed_aside(doc: Doc, k: int) -> int:
    """Where the bracketed aside opening at token ``k`` ends (past its ")"), within the
    sentence and ``_MAX`` tokens: ``k`` itself when it does not close there."""
    for n in range(k + 1, min(len(doc.toks), k + _MAX + 1)):
        if doc.toks[n].sent != doc.toks[k].sent or doc.toks[n].text == "(":
            return k
        if doc.toks[n].text == ")":
            return n + 1
    return k


def _lead_adverbial(doc: Doc, k: int, quoted: set[int], lex: TitleLexicon) -> int:
    """Token ``k`` moved past an adverbial and a dash that stand for the verb left out after a
    coordinator ("…, а в 1990 году — действительным членом", "…, а с 2000 года главным
    редактором", "…, а последние два года – заместителем"), or past a dash after an adverb of
    sequence ("…, а затем – главным специалистом"), and past a title verb of the same subject
    ("…, а последние три года занимал должность первого заместителя"); ``k`` itself when no
    title in the instrumental or post word follows them."""
    n = _adverbial_end(doc, k, quoted)
    if n == k:
        n = _past_duration(doc, k)
    if n == k and not (k > 0 and doc.toks[k - 1].pos == "ADVB"):
        return k
    if n < len(doc.toks) and doc.toks[n].text in _PREDICATE_DASHES:
        n += 1
    elif n < len(doc.toks) and (p := doc.toks[n].parse) is not None and p.pos == "VERB" and \
            "past" in p.grams and p.normal in lex.title_verbs:
        n += 1
        return n if n < len(doc.toks) and doc.toks[n].lemma in lex.post_words else k
    return n if n < len(doc.toks) and doc.toks[n].case == "ablt" else k


def _adverbs_after(doc: Doc, k: int) -> int:
    """Where the adverbs (and "также") from token ``k`` on end."""
    while k < len(doc.toks) and (p := doc.toks[k].parse) is not None and \
            (p.pos in ("ADVB", "PRCL") or p.normal == "быть" and p.pos == "VERB" or
             doc.toks[k].low == "также"):
        k += 1
    return k


def _body_listed(c: _Ctx, k: int, into: int, end: int) -> list[int]:
    """The people a make-up noun at ``k`` (after the preposition at ``into``, its body ending
    at ``end``) lists: after a verb that follows it, after a dash or colon ("в составе жюри —
    …"), or before or after a verb that precedes it ("Петров вошел в состав …")."""
    doc = c.doc
    verb = _adverbs_after(doc, end)
    if verb < len(doc.toks) and doc.toks[verb].lemma in c.lex.joins_body:
        return _listed_after(c, verb + 1)
    if end < len(doc.toks) and doc.toks[end].text in _LIST_LEADS and doc.toks[k].case == "loct":
        return _listed_after(c, end)
    verb = _adverbs_before(doc, into) - 1
    if verb >= 0 and doc.toks[verb].lemma in c.lex.joins_body:
        return _listed_before(c, _adverbs_before(doc, verb)) or _listed_after(c, end)
    return []


def _body_members(c: _Ctx) -> Iterator[_Found]:
    """The people a body's make-up lists, each a member of the body: "В состав совета вошли
    Иван Петров и Анна Смирнова", "Петров и Смирнова включены в состав комиссии", "В составе
    жюри — Петров, Смирнова" (data/title_cues.txt: body_member, joins_body)."""
    doc = c.doc
    for k, t in enumerate(doc.toks):
        role = c.lex.body_members.get(t.lemma)
        if role is None or k in c.quoted:
            continue
        into = _with_adjectives(doc, k, doc.sents[t.sent].first) - 1
        if into < 0 or doc.toks[into].low not in _INTO:
            continue
        end = _body_end(c, k)
        if not any(x.parse is not None and x.parse.pos == "NOUN" or x.i in c.quoted
                   for x in doc.toks[k + 1:end]):
            continue  # no body named ("в состав которого вошли")
        people = _body_listed(c, k, into, end)
        if not people:
            continue
        span = _Span(k, k, end)
        yield from (_Found(c.people[i], span, role) for i in people
                    if doc.toks[c.people[i].first_tok].sent == t.sent)


# the pronouns that refer back to a body in "в него вошли" (lemmas)
_BODY_PRONOUNS = frozenset({"он", "она", "они"})
_MAX_LINE_ITEMS = 20  # the list items on lines of their own after "В нее вошли:", at most
# how many sentences after its body's make-up the last person "в него вошли" lists may stand
MEMBER_SENTS = _MAX_LINE_ITEMS + 2


def _pronoun_members(c: _Ctx) -> Iterator[_Found]:
    """The people a verb of joining lists after a pronoun for a body whose make-up the sentence
    before names, each a member of it: "Утвержден состав комиссии по бюджету. В нее вошли
    Иван Петров и Анна Смирнова" (also one per line after "В нее вошли:")."""
    doc = c.doc
    for k, t in enumerate(doc.toks[:-2]):
        if t.low not in _INTO or doc.toks[k + 1].lemma not in _BODY_PRONOUNS:
            continue
        verb = _adverbs_after(doc, k + 2)
        if verb >= len(doc.toks) or doc.toks[verb].lemma not in c.lex.joins_body:
            continue
        made_up = _make_up_before(c, k)
        if made_up is None:
            continue
        span, role = made_up
        for i in _line_items(c, verb + 1) or _listed_after(c, verb + 1):
            yield _Found(c.people[i], span, role)


def _make_up_before(c: _Ctx, k: int) -> tuple[_Span, str] | None:
    """The nearest make-up noun with its body before token ``k``, in its sentence or the one
    before ("утвердили состав | комиссии по бюджету |. В нее …"), with the title of its
    members; None when there is none."""
    doc = c.doc
    si = doc.toks[k].sent
    floor = doc.sents[si - 1].first if si > 0 else doc.sents[si].first
    for j in range(k - 1, floor - 1, -1):
        role = c.lex.body_members.get(doc.toks[j].lemma)
        if role is None or j in c.quoted:
            continue
        end = _body_end(c, j)
        if any(x.parse is not None and x.parse.pos == "NOUN" or x.i in c.quoted
               for x in doc.toks[j + 1:end]):
            return _Span(j, j, end), role
        return None
    return None


def _line_items(c: _Ctx, colon: int) -> list[int]:
    """The people opening the lines after a colon that ends its sentence, one a line ("В нее
    вошли:" + "Петров Иван Сергеевич;" + "Смирнова Анна Олеговна.")."""
    doc = c.doc
    if colon >= len(doc.toks) or doc.toks[colon].text != ":":
        return []
    si = doc.toks[colon].sent
    if doc.sents[si].last - 1 != colon:
        return []
    out = []
    for sj in range(si + 1, min(len(doc.sents), si + 1 + _MAX_LINE_ITEMS)):
        i = c.by_first.get(doc.sents[sj].first)
        if not doc.starts_line(sj) or i is None:
            break
        out.append(i)
    return out


def _body_heads(c: _Ctx) -> Iterator[_Found]:
    """The head of a body a verb of leading names, holding the title data/body_heads.txt gives
    the body's word: "Комиссию по бюджету возглавил Иван Петров", "Петрова возглавит отдел
    образования", "Петров, возглавляющий ТОО «Агро»" (title_cues.txt: leads_body)."""
    doc = c.doc
    for k, t in enumerate(doc.toks):
        role = _body_word(t, c.lex)
        if role is None or k in c.quoted:
            continue
        first = _body_start(doc, k)
        end = _complement_end(doc, k + 1, k, c.lex, c.quoted)
        person = _leader_before(c, first) if first > 0 else None
        if person is None and _object_before(doc, first, k):
            person = _leader_after(c, end)
        if person is not None and not c.taken(_Span(first, k, end)):
            yield _Found(c.people[person], _Span(first, k, end), role, led=True)


def _listed_heads(c: _Ctx) -> Iterator[_Found]:
    """The heads of the bodies a list's intro names, each item a field after "по" and a name,
    one a line or between semicolons: "Комиссии возглавили:" + "— по бюджету — Иван Петров;",
    "Председателями комиссий избраны: Петров — по бюджету; Смирнова — по спорту", "Их
    возглавили: Петров (комиссия по бюджету), Смирнова (комиссия по спорту)" (each
    "председатель комиссии по …"; data/body_heads.txt)."""
    doc = c.doc
    for col, t in enumerate(doc.toks):
        if t.text != ":" or col in c.quoted:
            continue
        intro = _list_body(c, col)
        if intro is None:
            continue
        for a, b in _list_items(c, col):
            for person, field, named in _item_fields(c, a, b):
                role, body = _genitive_body(c, named) if named is not None else intro
                if role is not None and body is not None:
                    yield _Found(c.people[person], field, role, body=body)


def _list_body(c: _Ctx, col: int) -> tuple[str | None, str | None] | None:
    """(the head's title, the body in the genitive singular) of a plural body word that the
    sentence ending at the colon ``col`` names with a verb of leading or its head's title
    ("комиссии возглавили:", "Председателями постоянных комиссий избраны:"), (None, None) for
    a verb of leading with no body word, whose items name it ("Их возглавили:"); else None."""
    doc = c.doc
    s = doc.sents[doc.toks[col].sent]
    words = doc.toks[s.first:col]
    leads = any(_leads(w, c.lex, ("VERB",)) for w in words)
    lemmas = {w.lemma for w in words}
    for t in words:
        role = _body_word(t, c.lex)
        plural = any("plur" in q.grams for q in t.parses)
        if role is None or not plural or t.i in c.quoted:
            continue
        if leads or role in lemmas:
            return _genitive_body(c, t.i)
    return (None, None) if leads else None


def _genitive_body(c: _Ctx, k: int) -> tuple[str | None, str | None]:
    """(the head's title, the genitive singular) of the body word at ``k`` ("комиссии",
    "комиссия" → "председатель", "комиссии")."""
    t = c.doc.toks[k]
    p = next((q for q in t.parses if q.pos == "NOUN"), None)
    return _body_word(t, c.lex), None if p is None else c.morph.inflect(p, {"gent", "sing"})


def _list_items(c: _Ctx, col: int) -> list[tuple[int, int]]:
    """The token ranges of the items after the colon ``col``: the lines that follow it when it
    ends its sentence, else the parts of its sentence between semicolons."""
    doc = c.doc
    si = doc.toks[col].sent
    if doc.sents[si].last - 1 == col:
        out = []
        for sj in range(si + 1, min(len(doc.sents), si + 1 + _MAX_LINE_ITEMS)):
            if not doc.starts_line(sj):
                break
            out.append((doc.sents[sj].first, doc.sents[sj].last))
        return out
    last = doc.sents[si].last  # the sentences a semicolon ends go on with the list
    while last < len(doc.toks) and doc.toks[last - 1].text == ";" and \
            last - col <= _MAX_LINE_ITEMS * _MAX:
        last = doc.sents[doc.toks[last].sent].last
    bounds = [col, *(k for k in range(col + 1, last) if doc.toks[k].text == ";"), last]
    return [(x + 1, y) for x, y in zip(bounds, bounds[1:])]


def _item_fields(c: _Ctx, a: int, b: int) -> Iterator[tuple[int, _Span, int | None]]:
    """(a person, the field after "по", the body word the item names or None) of a list item
    [a, b): "— по бюджету — Петров, …", "Петров — по бюджету", "Петров — комиссия по
    бюджету", "Петров (комиссия по бюджету), Смирнова (комиссия по спорту)"."""
    doc = c.doc
    people = [i for k in range(a, b) if (i := c.by_first.get(k)) is not None]
    for n, i in enumerate(people):
        p = c.people[i]
        k = p.last_tok
        if k < b and (doc.toks[k].text in _PREDICATE_DASHES or doc.toks[k].text == "("):
            closing = doc.toks[k].text == "("
            named = k + 1 if k + 1 < b and _body_word(doc.toks[k + 1], c.lex) else None
            po = (named or k) + 1
            stop = c.people[people[n + 1]].first_tok if n + 1 < len(people) else b
            end = next((j for j in range(po, stop) if doc.toks[j].text == ")"), None) \
                if closing else stop
            if end is not None and po < end and doc.toks[po].low == "по":
                yield from _trimmed_field(doc, i, po, end, named)
        elif n == 0:  # the field before the name, bullets and a dash around it
            po = next((j for j in range(a, p.first_tok)
                       if doc.toks[j].text not in _PREDICATE_DASHES), p.first_tok)
            if po < p.first_tok - 1 and doc.toks[po].low == "по" and \
                    doc.toks[p.first_tok - 1].text in _PREDICATE_DASHES:
                yield from _trimmed_field(doc, i, po, p.first_tok - 1, None)


def _trimmed_field(doc: Doc, person: int, po: int, end: int, named: int | None
                   ) -> Iterator[tuple[int, _Span, int | None]]:
    """The field [po, end) without the punctuation and the conjunction it ends with."""
    while end > po + 1 and (not doc.toks[end - 1].is_word() or doc.toks[end - 1].low == "и"):
        end -= 1
    if end > po + 1:
        yield person, _Span(po, po, end), named


def _body_word(t: Tok, lex: TitleLexicon) -> str | None:
    """The title of the head of a body ``t`` names, a noun or a legal form's abbreviation
    ("комиссию": "председатель", "ТОО": "директор"; data/body_heads.txt), or None."""
    if len(t.text) > 1 and t.text.isupper():
        return lex.body_heads.get(t.low)
    p = t.parse
    return lex.body_heads.get(t.lemma.replace("ё", "е")) if p is not None and p.pos == "NOUN" \
        else None


def _body_start(doc: Doc, k: int) -> int:
    """Where the adjectives before the body's word at ``k`` begin: those that can agree with it,
    whatever case the tagger read ("Общественный | совет": a nominative, an accusative)."""
    j, floor = k, doc.sents[doc.toks[k].sent].first
    while j - 1 >= floor and doc.toks[j - 1].pos in ("ADJF", "PRTF") and \
            adjective_agrees(doc.toks[j - 1], doc.toks[k]):
        j -= 1
    return j


def _object_before(doc: Doc, first: int, k: int) -> bool:
    """May the body at ``k`` (its adjectives from ``first``) be the object of a verb after it:
    an abbreviation or a word with a singular accusative reading, whatever case the tagger read,
    no complement of a noun before it ("Список | партии возглавил …": the list, not the party)?"""
    t = doc.toks[k]
    if not (t.text.isupper() or any(_accusative_reading(p.grams) for p in t.parses)):
        return False
    prev = doc.toks[first - 1] if first > doc.sents[t.sent].first else None
    return prev is None or prev.pos != "NOUN" or prev.case not in ("accs", "nomn")


def _accusative_reading(grams: frozenset[str]) -> bool:
    """A singular accusative, or a nominative of an inanimate noun not feminine, which the
    accusative's form is ("маслихат", which the morphology guesses a nominative only)."""
    return {"accs", "sing"} <= grams or {"nomn", "sing", "inan"} <= grams and "femn" not in grams


def _leads(t: Tok, lex: TitleLexicon, pos: tuple[str, ...]) -> bool:
    """Is ``t`` an active form of a verb of leading, of a part of speech of ``pos``
    ("возглавил", "возглавлять", "возглавляющий"; not "возглавляемый")?"""
    p = t.parse
    return p is not None and p.pos in pos and p.normal in lex.leads_body and \
        "pssv" not in p.grams


def _leader_after(c: _Ctx, end: int) -> int | None:
    """The person named right after a verb of leading that follows its object, which ends at
    ``end`` ("Комиссию по бюджету | возглавил | Иван Петров", "… будет возглавлять Петров")."""
    doc = c.doc
    verb = _adverbs_after(doc, end)
    if verb >= len(doc.toks) or not (_leads(doc.toks[verb], c.lex, ("VERB", "INFN")) or
                                     _gapped_lead(c, verb)):
        return None
    people = _listed_after(c, _adverbs_after(doc, verb + 1))
    return people[0] if people else None


def _gapped_lead(c: _Ctx, dash: int) -> bool:
    """Is token ``dash`` a dash that stands for a verb of leading left out after a coordinator,
    the verb an earlier clause of its sentence has ("Комиссию по бюджету возглавил Петров, |
    комиссию по спорту | — Смирнова")? The object before it opens after a comma, "а" or "и"."""
    doc = c.doc
    if doc.toks[dash].text not in _PREDICATE_DASHES:
        return False
    s = doc.sents[doc.toks[dash].sent]
    k = dash - 1
    while k > s.first and doc.toks[k].low not in _COORDINATORS:
        k -= 1
    return k > s.first and any(_leads(t, c.lex, ("VERB",)) for t in doc.toks[s.first:k])


def _leader_before(c: _Ctx, first: int) -> int | None:
    """The subject named right before a verb of leading whose object starts at ``first``
    ("Петров | возглавлял | ГККП «…»"), or the name before a participle or a relative clause of
    one ("Петров, | возглавляющий | комиссию", "Петрова, | которая возглавляет | фонд")."""
    doc, verb = c.doc, first - 1
    if not _leads(doc.toks[verb], c.lex, ("VERB", "INFN", "PRTF")):
        return None
    j = _adverbs_before(doc, verb)
    clause = doc.toks[verb].pos == "PRTF"
    if j > 0 and doc.toks[j - 1].lemma in _RELATIVE_LEMMAS:
        j, clause = j - 1, True
    if clause:
        if j < 1 or doc.toks[j - 1].text != ",":
            return None
        j -= 1
    return c.by_last.get(j)


# The rules whose titles a verb predicates (data: the rule names of this module).
_PREDICATE_RULES = frozenset(r for r in ("predicate", "object_predicate", "after_relative",
                                         "after_participle", "pronoun_subject", "no_subject",
                                         "gerund_predicate"))


def _lemma(c: _Ctx, f: _Found) -> str:
    if f.role is not None:
        return f.role
    head = c.doc.toks[f.span.head]
    # a participle a rule chose as the head is used as a noun ("главным управляющим банка")
    return _head_at(c.doc, f.span.head, c.lex) or _substantive(head, c.lex, governs=True) or \
        head.lemma
