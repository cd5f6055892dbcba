"""Titles next to a person's name: the plan of the titles before each name, and the
decision lists after it and in its predicate."""


from __future__ import annotations

from collections.abc import Callable, Iterator

from ...agreement import ALL_CASES
from ...document import Doc, Tok
from ...lexicon import TitleLexicon
from ...rules import Rule, first_match
from ..people import PersonCandidate
from ..phrase import QUOTES
from .before import (
    _before,
    _chain,
    _clause_start,
    _dash_title,
    _list_opener,
    _list_owner,
    _plural_read,
)
from .context import (
    _At,
    _complement_name,
    _Ctx,
    _Found,
    _list_members,
    _Named,
    _Near,
    _present_third,
)
from .predicates import (
    _PREDICATE_DASHES,
    _RELATIVE,
    _After,
    _after_at,
    _after_relative,
    _apposition,
    _inverse_predicate,
    _object_predicate,
    _past_adverbials,
    _past_gender,
    _plural_subject_before,
    _predicate,
    _predicated,
    _relative_adverbials,
)
from .words import (
    _STOP_TEXT,
    _acting_words,
    _age_word,
    _cases,
    _head_at,
    _name_cases,
    _Span,
    plural_reading,
)


def _start(c: _Ctx, i: int) -> int:
    """The token the titles of person ``i`` end before: its name, or a genitive name before it
    that is the complement of its title."""
    return c.people[i - 1].first_tok if _complement_name(c, i) else c.people[i].first_tok


def _stack_before(a: _At) -> Iterator[list[_Named]]:
    """The titles right before the name, stacked, and those chained before them by commas."""
    c, i = a
    first = c.people[i].first_tok
    start = _start(c, i)
    spans = _before(c.doc, start, c.lex, c.quoted, c.name(i), c.people[i].oblique)
    if not spans:
        return
    named = [("before_name", s) for s in spans]
    if start != first:  # the last title runs over the genitive name: "заместитель Клишаса"
        s = spans[-1]
        named[-1] = ("name_complement", _Span(s.first, s.head, first))
    chain = _chain(c.doc, [s for _, s in named], c.lex, c.quoted)
    yield [("chained_before", s) for s in chain[:len(chain) - len(named)]] + named


_MAX_EXAMPLE_LEAD = 3  # words from the determiner to the title: "таких групп и | музыкантов"


def _example_opener(doc: Doc, first: int, lex: TitleLexicon) -> int | None:
    """When the name at token ``first`` follows "как" (a comma before it skipped), the token a
    plural title of the list must end before; else None."""
    sent_first = doc.sents[doc.toks[first].sent].first
    k = first - 1
    if k <= sent_first or doc.toks[k].low not in lex.example_openers:
        return None
    end = k - 1 if doc.toks[k - 1].text == "," else k
    return end if end > sent_first else None


def _examples_opened(c: _Ctx, i: int) -> list[_Named]:
    """The plural title whose examples a name opens: "такие артисты, как Иван Петров, …",
    "с такими режиссёрами, как …", "таких групп и музыкантов как …" (the determiner of
    data/title_cues.txt before it, within a few words; not part of the title). Not when an
    adjective judges the class ("такие известные игроки, как …", "такие сильные шахматисты")."""
    doc = c.doc
    end = _example_opener(doc, c.people[i].first_tok, c.lex)
    if end is None:
        return []
    spans = _before(doc, end, c.lex, c.quoted)
    if not spans or not _plural_read(doc.toks[spans[-1].head]):
        return []
    last = spans[-1]
    sent_first = doc.sents[doc.toks[last.head].sent].first
    for k in range(last.head - 1, max(sent_first, last.head - _MAX_EXAMPLE_LEAD) - 1, -1):
        t = doc.toks[k]
        if t.lemma in c.lex.example_determiners:
            return [("list_opener", _Span(max(k + 1, last.first), last.head, last.last))]
        if (p := t.parse) is not None and p.pos in ("ADJF", "PRTF"):
            return []  # "такие известные игроки, как …": a judgement of the class, no title
    return []


