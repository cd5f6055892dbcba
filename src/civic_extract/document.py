"""The parsed document every extractor reads: tokens with morphology, syntax and NER, built once.

``Doc`` and ``Tok`` are internal working types (mutable-free after ``parse_batch``); the public
``Sentence``/``Token`` records are made from them in ``pipeline.py``. Offsets here are positions
in the prepared (normalized) text; ``Doc.mention`` maps them to the original text.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from .model import Mention
from .nlp import Models, MorphTag
from .text.morph import Morphology, WordParse
from .text.prepare import Prepared
from .text.segment import segment

__all__ = ["Tok", "Doc", "parse_batch", "key"]

_UD_TO_OC = {
    "NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "ADJ": {"ADJF", "ADJS", "PRTF", "NUMR"},
    "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"}, "AUX": {"VERB"}, "NUM": {"NUMR", "NOUN"},
    "ADV": {"ADVB", "COMP", "PRED"}, "ADP": {"PREP"}, "CCONJ": {"CONJ"}, "SCONJ": {"CONJ"},
    "PRON": {"NPRO", "ADJF"}, "DET": {"ADJF", "NPRO"}, "PART": {"PRCL"}, "INTJ": {"INTJ"},
}
_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt",
          "Loc": "loct", "Voc": "voct", "Par": "gent"}
_NUMBERS = {"Sing": "sing", "Plur": "plur"}
_EMPTY_TAG = MorphTag("X", ())


def key(s: str) -> str:
    """The matching key of a word or phrase: lowercase, ё→е, spaces collapsed."""
    return " ".join(s.lower().replace("ё", "е").split())


@dataclass(slots=True)
class Tok:
    i: int
    start: int
    stop: int
    text: str
    low: str
    sent: int
    parses: tuple[WordParse, ...] = ()
    tag: MorphTag = _EMPTY_TAG
    head: int = -1
    rel: str = ""
    ner: str | None = None
    chrome: bool = False
    parse: WordParse | None = None  # the parse agreeing with the contextual tag

    @property
    def lemma(self) -> str:
        return self.parse.normal if self.parse is not None else self.low

    def has_lemma(self, lemma: str) -> bool:
        """True when any reading of the token has this lemma (ё = е)."""
        return self.low == lemma or any(
            p.normal.replace("ё", "е") == lemma for p in self.parses)

    @property
    def pos(self) -> str | None:
        return self.parse.pos if self.parse is not None else None

    @property
    def case(self) -> str | None:
        c = self.tag.get("Case")
        return _CASES.get(c) if c else None

    def is_word(self) -> bool:
        return any(ch.isalpha() for ch in self.text)

    def is_title_case(self) -> bool:
        return self.text[:1].isupper()


@dataclass(slots=True)
class Sent:
    start: int
    stop: int
    first: int  # first token index
    last: int  # one past the last token index
    chrome: bool = False


@dataclass(slots=True)
class Doc:
    prep: Prepared
    toks: list[Tok] = field(default_factory=list)
    sents: list[Sent] = field(default_factory=list)
    ner: list[tuple[str, int, int]] = field(default_factory=list)  # (type, first tok, last+1)

    @property
    def norm(self) -> str:
        return self.prep.norm

    def mention(self, start: int, stop: int) -> Mention:
        a, b = self.prep.span(start, stop)
        return Mention(a, b, self.prep.text[a:b])

    def tok_mention(self, first: int, last: int) -> Mention:
        """The mention of tokens [first, last)."""
        return self.mention(self.toks[first].start, self.toks[last - 1].stop)

    def span_text(self, first: int, last: int) -> str:
        return self.norm[self.toks[first].start:self.toks[last - 1].stop]


def choose_parse(parses: Sequence[WordParse], tag: MorphTag) -> WordParse | None:
    """The pymorphy3 parse that agrees best with slovnet's contextual tag (POS, case, number)."""
    if not parses:
        return None
    wanted_pos = _UD_TO_OC.get(tag.pos)
    case = _CASES.get(tag.get("Case") or "")
    number = _NUMBERS.get(tag.get("Number") or "")
    best, best_score = parses[0], -1.0
    for rank, p in enumerate(parses):
        score = 0.0
        if wanted_pos and p.pos in wanted_pos:
            score += 4
        if case and case in p.grams:
            score += 2
        if number and number in p.grams:
            score += 1
        if tag.pos == "PROPN" and ({"Name", "Surn", "Patr", "Geox", "Orgn"} & p.grams):
            score += 1
        score -= rank * 0.01
        if score > best_score:
            best, best_score = p, score
    return best


