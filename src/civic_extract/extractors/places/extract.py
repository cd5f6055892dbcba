"""The decision lists of stages 2 and 3 (``NER_SPAN``, ``GAZETTEER``), stage 3's rules at each
word (a place nested in a name, abbreviations, Latin names, a country read as a person,
gazetteer names, a facility of a genitive place) and ``extract_places``, which runs the three
stages."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import replace

from ...document import Doc
from ...lexicon import PlaceLexicon
from ...rules import Rule, Trace, Veto, run
from ...text.morph import Morphology
from ..phrase import body_abbreviation, eponym_before, is_opening, nominative, two_word_place_name
from ..surroundings import (
    building_seat,
    compound_org_word,
    function_word,
    generic_facilities,
    lemma_key,
    venue_before,
)
from .candidate import PlaceCandidate, _known, _name, _named_by, _proper
from .constructions import (
    _adjective_landmark,
    _adjective_place_word,
    _after_place_word,
    _at_found,
    _elided_head,
    _open,
    _origin_of_name,
    _settlement_before,
    _settlement_named,
    _settlement_two_words,
)
from .decisions import _At, _at, _claiming, _Ctx, _Decisions, _Found, _Span, _span_of
from .doc_rules import RULES, _bare_named_parts
from .filters import (
    _adjective_word,
    _after_legal_form,
    _after_settlements,
    _after_thoroughfare,
    _known_org,
    _legal_form_at,
    _municipal_word,
    _no_place_span,
    _not_place_word,
    _opening_common_noun,
    _org_endings,
    _plain_word,
    _run_together,
    _sentence_common_noun,
    _thoroughfare_before,
    _title_word,
    _town_after_title,
)
from .gazetteer import _common_noun, _could_be_place, _country_misread, _entry, _inner, _latin
from .spans import (
    _by_parts,
    _compound_facility,
    _domain,
    _facility_by_word,
    _generic_facility,
    _named_facility,
    _ner_abbreviation,
    _ner_place,
    _ner_span,
    _org_in_gazetteer,
    _region_by_noun,
    _stay_facility,
    _street,
    _street_named,
    _thoroughfare_span,
)

# One NER span's decision list (see ``_Decisions``).
NER_SPAN: _Decisions[_Span, _Found] = _Decisions.of((
    Veto("claimed", lambda s, f: any(k in s.c.taken for k in range(s.raw_first, s.raw_last))),
    # "France": the gazetteer stage gives the place its Russian name
    Veto("latin_spelling", lambda s, f: _latin(s.c.doc, s.raw_first, s.c.lex) is not None),
    Veto("legal_form", lambda s, f: _after_legal_form(s)),
    # "в селе | Жана Каратон": a settlement's two words, as written (``_settlement_two_words``)
    Veto("two_word_settlement", lambda s, f: s.last - s.first == 2 and
         two_word_place_name(s.c.doc, s.first) and
         _settlement_before(s.c.doc, s.first, s.c.lex) is not None),
    # "от Тагильского одномандатного избирательного округа": a constituency, no place
    Veto("not_place_word", _claiming(lambda s, f: _not_place_word(s.c.doc, s.first, s.last))),
    # "МО | «Город Ревда»": the word of a municipal formation, whose name is quoted after it
    Veto("municipal_word", lambda s, f: _municipal_word(s)),
    Rule("compound_facility", _compound_facility),
    Rule("ner_org_in_gazetteer", _org_in_gazetteer),
    Veto("known_organization", _known_org),
    # "КазНУ", "КарГУ": a body's abbreviation (the organizations take it)
    Veto("body_abbreviation", lambda s, f: body_abbreviation(s.toks[s.head or 0])),
    # "Пермьстат", "Мособлгаз": a body's one-word compound name (data/org_compound_endings.txt)
    Veto("compound_org_word", lambda s, f: len(s.toks) == 1 and
         compound_org_word(s.toks[0], _org_endings()) and
         not _known(s.c.doc, s.first, s.last, s.c.lex)),
    Veto("plain_word", _plain_word),
    Veto("opening_common_noun", _claiming(_opening_common_noun)),
    # "в районном Доме культуры": a kind of building every town has, no name
    Veto("generic_facility", lambda s, f: _generic_facility(s)),
    # "Ледового дворца | «Факел»", "Центрального стадиона | «Динамо»": the words of a venue
    # a quoted name names (``quoted_venue``), no place of their own
    Veto("quoted_venue_word", lambda s, f: s.last < len(s.c.doc.toks) and
         is_opening(s.c.doc, s.last) and venue_before(s.c.doc, s.last)),
    Rule("ner_named_facility", _named_facility),
    Rule("ner_landmark", _adjective_landmark),
    Rule("ner_stay_facility", _stay_facility),
    Rule("ner_thoroughfare", _thoroughfare_span),
    # "Кызылординский городской маслихат" is a body; "Первый Президент" a title
    # (but a street named by a plural: "по улице Энергетиков")
    Veto("body_or_title", lambda s, f: (s.head_lemma in s.c.lex.org_words or
                                        s.head_lemma in s.c.lex.titles) and
         not _after_thoroughfare(s)),
    Rule("elided_head", _elided_head),
    Rule("adjective_place_word", _adjective_place_word),
    # (but a known name the NER reads as a place: "в Рудном", "Мирный", "Каменска-Уральского")
    Veto("adjectives_only", lambda s, f: all(_adjective_word(t) for t in s.toks)
         and not (s.type_ == "LOC" and (_known(s.c.doc, s.first, s.last, s.c.lex) or
                                        _by_parts(s) is not None)) and
         # (nor after a settlement word: "в селе Переметное", "пос. Заречный", or a
         # thoroughfare word: "на улице Ленинградской")
         _settlement_before(s.c.doc, s.first, s.c.lex) is None and
         not _after_settlements(s) and
         _thoroughfare_before(s.c.doc, s.first, s.c.lex) is None),
    # "Родилась …", "Ещё …": a capitalized word the NER misread
    Veto("function_word", lambda s, f: len(s.toks) == 1 and function_word(s.toks[0])),
    Veto("no_place_span", _claiming(
        lambda s, f: _no_place_span(s.c.doc, s.first, s.last, s.head, s.c.lex))),
    # "Аким области": no name in it
    Veto("no_proper_word", lambda s, f: not any(_proper(t, s.c.lex) for t in s.toks) and
         not _after_thoroughfare(s)),
    Rule("facility_named_by_word", _facility_by_word),
    Veto("named_thing", _claiming(
        lambda s, f: _named_by(s.c.doc, s.first, s.last, s.c.lex) == "not")),
    Rule("region_named_by_noun", _region_by_noun),
    Rule("street", _street),
    Veto("known_names_run_together", _run_together),
    Veto("domain", lambda s, f: _domain(s.c.doc, s.first)),
    Rule("ner_abbreviation", _ner_abbreviation),
    # "Кремль", "Белый дом": a government, not a place (data/not_places.txt)
    Veto("not_a_place", _claiming(lambda s, f: " ".join(
        t.lemma.replace("ё", "е") for t in s.toks) in s.c.lex.not_places and
        not building_seat(s.c.doc, s.first, s.last))),
    Rule("ner_place", _ner_place),
))


def _inner_place(a: _At) -> list[_Found]:
    """A city, region or country named inside a quoted or organization's name (``_inner``)."""
    inner = _inner(a.c.doc, a.k, a.c.lex, a.c.taken, a.c.quoted) if a.in_name else None
    if inner is None:
        return []
    n, e = inner
    return _at_found(a, n, _name(a.c.doc, a.k, a.k + n, e, a.c.morph), e.kind)


