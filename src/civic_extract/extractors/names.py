"""A person's name in the nominative: one case and one gender for the whole name, chosen by the
evidence of all its words, then each word put into the nominative of that gender.

Each word of a name offers readings: (case, gender, its nominative form, a weight). They come
from pymorphy3's readings of the word in its role (a first name, a surname, a patronymic; a
dictionary reading weighs most, a guessed one less, an indeclinable one less still) and, for
names the dictionary does not know (Kazakh and other first names, surnames), from the endings of
``data/name_paradigms.txt`` ("Жании" may be the genitive of "Жания"; "Сапаровой" the dative of
"Сапарова"). A hypothesis (case, gender) scores the best reading each word has for it (a word
with readings but none for it counts against it: the parts of a name agree), the case the
contextual tagger gives the name, the gender it gives, and a small preference for the
nominative. Words with no reading at all (a foreign name) are kept as written, and a word
written in capitals ("ЖУМАБЕКОВОЙ") comes out capitalized ("Жумабекова").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..document import Tok
from ..lexicon import PeopleLexicon
from ..text.morph import Morphology, WordParse
from .phrase import restore_case

__all__ = ["KAZAKH_TAIL", "NameContext", "Reading", "name_in_nominative", "written_like"]

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_GENDERS = ("masc", "femn")
_SLOVNET_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt",
                 "Loc": "loct"}
_SLOVNET_GENDER = {"Masc": "masc", "Fem": "femn"}
_KNOWN, _GUESSED, _PARADIGM, _INDECLINABLE = 1.0, 0.5, 0.5, 0.4
_FIXD = 0.45  # a dictionary's indeclinable reading of a word that may decline ("Алие")
_MISSING = -1.0  # a word with readings but none for the hypothesis
_TAGGED_CASE, _TAGGED_GENDER, _NOMINATIVE = 0.5, 0.25, 0.3
_PREDICATE_GENDER = 0.6  # the gender of a predicate that agrees with the name
_AS_WRITTEN = 0.2  # a foreign surname, a first name in -у/-и/-о/-ю: maybe a nominative as written
_FOREIGN_VOWELS = frozenset("уиою")
_HUSHING = frozenset("жшчщцкгх")  # no soft sign after them in a man's name ("Дворковичем")
_VOWELS = frozenset("аеёиоуыэюяәөүұіaeiouy")
_NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})
_FEMININE = ("а", "я")  # the endings of a woman's surname that declines
# a Kazakh surname or patronymic made of a father's name and "-ұлы" (son) or "-қызы"
# (daughter) does not decline: it is as written in every case, and its tail gives the gender
KAZAKH_TAIL = re.compile(r"\w(улы|ұлы|кызы|қызы)$", re.IGNORECASE)
_KAZAKH_TAIL_GENDER = {"улы": "masc", "ұлы": "masc", "кызы": "femn", "қызы": "femn"}


@dataclass(frozen=True, slots=True)
class Reading:
    case: str
    gender: str
    nominative: str  # lowercase
    weight: float


def _role_parses(tok: Tok, role: str) -> list[WordParse]:
    """The parses of a name word that fit its role; a person's name is singular."""
    parses = [p for p in tok.parses if "plur" not in p.grams]
    named = [p for p in parses if role in p.grams] or [
        p for p in parses if {"Name", "Surn", "Patr"} & p.grams]
    if named or role != "Surn":
        return named
    adjectives = [p for p in parses if p.pos == "ADJF" and "inan" not in p.grams]
    if adjectives and not _ov_surname(tok, adjectives):
        return adjectives  # a surname that declines as an adjective ("Данилы Поперечного")
    if any(p.known for p in parses):
        return named  # a known common noun ("бану" → "бан") is no reading of a name
    return [p for p in parses if p.pos == "NOUN"]


# a woman's "-ова", "-ева", "-ина" surname in an oblique case, which the dictionary reads as
# an adjective's ("Лыковой" of "лыковый"): "Валентине Лыковой" is Лыкова, as "-ская" and
# "-цкая" are adjectives' ("Чайковской"); so for an adjective stressed on its ending ("Ирине
# Кустовой" of "кустовой": Кустова; "Андрей Луговой" keeps its surname as written)
_OV_OBLIQUE = ("овой", "евой", "ёвой", "иной", "ыной")
_OV_ADJECTIVES = ("овый", "евый", "ёвый", "иный", "ыный")
_OV_STRESSED = ("овой", "евой")