def _list_opened(a: _At) -> Iterator[list[_Named]]:
    """The plural titles of a list the name opens: "членам палаты: Светлане Аристовой, …",
    "писатели, среди которых — Павел Басинский и …", "такие артисты, как Иван Петров, …"."""
    c, i = a
    opener = _list_opener(c.doc, c.people[i].first_tok, c.lex)
    if opener is None:
        examples = _examples_opened(c, i)
        if examples:
            yield examples
        return
    spans = _before(c.doc, opener[0], c.lex, c.quoted)
    plural = [s for s in spans if c.doc.toks[s.head].is_plural()]
    head_case = c.doc.toks[spans[-1].head].case if spans else None
    person = c.people[i]
    if plural and plural[-1] is spans[-1] and (
            not opener[1] or head_case == c.doc.toks[_start(c, i)].case or
            # (a name whose words allow the title's case: "волонтерам ОФ «Мейірім» – Айгерим
            # Бекбосыновой", the indeclinable first name read in another case)
            head_case is not None and
            head_case in _name_cases(c.doc.toks[person.first_tok:person.last_tok]) and
            _name_cases(c.doc.toks[person.first_tok:person.last_tok]) != ALL_CASES):
        yield [("list_opener", s) for s in plural]


def _dash_before(a: _At) -> Iterator[list[_Named]]:
    """A singular title before a dash before the name: "Министр обороны — Иван Петров"."""
    c, i = a
    first = c.people[i].first_tok
    case = c.doc.toks[first].case
    while first - 1 > 0 and first - c.people[i].first_tok < 2 and case is not None and \
            (p := c.doc.toks[first - 1].parse) is not None and p.pos == "ADJF" and \
            c.doc.toks[first - 1].case == case:
        first -= 1  # "глава республики — 57-летний Тоомас Ильвес"
    opener = _list_opener(c.doc, first, c.lex)
    if opener is None or not opener[1]:
        return
    spans = _before(c.doc, opener[0], c.lex, c.quoted)
    if spans and not any(c.doc.toks[s.head].is_plural() for s in spans) and \
            _dash_title(c.doc, spans[-1], _start(c, i), c.people[i].last_tok, c.lex):
        yield [("dash_title", spans[-1])]


def _after_named_dash(c: _Ctx, k: int) -> bool:
    """Does token ``k`` follow a dash right after a name ("Иван Петров – директор школы, Анна
    Белова – …": the title is Петров's, not the next name's)?"""
    return k > 0 and c.doc.toks[k - 1].text in _PREDICATE_DASHES and k - 1 in c.by_last


def _comma_before(a: _At) -> Iterator[list[_Named]]:
    """A clause-initial title, a comma, then the name (over an age): "Бывший спикер палаты,
    Нэнси Пелоси", "ушел вице-губернатор края, 35-летний Иван Петров"."""
    c, i = a
    first = c.people[i].first_tok
    comma = first - 1 if first > 1 and _age_word(c.doc.toks[first - 1]) is None else first - 2
    if comma < 1 or c.doc.toks[comma].text != ",":
        return
    spans = _before(c.doc, comma, c.lex, c.quoted)
    if spans and _clause_start(c.doc, spans[0].first) and \
            not _after_named_dash(c, spans[0].first) and \
            c.doc.toks[spans[-1].head].case == c.doc.toks[first].case and \
            not c.doc.toks[spans[-1].head].is_plural():
        yield [("before_comma", spans[-1])]


# The constructions of titles right before a name, for each person: the first that finds
# titles decides (a list opener, a dash or a comma counts only when no title stands right
# before the name). Each title carries its rule's name in RULES: the first rule's are
# before_name, name_complement or chained_before.
_BEFORE_NAME: tuple[Rule[_At, list[_Named]], ...] = (
    Rule("before_name", _stack_before),
    Rule("list_opener", _list_opened),
    Rule("dash_title", _dash_before),
    Rule("before_comma", _comma_before),
)


