"""The border to slovnet/navec (the models natasha ships): their types become ours here only.

The models are read from natasha's installed package data (nothing is downloaded). natasha itself
is not imported: its ``__init__`` loads pymorphy2 and yargy, which we do not use.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
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


class Models:
    """slovnet NER, morphology and syntax sharing one navec embedding; each loaded on first use."""

    def __init__(self, batch_size: int = 16) -> None:
        self.batch_size = batch_size
        self._emb: Any = None
        self._ner: Any = None
        self._morph: Any = None
        self._syntax: Any = None

    def _embedding(self) -> Any:
        if self._emb is None:
            try:
                from navec import Navec

                self._emb = Navec.load(_model_path("emb"))
            except ModelLoadError:
                raise
            except Exception as ex:
                raise ModelLoadError(f"cannot load the navec embedding: {ex}") from None
        return self._emb

    def _load(self, kind: str) -> Any:
        try:
            import slovnet

            cls = {"ner": slovnet.NER, "morph": slovnet.Morph, "syntax": slovnet.Syntax}[kind]
            model = cls.load(_model_path(kind), batch_size=self.batch_size)
            model.navec(self._embedding())
        except ModelLoadError:
            raise
        except Exception as ex:
            raise ModelLoadError(f"cannot load the slovnet {kind} model: {ex}") from None
        return model

    def ner(self, texts: Sequence[str]) -> list[list[NerSpan]]:
        """Named-entity spans (offsets into each text) for a batch of texts."""
        if self._ner is None:
            self._ner = self._load("ner")
        out: list[list[NerSpan]] = []
        for markup in self._ner.map(list(texts)):
            out.append([NerSpan(s.start, s.stop, s.type) for s in markup.spans])
        return out

    def morph(self, sentences: Sequence[Sequence[str]]) -> list[list[MorphTag]]:
        """Contextual UD part of speech and features for a batch of tokenized sentences."""
        if self._morph is None:
            self._morph = self._load("morph")
        out: list[list[MorphTag]] = []
        for markup in self._morph.map([list(s) for s in sentences]):
            out.append([MorphTag(t.pos, tuple(sorted(t.feats.items()))) for t in markup.tokens])
        return out

    def syntax(self, sentences: Sequence[Sequence[str]]) -> list[list[SyntaxLink]]:
        """Dependency heads (sentence-internal indexes) and relations for tokenized sentences."""
        if self._syntax is None:
            self._syntax = self._load("syntax")
        out: list[list[SyntaxLink]] = []
        for markup in self._syntax.map([list(s) for s in sentences]):
            links = []
            for t in markup.tokens:
                head = int(t.head_id) - 1
                links.append(SyntaxLink(head, t.rel))
            out.append(links)
        return out


@lru_cache(maxsize=1)
def models() -> Models:
    """The process-wide models (each loaded lazily, once)."""
    return Models()
