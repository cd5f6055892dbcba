"""The resolver: the one place that settles overlaps between the span extractors' candidates.

People, organizations and places are found independently (each extractor reads the parsed
document alone); where their spans overlap, the rules below decide, in this order:

1. ``quoted_name``: a person inside a quoted name is part of that name («Центр имени Абая»), but
   one in a work's quoted name is a person the text names ("фильм «Спасти рядового Райана»");
   ``award_name``: an award's name written without quotes ("вручили Алғыс хат") is no person
   and no place;
2. ``known_organization``: a gazetteer organization outranks the person or place the NER saw on
   its words ("команда Феррари", "клуб Челси"); a person's name the NER ran on from it
   ("оператор Аль-Джазиры Сами аль-Хадж") keeps the words after it, and those words stop being a
   person's in the resolved labels (a title before the organization reaches the person after
   it); a place inside the name stays ("Голос | Америки");
3. ``place_named_after``: a gazetteer's place named after a person ("района Магжана Жумабаева")
   holds the name: a person the NER saw in it is none, one it ran on from it the words after it;
   ``name_ends_body``: an organization or a place that runs into a person's name going on after
   it ends before it; ``place_over_person``: a span that is both a person and a place is the
   place ("Эфиопия"); ``name_parts``: a place or an organization inside a longer person's name
   is part of the name ("района Смагулов | Мейржан Серикбосынович"), as is one a name after a
   title overlaps;
4. ``person_named_elsewhere``: a name the NER calls an organization here and a person
   elsewhere ("Владимир Макеенко … Макеенко заявил") is the person; ``name_after_body``: an
   organization that runs on into such a person's full name in the nominative ends before it
   ("глава МАГАТЭ | Юкия Амано"); ``person_not_place``: a place the NER saw on a first name and
   a dictionary surname ("Ахмат-Хаджи Кадырова") too;
5. ``one_type``: the same words are one kind of entity: of an organization and a person or a
   place with one span, the one a cue found ("кланов Бонанно, Гамбино": organizations; "им.
   Фрунзе": a person), else the one of the NER's type, else the organization;
   ``landmark_named_as_org``: a landmark named by adjectives and its word ("станции Красноярской
   ГЭС") that the text names an organization elsewhere (АО «Красноярская ГЭС») is none;
6. ``person_labels``: a person the NER did not tag (a name after a title: "Аким Алматы Ерболат
   Досаев открыл форум") is a person in the resolved labels.

The result is frozen. The parsed document is never changed: the labels the resolver changes make
a new document layer (``Doc.relabeled``) that the later extractors read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from .document import Doc, Tok
from .extractors.organizations import OrgCandidate
from .extractors.people import PersonCandidate, person_from_tokens
from .extractors.phrase import eponym_before, nominative, word_stem
from .extractors.places import PlaceCandidate
from .extractors.surroundings import abbreviation_word
from .lexicon import PeopleLexicon
from .quotes import QUOTES
from .spans import Cover, Hull
from .text.morph import Morphology

__all__ = ["Resolved", "resolve"]


@dataclass(frozen=True, slots=True)
class Resolved:
    doc: Doc  # the parsed document with the resolver's labels
    people: tuple[PersonCandidate, ...]
    organizations: tuple[OrgCandidate, ...]
    places: tuple[PlaceCandidate, ...]


def _overlap(spans: Sequence[tuple[int, int]], a: int, b: int) -> tuple[int, int] | None:
    return next(((f, e) for f, e in spans if f < b and a < e), None)


def _outside_quotes(doc: Doc, people: Sequence[PersonCandidate],
                    works: frozenset[str] = frozenset()) -> list[PersonCandidate]:
    """The people outside every quoted name but a work's ("фильм «Спасти рядового Райана»",
    "картины «Портрет А. П. Остроумовой», «Арлекин и дама»")."""
    quoted = doc.quotes.quoted - _in_works(doc, works)
    return [p for p in people if not any(k in quoted for k in range(p.first_tok, p.last_tok))]


def _in_works(doc: Doc, works: frozenset[str]) -> set[int]:
    """The tokens of the quoted names that a work's word opens, alone or as the first of a list
    ("фильмах «Ученик», «Юрьев день»")."""
    out: set[int] = set()
    toks = doc.toks
    work = False
    prev_end = -1
    for a, b in doc.quotes.names:
        gap = [t for t in toks[prev_end:a - 1] if t.text not in QUOTES] if prev_end >= 0 else []
        listed = work and prev_end >= 0 and all(t.text in (",", "и", "(", ")") or
                                                t.text.isdigit() or t.low == "год"
                                                for t in gap)
        before = toks[a - 2] if a >= 2 else None
        work = listed or any(t.lemma.replace("ё", "е") in works
                             for t in (before, toks[a]) if t is not None)
        if work:
            out.update(range(a, b))
        prev_end = b + 1
    return out


def _yield_to_known(doc: Doc, morph: Morphology, lex: PeopleLexicon,
                    orgs: Sequence[OrgCandidate],
                    people: Sequence[PersonCandidate], places: Sequence[PlaceCandidate]
                    ) -> tuple[list[PersonCandidate], list[PlaceCandidate], dict[int, str]]:
    known = [(o.first_tok, o.last_tok) for o in orgs if o.known]
    if not known:
        return list(people), list(places), {}
    kept_people = []
    relabel: dict[int, str] = {}
    for p in people:
        span = _overlap(known, p.first_tok, p.last_tok)
        if span is None:
            kept_people.append(p)
            continue
        relabel.update((k, "ORG") for k in range(max(p.first_tok, span[0]),
                                                 min(p.last_tok, span[1])))
        if span[0] <= p.first_tok and span[1] < p.last_tok:
            rest = person_from_tokens(doc, span[1], p.last_tok, morph, lex)
            if rest is not None:
                kept_people.append(rest)
    kept_places = [p for p in places if (span := _overlap(known, p.first_tok, p.last_tok)) is None
                   or span[0] <= p.first_tok and p.last_tok <= span[1]
                   and p.last_tok - p.first_tok < span[1] - span[0]]
    return kept_people, kept_places, relabel


@dataclass
class _State:
    """What the resolver's rules work on, one after the other."""

    doc: Doc
    morph: Morphology
    lex: PeopleLexicon
    people: list[PersonCandidate]
    orgs: list[OrgCandidate]
    places: list[PlaceCandidate]
    relabel: dict[int, str]


