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
of text where its recipient is named (``scope``). Recipients are found by ``link/awards/``.

The tables, tried in order:

- ``SITES``: what stands at a token, the first that finds a site decides: ``quote`` (an opening
  quote), ``award_word`` (an award word, read once with its modifiers, complement and name by
  ``award_phrase.py``), ``name_word`` (a word spelling a known award name);
- ``RULES``, the constructions that make a mention at a site: quoted_award_word,
  known_name_quoted, nomination, nomination_next, quoted_name, quoted_name_list, latin_name,
  honorary_title, descriptive, bare_reference, generic_reference, known_name,
  listed_nomination;
- ``VETOES``: quoted_word_not_award, name_needs_quotes, hero_not_a_title,
  contest_without_winner, contest_not_named, prize_not_a_contest, metal_not_won,
  medal_tally, not_superlative, generic_word, not_conferred, cup_not_given.

Word tables: award_words, award_names, award_adjectives, award_not_modifiers, award_holders,
award_latin_glue (``lexicon/awards.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from ..document import Doc, Sent, Tok, key
from ..lexicon import TITLE_MODES, AwardLexicon, adjective_lemma
from ..rules import Rule, Trace, Veto, run
from ..text.morph import Morphology
from .award_phrase import (
    MAX_NAME_QUOTE,
    ROMAN,
    Ctx,
    Phrase,
    champion_titled,
    complement,
    dash_at,
    gear_end,
    hero_titled,
    is_open_quote,
    latin_name,
    listed_names,
    modifiers,
    nomination_line,
    quote_at,
    singular,
    winner_context,
)
from .phrase import QUOTES, guillemets, nominative, restore_case

__all__ = ["AwardCandidate", "extract_awards", "award_word_at", "ROMAN"]

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_VERB_POS = ("VERB", "INFN", "PRTF", "PRTS", "GRND")
_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z&]*$")
# «Человек года», «Лучший фильм» in quotes name a nomination or a contest of their own
_CATEGORY_MODES = ("best", "category")
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
    alias: str = ""  # the phrase as the text names it, when renamed ("серебро": a medal)


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
        if len(_LEMMA_CACHE) < 30_000:
            _LEMMA_CACHE[tok.low] = got
    return got


def award_word_at(doc: Doc, k: int, limit: int, morph: Morphology, lex: AwardLexicon
                  ) -> tuple[tuple[str, ...], str, str, int] | None:
    """The longest award word starting at token k: (lemmas, kind, mode, next token); of two as
    long (the word's lemmas start both), the one of the first lemma in alphabetical order, so
    that the answer does not depend on the order of a set."""
    toks = doc.toks
    best: Hit | None = None
    for start in sorted(_tok_lemmas(toks[k], morph)):
        for lemmas, kind, mode in lex.award_starts.get(start, ()):  # the longest first
            n = len(lemmas)
            end = _match(doc, k, lemmas, mode, limit, morph)
            if end is not None:
                if best is None or n > len(best[0]):
                    best = lemmas, kind, mode, end
                break
    return best


_MAX_GAP = 3  # adjectives between "лучший" and a category's noun


def _match(doc: Doc, k: int, lemmas: tuple[str, ...], mode: str, limit: int,
           morph: Morphology) -> int | None:
    """The token after the words of an award phrase that start at k, None when they do not
    follow; a category's last word may stand after a few more adjectives or a Latin word
    ("лучший игровой американский фильм", "лучшую операторскую работу", "лучший R&B
    дуэт")."""
    toks = doc.toks
    j = k + 1
    for n, lemma in enumerate(lemmas[1:], 1):
        if mode in _CATEGORY_MODES and n == len(lemmas) - 1:
            gap = 0
            while j < limit and gap < _MAX_GAP and lemma not in _tok_lemmas(toks[j], morph) \
                    and (toks[j].pos in ("ADJF", "PRTF") or _LATIN_WORD.match(toks[j].text)
                         or toks[j].text == "&"):
                j += 1
                gap += 1
        if j >= limit or lemma not in _tok_lemmas(toks[j], morph):
            return None
        j += 1
    return j


def _year(name: str) -> int | None:
    m = _YEAR.search(name)
    return int(m.group(1)) if m else None


# ---------------------------------------------------------------- awards known by name

def _known_name(doc: Doc, first: int, last: int, morph: Morphology, lex: AwardLexicon
                ) -> tuple[str, str, bool] | None:
    """The entry of data/award_names.txt that tokens [first, last) spell, in any case."""
    toks = doc.toks
    if last - first > 4 or last <= first or not toks[first].text[:1].isupper():
        return None
    words = [t for t in toks[first:last] if t.text not in ("-",)]
    found = [(n, lemmas) for start in _tok_lemmas(words[0], morph)
             for n, lemmas in lex.award_name_starts.get(start, ())
             if len(lemmas) == len(words) and all(
                 lem in _tok_lemmas(t, morph) for lem, t in zip(lemmas[1:], words[1:]))]
    return lex.award_names[min(found)[1]] if found else None  # the first row that matches


def _prefixed(c: Ctx, q: tuple[int, int, int]) -> Known | None:
    """«Мисс Россия-2017», «Miss Teen USA»: a quoted title whose first word says what it is
    (data/award_names.txt, prefix); not after a preposition ("на «Мисс Мира»": the
    contest)."""
    toks = c.doc.toks
    first = toks[q[0]]
    kind = c.lex.name_prefixes.get(first.text.lower())
    if kind is None or not first.text[:1].isupper() or q[1] - q[0] < 2:
        return None
    j = q[0] - 2  # before the opening quote, over the titles listed before it
    while j > 0 and (toks[j].text in (",", "и") or toks[j].text in QUOTES or
                     j in c.doc.quotes.quoted):
        j -= 1
    if j >= 0 and toks[j].pos == "PREP":
        return None  # "представить Россию на «Мисс Мира» и «Мисс Вселенная»": contests
    return guillemets(c.doc.span_text(q[0], q[1])).strip(), kind, True


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
    phrase: Phrase  # the complement
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
    titled: bool = True  # a "hero" word is capitalized, singular and completed; a "champion"
    # word completed
    winner: bool = False  # a contest's winner is named before it
    next: int = -1  # where the walk over the sentence goes on
    alias: str = ""  # the phrase as the text names it, when a table renamed it ("серебро")
    before: bool = False  # a bare word named by the same word with its giver before it

    def make(self, first: int, last: int, name: str, named: bool, ref: bool = False,
             scope: tuple[int, int] | None = None, desc: str | None = None) -> AwardCandidate:
        return AwardCandidate(first, last, name, self.kind, self.conferred, _year(name),
                              desc if desc is not None else name, named=named, ref=ref,
                              word=self.lemmas, pre=self.pre, post=self.post,
                              post_head=self.post_head, mode=self.mode, word_tok=self.k,
                              scope=scope, alias=self.alias)


