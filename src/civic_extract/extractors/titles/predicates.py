"""Title phrases after a name and in predicates: appositions, relative clauses, "стал
министром", "назначен главой" (the title before its verb), and the adverbials they skip."""


from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...data import lines
from ...document import Doc, Tok
from ...lexicon import TitleLexicon
from ..phrase import eponym_after
from ..surroundings import field_partners, po_adverbial
from .before import (
    _DASHES,
    _MAX_BRACKETED,
    _after_adverbial,
    _after_joint,
    _before,
    _clause_start,
    _dotted,
    _enumeration_comma,
    _only_plural,
)
from .words import (
    _ADVERBIAL_PREPS,
    _ALLOWED_CONJ,
    _MAX,
    _STOP_TEXT,
    _abbreviation_dot,
    _acting_abbreviation,
    _acting_words,
    _can_continue,
    _date_end,
    _head_at,
    _head_cases,
    _head_lemma,
    _Span,
    _substantive,
    _time_tail,
    _with_adjectives,
)

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
    word = _birth_year_end(doc, word, sent.last)  # "…, 1982 г.р., главный специалист"
    while word < sent.last and (p := doc.toks[word].parse) is not None and p.pos == "ADVB":
        word += 1
    return _After(stop + 1, _dashed_adverbial(doc, stop + 1, word, sent.last), sent.last)


def _dashed_adverbial(doc: Doc, k: int, word: int, stop: int) -> int:
    """The token after a dash that ends the adverbs and short prepositional adverbials from
    token ``k`` on ("…, ранее – директор ТОО «…»", "…, в прошлом – директор", "…, до этого –
    глава", "…, с 2015 года – аким": the dash stands for "был"); ``word`` when none does."""
    j = _relative_adverbials(doc, k, stop)
    return j + 1 if k < j < stop - 1 and doc.toks[j].text in _PREDICATE_DASHES else word


# the words of a birth year after its number ("1982 г.р.", "1990 года рождения")
_BIRTH_WORDS = frozenset({"г", "р", "год", "рождение", "."})
_MAX_BIRTH_WORDS = 5


def _birth_year_end(doc: Doc, k: int, stop: int) -> int:
    """The token after the comma closing a birth year at token ``k`` ("1982 г.р.,", "1990
    года рождения,"); ``k`` when none stands there."""
    toks = doc.toks
    if k >= stop or not (len(toks[k].text) == 4 and toks[k].text.isdigit()):
        return k
    j = k + 1
    while j < stop and j - k <= _MAX_BIRTH_WORDS and toks[j].lemma in _BIRTH_WORDS:
        j += 1
    words = {t.lemma for t in toks[k + 1:j]}
    born = "р" in words or "рождение" in words
    return j + 1 if born and j + 1 < stop and toks[j].text == "," else k


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


_MAX_PARTICIPLE_CLAUSE = 12


def _participle_clause_end(doc: Doc, j: int, stop: int) -> int:
    """Token ``j`` moved past a participle clause between commas right after the name
    ("Петров, | руководивший компанией с 2016 года, | назначен советником", "Бебенин, ранее
    занимавший …, | избран спикером"); ``j`` itself when there is none."""
    n = j + 1
    while n < stop and doc.toks[n].pos == "ADVB":
        n += 1  # "Бебенин, | ранее занимавший …"
    if n >= stop or doc.toks[j].text != "," or \
            (p := doc.toks[n].parse) is None or p.pos != "PRTF":
        return j
    for k in range(n + 1, min(stop, n + 1 + _MAX_PARTICIPLE_CLAUSE)):
        t = doc.toks[k]
        if t.text == ",":
            return k + 1
        if t.text in (";", ":", "(", ")") or t.ner == "PER" or t.pos == "VERB":
            return j
    return j


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