def _quoted_name(s: _State) -> None:
    s.people = _outside_quotes(s.doc, s.people, s.lex.works)


def _award_name(s: _State) -> None:
    """The words of an award's name written without quotes ("вручили Алғыс хат", "Құрмет
    грамотасы вручена") are no person and no place the NER saw on them."""
    s.people = [p for p in s.people if not _award_name_at(s, p.first_tok)]
    s.places = [p for p in s.places if not _award_name_at(s, p.first_tok)]


def _award_name_at(s: _State, k: int) -> bool:
    """Does a name of ``PeopleLexicon.award_names`` start at token ``k``, its later words in
    any case ("Алғыс | хатом")?"""
    toks = s.doc.toks
    return any(k + len(name) <= len(toks) and toks[k].low == name[0] and
               all(t.low.startswith(w) for t, w in zip(toks[k + 1:k + len(name)], name[1:]))
               for name in s.lex.award_names)


def _known_organization(s: _State) -> None:
    s.people, s.places, s.relabel = _yield_to_known(s.doc, s.morph, s.lex, s.orgs, s.people,
                                                    s.places)


def _place_named_after(s: _State) -> None:
    """A gazetteer's place whose name is a place word and a person's name ("района Магжана
    Жумабаева", "района Габита Мусрепова | Ержан Сейтов", "области Абай") holds that name: a
    person the NER saw in it is none, one it ran on from it is the words after it."""
    named = [(p.first_tok, p.last_tok) for p in s.places if p.rule == "gazetteer" and
             p.last_tok - p.first_tok > 1 and
             s.doc.toks[p.first_tok].lemma.replace("ё", "е") in s.lex.place_words]
    if not named:
        return
    kept = []
    for p in s.people:
        span = _overlap(named, p.first_tok, p.last_tok)
        if span is None or p.first_tok < span[0]:
            kept.append(p)
            continue
        s.relabel.update((k, "LOC") for k in range(p.first_tok, min(p.last_tok, span[1])))
        if span[1] < p.last_tok:
            rest = person_from_tokens(s.doc, span[1], p.last_tok, s.morph, s.lex)
            if rest is not None:
                kept.append(replace(rest, rule=p.rule))
    s.people = kept
    # "акима области | Абай назначен …": a name of the place the NER read as a person's and no
    # person holds is the place's
    held = {k for p in kept for k in range(p.first_tok, p.last_tok)}
    s.relabel.update((k, "LOC") for a, b in named for k in range(a, b)
                     if s.doc.toks[k].ner == "PER" and k not in held)


