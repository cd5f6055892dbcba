"""The reasons a name span is no person (``VETOES``): a place, an adjective of a noun, a
title or a body's word alone, a common noun, a neuter predicate …"""

from __future__ import annotations

from functools import cache

from ...data import lines
from ...document import Doc, Tok
from ...lexicon import PeopleLexicon
from ...rules import Veto
from ...text.morph import PERSON_GRAMS, Morphology, WordParse
from ..phrase import two_word_place_name
from ..surroundings import (
    compound_org_word,
    function_word,
    place_not_person,
    place_only,
    town_run_in,
)
from .candidate import _FULL_PATRONYMIC, _ROMAN, _RUSSIAN_PATRONYMIC
from .case_hints import title_word
from .constructions import _CASE_GRAMS, _in_capitals, subject_surname
from .reading import _is_first_name, _subject_place
from .sees import see_before, see_office
from .spans import _after_relation, _Ctx, _Span


def _words(c: _Ctx, s: _Span) -> list[Tok]:
    return [t for t in c.doc.toks[s[0]:s[1]] if t.is_word()]


def _named_place(c: _Ctx, s: _Span) -> bool:
    """A one-word name after a singular place word is the place's ("области Абай", "городе
    Абай"), unless the dictionary reads it as a surname and never as a place ("мэр города
    Лужков", "президенту страны Наполитано"); after a plural one it names no place ("депутат
    Партии регионов Святаш")."""
    if s[0] > 0 and s[1] - s[0] == 2 and two_word_place_name(c.doc, s[0]):
        before = c.doc.toks[s[0] - 1]  # "в селе Жана Каратон": a settlement's two words
        return before.lemma.replace("ё", "е") in c.lex.place_words
    if s[1] - s[0] != 1 or s[0] == 0 or subject_surname(c.doc, s[0], c.lex):
        return False
    word, before = c.doc.toks[s[0]], c.doc.toks[s[0] - 1]
    return before.lemma.replace("ё", "е") in c.lex.place_words and \
        "plur" not in (before.parse.grams if before.parse is not None else ()) and \
        not _surname_not_place(word)


def _surname_not_place(t: Tok) -> bool:
    """Does the dictionary read the word as a surname (not a guess: "ауыле Қараой"), and never
    as a place's name?"""
    return any("Surn" in p.grams and p.known for p in t.parses) and \
        not any("Geox" in p.grams for p in t.parses)
_GENDER_GRAMS = frozenset({"masc", "femn", "neut"})


def _agree(adj: WordParse, noun: WordParse) -> bool:
    """Do an adjective's and a noun's readings agree in case, number and (singular) gender?"""
    if not adj.grams & noun.grams & _CASE_GRAMS or ("plur" in adj.grams) != ("plur" in noun.grams):
        return False
    return "plur" in adj.grams or bool(adj.grams & noun.grams & _GENDER_GRAMS)


def _adjective_of_noun(c: _Ctx, s: _Span) -> bool:
    """A lone capitalized adjective that agrees with the lowercase noun after it names that
    noun's thing ("Боровской организации спорта", "Петровского района", "Хризантемового
    трона": one the dictionary does not know, if no reading of it is a name's), not a
    person."""
    if s[1] - s[0] != 1 or s[1] >= len(c.doc.toks):
        return False
    t, n = c.doc.toks[s[0]], c.doc.toks[s[1]]
    if not n.text.isalpha() or not n.text.islower():
        return False
    # a word the dictionary does not know counts when it ends as an adjective does and no
    # reading of it is a name's
    guessed = t.low.endswith(_not_name_words("adjective_endings.txt")) and \
        not any({"Name", "Surn", "Patr"} & a.grams for a in t.parses)
    return any(_agree(a, b) for a in t.parses if a.pos == "ADJF" and (a.known or guessed)
               for b in n.parses if b.pos == "NOUN")


