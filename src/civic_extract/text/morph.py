"""Morphology through pymorphy3 alone: lemmas, tags and inflection, cached per word form.

pymorphy3's ``Parse`` objects stay inside this module; the rest of the library sees
``WordParse`` records and strings.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from ..data import lines
from ..errors import ModelLoadError

__all__ = ["PERSON_GRAMS", "WordParse", "Morphology", "morphology", "mixed_abbreviation"]


@lru_cache(maxsize=1)
def _trusted() -> frozenset[str]:
    return frozenset(lines("trusted_guesses.txt"))


@lru_cache(maxsize=1)
def _plain_sky() -> frozenset[str]:
    return frozenset(lines("plain_sky_adjectives.txt"))


#: the lemma endings of an adjective in "-ский"/"-цкий" and its stressed twin "-ской"/"-цкой"
_SKY = ("ский", "цкий")

#: word forms whose analyses are kept (least recently used out): about 2.5 KB each with their
#: lemma sets, so the caches stay under 40 MB however long the text, while the frequent forms
#: of news stay in (25 000 cost 27 MB more peak memory on 10 MB of news and ran no faster)
_CACHED = 15_000
#: lexemes kept (least recently used out): the readings of one word ask for the lexemes of its
#: parses several times in a row (one inflection per case and gender), rarely much later
_LEXEMES = 256


@dataclass(frozen=True, slots=True)
class WordParse:
    word: str
    normal: str
    pos: str | None
    grams: frozenset[str]
    score: float
    known: bool
    handle: Any = field(default=None, compare=False, repr=False)  # the pymorphy3 Parse
    compound: bool = False  # a known prefix and a dictionary word ("кино|история")

    def has(self, *grams: str) -> bool:
        return all(g in self.grams for g in grams)


#: an abbreviation written with small letters inside, ending in capitals: "КазНУ", "КарГУ",
#: "КазНИИ" ("ЕвроХим" ends in a small letter: a name that inflects)
_MIXED_ABBREVIATION = re.compile(r"^[А-ЯЁӘІҢҒҮҰҚӨҺ]+[а-яёәіңғүұқөһ]+[А-ЯЁӘІҢҒҮҰҚӨҺ]"
                                 r"[А-ЯЁӘІҢҒҮҰҚӨҺа-яёәіңғүұқөһ]*[А-ЯЁӘІҢҒҮҰҚӨҺ]$")
#: the grammemes of an abbreviation's readings, one reading for each case
_ABBREVIATION = frozenset({"NOUN", "inan", "masc", "Sgtm", "Fixd", "Abbr", "sing"})
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
#: the form a town in "-ск" shares with its adjective: "Казалинском" (the town's instrumental,
#: the adjective's locative)
_TOWN_ADJECTIVE_FORM = "ском"


def mixed_abbreviation(word: str) -> bool:
    """Is the word an abbreviation written with small letters inside ("КазНУ", "КарГУ")?"""
    return _MIXED_ABBREVIATION.match(word) is not None


#: The grammemes of a reading as a person's name: a first name, a surname, a patronymic
PERSON_GRAMS = frozenset({"Name", "Surn", "Patr"})
# the grammemes of a proper name's readings
_PROPER = PERSON_GRAMS | {"Geox"}


class Morphology:
    """A pymorphy3 analyzer with per-word-form caches. Build once (``morphology()``)."""

    def __init__(self) -> None:
        try:
            import pymorphy3
        except ImportError as ex:  # pragma: no cover - a broken install
            raise ModelLoadError(f"pymorphy3 is not importable: {ex}") from None
        try:
            # the dictionary's path, when its package is there: pymorphy3 would otherwise scan
            # the entry points of every installed distribution for it (80 ms of the cold start)
            import pymorphy3_dicts_ru

            path: str | None = pymorphy3_dicts_ru.get_path()
        except (ImportError, AttributeError):  # pragma: no cover - another dictionary package
            path = None
        try:
            self._analyzer = pymorphy3.MorphAnalyzer(path=path, lang="ru")
        except Exception as ex:  # pragma: no cover - a broken dictionary package
            raise ModelLoadError(f"pymorphy3 could not load its Russian dictionary: {ex}") from None
        self.parse = lru_cache(maxsize=_CACHED)(self._parse)
        self.lemma = lru_cache(maxsize=_CACHED)(self._lemma)
        self.lemmas = lru_cache(maxsize=_CACHED)(self._lemmas)
        self.word_parses = lru_cache(maxsize=_CACHED)(self._word_parses)
        self.word_lemmas = lru_cache(maxsize=_CACHED)(self._word_lemmas)
        self._lexeme = lru_cache(maxsize=_LEXEMES)(self._analyzer_lexeme)

    def _analyzer_lexeme(self, handle: Any) -> tuple[Any, ...]:
        """Every form of the lexeme of a pymorphy3 parse (its paradigm, built anew by pymorphy3
        at each ask)."""
        return tuple(self._analyzer.get_lexeme(handle))

    def _parse(self, word: str) -> tuple[WordParse, ...]:
        try:
            parses = self._analyzer.parse(word)
        except ValueError:  # pymorphy3 asks unicodedata.name() of characters that have none
            return ()
        if not parses:
            return ()
        # ``Parse.is_known`` looks its form up in the dictionary again for every parse, yet it
        # depends on the form only (most parses of ``word`` share one): ask once per form.
        known: dict[str, bool] = {}
        out = []
        for p in parses:
            k = known.get(p.word)
            if k is None:
                k = known[p.word] = bool(p.is_known)
            if not k and p.normal_form in _trusted():
                k = True  # a guessed form of a lemma listed in data/trusted_guesses.txt
            if not k and self._known_halves(p):
                k = True  # "школу-студию", "музее-заповеднике": two dictionary nouns
            pos = str(p.tag.POS) if p.tag.POS is not None else None  # a plain, picklable str
            compound = _compound(p.methods_stack)
            out.append(WordParse(word, p.normal_form, pos, p.tag.grammemes,
                                 float(p.score), k, p, compound))
        out += self._town_adjective(word, out)
        out = _stressed_first(out)
        trusted = [w for w in out if w.normal in _trusted()]
        if trusted and not any(w.known and w not in trusted for w in out):
            # only the readings of the listed lemma ("маслихате": not "маслихата"), an
            # inanimate noun's, though the guesser reads a name ("Маслихат": Name, anim)
            out = [replace(w, grams=w.grams - _PROPER - {"anim"} | {"inan"})
                   if _PROPER & w.grams else w for w in trusted]
        return tuple(out)

    def _town_adjective(self, word: str, out: list[WordParse]) -> list[WordParse]:
        """The adjective readings of a form the dictionary reads only as a town's instrumental
        ("Казалинском": "Казалинск"), which is also the locative of the town's adjective ("в
        Аральском, Казалинском и … районах": "казалинский"); none when it has one already."""
        if not word.endswith(_TOWN_ADJECTIVE_FORM) or any(p.pos == "ADJF" for p in out) or \
                not any(p.pos == "NOUN" and "Geox" in p.grams and "ablt" in p.grams and
                        p.normal + "ом" == word for p in out):
            return []
        lemma = word[:-len(_TOWN_ADJECTIVE_FORM)] + "ский"
        adjective = next((p for p in self._analyzer.parse(lemma)
                          if p.tag.POS == "ADJF" and "nomn" in p.tag.grammemes), None)
        forms = (adjective.inflect({"loct", gender}) for gender in ("masc", "neut")) \
            if adjective is not None else ()
        return [WordParse(word, f.normal_form, "ADJF", f.tag.grammemes, 0.0, False, f)
                for f in forms if f is not None and f.word == word]

    def _word_parses(self, text: str) -> tuple[WordParse, ...]:
        """The readings of a word as written: an abbreviation written with small letters inside
        ("КазНУ", "КарГУ") reads as an indeclinable noun, never as the dictionary word its
        lowercase spells ("казну", "каргу"); any other word as ``parse`` reads its lowercase."""
        lower = text.lower()
        if mixed_abbreviation(text):
            return tuple(WordParse(lower, lower, "NOUN", _ABBREVIATION | {case}, 1.0, False)
                         for case in _CASES)
        return self.parse(lower)

    def _word_lemmas(self, text: str) -> frozenset[str]:
        """The lemmas of ``word_parses(text)``, ё written as е (for a word that is no
        abbreviation, the very set ``lemmas`` keeps for its lowercase: one copy in memory)."""
        if not mixed_abbreviation(text):
            return self.lemmas(text.lower())
        return frozenset(p.normal.replace("ё", "е") for p in self.word_parses(text))

    def _known_halves(self, p: Any) -> bool:
        """Is a parse a hyphenated compound of two common nouns the dictionary knows, each
        inflected ("школу-студию" of "школа-студия")?"""
        if type(p.methods_stack[0][0]).__name__ != "HyphenatedWordsAnalyzer" or \
                p.tag.POS != "NOUN" or _PROPER & p.tag.grammemes:
            return False
        halves = p.word.split("-")
        return len(halves) == 2 and all(
            any(q.known and q.pos == "NOUN" and not _PROPER & q.grams for q in self.parse(h))
            for h in halves)

    def _lemmas(self, word: str) -> frozenset[str]:
        """Every lemma of every reading of ``word`` (lowercase), ё written as е."""
        return frozenset(p.normal.replace("ё", "е") for p in self.parse(word))

    def _lemma(self, word: str) -> str:
        parses = self.parse(word.lower())
        return parses[0].normal if parses else word.lower()

    def best(self, word: str) -> WordParse | None:
        parses = self.parse(word.lower())
        return parses[0] if parses else None

    def inflect(self, parse: WordParse, grams: frozenset[str] | set[str]) -> str | None:
        """The word of ``parse`` put into ``grams`` (e.g. {"nomn"}), lowercase; None if it can't."""
        if parse.handle is None:
            return None
        try:
            form = self._inflected(parse.handle, frozenset(grams))
        except (ValueError, KeyError, IndexError):
            return None
        if form is not None and form.word[:3] != parse.word.lower()[:3]:
            # a lexeme of several stems ("лучшей" is a form of "хороший"): the form of the
            # stem the text used ("лучшая", not "наихорошая")
            same = [f for f in self._lexeme(parse.handle) if f.word[:3] == parse.word.lower()[:3]
                    and set(grams) <= f.tag.grammemes]
            if same:
                return same[0].word
        if form is not None:
            # of the forms with the very grammemes of the one chosen, the one of the stem the
            # text used: "высшей" → "высшая", not "высочайшая"
            word = parse.word.lower()
            twins = [f for f in self._lexeme(parse.handle)
                     if f.tag.grammemes == form.tag.grammemes]
            chosen = form.word
            form = max(twins, key=lambda f: (_common_prefix(f.word, word), f.word == chosen),
                       default=form)
        return form.word if form is not None else None

    def _inflected(self, handle: Any, want: frozenset[str]) -> Any:
        """The form pymorphy3's ``Parse.inflect(want)`` gives, chosen from the lexeme asked once:
        of the forms with every grammeme of ``want`` (else of ``want`` with its rare cases made
        common: "loc2" → "loct"), the first that shares the most grammemes with the parse's own
        tag put into ``want``, and differs in the fewest; None when no form fits."""
        lexeme = self._lexeme(handle)
        fits = [f for f in lexeme if want <= f.tag.grammemes]
        if not fits:
            want = handle.tag.fix_rare_cases(want)
            fits = [f for f in lexeme if want <= f.tag.grammemes]
        if not fits:
            return None
        target = handle.tag.updated_grammemes(want)
        return max(fits, key=lambda f: len(target & f.tag.grammemes)
                   - 0.1 * len(target ^ f.tag.grammemes))

    def is_known(self, word: str) -> bool:
        return self._analyzer.word_is_known(word.lower())


