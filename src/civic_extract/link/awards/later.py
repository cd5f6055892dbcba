"""Anaphora and later sentences: a plural pronoun opening a sentence (``plural_anaphora``),
the sentences after an award that start with a marker (``following_marker``), and the
sentences without an award that refer back to the one before (``next_sentence``)."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from ...document import Doc, Tok
from ...extractors.awards import AwardCandidate
from ...lexicon import TITLE_MODES
from .context import _BACK_WINDOW, _FOLLOW_WINDOW, _PREDICATES, _Context
from .grammar import _case, _counted, _recipient_case
from .holders import _Award, _Found
from .lists import _intro_items, _listed, _titles_only


def _following_marker(a: _Award, also: bool = False) -> list[_Found]:
    """ "Среди них учитель Ирина Волкова …": the sentences after it that start with a marker of
    data/award_markers.txt (follow; ranking, when the award's sentence counts its laureates and
    stands for no one named before: "Первое место заняла …"), up to the next award; with
    ``also``, only those whose marker a word of addition follows (another: "Среди победителей
    также …"), which add to the recipients the award's own sentence names."""
    doc, si = a.ctx.doc, a.si
    found: _Found = []
    # places name the laureates a sentence counts ("Лауреатами стали трое"), not the runners-up
    # of one winner ("Ему вручен кубок. Второе место занял …")
    ranked = not also and _counts_laureates(a.ctx, si) and not a.ctx.anaphor(si, a.m)
    kinds = ("follow", "ranking") if ranked else ("follow",)
    for nxt in range(si + 1, min(len(doc.sents), si + 1 + _FOLLOW_WINDOW)):
        ns = doc.sents[nxt]
        if any(ns.first <= x.first_tok < ns.last and a.ctx.whose_clause(x.first_tok) is None
               for x in a.ctx.awards):
            break  # (not an award of a clause of possession: "Среди них — Иван Петров, чьи
            # воспитанники завоевали медали")
        words = [t.low.replace("ё", "е")
                 for t in doc.toks[ns.first:min(ns.last, ns.first + _ALSO_REACH)]]
        head = " ".join(words[:3])
        if any(where in kinds and (head + " ").startswith(phrase + " ") and (
                not also or _adds(a.ctx, words[len(phrase.split()):]))
               for phrase, where in a.ctx.lex.award_markers.items()):
            outer = _unbracketed(doc, nxt)
            # not the head an organization's brackets name ("фонд «…» (руководитель — …)")
            found += [(at, r) for at, r in _listed(a.ctx, nxt) if at in outer]
    return [found] if found else []


def _unbracketed(doc: Doc, si: int) -> set[int]:
    """The tokens of sentence si outside brackets."""
    s = doc.sents[si]
    depth, out = 0, set()
    for t in doc.toks[s.first:s.last]:
        depth += (t.text == "(") - (t.text == ")")
        if depth <= 0:
            out.add(t.i)
    return out


_ALSO_REACH = 5  # words from a sentence's start to its marker's word of addition


def _adds(ctx: _Context, after: Sequence[str]) -> bool:
    """Does a word of addition (data/award_markers.txt: another) follow a marker, next to it or
    after the one word that names the contest ("Среди победителей конкурса также …")?"""
    return any(ctx.lex.award_markers.get(w) == "another" for w in after[:2])


def _counts_laureates(ctx: _Context, si: int) -> bool:
    """Does sentence si count people or a body's members outside an award's name ("стали трое
    исследователей", "вручили трем ученым", "две команды")?"""
    s = ctx.doc.sents[si]
    return any(t.pos == "NOUN" and t.parse is not None and
               ("anim" in t.parse.grams or t.lemma in ctx.lex.collectives) and
               _counted(ctx.doc, t) and not ctx.in_award.overlaps((t.i, t.i + 1))
               for t in ctx.doc.toks[s.first:s.last])


def _plural_anaphora(a: _Award) -> list[_Found]:
    """ "Лауреатами стали Анна Белова и Петр Гусев. Им вручили дипломы": a sentence that opens
    with a plural pronoun of ``data/award_markers.txt`` (plural_anaphor) and names no one
    stands for the people the sentence before names as subjects or objects, two or more."""
    doc, ctx = a.ctx.doc, a.ctx
    s = doc.sents[a.si]
    opener = " ".join(t.low for t in doc.toks[s.first:min(s.last, s.first + 3)])
    if a.si == 0 or "plural_anaphor" not in (ctx.lex.award_markers.get(doc.toks[s.first].low),
                                             ctx.lex.award_markers.get(opener)) or \
            any(p.person for p in ctx.parties_in(s.first, s.last)):
        return []
    prev = doc.sents[a.si - 1]
    people = [p for p in ctx.parties_in(prev.first, prev.last) if p.person and
              _recipient_case(_case(doc, p)) and not ctx.relative(p)]
    return [[(p.first, p.ref) for p in people]] if len(people) > 1 else []


# ---------------------------------------------------------------- recipients a sentence later

def _refers_back(ctx: _Context, si: int, target: frozenset[str] = frozenset()) -> bool:
    """A sentence without an award of its own that gives the award of the sentence before:
    a recipient verb with a holder noun ("Победителями стали …"; a naming verb too:
    "Победительницей признана …"), a generic award word that
    refers back ("Аналогичных наград удостоены …", not "Также награду получила …"), a
    pronoun ("Его получили …") or a passive giving verb that opens it ("Награждены …"), a verb
    of winning after a competition award ("Победу одержал …", data/award_markers.txt: win), or
    the head word of the award before, ``target`` its lemmas ("Такие же письма получили …")."""
    doc = ctx.doc
    s = doc.sents[si]
    toks = doc.toks[s.first:s.last]
    if s.chrome or not (ctx.verbs(si)[0] or _named_holder(ctx, toks)):
        return False
    if _wins(ctx, toks, target) or _funds_got(ctx, toks, target):
        return True  # "Прошел Кубок города по гребле. Победу одержал …"
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


def _wins(ctx: _Context, toks: Sequence[Tok], target: AbstractSet[str]) -> bool:
    """Has a sentence a verb of winning (data/award_markers.txt: win) after a competition award
    (``target``, its lemmas: a cup, data/competition_words.txt)? Its subjects won it."""
    return bool(target & ctx.lex.competitions) and any(
        ctx.lex.award_markers.get(t.lemma) == "win" and t.pos in _PREDICATES for t in toks)


def _funds_got(ctx: _Context, toks: Sequence[Tok], target: AbstractSet[str]) -> bool:
    """After a funded award (``target``, its lemmas: a grant, data/award_funds.txt: funded),
    does a noun of money or support (funds) stand as the object of a verb of getting
    ("Наибольшую сумму получит …", "Поддержку также получили …")? Its subjects got it."""
    funds = ctx.lex.funds
    return any(funds.get(w) == "funded" for w in target) and any(
        t.pos == "NOUN" and funds.get(t.lemma) == "funds" and t.case == "accs" and
        not _governed(ctx.doc, t.i) for t in toks) and any(
        ctx.lex.recipient_verbs.get(t.lemma) == "get" and t.pos in _PREDICATES for t in toks)


def _governed(doc: Doc, k: int) -> bool:
    """Does a preposition govern the noun at ``k``, over its modifiers ("на | эти средства")?"""
    j = k - 1
    while j >= 0 and doc.toks[j].pos in _CHAIN_POS - {"NOUN"} | {"NPRO"}:
        j -= 1
    return j >= 0 and doc.toks[j].pos == "PREP"


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


def _descriptions_only(ctx: _Context, cands: Sequence[AwardCandidate]) -> bool:
    """A sentence whose awards all describe the people it names: their titles ("золотой
    медалист Иван Петров") or the objects of participles ("завоевавшая серебро пловчиха
    Мария Котова"): it may still refer back to an award named before."""
    toks = ctx.doc.toks
    return all(c.mode in TITLE_MODES or c.first_tok > 0 and toks[c.first_tok - 1].pos == "PRTF"
               and toks[c.first_tok - 1].sent == toks[c.first_tok].sent for c in cands)


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
        if si in by_sent and not _descriptions_only(ctx, by_sent[si]):
            continue
        prev = next((j for j in range(si - 1, max(-1, si - 1 - _BACK_WINDOW), -1)
                     if j in by_sent and not _titles_only(by_sent[j])), None)
        target = took.get(si - 1, by_sent[prev][0].first_tok if prev is not None else None)
        if target is None:
            continue  # (first: a list is read only where an award stands near)
        items = _intro_items(ctx, si, by_sent)
        lemmas = frozenset(t.lemma for t in doc.toks[target:ctx.award_end.get(target, target)])
        if not items and not _refers_back(ctx, si, lemmas):
            continue
        took[si] = target
        s = doc.sents[si]
        active_give = ctx.verbs(si)[1]
        # a winner is the subject: "Победу одержал Иван Петров, опередивший Петра Гусева"
        cases = ("nomn", None) if _wins(ctx, doc.toks[s.first:s.last], lemmas) or \
            _funds_got(ctx, doc.toks[s.first:s.last], lemmas) else None
        found = [(p.first, replace(p.ref, rule="next_sentence"))
                 for p in ctx.parties_in(s.first, s.last)
                 if _recipient_case(_case(doc, p)) and not ctx.complement(p)
                 and not ctx.giver(p, active_give) and (cases is None or _case(doc, p) in cases)]
        found += [(at, replace(r, rule="list_after_intro")) for item in items
                  for at, r in _listed(ctx, item)]
        if found:
            out.setdefault(target, []).extend(found)
    return out