def _abbreviation_before_name(doc: Doc, s: _Span) -> bool:
    """Is the span one word in capitals before a quoted name, maybe after another such word (a
    region's: "ГАУК СО «…»")?"""
    toks = doc.toks
    k = s[1]
    if s[1] - s[0] != 1 or not _in_capitals(toks[s[0]]):
        return False
    if k < len(toks) and _in_capitals(toks[k]):
        k += 1
    return k < len(toks) and toks[k].text in ("«", "„", '"')


def _title_of_abbreviation(c: _Ctx, words: list[Tok]) -> bool:
    """Two words: one a reading of which is a title's, then an abbreviation of two to four
    capitals ("Раиса РТ": "раис" and "Раиса" are names too)."""
    return len(words) == 2 and _in_capitals(words[1]) and len(words[1].text) <= 4 and \
        any(p.normal.replace("ё", "е") in c.lex.titles for p in words[0].parses)


def _title_of_town(c: _Ctx, words: list[Tok]) -> bool:
    """Two words: one a reading of which is a title's, then a town of the gazetteer in the
    genitive ("Аким Павлодара", "Акимы Шымкента": "Аким" is a first name too)."""
    return len(words) == 2 and \
        any(p.normal.replace("ё", "е") in c.lex.titles for p in words[0].parses) and any(
            "gent" in p.grams and p.normal.replace("ё", "е") in c.lex.towns
            for p in words[1].parses)


def _title_of_place(c: _Ctx, s: _Span) -> bool:
    """A word a reading of which is a title's, then, in the span or right after it, a
    capitalized place's head word in the genitive (data/place_words.txt): "Раиса Республики
    Татарстан", "Раиса | Республики Татарстан" ("Раиса" is a woman's name too)."""
    toks = c.doc.toks
    k = s[0] + 1
    if k >= len(toks) or not toks[k].text[:1].isupper() or not any(
            p.normal.replace("ё", "е") in c.lex.titles for p in toks[s[0]].parses):
        return False
    return any("gent" in p.grams and p.normal.replace("ё", "е") in c.lex.place_words
               for p in toks[k].parses)


def _hyphenated_title(t: Tok, lex: PeopleLexicon) -> bool:
    """A hyphenated word whose second half is a title and whose first half no name
    ("Прима-балерина", "Экс-министр"; not "Анна-Мария")?"""
    first, _, second = t.lemma.replace("ё", "е").partition("-")
    return bool(first) and second in lex.titles and \
        not any(PERSON_GRAMS & p.grams for p in t.parses) and \
        not t.text.partition("-")[2][:1].isupper()


def _title_alone(c: _Ctx, s: _Span) -> bool:
    """A title word alone ("Президент", "Папой"; at a sentence's start also one that is a name
    too: "Аким встретился с послом") unless it is a part of a longer name of the text ("Дик
    Адвокат" … "Адвоката", "Аким Петров" … "Аким")."""
    t = c.doc.toks[s[0]]
    if s[1] - s[0] != 1 or not (title_word(t, c.lex) or _opening_title(c.doc, s[0], c.lex)):
        return False
    return not any(b - a > 1 and t.lemma in (c.doc.toks[b - 1].lemma, c.doc.toks[a].lemma)
                   for type_, a, b in c.doc.ner if type_ == "PER")


def _body_word_alone(c: _Ctx, words: list[Tok]) -> bool:
    """One word, an organization's head noun no dictionary reading of which is a name (a guess
    may make one of a word the dictionary lacks: "Маслихат")."""
    return len(words) == 1 and words[0].lemma.replace("ё", "е") in c.lex.org_words and \
        not any(_NAME_GRAMS & p.grams and p.known for p in words[0].parses)


def _opening_title(doc: Doc, k: int, lex: PeopleLexicon) -> bool:
    """Does a sentence open with the word at ``k``, a title's noun in the nominative singular
    though a name reads it too ("Аким")?"""
    t = doc.toks[k]
    return doc.sents[t.sent].first == k and t.lemma.replace("ё", "е") in lex.titles and \
        any(p.pos == "NOUN" and "nomn" in p.grams and "sing" in p.grams for p in t.parses)


