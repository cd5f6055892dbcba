"""The border to slovnet/navec (the models natasha ships): their types become ours here only.

The models are read from natasha's installed package data (nothing is downloaded). natasha itself
is not imported: its ``__init__`` loads pymorphy2 and yargy, which we do not use.

What this module does that ``slovnet.NER.load(...).navec(Navec.load(...))`` does not, for speed
and memory (the outputs are the same):

- the three models carry the same 250,002-word vocabulary (the navec one); it is decompressed and
  turned into a dict once, not three times, and navec's own copy of it (with its counts) is not
  read at all: the models need only navec's quantized vectors (``pq.bin``);
- navec's ``PQ.precompute`` (norms and a similarity table for ``navec.sim``, a 100 MB temporary
  array) is skipped: the models never call it;
- a word's (vocabulary id, shape id) pair is computed once per word form and shared by the models;
- sentences are sorted by length before they are cut into batches, so a batch pads its sentences
  to about their own length instead of to the longest sentence of a random group (half of the
  work of the morphology and syntax models on news was padding); results come back in input
  order;
- slovnet's markup objects are skipped: tags and heads go straight into our small types, one
  ``MorphTag`` per distinct tag.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from typing import Any

from .errors import ModelLoadError

__all__ = ["NerSpan", "MorphTag", "SyntaxLink", "Models", "models"]

_FILES = {
    "emb": ("emb", "navec_news_v1_1B_250K_300d_100q.tar"),
    "ner": ("model", "slovnet_ner_news_v1.tar"),
    "morph": ("model", "slovnet_morph_news_v1.tar"),
    "syntax": ("model", "slovnet_syntax_news_v1.tar"),
}

#: at most this many sentences per model call (sorted by length, 32 is the sweet spot on news)
BATCH_SIZE = 32
#: and at most this many token slots (sentences x longest) per call, to bound the arrays
BATCH_TOKENS = 4096
#: the fixed cost of one model call, in tokens: a sentence goes into a batch of its own when
#: padding the batch to its length would cost more than that (the cost of a call is about
#: ``CALL_TOKENS + sentences x longest`` tokens' worth of work). Measured on the dev texts one
#: document at a time: with one BLAS thread 16 is best (64 costs 13% more), but with numpy's
#: default threads on a busy machine every call pays for waking the threads and 16 is 3x worse
#: than 64, which is within 10% of the best in both settings.
CALL_TOKENS = 64
#: word forms whose (word id, shape id) are kept; the cache starts anew beyond that
_MAX_CACHED = 100_000


@dataclass(frozen=True, slots=True)
class NerSpan:
    start: int
    stop: int
    type: str  # PER | ORG | LOC


@dataclass(frozen=True, slots=True)
class MorphTag:
    pos: str
    feats: tuple[tuple[str, str], ...]

    def get(self, name: str) -> str | None:
        for k, v in self.feats:
            if k == name:
                return v
        return None


@dataclass(frozen=True, slots=True)
class SyntaxLink:
    head: int  # index of the head token in the sentence, -1 for the root
    rel: str


def _model_path(kind: str) -> str:
    spec = find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ModelLoadError("natasha is not installed: its package carries the slovnet models")
    folder, name = _FILES[kind]
    path = os.path.join(list(spec.submodule_search_locations)[0], "data", folder, name)
    if not os.path.exists(path):
        raise ModelLoadError(f"the slovnet model file is missing: {path}")
    return path


class _Navec:
    """What slovnet's ``inject_navec`` reads of a ``navec.Navec``: ``meta.id`` and
    ``pq.indexes``/``pq.codes``. Read from navec's tar without its vocabulary."""

    __slots__ = ("meta", "pq")

    def __init__(self, path: str) -> None:
        import tarfile
        from types import SimpleNamespace

        import numpy as np
        from navec.meta import Meta

        with tarfile.open(path) as tar:
            meta = Meta.from_file(tar.extractfile("meta.json"))
            Meta.check_protocol(meta.protocol)
            file = tar.extractfile("pq.bin")
            if file is None:
                raise ModelLoadError(f"no pq.bin in {path}")
            vectors, _dim, qdim, centroids = np.frombuffer(file.read(16), np.uint32)
            indexes = np.frombuffer(file.read(int(vectors) * int(qdim)), np.uint8)
            codes = np.frombuffer(file.read(), np.float32)
        self.meta = meta
        self.pq = SimpleNamespace(indexes=indexes.reshape(int(vectors), int(qdim)),
                                  codes=codes.reshape(int(qdim), int(centroids), -1))


