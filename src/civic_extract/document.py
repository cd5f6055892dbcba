"""The parsed document every extractor reads: tokens with morphology, syntax and NER, built once.

``Doc`` and ``Tok`` are internal working types (mutable-free after ``parse_batch``); the public
``Sentence``/``Token`` records are made from them in ``pipeline.py``. Offsets here are positions
in the prepared (normalized) text; ``Doc.mention`` maps them to the original text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from .data import table
from .model import Mention
from .nlp import Models, MorphTag
from .quotes import Quotes
from .text.morph import Morphology, WordParse
from .text.prepare import Prepared
from .text.segment import segment
from .tokens import CASES, Sent, Tok

__all__ = ["Tok", "Doc", "parse_batch", "key"]

_UD_TO_OC = {
    "NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "ADJ": {"ADJF", "ADJS", "PRTF", "NUMR"},
    "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"}, "AUX": {"VERB"}, "NUM": {"NUMR", "NOUN"},
    "ADV": {"ADVB", "COMP", "PRED"}, "ADP": {"PREP"}, "CCONJ": {"CONJ"}, "SCONJ": {"CONJ"},
    "PRON": {"NPRO", "ADJF"}, "DET": {"ADJF", "NPRO"}, "PART": {"PRCL"}, "INTJ": {"INTJ"},
}
_NUMBERS = {"Sing": "sing", "Plur": "plur"}


def key(s: str) -> str:
    """The matching key of a word or phrase: lowercase, ё→е, spaces collapsed."""
    k = s.lower().replace("ё", "е")
    return k if k.isalpha() else " ".join(k.split())  # one word: nothing to collapse


class _SyntaxJob:
    """The dependency parse of a whole batch of documents, run once, when first asked for.

    It keeps the documents' token and sentence lists, not the documents: a document refers to
    its job, and a job referring back would make every parsed batch a reference cycle that only
    the cyclic garbage collector frees (late, and at a cost that grows with the heap).
    """

    __slots__ = ("models", "parts", "done")

    def __init__(self, models: Models, docs: list[Doc]) -> None:
        self.models: Models | None = models
        self.parts = [(doc.toks, doc.sents) for doc in docs]
        self.done = False

    def run(self) -> bool:
        """Parse (the first time); True when the tokens have their heads."""
        models, parts = self.models, self.parts
        if models is None:
            return self.done
        self.models, self.parts = None, []  # once; and let the tokens go
        flat = [(toks, s) for toks, sents in parts for s in sents]
        links = models.syntax([[t.text for t in toks[s.first:s.last]] for toks, s in flat])
        for (toks, s), sent_links in zip(flat, links):
            for tok, link in zip(toks[s.first:s.last], sent_links):
                tok.head = s.first + link.head if link.head >= 0 else -1
                tok.rel = link.rel
        self.done = True
        return True


@dataclass(slots=True)
class Doc:
    prep: Prepared
    toks: list[Tok] = field(default_factory=list)
    sents: list[Sent] = field(default_factory=list)
    ner: list[tuple[str, int, int]] = field(default_factory=list)  # (type, first tok, last+1)
    parsed: bool = False  # Tok.head/Tok.rel are filled (see ``has_syntax``)
    _quotes: Quotes | None = field(default=None, repr=False, compare=False)
    _base: Doc | None = field(default=None, repr=False, compare=False)  # of a relabeled layer
    _syntax: _SyntaxJob | None = field(default=None, repr=False, compare=False)
    _ner_index: tuple[int, dict[int, tuple[str, int, int]]] | None = field(
        default=None, repr=False, compare=False)

    @property
    def norm(self) -> str:
        return self.prep.norm

    def ner_span(self, k: int) -> tuple[str, int, int] | None:
        """The NER span (type, first, last+1) that holds token ``k``, by an index built once
        (again when spans were added since): constant time per lookup."""
        if self._ner_index is None or self._ner_index[0] != len(self.ner):
            self._ner_index = (len(self.ner), {j: span for span in self.ner
                                               for j in range(span[1], span[2])})
        return self._ner_index[1].get(k)

    def reset_ner_index(self) -> None:
        """Forget the index of ``ner_span`` after spans were changed in place."""
        self._ner_index = None

    @property
    def has_syntax(self) -> bool:
        """Tok.head/Tok.rel are filled (by this document's parse or its batch's; a layer's own
        copies of relabeled tokens by its ``parse_syntax``)."""
        if self.parsed or self._base is not None:
            return self.parsed
        return self._syntax is not None and self._syntax.done

    @property
    def quotes(self) -> Quotes:
        """The document's quotes, found once by ``parse_batch``."""
        if self._quotes is None:
            raise RuntimeError("Doc.quotes is built by parse_batch")
        return self._quotes

    def parse_syntax(self) -> bool:
        """Fill ``Tok.head``/``Tok.rel`` with the slovnet dependency parse; True when they are.

        The parse is lazy (no extractor reads it yet, and it costs as much as the morphology
        model): ``parse_batch`` only prepares it, the first caller runs the syntax model, once,
        for every document of the batch this one was parsed with. False when the extractor was
        built with ``syntax=False``: heads stay -1.
        """
        if self._base is not None:  # a layer: its own copies of relabeled tokens too
            self.parsed = self._base.parse_syntax()
            for tok, base in zip(self.toks, self._base.toks):
                if tok is not base:
                    tok.head, tok.rel = base.head, base.rel
            return self.parsed
        if self._syntax is not None:
            self.parsed = self._syntax.run()
            self._syntax = None
        return self.parsed

    def relabeled(self, labels: Mapping[int, str]) -> Doc:
        """A new layer of this document with the NER labels of some tokens changed (token index
        → label); its NER spans follow: the relabeled tokens leave their old spans and make
        spans of their new label. This document is left as it is."""
        toks = [replace(t, ner=labels[t.i]) if t.i in labels else t for t in self.toks]
        spans: list[tuple[str, int, int]] = []
        for type_, a, b in self.ner:
            k = a
            while k < b:
                j = k
                while j < b and (j in labels) == (k in labels):
                    j += 1
                if k not in labels:
                    spans.append((type_, k, j))
                k = j
        for k in sorted(labels):
            if k - 1 in labels and labels[k - 1] == labels[k] and spans and spans[-1][2] == k \
                    and spans[-1][0] == labels[k]:
                spans[-1] = (labels[k], spans[-1][1], k + 1)
            else:
                spans.append((labels[k], k, k + 1))
        spans.sort(key=lambda s: (s[1], s[2]))
        return Doc(self.prep, toks, self.sents, spans, parsed=self.has_syntax,
                   _syntax=self._syntax, _quotes=self._quotes, _base=self)

    def mention(self, start: int, stop: int) -> Mention:
        a, b = self.prep.span(start, stop)
        return Mention(a, b, self.prep.text[a:b])

    def tok_mention(self, first: int, last: int) -> Mention:
        """The mention of tokens [first, last)."""
        return self.mention(self.toks[first].start, self.toks[last - 1].stop)

    def span_text(self, first: int, last: int) -> str:
        return self.norm[self.toks[first].start:self.toks[last - 1].stop]

    def small_or_opening(self, k: int) -> bool:
        """Is the word at token ``k`` in small letters, or its sentence's first word, whose
        capital says nothing ("на улице | Абая", "Улицу | Сейфуллина заасфальтируют")?"""
        t = self.toks[k]
        return t.text.islower() or self.sents[t.sent].first == k and t.text[1:].islower()

    def starts_line(self, si: int) -> bool:
        """Does sentence ``si`` open a line of its own?"""
        k = self.sents[si].start
        while k > 0 and self.norm[k - 1] in " \t":
            k -= 1
        return k == 0 or self.norm[k - 1] == "\n"

    def list_intro(self, si: int, window: int = 20) -> int | None:
        """The sentence ending with ':' that announces the list whose item sentence ``si`` is,
        every sentence from the item back to it on a line of its own ("Председателями комиссий
        избраны:" + "Байтенова Сауле Каировна — …;"), at most ``window`` sentences back."""
        j = si
        while j > 0 and si - j < window and self.starts_line(j):
            j -= 1
            s = self.sents[j]
            if self.norm[s.start:s.stop].rstrip().endswith(":"):
                return j
        return None