def _abbreviation(a: _At) -> list[_Found]:
    """"ЗКО", "РК" (data/place_abbr.txt)."""
    text = a.c.doc.toks[a.k].text
    if not _open(a) or text not in a.c.lex.place_alias:
        return []
    e = a.c.lex.place_alias[text]
    return _at_found(a, 1, e.name, e.kind, text)


def _latin_name(a: _At) -> list[_Found]:
    """"France", "New York" (data/place_latin.txt), the spelling kept as written."""
    latin = _latin(a.c.doc, a.k, a.c.lex, a.c.quoted) if _open(a) else None
    if latin is None:
        return []
    n, e = latin
    return _at_found(a, n, e.name, e.kind, a.c.doc.span_text(a.k, a.k + n))


def _country_as_person(a: _At) -> list[_Found]:
    """A country the NER took for a person (``_country_misread``)."""
    end = a.c.per_ends.get(a.k)
    country = _country_misread(a.c.doc, a.k, end, a.c.lex, a.c.long_name_words) \
        if _open(a) and end is not None else None
    if country is None:
        return []
    n, e = country
    return _at_found(a, n, e.name, e.kind)


def _gazetteer_name(a: _At) -> list[_Found]:
    """The longest gazetteer name at the word, within its sentence, with a capital, no word of
    it claimed or (unless it starts with a place word) in a person's or organization's name."""
    c, k = a.c, a.k
    toks, lex = c.doc.toks, c.lex
    t = toks[k]
    run_in = _town_after_title(c.doc, k, lex)
    if run_in and _open(a):  # the town by its genitive reading ("Аким | Шымкента")
        entry = next((e for p in t.parses if "gent" in p.grams
                      for e in [lex.places.get((p.normal.replace("ё", "е"),))] if e), None)
        if entry is not None:
            return _at_found(a, 1, entry.name, entry.kind)
    if not _open(a) or t.ner in ("PER", "ORG") and t.lemma not in lex.place_words and \
            not run_in or \
            not t.is_word() or t.lemma.replace("ё", "е") not in lex.place_first_lemmas:
        return []  # (no name of the gazetteer starts with the word)
    for n in range(min(lex.place_max, len(toks) - k), 0, -1):
        entry = _entry(lex, toks[k:k + n])
        if entry is not None and all(toks[j].sent == t.sent for j in range(k, k + n)) \
                and any(toks[j].text[:1].isupper() for j in range(k, k + n)) \
                and not any(j in c.taken or (toks[j].ner in ("PER", "ORG") and
                                             t.lemma not in lex.place_words and not run_in)
                            for j in range(k, k + n)):
            return _at_found(a, n, _name(c.doc, k, k + n, entry, c.morph), entry.kind)
    return []


