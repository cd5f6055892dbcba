"""Awards as entities, and who received them.

Mentions of one award merge into one entity: the same name; descriptive phrases of the same
award word that do not contradict each other ("благодарственное письмо президента России" /
"… президента Российской Федерации" / "благодарственные письма"); bare award words ("премий
удостоены") join the nearest award of their kind.

The recipients of a mention are the people and organizations (as extracted) that the text gives
as its holders. ``RULES`` is the ordered table of the constructions that name them; the first
rule that decides wins (a rule may decide on nobody) and each recipient carries its rule's name:

1. ``nomination_scope``: the person or organization named in a nomination's stretch of the line
   ("В номинации «А» – врач Иван Петров"); in a list whose intro gives organizations as the
   recipients ("Организации получили признание в номинациях:"), the organizations of the
   people's titles count too;
2. ``lone_reference``: a bare award word with neither a holder noun nor a recipient verb names
   nobody;
3. ``predicate``: an honorary or sports title in the singular and the instrumental that a verb
   links ("Иван Петров стал народным артистом", "«Локомотив» стал чемпионом России", "Чемпионкой
   мира стала …"): the verb's subject; a pronoun subject ("он был чемпионом мира") stands for
   the person named before (``data/award_markers.txt``: copula);
   a holder noun or an honorary title: nobody when it is a verb's object ("подготовил
   чемпиона мира", ``title_object``), else the person it describes, right after it
   (``holder_after``: "лауреат премии Grammy Даниил Трифонов") or before it (``holder_before``:
   "Иван Петров — …, кавалер ордена Мужества"), else the person named before
   (``holder_anaphora``), else nobody (``holder_unnamed``);
4. ``possessor``: "на счету Роберта Де Ниро два «Оскара»": that person (after a common noun,
   the person named before);
5. ``conferral``: after a noun of giving (``data/award_markers.txt``: conferral, decoration)
   right before the award, the people and organizations named after it in the dative ("о
   присвоении звания «…» Ивану Петрову"), or the genitive object of "награждение" ("о
   награждении Ивана Петрова медалью"); nobody when none;
6. ``no_recipient_verb``: without a verb of ``data/recipient_verbs.txt`` in its sentence that
   gives (not denied, not under a modal, not a verb of speech), nobody;
7. ``recipient_verb``: the sentence's people and organizations, except the giver (the subject
   of an active "вручил", "наградил"), complements in the genitive ("из рук губернатора …",
   "членам Общественной палаты") or after a preposition ("от FIFA"), organizations inside a
   person's title, anything inside an award phrase and the news source (", передает …"); people
   "вместе с" the recipient too; several awards of one sentence share coordinated recipients,
   else each recipient goes to the nearest award before it (one parted from it by a comma goes
   to the award after it that its own receiving verb gives it: "…, а Максим Ершов был награжден
   знаком «…»"); a verbless list item takes its
   intro's verb; when the sentence's only recipient verbs are participles ("Виктория Лопырёва,
   завоевавшая титул …"), the people they describe, named right before them;
   ``plural_anaphora``: a sentence that opens with a plural pronoun ("Им вручили …") and names
   no one: the people the sentence before names, two or more;
8. ``list_after_intro``: the list that follows the announcement ("Победителями стали следующие
   НПО:" + items; verbless naming lines too), except items naming an award of their own;
9. ``following_marker``: the sentences after it that start with a marker of
   ``data/award_markers.txt`` ("Например, …");
10. ``anaphora``: a person named before, when the sentence stands for one ("она удостоилась
   премии", "Награждён орденом …" without a subject): the last person named as a subject in the
   three sentences before (not a photo caption) that stands before its verb (the topic; one
   after it, "Ему на смену пришел …", brings someone new in), else the last person named there
   when none is a subject, else the article's main person.

Besides, a sentence without an award that refers back to the award of the sentence before by a
pronoun or a holder noun with a recipient verb ("Его получили …", "Победителями стали …") names
recipients of that award (``next_sentence``); a prize or contest without recipients of its own
(or with none but winners of them) takes the winners of the nominations that follow it;
mentions of one honorary title in several forms ("почетного гражданина области", «Почетный
гражданин ВКО») are one award.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from ..agreement import ALL_CASES, undeclined_surname, womans_first_name
from ..document import Doc, Tok, key
from ..extractors.awards import ROMAN, AwardCandidate
from ..extractors.people import past_origin
from ..lexicon import TITLE_MODES, AwardLexicon
from ..model import Award, Mention
from ..quotes import QUOTES
from ..rules import KEPT, Rule, Trace, first_match
from .facts import AwardFact, Recipient
from .score import Marks
from .spans import Cover

__all__ = ["Party", "award_facts", "award_records"]

_FINITE = {"VERB"}
_PREDICATES = {"VERB", "PRTS"}
_CLAUSE_ENDS = {",", ";", ":", "—", "–", "(", ")", "«", "»"}
_BULLETS = "•-—–*·●▪"
_MAX_RIGHT = 16
_LIST_GLUE = ("а", "также", ";")  # words that join the awards of a holder's list
_FIELD_PREPS = ("по", "в", "во")  # the field or place of an award: "премия по физике"
_FIELD_POS = ("NOUN", "ADJF", "PRTF")
_MAX_FIELD = 5  # words of an award's field
_MAX_OBJECT = 6  # tokens from a verb to its object
_BACK_WINDOW = 5  # sentences back to the award a sentence refers to
_MAX_AUTHOR = 14  # tokens between a work and its author's name
_ANAPHORA_WINDOW = 3
_CLAUSE_LINKS = ("что", "когда", "как", "поскольку", "где")  # before a clause's pronoun
_GENDERS = frozenset({"masc", "femn", "neut"})
_FOLLOW_WINDOW = 5


@dataclass(frozen=True, slots=True)
class Party:
    """A person or organization mention: tokens [first, last), and who it is."""

    first: int
    last: int
    ref: Recipient
    in_title: bool = False  # an organization named inside a person's title
    gender: str | None = None  # the gender a person's name was read in (None: not read)
    # the name was read in the nominative, by the morphology and the tagger's case of its last
    # word (the tagger's cases of its words may differ: "Сәуле | Мұхамедиярова")
    nominative: bool = False
    # the case of the title the name stands right after ("председатель ОО «Ақ ниет» | Раушан
    # Исмаилова", "волонтеру из Шымкента | Айгерим Сапаровой"): the name agrees with it,
    # whatever case the tagger read in it
    apposed: str | None = None

    @property
    def person(self) -> bool:
        return self.ref.person is not None


@dataclass
class _Entity:
    cands: list[AwardFact]


# ---------------------------------------------------------------- entities

def _title_words(a: AwardFact) -> list[str]:
    return a.name.replace("ё", "е").split()


def _proper_tail(words: list[str]) -> list[str]:
    """The capitalized words of an honorary title's complement, without their endings ("города
    Тамбова" → ["тамбов"], "Тамбовской области" → ["тамбовск"])."""
    return [w.lower().rstrip("аяуюоеыийь") or w.lower() for w in words[2:] if w[:1].isupper()]


def _same_title(a: AwardFact, b: AwardFact) -> bool | None:
    """Two mentions of one honorary title, in any form: "почетного гражданина области",
    «Почетный гражданин ВКО», «Почетного гражданина», "почётный гражданин Тамбова" / «Почётный
    гражданин города Тамбова» (the same two first words, up to their endings; complements
    equal, or one of them missing or common while the other is proper, or the same proper
    words); None when either is no title of two words or more."""
    wa, wb = _title_words(a), _title_words(b)
    if a.kind != "звание" or b.kind != "звание" or len(wa) < 2 or len(wb) < 2:
        return None
    stems = [[w.lower()[:5] for w in ws] for ws in (wa, wb)]
    if stems[0][:2] != stems[1][:2]:
        return False
    if stems[0][2:] == stems[1][2:] or len(wa) == 2 or len(wb) == 2:
        return True
    pa, pb = _proper_tail(wa), _proper_tail(wb)
    if pa and pb:  # "города Тамбова" / "Тамбова"; not "Тамбовской области", nor "работник
        # культуры России" / "работник образования России"
        la, lb = ({w for w in stem[2:] if w.islower()} for stem in
                  ([w[:5] for w in wa], [w[:5] for w in wb]))
        return pa == pb and (la <= lb or lb <= la)
    # a common complement is one of a proper one ("области" / «ВКО»), not another common one
    # ("района" / "области")
    return bool(pa or pb)


def _named_apart(a: AwardFact, b: AwardFact) -> bool:
    """ "Нобелевская премия" / "премия Государственного банка Швеции": one named by its
    adjectives, the other by a complement that names who confers it (not a reason, "премия за
    вклад в …", which may describe the same award)."""
    return bool(a.pre and not a.post and b.post and not b.pre and not b.post.startswith("за "))


def _compatible(a: AwardFact, b: AwardFact) -> bool:
    same = _same_title(a, b)
    if same is not None:
        return same
    if _bare_of_named(a, b) or _bare_of_named(b, a):
        return True
    if a.named or b.named:
        return a.named and b.named and key(a.name) == key(b.name) and not (
            a.kind != b.kind and {a.kind, b.kind} <= _INSIGNIA)
    if a.word != b.word:
        return False
    if a.pre and b.pre and a.pre != b.pre:
        return False
    if _named_apart(a, b) or _named_apart(b, a):
        return False
    if a.post and b.post and a.post != b.post and a.post_head != b.post_head:
        return False
    return not _proper_apart(a, b) and not _categories_apart(a, b) and \
        not _degrees_apart(a, b)


def _bare_of_named(a: AwardFact, b: AwardFact) -> bool:
    """ "привез Гран-при" / "Гран-при фестиваля «Сахна шебері»": the bare word of an award
    a text gives once (_ONE_PER_TEXT) and the named mention of it."""
    return a.kind in _ONE_PER_TEXT and a.word == b.word and b.named and \
        not (a.named or a.pre or a.post)


# kinds of award a text names once: their bare word stands for the named one
_ONE_PER_TEXT = frozenset({"гран-при"})


def _degrees_apart(a: AwardFact, b: AwardFact) -> bool:
    """ "диплом первой степени" / "диплом второй степени", "орден I степени" / "орден II
    степени": two complements that end with different degrees."""
    wa, wb = a.post.split(), b.post.split()
    return len(wa) > 1 and len(wb) > 1 and wa[-1].startswith("степен") and \
        wb[-1].startswith("степен") and wa[-2] != wb[-2]


def _proper_apart(a: AwardFact, b: AwardFact) -> bool:
    """Two complements that name different people or places, neither's proper words among the
    other's: "премия имени Тукая" / "премия имени Джалиля" (not "премия имени Абая" / "премия
    имени Абая Кунанбаева")."""
    if not (a.post and b.post):
        return False
    pa, pb = ({w.lower()[:5] for w in x.name.split()[1:] if w[:1].isupper()} for x in (a, b))
    return bool(pa and pb) and not (pa <= pb or pb <= pa)


# kinds of insignia that one name may give several of: the order «За заслуги перед
# Отечеством» and the medal of that order are two awards
_INSIGNIA = frozenset({"орден", "медаль", "знак"})


def _categories_apart(a: AwardFact, b: AwardFact) -> bool:
    """Two categories whose complements differ, one of them missing: "лучшая актриса" /
    "лучшая актриса второго плана" (a year says nothing: "лучший фильм 2011 года"; nor a
    proper name of the league: "самый ценный игрок НБА")."""
    if a.kind != "номинация" or b.kind != "номинация":
        return False
    heads = [h for h in (a.post_head, b.post_head) if h and h != "год"]
    if len(heads) != 1:
        return False
    long, short = (a, b) if a.post_head == heads[0] else (b, a)
    tail = long.name.split()[len(short.name.split()):]
    return bool(tail) and tail[0][:1].islower()


# the kinds of an award's categories: a generic word ("награду получила") refers to the award,
# not to one of its categories
_CATEGORY_KINDS = frozenset({"номинация"})


class _Nearest:
    """The named mentions of the entities (no bare references) by award word and by kind, in
    text order, for a bare reference to find the nearest one of its word or kind."""

    def __init__(self, ents: Sequence[_Entity]) -> None:
        # (start, order, entity): order is the mention's place among all the entities' mentions
        self.rows: dict[tuple[str, object], list[tuple[int, int, _Entity]]] = {}
        order = 0
        for e in ents:
            for c in e.cands:
                if not c.ref:
                    for k in (("word", c.word), ("kind", c.kind)):
                        self.rows.setdefault(k, []).append((c.span[0], order, e))
                    order += 1
        for row in self.rows.values():
            row.sort(key=lambda x: (x[0], x[1]))

    def of(self, r: AwardFact) -> _Entity | None:
        """The entity of the nearest mention before ``r`` of its word or kind (one that starts
        where it does too: "Приз | лучшему вратарю" is the bare word of the prize named by the
        phrase it opens), else the nearest after it; the first entity's mention among mentions
        at one place."""
        rows = [self.rows.get(("word", r.word), [])]
        if len(r.word) == 1:  # "приз жюри" refers to a "приз жюри" only, not to any prize
            rows.append(self.rows.get(("kind", r.kind), []))
        at = r.span[0]
        before = []
        for row in rows:
            i = bisect_left(row, at + 1, key=lambda x: x[0])
            if i:  # the first of the last place before ``at``
                before.append(row[bisect_left(row, row[i - 1][0], key=lambda x: x[0])])
        if before:
            return max(before, key=lambda x: (x[0], -x[1]))[2]
        after = []
        for row in rows:
            i = bisect_left(row, at + 1, key=lambda x: x[0])
            if i < len(row):
                after.append(row[i])
        return min(after, key=lambda x: (x[0], x[1]))[2] if after else None


def _entities(awards: Sequence[AwardFact]) -> list[_Entity]:
    ents: list[_Entity] = []
    for a in sorted((a for a in awards if not a.ref), key=lambda a: a.span[0]):
        target = next((e for e in ents if _compatible(e.cands[0], a)), None)
        if target is None:
            ents.append(_Entity([a]))
        else:
            target.cands.append(a)
    refs = sorted((a for a in awards if a.ref and a.rule != "generic_reference"),
                  key=lambda a: a.span[0])
    loose: list[AwardFact] = []
    near = _Nearest(ents)
    for r in refs:
        target = near.of(r)
        if target is not None:
            target.cands.append(r)
        elif len(r.word) > 1:
            loose.append(r)  # "благодарственные письма": an award by itself
    for r in loose:
        target = next((e for e in ents if e.cands[0].ref and e.cands[0].word == r.word), None)
        if target is None:
            ents.append(_Entity([r]))
        else:
            target.cands.append(r)
    _refer_generic(ents, [a for a in awards if a.rule == "generic_reference"])
    return sorted(ents, key=lambda e: min(c.span[0] for c in e.cands))


