"""The case a name stands in by its context (``_case_hint``): a list item's opener, a verb
before it, a title before it or a dash after it; and ``past_origin``."""

from __future__ import annotations

from bisect import bisect_left

from ...document import Doc, Tok, initial_at
from ...lexicon import PeopleLexicon
from ...text.morph import PERSON_GRAMS
from ..phrase import eponym_before
from ..surroundings import issued_by, substantive_lemma, town_run_in, trade_before
from .candidate import _CASES
from .reading import _MAX_TITLE_COMPLEMENT


def _after_eponym_word(doc: Doc, first: int) -> bool:
    """Does the name at ``first`` follow an eponym word ("имени | Абая", "им. | Абая"): the
    genitive of the person a thing is named after?"""
    toks = doc.toks
    return first > 0 and (toks[first - 1].low == "имени" and (
        first < 2 or toks[first - 2].low != "по") or first > 1 and  # "по имени": a nominative
        toks[first - 1].text == "." and toks[first - 2].low == "им")


def title_word(t: Tok, lex: PeopleLexicon) -> bool:
    """A title's word no reading of which is a name ("Император", "Принц"; not "Иван")."""
    return t.lemma.replace("ё", "е") in lex.titles and \
        not any(PERSON_GRAMS & p.grams for p in t.parses)


def _case_hint(doc: Doc, rule: str, first: int, last: int, lex: PeopleLexicon) -> str | None:
    """The case the context of a name span gives it: the genitive after an eponym word
    ("имени Абая"), else the case of a title before it or of a dash after it."""
    if rule == "eponym" or _after_eponym_word(doc, first) or first > 0 and \
            doc.toks[first - 1].text.isalpha() and doc.toks[first - 1].text.islower() and \
            _after_eponym_word(doc, first - 1):  # "имени профессора | В. Ф. Петрова"
        return "gent"
    return _title_case_before(doc, first, lex) or _before_dash(doc, last, lex) or \
        _after_leading_verb(doc, first, lex) or _opens_list_item(doc, first)


def _opens_list_item(doc: Doc, first: int) -> str | None:
    """"nomn" for a name with initials right after a colon or a dash that no active verb
    governs: the item of a list, in the nominative ("Грамоты вручены: | А. К. Серикова",
    "Лучшим признана – | Г. А. Мельникова"; not "наградили: | А. К. Серикова", Сериков's
    accusative); else None."""
    if not initial_at(doc.toks, first) or first < 2 or \
            doc.toks[first - 1].text not in _LIST_MARKS or \
            doc.toks[first - 1].sent != doc.toks[first].sent:
        return None
    p = doc.toks[first - 2].parse
    if p is not None and p.pos in ("VERB", "INFN") and "pssv" not in p.grams:
        return None
    return "nomn"


def _after_leading_verb(doc: Doc, first: int, lex: PeopleLexicon) -> str | None:
    """"nomn" for a name right after an active finite verb of leading (title_cues.txt
    leads_body), whose object is a body, never a person: the name is its subject
    ("Управление возглавит | Е. А. Смирнова", "Фонд возглавляет | Петрова"); else None."""
    k = first - 1
    if k < 0 or doc.toks[k].sent != doc.toks[first].sent:
        return None
    p = doc.toks[k].parse
    if p is None or p.pos != "VERB" or p.normal not in lex.leads_body or "pssv" in p.grams:
        return None
    return "nomn"


def _before_dash(doc: Doc, last: int, lex: PeopleLexicon) -> str | None:
    """"nomn" for a name before a dash and a lowercase noun in the nominative: the subject of
    "X – Y" ("Кольцова Е. Н. – председатель союза"; not "наградили Иванова – директора школы",
    "дочери Юлии — они были отравлены"), or before a comma and a singular title in the
    nominative, its apposition in its case ("Ахметова Б.К., заместитель директора"; not
    "инициативу Д. Медведева, лидер ЛДПР В. Жириновский …": a title of the next clause's
    subject)."""
    toks = doc.toks
    if last + 1 >= len(toks) or toks[last].text not in _APPOSITION_MARKS:
        return None
    k = last + 1
    while k + 1 < len(toks) and toks[k].pos in ("ADJF", "PRTF") and toks[k].case == "nomn" and \
            toks[k].text.islower() and toks[k].sent == toks[last].sent:
        k += 1  # "Петрова А. С. – | медицинская | сестра"
    t = toks[k]
    if not (t.text.islower() and t.case == "nomn" and t.pos == "NOUN"):
        return None
    if toks[last].text == "," and not (title_word(t, lex) and t.parse is not None and
                                       "sing" in t.parse.grams and
                                       not _name_in_clause(doc, last + 1)):
        return None
    return "nomn"


