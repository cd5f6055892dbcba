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
  coordinated_names  "Петров и Смирнова — художники", "Петров и Смирнов, ставшие советниками",
                     "Петров и Смирнов (оба являются депутатами)" (a plural title after names
                     joined by "и": each name's)
  predicate          "Иванов стал министром", "занял пост министра финансов"
  object_predicate   "назначил Ивана Петрова главой комитета"
  pronoun_subject    "… Петров. В 1981 году он был назначен епископом" (two sentences back)
  title_pronoun      "Депутаты избрали нового председателя думы. Им стал Иван Петров." (the
                     title the sentence before names, of the name after "им"/"ею" and a title
                     verb)
  noun_subject       "… Белова. Многодетная мама – координатор фонда" (a person's noun)
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
  one_of             "Петров, один из руководителей компании", "является одним из директоров",
                     "был в числе генералов", "Одним из судей стал Петров" (title_cues.txt:
                     partitive, linking_verb)
  post_phrase        "Петров подал в отставку с поста министра", "назначит Петрова на пост
                     директора" (the person named right after the title, else last before it
                     in its sentence; not one who gives or seeks the post: post_giver)
  given_title        "Президент назначил министром обороны Ивана Петрова" (the title a
                     transitive title verb gives its object named after the title)
  succession         "Петрова сменила на посту министра Иванова", "На посту директора его
                     сменит Петров" (the subject of a succession verb holds the post named);
                     "стал мэром, сменив на этом посту Иванова" (the object holds the post
                     the sentence predicates of the subject, or one of the two before it:
                     "Петров избран мэром. Он сменит на этом посту Иванова")
  titled_list        "три священника: доктор богословия, епископ Петров и …" (a plural title
                     over a list of names with titles of their own)
  predecessor        "назначен министром вместо Иванова" (the name after "вместо" held the post
                     the sentence predicates of someone else)
  joined_heads       "…, издатель и главред журнала" (the second head of a title found, a
                     link title's too)
  others_of_list     "Шишкина, Левитана и других художников" (every name of the list)
  body_member        "В состав комиссии по бюджету вошли Петров и Смирнова" (members)
  pronoun_member     "Утвержден состав совета. В него вошли Петров и Смирнова" (the body of
                     the make-up the sentence before names; also one name a line after a colon)
  body_head          "Комиссию по бюджету возглавил Петров", "Петров, возглавляющий ТОО «…»"
                     (the head of a body a verb of leading names: "председатель комиссии по
                     бюджету", the head's title by the body's word, data/body_heads.txt)
  listed_head        "Комиссии возглавили:" + "— по бюджету — Петров;" (the heads of the
                     bodies a list's intro names, a field after "по" per item, one a line or
                     between semicolons: "председатель комиссии по бюджету")
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
("уроженец": the title claims its tokens but is not reported).

Per person, the first rule that decides wins: ``_BEFORE_NAME`` (before_name, list_opener,
dash_title, before_comma), ``_AFTER`` (after_relative, after_participle, after_name),
``_PREDICATE`` (predicate, object_predicate). ``_NOT_APPOSITION`` says why the words before a
name are no title of it. ``ROLE_RULES`` (bare_role): a title phrase of data/coref_titles.txt with
no name ("глава региона"), which the linker gives to a person named before.

A title word joining a post and an affiliation ("президент-республиканец") is the title of the
post and the status of the affiliation (data/title_compounds.txt).

The cue words are data: data/title_cues.txt, with titles.txt, not_titles.txt, link_titles.txt,
title_verbs.txt, relation_words.txt, membership.txt and coref_titles.txt (``TitleLexicon``).

The modules, each using only those before it: ``words`` (a title's head, adjectives, cases),
``before`` (the scan left of a name, lists of names), ``predicates`` (appositions, relative
clauses, predicates), ``context`` (what the rules share, the people a phrase may refer back
to), ``named`` (titles next to a name), ``lists`` ("один из", post phrases, lists, bodies),
``succession`` (titles a verb or a list hands on, predecessors), ``refer`` (subjects and
biography lines that refer back), ``described`` (vocations, headlines, plural vocations); this
module holds the tables and runs them.
"""


from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from ...data import lines
from ...document import Doc
from ...lexicon import TitleLexicon
from ...quotes import QUOTES, is_opening
from ...rules import Trace, Veto, run
from ...text.morph import Morphology
from ..people import PersonCandidate
from ..phrase import as_written, genitive, guillemets, nominative, restore_case
from .before import _only_plural, _plural_read
from .context import (
    _ANTECEDENT_SENTS,
    _SUBJECT_SENTS,
    _TOPIC_SENTS,
    _abbreviated_acting_normal,
    _Ctx,
    _Found,
    _gender_clash,
    _kind,
    _pair_kind,
    _possessor,
    _running_for,
)
from .described import (
    _DESCRIPTION_SENTS,
    _LEAD_SENTS,
    _descriptions,
    _headline_titles,
    _plural_descriptions,
    _signatures,
)
from .lists import (
    MEMBER_SENTS,
    _body_heads,
    _body_members,
    _coordinated,
    _joined_heads,
    _lemma,
    _listed_heads,
    _ones_of,
    _others_of_list,
    _post_phrases,
    _pronoun_members,
    _sought_post,
    second_head,
    title_head,
)
from .named import (
    _AFTER,
    _PREDICATE,
    _coordinated_names,
    _dashed_predicates,
    _decided,
    _list_over_names,
    _plan,
    _planned,
    _second_predicates,
)
from .predicates import _RELATIVE_LEMMAS
from .refer import (
    _age_titles,
    _apposition_chain,
    _attributions,
    _dash_biographies,
    _gerund_predicates,
    _inner_subjects,
    _no_subjects,
    _noun_subjects,
    _object_pronouns,
    _pronoun_subjects,
    _subject_titles,
    _title_pronouns,
    _verbless_biographies,
)
from .succession import (
    _POST_BACK_SENTS,
    _given_titles,
    _predecessors,
    _successions,
    _titled_lists,
)
from .words import (
    RoleMention,
    TitleCandidate,
    TitleRule,
    _acting_normal,
    _head_lemma,
    _name_cases,
    _Span,
    _unprefixed,
    plural_over_list,
)

__all__ = ["TitleCandidate", "RoleMention", "TitleRule", "extract_titles", "role_mentions",
           "plural_over_list", "RULES", "VETOES", "ROLE_RULES", "WINDOWS"]


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
    TitleRule("coordinated_names", _coordinated_names),
    TitleRule("predicate", _decided(_PREDICATE, "predicate")),
    TitleRule("object_predicate", _decided(_PREDICATE, "object_predicate")),
    TitleRule("second_predicate", _second_predicates),
    TitleRule("dashed_predicate", _dashed_predicates),
    TitleRule("pronoun_subject", _pronoun_subjects, window=_TOPIC_SENTS),
    TitleRule("title_pronoun", _title_pronouns, window=-1),  # the name in the next sentence
    TitleRule("noun_subject", _noun_subjects, window=_TOPIC_SENTS),
    TitleRule("no_subject", _no_subjects, window=_TOPIC_SENTS),
    TitleRule("object_pronoun", _object_pronouns, window=_TOPIC_SENTS),
    TitleRule("gerund_predicate", _gerund_predicates),
    TitleRule("dash_biography", _dash_biographies, window=_TOPIC_SENTS),
    TitleRule("verbless_biography", _verbless_biographies, window=_TOPIC_SENTS),
    TitleRule("subject_title", _subject_titles, window=_SUBJECT_SENTS),
    TitleRule("inner_subject", _inner_subjects, window=_SUBJECT_SENTS),
    TitleRule("attribution", _attributions, window=_SUBJECT_SENTS),
    TitleRule("coordinated", _coordinated, window=_ANTECEDENT_SENTS),
    TitleRule("age_title", _age_titles, window=_ANTECEDENT_SENTS),
    TitleRule("post_phrase", _post_phrases),
    TitleRule("given_title", _given_titles),
    TitleRule("succession", _successions, window=-_POST_BACK_SENTS),
    TitleRule("titled_list", _titled_lists),
    TitleRule("predecessor", _predecessors),
    TitleRule("one_of", _ones_of),
    TitleRule("joined_heads", _joined_heads, window=None),
    TitleRule("others_of_list", _others_of_list),
    TitleRule("body_member", _body_members),
    TitleRule("pronoun_member", _pronoun_members, window=-MEMBER_SENTS),
    TitleRule("body_head", _body_heads),
    TitleRule("listed_head", _listed_heads),
    TitleRule("signature", _signatures, window=1),  # the title may take the next line
    TitleRule("description", _descriptions, window=_DESCRIPTION_SENTS),
    TitleRule("plural_description", _plural_descriptions, window=_DESCRIPTION_SENTS),
    TitleRule("headline_title", _headline_titles, window=-_LEAD_SENTS),
)


def _link_title(c: _Ctx, f: _Found) -> bool:
    """The last veto: a title that reaches it claims its tokens, so that later rules do not
    take them; a link title ("уроженец": it links a chain of titles) is then
    not reported."""
    c.claimed.update(range(f.span.first, f.span.last))
    if _lemma(c, f) not in c.lex.link_titles:
        return False
    c.linked.append(f)
    return True


def _inside_quote(doc: Doc, span: _Span) -> bool:
    """The span starts inside a quoted name (the word before it is that name's) and holds its
    closing quote: "мультфильма «Жил-был пёс» Эдуард Назаров" gives no title "пёс»" (a title
    quoted whole stays: "предан «халифу» аль-Багдади")."""
    if span.first - 1 not in doc.quotes.quoted:
        return False
    depth = 0
    for k in range(span.first, span.last):
        if doc.toks[k].text in QUOTES:
            depth += 1 if is_opening(doc, k) else -1
            if depth < 0:
                return True
    return False


def _joined_relative(c: _Ctx, span: _Span) -> bool:
    """The span joins someone's relative after "и" and a possessive ("у артиста и его супруги
    певицы Бейонсе", "глава семьи и его старший сын Илья"): the name after it is the
    relative's, the title another's (data/relation_words.txt; not "министр и друг президента
    Иван Петров")."""
    state = 0  # 1: after "и", 2: after "и" and a possessive
    for t in c.doc.toks[span.first:span.last]:
        if t.low == "и":
            state = 1
        elif state == 1 and t.low in _joined_possessives():
            state = 2
        elif state == 2 and t.lemma.replace("ё", "е") in c.lex.relation_words:
            return True
    return False


def _frame_complement(c: _Ctx, f: _Found) -> bool:
    """The span ends in a prepositional phrase whose noun takes the genitive name right after
    it as its complement ("вице-президент в администрации Рональда Рейгана", "генералы полиции
    по делу Голунова"): the name is the administration's, not the title's holder
    (data/title_frame_nouns.txt)."""
    doc, span = c.doc, f.span
    if span.last != f.person.first_tok or \
            "gent" not in _name_cases(doc.toks[f.person.first_tok:f.person.last_tok]):
        return False
    k = span.last - 1
    while k > span.head and doc.toks[k].text in QUOTES:
        k -= 1
    if k <= span.head or doc.toks[k].lemma.replace("ё", "е") not in _frame_nouns():
        return False
    j = k - 1
    while j > span.head and doc.toks[j].text in QUOTES:
        j -= 1
    p = doc.toks[j].parse
    return p is not None and p.pos == "PREP"


@cache
def _frame_nouns() -> frozenset[str]:
    return frozenset(lines("title_frame_nouns.txt"))


@cache
def _joined_possessives() -> frozenset[str]:
    return frozenset(lines("relative_possessives.txt"))


# The reasons a title found is not reported, in order.
VETOES: tuple[Veto[_Ctx, _Found], ...] = (
    Veto("gender_clash", lambda c, f: not f.led and _gender_clash(
        c.doc.toks[f.span.head], c.doc.toks[f.person.first_tok:f.person.last_tok],
        f.person.gender)),
    Veto("kin", lambda c, f: _pair_kind(c.doc, f.span, _lemma(c, f), c.lex) == "kin"),
    Veto("kin_word", lambda c, f: _kin_word(c.doc, f.span, _lemma(c, f), c.lex)),
    Veto("running_for", lambda c, f: _running_for(c.doc, f.span)),
    Veto("sought_post", lambda c, f: _sought_post(c, f.span.first)),
    Veto("possessor", lambda c, f: _possessor(c.doc, f)),
    Veto("inside_quote", lambda c, f: _inside_quote(c.doc, f.span)),
    Veto("joined_relative", lambda c, f: _joined_relative(c, f.span)),
    Veto("frame_complement", _frame_complement),
    Veto("link_title", _link_title),
    # "пообещал каждому чемпиону выплату": any member of a class, no one's title
    Veto("any_determiner", lambda c, f: _any_determiner(c, f.span)),
)


def _any_determiner(c: _Ctx, span: _Span) -> bool:
    """Does a determiner of data/title_cues.txt any_determiner stand before the head, by its
    stem ("каждому чемпиону", "каждая участница")?"""
    stems = tuple(a[:-2] for a in c.lex.any_determiners)
    return any(t.low.replace("ё", "е").startswith(stems) for t in c.doc.toks[span.first:span.head])


def _kin_word(doc: Doc, span: _Span, lemma: str, lex: TitleLexicon) -> bool:
    """A kinship noun that heads a title only after an adjective of a trade (kin_titles.txt)
    with no such adjective before it: "его сестра Анна", not "медицинская сестра Анна"."""
    trades = lex.kin_titles.get(lemma)
    return trades is not None and not any(t.lemma.replace("ё", "е") in trades
                                          for t in doc.toks[span.first:span.head])


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


# possessive pronouns of the speaker, the addressee or the subject: no part of a post's name
_POSSESSIVE_LEMMAS = frozenset({"свой", "мой", "наш", "твой", "ваш"})


def _unowned(c: _Ctx, span: _Span) -> _Span:
    """``span`` without a possessive pronoun before its head ("своим новым спикером" →
    "новый спикер", "мой заместитель" → "заместитель": whose post it is, the sentence says)."""
    if span.first < span.head and \
            c.doc.toks[span.first].lemma.replace("ё", "е") in _POSSESSIVE_LEMMAS:
        return _Span(span.first + 1, span.head, span.last)
    return span


def _without_stray_quotes(doc: Doc, span: _Span) -> _Span:
    """``span`` without a quote at either end whose partner lies outside it: the title of
    '"короля поп-музыки" Майкла Джексона' is "король поп-музыки", not 'король поп-музыки"'."""
    toks = doc.toks
    inner = [j for j in range(span.first, span.last) if toks[j].text in QUOTES]
    first, last = span.first, span.last
    if len(inner) == 1 and inner[0] == last - 1 and last - 1 > span.head:
        last -= 1
    elif len(inner) == 1 and inner[0] == first and first < span.head:
        first += 1
    return span if (first, last) == (span.first, span.last) else _Span(first, span.head, last)


def _without_relative(doc: Doc, span: _Span) -> _Span:
    """``span`` without the relative pronoun that ends it: the title of "фонд «…», руководитель
    которого Иван Петров" is "руководитель" (the pronoun refers to the organization)."""
    last = span.last
    if last - 1 > span.head and doc.toks[last - 1].lemma in _RELATIVE_LEMMAS:
        return _Span(span.first, span.head, last - 1)
    return span


def _without_dangling(doc: Doc, span: _Span) -> _Span:
    """``span`` without a preposition it ends with, which opens a phrase it left out
    ("основателя социальной сети Facebook | с более чем половиной …")."""
    last = span.last
    while last - 1 > span.head and doc.toks[last - 1].text.islower() and \
            any(p.pos == "PREP" for p in doc.toks[last - 1].parses):
        last -= 1
    return span if last == span.last else _Span(span.first, span.head, last)


def _candidate(c: _Ctx, f: _Found, rule: str) -> TitleCandidate:
    span = _without_dangling(c.doc, _without_relative(
        c.doc, _without_stray_quotes(c.doc, _unowned(c, f.span))))
    head = c.doc.toks[span.head]
    if f.role is not None:  # "состав совета": "член совета"; "возглавил комиссию"
        complement = _role_complement(c, f, span) if f.body is None else \
            f"{f.body} {as_written(c.doc, span.first, span.last)}"  # "комиссии | по бюджету"
        normal = f"{f.role} {guillemets(complement)}"
        return TitleCandidate(f.person, span.first, span.last, f.role, normal, rule,
                              _kind(c.doc, span, f.role, c.lex))
    normal = _acting_normal(c.doc, span, c.morph) or _abbreviated_acting_normal(c, span) or \
        guillemets(nominative(c.doc, span.first, span.last, c.morph,
                              keep_number=not _plural_read(head), head=span.head))
    normal = _sentence_case(c.doc, span.first, _unprefixed(head, normal, c.morph), c.lex)
    lemma = _lemma(c, f)
    normal = _guessed_head_nominative(c.doc, span, normal, lemma)
    kind = _kind(c.doc, span, lemma, c.lex)
    feminine = c.lex.feminines.get(lemma)
    if feminine is not None and kind == "status" and f.person.gender == "femn" and \
            _plural_read(head) and normal.split(" ", 1)[0] == lemma:
        # a plural status over a woman's name: its feminine, what she is called herself
        # ("старшеклассники школы № 5 Иван Петров и Анна Белова": "старшеклассница школы № 5"
        # of Белова; a post keeps its name: "представитель партии"); the head stays the
        # lemma of the word the text gives
        normal = feminine + normal[len(lemma):]
    return TitleCandidate(f.person, span.first, span.last, lemma, normal, rule, kind)


_MAX_ENDING = 2
_MIN_STEM = 4


def _guessed_head_nominative(doc: Doc, span: _Span, normal: str, lemma: str) -> str:
    """The title with its head, its first word, in the nominative when the dictionary does
    not know the head word and left it as written, its lemma a title's ("электролизника цеха"
    → "электролизник цеха", "шихтовщицу" → "шихтовщица"); the title as it is otherwise."""
    head = doc.toks[span.head]
    p = head.parse
    if p is None or p.known or p.pos != "NOUN" or \
            not any(q.pos == "NOUN" and q.normal.replace("ё", "е") == lemma for q in head.parses):
        return normal
    # the head's word in the title: as written, or as the guessed reading declined it
    stem = head.low[:min(len(lemma), len(head.low)) - _MAX_ENDING]
    words = normal.split(" ")
    at = next((i for i, w in enumerate(words) if len(stem) >= _MIN_STEM and
               w.lower().replace("ё", "е").startswith(stem)), None)
    if at != 0 or words[at].lower() == lemma:
        return normal  # (adjectives before it would keep their case: "бывшего замгендиректора")
    words[at] = restore_case(lemma, head.text)
    return " ".join(words)


def _role_complement(c: _Ctx, f: _Found, span: _Span) -> str:
    """The body a role's title names: the genitive after a make-up noun as written ("состав |
    совета района"), or the body its person heads put into the genitive, without the capital
    a sentence's first word owes to it ("Постоянную комиссию …" → "постоянной комиссии";
    "возглавил Торгово-промышленную палату" → "Торгово-промышленной палаты")."""
    if not f.led:
        return as_written(c.doc, span.head + 1, span.last)
    body = genitive(c.doc, span.first, span.last, span.head, c.morph)
    opening = span.first == c.doc.sents[c.doc.toks[span.first].sent].first
    return _sentence_case(c.doc, span.first, body, c.lex) if opening else body


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
    return [_joined_cut(c, t) for t in c.kept]


def _joined_cut(c: _Ctx, t: TitleCandidate) -> TitleCandidate:
    """A title whose head "и" joins to a second head (its own title, ``joined_heads``) is the
    words before the "и": "аким области и председатель комиссии" → "аким области"; a head
    with no complement of its own shares the second's genitive ("директор и главный редактор
    журнала «Нива»" → "директор журнала «Нива»"), and its mention keeps the complement."""
    if t.rule == "joined_heads":
        return t
    head = title_head(c.doc, c.lex, t.first_tok, t.last_tok, t.head)
    joined = second_head(c.doc, c.lex, c.quoted, head, t.last_tok) if head is not None else None
    if head is None or joined is None:
        return t
    j, k = joined
    own = _candidate(c, _Found(t.person, _Span(t.first_tok, head, j)), t.rule)
    after = c.doc.toks[k + 1] if k + 1 < t.last_tok else None
    if j > head + 1 or after is None or not (after.case == "gent" or after.i in c.quoted):
        # its own complement, or the second's is no genitive it could share ("писатель и
        # борец за свободу интернета" → "писатель")
        return replace(t, last_tok=j, normal=own.normal)
    shared = guillemets(as_written(c.doc, k + 1, t.last_tok))
    return replace(t, normal=f"{own.normal} {shared}")


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
    firsts = {k[0] for k in c.lex.coref_titles}
    words = [t.lemma.replace("ё", "е") for t in toks]
    k = 0
    while k < len(toks):
        if toks[k].chrome or k in c.taken or words[k] not in firsts:
            k += 1
            continue
        for n in range(min(longest, len(toks) - k), 0, -1):
            lemmas = tuple(words[k:k + n])
            group = c.lex.coref_titles.get(lemmas)
            if group is None or any(j in c.taken for j in range(k, k + n)):
                continue
            nxt = toks[k + n] if k + n < len(toks) else None
            if nxt is not None and (nxt.ner in ("PER", "LOC", "ORG") or nxt.case == "gent"):
                break  # a name or a complement follows: not a bare role
            if _only_plural(toks[k], c.lex):
                break  # "спикеры рассказали": many people, not the one named before
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
