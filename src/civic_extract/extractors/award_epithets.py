"""Awards an adjective made of their name gives the person it describes: "нобелевский лауреат
Чарлз Таунс", "оскароносный актёр Форест Уитакер" (data/award_epithets.txt). The mention is the
adjective and its noun, in an honorary title's mode: the person the noun describes holds it."""

from __future__ import annotations

from collections.abc import Sequence

from ..document import Doc
from ..lexicon import AwardLexicon
from .awards import AwardCandidate


def award_epithets(doc: Doc, lex: AwardLexicon, found: Sequence[AwardCandidate]
                   ) -> list[AwardCandidate]:
    """The awards that epithets name before an animate noun of their sentence, outside the
    awards found and the quotes, in text order."""
    if not lex.epithets:
        return []
    taken = {k for c in found for k in range(c.first_tok, c.last_tok)}
    toks = doc.toks
    out: list[AwardCandidate] = []
    for t in toks[:-1]:
        got = lex.epithets.get(t.lemma.replace("ё", "е"))
        nxt = toks[t.i + 1]
        if got is None or t.pos != "ADJF" or t.i in taken or t.i in doc.quotes.quoted or \
                nxt.sent != t.sent or nxt.pos != "NOUN" or nxt.parse is None or \
                "anim" not in nxt.parse.grams or nxt.text[:1].isupper():
            continue  # "нобелевская речь", "Нобелевский комитет"
        name, kind = got
        # the mention runs over the noun, whose number and case the holder rules read
        out.append(AwardCandidate(t.i, t.i + 2, name, kind, None, None, name,
                                  named=not name[:1].islower(), word=(nxt.lemma,), mode="title",
                                  word_tok=t.i + 1, rule="award_epithet", alias=t.lemma))
    return out
