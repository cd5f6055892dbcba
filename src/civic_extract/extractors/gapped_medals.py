"""Medals a gapped clause names by their metal alone: "«Спартак» получил золотые медали,
«Металлург» — серебряные, «Торпедо» — бронзовые" (the noun left out after the dash)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from ..document import Doc
from ..lexicon import AwardLexicon
from ..lexicon.tables import award_lemmas
from ..text.morph import Morphology
from .awards import AwardCandidate

_DASHES = frozenset({"—", "–", "-"})
# what may end the gapped clause after the metal: its sentence's end, a comma, "и", a semicolon
_CLAUSE_ENDS = frozenset({",", ";", ".", "и", "а", ")"})
_MEDAL = "медаль"


def gapped_medals(doc: Doc, morph: Morphology, lex: AwardLexicon,
                  found: Sequence[AwardCandidate]) -> list[AwardCandidate]:
    """The medals that metal adjectives alone name after a dash, each in the sentence of a medal
    named before it (data/award_metals.txt gives the medal of each metal), in text order."""
    medals = {award_lemmas(morph, medal)[0]: medal for medal in lex.metals.values()}
    taken = {k for c in found for k in range(c.first_tok, c.last_tok)}
    out: list[AwardCandidate] = []
    starts = sorted(c.first_tok for c in found)
    for c in found:
        if _MEDAL not in c.word:
            continue
        # up to the sentence's end or the next award found: each token is read once per
        # sentence (the cost stays linear with many medals in one sentence)
        nxt = bisect.bisect_right(starts, c.first_tok)
        last = min(doc.sents[doc.toks[c.first_tok].sent].last,
                   starts[nxt] if nxt < len(starts) else len(doc.toks))
        for k in range(c.last_tok + 1, last):
            t = doc.toks[k]
            medal = medals.get(t.lemma.replace("ё", "е"))
            if medal is None or k in taken or doc.toks[k - 1].text not in _DASHES or \
                    t.pos != "ADJF" or k + 1 < last and doc.toks[k + 1].low not in _CLAUSE_ENDS:
                continue
            taken.add(k)
            out.append(replace(c, first_tok=k, last_tok=k + 1, name=medal, descriptive=medal,
                               named=False, ref=False, pre=(t.lemma,), post="", post_head="",
                               word_tok=k, scope=None, rule="gapped_medal", alias=""))
    return out