def _name_in_clause(doc: Doc, k: int) -> bool:
    """Is there a person's word from token ``k`` to the end of its clause (a comma, a
    semicolon or the sentence's end)?"""
    s = doc.sents[doc.toks[k].sent]
    for t in doc.toks[k:s.last]:
        if t.text in (",", ";"):
            return False
        if t.ner == "PER":
            return True
    return False


_DASH_MARKS = frozenset({"–", "—", "-"})
_APPOSITION_MARKS = _DASH_MARKS | {","}
_LIST_MARKS = _DASH_MARKS | {":"}
_LIST_GLUE = frozenset({",", "и", ";"})


def _title_case_before(doc: Doc, first: int, lex: PeopleLexicon) -> str | None:
    """"nomn" when the name at ``first`` stands in apposition to a singular title in the
    nominative, over the title's genitive complement ("Министр труда и социального развития |
    Ярослава Фролова": a woman, not "Ярослав Фролов" in the genitive the words before it sway
    the tagger to); "gent" when that title is in the genitive of a noun naming what someone
    issues ("Распоряжением акима области | Ермаганбета Булекпаева"; title_cues.txt issuer_noun);
    the title's case when it is a lowercase singular genitive or dative that no title before it
    governs ("По словам заведующего отделом | Ерасыла Нурланова", "акиму города | Ерлану
    Сапарову"; not "помощник заместителя госсекретаря | Мэтью Брайза"); None when no such
    title stands there, or a plural one ("члены семьи господина Лесина")."""
    k = _title_head_before(doc, first, lex)
    if k is None:
        return None
    head = doc.toks[k]
    case = _own_case(head)
    if case == "gent" and issued_by(doc, first, lex.issuer_nouns):
        # "Распоряжением акима области | Ивана Петрова": the issuer in apposition, or what the
        # title governs ("по словам помощника | Петрова"): a genitive either way
        return "gent"
    singular = head.parse is not None and "sing" in head.parse.grams
    if case in _APPOSED_CASES and singular and head.text.islower() and \
            (case != "gent" or _title_head_before(doc, k, lex) is None):
        # the name in apposition stands in the title's case; a name the title governs
        # ("заместителю | Петрова") cannot be read in it, and the tagger's case decides
        return case
    outer = _title_head_before(doc, k, lex) if case == "gent" else None
    if outer is not None and doc.toks[outer].case == "nomn" and \
            (_initials_after(doc, first) or _po_field_word(doc, first - 1)) and \
            _singular(doc.toks[outer]):
        return "nomn"  # "заместитель директора | Ахметова Б.К.": the chain's head, over its
        # genitive, in the official style of a surname before its initials; or over the
        # field after "по" that closes the chain ("заместитель директора по учебной работе |
        # Сахаяна Федорова": not the director's name, who has no field)
    if k == first - 1 and case == "nomn" and singular and (
            _initials_after(doc, first) or initial_at(doc.toks, first)):
        return "nomn"  # "учитель | Омарова Б.К.", "учитель | Е. В. Смирнова": a name with its
        # initials, the official style of an apposition, not a complement the title governs
    if k == first - 1:
        return None  # right before the name the title may govern it: "заместитель | Петрова"
    # a title in another case may be a predicate ("назначить кандидатом | Яну") or governed by
    # a title before it ("Директор актрисы | Марина Потапова отказалась"): no case given
    return "nomn" if case == "nomn" and singular else None


def _own_case(t: Tok) -> str | None:
    """The tagger's case of ``t``, or the one case every reading of the word has when the
    tagger gave it another ("заведующая" read as an instrumental before "клубом")."""
    own = {c for p in t.parses for c in _CASES if c in p.grams}
    return next(iter(own)) if t.case not in own and len(own) == 1 else t.case


