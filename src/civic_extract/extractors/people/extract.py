"""``extract_people``, which runs the rules and vetoes and reads each name, the names of a
list put into one case, and ``lone_words``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ...document import Doc, Tok, initial_at
from ...lexicon import PeopleLexicon
from ...rules import Trace, run
from ...text.morph import Morphology
from ..surroundings import abbreviation_word
from .candidate import PersonCandidate, _name_words, _order, _role_score, _roles
from .case_hints import _LIST_GLUE, _case_hint, past_origin, title_word
from .constructions import RULES
from .reading import _is_first_name, person_from_tokens
from .sees import see_before
from .spans import _Ctx, _ner_spans, _relation_word, _Span
from .vetoes import (
    _FINITE,
    _NAME_GRAMS,
    VETOES,
    _hyphenated_title,
    _opener,
    _script,
    _title_before_first_name,
    _town_before_name,
    _verb_after,
    family_name,
)


def _trimmed(doc: Doc, first: int, last: int, lex: PeopleLexicon) -> _Span:
    """The span without punctuation at its edges (a final dot of an initial stays) and without
    a title word the NER ran into the name ("Принцу Филиппу", "Император Акихито", "Аким
    Ерболат Досаев") or a word opening the sentence that is no name (``_opener``: "О Сауле
    Ахметовой", "Вдобавок С. Антуфьев"), and a word in another alphabet after it."""
    while first < last and not doc.toks[first].is_word():
        first += 1
    words = [k for k in range(first, last) if doc.toks[k].is_word()]
    lead = doc.toks[first].parse
    if len(words) > 1 and (title_word(doc.toks[first], lex) or _relation_word(doc.toks[first]) or
                           _hyphenated_title(doc.toks[first], lex) or
                           _opener(doc, first) and not _verb_after(doc, first, last) or
                           lead is not None and lead.pos == "PREP" and
                           not initial_at(doc.toks, first) or
                           len(words) > 2 and _title_before_first_name(doc, words, lex)):
        words = words[1:]
        first = words[0]
    see = see_before(doc, first)
    if see is not None and see < last and any(k >= see for k in words):
        words = [k for k in words if k >= see]  # "митрополит | Русенский | Неофит": the see
        first = words[0]
    if len(words) > 3 and doc.toks[first].lemma.replace("ё", "е") in lex.titles and \
            _town_before_name(doc, words[1:], lex):
        words = words[1:]  # "Аким Талдыкоргана | Ерик Султанов": a title that is a name too
    if len(words) > 2 and _town_before_name(doc, words, lex):
        first = words[1]
    first = _past_abbreviation(doc, [k for k in words if k >= first], first)
    # a name keeps to one alphabet: a Latin word after Cyrillic ones is a work's name the NER
    # ran into it ("певца Пака Чэ Сана | Gangnam Style"), and the converse
    own = _script(doc.toks[first])
    if own:
        last = next((k for k in words if k > first and _script(doc.toks[k]) not in (own, "")),
                    last)
    while last > first and not doc.toks[last - 1].is_word() and \
            not (doc.toks[last - 1].text == "." and last >= 2 and initial_at(doc.toks, last - 2)):
        last -= 1  # the dot after "Тупу V" ends the sentence
    return first, last


def _past_abbreviation(doc: Doc, words: list[int], first: int) -> int:
    """The start of a name the NER began at the organization before it, an abbreviation in
    capitals (in a case: "ГОКа") and its adjectives ("Донского ГОКа | Ерлан Сатыбалдин",
    "ТОО | Иван Петров"): the words after the last such abbreviation, two or more capitalized
    ones not in capitals; ``first`` otherwise."""
    cut = next((n for n in range(len(words) - 3, -1, -1)
                if abbreviation_word(doc.toks[words[n]])),
               None)
    if cut is None or not all(doc.toks[k].text[:1].isupper() and not doc.toks[k].text.isupper()
                              for k in words[cut + 1:]):
        return first
    return words[cut + 1]


def extract_people(doc: Doc, morph: Morphology, lex: PeopleLexicon,
                   trace: Trace | None = None) -> list[PersonCandidate]:
    """Person mentions: the name spans of ``RULES`` no veto of ``VETOES`` stops, each with its
    name in the nominative, in text order."""
    out = []
    ctx = _Ctx(doc, morph, lex, _ner_spans(doc, lex))
    for rule, (first, last) in run(RULES, VETOES, ctx, kind="people", span=lambda s: s,
                                   trace=trace):
        # the person a thing is named after stands in the genitive ("имени Абая")
        first, last = _trimmed(doc, first, last, lex)
        cand = person_from_tokens(doc, first, last, morph, lex,
                                  _case_hint(doc, rule, first, last, lex))
        if cand is not None:
            out.append(replace(cand, rule=rule))
    listed = _listed_in_one_case(doc, sorted(out, key=lambda c: c.first_tok), morph, lex)
    return _listed_surname_first(doc, listed, morph, lex)


def _listed_in_one_case(doc: Doc, people: list[PersonCandidate], morph: Morphology,
                          lex: PeopleLexicon) -> list[PersonCandidate]:
    """Names listed together ("вошли А.С. Бобкова, Г.Н. Бергункер, А.И. Машкин") stand in one
    case: a name read in another case beside one the text gives in the nominative is read
    again with the nominative as its context's case ("Бобкова": a woman, not "Бобков"). When a
    name of the list cannot be a nominative, the list stands in the oblique case it was read
    in, if every name of it can ("на счету Нурсултана Омарова, Виктории Ким и | Ерасыла
    Тулеуова": not the woman "Тулеуова")."""
    def listed(a: PersonCandidate, b: PersonCandidate) -> bool:
        gap = doc.toks[past_origin(doc, a.last_tok, b.first_tok):b.first_tok]
        return doc.toks[a.first_tok].sent == doc.toks[b.first_tok].sent and bool(gap) and \
            all(t.low in _LIST_GLUE for t in gap)

    out = list(people)
    order = sorted(range(len(out)), key=lambda i: out[i].first_tok)
    runs: list[list[int]] = []
    for i in order:
        if runs and listed(out[runs[-1][-1]], out[i]):
            runs[-1].append(i)
        else:
            runs.append([i])
    for names in runs:
        if len(names) > 1 and not _in_oblique_case(doc, out, names, morph, lex):
            _in_nominative(doc, out, names, morph, lex)
    return out


def _read_again(doc: Doc, c: PersonCandidate, case: str, morph: Morphology,
                lex: PeopleLexicon) -> PersonCandidate | None:
    """The name read again in ``case``, None when its words cannot stand in it."""
    again = person_from_tokens(doc, c.first_tok, c.last_tok, morph, lex, case)
    if again is None or again.case != case or case == "nomn" and not again.nominative:
        return None
    return replace(again, rule=c.rule)


def _in_nominative(doc: Doc, out: list[PersonCandidate], run: list[int], morph: Morphology,
                   lex: PeopleLexicon) -> None:
    """Each name of the list beside one read in the nominative, read again in it."""
    for n, i in enumerate(run):
        near = [out[j].nominative for j in run[max(0, n - 1):n] + run[n + 1:n + 2]]
        if not out[i].nominative and any(near):
            again = _read_again(doc, out[i], "nomn", morph, lex)
            if again is not None:
                out[i] = again


def _in_oblique_case(doc: Doc, out: list[PersonCandidate], run: list[int], morph: Morphology,
                     lex: PeopleLexicon) -> bool:
    """The whole list read again in the oblique case of a name of it whose words had to change
    and cannot stand in the nominative, when each name of it can stand in that case."""
    tried: set[str] = set()  # (each case once: the cost stays linear in the list's length)
    for i in run:
        c = out[i]
        if not c.oblique or c.case in (None, "nomn") or c.case in tried or \
                _read_again(doc, c, "nomn", morph, lex) is not None:
            continue
        case = c.case
        tried.add(case)
        again = [out[j] if out[j].case == case else _read_again(doc, out[j], case, morph, lex)
                 for j in run]
        if all(a is not None for a in again):
            for j, a in zip(run, again):
                if a is not None:
                    out[j] = a
            return True
    return False


_MAX_ITEM_GAP = 12  # tokens between two names of one list: a title in apposition and a mark
_ITEM_MARKS = frozenset(".)-–—•●▪")


def _opens_item(doc: Doc, k: int) -> bool:
    """Does the name at token ``k`` open its sentence, or a list's item ("1. | Сапар Ерлан",
    "– | Сапар Ерлан")?"""
    s = doc.sents[doc.toks[k].sent]
    return all(t.text in _ITEM_MARKS or t.text.isdigit() for t in doc.toks[s.first:k])


def _list_neighbours(doc: Doc, a: PersonCandidate, b: PersonCandidate) -> bool:
    """Are two names, ``a`` before ``b``, items of one list: in one sentence with a list's
    glue right before ``b`` and no verb nor other name between them ("Сапар Ерлан, врач, и
    Турсынов Ерболат", "… – руководитель; Турсынов Ерболат"), or each opening an item of
    consecutive lines ("1. Сапар Ерлан, врач." | "2. Турсынов Ерболат, учитель.")?"""
    toks = doc.toks
    sa, sb = toks[a.first_tok].sent, toks[b.first_tok].sent
    if sa != sb:
        return sb == sa + 1 and _opens_item(doc, a.first_tok) and _opens_item(doc, b.first_tok)
    gap = toks[a.last_tok:b.first_tok]
    return 0 < len(gap) <= _MAX_ITEM_GAP and gap[-1].low in _LIST_GLUE and \
        not any(t.pos in _FINITE or t.ner == "PER" for t in gap)


def _written_surname_first(doc: Doc, c: PersonCandidate) -> bool:
    """Does a name give its surname first by its words ("Турсынов Ерболат", "Жумагали
    Асель", "Ахметова Б. К.")?"""
    words, initials, _ = _name_words(doc, c.first_tok, c.last_tok)
    if initials:
        return len(words) == 1 and not initial_at(doc.toks, c.first_tok)
    return len(words) >= 2 and _order(words, _roles(words), initials)[0] == "Surn"


def _first_name_second(doc: Doc, c: PersonCandidate) -> bool:
    """Is a name two words, read "Имя Фамилия", the second a first name to the dictionary
    and more of one than the first, which it knows as no one's first name ("Сапар Ерлан",
    "Кенжебай Нурлан")?"""
    words, initials, _ = _name_words(doc, c.first_tok, c.last_tok)
    if len(words) != 2 or initials or _order(words, _roles(words), initials)[0] != "Name":
        return False
    a, b = words
    return _is_first_name(b) and _role_score(a.parses, "Name") < _role_score(b.parses, "Name") \
        and not any(p.known and {"Name", "sing"} <= p.grams for p in a.parses)


def _listed_surname_first(doc: Doc, people: list[PersonCandidate], morph: Morphology,
                          lex: PeopleLexicon) -> list[PersonCandidate]:
    """Names listed together keep one order: in a list where a name gives its surname first
    ("Турсынов Ерболат – аккомпаниатор"), a name of two words whose second is a first name and
    whose first is none the dictionary knows is read surname first too ("Сейткали Айжан –
    руководитель; Турсынов Ерболат …": Сейткали is the surname)."""
    out = list(people)
    i = 0
    while i < len(out):
        j = i + 1
        while j < len(out) and _list_neighbours(doc, out[j - 1], out[j]):
            j += 1
        if j - i > 1 and any(_written_surname_first(doc, c) for c in out[i:j]):
            for k in range(i, j):
                c = out[k]
                if not _first_name_second(doc, c):
                    continue
                hint = _case_hint(doc, c.rule, c.first_tok, c.last_tok, lex)
                again = person_from_tokens(doc, c.first_tok, c.last_tok, morph, lex, hint, True)
                if again is not None:
                    out[k] = replace(again, rule=c.rule)
        i = j
    return out


def _adjective_only(t: Tok) -> bool:
    """Does the dictionary know the word as an adjective only ("Болгарским", "Кембриджский")?"""
    return bool(t.parses) and all(p.known and p.pos in ("ADJF", "ADJS") and
                                  not _NAME_GRAMS & p.grams for p in t.parses)


def _with_initials(doc: Doc, k: int) -> int:
    """The first token of the initials written right before word k ("Б.Обама", "Ю. Чайка",
    "А.С. Пушкин"), else k."""
    toks = doc.toks
    while k >= 2 and toks[k - 1].text == "." and initial_at(toks, k - 2) and \
            toks[k - 1].stop >= toks[k].start - 1 and toks[k - 2].stop == toks[k - 1].start:
        k -= 2
    return k


def _a_word_too(t: Tok) -> bool:
    """Does the dictionary know the word as something other than a name ("Все", "Так"; not
    "Абэ", "Али")?"""
    return any(p.known and not _NAME_GRAMS & p.grams for p in t.parses)


def lone_words(doc: Doc, morph: Morphology, lex: PeopleLexicon,
               taken: Iterable[tuple[int, int]]) -> list[PersonCandidate]:
    """Capitalized words the NER left untagged, or tagged as a name a veto stopped ("фонда
    Навального", "Нечаса" read as "не|часа"), that may be a surname said alone (a dictionary
    word whose capital the sentence start explains left out), each read as a one-word name:
    the linker makes one a person when it is, in some case, the surname of a full name of the
    text ("Иван Петров … сказал Петров"), wherever in the text that full name stands."""
    covered = {k for a, b in taken for k in range(a, b)}
    out = []
    for t in doc.toks:
        if t.ner not in (None, "PER") or t.i in covered or t.chrome or not t.text[:1].isupper() or \
                not t.text.isalpha() or len(t.text) < 2:
            continue
        if t.ner is None and t.parses and t.i == doc.sents[t.sent].first and \
                all(p.known and not _NAME_GRAMS & p.grams for p in t.parses):
            continue
        if t.ner is None and (t.text.isupper() or _adjective_only(t) or
                              len(t.text) < 4 and _a_word_too(t)):
            continue  # "БПТС", "Патриарх Болгарский", "Все": an abbreviation, an adjective
        cand = person_from_tokens(doc, _with_initials(doc, t.i), t.i + 1, morph, lex)
        if cand is not None and not family_name(t):
            out.append(replace(cand, rule="same_surname"))
    return out
