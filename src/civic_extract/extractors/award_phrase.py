"""The phrase around an award word: its modifiers, its complement, its name.

The awards' extractor (``awards.py``) reads each award word with these: the adjectives before it
that agree with it (``modifiers``), the complement after it (``complement``: a "за …" phrase, or
genitive words walked by the ``STEPS`` table, the first step that decides on a word wins), a
Latin-script name, the quoted names listed after a first one, the stretch of a nomination line
where its recipient is named, and the phrase in the nominative singular.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..agreement import ADJECTIVES, adjective_agrees, womans_first_name
from ..document import Doc, Sent, Tok
from ..lexicon import AwardLexicon, adjective_lemma
from ..text.morph import Morphology
from .phrase import EPONYM_WORDS, QUOTES, guillemets, restore_case
from .surroundings import field_noun, joined_field, municipality_end, po_adverbial

__all__ = ["Ctx", "Phrase", "STEPS", "ROMAN", "MAX_NAME_QUOTE", "quote_at", "is_open_quote",
           "complement", "gear_end", "latin_name", "modifiers", "singular", "winner_context",
           "nomination_line", "dash_at", "listed_names", "hero_titled", "champion_titled"]

ROMAN = re.compile(r"^[IVXLC]+$|^[ІХ]+$")  # also Cyrillic/Kazakh look-alikes: "ІІ", "Х"
_LATIN = re.compile(r"^[A-Za-z][A-Za-z'’.&-]*$")
_MAX_COMPLEMENT = 9
MAX_NAME_QUOTE = 14  # a longer quotation after an award word is speech, not a name
_DASHES = {"—", "–", "-", "−"}


@dataclass(frozen=True, slots=True)
class Ctx:
    """What the readers of a document's award phrases share."""

    doc: Doc
    morph: Morphology
    lex: AwardLexicon
    ner: dict[int, tuple[str, int, int]]  # token → the first NER span that covers it
    # each sentence asked (by its first token): has it a recipient verb ("получил")?
    won: dict[int, bool] = field(default_factory=dict)


# ---------------------------------------------------------------- pieces of a mention

def quote_at(doc: Doc, k: int) -> tuple[int, int, int] | None:
    """The quoted text opening at k: (first, last, after); «» matched by depth."""
    if doc.toks[k].text == "«":
        j = doc.quotes.pair_at(k)
        if j is not None:
            return (k + 1, j, j + 1) if j > k + 1 else None
    return doc.quotes.name_at(k)


def is_open_quote(doc: Doc, k: int, limit: int) -> bool:
    t = doc.toks[k]
    if t.text in "«„":
        return True
    if t.text in '"“':
        nxt_gap = doc.norm[t.stop:doc.toks[k + 1].start] if k + 1 < limit else " "
        return nxt_gap == ""
    return False


# ---------------------------------------------------------------- the complement

@dataclass(frozen=True, slots=True)
class Phrase:
    """The complement after an award word: the name runs to ``name_end`` (a trailing person,
    "губернатора края Виктора Басаргина", and an "от имени …" phrase stay out of it), the
    conferrer is [conf_start, conf_end); ``valid`` when it names an award or its conferrer (a
    proper word, a title, an organization word, a "за …" phrase of a singular award word, a
    degree); ``proper`` when it holds a proper name."""

    name_end: int
    conf_end: int
    conf_start: int
    valid: bool
    proper: bool
    degree: bool = False  # it holds a degree: "диплом первой степени" is an award by itself


@dataclass(slots=True)
class _Walk:
    """The state of a walk over a complement's words."""

    s: Sent
    after: int  # the first token after the award word
    j: int  # the next token
    from_phrase: bool  # "от (имени) …": the complement is the conferrer
    confers: bool
    valid: bool = False
    proper: bool = False
    titled: bool = False
    person_from: int | None = None  # the conferrer's name after a title
    honorary: bool = False  # the complement of an honorary title: a person ends it
    degree: bool = False  # a degree ("I степени", "первой степени")


_TAKEN, _STOP = "taken", "stop"


def _ner_step(c: Ctx, w: _Walk) -> str | None:
    """An organization or place the NER found ("премия акимата Алматы"), or a person in the
    genitive (the conferrer's name); a person in another case is the holder: the walk stops
    ("лауреат премии Grammy Даниил Трифонов"), and so is one after a title-less award in the
    instrumental whose words can be accusatives ("наградил благодарственным письмом | Ивана
    Петрова")."""
    span = c.ner.get(w.j)
    if span is None or span[1] != w.j:
        return None
    if span[0] in ("ORG", "LOC"):
        w.valid = w.proper = w.confers = True
        span = (span[0], span[1], _bracket_closed(c.doc, span[1],
                                                  _quote_closed(c.doc, span[1], span[2])))
    elif span[0] == "PER":
        # (the surname's case: an initial's tells nothing, "А.А. | Баева"; after "имени" a
        # genitive reading will do)
        if not _genitive_name(c, w, span[2] - 1) or (
                w.honorary and c.doc.toks[w.j - 1].pos != "ADJF") or \
                w.proper and not w.confers and not w.titled and not _after_eponym(c, w) or \
                _object_after_instrumental(c, w, span[2]) or \
                _dative_after_accusative(c, w, span[2]):
            return _STOP  # "Героя Советского Союза Алексея Маресьева", "ордена Почета | Сергея
            # Петрова": the holder, after the award's own name
        if (w.titled or w.from_phrase) and not _after_eponym(c, w):
            w.person_from = w.j  # "губернатора края Виктора Басаргина" (not "имени академика
            # А.А. Баева": the name names the award)
        w.valid = w.proper = True
    else:
        return None
    w.j = span[2]
    return _TAKEN


def _quote_closed(doc: Doc, first: int, last: int) -> int:
    """The end of a span [first, last) taken on over the closing quote of a name it opened
    (the NER's "палаты предпринимателей «Атамекен" without its "»")."""
    for k in range(first, last):
        if doc.toks[k].text in QUOTES and is_open_quote(doc, k, last):
            q = quote_at(doc, k)
            if q is not None and q[1] == last:
                return q[2]
    return last


