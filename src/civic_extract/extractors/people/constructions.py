"""The constructions that make a person's name span beyond the NER (``RULES``): names
after titles and places, lone first names, repeated surnames, initialled names, eponyms."""

from __future__ import annotations

from ...data import table
from ...document import Doc, Tok, initial_at
from ...lexicon import PeopleLexicon
from ...rules import Rule
from ...text.morph import PERSON_GRAMS
from ..phrase import EPONYM_WORDS, NAME_PARTICLES, eponym_name_end
from .candidate import _PATRONYMIC, _RUSSIAN_PATRONYMIC, _SUFFIXED, _surname_like
from .case_hints import _after_eponym_word, _singular, _title_head_before, title_word
from .sees import see_end, see_title
from .spans import (
    _MAX_PLACE_WORDS,
    _capitalized,
    _Ctx,
    _dictionary_word,
    _relation_words,
    _Span,
    _spans,
)

_TITLE_REACH = 6  # words between a title head and the name after it (its complement)


def _name_run(doc: Doc, a: int, b: int) -> _Span | None:
    """The name at the end of the capitalized words [a, b): a first name (a Name reading)
    and one or two more words, a surname or patronymic ("Алматы | Ерболат Досаев")."""
    for start in range(max(a, b - 3), b - 1):
        first = doc.toks[start]
        if start + 2 < b and _first_name_only(doc.toks[start + 1]):
            continue  # "Славы | Николая Лебедева": two first names are no one name
        if any("Name" in p.grams for p in first.parses) and not any(
                "Geox" in p.grams for p in first.parses) and _shares_case(first, doc.toks[b - 1]):
            return start, b
        last = doc.toks[start + 1]
        if start == b - 2 and last.text.isupper() and _surname_like(last):
            return start, b  # a first name that is also a place's and a surname in capitals
    return None


def _first_name_only(t: Tok) -> bool:
    """Is every reading of the word as a name a first name's ("Николая")?"""
    names = [p for p in t.parses if p.grams & PERSON_GRAMS]
    return bool(names) and all("Name" in p.grams for p in names)


def _shares_case(first: Tok, last: Tok) -> bool:
    """Can the first name stand in a case of the last word of its name ("Славы | Николай
    Лебедев": a genitive before nominatives is no first name of theirs)? A name the dictionary
    does not know may stand in any."""
    cases = {g for p in last.parses for g in p.grams & _CASE_GRAMS}
    names = [p for p in first.parses if {"Name", "sing"} <= p.grams and p.known]
    return not cases or not names or any(p.grams & cases for p in names)


def _after_titles(c: _Ctx) -> list[_Span]:
    """Names the NER missed right after a title and its complement ("Аким Алматы Ерболат
    Досаев открыл форум"), or after the holder of an honour and its name ("Герой
    Социалистического Труда | Иван Петров"): a title word before capitalized words is evidence
    of a person (not words the NER reads as an organization: "сотрудники ГУ ФСИН")."""
    doc, out = c.doc, []
    tagged = {k for _, a, b in doc.ner if _ == "PER" for k in range(a, b)}
    for k, t in enumerate(doc.toks):
        lemma = t.lemma.replace("ё", "е")
        if lemma not in c.lex.titles and lemma not in c.lex.holders or t.chrome:
            continue
        limit = min(len(doc.toks), k + 1 + _TITLE_REACH)
        j = k + 1
        while j < limit and doc.toks[j].sent == t.sent and not _capitalized(doc.toks[j]) and \
                doc.toks[j].is_word() and doc.toks[j].case == "gent":
            j += 1  # "аким области …"
        end = j
        while end < limit and doc.toks[end].sent == t.sent and _capitalized(doc.toks[end]):
            end += 1
        run = _name_run(doc, j, end) if end - j >= 2 else None
        if run is not None and _district_before(c, run[1]):
            run = None  # "директор школы села | Акъяр Хайбуллинского | района": places
        if run is not None and not tagged.intersection(range(j, end)) and \
                not any(doc.toks[i].ner == "ORG" for i in range(*run)):
            out.append(run)
    return out


