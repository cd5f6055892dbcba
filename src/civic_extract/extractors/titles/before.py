"""Title phrases before a name: the scan left of it, stacked titles, chains and lists of names."""


from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ...agreement import adjective_agrees
from ...data import lines
from ...document import Doc, Tok
from ...lexicon import TitleLexicon
from ...rules import Veto
from ..people import PersonCandidate
from ..phrase import QUOTES, eponym_before, is_opening, outside_parentheses
from ..surroundings import issued_by, town_run_in
from .words import (
    _ACTING_ADVERBS,
    _ALLOWED_CONJ,
    _CASE_GRAMS,
    _LIST_SEPARATORS,
    _MAX,
    _MAX_CHAIN,
    _STOP_TEXT,
    _abbreviation_dot,
    _acting,
    _acting_abbreviation,
    _acting_before,
    _age_word,
    _can_continue,
    _cases,
    _head_at,
    _head_cases,
    _head_lemma,
    _name_cases,
    _Span,
    _time_tail,
    _with_adjectives,
    plural_over_list,
)

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
_MAX_ENUMERATED_ADJECTIVES = 4  # the words before the noun: "пищевой и перерабатывающей"


def _enumeration_comma(doc: Doc, k: int, first: int, lex: TitleLexicon) -> bool:
    """A comma between two nouns of one oblique case inside a complement: "начальник управления
    по физической культуре, спорту и работе с молодежью", "министр культуры, спорта и туризма",
    "министр культуры, общего и профессионального образования" (not the comma before an
    apposition: "директор школы, Иван Петров", nor one between two titles)."""
    if doc.toks[k].text != "," or k - 1 < first or k + 1 >= len(doc.toks):
        return False
    a, j = doc.toks[k - 1], k + 1
    if a.pos in ("ADJF", "PRTF") and k - 2 >= first and doc.toks[k - 2].low == "по":
        return _adjectives_comma(doc, k)  # "по бюджетной | , финансово-экономической политике"
    while j < len(doc.toks) - 1 and j - k <= _MAX_ENUMERATED_ADJECTIVES and (
            _enumerated_adjective(doc.toks[j], a.case) or j > k + 1 and
            doc.toks[j].low == "и" and _enumerated_adjective(doc.toks[j + 1], a.case)):
        j += 1  # "в сфере связи, информационных технологий и массовых коммуникаций"
    b = doc.toks[j]
    shared = {a.case} & {b.case} & _ENUMERATED_CASES
    return bool(shared) and all(
        t.pos == "NOUN" and t.ner in (None, "ORG") and t.text.islower() and
        not _head_lemma(t, lex)
        for t in (a, b))  # two title heads ("врачам, учителям") are two titles


def _adjectives_comma(doc: Doc, k: int) -> bool:
    """A comma between two adjectives of the field right after "по", each with a dative
    reading, before the field's dative noun: "председатель комитета по бюджетной, финансово-
    экономической политике", "по социальной, культурной и молодежной политике"."""
    j = k + 1
    while j < len(doc.toks) - 1 and j - k <= _MAX_ENUMERATED_ADJECTIVES and (
            _enumerated_adjective(doc.toks[j], "datv") or
            doc.toks[j].low == "и" and _enumerated_adjective(doc.toks[j + 1], "datv")):
        j += 1
    b = doc.toks[j]
    return j > k + 1 and _enumerated_adjective(doc.toks[k - 1], "datv") and b.pos == "NOUN" and \
        b.text.islower() and any(p.pos == "NOUN" and "datv" in p.grams for p in b.parses)


def _enumerated_adjective(t: Tok, case: str | None) -> bool:
    """Is ``t`` a lowercase adjective or participle that reads in ``case``, whatever case the
    tagger chose, before a noun of an enumeration ("пищевой", "перерабатывающей" of "…, пищевой
    и перерабатывающей промышленности")?"""
    return t.text.islower() and any(p.pos in ("ADJF", "PRTF") and case in p.grams
                                    for p in t.parses)


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


def _po_field_comma(doc: Doc, k: int, first: int, lex: TitleLexicon) -> bool:
    """A comma between a genitive field and a "по" field of one body's title: "министр
    культуры, по делам национальностей и архивного дела", "начальник отдела образования, по
    физической культуре и спорту" (a lowercase noun before it; "по", adjectives and a dative
    noun after it; no title head on either side)."""
    if doc.toks[k].text != "," or k - 1 < first or k + 2 >= len(doc.toks) or \
            doc.toks[k + 1].low != "по":
        return False
    a, j = doc.toks[k - 1], k + 2
    while j < len(doc.toks) - 1 and j - k <= _MAX_ENUMERATED_ADJECTIVES and \
            _enumerated_adjective(doc.toks[j], "datv"):
        j += 1  # "по физической | культуре"
    b = doc.toks[j]
    return a.case == "gent" and b.case == "datv" and all(
        t.pos == "NOUN" and t.ner in (None, "ORG") and t.text.islower() and
        not _head_lemma(t, lex) for t in (a, b))


