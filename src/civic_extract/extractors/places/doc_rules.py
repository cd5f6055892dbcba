"""Stage 1, the constructions over the whole document (``RULES``): names sharing one plural
place word, quoted venues, trade facilities, a place word's antecedent."""

from __future__ import annotations

from functools import cache

from ...data import lines
from ...document import Doc
from ...rules import Rule
from ...text.morph import PERSON_GRAMS
from ..phrase import (
    adjective_nominative,
    eponym_after,
    inflect_word,
    is_opening,
    nominative,
    noun_gender,
    restore_case,
)
from ..surroundings import generic_facilities, lemma_key, venue_start, venue_word
from .candidate import _GENDERS, PlaceCandidate
from .decisions import _Ctx, _Found
from .filters import _ELIDED_WINDOW
from .gazetteer import (
    _ELIDED_KINDS,
    _SETTLEMENT_KINDS,
    _before_facility,
    _distributed,
    _place_adjective_endings,
)
from .spans import _landmark_word, _name_goes_on, _people_of

# ---- stage 1: the document

def _shared_place_word(c: _Ctx) -> list[_Found]:
    return [_Found(p, (p.first_tok, p.last_tok)) for p in _distributed(c.doc, c.morph, c.lex)]


_MAX_ELIDED_ITEMS = 6
_ITEM_WORDS = 3  # the words of a list item that may stand between the place word and the next


def _elided_place_word(c: _Ctx) -> list[_Found]:
    """A place word given once before a list whose other items are capitalized adjectives
    alone, in its case and gender: "района Магжана Жумабаева, Айыртауского и Тайыншинского",
    "в районах Биржан сал, Бурабайском и Зерендинском", "Айыртауского района и Тайыншинского":
    each adjective is a place of the word's kind ("Тайыншинский район"; a settlement's name is
    the adjective alone: "в поселках Заречном и | Майском" → "Майский"), its mention alone."""
    doc, toks = c.doc, c.doc.toks
    out: list[_Found] = []
    for h, t in enumerate(toks):
        kind = c.lex.place_words.get(t.lemma.replace("ё", "е"))
        reading, case = t.parse, t.case
        if kind is None or reading is None or case is None:
            continue
        word = inflect_word(c.morph, t, {"nomn", "sing"}, force=True).lower()
        gender = next((g for g in _GENDERS if g in (c.morph.parse(word) or [reading])[0].grams),
                      "")
        for k in _list_items(doc, h + 1) if gender else ():
            # its adjective reading in the word's case and gender, a stressed "-ой" last
            # ("Зерендинском": "зерендинский", not "зерендинской")
            # (a settlement's name in "-ова", "-ина" is a person's, as written: "сел Бирлик и
            # Муткенова", no possessive adjective "Муткеново")
            p = min((q for q in toks[k].parses if q.pos in ("ADJF", "PRTF") and
                     {case, gender, "sing"} <= q.grams and
                     not (kind in _SETTLEMENT_KINDS and "Poss" in q.grams)), default=None,
                    key=lambda q: q.normal.endswith("ой"))
            if p is None:
                continue
            form = c.morph.inflect(p, {"nomn", "sing", gender})
            name = restore_case(form, toks[k].text) if form else toks[k].text
            if kind not in _SETTLEMENT_KINDS:  # (a settlement is named by its adjective alone:
                name += " " + word  # "в поселках Заречном и Майском" → "Майский")
            out.append(_Found(PlaceCandidate(k, k + 1, name, kind), (k, k + 1)))
    return out


def _list_items(doc: Doc, k: int) -> list[int]:
    """The one-word items of a list that goes on at token ``k`` after "," or "и" (its first
    item may be a name of a few words: "района | Магжана Жумабаева, Айыртауского и …"): the
    capitalized words that stand alone between the list's marks, up to "и" and the item after
    it."""
    toks = doc.toks
    out: list[int] = []
    items = 0
    while k < len(toks) and items < _MAX_ELIDED_ITEMS:
        start = k
        if toks[k].text in (",", "и"):
            last = toks[k].text == "и"
            k += 1
        elif items:
            break
        else:
            last = False
        end = k
        while end < len(toks) and end - k < _ITEM_WORDS and toks[end].is_word() and \
                toks[end].text != "и" and toks[end].sent == toks[start].sent:
            end += 1
        if last and end - k > 1 and toks[k + 1].pos not in ("NOUN", "ADJF", "PRTF") and \
                not toks[k + 1].text[:1].isupper():
            end = k + 1  # the list's last item, its clause after it ("… и Зерендинском | прошли")
        if end == k or end < len(toks) and toks[end].is_word() and toks[end].text != "и" \
                and not last:
            break  # no item, or a longer phrase: no list of names
        if end - k == 1 and start != k and toks[k].text[:1].isupper():
            out.append(k)
        items += 1
        k = end
        if last:
            break
    return out


