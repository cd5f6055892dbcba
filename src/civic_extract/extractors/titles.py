"""Titles: the position or role phrases standing next to a person's name.

Constructions, tried in order:
  before the name   "аким области Ермек Маржикпаев", "председатель Комитета … Мадияр Кожахмет"
  stacked           "глава региона председатель филиала партии Гали Искалиев" (two titles)
  chained by commas "председатель альянса …, депутат городского маслихата Анар Изден"
  over a list       "членам Общественной палаты: Светлане Аристовой, Николаю Бухавцеву"
  after the name    "Бану Нургазиева, президент Гражданского альянса Казахстана", "(директор школы)"
A title phrase starts at a head noun from ``data/titles.txt`` (with the adjectives agreeing with
it: "региональный представитель") and runs over its complements up to the name; verbs,
punctuation, other names, and a preposition left of an already found head end it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Doc, Tok
from ..lexicon import TitleLexicon
from ..rules import Trace
from ..text.morph import Morphology
from .people import PersonCandidate
from .phrase import QUOTES, guillemets, nominative, restore_case

__all__ = ["TitleCandidate", "RoleMention", "extract_titles", "role_mentions", "noun_cases"]

_STOP_POS = {"VERB", "INFN", "PRTS", "GRND", "PRED", "NPRO", "CONJ"}
_STOP_TEXT = {",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "-", "…"}
_ALLOWED_CONJ = {"и"}
_LIST_SEPARATORS = {",", "и", ":", "а", "также"}
_MAX = 18
_MAX_CHAIN = 3


@dataclass(frozen=True, slots=True)
class TitleCandidate:
    person: PersonCandidate  # the person mention the title belongs to
    first_tok: int
    last_tok: int
    head: str
    normal: str
    rule: str = ""


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
class _Span:
    first: int
    head: int
    last: int


def _head_lemma(tok: Tok, lex: TitleLexicon) -> str | None:
    """The title lemma of ``tok`` when it can head a title ("экс-журналист" → журналист)."""
    if not tok.is_word():
        return None
    p = tok.parse
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
    if p.pos == "CONJ":
        return tok.low in _ALLOWED_CONJ
    if p.pos in _STOP_POS:
        return False
    return True


def _with_adjectives(doc: Doc, head: int, limit: int) -> int:
    """Extend a title head leftwards over the adjectives agreeing with it."""
    k = head
    case = doc.toks[head].case
    while k - 1 >= limit:
        t = doc.toks[k - 1]
        p = t.parse
        if p is None or p.pos not in ("ADJF", "PRTF") or (case and t.case != case):
            break
        k -= 1
    return k


_CASE_GRAMS = {"nomn": "nomn", "gent": "gent", "gen2": "gent", "datv": "datv", "accs": "accs",
               "acc2": "accs", "ablt": "ablt", "loct": "loct", "loc2": "loct", "voct": "nomn"}


_ALL_CASES = frozenset(_CASE_GRAMS.values())


def _cases(tok: Tok) -> frozenset[str]:
    """Every case the word's singular noun readings allow (all cases when it has none)."""
    out = frozenset(_CASE_GRAMS[g] for p in tok.parses if p.pos == "NOUN" and "plur" not in p.grams
                    for g in p.grams if g in _CASE_GRAMS)
    return out or _ALL_CASES


def noun_cases(tok: Tok) -> frozenset[str]:
    """Every case the word's noun readings allow, singular or plural (all when it has none)."""
    out = frozenset(_CASE_GRAMS[g] for p in tok.parses if p.pos == "NOUN"
                    for g in p.grams if g in _CASE_GRAMS)
    return out or _ALL_CASES


def _name_cases(toks: list[Tok]) -> frozenset[str]:
    """The cases every word of a name allows; all when its words disagree (an indeclinable
    "Лаззат" the morphology takes for a nominative)."""
    out = _ALL_CASES
    for t in toks:
        if t.is_word():
            out = out & _cases(t)
    return out or _ALL_CASES