def _apposition(doc: Doc, at: _After, lex: TitleLexicon, quoted: set[int],
                plural: bool = False) -> _Span | None:
    """A title phrase after the name: "Бану Нургазиева, президент Гражданского альянса"; with
    ``plural``, only a plural one (after names joined by "и": "Петров и Смирнов — художники")."""
    first = k = at.word
    while k < at.stop and (p := doc.toks[k].parse) is not None and (
            p.pos in ("ADJF", "PRTF") and not _head_at(doc, k, lex) or doc.toks[k].low in ("и", ",")
            and k > first and (q := doc.toks[k - 1].parse) is not None and q.pos == "ADJF"):
        k += 1  # "советский и российский футболист"
    if k >= at.stop or not _head_at(doc, k, lex):
        return None
    if plural != ((doc.toks[k].is_plural() and not _singular_like_name(doc, k, at)) or
                  _only_plural(doc.toks[k], lex)):
        return None  # "…, представители институтов": a class of people
    if _relative_complement(doc, k + 1, at.stop):
        return None  # "…, глава которого": a relative clause, of the next subject
    head = k
    k += 1
    while k < at.stop and k - first <= _MAX:
        named = eponym_after(doc, k, at.stop)
        if named is not None:
            k = named  # "…, директор школы имени Ю. Гагарина"
            continue
        if not _can_continue(doc.toks[k], quoted) and not _dotted(doc, k, lex) and \
                not _enumeration_comma(doc, k, head, lex):
            break  # (over "министр культуры, | общего и профессионального образования")
        k += 1
    if k < at.stop and doc.toks[k].ner == "PER" and not (
            doc.toks[k].case == "gent" and "gent" not in _head_cases(doc.toks[head])) and \
            not _dashed_pair(doc, at, k):
        return None  # the phrase introduces the next name: it is that person's title
        # (unless the name is a genitive complement: "чиновник из команды Путина")
    k = _time_tail(doc, head + 1, k)  # "…, министр финансов | в 2010–2012 годах,"
    while k > head + 1 and doc.toks[k - 1].text in ("и",):
        k -= 1
    return _Span(first, head, k)


_PAIR_JOINTS = frozenset({"и", ","})


def _dashed_pair(doc: Doc, at: _After, k: int) -> bool:
    """Is the name at ``k`` the next of a list of "name – title" pairs, joined by "и" or a
    comma, its own title after a dash too ("Иван Петров – водитель и | Анна Белова – повар")?
    The title before it is then the first name's."""
    if doc.toks[at.k - 1].text not in _PREDICATE_DASHES or doc.toks[k - 1].low not in _PAIR_JOINTS:
        return False
    j = k
    while j < at.stop and doc.toks[j].ner == "PER" and j - k < _MAX_NAME_WORDS:
        j += 1
    return j < at.stop and doc.toks[j].text in _PREDICATE_DASHES


def _singular_like_name(doc: Doc, head: int, at: _After) -> bool:
    """May a head the tagger reads as a plural be a singular in the oblique case of the name
    before its separator ("наградить Петрова Ивана Ивановича – учителя математики": "учителя"
    is the accusative of "учитель", not "учителя")?"""
    j = at.k - 2
    cases = set()
    while j >= 0 and doc.toks[j].ner == "PER" and at.k - j <= _MAX_NAME_WORDS:
        cases.add(doc.toks[j].case)  # ("Ахметову Гүлнар Серікқызы": its surname's case)
        j -= 1
    cases &= {"gent", "accs"}
    return bool(cases) and any("sing" in p.grams and p.pos == "NOUN" and cases & p.grams
                               for p in doc.toks[head].parses)


_MAX_NAME_WORDS = 5


def _past_gender(t: Tok) -> str | None:
    """The gender ("masc" | "femn") of a verb in the past singular, else None."""
    p = t.parse
    if p is None or p.pos != "VERB" or not {"past", "sing"} <= p.grams:
        return None
    return next(iter({"masc", "femn"} & p.grams), None)


def _agreeing_verb(doc: Doc, stop: int, last: int) -> bool:
    """Is the name ending before ``stop`` the subject of the verb right after it (adverbs
    between), a nominative by the dictionary of the verb's gender in the past singular, though
    the tagger reads another case ("Гульмира Абдрахманова | стала председателем": an unknown
    name the tagger takes for a genitive)?"""
    k = stop
    while k < last and (p := doc.toks[k].parse) is not None and p.pos == "ADVB":
        k += 1
    gender = _past_gender(doc.toks[k]) if k < last else None
    first = stop - 1
    while first > 0 and doc.toks[first - 1].ner == "PER" and doc.toks[first].ner == "PER":
        first -= 1
    words = [t for t in doc.toks[first:stop] if t.is_word()]
    return gender is not None and len(words) > 1 and all(  # "фигура Свиридова стала …": one
        any({"nomn", gender} <= p.grams for p in t.parses) for t in words)  # word tells little


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
    должности министра"; or an impersonal verb after it ("Петрова назначили министром"). The
    name is no subject: not in the nominative."""
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
    return _impersonal_after(doc, last, sent.last, lex, quoted)


# words between an object name and the impersonal verb after it ("Петрова | вчера | назначили")
_MAX_TO_IMPERSONAL = 3


def _impersonal_after(doc: Doc, last: int, stop: int, lex: TitleLexicon, quoted: set[int]
                      ) -> _Span | None:
    """The title an impersonal plural verb right after an object name predicates of it
    ("Ивана Петрова назначили директором", "Петрову вчера избрали мэром")."""
    for k in range(last, min(stop, last + _MAX_TO_IMPERSONAL + 1)):
        p = doc.toks[k].parse
        if p is None:
            return None
        if p.pos == "VERB":
            if p.normal not in lex.title_verbs or not {"plur", "tran"} <= p.grams:
                return None
            return _predicated(doc, k + 1, stop, lex, quoted)
        if p.pos != "ADVB":
            return None
    return None


def _indeclinable(tok: Tok) -> bool:
    """A name word the dictionary reads as indeclinable ("Акино", "Монти"): its case, told by
    the tagger, says nothing of the name's."""
    return tok.ner == "PER" and any("Fixd" in q.grams and "nomn" in q.grams for q in tok.parses)


