"""People: PER spans of the NER, names put into the nominative part by part.

Each candidate is one mention; ``link.py`` merges mentions of one person. Parts are assigned by
pymorphy3's Name/Surn/Patr tags with a positional fallback ("Имя Фамилия"), surname-first order
("Абдурахмановой Натальи Петровны") and initials ("А. Б. Иванов") handled. Words pymorphy3 does
not know and that stand in the nominative are kept exactly as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from ..agreement import korean_surname
from ..data import lines, table
from ..document import Doc, Tok, initial_at
from ..lexicon import PeopleLexicon
from ..rules import Rule, Trace, Veto, run
from ..text.morph import PERSON_GRAMS, Morphology, WordParse
from .names import NameContext, name_in_nominative
from .phrase import (
    EPONYM_WORDS,
    NAME_PARTICLES,
    QUOTES,
    compound_org_word,
    eponym_before,
    eponym_name_end,
    function_word,
    issued_by,
    place_not_person,
    place_only,
    preposition_cases,
    substantive_lemma,
    town_run_in,
    trade_before,
    two_word_place_name,
    word_stem,
)

__all__ = ["PersonCandidate", "extract_people", "lone_words", "title_word"]

_PATRONYMIC = re.compile(r"((ович|евич|ич|овн|евн|ичн)\w{0,3}|оглы|улы|ұлы|кызы|қызы)$",
                         re.IGNORECASE)
_RUSSIAN_PATRONYMIC = re.compile(r"(ович|евич|овн|евн|ичн)\w{0,3}$", re.IGNORECASE)
# patronymics by their whole suffixes in their cases ("Рич", "Дыховичный", "Дыховичного" are
# none): a man's and a woman's Russian ones, and the Kazakh "-ұлы", "-қызы", which may be a
# surname too
_MANS_SUFFIX = r"(ович|евич)(а|у|ем|е)?"
_WOMANS_SUFFIX = r"(овн|евн)(а|ы|е|у|ой|ою)|ичн[аыеу]"
_RUSSIAN_WOMANS_PATRONYMIC = re.compile(f"({_WOMANS_SUFFIX})$", re.IGNORECASE)
_WOMANS_PATRONYMIC = re.compile(f"({_WOMANS_SUFFIX}|кызы|қызы)$", re.IGNORECASE)
_FULL_PATRONYMIC = re.compile(f"({_MANS_SUFFIX}|{_WOMANS_SUFFIX}|улы|ұлы|кызы|қызы)$",
                              re.IGNORECASE)
# a Kazakh surname made of a father's name and "-ұлы"/"-қызы", never a first name: before
# another word that is no surname it comes first ("Сапарұлы Ерлан", "Серікқызы Айгерим"; not
# the Turkmen first name "Гурбангулы | Бердымухамедов")
_KAZAKH_SURNAME = re.compile(r"\w(улы|ұлы|кызы|қызы)$", re.IGNORECASE)
_GENDER = {"Masc": "masc", "Fem": "femn"}
_ROMAN = re.compile(r"^[IVXL]+$")


@dataclass(frozen=True, slots=True)
class PersonCandidate:
    first_tok: int
    last_tok: int  # one past the last token
    name: str
    last: str | None
    first: str | None
    middle: str | None
    initials: tuple[str, ...] = ()
    rule: str = ""
    nominative: bool = False  # the name stands in the nominative, by the morphology and tagger
    # the gender the name's form was read in ("masc" | "femn" | "neut"; None: not read)
    gender: str | None = None
    # a word of the name had to change to reach the nominative: it stands in an oblique case
    # ("Петра Иванова"; not an indeclinable "Кэтрин Джексон", nor "Анна Иванова")
    oblique: bool = False
    case: str | None = None  # the case the name was read in


def _role_score(parses: tuple[WordParse, ...], gram: str) -> float:
    return sum(p.score for p in parses if gram in p.grams)


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _is_initial(doc: Doc, k: int, stop: int) -> bool:
    t = doc.toks[k]
    return (len(t.text) == 1 and t.text.isupper() and k + 1 < stop + 1
            and k + 1 < len(doc.toks) and doc.toks[k + 1].text == ".")


def _regnal_at(toks: list[Tok], k: int, first: int, last: int) -> bool:
    """ "V" of "Тупу V.", the sentence's dot after it: a one-letter Roman number that ends a
    name after its words is the name's number, not an initial."""
    return first < k and toks[k].text in _ROMAN_LETTERS and \
        (k + 1 == last or k + 2 == last and toks[k + 1].text == ".")


_ROMAN_LETTERS = frozenset("IVX")


def _is_name_word(t: Tok) -> bool:
    return t.is_word() and t.text not in QUOTES and not _ROMAN.match(t.text)


_APOSTROPHES = frozenset("'’`ʼ")


def _apostrophe_prefix(toks: list[Tok], k: int, last: int) -> bool:
    """ "О’" of "О’Мэлли", "Д'" of "Д’Артаньян": a capital letter or two glued by an apostrophe
    to the capitalized rest of the surname, which declines alone ("О’Мэлли", "О'Тула")."""
    if k + 2 >= last or not 1 <= len(toks[k].text) <= 2 or not toks[k].text[0].isupper() or \
            not toks[k].text.isalpha() or toks[k + 1].text not in _APOSTROPHES:
        return False
    rest = toks[k + 2]
    return toks[k].stop == toks[k + 1].start and toks[k + 1].stop == rest.start and \
        rest.text[:1].isupper()


def _name_words(doc: Doc, first: int, last: int) -> tuple[list[Tok], list[str], dict[int, str]]:
    """The words of a name span, its initials ("А.", "Б."), regnal numbers left out, and the
    apostrophe prefixes of its words by the word's index ("О’" of "О’Мэлли")."""
    toks = doc.toks
    words: list[Tok] = []
    initials: list[str] = []
    prefixes: dict[int, str] = {}
    k = first
    while k < last:
        if initial_at(toks, k) and not _regnal_at(toks, k, first, last):
            initials.append(toks[k].text + ".")
            k += 2
            continue
        if _apostrophe_prefix(toks, k, last):
            prefixes[len(words)] = toks[k].text + toks[k + 1].text
            k += 2
            continue
        if _is_name_word(toks[k]):
            words.append(toks[k])
        k += 1
    return words, initials, prefixes


def _roles(words: list[Tok]) -> list[str]:
    """What each word is by its morphology: Name, Surn, Patr, or "?" when it does not say."""
    roles: list[str] = []
    for t in words:
        if _PATRONYMIC.search(t.text) and len(words) > 1:
            roles.append("Patr")
            continue
        name = _role_score(t.parses, "Name")
        surn = _role_score(t.parses, "Surn")
        roles.append("Name" if name > surn and name > 0.1 else ("Surn" if surn > 0 else "?"))
    return roles


# a Ukrainian or Belarusian surname's suffix, in any case ("Кравчук", "Ковальчуку", "Процюка")
_UK_SURNAME = re.compile(r"\w{2,}(?:ук|юк)(?:а|у|ом|е)?$")


def _known_surname_first(words: list[Tok]) -> bool:
    """"Кравчук Петр", "Ковальчуку Ивану": a surname in -ук/-юк the dictionary knows as one and
    never as a first name before a word it knows as a first name and never as a surname (the
    dictionary's readings of foreign names alone say little: "Карлос Симон", "Аарон
    Александр")."""
    return bool(_UK_SURNAME.search(words[0].low)) and \
        any(p.known and "Surn" in p.grams for p in words[0].parses) and \
        not any("Name" in p.grams for p in words[0].parses) and \
        any(p.known and "Name" in p.grams for p in words[1].parses) and \
        not any("Surn" in p.grams for p in words[1].parses)


def _before_a_first_name(words: list[Tok]) -> bool:
    """"Цой Станислав", "Ким Марина": a Korean family's surname (``korean_surname``)
    before a word the dictionary knows as a first name and never as a surname is the surname
    ("Ким Кардашьян": a first name before a surname keeps its place)."""
    second = words[1].parses
    return korean_surname(words[0]) and \
        any(p.known and "Name" in p.grams for p in second) and \
        not any("Surn" in p.grams for p in second)


def _womans_name(t: Tok) -> bool:
    """Does the dictionary know the word as a woman's first name, and as no man's first name
    nor a surname ("Асель", "Гульнара"; not "Карина", "Ерлан")?"""
    names = [p for p in t.parses if "Name" in p.grams and "sing" in p.grams]
    return any(p.known for p in names) and all("femn" in p.grams for p in names) and \
        not any("Surn" in p.grams for p in t.parses)


def _mans_name(t: Tok) -> bool:
    """Does the word read as a man's first name in the nominative, and as no woman's there
    ("Жумагали", "Серик", the dictionary's guess too)?"""
    nominative = [p for p in t.parses if {"Name", "sing", "nomn"} <= p.grams]
    return any("masc" in p.grams for p in nominative) and \
        not any("femn" in p.grams for p in nominative)


def _fathers_name_first(words: list[Tok]) -> bool:
    """"Жумагали Асель", "Серик Айдана": a man's first name before a woman's first name is her
    surname, made of her father's name without a suffix (a woman's own name holds no man's
    first name); "Асель Жумагали" keeps its order."""
    return _mans_name(words[0]) and _womans_name(words[1])


def _surname_like_patronymic(words: list[Tok]) -> bool:
    """"Аркадий Дворкович": after a first name the dictionary knows, a word it only guesses to
    be a patronymic is a surname (a patronymic of a known name is known too: "Сергеевич"); so
    is a man's patronymic after a woman's first name ("Светлана Алексиевич"); a first name it
    does not know may have one it does not know ("Мейржан Серикбосынович")."""
    first, second = words
    return any(p.known and "Name" in p.grams for p in first.parses) and (
        not any(p.known and "Patr" in p.grams for p in second.parses) or _womans_name(first))


def _order(words: list[Tok], roles: list[str], initials: list[str]) -> list[str]:
    """The part of each word by its position: "Имя Фамилия", surname first when the
    morphology says so ("Абдурахмановой Натальи"), "Фамилия Имя Отчество" / "Имя Отчество
    Фамилия", a surname after initials."""
    n = len(words)
    if initials:
        return ["Surn"] * n if n == 1 else ["Name"] * (n - 1) + ["Surn"]
    if n == 1:
        return ["Name"] if roles[0] == "Name" and not _surname_like(words[0]) else ["Surn"]
    if n == 2 and (_RUSSIAN_WOMANS_PATRONYMIC.search(words[1].text) or
                   _RUSSIAN_PATRONYMIC.search(words[1].text) and
                   _role_score(words[1].parses, "Patr") > _role_score(words[1].parses, "Surn")
                   and not _surname_like_patronymic(words)):
        # "Мейржан Серикбосынович", "Гульмира Жумабековна": the surname left out (a Russian
        # woman's patronymic is no surname; "Айгерим Нурланкызы" may be a surname)
        return ["Name", "Patr"]
    if n == 2:
        surname_first = (roles[0] == "Surn" and roles[1] == "Name"
                         and _surname_like(words[0]) and not _surname_like(words[1])) or \
            _suffixed_surname_first(words, roles) or _known_surname_first(words) or \
            _before_a_first_name(words) or _fathers_name_first(words) or \
            bool(_KAZAKH_SURNAME.search(words[0].text)) and \
            not _KAZAKH_SURNAME.search(words[1].text) and not _surname_like(words[1])
        return ["Surn", "Name"] if surname_first else ["Name", "Surn"]
    particles = _particles_before_last(words)
    if particles and n - particles >= 2:
        # "Людвиг ван Бетховен", "Урсула фон дер Ляйен", "Леонардо Ди Каприо": particles
        # before the surname, no first name's
        return ["Name"] * (n - 1 - particles) + ["Part"] * particles + ["Surn"]
    if n == 3:  # a patronymic in the middle: "Аркадий Владимирович Дворкович"
        surname_first = roles[2] == "Patr" and roles[1] != "Patr"
        return ["Surn", "Name", "Patr"] if surname_first else ["Name", "Patr", "Surn"]
    return ["Name"] * (n - 1) + ["Surn"]


def _particles_before_last(words: list[Tok]) -> int:
    """How many particles of data/name_particles.txt stand right before a name's last word,
    in small letters or capitalized after another word ("фон дер | Ляйен", "Ди | Каприо")."""
    k = len(words) - 1
    while k > 1 and words[k - 1].low in NAME_PARTICLES:
        k -= 1
    return len(words) - 1 - k


def _in_text_order(doc: Doc, first: int, last: int, normal: list[str]) -> list[str]:
    """The name rebuilt in text order: the words in the nominative, initials and regnal
    numbers in place ("Елизавета II", "Иоанн Павел II")."""
    toks = doc.toks
    pieces = []
    k = first
    wi = 0
    while k < last:
        t = toks[k]
        if _apostrophe_prefix(toks, k, last):
            k += 2  # the prefix is in the word's normal form already
            continue
        if initial_at(toks, k) and not _regnal_at(toks, k, first, last):
            # as written: "А.И. Машкин", "К. С. Станиславский"
            glued = k + 2 < last and toks[k + 2].start == toks[k + 1].stop
            pieces.append(t.text + "." + ("" if glued else " "))
            k += 2
            continue
        if _is_name_word(t):
            pieces.append(normal[wi])
            wi += 1
        elif _ROMAN.match(t.text):
            pieces.append(t.text)
        k += 1
    return [p if p.endswith((".", " ")) or i == len(pieces) - 1 else p + " "
            for i, p in enumerate(pieces)]


