"""Huge texts in bounded time and memory: cut into pieces, run piece by piece, merge back.

A text longer than ``chunk_size`` characters is cut at paragraph breaks (else line breaks, else
sentence ends, else spaces) into pieces of at most ``chunk_size`` characters. The pieces go
through the pipeline like separate documents (so every stage sees a bounded input and the
neural steps stay batched), and ``merge`` joins their Articles into one: offsets shifted back
into the whole text, entities of the same name merged across pieces (people by surname, as the
linker does inside a piece). Sentences never cross a line, so a cut at a line break changes
nothing inside the pieces; only relations across pieces (a title or an award recipient
in another piece) are not made.

``run_pieces`` streams: it keeps at most one batch of pieces in flight, whatever the size of
the texts, and yields Articles in input order as soon as all their pieces are done.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from .model import (
    Article,
    Award,
    Mention,
    Organization,
    Person,
    Place,
    Sentence,
    Statistic,
    Title,
    Token,
)
from .text.cut import soft_cut

__all__ = ["DEFAULT_CHUNK_SIZE", "chunk_spans", "merge", "run_pieces"]

DEFAULT_CHUNK_SIZE = 64_000  # characters per piece of a huge text
_SENTENCE_ENDS = (". ", "! ", "? ", "… ", ".\t", "!\t", "?\t")

Item = tuple[str, "str | None"]
BatchFn = Callable[[list[Item]], list[Article]]
_Named = TypeVar("_Named", Organization, Place, Award)


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


# ---- shifting offsets ----

def _m(m: Mention, off: int) -> Mention:
    return Mention(m.start + off, m.stop + off, m.text)


def _ms(ms: Sequence[Mention], off: int) -> tuple[Mention, ...]:
    return tuple(_m(m, off) for m in ms)


def _sentence(s: Sentence, off: int) -> Sentence:
    return Sentence(s.start + off, s.stop + off, s.text,
                    tuple(Token(t.start + off, t.stop + off, t.text, t.lemma, t.pos)
                          for t in s.tokens))


def _title(t: Title, off: int) -> Title:
    return replace(t, mention=_m(t.mention, off) if t.mention is not None else None)


def _key(s: str | None) -> str:
    return " ".join((s or "").lower().replace("ё", "е").split())


# ---- merging entities across pieces ----

@dataclass
class _People:
    """People merged across pieces on the surname, like ``link._merge_people`` inside one.

    Mentions and titles are collected in lists and the records built once at the end, so a
    person named in every piece costs no more than one named once per piece.
    """

    records: list[Person] = field(default_factory=list)  # name parts of each group so far
    titles: list[list[Title]] = field(default_factory=list)
    title_keys: list[set[str]] = field(default_factory=list)
    mentions: list[list[Mention]] = field(default_factory=list)
    by_last: dict[str, list[int]] = field(default_factory=dict)
    by_first: dict[str, list[int]] = field(default_factory=dict)

    def _find(self, p: Person) -> int | None:
        if p.last:
            for i in self.by_last.get(_key(p.last), ()):
                first = self.records[i].first
                if not p.first or not first or _key(p.first) == _key(first):
                    return i
            return None
        if p.first:
            found = self.by_first.get(_key(p.first), []) + self.by_last.get(_key(p.first), [])
            return min(found) if found else None
        return None

    def _index(self, i: int) -> None:
        p = self.records[i]
        for table, value in ((self.by_last, p.last), (self.by_first, p.first)):
            if value and i not in table.setdefault(_key(value), []):
                table[_key(value)].append(i)

    def add(self, p: Person) -> None:
        i = self._find(p)
        if i is None:
            i = len(self.records)
            self.records.append(p)
            self.titles.append([])
            self.title_keys.append(set())
            self.mentions.append([])
        else:
            old = self.records[i]
            best = p if len(p.name.split()) > len(old.name.split()) else old
            self.records[i] = Person(best.name, best.last or old.last or p.last,
                                     best.first or old.first or p.first,
                                     best.middle or old.middle or p.middle)
        for t in p.titles:
            if _key(t.normal) not in self.title_keys[i]:
                self.title_keys[i].add(_key(t.normal))
                self.titles[i].append(t)
        self.mentions[i].extend(p.mentions)
        self._index(i)

    def people(self) -> tuple[Person, ...]:
        return tuple(replace(p, titles=tuple(ts), mentions=tuple(sorted(set(ms))))
                     for p, ts, ms in zip(self.records, self.titles, self.mentions))


def _merge_named(groups: dict[str, list[_Named]], items: Iterable[_Named],
                 name: Callable[[_Named], str]) -> None:
    for item in items:
        groups.setdefault(_key(name(item)), []).append(item)


@dataclass
class _Merger:
    """Absorbs the Articles of a text's pieces one by one (each can be dropped right after),
    then builds the Article of the whole text."""

    sentences: list[Sentence] = field(default_factory=list)
    people: _People = field(default_factory=_People)
    orgs: dict[str, list[Organization]] = field(default_factory=dict)
    places: dict[str, list[Place]] = field(default_factory=dict)
    awards: dict[str, list[Award]] = field(default_factory=dict)
    stats: list[Statistic] = field(default_factory=list)

    def add(self, off: int, a: Article) -> None:
        """Take in the Article of the piece starting at ``off``."""
        self.sentences += (_sentence(s, off) for s in a.sentences)
        for p in a.people:
            self.people.add(replace(p, titles=tuple(_title(t, off) for t in p.titles),
                                    mentions=_ms(p.mentions, off)))
        _merge_named(self.orgs, (replace(o, mentions=_ms(o.mentions, off))
                                 for o in a.organizations), lambda o: o.name)
        _merge_named(self.places, (replace(p, mentions=_ms(p.mentions, off))
                                   for p in a.places), lambda p: p.name)
        _merge_named(self.awards, (replace(w, mentions=_ms(w.mentions, off))
                                   for w in a.awards), lambda w: w.name)
        self.stats += (replace(s, mention=_m(s.mention, off) if s.mention else None)
                       for s in a.statistics)

    def article(self, text: str, doc_id: str | None) -> Article:
        # the first record of each group keeps any field not merged here
        orgs = []
        for group in self.orgs.values():
            formed = next((o for o in group if o.form), group[0])
            orgs.append(replace(group[0], form=formed.form, form_full=formed.form_full,
                                kind=formed.kind, mentions=_all_mentions(group)))
        places = [
            replace(g[0], kind=next((p.kind for p in g if p.kind), None),
                    mentions=_all_mentions(g),
                    aliases=tuple(dict.fromkeys(a for p in g for a in p.aliases)))
            for g in self.places.values()]
        awards = [
            replace(g[0], conferred_by=next((w.conferred_by for w in g if w.conferred_by), None),
                    year=next((w.year for w in g if w.year), None),
                    recipients=tuple(dict.fromkeys(r for w in g for r in w.recipients)),
                    mentions=_all_mentions(g))
            for g in self.awards.values()]
        return Article(text, doc_id, tuple(self.sentences), self.people.people(), tuple(orgs),
                       tuple(places), tuple(awards), tuple(self.stats))


def merge(text: str, doc_id: str | None, parts: Sequence[tuple[int, Article]]) -> Article:
    """One Article for ``text`` from the Articles of its pieces (``(offset, article)``)."""
    if len(parts) == 1 and parts[0][0] == 0 and parts[0][1].text == text:
        return replace(parts[0][1], doc_id=doc_id)
    merger = _Merger()
    for off, a in parts:
        merger.add(off, a)
    return merger.article(text, doc_id)


def _all_mentions(group: Sequence[Organization | Place | Award]) -> tuple[Mention, ...]:
    return tuple(sorted({m for item in group for m in item.mentions}))


# ---- streaming pieces through the pipeline ----

@dataclass
class _Owner:
    text: str
    doc_id: str | None
    offsets: list[int]
    done: int = 0
    single: Article | None = None  # a text of one piece: its Article as the batch made it
    merger: _Merger = field(default_factory=_Merger)

    def take(self, article: Article) -> None:
        if len(self.offsets) == 1:
            self.single = article
        else:
            self.merger.add(self.offsets[self.done], article)
        self.done += 1

    def article(self) -> Article:
        if self.single is not None:
            return replace(self.single, doc_id=self.doc_id)
        return self.merger.article(self.text, self.doc_id)


def run_pieces(items: Iterable[Item], batch: BatchFn, *, batch_size: int, chunk_size: int,
               batch_chars: int | None = None) -> Iterator[Article]:
    """Run ``items`` (text, doc_id) through ``batch`` piece by piece; yield Articles in order.

    A batch holds at most ``batch_size`` pieces and, once it has more than one, at most
    ``batch_chars`` characters (default: four pieces' worth), so memory stays bounded by the
    batch and the results, not by the text: each piece's Article is merged into its text's as
    soon as it is made. Texts of at most ``chunk_size`` characters are one piece each and come
    back exactly as ``batch`` made them.
    """
    limit = batch_chars if batch_chars is not None else 4 * chunk_size
    owners: deque[_Owner] = deque()
    pending: list[tuple[_Owner, str]] = []
    chars = 0

    def flush() -> Iterator[Article]:
        nonlocal pending, chars
        results = batch([(piece, None) for _, piece in pending])
        for (owner, _), article in zip(pending, results):
            owner.take(article)
        pending, chars = [], 0
        while owners and owners[0].done == len(owners[0].offsets):
            yield owners.popleft().article()

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