# Words before a genitive title that make it the holder's: "и. о. главы района Иван Петров"
_ACTING = (("и", ".", "о", "."), ("исполняющий", "обязанности"), ("исполняющая", "обязанности"),
           ("врио",))


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


def _acting(doc: Doc, head: int) -> bool:
    """Is the title at ``head`` held as an acting one ("и. о. главы", "врио губернатора")?"""
    first = _with_adjectives(doc, head, 0)
    return any(tuple(t.low for t in doc.toks[max(0, first - len(p)):first]) == p
               for p in _ACTING)


def _before(doc: Doc, start: int, lex: TitleLexicon, quoted: set[int],
            holder: tuple[int, int] | None = None) -> list[_Span]:
    """The titles ending right before token ``start``, left to right (stacked titles split).
    ``holder``: the tokens [first, last) of the name the titles are for (default: ``start``)."""
    sent = doc.sents[doc.toks[start].sent]
    k = start - 1
    heads: list[int] = []
    crossed = False  # a preposition between the name and the nearest head
    while k >= sent.first and start - k <= _MAX:
        t = doc.toks[k]
        if not _can_continue(t, quoted):
            break
        if t.parse is not None and t.parse.pos == "PREP" and heads and t.i not in quoted:
            break  # "президент … из рук губернатора Ивана": the head nearest the name wins
        if t.parse is not None and t.parse.pos == "PREP" and t.i not in quoted:
            crossed = True
        if holder is not None and not heads and t.i not in quoted and (
                k == start - 1 and t.parse is not None and t.parse.pos == "PREP"
                or t.low in _ALLOWED_CONJ
                and doc.toks[k + 1].lemma.replace("ё", "е") in lex.not_titles):
            break  # "эксперты … на Ли Пэна", "премьер-министр и мисс Саймондс": the words
            # before the name are no apposition to it
        if t.i not in quoted and _head_lemma(t, lex):
            heads.append(k)
        k += -1
    # an apposition agrees in case with the name: "корреспондентом «…» лидер … Александр"
    case = doc.toks[start if holder is None else holder[0]].case
    if heads and holder is not None and crossed and case == "gent" and \
            doc.toks[start - 1].case == "gent" and \
            not _cases(doc.toks[heads[0]]) & _name_cases(doc.toks[holder[0]:holder[1]]) - {"nomn"}:
        return []  # "чиновник из команды Путина": the name is a complement behind a preposition
    agreeing = [h for h in heads if doc.toks[h].case == case]
    if heads and holder is not None and not agreeing and not _acting(doc, heads[0]) and \
            not _cases(doc.toks[heads[0]]) & _name_cases(doc.toks[holder[0]:holder[1]]):
        # no case the head and the name could share: "представитель Обамы" (the name is the
        # complement of the title), "дочь капитана Ханна" (the title is the complement of
        # another word)
        return []
    if heads and holder is not None:
        lead = _with_adjectives(doc, min(heads), k + 1) - 1
        ends = (doc.toks[holder[0]], doc.toks[holder[1] - 1])
        if lead >= 0 and doc.toks[lead].lemma.replace("ё", "е") in lex.relation_words and \
                "gent" not in _name_cases(doc.toks[holder[0]:holder[1]]) and \
                not all(t.case == "gent" and "gent" in _cases(t) for t in ends):
            return []  # "дочь президента Иванка Трамп": the title is the father's (a name
            # whose ends are genitives is the title's holder: "брат лидера Ким Чен Ына")
    if case is not None and agreeing and len(agreeing) < len(heads):
        leftmost = min(agreeing)
        heads = [h for h in heads if h >= leftmost]
        limit_left = leftmost
    else:
        limit_left = None
    if not heads:
        guess = _guessed_head(doc, start, k + 1, lex)
        if guess is None:
            return []
        heads = [guess]
    heads.sort()
    first_head = heads[0]
    case = doc.toks[first_head].case
    # stacked titles: a later head in the same case as the first starts a title of its own
    starts = [first_head] + [h for h in heads[1:] if doc.toks[h].case == case
                             and doc.toks[h - 1].parse is not None
                             and doc.toks[h - 1].parse.pos != "PREP"]
    spans = []
    left = k + 1 if limit_left is None else _with_adjectives(doc, limit_left, k + 1)
    for i, h in enumerate(starts):
        end = start if i + 1 == len(starts) else _with_adjectives(doc, starts[i + 1], h + 1)
        while end > h + 1 and doc.toks[end - 1].low in ("и", ","):
            end -= 1  # "писатель и | журналист": coordinated titles
        spans.append(_Span(_with_adjectives(doc, h, max(left, k + 1)), h, end))
    acting = _acting_before(doc, spans[0].first)
    if acting is not None and acting > k:  # "исполняющий обязанности президента Иван Петров"
        spans[0] = _Span(acting, spans[0].head, spans[0].last)
    return spans