def _bracket_closed(doc: Doc, first: int, last: int) -> int:
    """The end of a span [first, last) taken on over the closing bracket of an aside it opened
    (the NER's "Государственного Собрания (Ил Тумэн" without its ")")."""
    toks = doc.toks
    depth = sum((t.text == "(") - (t.text == ")") for t in toks[first:last])
    return last + 1 if depth == 1 and last < len(toks) and toks[last].text == ")" else last


def _object_after_instrumental(c: Ctx, w: _Walk, last: int) -> bool:
    """Is the name [w.j, last) the accusative object of a transitive verb right before an award
    word in the instrumental ("наградил грамотой | Ивана Петрова"; not "обладал премией |
    Роберта Шумана"), no title before it, every word an accusative too?"""
    toks = c.doc.toks
    word = toks[w.after - 1]
    return word.case == "ablt" and _transitive_before(c, w) and \
        not w.titled and not w.from_phrase and \
        toks[w.j - 1].low not in EPONYM_WORDS and all(
            any("accs" in p.grams for p in t.parses) for t in toks[w.j:last] if t.is_word())


def _dative_after_accusative(c: Ctx, w: _Walk, last: int) -> bool:
    """Is the name [w.j, last) the dative an active giving verb before an award word in the
    accusative gives it to ("вручил почетную грамоту | Юлии Ивановой"), no title before it,
    every word a dative too? After a conferrer's title, a name that may be its genitive is the
    dative all the same when nothing before the award word is one ("вручил почетную грамоту
    акима района | Жанар Байгазиной"; not "вручил Ивану грамоту акима района Жанар …")."""
    toks = c.doc.toks
    word = toks[w.after - 1]
    titled = w.titled and any(toks[j].case == "datv" and toks[j].pos in ("NOUN", "NPRO")
                              for j in range(w.s.first, w.after))
    # (an inanimate accusative the tagger read as the nominative it is written like, after the
    # verb: "вручил благодарственные письма | Марии Сапаровой")
    object_case = word.case == "accs" or word.case == "nomn" and any(
        "accs" in p.grams and "inan" in p.grams for p in word.parses)
    return object_case and not titled and not w.from_phrase and \
        toks[w.j - 1].low not in EPONYM_WORDS and any(
            t.pos == "VERB" and c.lex.recipient_verbs.get(t.lemma) == "give"
            for t in toks[w.s.first:w.after]) and all(
            any("datv" in p.grams or "Fixd" in p.grams for p in t.parses) or
            womans_first_name(t, toks[last - 1]) for t in toks[w.j:last] if t.is_word())


def _place_quote_step(c: Ctx, w: _Walk) -> str | None:
    """A quote that names the place of the word before it ("грамота акима района | «Сарыарка»
    города Астаны": a noun of data/award_markers.txt, named_place), the NER reading the quoted
    words as a place; not "премия акима района «Лучший учитель»", the award's own name."""
    toks = c.doc.toks
    if toks[w.j].text not in QUOTES or w.j == w.after or \
            c.lex.award_markers.get(toks[w.j - 1].lemma) != "named_place":
        return None
    q = quote_at(c.doc, w.j)
    span = c.ner.get(q[0]) if q is not None else None
    if q is None or span is None or span[:3] != ("LOC", q[0], q[1]):
        return None
    w.valid = w.proper = w.confers = True
    w.j = q[2]
    return _TAKEN


def _ordinal(t: Tok) -> bool:
    """A degree's number: "I", "II", or an ordinal word ("первой", "второй")."""
    return bool(ROMAN.match(t.text)) or any(p.pos == "ADJF" and "Anum" in p.grams
                                            for p in t.parses)


def _degree_step(c: Ctx, w: _Walk) -> str | None:
    """ "I степени", "первой степени", "лауреата III степени"."""
    toks = c.doc.toks
    if _ordinal(toks[w.j]) and w.j + 1 < w.s.last and toks[w.j + 1].lemma == "степень":
        w.j += 2
        w.valid = w.degree = True
        return _TAKEN
    return None


def _genitive_name(c: Ctx, w: _Walk, k: int) -> bool:
    """May the name ending with token ``k`` be a genitive of the complement: the tagger reads
    it so, or it has a genitive reading after an eponym word ("имени академика А.А. Баева")?"""
    t = c.doc.toks[k]
    return t.case in ("gent", None) or _after_eponym(c, w) and all(
        any({"gent", "sing"} <= p.grams or "Fixd" in p.grams for p in x.parses)
        for x in c.doc.toks[w.j:k + 1] if x.is_word() and len(x.text) > 1)


def _after_eponym(c: Ctx, w: _Walk) -> bool:
    """Does the walk stand at the first name after an eponym word, over titles and initials
    ("имени академика | А.А. Баева"; not "имени Петра Чайковского | Даниил Трифонов")?"""
    toks = c.doc.toks
    k = next((x for x in range(w.j - 1, w.after - 1, -1) if toks[x].low in EPONYM_WORDS), None)
    return k is not None and not any(t.ner == "PER" for t in toks[k + 1:w.j])


def _initial_step(c: Ctx, w: _Walk) -> str | None:
    """An initial and its dot before a capitalized word: "имени академика | С. | П. Королева"."""
    toks = c.doc.toks
    t = toks[w.j]
    if len(t.text) != 1 or not t.text.isupper() or w.j + 2 >= w.s.last or \
            toks[w.j + 1].text != "." or not toks[w.j + 2].text[:1].isupper():
        return None
    w.j += 2
    w.valid = w.proper = True
    return _TAKEN


_JOINTS = frozenset({"и", ","})


def _joined_step(c: Ctx, w: _Walk) -> str | None:
    """A second field of the conferrer's body or post joined by "и" ("грамота министра
    информации | и общественного развития", "министерства образования | и науки"), or an
    enumeration of them closed by "и" ("министерства по делам молодежи | , физической культуры
    и спорта"); not a second conferrer ("акима | и маслихата") or holder."""
    if not w.confers or w.j == w.after or c.doc.toks[w.j].low not in _JOINTS:
        return None
    lex = c.lex
    end = joined_field(c.doc, w.j, lambda t: field_noun(
        t, lex.org_words, lex.titles, lex.joined_parties), lex.po_adverbials)
    if end == w.j:
        return None
    w.j = end
    return _TAKEN