def _refer_generic(ents: list[_Entity], refs: Sequence[AwardFact]) -> None:
    """A generic word's reference ("Награды получили …") joins the award of the last mention
    before it, a bare one too ("премии вручались …"), not a category's."""
    marks = sorted((c.span[0], n, j) for n, e in enumerate(ents) for j, c in enumerate(e.cands)
                   if c.kind not in _CATEGORY_KINDS)
    starts = [m[0] for m in marks]
    for r in refs:
        i = bisect_left(starts, r.span[0])
        if i:
            ents[marks[i - 1][1]].cands.append(r)


# ---------------------------------------------------------------- helpers

def _case(doc: Doc, p: Party) -> str | None:
    """The case of a mention, None when unknown: an organization written after its legal-form
    abbreviation ("ОФ «Доброе дело»") gives no case the tagger can be trusted with."""
    t = doc.toks[p.first]
    if not p.person and t.text.isupper() and len(t.text) >= 2:
        return None
    cases = [t.case for t in doc.toks[p.first:p.last] if t.is_word() and t.case and
             not t.is_initial()]
    if p.person and p.apposed is not None:
        return p.apposed
    if p.person and p.nominative and (len(set(cases)) > 1 or _initialled(doc, p)):
        # the name was read in the nominative: "Сәуле | Мұхамедиярова"; "Ахметова Б.К. –
        # заместитель директора" (initials give the tagger no case to read)
        return "nomn"
    if p.person and len(set(cases)) > 1:
        # the tagger's case that every word of the name allows ("Шуваловой Марине Игоревне":
        # datv, not the surname's gent), a declined word's first ("Анне | Петровой": the
        # indeclinable first name tells nothing), else one its own word's forms allow
        shared = _shared_cases(doc.toks[p.first:p.last])
        words = sorted((t for t in doc.toks[p.first:p.last] if t.is_word() and t.case and
                        not t.is_initial()), key=lambda t: any("Fixd" in w.grams for w in t.parses))
        cases = [c for t in words if (c := t.case) is not None and c in shared] or [
            c for t in words if (c := t.case) is not None and
            any(c in w.grams for w in t.parses)] or [
            c for c in _ALLOWED_ORDER if c in shared][:1] or cases
        # (else a case every word allows: "Нурлану Абдуллаеву", read as an instrumental)
    elif p.person and cases and cases[0] == "nomn" and \
            _OBLIQUE_SURNAME.search(doc.toks[p.last - 1].low) and "nomn" not in (
            shared := _shared_cases(doc.toks[p.first:p.last], singular=True)) and shared:
        # a nominative the tagger read in every word of a name whose surname's ending is an
        # oblique case's ("Асель Жумагалиеву"): a case they can stand in, no subject's
        cases = [next(c for c in _CASE_ORDER if c in shared)]
    if p.person and cases and _patronymic_refutes(doc, p, cases[0]) and (
            shared := _shared_cases(doc.toks[p.first:p.last], singular=True)):
        # a case the patronymic has no reading in ("Марии Алексеевне Кононовой" read as
        # genitives): the first case every word allows
        cases = [next(c for c in _ALLOWED_ORDER if c in shared)]
    if p.person and cases and cases[0] == "loct" and not _after_preposition(doc, p.first) and \
            any("datv" in w.grams for w in doc.toks[p.last - 1].parses):
        # no preposition before it: a name read in the prepositional is the dative its last
        # word is written like ("присвоено врачу больницы | Сауле Тулегеновне Ахметовой")
        return "datv"
    return cases[0] if cases else None


def _patronymic_refutes(doc: Doc, p: Party, case: str) -> bool:
    """Has a patronymic of the name no reading in ``case`` ("Алексеевне" read as a
    genitive)?"""
    return any(t.parses and all("Patr" in w.grams and case not in w.grams for w in t.parses)
               for t in doc.toks[p.first:p.last])


def _after_preposition(doc: Doc, first: int) -> bool:
    """Does a preposition stand before token ``first`` in its phrase, over nouns and
    adjectives only ("в областной больнице | Ивану": yes; "присвоено врачу больницы |
    Ивану": no)?"""
    toks = doc.toks
    j = first - 1
    while j >= 0 and toks[j].sent == toks[first].sent and toks[j].pos in _PHRASE_POS:
        j -= 1
    return j >= 0 and toks[j].pos == "PREP" and toks[j].sent == toks[first].sent


_PHRASE_POS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"})
_CASE_ORDER = ("accs", "datv", "gent", "ablt", "loct")
# the case taken among those a name's words allow when they allow none the tagger read
_ALLOWED_ORDER = ("nomn", "datv", "accs", "gent", "ablt", "loct")
# the dative or accusative ending of a surname in -ов/-ев/-ин ("Жумагалиеву", "Сапаровой")
_OBLIQUE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:у|ой|ым)$")


def _initialled(doc: Doc, p: Party) -> bool:
    """Is the name a surname and initials ("Ахметова Б.К.", "Б.К. Ахметова")?"""
    return any(t.is_initial() for t in doc.toks[p.first:p.last])


_NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})


def _shared_cases(toks: Sequence[Tok], singular: bool = False) -> frozenset[str]:
    """The cases every word of a name has a reading in, its guessed readings too (an
    indeclinable word, a woman's first name in a hard consonant and one without readings allow
    all); ``singular``: its singular readings only (one person's name)."""
    out = ALL_CASES
    words = [t for t in toks if t.is_word() and not t.is_initial()]
    for t in words:
        if t.parses and not any("Fixd" in w.grams for w in t.parses) and \
                not womans_first_name(t, words[-1]):
            # a name's word by its readings as a name ("Сапаровой": not the adjective
            # "сапаровой" in the nominative the guesser reads too)
            named = [w for w in t.parses if _NAME_GRAMS & w.grams] or t.parses
            if singular:
                named = [w for w in named if "plur" not in w.grams] or named
            out = out & {g for w in named for g in w.grams}
    return out


def _recipient_case(case: str | None) -> bool:
    """Recipients are subjects, objects or addressees; genitive and prepositional mentions are
    complements ("из рук губернатора …", "в Общественной палате")."""
    return case in (None, "nomn", "accs", "datv")


def _ends_with(doc: Doc, si: int, chars: str) -> bool:
    s = doc.sents[si]
    text = doc.norm[s.start:s.stop].rstrip()
    return bool(text) and text[-1] in chars


def _bullet(doc: Doc, si: int) -> str:
    s = doc.sents[si]
    c = doc.norm[s.start:s.start + 1]
    return c if c in _BULLETS else ""