_GUESS_WINDOW = 4


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
        if p.normal.replace("ё", "е") in lex.not_titles or t.case != case:
            continue
        if "plur" in p.grams and k + 1 < start:
            continue
        return k
    return None


def _chain(doc: Doc, spans: list[_Span], lex: TitleLexicon, quoted: set[int]) -> list[_Span]:
    """Titles chained before ``spans`` by commas: "председатель альянса …, депутат … Имя"."""
    out = list(spans)
    for _ in range(_MAX_CHAIN):
        first = out[0].first
        if first - 1 < 0 or doc.toks[first - 1].text != "," or \
                doc.toks[first - 1].sent != doc.toks[first].sent:
            break
        more = _before(doc, first - 1, lex, quoted)
        if not more or doc.toks[more[-1].head].case != doc.toks[out[0].head].case:
            break
        out = more + out
    return out


_RELATIVE = {"который", "которая"}


def _after(doc: Doc, stop: int, lex: TitleLexicon, quoted: set[int]) -> _Span | None:
    """A title right after the name ending at ``stop``."""
    sent = doc.sents[doc.toks[stop - 1].sent]
    k = stop
    if k >= sent.last or doc.toks[k].text not in (",", "(", "-", "—", "–"):
        return None
    k += 1
    if k < sent.last and doc.toks[k].low in _RELATIVE:
        # "Петров, который стал министром", "Петрова, которая работала врачом"
        j = k + 1
        while j < sent.last and j - k <= _MAX_TO_VERB and doc.toks[j].parse is not None and \
                doc.toks[j].parse.pos == "ADVB":
            j += 1
        p = doc.toks[j].parse if j < sent.last else None
        if p is not None and p.pos in ("VERB", "PRTS") and p.normal in lex.title_verbs:
            return _predicated(doc, j + 1, sent.last, lex, quoted)
        return None
    while k < sent.last and doc.toks[k].parse is not None and doc.toks[k].parse.pos == "ADVB":
        k += 1  # "Долгих, некогда секретарь ЦК"
    if _acting_words(doc, k) is not None:  # "Петров, исполняющий обязанности главы района"
        return _predicated(doc, k, sent.last, lex, quoted, None)
    p = doc.toks[k].parse if k < sent.last else None
    if p is not None and p.pos == "PRTF" and p.normal in lex.title_verbs:
        return _predicated(doc, k + 1, sent.last, lex, quoted)  # "…, работавший юристом"
    first = k
    while k < sent.last and doc.toks[k].parse is not None and (
            doc.toks[k].parse.pos in ("ADJF", "PRTF") or doc.toks[k].low in ("и", ",")
            and k > first and doc.toks[k - 1].parse is not None
            and doc.toks[k - 1].parse.pos == "ADJF"):
        k += 1  # "советский и российский футболист"
    if k >= sent.last or not _head_lemma(doc.toks[k], lex):
        return None
    if doc.toks[k].parse is not None and "plur" in doc.toks[k].parse.grams \
            and doc.toks[k].tag.get("Number") == "Plur":
        return None  # "…, представители институтов": a class of people
    head = k
    k += 1
    while k < sent.last and k - first <= _MAX:
        if not _can_continue(doc.toks[k], quoted):
            break
        k += 1
    if k < sent.last and doc.toks[k].ner == "PER" and not (
            doc.toks[k].case == "gent" and "gent" not in _cases(doc.toks[head])):
        return None  # the phrase introduces the next name: it is that person's title
        # (unless the name is a genitive complement: "чиновник из команды Путина")
    while k > head + 1 and doc.toks[k - 1].text in ("и",):
        k -= 1
    return _Span(first, head, k)


