"""The recipient candidates of a sentence with a recipient verb (``_candidates``): the parties
that may receive, by their case and clause, and ``_recipient_verb``, the rule that gives them
to the awards of the sentence."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ...document import Doc, Tok
from ...extractors.awards import AwardCandidate
from ...extractors.people import past_origin
from ...lexicon import TITLE_MODES
from .constructions import (
    _after_passive,
    _dative_after_object,
    _may_be,
    _org_after_get_verb,
    _receives,
    _receiving_verb,
    _reporter,
    _subject_of_verb_before,
    _titled_giver,
    _verb_award,
)
from .context import _PREDICATES, _Context
from .grammar import Party, _case, _collective_case, _recipient_case, _shared_cases
from .holders import _Award, _Found
from .lists import _inline_items


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
    apart = _set_apart(a, parties, spans)
    naming = _active_naming(a)
    for p in [q for q in parties if q.first not in apart]:
        if _reporter(doc, p, a.m):
            continue  # "Иван Петров напомнил, что звание получили 64 человека": he tells it
        if _relative_receiver(a, p):
            cands.append(p)  # "отметили работу фонда «…», который выиграл грант …"
            continue
        if _other_clause(a, p):
            continue  # "Иван Петров выступил с речью, а Мария Соколова получила медаль"
        if _titled_giver(a, p):
            continue  # "гранты губернатора получат … Губернатор области Иван Петров …": he gives
        if not p.person and a.ctx.bracketed(p) and p.ref.organization is not None and \
                a.ctx.named_before(p):
            continue  # "…, директор Института прикладной физики (ИПФ)": its short name
        case = _collective_case(a.ctx, p) or a.ctx.kind_case(p) or _case(doc, p)
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
        if getting and case == "accs" and not naming or a.ctx.gerund_object(p):
            continue  # "Кличко защитил титул, победив Чисору": who gets it is the subject
        if a.ctx.relative(p):
            clause = True
            continue  # "…получил фонд, которым руководит Анна Белова": not hers
        if (_recipient_case(case) and not a.ctx.giver(p, active_give, case if given else None) or
                case == "ablt" and p.person and not active_give and a.ctx.co_recipient(p)) and \
                not a.ctx.complement(p):
            cands.append(p)
    return cands, clause


def _active_naming(a: _Award) -> bool:
    """Has the sentence an active naming verb (data/award_markers.txt: naming), whose object
    is the one named the winner ("Лучшей в номинации «…» жюри признало Анну Смирнову")?"""
    s = a.ctx.doc.sents[a.si]
    return any(a.ctx.lex.award_markers.get(t.lemma) == "naming" and t.pos == "VERB" and
               not t.low.endswith(("ся", "сь")) for t in a.ctx.doc.toks[s.first:s.last])


def _set_apart(a: _Award, parties: Sequence[Party], spans: Sequence[AwardCandidate]
               ) -> set[int]:
    """The first tokens of the parties that do not receive the award for another's sake: the
    owner before "чей" ("Иван Петров, чья ученица Анна Белова завоевала медаль") and the party
    of another medal's gapped clause ("…, «Металлург» — серебряные")."""
    whose = a.ctx.whose_clause(a.m.first_tok)
    out = {q.first for x in spans if x is not a.m and (q := a.ctx.gapped_party(x))}
    return out | {p.first for p in parties if whose is not None and p.last <= whose}


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