def _quoted_venue(c: _Ctx) -> list[_Found]:
    """"на стадионе «Лужники»", "во Дворце культуры «Энергетик»": a quoted name right after a
    venue's word (data/venue_words.txt) or a kind of building (data/generic_facilities.txt)
    names the building, a place of kind other, by the word in the nominative singular and the
    quoted words ("Дворец культуры «Энергетик»", "стадион «Лужники»"), the quoted words its
    alias; a named part of a town or a monument (data/bare_named_parts.txt,
    quoted_name_venues.txt) by the quoted words alone ("микрорайон «Самал»": "Самал"); a known
    place that opens the name comes with it, nested ("на стадионе «Астана Арена»")."""
    doc, out = c.doc, []
    for first, last in doc.quotes.names:
        start = venue_start(doc, first - 1) if first >= 2 and is_opening(doc, first - 1) \
            else None
        if start is None:
            continue
        quoted = doc.span_text(first, last)
        word = _venue_word(c, start, first - 1)
        name, alias = f"{word} «{quoted}»", quoted
        if word.lower() in _bare_named_parts() | _quoted_name_venues():
            name, alias = alias, name
        out.append(_Found(PlaceCandidate(first, last, name, "other", alias), (first, last),
                          _before_facility(doc, first, last, c.lex, c.morph)))
    return out


# the words of a building the text capitalizes as a name ("Дворец культуры", "Ледовый дворец");
# any other venue's word opening a sentence is a common noun ("Стадион «…»": "стадион")
_CAPITALIZED_BUILDINGS = frozenset({"дом", "дворец", "дк"})


def _venue_word(c: _Ctx, start: int, q: int) -> str:
    """The venue's word [start, q) in the nominative singular ("в парке": "парк", "Дворцов
    спорта": "Дворец спорта"), an abbreviation as written ("ДК"), in small letters when a
    sentence opens with it and it is no capitalized building's ("Стадион | «Металлург»")."""
    toks = c.doc.toks
    t = toks[start]
    lemma = venue_word(t) if q - start == 1 else None
    if t.text.isupper():
        word = c.doc.span_text(start, q)
    elif lemma is not None:
        word = t.text[:1] + lemma[1:]
    else:
        word = nominative(c.doc, start, q, c.morph, keep_number=False)
    opens = start == 0 or toks[start - 1].sent != t.sent
    if opens and not any(w.lemma.replace("ё", "е") in _CAPITALIZED_BUILDINGS
                         for w in toks[start:q]):
        return word[:1].lower() + word[1:]
    return word


_FACILITY_WORDS_MAX = 3  # the words of a kind of building ("дом детского творчества")


def _trade_facility(c: _Ctx) -> list[_Found]:
    """"в Доме культуры нефтяников", "ремонт Дворца культуры горняков", "в Доме офицеров",
    "Дворца школьников": a capitalized kind of building (data/generic_facilities.txt) or
    building's word (data/facility_words.txt) and the genitive plural of the people it is for
    name the building, a place of kind other, in the nominative; not a genitive of things
    ("Дома культуры района") nor one in small letters ("дом культуры горняков"), nor a
    building's word whose name goes on ("Дворца школьников Сатпаева": an organization). The
    name of the person it is named after goes with it ("Дворца культуры металлургов имени
    С. Орджоникидзе")."""
    doc, toks, out = c.doc, c.doc.toks, []
    for k, t in enumerate(toks):
        if not t.is_title_case():
            continue
        n = next((n for n in range(2, _FACILITY_WORDS_MAX + 1) if k + n < len(toks) and
                  lemma_key(toks[k:k + n]) in generic_facilities()), 0)
        if not n and k + 1 < len(toks) and t.lemma.replace("ё", "е") in c.lex.facility_words \
                and not _name_goes_on(toks, k + 2, t.sent):
            n = 1
        people = toks[k + n] if n else None
        if people is None or people.sent != t.sent or not _people_of(people):
            continue
        name, end = nominative(doc, k, k + n + 1, c.morph), k + n + 1
        eponym = eponym_after(doc, end, doc.sents[t.sent].last) if end < len(toks) else None
        if eponym is not None:  # "Дворец культуры металлургов | имени С. Орджоникидзе"
            name, end = f"{name} {doc.span_text(end, eponym)}", eponym
        out.append(_Found(PlaceCandidate(k, end, name, "other"), (k, end)))
    return out


_NAME_DASHES = frozenset({"-", "\u2013", "\u2014"})


