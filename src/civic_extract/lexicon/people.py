"""The people's lexicon: words that are never a person's name."""

from __future__ import annotations

from dataclasses import dataclass, field

from .tables import Tables

__all__ = ["PeopleLexicon", "TABLES"]

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")

TABLES = ("not_people.txt", "name_paradigms.txt", "noun_surnames.txt", "demonym_endings.txt",
          "quoted_works.txt", "eponym_things.txt", "title_cues.txt", "women_names.txt",
          "award_names.txt", "org_compound_endings.txt", "award_holders.txt", "holder_words.txt",
          "kin_titles.txt")


@dataclass(frozen=True, slots=True, eq=False)
class PeopleLexicon:
    not_people: frozenset[str]
    place_words: dict[str, str]  # shared: "области Абай" is a place named after a person
    # how names the dictionary does not know decline: (ending, nominative ending, gender,
    # cases, role) rows, the longest ending first
    name_paradigms: tuple[tuple[str, str, str, tuple[str, ...], str], ...]
    demonym_endings: tuple[str, ...]  # endings of the plural of the people of a place
    titles: frozenset[str]  # shared: the title heads (a title before a name is evidence)
    # the endings of name_paradigms.txt by role ("Name", "Surn"), for one ``str.endswith``:
    # those of noun_surnames.txt are no mark of a Russian surname
    paradigm_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    works: frozenset[str] = frozenset()  # the nouns of a work's quoted name (a person in it counts)
    eponym_things: frozenset[str] = frozenset()  # "болезнь | Паркинсона": the name names it
    # shared (title_cues.txt issuer_noun): a noun whose genitive title names who issues something
    # ("Распоряжением акима области | Ивана Петрова": the name agrees with the title, genitive)
    issuer_nouns: frozenset[str] = frozenset()
    # women's names the dictionary reads only as a man's in an oblique case ("Амина")
    women_names: frozenset[str] = frozenset()
    # shared (org_words.txt): the head nouns of organizations' names ("Маслихат избрал…" is a
    # body, though the NER may read a capitalized one at a sentence's start as a name)
    org_words: frozenset[str] = frozenset()
    # shared (places.txt): the lemmas of the gazetteer's one-word places ("Алматы | Ерлан
    # Ахметов": a town the NER ran into a name)
    towns: frozenset[str] = frozenset()
    # the award names of award_names.txt of two words or more written without quotes, as
    # lowercase words ("алғыс хат"): the NER may read their first word as a name
    award_names: tuple[tuple[str, ...], ...] = ()
    # shared (org_compound_endings.txt): "Свердловскстат" names an organization, not a person
    org_endings: tuple[str, ...] = ()
    # the holders of an honour or award (award_holders.txt, holder_words.txt): "Герой
    # Социалистического Труда | Иван Петров", a name the NER may miss after the honour
    holders: frozenset[str] = frozenset()
    # shared (title_cues.txt leads_body): a verb of leading, whose object is a body and whose
    # subject a person ("Министерство возглавит | Е. А. Смирнова": the name its subject)
    leads_body: frozenset[str] = frozenset()
    # shared (kin_titles.txt): a kinship noun that names a post after an adjective of a trade
    # ("медицинская сестра | Анна Белова": a title before the name)
    kin_titles: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, t: Tables, place_words: dict[str, str], titles: frozenset[str],
             org_words: frozenset[str] = frozenset(), towns: frozenset[str] = frozenset()
             ) -> PeopleLexicon:
        marks = _paradigms(t, "name_paradigms.txt")
        rows = sorted(marks + _paradigms(t, "noun_surnames.txt"), key=lambda r: -len(r[0]))
        return cls(frozenset(w.lower() for w in t.lines("not_people.txt")), place_words,
                   tuple(rows), t.lines("demonym_endings.txt"), titles,
                   {role: tuple(r[0] for r in marks if r[4] == role)
                    for role in ("Name", "Surn")},
                   frozenset(t.lines("quoted_works.txt")), t.words("eponym_things.txt"),
                   frozenset(w for kind, w in t.table("title_cues.txt", 2)
                             if kind == "issuer_noun"),
                   t.words("women_names.txt"), org_words, towns,
                   tuple(tuple(name.lower().split()) for name, _, where
                         in t.table("award_names.txt", 3) if where == "any" and " " in name),
                   t.lines("org_compound_endings.txt"),
                   t.words("award_holders.txt") | t.words("holder_words.txt"),
                   frozenset(w for kind, w in t.table("title_cues.txt", 2)
                             if kind == "leads_body"),
                   {noun: frozenset(adjectives.split())
                    for noun, adjectives in t.table("kin_titles.txt", 2)})


def _paradigms(t: Tables, name: str) -> list[tuple[str, str, str, tuple[str, ...], str]]:
    rows = []
    for ending, nominative, gender, cases, role in t.table(name, 5):
        t.choice(name, gender, ("masc", "femn"), ending)
        t.choice(name, role, ("Name", "Surn"), ending)
        for case in cases.split():
            t.choice(name, case, _CASES, ending)
        rows.append((ending, nominative, gender, tuple(cases.split()), role))
    return rows