# The endings of a Russian surname's masculine nominative, which a family's plural never has
# (the Ivanovs are "Ивановы", "Ивановых").
_ONE_MANS_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")


def _names_a_thing(doc: Doc, first: int, last: int, lex: PeopleLexicon) -> bool:
    """Is the one-word name in the genitive right after a word of data/eponym_things.txt?"""
    if last - first != 1 or first == 0 or doc.toks[first].case != "gent":
        return False
    return doc.toks[first - 1].lemma.replace("ё", "е") in lex.eponym_things


def family_name(t: Tok) -> bool:
    """Is the word a surname in the plural only, a family ("Шаймиевых", "Ивановы"; not
    "Ивановым", which may be one man)?"""
    if t.low.endswith(_ONE_MANS_ENDINGS):
        return False  # "Стоянов", "Башлаков": one man's surname, not the family of a "Стоян"
    surnames = [p for p in t.parses if "Surn" in p.grams]
    return bool(surnames) and all("plur" in p.grams for p in surnames) and \
        not any("sing" in p.grams and {"Name", "Surn"} & p.grams for p in t.parses)


# The reasons a name span is no person, in order.
VETOES: tuple[Veto[_Ctx, _Span], ...] = (
    Veto("chrome", lambda c, s: any(t.chrome for t in c.doc.toks[s[0]:s[1]])),
    Veto("not_a_name", lambda c, s: all(t.low in c.lex.not_people or
                                        t.lemma.replace("ё", "е") in c.lex.not_people
                                        for t in _words(c, s))),
    # "По данным Свердловскстата": a one-word compound name of an organization
    Veto("compound_organization", lambda c, s: len(_words(c, s)) == 1 and
         compound_org_word(_words(c, s)[0], c.lex.org_endings)),
    # "Акмолинцев, внесших вклад…": people of a place, not a person
    Veto("plural", lambda c, s: all(t.tag.get("Number") == "Plur" for t in _words(c, s))),
    # "клан Шаймиевых", "Ивановы переехали": a family, not a person
    Veto("family", lambda c, s: len(_words(c, s)) == 1 and family_name(_words(c, s)[0])),
    Veto("place_named_after", _named_place),
    # "болезнь Паркинсона": the name names the illness (data/eponym_things.txt)
    Veto("thing_named_after", lambda c, s: _names_a_thing(c.doc, s[0], s[1], c.lex)),
    # "Ливерпуля", "Алабаму": a word the dictionary knows as a place's name only
    # (but a relation names a person: "дочь Стефани", "сын Сиви Даллас")
    Veto("place_name", lambda c, s: len(_words(c, s)) == 1 and place_only(_words(c, s)[0])
         and not _after_relation(c.doc, s[0])),
    Veto("adjective_of_noun", _adjective_of_noun),
    # "Болгарским Патриархом", "Патриарх Болгарский", "принца | Кембриджского": a hierarch's
    # or a prince's title and its see name an office (data/see_titles.txt)
    Veto("see_office", lambda c, s: see_office(_words(c, s)) or
         (see := see_before(c.doc, s[0])) is not None and see >= s[1]),
    # "Президент заявил…", "Папа Римский": a title alone names an office, not a name
    Veto("title_alone", lambda c, s: _title_alone(c, s)),
    # "Маслихат избрал…", "Акимату поручено…": a body's head noun alone names the body
    Veto("body_word", lambda c, s: _body_word_alone(c, _words(c, s))),
    Veto("no_words", lambda c, s: not _words(c, s)),
    # "директору ГАУК СО «Филармония»", "МКУК «Дом культуры»": a form's abbreviation
    Veto("form_abbreviation", lambda c, s: _abbreviation_before_name(c.doc, s)),
    # "Аппарата Раиса РТ", "Президента РФ": a title of a place's abbreviation
    Veto("title_of_abbreviation", lambda c, s: _title_of_abbreviation(c, _words(c, s))),
    # "Аким Павлодара провел встречу": a title ("Аким" is a name too) and a town in the genitive
    Veto("title_of_town", lambda c, s: _title_of_town(c, _words(c, s))),
    # "в аппарате акима Степногорска": a town of the gazetteer alone after a title or a place
    # word, with a place's reading only (a person's name would name a person: "учитель Абая")
    Veto("town_after_title", lambda c, s: len(_words(c, s)) == 1 and
         _town_after_title(c, _words(c, s)[0])),
    # "помощник Раиса Республики Татарстан": a title and a place's head word in the genitive
    Veto("title_of_place", _title_of_place),
    # "пилота Формулы-1": a name with a number in a word is no person's
    Veto("numbered", lambda c, s: any(t.text[:1].isupper() and any(ch.isdigit() for ch in t.text)
                                      for t in _words(c, s))),
    Veto("common_compound", lambda c, s: len(_words(c, s)) == 1 and
         _common_compound(c.morph, _words(c, s)[0])),
    Veto("common_noun", lambda c, s: _common_noun(c, _words(c, s))),
    # "Мероприяти было организовано": a person is no subject of a neuter predicate
    # (a dative before it is the experiencer of an impersonal one: "Лофнеру предъявлено …")
    Veto("neuter_predicate", lambda c, s: _subject_place(c.doc, s[0]) and (
        s[0] == c.doc.sents[c.doc.toks[s[0]].sent].first or
        c.doc.toks[s[1] - 1].case in (None, "nomn")) and c.doc.toks[s[1] - 1].case != "datv"
        and _neuter_predicate(c.doc, s[1])),
)


