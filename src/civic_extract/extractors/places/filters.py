"""The vetoes: the words and spans that are no place (a constituency's word, a known
organization, a plain or opening common noun, a legal form, a title word …)."""

from __future__ import annotations

from functools import cache

from ...data import lines, table
from ...document import Doc, Tok, key
from ...lexicon import PlaceLexicon
from ...text.morph import PERSON_GRAMS
from ..phrase import is_opening
from ..surroundings import building_seat, lemma_key, municipality_end
from .candidate import _ADJECTIVES, _CASE_GRAMS, _GENDERS, _known
from .decisions import _At, _Found, _Span
from .gazetteer import (
    _PROPER_GRAMS,
    _SETTLEMENT_KINDS,
    _common_noun,
    _district_town,
    _place_adjective_endings,
)


@cache
def _not_place_words() -> frozenset[str]:
    """The pairs of a modifier and a place word that name no place (data/not_place_words.txt:
    "избирательный округ")."""
    return frozenset(lines("not_place_words.txt"))


def _not_place_word(doc: Doc, first: int, last: int) -> bool:
    """Do the span's words, with the word right after it, hold a pair that names no place
    ("Тагильского одномандатного избирательного | округа": a constituency)?"""
    lemmas = [t.lemma.replace("ё", "е") for t in doc.toks[first:last + 1]]
    return any(f"{a} {b}" in _not_place_words() for a, b in zip(lemmas, lemmas[1:]))


def _no_place_span(doc: Doc, first: int, last: int, h: int | None, lex: PlaceLexicon) -> bool:
    """A LOC span that names no place: a word with a number glued to it ("Формулы-1", a race
    or a spacecraft; not a thoroughfare's name: "микрорайон Самал-2"), a lowercase common noun
    at its head that is no place word ("Каталонский референдум", "Большая восьмерка"), or a
    lone given name or surname the gazetteer does not know ("Прасковья")."""
    toks = doc.toks[first:last]
    if _known(doc, first, last, lex) or _thoroughfare_before(doc, first, lex) is not None:
        return False  # (a street or microdistrict may be numbered: "в микрорайоне Самал-2")
    if any(t.is_word() and "-" in t.text and t.text.rsplit("-", 1)[1].isdigit() for t in toks):
        return True
    if h is not None and len(toks) > 1:
        head = toks[h]
        lemma = head.lemma.replace("ё", "е")
        pair = f"{toks[h - 1].lemma.replace('ё', 'е')} {lemma}" if h > 0 else lemma
        if head.text[:1].islower() and _common_noun(head) and lemma not in lex.place_words \
                and pair not in lex.place_words and lemma not in lex.landmark_words and \
                lemma not in lex.facility_words:
            return True  # (not "сельского поселения": a place word of two)
    prev = doc.toks[first - 1] if first > 0 else None
    if prev is not None and prev.is_word() and prev.lemma.replace("ё", "е") in (
            lex.place_words.keys() | lex.landmark_words | lex.facility_words):
        return False  # "улица Лобачевского", "площадь Гагарина": named for a person
    if len(toks) == 1 and toks[0].parses and all(
            p.known and PERSON_GRAMS & p.grams and "Geox" not in p.grams for p in toks[0].parses):
        return not _district_town(doc, first, lex)
    return False


def _thoroughfare_abbreviation(doc: Doc, k: int, lex: PlaceLexicon) -> str | None:
    """The thoroughfare word an abbreviation right before token ``k`` stands for ("ул. |
    Абая" → "улица", "пр. | Назарбаева" → "проспект"), or None; one of three letters or more
    may come without its dot ("мкр | Самал"; a shorter one reads so as another word)."""
    toks = doc.toks
    if k >= 1 and len(toks[k - 1].text) >= _DOTLESS_ABBREVIATION and \
            toks[k - 1].text.islower() and toks[k - 1].sent == toks[k].sent:
        return lex.street_abbr.get(toks[k - 1].low)
    if k < 2 or toks[k - 1].text != "." or toks[k - 2].sent != toks[k].sent:
        return None
    return lex.street_abbr.get(toks[k - 2].low)


_DOTLESS_ABBREVIATION = 3  # the letters of a thoroughfare's abbreviation written without a dot