def _name_ends_body(s: _State) -> None:
    """An organization or a place whose span runs into a person's name that goes on after it
    ("управления здравоохранения области | Ибраева Тимура Кайратовича") ends before the name;
    a place left as its place word alone is none."""
    names = [(p.first_tok, p.last_tok) for p in s.people]
    if not names:
        return
    titled = {(p.first_tok, p.last_tok) for p in s.people if p.rule in _AFTER_TITLE_RULES}
    after_place = {(p.first_tok, p.last_tok) for p in s.people if p.rule == "name_after_place"}

    def into(first: int, last: int) -> int | None:
        # (a name found by its title may end with the organization: "руководитель отдела |
        # Нуртазина рассказала")
        return next((a for a, b in names if first < a < last <= b and
                     (last < b or (a, b) in titled or (a, b) in after_place)), None)

    orgs = []
    for o in s.orgs:
        a = into(o.name_first, o.name_last)
        if a is not None and not o.known and o.form is None and \
                eponym_before(s.doc, a) is None:  # "филармонии имени | Габдуллы Тукая"
            name = nominative(s.doc, o.name_first, a, s.morph, organization=True)
            o = replace(o, last_tok=min(o.last_tok, a), name_last=a, name=name, written=None)
        orgs.append(o)
    s.orgs = orgs
    places = []
    for p in s.places:
        a = into(p.first_tok, p.last_tok)
        if a is None:
            places.append(p)
        elif (a, p.last_tok) in after_place:  # "города | Шу | Айнуре Жумабековой": the place's
            # name, in the nominative after its place word, is the words before the person's
            places.append(replace(p, last_tok=a, name=s.doc.span_text(p.first_tok, a)))
    s.places = places


# the rules that find a name by the title before it: the title outweighs the NER's type
_AFTER_TITLE_RULES = frozenset({"after_title", "surname_after_title"})


# rules whose names a patronymic shows: no place's span is one ("больницы | Канату Ерболовичу
# Смагулову", which the NER reads as a place)
_PATRONYMIC_RULES = frozenset({"name_ending_body"})


def _place_over_person(s: _State) -> None:
    named = {(p.first_tok, p.last_tok) for p in s.people if p.rule in _PATRONYMIC_RULES}
    s.places = [p for p in s.places if (p.first_tok, p.last_tok) not in named]
    place_spans = {(p.first_tok, p.last_tok) for p in s.places}
    s.people = [p for p in s.people if (p.first_tok, p.last_tok) not in place_spans
                or p.rule in _AFTER_TITLE_RULES]


def _name_parts(s: _State) -> None:
    """A place or an organization the NER saw inside a longer person's name is part of the name
    ("района Смагулов | Мейржан Серикбосынович"), and so is one that a name after a title
    overlaps ("аким области Алтай КУЛЬГИНОВ": the NER took the title's words and the name for a
    place)."""
    names = Hull((a.first_tok, a.last_tok) for a in s.people)
    after_title = Cover((a.first_tok, a.last_tok) for a in s.people
                        if a.rule in _AFTER_TITLE_RULES)

    def inside(first: int, last: int) -> bool:
        return names.contains_longer((first, last)) or after_title.overlaps((first, last))

    s.places = [p for p in s.places if not inside(p.first_tok, p.last_tok)]
    s.orgs = [o for o in s.orgs if o.known or not inside(o.first_tok, o.last_tok)]


def _first_name(t: Tok) -> bool:
    return any("Name" in p.grams for p in t.parses)


def _full_name_words(words: Sequence[Tok]) -> bool:
    """Two or three capitalized words that read as a first name and a surname the dictionary
    knows (a patronymic between), neither of them a place's name: "Ахмат-Хаджи Кадырова"."""
    if not 2 <= len(words) <= 3 or not all(t.text[:1].isupper() for t in words):
        return False
    first, last = words[0], words[-1]
    return _first_name(first) and any("Surn" in p.grams and p.known for p in last.parses) and \
        not any("Geox" in p.grams for t in (first, last) for p in t.parses)


_E = TypeVar("_E", OrgCandidate, PlaceCandidate)


def _to_people(s: _State, items: Sequence[_E], rule: str,
               reads_as_person: Callable[[_E, list[Tok]], bool]) -> list[_E]:
    """The items that stay; each that ``reads_as_person`` (given its words) becomes a person of
    ``rule`` instead."""
    kept = []
    for item in items:
        words = [t for t in s.doc.toks[item.first_tok:item.last_tok] if t.is_word()]
        person = person_from_tokens(s.doc, item.first_tok, item.last_tok, s.morph, s.lex) \
            if reads_as_person(item, words) else None
        if person is None:
            kept.append(item)
        else:
            s.people.append(replace(person, rule=rule))
    s.people.sort(key=lambda p: p.first_tok)
    return kept


