"""The word constructions: a name in the case of its place word, settlements named after
their word, and places named by adjectives ("Тагильского района", elided heads)."""

from __future__ import annotations

from dataclasses import replace

from ...document import Doc, Tok, key
from ...lexicon import GazetteerEntry, PlaceLexicon
from ...text.morph import PERSON_GRAMS
from ..phrase import (
    adjective_in,
    adjective_nominative,
    inflect_word,
    nominative,
    noun_gender,
    preposition_cases,
    two_word_place_name,
)
from ..surroundings import ORIGIN_PREPOSITIONS, function_word, lemma_key, place_not_person
from .candidate import (
    _CASE_GRAMS,
    _GENDERS,
    PlaceCandidate,
    _declined_forms,
    _indeclinable_endings,
    _known,
    _listed_after,
    _place_paradigms,
)
from .decisions import _At, _Ctx, _Found, _Span
from .filters import _ELIDED_WINDOW, _adjective_word
from .gazetteer import (
    _ELIDED_KINDS,
    _LISTING,
    _SETTLEMENT_KINDS,
    _could_be_place,
    _geox_entry,
    _written_places,
)


def _found(s: _Span, first: int, last: int, name: str, kind: str | None,
           surface: str | None = None) -> list[_Found]:
    return [_Found(PlaceCandidate(first, last, name, kind, surface), (first, last))]


def _case_of_name(c: _Ctx, k: int) -> tuple[frozenset[str], str | None]:
    """The cases the one-word name at token ``k`` may stand in, and the kind of word it stands
    in apposition to, if any: a landmark's ("реки | Шексны": that word's case) or a place's
    ("в селе | Тауке", "place"); else the cases its preposition governs
    (data/preposition_cases.txt: "в | Жетыгене": accs or loct), else the tagger's, or that of
    the name it is listed after ("берега | Шексны", "Коряжмы и | Шексны")."""
    toks = c.doc.toks
    prev = toks[k - 1] if k > 0 and toks[k - 1].sent == toks[k].sent else None
    lemma = prev.lemma.replace("ё", "е") if prev is not None else ""
    if prev is not None and prev.text.islower() and lemma in c.lex.place_words and \
            prev.tag.get("Number") != "Plur":
        return frozenset(), "place"  # (not "в малых городах | Верхневолжья": its complement)
    if prev is not None and prev.text.islower() and lemma in c.lex.landmark_words and \
            prev.tag.get("Number") != "Plur":  # (not "храмы | Заонежья": their land)
        return _cases(prev.case), "landmark"
    if prev is not None and prev.low in preposition_cases():
        return preposition_cases()[prev.low], None
    if prev is not None and prev.text in _LISTING and k >= 2 and \
            toks[k - 2].sent == toks[k].sent and toks[k - 2].is_title_case():
        return _known_cases(toks[k - 2]) - {"nomn"}, None  # "Коряжмы и | Шексны": its case
    return _cases(toks[k].case) - {"nomn"}, None


def _cases(case: str | None) -> frozenset[str]:
    """The case as a set: none when the tagger gives none."""
    return frozenset() if case is None else frozenset({case})


def _known_cases(t: Tok) -> frozenset[str]:
    """The case of a word by the dictionary's reading of it when it knows the word ("Коряжмы":
    gent, whatever the tagger says), else by the tagger."""
    p = t.parse
    return _CASE_GRAMS & p.grams if p is not None and p.known else _cases(t.case)


def _unknown_name(c: _Ctx, first: int, last: int, entry: GazetteerEntry | None
                  ) -> tuple[str, str | None] | None:
    """The nominative of a one-word name neither the gazetteer nor the dictionary knows (and the
    gazetteer's kind when it knows that nominative), by its case ending (``_declined_forms``):
    a name of the gazetteer among its nominatives first ("в Жанаозене" → "Жанаозен"), else the
    first ("в Жетыгене" → "Жетыген", "через Шексну" → "Шексна"). A name in apposition to a
    settlement's or another place's word keeps its form ("в селе Тауке", "села Жетыген"), and
    so does one in apposition to a landmark's word that may be a nominative ("реки Шексны" →
    "Шексна"; "реки Сырдарья") or one of an ending that does not decline ("в Аксу"); None
    when no ending says a case (the caller puts the name in the nominative)."""
    t = c.doc.toks[first]
    if last - first != 1 or entry is not None or not t.is_word() or \
            any(p.known for p in t.parses):
        return None
    if t.low.endswith(_indeclinable_endings()):  # "истории Жетысу": no "Жетыс"
        return t.text, None
    cases, apposed = _case_of_name(c, first)
    nominatives = {n for _, n, _ in _place_paradigms()} - {"·"}
    forms = [] if apposed == "place" or apposed and t.low.endswith(tuple(nominatives)) else \
        _declined_forms(t.text, cases)
    known = next(((f, e) for f in forms if (e := _written_places(c.lex).get(key(f)))), None)
    if known is not None:
        return known[1].name, known[1].kind
    if forms or apposed:
        return (forms[0] if forms else t.text), None
    return None