def _district_before(c: _Ctx, end: int) -> bool:
    """Does the capitalized run ending at ``end`` end on an adjective of the lowercase place
    word after it ("села Акъяр | Хайбуллинского | района", "Шира Ширинского | района"): the
    words name places, not a person?"""
    toks = c.doc.toks
    if end >= len(toks) or not toks[end].text.islower() or \
            toks[end].lemma.replace("ё", "е") not in c.lex.place_words:
        return False
    return any(p.pos == "ADJF" for p in toks[end - 1].parses)


def _names_after_places(c: _Ctx) -> list[_Span]:
    """A name the NER ran into the span of the place a place word before it names ("города |
    Шу Айнуре Жумабековой", "села | Кызылжар Ерлану Ахметову"): the span's last words a first
    name and a surname in its case, the word or two before them the place's."""
    doc, out = c.doc, []
    for type_, a, b in doc.ner:
        if type_ != "LOC" or a == 0 or b - a < 3 or not doc.toks[a - 1].text.islower() or \
                doc.toks[a - 1].lemma.replace("ё", "е") not in c.lex.place_words or \
                any(t.sent != doc.toks[a].sent or not _capitalized(t) for t in doc.toks[a:b]):
            continue
        run = _name_run(doc, a + 1, b)
        if run is not None and run[0] - a <= _MAX_PLACE_WORDS and b - run[0] == 2 and \
                any("Surn" in p.grams or not p.known for p in doc.toks[b - 1].parses):
            out.append(run)
    return out


def _lone_first_names(c: _Ctx) -> list[_Span]:
    """A first name alone right after a title or a relation noun, which the NER left out ("Папа
    Франциск", "епископа Рафаэля", "сын Гейдар"): one capitalized word with a first name's
    reading in the case of the noun before it and no reading a common noun's or a place's
    ("участник Олимпиады" names a games), and no capitalized word after it
    (a longer name is the NER's or ``_after_titles``' to find)."""
    doc, out = c.doc, []
    toks = doc.toks
    for k in range(len(toks) - 1):
        t, name = toks[k], toks[k + 1]
        if name.ner is not None or not _capitalized(name) or name.sent != t.sent or t.chrome:
            continue
        lemma = t.lemma.replace("ё", "е")
        if lemma not in c.lex.titles and lemma not in _relation_words():
            continue
        if k + 2 < len(toks) and _capitalized(toks[k + 2]) and toks[k + 2].sent == t.sent:
            continue
        cases = {g for p in t.parses if p.pos == "NOUN" for g in p.grams & _CASE_GRAMS}
        if not all(p.grams & PERSON_GRAMS or not p.known for p in name.parses) or not any(
                "Name" in p.grams and p.grams & cases for p in name.parses):
            continue
        out.append((k + 1, k + 2))
    return out


def _names_after_sees(c: _Ctx) -> list[_Span]:
    """A hierarch's monastic name after his title and his see, which the NER left out
    ("Патриарх Болгарский | Максим", "епископ Иваново-Вознесенский и Вичугский | Иосиф"): one
    capitalized word with a first name's reading and no place's, no capitalized word after it
    (a name the NER found there keeps its span, trimmed of the see by ``_trimmed``)."""
    toks, out = c.doc.toks, []
    for k, t in enumerate(toks[:-2]):
        if t.chrome or not see_title(t):
            continue
        end = see_end(c.doc, k + 1)
        if end == k + 1 or end >= len(toks):
            continue
        name = toks[end]
        if name.ner == "PER" or name.sent != t.sent or not _capitalized(name) or \
                end + 1 < len(toks) and _capitalized(toks[end + 1]) or \
                not any("Name" in p.grams for p in name.parses) or \
                any("Geox" in p.grams for p in name.parses):
            continue
        out.append((end, end + 1))
    return out