def _plan(c: _Ctx) -> None:
    """The titles before each name (``c.before``): those of the first rule of ``_BEFORE_NAME``
    that finds some; a genitive name that is the complement of the title of the name after it
    keeps only its genitive titles ("помощник бывшего мэра Ивана Петрова Олег Смирнов"); a title
    predicated of the name from before it comes first ("Главой комитета назначен …")."""
    for i in range(len(c.people)):
        found = first_match(_BEFORE_NAME, (c, i))
        if found is not None:
            c.before[i] = found[1]
    for i in range(1, len(c.people)):
        if _complement_name(c, i):
            # a genitive read from the head, not allowed by an unknown one: "экс-директор ФБР
            # из администрации Билла Клинтона Луис Фри" is no title of Клинтон
            # (not the title it is the complement of, in the case of the name after it:
            # "советника Путина Михаила Лесина")
            person = c.people[i]
            cases = _name_cases(c.doc.toks[person.first_tok:person.last_tok])
            theirs = {s.head for _, s in c.before.get(i, []) if c.doc.toks[s.head].case in cases}
            own = [(r, s) for r, s in c.before.pop(i - 1, [])
                   if "gent" in _cases(c.doc.toks[s.head]) and s.head not in theirs]
            if own:
                c.before[i - 1] = own
    for i, person in enumerate(c.people):
        if c.before.get(i, [("", None)])[0][0] == "inverse_predicate":
            continue  # a list member given the title of the list's first name
        anchor = c.before[i][0][1].first if i in c.before else person.first_tok
        found_inverse = _inverse_predicate(c.doc, anchor, c.lex, c.quoted)
        if found_inverse and _nominative_name(c.doc, person):
            named: list[_Named] = [("inverse_predicate", s) for s in found_inverse]
            c.before[i] = [*named, *c.before.get(i, [])]
            if c.doc.toks[found_inverse[-1].head].is_plural():
                for j in _list_members(c, i):  # "Заместителями стали Петров и Смирнов"
                    c.before[j] = [*named, *c.before.get(j, [])]
    for i, title in _listed_after_intro(c):
        c.before[i] = [("inverse_predicate", title)]
    for i in sorted(c.before):
        c.by_anchor.setdefault(c.before[i][0][1].first, i)


def _listed_after_intro(c: _Ctx) -> Iterator[tuple[int, _Span]]:
    """The people opening the items of a list whose intro predicates a plural title of them
    ("Председателями постоянных комиссий избраны:" + "Байтенова Сауле Каировна — комиссия по
    …;" + "по бюджету — Литвиненко Андрей Олегович;"): the intro's title, the first person of
    each item that has no title before it."""
    doc = c.doc
    seen: set[int] = set()
    intros: dict[int, list[_Span]] = {}
    for i, person in enumerate(c.people):
        si = doc.toks[person.first_tok].sent
        if i in c.before or si in seen or not doc.starts_line(si):
            continue
        seen.add(si)
        intro = doc.list_intro(si)
        if intro is None or any(t.text in QUOTES or t.ner == "ORG"
                                for t in doc.toks[doc.sents[si].first:person.first_tok]):
            continue  # "— ОО «Луч» (руководитель Анна Белова)": the item's holder is no person
        if intro not in intros:
            colon = doc.sents[intro].last - 1
            found = _inverse_predicate(doc, colon, c.lex, c.quoted) \
                if doc.toks[colon].text == ":" else []
            intros[intro] = [s for s in found if doc.toks[s.head].is_plural()]
        for title in intros[intro][-1:]:
            yield i, title