def _person_not_place(s: _State) -> None:
    """A span the NER calls a place that reads as a person's full name ("президента Ахмат-Хаджи
    Кадырова") and that no gazetteer knows is the person."""
    s.places = _to_people(s, s.places, "person_not_place",
                          lambda q, words: q.rule == "ner_place" and _full_name_words(words))


def _person_named_elsewhere(s: _State) -> None:
    """A name the NER calls an organization here and a person elsewhere in the text is the
    person: the words are a full name's surname, its first name and surname, or the first
    name of one full name alone ("Владимир Макеенко … Макеенко распространил"); an
    organization with a legal form, quotes or the gazetteer's name stays."""
    full = [p for p in s.people if p.first and p.last]
    if not full or not s.orgs:
        return
    by_last: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}
    for p in full:
        by_last.setdefault(word_stem(p.last or ""), set()).add(word_stem(p.first or ""))
        firsts.setdefault(word_stem(p.first or ""), set()).add(word_stem(p.last or ""))

    def named(o: OrgCandidate, words: list[Tok]) -> bool:
        stems = [word_stem(t.text) for t in words]
        return o.rule == "ner_org" and not o.known and o.form is None and \
            0 < len(words) <= 2 and len(words) == o.last_tok - o.first_tok and \
            all(t.text[:1].isupper() and t.text[1:].islower() for t in words) and (
                stems[-1] in by_last and (len(stems) == 2 and stems[0] in by_last[stems[-1]]
                                          or len(stems) == 1 and not _first_name(words[0]))
                or len(stems) == 1 and len(firsts.get(stems[0], ())) == 1
                and stems[0] not in by_last)

    s.orgs = _to_people(s, s.orgs, "named_elsewhere", named)


def _name_after_body(s: _State) -> None:
    """An organization that runs on into the full name, in the nominative, of a person the text
    names elsewhere ("глава МАГАТЭ | Юкия Амано", "администрация Джорджа Буша | Джеймс Коми"):
    the name is the person's (a body's complement would stand in the genitive); the
    organization ends before it, and a lowercase body left as its head word alone ("этого
    университета | Антони Доменеч") is none."""
    full = {(word_stem(p.first), word_stem(p.last)) for p in s.people if p.first and p.last}
    if not full or not s.orgs:
        return
    kept = []
    for o in s.orgs:
        k = o.last_tok - 2
        words = s.doc.toks[k:o.last_tok] if k > o.first_tok else []
        person = person_from_tokens(s.doc, k, o.last_tok, s.morph, s.lex) \
            if o.rule in _BODY_RULES and o.form is None and not o.known and \
            o.name_last == o.last_tok and len(words) == 2 and \
            all(t.is_word() and t.text[:1].isupper() for t in words) and \
            (word_stem(words[0].text), word_stem(words[1].text)) in full and \
            eponym_before(s.doc, o.last_tok - 1) is None else None  # "завод им. | Серго …"
        if person is None or person.oblique or not person.nominative:
            kept.append(o)
            continue
        s.people.append(replace(person, rule="name_after_body"))
        if o.rule == "ner_org" or k - o.first_tok > 1:
            name = nominative(s.doc, o.first_tok, k, s.morph, organization=True)
            kept.append(replace(o, last_tok=k, name_last=k, name=name, written=None))
    s.people.sort(key=lambda p: p.first_tok)
    s.orgs = kept


_BODY_RULES = frozenset({"ner_org", "lowercase_body"})


# Rules that read a cue against the NER's type: a listing word ("кланов Бонанно, Гамбино"), a
# shared plural organization word ("Лебединским и Михайловским комбинатами"), the word "имени"
# before a person's name, a gazetteer's place the NER calls an organization ("МКС"; in Latin
# letters: "из France").
_CUE_RULES = frozenset({"org_word_list", "distributed_org_word", "eponym", "ner_org_in_gazetteer",
                        "latin_name"})
_NER_RULES = frozenset({"ner", "ner_place", "ner_org"})


