"""One award mention as the rules see it (``_Award``) and the rules that decide before the
recipient verb: a nomination's stretch of the line, a predicate of a linking verb, holder
nouns (after, before, a title's complement or object), a possessor and a noun of giving
(conferral)."""

from __future__ import annotations

from dataclasses import dataclass

from ...document import Doc
from ...extractors.awards import AwardCandidate
from ...lexicon import TITLE_MODES
from ...quotes import QUOTES
from ..facts import Recipient
from .context import _CLAUSE_ENDS, _PREDICATES, _Context
from .grammar import Party, _case

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
    title of a person in the accusative or dative that a verb right before it takes as its
    object (over a numeral: "воспитал двух | чемпионов"; over adjectives: "уступил | бывшему
    чемпиону мира") names someone the text does not name (a name
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
    while not counted and word is not None and j > s.first and toks[j].pos == "ADJF" and \
            toks[j].case == word.case:
        j -= 1  # "уступил | бывшему | чемпиону мира"
    if j < s.first or word is None or toks[j].pos not in _OBJECT_TAKERS or \
            word.parse is None or "anim" not in word.parse.grams or \
            word.case not in (("gent", "accs") if counted else ("accs", "datv")):
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


_GAP_DASHES = frozenset({"—", "–", "-"})
