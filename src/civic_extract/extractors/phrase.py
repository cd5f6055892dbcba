"""Phrase-level helpers shared by the extractors: case restoration, nominative by agreement,
quoted names.

Only the head noun and the words that agree with it are inflected; complements keep their case
and words pymorphy3 does not know (Kazakh, Latin) are kept exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from ..data import lines, table
from ..document import Doc, Tok
from ..quotes import CLOSE_QUOTES, OPEN_QUOTES, QUOTES, is_opening
from ..text.morph import PERSON_GRAMS, Morphology, WordParse, mixed_abbreviation
from .abbreviation_heads import (
    CAPITALS_ABBREVIATION,
    abbreviation_gender,
    abbreviation_head,
    all_capitals,
    institution_head,
    noun_gender,
    own_agreement,
)

__all__ = ["EPONYM_WORDS", "NAME_PARTICLES", "eponym_before", "body_abbreviation", "compound_body",
           "restore_case", "nominative", "institution_head", "noun_gender", "adjective_nominative",
           "preposition_cases", "head_index", "OPEN_QUOTES", "CLOSE_QUOTES", "QUOTES",
           "guillemets", "is_opening", "word_stem", "as_written", "CAPITALS_ABBREVIATION",
           "distributed", "adjective_in", "two_word_place_name"]

_ADJ = {"ADJF", "PRTF"}
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_CASE_GRAMS = {"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"}


@cache
def _endings() -> tuple[str, ...]:
    """Inflection endings, longest first (data/inflection_endings.txt)."""
    return tuple(sorted(lines("inflection_endings.txt"), key=lambda e: -len(e)))


@lru_cache(maxsize=65_536)
def word_stem(word: str) -> str:
    """A word lowercase (ё as е) without its inflection ending, if four letters or more are left:
    its case forms compare equal ("Общественной" ~ "Общественная", "Сапаровой" ~ "Сапарова")."""
    k = word.lower().replace("ё", "е")
    for ending in _endings():
        if k.endswith(ending) and len(k) - len(ending) >= 4:
            return k[:-len(ending)]
    return k


def restore_case(word: str, like: str) -> str:
    """Give ``word`` the capitalization pattern of ``like`` ("альянс", "Альянса" → "Альянс");
    ё only where the text wrote it ("почетной" → "почетная", not "почётная")."""
    if "ё" not in like.lower():
        word = word.replace("ё", "е")
    if like.isupper() and len(like) > 1:
        return word.upper()
    parts, like_parts = word.split("-"), like.split("-")
    if len(parts) > 1 and len(parts) == len(like_parts):
        # "Нью-Йорке" → "Нью-Йорк", "Ростове-на-Дону" → "Ростов-на-Дону"
        return "-".join(p[:1].upper() + p[1:] if lp[:1].isupper() else p
                        for p, lp in zip(parts, like_parts))
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _usable(p: WordParse) -> bool:
    return p.known or bool({"Surn", "Name", "Patr", "Geox"} & p.grams) or p.pos in _ADJ


def _adjective_misread(t: Tok, nxt: Tok | None) -> bool:
    """A guessed surname before a lowercase adjective or noun that is an adjective with the
    same case ending ("Камыстинской центральной больнице"), or a surname in "-ский" the
    dictionary reads as no adjective ("Лобановского сельского округа"), or a guessed noun
    before an adjective it agrees with: not the head."""
    p = t.parse
    if p is None or nxt is None or not nxt.text.islower() or nxt.pos not in ("ADJF", "NOUN"):
        return False
    if "Surn" not in p.grams:
        # a word the dictionary does not know, guessed a noun, before a lowercase adjective
        # it agrees with as an adjective ("Мангистауской | областной … больницы")
        return not p.known and p.pos == "NOUN" and nxt.pos == "ADJF" and \
            _agreeing_reading(t, nxt) is not None
    return not p.known and _agreeing_reading(t, nxt) is not None or \
        _sky_surname(t, nxt) or _inanimate_agreement(t, nxt) is not None


_AGREED_GENDERS = ("masc", "femn", "neut", "plur")


def _inanimate_agreement(t: Tok, nxt: Tok) -> WordParse | None:
    """``t``'s adjective reading in the case, gender and number of the lowercase inanimate noun
    after it, where the tagger read a surname in it ("Московскому | метрополитену",
    "Уральскому | заводу"), else None."""
    q = nxt.parse
    if nxt.pos != "NOUN" or q is None or "inan" not in q.grams or nxt.case is None:
        return None
    want = [g for g in _AGREED_GENDERS if g in q.grams]
    return next((r for r in t.parses if r.pos == "ADJF" and nxt.case in r.grams and
                 want and want[0] in r.grams), None)


def _agreeing_reading(t: Tok, nxt: Tok) -> WordParse | None:
    """``t``'s adjective reading in the case of the word after it: the tagger's, or the one
    its own reading says when the tagger gives a case it lacks ("Таразского |
    инновационно-гуманитарного университета", tagged nominative, read genitive)."""
    q = nxt.parse
    own = next((g for g in _CASES if q is not None and g in q.grams), None)
    tagged = _adjective_reading(t, nxt.case)
    return tagged if tagged is not None else _adjective_reading(t, own)


# a "-ский"/"-цкий" word in an oblique case, which declines as an adjective: stem, ending
_SKY = re.compile(r"^(.+[сц]к)(ого|ому|им|ом|ой|ую|ие|их|ими)$")
_SKY_NOMINATIVE = {"masc": "ий", "femn": "ая", "neut": "ое", "plur": "ие"}


def _sky_surname(t: Tok, nxt: Tok) -> bool:
    """A surname in "-ский" in an oblique case the dictionary reads as no adjective, before a
    lowercase adjective or inanimate noun in the same case ("Лобановского | сельского округа",
    "Каменского | района")."""
    return _adjective_reading(t, nxt.case) is None and bool(_SKY.match(t.low)) and \
        (nxt.pos == "ADJF" or nxt.pos == "NOUN" and nxt.parse is not None and
         "inan" in nxt.parse.grams) and \
        nxt.case is not None and any(nxt.case in q.grams for q in t.parses)


def _sky_nominative(word: str, want: set[str]) -> str:
    """A "-ский" word in the nominative of ``want``'s gender or number ("Лобановского" →
    "Лобановское" before "сельское поселение")."""
    m = _SKY.match(word.lower())
    if m is None:
        return word
    form = "plur" if "plur" in want else next((g for g in ("masc", "femn", "neut") if g in want),
                                               "masc")
    return restore_case(m.group(1) + _SKY_NOMINATIVE[form], word)


def _adjective_reading(t: Tok, case: str | None) -> WordParse | None:
    return next((q for q in t.parses if q.pos == "ADJF" and case in q.grams), None)


def _as_adjective(t: Tok, nxt: Tok) -> Tok:
    """``t`` with its adjective reading when the tagger misread it (``_adjective_misread``)."""
    adj = (_inanimate_agreement(t, nxt) or _agreeing_reading(t, nxt)) \
        if _adjective_misread(t, nxt) else None
    return t if adj is None else _with_parse(t, adj)


def body_abbreviation(t: Tok) -> bool:
    """An abbreviation written with small letters inside ("КазНУ", "КарГУ"; the morphology
    reads it as such): a body's name, never a place's, but for a Soviet republic's ("КазССР")."""
    return mixed_abbreviation(t.text) and not t.text.endswith("ССР")


#: the words that put the name of the person a thing is named after ("университет имени Абая")
EPONYM_WORDS = frozenset({"имени", "им"})
#: the ranks before that name ("имени | профессора | В. Ф. Войно-Ясенецкого": data/eponym_ranks.txt)
EPONYM_RANKS = frozenset(lines("eponym_ranks.txt"))


_MAX_EPONYM = 6
#: small words inside a foreign name ("Людвига ван Бетховена": data/name_particles.txt)
NAME_PARTICLES = frozenset(lines("name_particles.txt"))
#: the words that open a settlement's two-word name ("Жана Каратон": data/place_name_openers.txt)
PLACE_NAME_OPENERS = frozenset(lines("place_name_openers.txt"))


def two_word_place_name(doc: Doc, k: int) -> bool:
    """Does the capitalized word at ``k`` open a settlement's two-word name with the
    capitalized word after it ("Жана | Каратон", "Новый | Свет"; data/place_name_openers.txt)?
    The caller checks the settlement word before it."""
    toks = doc.toks
    return k + 1 < len(toks) and toks[k].is_title_case() and \
        toks[k].low.replace("ё", "е") in PLACE_NAME_OPENERS and \
        toks[k + 1].sent == toks[k].sent and toks[k + 1].is_title_case() and \
        toks[k + 1].is_word()


def eponym_before(doc: Doc, k: int) -> int | None:
    """Where the eponym word is ("имени", "им" of "им.") when the token ``k`` ends the name
    after it ("имени М. Ауэзова", "им. аль-Фараби"); None when ``k`` ends no such name."""
    toks, j = doc.toks, k
    while j >= 0 and k - j < _MAX_EPONYM and toks[j].sent == toks[k].sent:
        t = toks[j]
        if t.low in EPONYM_WORDS and j < k:
            return j
        if t.text == "." and j > 0 and toks[j - 1].low == "им" and j < k:
            return j - 1
        if not (t.text[:1].isupper() or t.text in (".", "-") or t.low in NAME_PARTICLES or
                t.text.rpartition("-")[2][:1].isupper()):  # "аль-Фараби", not "генерал-майор"
            # the eponym's title right after the eponym word: "имени | профессора | В. Ф.
            # Петрова", "им. академика Сатпаева"
            return _eponym_word_before(doc, j) if j < k and t.text.isalpha() else None
        j -= 1
    return None


def _eponym_word_before(doc: Doc, j: int) -> int | None:
    """Where the eponym word right before token ``j`` is ("имени", "им" of "им."), or None."""
    toks = doc.toks
    if j > 0 and toks[j - 1].low == "имени":
        return j - 1
    if j > 1 and toks[j - 1].text == "." and toks[j - 2].low == "им":
        return j - 2
    return None


def eponym_after(doc: Doc, k: int, stop: int) -> int | None:
    """The end of the name of the person a thing is named after when the eponym word opens at
    ``k`` ("имени | Ю. Гагарина", "им. | И. Я. Яковлева", "имени | Абая"): its initials and
    capitalized words, not a name of its own after the first word no genitive reads; None
    when no eponym word is there."""
    toks = doc.toks
    if toks[k].low not in EPONYM_WORDS:
        return None
    j = k + 1 + (k + 1 < stop and toks[k + 1].text == ".")
    if j + 1 < stop and toks[j].low in EPONYM_RANKS:
        j += 1  # "имени | профессора | В. Ф. Войно-Ясенецкого"
    words = 0
    while j < stop and j - k <= _MAX_EPONYM and toks[j].text[:1].isupper():
        if j + 1 < stop and toks[j + 1].text == "." and len(toks[j].text) == 1:
            j += 2  # an initial
            continue
        if words and _no_genitive(toks[j]):
            break  # "имени Абая | Ерлан Касымов"
        words += 1
        j += 1
    return j if words else None


def _no_genitive(t: Tok) -> bool:
    """A capitalized word with no reading (known or guessed) in the genitive singular
    ("Ерлан", "Касымов"), nor indeclinable, no initial nor particle ("ван", "де"): no part of
    an eponym's name."""
    return len(t.text) > 1 and t.text[:1].isupper() and t.low not in NAME_PARTICLES and \
        bool(t.parses) and not any(
        "Fixd" in p.grams or {"gent", "sing"} <= p.grams for p in t.parses)


def eponym_name_end(doc: Doc, first: int, last: int, rest: int) -> int:
    """Where the name of the person a thing is named after, [first, last) after the eponym
    word, ends: before the first word after its first that no genitive reads, when ``rest``
    words at least follow from there, a person of its own the NER ran into the eponym ("имени
    Абая Кунанбаева | Ерлан Касымов"); ``last`` when there is none."""
    words = [k for k in range(first, last) if doc.toks[k].is_word()]
    for n in range(1, len(words) - rest + 1):
        if _no_genitive(doc.toks[words[n]]):
            return words[n]
    return last


def head_index(toks: Sequence[Tok]) -> int | None:
    """Index (in ``toks``) of the head noun of a noun phrase: its first noun outside brackets
    ("Кировоградской (Кропивницкой) области": "области"). None when the phrase reaches a
    quote or an eponym word first: its head is a word the dictionary does not read as a noun
    ("ЕНУ им. Гумилева": not "им.")."""
    depth = 0
    for k, t in enumerate(toks):
        if t.low in EPONYM_WORDS:
            return None
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        p = t.parse
        if depth == 0 and p is not None and p.pos == "NOUN" and t.is_word() and \
                not _adjective_misread(t, toks[k + 1] if k + 1 < len(toks) else None):
            return k
        if t.text in QUOTES:
            return None
    return None


# an abbreviation with a case ending written after it in lowercase ("МИОРа", "ЕНУ-шника" not)
_INFLECTED_ABBREVIATION = re.compile(r"^([A-ZА-ЯЁ]{2,})(?:а|у|ом|е|ы|ой|ом|ам|ами|ах|ов)$")


def inflect_word(morph: Morphology, tok: Tok, grams: set[str], force: bool = False,
                 trusted: bool = False) -> str:
    """``tok`` put into ``grams``; as written when it can't be done safely (or is already in
    the nominative, unless ``force``); a guessed reading only when ``trusted``. An abbreviation
    in capitals ("МИОР", "НАН") is never inflected: the text writes it the same in every case."""
    inflected = _INFLECTED_ABBREVIATION.match(tok.text)
    if inflected:
        return inflected.group(1)  # "МИОРа", "МИОРу" → "МИОР"
    p = _unstressed(tok)
    if p is None or not (trusted or _usable(p)) or not tok.is_word() or \
            all_capitals(tok.text):
        return tok.text
    if not force and tok.case in (None, "nomn") and "nomn" in p.grams:
        return tok.text
    form = morph.inflect(p, grams)
    if form is None:
        return tok.text
    return restore_case(form, tok.text)


def _stressed_guess(p: WordParse) -> bool:
    """A guessed adjective reading of the stressed "-ой" paradigm ("зерендинской" of
    "Зерендинском", "Темирского"): the dictionary knows the few real ones ("городской"), and
    an unknown adjective in "-ском"/"-ского"/"-ским" is a "-ский" one."""
    return p.pos in _ADJ and not p.known and p.normal.endswith("ой")


@cache
def _stressed_adjectives() -> frozenset[str]:
    """data/stressed_adjectives.txt: "-ой" lemmas preferred to the "-ый" reading of a form."""
    return frozenset(lines("stressed_adjectives.txt"))


def _plain_of_stressed(p: WordParse) -> bool:
    """A "-ый" adjective reading of a form a stressed adjective shares ("страстный" of
    "Страстном"), which the "-ой" reading goes before."""
    return p.pos in _ADJ and p.normal[:-2] + "ой" in _stressed_adjectives() and \
        p.normal not in _stressed_adjectives()


def _unstressed(tok: Tok) -> WordParse | None:
    """The tagger's reading of ``tok``, or for a guessed "-ой" adjective its "-ий" reading of
    the same form ("Зерендинском районе": "зерендинский", which makes "Зерендинский район");
    for a form of a stressed adjective of data/stressed_adjectives.txt read as a "-ый" one,
    its "-ой" reading ("Страстном": "страстной")."""
    p = tok.parse
    if p is not None and _plain_of_stressed(p):
        return next((q for q in tok.parses if q.normal in _stressed_adjectives() and
                     p.grams - {"Qual"} <= q.grams), p)
    if p is None or not _stressed_guess(p):
        return p
    return next((q for q in tok.parses if q.pos == p.pos and not _stressed_guess(q) and
                 p.grams - {"Geox"} <= q.grams), p)


def _institution_nominative(doc: Doc, toks: Sequence[Tok], a: int, morph: Morphology
                            ) -> str:
    """Adjectives before an abbreviation at ``a`` that does not decline in the nominative, in
    the gender of its head noun, or else in the gender and number the adjective itself says
    ("Богородской ЦРБ" → "Богородская ЦРБ": больница; "Красноярских ТЭЦ" → "Красноярские
    ТЭЦ"); the abbreviation and a number after it keep their form."""
    gender = abbreviation_gender(morph, toks[a].text)
    words = [t.text for t in toks]
    for i, t in enumerate(toks[:a]):
        want = own_agreement(t, gender)
        p = min((q for q in t.parses if q.pos in _ADJ and want is not None and
                 want - {"nomn"} <= q.grams),
                key=lambda q: (t.case not in q.grams, _stressed_guess(q)), default=None)
        form = morph.inflect(p, want) if p is not None and want is not None else None
        words[i] = restore_case(form, t.text) if form else words[i]
    return _join(doc, toks, words)


def adjective_nominative(morph: Morphology, tok: Tok, gender: str) -> str | None:
    """``tok`` as a singular adjective of ``gender`` put into the nominative, its letters' case
    as written (its reading in the tagger's case first: "Ленинградской" → "Ленинградская");
    None when it has no such reading."""
    p = min((q for q in tok.parses if q.pos in _ADJ and "sing" in q.grams and gender in q.grams),
            key=lambda q: (tok.case not in q.grams, _stressed_guess(q), _plain_of_stressed(q)),
            default=None)
    if p is None:
        return None
    form = morph.inflect(p, {"nomn", "sing", gender})
    return restore_case(form, tok.text) if form else tok.text


def nominative(doc: Doc, first: int, last: int, morph: Morphology,
               keep_number: bool = True, head: int | None = None,
               organization: bool = False) -> str:
    """The tokens [first, last) as a phrase in the nominative, normalized by agreement.

    The head is the first noun; the adjectives and participles right before it that agree with it
    (same case) are inflected with it; everything after the head keeps its form (an
    organization's name that opens with an abbreviation keeps every word). Spacing follows
    the text. ``keep_number=False`` also puts a plural head into the singular ("членам палаты"
    → "член палаты"). An ``organization``'s head the dictionary does not know declines as the
    common noun it guesses, not as a person's name ("в Росстате" → "Росстат", not "Росстата").
    """
    toks = doc.toks[first:last]
    dash = _apposed_dash(toks) if organization else None
    if dash is not None:  # "Республиканской больницы № 1 — Национального центра медицины"
        return nominative(doc, first, first + dash, morph, keep_number, None, True) + " " + \
            toks[dash].text + " " + nominative(doc, first + dash + 1, last, morph, keep_number,
                                               None, True)
    a = abbreviation_head(toks) if organization and len(toks) > 1 else None
    if a is not None:
        return _institution_nominative(doc, toks, a, morph)
    h = head_index(toks) if head is None else head - first
    words = [t.text for t in toks]
    if organization and h == 0 and _possessive_surname(toks):
        h = 1  # "Торайгыров | университета": the surname keeps its form, the noun declines
    if organization and h is not None and h > 0 and all_capitals(toks[0].text):
        h = None  # an abbreviation heads the name and does not decline: "ДЧС | Северо-
        # Казахстанской области" keeps its genitive
    if h is not None:
        head_tok = toks[h]
        hp = head_tok.parse
        if hp is not None and hp.pos != "NOUN":  # a noun the tagger misread: its noun reading
            hp = next((p for p in head_tok.parses if p.pos == "NOUN"), hp)
        guess = _organization_guess(head_tok, morph) if organization else None
        hp = guess or hp
        if hp is not None and hp is not head_tok.parse:
            head_tok = _with_parse(head_tok, hp)
            toks = list(toks)
            toks[h] = head_tok
        plural = hp is not None and "plur" in hp.grams
        # a known prefix and a dictionary noun declines as that noun ("вице-министра")
        trusted = guess is not None or hp is not None and hp.compound and hp.pos == "NOUN"
        if hp is not None and (_usable(hp) or trusted) and \
                (_needs_nominative(head_tok, hp, plural, keep_number) or
                 organization and _never_nominative(head_tok)):
            number = "plur" if (plural and keep_number) or "Pltm" in hp.grams else "sing"
            words[h] = inflect_word(morph, head_tok, {"nomn", number}, force=not keep_number,
                                    trusted=trusted)
            want = _agreement(hp, number, morph)
            _adjectives_agreeing(toks, words, h, hp, want, morph, not keep_number)
    return _join(doc, toks, words)


@cache
def surname_endings() -> tuple[str, ...]:
    """The nominative endings of surnames (data/surname_nominative_endings.txt: "ов", "ин")."""
    return lines("surname_nominative_endings.txt")


def _possessive_surname(toks: Sequence[Tok]) -> bool:
    """Does an organization's name open with a surname in its possessive form (-ов, -ев, -ин),
    then a common noun that heads it: "Торайгыров университета" → "Торайгыров университет",
    not the plural of "Торайгыры"?"""
    if len(toks) < 2:
        return False
    first, noun = toks[0], toks[1]
    return first.is_title_case() and first.low.endswith(surname_endings()) and \
        noun.text.islower() and noun.parse is not None and noun.parse.pos == "NOUN" and \
        not any(p.pos == "ADJF" or p.known and p.pos == "NOUN" and not _NAME_GRAMS & p.grams
                for p in first.parses)  # (not a common noun: "Палатой | предпринимателей")


_NAME_GRAMS = frozenset({"Surn", "Name", "Patr"})


def _apposed_dash(toks: Sequence[Tok]) -> int | None:
    """The index of a dash after a number that joins a second capitalized name to a numbered
    institution's ("больница № 1 | — | Национальный центр медицины"), or None."""
    return next((d for d in range(1, len(toks) - 1) if toks[d].text in ("—", "–") and
                 toks[d - 1].text.isdigit() and toks[d + 1].is_title_case()), None)


def genitive(doc: Doc, first: int, last: int, head: int, morph: Morphology) -> str:
    """The noun phrase [first, last) in the genitive singular: its noun at ``head`` and the
    adjectives right before it that agree with it; its complements as written ("постоянную
    комиссию по социальным вопросам" → "постоянной комиссии по социальным вопросам"; an
    abbreviation stays: "ГККП «Дом культуры»")."""
    toks = doc.toks[first:last]
    words = [t.text for t in toks]
    h = head - first
    hp = toks[h].parse
    if hp is not None and hp.pos == "NOUN" and _usable(hp):
        words[h] = inflect_word(morph, toks[h], {"gent", "sing"}, force=True)
        want = {"gent", "sing"} | {g for g in ("masc", "femn", "neut") if g in hp.grams}
        _adjectives_agreeing(toks, words, h, hp, want, morph, True)
    return _join(doc, toks, words)


@cache
def preposition_cases() -> dict[str, frozenset[str]]:
    """The cases each preposition governs (data/preposition_cases.txt: "через" → accs)."""
    return {prep: frozenset(cases.split()) for prep, cases in table("preposition_cases.txt", 2)}


@cache
def _compound_bodies() -> tuple[tuple[str, str], ...]:
    return tuple((prefix, kind) for prefix, kind in table("compound_bodies.txt", 2))


def compound_body(word: str, morph: Morphology, case: str | None = None) -> str | None:
    """The kind of a compound name of a body, its prefix and a noun the dictionary knows
    ("Минстрой", "Минимущества": state; data/compound_bodies.txt), the noun in ``case`` when
    given; None for another word ("Минск", "Минерал": no noun after the prefix)."""
    for prefix, kind in _compound_bodies():
        rest = word.lower()[len(prefix):]
        if word.lower().startswith(prefix) and len(rest) > 3 and any(
                p.known and p.pos == "NOUN" and not PERSON_GRAMS & p.grams and
                "Geox" not in p.grams and (case is None or case in p.grams)
                for p in morph.parse(rest)):
            return kind
    return None


def _organization_guess(t: Tok, morph: Morphology) -> WordParse | None:
    """The common-noun reading, in the tagger's case, of an organization's head the dictionary
    does not know ("Росстате": "росстат", not the first name "Росстата"; "Райффайзенбанка":
    "райффайзенбанк"); None for a word it knows."""
    p = t.parse
    if p is None or p.known or t.case is None or compound_body(t.low, morph, "gent"):
        return None
    readings = [q for q in t.parses if q.pos == "NOUN" and not q.known and
                not PERSON_GRAMS & q.grams and t.case in q.grams and "sing" in q.grams]
    # a declining one first ("Росмолодежи": "Росмолодежь", not an undeclined "Росмолодежи"),
    # then a masculine one: "в Ростехе" is "Ростех" (names of bodies in -а are rarer)
    return min(readings, key=lambda q: ("Fixd" in q.grams, "masc" not in q.grams), default=None)


def _needs_nominative(head_tok: Tok, hp: WordParse, plural: bool, keep_number: bool) -> bool:
    """Must the head be put into the nominative: another case, a plural to make singular, or a
    common noun the tagger calls nominative, or gives no case, whose dictionary reading has no
    nominative ("КГУ «Центр» | акимата области": "акимат" in the genitive; a name's reading may
    be a guess: "в Тоттенхэме" is no plural), or a place the dictionary knows in no nominative
    whatever the tagger says ("в Карасуке и | Барабинске", read as a nominative after "и")?"""
    return head_tok.case not in (None, "nomn") or (plural and not keep_number) or \
        hp.pos == "NOUN" and hp.known and "nomn" not in hp.grams and (
            head_tok.text.islower() and (head_tok.case == "nomn" or head_tok.case is None and
                                         not any("nomn" in p.grams for p in head_tok.parses))
            or "Geox" in hp.grams and not any("nomn" in p.grams for p in head_tok.parses))


def _never_nominative(t: Tok) -> bool:
    """Is every reading of a capitalized word a common noun the dictionary knows in no
    nominative, whatever case the tagger gives it: an organization's head in an oblique case
    ("Депутат Мажилиса | Асылбек Тлеумуратов", tagged nominative before a name)?"""
    return bool(t.parses) and t.is_title_case() and all(
        p.pos == "NOUN" and p.known and "nomn" not in p.grams and not PERSON_GRAMS & p.grams
        and "Geox" not in p.grams for p in t.parses)


def _agreement(hp: WordParse, number: str, morph: Morphology) -> set[str]:
    """The grammemes the adjectives before a head take in the nominative: its number, and in
    the singular its gender (the nominative singular's, when the form read says none)."""
    gender = next((g for g in ("masc", "femn", "neut") if g in hp.grams), None)
    if number == "sing" and gender is None:
        sing = morph.inflect(hp, {"nomn", "sing"})
        sp = morph.best(sing) if sing else None
        gender = next((g for g in ("masc", "femn", "neut") if sp and g in sp.grams), None)
    want = {"nomn", number}
    if number == "sing" and gender:
        want.add(gender)
    return want


def _adjectives_agreeing(toks: Sequence[Tok], words: list[str], h: int, hp: WordParse,
                         want: set[str], morph: Morphology, force: bool) -> None:
    """Put the adjectives right before the head at ``h`` into ``want`` (in ``words``): over
    hyphens, commas and "и" between adjectives ("чрезвычайным и полномочным послом") and over
    a bracketed aside's adjectives ("Кировоградской (Кропивницкой) области")."""
    head_case = toks[h].case
    k = h - 1
    while k >= 0:
        t = _as_adjective(toks[k], toks[k + 1])
        p = t.parse
        if t.text == ")":
            opening = next((j for j in range(k - 1, -1, -1) if toks[j].text == "("), None)
            if opening is None:
                break
            for j in range(opening + 1, k):
                adj = next((q for q in toks[j].parses if q.pos in _ADJ
                            and head_case in q.grams), None)
                if adj is not None and toks[j].is_word():
                    words[j] = inflect_word(morph, _with_parse(toks[j], adj), want, force=force)
            k = opening - 1
            continue
        if k + 1 < len(toks) and p is not None and p.pos == "NOUN" and \
                _sky_surname(t, toks[k + 1]):
            words[k] = _sky_nominative(t.text, want)  # "Лобановского сельского округа"
            k -= 1
            continue
        if p is None or p.pos not in _ADJ or not t.is_word():
            if t.text == "-" or t.text == "," or t.low == "и" and k > 0 and \
                    (q := toks[k - 1].parse) is not None and q.pos in _ADJ:
                k -= 1
                continue
            break
        words[k] = inflect_word(morph, t, want | _common_gender(hp, t, want), force=force)
        k -= 1


def _common_gender(head: WordParse | None, adj: Tok, want: set[str]) -> set[str]:
    """The gender an adjective keeps before a noun of common gender ("глава", "судья",
    "коллега"), which says none itself: feminine when the adjective is written feminine
    ("прежней главы" → "прежняя глава"), else masculine ("прежнего главы" → "прежний глава",
    not the neuter a genitive "-ого" also reads as)."""
    if head is None or "ms-f" not in head.grams or "sing" not in want or \
            want & {"masc", "femn", "neut"}:
        return set()
    feminine = adj.parse is not None and "femn" in adj.parse.grams
    return {"femn" if feminine else "masc"}


def as_written(doc: Doc, first: int, last: int) -> str:
    """The tokens [first, last) as the text writes them, spacing normalized like
    ``nominative``'s."""
    toks = doc.toks[first:last]
    return _join(doc, toks, [t.text for t in toks])


def _with_parse(tok: Tok, parse: WordParse) -> Tok:
    import dataclasses

    return dataclasses.replace(tok, parse=parse)


def _join(doc: Doc, toks: Sequence[Tok], words: Sequence[str]) -> str:
    out = []
    for k, (t, w) in enumerate(zip(toks, words)):
        if k:
            gap = doc.norm[toks[k - 1].stop:t.start]
            out.append(" " if gap.strip() == "" and gap else gap)
        out.append(w)
    return "".join(out)


def guillemets(text: str) -> str:
    """Straight and typographic inner quotes as «»: 'А "Б" В' → 'А «Б» В'."""
    out = []
    for i, c in enumerate(text):
        if c in '"“”„':
            opening = i == 0 or text[i - 1] in " («" or c == "„"
            out.append("«" if opening else "»")
        else:
            out.append(c)
    s = "".join(out)
    if s.count("«") > s.count("»"):
        s += "»" * (s.count("«") - s.count("»"))
    return s


def outside_parentheses(toks: Sequence[Tok]) -> list[Tok] | None:
    """The tokens outside balanced parentheses ("Юрий Царёв (проект «Метро»), Алексей …",
    "368 млн рублей (около 5,8 млн долларов), второе место — 316 млн"); None when they do not
    balance (one end of the run stands inside brackets the other is outside of)."""
    out: list[Tok] = []
    depth = 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0:
            out.append(t)
    return out if depth == 0 else None


_GENDERS = ("masc", "femn", "neut")


def adjective_in(tok: Tok, case: str | None) -> WordParse | None:
    """The adjective reading of ``tok`` in ``case`` (the tagger may have preferred a noun for
    an unknown "Бурабайском"; a guessed "-ий" one before a guessed "-ой" one: "Зерендинском"),
    or the reading of a surname that declines as one ("Лебединский", which the dictionary
    knows only as a surname)."""
    return min((p for p in tok.parses if case in p.grams and (
        p.pos in _ADJ or p.pos == "NOUN" and "Surn" in p.grams and
        p.normal.endswith(_ADJECTIVE_SURNAMES))), key=_stressed_guess, default=None)


_ADJECTIVE_SURNAMES = ("ский", "цкий")


def distributed(doc: Doc, morph: Morphology, h: int, shared_modifiers: bool = False,
                noun: WordParse | None = None) -> list[tuple[int, int, str]]:
    """The names that share the plural noun at token ``h``: two or more capitalized adjectives
    in its case, joined by commas and "и", each with the noun in the nominative singular ("в
    Рязанской, Костромской и Архангельской областях" → "Рязанская область", …). With
    ``shared_modifiers`` the lowercase adjectives between the last of them and the noun are
    shared too ("Ленинский и Советский районные суды" → "Ленинский районный суд", …). Each
    (first, last, name): an adjective alone is its name's mention; the last one's runs to the
    noun. ``noun``: the noun's reading (default the tagger's: "судов" of "суд", not "судно")."""
    t = doc.toks[h]
    reading = noun or t.parse
    gender = next((g for g in _GENDERS if reading is not None and g in reading.grams), None)
    if h == 0 or reading is None or "plur" not in reading.grams or gender is None:
        return []
    word = (morph.inflect(noun, {"nomn", "sing"}) if noun is not None else None) or \
        inflect_word(morph, t, {"nomn", "sing"}, force=True)
    # the tagger's case first, then the noun's other plural readings ("комбинаты": nominative
    # or accusative)
    cases = dict.fromkeys([t.case, *(g for p in t.parses if p.pos == "NOUN" and "plur" in p.grams
                                     for g in p.grams if g in _CASE_GRAMS)])
    for case in cases:
        found = _sharing(doc, morph, h, case, gender, shared_modifiers, word.lower()) or \
            _listed_after_noun(doc, morph, h, case, gender, word.lower())
        if found:
            return found
    return []


_LIST_MARKS = frozenset({"–", "—", "-", ":"})
_MAX_NOUN_COMPLEMENT = 2  # "в районах | мегаполиса | – Абайском, …"


def _listed_after_noun(doc: Doc, morph: Morphology, h: int, case: str | None, gender: str,
                       word: str) -> list[tuple[int, int, str]]:
    """The names listed after the plural noun at token ``h`` (and a short genitive complement of
    it), a dash or a colon: two or more capitalized singular adjectives in its case and gender
    ("во всех пяти районах мегаполиса – Абайском, Аль-Фарабийском и Туранском" → "Абайский
    район", …), each adjective its name's mention."""
    toks = doc.toks
    sent = toks[h].sent
    k = h + 1
    while k < len(toks) and k - h <= _MAX_NOUN_COMPLEMENT and toks[k].sent == sent and \
            toks[k].is_word() and toks[k].text.islower() and toks[k].case == "gent":
        k += 1
    if k >= len(toks) or toks[k].text not in _LIST_MARKS:
        return []
    out = []
    k += 1
    while k < len(toks) and toks[k].sent == sent and toks[k].is_word() and \
            toks[k].text[:1].isupper():
        ap = next((p for p in toks[k].parses if p.pos in _ADJ and case in p.grams and
                   gender in p.grams and "sing" in p.grams), None)
        form = morph.inflect(ap, {"nomn", "sing", gender}) if ap is not None else None
        if form is None:
            break
        out.append((k, k + 1, f"{restore_case(form, toks[k].text)} {word}"))
        k += 1
        if k < len(toks) and toks[k].text in (",", "и"):
            k += 1
    return out if len(out) >= 2 else []


_MAX_ASIDE = 6  # tokens of a bracketed aside after a list item: "(31 человек)"


def _before_aside(doc: Doc, k: int) -> int:
    """The token before the bracketed aside that ends at token ``k`` (its ")"), in the same
    sentence and a few words long; ``k`` itself when there is none."""
    toks = doc.toks
    if toks[k].text != ")":
        return k
    for j in range(k - 1, max(-1, k - _MAX_ASIDE - 1), -1):
        if toks[j].sent != toks[k].sent or toks[j].text == ")":
            return k
        if toks[j].text == "(":
            return j - 1 if j > 0 and toks[j - 1].sent == toks[k].sent else k
    return k


def _sharing(doc: Doc, morph: Morphology, h: int, case: str | None, gender: str,
             shared_modifiers: bool, word: str) -> list[tuple[int, int, str]]:
    """``distributed`` with the noun read in ``case`` (``word``: it in the nominative
    singular)."""
    toks = doc.toks
    t = toks[h]
    k = h - 1
    modifiers: list[str] = []
    while shared_modifiers and k >= 0 and toks[k].sent == t.sent and toks[k].text.islower() and \
            (p := adjective_in(toks[k], case)) is not None and "plur" in p.grams:
        modifiers.insert(0, morph.inflect(p, {"nomn", "sing", gender}) or toks[k].text)
        k -= 1
    adjs: list[int] = []
    joined = _before_aside(doc, k) == k if k >= 0 else True  # the last adjective meets the noun
    while k >= 0 and toks[k].sent == t.sent:
        k = _before_aside(doc, k)  # "в Сайрамском (31 человек), Толебийском (26) и …"
        w = toks[k]
        if w.is_word() and w.text[:1].isupper() and adjective_in(w, case) is not None:
            adjs.append(k)
            k -= 1
            if k >= 0 and toks[k].text in (",", "и"):
                k -= 1
                continue
        break
    if len(adjs) < 2:
        return []
    tail = " ".join([*modifiers, word])
    out = []
    for a in sorted(adjs):
        ap = adjective_in(toks[a], case)
        form = morph.inflect(ap, {"nomn", "sing", gender}) if ap is not None else None
        adj = restore_case(form, toks[a].text) if form else toks[a].text
        out.append((a, h + 1 if a == max(adjs) and joined else a + 1, f"{adj} {tail}"))
    return out