def _named(c: Ctx, s: Sent, w: _Word) -> _Word:
    """The word with its quoted name (and the names listed after it, or the nominations of its
    line), or its Latin name, when one follows the phrase; ``next`` set."""
    toks, j = c.doc.toks, w.phrase.conf_end
    if w.mode == "category":  # "за лучшую роль «Начинающие»": the quote names the work
        return replace(w, next=j)
    if w.kind == "номинация":
        j = _listed_after_colon(c.doc, s, j)
    q = quote_at(c.doc, j) if j < s.last and toks[j].text in QUOTES else None
    if q is not None and q[1] - q[0] <= MAX_NAME_QUOTE and not toks[q[0]].text.islower():
        # (a quote in small letters is a reason or a phrase: "«за творчество, в котором …»")
        name = guillemets(c.doc.span_text(q[0], q[1])).strip()
        if w.kind == "номинация":
            scope, more = nomination_line(c.doc, s, q[0], q[2])
            items = tuple((qf - 1, qa, guillemets(c.doc.span_text(qf, ql)).strip())
                          for qf, ql, qa, _ in more)
            return replace(w, form="quoted", name=name, name_end=q[2], items=items, scope=scope,
                           scopes=tuple((qa, end) for _, _, qa, end in more), next=q[2])
        items = listed_names(c, s, q[2])
        nxt = q[2] if w.mode == "contest" and not w.winner else (items[-1][1] if items else q[2])
        end = _of_award_end(c, s, w, q[2])
        if end > 0:  # "медалью ордена «…» II степени": the medal of an order, named by the
            # whole phrase (its degree too: one award of the medal's kind), the quoted name of
            # the order its alias
            whole = singular(c.doc, w.first, w.k, w.after, end, c.morph)
            return replace(w, form="quoted", name=whole, name_end=end, next=end, alias=name)
        if _prize_of_contest(c, w):  # "Гран-при фестиваля «Сахна шебері»": the quote names
            # the contest, the whole phrase the prize (the quoted name its alias)
            whole = singular(c.doc, w.first, w.k, w.after, q[2], c.morph)
            return replace(w, form="quoted", name=whole, name_end=q[2], next=q[2], alias=name)
        return replace(w, form="quoted", name=name, name_end=q[2], items=items, next=nxt)
    lat = latin_name(c.doc, j, s.last, c.lex.latin_glue)
    if lat > j and w.mode in ("award", "generic", "conferred", "prize", "contest", "cup"):
        return replace(w, form="latin", name=c.doc.span_text(j, lat), name_end=lat, next=lat)
    bare = w.mode == "award" and not (w.proper or w.phrase.valid)
    # "звание народного артиста", "титул чемпиона мира": the title that follows counts
    named_title = w.mode == "named" and w.kind in ("звание", "титул")
    # "Награда за лучшую женскую роль": a generic word names nothing, what follows may
    generic = w.mode == "generic"
    return replace(w, next=w.after if bare or named_title or generic else w.phrase.conf_end)


_MAX_COLON_GAP = 3  # words between a nomination word and the colon of its list


def _listed_after_colon(doc: Doc, s: Sent, j: int) -> int:
    """ "в номинациях: «А» – …", "Призы в номинациях получили: «А» – Иван Петров, «Б» – …":
    where the nominations' list opens (a quote after a colon and a few words, each a dash after
    it), else j."""
    toks = doc.toks
    m = j
    while m < s.last and m - j < _MAX_COLON_GAP and toks[m].is_word():
        m += 1
    if m + 1 < s.last and toks[m].text == ":" and toks[m + 1].text in QUOTES:
        q = quote_at(doc, m + 1)
        if q is not None and dash_at(doc, q[2], s.last) is not None:
            return m + 1
    return j


def _of_award_end(c: Ctx, s: Sent, w: _Word, after: int) -> int:
    """ "медаль ордена «За заслуги перед Отечеством» II степени": where the name of an award
    word ends whose complement is another award word, of another kind, with the quoted name
    (and its degree) after it; else -1."""
    toks = c.doc.toks
    if w.phrase.conf_end - w.after != 1 or w.kind == "номинация":
        return -1
    starts = c.lex.award_starts.get(toks[w.after].lemma, ())
    if not any(len(lem) == 1 and mode == "award" and kind != w.kind
               for lem, kind, mode in starts):
        return -1
    if after + 1 < s.last and ROMAN.match(toks[after].text) and \
            toks[after + 1].lemma == "степень":
        return after + 2
    return after


def _prize_of_contest(c: Ctx, w: _Word) -> bool:
    """Is w a contest's prize ("Гран-при", mode prize) whose complement is a contest word
    (mode contest: "республиканского театрального фестиваля")?"""
    return w.mode == "prize" and w.phrase.conf_end > w.after and any(
        len(lem) == 1 and mode == "contest"
        for lem, _, mode in c.lex.award_starts.get(w.post_head, ()))


def _head_lemma(doc: Doc, first: int, last: int) -> str:
    """The lemma of a complement's head: its first noun ("за лучшую режиссуру" → режиссура),
    else its first word."""
    toks = doc.toks
    return next((toks[i].lemma for i in range(first, last) if toks[i].pos == "NOUN"),
                toks[first].lemma)


_PLACE_PREPS = ("в", "во", "на")


def _category_place(c: Ctx, s: Sent, phrase: Phrase) -> Phrase:
    """A category's name goes on with where it is played: "лучший фильм на иностранном
    языке", "лучшая женская роль в мини-сериале" (a preposition, adjectives, a noun of
    data/award_markers.txt, place)."""
    toks = c.doc.toks
    j = phrase.conf_end
    if phrase.name_end != j or j >= s.last or toks[j].low not in _PLACE_PREPS:
        return phrase
    m = j + 1
    while m < s.last and m - j <= _MAX_GAP and toks[m].pos in ("ADJF", "PRTF"):
        m += 1
    if m < s.last and c.lex.award_markers.get(toks[m].lemma) == "place" and \
            toks[m].text.islower():
        return replace(phrase, name_end=m + 1, conf_end=m + 1, conf_start=m + 1)
    return phrase