def _dotted(doc: Doc, k: int, lex: TitleLexicon) -> bool:
    """The dot of an abbreviation a name follows ("совета г. | Алматы", "школы им. Абая"), or
    of a shortened title head its complement follows ("зав. | кафедрой", "зам. | министра")."""
    return _abbreviation_dot(doc, k, lex) and (doc.toks[k + 1].text[:1].isupper() or
                                              doc.toks[k - 1].low in lex.titles)


def _title_run_in(doc: Doc, k: int, start: int, lex: TitleLexicon) -> bool:
    """A title head right before a full name that the NER ran into it ("Аким | Ерболат
    Досаев": the people extractor leaves it out of the name); not a capitalized word inside a
    sentence, nor before a lone name ("Папа Франциск", "Король Лир": names of their own)."""
    t = doc.toks[k]
    full = start + 1 < len(doc.toks) and doc.toks[start + 1].ner == "PER" and \
        doc.toks[start + 1].is_word()
    opening = k == doc.sents[t.sent].first or t.text[:1].islower()
    # (or before a town the NER ran in as well: "Аким | Лисаковска | Серик Ахмедьяров")
    nearest = k == start - 1 or k == start - 2 and _complement_run_in(doc, k + 1, start, lex)
    return nearest and t.ner == "PER" and full and opening and bool(_head_lemma(t, lex))


def _complement_run_in(doc: Doc, k: int, start: int, lex: TitleLexicon) -> bool:
    """A word right before a name that the NER ran into it and the people extractor leaves out
    of the name: the title's complement, a common noun ("депутат Мажилиса | Ирина Смирнова")
    or a town (``town_run_in``: "аким Алматы | Ерлан Ахметов", "аким города Тараза | …")."""
    t = doc.toks[k]
    if k != start - 1 or t.ner != "PER" or doc.toks[start].ner != "PER":
        return False
    if t.parse is not None and t.parse.pos == "NOUN" and not _NAME_GRAMS & t.parse.grams and \
            not t.text.isupper() and not _head_lemma(t, lex):
        return True  # a common noun, no title's: "депутат Мажилиса | Ирина Смирнова"
    return town_run_in(doc, k, lex.towns, lex.place_words, lex.titles)


_NAME_GRAMS = frozenset({"Name", "Surn", "Patr", "Geox"})


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
        named = eponym_before(doc, k)
        if named is not None and named >= sent.first:
            k = named - 1  # "профессор университета имени М. Ауэзова | Зауре Ибрагимова"
            continue
        if not _can_continue(t, quoted) and not _enumeration_comma(doc, k, sent.first, lex) \
                and not _prepositional_enumeration(doc, k, sent.first, lex) \
                and not _po_field_comma(doc, k, sent.first, lex) \
                and not _title_run_in(doc, k, start, lex) and not _dotted(doc, k, lex) \
                and not _complement_run_in(doc, k, start, lex) \
                and not _double_name_dash(doc, k, start) \
                and not _apposed_part_dash(doc, k, start):
            break
        prep = t.parse is not None and t.parse.pos == "PREP" and t.i not in quoted
        if prep and heads and _governed_head(doc, k, heads[-1], holder or (start, start + 1)):
            heads = []  # "председатель Совета молодежи при | акиме области | Бекзат Ахметов":
            crossed = True  # the preposition's object, the complement of a title before it
            k -= 1
            continue
        body = _body_po_complement(doc, k, sent.first, lex) if prep and heads else None
        if body is not None:
            # "председатель комитета | по делам ветеранов | Ольга Иванова": the body's field,
            # no title of hers; a rank after the field is ("начальник департамента по делам
            # обороны области | полковник Иван Петров")
            heads = [h for h in heads if h < body or _rank(doc, h, lex)]
            crossed = True
            k = body - 1
            continue
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


def _double_name_dash(doc: Doc, k: int, start: int) -> bool:
    """Is token ``k`` the dash of a region's double name in the genitive ("Кемеровской
    области | – | Кузбасса", "автономного округа | – | Югры"), a capitalized word after it in
    the case of the word before it, before the name at ``start`` (the dash before a name is
    a dash title's: "соавтор — Витя Исаев")?"""
    if k < 1 or k + 1 >= start or doc.toks[k].text not in _DASHES or \
            doc.toks[k + 1].ner == "PER":
        return False
    before, after = doc.toks[k - 1], doc.toks[k + 1]
    return before.case == "gent" and before.text.islower() and before.pos == "NOUN" and \
        after.text[:1].isupper() and after.case == "gent" and after.sent == before.sent


