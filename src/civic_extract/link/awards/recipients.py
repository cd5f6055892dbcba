"""The recipient rules in order (``RULES``), who received each award mention, and
``award_facts``, the entry point the linker's run calls."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ...document import Doc
from ...extractors.awards import AwardCandidate
from ...lexicon import AwardLexicon
from ...rules import KEPT, Rule, Trace, first_match
from ..facts import AwardFact, Recipient
from .candidates import _recipient_verb
from .context import _Context
from .grammar import Party
from .holders import (
    _Award,
    _conferral,
    _Found,
    _holder_after,
    _holder_before,
    _nomination_scope,
    _possessor,
    _predicate,
    _title_complement,
    _title_object,
)
from .later import _following_marker, _next_sentence, _plural_anaphora
from .lists import _inline_list, _list_after_intro


def _whose_clause(a: _Award) -> list[_Found]:
    """An award in a clause of possession ("…, чьи воспитанники завоевали медали") that names
    no one between its pronoun and the award: the owner before the pronoun is not the one who
    received it, nobody is named."""
    opener = a.ctx.whose_clause(a.m.first_tok)
    if opener is None or a.ctx.parties_in(opener, a.m.first_tok):
        return []
    return [[]]


# Who received an award mention, in order: the first rule that decides wins (a rule that
# decides on nobody, [[]], ends the search too).
RULES: tuple[Rule[_Award, _Found], ...] = (
    # "…, «Металлург» — серебряные": the party before the dash of a gapped clause
    Rule("gapped_medal", lambda a: [] if a.m.rule != "gapped_medal" else [
        [] if (p := a.ctx.gapped_party(a.m)) is None else [(p.first, p.ref)]]),
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
    # "Иван Петров, чьи воспитанники завоевали десять медалей": his pupils', no one named
    Rule("whose_clause", _whose_clause),
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
    added: _Found = []
    if not found:
        # "Лауреатами стали шесть меценатов. … Среди награжденных — Марат Жолдасов": the
        # recipients a sentence left unnamed, named by a marker after it
        found, rule = next(iter(_following_marker(a)), []), "following_marker"
    elif rule == "recipient_verb":
        # "Крупнейший грант получила АНО «…». … Среди победителей также фонд «…»": the others
        added = next(iter(_following_marker(a, also=True)), [])
    if not found and rule not in _NOBODY:
        found, rule = _group(a), "group"
    return [(at, replace(r, rule=rule)) for at, r in found] + \
        [(at, replace(r, rule="following_marker")) for at, r in added]


# the rules that decide no one receives the award
_NOBODY = frozenset({"lone_reference", "no_recipient_verb", "conferral", "whose_clause",
                     "gapped_medal"})



def _group(a: _Award) -> _Found:
    """A holder noun of ``data/award_markers.txt`` (group) in the plural, or after "каждый",
    that stands for the recipients of an award whose sentence names no one: the people the
    text gives it as their title ("Победителям вручены дипломы", "Каждый призер получит
    премию"); one in the singular that opens the sentence stands for the one person the text
    gives that title ("Победитель получит премию губернатора")."""
    one = a.ctx.one_holder(a.si)
    if one is not None:  # the subject: "Победитель получит премию …, лауреаты — по …"
        return [(one[0], Recipient(-1, group=one[1], one=True))]
    found = a.ctx.group_word(a.si)
    return [] if found is None else [(found[0], Recipient(-1, group=found[1]))]


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
