"""Official names with a bracketed alternative of the place they end on: "Республики Саха
(Якутия)", "Республика Татарстан (Татарстан)". The brackets repeat the same place under another
name, so they belong to the name: every NER span that ends on the place (the place itself,
"Министерства здравоохранения Республики Саха", "Главы Республики Саха") runs on over them, and
the extractors after it read the name whole. A bracket naming another place ("Казахстана
(Алматы)") or no place ("России (Росавтодор)") stays out.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..document import Doc
from .surroundings import lemma_key

_MAX_ALTERNATIVE = 3  # words in the brackets
_DASHES = frozenset({"—", "–"})


def join_place_alternatives(doc: Doc, places: Mapping[tuple[str, ...], object], longest: int
                            ) -> None:
    """Run each NER span over the brackets right after it when they name the gazetteer place
    (``places``: lemma keys of at most ``longest`` words) that the span ends on, and join a
    place's span with the next one after a dash when both name the same place ("Кемеровской
    области | — | Кузбасса")."""
    spans = sorted(doc.ner, key=lambda s: s[1])
    out: list[tuple[str, int, int]] = []
    for type_, first, last in spans:
        prev = out[-1] if out else None
        if prev is not None and prev[0] == "LOC" and type_ == "LOC" and prev[2] + 1 == first \
                and doc.toks[prev[2]].text in _DASHES and \
                _same_place(doc, places, longest, prev[1], prev[2], first, last) is not None:
            out[-1] = (prev[0], prev[1], last)
            doc.toks[prev[2]].ner = "LOC"
            continue
        start, close = _alternative_end(doc, places, longest, first, last)
        for t in doc.toks[last:close]:
            t.ner = type_
        if type_ == "LOC" and start > first:  # "Севера | Республики Саха (Якутия)": the place
            out.append((type_, first, start))  # with its brackets is a span of its own
            first = start
        out.append((type_, first, close))
    if out != spans:
        doc.ner[:] = out
        doc.reset_ner_index()


def _same_place(doc: Doc, places: Mapping[tuple[str, ...], object], longest: int, first: int,
                last: int, a: int, b: int) -> int | None:
    """The start of the words of the span [first, last) that end it and name the gazetteer
    place the words [a, b) name; None when they name none or another."""
    named = places.get(lemma_key(doc.toks[a:b]))
    if named is None:
        return None
    return next((j for j in range(max(first, last - longest), last)
                 if places.get(lemma_key(doc.toks[j:last])) is named), None)


def _alternative_end(doc: Doc, places: Mapping[tuple[str, ...], object], longest: int,
                     first: int, last: int) -> tuple[int, int]:
    """The start of the span's last words and the end past ")" of the brackets at ``last`` when
    they name the same place, else (``first``, ``last``)."""
    toks = doc.toks
    if last + 2 >= len(toks) or toks[last].text != "(" or toks[last].sent != toks[first].sent:
        return first, last
    close = next((k for k in range(last + 1, min(last + 2 + _MAX_ALTERNATIVE, len(toks)))
                  if toks[k].text == ")"), None)
    if close is None or close == last + 1 or \
            not all(t.is_word() and t.is_title_case() and not t.text.isupper()
                    for t in toks[last + 1:close]):  # "(СКФО)": an abbreviation, no name
        return first, last
    start = _same_place(doc, places, longest, first, last, last + 1, close)
    return (first, last) if start is None else (start, close + 1)



def past_alternative(doc: Doc, last: int) -> int:
    """The end of a place's double name when a name's end ``last`` falls before its dashed
    part ("Правительства Кемеровской области | — Кузбасса") or inside its brackets
    ("Правительства Республики Саха (Якутия | )"), else ``last``."""
    if last <= 0 or last >= len(doc.toks):
        return last
    held = doc.ner_span(last - 1)
    if held is None or held[0] != "LOC" or not held[1] < last < held[2]:
        return last
    toks = doc.toks
    dashed = toks[last].text in _DASHES and last + 1 < held[2]
    bracketed = toks[held[2] - 1].text == ")" and \
        any(toks[k].text == "(" for k in range(held[1], last + 1))
    return held[2] if dashed or bracketed else last