_MAX_PART_ADJECTIVES = 2  # "— структурного подразделения", "— Карагандинского областного филиала"


@cache
def _part_words() -> frozenset[str]:
    return frozenset(lines("branch_words.txt"))


def _apposed_part_dash(doc: Doc, k: int, start: int) -> bool:
    """Is token ``k`` the dash of an organization's apposed parent, whose part it is, in the
    genitive after a genitive, before the name at ``start`` ("директор Донского ГОКа | — |
    филиала АО «Казхром» | Ерлан Сатыбалдин", "начальник цеха – структурного подразделения
    АО «X» | Имя"): a word of data/branch_words.txt, at most two adjectives before it?"""
    if k < 1 or k + 2 >= start or doc.toks[k].text not in _DASHES or \
            doc.toks[k - 1].case != "gent" or doc.toks[k - 1].sent != doc.toks[k].sent:
        return False
    for j in range(k + 1, min(start - 1, k + 2 + _MAX_PART_ADJECTIVES)):
        t = doc.toks[j]
        if t.ner == "PER" or t.case != "gent":
            return False
        if t.text.islower() and t.lemma in _part_words():
            return True
        if t.parse is None or t.parse.pos != "ADJF":
            return False
    return False


# the prepositions of a body attached to an office ("Совет молодежи при акиме области"); after
# others a title may be the name's own ("с моделью Исабель Прейслер", "один из лидеров X")
_ATTACHED_TO = frozenset({"при"})


def _governed_head(doc: Doc, k: int, head: int, name: tuple[int, int]) -> bool:
    """Is the title head the object of "при" at ``k`` (adjectives between), in an oblique case
    the name [first, last) after it is not in: "при | акиме области | Бекзат Ахметов" (not "при
    акиме области Бекзате Ахметове": the name is the head's own)?"""
    case = doc.toks[head].case
    return doc.toks[k].low in _ATTACHED_TO and case not in (None, "nomn") and \
        case not in _name_cases(doc.toks[name[0]:name[1]]) and \
        all(t.parse is not None and t.parse.pos in ("ADJF", "PRTF")
            for t in doc.toks[k + 1:head])


_MAX_PO_FIELD = 6


def _body_po_complement(doc: Doc, k: int, first: int, lex: TitleLexicon) -> int | None:
    """The "по" that opens the field of a body word right before it (data/po_heads.txt), the
    preposition at ``k`` being it or one inside the field, lowercase words between ("комитета
    | по делам ветеранов", "отдела | по работе с ветеранами"); None when there is none."""
    for j in range(k, max(first, k - _MAX_PO_FIELD), -1):
        t = doc.toks[j]
        if j < k and not (t.is_word() and t.text.islower()):
            return None
        if t.low == "по" and j > first and \
                doc.toks[j - 1].lemma.replace("ё", "е") in lex.po_heads:
            return j
    return None


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
    case = doc.toks[k].case
    if case == "gent":
        return doc.toks[name].case not in ("gent", "accs") and \
            "gent" not in _name_cases(doc.toks[name:name + 1])
    # "директор центра социальной помощи семье и | детям Марина …": a dative the name's case
    # rules out
    return case == "datv" and doc.toks[name].case != "datv" and \
        "datv" not in _name_cases(doc.toks[name:name + 1])


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
        if not _can_continue(t, quoted) or t.parse is not None and t.parse.pos == "PREP" and \
                not (t.low == "по" and j > first and _head_lemma(doc.toks[j - 1], lex)):
            return False  # (over a title's own field: "оперуполномоченный | по особо важным
            # делам Управления … МВД по Республике Бурятия | подполковник полиции Иван …")
        if t.case == case and _head_lemma(t, lex) and not t.is_plural():
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
    oblique: bool = False  # the name's own endings put it in an oblique case ("Петра Иванова")

    def cases(self) -> frozenset[str]:
        cases = _name_cases(self.doc.toks[self.first:self.last])
        return cases - {"nomn"} if self.oblique and cases != {"nomn"} else cases

    def case(self) -> str | None:
        """The case the tagger read the name's first word in, unless its endings rule it out;
        the instrumental when its words can be no other case, though the tagger read a
        genitive after a genitive chain ("с заместителем акима области Ерланом Сейтовым"). An
        initial has no case of its own: the first word past the initials tells it ("С. Н.
        Бахтин", whose "С" the tagger reads as the preposition "с")."""
        first = self.first
        while first + 1 < self.last and (self.doc.toks[first].is_initial() or
                                         self.doc.toks[first].text == "."):
            first += 1
        case = self.doc.toks[first].case
        cases = self.cases()
        if first > self.first and case not in cases:
            # past initials the tagger's reading is unsure ("… С. Н. Бахтиным"): the one case
            # the name's words allow, else none
            return next(iter(cases)) if len(cases) == 1 else None
        if case == "gent" and cases == {"ablt"}:
            return "ablt"
        return None if self.oblique and case == "nomn" else case


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
    case = h.case()
    return not any(toks[x].case == case for x in s.heads) and \
        not _acting(h.doc, s.heads[0], h.lex) and not _acting_agrees(h, s.heads[0]) and \
        not _head_cases(toks[s.heads[0]]) & h.cases() and not _plural_over_list(h, s.heads[0])