def _genitive_only(t: Tok) -> bool:
    """Is the word a genitive by the dictionary, whose every reading is one, though the tagger
    gave it another case ("грамотами | маслихата": read as an instrumental after the award
    word; "маслихат" has no such form)?"""
    return bool(t.parses) and t.case is not None and \
        not any(t.case in p.grams for p in t.parses) and any("gent" in p.grams for p in t.parses)


def _no_genitive(t: Tok) -> bool:
    """Is the word one the dictionary knows with no genitive reading, though the tagger read a
    genitive ("письма | старосте": a dative)?"""
    return bool(t.parses) and all(p.known and "gent" not in p.grams and "Fixd" not in p.grams
                                  for p in t.parses)


def _end_step(c: Ctx, w: _Walk) -> str | None:
    """Anything but a genitive word (or a capitalized abbreviation after one: СССР, РК) ends
    the complement."""
    t = c.doc.toks[w.j]
    if not t.is_word() or t.text in QUOTES or (t.case != "gent" or _no_genitive(t)) and \
            not _genitive_only(t) and not _conferrer_word(c, w, t):
        if not (t.text.isupper() and t.is_word() and w.j > w.after):
            return _STOP
    return None


def _municipal_name_step(c: Ctx, w: _Walk) -> str | None:
    """A settlement's word in the nominative and its name after a municipal formation's word
    (data/award_markers.txt, settlement; data/municipal_words.txt): "администрации городского
    округа | город Салават", "сельского поселения | село Ивановка"; the name one word."""
    toks = c.doc.toks
    t = toks[w.j]
    if w.j == w.after or w.j + 1 >= w.s.last or \
            c.lex.award_markers.get(t.lemma) != "settlement" or \
            not any("nomn" in p.grams for p in t.parses) or \
            not toks[w.j + 1].is_title_case() or not any(
                municipality_end(c.doc, m, w.j) == w.j for m in range(max(w.after, w.j - 2), w.j)):
        return None
    w.valid = w.proper = w.confers = True
    w.j += 2
    return _TAKEN


def _people_object_step(c: Ctx, w: _Walk) -> str | None:
    """People in the plural, their adjectives before them, after an award word in the
    instrumental that a transitive verb before it governs are the verb's object, not the
    award's complement ("наградил почетными грамотами | лучших работников", "… грамотами
    мэрии | врачей": the accusative of animates is their genitive); so is a named person's
    title (``_named_object``)."""
    toks = c.doc.toks
    word = toks[w.after - 1]
    if word.case != "ablt" or w.from_phrase or not _transitive_before(c, w):
        return None
    j = w.j
    while j < w.s.last - 1 and toks[j].pos in ("ADJF", "PRTF"):
        j += 1
    p = toks[j].parse
    if p is not None and p.pos == "NOUN" and {"anim", "plur"} <= p.grams and \
            any("accs" in q.grams and "plur" in q.grams for q in toks[j].parses):
        return _STOP
    return _STOP if _named_object(c, w, j) else None


_MAX_OBJECT_COMPLEMENT = 4


def _named_object(c: Ctx, w: _Walk, j: int) -> bool:
    """A title in the singular at ``j``, over its genitive complement, right before a person's
    name: the verb's object, the one it is given to ("наградила почётной грамотой |
    звукорежиссёра Дмитрия Носова", "… | учителя школы № 5 Анну Белову"), not the
    conferrer."""
    toks = c.doc.toks
    t = toks[j]
    if t.lemma.replace("ё", "е") not in c.lex.titles or t.parse is None or \
            "sing" not in t.parse.grams or not any("accs" in q.grams for q in t.parses):
        return False
    k = j + 1
    while k < w.s.last and k - j <= _MAX_OBJECT_COMPLEMENT and toks[k].ner != "PER" and (
            toks[k].case == "gent" and toks[k].text.islower() or toks[k].text in ("№",) or
            toks[k].text.isdigit()):
        if toks[k].lemma.replace("ё", "е") in c.lex.titles:
            return False  # "… грамотой губернатора области | учителя Анну Белову": the first
            # title is the conferrer's
        k += 1
    return k < w.s.last and toks[k].ner == "PER"


def _transitive_before(c: Ctx, w: _Walk) -> bool:
    """Is the word before the award word (its adjectives skipped) a transitive verb?"""
    toks = c.doc.toks
    v = w.after - 2
    while v > w.s.first and toks[v].pos in ("ADJF", "PRTF"):
        v -= 1
    verb = toks[v].parse
    return verb is not None and verb.pos in ("VERB", "INFN") and "tran" in verb.grams


def _conferrer_word(c: Ctx, w: _Walk, t: Tok) -> bool:
    """A title's or a body's word right after the award word, a genitive of which the tagger
    read in another case ("Почетными грамотами | акима области": an accusative; "Почетные
    грамоты | главы района": a plural)."""
    return w.j == w.after and any("gent" in p.grams and "sing" in p.grams for p in t.parses) and \
        (t.lemma in c.lex.titles or t.lemma in c.lex.conferrers)


_FIELD_POS = frozenset({"NOUN", "ADJF", "PRTF"})
_MAX_BODY_FIELD = 5


def _dative_word(t: Tok) -> bool:
    # (not a preposition a reading of which is a dative noun: "по хоккею | с мячом")
    return t.is_word() and t.pos != "PREP" and \
        any(p.pos in _FIELD_POS and "datv" in p.grams for p in t.parses)