# Words that open a list of names after a plural title, matched right before the first name
# (longest first: "писатели, среди которых — Павел …", "музыкантами группы — Вадимом …"); a
# "," before one is skipped. A dash alone also needs the title to agree in case with the name.
# Not "включая": "многих гонщиков, включая Алонсо" picks members out of a class.
_LIST_OPENERS = (
    ("среди", "которых", "—"), ("среди", "них", "—"), ("среди", "которых", ":"),
    ("среди", "них", ":"), ("среди", "которых"), ("среди", "них"),
    (":",), ("—",), ("–",),
)
_DASHES = {"—", "–"}
# a place of origin may follow a name inside a list: "Павлов из Москвы, Авченко из Владивостока"
_ORIGIN_PREPS = {"из"}


def _list_opener(doc: Doc, first: int) -> tuple[int, bool] | None:
    """When the name at token ``first`` opens a list after a title, (the token the title must
    end before, whether the opener is a bare dash); else None."""
    sent_first = doc.sents[doc.toks[first].sent].first
    for opener in _LIST_OPENERS:
        n = len(opener)
        if first - n <= sent_first:
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


def _list_owner(doc: Doc, people: list, i: int) -> int | None:
    """For a person inside a list ("…: Светлане Аристовой, Николаю Бухавцеву"), the first
    person of the list; None when the person does not continue a list."""
    first = people[i].first_tok
    j = i
    while j > 0:
        prev = people[j - 1]
        gap = _without_parentheses(doc.toks[prev.last_tok:first])
        if gap is None or not gap or not _list_gap(gap) or \
                doc.toks[prev.last_tok].sent != doc.toks[first].sent:
            break
        j -= 1
        first = prev.first_tok
    return j if j != i else None


_FEMININE = re.compile(r"(ица|иса|есса|иня|ка|ша)$")


def _gender_clash(head: Tok, name: list[Tok]) -> bool:
    """A feminine profession noun ("актриса", "журналистка") is no title of a man."""
    p = head.parse
    if p is None or "femn" not in p.grams or not _FEMININE.search(p.normal):
        return False
    genders = {t.tag.get("Gender") for t in name if t.is_word()} - {None}
    return genders == {"Masc"}


def _membership(doc: Doc, span: _Span, lemma: str, lex: TitleLexicon) -> bool:
    """Does the title name a membership rather than a position ("член партии", "член
    семьи")? The first noun after the head is a group of data/membership.txt."""
    noun = next((t for t in doc.toks[span.head + 1:span.last]
                 if t.parse is not None and t.parse.pos == "NOUN"), None)
    return noun is not None and (lemma, noun.lemma.replace("ё", "е")) in lex.membership


def _running_for(doc: Doc, span: _Span) -> bool:
    """Is the title a post run for ("кандидат в президенты США от партии"): a plural head
    right after "в", in the old accusative that equals the nominative?"""
    p = doc.toks[span.head].parse
    return span.first > 0 and doc.toks[span.first - 1].low in ("в", "во") and \
        p is not None and "plur" in p.grams


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
    if not (_clause_start(doc, span.first) or doc.toks[span.first - 1].low in _DASH_LEADS):
        return False
    head, case = doc.toks[span.head], doc.toks[name].case
    return head.case == case or head.case == "ablt" and case == "nomn" and \
        doc.toks[span.first - 1].low in _DASH_LEADS