def _plural_over_list(h: _Holder, head: int) -> bool:
    """May the head be a plural in the case of the name it stands before, the first of names
    listed together (``plural_over_list``)?"""
    case = h.case()
    return case is not None and plural_over_list(h.doc, h.doc.toks[head], h.last, case)


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
    if lead > s.left and is_opening(h.doc, lead):  # a quoted epithet: 'брат "короля
        lead = _with_adjectives(h.doc, lead, s.left) - 1  # поп-музыки" Жермен Джексон'
    ends = (toks[h.first], toks[h.last - 1])
    return lead >= 0 and toks[lead].lemma.replace("ё", "е") in h.lex.relation_words and \
        ("gent" not in h.cases() or toks[h.first].case == "nomn") and \
        not all(t.case == "gent" and "gent" in _cases(t) for t in ends)


# Why the title heads before a name are no title of it, in order.
def _on_behalf(h: _Holder, s: _Scan) -> bool:
    """"От имени | акима района | Данияр Ахметжанов поздравил …", "По поручению акима …": the
    title is the genitive a preposition's noun governs, and the name after it, a nominative
    subject, is someone else."""
    toks = h.doc.toks
    head = min(s.heads)
    first = _with_adjectives(h.doc, head, 0)
    return first >= 2 and toks[head].case == "gent" and toks[h.last - 1].case == "nomn" and \
        (toks[first - 2].low, toks[first - 1].lemma) in _ON_BEHALF and \
        toks[first - 1].sent == toks[h.first].sent


# the phrases of acting for someone whose genitive title is not the subject's after it
_ON_BEHALF = frozenset({("от", "имя"), ("по", "поручение")})


def _after_name_dash(h: _Holder, s: _Scan) -> bool:
    """"Виктор Ковальчук – | механизатор ТОО «Береке» и | Ерлан Сулейменов – врач": a title
    right after a name and a dash, joined to the next name by "и" or a comma, is the first
    name's, not the next name's."""
    toks = h.doc.toks
    lead = _with_adjectives(h.doc, min(s.heads), s.left) - 1
    return lead > 0 and toks[lead].text in _DASHES and toks[lead - 1].ner == "PER" and \
        toks[lead - 1].sent == toks[h.first].sent and toks[h.first - 1].low in ("и", ",")


def _issued_to(h: _Holder, s: _Scan) -> bool:
    """"Указом Президента | Ерлану Касымову присвоено …": a title in the genitive of a noun
    naming what someone issues (data/title_cues.txt issuer_noun) is the issuer's; a name after
    it that may be a dative and cannot be a genitive is someone else, the one it is issued
    to."""
    cases = h.cases()
    return issued_by(h.doc, h.first, h.lex.issuer_nouns) and "datv" in cases and \
        "gent" not in cases


def _plural_object(h: _Holder, s: _Scan) -> bool:
    """"обратился к | медикам | Игорь Петров": a plural title a preposition governs is the
    object of the clause, not an apposition of a name in another case after it (not a plural
    over a list of names in its case: "к врачам | Ивану Петрову и Анне Смирновой"; nor the
    partitive "один из | основателей НТВ | Игорь Малашенко", one of them)."""
    toks = h.doc.toks
    head = s.heads[0]
    first = _with_adjectives(h.doc, head, 0)
    p, lead = toks[head].parse, toks[first - 1].parse if first > 0 else None
    return p is not None and "plur" in p.grams and lead is not None and lead.pos == "PREP" and \
        lead.normal not in _PARTITIVES and toks[first - 1].sent == toks[h.first].sent and \
        toks[head].case != h.case() and not _plural_over_list(h, head)


_PARTITIVES = frozenset({"из", "среди"})  # "один из основателей", "среди лауреатов"


_NOT_APPOSITION: tuple[Veto[_Holder, _Scan], ...] = (
    Veto("issued_to", _issued_to),
    Veto("plural_object", _plural_object),
    Veto("after_name_dash", _after_name_dash),
    Veto("behind_preposition", _behind_preposition),
    Veto("on_behalf", _on_behalf),
    Veto("no_shared_case", _no_shared_case),
    Veto("after_relation_word", _after_relation_word),
)


