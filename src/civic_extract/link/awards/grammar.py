"""A person or organization mention (``Party``) and its grammar: the case a name stands in
(by its words' forms, a preposition before it, a patronymic, initials), the cases a recipient
may take, the case of an organization named for its people after a collective noun, and the
shape of a sentence's line (its bullet, its last character)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ...agreement import ALL_CASES, womans_first_name
from ...document import Doc, Tok
from ...lexicon import AwardLexicon
from ..facts import Recipient

_BULLETS = "•-—–*·●▪"


@dataclass(frozen=True, slots=True)
class Party:
    """A person or organization mention: tokens [first, last), and who it is."""

    first: int
    last: int
    ref: Recipient
    in_title: bool = False  # an organization named inside a person's title
    gender: str | None = None  # the gender a person's name was read in (None: not read)
    # the name was read in the nominative, by the morphology and the tagger's case of its last
    # word (the tagger's cases of its words may differ: "Сәуле | Мұхамедиярова")
    nominative: bool = False
    # the case of the title the name stands right after ("председатель ОО «Ақ ниет» | Раушан
    # Исмаилова", "волонтеру из Шымкента | Айгерим Сапаровой"): the name agrees with it,
    # whatever case the tagger read in it
    apposed: str | None = None

    @property
    def person(self) -> bool:
        return self.ref.person is not None


# ---------------------------------------------------------------- helpers

def _case(doc: Doc, p: Party) -> str | None:
    """The case of a mention, None when unknown: an organization written after its legal-form
    abbreviation ("ОФ «Доброе дело»") gives no case the tagger can be trusted with."""
    t = doc.toks[p.first]
    if not p.person and t.text.isupper() and len(t.text) >= 2:
        return None
    if not p.person and (kind := _kind_word(doc, p.first)) is not None:
        return kind.case  # "фонд | «Ақ ниет Маңғыстау» стал …": the quoted words do not decline
    cases = [t.case for t in doc.toks[p.first:p.last] if t.is_word() and t.case and
             not t.is_initial()]
    if p.person and p.apposed is not None:
        return p.apposed
    if p.person and p.nominative and (len(set(cases)) > 1 or _initialled(doc, p)):
        # the name was read in the nominative: "Сәуле | Мұхамедиярова"; "Ахметова Б.К. –
        # заместитель директора" (initials give the tagger no case to read)
        return "nomn"
    if p.person and len(set(cases)) > 1:
        # the tagger's case that every word of the name allows ("Шуваловой Марине Игоревне":
        # datv, not the surname's gent), a declined word's first ("Анне | Петровой": the
        # indeclinable first name tells nothing), else one its own word's forms allow
        shared = _shared_cases(doc.toks[p.first:p.last])
        words = sorted((t for t in doc.toks[p.first:p.last] if t.is_word() and t.case and
                        not t.is_initial()), key=lambda t: any("Fixd" in w.grams for w in t.parses))
        cases = [c for t in words if (c := t.case) is not None and c in shared] or [
            c for t in words if (c := t.case) is not None and
            any(c in w.grams for w in t.parses)] or [
            c for c in _ALLOWED_ORDER if c in shared][:1] or cases
        # (else a case every word allows: "Нурлану Абдуллаеву", read as an instrumental)
    elif p.person and cases and cases[0] == "nomn" and \
            _OBLIQUE_SURNAME.search(doc.toks[p.last - 1].low) and "nomn" not in (
            shared := _shared_cases(doc.toks[p.first:p.last], singular=True)) and shared:
        # a nominative the tagger read in every word of a name whose surname's ending is an
        # oblique case's ("Асель Жумагалиеву"): a case they can stand in, no subject's
        cases = [next(c for c in _CASE_ORDER if c in shared)]
    if p.person and cases and _patronymic_refutes(doc, p, cases[0]) and (
            shared := _shared_cases(doc.toks[p.first:p.last], singular=True)):
        # a case the patronymic has no reading in ("Марии Алексеевне Кононовой" read as
        # genitives): the first case every word allows
        cases = [next(c for c in _ALLOWED_ORDER if c in shared)]
    if p.person and cases and cases[0] == "loct" and not _after_preposition(doc, p.first) and \
            any("datv" in w.grams for w in doc.toks[p.last - 1].parses):
        # no preposition before it: a name read in the prepositional is the dative its last
        # word is written like ("присвоено врачу больницы | Сауле Тулегеновне Ахметовой")
        return "datv"
    return cases[0] if cases else None


def _kind_word(doc: Doc, first: int) -> Tok | None:
    """The lowercase noun right before the opening quote of an organization's name that starts
    at token ``first`` with a word the dictionary does not know ("фонду | «Сыр Елі»"): it
    carries the case the quoted name does not."""
    if first < 2 or doc.toks[first - 1].text not in _OPEN_QUOTES or \
            any(w.known for w in doc.toks[first].parses):
        return None  # (a dictionary word's reading stands: "в 13 раз | «Арсенал» завоевал")
    t = doc.toks[first - 2]
    same = t.sent == doc.toks[first].sent and t.is_word() and t.text.islower()
    return t if same and t.pos == "NOUN" and t.case is not None else None


def _patronymic_refutes(doc: Doc, p: Party, case: str) -> bool:
    """Has a patronymic of the name no reading in ``case`` ("Алексеевне" read as a
    genitive)?"""
    return any(t.parses and all("Patr" in w.grams and case not in w.grams for w in t.parses)
               for t in doc.toks[p.first:p.last])


def _after_preposition(doc: Doc, first: int) -> bool:
    """Does a preposition stand before token ``first`` in its phrase, over nouns and
    adjectives only ("в областной больнице | Ивану": yes; "присвоено врачу больницы |
    Ивану": no)?"""
    toks = doc.toks
    j = first - 1
    while j >= 0 and toks[j].sent == toks[first].sent and toks[j].pos in _PHRASE_POS:
        j -= 1
    return j >= 0 and toks[j].pos == "PREP" and toks[j].sent == toks[first].sent


_PHRASE_POS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"})
_CASE_ORDER = ("accs", "datv", "gent", "ablt", "loct")
# the case taken among those a name's words allow when they allow none the tagger read
_ALLOWED_ORDER = ("nomn", "datv", "accs", "gent", "ablt", "loct")
# the dative or accusative ending of a surname in -ов/-ев/-ин ("Жумагалиеву", "Сапаровой")
_OBLIQUE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:у|ой|ым)$")


