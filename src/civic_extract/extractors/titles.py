"""Titles: the position or role phrases standing next to a person's name.

A title phrase starts at a head noun from ``data/titles.txt`` (with the adjectives agreeing with
it: "региональный представитель") and runs over its complements up to the name; verbs,
punctuation, other names, and a preposition left of an already found head end it.

The tables, in the order they run:

``RULES`` (each a ``TitleRule`` whose ``window`` says how many sentences before the title's own
its person's name may stand; ``WINDOWS`` maps the names):
  before_name        "аким области Ермек Маржикпаев"; stacked: "глава региона председатель
                     филиала партии Гали Искалиев" (two titles)
  name_complement    "первый заместитель Клишаса Людмила Бокова" (the genitive name belongs to
                     the title of the name after it)
  chained_before     "председатель альянса …, депутат городского маслихата Анар Изден"
  list_opener        "членам Общественной палаты: Светлане Аристовой, …" (the first name)
  dash_title         "Министр обороны — Иван Петров"
  before_comma       "Бывший спикер палаты, Нэнси Пелоси, …"
  inverse_predicate  "Главой комитета назначен Иван Петров"
  list_over_names    "…: Светлане Аристовой, Николаю Бухавцеву" (the names after the first)
  after_relative     "Петров, который стал министром"
  after_participle   "Петров, работавший юристом", "Петров, исполняющий обязанности главы"
  after_name         "Бану Нургазиева, президент Гражданского альянса", "(директор школы)"
  predicate          "Иванов стал министром", "занял пост министра финансов"
  object_predicate   "назначил Ивана Петрова главой комитета"
  pronoun_subject    "… Петров. В 1981 году он был назначен епископом" (two sentences back)
  no_subject         "… Петров. Стал генералом, работал министром"
  dash_biography     "… Петров. С 2008 года — первый заместитель министра"
  verbless_biography "… Петров. Генерал-полковник.", "С 2005 года депутат парламента." (a
                     sentence with no verb and no name, a title after an adverbial)
  subject_title      "… Петров. Министр заявил…" (one sentence back)
  inner_subject      "… Петров. В 2020 году меценат построил…" (after an adverbial)
  coordinated        "Петров был членом и секретарем совета", "работал инженером, дизайнером"
                     (the titles after a predicate's)
  age_title          "… Петрова нашли дома. 41-летний музыкант …" (a bare title after an age
                     adjective: the person named last, in any case, two sentences back)
  one_of             "Петров, один из руководителей компании", "является одним из директоров"
  post_phrase        "Петров подал в отставку с поста министра", "назначит Петрова на пост
                     директора" (the person named right after the title, else last before it
                     in its sentence; not one who gives or seeks the post: post_giver)
  given_title        "Президент назначил министром обороны Ивана Петрова" (the title a
                     transitive title verb gives its object named after the title)
  succession         "Петрова сменила на посту министра Иванова", "На посту директора его
                     сменит Петров" (the subject of a succession verb holds the post named);
                     "стал мэром, сменив на этом посту Иванова" (the object holds the post
                     the sentence predicates of the subject)
  titled_list        "три священника: доктор богословия, епископ Петров и …" (a plural title
                     over a list of names with titles of their own)
  predecessor        "назначен министром вместо Иванова" (the name after "вместо" held the post
                     the sentence predicates of someone else)
  joined_heads       "…, издатель и главред журнала" (the second head of a title found, also
                     of a link title: "основатель и директор центра")
  others_of_list     "Шишкина, Левитана и других художников" (every name of the list)
  description        "… Пугачёва. Зрители аплодировали певице" (a bare vocation of
                     data/epithet_titles.txt, in any case: the person named last, two
                     sentences back, of no clashing gender, named most in the block)
  plural_description "… Петров, Смирнов и Белова. Работы троих учёных…" (a bare plural
                     vocation: each person named together last before it, when a count word
                     counts them or it opens the next sentence as its subject)
  headline_title     "Глава завода арестован" on the first line, then "Иван Петров задержан…"
                     (a bare title subject of a headline naming nobody: the person the lead
                     names first, in its first two sentences, when the text names them most)
The rules from ``after_relative`` on skip tokens an earlier title claimed.

``VETOES``: gender_clash ("актриса" of a man), kin ("член семьи": a family tie), running_for
("выдвинут в президенты"), sought_post ("бороться за пост премьера"), possessor
("представители Путина": a plural title of the genitive name's people), link_title
("основатель", "уроженец": the title claims its tokens but is not reported).

Per person, the first rule that decides wins: ``_BEFORE_NAME`` (before_name, list_opener,
dash_title, before_comma), ``_AFTER`` (after_relative, after_participle, after_name),
``_PREDICATE`` (predicate, object_predicate). ``_NOT_APPOSITION`` says why the words before a
name are no title of it. ``ROLE_RULES`` (bare_role): a title phrase of data/coref_titles.txt with
no name ("глава региона"), which the linker gives to a person named before.

A title word joining a post and an affiliation ("президент-республиканец") is the title of the
post and the status of the affiliation (data/title_compounds.txt).

The cue words are data: data/title_cues.txt, with titles.txt, not_titles.txt, link_titles.txt,
title_verbs.txt, relation_words.txt, membership.txt and coref_titles.txt (``TitleLexicon``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TypeVar

from ..agreement import ALL_CASES, forms
from ..data import lines, table
from ..document import Doc, Tok
from ..lexicon import TitleLexicon
from ..rules import Rule, Trace, Veto, first_match, run
from ..text.morph import Morphology
from .people import PersonCandidate
from .phrase import QUOTES, as_written, guillemets, nominative, outside_parentheses, restore_case

__all__ = ["TitleCandidate", "RoleMention", "TitleRule", "extract_titles", "role_mentions",
           "RULES", "VETOES", "ROLE_RULES", "WINDOWS"]

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


@cache
def _substantives() -> tuple[tuple[str, str], ...]:
    """(stem, masculine lemma) of data/substantive_titles.txt ("ведущ", "ведущий")."""
    return tuple((w[:-2], w) for w in lines("substantive_titles.txt"))


_ADJECTIVE_ENDING = re.compile(r"^(?:ий|его|ему|им|ем|ая|ей|ую|ею)$")


def _substantive(tok: Tok, lex: TitleLexicon, governs: bool = False) -> str | None:
    """The title lemma of an adjective or participle the tagger reads as a noun ("ведущего
    КВН", "управляющий фонда"; not "ведущий эксперт"), or that ``governs`` an instrumental
    ("управляющий компанией"): data/substantive_titles.txt."""
    if tok.tag.pos not in ("NOUN", "PROPN") and not governs:
        return None
    for stem, lemma in _substantives():
        if tok.low.startswith(stem) and _ADJECTIVE_ENDING.match(tok.low[len(stem):]):
            feminine = stem + "ая"
            if tok.tag.get("Gender") == "Fem" and feminine in lex.titles:
                return feminine
            return lemma if lemma in lex.titles else None
    return None


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
    governs = k + 1 < len(doc.toks) and doc.toks[k + 1].case == "ablt" and \
        doc.toks[k + 1].sent == doc.toks[k].sent
    return _head_lemma(doc.toks[k], lex, governs)


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


def _can_continue(tok: Tok, quoted: set[int]) -> bool:
    """May ``tok`` be part of a title phrase (a complement or the head)?"""
    if tok.i in quoted or tok.text in QUOTES:
        return True
    if tok.text in _STOP_TEXT:
        return False
    if tok.ner == "PER":
        return False
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


def _with_adjectives(doc: Doc, head: int, limit: int) -> int:
    """Extend a title head leftwards over the adjectives agreeing with it, joined by "и" too
    ("чрезвычайный и полномочный посол"), up to an age ("61-летняя певица": the age says
    nothing of the post; data/age_adjectives.txt)."""
    k = head
    case = doc.toks[head].case

    def agrees(t: Tok) -> bool:
        p = t.parse
        return p is not None and p.pos in ("ADJF", "PRTF") and not (case and t.case != case) \
            and _age_word(t) is None

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
    first name the dictionary knows ("Анны Франк": a genitive), else all."""
    out = ALL_CASES
    for t in toks:
        if t.is_word():
            out = out & _cases(t)
    return out or _first_name_cases(toks) or ALL_CASES


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


def _abbreviated_acting_normal(c: _Ctx, span: _Span) -> str | None:
    """The normal of a title an abbreviated acting phrase opens: as written, the title staying
    a genitive complement ("и. о. министра транспорта")."""
    n = _acting_abbreviation(c.doc, span.first, c.lex)
    if not n or span.first + n >= span.last:
        return None
    toks, norm = c.doc.toks, c.doc.norm
    lead = norm[toks[span.first].start:toks[span.first + n - 1].stop]
    return lead + " " + guillemets(norm[toks[span.first + n].start:toks[span.last - 1].stop])


def _acting(doc: Doc, head: int, lex: TitleLexicon) -> bool:
    """Is the title at ``head`` held as an acting one ("и. о. главы", "врио губернатора")?"""
    first = _with_adjectives(doc, head, 0)
    return any(tuple(t.low for t in doc.toks[max(0, first - len(p)):first]) == p
               for p in lex.acting)


# -- the words before a name --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Scan:
    """The words before token ``start`` a title may span, from ``left``: ``heads`` are the title
    heads among them, nearest to ``start`` first; ``crossed``: a preposition stands between
    ``start`` and the nearest head."""

    start: int
    left: int
    heads: tuple[int, ...]
    crossed: bool


_ENUMERATED_CASES = frozenset({"gent", "datv", "ablt", "loct"})


def _enumeration_comma(doc: Doc, k: int, first: int, lex: TitleLexicon) -> bool:
    """A comma between two nouns of one oblique case inside a complement: "начальник управления
    по физической культуре, спорту и работе с молодежью", "министр культуры, спорта и туризма"
    (not the comma before an apposition: "директор школы, Иван Петров", nor one between two
    titles)."""
    if doc.toks[k].text != "," or k - 1 < first or k + 1 >= len(doc.toks):
        return False
    a, b = doc.toks[k - 1], doc.toks[k + 1]
    shared = {a.case} & {b.case} & _ENUMERATED_CASES
    return bool(shared) and all(
        t.pos == "NOUN" and t.ner is None and t.text.islower() and not _head_lemma(t, lex)
        for t in (a, b))  # two title heads ("врачам, учителям") are two titles


def _prepositional_enumeration(doc: Doc, k: int, first: int, lex: TitleLexicon) -> bool:
    """A comma between two prepositional phrases of one case inside a complement: "директор
    … в России, на Украине и в Казахстане" (the noun before the comma follows its preposition;
    a preposition and a noun of that case follow the comma)."""
    if doc.toks[k].text != "," or k - 2 < first or k + 2 >= len(doc.toks):
        return False
    a, prep, b = doc.toks[k - 1], doc.toks[k + 1], doc.toks[k + 2]
    before = doc.toks[k - 2]
    return prep.pos == "PREP" and before.pos == "PREP" and a.case is not None and \
        a.case == b.case and a.case != "nomn" and a.ner != "PER" and b.ner != "PER" and \
        not _head_lemma(a, lex) and not _head_lemma(b, lex)


def _dotted(doc: Doc, k: int, lex: TitleLexicon) -> bool:
    """The dot of an abbreviation a name follows ("совета г. | Алматы", "школы им. Абая"), or
    of a shortened title head its complement follows ("зав. | кафедрой", "зам. | министра")."""
    return doc.toks[k].text == "." and k > 0 and doc.toks[k - 1].low in lex.dotted and \
        k + 1 < len(doc.toks) and (doc.toks[k + 1].text[:1].isupper() or
                                   doc.toks[k - 1].low in lex.titles) and \
        doc.toks[k + 1].sent == doc.toks[k].sent


def _title_run_in(doc: Doc, k: int, start: int, lex: TitleLexicon) -> bool:
    """A title head right before a full name that the NER ran into it ("Аким | Ерболат
    Досаев": the people extractor leaves it out of the name); not a capitalized word inside a
    sentence, nor before a lone name ("Папа Франциск", "Король Лир": names of their own)."""
    t = doc.toks[k]
    full = start + 1 < len(doc.toks) and doc.toks[start + 1].ner == "PER" and \
        doc.toks[start + 1].is_word()
    opening = k == doc.sents[t.sent].first or t.text[:1].islower()
    return k == start - 1 and t.ner == "PER" and full and opening and bool(_head_lemma(t, lex))


def _scan(doc: Doc, start: int, lex: TitleLexicon, quoted: set[int],
          holder: tuple[int, int] | None) -> _Scan:
    sent = doc.sents[doc.toks[start].sent]
    k = start - 1
    heads: list[int] = []
    crossed = False
    while k >= sent.first and start - k <= _MAX:
        t = doc.toks[k]
        opening = _bracket_opening(doc, k, sent.first, lex) if t.text == ")" else None
        if opening is not None:  # "глава администрации (ПНА) Махмуд Аббас"
            k = opening - 1
            continue
        if not _can_continue(t, quoted) and not _enumeration_comma(doc, k, sent.first, lex) \
                and not _prepositional_enumeration(doc, k, sent.first, lex) \
                and not _title_run_in(doc, k, start, lex) and not _dotted(doc, k, lex):
            break
        prep = t.parse is not None and t.parse.pos == "PREP" and t.i not in quoted
        if prep and heads and _candidacy_complement(doc, k, lex):
            heads = [h for h in heads if h < k]  # "кандидат | в президенты США": its post
            k -= 1
            continue
        if prep and heads and not _stacked_over(doc, k, heads[-1], sent.first, lex, quoted):
            break  # "президент … из рук губернатора Ивана": the head nearest the name wins
        crossed = crossed or prep
        if holder is not None and not heads and t.i not in quoted and (
                k == start - 1 and prep or t.low in _ALLOWED_CONJ
                and doc.toks[k + 1].lemma.replace("ё", "е") in lex.not_titles
                and not _oblique_complement(doc, k + 1, holder[0])):
            break  # "эксперты … на Ли Пэна", "премьер-министр и мисс Саймондс": the words
            # before the name are no apposition to it
        if t.i not in quoted and _head_at(doc, k, lex):
            heads.append(k)
        k += -1
    return _Scan(start, k + 1, tuple(heads), crossed)


def _candidacy_complement(doc: Doc, k: int, lex: TitleLexicon) -> bool:
    """Does the preposition at token ``k`` open the post a candidacy word right before it runs
    for (data/title_cues.txt: candidacy): "кандидат в президенты", "кандидата на должность
    акима"?"""
    if k < 1 or k + 1 >= len(doc.toks) or doc.toks[k - 1].lemma not in lex.candidacies:
        return False
    after = doc.toks[k + 1]
    return doc.toks[k].low in _INTO and _plural_read(after) or \
        doc.toks[k].low == "на" and after.lemma in lex.post_words


def _oblique_complement(doc: Doc, k: int, name: int) -> bool:
    """Is the word at ``k`` after "и" a genitive the name's case rules out, a noun of a
    complement ("глава комитета по делам семьи и детей Елена …"), not an apposition to the
    name ("премьер-министр и мисс Саймондс")?"""
    return doc.toks[k].case == "gent" and doc.toks[name].case not in ("gent", "accs") and \
        "gent" not in _name_cases(doc.toks[name:name + 1])


_MAX_BRACKETED = 6


def _bracket_opening(doc: Doc, k: int, first: int, lex: TitleLexicon) -> int | None:
    """The "(" of a short bracketed aside closed at token ``k`` inside a title, naming no
    person and no title (an abbreviation or a name as written abroad: "(ПНА)", "(Human Rights
    Foundation)"; not "Йоахим Лёв (второй тренер) и …": an aside of the name before it)."""
    for j in range(k - 1, max(first, k - _MAX_BRACKETED - 1) - 1, -1):
        t = doc.toks[j]
        if t.text == "(":
            return j if first < j < k - 1 and doc.toks[j - 1].ner != "PER" else None
        if t.ner == "PER" or t.text in (")", ".", ";") or _head_lemma(t, lex):
            return None
    return None


def _stacked_over(doc: Doc, k: int, head: int, first: int, lex: TitleLexicon,
                  quoted: set[int]) -> bool:
    """Does a title head in the case of ``head`` stand before the preposition at ``k``, with
    only words a title may span between, itself opening its clause: "Глава правящего в Египте
    совета маршал Хусейн Тантави" (two stacked titles; not "президент вручил из рук
    губернатора Ивана", where the cases differ)?"""
    case = doc.toks[head].case
    for j in range(k - 1, max(first, k - _MAX) - 1, -1):
        t = doc.toks[j]
        if not _can_continue(t, quoted) or t.parse is not None and t.parse.pos == "PREP":
            return False
        if t.case == case and _head_lemma(t, lex) and not _plural(t):
            start = _with_adjectives(doc, j, first)
            return _clause_start(doc, start) or _after_joint(doc, start, lex) or \
                _after_adverbial(doc, start)
    return False


@dataclass(frozen=True, slots=True)
class _Holder:
    """The name [first, last) the words before it are scanned for."""

    doc: Doc
    lex: TitleLexicon
    first: int
    last: int

    def cases(self) -> frozenset[str]:
        return _name_cases(self.doc.toks[self.first:self.last])


def _behind_preposition(h: _Holder, s: _Scan) -> bool:
    """"чиновник из команды Путина": the name is a genitive complement behind a preposition
    (an apposition agrees in case with the name: "корреспондентом «…» лидер … Александр")."""
    toks = h.doc.toks
    return s.crossed and toks[h.first].case == "gent" and toks[s.start - 1].case == "gent" and \
        not _head_cases(toks[s.heads[0]]) & h.cases() - {"nomn"} and not _full_nominative(h, s)


def _full_nominative(h: _Holder, s: _Scan) -> bool:
    """A name of two words or more, each of which may be a nominative, after a nominative title
    head: "Председатель Комитета по делам гражданского общества Алия Галимова" (a caption the
    tagger reads in the genitive; "из команды Путина", "Дональда Трампа" are genitives)."""
    words = [t for t in h.doc.toks[h.first:h.last] if t.is_word()]
    return len(words) >= 2 and all("nomn" in _cases(t) for t in words) and \
        "nomn" in _head_cases(h.doc.toks[s.heads[-1]])


def _no_shared_case(h: _Holder, s: _Scan) -> bool:
    """No case the head and the name could share: "представитель Обамы" (the name is the
    complement of the title), "дочь капитана Ханна" (the title is the complement of another
    word)."""
    toks = h.doc.toks
    case = toks[h.first].case
    return not any(toks[x].case == case for x in s.heads) and \
        not _acting(h.doc, s.heads[0], h.lex) and not _acting_agrees(h, s.heads[0]) and \
        not _head_cases(toks[s.heads[0]]) & h.cases()


def _acting_agrees(h: _Holder, head: int) -> bool:
    """Is the title at ``head`` held as an acting one by a participle in the name's case
    ("исполнявшему обязанности главы района Ивану Петрову"; not "сын исполняющего
    обязанности губернатора Иван Петров")?"""
    k = _acting_before(h.doc, _with_adjectives(h.doc, head, 0))
    if k is None:
        return False
    k += h.doc.toks[k].low in _ACTING_ADVERBS
    t = h.doc.toks[k]
    cases = {t.case} if t.case is not None else \
        {_CASE_GRAMS[g] for p in t.parses for g in p.grams if g in _CASE_GRAMS}
    name = h.doc.toks[h.first].case
    names = h.cases() if name is None else {name}
    return bool({_ANIMATE_ACCUSATIVE.get(c) for c in cases} &
                {_ANIMATE_ACCUSATIVE.get(c) for c in names})


def _after_relation_word(h: _Holder, s: _Scan) -> bool:
    """"дочь президента Иванка Трамп": the title is the father's (a name whose ends are
    genitives is the title's holder: "брат лидера Ким Чен Ына")."""
    toks = h.doc.toks
    lead = _with_adjectives(h.doc, min(s.heads), s.left) - 1
    ends = (toks[h.first], toks[h.last - 1])
    return lead >= 0 and toks[lead].lemma.replace("ё", "е") in h.lex.relation_words and \
        ("gent" not in h.cases() or toks[h.first].case == "nomn") and \
        not all(t.case == "gent" and "gent" in _cases(t) for t in ends)


# Why the title heads before a name are no title of it, in order.
_NOT_APPOSITION: tuple[Veto[_Holder, _Scan], ...] = (
    Veto("behind_preposition", _behind_preposition),
    Veto("no_shared_case", _no_shared_case),
    Veto("after_relation_word", _after_relation_word),
)


def _before(doc: Doc, start: int, lex: TitleLexicon, quoted: set[int],
            holder: tuple[int, int] | None = None) -> list[_Span]:
    """The titles ending right before token ``start``, left to right (stacked titles split).
    ``holder``: the tokens [first, last) of the name the titles are for (default: ``start``)."""
    s = _scan(doc, start, lex, quoted, holder)
    if s.heads and holder is not None and \
            any(v.holds(_Holder(doc, lex, *holder), s) for v in _NOT_APPOSITION):
        return []
    heads = list(s.heads)
    case = doc.toks[start if holder is None else holder[0]].case
    # titles and names are animate: their accusative is their genitive, whichever the tagger
    # read ("командующего округом генерал-полковника Сергея")
    form = _ANIMATE_ACCUSATIVE.get(case)
    agreeing = [h for h in heads if doc.toks[h].case == case or
                form is not None and _ANIMATE_ACCUSATIVE.get(doc.toks[h].case) == form]
    if heads and holder is not None and doc.toks[heads[-1]].case == "nomn" and \
            "nomn" in _name_cases(doc.toks[holder[0]:holder[1]]):
        # a name the tagger read in another case but that may be a nominative after a
        # nominative title ("Председатель совета директоров АО «…» Зауреш Аманжолова": a long
        # genitive chain before an unknown name sways the tagger)
        agreeing = [h for h in heads if doc.toks[h].case in (case, "nomn")]
    limit_left = None
    if case is not None and agreeing and len(agreeing) < len(heads):
        limit_left = min(agreeing)
        heads = [h for h in heads if h >= limit_left]
    if not heads:
        guess = _guessed_head(doc, start, s.left, lex)
        if guess is None:
            return []
        heads = [guess]
    return _stacked(doc, s, sorted(heads), limit_left)


def _stacked(doc: Doc, s: _Scan, heads: list[int], limit_left: int | None) -> list[_Span]:
    """The titles of ``heads`` (in text order): a later head in the same case as the first
    starts a title of its own."""
    case = _ANIMATE_ACCUSATIVE.get(doc.toks[heads[0]].case)
    starts = [heads[0]] + [h for h in heads[1:]
                           if _ANIMATE_ACCUSATIVE.get(doc.toks[h].case) == case
                           and (p := doc.toks[h - 1].parse) is not None and p.pos != "PREP"
                           and not _genitive_complement(doc, h, heads)]
    spans = []
    left = s.left if limit_left is None else _with_adjectives(doc, limit_left, s.left)
    for i, h in enumerate(starts):
        end = s.start if i + 1 == len(starts) else _with_adjectives(doc, starts[i + 1], h + 1)
        while end > h + 1 and (doc.toks[end - 1].low in ("и", ",") or
                               _age_word(doc.toks[end - 1]) is not None):
            end -= 1  # "писатель и | журналист": coordinated titles; "министр | 75-летний
            # Иван": the age describes the person, no word of the title
        spans.append(_Span(_with_adjectives(doc, h, max(left, s.left)), h, end))
    acting = _acting_before(doc, spans[0].first)
    if acting is not None and acting >= s.left:  # "исполняющий обязанности президента Иван"
        spans[0] = _Span(acting, spans[0].head, spans[0].last)
    return spans


def _genitive_complement(doc: Doc, h: int, heads: list[int]) -> bool:
    """Is the genitive head ``h`` the complement of the head right before it, over agreeing
    adjectives only ("заместителя премьер-министра Ивана Петрова", "помощника первого
    вице-президента …": one title, not two)?"""
    if doc.toks[h].case != "gent":
        return False
    k = _with_adjectives(doc, h, 0)
    return k - 1 in heads


_GUESS_WINDOW = 4


def _not_title_word(normal: str, lex: TitleLexicon) -> bool:
    """Is the lemma a word that is no title when guessed: data/not_titles.txt, or a word for
    where someone comes from (data/not_title_endings.txt: "ирландец", "москвичка")?"""
    word = normal.replace("ё", "е")
    return word in lex.not_titles or word.endswith(lex.not_title_endings)


def _guessed_head(doc: Doc, start: int, limit: int, lex: TitleLexicon) -> int | None:
    """A head the lexicon does not know: an animate common noun in the name's case within a
    few words before it ("авиатор Луи Блерио", "раввин синагоги Исорел Голстайн")."""
    case = doc.toks[start].case
    for k in range(start - 1, max(limit, start - _GUESS_WINDOW) - 1, -1):
        t = doc.toks[k]
        p = t.parse
        if p is None or p.pos != "NOUN" or "anim" not in p.grams or t.ner is not None:
            continue
        if {"Name", "Surn", "Patr", "Abbr"} & p.grams or not t.low.isalpha() and "-" not in t.low:
            continue
        if _not_title_word(p.normal, lex) or t.case != case:
            continue
        if "plur" in p.grams and k + 1 < start:
            continue
        return k
    return None


_CHAIN_JOINTS = frozenset({"а"})
_MAX_CHAIN_ADVERBS = 2


def _chain_comma(doc: Doc, first: int) -> int | None:
    """The comma that chains a title to the one starting at token ``first``, over "а" and
    adverbs of time ("…, а ныне член совета", "…, ныне депутат"), or None."""
    k = first - 1
    while k > 0 and first - 1 - k < _MAX_CHAIN_ADVERBS and (p := doc.toks[k].parse) is not None \
            and p.pos == "ADVB":
        k -= 1
    if k > 0 and doc.toks[k].low in _CHAIN_JOINTS:
        k -= 1
    if k < 0 or doc.toks[k].text != "," or doc.toks[k].sent != doc.toks[first].sent:
        return None
    return k


def _chain(doc: Doc, spans: list[_Span], lex: TitleLexicon, quoted: set[int]) -> list[_Span]:
    """Titles chained before ``spans`` by commas: "председатель альянса …, депутат … Имя",
    "бывший вице-президент компании, а ныне член Совета Федерации Имя"."""
    out = list(spans)
    for _ in range(_MAX_CHAIN):
        comma = _chain_comma(doc, out[0].first)
        if comma is None:
            break
        more = _before(doc, comma, lex, quoted)
        if not more or doc.toks[more[-1].head].case != doc.toks[out[0].head].case or \
                _plural(doc.toks[more[-1].head]) and not _plural_read(doc.toks[out[0].head]):
            break  # "представители власти, глава области Имя": the plural is other people
        out = more + out
    return out


# -- lists of names -----------------------------------------------------------------------------

_DASHES = {"—", "–"}
# a place of origin may follow a name inside a list: "Павлов из Москвы, Авченко из Владивостока"
_ORIGIN_PREPS = {"из"}


def _list_opener(doc: Doc, first: int, lex: TitleLexicon) -> tuple[int, bool] | None:
    """When the name at token ``first`` opens a list after a title (data/title_cues.txt), (the
    token the title must end before, whether the opener is a bare dash); else None."""
    sent_first = doc.sents[doc.toks[first].sent].first
    for opener in lex.list_openers:
        n = len(opener)
        if first - n <= sent_first or doc.toks[first - 1].low != opener[-1]:
            continue
        if tuple(t.low for t in doc.toks[first - n:first]) != opener:
            continue
        end = first - n
        if doc.toks[end - 1].text == "," and end - 1 > sent_first:
            end -= 1
        return end, opener[0] in _DASHES
    return None


def _list_gap(gap: list[Tok]) -> bool:
    """Do the tokens between two names only separate list items (an origin "из Москвы" kept
    with the name before)?"""
    k = 0
    while k < len(gap):
        t = gap[k]
        if t.low in _ORIGIN_PREPS and k + 1 < len(gap) and gap[k + 1].ner == "LOC":
            k += 1
            while k < len(gap) and gap[k].ner == "LOC":
                k += 1
            continue
        if t.low not in _LIST_SEPARATORS:
            return False
        k += 1
    return any(t.low in _LIST_SEPARATORS for t in gap)


def _list_owner(doc: Doc, people: tuple[PersonCandidate, ...], i: int) -> int | None:
    """For a person inside a list ("…: Светлане Аристовой, Николаю Бухавцеву"), the first
    person of the list; None when the person does not continue a list."""
    first = people[i].first_tok
    j = i
    while j > 0:
        before = j - 1
        while before > 0 and _in_brackets(doc, people[before]):
            before -= 1  # "Люсиль Гарсия (Lucile Garcia) и …": the name as written abroad
        prev = people[before]
        gap = outside_parentheses(doc.toks[prev.last_tok:first])
        if gap is None or not gap or not _list_gap(gap) or \
                doc.toks[prev.last_tok].sent != doc.toks[first].sent:
            break
        j = before
        first = prev.first_tok
    return j if j != i else None


def _in_brackets(doc: Doc, person: PersonCandidate) -> bool:
    """Does the name stand alone inside parentheses ("(Lucile Garcia)")?"""
    return person.first_tok > 0 and person.last_tok < len(doc.toks) and \
        doc.toks[person.first_tok - 1].text == "(" and doc.toks[person.last_tok].text == ")"


def _plural(tok: Tok) -> bool:
    return tok.parse is not None and "plur" in tok.parse.grams and \
        tok.tag.get("Number") == "Plur"


def _only_plural(tok: Tok, lex: TitleLexicon) -> bool:
    """Is every reading of the word as a title head plural ("акимы"; not the reading as a
    woman's name "Акима"), whatever the tagger says?"""
    heads = [p for p in tok.parses if p.pos == "NOUN" and p.normal.replace("ё", "е") in lex.titles]
    return bool(heads) and all("plur" in p.grams and "Pltm" not in p.grams for p in heads)


def _plural_read(tok: Tok) -> bool:
    """Is ``tok`` plural by the dictionary or by the tagger ("летчики-космонавты", a compound
    only one of them reads)?"""
    return tok.parse is not None and "plur" in tok.parse.grams or tok.tag.get("Number") == "Plur"


def _clause_start(doc: Doc, k: int) -> bool:
    """Does token k start a sentence or a clause (after a verb, a colon or a dash)?"""
    if k == doc.sents[doc.toks[k].sent].first:
        return True
    prev = doc.toks[k - 1]
    return prev.text in (":", "—", "–", "(") or (
        prev.parse is not None and prev.parse.pos in ("VERB", "PRTS", "INFN"))


_DASH_LEADS = {",", "а"}


def _dash_title(doc: Doc, span: _Span, name: int) -> bool:
    """Does a singular title before a dash name the person after it: "Министр обороны —
    Иван Петров", "директором стал Петров, а продюсером — Олег Смирнов"? The title opens its
    clause (or follows "а" or a comma) and agrees in case with the name, or is an
    instrumental whose verb is left out before a nominative name."""
    head, case = doc.toks[span.head], doc.toks[name].case
    if not (_clause_start(doc, span.first) or doc.toks[span.first - 1].low in _DASH_LEADS):
        # inside a clause, an apposition after a dash agrees in case with its title: "у
        # российского фехтовальщика — Тимура Сафина"
        return case is not None and head.case == case
    return head.case == case or head.case == "ablt" and case == "nomn" and \
        doc.toks[span.first - 1].low in _DASH_LEADS


# -- the words after a name ---------------------------------------------------------------------

_RELATIVE = {"который", "которая"}
_AFTER_SEPARATORS = (",", "(", "-", "—", "–")


@dataclass(frozen=True, slots=True)
class _After:
    """The words after a separator after a name: ``k`` the first, ``word`` the first that is
    no adverb ("Долгих, некогда секретарь ЦК"), ``stop`` the end of the name's sentence."""

    k: int
    word: int
    stop: int


def _after_at(doc: Doc, stop: int) -> _After | None:
    """The words after the name ending at ``stop`` when a separator follows it (past an aside
    in brackets with no title: "Аарон Шварц (Aaron Swartz) — программист", and an age:
    "Иван Петров, 34 года, пилот")."""
    sent = doc.sents[doc.toks[stop - 1].sent]
    if stop >= sent.last or doc.toks[stop].text not in _AFTER_SEPARATORS:
        return None
    close = _aside_end(doc, stop, sent.last)
    if close is not None and close < sent.last and doc.toks[close].text in _AFTER_SEPARATORS \
            and doc.toks[close].text != "(":
        stop = close
    if doc.toks[stop].text == "," and stop + 1 < sent.last and doc.toks[stop + 1].text in _DASHES:
        stop += 1  # "Анна Белова, — член парламента"
    word = stop + 1
    if word + 2 < sent.last and doc.toks[word].text[:1].isdigit() and \
            doc.toks[word + 1].lemma in ("год", "лет") and doc.toks[word + 2].text == ",":
        word += 3  # "…, 34 года, пилот"
    while word < sent.last and (p := doc.toks[word].parse) is not None and p.pos == "ADVB":
        word += 1
    return _After(stop + 1, word, sent.last)


# How long an aside before a dash may be ("Дарио Фо (24 марта 1926 года, Санджано, Италия) —
# драматург": a date and a place).
_MAX_DASHED_ASIDE = 14


@cache
def _aside_words() -> frozenset[str]:
    return frozenset(lines("aside_words.txt"))


def _aside_end(doc: Doc, k: int, stop: int) -> int | None:
    """The token after the ")" closing a short aside opened at token ``k`` that holds no
    title head and no verb ("(Aaron Swartz)", "(1962 года рождения)"; a longer one before a
    dash: "(24 марта 1926 года, Италия) —"); else None."""
    if doc.toks[k].text != "(":
        return None
    for j in range(k + 1, min(stop, k + _MAX_DASHED_ASIDE + 2)):
        t = doc.toks[j]
        if t.text == ")":
            dashed = j + 1 < stop and doc.toks[j + 1].text in _DASHES
            return j + 1 if k + 1 < j <= k + _MAX_BRACKETED + 1 or dashed and j > k + 1 \
                else None
        if t.text == "(" or t.parse is not None and t.parse.pos in ("VERB", "PRTS") or \
                t.parse is not None and t.parse.pos == "NOUN" and t.ner is None and \
                t.text.islower() and t.lemma.replace("ё", "е") not in _aside_words():
            return None
    return None


def _after_relative(doc: Doc, at: _After, lex: TitleLexicon, quoted: set[int]) -> _Span | None:
    """"Петров, который стал министром", "Петрова, которая работала врачом"."""
    k = at.k
    j = _relative_adverbials(doc, k + 1, at.stop)
    p = doc.toks[j].parse if j < at.stop else None
    if p is None or p.pos not in ("VERB", "PRTS") or p.normal not in lex.title_verbs:
        return None
    while j + 1 < at.stop and (q := doc.toks[j + 1].parse) is not None and \
            q.pos in ("VERB", "PRTS") and q.normal in lex.title_verbs:
        j += 1  # "который был назначен министром"
    return _predicated(doc, _past_adverbials(doc, j + 1, at.stop, lex), at.stop, lex, quoted)


def _relative_adverbials(doc: Doc, j: int, stop: int) -> int:
    """Token ``j`` moved past the adverbs and the short prepositional adverbials between a
    relative pronoun and its verb ("который сейчас является", "которая в данный момент
    является", "который с 2006 года был")."""
    start = j
    while j < stop and j - start <= _MAX_TO_VERB and (q := doc.toks[j].parse) is not None:
        if q.pos == "ADVB":
            j += 1
            continue
        if q.pos != "PREP":
            break
        n = j + 1
        while n < stop and n - j <= _MAX_ADVERBIAL and doc.toks[n].ner != "PER" and (
                doc.toks[n].text[:1].isdigit() or
                (r := doc.toks[n].parse) is not None and r.pos in _ADVERBIAL_WORDS):
            n += 1
        if n == j + 1:
            break
        j = n
    return j


def _apposition(doc: Doc, at: _After, lex: TitleLexicon, quoted: set[int]) -> _Span | None:
    """A title phrase after the name: "Бану Нургазиева, президент Гражданского альянса"."""
    first = k = at.word
    while k < at.stop and (p := doc.toks[k].parse) is not None and (
            p.pos in ("ADJF", "PRTF") and not _head_at(doc, k, lex) or doc.toks[k].low in ("и", ",")
            and k > first and (q := doc.toks[k - 1].parse) is not None and q.pos == "ADJF"):
        k += 1  # "советский и российский футболист"
    if k >= at.stop or not _head_at(doc, k, lex):
        return None
    if _plural(doc.toks[k]) or _only_plural(doc.toks[k], lex):
        return None  # "…, представители институтов": a class of people
    if _relative_complement(doc, k + 1, at.stop):
        return None  # "…, глава которого": a relative clause, of the next subject
    head = k
    k += 1
    while k < at.stop and k - first <= _MAX:
        if not _can_continue(doc.toks[k], quoted) and not _dotted(doc, k, lex):
            break
        k += 1
    if k < at.stop and doc.toks[k].ner == "PER" and not (
            doc.toks[k].case == "gent" and "gent" not in _head_cases(doc.toks[head])):
        return None  # the phrase introduces the next name: it is that person's title
        # (unless the name is a genitive complement: "чиновник из команды Путина")
    while k > head + 1 and doc.toks[k - 1].text in ("и",):
        k -= 1
    return _Span(first, head, k)


def _relative_complement(doc: Doc, k: int, stop: int) -> bool:
    """Is token ``k`` a relative pronoun that is the complement of the title head before it
    ("Клинский, глава которого …", "компания, директором которой …"): the title opens a
    relative clause and is no apposition to the name?"""
    return k < stop and doc.toks[k].lemma in _RELATIVE_LEMMAS


_RELATIVE_LEMMAS = frozenset({"который", "чей"})


# -- predicates ---------------------------------------------------------------------------------

_MAX_TO_VERB = 4
_POST_PREPOSITIONS = {"на", "в", "с", "со", "от"}
_MAX_VERB_TO_OBJECT = 6


def _object_predicate(doc: Doc, first: int, last: int, lex: TitleLexicon, quoted: set[int]
                      ) -> _Span | None:
    """A title a verb before the name predicates of it as its object: "назначил Ивана Петрова
    главой комитета", "утверждение Петрова на пост министра", "освободил Петрова от
    должности министра". The name is no subject: not in the nominative."""
    if last >= len(doc.toks) or doc.toks[last - 1].case in ("nomn", None) or \
            doc.toks[last].sent != doc.toks[first].sent:
        return None
    sent = doc.sents[doc.toks[first].sent]
    for k in range(first - 1, max(sent.first, first - _MAX_VERB_TO_OBJECT) - 1, -1):
        t = doc.toks[k]
        if t.text in (",", ";", ":", "(", ")") or t.ner == "PER":
            return None
        if t.parse is not None and t.parse.normal in lex.title_verbs:
            span = _predicated(doc, last, sent.last, lex, quoted)
            after = doc.toks[span.last].parse if span and span.last < sent.last else None
            if after is not None and after.normal in lex.title_verbs:
                return None  # "в случае избрания Петрова министром станет Иванов": the
                # title is predicated of the name after it
            return span
    return None


def _predicate(doc: Doc, stop: int, lex: TitleLexicon, quoted: set[int],
               sent_index: int | None = None) -> _Span | None:
    """A title the sentence predicates of the name before it: "Иванов стал министром", "был
    назначен директором школы", "занял пост министра финансов". ``sent_index``: the sentence
    (default: that of the token before ``stop``; given, the subject was checked: a pronoun
    or none, after an adverbial)."""
    sent = doc.sents[doc.toks[stop - 1].sent if sent_index is None else sent_index]
    if sent_index is None and doc.toks[stop - 1].case not in ("nomn", None):
        return None
    k = start = _relative_adverbials(doc, stop, sent.last)  # "Петров с 2007 по 2013 год был"
    verb = None
    while k < sent.last and k - start <= _MAX_TO_VERB:
        t = doc.toks[k]
        if t.text in (",", ".", ";", ":", "(") or t.ner == "PER":
            return None
        if t.parse is not None and t.parse.normal in lex.title_verbs:
            verb = k
        elif verb is not None and t.parse is not None and t.parse.pos == "PRTS":
            return None  # "был задержан сотрудниками полиции": the instrumental is the agent
        elif verb is not None and t.parse is not None and t.parse.pos not in ("ADVB", "VERB",
                                                                             "INFN"):
            break
        k += 1
    if verb is None or k >= sent.last:
        return None
    return _predicated(doc, _past_adverbials(doc, k, sent.last, lex), sent.last, lex, quoted)


@cache
def _instrumental_preps() -> frozenset[str]:
    """Prepositions that govern the instrumental (data/instrumental_preps.txt): the phrase
    they open is no adverbial a title may stand after ("был с министром")."""
    return frozenset(lines("instrumental_preps.txt"))


def _past_adverbials(doc: Doc, k: int, stop: int, lex: TitleLexicon) -> int:
    """Token ``k`` moved past the prepositional adverbials between a predicate verb and its
    instrumental title ("работала в компании инженером", "стал в 2003 году министром"); ``k``
    itself when no instrumental follows them."""
    j = k
    while j < stop and (p := doc.toks[j].parse) is not None and (
            p.pos == "PREP" and (doc.toks[j].low not in _instrumental_preps() or
                                 _not_instrumental(doc, j + 1, stop)) or p.pos == "ADVB"):
        if p.pos == "ADVB":  # "служил в армии сначала водителем"
            j += 1
            continue
        n = j + 1
        if n < stop and doc.toks[n].lemma in lex.post_words:
            break  # "на пост министра": the post's own preposition
        while n < stop and n - j <= _MAX_ADVERBIAL and doc.toks[n].ner != "PER" and \
                doc.toks[n].text not in _STOP_TEXT and doc.toks[n].case != "ablt" and \
                (_adverbial_word(doc.toks[n]) or _participle(doc.toks[n])):
            n += 1
        if n == j + 1:
            break
        j = n
    return j if j != k and j < stop and doc.toks[j].case == "ablt" else k


def _not_instrumental(doc: Doc, k: int, stop: int) -> bool:
    """Does the phrase a preposition that may govern the instrumental opens at token ``k``
    stand in another case ("с 2003 года", "с мая": a time, not "с министром")?"""
    if k >= stop:
        return False
    t = doc.toks[k]
    return t.text[:1].isdigit() or t.case == "gent"


def _participle(tok: Tok) -> bool:
    return tok.parse is not None and tok.parse.pos == "PRTF"


def _adverbial_word(tok: Tok) -> bool:
    """May ``tok`` stand inside a prepositional adverbial ("в 2003 году", "в этой компании",
    "с 15 мая", "в Google"): a noun, an adjective, a numeral, a pronoun, a number in digits, or
    a word the morphology does not read or gives no part of speech (Latin letters)?"""
    p = tok.parse
    return p is None or p.pos is None or p.pos in _ADVERBIAL_WORDS or tok.text[:1].isdigit()


def _predicated(doc: Doc, k: int, stop: int, lex: TitleLexicon, quoted: set[int],
                acting_case: str | None = "ablt", want: str = "ablt") -> _Span | None:
    """The title a verb predicates, starting at token ``k``: in the instrumental ("министром
    финансов") or in the genitive after a post word ("на пост министра", "с поста главы")."""
    if doc.toks[k].low in _POST_PREPOSITIONS and k + 1 < stop and \
            doc.toks[k + 1].lemma in lex.post_words:
        k += 1  # "на пост министра", "с поста главы"; not "работал с министром"
    if doc.toks[k].lemma in lex.post_words and k + 1 < stop:
        k += 1
        want = "gent"
    sent = doc.sents[doc.toks[k].sent]
    first = k
    acting = _acting_words(doc, k)
    if acting is not None and acting < stop and (
            acting_case is None or doc.toks[acting - 2].case in (acting_case, want)):
        # "назначен на должность исполняющего обязанности губернатора" too
        # "исполняющим обязанности министра": the title is the genitive after it
        k = acting
        want = "gent"
    elif (n := _acting_abbreviation(doc, k, lex)) and k + n < stop:
        k += n  # "назначен и. о. министра", "стал врио губернатора"
        want = "gent"
    while k < sent.last and (p := doc.toks[k].parse) is not None and (
            p.pos in ("ADJF", "PRTF") and doc.toks[k].case == want or _ORDINAL.match(
                doc.toks[k].text)) and not _substantive_head(doc, k, sent.last, lex, want):
        k += 1  # "первым", "43-м"
        joined = _joined_adjective(doc, k, sent.last, want)
        if joined != k:  # "высокооплачиваемым и особо ценным агентом": the title is the last's
            first = k = joined
    if k >= sent.last or doc.toks[k].case != want or not _head_lemma(
            doc.toks[k], lex, _substantive_head(doc, k, sent.last, lex, want)):
        return None
    while first < k and _ORDINAL.match(doc.toks[first].text):
        first += 1  # a number written in digits is no part of the title
    head = k
    k += 1
    if k < sent.last and doc.toks[k].case == "ablt" and doc.toks[k].tag.pos in ("NOUN", "PROPN") \
            and _substantive(doc.toks[head], lex, governs=True):
        k += 1  # "управляющим банком": the participle governs an instrumental
    while k < sent.last and k - head <= _MAX and (_dotted(doc, k, lex) or (
            _can_continue(doc.toks[k], quoted) and (p := doc.toks[k].parse) is not None and
            p.pos != "PREP" and (doc.toks[k].case in ("gent", None) or doc.toks[k].i in quoted))):
        if doc.toks[k].low in _ALLOWED_CONJ and not _joins_complements(doc, k + 1, quoted):
            break  # "членом и секретарем совета": the "и" joins two titles
        k += 1
    return _Span(first, head, k)


_ORDINAL = re.compile(r"^\d+-(?:м|й|го|му|ым|ом|я|ю|ой|ей)$")
_ADJECTIVE_JOINS = frozenset({"и", ","})


def _joined_adjective(doc: Doc, k: int, stop: int, want: str) -> int:
    """Token ``k`` moved past "и" or a comma (and adverbs) to the adjective in the case ``want``
    they join to the one before ("высокооплачиваемым и особо | ценным агентом")."""
    if k >= stop or doc.toks[k].text not in _ADJECTIVE_JOINS:
        return k
    j = k + 1
    while j < stop and (p := doc.toks[j].parse) is not None and p.pos == "ADVB":
        j += 1
    p = doc.toks[j].parse if j < stop else None
    return j if p is not None and p.pos in ("ADJF", "PRTF") and doc.toks[j].case == want else k


def _substantive_head(doc: Doc, k: int, stop: int, lex: TitleLexicon, want: str) -> bool:
    """Is token ``k`` a participle used as a title noun after a predicate verb ("назначен
    главным управляющим банка", "стала управляющей фондом"), i.e. no title word in the same
    case follows that it would qualify ("ведущим экспертом")?"""
    if _substantive(doc.toks[k], lex, governs=True) is None:
        return False
    n = k + 1
    return not (n < stop and doc.toks[n].case == want and _head_lemma(doc.toks[n], lex))


def _joins_complements(doc: Doc, k: int, quoted: set[int]) -> bool:
    """Does token ``k``, after a conjunction, continue a genitive complement ("министр
    финансов и экономики")?"""
    if k >= len(doc.toks):
        return False
    p = doc.toks[k].parse
    return k in quoted or doc.toks[k].case == "gent" and not (p is not None and p.pos == "VERB")


_MAX_BEFORE_SUBJECT = 3


def _before_subject(doc: Doc, first: int, lex: TitleLexicon) -> int:
    """The token before the words that may stand between a verb and the name at token
    ``first``: nominative adjectives ("назначен 31-летний Аркадий Имреков"), an adverb or a
    particle ("станет именно Пейдж"), one nominative noun that is no title ("стал американец
    Дэвид Сало")."""
    verb = first - 1
    noun = False
    while verb > 0 and first - verb <= _MAX_BEFORE_SUBJECT and \
            (q := doc.toks[verb].parse) is not None:
        t = doc.toks[verb]
        if q.pos == "ADJF" and t.case == "nomn" or q.pos in ("ADVB", "PRCL"):
            verb -= 1
        elif q.pos == "NOUN" and t.case == "nomn" and not noun and t.ner is None and \
                t.text.islower() and not _head_lemma(t, lex) and "plur" not in q.grams and \
                doc.toks[first].case == "nomn":  # "стал близкий друг Лукашенко": his friend
            noun = True
            verb -= 1
        else:
            break
    return verb


def _inverse_predicate(doc: Doc, first: int, lex: TitleLexicon, quoted: set[int]
                       ) -> list[_Span]:
    """The titles the sentence predicates of the name after it, the titles first: "Главой
    комитета назначен Иван Петров", "Операторами выступили Петров и Сидоров", "На пост
    министра назначен Петров", "…избрал председателя, им стала Анна Смирнова", "Его
    основателем и директором стал Павел Петров"."""
    found = _inverse_predicate_spans(doc, first, lex, quoted)
    return [] if found is None else found if isinstance(found, list) else [found]


def _inverse_predicate_spans(doc: Doc, first: int, lex: TitleLexicon, quoted: set[int]
                             ) -> _Span | list[_Span] | None:
    verb = _before_subject(doc, first, lex)
    if verb < 1 or doc.toks[verb].sent != doc.toks[first].sent:
        return None
    modal = _modal_before(doc, verb, lex)
    verb, modal_read = modal, modal != verb
    p = doc.toks[verb].parse
    dash = doc.toks[verb].text in _PREDICATE_DASHES
    if not dash and not modal_read and (p is None or p.pos not in ("VERB", "PRTS") or
                                   p.normal not in lex.title_verbs):
        return None
    if not dash:
        found = _post_before(doc, verb, lex, quoted) or _pronoun_before(doc, verb, lex, quoted)
        if found is not None:
            return found
    spans = _before(doc, _before_verb(doc, verb), lex, quoted)
    acting = _acting_words(doc, spans[0].first) if spans else None
    if not spans or doc.toks[spans[0].head if acting is None else acting - 2].case != "ablt" or \
            not _clause_start(doc, spans[0].first) and \
            not _possessed_start(doc, spans[0].first, lex) and \
            not _after_adverbial(doc, spans[0].first) and \
            not _after_joint(doc, spans[0].first, lex) and \
            not _joint_adverbial(doc, spans[0].first, lex):
        return None
    if dash and not _plural(doc.toks[spans[-1].head]):
        return None  # a singular instrumental before a dash is dash_title's
    return spans[-1] if len(spans) == 1 else _coordinated_instrumentals(doc, spans)


_TITLE_JOINS = frozenset({"и"})


def _coordinated_instrumentals(doc: Doc, spans: list[_Span]) -> list[_Span] | None:
    """Titles in the instrumental joined by "и", each right after the other: the
    titles of one predicate ("Основателем и директором стал …"); None for other stacks."""
    for a, b in zip(spans, spans[1:]):
        if b.first != a.last + 1 or doc.toks[a.last].low not in _TITLE_JOINS or \
                doc.toks[b.head].case != "ablt" or _plural(doc.toks[a.head]) != \
                _plural(doc.toks[b.head]):
            return None
    return spans


@cache
def _modal_verbs() -> frozenset[str]:
    return frozenset(lines("modal_verbs.txt"))


def _modal_before(doc: Doc, verb: int, lex: TitleLexicon) -> int:
    """The modal word before an infinitive title verb at ``verb`` ("должен стать", "может
    быть назначен"), read as the predicate verb; ``verb`` itself otherwise."""
    p = doc.toks[verb].parse
    k = verb - 1
    if p is not None and p.pos == "PRTS" and k > 0 and doc.toks[k].low == "быть":
        k -= 1  # "может быть назначен"
    elif p is None or p.pos != "INFN" or p.normal not in lex.title_verbs:
        return verb
    q = doc.toks[k].parse if k >= 0 else None
    if q is None or q.normal not in _modal_verbs() or q.pos not in ("VERB", "ADJS", "PRED") or \
            doc.toks[k].sent != doc.toks[verb].sent:
        return verb
    return k


_JOINTS = frozenset({",", "а", "и", "но"})


def _after_joint(doc: Doc, k: int, lex: TitleLexicon) -> bool:
    """Does token ``k`` open a clause after a comma or a conjunction, or after adverbs that
    open the sentence ("…, а министром обороны станет …", "…, что главой станет …", "Ранее
    директором был …")?"""
    j = k
    while j > doc.sents[doc.toks[k].sent].first and (p := doc.toks[j - 1].parse) is not None \
            and p.pos in ("ADVB", "PRCL"):
        j -= 1
    return j == doc.sents[doc.toks[k].sent].first and j < k or \
        j > 0 and (doc.toks[j - 1].low in _JOINTS or doc.toks[j - 1].low in lex.clause_joints)


_JOINT_ADVERBIAL_WORDS = frozenset({"NOUN", "ADJF", "NUMR"})


def _joint_adverbial(doc: Doc, k: int, lex: TitleLexicon) -> bool:
    """Does token ``k`` follow a prepositional adverbial that opens a clause after a comma or a
    conjunction ("…, что в 2012 году лидером оппозиции был избран …", "…, а на заседании
    председателем стал …")?"""
    j = k - 1
    first = doc.sents[doc.toks[k].sent].first
    while j > first and k - j <= _MAX_ADVERBIAL and (t := doc.toks[j]).parse is not None and (
            t.text.isdigit() or t.parse.pos in _JOINT_ADVERBIAL_WORDS and
            t.case not in ("ablt", "nomn", None)):
        j -= 1
    p = doc.toks[j].parse
    return j < k - 1 and p is not None and p.pos == "PREP" and j > first and \
        _after_joint(doc, j, lex)


def _adverbs_before(doc: Doc, verb: int, floor: int | None = None) -> int:
    """Where the adverbs, "также" and the auxiliary "быть" right before a verb begin, none
    taken before token ``floor`` (default: the second token of the verb's sentence)."""
    if floor is None:
        floor = doc.sents[doc.toks[verb].sent].first + 1
    k = verb
    while k - 1 >= floor and (p := doc.toks[k - 1].parse) is not None and (
            p.pos in ("ADVB", "PRCL") or p.normal == "быть" and p.pos == "VERB" or
            doc.toks[k - 1].low == "также"):
        k -= 1
    return k


def _post_before(doc: Doc, verb: int, lex: TitleLexicon, quoted: set[int]) -> _Span | None:
    """A genitive title after a post word that opens the clause of the verb: "На должность
    секретаря совета утверждена …", "На пост директора был назначен …"."""
    end = _adverbs_before(doc, verb)
    spans = _before(doc, end, lex, quoted)
    if len(spans) != 1 or spans[0].first < 2 or doc.toks[spans[0].head].case != "gent":
        return None
    post = spans[0].first - 1
    if doc.toks[post].lemma not in lex.post_words or \
            doc.toks[post - 1].low not in _POST_PREPOSITIONS or \
            not (_clause_start(doc, post - 1) or _after_adverbial(doc, post - 1)):
        return None
    return spans[0]


# Pronouns in the instrumental that stand for a title named just before them ("избрали
# председателя, им стала …").
_TITLE_PRONOUNS = frozenset({"им", "ей", "ею"})


def _pronoun_before(doc: Doc, verb: int, lex: TitleLexicon, quoted: set[int]
                    ) -> _Span | None:
    """The title a pronoun before the verb stands for, named right before the pronoun's
    comma: "Совет избрал председателя, им стала Анна Смирнова"."""
    k = _adverbs_before(doc, verb) - 1
    if k < 2 or doc.toks[k].low not in _TITLE_PRONOUNS or doc.toks[k - 1].text != "," or \
            doc.toks[k - 1].sent != doc.toks[verb].sent:
        return None
    spans = _before(doc, k - 1, lex, quoted)
    return spans[-1] if spans and not _plural(doc.toks[spans[-1].head]) else None


def _before_verb(doc: Doc, verb: int) -> int:
    """Where the title before a predicate verb ends: before the adverbs, the auxiliary "быть"
    and the prepositional adverbials in front of the verb ("главой был единогласно избран",
    "председателем уже в третий раз стал")."""
    floor = max(1, doc.sents[doc.toks[verb].sent].first)
    k = verb
    while True:
        k = _adverbs_before(doc, k, floor)
        prep = _adverbial_start(doc, k) if k - 1 >= floor else None
        if prep is None:
            prep = _adverbial_prep_phrase(doc, k, floor)
        if prep is None:
            return k
        k = prep


_MAX_ADVERBIAL_PHRASE = 7  # "вместо отправленного в отставку Ивана Петрова"


def _adverbial_prep_phrase(doc: Doc, end: int, floor: int) -> int | None:
    """The preposition of a phrase of _ADVERBIAL_PREPS ending at token ``end`` ("Главой вместо
    ушедшего в отставку Петрова стал …"): no punctuation and no finite verb inside."""
    for j in range(end - 1, max(floor, end - _MAX_ADVERBIAL_PHRASE) - 1, -1):
        t = doc.toks[j]
        if t.low in _ADVERBIAL_PREPS:
            return j if j < end - 1 else None
        if not t.is_word() or t.pos in ("VERB", "PRTS", "CONJ"):
            return None
    return None


_ADVERBIAL_WORDS = frozenset({"ADJF", "NUMR", "NOUN", "NPRO"})
_MAX_ADVERBIAL = 4


def _adverbial_start(doc: Doc, end: int) -> int | None:
    """The preposition of a prepositional phrase ending at ``end`` ("в третий раз", "на
    заседании"), none of its words an instrumental (the title itself may be one)."""
    j = end - 1
    while j > 0 and end - j <= _MAX_ADVERBIAL and (p := doc.toks[j].parse) is not None and \
            p.pos in _ADVERBIAL_WORDS and doc.toks[j].case not in ("ablt", None):
        j -= 1
    p = doc.toks[j].parse if j >= 0 else None
    return j if j < end - 1 and p is not None and p.pos == "PREP" else None


def _after_adverbial(doc: Doc, k: int) -> bool:
    """Does token ``k`` follow a sentence-opening prepositional adverbial, with or without a
    comma ("В результате голосования председателем избран…", "По сообщению пресс-службы,
    председателем стал…")?"""
    sent = doc.sents[doc.toks[k].sent]
    if k - 1 > sent.first and doc.toks[k - 1].text == ",":
        k -= 1
    lead = doc.toks[sent.first].parse
    if lead is None or lead.pos != "PREP" or \
            any(t.text in _STOP_TEXT or t.ner == "PER" for t in doc.toks[sent.first:k]):
        return False
    if k - 1 > sent.first and doc.toks[k - 1].text in QUOTES:
        return True  # a quoted name ends the adverbial: "В интервью «Голосу Америки» глава …"
    prev = doc.toks[k - 1].parse if k > sent.first else None
    return prev is not None and prev.pos == "NOUN" and doc.toks[k - 1].case not in (
        "nomn", "ablt")


_PREDICATE_DASHES = frozenset({"—", "–", "-"})
_POSSESSIVES = frozenset({"его", "ее", "её", "их"})
_MEMBER_SEPARATORS = frozenset({",", "и"})


def _possessed_start(doc: Doc, k: int, lex: TitleLexicon) -> bool:
    """Does token k follow a possessive pronoun that opens its clause ("Его заместителями
    стали …", "…, где её тренером стал …")?"""
    return k > 0 and doc.toks[k - 1].low in _POSSESSIVES and (
        _clause_start(doc, k - 1) or _after_joint(doc, k - 1, lex))


def _list_members(c: _Ctx, i: int) -> Iterator[int]:
    """The people after person ``i`` that continue a list with it, each with its own titles
    before its name or none ("адвокат Иван Петров, политолог Олег Смирнов и Анна Белова")."""
    doc = c.doc
    for j in range(i + 1, len(c.people)):
        anchor = c.before[j][0][1].first if j in c.before else c.people[j].first_tok
        gap = doc.toks[c.people[j - 1].last_tok:anchor]
        if not gap or any(t.low not in _MEMBER_SEPARATORS for t in gap) or \
                doc.toks[anchor].sent != doc.toks[
                c.people[i].first_tok].sent:
            return
        yield j


# -- subjects that refer back -------------------------------------------------------------------

_SUBJECT_SENTS = 1


def _subject_title(doc: Doc, first: int, stop: int, lex: TitleLexicon, quoted: set[int]
                   ) -> tuple[_Span, str | None] | None:
    """A bare title opening a sentence with no name as its subject, the verb right after it
    ("Министр заявил…", "61-летний британский актер скончался…"): the title and the gender
    of the verb (past tense; None for another) that names whom it refers to."""
    k = first
    if k < stop and doc.toks[k].low in lex.subject_leads:
        k += 1
    span = _bare_subject(doc, k, stop, lex, quoted)
    if span is None:
        return None
    verb = _past_subject_adverbials(doc, span.last, stop)
    p = doc.toks[verb].parse if verb < stop else None
    if p is None or p.pos not in _SUBJECT_PREDICATES or "plur" in p.grams:
        return None
    # a verb in the present or future tense tells no gender
    return span, _VERB_GENDERS.get(next(iter({"masc", "femn"} & p.grams), ""))


def _bare_subject(doc: Doc, start: int, stop: int, lex: TitleLexicon, quoted: set[int]
                  ) -> _Span | None:
    """A singular title in the nominative starting at token ``start``, over its adjectives
    and genitive complements, with no title of someone else in it, or None."""
    k = start
    while k < stop and (p := doc.toks[k].parse) is not None and \
            p.pos in ("ADJF", "PRTF") and doc.toks[k].case == "nomn":
        k += 1
    if k >= stop or doc.toks[k].i in quoted or doc.toks[k].case != "nomn" or \
            not _head_lemma(doc.toks[k], lex) or _plural(doc.toks[k]):
        return None
    head = k
    if any(t.low in lex.other_persons for t in doc.toks[start:head]):
        return None  # "Другой министр заявил": not the person named before
    k += 1
    while k < stop and k - head <= _MAX and _can_continue(doc.toks[k], quoted) and \
            (p := doc.toks[k].parse) is not None and p.pos not in ("PREP", "ADVB") and \
            (doc.toks[k].case == "gent" or doc.toks[k].ner == "ORG" or doc.toks[k].i in quoted):
        if _head_lemma(doc.toks[k], lex) and doc.toks[k].i not in quoted:
            return None  # "Адвокат футболиста заявил": the title is of someone else
        k += 1
    return _Span(start, head, k)


# What may follow a bare title subject as its predicate: a verb or a short adjective
# ("Журналист уверен"); not a short participle ("Новый ректор назначен директором": someone
# newly named).
_SUBJECT_PREDICATES = frozenset({"VERB", "ADJS"})
_VERB_PARTICLES = frozenset({"не", "же", "ли"})  # "Министр не стал отвечать"


def _past_subject_adverbials(doc: Doc, k: int, stop: int) -> int:
    """Token ``k`` moved past the adverbs and prepositional adverbials between a subject and
    its verb ("Министр вчера заявил", "Глава государства во время форума заявил"): a
    preposition and up to ``_MAX_ADVERBIAL`` words not in the nominative, with no name."""
    j = k
    while j < stop and (p := doc.toks[j].parse) is not None and (
            p.pos in ("ADVB", "PREP") or doc.toks[j].low in _VERB_PARTICLES):
        if p.pos != "PREP":
            j += 1
            continue
        n = j + 1
        while n < stop and n - j <= _MAX_ADVERBIAL and doc.toks[n].ner != "PER" and \
                doc.toks[n].text not in _STOP_TEXT and doc.toks[n].case != "nomn" and \
                _adverbial_word(doc.toks[n]):
            n += 1
        if n == j + 1:
            break
        j = n
    return j


# Subject pronouns a predicate title may refer through: "В 1981 году он был назначен
# епископом" is said of the man named before.
_PRONOUNS = {"он": "Masc", "она": "Fem"}
_ANTECEDENT_SENTS = 2


_VERB_GENDERS = {"masc": "Masc", "femn": "Fem"}


def _subjectless(doc: Doc, k: int, lex: TitleLexicon) -> bool:
    """Is token ``k`` a past-tense title verb (or a short participle: "назначен") of a
    sentence with no subject, at its start, after an adverbial ("В 2006 году назначен…",
    "С 1975 по 1977 работал…") or after a comma joining another such predicate ("Стал
    генералом, работал министром")?"""
    p = doc.toks[k].parse
    if p is None or p.pos not in ("VERB", "PRTS") or p.normal not in lex.title_verbs or \
            "past" not in p.grams and p.pos == "VERB":
        return False
    first = doc.sents[doc.toks[k].sent].first
    if k == first or _adverbial_lead(doc, first, k):
        return True
    if p.pos != "VERB":
        return False
    if doc.toks[k - 1].text not in (",", "и"):
        return False
    start = next((j for j in range(first, min(k, first + _MAX_LEAD + 1))
                  if not _adverbial_lead(doc, first, j + 1)), first)
    lead = doc.toks[start].parse  # the first word past the sentence's adverbial
    return lead is not None and lead.pos == "VERB" and "past" in lead.grams and \
        not any(t.parse is not None and t.parse.pos == "NPRO" and t.case == "nomn" or
                t.ner == "PER" for t in doc.toks[start:k])


# What an adverbial before a subjectless predicate may hold ("В 2006 году", "С 1975 по 1977",
# "Затем", "В мае 1994 года", "До этого"): prepositions, numbers, adverbs, nouns and pronouns
# not in the nominative.
_LEAD_POS = frozenset({"PREP", "NUMR", "ADVB", "NOUN", "ADJF", "CONJ", "NPRO"})
_MAX_LEAD = 8


def _adverbial_lead(doc: Doc, first: int, k: int) -> bool:
    """Are tokens ``first``..``k`` an adverbial only, with no subject (nothing in the
    nominative, no name, no pronoun, no verb)?"""
    if k - first > _MAX_LEAD:
        return False
    for t in doc.toks[first:k]:
        if t.ner is not None or t.case == "nomn":
            return False
        if not t.is_word():
            if t.text not in (",", "—", "–", "-") and not t.text[:1].isdigit() and not (
                    t.text == "." and t.i > first and len(doc.toks[t.i - 1].text) <= 3):
                return False  # the dot of an abbreviation ("гг.") goes
            continue
        if t.parse is None or t.parse.pos not in _LEAD_POS:
            return False
    return True


def _in_speech(doc: Doc, k: int) -> bool:
    """Is token ``k`` inside an open «…» quotation of its sentence?"""
    return doc.quotes.open_depth(k) > 0


def _antecedent(c: _Ctx, k: int, gender: str) -> int | None:
    """The person a subject pronoun at token ``k`` refers to: the last one named in the
    nominative, in its sentence or the two before, whose gender does not clash; else, further
    back (a biography's sentences with no subject of their own), the person named last; else
    the only person named, in any case, in its sentence and the one before."""
    i = _antecedent_in(c, k, gender, True)
    if i is None:
        i = _last_named(c, k, gender)
    return i if i is not None else _only_named(c, k, gender)


# How many sentences before a pronoun ``_only_named`` looks at.
_ONLY_NAMED_SENTS = 1


def _only_named(c: _Ctx, k: int, gender: str) -> int | None:
    """The person named last before token ``k``, in any case, when nobody else is named in
    its sentence and the one before (before ``k``) and the gender does not clash ("Хотя у
    Мадуро нет харизмы, он …")."""
    i = _named_before(c, k, False, _ONLY_NAMED_SENTS)
    if i is None or not _gender_agrees(c, i, gender):
        return None
    key = c.people[i].last or c.people[i].name
    first = c.doc.sents[max(0, c.doc.toks[k].sent - _ONLY_NAMED_SENTS)].first
    j = i
    while j >= 0 and c.people[j].first_tok >= first:
        if (c.people[j].last or c.people[j].name) != key:
            return None
        j -= 1
    return i


# How many sentences before a subjectless predicate or a pronoun the person named last may be.
_TOPIC_SENTS = 6


def _last_named(c: _Ctx, k: int, gender: str | None) -> int | None:
    """The person named last before token ``k``, up to ``_TOPIC_SENTS`` sentences back, of no
    clashing gender, and named most often in the text (the one a biography is about; not "Его
    учитель — Виктор Виноградов" named once in it): nobody else was named since. Named in
    another case than the nominative ("Кандидатуру Сотомайор одобрили. Работала прокурором"),
    the person must be named more often than anyone else."""
    i = _named_before(c, k, False, _TOPIC_SENTS)
    if i is None or not _named_in_nominative(c, i) and not _sole_topic(c, i):
        return None
    return i if _topic(c, i) and (gender is None or _gender_agrees(c, i, gender)) else None


def _sole_topic(c: _Ctx, i: int) -> bool:
    """Is person ``i`` the one the text names more often than anyone else?"""
    key = c.people[i].last or c.people[i].name
    return all(n < c.named[key] for k, n in c.named.items() if k != key)


def _topic(c: _Ctx, i: int) -> bool:
    """Is person ``i`` one the text names most often?"""
    return c.named[c.people[i].last or c.people[i].name] >= max(c.named.values())


def _last_named_before(c: _Ctx, k: int, sents: int, ok: Callable[[int], bool]) -> int | None:
    """The last person named before token ``k``, in its sentence or the ``sents`` before, that
    ``ok`` accepts. The people end in text order: the search starts at the last one ending by
    ``k`` (bisection)."""
    doc, people = c.doc, c.people
    sent = doc.toks[k].sent
    for i in range(bisect_right(c.last_toks, k) - 1, -1, -1):
        p = people[i]
        if p.last_tok > k:
            continue
        if doc.toks[p.first_tok].sent < sent - sents:
            return None
        if ok(i):
            return i
    return None


def _antecedent_in(c: _Ctx, k: int, gender: str | None, nominative: bool) -> int | None:
    """The last person named before token ``k``, in its sentence or the two before, whose
    gender does not clash with ``gender`` (None: any) (``nominative``: named in the
    nominative)."""

    def ok(i: int) -> bool:
        if nominative and not _named_in_nominative(c, i):
            return False
        return gender is None or _gender_agrees(c, i, gender)

    return _last_named_before(c, k, _ANTECEDENT_SENTS, ok)


# -- the vetoes ---------------------------------------------------------------------------------

_FEMININE = re.compile(r"(ица|иса|есса|иня|ка|ша)$")


def _gender_clash(head: Tok, name: list[Tok], read_as: str | None) -> bool:
    """A feminine profession noun ("актриса", "журналистка") is no title of a man: of a name
    the tagger reads as masculine, unless its form was read as a woman's (``read_as``: the
    gender of the name's nominative, "Айгерим Нурланова" after a foreign word the tagger
    misreads)."""
    p = head.parse
    if p is None or "femn" not in p.grams or not _FEMININE.search(p.normal):
        return False
    genders = {t.tag.get("Gender") for t in name if t.is_word()} - {None}
    return genders == {"Masc"} and read_as != "femn"


def _pair_kind(doc: Doc, span: _Span, lemma: str, lex: TitleLexicon) -> str | None:
    """The kind data/membership.txt gives the title's head and the first noun after it
    ("член партии": membership, "член семьи": kin), or None."""
    noun = next((t for t in doc.toks[span.head + 1:span.last]
                 if t.parse is not None and t.parse.pos == "NOUN"), None)
    if noun is None:
        return None
    complement = noun.lemma.replace("ё", "е")
    # "*": any head ("меценат года", "учитель года": an honour of the year)
    return lex.membership.get((lemma, complement)) or lex.membership.get(("*", complement))


def _kind(doc: Doc, span: _Span, lemma: str, lex: TitleLexicon) -> str:
    """"membership", "status" or "position" (the default): by head and complement
    (membership.txt), by an adjective of honour before the head ("заслуженный тренер"), else
    by head (title_kinds.txt)."""
    # by the adjective's stem (a participle's lemma is its verb: "заслуженный" → "заслужить"),
    # and the head's lemma where the row names one
    honour = any(t.low.replace("ё", "е").startswith(row[0][:-2]) and row[1:] in ((), (lemma,))
                 for row in lex.status_adjectives for t in doc.toks[span.first:span.head])
    return _pair_kind(doc, span, lemma, lex) or ("status" if honour else None) or \
        lex.kinds.get(lemma, "position")


def _running_for(doc: Doc, span: _Span) -> bool:
    """Is the title a post run for ("кандидат в президенты США от партии"): a plural head
    right after "в", in the old accusative that equals the nominative?"""
    p = doc.toks[span.head].parse
    return span.first > 0 and doc.toks[span.first - 1].low in ("в", "во") and \
        p is not None and "plur" in p.grams


def _one_of(doc: Doc, first: int) -> bool:
    """Does "один из" ("одного из", "одной из самых …") stand right before token ``first``?"""
    k = _with_adjectives(doc, first, max(0, first - _MAX_CHAIN))
    return k >= 2 and doc.toks[k - 1].low == "из" and doc.toks[k - 2].lemma == "один"


def _possessor(doc: Doc, f: _Found) -> bool:
    """Is the name right after a plural title its complement, in the genitive, one name alone
    ("представители Путина", "адвокатами Стросс-Кана", "наследники Кампрада"): the people
    the title names are someone else's?"""
    p = f.person
    if f.span.last != p.first_tok or not _plural_read(doc.toks[f.span.head]) or \
            doc.toks[p.last_tok - 1].case != "gent" or _one_of(doc, f.span.first):
        return False
    after = doc.toks[p.last_tok:p.last_tok + 2]
    return not (after and after[0].text in (",", "и") and
                any(t.ner == "PER" for t in after[1:]))


# -- the tables ---------------------------------------------------------------------------------

_Named = tuple[str, _Span]  # a title span with the name of the rule that found it


@dataclass(frozen=True, slots=True)
class _Found:
    """A title span found for a person, before the vetoes."""

    person: PersonCandidate
    span: _Span
    role: str | None = None  # the title a body's make-up gives its members ("член")


@dataclass(frozen=True, slots=True)
class _Ctx:
    doc: Doc
    people: tuple[PersonCandidate, ...]
    morph: Morphology
    lex: TitleLexicon
    quoted: set[int]
    # the titles before each name (a person's index → its titles, left to right): ``_plan``
    before: dict[int, list[_Named]] = field(default_factory=dict)
    claimed: set[int] = field(default_factory=set)  # tokens of the titles past the vetoes
    # the first-match decisions of a per-person table, made once (``_decisions``)
    decisions: dict[tuple[Rule[_Near, _Span | None], ...],
                    list[tuple[str, _Span | None] | None]] = field(default_factory=dict)
    kept: list[TitleCandidate] = field(default_factory=list)  # the titles reported so far
    found: list[tuple[str, _Found]] = field(default_factory=list)  # their rules and spans
    linked: list[_Found] = field(default_factory=list)  # the link titles not reported
    # the people's last tokens, in text order (kept non-decreasing: bisection finds the people
    # ending by a token), and each person by where it starts and where it ends
    last_toks: list[int] = field(default_factory=list)
    by_first: dict[int, int] = field(default_factory=dict)
    by_last: dict[int, int] = field(default_factory=dict)
    by_anchor: dict[int, int] = field(default_factory=dict)  # by its first title (``_plan``)
    named: dict[str, int] = field(default_factory=dict)  # how often each surname is named
    # the genders the dictionary gives the first names of each surname's full names
    full_genders: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        reach = -1
        for i, p in enumerate(self.people):
            key = p.last or p.name
            self.named[key] = self.named.get(key, 0) + 1
            if p.first is not None and p.last is not None:
                self.full_genders.setdefault(key, set()).update(
                    _first_name_gender(self.morph, p.first))
            reach = max(reach, p.last_tok)
            self.last_toks.append(reach)
            self.by_first.setdefault(p.first_tok, i)
            self.by_last.setdefault(p.last_tok, i)

    def taken(self, span: _Span) -> bool:
        """Does ``span`` hold a token an earlier title claimed?"""
        return not self.claimed.isdisjoint(range(span.first, span.last))

    def name(self, i: int) -> tuple[int, int]:
        return self.people[i].first_tok, self.people[i].last_tok


_At = tuple[_Ctx, int]  # a person (by index) the rules of _BEFORE_NAME look at
_Near = tuple[_Ctx, PersonCandidate]  # a person the rules of _AFTER and _PREDICATE look at


def _complement_name(c: _Ctx, i: int) -> bool:
    """Is the genitive name right before person ``i`` the complement of a title of ``i``
    ("первый заместитель Клишаса Людмила Бокова")?"""
    start = c.people[i].first_tok
    if i == 0 or c.people[i - 1].last_tok != start or c.doc.toks[start].case in (None, "gent"):
        return False
    before = c.people[i - 1]
    # a name the tagger reads in the genitive, or one whose words do not decline ("врач Хиллари
    # Клинтон Лиза Бардек": two names side by side, the first the complement)
    return c.doc.toks[before.first_tok].case == "gent" or \
        _name_cases(c.doc.toks[before.first_tok:before.last_tok]) == ALL_CASES


def _start(c: _Ctx, i: int) -> int:
    """The token the titles of person ``i`` end before: its name, or a genitive name before it
    that is the complement of its title."""
    return c.people[i - 1].first_tok if _complement_name(c, i) else c.people[i].first_tok


def _stack_before(a: _At) -> Iterator[list[_Named]]:
    """The titles right before the name, stacked, and those chained before them by commas."""
    c, i = a
    first = c.people[i].first_tok
    start = _start(c, i)
    spans = _before(c.doc, start, c.lex, c.quoted, c.name(i))
    if not spans:
        return
    named = [("before_name", s) for s in spans]
    if start != first:  # the last title runs over the genitive name: "заместитель Клишаса"
        s = spans[-1]
        named[-1] = ("name_complement", _Span(s.first, s.head, first))
    chain = _chain(c.doc, [s for _, s in named], c.lex, c.quoted)
    yield [("chained_before", s) for s in chain[:len(chain) - len(named)]] + named


_MAX_EXAMPLE_LEAD = 3  # words from the determiner to the title: "таких групп и | музыкантов"


def _example_opener(doc: Doc, first: int, lex: TitleLexicon) -> int | None:
    """When the name at token ``first`` follows "как" (a comma before it skipped), the token a
    plural title of the list must end before; else None."""
    sent_first = doc.sents[doc.toks[first].sent].first
    k = first - 1
    if k <= sent_first or doc.toks[k].low not in lex.example_openers:
        return None
    end = k - 1 if doc.toks[k - 1].text == "," else k
    return end if end > sent_first else None


def _examples_opened(c: _Ctx, i: int) -> list[_Named]:
    """The plural title whose examples a name opens: "такие артисты, как Иван Петров, …",
    "с такими режиссёрами, как …", "таких групп и музыкантов как …" (the determiner of
    data/title_cues.txt before it, within a few words; not part of the title). Not when an
    adjective judges the class ("такие известные игроки, как …", "такие сильные шахматисты")."""
    doc = c.doc
    end = _example_opener(doc, c.people[i].first_tok, c.lex)
    if end is None:
        return []
    spans = _before(doc, end, c.lex, c.quoted)
    if not spans or not _plural_read(doc.toks[spans[-1].head]):
        return []
    last = spans[-1]
    sent_first = doc.sents[doc.toks[last.head].sent].first
    for k in range(last.head - 1, max(sent_first, last.head - _MAX_EXAMPLE_LEAD) - 1, -1):
        t = doc.toks[k]
        if t.lemma in c.lex.example_determiners:
            return [("list_opener", _Span(max(k + 1, last.first), last.head, last.last))]
        if (p := t.parse) is not None and p.pos in ("ADJF", "PRTF"):
            return []  # "такие известные игроки, как …": a judgement of the class, no title
    return []


def _list_opened(a: _At) -> Iterator[list[_Named]]:
    """The plural titles of a list the name opens: "членам палаты: Светлане Аристовой, …",
    "писатели, среди которых — Павел Басинский и …", "такие артисты, как Иван Петров, …"."""
    c, i = a
    opener = _list_opener(c.doc, c.people[i].first_tok, c.lex)
    if opener is None:
        examples = _examples_opened(c, i)
        if examples:
            yield examples
        return
    spans = _before(c.doc, opener[0], c.lex, c.quoted)
    plural = [s for s in spans if _plural(c.doc.toks[s.head])]
    if plural and plural[-1] is spans[-1] and (
            not opener[1] or c.doc.toks[spans[-1].head].case == c.doc.toks[_start(c, i)].case):
        yield [("list_opener", s) for s in plural]


def _dash_before(a: _At) -> Iterator[list[_Named]]:
    """A singular title before a dash before the name: "Министр обороны — Иван Петров"."""
    c, i = a
    first = c.people[i].first_tok
    case = c.doc.toks[first].case
    while first - 1 > 0 and first - c.people[i].first_tok < 2 and case is not None and \
            (p := c.doc.toks[first - 1].parse) is not None and p.pos == "ADJF" and \
            c.doc.toks[first - 1].case == case:
        first -= 1  # "глава республики — 57-летний Тоомас Ильвес"
    opener = _list_opener(c.doc, first, c.lex)
    if opener is None or not opener[1]:
        return
    spans = _before(c.doc, opener[0], c.lex, c.quoted)
    if spans and not any(_plural(c.doc.toks[s.head]) for s in spans) and \
            _dash_title(c.doc, spans[-1], _start(c, i)):
        yield [("dash_title", spans[-1])]


def _after_named_dash(c: _Ctx, k: int) -> bool:
    """Does token ``k`` follow a dash right after a name ("Иван Петров – директор школы, Анна
    Белова – …": the title is Петров's, not the next name's)?"""
    return k > 0 and c.doc.toks[k - 1].text in _PREDICATE_DASHES and k - 1 in c.by_last


def _comma_before(a: _At) -> Iterator[list[_Named]]:
    """A clause-initial title, a comma, then the name (over an age): "Бывший спикер палаты,
    Нэнси Пелоси", "ушел вице-губернатор края, 35-летний Иван Петров"."""
    c, i = a
    first = c.people[i].first_tok
    comma = first - 1 if first > 1 and _age_word(c.doc.toks[first - 1]) is None else first - 2
    if comma < 1 or c.doc.toks[comma].text != ",":
        return
    spans = _before(c.doc, comma, c.lex, c.quoted)
    if spans and _clause_start(c.doc, spans[0].first) and \
            not _after_named_dash(c, spans[0].first) and \
            c.doc.toks[spans[-1].head].case == c.doc.toks[first].case and \
            not _plural(c.doc.toks[spans[-1].head]):
        yield [("before_comma", spans[-1])]


# The constructions of titles right before a name, for each person: the first that finds
# titles decides (a list opener, a dash or a comma counts only when no title stands right
# before the name). Each title carries its rule's name in RULES: the first rule's are
# before_name, name_complement or chained_before.
_BEFORE_NAME: tuple[Rule[_At, list[_Named]], ...] = (
    Rule("before_name", _stack_before),
    Rule("list_opener", _list_opened),
    Rule("dash_title", _dash_before),
    Rule("before_comma", _comma_before),
)


def _plan(c: _Ctx) -> None:
    """The titles before each name (``c.before``): those of the first rule of ``_BEFORE_NAME``
    that finds some; a genitive name that is the complement of the title of the name after it
    keeps only its genitive titles ("помощник бывшего мэра Ивана Петрова Олег Смирнов"); a title
    predicated of the name from before it comes first ("Главой комитета назначен …")."""
    for i in range(len(c.people)):
        found = first_match(_BEFORE_NAME, (c, i))
        if found is not None:
            c.before[i] = found[1]
    for i in range(1, len(c.people)):
        if _complement_name(c, i):
            # a genitive read from the head, not allowed by an unknown one: "экс-директор ФБР
            # из администрации Билла Клинтона Луис Фри" is no title of Клинтон
            own = [(r, s) for r, s in c.before.pop(i - 1, [])
                   if "gent" in _cases(c.doc.toks[s.head])]
            if own:
                c.before[i - 1] = own
    for i, person in enumerate(c.people):
        if c.before.get(i, [("", None)])[0][0] == "inverse_predicate":
            continue  # a list member given the title of the list's first name
        anchor = c.before[i][0][1].first if i in c.before else person.first_tok
        found_inverse = _inverse_predicate(c.doc, anchor, c.lex, c.quoted)
        if found_inverse and \
                "nomn" in _name_cases(c.doc.toks[person.first_tok:person.last_tok]):
            named: list[_Named] = [("inverse_predicate", s) for s in found_inverse]
            c.before[i] = [*named, *c.before.get(i, [])]
            if _plural(c.doc.toks[found_inverse[-1].head]):
                for j in _list_members(c, i):  # "Заместителями стали Петров и Смирнов"
                    c.before[j] = [*named, *c.before.get(j, [])]
    for i in sorted(c.before):
        c.by_anchor.setdefault(c.before[i][0][1].first, i)


def _planned(rule: str) -> Callable[[_Ctx], Iterator[_Found]]:
    """The titles of ``rule`` among the titles before the names (``_plan``)."""
    def find(c: _Ctx) -> Iterator[_Found]:
        for i, named in sorted(c.before.items()):
            yield from (_Found(c.people[i], s) for r, s in named if r == rule)
    return find


def _list_over_names(c: _Ctx) -> Iterator[_Found]:
    """A name with no title before it that continues a list whose first name has a plural
    title: the list's plural titles ("членам палаты: Светлане Аристовой, Николаю Бухавцеву")."""
    for i, person in enumerate(c.people):
        owner = _list_owner(c.doc, c.people, i) if i not in c.before else None
        if owner is None or owner not in c.before:
            continue
        spans = [s for _, s in c.before[owner]]
        if _plural_read(c.doc.toks[spans[-1].head]):
            yield from (_Found(person, s) for s in spans if _plural_read(c.doc.toks[s.head]))


def _after_relative_rule(a: _Near) -> Iterator[_Span | None]:
    c, person = a
    at = _after_at(c.doc, person.last_tok)
    if at is not None and at.k < at.stop and c.doc.toks[at.k].low in _RELATIVE:
        yield _after_relative(c.doc, at, c.lex, c.quoted)


def _after_participle_rule(a: _Near) -> Iterator[_Span | None]:
    """"Петров, исполняющий обязанности главы района", "…, работавший юристом"."""
    c, person = a
    at = _after_at(c.doc, person.last_tok)
    if at is None:
        return
    if _acting_words(c.doc, at.word) is not None:
        yield _predicated(c.doc, at.word, at.stop, c.lex, c.quoted, None)
        return
    p = c.doc.toks[at.word].parse if at.word < at.stop else None
    if p is not None and p.pos == "PRTF" and p.normal in c.lex.title_verbs:
        yield _predicated(c.doc, at.word + 1, at.stop, c.lex, c.quoted)


def _after_name_rule(a: _Near) -> Iterator[_Span | None]:
    c, person = a
    at = _after_at(c.doc, person.last_tok)
    if at is not None:
        yield _apposition(c.doc, at, c.lex, c.quoted)


# The constructions of a title after a name, for each person: the first that applies decides
# (its title may be None: "Петров, который пришел" has none, and no apposition is looked for).
_AFTER: tuple[Rule[_Near, _Span | None], ...] = (
    Rule("after_relative", _after_relative_rule),
    Rule("after_participle", _after_participle_rule),
    Rule("after_name", _after_name_rule),
)


def _some(span: _Span | None) -> Iterator[_Span]:
    if span is not None:
        yield span


def _past_apposition(c: _Ctx, person: PersonCandidate) -> _Span | None:
    """The title predicated of a nominative name past its apposition between commas:
    "Иван Петров, адвокат из Ричмонда, является президентом ассоциации"."""
    doc, stop = c.doc, person.last_tok
    if doc.toks[stop - 1].case != "nomn":
        return None
    at = _after_at(doc, stop)
    if at is None or doc.toks[stop].text != ",":
        return None
    span = _apposition(doc, at, c.lex, c.quoted)
    if span is None or span.last >= at.stop or doc.toks[span.last].text != "," or \
            doc.toks[span.head].case != "nomn" or \
            (p := doc.toks[span.last + 1].parse) is None or p.pos not in _PREDICATE_OPENERS \
            or "Ques" in p.grams:
        return None  # "…, директор школы, где работал учителем": another clause's
    return _predicate(doc, span.last + 1, c.lex, c.quoted)


_PREDICATE_OPENERS = frozenset({"VERB", "PRTS", "ADVB", "PRCL", "PREP"})


_MAX_FIRST_PREDICATE = 10
_PREDICATE_JOINS = frozenset({"а", "и", "но"})


def _verb_gender(tok: Tok) -> str | None:
    p = tok.parse
    return None if p is None else next((g for g in ("masc", "femn", "neut", "plur")
                                        if g in p.grams), None)


# What separates a name's first predicate from a second: "возглавлял компанию, а затем был …",
# "занимал много постов: был министром, …"
_SECOND_PREDICATE_SEPARATORS = frozenset({",", ":"})


def _second_predicate(c: _Ctx, person: PersonCandidate) -> _Span | None:
    """The title a second verb of the name's clause predicates, after a comma or a colon: "Иван
    Петров возглавлял компанию, а в 2010 году был мэром Еревана", "занимал много постов: был
    министром…" (the verbs agree in gender; no other name, no conjunction and no relative word
    between)."""
    doc, stop = c.doc, person.last_tok
    if doc.toks[stop - 1].case != "nomn":
        return None
    sent = doc.sents[doc.toks[stop - 1].sent]
    first = None
    k = stop
    while k < sent.last and k - stop <= _MAX_FIRST_PREDICATE and \
            doc.toks[k].text not in _SECOND_PREDICATE_SEPARATORS:
        t = doc.toks[k]
        if t.ner == "PER" or t.text in _STOP_TEXT or t.parse is not None and (
                t.parse.pos in ("CONJ", "NPRO") or "Ques" in t.parse.grams):
            return None
        if first is None and t.parse is not None and t.parse.pos == "VERB":
            first = k
        k += 1
    if first is None or k >= sent.last or doc.toks[k].text not in _SECOND_PREDICATE_SEPARATORS:
        return None
    k += 1
    if k < sent.last and doc.toks[k].low in _PREDICATE_JOINS:
        k += 1
    k = _relative_adverbials(doc, k, sent.last)
    verb = doc.toks[k] if k < sent.last else None
    if verb is None or verb.parse is None or verb.parse.pos != "VERB" or \
            verb.parse.normal not in c.lex.title_verbs or "intr" not in verb.parse.grams or \
            _verb_gender(verb) != _verb_gender(doc.toks[first]):
        return None  # "…назначил, а затем уволил с поста советника": the post is the object's
    return _predicate(doc, k, c.lex, c.quoted, doc.toks[k].sent)


def _name_predicate(a: _Near) -> Iterator[_Span]:
    c, person = a
    yield from _some(_predicate(c.doc, person.last_tok, c.lex, c.quoted) or
                     _past_apposition(c, person) or _second_predicate(c, person))


# The predicates of a name, for each person: the first that finds a title decides.
_PREDICATE: tuple[Rule[_Near, _Span | None], ...] = (
    Rule("predicate", _name_predicate),
    Rule("object_predicate", lambda a: _some(_object_predicate(
        a[0].doc, a[1].first_tok, a[1].last_tok, a[0].lex, a[0].quoted))),
)


def _decisions(c: _Ctx, rules: tuple[Rule[_Near, _Span | None], ...]
               ) -> list[tuple[str, _Span | None] | None]:
    """For each person, the first rule of ``rules`` that decides and its title (once per
    text)."""
    if rules not in c.decisions:
        c.decisions[rules] = [first_match(rules, (c, p)) for p in c.people]
    return c.decisions[rules]


def _decided(rules: tuple[Rule[_Near, _Span | None], ...], rule: str
             ) -> Callable[[_Ctx], Iterator[_Found]]:
    """The titles of ``rule``: for each person, the title of the first rule of ``rules`` that
    decides, when it is ``rule`` and no earlier title claimed its tokens."""
    def find(c: _Ctx) -> Iterator[_Found]:
        for person, found in zip(c.people, _decisions(c, rules)):
            if found is not None and found[0] == rule and found[1] is not None and \
                    not c.taken(found[1]):
                yield _Found(person, found[1])
    return find


def _apposition_chain(c: _Ctx) -> Iterator[_Found]:
    """The titles after a name's apposition, each after a comma ("Иван Петров, вице-президент
    палаты, руководитель её филиала"): one more apposition of the same name."""
    for person, found in zip(c.people, _decisions(c, _AFTER)):
        if found is None or found[0] != "after_name" or found[1] is None:
            continue
        span = found[1]
        for _ in range(_MAX_CHAIN):
            if span.last >= len(c.doc.toks) or c.doc.toks[span.last].text != ",":
                break
            at = _after_at(c.doc, span.last)
            nxt = _apposition(c.doc, at, c.lex, c.quoted) if at is not None else None
            if nxt is None or c.taken(nxt) or \
                    not _same_animate_case(c.doc.toks[nxt.head], c.doc.toks[found[1].head]):
                break
            yield _Found(person, nxt)
            span = nxt


def _same_animate_case(a: Tok, b: Tok) -> bool:
    """Do two title heads stand in one case, an animate accusative read as the genitive it
    looks like ("Брода, известного правозащитника, члена палаты": the tagger reads the first
    an accusative, the second a genitive)?"""
    return a.case == b.case or a.case is not None and \
        _ANIMATE_ACCUSATIVE.get(a.case) == _ANIMATE_ACCUSATIVE.get(b.case)


def _referred(c: _Ctx, k: int, stop: int, gender: str | None) -> Iterator[_Found]:
    """The title predicated of the subject at token ``k`` (a pronoun or a verb with none), said
    of the person the subject refers to."""
    if gender is None or _in_speech(c.doc, k):
        return  # «Он был отличным боксером»: the speaker's "он" is not the narrator's
    found = _predicate(c.doc, stop, c.lex, c.quoted, c.doc.toks[k].sent)
    if found is None or c.taken(found):
        return
    i = _antecedent(c, k, gender)
    if i is not None:
        yield _Found(c.people[i], found)


def _pronoun_subjects(c: _Ctx) -> Iterator[_Found]:
    """"В 1981 году он был назначен епископом": said of the man named before."""
    for k, t in enumerate(c.doc.toks):
        if t.low in _PRONOUNS and t.parse is not None and t.parse.pos == "NPRO":
            yield from _referred(c, k, k + 1, _PRONOUNS[t.low])


def _no_subjects(c: _Ctx) -> Iterator[_Found]:
    """"Стал генералом, работал министром": the sentence has no subject of its own; "В 2010
    году его назначили директором": an impersonal plural verb, said of the person the object
    pronoun before it stands for."""
    for k, t in enumerate(c.doc.toks):
        if _subjectless(c.doc, k, c.lex) and t.parse is not None:
            gender = _VERB_GENDERS.get(next(iter({"masc", "femn"} & t.parse.grams), ""))
            if gender is None and "plur" in t.parse.grams:
                gender = _object_pronoun(c.doc, k)
            yield from _referred(c, k, k, gender)


# The object pronouns an impersonal title verb may follow, with their gender.
_OBJECT_PRONOUNS = {"его": "Masc", "её": "Fem", "ее": "Fem"}
_MAX_TO_OBJECT = 2  # words from the pronoun to the verb: "его | снова | назначили"


def _object_pronoun(doc: Doc, verb: int) -> str | None:
    """The gender of an object pronoun right before the verb at token ``verb`` (an adverb
    between), or None."""
    first = doc.sents[doc.toks[verb].sent].first
    for j in range(verb - 1, max(first, verb - 1 - _MAX_TO_OBJECT) - 1, -1):
        t = doc.toks[j]
        if t.low in _OBJECT_PRONOUNS:  # right before a verb, no possessive ("её" as ADJF)
            return _OBJECT_PRONOUNS[t.low]
        if t.parse is None or t.parse.pos != "ADVB":
            return None
    return None


def _gerund_predicates(c: _Ctx) -> Iterator[_Found]:
    """"Петров, будучи министром, …", "Будучи игроком клуба, Петров …", "…, став лучшим
    бомбардиром": a title verb's gerund predicates its title of the clause's subject."""
    doc = c.doc
    for k, t in enumerate(doc.toks):
        p = t.parse
        if p is None or p.pos != "GRND" or p.normal not in c.lex.title_verbs or \
                _in_speech(doc, k):
            continue
        sent = doc.sents[t.sent]
        span = _predicated(doc, _past_adverbials(doc, k + 1, sent.last, c.lex), sent.last,
                           c.lex, c.quoted)
        if span is None or c.taken(span):
            continue
        i = _clause_subject(c, k, span.last, t.sent)
        if i is not None:
            yield _Found(c.people[i], span)


def _clause_subject(c: _Ctx, k: int, after: int, sent: int) -> int | None:
    """The person in the nominative a gerund at token ``k`` is said of: the last named before
    it in its sentence, else the one a subject pronoun before it refers to, else the first
    named after its phrase (ending at ``after``)."""
    before = [i for i in _people_in(c, sent) if c.people[i].last_tok <= k]
    if before:
        return before[-1] if _nominative(c, before[-1]) else None
    doc = c.doc
    pronoun = next((j for j in range(k - 1, doc.sents[sent].first - 1, -1)
                    if doc.toks[j].low in _PRONOUNS and doc.toks[j].case == "nomn"), None)
    if pronoun is not None:  # "Он выиграл чемпионат, став лучшим бомбардиром"
        return None if _in_speech(doc, pronoun) else \
            _antecedent(c, pronoun, _PRONOUNS[doc.toks[pronoun].low])
    return next((i for i in _people_in(c, sent) if c.people[i].first_tok >= after and
                 _nominative(c, i)), None)


def _people_in(c: _Ctx, sent: int) -> list[int]:
    """The people named in sentence ``sent``, in text order."""
    s = c.doc.sents[sent]
    out = []
    for i in range(bisect_right(c.last_toks, s.first), len(c.people)):
        if c.people[i].first_tok >= s.last:
            break  # the people are in text order: the rest come later
        if s.first <= c.people[i].first_tok and c.people[i].last_tok <= s.last:
            out.append(i)
    return out


def _nominative(c: _Ctx, i: int) -> bool:
    p = c.people[i]
    return c.doc.toks[p.last_tok - 1].case in ("nomn", None)


def _dash_biographies(c: _Ctx) -> Iterator[_Found]:
    """A sentence naming nobody that is an adverbial, a dash and a title in the nominative ("С
    2008 года — первый замсекретаря Совета Безопасности", "Сейчас он — профессор
    университета"): a line of a biography, of the person named last (``_last_named``)."""
    doc = c.doc
    for sent in doc.sents:
        reach = min(sent.last - 1, sent.first + _MAX_LEAD + 2)
        dash = next((k for k in range(sent.first + 1, reach)
                     if doc.toks[k].text in _DASHES and doc.toks[k + 1].is_word()), None)
        if dash is None or dash + 1 >= sent.last or \
                any(t.ner == "PER" for t in doc.toks[sent.first:sent.last]):
            continue
        lead, gender = dash, None
        if doc.toks[dash - 1].low in _PRONOUNS:
            lead, gender = dash - 1, _PRONOUNS[doc.toks[dash - 1].low]
        if not _adverbial_lead(doc, sent.first, lead):
            continue
        span = _predicated(doc, dash + 1, sent.last, c.lex, c.quoted, acting_case=None,
                           want="nomn")
        if span is None or span.first != dash + 1 or c.taken(span) or _in_speech(doc, dash):
            continue
        # "Сейчас он — профессор": the person "он" stands for; else the biography's subject
        i = _last_named(c, dash, None) if gender is None else _antecedent(c, dash - 1, gender)
        if i is not None:
            yield _Found(c.people[i], span)


_VERB_POS = frozenset({"VERB", "INFN", "PRTS", "GRND", "PRED", "ADJS"})  # predicates


def _verbless_biographies(c: _Ctx) -> Iterator[_Found]:
    """A sentence with no verb and no name, ended by a full stop, that is a title in the
    nominative after an adverbial, if any ("Генерал-полковник.", "С 2005 года депутат
    парламента.", "Депутат Верховной рады с 1998 по 2007 год."): a line of a biography, of
    the person named last (``_last_named``)."""
    doc = c.doc
    for index, sent in enumerate(doc.sents):
        if index == 0 or doc.toks[sent.last - 1].text != "." or any(
                t.ner == "PER" or t.parse is not None and t.parse.pos in _VERB_POS
                for t in doc.toks[sent.first:sent.last]):
            continue
        reach = min(sent.last - 1, sent.first + _MAX_LEAD + 1)
        start = next((k for k in range(sent.first, reach)
                      if _adverbial_lead(doc, sent.first, k) and doc.toks[k].case == "nomn"), None)
        if start is None or _in_speech(doc, start):
            continue
        span = _predicated(doc, start, sent.last, c.lex, c.quoted, acting_case=None, want="nomn")
        if span is None or span.first != start or c.taken(span) or _plural(doc.toks[span.head]):
            continue
        i = _last_named(c, start, None)
        if i is not None:
            yield _Found(c.people[i], span)


def _subject_titles(c: _Ctx) -> Iterator[_Found]:
    """A bare title subject of a sentence with no name ("Министр заявил…"), said of the person
    named in the sentence before, unless that person has a title of another kind ("Путин …
    Новый лидер заявил")."""
    yield from _subjects_of(c, _subject_title)


def _subjects_of(c: _Ctx, find: Callable[[Doc, int, int, TitleLexicon, set[int]],
                                          tuple[_Span, str | None] | None]) -> Iterator[_Found]:
    doc = c.doc
    named = {doc.toks[p.first_tok].sent for p in c.people}
    for index, sent in enumerate(doc.sents):
        if index in named or any(t.ner == "PER" for t in doc.toks[sent.first:sent.last]):
            continue
        subject = find(doc, sent.first, sent.last, c.lex, c.quoted)
        if subject is None or c.taken(subject[0]):
            continue
        span, gender = subject
        i = _subject_antecedent(c, span, gender, index)
        if i is not None:
            yield _Found(c.people[i], span)


def _subject_antecedent(c: _Ctx, span: _Span, gender: str | None, index: int) -> int | None:
    """The person a bare title subject in sentence ``index`` refers to: the last one named in
    the nominative in the sentence before, of the verb's gender (past tense), unless that
    person holds a post of another head ("Путин … Новый лидер заявил"; a status, "победителем
    стал Петров. Волонтёр участвовал …", holds none)."""
    doc = c.doc
    i = _antecedent_in(c, span.first, gender or _description_gender(c, span), True)
    if i is None or doc.toks[c.people[i].first_tok].sent < index - _SUBJECT_SENTS:
        return None
    lemma = _head_lemma(doc.toks[span.head], c.lex)
    key = c.people[i].last or c.people[i].name
    if any((o.person.last or o.person.name) == key and o.head != lemma and o.kind == "position"
           for o in c.kept):
        return None  # (a status, "победитель конкурса", tells no post the person holds)
    return i


def _named_before(c: _Ctx, k: int, nominative: bool, sents: int) -> int | None:
    """The person named last before token ``k``, in its sentence or the ``sents`` before
    (named in the nominative, when ``nominative``)."""
    i = bisect_right(c.last_toks, k) - 1
    while i >= 0 and c.people[i].last_tok > k:
        i -= 1
    if i < 0 or c.doc.toks[c.people[i].first_tok].sent < c.doc.toks[k].sent - sents:
        return None
    if nominative and not _named_in_nominative(c, i):
        return None
    return i


def _named_in_nominative(c: _Ctx, i: int) -> bool:
    """Is person ``i`` named in the nominative: by the tagger and the morphology of its words,
    or as the name's reading found it ("Мандела", which the morphology reads only as the
    genitive of "Мандел", is the nominative the tagger and the name's paradigm see)?"""
    p = c.people[i]
    toks = c.doc.toks[p.first_tok:p.last_tok]
    return p.nominative or "nomn" in _name_cases(toks) and toks[-1].case in ("nomn", None)


_NAME_GENDERS = {"masc": "Masc", "femn": "Fem"}


def _first_name_gender(morph: Morphology, first: str) -> set[str]:
    """The gender the dictionary gives a first name ("Соня": Fem), when it gives one only."""
    out = {_NAME_GENDERS[g] for w in first.split() for p in morph.parse(w.lower())
           if p.known and "Name" in p.grams for g in p.grams & _NAME_GENDERS.keys()}
    return out if len(out) == 1 else set()


def _tagged_genders(toks: list[Tok]) -> set[str]:
    """The genders the tagger gives the words of a name."""
    return {g for t in toks if t.is_word() and (g := t.tag.get("Gender")) is not None}


def _gender_agrees(c: _Ctx, i: int, gender: str) -> bool:
    """Does the name of person ``i`` tell no gender other than ``gender``? A surname alone
    tells the gender of the first name of its full name in the text, when the dictionary gives
    that one gender only ("Соня Сотомайор … Сотомайор": a woman, whatever the tagger makes of
    the surname alone; not "Саша")."""
    p = c.people[i]
    full = c.full_genders.get(p.last or p.name, set()) if p.first is None else set()
    genders = full if len(full) == 1 else _tagged_genders(c.doc.toks[p.first_tok:p.last_tok])
    return not genders or gender in genders


# What may stand right before a title subject inside its sentence: the end of an adverbial
# ("В 2020 году аграрий выделил…", "Затем министр заявил…"); a preposition, an adjective or
# a conjunction before it makes the title part of another phrase.
_NOT_BEFORE_SUBJECT = frozenset({"PREP", "ADJF", "PRTF", "CONJ", "NUMR", "NPRO"})


def _inner_subject(doc: Doc, first: int, stop: int, lex: TitleLexicon, quoted: set[int]
                   ) -> tuple[_Span, str | None] | None:
    """A bare title subject after an adverbial of its sentence, the verb right after it
    ("За два года меценат построил…"): as ``_subject_title``, at the first place it fits."""
    for k in range(first + 1, stop - 1):
        prev = doc.toks[k - 1]
        p = prev.parse
        if prev.text in _STOP_TEXT and prev.text != "," or k - 1 in quoted or \
                p is not None and p.pos in _NOT_BEFORE_SUBJECT:
            continue
        found = _subject_title(doc, k, stop, lex, quoted)
        if found is not None:
            return found
    return None


def _inner_subjects(c: _Ctx) -> Iterator[_Found]:
    """"Иван Петров открыл школу. В прошлом году министр построил…": said of the person named
    in the sentence before, on the terms of ``_subject_titles``."""
    yield from _subjects_of(c, _inner_subject)


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


# An animate accusative reads as a genitive: the tagger may give the adjective one case and
# its noun the other ("спросили 50-летнего министра").
_ANIMATE_ACCUSATIVE: dict[str | None, str] = {
    "accs": "gent", "gent": "gent", "nomn": "nomn", "datv": "datv", "ablt": "ablt",
    "loct": "loct"}


def _passive_agent(doc: Doc, k: int) -> bool:
    """Is the instrumental phrase starting at token ``k`` the agent of a passive participle
    right before it ("был убит 18-летним бойцом", "задержан сотрудником полиции"): someone
    other than the person the participle is said of?"""
    j = k
    while j > 0 and _age_word(doc.toks[j - 1]) is not None:
        j -= 1  # "убит 18-летним | бойцом": the title's phrase starts after the age
    prev = doc.toks[j - 1].parse if j > 0 else None
    return doc.toks[k].case == "ablt" and prev is not None and (
        prev.pos == "PRTS" or prev.pos == "PRTF" and "pssv" in prev.grams)


def _age_title_at(c: _Ctx, k: int) -> _Span | None:
    """A bare title after the age adjective at token ``k`` with no name after it ("41-летний
    музыкант покончил…", "у 94-летнего политика"), over agreeing adjectives and genitive
    complements."""
    doc = c.doc
    j = k + 1
    while j < len(doc.toks) and j - k <= 3 and (p := doc.toks[j].parse) is not None and \
            p.pos in ("ADJF", "PRTF") and doc.toks[j].case == doc.toks[k].case:
        j += 1
    if j >= len(doc.toks) or j in c.quoted or \
            _ANIMATE_ACCUSATIVE.get(doc.toks[j].case) != _ANIMATE_ACCUSATIVE.get(
                doc.toks[k].case) or not _head_lemma(doc.toks[j], c.lex) or _plural(doc.toks[j]):
        return None
    last = j + 1
    while last < len(doc.toks) and last - j <= _MAX and \
            _can_continue(doc.toks[last], c.quoted) and \
            (doc.toks[last].case == "gent" or last in c.quoted) and \
            (p := doc.toks[last].parse) is not None and p.pos not in ("PREP", "ADVB"):
        last += 1
    if last < len(doc.toks) and doc.toks[last].ner == "PER":
        return None  # "58-летнего президента Уго Чавеса": the name's own title
    if _passive_agent(doc, k):
        return None  # "был убит 18-летним бойцом": the agent
    return _Span(k, j, last)


def _age_titles(c: _Ctx) -> Iterator[_Found]:
    """A bare title after an age adjective refers back to the person named last before it,
    in any case, in its sentence or the two before: "Честера Беннингтона нашли мёртвым.
    41-летний музыкант покончил с собой"."""
    for k, t in enumerate(c.doc.toks):
        gender = _age_word(t)
        span = _age_title_at(c, k) if gender is not None and k not in c.quoted else None
        if gender is None or span is None or c.taken(span) or _in_speech(c.doc, k):
            continue
        i = _antecedent_in(c, k, gender, False)
        if i is not None:
            yield _Found(c.people[i], span)


# What may stand between a name and its "один из …": punctuation, a linking verb (title_cues.txt:
# linking_verb), an adverb ("Петров, один из…", "Петров является одним из…").
_ONE_OF_GAP = frozenset({",", "—", "–", "-"})
_MAX_ONE_OF_GAP = 4


def _one_of_title(c: _Ctx, k: int) -> _Span | None:
    """The title after "один из" at token ``k`` ("одним из самых успешных исполнителей"): a
    plural title head in the genitive, over its adjectives and genitive complements."""
    doc = c.doc
    j = k + 2
    sent = doc.sents[doc.toks[k].sent]
    while j < sent.last and (p := doc.toks[j].parse) is not None and \
            p.pos in ("ADJF", "PRTF", "ADVB") and j - k <= 6:
        j += 1
    if j >= sent.last or j in c.quoted or doc.toks[j].case != "gent" or \
            not _plural_read(doc.toks[j]) or not _head_lemma_plural(doc.toks[j], c.lex):
        return None
    last = j + 1
    while last < sent.last and last - j <= _MAX and _can_continue(doc.toks[last], c.quoted) and \
            (doc.toks[last].case in ("gent", None) or last in c.quoted) and \
            (p := doc.toks[last].parse) is not None and p.pos not in ("PREP", "ADVB"):
        last += 1
    return _Span(k + 2, j, last)


def _head_lemma_plural(tok: Tok, lex: TitleLexicon) -> str | None:
    """The title lemma of a plural noun ("руководителей" → руководитель)."""
    return _head_lemma(tok, lex) or next(
        (q.normal for q in tok.parses if q.pos == "NOUN" and q.normal in lex.titles), None)


def _one_of_person(c: _Ctx, k: int) -> int | None:
    """The person named right before "один из" at token ``k``, over a linking verb."""
    doc = c.doc
    i = bisect_right(c.last_toks, k) - 1
    while i >= 0 and c.people[i].last_tok > k:
        i -= 1
    if i < 0 or k - c.people[i].last_tok > _MAX_ONE_OF_GAP or \
            doc.toks[c.people[i].first_tok].sent != doc.toks[k].sent:
        return None
    for t in doc.toks[c.people[i].last_tok:k]:
        p = t.parse
        if t.text not in _ONE_OF_GAP and not (p is not None and (
                p.pos == "ADVB" or p.normal in c.lex.linking_verbs)):
            return None
    return i


def _ones_of(c: _Ctx) -> Iterator[_Found]:
    """"Петров, один из руководителей компании", "Петров — один из самых успешных
    исполнителей", "Петров является одним из директоров": the title of one of many."""
    doc = c.doc
    for k in range(len(doc.toks) - 2):
        if doc.toks[k].lemma != "один" or doc.toks[k + 1].low != "из":
            continue
        span = _one_of_title(c, k)
        if span is None or c.taken(span):
            continue
        i = _one_of_person(c, k)
        if i is None:
            i = _one_of_named_after(c, k, span)
        if i is not None:
            yield _Found(c.people[i], span)


_ONE_OF_OPENERS = frozenset({"—", "–", "(", ","})
_MAX_ONE_OF_ADJECTIVES = 2


def _one_of_named_after(c: _Ctx, k: int, span: _Span) -> int | None:
    """The person named right after the title of "один из" at token ``k`` behind a dash, a
    bracket or a comma, over adjectives in its case ("один из адвокатов — Анна Белова", "один
    из лучших вратарей (Иван Петров)", "одного из боссов клана, 78-летнего Ивана Петрова"; a
    comma needs the name in the case of "один")."""
    doc = c.doc
    j = span.last
    if j >= len(doc.toks) or doc.toks[j].text not in _ONE_OF_OPENERS:
        return None
    comma = doc.toks[j].text == ","
    j += 1
    first = j
    while j < len(doc.toks) and j - first < _MAX_ONE_OF_ADJECTIVES and \
            (p := doc.toks[j].parse) is not None and p.pos == "ADJF" and doc.toks[j].ner is None:
        j += 1
    i = c.by_first.get(j)
    if i is None or doc.toks[j].sent != doc.toks[k].sent:
        return None
    form = _ANIMATE_ACCUSATIVE.get(doc.toks[k].case)
    person = c.people[i]
    if j > first:  # the adjective agrees with "один", in any of its readings ("78-летнего")
        forms = {_ANIMATE_ACCUSATIVE.get(_CASE_GRAMS[g]) for p in doc.toks[first].parses
                 for g in p.grams if g in _CASE_GRAMS and not (g == "accs" and "inan" in p.grams)}
        if form not in forms:
            return None
    elif comma and form not in {_ANIMATE_ACCUSATIVE.get(x) for x in
                                _name_cases(doc.toks[person.first_tok:person.last_tok])}:
        return None
    return i


def _post_phrases(c: _Ctx) -> Iterator[_Found]:
    """A post word with its genitive title ("на пост министра", "с должности главы",
    "занимал пост директора") names a post of the person named right after the title, else
    of the person named last before it in its sentence: "Петров подал в отставку с поста
    министра", "назначит Петрова на пост директора", "Смирнова, которая занимала пост главы
    района"."""
    doc = c.doc
    for k, t in enumerate(doc.toks):
        if not (t.lemma in c.lex.post_words or _acted_duties(c, k)) or k + 1 >= len(doc.toks) \
                or k in c.quoted:
            continue
        sent = doc.sents[t.sent]
        span = _predicated(doc, k + 1, sent.last, c.lex, c.quoted, want="gent")
        if span is None or span.first != k + 1 or c.taken(span):
            continue
        at = c.by_first.get(span.last)
        if at is None:
            at = _named_after_verb(c, span.last, sent.last, t.lemma in _role_words())
        after = c.people[at] if at is not None else None
        i = bisect_right(c.last_toks, k) - 1  # the last person ending by the post word
        while i >= 0 and c.people[i].last_tok > k:
            i -= 1
        before = c.people[i] if i >= 0 and c.people[i].first_tok >= sent.first else None
        person = after or before
        if person is not None and (person is after or not _gives_post(c, person.last_tok, k)):
            yield _Found(person, _Span(span.first, span.head, span.last))
        elif person is None and (j := _post_subject(c, sent.first, k)) is not None:
            yield _Found(c.people[j], _Span(span.first, span.head, span.last))


_SEEK_GAP = 3  # words between a post seeker and its post word: "бороться | за | пост"
_SEEK_GAP_POS = frozenset({"PREP", "NPRO", "ADJF", "INFN", "PRTF", "ADVB", "PRCL"})


def _sought_post(c: _Ctx, first: int) -> bool:
    """Is the title starting at token ``first`` the genitive of a post word of a post sought,
    offered or promised, which nobody named holds (a word of data/title_cues.txt: post_seeker
    right before the post word, over prepositions, pronouns, adjectives and an infinitive:
    "бороться за пост премьера", "кандидатом на пост главы", "предложения занять пост")?"""
    k = first - 1
    if k < 1 or c.doc.toks[k].lemma not in c.lex.post_words:
        return False
    doc = c.doc
    first = doc.sents[doc.toks[k].sent].first
    for j in range(k - 1, max(first, k - 1 - _SEEK_GAP) - 1, -1):
        t = doc.toks[j]
        if t.lemma in c.lex.post_seekers:
            return True
        if t.parse is None or t.parse.pos not in _SEEK_GAP_POS or t.ner is not None:
            return False
    return False


def _acted_duties(c: _Ctx, k: int) -> bool:
    """Is token ``k`` "обязанности" after a finite verb or an infinitive of data/title_cues.txt:
    acting_verb ("будет исполнять обязанности главы", "выполнял обязанности министра"): a post
    held?"""
    prev = c.doc.toks[k - 1].parse if k > 0 else None
    return c.doc.toks[k].low == _ACTING_WORD and prev is not None and \
        prev.normal in c.lex.acting_verbs and prev.pos in ("VERB", "INFN")
    # (a participle, "исполняющего обязанности губернатора", may qualify someone else's word:
    # "сын исполняющего обязанности губернатора Иван Петров")


def _named_after_verb(c: _Ctx, k: int, stop: int, role: bool = False) -> int | None:
    """The person named right after a title verb at token ``k`` (over adverbs and "был"):
    "Пост министра занимал Петров", "с поста главы был снят Петров". After a role phrase
    (``role``: "в качестве заместителя"), any verb, over a comma that closes the phrase: "в
    команду, в качестве заместителя, входит Петров"."""
    doc = c.doc
    verb = False
    j = k + 1 if role and k < stop and doc.toks[k].text == "," else k
    while j < stop and j - k < _MAX_TO_VERB and (p := doc.toks[j].parse) is not None and \
            (p.pos == "ADVB" or p.pos in ("VERB", "PRTS") and (
                role or p.normal in c.lex.title_verbs or p.normal == "быть")):
        verb = verb or role and p.pos in ("VERB", "PRTS") or p.normal in c.lex.title_verbs
        j += 1
    if not verb:
        return None
    # the name, or the titles before it: "Пост министра займёт заместитель главы Петров"
    return c.by_first.get(j, c.by_anchor.get(j))


@cache
def _role_words() -> frozenset[str]:
    """Post words whose phrase names the role of the clause's subject, whatever its verb
    (data/role_words.txt: "в качестве заместителя")."""
    return frozenset(lines("role_words.txt"))


def _post_subject(c: _Ctx, first: int, k: int) -> int | None:
    """The person a sentence naming nobody holds the post of the post word at token ``k``
    through: its subject "он"/"она" ("С 2006 года он занимал должность министра") or its
    subjectless verb ("Указом президента назначен на должность полпреда"), the person these
    refer to (``_antecedent``)."""
    doc = c.doc
    if any(t.ner == "PER" for t in doc.toks[first:k]) or _in_speech(doc, k):
        return None
    for j in range(first, k):
        t = doc.toks[j]
        if t.low in _PRONOUNS and t.parse is not None and t.parse.pos == "NPRO":
            return _antecedent(c, j, _PRONOUNS[t.low])
        if _subjectless(doc, j, c.lex) and t.parse is not None:
            gender = _VERB_GENDERS.get(next(iter({"masc", "femn"} & t.parse.grams), ""))
            return _antecedent(c, j, gender) if gender is not None else None
    return None


def _gives_post(c: _Ctx, first: int, stop: int) -> bool:
    """Does a word between tokens ``first`` and ``stop`` make the person before them the one
    who gives or seeks the post (data/title_cues.txt: post_giver), not a passive participle?"""
    return any(t.lemma in c.lex.post_givers and t.parse is not None and
               t.parse.pos in ("VERB", "INFN", "NOUN") for t in c.doc.toks[first:stop])


def _joined_heads(c: _Ctx) -> Iterator[_Found]:
    """A second head joined by "и" inside a title found, in the case of its head: its own
    title ("издатель и главред журнала": "главред журнала" too; "основатель и директор
    центра", whose link title is not reported: "директор центра")."""
    titles = [(t.person, t.first_tok, t.last_tok, t.head) for t in c.kept]
    titles += [(f.person, f.span.first, f.span.last, _lemma(c, f)) for f in c.linked]
    for person, first, last, lemma in titles:
        head = next((j for j in range(first, last)
                     if _head_lemma(c.doc.toks[j], c.lex) == lemma), None)
        if head is None or c.doc.toks[head].case is None:
            continue
        for j in range(head + 1, last - 1):
            if c.doc.toks[j].low not in _ALLOWED_CONJ or j in c.quoted:
                continue
            k = j + 1
            while k < last and (p := c.doc.toks[k].parse) is not None and \
                    p.pos in ("ADJF", "PRTF") and c.doc.toks[k].case == c.doc.toks[head].case:
                k += 1
            if k < last and c.doc.toks[k].case == c.doc.toks[head].case and \
                    _head_lemma(c.doc.toks[k], c.lex) and k not in c.quoted:
                yield _Found(person, _Span(j + 1, k, last))
            break


def _others_opener(doc: Doc, o: int) -> int | None:
    """Where the words before a plural "другие" at token ``o`` start when they close a list
    ("и других", "и двух других", "наряду с другими"); None otherwise."""
    if o < 1:
        return None
    k = o - 1
    if doc.toks[k].pos == "NUMR" and k > 0:  # "и двух других актрис"
        k -= 1
    if doc.toks[k].low in _ALLOWED_CONJ:
        return k
    if k == o - 1 and k > 0 and doc.toks[k].low == "с" and doc.toks[k - 1].low == "наряду":
        return k - 1
    return None


def _others_of_list(c: _Ctx) -> Iterator[_Found]:
    """A plural title after "и других" that closes a list of names: every name of the list
    holds it ("Пикассо, Дали и других художников", "Петров, Смирнов и другие депутаты",
    "Петров и двух других актёров", "Петров наряду с другими руководителями")."""
    doc = c.doc
    for o, t in enumerate(doc.toks):
        if t.lemma != "другой" or o + 1 >= len(doc.toks) or not _plural(t):
            continue
        k = _others_opener(doc, o)
        if k is None:
            continue
        j = o + 1
        while j < len(doc.toks) and (p := doc.toks[j].parse) is not None and \
                p.pos in ("ADJF", "PRTF") and doc.toks[j].case == t.case:
            j += 1
        if j >= len(doc.toks) or not _plural(doc.toks[j]) or not _head_lemma(doc.toks[j], c.lex) \
                or doc.toks[j].case != t.case:
            continue
        span = _Span(o + 1, j, j + 1)
        people = _listed_before(c, k)
        if people and not c.taken(span):
            yield from (_Found(c.people[i], span) for i in people)


_COORDINATORS = frozenset({",", "и", "а", "также"})


def _coordinated(c: _Ctx) -> Iterator[_Found]:
    """The titles joined to a predicated one by "и" or commas, in its case: "была членом и
    секретарем совета", "работала инженером, дизайнером, затем менеджером" (the first is the
    predicate's; a membership first takes the complement of the title after it: "член
    совета")."""
    for ti, t in enumerate(list(c.kept)):  # titles found later only join the end of the list
        head = next((j for j in range(t.first_tok, t.last_tok)
                     if _head_lemma(c.doc.toks[j], c.lex) == t.head), None)
        case = c.doc.toks[head].case if head is not None else None
        if t.rule not in _PREDICATE_RULES or case is None:
            continue
        k = t.last_tok
        while True:
            j = gap = _trailing_adverbial(c.doc, k, c.quoted)  # "…врачом в госпитале, затем"
            while j < len(c.doc.toks) and c.doc.toks[j].low in _COORDINATORS and \
                    c.doc.toks[j].sent == c.doc.toks[k].sent:
                j += 1
            j = _lead_adverbial(c.doc, _adverbs_after(c.doc, j), c.quoted) if j > gap else k
            # "…, затем менеджером", "…, а в 1990 году — членом академии"
            if j == k or j >= len(c.doc.toks):
                break
            span = _predicated(c.doc, j, len(c.doc.toks), c.lex, c.quoted, want=case)
            if span is None or c.taken(span) or span.first != j:
                break
            if k == t.last_tok and head == k - 1 and span.last > span.head + 1 and \
                    t.kind == "membership":
                # a membership names its body: it shares the complement of the title after
                # it ("член совета" of "членом и секретарем совета"; "юристом и директором
                # фонда" gives a "юрист" of no fund)
                shared = guillemets(as_written(c.doc, span.head + 1, span.last))
                c.kept[ti] = replace(t, normal=f"{t.normal} {shared}")
            yield _Found(t.person, span)
            k = span.last


# -- the members of a body ----------------------------------------------------------------------

_INTO = frozenset({"в", "во"})
_LIST_LEADS = frozenset({":", "—", "–", "также"})


def _body_end(c: _Ctx, k: int) -> int:
    """The end of the genitive body after the make-up noun at ``k`` ("состав | Общественного
    совета района")."""
    doc, end = c.doc, k + 1
    while end < len(doc.toks) and end - k <= _MAX and _can_continue(doc.toks[end], c.quoted) \
            and (p := doc.toks[end].parse) is not None and p.pos != "PREP" and \
            (doc.toks[end].case == "gent" or end in c.quoted or doc.toks[end].ner == "ORG"):
        end += 1
    return end


def _listed_after(c: _Ctx, k: int) -> list[int]:
    """The people of a list that starts at token ``k`` (a colon, dash or "также" skipped)."""
    while k < len(c.doc.toks) and c.doc.toks[k].low in _LIST_LEADS:
        k += 1
    first = c.by_first.get(k)
    if first is None:  # a name after its own titles: the first title starts at k
        first = c.by_anchor.get(k)
    elif first in c.before:
        first = None  # the name has titles before it: the list starts at them
    return [] if first is None else [first, *_list_members(c, first)]


def _listed_before(c: _Ctx, k: int) -> list[int]:
    """The people of a list that ends right before token ``k``."""
    last = c.by_last.get(k)
    if last is None:
        return []
    first = last
    while first > 0 and last in _list_members(c, first - 1):
        first -= 1
    return list(range(first, last + 1))


def _trailing_adverbial(doc: Doc, k: int, quoted: set[int]) -> int:
    """Where the prepositional adverbials and the bracketed aside at token ``k``, after a
    predicated title, end ("… инженером | в Омске |, затем директором", "… социологом | в ООО
    «Прогресс» |, затем менеджером", "… топ-менеджером «Лукойла» | («Когалымнефтегаз») |, а также
    директором"): ``k`` itself when no coordinator follows them (the list goes on only past a
    comma or a conjunction)."""
    n = k
    while True:
        m = _bracketed_aside(doc, n) if n < len(doc.toks) and doc.toks[n].text == "(" else \
            _adverbial_end(doc, n, quoted)
        if m == n:
            break
        n = m
    if n == k or n >= len(doc.toks) or doc.toks[n].low not in _COORDINATORS:
        return k
    return n


def _adverbial_end(doc: Doc, k: int, quoted: set[int]) -> int:
    """Where a prepositional adverbial at token ``k`` ends ("в 1990 году", "в ООО «Прогресс»",
    "на заводе Renault"): ``k`` itself when none starts there."""
    if k >= len(doc.toks) or (p := doc.toks[k].parse) is None or p.pos != "PREP" or \
            doc.toks[k].low in _instrumental_preps():
        return k
    n = k + 1
    while n < len(doc.toks) and doc.toks[n].sent == doc.toks[k].sent and (
            n in quoted or doc.toks[n].text in QUOTES or doc.quotes.open_depth(n) > 0 or
            doc.toks[n].ner in ("ORG", "LOC") or
            n - k <= _MAX_ADVERBIAL and doc.toks[n].ner != "PER" and
            doc.toks[n].text not in _STOP_TEXT and doc.toks[n].case != "ablt" and
            (_adverbial_word(doc.toks[n]) or _participle(doc.toks[n]))):
        n += 1
    return k if n == k + 1 else n


def _bracketed_aside(doc: Doc, k: int) -> int:
    """Where the bracketed aside opening at token ``k`` ends (past its ")"), within the
    sentence and ``_MAX`` tokens: ``k`` itself when it does not close there."""
    for n in range(k + 1, min(len(doc.toks), k + _MAX + 1)):
        if doc.toks[n].sent != doc.toks[k].sent or doc.toks[n].text == "(":
            return k
        if doc.toks[n].text == ")":
            return n + 1
    return k


def _lead_adverbial(doc: Doc, k: int, quoted: set[int]) -> int:
    """Token ``k`` moved past an adverbial and a dash that stand for the verb left out after a
    coordinator ("…, а в 1990 году — действительным членом", "…, а с 2000 года главным
    редактором"); ``k`` itself when no title in the instrumental follows them."""
    n = _adverbial_end(doc, k, quoted)
    if n == k:
        return k
    if n < len(doc.toks) and doc.toks[n].text in _DASHES:
        n += 1
    return n if n < len(doc.toks) and doc.toks[n].case == "ablt" else k


def _adverbs_after(doc: Doc, k: int) -> int:
    """Where the adverbs (and "также") from token ``k`` on end."""
    while k < len(doc.toks) and (p := doc.toks[k].parse) is not None and \
            (p.pos in ("ADVB", "PRCL") or p.normal == "быть" and p.pos == "VERB" or
             doc.toks[k].low == "также"):
        k += 1
    return k


def _body_listed(c: _Ctx, k: int, into: int, end: int) -> list[int]:
    """The people a make-up noun at ``k`` (after the preposition at ``into``, its body ending
    at ``end``) lists: after a verb that follows it, after a dash or colon ("в составе жюри —
    …"), or before or after a verb that precedes it ("Петров вошел в состав …")."""
    doc = c.doc
    verb = _adverbs_after(doc, end)
    if verb < len(doc.toks) and doc.toks[verb].lemma in c.lex.joins_body:
        return _listed_after(c, verb + 1)
    if end < len(doc.toks) and doc.toks[end].text in _LIST_LEADS and doc.toks[k].case == "loct":
        return _listed_after(c, end)
    verb = _adverbs_before(doc, into) - 1
    if verb >= 0 and doc.toks[verb].lemma in c.lex.joins_body:
        return _listed_before(c, _adverbs_before(doc, verb)) or _listed_after(c, end)
    return []


def _body_members(c: _Ctx) -> Iterator[_Found]:
    """The people a body's make-up lists, each a member of the body: "В состав совета вошли
    Иван Петров и Анна Смирнова", "Петров и Смирнова включены в состав комиссии", "В составе
    жюри — Петров, Смирнова" (data/title_cues.txt: body_member, joins_body)."""
    doc = c.doc
    for k, t in enumerate(doc.toks):
        role = c.lex.body_members.get(t.lemma)
        if role is None or k in c.quoted:
            continue
        into = _with_adjectives(doc, k, doc.sents[t.sent].first) - 1
        if into < 0 or doc.toks[into].low not in _INTO:
            continue
        end = _body_end(c, k)
        if not any(x.parse is not None and x.parse.pos == "NOUN" or x.i in c.quoted
                   for x in doc.toks[k + 1:end]):
            continue  # no body named ("в состав которого вошли")
        people = _body_listed(c, k, into, end)
        if not people:
            continue
        span = _Span(k, k, end)
        yield from (_Found(c.people[i], span, role) for i in people
                    if doc.toks[c.people[i].first_tok].sent == t.sent)


# -- signatures ---------------------------------------------------------------------------------


def _line_break(doc: Doc, a: int, b: int) -> bool:
    """Is there a line break between tokens ``a`` and ``b`` (the text's start or end when out
    of range)?"""
    if a < 0 or b >= len(doc.toks):
        return True
    return "\n" in doc.prep.norm[doc.toks[a].stop:doc.toks[b].start]


def _signatures(c: _Ctx) -> Iterator[_Found]:
    """A line that is a name and its title in the nominative, nothing else (the title may
    take a line of its own): the signature under a letter or a statement ("Кирсан Илюмжинов
    Президент ФИДЕ")."""
    doc = c.doc
    for p in c.people:
        if not _line_break(doc, p.first_tok - 1, p.first_tok) or p.last_tok >= len(doc.toks) or \
                doc.toks[p.last_tok - 1].case not in ("nomn", None):
            continue
        start = p.last_tok + (doc.toks[p.last_tok].text == ",")  # "Анна Белова, | директор"
        span = _bare_subject(doc, start, len(doc.toks), c.lex, c.quoted)
        if span is not None and _line_break(doc, span.last - 1, span.last) and \
                not c.taken(span):
            yield _Found(p, span)


# -- descriptions that refer back ---------------------------------------------------------------

# How many sentences before a bare description the person it refers to may be named.
_DESCRIPTION_SENTS = 2


@cache
def _epithet_pairs() -> tuple[tuple[str, str], ...]:
    """(masculine, feminine) of data/epithet_titles.txt ("-" where there is none)."""
    return tuple((m, f) for m, f in table("epithet_titles.txt", 2))


@cache
def _epithets() -> frozenset[str]:
    return frozenset(w for pair in _epithet_pairs() for w in pair) - {"-"}


@cache
def _paired_masculine() -> frozenset[str]:
    """The masculine vocations with a feminine pair: said of a man ("актер", "певец")."""
    return frozenset(m for m, f in _epithet_pairs() if m != "-" and f != "-")


def _description_at(c: _Ctx, k: int) -> _Span | None:
    """The bare singular title headed at token ``k`` with no name next to it, over the
    adjectives agreeing with it and its genitive complements ("бывшего итальянского премьера",
    "певица", "главы Facebook"), or None."""
    doc = c.doc
    t = doc.toks[k]
    if t.lemmas.isdisjoint(_epithets()):
        return None  # no reading of the word is a vocation (the cheap test first)
    if k in c.quoted or t.ner == "PER" or _plural(t) or \
            _head_lemma(t, c.lex) not in _epithets():
        return None
    first = _with_adjectives(doc, k, doc.sents[t.sent].first)
    last = k + 1
    while last < len(doc.toks) and last - k <= _MAX and \
            _can_continue(doc.toks[last], c.quoted) and \
            (doc.toks[last].case == "gent" or last in c.quoted) and \
            (p := doc.toks[last].parse) is not None and p.pos not in ("PREP", "ADVB"):
        last += 1
    span = _Span(first, k, last)
    if c.taken(span) or any(_head_lemma(doc.toks[j], c.lex) for j in range(k + 1, last)):
        return None  # "адвокат футболиста": the title of someone else
    before = doc.toks[first - 1] if first > 0 else None
    after = doc.toks[last] if last < len(doc.toks) else None
    if before is not None and (before.ner == "PER" or _head_lemma(before, c.lex)) or \
            after is not None and after.ner == "PER":
        return None  # a name's own title, found or refused by the rules before
    if after is not None and after.text in _DASHES:
        return None  # "пианист — лауреат премии Даниил Трифонов": the one the dash names
    if before is not None and before.lemma in c.lex.post_words:
        return None  # "на пост мэра": a post sought or given, left to post_phrase
    if any(t.low in c.lex.other_persons or t.lemma in c.lex.other_persons
           for t in doc.toks[first:k]):
        return None  # "другой министр": someone not named before
    if before is not None and before.pos == "NUMR":
        return None  # "оба шахматиста", "троих учёных": several people
    if _passive_agent(doc, first):
        return None  # "был задержан полицейским": the agent, someone else
    if before is not None and (before.low in _POSSESSIVES or before.lemma == "свой"):
        return None  # "её продюсер", "своего защитника": someone's partner, not that person
    return span


def _description_gender(c: _Ctx, span: _Span) -> str | None:
    """The gender a bare description tells of its person: a feminine profession noun
    ("певица") or a feminine adjective or past verb agreeing with it ("бывший премьер-министр
    работала") says a woman; a masculine noun with a feminine pair ("актер": data/
    epithet_titles.txt) or a masculine past verb right after it says a man; else None."""
    doc = c.doc
    head = doc.toks[span.head]
    p = head.parse
    if p is not None and "femn" in p.grams and _FEMININE.search(p.normal):
        return "Fem"
    if _head_lemma(head, c.lex) in _paired_masculine():
        return "Masc"
    if any((q := t.parse) is not None and "femn" in q.grams and "sing" in q.grams
           for t in doc.toks[span.first:span.head]):
        return "Fem"
    verb = doc.toks[span.last].parse if span.last < len(doc.toks) else None
    if verb is not None and verb.pos == "VERB" and "past" in verb.grams and head.case == "nomn":
        return _VERB_GENDERS.get(next(iter({"masc", "femn"} & verb.grams), ""))
    return None


def _description_antecedent(c: _Ctx, k: int, gender: str | None) -> int | None:
    """The person named last before token ``k``, in any case, in its sentence or the
    ``_DESCRIPTION_SENTS`` before, whose gender does not clash with ``gender``."""
    return _last_named_before(c, k, _DESCRIPTION_SENTS,
                              lambda i: gender is None or _gender_agrees(c, i, gender))


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


class _Blocks:
    """The blocks of a text (the runs between blank lines, which a long text is never cut
    inside) and how often each block names each person (by surname)."""

    def __init__(self, c: _Ctx) -> None:
        self.doc = c.doc
        self.starts = [0] + [m.end() for m in _BLANK_LINE.finditer(c.doc.prep.norm)]
        self.named: dict[int, dict[str, int]] = {}
        for p in c.people:
            counts = self.named.setdefault(self.of(p.first_tok), {})
            key = p.last or p.name
            counts[key] = counts.get(key, 0) + 1

    def of(self, k: int) -> int:
        return bisect_right(self.starts, self.doc.toks[k].start) - 1

    def topic(self, person: PersonCandidate, k: int) -> bool:
        """Does the block of token ``k`` name ``person`` most?"""
        counts = self.named.get(self.of(k), {})
        return counts.get(person.last or person.name, 0) >= max(counts.values(), default=1)


def _descriptions(c: _Ctx) -> Iterator[_Found]:
    """A bare vocation that no rule before took (``_description_at``) refers back to the
    person named last before it, in its sentence or the two before, of no clashing gender
    ("… Пугачёва. Певица заявила", "в отношении политика", "у спортсменки"), when that person
    is named in its block (between blank lines) and most often there, or is the person the
    whole text names most (the passage after a blank line goes on about the text's subject);
    not when someone holds a title of that head already (it is theirs, and reported)."""
    blocks = _Blocks(c)
    held = {t.head for t in c.kept}  # the heads of the titles found so far
    for k in range(len(c.doc.toks)):
        span = _description_at(c, k)
        lemma = _head_lemma(c.doc.toks[k], c.lex) if span is not None else None
        if span is None or lemma is None or lemma in held or _in_speech(c.doc, k):
            continue  # a head someone holds: the title of one named with it, reported
        i = _description_antecedent(c, span.first, _description_gender(c, span))
        if i is None or not (blocks.of(c.people[i].first_tok) == blocks.of(k) and
                             blocks.topic(c.people[i], k) or _topic(c, i)):
            continue  # past a blank line, only the person the whole text names most
        held.add(lemma)
        yield _Found(c.people[i], span)


# How many sentences of the text after its headline may name the person a headline's bare
# title stands for.
_LEAD_SENTS = 2
_HEADLINE_STOPS = frozenset({".", ":", ";"})


def _headline(doc: Doc) -> int | None:
    """The index of the headline's last token: the text's first sentence, alone on its line,
    not ended by a full stop, with more text after it; None when the text opens otherwise."""
    if len(doc.sents) < 2:
        return None
    last = doc.sents[0].last - 1
    if doc.toks[last].text in _HEADLINE_STOPS or not _line_break(doc, last, last + 1):
        return None
    return last


def _headline_titles(c: _Ctx) -> Iterator[_Found]:
    """A bare title subject of a headline that names nobody ("Многодетный хакер из Тюмени
    осуждён", "Глава компании арестован") stands for the person the lead names first (not one
    who issues or says: ``_issuer``), in its first ``_LEAD_SENTS`` sentences, when the text
    names that person most, of no clashing gender."""
    doc = c.doc
    last = _headline(doc)
    if last is None or any(t.ner == "PER" for t in doc.toks[:last + 1]) or \
            c.people and c.people[0].first_tok <= last:
        return
    # the lead's first person but one who issues or says ("Распоряжением акима Ермека
    # Сапарова назначен …": the one appointed)
    i = next((j for j, p in enumerate(c.people)
              if doc.toks[p.first_tok].sent <= _LEAD_SENTS and not _issuer(c, p.first_tok)),
             None)
    if i is None or not _topic(c, i):
        return
    for k in range(last + 1):
        t = doc.toks[k]
        if t.case != "nomn" or k in c.quoted or not _head_lemma(t, c.lex) or _plural(t):
            continue
        span = _bare_subject(doc, _with_adjectives(doc, k, 0), last + 1, c.lex, c.quoted)
        if span is None or span.head != k or c.taken(span):
            continue
        gender = _description_gender(c, span)
        if gender is None or _gender_agrees(c, i, gender):
            yield _Found(c.people[i], span)


_MAX_ISSUER_REACH = 6


def _issuer(c: _Ctx, first: int) -> bool:
    """Is the name at token ``first`` the genitive of an issuing noun, over a title and its
    complement ("Распоряжением акима области | Ивана Петрова", "по словам министра | …";
    data/title_cues.txt: issuer_noun)?"""
    doc = c.doc
    k = first - 1
    sent = doc.toks[first].sent
    while k >= 0 and first - k <= _MAX_ISSUER_REACH and doc.toks[k].sent == sent and \
            doc.toks[k].case == "gent" and doc.toks[k].pos in ("NOUN", "ADJF", "PRTF"):
        k -= 1
    return k >= 0 and k < first - 1 and doc.toks[k].sent == sent and \
        doc.toks[k].lemma.replace("ё", "е") in c.lex.issuer_nouns


_MAX_COUNT = 10  # the largest count word a plural description is checked against


@cache
def _counts() -> dict[str, int]:
    """The count words before a plural description ("троих учёных", "оба музыканта") and the
    number of people they count (data/numbers.txt)."""
    out = {}
    for word, value in table("numbers.txt", 2):
        number = float(value)
        if number.is_integer() and 2 <= number <= _MAX_COUNT:
            out[word.replace("ё", "е")] = int(number)
    return out


def _plural_description_at(c: _Ctx, k: int) -> tuple[_Span, int | None] | None:
    """The bare plural vocation at token ``k`` (data/epithet_titles.txt) with no name next to
    it and no complement ("Художники представят работы", "работы троих учёных"), and the
    number a count word before it says ("троих": 3), or None."""
    doc = c.doc
    t = doc.toks[k]
    counted = k > 0 and doc.toks[k - 1].lemma in _counts()  # "оба музыканта": a genitive
    if t.lemmas.isdisjoint(_epithets()) or k in c.quoted or t.ner == "PER" or \
            not (_plural(t) or counted) or _head_lemma(t, c.lex) not in _epithets():
        return None
    first = _with_adjectives(doc, k, doc.sents[t.sent].first)
    span = _Span(first, k, k + 1)
    if c.taken(span) or first < k:
        return None  # "известные художники", "оба артиста": a class, or counted apart
    after = doc.toks[k + 1] if k + 1 < len(doc.toks) else None
    if after is not None and (after.ner is not None or after.text in _DASHES or
                              after.text in (":", "(") or after.case == "gent" and
                              (p := after.parse) is not None and p.pos == "NOUN"):
        return None  # a list, a name or a complement after it: the rules before decide
    count = None
    lead = first - 1
    if lead >= 0 and doc.toks[lead].lemma in _counts():
        count = _counts()[doc.toks[lead].lemma]
        lead -= 1
    before = doc.toks[lead] if lead >= 0 else None
    if before is not None and (before.ner is not None or before.low in c.lex.class_leads or
                               before.low in _POSSESSIVES or before.lemma == "свой" or
                               _head_lemma(before, c.lex) or before.text in _DASHES):
        return None
    return span, count


def _named_together(c: _Ctx, i: int, stop: int) -> list[int]:
    """The people (one mention each) named in the sentence of person ``i`` before token
    ``stop``, in text order."""
    seen: dict[str, int] = {}
    for j in _people_in(c, c.doc.toks[c.people[i].first_tok].sent):
        p = c.people[j]
        if p.last_tok <= stop:
            seen.setdefault(p.last or p.name, j)
    return sorted(seen.values())


def _opening_subject(c: _Ctx, span: _Span, i: int) -> bool:
    """Does the plural vocation open its sentence in the nominative, right after the sentence
    of person ``i`` ("… Петрова и Смирнова. Художники представят …")?"""
    doc = c.doc
    sent = doc.toks[span.first].sent
    return span.first == doc.sents[sent].first and doc.toks[span.head].case == "nomn" and \
        doc.toks[c.people[i].first_tok].sent == sent - 1


def _plural_descriptions(c: _Ctx) -> Iterator[_Found]:
    """A bare plural vocation refers back to the people named together last before it, in the
    sentence of the last one named (in its sentence or the two before, its block): "Премию
    получили Петров, Смирнов и Белова. Работы троих учёных…", "… керамиста Петрова и
    каллиграфа Смирнова. Художники представят…" (each holds it); a count word must count
    them."""
    blocks = _Blocks(c)
    for k in range(len(c.doc.toks)):
        found = _plural_description_at(c, k)
        if found is None or _in_speech(c.doc, k):
            continue
        span, count = found
        i = _last_named_before(c, span.first, _DESCRIPTION_SENTS, lambda i: True)
        if i is None or blocks.of(c.people[i].first_tok) != blocks.of(k):
            continue
        if count is None and not _opening_subject(c, span, i):
            continue
        people = _named_together(c, i, span.first)
        if len(people) >= 2 and count in (None, len(people)):
            yield from (_Found(c.people[j], span) for j in people)


# -- a title given before its object -----------------------------------------------------------

_GIVEN_CASES = frozenset({"accs", "gent"})  # an animate object's accusative reads as either
_TO_GIVEN_TITLE = 3  # words between a title verb and the title it gives: "назначил вчера …"


def _given_title(c: _Ctx, i: int) -> _Span | None:
    """The instrumental title a transitive title verb gives the name after it, the title first:
    "назначил министром обороны Ивана Петрова", "назначил начальником штаба генерала Петрова"
    (over the name's own titles); the name is the verb's object, not in the nominative."""
    doc = c.doc
    person = c.people[i]
    if doc.toks[person.first_tok].case not in _GIVEN_CASES:
        return None
    end = c.before[i][0][1].first if i in c.before else person.first_tok
    sent = doc.toks[person.first_tok].sent
    for v in range(end - 2, max(doc.sents[sent].first, end - _MAX - 2) - 1, -1):
        t = doc.toks[v]
        if t.text in _STOP_TEXT or t.ner == "PER":
            return None
        p = t.parse
        if p is None or p.normal not in c.lex.title_verbs or "tran" not in p.grams or \
                p.pos not in ("VERB", "INFN"):
            continue
        k = v + 1
        while k < end and k - v <= _TO_GIVEN_TITLE and doc.toks[k].pos == "ADVB":
            k += 1
        span = _predicated(doc, k, end, c.lex, c.quoted)
        if span is None or span.first != k or span.head >= end or span.last < end:
            return None
        # the name's own titles end the title given: "председателем правления | бывшего
        # губернатора Петрова"
        return _Span(span.first, span.head, end)
    return None


def _given_titles(c: _Ctx) -> Iterator[_Found]:
    """A title a transitive title verb gives its object named after the title: "Президент
    назначил министром обороны Ивана Петрова"."""
    for i in range(len(c.people)):
        span = _given_title(c, i)
        if span is not None and not c.taken(span):
            yield _Found(c.people[i], span)


# -- a plural title over a list of titled names -----------------------------------------------


def _titled_member(c: _Ctx, i: int) -> int | None:
    """Where the titles of person ``i`` start (over an age before them: "54-летний доктор
    медицины, епископ Рафаэль"), when it has titles before it."""
    if i not in c.before:
        return None
    k = c.before[i][0][1].first
    return k - 1 if k > 0 and _age_word(c.doc.toks[k - 1]) is not None else k


def _titled_members(c: _Ctx, i: int) -> list[int]:
    """Person ``i`` and the titled people listed after it in its sentence, each separated from
    the one before by list separators only ("губернатор Флориды Петров, губернатор Техаса
    Смирнов и …")."""
    out = [i]
    j = i + 1
    while j < len(c.people) and (k := _titled_member(c, j)) is not None:
        gap = c.doc.toks[c.people[out[-1]].last_tok:k]
        if not gap or not _list_gap(gap) or c.doc.toks[k].sent != c.doc.toks[
                c.people[i].first_tok].sent:
            break
        out.append(j)
        j += 1
    return out


def _many(doc: Doc, span: _Span) -> bool:
    """Does the title name several people: a plural head, or one a count word counts ("три
    священника")?"""
    if _plural(doc.toks[span.head]):
        return True
    before = doc.toks[span.first - 1] if span.first > 0 else None
    return before is not None and (before.pos == "NUMR" or before.text.isdigit()) and \
        before.low not in ("один", "одна", "1")


_MAX_RELATIVE_CLAUSE = 12  # tokens of a relative clause between a plural title and its list


def _before_relative(doc: Doc, end: int) -> int:
    """Token ``end``, or the comma opening a relative clause that ends there ("политиков, от
    которых ждут заявлений, — …": the title ends before the clause)."""
    first = doc.sents[doc.toks[end - 1].sent].first if end > 0 else 0
    for j in range(end - 1, max(first, end - _MAX_RELATIVE_CLAUSE) - 1, -1):
        t = doc.toks[j]
        if t.lemma in _RELATIVE_LEMMAS:
            k = j - 1 if j - 1 > first and doc.toks[j - 1].pos == "PREP" else j
            return k - 1 if k - 1 > first and doc.toks[k - 1].text == "," else end
        if t.text in _STOP_TEXT and t.text != "," or t.ner == "PER":
            return end
    return end


def _titled_lists(c: _Ctx) -> Iterator[_Found]:
    """A plural title before a list opener (data/title_cues.txt: list_opener) over names with
    titles of their own: each holds it too ("три священника: 54-летний доктор медицины, епископ
    Петров и юрист, иеромонах Смирнов"; "губернаторы — губернатор Омской области Петров,
    губернатор Томской области Смирнов")."""
    i = 0
    while i < len(c.people):
        k = _titled_member(c, i)
        opener = _list_opener(c.doc, k, c.lex) if k is not None else None
        end = _before_relative(c.doc, opener[0]) if opener is not None else None
        spans = _before(c.doc, end, c.lex, c.quoted) if end is not None else []
        if not spans or not _many(c.doc, spans[-1]):
            i += 1
            continue
        span = spans[-1]
        while span.first < span.head and c.doc.toks[span.first].lemma == "другой":
            span = _Span(span.first + 1, span.head, span.last)  # "среди других политиков"
        members = _titled_members(c, i)
        yield from (_Found(c.people[j], span) for j in members)
        i = members[-1] + 1


# -- succession: who held the post before ------------------------------------------------------

_POST_PHRASE_PREPS = frozenset({"на", "в"})
_POST_DETERMINERS = 2  # words between the preposition and the post word: "на этом же посту"
_CUE_GAP = 5  # words from a succession cue to its name: "вместо ушедшего в отставку Петрова"
_CUE_GAP_POS = frozenset({"ADJF", "PRTF", "NUMR", "ADVB", "PREP", "NOUN"})
_SUCCESSOR_GAP = 2  # tokens from a successor's name to its verb: "Петрову, сменившему"
_POST_BEFORE_CUE = 12  # tokens from a post phrase before a succession verb to it
# The rules whose title the sentence predicates of its subject: the post someone took
_PREDICATED = frozenset({"predicate", "inverse_predicate", "object_predicate", "post_phrase",
                         "after_relative", "after_participle", "gerund_predicate"})
_TO_PREDICATED = 14  # tokens from a succession cue to the predicated title it refers to


def _post_after_cue(c: _Ctx, k: int, stop: int) -> tuple[int, _Span | None] | None:
    """The post phrase at token ``k``, after a succession verb: "на посту министра" (the token
    after it and its genitive title), "на этом посту" (no title: the post is the sentence's)."""
    doc = c.doc
    if k >= stop or doc.toks[k].low not in _POST_PHRASE_PREPS:
        return None
    j = k + 1
    while j < stop and j - k <= _POST_DETERMINERS and doc.toks[j].lemma not in c.lex.post_words \
            and doc.toks[j].pos in ("ADJF", "NPRO", "PRCL"):
        j += 1
    if j >= stop or doc.toks[j].lemma not in c.lex.post_words:
        return None
    span = _predicated(doc, j + 1, stop, c.lex, c.quoted, want="gent")
    if span is not None and span.first == j + 1 and c.by_first.get(j + 1) is None:
        return span.last, span
    return j + 1, None


def _post_before_cue(c: _Ctx, v: int, first: int) -> _Span | None:
    """The post phrase before a succession verb, over a pronoun or a subject noun: "На посту
    директора его сменит Петров", "На должности главы ведомства генерал сменил Петрова" (its
    genitive title)."""
    doc = c.doc
    end = v
    while end > first and doc.toks[end - 1].pos in ("NPRO", "ADVB"):
        end -= 1
    if end > first and end == v and doc.toks[end - 1].pos == "NOUN" and \
            doc.toks[end - 1].case == "nomn" and doc.toks[end - 1].text.islower():
        end -= 1  # the subject: "генерал сменил"
    elif end == v and (i := c.by_last.get(end)) is not None:
        end = c.people[i].first_tok  # the object: "Петрова сменила"
    for k in range(end - 1, max(first, end - _POST_BEFORE_CUE) - 1, -1):
        if doc.toks[k].lemma in c.lex.post_words:
            span = _predicated(doc, k + 1, end, c.lex, c.quoted, want="gent")
            return span if span is not None and span.first == k + 1 and span.last == end \
                else None
    return None


def _name_after_cue(c: _Ctx, k: int, stop: int) -> int | None:
    """The person named within a few words from token ``k``, over adjectives, participles and
    their complements: "вместо ушедшего в отставку Петрова", "сменил 86-летнего Петрова"."""
    doc = c.doc
    for j in range(k, min(stop, k + _CUE_GAP + 1)):
        i = c.by_first.get(j)
        if i is not None:
            return i
        t = doc.toks[j]
        if t.pos not in _CUE_GAP_POS or t.ner is not None or t.is_title_case() and j > k:
            return None
    return None


def _successor_before(c: _Ctx, v: int, first: int) -> int | None:
    """The person named right before a succession verb (over a comma or an adverb): "Петрова
    сменила …", "Петрову, сменившему …"."""
    doc = c.doc
    for j in range(v, max(first, v - _SUCCESSOR_GAP) - 1, -1):
        i = c.by_last.get(j)
        if i is not None:
            return i
        t = doc.toks[j - 1]
        if t.text != "," and t.pos != "ADVB":
            return None
    return None


def _successor_after(c: _Ctx, v: int, stop: int) -> int | None:
    """The subject named right after a succession verb whose object, a pronoun or a name,
    stands before it: "его сменит Петров", "Иванова сменила Петрова"."""
    doc = c.doc
    i = c.by_first.get(v + 1) if v + 1 < stop else None
    if i is None or v == 0 or doc.toks[v - 1].pos != "NPRO" and c.by_last.get(v) is None:
        return None
    return i if "nomn" in _name_cases(doc.toks[c.people[i].first_tok:c.people[i].last_tok]) \
        else None


def _predicated_near(c: _Ctx, k: int, holder: int, both_sides: bool) -> _Span | None:
    """The title the sentence of token ``k`` predicates of someone other than person ``holder``,
    the nearest one before ``k`` (or after it, ``both_sides``), within a few tokens."""
    sent = c.doc.toks[k].sent
    other = c.people[holder]
    best: tuple[int, _Span] | None = None
    for rule, f in c.found:
        span = f.span
        if rule not in _PREDICATED or f.person.first_tok == other.first_tok or \
                c.doc.toks[span.first].sent != sent:
            continue
        gap = k - span.last if span.last <= k else span.first - k if both_sides else None
        if gap is not None and 0 <= gap <= _TO_PREDICATED and (best is None or gap < best[0]):
            best = (gap, span)
    return None if best is None else best[1]


def _held_before(c: _Ctx, span: _Span) -> _Span:
    """The post of ``span`` as a predecessor held it: without the adjectives before its head
    ("новым главой района", "четвёртым главой" → "глава района", "глава") and without the
    acting words of the new holder's ("и. о. министра" → "министр")."""
    first = span.first + _acting_abbreviation(c.doc, span.first, c.lex)
    first = _acting_words(c.doc, first) or first
    while first < span.head and c.doc.toks[first].pos in ("ADJF", "NUMR"):
        first += 1
    return _Span(first, span.head, span.last) if first == span.head else span


def _succession_at(c: _Ctx, v: int) -> Iterator[_Found]:
    doc = c.doc
    sent = doc.sents[doc.toks[v].sent]
    post = _post_after_cue(c, v + 1, sent.last)
    if post is None:
        span = _post_before_cue(c, v, sent.first)
        if span is None:
            return
        i = _successor_after(c, v, sent.last)
        if i is None:  # "На должности главы ведомства генерал сменил Петрова": the object
            i = _name_after_cue(c, v + 1, sent.last)
            if i is not None and doc.toks[c.people[i].first_tok].case not in _GIVEN_CASES:
                i = None
        if i is not None:
            yield _Found(c.people[i], span)
        return
    nxt, span = post
    after = _name_after_cue(c, nxt, sent.last)
    if span is None:  # "на этом посту": the post the sentence gave the successor
        held = _predicated_near(c, v, after, False) if after is not None else None
        if after is not None and held is not None:
            yield _Found(c.people[after], _held_before(c, held))
        return
    before = _successor_before(c, v, sent.first)
    if before is not None:
        yield _Found(c.people[before], span)


def _successions(c: _Ctx) -> Iterator[_Found]:
    """A succession verb (data/title_cues.txt: successor_verb) with a post phrase: its subject
    holds the post the phrase names ("Петрова сменила на посту министра Иванова", the object
    has it from post_phrase; "На посту директора его сменит Петров"), and after "на этом
    посту" its object holds the post the sentence predicates of the subject ("Петров стал
    министром, сменив на этом посту Иванова")."""
    for v, t in enumerate(c.doc.toks):
        if t.lemma in c.lex.successor_verbs and t.pos in ("VERB", "PRTF", "GRND", "INFN"):
            yield from _succession_at(c, v)


def _predecessors(c: _Ctx) -> Iterator[_Found]:
    """The name after a predecessor mark (data/title_cues.txt: predecessor_mark) held the post
    its sentence predicates of someone else, the nearest predicated title: "Петров назначен
    министром вместо Иванова", "Вместо Иванова министром станет Петров"."""
    doc = c.doc
    named: set[int] | None = None
    for k, t in enumerate(doc.toks):
        if t.low not in c.lex.predecessor_marks:
            continue
        i = _name_after_cue(c, k + 1, doc.sents[t.sent].last)
        span = _predicated_near(c, k, i, True) if i is not None else None
        if i is None or span is None:
            continue
        if named is None:
            named = {j for p in c.people for j in range(p.first_tok, p.last_tok)}
        gap = range(span.last, k) if span.last <= k else range(c.people[i].last_tok, span.first)
        if all(_predicate_word(c, j, named) for j in gap):
            yield _Found(c.people[i], _held_before(c, span))


def _predicate_word(c: _Ctx, j: int, named: set[int]) -> bool:
    """May token ``j`` stand between a predicated title and "вместо": a word of a name or of a
    title, a title verb, an adverb, a comma, or the title's genitive complement ("председателем
    совета и Совета министров вместо …", "Вместо Петрова, капитаном стал …"; not "выступил на
    заседании вместо …")?"""
    t = c.doc.toks[j]
    p = t.parse
    return j in named or j in c.claimed or t.low in ("и", ",") or t.case == "gent" or \
        p is not None and (p.pos in ("ADVB", "PRCL") or p.normal in c.lex.title_verbs or
                           p.normal == "быть")


# The rules whose titles a verb predicates (data: the rule names of this module).
_PREDICATE_RULES = frozenset(r for r in ("predicate", "object_predicate", "after_relative",
                                         "after_participle", "pronoun_subject", "no_subject",
                                         "gerund_predicate"))


# The title constructions, in order, each with its sentence window.
RULES: tuple[TitleRule[_Ctx, _Found], ...] = (
    TitleRule("before_name", _planned("before_name")),
    TitleRule("name_complement", _planned("name_complement")),
    TitleRule("chained_before", _planned("chained_before")),
    TitleRule("list_opener", _planned("list_opener")),
    TitleRule("dash_title", _planned("dash_title")),
    TitleRule("before_comma", _planned("before_comma")),
    TitleRule("inverse_predicate", _planned("inverse_predicate")),
    TitleRule("list_over_names", _list_over_names),
    TitleRule("after_relative", _decided(_AFTER, "after_relative")),
    TitleRule("after_participle", _decided(_AFTER, "after_participle")),
    TitleRule("after_name", _decided(_AFTER, "after_name")),
    TitleRule("apposition_chain", _apposition_chain),
    TitleRule("predicate", _decided(_PREDICATE, "predicate")),
    TitleRule("object_predicate", _decided(_PREDICATE, "object_predicate")),
    TitleRule("pronoun_subject", _pronoun_subjects, window=_TOPIC_SENTS),
    TitleRule("no_subject", _no_subjects, window=_TOPIC_SENTS),
    TitleRule("gerund_predicate", _gerund_predicates),
    TitleRule("dash_biography", _dash_biographies, window=_TOPIC_SENTS),
    TitleRule("verbless_biography", _verbless_biographies, window=_TOPIC_SENTS),
    TitleRule("subject_title", _subject_titles, window=_SUBJECT_SENTS),
    TitleRule("inner_subject", _inner_subjects, window=_SUBJECT_SENTS),
    TitleRule("coordinated", _coordinated, window=_ANTECEDENT_SENTS),
    TitleRule("age_title", _age_titles, window=_ANTECEDENT_SENTS),
    TitleRule("post_phrase", _post_phrases),
    TitleRule("given_title", _given_titles),
    TitleRule("succession", _successions),
    TitleRule("titled_list", _titled_lists),
    TitleRule("predecessor", _predecessors),
    TitleRule("one_of", _ones_of),
    TitleRule("joined_heads", _joined_heads, window=None),
    TitleRule("others_of_list", _others_of_list),
    TitleRule("body_member", _body_members),
    TitleRule("signature", _signatures, window=1),  # the title may take the next line
    TitleRule("description", _descriptions, window=_DESCRIPTION_SENTS),
    TitleRule("plural_description", _plural_descriptions, window=_DESCRIPTION_SENTS),
    TitleRule("headline_title", _headline_titles, window=-_LEAD_SENTS),
)


def _lemma(c: _Ctx, f: _Found) -> str:
    if f.role is not None:
        return f.role
    head = c.doc.toks[f.span.head]
    # a participle a rule chose as the head is used as a noun ("главным управляющим банка")
    return _head_at(c.doc, f.span.head, c.lex) or _substantive(head, c.lex, governs=True) or \
        head.lemma


def _link_title(c: _Ctx, f: _Found) -> bool:
    """The last veto: a title that reaches it claims its tokens, so that later rules do not
    take them; a link title ("основатель", "уроженец": it links a chain of titles) is then
    not reported."""
    c.claimed.update(range(f.span.first, f.span.last))
    if _lemma(c, f) not in c.lex.link_titles:
        return False
    c.linked.append(f)
    return True


# The reasons a title found is not reported, in order.
VETOES: tuple[Veto[_Ctx, _Found], ...] = (
    Veto("gender_clash", lambda c, f: _gender_clash(
        c.doc.toks[f.span.head], c.doc.toks[f.person.first_tok:f.person.last_tok],
        f.person.gender)),
    Veto("kin", lambda c, f: _pair_kind(c.doc, f.span, _lemma(c, f), c.lex) == "kin"),
    Veto("running_for", lambda c, f: _running_for(c.doc, f.span)),
    Veto("sought_post", lambda c, f: _sought_post(c, f.span.first)),
    Veto("possessor", lambda c, f: _possessor(c.doc, f)),
    Veto("link_title", _link_title),
)


def _sentence_case(doc: Doc, first: int, normal: str, lex: TitleLexicon) -> str:
    """A title without the capital its first word owes to the sentence ("Министр спорта" →
    "министр спорта") or, inside a sentence, to respect ("с Президентом Токаевым"), unless that
    word, as read in context, is a name or an abbreviation (data/proper_grammemes.txt) and no
    title head ("Аким" is a first name too)."""
    t = doc.toks[first]
    opening = range(doc.sents[t.sent].first, first)  # only quotes or a dash before it
    if not t.text[:1].isupper() or not t.text[1:].islower() or not normal[:1].isupper():
        return normal
    if any(doc.toks[j].is_word() for j in opening) and not _head_lemma(t, lex) and \
            not (t.parse is not None and t.parse.pos in ("ADJF", "PRTF")):
        return normal  # inside a sentence only a head or its adjective owes the capital to
        # respect ("встретился с Президентом", "Глава государства отметил"), not a name
    if t.parse is None or t.parse.grams & _proper_grammemes() and t.low not in lex.titles \
            and not _head_lemma(t, lex):
        return normal
    return normal[:1].lower() + normal[1:]


@cache
def _proper_grammemes() -> frozenset[str]:
    return frozenset(lines("proper_grammemes.txt"))


def _unowned(c: _Ctx, span: _Span) -> _Span:
    """``span`` without a reflexive possessive before its head ("своим новым спикером" →
    "новый спикер": whose post it is, the sentence says)."""
    if span.first < span.head and c.doc.toks[span.first].lemma == "свой":
        return _Span(span.first + 1, span.head, span.last)
    return span


def _candidate(c: _Ctx, f: _Found, rule: str) -> TitleCandidate:
    span = _unowned(c, f.span)
    head = c.doc.toks[span.head]
    if f.role is not None:  # "состав совета": "член совета"
        normal = f"{f.role} {guillemets(as_written(c.doc, span.head + 1, span.last))}"
        return TitleCandidate(f.person, span.first, span.last, f.role, normal, rule,
                              _kind(c.doc, span, f.role, c.lex))
    normal = _acting_normal(c.doc, span, c.morph) or _abbreviated_acting_normal(c, span) or \
        guillemets(nominative(c.doc, span.first, span.last, c.morph,
                              keep_number=not _plural(head), head=span.head))
    normal = _sentence_case(c.doc, span.first, _unprefixed(head, normal, c.morph), c.lex)
    lemma = _lemma(c, f)
    return TitleCandidate(f.person, span.first, span.last, lemma, normal, rule,
                          _kind(c.doc, span, lemma, c.lex))


def _half_nominative(half: str, case: str | None, morph: Morphology) -> tuple[str, str] | None:
    """A half of a hyphenated word in the nominative, with its lemma ("перебежчика" →
    "перебежчик"); None when the morphology reads no noun in it."""
    parses = [p for p in morph.parse(half.lower()) if p.pos == "NOUN"]
    if not parses:
        return None
    p = next((q for q in parses if case in q.grams), parses[0])
    # a person's title is singular, whatever the number of the phrase ("политиков-республиканцев")
    word = morph.inflect(p, {"nomn", "sing"}) or morph.inflect(p, {"nomn", "plur"}) or half.lower()
    return word, p.normal.replace("ё", "е")


def _compound_split(c: _Ctx, cand: TitleCandidate, head: int) -> list[TitleCandidate]:
    """A title whose head word joins a post and a half of data/title_compounds.txt: the title
    of the post's half, and for an affiliation its status of its own ("сенатора-демократа" →
    "сенатор", "демократ"); the others as they are."""
    word = c.doc.toks[head].text
    halves = word.split("-")
    if len(halves) != 2 or not all(halves):
        return [cand]
    case = c.doc.toks[head].case
    a, b = (_half_nominative(h, case, c.morph) for h in halves)
    if a is None or b is None:
        return [cand]
    kinds = c.lex.compounds
    if kinds.get(b[1]) == "affiliation":
        post, other, at = a, b, 0
    elif kinds.get(a[1]) == "gender":
        post, other, at = b, a, 1
    else:
        return [cand]
    written = next((w for w in cand.normal.split() if "-" in w and
                    w.lower().split("-")[at][:3] == halves[at].lower()[:3]), None)
    if written is None:
        return [cand]
    normal = cand.normal.replace(written, restore_case(post[0], written.split("-")[at]), 1)
    out = [replace(cand, head=post[1], normal=normal)]
    if kinds.get(other[1]) == "affiliation":
        out.append(replace(cand, head=other[1], normal=other[0], kind="status"))
    return out


def extract_titles(doc: Doc, people: list[PersonCandidate], morph: Morphology,
                   lex: TitleLexicon, quoted: set[int] | None = None,
                   trace: Trace | None = None) -> list[TitleCandidate]:
    """The titles of ``RULES`` no veto of ``VETOES`` stops, each with its person, in the
    order of the rules."""
    c = _Ctx(doc, tuple(people), morph, lex, quoted or set())
    _plan(c)
    for rule, found in run(RULES, VETOES, c, kind="titles", trace=trace,
                           span=lambda f: (f.span.first, f.span.last)):
        c.kept.extend(_compound_split(c, _candidate(c, found, rule), found.span.head))
        c.found.append((rule, found))
    return list(c.kept)


# -- bare roles ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _RoleCtx:
    doc: Doc
    morph: Morphology
    lex: TitleLexicon
    taken: frozenset[int]  # the tokens of the names and of the titles next to them


def _bare_roles(c: _RoleCtx) -> Iterator[RoleMention]:
    """Title phrases of data/coref_titles.txt standing with no name ("— подчеркнул аким
    области"), the longest first, not followed by a name or a complement."""
    toks = c.doc.toks
    longest = max((len(k) for k in c.lex.coref_titles), default=0)
    k = 0
    while k < len(toks):
        if toks[k].chrome or k in c.taken:
            k += 1
            continue
        for n in range(min(longest, len(toks) - k), 0, -1):
            lemmas = tuple(t.lemma.replace("ё", "е") for t in toks[k:k + n])
            group = c.lex.coref_titles.get(lemmas)
            if group is None or any(j in c.taken for j in range(k, k + n)):
                continue
            nxt = toks[k + n] if k + n < len(toks) else None
            if nxt is not None and (nxt.ner in ("PER", "LOC", "ORG") or nxt.case == "gent"):
                break  # a name or a complement follows: not a bare role
            normal = _sentence_case(c.doc, k, nominative(c.doc, k, k + n, c.morph, head=k),
                                    c.lex)
            yield RoleMention(k, k + n, group, lemmas[0], normal)
            k += n - 1
            break
        k += 1


# The constructions of a bare role.
ROLE_RULES: tuple[TitleRule[_RoleCtx, RoleMention], ...] = (
    TitleRule("bare_role", _bare_roles, window=None),
)

#: The sentence window of each rule of RULES and ROLE_RULES.
WINDOWS: dict[str, int | None] = {**{r.name: r.window for r in RULES},
                                   **{r.name: r.window for r in ROLE_RULES}}


def role_mentions(doc: Doc, people: list[PersonCandidate], morph: Morphology,
                  lex: TitleLexicon, titles: list[TitleCandidate],
                  trace: Trace | None = None) -> list[RoleMention]:
    """Title phrases of data/coref_titles.txt standing with no name: "— подчеркнул аким
    области", "Глава региона вручил…". The linker decides whom they refer to."""
    taken = {k for t in titles for k in range(t.first_tok, t.last_tok)}
    taken |= {k for p in people for k in range(p.first_tok, p.last_tok)}
    c = _RoleCtx(doc, morph, lex, frozenset(taken))
    return [replace(r, rule=rule) for rule, r in
            run(ROLE_RULES, (), c, kind="titles", trace=trace,
                span=lambda r: (r.first_tok, r.last_tok))]