class _CNNEncoder:
    """slovnet's ``CNNEncoder`` (conv → ReLU → batch norm, pads zeroed, per layer), computing
    the same numbers with less copying: the layers work on (batch, tokens, channels) arrays, so
    the convolution's window matrix is built from three contiguous slices instead of a strided
    4-D gather, and no transposes are needed. The window matrix and the weights handed to the
    matrix product are element for element those slovnet builds, in the same order, so the
    output is bit-identical (tests/test_nlp.py checks it)."""

    __slots__ = ("layers",)

    def __init__(self, layers: list[tuple[Any, Any, int, int, Any, Any, Any, Any]]) -> None:
        self.layers = layers

    @classmethod
    def of(cls, encoder: Any) -> _CNNEncoder | Any:
        """Ours for a slovnet ``CNNEncoder`` made of Conv1d/ReLU/BatchNorm1d layers; the
        encoder itself for anything else."""
        from slovnet.exec import model as m

        if type(encoder) is not m.CNNEncoder:
            return encoder
        layers = []
        for layer in encoder.layers:
            conv, relu, norm = layer.conv, layer.relu, layer.norm
            if (type(layer) is not m.CNNEncoderLayer or type(conv) is not m.Conv1d
                    or type(relu) is not m.ReLU or type(norm) is not m.BatchNorm1d
                    or conv.weight.shape[2] != 2 * conv.padding + 1):
                return encoder
            filters, in_dim, kernel = conv.weight.shape
            layers.append((conv.weight.array.reshape(filters, in_dim * kernel).T,
                           conv.bias.array, int(conv.padding), int(kernel),
                           norm.mean.array, norm.std.array, norm.weight.array, norm.bias.array))
        return cls(layers)

    def __call__(self, input: Any, mask: Any) -> Any:
        import numpy as np

        x = input  # batch x tokens x channels
        batch, size, _ = x.shape
        for weight_t, bias, pad, kernel, mean, std, gamma, beta in self.layers:
            in_dim = x.shape[2]
            padded = np.zeros((batch, size + 2 * pad, in_dim), dtype=x.dtype)
            padded[:, pad:pad + size] = x
            windows = np.empty((batch, size, in_dim, kernel), dtype=x.dtype)
            for k in range(kernel):
                windows[:, :, :, k] = padded[:, k:k + size]
            x = np.matmul(windows.reshape(batch * size, in_dim * kernel), weight_t) + bias
            x = x.reshape(batch, size, -1).clip(0)
            x = (x - mean) / std * gamma + beta
            x[mask] = 0
        return x


def _by_length(n: int, length: Callable[[int], int], size: int = BATCH_SIZE
               ) -> Iterator[list[int]]:
    """Indexes 0..n-1 sorted by ``length``, cut into batches: at most ``size`` items and
    BATCH_TOKENS padded token slots, and a new batch wherever padding the current one up to the
    next length would cost more than a call (CALL_TOKENS). Sorting matters most for one long
    document or many; the cut keeps the few sentences of a short one from padding to its
    longest."""
    order = sorted(range(n), key=length)
    batch: list[int] = []
    longest = 0
    for i in order:
        m = length(i)
        if batch and (len(batch) >= size or (len(batch) + 1) * m > BATCH_TOKENS
                      or len(batch) * (m - longest) > CALL_TOKENS):
            yield batch
            batch = []
        batch.append(i)
        longest = m
    if batch:
        yield batch