def _nominative_name(doc: Doc, person: PersonCandidate) -> bool:
    """May a name be the subject of a predicate before it: its words allow the nominative, or
    a nominative adjective right before it agrees with it where the morphology guesses a
    foreign name's case wrong ("назначен 75-летний Адзума Косииси"); or the object, in the
    accusative, of a plural verb whose plural subject stands before it."""
    cases = _name_cases(doc.toks[person.first_tok:person.last_tok])
    if "nomn" in cases:
        return True
    k = person.first_tok - 1
    if "accs" in cases and k >= 1 and _plural_subject_before(doc, k, 1) != k:
        return True  # "Главой … депутаты избрали | Дмитрия Ермакова": the verb's object
    p = doc.toks[k].parse if k >= 0 else None
    return p is not None and p.pos == "ADJF" and doc.toks[k].case == "nomn" and \
        all(not q.known for t in doc.toks[person.first_tok:person.last_tok] for q in t.parses
            if q.pos == "NOUN")


def _planned(rule: str) -> Callable[[_Ctx], Iterator[_Found]]:
    """The titles of ``rule`` among the titles before the names (``_plan``)."""
    def find(c: _Ctx) -> Iterator[_Found]:
        for i, named in sorted(c.before.items()):
            yield from (_Found(c.people[i], s) for r, s in named if r == rule)
    return find


def _list_over_names(c: _Ctx) -> Iterator[_Found]:
    """A name with no title before it that continues a list whose first name has a plural
    title: the list's plural titles ("членам палаты: Светлане Аристовой, Николаю Бухавцеву")."""
    for i, person in enumerate(c.people):
        owner = _list_owner(c.doc, c.people, i) if i not in c.before else None
        if owner is None or owner not in c.before:
            continue
        spans = [s for _, s in c.before[owner]]
        case = c.doc.toks[c.people[owner].first_tok].case
        if not _plural_in(c.doc.toks[spans[-1].head], case):
            # the names of a list share a case: one after a long genitive chain the tagger may
            # misread ("студентки государственного университета | Камила …, и Виктория …")
            case = c.doc.toks[person.first_tok].case
        if _plural_in(c.doc.toks[spans[-1].head], case):
            yield from (_Found(person, s) for s in spans
                        if _plural_in(c.doc.toks[s.head], case))


def _plural_in(t: Tok, case: str | None) -> bool:
    """A plural head, read so or a plural in the case of the list's first name the tagger read
    otherwise ("победителей | учителя | Ирина …, Андрей …")."""
    return _plural_read(t) or case is not None and plural_reading(t, case)


def _coordinated_names(c: _Ctx) -> Iterator[_Found]:
    """A plural title after names joined by "и" is each one's: "Петров и Смирнова — известные
    художники", "Петров и Смирнов, ставшие советниками мэра", "Петров и Смирнов (оба
    являются депутатами)" (not a singular one: "Петров и Смирнов, глава района")."""
    doc = c.doc
    found: set[tuple[int, _Span]] | None = None
    for i, person in enumerate(c.people):
        owner = _list_owner(doc, c.people, i)
        if owner is None or not any(
                t.low == "и" for t in doc.toks[c.people[owner].last_tok:person.first_tok]):
            continue
        span = _shared_title(c, person.last_tok)
        if span is None:
            continue
        if found is None:  # the titles the names have already (the last one's, often)
            found = {(f.person.first_tok, f.span) for _, f in c.found}
        for j in range(owner, i + 1):
            if (c.people[j].first_tok, span) not in found:
                yield _Found(c.people[j], span)


# relative pronouns of possession: the noun after them names others, what the names own
_POSSESSIVE_RELATIVES = frozenset({"чей"})


def _shared_title(c: _Ctx, stop: int) -> _Span | None:
    """The plural title after names ending at token ``stop``: an apposition, or the title a
    plural participle, relative clause or linking verb predicates (over "оба", "все":
    data/title_cues.txt group_word)."""
    doc = c.doc
    at = _after_at(doc, stop)
    if at is None:
        return None
    k = at.word
    while k < at.stop and doc.toks[k].low in c.lex.group_words:
        k += 1
    if k < at.stop and doc.toks[k].low == "которые":
        k += 1
    p = doc.toks[k].parse if k < at.stop else None
    if p is None or doc.toks[k].lemma in _POSSESSIVE_RELATIVES:
        return None  # "Петров и Смирнов, чьи воспитанники …": the pupils are others
    if p.pos in ("VERB", "PRTF", "PRTS"):
        if "plur" not in p.grams or (p.normal not in c.lex.title_verbs and
                                     p.normal not in c.lex.linking_verbs):
            return None
        span = _predicated(doc, _past_adverbials(doc, k + 1, at.stop, c.lex), at.stop,
                           c.lex, c.quoted)
        return span if span is not None and _plural_read(doc.toks[span.head]) else None
    return _apposition(doc, _After(at.k, k, at.stop), c.lex, c.quoted, plural=True)