def _thoroughfare_before(doc: Doc, k: int, lex: PlaceLexicon) -> str | None:
    """The thoroughfare word (its nominative) right before token ``k``, in full or abbreviated
    ("на проспекте | Назарбаева", "пр. | Назарбаева"), or None; not a plural one."""
    word = _thoroughfare_abbreviation(doc, k, lex)
    if word is not None or k == 0:
        return word
    t = doc.toks[k - 1]
    lemma = t.lemma.replace("ё", "е")
    if t.sent != doc.toks[k].sent or lemma not in lex.thoroughfare_words or \
            not doc.small_or_opening(k - 1) or t.parse is None or \
            "plur" in t.parse.grams and not _singular_with(t, doc.toks[k]):
        return None
    return lemma


def _singular_with(word: Tok, name: Tok) -> bool:
    """Can the word be a singular that the adjective after it agrees with ("улицы |
    Демидовской": the genitive of one street, which the tagger read as a plural)?"""
    return any(p.pos == "NOUN" and "sing" in p.grams and any(
        q.pos in _ADJECTIVES and "sing" in q.grams and
        {g for g in (*_GENDERS, *_CASE_GRAMS) if g in p.grams} <= q.grams for q in name.parses)
        for p in word.parses)


def _known_org(s: _Span, f: _Found) -> bool:
    """"ЕС", "Евросоюз": organizations the NER calls places ("Бавария" is one only where a cue
    makes it a club: organizations/)."""
    toks = s.toks
    known = s.c.lex.known_orgs.get(lemma_key(toks)) or \
        s.c.lex.known_orgs.get(tuple(t.low for t in toks))
    return known is not None and known[2] != "cued" and \
        not building_seat(s.c.doc, s.first, s.last)  # "в Белом доме": the building


def _plain_word(s: _Span, f: _Found) -> bool:
    """"Парк", "Собор" at a sentence start: a word, no name; nor a plural of living beings
    ("Жители", "Дети"), which no place is named by ("Горки", "Пески" are things) but a street
    ("по улице Строителей": ``_after_thoroughfare``)."""
    lex, tok = s.c.lex, s.toks[0]
    return len(s.toks) == 1 and _common_noun(tok) and not _after_thoroughfare(s) and (
        s.head_lemma in lex.facility_words or s.head_lemma in lex.landmark_words
        or s.head_lemma in lex.place_words or
        all("anim" in p.grams and "plur" in p.grams for p in tok.parses if p.pos == "NOUN"))


def _opening_common_noun(s: _Span, f: _Found) -> bool:
    """"Газ пришел в село", "Газа в селе нет": a word that opens its sentence, capitalized by
    it, that the dictionary knows as a common noun, and that names no place of the gazetteer
    (``_gazetteer_word``: "Курган принял гостей", "Орёл", "Астана" stay places)."""
    doc, tok = s.c.doc, s.toks[0]
    return len(s.toks) == 1 and doc.sents[tok.sent].first == s.first and \
        any(p.known and p.pos == "NOUN" and not _PROPER_GRAMS & p.grams for p in tok.parses) \
        and not _gazetteer_word(tok, s.c.lex)


def _gazetteer_word(tok: Tok, lex: PlaceLexicon) -> bool:
    """Is the word, as written or by a lemma, the own name of a one-word place of the
    gazetteer ("Курган", "Орёл", "Чад", "Семей"; not "Газ", whose lemma is only the key of
    "Газа", an alias of "Сектор Газа")?"""
    forms = {tok.low, *(p.normal.replace("ё", "е") for p in tok.parses)}
    return any(e is not None and key(e.name) in forms
               for e in (lex.places.get((w,)) for w in sorted(forms)))


def _after_thoroughfare(s: _Span) -> bool:
    """Does a singular thoroughfare word stand right before the span ("по улице | Космонавтов",
    "пр. | Строителей"): the span is the street's name, whatever word it is?"""
    return _thoroughfare_before(s.c.doc, s.first, s.c.lex) is not None


def _after_settlements(s: _Span) -> bool:
    """Does a plural settlement word stand right before a span that opens with a word in the
    form of a nominative singular ("поселков | Солнечный и Шидерты", "в поселки | Солнечный"):
    a name in apposition, agreeing with no plural?"""
    doc, first = s.c.doc, s.first
    before, t = (doc.toks[first - 1] if first > 0 else None), doc.toks[first]
    return before is not None and before.sent == t.sent and before.text.islower() and \
        before.parse is not None and "plur" in before.parse.grams and \
        s.c.lex.place_words.get(before.lemma.replace("ё", "е")) in _SETTLEMENT_KINDS and \
        any({"nomn", "sing"} <= p.grams for p in t.parses)


