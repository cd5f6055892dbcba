"""Organizations and places: their mentions as facts, merged into one entity per name.

An organization's mention is its name as written, without the legal form and the quotes
("ОО «Батыр»" → "Батыр"), as the name leaves them out; an abbreviation in capitals before a
quoted or Latin name is left out as a legal form is ("РИА «Новости»" → "Новости", "ИА Regnum" →
"Regnum"). A one-word place that is the surname of a
person of the text ("Алехандро Толедо … Толедо сбежал") is that person, unless a preposition of
place (data/place_prepositions.txt) comes before it ("в Толедо").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import islice

from ..data import lines
from ..document import Doc, key
from ..extractors.organizations import OrgCandidate
from ..extractors.phrase import CAPITALS_ABBREVIATION, head_index, word_stem
from ..extractors.places import PlaceCandidate, case_nominatives
from ..extractors.surroundings import lemma_key
from ..lexicon import PlaceLexicon
from ..model import Mention, Organization, Place
from ..quotes import CLOSE_QUOTES, OPEN_QUOTES, QUOTES, is_opening
from ..spans import Cover, Hull
from .facts import OrgFact, PersonFact, PlaceFact, Span
from .score import Marks

__all__ = ["org_facts", "place_facts", "org_records", "place_records", "places_within",
           "repeated_mentions"]

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


@cache
def _function_words() -> frozenset[str]:
    """Words an abbreviation leaves out (data/abbreviation_skips.txt)."""
    return frozenset(lines("abbreviation_skips.txt"))


def _span(doc: Doc, first: int, last: int) -> Span:
    m = doc.tok_mention(first, last)
    return m.start, m.stop


def _name_tokens(doc: Doc, c: OrgCandidate, names: AbstractSet[tuple[int, int]] = frozenset()
                 ) -> tuple[int, int]:
    if c.form is None or not c.first_tok <= c.name_first < c.last_tok:
        return _quoted_extent(doc, c.first_tok, c.last_tok, names - {(c.name_first, c.name_last)})
    a, b = c.name_first, min(c.name_last, c.last_tok)
    while a < b and doc.toks[a].text in QUOTES:
        a += 1
    while b > a and doc.toks[b - 1].text in QUOTES:
        b -= 1
    return (a, b) if b > a else (c.first_tok, c.last_tok)


def _quoted_extent(doc: Doc, first: int, last: int,
                   names: AbstractSet[tuple[int, int]] = frozenset()) -> tuple[int, int]:
    """The mention of tokens [first, last) that end on a quoted name: after an abbreviation in
    capitals, which stands for the kind of body as a legal form does ("РИА «Новости»", "ГУП
    «Водоканал»"), the quoted words alone; after other words, the words before it when the
    quoted name may be in the genitive and names an organization of its own (``names``: the
    token spans of the organizations' names) that they belong to ("Русской службе | «Голоса
    Америки»"), else all of it ("театра фольклора «Русская песня»"), the closing quote
    included where the span stopped before it."""
    toks = doc.toks
    q = next((k for k in range(first, last) if is_opening(doc, k)), None)
    span = doc.quotes.name_at(q) if q is not None else None
    if span is None:
        return _latin_after_abbreviation(doc, first, last)
    a, b, after = span
    if not a < last <= b + 1 or a >= b:
        return first, last  # more words after the quoted name, or none in it
    if q == first + 1 and CAPITALS_ABBREVIATION.match(toks[first].text):
        return a, b
    if q is not None and q > first and (a, b) in names and _genitive_name(doc, a, b):
        return first, q  # "Русской службе | «Голоса Америки»": the quote names its owner
    closed = b < len(toks) and after == b + 1 and toks[b].text in CLOSE_QUOTES + '"'
    return first, b + 1 if closed else last


def _genitive_name(doc: Doc, a: int, b: int) -> bool:
    """May the quoted name of tokens [a, b) be headed by a word in the genitive, no
    abbreviation: the organization the words before it belong to ("Русской службе «Голоса
    Америки»"), not their name ("театра фольклора «Русская песня»", "университета
    «ОмГТУ»")?"""
    h = head_index(doc.toks[a:b])
    ref = doc.toks[a + h] if h is not None else None
    return ref is not None and ref.is_word() and not ref.text.isupper() and \
        any("gent" in p.grams for p in ref.parses)


def _latin_after_abbreviation(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """"ИА Regnum": a name in Latin letters after an abbreviation in capitals for the kind of
    body is the mention, as a quoted name is."""
    toks = doc.toks
    if last - first >= 2 and CAPITALS_ABBREVIATION.match(toks[first].text) and \
            _LATIN_START.match(toks[first + 1].text):
        return first + 1, last
    return first, last


_LATIN_START = re.compile(r"^[A-Za-z]")


def org_facts(doc: Doc, orgs: Iterable[OrgCandidate], lex: PlaceLexicon | None = None
              ) -> list[OrgFact]:
    """The organizations' mentions as facts (``lex``: data/known_orgs.txt's names, which give
    one name to a body the text names in several ways)."""
    orgs = list(orgs)
    names = {(o.name_first, o.name_last) for o in orgs}
    out = []
    for o in orgs:
        first, last = _name_tokens(doc, o, names)
        entry, country = (None, None) if lex is None or o.form else _known_org(doc, lex, o)
        whole = _span(doc, min(o.first_tok, o.name_first), max(o.last_tok, o.name_last))
        out.append(OrgFact(_span(doc, o.first_tok, o.last_tok), _span(doc, first, last),
                           o.name, o.form, o.form_full, entry[1] if entry else o.kind, o.rule,
                           entry[0] if entry else None, whole, country,
                           _after_abbreviation(doc, o, first), o.written))
    return out


def _after_abbreviation(doc: Doc, o: OrgCandidate, first: int) -> str | None:
    """The name without the abbreviation its mention leaves out as a legal form ("ФК «Спартак»"
    → "Спартак", "ИА Regnum" → "Regnum"), when the name begins with it."""
    abbr = doc.toks[o.first_tok].text
    if o.form is not None or first <= o.first_tok or not o.name.startswith(abbr + " "):
        return None
    short = o.name[len(abbr) + 1:]
    if short[:1] in OPEN_QUOTES and short[-1:] in CLOSE_QUOTES and \
            not any(q in short[1:-1] for q in OPEN_QUOTES):
        short = short[1:-1]
    return short or None


def _known_org(doc: Doc, lex: PlaceLexicon, o: OrgCandidate
               ) -> tuple[tuple[str, str, str, bool] | None, str | None]:
    """The known organization a name names, and the country it serves if the name adds one: as
    a whole (it is in the nominative), or but for that country ("ФСБ России", "Центральный банк
    РФ"; not "Общественная палата Омской области", a body of its own)."""
    known = lex.known_orgs
    entry = known.get(tuple(key(o.name).split()))
    if entry is not None:
        return entry, _adjective_country(doc, lex, o)
    toks = doc.toks[o.name_first:max(o.name_last, o.last_tok)]
    for n in (1, 2):
        if entry is not None or len(toks) <= n:
            break
        tail = toks[-n:]
        place = lex.places.get(lemma_key(tail)) or (
            lex.place_alias.get(tail[0].text) if n == 1 else None)
        if place is not None and place.kind == "country":
            entry = known.get(lemma_key(toks[:-n])) or known.get(tuple(t.low for t in toks[:-n]))
            if entry is not None:
                return entry, place.name
    return entry, None


def _adjective_country(doc: Doc, lex: PlaceLexicon, o: OrgCandidate) -> str | None:
    """The country a relational adjective right before a known name gives it ("белорусского
    МИД", "Российский МИД": data/country_adjectives.txt), or None."""
    k = o.name_first - 1
    if k < 0 or doc.toks[k].pos != "ADJF" or doc.toks[k].sent != doc.toks[o.name_first].sent:
        return None
    return lex.country_adjectives.get(doc.toks[k].lemma.replace("ё", "е"))


def place_facts(doc: Doc, lex: PlaceLexicon, places: Iterable[PlaceCandidate]
                ) -> list[PlaceFact]:
    out = []
    for p in places:
        word = None
        after = False
        if p.last_tok - p.first_tok == 1:
            word = doc.toks[p.first_tok].text.lower()
            prev = doc.toks[p.first_tok - 1].low if p.first_tok > 0 else ""
            after = prev in lex.prepositions and not (
                doc.toks[p.first_tok].ner == "LOC" and prev == "на")
        out.append(PlaceFact(_span(doc, p.first_tok, p.last_tok), p.name, p.kind, p.surface,
                             word, after, p.rule, _known_place(doc, lex, p)))
    return out


def _known_place(doc: Doc, lex: PlaceLexicon, p: PlaceCandidate) -> str | None:
    """The gazetteer's name of the place a candidate names, by any of its names or its
    abbreviation, if the gazetteer knows it."""
    toks = doc.toks[p.first_tok:p.last_tok]
    entry = lex.places.get(lemma_key(toks))
    if entry is None and len(toks) == 1 and toks[0].text in lex.place_alias:
        full = lex.place_alias[toks[0].text]  # "РК" → "Республика Казахстан" → "Казахстан"
        entry = lex.places.get(full.lemmas, full)
    return entry.name if entry is not None else None


def _mentions(text: str, spans: Iterable[Span]) -> tuple[Mention, ...]:
    return tuple(sorted({Mention(a, b, text[a:b]) for a, b in spans}))


def _groups(items: Iterable[OrgFact | PlaceFact], name: str = "name") -> list[list]:
    groups: dict[str, list] = {}
    for x in items:
        groups.setdefault(key(getattr(x, name)), []).append(x)
    return sorted(groups.values(), key=lambda xs: min(x.span[0] for x in xs))


@cache
def _gazetteer_stems(lex: PlaceLexicon) -> frozenset[str]:
    """The stems of the words of the gazetteer's names ("Павлодар", "Ростовская область")."""
    return frozenset(stem for e in lex.places.values() for stem in _stems(e.name))


@cache
def _country_stems(lex: PlaceLexicon) -> frozenset[str]:
    """The stems of the words of the gazetteer's countries ("Казахстан", "Россия")."""
    return frozenset(stem for e in lex.places.values() if e.kind == "country"
                     for stem in _stems(e.name))


@cache
def _place_word_stems(lex: PlaceLexicon) -> frozenset[str]:
    """The stems of the words for kinds of place ("город", "область")."""
    return frozenset(word_stem(w) for w in lex.place_words if " " not in w)


@cache
def _org_word_stems(lex: PlaceLexicon) -> frozenset[str]:
    """The stems of the words that name a kind of organization ("палата", "центр")."""
    return frozenset(word_stem(w) for w in lex.org_words if " " not in w)


def _stems(name: str) -> tuple[str, ...]:
    return tuple(word_stem(w) for w in _WORD.findall(name))


def _initials(name: str) -> tuple[str, ...]:
    """The abbreviations of a name: the first letters of its words but the function words
    ("Министерство информации и общественного развития" → "миор"), a hyphenated word's once
    and, besides, one of each of its parts ("Российская премьер-лига" → "рп", "рпл")."""
    words = [w for w in _WORD.findall(key(name)) if w not in _function_words()]
    whole = "".join(w[0] for w in words)
    parts = "".join(p[0] for w in words for p in w.split("-") if p)
    return (whole,) if parts == whole else (whole, parts)


_Renaming = tuple[int, tuple[str, ...], tuple[str, ...]]  # (rank, other name, name)


@cache
def _place_stems(lex: PlaceLexicon) -> dict[str, tuple[_Renaming, ...]]:
    """The stems of each of the gazetteer's names and other names of a place with the stems of
    the place's name, where they differ ("башкири" → "башкортостан", "республик
    башкортостан" → "башкортостан", "кузбасс" → "кемеровск област"), by their first stem, each
    with its rank: longest first."""
    pairs = {tuple(word_stem(w) for w in lemmas): _stems(e.name)
             for lemmas, e in lex.places.items() if len(lemmas) <= _MAX_PLACE_WORDS}
    ranked = sorted(((a, b) for a, b in pairs.items() if a and b and a != b),
                    key=lambda p: (-len(p[0]), p))
    index: dict[str, list[_Renaming]] = {}
    for rank, (alias, name) in enumerate(ranked):
        index.setdefault(alias[0], []).append((rank, alias, name))
    return {first: tuple(xs) for first, xs in index.items()}


_MAX_PLACE_WORDS = 3


def _place_named(stems: tuple[str, ...], lex: PlaceLexicon | None) -> tuple[str, ...]:
    """``stems`` with a place's other name put as the place's name ("Общественная палата
    Башкирии" as "… Башкортостан", as "Общественная палата Республики Башкортостан" is): the
    longest other name, at its last place in ``stems``."""
    if lex is None:
        return stems
    index = _place_stems(lex)
    found: tuple[int, int, tuple[str, ...], tuple[str, ...]] | None = None
    for i in range(1, len(stems)):  # (not the name's first word: "Орёл" the club)
        for rank, alias, name in index.get(stems[i], ()):
            if stems[i:i + len(alias)] == alias and (found is None or (rank, -i) < found[:2]):
                found = (rank, -i, alias, name)
    if found is None:
        return stems
    i = -found[1]
    return stems[:i] + found[3] + stems[i + len(found[2]):]


def _same_stems(text: str, groups: list[list[OrgFact]], lex: PlaceLexicon | None = None
                ) -> list[list[OrgFact]]:
    """Groups whose names differ only in their endings ("Металлоинвеста", "Металлоинвест"; a
    name the morphology could not put in the nominative), or in the name of a place they hold
    ("Общественная палата Башкирии", "Общественная палата Республики Башкортостан"), as one,
    named by the form the morphology changed ("Уральской стали" → "Уральская сталь"), else by
    the shortest."""
    by_stems: dict[tuple[str, ...], list[list[OrgFact]]] = {}
    for g in groups:
        stems = _place_named(_stems(g[0].known or g[0].name), lex) or (key(g[0].name),)
        if g[0].country is not None and all(f.country == g[0].country for f in g):
            stems += _stems(g[0].country)  # "МИД Италии" is no "МИД РФ"
        by_stems.setdefault(stems, []).append(g)
    out = []
    for same in by_stems.values():
        if len(same) > 1:
            # (the place's fuller name, of the names that differ in it: "… Республики
            # Башкортостан", not "… Башкирии")
            sign = -1 if len({_stems(g[0].known or g[0].name) for g in same}) > 1 else 1
            best = min(same, key=lambda g: (not any(f.known for f in g),
                                            not any(_normalized(text, f) for f in g),
                                            sign * len(g[0].name), g[0].span[0]))
            same = [best + [f for g in same if g is not best for f in g]]
        out.append(same[0])
    return sorted(out, key=lambda xs: min(x.span[0] for x in xs))


def _org_case_forms_joined(groups: list[list[OrgFact]]) -> list[list[OrgFact]]:
    """A one-word name kept as written in a case form ("капитану команды «Сибур-Нефтехима»")
    joins the organization the text names by its nominative elsewhere ("АО «Сибур-Нефтехим»",
    ``case_nominatives``), which names them both."""
    names = {key(g[0].org_key): i for i, g in enumerate(groups)}
    merged: set[int] = set()
    for i, g in enumerate(groups):
        name = g[0].org_key
        if any(f.known for f in g) or " " in name or not name[:1].isupper():
            continue
        into = next((j for f in case_nominatives(name)
                     if (j := names.get(key(f), i)) != i and j not in merged), None)
        if into is not None:
            groups[into] = groups[into] + g
            merged.add(i)
    return [g for i, g in enumerate(groups) if i not in merged]


def _by_country(groups: list[list[OrgFact]]) -> list[list[OrgFact]]:
    """A known name the text gives two countries is two bodies ("МИД Италии", "МИД РФ"): a
    group of such mentions splits by country, and those that name none ("МИД") stand apart
    (the shorter forms decide whose they are). One country keeps the group whole ("ФСБ
    России", "ФСБ")."""
    out: list[list[OrgFact]] = []
    for g in groups:
        countries = {f.country for f in g if f.country is not None}
        if len(countries) < 2:
            out.append(g)
            continue
        parts: dict[str | None, list[OrgFact]] = {}
        for f in g:
            parts.setdefault(f.country, []).append(f)
        out += parts.values()
    return sorted(out, key=lambda xs: min(x.span[0] for x in xs))


def _normalized(text: str, f: OrgFact) -> bool:
    """The name differs from the words as written: the morphology put them in the
    nominative (the words of "Геликон-оперы" stand as written in "московской «Геликон-оперы»",
    a mention with a relational adjective)."""
    if f.form is not None:
        return False
    name = _WORD.findall(key(f.name))
    said = _WORD.findall(key(text[slice(*f.span)]))
    return not any(said[i:i + len(name)] == name for i in range(len(said) - len(name) + 1))


@dataclass
class _OrgGroup:
    facts: list[OrgFact]
    names: list[str] = field(default_factory=list)  # the names of groups merged into it

    @property
    def name(self) -> str:
        """The known name of its first fact when the text uses it and it says no less
        ("Совет Федерации" for "Совфед", "ЦБ РФ"; not "Верховный суд" for "Верховный суд
        России"), else the first fact's (a short form merged into it comes later)."""
        first = self.facts[0]
        same = None if first.known is None else next(
            (f.name for f in self.facts if key(f.name) == key(first.known)), None)
        if same is not None and len(same.split()) >= len(first.name.split()):
            return same  # as the text spells it
        served = next((f.name for f in self.facts if first.country is not None and
                       f.country == first.country and
                       key(f.name).startswith(key(first.name) + " ")), None)
        return served or first.name  # "МИД Японии" for "японский МИД" and "МИД Японии"

    @property
    def form(self) -> str | None:
        return next((c.form for c in self.facts if c.form), None)


def _head_stem(name: str, stems: tuple[str, ...], head_stems: AbstractSet[str]) -> str | None:
    """The stem of a name's head: its first word that names a kind of organization, after
    adjectives only ("Общественная палата Омской области" → "палат"); None when a noun of
    another kind heads it ("Секретариат Ассамблеи": the assembly is its complement)."""
    words = _WORD.findall(name)
    for i, s in enumerate(stems):
        if s in head_stems:
            return s
        if i < len(words) and not words[i].lower().endswith(lines("adjective_endings.txt")):
            return None
    return None


def _attached_to(name: str) -> str | None:
    """The name of a body before "при" that attaches it to another ("Общественный совет при
    акимате района" → "общественный совет"), or None."""
    words = key(name).split()
    return " ".join(words[:words.index("при")]) if "при" in words[1:] else None


def _abbreviates(name: str) -> str | None:
    """The letters of an abbreviation, written whole or in parts ("МИОР", "ОП РО"), else
    None."""
    words = name.split()
    if not words or not all(w.isupper() and w.isalpha() for w in words):
        return None
    letters = "".join(words)
    return key(letters) if len(letters) >= 2 else None


_NUMBERED = re.compile(r"^(.+?)\s*№\s*(\d+[а-яА-Я]?)$")
# a name that ends in a quoted name after its words ("Поисковый отряд «Рубеж»")
_QUOTED_END = re.compile(r"^\S.*\s«([^«»]+)»+$")


@dataclass(frozen=True)
class _Names:
    """The groups' names, their stems and the indexes ``_shorter_forms`` looks them up by,
    computed once."""

    names: list[str]
    stems: list[tuple[str, ...]]
    by_first: dict[str, list[int]]
    by_initials: dict[str, list[int]]
    by_head: dict[str, list[int]]
    by_number: dict[str, list[int]]  # "12" → the names ending in "№ 12"
    by_quoted_end: dict[str, list[int]]  # "рубеж" → the names ending in "«Рубеж»"

    @classmethod
    def of(cls, groups: list[_OrgGroup], head_stems: AbstractSet[str]) -> _Names:
        names = [g.name for g in groups]
        stems = [_stems(n) for n in names]
        by_first: dict[str, list[int]] = {}
        by_initials: dict[str, list[int]] = {}
        by_head: dict[str, list[int]] = {}
        by_number: dict[str, list[int]] = {}
        by_quoted_end: dict[str, list[int]] = {}
        for i, (name, st) in enumerate(zip(names, stems)):
            numbered = _NUMBERED.match(name)
            if numbered is not None:
                by_number.setdefault(numbered.group(2), []).append(i)
            quoted = _QUOTED_END.match(name)
            if quoted is not None and _own_quote(name, head_stems):
                by_quoted_end.setdefault(key(quoted.group(1)), []).append(i)
            if st:
                by_first.setdefault(st[0], []).append(i)
            if len(st) > 1:
                for initials in _initials(name):
                    by_initials.setdefault(initials, []).append(i)
                head = _head_stem(name, st, head_stems)
                if head is not None:
                    by_head.setdefault(head, []).append(i)
        return cls(names, stems, by_first, by_initials, by_head, by_number, by_quoted_end)


@cache
def _branches() -> frozenset[str]:
    """The stems of the words for a part of another organization (data/branch_words.txt)."""
    return frozenset(word_stem(w) for w in lines("branch_words.txt"))


def _own_quote(name: str, head_stems: AbstractSet[str]) -> bool:
    """Does the quoted name that ends ``name`` name its body, not a second body the words
    before the quote name in the genitive ("Поисковый отряд «Рубеж»", "Центр семейного
    отдыха «Вече»": a word for a body before it; not "областной филиал партии «Нұр Отан»",
    the party's, nor "Департамент … ЗАО «Роспром»", the company's, nor "Украинская служба
    «Радио Свобода»", a part's: data/branch_words.txt)?"""
    words = _WORD.findall(name[:name.index("«")])
    if not any(word_stem(w) in head_stems for w in words) or \
            len(words) > 1 and not words[-1].islower() or word_stem(words[-1]) in _branches():
        return False  # "Департамент … ЗАО «Роспром»", "Институт Пушкина «…»", "служба «…»"
    if len(words) < 2 or word_stem(words[-1]) not in head_stems:
        return True
    return all(w.lower().endswith(lines("adjective_endings.txt")) for w in words[:-1])


# the stem of a word for a unit that stands for any region ("Общественная палата региона")
_ANY_REGION = frozenset({word_stem("регион")})


def _unit_shortened(i: int, n: _Names, place_stems: AbstractSet[str]) -> set[int]:
    """The names group i's name shortens to its unit word ("Общественная палата края" of
    "Общественная палата Пермского края", "… региона" of "… Свердловской области"): the same
    first words, then a place whose words hold that unit word (any region's for "региона")."""
    stems = n.stems[i]
    if len(stems) < 2 or stems[-1] not in place_stems:
        return set()
    prefix, unit = stems[:-1], stems[-1]
    return {j for j in n.by_first.get(stems[0], ()) if j != i and
            len(n.stems[j]) > len(stems) and n.stems[j][:len(prefix)] == prefix and
            set(n.stems[j][len(prefix):]) <= place_stems and
            (unit in n.stems[j][len(prefix):] or unit in _ANY_REGION)}


def _abbreviated_end(i: int, n: _Names) -> set[int]:
    """The names group i's name shortens by an abbreviation of their last words after the same
    first words ("Михайловский ГОК" of "Михайловский горно-обогатительный комбинат", "Омский
    НПЗ" of "Омский нефтеперерабатывающий завод")."""
    words = n.names[i].split()
    letters = _abbreviates(words[-1]) if len(words) > 1 else None
    if letters is None or _abbreviates(n.names[i]) is not None:
        return set()
    prefix = n.stems[i][:len(words) - 1]
    return {j for j in n.by_first.get(n.stems[i][0], ()) if j != i and
            len(n.stems[j]) > len(prefix) + 1 and n.stems[j][:len(prefix)] == prefix and
            letters in _initials(" ".join(n.names[j].split()[len(prefix):]))}


def _numbered_abbreviation(i: int, n: _Names) -> set[int]:
    """The names group i's name abbreviates before the same number ("СОШ № 12" of "Средняя
    общеобразовательная школа №12", "ДЮСШ №4" of "Детско-юношеская спортивная школа № 4")."""
    m = _NUMBERED.match(n.names[i])
    letters = _abbreviates(m.group(1)) if m is not None else None
    if m is None or letters is None:
        return set()
    out = set()
    for j in n.by_number.get(m.group(2), ()):
        o = _NUMBERED.match(n.names[j])
        if j != i and o is not None and _abbreviates(o.group(1)) is None and \
                letters in _initials(o.group(1)):
            out.add(j)
    return out


def _longer_forms(i: int, form: str | None, n: _Names, place_stems: AbstractSet[str],
                  head_stems: AbstractSet[str], countries: AbstractSet[str] = frozenset()
                  ) -> set[int]:
    """The groups whose name group i's name may shorten (see ``_shorter_forms``); a name that
    ends with its country names the national body, not its body of a region ("Ассамблея
    народа Казахстана" is not "Ассамблея народа Казахстана Абайской области")."""
    name, stems = n.names[i], n.stems[i]
    national = len(stems) > 1 and stems[-1] in countries
    longer = {j for j in n.by_first.get(stems[0], ()) if j != i and
              len(n.stems[j]) > len(stems) and n.stems[j][:len(stems)] == stems and
              (set(n.stems[j][len(stems):]) <= place_stems and not national or
               _attached_to(n.names[j]) == key(name))}
    if not national:
        longer |= _unit_shortened(i, n, place_stems)
    letters = _abbreviates(name)
    if letters is not None:
        longer |= set(n.by_initials.get(letters, ()))
    longer |= _abbreviated_end(i, n)
    longer |= _numbered_abbreviation(i, n)
    # the quoted name alone ("отряда «Рубеж»" of "Поисковый отряд «Рубеж»", "«Вече»" of
    # "Центр семейного отдыха «Вече»")
    longer |= {j for j in n.by_quoted_end.get(key(name), ()) if j != i}
    if form is None and name[:1].isupper():
        # the head word alone ("Палата"), or the end of the name with its head ("Театр сатиры",
        # "Исторический музей" of "Московский академический театр сатиры", "Национальный
        # исторический музей"), with a capital: "правительство Мали" is not "переходное
        # правительство Мали"
        longer |= {j for stem in set(stems) & head_stems for j in n.by_head.get(stem, ())
                   if j != i and len(n.stems[j]) > len(stems) and
                   (len(stems) == 1 or
                    key(n.names[j]).split()[-len(stems):] == key(name).split())}
    return longer


def _shorter_forms(groups: list[_OrgGroup], place_stems: AbstractSet[str],
                   head_stems: AbstractSet[str] = frozenset(),
                   country_stems: AbstractSet[str] = frozenset()) -> None:
    """Merge an organization named by a shorter form of one other organization's name into that
    one: its abbreviation ("МИОР", "ОП РО"), its head word alone ("Палата" of "Общественная
    палата Омской области"), or its first words when the rest names a place ("Общественная
    палата" of "Общественная палата Омской области"; not "Microsoft" of "Microsoft
    Entertainment & Devices", a part of it). A shorter form that fits several names stays an
    entity of its own (the text names two bodies)."""
    n = _Names.of(groups, head_stems)
    merged: set[int] = set()
    # the countries each group's known body serves: a short form of one country is no name of
    # another's body ("Российский МИД" is not the "МИД Украины" of the same sentence)
    countries = [{f.country for f in g.facts if f.country is not None} for g in groups]
    # longer short forms first: "Совет" then finds one body, once "Общественный совет" has
    # joined "Общественный совет города Алматы"
    for i in sorted(range(len(groups)), key=lambda i: -len(n.stems[i])):
        g = groups[i]
        if not n.stems[i]:
            continue
        longer = {j for j in _longer_forms(i, g.form, n, place_stems, head_stems, country_stems)
                  if j not in merged and (g.form is None or groups[j].form in (None, g.form))
                  and (not countries[i] or not countries[j] or countries[i] & countries[j])}
        if len(longer) == 1:
            j = longer.pop()
            countries[j] |= countries[i]
            groups[j].facts += g.facts
            groups[j].names += [g.name, *g.names]
            merged.add(i)
    groups[:] = [g for i, g in enumerate(groups) if i not in merged]


def org_records(text: str, facts: Sequence[OrgFact], places: Sequence[PlaceFact],
                marks: Marks, lex: PlaceLexicon | None = None
                ) -> tuple[list[Organization], list[tuple[Span, str]]]:
    """The organizations of a text, and every mention's whole span with its entity's name
    (``places``: the text's places, whose words may complete an organization's short name;
    ``lex``: the gazetteer's one-word names do too, and its words for kinds of organization
    make a head word alone a short name)."""
    groups = [_OrgGroup(g) for g in _org_case_forms_joined(
        _same_stems(text, _by_country(_groups(facts, "org_key")), lex))]
    place_stems = {stem for p in places for name in (p.name, p.surface or "", text[slice(*p.span)])
                   for stem in _stems(name)}
    heads: AbstractSet[str] = frozenset()
    if lex is not None:
        place_stems |= _gazetteer_stems(lex) | _place_word_stems(lex)
        heads = _org_word_stems(lex)
    countries = {stem for p in places if p.kind == "country" for stem in _stems(p.name)}
    if lex is not None:
        countries |= _country_stems(lex)
    _shorter_forms(groups, place_stems, heads, countries)
    records: list[Organization] = []
    spans: list[tuple[Span, str]] = []
    for g in sorted(groups, key=lambda g: min(c.span[0] for c in g.facts)):
        group = g.facts
        name = g.name
        form = g.form
        form_full = next((c.form_full for c in group if c.form_full), None)
        kind = next((c.kind for c in group if c.form), group[0].kind)
        aliases = tuple(dict.fromkeys(n for n in (*g.names, *(c.name for c in group),
                                                  *(c.short for c in group if c.short),
                                                  *(c.written for c in group if c.written))
                                      if key(n) != key(name)))
        records.append(Organization(name, form, form_full, kind,
                                    _mentions(text, (c.mention for c in group)),
                                    marks.rule(group[0].rule), aliases,
                                    marks.score("organizations", (c.rule for c in group),
                                                len(group))))
        spans += [(c.span, name) for c in group]
    return records, spans


def _namesake(p: PlaceFact, surnames: set[str]) -> bool:
    """Is the place's word a surname of the text, or one with a case ending of at most two
    letters ("Петрова" of "Петров")?"""
    w = p.word
    return w is not None and not p.after_place_preposition and any(
        w[:len(w) - d] in surnames for d in (0, 1, 2) if len(w) > d)


def _place_name(group: Sequence[PlaceFact]) -> str:
    """The name of one place named in several ways: the gazetteer's name when the text uses it
    or only abbreviates it ("ВКО"), else the first name the text gives ("Республика Беларусь")."""
    known = next((c.known for c in group if c.known), None)
    if known is None:
        return group[0].name
    same = next((c.name for c in group if key(c.name) == key(known)), None)
    if same is not None:
        return same  # as the text spells it ("Объединённые Арабские Эмираты")
    # an abbreviation the text alone uses: its full name ("ВКО"; "РК": "Республика Казахстан")
    return known if all(c.name.isupper() for c in group) else group[0].name


def _abbreviations_joined(groups: list[list[PlaceFact]]) -> list[list[PlaceFact]]:
    """A place named by an abbreviation in capitals the text's only place of those initials
    explains ("РО" beside "Ростовская область"; "ЗКО", "РК" the gazetteer knows already) joins
    that place's group."""
    by_initials: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        if len(_WORD.findall(_place_name(g))) > 1:
            for initials in _initials(_place_name(g)):
                by_initials.setdefault(initials, []).append(i)
    merged: set[int] = set()
    for i, g in enumerate(groups):
        name = _place_name(g)
        owners = by_initials.get(name.lower(), []) if CAPITALS_ABBREVIATION.match(name) else []
        if len(owners) == 1 and owners[0] != i:
            groups[owners[0]] = groups[owners[0]] + g
            merged.add(i)
    return [g for i, g in enumerate(groups) if i not in merged]


def _case_forms_joined(groups: list[list[PlaceFact]]) -> list[list[PlaceFact]]:
    """A one-word place the gazetteer does not know, named in a case form the rules kept as
    written ("в селе Жанажоле", a name in apposition), joins the place the text names by its
    nominative elsewhere ("Жанажол", ``case_nominatives``), which names them both."""
    names = {key(_place_name(g)): i for i, g in enumerate(groups)}
    merged: set[int] = set()
    for i, g in enumerate(groups):
        if any(c.known for c in g):
            continue
        into = next((j for f in case_nominatives(_place_name(g))
                     if (j := names.get(key(f), i)) != i and j not in merged), None)
        if into is not None:
            groups[into] = groups[into] + g
            merged.add(i)
    return [g for i, g in enumerate(groups) if i not in merged]


_VENUE_NAME = re.compile(r"«([^«»]+)»$")  # "Дворец культуры «Энергетик»": "Энергетик"


def _venues_joined(groups: list[list[PlaceFact]]) -> list[list[PlaceFact]]:
    """A venue named by its word and quoted name ("Дворец культуры «Энергетик»") and one the
    text names by another word ("ДК «Энергетик»") or by the quoted name alone ("«Энергетик»")
    are one place, named as the text first names it with its word."""
    def venue(g: list[PlaceFact]) -> str | None:
        m = _VENUE_NAME.search(_place_name(g))
        return key(m.group(1)) if m else key(_place_name(g)) if g[0].kind == "other" else None

    named: dict[str, int] = {}
    for i, g in enumerate(groups):
        if _VENUE_NAME.search(_place_name(g)):
            named.setdefault(venue(g) or "", i)
    merged: set[int] = set()
    for i, g in enumerate(groups):
        into = named.get(venue(g) or "", i)
        if into != i:
            groups[into] = groups[into] + g
            merged.add(i)
    return [g for i, g in enumerate(groups) if i not in merged]


def place_records(text: str, facts: Sequence[PlaceFact], people: Sequence[PersonFact],
                  marks: Marks, in_orgs: Hull | None = None
                  ) -> tuple[list[Place], list[tuple[Span, str]]]:
    """The places of a text (a person's surname left out), one per place however the text names
    it ("Казахстан", "Республика Казахстан", "РК"), and every mention's span with its entity's
    name: named by the mentions of its own when it has any, not by those inside an
    organization's name (``in_orgs``: "Ассамблея народа Казахстана" … "Конституции РК" names
    "Республика Казахстан")."""
    surnames = {c.last.lower() for c in people if c.first and c.last and len(c.last) >= 4}
    records: list[Place] = []
    spans: list[tuple[Span, str]] = []
    kept = [p for p in facts if not (surnames and _namesake(p, surnames))]
    for group in _venues_joined(_case_forms_joined(_abbreviations_joined(
            _groups(kept, "place_key")))):
        own = [c for c in group if in_orgs is None or not in_orgs.contains_longer(c.span)]
        name = _place_name(own or group)
        kind = next((c.kind for c in group if c.kind), None)
        # an abbreviation as written; a place of kind other by both its names ("река Иртыш",
        # "Иртыш")
        written = (n for c in group for n in ((c.surface, c.name) if c.kind == "other" else
                                              (c.surface or c.name,)) if n)
        aliases = tuple(dict.fromkeys(n for n in written if key(n) != key(name)))
        records.append(Place(name, kind, _mentions(text, (c.span for c in group)), aliases,
                             marks.rule(group[0].rule),
                             marks.score("places", (c.rule for c in group), len(group))))
        spans += [(c.span, name) for c in group]
    return records, spans



class _OrgSpans:
    """The organizations' mention spans by start, and the longest of them: the ones that may
    hold a span are those that start at most that far before it (looked up by bisection)."""

    def __init__(self, org_spans: Sequence[tuple[Span, str]]) -> None:
        self.rows = sorted((a, b, name) for (a, b), name in org_spans)
        self.starts = [r[0] for r in self.rows]
        self.longest = max((b - a for a, b, _ in self.rows), default=0)

    def around(self, m: Mention) -> Iterator[tuple[int, int, str]]:
        lo = bisect_left(self.starts, m.start - self.longest)
        hi = bisect_right(self.starts, m.start)
        return (r for r in self.rows[lo:hi] if m.stop <= r[1])


def _holder(text: str, m: Mention, orgs: _OrgSpans) -> str | None:
    """The name of the innermost organization's mention that holds ``m`` between its quotes
    (ОО «Центр … города Актобе»), or None. A place in an unquoted name ("акимат Костанайской
    области") is the place the body serves, a place of the text."""
    around = [(b - a, name) for a, b, name in orgs.around(m)
              if b - a > m.stop - m.start and _quoted(text[a:m.start], text[m.stop:b])]
    return min(around)[1] if around else None


def _quoted(before: str, after: str) -> bool:
    """A quote opens before the mention and is still open, and one closes after it."""
    depth = 0
    for ch in before:  # '"' and '“' both open and close: they close an open quote
        if ch in CLOSE_QUOTES and depth > 0 or ch == '"' and depth > 0:
            depth -= 1
        elif ch in OPEN_QUOTES or ch == '"':
            depth += 1
    return depth > 0 and any(ch in QUOTES for ch in after)


def places_within(text: str, places: Sequence[Place], org_spans: Sequence[tuple[Span, str]]
                  ) -> list[Place]:
    """The places, each one whose every mention stands inside an organization's quoted name
    (ОФ «Қамқорлық Павлодар») marked ``within`` the organization that holds its first mention;
    a place the text names on its own at least once stays a place of the text (None)."""
    orgs = _OrgSpans(org_spans)
    out = []
    for p in places:
        holders = []
        for m in p.mentions:  # the first mention held by none decides
            holders.append(_holder(text, m, orgs))
            if holders[-1] is None:
                break
        inside = bool(holders) and all(h is not None for h in holders)
        out.append(replace(p, within=holders[0]) if inside else p)
    return out


# a name's word starts with a capital or a digit, or is written in Latin letters
_NAMELIKE = re.compile(r"^(?:[^\W\d_]*[A-Za-z]|[\dA-ZА-ЯЁ])")
# where a sentence starts: a single title-case word there may be a common noun
_SENTENCE_END = re.compile(r"(?:[.!?…:;\n]|[.!?…]\W)\s*$")


def _repeatable(form: str) -> bool:
    """Can a mention's words name the organization wherever the text repeats them: they start
    with a capital or a digit, or are Latin ("Facebook", "WFC", "Большого театра"; not
    "правительство", which a rule of its own finds)."""
    return bool(_NAMELIKE.match(form)) and any(ch.isalpha() for ch in form)


def _common_word_at_start(text: str, form: str, start: int, lowercase: AbstractSet[str]
                          ) -> bool:
    """One title-case word at a sentence's start that the text also writes in lowercase
    (``lowercase``: the stems of those words), a common noun there ("«Центр» … Центр города
    закрыт … в центре")."""
    return " " not in form and form[1:].islower() and word_stem(form) in lowercase and \
        (start == 0 or bool(_SENTENCE_END.search(text[max(0, start - 3):start])))


def _quoted_part(words: str) -> str:
    """The words between the quotes of a mention that has some after other words
    ("ленинградского «Телевизора»" → "Телевизора"), else ""."""
    open_at = next((i for i, ch in enumerate(words) if ch in OPEN_QUOTES + '"'), -1)
    if open_at <= 0:
        return ""
    return words[open_at + 1:].rstrip(CLOSE_QUOTES + '"').strip()


# a word, or one sign that is neither a word's nor a space: the pieces a repeated form is cut in
_PIECE = re.compile(r"\w+|[^\w\s]")
_FORM_PIECES = 12  # a longer form is not searched for (a name of more pieces is not repeated)


def _repeats(text: str, forms: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """Where the text writes one of the forms, left to right and never overlapping, the form of
    most pieces first at each place, each standing apart (no word letter or hyphen either side,
    no abbreviation's dot after it). A dictionary of the forms' pieces is looked up at each
    piece of the text, so the cost grows with the text, not with the text times the forms."""
    by_pieces: dict[tuple[str, ...], list[str]] = {}
    for form in sorted(forms, key=lambda w: (-len(w), w)):
        pieces = tuple(_PIECE.findall(form))
        if 0 < len(pieces) <= _FORM_PIECES:
            by_pieces.setdefault(pieces, []).append(form)
    sizes = sorted({len(k) for k in by_pieces}, reverse=True)
    if not sizes:
        return
    window: deque[tuple[int, str]] = deque()  # the next pieces of the text: (start, piece)
    for m in _PIECE.finditer(text):
        window.append((m.start(), m.group()))
        if len(window) == sizes[0]:
            yield from _repeat_at(text, window, by_pieces, sizes)
    while window:
        yield from _repeat_at(text, window, by_pieces, sizes)


def _repeat_at(text: str, window: deque[tuple[int, str]],
               by_pieces: dict[tuple[str, ...], list[str]], sizes: list[int]
               ) -> Iterator[tuple[int, int, str]]:
    """The form that starts at the window's first piece, if one does; the window then drops
    that form's pieces, else its first piece (so it holds at most the longest form's)."""
    start = window[0][0]
    for k in sizes:
        if k > len(window):
            continue
        key = tuple(t for _, t in islice(window, k))
        form = next((f for f in by_pieces.get(key, ())
                     if _stands_apart(text, start, start + len(f), f)), None)
        if form is not None:
            yield start, start + len(form), form
            for _ in range(k):
                window.popleft()
            return
    window.popleft()


# what may not touch a repeated form: a word's character or a hyphen before it; the same, or an
# abbreviation's dot ("С.Ш.А"), after it
_JOINED_BEFORE = re.compile(r"[\w-]")
_JOINED_AFTER = re.compile(r"[\w-]|\.\w")


def _stands_apart(text: str, a: int, b: int, form: str) -> bool:
    """Does the text write the form at [a, b), nothing joined to it either side?"""
    return text[a:b] == form and not (a > 0 and _JOINED_BEFORE.match(text, a - 1)) and \
        not _JOINED_AFTER.match(text, b)


def repeated_mentions(text: str, orgs: Sequence[Organization], taken: Iterable[Span],
                      lowercase: AbstractSet[str] = frozenset()) -> list[Organization]:
    """The organizations with every place the text repeats one of their mentions' words as
    written ("Facebook", "WFC", "«Телевизора»"; the quoted words of "ленинградского
    «Телевизора»"), and no person, place or organization claimed
    already (``taken``) as a mention of theirs too; at a sentence's start, a title-case word the
    text also writes in lowercase (``lowercase``: their stems) is left out. One search of the
    text for all the words."""
    owner: dict[str, int] = {}
    for i, o in enumerate(orgs):
        for form in (w for m in o.mentions for w in (m.text, _quoted_part(m.text))):
            if _repeatable(form):
                owner.setdefault(form, i)  # the first organization to use the words
    if not owner:
        return list(orgs)
    cover = Cover(taken)
    more: dict[int, set[Mention]] = {}
    for a, b, form in _repeats(text, owner):
        if cover.overlaps((a, b)) or _common_word_at_start(text, form, a, lowercase):
            continue
        more.setdefault(owner[form], set()).add(Mention(a, b, form))
    return [replace(o, mentions=tuple(sorted(set(o.mentions) | more[i]))) if i in more else o
            for i, o in enumerate(orgs)]