def _dashed_landmark(c: _Ctx) -> list[_Found]:
    """"на канале Нура – Есиль", "хребет Кызыл – Адыр": the word of a natural landmark
    (data/worded_landmarks.txt) in small letters and the singular, and two capitalized words
    joined by a spaced dash (the two places a canal links, a name of two parts) name one
    landmark, a place of kind other, the word in the nominative and the name as written; the
    name alone its alias (the NER reads the dash's ends as two places)."""
    doc, toks, out = c.doc, c.doc.toks, []
    for k in range(1, len(toks) - 2):
        a, dash, b = toks[k], toks[k + 1], toks[k + 2]
        if dash.text not in _NAME_DASHES or not a.is_title_case() or not a.is_word() or \
                not b.is_title_case() or not b.is_word() or \
                not a.sent == dash.sent == b.sent or \
                k + 3 < len(toks) and toks[k + 3].text in _NAME_DASHES:
            continue  # (a chain "А – Б – В" is a route, no landmark's name)
        word = _landmark_word(c, k)
        if word is not None:
            name = doc.span_text(k, k + 3)
            out.append(_Found(PlaceCandidate(k, k + 3, f"{word} {name}", "other", name),
                              (k, k + 3)))
    return out


def _antecedent_place_word(c: _Ctx) -> list[_Found]:
    """"первое место среди районов занял Завьяловский, второе — Сарапульский": a plural district
    or region word in small letters with no name of its own, and after it in its sentence
    capitalized place adjectives standing alone (``_substantivized``): each names a place of
    the word's kind, the adjective with the word in the singular ("Сарапульский район")."""
    toks, out = c.doc.toks, []
    for h, t in enumerate(toks):
        kind = c.lex.place_words.get(t.lemma.replace("ё", "е"))
        if kind not in _ELIDED_KINDS or not t.text.islower() or t.parse is None or \
                "plur" not in t.parse.grams or h and _name_before(c.doc, h):
            continue  # ("в Моркинском и Сернурском районах": the names are the word's own)
        word = inflect_word(c.morph, t, {"nomn", "sing"}, force=True).lower()
        gender = noun_gender(c.morph, word)
        if gender is None:
            continue
        for k in range(h + 1, min(c.doc.sents[t.sent].last, h + 1 + _ELIDED_WINDOW)):
            adjective = adjective_nominative(c.morph, toks[k], gender) \
                if _substantivized(c, k) else None
            if adjective is not None:
                out.append(_Found(PlaceCandidate(k, k + 1, f"{adjective} {word}", kind),
                                  (k, k + 1)))
    return out


def _substantivized(c: _Ctx, k: int) -> bool:
    """Does the word at ``k`` stand for a place named by an adjective alone: capitalized, a
    place adjective (data/place_adjective_endings.txt) that is no surname ("Вишневский"), no
    noun or adjective after it ("Татарский культурный центр") and no capitalized word before it
    (a person's name)?"""
    toks = c.doc.toks
    t = toks[k]
    if not t.is_title_case() or k in c.taken or not t.parses or \
            any("Surn" in p.grams or p.pos == "NOUN" and p.known for p in t.parses) or \
            not any(p.pos == "ADJF" and p.normal.endswith(_place_adjective_endings())
                    for p in t.parses):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return not (nxt is not None and nxt.is_word() and nxt.pos in _PHRASE_GOES_ON) and \
        not _name_before(c.doc, k)


# what a word after an adjective may be when the adjective is that word's attribute, no name
# standing alone ("Татарский культурный центр", "Завьяловский район")
_PHRASE_GOES_ON = frozenset({"NOUN", "ADJF", "ADJS", "PRTF"})


def _name_before(doc: Doc, k: int) -> bool:
    """Is the word before ``k`` a capitalized one of its sentence that may be a name: any but
    the sentence's first, which is capitalized anyway ("Среди районов"), unless it reads as a
    person's name ("Андрей Кировский")?"""
    prev = doc.toks[k - 1]
    if not prev.is_word() or not prev.is_title_case() or prev.sent != doc.toks[k].sent:
        return False
    return doc.sents[prev.sent].first != k - 1 or \
        any(PERSON_GRAMS & p.grams for p in prev.parses)


# The constructions over the whole document, before the NER's spans.
RULES: tuple[Rule[_Ctx, _Found], ...] = (
    Rule("distributed_place_word", _shared_place_word),
    Rule("elided_place_word", _elided_place_word),
    Rule("quoted_venue", _quoted_venue),
    Rule("trade_facility", _trade_facility),
    Rule("dashed_landmark", _dashed_landmark),
    Rule("antecedent_place_word", _antecedent_place_word),
)


@cache
def _quoted_name_venues() -> frozenset[str]:
    """The venue's words a quoted name after them names alone (data/quoted_name_venues.txt)."""
    return frozenset(lines("quoted_name_venues.txt"))


@cache
def _bare_named_parts() -> frozenset[str]:
    """The words of the named parts of a town named without them (data/bare_named_parts.txt)."""
    return frozenset(lines("bare_named_parts.txt"))