def _repeated_surnames(c: _Ctx) -> list[_Span]:
    """A surname alone that the NER left out where it opens a sentence ("Саркисян ранее
    работал …" at a paragraph's start), the last word of a name of two words or more the NER
    found elsewhere in the text, by its lemma: one capitalized word, not glued to an initial
    ("Б.Обама"), in no quote, no capitalized word after it."""
    doc, toks = c.doc, c.doc.toks
    lemmas = set()
    for _, first, last, _ in c.ner:
        words = [k for k in range(first, last) if toks[k].is_word() and len(toks[k].text) > 1]
        if len(words) >= 2 and _capitalized(toks[words[-1]]):
            lemmas.add(toks[words[-1]].lemma)
    out: list[_Span] = []
    for s in doc.sents:
        t = next((x for x in toks[s.first:s.last] if x.is_word()), None)
        if t is not None and t.ner is None and t.lemma in lemmas and _capitalized(t) and \
                not t.chrome and t.i not in doc.quotes.quoted and \
                (t.start == 0 or doc.norm[t.start - 1].isspace()) and \
                any("Surn" in p.grams for p in t.parses) and (
                    t.i + 1 >= len(toks) or not _capitalized(toks[t.i + 1])):
            out.append((t.i, t.i + 1))
    return out


def _official_names(c: _Ctx) -> list[_Span]:
    """A surname, a first name and a patronymic in the official order that the NER left out
    entirely ("Ким Светлана Владимировна – руководитель …", "Пак Ирина Александровна
    выступила"): three capitalized words, the second with a first name's reading, the third a
    patronymic, the first no title and no word of a name before it."""
    toks = c.doc.toks
    out: list[_Span] = []
    for k in range(len(toks) - 2):
        a, b, d = toks[k], toks[k + 1], toks[k + 2]
        if a.ner is not None or b.ner is not None or d.ner is not None or a.chrome or \
                not (a.sent == b.sent == d.sent) or \
                not all(_capitalized(t) for t in (a, b, d)) or \
                k > 0 and _capitalized(toks[k - 1]) and toks[k - 1].sent == a.sent and \
                not _common_opener(c.doc, k - 1) or \
                not any("Name" in p.grams for p in b.parses) or \
                not _PATRONYMIC.search(d.text) or title_word(a, c.lex) or \
                a.low in c.lex.not_people or a.i in c.doc.quotes.quoted:
            continue
        out.append((k, k + 3))
    return out


def _names_ending_bodies(c: _Ctx) -> list[_Span]:
    """A full name in the text order that the NER ran into the organization or place before it
    ("ветерана строительства | Братской ГЭС Николая Ефимовича Шелехова"): the span's last three
    words, a first name, a Russian patronymic and a capitalized word, in no quote. The span may
    be the name alone, one the NER read as a place ("больницы | Канату Ерболовичу Смагулову"),
    when the dictionary knows the patronymic: then it shows the word before it to be a first
    name, one the dictionary knows as a common noun only too ("Канат")."""
    toks = c.doc.toks
    out: list[_Span] = []
    for type_, first, last in c.doc.ner:
        if type_ == "PER" or last - first < 3:
            continue
        a, b, d = toks[last - 3:last]
        known = any(p.known and "Patr" in p.grams for p in b.parses)
        if last - first == 3 and (not known or _after_eponym_word(c.doc, first)):
            continue
        if all(_capitalized(t) and t.sent == a.sent for t in (a, b, d)) and \
                (known or any({"Name", "sing"} <= p.grams for p in a.parses)) and \
                _RUSSIAN_PATRONYMIC.search(b.text) and not _PATRONYMIC.search(d.text) and \
                a.i not in c.doc.quotes.quoted:
            out.append((last - 3, last))
    return out


def _surname_first_pairs(c: _Ctx) -> list[_Span]:
    """A surname with a Russian suffix and a first name after it, in the official order, that
    the NER left out entirely ("Медалью награжден | Абенов Марат."): two capitalized words,
    the first with the suffix ("-ов", "-ева", …) and no first name's reading, the second a
    first name the dictionary knows in a case of the first; no capitalized word around them
    but a sentence's opening word, no title, in no quote."""
    toks = c.doc.toks
    out: list[_Span] = []
    for k in range(len(toks) - 1):
        a, b = toks[k], toks[k + 1]
        if a.ner is not None or b.ner is not None or a.chrome or a.sent != b.sent or \
                not _capitalized(a) or not _capitalized(b) or a.text.isupper() or \
                not _SUFFIXED.search(a.low) or \
                any({"Name", "sing"} <= p.grams for p in a.parses) or \
                title_word(a, c.lex) or a.low in c.lex.not_people or \
                a.i in c.doc.quotes.quoted or _capitalized_near(c.doc, k, k + 2):
            continue
        cases = _surname_cases(a, c.lex)
        if any(p.known and {"Name", "sing"} <= p.grams and p.grams & cases for p in b.parses):
            out.append((k, k + 2))
    return out