def _predicate(doc: Doc, stop: int, lex: TitleLexicon, quoted: set[int],
               sent_index: int | None = None) -> _Span | None:
    """A title the sentence predicates of the name before it: "Иванов стал министром", "был
    назначен директором школы", "занял пост министра финансов". ``sent_index``: the sentence
    (default: that of the token before ``stop``; given, the subject was checked: a pronoun
    or none, after an adverbial)."""
    sent = doc.sents[doc.toks[stop - 1].sent if sent_index is None else sent_index]
    if sent_index is None and doc.toks[stop - 1].case not in ("nomn", None) and \
            not _indeclinable(doc.toks[stop - 1]) and \
            _career_object_end(doc, stop, sent.last, lex) == stop and \
            not _agreeing_verb(doc, stop, sent.last):
        return None  # (an object after the name may sway the tagger: "Алия Жумабаева |
        # трудовую деятельность начала")
    # "Петров с 2007 по 2013 год был", "Петров, руководивший компанией, назначен"
    k = start = _date_end(doc, _relative_adverbials(
        doc, _participle_clause_end(doc, stop, sent.last), sent.last), sent.last)
    verb = None
    while k < sent.last and k - start <= _MAX_TO_VERB:
        t = doc.toks[k]
        if t.text in (",", ".", ";", ":", "(") and not _abbreviation_dot(doc, k, lex) or \
                t.ner == "PER":
            return None
        career = _career_object_end(doc, k, sent.last, lex)
        if career > k:
            k = career  # "начала | трудовую деятельность | специалистом"
            if verb is None and k < sent.last and _title_verb_reading(doc.toks[k], lex):
                verb = k  # "трудовую деятельность | начала": the tagger may read a noun
                k += 1
            continue
        if t.parse is not None and t.parse.normal in lex.title_verbs:
            verb = k
        elif verb is not None and t.parse is not None and t.parse.pos == "PRTS":
            return None  # "был задержан сотрудниками полиции": the instrumental is the agent
        elif verb is not None and t.parse is not None and t.parse.pos == "INFN":
            return None  # "стала использоваться политиками": the infinitive's instrumental
        elif verb is not None and t.parse is not None and t.parse.pos not in ("ADVB", "VERB",
                                                                             "INFN"):
            break
        k += 1
    if verb is None or k >= sent.last:
        return None
    span = _predicated(doc, _past_adverbials(doc, k, sent.last, lex), sent.last, lex, quoted)
    if span is not None and _object_instrumental(doc, verb, span):
        return None
    return span


def _career_object_end(doc: Doc, k: int, stop: int, lex: TitleLexicon) -> int:
    """The end of a career object at token k, its modifiers first ("свою трудовую
    деятельность", "карьеру"; data/title_cues.txt career_object); ``k`` when there is none."""
    j = k
    while j < stop and j - k < _MAX_CAREER_MODIFIERS and doc.toks[j].pos in ("ADJF", "PRTF") \
            and doc.toks[j].case in ("accs", None):
        j += 1
    t = doc.toks[j] if j < stop else None
    if t is None or t.pos != "NOUN" or t.lemma.replace("ё", "е") not in lex.career_objects or \
            t.case not in ("accs", None):
        return k
    return j + 1


_MAX_CAREER_MODIFIERS = 2


def _title_verb_reading(t: Tok, lex: TitleLexicon) -> bool:
    """Has the word a verb reading of a title verb, whichever reading the tagger chose?"""
    return any(p.pos == "VERB" and p.normal in lex.title_verbs for p in t.parses)


