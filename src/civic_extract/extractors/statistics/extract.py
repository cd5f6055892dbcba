"""``extract_statistics``: each sentence's numbers with their units, then the ones without,
and measures in two units joined."""

from __future__ import annotations

from dataclasses import replace

from ...document import Doc, Sent
from ...lexicon import StatLexicon
from ...rules import Trace, run, run_or_else
from ...text.morph import Morphology
from .counts import RULES, VETOES
from .ellipsis import (
    ELLIPSIS,
    ELLIPSIS_FALLBACKS,
    ELLIPSIS_VETOES,
    _Elided,
    _last_count,
    _list_end,
    _money_outside_brackets,
)
from .numbers import _MAX_QUOTED_NAME, _PREDICATES, StatCandidate, _Ctx, as_number
from .sentence import _numbers

# ---------------------------------------------------------------- the extractor

def _quoted_names(doc: Doc, quoted: set[int]) -> frozenset[int]:
    """The quoted tokens that belong to quoted names (not to quoted speech: a verb in it, or
    more than _MAX_QUOTED_NAME tokens)."""
    out: set[int] = set()
    run_: list[int] = []
    for k in sorted(quoted) + [-2]:
        if run_ and k != run_[-1] + 1:
            speech = len(run_) > _MAX_QUOTED_NAME or any(
                doc.toks[i].pos in _PREDICATES for i in run_)
            if not speech:
                out.update(run_)
            run_ = []
        run_.append(k)
    return frozenset(out)


def _span(c: StatCandidate) -> tuple[int, int]:
    return c.first_tok, c.last_tok


def _two_units(found: list[StatCandidate], lex: StatLexicon) -> list[StatCandidate]:
    """ "82 километра 169 метров" → 82.169 километр: a measure and the count of its subunit
    right after it are one value (data/subunits.txt), of the subunit's kind ("8 фунтов 6
    унций" weighs)."""
    out: list[StatCandidate] = []
    for x in found:
        prev = out[-1] if out else None
        factor = lex.subunits.get((prev.unit, x.unit)) if prev is not None else None
        if prev is not None and factor is not None and prev.last_tok == x.first_tok and \
                x.value < factor and x.qualifier is None:
            out[-1] = replace(prev, last_tok=x.last_tok,
                              value=as_number(prev.value + x.value / factor), kind=x.kind)
        else:
            out.append(x)
    return out


def _sentence(c: _Ctx, s: Sent, trace: Trace | None, money: StatCandidate | None = None,
              previous: StatCandidate | None = None) -> list[StatCandidate]:
    """The statistics of a sentence: its numbers with their units (``RULES``), then the numbers
    without one that borrow a neighbour's (``ELLIPSIS``; ``money``: the last sum stated
    before the sentence; ``previous``: the last count of the sentence before), in text
    order."""
    numbers = list(_numbers(c, s))
    found: list[StatCandidate] = []
    for n in numbers:
        found += [replace(cand, rule=rule) for rule, cand in
                  run(RULES, VETOES, n, kind="statistics", span=_span, trace=trace)]
    for n in numbers:
        if n.unit is None:
            found += [replace(cand, rule=rule) for rule, cand in
                      run_or_else(ELLIPSIS, ELLIPSIS_FALLBACKS, ELLIPSIS_VETOES,
                                  _Elided(n, tuple(found), money, previous, _list_end(n)),
                                  kind="statistics", span=_span, trace=trace)]
    return _two_units(sorted(found, key=lambda x: x.first_tok), c.lex)


def extract_statistics(doc: Doc, morph: Morphology, lex: StatLexicon,
                       quoted: set[int] | None = None,
                       trace: Trace | None = None) -> list[StatCandidate]:
    """Statistics of the document's sentences (chrome left out), each named by its rule; an
    abbreviation's head is that of its full form (data/abbreviation_heads.txt)."""
    c = _Ctx(doc, morph, lex, _quoted_names(doc, quoted or set()))
    out: list[StatCandidate] = []
    money: StatCandidate | None = None
    previous: StatCandidate | None = None
    for s in doc.sents:
        if s.chrome:
            continue
        found = _sentence(c, s, trace, money, previous)
        money = _money_outside_brackets(c, found) or money
        previous = _last_count(c, found)
        out += found
    return [replace(x, head=lex.abbreviation_heads[x.head]) if x.head in lex.abbreviation_heads
            else x for x in out]