def _after_relative_rule(a: _Near) -> Iterator[_Span | None]:
    c, person = a
    at = _after_at(c.doc, person.last_tok)
    if at is not None and at.k < at.stop and c.doc.toks[at.k].low in _RELATIVE:
        yield _after_relative(c.doc, at, c.lex, c.quoted)


def _after_participle_rule(a: _Near) -> Iterator[_Span | None]:
    """"Петров, исполняющий обязанности главы района", "…, работавший юристом"."""
    c, person = a
    at = _after_at(c.doc, person.last_tok)
    if at is None:
        return
    if _acting_words(c.doc, at.word) is not None:
        yield _predicated(c.doc, at.word, at.stop, c.lex, c.quoted, None)
        return
    # past a short adverbial before it: "…, до этого работавшая руководителем отдела"
    word = _relative_adverbials(c.doc, at.word, at.stop)
    p = c.doc.toks[word].parse if word < at.stop else None
    if p is None or p.pos != "PRTF":
        return
    k = _past_adverbials(c.doc, word + 1, at.stop, c.lex)  # "…, работавший ранее юристом"
    if p.normal in c.lex.title_verbs:
        yield _predicated(c.doc, k, at.stop, c.lex, c.quoted)
    elif k < at.stop and c.doc.toks[k].case not in (None, c.doc.toks[word].case) and \
            not _head_at(c.doc, word, c.lex):
        yield None  # "Петров, представившийся офицером полиции": the participle governs a role
        # he claims or a name he is given, no apposition ("…, уважаемый врач": one; "…,
        # управляющий компанией": a title head itself)


def _after_name_rule(a: _Near) -> Iterator[_Span | None]:
    c, person = a
    at = _after_at(c.doc, person.last_tok)
    if at is not None:
        span = _apposition(c.doc, at, c.lex, c.quoted)
        yield None if span is not None and _next_subject(c.doc, person, span) else span


def _next_subject(doc: Doc, person: PersonCandidate, span: _Span) -> bool:
    """Is the title after the name, its sentence opened by other words ("По словам Ивана
    Петрова, | …", "Как рассказал Иван Петров, | …": an oblique name, or one after a verb),
    followed right by a finite verb: the subject of the next clause ("…, губернатор области |
    подписал указ", "…, президенту | придется уйти"), no apposition?"""
    toks = doc.toks
    sent = doc.sents[toks[person.first_tok].sent]
    if person.first_tok == sent.first or span.last >= sent.last or toks[span.last].pos != "VERB":
        return False
    # a nominative name with no verb before it is that verb's subject, its title's comma
    # forgotten ("На форуме Иван Петров, директор школы рассказал …")
    return "nomn" not in _name_cases(toks[person.first_tok:person.last_tok]) or any(
        t.pos == "VERB" for t in toks[sent.first:person.first_tok])


# The constructions of a title after a name, for each person: the first that applies decides
# (its title may be None: "Петров, который пришел" has none, and no apposition is looked for).
_AFTER: tuple[Rule[_Near, _Span | None], ...] = (
    Rule("after_relative", _after_relative_rule),
    Rule("after_participle", _after_participle_rule),
    Rule("after_name", _after_name_rule),
)


def _some(span: _Span | None) -> Iterator[_Span]:
    if span is not None:
        yield span