def _without_parentheses(toks: list[Tok]) -> list[Tok] | None:
    """The tokens outside balanced parentheses ("Юрий Царёв (проект «Метро»), Алексей …");
    None when they do not balance."""
    out, depth = [], 0
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


def _plural(tok: Tok) -> bool:
    return tok.parse is not None and "plur" in tok.parse.grams and \
        tok.tag.get("Number") == "Plur"


def extract_titles(doc: Doc, people: list, morph: Morphology, lex: TitleLexicon,
                   quoted: set[int] | None = None,
                   trace: Trace | None = None) -> list[TitleCandidate]:
    """Titles attached to person candidates (``people``: objects with first_tok/last_tok)."""
    quoted = quoted or set()
    out: list[TitleCandidate] = []
    claimed: set[int] = set()
    before: dict[int, list[_Span]] = {}

    def add(i: int, span: _Span) -> None:
        if _gender_clash(doc.toks[span.head], doc.toks[people[i].first_tok:people[i].last_tok]):
            return
        plural = _plural(doc.toks[span.head])
        normal = _acting_normal(doc, span, morph) or \
            guillemets(nominative(doc, span.first, span.last, morph, keep_number=not plural,
                                  head=span.head))
        head = doc.toks[span.head]
        normal = _unprefixed(head, normal, morph)
        lemma = _head_lemma(head, lex) or head.lemma
        if _membership(doc, span, lemma, lex) or _running_for(doc, span):
            return
        claimed.update(range(span.first, span.last))
        if lemma not in lex.link_titles:
            out.append(TitleCandidate(people[i], span.first, span.last, lemma, normal))

    for i, person in enumerate(people):
        start = person.first_tok
        if i > 0 and people[i - 1].last_tok == start and \
                doc.toks[people[i - 1].first_tok].case == "gent" and \
                doc.toks[start].case not in (None, "gent"):
            # "первый заместитель Клишаса Людмила Бокова": the genitive name is a complement
            # of the title of the name after it; a genitive title of its own stays its own
            # ("помощник бывшего мэра Ивана Петрова Олег Смирнов")
            own = [s for s in before.pop(i - 1, []) if "gent" in _cases(doc.toks[s.head])]
            if own:
                before[i - 1] = own
            start = people[i - 1].first_tok
        spans = _before(doc, start, lex, quoted, (person.first_tok, person.last_tok))
        if spans and start != person.first_tok:
            spans = [_Span(s.first, s.head, person.first_tok if s is spans[-1] else s.last)
                     for s in spans]
        if spans:
            spans = _chain(doc, spans, lex, quoted)
            if _plural(doc.toks[spans[-1].head]):
                before[i] = spans  # applies to the list that follows; checked below
            else:
                before[i] = spans
        # a plural title opening a list: "членам палаты: Светлане Аристовой, …", "писатели,
        # среди которых — Павел Басинский и …"
        opener = _list_opener(doc, person.first_tok) if not spans else None
        if opener is not None:
            spans = _before(doc, opener[0], lex, quoted)
            plural = [s for s in spans if _plural(doc.toks[s.head])]
            if plural and plural[-1] is spans[-1] and (
                    not opener[1] or doc.toks[spans[-1].head].case == doc.toks[start].case):
                before[i] = plural
            elif spans and not plural and opener[1] and _dash_title(doc, spans[-1], start):
                before[i] = spans[-1:]  # "Министр обороны — Иван Петров."
        # a comma between a clause-initial title and the name: "Бывший спикер палаты, Нэнси
        # Пелоси, …"
        elif not spans and person.first_tok > 0 and doc.toks[person.first_tok - 1].text == ",":
            spans = _before(doc, person.first_tok - 1, lex, quoted)
            if spans and _clause_start(doc, spans[0].first) and \
                    doc.toks[spans[-1].head].case == doc.toks[person.first_tok].case and \
                    not _plural(doc.toks[spans[-1].head]):
                before[i] = spans[-1:]
    for i, person in enumerate(people):
        anchor = before[i][0].first if i in before else person.first_tok
        found = _inverse_predicate(doc, anchor, lex, quoted)
        if found is not None and "nomn" in _name_cases(doc.toks[person.first_tok:person.last_tok]):
            before[i] = [found] + before.get(i, [])
    for i in range(len(people)):
        if i not in before:
            owner = _list_owner(doc, people, i)
            if owner is not None and owner in before and _plural(doc.toks[before[owner][-1].head]):
                for span in before[owner]:
                    if _plural(doc.toks[span.head]):
                        add(i, span)
                continue
        for span in before.get(i, []):
            add(i, span)
    for i, person in enumerate(people):
        found = _after(doc, person.last_tok, lex, quoted)
        if found is None or claimed.intersection(range(found.first, found.last)):
            continue
        add(i, found)
    for i, person in enumerate(people):
        found = _predicate(doc, person.last_tok, lex, quoted) or \
            _object_predicate(doc, person.first_tok, person.last_tok, lex, quoted)
        if found is None or claimed.intersection(range(found.first, found.last)):
            continue
        add(i, found)
    for k, t in enumerate(doc.toks):
        gender = _PRONOUNS.get(t.low) if t.parse is not None and t.parse.pos == "NPRO" else None
        stop = k + 1
        if gender is None and _subjectless(doc, k, lex):
            # "Стал генералом, работал министром": the sentence has no subject of its own
            gender = _VERB_GENDERS.get(next(iter({"masc", "femn"} & t.parse.grams), ""))
            stop = k
        if gender is None:
            continue
        if _in_speech(doc, k):
            continue  # «Он был отличным боксером»: the speaker's "он" is not the narrator's
        found = _predicate(doc, stop, lex, quoted, doc.toks[k].sent)
        if found is None or claimed.intersection(range(found.first, found.last)):
            continue
        i = _antecedent(doc, people, k, gender)
        if i is not None:
            add(i, found)
    named = {doc.toks[p.first_tok].sent for p in people}
    for index, sent in enumerate(doc.sents):
        if index in named or any(t.ner == "PER" for t in doc.toks[sent.first:sent.last]):
            continue
        subject = _subject_title(doc, sent.first, sent.last, lex, quoted)
        if subject is None or claimed.intersection(range(subject[0].first, subject[0].last)):
            continue
        span, gender = subject
        i = _antecedent(doc, people, span.first, gender)
        if i is None or doc.toks[people[i].first_tok].sent < index - _SUBJECT_SENTS:
            continue
        lemma = _head_lemma(doc.toks[span.head], lex)
        key = people[i].last or people[i].name
        if any((o.person.last or o.person.name) == key and o.head != lemma
               for o in out):
            continue  # "Путин … Новый лидер заявил": a title of another kind is someone else's
        add(i, span)
    return out


