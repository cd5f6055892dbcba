"""Stage 2's NER-span rules: a span trimmed to its name (``_ner_span``) and the constructions
on it (facilities, thoroughfares, streets, regions named by a noun, abbreviations, the
plain place)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ...data import lines
from ...document import Doc, Tok, key
from ...lexicon import GazetteerEntry, PlaceLexicon
from ..phrase import (
    QUOTES,
    adjective_in,
    adjective_nominative,
    inflect_word,
    nominative,
    noun_gender,
    restore_case,
)
from ..surroundings import (
    before_po,
    facility_compound,
    facility_stay,
    function_word,
    generic_facilities,
    known_place_span,
    lemma_key,
    place_not_person,
)
from .candidate import (
    _CONTAINERS,
    PlaceCandidate,
    _facility_apposition,
    _kind,
    _known,
    _known_kind,
    _name,
    _named_by,
)
from .constructions import (
    _agrees_with_word_before,
    _at_found,
    _declined_name,
    _eponym_genitive,
    _found,
    _open,
    _own_kind,
    _plural_entry,
    _settlement_before,
    _settlement_name,
    _unknown_name,
    _written_name,
)
from .decisions import _At, _Ctx, _Found, _Span
from .filters import _singular_with, _thoroughfare_abbreviation, _thoroughfare_before
from .gazetteer import (
    _SETTLEMENT_KINDS,
    _before_facility,
    _common_noun,
    _entry,
    _geox_entry,
    _reading_entry,
)


def _name_goes_on(toks: Sequence[Tok], k: int, sent: int) -> bool:
    """Does a capitalized word at ``k`` in the sentence go on with a name?"""
    return k < len(toks) and toks[k].sent == sent and toks[k].is_title_case()


def _ner_span(c: _Ctx, type_: str, first: int, last: int) -> _Span:
    doc, lex = c.doc, c.lex
    while type_ == "LOC" and last - first > 1 and doc.toks[last - 1].text in c.per_words:
        last -= 1  # "в районе Статен-Айленд Фрэнки получил…": the name is a person's
    if type_ == "LOC" and _person_after_place(doc, first, last, c.lex):
        last -= 2  # "города Шу | Айнуре Жумабековой": a known place, then a person it names
    if type_ == "LOC":
        last = _before_verb(doc, first, before_po(doc, first, last))
        last = _honorific_end(doc, first, last, c.lex)
        if last - first > 1 and doc.toks[first].pos == "PREP":
            first += 1  # "Из Конаева приехали …": the NER ran a sentence's preposition in
        last = _before_bracket(doc, first, last, lex)
    raw = (first, last)
    if type_ == "LOC":
        # "Тринидаде и Тобаго": one country; "района Биржан | сал": a name of the gazetteer
        # that opens with its place word
        first, last = known_place_span(doc, first, last, lex.places, lex.place_max,
                                       lex.place_words)
        before = doc.toks[first - 1] if first > 0 else None
        if before is not None and before.sent == doc.toks[first].sent \
                and before.is_word() and _known(doc, first - 1, last, lex) \
                and (before.text[:1].isupper() or not _known(doc, first, last, lex)):
            first -= 1  # "Сектора Газа": the NER left the name's first word out
        if last - first > 1 and _common_noun(doc.toks[first]) \
                and _known(doc, first + 1, last, lex) and not _known(doc, first, last, lex):
            first += 1  # "Делегации Ближнего Востока …": a common noun glued to a name
        last = _first_of_two(doc, first, last, lex)
    return _Span(c, type_, *raw, first, last)


def _before_bracket(doc: Doc, first: int, last: int, lex: PlaceLexicon) -> int:
    """The end of a name the NER ran on across an opening bracket it does not close ("по
    Пермскому краю | (Пермьстат)": the bracket holds another name); ``last`` when there is
    none, the span closes it ("Кировоградской (Кропивницкой) области") or the whole span is one
    name the gazetteer knows."""
    cut = next((k for k in range(first + 1, last) if doc.toks[k].text == "("), last)
    closed = any(t.text == ")" for t in doc.toks[cut:last])
    return last if cut == last or closed or _known(doc, first, last, lex) else cut


_TWO_PLACES_MAX = 4  # the words of a span that may be a town and its region


def _first_of_two(doc: Doc, first: int, last: int, lex: PlaceLexicon) -> int:
    """The end of the first of two places the gazetteer knows the NER ran into one, a town and
    the region or district it is in ("в Текели | Жетысуской области": the region is a place of
    its own, the gazetteer's scan finds it); ``last`` when the span is one known name or no
    two."""
    toks = doc.toks
    if not 1 < last - first <= _TWO_PLACES_MAX or _known(doc, first, last, lex) or \
            not all(t.is_word() for t in toks[first:last]):
        return last  # ("Кемеровской области — Кузбассе": one region by its two names)
    return next((k for k in range(first + 1, last)
                 if _kind_of(lex, toks[first:k]) in _SETTLEMENT_KINDS and
                 _kind_of(lex, toks[k:last]) in _TOWN_REGIONS), last)


_TOWN_REGIONS = frozenset({"region", "district"})  # the kinds of the places a town is in


def _kind_of(lex: PlaceLexicon, toks: Sequence[Tok]) -> str | None:
    """The gazetteer's kind of the place the words name by their lemmas."""
    entry = lex.places.get(lemma_key(toks))
    return entry.kind if entry is not None else None


def _person_after_place(doc: Doc, first: int, last: int, lex: PlaceLexicon) -> bool:
    """Does the NER place span [first, last) run on from a name the gazetteer knows into a
    person's first name and surname ("воспитателю из города Шу | Айнуре Жумабековой")?"""
    if last - first < 3 or not _known(doc, first, last - 2, lex):
        return False
    name, surname = doc.toks[last - 2], doc.toks[last - 1]
    return name.is_title_case() and surname.is_title_case() and \
        any("Name" in p.grams for p in name.parses) and \
        any("Surn" in p.grams for p in surname.parses)


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(lines("place_honorifics.txt"))


def _honorific_end(doc: Doc, first: int, last: int, lex: PlaceLexicon) -> int:
    """The end of a place's name [first, last) with the lowercase honorific after it that the
    NER left out (data/place_honorifics.txt): "поселка Айтеке | би" → "Айтеке би", "на площади
    Абылай | хана" → "Абылай хана"."""
    street = first > 0 and _urban_word(doc.toks[first - 1], lex) is not None
    if last < len(doc.toks) and _honorific_at(doc, last, street) and \
            doc.toks[last].sent == doc.toks[first].sent and \
            doc.toks[last - 1].is_title_case():
        return last + 1
    return last


def _honorific_at(doc: Doc, k: int, street: bool) -> bool:
    """Is the word at ``k`` an honorific that ends a place's name after a person's: as written
    ("поселок Айтеке | би"), or, in a street's name, in any case, the person's being the
    genitive of the one the street is named after ("улица Кенесары | хана", "проспекта Кабанбай
    | батыра")?"""
    t = doc.toks[k]
    return t.text in _honorifics() or street and t.text.islower() and \
        any(x.replace("ё", "е") in _honorifics() for x in (t.lemma, *t.lemmas))


def _before_verb(doc: Doc, first: int, last: int) -> int:
    """The end of an NER place span [first, last) before a finite verb in small letters it ran
    on over ("по улице Абая | отремонтируют", "заасфальтируют", a guessed form too): no place's
    name holds a verb."""
    return next((k for k in range(first + 1, last) if _finite_verb(doc.toks[k])), last)


def _finite_verb(t: Tok) -> bool:
    """A word in small letters read as a finite verb, by the dictionary's reading the tagger
    chose or by the tagger ("отремонтируют", "построили")."""
    return t.text.islower() and (t.pos == "VERB" or t.tag.pos in ("VERB", "AUX") and
                                 t.tag.get("VerbForm") == "Fin")


def _compound_facility(s: _Span) -> list[_Found]:
    """"на «Барыс Арене»", "в Крокус Сити Холле": a building named in the order of a foreign or
    Kazakh name, its head word last, of kind other; the head alone is put into the nominative.
    A known place that opens the name ("Алматы Арена") comes with it, nested."""
    doc, first, last = s.c.doc, s.raw_first, s.raw_last
    if last - first > 2 and doc.sents[doc.toks[first].sent].first == first and \
            _common_noun(doc.toks[first]):
        first += 1  # "Здание Крокус Сити Холла": a sentence's first word the NER took in
    prev = doc.toks[first - 1] if first > 0 else None
    if not facility_compound(doc, first, last, s.c.lex.facility_words) or prev is not None and \
            s.c.lex.place_words.get(prev.lemma.replace("ё", "е"), "other") != "other":
        return []  # "в городе Сисайд Парк": a settlement named so
    head = doc.toks[last - 1]
    lemma = next(w for w in (head.lemma.replace("ё", "е"), *sorted(head.lemmas))
                 if w in s.c.lex.facility_words)  # "Арене": "арена", not "арен"
    name = doc.span_text(first, last - 1) + " " + restore_case(lemma, head.text)
    return [_Found(PlaceCandidate(first, last, name, "other"), (first, last),
                   _before_facility(doc, first, last, s.c.lex, s.c.morph))]


def _org_in_gazetteer(s: _Span) -> list[_Found]:
    """A gazetteer name the NER calls an organization ("МКС"): a place."""
    doc, lex = s.c.doc, s.c.lex
    if s.type_ != "ORG" or not _known(doc, s.first, s.last, lex) or \
            _named_by(doc, s.first, s.last, lex) == "not":
        return []
    entry = lex.places.get(lemma_key(t for t in doc.toks[s.first:s.last] if t.is_word()))
    name = _name(doc, s.first, s.last, entry, s.c.morph)
    return _found(s, s.first, s.last, name, _kind(doc, s.first, s.last, name, s.c.lex))


def _generic_facility(s: _Span) -> bool:
    """Are the span's words, up to a quote, a kind of building of data/generic_facilities.txt
    ("Доме культуры", "Дворец спорта")?"""
    words = []
    for t in s.toks:
        if t.text in QUOTES:
            break
        if t.is_word():
            words.append(t)
    return lemma_key(words) in generic_facilities()


def _named_facility(s: _Span) -> list[_Found]:
    """"Дом дружбы": a named building or public place, of kind other."""
    h = s.head
    if h is None or s.head_lemma not in s.c.lex.facility_words or \
            not s.toks[h].is_title_case():
        return []
    last = _joined_genitive_end(s.c.doc, s.first + h, s.last)
    if _people_of(s.c.doc.toks[last - 1]) and \
            _name_goes_on(s.c.doc.toks, last, s.c.doc.toks[last - 1].sent):
        return []  # "Дворца школьников | Сатпаева": an organization's name
    return _found(s, s.first, last, nominative(s.c.doc, s.first, last, s.c.morph), "other")


def _people_of(t: Tok) -> bool:
    """Is the word, in small letters, the genitive plural of people ("школьников",
    "офицеров", "горняков")?"""
    return t.text.islower() and t.pos == "NOUN" and t.parse is not None and \
        t.parse.has("anim", "plur", "gent")


def _thoroughfare_span(s: _Span) -> list[_Found]:
    """"Бульвар Победы закрыт", "Проспект Мира перекроют": a name the NER (as a place or an
    organization) opens with a thoroughfare word, capitalized by the sentence: the street, of
    kind other."""
    t = s.toks[0]
    if len(s.toks) < 2 or t.lemma.replace("ё", "е") not in s.c.lex.thoroughfare_words or \
            not t.is_title_case() or t.parse is None or "plur" in t.parse.grams:
        return []
    word = inflect_word(s.c.morph, t, {"nomn", "sing"}, force=True).lower()
    return _found(s, s.first, s.last, f"{word} {_street_name(s.c, word, s.first + 1, s.last)}",
                  "other")


def _joined_genitive_end(doc: Doc, head: int, last: int) -> int:
    """The end of a facility's name that the NER cut before "и" and a lowercase genitive
    joined to its complement ("Дворце Мира | и согласия"); not after a head in the genitive,
    where the genitive after "и" may be a thing of its own ("возле Дома дружбы | и
    памятника")."""
    toks = doc.toks
    if last + 1 >= len(toks) or toks[last].low != "и" or toks[head].case == "gent" or \
            toks[last - 1].case != "gent" or toks[last + 1].sent != toks[head].sent:
        return last
    nxt = toks[last + 1]
    return last + 2 if nxt.text.islower() and nxt.pos == "NOUN" and nxt.case == "gent" else last


def _stay_facility(s: _Span) -> list[_Found]:
    """"доставлен в Боткинскую больницу": a hospital named as the building a person is taken to
    or lies in, a place of kind other (the organization leaves it: ``facility_stay``)."""
    if not facility_stay(s.c.doc, s.first, s.last) or \
            not any(t.is_title_case() for t in s.toks):
        return []
    return _found(s, s.first, s.last, nominative(s.c.doc, s.first, s.last, s.c.morph), "other")


def _facility_by_word(s: _Span) -> list[_Found]:
    """"в аэропорту Шереметьево", "с космодрома Байконур": a name in apposition to the word of
    a facility named after a place (``_facility_apposition``) names the facility, a place of
    kind other named with its word ("аэропорт Шереметьево"), not the town it shares the name
    with."""
    doc = s.c.doc
    if not _facility_apposition(doc, s.first, s.last, s.c.lex):
        return []
    word = inflect_word(s.c.morph, doc.toks[s.first - 1], {"nomn", "sing"}, force=True).lower()
    return _found(s, s.first - 1, s.last, f"{word} {doc.span_text(s.first, s.last)}", "other")


def _region_by_noun(s: _Span) -> list[_Found]:
    """"в области Абай" (Kazakhstan's regions named by a noun): the word belongs to the name,
    also when the noun alone names another known place ("области Улытау": not the village
    Улытау, the gazetteer's "область Улытау")."""
    prev = s.prev
    if s.type_ != "LOC" or prev is None or prev.sent != s.toks[0].sent or \
            prev.lemma != "область" or \
            any(t.parse is not None and t.parse.pos == "ADJF" for t in s.toks):
        return []
    whole = s.c.lex.places.get(lemma_key([prev, *s.toks]))
    if _known(s.c.doc, s.first, s.last, s.c.lex) and (whole is None or whole.kind != "region"):
        return []
    word = inflect_word(s.c.morph, prev, {"nomn", "sing"}, force=True).lower()
    return _found(s, s.first - 1, s.last, f"{word} {s.c.doc.span_text(s.first, s.last)}",
                  "region")


def _genitive_reading(t: Tok) -> bool:
    """Can the word be a genitive ("улице Киева": the city's street; not "улице Казахстан", a
    name in apposition)?"""
    return any("gent" in p.grams for p in t.parses)


def _surname_reading(t: Tok) -> bool:
    """Does the dictionary know the word as a surname ("Кирова", "Королева"; not "Киева")?"""
    return any(p.known and "Surn" in p.grams for p in t.parses)


def _street(s: _Span) -> list[_Found]:
    """"на улице Абая": the street is the place, named by its whole phrase; but "на
    Молодогвардейской улице Москвы", "на улицах Парижа", "на улице Киева" name the city the
    street is in (a city named after a person names the street after the person: "на улице
    Кирова", "улицу Королева"; one in apposition names the street: "на улице Казахстан")."""
    doc, lex, prev, first = s.c.doc, s.c.lex, s.prev, s.first
    abbreviated = _thoroughfare_abbreviation(doc, first, lex)
    if abbreviated is not None and s.type_ == "LOC":
        # "ул. Абая, 96": the street, named by its word in full
        name = _street_name(s.c, abbreviated, first, s.last)
        return _found(s, first, s.last, f"{abbreviated} {name}", "other")
    word = _urban_word(prev, lex) if prev is not None else None
    pair = _urban_pair(doc, first, lex) if word is None else None  # "жилого массива | …"
    word = word or pair
    if s.type_ != "LOC" or prev is None or prev.sent != s.toks[0].sent or \
            not doc.small_or_opening(first - 1) or word is None:
        return []
    city_street = (first > 1 and adjective_in(doc.toks[first - 2], prev.case) is not None
                   and doc.toks[first - 2].text[:1].isupper()) or (
        prev.parse is not None and "plur" in prev.parse.grams and
        not _singular_with(prev, doc.toks[first])) or \
        _known_kind(doc, first, s.last, lex) in _STREET_CONTAINERS and \
        not (s.last - first == 1 and _surname_reading(doc.toks[first])) and \
        _genitive_reading(doc.toks[s.last - 1])
    if city_street:
        return []
    return _found(s, first - (2 if pair else 1), s.last,
                  f"{word} {_street_name(s.c, word, first, s.last)}", "other")


def _urban_pair(doc: Doc, k: int, lex: PlaceLexicon) -> str | None:
    """The two-word place word of kind other right before token ``k``, an adjective and a
    singular noun (data/place_words.txt: "жилого массива | Шанырак" → "жилой массив"), or
    None."""
    if k < 2:
        return None
    adj, noun = doc.toks[k - 2], doc.toks[k - 1]
    if adj.sent != doc.toks[k].sent or noun.sent != adj.sent or not adj.text.islower() or \
            noun.parse is None or "plur" in noun.parse.grams:
        return None
    pair = f"{adj.lemma} {noun.lemma}".replace("ё", "е")
    return pair if lex.place_words.get(pair) == "other" else None
# and the river or the sea an embankment or a bridge stands on ("на набережной Иртыша"), and
# the land a park is in ("в парке Подмосковья", "Прибайкалья")
_STREET_CONTAINERS = _CONTAINERS | {"other", "area"}


def _urban_word(t: Tok, lex: PlaceLexicon) -> str | None:
    """The lemma of the word for an urban place of kind other the singular word ``t`` reads
    as (data/place_words.txt: "улице", "бульваре", "парке" whose tagger's lemma is "парка"),
    or None."""
    lemmas = [t.lemma, *(p.normal for p in t.parses if p.pos == "NOUN" and "sing" in p.grams)]
    return next((w for w in (x.replace("ё", "е") for x in lemmas)
                 if lex.place_words.get(w) == "other"), None)


def _street_name(c: _Ctx, word: str, first: int, last: int) -> str:
    """The name [first, last) after a thoroughfare word (its nominative ``word``, its noun last
    when it has two: "жилой массив") as the nominative of the place writes it: adjectives that
    agree with the word in its gender ("улице | Ленинградской" → "Ленинградская"), any other
    name as written ("Абая")."""
    gender = noun_gender(c.morph, word.rsplit(" ", 1)[-1])
    words = [adjective_nominative(c.morph, t, gender) if gender is not None else None
             for t in c.doc.toks[first:last]]
    if not all(words):
        return c.doc.span_text(first, last)
    return " ".join(w for w in words if w is not None)


def _street_named(a: _At) -> list[_Found]:
    """A person's name or a capitalized word the NER left out right after a thoroughfare word
    names the street ("на проспекте | Назарбаева", "ул. | Динмухамеда Кунаева", "ул. |
    Ленина, д. 5"): the street, of kind other, not the person."""
    c, k = a.c, a.k
    toks = c.doc.toks
    t = toks[k]
    if not _open(a) or t.ner not in (None, "PER") or not t.is_title_case() or \
            function_word(t):
        return []
    word = _thoroughfare_before(c.doc, k, c.lex)
    if word is None:
        return []
    n = 1
    while n < _MAX_STREET_NAME and k + n < len(toks) and _street_name_word(t, toks[k + n]):
        n += 1  # "улица Максима | Горького", "проспект Маршала | Жукова"
    if k + n < len(toks) and toks[k + n].sent == t.sent and _honorific_at(c.doc, k + n, True):
        n += 1  # "проспект Жангир | хана"
    # ("на ул. Уинской": an adjective agreeing with the word, in the nominative)
    return _at_found(a, n, f"{word} {_street_name(c, word, k, k + n)}", "other")


_MAX_STREET_NAME = 3


def _street_name_word(first: Tok, t: Tok) -> bool:
    """Does the capitalized word ``t`` go on with the name of a street that ``first`` opens:
    of the NER's name, or a genitive it left out ("улица Максима | Горького")?"""
    return t.sent == first.sent and t.is_title_case() and t.is_word() and \
        not place_not_person(t) and (
        first.ner == "PER" and t.ner == "PER" or
        t.ner in (None, "PER") and first.case == "gent" and t.case == "gent")


def _domain(doc: Doc, k: int) -> bool:
    """A word glued to a dot before it is a top-level domain ("в зоне .РФ", "сайт .KZ"), not
    the country."""
    return k > 0 and doc.toks[k - 1].text == "." and doc.toks[k - 1].stop == doc.toks[k].start


def _ner_abbreviation(s: _Span) -> list[_Found]:
    """"ЗКО", "РК": the gazetteer's full name, the abbreviation kept as written."""
    toks = s.toks
    if s.type_ != "LOC" or len(toks) != 1 or toks[0].text not in s.c.lex.place_alias:
        return []
    e = s.c.lex.place_alias[toks[0].text]
    return _found(s, s.first, s.last, e.name, e.kind, toks[0].text)


def _ner_place(s: _Span) -> list[_Found]:
    """A LOC span: the gazetteer's name or the text's in the nominative; the kind of a place
    word it stands in apposition to ("в селе Цибулёво"), else the gazetteer's or its head's."""
    if s.type_ != "LOC":
        return []
    doc, lex = s.c.doc, s.c.lex
    known = _by_parts(s) or _by_geox_reading(s)
    if known is None and s.last - s.first > 1 and s.toks[-1].text in _honorifics():
        return _honored(s)
    settlement = _settlement_before(doc, s.first, lex) if s.last - s.first == 1 else None
    entry = known or _entry(lex, s.toks)
    own = _own_kind(s.c, settlement, entry) if settlement is not None and entry is not None \
        else None
    if settlement is not None and _eponym_genitive(doc, s.first):  # "в поселке Кирова"
        return _found(s, s.first, s.last, f"{settlement} {s.toks[0].text}",
                      lex.place_words[settlement])
    if own is not None:  # "из села | Кызылжар": a village, not the city of that other name
        return _found(s, s.first, s.last, _declined_name(doc, s.first) or s.toks[0].text, own)
    adjective = _settlement_name(s.c, s.first, settlement) \
        if settlement is not None and lemma_key(s.toks) not in lex.places else None
    unknown = _unknown_name(s.c, s.first, s.last, entry)
    if known is not None:
        name = known.name
    elif adjective is not None:
        name = adjective
    elif settlement is not None and lemma_key(s.toks) not in lex.places and (
            _declined_name(doc, s.first) or not _agrees_with_word_before(doc, s.first)):
        # declined with the settlement word ("в селе Ивановке"), or in apposition as written
        # ("аула Көктал")
        name = _declined_name(doc, s.first) or doc.toks[s.first].text
    elif unknown is not None:  # "в Жетыгене" → "Жетыген", "в Жанаозене" → "Жанаозен"
        name = unknown[0]
    else:
        name = _name(doc, s.first, s.last, _entry(lex, s.toks), s.c.morph)
        if entry is not None and key(name) == key(doc.span_text(s.first, s.last)):
            name = _other_reading(s) or name  # "из Байконыра": "Байконыр"
    kind = _named_by(doc, s.first, s.last, lex) or (unknown[1] if unknown else None) or \
        (known.kind if known is not None else None) or _kind(doc, s.first, s.last, name, lex)
    word = _landmark_word(s.c, s.first) if kind == "other" else None
    if word is not None:  # "на реке Утве": "река Утва", the name alone its alias
        return _found(s, s.first, s.last, f"{word} {name}", kind, name)
    return _found(s, s.first, s.last, name, kind)


def _landmark_word(c: _Ctx, k: int) -> str | None:
    """The word of a natural landmark (data/worded_landmarks.txt) in small letters and the
    singular right before the name at ``k`` in its sentence ("реке | Утве"), in the nominative;
    else None."""
    prev = c.doc.toks[k - 1] if k > 0 else None
    if prev is None or prev.sent != c.doc.toks[k].sent or not prev.text.islower() or \
            prev.lemma.replace("ё", "е") not in _worded_landmarks() or \
            prev.parse is None or "plur" in prev.parse.grams:
        return None
    return inflect_word(c.morph, prev, {"nomn", "sing"}, force=True).lower()


@cache
def _worded_landmarks() -> frozenset[str]:
    """The words of natural landmarks named with their word (data/worded_landmarks.txt)."""
    return frozenset(lines("worded_landmarks.txt"))


def _honored(s: _Span) -> list[_Found]:
    """A place named after a person with an honorific, as written (it does not decline), of
    the kind of the settlement word before it: "в поселке Айтеке би" → "Айтеке би", a village."""
    doc, lex = s.c.doc, s.c.lex
    name = doc.span_text(s.first, s.last)
    settlement = _settlement_before(doc, s.first, lex)
    kind = lex.place_words[settlement] if settlement is not None else \
        _kind(doc, s.first, s.last, name, lex)
    return _found(s, s.first, s.last, name, kind)


def _by_geox_reading(s: _Span) -> GazetteerEntry | None:
    """The gazetteer's entry a one-word span names by its place reading when its first reading
    names none (``_geox_entry``)."""
    toks = [t for t in s.toks if t.is_word()]
    if len(toks) != 1 or lemma_key(toks) in s.c.lex.places:
        return None
    # a place reading first; else any ("в Конаеве": Конаева, Конаев → the city Конаев)
    return _geox_entry(toks[0], s.c.lex) or _reading_entry(toks[0], s.c.lex, geox=False) or \
        _plural_entry(toks[0], s.c)


def _other_reading(s: _Span) -> str | None:
    """The name of a one-word span the dictionary does not know, read as its own nominative,
    by the one other singular noun reading whose lemma the gazetteer knows, as a name or an
    alias written ("из Байконыра": not "байконыра", a nominative the guesser made up, but
    "байконыр", the alias of Байконур), capitalized as the text."""
    toks = [t for t in s.toks if t.is_word()]
    if len(toks) != 1:
        return None
    t = toks[0]
    if any(p.known for p in t.parses):
        return None
    found = {p.normal for p in t.parses if p.pos == "NOUN" and "sing" in p.grams and
             p.normal != t.low and _written_name(s.c, p.normal)}
    return restore_case(found.pop(), t.text) if len(found) == 1 else None


def _by_parts(s: _Span) -> GazetteerEntry | None:
    """The gazetteer's entry of a hyphenated name whose parts both decline, read part by part
    when the dictionary reads the word as a whole wrong ("в Каменске-Уральском": "Каменск-
    Уральский", not "Каменске-Уральск"); None when the span's own lemmas find one, or the
    parts spell an alias only ("Санта-Крус" may be another place)."""
    lex, toks = s.c.lex, [t for t in s.toks if t.is_word()]
    if not any("-" in t.text for t in toks) or lemma_key(toks) in lex.places:
        return None
    parts = tuple("-".join(s.c.morph.lemma(p) for p in t.low.split("-")).replace("ё", "е")
                  for t in toks)
    entry = lex.places.get(parts)
    return entry if entry is not None and entry.lemmas == parts else None  # its own name only