_CHOICES: dict[tuple[str, MorphTag], int] = {}  # (word, tag) → rank of the chosen parse, -1: none


def choose_parse(parses: Sequence[WordParse], tag: MorphTag) -> WordParse | None:
    """The pymorphy3 parse that agrees best with slovnet's contextual tag (POS, case, number)."""
    if not parses:
        return None
    wanted_pos = _UD_TO_OC.get(tag.pos)
    case = CASES.get(tag.get("Case") or "")
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


# the endings of Russian-style surnames, in capitals ("КУЛЬГИНОВ", "ЖУМАБЕКОВОЙ")
_SURNAME_ENDING = re.compile(r"[А-ЯЁ]{2}(?:[ОЕ]В|[ИЫ]Н)(?:А|У|ОЙ|ЫМ|Е)?$")


def _first_name(tok: Tok) -> bool:
    return tok.text[:1].isupper() and tok.text[1:].islower() and \
        any("Name" in p.grams for p in tok.parses)


def _model_form(toks: Sequence[Tok], k: int) -> str:
    """The word the neural models read for token k: as written, except a surname in capitals
    ("Бахыта ТЕМИРОВА", "Алтай КУЛЬГИНОВ"), which they read capitalized ("Темирова"): in
    capitals they take it for an abbreviation or a place."""
    t = toks[k]
    w = t.text
    if len(w) < 4 or not w.isalpha() or not w.isupper():
        return w
    near = [toks[j] for j in (k - 1, k + 1) if 0 <= j < len(toks) and toks[j].sent == t.sent]
    if any(_first_name(n) for n in near) or any("Surn" in p.grams for p in t.parses) or \
            _SURNAME_ENDING.search(w):
        return w[0] + w[1:].lower()
    if any("Name" in p.grams for p in t.parses) and \
            any(n.text.isupper() and _SURNAME_ENDING.search(n.text) for n in near):
        return w[0] + w[1:].lower()  # a first name in capitals too: "ЕРЛАНУ САПАРОВУ"
    return w