def _ov_surname(tok: Tok, adjectives: list[WordParse]) -> bool:
    return tok.low.endswith(_OV_OBLIQUE) and all(
        p.normal.endswith(_OV_ADJECTIVES + _OV_STRESSED) for p in adjectives)


# (word as written, role) → (the parses read, their readings): names recur across a text
_READINGS: dict[tuple[str, str], tuple[tuple[WordParse, ...], list[Reading]]] = {}
_READINGS_MAX = 50_000


def _parse_readings(tok: Tok, role: str, morph: Morphology) -> list[Reading]:
    """The dictionary's readings of a name word in its role (the caller must not change the
    list: it is cached for the same word and parses)."""
    got = _READINGS.get((tok.text, role))
    if got is not None and got[0] is tok.parses:
        return got[1]
    out = _readings_of(tok, role, morph)
    if len(_READINGS) >= _READINGS_MAX:
        _READINGS.clear()
    _READINGS[tok.text, role] = (tok.parses, out)
    return out


def _readings_of(tok: Tok, role: str, morph: Morphology) -> list[Reading]:
    out = []
    for p in _role_parses(tok, role):
        weight = _FIXD if "Fixd" in p.grams else _KNOWN if p.known else _GUESSED
        # an adjective's case form without a gender is the masculine's (and the neuter's)
        genders = [g for g in _GENDERS if g in p.grams] or \
            (["masc"] if p.pos == "ADJF" else list(_GENDERS))
        for case in (c for c in _CASES if c in p.grams):
            for gender in genders:
                if case == "nomn":
                    nominative = tok.text.lower()
                else:
                    grams = {"nomn", "sing"} | ({gender} if role == "Surn" else set())
                    inflected = morph.inflect(p, grams)
                    if inflected is None:
                        continue  # no nominative: no reading
                    nominative = inflected if p.known else _no_fleeting_vowel(tok.low, inflected)
                    if role == "Surn" and gender == "femn" and \
                            nominative.replace("ё", "е") != tok.low and \
                            not nominative.endswith(_FEMININE):
                        continue  # a woman's surname in a consonant or "-ь" does not decline
                        # ("Мелони" is no "Мелонь" in the genitive: "Анны Коваль")
                out.append(Reading(case, gender, nominative, weight))
    return out


# a foreign surname's "ц" after these letters keeps no vowel the dictionary's guess puts
# before it, as "отец" → "отца" does: "Шольцем" → "Шольц", "Мерца" → "Мерц", "Уолтца"
_FOREIGN_TS = re.compile(r"^(.*[лрнтсз]ь?ц)(?:а|у|ем|ом|е)$")


def _no_fleeting_vowel(written: str, guessed: str) -> str:
    """The nominative of an oblique form the dictionary does not know: its guess, unless that
    inserts a fleeting "е" before a final "ц" after a consonant ("шолец" of "шольцем"): then
    the form's stem ("шольц"). Known surnames keep theirs ("Кравцом" → "Кравец")."""
    m = _FOREIGN_TS.match(written)
    if m is None or guessed != re.sub(r"ь?ц$", "ец", m.group(1)):
        return guessed
    return m.group(1)


def _paradigm_readings(tok: Tok, role: str, lex: PeopleLexicon,
                       parsed: Sequence[Reading]) -> list[Reading]:
    """Readings by the endings of data/name_paradigms.txt and noun_surnames.txt, for a word the
    dictionary does not know in its role (an indeclinable dictionary reading gives way to a
    two-letter ending only: "Алие" may be "Алия", "Абу" stays "Абу")."""
    if any(r.weight == _KNOWN for r in parsed) and not _borrowed_reading(tok, role):
        return []
    shortest = 2 if any(r.weight == _FIXD for r in parsed) else 1
    word = tok.text.lower()
    known = {p.normal.replace("ё", "е") for p in tok.parses if p.known}
    out = []
    longest: dict[str, int] = {}  # per gender, the longest ending that fits decides
    for ending, nominative, gender, cases, row_role in lex.name_paradigms:
        if row_role != role or not word.endswith(ending) or len(word) - len(ending) < 2 or \
                len(ending) < shortest or len(ending) < longest.setdefault(gender, len(ending)):
            continue
        stem = word[:len(word) - len(ending)]
        if nominative == "-":
            form, weight = word, _INDECLINABLE
        elif nominative == "·" or nominative == "ь":
            if stem[-1] in _VOWELS or nominative == "ь" and stem[-1] in _HUSHING or \
                    nominative == "·" and role == "Surn" and known and stem not in known:
                continue  # a surname that is a word declines as the word ("Чудотворца")
            form, weight = stem + nominative.strip("·"), _PARADIGM
        elif stem[-1] in _VOWELS and nominative[:1] in _VOWELS:
            continue  # two vowels where the ending was ("Лау" is no "Лаа")
        else:
            form, weight = stem + nominative, _PARADIGM
        out += [Reading(case, gender, form, weight) for case in cases]
    return out