def _surname_cases(t: Tok, lex: PeopleLexicon) -> frozenset[str]:
    """The cases a surname may stand in: its dictionary readings' as a surname, and those its
    ending gives (data/name_paradigms.txt: "Абенов" a nominative, "Абенова" a genitive too)."""
    return frozenset({g for p in t.parses if "Surn" in p.grams for g in p.grams & _CASE_GRAMS} |
                     {case for ending, _, _, cases, role in lex.name_paradigms
                      if role == "Surn" and len(ending) > 1 and t.low.endswith(ending)
                      for case in cases})


def _capitalized_near(doc: Doc, first: int, last: int) -> bool:
    """Is there a capitalized word of the sentence right before ``first`` (but a sentence's
    opening dictionary word: "Награжден | …") or right after ``last - 1``?"""
    toks = doc.toks
    sent = toks[first].sent
    before = first > 0 and toks[first - 1].sent == sent and _capitalized(toks[first - 1]) and \
        not _common_opener(doc, first - 1)
    return before or last < len(toks) and toks[last].sent == sent and _capitalized(toks[last])


def _initialled_names(c: _Ctx) -> list[_Span]:
    """A surname with two initials, before or after it, that the NER left out entirely
    ("Мельникова Г. А. и Петров И. И. получили …", "Г. А. Мельникова"): a capitalized word
    with a surname's reading, no title, in no quote and after no eponym word."""
    toks = c.doc.toks
    out: list[_Span] = []
    for k in range(len(toks) - 4):
        if initial_at(toks, k) and initial_at(toks, k + 2):
            first, word = k, k + 4  # "Г. А. | Мельникова"
        elif initial_at(toks, k + 1) and initial_at(toks, k + 3):
            first, word = k, k  # "Мельникова | Г. А."
        else:
            continue
        w = toks[word]
        span = toks[first:first + 5]
        if any(t.ner is not None and not _after_abbreviation(c.doc, first) or t.chrome
               for t in span) or \
                len({t.sent for t in span}) > 1 or not _capitalized(w) or \
                w.text.isupper() or len(w.text) < 2 or \
                not any("Surn" in p.grams for p in w.parses) or title_word(w, c.lex) or \
                w.low in c.lex.not_people or w.i in c.doc.quotes.quoted or \
                _after_eponym_word(c.doc, first):
            continue
        out.append((first, first + 5))
    return out


def _after_abbreviation(doc: Doc, first: int) -> bool:
    """Does the NER's span that holds the word at ``first`` open with an abbreviation in
    capitals right before it, which the NER ran into the name ("КФХ | Коваленко С. П.")?"""
    span = doc.ner_span(first)
    return span is not None and span[0] != "PER" and span[1] == first - 1 and \
        _in_capitals(doc.toks[first - 1])


def _surnames_after_title(c: _Ctx) -> list[_Span]:
    """A surname alone that the NER left out or read as a place or an organization after a
    title and its complement, the subject of the verb after it ("Аким района | Сапаров |
    выполнил …", "Директор школы | Сапарова | ответила …": ``subject_surname``)."""
    toks = c.doc.toks
    return [(k, k + 1) for k in range(1, len(toks) - 1)
            if toks[k].ner != "PER" and subject_surname(c.doc, k, c.lex)]


def _surname_gender(word: str) -> str | None:
    """The gender a surname's ending in the nominative gives, by data/feminine_surnames.txt (a
    woman's ending first: "Сапарова", then a man's: "Сапаров"); None for another ending."""
    rows = table("feminine_surnames.txt", 2)
    if any(word.endswith(women) for _, women in rows):
        return "femn"
    return "masc" if any(word.endswith(men) for men, _ in rows) else None