# Kazakh letters the NER model has hardly seen, each as the Russian letter nearest to it: in
# "Қайрат Жұмабаев" it reads a person where it reads noise otherwise. One letter for one, so the
# model's spans keep their offsets; the words of quoted names keep their letters («Қамқор»).
_NER_LETTERS = str.maketrans("ҚқҰұҮүӘәІіӨөҒғҢңҺһ", "КкУуУуАаИиОоГгНнХх")
_OPEN_QUOTES, _CLOSE_QUOTES = frozenset("«„"), frozenset("»“")
# list bullets, which the NER model has hardly seen ("• Коффи Коджа (Бенин)": no person read
# after one): it reads one that opens a line, and a dash there, as a hyphen, one inside a line
# as a comma
_NER_BULLETS = frozenset("•●▪◦‣∙·")
_LINE_DASHES = frozenset("—–")


def _ner_words(toks: Sequence[Tok], first: int, last: int) -> list[str]:
    """The words the NER model reads for tokens [first, last) (a line): the models' forms,
    Kazakh letters outside «…» (of the sentence) mapped to Russian ones, bullets as list marks
    the model knows."""
    out = []
    depth = 0
    for k in range(first, last):
        if k > first and toks[k].sent != toks[k - 1].sent:
            depth = 0  # a name left unclosed («Ясли-сад «Балбөбек» …) ends with its sentence
        w = _model_form(toks, k)
        if k == first and (w in _NER_BULLETS or w in _LINE_DASHES):
            w = "-"
        elif w in _NER_BULLETS:
            w = ","  # "Андорра • Австралия • Бельгия": a list
        elif w in _OPEN_QUOTES:
            depth += 1
        elif w in _CLOSE_QUOTES and depth:
            depth -= 1
        elif not depth:
            w = w.translate(_NER_LETTERS)
        if w in _WORD_LETTERS and _initial_before_name(toks, k, first, last):
            w = _INITIAL  # "И. С. Бахтин": an initial, not the conjunction
        out.append(w)
    return out


