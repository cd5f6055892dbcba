"""An NER span run on to the right over what names it further (``_extent``): a place in the
genitive, a parent body, a region, a number, an own quoted name, a field of a hall of fame,
a namesake ("Театр имени …")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...document import Doc, Tok
from ...lexicon import OrgLexicon
from ...quotes import is_name
from ..phrase import EPONYM_RANKS, EPONYM_WORDS, QUOTES, eponym_name_end, head_index, is_opening
from ..surroundings import before_po, known_place_span, municipality_end, place_not_person
from .candidate import _NerSpan, _read_genitive
from .fields import _ends_unit_before_quote, _members_after
from .po import _inner_po_complement, _place_opened, _po_complement, _pri_complement
from .trimming import _subject_link
from .words import _abbreviations, _generic, _in_case, _latin, _org_headed, _word_kind


def _ends_with_unit(doc: Doc, lex: OrgLexicon, first: int, last: int) -> bool:
    """Does the NER span end with a place word in the genitive, whose name follows it in any
    case ("Приход храма Рождества Христова села | Иглино")?"""
    t = doc.toks[last - 1]
    return last - first > 1 and t.text.islower() and t.case == "gent" and \
        t.lemma.replace("ё", "е") in lex.unit_words


def _municipal_name(doc: Doc, first: int, last: int) -> bool:
    """Does the span end with a municipal formation's word, whose place's name follows it in
    the nominative the name keeps ("Совета муниципального образования | Темрюкский район")?"""
    return any(municipality_end(doc, j, last) == last for j in range(first + 1, last))


def _place_link(doc: Doc, lex: OrgLexicon, last: int, place: int, place_end: int) -> int:
    """The number of words that join a name ending at ``last`` to the place [place, place_end)
    after them, which carry its case: a genitive noun ("Ассамблеи | народа | Казахстана"; not
    the subject of the clause: "Фонда … | организации Алтайского края | выиграли"), a
    municipal formation's words, the nominative of its name ("Совета | муниципального
    образования | Ейский район"); 0 for none, -1 when they join no name."""
    link = _genitive_link(doc, last, place) or _municipal_link(doc, last, place)
    return -1 if link and _subject_link(doc, lex, last, place_end) else link


def _municipal_link(doc: Doc, last: int, place: int) -> int:
    """The number of words of a municipal formation's word that joins a body's name to the place
    that names the formation ("Совета | муниципального образования | Ейский район"), else 0."""
    return place - last if place > last and municipality_end(doc, last, place) == place else 0


def _genitive_link(doc: Doc, last: int, place: int) -> int:
    """1 when one lowercase noun in the genitive joins a name to the place after it
    ("Ассамблеи | народа | Казахстана", "Союза | писателей | России"), else 0."""
    if place - last != 1:
        return 0
    t = doc.toks[last]
    return int(t.is_word() and t.text.islower() and t.case == "gent" and t.pos == "NOUN")


def _unit_after(doc: Doc, lex: OrgLexicon, first: int, last: int) -> bool:
    """Is the word after the span an administrative unit in the genitive, named by no proper
    name after it (a person's name may follow), that the body belongs to ("Совет депутатов |
    округа", "Совета ветеранов | района")?"""
    if last + 1 > len(doc.toks) or last == len(doc.toks):
        return False
    t = doc.toks[last]
    nxt = doc.toks[last + 1] if last + 1 < len(doc.toks) else None
    return t.sent == doc.toks[first].sent and t.text.islower() and t.case == "gent" and \
        doc.toks[last - 1].is_word() and "plur" not in (t.parse.grams if t.parse else ()) and \
        t.pos == "NOUN" and t.lemma.replace("ё", "е") in lex.unit_words and not (
            nxt is not None and nxt.sent == t.sent and nxt.text[:1].isupper() and
            nxt.ner != "PER")