def _object_instrumental(doc: Doc, verb: int, span: _Span) -> bool:
    """An instrumental title after an active transitive verb with a person named right after
    it: the title is that object's ("Медведев назначил главой комитета Ивана Петрова",
    "назначил своим представителем Анну Смирнову"), not the subject's."""
    p = doc.toks[verb].parse
    if p is None or p.pos != "VERB" or "tran" not in p.grams or \
            doc.toks[span.head].case != "ablt":
        return False
    sent = doc.toks[span.head].sent
    for t in doc.toks[span.last:span.last + _MAX_TO_OBJECT]:
        if t.sent != sent or t.text in _OBJECT_STOPS or t.parse is not None and \
                t.parse.pos == "VERB":
            return False
        if t.ner == "PER":
            return t.case != "nomn"
    return False


# "назначил руководителем службы по надзору в сфере образования и науки и.о. главы ведомства
# 30-летнего Ивана …"
_MAX_TO_OBJECT = 16
_OBJECT_STOPS = frozenset({",", ";", ":", "(", "—", "–"})


@cache
def _instrumental_preps() -> frozenset[str]:
    """Prepositions that govern the instrumental (data/instrumental_preps.txt): the phrase
    they open is no adverbial a title may stand after ("был с министром")."""
    return frozenset(lines("instrumental_preps.txt"))


def _past_adverbials(doc: Doc, k: int, stop: int, lex: TitleLexicon) -> int:
    """Token ``k`` moved past the prepositional adverbials between a predicate verb and its
    instrumental title ("работала в компании инженером", "стал в 2003 году министром"); ``k``
    itself when no instrumental follows them."""
    j = _date_end(doc, k, stop)  # "избран 28 июня президентом"
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
                (doc.toks[n].text not in _STOP_TEXT or _abbreviation_dot(doc, n, lex)) and \
                doc.toks[n].case != "ablt" and \
                (_adverbial_word(doc.toks[n]) or _participle(doc.toks[n]) or
                 _abbreviation_dot(doc, n, lex)):
            n += 1
        if n == j + 1:
            break
        j = n
    if j != k:
        j = _sequence_after(doc, j, stop, lex)
    return j if j != k and j < stop and doc.toks[j].case == "ablt" else k


def _sequence_after(doc: Doc, j: int, stop: int, lex: TitleLexicon) -> int:
    """Token ``j``, after a place of work, moved past a comma, "а", an adverb of sequence and a
    dash before the instrumental title ("работал в аппарате акима, затем – главным
    специалистом", "в школе, а потом директором"), or past a comma and words that pick a post
    out of a career (data/title_cues.txt including: "в системе образования, в том числе
    директором"); ``j`` itself when they are not there."""
    if j >= stop or doc.toks[j].text != ",":
        return j
    n = j + 1
    if n < stop and doc.toks[n].low == "а":
        n += 1
    adverb = n
    while n < stop and (p := doc.toks[n].parse) is not None and p.pos == "ADVB":
        n += 1
    if n == adverb:
        n = _including_end(doc, adverb, stop, lex)
    if n == adverb:
        return j
    if n < stop and doc.toks[n].text in _PREDICATE_DASHES:
        n += 1
    return n if n < stop and doc.toks[n].case == "ablt" else j


def _including_end(doc: Doc, k: int, stop: int, lex: TitleLexicon) -> int:
    """The token after the words of data/title_cues.txt including at token ``k`` ("в том
    числе"); ``k`` itself when none starts there."""
    for phrase in lex.including:
        end = k + len(phrase)
        if end <= stop and tuple(t.low for t in doc.toks[k:end]) == phrase:
            return end
    return k


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
    if k >= sent.last or not (doc.toks[k].case == want or k > first and any(
            p.known and want in p.grams for p in doc.toks[k].parses)) or not _head_lemma(
            doc.toks[k], lex, _substantive_head(doc, k, sent.last, lex, want)):
        return None  # (a head after an adjective in the case may take it: "главным | технологом")
    while first < k and _ORDINAL.match(doc.toks[first].text):
        first += 1  # a number written in digits is no part of the title
    head = k
    k += 1
    if k < sent.last and doc.toks[k].case == "ablt" and doc.toks[k].tag.pos in ("NOUN", "PROPN") \
            and _substantive(doc.toks[head], lex, governs=True):
        k += 1  # "управляющим банком": the participle governs an instrumental
    return _Span(first, head, _complement_end(doc, k, head, lex, quoted))