def _champion_tail(doc: Doc, s: Sent, phrase: Phrase, markers: dict[str, str]) -> Phrase:
    """A champion's title, or a medal of a competition, goes on with its sport, version and
    field and its gear (``gear_end``): "чемпион мира по версии Всемирного боксерского совета",
    "чемпион по боксу среди профессионалов", "медаль чемпионата округа по вольной борьбе",
    "чемпион мира по хоккею с мячом"."""
    toks = doc.toks
    j = phrase.conf_end
    if phrase.name_end != j:
        return phrase
    while j < s.last:
        t = toks[j]
        m = j + 1
        while m < s.last and m - j <= _MAX_GAP and toks[m].case == "datv" and \
                toks[m].pos in ("ADJF", "PRTF"):
            m += 1  # "по | вольной | борьбе"
        if t.low == "по" and m < s.last and toks[m].case == "datv" and toks[m].pos == "NOUN":
            m += 1
        elif t.low == "среди" and m < s.last and toks[m].case == "gent":
            m += 1
        else:
            break
        while m < s.last and m - j <= _MAX_GAP + 2 and toks[m].is_word() and \
                toks[m].case == "gent":
            m += 1  # "по версии Всемирного боксерского совета"
        j = gear_end(doc, markers, m, s.last)  # "по хоккею | с мячом"
    if j == phrase.conf_end:
        return phrase
    return replace(phrase, name_end=j, conf_end=j, conf_start=j)


def _of_competition(c: Ctx, after: int, phrase: Phrase) -> bool:
    """Does the complement name a competition (data/competition_words.txt: "медаль |
    чемпионата округа", "золото | первенства России")?"""
    return phrase.name_end > after and \
        _head_lemma(c.doc, after, phrase.name_end) in c.lex.competitions


# the kinds of award a bare competition word after them completes ("медаль чемпионата"; not a
# nomination's "Лучший тренер чемпионата", the text's own words)
_OF_COMPETITIONS = frozenset({"медаль"})
_ANTECEDENT_WINDOW = 600  # tokens back to the competition a bare competition word repeats
_ANTECEDENT_TRIES = 3  # the bare mentions of it passed over on the way, at most


def _competition_named_before(c: Ctx, after: int, phrase: Phrase) -> str:
    """A complement that is a bare competition word ("золотые медали | чемпионата") stands for
    the competition named before it with its complement ("чемпионат Сибирского федерального
    округа по вольной борьбе"): that complement, to go on with the name; "" when none."""
    toks = c.doc.toks
    t = toks[after]
    if phrase.name_end != after + 1 or t.pos != "NOUN" or not t.text.islower() or \
            t.lemma not in c.lex.competitions:
        return ""

    def named(s: Sent, j: int) -> str:
        found = _champion_tail(c.doc, s, complement(c, s, j + 1, toks[j]), c.lex.award_markers)
        return " " + c.doc.span_text(j + 1, found.name_end) if found.name_end > j + 1 else ""

    return _named_before(c, after, lambda u: u.text.islower(), named)


# the kinds of award whose bare word ("Самый крупный грант получила …", "Также гранты
# получили …") stands for the one named before with its giver or its modifiers ("конкурс грантов
# губернатора края", "Фонд президентских грантов")
_NAMED_BEFORE = frozenset({"грант"})


def _award_named_before(c: Ctx, k: int, first: int, phrase: Phrase) -> str:
    """A bare award word (no modifier that names it, no complement) stands for the last
    mention of the same word before it that names it by a genitive giver or by its modifiers
    ("грантов губернатора Самарской области", "президентских грантов"): that mention in the
    nominative singular ("грант губернатора Самарской области", "президентский грант"); ""
    when none stands in the window before it (passing over ``_ANTECEDENT_TRIES`` bare ones)."""
    doc, toks = c.doc, c.doc.toks
    if first != k or phrase.name_end != k + 1 or phrase.conf_end > phrase.conf_start:
        return ""

    def named(s: Sent, j: int) -> str:
        start, pre, _ = modifiers(doc, s, j, toks[j], c.morph, c.lex)
        found = complement(c, s, j + 1, toks[j])
        # (or by what it funds: "гранты на развитие бизнеса", data/award_markers.txt:
        # purpose_name)
        purpose = found.name_end > j + 1 and toks[j + 1].low == "на" and \
            c.lex.award_markers.get(toks[j].lemma) == "purpose_name"
        if found.conf_end > found.conf_start and found.name_end > j + 1 or pre and start < j \
                or purpose:
            return singular(doc, start, j, j + 1, found.name_end, c.morph, c.lex.award_holders)
        return ""

    return _named_before(c, k, lambda u: u.pos == "NOUN", named)


def _named_before(c: Ctx, k: int, keep: Callable[[Tok], bool],
                  named: Callable[[Sent, int], str]) -> str:
    """What ``named`` makes of the nearest mention before token ``k`` of the same word (a token
    that ``keep`` accepts, outside page chrome) that names something, within
    ``_ANTECEDENT_WINDOW`` tokens and passing over ``_ANTECEDENT_TRIES`` mentions that name
    nothing; "" when none does."""
    toks = c.doc.toks
    tries = _ANTECEDENT_TRIES
    for j in range(k - 1, max(-1, k - _ANTECEDENT_WINDOW), -1):
        t = toks[j]
        s = c.doc.sents[t.sent]
        if t.lemma != toks[k].lemma or s.chrome or not keep(t):
            continue
        found = named(s, j)
        if found:
            return found
        tries -= 1
        if not tries:
            break
    return ""


_MAX_CONFERRER = 2  # words of a conferrer's title cut short: "губернатора", "главы города"