class Models:
    """slovnet NER, morphology and syntax sharing one navec embedding; each loaded on first use."""

    def __init__(self, batch_size: int = BATCH_SIZE) -> None:
        self.batch_size = batch_size
        self._emb: _Navec | None = None
        self._ner: Any = None
        self._morph: Any = None
        self._syntax: Any = None
        self._words: Any = None  # the shared slovnet word Vocab, and its decompressed bytes
        self._words_raw: bytes | None = None
        self._ids: dict[tuple[int, int], dict[str, tuple[int, int]]] = {}
        self._tags: dict[int, dict[int, MorphTag]] = {}
        # threads share one set of models: each is loaded once, under this lock
        self._lock = threading.RLock()

    # ---- loading ----
    def _embedding(self) -> _Navec:
        with self._lock:
            return self._embedding_locked()

    def _embedding_locked(self) -> _Navec:
        if self._emb is None:
            try:
                self._emb = _Navec(_model_path("emb"))
            except ModelLoadError:
                raise
            except Exception as ex:
                raise ModelLoadError(f"cannot load the navec embedding: {ex}") from None
        return self._emb

    def _load(self, kind: str) -> Any:
        try:
            from gzip import decompress

            from slovnet.const import REL, SHAPE, TAG, WORD
            from slovnet.exec import model as exec_model
            from slovnet.exec.pack import Pack
            from slovnet.vocab import Vocab

            cls = {"ner": exec_model.NER, "morph": exec_model.Morph,
                   "syntax": exec_model.Syntax}[kind]
            with Pack(_model_path(kind)) as pack:
                meta = pack.load_meta()
                meta.check_protocol()
                model = pack.load_model(cls)
                arrays = dict(pack.load_arrays(model.weights))
                raw = decompress(pack.read(f"vocabs/{WORD}.gz"))
                shapes = pack.load_vocab(SHAPE)
                labels = pack.load_vocab(REL if kind == "syntax" else TAG)
            if self._words is None or raw != self._words_raw:
                words = _vocab(Vocab, raw.decode("utf8").splitlines())
                if self._words is None:
                    self._words, self._words_raw = words, raw
            else:
                words = self._words  # the same vocabulary as the model loaded before
            del raw
            model = model.inject_arrays(arrays).inject_navec(self._embedding())
            model.encoder = _CNNEncoder.of(model.encoder)
        except ModelLoadError:
            raise
        except Exception as ex:
            raise ModelLoadError(f"cannot load the slovnet {kind} model: {ex}") from None
        return _Loaded(model, words, shapes, labels)

    def _model(self, kind: str) -> _Loaded:
        attr = "_" + kind
        loaded = getattr(self, attr)
        if loaded is None:
            with self._lock:
                loaded = getattr(self, attr)
                if loaded is None:
                    loaded = self._load(kind)
                    setattr(self, attr, loaded)
        return loaded

    # ---- encoding ----
    def _encode(self, m: _Loaded, batch: list[Sequence[str]]) -> tuple[Any, Any, Any]:
        """(word ids, shape ids, pad mask) arrays of a batch, as slovnet's encoder makes them."""
        import numpy as np
        from slovnet.shape import word_shape

        key = (id(m.words), id(m.shapes))
        cache = self._ids.get(key)
        if cache is None or len(cache) > _MAX_CACHED:
            cache = self._ids[key] = {}
        size = max(len(s) for s in batch)
        words_vocab, shapes_vocab = m.words, m.shapes
        pad = (words_vocab.pad_id, shapes_vocab.pad_id)
        rows = []
        for words in batch:
            row = []
            for w in words:
                ids = cache.get(w)
                if ids is None:
                    ids = cache[w] = (words_vocab.encode(w.lower()),
                                      shapes_vocab.encode(word_shape(w)))
                row.append(ids)
            row.extend([pad] * (size - len(row)))
            rows.append(row)
        both = np.array(rows, dtype=np.int64)  # batch x size x 2
        word_id = np.ascontiguousarray(both[:, :, 0])
        shape_id = np.ascontiguousarray(both[:, :, 1])
        return word_id, shape_id, word_id == words_vocab.pad_id

    def _batches(self, m: _Loaded, sentences: Sequence[Sequence[str]]
                 ) -> Iterator[tuple[list[int], Any, Any, Any]]:
        """(indexes, word ids, shape ids, pad mask) per batch, sentences sorted by length."""
        for idx in _by_length(len(sentences), lambda i: len(sentences[i]), self.batch_size):
            yield (idx, *self._encode(m, [sentences[i] for i in idx]))

    # ---- the three models ----
    def ner_tokens(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, int, int]]]:
        """Named entities ``(type, first, last + 1)`` over the token indexes of each item (an
        item is a line of text as a token list: the model reads the tokens of a whole line)."""
        m = self._model("ner")
        out: list[list[tuple[str, int, int]]] = [[] for _ in sentences]
        for idx, word_id, shape_id, pad in self._batches(m, sentences):
            pred = m.model(word_id, shape_id, pad)
            for i, tags in zip(idx, m.model.head.crf.decode(pred, ~pad)):
                out[i] = _bio_spans([m.labels.decode(t) for t in tags.tolist()])
        return out

    def ner(self, texts: Sequence[str]) -> list[list[NerSpan]]:
        """Named-entity spans (offsets into each text) for a batch of texts."""
        from razdel import tokenize

        toks = [[(t.start, t.stop, t.text) for t in tokenize(text)] for text in texts]
        found = self.ner_tokens([[t[2] for t in ts] for ts in toks])
        return [[NerSpan(ts[a][0], ts[b - 1][1], type_) for type_, a, b in spans]
                for ts, spans in zip(toks, found)]

    def morph(self, sentences: Sequence[Sequence[str]]) -> list[list[MorphTag]]:
        """Contextual UD part of speech and features for a batch of tokenized sentences."""
        from slovnet.exec.mask import split_masked

        m = self._model("morph")
        tags = self._tags.setdefault(id(m), {})
        out: list[list[MorphTag]] = [[] for _ in sentences]
        for idx, word_id, shape_id, pad in self._batches(m, sentences):
            pred = m.model.head.decode(m.model(word_id, shape_id, pad))
            for i, ids in zip(idx, split_masked(pred, ~pad)):
                row = []
                for t in ids.tolist():
                    tag = tags.get(t)
                    if tag is None:
                        tag = tags[t] = _morph_tag(m.labels.decode(t))
                    row.append(tag)
                out[i] = row
        return out

    def syntax(self, sentences: Sequence[Sequence[str]]) -> list[list[SyntaxLink]]:
        """Dependency heads (sentence-internal indexes) and relations for tokenized sentences."""
        from slovnet.exec.mask import split_masked

        m = self._model("syntax")
        out: list[list[SyntaxLink]] = [[] for _ in sentences]
        for idx, word_id, shape_id, pad in self._batches(m, sentences):
            pred = m.model(word_id, shape_id, pad)
            mask = ~pad
            heads = split_masked(m.model.head.decode(pred.head_id, mask), mask)
            rels = split_masked(m.model.rel.decode(pred.rel_id, mask), mask)
            for i, h, r in zip(idx, heads, rels):
                out[i] = [SyntaxLink(head - 1, m.labels.decode(rel))
                          for head, rel in zip(h.tolist(), r.tolist())]
        return out