def _body_field_step(c: Ctx, w: _Walk) -> str | None:
    """The field a conferring body or official works in, "по" and its dative words, after
    which the conferrer's genitive words go on ("грамота управления | по вопросам молодежной
    политики | области", "письмо уполномоченного | по правам человека")."""
    toks = c.doc.toks
    if toks[w.j].low != "по" or w.j == w.after or not w.confers:
        return None
    body = toks[w.j - 1]
    org = c.ner.get(w.j - 1)
    if body.lemma not in c.lex.conferrers and body.lemma.replace("ё", "е") not in c.lex.titles \
            and not (_abbreviation(body) and org is not None and org[0] == "ORG"):
        return None  # (a body's abbreviation: "… при МВД | по Республике Бурятия"; not a
        # country's: "мастер спорта СССР | по легкой атлетике")
    if w.j + 1 < w.s.last and po_adverbial(toks[w.j + 1], c.lex.po_adverbials):
        return None  # "… команды | по итогам года"
    k, nouns = w.j + 1, 0
    while k < w.s.last and k - w.j <= _MAX_BODY_FIELD:
        if toks[k].low == "и" and nouns and k + 1 < w.s.last and _dative_word(toks[k + 1]):
            k += 1
        elif _dative_word(toks[k]):
            nouns += toks[k].pos == "NOUN"
            k += 1
        else:
            break
    if not nouns:
        return None
    span = c.ner.get(k - 1)
    if span is not None and span[0] == "LOC" and k < span[2] <= w.s.last:
        k = span[2]  # the place's name in the nominative after its word: "по Республике | Бурятия"
    w.j = gear_end(c.doc, c.lex.award_markers, k, w.s.last)  # "по хоккею | с мячом"
    return _TAKEN


def _abbreviation(t: Tok) -> bool:
    """A capitalized abbreviation of a body: "МВД", "ФНС"."""
    return t.is_word() and len(t.text) > 1 and t.text.isupper()


def _pri_step(c: Ctx, w: _Walk) -> str | None:
    """The body or official a conferring council is attached to: "при", its adjectives and a
    body's word, an official's title or a body's abbreviation in the prepositional, after a
    head of data/po_heads.txt ("Общественного совета | при МВД по Республике
    Бурятия", "комиссии | при акимате области", "Совета | при Президенте Российской
    Федерации"); the walk goes on over its complement. The NER may have taken "при" already
    ("Совета при | Президенте")."""
    toks = c.doc.toks
    pri = w.j if toks[w.j].low == "при" else w.j - 1
    if not w.confers or pri <= w.after or toks[pri].low != "при" or \
            toks[pri - 1].lemma.replace("ё", "е") not in c.lex.pri_heads:
        return None
    k = pri + 1
    while k < w.s.last - 1 and toks[k].pos in ("ADJF", "PRTF") and toks[k].case == "loct":
        k += 1
    t = toks[k] if k < w.s.last else None
    if t is None or not (_abbreviation(t) or t.case == "loct" and (
            t.lemma in c.lex.conferrers or t.lemma.replace("ё", "е") in c.lex.titles)):
        return None
    w.j = k + 1
    w.valid = w.confers = True
    return _TAKEN


def _title_step(c: Ctx, w: _Walk) -> str | None:
    toks = c.doc.toks
    j = w.j
    while j < w.s.last - 1 and toks[j].pos in ("ADJF", "PRTF"):
        j += 1  # "художественного | руководителя"
    if toks[j].lemma.replace("ё", "е") not in c.lex.titles:
        return None
    if w.valid and not w.confers:
        # after a name or a degree the award already has, a title is its holder's ("орденом
        # Почета | актера Ивана Петрова", "III степени | художественного руководителя МХТ")
        return _STOP
    if j > w.j:
        return None  # (the adjectives are walked as genitive words)
    w.titled = w.confers = w.valid = True  # "премия акима области"
    w.j += 1
    return _TAKEN


def _proper_step(c: Ctx, w: _Walk) -> str | None:
    if not c.doc.toks[w.j].is_title_case() or w.j == w.s.first:
        return None
    w.valid = w.proper = True  # "орден Дружбы народов"
    w.j += 1
    return _TAKEN


def _org_step(c: Ctx, w: _Walk) -> str | None:
    if c.doc.toks[w.j].lemma not in c.lex.conferrers:
        return None
    w.valid = w.confers = True  # "грамота министерства", "грамота городской думы"
    w.j += 1
    return _TAKEN


def _word_step(c: Ctx, w: _Walk) -> str | None:
    w.j += 1  # any other genitive word
    return _TAKEN


# What a complement's next word is, the first step that decides wins: each takes tokens and
# notes what they say of the award, or stops the walk.
STEPS: tuple[tuple[str, Callable[[Ctx, _Walk], str | None]], ...] = (
    ("ner_name", _ner_step),
    ("place_quote", _place_quote_step),
    ("degree", _degree_step),
    ("initial", _initial_step),
    ("joined_field", _joined_step),
    ("people_object", _people_object_step),
    ("body_field", _body_field_step),
    ("pri_body", _pri_step),
    ("municipal_name", _municipal_name_step),
    ("not_genitive", _end_step),
    ("title_word", _title_step),
    ("proper_word", _proper_step),
    ("org_word", _org_step),
    ("genitive_word", _word_step),
)


def _step(c: Ctx, w: _Walk) -> str:
    """The verdict of the first step of ``STEPS`` that decides on the walk's next word."""
    for _, step in STEPS:
        verdict = step(c, w)
        if verdict is not None:
            return verdict
    return _STOP


# the cases of a plural award word that a "за …" phrase names, as the subject or object of its
# giving ("получили переходящие кубки | за безаварийную работу", "вручены медали | за отвагу");
# not a genitive ("лауреатами наград и премий | за активную гражданскую позицию": a reason)
_PLURAL_NAMED_CASES = frozenset({"nomn", "accs"})


def _reason(doc: Doc, s: Sent, after: int, word_tok: Tok) -> Phrase | None:
    """A "за …" phrase: "за вклад в решение социальных задач", "за оборону Сталинграда" (not
    after an instrumental: "награжден грамотой за работу" gives a reason, not a name)."""
    toks = doc.toks
    j, limit = after, s.last
    if not (j < limit and toks[j].low == "за" and word_tok.case != "ablt" and
            word_tok.parse is not None and ("plur" not in word_tok.parse.grams or
                                            word_tok.case in _PLURAL_NAMED_CASES)):
        return None
    m = j + 1
    while m < limit and m - j <= _MAX_COMPLEMENT and toks[m].is_word() and \
            not (_subject_of_next(toks, m, limit) and
                 any(t.pos == "NOUN" for t in toks[j + 1:m])) and (
            toks[m].case in ("accs", "gent") or toks[m].pos in ("ADJF", "PRTF")
            or (toks[m].low in ("в", "во", "перед") and m + 1 < limit
                and toks[m + 1].is_word())):
        # after "в" its field noun in any case: "за достижения в | области науки"
        m += 2 if toks[m].low in ("в", "во", "перед") and \
            toks[m + 1].lemma in _FIELD_WORDS else 1
    m = min(m, limit)
    while m > j + 1 and toks[m - 1].pos == "PREP":
        m -= 1  # (no preposition ends it)
    if m > j + 1:
        return Phrase(m, m, m, True, any(t.is_title_case() for t in toks[j + 1:m]))
    return None