def _initialled(doc: Doc, p: Party) -> bool:
    """Is the name a surname and initials ("Ахметова Б.К.", "Б.К. Ахметова")?"""
    return any(t.is_initial() for t in doc.toks[p.first:p.last])


_NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})


def _shared_cases(toks: Sequence[Tok], singular: bool = False) -> frozenset[str]:
    """The cases every word of a name has a reading in, its guessed readings too (an
    indeclinable word, a woman's first name in a hard consonant and one without readings allow
    all); ``singular``: its singular readings only (one person's name)."""
    out = ALL_CASES
    words = [t for t in toks if t.is_word() and not t.is_initial()]
    for t in words:
        if t.parses and not any("Fixd" in w.grams for w in t.parses) and \
                not womans_first_name(t, words[-1]):
            # a name's word by its readings as a name ("Сапаровой": not the adjective
            # "сапаровой" in the nominative the guesser reads too)
            named = [w for w in t.parses if _NAME_GRAMS & w.grams] or t.parses
            if singular:
                named = [w for w in named if "plur" not in w.grams] or named
            out = out & {g for w in named for g in w.grams}
    return out


def _recipient_case(case: str | None) -> bool:
    """Recipients are subjects, objects or addressees; genitive and prepositional mentions are
    complements ("из рук губернатора …", "в Общественной палате")."""
    return case in (None, "nomn", "accs", "datv")


def _ends_with(doc: Doc, si: int, chars: str) -> bool:
    s = doc.sents[si]
    text = doc.norm[s.start:s.stop].rstrip()
    return bool(text) and text[-1] in chars


def _bullet(doc: Doc, si: int) -> str:
    s = doc.sents[si]
    c = doc.norm[s.start:s.start + 1]
    return c if c in _BULLETS else ""


class _DocAndLexicon(Protocol):
    """What ``_collective_case`` reads of the recipient rules' context (``context._Context``)."""

    @property
    def doc(self) -> Doc: ...

    @property
    def lex(self) -> AwardLexicon: ...


def _collective_case(ctx: _DocAndLexicon, p: Party) -> str | None:
    """An organization in the genitive right after a collective noun (data/
    collective_words.txt) is named for its people, and takes their case: "отмечен коллектив |
    районной библиотеки" (nomn), "коллективу | районной больницы вручили" (datv); else None."""
    toks = ctx.doc.toks
    if p.person or p.first == 0:
        return None
    # the genitive words of the organization's kind between ("коллективу | проектного
    # института | ООО «Химпроект-Уфа»"), the opening quote of a name read without its kind
    # word too ("коллектив | школы | «Радуга»")
    j = p.first - 1
    if j > 1 and toks[j].text in _OPEN_QUOTES and toks[j - 1].is_word() and \
            toks[j - 1].case == "gent":
        j -= 1
    while j > 0 and p.first - 1 - j < _MAX_COLLECTIVE_GAP and toks[j].is_word() and \
            toks[j].case == "gent" and toks[j].pos in ("NOUN", "ADJF") and \
            toks[j].text.islower():
        j -= 1
    t = toks[j]
    if t.sent != toks[p.first].sent or t.lemma not in ctx.lex.collectives or t.pos != "NOUN" \
            or j == p.first - 1 and toks[p.first].case != "gent":
        return None
    return t.case


_MAX_COLLECTIVE_GAP = 3  # genitive words between a collective noun and its organization
_OPEN_QUOTES = frozenset("«„\"")


def _counted(doc: Doc, t: Tok) -> bool:
    """Does a number stand right before the word ("64 | медика", "два | тренера")?"""
    prev = doc.toks[t.i - 1] if t.i > 0 else None
    return prev is not None and prev.is_count()
