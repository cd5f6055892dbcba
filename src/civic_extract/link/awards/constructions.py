"""Passive and active constructions around a name: a passive participle before it, a
dative after a given object, the subject of a verb before it, a receiving verb whose award
comes after a comma ("…, а Максим Ершов был награжден знаком «…»"), and the people who only
report or quote the award (a speaker, "Как рассказал …")."""

from __future__ import annotations

from collections.abc import Sequence

from ...agreement import undeclined_surname
from ...document import Doc
from ...extractors.awards import AwardCandidate
from .context import _CLAUSE_ENDS, _PREDICATES
from .grammar import Party, _case, _shared_cases
from .holders import _GAP_DASHES, _Award


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
    if len(before) > 1 and not after and _own_clause(a, before[-1], p):
        return before[-1]
    return None


def _own_clause(a: _Award, award: AwardCandidate, p: Party) -> bool:
    """Does a comma open the clause of the last award before a recipient named after all the
    awards of its sentence, the awards before it having a predicate of their own before that
    comma, and a verb of giving or receiving stand between it and the recipient, with no other
    party ("Победителям вручили кубок, а серебряные медали получили игроки «…»", "Победители
    награждены кубком, серебряные медали вручены игрокам «…»"; not a list of awards: "Кубок,
    медали и дипломы вручены …")?"""
    toks = a.ctx.doc.toks
    s = a.ctx.doc.sents[a.si]
    comma = award.first_tok - 1
    if comma > s.first and toks[comma].low in ("а", "и"):
        comma -= 1
    if comma <= s.first or toks[comma].text != "," or \
            not any(t.pos in _PREDICATES for t in toks[s.first:comma]):
        return False
    return _no_party(a, award.last_tok, p.first) and any(
        a.ctx.lex.recipient_verbs.get(t.lemma) in ("give", "get") and t.pos in _PREDICATES
        for t in toks[award.last_tok:p.first])
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


def _titled_giver(a: _Award, p: Party) -> bool:
    """Is the person the award's giver, named by the title the award names it by, right before
    or after the name ("гранты губернатора получат … Губернатор Тюменской области | Александр
    Моор подписал …", "премия акима …, | Иван Петров, аким района, вручил …")? The title's
    words after its head must not name another body than the award's ("письмо главы области"
    is not given by "глава района")."""
    giver = (a.m.conferred_by or "").lower().split()
    if not p.person or not giver:
        return False
    toks, si = a.ctx.doc.toks, a.ctx.sent_of(p.first)
    before = [t for t in toks[max(0, p.first - _TITLE_WINDOW):p.first] if t.sent == si]
    after = toks[p.last + 1:p.last + 1 + _TITLE_WINDOW] \
        if p.last < len(toks) and toks[p.last].low == "," else []
    for span in (before, after):
        for k, t in enumerate(span):
            if t.lemma == giver[0] and t.pos == "NOUN" and (
                    len(giver) < 2 or k + 1 >= len(span) or span[k + 1].low[:4] == giver[1][:4]):
                title = span[k:] if span is before else span[:k + 1]
                return all(x.sent == si and x.pos in _TITLE_POS and
                           not a.ctx.in_award.overlaps((x.i, x.i + 1)) for x in title)
    return False


_TITLE_WINDOW = 4  # the words of a title before or after a name, its head first
_TITLE_POS = frozenset({"NOUN", "ADJF", "PREP"})