def _written_name(c: _Ctx, word: str) -> bool:
    """Is ``word`` a one-word name or alias of the gazetteer as written ("байконыр"), not the
    lemma of one (the guesser's "шортанда" of "Шортанды")?"""
    entry = c.lex.places.get((word.replace("ё", "е"),))
    return entry is not None and (key(entry.name) == key(word) or c.morph.lemma(word) != word)


def _plural_entry(tok: Tok, c: _Ctx) -> GazetteerEntry | None:
    """The gazetteer's town whose name is the nominative plural of a plural reading of the word
    ("из Валуек": "валуйка", plural genitive → "валуйки", the town Валуйки)."""
    for p in tok.parses:
        form = c.morph.inflect(p, {"nomn", "plur"}) if "plur" in p.grams else None
        entry = c.lex.places.get((form.replace("ё", "е"),)) if form else None
        if entry is not None and key(entry.name) == key(form or ""):
            return entry
    return None


def _origin_of_name(a: _At) -> bool:
    """Is the word at ``a.k`` one the NER ran into a person's name right after "из": where the
    person comes from ("пенсионерка из Шу | Зинаида Ким"), a proper name whatever else the
    dictionary reads in it?"""
    toks = a.c.doc.toks
    k = a.k
    return 0 < k < len(toks) - 1 and toks[k - 1].low in ORIGIN_PREPOSITIONS and \
        toks[k].ner == "PER" and toks[k + 1].ner == "PER" and toks[k + 1].sent == toks[k].sent


def _after_place_word(a: _At) -> list[_Found]:
    """A one-word place the NER ran into a person's name right after a singular place word
    ("под председательством главы города | Иванова Вячеслава Сверчкова"), or one that reads as
    no person's name ("аким Алматы | Ерлан Ахметов") or comes after "из" ("пенсионерка из Шу
    | Зинаида Ким"): the gazetteer's place the word names, by its lemma or a place reading."""
    c, k = a.c, a.k
    toks = c.doc.toks
    t = toks[k]
    if not _open(a) or t.ner != "PER" or k == 0:
        return []
    before = toks[k - 1]
    origin = _origin_of_name(a)
    if not (origin or _could_be_place(t)):
        return []
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    run_in = origin or place_not_person(t) and nxt is not None and nxt.ner == "PER" and \
        nxt.sent == t.sent
    if not run_in and (before.lemma.replace("ё", "е") not in c.lex.place_words or
                       before.parse is None or "plur" in before.parse.grams or
                       before.sent != t.sent):
        return []
    entry = c.lex.places.get(lemma_key([t])) or _geox_entry(t, c.lex)
    if entry is None:
        return []
    own = _own_kind(c, _settlement_before(c.doc, k, c.lex), entry)
    if own is not None:  # "села | Кызылжар": a village, not the city Кызылжар names too
        return _at_found(a, 1, _declined_name(c.doc, k) or t.text, own)
    return _at_found(a, 1, entry.name, entry.kind)


def _own_kind(c: _Ctx, lemma: str | None, entry: GazetteerEntry) -> str | None:
    """The kind the settlement word ``lemma`` before a name says when the gazetteer's place the
    name names is of another kind ("села | Кызылжар", a village; the gazetteer's Кызылжар is a
    city's other name), else None."""
    kind = c.lex.place_words.get(lemma) if lemma is not None else None
    return kind if kind in _SETTLEMENT_KINDS and kind != entry.kind else None