def _borrowed_reading(tok: Tok, role: str) -> bool:
    """Does a surname read as a name only by a first name's or patronymic's readings ("Ивана
    Карина": "Карина" is a woman's first name to the dictionary, the genitive of "Карин" here)?"""
    return role == "Surn" and not any("Surn" in p.grams for p in tok.parses) and \
        any({"Name", "Patr"} & p.grams for p in tok.parses)


def _woman_name(tok: Tok, role: str, lex: PeopleLexicon) -> list[Reading]:
    """Readings of a form of a woman's name of data/women_names.txt, weighed as the
    dictionary's ("Амина Шафикова вручила": a woman, not "Амин Шафиков"); a name there in -е
    or a consonant is the same word in every case ("Сауле Жумабаевой", "Раушан Кенжебаевой")."""
    word = tok.text.lower().replace("ё", "е")
    if role != "Name" or not lex.women_names:
        return []
    if (word[-1:] == "е" or word[-1:] not in _VOWELS) and word in lex.women_names:
        # "Сауле", "Зауре": a name in -е that does not decline, not "Саул" in the prepositional;
        # "Раушан", "Салтанат": a woman's name in a consonant, not a man's nominative
        return [Reading(case, "femn", word, _KNOWN) for case in _CASES]
    out = []
    for ending, nominative, gender, cases, row_role in lex.name_paradigms:
        if row_role == "Name" and gender == "femn" and nominative == "а" and \
                word.endswith(ending) and word[:len(word) - len(ending)] + "а" in lex.women_names:
            out += [Reading(case, "femn", word[:len(word) - len(ending)] + "а", _KNOWN)
                    for case in cases]
    return out


def _woman_surname(tok: Tok, role: str, readings: Sequence[Reading], lex: PeopleLexicon
                   ) -> list[Reading]:
    """A woman's surname that ends with a consonant and no Russian suffix is not declined
    ("Дильнозе Рахим", "Айгуль Ким"): readings in every case, as written."""
    word = tok.text.lower()
    if role != "Surn" or any(r.gender == "femn" and r.weight > _AS_WRITTEN for r in readings) or \
            word[-1:] in _VOWELS or _russian_surname(word, lex):
        return []
    return [Reading(case, "femn", word, _INDECLINABLE) for case in _CASES]


def _russian_surname(word: str, lex: PeopleLexicon) -> bool:
    return word.endswith(lex.paradigm_endings["Surn"])


def _as_written(tok: Tok, role: str, lex: PeopleLexicon, full: bool,
                context_case: str | None = None) -> list[Reading]:
    """Readings of the word as written: a nominative of either gender for a foreign surname
    ("Хамдалла", "Кавасима") or first name ("Криштиану", "Рами") the dictionary would decline
    as a Russian word, and for a first name in -е the tagger reads as a nominative in a
    ``full`` name, or its context (``context_case``) puts in the nominative ("Дайсуке Накамура",
    "профессор … | Зауре Ибрагимова"; not "Марине Ивановой"), any case when the dictionary
    does not know it ("Песни Дайсуке Накамуры"); any case of a woman's first
    name that ends with a consonant and no case ending ("Лаззат", "Айгерим": such names are
    not declined)."""
    word = tok.text.lower()
    out = []
    if full and role == "Name" and word[-1:] == "е":
        if not any(p.known for p in tok.parses):
            # a name in -е the dictionary does not know is a foreign one, not declined: any
            # case ("Песни Дайсуке Накамуры"; "Марине" is a known name's dative)
            out += [Reading(case, g, word, _AS_WRITTEN) for case in _CASES for g in _GENDERS]
        elif tok.tag.get("Case") == "Nom" or context_case == "nomn":
            out += [Reading("nomn", g, word, _AS_WRITTEN) for g in _GENDERS]
    if full and role == "Name" and word[-1:] in ("а", "я") and context_case == "nomn":
        # a foreign woman's name its context puts in the nominative, which the dictionary
        # reads as a man's genitive ("вице-президент США | Камала Харрис", "Кая Каллас")
        out.append(Reading("nomn", "femn", word, _AS_WRITTEN))
    if role == "Surn" and not _russian_surname(word, lex) or \
            role == "Name" and word[-1:] in _FOREIGN_VOWELS:
        # such names do not decline: the word is as written in every case ("Стэнли Кубрика",
        # "Хулианой Авада"), the nominative preferred when nothing else says
        out += [Reading(case, g, word, _AS_WRITTEN) for case in _CASES for g in _GENDERS]
    if role == "Name" and word[-1:].isalpha() and word[-1:] not in _VOWELS and \
            word[-1:] != "ь" and not word.endswith(lex.paradigm_endings["Name"]):
        out += [Reading(case, "femn", word, _INDECLINABLE) for case in _CASES]
    return out


