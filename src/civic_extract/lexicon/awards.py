"""The awards' lexicon: award words (премия, медаль, орден, звание…), known award names, holder
nouns, the glue words of Latin names, the markers and verbs that name recipients."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text.morph import Morphology
from .tables import Tables, award_lemmas, po_adverbials

__all__ = ["AwardLexicon", "TABLES", "MODES", "TITLE_MODES"]

MODES = frozenset({"award", "generic", "conferred", "title", "hero", "champion", "best", "metal",
                   "category", "contest", "named", "prize", "cup"})
# the modes of honorary and sports titles: awards by themselves, held by the person they describe
TITLE_MODES = ("title", "hero", "champion", "best")
TABLES = ("award_words.txt", "award_holders.txt", "award_not_modifiers.txt",
          "award_adjectives.txt", "award_names.txt", "award_markers.txt", "recipient_verbs.txt",
          "award_latin_glue.txt", "competition_words.txt", "joined_parties.txt",
          "body_words.txt", "collective_words.txt", "po_adverbials.txt", "award_metals.txt",
          "po_heads.txt", "award_conferrers.txt", "award_epithets.txt", "award_funds.txt")

AwardStart = tuple[tuple[str, ...], str, str]  # (lemmas of the award phrase, kind, mode)


@dataclass(frozen=True, slots=True, eq=False)
class AwardLexicon:
    award_starts: dict[str, list[AwardStart]]  # by the first lemma, longest phrase first
    award_holders: frozenset[str]
    award_not_modifiers: frozenset[str]
    award_adjectives: frozenset[str]
    award_names: dict[tuple[str, ...], tuple[str, str, bool]]  # lemmas → (name, kind, quoted)
    # the first lemma of a known name → (its row's place in award_names, its lemmas)
    award_name_starts: dict[str, tuple[tuple[int, tuple[str, ...]], ...]]
    award_markers: dict[str, str]  # phrase → its kind (data/award_markers.txt)
    name_prefixes: dict[str, str]  # the first word of a quoted title ("мисс") → its kind
    recipient_verbs: dict[str, str]  # lemma → give | get | link | enter
    latin_glue: frozenset[str]  # lowercase words inside a Latin name ("of", "des")
    competitions: frozenset[str]  # "чемпионат", "олимпиада": what a medal's metal is won at
    joined_parties: frozenset[str]  # "грамота министерства обороны | и руководства": a party
    collectives: frozenset[str]  # "коллективу ГБУ «…»": the organization is the recipient
    # shared with the other concerns
    org_words: dict[str, str]
    titles: frozenset[str]
    # the bodies that may confer an award named in its complement: the organization words and
    # the heads of lowercase state bodies (data/body_words.txt: "грамотой городской думы") and
    # the conferring bodies of data/award_conferrers.txt ("благодарность управы района")
    conferrers: frozenset[str] = frozenset()
    # the nouns that open an adverbial after "по" ("по итогам года"), not a body's field
    po_adverbials: dict[str, bool] = field(default_factory=dict)
    # a medal named by its metal → the medal's name (data/award_metals.txt: "серебро" →
    # "серебряная медаль"), keyed by the lemmas of the metal phrase
    metals: dict[tuple[str, ...], str] = field(default_factory=dict)
    # the adjectives of those medals ("серебряный"): the items of a medal tally ("шесть золотых,
    # четыре серебряные и девять бронзовых наград")
    metal_adjectives: frozenset[str] = frozenset()
    # the heads of bodies attached to another by "при" (data/po_heads.txt: "Общественного
    # совета | при МВД …", "комиссии | при акимате области"; not the schools and academies of
    # data/pri_heads.txt: "школы | при университете" is another body)
    pri_heads: frozenset[str] = frozenset()
    # an adjective made of an award's name → (the award's name, its kind) (data/
    # award_epithets.txt: "нобелевский лауреат", "оскароносный актёр")
    epithets: dict[str, tuple[str, str]] = field(default_factory=dict)
    # money and support nouns (funds) and the awards they stand for (funded), by lemma
    # (data/award_funds.txt: "Наибольшую сумму получит …" after a grant)
    funds: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, t: Tables, morph: Morphology, org_words: dict[str, str],
             titles: frozenset[str]) -> AwardLexicon:
        starts: dict[str, list[AwardStart]] = {}
        for phrase, kind, mode in t.table("award_words.txt", 3):
            t.choice("award_words.txt", mode, MODES, phrase)
            lemmas = award_lemmas(morph, phrase)
            starts.setdefault(lemmas[0], []).append((lemmas, kind, mode))
        for entries in starts.values():
            entries.sort(key=lambda e: -len(e[0]))
        names = {}
        prefixes: dict[str, str] = {}
        for name, kind, where in t.table("award_names.txt", 3):
            t.choice("award_names.txt", where, ("quoted", "any", "prefix"), name)
            if where == "prefix":
                prefixes[name.lower()] = kind
                continue
            entry = (name, kind, where == "quoted")
            names[award_lemmas(morph, name)] = entry
            # a word the dictionary lemmatizes as another ("хат": the genitive plural of
            # "хата") is matched as written too, its case forms guessed ("хатом" → "хат")
            names.setdefault(tuple(w.lower() for w in name.split()), entry)
        name_starts: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for n, lemmas in enumerate(names):
            name_starts.setdefault(lemmas[0], []).append((n, lemmas))
        marker_kinds = ("follow", "ranking", "anaphor", "plural_anaphor", "orgs", "back", "source",
                        "with", "modal", "own", "same", "copula", "naming", "work", "place",
                        "named_place", "paucal", "conferral", "decoration", "another", "group",
                        "purpose", "purpose_name", "name_opener", "settlement", "po_field",
                        "dative_category", "gear", "win", "reason_name", "crew", "whose",
                        "commend", "origin")
        markers = {phrase: t.choice("award_markers.txt", where, marker_kinds, phrase)
                   for phrase, where in t.table("award_markers.txt", 2)}
        metals = {award_lemmas(morph, metal): medal
                  for metal, medal in t.table("award_metals.txt", 2)}
        roles = ("give", "get", "link", "enter")
        verbs = {lemma: t.choice("recipient_verbs.txt", role, roles, lemma)
                 for lemma, role in t.table("recipient_verbs.txt", 2)}
        return cls(starts, frozenset(t.lines("award_holders.txt")),
                   frozenset(t.lines("award_not_modifiers.txt")),
                   frozenset(t.lines("award_adjectives.txt")), names,
                   {k: tuple(v) for k, v in name_starts.items()}, markers, prefixes, verbs,
                   frozenset(t.lines("award_latin_glue.txt")),
                   frozenset(t.lines("competition_words.txt")),
                   t.words("joined_parties.txt"), t.words("collective_words.txt"),
                   org_words, titles,
                   frozenset(org_words) | {lemma for lemma, kind, _ in
                                           t.table("body_words.txt", 3) if kind == "state"}
                   | t.words("award_conferrers.txt"),
                   po_adverbials(t), metals,
                   frozenset(award_lemmas(morph, medal)[0] for medal in metals.values()),
                   t.words("po_heads.txt"),
                   epithets={adj: (name, kind) for adj, name, kind in
                             t.table("award_epithets.txt", 3)},
                   funds={lemma: t.choice("award_funds.txt", role, ("funds", "funded"), lemma)
                          for lemma, role in t.table("award_funds.txt", 2)})
