"""The titles' lexicon: title heads, verbs that predicate a title, words that are no titles, and
the cue words of the title constructions (``title_cues.txt``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .tables import Tables, latin_key, po_adverbials

__all__ = ["TitleLexicon", "TABLES", "CUE_KINDS"]

TABLES = ("titles.txt", "titles_learned.txt", "not_titles.txt", "link_titles.txt",
          "title_verbs.txt", "relation_words.txt", "membership.txt", "title_kinds.txt",
          "coref_titles.txt", "role_heads.txt", "role_levels.txt", "role_requires.txt",
          "kin_titles.txt",
          "title_cues.txt", "body_heads.txt",
          "not_title_endings.txt",
          "titles_feminine.txt", "title_compounds.txt", "po_adverbials.txt", "po_heads.txt")

#: The kinds a (head, complement) pair of membership.txt gives, and those a head can have.
_PAIR_KINDS = ("membership", "kin", "status")
_HEAD_KINDS = ("membership", "status")
#: The kinds of halves of a hyphenated title word (title_compounds.txt).
_COMPOUND_KINDS = ("affiliation", "gender")

#: The kinds of rows of title_cues.txt.
CUE_KINDS = ("acting", "list_opener", "post_word", "subject_lead", "other_person",
             "body_member", "joins_body", "dotted", "status_adjective", "post_giver",
             "clause_joint", "linking_verb", "example_opener", "example_determiner",
             "post_seeker", "class_lead", "candidacy", "acting_verb", "duty_placer",
             "successor_verb", "predecessor_mark", "issuer_noun", "career_object", "rank",
             "leads_body", "including", "bare_status", "any_determiner", "group_word",
             "partitive")


@dataclass(frozen=True, slots=True, eq=False)
class TitleLexicon:
    titles: frozenset[str]  # title head lemmas
    not_titles: frozenset[str]
    # "анец", "ичка": endings of words for where someone comes from, never guessed as heads
    not_title_endings: tuple[str, ...]
    link_titles: frozenset[str]  # heads that link a chain but are no title of their own
    title_verbs: frozenset[str]
    relation_words: frozenset[str]
    membership: dict[tuple[str, str], str]  # (head, complement) → "membership" | "kin"
    kinds: dict[str, str]  # a title head → its kind when not "position"
    coref_titles: dict[tuple[str, ...], str]  # a bare role's lemmas → its group
    role_heads: dict[str, set[str]]  # a group → the title heads that anchor it
    acting: frozenset[tuple[str, ...]]  # tokens before a title held as an acting one ("врио")
    list_openers: tuple[tuple[str, ...], ...]  # tokens opening a list of names, longest first
    post_words: frozenset[str]  # "пост", "должность": a title in the genitive follows
    subject_leads: frozenset[str]  # conjunctions before a bare title subject
    other_persons: frozenset[str]  # "другой": a bare title subject is someone else
    # "состав" → "член": a body's make-up and the title its members hold ("в состав совета
    # вошли …" makes each a "член совета")
    body_members: dict[str, str]
    joins_body: frozenset[str]  # "войти", "включить": verbs that put people into a body
    dotted: frozenset[str]  # "г", "обл", "им": abbreviations whose dot a title runs over
    # "заслуженный" (any head), "народный артист" (that head): a title of honour (status)
    status_adjectives: frozenset[tuple[str, ...]]
    # "назначить", "кандидатура": words before a post phrase that make the person named before
    # them someone who gives or seeks the post, not its holder
    post_givers: frozenset[str] = frozenset()
    # "возглавить": a verb whose subject heads the body its object names, holding the title
    # body_heads.txt gives the body's word ("комиссия" → "председатель")
    leads_body: frozenset[str] = frozenset()
    body_heads: dict[str, str] = field(default_factory=dict)
    # a masculine head → its feminine (titles_feminine.txt): a plural title's word for a woman
    feminines: dict[str, str] = field(default_factory=dict)
    # "распоряжением | акима Ивана Петрова", "по словам | министра …": the person issues or says,
    # the text is not about them
    issuer_nouns: frozenset[str] = frozenset()
    # "карьера", "деятельность": a title verb's object before its instrumental title
    career_objects: frozenset[str] = frozenset()
    # "полковник", "академик": a rank or degree held beside a post, stacked right after the
    # post's head without a comma ("командира | полковника Иванова")
    ranks: frozenset[str] = frozenset()
    clause_joints: frozenset[str] = frozenset()  # "что": a clause opens after it
    linking_verbs: frozenset[str] = frozenset()  # "являться": a name's "один из" after it
    group_words: frozenset[str] = frozenset()  # "оба": names before a plural title they share
    partitives: frozenset[tuple[str, ...]] = frozenset()  # "в числе": like "один из"
    # "как" after a plural title a determiner ("такой") opens: the names after it are examples
    # of the title's class, each holding it ("такие артисты, как Петров и Смирнова")
    example_openers: frozenset[str] = frozenset()
    example_determiners: frozenset[str] = frozenset()
    # "бороться", "кандидат": words right before a post phrase that make the post one sought or
    # offered, held by nobody named ("бороться за пост премьера", "кандидатом на пост главы")
    post_seekers: frozenset[str] = frozenset()
    # "многие", "других": words before a plural vocation that make it a class, not the people
    # named before it
    class_leads: frozenset[str] = frozenset()
    # "кандидат": a title head whose complement is the post run for, behind a preposition
    # ("кандидат в президенты США", "кандидат на должность акима")
    candidacies: frozenset[str] = frozenset()
    # "исполнять", "выполнять": verbs whose "обязанности" take a post in the genitive ("будет
    # исполнять обязанности главы правительства")
    acting_verbs: frozenset[str] = frozenset()
    # "возложить": its passive puts "обязанности" opening a clause on the one named after "на"
    duty_placers: frozenset[str] = frozenset()
    # "в том числе": words after a comma that pick one post out of a career before its
    # instrumental title ("работала в школе, в том числе директором")
    including: tuple[tuple[str, ...], ...] = ()
    # "лауреат", "победитель": a status head that names no title alone, only with its complement
    # ("лауреат премии «…»", "победитель конкурса"; "Среди лауреатов — учитель Петров": none)
    bare_status: frozenset[str] = frozenset()
    # "каждый": a determiner before a head that makes the phrase any member of a class, no
    # one's title ("каждому чемпиону")
    any_determiners: frozenset[str] = frozenset()
    # "сменить": a verb whose object held the post before its subject ("сменил на посту
    # министра Петрова", "сменив на этом посту Петрова")
    successor_verbs: frozenset[str] = frozenset()
    # "вместо": a preposition whose name held the post the sentence gives someone else
    # ("назначен министром вместо Петрова")
    predecessor_marks: frozenset[str] = frozenset()
    # "республиканец" → "affiliation", "женщина" → "gender": halves of a hyphenated title word
    # that are no part of its post ("президент-республиканец", "женщина-президент")
    compounds: dict[str, str] = field(default_factory=dict)
    # nouns that start an adverbial after "по", singular only when True ("по итогам", "по делу")
    po_adverbials: dict[str, bool] = field(default_factory=dict)
    # shared (po_heads.txt): body words whose "по"-complement is part of the name ("управления
    # по делам религий"), not an adverbial before a verb
    po_heads: frozenset[str] = frozenset()
    # shared (place_words.txt): "города | Тараза Ерлан Ахметов": a town after one is a title's
    # complement, though the NER ran it into the name
    place_words: frozenset[str] = frozenset()
    towns: frozenset[str] = frozenset()  # shared (places.txt): the one-word places' lemmas
    # kinship nouns that head a title after an adjective of a trade only (kin_titles.txt:
    # "медицинская сестра", not "его сестра"): noun → those adjectives
    kin_titles: dict[str, frozenset[str]] = field(default_factory=dict)
    # a group → the word starts of a lower level ("район" for region: role_levels.txt)
    role_levels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a group → the word starts its holder's title must name, each row's alternatives
    # ("председател" for deputy_speaker: role_requires.txt)
    role_requires: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, t: Tables, place_words: frozenset[str] = frozenset(),
             towns: frozenset[str] = frozenset()) -> TitleLexicon:
        role_heads: dict[str, set[str]] = {}
        for head, group in t.table("role_heads.txt", 2):
            role_heads.setdefault(group, set()).add(head)
        levels: dict[str, list[str]] = {}
        for group, start in t.table("role_levels.txt", 2):
            levels.setdefault(group, []).append(start)
        requires: dict[str, list[tuple[str, ...]]] = {}
        for group, starts in t.table("role_requires.txt", 2):
            requires.setdefault(group, []).append(tuple(starts.split()))
        cues: dict[str, list[tuple[str, ...]]] = {k: [] for k in CUE_KINDS}
        for kind, phrase in t.table("title_cues.txt", 2):
            cues[t.choice("title_cues.txt", kind, CUE_KINDS, phrase)].append(latin_key(phrase))

        def words(kind: str) -> frozenset[str]:
            return frozenset(" ".join(p) for p in cues[kind])

        kinds = {h.replace("ё", "е"): t.choice("title_kinds.txt", k, _HEAD_KINDS, h)
                 for h, k in t.table("title_kinds.txt", 2)}
        # the feminine of a head is a head of the same kind ("учительница" as "учитель")
        feminine = {f.replace("ё", "е"): m.replace("ё", "е")
                    for f, m in t.table("titles_feminine.txt", 2)}
        kinds.update((f, kinds[m]) for f, m in feminine.items() if m in kinds and f not in kinds)
        kin = {noun: frozenset(adjectives.split())
               for noun, adjectives in t.table("kin_titles.txt", 2)}
        return cls(
            titles=t.words("titles.txt") | t.words("titles_learned.txt") | frozenset(feminine) |
            frozenset(kin),
            kin_titles=kin,
            not_titles=t.words("not_titles.txt"),
            not_title_endings=t.lines("not_title_endings.txt"),
            link_titles=t.words("link_titles.txt"),
            title_verbs=frozenset(t.lines("title_verbs.txt")),
            relation_words=t.words("relation_words.txt"),
            membership={(a.replace("ё", "е"), b.replace("ё", "е")):
                        t.choice("membership.txt", k, _PAIR_KINDS, f"{a} | {b}")
                        for a, b, k in t.table("membership.txt", 3)},
            kinds=kinds,
            coref_titles={tuple(p.split()): g for p, g in t.table("coref_titles.txt", 2)},
            feminines={m: f for f, m in feminine.items()},
            role_heads=role_heads,
            role_levels={g: tuple(starts) for g, starts in levels.items()},
            role_requires={g: tuple(rows) for g, rows in requires.items()},
            acting=frozenset(cues["acting"]),
            list_openers=tuple(sorted(cues["list_opener"], key=len, reverse=True)),
            post_words=words("post_word"),
            subject_leads=words("subject_lead"),
            other_persons=words("other_person"),
            body_members={p[0]: p[-1] for p in cues["body_member"]},
            joins_body=words("joins_body"),
            leads_body=words("leads_body"),
            body_heads={b.replace("ё", "е"): h for b, h in t.table("body_heads.txt", 2)},
            dotted=words("dotted"),
            status_adjectives=frozenset(tuple(w.replace("ё", "е") for w in p)
                                        for p in cues["status_adjective"]),
            post_givers=words("post_giver"),
            issuer_nouns=words("issuer_noun"),
            career_objects=words("career_object"),
            ranks=words("rank"),
            clause_joints=words("clause_joint"),
            linking_verbs=words("linking_verb"),
            group_words=words("group_word"),
            partitives=frozenset(tuple(p) for p in cues["partitive"]),
            example_openers=words("example_opener"),
            example_determiners=words("example_determiner"),
            post_seekers=words("post_seeker"),
            class_leads=words("class_lead"),
            candidacies=words("candidacy"),
            acting_verbs=words("acting_verb"),
            duty_placers=words("duty_placer"),
            successor_verbs=words("successor_verb"),
            predecessor_marks=words("predecessor_mark"),
            including=tuple(sorted(cues["including"], key=len, reverse=True)),
            bare_status=frozenset(w.replace("ё", "е") for w in words("bare_status")),
            any_determiners=frozenset(w.replace("ё", "е") for w in words("any_determiner")),
            compounds={w.replace("ё", "е"): t.choice("title_compounds.txt", k, _COMPOUND_KINDS, w)
                       for k, w in t.table("title_compounds.txt", 2)},
            po_adverbials=po_adverbials(t), po_heads=t.words("po_heads.txt"),
            place_words=place_words,
            towns=towns,
        )