def _governed(doc: Doc, first: int) -> frozenset[str]:
    """The cases the preposition right before a name allows it ("на | Т. А. Воронину")."""
    t = doc.toks[first - 1] if first > 0 else None
    if t is None or t.sent != doc.toks[first].sent:
        return frozenset()
    return preposition_cases().get(t.low, frozenset())


def person_from_tokens(doc: Doc, first: int, last: int, morph: Morphology,
                       lex: PeopleLexicon, case_hint: str | None = None,
                       surname_first: bool = False) -> PersonCandidate | None:
    """The person a name span [first, last) spells, each part in the nominative (``case_hint``:
    the case its context gives it, see ``name_in_nominative``; ``surname_first``: a name of two
    words that its list gives in the official order, "Фамилия Имя")."""
    words, initials, prefixes = _name_words(doc, first, last)
    if not words:
        return None
    order = ["Surn", "Name"] if surname_first and len(words) == 2 and not initials else \
        _order(words, _roles(words), initials)
    role_of = [_declines_as(w, r) for w, r in zip(words, order)]
    subject = _subject_place(doc, first)
    gender = _predicate_gender(doc, first, last, lex, subject or case_hint == "nomn")
    relative = _relative_gender(doc, last) if gender is None else None
    context = NameContext(case_hint, gender or relative, _governed(doc, first),
                          not subject and relative is None)
    case, gender, normal = name_in_nominative(words, role_of, morph, lex, context)
    oblique = case != "nomn" and any(_inflected(w, n) for n, w in zip(normal, words))
    normal = [prefixes.get(i, "") + w for i, w in enumerate(normal)]
    nominative = case == "nomn" and (case_hint == "nomn" or
                                     words[-1].tag.get("Case") in (None, "Nom"))
    parts: dict[str, str] = {}
    particles: list[str] = []
    for w, r in zip(normal, order):
        if r == "Part":
            if w[:1].isupper():
                particles.append(w)  # a capitalized one is the surname's: "Ди Каприо"
            continue  # a lowercase one stays in the name only: "Людвиг ван Бетховен"
        if r == "Surn" and particles:
            w = " ".join([*particles, w])
            particles = []
        parts[r] = parts[r] + " " + w if r in parts else w
    pieces = _in_text_order(doc, first, last, normal)
    name = "".join(pieces).strip()
    if len(words) == 1 and len(pieces) > 1 and not initials:
        # "Елизавета II": a regnal name identifies the person as a surname does
        return PersonCandidate(first, last, name, normal[0], None, None, (),
                               nominative=nominative, gender=gender, oblique=oblique, case=case)
    return PersonCandidate(first, last, name, parts.get("Surn"), parts.get("Name"),
                           parts.get("Patr"), tuple(initials), nominative=nominative,
                           gender=gender, oblique=oblique, case=case)


_MAX_RELATIVE_ORIGIN = 5
_RELATIVE = frozenset({"который"})


def _relative_gender(doc: Doc, last: int) -> str | None:
    """The gender of a singular "который" that opens a relative clause right after a name, or
    after the place its bearer comes from, in any case of the name ("Ерлану Нурмухамедову из
    Уральского района, который …": a man; "Гульнару Ахметову, которая …": a woman); else None."""
    toks = doc.toks
    k = last
    if k < len(toks) and toks[k].low == "из":
        k += 1
        while k < len(toks) and k - last <= _MAX_RELATIVE_ORIGIN and toks[k].is_word() and \
                (toks[k].case == "gent" or toks[k].is_title_case()):
            k += 1
    if k + 1 >= len(toks) or toks[k].text != "," or toks[k + 1].sent != toks[last - 1].sent:
        return None
    p = toks[k + 1].parse
    if p is None or toks[k + 1].lemma not in _RELATIVE or "sing" not in p.grams:
        return None
    return next((g for g in _PREDICATE_GENDERS if g in p.grams), None)


def _declines_as(word: Tok, part: str) -> str:
    """The role a name word declines in for its part: a middle name that is no patronymic
    ("Мартина Лютера Кинга", "Джорджем Уокером Бушем") declines as a first name does; a word
    of no known part, as a surname."""
    if part == "Patr" and not _PATRONYMIC.search(word.text) and \
            not any("Patr" in p.grams for p in word.parses):
        return "Name"
    return part if part not in ("?", "Part") else "Surn"


def _inflected(word: Tok, nominative: str) -> bool:
    """Does the name word stand in a case form of its own, changed from its nominative, by the
    dictionary or by the tagger ("Петра", "Иванову"; not a guess for a foreign word the tagger
    reads as a nominative: "Наттавута сообщил")?"""
    return nominative.lower().replace("ё", "е") != word.low.replace("ё", "е") and (
        any(p.known for p in word.parses) or word.tag.get("Case") not in (None, "Nom"))


_PREDICATE_GENDERS = {"masc": "masc", "femn": "femn"}


# Words before a name that may make it their complement ("под руководством Ивана Петрова
# выступила команда"): then the verb after it is not its own.
_GOVERNORS = frozenset({"NOUN", "ADJF", "PRTF", "PREP", "NUMR", "NPRO"})


def _subject_place(doc: Doc, first: int) -> bool:
    """May a name at token ``first`` be the subject of what follows it: no word before it may
    govern it (only a nominative noun, a title, may stand there; before initials, which say
    no gender, also a nominative noun and its genitive complement: "Заместитель акима
    области | Г.Б. Ахметова поручила")?"""
    sent_first = doc.sents[doc.toks[first].sent].first
    prev = doc.toks[first - 1] if first > sent_first else None
    if prev is None or prev.parse is None or prev.parse.pos not in _GOVERNORS or \
            prev.parse.pos == "NOUN" and prev.case == "nomn":
        return True
    if not initial_at(doc.toks, first):
        return False
    j = first - 1
    while j > max(sent_first, first - 1 - _MAX_TITLE_COMPLEMENT) and \
            doc.toks[j].case == "gent" and doc.toks[j].pos in _COMPLEMENT_POS:
        j -= 1
    return j < first - 1 and doc.toks[j].pos == "NOUN" and doc.toks[j].case == "nomn" and \
        (j == sent_first or doc.toks[j - 1].pos not in _GOVERNORS)


_COMPLEMENT_POS = frozenset({"NOUN", "ADJF", "PRTF"})


def _predicate_gender(doc: Doc, first: int, last: int, lex: PeopleLexicon,
                      subject: bool) -> str | None:
    """The gender of a singular past-tense verb or short participle right after a name (its
    adverbs skipped, and the comma that closes a name in commas), which agrees with the name
    as its subject: "Сауле Ахметова выступила", "Его предшественница, Г.С. Ахметова, перешла".
    None when the name may be no ``subject`` (a word before it may govern it: ``_subject_place``,
    and its context puts it in no nominative: "Премьер-министр Италии | Джорджа Мелони
    прибыла" may be one), and when the verb agrees with a noun before the name, no title,
    that it is the complement of ("Визит | Джорджи Мелони | завершился")."""
    if not subject:
        return None
    k = last
    if 0 < first and last < len(doc.toks) and doc.toks[first - 1].text == "," and \
            doc.toks[last].text == ",":
        k += 1  # "Его предшественница, Г.С. Ахметова, перешла": a name in commas
    elif last < len(doc.toks) and doc.toks[last].text == ",":
        k = _after_apposition(doc, last)  # "Е. Н. Кольцова, председатель союза, рассказала"
    after_object = _object_end(doc, k)  # "Алия Жумабаева | трудовую деятельность | начала"
    k = after_object
    while k < len(doc.toks) and (p := doc.toks[k].parse) is not None and p.pos in (
            "ADVB", "PRCL"):
        k += 1
    p = doc.toks[k].parse if k < len(doc.toks) else None
    if after_object > last and p is not None and p.pos != "VERB":
        # after an object the verb it takes, though the tagger read a noun ("начала")
        p = next((q for q in doc.toks[k].parses if q.pos == "VERB" and "past" in q.grams), p)
    if p is None or p.pos not in ("VERB", "PRTS") or "sing" not in p.grams or \
            p.pos == "VERB" and "past" not in p.grams:
        return _inverted_feminine(doc, first)
    if _noun_subject_before(doc, first, p, lex):
        return None
    return next((g for g in _PREDICATE_GENDERS if g in p.grams), None)


def _noun_subject_before(doc: Doc, first: int, verb: WordParse, lex: PeopleLexicon) -> bool:
    """Is the word right before a name a nominative singular noun, no title, of the gender of
    the verb after the name: its subject, the name its complement ("Визит | Джорджи Мелони |
    завершился")?"""
    if first == 0 or doc.toks[first - 1].sent != doc.toks[first].sent:
        return False
    t = doc.toks[first - 1]
    return t.parse is not None and t.parse.pos == "NOUN" and \
        {"nomn", "sing"} <= t.parse.grams and t.lemma.replace("ё", "е") not in lex.titles and \
        any(g in t.parse.grams and g in verb.grams for g in _PREDICATE_GENDERS)


_MAX_APPOSITION = 10


def _after_apposition(doc: Doc, comma: int) -> int:
    """The token after an apposition in commas that opens at ``comma`` (no verb in it, at most
    ``_MAX_APPOSITION`` tokens, in one sentence); ``comma`` when there is none."""
    toks = doc.toks
    for k in range(comma + 1, min(comma + 1 + _MAX_APPOSITION, len(toks))):
        t = toks[k]
        if t.sent != toks[comma].sent or t.pos in ("VERB", "PRTS", "PRTF", "GRND") or \
                t.text in ("«", "(", ":", ";"):
            return comma
        if t.text == ",":
            return k + 1 if k > comma + 1 else comma
    return comma


_MAX_OBJECT = 3
_OBJECT_POS = frozenset({"NOUN", "ADJF", "PRTF"})


def _object_end(doc: Doc, k: int) -> int:
    """The end of a short object that opens at token k before the verb, one no word of which
    can be a nominative, or whose adjective before the noun cannot ("трудовую | деятельность"):
    the name before it is still the verb's subject; ``k`` when there is none."""
    toks = doc.toks
    j = k
    fixed = False  # an oblique adjective fixes the case of the noun after it
    while j < len(toks) and j - k < _MAX_OBJECT and toks[j].pos in _OBJECT_POS and \
            toks[j].parses:
        oblique = toks[j].case != "nomn" and not any("nomn" in q.grams for q in toks[j].parses)
        if not (oblique or fixed and toks[j].pos == "NOUN" and toks[j].case != "nomn"):
            break
        fixed = fixed or oblique and toks[j].pos != "NOUN"
        j += 1
        if toks[j - 1].pos == "NOUN":
            return j
    return k


def _inverted_feminine(doc: Doc, first: int) -> str | None:
    """"femn" when a feminine singular verb in the past stands right before the name and no
    word before it in its clause can be its feminine subject: the name is ("Модератором
    выступила Д. Садыкова", "Отчет подготовила Г. Ахметова"; not "Анна поблагодарила
    Д. Садыкова", "Комиссия поблагодарила …", where "Садыкова" is Садыков's accusative)."""
    s = doc.sents[doc.toks[first].sent]
    k = first - 1
    if k < s.first or not _feminine_past(doc.toks[k].parse):
        return None
    for t in reversed(doc.toks[s.first:k]):
        if t.text in (",", ";", ":", "—", "–"):
            break
        if t.pos in ("NOUN", "NPRO") and any(
                q.pos in ("NOUN", "NPRO") and {"nomn", "sing", "femn"} <= q.grams
                for q in t.parses):
            return None  # (a word the tagger read so: not the preposition "С")
    return "femn"


def _feminine_past(p: WordParse | None) -> bool:
    return p is not None and (p.pos == "VERB" and "past" in p.grams or p.pos == "PRTS") and \
        {"sing", "femn"} <= p.grams


def _suffixed_surname_first(words: list[Tok], roles: list[str]) -> bool:
    """"Сапаров Ерлан", "Ахметову Гүлнар": a first word with a Russian surname's suffix in any
    case that the dictionary knows as no one's first name (a plural of one is a family:
    "Исмаилов" of "Исмаил", "Омаров" of "Омар"), before a word without one that it does not
    take for a surname (a Kazakh first name it does not know, or misreads)."""
    return roles[1] != "Surn" and bool(_SUFFIXED.search(words[0].low)) and \
        not _SUFFIXED.search(words[1].low) and \
        not any(p.known and "Name" in p.grams and "sing" in p.grams for p in words[0].parses)


# "-ов", "-ев" after a stem of three letters or more, in any case ("Дева" is no surname; "-ин"
# ends foreign first names too: "Хоакин", "Зинедин")
_SUFFIXED = re.compile(r"\w{3,}(?:ов|ев|ёв)(?:а|у|ым|е|ой|ою)?$")


def _surname_like(tok: Tok) -> bool:
    return bool(re.search(r"(ов|ев|ин|ова|ева|ина|ский|ская|енко|баев|беков)$", tok.low))


def _surname_ending(t: Tok, case: str | None, lex: PeopleLexicon) -> bool:
    """Does the word end as a surname does in the case (data/name_paradigms.txt:
    "Кудряшовой" in the dative)?"""
    return case is not None and any(
        role == "Surn" and nominative != "-" and len(ending) > 1 and case in cases and
        t.low.endswith(ending) for ending, nominative, _, cases, role in lex.name_paradigms)


def _same_case(a: Tok, b: Tok) -> bool:
    return a.case is None or b.case is None or a.case == b.case


def _surname_in_case(a: Tok, b: Tok, lex: PeopleLexicon) -> bool:
    """Is ``b`` a surname in the case of the first name ``a`` before it by the surname endings
    of data/name_paradigms.txt, whatever the tagger read ("Ерлана | Карина": the genitive of
    "Карин", not the first name "Карина")?"""
    return _is_first_name(a) and b.text[:1].isupper() and _surname_ending(b, a.case, lex)