def _ner_chunks(doc_index: int, prep: Prepared, limit: int = 2000) -> list[tuple[int, int, int]]:
    """(doc, start, stop) pieces of the norm text for the NER model: lines, long ones cut."""
    out = []
    pos = 0
    for line in prep.norm.split("\n"):
        if line.strip():
            start = pos
            while len(line) - (start - pos) > limit:
                cut = line.rfind(". ", start - pos, start - pos + limit)
                cut = (cut + 2) if cut > start - pos else (start - pos + limit)
                out.append((doc_index, start, pos + cut))
                start = pos + cut
            out.append((doc_index, start, pos + len(line)))
        pos += len(line) + 1
    return out


def parse_batch(preps: Sequence[Prepared], models: Models, morph: Morphology,
                syntax: bool = True) -> list[Doc]:
    """Segment, tag and parse a batch of prepared texts; neural steps batched across them."""
    docs = [Doc(p) for p in preps]
    flat_sents: list[tuple[Doc, Sent]] = []
    for doc in docs:
        for start, stop, tokens in segment(doc.prep.norm):
            s = Sent(start, stop, len(doc.toks), len(doc.toks) + len(tokens))
            s.chrome = doc.prep.is_chrome(start, stop)
            for a, b, text in tokens:
                low = text.lower().replace("ё", "е")
                doc.toks.append(Tok(len(doc.toks), a, b, text, low, len(doc.sents),
                                    morph.parse(text.lower()), chrome=s.chrome))
            doc.sents.append(s)
            flat_sents.append((doc, s))

    words = [[t.text for t in doc.toks[s.first:s.last]] for doc, s in flat_sents]
    tags = models.morph(words) if words else []
    links = models.syntax(words) if (words and syntax) else [[] for _ in words]
    for (doc, s), sent_tags, sent_links in zip(flat_sents, tags, links):
        for k, tok in enumerate(doc.toks[s.first:s.last]):
            if k < len(sent_tags):
                tok.tag = sent_tags[k]
            if k < len(sent_links):
                link = sent_links[k]
                tok.head = s.first + link.head if link.head >= 0 else -1
                tok.rel = link.rel
            tok.parse = choose_parse(tok.parses, tok.tag)

    chunks = [c for i, p in enumerate(preps) for c in _ner_chunks(i, p)]
    spans = models.ner([preps[d].norm[a:b] for d, a, b in chunks]) if chunks else []
    starts = [[t.start for t in doc.toks] for doc in docs]
    for (d, base, _), found in zip(chunks, spans):
        for sp in found:
            _add_ner(docs[d], starts[d], sp.type, base + sp.start, base + sp.stop)
    return docs


def _add_ner(doc: Doc, starts: list[int], type_: str, start: int, stop: int) -> None:
    first = bisect.bisect_left(starts, start)
    last = first
    while last < len(doc.toks) and doc.toks[last].stop <= stop:
        last += 1
    if last <= first:
        return
    if doc.toks[first].sent != doc.toks[last - 1].sent:  # keep NER spans inside one sentence
        last = first
        while last < len(doc.toks) and doc.toks[last].sent == doc.toks[first].sent \
                and doc.toks[last].stop <= stop:
            last += 1
    for t in doc.toks[first:last]:
        t.ner = type_
    doc.ner.append((type_, first, last))
