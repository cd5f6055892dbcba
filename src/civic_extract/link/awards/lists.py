"""Lists and enumerations: the items of a list an intro announces (one per line, or on one line
after a colon), the parties an item names, and the rules ``list_after_intro`` and
``inline_list``."""

from __future__ import annotations

from collections.abc import Sequence

from ...document import Doc
from ...extractors.awards import AwardCandidate
from ...lexicon import TITLE_MODES
from .context import _FINITE, _Context
from .grammar import _bullet, _case, _ends_with, _recipient_case
from .holders import _Award, _Found


def _inline_items(a: _Award) -> _Found:
    """ "Медалью … награждены: Абенов Ерлан – директор школы; Мусин Самат – аким …": the items
    after the first of a list written on one line after a colon, which the sentences cut at
    each semicolon; up to the item that ends otherwise, or one with an award of its own."""
    doc, si = a.ctx.doc, a.si
    s = doc.sents[si]
    if not _ends_with(doc, si, ";") or \
            not any(t.text == ":" for t in doc.toks[a.m.last_tok:s.last]):
        return []
    found: _Found = []
    for nxt in range(si + 1, min(len(doc.sents), si + 1 + _MAX_LIST_ITEMS)):
        if doc.starts_line(nxt) or _own_award(a, nxt):
            break
        found += _listed(a.ctx, nxt)
        if not _ends_with(doc, nxt, ";"):
            break
    return found


def _listed(ctx: _Context, si: int) -> _Found:
    """The recipients a sentence after the award names; a line that names without a verb
    names its last person, or the one that opens it, in any case ("Директор АО «…» Зауреш
    Аманжолова.", "Козловой Т. С. — акушерке;")."""
    doc = ctx.doc
    s = doc.sents[si]
    # (the words of its main clause: "…и многодетная мать Гүлнұр Сейітова, | которая помогает
    # соседям" names her without a verb of its own; the people of the relative clause tell
    # more of her, no one listed: "…, которую учил тренер Иван Петров")
    related = _relative_clauses(doc, s.first, s.last)
    words = [t.i for t in doc.toks[s.first:s.last] if t.is_word() and t.i not in related]
    verbless = not any(doc.toks[i].pos in _FINITE for i in words)
    return [(p.first, p.ref) for p in ctx.parties_in(s.first, s.last)
            if (_recipient_case(_case(doc, p)) or (verbless and p.person and words and (
                p.last > words[-1] or p.first == words[0])))
            and not ctx.complement(p) and p.first not in related]


def _relative_clauses(doc: Doc, first: int, last: int) -> set[int]:
    """The tokens of [first, last) in relative clauses: from a comma before "который" or "чей"
    (a preposition between: ", у которой") to the next comma, dash or bracket."""
    out: set[int] = set()
    k = first
    while k < last:
        j = k + 1 + (k + 2 < last and doc.toks[k + 1].pos == "PREP")
        if doc.toks[k].text == "," and j < last and doc.toks[j].lemma in _RELATIVES:
            k += 1
            while k < last and doc.toks[k].text not in _RELATIVE_ENDS:
                out.add(k)
                k += 1
        else:
            k += 1
    return out


_RELATIVES = frozenset({"который", "чей"})
_RELATIVE_ENDS = frozenset({",", ";", "—", "–", "(", ")"})


def _list_after_intro(a: _Award) -> list[_Found]:
    """ "Победителями стали следующие НПО:" and the list's items."""
    doc, si = a.ctx.doc, a.si
    intro = None
    if _ends_with(doc, si, ":"):
        intro = si
    elif si + 1 < len(doc.sents) and _ends_with(doc, si + 1, ":") and not any(
            a.ctx.sent_of(x.first_tok) == si + 1 for x in a.ctx.awards):
        intro = si + 1
    if intro is None:
        return []
    found = [r for item in _list_items(doc, intro) if not _own_award(a, item)
             for r in _listed(a.ctx, item)]
    return [found] if found else []


