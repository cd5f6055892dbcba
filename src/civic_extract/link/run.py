"""The linker's two steps: ``gather`` the facts of a parsed document, ``assemble`` a text's
entities from its facts (see the package's docstring)."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import TypedDict

from ..document import Doc, key
from ..extractors.awards import ROMAN, AwardCandidate
from ..extractors.people import PersonCandidate
from ..extractors.statistics import StatCandidate
from ..extractors.titles import RoleMention, TitleCandidate, plural_over_list
from ..lexicon import Lexicon
from ..model import Award, Mention, Organization, Person, Place, Statistic, Title, TraceEvent
from ..resolve import Resolved
from ..rules import Trace
from ..spans import Hull, Inside
from .awards import Party, award_facts, award_records
from .facts import EventFact, Facts, Recipient, StatFact
from .named import (
    org_facts,
    org_records,
    place_facts,
    place_records,
    places_within,
    repeated_mentions,
)
from .owners import kind_references, title_owners
from .people import (
    PersonGroup,
    common_word,
    lowercase_stems,
    merge_people,
    names_someone,
    person_facts,
    place_keys,
    place_named,
    same_surnames,
    surname_stems,
)
from .score import Marks
from .titles import attach_titles, bare_status, role_facts, title_facts, title_records

__all__ = ["gather", "assemble"]


def _apposed_cases(doc: Doc, titles: Sequence[TitleCandidate],
                   people: Sequence[PersonCandidate], award_ends: AbstractSet[int]
                   ) -> dict[int, str]:
    """The case of the title right before a name, by the name's first token, when the name's
    last word can be in it: an apposition agrees with its title, whatever case the tagger read
    in the name ("председатель ОО «Ақ ниет» | Раушан Исмаилова", "волонтеру из Шымкента |
    Айгерим Сапаровой"). A genitive right after an award's mention (``award_ends``) that can
    be an accusative is the object that gets it ("наградил медалью «За труд» | учителя Ивана
    Петрова", "орденом Почета | Ивана Петрова")."""
    out: dict[int, str] = {}
    for t in titles:
        k = t.person.first_tok
        if t.rule != "before_name" or t.last_tok != k or t.person.last_tok <= k:
            continue
        head = next((x for x in doc.toks[t.first_tok:t.last_tok]
                     if x.lemma.replace("ё", "е") == t.head.replace("ё", "е")), None)
        last = doc.toks[t.person.last_tok - 1]
        if head is not None and plural_over_list(doc, head, t.person.last_tok):
            continue  # "Гонщицы | Анна Белова и Мария Росси": a plural, the names' own case
        if head is not None and head.case is not None and (
                not last.parses or any(head.case in w.grams for w in last.parses)) and (
                not head.parses or any(head.case in w.grams or "Fixd" in w.grams
                                       for w in head.parses)):  # ("старосте": no genitive)
            out[k] = _object_case(doc, t.first_tok, t.person.last_tok, head.case, award_ends)
    for p in people:
        case = doc.toks[p.first_tok].case
        if p.first_tok not in out and case is not None and _after_award(doc, p.first_tok,
                                                                        award_ends):
            out[p.first_tok] = _object_case(doc, p.first_tok, p.last_tok, case, award_ends)
    return out


def _after_award(doc: Doc, first: int, award_ends: AbstractSet[int]) -> bool:
    """Does token ``first`` follow an award's mention, over its degree ("… «…» III степени |
    Ивана …")?"""
    if first >= 2 and doc.toks[first - 1].low == "степени" and \
            ROMAN.match(doc.toks[first - 2].text):
        first -= 2
    return first in award_ends


def _object_case(doc: Doc, first: int, last: int, case: str, award_ends: AbstractSet[int]
                 ) -> str:
    """``case``, or the accusative when the words [first, last) stand right after an award's
    mention in a genitive every word of which can be an accusative."""
    if case == "gent" and _after_award(doc, first, award_ends) and all(
            any("accs" in w.grams for w in t.parses)
            for t in doc.toks[first:last] if t.is_word() and t.parses):
        return "accs"
    return case


def gather(doc: Doc, lex: Lexicon, res: Resolved, titles: Sequence[TitleCandidate],
           roles: Sequence[RoleMention], awards: Sequence[AwardCandidate],
           stats: Sequence[StatCandidate], lone: Sequence[PersonCandidate] = (),
           trace: Trace | None = None) -> Facts:
    """The facts of one parsed document."""
    people = person_facts(doc, res.people)
    title_spans = Hull((t.first_tok, t.last_tok) for t in titles)
    # the person a thing is named after ("училище имени Гнесиных") is no party to an award there
    apposed = _apposed_cases(doc, titles, res.people, {a.last_tok for a in awards})
    # a surname alone that names someone named in full before is a party too ("Серикбаев
    # родился … Награжден медалью …")
    lone_people = person_facts(doc, lone)
    stems = surname_stems(people)
    named = [(c, p) for c, p in zip(lone, lone_people) if names_someone(p, stems)]
    parties = [Party(c.first_tok, c.last_tok, Recipient(-1, person=p.span), gender=c.gender,
                     nominative=c.nominative, apposed=apposed.get(c.first_tok))
               for c, p in [*zip(res.people, people), *named] if c.rule != "eponym"]
    parties += [Party(o.first_tok, o.last_tok, Recipient(-1, organization=o.name),
                      title_spans.contains((o.first_tok, o.last_tok)))
                for o in res.organizations]
    # "ОФ «Көмек» … Фонд получил …": a bare kind word stands for the organization it refers to
    taken = [(x.first_tok, x.last_tok) for x in res.people] + \
        [(x.first_tok, x.last_tok) for x in res.organizations] + \
        [(x.first_tok, x.last_tok) for x in res.places]
    parties += [Party(k, k + 1, Recipient(-1, organization=o.name),
                      title_spans.contains((k, k + 1)))
                for k, o in kind_references(doc, res.organizations, taken, lex.organizations)]
    parties.sort(key=lambda p: (p.first, p.last))
    return Facts(
        tuple(people),
        tuple(title_facts(doc, titles, title_owners(doc, titles, res.organizations, res.people,
                                                    lex.organizations))),
        tuple(role_facts(doc, roles)),
        tuple(org_facts(doc, res.organizations, lex.places)),
        tuple(place_facts(doc, lex.places, res.places)),
        tuple(award_facts(doc, lex.awards, awards, parties, trace)),
        tuple(StatFact(_span(doc, s.first_tok, s.last_tok), s.value, s.unit, s.head,
                       s.qualifier, s.rule, s.kind) for s in stats),
        tuple(EventFact(_span(doc, e.first, e.last), e.kind, e.rule, e.verdict)
              for e in (trace.events if trace is not None else ()) if e.last > e.first),
        tuple(lone_people),
        tuple(_span(doc, s.first, s.last) for s in doc.sents if s.chrome and s.last > s.first))


def _span(doc: Doc, first: int, last: int) -> tuple[int, int]:
    m = doc.tok_mention(first, last)
    return m.start, m.stop


def _person(text: str, g: PersonGroup, titles: tuple[Title, ...], marks: Marks) -> Person:
    best = g.best
    first = min(g.facts, key=lambda f: f.span)
    return Person(best.name, g.part("last"), g.part("first"), g.part("middle"), titles,
                  tuple(sorted({Mention(a, b, text[a:b]) for a, b in (f.span for f in g.facts)})),
                  marks.rule(first.rule),
                  marks.score("people", (f.rule for f in g.facts), len(g.facts),
                              bool(g.part("first") and g.part("last")) + bool(titles) +
                              g.written(text)))


def _statistic(text: str, s: StatFact, marks: Marks) -> Statistic:
    said = text[s.span[0]:s.span[1]]
    # a number written in digits is read more surely than number words
    digits = any(c.isdigit() for c in said)
    return Statistic(s.value, s.unit, s.head, s.qualifier, Mention(*s.span, said),
                     marks.rule(s.rule), marks.score("statistics", (s.rule,), 1, digits, s.kind),
                     s.kind)


class ArticleFields(TypedDict):
    """The fields of an Article that ``assemble`` fills."""

    people: tuple[Person, ...]
    organizations: tuple[Organization, ...]
    places: tuple[Place, ...]
    awards: tuple[Award, ...]
    statistics: tuple[Statistic, ...]
    trace: tuple[TraceEvent, ...]


def _places_read_as_people(text: str, groups: list[PersonGroup], places: list[Place],
                           place_spans: list[tuple[tuple[int, int], str]]) -> list[PersonGroup]:
    """The people of the text but those named by one word, with no title, that the text writes
    as it writes a place (``place_named``): their mentions become the place's."""
    kept = []
    keys = place_keys(places)
    for g in groups:
        i = None if g.titles else place_named(g, keys)
        if i is None:
            kept.append(g)
            continue
        more = {Mention(a, b, text[a:b]) for a, b in (f.span for f in g.facts)}
        places[i] = replace(places[i], mentions=tuple(sorted(set(places[i].mentions) | more)))
        place_spans += [(f.span, places[i].name) for f in g.facts]
    return kept


def assemble(text: str, facts: Facts, lex: Lexicon, trace: bool = False) -> ArticleFields:
    """The entities of a whole text from its facts (the Article's fields); with ``trace``,
    each names the rule that found its first mention, and the trace is kept."""
    marks = Marks(lex.scores, trace)
    orgs, org_spans = org_records(text, facts.organizations, facts.places, marks, lex.places)
    places, place_spans = place_records(
        text, facts.places, facts.people, marks,
        Hull(o.extent or o.span for o in facts.organizations))
    groups, owner = merge_people(facts.people + same_surnames(facts))
    attach_titles(groups, owner, facts.titles, facts.roles, lex.titles)
    groups = _places_read_as_people(text, groups, places, place_spans)
    lowercase = lowercase_stems(text)
    groups = [g for g in groups if g.titles or not common_word(g, lowercase)]
    bare = bare_status(groups, lex.titles)
    org_at, place_at = Inside(org_spans), Inside(place_spans)
    people = [_person(text, g, title_records(text, g, org_at, place_at, marks), marks)
              for g in groups]
    name_of_group = {id(g): p.name for g, p in zip(groups, people)}
    order = sorted(range(len(groups)), key=lambda i: groups[i].start)
    titled: dict[str, list[str]] = {}  # a title's head → the people holding it, in text order
    for i in order:
        heads = [t.head for t in people[i].titles] + [t.head for t in bare[i]]
        for head in dict.fromkeys(h.replace("ё", "е") for h in heads):
            titled.setdefault(head, []).append(people[i].name)
    org_names = {key(n): o.name for o in orgs for n in (*o.aliases, o.name)}
    # the article's main person: the most named, of those named outside an award's name ("он
    # стал лауреатом премии имени Кузьмы Минина": not Минин)
    in_award = Hull(a.span for a in facts.awards)
    main = max((g for g in groups if not all(in_award.contains(f.span) for f in g.facts)),
               key=lambda g: (len(g.facts), -g.start), default=None)

    def names_of(r: Recipient) -> list[str]:
        if r.person is not None:  # (none for a person who turned out a place, or a surname
            # alone inside an organization's or a place's name)
            g = owner.get(r.person)
            name = name_of_group.get(id(g)) if g is not None else None
            return [name] if name is not None else []
        if r.organization is not None:
            return [org_names.get(key(r.organization), r.organization)]
        if r.group is not None:  # "Победителям вручены дипломы": those named "победитель"
            holders = titled.get(r.group, [])
            return holders if not r.one or len(holders) == 1 else []
        return [name_of_group[id(main)]] if main is not None else []

    stats = tuple(_statistic(text, s, marks) for s in facts.statistics)
    events = tuple(TraceEvent(e.kind, e.rule, e.verdict, Mention(*e.span, text[slice(*e.span)]))
                   for e in facts.events) if trace else ()
    held = [m for p in people for m in p.mentions] + [m for p in places for m in p.mentions] + \
        [m for o in orgs for m in o.mentions]
    taken = [(m.start, m.stop) for m in held] + list(facts.chrome)
    return {
        "people": tuple(people[i] for i in order),
        "organizations": tuple(repeated_mentions(text, orgs, taken, lowercase)),
        "places": tuple(places_within(text, places, org_spans)),
        "awards": tuple(award_records(text, facts.awards, names_of, marks)),
        "statistics": stats,
        "trace": events,
    }

