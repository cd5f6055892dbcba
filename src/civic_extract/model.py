"""The records civic_extract returns: frozen, slotted dataclasses with offsets first.

Every ``Mention`` (and ``Token``/``Sentence``) satisfies ``article.text[m.start:m.stop] == m.text``.
``Article.to_dict()`` uses the keys of the project's gold schema (people, organizations, places,
awards, statistics) plus ``mentions`` as ``[[start, stop], ...]`` on every entity;
``Article.from_dict(article.to_dict()) == article`` and ``Article.from_json(article.to_json())
== article``. ``Article.meta`` (title, date, url of a page) is a plain dict, or None; ``to_dict``
writes it under ``meta`` only when it is not empty.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from sys import intern
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "Mention",
    "Token",
    "Sentence",
    "Tokens",
    "Title",
    "Person",
    "Organization",
    "Place",
    "Award",
    "Statistic",
    "TraceEvent",
    "Article",
]

Number = int | float


@dataclass(frozen=True, slots=True, order=True)
class Mention:
    """A span of the article text: ``text == article.text[start:stop]``."""

    start: int
    stop: int
    text: str

    def to_list(self) -> list[int]:
        return [self.start, self.stop]


@dataclass(frozen=True, slots=True)
class Token:
    """A razdel token with its pymorphy3 lemma and part of speech (OpenCorpora tag, or None)."""

    start: int
    stop: int
    text: str
    lemma: str
    pos: str | None = None


def _offsets(values: list[int]) -> array[int]:
    """The offsets as 32-bit ints (half the memory of 64-bit ones), or 64-bit where one does
    not fit."""
    try:
        return array("i", values)
    except OverflowError:
        return array("q", values)


#: the parts of speech a token may carry (OpenCorpora's), stored as one byte each: index + 1,
#: 0 for none
_POS = ("NOUN", "ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "NUMR", "ADVB",
        "NPRO", "PRED", "PREP", "CONJ", "PRCL", "INTJ")
_POS_CODE = {tag: k + 1 for k, tag in enumerate(_POS)}


def _tags(tags: list[str | None]) -> bytes | tuple[str | None, ...]:
    """The parts of speech as one byte each, or as strings when one is not OpenCorpora's."""
    try:
        return bytes(0 if t is None else _POS_CODE[t] for t in tags)
    except KeyError:
        return tuple(None if t is None else intern(t) for t in tags)


def _tag(tags: bytes | tuple[str | None, ...], k: int) -> str | None:
    tag = tags[k]
    if isinstance(tag, int):
        return _POS[tag - 1] if tag else None
    return tag