# capital letters that are words too (а, и, я, о, у, в, к, с), which the NER reads as the word
# when they stand for a first name, and a letter it reads as an initial
_WORD_LETTERS = frozenset("АИЯОУВКС")
_INITIAL = "Е"


def _initial_before_name(toks: Sequence[Tok], k: int, first: int, last: int) -> bool:
    """Does token k open the line [first, last), or its list item, as a letter and a dot
    before another such letter or a capitalized word, a space after the dot ("И. С. Бахтин
    выступил", "– А. Бахтин, директор")?"""
    opens = k == first or k == first + 1 and toks[first].text in _ITEM_MARKS
    return opens and k + 2 < last and toks[k + 1].text == "." and \
        toks[k + 2].start > toks[k + 1].stop and toks[k + 2].text[:1].isupper() and \
        toks[k + 2].text.isalpha()


_ITEM_MARKS = frozenset("-–—•●▪")


def parse_batch(preps: Sequence[Prepared], models: Models, morph: Morphology,
                syntax: bool = True) -> list[Doc]:
    """Segment, tag and parse a batch of prepared texts; neural steps batched across them.

    One tokenization (razdel, in ``segment``) feeds every stage: pymorphy3, the slovnet
    morphology, NER and syntax models. The syntax parse is lazy (``Doc.parse_syntax``) when
    ``syntax`` is true, and never run when it is false.
    """
    docs = [Doc(p) for p in preps]
    flat_sents: list[tuple[Doc, Sent]] = []
    parse, lemmas = morph.word_parses, morph.word_lemmas
    for doc in docs:
        toks = doc.toks
        for start, stop, tokens in segment(doc.prep.norm):
            s = Sent(start, stop, len(toks), len(toks) + len(tokens))
            s.chrome = doc.prep.is_chrome(start, stop)
            n = len(doc.sents)
            for a, b, text in tokens:
                lower = text.lower()
                toks.append(Tok(len(toks), a, b, text, lower.replace("ё", "е"), n,
                                parse(text), chrome=s.chrome, lemmas=lemmas(text)))
            doc.sents.append(s)
            flat_sents.append((doc, s))

    # the tagger reads Kazakh letters as the Russian ones nearest to them, as the NER does: it
    # reads noise in "Ерлана Өтегенова" otherwise
    words = [[_model_form(doc.toks, k).translate(_NER_LETTERS) for k in range(s.first, s.last)]
             for doc, s in flat_sents]
    tags = models.morph(words) if words else []
    for (doc, s), sent_tags in zip(flat_sents, tags):
        for tok, tag in zip(doc.toks[s.first:s.last], sent_tags):
            tok.tag = tag
    if len(_CHOICES) > 100_000:
        _CHOICES.clear()
    for doc in docs:
        for tok in doc.toks:
            # the choice depends on the word form (its parses) and the tag alone: once per pair
            k = (tok.text.lower(), tok.tag)
            rank = _CHOICES.get(k)
            if rank is None:
                best = choose_parse(tok.parses, tok.tag)
                rank = _CHOICES[k] = next(
                    (r for r, p in enumerate(tok.parses) if p is best), -1)
            tok.parse = tok.parses[rank] if rank >= 0 else None
    if syntax and words:
        job = _SyntaxJob(models, docs)
        for doc in docs:
            doc._syntax = job

    # NER reads whole lines (cut when very long), as token lists of our own tokens
    pieces: list[tuple[int, int, int]] = []  # (doc, first token, last token + 1)
    for d, (doc, prep) in enumerate(zip(docs, preps)):
        at, toks = 0, doc.toks
        for _, line_start, line_stop in _ner_chunks(d, prep):
            while at < len(toks) and toks[at].start < line_start:
                at += 1
            first = at
            while at < len(toks) and toks[at].start < line_stop:
                at += 1
            if at > first:
                pieces.append((d, first, at))
    found = models.ner_tokens([_ner_words(docs[d].toks, a, b) for d, a, b in pieces]) \
        if pieces else []
    starts = [[t.start for t in doc.toks] for doc in docs]
    for (d, base, _), spans in zip(pieces, found):
        toks = docs[d].toks
        for type_, a, b in spans:
            _add_ner(docs[d], starts[d], type_, toks[base + a].start, toks[base + b - 1].stop)
    for doc in docs:
        doc._quotes = Quotes(doc)
    return docs