class _Context:
    def __init__(self, doc: Doc, lex: AwardLexicon, awards: Sequence[AwardCandidate],
                 parties: Sequence[Party]) -> None:
        self.doc = doc
        self.lex = lex
        self.awards = awards
        self.parties = sorted(parties, key=lambda p: p.first)
        self.award_spans = [(a.first_tok, a.last_tok) for a in awards]
        self.in_award = Cover(self.award_spans)  # is a token (span) inside an award's name
        self.award_starts = frozenset(a for a, _ in self.award_spans)
        self.award_end = dict(reversed(self.award_spans))  # the first award at a token: its end
        # the head words of award phrases ("письмо" of "благодарственное письмо"): "Такие же
        # письма получили …" refers back to the award named before
        self.award_heads = frozenset(phrase[-1] for starts in lex.award_starts.values()
                                     for phrase, _, _ in starts)
        self.party_starts = [p.first for p in self.parties]
        self.party_at: dict[int, Party] = {}  # the first party that starts at a token
        self.org_ending: dict[int, Party] = {}  # the first organization that ends at a token
        for p in reversed(self.parties):
            self.party_at[p.first] = p
            if not p.person:
                self.org_ending[p.last] = p
        self._verbs: dict[int, tuple[bool, bool]] = {}  # ``verbs`` of each sentence asked
        # ``clauses`` of each sentence asked: its clause bounds, and whether each clause has a
        # finite verb that gives and gets nothing
        self._clauses: dict[int, tuple[list[int], list[bool]]] = {}
        self._last_reflexive: dict[int, int] = {}  # ``last_reflexive_give`` of each asked
        self._owns: dict[int, int | None] = {}  # ``own_marker`` of each sentence asked
        self._groups: dict[int, tuple[int, str] | None] = {}  # ``group_word`` of each asked
        self.lists: dict[int, list[Party]] = {}  # the parties listed from a party's first token

    # ---- parties ----
    def sent_of(self, tok: int) -> int:
        return self.doc.toks[tok].sent

    def relative(self, p: Party) -> bool:
        """Does ``p`` stand in a relative clause that tells more of someone named before
        ("…, которая руководит фондом «Мейірім»", "…, которую возглавляет Елена Клюкина"), one
        with no recipient verb of its own ("…, на котором медаль получила Анна Белова")? Not a
        partitive one, which lists the recipients themselves ("…, среди которых Анна
        Белова")."""
        toks = self.doc.toks
        s = self.doc.sents[toks[p.first].sent]
        j = p.first - 1
        while j >= s.first and toks[j].text not in _CLAUSE_BOUNDS and toks[j].lemma != "который":
            j -= 1
        if j < s.first or toks[j].lemma != "который" or \
                j > s.first and toks[j - 1].low in _PARTITIVE_PREPS:
            return False
        k = p.first
        while k < s.last and toks[k].text not in _CLAUSE_BOUNDS:
            k += 1
        return not any(self.lex.recipient_verbs.get(t.lemma) for t in toks[j:k])

    def parties_in(self, first: int, last: int, titles_ok: bool = False) -> list[Party]:
        out = []
        lo, hi = bisect_left(self.party_starts, first), bisect_left(self.party_starts, last)
        for p in self.parties[lo:hi]:
            if p.in_title and not titles_ok:
                continue
            if self.in_award.overlaps((p.first, p.last)):
                continue  # a conferrer, or a name inside the award's name
            if self.source(p):
                continue
            out.append(p)
        return out

    def source(self, p: Party) -> bool:
        """The text's source, not a party: ", передает Liter.kz", ", сообщает пресс-служба"."""
        toks = self.doc.toks
        k = p.first - 1
        while k > 0 and (toks[k].text.islower() or toks[k].text in "-«\"„“") and \
                self.lex.award_markers.get(toks[k].lemma) != "source" and p.first - k < 5:
            k -= 1  # "сообщает пресс-служба <фонда>"
        return k > 0 and self.lex.award_markers.get(toks[k].lemma) == "source" and \
            toks[k - 1].low in (",", "как") and toks[k].sent == toks[p.first].sent

    # ---- sentence features ----
    def verbs(self, si: int) -> tuple[bool, bool]:
        """(has a recipient verb, has an active giving verb); a list item without a verb has
        its intro's ("Указом награждены:" + "— орденом «…» Иван Петров;")."""
        got = self._verbs.get(si)
        if got is None:
            got = self._verbs[si] = self._sentence_verbs(si)
        return got

    def _sentence_verbs(self, si: int) -> tuple[bool, bool]:
        got = self.own_verbs(si)
        if not got[0] and not any(t.pos in _FINITE for t in self.doc.toks[
                self.doc.sents[si].first:self.doc.sents[si].last]):
            intro = self.intro_of(si)
            if intro is not None:
                return self.own_verbs(intro)
        return got

    def gives(self, t: Tok) -> bool:
        """A recipient verb that gives: not denied ("не получил"), not under a modal ("могли
        получить", "отказалась вручать"), not a verb of speech ("отметил, что …")."""
        toks = self.doc.toks
        role = self.lex.recipient_verbs.get(t.lemma)
        if role == "enter" and not self.enters_award(t) or \
                role == "get" and self.wins_competition(t):
            return False
        before = toks[t.i - 1] if t.i > 0 else t
        if before.low == "не" or (t.pos == "INFN" and self.lex.award_markers.get(
                before.lemma) == "modal"):
            return False
        return not (t.i + 2 < len(toks) and toks[t.i + 1].text == "," and
                    toks[t.i + 2].low == "что")

    def wins_competition(self, t: Tok) -> bool:
        """A verb of getting whose object is a competition, not an award ("выигравшая с
        командой чемпионат мира", "выиграл турнир"): the first noun in the accusative after
        it in its clause, before any award, is one of data/competition_words.txt."""
        toks = self.doc.toks
        end = min(self.doc.sents[self.sent_of(t.i)].last, t.i + 1 + _MAX_OBJECT)
        for j in range(t.i + 1, end):
            u = toks[j]
            if u.text in _CLAUSE_ENDS or self.in_award.overlaps((j, j + 1)):
                return False
            if u.pos == "NOUN" and u.case == "accs":
                return u.lemma in self.lex.competitions
        return False

    def enters_award(self, t: Tok) -> bool:
        """A verb of entering with an award right after its "в": "вошел в Зал славы"."""
        toks = self.doc.toks
        return t.i + 2 < len(toks) and toks[t.i + 1].low in ("в", "во") and \
            t.i + 2 in self.award_starts

    def intro_of(self, si: int) -> int | None:
        """The sentence ending with ':' whose list sentence si is an item of."""
        return self.doc.list_intro(si)

    def participle_heads(self, si: int) -> list[Party] | None:
        """When the sentence's only recipient verbs are participles ("Виктория Лопырёва,
        завоевавшая титул «Мисс Россия»", "Валери Адамс, получившая серебро"), the people
        and organizations they describe, named right before them; None when a verb of
        another form gives the award."""
        s = self.doc.sents[si]
        toks = self.doc.toks
        parts = []
        for t in toks[s.first:s.last]:
            if self.lex.recipient_verbs.get(t.lemma) is None or not self.gives(t) or \
                    t.pos not in ("VERB", "PRTS", "PRTF", "GRND", "INFN"):
                continue
            if t.pos != "PRTF":
                return None
            parts.append(t.i)
        if not parts:
            return None
        out = []
        for i in parts:
            j = i  # "Октавия Спенсер, в прошлом году получившая …": back to the comma
            while j > s.first and i - j < 6 and toks[j - 1].text != "," and \
                    toks[j - 1].pos not in _FINITE and self.party_at.get(j - 1) is None:
                j -= 1
            if j > s.first and toks[j - 1].text == ",":
                j -= 1
            p = next((q for q in self.parties_in(s.first, s.last) if q.last == j), None)
            if p is None:
                return None  # "Получившие медаль … Иван Петров и …": the rule of the verbs
            if p not in out:
                out.append(p)
        return out

    def giver(self, p: Party, active_give: bool, case: str | None = None) -> bool:
        """A party in the nominative (``case``: as its context reads it, else its own) that
        gives, not receives: the subject of an active giving verb ("аким вручил …"), or one
        before a reflexive giving verb, whose subject is the award ("Иван Петров отметил, что
        премия вручается …")."""
        if (case or _case(self.doc, p)) != "nomn":
            return False
        if active_give:
            return not self.object_of_plural(p)
        return self.last_reflexive_give(self.sent_of(p.first)) >= p.last

    def object_of_plural(self, p: Party) -> bool:
        """An organization opening its sentence, its head singular and its first word one whose
        nominative and accusative are alike, before active giving verbs all in the plural and no
        other party: the object of an impersonal verb ("Общественное объединение «Батыр»
        наградили медалью")."""
        s = self.doc.sents[self.sent_of(p.first)]
        toks = self.doc.toks
        if not self.opens_either_case(p):
            return False
        gives = [t for t in toks[p.last:s.last] if t.pos in _FINITE and
                 self.lex.recipient_verbs.get(t.lemma) == "give" and self.gives(t)]
        head = next((t for t in toks[p.first:p.last] if t.pos == "NOUN"), None)
        return bool(gives) and all("plur" in t.parse.grams for t in gives if t.parse) and \
            head is not None and head.parse is not None and "sing" in head.parse.grams and \
            not any(self.party_at.get(t.i) is not None or t.low in ("и", ",")
                    for t in toks[p.last:gives[0].i])  # "… и акимат наградили": subjects

    def own_marker(self, si: int) -> int | None:
        """The first token of sentence si's phrase before the one who holds its awards ("на
        счету", data/award_markers.txt: own), or None (found once a sentence)."""
        if si not in self._owns:
            s, toks = self.doc.sents[si], self.doc.toks
            self._owns[si] = next(
                (t.i for t in toks[s.first:s.last - 1]
                 if self.lex.award_markers.get(f"{t.low} {toks[t.i + 1].low}") == "own"), None)
        return self._owns[si]

    def group_word(self, si: int) -> tuple[int, str] | None:
        """The first holder noun of data/award_markers.txt (group) of sentence si, in the
        nominative or dative, in the plural or after "каждый", outside an award's name, and
        its lemma ("Победителям вручены …"; found once a sentence)."""
        if si not in self._groups:
            s, toks = self.doc.sents[si], self.doc.toks
            self._groups[si] = next(
                ((t.i, t.lemma.replace("ё", "е")) for t in toks[s.first:s.last]
                 if self.lex.award_markers.get(t.lemma) == "group" and
                 t.case in ("nomn", "datv") and not self.in_award.overlaps((t.i, t.i + 1)) and
                 (t.tag.get("Number") == "Plur" or t.i > s.first and
                  toks[t.i - 1].lemma in _EACH)), None)
        return self._groups[si]

    def last_reflexive_give(self, si: int) -> int:
        """The last reflexive giving verb of sentence si ("вручается"), or -1 (found once a
        sentence)."""
        got = self._last_reflexive.get(si)
        if got is None:
            s = self.doc.sents[si]
            got = self._last_reflexive[si] = max(
                (t.i for t in self.doc.toks[s.first:s.last]
                 if self.lex.recipient_verbs.get(t.lemma) == "give" and t.lemma.endswith("ся")
                 and t.pos in _FINITE), default=-1)
        return got

    def any_give(self, si: int) -> bool:
        """A giving verb in the sentence (or its list's intro), in any voice: "наградили
        Ивана", "вручена Анне"; without one, the subject gets the award."""
        def gives(j: int) -> bool:
            s = self.doc.sents[j]
            return any(self.lex.recipient_verbs.get(t.lemma) == "give" and self.gives(t)
                       for t in self.doc.toks[s.first:s.last])
        intro = self.intro_of(si)
        return gives(si) or (intro is not None and gives(intro))

    def gerund_object(self, p: Party) -> bool:
        """A mention right after a gerund that gives nothing is its object ("Окончив МГУ, он
        был награжден …", "Возглавив ОО «Батыр», …"): no recipient."""
        t = self.doc.toks[p.first - 1] if p.first > 0 else None
        return t is not None and t.pos == "GRND" and t.sent == self.doc.toks[p.first].sent and \
            self.lex.recipient_verbs.get(t.lemma) != "give"

    def passive_give_only(self, si: int) -> bool:
        """The sentence's giving verbs are all passive participles ("награжден орденом",
        "вручена медаль"): whoever stands in the accusative there receives nothing ("Окончив
        училище, он … награжден орденом")."""
        s = self.doc.sents[si]
        giving = [t for t in self.doc.toks[s.first:s.last]
                  if self.lex.recipient_verbs.get(t.lemma) == "give" and self.gives(t)]
        return bool(giving) and all(t.pos in ("PRTS", "PRTF") for t in giving)

    def own_verbs(self, si: int) -> tuple[bool, bool]:
        s = self.doc.sents[si]
        any_verb = active_give = False
        for t in self.doc.toks[s.first:s.last]:
            role = self.lex.recipient_verbs.get(t.lemma)
            if role is None or t.pos not in ("VERB", "PRTS", "PRTF", "GRND", "INFN") or \
                    not self.gives(t):
                continue
            any_verb = True
            if role == "give" and (t.pos in _FINITE or self.future_infinitive(t)) and \
                    not t.low.endswith(("ся", "сь")):
                active_give = True
        return any_verb, active_give

    def future_infinitive(self, t: Tok) -> bool:
        """An infinitive of the compound future ("Вручать награды будет губернатор …", "будет
        вручать")."""
        toks = self.doc.toks
        return t.pos == "INFN" and any(
            0 <= j < len(toks) and toks[j].sent == t.sent and (p := toks[j].parse) is not None
            and p.normal == "быть" and "futr" in p.grams for j in (t.i - 1, t.i + 1, t.i + 2))

    def anaphor(self, si: int, mention: AwardCandidate) -> bool:
        """The sentence stands for a person named before it."""
        doc = self.doc
        s = doc.sents[si]
        toks = doc.toks[s.first:s.last]
        if self.group_titled(mention):
            return False  # "стали почетными жителями": a group
        inside = [(a, b) for a, b in self.award_spans if s.first <= a < s.last]
        inside += [(p.first, p.last) for p in self.parties if s.first <= p.first < s.last]
        for t in toks:
            if any(a <= t.i < b for a, b in inside) or t.i in doc.quotes.quoted:
                continue
            p = t.parse
            if p is not None and p.pos == "NOUN" and ({"anim", "plur"} <= p.grams and
                                                      not p.grams & {"Name", "Surn"} or
                                                      t.lemma in self.lex.collectives) and \
                    not self.partitive(t):
                # a group receives it: "9 врачей и волонтеров отметили …", "отмечен коллектив"
                return False
        active_give = self.verbs(si)[1]
        for t in toks:
            if self.lex.award_markers.get(t.low) == "anaphor" or (
                    self.lex.award_markers.get(t.lemma) == "anaphor" and t.pos == "NOUN"):
                if t.parse is not None and "plur" in t.parse.grams or _counted(doc, t):
                    continue  # "учителям", "64 медика": a group
                if active_give and t.case == "nomn":
                    continue  # "Он наградил …": the giver
                return True
        if self.holder(mention) is not None or self.one_titled(mention):
            return True
        word = doc.toks[mention.word_tok]
        if word.case == "nomn" and not self.listed_after_award(mention):
            return False  # the award is the subject: "Премия будет вручена позже"
        for t in toks:
            role = self.lex.recipient_verbs.get(t.lemma)
            if role and t.pos in ("VERB", "PRTS") and t.parse is not None and \
                    "sing" in t.parse.grams and (role != "give" or t.pos == "PRTS"):
                # "Награждён орденом …", "Получил награду …"; not "«Сериал» получил …",
                # "Тогда фильм получил …": a work is the subject
                return not any(j in doc.quotes.quoted and not self.in_award.overlaps((j, j + 1))
                               or self.work(doc.toks[j]) and doc.toks[j].case == "nomn"
                               for j in range(s.first, t.i))
        return False

    def listed_after_award(self, m: AwardCandidate) -> bool:
        """The mention is an item of a list of awards, right after another award of its
        sentence and a comma or "и" ("Обладал премией Роберта Шумана, Грэмми"): an
        indeclinable name there reads as a nominative, though it is no subject."""
        toks = self.doc.toks
        j = m.first_tok - 1
        return j > 0 and toks[j].text in (",", "и") and toks[j].sent == toks[m.first_tok].sent \
            and self.in_award.overlaps((j - 1, j))

    def one_titled(self, m: AwardCandidate) -> bool:
        """An honorary title in the singular: "народный артист России", not "новыми
        почетными жителями" (a group)."""
        if m.mode not in TITLE_MODES:
            return False
        if m.first_tok > 0 and any(  # "присвоили звание Героя …": the verb gives it
                mode == "named" for _, _, mode in
                self.lex.award_starts.get(self.doc.toks[m.first_tok - 1].lemma, ())):
            return False
        return not self.group_titled(m)

    def group_titled(self, m: AwardCandidate) -> bool:
        """An honorary title in the plural: "новыми почетными жителями"."""
        p = self.doc.toks[m.word_tok].parse if m.word_tok >= 0 else None
        return m.mode in TITLE_MODES and p is not None and "plur" in p.grams

    def antecedent(self, si: int) -> Recipient:
        """The person the sentence ``si`` refers back to: of the people named in the sentences
        before it, of a gender its pronoun or verb agrees with ("ей было присвоено …": a
        woman), the topic (see ``anaphor``), else the subject of the sentence before."""
        doc = self.doc
        lo = doc.sents[max(0, si - _ANAPHORA_WINDOW)].first
        hi = self.pronoun_clause(si)
        gender = self.anaphor_gender(si)
        people = [p for p in self.parties if p.person and lo <= p.first < hi
                  and not self.in_award.overlaps((p.first, p.last)) and not self.caption(p)
                  and (gender is None or p.gender in (None, gender))]
        own = [p for p in people if p.first >= doc.sents[si].first]
        if own:  # "…актрисе Анне Беловой, когда стало известно, что она …"
            return own[-1].ref
        subj = [p for p in people if _case(doc, p) == "nomn"]
        topics = [p for p in subj if self.before_verb(p)]
        if topics:
            return topics[-1].ref
        if people and not subj:
            return people[-1].ref
        # no topic: the subject of the sentence right before, after its verb too ("Лауреатом
        # стала Дана Кожахметова. Она — обладательница …")
        last = [p for p in subj if si > 0 and p.first >= doc.sents[si - 1].first]
        return last[-1].ref if last else Recipient(-1, main=True)

    def pronoun_clause(self, si: int) -> int:
        """Where the people a sentence may refer back to end: at its personal pronoun when it
        opens a clause after people of its own sentence ("Зал аплодировал актрисе Анне
        Беловой, когда стало известно, что она получила …"), else at the sentence's start."""
        s = self.doc.sents[si]
        for t in self.doc.toks[s.first:s.last]:
            if self.lex.award_markers.get(t.low) == "anaphor" and t.pos == "NPRO":
                prev = self.doc.toks[t.i - 1] if t.i > s.first else t
                return t.i if prev.low in _CLAUSE_LINKS else s.first
        return s.first

    def anaphor_gender(self, si: int) -> str | None:
        """The gender the sentence gives the person it refers back to: that of its first
        singular personal pronoun ("ей", "он"), else of its first singular recipient verb in
        the past ("награждена", "удостоился"); None when neither says."""
        toks = self.doc.toks[self.doc.sents[si].first:self.doc.sents[si].last]
        for words in (
                (t for t in toks if self.lex.award_markers.get(t.low) == "anaphor"),
                (t for t in toks if t.pos in ("VERB", "PRTS")
                 and self.lex.recipient_verbs.get(t.lemma))):
            for t in words:
                grams = t.parse.grams if t.parse is not None else frozenset()
                if "sing" in grams and grams & _GENDERS:
                    return "femn" if "femn" in grams else "masc"  # "ему", "его": neuter too
        return None

    def before_verb(self, p: Party) -> bool:
        """A subject before its sentence's first finite verb: the topic the sentences after go
        on about ("Ю.Балуевский был назначен …"); one after it is someone new the sentence
        brings in ("Ему на смену пришел генерал Н.Макаров"; a short participle is a verb here:
        "Грамотой удостоены журналисты … Анна Белова")."""
        s = self.doc.sents[self.sent_of(p.first)]
        return not any(t.pos in _PREDICATES for t in self.doc.toks[s.first:p.first])

    def partitive(self, t: Tok) -> bool:
        """A plural after "один из" ("один из самых любимых актёров"): one of a group."""
        toks = self.doc.toks
        j = t.i - 1
        while j > 0 and t.i - j < 8 and (toks[j].pos in ("ADJF", "PRTF", "CONJ", "ADVB")
                                         or not toks[j].is_word()):
            j -= 1  # "один из «популярнейших и любимейших актёров»"
        return j > 0 and toks[j].low == "из" and toks[j - 1].lemma in ("один", "одна")

    def caption(self, p: Party) -> bool:
        """A name alone in its sentence: a photo caption ("Жан-Марк Эро."), no antecedent."""
        s = self.doc.sents[self.sent_of(p.first)]
        return all(p.first <= t.i < p.last for t in self.doc.toks[s.first:s.last]
                   if t.is_word())

    def complement(self, p: Party) -> bool:
        """An organization right after a common noun is its complement ("членам <палаты>",
        "волонтеры <фонда>"), unless its first word is a dictionary's nominative, and one after a
        preposition ("от FIFA"), not a recipient."""
        if p.person or p.first == 0:
            return False
        t = self.doc.toks[p.first - 1]
        if t.sent != self.doc.toks[p.first].sent or self.in_award.overlaps((t.i, t.i + 1)):
            return False
        if t.pos == "PREP" and t.low not in ("с", "со"):
            return True  # "от FIFA", "для ОО «…»"
        if t.pos == "NOUN" and self.doc.small_or_opening(t.i) and \
                t.lemma not in self.lex.collectives and _collective_case(self, p) is None:
            # (one opening the sentence too: "Воспитанники | КГУ «…» привезли медали")
            # not a subject after an adverbial noun: "В прошлом году | фонд получил"
            first = self.doc.toks[p.first]
            return not (_case(self.doc, p) == "nomn" and any(
                w.known and "nomn" in w.grams and "Fixd" not in w.grams for w in first.parses))
        return self.described_complement(p)

    def described_complement(self, p: Party) -> bool:
        """A quoted organization after its kind word in the genitive, itself after a common
        noun: "основателю | благотворительного фонда «Сыр Елі»" (not "фонду «Сыр Елі»")."""
        toks = self.doc.toks
        j = p.first - 1
        while j > 0 and toks[j].text in QUOTES:
            j -= 1
        if j == p.first - 1 or toks[j].pos != "NOUN" or toks[j].case != "gent" or \
                not toks[j].text.islower() or toks[j].lemma not in self.lex.org_words:
            return False
        j -= 1
        while j > 0 and toks[j].pos in ("ADJF", "PRTF") and toks[j].case == "gent":
            j -= 1
        return toks[j].pos == "NOUN" and toks[j].text.islower() and \
            toks[j].sent == toks[p.first].sent

    def orgs_receive(self, si: int) -> bool:
        """The item belongs to a list whose intro makes organizations the recipients
        ("Организации получили признание в номинациях:")."""
        j = self.intro_of(si)
        if j is None:
            return False
        s = self.doc.sents[j]
        return any(self.lex.award_markers.get(t.lemma) == "orgs" and any(
            "nomn" in p.grams for p in t.parses) for t in self.doc.toks[s.first:s.last])

    def holder(self, m: AwardCandidate) -> int | None:
        """The holder noun that governs the mention ("лауреат премии …", "кавалер двух
        орденов …, ордена …"), its token index."""
        toks = self.doc.toks
        s = self.doc.sents[self.sent_of(m.first_tok)]
        j = m.first_tok - 1
        while j >= s.first:
            t = toks[j]
            if t.lemma in self.lex.award_holders and t.pos == "NOUN":
                return j
            inside = self.in_award.overlaps((j, j + 1))
            if inside or t.text in (",", "и") or t.pos in ("ADJF", "PRTF", "NUMR") \
                    or t.lemma == "раз" or t.text.isdigit() or t.low in ("полный", "дважды",
                                                                          "трижды"):
                j -= 1
                continue
            field = self.field_start(j, s.first)
            if field is not None:
                j = field  # "Нобелевской премии по литературе", "наград фестиваля в Канне"
                continue
            if t.text == ":" or ROMAN.match(t.text) or t.lemma == "степень" or \
                    self.generic(t) or t.text in ("(", ")") or t.low in _LIST_GLUE:
                # "Лауреат наград: орден «…» II и III степеней, премия …", "Лауреат
                # Нобелевской премии (1997), премии Соннинга", "…, а также двух «Золотых
                # глобусов»"
                j -= 1
                continue
            return None
        return None

    def field_start(self, j: int, first: int) -> int | None:
        """The words ending at j that go on an award of a holder's list, read backwards:
        a field after a preposition ("премии | по литературе", "наград фестиваля | в Канне")
        and genitive words ("наград | фестиваля"); the index of the award's last token, or
        None when no award or generic award word stands before them."""
        toks = self.doc.toks
        k = j
        while k >= first and j - k < _MAX_FIELD and toks[k].is_word() and \
                toks[k].pos in _FIELD_POS and toks[k].low not in _FIELD_PREPS and \
                not self.in_award.overlaps((k, k + 1)) and not self.generic(toks[k]):
            k -= 1
        if k >= first and toks[k].low in _FIELD_PREPS and k < j:
            k -= 1
        while k >= first and j - k < _MAX_FIELD and toks[k].case == "gent" and \
                toks[k].pos in _FIELD_POS and not self.in_award.overlaps((k, k + 1)) \
                and not self.generic(toks[k]):
            k -= 1
        if k == j or k < first:
            return None
        if self.in_award.overlaps((k, k + 1)) or self.generic(toks[k]):
            return k
        return None

    def generic(self, t: Tok) -> bool:
        """A generic award word ("награды"), no mention by itself."""
        return t.pos == "NOUN" and any(
            mode == "generic" for _, _, mode in self.lex.award_starts.get(t.lemma, ()))

    def link_verb(self, m: AwardCandidate) -> int | None:
        """The verb that links a title in the instrumental to its holder, the subject: "Иван
        Петров был чемпионом мира", "в пятый раз стала чемпионкой", "Чемпионом стал …"; in
        the title's clause (no comma, colon or dash between)."""
        toks = self.doc.toks
        if m.word_tok < 0 or toks[m.word_tok].case != "ablt":
            return None
        s = self.doc.sents[self.sent_of(m.first_tok)]
        before = range(m.first_tok - 1, s.first - 1, -1)
        after = range(m.last_tok, min(s.last, m.last_tok + 6))
        for span in (before, after):
            for j in span:
                t = toks[j]
                if t.text in _CLAUSE_ENDS:
                    break
                if t.pos in ("VERB", "INFN", "GRND", "PRTS", "PRTF") and (
                        self.lex.recipient_verbs.get(t.lemma) == "link" or
                        self.lex.award_markers.get(t.lemma) in ("copula", "naming")):
                    return j
        return None

    def subject(self, verb: int, title_first: bool = False) -> Party | None:
        """The holder of the title a verb links: the person or organization in the nominative
        that is its subject, or in the accusative after an active naming verb ("назвал Ивана
        Петрова человеком года"); the last before it in its sentence, else the first after
        (first, when the title stands before the verb: "Чемпионкой стала Мария …")."""
        s = self.doc.sents[self.sent_of(verb)]
        v = self.doc.toks[verb]
        active = v.pos in ("VERB", "INFN", "GRND") and not v.low.endswith(("ся", "сь"))
        case = "accs" if active and self.lex.award_markers.get(v.lemma) == "naming" else "nomn"
        subj = [p for p in self.parties_in(s.first, s.last) if _case(self.doc, p) == case
                and not self.complement(p) and not self.bracketed(p)]
        before = [p for p in subj if p.last <= verb]
        after = next((p for p in subj if p.first > verb), None)
        if title_first and after is not None:
            return after  # "первым Человеком года был назван пилот Чарльз Линдберг"
        return before[-1] if before else after

    def work(self, t: Tok) -> bool:
        """A noun of a work ("фильм", "картина"): data/award_markers.txt, work; not a word of
        an award's name ("в номинации «Лучший социальный проект»")."""
        return t.pos == "NOUN" and self.lex.award_markers.get(t.lemma) == "work" and \
            not self.in_award.overlaps((t.i, t.i + 1)) and self.doc.quotes.open_depth(t.i) == 0

    def work_subject(self, si: int) -> bool:
        """A work in the nominative before the sentence's first recipient verb: its subject
        ("Фильм «…» собрал пять «Оскаров»")."""
        s = self.doc.sents[si]
        for t in self.doc.toks[s.first:s.last]:
            if self.lex.recipient_verbs.get(t.lemma) is not None and t.pos in _FINITE:
                return False
            if self.party_at.get(t.i) is not None and self.party_at[t.i].person and \
                    _case(self.doc, self.party_at[t.i]) == "nomn":
                return False  # "Иван Петров и его фильм получили …"
            if self.work(t) and t.case == "nomn":
                return True
        return False

    def author(self, p: Party) -> bool:
        """A person or an organization in the genitive who made the work named before it
        ("картина режиссера Ивана Петрова", "фильм «…» 26-летнего Ивана Петрова", "проект «…»
        общественной организации «…»"): the words between are no verb, no other person and no
        comma outside brackets."""
        toks = self.doc.toks
        case = _case(self.doc, p) if p.person else self.word_case(p)
        if case != "gent" and not (case is None and p.first > 0 and self.work(toks[p.first - 1])
                                   and toks[p.first - 1].case != "gent"):
            # an abbreviation, which declines not, right after the work: "победил проект АНО
            # «…»" (not "автор проекта АНО «…»": the work is a complement itself)
            return False
        s = self.doc.sents[self.sent_of(p.first)]
        depth = 0
        for j in range(p.first - 1, max(s.first, p.first - _MAX_AUTHOR) - 1, -1):
            t = toks[j]
            if self.work(t):
                return True
            depth += (t.text == ")") - (t.text == "(")
            q = self.party_at.get(j)
            if t.pos in _FINITE or t.text in (".", ";", ":", "—", "–") or \
                    (t.text == "," and depth <= 0) or (q is not None and q.person):
                return False
        return False

    def opens_either_case(self, p: Party) -> bool:
        """An organization opening its sentence whose first word reads as a nominative and as
        an accusative alike ("Общественное объединение «…»"): its verb tells which."""
        readings = [q.grams for q in self.doc.toks[p.first].parses]
        return not p.person and p.first == self.doc.sents[self.sent_of(p.first)].first and \
            any("nomn" in g for g in readings) and any("accs" in g for g in readings)

    def word_case(self, p: Party) -> str | None:
        """The case of an organization by the kind word before its quoted name ("фонда |
        «Город добра»"), else by its own words."""
        toks = self.doc.toks
        j = p.first - 1
        if j > 0 and toks[j].text in QUOTES and toks[j - 1].lemma in self.lex.org_words:
            return toks[j - 1].case
        return _case(self.doc, p)

    def common_subject(self, verb: int) -> bool:
        """A common noun in the nominative before a linking verb in its clause is its subject
        ("клуб стал чемпионом", "команда была признана лучшей"): no party holds the title."""
        toks = self.doc.toks
        s = self.doc.sents[self.sent_of(verb)]
        for j in range(verb - 1, s.first - 1, -1):
            t = toks[j]
            if t.text in _CLAUSE_ENDS:
                return False
            if t.pos == "NOUN" and t.case == "nomn" and t.text.islower() and \
                    self.party_at.get(j) is None and not self.in_award.overlaps((j, j + 1)):
                return True
        return False

    def named_before(self, p: Party) -> bool:
        """Is the organization named right before the brackets it stands in ("Институт
        прикладной физики | (ИПФ)")?"""
        q = self.org_ending.get(p.first - 1)
        return q is not None and q.ref.organization == p.ref.organization

    def clauses(self, si: int) -> tuple[list[int], list[bool]]:
        """The tokens of sentence si that open a coordinated clause (a word of
        ``_CLAUSE_OPENERS`` after a comma, or a semicolon), and for its clauses, the one before
        the first bound and each from a bound on, whether a finite verb of its own gives and
        gets nothing (found once a sentence)."""
        got = self._clauses.get(si)
        if got is None:
            s, toks = self.doc.sents[si], self.doc.toks
            bounds = [k for k in range(s.first, s.last) if toks[k].text == ";" or
                      toks[k].low in _CLAUSE_OPENERS and k > 0 and toks[k - 1].text == ","]
            edges = [s.first, *bounds, s.last]
            own = [any(t.pos in _FINITE and t.lemma not in self.lex.recipient_verbs
                       for t in toks[a:b]) for a, b in zip(edges, edges[1:])]
            got = self._clauses[si] = (bounds, own)
        return got

    def bracketed(self, p: Party) -> bool:
        """A name in brackets after another: "Джанлуиджи Буффон (Ювентус)", an aside."""
        toks = self.doc.toks
        return p.first > 0 and toks[p.first - 1].text == "(" and \
            p.last < len(toks) and toks[p.last].text == ")"

    def relative_subject(self, verb: int, case: str = "nomn") -> Party | None:
        """ "…, опередил Ивана Петрова из Омска, который был чемпионом": the person or
        organization right before the comma that opens the clause of "который" (in the
        nominative, or the case asked: "…, которой вручен кубок") the verb stands in."""
        toks = self.doc.toks
        s = self.doc.sents[self.sent_of(verb)]
        for j in range(verb - 1, s.first, -1):
            t = toks[j]
            if t.text in _CLAUSE_ENDS:
                return None
            if t.lemma == "который" and t.case == case and toks[j - 1].text == ",":
                before = [p for p in self.parties if s.first <= p.first and p.last < j]
                if not before:
                    return None
                last = before[-1]  # "Ивана Петрова из Омска,": a place after the name
                gap = toks[last.last:j - 1]
                return last if len(gap) <= 3 and not any(
                    x.pos in _FINITE or x.text in _CLAUSE_ENDS for x in gap) else None
        return None

    def pronoun_subject(self, verb: int) -> bool:
        """A personal pronoun before the verb in its clause ("он шесть раз становился …"), or
        in its sentence for a gerund ("он выиграл чемпионат, став лучшим бомбардиром")."""
        toks = self.doc.toks
        s = self.doc.sents[self.sent_of(verb)]
        clause = toks[verb].pos != "GRND"  # "…, став лучшим бомбардиром": the main clause's
        for j in range(verb - 1, s.first - 1, -1):
            if toks[j].text in _CLAUSE_ENDS and clause:
                return False
            if self.lex.award_markers.get(toks[j].low) == "anaphor" and toks[j].case == "nomn":
                return True
        return False

    def co_recipient(self, p: Party) -> bool:
        """A person "вместе с" or "совместно с" the recipient: "удостоен премии совместно с
        Николаем Басовым"."""
        toks = self.doc.toks
        k = p.first - 1
        if k > 0 and toks[k].text in (",", "и"):  # "… с Николаем Басовым и <Александром …>"
            before = next((q for q in self.parties if q.last == k and q.person), None)
            return before is not None and self.co_recipient(before)
        while k > 0 and p.first - k < 3 and toks[k].text.islower() and \
                toks[k].low not in ("с", "со"):
            k -= 1  # "вместе с актрисой <Анной Беловой>"
        return k > 0 and toks[k].low in ("с", "со") and \
            self.lex.award_markers.get(toks[k - 1].low) == "with"

    def right_party(self, m: AwardCandidate) -> Party | None:
        """The person right after a holder phrase: "лауреат премии Grammy Даниил Трифонов"."""
        doc = self.doc
        toks = doc.toks
        s = doc.sents[self.sent_of(m.first_tok)]
        j = m.last_tok
        stop = min(s.last, j + _MAX_RIGHT)
        while j < stop:
            p = self.party_at.get(j)
            if p is not None and (self.in_award.overlaps((p.first, p.last)) or
                                  not p.person and (p.in_title or self.complement(p))):
                # "премии имени Г. Тукая": a name inside an award; "член президиума РАО,
                # профессор Иван Петров": an organization inside the titles before the person
                stop = min(s.last, p.last + _MAX_RIGHT)
                j = p.last
                continue
            if p is not None:  # not the head of the next apposition: "…, Иван Петров — …"
                dash = p.last < s.last and toks[p.last].text in ("—", "–") and any(
                    t.text == "," for t in toks[m.last_tok:p.first])
                return p if p.person and not dash else None
            t = toks[j]
            initial = t.text == "." and j > 0 and len(toks[j - 1].text) == 1 and \
                toks[j - 1].text.isupper()  # "имени И. | Жансугурова"
            if t.pos in _FINITE or t.text in (".", ";", ":", "!", "?") and not initial:
                return None
            if t.text == "," or self.in_award.overlaps((j, j + 1)):
                stop = min(s.last, j + _MAX_RIGHT)  # the next title of an apposition chain
            j += 1
        return None

    def left_party(self, first: int) -> Party | None:
        """The person an apposition describes: "Иван Петров — …, кавалер ордена …"."""
        doc = self.doc
        s = doc.sents[self.sent_of(first)]
        best = None
        for p in self.parties:
            if p.person and s.first <= p.first and p.last <= first and \
                    not self.in_award.overlaps((p.first, p.last)):  # "премии Соннинга"
                best = p
        if best is None:
            return None
        if any(t.pos in _FINITE for t in doc.toks[best.last:first]):
            return None
        return best


