"""The name spans of the NER and what cuts them (``_Ctx``, ``_Span``): initials, eponyms,
genitives, lone surnames and relation words split one span into two names."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ...data import lines
from ...document import Doc, Tok, initial_at
from ...lexicon import PeopleLexicon
from ...text.morph import PERSON_GRAMS, Morphology
from ..phrase import EPONYM_WORDS, eponym_name_end, word_stem
from .candidate import (
    _FULL_PATRONYMIC,
    _KAZAKH_SURNAME,
    _PATRONYMIC,
    _RUSSIAN_PATRONYMIC,
    _WOMANS_PATRONYMIC,
    _role_score,
    _surname_like,
)
from .case_hints import _after_eponym_word, title_word
from .reading import _is_first_name, _same_case, _surname_ending, _surname_in_case, _two_full_names


@dataclass(frozen=True, slots=True)
class _Ctx:
    doc: Doc
    morph: Morphology
    lex: PeopleLexicon
    # the NER's PER spans (``_per_spans``), each with its cut in two (``_cut``) or None, read
    # once for every rule that takes its spans from them
    ner: tuple[tuple[str, int, int, tuple[_Span, _Span] | None], ...] = ()


_Span = tuple[int, int]  # tokens [first, last) of a name


def _per_spans(doc: Doc, lex: PeopleLexicon) -> list[tuple[str, int, int]]:
    """The NER's PER spans, adjacent ones joined ("Абдурахмановой | Натальи Петровны" is one
    name), each tagged with the rule that made it."""
    spans = sorted((s for s in ((tag, _past_eponym_word(doc, a, b), b) for tag, a, b in doc.ner
                                if tag == "PER") if s[1] < s[2]), key=lambda s: s[1])
    out: list[tuple[str, int, int]] = []
    for s in spans:
        if out and out[-1][2] == s[1] and doc.toks[s[1]].sent == doc.toks[out[-1][1]].sent \
                and (_same_case(doc.toks[s[1] - 1], doc.toks[s[1]]) or
                     _surname_in_case(doc.toks[s[1] - 1], doc.toks[s[1]], lex) or
                     _official_order(doc, list(range(out[-1][1], s[2])))) \
                and not _two_full_names(doc, ("PER", out[-1][1], out[-1][2]), s):
            out[-1] = ("ner_joined", out[-1][1], s[2])
        else:
            out.append(("ner", s[1], s[2]))
    return [(made, _first_name_taken(doc, _first_name_before(doc, _surname_before(
        doc, _initials_after_place(doc, _surname_before_initials(doc, a, b, lex), b, lex), b,
        lex), lex), b), b) for made, a, b in out]


def _surname_before_initials(doc: Doc, first: int, last: int, lex: PeopleLexicon) -> int:
    """The start of a name whose surname the NER took into a place's or an organization's span
    before its initials ("КФХ Коваленко | С. П."): a span of initials alone after a
    capitalized word that reads as a surname and is no title's; ``first`` otherwise."""
    toks = doc.toks
    if first == 0 or (last - first) % 2 or \
            not all(initial_at(toks, j) for j in range(first, last, 2)):
        return first
    t = toks[first - 1]
    if t.sent != toks[first].sent or t.ner not in ("LOC", "ORG") or \
            not _capitalized_parts(t) or title_word(t, lex) or \
            not (_surname_like(t) or any("Surn" in p.grams for p in t.parses)):
        return first
    return first - 1


_MAX_PLACE_WORDS = 2


def _initials_after_place(doc: Doc, first: int, last: int, lex: PeopleLexicon) -> int:
    """Where a name with initials starts in a span the NER ran on over the place a place word
    before it names ("города | Курчатова Е. А. Грошев", "села | Кызылжар Д. К. Смагулова"):
    initials open a name or follow its surname, never a word and then a surname, so the words
    before them are the place's; ``first`` when the span is no such."""
    toks = doc.toks
    if first == 0 or not toks[first - 1].text.islower() or initial_at(toks, first) or \
            toks[first - 1].lemma.replace("ё", "е") not in lex.place_words:
        return first
    k = next((j for j in range(first + 1, min(last, first + _MAX_PLACE_WORDS + 1))
              if initial_at(toks, j)), None)
    if k is None:
        return first
    j = k
    while j + 1 < last and initial_at(toks, j):
        j += 2
    return k if j < last and _capitalized(toks[j]) else first


