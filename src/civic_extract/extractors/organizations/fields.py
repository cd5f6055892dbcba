"""An NER span run on to the right over its lowercase genitive field: an institution's or a
unit's field ("Университет | физической культуры"), a coordinated or joined complement, the
adjectives a span ends on and the people an organization unites."""

from __future__ import annotations

from functools import lru_cache

from ...data import table
from ...document import Doc, Tok
from ...lexicon import OrgLexicon
from ..phrase import head_index, is_opening
from ..surroundings import field_noun, joined_field
from .trimming import _MAX_ADJECTIVES
from .words import _generic, _in_case, _org_word, _pronominal

_MAX_FIELD = 5


def _ends_unit_before_quote(doc: Doc, lex: OrgLexicon, last: int) -> bool:
    """Does the span ending at ``last`` end with a lowercase place word in the genitive, a
    quoted name right after it ("Управление образования района | «Есиль»")?"""
    t = doc.toks[last - 1]
    return t.text.islower() and t.case == "gent" and \
        t.lemma.replace("ё", "е") in lex.unit_words and last < len(doc.toks) and \
        is_opening(doc, last)


def _lowercase_field(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """A named span that ends on an organization's word, no state body's, runs on over the
    lowercase genitive that names its field: plural things after their adjectives ("Курский
    завод | тракторных запчастей"), or a union and the people it unites ("краевая
    организация | профсоюза работников здравоохранения"); the new end, or ``last``."""
    toks = doc.toks
    head = toks[last - 1]
    kind = _org_word(head, lex) if head.pos == "NOUN" else None
    if kind is None or kind == "state" or last >= len(toks) or \
            not any(t.is_title_case() for t in toks[first:last - 1]):
        return last
    k = last
    while k < len(toks) and k - last < _MAX_FIELD and toks[k].pos in ("ADJF", "PRTF") and \
            _lowercase_genitive(toks[k], head):
        k += 1
    field = _institution_field(doc, lex, last)
    if field > last:
        return field  # "Нижегородского областного центра | крови"
    if k > last:  # adjectives: the plural noun of the things made
        noun = toks[k] if k < len(toks) else None
        return k + 1 if noun is not None and noun.pos == "NOUN" and \
            _lowercase_genitive(noun, head) and noun.is_plural() and \
            noun.lemma.replace("ё", "е") not in lex.titles and \
            "anim" not in (noun.parse.grams if noun.parse else ()) else last
    if not (_lowercase_genitive(toks[k], head) and _org_word(toks[k], lex) is not None and
            _members_after(doc, lex, first, k + 1)):
        return last
    k += 2  # "профсоюза | работников", then their field: "здравоохранения"
    while k < len(toks) and k - last < _MAX_FIELD and toks[k].pos == "NOUN" and \
            _lowercase_genitive(toks[k], head) and _org_word(toks[k], lex) is None:
        k += 1
    return k


def _institution_field(doc: Doc, lex: OrgLexicon, last: int) -> int:
    """The end of the lowercase genitive singular field, its adjectives first, after an
    institution's word that it names (data/field_units.txt institution: "центра | крови",
    "Дома | детского творчества", "института | биохимии и физиологии"), a noun no unit,
    person, body, title or time; ``last`` when there is none."""
    toks = doc.toks
    head = toks[last - 1]
    if head.lemma.replace("ё", "е") not in lex.field_institutions:
        return last
    k = last
    while k < len(toks) and k - last < _MAX_FIELD and toks[k].pos in ("ADJF", "PRTF") and \
            _lowercase_genitive(toks[k], head) and not toks[k].is_plural():
        k += 1
    noun = toks[k] if k < len(toks) else None
    if noun is None or noun.pos != "NOUN" or not _lowercase_genitive(noun, head) or \
            noun.is_plural() or noun.lemma.replace("ё", "е") in lex.unit_words or \
            noun.lemma in _time_inside_words() or \
            not field_noun(noun, lex.single_bodies, lex.org_words, lex.titles, lex.joined_parties):
        return last
    return _joined_field(doc, lex, k + 1, True)


@lru_cache(maxsize=1)
def _time_inside_words() -> frozenset[str]:
    """The words a time adverbial runs on over (data/time_adverbials.txt inside: "года",
    "начала"): no field of an institution."""
    return frozenset(w for w, role in table("time_adverbials.txt", 2) if role == "inside")


def _unit_field(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """A capitalized NER name of adjectives and a unit's word (data/field_units.txt) runs on
    over the lowercase genitive field that names the unit: "Бурлинского районного отдела |
    полиции", "Жамбылского районного управления | образования и спорта"; the new end, or
    ``last``."""
    toks = doc.toks
    if last >= len(toks) or not toks[first].is_title_case() or \
            toks[last - 1].lemma.replace("ё", "е") not in lex.field_units or \
            not _generic(doc, first, last, lex):
        return last
    k = last
    while k < len(toks) and toks[k].pos in ("ADJF", "PRTF") and \
            _lowercase_genitive(toks[k], toks[last - 1]):
        k += 1
    if k >= len(toks) or toks[k].pos != "NOUN" or \
            not _lowercase_genitive(toks[k], toks[last - 1]) or not _unit_field_word(toks[k], lex):
        return last
    return _joined_field(doc, lex, k + 1, True)


def _unit_field_word(t: Tok, lex: OrgLexicon) -> bool:
    """May the noun name the field of a unit: a service ("полиции") or a field of a body's
    work ("образования", "финансов"), no administrative unit ("области")?"""
    lemma = t.lemma.replace("ё", "е")
    return lemma in lex.service_bodies or lemma not in lex.unit_words and field_noun(
        t, lex.single_bodies, lex.org_words, lex.titles, lex.joined_parties)


def _lowercase_genitive(t: Tok, head: Tok) -> bool:
    """A lowercase word of the sentence of ``head`` in the genitive, no pronoun's ("своих")."""
    return t.sent == head.sent and t.text.islower() and t.case == "gent" and \
        not _pronominal(t)


def _coordinated_complement(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """An NER span of an organization word with a genitive complement ("Союза писателей")
    that stops before "и" runs on over a second lowercase complement in the genitive joined by
    it ("и журналистов", "и распространителей печатной продукции"); a state body's only over a
    second field of its work (``_joined_field``). The new end, or ``last``."""
    toks = doc.toks
    h = head_index(toks[first:last])
    if h is None or first + h == last - 1:
        return last
    kind = _org_word(toks[first + h], lex)
    return last if kind is None else _joined_field(doc, lex, last, kind == "state")


def _joined_field(doc: Doc, lex: OrgLexicon, last: int, state: bool) -> int:
    """A body's name whose genitive complement ends at ``last`` runs on over a second one
    joined by "и" (``joined_field``): "Союза писателей | и журналистов", "министерства
    культуры | и спорта". For a ``state`` body the "и" joins a second party as often
    ("министерства обороны | и руководства страны", "и губернатора"): its nouns must then name
    a field, none a person, a body, an organization or a party (data/joined_parties.txt); a
    field of its enumeration may open with "по" ("министерства спорта | , по делам
    молодежи и туризма")."""
    if not state:
        return joined_field(doc, last, lambda t: True)
    return joined_field(doc, last, lambda t: field_noun(
        t, lex.single_bodies, lex.org_words, lex.titles, lex.joined_parties), lex.po_adverbials)


def _adjectives_run_on(doc: Doc, last: int) -> int:
    """An NER span that ends on an adjective ("Центра химической", "Китайского
    государственного") runs on over the adjectives joined to it (", биологической и ядерной")
    to the noun they go with ("обороны", "Большого театра"): the new end, or ``last`` when no
    such noun follows."""
    toks = doc.toks
    t = toks[last - 1]
    case = t.case or _case_before(doc, last - 1)
    if t.pos not in ("ADJF", "PRTF") or case is None or last >= len(toks):
        return last
    number = t.tag.get("Number") or toks[last - 2].tag.get("Number")  # (a hyphened one: none)
    k = last
    while k < len(toks) and k - last < _MAX_ADJECTIVES and toks[k].sent == t.sent:
        u = toks[k]
        if u.text == "," or u.low == "и":
            k += 1
        elif u.pos in ("ADJF", "PRTF") and _in_case(u, case):
            k += 1
        elif u.pos == "NOUN" and u.is_word() and _in_case(u, case) and \
                toks[k - 1].text != "," and toks[k - 1].low != "и":
            # "Большого, Мариинского театров": names of several, each its own
            return k + 1 if u.tag.get("Number") == number else last
        else:
            break
    return last


def _case_before(doc: Doc, k: int) -> str | None:
    """The case of the adjective before the word at ``k`` that the tagger gave none (a hyphened
    one: "Костромского | историко-архитектурного"), when the word has a reading in it."""
    before = doc.toks[k - 1].case if k > 0 and doc.toks[k - 1].pos in ("ADJF", "PRTF") else None
    return before if before is not None and _in_case(doc.toks[k], before) else None


def _members_after(doc: Doc, lex: OrgLexicon, first: int, last: int) -> bool:
    """Is the word after a span that ends with an organization's word the people it unites, a
    plural animate noun in the genitive ("районного совета | ветеранов", "союза | журналистов",
    "совета | директоров")?"""
    if last >= len(doc.toks):
        return False
    t, head = doc.toks[last], doc.toks[last - 1]
    grams = t.parse.grams if t.parse is not None else frozenset()
    return t.sent == doc.toks[first].sent and t.text.islower() and t.pos == "NOUN" and \
        {"gent", "plur", "anim"} <= grams and t.case in (None, "gent") and \
        head.lemma.replace("ё", "е") in lex.org_words
