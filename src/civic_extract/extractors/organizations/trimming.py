"""Where an NER span starts and stops: the adjectives it takes before it, the words it
takes after it (a dash-apposed or postposed name, the next span), and the words cut off
it: a sentence's opening word, a person's age or addressee, a term of office, a dangling
preposition, the subject of a verb."""

from __future__ import annotations

import re

from ...agreement import ADJECTIVES, adjective_agrees, agree, forms
from ...document import Doc
from ...lexicon import OrgLexicon
from ..phrase import CAPITALS_ABBREVIATION, head_index, is_opening
from .po import _last_po
from .words import (
    _DASHES,
    _RELATIONAL,
    _award_or_event,
    _finite_verb,
    _in_case,
    _named_owner,
    _org_word,
)


def _before_award_quote(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """The end of an NER span before the quoted name it ran into, when an award's or an event's
    word right before the span (``_award_or_event``) takes that name and the span names the
    award's owner in two words or more ("Знак | Министерства энергетики «Почетный энергетик»":
    "Министерства энергетики"); ``last`` otherwise."""
    if first < 1 or not _award_or_event(doc.toks[first - 1], lex):
        return last
    q = next((k for k in range(first + 2, last) if is_opening(doc, k)), last)
    return q if q < last and _named_owner(doc, lex, first, q) else last


def _dash_apposed_end(doc: Doc, lex: OrgLexicon, spans: list[tuple[str, int, int]], i: int,
                      first: int, last: int) -> int:
    """The end of the next ORG span when a dash joins it to a numbered institution's span in
    the same case: its second name, one name in all ("Республиканской больницы № 1 — |
    Национального центра медицины"); else ``last``."""
    toks = doc.toks
    nxt = spans[i + 1] if i + 1 < len(spans) else None
    if nxt is None or nxt[0] != "ORG" or nxt[1] != last + 1 or \
            toks[last].text not in _DASHES or not toks[last - 1].text.isdigit() or \
            toks[nxt[1]].sent != toks[first].sent or not toks[nxt[1]].is_title_case():
        return last
    h1, h2 = head_index(toks[first:last]), head_index(toks[nxt[1]:nxt[2]])
    if h1 is None or h2 is None:
        return last
    one, two = toks[first + h1], toks[nxt[1] + h2]
    return nxt[2] if one.case is not None and _in_case(two, one.case) and \
        _org_word(two, lex) != "state" else last


def _into_next_span(spans: list[tuple[str, int, int]], i: int, run_on: int) -> int:
    """The end of the next ORG span when the noun an adjectives' span ran on to opens it
    ("Псковского областного | Собрания депутатов": one name), else ``run_on``."""
    nxt = spans[i + 1] if i + 1 < len(spans) else None
    return nxt[2] if nxt is not None and nxt[0] == "ORG" and nxt[1] == run_on - 1 and \
        nxt[2] > run_on else run_on


def _proper_adjectives_before(doc: Doc, lex: OrgLexicon, first: int, reach: int) -> int:
    """The start of the adjectives that agree with the capitalized noun opening an NER span,
    a capitalized place's adjective and one of level (data/form_levels.txt), the NER left out
    ("Новгородское областное | Собрание депутатов"; not "Российский | МИД"); ``first`` when
    there are none, or when one of them is another span's (``reach``)."""
    toks = doc.toks
    head = toks[first]
    if head.pos != "NOUN" or not head.is_title_case():
        return first
    j, floor = first, max(doc.sents[head.sent].first, reach)
    while j - 1 >= floor and j - first < _MAX_ADJECTIVES and toks[j - 1].pos == "ADJF" and \
            toks[j - 1].ner is None and adjective_agrees(toks[j - 1], head):
        j -= 1
    while j < first and not (toks[j].is_title_case() and
                             _RELATIONAL.match(toks[j].low.replace("ё", "е"))):
        j += 1  # "провело | Новгородское …": from the place's adjective on
    levels = any(toks[k].lemma.replace("ё", "е") in lex.form_levels for k in range(j + 1, first))
    return j if levels else first


def _people_opening(doc: Doc, k: int, lex: OrgLexicon) -> bool:
    """Is token k a plural noun of people the dictionary knows that opens its sentence, which
    the NER ran into the name after it ("Воспитанники | ДЮСШ № 4", "Ученики | школы-лицея
    «…»")?"""
    t = doc.toks[k]
    p = t.parse
    return k == doc.sents[t.sent].first and p is not None and p.pos == "NOUN" and p.known and \
        {"anim", "plur"} <= p.grams and not {"Name", "Surn"} & p.grams and \
        t.lemma not in lex.org_words


def _noun_before_body(doc: Doc, k: int, lex: OrgLexicon) -> bool:
    """Is token k a common noun opening its sentence, no body's or organization's word, before
    a lowercase body word in the genitive that the NER ran it into ("Заседание | комитета
    Государственного Совета …", "Решением | правления фонда")? The body's name starts there."""
    t = doc.toks[k]
    nxt = doc.toks[k + 1] if k + 1 < len(doc.toks) else None
    if k != doc.sents[t.sent].first or t.pos != "NOUN" or nxt is None or \
            not nxt.text.islower() or nxt.pos != "NOUN" or nxt.case != "gent":
        return False
    lemma, body = t.lemma.replace("ё", "е"), nxt.lemma.replace("ё", "е")
    return lemma not in lex.body_words and lemma not in lex.org_words and \
        (body in lex.body_words or body in lex.org_words)


def _adverb_opening(doc: Doc, k: int) -> bool:
    """Is token k an adverb the NER ran into the capitalized name after it ("Параллельно |
    Областная библиотека", "Также | Союз журналистов")? No name starts with an adverb."""
    t = doc.toks[k]
    return t.pos == "ADVB" and k + 1 < len(doc.toks) and doc.toks[k + 1].is_title_case() and \
        k not in doc.quotes.quoted


_AGE = re.compile(r"\d+-летн", re.IGNORECASE)


def _before_age(doc: Doc, first: int, last: int) -> int:
    """An NER span cut before a person's age ("ГРУ | 66-летний Сергей", "75-летний Адзума"):
    an age opens a description of a person, never a word of an organization's name."""
    for k in range(first, last):
        if _AGE.match(doc.toks[k].text):
            return k
    return last


def _before_addressee(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """An NER span cut before the person in the dative it ran into right after its head word
    ("грамоты Городского совета | учителю математики", "Совет | ветеранам войны"): a body's
    name takes no dative animate noun after its head (the dative of "Фонд помощи детям"
    follows a noun of action, no organization word)."""
    toks = doc.toks
    for k in range(first + 1, last):
        t, head = toks[k], toks[k - 1]
        if t.text.islower() and k not in doc.quotes.quoted and head.pos == "NOUN" and \
                head.lemma.replace("ё", "е") in lex.org_words and t.parses and \
                all(p.has("NOUN", "anim", "datv") for p in t.parses):
            return k
    return last


_TERM_NUMBER = re.compile(r"^(\d+|[IVXLCDM]+)(-?[а-я]{1,3})?$")  # "VIII", "8-го", "VIII-го"


def _before_term(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """A body's name cut before the term of office that dates it (data/body_terms.txt), with
    the ordinal or the number before the term's noun: "маслихат Северо-Казахстанской области |
    восьмого созыва", "Совет депутатов района | VII созыва"; ``last`` when there is none."""
    toks = doc.toks
    k = next((j for j in range(first + 1, last)
              if toks[j].lemma.replace("ё", "е") in lex.body_terms), last)
    if k == last:
        return last
    while k - 1 > first and (toks[k - 1].pos in ("ADJF", "PRTF") or
                             _TERM_NUMBER.match(toks[k - 1].text)):
        k -= 1
    return k


_MAX_ADJECTIVES = 8


_DATE = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")


def _dangling_end(doc: Doc, first: int, last: int) -> int:
    """An NER span that ends on a preposition ("Совета по взаимодействию с") stops before it,
    and before the "по" of its complement when it has one, which ``_po_complement`` then reads
    whole ("Совет по взаимодействию с общественными объединениями")."""
    while last - first > 1 and _DATE.match(doc.toks[last - 1].text):
        last -= 1  # a dateline glued to a heading: "Общественный совет 15.08.2025"
    # the predicate the NER ran into, and what follows it: "Трибунал | приговорил", "Фонд
    # Сороса | выделил грант" (a quoted name may hold a verb: "«Опер слил»")
    last = next((k for k in range(first + 1, last) if _finite_verb(doc.toks[k]) and
                 k not in doc.quotes.quoted), last)
    if last - first < 2 or doc.toks[last - 1].pos not in ("PREP", "CONJ"):
        return last
    po = _last_po(doc, first, last)
    if po is not None:
        return po
    while last - first > 1 and doc.toks[last - 1].pos in ("PREP", "CONJ"):
        last -= 1
    return last


_MAX_BEFORE_VERB = 3


def _subject_link(doc: Doc, lex: OrgLexicon, link: int, place_end: int) -> bool:
    """Is the link word at ``link`` an organization word that reads as a nominative plural, with
    a plural finite verb a few words after its place: the subject of the clause, not a part of
    the name before it ("Фонда президентских грантов | организации Алтайского края |
    выиграли")?"""
    toks = doc.toks
    t = toks[link]
    if _org_word(t, lex) is None or \
            not any("nomn" in p.grams and "plur" in p.grams for p in t.parses):
        return False
    for v in toks[place_end:place_end + _MAX_BEFORE_VERB + 1]:
        if v.sent != t.sent or not v.is_word():
            return False
        if _finite_verb(v):
            return v.parse is not None and "plur" in v.parse.grams
    return False


def _before_subject(doc: Doc, lex: OrgLexicon, spans: list[tuple[str, int, int]], i: int,
                    first: int, last: int) -> int:
    """The end of an NER span before its last lowercase word when that word, with the place
    span right after it, is the subject of the clause (``_subject_link``: "Фонда президентских
    грантов | организации Алтайского края выиграли"); ``last`` otherwise."""
    nxt = spans[i + 1] if i + 1 < len(spans) else None
    if nxt is None or nxt[0] != "LOC" or nxt[1] != last or last - first < 3 or \
            not doc.toks[last - 1].text.islower():
        return last
    return last - 1 if _subject_link(doc, lex, last - 1, nxt[2]) else last


_NOUN_POS = frozenset({"NOUN"})


def _postposed(doc: Doc, k: int) -> bool:
    """Is the word at ``k`` a capitalized adjective that closes the name of the noun right before
    it, in an NER span: agreeing with it or after an abbreviation in capitals ("комиссия |
    Крымская", "ТИК | Крымская")?"""
    toks = doc.toks
    if k < 1 or not toks[k].is_title_case() or toks[k].ner is None or \
            not all(x.pos in ("ADJF", "PRTF") for x in toks[k].parses):
        return False
    noun = toks[k - 1]
    return noun.sent == toks[k].sent and noun.ner in ("ORG", "LOC") and (
        CAPITALS_ABBREVIATION.match(noun.text) is not None or noun.pos == "NOUN" and
        agree(forms(toks[k], ADJECTIVES), forms(noun, _NOUN_POS), case=False))


def _postposed_end(doc: Doc, spans: list[tuple[str, int, int]], i: int, last: int) -> int:
    """The end of the next NER span when it is one adjective that closes the name of this one
    ("Территориальная избирательная комиссия | Крымская"); ``last`` otherwise."""
    nxt = spans[i + 1] if i + 1 < len(spans) else None
    return last + 1 if nxt is not None and nxt[1] == last and nxt[2] == last + 1 and \
        _postposed(doc, last) else last
