"""People: person mentions as facts, and the one merge of mentions into people.

The merge runs once over every person mention of a text in text order, for a short text and for
the pieces of a long one alike: a mention joins the first person whose name parts match (full
name ↔ surname ↔ initials + surname; a first name alone joins a person of that first name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from ..data import lines, table
from ..document import Doc, key
from ..extractors.people import _PATRONYMIC, PersonCandidate
from ..extractors.phrase import word_stem
from ..model import Place
from ..quotes import QUOTES
from ..spans import Cover
from .facts import Facts, PersonFact, TitleFact

__all__ = ["PersonGroup", "common_word", "lowercase_stems", "person_facts", "merge_people",
           "place_keys", "place_named", "possessor", "same_surnames", "surname_stems",
           "names_someone"]


class PersonGroup:
    """The mentions of one person and the titles attached to them.

    The best mention is kept until the mentions change: give the group new mentions by
    assigning ``facts`` (or by ``add``), never by changing the list in place."""

    __slots__ = ("_facts", "titles", "_best")

    def __init__(self, facts: list[PersonFact] | None = None,
                 titles: list[TitleFact] | None = None) -> None:
        self._facts: list[PersonFact] = list(facts or ())
        self.titles: list[TitleFact] = list(titles or ())
        self._best: PersonFact | None = None

    @property
    def facts(self) -> list[PersonFact]:
        return self._facts

    @facts.setter
    def facts(self, facts: list[PersonFact]) -> None:
        self._facts = list(facts)
        self._best = None

    def add(self, f: PersonFact) -> None:
        self._facts.append(f)
        self._best = None

    @property
    def best(self) -> PersonFact:
        if self._best is None:
            facts = self._facts
            self._best = facts[0] if len(facts) == 1 else max(facts, key=_rank)
        return self._best

    @property
    def start(self) -> int:
        return min(f.span[0] for f in self.facts)

    def written(self, text: str) -> bool:
        """Does a mention end with the person's name exactly as reported ("Айгуль Омарова" in
        "… Айгуль Омарова вручила …")? Else the name is rebuilt from oblique cases ("Айгуль
        Омаровой"), and a rebuilt first name or surname is wrong more often."""
        name = self.best.name
        return any(text[a:b].endswith(name) for a, b in (f.span for f in self.facts))

    def part(self, name: str) -> str | None:
        best = getattr(self.best, name)
        if best:
            return best
        return next((v for f in self.facts if (v := getattr(f, name))), None)


def _rank(f: PersonFact) -> tuple[int, bool, bool, bool, bool, bool, int]:
    """The fullest name first (initials not counted), then one with a surname ("Мейржан
    Смагулов" over "Мейржан Серикбосынович"), then one with a first name too ("Ермек Сапаров"
    over "Петрович Сапаров"), then one whose first name is not cut short ("Джеймс Коми" over
    "Дж Коми") nor a short form ("Юлия Липницкая" over "Юля Липницкая"), then one with
    initials ("В. В. Путин" over "Путин"), then one the text gives in the nominative ("Ким Чен
    Ын" over the "Ким Чен Ына" the morphology could not decline), the earliest among equals."""
    whole = not f.first or len(f.first.rstrip(".")) > 3 and key(f.first) not in _full_names()
    initials = sum(1 for w in f.name.split() if _INITIALS.fullmatch(w))
    return (len(f.name.split()) - initials, bool(f.last), bool(f.first), whole, initials > 0,
            f.nominative, -f.span[0])


# initials, spaced or glued: "А.", "А.В."; they name no more of a person than the surname
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")


def _spellings_joined(doc: Doc, people: Sequence[PersonCandidate]) -> list[PersonCandidate]:
    """A name in brackets right after a person's name is its spelling, the same person:
    "Сами аль-Хадж (Sami al-Haj)", "Дональд Синден (англ. Donald Sinden)", "Карсон Ёнг (Carson
    Yeung, также …)"; so is a Latin name after a dash ("Джонатана Эймса — Jonathan Ames"), and
    so is that spelling wherever else the text writes it ("рэпер Jay Z" … "Джей Зи (Jay Z)")."""
    by_end = {c.last_tok: c for c in people}
    starts = {c.first_tok for c in people}
    spelled: dict[tuple[str, ...], PersonCandidate] = {}  # a spelling's words → the name
    root: dict[int, PersonCandidate] = {}  # a spelling's first token → the name it spells
    for c in people:
        before = next((by_end[j] for j in range(c.first_tok - 1, max(c.first_tok - 8, -1), -1)
                       if j in by_end), None)
        if before is None:
            continue
        name = root.get(before.first_tok)
        if name is not None and _next_spelling(doc, before, c, name):
            pass  # the next of the spellings in brackets: "Савикис (Савицкис; Mihails Savickis)"
        elif _spelling_after(doc, before, c, starts):
            name = before
        else:
            continue
        root[c.first_tok] = name
        spelled.setdefault(_written(doc, c), name)
    return [replace(c, name=n.name, last=n.last, first=n.first, middle=n.middle)
            if (n := spelled.get(_written(doc, c))) is not None and n is not c else c
            for c in people]


def _written(doc: Doc, c: PersonCandidate) -> tuple[str, ...]:
    return tuple(key(t.text) for t in doc.toks[c.first_tok:c.last_tok] if t.is_word())


def _spelling_after(doc: Doc, before: PersonCandidate, c: PersonCandidate, starts: set[int]
                    ) -> bool:
    """Does the name ``c`` spell the name ``before``: in brackets opened right after it, a
    language's label ("англ.") and quotes allowed before it, the bracket closed or the spelling
    ended by "," or ";" after it (though a comma before another name that resembles neither
    lists other persons: "Овечкин (Бэкстрем, Карлсон)", not "Савикис (Савицкис, Савискис)");
    or in Latin letters after a dash?"""
    toks, end = doc.toks, before.last_tok
    gap = [t.text for t in toks[end:c.first_tok]]
    after = toks[c.last_tok].text if c.last_tok < len(toks) else ""
    if gap[:1] == ["("]:
        label = all(_quotes(t) or t.isalpha() and t.islower() and len(t) <= 5 for t in gap[1:])
        listed = after == "," and c.last_tok + 1 in starts and not _resembles(doc, before, c)
        return label and not listed and (after in (")", ",", ";") or _quotes(after))
    latin = all("a" <= ch.lower() <= "z" for t in toks[c.first_tok:c.last_tok]
                for ch in t.text if ch.isalpha())
    return gap in (["—"], ["–"]) and latin


def _next_spelling(doc: Doc, before: PersonCandidate, c: PersonCandidate,
                   name: PersonCandidate) -> bool:
    """Does ``c`` follow the spelling ``before`` after a comma or semicolon, in the same
    brackets, and resemble the name both spell?"""
    gap = [t.text for t in doc.toks[before.last_tok:c.first_tok]]
    after = doc.toks[c.last_tok].text if c.last_tok < len(doc.toks) else ""
    return gap in ([","], [";"]) and after in (")", ",", ";") and _resembles(doc, name, c)


def _resembles(doc: Doc, a: PersonCandidate, b: PersonCandidate) -> bool:
    """Do two names open a word with the same two letters, or is the second in Latin letters
    (a spelling of the first)?"""
    heads = {t.low[:2] for t in doc.toks[a.first_tok:a.last_tok] if t.is_word()}
    words = [t for t in doc.toks[b.first_tok:b.last_tok] if t.is_word()]
    return any(t.low[:2] in heads or t.text[:1].isascii() for t in words)


def _quotes(t: str) -> bool:
    """Quotes or a dot: ".", "«", "''"."""
    return bool(t) and all(ch in QUOTES or ch == "." for ch in t)


def person_facts(doc: Doc, people: Sequence[PersonCandidate]) -> list[PersonFact]:
    out = []
    for c in _spellings_joined(doc, people):
        m = doc.tok_mention(c.first_tok, c.last_tok)
        words = tuple(key(t.text) for t in doc.toks[c.first_tok:c.last_tok])
        out.append(PersonFact((m.start, m.stop), c.name, c.last, c.first, c.middle, words, c.rule,
                              c.nominative))
    return out


def surname_stems(people: Sequence[PersonFact]) -> frozenset[str]:
    """The stems of the surnames of ``people`` (``word_stem``)."""
    return frozenset(word_stem(f.last) for f in people if f.last)


def names_someone(f: PersonFact, stems: frozenset[str]) -> bool:
    """Is a lone word's fact, in some case, a surname of ``surname_stems``?"""
    return word_stem(f.last or f.name) in stems


def same_surnames(facts: Facts) -> tuple[PersonFact, ...]:
    """The lone capitalized words of a text that are, in some case, the surname of a person the
    text names ("Иван Петров … по словам Петрова"; "Берлускони заявил … адвокаты Берлускони"),
    outside every organization and place."""
    stems = surname_stems(facts.people)
    if not stems:
        return ()
    taken = Cover([o.span for o in facts.organizations] + [p.span for p in facts.places])
    return tuple(f for f in facts.lone_words if names_someone(f, stems) and
                 not taken.overlaps(f.span))


def _stem(name: str) -> str:
    """A first name without its ending, for names the morphology could not normalize
    ("Бессель", "Бесселю", "Бесселем" → "бессел")."""
    k = key(name)
    if k.endswith(("ом", "ем", "ой", "ей")) and len(k) > 5:
        k = k[:-2]
    stem = k.rstrip("аяуюеиыоьй")
    return stem if len(stem) >= 3 else k


def _compatible(a: str | None, b: str | None) -> bool:
    return not a or not b or key(a) == key(b) or _stem(a) == _stem(b) or _abbreviates(a, b) \
        or _short_form(a, b)


def _first_of(a: str, b: str) -> bool:
    """Is one given name the first word(s) of the other's several ("Антониу" of "Антониу
    Мануэл ди Оливейра")?"""
    short, long_ = sorted((key(a).split(), key(b).split()), key=len)
    return len(short) < len(long_) and long_[:len(short)] == short


@cache
def _full_names() -> dict[str, frozenset[str]]:
    """The full first names each short form stands for, by key (data/diminutives.txt)."""
    return {key(short): frozenset(key(f) for f in full.split(","))
            for short, full in table("diminutives.txt", 2)}


def _short_form(a: str, b: str) -> bool:
    """Is one first name a short form of the other ("Юля" of "Юлия", "Влад" of "Владислав")?"""
    ka, kb = key(a), key(b)
    names = _full_names()
    return kb in names.get(ka, ()) or ka in names.get(kb, ())


def _abbreviates(a: str, b: str) -> bool:
    """Is one first name the other's abbreviation of two or three letters ("Дж" of "Джеймс",
    "Вл" of "Владимир"; a one-letter initial is an initial, not a name)?"""
    short, long_ = sorted((key(a).rstrip("."), key(b).rstrip(".")), key=len)
    return 2 <= len(short) <= 3 < len(long_) and long_.startswith(short) and \
        short[-1] not in "аеёиоуыэюя"


class _Merge:
    """Groups looked up by the keys of the last/first names they have had (a superset, checked
    against their current names); each group's best mention and first non-empty name parts kept
    up to date as mentions join. Linear in the number of mentions."""

    def __init__(self) -> None:
        self.groups: list[PersonGroup] = []
        self.best: list[PersonFact] = []
        self.earliest: list[dict[str, str]] = []  # the first non-empty value of each part
        self.index: dict[str, set[int]] = {}

    def part(self, gi: int, name: str) -> str | None:
        return getattr(self.best[gi], name) or self.earliest[gi].get(name)

    def find(self, f: PersonFact) -> int | None:
        probe = f.last or f.first
        for gi in sorted(self.index.get(key(probe), ())) if probe else ():
            last, first = self.part(gi, "last"), self.part(gi, "first")
            if f.last and last and key(f.last) == key(last) and _compatible(f.first, first):
                return gi
            if not f.last and f.first and first and key(f.first) == key(first):
                return gi
            if not f.last and f.first and last and key(f.first) == key(last):
                return gi  # a lone surname the morphology took for a first name
        return None

    def add(self, f: PersonFact) -> PersonGroup:
        gi = self.find(f)
        if gi is None:
            self.groups.append(PersonGroup([f]))
            self.best.append(f)
            self.earliest.append({})
            gi = len(self.groups) - 1
        else:
            self.groups[gi].add(f)
        if _rank(f) > _rank(self.best[gi]):
            self.best[gi] = f
        for name in ("last", "first"):
            value = getattr(f, name)
            if value and name not in self.earliest[gi]:
                self.earliest[gi][name] = value
            current = self.part(gi, name)
            if current:
                self.index.setdefault(key(current), set()).add(gi)
        return self.groups[gi]


def merge_people(facts: Sequence[PersonFact]) -> tuple[list[PersonGroup], dict[tuple[int, int],
                                                                              PersonGroup]]:
    """The people of a text: groups of its person mentions (in text order), and each mention's
    group by the mention's span."""
    merge = _Merge()
    owner = {f.span: merge.add(f) for f in sorted(facts, key=lambda f: f.span)}
    groups = _first_names_folded(merge.groups, owner)
    groups = _surnames_folded(groups, owner)
    groups = _variants_folded(groups, owner)
    groups = _given_names_folded(groups, owner)
    groups = _patronymics_folded(groups, owner)
    groups = _spellings_folded(groups, owner)
    for g in groups:
        _surname_as_given(g)
    return groups, owner


_WOMAN_ENDINGS = ("ова", "ева", "ина", "ына", "ая")


def _shorter_or_nominal(w: str, last: str) -> bool:
    """Is ``w`` the nominative beside ``last``: without its case ending ("Ын" / "Ына"), or with
    a nominative ending for an oblique one ("Обама" / "Обамы", "Цзюнь" / "Цзюня")?"""
    return len(w) < len(last) or len(w) == len(last) and (
        w[-1:] in "ая" and last[-1:] in "ыиуюе" or w[-1:] in "ьй" and last[-1:] in "яюе")


def _surname_as_given(g: PersonGroup) -> None:
    """A full name whose surname the morphology kept as written ("Ван Цзюня": no reading of it)
    takes the surname a mention of the same person gives in the nominative ("Цзюнь")."""
    best = g.best
    if not best.last or not best.name.endswith(best.last) or not best.words or \
            key(best.last) != best.words[-1] or key(best.last).endswith(_WOMAN_ENDINGS):
        return  # "Анна Петрова" is no case form of "Петров"
    given = [w for f in g.facts if f.nominative and f is not best and
             (w := f.last or f.first) and len(w.split()) == 1 and key(w) != key(best.last)
             and _surname_variant(w, best.last) and _shorter_or_nominal(key(w), key(best.last))]
    if given:
        name = best.name[:len(best.name) - len(best.last)] + given[0]
        facts = list(g.facts)
        facts[facts.index(best)] = replace(best, name=name, last=given[0])
        g.facts = facts


def _case_endings() -> tuple[str, ...]:
    return lines("surname_case_endings.txt")


@cache
def _generation_stems() -> tuple[str, ...]:
    return tuple(w.removesuffix("ий") for w in lines("generation_words.txt"))


def _generation(last: str) -> tuple[str, str | None]:
    """A surname without the word that tells a son from his father, and that word's stem:
    "Хинкли-младший" → ("Хинкли", "младш"); ("Хинкли", None) for a surname without one."""
    bare, _, tail = last.rpartition("-")
    stem = next((s for s in _generation_stems() if tail.lower().startswith(s)), None)
    return (bare, stem) if bare and stem else (last, None)


def _surname_variant(a: str, b: str) -> bool:
    """Are two surnames one in two case forms ("Царёв" / "Царёва", "Гарсия" / "Гарсии",
    "Ын" / "Ына"; "Хантсмана-младшего" / "Хантсман-младший"; a double surname part by part,
    "Диаса-Канель" / "Диас-Канель")?"""
    (a, gen_a), (b, gen_b) = _generation(a), _generation(b)
    if gen_a != gen_b:
        return False
    ka, kb = key(a), key(b)
    if ka != kb and "-" in ka and ka.count("-") == kb.count("-"):  # part by part
        return all(_surname_variant(x, y) for x, y in zip(ka.split("-"), kb.split("-")))
    if ka == kb or word_stem(ka) == word_stem(kb) or _stem(ka) == _stem(kb):
        return True
    short, long_ = sorted((ka, kb), key=len)
    return long_.startswith(short) and long_[len(short):] in _case_endings()


def _variant_keys(last: str, probe: bool) -> set[tuple[str, str]]:
    """The keys a surname is filed under (``probe``: the keys it looks up), so that two surnames
    ``_surname_variant`` may join share one: the same key or stem, or one is the other with a
    case ending (filed under "t" without the ending, looked up under "t" as it is); a son's
    or father's surname ("Хантсман-младший") by the surname alone, with its word."""
    bare, generation = _generation(last)
    k = key(bare)
    keys = {("k", k), ("w", word_stem(k)), ("s", _stem(k))}
    keys |= {("k" if probe else "t", k[:-len(e)]) for e in _case_endings() if k.endswith(e)}
    if probe:
        keys.add(("t", k))
    if "-" in k:  # a double surname by its last part: "Диаса-Канель" / "Диас-Канель"
        keys.add(("h", _stem(k.rsplit("-", 1)[1])))
    return {(kind + (generation or ""), v) for kind, v in keys}


def _variants_folded(groups: list[PersonGroup], owner: dict[tuple[int, int], PersonGroup]
                     ) -> list[PersonGroup]:
    """Two full names of one first name whose surnames are one in two case forms are one person
    ("Юрий Царёв" … "Юрия Царёва" the morphology read as a woman's surname) when no third
    person of the text has that first name and surname; the name the text gives in the
    nominative names it."""
    kept: list[PersonGroup] = []
    index: dict[tuple[str, tuple[str, str]], list[PersonGroup]] = {}  # kept full names
    for g in groups:
        first, last = g.part("first"), g.part("last")
        if not first or not last:
            kept.append(g)
            continue
        near = {id(h): h for k in _variant_keys(last, True)
                for h in index.get((_stem(first), k), ())}
        same = [h for h in near.values() if _compatible(first, h.part("first"))
                and (hl := h.part("last")) and _surname_variant(last, hl)]
        if len(same) == 1:
            same[0].facts = sorted(same[0].facts + g.facts, key=lambda f: f.span)
            same[0].titles += g.titles
            owner.update((f.span, same[0]) for f in g.facts)
            continue
        kept.append(g)
        for k in _variant_keys(last, False):
            index.setdefault((_stem(first), k), []).append(g)
    return kept


def _given_names_folded(groups: list[PersonGroup], owner: dict[tuple[int, int], PersonGroup]
                        ) -> list[PersonGroup]:
    """A full name whose given name is the first word(s) of another's several, of the same
    surname, is that person ("Антониу Гутерреш" … "Антониу Мануэл ди Оливейра Гутерреш") when
    no third person of the text has that surname and a given name of that first word (the
    cousins "Мухаммад Ахмад Мухаммад Джабарин", "Мухаммад Хамад Абд аль-Латиф Джабарин" leave
    a "Мухаммад Джабарин" alone)."""
    by_name: dict[tuple[str, str], list[PersonGroup]] = {}
    for g in groups:
        first, last = g.part("first"), g.part("last")
        if first and last:
            by_name.setdefault((key(last), key(first).split()[0]), []).append(g)
    folded: set[int] = set()
    for same in by_name.values():
        if len(same) != 2:
            continue
        short, long_ = sorted(same, key=lambda g: len((g.part("first") or "").split()))
        if _first_of(short.part("first") or "", long_.part("first") or ""):
            _fold(short, long_, owner)
            long_.facts = sorted(long_.facts, key=lambda f: f.span)
            folded.add(id(short))
    return [g for g in groups if id(g) not in folded]


def _patronymics_folded(groups: list[PersonGroup], owner: dict[tuple[int, int], PersonGroup]
                        ) -> list[PersonGroup]:
    """A name of two words whose second is the patronymic of one full name of the text with
    that first name is that person, though the morphology took the second word for a surname
    ("Ләззат Бекболатқызы Төлегенова" … "– Ләззат Бекболатқызы, с чего все начиналось?";
    "Қасым Әбенұлы Жұмабаев … Қасым Әбенұлы родился"); with two such people it stays apart."""
    full: dict[tuple[str, str], list[PersonGroup]] = {}
    for g in groups:
        first, middle = g.part("first"), g.part("middle")
        # (a middle word that is no patronymic is part of the name: "Михаил Горбачёв | Дом")
        if first and middle and g.part("last") and _PATRONYMIC.search(middle):
            full.setdefault((key(first), key(middle)), []).append(g)
    folded: set[int] = set()
    for g in groups:
        first, last = g.part("first"), g.part("last")
        targets = full.get((key(first), key(last))) if first and last and \
            not g.part("middle") else None
        if targets is not None and len(targets) == 1 and targets[0] is not g:
            _fold(g, targets[0], owner)
            targets[0].facts = sorted(targets[0].facts, key=lambda f: f.span)
            folded.add(id(g))
    return [g for g in groups if id(g) not in folded]


def _spelling_keys(g: PersonGroup) -> list[tuple[str, ...]]:
    """The keys under which another group is the same person as ``g``: its best name with
    hyphens read as spaces ("Джей-Зи" / "Джей Зи") and spelled alike (``_spelled``: "Дэвид
    Кэмерон" / "Дэвид Камерон" do not, "Кейт Миддлтон" / "Кейт Мидлтон" do); a one-word name by
    its stem ("Мадонны" / "Мадонна"), but no surname with a surname's ending ("Иванова" is not
    "Иванов"). A longer name is no key: "Михаил Горбачёв" is not "Михаил Горбачёв Дом", named
    after him."""
    if not (g.part("first") or g.part("last")):
        return []  # a patronymic alone
    name = key(g.best.name)
    own = [("as", *_spelled(name).replace("-", " ").split())] \
        if "-" in name or " " in name else []
    if " " not in name and not name.endswith(_WOMAN_ENDINGS + ("ов", "ев", "ин", "ын", "ий")):
        own.append(("stem", word_stem(name)))
    return own


@cache
def _kazakh_as_russian() -> dict[int, str | None]:
    """data/kazakh_letters.txt as a translation table ("Әсел Жақсыбекова" / "Асель
    Жаксыбекова", "Айгүл" / "Айгуль")."""
    return str.maketrans({a: (None if b == "-" else b)
                          for a, b in table("kazakh_letters.txt", 2)})


def _spelled(name: str) -> str:
    """A name as transcriptions from other languages may write it: "э" as "е", a double
    letter as one ("Гарри" / "Гари", "Кэрри" / "Керри", "Остхофф" / "Остхоф"), Kazakh letters
    as Russian ones, no soft sign."""
    out: list[str] = []
    for ch in name.replace("э", "е").translate(_kazakh_as_russian()):
        if not out or ch != out[-1] or not ch.isalpha():
            out.append(ch)
    return "".join(out)


def _spellings_folded(groups: list[PersonGroup], owner: dict[tuple[int, int], PersonGroup]
                      ) -> list[PersonGroup]:
    """One person written two ways is one (``_spelling_keys``) when the key names one person
    only; the fuller name names it."""
    keys = {id(g): _spelling_keys(g) for g in groups}
    index: dict[tuple[str, ...], list[PersonGroup]] = {}
    for g in groups:
        for k in keys[id(g)]:
            index.setdefault(k, []).append(g)
    folded: set[int] = set()
    for g in sorted(groups, key=lambda g: _rank(g.best)):  # the shorter names fold first
        # (two groups of one name as written were kept apart in ``_Merge`` on purpose)
        targets = {id(h): h for k in keys[id(g)] for h in index.get(k, ())
                   if h is not g and id(h) not in folded and
                   key(h.best.name) != key(g.best.name)}
        if len(targets) == 1:
            (target,) = targets.values()
            _fold(g, target, owner)
            target.facts = sorted(target.facts, key=lambda f: f.span)
            folded.add(id(g))
    return [g for g in groups if id(g) not in folded]


def _fold(g: PersonGroup, target: PersonGroup, owner: dict[tuple[int, int], PersonGroup]
          ) -> None:
    target.facts = g.facts + target.facts
    target.titles[:0] = g.titles
    for f in g.facts:
        owner[f.span] = target


def _surnames_folded(groups: list[PersonGroup], owner: dict[tuple[int, int], PersonGroup]
                     ) -> list[PersonGroup]:
    """A surname alone whose reading the case left open ("Ахметова": of Ахметов or Ахметова)
    is the one person of the text with a first name and that surname in some case; with two
    such people (a couple, relatives), it stays apart."""
    by_stem: dict[str, list[PersonGroup]] = {}
    for g in groups:
        first, last = g.part("first"), g.part("last")
        if first and last:
            by_stem.setdefault(word_stem(last), []).append(g)
    firsts = {key(f) for g in groups if (f := g.part("first")) and g.part("last")}
    written = _written_index(groups)
    variants = _variant_index(by_stem)
    kept = []
    for g in groups:
        last, first = g.part("last"), g.part("first")
        if not last and first and not g.part("middle") and key(first) not in firsts:
            last = first  # a lone surname the morphology took for a first name ("Мхитарян")
        elif first:
            last = None
        full = _one_person(by_stem.get(word_stem(last)) or _case_variants(last, variants)
                           or _of_generation(last, by_stem)) if last else []
        if last and len(full) != 1:
            alike = _written_alike(g, written)
            full = full or alike
            _named_as_written(g, alike)
        if len(full) == 1 and full[0] is not g:
            _fold(g, full[0], owner)
            continue
        kept.append(g)
    return kept


def _variant_index(by_stem: dict[str, list[PersonGroup]]
                   ) -> dict[tuple[str, str], list[PersonGroup]]:
    """The full names by the keys of their surnames' case forms (``_variant_keys``)."""
    index: dict[tuple[str, str], list[PersonGroup]] = {}
    for full in by_stem.values():
        for h in full:
            for k in _variant_keys(h.part("last") or "", False):
                index.setdefault(k, []).append(h)
    return index


def _case_variants(last: str, index: dict[tuple[str, str], list[PersonGroup]]
                   ) -> list[PersonGroup]:
    """The full names whose surname is ``last`` in another case, for a lone surname the
    morphology left as written ("Небензи", "Бандерой", "Филлипосу" of "Небензя", "Бандера",
    "Филлипос")."""
    found = {id(h): h for k in _variant_keys(last, True) for h in index.get(k, ())}
    return [h for h in found.values() if _surname_variant(last, h.part("last") or "")]


def _of_generation(last: str, by_stem: dict[str, list[PersonGroup]]) -> list[PersonGroup]:
    """For a lone "Хинкли-младший", the full names of surname Хинкли, unless one of them is
    told apart by another such word ("Джон Хантсман-старший" … "Хантсман-младший")."""
    bare, generation = _generation(last)
    if generation is None:
        return []
    full = by_stem.get(word_stem(bare), [])
    gens = {_generation(h.part("last") or "")[1] for h in full}
    return full if gens <= {None, generation} else []


def _one_person(full: list[PersonGroup]) -> list[PersonGroup]:
    """Full names that are one name in two case forms ("Василий Небензя", "Василий Небензю",
    joined later by ``_variants_folded``) count as one person: the first of them."""
    if len(full) < 2:
        return full
    first, last = full[0].part("first"), full[0].part("last") or ""
    same = all(_compatible(h.part("first"), first) and key(h.part("first") or "") != "" and
               _surname_variant(h.part("last") or "", last) for h in full[1:])
    return full[:1] if same and first else full


def _compatible_middle(a: str, b: str | None) -> bool:
    return b is not None and (key(a) == key(b) or _stem(a) == _stem(b))


def _written_index(groups: list[PersonGroup]) -> dict[str, list[PersonGroup]]:
    """The full names by the last word of their mentions as the text writes it."""
    index: dict[str, list[PersonGroup]] = {}
    for h in groups:
        if h.part("first") and h.part("last"):
            for w in {f.words[-1] for f in h.facts if len(f.words) > 1}:
                index.setdefault(w, []).append(h)
    return index


def _written_alike(g: PersonGroup, index: dict[str, list[PersonGroup]]) -> list[PersonGroup]:
    """The full names whose last word the text writes as it writes a one-word mention of ``g``
    ("Сумаила Сиссе" … "Сиссе", however the morphology read the word alone)."""
    written = sorted({f.words[-1] for f in g.facts if len(f.words) == 1})
    out: list[PersonGroup] = []
    for w in written:
        out += [h for h in index.get(w, ()) if h is not g and h not in out]
    return out


def _named_as_written(g: PersonGroup, full: list[PersonGroup]) -> None:
    """A surname alone that the text writes as it writes the surname of its full names takes
    their reading of it ("Сиссе" read alone as "Сиссь"), whether or not it is one of them."""
    lasts = {h.part("last") for h in full}
    if len(lasts) != 1:
        return
    (last,) = lasts
    if last:
        g.facts = [replace(f, name=last, last=last, first=None) for f in g.facts]


def _first_names_folded(groups: list[PersonGroup], owner: dict[tuple[int, int], PersonGroup]
                        ) -> list[PersonGroup]:
    """A person named by the first name alone before the full name ("Константин … Константин
    Кинчев") is the one person of the text with that first name and a surname; with two such
    people, the first name stays a person of its own."""
    by_first: dict[str, list[PersonGroup]] = {}
    for g in groups:
        first, last = g.part("first"), g.part("last")
        if first and last:
            by_first.setdefault(key(first), []).append(g)
    # where each person starts, before any fold moves it
    starts = {id(g): g.start for g in groups}
    kept = []
    for g in groups:
        first, last = g.part("first"), g.part("last")
        # one word alone: the morphology may have read a first name as a surname
        alone = (first if not last else last if not first else None)
        # a first name and a patronymic join the full name with that patronymic, before or
        # after it ("Мейржан Серикбосынович" … "Смагулов Мейржан Серикбосынович")
        middle = g.part("middle")
        full = [f for f in by_first.get(key(alone), []) if not middle or
                _compatible_middle(middle, f.part("middle"))] if alone else []
        # a short form alone ("Лиза") is the one person of the text with its full first name
        # whom the text also calls by that first name alone ("Елизавета Глинка" … "Елизавета"):
        # without such familiarity it may be another ("семилетний Коля", not "Николай Сухаренко")
        short = not full and bool(first) and not last and not middle
        if short:
            full = [h for h in {id(h): h for n in _full_names().get(key(first or ""), ())
                                for h in by_first.get(n, [])}.values()]
            short = len(full) == 1 and any(f.first and not f.last for f in full[0].facts)
            full = full if short else []
        # after the full name, a word alone the morphology read as a surname ("Том" of "Том
        # Мур"); a first name there has joined in ``_Merge.find``
        if len(full) == 1 and (short or middle or starts[id(full[0])] > starts[id(g)] or
                               (not first and not g.part("middle"))):
            _fold(g, full[0], owner)
            continue
        kept.append(g)
    return kept


def place_keys(places: Sequence[Place]) -> dict[str, set[int]]:
    """The places by the keys of the ways the text names or writes them."""
    out: dict[str, set[int]] = {}
    for i, p in enumerate(places):
        for n in (p.name, *p.aliases, *(m.text for m in p.mentions)):
            out.setdefault(key(n), set()).add(i)
    return out


def place_named(g: PersonGroup, places: dict[str, set[int]]) -> int | None:
    """The place a person named by one word alone, never with a first name, is: the one the
    text writes or names as it writes each of the person's mentions ("Пауэй" in a headline …
    "в городе Пауэй"; "Муром посетят" … "в родном городе Муроме": the town, not a Мур);
    ``places``: ``place_keys``."""
    if any(f.first or f.middle or len(f.words) != 1 for f in g.facts):
        return None
    found = set.intersection(*(places.get(f.words[0], set()) for f in g.facts))
    return next(iter(found)) if len(found) == 1 else None


_WORD = re.compile(r"\w+(?:-\w+)*")


def lowercase_stems(text: str) -> frozenset[str]:
    """The stems of the words a text writes in lowercase (``word_stem``)."""
    return frozenset(word_stem(w) for m in _WORD.finditer(text) if (w := m.group()).islower())


def common_word(g: PersonGroup, lowercase: frozenset[str]) -> bool:
    """Is a person named by one word alone, never with a first name, a common noun the text
    also writes in lowercase ("Флайборд" in a headline … "на флайборде"; "Церкви" …
    "церковь")?"""
    return all(not f.first and not f.middle and len(f.words) == 1 and
               word_stem(f.words[0]) in lowercase for f in g.facts)


def possessor(t: TitleFact, c: PersonFact, g: PersonGroup,
              nominative: dict[int, bool] | None = None) -> bool:
    """Is the name after the title its complement, not its holder ("адвокат Петрова" when the
    text also names "Петров": the surname is not in its nominative form, and the title head
    can only be a nominative)? ``nominative``: a cache of ``_nominative_written`` by group,
    which the caller keeps over all titles (a person named a thousand times is read once)."""
    last = g.part("last")
    if not t.adjacent or not c.last or not last:
        return False
    here = _surname(c, key(last)[:4])
    if here is None or here in (key(last), key(c.last)):
        return False
    cache = {} if nominative is None else nominative
    if id(g) not in cache:
        cache[id(g)] = _nominative_written(g, key(last))
    return cache[id(g)] and t.nominative_head


def _surname(x: PersonFact, stem: str) -> str | None:
    """The word of a mention that writes the surname with this stem (the last such word)."""
    return next((w for w in reversed(x.words) if w.startswith(stem)), None)


def _nominative_written(g: PersonGroup, last: str) -> bool:
    """Does a mention of the group write its surname ``last`` (a key) as it is reported?"""
    return any(_surname(x, last[:4]) == last for x in g.facts)