# ---------------------------------------------------------------- recipients of a mention

_Found = list[tuple[int, Recipient]]  # (token where the text names it, recipient)


@dataclass(frozen=True, slots=True)
class _Award:
    """One award mention, as the recipient rules see it."""

    ctx: _Context
    m: AwardCandidate
    same_sent: list[AwardCandidate]  # the award mentions of its sentence, itself included
    si: int  # its sentence
    holder: int | None  # the holder noun that governs it
    verbs: tuple[bool, bool]  # its sentence has a recipient verb, an active giving verb

    @property
    def held(self) -> bool:
        """A holder noun in the singular governs it ("лауреат премии …", not "вручил награды
        лауреатам премии …"), or it is an honorary title."""
        h = self.holder
        p = self.ctx.doc.toks[h].parse if h is not None else None
        group = p is not None and "plur" in p.grams
        # "Лауреатом премии стал Иван Петров": a predicate of the verb, whose subject holds it
        predicate = h is not None and self.ctx.doc.toks[h].case == "ablt" and self.verbs[0]
        return (h is not None and not group and not predicate) or self.ctx.one_titled(self.m)

    def antecedent(self) -> list[_Found]:
        """The person the sentence stands for, when it stands for one."""
        if not self.ctx.anaphor(self.si, self.m):
            return []
        return [[(self.ctx.doc.sents[self.si].first, self.ctx.antecedent(self.si))]]