def _extent(doc: Doc, lex: OrgLexicon, spans: list[tuple[str, int, int]], i: int, first: int,
            last: int, rule: str) -> _NerSpan:
    """An NER span run on over a place name in the genitive right after it ("Гражданского
    альянса | Казахстана" → one organization, "Управление образования | ВКО"), over "имени" + a
    name, over the organization a generic body belongs to, and over a "по"-complement. The
    mention stays the NER span (with the person a body is named after, "Театра им. | Йозефа
    Бойса", and a "по"-complement right after it); the name runs to the end of it all."""
    last = end = _place_opened(doc, lex, last)
    if i + 1 < len(spans):
        t2, f2, l2 = spans[i + 1]
        if t2 == "LOC":
            l2 = before_po(doc, f2, l2)
            # "Ассоциации фермеров | района Биржан | сал": the gazetteer's whole name
            l2 = known_place_span(doc, f2, l2, lex.places, lex.gazetteer.place_max,
                                  lex.unit_words)[1]
        nxt = doc.toks[f2]
        link = _place_link(doc, lex, last, f2, l2)
        if f2 - link == last and nxt.sent == doc.toks[first].sent and (
                (t2 == "LOC" and (nxt.case == "gent" or link or _abbreviations(doc, first, l2) or
                                  _ends_with_unit(doc, lex, first, last) or
                                  _municipal_name(doc, first, last)))
                or
                (l2 - f2 == 1 and nxt.text in lex.place_alias)):
            end, rule = _region_after(doc, lex, spans, i + 2, l2), "ner_with_place"
    named = _named_after(doc, first, end) if end == last else last
    if _named_after(doc, first, end) != end:
        end, rule = _named_after(doc, first, end), "ner_named_after"
    if end == last and (_unit_after(doc, lex, first, last) or _members_after(doc, lex, first,
                                                                             last)):
        end = last = last + 1
    if end == last and last - first > 1 and _ends_unit_before_quote(doc, lex, last):
        end = last = _municipal_name_end(doc, lex, first, last)  # "района | «Есиль»"
    if end == last:
        end = last = _numbered_end(doc, lex, first, last)
    parent = _parent_extent(doc, lex, spans, i, first, last) if end == last else None
    if parent is not None:
        end, rule = parent, "ner_with_parent"
    before = doc.toks[first - 1] if first > 0 else None
    owned = before is not None and doc.toks[first].case == "gent" and (
        before.lemma.replace("ё", "е") in lex.body_words or
        before.text.islower() and before.lemma in lex.po_place_heads)  # "орган | Росстата"
    # "комитета | Совета Федерации по …": the complement is the outer body's
    po = end if owned else max(_po_complement(doc, first, end, lex),
                               _inner_po_complement(doc, first, end, lex))
    if po > end:
        end, rule = po, "ner_po_complement"
    pri = _pri_complement(doc, first, end, lex)
    if pri > end:
        # "Совет при Президенте РФ | по развитию информационного общества"
        end, rule = _po_complement(doc, first, pri, lex), "ner_po_complement"
    field = _field_end(doc, lex, first, end) if end == last else end
    if field > end:
        end = last = field
        rule = "ner_field"
    if rule == "ner_po_complement":
        last = end  # the mention runs on with the name, over a place inside it too
    return rule, first, spans[i][2], max(last, named), end


def _parent_extent(doc: Doc, lex: OrgLexicon, spans: list[tuple[str, int, int]], i: int,
                   first: int, last: int) -> int | None:
    """The end of the parent body a generic, org-headed or abbreviated name runs on over
    ("СО | РАН", "СУ | МВД", "отдел | администрации района"), or None when there is none."""
    if not (_generic(doc, first, last, lex) or _org_headed(doc, first, last, lex)
            or _abbreviations(doc, first, last)):
        return None
    parent = _parent_end(doc, lex, spans, i, first, last)
    if parent == last:
        parent = _quoted_parent_end(doc, first, last)
    return _quoted_kind_end(doc, lex, first, parent) if parent != last else None


def _region_after(doc: Doc, lex: OrgLexicon, spans: list[tuple[str, int, int]], j: int,
                  end: int) -> int:
    """The end of a region in the genitive right after the place a name ran on over, that the
    body serves ("Ассамблеи народа Казахстана | Абайской области", "Союза журналистов России |
    Чувашской Республики"), else ``end``."""
    if j >= len(spans) or spans[j][0] != "LOC":
        return end
    return _region_end(doc, lex, end, spans[j][1], spans[j][2])