def _settlement_before(doc: Doc, k: int, lex: PlaceLexicon) -> str | None:
    """The lemma of the settlement word right before token ``k`` ("в селе | Переметное", "из с.
    | Жанаталап", data/place_words.txt), or None. "г." after a number is a year; a plural word
    names several places."""
    toks = doc.toks
    if k >= 2 and toks[k - 1].text == "." and toks[k - 2].text in lex.settlement_abbr and \
            toks[k - 2].sent == toks[k].sent and \
            not (k >= 3 and toks[k - 3].text[:1].isdigit()):
        return lex.settlement_abbr[toks[k - 2].text]  # (lowercase: "К. С." are initials)
    before = toks[k - 1] if k > 0 else None
    if before is None or before.sent != toks[k].sent or before.parse is None or \
            "plur" in before.parse.grams:
        return None
    lemma = before.lemma.replace("ё", "е")
    return lemma if lex.place_words.get(lemma) in _SETTLEMENT_KINDS else None


def _settlement_name(c: _Ctx, k: int, lemma: str) -> str | None:
    """The name of the adjective at token ``k`` after the settlement word ``lemma``, agreeing
    with it in the nominative ("в селе Переметном" → "Переметное", "поселка Заречного" →
    "Заречный", "в деревне Малой" → "Малая"), or None when the word is no adjective."""
    t = c.doc.toks[k]
    if _eponym_genitive(c.doc, k):
        return f"{lemma} {t.text}"  # "хутора Ленина" → "хутор Ленина", not "Ленин"
    if "-" in t.text:
        return None
    parses = c.morph.parse(lemma)
    gender = next((g for g in _GENDERS if parses and g in parses[0].grams), None)
    if gender is None or not any(q.pos == "ADJF" and gender in q.grams for q in t.parses):
        return None  # a guess that does not agree is no adjective: "села Қараой"
    if t.parse is not None and t.parse.pos == "ADJF":
        return inflect_word(c.morph, t, {"nomn", "sing", gender}, force=True)
    # the tagger read a noun ("на хуторе Ясенском", "в станице Копанской Ейского района"): an
    # adjective reading in the settlement word's gender and case is the name
    case = c.doc.toks[k - 1].case
    p = next((q for q in t.parses if q.pos == "ADJF" and gender in q.grams and
              case is not None and case in q.grams), None)
    return None if p is None else inflect_word(c.morph, replace(t, parse=p),
                                               {"nomn", "sing", gender}, force=True, trusted=True)


def _eponym_genitive(doc: Doc, k: int) -> bool:
    """Is the word at ``k`` after a settlement word a person's name in the genitive that names
    the settlement after that person ("хутор Ленина", "в поселке Кирова"): a known surname or
    first name read in the genitive, no place's name, or one that does not decline with the
    settlement word ("в поселке Кирова"; not "города Кирова", the city of Kirov)?"""
    t = doc.toks[k]
    case = doc.toks[k - 1].case if k > 0 else None
    if any("Geox" in p.grams for p in t.parses) and case in (None, "gent") or \
            any(p.pos == "ADJF" and "Poss" not in p.grams for p in t.parses):
        return False  # (an adjective's name: "станицы Каневской" → "Каневская")
    return any(p.known and {"gent", "sing"} <= p.grams and p.pos == "NOUN" and
               {"Surn", "Name"} & p.grams and p.normal != t.low and "Fixd" not in p.grams
               for p in t.parses)  # (a declined name: not "в городе Элизабет")


def _declined_name(doc: Doc, k: int) -> str | None:
    """The nominative of a noun the dictionary knows as a place's name, in the case of the word
    before it ("в селе Ивановке" → "Ивановка", "у города Камбарки" → "Камбарка"); None for a
    word it knows as a place's name in the nominative too ("города Чусовой", in apposition)."""
    case = doc.toks[k - 1].case if k > 0 else None
    places = [p for p in doc.toks[k].parses if p.known and "Geox" in p.grams and
              "plur" not in p.grams]
    if case is None or any("nomn" in p.grams for p in places):
        return None
    p = next((p for p in places if case in p.grams), None)
    return p.normal.capitalize() if p is not None else None


def _agrees_with_word_before(doc: Doc, k: int) -> bool:
    """Can the word at ``k`` be a singular in the case of the word before it (a name that
    declines with its settlement word: "в селе Ивановке"; not "аула | Көктал", in apposition)?
    True when the word before has no case (an abbreviation: "с. Ивановка")."""
    case = doc.toks[k - 1].case if k > 0 else None
    return case is None or any(case in p.grams and "plur" not in p.grams
                               for p in doc.toks[k].parses)