def _first_name_taken(doc: Doc, first: int, last: int) -> int:
    """The start of a lone surname with the first name before it that the NER read as a place
    or an organization ("Милана | Кузьмина получила": the genitive of "Милан"): one
    capitalized word of its own span whose reading as a first name agrees with the surname in
    case and gender."""
    if last - first != 1 or first == 0:
        return first
    t, surname = doc.toks[first - 1], doc.toks[first]
    if t.ner not in ("LOC", "ORG") or t.sent != surname.sent or not _capitalized(t) or \
            first >= 2 and doc.toks[first - 2].ner == t.ner or surname.case is None:
        return first
    genders = {g for p in surname.parses if "Surn" in p.grams and surname.case in p.grams
               for g in p.grams & {"masc", "femn"}}
    return first - 1 if any(p.known and "Name" in p.grams and surname.case in p.grams and
                            p.grams & genders for p in t.parses) else first


def _first_name_before(doc: Doc, first: int, lex: PeopleLexicon) -> int:
    """The start of a name the NER began at its patronymic, leaving the first name before it
    out, or to a place ("района | Асель | Ибраевна Жаксыбекова", "жительница | Әйгерім |
    Серікқызы Нұрланова"): a capitalized word of the sentence that is no title's."""
    if first == 0 or not _FULL_PATRONYMIC.search(doc.toks[first].text):
        return first
    t = doc.toks[first - 1]
    if t.sent != doc.toks[first].sent or not _capitalized(t) or title_word(t, lex) or \
            t.ner == "PER" or doc.sents[t.sent].first == first - 1 and _dictionary_word(t):
        return first
    return first - 1


def _dictionary_word(t: Tok) -> bool:
    """A word the dictionary knows, and as no name ("Фильмы", opening a sentence)."""
    return bool(t.parses) and all(p.known and not PERSON_GRAMS & p.grams for p in t.parses)


def _past_eponym_word(doc: Doc, first: int, last: int) -> int:
    """The start of a span past the eponym word the NER took into it ("им. | А. Байтурсынова
    Марату Ахметову")."""
    t = doc.toks[first]
    if t.low not in EPONYM_WORDS:
        return first
    return first + 2 if t.low == "им" and first + 1 < last and \
        doc.toks[first + 1].text == "." else first + 1


def _surname_before(doc: Doc, first: int, last: int, lex: PeopleLexicon) -> int:
    """The start of a first name and patronymic with the surname before them that the NER left
    out or took for a place ("района Смагулов | Мейржан Серикбосынович", "вручили
    Кудряшовой-Лемешевой | Елене Борисовне", "награжден Абенов | Марат Серикулы"): official
    style, "Фамилия Имя Отчество", the surname in the name's case."""
    words = [t for t in doc.toks[first:last] if t.is_word()]
    if first == 0 or len(words) != 2 or not (_RUSSIAN_PATRONYMIC.search(words[1].text) or
                                             _KAZAKH_SURNAME.search(words[1].text)):
        return first
    before = doc.toks[first - 1]
    # untagged, or the one word of a place's or organization's span
    alone = before.ner is None or first < 2 or doc.toks[first - 2].ner != before.ner
    if before.sent != words[0].sent or before.ner not in (None, "LOC", "ORG") or not alone or \
            not _capitalized_parts(before) or \
            not (_surname_like(before) or _surname_ending(before, words[0].case, lex)) or \
            not (before.case == words[0].case or any(words[0].case in p.grams
                                                       for p in before.parses) or
                 _indeclinable_name(words[0])):
        return first
    return first - 1


def _indeclinable_name(t: Tok) -> bool:
    """A first name the dictionary reads the same in every case ("Асель", "Айгерим"): it
    stands in the case of the surname before it, whatever the tagger read."""
    names = [p for p in t.parses if "Name" in p.grams]
    return bool(names) and all("Fixd" in p.grams for p in names)