def _facility_of_genitive(a: _At) -> list[_Found]:
    """"во Дворце Республики", "у Дома Дружбы": a capitalized building's word (data/
    facility_words.txt) and a capitalized common noun in the genitive after it that the NER
    left out name the building, a place of kind other (not a kind of building every town has:
    "Дворец Спорта", data/generic_facilities.txt)."""
    toks, lex, k = a.c.doc.toks, a.c.lex, a.k
    t = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if not _open(a) or nxt is None or t.ner is not None or nxt.ner is not None or \
            not t.is_title_case() or t.lemma.replace("ё", "е") not in lex.facility_words or \
            not nxt.is_title_case() or nxt.sent != t.sent or nxt.case != "gent" or \
            not _common_noun(nxt) or k + 1 in a.c.taken or \
            lemma_key(toks[k:k + 2]) in generic_facilities():
        return []
    return _at_found(a, 2, nominative(a.c.doc, k, k + 2, a.c.morph), "other")


# One word's decision list (see ``_Decisions``).
GAZETTEER: _Decisions[_At, _Found] = _Decisions.of((
    Veto("domain", lambda a, f: _domain(a.c.doc, a.k)),
    # "НАО | «Центр …»": a legal form's abbreviation before a quoted name, no place
    Veto("legal_form", lambda a, f: _legal_form_at(a.c.doc, a.k)),
    # "университет имени Королёва", "колхоз имени Салавата": the person, not the town
    Veto("eponym_name", lambda a, f: eponym_before(a.c.doc, f.place.last_tok - 1) is not None),
    Rule("inner_place", _inner_place),
    Rule("abbreviation", _abbreviation),
    Rule("latin_name", _latin_name),
    Rule("country_read_as_person", _country_as_person),
    Rule("settlement_two_words", _settlement_two_words),
    Rule("settlement_named", _settlement_named),
    Rule("street_named", _street_named),
    # "Ним" at a sentence start is a pronoun, not Nîmes: a one-word name must read as one
    Veto("not_a_proper_name", lambda a, f: f.place.last_tok - a.k == 1 and
         not _could_be_place(a.c.doc.toks[a.k]) and not _origin_of_name(a)),
    Veto("title_word", _title_word),
    # "Находки ботайской культуры показали": a common noun a sentence opens with, the NER
    # left out, is no town of the same name
    Veto("sentence_common_noun", lambda a, f: f.place.last_tok - a.k == 1 and
         _sentence_common_noun(a.c.doc, a.k)),
    Veto("named_thing", lambda a, f: _named_by(a.c.doc, a.k, f.place.last_tok, a.c.lex) == "not"),
    Rule("gazetteer", _gazetteer_name),
    Rule("after_place_word", _after_place_word),
    Rule("facility_of_genitive", _facility_of_genitive),
))