def _past_apposition(c: _Ctx, person: PersonCandidate) -> _Span | None:
    """The title predicated of a nominative name past its apposition between commas:
    "Иван Петров, адвокат из Ричмонда, является президентом ассоциации"."""
    doc, stop = c.doc, person.last_tok
    if doc.toks[stop - 1].case != "nomn":
        return None
    at = _after_at(doc, stop)
    if at is None or doc.toks[stop].text != ",":
        return None
    span = _apposition(doc, at, c.lex, c.quoted)
    if span is None or span.last >= at.stop or doc.toks[span.last].text != "," or \
            doc.toks[span.head].case != "nomn" or \
            (p := doc.toks[span.last + 1].parse) is None or p.pos not in _PREDICATE_OPENERS \
            or "Ques" in p.grams:
        return None  # "…, директор школы, где работал учителем": another clause's
    return _predicate(doc, span.last + 1, c.lex, c.quoted)


_PREDICATE_OPENERS = frozenset({"VERB", "PRTS", "ADVB", "PRCL", "PREP"})


_MAX_FIRST_PREDICATE = 10
_PREDICATE_JOINS = frozenset({"а", "и", "но"})


def _verb_gender(tok: Tok) -> str | None:
    p = tok.parse
    return None if p is None else next((g for g in ("masc", "femn", "neut", "plur")
                                        if g in p.grams), None)


def _verbs_agree(a: Tok, b: Tok) -> bool:
    """Can two verbs share one subject: one gender (and number), or a singular past and a
    third person singular present, which tells none ("занимал пост, с 2002 года является
    спикером")?"""
    ga, gb = _verb_gender(a), _verb_gender(b)
    if ga == gb:
        return True
    return {ga, gb} - {None} <= _SINGULAR and any(
        t.parse is not None and _present_third(t.parse.grams) for t in (a, b))


_SINGULAR = frozenset({"masc", "femn", "neut"})


# What separates a name's first predicate from a second: "возглавлял компанию, а затем был …",
# "занимал много постов: был министром, …"
_SECOND_PREDICATE_SEPARATORS = frozenset({",", ":"})


def _second_predicate(c: _Ctx, person: PersonCandidate) -> _Span | None:
    """The title a second verb of the name's clause predicates, after a comma, a colon or "и":
    "Иван Петров возглавлял компанию, а в 2010 году был мэром Еревана", "занимал много постов:
    был министром…", "учился во Франции и работал консультантом" (the verbs agree in gender;
    no other name, no other conjunction and no relative word between)."""
    return second_predicate(c.doc, person.last_tok, c.lex, c.quoted)


def second_predicate(doc: Doc, stop: int, lex: TitleLexicon, quoted: set[int]) -> _Span | None:
    """``_second_predicate`` of the subject (a name or a pronoun) that ends at ``stop``."""
    if doc.toks[stop - 1].case != "nomn":
        return None
    sent = doc.sents[doc.toks[stop - 1].sent]
    first = None
    k = stop
    while k < sent.last and k - stop <= _MAX_FIRST_PREDICATE and \
            doc.toks[k].text not in _SECOND_PREDICATE_SEPARATORS and \
            not (first is not None and doc.toks[k].low == "и"):
        t = doc.toks[k]
        if t.ner == "PER" or t.text in _STOP_TEXT or t.parse is not None and (
                t.parse.pos in ("CONJ", "NPRO") or "Ques" in t.parse.grams):
            return None
        if first is None and t.parse is not None and t.parse.pos == "VERB":
            first = k
        k += 1
    if first is None or k >= sent.last or doc.toks[k].text not in _SECOND_PREDICATE_SEPARATORS \
            and doc.toks[k].low != "и":
        return None
    k += 1
    if k < sent.last and doc.toks[k].low in _PREDICATE_JOINS:
        k += 1
    if k < sent.last and (p := doc.toks[k].parse) is not None and p.pos in ("ADVB", "PRCL") \
            and p.normal != "не":
        k += 1  # "…, а также является главой комитета" (not "а не является")
    k = _relative_adverbials(doc, k, sent.last)
    verb = doc.toks[k] if k < sent.last else None
    if verb is None or verb.parse is None or verb.parse.pos != "VERB" or \
            verb.parse.normal not in lex.title_verbs or "intr" not in verb.parse.grams or \
            not _verbs_agree(verb, doc.toks[first]):
        return None  # "…назначил, а затем уволил с поста советника": the post is the object's
    return _predicate(doc, k, lex, quoted, doc.toks[k].sent)