def _nomination_scope(a: _Award) -> list[_Found]:
    """ "В номинации «А» – врач Иван Петров": who the nomination's stretch of the line names."""
    if a.m.scope is None:
        return []
    orgs_too = a.ctx.orgs_receive(a.si)
    first, last = a.m.scope
    parties = _outside_asides(a.ctx.doc, a.ctx.parties_in(first, last, titles_ok=orgs_too))
    if not parties and last <= a.m.first_tok:
        # a stretch before the nomination that names no one ("Режиссер завоевал …, включая
        # две «Золотых Маски» – в номинации «…»"): the other rules say who
        return []
    return [[(p.first, p.ref) for p in parties]]


def _outside_asides(doc: Doc, parties: list[Party]) -> list[Party]:
    """The parties, less those in brackets after one of them: an aside on it, its head ("ТОО
    «Бота» (директор – Анна Белова)"), not a winner too; and less an organization a person
    comes from, "из" right after the person ("Иван Петров из «Сокола»", "из клуба «Сокол»")."""
    if not parties:
        return parties
    toks = doc.toks
    depth, k, out = 0, parties[0].first, [parties[0]]
    for p in parties[1:]:
        for t in toks[k:p.first]:
            depth += (t.text == "(") - (t.text == ")")
        k = p.first
        if depth <= 0 and not _origin_of(doc, out[-1], p):
            out.append(p)
    return out


_MAX_ORIGIN_GAP = 3  # "из | спортивного клуба | «Сокол»"


def _origin_of(doc: Doc, person: Party, p: Party) -> bool:
    """Does organization p name where the person right before it comes from ("Иван Петров |
    из «Сокола»")?"""
    toks = doc.toks
    if not person.person or p.person or not person.last < p.first <= person.last + \
            _MAX_ORIGIN_GAP or toks[person.last].low != "из":
        return False
    return all(t.is_word() or t.text in QUOTES for t in toks[person.last + 1:p.first])


def _one(p: Party | None) -> list[_Found]:
    return [] if p is None else [[(p.first, p.ref)]]


def _predicate(a: _Award) -> list[_Found]:
    """ "Иван Петров стал народным артистом", "«Локомотив» стал чемпионом России", "он был
    чемпионом мира": a title in the singular linked by a verb goes to the verb's subject; a
    pronoun subject stands for the person named before."""
    if not a.ctx.one_titled(a.m):
        return []
    verb = a.ctx.link_verb(a.m)
    if verb is None:
        return []
    subj = a.ctx.relative_subject(verb) or a.ctx.subject(verb, title_first=verb > a.m.first_tok)
    if subj is not None:
        return [[(subj.first, subj.ref)]]
    if a.ctx.pronoun_subject(verb):
        return [[(a.ctx.doc.sents[a.si].first, a.ctx.antecedent(a.si))]]
    if a.ctx.common_subject(verb):
        return [[]]  # "клуб стал чемпионом Англии": no person or organization named
    return []


def _title_complement(a: _Award) -> list[_Found]:
    """ "победа над чемпионами мира", "отстав от чемпиона лиги": a title after a preposition
    describes someone the sentence does not give it to; nobody (unless a person follows it,
    ``holder_after``)."""
    toks = a.ctx.doc.toks
    first = a.m.first_tok
    if a.m.mode not in TITLE_MODES or first == 0 or toks[first - 1].pos != "PREP" or \
            toks[first - 1].sent != toks[first].sent:
        return []
    return [[]]


def _holder_after(a: _Award) -> list[_Found]:
    """ "лауреат премии Grammy Даниил Трифонов": the person right after the holder phrase."""
    return _one(a.ctx.right_party(a.m)) if a.held else []


def _title_object(a: _Award) -> list[_Found]:
    """ "тренеру Аскару Тулегенову, подготовившему | чемпиона мира": an honorary or sports
    title of a person in the accusative that a verb right before it takes as its object (over
    a numeral: "воспитал двух | чемпионов") names someone the text does not name (a name
    after it, "подготовил чемпиона мира Марата Жунусова", is ``holder_after``'s): nobody."""
    if a.m.mode not in TITLE_MODES or a.holder is not None:
        return []
    toks = a.ctx.doc.toks
    s = a.ctx.doc.sents[a.si]
    j = a.m.first_tok - 1
    counted = j >= s.first and toks[j].pos in ("NUMR", "NUMB")
    j -= counted
    word = next((t for t in toks[max(a.m.word_tok, a.m.first_tok):a.m.last_tok]
                 if t.pos == "NOUN"), None)  # (the noun of "олимпийскую | чемпионку")
    if j < s.first or word is None or toks[j].pos not in _OBJECT_TAKERS or \
            word.parse is None or "anim" not in word.parse.grams or \
            word.case not in (("gent", "accs") if counted else ("accs",)):
        return []
    return [[]]


# the verb forms that take an object: "подготовил", "подготовившему", "воспитав"
_OBJECT_TAKERS = frozenset({"VERB", "INFN", "PRTF", "GRND"})


def _holder_before(a: _Award) -> list[_Found]:
    """ "Иван Петров — полковник в отставке, кавалер ордена Мужества": the person it describes."""
    if not a.held:
        return []
    return _one(a.ctx.left_party(a.holder if a.holder is not None else a.m.first_tok))


def _possessor(a: _Award) -> list[_Found]:
    """ "На счету Роберта Де Ниро два «Оскара»", "Бронзовые медали – у Дильназ Омаровой": the
    people or organizations whose account it is on, or, after a common noun ("на счету
    75-летнего исполнителя"), the person named before."""
    doc = a.ctx.doc
    s = doc.sents[a.si]
    toks = doc.toks
    at = a.ctx.own_marker(a.si)
    k = a.m.last_tok
    if k + 2 < s.last and toks[k].text in _GAP_DASHES and toks[k + 1].low == "у":
        at = k  # "Бронзовые медали – у Дильназ Омаровой и Самата Бекова"
    if at is None or a.holder is not None:
        return []
    for j in range(at + 2, min(s.last, at + 5)):
        p = a.ctx.party_at.get(j)
        if p is not None:
            return [[(q.first, q.ref) for q in _coordinated(a.ctx, p)]]
        if toks[j].pos == "NOUN" and toks[j].text.islower():
            parse = toks[j].parse
            if parse is not None and "anim" not in parse.grams:
                return []  # "в копилке команды": a collective, not the person named before
            return [[(s.first, a.ctx.antecedent(a.si))]]
    return []


def _coordinated(ctx: _Context, p: Party) -> list[Party]:
    """``p`` and the parties listed right after it, joined by commas and "и" ("на счету |
    Нурсултана Омарова, Виктории Ким и Ерасыла Тулеуова"; found once a party)."""
    got = ctx.lists.get(p.first)
    if got is not None:
        return got
    toks = ctx.doc.toks
    out = [p]
    while True:
        k = out[-1].last
        while k < len(toks) and toks[k].low in (",", "и") and k - out[-1].last < 2:
            k += 1
        q = ctx.party_at.get(k)
        if k == out[-1].last or q is None or toks[k].sent != toks[p.first].sent:
            ctx.lists[p.first] = out
            return out
        out.append(q)


# the cases its recipients stand in after a noun of giving (data/award_markers.txt)
_CONFERRAL_CASES = {"conferral": ("datv",), "decoration": ("gent", "datv")}
_CONFERRAL_GAP = 3


def _conferral(a: _Award) -> list[_Found]:
    """ "о присвоении звания «…» Ивану Петрову", "о награждении Ивана Петрова медалью": a noun
    of giving right before the award names its recipients, in the dative after the award (the
    genitive object of "награждение", before or after it); nobody when none is named there
    (not a person named before: "Главным событием стало вручение премии «…»")."""
    toks, s = a.ctx.doc.toks, a.ctx.doc.sents[a.si]
    deed = next((toks[j] for j in range(a.m.first_tok - 1, max(s.first, a.m.first_tok - 4) - 1, -1)
                 if a.ctx.lex.award_markers.get(toks[j].lemma) in _CONFERRAL_CASES), None)
    if deed is None or any(t.text in _CLAUSE_ENDS for t in toks[deed.i:a.m.first_tok]):
        return []
    kind = a.ctx.lex.award_markers[deed.lemma]
    cases = _CONFERRAL_CASES[kind]
    found: _Found = []
    if kind == "decoration":
        found += [(p.first, p.ref) for p in a.ctx.parties_in(deed.i + 1, a.m.first_tok)
                  if _may_stand(a.ctx.doc, p, cases)]
    end = a.m.last_tok
    for p in a.ctx.parties_in(a.m.last_tok, s.last):
        gap = toks[end:p.first]
        if len(gap) > _CONFERRAL_GAP or any(t.pos in _PREDICATES or t.text in ".;:()—–"
                                            for t in gap):
            break
        if not _may_stand(a.ctx.doc, p, cases):
            break
        found.append((p.first, p.ref))
        end = p.last
    return [found]  # none: the act names no one here ("стало вручение премии «…»")


def _may_stand(doc: Doc, p: Party, cases: tuple[str, ...]) -> bool:
    """May the mention stand in one of the cases: the tagger's, or for a person's name one its
    last word's forms allow ("Марии Ивановой": a genitive or a dative; not an organization's
    genitive, "премий «Оскар» Американской киноакадемии")?"""
    last = doc.toks[p.last - 1]
    return _case(doc, p) in cases or p.person and any(c in w.grams for w in last.parses
                                                      for c in cases)


# what ends a clause, going back from a word; the prepositions before "которых" that make it
# a list of the members of a group ("среди которых", "в числе которых")
_CLAUSE_BOUNDS = frozenset({",", ";", ":", "—", "–", "(", ")"})
_PARTITIVE_PREPS = frozenset({"среди", "из", "числе"})


def _candidates(a: _Award, spans: Sequence[AwardCandidate], getting: bool
                ) -> tuple[list[Party], bool]:
    """The parties of a recipient verb's sentence that may receive (``getting``: its verbs
    only receive or are passive), and whether one stands in a relative clause (the sentence
    names what it tells more of)."""
    doc, active_give = a.ctx.doc, a.verbs[1]
    s = doc.sents[a.si]
    cands = []
    clause = False
    parties = a.ctx.parties_in(s.first, s.last)
    listed = _listed_cases(doc, parties)
    for p in parties:
        if _reporter(doc, p, a.m):
            continue  # "Иван Петров напомнил, что звание получили 64 человека": he tells it
        if _relative_receiver(a, p):
            cands.append(p)  # "отметили работу фонда «…», который выиграл грант …"
            continue
        if _other_clause(a, p):
            continue  # "Иван Петров выступил с речью, а Мария Соколова получила медаль"
        if not p.person and a.ctx.bracketed(p) and p.ref.organization is not None and \
                a.ctx.named_before(p):
            continue  # "…, директор Института прикладной физики (ИПФ)": its short name
        case = _collective_case(a.ctx, p) or _case(doc, p)
        in_list = listed.get(p.first) == "datv"
        if p.first in listed:
            # "педагогам: Ахметову Б.К., | Ким Л.В. и | Сейткали А.М."
            case = listed[p.first]
        if case == "gent" and active_give and _opens_clause(a.ctx, p):
            # "| Марии Соколовой вручили медаль", "Директора ТОО «Болат» | Каната Жунусова
            # наградили": no word governs a genitive there
            # (a case its words allow, or the tagger read in its last word)
            allowed = _shared_cases(doc.toks[p.first:p.last]) | {doc.toks[p.last - 1].case}
            case = next((c for c in ("datv", "accs") if c in allowed), case)
        if case == "accs" and (_subject_of_verb_before(doc, p) or _org_after_get_verb(a, p)):
            case = "nomn"  # "победила | Айгерим Ахметова": the verb's gender is the name's
        given = in_list or case not in (None, "datv") and _dative_after_object(a, p)
        if given:
            case = "datv"  # "вручил медаль «…» | Марии Ивановой": the one it is given to
        if case == "nomn" and _receives(a, p, spans):
            cands.append(p)  # "Грамоты вручили …, а Анна Смирнова получила медаль": no giver
            continue
        if not p.person and a.ctx.author(p):
            cands.append(p)  # "победил проект «Теплый дом» организации «Союз добровольцев»"
            continue
        if getting and case == "accs" and a.ctx.opens_either_case(p):
            case = "nomn"  # "Муниципальное … учреждение «…» стало победителем": a neuter subject
        if getting and case == "accs" or a.ctx.gerund_object(p):
            continue  # "Кличко защитил титул, победив Чисору": who gets it is the subject
        if a.ctx.relative(p):
            clause = True
            continue  # "…получил фонд, которым руководит Анна Белова": not hers
        if (_recipient_case(case) and not a.ctx.giver(p, active_give, case if given else None) or
                case == "ablt" and p.person and a.ctx.co_recipient(p)) and \
                not a.ctx.complement(p):
            cands.append(p)
    return cands, clause


