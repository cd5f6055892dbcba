"""Huge texts in bounded time and memory: cut into pieces, run piece by piece, merge back.

A text longer than ``chunk_size`` characters is cut at paragraph breaks (else line breaks, else
sentence ends, else spaces) into pieces of at most ``chunk_size`` characters. The pieces are
parsed like separate documents (so every stage sees a bounded input and the neural steps stay
batched); each gives its sentences and its facts (``link.facts``), shifted to where the piece
starts in the whole text. The facts of all pieces then go through the one ``assemble`` of the
linker, as the facts of a short text do: people, organizations, places and awards are merged by
the same rules whatever the cut. Sentences never cross a line, so a cut at a line break changes
nothing inside the pieces.

``run_pieces`` streams: it keeps at most one batch of pieces in flight, whatever the size of
the texts, and yields Articles in input order as soon as all their pieces are done.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .gcpolicy import relaxed_gc
from .link.facts import Facts
from .model import Article, Sentence
from .text.cut import soft_cut

__all__ = ["DEFAULT_CHUNK_SIZE", "chunk_spans", "run_pieces", "Piece"]

DEFAULT_CHUNK_SIZE = 64_000  # characters per piece of a huge text
_SENTENCE_ENDS = (". ", "! ", "? ", "… ", ".\t", "!\t", "?\t")

Item = tuple[str, "str | None"]
Piece = tuple[tuple[Sentence, ...], Facts]  # what a piece gives: its sentences and its facts
BatchFn = Callable[[list[str]], list[Piece]]
FinishFn = Callable[[str, "str | None", tuple[Sentence, ...], Facts], Article]


def chunk_spans(text: str, size: int = DEFAULT_CHUNK_SIZE) -> list[tuple[int, int]]:
    """Contiguous ``[start, stop)`` spans covering ``text``, each at most ``size`` long.

    Each cut is the best boundary in the window past its first quarter: a blank line, else a
    line break, a sentence end, a space, or (a run without any) the window's end. Linear in
    ``len(text)``: every search looks at one window only.
    """
    if size < 2:
        raise ValueError(f"chunk size must be at least 2, got {size}")
    spans = []
    start, n = 0, len(text)
    while n - start > size:
        low, high = start + max(1, size // 4), start + size
        cut = text.rfind("\n\n", low, high)
        if cut >= 0:
            cut += 2
        else:
            cut = text.rfind("\n", low, high)
            if cut >= 0:
                cut += 1
            else:
                cut = soft_cut(text, low, high, _SENTENCE_ENDS)
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


def _sentence(s: Sentence, off: int) -> Sentence:
    return Sentence(s.start + off, s.stop + off, s.text, s.tokens.shifted(off))


# ---- streaming pieces through the pipeline ----

@dataclass
class _Owner:
    text: str
    doc_id: str | None
    offsets: list[int]
    sentences: list[Sentence] = field(default_factory=list)
    facts: list[Facts] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return len(self.facts) == len(self.offsets)

    def take(self, piece: Piece) -> None:
        off = self.offsets[len(self.facts)]
        sentences, facts = piece
        if off:
            self.sentences += (_sentence(s, off) for s in sentences)
        else:
            self.sentences += sentences
        self.facts.append(facts.shifted(off))

    def article(self, finish: FinishFn) -> Article:
        with relaxed_gc():
            sentences, facts = tuple(self.sentences), Facts.concat(self.facts)
        self.sentences, self.facts = [], []  # the pieces' lists go before the records come
        return finish(self.text, self.doc_id, sentences, facts)


def run_pieces(items: Iterable[Item], batch: BatchFn, finish: FinishFn, *, batch_size: int,
               chunk_size: int, batch_chars: int | None = None) -> Iterator[Article]:
    """Run ``items`` (text, doc_id) through ``batch`` piece by piece; yield Articles in order.

    A batch holds at most ``batch_size`` pieces and, once it has more than one, at most
    ``batch_chars`` characters (default: four pieces' worth), so memory stays bounded by the
    batch and the facts, not by the text: each piece's sentences and facts are kept, its parse
    dropped as soon as it is made. ``finish`` makes a text's Article from all of them.
    """
    limit = batch_chars if batch_chars is not None else 4 * chunk_size
    owners: deque[_Owner] = deque()
    pending: list[tuple[_Owner, str]] = []
    chars = 0

    def flush() -> Iterator[Article]:
        nonlocal pending, chars
        results = batch([piece for _, piece in pending])
        with relaxed_gc():  # the facts of a piece, shifted: many objects, no cycles
            for (owner, _), piece in zip(pending, results):
                owner.take(piece)
        pending, chars = [], 0
        while owners and owners[0].done:
            yield owners.popleft().article(finish)

    for text, doc_id in items:
        spans = chunk_spans(text, chunk_size) if len(text) > chunk_size else [(0, len(text))]
        owner = _Owner(text, doc_id, [a for a, _ in spans])
        owners.append(owner)
        for a, b in spans:
            piece = text if (a, b) == (0, len(text)) else text[a:b]
            if pending and chars + len(piece) > limit:
                yield from flush()
            pending.append((owner, piece))
            chars += len(piece)
            if len(pending) >= batch_size:
                yield from flush()
    if pending:
        yield from flush()