def _second_predicates(c: _Ctx) -> Iterator[_Found]:
    """The title of a second predicate of a name whose first predicate has its own ("Петров был
    дипломатом и работал консулом Японии"): the first is the rule "predicate"'s."""
    for person in c.people:
        span = _second_predicate(c, person)
        if span is not None and not c.taken(span):
            yield _Found(person, span)


def _dashed_predicates(c: _Ctx) -> Iterator[_Found]:
    """A second instrumental title joined by a dash to the one the name's predicate gives, the
    same post named twice ("был назначен начальником Генштаба - первым заместителем министра
    обороны")."""
    for person in c.people:
        span = _predicate(c.doc, person.last_tok, c.lex, c.quoted)
        if span is None:
            continue
        k = span.last
        if k + 1 >= len(c.doc.toks) or c.doc.toks[k].text not in _PREDICATE_DASHES or \
                c.doc.toks[k + 1].sent != c.doc.toks[k].sent:
            continue
        second = _predicated(c.doc, k + 1, c.doc.sents[c.doc.toks[k].sent].last, c.lex,
                             c.quoted)
        if second is not None and c.doc.toks[second.head].case == \
                c.doc.toks[span.head].case and not c.taken(second):
            yield _Found(person, second)


def _name_predicate(a: _Near) -> Iterator[_Span]:
    c, person = a
    if _verb_gender_clash(c.doc, person):
        return  # "Дочь Ивана Петрова стала директором": the verb's subject is someone else
    yield from _some(_predicate(c.doc, person.last_tok, c.lex, c.quoted) or
                     _past_apposition(c, person) or _second_predicate(c, person))


def _verb_gender_clash(doc: Doc, person: PersonCandidate) -> bool:
    """Is the verb right after a name in an oblique case a past singular of the other gender
    than the name's?"""
    k = person.last_tok
    if not person.oblique or person.gender not in ("masc", "femn") or k >= len(doc.toks):
        return False  # only a name in an oblique case: an undeclined one tells no gender
    gender = _past_gender(doc.toks[k])
    return gender is not None and gender != person.gender


# The predicates of a name, for each person: the first that finds a title decides.
_PREDICATE: tuple[Rule[_Near, _Span | None], ...] = (
    Rule("predicate", _name_predicate),
    Rule("object_predicate", lambda a: _some(_object_predicate(
        a[0].doc, a[1].first_tok, a[1].last_tok, a[0].lex, a[0].quoted))),
)


def _decisions(c: _Ctx, rules: tuple[Rule[_Near, _Span | None], ...]
               ) -> list[tuple[str, _Span | None] | None]:
    """For each person, the first rule of ``rules`` that decides and its title (once per
    text)."""
    if rules not in c.decisions:
        c.decisions[rules] = [first_match(rules, (c, p)) for p in c.people]
    return c.decisions[rules]


def _decided(rules: tuple[Rule[_Near, _Span | None], ...], rule: str
             ) -> Callable[[_Ctx], Iterator[_Found]]:
    """The titles of ``rule``: for each person, the title of the first rule of ``rules`` that
    decides, when it is ``rule`` and no earlier title claimed its head or the words before it
    (a title of the name that ends it may lie in its complement: "работал заместителем
    губернатора Андрея Травникова")."""
    def find(c: _Ctx) -> Iterator[_Found]:
        for person, found in zip(c.people, _decisions(c, rules)):
            if found is not None and found[0] == rule and found[1] is not None and \
                    not c.taken(_Span(found[1].first, found[1].head, found[1].head + 1)):
                yield _Found(person, found[1])
    return find