def subject_surname(doc: Doc, k: int, lex: PeopleLexicon) -> bool:
    """Is token ``k`` a surname alone after a singular title in the nominative (over its
    complement), with a surname's ending and a verb in the past singular of that ending's
    gender right after it ("аким района | Сапаров | выполнил", "директор школы | Сапарова |
    ответила"), no capitalized word after it?"""
    toks = doc.toks
    t, verb = toks[k], toks[k + 1] if k + 1 < len(toks) else None
    if verb is None or not _capitalized(t) or t.chrome or verb.sent != t.sent or \
            t.i in doc.quotes.quoted or verb.parse is None or verb.parse.pos != "VERB" or \
            not {"past", "sing"} <= verb.parse.grams or title_word(t, lex) or \
            t.low in lex.not_people or any("Geox" in p.grams and p.known for p in t.parses):
        return False
    gender = _surname_gender(t.low)
    if gender is None or gender not in verb.parse.grams:
        return False
    head = _title_head_before(doc, k, lex)
    while head is not None and doc.toks[head].case == "gent":
        head = _title_head_before(doc, head, lex)  # "Заместитель | акима района | Нуртазина"
    return head is not None and head < k - 1 and doc.toks[head].case == "nomn" and \
        _singular(doc.toks[head])


def _common_opener(doc: Doc, k: int) -> bool:
    """Is the word at ``k`` its sentence's first and a dictionary word read as no name, capital
    only for opening it ("Награжден | Жуков Сергей Петрович")?"""
    return k == doc.sents[doc.toks[k].sent].first and _dictionary_word(doc.toks[k])


def _eponyms(c: _Ctx) -> list[_Span]:
    """The person an institution or a prize is named after, which the NER reads as a part of
    the organization's name ("институт имени А. С. Пушкина", "конкурса им. Чайковского")."""
    doc, out = c.doc, []
    toks = doc.toks
    for k, t in enumerate(toks):
        if t.low not in EPONYM_WORDS or t.chrome or (t.low == "им" and (
                k + 1 >= len(toks) or toks[k + 1].text != ".")):
            continue
        j = start = k + 2 if t.low == "им" else k + 1
        while j < len(toks) and toks[j].sent == t.sent and j - start < 6:
            if initial_at(toks, j):
                j += 2
            elif _capitalized(toks[j]) and not toks[j].text.isupper():
                j += 1
                if initial_at(toks, start):
                    break  # "имени А. С. Пушкина | Ивана Петрова": the surname ends it
            elif toks[j].low in NAME_PARTICLES and j > start and j + 1 < len(toks) and \
                    _capitalized(toks[j + 1]):
                j += 1  # "Людвига ван Бетховена"
            else:
                break
        j = eponym_name_end(doc, start, j, 1)  # "имени Ильяса Есенберлина | Ерлан Касымов"
        words = [x for x in toks[start:j] if x.is_word() and len(x.text) > 1]
        if words and not any(x.ner == "PER" for x in toks[start:j]):
            out.append((start, j))
    return out


# The constructions that make a person's name span, in order.
RULES: tuple[Rule[_Ctx, _Span], ...] = (
    Rule("ner", lambda c: _spans(c, "ner")),
    Rule("ner_joined", lambda c: _spans(c, "ner_joined")),
    Rule("genitive_cut", lambda c: _spans(c, "genitive_cut")),
    Rule("after_title", _after_titles),
    Rule("lone_first_name", _lone_first_names),
    Rule("name_after_see", _names_after_sees),
    Rule("name_after_place", _names_after_places),
    Rule("eponym", _eponyms),
    Rule("repeated_surname", _repeated_surnames),
    Rule("official_name", _official_names),
    Rule("name_ending_body", _names_ending_bodies),
    Rule("surname_first_name", _surname_first_pairs),
    Rule("initialled_name", _initialled_names),
    Rule("surname_after_title", _surnames_after_title),
)


_CASE_GRAMS = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


def _in_capitals(t: Tok) -> bool:
    return len(t.text) > 1 and t.text.isalpha() and t.text.isupper()