def _complement_end(doc: Doc, k: int, head: int, lex: TitleLexicon, quoted: set[int]) -> int:
    """Where the complements of the noun at ``head`` that start at token ``k`` end, in its
    sentence: genitives, quoted names, a field after "по" ("министром | финансов", "комиссию |
    по социальным вопросам", "ГККП | «Дом культуры»")."""
    sent = doc.sents[doc.toks[head].sent]
    field = False  # after "по": the field's dative ("уполномоченного | по правам ребенка")
    partner = False  # the field's partner after "с" ("по работе | с молодежью")
    while k < sent.last and k - head <= _MAX and (_dotted(doc, k, lex) or _field_at(
            doc, k, sent.last, field, lex) or _partner_at(doc, k, sent.last, field) or
            _place_name_after_word(doc, k, lex) or _enumeration_comma(doc, k, head, lex) or
            doc.toks[k].low == "из" and doc.toks[k - 1].lemma == "один" or (
            _can_continue(doc.toks[k], quoted) and (p := doc.toks[k].parse) is not None and
            p.pos != "PREP" and (doc.toks[k].case in ("gent", None) or doc.toks[k].i in quoted
                                 or field and _reads(doc.toks[k], "datv") or
                                 partner and doc.toks[k].case == "ablt"))):
        if doc.toks[k].low in _ALLOWED_CONJ and not _joins_complements(doc, k + 1, quoted) \
                and not (field and k + 1 < sent.last and _reads(doc.toks[k + 1], "datv")):
            break  # "членом и секретарем совета": the "и" joins two titles (not "по
            # промышленности, транспорту | и потребительскому рынку")
        partner = partner or field and doc.toks[k].low in _PARTNER_PREPOSITIONS
        field = field or doc.toks[k].low == "по"
        k += 1
    return k


def _place_name_after_word(doc: Doc, k: int, lex: TitleLexicon) -> bool:
    """Is token ``k`` a capitalized place name right after a place word of the complement, in
    whatever case the tagger read it ("акимом города | Тараза", "села | Глуховка"), or the
    name after a capitalized place word of one place's name ("Республики | Казахстан")?"""
    t, before = doc.toks[k], doc.toks[k - 1]
    return t.is_word() and t.text[:1].isupper() and t.ner in ("LOC", None) and \
        before.lemma.replace("ё", "е") in lex.place_words and before.case == "gent" and (
            before.text.islower() or t.ner == "LOC" and before.ner == "LOC" and
            doc.ner_span(k) == doc.ner_span(k - 1))


_PARTNER_PREPOSITIONS = frozenset({"с", "со"})


def _partner_at(doc: Doc, k: int, stop: int, field: bool) -> bool:
    """Does a field's partner open at token ``k``: "с" before an instrumental right after the
    field's dative noun of data/field_partners.txt ("специалистом отдела по работе | с
    населением", "по связям | с общественностью")?"""
    if not field or doc.toks[k].low not in _PARTNER_PREPOSITIONS or k + 1 >= stop or \
            doc.toks[k - 1].case != "datv" or \
            doc.toks[k - 1].lemma.replace("ё", "е") not in field_partners():
        return False
    t = doc.toks[k + 1]
    return t.case == "ablt" and t.pos in ("NOUN", "ADJF", "PRTF")


def _field_at(doc: Doc, k: int, stop: int, field: bool, lex: TitleLexicon) -> bool:
    """Does a title's field open at token ``k``: "по" before a noun phrase in the dative
    ("председателя комитета | по правам ребенка"), once; not an adverbial ("назначен министром
    | по итогам конкурса": data/po_adverbials.txt)?"""
    if field or doc.toks[k].low != "по" or k + 1 >= stop:
        return False
    t = doc.toks[k + 1]
    return _reads(t, "datv") and t.pos in ("NOUN", "ADJF", "PRTF") and \
        not po_adverbial(t, lex.po_adverbials)


def _reads(t: Tok, case: str) -> bool:
    """Is ``t`` in ``case`` by the tagger, or by the dictionary where the tagger reads no case
    ("по | социально-культурному развитию": a compound the tagger leaves unread)?"""
    return t.case == case or t.case is None and any(case in p.grams for p in t.parses)


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
    Дэвид Сало"), a colon that opens the list of names ("Членами совета стали: Петров, …")."""
    floor = doc.sents[doc.toks[first].sent].first
    start = first - 1 if first - 1 > floor and doc.toks[first - 1].text == ":" else first
    verb = _comma_aside_before(doc, start, floor) - 1
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
    spans = _decree_cut(doc, _before(doc, _before_verb(doc, verb, lex), lex, quoted), lex)
    dashed = _dashed_before(doc, spans, lex, quoted)
    if dashed is not None:
        return dashed
    acting = _acting_words(doc, spans[0].first) if spans else None
    if not spans or not _instrumental_head(doc.toks[spans[0].head if acting is None else
                                                     acting - 2]) and \
            not _acting_abbreviated(doc, spans[0], lex) or \
            not _opens_predicate_title(doc, spans[0].first, lex):
        return None
    if dash and not doc.toks[spans[-1].head].is_plural():
        return None  # a singular instrumental before a dash is dash_title's
    return spans[-1] if len(spans) == 1 else _coordinated_instrumentals(doc, spans)


