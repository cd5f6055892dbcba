"""The lexicons the extractors read: one per concern, built from the tables of ``data/``.

Each concern (titles, people, organizations, places, awards, statistics) has its own lexicon
with the tables it reads (``titles.py``, ``organizations.py``…); a few tables serve several (the
title words, organization words, the gazetteers) and are built once for all. ``lexicon(extra)``
builds the set for an Extractor: ``extra`` adds rows to the bundled tables (``{"titles":
["сенатор"]}``, in each table's own format), checked like the bundled rows. Lexicons are built
once per process for each set of extra rows they depend on, under a lock, and shared.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from ..text.morph import Morphology
from . import awards, organizations, people, places, scores, statistics, titles
from .awards import TITLE_MODES, AwardLexicon
from .organizations import KnownOrgs, LegalForm, OrgLexicon
from .people import PeopleLexicon
from .places import Gazetteer, GazetteerEntry, PlaceLexicon
from .scores import RuleScores
from .statistics import StatLexicon
from .tables import Tables, adjective_lemma, latin_key
from .titles import TitleLexicon

__all__ = ["Lexicon", "lexicon", "LegalForm", "GazetteerEntry", "TitleLexicon",
           "PeopleLexicon", "OrgLexicon", "PlaceLexicon", "AwardLexicon", "StatLexicon",
           "RuleScores", "TITLE_MODES",
           "adjective_lemma", "latin_key", "Extra"]

Extra = Mapping[str, Iterable[str]]  # table name → extra rows


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    titles: TitleLexicon
    people: PeopleLexicon
    organizations: OrgLexicon
    places: PlaceLexicon
    awards: AwardLexicon
    statistics: StatLexicon
    scores: RuleScores


_T = TypeVar("_T")
_LOCK = threading.RLock()
_BUILT: dict[tuple[Any, ...], Any] = {}


def _once(name: str, t: Tables, tables: Iterable[str], build: Callable[[], _T]) -> _T:
    """``build()`` once per process for these tables with these extra rows."""
    key = (name, t.key(tables))
    with _LOCK:
        if key not in _BUILT:
            _BUILT[key] = build()
        return _BUILT[key]  # type: ignore[no-any-return]


# the title heads: the hand-kept table, the one benchmarks/grow_lexicons.py learns and the
# feminines it derives
_TITLE_TABLES = ("titles.txt", "titles_learned.txt", "titles_feminine.txt")


def lexicon(morph: Morphology, extra: Extra | None = None) -> Lexicon:
    """The lexicons with the bundled tables plus ``extra`` rows (see the module's docstring)."""
    t = Tables(extra)
    title_words = _once("titles.txt", t, _TITLE_TABLES, lambda: t.words("titles.txt") | t.words(
        "titles_learned.txt") | frozenset(f.replace("ё", "е")
                                          for f, _ in t.table("titles_feminine.txt", 2)))
    org_words = _once("org_words.txt", t, ["org_words.txt"],
                      lambda: organizations.org_words(t))
    place_words = _once("place_words.txt", t, ["place_words.txt"],
                        lambda: places.place_words(t))
    gazetteer = _once("gazetteer", t, ["places.txt", "place_abbr.txt", "place_latin.txt"],
                      lambda: Gazetteer.load(t, morph))
    known = _once("known_orgs", t, ["known_orgs.txt"], lambda: KnownOrgs.load(t, morph))
    shared = (*_TITLE_TABLES, "org_words.txt", "place_words.txt", "places.txt", "place_abbr.txt",
              "place_latin.txt", "known_orgs.txt")
    return _once("lexicon", t, set(shared) | set(titles.TABLES) | set(people.TABLES) |
                 set(organizations.TABLES) | set(places.TABLES) | set(awards.TABLES) |
                 set(statistics.TABLES) | set(scores.TABLES), lambda: Lexicon(
        titles=_once("titles", t, (*titles.TABLES, "place_words.txt", "places.txt",
                                   "place_abbr.txt", "place_latin.txt"),
                     lambda: TitleLexicon.load(t, frozenset(place_words),
                                                             gazetteer.towns)),
        people=_once("people", t, (*people.TABLES, "place_words.txt", "org_words.txt",
                                   "places.txt", "place_abbr.txt", "place_latin.txt",
                                   *_TITLE_TABLES),
                     lambda: PeopleLexicon.load(t, place_words, title_words,
                                                frozenset(org_words), gazetteer.towns)),
        organizations=_once("organizations", t, (*organizations.TABLES, *shared),
                            lambda: OrgLexicon.load(t, morph, known, gazetteer, title_words)),
        places=_once("places", t, (*places.TABLES, *shared), lambda: PlaceLexicon.load(
            t, gazetteer, place_words, known.known_orgs, org_words, title_words)),
        awards=_once("awards", t, (*awards.TABLES, "org_words.txt", *_TITLE_TABLES),
                     lambda: AwardLexicon.load(t, morph, org_words, title_words)),
        statistics=_once("statistics", t, statistics.TABLES, lambda: StatLexicon.load(t)),
        scores=_once("scores", t, scores.TABLES, lambda: RuleScores.load(t)),
    ))
