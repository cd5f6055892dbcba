"""The words of a title: its head (data/titles.txt), the adjectives and acting words before it,
the cases a head or a name may stand in, ages and plurals."""


from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from ...agreement import ADJECTIVES, ALL_CASES, HARD_CONSONANTS, adjective_agrees, forms
from ...data import lines, table
from ...document import Doc, Tok
from ...lexicon import TitleLexicon
from ...rules import Rule
from ...text.morph import Morphology
from ..people import _WOMANS_PATRONYMIC, PersonCandidate
from ..phrase import QUOTES, guillemets, restore_case
from ..surroundings import place_not_person, substantive_lemma, trade_before

_STOP_POS = {"VERB", "INFN", "PRTS", "GRND", "PRED", "NPRO", "CONJ"}
_STOP_TEXT = {",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "-", "…"}
_ALLOWED_CONJ = {"и"}
# Prepositions that open an adverbial, never a title's complement ("министром вместо Петрова")
_ADVERBIAL_PREPS = frozenset({"вместо", "кроме", "помимо"})
_LIST_SEPARATORS = {",", "и", ":", "а", "также"}
_MAX = 18
_MAX_CHAIN = 3

C = TypeVar("C")
P = TypeVar("P")


@dataclass(frozen=True, slots=True)
class TitleCandidate:
    person: PersonCandidate  # the person mention the title belongs to
    first_tok: int
    last_tok: int
    head: str
    normal: str
    rule: str = ""
    kind: str = "position"  # "membership", "status" (data/title_kinds.txt, membership.txt)


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A title phrase with no name next to it that refers back to a person ("глава региона")."""

    first_tok: int
    last_tok: int
    group: str
    head: str
    normal: str
    rule: str = ""


@dataclass(frozen=True, slots=True)
class TitleRule(Rule[C, P]):
    """A title construction with its window: how many sentences before the title's sentence the
    name of its person may stand (0: the same sentence; None: any before, the linker decides;
    negative: how many after, for a headline's title of the person its lead names)."""

    window: int | None = 0


@dataclass(frozen=True, slots=True)
class _Span:
    first: int
    head: int
    last: int


def _substantive(tok: Tok, lex: TitleLexicon, governs: bool = False) -> str | None:
    """The title lemma of an adjective or participle the tagger reads as a noun ("ведущего
    КВН", "управляющий фонда"; not "ведущий эксперт"), or that ``governs`` an instrumental
    ("управляющий компанией"): data/substantive_titles.txt."""
    if tok.tag.pos not in ("NOUN", "PROPN") and not governs:
        return None
    lemma = substantive_lemma(tok.low)
    if lemma is None:
        return None
    feminine = lemma[:-2] + "ая"
    if tok.tag.get("Gender") == "Fem" and feminine in lex.titles:
        return feminine
    return lemma if lemma in lex.titles else None


def _head_lemma(tok: Tok, lex: TitleLexicon, governs: bool = False) -> str | None:
    """The title lemma of ``tok`` when it can head a title ("экс-журналист" → журналист);
    ``governs``: an instrumental follows it (``_substantive``)."""
    if not tok.is_word():
        return None
    p = tok.parse
    if p is not None and p.pos in ("ADJF", "PRTF") and (lemma := _substantive(tok, lex, governs)):
        return lemma
    if p is not None and p.pos == "NOUN":
        lemmas = [p.normal]
        if not p.known:  # a guessed rare noun: any singular noun reading ("электролизник",
            # read as a plural "электролизника")
            lemmas += [q.normal for q in tok.parses if q.pos == "NOUN" and "plur" not in q.grams]
    elif p is not None and p.pos not in ("ADJF", "ADJS", "PRTF", "PRTS"):
        return None  # "после" has a reading "посол": a preposition is no head
    else:
        # the contextual tagger misreads rare nouns ("экс-журналист" as an adjective): then any
        # noun reading of the word may make it a head
        lemmas = [q.normal for q in tok.parses if q.pos == "NOUN" and "plur" not in q.grams]
    for lemma in dict.fromkeys(x.replace("ё", "е") for x in lemmas):
        if lemma in lex.titles:
            return lemma
        if "-" in lemma:  # экс-журналист, активист-волонтер, вице-губернатор
            if any(part in lex.titles for part in lemma.split("-")):
                return lemma
    return None


def _head_at(doc: Doc, k: int, lex: TitleLexicon) -> str | None:
    """The title lemma of token ``k`` read in its context: a participle used as a noun heads a
    title when an instrumental complement follows it ("Петров, управляющий компанией",
    "заведующая отделением"), not when it qualifies a noun ("ведущий эксперт")."""
    governs = k + 1 < len(doc.toks) and doc.toks[k + 1].sent == doc.toks[k].sent and (
        doc.toks[k + 1].case == "ablt" or _unagreeing_complement(doc.toks[k], doc.toks[k + 1]))
    if not governs and _qualifies_title(doc, k, lex):
        return None
    lemma = _head_lemma(doc.toks[k], lex, governs)
    if lemma in lex.kin_titles and not trade_before(doc, k, lex.kin_titles[lemma]):
        return None  # "брата | бывшего президента": kin, unless "медицинского брата"
    return lemma


def _qualifies_title(doc: Doc, k: int, lex: TitleLexicon) -> bool:
    """Does an adjective that is a title by itself qualify the title noun right after it, with
    which it agrees ("военный | комиссар", "ученый | секретарь"; not "военный | Иван Петров")?"""
    if k + 1 >= len(doc.toks):
        return False
    t, nxt = doc.toks[k], doc.toks[k + 1]
    p = nxt.parse
    return nxt.sent == t.sent and p is not None and p.pos == "NOUN" and \
        p.normal.replace("ё", "е") in lex.titles and \
        any(q.pos in ADJECTIVES for q in t.parses) and adjective_agrees(t, nxt)


def _unagreeing_complement(word: Tok, nxt: Tok) -> bool:
    """A word after an adjective used as a noun that it cannot qualify: a name in Latin letters
    or quotes ("управляющим General Motors", "ведущей «This Week»"), a noun of another number
    ("ведущей церемоний")."""
    p, q = word.parse, nxt.parse
    if p is None or p.pos not in ("ADJF", "PRTF"):
        return False
    if nxt.text in QUOTES or nxt.text[:1].isascii() and nxt.text[:1].isalpha():
        return True
    return q is not None and q.pos == "NOUN" and ("sing" in p.grams) != ("sing" in q.grams) \
        and "plur" in q.grams and "Pltm" not in q.grams


# A prefix of a title word that means an adjective: "экс-министра" is "бывший министр".
_PREFIX_ADJECTIVES = {"экс-": "бывший"}


def _unprefixed(head: Tok, normal: str, morph: Morphology) -> str:
    """``normal`` with a prefixed head word spelled as adjective + noun in the nominative
    ("экс-министра энергетики" → "бывший министр энергетики"), so that the noun is the head."""
    low = head.text.lower()
    prefix = next((x for x in _PREFIX_ADJECTIVES if low.startswith(x)), None)
    if prefix is None:
        return normal
    # the head as the normal spells it: as written, or already put into the nominative
    written = next((w for w in normal.split() if w.lower().startswith(prefix)
                    and w[len(prefix):len(prefix) + 3].lower() == low[len(prefix):len(prefix) + 3]),
                   None)
    if written is None:
        return normal
    rest = written[len(prefix):]
    case = head.case if written == head.text else "nomn"
    parses = [p for p in morph.parse(rest.lower()) if p.pos == "NOUN" and p.known]
    if not parses:
        return normal
    p = next((q for q in parses if case in q.grams), parses[0])
    number = "plur" if "plur" in p.grams else "sing"
    noun = morph.inflect(p, {"nomn", number})
    adj_parse = next((q for q in morph.parse(_PREFIX_ADJECTIVES[prefix]) if q.pos == "ADJF"),
                     None)
    want = {"nomn", number}
    if number == "sing":
        want.add("femn" if "femn" in p.grams and "ms-f" not in p.grams else "masc")
    adj = morph.inflect(adj_parse, want) if adj_parse is not None else None
    if not noun or not adj:
        return normal
    spelled = restore_case(adj, written) + " " + restore_case(noun, rest)
    return normal.replace(written, spelled, 1)


def _abbreviation_dot(doc: Doc, k: int, lex: TitleLexicon) -> bool:
    """The dot of a dotted abbreviation inside the sentence ("в мэрии г. | Перми", "в 2010 г. |
    работал"; data/title_cues.txt dotted): no stop between a subject and its predicate."""
    return doc.toks[k].text == "." and k > 0 and doc.toks[k - 1].low in lex.dotted and \
        k + 1 < len(doc.toks) and doc.toks[k + 1].sent == doc.toks[k].sent


def _unnamed_adjective(tok: Tok) -> bool:
    """Is every reading of ``tok`` an adjective's and none a person's name ("Экибастузского";
    not "Достоевского", a surname too)?"""
    return bool(tok.parses) and all(p.pos == "ADJF" and not _NAME_PARTS & p.grams
                                    for p in tok.parses)


_NAME_PARTS = frozenset({"Name", "Surn", "Patr"})


def _can_continue(tok: Tok, quoted: set[int]) -> bool:
    """May ``tok`` be part of a title phrase (a complement or the head)?"""
    if tok.i in quoted or tok.text in QUOTES:
        return True
    if tok.text in _STOP_TEXT:
        return False
    if tok.ner == "PER" and not place_not_person(tok) and not _unnamed_adjective(tok):
        return False  # (a town the NER took for a person goes on: "директор библиотеки Искитима";
        # so does a place's adjective: "сестра Экибастузского родильного дома")
    p = tok.parse
    if p is None:
        return tok.is_word()
    if tok.ner == "ORG" and tok.text.isupper() and len(tok.text) > 1:
        return True  # an abbreviation the dictionary misreads: "МОК" (мокнуть), "ВОЗ" (везти)
    if p.pos == "CONJ":
        return tok.low in _ALLOWED_CONJ
    if p.pos in _STOP_POS or tok.low in _ADVERBIAL_PREPS:
        return False
    # an adverb is no part of a title ("председателем уже в третий раз стал …"), but for the
    # one of an acting title ("временно исполняющий обязанности") and one of degree before an
    # adjective ("лидер крайне правой партии")
    return p.pos != "ADVB" or tok.low in _ACTING_ADVERBS or tok.low in _degree_adverbs()


@cache
def _degree_adverbs() -> frozenset[str]:
    return frozenset(lines("degree_adverbs.txt"))


# A title head is animate: its accusative is its genitive, whichever of the two the tagger read
# for the head and for its adjective ("бывшего | министра").
_ANIMATE_OBJECT = frozenset({"gent", "accs"})


def _with_adjectives(doc: Doc, head: int, limit: int, either_object: bool = False) -> int:
    """Extend a title head leftwards over the adjectives agreeing with it, joined by "и" too
    ("чрезвычайный и полномочный посол"), up to an age ("61-летняя певица": the age says
    nothing of the post; data/age_adjectives.txt). ``either_object``: a genitive and an
    accusative agree."""
    k = head
    case = doc.toks[head].case

    def agrees(t: Tok) -> bool:
        p = t.parse
        return p is not None and p.pos in ("ADJF", "PRTF") and _age_word(t) is None and \
            (not case or t.case == case or either_object and {t.case, case} == _ANIMATE_OBJECT)

    while k - 1 >= limit:
        if agrees(doc.toks[k - 1]):
            k -= 1
        elif k < head and k - 2 >= limit and doc.toks[k - 1].low == "и" and \
                agrees(doc.toks[k - 2]):
            k -= 2  # "чрезвычайный и | полномочный посол": adjectives joined by "и"
        else:
            break
    return k


_CASE_GRAMS = {"nomn": "nomn", "gent": "gent", "gen2": "gent", "datv": "datv", "accs": "accs",
               "acc2": "accs", "ablt": "ablt", "loct": "loct", "loc2": "loct", "voct": "nomn"}
_NOUN = frozenset({"NOUN"})


def plural_reading(t: Tok, case: str | None = None) -> bool:
    """Has the word a plural reading in ``case`` (any case when None), whatever the tagger read
    ("учителя": a nominative plural too)?"""
    return any("plur" in p.grams and (case is None or case in p.grams) for p in t.parses)


def plural_over_list(doc: Doc, head: Tok, last: int, case: str | None = None) -> bool:
    """May the title head be a plural over names listed together, the first of them ending at
    token ``last`` (a comma or "и", then a name), by a plural reading in ``case`` (any when
    None), whatever case the tagger read ("Подготовили победителей | учителя | Ирина …, Андрей
    …", "Гонщицы | Анна Белова и Мария Росси")?"""
    toks = doc.toks
    return last + 1 < len(toks) and toks[last].low in (",", "и") and \
        toks[last + 1].ner == "PER" and plural_reading(head, case)


def _head_cases(tok: Tok) -> frozenset[str]:
    """The cases a title head may stand in: those of its singular noun forms, as agreement
    reads them (every case for a word pymorphy3 does not know, or an indeclinable one)."""
    return frozenset(f[0] for f in forms(tok, _NOUN) if f[2] == "sing") or ALL_CASES


def _cases(tok: Tok) -> frozenset[str]:
    """Every case the word's singular noun readings allow, guessed readings too (all cases when
    it has none): the evidence a name's words give (pymorphy3 guesses most of them), and a
    title head's when its case must be read, not just allowed."""
    out = frozenset(_CASE_GRAMS[g] for p in tok.parses if p.pos == "NOUN" and "plur" not in p.grams
                    for g in p.grams if g in _CASE_GRAMS)
    return out or ALL_CASES


def _name_cases(toks: list[Tok]) -> frozenset[str]:
    """The cases every word of a name allows; when its words disagree (an indeclinable
    "Лаззат" the morphology takes for a nominative), those of its first word when that is a
    first name the dictionary knows ("Анны Франк": a genitive), else all. A woman's name
    ending in a hard consonant does not decline ("Айгүл Серікқызы", "Жанар Нурлановне",
    "Раушан Кадырбаевой"), nor one the dictionary reads as a man's ("Сауле Бисеновой"): the
    cases the morphology gives it, a man's noun, say nothing."""
    womans = any(_WOMANS_PATRONYMIC.search(t.text) or _feminine_surname(t) for t in toks[1:]
                 if t.is_word())
    foreign = any(_fixed_first_name(t) for t in toks)
    out = ALL_CASES
    for t in toks:
        if t.is_word() and not _unknown_indeclinable(t, foreign) and not t.is_initial() and \
                not (womans and (t.low[-1:] in HARD_CONSONANTS or _mans_name(t))):
            out = out & _cases(t)
    return out or _first_name_cases(toks) or ALL_CASES


def _feminine_surname(tok: Tok) -> bool:
    """Is every reading of the word as a person's a woman's, one of them a surname's
    ("Кадырбаевой", "Нуртазиной"), or, with no such reading, every adjective reading feminine
    ("Бисеновой", which the morphology guesses as an adjective)? Then the first name before it
    is a woman's, and one that reads as a man's name or ends in a hard consonant does not
    decline ("Раушан Кадырбаевой", "Сауле Бисеновой"), whatever case a man's name so spelled
    would have."""
    people = [p for p in tok.parses if p.pos == "NOUN" and _NAME_OR_SURNAME & p.grams]
    if people:
        return all("femn" in p.grams for p in people) and any("Surn" in p.grams for p in people)
    adjectives = [p for p in tok.parses if p.pos == "ADJF"]
    return bool(adjectives) and all("femn" in p.grams for p in adjectives)


_NAME_OR_SURNAME = frozenset({"Surn", "Name"})  # (a patronymic reading tells no surname)


def _mans_name(tok: Tok) -> bool:
    """Does the dictionary read the word only as a man's first name ("Раушан", "Сауле" as a
    case form of "Саул")?"""
    names = [p for p in tok.parses if p.pos == "NOUN" and "Name" in p.grams]
    return bool(names) and all("masc" in p.grams for p in names)


def _unknown_indeclinable(tok: Tok, foreign: bool = False) -> bool:
    """A foreign name word ending in a vowel no Russian case ending of a name has ("Сальвини",
    "Пинотто") that the dictionary does not know: the cases the morphology guesses for it
    ("сальвини", a plural) say nothing. Not "Чэню", "Кустурице", "Суходольского": case forms.
    With ``foreign`` (an indeclinable first name beside it: "Антонио Конте"), one in "е" too."""
    endings = _FOREIGN_ENDINGS | {"е"} if foreign else _FOREIGN_ENDINGS
    return tok.low[-1:] in endings and not tok.low.endswith(_ADJECTIVE_GENITIVES) and \
        not any(q.known for q in tok.parses)


def _fixed_first_name(tok: Tok) -> bool:
    """Does the dictionary know the word only as an indeclinable first name ("Антонио",
    "Джузеппе")?"""
    names = [p for p in tok.parses if p.pos == "NOUN" and "Name" in p.grams]
    return bool(names) and all(p.known and "Fixd" in p.grams for p in names)


_FOREIGN_ENDINGS = frozenset("иоэ")
_ADJECTIVE_GENITIVES = ("ого", "его")


def _first_name_cases(toks: list[Tok]) -> frozenset[str]:
    """The cases of the known first-name readings of a name's first word ("Анны": the
    genitive); none when it has no such reading or is spelled like an indeclinable one."""
    t = toks[0] if toks else None
    if t is None or t.low[-1:] in _INDECLINABLE_ENDINGS:
        return frozenset()
    return frozenset(_CASE_GRAMS[g] for p in t.parses
                     if p.pos == "NOUN" and p.known and "Name" in p.grams and "plur" not in p.grams
                     for g in p.grams if g in _CASE_GRAMS)


_INDECLINABLE_ENDINGS = frozenset("еиоуэю")


_ACTING_WORD = "обязанности"
_ACTING_ADVERBS = {"временно"}


def _acting_words(doc: Doc, k: int) -> int | None:
    """When "[временно] исполняющий обязанности" starts at token ``k`` (in any case), the
    token after it; else None."""
    if k < len(doc.toks) and doc.toks[k].low in _ACTING_ADVERBS:
        k += 1
    if k + 1 >= len(doc.toks) or doc.toks[k + 1].low != _ACTING_WORD or \
            not doc.toks[k].has_lemma("исполнять") or doc.toks[k].sent != doc.toks[k + 1].sent:
        return None
    return k + 2


def _acting_before(doc: Doc, first: int) -> int | None:
    """The first token of "[временно] исполняющий обязанности" ending right before ``first``."""
    for n in (3, 2):
        if first - n >= 0 and _acting_words(doc, first - n) == first:
            return first - n
    return None


def _acting_normal(doc: Doc, span: _Span, morph: Morphology) -> str | None:
    """The normal of an acting title spelled out: "исполняющим обязанности министра" →
    "исполняющий обязанности министра" (the title stays a genitive complement)."""
    rest = _acting_words(doc, span.first)
    if rest is None or rest >= span.last:
        return None
    toks = doc.toks[span.first:rest]
    words = [t.text for t in toks]
    verb = toks[-2]
    p = next((q for q in verb.parses if q.pos == "PRTF" and q.normal == "исполнять"), None)
    if p is not None:
        gender = "femn" if "femn" in p.grams else "masc"
        word = morph.inflect(p, {"nomn", "sing", gender})
        if word:
            words[-2] = restore_case(word, verb.text)
    tail = doc.norm[doc.toks[rest].start:doc.toks[span.last - 1].stop]
    return " ".join(words) + " " + guillemets(tail)


def _acting_abbreviation(doc: Doc, k: int, lex: TitleLexicon) -> int:
    """The length of an abbreviated acting phrase of data/title_cues.txt starting at token
    ``k`` ("и. о.", "врио": case-less, so a genitive title follows it after a verb); 0 if
    none."""
    for p in lex.acting:
        if p[-1] != "обязанности" and tuple(t.low for t in doc.toks[k:k + len(p)]) == p:
            return len(p)
    return 0


def _acting(doc: Doc, head: int, lex: TitleLexicon) -> bool:
    """Is the title at ``head`` held as an acting one ("и. о. главы", "врио губернатора")?"""
    first = _with_adjectives(doc, head, 0)
    return any(tuple(t.low for t in doc.toks[max(0, first - len(p)):first]) == p
               for p in lex.acting)


def _age_word(tok: Tok) -> str | None:
    """The gender of an age adjective ("41-летний", "семидесятилетняя"; not "летний", of
    summer), or None."""
    p = tok.parse
    if p is None or p.pos != "ADJF" or "plur" in p.grams or \
            not p.normal.endswith(_age_endings()) or p.normal in _age_endings():
        return None
    return "Fem" if "femn" in p.grams else "Masc"  # "50-летнего" reads neuter too


@cache
def _age_endings() -> tuple[str, ...]:
    return tuple(lines("age_adjectives.txt"))


@cache
def _time_words() -> dict[str, frozenset[str]]:
    rows = table("time_adverbials.txt", 2)
    return {role: frozenset(w for w, r in rows if r == role)
            for role in ("opens", "inside", "span", "month")}


def _date_end(doc: Doc, k: int, stop: int) -> int:
    """The token after a date with no preposition at token ``k`` ("28 июня", "5 мая 2010
    года"); ``k`` when none starts there."""
    toks = doc.toks
    if not (k + 1 < stop and toks[k].text.isdigit() and len(toks[k].text) <= 2 and
            toks[k + 1].lemma in _time_words()["month"]):
        return k
    j = k + 2
    if j < stop and toks[j].text.isdigit() and len(toks[j].text) == 4:
        j += 1
        while j < stop and (toks[j].lemma in ("год", "г") or toks[j].text == "."):
            j += 1
    return j


def _time_inside(t: Tok, words: dict[str, frozenset[str]]) -> bool:
    """A word a time adverbial goes on over after its first: a dash, a dot, a year word."""
    return t.text in (".", "-", "–", "—") or t.lemma in words["inside"] or t.low in words["inside"]


def _time_tail(doc: Doc, first: int, end: int) -> int:
    """Where a time adverbial that ends the tokens [first, end) starts ("руководитель театра |
    в 1987–1994 годах", "министр | с 1986 по 2002 год"): words that open one, numbers, dashes,
    dots and year words only, a number after the opening word; ``end`` when there is none."""
    words = _time_words()
    k, number, start = end - 1, False, end
    while k > first:
        t = doc.toks[k]
        if any(c.isdigit() for c in t.text):
            number = True
        elif t.low in words["opens"] and number:
            start = k
        elif not _time_inside(t, words):
            break
        k -= 1
    return start


def _past_time(doc: Doc, k: int) -> int:
    """The token after a time adverbial that starts at ``k`` ("в 1988—1998 годах | ,"), or
    ``k`` when none starts there."""
    words, toks = _time_words(), doc.toks
    if k >= len(toks) or toks[k].low not in words["opens"]:
        return k
    j, number = k + 1, False
    while j < len(toks) and toks[j].sent == toks[k].sent:
        t = toks[j]
        if any(c.isdigit() for c in t.text):
            number = True
        elif not (_time_inside(t, words) or t.low in words["opens"]):
            break
        j += 1
    return j if number else k


# the words before a length of time: "последние | два | года"
_MAX_DURATION_WORDS = 3


def _past_duration(doc: Doc, k: int) -> int:
    """The token after a length of time with no preposition that starts at ``k``, a number or
    an adjective before its noun (data/time_adverbials.txt span: "последние два года", "три
    месяца", "10 лет"), in the sentence; ``k`` when none starts there."""
    toks, j = doc.toks, k
    while j < len(toks) and j - k < _MAX_DURATION_WORDS and toks[j].sent == toks[k].sent and (
            toks[j].text.isdigit() or toks[j].pos in ("ADJF", "NUMR")):
        j += 1
    if j == k or j >= len(toks) or toks[j].sent != toks[k].sent or \
            toks[j].pos != "NOUN" or toks[j].lemma not in _time_words()["span"]:
        return k
    return j + 1
