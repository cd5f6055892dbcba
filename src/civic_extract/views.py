"""The views of an Article, handed to ``model.Article`` when the package is imported.

``Article._repr_html_`` (the notebook view, ``notebook.py``), ``Article.to_frames`` (pandas
tables, ``frames.py``) and ``Article.to_spacy`` (a spaCy Doc, ``spacy.py``) call the functions
registered here. This module imports the model and not the reverse, and each view module (and
the library it needs) only when the view is first asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .model import register_views

if TYPE_CHECKING:
    from .model import Article

__all__: list[str] = []


def _html(article: Article) -> str:
    from .notebook import render_html

    return render_html(article)


def _frames(article: Article) -> Any:
    from .frames import to_frames

    return to_frames(article)


def _spacy(article: Article, nlp: Any = None) -> Any:
    from .spacy import article_to_doc

    return article_to_doc(article, nlp)


register_views(html=_html, frames=_frames, spacy=_spacy)