def _settlement_named(a: _At) -> list[_Found]:
    """A capitalized word the NER left out or read as a person right after a settlement word
    names that settlement: "из с. Переметное", "жители пос. Умирзак", "в ауыле Қараой" (not a
    name the dictionary knows as a person's, nor one a guess reads so before another name)."""
    c, k = a.c, a.k
    t = c.doc.toks[k]
    if not _open(a) or t.ner not in (None, "LOC", "PER") or not t.is_title_case() or \
            function_word(t) or t.lemma in c.lex.titles or t.lemma in c.lex.org_words or \
            t.ner == "PER" and _read_as_person(c.doc, k):
        return []
    lemma = _settlement_before(c.doc, k, c.lex) or _listed_after(c.doc, k, c.lex)
    if lemma is None or c.lex.place_words[lemma] not in _SETTLEMENT_KINDS or \
            lemma_key([t]) in c.lex.places:
        return []  # (the gazetteer names a place it knows)
    # a noun keeps its form: a name in apposition stays in the nominative ("из с. Жанаталап"),
    # and the dictionary guesses the endings of an unknown one ("в селе Тауке"); one that
    # declines with the settlement word is put in the nominative ("в селе Ивановке")
    name = _settlement_name(c, k, lemma) or _declined_name(c.doc, k) or t.text
    return _at_found(a, 1, name, c.lex.place_words[lemma])


def _settlement_two_words(a: _At) -> list[_Found]:
    """A settlement's two-word name after its settlement word, opened by a word of
    data/place_name_openers.txt ("в селе Жана Каратон", "аул Жаңа Қала"): the place as written,
    though the NER read the words as a person's ("Жана" of "Жан")."""
    c, k = a.c, a.k
    toks = c.doc.toks
    if not _open(a) or k + 1 in c.taken or not two_word_place_name(c.doc, k) or \
            lemma_key(toks[k:k + 2]) in c.lex.places:
        return []  # (the gazetteer names a place it knows)
    lemma = _settlement_before(c.doc, k, c.lex)
    if lemma is None or c.lex.place_words[lemma] not in _SETTLEMENT_KINDS:
        return []
    return _at_found(a, 2, f"{toks[k].text} {toks[k + 1].text}", c.lex.place_words[lemma])


def _read_as_person(doc: Doc, k: int) -> bool:
    """Is the word at ``k`` a person's name by its reading: the dictionary's, or a guess with
    another capitalized word after it ("села | Оразкүл Тасбергенова")?"""
    t = doc.toks[k]
    if t.parse is None or not t.parse.grams & PERSON_GRAMS:
        return False
    return t.parse.known or k + 1 < len(doc.toks) and doc.toks[k + 1].is_title_case() and \
        doc.toks[k + 1].is_word()


def _elided_head(s: _Span) -> list[_Found]:
    """"в Ескельдинском районе и … в Каратальском": a capitalized adjective alone, no noun after
    it, whose sentence named a district or a region earlier by an adjective and a place word
    of its gender, number and case: the place word is left out, and the name is the adjective
    with it ("Каратальский район")."""
    doc, toks = s.c.doc, s.c.doc.toks
    t, nxt = toks[s.first], toks[s.last] if s.last < len(toks) else None
    if s.type_ != "LOC" or s.last - s.first != 1 or not _adjective_word(t) or \
            nxt is not None and nxt.is_word() and nxt.pos == "NOUN":
        return []
    floor = max(doc.sents[t.sent].first, 1, s.first - _ELIDED_WINDOW)
    for h in range(s.first - 2, floor - 1, -1):
        word = toks[h]
        kind = s.c.lex.place_words.get(word.lemma.replace("ё", "е"))
        if kind is None or not toks[h - 1].is_title_case() or \
                adjective_in(toks[h - 1], word.case) is None:
            continue
        if kind not in _ELIDED_KINDS or adjective_in(t, word.case) is None:
            return []  # (in the word's case: "по маршруту Чернореченский" names no district)
        name = inflect_word(s.c.morph, word, {"nomn", "sing"}, force=True).lower()
        gender = noun_gender(s.c.morph, name)
        adjective = adjective_nominative(s.c.morph, t, gender) if gender is not None else None
        return [] if adjective is None else \
            _found(s, s.first, s.last, f"{adjective} {name}", kind)
    return []


