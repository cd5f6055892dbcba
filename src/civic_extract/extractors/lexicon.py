"""The lexicons the extractors read, loaded from ``data/`` once and checked when built."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import lines, table
from ..errors import DataError
from ..text.morph import Morphology, WordParse

__all__ = ["LegalForm", "Lexicon", "lexicon", "adjective_lemma", "latin_key"]


@dataclass(frozen=True, slots=True)
class LegalForm:
    abbr: str
    full: str
    kind: str
    lemmas: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    name: str
    kind: str
    lemmas: tuple[str, ...]


_KINDS_ORG = {"ngo", "state", "company", "media", "education", "party", "other"}
_KINDS_PLACE = {"country", "region", "district", "city", "village", "other", "area"}
_AWARD_MODES = {"award", "generic", "title", "hero", "contest", "named", "prize"}


def _words(name: str) -> frozenset[str]:
    """A one-word-a-line table as a set, ё read as е."""
    return frozenset(w.replace("ё", "е") for w in lines(name))


def _lemmas(morph: Morphology, phrase: str) -> tuple[str, ...]:
    """The lemmas of a phrase's words; adjectives and participles keep their adjective lemma
    ("ограниченной" → "ограниченный", not the verb)."""
    out = []
    for w in phrase.replace("«", " ").replace("»", " ").split():
        parses = morph.parse(w.lower())
        adj = next((p for p in parses if p.pos in ("ADJF", "PRTF")), None)
        if adj is not None and adj.pos == "PRTF" and parses[0].pos in ("ADJF", "PRTF"):
            lemma = w.lower()  # a participle in the nominative: the word itself
        else:
            lemma = parses[0].normal if parses else w.lower()
        out.append(lemma.replace("ё", "е"))
    return tuple(out)


def _text_lemmas(morph: Morphology, phrase: str) -> tuple[str, ...]:
    """The lemmas a text's tokens carry: each word's likeliest parse, participles as verbs."""
    out = []
    for w in phrase.lower().split():
        parses = morph.parse(w)
        out.append((parses[0].normal if parses else w).replace("ё", "е"))
    return tuple(out)


def latin_key(phrase: str) -> tuple[str, ...]:
    """A Latin name as the text's tokens lemmatize it: lowercase words and punctuation
    ("U.S." → ("u", ".", "s", "."))."""
    return tuple(re.findall(r"\w+|[^\w\s]", phrase.lower()))


def adjective_lemma(morph: Morphology, parse: WordParse) -> str:
    """An adjective's or participle's lemma as an adjective: the masculine nominative singular
    ("заслуженного", "заслуженная" → "заслуженный"; pymorphy3 gives the verb for participles)."""
    if parse.pos == "PRTF":
        form = morph.inflect(parse, {"nomn", "sing", "masc"})
        if form:
            return form.replace("ё", "е")
    return parse.normal.replace("ё", "е")


def _award_lemmas(morph: Morphology, phrase: str) -> tuple[str, ...]:
    out = []
    for w in phrase.split():
        parses = morph.parse(w.lower())
        adj = next((p for p in parses if p.pos in ("ADJF", "PRTF")), None)
        if adj is not None and parses[0].pos in ("ADJF", "PRTF"):
            out.append(adjective_lemma(morph, adj))
        else:
            out.append((parses[0].normal if parses else w.lower()).replace("ё", "е"))
    return tuple(out)


class Lexicon:
    """Every table of ``data/`` in the shape the extractors need."""

    def __init__(self, morph: Morphology) -> None:
        self.titles = _words("titles.txt")
        self.not_titles = _words("not_titles.txt")
        self.link_titles = _words("link_titles.txt")
        self.title_verbs = frozenset(lines("title_verbs.txt"))
        self.relation_words = _words("relation_words.txt")
        self.membership = frozenset((a.replace("ё", "е"), b.replace("ё", "е"))
                                    for a, b in table("membership.txt", 2))
        self.coref_titles = {tuple(p.split()): g for p, g in table("coref_titles.txt", 2)}
        self.role_heads: dict[str, set[str]] = {}
        for head, group in table("role_heads.txt", 2):
            self.role_heads.setdefault(group, set()).add(head)
        self.forms: list[LegalForm] = []
        self.form_by_abbr: dict[str, LegalForm] = {}
        for abbr, full, kind in table("legal_forms.txt", 3):
            if kind not in _KINDS_ORG:
                raise DataError(f"data/legal_forms.txt: unknown kind {kind!r} for {abbr}")
            form = LegalForm(abbr, full, kind, _lemmas(morph, full))
            self.forms.append(form)
            self.form_by_abbr.setdefault(abbr, form)
        self.forms.sort(key=lambda f: -len(f.lemmas))
        self.org_words: dict[str, str] = {}
        for lemma, kind in table("org_words.txt", 2):
            if kind not in _KINDS_ORG:
                raise DataError(f"data/org_words.txt: unknown kind {kind!r} for {lemma}")
            self.org_words[lemma] = kind
        self.places: dict[tuple[str, ...], GazetteerEntry] = {}
        self.place_alias: dict[str, GazetteerEntry] = {}
        for name, kind, aliases in table("places.txt", 3):
            if kind not in _KINDS_PLACE:
                raise DataError(f"data/places.txt: unknown kind {kind!r} for {name}")
            entry = GazetteerEntry(name, kind, _lemmas(morph, name))
            for variant in [name] + [a.strip() for a in aliases.split(",") if a.strip()]:
                self.places.setdefault(_lemmas(morph, variant), entry)
                # a text's participles lemmatize to their verb ("Объединённых" → "объединить")
                self.places.setdefault(_text_lemmas(morph, variant), entry)
                if "-" in variant:  # "Коста Рика", "Эль Сальвадор" written without the hyphen
                    self.places.setdefault(_text_lemmas(morph, variant.replace("-", " ")), entry)
        for abbr, full, kind in table("place_abbr.txt", 3):
            if kind not in _KINDS_PLACE:
                raise DataError(f"data/place_abbr.txt: unknown kind {kind!r} for {abbr}")
            self.place_alias[abbr] = GazetteerEntry(full, kind, _lemmas(morph, full))
        self.place_max = max(len(k) for k in self.places)
        by_name = {e.name: e for e in self.places.values()}
        self.place_latin: dict[tuple[str, ...], GazetteerEntry] = {}
        for latin, name in table("place_latin.txt", 2):
            if name not in by_name:
                raise DataError(f"data/place_latin.txt: {latin}: {name!r} is not in places.txt")
            self.place_latin[latin_key(latin)] = by_name[name]
        self.place_latin_max = max(len(k) for k in self.place_latin)
        self.place_kinds: dict[tuple[str, ...], str] = {}
        for lemmas, kind in table("place_kinds.txt", 2):
            if kind not in _KINDS_PLACE:
                raise DataError(f"data/place_kinds.txt: unknown kind {kind!r} for {lemmas}")
            self.place_kinds[tuple(lemmas.split())] = kind
        self.place_words: dict[str, str] = {}
        self.place_abbr: dict[str, str] = {}
        for lemma, kind, abbrs in table("place_words.txt", 3):
            if kind not in _KINDS_PLACE:
                raise DataError(f"data/place_words.txt: unknown kind {kind!r} for {lemma}")
            self.place_words[lemma.replace("ё", "е")] = kind
            for a in [a.strip() for a in abbrs.split(",") if a.strip()]:
                self.place_abbr[a] = lemma
        self.awards: dict[tuple[str, ...], tuple[str, str]] = {}
        self.award_starts: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for phrase, kind, mode in table("award_words.txt", 3):
            if mode not in _AWARD_MODES:
                raise DataError(f"data/award_words.txt: unknown mode {mode!r} for {phrase}")
            lemmas = _award_lemmas(morph, phrase)
            self.awards[lemmas] = (kind, mode)
            self.award_starts.setdefault(lemmas[0], []).append((lemmas, kind, mode))
        for entries in self.award_starts.values():
            entries.sort(key=lambda e: -len(e[0]))
        self.award_holders = frozenset(lines("award_holders.txt"))
        self.award_not_modifiers = frozenset(lines("award_not_modifiers.txt"))
        self.award_adjectives = frozenset(lines("award_adjectives.txt"))
        self.award_names: dict[tuple[str, ...], tuple[str, str, bool]] = {}
        for name, kind, where in table("award_names.txt", 3):
            if where not in ("quoted", "any"):
                raise DataError(f"data/award_names.txt: unknown place {where!r} for {name}")
            self.award_names[_award_lemmas(morph, name)] = (name, kind, where == "quoted")
        self.award_markers: dict[str, str] = {}
        for phrase, where in table("award_markers.txt", 2):
            if where not in ("follow", "anaphor", "orgs"):
                raise DataError(f"data/award_markers.txt: unknown place {where!r} for {phrase}")
            self.award_markers[phrase] = where
        self.numbers = {w: float(v) for w, v in table("numbers.txt", 2)}
        self.multipliers = {w: float(v) for w, v in table("multipliers.txt", 2)}
        self.qualifiers = {w: q for w, q in table("qualifiers.txt", 2)}
        self.units = {s: (u, h) for s, u, h in table("units.txt", 3)}
        self.not_units = frozenset(lines("not_units.txt"))
        self.not_people = frozenset(w.lower() for w in lines("not_people.txt"))
        self.not_orgs = frozenset(w.lower().replace("ё", "е") for w in lines("not_orgs.txt"))
        self.not_org_heads = frozenset(lines("not_org_heads.txt"))
        self.facility_words = frozenset(lines("facility_words.txt"))
        self.not_org_owners = _words("not_org_owners.txt")
        self.quoted_org_cues = dict(table("quoted_org_cues.txt", 2))
        self.platforms = _words("platforms.txt")
        self.platform_cues = _words("platform_cues.txt")
        self.body_idioms = frozenset(table("body_idioms.txt", 2))
        self.po_heads = _words("po_heads.txt")
        # "дело sing": the noun starts an adverbial only in the singular ("по делу", not "по делам")
        self.po_adverbials: dict[str, bool] = {}
        for line in lines("po_adverbials.txt"):
            word, _, number = line.partition(" ")
            if number not in ("", "sing"):
                raise DataError(f"data/po_adverbials.txt: bad row {line!r}")
            self.po_adverbials[word.replace("ё", "е")] = number == "sing"
        # name, kind, where (any | cued | inner), and whether the key is an abbreviation
        # ("ИРА" must be written in capitals: not "Ира")
        self.known_orgs: dict[tuple[str, ...], tuple[str, str, str, bool]] = {}
        self.known_org_lemmas: dict[str, tuple[str, ...]] = {}
        for name, kind, aliases, where in table("known_orgs.txt", 4):
            if kind not in _KINDS_ORG or where not in ("any", "cued", "inner"):
                raise DataError(f"data/known_orgs.txt: bad row for {name}: {kind} {where}")
            self.known_org_lemmas[name] = _text_lemmas(morph, name)
            for variant in [name] + [a.strip() for a in aliases.split(",") if a.strip()]:
                abbr = variant.isupper() and len(variant) > 1
                for k in (_lemmas(morph, variant),
                          tuple(w.lower().replace("ё", "е") for w in variant.split())):
                    self.known_orgs.setdefault(k, (name, kind, where, abbr))
        self.work_words = _words("work_words.txt")
        self.known_org_cues = _words("known_org_cues.txt")
        self.known_org_max = max(len(k) for k in self.known_orgs)
        self.body_words: dict[str, tuple[str, str]] = {}
        for lemma, kind, alone in table("body_words.txt", 3):
            if kind not in _KINDS_ORG or alone not in ("yes", "no", "named"):
                raise DataError(f"data/body_words.txt: bad row for {lemma}: {kind} {alone}")
            self.body_words[lemma] = (kind, alone)
        self.landmark_words = frozenset(lines("landmark_words.txt"))
        self.place_namers = frozenset(lines("place_namers.txt"))
        self.facility_namers = frozenset(lines("facility_namers.txt"))
        self.not_places = _words("not_places.txt")
        self.recipient_verbs: dict[str, str] = {}
        for lemma, role in table("recipient_verbs.txt", 2):
            if role not in ("give", "get"):
                raise DataError(f"data/recipient_verbs.txt: unknown role {role!r} for {lemma}")
            self.recipient_verbs[lemma] = role
        # ---- statistics ----
        self.implied_units: dict[str, tuple[str, str, bool]] = {}
        for word, unit, head, when in table("implied_units.txt", 4):
            if when not in ("always", "alone"):
                raise DataError(f"data/implied_units.txt: 'when' must be always|alone: {word}")
            self.implied_units[word] = (unit, head, when == "always")
        self.number_labels = frozenset(lines("number_labels.txt"))
        self.number_contexts = frozenset(
            (before, head) for before, head in table("number_contexts.txt", 2))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    from ..text.morph import morphology

    return Lexicon(morphology())
