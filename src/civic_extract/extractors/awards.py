"""Awards: the mentions of prizes, medals, orders, badges, letters, honorary titles, nominations
and (with a winner) contests, in any case.

A mention is an award word of ``data/award_words.txt`` with what names it:

- a quoted name ("медалью «Халық алғысы»", "ордена «Парасат», «Құрмет»" — a list gives one award
  per name) or a Latin one ("премии Grammy");
- else a descriptive phrase: proper modifiers before the word ("Ленинской премии"), a complement
  after it that names the award or its conferrer ("премия акима Акмолинской области", "орден
  Дружбы народов", "медаль за оборону Сталинграда", "грамота Республики Казахстан"); the name is
  the phrase in the nominative singular ("почетная грамота акима области");
- honorary titles are awards by themselves ("народный артист России", "Герой Социалистического
  Труда");
- a bare award word ("премий удостоены", "нагрудные знаки") is a reference to an award named
  elsewhere (``ref``); the linker resolves it.

Nomination lines ("В номинации «А» – врач Иван Петров, «Б» – …") give each nomination the stretch
of text where its recipient is named (``scope``). Recipients are found by ``recipients.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from ..document import Doc, Sent, Tok, key
from ..lexicon import AwardLexicon, adjective_lemma
from ..rules import Rule, Trace, Veto, run
from ..text.morph import Morphology
from .phrase import QUOTES, guillemets, nominative, restore_case

__all__ = ["AwardCandidate", "extract_awards", "award_word_at", "ROMAN"]

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
ROMAN = re.compile(r"^[IVXLC]+$|^[ІХ]+$")  # also Cyrillic/Kazakh look-alikes: "ІІ", "Х"
_LATIN = re.compile(r"^[A-Za-z][A-Za-z'’.&-]*$")
_MAX_COMPLEMENT = 9
_MAX_NAME_QUOTE = 14  # a longer quotation after an award word is speech, not a name
_DASHES = {"—", "–", "-", "−"}

Hit = tuple[tuple[str, ...], str, str, int]  # an award word: (lemmas, kind, mode, next token)
Known = tuple[str, str, bool]  # an entry of data/award_names.txt: (name, kind, quoted only)


@dataclass(frozen=True, slots=True)
class AwardCandidate:
    first_tok: int  # the whole mention: modifiers, award word, complement, name
    last_tok: int
    name: str
    kind: str
    conferred_by: str | None
    year: int | None
    descriptive: str  # the award phrase in the nominative singular ("премия акима области")
    named: bool = False  # a quoted or Latin proper name
    ref: bool = False  # a bare award word: refers to an award named elsewhere
    word: tuple[str, ...] = ()  # lemmas of the award word
    pre: tuple[str, ...] = ()  # lemmas of the modifiers before the award word
    post: str = ""  # the complement as written (key), "" if none
    post_head: str = ""  # lemma of the complement's head noun
    mode: str = "award"
    word_tok: int = -1  # first token of the award word
    scope: tuple[int, int] | None = None  # nomination line: where its recipient is named
    rule: str = ""


@dataclass(frozen=True, slots=True)
class _Ctx:
    doc: Doc
    morph: Morphology
    lex: AwardLexicon
    ner: dict[int, tuple[str, int, int]]  # token → the first NER span that covers it


# ---------------------------------------------------------------- award words

_LEMMA_CACHE: dict[str, frozenset[str]] = {}


def _tok_lemmas(tok: Tok, morph: Morphology) -> frozenset[str]:
    got = _LEMMA_CACHE.get(tok.low)
    if got is None:
        out = {tok.low}
        for p in tok.parses:
            out.add(p.normal.replace("ё", "е"))
            if p.pos in ("PRTF", "ADJF"):
                out.add(adjective_lemma(morph, p))
        got = frozenset(out)
        if len(_LEMMA_CACHE) < 100_000:
            _LEMMA_CACHE[tok.low] = got
    return got


def award_word_at(doc: Doc, k: int, limit: int, morph: Morphology, lex: AwardLexicon
                  ) -> tuple[tuple[str, ...], str, str, int] | None:
    """The longest award word starting at token k: (lemmas, kind, mode, next token)."""
    toks = doc.toks
    first = _tok_lemmas(toks[k], morph)
    for start in first:
        for lemmas, kind, mode in lex.award_starts.get(start, ()):
            n = len(lemmas)
            if k + n <= limit and all(lemmas[j] in _tok_lemmas(toks[k + j], morph)
                                      for j in range(1, n)):
                return lemmas, kind, mode, k + n
    return None


# ---------------------------------------------------------------- pieces of a mention

def _quote(doc: Doc, k: int) -> tuple[int, int, int] | None:
    """The quoted text opening at k: (first, last, after); «» matched by depth."""
    if doc.toks[k].text == "«":
        j = doc.quotes.pair_at(k)
        if j is not None:
            return (k + 1, j, j + 1) if j > k + 1 else None
    return doc.quotes.name_at(k)


def _is_open_quote(doc: Doc, k: int, limit: int) -> bool:
    t = doc.toks[k]
    if t.text in "«„":
        return True
    if t.text in '"“':
        nxt_gap = doc.norm[t.stop:doc.toks[k + 1].start] if k + 1 < limit else " "
        return nxt_gap == ""
    return False


# ---------------------------------------------------------------- the complement

@dataclass(frozen=True, slots=True)
class _Phrase:
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


_TAKEN, _STOP = "taken", "stop"


def _ner_step(c: _Ctx, w: _Walk) -> str | None:
    """An organization or place the NER found ("премия акимата Алматы"), or a person in the
    genitive (the conferrer's name); a person in another case is the holder: the walk stops
    ("лауреат премии Grammy Даниил Трифонов")."""
    span = c.ner.get(w.j)
    if span is None or span[1] != w.j:
        return None
    if span[0] in ("ORG", "LOC"):
        w.valid = w.proper = w.confers = True
    elif span[0] == "PER":
        if c.doc.toks[w.j].case not in ("gent", None):
            return _STOP
        if w.titled or w.from_phrase:
            w.person_from = w.j  # "губернатора края Виктора Басаргина"
        w.valid = w.proper = True
    else:
        return None
    w.j = span[2]
    return _TAKEN


def _degree_step(c: _Ctx, w: _Walk) -> str | None:
    """ "I степени"."""
    toks = c.doc.toks
    if ROMAN.match(toks[w.j].text) and w.j + 1 < w.s.last and toks[w.j + 1].lemma == "степень":
        w.j += 2
        w.valid = True
        return _TAKEN
    return None


def _end_step(c: _Ctx, w: _Walk) -> str | None:
    """Anything but a genitive word (or a capitalized abbreviation after one: СССР, РК) ends
    the complement."""
    t = c.doc.toks[w.j]
    if not t.is_word() or t.text in QUOTES or t.case != "gent":
        if not (t.text.isupper() and t.is_word() and w.j > w.after):
            return _STOP
    return None


def _title_step(c: _Ctx, w: _Walk) -> str | None:
    if c.doc.toks[w.j].lemma not in c.lex.titles:
        return None
    w.titled = w.confers = w.valid = True  # "премия акима области"
    w.j += 1
    return _TAKEN


def _proper_step(c: _Ctx, w: _Walk) -> str | None:
    if not c.doc.toks[w.j].is_title_case() or w.j == w.s.first:
        return None
    w.valid = w.proper = True  # "орден Дружбы народов"
    w.j += 1
    return _TAKEN


def _org_step(c: _Ctx, w: _Walk) -> str | None:
    if c.doc.toks[w.j].lemma not in c.lex.org_words:
        return None
    w.valid = w.confers = True  # "грамота министерства"
    w.j += 1
    return _TAKEN


def _word_step(c: _Ctx, w: _Walk) -> str | None:
    w.j += 1  # any other genitive word
    return _TAKEN


# What a complement's next word is, the first step that decides wins: each takes tokens and
# notes what they say of the award, or stops the walk.
STEPS: tuple[tuple[str, Callable[[_Ctx, _Walk], str | None]], ...] = (
    ("ner_name", _ner_step),
    ("degree", _degree_step),
    ("not_genitive", _end_step),
    ("title_word", _title_step),
    ("proper_word", _proper_step),
    ("org_word", _org_step),
    ("genitive_word", _word_step),
)


def _step(c: _Ctx, w: _Walk) -> str:
    """The verdict of the first step of ``STEPS`` that decides on the walk's next word."""
    for _, step in STEPS:
        verdict = step(c, w)
        if verdict is not None:
            return verdict
    return _STOP


def _reason(doc: Doc, s: Sent, after: int, word_tok: Tok) -> _Phrase | None:
    """A "за …" phrase: "за вклад в решение социальных задач", "за оборону Сталинграда" (not
    after an instrumental: "награжден грамотой за работу" gives a reason, not a name)."""
    toks = doc.toks
    j, limit = after, s.last
    if not (j < limit and toks[j].low == "за" and word_tok.case != "ablt" and
            word_tok.parse is not None and "plur" not in word_tok.parse.grams):
        return None
    m = j + 1
    while m < limit and m - j <= _MAX_COMPLEMENT and toks[m].is_word() and (
            toks[m].case in ("accs", "gent") or toks[m].pos in ("ADJF", "PRTF")
            or (toks[m].low in ("в", "во", "перед") and m + 1 < limit
                and toks[m + 1].is_word())):
        m += 1
    if m > j + 1:
        return _Phrase(m, m, m, True, any(t.is_title_case() for t in toks[j + 1:m]))
    return None


def _complement(c: _Ctx, s: Sent, after: int, word_tok: Tok) -> _Phrase:
    """The complement right after the award word: a "за …" phrase, else the genitive words
    (``STEPS``) with an "от (имени) …" before them and a quoted name after an organization
    word ("от партии «Nur Otan»")."""
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
    w = _Walk(s, after, j, conf_start > after, conf_start > after)
    while w.j < limit and w.j - after < _MAX_COMPLEMENT and _step(c, w) != _STOP:
        pass
    j = w.j
    if j == conf_start:
        return _Phrase(after, after, after, False, False)
    name_end = after if w.from_phrase else w.person_from if w.person_from is not None else j
    # a quoted name right after an organization word belongs to it: "от партии «Nur Otan»"
    if j < limit and toks[j].text in QUOTES and (w.from_phrase or
                                                 toks[j - 1].lemma in c.lex.org_words):
        q = _quote(c.doc, j)
        if q is not None:
            if not w.from_phrase:
                name_end = q[2]
            j = q[2]
    if not w.confers:
        conf_start = j  # the complement names the award ("орден Мужества"), no conferrer
    return _Phrase(name_end, j, conf_start, w.valid or w.from_phrase, w.proper)


def _latin_name(doc: Doc, j: int, limit: int, glue: frozenset[str]) -> int:
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


def _modifiers(doc: Doc, s: Sent, k: int, word_tok: Tok, morph: Morphology, lex: AwardLexicon
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
        if word_tok.case and t.case and t.case != word_tok.case:
            break
        lemma = adjective_lemma(morph, p)
        if lemma in lex.award_not_modifiers:
            break
        lemmas.insert(0, lemma)
        if (t.is_title_case() and j - 1 != s.first and not t.text.isupper()) or \
                lemma in lex.award_adjectives:
            proper = True
        j -= 1
    if j - 1 >= s.first and ROMAN.match(toks[j - 1].text):  # "XIV Международный конкурс"
        j -= 1
    return j, tuple(lemmas), proper


def _singular(doc: Doc, first: int, word: int, word_end: int, last: int,
              morph: Morphology) -> str:
    """[first, last) in the nominative singular: the award word's head noun and the adjectives
    before it are inflected, the rest kept as written."""
    toks = doc.toks
    head = next((i for i in range(word, word_end) if toks[i].pos == "NOUN"), word_end - 1)
    hp = toks[head].parse
    words = [t.text for t in toks[first:last]]
    if hp is None or not toks[head].is_word():
        return _join(doc, first, words)
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


def _winner_context(doc: Doc, s: Sent, first: int, lex: AwardLexicon) -> bool:
    """A contest counts as an award only with its winner: "победитель конкурса «…»"."""
    toks = doc.toks
    j = first - 1
    while j >= s.first and (toks[j].pos in ("ADJF", "PRTF") or ROMAN.match(toks[j].text)):
        j -= 1
    return j >= s.first and toks[j].lemma in lex.award_holders


def _year(name: str) -> int | None:
    m = _YEAR.search(name)
    return int(m.group(1)) if m else None


# ---------------------------------------------------------------- nomination lines

def _dash_at(doc: Doc, j: int, limit: int) -> int | None:
    """Token after a dash (or a run of dashes) at j, None if no dash."""
    toks = doc.toks
    if j < limit and toks[j].text in _DASHES:
        while j < limit and toks[j].text in _DASHES:
            j += 1
        return j
    return None


def _nomination_line(doc: Doc, s: Sent, name_first: int, after: int,
                     ) -> tuple[tuple[int, int] | None, list[tuple[int, int, int, int]]]:
    """The scope of the nomination named at [name_first, after), and the nominations that follow
    it in the same line ("«А» – врач Иван Петров, «Б» – Анна Смирнова"):
    [(quote first, quote last, after, scope end)]."""
    toks = doc.toks
    start = _dash_at(doc, after, s.last)
    if start is None:
        # "ОО «Хиуаз» — номинация «…»": the recipient is named before the dash
        j = name_first - 2  # the opening quote, then the nomination word
        while j > s.first and toks[j].lemma != "номинация":
            j -= 1
        if j - 1 >= s.first and toks[j - 1].text in _DASHES:
            d = j - 1
            while d - 1 >= s.first and toks[d - 1].text in _DASHES:
                d -= 1
            return (s.first, d), []
        return None, []
    # the line goes on: ", «Б» – …" starts the next nomination and ends this one's scope
    cuts: list[tuple[int, int, int, int]] = []  # (comma, quote first, quote last, after dash)
    j = start
    while j < s.last:
        if toks[j].text in (",", ";") and j + 1 < s.last and toks[j + 1].text in QUOTES:
            q = _quote(doc, j + 1)
            dash = _dash_at(doc, q[2], s.last) if q is not None else None
            if q is not None and dash is not None:
                cuts.append((j, q[0], q[1], dash))
                j = dash
                continue
        j += 1
    end = s.last
    while end > s.first and toks[end - 1].text in (".", ";", "!"):
        end -= 1
    ends = [c[0] for c in cuts] + [end]
    more = [(qf, ql, dash, ends[n + 1]) for n, (_, qf, ql, dash) in enumerate(cuts)]
    return (start, ends[0]), more


# ---------------------------------------------------------------- awards known by name

def _known_name(doc: Doc, first: int, last: int, morph: Morphology, lex: AwardLexicon
                ) -> tuple[str, str, bool] | None:
    """The entry of data/award_names.txt that tokens [first, last) spell, in any case."""
    toks = doc.toks
    if last - first > 4 or last <= first or not toks[first].text[:1].isupper():
        return None
    words = [t for t in toks[first:last] if t.text not in ("-",)]
    for lemmas, entry in lex.award_names.items():
        if len(lemmas) == len(words) and all(
                lem in _tok_lemmas(t, morph) for lem, t in zip(lemmas, words)):
            return entry
    return None


def _known(first: int, last: int, entry: tuple[str, str, bool]) -> AwardCandidate:
    name, kind, _ = entry
    return AwardCandidate(first, last, name, kind, None, None, name, named=True,
                          word=(kind,), mode="award", word_tok=first)


# ---------------------------------------------------------------- an award word, read once

@dataclass(frozen=True, slots=True)
class _Word:
    """An award word at ``k`` and the phrase around it, read once; the rules choose what it
    makes and the vetoes whether it counts."""

    k: int
    after: int  # the token after the award word
    lemmas: tuple[str, ...]
    kind: str
    mode: str
    first: int  # the first modifier
    pre: tuple[str, ...]  # lemmas of the modifiers
    proper: bool  # a proper modifier ("Ленинской премии")
    phrase: _Phrase  # the complement
    conferred: str | None
    post: str
    post_head: str
    descriptive: str  # the phrase in the nominative singular
    form: str  # what names the award: "quoted", "latin" or "phrase"
    name: str = ""  # the quoted or Latin name
    name_end: int = -1  # the token after it
    items: tuple[tuple[int, int, str], ...] = ()  # the names listed after it: (first, last, name)
    scope: tuple[int, int] | None = None  # a nomination's line scope
    scopes: tuple[tuple[int, int], ...] = ()  # the line scopes of the nominations listed after
    titled: bool = True  # a "hero" word is capitalized, singular and completed
    winner: bool = False  # a contest's winner is named before it
    next: int = -1  # where the walk over the sentence goes on

    def make(self, first: int, last: int, name: str, named: bool, ref: bool = False,
             scope: tuple[int, int] | None = None, desc: str | None = None) -> AwardCandidate:
        return AwardCandidate(first, last, name, self.kind, self.conferred, _year(name),
                              desc if desc is not None else name, named=named, ref=ref,
                              word=self.lemmas, pre=self.pre, post=self.post,
                              post_head=self.post_head, mode=self.mode, word_tok=self.k,
                              scope=scope)


def _listed_names(c: _Ctx, s: Sent, end: int) -> tuple[tuple[int, int, str], ...]:
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
        q = _quote(c.doc, m + 1)
        if q is None or q[1] - q[0] > _MAX_NAME_QUOTE or _dash_at(c.doc, q[2], s.last) is not None:
            return tuple(out)
        out.append((m + 1, q[2], guillemets(c.doc.span_text(q[0], q[1])).strip()))
        end = q[2]


def _hero_titled(doc: Doc, s: Sent, k: int, after: int) -> bool:
    """ "Герой Социалистического Труда": capitalized, singular, a genitive after it."""
    toks = doc.toks
    p = toks[k].parse
    return toks[k].is_title_case() and after < s.last and toks[after].case == "gent" and \
        p is not None and "sing" in p.grams


def _named(c: _Ctx, s: Sent, w: _Word) -> _Word:
    """The word with its quoted name (and the names listed after it, or the nominations of its
    line), or its Latin name, when one follows the phrase; ``next`` set."""
    toks, j = c.doc.toks, w.phrase.conf_end
    q = _quote(c.doc, j) if j < s.last and toks[j].text in QUOTES else None
    if q is not None and q[1] - q[0] <= _MAX_NAME_QUOTE:
        name = guillemets(c.doc.span_text(q[0], q[1])).strip()
        if w.kind == "номинация":
            scope, more = _nomination_line(c.doc, s, q[0], q[2])
            items = tuple((qf - 1, qa, guillemets(c.doc.span_text(qf, ql)).strip())
                          for qf, ql, qa, _ in more)
            return replace(w, form="quoted", name=name, name_end=q[2], items=items, scope=scope,
                           scopes=tuple((qa, end) for _, _, qa, end in more), next=q[2])
        items = _listed_names(c, s, q[2])
        nxt = q[2] if w.mode == "contest" and not w.winner else (items[-1][1] if items else q[2])
        return replace(w, form="quoted", name=name, name_end=q[2], items=items, next=nxt)
    lat = _latin_name(c.doc, j, s.last, c.lex.latin_glue)
    if lat > j and w.mode in ("award", "generic", "prize", "contest"):
        return replace(w, form="latin", name=c.doc.span_text(j, lat), name_end=lat, next=lat)
    bare = w.mode == "award" and not (w.proper or w.phrase.valid)
    named_title = w.mode == "named" and w.kind == "звание"  # the title that follows counts
    return replace(w, next=w.after if bare or named_title else w.phrase.conf_end)


def _read(c: _Ctx, s: Sent, k: int, hit: Hit) -> _Word:
    """The award word at k: its modifiers, its complement, its name."""
    doc, toks = c.doc, c.doc.toks
    lemmas, kind, mode, after = hit
    word_tok = toks[after - 1] if len(lemmas) > 1 else toks[k]
    word_tok = next((toks[i] for i in range(k, after) if toks[i].pos == "NOUN"), word_tok)
    first, pre, proper = _modifiers(doc, s, k, word_tok, c.morph, c.lex)
    if (after < s.last and toks[after].text in QUOTES) or \
            _latin_name(doc, after, s.last, c.lex.latin_glue) > after:
        phrase = _Phrase(after, after, after, False, False)  # the name follows the award word
    else:
        phrase = _complement(c, s, after, word_tok)
    conferred = nominative(doc, phrase.conf_start, phrase.conf_end, c.morph) \
        if phrase.conf_end > phrase.conf_start and mode not in ("title", "hero") else None
    named = phrase.name_end > after
    w = _Word(k, after, lemmas, kind, mode, first, pre, proper, phrase, conferred,
              key(doc.span_text(after, phrase.name_end)) if named else "",
              toks[after].lemma if named else "",
              _singular(doc, first, k, after, phrase.name_end, c.morph), "phrase",
              titled=mode != "hero" or _hero_titled(doc, s, k, after),
              winner=mode == "contest" and _winner_context(doc, s, first, c.lex))
    if not w.titled:
        return replace(w, next=after)
    return _named(c, s, w)


# ---------------------------------------------------------------- sites

@dataclass(frozen=True, slots=True)
class _At:
    """A site: what stands at token k of a sentence, and where the walk goes on after it."""

    c: _Ctx
    s: Sent
    k: int
    site: str  # the name of the SITES entry that found it
    next: int
    quote: tuple[int, int, int] | None = None  # an opening quote: (first, last, after)
    inner: Hit | None = None  # the award word that fills the quote
    known: Known | None = None  # the known award name the quote or the word spells
    word: _Word | None = None  # an award word


def _quote_site(c: _Ctx, s: Sent, k: int) -> _At | None:
    """An opening quote: an award word filling it («Благодарственными письмами»), a known
    name («Оскар»); a short quotation is a name, award words inside it are part of it."""
    doc = c.doc
    if doc.toks[k].text not in QUOTES or not _is_open_quote(doc, k, s.last):
        return None
    q = _quote(doc, k)
    if q is None:
        return _At(c, s, k, "quote", k + 1)
    inner = award_word_at(doc, q[0], q[1], c.morph, c.lex)
    if inner is not None and inner[3] == q[1]:
        return _At(c, s, k, "quote", q[2], q, inner=inner)
    known = _known_name(doc, q[0], q[1], c.morph, c.lex)
    if known is not None:
        return _At(c, s, k, "quote", q[2], q, known=known)
    return _At(c, s, k, "quote", q[2] if q[1] - q[0] <= _MAX_NAME_QUOTE else k + 1, q)


def _word_site(c: _Ctx, s: Sent, k: int) -> _At | None:
    """An award word of data/award_words.txt."""
    hit = award_word_at(c.doc, k, s.last, c.morph, c.lex)
    if hit is None:
        return None
    w = _read(c, s, k, hit)
    return _At(c, s, k, "award_word", max(w.next, k + 1), word=w)


def _name_site(c: _Ctx, s: Sent, k: int) -> _At | None:
    """A word that spells a known award name ("лауреат Grammy")."""
    known = _known_name(c.doc, k, k + 1, c.morph, c.lex)
    return None if known is None else _At(c, s, k, "name_word", k + 1, known=known)


# What stands at a token, in order: the first that finds a site decides.
SITES: tuple[Callable[[_Ctx, Sent, int], _At | None], ...] = (
    _quote_site, _word_site, _name_site)


# ---------------------------------------------------------------- the rules

def _quoted_award_word(at: _At) -> list[AwardCandidate]:
    """«Благодарственными письмами»: the quote holds the award word itself (a single one,
    «премию», is a reference like the bare word)."""
    if at.inner is None or at.quote is None:
        return []
    q = at.quote
    lemmas, kind, mode, _ = at.inner
    name = _singular(at.c.doc, q[0], q[0], q[1], q[1], at.c.morph)
    return [AwardCandidate(at.k, q[2], name, kind, None, None, name, ref=len(lemmas) == 1,
                           word=lemmas, mode=mode, word_tok=q[0])]


def _known_name_quoted(at: _At) -> list[AwardCandidate]:
    """«Оскар», «Золотых глобусов»."""
    if at.site != "quote" or at.inner is not None or at.known is None or at.quote is None:
        return []
    return [_known(at.k, at.quote[2], at.known)]


def _form(at: _At, form: str) -> _Word | None:
    """The award word of a site when a name of this form names it."""
    return at.word if at.word is not None and at.word.form == form else None


def _nomination(at: _At) -> list[AwardCandidate]:
    """ "В номинации «А» – врач Иван Петров": with the stretch of the line that names its
    recipient."""
    w = _form(at, "quoted")
    if w is None or w.kind != "номинация":
        return []
    return [w.make(w.first, w.name_end, w.name, True, scope=w.scope, desc=w.descriptive)]


def _nomination_next(at: _At) -> list[AwardCandidate]:
    """ "…, «Б» – Анна Смирнова": the nominations that follow in the line."""
    w = _form(at, "quoted")
    if w is None or w.kind != "номинация":
        return []
    return [w.make(a, b, name, True, scope=scope, desc=name)
            for (a, b, name), scope in zip(w.items, w.scopes)]


def _quoted_name(at: _At) -> list[AwardCandidate]:
    """ "медалью «Халық алғысы»", "премией акима области «Қамқор»"."""
    w = _form(at, "quoted")
    if w is None or w.kind == "номинация":
        return []
    return [w.make(w.first, w.name_end, w.name, True, desc=w.descriptive)]


def _quoted_list(at: _At) -> list[AwardCandidate]:
    """ "ордена «Парасат», «Құрмет», «Еңбек Даңқы»": one award per name after the first."""
    w = _form(at, "quoted")
    if w is None or w.kind == "номинация":
        return []
    return [w.make(a, b, name, True, desc=name) for a, b, name in w.items]


def _latin(at: _At) -> list[AwardCandidate]:
    """ "премии Grammy"."""
    w = _form(at, "latin")
    return [] if w is None else [w.make(w.first, w.name_end, w.name, True, desc=w.descriptive)]


def _honorary_title(at: _At) -> list[AwardCandidate]:
    """ "народный артист России", "Герой Социалистического Труда"."""
    w = _form(at, "phrase")
    if w is None or w.mode not in ("title", "hero"):
        return []
    return [w.make(w.first, w.phrase.conf_end, w.descriptive, False)]


def _bare(w: _Word) -> bool:
    return w.mode == "award" and not (w.proper or w.phrase.valid)


def _descriptive(at: _At) -> list[AwardCandidate]:
    """ "Ленинской премии", "премия акима Акмолинской области", "медаль за оборону
    Сталинграда": proper modifiers or a complement that names the award or its conferrer."""
    w = _form(at, "phrase")
    if w is None or w.mode in ("title", "hero") or _bare(w):
        return []
    return [w.make(w.first, w.phrase.conf_end, w.descriptive, False)]


def _reference(at: _At) -> list[AwardCandidate]:
    """ "премий удостоены", "нагрудные знаки": a bare award word refers to an award named
    elsewhere; a multiword one stands for itself when there is none."""
    w = _form(at, "phrase")
    if w is None or not _bare(w):
        return []
    bare = _singular(at.c.doc, w.k, w.k, w.after, w.after, at.c.morph)
    return [w.make(w.k, w.after, bare, False, ref=True)]


def _known_name_word(at: _At) -> list[AwardCandidate]:
    """ "лауреат Grammy": a known name written without quotes."""
    if at.site != "name_word" or at.known is None:
        return []
    return [_known(at.k, at.k + 1, at.known)]


# The constructions that make an award mention at a site, in order.
RULES: tuple[Rule[_At, AwardCandidate], ...] = (
    Rule("quoted_award_word", _quoted_award_word),
    Rule("known_name_quoted", _known_name_quoted),
    Rule("nomination", _nomination),
    Rule("nomination_next", _nomination_next),
    Rule("quoted_name", _quoted_name),
    Rule("quoted_name_list", _quoted_list),
    Rule("latin_name", _latin),
    Rule("honorary_title", _honorary_title),
    Rule("descriptive", _descriptive),
    Rule("bare_reference", _reference),
    Rule("known_name", _known_name_word),
)


def _mode(at: _At, *modes: str) -> _Word | None:
    return at.word if at.word is not None and at.word.mode in modes else None


def _prize_not_a_contest(at: _At, c: AwardCandidate) -> bool:
    """ "Гран-при Монако" (a race): a prize counts with a quoted or Latin name or a contest
    after it ("Гран-при конкурса имени Чайковского")."""
    w = _mode(at, "prize")
    if w is None or w.form != "phrase":
        return False
    toks = at.c.doc.toks
    head = next((toks[i] for i in range(w.after, w.phrase.name_end) if toks[i].pos == "NOUN"),
                None)
    return head is None or not any(
        m == "contest" for _, _, m in at.c.lex.award_starts.get(head.lemma, ()))


def _contest_without_winner(at: _At, c: AwardCandidate) -> bool:
    """ "В конкурсе «Лучший волонтер» участвовали …": a contest counts with its winner
    ("победитель конкурса «…»")."""
    w = _mode(at, "contest")
    return w is not None and not w.winner


def _contest_not_named(at: _At, c: AwardCandidate) -> bool:
    """A contest without a quoted or Latin name needs a proper word ("Международный конкурс
    имени Чайковского")."""
    w = _mode(at, "contest")
    return w is not None and w.form == "phrase" and not (w.proper or w.phrase.proper)


def _generic_word(at: _At, c: AwardCandidate) -> bool:
    """ "различные премии и награды", "звание": generic words count only with a name."""
    w = _mode(at, "generic", "named")
    return w is not None and w.form == "phrase"


# The reasons a candidate is no award mention, in order.
VETOES: tuple[Veto[_At, AwardCandidate], ...] = (
    # «Конкурс», «звание»: a quoted award word of another mode names nothing
    Veto("quoted_word_not_award", lambda at, c: at.inner is not None and c.mode != "award"),
    # "Оскар Уайльд": a name known only in quotes
    Veto("name_needs_quotes", lambda at, c: at.site == "name_word" and at.known is not None
         and at.known[2]),
    # "герои войны": a hero word is a title only capitalized, singular and completed
    Veto("hero_not_a_title", lambda at, c: at.word is not None and not at.word.titled),
    Veto("contest_without_winner", _contest_without_winner),
    Veto("contest_not_named", _contest_not_named),
    Veto("prize_not_a_contest", _prize_not_a_contest),
    Veto("generic_word", _generic_word),
)


# ---------------------------------------------------------------- the extractor

def _ner_cover(doc: Doc) -> dict[int, tuple[str, int, int]]:
    """Each token under a NER span → the first span (in the document's order) that covers it."""
    out: dict[int, tuple[str, int, int]] = {}
    for span in doc.ner:
        for j in range(span[1], span[2]):
            out.setdefault(j, span)
    return out


def _sites(c: _Ctx) -> Iterator[_At]:
    """The sites of the document's sentences in text order (chrome left out)."""
    for s in c.doc.sents:
        if s.chrome:
            continue
        k = s.first
        while k < s.last:
            at = next((a for find in SITES if (a := find(c, s, k)) is not None), None)
            if at is None:
                k += 1
                continue
            yield at
            k = at.next


def extract_awards(doc: Doc, morph: Morphology, lex: AwardLexicon,
                   trace: Trace | None = None) -> list[AwardCandidate]:
    """Award mentions: at each site of ``SITES``, the candidates of ``RULES`` no veto of
    ``VETOES`` stops, each with the name of its rule, in text order."""
    c = _Ctx(doc, morph, lex, _ner_cover(doc))
    out: list[AwardCandidate] = []
    for at in _sites(c):
        for rule, cand in run(RULES, VETOES, at, kind="awards",
                              span=lambda a: (a.first_tok, a.last_tok), trace=trace):
            out.append(replace(cand, rule=rule))
    return out