def _adjectives_before(s: _Span, head: int, lower: bool = False) -> list[str] | None:
    """The span's words before ``head``, capitalized adjectives each (``lower``: after the
    first one, adjectives in small letters too: "Тункинском | национальном | парке"), in the
    nominative of the gender of the head's singular ("Одоевского | шоссе" → "Одоевское"), or
    None."""
    toks = s.c.doc.toks
    word = inflect_word(s.c.morph, toks[head], {"nomn", "sing"}, force=True).lower()
    gender = noun_gender(s.c.morph, word)
    words = [adjective_nominative(s.c.morph, t, gender)
             if gender is not None and (t.is_title_case() or lower and k > s.first and
                                        t.text.isalpha() and t.text.islower()) else None
             for k, t in enumerate(toks[s.first:head], s.first)]
    return [w for w in words if w is not None] if words and all(words) else None


def _adjective_place_word(s: _Span) -> list[_Found]:
    """"на Одоевском шоссе", "ремонт Одоевского | шоссе", "Улуг-Хемского | кожууна":
    capitalized adjectives and a singular place word in small letters after them, in the span
    or right after it (the NER left it out; or called the span an organization: "Ховдского
    аймака"), no settlement's: the place of the word's kind, its adjectives agreeing with the
    word ("Одоевское шоссе": "шоссе" does not decline). A name the gazetteer knows is its own."""
    toks, lex = s.c.doc.toks, s.c.lex
    head = s.last - 1 if s.last - s.first > 1 else s.last
    t = toks[head] if head < len(toks) else None
    kind = lex.place_words.get(t.lemma.replace("ё", "е")) if t is not None else None
    if t is None or kind is None or kind in _SETTLEMENT_KINDS or \
            s.type_ == "ORG" and (head == s.last or kind == "other") or \
            t.sent != toks[s.first].sent or not t.text.islower() or \
            not any("sing" in p.grams for p in t.parses if p.pos == "NOUN") or \
            _known(s.c.doc, s.first, head + 1, lex) or s.first in s.c.quoted:
        return []  # (a quoted name: "МО «Заречный район»")
    words = _adjectives_before(s, head)
    if words is None:
        return []
    word = inflect_word(s.c.morph, t, {"nomn", "sing"}, force=True).lower()
    return _found(s, s.first, head + 1, f"{' '.join(words)} {word}", kind)


def _adjective_landmark(s: _Span) -> list[_Found]:
    """"в Нижегородском кремле", "Преображенской церкви" (the NER may call it an organization):
    capitalized adjectives before a landmark's word in small letters (data/landmark_words.txt,
    no body's word; or in capitals, an abbreviation: "Братской ГЭС") name the building, a place
    of kind other."""
    lex, t = s.c.lex, s.c.doc.toks[s.last - 1]
    lemma = t.lemma.replace("ё", "е")
    if lemma not in lex.landmark_words:  # the tagger's lemma may miss: "парке" → "парка"
        lemma = next((p.normal for p in t.parses if p.pos == "NOUN" and
                      p.normal in lex.landmark_words), lemma)
    if s.last - s.first < 2 or not (t.text.islower() or t.text.isupper() and len(t.text) > 1) or \
            lemma not in lex.landmark_words or \
            lemma in lex.org_words or lemma in lex.thoroughfare_words or \
            _known(s.c.doc, s.first, s.last, lex) or s.first in s.c.quoted:
        return []  # (a known name keeps the gazetteer's kind: "Онежское озеро")
    words = _adjectives_before(s, s.last - 1, lower=True)
    if words is None:
        return []
    if t.parse is not None and "plur" in t.parse.grams:  # "Соловецких островах"
        return _found(s, s.first, s.last, nominative(s.c.doc, s.first, s.last, s.c.morph),
                      "other")
    word = inflect_word(s.c.morph, t, {"nomn", "sing"}, force=True) \
        if lemma == t.lemma.replace("ё", "е") or not t.text.islower() else lemma
    return _found(s, s.first, s.last, f"{' '.join(words)} {word}", "other")


def _open(a: _At) -> bool:
    return a.free and not a.in_name


def _at_found(a: _At, n: int, name: str, kind: str | None, surface: str | None = None
              ) -> list[_Found]:
    return [_Found(PlaceCandidate(a.k, a.k + n, name, kind, surface), (a.k, a.k + n))]