def _opens_predicate_title(doc: Doc, k: int, lex: TitleLexicon) -> bool:
    """May an instrumental title before a predicate verb start at token ``k``: at a clause's
    start, after a possessive, an adverbial, an act ("Указом Президента | судьей …"), a
    conjunction or a comma ("Кроме того, | заместителем …")?"""
    return _clause_start(doc, k) or _possessed_start(doc, k, lex) or \
        _after_adverbial(doc, k) or _after_decree(doc, k) or _after_joint(doc, k, lex) or \
        _joint_adverbial(doc, k, lex)


def _acting_abbreviated(doc: Doc, span: _Span, lex: TitleLexicon) -> bool:
    """Does the title open with a case-less acting abbreviation before its genitive head ("Врио
    губернатора Курской области | назначен …", "И. о. министра | назначена …")?"""
    return _acting_abbreviation(doc, span.first, lex) > 0 and doc.toks[span.head].case == "gent"


@cache
def _decree_words() -> frozenset[str]:
    return frozenset(lines("decree_words.txt"))


_MAX_DECREE = 16


def _after_decree(doc: Doc, k: int) -> bool:
    """Does token ``k`` follow an act in the instrumental that opens the sentence, with its
    issuer and date and no verb or comma ("Распоряжением акима области Асаина Баймуханова |
    руководителем …", "Указом Президента от 5 января | послом …"; data/decree_words.txt)?"""
    first = _decree_at(doc, k)
    if first is None:
        return False
    return all(t.text not in (",", ":", "—", "–") and (t.parse is None or t.parse.pos not in (
        "VERB", "PRTS", "INFN", "GRND")) and not (
            t.case == "ablt" and any("ablt" in p.grams for p in t.parses))
        for t in doc.toks[first + 1:k])  # an instrumental both tagger and dictionary read


def _decree_at(doc: Doc, k: int) -> int | None:
    """The act in the instrumental before token ``k`` that opens its sentence, or follows a
    prepositional phrase with no verb that does ("По рекомендации совета | Указом …")."""
    first = doc.sents[doc.toks[k].sent].first
    for j in range(max(first, k - _MAX_DECREE), k - 1):
        t = doc.toks[j]
        if t.lemma.replace("ё", "е") in _decree_words() and (t.case == "ablt" or j > first and any(
                "ablt" in p.grams for p in t.parses)):  # the tagger may misread it mid-sentence
            return j if j == first or _prepositional_lead(doc, first, j) else None
    return None


def _prepositional_lead(doc: Doc, first: int, stop: int) -> bool:
    """Do the tokens from ``first`` to ``stop`` make a phrase opened by a preposition, with no
    verb, participle or punctuation ("По рекомендации Высшего судебного совета")?"""
    p = doc.toks[first].parse
    return p is not None and p.pos == "PREP" and all(
        t.is_word() and (t.parse is None or t.parse.pos not in (
            "VERB", "PRTS", "PRTF", "INFN", "GRND")) for t in doc.toks[first + 1:stop])


def _decree_cut(doc: Doc, spans: list[_Span], lex: TitleLexicon) -> list[_Span]:
    """The title an act's issuer runs into, cut at its instrumental head ("Распоряжением |
    акима области руководителем управления" → "руководителем управления")."""
    if len(spans) != 1 or _instrumental_head(doc.toks[spans[0].head]):
        return spans
    span = spans[0]
    for h in range(span.head + 1, span.last):
        if doc.toks[h].case == "ablt" and _head_lemma(doc.toks[h], lex):
            first = _with_adjectives(doc, h, span.head + 1)
            return [_Span(first, h, span.last)] if _after_decree(doc, first) else spans
    return spans