def _inline_list(a: _Award) -> list[_Found]:
    """ "Почетной грамотой награждены: | Ивановой Г. Г., санитарке; | Козловой Т. С., акушерке;
    …": the items after the award sentence's colon, on its line, each without a verb of its
    own (their names in any case: the tagger reads no case from a list)."""
    doc, toks = a.ctx.doc, a.ctx.doc.toks
    s = doc.sents[a.si]
    colon = next((t.i for t in toks[a.m.last_tok:s.last] if t.text == ":"), None)
    if colon is None or any(t.pos in _FINITE for t in toks[colon + 1:s.last]):
        return []
    spans = [(colon + 1, s.last)]
    si = a.si + 1
    while si < len(doc.sents) and si - a.si <= _MAX_LIST_ITEMS and \
            _ends_with(doc, si - 1, ";") and not doc.starts_line(si):
        nxt = doc.sents[si]
        if any(t.pos in _FINITE for t in toks[nxt.first:nxt.last]):
            break
        spans.append((nxt.first, nxt.last))
        si += 1
    found = [(p.first, p.ref) for first, last in spans for p in a.ctx.parties_in(first, last)
             if p.person and not a.ctx.complement(p)]
    return [found] if found else []


def _own_award(a: _Award, si: int) -> bool:
    """A list item that names an award of its own, not a nomination nor an honorary title the
    person holds: its recipients are that award's ("… награждён орденом Почёта президент
    банка Иван Петров")."""
    s = a.ctx.doc.sents[si]
    return any(s.first <= x.first_tok < s.last and x.kind != "номинация" and x is not a.m
               and x.mode not in TITLE_MODES for x in a.ctx.awards)


# the items one list intro may announce, at most (a decree's list of hundreds of names stays
# whole; a text of nothing but intros costs linear time, not quadratic)
_MAX_LIST_ITEMS = 400


def _list_items(doc: Doc, intro: int) -> list[int]:
    """The sentences of the list an intro sentence ending with ':' announces: each on its own
    line, all of one shape (the same bullet; a dash in each when the first has one). An item
    ending otherwise than with ';', ',' or ':' ends the list, unless it names without a verb
    ("Народная артистка Жания Аубакирова.") and so does the next; a sentence with a verb
    ending with ':' opens a list of its own."""
    out: list[int] = []
    bullet = None
    dashed = None
    for si in range(intro + 1, min(len(doc.sents), intro + 1 + _MAX_LIST_ITEMS)):
        s = doc.sents[si]
        if s.chrome or not doc.starts_line(si):
            break
        has_dash = any(t.text in ("—", "–") for t in doc.toks[s.first + 1:s.last])
        verbless = not any(t.pos in _FINITE for t in doc.toks[s.first:s.last])
        if not verbless and _ends_with(doc, si, ":"):
            break  # an intro of its own opens the next list ("Грамоты получили:")
        if bullet is None:
            bullet, dashed = _bullet(doc, si), has_dash
        elif _bullet(doc, si) != bullet or (dashed and not has_dash) or \
                (not verbless and not _ends_with(doc, out[-1], ";,:")):
            break
        out.append(si)
        if not (_ends_with(doc, si, ";,:") or verbless):
            break
    return out


def _titles_only(cands: Sequence[AwardCandidate] | None) -> bool:
    """A sentence whose awards are all titles of the people it names ("золотой медалист
    Иван Петров"): it may still refer back to an award named before."""
    return cands is not None and all(c.mode in TITLE_MODES for c in cands)


def _intro_items(ctx: _Context, si: int, by_sent: dict[int, list[AwardCandidate]]
                 ) -> list[int]:
    """The list items after a sentence that names no award and no recipient, and announces
    them with a recipient verb and a colon ("Благодарности получили:", "Награждены:"); none
    for another sentence, or when an item names an award of its own."""
    doc, s = ctx.doc, ctx.doc.sents[si]
    if s.chrome or not _ends_with(doc, si, ":") or not ctx.verbs(si)[0] or \
            ctx.parties_in(s.first, s.last):
        return []
    items = _list_items(doc, si)
    if any(j in by_sent and not _titles_only(by_sent[j]) for j in items):
        return []
    return items
