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
from dataclasses import dataclass

from ..document import Doc, Sent, Tok, key
from ..lexicon import AwardLexicon, adjective_lemma
from ..rules import Trace
from ..text.morph import Morphology
from .phrase import QUOTES, guillemets, nominative, restore_case

__all__ = ["AwardCandidate", "extract_awards", "award_word_at", "ROMAN"]

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
ROMAN = re.compile(r"^[IVXLC]+$|^[ІХ]+$")  # also Cyrillic/Kazakh look-alikes: "ІІ", "Х"
_LATIN = re.compile(r"^[A-Za-z][A-Za-z'’.&-]*$")
_LATIN_GLUE = {"of", "des", "de", "du", "la", "le", "the", "and", "for", "&", "-", "der", "di"}
_MAX_COMPLEMENT = 9
_MAX_NAME_QUOTE = 14  # a longer quotation after an award word is speech, not a name
_DASHES = {"—", "–", "-", "−"}


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


def _ner_span_at(doc: Doc, k: int) -> tuple[str, int, int] | None:
    for typ, a, b in doc.ner:
        if a <= k < b:
            return typ, a, b
    return None


def _complement(doc: Doc, s: Sent, after: int, word_tok: Tok, morph: Morphology,
                lex: AwardLexicon) -> tuple[int, int, int, bool, bool]:
    """The complement right after the award word.

    Returns (name_end, conferrer_end, conferrer_start, valid, proper): the name runs to
    ``name_end``
    (a trailing person, "губернатора края Виктора Басаргина", and an "от имени …" phrase stay out
    of it), the conferrer is [conferrer_start, conferrer_end); ``valid`` when the complement names
    an award or its conferrer (a proper word, a title, an organization word, a "за …" phrase of
    a singular award word, a degree); ``proper`` when it holds a proper name.
    """
    toks = doc.toks
    j = after
    valid = proper = titled = False
    limit = s.last
    # "за вклад в решение социальных задач", "за оборону Сталинграда" (not after an instrumental:
    # "награжден грамотой за работу" gives a reason, not a name)
    if j < limit and toks[j].low == "за" and word_tok.case != "ablt" and \
            word_tok.parse is not None and "plur" not in word_tok.parse.grams:
        m = j + 1
        while m < limit and m - j <= _MAX_COMPLEMENT and toks[m].is_word() and (
                toks[m].case in ("accs", "gent") or toks[m].pos in ("ADJF", "PRTF")
                or (toks[m].low in ("в", "во", "перед") and m + 1 < limit
                    and toks[m + 1].is_word())):
            m += 1
        if m > j + 1:
            return m, m, m, True, any(t.is_title_case() for t in toks[j + 1:m])
    conf_start = j
    if j + 1 < limit and toks[j].low == "от" and toks[j + 1].low == "имени":
        conf_start = j = j + 2
    elif j < limit and toks[j].low == "от":
        conf_start = j = j + 1
    from_phrase = conf_start > after
    name_end = j
    person_from = None
    confers = from_phrase
    while j < limit and j - after < _MAX_COMPLEMENT:
        t = toks[j]
        span = _ner_span_at(doc, j)
        if span is not None and span[1] == j and span[0] in ("ORG", "LOC"):
            j = span[2]
            valid = proper = confers = True
            continue
        if span is not None and span[1] == j and span[0] == "PER":
            if t.case not in ("gent", None):
                break  # "лауреат премии Grammy Даниил Трифонов": the holder, not the name
            if titled or from_phrase:
                person_from = j  # the conferrer's name: "губернатора края Виктора Басаргина"
            valid = proper = True
            j = span[2]
            continue
        if ROMAN.match(t.text) and j + 1 < limit and toks[j + 1].lemma == "степень":
            j += 2  # "I степени"
            valid = True
            continue
        if not t.is_word() or t.text in QUOTES or t.case != "gent":
            if not (t.text.isupper() and t.is_word() and j > after):  # СССР, РК after a genitive
                break
        if t.lemma in lex.titles:
            titled = confers = True
            valid = True
        elif t.is_title_case() and j != s.first:
            valid = proper = True
        elif t.lemma in lex.org_words:
            valid = confers = True
        j += 1
    if j == conf_start:
        return after, after, after, False, False
    name_end = person_from if person_from is not None else j
    if from_phrase:
        name_end = after
    # a quoted name right after an organization word belongs to it: "от партии «Nur Otan»"
    if j < limit and toks[j].text in QUOTES and (from_phrase or toks[j - 1].lemma in lex.org_words):
        q = _quote(doc, j)
        if q is not None:
            if not from_phrase:
                name_end = q[2]
            j = q[2]
    if not confers:
        conf_start = j  # the complement names the award ("орден Мужества"), no conferrer
    return name_end, j, conf_start, valid or from_phrase, proper