def _is_first_name(tok: Tok) -> bool:
    return _role_score(tok.parses, "Name") > max(_role_score(tok.parses, "Surn"), 0.1)


def _two_full_names(doc: Doc, a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    """Are two adjacent PER spans two people, each a first name and a surname ("экс-президента
    Билла Клинтона | Джо Локхарту")?"""
    wa = [t for t in doc.toks[a[1]:a[2]] if t.is_word()]
    wb = [t for t in doc.toks[b[1]:b[2]] if t.is_word()]
    return len(wa) >= 2 and len(wb) >= 2 and _is_first_name(wa[0]) and \
        not _is_first_name(wa[-1]) and _is_first_name(wb[0])


@dataclass(frozen=True, slots=True)
class _Ctx:
    doc: Doc
    morph: Morphology
    lex: PeopleLexicon
    # the NER's PER spans (``_per_spans``), each with its cut in two (``_cut``) or None, read
    # once for every rule that takes its spans from them
    ner: tuple[tuple[str, int, int, tuple[_Span, _Span] | None], ...] = ()


_Span = tuple[int, int]  # tokens [first, last) of a name


def _per_spans(doc: Doc, lex: PeopleLexicon) -> list[tuple[str, int, int]]:
    """The NER's PER spans, adjacent ones joined ("Абдурахмановой | Натальи Петровны" is one
    name), each tagged with the rule that made it."""
    spans = sorted((s for s in ((tag, _past_eponym_word(doc, a, b), b) for tag, a, b in doc.ner
                                if tag == "PER") if s[1] < s[2]), key=lambda s: s[1])
    out: list[tuple[str, int, int]] = []
    for s in spans:
        if out and out[-1][2] == s[1] and doc.toks[s[1]].sent == doc.toks[out[-1][1]].sent \
                and (_same_case(doc.toks[s[1] - 1], doc.toks[s[1]]) or
                     _surname_in_case(doc.toks[s[1] - 1], doc.toks[s[1]], lex) or
                     _official_order(doc, list(range(out[-1][1], s[2])))) \
                and not _two_full_names(doc, ("PER", out[-1][1], out[-1][2]), s):
            out[-1] = ("ner_joined", out[-1][1], s[2])
        else:
            out.append(("ner", s[1], s[2]))
    return [(made, _first_name_taken(doc, _first_name_before(doc, _surname_before(
        doc, _initials_after_place(doc, _surname_before_initials(doc, a, b, lex), b, lex), b,
        lex), lex), b), b) for made, a, b in out]


def _surname_before_initials(doc: Doc, first: int, last: int, lex: PeopleLexicon) -> int:
    """The start of a name whose surname the NER took into a place's or an organization's span
    before its initials ("КФХ Коваленко | С. П."): a span of initials alone after a
    capitalized word that reads as a surname and is no title's; ``first`` otherwise."""
    toks = doc.toks
    if first == 0 or (last - first) % 2 or \
            not all(initial_at(toks, j) for j in range(first, last, 2)):
        return first
    t = toks[first - 1]
    if t.sent != toks[first].sent or t.ner not in ("LOC", "ORG") or \
            not _capitalized_parts(t) or title_word(t, lex) or \
            not (_surname_like(t) or any("Surn" in p.grams for p in t.parses)):
        return first
    return first - 1


_MAX_PLACE_WORDS = 2


def _initials_after_place(doc: Doc, first: int, last: int, lex: PeopleLexicon) -> int:
    """Where a name with initials starts in a span the NER ran on over the place a place word
    before it names ("города | Курчатова Е. А. Грошев", "села | Кызылжар Д. К. Смагулова"):
    initials open a name or follow its surname, never a word and then a surname, so the words
    before them are the place's; ``first`` when the span is no such."""
    toks = doc.toks
    if first == 0 or not toks[first - 1].text.islower() or initial_at(toks, first) or \
            toks[first - 1].lemma.replace("ё", "е") not in lex.place_words:
        return first
    k = next((j for j in range(first + 1, min(last, first + _MAX_PLACE_WORDS + 1))
              if initial_at(toks, j)), None)
    if k is None:
        return first
    j = k
    while j + 1 < last and initial_at(toks, j):
        j += 2
    return k if j < last and _capitalized(toks[j]) else first


def _first_name_taken(doc: Doc, first: int, last: int) -> int:
    """The start of a lone surname with the first name before it that the NER read as a place
    or an organization ("Милана | Кузьмина получила": the genitive of "Милан"): one
    capitalized word of its own span whose reading as a first name agrees with the surname in
    case and gender."""
    if last - first != 1 or first == 0:
        return first
    t, surname = doc.toks[first - 1], doc.toks[first]
    if t.ner not in ("LOC", "ORG") or t.sent != surname.sent or not _capitalized(t) or \
            first >= 2 and doc.toks[first - 2].ner == t.ner or surname.case is None:
        return first
    genders = {g for p in surname.parses if "Surn" in p.grams and surname.case in p.grams
               for g in p.grams & {"masc", "femn"}}
    return first - 1 if any(p.known and "Name" in p.grams and surname.case in p.grams and
                            p.grams & genders for p in t.parses) else first


def _first_name_before(doc: Doc, first: int, lex: PeopleLexicon) -> int:
    """The start of a name the NER began at its patronymic, leaving the first name before it
    out, or to a place ("района | Асель | Ибраевна Жаксыбекова", "жительница | Әйгерім |
    Серікқызы Нұрланова"): a capitalized word of the sentence that is no title's."""
    if first == 0 or not _FULL_PATRONYMIC.search(doc.toks[first].text):
        return first
    t = doc.toks[first - 1]
    if t.sent != doc.toks[first].sent or not _capitalized(t) or title_word(t, lex) or \
            t.ner == "PER" or doc.sents[t.sent].first == first - 1 and _dictionary_word(t):
        return first
    return first - 1


def _dictionary_word(t: Tok) -> bool:
    """A word the dictionary knows, and as no name ("Фильмы", opening a sentence)."""
    return bool(t.parses) and all(p.known and not PERSON_GRAMS & p.grams for p in t.parses)


def _past_eponym_word(doc: Doc, first: int, last: int) -> int:
    """The start of a span past the eponym word the NER took into it ("им. | А. Байтурсынова
    Марату Ахметову")."""
    t = doc.toks[first]
    if t.low not in EPONYM_WORDS:
        return first
    return first + 2 if t.low == "им" and first + 1 < last and \
        doc.toks[first + 1].text == "." else first + 1


def _after_eponym_word(doc: Doc, first: int) -> bool:
    """Does the name at ``first`` follow an eponym word ("имени | Абая", "им. | Абая"): the
    genitive of the person a thing is named after?"""
    toks = doc.toks
    return first > 0 and (toks[first - 1].low == "имени" and (
        first < 2 or toks[first - 2].low != "по") or first > 1 and  # "по имени": a nominative
        toks[first - 1].text == "." and toks[first - 2].low == "им")


def _surname_before(doc: Doc, first: int, last: int, lex: PeopleLexicon) -> int:
    """The start of a first name and patronymic with the surname before them that the NER left
    out or took for a place ("района Смагулов | Мейржан Серикбосынович", "вручили
    Кудряшовой-Лемешевой | Елене Борисовне", "награжден Абенов | Марат Серикулы"): official
    style, "Фамилия Имя Отчество", the surname in the name's case."""
    words = [t for t in doc.toks[first:last] if t.is_word()]
    if first == 0 or len(words) != 2 or not (_RUSSIAN_PATRONYMIC.search(words[1].text) or
                                             _KAZAKH_SURNAME.search(words[1].text)):
        return first
    before = doc.toks[first - 1]
    # untagged, or the one word of a place's or organization's span
    alone = before.ner is None or first < 2 or doc.toks[first - 2].ner != before.ner
    if before.sent != words[0].sent or before.ner not in (None, "LOC", "ORG") or not alone or \
            not _capitalized_parts(before) or \
            not (_surname_like(before) or _surname_ending(before, words[0].case, lex)) or \
            not (before.case == words[0].case or any(words[0].case in p.grams
                                                       for p in before.parses) or
                 _indeclinable_name(words[0])):
        return first
    return first - 1


def _indeclinable_name(t: Tok) -> bool:
    """A first name the dictionary reads the same in every case ("Асель", "Айгерим"): it
    stands in the case of the surname before it, whatever the tagger read."""
    names = [p for p in t.parses if "Name" in p.grams]
    return bool(names) and all("Fixd" in p.grams for p in names)


def _genitive_cut(doc: Doc, first: int, last: int) -> tuple[_Span, _Span] | None:
    """A span cut where a lone genitive word precedes a name in another case ("заместитель
    Клишаса Людмила Бокова": two people)."""
    words = [k for k in range(first, last) if doc.toks[k].is_word()]
    if len(words) < 3:
        return None
    a, b = doc.toks[words[0]], doc.toks[words[1]]
    if initial_at(doc.toks, words[0]) and initial_at(doc.toks, words[1]):
        return None  # "С. И. Бахтин": initials
    if a.case == "gent" and a.ner == "PER" and b.case not in (None, "gent") and \
            all(doc.toks[k].case == b.case for k in words[1:]) and \
            _role_score(a.parses, "Name") < 0.1 and not _official_order(doc, words):
        return (first, words[0] + 1), (words[1], last)
    return None


def _eponym_cut(doc: Doc, first: int, last: int) -> tuple[_Span, _Span] | None:
    """A span after an eponym word cut where the eponym's genitive name ends and a person's
    name follows ("учитель школы имени Абая Кунанбаева | Ерлан Касымов")."""
    if not _after_eponym_word(doc, first):
        return None
    end = eponym_name_end(doc, first, last, 2)
    return None if end == last else ((first, end), (end, last))


def _official_order(doc: Doc, words: list[int]) -> bool:
    """"Иванова Ольга Сергеевна": a surname, a first name and a patronymic, the surname a
    woman's nominative the tagger read as a man's genitive; "— Шуваловой Марине Игоревне":
    a surname with a reading in the case of the first name and patronymic after it."""
    if len(words) != 3:
        return False
    a, b, c = (doc.toks[k] for k in words)
    if _WOMANS_PATRONYMIC.search(c.text) and \
            any({"Surn", "femn", "nomn"} <= p.grams for p in a.parses):
        return True
    return bool(_PATRONYMIC.search(c.text)) and b.case is not None and \
        any("Surn" in p.grams and b.case in p.grams for p in a.parses)


def _lone_surname_cut(doc: Doc, first: int, last: int, surnames: dict[str, int]
                      ) -> tuple[_Span, _Span] | None:
    """A span cut after a lone genitive surname that a first name and a surname follow ("друга
    Путина | Геннадия Тимченко", "заместителя Мюллера | Джона Пистоля"): no one's name is a
    surname, a first name and a surname, so two people, the first the complement of a noun.
    Not a nominative ("Карлос Артур Нузман": a first name the dictionary knows as a surname)
    nor a patronymic after them ("Смагулова Мейржана Серикбосыновича": the official order)."""
    words = [k for k in range(first, last) if doc.toks[k].is_word()]
    if len(words) != 3:
        return None
    a, b, c = (doc.toks[k] for k in words)
    if _PATRONYMIC.search(c.text) or any("Patr" in p.grams for p in c.parses) or \
            not _capitalized(b) or not _capitalized(c) or _is_first_name(c):
        return None
    if a.case == "gent" and _genitive_surname(a) and _role_score(a.parses, "Name") < 0.1 and \
            _is_first_name(b) or surnames.get(a.text, last) <= first:
        return (first, words[0] + 1), (words[1], last)
    return None


def _surname_ends(doc: Doc) -> dict[str, int]:
    """The last word of each name of two words or more the NER found, as written, with where
    its first such name ends: a word that ends a name given before a span is a surname there
    ("арестовал Асета Магауова. … Адвокат Магауова | Ерлан Кенжебаев")."""
    out: dict[str, int] = {}
    for type_, a, b in doc.ner:
        if type_ == "PER" and b - a >= 2:
            word = doc.toks[b - 1].text
            out[word] = min(out.get(word, b), b)
    return out


def _genitive_surname(t: Tok) -> bool:
    """A genitive of a surname the dictionary knows ("Путина", "Мюллера"), or one it guesses
    with a surname's genitive ending ("Магауова", "Кенжебаева"); not a word it only guesses
    to be one: a Korean name's first word ("Пак Чхан Ук")."""
    return _capitalized(t) and any({"Surn", "gent"} <= p.grams and (
        p.known or t.low.endswith(_SURNAME_GENITIVES)) for p in t.parses)


_SURNAME_GENITIVES = ("ова", "ева", "ёва", "ина", "ына")


def _initials_cut(doc: Doc, first: int, last: int) -> tuple[_Span, _Span] | None:
    """A span cut after initials and a surname that a first name follows ("имени А. С.
    Пушкина | Ивана Петрова"): initials stand before a surname or after it, never before a
    surname and a first name, so two people."""
    toks, k = doc.toks, first
    while k + 1 < last and initial_at(toks, k):
        k += 2
    if k == first or k + 2 >= last or not toks[k].is_word():
        return None
    nxt = toks[k + 1]
    if _capitalized(nxt) and not initial_at(toks, k + 1) and \
            _role_score(nxt.parses, "Name") >= 0.1:
        return (first, k + 1), (k + 1, last)
    return None


def _stems(doc: Doc, first: int, last: int) -> tuple[str, ...]:
    return tuple(word_stem(t.text) for t in doc.toks[first:last] if t.is_word())


_RELATION_REACH = 8  # tokens between a relation noun and the names after it


def _relation_cut(doc: Doc, first: int, last: int, alone: set[tuple[str, ...]]
                  ) -> tuple[_Span, _Span] | None:
    """A span cut in two after a relation noun ("сын Акихито Нарухито", "мать … Майкла
    Джексона Кэтрин": data/relation_words.txt) where each part is a name the text gives alone
    elsewhere (or at the end of a span: "Император Акихито"), the first in the genitive (or a
    form that does not decline), the second not: the relation's other person, then the person
    it names."""
    sent = doc.sents[doc.toks[first].sent]
    if not any(doc.toks[k].lemma.replace("ё", "е") in _relation_words()
               for k in range(max(sent.first, first - _RELATION_REACH), first)):
        return None
    words = [k for k in range(first, last) if doc.toks[k].is_word()]
    for i in range(1, len(words)):
        head, rest = doc.toks[words[i - 1]], doc.toks[words[i]]
        if head.case in ("gent", None) and rest.case != "gent" and _capitalized(rest) and \
                _stems(doc, first, words[i]) in alone and _stems(doc, words[i], last) in alone:
            return (first, words[i]), (words[i], last)
    return None


def _after_relation(doc: Doc, first: int) -> bool:
    """Does a relation noun stand right before the name, or before the name of the person it
    relates to ("дочь Стефани", "сын Сиви Даллас")?"""
    k = first - 1
    while k >= 0 and doc.toks[k].ner == "PER" and first - k <= 3:
        k -= 1
    return k >= 0 and doc.toks[k].sent == doc.toks[first].sent and \
        doc.toks[k].lemma.replace("ё", "е") in _relation_words()


@cache
def _relation_words() -> frozenset[str]:
    return frozenset(lines("relation_words.txt"))


# the grammemes of a reading as a person's name


def _relation_word(t: Tok) -> bool:
    """A relation noun no reading of which is a name ("Сын", "Сестра"; not "Мама", a surname
    too), which the NER ran into the name after it ("Сын Гейдар")."""
    return t.lemma.replace("ё", "е") in _relation_words() and \
        not any(PERSON_GRAMS & p.grams for p in t.parses)


def _ner_spans(doc: Doc, lex: PeopleLexicon
               ) -> tuple[tuple[str, int, int, tuple[_Span, _Span] | None], ...]:
    """The NER's PER spans (joined ones too), each with the two halves it is cut into, or
    None when it is one name."""
    spans = _per_spans(doc, lex)
    # the names each span ends with ("Император Акихито" ends with "Акихито")
    alone = {stems[i:] for _, first, last in spans
             for stems in [_stems(doc, first, last)] for i in range(len(stems))}
    surnames = _surname_ends(doc)
    return tuple((made, first, last, _initials_cut(doc, first, last) or
                  _genitive_cut(doc, first, last) or _eponym_cut(doc, first, last) or
                  _lone_surname_cut(doc, first, last, surnames) or
                  _relation_cut(doc, first, last, alone))
                 for made, first, last in spans)


def _spans(c: _Ctx, rule: str) -> list[_Span]:
    """The name spans of one rule: NER spans (joined ones too) not cut, or the two halves of a
    cut one."""
    out: list[_Span] = []
    for made, first, last, cut in c.ner:
        if rule == "genitive_cut" and cut is not None:
            out += cut
        elif made == rule and cut is None:
            out.append((first, last))
    return out


_TITLE_REACH = 6  # words between a title head and the name after it (its complement)


def _capitalized(t: Tok) -> bool:
    return t.text[:1].isupper() and t.text.isalpha() and len(t.text) > 1


def _capitalized_parts(t: Tok) -> bool:
    """A capitalized word, or capitalized words joined by hyphens (a double surname:
    "Кудряшова-Лемешева")."""
    return all(part[:1].isupper() and part.isalpha() and len(part) > 1
               for part in t.text.split("-"))


def _name_run(doc: Doc, a: int, b: int) -> _Span | None:
    """The name at the end of the capitalized words [a, b): a first name (a Name reading)
    and one or two more words, a surname or patronymic ("Алматы | Ерболат Досаев")."""
    for start in range(max(a, b - 3), b - 1):
        first = doc.toks[start]
        if start + 2 < b and _first_name_only(doc.toks[start + 1]):
            continue  # "Славы | Николая Лебедева": two first names are no one name
        if any("Name" in p.grams for p in first.parses) and not any(
                "Geox" in p.grams for p in first.parses) and _shares_case(first, doc.toks[b - 1]):
            return start, b
        last = doc.toks[start + 1]
        if start == b - 2 and last.text.isupper() and _surname_like(last):
            return start, b  # a first name that is also a place's and a surname in capitals
    return None


def _first_name_only(t: Tok) -> bool:
    """Is every reading of the word as a name a first name's ("Николая")?"""
    names = [p for p in t.parses if p.grams & PERSON_GRAMS]
    return bool(names) and all("Name" in p.grams for p in names)


def _shares_case(first: Tok, last: Tok) -> bool:
    """Can the first name stand in a case of the last word of its name ("Славы | Николай
    Лебедев": a genitive before nominatives is no first name of theirs)? A name the dictionary
    does not know may stand in any."""
    cases = {g for p in last.parses for g in p.grams & _CASE_GRAMS}
    names = [p for p in first.parses if {"Name", "sing"} <= p.grams and p.known]
    return not cases or not names or any(p.grams & cases for p in names)


def _after_titles(c: _Ctx) -> list[_Span]:
    """Names the NER missed right after a title and its complement ("Аким Алматы Ерболат
    Досаев открыл форум"), or after the holder of an honour and its name ("Герой
    Социалистического Труда | Иван Петров"): a title word before capitalized words is evidence
    of a person (not words the NER reads as an organization: "сотрудники ГУ ФСИН")."""
    doc, out = c.doc, []
    tagged = {k for _, a, b in doc.ner if _ == "PER" for k in range(a, b)}
    for k, t in enumerate(doc.toks):
        lemma = t.lemma.replace("ё", "е")
        if lemma not in c.lex.titles and lemma not in c.lex.holders or t.chrome:
            continue
        limit = min(len(doc.toks), k + 1 + _TITLE_REACH)
        j = k + 1
        while j < limit and doc.toks[j].sent == t.sent and not _capitalized(doc.toks[j]) and \
                doc.toks[j].is_word() and doc.toks[j].case == "gent":
            j += 1  # "аким области …"
        end = j
        while end < limit and doc.toks[end].sent == t.sent and _capitalized(doc.toks[end]):
            end += 1
        run = _name_run(doc, j, end) if end - j >= 2 else None
        if run is not None and _district_before(c, run[1]):
            run = None  # "директор школы села | Акъяр Хайбуллинского | района": places
        if run is not None and not tagged.intersection(range(j, end)) and \
                not any(doc.toks[i].ner == "ORG" for i in range(*run)):
            out.append(run)
    return out


def _district_before(c: _Ctx, end: int) -> bool:
    """Does the capitalized run ending at ``end`` end on an adjective of the lowercase place
    word after it ("села Акъяр | Хайбуллинского | района", "Шира Ширинского | района"): the
    words name places, not a person?"""
    toks = c.doc.toks
    if end >= len(toks) or not toks[end].text.islower() or \
            toks[end].lemma.replace("ё", "е") not in c.lex.place_words:
        return False
    return any(p.pos == "ADJF" for p in toks[end - 1].parses)


def _names_after_places(c: _Ctx) -> list[_Span]:
    """A name the NER ran into the span of the place a place word before it names ("города |
    Шу Айнуре Жумабековой", "села | Кызылжар Ерлану Ахметову"): the span's last words a first
    name and a surname in its case, the word or two before them the place's."""
    doc, out = c.doc, []
    for type_, a, b in doc.ner:
        if type_ != "LOC" or a == 0 or b - a < 3 or not doc.toks[a - 1].text.islower() or \
                doc.toks[a - 1].lemma.replace("ё", "е") not in c.lex.place_words or \
                any(t.sent != doc.toks[a].sent or not _capitalized(t) for t in doc.toks[a:b]):
            continue
        run = _name_run(doc, a + 1, b)
        if run is not None and run[0] - a <= _MAX_PLACE_WORDS and b - run[0] == 2 and \
                any("Surn" in p.grams or not p.known for p in doc.toks[b - 1].parses):
            out.append(run)
    return out


def _lone_first_names(c: _Ctx) -> list[_Span]:
    """A first name alone right after a title or a relation noun, which the NER left out ("Папа
    Франциск", "епископа Рафаэля", "сын Гейдар"): one capitalized word with a first name's
    reading in the case of the noun before it and no reading a common noun's or a place's
    ("участник Олимпиады" names a games), and no capitalized word after it
    (a longer name is the NER's or ``_after_titles``' to find)."""
    doc, out = c.doc, []
    toks = doc.toks
    for k in range(len(toks) - 1):
        t, name = toks[k], toks[k + 1]
        if name.ner is not None or not _capitalized(name) or name.sent != t.sent or t.chrome:
            continue
        lemma = t.lemma.replace("ё", "е")
        if lemma not in c.lex.titles and lemma not in _relation_words():
            continue
        if k + 2 < len(toks) and _capitalized(toks[k + 2]) and toks[k + 2].sent == t.sent:
            continue
        cases = {g for p in t.parses if p.pos == "NOUN" for g in p.grams & _CASE_GRAMS}
        if not all(p.grams & PERSON_GRAMS or not p.known for p in name.parses) or not any(
                "Name" in p.grams and p.grams & cases for p in name.parses):
            continue
        out.append((k + 1, k + 2))
    return out


def _repeated_surnames(c: _Ctx) -> list[_Span]:
    """A surname alone that the NER left out where it opens a sentence ("Саркисян ранее
    работал …" at a paragraph's start), the last word of a name of two words or more the NER
    found elsewhere in the text, by its lemma: one capitalized word, not glued to an initial
    ("Б.Обама"), in no quote, no capitalized word after it."""
    doc, toks = c.doc, c.doc.toks
    lemmas = set()
    for _, first, last, _ in c.ner:
        words = [k for k in range(first, last) if toks[k].is_word() and len(toks[k].text) > 1]
        if len(words) >= 2 and _capitalized(toks[words[-1]]):
            lemmas.add(toks[words[-1]].lemma)
    out: list[_Span] = []
    for s in doc.sents:
        t = next((x for x in toks[s.first:s.last] if x.is_word()), None)
        if t is not None and t.ner is None and t.lemma in lemmas and _capitalized(t) and \
                not t.chrome and t.i not in doc.quotes.quoted and \
                (t.start == 0 or doc.norm[t.start - 1].isspace()) and \
                any("Surn" in p.grams for p in t.parses) and (
                    t.i + 1 >= len(toks) or not _capitalized(toks[t.i + 1])):
            out.append((t.i, t.i + 1))
    return out


def _official_names(c: _Ctx) -> list[_Span]:
    """A surname, a first name and a patronymic in the official order that the NER left out
    entirely ("Ким Светлана Владимировна – руководитель …", "Пак Ирина Александровна
    выступила"): three capitalized words, the second with a first name's reading, the third a
    patronymic, the first no title and no word of a name before it."""
    toks = c.doc.toks
    out: list[_Span] = []
    for k in range(len(toks) - 2):
        a, b, d = toks[k], toks[k + 1], toks[k + 2]
        if a.ner is not None or b.ner is not None or d.ner is not None or a.chrome or \
                not (a.sent == b.sent == d.sent) or \
                not all(_capitalized(t) for t in (a, b, d)) or \
                k > 0 and _capitalized(toks[k - 1]) and toks[k - 1].sent == a.sent and \
                not _common_opener(c.doc, k - 1) or \
                not any("Name" in p.grams for p in b.parses) or \
                not _PATRONYMIC.search(d.text) or title_word(a, c.lex) or \
                a.low in c.lex.not_people or a.i in c.doc.quotes.quoted:
            continue
        out.append((k, k + 3))
    return out


def _surname_first_pairs(c: _Ctx) -> list[_Span]:
    """A surname with a Russian suffix and a first name after it, in the official order, that
    the NER left out entirely ("Медалью награжден | Абенов Марат."): two capitalized words,
    the first with the suffix ("-ов", "-ева", …) and no first name's reading, the second a
    first name the dictionary knows in a case of the first; no capitalized word around them
    but a sentence's opening word, no title, in no quote."""
    toks = c.doc.toks
    out: list[_Span] = []
    for k in range(len(toks) - 1):
        a, b = toks[k], toks[k + 1]
        if a.ner is not None or b.ner is not None or a.chrome or a.sent != b.sent or \
                not _capitalized(a) or not _capitalized(b) or a.text.isupper() or \
                not _SUFFIXED.search(a.low) or \
                any({"Name", "sing"} <= p.grams for p in a.parses) or \
                title_word(a, c.lex) or a.low in c.lex.not_people or \
                a.i in c.doc.quotes.quoted or _capitalized_near(c.doc, k, k + 2):
            continue
        cases = _surname_cases(a, c.lex)
        if any(p.known and {"Name", "sing"} <= p.grams and p.grams & cases for p in b.parses):
            out.append((k, k + 2))
    return out


def _surname_cases(t: Tok, lex: PeopleLexicon) -> frozenset[str]:
    """The cases a surname may stand in: its dictionary readings' as a surname, and those its
    ending gives (data/name_paradigms.txt: "Абенов" a nominative, "Абенова" a genitive too)."""
    return frozenset({g for p in t.parses if "Surn" in p.grams for g in p.grams & _CASE_GRAMS} |
                     {case for ending, _, _, cases, role in lex.name_paradigms
                      if role == "Surn" and len(ending) > 1 and t.low.endswith(ending)
                      for case in cases})


def _capitalized_near(doc: Doc, first: int, last: int) -> bool:
    """Is there a capitalized word of the sentence right before ``first`` (but a sentence's
    opening dictionary word: "Награжден | …") or right after ``last - 1``?"""
    toks = doc.toks
    sent = toks[first].sent
    before = first > 0 and toks[first - 1].sent == sent and _capitalized(toks[first - 1]) and \
        not _common_opener(doc, first - 1)
    return before or last < len(toks) and toks[last].sent == sent and _capitalized(toks[last])


def _initialled_names(c: _Ctx) -> list[_Span]:
    """A surname with two initials, before or after it, that the NER left out entirely
    ("Мельникова Г. А. и Петров И. И. получили …", "Г. А. Мельникова"): a capitalized word
    with a surname's reading, no title, in no quote and after no eponym word."""
    toks = c.doc.toks
    out: list[_Span] = []
    for k in range(len(toks) - 4):
        if initial_at(toks, k) and initial_at(toks, k + 2):
            first, word = k, k + 4  # "Г. А. | Мельникова"
        elif initial_at(toks, k + 1) and initial_at(toks, k + 3):
            first, word = k, k  # "Мельникова | Г. А."
        else:
            continue
        w = toks[word]
        span = toks[first:first + 5]
        if any(t.ner is not None and not _after_abbreviation(c.doc, first) or t.chrome
               for t in span) or \
                len({t.sent for t in span}) > 1 or not _capitalized(w) or \
                w.text.isupper() or len(w.text) < 2 or \
                not any("Surn" in p.grams for p in w.parses) or title_word(w, c.lex) or \
                w.low in c.lex.not_people or w.i in c.doc.quotes.quoted or \
                _after_eponym_word(c.doc, first):
            continue
        out.append((first, first + 5))
    return out


def _after_abbreviation(doc: Doc, first: int) -> bool:
    """Does the NER's span that holds the word at ``first`` open with an abbreviation in
    capitals right before it, which the NER ran into the name ("КФХ | Коваленко С. П.")?"""
    span = doc.ner_span(first)
    return span is not None and span[0] != "PER" and span[1] == first - 1 and \
        _in_capitals(doc.toks[first - 1])


def _surnames_after_title(c: _Ctx) -> list[_Span]:
    """A surname alone that the NER left out or read as a place or an organization after a
    title and its complement, the subject of the verb after it ("Аким района | Сапаров |
    выполнил …", "Директор школы | Сапарова | ответила …": ``subject_surname``)."""
    toks = c.doc.toks
    return [(k, k + 1) for k in range(1, len(toks) - 1)
            if toks[k].ner != "PER" and subject_surname(c.doc, k, c.lex)]


def _surname_gender(word: str) -> str | None:
    """The gender a surname's ending in the nominative gives, by data/feminine_surnames.txt (a
    woman's ending first: "Сапарова", then a man's: "Сапаров"); None for another ending."""
    rows = table("feminine_surnames.txt", 2)
    if any(word.endswith(women) for _, women in rows):
        return "femn"
    return "masc" if any(word.endswith(men) for men, _ in rows) else None


def subject_surname(doc: Doc, k: int, lex: PeopleLexicon) -> bool:
    """Is token ``k`` a surname alone after a singular title in the nominative (over its
    complement), with a surname's ending and a verb in the past singular of that ending's
    gender right after it ("аким района | Сапаров | выполнил", "директор школы | Сапарова |
    ответила"), no capitalized word after it?"""
    toks = doc.toks
    t, verb = toks[k], toks[k + 1] if k + 1 < len(toks) else None
    if verb is None or not _capitalized(t) or t.chrome or verb.sent != t.sent or \
            t.i in doc.quotes.quoted or verb.parse is None or verb.parse.pos != "VERB" or \
            not {"past", "sing"} <= verb.parse.grams or title_word(t, lex) or \
            t.low in lex.not_people or any("Geox" in p.grams and p.known for p in t.parses):
        return False
    gender = _surname_gender(t.low)
    if gender is None or gender not in verb.parse.grams:
        return False
    head = _title_head_before(doc, k, lex)
    while head is not None and doc.toks[head].case == "gent":
        head = _title_head_before(doc, head, lex)  # "Заместитель | акима района | Нуртазина"
    return head is not None and head < k - 1 and doc.toks[head].case == "nomn" and \
        _singular(doc.toks[head])


def _common_opener(doc: Doc, k: int) -> bool:
    """Is the word at ``k`` its sentence's first and a dictionary word read as no name, capital
    only for opening it ("Награжден | Жуков Сергей Петрович")?"""
    return k == doc.sents[doc.toks[k].sent].first and _dictionary_word(doc.toks[k])


def _eponyms(c: _Ctx) -> list[_Span]:
    """The person an institution or a prize is named after, which the NER reads as a part of
    the organization's name ("институт имени А. С. Пушкина", "конкурса им. Чайковского")."""
    doc, out = c.doc, []
    toks = doc.toks
    for k, t in enumerate(toks):
        if t.low not in EPONYM_WORDS or t.chrome or (t.low == "им" and (
                k + 1 >= len(toks) or toks[k + 1].text != ".")):
            continue
        j = start = k + 2 if t.low == "им" else k + 1
        while j < len(toks) and toks[j].sent == t.sent and j - start < 6:
            if initial_at(toks, j):
                j += 2
            elif _capitalized(toks[j]) and not toks[j].text.isupper():
                j += 1
                if initial_at(toks, start):
                    break  # "имени А. С. Пушкина | Ивана Петрова": the surname ends it
            elif toks[j].low in NAME_PARTICLES and j > start and j + 1 < len(toks) and \
                    _capitalized(toks[j + 1]):
                j += 1  # "Людвига ван Бетховена"
            else:
                break
        j = eponym_name_end(doc, start, j, 1)  # "имени Ильяса Есенберлина | Ерлан Касымов"
        words = [x for x in toks[start:j] if x.is_word() and len(x.text) > 1]
        if words and not any(x.ner == "PER" for x in toks[start:j]):
            out.append((start, j))
    return out


# The constructions that make a person's name span, in order.
RULES: tuple[Rule[_Ctx, _Span], ...] = (
    Rule("ner", lambda c: _spans(c, "ner")),
    Rule("ner_joined", lambda c: _spans(c, "ner_joined")),
    Rule("genitive_cut", lambda c: _spans(c, "genitive_cut")),
    Rule("after_title", _after_titles),
    Rule("lone_first_name", _lone_first_names),
    Rule("name_after_place", _names_after_places),
    Rule("eponym", _eponyms),
    Rule("repeated_surname", _repeated_surnames),
    Rule("official_name", _official_names),
    Rule("surname_first_name", _surname_first_pairs),
    Rule("initialled_name", _initialled_names),
    Rule("surname_after_title", _surnames_after_title),
)


def _words(c: _Ctx, s: _Span) -> list[Tok]:
    return [t for t in c.doc.toks[s[0]:s[1]] if t.is_word()]


def _named_place(c: _Ctx, s: _Span) -> bool:
    """A one-word name after a singular place word is the place's ("области Абай", "городе
    Абай"), unless the dictionary reads it as a surname and never as a place ("мэр города
    Лужков", "президенту страны Наполитано"); after a plural one it names no place ("депутат
    Партии регионов Святаш")."""
    if s[0] > 0 and s[1] - s[0] == 2 and two_word_place_name(c.doc, s[0]):
        before = c.doc.toks[s[0] - 1]  # "в селе Жана Каратон": a settlement's two words
        return before.lemma.replace("ё", "е") in c.lex.place_words
    if s[1] - s[0] != 1 or s[0] == 0 or subject_surname(c.doc, s[0], c.lex):
        return False
    word, before = c.doc.toks[s[0]], c.doc.toks[s[0] - 1]
    return before.lemma.replace("ё", "е") in c.lex.place_words and \
        "plur" not in (before.parse.grams if before.parse is not None else ()) and \
        not _surname_not_place(word)


def _surname_not_place(t: Tok) -> bool:
    """Does the dictionary read the word as a surname (not a guess: "ауыле Қараой"), and never
    as a place's name?"""
    return any("Surn" in p.grams and p.known for p in t.parses) and \
        not any("Geox" in p.grams for p in t.parses)


_CASE_GRAMS = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_GENDER_GRAMS = frozenset({"masc", "femn", "neut"})


def _agree(adj: WordParse, noun: WordParse) -> bool:
    """Do an adjective's and a noun's readings agree in case, number and (singular) gender?"""
    if not adj.grams & noun.grams & _CASE_GRAMS or ("plur" in adj.grams) != ("plur" in noun.grams):
        return False
    return "plur" in adj.grams or bool(adj.grams & noun.grams & _GENDER_GRAMS)


def _adjective_of_noun(c: _Ctx, s: _Span) -> bool:
    """A lone capitalized adjective that agrees with the lowercase noun after it names that
    noun's thing ("Боровской организации спорта", "Петровского района", "Хризантемового
    трона": one the dictionary does not know, if no reading of it is a name's), not a
    person."""
    if s[1] - s[0] != 1 or s[1] >= len(c.doc.toks):
        return False
    t, n = c.doc.toks[s[0]], c.doc.toks[s[1]]
    if not n.text.isalpha() or not n.text.islower():
        return False
    # a word the dictionary does not know counts when it ends as an adjective does and no
    # reading of it is a name's
    guessed = t.low.endswith(_not_name_words("adjective_endings.txt")) and \
        not any({"Name", "Surn", "Patr"} & a.grams for a in t.parses)
    return any(_agree(a, b) for a in t.parses if a.pos == "ADJF" and (a.known or guessed)
               for b in n.parses if b.pos == "NOUN")


def _abbreviation_before_name(doc: Doc, s: _Span) -> bool:
    """Is the span one word in capitals before a quoted name, maybe after another such word (a
    region's: "ГАУК СО «…»")?"""
    toks = doc.toks
    k = s[1]
    if s[1] - s[0] != 1 or not _in_capitals(toks[s[0]]):
        return False
    if k < len(toks) and _in_capitals(toks[k]):
        k += 1
    return k < len(toks) and toks[k].text in ("«", "„", '"')


def _title_of_abbreviation(c: _Ctx, words: list[Tok]) -> bool:
    """Two words: one a reading of which is a title's, then an abbreviation of two to four
    capitals ("Раиса РТ": "раис" and "Раиса" are names too)."""
    return len(words) == 2 and _in_capitals(words[1]) and len(words[1].text) <= 4 and \
        any(p.normal.replace("ё", "е") in c.lex.titles for p in words[0].parses)


def _title_of_town(c: _Ctx, words: list[Tok]) -> bool:
    """Two words: one a reading of which is a title's, then a town of the gazetteer in the
    genitive ("Аким Павлодара", "Акимы Шымкента": "Аким" is a first name too)."""
    return len(words) == 2 and \
        any(p.normal.replace("ё", "е") in c.lex.titles for p in words[0].parses) and any(
            "gent" in p.grams and p.normal.replace("ё", "е") in c.lex.towns
            for p in words[1].parses)


def _title_of_place(c: _Ctx, s: _Span) -> bool:
    """A word a reading of which is a title's, then, in the span or right after it, a
    capitalized place's head word in the genitive (data/place_words.txt): "Раиса Республики
    Татарстан", "Раиса | Республики Татарстан" ("Раиса" is a woman's name too)."""
    toks = c.doc.toks
    k = s[0] + 1
    if k >= len(toks) or not toks[k].text[:1].isupper() or not any(
            p.normal.replace("ё", "е") in c.lex.titles for p in toks[s[0]].parses):
        return False
    return any("gent" in p.grams and p.normal.replace("ё", "е") in c.lex.place_words
               for p in toks[k].parses)


def _in_capitals(t: Tok) -> bool:
    return len(t.text) > 1 and t.text.isalpha() and t.text.isupper()


def _hyphenated_title(t: Tok, lex: PeopleLexicon) -> bool:
    """A hyphenated word whose second half is a title and whose first half no name
    ("Прима-балерина", "Экс-министр"; not "Анна-Мария")?"""
    first, _, second = t.lemma.replace("ё", "е").partition("-")
    return bool(first) and second in lex.titles and \
        not any(PERSON_GRAMS & p.grams for p in t.parses) and \
        not t.text.partition("-")[2][:1].isupper()


def title_word(t: Tok, lex: PeopleLexicon) -> bool:
    """A title's word no reading of which is a name ("Император", "Принц"; not "Иван")."""
    return t.lemma.replace("ё", "е") in lex.titles and \
        not any(PERSON_GRAMS & p.grams for p in t.parses)


def _title_alone(c: _Ctx, s: _Span) -> bool:
    """A title word alone ("Президент", "Папой"; at a sentence's start also one that is a name
    too: "Аким встретился с послом") unless it is a part of a longer name of the text ("Дик
    Адвокат" … "Адвоката", "Аким Петров" … "Аким")."""
    t = c.doc.toks[s[0]]
    if s[1] - s[0] != 1 or not (title_word(t, c.lex) or _opening_title(c.doc, s[0], c.lex)):
        return False
    return not any(b - a > 1 and t.lemma in (c.doc.toks[b - 1].lemma, c.doc.toks[a].lemma)
                   for type_, a, b in c.doc.ner if type_ == "PER")


def _body_word_alone(c: _Ctx, words: list[Tok]) -> bool:
    """One word, an organization's head noun no dictionary reading of which is a name (a guess
    may make one of a word the dictionary lacks: "Маслихат")."""
    return len(words) == 1 and words[0].lemma.replace("ё", "е") in c.lex.org_words and \
        not any(_NAME_GRAMS & p.grams and p.known for p in words[0].parses)


def _opening_title(doc: Doc, k: int, lex: PeopleLexicon) -> bool:
    """Does a sentence open with the word at ``k``, a title's noun in the nominative singular
    though a name reads it too ("Аким")?"""
    t = doc.toks[k]
    return doc.sents[t.sent].first == k and t.lemma.replace("ё", "е") in lex.titles and \
        any(p.pos == "NOUN" and "nomn" in p.grams and "sing" in p.grams for p in t.parses)


# The endings of a Russian surname's masculine nominative, which a family's plural never has
# (the Ivanovs are "Ивановы", "Ивановых").
_ONE_MANS_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")


def _names_a_thing(doc: Doc, first: int, last: int, lex: PeopleLexicon) -> bool:
    """Is the one-word name in the genitive right after a word of data/eponym_things.txt?"""
    if last - first != 1 or first == 0 or doc.toks[first].case != "gent":
        return False
    return doc.toks[first - 1].lemma.replace("ё", "е") in lex.eponym_things


def family_name(t: Tok) -> bool:
    """Is the word a surname in the plural only, a family ("Шаймиевых", "Ивановы"; not
    "Ивановым", which may be one man)?"""
    if t.low.endswith(_ONE_MANS_ENDINGS):
        return False  # "Стоянов", "Башлаков": one man's surname, not the family of a "Стоян"
    surnames = [p for p in t.parses if "Surn" in p.grams]
    return bool(surnames) and all("plur" in p.grams for p in surnames) and \
        not any("sing" in p.grams and {"Name", "Surn"} & p.grams for p in t.parses)


# The reasons a name span is no person, in order.
VETOES: tuple[Veto[_Ctx, _Span], ...] = (
    Veto("chrome", lambda c, s: any(t.chrome for t in c.doc.toks[s[0]:s[1]])),
    Veto("not_a_name", lambda c, s: all(t.low in c.lex.not_people or
                                        t.lemma.replace("ё", "е") in c.lex.not_people
                                        for t in _words(c, s))),
    # "По данным Свердловскстата": a one-word compound name of an organization
    Veto("compound_organization", lambda c, s: len(_words(c, s)) == 1 and
         compound_org_word(_words(c, s)[0], c.lex.org_endings)),
    # "Акмолинцев, внесших вклад…": people of a place, not a person
    Veto("plural", lambda c, s: all(t.tag.get("Number") == "Plur" for t in _words(c, s))),
    # "клан Шаймиевых", "Ивановы переехали": a family, not a person
    Veto("family", lambda c, s: len(_words(c, s)) == 1 and family_name(_words(c, s)[0])),
    Veto("place_named_after", _named_place),
    # "болезнь Паркинсона": the name names the illness (data/eponym_things.txt)
    Veto("thing_named_after", lambda c, s: _names_a_thing(c.doc, s[0], s[1], c.lex)),
    # "Ливерпуля", "Алабаму": a word the dictionary knows as a place's name only
    # (but a relation names a person: "дочь Стефани", "сын Сиви Даллас")
    Veto("place_name", lambda c, s: len(_words(c, s)) == 1 and place_only(_words(c, s)[0])
         and not _after_relation(c.doc, s[0])),
    Veto("adjective_of_noun", _adjective_of_noun),
    # "Президент заявил…", "Папа Римский": a title alone names an office, not a name
    Veto("title_alone", lambda c, s: _title_alone(c, s)),
    # "Маслихат избрал…", "Акимату поручено…": a body's head noun alone names the body
    Veto("body_word", lambda c, s: _body_word_alone(c, _words(c, s))),
    Veto("no_words", lambda c, s: not _words(c, s)),
    # "директору ГАУК СО «Филармония»", "МКУК «Дом культуры»": a form's abbreviation
    Veto("form_abbreviation", lambda c, s: _abbreviation_before_name(c.doc, s)),
    # "Аппарата Раиса РТ", "Президента РФ": a title of a place's abbreviation
    Veto("title_of_abbreviation", lambda c, s: _title_of_abbreviation(c, _words(c, s))),
    # "Аким Павлодара провел встречу": a title ("Аким" is a name too) and a town in the genitive
    Veto("title_of_town", lambda c, s: _title_of_town(c, _words(c, s))),
    # "помощник Раиса Республики Татарстан": a title and a place's head word in the genitive
    Veto("title_of_place", _title_of_place),
    # "пилота Формулы-1": a name with a number in a word is no person's
    Veto("numbered", lambda c, s: any(t.text[:1].isupper() and any(ch.isdigit() for ch in t.text)
                                      for t in _words(c, s))),
    Veto("common_compound", lambda c, s: len(_words(c, s)) == 1 and
         _common_compound(c.morph, _words(c, s)[0])),
    Veto("common_noun", lambda c, s: _common_noun(c, _words(c, s))),
    # "Мероприяти было организовано": a person is no subject of a neuter predicate
    # (a dative before it is the experiencer of an impersonal one: "Лофнеру предъявлено …")
    Veto("neuter_predicate", lambda c, s: _subject_place(c.doc, s[0]) and (
        s[0] == c.doc.sents[c.doc.toks[s[0]].sent].first or
        c.doc.toks[s[1] - 1].case in (None, "nomn")) and c.doc.toks[s[1] - 1].case != "datv"
        and _neuter_predicate(c.doc, s[1])),
)


def _neuter_predicate(doc: Doc, last: int) -> bool:
    """A singular neuter short participle right after the span (its adverbs and "было" skipped):
    what it names is a thing ("Мероприятие было организовано"; not a neuter verb, which an
    impersonal sentence puts after a dative: "Кимуре исполнилось 115 лет")."""
    k = last
    while k < len(doc.toks) and (p := doc.toks[k].parse) is not None and (
            p.pos in ("ADVB", "PRCL") or p.normal == "быть" and k + 1 < len(doc.toks) and
            (q := doc.toks[k + 1].parse) is not None and q.pos in ("VERB", "PRTS")):
        k += 1  # "было" before the verb it goes with ("было организовано", "хотел было")
    p = doc.toks[k].parse if k < len(doc.toks) else None
    return p is not None and p.pos == "PRTS" and "neut" in p.grams and "sing" in p.grams


_NAME_GRAMS = frozenset({"Name", "Surn", "Patr", "Geox"})


def _common_compound(morph: Morphology, t: Tok) -> bool:
    """A word whose part after a hyphen is a lowercase common noun the dictionary knows names a
    thing or a kind ("Тинькофф-банк", "ИБ-компания", "Чудо-гол", "Активисты-правозащитники"),
    not a person: a name's parts are capitalized, bar a son's or father's word
    ("Хинкли-младший") and an honorific or the mark of a lineage ("Туркмен-баши",
    "Ахмат-хаджи": data/name_tails.txt)."""
    head, _, tail = t.text.rpartition("-")
    if not head or not tail.isalpha() or not tail.islower() or \
            tail.startswith(_generation_stems()) or tail in _not_name_words("name_tails.txt"):
        return False
    parses = morph.parse(tail)
    return bool(parses) and all(p.known and p.pos == "NOUN" and not _NAME_GRAMS & p.grams
                                for p in parses)


@cache
def _generation_stems() -> tuple[str, ...]:
    return tuple(w.removesuffix("ий") for w in lines("generation_words.txt"))
def _common_noun(c: _Ctx, words: list[Tok]) -> bool:
    """A lone word no reading of which is a name: a scrap of two letters ("Ка"), a compound of a
    prefix and a dictionary word ("Киноистория"), a plural of the people of a place
    ("Костанайцы", "Акмолинцев"), a dictionary word whose capital the start of its sentence
    explains ("Аграрий выделил…", "Грант выделен…"), or, wherever it stands, a dictionary word
    that names nothing (``_NOT_NAMING``: a quote whose sentences lost their dots, "… место Оно
    меня вдохновило"; "Патриарх Болгарский")."""
    if len(words) != 1:
        return False
    t = words[0]
    if any(_NAME_GRAMS & p.grams for p in t.parses):
        return False
    if sum(ch.isalpha() for ch in t.text) <= 2:
        return True
    if t.parses and t.parses[0].compound:
        return True  # a known prefix and a dictionary word: "Киноистория", "Автопробег"
    if t.parses and all("plur" in p.grams for p in t.parses if p.pos == "NOUN") and \
            any(t.low.endswith(e) for e in c.lex.demonym_endings):
        return True
    if not t.parses or not all(p.known for p in t.parses):
        return False
    opens = t.i == c.doc.sents[t.sent].first or not c.doc.toks[t.i - 1].is_word() and \
        c.doc.toks[t.i - 1].text in "«\"„—-–("
    return opens or all(p.pos in _NOT_NAMING or p.pos == "VERB" and "impr" not in p.grams
                        for p in t.parses)


# The parts of speech of a word that names nothing (pronouns, verbs, adverbs, adjectives: not
# a noun, an interjection or an imperative, which a foreign name may spell: "Бом", "Мори").
_NOT_NAMING = frozenset({"NPRO", "PRCL", "ADVB", "ADJF", "ADJS", "COMP", "CONJ", "PRED", "INFN",
                         "PRTF", "PRTS", "GRND", "PREP"})


def _title_before_first_name(doc: Doc, words: list[int], lex: PeopleLexicon) -> bool:
    """A title word that is a first name too, before another first name: "Аким Ерболат
    Досаев" (not "Аким Ерболатович Досаев": a patronymic makes "Аким" the first name)."""
    t, nxt = doc.toks[words[0]], doc.toks[words[1]]
    return t.lemma.replace("ё", "е") in lex.titles and \
        any("Name" in p.grams for p in t.parses) and any("Name" in p.grams for p in nxt.parses) \
        and \
        not any("Patr" in p.grams for p in nxt.parses) and not _RUSSIAN_PATRONYMIC.search(nxt.text)


def _opener(doc: Doc, k: int) -> bool:
    """A word before a name that is no part of it: a form of address ("Сэр Алекс Фергюсон";
    data/address_words.txt), an age ("Восьмидесятилетний Маккейн", "56-летний С. Джобс";
    data/age_adjectives.txt), a verb, an adverb or another function word ("Вдобавок
    С. Антуфьев", "Помиловать Наталью Сидорову")."""
    t = doc.toks[k]
    if len(t.text) == 1 or any(_NAME_GRAMS & p.grams for p in t.parses):
        return False  # an initial: "А. Кудрин", "А.С. Бобкова"
    return t.lemma.replace("ё", "е") in _not_name_words("address_words.txt") or \
        function_word(t) and _capital_explained(doc, k) or \
        t.low.endswith(_not_name_words("age_adjectives.txt")) and \
        any(p.pos == "ADJF" for p in t.parses)


# What may stand before a word whose capital its place explains: the start of a sentence, a
# quote, a bracket, a dash or a colon.
_OPENING_MARKS = frozenset("«„\"'(—–-:")


def _opens(t: Tok) -> bool:
    """A mark or a list's number ("1 Помиловать …") after which a word is capitalized."""
    return t.text in _OPENING_MARKS or t.text.isdigit()


def _capital_explained(doc: Doc, k: int) -> bool:
    """Does the word's place explain its capital (the sentence's first word, or the first after
    a quote, bracket, dash, colon or a list's number)? A verb form or adverb capitalized
    elsewhere is a name the dictionary reads as a word ("американка Серена Уильямс": "серена"
    of "серить")."""
    return k == doc.sents[doc.toks[k].sent].first or _opens(doc.toks[k - 1])


@cache
def _not_name_words(name: str) -> tuple[str, ...]:
    return lines(name)


_FINITE = frozenset({"VERB", "PRTS"})


def _verb_after(doc: Doc, first: int, last: int) -> bool:
    """Is the word at ``first`` read as a verb while its clause's verb comes after the name
    ("Серена Уильямс родила дочь": "серена" of "серить" is no predicate there; "Родилась Анна
    Петрова" has none after it)?"""
    t = doc.toks[first]
    if not t.parses or not all(p.pos in _FINITE for p in t.parses):
        return False
    for k in range(last, doc.sents[t.sent].last):
        after = doc.toks[k]
        if not after.is_word():
            return False  # the clause ends ("Избрана Мария Иванова, которая работала")
        if after.parses[:1] and after.parses[0].pos in _FINITE:
            return True
    return False


_GENERATIONS = frozenset({"Jr", "Sr", "Jnr", "Snr"})


def _script(t: Tok) -> str:
    """The alphabet a word opens with: "cyrl", "latn", or "" (a digit, a sign)."""
    c = t.text[:1]
    if _ROMAN.fullmatch(t.text) or t.text in _GENERATIONS:
        return ""  # a regnal number, a son's mark: "Елизавета II", "Роберт Лоуренс Jr."
    return "cyrl" if "\u0400" <= c <= "\u04ff" else "latn" if c.isascii() and c.isalpha() else ""


def _town_before_name(doc: Doc, words: list[int], lex: PeopleLexicon) -> bool:
    """A town of the gazetteer the NER ran into the full name after it: one the dictionary
    reads as no one person's name, or one right after a singular place word ("аким Алматы |
    Ерлан Ахметов", "аким города Тараза | Ерлан Ахметов"; not "патриарх Бешара Бутрос", nor a
    first name before a patronymic: "Дархан Аманович Сейдахметов")."""
    return town_run_in(doc, words[0], lex.towns, lex.place_words, lex.titles) and (
        place_not_person(doc.toks[words[0]]) or _is_first_name(doc.toks[words[1]])) and \
        not _FULL_PATRONYMIC.search(doc.toks[words[1]].text)  # "Дархан | Аманович": a first name


def _trimmed(doc: Doc, first: int, last: int, lex: PeopleLexicon) -> _Span:
    """The span without punctuation at its edges (a final dot of an initial stays) and without
    a title word the NER ran into the name ("Принцу Филиппу", "Император Акихито", "Аким
    Ерболат Досаев") or a word opening the sentence that is no name (``_opener``: "О Сауле
    Ахметовой", "Вдобавок С. Антуфьев"), and a word in another alphabet after it."""
    while first < last and not doc.toks[first].is_word():
        first += 1
    words = [k for k in range(first, last) if doc.toks[k].is_word()]
    lead = doc.toks[first].parse
    if len(words) > 1 and (title_word(doc.toks[first], lex) or _relation_word(doc.toks[first]) or
                           _hyphenated_title(doc.toks[first], lex) or
                           _opener(doc, first) and not _verb_after(doc, first, last) or
                           lead is not None and lead.pos == "PREP" and
                           not initial_at(doc.toks, first) or
                           len(words) > 2 and _title_before_first_name(doc, words, lex)):
        words = words[1:]
        first = words[0]
    if len(words) > 3 and doc.toks[first].lemma.replace("ё", "е") in lex.titles and \
            _town_before_name(doc, words[1:], lex):
        words = words[1:]  # "Аким Талдыкоргана | Ерик Султанов": a title that is a name too
    if len(words) > 2 and _town_before_name(doc, words, lex):
        first = words[1]
    # a name keeps to one alphabet: a Latin word after Cyrillic ones is a work's name the NER
    # ran into it ("певца Пака Чэ Сана | Gangnam Style"), and the converse
    own = _script(doc.toks[first])
    if own:
        last = next((k for k in words if k > first and _script(doc.toks[k]) not in (own, "")),
                    last)
    while last > first and not doc.toks[last - 1].is_word() and \
            not (doc.toks[last - 1].text == "." and last >= 2 and initial_at(doc.toks, last - 2)):
        last -= 1  # the dot after "Тупу V" ends the sentence
    return first, last


def extract_people(doc: Doc, morph: Morphology, lex: PeopleLexicon,
                   trace: Trace | None = None) -> list[PersonCandidate]:
    """Person mentions: the name spans of ``RULES`` no veto of ``VETOES`` stops, each with its
    name in the nominative, in text order."""
    out = []
    ctx = _Ctx(doc, morph, lex, _ner_spans(doc, lex))
    for rule, (first, last) in run(RULES, VETOES, ctx, kind="people", span=lambda s: s,
                                   trace=trace):
        # the person a thing is named after stands in the genitive ("имени Абая")
        first, last = _trimmed(doc, first, last, lex)
        cand = person_from_tokens(doc, first, last, morph, lex,
                                  _case_hint(doc, rule, first, last, lex))
        if cand is not None:
            out.append(replace(cand, rule=rule))
    listed = _listed_in_one_case(doc, sorted(out, key=lambda c: c.first_tok), morph, lex)
    return _listed_surname_first(doc, listed, morph, lex)


def _case_hint(doc: Doc, rule: str, first: int, last: int, lex: PeopleLexicon) -> str | None:
    """The case the context of a name span gives it: the genitive after an eponym word
    ("имени Абая"), else the case of a title before it or of a dash after it."""
    if rule == "eponym" or _after_eponym_word(doc, first):
        return "gent"
    return _title_case_before(doc, first, lex) or _before_dash(doc, last, lex) or \
        _after_leading_verb(doc, first, lex) or _opens_list_item(doc, first)


def _opens_list_item(doc: Doc, first: int) -> str | None:
    """"nomn" for a name with initials right after a colon or a dash that no active verb
    governs: the item of a list, in the nominative ("Грамоты вручены: | А. К. Серикова",
    "Лучшим признана – | Г. А. Мельникова"; not "наградили: | А. К. Серикова", Сериков's
    accusative); else None."""
    if not initial_at(doc.toks, first) or first < 2 or \
            doc.toks[first - 1].text not in _LIST_MARKS or \
            doc.toks[first - 1].sent != doc.toks[first].sent:
        return None
    p = doc.toks[first - 2].parse
    if p is not None and p.pos in ("VERB", "INFN") and "pssv" not in p.grams:
        return None
    return "nomn"


def _after_leading_verb(doc: Doc, first: int, lex: PeopleLexicon) -> str | None:
    """"nomn" for a name right after an active finite verb of leading (title_cues.txt
    leads_body), whose object is a body, never a person: the name is its subject
    ("Управление возглавит | Е. А. Смирнова", "Фонд возглавляет | Петрова"); else None."""
    k = first - 1
    if k < 0 or doc.toks[k].sent != doc.toks[first].sent:
        return None
    p = doc.toks[k].parse
    if p is None or p.pos != "VERB" or p.normal not in lex.leads_body or "pssv" in p.grams:
        return None
    return "nomn"


def _before_dash(doc: Doc, last: int, lex: PeopleLexicon) -> str | None:
    """"nomn" for a name before a dash and a lowercase noun in the nominative: the subject of
    "X – Y" ("Кольцова Е. Н. – председатель союза"; not "наградили Иванова – директора школы",
    "дочери Юлии — они были отравлены"), or before a comma and a singular title in the
    nominative, its apposition in its case ("Ахметова Б.К., заместитель директора"; not
    "инициативу Д. Медведева, лидер ЛДПР В. Жириновский …": a title of the next clause's
    subject)."""
    toks = doc.toks
    if last + 1 >= len(toks) or toks[last].text not in _APPOSITION_MARKS:
        return None
    k = last + 1
    while k + 1 < len(toks) and toks[k].pos in ("ADJF", "PRTF") and toks[k].case == "nomn" and \
            toks[k].text.islower() and toks[k].sent == toks[last].sent:
        k += 1  # "Петрова А. С. – | медицинская | сестра"
    t = toks[k]
    if not (t.text.islower() and t.case == "nomn" and t.pos == "NOUN"):
        return None
    if toks[last].text == "," and not (title_word(t, lex) and t.parse is not None and
                                       "sing" in t.parse.grams and
                                       not _name_in_clause(doc, last + 1)):
        return None
    return "nomn"


def _name_in_clause(doc: Doc, k: int) -> bool:
    """Is there a person's word from token ``k`` to the end of its clause (a comma, a
    semicolon or the sentence's end)?"""
    s = doc.sents[doc.toks[k].sent]
    for t in doc.toks[k:s.last]:
        if t.text in (",", ";"):
            return False
        if t.ner == "PER":
            return True
    return False


_DASH_MARKS = frozenset({"–", "—", "-"})
_APPOSITION_MARKS = _DASH_MARKS | {","}
_LIST_MARKS = _DASH_MARKS | {":"}
_LIST_GLUE = frozenset({",", "и", ";"})
_MAX_TITLE_COMPLEMENT = 8


def _title_case_before(doc: Doc, first: int, lex: PeopleLexicon) -> str | None:
    """"nomn" when the name at ``first`` stands in apposition to a singular title in the
    nominative, over the title's genitive complement ("Министр труда и социального развития |
    Ярослава Фролова": a woman, not "Ярослав Фролов" in the genitive the words before it sway
    the tagger to); "gent" when that title is in the genitive of a noun naming what someone
    issues ("Распоряжением акима области | Ермаганбета Булекпаева"; title_cues.txt issuer_noun);
    the title's case when it is a lowercase singular genitive or dative that no title before it
    governs ("По словам заведующего отделом | Ерасыла Нурланова", "акиму города | Ерлану
    Сапарову"; not "помощник заместителя госсекретаря | Мэтью Брайза"); None when no such
    title stands there, or a plural one ("члены семьи господина Лесина")."""
    k = _title_head_before(doc, first, lex)
    if k is None:
        return None
    head = doc.toks[k]
    case = _own_case(head)
    if case == "gent" and issued_by(doc, first, lex.issuer_nouns):
        # "Распоряжением акима области | Ивана Петрова": the issuer in apposition, or what the
        # title governs ("по словам помощника | Петрова"): a genitive either way
        return "gent"
    singular = head.parse is not None and "sing" in head.parse.grams
    if case in _APPOSED_CASES and singular and head.text.islower() and \
            (case != "gent" or _title_head_before(doc, k, lex) is None):
        # the name in apposition stands in the title's case; a name the title governs
        # ("заместителю | Петрова") cannot be read in it, and the tagger's case decides
        return case
    outer = _title_head_before(doc, k, lex) if case == "gent" else None
    if outer is not None and doc.toks[outer].case == "nomn" and \
            (_initials_after(doc, first) or _po_field_word(doc, first - 1)) and \
            _singular(doc.toks[outer]):
        return "nomn"  # "заместитель директора | Ахметова Б.К.": the chain's head, over its
        # genitive, in the official style of a surname before its initials; or over the
        # field after "по" that closes the chain ("заместитель директора по учебной работе |
        # Сахаяна Федорова": not the director's name, who has no field)
    if k == first - 1 and case == "nomn" and singular and (
            _initials_after(doc, first) or initial_at(doc.toks, first)):
        return "nomn"  # "учитель | Омарова Б.К.", "учитель | Е. В. Смирнова": a name with its
        # initials, the official style of an apposition, not a complement the title governs
    if k == first - 1:
        return None  # right before the name the title may govern it: "заместитель | Петрова"
    # a title in another case may be a predicate ("назначить кандидатом | Яну") or governed by
    # a title before it ("Директор актрисы | Марина Потапова отказалась"): no case given
    return "nomn" if case == "nomn" and singular else None


def _own_case(t: Tok) -> str | None:
    """The tagger's case of ``t``, or the one case every reading of the word has when the
    tagger gave it another ("заведующая" read as an instrumental before "клубом")."""
    own = {c for p in t.parses for c in _CASES if c in p.grams}
    return next(iter(own)) if t.case not in own and len(own) == 1 else t.case


def _initials_after(doc: Doc, first: int) -> bool:
    """Does a word with initials after it start at ``first`` ("Ахметова | Б.К.")?"""
    return first + 2 < len(doc.toks) and initial_at(doc.toks, first + 1)


def _singular(t: Tok) -> bool:
    return t.parse is not None and "sing" in t.parse.grams


def _title_head_before(doc: Doc, first: int, lex: PeopleLexicon) -> int | None:
    """The head of the title that ends right before token ``first``, over its genitive
    complement, an instrumental its participle governs and an eponym, or None."""
    k = first - 1
    sent = doc.toks[first].sent
    while k >= 0 and first - k <= _MAX_TITLE_COMPLEMENT and doc.toks[k].sent == sent:
        t = doc.toks[k]
        opens = k == doc.sents[sent].first and k < first - 1  # "Аким района | …": no name
        if t.pos == "NOUN" and (title_word(t, lex) or (t.text.islower() or opens) and
                                t.lemma.replace("ё", "е") in lex.titles) or \
                t.pos in _ADJECTIVES and substantive_lemma(t.low) in lex.titles or \
                _kin_title_at(doc, k, lex):
            return k  # ("акима": a title in lowercase though "Аким" is a name too; "заведующего")
        if _complement_word(doc, k, first, lex):
            k -= 1
            continue
        opening = _quoted_name_before(doc, k)
        if opening is not None:
            k = opening - 1  # "председатель центра «Дўстлик» | Рахима Усманова": over the name
            continue
        located = _located_before(doc, k, lex)
        if located is not None:
            k = located - 1  # "основатель цеха в поселке Жалагаш | Дана Ибрагимова"
            continue
        named = eponym_before(doc, k)
        if named is None:
            return None
        k = named - 1  # "профессор КазНУ имени аль-Фараби | Зауре Ибрагимова": over the eponym
    return None


def _kin_title_at(doc: Doc, k: int, lex: PeopleLexicon) -> bool:
    """Is token ``k`` a kinship noun that an adjective of a trade before it makes a title
    ("старшая медицинская | сестра", not "его | сестра"; data/kin_titles.txt)?"""
    t = doc.toks[k]
    trades = lex.kin_titles.get(t.lemma.replace("ё", "е"))
    return trades is not None and t.pos == "NOUN" and trade_before(doc, k, trades)


_MAX_LOCATED_NAME = 2


def _located_before(doc: Doc, k: int, lex: PeopleLexicon) -> int | None:
    """The preposition of a place phrase ending at token ``k``: "в"/"на", a place word in the
    prepositional, one or two capitalized words ("в поселке Жалагаш", "в селе Акжар"); "из", a
    place word in the genitive and its name ("из села Ивановка"); one of them before a place's
    name alone ("из Омска"); None for another word."""
    toks = doc.toks
    j = k
    while j > k - _MAX_LOCATED_NAME and j > 1 and toks[j].is_word() and toks[j].is_title_case():
        j -= 1
    w = toks[j]
    if w.low in _PLACE_PREPS and j + 1 < len(toks) and \
            all(t.ner == "LOC" for t in toks[j + 1:max(k, j + 1) + 1]):
        # "учитель из | Омска | Г. А. Мельникова" (the town may have been read as the title's
        # genitive complement already)
        return j
    if j == k or j < 1:
        return None
    case = _PLACE_PREPS.get(toks[j - 1].low)
    if not w.text.islower() or case is None or w.case != case or \
            w.lemma.replace("ё", "е") not in lex.place_words:
        return None
    return j - 1


# the prepositions of a place phrase after a title, with the case of their place word
_PLACE_PREPS = {"в": "loct", "во": "loct", "на": "loct", "из": "gent"}


def _complement_word(doc: Doc, k: int, first: int, lex: PeopleLexicon) -> bool:
    """Is token ``k`` a word of the complement of a title before the name at ``first``: "и", a
    genitive or indeclinable word, the instrumental a participle title governs ("заведующего |
    отделом"), an abbreviation in capitals ("ОО", "РК"), or a town the NER ran into the name
    ("акиму Талдыкоргана | Ерику Султанову")?"""
    t = doc.toks[k]
    if t.low == "и" or t.text.isupper() and t.is_word() and t.ner != "PER":
        return True
    if (t.case == "gent" or _indeclinable(t) or _governed_by_participle(doc, k, lex)) and \
            t.pos in ("NOUN", "ADJF", "PRTF") and (t.ner != "PER" or _place_adjective(t)):
        return True
    if _po_field_word(doc, k):
        return True  # "депутата | по округу № 18 | Бауржана", "отдела | по делам | молодежи"
    return k == first - 1 and town_run_in(doc, k, lex.towns, lex.place_words, lex.titles)


def _place_adjective(t: Tok) -> bool:
    """An adjective no reading of which is a person's, which the NER ran into a name
    ("сестра | Экибастузского | родильного дома А. К. Серикова")."""
    return bool(t.parses) and all(p.pos == "ADJF" and not PERSON_GRAMS & p.grams
                                  for p in t.parses)


_MAX_PO_FIELD = 3


def _po_field_word(doc: Doc, k: int) -> bool:
    """Is token ``k`` a word of a title's field after "по": "по" itself before a dative, a
    dative word "по" governs, or a number of it ("по округу № 18", "по делам")?"""
    toks = doc.toks
    t = toks[k]
    if t.low == "по":
        return k + 1 < len(toks) and toks[k + 1].case == "datv"
    if not (t.case == "datv" and t.pos in ("NOUN", "ADJF") and t.text.islower() or
            t.text == "№" or t.text.isdigit()):
        return False
    j = k - 1
    while j >= 0 and k - j <= _MAX_PO_FIELD and toks[j].sent == t.sent:
        if toks[j].low == "по":
            return True
        if not (toks[j].case == "datv" and toks[j].text.islower() or toks[j].text == "№"):
            return False
        j -= 1
    return False


def _quoted_name_before(doc: Doc, k: int) -> int | None:
    """The opening quote of the quoted name whose closing quote is token ``k``, or None."""
    names = doc.quotes.names
    i = bisect_left(names, (k + 1, 0)) - 1  # the last name that opens at or before k
    if i < 0 or names[i][1] != k or names[i][0] < 1:
        return None
    return names[i][0] - 1


_ADJECTIVES = frozenset({"ADJF", "PRTF"})  # "заведующего", "управляющего": titles too


def _governed_by_participle(doc: Doc, k: int, lex: PeopleLexicon) -> bool:
    """Is token ``k`` the instrumental a participle title right before it governs
    ("заведующего | отделом", "управляющему | делами")?"""
    prev = doc.toks[k - 1] if k > 0 else None
    return doc.toks[k].case == "ablt" and prev is not None and prev.pos in _ADJECTIVES and \
        substantive_lemma(prev.low) in lex.titles
_APPOSED_CASES = frozenset({"gent", "datv", "accs"})


def _indeclinable(t: Tok) -> bool:
    """An abbreviation or another noun written the same in every case ("КазНУ", "МГУ")."""
    return t.parse is not None and "Fixd" in t.parse.grams


_MAX_ORIGIN = 4


def past_origin(doc: Doc, k: int, stop: int) -> int:
    """Past the place a listed name comes from, right after it: "из" and capitalized words
    ("Ксения Орлова | из Арзамаса | и …"), or those words in parentheses ("Гульшат Ахмадуллина
    | (Сибай) | и …"); ``k`` when none follows."""
    toks = doc.toks
    if k >= stop or toks[k].low not in ("из", "("):
        return k
    j = k + 1
    while j < stop and j - k <= _MAX_ORIGIN and toks[j].is_word() and (
            toks[j].is_title_case() or toks[j].text == "-"):
        j += 1
    if j == k + 1:
        return k
    if toks[k].text == "(":
        return j + 1 if j < stop and toks[j].text == ")" else k
    return j


def _listed_in_one_case(doc: Doc, people: list[PersonCandidate], morph: Morphology,
                          lex: PeopleLexicon) -> list[PersonCandidate]:
    """Names listed together ("вошли А.С. Бобкова, Г.Н. Бергункер, А.И. Машкин") stand in one
    case: a name read in another case beside one the text gives in the nominative is read
    again with the nominative as its context's case ("Бобкова": a woman, not "Бобков"). When a
    name of the list cannot be a nominative, the list stands in the oblique case it was read
    in, if every name of it can ("на счету Нурсултана Омарова, Виктории Ким и | Ерасыла
    Тулеуова": not the woman "Тулеуова")."""
    def listed(a: PersonCandidate, b: PersonCandidate) -> bool:
        gap = doc.toks[past_origin(doc, a.last_tok, b.first_tok):b.first_tok]
        return doc.toks[a.first_tok].sent == doc.toks[b.first_tok].sent and bool(gap) and \
            all(t.low in _LIST_GLUE for t in gap)

    out = list(people)
    order = sorted(range(len(out)), key=lambda i: out[i].first_tok)
    runs: list[list[int]] = []
    for i in order:
        if runs and listed(out[runs[-1][-1]], out[i]):
            runs[-1].append(i)
        else:
            runs.append([i])
    for names in runs:
        if len(names) > 1 and not _in_oblique_case(doc, out, names, morph, lex):
            _in_nominative(doc, out, names, morph, lex)
    return out


def _read_again(doc: Doc, c: PersonCandidate, case: str, morph: Morphology,
                lex: PeopleLexicon) -> PersonCandidate | None:
    """The name read again in ``case``, None when its words cannot stand in it."""
    again = person_from_tokens(doc, c.first_tok, c.last_tok, morph, lex, case)
    if again is None or again.case != case or case == "nomn" and not again.nominative:
        return None
    return replace(again, rule=c.rule)


def _in_nominative(doc: Doc, out: list[PersonCandidate], run: list[int], morph: Morphology,
                   lex: PeopleLexicon) -> None:
    """Each name of the list beside one read in the nominative, read again in it."""
    for n, i in enumerate(run):
        near = [out[j].nominative for j in run[max(0, n - 1):n] + run[n + 1:n + 2]]
        if not out[i].nominative and any(near):
            again = _read_again(doc, out[i], "nomn", morph, lex)
            if again is not None:
                out[i] = again


def _in_oblique_case(doc: Doc, out: list[PersonCandidate], run: list[int], morph: Morphology,
                     lex: PeopleLexicon) -> bool:
    """The whole list read again in the oblique case of a name of it whose words had to change
    and cannot stand in the nominative, when each name of it can stand in that case."""
    tried: set[str] = set()  # (each case once: the cost stays linear in the list's length)
    for i in run:
        c = out[i]
        if not c.oblique or c.case in (None, "nomn") or c.case in tried or \
                _read_again(doc, c, "nomn", morph, lex) is not None:
            continue
        case = c.case
        tried.add(case)
        again = [out[j] if out[j].case == case else _read_again(doc, out[j], case, morph, lex)
                 for j in run]
        if all(a is not None for a in again):
            for j, a in zip(run, again):
                if a is not None:
                    out[j] = a
            return True
    return False


_MAX_ITEM_GAP = 12  # tokens between two names of one list: a title in apposition and a mark
_ITEM_MARKS = frozenset(".)-–—•●▪")


def _opens_item(doc: Doc, k: int) -> bool:
    """Does the name at token ``k`` open its sentence, or a list's item ("1. | Сапар Ерлан",
    "– | Сапар Ерлан")?"""
    s = doc.sents[doc.toks[k].sent]
    return all(t.text in _ITEM_MARKS or t.text.isdigit() for t in doc.toks[s.first:k])


def _list_neighbours(doc: Doc, a: PersonCandidate, b: PersonCandidate) -> bool:
    """Are two names, ``a`` before ``b``, items of one list: in one sentence with a list's
    glue right before ``b`` and no verb nor other name between them ("Сапар Ерлан, врач, и
    Турсынов Ерболат", "… – руководитель; Турсынов Ерболат"), or each opening an item of
    consecutive lines ("1. Сапар Ерлан, врач." | "2. Турсынов Ерболат, учитель.")?"""
    toks = doc.toks
    sa, sb = toks[a.first_tok].sent, toks[b.first_tok].sent
    if sa != sb:
        return sb == sa + 1 and _opens_item(doc, a.first_tok) and _opens_item(doc, b.first_tok)
    gap = toks[a.last_tok:b.first_tok]
    return 0 < len(gap) <= _MAX_ITEM_GAP and gap[-1].low in _LIST_GLUE and \
        not any(t.pos in _FINITE or t.ner == "PER" for t in gap)


def _written_surname_first(doc: Doc, c: PersonCandidate) -> bool:
    """Does a name give its surname first by its words ("Турсынов Ерболат", "Жумагали
    Асель", "Ахметова Б. К.")?"""
    words, initials, _ = _name_words(doc, c.first_tok, c.last_tok)
    if initials:
        return len(words) == 1 and not initial_at(doc.toks, c.first_tok)
    return len(words) >= 2 and _order(words, _roles(words), initials)[0] == "Surn"


def _first_name_second(doc: Doc, c: PersonCandidate) -> bool:
    """Is a name two words, read "Имя Фамилия", the second a first name to the dictionary
    and more of one than the first, which it knows as no one's first name ("Сапар Ерлан",
    "Кенжебай Нурлан")?"""
    words, initials, _ = _name_words(doc, c.first_tok, c.last_tok)
    if len(words) != 2 or initials or _order(words, _roles(words), initials)[0] != "Name":
        return False
    a, b = words
    return _is_first_name(b) and _role_score(a.parses, "Name") < _role_score(b.parses, "Name") \
        and not any(p.known and {"Name", "sing"} <= p.grams for p in a.parses)


def _listed_surname_first(doc: Doc, people: list[PersonCandidate], morph: Morphology,
                          lex: PeopleLexicon) -> list[PersonCandidate]:
    """Names listed together keep one order: in a list where a name gives its surname first
    ("Турсынов Ерболат – аккомпаниатор"), a name of two words whose second is a first name and
    whose first is none the dictionary knows is read surname first too ("Сейткали Айжан –
    руководитель; Турсынов Ерболат …": Сейткали is the surname)."""
    out = list(people)
    i = 0
    while i < len(out):
        j = i + 1
        while j < len(out) and _list_neighbours(doc, out[j - 1], out[j]):
            j += 1
        if j - i > 1 and any(_written_surname_first(doc, c) for c in out[i:j]):
            for k in range(i, j):
                c = out[k]
                if not _first_name_second(doc, c):
                    continue
                hint = _case_hint(doc, c.rule, c.first_tok, c.last_tok, lex)
                again = person_from_tokens(doc, c.first_tok, c.last_tok, morph, lex, hint, True)
                if again is not None:
                    out[k] = replace(again, rule=c.rule)
        i = j
    return out


def _adjective_only(t: Tok) -> bool:
    """Does the dictionary know the word as an adjective only ("Болгарским", "Кембриджский")?"""
    return bool(t.parses) and all(p.known and p.pos in ("ADJF", "ADJS") and
                                  not _NAME_GRAMS & p.grams for p in t.parses)


def _with_initials(doc: Doc, k: int) -> int:
    """The first token of the initials written right before word k ("Б.Обама", "Ю. Чайка",
    "А.С. Пушкин"), else k."""
    toks = doc.toks
    while k >= 2 and toks[k - 1].text == "." and initial_at(toks, k - 2) and \
            toks[k - 1].stop >= toks[k].start - 1 and toks[k - 2].stop == toks[k - 1].start:
        k -= 2
    return k


def _a_word_too(t: Tok) -> bool:
    """Does the dictionary know the word as something other than a name ("Все", "Так"; not
    "Абэ", "Али")?"""
    return any(p.known and not _NAME_GRAMS & p.grams for p in t.parses)


def lone_words(doc: Doc, morph: Morphology, lex: PeopleLexicon,
               taken: Iterable[tuple[int, int]]) -> list[PersonCandidate]:
    """Capitalized words the NER left untagged, or tagged as a name a veto stopped ("фонда
    Навального", "Нечаса" read as "не|часа"), that may be a surname said alone (a dictionary
    word whose capital the sentence start explains left out), each read as a one-word name:
    the linker makes one a person when it is, in some case, the surname of a full name of the
    text ("Иван Петров … сказал Петров"), wherever in the text that full name stands."""
    covered = {k for a, b in taken for k in range(a, b)}
    out = []
    for t in doc.toks:
        if t.ner not in (None, "PER") or t.i in covered or t.chrome or not t.text[:1].isupper() or \
                not t.text.isalpha() or len(t.text) < 2:
            continue
        if t.ner is None and t.parses and t.i == doc.sents[t.sent].first and \
                all(p.known and not _NAME_GRAMS & p.grams for p in t.parses):
            continue
        if t.ner is None and (t.text.isupper() or _adjective_only(t) or
                              len(t.text) < 4 and _a_word_too(t)):
            continue  # "БПТС", "Патриарх Болгарский", "Все": an abbreviation, an adjective
        cand = person_from_tokens(doc, _with_initials(doc, t.i), t.i + 1, morph, lex)
        if cand is not None and not family_name(t):
            out.append(replace(cand, rule="same_surname"))
    return out
