"""The linker: merges mentions into entities and relates them (the one place that does).

Person mentions merge on the surname (full name ↔ surname ↔ initials + surname), titles attach
to their person and name the organization/place inside them, awards get their recipients (the
people and organizations of the sentence that announces them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .document import Doc, key
from .extractors.awards import AwardCandidate
from .extractors.lexicon import Lexicon
from .extractors.organizations import OrgCandidate
from .extractors.people import PersonCandidate
from .extractors.phrase import QUOTES
from .extractors.places import PlaceCandidate
from .extractors.statistics import StatCandidate
from .extractors.titles import RoleMention, TitleCandidate, noun_cases
from .model import Mention, Organization, Person, Place, Statistic, Title
from .recipients import Party
from .recipients import award_records as award_entities

__all__ = ["link"]


@dataclass
class _PersonGroup:
    cands: list[PersonCandidate] = field(default_factory=list)
    titles: list[TitleCandidate] = field(default_factory=list)

    @property
    def best(self) -> PersonCandidate:
        return max(self.cands, key=lambda c: (len(c.name.split()), -c.first_tok))

    def part(self, name: str) -> str | None:
        best = getattr(self.best, name)
        if best:
            return best
        for c in self.cands:
            v = getattr(c, name)
            if v:
                return v
        return None


def _stem(name: str) -> str:
    """A first name without its ending, for names the morphology could not normalize
    ("Бессель", "Бесселю", "Бесселем" → "бессел")."""
    k = key(name)
    if k.endswith(("ом", "ем", "ой", "ей")) and len(k) > 5:
        k = k[:-2]
    stem = k.rstrip("аяуюеиыоьй")
    return stem if len(stem) >= 3 else k


def _compatible(a: str | None, b: str | None) -> bool:
    return not a or not b or key(a) == key(b) or _stem(a) == _stem(b)


def _merge_people(cands: Sequence[PersonCandidate]) -> tuple[list[_PersonGroup], list[int]]:
    """Group person mentions: a candidate joins the first group whose name parts match.

    Linear in the number of candidates: groups are looked up by the keys of the last/first
    names they have had (a superset, checked against their current names), and each group's
    best candidate and first non-empty name parts are kept up to date as candidates join,
    instead of being recomputed for every comparison.
    """
    groups: list[_PersonGroup] = []
    owner: list[int] = []
    best: list[PersonCandidate] = []
    earliest: list[dict[str, str]] = []  # the first non-empty value of each part, in text order
    index: dict[str, set[int]] = {}

    def part(gi: int, name: str) -> str | None:
        return getattr(best[gi], name) or earliest[gi].get(name)

    def join(gi: int, c: PersonCandidate) -> None:
        if (len(c.name.split()), -c.first_tok) > (len(best[gi].name.split()), -best[gi].first_tok):
            best[gi] = c
        for name in ("last", "first"):
            if getattr(c, name) and name not in earliest[gi]:
                earliest[gi][name] = getattr(c, name)
            value = part(gi, name)
            if value:
                index.setdefault(key(value), set()).add(gi)

    for c in cands:
        target = None
        probe = c.last or c.first
        for gi in sorted(index.get(key(probe), ())) if probe else ():
            last, first = part(gi, "last"), part(gi, "first")
            if c.last and last and key(c.last) == key(last) and _compatible(c.first, first):
                target = gi
                break
            if not c.last and c.first and first and key(c.first) == key(first):
                target = gi
                break
            if not c.last and c.first and last and key(c.first) == key(last):
                target = gi  # a lone surname the morphology took for a first name
                break
        if target is None:
            groups.append(_PersonGroup([c]))
            best.append(c)
            earliest.append({})
            target = len(groups) - 1
        else:
            groups[target].cands.append(c)
        join(target, c)
        owner.append(target)
    return groups, owner


def _spellings_joined(doc: Doc, people: Sequence[PersonCandidate]) -> list[PersonCandidate]:
    """A name in brackets right after a person's name is its spelling, the same person:
    "Сами аль-Хадж (Sami al-Haj)" is one person with two mentions."""
    by_end = {c.last_tok: c for c in people}
    out = []
    for c in people:
        before = by_end.get(c.first_tok - 1)
        if before is not None and doc.toks[c.first_tok - 1].text == "(" and \
                c.last_tok < len(doc.toks) and doc.toks[c.last_tok].text == ")":
            c = replace(c, name=before.name, last=before.last, first=before.first,
                        middle=before.middle)
        out.append(c)
    return out


def _org_mention(doc: Doc, c: OrgCandidate) -> tuple[int, int]:
    """An organization's mention is its name as written, without the legal form and the quotes
    ("ОО «Батыр»" → "Батыр"), as the name leaves them out and as a quoted name after a generic
    word ("фонда «Вера в добро»") is already marked."""
    if c.form is None or not c.first_tok <= c.name_first < c.last_tok:
        return c.first_tok, c.last_tok
    a, b = c.name_first, min(c.name_last, c.last_tok)
    while a < b and doc.toks[a].text in QUOTES:
        a += 1
    while b > a and doc.toks[b - 1].text in QUOTES:
        b -= 1
    return (a, b) if b > a else (c.first_tok, c.last_tok)


def _inside(a: int, b: int, first: int, last: int) -> bool:
    return first <= a and b <= last


def _mentions(doc: Doc, spans: Sequence[tuple[int, int]]) -> tuple[Mention, ...]:
    return tuple(sorted({doc.tok_mention(a, b) for a, b in spans}))


_PLACE_PREPOSITIONS = frozenset("в во из изо до под около через возле у к ко по".split())


def _person_namesake(doc: Doc, p: PlaceCandidate, surnames: set[str]) -> bool:
    """A one-word place that is the surname of a person of the text ("Алехандро Толедо …
    Толедо сбежал", "на Уортмане была форма"): the person, unless a preposition of place
    comes before it ("в Толедо")."""
    if p.last_tok - p.first_tok != 1:
        return False
    word = doc.toks[p.first_tok].text.lower()
    if not any(word.startswith(s) and len(word) - len(s) <= 2 for s in surnames):
        return False
    prev = doc.toks[p.first_tok - 1].low if p.first_tok > 0 else ""
    return prev not in _PLACE_PREPOSITIONS or doc.toks[p.first_tok].ner == "LOC" and \
        prev == "на"


def link(doc: Doc, lex: Lexicon, people: Sequence[PersonCandidate],
         titles: Sequence[TitleCandidate], orgs: Sequence[OrgCandidate],
         places: Sequence[PlaceCandidate], awards: Sequence[AwardCandidate],
         stats: Sequence[StatCandidate], roles: Sequence[RoleMention] = ()
         ) -> dict[str, tuple]:
    # ---- organizations ----
    org_groups: dict[str, list[OrgCandidate]] = {}
    for o in orgs:
        org_groups.setdefault(key(o.name), []).append(o)
    org_records: list[Organization] = []
    org_of_span: list[tuple[int, int, str]] = []
    for cands in sorted(org_groups.values(), key=lambda cs: min(c.first_tok for c in cs)):
        name = cands[0].name
        form = next((c.form for c in cands if c.form), None)
        form_full = next((c.form_full for c in cands if c.form_full), None)
        kind = next((c.kind for c in cands if c.form), cands[0].kind)
        org_records.append(Organization(name, form, form_full, kind,
                                        _mentions(doc, [_org_mention(doc, c) for c in cands])))
        org_of_span += [(c.first_tok, c.last_tok, name) for c in cands]

    # ---- places ----
    surnames = {c.last.lower() for c in people if c.first and c.last and len(c.last) >= 4}
    place_groups: dict[str, list[PlaceCandidate]] = {}
    for p in places:
        if surnames and _person_namesake(doc, p, surnames):
            continue
        place_groups.setdefault(key(p.name), []).append(p)
    place_records: list[Place] = []
    place_of_span: list[tuple[int, int, str]] = []
    for cands in sorted(place_groups.values(), key=lambda cs: min(c.first_tok for c in cs)):
        kind = next((c.kind for c in cands if c.kind), None)
        aliases = tuple(dict.fromkeys(c.surface for c in cands
                                      if c.surface and key(c.surface) != key(cands[0].name)))
        place_records.append(Place(cands[0].name, kind,
                                   _mentions(doc, [(c.first_tok, c.last_tok) for c in cands]),
                                   aliases))
        place_of_span += [(c.first_tok, c.last_tok, cands[0].name) for c in cands]

    # ---- people and titles ----
    place_spans = {(p.first_tok, p.last_tok) for p in places}
    people = [c for c in people if (c.first_tok, c.last_tok) not in place_spans]  # "Эфиопия"
    people = _spellings_joined(doc, people)
    groups, owner = _merge_people(people)
    for t in titles:
        g = groups[owner[t.person]]
        if _possessor(doc, t, people[t.person], g):
            continue
        g.titles.append(t)
    _attach_roles(groups, roles, lex)
    person_records: list[Person] = []
    title_spans: list[tuple[int, int, int]] = []  # (first, last, group) for award linking
    for gi, g in enumerate(groups):
        seen: set[str] = set()
        recs: list[Title] = []
        for t in sorted(g.titles, key=lambda t: t.first_tok):
            title_spans.append((t.first_tok, t.last_tok, gi))
            k = key(t.normal)
            if k in seen:
                continue
            seen.add(k)
            org = next((n for a, b, n in org_of_span if _inside(a, b, t.first_tok, t.last_tok)),
                       None)
            place = next((n for a, b, n in place_of_span
                          if _inside(a, b, t.first_tok, t.last_tok)), None)
            recs.append(Title(doc.span_text(t.first_tok, t.last_tok), t.normal, t.head, org,
                              place, doc.tok_mention(t.first_tok, t.last_tok)))
        best = g.best
        person_records.append(Person(
            best.name, g.part("last"), g.part("first"), g.part("middle"), _fold_titles(recs),
            _mentions(doc, [(c.first_tok, c.last_tok) for c in g.cands])))

    # ---- awards and their recipients (recipients.py) ----
    org_names = {key(o.name): o.name for o in org_records}
    parties = [Party(c.first_tok, c.last_tok, person_records[gi].name, True)
               for gi, g in enumerate(groups) for c in g.cands]
    parties += [Party(o.first_tok, o.last_tok, org_names.get(key(o.name), o.name), False,
                      any(a <= o.first_tok and o.last_tok <= b for a, b, _ in title_spans))
                for o in orgs]
    main = max(range(len(groups)), key=lambda gi: (len(groups[gi].cands),
                                                   -min(c.first_tok for c in groups[gi].cands)),
               default=None)
    award_records = award_entities(doc, lex, awards, parties,
                                   person_records[main].name if main is not None else None)

    # ---- statistics ----
    stat_records = tuple(
        Statistic(s.value, s.unit, s.head, s.qualifier, doc.tok_mention(s.first_tok, s.last_tok))
        for s in stats)
    people_sorted = sorted(zip(person_records, groups),
                           key=lambda pg: min(c.first_tok for c in pg[1].cands))
    return {
        "people": tuple(p for p, _ in people_sorted),
        "organizations": tuple(org_records),
        "places": tuple(place_records),
        "awards": tuple(award_records),
        "statistics": stat_records,
    }
def _possessor(doc: Doc, t: TitleCandidate, c: PersonCandidate, g: _PersonGroup) -> bool:
    """Is the name after the title its complement, not its holder ("адвокат Петрова" when the
    text also names "Петров": the surname is not in its nominative form, and the title head
    can only be a nominative)?"""
    last = g.part("last")
    if t.last_tok != c.first_tok or not c.last or not last:
        return False
    stem = key(last)[:4]

    def surname(x: PersonCandidate) -> str | None:
        return next((key(tok.text) for tok in reversed(doc.toks[x.first_tok:x.last_tok])
                     if key(tok.text).startswith(stem)), None)  # the surname is last

    here = surname(c)
    if here is None or here in (key(last), key(c.last)) or \
            not any(surname(x) == key(last) for x in g.cands if x is not c):
        return False
    heads = [tok for tok in doc.toks[t.first_tok:t.last_tok]
             if tok.lemma.replace("ё", "е") == t.head]
    return bool(heads) and noun_cases(heads[0]) == {"nomn"}


_GENERIC_ROLE_HEADS = frozenset({"глава", "руководитель"})


def _attach_roles(groups: list[_PersonGroup], roles: Sequence[RoleMention], lex: Lexicon
                  ) -> None:
    """A bare role ("глава региона") is a title of the one person whose titles anchor its
    group (the akim, the governor); with none or several such people it stays unattached."""
    for r in roles:
        heads = lex.role_heads.get(r.group, set())
        if r.head in heads and r.head not in _GENERIC_ROLE_HEADS:
            heads = {r.head}  # "аким области" refers to an akim, not to a governor
        owners = [g for g in groups if any(t.head in heads for t in g.titles)
                  and min(c.first_tok for c in g.cands) < r.first_tok]
        if len(owners) == 1:
            owners[0].titles.append(TitleCandidate(-1, r.first_tok, r.last_tok, r.head, r.normal))


def _stems(text: str) -> frozenset[str]:
    return frozenset(w[:5] for w in key(text).replace("«", " ").replace("»", " ").split())


def _fold_titles(titles: list[Title]) -> tuple[Title, ...]:
    """One title per post: "шахматист" and "российский шахматист", or "президент" and
    "президента Беларуси" of one person are one title (the fuller one is kept)."""
    out: list[Title] = []
    for t in titles:
        s = _stems(t.normal)
        same = next((i for i, o in enumerate(out)
                     if o.head == t.head and (s <= _stems(o.normal) or _stems(o.normal) <= s)),
                    None)
        if same is None:
            out.append(t)
        elif len(s) > len(_stems(out[same].normal)):
            out[same] = t
    return tuple(out)