def _before(doc: Doc, start: int, lex: TitleLexicon, quoted: set[int],
            holder: tuple[int, int] | None = None, oblique: bool = False) -> list[_Span]:
    """The titles ending right before token ``start``, left to right (stacked titles split).
    ``holder``: the tokens [first, last) of the name the titles are for (default: ``start``);
    ``oblique``: that name's endings put it in an oblique case."""
    s = _scan(doc, start, lex, quoted, holder)
    if s.heads and holder is not None and \
            any(v.holds(_Holder(doc, lex, *holder, oblique), s) for v in _NOT_APPOSITION):
        return []
    heads = list(s.heads)
    case = doc.toks[start].case if holder is None else \
        _Holder(doc, lex, *holder, oblique).case()
    # titles and names are animate: their accusative is their genitive, whichever the tagger
    # read ("командующего округом генерал-полковника Сергея")
    form = _ANIMATE_ACCUSATIVE.get(case)
    holding = _Holder(doc, lex, *holder, oblique) if holder is not None else None
    agreeing = [h for h in heads if doc.toks[h].case == case or
                form is not None and _ANIMATE_ACCUSATIVE.get(doc.toks[h].case) == form or
                holding is not None and (_plural_over_list(holding, h) or
                                         h == min(heads) and _acting_agrees(holding, h))]
    if heads and holder is not None and doc.toks[heads[-1]].case == "nomn" and \
            "nomn" in _name_cases(doc.toks[holder[0]:holder[1]]):
        # a name the tagger read in another case but that may be a nominative after a
        # nominative title ("Председатель совета директоров АО «…» Зауреш Аманжолова": a long
        # genitive chain before an unknown name sways the tagger)
        agreeing = [h for h in heads if doc.toks[h].case in (case, "nomn")]
    oblique_only = case is None and holding is not None and "nomn" not in holding.cases()
    if oblique_only and holding is not None:
        # a name whose endings rule out the nominative but whose case the tagger missed
        # ("помощник | депутата | Раушан Ахметовой"): the heads in a case it allows
        agreeing = [h for h in heads if doc.toks[h].case in holding.cases()]
    limit_left = None
    if (case is not None or oblique_only) and agreeing and len(agreeing) < len(heads):
        if _given_complement(doc, heads, min(agreeing), s.left, lex):
            return []
        limit_left = min(agreeing)
        heads = [h for h in heads if h >= limit_left]
    dependent = _post_dependent(doc, heads, lex)
    if dependent is not None:
        heads = [h for h in heads if h > dependent]
        limit_left = dependent + 1
    joined = (_singular_joined(doc, heads, start) or
              _plural_verb_joined(doc, heads, holder, s.left)) if holder is not None else None
    if joined is not None:
        heads = [h for h in heads if h > joined]
        if not heads:
            return []  # "между полицейскими и 43-летним афроамериканцем Китом Скоттом"
        limit_left = joined + 1
    if not heads:
        guess = _guessed_head(doc, start, s.left, lex)
        if guess is None:
            return []
        heads = [guess]
    return _stacked(doc, s, sorted(heads), limit_left, lex)


def _given_complement(doc: Doc, heads: list[int], head: int, left: int, lex: TitleLexicon
                      ) -> bool:
    """Is the title at ``head`` the genitive complement of a dependent post's head in the
    instrumental right before it, which a transitive title verb gives the name after them
    ("избрали заместителем | председателя совета | Анну Петрову": she is the deputy;
    data/dependent_heads.txt)? Not after an intransitive verb ("работал заместителем
    директора Ивана Петрова": Петров is the director)."""
    before = [h for h in heads if h < head]
    if not before or _with_adjectives(doc, head, left) != max(before) + 1:
        return False
    dependent = doc.toks[max(before)]
    if dependent.case != "ablt" or dependent.lemma.replace("ё", "е") not in _dependent_heads():
        return False
    v = _with_adjectives(doc, max(before), left) - 1
    while v > left and doc.toks[v].pos == "ADVB":
        v -= 1
    p = doc.toks[v].parse if v >= 0 else None
    return p is not None and p.pos in ("VERB", "INFN") and p.normal in lex.title_verbs and \
        "tran" in p.grams


def _post_dependent(doc: Doc, heads: list[int], lex: TitleLexicon) -> int | None:
    """The first head when it is a dependent post's (data/dependent_heads.txt) in the genitive
    of a post word, with another head after it: the post is someone else's, and the name after
    them holds the title of the head it depends on ("займет должность советника | генерального
    директора компании | Павла Петрова": Петров is the director); else None."""
    if len(heads) < 2:
        return None
    first = min(heads)
    head = doc.toks[first]
    if head.case != "gent" or head.lemma.replace("ё", "е") not in _dependent_heads():
        return None
    k = _with_adjectives(doc, first, 0) - 1
    post = doc.toks[k] if k >= 0 else None
    if post is None or post.sent != head.sent or post.lemma not in lex.post_words:
        return None
    return None if _post_given(doc, k, lex) else first