def _neuter_predicate(doc: Doc, last: int) -> bool:
    """A singular neuter short participle right after the span (its adverbs and "было" skipped):
    what it names is a thing ("Мероприятие было организовано"; not a neuter verb, which an
    impersonal sentence puts after a dative: "Кимуре исполнилось 115 лет")."""
    k = last
    while k < len(doc.toks) and (p := doc.toks[k].parse) is not None and (
            p.pos in ("ADVB", "PRCL") or p.normal == "быть" and k + 1 < len(doc.toks) and
            (q := doc.toks[k + 1].parse) is not None and q.pos in ("VERB", "PRTS")):
        k += 1  # "было" before the verb it goes with ("было организовано", "хотел было")
    p = doc.toks[k].parse if k < len(doc.toks) else None
    return p is not None and p.pos == "PRTS" and "neut" in p.grams and "sing" in p.grams


_NAME_GRAMS = frozenset({"Name", "Surn", "Patr", "Geox"})


def _common_compound(morph: Morphology, t: Tok) -> bool:
    """A word whose part after a hyphen is a lowercase common noun the dictionary knows names a
    thing or a kind ("Тинькофф-банк", "ИБ-компания", "Чудо-гол", "Активисты-правозащитники"),
    not a person: a name's parts are capitalized, bar a son's or father's word
    ("Хинкли-младший") and an honorific or the mark of a lineage ("Туркмен-баши",
    "Ахмат-хаджи": data/name_tails.txt)."""
    head, _, tail = t.text.rpartition("-")
    if not head or not tail.isalpha() or not tail.islower() or \
            tail.startswith(_generation_stems()) or tail in _not_name_words("name_tails.txt"):
        return False
    parses = morph.parse(tail)
    return bool(parses) and all(p.known and p.pos == "NOUN" and not _NAME_GRAMS & p.grams
                                for p in parses)


@cache
def _generation_stems() -> tuple[str, ...]:
    return tuple(w.removesuffix("ий") for w in lines("generation_words.txt"))