def _conferrer_named_before(c: Ctx, phrase: Phrase) -> str:
    """A complement that is a conferrer's title cut short, its common words only ("гранты
    губернатора", "письма главы города"), after an award word the text gave before with the
    same words and a place's name in the genitive after them ("конкурс грантов губернатора
    Самарской области … Гранты губернатора получили …"): the same award, named in full before;
    that place, to go on with the name; "" when none (or two different ones) stands in the
    window before it. (A title given in full elsewhere, "губернатор Курской области Иван
    Петров", does not complete it: the helper golds keep "письмо губернатора" as written.)"""
    toks = c.doc.toks
    first, last = phrase.conf_start, phrase.conf_end
    if not 0 < last - first <= _MAX_CONFERRER or phrase.name_end != last or phrase.proper or \
            first == 0 or toks[first].lemma.replace("ё", "е") not in c.lex.titles or \
            not all(t.is_word() and t.text.islower() for t in toks[first:last]):
        return ""
    word = toks[first - 1].lemma
    lemmas = [t.lemma for t in toks[first:last]]
    n = len(lemmas)
    found: set[str] = set()
    for j in range(first - 2, max(0, first - _ANTECEDENT_WINDOW), -1):
        if toks[j].lemma != lemmas[0] or toks[j - 1].lemma != word or j + n >= len(toks) or \
                [t.lemma for t in toks[j:j + n]] != lemmas:
            continue
        span = c.ner.get(j + n)
        if span is not None and span[0] == "LOC" and span[1] == j + n and all(
                any("gent" in p.grams or "Fixd" in p.grams for p in t.parses)
                for t in toks[span[1]:span[2]] if t.is_word()):
            found.add(c.doc.span_text(span[1], span[2]))
    return f" {found.pop()}" if len(found) == 1 else ""


def _metal_medal(c: Ctx, lemmas: tuple[str, ...], after: int, last: int, desc: str) -> str:
    """A medal named by its metal is named as a medal (data/award_metals.txt): "Серебро — у
    Анны Петровой" → "серебряная медаль", "бронзу чемпионата мира" → "бронзовая медаль
    чемпионата мира"."""
    medal = c.lex.metals.get(lemmas)
    if medal is None:
        return desc
    return f"{medal} {c.doc.span_text(after, last)}".strip() if last > after else medal


_WINNER_VERB_GAP = 3  # words from the holder noun to its linking verb


def _winner_next(c: Ctx, s: Sent) -> bool:
    """Does the sentence after the contest's open with a holder noun of data/award_holders.txt
    in the instrumental singular and a linking verb right after it: the contest's winner ("… итоги
    конкурса «Лучший учитель года». Победителем стал учитель Иван Петров")?"""
    doc, si = c.doc, c.doc.toks[s.first].sent
    if si + 1 >= len(doc.sents):
        return False
    nxt = doc.sents[si + 1]
    head = doc.toks[nxt.first]
    if head.lemma not in c.lex.award_holders or \
            not any({"ablt", "sing"} <= p.grams for p in head.parses):
        return False  # ("Победителями стали 27 организаций": a grant's many, no contest's one)
    return any(c.lex.recipient_verbs.get(t.lemma) == "link" and t.pos in _VERB_POS
               for t in doc.toks[nxt.first + 1:min(nxt.first + 1 + _WINNER_VERB_GAP, nxt.last)])


def _always(doc: Doc, s: Sent, k: int, after: int) -> bool:
    return True


# The modes whose word is a title only in some constructions: mode → the test.
_TITLED: dict[str, Callable[[Doc, Sent, int, int], bool]] = {
    "hero": hero_titled, "champion": champion_titled}


def _read(c: Ctx, s: Sent, k: int, hit: Hit) -> _Word:
    """The award word at k: its modifiers, its complement, its name."""
    doc, toks = c.doc, c.doc.toks
    lemmas, kind, mode, after = hit
    word_tok = toks[after - 1] if len(lemmas) > 1 else toks[k]
    word_tok = next((toks[i] for i in range(k, after) if toks[i].pos == "NOUN"), word_tok)
    first, pre, proper = modifiers(doc, s, k, word_tok, c.morph, c.lex)
    if (after < s.last and toks[after].text in QUOTES) or \
            latin_name(doc, after, s.last, c.lex.latin_glue) > after or \
            (proper and after < s.last and toks[after].low == "за"):
        # the name follows the award word; or a proper modifier names it, and "за …" gives
        # the reason ("Нобелевская премия за подписание соглашения")
        phrase = Phrase(after, after, after, False, False)
    else:
        phrase = complement(c, s, after, word_tok, mode in TITLE_MODES)
        if mode == "category":
            phrase = _category_place(c, s, phrase)
        elif mode == "champion" or _of_competition(c, after, phrase):
            phrase = _champion_tail(doc, s, phrase, c.lex.award_markers)
    conferred = nominative(doc, phrase.conf_start, phrase.conf_end, c.morph) \
        if phrase.conf_end > phrase.conf_start and mode not in TITLE_MODES else None
    named = phrase.name_end > after
    desc = singular(doc, first, k, after, phrase.name_end, c.morph, c.lex.award_holders)
    if kind in _OF_COMPETITIONS:
        desc += _competition_named_before(c, after, phrase)
    if mode not in TITLE_MODES:
        desc += _conferrer_named_before(c, phrase)
    before = _award_named_before(c, k, first, phrase) if kind in _NAMED_BEFORE else ""
    medal = _metal_medal(c, lemmas, after, phrase.name_end, desc)
    w = _Word(k, after, lemmas, kind, mode, first, pre, proper, phrase, conferred,
              key(doc.span_text(after, phrase.name_end)) if named else "",
              _head_lemma(doc, after, phrase.name_end) if named else "",
              medal, "phrase",
              titled=_TITLED.get(mode, _always)(doc, s, k, after),
              winner=mode == "contest" and (winner_context(doc, s, first, c.lex) or
                                            _winner_next(c, s)),
              alias=desc if medal != desc else "", before=bool(before))
    if before:
        w = replace(w, descriptive=before)
    if not w.titled:
        return replace(w, next=after)
    return _named(c, s, w)


# ---------------------------------------------------------------- sites

@dataclass(frozen=True, slots=True)
class _At:
    """A site: what stands at token k of a sentence, and where the walk goes on after it."""

    c: Ctx
    s: Sent
    k: int
    site: str  # the name of the SITES entry that found it
    next: int
    quote: tuple[int, int, int] | None = None  # an opening quote: (first, last, after)
    inner: Hit | None = None  # the award word that fills the quote
    known: Known | None = None  # the known award name the quote or the word spells
    word: _Word | None = None  # an award word