def _relative_receiver(a: _Award, p: Party) -> bool:
    """Does the party open the relative clause ("…, который/которая …") whose verb receives the
    award after it, whatever the party's own case ("отметили работу АНО «…», которая выиграла
    грант …", "поздравили Анну Белову, которая получила медаль …")?"""
    if p.last > a.m.first_tok:
        return False
    verb = _receiving_verb(a, p.last, a.m.first_tok)
    if verb is not None and a.ctx.relative_subject(verb) == p:
        return True
    # "…, сборная школы «…», которой вручен переходящий кубок", "Анну Белову, которой вручили
    # медаль …": "который" in the dative before a verb of giving
    verb = _giving_verb(a, p.last, a.m.first_tok)
    return verb is not None and a.ctx.relative_subject(verb, "datv") == p


def _giving_verb(a: _Award, first: int, last: int) -> int | None:
    """The first verb of giving of tokens [first, last) ("вручен", "вручили", "присвоено")."""
    for t in a.ctx.doc.toks[first:last]:
        if a.ctx.lex.recipient_verbs.get(t.lemma) == "give" and t.pos in _PREDICATES and \
                a.ctx.gives(t):
            return t.i
    return None


def _collective_case(ctx: _Context, p: Party) -> str | None:
    """An organization in the genitive right after a collective noun (data/
    collective_words.txt) is named for its people, and takes their case: "отмечен коллектив |
    районной библиотеки" (nomn), "коллективу | районной больницы вручили" (datv); else None."""
    toks = ctx.doc.toks
    if p.person or p.first == 0:
        return None
    # the genitive words of the organization's kind between ("коллективу | проектного
    # института | ООО «Химпроект-Уфа»")
    j = p.first - 1
    while j > 0 and p.first - 1 - j < _MAX_COLLECTIVE_GAP and toks[j].is_word() and \
            toks[j].case == "gent" and toks[j].pos in ("NOUN", "ADJF") and \
            toks[j].text.islower():
        j -= 1
    t = toks[j]
    if t.sent != toks[p.first].sent or t.lemma not in ctx.lex.collectives or t.pos != "NOUN" \
            or j == p.first - 1 and toks[p.first].case != "gent":
        return None
    return t.case


_MAX_COLLECTIVE_GAP = 3  # genitive words between a collective noun and its organization


# the words that open a coordinated clause after a comma ("…, а Мария получила …")
_CLAUSE_OPENERS = frozenset({"а", "но", "однако"})


def _opens_clause(ctx: _Context, p: Party) -> bool:
    """Does the person's name open its sentence or a coordinated clause ("…, а | Марии
    Соколовой – медаль"), or follow only its title there ("Директора ТОО «Болат» | Каната
    Жунусова")?"""
    doc = ctx.doc
    si = ctx.sent_of(p.first)
    s = doc.sents[si]
    bounds = ctx.clauses(si)[0]
    i = bisect_left(bounds, p.first) - 1  # the last bound before the name
    if p.first == s.first or i >= 0 and bounds[i] == p.first - 1:
        return True
    if p.apposed is None:
        return False
    # after its title, which opens the sentence or clause in the title's case: no preposition,
    # verb or bound before ("Сотрудники фонда директора | Ивана Петрова": its subject does)
    before = doc.toks[s.first if i < 0 else bounds[i] + 1:p.first]
    return bool(before) and before[0].case == p.apposed and not any(
        t.pos in _GOVERNORS or t.text in _PHRASE_ENDS for t in before)


_GOVERNORS = frozenset({"PREP", "VERB", "INFN", "PRTS", "PRTF", "GRND"})
_PHRASE_ENDS = frozenset({",", ";", ":", "(", ")", "—", "–"})


def _other_clause(a: _Award, p: Party) -> bool:
    """Does the party stand in another coordinated clause than the award, one with a finite
    verb of its own that gives and gets nothing ("Иван Петров выступил с речью, а Мария
    Соколова получила медаль", "Мария получила медаль, а Иван Петров вручил цветы"), or one
    that names no award while the award's own clause has a recipient verb ("Аким вручил Анне
    Беловой цветы, а медаль получил Иван Петров")?"""
    m = a.m
    bounds, own = a.ctx.clauses(a.si)
    i = bisect_left(bounds, p.first)  # the clause the party stands in: the i-th
    if p.last <= m.first_tok:  # a bound after the party, before the award
        apart = i < len(bounds) and bounds[i] < m.first_tok
    elif p.first >= m.last_tok:  # a bound after the award, before the party
        apart = i > 0 and bounds[i - 1] >= m.last_tok
    else:
        return False
    return apart and (own[i] or _awardless_clause(a, bounds, i))


def _awardless_clause(a: _Award, bounds: list[int], i: int) -> bool:
    """Does clause i of the award's sentence give a thing of its own, no award, while the
    award's own clause has a recipient verb ("Аким вручил Анне Беловой цветы, | а медаль
    получил Иван Петров"; not "вручил грамоту Анне Беловой, а также наградил | Ивана
    Петрова")?"""
    s, toks = a.ctx.doc.sents[a.si], a.ctx.doc.toks
    edges = [s.first, *bounds, s.last]
    clause = toks[edges[i]:edges[i + 1]]
    if any(edges[i] <= x.first_tok < edges[i + 1] for x in a.same_sent) or \
            not any(t.pos == "VERB" and a.ctx.lex.recipient_verbs.get(t.lemma) == "give"
                    for t in clause) or not any(_thing_given(a, t) for t in clause):
        return False
    j = bisect_left(bounds, a.m.first_tok + 1)  # the award's clause
    return any(t.lemma in a.ctx.lex.recipient_verbs and t.pos in _PREDICATES
               for t in toks[edges[j]:edges[j + 1]])


def _thing_given(a: _Award, t: Tok) -> bool:
    """Is the word an inanimate noun in the accusative, no party's, no preposition's: a thing
    given ("вручил … | цветы"; not "отмечен за | участие")?"""
    p, toks = t.parse, a.ctx.doc.toks
    j = t.i - 1
    while j > 0 and toks[j].pos in ("ADJF", "PRTF"):
        j -= 1
    return p is not None and p.pos == "NOUN" and t.case == "accs" and "inan" in p.grams and \
        a.ctx.party_at.get(t.i) is None and toks[j].pos != "PREP"


def _listed_cases(doc: Doc, parties: Sequence[Party]) -> dict[int, str]:
    """The case of names listed together (joined by a comma or "и") that the tagger read in
    another, by their first tokens: names listed together stand in one case. Beside a dative,
    those that may be datives themselves (their words allow it, or a surname that does not
    decline: "Ким Л.В.") are datives ("Абдрахмановой Куляш, Сапаровой Алие и | Шевченко
    Ивану", "ветеранам Ивану Кострову и | Марии Беловой"); in a list most of which is read
    in the nominative, those that may be nominatives are ("медали привезли | Арман Сейткали,
    Илья Демченко и Томирис Абдрахманова")."""
    out: dict[int, str] = {}
    run: list[tuple[Party, str | None]] = []
    for p in list(parties) + [None]:
        if p is not None and p.person and run and all(
                t.low in (",", "и")
                for t in doc.toks[past_origin(doc, run[-1][0].last, p.first):p.first]):
            run.append((p, _case(doc, p)))  # ("Ксения Орлова из Арзамаса и | Наиля …")
            continue
        if len(run) > 1 and any(case == "datv" for _, case in run):
            out.update((q.first, "datv") for q, case in run
                       if case != "datv" and _may_be(doc, q, "datv"))
        elif len(run) > 1 and 2 * sum(case == "nomn" for _, case in run) > len(run):
            out.update((q.first, "nomn") for q, case in run
                       if case != "nomn" and _may_be(doc, q, "nomn"))
        elif run and _after_passive(doc, run[0][0]) and "datv" not in {c for _, c in run}:
            # "награждены | С. Кадырова и Л. Галимзянова": a short participle governs no
            # genitive or accusative, the names after it are its subject
            out.update((q.first, "nomn") for q, case in run
                       if case in ("gent", "accs") and _may_be(doc, q, "nomn"))
        run = [(p, _case(doc, p))] if p is not None and p.person else []
    return out


def _after_passive(doc: Doc, p: Party) -> bool:
    """Does the name stand right after a short passive participle ("награждена | С. Кадырова",
    "отмечены | Анна Белова и …")?"""
    j = p.first - 1
    return j >= 0 and doc.toks[j].sent == doc.toks[p.first].sent and doc.toks[j].pos == "PRTS"


def _may_be(doc: Doc, p: Party, case: str) -> bool:
    """May the name stand in ``case``: every word of it allows it, or its surname does not
    decline ("Ким Л.В.")?"""
    words = [t for t in doc.toks[p.first:p.last] if t.is_word() and len(t.text) > 1]
    return case in _shared_cases(doc.toks[p.first:p.last]) or \
        any(undeclined_surname(t) for t in words)


def _dative_after_object(a: _Award, p: Party) -> bool:
    """Is the person right after an award that is the object of an active giving verb a dative,
    though the tagger read a genitive, an instrumental or a prepositional (with no preposition)
    its words allow too ("Губернатор вручил медаль «За труд» | Марии Ивановой", and the names
    joined to it), or a nominative or accusative they do not allow ("вручил орден «Парасат» |
    Ерлану Абенову"): what is given goes to someone, in the dative?"""
    doc, m = a.ctx.doc, a.m
    word = doc.toks[m.word_tok] if m.word_tok >= 0 else None
    cases = _shared_cases(doc.toks[p.first:p.last])
    return p.person and p.first >= m.last_tok and a.verbs[1] and word is not None and \
        word.case == "accs" and "datv" in cases and \
        _case(doc, p) not in (cases & _DIRECT_CASES) and all(
            t.ner == "PER" or t.low in (",", "и") for t in doc.toks[m.last_tok:p.first])


_DIRECT_CASES = frozenset({"nomn", "accs"})


def _subject_of_verb_before(doc: Doc, p: Party) -> bool:
    """Is the person right after a verb in the past singular of the gender the person's name was
    read in its subject, whatever case the tagger read ("В номинации «…» победила | Айгерим
    Ахметова": a woman who won, not a man "Ахметов" she beat)?"""
    verb = doc.toks[p.first - 1].parse if p.person and p.first > 1 else None
    return verb is not None and verb.pos == "VERB" and {"past", "sing"} <= verb.grams and \
        p.gender is not None and p.gender in verb.grams and \
        doc.toks[p.first - 2].ner != "PER"  # ("Анна Петрова победила | Марию Смирнову")


def _org_after_get_verb(a: _Award, p: Party) -> bool:
    """Is the organization right after a receiving verb in the past singular of its first
    word's gender its subject, though its words read as accusatives too ("Кубок акима района
    завоевал | производственный кооператив «…»", "грамоту получило | крестьянское хозяйство
    «…»")?"""
    toks = a.ctx.doc.toks
    verb = toks[p.first - 1].parse if not p.person and p.first > 1 else None
    first = toks[p.first].parse
    if verb is None or first is None or verb.pos != "VERB" or \
            not {"past", "sing"} <= verb.grams or \
            a.ctx.lex.recipient_verbs.get(verb.normal) != "get":
        return False
    return any(g in verb.grams and g in first.grams for g in ("masc", "neut", "femn"))


_CLAUSE_CONJUNCTIONS = frozenset({"что", "как"})


def _reporter(doc: Doc, p: Party, m: AwardCandidate) -> bool:
    """Is the person ``p`` the subject of a clause that reports the award's, which has a
    plural verb of its own after ", что" ("Губернатор отметил, что медаль получили 12 жителей":
    the count gets it), or opens the sentence ("Как рассказал …, …")?"""
    if p.person and p.first >= m.last_tok:
        return _speaker(doc, p, m)
    if not p.person or p.last > m.first_tok:
        return False
    toks = doc.toks
    if _introduces(doc, p, m):
        return True
    k = next((j for j in range(p.last, m.first_tok) if toks[j].low in _CLAUSE_CONJUNCTIONS and
              toks[j - 1].text == ","), None)
    if k is None:
        return False
    clause = toks[k + 1:doc.sents[toks[k].sent].last]
    verb = next((t.parse for t in clause if t.parse is not None and t.parse.pos in
                 ("VERB", "PRTS")), None)
    # a plural verb, or a name of its own in the clause: it has its own recipients ("…
    # сообщил, что медаль получил Иван Петров"); not "…рассказал, что получил медаль"
    return verb is not None and "plur" in verb.grams or any(
        t.ner in ("PER", "ORG") and t.i >= m.first_tok for t in clause)


_SPEAKER_GAP = 6  # words from the verb that attributes a quotation to its speaker's name


def _speaker(doc: Doc, p: Party, m: AwardCandidate) -> bool:
    """Is the person the speaker of the direct speech that holds the award, named after ", —"
    and a verb ("— Из 15 медалей восемь завоевали юниоры, — сказал тренер Иван Петров"), the
    speech telling of others (no first person: "— Эту медаль я получил за отца, — сказал …")?"""
    toks = doc.toks
    dash = next((j for j in range(p.first - 1, max(m.last_tok, p.first - _SPEAKER_GAP) - 1, -1)
                 if toks[j].text in "—–" and toks[j - 1].text == ","), None)
    if dash is None or toks[dash + 1].pos != "VERB" or \
            not all(t.is_word() for t in toks[dash + 1:p.first]):
        return False
    s = doc.sents[toks[p.first].sent]
    return not any(t.parse is not None and "1per" in t.parse.grams
                   for t in toks[s.first:dash])


def _introduces(doc: Doc, p: Party, m: AwardCandidate) -> bool:
    """Is the person the subject of an opening "Как рассказал …," that reports the clause of
    the award after its comma ("Как рассказала министр культуры края Елена Белкина, премию
    получили 25 организаций")?"""
    toks = doc.toks
    first = doc.sents[toks[p.first].sent].first
    opening = toks[first:p.first]
    return toks[first].low == "как" and \
        any(t.parse is not None and t.parse.pos == "VERB" for t in opening) and \
        not any(t.text == "," for t in opening) and \
        any(t.text == "," for t in toks[p.last:m.first_tok])