def _common_noun(c: _Ctx, words: list[Tok]) -> bool:
    """A lone word no reading of which is a name: a scrap of two letters ("Ка"), a compound of a
    prefix and a dictionary word ("Киноистория"), a plural of the people of a place
    ("Костанайцы", "Акмолинцев"), a dictionary word whose capital the start of its sentence
    explains ("Аграрий выделил…", "Грант выделен…"), or, wherever it stands, a dictionary word
    that names nothing (``_NOT_NAMING``: a quote whose sentences lost their dots, "… место Оно
    меня вдохновило"; "Патриарх Болгарский")."""
    if len(words) != 1:
        return False
    t = words[0]
    if any(_NAME_GRAMS & p.grams for p in t.parses):
        return False
    if sum(ch.isalpha() for ch in t.text) <= 2:
        return True
    if t.parses and t.parses[0].compound:
        return True  # a known prefix and a dictionary word: "Киноистория", "Автопробег"
    if t.parses and all("plur" in p.grams for p in t.parses if p.pos == "NOUN") and \
            any(t.low.endswith(e) for e in c.lex.demonym_endings):
        return True
    if not t.parses or not all(p.known for p in t.parses):
        return False
    opens = t.i == c.doc.sents[t.sent].first or not c.doc.toks[t.i - 1].is_word() and \
        c.doc.toks[t.i - 1].text in "«\"„—-–("
    return opens or all(p.pos in _NOT_NAMING or p.pos == "VERB" and "impr" not in p.grams
                        for p in t.parses)


# The parts of speech of a word that names nothing (pronouns, verbs, adverbs, adjectives: not
# a noun, an interjection or an imperative, which a foreign name may spell: "Бом", "Мори").
_NOT_NAMING = frozenset({"NPRO", "PRCL", "ADVB", "ADJF", "ADJS", "COMP", "CONJ", "PRED", "INFN",
                         "PRTF", "PRTS", "GRND", "PREP"})


def _title_before_first_name(doc: Doc, words: list[int], lex: PeopleLexicon) -> bool:
    """A title word that is a first name too, before another first name: "Аким Ерболат
    Досаев" (not "Аким Ерболатович Досаев": a patronymic makes "Аким" the first name)."""
    t, nxt = doc.toks[words[0]], doc.toks[words[1]]
    return t.lemma.replace("ё", "е") in lex.titles and \
        any("Name" in p.grams for p in t.parses) and any("Name" in p.grams for p in nxt.parses) \
        and \
        not any("Patr" in p.grams for p in nxt.parses) and not _RUSSIAN_PATRONYMIC.search(nxt.text)


def _opener(doc: Doc, k: int) -> bool:
    """A word before a name that is no part of it: a form of address ("Сэр Алекс Фергюсон";
    data/address_words.txt), an age ("Восьмидесятилетний Маккейн", "56-летний С. Джобс";
    data/age_adjectives.txt), a verb, an adverb or another function word ("Вдобавок
    С. Антуфьев", "Помиловать Наталью Сидорову")."""
    t = doc.toks[k]
    if len(t.text) == 1 or any(_NAME_GRAMS & p.grams for p in t.parses):
        return False  # an initial: "А. Кудрин", "А.С. Бобкова"
    return t.lemma.replace("ё", "е") in _not_name_words("address_words.txt") or \
        function_word(t) and _capital_explained(doc, k) or \
        t.low.endswith(_not_name_words("age_adjectives.txt")) and \
        any(p.pos == "ADJF" for p in t.parses)


# What may stand before a word whose capital its place explains: the start of a sentence, a
# quote, a bracket, a dash or a colon.
_OPENING_MARKS = frozenset("«„\"'(—–-:")


def _opens(t: Tok) -> bool:
    """A mark or a list's number ("1 Помиловать …") after which a word is capitalized."""
    return t.text in _OPENING_MARKS or t.text.isdigit()


