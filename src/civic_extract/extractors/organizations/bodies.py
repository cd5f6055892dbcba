"""Stage 6, lowercase state and public bodies (``_bodies``: "министерство культуры
Польши"): a body word, its genitive complement and where its mention ends; institutions
named by their number or by an abbreviation."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ...agreement import adjective_agrees
from ...document import Doc, Tok
from ...lexicon import OrgLexicon
from ...quotes import is_name
from ..alternatives import past_alternative
from ..phrase import (
    EPONYM_WORDS,
    QUOTES,
    head_index,
    institution_head,
    is_opening,
    nominative,
    noun_gender,
)
from .candidate import _BODIES, OrgCandidate, _Found, _read_genitive
from .context import _Ctx
from .extent import _municipal_name_end, _named_after, _number_end, _place_complement
from .fields import _joined_field, _members_after, _unit_field_word
from .po import _place_opened, _po_complement, _po_territory, _pri_complement, _undeclined_place
from .trimming import _before_term
from .words import _ROMAN, _in_case, _org_word, _place_adjective, _pronominal


def _person_complement(doc: Doc, head: int, last: int, sent: int,
                       person_ends: dict[int, int]) -> int:
    """Run a body's complement on to the end of a person's name right after its head word, and
    over a second name joined by "и": "администрации Джорджа Буша-младшего", "штаб Любови Соболь
    и Ивана Жданова". A name after another complement is no owner of the body but the holder
    of a title before it ("начальника полиции округа Москвы | Андрея Пучкова"): the complement
    stops before it."""
    toks = doc.toks

    def name_end(k: int) -> int:
        """The end of the person's name that token k is in: its NER span's, not a second
        name right after it ("администрации Билла Клинтона | Луис Фри")."""
        if k in person_ends:
            return person_ends[k]
        while k < len(toks) and toks[k].sent == sent and toks[k].ner == "PER":
            k += 1
        return k

    if last == 0 or toks[last - 1].ner != "PER" or toks[last - 1].case != "gent":
        return last
    start = last - 1
    while start - 1 > head and toks[start - 1].ner == "PER":
        start -= 1
    if start != head + 1:
        return start
    last = name_end(last - 1)
    if not _genitive_person(toks, start, last):
        return start  # "маслихата | Жанар Омарова", "отдела | Анастасии Олеговне Беловой"
    if last + 1 < len(toks) and toks[last].low == "и" and toks[last + 1].ner == "PER" and \
            toks[last + 1].case == "gent" and toks[last + 1].sent == sent:
        last = name_end(last + 1)
    return last



def _genitive_person(toks: Sequence[Tok], start: int, last: int) -> bool:
    """Can the person's name at ``start:last`` be a body's owner in the genitive? Its first word
    reads as a genitive singular ("Джорджа Буша", "Любови Соболь") when the dictionary knows
    it as a name or a surname that reads as a genitive follows it (undeclined words may be
    anything: "совета | Шаар ха-Негев"), and a patronymic in it too: not a name in another
    case the tagger misread ("Жанар Омарова", whose first name has no genitive singular;
    "Анастасии Олеговне Беловой", a dative)."""
    words = [t for t in toks[start:last] if t.is_word()]
    if not words:
        return False
    first = words[0].parses
    named = any(p.known and ("Name" in p.grams or "Surn" in p.grams) for p in first) or \
        any(p.has("Surn", "gent") for t in words[1:] for p in t.parses)
    if named and not any(p.has("gent", "sing") for p in first):
        return False
    return all(any(p.has("gent") for p in t.parses) for t in words
               if any(p.has("Patr") for p in t.parses))


def _held_from_before(c: _Ctx, first: int) -> bool:
    """A body in the genitive inside the genitive complement of a title ("главы | ведомства
    Александра Жарова", "спикера | парламента Анатолия Каминского", "руководителя правового
    отдела | ведомства Бориса Едидина", "главы отдела этого же | ведомства …"): the name in
    the genitive after it is the holder of that title, not the body's owner. Not inside the
    complement of a title in another case ("представитель администрации Джорджа Буша | Джеймс
    Коми": the holder follows in its case), nor of a noun that is no title ("сотрудниками
    отдела администрации Джорджа Буша")."""
    toks = c.doc.toks
    if first == 0 or toks[first].case != "gent":
        return False
    sent = toks[first].sent
    k = first - 1
    while k >= 0 and first - k <= _MAX_BODY_COMPLEMENT and toks[k].sent == sent and (
            toks[k].low in _PARTICLES or _in_case(toks[k], "gent")):
        t = toks[k]
        if t.pos == "NOUN" and t.lemma.replace("ё", "е") in c.lex.titles:
            return True
        if t.low not in _PARTICLES and t.pos not in ("NOUN", "ADJF", "PRTF", "NPRO"):
            return False
        k -= 1
    return False


_PARTICLES = frozenset({"же", "ли"})


def _before_person(doc: Doc, head: int, last: int) -> int:
    """The complement of a body cut before the person's name it ends with."""
    while last > head + 1 and doc.toks[last - 1].ner == "PER":
        last -= 1
    return last


_MAX_BODY_COMPLEMENT = 8


def _bodies(c: _Ctx) -> Iterator[_Found]:
    """State and public bodies the NER leaves out because they are written in lowercase:
    "министерство культуры Польши", "федеральный суд", "городского совета", "правительство";
    one body (``_unique_body``), not a class ("министерство" alone). A body kept claims its words
    for the bodies after it."""
    doc, lex, toks = c.doc, c.lex, c.doc.toks
    covered = c.state.covered - _after_pri(toks)
    # each word of a person's name → the end of its NER span
    person_ends = {k: b for type_, a, b in doc.ner if type_ == "PER" for k in range(a, b)}
    outer = 0  # the end of the last body's name: a body word before it is inside that name
    for t in toks:
        if t.chrome or t.i in covered or t.i in c.quoted or t.parse is None or \
                t.parse.pos != "NOUN" or _named_by_ner(c, t) or _service_of_unit(c, t):
            continue
        entry = lex.body_words.get(t.lemma.replace("ё", "е"))
        if entry is None:
            continue
        first = t.i
        while first - 1 >= 0 and toks[first - 1].pos is not None and \
                toks[first - 1].pos in ("ADJF", "PRTF") and toks[first - 1].case == t.case \
                and toks[first - 1].sent == t.sent and (first - 1) not in covered and \
                toks[first - 1].lemma.replace("ё", "е") not in lex.body_not_modifiers:
            first -= 1
        last = _complement_end(c, t, entry[0] == "state")
        if last > t.i + 1:  # "маслихата области | Абай"
            last = _place_opened(doc, lex, last)
        named = _eponym_complement(doc, first, t.i, last)
        if named != last:
            last = named  # "театр имени Хадиши Букеевой": the person's name is the body's
        elif _held_from_before(c, first) or entry[1] == "named":
            # (a body named by its field, "министерство обороны", is nobody's: "грамоты
            # министерства | Юлии Ивановой")
            last = _before_person(doc, t.i, last)
        else:
            last = _person_complement(doc, t.i, last, t.sent, person_ends)
        po = _po_complement(doc, first, last, lex)
        if po > last:  # "управление по делам молодёжи акимата города | Шымкент"
            last = _undeclined_place(doc, lex, po, t.sent)
            if last < len(toks) and toks[last].low == "по" and t.i >= outer:
                # "… по реформам Республики Казахстан | по Улытауской области": the territory
                last = _po_territory(doc, first, last, lex)  # of the outer body, not of one inside
        last = _pri_complement(doc, first, last, lex)
        if not _unique_body(c, t.i, first, last) or _alone_after_modifier(c, first, t.i, last) \
                or _inner_unit(c, t.i, last) or _of_a_rank(c, first, t.i, last) \
                or _cuts_a_name(doc, t.i, last) or _describes_quoted(c, t.i, last) or \
                any(toks[k].text in lex.form_by_abbr and toks[k].low not in lex.not_orgs
                    for k in range(t.i + 1, last)):
            continue  # "совета директоров АО «…»": an organ of the company, which is named
        outer = max(outer, last)
        name = nominative(doc, first, last, c.morph, organization=True)
        yield _Found("lowercase_body", OrgCandidate(first, _body_mention_end(toks, t.i, last, lex),
                                                    name, None, None, entry[0], first, last),
                     (_BODIES, t.i, 0), checked=name, head=t.i)


def _named_by_ner(c: _Ctx, t: Tok) -> bool:
    """Is the capitalized body word inside the sentence one the NER's names hold, or written
    in capitals? A capitalized one the NER left out is a body's name all the same ("перейдет
    в | Правительство Курской области")."""
    return t.text[:1].isupper() and t.i != c.doc.sents[t.sent].first and (
        t.ner is not None or not t.is_title_case())


def _of_a_rank(c: _Ctx, first: int, h: int, last: int) -> bool:
    """Is the body word at ``h``, alone, the complement of a rank right before it ("полковник |
    полиции", "генерал-майора | юстиции"): part of the rank, no organization (not "профессор |
    кафедры археологии МГУ", a post at a body)?"""
    prev = c.doc.toks[first - 1] if first > 0 else None
    return first == h and last == h + 1 and prev is not None and \
        prev.sent == c.doc.toks[first].sent and prev.lemma.replace("ё", "е") in c.lex.ranks


def _inner_unit(c: _Ctx, h: int, last: int) -> bool:
    """Is the body word at ``h`` a unit inside an institution (data/inner_units.txt) whose
    complement up to ``last`` names that institution ("отделение реанимации | Областной
    больницы", "научный отдел | Национального музея")?"""
    toks = c.doc.toks
    if toks[h].lemma.replace("ё", "е") not in c.lex.inner_units:
        return False
    kinds = [_org_word(toks[k], c.lex) for k in range(h + 1, last) if toks[k].pos == "NOUN"]
    return any(kind in _INSTITUTION_KINDS for kind in kinds)


# the kinds of institutions (data/org_words.txt) a unit inside one belongs to: a hospital, a
# museum, a university; not a state body's, a movement's or a party's (their branches are
# organizations: "региональное отделение движения «…»")
_INSTITUTION_KINDS = frozenset({"other", "education"})


def _complement_end(c: _Ctx, t: Tok, state: bool) -> int:
    """The end of the genitive complement of the body word ``t`` (``state``: a state body's):
    over genitives, "и" between them, undeclined abbreviations and places, the people it unites,
    to the quoted end of an NER name it runs into; not over a title ("министерства |
    министра"; "военного округа" is none)."""
    doc, lex, toks = c.doc, c.lex, c.doc.toks
    last = t.i + 1
    while last < len(toks) and last - t.i <= _MAX_BODY_COMPLEMENT and \
            toks[last].sent == t.sent and (
                toks[last].case == "gent" and
                toks[last].pos in ("NOUN", "ADJF", "PRTF") or
                _joined_genitive(c, t.i, last) or _abbreviation_complement(c, last) or
                _pair_genitive(c, t.i, last) or _place_genitive(c, t.i, last)) and \
            (toks[last].lemma not in lex.titles or toks[last].pos != "NOUN" or
             last == t.i + 1 and _body_pair(c, t.i, last + 1) or
             _members_after(doc, lex, t.i, last)) and \
            not _pronominal(toks[last]) and not _after_country(toks, lex, t.i, last):
        last += 1
    last = _undeclined_place(doc, lex, _before_term(doc, lex, t.i, last), t.sent)
    joined = _joined_field(doc, lex, last, state)
    if joined > last:  # "отдела ЖКХ, пассажирского транспорта и дорог города | Балхаш"
        last = _undeclined_place(doc, lex, joined, t.sent)
    while last > t.i + 1 and toks[last - 1].parse is not None and \
            toks[last - 1].pos != "NOUN" and toks[last - 1].ner != "PER" and \
            toks[last - 1].text not in lex.place_alias and \
            not _abbreviation_complement(c, last - 1):
        last -= 1
    last = past_alternative(doc, last)  # "Республики Саха (Якутия | )"
    return _municipal_name_end(doc, lex, t.i, _quoted_ner_end(doc, t.i, last))


def _after_country(toks: Sequence[Tok], lex: OrgLexicon, h: int, k: int) -> bool:
    """Is the lowercase word at ``k`` past the end of a place's name the NER found in the
    complement of the body word at ``h``, a noun of it ("вооружёнными силами Великобритании |
    военной деятельности", "правительству Японии | точных сведений"): the verb's object, no
    word of the body's name? (A place's adjective goes on: "Кемеровской | области"; so does
    the unit the place lies in: "Партизанского района | города Минска".)"""
    prev = toks[k - 1]
    return k - 1 > h and prev.ner == "LOC" and prev.pos == "NOUN" and toks[k].ner != "LOC" \
        and toks[k].text.islower() and toks[k].lemma.replace("ё", "е") not in lex.unit_words


def _place_genitive(c: _Ctx, h: int, k: int) -> bool:
    """Is the word at ``k``, right after the body word at ``h``, a place's name the NER found,
    with a genitive reading the tagger passed over for a guess of its own, as it does for
    foreign names ("окружного совета | Гэмпшира", read in the nominative): a noun's genitive
    singular that declines. Not a place the dictionary knows in the nominative, the subject
    after it ("совета | Франция выступила"), nor a plural's guess ("После университета |
    Хантсмен поступил")."""
    t = c.doc.toks[k]
    return k == h + 1 and t.ner == "LOC" and t.text[:1].isupper() and \
        any(p.pos == "NOUN" and {"gent", "sing"} <= p.grams and "Fixd" not in p.grams
            for p in t.parses) and \
        not any(p.known and "Geox" in p.grams and "nomn" in p.grams for p in t.parses)


def _pair_genitive(c: _Ctx, h: int, k: int) -> bool:
    """Is the word at ``k``, right after the body word at ``h``, the complement of its pair
    (data/body_pairs.txt) with a genitive reading the tagger read in the accusative, as it
    reads an animate noun ("в аппарат | акима области")?"""
    return k == h + 1 and _in_case(c.doc.toks[k], "gent") and _body_pair(c, h, k + 1)


def _quoted_ner_end(doc: Doc, h: int, last: int) -> int:
    """The end of an NER organization's name that the complement of the body word at ``h``
    runs into up to its quoted part ("отделения | Всероссийской организации ветеранов «Боевое
    братство»": the whole name, its closing quote too); ``last`` when there is none."""
    toks = doc.toks
    q = doc.quotes.name_at(last) if last < len(toks) and toks[last].text in QUOTES else None
    if q is None:
        return last
    # the NER's name must close with the quoted name ('АО "Научный центр акушерства, …"' is
    # a name the NER cut at a comma)
    inner_end, after = q[1], q[2]
    span = doc.ner_span(last - 1)
    return after if span is not None and span[0] == "ORG" and h < span[1] and \
        span[2] in (inner_end, after) else last


def _joined_genitive(c: _Ctx, h: int, k: int) -> bool:
    """Does "и" at token ``k`` join a second genitive to the complement of the body word at
    ``h`` ("управление координации занятости | и | социальных программ"), not a second body
    ("акимата района и управления образования")?"""
    toks = c.doc.toks
    if toks[k].low != "и" or k == h + 1 or k + 1 >= len(toks) or toks[k - 1].case != "gent" \
            or not toks[k - 1].text.islower():  # "войска Бурунди | и эмигрантов": named
        return False
    j = k + 1
    while j < len(toks) and toks[j].pos in ("ADJF", "PRTF") and toks[j].case == "gent":
        j += 1
    if not (j < len(toks) and toks[j].pos == "NOUN" and toks[j].case == "gent" and
            toks[j].text.islower() and toks[j].lemma.replace("ё", "е") not in c.lex.body_words):
        return False
    if toks[k - 1].pos in ("ADJF", "PRTF"):
        return True  # "экономического и валютного союза": one noun's adjectives
    # "…экономики и финансов | Алматинской области": a name after it makes it one body, not
    # another party ("представители министерства обороны и руководства страны")
    while j + 1 < len(toks) and toks[j + 1].sent == toks[k].sent and toks[j + 1].case == "gent" \
            and toks[j + 1].text.islower():
        j += 1
    return j + 1 < len(toks) and toks[j + 1].sent == toks[k].sent and \
        toks[j + 1].text[:1].isupper() and toks[j + 1].is_word()


def _abbreviation_complement(c: _Ctx, k: int) -> bool:
    """Is token ``k`` an abbreviation the dictionary does not decline, outside any NER name but
    one of a class (data/not_orgs.txt), ending the complement of a body ("центр поддержки |
    НКО", "управление | ЖКХ")?"""
    t = c.doc.toks[k]
    return (t.ner is None or t.low in c.lex.not_orgs) and 2 <= len(t.text) <= 5 and \
        t.text.isalpha() and t.text.isupper() and not _ROMAN.match(t.text) and \
        (t.text not in c.lex.form_by_abbr or t.low in c.lex.not_orgs) and \
        (t.parse is None or t.pos is None or "Fixd" in t.parse.grams)


def _body_mention_end(toks: Sequence[Tok], head: int, last: int, lex: OrgLexicon) -> int:
    """The end of a body's mention: it leaves the proper-name complement ending at ``last`` to
    the place or organization it is ("полиции | Сан-Диего", "прокуратура | города Павии"),
    but not a complement after "по" ("управления ФСБ по Чечне")."""
    m_last = last
    while m_last > head + 1 and (toks[m_last - 1].text[:1].isupper() or
                                 toks[m_last - 1].low == "и" and toks[m_last].ner == "PER" or
                                 toks[m_last - 1].text in (".", "—", "–") or
                                 toks[m_last - 1].low in EPONYM_WORDS or
                                 _unit_of_a_name(toks, m_last - 1, head, lex) or
                                 _unit_before_a_name(toks, m_last - 1, last, lex)):
        m_last -= 1
    return last if toks[m_last - 1].pos in ("PREP", "CONJ") else m_last


def _describes_quoted(c: _Ctx, head: int, last: int) -> bool:
    """Does a body named by its pair only ("центр реабилитации"), or one with no proper name
    in its complement ("агентство по недвижимости"), stand right before a quoted name: a
    description of the organization the quotes name ("центр реабилитации «Шанс»")?"""
    toks = c.doc.toks
    alone = c.lex.body_words[toks[head].lemma.replace("ё", "е")][1]
    described = alone == "pair" or alone == "no" and \
        not any(t.is_title_case() for t in toks[head + 1:last])
    return described and last + 1 < len(toks) and is_opening(c.doc, last) and \
        last + 1 in c.doc.quotes.quoted


def _cuts_a_name(doc: Doc, head: int, last: int) -> bool:
    """Does a body's complement end inside an organization's name the NER gives, before a word
    of it that is no genitive ("агентству | РИА | Новости"): the body word then stands in
    apposition to that name, no body of its own?"""
    span = doc.ner_span(last) if last < len(doc.toks) else None
    return span is not None and span[0] == "ORG" and head < span[1] < last and \
        doc.toks[last].is_word() and doc.toks[last].case != "gent"


def _numbered(c: _Ctx) -> list[_Found]:
    """Institutions named by their number (data/numbered_institutions.txt): "школу № 212",
    "лицея № 21", "исправительной колонии № 5", "среднюю школу №1", with the adjectives that
    agree with the head (not a person's word: "заведующей | детским садом № 7") and the place
    in the genitive after the number ("школы № 1 Махачкалы")."""
    doc, toks, out = c.doc, c.doc.toks, []
    for t in toks:
        if t.i in c.state.covered or t.lemma.replace("ё", "е") not in c.lex.numbered_institutions:
            continue
        last = _number_end(toks, t.i + 1)
        if last < 0 or any(k in c.state.covered for k in range(t.i, last)):
            continue
        first = t.i
        while first - 1 >= 0 and toks[first - 1].pos in ("ADJF", "PRTF") and \
                toks[first - 1].sent == t.sent and (first - 1) not in c.state.covered and \
                (toks[first - 1].case == t.case and adjective_agrees(toks[first - 1], t) or
                 _abbreviation_adjective(c, toks[first - 1], t)):
            first -= 1
        last = _named_after(doc, first, _place_complement(doc, last, c.lex))  # "имени Абая"
        quoted = _numbered_quote_end(doc, last)
        if not any(k in c.state.covered for k in range(last, quoted)):
            last = quoted  # (a quoted name another rule took stays its own)
        name = nominative(doc, first, last, c.morph, organization=True)
        kind = _org_word(t, c.lex) or "other"
        out.append(_Found("numbered_institution",
                          OrgCandidate(first, last, name, None, None, kind, first, last),
                          (_BODIES, t.i, 1), checked=name, head=t.i))
    return out


def _abbreviation_adjective(c: _Ctx, a: Tok, abbr: Tok) -> bool:
    """Is ``a`` a capitalized adjective of an institution's abbreviation, which does not decline
    (data/institution_abbreviations.txt): singular in the gender of its full form's head in any
    case ("в Аксайской | СОШ № 1": школа)? A person's word stays out ("заведующей СОШ № 1")."""
    head = institution_head(abbr.text)
    gender = noun_gender(c.morph, head) if head is not None else None
    return gender is not None and a.is_title_case() and \
        any(p.pos in ("ADJF", "PRTF") and {"sing", gender} <= p.grams for p in a.parses)


def _numbered_quote_end(doc: Doc, last: int) -> int:
    """The end of the quoted name right after an institution's number: one name with it
    ("детского сада № 104 | «Сказка»", "школа № 5 | «Радуга»"); not a quote in the genitive
    (another organization's name: "школы № 3 | «Газпрома»") nor one opening with a
    preposition (an award's: "«За успехи в учебе»"); ``last`` when there is none."""
    toks = doc.toks
    q = doc.quotes.name_at(last) if last < len(toks) and toks[last].sent == toks[last - 1].sent \
        else None
    if q is None or not is_name(doc, q[0], q[1]) or toks[q[0]].pos == "PREP":
        return last
    ref = head_index(toks[q[0]:q[1]])
    return last if _read_genitive(toks[q[0] + (ref or 0)]) else q[2]


_MAX_INSTITUTION_ADJECTIVES = 3


def _institutions(c: _Ctx) -> list[_Found]:
    """An institution's abbreviation with the capitalized adjectives of a place before it
    (data/institution_abbreviations.txt: "Богородской ЦРБ", "Кировская ДЮСШ", "Уфимского
    МФЦ") and its number after it, if any ("Богородской ЦРБ № 2"), which the NER may call a
    person or a place: the organization, as a known one that
    outranks them. An adjective opening the sentence counts only when the dictionary does not
    know it as a common word ("Новая ЦРБ открылась": no name)."""
    toks, out = c.doc.toks, []
    for t in toks:
        head = institution_head(t.text)
        if head is None or t.i in c.state.covered:
            continue
        first = t.i
        while first > 0 and t.i - first < _MAX_INSTITUTION_ADJECTIVES and \
                _institution_adjective(c, toks[first - 1], t):
            first -= 1
        if first == t.i:
            continue
        last = max(t.i + 1, _number_end(toks, t.i + 1))  # "Богородской ЦРБ | № 2"
        if any(k in c.state.covered for k in range(t.i + 1, last)):
            last = t.i + 1
        name = nominative(c.doc, first, last, c.morph, organization=True)
        kind = c.lex.org_words.get(head, "other")
        out.append(_Found("institution_abbreviation",
                          OrgCandidate(first, last, name, None, None, kind, first, last,
                                       known=True), (_BODIES, t.i, 2), checked=name, head=t.i))
    return out


def _institution_adjective(c: _Ctx, a: Tok, abbr: Tok) -> bool:
    """Is ``a`` a capitalized adjective of the abbreviation's name: free, in its sentence, and
    no common word opening it?"""
    if a.sent != abbr.sent or a.i in c.state.covered or not a.is_title_case() or \
            not any(p.pos in ("ADJF", "PRTF") for p in a.parses):
        return False
    return a.i != c.doc.sents[a.sent].first or not any(p.known and p.pos in ("ADJF", "PRTF")
                                                        for p in a.parses)


def _eponym_complement(doc: Doc, first: int, h: int, last: int) -> int:
    """A body's complement that names an organization after a person runs to the end of the
    person's name, initials and all: "кафедры археологии МГУ имени | М. В. Ломоносова",
    "факультет журналистики МГУ им. | М.В. Ломоносова" (the genitive run stops inside them)."""
    k = next((j for j in range(h + 1, last) if doc.toks[j].low in EPONYM_WORDS), None)
    if k is None:
        return last
    end = _named_after(doc, first, k + 1)
    return end if end > k + 1 else k


def _unit_of_a_name(toks: Sequence[Tok], k: int, head: int, lex: OrgLexicon) -> bool:
    """Is token k a lowercase unit word after a capitalized one or another unit word, a word
    of a place's name ("Партизанского | района | города Минска", "Южного | округа")?"""
    return k - 1 > head and toks[k].text.islower() and toks[k].lemma in lex.unit_words and \
        (toks[k - 1].text[:1].isupper() or toks[k - 1].lemma in lex.unit_words)


def _unit_before_a_name(toks: Sequence[Tok], k: int, last: int, lex: OrgLexicon) -> bool:
    """Is token k a lowercase unit word that opens the capitalized place name after it, up to
    ``last`` ("прокуратура | города Павии", "университета | штата Калифорния")?"""
    return k + 1 < last and toks[k].text.islower() and toks[k].lemma in lex.unit_words and \
        toks[k + 1].text[:1].isupper()


def _after_pri(toks: Sequence[Tok]) -> set[int]:
    """The words of a body after "при" (its adjectives and noun in the prepositional): a
    council's name runs over them (``_pri_complement``), yet the body is one of its own."""
    out: set[int] = set()
    for t in toks:
        if t.low == "при":
            k = t.i + 1
            while k < len(toks) and toks[k].case == "loct" and toks[k].pos in ("ADJF", "PRTF"):
                k += 1
            if k < len(toks) and toks[k].case == "loct" and toks[k].pos == "NOUN":
                out.update(range(t.i + 1, k + 1))
    return out


def _unique_body(c: _Ctx, h: int, first: int, last: int) -> bool:
    """Is the body of word h, [first, last), one body: named by a proper name in its
    complement ("министерство культуры Польши", "правительство Москвы") or in a capitalized
    adjective ("Карагандинского областного маслихата"), or one of the few that
    news name alone (data/body_words.txt: "yes" alone, "named" with any complement), or an
    institution named after someone ("eponym": "библиотека имени Пушкина")?"""
    toks = c.doc.toks
    alone = c.lex.body_words[toks[h].lemma.replace("ё", "е")][1]
    if alone == "eponym":  # "театр имени Хадиши Букеевой"
        return any(toks[k].low in EPONYM_WORDS for k in range(h + 1, last))
    sent_first = c.doc.sents[toks[h].sent].first
    proper = any(toks[k].text[:1].isupper() for k in range(h + 1, last)) or \
        any(toks[k].is_title_case() and k != sent_first for k in range(first, h)) or \
        toks[h].is_title_case() and h != sent_first and last > h + 1  # "инженер | Службы
    # пожаротушения": a capitalized body word the NER left out, with its complement, is a name
    if _body_pair(c, h, last, first) or _national(c, h, first) or _po_named(c, h, last) or \
            _unit_of_region(c, h, last):
        return True
    if proper and any(toks[k].low == "при" for k in range(h + 1, last)):
        return True  # "ресурсный центр молодежи при управлении … СКО": attached to a named body
    return alone != "pair" and (proper or alone == "yes" and last == h + 1 and (
        first == h or all(toks[k].lemma.replace("ё", "е") in c.lex.body_levels
                          for k in range(first, h))) or alone == "named" and last > h + 1)


def _unit_of_region(c: _Ctx, h: int, last: int) -> bool:
    """Is the unit word at ``h`` (data/field_units.txt) named by the fields of its lowercase
    complement and, last, the administrative unit it serves in the genitive singular
    ("управления экономики и финансов | области", "отдел внутренней политики | района",
    "департамента полиции | области"), no name after it: the one body of the region the text
    is about?"""
    toks = c.doc.toks
    if toks[h].lemma.replace("ё", "е") not in c.lex.field_units or last - h < 3:
        return False
    unit, nxt = toks[last - 1], toks[last] if last < len(toks) else None
    if not unit.text.islower() or unit.case != "gent" or \
            unit.lemma.replace("ё", "е") not in c.lex.unit_words or unit.is_plural() or \
            nxt is not None and nxt.sent == unit.sent and nxt.text[:1].isupper() and \
            nxt.ner != "PER":
        return False  # "города | Рудного": the unit's name, which the complement left out
    nouns = [t for t in toks[h + 1:last - 1] if t.pos == "NOUN"]
    return bool(nouns) and not any(t.text[:1].isupper() for t in toks[h + 1:last]) and \
        all(_unit_field_word(t, c.lex) for t in nouns)


def _service_of_unit(c: _Ctx, t: Tok) -> bool:
    """Is ``t`` a service (data/field_units.txt) in the genitive right after a unit's word,
    the unit's field and no body of its own ("управления | полиции", "отдела | полиции")?"""
    prev = c.doc.toks[t.i - 1] if t.i > 0 else None
    return prev is not None and prev.sent == t.sent and t.case == "gent" and \
        t.lemma.replace("ё", "е") in c.lex.service_bodies and \
        prev.lemma.replace("ё", "е") in c.lex.field_units


def _po_named(c: _Ctx, h: int, last: int) -> bool:
    """Is the state body of word h named by its "по"-complement, as a committee's or an
    agency's full name is ("комитета по международным отношениям", "комиссию по борьбе с
    коррупцией", "управления президента по внутренней политике")? A team's complement names a
    sport: the team needs its owner before it ("сборную страны по бобслею", not "сборная по
    футболу")."""
    toks = c.doc.toks
    lemma = toks[h].lemma.replace("ё", "е")
    return lemma in c.lex.po_heads and \
        (c.lex.body_words[lemma][0] == "state" or toks[h + 1].low != "по") and \
        any(toks[k].low == "по" for k in range(h + 1, last - 1))


def _national(c: _Ctx, h: int, first: int) -> bool:
    """Is the body of word h one a place has one of (data/national_bodies.txt), named by a
    relational adjective of the place among its adjectives [first, h): "британская полиция",
    "японского дипломатического ведомства", "чешской сборной"? Adjectives in -ческий
    ("политический") and those of data/not_place_adjectives.txt ("сельская") name no place."""
    toks = c.doc.toks
    if toks[h].lemma.replace("ё", "е") not in c.lex.national_bodies:
        return False
    return any(_place_adjective(toks[k], c.lex) for k in range(first, h))


def _alone_after_modifier(c: _Ctx, first: int, h: int, last: int) -> bool:
    """A body named alone after an adjective of data/body_not_modifiers.txt ("новый
    парламент") is a body in general, as one after any adjective is."""
    toks = c.doc.toks
    return first == h and last == h + 1 and h > 0 and toks[h - 1].pos in ("ADJF", "PRTF") \
        and toks[h - 1].lemma.replace("ё", "е") in c.lex.body_not_modifiers


def _body_pair(c: _Ctx, h: int, last: int, first: int | None = None) -> bool:
    """Does the body word h with its complement's first word name one body (data/
    body_pairs.txt: "кабинет министров", "палата представителей"; "PER" for a person's name:
    "кабинет Синдзо Абэ"), or, with a complement that holds a proper name, with one of its
    adjectives from ``first`` ("общественная палата | Челябинской области", not "признании
    законодательным собранием | работы губернатора")?"""
    toks = c.doc.toks
    if last <= h + 1:
        return False
    head = toks[h].lemma.replace("ё", "е")
    if first is not None and any((head, toks[k].lemma.replace("ё", "е")) in c.lex.body_pairs
                                 for k in range(first, h)):
        return any(toks[k].text[:1].isupper() for k in range(h + 1, last))
    k = h + 1  # the complement's first noun, over its adjectives ("центр | социального |
    while k + 1 < last and toks[k].pos in ("ADJF", "PRTF"):  # обслуживания")
        k += 1
    return (head, toks[k].lemma.replace("ё", "е")) in c.lex.body_pairs or \
        toks[h + 1].ner == "PER" and (head, "PER") in c.lex.body_pairs