def _declines_as_a_noun_in_a(readings: Sequence[Reading], lex: PeopleLexicon) -> list[Reading]:
    """A name word whose nominative ends in -а/-я declines as such a noun whoever bears it
    ("Ямада": "с Ямадой" is a man as well; "Никита", "Кавасима"): the dictionary's feminine
    readings of it serve a man too, weakly; not a Russian surname's feminine ("Иванова"), nor
    a guess by the endings of a woman's name ("Мира": ``readings`` are the dictionary's)."""
    return [Reading(r.case, "masc", r.nominative, _AS_WRITTEN) for r in readings
            if r.gender == "femn" and r.weight > _AS_WRITTEN and
            r.nominative[-1:] in ("а", "я") and not _russian_surname(r.nominative, lex)]


# case endings of a noun ending with a consonant, and the cases they give
_SYLLABIC_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ом", ("ablt",)), ("ем", ("ablt",)), ("а", ("gent", "accs")), ("у", ("datv",)),
    ("е", ("loct",)))


def _syllables(word: str) -> int:
    """The vowel groups of a word: its syllables."""
    return sum(1 for i, ch in enumerate(word) if ch in _VOWELS and (i == 0 or
                                                                   word[i - 1] not in _VOWELS))


def _syllabic_name(words: Sequence[Tok]) -> list[list[Reading]] | None:
    """Readings of an East Asian name of three one-syllable words ("Ким Чен Ына", "Пан Ги
    Муну", "Пак Кын Хе"): the first two do not decline (any case, as written); the last
    declines as a noun ending with a consonant does ("Ына", "Ыном" → "Ын") or, ending with a
    vowel, does not ("Хе"). None for any other name."""
    low = [t.text.lower() for t in words]
    if len(low) != 3 or not all(t.text[:1].isupper() for t in words) or \
            any(_syllables(w) != 1 or len(w) > 4 or not w.isalpha() for w in low[:2]):
        return None  # ("Луис да Силва": a particle, a name of another kind)
    last = low[2]
    out = [[Reading(case, g, w, _KNOWN) for case in _CASES for g in _GENDERS] for w in low[:2]]
    if _syllables(last) == 1:
        as_written = _CASES if last[-1] in _VOWELS else ("nomn", "accs")
        out.append([Reading(case, g, last, _KNOWN) for case in as_written for g in _GENDERS])
        return out
    for ending, cases in _SYLLABIC_ENDINGS:
        stem = last[:len(last) - len(ending)]
        if last.endswith(ending) and _syllables(stem) == 1 and stem[-1] not in _VOWELS:
            out.append([Reading(case, "masc", stem, _KNOWN) for case in cases])
            return out
    return None


def _best(readings: Sequence[Reading]) -> dict[tuple[str, str], Reading]:
    """A word's best reading for each (case, gender) it has one for: of the readings of most
    weight, the first (a soft stem's over a hard one's)."""
    out: dict[tuple[str, str], Reading] = {}
    for r in readings:
        got = out.get((r.case, r.gender))
        if got is None or r.weight > got.weight or \
                r.weight == got.weight and _softer(r.nominative, got.nominative):
            # of two names the dictionary gives one form ("Игоре"), the soft one is the
            # common name: "Игорь", not "Игор"
            out[r.case, r.gender] = r
    return out