def _region_end(doc: Doc, lex: OrgLexicon, end: int, f: int, last: int) -> int:
    """The end of the NER's place [f, last) when it starts at ``end`` in the same sentence and
    is a region in the genitive, its unit word last ("Абайской области", "Чувашской
    Республики"), else ``end``."""
    if f != end:
        return end
    last = before_po(doc, f, last)
    # "Республики Саха | (Якутия)": the place's bracketed alternative (alternatives.py)
    core = next((k for k in range(f + 1, last) if doc.toks[k].text == "("), last) \
        if doc.toks[last - 1].text == ")" else last
    t = doc.toks[core - 1] if core == last else doc.toks[f]  # "Республики | Саха (Якутия)"
    return last if core - f > 1 and t.sent == doc.toks[end - 1].sent and t.case == "gent" and \
        t.lemma.replace("ё", "е") in lex.unit_words else end


def _numbered_end(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """The end of a numbered institution's name the NER stopped short of: over the number after
    its word ("СОШ | № 12") and the town in the genitive after the number, or over that town
    after a number the NER took in ("ДЮСШ № 3 | Усть-Каменогорска"); ``last`` otherwise."""
    if doc.toks[last - 1].lemma.replace("ё", "е") in lex.numbered_institutions \
            and (number := _number_end(doc.toks, last)) > 0:
        return _place_complement(doc, number, lex)
    if last - first > 1 and any(_number_end(doc.toks, j) == last for j in (last - 2, last - 1)):
        return _place_complement(doc, last, lex)
    return last


def _own_quoted_end(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """The end of the quoted name right after a proper name that capitalized adjectives open
    and a word of data/full_name_heads.txt heads (a party, a chamber: not "лига «Сибирь»", a
    club of the league), the only one in it: the full name runs over it
    ("Демократической партии Казахстана | «Ак жол»", "Национальной палаты предпринимателей |
    «Атамекен»"); not over a quote in the genitive ("Казахстанского филиала | «Газпрома»"), nor
    one after a second organization word, whose name it is ("областного филиала партии |
    «Нұр Отан»"). ``last`` when there is none."""
    toks = doc.toks
    last -= last - first > 1 and is_opening(doc, last - 1)  # the NER took the quote in
    h = head_index(toks[first:last])
    if h is not None and toks[first + h].lemma.replace("ё", "е") not in lex.full_name_heads:
        return last  # "Континентальной хоккейной лиги | «Сибирь»": a club of the league
    if last >= len(toks) or toks[last].sent != toks[first].sent or not is_opening(doc, last) \
            or h is None or h == 0 or not toks[first].is_title_case() or \
            toks[first].pos not in ("ADJF", "PRTF") or _word_kind(toks[first + h].lemma, lex) \
            is None or any(_word_kind(t.lemma, lex) is not None for t in toks[first + h + 1:last]):
        return last
    if first == doc.sents[toks[first].sent].first and \
            not any(t.text[:1].isupper() for t in toks[first + h + 1:last]):
        return last  # "Студенческий отряд | «Жасыл ел»": a capital of the sentence's start
    q = doc.quotes.name_at(last)
    if q is None or not is_name(doc, q[0], q[1]) or toks[q[0]].pos == "PREP":
        return last  # (a name opening with a preposition is an award's: "палаты … | «За
        # развитие предпринимательства»")
    ref = head_index(toks[q[0]:q[1]])
    return last if _read_genitive(toks[q[0] + (ref or 0)]) else q[2]


def _field_end(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """"Зал славы | мирового фигурного катания", "Зал славы | журнала Gramophone": a name of
    data/field_names.txt runs over the genitive noun phrase right after it (adjectives, a
    noun, a Latin name after the noun); ``last`` when there is none."""
    toks = doc.toks
    if tuple(t.lemma.replace("ё", "е") for t in toks[first:last]) not in lex.field_names:
        return last
    k = last
    while k < len(toks) and toks[k].sent == toks[first].sent and toks[k].case == "gent" \
            and toks[k].pos in ("ADJF", "PRTF"):
        k += 1
    if k >= len(toks) or toks[k].sent != toks[first].sent or toks[k].case != "gent" \
            or toks[k].pos != "NOUN":
        return last
    k += 1
    if k < len(toks) and toks[k].sent == toks[first].sent and _latin(toks[k].text) \
            and toks[k].text[:1].isupper():
        k += 1
    return k


def _parent_end(doc: Doc, lex: OrgLexicon, spans: list[tuple[str, int, int]], i: int,
                first: int, last: int) -> int:
    """"Следственное управление | Следственного комитета Армении", "Институт языкознания | АН
    СССР", "Палата представителей | Конгресса США": the name runs over the organization in
    the genitive it belongs to (which stays one of its own), or over an abbreviation in any
    case ("Национальный совет | PGA"). ``last`` when there is none."""
    nxt = next(((f2, l2) for t2, f2, l2 in spans[i + 1:i + 2]
                if t2 == "ORG" and f2 == last
                and doc.toks[f2].sent == doc.toks[first].sent
                and (doc.toks[f2].case == "gent" or
                     all(t.text.isupper() and len(t.text) > 1
                         for t in doc.toks[f2:l2]))), None)
    if nxt is None:
        return last
    end = next((k for k in range(nxt[0] + 1, nxt[1]) if doc.toks[k].text == "("), nxt[1])
    if end < nxt[1]:
        return end  # "Ассоциация агентов | ФБР (FBI Agents Association)": not over its aside
    j = i + 2
    while j < len(spans) and j - i < 4 and spans[j][0] == "ORG" and spans[j][1] == end and \
            _abbreviations(doc, nxt[0], spans[j][2]) and \
            doc.toks[end].sent == doc.toks[first].sent:
        end = spans[j][2]  # "Институт химии | СО | РАН": the parent's own parent, abbreviated
        j += 1
    if j < len(spans):
        t3, f3, l3 = spans[j]
        if f3 == end and t3 == "LOC" and doc.toks[f3].case == "gent" and \
                doc.toks[f3].sent == doc.toks[first].sent:
            end = l3
    return end


def _quoted_kind_end(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """The end of the quoted name right after a parent named by its kind word ("отделение |
    Всероссийского общественного движения | «Волонтеры-медики»"): the parent's name, which the
    branch's runs over; ``last`` when there is none."""
    toks = doc.toks
    at = last - 1 if toks[last - 1].text in QUOTES else last  # the NER took the quote in
    if at >= len(toks) or toks[at].text not in QUOTES or \
            toks[at - 1].lemma.replace("ё", "е") not in lex.org_words or \
            toks[at].sent != toks[first].sent:
        return last
    q = doc.quotes.name_at(at)
    return q[2] if q is not None and is_name(doc, q[0], q[1]) else last


def _quoted_parent_end(doc: Doc, first: int, last: int) -> int:
    """"Совет директоров | «Башинформа»", "правление | «Газпрома»": a body's name runs over the
    quoted name in the genitive of the organization it belongs to, right after it (which is
    an organization of its own); ``last`` when there is none."""
    toks = doc.toks
    if last >= len(toks) or toks[last].text not in QUOTES or toks[last].sent != toks[first].sent:
        return last
    q = doc.quotes.name_at(last)
    if q is None or not is_name(doc, q[0], q[1]):
        return last
    h = head_index(toks[q[0]:q[1]])
    ref = toks[q[0] + h] if h is not None else toks[q[0]]
    return q[2] if ref.case == "gent" and ref.is_word() else last


_INITIALS = re.compile(r"^[A-ZА-ЯЁ](\.[A-ZА-ЯЁ])*\.?$")


def _named_after(doc: Doc, first: int, last: int) -> int:
    """Extend "Театр имени" over the name that follows: "… имени К. С. Станиславского"."""
    k = last
    if k - 2 > first and doc.toks[k - 1].low in EPONYM_RANKS:
        k -= 1  # "университет имени профессора | В. Ф. Войно-Ясенецкого": the NER stopped there
    while k - 1 > first and doc.toks[k - 1].text == ".":
        k -= 1
    sent = doc.toks[first].sent
    if doc.toks[k - 1].low not in EPONYM_WORDS:
        if k != last or last >= len(doc.toks) or doc.toks[last].low not in EPONYM_WORDS or \
                doc.toks[last].sent != sent:
            return last
        k = last + 1  # "КазНУ | им. аль-Фараби": the NER stopped before the eponym word
    j = k
    while j < len(doc.toks) and doc.toks[j].sent == sent and (
            doc.toks[j].text == "." or _INITIALS.match(doc.toks[j].text) or
            doc.toks[j].low in EPONYM_RANKS and all(x.text == "." for x in doc.toks[k:j])):
        j += 1  # "имени | профессора | В. Ф. Войно-Ясенецкого", "им. | академика | …"
    initials = any(_INITIALS.match(doc.toks[x].text) for x in range(k, j))
    if j < len(doc.toks) and doc.toks[j].sent == sent and doc.toks[j].is_word() and (
            doc.toks[j].is_title_case() or _particle_name(doc.toks[j].text)):
        j += 1
        # after initials the surname ends the name ("им. М. Ауэзова | Зауре Ибрагимова": the
        # name after it is a person of its own); a first name goes on with the NER's name or,
        # when the NER saw none, with the capitalized genitives after it ("имени Шокана |
        # Уалиханова", "имени Льва | Николаевича Толстого"), no place among them
        name = j
        while not initials and j < len(doc.toks) and doc.toks[j].sent == sent and (
                doc.toks[j].ner == "PER" or doc.toks[j].ner in (None, "ORG") and j - name < 2
                and _name_genitive(doc.toks[j])):
            j += 1
        return eponym_name_end(doc, k, j, 1)
    return last


def _particle_name(text: str) -> bool:
    """A name after a lowercase particle and a hyphen: "аль-Фараби", "ибн-Сины"."""
    head, _, rest = text.partition("-")
    return bool(rest) and head.islower() and len(head) <= 3 and rest[:1].isupper()


def _name_genitive(t: Tok) -> bool:
    """May the capitalized word be a part of a person's name in the genitive?"""
    return t.is_title_case() and t.is_word() and not place_not_person(t) and (
        t.case == "gent" or not t.parses or any("gent" in p.grams for p in t.parses))


def _municipal_name_end(doc: Doc, lex: OrgLexicon, h: int, last: int) -> int:
    """The end of the quoted name of a municipal formation, or of a district or town named in
    quotes, that ends the complement of the body word at ``h`` ("администрации муниципального
    образования | «Город Саратов»", "акимата района | «Сарыарка»": the name is the body's);
    ``last`` when there is none."""
    if last >= len(doc.toks) or not is_opening(doc, last) or \
            not any(municipality_end(doc, j, last) == last for j in range(h + 1, last)) and \
            not (last - 1 > h and doc.toks[last - 1].text.islower() and
                 doc.toks[last - 1].lemma.replace("ё", "е") in lex.unit_words):
        return last
    q = doc.quotes.name_at(last)
    return q[2] if q is not None else last


_NUMBER = re.compile(r"^№?\d+[а-яА-Я]?$")


def _number_end(toks: Sequence[Tok], k: int) -> int:
    """The end of a "№ 212", "№1" or "№ 5а" at token k, or -1."""
    if k < len(toks) and toks[k].text == "№" and k + 1 < len(toks) and \
            toks[k + 1].text[:1].isdigit() and _NUMBER.match(toks[k + 1].text):
        return k + 2
    if k < len(toks) and toks[k].text.startswith("№") and _NUMBER.match(toks[k].text):
        return k + 1
    return -1


def _place_complement(doc: Doc, k: int, lex: OrgLexicon) -> int:
    """The end of the place in the genitive a numbered institution's name runs over ("школа
    № 1 | Махачкалы", "школы № 38 | города Иваново", a gazetteer's town the NER took for a
    person: "СДЮСШОР № 5 | Павлодара"); k when none follows."""
    toks = doc.toks
    j = k + 1 if k < len(toks) and toks[k].lemma in lex.unit_words and toks[k].text.islower() \
        else k
    end = j
    while end < len(toks) and toks[end].sent == toks[k - 1].sent and \
            toks[end].text[:1].isupper() and (j > k or _in_case(toks[end], "gent")) and \
            (toks[end].ner == "LOC" or end == j and _gazetteer_place(doc, lex, end)):
        end += 1
    return end if end > j else k


def _gazetteer_place(doc: Doc, lex: OrgLexicon, k: int) -> bool:
    """Is the word at ``k`` a place of the gazetteer by its lemma ("Павлодара", "Костаная")?"""
    return known_place_span(doc, k, k, lex.places, lex.gazetteer.place_max, ())[1] == k + 1