def _instrumental_head(tok: Tok) -> bool:
    """Is a title head before a predicate verb in the instrumental: its case, or for an
    adjective used as a noun, one of its readings ("Ведущей церемоний стала …", where the tagger
    reads the feminine "ведущей" as a genitive)?"""
    p = tok.parse
    return tok.case == "ablt" or p is not None and p.pos in ("ADJF", "PRTF") and \
        any(q.pos == p.pos and "ablt" in q.grams for q in tok.parses)


def _dashed_before(doc: Doc, spans: list[_Span], lex: TitleLexicon, quoted: set[int]
                   ) -> list[_Span] | None:
    """Two instrumental titles joined by a dash before a predicate verb, the first opening the
    clause: the same post named twice ("Начальником штаба - первым заместителем командующего
    назначен …")."""
    if len(spans) != 1 or spans[0].first < 2 or \
            doc.toks[spans[0].first - 1].text not in _PREDICATE_DASHES or \
            doc.toks[spans[0].head].case != "ablt":
        return None
    prior = _before(doc, spans[0].first - 1, lex, quoted)
    if len(prior) != 1 or doc.toks[prior[0].head].case != "ablt" or \
            prior[0].last != spans[0].first - 1 or \
            not _opens_predicate_title(doc, prior[0].first, lex):
        return None
    return [prior[0], spans[0]]


_TITLE_JOINS = frozenset({"и"})


def _coordinated_instrumentals(doc: Doc, spans: list[_Span]) -> list[_Span] | None:
    """Titles in the instrumental joined by "и", each right after the other: the
    titles of one predicate ("Основателем и директором стал …"); None for other stacks."""
    for a, b in zip(spans, spans[1:]):
        if b.first != a.last + 1 or doc.toks[a.last].low not in _TITLE_JOINS or \
                doc.toks[b.head].case != "ablt" or doc.toks[a.head].is_plural() != \
                doc.toks[b.head].is_plural():
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
    return spans[-1] if spans and not doc.toks[spans[-1].head].is_plural() else None


def _before_verb(doc: Doc, verb: int, lex: TitleLexicon) -> int:
    """Where the title before a predicate verb ends: before the adverbs, the auxiliary "быть"
    and the prepositional adverbials in front of the verb ("главой был единогласно избран",
    "председателем уже в третий раз стал")."""
    floor = max(1, doc.sents[doc.toks[verb].sent].first)
    k = _plural_subject_before(doc, verb, floor)
    while True:
        k = _adverbs_before(doc, k, floor)
        k = _aside_before(doc, k, floor)
        prep = _adverbial_start(doc, k, lex) if k - 1 >= floor else None
        if prep is None:
            prep = _adverbial_prep_phrase(doc, k, floor)
        if prep is None:
            prep = _manner_instrumental(doc, k, floor, lex)
        if prep is None:
            return k
        k = prep


def _manner_instrumental(doc: Doc, k: int, floor: int, lex: TitleLexicon) -> int | None:
    """The start of an instrumental of manner right before token ``k``, a noun no title with
    its adjectives or its genitive (not alone), after the instrumental title ("Председателем
    совета | тайным голосованием | избрана", "… | большинством голосов | избран"); None when
    there is none."""
    j = k - 1
    modified = False
    if j > floor and doc.toks[j].case == "gent" and doc.toks[j].pos == "NOUN" and \
            doc.toks[j - 1].case == "ablt":
        j -= 1  # "большинством | голосов"
        modified = True
    t = doc.toks[j] if j >= floor else None
    if t is None or t.case != "ablt" or t.pos != "NOUN" or not t.text.islower() or \
            _head_lemma(t, lex) is not None:
        return None
    while j - 1 >= floor and doc.toks[j - 1].case == "ablt" and doc.toks[j - 1].pos == "ADJF":
        j -= 1
        modified = True
    if not modified:
        return None  # a bare one may be a complement's object ("управления | образованием")
    before = doc.toks[j - 1] if j - 1 >= floor else None
    if before is not None and (before.pos == "PRTF" or _head_lemma(before, lex, True)):
        return None  # what a participle title governs: "командующего | войсками округа"
    # an instrumental title must stand before it
    return j if any(x.case == "ablt" and _head_lemma(x, lex) for x in doc.toks[floor - 1:j]) \
        else None