@cache
def _village_words() -> frozenset[str]:
    """The words of data/place_words.txt for a village ("село", "аул", "станица") and the
    two-word ones for a rural unit ("сельский округ", "сельский поселение"): lemmas."""
    return frozenset(lemma.replace("ё", "е") for lemma, kind, _ in table("place_words.txt", 3)
                     if kind == "village" and " " not in lemma or " " in lemma)


@cache
def _place_words() -> frozenset[str]:
    """The one-word place words of data/place_words.txt ("село", "город", "район")."""
    return frozenset(lemma.replace("ё", "е") for lemma, _, _ in table("place_words.txt", 3)
                     if " " not in lemma)


def _after_village_word(toks: Sequence[Tok], first: int) -> bool:
    """Does a village word, in small letters, stand right before token ``first`` ("села |",
    "сельского округа |")?"""
    words = _village_words()
    t = toks[first - 1]
    if not t.text.islower():
        return False
    if t.lemmas & words:
        return True
    return first >= 2 and toks[first - 2].text.islower() and any(
        f"{a} {b}" in words for a in toks[first - 2].lemmas for b in t.lemmas)


_MAX_VILLAGE_NAME = 2
_PERSON_NAME = frozenset({"Name", "Surn"})


def _known_name(t: Tok, grams: frozenset[str]) -> bool:
    return any(p.known and p.grams & grams for p in t.parses)


def _name_after_village(toks: Sequence[Tok], first: int, last: int) -> int | None:
    """Where a person's name starts in a span the NER ran on over the village a village word
    before it names ("села | Акжар | Ерлан Абенов", "в селе | Акжар | Асель Нурланова",
    "села | Акжар | Сапарова Гульнара"): after one or two capitalized words that are no
    names, a known first name and a capitalized word, or a capitalized word and a known first
    name; None for another span."""
    if first == 0 or last - first < 3 or not _after_village_word(toks, first):
        return None
    for k in range(first + 1, min(first + _MAX_VILLAGE_NAME + 1, last - 1)):
        place, name = toks[first:k], toks[k:last]
        if len(name) > 3 or not all(t.is_title_case() and t.text.isalpha() for t in name) or \
                any(_known_name(t, _PERSON_NAME) or not t.is_title_case() for t in place):
            continue
        if _known_name(name[0], frozenset({"Name"})) or _known_name(name[1], frozenset({"Name"})):
            return k
    return None


def initial_at(toks: Sequence[Tok], k: int) -> bool:
    """ "А." in "А. Б. Иванов": a capital letter and a dot."""
    return toks[k].is_initial() and k + 1 < len(toks) and toks[k + 1].text == "."


def _initials_at(toks: Sequence[Tok], k: int) -> bool:
    """Do two initials start at token k ("Г. А.", "Г.А.")?"""
    return k + 3 < len(toks) and initial_at(toks, k) and initial_at(toks, k + 2)


def _name_after_words(toks: Sequence[Tok], first: int, last: int) -> int | None:
    """Where a person's name with two initials starts in a span the NER ran on over the words
    before it ("из | Ивановки | Г. А. Мельникова"): two initials take no word before them."""
    if first > 0 and toks[first - 1].text.islower() and \
            toks[first - 1].lemma.replace("ё", "е") in _place_words():
        return None  # "села | Кызылжар Д. К. Смагулова": the place word's rules read it
    for k in range(first + 1, last - 4):
        if _initials_at(toks, k):
            words = toks[first:k]
            if all(t.is_word() and len(t.text) > 1 for t in words) and \
                    not _initials_at(toks, k - 4):
                return k
            return None
    return None


_SEPARATORS = frozenset("•·|;▪►●")
_DASHES = frozenset("—–")
_PERSON_CUTS = _SEPARATORS | _DASHES | {","}