_GENDERS = ("masc", "femn", "neut")


def _subject_of_next(toks: list[Tok], m: int, limit: int) -> bool:
    """Is the noun at m the subject of the finite verb right after it, agreeing with it in
    number (and gender, in the past singular): "приз за лучший костюм | жюри присудило …",
    "премию за вклад в науку | комиссия вручила …"; not "за оборону Сталинграда получил"
    (the caller asks after the reason's own noun only: "приз за сценарий получил …")."""
    if m + 1 >= limit or toks[m + 1].pos != "VERB":
        return False
    for v in toks[m + 1].parses:
        if v.pos != "VERB":
            continue
        number = "sing" if "sing" in v.grams else "plur" if "plur" in v.grams else None
        gender = next((g for g in _GENDERS if g in v.grams), None)
        if number is None:
            continue
        if any(p.pos == "NOUN" and "nomn" in p.grams and
               (number in p.grams or "Fixd" in p.grams or "Sgtm" in p.grams and number == "sing")
               and (gender is None or gender in p.grams or "Ms-f" in p.grams)
               for p in toks[m].parses):
            return True
    return False


def complement(c: Ctx, s: Sent, after: int, word_tok: Tok, honorary: bool = False) -> Phrase:
    """The complement right after the award word: a "за …" phrase, else the genitive words
    (``STEPS``) with an "от (имени) …" before them and a quoted name after an organization
    word ("от партии «Nur Otan»"); after an honorary title, a person's name is its holder."""
    reason = _reason(c.doc, s, after, word_tok)
    if reason is not None:
        return reason
    toks = c.doc.toks
    j, limit = after, s.last
    if j + 1 < limit and toks[j].low == "от" and toks[j + 1].low == "имени":
        j += 2
    elif j < limit and toks[j].low == "от":
        j += 1
    conf_start = j
    w = _Walk(s, after, j, conf_start > after, conf_start > after, honorary=honorary)
    while w.j < limit and w.j - after < _MAX_COMPLEMENT and _step(c, w) != _STOP:
        pass
    j = w.j
    field = _field_end(c.doc, j, limit)
    po_field = field == j and c.lex.award_markers.get(word_tok.lemma) == "po_field"
    if po_field:
        field = _po_field_end(c, j, limit)
    if j == conf_start:
        if field > j and field < limit and toks[field].text in QUOTES and not po_field:
            # "премии в области благотворительности | «Алтын жүрек»": the name after the field
            return Phrase(field, field, field, True, False)
        if field > j:
            # "Государственная премия | в области науки и технологий": the field is the name's
            # (a bare "премия в области физики" still refers to one named before)
            return Phrase(field, field, field, False, False)
        return _bare_purpose(c, word_tok, after, limit)
    name_end = after if w.from_phrase else w.person_from if w.person_from is not None else j
    # a quoted name right after an organization word belongs to it: "от партии «Nur Otan»",
    # "палаты предпринимателей Республики Казахстан «Атамекен»"
    if j < limit and toks[j].text in QUOTES and (w.from_phrase or
                                                 _quote_of_organization(c, conf_start, j)):
        q = quote_at(c.doc, j)
        if q is not None:
            if not w.from_phrase:
                name_end = q[2]
            j = q[2]
    if field > j and name_end == j:  # "премия правительства РФ | в области образования"
        name_end = j = field
    whom = _for_whom_end(c, j, limit)
    if whom > j and name_end == j:  # "премия губернатора | для молодых ученых"
        name_end = j = whom
    purpose = _purpose_end(c, j, limit)
    if purpose > j and name_end == j:  # "грант Президента РФ | на развитие гражданского общества"
        name_end = j = purpose
    reason = _reason(c.doc, s, j, word_tok) if name_end == j and w.confers and \
        c.lex.award_markers.get(f"{word_tok.lemma} за") == "reason_name" else None
    if reason is not None:  # "премии Правительства РФ | за выдающиеся достижения в области …"
        name_end = j = reason.name_end
    if not w.confers:
        conf_start = j  # the complement names the award ("орден Мужества"), no conferrer
    return Phrase(name_end, j, conf_start, w.valid or w.from_phrase, w.proper, w.degree)


def _bare_purpose(c: Ctx, word_tok: Tok, after: int, limit: int) -> Phrase:
    """An award word with no genitive after it: "гранты | на развитие бизнеса", what a grant
    is given for naming it (data/award_markers.txt: purpose_name; its noun and a genitive at
    least, not "грант на развитие" alone), else an empty complement."""
    purpose = _purpose_end(c, after, limit)
    if purpose > after + 2 and c.lex.award_markers.get(word_tok.lemma) == "purpose_name":
        return Phrase(purpose, purpose, purpose, False, False)
    return Phrase(after, after, after, False, False)


_MAX_FIELD = 8
# the nouns of a field after "в": "в области культуры", "в сфере образования"
_FIELD_WORDS = frozenset({"область", "сфера"})


def _field_end(doc: Doc, j: int, limit: int) -> int:
    """The end of "в области"/"в сфере" and the genitive words of a field after it, "и" joining
    them ("в области литературы и искусства", "в сфере культуры") or closing an enumeration
    of them ("в сфере образования, науки, здравоохранения и культуры"); ``j`` when none
    follows."""
    toks = doc.toks
    if j + 2 >= limit or toks[j].low != "в" or toks[j + 1].lemma not in _FIELD_WORDS or \
            toks[j + 1].case not in ("loct", "datv") or toks[j + 2].case != "gent" or \
            toks[j + 2].text[:1].isupper():
        return j  # (not "в области Абай": a region)
    k = j + 2
    while k < limit and k - j <= _MAX_FIELD and toks[k].is_word() and (
            toks[k].case == "gent" or toks[k].low == "и" and k + 1 < limit and
            toks[k + 1].case == "gent"):
        k += 1
    if k < limit and toks[k].text == ",":  # ", науки, здравоохранения и культуры"
        end = joined_field(doc, k, field_noun)
        k = end if end <= limit else k
    return k