def _post_given(doc: Doc, k: int, lex: TitleLexicon) -> bool:
    """Is the post word at token ``k`` governed by an active verb that gives the post to its
    object (title_cues.txt post_giver; a transitive title verb over a preposition: "избрали
    на пост"): "назначил на должность заместителя министра | Ивана Петрова" (Петров is the
    deputy)?"""
    preposition = k > 0 and doc.toks[k - 1].pos == "PREP"
    v = k - 1 if preposition else k
    while v > 0 and doc.toks[v - 1].pos == "ADVB":
        v -= 1
    p = doc.toks[v - 1].parse if v > 0 else None
    if p is None or p.pos not in ("VERB", "INFN") or doc.toks[v - 1].sent != doc.toks[k].sent:
        return False
    return p.normal in lex.post_givers or preposition and p.normal in lex.title_verbs and \
        "tran" in p.grams


@cache
def _dependent_heads() -> frozenset[str]:
    return frozenset(lines("dependent_heads.txt"))


def _singular_joined(doc: Doc, heads: list[int], start: int) -> int | None:
    """The "и" after a plural title head that joins a singular noun to it before the name
    ("с депутатами | и губернатором Иваном Петровым", "между полицейскими | и афроамериканцем
    Китом Скоттом"): the plural names others, not the person; None when there is none. Not a
    plural in a singular title's complement ("председатель союза журналистов | и член
    правления")."""
    ordered = sorted(heads)
    lead = 0
    while lead < len(ordered) and doc.toks[ordered[lead]].is_plural():
        lead += 1
    plural = ordered[:lead]
    if not plural or _one_of(doc, plural[0]):
        return None
    noun = next((j for j in range(start - 1, max(plural), -1)
                 if (p := doc.toks[j].parse) is not None and p.pos == "NOUN" and
                 "sing" in p.grams), None)  # the last singular noun before the name
    if noun is None:
        return None
    return next((k for k in range(max(plural) + 1, noun) if doc.toks[k].low == "и"), None)


def _plural_verb_joined(doc: Doc, heads: list[int], holder: tuple[int, int], left: int
                        ) -> int | None:
    """The last "и" after the first title head, a nominative, when a plural verb stands right
    before that title and nothing is listed after the name: the titles joined name several
    subjects, and only those after it are the name's ("присутствовали руководитель управления
    образования | и аким города Марат Ахметов.", "Выступили директор школы | и Анна
    Белова."; not "Выступил директор и основатель фонда Иван Петров", nor "вошли чемпионка мира
    и чемпионка Европы Ляйсан Утяшева, дизайнер …", where others of the list stand after the
    name)."""
    start, last = holder
    if not heads or last < len(doc.toks) and doc.toks[last].text in (",", "и") or \
            doc.toks[min(heads)].case != "nomn":
        return None  # (a subject's: not "Слово дали заместителю министра …")
    first = _with_adjectives(doc, min(heads), left)
    verb = doc.toks[first - 1].parse if first > 0 else None
    if verb is None or verb.pos not in ("VERB", "PRTS") or "plur" not in verb.grams:
        return None
    # an "и" right before the name, or before a head of its own after a title complete with
    # its complement ("руководитель управления образования | и аким города"; "министр и
    # вице-премьер" may be one man's posts; "культуры, спорта и туризма" joins a complement)
    return next((k for k in range(start - 1, min(heads), -1) if doc.toks[k].low == "и" and
                 (k == start - 1 or any(h > k for h in heads) and
                  _completed(doc, min(heads), k, heads))), None)


def _completed(doc: Doc, head: int, stop: int, heads: list[int]) -> bool:
    """Does the title at ``head`` have a complement of its own before ``stop``: a noun that is
    no head?"""
    return any(doc.toks[j].pos == "NOUN" and j not in heads for j in range(head + 1, stop))


def _one_of(doc: Doc, h: int) -> bool:
    """Does the plural head ``h`` follow "один из" past its adjectives ("одного из величайших
    спортсменов"): a class the person is one of?"""
    k = h - 1
    while k > 0 and (p := doc.toks[k].parse) is not None and p.pos in ("ADJF", "PRTF"):
        k -= 1
    return k > 0 and doc.toks[k].low == "из" and doc.toks[k - 1].lemma == "один"