def _softer(soft: str, hard: str) -> bool:
    """Is ``soft`` the soft twin of ``hard``, the common name of the two a form may be: "Игорь"
    of "Игор" ("Игоре"); a woman's "Наиля" of "Наила", "Лиля" of "Лила" ("Наиле", "Лиле"; not
    "Элля" of "Элла": a double "л" is hard)?"""
    return soft == hard + "ь" or soft.endswith("ля") and not soft.endswith("лля") and \
        hard == soft[:-1] + "а"


def _score(per_word: Sequence[dict[tuple[str, str], Reading]], case: str, gender: str,
           tagged: tuple[str | None, str | None]) -> float:
    """The score of a hypothesis (case, gender); ``per_word``: each word's ``_best``."""
    score = 0.0
    for best_of in per_word:
        if best_of:
            best = best_of.get((case, gender))
            score += best.weight if best is not None else _MISSING
    score += _TAGGED_CASE * (tagged[0] == case) + _TAGGED_GENDER * (tagged[1] == gender)
    return score + _NOMINATIVE * (case == "nomn")


def written_like(word: str, like: str) -> str:
    """``word`` with the capitals of ``like``; a word in capitals comes out capitalized."""
    letters = [c for c in like if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
    if "-" in word and "-" in like:  # Касым-Жомарта → Касым-Жомарт, each part's capital
        return "-".join(restore_case(f, o) for f, o in zip(word.split("-"), like.split("-")))
    return restore_case(word, like)


@dataclass(frozen=True, slots=True)
class NameContext:
    """What the words around a name say of its form: ``case``, the case the context gives it
    (the case of the names it is listed with), over the tagger's; ``gender``, the gender of a
    predicate that agrees with it ("Сауле Ахметова выступила"), over the tagger's;
    ``governed``, the cases a preposition before it allows, the only ones read when one of
    them fits."""

    case: str | None = None
    gender: str | None = None
    # the cases a preposition right before the name governs ("на Т. А. Воронину": accs, loct)
    governed: frozenset[str] = frozenset()
    # ``gender`` holds for a nominative reading only: the predicate's, of a name a word before
    # may govern, read as its subject since its context puts it in the nominative
    # ("Президент фонда | Наттавута Сайкыа сообщил": not the man "Наттавут" in the genitive)
    subject_nominative: bool = False


def _word_readings(t: Tok, r: str, morph: Morphology, lex: PeopleLexicon, several: bool,
                   case: str | None) -> list[Reading]:
    """Every reading of a name word in its role: the dictionary's, by the endings of the
    paradigms, as a noun in "-а", as a woman's name, as written."""
    tail = KAZAKH_TAIL.search(t.low) if r in ("Surn", "Patr") else None
    if tail is not None:  # "Алинұру Қайратұлы", "с Жанар Қанатқызы": never "Қайратұла"
        gender = _KAZAKH_TAIL_GENDER[tail.group(1)]
        return [Reading(case, gender, t.low, _KNOWN) for case in _CASES]
    parsed = _parse_readings(t, r, morph)
    paradigm = _paradigm_readings(t, r, lex, parsed)
    woman = _woman_name(t, r, lex)
    out = parsed + paradigm + _declines_as_a_noun_in_a(parsed, lex) + woman + \
        _as_written(t, r, lex, several, case) + _noun_surname(t, r, morph, several)
    if woman and t.low.endswith("е"):  # "Зауре Токтаровой": "Зауре" in every case, no "Заура"
        return [x for x in out if x.gender != "femn" or x.nominative == woman[0].nominative]
    return out


def _noun_surname(tok: Tok, role: str, morph: Morphology, several: bool) -> list[Reading]:
    """Readings of a man's surname that is a masculine noun of the dictionary in an oblique
    case: it declines as the noun does, its fleeting vowel too ("Петру Соловью" → Соловей,
    "Ивана Жаворонка" → Жаворонок, "Павлу Орлу" → Орёл); only in a name of several words (a
    word alone may be a first name the dictionary misreads: "Бану" is no "бан")."""
    if role != "Surn" or not several or any(_NAME_GRAMS & p.grams for p in tok.parses):
        return []
    out = []
    for p in tok.parses:
        if not p.known or p.pos != "NOUN" or not {"masc", "sing"} <= p.grams or \
                "Fixd" in p.grams or "nomn" in p.grams:
            continue
        nominative = morph.inflect(p, {"nomn", "sing"})
        if nominative is not None:
            out += [Reading(case, "masc", nominative, _PARADIGM) for case in _CASES
                    if case in p.grams]
    return out


def _surname_halves(t: Tok, role: str, morph: Morphology) -> tuple[Tok, Tok] | None:
    """The two halves of a double surname as words of their own ("Тополевой-Солдуновой",
    "Петрова-Водкина"), or None for another word."""
    halves = t.text.split("-")
    if role != "Surn" or len(halves) != 2 or not all(
            len(h) > 1 and h.isalpha() and h[:1].isupper() for h in halves):
        return None
    first, second = (replace(t, text=h, low=h.lower(), parses=morph.parse(h.lower()), parse=None,
                             lemmas=frozenset()) for h in halves)
    return first, second


def _joined(halves: list[list[Reading]]) -> list[Reading]:
    """The readings of a double surname: a case and gender both halves have a reading in, the
    halves' nominatives joined by a hyphen, the lesser weight."""
    first, second = (_best(rs) for rs in halves)
    return [Reading(case, gender, a.nominative + "-" + second[case, gender].nominative,
                    min(a.weight, second[case, gender].weight))
            for (case, gender), a in sorted(first.items()) if (case, gender) in second]


def _declining(words: Sequence[Tok], roles: Sequence[str]) -> Tok:
    """The last word of a name whose case the tagger may read from its ending: not a Kazakh
    surname in "-ұлы"/"-қызы", which does not decline ("Ерлану | Серікұлы")."""
    return next((t for t, r in zip(reversed(words), reversed(roles))
                 if r not in ("Surn", "Patr") or not KAZAKH_TAIL.search(t.low)), words[-1])


def name_in_nominative(words: Sequence[Tok], roles: Sequence[str], morph: Morphology,
                       lex: PeopleLexicon, context: NameContext = NameContext()
                       ) -> tuple[str, str, list[str]]:
    """(case, gender, each word in the nominative) of a name; ``roles``: Name, Surn or Patr;
    ``context``: what the words around it say."""
    per_word = []
    for t, r in zip(words, roles):
        halves = _surname_halves(t, r, morph)
        if halves is not None:  # "Тополевой-Солдуновой": each half declines as a surname
            per_word.append(_joined(
                [_word_readings(h, r, morph, lex, False, context.case) for h in halves]))
            continue
        per_word.append(_word_readings(t, r, morph, lex, len(words) > 1, context.case))
    syllabic = _syllabic_name(words)
    if syllabic is not None:
        per_word = syllabic
    elif any(r.gender == "femn" and r.weight >= _PARADIGM for rs, role in zip(per_word, roles)
           if role == "Name" for r in rs):
        per_word = [rs + _woman_surname(t, r, rs, lex)
                    for t, r, rs in zip(words, roles, per_word)]
    # the context's case over the tagger's, unless a word cannot stand in it ("заместителю |
    # Петрова": a title's dative, but the name it governs is a genitive)
    fits = context.case is not None and all(any(r.case == context.case for r in rs)
                                            for rs in per_word if rs)
    tagged = (context.case if fits else _SLOVNET_CASE.get(_declining(words, roles).tag.get("Case")
                                                          or ""),
              next((_SLOVNET_GENDER[g] for t in words
                    if (g := t.tag.get("Gender") or "") in _SLOVNET_GENDER), None))
    hypotheses = sorted({(r.case, r.gender) for rs in per_word for r in rs} |
                        {("nomn", g) for g in _GENDERS} |
                        ({(tagged[0], g) for g in _GENDERS} if tagged[0] else set()))
    hypotheses = [h for h in hypotheses if h[0] in context.governed] or hypotheses
    bests = [_best(rs) for rs in per_word]
    case, gender = max(hypotheses, key=lambda h: (
        _score(bests, h[0], h[1], tagged) + _PREDICATE_GENDER * (
            context.gender == h[1] and (h[0] == "nomn" or not context.subject_nominative)),
        h[0] == "nomn", h))
    normal = []
    for t, best_of in zip(words, bests):
        best = best_of.get((case, gender))
        if best is not None:
            normal.append(written_like(best.nominative, t.text))
        elif t.text.isupper() and len(t.text) > 1:
            normal.append(written_like(t.text.lower(), t.text))
        else:
            normal.append(t.text)  # no reading: a foreign or unknown word, as written
    return case, gender, normal