def _run_together(s: _Span, f: _Found) -> bool:
    """"Хабаровск Владивосток": known names the NER ran together; the gazetteer stage takes
    each."""
    doc, lex = s.c.doc, s.c.lex
    return len(s.toks) > 1 and not _known(doc, s.first, s.last, lex) and \
        all(t.is_word() and _known(doc, j, j + 1, lex) for j, t in enumerate(s.toks, s.first))


@cache
def _org_endings() -> tuple[str, ...]:
    """The endings of one-word compound names of bodies (data/org_compound_endings.txt)."""
    return tuple(lines("org_compound_endings.txt"))


@cache
def _legal_forms() -> frozenset[str]:
    """The abbreviations of legal forms (data/legal_forms.txt, legal_form_aliases.txt)."""
    return frozenset(row[0] for name, n in (("legal_forms.txt", 3), ("legal_form_aliases.txt", 2))
                     for row in table(name, n))


def _legal_form_at(doc: Doc, k: int) -> bool:
    """Is the word at ``k`` a legal form's abbreviation with a quoted name right after it
    ("НАО | «Центр …»")?"""
    return doc.toks[k].text in _legal_forms() and k + 1 < len(doc.toks) and is_opening(doc, k + 1)


def _after_legal_form(s: _Span) -> bool:
    """Does a legal form's abbreviation open the span ("КФХ Коваленко", "ИП Торговый Дом"), or
    stand alone before a quoted name ("НАО | «Центр …»", not the Nenets okrug): an
    organization's name, which the organizations take?"""
    doc, first = s.c.doc, s.raw_first
    return doc.toks[first].text in _legal_forms() and s.raw_last - first > 1 or \
        s.raw_last - first == 1 and _legal_form_at(doc, first)


def _municipal_word(s: _Span) -> bool:
    """Is the span a municipal formation's word alone, its name quoted after it ("МО | «Город
    Ревда»", data/municipal_words.txt)?"""
    doc, last = s.c.doc, s.raw_last
    return municipality_end(doc, s.raw_first, last) == last and last < len(doc.toks) and \
        is_opening(doc, last)


def _adjective_word(t: Tok) -> bool:
    """Does the word read as an adjective: by the tagger's reading, or by an adjective reading
    where that reading is a guess of a noun with the adjective's lemma ("Кызылординские": a
    surname declined as the adjective) or is in another case than the tagger's ("в
    Каратальском": an adjective in the locative, not the instrumental of a town "Каратальск")?"""
    p = t.parse
    if p is None or p.pos in _ADJECTIVES:
        return p is not None
    adjectives = [q for q in t.parses if q.pos in _ADJECTIVES and
                  q.normal.endswith(_place_adjective_endings())]
    return not p.known and any(q.normal == p.normal for q in adjectives) or \
        t.case is not None and t.case not in p.grams and any(t.case in q.grams for q in adjectives)
_ELIDED_WINDOW = 40  # tokens back to the place word a left-out one repeats, at most


def _town_after_title(doc: Doc, k: int, lex: PlaceLexicon) -> bool:
    """Is the word the second of a person's name the NER made of a title and a town in the
    genitive ("Аким | Павлодара провел встречу": "Аким" is a first name too)?"""
    toks = doc.toks
    return k > 0 and toks[k].ner == "PER" and toks[k - 1].ner == "PER" and \
        toks[k - 1].sent == toks[k].sent and any("gent" in p.grams for p in toks[k].parses) and \
        (k + 1 >= len(toks) or toks[k + 1].ner != "PER") and \
        any(p.normal.replace("ё", "е") in lex.titles for p in toks[k - 1].parses) and \
        (k < 2 or toks[k - 2].ner != "PER")


def _sentence_common_noun(doc: Doc, k: int) -> bool:
    """Is the word the first of its sentence, out of the NER's names, and a common noun in
    the plural to the dictionary ("Находки", "Находок")?"""
    t = doc.toks[k]
    return t.ner is None and (k == 0 or doc.toks[k - 1].sent != t.sent) and any(
        p.known and p.pos == "NOUN" and "plur" in p.grams and
        not p.grams & {"Geox", "Name", "Surn"} for p in t.parses)


def _title_word(a: _At, f: _Found) -> bool:
    """"Королева": a one-word name that reads as a title."""
    tok = a.c.doc.toks[a.k]
    return f.place.last_tok - a.k == 1 and any(
        p.normal.replace("ё", "е") in a.c.lex.titles for p in tok.parses
        if p.pos == "NOUN" and "Geox" not in p.grams)