_MAX_PO_ADJECTIVES = 2


def _po_field_end(c: Ctx, j: int, limit: int) -> int:
    """The end of "по" and the field in the dative after it, its genitive words and "и"
    joining fields ("Нобелевская премия | по физике", "премия по литературе и искусству"), the
    field's adjectives before it ("Кубок России | по художественной гимнастике");
    not an adverbial ("по итогам года"); ``j`` when none follows."""
    toks = c.doc.toks
    if j + 1 >= limit or toks[j].low != "по":
        return j
    n = j + 1  # over the sport's adjectives: "по | академической | гребле", "по вольной борьбе"
    while n < limit - 1 and n - j <= _MAX_PO_ADJECTIVES and toks[n].pos in ADJECTIVES and \
            toks[n].case == "datv" and toks[n].text.islower():
        n += 1
    if toks[n].pos != "NOUN" or toks[n].case != "datv" or not toks[n].text.islower() or \
            po_adverbial(toks[n], c.lex.po_adverbials):
        return j
    k = n + 1
    while k < limit and k - j <= _MAX_FIELD and toks[k].is_word() and toks[k].text.islower() and (
            toks[k].case == "gent" or toks[k].low == "и" and k + 1 < limit and
            toks[k + 1].case in ("datv", "gent")):
        k += 1 + (toks[k].low == "и")
    return gear_end(c.doc, c.lex.award_markers, min(k, limit), limit)


_GEAR_PREPOSITIONS = frozenset({"с", "со", "из", "на"})


def gear_end(doc: Doc, markers: dict[str, str], k: int, limit: int) -> int:
    """The end of a sport's field going on with its gear, "с"/"из"/"на", adjectives and a noun
    of data/award_markers.txt (gear), "и" joining another: "по хоккею | с мячом", "по прыжкам
    | с шестом", "по стрельбе | из лука", "по гребле | на байдарках и каноэ"; ``k`` when none
    follows."""
    toks = doc.toks
    if k + 1 >= limit or toks[k].low not in _GEAR_PREPOSITIONS or toks[k - 1].pos != "NOUN" or \
            not toks[k - 1].text.islower():
        return k
    m = k + 1
    while m < limit - 1 and m - k <= 2 and toks[m].pos in ADJECTIVES and toks[m].text.islower():
        m += 1
    if not (markers.get(toks[m].lemma) == "gear" and toks[m].text.islower()):
        return k
    if m + 2 < limit and toks[m + 1].low == "и" and toks[m + 2].text.islower() and \
            markers.get(toks[m + 2].lemma) == "gear":
        return m + 3  # "на байдарках | и каноэ"
    return m + 1


_MAX_FOR_WHOM = 3


def _for_whom_end(c: Ctx, j: int, limit: int) -> int:
    """The end of "для" and the people or the kind of organizations in the plural an award is
    meant for, their adjectives before them ("для молодых ученых", "для студентов", "для
    некоммерческих организаций", "для НКО"; not one named body: "для фонда «Мир»", "для НКО
    «Мир»"); ``j`` when none follows."""
    toks = c.doc.toks
    if j + 1 >= limit or toks[j].low != "для":
        return j
    k = j + 1
    while k < limit - 1 and k - j <= _MAX_FOR_WHOM and toks[k].pos in ADJECTIVES:
        k += 1
    t = toks[k]
    people = any(p.pos == "NOUN" and {"anim", "plur", "gent"} <= p.grams for p in t.parses)
    bodies = t.lemma in c.lex.org_words and (
        t.text.isupper() or any({"plur", "gent"} <= p.grams for p in t.parses)) and not (
        k + 1 < limit and toks[k + 1].text in QUOTES)
    return k + 1 if people or bodies else j


_MAX_PURPOSE = 5


def _purpose_end(c: Ctx, j: int, limit: int) -> int:
    """The end of "на", a noun of data/award_markers.txt (purpose) in the accusative and the
    genitive words after it ("на развитие | гражданского общества", "на поддержку | молодых
    ученых"); ``j`` when none follows."""
    toks = c.doc.toks
    if j + 1 >= limit or toks[j].low != "на" or \
            c.lex.award_markers.get(toks[j + 1].lemma) != "purpose" or toks[j + 1].case != "accs":
        return j
    k = j + 2
    while k < limit and k - j <= _MAX_PURPOSE and toks[k].is_word() and toks[k].case == "gent":
        k += 1
    return k


def _quote_of_organization(c: Ctx, first: int, quote: int) -> bool:
    """Does the quote at ``quote`` name the organization of the complement [first, quote)? It
    does right after an organization word ("фонда «Мейірім»"), and after the genitive words
    that complete one that is no state body ("палаты предпринимателей Республики Казахстан
    «Атамекен»"); not when it opens with "за", as the names of awards do ("медаль Министерства
    обороны «За укрепление содружества»", "знак Ассоциации «За верность Северу»"), or with
    another opener of data/award_markers.txt, name_opener ("«Почетный химик»")."""
    toks = c.doc.toks
    if quote + 1 < len(toks) and "name_opener" in (
            c.lex.award_markers.get(toks[quote + 1].low),
            c.lex.award_markers.get(toks[quote + 1].lemma)):
        return False  # (right after an organization word too: "знак Ассоциации «За верность
        # Северу»", "знак Министерства … Российской Федерации «Почетный химик»")
    if toks[quote - 1].lemma in c.lex.org_words:
        return True
    return any(c.lex.org_words.get(t.lemma, "state") != "state" for t in toks[first:quote])