_ABBREVIATION_MAX = 6
_NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})
_SURNAME_END = re.compile(r"(ОВ|ЕВ|ИН|ОВА|ЕВА|ИНА|СКИЙ|СКАЯ|ЕНКО|УЛЫ|ҰЛЫ|КЫЗЫ|ҚЫЗЫ)$")
_VOWELS = frozenset("АЕЁИОУЫЭЮЯӘӨҮҰІ")


def _abbreviation(t: Tok) -> bool:
    """A short word of capitals with few vowels, no name's nor a surname's ("ЦПГИ", "МИОР";
    not "ИВАНОВ", "АЙГУЛЬ")."""
    w = t.text
    return w.isupper() and w.isalpha() and 2 <= len(w) <= _ABBREVIATION_MAX and \
        2 * sum(c in _VOWELS for c in w) <= len(w) and not _SURNAME_END.search(w) and \
        not any(p.known and p.grams & _NAME_GRAMS for p in t.parses)


def _aside_brackets(toks: Sequence[Tok], first: int, last: int) -> set[int]:
    """The brackets of a person's span [first, last) that part it: a pair that closes it (a
    name's spelling is another mention: "Сами аль-Хадж (Sami al-Haj)") and a bracket left
    unbalanced ("Абу Умар аш-Шишани (" | "Тархан Батирашвили)"); a pair inside is a nickname
    ("James (Buddy) McGirt")."""
    opened: list[int] = []
    out: set[int] = set()
    for k in range(first, last):
        if toks[k].text == "(":
            opened.append(k)
        elif toks[k].text == ")":
            if not opened:
                out.add(k)
            elif k == last - 1:
                out |= {opened.pop(), k}
            else:
                opened.pop()
    return out | set(opened)


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
    k = _name_after_village(doc.toks, first, last) if type_ in ("PER", "LOC") else None
    if k is not None:
        _add_span(doc, "LOC", first, k)
        _add_span(doc, "PER", k, last)
    elif type_ == "PER" and (k := _name_after_words(doc.toks, first, last)) is not None:
        # the words before are a place when the dictionary knows them as one, else nothing
        if all(any("Geox" in p.grams for p in t.parses) for t in doc.toks[first:k]):
            _add_span(doc, "LOC", first, k)
        _add_span(doc, "PER", k, last)
    else:
        _add_span(doc, type_, first, last)


def _add_span(doc: Doc, type_: str, first: int, last: int) -> None:
    """The NER's span [first, last) on the tokens and in ``doc.ner``, cut where it runs over
    a separator, and without a closing aside."""
    if type_ == "LOC" and doc.toks[last - 1].text == ")":
        # "Швейцарии (Switzerland)", "России (Росавтодор)": a closing aside is no part of the name
        opening = next((k for k in range(last - 1, first, -1) if doc.toks[k].text == "("), None)
        if opening is not None:
            last = opening
    # a list separator inside a span parts names the NER ran together ("Сирия • Уганда"); so
    # do a dash and a comma between persons' names ("Барака и Мишель — Саше", "Петров (Сидоров,
    # Козлов)") and the brackets of an aside (``_aside_brackets``)
    cut_at = _PERSON_CUTS if type_ == "PER" else _SEPARATORS
    asides = _aside_brackets(doc.toks, first, last) if type_ == "PER" else set()
    cuts = [k for k in range(first, last) if doc.toks[k].text in cut_at or k in asides]
    for a, b in zip([first] + [k + 1 for k in cuts], cuts + [last]):
        while a < b and (doc.toks[a].text in cut_at or a in asides):
            a += 1
        while b - a > 1 and doc.toks[b - 1].text == ")" and \
                not any(t.text == "(" for t in doc.toks[a:b]):
            b -= 1  # "(Бенин) •": a bracket closed around the name is no part of it
        if a < b and type_ == "PER" and b - a >= 3 and _abbreviation(doc.toks[a]):
            # "эксперт | ЦПГИ Мадина Сұлтанбекова": the organization's abbreviation before a
            # name the NER ran into it (the NER reads such a word as an organization elsewhere)
            doc.toks[a].ner = "ORG"
            doc.ner.append(("ORG", a, a + 1))
            a += 1
        if a < b:
            for t in doc.toks[a:b]:
                t.ner = type_
            doc.ner.append((type_, a, b))
