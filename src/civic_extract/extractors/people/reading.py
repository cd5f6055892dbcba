"""A name read into the nominative (``person_from_tokens``): the gender a relative pronoun
or the predicate gives it, and the case and surname clues of its words."""

from __future__ import annotations

from ...document import Doc, Tok, initial_at
from ...lexicon import PeopleLexicon
from ...text.morph import Morphology, WordParse
from ..names import NameContext, name_in_nominative
from ..phrase import preposition_cases
from .candidate import (
    _PATRONYMIC,
    PersonCandidate,
    _in_text_order,
    _name_words,
    _order,
    _role_score,
    _roles,
)


def _governed(doc: Doc, first: int) -> frozenset[str]:
    """The cases the preposition right before a name allows it ("на | Т. А. Воронину")."""
    t = doc.toks[first - 1] if first > 0 else None
    if t is None or t.sent != doc.toks[first].sent:
        return frozenset()
    return preposition_cases().get(t.low, frozenset())


def person_from_tokens(doc: Doc, first: int, last: int, morph: Morphology,
                       lex: PeopleLexicon, case_hint: str | None = None,
                       surname_first: bool = False) -> PersonCandidate | None:
    """The person a name span [first, last) spells, each part in the nominative (``case_hint``:
    the case its context gives it, see ``name_in_nominative``; ``surname_first``: a name of two
    words that its list gives in the official order, "Фамилия Имя")."""
    words, initials, prefixes = _name_words(doc, first, last)
    if not words:
        return None
    order = ["Surn", "Name"] if surname_first and len(words) == 2 and not initials else \
        _order(words, _roles(words), initials)
    role_of = [_declines_as(w, r) for w, r in zip(words, order)]
    subject = _subject_place(doc, first)
    gender = _predicate_gender(doc, first, last, lex, subject or case_hint == "nomn")
    relative = _relative_gender(doc, last) if gender is None else None
    context = NameContext(case_hint, gender or relative, _governed(doc, first),
                          not subject and relative is None)
    case, gender, normal = name_in_nominative(words, role_of, morph, lex, context)
    oblique = case != "nomn" and any(_inflected(w, n) for n, w in zip(normal, words))
    normal = [prefixes.get(i, "") + w for i, w in enumerate(normal)]
    nominative = case == "nomn" and (case_hint == "nomn" or
                                     words[-1].tag.get("Case") in (None, "Nom"))
    parts: dict[str, str] = {}
    particles: list[str] = []
    for w, r in zip(normal, order):
        if r == "Part":
            if w[:1].isupper():
                particles.append(w)  # a capitalized one is the surname's: "Ди Каприо"
            continue  # a lowercase one stays in the name only: "Людвиг ван Бетховен"
        if r == "Surn" and particles:
            w = " ".join([*particles, w])
            particles = []
        parts[r] = parts[r] + " " + w if r in parts else w
    pieces = _in_text_order(doc, first, last, normal)
    name = "".join(pieces).strip()
    if len(words) == 1 and len(pieces) > 1 and not initials:
        # "Елизавета II": a regnal name identifies the person as a surname does
        return PersonCandidate(first, last, name, normal[0], None, None, (),
                               nominative=nominative, gender=gender, oblique=oblique, case=case)
    return PersonCandidate(first, last, name, parts.get("Surn"), parts.get("Name"),
                           parts.get("Patr"), tuple(initials), nominative=nominative,
                           gender=gender, oblique=oblique, case=case)


_MAX_RELATIVE_ORIGIN = 5
_RELATIVE = frozenset({"который"})


def _relative_gender(doc: Doc, last: int) -> str | None:
    """The gender of a singular "который" that opens a relative clause right after a name, or
    after the place its bearer comes from, in any case of the name ("Ерлану Нурмухамедову из
    Уральского района, который …": a man; "Гульнару Ахметову, которая …": a woman); else None."""
    toks = doc.toks
    k = last
    if k < len(toks) and toks[k].low == "из":
        k += 1
        while k < len(toks) and k - last <= _MAX_RELATIVE_ORIGIN and toks[k].is_word() and \
                (toks[k].case == "gent" or toks[k].is_title_case()):
            k += 1
    if k + 1 >= len(toks) or toks[k].text != "," or toks[k + 1].sent != toks[last - 1].sent:
        return None
    p = toks[k + 1].parse
    if p is None or toks[k + 1].lemma not in _RELATIVE or "sing" not in p.grams:
        return None
    return next((g for g in _PREDICATE_GENDERS if g in p.grams), None)


def _declines_as(word: Tok, part: str) -> str:
    """The role a name word declines in for its part: a middle name that is no patronymic
    ("Мартина Лютера Кинга", "Джорджем Уокером Бушем") declines as a first name does; a word
    of no known part, as a surname."""
    if part == "Patr" and not _PATRONYMIC.search(word.text) and \
            not any("Patr" in p.grams for p in word.parses):
        return "Name"
    return part if part not in ("?", "Part") else "Surn"