def latin_name(doc: Doc, j: int, limit: int, glue: frozenset[str]) -> int:
    """End of a Latin-script name starting at j ("Grammy", "Tribune Internationale des
    Compositeurs"); j when there is none."""
    toks = doc.toks
    if j >= limit or not _LATIN.match(toks[j].text) or not toks[j].text[:1].isupper() \
            or ROMAN.match(toks[j].text):
        return j
    m = j + 1
    while m < limit and (_LATIN.match(toks[m].text) and (
            toks[m].text[:1].isupper() or toks[m].low in glue)):
        m += 1
    while m > j + 1 and toks[m - 1].low in glue:
        m -= 1
    return m


def modifiers(doc: Doc, s: Sent, k: int, word_tok: Tok, morph: Morphology, lex: AwardLexicon
               ) -> tuple[int, tuple[str, ...], bool]:
    """Adjectives right before the award word that agree with it: (first token, lemmas,
    proper). Proper: capitalized inside the sentence ("Ленинской", "Государственных"), or one
    of data/award_adjectives.txt ("золотая медаль")."""
    toks = doc.toks
    j = k
    lemmas: list[str] = []
    proper = False
    while j - 1 >= s.first:
        t = toks[j - 1]
        p = t.parse
        if p is None or p.pos not in ("ADJF", "PRTF") or not t.is_word():
            break
        if word_tok.case and t.case and t.case != word_tok.case and \
                not _paucal(doc, s, j - 1, word_tok, lex) and \
                (p.pos != "ADJF" or not adjective_agrees(t, word_tok)):
            break  # (an adjective may agree where the tagger's cases differ: "денежные премии";
            # a participle there governs the award: "завоевавшая | золотую медаль")
        lemma = adjective_lemma(morph, p)
        if lemma in lex.award_not_modifiers or "Anum" in p.grams:
            break  # (an ordinal counts the award: "седьмую | золотую медаль")
        lemmas.insert(0, lemma)
        if (t.is_title_case() and not t.text.isupper() and
                (j - 1 != s.first or _of_a_proper_name(lemma, morph))) or \
                lemma in lex.award_adjectives:
            proper = True
        j -= 1
    if j - 1 >= s.first and ROMAN.match(toks[j - 1].text):  # "XIV Международный конкурс"
        j -= 1
    return j, tuple(lemmas), proper


_NAME_SUFFIXES = (("овский", ""), ("евский", ""), ("инский", "ин"), ("ский", ""))


def _of_a_proper_name(lemma: str, morph: Morphology) -> bool:
    """Is an adjective made of a surname or a place's name, and of no common noun
    ("нобелевский" of "Нобель", "ленинский", "пушкинский"; not "королевский" of "король",
    "женский" of "жена")? Such an adjective names its award even where a sentence's capital
    says nothing ("Нобелевскую премию получил …")."""
    suffix, tail = next(((x, t) for x, t in _NAME_SUFFIXES if lemma.endswith(x)), ("", ""))
    if not suffix:
        return False
    stem = lemma[:-len(suffix)] + tail
    parses = [p for word in (stem, stem + "ь", stem + "а") for p in morph.parse(word) if p.known]
    return not any(p.pos == "NOUN" and not _PROPER & p.grams for p in parses) and \
        any({"Surn", "Geox"} & p.grams for p in parses)


_PROPER = frozenset({"Surn", "Name", "Patr", "Geox"})


def _paucal(doc: Doc, s: Sent, j: int, word_tok: Tok, lex: AwardLexicon) -> bool:
    """ "две серебряные медали", "три золотых кубка": after два, три, четыре
    (data/award_markers.txt, paucal) the adjective is plural while the noun is in the genitive
    singular; j is an adjective of the run before the noun."""
    if word_tok.case != "gent":
        return False
    toks = doc.toks
    while j >= s.first and toks[j].pos in ("ADJF", "PRTF"):
        j -= 1
    return j >= s.first and ("paucal" in (lex.award_markers.get(toks[j].low),
                                          lex.award_markers.get(toks[j].lemma)) or
                             toks[j].text[-1:] in "234" and toks[j].text.isdigit())


def singular(doc: Doc, first: int, word: int, word_end: int, last: int,
              morph: Morphology, holders: frozenset[str] = frozenset()) -> str:
    """[first, last) in the nominative singular: the award word's head noun and the adjectives
    before it are inflected, the rest kept as written; a holder noun (``holders``) in the plural
    right after a plural award word goes to the singular too ("дипломы лауреатов I степени" →
    "диплом лауреата I степени": each holds one)."""
    toks = doc.toks
    head = next((i for i in range(word, word_end) if toks[i].pos == "NOUN"), word_end - 1)
    hp = toks[head].parse
    words = [t.text for t in toks[first:last]]
    if hp is None or not toks[head].is_word():
        return _join(doc, first, words)
    # the holder noun right after the head noun, in the complement or in the award word itself
    # ("дипломы | лауреатов", "дипломы победителей" of the word "диплом победителя")
    held = toks[head + 1].parse if head + 1 < last else None
    if held is not None and held.normal.replace("ё", "е") in holders and \
            {"plur", "gent"} <= held.grams and \
            "plur" in hp.grams:
        f = morph.inflect(held, {"gent", "sing"})
        if f:
            words[head + 1 - first] = restore_case(f, toks[head + 1].text)
    number = "plur" if "Pltm" in hp.grams else "sing"
    gender = next((g for g in ("masc", "femn", "neut") if g in hp.grams), None)
    form = morph.inflect(hp, {"nomn", number})
    if form:
        words[head - first] = restore_case(form, toks[head].text)
    for i in range(first, head):
        t = toks[i]
        p = t.parse
        if p is None or p.pos not in ("ADJF", "PRTF") or not t.is_word():
            continue
        want = {"nomn", number} | ({gender} if gender and number == "sing" else set())
        f = morph.inflect(p, want)
        if f:
            words[i - first] = restore_case(f, t.text)
    return _join(doc, first, words)


def _join(doc: Doc, first: int, words: list[str]) -> str:
    toks = doc.toks
    out = []
    for n, w in enumerate(words):
        if n:
            gap = doc.norm[toks[first + n - 1].stop:toks[first + n].start]
            out.append(" " if gap.strip() == "" and gap else gap)
        out.append(w)
    return "".join(out)