def _recipient_verb(a: _Award) -> list[_Found]:
    """ "Медалью … награждены волонтер … и врач …": the people and organizations of a sentence
    with a recipient verb, except the giver, complements and what stands inside an award
    phrase; several awards of one sentence share coordinated recipients, else each recipient
    goes to the nearest award before it."""
    doc = a.ctx.doc
    s = doc.sents[a.si]
    described = a.ctx.participle_heads(a.si)
    if described is not None:
        return [[(p.first, p.ref) for p in described]]
    gets_only = not a.ctx.any_give(a.si)
    passive = a.ctx.passive_give_only(a.si)
    if gets_only and a.ctx.work_subject(a.si):
        # "фильм, ставший данью Жоржу Мельесу, собрал пять «Оскаров»": the work gets it,
        # its author with it
        authors = [p for p in a.ctx.parties_in(s.first, s.last) if a.ctx.author(p)]
        return [[(p.first, p.ref) for p in authors]]
    spans = sorted(a.same_sent, key=lambda x: x.first_tok)
    cands, clause = _candidates(a, spans, gets_only or passive)
    if not cands:
        authors = [p for p in a.ctx.parties_in(s.first, s.last) if a.ctx.author(p)]
        # "…получил проект «…», который возглавляет Елена Клюкина": a thing, no one we know
        return [[(p.first, p.ref) for p in authors]] if authors or clause else []
    lo, hi = spans[0].first_tok, spans[-1].last_tok
    one_side = all(p.last <= lo for p in cands) or all(p.first >= hi for p in cands)
    found: _Found = []
    for p in cands:
        own = _verb_award(a, p, spans)
        if own is not None:  # "…получили благодарности, а Максим Ершов был награжден знаком"
            if own is a.m:
                found.append((p.first, p.ref))
            continue
        before = [x for x in spans if x.first_tok <= p.first and not _trailing(x)]
        if before and all(x.mode in TITLE_MODES for x in before) and \
                before[-1].last_tok == p.first and a.m.first_tok >= p.last and \
                a.m is next((x for x in spans if x.first_tok >= p.last and
                             x.mode not in TITLE_MODES), None):
            # "Народный артист России | Евгений Пантелеев получил | орден Дружбы": the title
            # is his own; what the verb gives him is the award after him
            found.append((p.first, p.ref))
            continue
        if before and before[-1] is not a.m and before[-1].mode in TITLE_MODES:
            # an honorary title the recipient holds ("заслуженному врачу Казахстана
            # Кенжебеку …") passes them on to the award before it: one that is no such
            # title, else one no name follows ("Почётными гражданами стали заслуженный врач
            # России Валерий Кудрявцев и заслуженный тренер …")
            before = [x for x in before if x.mode not in TITLE_MODES] or \
                [x for x in before if a.ctx.party_at.get(x.last_tok) is None] or before
        if one_side or (before[-1] if before else spans[0]) is a.m:
            found.append((p.first, p.ref))
    return [found + _inline_items(a)] if found else [found]


def _trailing(m: AwardCandidate) -> bool:
    """Is the award a nomination named after its recipient ("Иван Петров (номинация «…»), Анна
    Белова …"): it takes no one named after it?"""
    return m.kind == "номинация" and m.scope is not None and m.scope[1] <= m.first_tok


def _inline_items(a: _Award) -> _Found:
    """ "Медалью … награждены: Абенов Ерлан – директор школы; Мусин Самат – аким …": the items
    after the first of a list written on one line after a colon, which the sentences cut at
    each semicolon; up to the item that ends otherwise, or one with an award of its own."""
    doc, si = a.ctx.doc, a.si
    s = doc.sents[si]
    if not _ends_with(doc, si, ";") or \
            not any(t.text == ":" for t in doc.toks[a.m.last_tok:s.last]):
        return []
    found: _Found = []
    for nxt in range(si + 1, min(len(doc.sents), si + 1 + _MAX_LIST_ITEMS)):
        if doc.starts_line(nxt) or _own_award(a, nxt):
            break
        found += _listed(a.ctx, nxt)
        if not _ends_with(doc, nxt, ";"):
            break
    return found


def _verb_award(a: _Award, p: Party, spans: Sequence[AwardCandidate]) -> AwardCandidate | None:
    """The award after a recipient that its own receiving or passive verb gives it, when a
    comma parts it from the award before ("Лучшие получили благодарности, а координатор
    Максим Ершов был награжден знаком «…»"): the verb stands between the recipient and that
    award, with no other party."""
    doc = a.ctx.doc
    before = [x for x in spans if x.last_tok <= p.first]
    after = [x for x in spans if x.first_tok >= p.last]
    if before and after and any(t.text == "," for t in doc.toks[before[-1].last_tok:p.first]):
        if _gapped(a, p, after[0]):
            return after[0]
        verb = _receiving_verb(a, p.last, after[0].first_tok)
        if verb is not None and _no_party(a, p.last, verb):
            return after[0]
    return None


_GAP_DASHES = frozenset({"—", "–", "-"})
_MAX_GAP_VERB = 2


def _gapped(a: _Award, p: Party, award: AwardCandidate) -> bool:
    """Is a dative recipient after a comma followed by a dash standing for the giving verb, or
    by a giving verb of its own, and then the award: its recipient ("…вручена грамота акима, а
    Марату Исину – медаль «…»", "…, а Андрею Павлову объявили благодарность министра")? So is
    a nominative one after a dash standing for a receiving verb ("…получил грамоту, а Мария
    Соколова – медаль «…»")."""
    doc = a.ctx.doc
    between = doc.toks[p.last:award.first_tok]
    if not between or len(between) > _MAX_GAP_VERB:
        return False
    if len(between) == 1 and between[0].text in _GAP_DASHES and not a.verbs[1] and \
            _case(doc, p) == "nomn":
        return True  # "Иван Петров получил грамоту, а | Мария Соколова – медаль «…»"
    if "datv" not in _shared_cases(doc.toks[p.first:p.last]):
        return False
    if len(between) == 1 and between[0].text in _GAP_DASHES:
        return True
    return all(a.ctx.lex.recipient_verbs.get(t.lemma) == "give" and t.pos in _PREDICATES
               for t in between)


def _receives(a: _Award, p: Party, spans: Sequence[AwardCandidate]) -> bool:
    """Does a nominative party receive an award by its own verb, in a sentence whose active
    giving verb would make it the giver: before the verb ("…, а Анна Смирнова получила
    медаль") or after it ("…, а медаль получили Анна Ким и Ерлан Сейтов")?"""
    if _verb_award(a, p, spans) is not None:
        return True
    if p.last <= a.m.first_tok:
        # "Иван Петров вручил цветы, а | Мария Соколова получила премию …": its own verb
        # right after it, before the award
        verb = _receiving_verb(a, p.last, a.m.first_tok)
        if verb is not None and _bare_stretch(a, p.last, verb):
            return True
    before = [x for x in spans if x.last_tok <= p.first]
    if not before:
        return False
    verb = _receiving_verb(a, before[-1].last_tok, p.first)
    return verb is not None and (_only_parties(a, verb + 1, p.first) or
                                 _titled_subject(a, p, verb + 1))


def _titled_subject(a: _Award, p: Party, first: int) -> bool:
    """Does the name follow only its title right after the verb, no clause bound, verb or other
    party between ("…, а медаль получила | ветеран труда | Мария Сомова")?"""
    toks = a.ctx.doc.toks[first:p.first]
    return len(toks) <= _MAX_SUBJECT_TITLE and all(
        t.text not in _CLAUSE_ENDS and t.pos not in _PREDICATES for t in toks) and \
        all(q.in_title for q in a.ctx.parties_in(first, p.first, titles_ok=True))


_MAX_SUBJECT_TITLE = 10


def _receiving_verb(a: _Award, first: int, last: int) -> int | None:
    """The first verb of tokens [first, last) by which its subject receives an award
    ("получила", "был награжден", "вручается")."""
    for t in a.ctx.doc.toks[first:last]:
        role = a.ctx.lex.recipient_verbs.get(t.lemma)
        if role in ("give", "get") and t.pos in _PREDICATES and a.ctx.gives(t) and (
                role == "get" or t.pos == "PRTS" or t.low.endswith(("ся", "сь"))):
            return t.i
    return None


def _bare_stretch(a: _Award, first: int, last: int) -> bool:
    """Do tokens [first, last) hold words only, no party and no clause bound ("Мария Соколова |
    вчера | получила")?"""
    return _no_party(a, first, last) and not any(
        t.text in _CLAUSE_ENDS for t in a.ctx.doc.toks[first:last])


def _no_party(a: _Award, first: int, last: int) -> bool:
    return all(a.ctx.party_at.get(k) is None for k in range(first, last))


def _only_parties(a: _Award, first: int, last: int) -> bool:
    """Do tokens [first, last) hold parties joined by commas and "и" only ("Анна Ким и |
    Ерлан …"), or nothing?"""
    k = first
    while k < last:
        p = a.ctx.party_at.get(k)
        if p is not None:
            k = max(p.last, k + 1)
        elif a.ctx.doc.toks[k].text in (",", "и"):
            k += 1
        else:
            return False
    return True


def _listed(ctx: _Context, si: int) -> _Found:
    """The recipients a sentence after the award names; a line that names without a verb
    names its last person, or the one that opens it, in any case ("Директор АО «…» Зауреш
    Аманжолова.", "Козловой Т. С. — акушерке;")."""
    doc = ctx.doc
    s = doc.sents[si]
    words = [t.i for t in doc.toks[s.first:s.last] if t.is_word()]
    verbless = not any(doc.toks[i].pos in _FINITE for i in words)
    return [(p.first, p.ref) for p in ctx.parties_in(s.first, s.last)
            if (_recipient_case(_case(doc, p)) or (verbless and p.person and words and (
                p.last > words[-1] or p.first == words[0])))
            and not ctx.complement(p)]


def _list_after_intro(a: _Award) -> list[_Found]:
    """ "Победителями стали следующие НПО:" and the list's items."""
    doc, si = a.ctx.doc, a.si
    intro = None
    if _ends_with(doc, si, ":"):
        intro = si
    elif si + 1 < len(doc.sents) and _ends_with(doc, si + 1, ":") and not any(
            a.ctx.sent_of(x.first_tok) == si + 1 for x in a.ctx.awards):
        intro = si + 1
    if intro is None:
        return []
    found = [r for item in _list_items(doc, intro) if not _own_award(a, item)
             for r in _listed(a.ctx, item)]
    return [found] if found else []


def _inline_list(a: _Award) -> list[_Found]:
    """ "Почетной грамотой награждены: | Ивановой Г. Г., санитарке; | Козловой Т. С., акушерке;
    …": the items after the award sentence's colon, on its line, each without a verb of its
    own (their names in any case: the tagger reads no case from a list)."""
    doc, toks = a.ctx.doc, a.ctx.doc.toks
    s = doc.sents[a.si]
    colon = next((t.i for t in toks[a.m.last_tok:s.last] if t.text == ":"), None)
    if colon is None or any(t.pos in _FINITE for t in toks[colon + 1:s.last]):
        return []
    spans = [(colon + 1, s.last)]
    si = a.si + 1
    while si < len(doc.sents) and si - a.si <= _MAX_LIST_ITEMS and \
            _ends_with(doc, si - 1, ";") and not doc.starts_line(si):
        nxt = doc.sents[si]
        if any(t.pos in _FINITE for t in toks[nxt.first:nxt.last]):
            break
        spans.append((nxt.first, nxt.last))
        si += 1
    found = [(p.first, p.ref) for first, last in spans for p in a.ctx.parties_in(first, last)
             if p.person and not a.ctx.complement(p)]
    return [found] if found else []


def _own_award(a: _Award, si: int) -> bool:
    """A list item that names an award of its own, not a nomination nor an honorary title the
    person holds: its recipients are that award's ("… награждён орденом Почёта президент
    банка Иван Петров")."""
    s = a.ctx.doc.sents[si]
    return any(s.first <= x.first_tok < s.last and x.kind != "номинация" and x is not a.m
               and x.mode not in TITLE_MODES for x in a.ctx.awards)


def _following_marker(a: _Award) -> list[_Found]:
    """ "Среди них учитель Ирина Волкова …": the sentences after it that start with a marker of
    data/award_markers.txt, up to the next award."""
    doc, si = a.ctx.doc, a.si
    found: _Found = []
    for nxt in range(si + 1, min(len(doc.sents), si + 1 + _FOLLOW_WINDOW)):
        ns = doc.sents[nxt]
        if any(ns.first <= x.first_tok < ns.last for x in a.ctx.awards):
            break
        head = " ".join(t.low.replace("ё", "е")
                        for t in doc.toks[ns.first:min(ns.last, ns.first + 3)])
        if any(where == "follow" and (head + " ").startswith(phrase + " ")
               for phrase, where in a.ctx.lex.award_markers.items()):
            found += _listed(a.ctx, nxt)
    return [found] if found else []


def _plural_anaphora(a: _Award) -> list[_Found]:
    """ "Лауреатами стали Анна Белова и Петр Гусев. Им вручили дипломы": a sentence that opens
    with a plural pronoun of ``data/award_markers.txt`` (plural_anaphor) and names no one
    stands for the people the sentence before names as subjects or objects, two or more."""
    doc, ctx = a.ctx.doc, a.ctx
    s = doc.sents[a.si]
    if a.si == 0 or ctx.lex.award_markers.get(doc.toks[s.first].low) != "plural_anaphor" or \
            any(p.person for p in ctx.parties_in(s.first, s.last)):
        return []
    prev = doc.sents[a.si - 1]
    people = [p for p in ctx.parties_in(prev.first, prev.last) if p.person and
              _recipient_case(_case(doc, p)) and not ctx.relative(p)]
    return [[(p.first, p.ref) for p in people]] if len(people) > 1 else []


# Who received an award mention, in order: the first rule that decides wins (a rule that
# decides on nobody, [[]], ends the search too).
RULES: tuple[Rule[_Award, _Found], ...] = (
    Rule("nomination_scope", _nomination_scope),
    # "премий удостоены" with neither a holder nor a recipient verb: nobody
    Rule("lone_reference", lambda a: [[]] if a.m.ref and a.holder is None and not a.verbs[0]
         else []),
    Rule("predicate", _predicate),
    Rule("holder_after", _holder_after),
    Rule("title_complement", _title_complement),
    Rule("title_object", _title_object),
    Rule("holder_before", _holder_before),
    # "Она — лауреат премии …": the person named before
    Rule("holder_anaphora", lambda a: a.antecedent() if a.held else []),
    Rule("holder_unnamed", lambda a: [[]] if a.held else []),
    Rule("possessor", _possessor),
    Rule("conferral", _conferral),
    Rule("no_recipient_verb", lambda a: [] if a.verbs[0] else [[]]),
    Rule("recipient_verb", _recipient_verb),
    Rule("plural_anaphora", _plural_anaphora),
    Rule("list_after_intro", _list_after_intro),
    Rule("inline_list", _inline_list),
    Rule("following_marker", _following_marker),
    # "она удостоилась премии", "Награждён орденом …" without a subject: the topic of the
    # sentences before (a subject before its verb), else the article's main person
    Rule("anaphora", lambda a: a.antecedent()),
)