def _quote_site(c: Ctx, s: Sent, k: int) -> _At | None:
    """An opening quote: an award word filling it («Благодарственными письмами»), a known
    name («Оскар»); a short quotation is a name, award words inside it are part of it."""
    doc = c.doc
    if doc.toks[k].text not in QUOTES or not is_open_quote(doc, k, s.last):
        return None
    q = quote_at(doc, k)
    if q is None:
        return _At(c, s, k, "quote", k + 1)
    inner = award_word_at(doc, q[0], q[1], c.morph, c.lex)
    if inner is not None and (inner[3] == q[1] and inner[2] not in _CATEGORY_MODES or
                              inner[2] == "award" and _named_rest(doc, inner[3], q[1])):
        return _At(c, s, k, "quote", q[2], q, inner=inner)
    known = _known_name(doc, q[0], q[1], c.morph, c.lex) or _prefixed(c, q)
    if known is not None:
        return _At(c, s, k, "quote", q[2], q, known=known)
    if inner is not None and inner[3] == q[1] and inner[2] in _CATEGORY_MODES and \
            doc.toks[q[0]].case == "ablt":
        return None  # «Лучшим бомбардиром» стал …: the category itself, read as a word
    return _At(c, s, k, "quote", q[2] if q[1] - q[0] <= MAX_NAME_QUOTE else k + 1, q)


def _named_rest(doc: Doc, first: int, last: int) -> bool:
    """ "«Орденом почёта»", "«Медаль Пушкина»": the rest of a quote that opens with an award
    word names it: a capitalized or genitive word first, words only, two at most."""
    toks = doc.toks
    return 0 < last - first <= 2 and (toks[first].is_title_case() or toks[first].case == "gent") \
        and all(t.is_word() for t in toks[first:last])


def _word_site(c: Ctx, s: Sent, k: int) -> _At | None:
    """An award word of data/award_words.txt."""
    hit = award_word_at(c.doc, k, s.last, c.morph, c.lex)
    if hit is None:
        return None
    w = _read(c, s, k, hit)
    return _At(c, s, k, "award_word", max(w.next, k + 1), word=w)


def _name_site(c: Ctx, s: Sent, k: int) -> _At | None:
    """Words that spell a known award name ("лауреат Grammy", "вручил Алғыс хат"), the
    longest first (only at a capitalized word that starts one)."""
    tok = c.doc.toks[k]
    if not tok.text[:1].isupper() or not any(
            x in c.lex.award_name_starts for x in _tok_lemmas(tok, c.morph)):
        return None
    for last in range(min(k + _MAX_NAME_WORDS, s.last), k, -1):
        known = _known_name(c.doc, k, last, c.morph, c.lex)
        if known is not None:
            return _At(c, s, k, "name_word", last, known=known)
    return None


_MAX_NAME_WORDS = 3  # the longest known name written without quotes


# What stands at a token, in order: the first that finds a site decides.
SITES: tuple[Callable[[Ctx, Sent, int], _At | None], ...] = (
    _quote_site, _word_site, _name_site)


# ---------------------------------------------------------------- the rules

