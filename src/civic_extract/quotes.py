"""The quotes of a parsed document, found once, in time linear in its length.

``Quotes`` answers, for every token of a document:

- ``name_at(k)``: the quoted name that opens at token ``k`` (``(first, last, after)``: the name's
  tokens without the outer quotes, and the first token after the name and its closing quote), or
  None. «», "", „“ and nested quotes («A «B» C», "A "B" C") are matched by depth; a closing quote
  may close an inner and the outer name at once («Центр «Самрук» Жандос …); a missing closing
  quote ends the name at a comma, semicolon, colon or sentence end (unless the quote closes a
  few words later), or at the sentence end when that is close.
- ``pair_at(k)``: for a « at ``k``, the » that closes it by depth (its token index).
- ``open_depth(k)``: how many « are open before token ``k`` in its sentence (quoted speech).
- ``names`` / ``quoted``: the token ranges of the quoted *names* of the document (quoted speech,
  a clause with a finite verb or a quote a dash and a verb attribute to a speaker, left out)
  and the set of their tokens.

A naive scan from every opening quote to the end of its sentence costs the square of the
sentence length on a run of quotes; here every sentence is read once from its end, each token's
scan result reused by the quotes to its left.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .tokens import Sent, Tok

__all__ = ["Quotes", "QUOTES", "OPEN_QUOTES", "CLOSE_QUOTES", "attributed", "is_opening",
           "is_name"]

OPEN_QUOTES = "«„“‹"
CLOSE_QUOTES = "»“”›"
QUOTES = '«»„“”‟‹›"\''
_STOPS = (",", ";", ":", ".", "!", "?")
_NAME_ENDS_TEXT = frozenset({".", "!", "?", ";", ")", ",", "–", "—", "-"})
_NAME_ENDS_POS = frozenset({"VERB", "PRTS", "INFN", "GRND", "CONJ", "PREP"})
_END_WINDOW = 12  # an unclosed quote runs to the sentence end only when that is this close
_MAX_NAME_TOKENS = 14  # a quoted stretch longer than this is speech, not a name
_SHORT_NAME = 4  # a capitalized quote this short is a name even with a verb («Говорит Москва»)
_COMMA_WINDOW = 13  # a comma inside a name: its closing quote this close
_STOP_WINDOW = 6  # another stop mark inside a name: its closing quote this close
_CLAUSE_POS = frozenset({"VERB", "AUX", "PRON"})  # words of speech, not of a name
_ABBREVIATED = frozenset({"им", "св", "акад", "проф"})  # "им. Баранова", "св. Николая"



class Text(Protocol):
    """What the quotes read of a document (``document.Doc`` is one): its tokens, sentences
    and normalized text."""

    @property
    def toks(self) -> Sequence[Tok]: ...

    @property
    def sents(self) -> Sequence[Sent]: ...

    @property
    def norm(self) -> str: ...


# how the scan of one nesting level ended: at its closing quote, at an inner closing quote that
# also ends the name, at a stop mark, or at the sentence end
_CLOSE, _INNER, _STOP, _END = range(4)


def is_opening(doc: Text, k: int) -> bool:
    """Is token ``k`` an opening quote ("«", "„", or a straight quote glued to a word after it)?"""
    toks = doc.toks
    c = toks[k].text
    if c in ("«", "„", "‹"):
        return True
    if c in ('"', "“", "'") and k + 1 < len(toks):
        nxt = toks[k + 1]
        return doc.norm[toks[k].stop:nxt.start] == "" and nxt.text[:1].isalnum() \
            and nxt.sent == toks[k].sent
    return False


def is_name(doc: Text, first: int, last: int) -> bool:
    """Is a quoted stretch a name («Жас Ұлан») rather than quoted speech (a clause)?"""
    if last - first > _MAX_NAME_TOKENS or not doc.toks[first].text[:1].isupper() and \
            not doc.toks[first].text[:1].isdigit():
        return False
    if last - first <= _SHORT_NAME:
        return True
    for t in doc.toks[first:last]:
        if t.tag.pos in ("VERB", "AUX") and t.tag.get("VerbForm") == "Fin":
            return False
    return True


def attributed(doc: Text, after: int, limit: int) -> bool:
    """Is the quote that ends right before token ``after`` attributed to a speaker as speech by
    a dash and a finite verb after it («Спасибо акиму города», — сказала она; «…» — отметил
    аким)?"""
    toks = doc.toks
    j = after + (after < limit and toks[after].text == ",")
    return j + 1 < limit and toks[j].text in _DASHES and \
        toks[j + 1].tag.pos == "VERB" and toks[j + 1].tag.get("VerbForm") == "Fin"


_DASHES = frozenset({"–", "—", "-"})


def _abbreviated(word: str) -> bool:
    """A word a dot after it abbreviates: an initial ("В."), "им." (имени)."""
    return len(word) == 1 and word.isupper() or word in _ABBREVIATED


class Quotes:
    """Every quote answer of one document (see the module's docstring)."""

    __slots__ = ("_span", "_pair", "_depth", "names", "quoted")

    def __init__(self, doc: Text) -> None:
        n = len(doc.toks)
        self._span: dict[int, tuple[int, int, int]] = {}
        self._pair: dict[int, int] = {}
        self._depth: list[int] = [0] * n
        for s in doc.sents:
            _Sentence(doc, s.first, s.last, self).run()
        self.names: tuple[tuple[int, int], ...] = tuple(self._names(doc))
        self.quoted: frozenset[int] = frozenset(k for a, b in self.names for k in range(a, b))

    def name_at(self, k: int) -> tuple[int, int, int] | None:
        return self._span.get(k)

    def pair_at(self, k: int) -> int | None:
        return self._pair.get(k)

    def open_depth(self, k: int) -> int:
        return self._depth[k]

    def _names(self, doc: Text) -> list[tuple[int, int]]:
        out = []
        for si, s in enumerate(doc.sents):
            k = s.first
            while k < s.last:
                q = self._span.get(k) if doc.toks[k].text != "'" else None
                if q is not None and not self._cut_speech(doc, k, q[1]) and \
                        not attributed(doc, q[2], s.last) and not _runs_on(doc, si, q[1]):
                    if is_name(doc, q[0], q[1]):
                        out.append((q[0], q[1]))
                        k = q[2]
                        continue
                k += 1
        return out

    def _cut_speech(self, doc: Text, k: int, end: int) -> bool:
        """Did a stop mark cut the quote opening at ``k`` short of its closing quote, with
        speech up to it («За последние три года число проектов, которые …, выросло», —
        отметил он): no name, though its first clause reads as one?"""
        pair = self._pair.get(k)
        return pair is not None and end < pair and not is_name(doc, k + 1, pair)


_RUN_ON_SENTENCES = 3


def _runs_on(doc: Text, si: int, end: int) -> bool:
    """Does a quote that the stop mark ending sentence ``si`` cuts at ``end`` go on into the
    sentences after it, which close it before opening another («В районе 40 сел. Все они
    газифицированы», — отметил аким): speech, no name?"""
    s = doc.sents[si]
    if end != s.last - 1 or doc.toks[end].text not in (".", "!", "?", "…"):
        return False
    for nxt in doc.sents[si + 1:si + 1 + _RUN_ON_SENTENCES]:
        for t in doc.toks[nxt.first:nxt.last]:
            if t.text == "«":
                return False
            if t.text == "»":
                return True
    return False


class _Sentence:
    """The quotes of one sentence, tokens [first, limit)."""

    __slots__ = ("doc", "first", "limit", "out", "scan", "ends")

    def __init__(self, doc: Text, first: int, limit: int, out: Quotes) -> None:
        self.doc, self.first, self.limit, self.out = doc, first, limit, out
        # scan[k]: how a level of quotes read from token k on ends, as (how, where); every token
        # from k on read with the rules of a token that is not the first after its quote
        self.scan: list[tuple[int, int]] = [(_END, limit)] * (limit - first + 1)
        # ends[k]: the first token from k on where a name ends (``_name_ends``), or limit
        self.ends: list[int] = [limit] * (limit - first + 1)

    def run(self) -> None:
        doc, first, limit = self.doc, self.first, self.limit
        for k in range(limit - 1, first - 1, -1):
            self.ends[k - first] = k if self._name_ends(k) else self.ends[k + 1 - first]
        for k in range(limit - 1, first - 1, -1):
            self.scan[k - first] = self._step(k)
        depth = 0
        stack: list[int] = []
        for k in range(first, limit):
            c = doc.toks[k].text
            self.out._depth[k] = depth
            if c == "«":
                depth += 1
                stack.append(k)
            elif c == "»":
                depth = max(0, depth - 1)
                if stack:
                    self.out._pair[stack.pop()] = k
            if is_opening(doc, k):
                q = self._name(k)
                if q is not None:
                    self.out._span[k] = q

    # ---- one token's event ----
    def _kind(self, k: int, first_after_open: bool) -> str:
        """'open', 'close', 'stop', 'skip' (a dot inside a domain name) or '' for token k."""
        doc, toks, limit = self.doc, self.doc.toks, self.limit
        t = toks[k]
        c = t.text
        if c in QUOTES and c != "'":
            prev_gap = doc.norm[toks[k - 1].stop:t.start] if k > 0 else " "
            next_gap = doc.norm[t.stop:toks[k + 1].start] if k + 1 < limit else " "
            nxt = toks[k + 1].text if k + 1 < limit else ""
            opening = (c in "«„") or (c in '"“' and prev_gap != "" and next_gap == ""
                                      and nxt[:1].isalnum() and not first_after_open)
            if c in "»”" or (c in '"“' and not opening):
                return "close"
            return "open" if opening else ""
        if c in _STOPS and not first_after_open:
            if c == "." and k + 1 < limit and doc.norm[t.stop:toks[k + 1].start] == "":
                return ""  # LIDER.KZ
            if c == "." and k > self.first and _abbreviated(toks[k - 1].text):
                return ""  # «Больница им. В. А. Баранова»: an initial's or an abbreviation's dot
            return "" if self._closes_later(k) else "stop"
        return ""

    def _step(self, k: int) -> tuple[int, int]:
        """How a level read from token k on ends (its later tokens' results known)."""
        kind = self._kind(k, False)
        if kind == "close":
            return _CLOSE, k
        if kind == "stop":
            return _STOP, k
        if kind == "open":
            return self._after_inner(k)
        return self.scan[k + 1 - self.first]

    def _after_inner(self, k: int) -> tuple[int, int]:
        """The level goes on after an inner quote opening at k: skip the inner name. When no
        quote closes the level after it, its name ends where a name ends («Ясли-сад «Балбөбек»
        отдела образования | открылся …»)."""
        how, at = self.scan[k + 1 - self.first]
        if how != _CLOSE:
            return how, at
        if self._name_ends(at + 1):
            return _INNER, at  # one closing quote ends both names
        how, end = self.scan[at + 1 - self.first]
        stop = self.ends[at + 1 - self.first]
        if how in (_STOP, _END) and stop < end:
            return _STOP, stop
        return how, end

    def _name(self, o: int) -> tuple[int, int, int] | None:
        """The quoted name opening at token o (the outer level's first token has rules of its
        own: a straight quote there closes, a stop mark there does not end the name)."""
        limit = self.limit
        if o + 1 >= limit:
            return None
        kind = self._kind(o + 1, True)
        if kind == "close":
            return None  # an empty quote
        how, at = self._after_inner(o + 1) if kind == "open" else self.scan[o + 2 - self.first]
        if how == _CLOSE:
            return o + 1, at, at + 1
        if how == _INNER:
            return o + 1, at + 1, at + 1
        if how == _STOP:
            return o + 1, at, at
        if limit - o <= _END_WINDOW:
            return o + 1, limit, limit
        return None

    # ---- lookarounds of a few tokens ----
    def _name_ends(self, k: int) -> bool:
        """After an inner closing quote: does the outer name end here (the quote closes both)?"""
        if k >= self.limit:
            return True
        t = self.doc.toks[k]
        if t.ner == "PER" or t.text in _NAME_ENDS_TEXT:
            return True
        return t.parse is not None and t.parse.pos in _NAME_ENDS_POS

    def _closes_later(self, k: int) -> bool:
        """True when a closing quote follows the stop mark at k in the next few tokens before
        another comma; after a comma, also one a few tokens on, past other commas, in a name
        with commas in it («Отдел внутренней политики, культуры, развития языков и спорта …
        района»): no verb or pronoun since its opening quote (speech, «Я потрясен внезапной,
        несвоевременной и …»)."""
        doc, toks, limit = self.doc, self.doc.toks, self.limit
        listed = toks[k].text == "," and self._clause_free_since_opening(k)
        for j in range(k + 1, min(limit, k + (_COMMA_WINDOW if listed else _STOP_WINDOW))):
            c = toks[j].text
            if c in ("»", "”"):
                return True
            if c == '"':
                gap_after = doc.norm[toks[j].stop:toks[j + 1].start] if j + 1 < limit else " "
                return gap_after != "" or j + 1 >= limit or not toks[j + 1].text[:1].isalnum()
            if c == "," and not listed or c == ";" or c in "«„" or \
                    listed and toks[j].tag.pos in _CLAUSE_POS:
                return False
        return False

    def _clause_free_since_opening(self, k: int) -> bool:
        """Does an opening quote stand a few tokens before k, with no verb or pronoun between?"""
        toks = self.doc.toks
        for j in range(k - 1, max(self.first, k - _COMMA_WINDOW) - 1, -1):
            if toks[j].text in "«„":
                return True
            if toks[j].tag.pos in _CLAUSE_POS or toks[j].text in ('"', "»", "”", ";"):
                return False
        return False