def _inflected(word: Tok, nominative: str) -> bool:
    """Does the name word stand in a case form of its own, changed from its nominative, by the
    dictionary or by the tagger ("Петра", "Иванову"; not a guess for a foreign word the tagger
    reads as a nominative: "Наттавута сообщил")?"""
    return nominative.lower().replace("ё", "е") != word.low.replace("ё", "е") and (
        any(p.known for p in word.parses) or word.tag.get("Case") not in (None, "Nom"))


_PREDICATE_GENDERS = {"masc": "masc", "femn": "femn"}


# Words before a name that may make it their complement ("под руководством Ивана Петрова
# выступила команда"): then the verb after it is not its own.
_GOVERNORS = frozenset({"NOUN", "ADJF", "PRTF", "PREP", "NUMR", "NPRO"})


def _subject_place(doc: Doc, first: int) -> bool:
    """May a name at token ``first`` be the subject of what follows it: no word before it may
    govern it (only a nominative noun, a title, may stand there; before initials, which say
    no gender, also a nominative noun and its genitive complement: "Заместитель акима
    области | Г.Б. Ахметова поручила")?"""
    sent_first = doc.sents[doc.toks[first].sent].first
    prev = doc.toks[first - 1] if first > sent_first else None
    if prev is None or prev.parse is None or prev.parse.pos not in _GOVERNORS or \
            prev.parse.pos == "NOUN" and prev.case == "nomn":
        return True
    if not initial_at(doc.toks, first):
        return False
    j = first - 1
    while j > max(sent_first, first - 1 - _MAX_TITLE_COMPLEMENT) and \
            doc.toks[j].case == "gent" and doc.toks[j].pos in _COMPLEMENT_POS:
        j -= 1
    return j < first - 1 and doc.toks[j].pos == "NOUN" and doc.toks[j].case == "nomn" and \
        (j == sent_first or doc.toks[j - 1].pos not in _GOVERNORS)


_COMPLEMENT_POS = frozenset({"NOUN", "ADJF", "PRTF"})


def _predicate_gender(doc: Doc, first: int, last: int, lex: PeopleLexicon,
                      subject: bool) -> str | None:
    """The gender of a singular past-tense verb or short participle right after a name (its
    adverbs skipped, and the comma that closes a name in commas), which agrees with the name
    as its subject: "Сауле Ахметова выступила", "Его предшественница, Г.С. Ахметова, перешла".
    None when the name may be no ``subject`` (a word before it may govern it: ``_subject_place``,
    and its context puts it in no nominative: "Премьер-министр Италии | Джорджа Мелони
    прибыла" may be one), and when the verb agrees with a noun before the name, no title,
    that it is the complement of ("Визит | Джорджи Мелони | завершился")."""
    if not subject:
        return None
    k = last
    if 0 < first and last < len(doc.toks) and doc.toks[first - 1].text == "," and \
            doc.toks[last].text == ",":
        k += 1  # "Его предшественница, Г.С. Ахметова, перешла": a name in commas
    elif last < len(doc.toks) and doc.toks[last].text == ",":
        k = _after_apposition(doc, last)  # "Е. Н. Кольцова, председатель союза, рассказала"
    after_object = _object_end(doc, k)  # "Алия Жумабаева | трудовую деятельность | начала"
    k = after_object
    while k < len(doc.toks) and (p := doc.toks[k].parse) is not None and p.pos in (
            "ADVB", "PRCL"):
        k += 1
    p = doc.toks[k].parse if k < len(doc.toks) else None
    if after_object > last and p is not None and p.pos != "VERB":
        # after an object the verb it takes, though the tagger read a noun ("начала")
        p = next((q for q in doc.toks[k].parses if q.pos == "VERB" and "past" in q.grams), p)
    if p is None or p.pos not in ("VERB", "PRTS") or "sing" not in p.grams or \
            p.pos == "VERB" and "past" not in p.grams:
        return _inverted_feminine(doc, first)
    if _noun_subject_before(doc, first, p, lex):
        return None
    return next((g for g in _PREDICATE_GENDERS if g in p.grams), None)


def _noun_subject_before(doc: Doc, first: int, verb: WordParse, lex: PeopleLexicon) -> bool:
    """Is the word right before a name a nominative singular noun, no title, of the gender of
    the verb after the name: its subject, the name its complement ("Визит | Джорджи Мелони |
    завершился")?"""
    if first == 0 or doc.toks[first - 1].sent != doc.toks[first].sent:
        return False
    t = doc.toks[first - 1]
    return t.parse is not None and t.parse.pos == "NOUN" and \
        {"nomn", "sing"} <= t.parse.grams and t.lemma.replace("ё", "е") not in lex.titles and \
        any(g in t.parse.grams and g in verb.grams for g in _PREDICATE_GENDERS)