_SUBJECT_SENTS = 1
_SUBJECT_LEADS = {"и", "а", "но", "однако"}
_SUBJECT_OTHERS = {"один", "одна", "другой", "другая", "второй", "вторая"}


def _subject_title(doc: Doc, first: int, stop: int, lex: TitleLexicon, quoted: set[int]
                   ) -> tuple[_Span, str] | None:
    """A bare title opening a sentence with no name as its subject, the verb right after it
    ("Министр заявил…", "61-летний британский актер скончался…"): the title and the gender
    of the verb (past tense) that names whom it refers to."""
    k = first
    if k < stop and doc.toks[k].low in _SUBJECT_LEADS:
        k += 1
    start = k
    while k < stop and doc.toks[k].parse is not None and \
            doc.toks[k].parse.pos in ("ADJF", "PRTF") and doc.toks[k].case == "nomn":
        k += 1
    if k >= stop or doc.toks[k].i in quoted or doc.toks[k].case != "nomn" or \
            not _head_lemma(doc.toks[k], lex) or _plural(doc.toks[k]):
        return None
    head = k
    if any(t.low in _SUBJECT_OTHERS for t in doc.toks[start:head]):
        return None  # "Другой министр заявил": not the person named before
    k += 1
    while k < stop and k - head <= _MAX and _can_continue(doc.toks[k], quoted) and \
            doc.toks[k].parse is not None and doc.toks[k].parse.pos not in ("PREP", "ADVB") and \
            (doc.toks[k].case == "gent" or doc.toks[k].ner == "ORG" or doc.toks[k].i in quoted):
        if _head_lemma(doc.toks[k], lex) and doc.toks[k].i not in quoted:
            return None  # "Адвокат футболиста заявил": the title is of someone else
        k += 1
    verb = k
    while verb < stop and doc.toks[verb].parse is not None and \
            doc.toks[verb].parse.pos == "ADVB":
        verb += 1
    p = doc.toks[verb].parse if verb < stop else None
    if p is None or p.pos != "VERB" or "past" not in p.grams or "plur" in p.grams:
        return None
    gender = _VERB_GENDERS.get(next(iter({"masc", "femn"} & p.grams), ""))
    if gender is None:
        return None
    return _Span(start, head, k), gender