def _mention_recipients(ctx: _Context, m: AwardCandidate, same_sent: list[AwardCandidate]
                        ) -> _Found:
    """The recipients of one award mention, each named by the rule of ``RULES`` that found
    it."""
    si = ctx.sent_of(m.first_tok)
    a = _Award(ctx, m, same_sent, si, ctx.holder(m), ctx.verbs(si))
    decided = first_match(RULES, a)
    if decided is None:
        return [(at, replace(r, rule="group")) for at, r in _group(a)]
    rule, found = decided
    if not found:
        # "Лауреатами стали шесть меценатов. … Среди награжденных — Марат Жолдасов": the
        # recipients a sentence left unnamed, named by a marker after it
        found, rule = next(iter(_following_marker(a)), []), "following_marker"
    if not found and rule not in _NOBODY:
        found, rule = _group(a), "group"
    return [(at, replace(r, rule=rule)) for at, r in found]


# the rules that decide no one receives the award
_NOBODY = frozenset({"lone_reference", "no_recipient_verb", "conferral"})
_EACH = ("каждый", "каждая")


def _group(a: _Award) -> _Found:
    """A holder noun of ``data/award_markers.txt`` (group) in the plural, or after "каждый",
    that stands for the recipients of an award whose sentence names no one: the people the
    text gives it as their title ("Победителям вручены дипломы", "Каждый призер получит
    премию")."""
    found = a.ctx.group_word(a.si)
    return [] if found is None else [(found[0], Recipient(-1, group=found[1]))]


# the items one list intro may announce, at most (a decree's list of hundreds of names stays
# whole; a text of nothing but intros costs linear time, not quadratic)
_MAX_LIST_ITEMS = 400


def _list_items(doc: Doc, intro: int) -> list[int]:
    """The sentences of the list an intro sentence ending with ':' announces: each on its own
    line, all of one shape (the same bullet; a dash in each when the first has one). An item
    ending otherwise than with ';', ',' or ':' ends the list, unless it names without a verb
    ("Народная артистка Жания Аубакирова.") and so does the next; a sentence with a verb
    ending with ':' opens a list of its own."""
    out: list[int] = []
    bullet = None
    dashed = None
    for si in range(intro + 1, min(len(doc.sents), intro + 1 + _MAX_LIST_ITEMS)):
        s = doc.sents[si]
        if s.chrome or not doc.starts_line(si):
            break
        has_dash = any(t.text in ("—", "–") for t in doc.toks[s.first + 1:s.last])
        verbless = not any(t.pos in _FINITE for t in doc.toks[s.first:s.last])
        if not verbless and _ends_with(doc, si, ":"):
            break  # an intro of its own opens the next list ("Грамоты получили:")
        if bullet is None:
            bullet, dashed = _bullet(doc, si), has_dash
        elif _bullet(doc, si) != bullet or (dashed and not has_dash) or \
                (not verbless and not _ends_with(doc, out[-1], ";,:")):
            break
        out.append(si)
        if not (_ends_with(doc, si, ";,:") or verbless):
            break
    return out


# ---------------------------------------------------------------- recipients a sentence later

def _refers_back(ctx: _Context, si: int, target: frozenset[str] = frozenset()) -> bool:
    """A sentence without an award of its own that gives the award of the sentence before:
    a recipient verb with a holder noun ("Победителями стали …"; a naming verb too:
    "Победительницей признана …"), a generic award word that
    refers back ("Аналогичных наград удостоены …", not "Также награду получила …"), a
    pronoun ("Его получили …") or a passive giving verb that opens it ("Награждены …"), or
    the head word of the award before, ``target`` its lemmas ("Такие же письма получили …")."""
    doc = ctx.doc
    s = doc.sents[si]
    toks = doc.toks[s.first:s.last]
    if s.chrome or not (ctx.verbs(si)[0] or _named_holder(ctx, toks)):
        return False
    giving = any(ctx.lex.recipient_verbs.get(t.lemma) in ("give", "get") for t in toks)
    gives = {t.lemma for t in toks if ctx.lex.recipient_verbs.get(t.lemma) == "give"}
    if toks and toks[0].pos == "PRTS" and ctx.lex.recipient_verbs.get(toks[0].lemma) == "give" \
            and ctx.gives(toks[0]):
        return True  # "… вручили благодарственные письма. Награждены Анна Белова, …"
    pronoun = False
    for t in toks:
        p = ctx.party_at.get(t.i)
        if p is not None and _recipient_case(_case(doc, p)) and \
                not (p.first > s.first and doc.toks[p.first - 1].pos == "PREP"):
            break  # the pronoun or holder stands before the recipients ("Кроме Петрова …")
        if t.pos == "NOUN" and (t.lemma in ctx.lex.award_holders or ctx.generic(t) and (
                _same_before(ctx, t.i) or _given_award(t, gives)) or
                t.lemma in ctx.award_heads and t.lemma in target and _same_before(ctx, t.i)):
            nxt = doc.toks[t.i + 1] if t.i + 1 < s.last else t
            # not "обладателем Кубка УЕФА": a holder of an award it names itself; not
            # "победителем областного этапа конкурса": of a thing it names, not the award
            return not (nxt.text[:1].isupper() or nxt.text in "«\"„“" or
                        _holds_other(ctx, t.i + 1, s.last, target))
        if ctx.lex.award_markers.get(t.low) == "back" and t.pos in ("NPRO", "ADJF"):
            pronoun = True
    return pronoun and giving  # "ее ведущим стал …" gives nothing


_CHAIN_POS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR"})
_MAX_HOLDER_CHAIN = 6  # words of the genitive phrase after a holder noun


def _holds_other(ctx: _Context, j: int, last: int, target: frozenset[str]) -> bool:
    """Does the genitive phrase right after a holder noun name another thing it holds: none of
    its nouns the head of the award before (``target``: its lemmas), and a contest among them
    or no competition that gives the award (data/competition_words.txt)? "победителем |
    областного этапа конкурса", "победителем | олимпиады"; not "лауреатами | этой премии",
    "победителем | турнира рапиристов" (the medal's), "победителями" alone."""
    toks = ctx.doc.toks
    nouns = []
    for t in toks[j:min(last, j + _MAX_HOLDER_CHAIN)]:
        if t.pos not in _CHAIN_POS or t.case != "gent":
            break
        if t.pos == "NOUN":
            nouns.append(t.lemma)
    if not nouns or any(n in target for n in nouns):
        return False
    contest = any(m == "contest" for n in nouns for _, _, m in ctx.lex.award_starts.get(n, ()))
    return contest or not any(n in ctx.lex.competitions for n in nouns)


def _counted(doc: Doc, t: Tok) -> bool:
    """Does a number stand right before the word ("64 | медика", "два | тренера")?"""
    prev = doc.toks[t.i - 1] if t.i > 0 else None
    return prev is not None and prev.is_count()


def _same_before(ctx: _Context, k: int) -> bool:
    """Does a word that makes the award word at ``k`` the one named before stand right before
    it ("Аналогичных | наград", "Такие же | письма"; data/award_markers.txt: same)?"""
    j = k - 1
    if j > 0 and ctx.doc.toks[j].low == "же":
        j -= 1
    return j >= 0 and ctx.lex.award_markers.get(ctx.doc.toks[j].lemma) == "same"


def _named_holder(ctx: _Context, toks: Sequence[Tok]) -> bool:
    """Does a verb that names (data/award_markers.txt: naming) give a holder noun in the
    instrumental ("Победительницей в основной номинации признана …")?"""
    return any(ctx.lex.award_markers.get(t.lemma) == "naming" and t.pos in _PREDICATES
               for t in toks) and \
        any(t.pos == "NOUN" and t.lemma in ctx.lex.award_holders and
            any("ablt" in p.grams for p in t.parses) for t in toks)


def _given_award(t: Tok, gives: AbstractSet[str]) -> bool:
    """A generic award word that a giving verb of its sentence (``gives``: their lemmas) gives,
    as its subject ("Награда по химии присуждена …", "награда вручается …") or after "удостоен"
    ("награды удостоены …"); not an object of "получить" ("Также награду получила …": another
    award)."""
    return bool(gives) and (t.case == "nomn" or t.case == "gent" and
                            bool(gives & {"удостоить", "удостаивать"}))


def _titles_only(cands: Sequence[AwardCandidate] | None) -> bool:
    """A sentence whose awards are all titles of the people it names ("золотой медалист
    Иван Петров"): it may still refer back to an award named before."""
    return cands is not None and all(c.mode in TITLE_MODES for c in cands)


def _intro_items(ctx: _Context, si: int, by_sent: dict[int, list[AwardCandidate]]
                 ) -> list[int]:
    """The list items after a sentence that names no award and no recipient, and announces
    them with a recipient verb and a colon ("Благодарности получили:", "Награждены:"); none
    for another sentence, or when an item names an award of its own."""
    doc, s = ctx.doc, ctx.doc.sents[si]
    if s.chrome or not _ends_with(doc, si, ":") or not ctx.verbs(si)[0] or \
            ctx.parties_in(s.first, s.last):
        return []
    items = _list_items(doc, si)
    if any(j in by_sent and not _titles_only(by_sent[j]) for j in items):
        return []
    return items


def _next_sentence(ctx: _Context, by_sent: dict[int, list[AwardCandidate]]
                   ) -> dict[int, _Found]:
    """ "Орден учрежден в 1994 году. Его получили артистка Анна Белова и …": the recipients a
    sentence without an award names, for the first award of the last sentence with one (at
    most ``_BACK_WINDOW`` sentences before), or for the award the sentence before referred
    back to ("Лауреатами по физике стали …. Награда по химии присуждена …"), and those of the
    list a sentence announces ("Благодарности получили:", ``_intro_items``); keyed by the
    award's first token."""
    doc = ctx.doc
    out: dict[int, _Found] = {}
    took: dict[int, int] = {}  # sentence → the first token of the award it referred back to
    for si in range(1, len(doc.sents)):
        if si in by_sent and not _titles_only(by_sent[si]):
            continue
        prev = next((j for j in range(si - 1, max(-1, si - 1 - _BACK_WINDOW), -1)
                     if j in by_sent and not _titles_only(by_sent[j])), None)
        target = took.get(si - 1, by_sent[prev][0].first_tok if prev is not None else None)
        if target is None:
            continue  # (first: a list is read only where an award stands near)
        items = _intro_items(ctx, si, by_sent)
        if not items and not _refers_back(ctx, si, frozenset(
                t.lemma for t in doc.toks[target:ctx.award_end.get(target, target)])):
            continue
        took[si] = target
        s = doc.sents[si]
        active_give = ctx.verbs(si)[1]
        found = [(p.first, replace(p.ref, rule="next_sentence"))
                 for p in ctx.parties_in(s.first, s.last)
                 if _recipient_case(_case(doc, p)) and not ctx.complement(p)
                 and not ctx.giver(p, active_give)]
        found += [(at, replace(r, rule="list_after_intro")) for item in items
                  for at, r in _listed(ctx, item)]
        if found:
            out.setdefault(target, []).extend(found)
    return out


# ---------------------------------------------------------------- the entry points

def award_facts(doc: Doc, lex: AwardLexicon, awards: Sequence[AwardCandidate],
                parties: Sequence[Party], trace: Trace | None = None) -> list[AwardFact]:
    """The award mentions of a document, each with the recipients its sentences name (with a
    trace, one "recipients" event per recipient, named by the rule that found it, at the
    word that names it)."""
    kept = sorted(awards, key=lambda c: c.first_tok)
    ctx = _Context(doc, lex, kept, parties)
    by_sent: dict[int, list[AwardCandidate]] = {}
    for c in kept:
        by_sent.setdefault(ctx.sent_of(c.first_tok), []).append(c)
    later = _next_sentence(ctx, by_sent)
    out = []
    for c in kept:
        found = _mention_recipients(ctx, c, by_sent[ctx.sent_of(c.first_tok)])
        found += later.get(c.first_tok, [])
        if trace is not None:
            for at, r in found:
                trace.add("recipients", r.rule, KEPT, at, at + 1)
        m = doc.tok_mention(c.first_tok, c.last_tok)
        recipients = tuple(replace(r, at=doc.tok_mention(at, at + 1).start) for at, r in found)
        out.append(AwardFact((m.start, m.stop), c.name, c.kind, c.conferred_by, c.year,
                             c.named, c.ref, c.word, c.pre, c.post, c.post_head, recipients,
                             c.rule, c.alias))
    return out


def award_records(text: str, awards: Sequence[AwardFact],
                  names_of: Callable[[Recipient], Sequence[str]], marks: Marks) -> list[Award]:
    """The awards of a text: mentions of one award merged, with their recipients' names."""
    out: list[Award] = []
    for e in _entities(awards):
        found = sorted(((r.at, r) for c in e.cands for r in c.recipients), key=lambda x: x[0])
        names = list(dict.fromkeys(n for _, r in found for n in names_of(r)))
        named = [c for c in e.cands if not c.ref] or e.cands
        c0 = min(named, key=lambda c: (not c.named, c.span[0]))  # a name over a bare word
        if c0.kind == "звание":  # the most specific form of an honorary title
            c0 = min(named, key=lambda c: (not _proper_tail(_title_words(c)),
                                           -len(_title_words(c)), c.span[0]))
        mentions = tuple(sorted({Mention(a, b, text[a:b]) for a, b in (c.span for c in e.cands)}))
        out.append(Award(
            c0.name, c0.kind, next((c.conferred_by for c in e.cands if c.conferred_by), None),
            next((c.year for c in e.cands if c.year), None), tuple(names), mentions,
            marks.rule(c0.rule), _aliases(e.cands, c0.name),
            marks.score("awards", (c.rule for c in e.cands), len(e.cands))))
    return _prize_of_nominations(out)


def _aliases(cands: Sequence[AwardFact], name: str) -> tuple[str, ...]:
    """The names the text gives an award that a table renamed ("серебро" of "серебряная
    медаль"), in the order of their mentions."""
    return tuple(dict.fromkeys(c.alias for c in sorted(cands, key=lambda c: c.span)
                               if c.alias and c.alias != name))


_PRIZES = ("премия", "конкурс", "приз", "фестиваль")


def _prize_of_nominations(awards: list[Award]) -> list[Award]:
    """The winners of the nominations that follow a prize or contest with no recipient of its
    own ("церемония вручения премии «Волонтер года» … Победу в номинации «…» одержала Анна
    Белова"), or none but winners of those nominations ("Премию в номинации «…» вручили ООО
    «…»"), are its recipients too."""
    out = list(awards)
    for i, a in enumerate(awards):
        if a.kind not in _PRIZES:
            continue
        names: list[str] = []
        for b in awards[i + 1:]:
            if b.kind != "номинация":
                break
            names += b.recipients
        if names and set(a.recipients) <= set(names):
            out[i] = replace(a, recipients=tuple(dict.fromkeys(names)))
    return out