def _stacked(doc: Doc, s: _Scan, heads: list[int], limit_left: int | None,
             lex: TitleLexicon) -> list[_Span]:
    """The titles of ``heads`` (in text order): a later head in the same case as the first
    starts a title of its own."""
    case = _ANIMATE_ACCUSATIVE.get(_held_case(doc, heads[0]))
    starts = [heads[0]] + [h for h in heads[1:]
                           if (_ANIMATE_ACCUSATIVE.get(doc.toks[h].case) == case or
                               _rank(doc, h, lex) and doc.toks[h].case not in _RANK_OBJECTS)
                           and (p := doc.toks[h - 1].parse) is not None and p.pos != "PREP"
                           and not _genitive_complement(doc, h, heads, lex)
                           and not _adjective_of(doc, h, heads)]
    spans = []
    left = s.left if limit_left is None else _with_adjectives(doc, limit_left, s.left)
    for i, h in enumerate(starts):
        # the next title's adjectives are its own, whichever of genitive and accusative the
        # tagger read ("генсека «…» | бывшего министра")
        end = s.start if i + 1 == len(starts) else \
            _with_adjectives(doc, starts[i + 1], h + 1, either_object=True)
        end = _time_tail(doc, h + 1, end)  # "министр | в 2010–2012 годах | Иван Петров"
        while end > h + 1 and (doc.toks[end - 1].low in ("и", ",") or
                               _age_word(doc.toks[end - 1]) is not None):
            end -= 1  # "писатель и | журналист": coordinated titles; "министр | 75-летний
            # Иван": the age describes the person, no word of the title
        head = h + 1 if h + 1 < end and _adjective_of(doc, h + 1, heads) else h
        spans.append(_Span(_with_adjectives(doc, h, max(left, s.left)), head, end))
    acting = _acting_before(doc, spans[0].first)
    if acting is not None and acting >= s.left:  # "исполняющий обязанности президента Иван"
        spans[0] = _Span(acting, spans[0].head, spans[0].last)
    # "и. о. председателя правительства Алексей Смирнов" (its dots end no title)
    acting = _acting_abbreviated_before(doc, spans[0].first, lex)
    if acting is not None:
        spans[0] = _Span(acting, spans[0].head, spans[0].last)
    return spans


def _held_case(doc: Doc, head: int) -> str | None:
    """The case of the title at ``head``, or of the participle that holds it as an acting one
    ("исполняющий обязанности главы | митрополит Пахомий": the nominative, two titles)."""
    k = _acting_before(doc, _with_adjectives(doc, head, 0))
    if k is None:
        return doc.toks[head].case
    return doc.toks[k + (doc.toks[k].low in _ACTING_ADVERBS)].case


def _adjective_of(doc: Doc, h: int, heads: list[int]) -> bool:
    """Is the head right before ``h`` a substantive title read as an adjective of it, in its
    case ("участковый | уполномоченный полиции", "ведущий | специалист"): one title, not two?"""
    before = doc.toks[h - 1]
    return h - 1 in heads and doc.toks[h].text.islower() and before.case == doc.toks[h].case and \
        any(p.pos in ("ADJF", "PRTF") for p in before.parses) and \
        adjective_agrees(before, doc.toks[h])  # (not "заведующей | отделом")


# a rank in these cases may be a complement of the post before it ("адъютант | генерала
# Петрова"); in any other the tagger's case of the post was wrong and the rank is a title of its
# own ("водолазу-спасателю отряда | старшему лейтенанту Анне Петровой")
_RANK_OBJECTS = frozenset({"gent", "accs", None})


def _rank(doc: Doc, h: int, lex: TitleLexicon) -> bool:
    """Is the head at ``h`` a rank (data/title_cues.txt: rank)?"""
    return doc.toks[h].lemma.replace("ё", "е") in lex.ranks


def _acting_abbreviated_before(doc: Doc, first: int, lex: TitleLexicon) -> int | None:
    """The first token of an abbreviated acting phrase (``_acting_abbreviation``: "и. о.")
    ending right before ``first`` in its sentence, or None."""
    sent = doc.toks[first].sent
    return next((k for k in sorted({first - len(p) for p in lex.acting})
                 if k >= 0 and doc.toks[k].sent == sent and
                 _acting_abbreviation(doc, k, lex) == first - k), None)


def _genitive_complement(doc: Doc, h: int, heads: list[int], lex: TitleLexicon) -> bool:
    """Is the genitive head ``h`` the complement of the head right before it, over agreeing
    adjectives only ("заместителя премьер-министра Ивана Петрова", "помощника первого
    вице-президента …": one title, not two)?"""
    if doc.toks[h].case != "gent" and not (
            doc.toks[h].case == "accs" and h - 1 in heads and
            doc.toks[h].lemma.replace("ё", "е") not in lex.ranks):
        return False  # ("советника | министра обороны Анну Петрову": read as an accusative)
    k = _with_adjectives(doc, h, 0)
    return k - 1 in heads


_GUESS_WINDOW = 4


def _not_title_word(normal: str, lex: TitleLexicon) -> bool:
    """Is the lemma a word that is no title when guessed: data/not_titles.txt, or a word for
    where someone comes from (data/not_title_endings.txt: "ирландец", "москвичка")?"""
    word = normal.replace("ё", "е")
    return word in lex.not_titles or word.endswith(lex.not_title_endings) or \
        _demonym(word, lex.towns)