# Subject pronouns a predicate title may refer through: "В 1981 году он был назначен
# епископом" is said of the man named before.
_PRONOUNS = {"он": "Masc", "она": "Fem"}
_ANTECEDENT_SENTS = 2


_VERB_GENDERS = {"masc": "Masc", "femn": "Fem"}


def _subjectless(doc: Doc, k: int, lex: TitleLexicon) -> bool:
    """Is token ``k`` a past-tense title verb of a sentence with no subject, at its start or
    after a comma joining another such predicate ("Стал генералом, работал министром")?"""
    p = doc.toks[k].parse
    if p is None or p.pos != "VERB" or p.normal not in lex.title_verbs or "past" not in p.grams:
        return False
    first = doc.sents[doc.toks[k].sent].first
    if k == first:
        return True
    if doc.toks[k - 1].text not in (",", "и"):
        return False
    lead = doc.toks[first].parse
    return lead is not None and lead.pos == "VERB" and "past" in lead.grams and \
        not any(t.parse is not None and t.parse.pos == "NPRO" and t.case == "nomn" or
                t.ner == "PER" for t in doc.toks[first:k])


def _in_speech(doc: Doc, k: int) -> bool:
    """Is token ``k`` inside an open «…» quotation of its sentence?"""
    return doc.quotes.open_depth(k) > 0


def _antecedent(doc: Doc, people: list, k: int, gender: str) -> int | None:
    """The person a subject pronoun at token ``k`` refers to: the last one named in the
    nominative, in its sentence or the two before, whose gender does not clash."""
    sent = doc.toks[k].sent
    for i in range(len(people) - 1, -1, -1):
        p = people[i]
        if p.last_tok > k:
            continue
        if doc.toks[p.first_tok].sent < sent - _ANTECEDENT_SENTS:
            return None
        toks = doc.toks[p.first_tok:p.last_tok]
        if "nomn" not in _name_cases(toks) or doc.toks[p.last_tok - 1].case not in ("nomn", None):
            continue
        genders = {t.tag.get("Gender") for t in toks if t.is_word()} - {None}
        if genders and gender not in genders:
            continue
        return i
    return None