def _org_wins(org_rule: str | None, other_rule: str | None) -> bool:
    """Of an organization and another entity on the same words, does the organization stay?
    Not against adjectives that share a place word ("организаций Северо-Казахстанской и
    Омской областей": regions, not organizations of a list)."""
    if other_rule == "distributed_place_word":
        return False
    if (org_rule in _CUE_RULES) != (other_rule in _CUE_RULES):
        return org_rule in _CUE_RULES
    if (org_rule in _NER_RULES) != (other_rule in _NER_RULES):
        return org_rule in _NER_RULES
    return True


_C = TypeVar("_C", PersonCandidate, PlaceCandidate)


def _against_orgs(items: Sequence[_C], orgs: dict[tuple[int, int], str],
                  lost: set[tuple[int, int]]) -> list[_C]:
    """The items an organization on the same words does not outrank; the spans of the
    organizations they outrank go to ``lost``."""
    kept = []
    for item in items:
        span = (item.first_tok, item.last_tok)
        if span in orgs and _org_wins(orgs[span], item.rule):
            continue
        if span in orgs:
            lost.add(span)
        kept.append(item)
    return kept


def _one_type(s: _State) -> None:
    """The same words are never two kinds of entity: of an organization and a person or a
    place with the same span, the one a cue found stays; else the one of the NER's type; else
    the organization."""
    orgs = {(o.first_tok, o.last_tok): o.rule for o in s.orgs}
    if not orgs:
        return
    lost: set[tuple[int, int]] = set()
    s.people = _against_orgs(s.people, orgs, lost)
    s.places = _against_orgs(s.places, orgs, lost)
    s.orgs = [o for o in s.orgs if (o.first_tok, o.last_tok) not in lost]


def _landmark_named_as_org(s: _State) -> None:
    """A landmark named by its adjectives and word ("станции Красноярской ГЭС") that the text
    names an organization elsewhere (АО «Красноярская ГЭС») is that organization."""
    names = {_folded(o.name) for o in s.orgs}
    if names:
        s.places = [p for p in s.places if p.rule != "ner_landmark" or _folded(p.name) not in names]


def _folded(name: str) -> str:
    return name.lower().replace("ё", "е")


def _person_labels(s: _State) -> None:
    """A person found without the NER (a name after a title) is a person's words in the
    resolved labels too, so the titles stop before it as before any name."""
    named = {k for p in s.people for k in range(p.first_tok, p.last_tok)}
    for p in s.people:
        if p.rule == "eponym":
            continue  # the name stays a part of the organization's or award's name
        for k in range(p.first_tok, p.last_tok):
            if s.doc.toks[k].ner != "PER" and k not in s.relabel:
                s.relabel[k] = "PER"
        _organization_before(s, p.first_tok, named)


def _organization_before(s: _State, first: int, named: set[int]) -> None:
    """The words the NER ran into the name after them up to an abbreviation in capitals, which
    the people's rules cut off ("директор Донского ГОКа | Ерлан Сатыбалдин", "чемпион мира
    ФИДЕ | Веселин Топалов"), are an organization's in the resolved labels, so that a title
    before them takes them."""
    toks = s.doc.toks
    k = first - 1
    if k < 0 or toks[k].ner != "PER" or k in named or not abbreviation_word(toks[k]):
        return
    while k >= 0 and toks[k].ner == "PER" and k not in named and toks[k].sent == toks[first].sent:
        s.relabel.setdefault(k, "ORG")
        k -= 1


# The overlap rules, in the order they apply (see the module's docstring).
RULES: tuple[tuple[str, Callable[[_State], None]], ...] = (
    ("quoted_name", _quoted_name),
    ("award_name", _award_name),
    ("known_organization", _known_organization),
    ("place_named_after", _place_named_after),
    ("name_ends_body", _name_ends_body),
    ("place_over_person", _place_over_person),
    ("name_parts", _name_parts),
    ("person_named_elsewhere", _person_named_elsewhere),
    ("name_after_body", _name_after_body),
    ("person_not_place", _person_not_place),
    ("one_type", _one_type),
    ("landmark_named_as_org", _landmark_named_as_org),
    ("person_labels", _person_labels),
)


def resolve(doc: Doc, morph: Morphology, lex: PeopleLexicon, people: Sequence[PersonCandidate],
            orgs: Sequence[OrgCandidate], places: Sequence[PlaceCandidate]) -> Resolved:
    state = _State(doc, morph, lex, list(people), list(orgs), list(places), {})
    for _, rule in RULES:
        rule(state)
    return Resolved(doc.relabeled(state.relabel) if state.relabel else doc, tuple(state.people),
                    tuple(state.orgs), tuple(state.places))
