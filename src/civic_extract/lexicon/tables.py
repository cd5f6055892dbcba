"""Reading the data tables of ``data/`` with a user's extra rows, and the lemma helpers the
lexicons are keyed with."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..data import lines as bundled_lines
from ..data import names as bundled_names
from ..errors import DataError
from ..text.morph import Morphology, WordParse

__all__ = ["Tables", "words", "phrase_lemmas", "text_lemmas", "latin_key", "adjective_lemma",
           "award_lemmas"]


class Tables:
    """The bundled tables of ``data/``, each with the extra rows a user gave for it.

    ``extra`` maps a table's name ("titles" or "titles.txt") to rows in the table's own format
    (one line each, columns separated by "|"); they are checked like the bundled rows.
    """

    def __init__(self, extra: Mapping[str, Iterable[str]] | None = None) -> None:
        known = bundled_names()
        self.extra: dict[str, tuple[str, ...]] = {}
        for name, rows in (extra or {}).items():
            file = name if name.endswith(".txt") else name + ".txt"
            if file not in known:
                raise DataError(f"no lexicon table {name!r}; the tables are: "
                                f"{', '.join(sorted(n[:-4] for n in known))}")
            if isinstance(rows, str):
                raise DataError(f"extra rows for {name!r}: expected an iterable of str, got str")
            cleaned = tuple(r.strip() for r in rows if r.strip() and not r.lstrip().startswith("#"))
            if cleaned:
                self.extra[file] = self.extra.get(file, ()) + cleaned

    def key(self, names: Iterable[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The extra rows of these tables: what a lexicon built from them depends on."""
        return tuple((n, self.extra[n]) for n in sorted(names) if n in self.extra)

    def lines(self, name: str) -> tuple[str, ...]:
        return bundled_lines(name) + self.extra.get(name, ())

    def table(self, name: str, columns: int) -> tuple[tuple[str, ...], ...]:
        """Rows of a ``|``-separated table with exactly ``columns`` columns (checked)."""
        rows = []
        for line in self.lines(name):
            cells = tuple(c.strip() for c in line.split("|"))
            if len(cells) != columns:
                raise DataError(f"data/{name}: expected {columns} columns separated by '|', "
                                f"got {len(cells)}: {line!r}")
            rows.append(cells)
        return tuple(rows)

    def words(self, name: str) -> frozenset[str]:
        """A one-word-a-line table as a set, ё read as е."""
        return words(self.lines(name))

    def choice(self, name: str, value: str, allowed: Iterable[str], row: str) -> str:
        """``value`` if it is one of ``allowed``; a DataError naming the table and row else."""
        if value not in allowed:
            raise DataError(f"data/{name}: unknown value {value!r} for {row!r} "
                            f"(expected one of {', '.join(sorted(allowed))})")
        return value


def words(rows: Iterable[str]) -> frozenset[str]:
    return frozenset(w.replace("ё", "е") for w in rows)


def phrase_lemmas(morph: Morphology, phrase: str) -> tuple[str, ...]:
    """The lemmas of a phrase's words; adjectives and participles keep their adjective lemma
    ("ограниченной" → "ограниченный", not the verb)."""
    out = []
    for w in phrase.replace("«", " ").replace("»", " ").split():
        parses = morph.parse(w.lower())
        adj = next((p for p in parses if p.pos in ("ADJF", "PRTF")), None)
        if adj is not None and adj.pos == "PRTF" and parses[0].pos in ("ADJF", "PRTF"):
            lemma = w.lower()  # a participle in the nominative: the word itself
        else:
            lemma = parses[0].normal if parses else w.lower()
        out.append(lemma.replace("ё", "е"))
    return tuple(out)


def text_lemmas(morph: Morphology, phrase: str) -> tuple[str, ...]:
    """The lemmas a text's tokens carry: each word's likeliest parse, participles as verbs."""
    out = []
    for w in phrase.lower().split():
        parses = morph.parse(w)
        out.append((parses[0].normal if parses else w).replace("ё", "е"))
    return tuple(out)


def latin_key(phrase: str) -> tuple[str, ...]:
    """A Latin name as the text's tokens lemmatize it: lowercase words and punctuation
    ("U.S." → ("u", ".", "s", "."))."""
    return tuple(re.findall(r"\w+|[^\w\s]", phrase.lower()))


def adjective_lemma(morph: Morphology, parse: WordParse) -> str:
    """An adjective's or participle's lemma as an adjective: the masculine nominative singular
    ("заслуженного", "заслуженная" → "заслуженный"; pymorphy3 gives the verb for participles)."""
    if parse.pos == "PRTF":
        form = morph.inflect(parse, {"nomn", "sing", "masc"})
        if form:
            return form.replace("ё", "е")
    return parse.normal.replace("ё", "е")


def award_lemmas(morph: Morphology, phrase: str) -> tuple[str, ...]:
    out = []
    for w in phrase.split():
        parses = morph.parse(w.lower())
        adj = next((p for p in parses if p.pos in ("ADJF", "PRTF")), None)
        if adj is not None and parses[0].pos in ("ADJF", "PRTF"):
            out.append(adjective_lemma(morph, adj))
        else:
            out.append((parses[0].normal if parses else w.lower()).replace("ё", "е"))
    return tuple(out)


def po_adverbials(t: Tables) -> dict[str, bool]:
    """The nouns that start an adverbial after "по" (data/po_adverbials.txt), each with whether
    only its singular does ("дело sing": "по делу …", not "по делам молодежи")."""
    out = {}
    for line in t.lines("po_adverbials.txt"):
        word, _, number = line.partition(" ")
        t.choice("po_adverbials.txt", number, ("", "sing"), line)
        out[word.replace("ё", "е")] = number == "sing"
    return out