_MAX_TO_VERB = 4
_POST_WORDS = {"пост", "должность", "полномочие"}
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
    (default: that of the token before ``stop``)."""
    sent = doc.sents[doc.toks[stop - 1].sent if sent_index is None else sent_index]
    if doc.toks[stop - 1].case not in ("nomn", None):
        return None
    k = stop
    verb = None
    while k < sent.last and k - stop <= _MAX_TO_VERB:
        t = doc.toks[k]
        if t.text in (",", ".", ";", ":", "(") or t.ner == "PER":
            return None
        if t.parse is not None and t.parse.normal in lex.title_verbs:
            verb = k
        elif verb is not None and t.parse is not None and t.parse.pos not in ("ADVB", "PRTS",
                                                                             "VERB", "INFN"):
            break
        k += 1
    if verb is None or k >= sent.last:
        return None
    return _predicated(doc, k, sent.last, lex, quoted)


def _predicated(doc: Doc, k: int, stop: int, lex: TitleLexicon, quoted: set[int],
                acting_case: str | None = "ablt") -> _Span | None:
    """The title a verb predicates, starting at token ``k``: in the instrumental ("министром
    финансов") or in the genitive after a post word ("на пост министра", "с поста главы")."""
    want = "ablt"
    if doc.toks[k].low in _POST_PREPOSITIONS and k + 1 < stop:
        k += 1
    if doc.toks[k].lemma in _POST_WORDS and k + 1 < stop:
        k += 1
        want = "gent"
    sent = doc.sents[doc.toks[k].sent]
    first = k
    acting = _acting_words(doc, k) if want == "ablt" else None
    if acting is not None and acting < stop and (
            acting_case is None or doc.toks[acting - 2].case == acting_case):
        # "исполняющим обязанности министра": the title is the genitive after it
        k = acting
        want = "gent"
    while k < sent.last and doc.toks[k].parse is not None and \
            doc.toks[k].parse.pos in ("ADJF", "PRTF") and doc.toks[k].case == want:
        k += 1
    if k >= sent.last or doc.toks[k].case != want or not _head_lemma(doc.toks[k], lex):
        return None
    head = k
    k += 1
    while k < sent.last and k - head <= _MAX and _can_continue(doc.toks[k], quoted) and \
            doc.toks[k].parse is not None and doc.toks[k].parse.pos != "PREP" and \
            (doc.toks[k].case in ("gent", None) or doc.toks[k].i in quoted):
        k += 1
    return _Span(first, head, k)


def _inverse_predicate(doc: Doc, first: int, lex: TitleLexicon, quoted: set[int]) -> _Span | None:
    """A title the sentence predicates of the name after it, the title first: "Главой
    комитета назначен Иван Петров", "Операторами выступили Петров и Сидоров"."""
    verb = first - 1
    if verb < 1 or doc.toks[verb].sent != doc.toks[first].sent:
        return None
    p = doc.toks[verb].parse
    if p is None or p.pos not in ("VERB", "PRTS") or p.normal not in lex.title_verbs:
        return None
    spans = _before(doc, verb, lex, quoted)
    acting = _acting_words(doc, spans[0].first) if spans else None
    if not spans or doc.toks[spans[0].head if acting is None else acting - 2].case != "ablt" or \
            not _clause_start(doc, spans[0].first):
        return None
    return spans[-1] if len(spans) == 1 else None


def role_mentions(doc: Doc, people: list, morph: Morphology, lex: TitleLexicon,
                  titles: list[TitleCandidate]) -> list[RoleMention]:
    """Title phrases of data/coref_titles.txt standing with no name: "— подчеркнул аким
    области", "Глава региона вручил…". The linker decides whom they refer to."""
    taken = {k for t in titles for k in range(t.first_tok, t.last_tok)}
    taken |= {k for p in people for k in range(p.first_tok, p.last_tok)}
    longest = max((len(k) for k in lex.coref_titles), default=0)
    out = []
    toks = doc.toks
    k = 0
    while k < len(toks):
        if toks[k].chrome or k in taken:
            k += 1
            continue
        for n in range(min(longest, len(toks) - k), 0, -1):
            lemmas = tuple(t.lemma.replace("ё", "е") for t in toks[k:k + n])
            group = lex.coref_titles.get(lemmas)
            if group is None or any(j in taken for j in range(k, k + n)):
                continue
            nxt = toks[k + n] if k + n < len(toks) else None
            if nxt is not None and (nxt.ner in ("PER", "LOC", "ORG") or nxt.case == "gent"):
                break  # a name or a complement follows: not a bare role
            normal = nominative(doc, k, k + n, morph, head=k)
            out.append(RoleMention(k, k + n, group, lemmas[0], normal))
            k += n - 1
            break
        k += 1
    return out