def _quoted_award_word(at: _At) -> list[AwardCandidate]:
    """«Благодарственными письмами»: the quote holds the award word itself (a single one,
    «премию», is a reference like the bare word)."""
    if at.inner is None or at.quote is None:
        return []
    q = at.quote
    lemmas, kind, mode, end = at.inner
    name = singular(at.c.doc, q[0], q[0], end, q[1], at.c.morph)
    return [AwardCandidate(at.k, q[2], name, kind, None, None, name,
                           named=end < q[1], ref=len(lemmas) == 1 and end == q[1],
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
    if w is None or w.mode not in TITLE_MODES:
        return []
    prize = _prize_for_category(at, w)
    if prize is not None:
        return [prize]
    return [w.make(w.first, w.phrase.conf_end, w.descriptive, False)]


def _prize_before(at: _At, w: _Word) -> Hit | None:
    """The prize word right before a "best" category in the dative whose category it names
    (data/award_markers.txt, dative_category): "приз | лучшему вратарю"."""
    c, s = at.c, at.s
    p = w.first - 1
    if w.mode != "best" or p < s.first or c.doc.toks[w.k].case != "datv" and not any(
            "datv" in q.grams for q in c.doc.toks[w.after - 1].parses):
        return None
    hit = award_word_at(c.doc, p, s.last, c.morph, c.lex)
    if hit is None or hit[3] != w.first or hit[2] != "award" or \
            c.lex.award_markers.get(hit[0][-1]) != "dative_category":
        return None
    return hit


def _prize_for_category(at: _At, w: _Word) -> AwardCandidate | None:
    """ "приз лучшему вратарю", "призом лучшему игроку турнира": a category in the dative right
    after a prize word (data/award_markers.txt, dative_category) is what the prize is given for;
    the award is the prize, its name the phrase with the prize word in the nominative singular
    and the category as written (GOLD_SCHEMA: the descriptive phrase), the category in the
    nominative its alias ("лучший вратарь")."""
    hit = _prize_before(at, w)
    if hit is None:
        return None
    c, s, p = at.c, at.s, w.first - 1
    first, pre, _ = modifiers(c.doc, s, p, c.doc.toks[p], c.morph, c.lex)
    end = w.phrase.conf_end
    # the category's words in the singular ("призы лучшим игрокам турнира": one each, "приз
    # лучшему игроку турнира"), the rest as written
    words = [singular(c.doc, first, p, w.first, w.first, c.morph)]
    for t in c.doc.toks[w.first:w.after]:
        form = c.morph.inflect(t.parse, {"datv", "sing"}) if t.parse is not None and \
            "plur" in t.parse.grams else None
        words.append(restore_case(form, t.text) if form else t.text)
    if end > w.after:
        words.append(c.doc.span_text(w.after, end))
    name = " ".join(words)
    return AwardCandidate(first, end, name, hit[1], None, _year(name), name, word=hit[0],
                          pre=pre, post=key(c.doc.span_text(w.first, end)),
                          post_head=w.lemmas[-1], mode="award", word_tok=p,
                          alias=w.descriptive)


def _bare(w: _Word) -> bool:
    return w.mode == "award" and not (w.proper or w.phrase.valid)


def _descriptive(at: _At) -> list[AwardCandidate]:
    """ "Ленинской премии", "премия акима Акмолинской области", "медаль за оборону
    Сталинграда": proper modifiers or a complement that names the award or its conferrer."""
    w = _form(at, "phrase")
    if w is None or w.mode in TITLE_MODES or _bare(w) or _bare_gratitude(w) and \
            _generic_reference(at):
        return []
    return [w.make(w.first, w.phrase.conf_end, w.descriptive, False)]


def _bare_gratitude(w: _Word) -> bool:
    """A word of gratitude (data/award_words.txt: conferred) with no name and no conferrer
    ("Благодарностей удостоены …"): after a sentence naming an award it refers to that award
    as a generic word does ("Вручены благодарственные письма акима. Благодарностей удостоены
    …")."""
    return w.mode == "conferred" and not w.proper and not w.phrase.valid


def _reference(at: _At) -> list[AwardCandidate]:
    """ "премий удостоены", "нагрудные знаки": a bare award word refers to an award named
    elsewhere; a multiword one stands for itself when there is none."""
    w = _form(at, "phrase")
    if w is None or not _bare(w):
        return []
    bare = singular(at.c.doc, w.k, w.k, w.after, w.after, at.c.morph, at.c.lex.award_holders)
    return [w.make(w.k, w.after, bare, False, ref=True)]


def _generic_reference(at: _At) -> list[AwardCandidate]:
    """ "Депутатам вручили благодарственные письма маслихата. Награды получили …": a bare
    generic award word ("награда") with a recipient verb in its sentence, right after a
    sentence that names an award, refers to that award, whatever its kind; not after a word
    that makes it another ("Также награду получила …", data/award_markers.txt: another)."""
    w = _form(at, "phrase")
    if w is None or w.mode != "generic" and not _bare_gratitude(w) or w.proper or \
            w.phrase.valid or not _won(at):
        return []
    doc = at.c.doc
    if any(at.c.lex.award_markers.get(t.lemma) == "another" or t.pos == "GRND"
           for t in doc.toks[max(at.s.first, w.first - 2):w.first]):
        return []  # "Также награду получила …": another award; "Вручая награды, губернатор
        # подчеркнул …": the giver speaks
    si = doc.toks[w.k].sent
    if si == 0 or not _names_award(at, si - 1, _NOT_AWARDS) or \
            _names_award(at, si, ("generic",), but=w.k):
        return []  # "получила награду в номинации «…»": the award its own sentence names
    if w.mode != "generic" and not _derived_before(doc, si - 1, doc.toks[w.k]):
        return []  # "Вручены грамоты. Благодарности удостоилась …": another award
    bare = singular(doc, w.k, w.k, w.after, w.after, at.c.morph)
    return [w.make(w.k, w.after, bare, False, ref=True)]


_STEM = 6  # letters a derived adjective shares with its noun: "благода|рственное", "благода|рность"


def _derived_before(doc: Doc, si: int, word: Tok) -> bool:
    """Does sentence ``si`` hold an adjective derived from the award word ("благодарственные
    письма" for "благодарность"): the award it names is the one the word stands for?"""
    s = doc.sents[si]
    stem = word.lemma[:_STEM]
    return len(stem) == _STEM and any(t.pos == "ADJF" and t.lemma.startswith(stem)
                                      for t in doc.toks[s.first:s.last])


# the modes of award words that name no award a generic word may refer to: a generic word, a
# word that needs a quoted name, a category ("В номинации «…» — … . Также награду получила …")
_NOT_AWARDS = ("generic", "named", "best", "category")


def _names_award(at: _At, si: int, not_modes: tuple[str, ...], but: int = -1) -> bool:
    """Does sentence si have an award word of a mode not in ``not_modes``, but at ``but``?"""
    doc, s = at.c.doc, at.c.doc.sents[si]
    return any(k != but and (hit := award_word_at(doc, k, s.last, at.c.morph, at.c.lex))
               is not None and hit[2] not in not_modes for k in range(s.first, s.last))


_LIST_WINDOW = 30  # sentences from a list's item back to its intro


def _listed_nomination(at: _At) -> list[AwardCandidate]:
    """ "Победители по номинациям:" + "– «Жыл еріктісі» (директор ТОО «…» Самат Жолдасов)": a
    quoted name opening an item of a list whose intro speaks of nominations is a nomination,
    its holder named in the rest of the line, in brackets or after a dash."""
    doc, q, s = at.c.doc, at.quote, at.s
    if at.site != "quote" or q is None or at.inner is not None or at.known is not None or \
            any(t.is_word() for t in doc.toks[s.first:at.k]) or q[2] >= s.last or \
            doc.toks[q[2]].text not in "(—–-":
        return []
    si = doc.toks[at.k].sent
    intro = doc.list_intro(si, _LIST_WINDOW) if doc.starts_line(si) else None
    if intro is None:
        return []
    ints = doc.sents[intro]
    if not any((hit := award_word_at(doc, k, ints.last, at.c.morph, at.c.lex)) is not None
               and hit[1] == "номинация" for k in range(ints.first, ints.last)):
        return []
    name = guillemets(doc.span_text(q[0], q[1])).strip()
    return [AwardCandidate(at.k, q[2], name, "номинация", None, _year(name), name, named=True,
                           word=("номинация",), mode="named", word_tok=at.k,
                           scope=(q[2], s.last))]


def _known_name_word(at: _At) -> list[AwardCandidate]:
    """ "лауреат Grammy": a known name written without quotes."""
    if at.site != "name_word" or at.known is None:
        return []
    return [_known(at.k, at.next, at.known)]


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
    Rule("generic_reference", _generic_reference),
    Rule("known_name", _known_name_word),
    Rule("listed_nomination", _listed_nomination),
)


def _mode(at: _At, *modes: str) -> _Word | None:
    return at.word if at.word is not None and at.word.mode in modes else None


def _prize_not_a_contest(at: _At, c: AwardCandidate) -> bool:
    """ "Гран-при Монако" (a race): a prize counts with a quoted or Latin name or a contest
    after it ("Гран-при конкурса имени Чайковского"); alone, with a recipient verb in its
    sentence ("Гран-при получила Анна Белова")."""
    w = _mode(at, "prize")
    if w is None or w.form != "phrase":
        return False
    toks = at.c.doc.toks
    head = next((toks[i] for i in range(w.after, w.phrase.name_end) if toks[i].pos == "NOUN"),
                None)
    if head is None:
        return not _won(at)
    return not any(m == "contest" for _, _, m in at.c.lex.award_starts.get(head.lemma, ()))


def _won(at: _At) -> bool:
    """A recipient verb in the site's sentence ("завоевала", "получил"; read once a
    sentence)."""
    got = at.c.won.get(at.s.first)
    if got is None:
        lex = at.c.lex
        got = at.c.won[at.s.first] = any(t.lemma in lex.recipient_verbs and t.pos in _VERB_POS
                                         for t in at.c.doc.toks[at.s.first:at.s.last])
    return got


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


def _metal_not_won(at: _At, c: AwardCandidate) -> bool:
    """ "цены на золото": a medal named by its metal counts with a competition after it
    ("серебро чемпионата мира"), a recipient verb in its sentence ("завоевала золото") or its
    holders after a dash ("Серебро — у Анны Петровой") or a phrase of holding right after it
    ("Серебро на счету Ивана Петрова", "бронза в копилке …"; data/award_markers.txt: own)."""
    w = _mode(at, "metal")
    if w is None:
        return False
    toks, lex = at.c.doc.toks, at.c.lex
    head = next((t for t in toks[w.after:w.phrase.name_end] if t.pos == "NOUN"), None)
    if head is not None and head.lemma in lex.competitions:
        return False
    # the holding phrase after the metal as a subject ("Серебро | на счету …"; not "цены на
    # золото | на счету …")
    owned = _subject(toks, w.k, w.first, at.s) and _owned(at.c.doc, at.s, w.phrase.conf_end, lex)
    return not _won(at) and not _held_by(at.c.doc, at.s, w.phrase.conf_end) and not owned


def _subject(toks: list[Tok], k: int, first: int, s: Sent) -> bool:
    """May the word at ``k`` of a phrase from ``first`` be a subject: a nominative, or a word
    the tagger read as an accusative, one of whose readings is a nominative, no preposition
    before its phrase ("Серебряные награды | на счету …"; not "цены на | золото")?"""
    t = toks[k]
    return t.case == "nomn" or t.case == "accs" and any("nomn" in p.grams for p in t.parses) and \
        (first == s.first or toks[first - 1].pos != "PREP")


def _owned(doc: Doc, s: Sent, j: int, lex: AwardLexicon) -> bool:
    """Does a phrase of holding follow at j ("Серебро | на счету Анны Петровой")?"""
    toks = doc.toks
    return j + 1 < s.last and lex.award_markers.get(f"{toks[j].low} {toks[j + 1].low}") == "own"


def _held_by(doc: Doc, s: Sent, j: int) -> bool:
    """Does a dash and "у" follow at j: the holders ("Серебро | — у Анны Петровой")?"""
    d = dash_at(doc, j, s.last)
    return d is not None and d + 1 < s.last and doc.toks[d].low == "у"


def _medal_tally(at: _At, c: AwardCandidate) -> bool:
    """ "у хозяев шесть золотых, четыре серебряные и девять бронзовых наград": a counted medal
    of a metal after other counted metals (data/award_metals.txt) tallies a team's medals; it
    is no award given ("Анна Петрова завоевала бронзовую медаль" is one)."""
    w = at.word
    toks, lex = at.c.doc.toks, at.c.lex
    if w is None or w.form != "phrase" or not set(w.pre) & lex.metal_adjectives and \
            toks[w.k].lemma not in lex.metal_adjectives:
        return False
    j = w.first - 1  # the count, then a comma or "и", then another counted metal
    return j - 3 >= at.s.first and toks[j].is_count() and toks[j - 1].low in (",", "и") and \
        toks[j - 2].lemma in lex.metal_adjectives and toks[j - 3].is_count()


def _not_superlative(at: _At, c: AwardCandidate) -> bool:
    """ "хорошим футболистом": a category's adjective counts as a superlative only ("лучшим");
    "лучшие работы", "один из лучших бомбардиров": in the plural it ranks a group."""
    w = _mode(at, *_CATEGORY_MODES)
    if w is None:
        return False
    toks = at.c.doc.toks
    p = toks[w.k].parse
    if p is not None and "plur" in p.grams:
        return _prize_before(at, w) is None  # (not "призы лучшим игрокам": one each)
    return p is not None and p.pos in ("ADJF", "ADJS") and "Supr" not in p.grams and \
        p.normal != "самый"


def _not_conferred(at: _At, c: AwardCandidate) -> bool:
    """ "выразил благодарность волонтерам", "благодарность за помощь": a word of gratitude
    counts as an award with a name or with a genitive that names who confers it ("благодарность
    губернатора": the complement's conferrer starts right after the word)."""
    w = _mode(at, "conferred")
    if w is None or w.form != "phrase" or _announced(at.c.doc, w, at.c.lex):
        return False
    p = w.phrase
    return not (p.conf_start == w.after and p.conf_end > p.conf_start)


def _cup_not_given(at: _At, c: AwardCandidate) -> bool:
    """ "турнир на Кубок губернатора", "матч Кубка России": a cup without a name counts when it
    is given: a genitive right after it names who confers it and a recipient verb is in its
    sentence ("Кубок акима района завоевал Иван Петров"), not governed by a word before it
    (a preposition or a noun: the tournament it names); a cup that is always given
    ("переходящий кубок", data/award_words.txt: award) only when not so governed. A grant
    reads as a cup ("вручен грант акима области"; not "заявки на гранты фонда")."""
    w = at.word
    if w is None or not (w.mode == "cup" or w.kind == "кубок") or w.form != "phrase":
        return False
    p, toks = w.phrase, at.c.doc.toks
    before = toks[w.first - 1] if w.first > at.s.first else None
    governed = before is not None and (before.pos == "PREP" or before.pos == "NOUN" and
                                       not _cup_subject(toks[w.k], before))
    if w.mode != "cup":
        return governed  # "турнир на переходящий кубок": a trophy played for, not given
    # one who confers it, in the singular ("Кубок губернатора"; "Кубок чемпионов": who plays),
    # or the competition it crowns ("Кубок чемпионата завоевала команда колледжа")
    head = next((t for t in toks[p.conf_start:p.conf_end] if t.pos == "NOUN"), None)
    one = head is not None and head.parse is not None and "plur" not in head.parse.grams
    # or a place's proper name with the sport it is played in ("Кубок Москвы по гребле")
    named = p.conf_start == w.after and one or _of_competition(at.c, w.after, p) or w.before \
        or p.proper and _sport_named(toks, w.after, p.name_end) or _purpose_named(at, w)
    return not named or (governed or not _won(at)) and not _won_next(at)


def _purpose_named(at: _At, w: _Word) -> bool:
    """Is a grant named by what it funds alone ("гранты | на развитие бизнеса",
    data/award_markers.txt: purpose_name)?"""
    p = w.phrase
    return p.name_end > w.after and p.conf_start == p.name_end and \
        at.c.lex.award_markers.get(at.c.doc.toks[w.k].lemma) == "purpose_name"


def _sport_named(toks: list[Tok], first: int, last: int) -> bool:
    """Does a cup's complement [first, last) go on with "по" and its sport ("Москвы | по
    гребле", "России по хоккею с мячом")?"""
    return any(t.low == "по" for t in toks[first + 1:last])


def _won_next(at: _At) -> bool:
    """ "Прошел Кубок губернатора по гребле. | Победу одержал Иван Петров", "турнир на Кубок
    акима района. | Победителем стала команда «…»": a cup played for is given when the next
    sentence of its paragraph names its winner (a recipient verb of getting, or a linking one
    with a holder noun: "победителем стал") and no award of its own."""
    doc, lex = at.c.doc, at.c.lex
    si = doc.toks[at.s.first].sent + 1
    if si >= len(doc.sents) or "\n" in doc.norm[at.s.stop:doc.sents[si].start]:
        return False
    s = doc.sents[si]
    toks = doc.toks[s.first:s.last]
    roles = {lex.recipient_verbs.get(t.lemma) for t in toks if t.pos in _VERB_POS}
    held = any(t.lemma in lex.award_holders for t in toks)
    return ("get" in roles or "link" in roles and held) and not _names_award(at, si, ("generic",))


# the cases in which a noun governs a cup word after it ("матч Кубка России")
_GOVERNED_CASES = frozenset({"gent", "datv", "ablt", "loct"})


def _cup_subject(cup: Tok, before: Tok) -> bool:
    """Does a cup word stand as a subject or object after a noun in an oblique case, that noun
    ending a phrase of its own ("В командном зачете | Кубок губернатора завоевала …"; not "матч
    | Кубка России", "турнир | Кубок губернатора")?"""
    return cup.case in ("nomn", "accs") and before.case in _GOVERNED_CASES


def _announced(doc: Doc, w: _Word, lex: AwardLexicon) -> bool:
    """Is the word of gratitude announced or conferred, a verb of data/award_markers.txt:
    commend right before its modifiers or right after it: an official commendation given to
    someone ("Благодарность объявлена коллективу …", "объявить благодарность Ивану Петрову",
    "Благодарностей удостоены …")?"""
    toks = doc.toks
    near = [j for j in (w.first - 1, w.after) if 0 <= j < len(toks) and
            toks[j].sent == toks[w.k].sent]
    return any(lex.award_markers.get(toks[j].lemma.replace("ё", "е")) == "commend" for j in near)


def _generic_word(at: _At, c: AwardCandidate) -> bool:
    """ "различные премии и награды", "звание": generic words count only with a name (or as
    a reference to the award named right before, ``generic_reference``); a word that needs a
    name counts with a degree too ("диплом первой степени", "знак I степени")."""
    w = _mode(at, "generic", "named")
    return w is not None and w.form == "phrase" and not c.ref and \
        not (w.mode == "named" and w.phrase.degree)


# The reasons a candidate is no award mention, in order.
VETOES: tuple[Veto[_At, AwardCandidate], ...] = (
    # «Конкурс», «звание»: a quoted award word of another mode names nothing
    Veto("quoted_word_not_award", lambda at, c: at.inner is not None and c.mode != "award"),
    # "Оскар Уайльд": a name known only in quotes
    Veto("name_needs_quotes", lambda at, c: at.site == "name_word" and at.known is not None
         and at.known[2]),
    # "герои войны": a hero word is a title only capitalized, singular and completed; "Лига
    # чемпионов": a champion word only completed
    Veto("hero_not_a_title", lambda at, c: at.word is not None and not at.word.titled),
    Veto("contest_without_winner", _contest_without_winner),
    Veto("contest_not_named", _contest_not_named),
    Veto("prize_not_a_contest", _prize_not_a_contest),
    Veto("metal_not_won", _metal_not_won),
    Veto("medal_tally", _medal_tally),
    Veto("not_superlative", _not_superlative),
    Veto("generic_word", _generic_word),
    Veto("not_conferred", _not_conferred),
    Veto("cup_not_given", _cup_not_given),
)


# ---------------------------------------------------------------- the extractor

def _ner_cover(doc: Doc) -> dict[int, tuple[str, int, int]]:
    """Each token under a NER span → the first span (in the document's order) that covers it."""
    out: dict[int, tuple[str, int, int]] = {}
    for span in doc.ner:
        for j in range(span[1], span[2]):
            out.setdefault(j, span)
    return out


def _sites(c: Ctx) -> Iterator[_At]:
    """The sites of the document's sentences in text order (chrome left out)."""
    for s in c.doc.sents:
        if s.chrome:
            continue
        k = s.first
        while k < s.last:
            for find in SITES:
                at = find(c, s, k)
                if at is not None:
                    yield at
                    k = at.next
                    break
            else:
                k += 1


def extract_awards(doc: Doc, morph: Morphology, lex: AwardLexicon,
                   trace: Trace | None = None) -> list[AwardCandidate]:
    """Award mentions: at each site of ``SITES``, the candidates of ``RULES`` no veto of
    ``VETOES`` stops, each with the name of its rule, in text order."""
    c = Ctx(doc, morph, lex, _ner_cover(doc))
    out: list[AwardCandidate] = []
    for at in _sites(c):
        for rule, cand in run(RULES, VETOES, at, kind="awards",
                              span=lambda a: (a.first_tok, a.last_tok), trace=trace):
            out.append(replace(cand, rule=rule))
    return out