def _latin_name(doc: Doc, j: int, limit: int) -> int:
    """End of a Latin-script name starting at j ("Grammy", "Tribune Internationale des
    Compositeurs"); j when there is none."""
    toks = doc.toks
    if j >= limit or not _LATIN.match(toks[j].text) or not toks[j].text[:1].isupper() \
            or ROMAN.match(toks[j].text):
        return j
    m = j + 1
    while m < limit and (_LATIN.match(toks[m].text) and (
            toks[m].text[:1].isupper() or toks[m].low in _LATIN_GLUE)):
        m += 1
    while m > j + 1 and toks[m - 1].low in _LATIN_GLUE:
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


# ---------------------------------------------------------------- the extractor

def extract_awards(doc: Doc, morph: Morphology, lex: AwardLexicon,
                   trace: Trace | None = None) -> list[AwardCandidate]:
    out: list[AwardCandidate] = []
    toks = doc.toks
    for s in doc.sents:
        if s.chrome:
            continue
        k = s.first
        while k < s.last:
            t = toks[k]
            if t.text in QUOTES and _is_open_quote(doc, k, s.last):
                q = _quote(doc, k)
                if q is not None:
                    inner = award_word_at(doc, q[0], q[1], morph, lex)
                    if inner is not None and inner[3] == q[1]:
                        # «Благодарственными письмами»: the quote holds the award word itself
                        # (a single one, «премию», is a reference like the bare word)
                        lemmas, kind, mode, _ = inner
                        name = _singular(doc, q[0], q[0], q[1], q[1], morph)
                        if mode == "award":
                            out.append(AwardCandidate(k, q[2], name, kind, None, None, name,
                                                      ref=len(lemmas) == 1, word=lemmas,
                                                      mode=mode, word_tok=q[0]))
                        k = q[2]
                        continue
                    known = _known_name(doc, q[0], q[1], morph, lex)
                    if known is not None:  # «Оскар», «Золотых глобусов»
                        out.append(_known(k, q[2], known))
                        k = q[2]
                        continue
                    if q[1] - q[0] <= _MAX_NAME_QUOTE:
                        k = q[2]  # a name: award words inside it are part of the name
                        continue
                k += 1
                continue
            hit = award_word_at(doc, k, s.last, morph, lex)
            if hit is None:
                known = _known_name(doc, k, k + 1, morph, lex)
                if known is not None and not known[2]:  # "лауреат Grammy"
                    out.append(_known(k, k + 1, known))
                k += 1
                continue
            found, nxt = _mention(doc, s, k, hit, morph, lex)
            out += found
            k = max(nxt, k + 1)
    return out