def _initials_after(doc: Doc, first: int) -> bool:
    """Does a word with initials after it start at ``first`` ("Ахметова | Б.К.")?"""
    return first + 2 < len(doc.toks) and initial_at(doc.toks, first + 1)


def _singular(t: Tok) -> bool:
    return t.parse is not None and "sing" in t.parse.grams


def _title_head_before(doc: Doc, first: int, lex: PeopleLexicon) -> int | None:
    """The head of the title that ends right before token ``first``, over its genitive
    complement, an instrumental its participle governs and an eponym, or None."""
    k = first - 1
    sent = doc.toks[first].sent
    skipped = 0  # the tokens of one eponym passed over, which count as one word
    while k >= 0 and first - k - skipped <= _MAX_TITLE_COMPLEMENT and doc.toks[k].sent == sent:
        t = doc.toks[k]
        opens = k == doc.sents[sent].first and k < first - 1  # "Аким района | …": no name
        if t.pos == "NOUN" and (title_word(t, lex) or (t.text.islower() or opens) and
                                t.lemma.replace("ё", "е") in lex.titles) or \
                t.pos in _ADJECTIVES and substantive_lemma(t.low) in lex.titles or \
                _kin_title_at(doc, k, lex):
            if _after_eponym_word(doc, k):
                # "студенту университета имени профессора Петрова | Ерлану Касымову": the
                # eponym's own title, in the genitive "имени" governs; over it
                k -= 2 if doc.toks[k - 1].low == "имени" else 3
                continue
            return k  # ("акима": a title in lowercase though "Аким" is a name too; "заведующего")
        if _complement_word(doc, k, first, lex):
            k -= 1
            continue
        opening = _quoted_name_before(doc, k)
        if opening is not None:
            k = opening - 1  # "председатель центра «Дўстлик» | Рахима Усманова": over the name
            continue
        located = _located_before(doc, k, lex)
        if located is not None:
            k = located - 1  # "основатель цеха в поселке Жалагаш | Дана Ибрагимова"
            continue
        named = eponym_before(doc, k)
        if named is None:
            return None
        if not skipped:
            skipped = k - named  # "студенту университета имени профессора В. Ф. Петрова"
        k = named - 1  # "профессор КазНУ имени аль-Фараби | Зауре Ибрагимова": over the eponym
    return None


def _kin_title_at(doc: Doc, k: int, lex: PeopleLexicon) -> bool:
    """Is token ``k`` a kinship noun that an adjective of a trade before it makes a title
    ("старшая медицинская | сестра", not "его | сестра"; data/kin_titles.txt)?"""
    t = doc.toks[k]
    trades = lex.kin_titles.get(t.lemma.replace("ё", "е"))
    return trades is not None and t.pos == "NOUN" and trade_before(doc, k, trades)


_MAX_LOCATED_NAME = 2


def _located_before(doc: Doc, k: int, lex: PeopleLexicon) -> int | None:
    """The preposition of a place phrase ending at token ``k``: "в"/"на", a place word in the
    prepositional, one or two capitalized words ("в поселке Жалагаш", "в селе Акжар"); "из", a
    place word in the genitive and its name ("из села Ивановка"); one of them before a place's
    name alone ("из Омска"); None for another word."""
    toks = doc.toks
    j = k
    while j > k - _MAX_LOCATED_NAME and j > 1 and toks[j].is_word() and toks[j].is_title_case():
        j -= 1
    w = toks[j]
    if w.low in _PLACE_PREPS and j + 1 < len(toks) and \
            all(t.ner == "LOC" for t in toks[j + 1:max(k, j + 1) + 1]):
        # "учитель из | Омска | Г. А. Мельникова" (the town may have been read as the title's
        # genitive complement already)
        return j
    if j == k or j < 1:
        return None
    case = _PLACE_PREPS.get(toks[j - 1].low)
    if not w.text.islower() or case is None or w.case != case or \
            w.lemma.replace("ё", "е") not in lex.place_words:
        return None
    return j - 1


# the prepositions of a place phrase after a title, with the case of their place word
_PLACE_PREPS = {"в": "loct", "во": "loct", "на": "loct", "из": "gent"}


