"""What the organization rules read of one document (``_Ctx``) and what the caller records of
the candidates kept so far (``_State``). The stages the rules ask for come in from outside
(``_Ctx.stages``, set by ``extract_organizations``): this module imports no stage."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ...document import Doc
from ...lexicon import OrgLexicon
from ...text.morph import Morphology
from .candidate import _QUOTED, OrgCandidate, _Found, _NerSpan, _Order


@dataclass(slots=True)
class _State:
    """What the caller recorded of the candidates kept so far."""

    covered: set[int] = field(default_factory=set)  # the words they claim
    rule_at: dict[int, OrgCandidate] = field(default_factory=dict)  # stage 1's by anchor word
    kept: set[_Order] = field(default_factory=set)
    stages: dict[int, list[_Found]] = field(default_factory=dict)  # each stage's candidates
    asides: list[tuple[tuple[int, int], _Order, list[_Found]]] = field(default_factory=list)
    # vetoes._adjective_spans, read once (by vetoes._adjective_ner)
    adjective_ner: tuple[list[int], list[int]] | None = None

    def keep(self, f: _Found) -> None:
        o = f.org
        self.covered.update(range(o.first_tok, o.last_tok))
        self.covered.update(range(o.name_first, o.name_last))
        self.kept.add(f.order)
        if f.order[0] == _QUOTED:
            self.rule_at[o.anchor] = o


@dataclass(frozen=True, slots=True)
class _Ctx:
    doc: Doc
    morph: Morphology
    lex: OrgLexicon
    quoted: set[int]
    ner: list[_NerSpan]
    state: _State
    # the stage finders by stage number (rules._STAGES, given by extract_organizations)
    stages: Mapping[int, Callable[[_Ctx], list[_Found]]]

    def stage(self, n: int) -> list[_Found]:
        """The candidates of stage ``n``, found once, when its first rule asks (after the stages
        before it were kept)."""
        if n not in self.state.stages:
            self.state.stages[n] = self.stages[n](self)
        return self.state.stages[n]