def _named_part(doc: Doc, p: PlaceCandidate, words: AbstractSet[str]) -> PlaceCandidate:
    """A street or a square mentioned by its name alone, without the word that says what it is
    ("на улице [Абая]", "на [Тверской] площади"; data/thoroughfare_words.txt)."""
    if p.kind != "other" or p.last_tok - p.first_tok < 2:
        return p
    first, last = p.first_tok, p.last_tok
    if doc.toks[first].lemma.replace("ё", "е") in words:
        first += 1
    elif doc.toks[last - 1].lemma.replace("ё", "е") in words:
        last -= 1
    return replace(p, first_tok=first, last_tok=last)


def _bare_name(p: PlaceCandidate, lex: PlaceLexicon) -> PlaceCandidate:
    """A named part of a town with the name its word precedes as a name the text gives it too
    ("улица Абая": "Абая"; data/place_words.txt, kind other), unless another surface is kept;
    a microdistrict's is its name, the word with it the surface ("микрорайон Самал": "Самал",
    "жилой массив Шанырак": "Шанырак"; data/bare_named_parts.txt)."""
    if p.kind != "other" or p.surface is not None:
        return p
    words = p.name.split(" ")
    n = next((n for n in (2, 1) if len(words) > n and
              lex.place_words.get(" ".join(words[:n]).lower()) == "other"), 0)
    if n and " ".join(words[:n]).lower() in _bare_named_parts():
        return replace(p, name=" ".join(words[n:]), surface=p.name)
    return replace(p, surface=" ".join(words[n:])) if n else p


def extract_places(doc: Doc, morph: Morphology, lex: PlaceLexicon,
                   quoted: set[int] | None = None,
                   trace: Trace | None = None) -> list[PlaceCandidate]:
    """Place mentions, stage by stage (see the module's docstring), each with the name of its
    rule."""
    pers = [(a, b) for type_, a, b in doc.ner if type_ == "PER"]
    c = _Ctx(doc, morph, lex, quoted or set(), {t.text for t in doc.toks if t.ner == "PER"},
             dict(pers), {t.text for a, b in pers if b - a > 1 for t in doc.toks[a:b]})
    out: list[PlaceCandidate] = []

    def keep(rule: str, f: _Found) -> None:
        out.append(replace(_named_part(doc, _bare_name(f.place, lex), lex.thoroughfare_words),
                           rule=rule))
        if f.nested is not None:
            out.append(replace(f.nested, rule="place_in_facility_name"))
        c.taken.update(range(*f.claim))

    for rule, f in run(RULES, (), c, kind="places", span=_span_of, trace=trace):
        keep(rule, f)
    for type_, first, last in doc.ner:
        if type_ != "PER" and not doc.toks[first].chrome:
            decided = NER_SPAN.decide(_ner_span(c, type_, first, last), _span_of, trace)
            if decided is not None and decided[2]:
                keep(decided[0], decided[1])
    k = 0
    while k < len(doc.toks):
        decided = GAZETTEER.decide(_at(c, k), _span_of, trace)
        if decided is not None and decided[2]:
            keep(decided[0], decided[1])
        k = decided[1].place.last_tok if decided is not None else k + 1
    return out
