"""A person candidate and the parts of a name: patronymic and surname patterns, the name's
words (initials, regnal numbers), their roles (first name, surname, patronymic) and order."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...agreement import korean_surname
from ...document import Doc, Tok, initial_at
from ...text.morph import WordParse
from ..names import KAZAKH_TAIL
from ..phrase import NAME_PARTICLES, QUOTES

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
_KAZAKH_SURNAME = KAZAKH_TAIL
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
