"""Awards: an award word (data/award_words.txt) in any case, then an optional conferrer in the
genitive ("премией акима Акмолинской области") and a quoted name ("«Қамқор - 2020»").

Without a quoted name, only phrases that name a specific honour are kept ("почетная грамота
акима области", "благодарственное письмо министра"): the descriptive phrase in the nominative.
Recipients are attached by ``link.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Doc
from ..text.morph import Morphology
from .lexicon import Lexicon
from .phrase import QUOTES, guillemets, nominative, quoted_span

__all__ = ["AwardCandidate", "extract_awards"]

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_MAX_CONFERRER = 6


@dataclass(frozen=True, slots=True)
class AwardCandidate:
    first_tok: int
    last_tok: int
    name: str
    kind: str
    conferred_by: str | None
    year: int | None
    descriptive: str  # "премия акима Акмолинской области": the phrase in the nominative


def _award_word(doc: Doc, k: int, limit: int, lex: Lexicon) -> tuple[str, int] | None:
    best = None
    for lemmas, kind in lex.awards.items():
        n = len(lemmas)
        if k + n <= limit and all(doc.toks[k + j].has_lemma(lemmas[j]) for j in range(n)):
            if best is None or n > best[1] - k:
                best = (kind, k + n)
    return best


def extract_awards(doc: Doc, morph: Morphology, lex: Lexicon) -> list[AwardCandidate]:
    out: list[AwardCandidate] = []
    for s in doc.sents:
        if s.chrome:
            continue
        k = s.first
        while k < s.last:
            found = _award_word(doc, k, s.last, lex)
            if found is None:
                k += 1
                continue
            kind, after = found
            # conferrer: genitive words up to a quote
            j = after
            while j < s.last and j - after < _MAX_CONFERRER and doc.toks[j].text not in QUOTES \
                    and doc.toks[j].is_word() and doc.toks[j].case == "gent":
                j += 1
            conferred = nominative(doc, after, j, morph) if j > after else None
            if j < s.last and doc.toks[j].text in QUOTES:
                q = quoted_span(doc, j, s.last)
                if q is not None:
                    first, last, nxt = q
                    name = guillemets(doc.span_text(first, last)).strip()
                    m = _YEAR.search(name)
                    desc = nominative(doc, k, j, morph)
                    out.append(AwardCandidate(k, nxt, name, kind, conferred,
                                              int(m.group(1)) if m else None, desc))
                    k = nxt
                    continue
            multiword = after - k > 1
            if (multiword or conferred) and kind not in ("награда",):
                desc = nominative(doc, k, j, morph)
                out.append(AwardCandidate(k, j, desc, kind, conferred, None, desc))
                k = j
                continue
            k = after
    return out