def winner_context(doc: Doc, s: Sent, first: int, lex: AwardLexicon) -> bool:
    """A contest counts as an award only with its winner: "победитель конкурса «…»"."""
    toks = doc.toks
    j = first - 1
    while j >= s.first and (toks[j].pos in ("ADJF", "PRTF") or ROMAN.match(toks[j].text)):
        j -= 1
    return j >= s.first and toks[j].lemma in lex.award_holders


# ---------------------------------------------------------------- nomination lines

def dash_at(doc: Doc, j: int, limit: int) -> int | None:
    """Token after a dash (or a run of dashes) at j, None if no dash."""
    toks = doc.toks
    if j < limit and toks[j].text in _DASHES:
        while j < limit and toks[j].text in _DASHES:
            j += 1
        return j
    return None


def nomination_line(doc: Doc, s: Sent, name_first: int, after: int,
                     ) -> tuple[tuple[int, int] | None, list[tuple[int, int, int, int]]]:
    """The scope of the nomination named at [name_first, after), and the nominations that follow
    it in the same line ("«А» – врач Иван Петров, «Б» – Анна Смирнова"):
    [(quote first, quote last, after, scope end)]."""
    toks = doc.toks
    start = dash_at(doc, after, s.last)
    if start is None:
        # "ОО «Хиуаз» — номинация «…»", "Иван Петров – в номинации «…»", "Иван Петров
        # (номинация «…»)": the recipient is named before the dash or the bracket, in its item
        # of the list
        j = name_first - 2  # the opening quote, then the nomination word
        while j > s.first and toks[j].lemma != "номинация":
            j -= 1
        d = j - 1
        if d - 1 >= s.first and toks[d].low in ("в", "во") and toks[d - 1].text in _DASHES:
            d -= 1
        if d >= s.first and (toks[d].text in _DASHES or toks[d].text == "("):
            bracket = toks[d].text == "("
            while d - 1 >= s.first and toks[d - 1].text in _DASHES:
                d -= 1
            return (_item_start(doc, s, d, bracket), d), []
        return None, []
    # the line goes on: ", «Б» – …" starts the next nomination and ends this one's scope
    cuts: list[tuple[int, int, int, int]] = []  # (comma, quote first, quote last, after dash)
    j = start
    while j < s.last:
        if toks[j].text in (",", ";") and _next_nomination(doc, j + 1, s.last):
            break  # ", в номинации «Б» – …": a nomination of its own, found at its word
        if toks[j].text in (",", ";") and j + 1 < s.last and toks[j + 1].text in QUOTES:
            q = quote_at(doc, j + 1)
            dash = dash_at(doc, q[2], s.last) if q is not None else None
            if q is not None and dash is not None:
                cuts.append((j, q[0], q[1], dash))
                j = dash
                continue
        j += 1
    end = j if j < s.last else s.last
    while end > s.first and toks[end - 1].text in (".", ";", "!"):
        end -= 1
    ends = [c[0] for c in cuts] + [end]
    more = [(qf, ql, dash, ends[n + 1]) for n, (_, qf, ql, dash) in enumerate(cuts)]
    return (start, ends[0]), more


def _next_nomination(doc: Doc, k: int, limit: int) -> bool:
    """Does a nomination word before a quote start at token ``k`` ("в номинации «…»",
    "номинация «…»")?"""
    toks = doc.toks
    if k < limit and toks[k].low in ("в", "во"):
        k += 1
    return k + 1 < limit and toks[k].lemma == "номинация" and toks[k + 1].text in QUOTES


_ITEM_BOUNDS = frozenset({",", ";", ":"})


def _item_start(doc: Doc, s: Sent, end: int, bracket: bool) -> int:
    """The first token of the list item that ends at ``end``: past the last comma, semicolon
    or colon before it (and closing bracket, in a list of bracketed nominations), else the
    sentence's start."""
    bounds = _ITEM_BOUNDS | {")"} if bracket else _ITEM_BOUNDS
    k = end
    while k > s.first and doc.toks[k - 1].text not in bounds:
        k -= 1
    return k


def listed_names(c: Ctx, s: Sent, end: int) -> tuple[tuple[int, int, str], ...]:
    """The quoted names listed after a first one: "ордена «Парасат», «Құрмет», «Еңбек Даңқы»
    III степени (2000)"."""
    toks = c.doc.toks
    out: list[tuple[int, int, str]] = []
    while True:
        m = end
        if m + 1 < s.last and ROMAN.match(toks[m].text) and toks[m + 1].lemma == "степень":
            m += 2
        if m + 2 < s.last and toks[m].text == "(" and toks[m + 2].text == ")":
            m += 3  # "(2000)"
        if not (m < s.last and toks[m].text in (",", "и") and m + 1 < s.last
                and toks[m + 1].text in QUOTES):
            return tuple(out)
        q = quote_at(c.doc, m + 1)
        if q is None or q[1] - q[0] > MAX_NAME_QUOTE or dash_at(c.doc, q[2], s.last) is not None:
            return tuple(out)
        out.append((m + 1, q[2], guillemets(c.doc.span_text(q[0], q[1])).strip()))
        end = q[2]


def hero_titled(doc: Doc, s: Sent, k: int, after: int) -> bool:
    """ "Герой Социалистического Труда": capitalized, singular, a genitive after it."""
    toks = doc.toks
    p = toks[k].parse
    return toks[k].is_title_case() and after < s.last and toks[after].case == "gent" and \
        p is not None and "sing" in p.grams




def champion_titled(doc: Doc, s: Sent, k: int, after: int) -> bool:
    """ "чемпион мира", "чемпионкой Европы 2017 года", "чемпион по боксу": a genitive or "по"
    after it; not "Лиги чемпионов", "Кубок европейских чемпионов" (a plural genitive after a
    noun is that noun's complement)."""
    toks = doc.toks
    if after >= s.last or not (toks[after].case == "gent" or toks[after].low == "по"):
        return False
    p = toks[k].parse
    if p is not None and {"plur", "gent"} <= p.grams:
        j = k - 1
        while j >= s.first and toks[j].pos in ("ADJF", "PRTF"):
            j -= 1
        return not (j >= s.first and toks[j].pos == "NOUN")
    return True