def _plural_subject_before(doc: Doc, verb: int, floor: int) -> int:
    """Token ``verb`` moved before the plural subject of an active verb in the plural that
    stands between it and the title, with its genitive and an adverb ("Главой муниципального
    образования | депутаты | избрали Дмитрия Ермакова", "… | члены палаты единогласно |
    избрали …"); ``verb`` when there is none."""
    p = doc.toks[verb].parse
    if p is None or p.pos != "VERB" or "plur" not in p.grams:
        return verb
    k = verb - 1
    while k >= floor and doc.toks[k].pos == "ADVB" and verb - k <= 2:
        k -= 1  # "члены палаты | единогласно | избрали"
    while k > floor and doc.toks[k].case == "gent" and doc.toks[k].text.islower() and \
            verb - k <= _MAX_SUBJECT_SPAN:
        k -= 1  # "члены | палаты"
    t = doc.toks[k] if k >= floor else None
    if t is None or t.parse is None or t.parse.pos != "NOUN" or t.case != "nomn" or \
            not t.text.islower() or not {"plur", "anim"} <= t.parse.grams:
        return verb
    return k


_MAX_SUBJECT_SPAN = 4


_MAX_ASIDE = 8


@cache
def _aside_openers() -> frozenset[tuple[str, ...]]:
    """The first two words of a parenthetical aside (data/aside_openers.txt)."""
    return frozenset(tuple(line.split()[:2]) for line in lines("aside_openers.txt"))


def _comma_aside_before(doc: Doc, k: int, floor: int) -> int:
    """Token ``k`` moved before a parenthetical aside set off by commas that ends right before
    it ("Главой комитета | , по данным СМИ, | назначен …", "… назначен | , как сообщается, |
    Иван Петров"); ``k`` when there is none."""
    if k - 1 < floor or doc.toks[k - 1].text != ",":
        return k
    for j in range(k - 2, max(floor, k - 2 - _MAX_ASIDE) - 1, -1):
        if doc.toks[j].text == ",":
            return j if j + 2 < k - 1 and \
                (doc.toks[j + 1].low, doc.toks[j + 2].low) in _aside_openers() or \
                _instrumental_participle(doc.toks[j + 1]) else k
    return k


def _instrumental_participle(t: Tok) -> bool:
    """Is ``t`` an active participle in the instrumental, which opens a clause about the
    instrumental title before it ("Заместителем губернатора |, курирующим вопросы политики,|
    стал …")?"""
    return any(p.pos == "PRTF" and "ablt" in p.grams and "pssv" not in p.grams
               for p in t.parses)  # in any reading: "курирующей" is read a genitive too


def _aside_before(doc: Doc, k: int, floor: int) -> int:
    """Token ``k`` moved before a bracketed aside that ends right before it ("Министром
    финансов | (канцлером казначейства) | станет …") or one set off by commas
    (``_comma_aside_before``); ``k`` when there is none."""
    if k - 1 >= floor and doc.toks[k - 1].text == ",":
        return _comma_aside_before(doc, k, floor)
    if k - 1 < floor or doc.toks[k - 1].text != ")":
        return k
    for j in range(k - 2, max(floor, k - 2 - _MAX_ASIDE) - 1, -1):
        if doc.toks[j].text == "(":
            return j
        if doc.toks[j].text == ")":
            break
    return k


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


def _adverbial_start(doc: Doc, end: int, lex: TitleLexicon) -> int | None:
    """The preposition of a prepositional phrase ending at ``end`` ("в третий раз", "на
    заседании"), none of its words an instrumental (the title itself may be one); not the
    "по"-complement of a body word ("руководителем управления | по делам религий")."""
    j = end - 1
    while j > 0 and end - j <= _MAX_ADVERBIAL and (p := doc.toks[j].parse) is not None and \
            p.pos in _ADVERBIAL_WORDS and doc.toks[j].case not in ("ablt", None):
        j -= 1
    p = doc.toks[j].parse if j >= 0 else None
    if j < end - 1 and doc.toks[j].low == "по" and j > 0 and \
            doc.toks[j - 1].lemma.replace("ё", "е") in lex.po_heads and \
            not po_adverbial(doc.toks[j + 1], lex.po_adverbials):
        return None
    return j if j < end - 1 and p is not None and p.pos == "PREP" else None


_PREDICATE_DASHES = frozenset({"—", "–", "-"})
_POSSESSIVES = frozenset({"его", "ее", "её", "их"})
_MEMBER_SEPARATORS = frozenset({",", "и"})


def _possessed_start(doc: Doc, k: int, lex: TitleLexicon) -> bool:
    """Does token k follow a possessive pronoun that opens its clause ("Его заместителями
    стали …", "…, где её тренером стал …")?"""
    return k > 0 and doc.toks[k - 1].low in _POSSESSIVES and (
        _clause_start(doc, k - 1) or _after_joint(doc, k - 1, lex) or
        _after_adverbial(doc, k - 1))  # "На первом заседании палаты её председателем …"
