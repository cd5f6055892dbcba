"""The rule table ``RULES`` stage by stage, the stage finders (``_STAGES``) and
``extract_organizations``, which runs the rules with the vetoes over a ``context._Ctx``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from ...document import Doc
from ...lexicon import OrgLexicon
from ...rules import Rule, Trace, run
from ...text.morph import Morphology
from ..phrase import distributed, is_opening
from .bodies import _bodies, _institutions, _numbered
from .candidate import (
    _DOMAINS,
    _KNOWN,
    _NER,
    _OWNED,
    _QUOTED,
    OrgCandidate,
    _Found,
    _Order,
    _written,
)
from .context import _Ctx, _State
from .known import _domain_stage, _known_parents, _known_stage
from .ner import _bracket_aliases, _ner_spans, _ner_stage
from .quoted import _owned_stage, _quoted_stage
from .vetoes import VETOES
from .words import _RELATIONAL, _word_kind


def _with_relational(doc: Doc, o: OrgCandidate) -> OrgCandidate:
    """The mention of a name takes a lowercase relational adjective of a place or a people
    right before it: "японского МИДа", "мюнхенской Баварии", "российского Минсельхоза", before
    its quotes too: "московского «Центра»" (the name stays without it)."""
    k = o.first_tok - 1
    if k < 0 or not doc.toks[o.first_tok].text[:1].isupper():
        return o
    if is_opening(doc, k):
        k -= 1
        if k < 0:
            return o
    t = doc.toks[k]
    if t.sent != doc.toks[o.first_tok].sent or t.parse is None or t.parse.pos != "ADJF" or \
            not _RELATIONAL.match(t.text):
        return o
    return replace(o, first_tok=k)


def _with_directorate(doc: Doc, o: OrgCandidate, lex: OrgLexicon) -> OrgCandidate:
    """ "ГУ МВД": a directorate's abbreviation right before a body's abbreviation names the
    directorate (data/directorate_prefixes.txt), in its name and mention."""
    k = o.first_tok - 1
    first = doc.toks[o.first_tok]
    if k < 0 or o.form is not None or doc.toks[k].text not in lex.directorate_prefixes or \
            doc.toks[k].sent != first.sent or not (len(first.text) > 1 and first.text.isupper()):
        return o
    return replace(o, first_tok=k, name_first=k, name=f"{doc.toks[k].text} {o.name}")



_STAGES: dict[int, Callable[[_Ctx], list[_Found]]] = {
    _QUOTED: _quoted_stage, _NER: _ner_stage, _OWNED: _owned_stage,
    _DOMAINS: _domain_stage, _KNOWN: _known_stage,
}


def _distributed_words(c: _Ctx) -> Iterator[_Found]:
    """Organizations that share one plural organization word (or a plural noun the NER ends an
    organization with), its lowercase adjectives shared too: "Ленинский и Советский районные
    суды", "в Оксфордском и Стэнфордском университетах", "Лебединский и Михайловский
    горно-обогатительные комбинаты" give one each, named in the singular."""
    for h, t in enumerate(c.doc.toks):
        noun = next((p for p in t.parses if p.pos == "NOUN" and "plur" in p.grams and
                     _word_kind(p.normal, c.lex) is not None), None)
        kind = _word_kind(noun.normal, c.lex) if noun is not None else \
            "other" if t.ner == "ORG" else None
        if kind is None:
            continue
        for j, (a, b, name) in enumerate(distributed(c.doc, c.morph, h, shared_modifiers=True,
                                                     noun=noun)):
            yield _Found("distributed_org_word", OrgCandidate(a, b, name, None, None, kind, a, b),
                         (_QUOTED, h, j - len(c.doc.toks)), checked=name)


def _stage_rule(stage: int, name: str) -> Rule[_Ctx, _Found]:
    """A rule whose candidates its stage finds (with those of the stage's other rules)."""
    return Rule(name, lambda c: [f for f in c.stage(stage) if f.rule == name])


# The constructions, stage by stage (see the module's docstring).
RULES: tuple[Rule[_Ctx, _Found], ...] = (
    Rule("distributed_org_word", _distributed_words),
    _stage_rule(_QUOTED, "legal_form_quoted"),
    _stage_rule(_QUOTED, "legal_form_list"),
    _stage_rule(_QUOTED, "legal_form_holder"),
    _stage_rule(_QUOTED, "org_word_quoted"),
    _stage_rule(_QUOTED, "org_word_list"),
    _stage_rule(_NER, "ner_org"),
    _stage_rule(_NER, "ner_body_loc"),
    _stage_rule(_NER, "ner_with_place"),
    _stage_rule(_NER, "ner_named_after"),
    _stage_rule(_NER, "ner_with_parent"),
    _stage_rule(_NER, "ner_po_complement"),
    _stage_rule(_NER, "ner_field"),
    _stage_rule(_NER, "ner_legal_form"),
    _stage_rule(_NER, "ner_nested_body"),
    _stage_rule(_NER, "ner_quoted_parent"),
    Rule("ner_bracket_alias", _bracket_aliases),  # after the parts: reads which were kept
    _stage_rule(_OWNED, "quoted_after_person_noun"),
    _stage_rule(_OWNED, "quoted_after_unit"),
    _stage_rule(_OWNED, "quoted_after_cue"),
    _stage_rule(_DOMAINS, "news_domain"),
    _stage_rule(_KNOWN, "known_org"),
    _stage_rule(_KNOWN, "known_org_cued"),
    _stage_rule(_KNOWN, "known_org_inner"),
    _stage_rule(_KNOWN, "known_org_quoted"),
    Rule("known_parent", _known_parents),  # reads the names kept before it
    Rule("lowercase_body", _bodies),  # reads the words its own candidates claim
    Rule("numbered_institution", _numbered),
    Rule("institution_abbreviation", _institutions),
)


def extract_organizations(doc: Doc, morph: Morphology, lex: OrgLexicon,
                          quoted: set[int] | None = None,
                          trace: Trace | None = None) -> list[OrgCandidate]:
    """Organization mentions: the candidates of ``RULES`` no veto of ``VETOES`` stops, each
    with the name of its rule, stage by stage in text order (see the module's docstring)."""
    ctx = _Ctx(doc, morph, lex, quoted or set(), _ner_spans(doc, lex), _State(),
               _STAGES)
    out: list[tuple[_Order, OrgCandidate]] = []
    for rule, f in run(RULES, VETOES, ctx, kind="organizations",
                       span=lambda f: (f.org.first_tok, f.org.last_tok), trace=trace):
        ctx.state.keep(f)
        org = _with_relational(doc, _with_directorate(doc, f.org, lex))
        out.append((f.order, replace(org, rule=rule, written=_written(ctx, org))))
    return [o for _, o in sorted(out, key=lambda x: x[0])]