def _genitive_cut(doc: Doc, first: int, last: int) -> tuple[_Span, _Span] | None:
    """A span cut where a lone genitive word precedes a name in another case ("заместитель
    Клишаса Людмила Бокова": two people)."""
    words = [k for k in range(first, last) if doc.toks[k].is_word()]
    if len(words) < 3:
        return None
    a, b = doc.toks[words[0]], doc.toks[words[1]]
    if initial_at(doc.toks, words[0]) and initial_at(doc.toks, words[1]):
        return None  # "С. И. Бахтин": initials
    if a.case == "gent" and a.ner == "PER" and b.case not in (None, "gent") and \
            all(doc.toks[k].case == b.case for k in words[1:]) and \
            _role_score(a.parses, "Name") < 0.1 and not _official_order(doc, words):
        return (first, words[0] + 1), (words[1], last)
    return None


def _eponym_cut(doc: Doc, first: int, last: int) -> tuple[_Span, _Span] | None:
    """A span after an eponym word cut where the eponym's genitive name ends and a person's
    name follows ("учитель школы имени Абая Кунанбаева | Ерлан Касымов")."""
    if not _after_eponym_word(doc, first):
        return None
    end = eponym_name_end(doc, first, last, 2)
    return None if end == last else ((first, end), (end, last))


def _official_order(doc: Doc, words: list[int]) -> bool:
    """"Иванова Ольга Сергеевна": a surname, a first name and a patronymic, the surname a
    woman's nominative the tagger read as a man's genitive; "— Шуваловой Марине Игоревне":
    a surname with a reading in the case of the first name and patronymic after it."""
    if len(words) != 3:
        return False
    a, b, c = (doc.toks[k] for k in words)
    if _WOMANS_PATRONYMIC.search(c.text) and \
            any({"Surn", "femn", "nomn"} <= p.grams for p in a.parses):
        return True
    return bool(_PATRONYMIC.search(c.text)) and b.case is not None and \
        any("Surn" in p.grams and b.case in p.grams for p in a.parses)


def _lone_surname_cut(doc: Doc, first: int, last: int, surnames: dict[str, int]
                      ) -> tuple[_Span, _Span] | None:
    """A span cut after a lone genitive surname that a first name and a surname follow ("друга
    Путина | Геннадия Тимченко", "заместителя Мюллера | Джона Пистоля"): no one's name is a
    surname, a first name and a surname, so two people, the first the complement of a noun.
    Not a nominative ("Карлос Артур Нузман": a first name the dictionary knows as a surname)
    nor a patronymic after them ("Смагулова Мейржана Серикбосыновича": the official order)."""
    words = [k for k in range(first, last) if doc.toks[k].is_word()]
    if len(words) != 3:
        return None
    a, b, c = (doc.toks[k] for k in words)
    if _PATRONYMIC.search(c.text) or any("Patr" in p.grams for p in c.parses) or \
            not _capitalized(b) or not _capitalized(c) or _is_first_name(c):
        return None
    if a.case == "gent" and _genitive_surname(a) and _role_score(a.parses, "Name") < 0.1 and \
            _is_first_name(b) or surnames.get(a.text, last) <= first:
        return (first, words[0] + 1), (words[1], last)
    return None


def _surname_ends(doc: Doc) -> dict[str, int]:
    """The last word of each name of two words or more the NER found, as written, with where
    its first such name ends: a word that ends a name given before a span is a surname there
    ("арестовал Асета Магауова. … Адвокат Магауова | Ерлан Кенжебаев")."""
    out: dict[str, int] = {}
    for type_, a, b in doc.ner:
        if type_ == "PER" and b - a >= 2:
            word = doc.toks[b - 1].text
            out[word] = min(out.get(word, b), b)
    return out


def _genitive_surname(t: Tok) -> bool:
    """A genitive of a surname the dictionary knows ("Путина", "Мюллера"), or one it guesses
    with a surname's genitive ending ("Магауова", "Кенжебаева"); not a word it only guesses
    to be one: a Korean name's first word ("Пак Чхан Ук")."""
    return _capitalized(t) and any({"Surn", "gent"} <= p.grams and (
        p.known or t.low.endswith(_SURNAME_GENITIVES)) for p in t.parses)


_SURNAME_GENITIVES = ("ова", "ева", "ёва", "ина", "ына")


def _initials_cut(doc: Doc, first: int, last: int) -> tuple[_Span, _Span] | None:
    """A span cut after initials and a surname that a first name follows ("имени А. С.
    Пушкина | Ивана Петрова"): initials stand before a surname or after it, never before a
    surname and a first name, so two people."""
    toks, k = doc.toks, first
    while k + 1 < last and initial_at(toks, k):
        k += 2
    if k == first or k + 2 >= last or not toks[k].is_word():
        return None
    nxt = toks[k + 1]
    if _capitalized(nxt) and not initial_at(toks, k + 1) and \
            _role_score(nxt.parses, "Name") >= 0.1:
        return (first, k + 1), (k + 1, last)
    return None