def _capital_explained(doc: Doc, k: int) -> bool:
    """Does the word's place explain its capital (the sentence's first word, or the first after
    a quote, bracket, dash, colon or a list's number)? A verb form or adverb capitalized
    elsewhere is a name the dictionary reads as a word ("американка Серена Уильямс": "серена"
    of "серить")."""
    return k == doc.sents[doc.toks[k].sent].first or _opens(doc.toks[k - 1])


@cache
def _not_name_words(name: str) -> tuple[str, ...]:
    return lines(name)


_FINITE = frozenset({"VERB", "PRTS"})


def _verb_after(doc: Doc, first: int, last: int) -> bool:
    """Is the word at ``first`` read as a verb while its clause's verb comes after the name
    ("Серена Уильямс родила дочь": "серена" of "серить" is no predicate there; "Родилась Анна
    Петрова" has none after it)?"""
    t = doc.toks[first]
    if not t.parses or not all(p.pos in _FINITE for p in t.parses):
        return False
    for k in range(last, doc.sents[t.sent].last):
        after = doc.toks[k]
        if not after.is_word():
            return False  # the clause ends ("Избрана Мария Иванова, которая работала")
        if after.parses[:1] and after.parses[0].pos in _FINITE:
            return True
    return False


_GENERATIONS = frozenset({"Jr", "Sr", "Jnr", "Snr"})


def _script(t: Tok) -> str:
    """The alphabet a word opens with: "cyrl", "latn", or "" (a digit, a sign)."""
    c = t.text[:1]
    if _ROMAN.fullmatch(t.text) or t.text in _GENERATIONS:
        return ""  # a regnal number, a son's mark: "Елизавета II", "Роберт Лоуренс Jr."
    return "cyrl" if "\u0400" <= c <= "\u04ff" else "latn" if c.isascii() and c.isalpha() else ""


def _town_before_name(doc: Doc, words: list[int], lex: PeopleLexicon) -> bool:
    """A town of the gazetteer the NER ran into the full name after it: one the dictionary
    reads as no one person's name, or one right after a singular place word ("аким Алматы |
    Ерлан Ахметов", "аким города Тараза | Ерлан Ахметов"), or one before a first name the
    dictionary knows as a common noun only, which a patronymic shows ("аким Степногорска |
    Канат Муратович Кабиев") or after a town with a place's reading only, a guess too
    ("аким Степногорска | Канат Кабиев"); not "патриарх Бешара Бутрос", nor a first name before a
    patronymic: "Дархан Аманович Сейдахметов")."""
    return town_run_in(doc, words[0], lex.towns, lex.place_words, lex.titles) and (
        place_not_person(doc.toks[words[0]]) or _is_first_name(doc.toks[words[1]]) or
        _place_reading_only(doc.toks[words[0]]) or
        len(words) > 2 and _FULL_PATRONYMIC.search(doc.toks[words[2]].text) is not None) and \
        not _FULL_PATRONYMIC.search(doc.toks[words[1]].text)  # "Дархан | Аманович": a first name


def _place_reading_only(t: Tok) -> bool:
    """Does the dictionary read the word, even by a guess, as a place's name and never as a
    person's ("Степногорска"; not "Абая")?"""
    return any("Geox" in p.grams for p in t.parses) and \
        not any(PERSON_GRAMS & p.grams for p in t.parses)


def _town_after_title(c: _Ctx, t: Tok) -> bool:
    """A town of the gazetteer with a place's reading only right after a lowercase title or
    place word ("акима | Степногорска", "города | Степногорска")."""
    before = c.doc.toks[t.i - 1] if t.i > 0 else None
    lemma = before.lemma.replace("ё", "е") if before is not None else ""
    return before is not None and before.text.islower() and \
        (lemma in c.lex.titles or lemma in c.lex.place_words) and \
        _place_reading_only(t) and \
        town_run_in(c.doc, t.i, c.lex.towns, c.lex.place_words, c.lex.titles)