def _mention(doc: Doc, s: Sent, k: int, hit: tuple[tuple[str, ...], str, str, int],
             morph: Morphology, lex: AwardLexicon) -> tuple[list[AwardCandidate], int]:
    toks = doc.toks
    lemmas, kind, mode, after = hit
    word_tok = toks[after - 1] if len(lemmas) > 1 else toks[k]
    word_tok = next((toks[i] for i in range(k, after) if toks[i].pos == "NOUN"), word_tok)
    if mode == "hero" and not (toks[k].is_title_case() and after < s.last
                               and toks[after].case == "gent" and toks[k].parse is not None
                               and "sing" in toks[k].parse.grams):
        return [], after
    first, pre, proper = _modifiers(doc, s, k, word_tok, morph, lex)
    if (after < s.last and toks[after].text in QUOTES) or _latin_name(doc, after, s.last) > after:
        name_end = conf_end = conf_start = after  # the name follows the award word
        valid = proper_post = False
    else:
        name_end, conf_end, conf_start, valid, proper_post = _complement(
            doc, s, after, word_tok, morph, lex)
    conferred = nominative(doc, conf_start, conf_end, morph) \
        if conf_end > conf_start and mode not in ("title", "hero") else None
    post = key(doc.span_text(after, name_end)) if name_end > after else ""
    post_head = toks[after].lemma if name_end > after else ""
    j = conf_end

    def cand(first_tok: int, last_tok: int, name: str, named: bool, ref: bool = False,
             scope: tuple[int, int] | None = None, desc: str | None = None) -> AwardCandidate:
        d = desc if desc is not None else name
        return AwardCandidate(first_tok, last_tok, name, kind, conferred, _year(name), d,
                              named=named, ref=ref, word=lemmas, pre=pre, post=post,
                              post_head=post_head, mode=mode, word_tok=k, scope=scope)

    descriptive = _singular(doc, first, k, after, name_end, morph)
    # a quoted name, or a list of them
    if j < s.last and toks[j].text in QUOTES:
        q = _quote(doc, j)
        if q is not None and q[1] - q[0] <= _MAX_NAME_QUOTE:
            if mode == "contest" and not _winner_context(doc, s, first, lex):
                return [], q[2]
            name = guillemets(doc.span_text(q[0], q[1])).strip()
            found = []
            if kind == "номинация":
                scope, more = _nomination_line(doc, s, q[0], q[2])
                found.append(cand(first, q[2], name, True, scope=scope, desc=descriptive))
                for qf, ql, qa, end in more:
                    nm = guillemets(doc.span_text(qf, ql)).strip()
                    found.append(cand(qf - 1, qa, nm, True, scope=(qa, end), desc=nm))
                return found, q[2]
            found.append(cand(first, q[2], name, True, desc=descriptive))
            end = q[2]
            # "ордена «Парасат», «Құрмет», «Еңбек Даңқы» III степени"
            while True:
                m = end
                if m + 1 < s.last and ROMAN.match(toks[m].text) and toks[m + 1].lemma == "степень":
                    m += 2
                if m + 2 < s.last and toks[m].text == "(" and toks[m + 2].text == ")":
                    m += 3  # "(2000)"
                if m < s.last and toks[m].text in (",", "и") and m + 1 < s.last \
                        and toks[m + 1].text in QUOTES:
                    q2 = _quote(doc, m + 1)
                    if q2 is None or q2[1] - q2[0] > _MAX_NAME_QUOTE or \
                            _dash_at(doc, q2[2], s.last) is not None:
                        break
                    nm = guillemets(doc.span_text(q2[0], q2[1])).strip()
                    found.append(cand(m + 1, q2[2], nm, True, desc=nm))
                    end = q2[2]
                    continue
                break
            return found, end
    # a Latin name: "премии Grammy"
    lat = _latin_name(doc, j, s.last)
    if lat > j and mode in ("award", "generic", "prize", "contest"):
        if mode == "contest" and not _winner_context(doc, s, first, lex):
            return [], lat
        name = doc.span_text(j, lat)
        return [cand(first, lat, name, True, desc=descriptive)], lat
    if mode == "prize":
        head = next((toks[i] for i in range(after, name_end) if toks[i].pos == "NOUN"), None)
        contest = head is not None and any(
            m == "contest" for _, _, m in lex.award_starts.get(head.lemma, ()))
        if contest:
            return [cand(first, conf_end, descriptive, False)], conf_end
        return [], max(after, conf_end)
    if mode in ("generic", "named"):
        if mode == "named" and kind == "звание":
            # "звание Героя России", "звание заслуженного артиста": the title that follows
            return [], after
        return [], max(after, conf_end)
    if mode == "contest":
        if (proper or proper_post) and _winner_context(doc, s, first, lex):
            return [cand(first, conf_end, descriptive, False)], conf_end
        return [], max(after, conf_end)
    if mode in ("title", "hero") or proper or valid:
        return [cand(first, conf_end, descriptive, False)], conf_end
    # a bare award word: a reference to an award named elsewhere ("премий удостоены",
    # "нагрудные знаки"); a multiword one stands for itself when there is none
    bare = _singular(doc, k, k, after, after, morph)
    return [cand(k, after, bare, False, ref=True)], after
