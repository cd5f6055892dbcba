"""The working units of a parsed document: a token with its morphology, syntax and NER
reading, and a sentence as a run of tokens. ``document.py`` builds them; every extractor reads
them (and the quotes of a text, which need nothing else of the document)."""

from __future__ import annotations

from dataclasses import dataclass

from .nlp import MorphTag
from .text.morph import WordParse

__all__ = ["Tok", "Sent", "CASES"]

#: the tagger's (Universal Dependencies) cases as the dictionary's (OpenCorpora) grammemes
CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt",
         "Loc": "loct", "Voc": "voct", "Par": "gent"}
_EMPTY_TAG = MorphTag("X", ())
_PARSE_CASES = tuple(dict.fromkeys(CASES.values()))  # in a fixed order: output is deterministic
# the grammemes of a proper name's reading ("Левада-центр": Orgn; "Эль-Акса")
_NAME_GRAMS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


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
    lemmas: frozenset[str] = frozenset()  # the lemmas of ``parses``, ё written as е

    @property
    def lemma(self) -> str:
        return self.parse.normal if self.parse is not None else self.low

    def has_lemma(self, lemma: str) -> bool:
        """True when any reading of the token has this lemma (ё = е)."""
        return lemma == self.low or lemma in self.lemmas

    @property
    def pos(self) -> str | None:
        return self.parse.pos if self.parse is not None else None

    @property
    def case(self) -> str | None:
        """The tagger's case, or the chosen parse's when the dictionary knows every reading of
        a lowercase word outside the NER's spans and none stands in the tagger's case
        ("бригадиру | проходчиков": no dative of "проходчик" is "проходчиков", the genitive
        plural is); and the one case of every dictionary reading of a hyphenated common noun
        ("вице-министром")."""
        c = self.tag.get("Case")
        case = CASES.get(c) if c else None
        p = self.parse
        if "-" in self.text and self.text[1:].islower() and (only := self._only_case()):
            return only  # "вице-министром": the tagger misreads a compound it never saw (a
            # name capitalizes each part: "Эль-Акса", "Волги-Юниор")
        if case is None or p is None or case in p.grams or not p.known or \
                not self.text.islower() or self.ner or \
                any(case in q.grams or not q.known for q in self.parses):
            return case
        return next((g for g in _PARSE_CASES if g in p.grams), case)

    def _only_case(self) -> str | None:
        """The one case all readings of a word stand in when the dictionary knows each (or its
        known prefix and dictionary word) as no proper name: "вице-министром" ablt;
        "вице-министра" none; "Левада-центра" (Orgn) none."""
        if not self.parses or not all((q.known or q.compound) and not q.grams & _NAME_GRAMS
                                      for q in self.parses):
            return None
        cases = {g for q in self.parses for g in _PARSE_CASES if g in q.grams}
        return next(iter(cases)) if len(cases) == 1 else None

    def is_word(self) -> bool:
        return self.text.isalpha() or any(ch.isalpha() for ch in self.text)

    def is_title_case(self) -> bool:
        return self.text[:1].isupper()

    def is_plural(self) -> bool:
        """Plural by both the dictionary's reading and the tagger ("медикам"; not "врача",
        nor a noun the tagger alone reads as plural)."""
        return self.parse is not None and "plur" in self.parse.grams and \
            self.tag.get("Number") == "Plur"

    def is_count(self) -> bool:
        """A number that counts, in words or digits ("шесть", "12")."""
        return self.pos == "NUMR" or self.text.isdigit()

    def is_initial(self) -> bool:
        """A capital letter alone: a name's initial ("А" of "А. Б. Иванов"), whose readings
        (the conjunction "а", the preposition "с") tell no case."""
        return len(self.text) == 1 and self.text.isupper()


@dataclass(slots=True)
class Sent:
    start: int
    stop: int
    first: int  # first token index
    last: int  # one past the last token index
    chrome: bool = False