def _complement_word(doc: Doc, k: int, first: int, lex: PeopleLexicon) -> bool:
    """Is token ``k`` a word of the complement of a title before the name at ``first``: "и", a
    genitive or indeclinable word, the instrumental a participle title governs ("заведующего |
    отделом"), an abbreviation in capitals ("ОО", "РК"), or a town the NER ran into the name
    ("акиму Талдыкоргана | Ерику Султанову")?"""
    t = doc.toks[k]
    if t.low == "и" or t.text.isupper() and t.is_word() and t.ner != "PER":
        return True
    if (t.case == "gent" or _indeclinable(t) or _governed_by_participle(doc, k, lex)) and \
            t.pos in ("NOUN", "ADJF", "PRTF") and (t.ner != "PER" or _place_adjective(t)):
        return True
    if _po_field_word(doc, k):
        return True  # "депутата | по округу № 18 | Бауржана", "отдела | по делам | молодежи"
    return k == first - 1 and town_run_in(doc, k, lex.towns, lex.place_words, lex.titles)


def _place_adjective(t: Tok) -> bool:
    """An adjective no reading of which is a person's, which the NER ran into a name
    ("сестра | Экибастузского | родильного дома А. К. Серикова")."""
    return bool(t.parses) and all(p.pos == "ADJF" and not PERSON_GRAMS & p.grams
                                  for p in t.parses)


_MAX_PO_FIELD = 3


def _po_field_word(doc: Doc, k: int) -> bool:
    """Is token ``k`` a word of a title's field after "по": "по" itself before a dative, a
    dative word "по" governs, or a number of it ("по округу № 18", "по делам")?"""
    toks = doc.toks
    t = toks[k]
    if t.low == "по":
        return k + 1 < len(toks) and toks[k + 1].case == "datv"
    if not (t.case == "datv" and t.pos in ("NOUN", "ADJF") and t.text.islower() or
            t.text == "№" or t.text.isdigit()):
        return False
    j = k - 1
    while j >= 0 and k - j <= _MAX_PO_FIELD and toks[j].sent == t.sent:
        if toks[j].low == "по":
            return True
        if not (toks[j].case == "datv" and toks[j].text.islower() or toks[j].text == "№"):
            return False
        j -= 1
    return False


def _quoted_name_before(doc: Doc, k: int) -> int | None:
    """The opening quote of the quoted name whose closing quote is token ``k``, or None."""
    names = doc.quotes.names
    i = bisect_left(names, (k + 1, 0)) - 1  # the last name that opens at or before k
    if i < 0 or names[i][1] != k or names[i][0] < 1:
        return None
    return names[i][0] - 1


_ADJECTIVES = frozenset({"ADJF", "PRTF"})  # "заведующего", "управляющего": titles too


def _governed_by_participle(doc: Doc, k: int, lex: PeopleLexicon) -> bool:
    """Is token ``k`` the instrumental a participle title right before it governs
    ("заведующего | отделом", "управляющему | делами")?"""
    prev = doc.toks[k - 1] if k > 0 else None
    return doc.toks[k].case == "ablt" and prev is not None and prev.pos in _ADJECTIVES and \
        substantive_lemma(prev.low) in lex.titles
_APPOSED_CASES = frozenset({"gent", "datv", "accs"})


def _indeclinable(t: Tok) -> bool:
    """An abbreviation or another noun written the same in every case ("КазНУ", "МГУ")."""
    return t.parse is not None and "Fixd" in t.parse.grams


_MAX_ORIGIN = 4


def past_origin(doc: Doc, k: int, stop: int) -> int:
    """Past the place a listed name comes from, right after it: "из" and capitalized words
    ("Ксения Орлова | из Арзамаса | и …"), or those words in parentheses ("Гульшат Ахмадуллина
    | (Сибай) | и …"); ``k`` when none follows."""
    toks = doc.toks
    if k >= stop or toks[k].low not in ("из", "("):
        return k
    j = k + 1
    while j < stop and j - k <= _MAX_ORIGIN and toks[j].is_word() and (
            toks[j].is_title_case() or toks[j].text == "-"):
        j += 1
    if j == k + 1:
        return k
    if toks[k].text == "(":
        return j + 1 if j < stop and toks[j].text == ")" else k
    return j