_MIN_TOWN_STEM = 4
_MAX_DEMONYM_SUFFIX = 5
_TOWN_ENDINGS = tuple("аяьыиое")


_TOWN_SUFFIX = "ск"


@cache
def _town_stems(towns: frozenset[str]) -> frozenset[str]:
    """The one-word places' lemmas and, for those ending in a vowel or "ь", their stems
    ("саратов", "чебоксар" of "чебоксары", "перм" of "пермь"); for those in "-ск", the stem
    without it ("новосибир" of "новосибирск": "новосибирец", "иркут": "иркутянин")."""
    return frozenset(t for town in towns for t in (town, town[:-1] if town.endswith(
        _TOWN_ENDINGS) else town, town.removesuffix(_TOWN_SUFFIX)) if len(t) >= _MIN_TOWN_STEM)


def _demonym(word: str, towns: frozenset[str]) -> bool:
    """Is the word a town's stem and a short suffix: a word for someone from there
    ("саратовец", "чебоксарка", "пермяк", "парижанка")?"""
    stems = _town_stems(towns)
    return any(word[:n] in stems for n in range(max(_MIN_TOWN_STEM, len(word) -
                                                    _MAX_DEMONYM_SUFFIX), len(word)))


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


def _chain_dash(doc: Doc, first: int) -> int | None:
    """The spaced dash that joins two posts held together, the title starting at token
    ``first`` the second ("заместитель акима – руководитель аппарата Имя"), or None."""
    k = first - 1
    if k <= 0 or doc.toks[k].text not in _DASHES or doc.toks[k].sent != doc.toks[first].sent \
            or doc.norm[doc.toks[k - 1].stop:doc.toks[k].start] != " ":
        return None
    return k


def _chain(doc: Doc, spans: list[_Span], lex: TitleLexicon, quoted: set[int]) -> list[_Span]:
    """Titles chained before ``spans`` by commas: "председатель альянса …, депутат … Имя",
    "бывший вице-президент компании, а ныне член Совета Федерации Имя"; or by a dash, two
    posts held together: "заместитель акима – руководитель аппарата Имя"."""
    out = list(spans)
    for _ in range(_MAX_CHAIN):
        comma = _chain_comma(doc, out[0].first)
        if comma is None:
            comma = _chain_dash(doc, out[0].first)
        if comma is None:
            break
        more = _before(doc, comma, lex, quoted)
        if not more or doc.toks[more[-1].head].case != doc.toks[out[0].head].case or \
                doc.toks[more[-1].head].is_plural() and not _plural_read(doc.toks[out[0].head]):
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


def _dash_title(doc: Doc, span: _Span, name: int, last: int, lex: TitleLexicon) -> bool:
    """Does a singular title before a dash name the person after it, [name, last): "Министр
    обороны — Иван Петров", "директором стал Петров, а продюсером — Олег Смирнов"? The title
    opens its clause (or follows "а" or a comma) and agrees in case with the name, or is an
    instrumental whose verb is left out before a nominative name. An animate accusative has
    the genitive's form, whichever of the two the tagger read, when the title is an object, not
    a noun's genitive ("представил заместителя главы — Ивана Петрова"; not "дочь министра —
    Анну Петрову")."""
    head, case = doc.toks[span.head], doc.toks[name].case
    before = doc.toks[span.first - 1]
    animate = case is not None and head.case is not None and \
        (before.pos != "NOUN" or head.case == "accs") and \
        _ANIMATE_ACCUSATIVE[head.case] == _ANIMATE_ACCUSATIVE[case]
    if not (_clause_start(doc, span.first) or before.low in _DASH_LEADS):
        # inside a clause, an apposition after a dash agrees in case with its title: "у
        # российского фехтовальщика — Тимура Сафина"; in a case its name's words allow after
        # the noun of what someone says ("По словам директора фонда – Айгерим Садыковой": an
        # indeclinable first name), not after another noun ("дочери президента – Малии")
        said = before.pos != "NOUN" or before.lemma.replace("ё", "е") in lex.issuer_nouns
        return case is not None and head.case is not None and (
            head.case == case or animate or
            said and head.case in _name_cases(doc.toks[name:last]))
    return head.case == case or animate or head.case == "ablt" and case == "nomn" and \
        before.low in _DASH_LEADS


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


# An animate accusative reads as a genitive: the tagger may give the adjective one case and
# its noun the other ("спросили 50-летнего министра").
_ANIMATE_ACCUSATIVE: dict[str | None, str] = {
    "accs": "gent", "gent": "gent", "nomn": "nomn", "datv": "datv", "ablt": "ablt",
    "loct": "loct"}


# -- the members of a body ----------------------------------------------------------------------

_INTO = frozenset({"в", "во"})