_MORPHOLOGY: list[Morphology] = []
_LOCK = threading.Lock()


def morphology() -> Morphology:
    """The process-wide Morphology (built on first use, once, whatever the number of threads)."""
    if not _MORPHOLOGY:
        with _LOCK:
            if not _MORPHOLOGY:
                _MORPHOLOGY.append(Morphology())
    return _MORPHOLOGY[0]


def _stressed_first(out: list[WordParse]) -> list[WordParse]:
    """The readings with the stressed lemma first when a form reads as both "-ский" and "-ской"
    ("Донского": "донской", not "донский"), unless data/plain_sky_adjectives.txt lists the
    "-ский" lemma ("псковского": "псковский")."""
    lemmas = {p.normal for p in out}
    plain = {n for n in lemmas if n.endswith(_SKY) and n[:-2] + "ой" in lemmas
             and n not in _plain_sky()}
    if not plain:
        return out
    return [p for p in out if p.normal not in plain] + [p for p in out if p.normal in plain]


def _compound(stack: Any) -> bool:
    """Is a parse a known prefix of three letters or more and a dictionary word ("кино|история")?
    A shorter prefix ("не", "за", "до", "ре") before a word the dictionary knows or guesses is
    more often the start of a foreign name ("Нечас", "Запата", "Дорнер", "Ребби")."""
    names = [type(m[0]).__name__ for m in stack]
    return "KnownPrefixAnalyzer" in names and "DictionaryAnalyzer" in names and any(
        type(m[0]).__name__ == "KnownPrefixAnalyzer" and len(m[1]) >= 3 for m in stack)


def _common_prefix(a: str, b: str) -> int:
    """How many first letters ``a`` and ``b`` share."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n
