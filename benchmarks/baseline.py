"""The baseline the benchmarks measure against: natasha's documented full pipeline.

Segmenter + NewsMorphTagger + NewsSyntaxParser + NewsNERTagger, then ``span.normalize`` for every
span. One definition, so that ``speed.py`` and ``throughput.py`` time the same work.
"""

from __future__ import annotations

from collections.abc import Callable


def natasha_pipeline() -> Callable[[str], int]:
    """Load natasha's models; return a function that runs the pipeline over one text and
    returns its number of sentences. Its ``clear_cache()`` attribute empties natasha's
    per-word-form cache (``MorphVocab.parse``)."""
    from natasha import (
        Doc,
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    segmenter, vocab, emb = Segmenter(), MorphVocab(), NewsEmbedding()
    morph, syntax, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)

    def process(text: str) -> int:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        for span in doc.spans:
            span.normalize(vocab)
        return len(doc.sents)

    process.clear_cache = MorphVocab.parse.cache_clear  # type: ignore[attr-defined]
    return process