class Tokens(Sequence[Token]):
    """The tokens of a sentence: an immutable sequence of ``Token`` stored compactly.

    A long text has millions of tokens; as objects each would cost about 150 bytes (the object
    and its two offsets as Python ints), so a sentence keeps its offsets in one array, its
    parts of speech as one byte each and its word forms and lemmas as shared strings, and makes
    a ``Token`` when one is asked for. It compares equal to another ``Tokens`` or a tuple of the
    same tokens.
    """

    __slots__ = ("_offsets", "_texts", "_lemmas", "_tags")

    def __init__(self, tokens: Iterable[Token] = ()) -> None:
        offsets: list[int] = []
        texts: list[str] = []
        lemmas: list[str] = []
        tags: list[str | None] = []
        for t in tokens:
            offsets.append(t.start)
            offsets.append(t.stop)
            texts.append(intern(t.text))
            lemmas.append(intern(t.lemma))
            tags.append(t.pos)
        self._offsets = _offsets(offsets)
        self._texts = tuple(texts)
        self._lemmas = tuple(lemmas)
        self._tags = _tags(tags)

    def __len__(self) -> int:
        return len(self._texts)

    @overload
    def __getitem__(self, i: int) -> Token: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[Token, ...]: ...

    def __getitem__(self, i: int | slice) -> Token | tuple[Token, ...]:
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(len(self))))
        k = i + len(self) if i < 0 else i
        if not 0 <= k < len(self):
            raise IndexError("token index out of range")
        return Token(self._offsets[2 * k], self._offsets[2 * k + 1], self._texts[k],
                     self._lemmas[k], _tag(self._tags, k))

    def __iter__(self) -> Iterator[Token]:
        return (self[k] for k in range(len(self)))

    def shifted(self, offset: int) -> Tokens:
        """The same tokens, their offsets moved by ``offset``."""
        out = Tokens()
        out._offsets = _offsets([x + offset for x in self._offsets])
        out._texts, out._lemmas, out._tags = self._texts, self._lemmas, self._tags
        return out

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Tokens):
            return (self._offsets == other._offsets and self._texts == other._texts
                    and self._lemmas == other._lemmas and self._tags == other._tags)
        if isinstance(other, tuple):
            return tuple(self) == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Tokens({list(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Tokens, (tuple(self),))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence and its tokens (a tuple of ``Token`` is accepted and stored as ``Tokens``)."""

    start: int
    stop: int
    text: str
    tokens: Tokens = field(default_factory=Tokens)

    def __post_init__(self) -> None:
        if not isinstance(self.tokens, Tokens):
            object.__setattr__(self, "tokens", Tokens(self.tokens))


@dataclass(frozen=True, slots=True)
class Title:
    """A position or role held by a person: "аким Акмолинской области".

    ``text`` is the phrase as written, ``normal`` the phrase in the nominative (complements keep
    their case), ``head`` the head noun's lemma; ``organization``/``place`` name the extracted
    Organization/Place the title refers to, when it names one.
    """

    text: str
    normal: str
    head: str
    organization: str | None = None
    place: str | None = None
    mention: Mention | None = None
    rule: str | None = None  # the rule that found it (Extractor(trace=True))
    kind: str = "position"  # position | membership | status
    score: float = 1.0  # how sure the extractor is, in [0, 1]


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    last: str | None = None
    first: str | None = None
    middle: str | None = None
    titles: tuple[Title, ...] = ()
    mentions: tuple[Mention, ...] = ()
    rule: str | None = None  # the rule that found its first mention (Extractor(trace=True))
    score: float = 1.0  # how sure the extractor is, in [0, 1]


@dataclass(frozen=True, slots=True)
class Organization:
    """An organization: ``name`` without its legal-form word and outer quotes, nominative.

    ``form`` is the legal form's abbreviation ("ОО"), ``form_full`` its full nominative form
    ("общественное объединение"), ``kind`` one of ngo | state | company | media | education |
    party | other.
    """

    name: str
    form: str | None = None
    form_full: str | None = None
    kind: str | None = None
    mentions: tuple[Mention, ...] = ()
    rule: str | None = None  # the rule that found its first mention (Extractor(trace=True))
    aliases: tuple[str, ...] = ()  # other names the text uses: a short form, an abbreviation
    score: float = 1.0  # how sure the extractor is, in [0, 1]


@dataclass(frozen=True, slots=True)
class Place:
    """A geographic name in the nominative; ``kind``: country | region | district | city |
    village | other (named streets, squares, buildings, rivers, seas). Parts of the world and
    regions with no administrative status ("Европа", "Сибирь") are not reported.

    ``within`` is the name of the organization whose name holds every mention of the place
    (ОФ «Қамқорлық Павлодар» → Павлодар within "Қамқорлық Павлодар"): the place is part of
    that name, not a place the text speaks of. It is None when the text names the place on its
    own at least once; when mentions stand in several organizations' names, the first one's.
    ``[p for p in article.places if p.within is None]`` are the places of the text.
    """

    name: str
    kind: str | None = None
    mentions: tuple[Mention, ...] = ()
    aliases: tuple[str, ...] = ()  # other names the text uses: "РК", "Kazakhstan"
    rule: str | None = None  # the rule that found its first mention (Extractor(trace=True))
    score: float = 1.0  # how sure the extractor is, in [0, 1]
    within: str | None = None  # the organization whose name holds every mention of it


@dataclass(frozen=True, slots=True)
class Award:
    """An award, prize or honour; ``recipients`` are names of extracted people/organizations."""

    name: str
    kind: str
    conferred_by: str | None = None
    year: int | None = None
    recipients: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    rule: str | None = None  # the rule that found its first mention (Extractor(trace=True))
    aliases: tuple[str, ...] = ()  # other names the text gives the award
    score: float = 1.0  # how sure the extractor is, in [0, 1]


@dataclass(frozen=True, slots=True)
class Statistic:
    """A number that counts or measures something: 718 "неправительственная организация"."""

    value: Number
    unit: str
    head: str
    qualifier: str | None = None
    mention: Mention | None = None
    rule: str | None = None  # the rule that found it (Extractor(trace=True))
    score: float = 1.0  # how sure the extractor is, in [0, 1]
    # what the number measures, by its unit (data/stat_kinds.txt): count | duration | money |
    # percent | measure | times | score
    kind: str = "count"


@dataclass(frozen=True, slots=True)
class TraceEvent:
    """One candidate as an extractor's rules saw it (``Extractor(trace=True)``): the kind of
    entity, the rule that proposed it, the verdict (``"kept"``, or the name of the veto that
    stopped it) and where it stands."""

    kind: str
    rule: str
    verdict: str
    mention: Mention


def _score(d: Mapping[str, Any]) -> float:
    score = d.get("score")
    return 1.0 if score is None else float(score)


def _rule(rule: str | None) -> dict[str, str]:
    return {} if rule is None else {"rule": rule}


def _ruled(d: dict[str, Any], rule: str | None) -> dict[str, Any]:
    if rule is not None:
        d["rule"] = rule
    return d


def _mention_list(mentions: Sequence[Mention]) -> list[list[int]]:
    return [m.to_list() for m in mentions]


def _mention(text: str, span: Sequence[int] | None) -> Mention | None:
    if span is None:
        return None
    start, stop = int(span[0]), int(span[1])
    return Mention(start, stop, text[start:stop])


def _mentions(text: str, spans: Sequence[Sequence[int]] | None) -> tuple[Mention, ...]:
    return tuple(Mention(int(a), int(b), text[int(a):int(b)]) for a, b in (spans or ()))


# The views of an Article (notebook HTML, pandas tables, a spaCy Doc) live in modules above this
# one, which import it; ``civic_extract.views`` hands them in here when the package is imported.
_VIEWS: dict[str, Callable[..., Any]] = {}


def register_views(**views: Callable[..., Any]) -> None:
    """Hand in the Article's view functions by name (``html``, ``frames``, ``spacy``)."""
    _VIEWS.update(views)


def _view(name: str) -> Callable[..., Any]:
    try:
        return _VIEWS[name]
    except KeyError:
        raise RuntimeError(f"the {name!r} view of Article is registered by civic_extract.views; "
                           f"import civic_extract") from None


@dataclass(frozen=True, slots=True)
class Article:
    """Everything extracted from one text.

    ``meta`` holds what is known of the document beside its text: ``title``, ``date``
    (ISO ``YYYY-MM-DD``) and ``url`` of a page read by ``extract_html``, or the keys of a
    mapping context given to ``Extractor.pipe(..., as_tuples=True)``; None when nothing is.
    """

    text: str
    doc_id: str | None = None
    sentences: tuple[Sentence, ...] = ()
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    awards: tuple[Award, ...] = ()
    statistics: tuple[Statistic, ...] = ()
    trace: tuple[TraceEvent, ...] = ()  # Extractor(trace=True): every candidate and its verdict
    meta: Mapping[str, str] | None = field(default=None, hash=False)

    # ---- iteration helpers ----
    def mentions(self) -> tuple[tuple[str, Mention], ...]:
        """Every mention of every entity, with its kind (people, titles, organizations, …), in
        entity order: people (each followed by its titles), organizations, places, awards,
        statistics."""
        out: list[tuple[str, Mention]] = []
        for p in self.people:
            out.extend(("people", m) for m in p.mentions)
            out.extend(("titles", t.mention) for t in p.titles if t.mention is not None)
        out.extend(("organizations", m) for o in self.organizations for m in o.mentions)
        out.extend(("places", m) for pl in self.places for m in pl.mentions)
        out.extend(("awards", m) for a in self.awards for m in a.mentions)
        out.extend(("statistics", s.mention) for s in self.statistics if s.mention is not None)
        return tuple(out)

    # ---- export ----
    def to_dict(self, *, sentences: bool = True) -> dict[str, Any]:
        """A JSON-ready dict in the gold schema's keys (plus offsets and the extra fields)."""
        out: dict[str, Any] = {"id": self.doc_id, "text": self.text}
        if self.meta:
            out["meta"] = dict(self.meta)
        out["people"] = [
            {
                "name": p.name, "last": p.last, "first": p.first, "middle": p.middle,
                "titles": [
                    _ruled({"text": t.text, "normal": t.normal, "head": t.head, "kind": t.kind,
                            "organization": t.organization, "place": t.place,
                            "mention": t.mention.to_list() if t.mention else None,
                            "score": t.score}, t.rule)
                    for t in p.titles
                ],
                "mentions": _mention_list(p.mentions),
                "score": p.score,
            } | _rule(p.rule)
            for p in self.people
        ]
        out["organizations"] = [
            _ruled({"name": o.name, "form": o.form, "form_full": o.form_full, "kind": o.kind,
                    "aliases": list(o.aliases), "mentions": _mention_list(o.mentions),
                    "score": o.score}, o.rule)
            for o in self.organizations
        ]
        out["places"] = [
            _ruled({"name": p.name, "kind": p.kind, "aliases": list(p.aliases),
                    "within": p.within, "mentions": _mention_list(p.mentions),
                    "score": p.score}, p.rule)
            for p in self.places
        ]
        out["awards"] = [
            _ruled({"name": a.name, "kind": a.kind, "conferred_by": a.conferred_by,
                    "year": a.year, "recipients": list(a.recipients),
                    "aliases": list(a.aliases), "mentions": _mention_list(a.mentions),
                    "score": a.score}, a.rule)
            for a in self.awards
        ]
        out["statistics"] = [
            _ruled({"value": s.value, "unit": s.unit, "head": s.head, "kind": s.kind,
                    "qualifier": s.qualifier,
                    "mentions": [s.mention.to_list()] if s.mention else [],
                    "score": s.score}, s.rule)
            for s in self.statistics
        ]
        if self.trace:
            out["trace"] = [{"kind": e.kind, "rule": e.rule, "verdict": e.verdict,
                             "mention": e.mention.to_list()} for e in self.trace]
        if sentences:
            out["sentences"] = [
                {"start": s.start, "stop": s.stop,
                 "tokens": [[t.start, t.stop, t.lemma, t.pos] for t in s.tokens]}
                for s in self.sentences
            ]
        return out

    def to_json(self, *, indent: int | None = None, sentences: bool = True) -> str:
        """The dict of ``to_dict()`` as JSON; same article, same bytes."""
        return json.dumps(self.to_dict(sentences=sentences), ensure_ascii=False, indent=indent)

    # ---- views (civic_extract.views hands them in; each imports its library on first use) ----
    def _repr_html_(self) -> str:
        """The notebook view: highlighted text, legend and tables (``civic_extract.notebook``)."""
        return str(_view("html")(self))

    def to_frames(self) -> dict[str, pd.DataFrame]:
        """pandas DataFrames, one per kind (``civic_extract.frames``; needs the [pandas] extra)."""
        return dict(_view("frames")(self))

    def to_spacy(self, nlp: Language | None = None) -> Doc:
        """A spaCy ``Doc`` of the text with our mentions as ``doc.ents``, ``doc.spans["civic"]``
        and ``doc._.civic`` (``civic_extract.spacy``; ``nlp`` defaults to ``spacy.blank("ru")``;
        needs ``pip install 'civic_extract[spacy]'``, an ImportError says so)."""
        return _view("spacy")(self, nlp)  # type: ignore[no-any-return]

    @classmethod
    def from_json(cls, data: str | bytes) -> Article:
        """Rebuild an Article from ``to_json()`` output (one line of the CLI's JSON Lines).

        Raises ``RecordError`` when ``data`` is not a JSON object of an Article (an error record
        of the CLI, ``{"id": ..., "error": ...}``, included), ``InputTypeError`` when it is
        not str or bytes.
        """
        from .errors import InputTypeError, RecordError

        if not isinstance(data, (str, bytes, bytearray)):
            raise InputTypeError(f"expected str or bytes, got {type(data).__name__}")
        try:
            record = json.loads(data)
        except ValueError as ex:
            raise RecordError(f"not JSON: {ex}") from None
        if not isinstance(record, dict):
            raise RecordError(f"expected a JSON object, got {type(record).__name__}")
        if "error" in record and "text" not in record:
            raise RecordError(f"document {record.get('id')!r} failed, it has no Article: "
                              f"{record['error']}")
        return cls.from_dict(record)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from ``to_dict()`` output (the text is needed for the mentions).

        The document id is read from ``id`` (as ``to_dict`` writes it) or ``doc_id``.
        """
        text = data.get("text")
        if not isinstance(text, str):
            from .errors import InputTypeError

            raise InputTypeError("Article.from_dict needs the 'text' key (str)")
        sents = tuple(
            Sentence(
                s["start"], s["stop"], text[s["start"]:s["stop"]],
                Tokens(Token(a, b, text[a:b], lemma, pos) for a, b, lemma, pos in s["tokens"]),
            )
            for s in data.get("sentences") or ()
        )
        people = tuple(
            Person(
                p["name"], p.get("last"), p.get("first"), p.get("middle"),
                tuple(
                    Title(t.get("text") or t["normal"], t["normal"], t["head"],
                          t.get("organization"), t.get("place"), _mention(text, t.get("mention")),
                          t.get("rule"), t.get("kind") or "position", _score(t))
                    for t in p.get("titles") or ()
                ),
                _mentions(text, p.get("mentions")), p.get("rule"), _score(p),
            )
            for p in data.get("people") or ()
        )
        orgs = tuple(
            Organization(o["name"], o.get("form"), o.get("form_full"), o.get("kind"),
                         _mentions(text, o.get("mentions")), o.get("rule"),
                         tuple(o.get("aliases") or ()), _score(o))
            for o in data.get("organizations") or ()
        )
        places = tuple(
            Place(p["name"], p.get("kind"), _mentions(text, p.get("mentions")),
                  tuple(p.get("aliases") or ()), p.get("rule"), _score(p), p.get("within"))
            for p in data.get("places") or ()
        )
        awards = tuple(
            Award(a["name"], a["kind"], a.get("conferred_by"), a.get("year"),
                  tuple(a.get("recipients") or ()), _mentions(text, a.get("mentions")),
                  a.get("rule"), tuple(a.get("aliases") or ()), _score(a))
            for a in data.get("awards") or ()
        )
        stats = tuple(
            Statistic(s["value"], s["unit"], s["head"], s.get("qualifier"),
                      (_mentions(text, s.get("mentions")) or (None,))[0], s.get("rule"),
                      _score(s), s.get("kind") or "count")
            for s in data.get("statistics") or ()
        )
        trace = tuple(TraceEvent(e["kind"], e["rule"], e["verdict"],
                                 Mention(e["mention"][0], e["mention"][1],
                                         text[e["mention"][0]:e["mention"][1]]))
                      for e in data.get("trace") or ())
        doc_id = data["id"] if data.get("id") is not None else data.get("doc_id")
        meta = data.get("meta")
        return cls(text, doc_id, sents, people, orgs, places, awards, stats, trace,
                   dict(meta) if meta else None)