_MAX_APPOSITION = 10


def _after_apposition(doc: Doc, comma: int) -> int:
    """The token after an apposition in commas that opens at ``comma`` (no verb in it, at most
    ``_MAX_APPOSITION`` tokens, in one sentence); ``comma`` when there is none."""
    toks = doc.toks
    for k in range(comma + 1, min(comma + 1 + _MAX_APPOSITION, len(toks))):
        t = toks[k]
        if t.sent != toks[comma].sent or t.pos in ("VERB", "PRTS", "PRTF", "GRND") or \
                t.text in ("«", "(", ":", ";"):
            return comma
        if t.text == ",":
            return k + 1 if k > comma + 1 else comma
    return comma


_MAX_OBJECT = 3
_OBJECT_POS = frozenset({"NOUN", "ADJF", "PRTF"})


def _object_end(doc: Doc, k: int) -> int:
    """The end of a short object that opens at token k before the verb, one no word of which
    can be a nominative, or whose adjective before the noun cannot ("трудовую | деятельность"):
    the name before it is still the verb's subject; ``k`` when there is none."""
    toks = doc.toks
    j = k
    fixed = False  # an oblique adjective fixes the case of the noun after it
    while j < len(toks) and j - k < _MAX_OBJECT and toks[j].pos in _OBJECT_POS and \
            toks[j].parses:
        oblique = toks[j].case != "nomn" and not any("nomn" in q.grams for q in toks[j].parses)
        if not (oblique or fixed and toks[j].pos == "NOUN" and toks[j].case != "nomn"):
            break
        fixed = fixed or oblique and toks[j].pos != "NOUN"
        j += 1
        if toks[j - 1].pos == "NOUN":
            return j
    return k


def _inverted_feminine(doc: Doc, first: int) -> str | None:
    """"femn" when a feminine singular verb in the past stands right before the name and no
    word before it in its clause can be its feminine subject: the name is ("Модератором
    выступила Д. Садыкова", "Отчет подготовила Г. Ахметова"; not "Анна поблагодарила
    Д. Садыкова", "Комиссия поблагодарила …", where "Садыкова" is Садыков's accusative)."""
    s = doc.sents[doc.toks[first].sent]
    k = first - 1
    if k < s.first or not _feminine_past(doc.toks[k].parse):
        return None
    for t in reversed(doc.toks[s.first:k]):
        if t.text in (",", ";", ":", "—", "–"):
            break
        if t.pos in ("NOUN", "NPRO") and any(
                q.pos in ("NOUN", "NPRO") and {"nomn", "sing", "femn"} <= q.grams
                for q in t.parses):
            return None  # (a word the tagger read so: not the preposition "С")
    return "femn"


def _feminine_past(p: WordParse | None) -> bool:
    return p is not None and (p.pos == "VERB" and "past" in p.grams or p.pos == "PRTS") and \
        {"sing", "femn"} <= p.grams


def _surname_ending(t: Tok, case: str | None, lex: PeopleLexicon) -> bool:
    """Does the word end as a surname does in the case (data/name_paradigms.txt:
    "Кудряшовой" in the dative)?"""
    return case is not None and any(
        role == "Surn" and nominative != "-" and len(ending) > 1 and case in cases and
        t.low.endswith(ending) for ending, nominative, _, cases, role in lex.name_paradigms)


def _same_case(a: Tok, b: Tok) -> bool:
    return a.case is None or b.case is None or a.case == b.case


def _surname_in_case(a: Tok, b: Tok, lex: PeopleLexicon) -> bool:
    """Is ``b`` a surname in the case of the first name ``a`` before it by the surname endings
    of data/name_paradigms.txt, whatever the tagger read ("Ерлана | Карина": the genitive of
    "Карин", not the first name "Карина")?"""
    return _is_first_name(a) and b.text[:1].isupper() and _surname_ending(b, a.case, lex)


def _is_first_name(tok: Tok) -> bool:
    return _role_score(tok.parses, "Name") > max(_role_score(tok.parses, "Surn"), 0.1)


def _two_full_names(doc: Doc, a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    """Are two adjacent PER spans two people, each a first name and a surname ("экс-президента
    Билла Клинтона | Джо Локхарту")?"""
    wa = [t for t in doc.toks[a[1]:a[2]] if t.is_word()]
    wb = [t for t in doc.toks[b[1]:b[2]] if t.is_word()]
    return len(wa) >= 2 and len(wb) >= 2 and _is_first_name(wa[0]) and \
        not _is_first_name(wa[-1]) and _is_first_name(wb[0])
_MAX_TITLE_COMPLEMENT = 8
