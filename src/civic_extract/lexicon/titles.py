"""The titles' lexicon: title heads, verbs that predicate a title, words that are no titles."""

from __future__ import annotations

from dataclasses import dataclass

from .tables import Tables

__all__ = ["TitleLexicon", "TABLES"]

TABLES = ("titles.txt", "not_titles.txt", "link_titles.txt", "title_verbs.txt",
          "relation_words.txt", "membership.txt", "coref_titles.txt", "role_heads.txt")


@dataclass(frozen=True, slots=True, eq=False)
class TitleLexicon:
    titles: frozenset[str]  # title head lemmas
    not_titles: frozenset[str]
    link_titles: frozenset[str]  # heads that link a chain but are no title of their own
    title_verbs: frozenset[str]
    relation_words: frozenset[str]
    membership: frozenset[tuple[str, str]]
    coref_titles: dict[tuple[str, ...], str]  # a bare role's lemmas → its group
    role_heads: dict[str, set[str]]  # a group → the title heads that anchor it

    @classmethod
    def load(cls, t: Tables) -> TitleLexicon:
        role_heads: dict[str, set[str]] = {}
        for head, group in t.table("role_heads.txt", 2):
            role_heads.setdefault(group, set()).add(head)
        return cls(
            titles=t.words("titles.txt"),
            not_titles=t.words("not_titles.txt"),
            link_titles=t.words("link_titles.txt"),
            title_verbs=frozenset(t.lines("title_verbs.txt")),
            relation_words=t.words("relation_words.txt"),
            membership=frozenset((a.replace("ё", "е"), b.replace("ё", "е"))
                                 for a, b in t.table("membership.txt", 2)),
            coref_titles={tuple(p.split()): g for p, g in t.table("coref_titles.txt", 2)},
            role_heads=role_heads,
        )