def _stems(doc: Doc, first: int, last: int) -> tuple[str, ...]:
    return tuple(word_stem(t.text) for t in doc.toks[first:last] if t.is_word())


_RELATION_REACH = 8  # tokens between a relation noun and the names after it


def _relation_cut(doc: Doc, first: int, last: int, alone: set[tuple[str, ...]]
                  ) -> tuple[_Span, _Span] | None:
    """A span cut in two after a relation noun ("сын Акихито Нарухито", "мать … Майкла
    Джексона Кэтрин": data/relation_words.txt) where each part is a name the text gives alone
    elsewhere (or at the end of a span: "Император Акихито"), the first in the genitive (or a
    form that does not decline), the second not: the relation's other person, then the person
    it names."""
    sent = doc.sents[doc.toks[first].sent]
    if not any(doc.toks[k].lemma.replace("ё", "е") in _relation_words()
               for k in range(max(sent.first, first - _RELATION_REACH), first)):
        return None
    words = [k for k in range(first, last) if doc.toks[k].is_word()]
    for i in range(1, len(words)):
        head, rest = doc.toks[words[i - 1]], doc.toks[words[i]]
        if head.case in ("gent", None) and rest.case != "gent" and _capitalized(rest) and \
                _stems(doc, first, words[i]) in alone and _stems(doc, words[i], last) in alone:
            return (first, words[i]), (words[i], last)
    return None


def _after_relation(doc: Doc, first: int) -> bool:
    """Does a relation noun stand right before the name, or before the name of the person it
    relates to ("дочь Стефани", "сын Сиви Даллас")?"""
    k = first - 1
    while k >= 0 and doc.toks[k].ner == "PER" and first - k <= 3:
        k -= 1
    return k >= 0 and doc.toks[k].sent == doc.toks[first].sent and \
        doc.toks[k].lemma.replace("ё", "е") in _relation_words()


@cache
def _relation_words() -> frozenset[str]:
    return frozenset(lines("relation_words.txt"))


# the grammemes of a reading as a person's name


def _relation_word(t: Tok) -> bool:
    """A relation noun no reading of which is a name ("Сын", "Сестра"; not "Мама", a surname
    too), which the NER ran into the name after it ("Сын Гейдар")."""
    return t.lemma.replace("ё", "е") in _relation_words() and \
        not any(PERSON_GRAMS & p.grams for p in t.parses)


def _ner_spans(doc: Doc, lex: PeopleLexicon
               ) -> tuple[tuple[str, int, int, tuple[_Span, _Span] | None], ...]:
    """The NER's PER spans (joined ones too), each with the two halves it is cut into, or
    None when it is one name."""
    spans = _per_spans(doc, lex)
    # the names each span ends with ("Император Акихито" ends with "Акихито")
    alone = {stems[i:] for _, first, last in spans
             for stems in [_stems(doc, first, last)] for i in range(len(stems))}
    surnames = _surname_ends(doc)
    return tuple((made, first, last, _initials_cut(doc, first, last) or
                  _genitive_cut(doc, first, last) or _eponym_cut(doc, first, last) or
                  _lone_surname_cut(doc, first, last, surnames) or
                  _relation_cut(doc, first, last, alone))
                 for made, first, last in spans)


def _spans(c: _Ctx, rule: str) -> list[_Span]:
    """The name spans of one rule: NER spans (joined ones too) not cut, or the two halves of a
    cut one."""
    out: list[_Span] = []
    for made, first, last, cut in c.ner:
        if rule == "genitive_cut" and cut is not None:
            out += cut
        elif made == rule and cut is None:
            out.append((first, last))
    return out


def _capitalized(t: Tok) -> bool:
    return t.text[:1].isupper() and t.text.isalpha() and len(t.text) > 1


def _capitalized_parts(t: Tok) -> bool:
    """A capitalized word, or capitalized words joined by hyphens (a double surname:
    "Кудряшова-Лемешева")."""
    return all(part[:1].isupper() and part.isalpha() and len(part) > 1
               for part in t.text.split("-"))