@dataclass(frozen=True, slots=True)
class _Loaded:
    model: Any  # slovnet.exec.model.NER | Morph | Syntax, navec injected
    words: Any  # slovnet.vocab.Vocab
    shapes: Any
    labels: Any  # tags (NER, morph) or relations (syntax)


def _vocab(cls: Any, items: list[str]) -> Any:
    """``slovnet.vocab.Vocab(items)``, its index built with ``dict(zip(...))`` (a third faster
    than its dict comprehension on 250K words; the same dict)."""
    from slovnet.const import PAD, UNK

    vocab = cls.__new__(cls)
    vocab.items = items
    vocab.item_ids = dict(zip(items, range(len(items))))
    vocab.unk_id = vocab.item_ids.get(UNK)
    vocab.pad_id = vocab.item_ids.get(PAD)
    return vocab


def _morph_tag(tag: str) -> MorphTag:
    """slovnet's "NOUN|Animacy=Inan|Case=Nom" as a MorphTag (features sorted by name)."""
    if "|" not in tag:
        return MorphTag(tag, ())
    pos, feats = tag.split("|", 1)
    return MorphTag(pos, tuple(sorted(dict(f.split("=", 1) for f in feats.split("|")).items())))


def _bio_spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """slovnet's ``bio_spans`` over token indexes: B opens, I extends, O (or anything else
    without a type) closes."""
    out = []
    previous: str | None = None
    start = stop = 0
    for k, tag in enumerate(tags):
        part, _, type_ = tag.partition("-")
        if part == "O":
            if previous:
                out.append((previous, start, stop))
                previous = None
        elif part == "B":
            if previous:
                out.append((previous, start, stop))
            previous, start, stop = type_ or None, k, k + 1
        elif part == "I":
            stop = k + 1
    if previous:
        out.append((previous, start, stop))
    return out


_MODELS: list[Models] = []
_MODELS_LOCK = threading.Lock()


def models() -> Models:
    """The process-wide models (each loaded lazily, once, whatever the number of threads)."""
    if not _MODELS:
        with _MODELS_LOCK:
            if not _MODELS:
                _MODELS.append(Models())
    return _MODELS[0]
