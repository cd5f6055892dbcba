"""Organizations: ordered tables of named rules over the parsed document, and a veto table.

``RULES`` lists the constructions in the order they claim words, in six stages; a stage sees the
words the candidates of the stages before it claimed:

0. capitalized adjectives that share one plural organization word (``distributed_org_word``:
   "Ленинский и Советский районные суды" gives two courts);
1. a legal form or an organization word before a quoted name (``legal_form_quoted``,
   ``legal_form_list``, ``org_word_quoted``): these split what the NER merges ("ОО «SARA», ОО
   «Волонтерское LIDER.KZ»"); a person's name after the form one person holds
   (``legal_form_holder``: "ИП Коваленко С. П.");
2. the NER's ORG spans on the words left, put into the nominative by agreement and cut where a
   second state body starts ("Комитет … Министерства …" gives both), run on over what the NER
   leaves out (``ner_with_place``, ``ner_named_after``, ``ner_with_parent``,
   ``ner_po_complement``, ``ner_field``…);
3. a quoted name in the genitive after a person noun (``quoted_after_person_noun``, "глава
   «Металлоинвеста»") or in a cue's case (``quoted_after_cue``);
4. news sites by their domain (``news_domain``);
5. known organizations of data/known_orgs.txt (``known_org``, ``known_org_cued``,
   ``known_org_inner``, ``known_org_quoted``), and one in the genitive inside a name kept
   before, its parent (``known_parent``: "Русская служба «Голоса Америки»" → "Голос Америки");
6. lowercase state and public bodies (``lowercase_body``: "министерство культуры Польши").

``VETOES`` lists the reasons a candidate is no organization. Each candidate carries the name of
the rule that made it (``OrgCandidate.rule``); with a ``Trace`` the engine records every
candidate and its verdict. Candidates are reported stage by stage, each stage in text order.

Tables: data/legal_forms.txt, org_words.txt, body_words.txt, body_pairs.txt,
body_not_modifiers.txt, body_idioms.txt, state_heads.txt,
known_orgs.txt, known_org_cues.txt, org_cue_prepositions.txt, quoted_org_cues.txt,
not_orgs.txt, not_org_heads.txt, not_org_owners.txt, work_words.txt, facility_words.txt,
platforms.txt, platform_cues.txt, platform_words.txt, product_cues.txt, po_heads.txt,
pri_heads.txt, po_place_heads.txt, po_adverbials.txt, body_terms.txt, award_names.txt,
field_units.txt,
holder_forms.txt, municipal_words.txt, venue_words.txt, generic_facilities.txt,
org_word_prefixes.txt, owner_award_words.txt.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate

from ..agreement import ADJECTIVES, adjective_agrees, agree, forms
from ..data import lines, table
from ..document import Doc, Tok, initial_at, key
from ..lexicon import LegalForm, OrgLexicon
from ..quotes import is_name
from ..rules import Rule, Trace, Veto, run
from ..text.morph import PERSON_GRAMS, Morphology, WordParse
from .alternatives import past_alternative
from .phrase import (
    CAPITALS_ABBREVIATION,
    EPONYM_RANKS,
    EPONYM_WORDS,
    QUOTES,
    before_po,
    body_abbreviation,
    building_seat,
    compound_body,
    compound_org_word,
    distributed,
    eponym_name_end,
    facility_compound,
    facility_stay,
    field_noun,
    field_partners,
    function_word,
    guillemets,
    head_index,
    inflect_word,
    institution_head,
    is_opening,
    joined_field,
    known_place_span,
    lemma_key,
    municipality_end,
    nominative,
    place_not_person,
    po_adverbial,
    venue_before,
)

__all__ = ["OrgCandidate", "extract_organizations", "RULES", "VETOES"]


@dataclass(frozen=True, slots=True)
class OrgCandidate:
    first_tok: int  # the mention: form word (if any) through the closing quote
    last_tok: int
    name: str
    form: str | None
    form_full: str | None
    kind: str
    name_first: int  # the name alone (inside the quotes)
    name_last: int
    anchor: int = -1  # the legal-form or organization word a rule started at
    known: bool = False  # found by the gazetteer: it outranks a person or place on its words
    rule: str = ""
    # the mention's own name when the name runs on past it ("Верховный суд | Испании",
    # "Палата представителей | Конгресса США"): a form the text names the organization by
    written: str | None = None


_Order = tuple[int, int, int]  # (stage, position, sub-position): the order of the output
_QUOTED, _NER, _OWNED, _DOMAINS, _KNOWN, _BODIES = range(6)  # the stages


@dataclass(frozen=True, slots=True)
class _Part:
    """Where a candidate cut from an NER span comes from, for the vetoes: the span as the NER
    gave it ``ner`` (a verb the NER ran into cut off), its start after a title ``first``, the run
    of it that no quoted name claimed [a0, b), ``a`` after a legal form at a0, and the lemma of
    the part's head word."""

    ner: tuple[int, int]
    first: int
    a0: int
    a: int
    b: int
    head: str = ""


@dataclass(frozen=True, slots=True)
class _Found:
    """A candidate as a rule made it: the organization, where it goes in the output, and what
    the vetoes read (the name ``not_an_organization`` checks, the NER span it was cut from, a
    lowercase body's word)."""

    rule: str
    org: OrgCandidate
    order: _Order
    checked: str | None = None
    part: _Part | None = None
    head: int = -1


@dataclass(slots=True)
class _State:
    """What the caller recorded of the candidates kept so far."""

    covered: set[int] = field(default_factory=set)  # the words they claim
    rule_at: dict[int, OrgCandidate] = field(default_factory=dict)  # stage 1's by anchor word
    kept: set[_Order] = field(default_factory=set)
    stages: dict[int, list[_Found]] = field(default_factory=dict)  # each stage's candidates
    asides: list[tuple[tuple[int, int], _Order, list[_Found]]] = field(default_factory=list)
    adjective_ner: tuple[list[int], list[int]] | None = None  # see _adjective_spans

    def adjective_spans(self, c: _Ctx) -> tuple[list[int], list[int]]:
        if self.adjective_ner is None:
            self.adjective_ner = _adjective_spans(c)
        return self.adjective_ner

    def keep(self, f: _Found) -> None:
        o = f.org
        self.covered.update(range(o.first_tok, o.last_tok))
        self.covered.update(range(o.name_first, o.name_last))
        self.kept.add(f.order)
        if f.order[0] == _QUOTED:
            self.rule_at[o.anchor] = o


_NerSpan = tuple[str, int, int, int, int]  # (rule, first, NER's last, mention's last, name's last)


@dataclass(frozen=True, slots=True)
class _Ctx:
    doc: Doc
    morph: Morphology
    lex: OrgLexicon
    quoted: set[int]
    ner: list[_NerSpan]
    state: _State

    def stage(self, n: int) -> list[_Found]:
        """The candidates of stage ``n``, found once, when its first rule asks (after the stages
        before it were kept)."""
        if n not in self.state.stages:
            self.state.stages[n] = _STAGES[n](self)
        return self.state.stages[n]


@lru_cache(maxsize=4)
def _forms_by_first(lex: OrgLexicon) -> dict[str, tuple[tuple[int, LegalForm], ...]]:
    """The legal forms (with their rank in ``lex.forms``) by the lemma of their first word."""
    out: dict[str, list[tuple[int, LegalForm]]] = {}
    for rank, form in enumerate(lex.forms):
        out.setdefault(form.lemmas[0], []).append((rank, form))
    return {first: tuple(forms) for first, forms in out.items()}


def _match_form(doc: Doc, k: int, limit: int, lex: OrgLexicon) -> tuple[LegalForm, int] | None:
    """A legal form starting at token k: (form, first token after it); the first in
    ``lex.forms`` order (the longest) whose words all match; an abbreviation after the title
    the property is held by, as Kazakh writes it ("ШЖҚ | РМК": data/form_tenures.txt)."""
    t = doc.toks[k]
    if t.text in lex.form_by_abbr:
        return lex.form_by_abbr[t.text], k + 1
    if t.text.isupper() and (j := _tenure_end(doc, k, limit)) < limit and j > k and \
            doc.toks[j].text in lex.form_by_abbr:
        return lex.form_by_abbr[doc.toks[j].text], j + 1
    by_first = _forms_by_first(lex)
    found = [f for w in (t.low, *t.lemmas) for f in by_first.get(w, ())]
    for _, form in sorted(set(found), key=lambda f: f[0]):
        at = _form_words(doc, k, len(form.lemmas), limit)
        if at and all(doc.toks[j].has_lemma(lemma) for j, lemma in zip(at, form.lemmas)):
            return form, at[-1] + 1
    return None


_BRACKETS = ("(", ")")


def _form_words(doc: Doc, k: int, n: int, limit: int) -> list[int]:
    """The tokens of the ``n`` words of a legal form spelled out from token k, the brackets
    around a word of it skipped ("крестьянского | (фермерского) | хозяйства": a КФХ); empty
    when the limit comes first or a bracket is left open."""
    at: list[int] = []
    depth = 0
    j = k
    while j < limit and len(at) < n:
        text = doc.toks[j].text
        if text in _BRACKETS:
            depth += 1 if text == "(" else -1
            if depth < 0:
                return []
        else:
            at.append(j)
        j += 1
    return at if len(at) == n and depth == 0 else []


_MAX_ASIDE = 3


def _bracket_aside(doc: Doc, k: int, stop: int) -> int:
    """Skip a few words in brackets between a legal form and its quoted name, the form's old
    or plain name ("СПК | (колхоз) | «Луч»", "ООО | (бывшее ЗАО) | «…»"). Returns the quote,
    or ``k`` itself when no such aside is there."""
    if k >= stop or doc.toks[k].text != "(":
        return k
    j = k + 1
    while j < stop and j - k <= _MAX_ASIDE and doc.toks[j].is_word():
        j += 1
    if j == k + 1 or j + 1 >= stop or doc.toks[j].text != ")" or \
            doc.toks[j + 1].text not in QUOTES:
        return k
    return j + 1


_MAX_COMPLEMENT = 4


def _complements(doc: Doc, k: int, limit: int) -> int:
    """Skip a short genitive or "по" complement before a quoted name: "фонда поддержки
    народного ремесла «Алтын оймақ»", "агентство по недвижимости «…»" → the quote. Returns
    ``k`` itself when no quote follows."""
    j = k
    case = "gent"
    while j < limit and j - k < _MAX_COMPLEMENT:
        t = doc.toks[j]
        if t.text in QUOTES:
            return j
        if t.low == "по" and case == "gent":
            case = "datv"  # the field the organization works in, then its genitives
            j += 1
            continue
        if not t.is_word() or t.case not in ("gent", case) or t.parse is None or \
                t.parse.pos not in ("NOUN", "ADJF", "PRTF"):
            break
        j += 1
    return j if j < limit and doc.toks[j].text in QUOTES else k


def _lowercase_start(doc: Doc, k: int) -> bool:
    """Does the quoted text at token k open with a lowercase Cyrillic word (speech, not a name)?"""
    word = doc.toks[k].text
    return word.islower() and "а" <= word[:1] <= "я"  # "еМаркет" is a name



def _quoted_stage(c: _Ctx) -> list[_Found]:
    """Quoted names after a legal form or an organization word, in text order, with the names
    that follow them in a list."""
    found: list[tuple[str, OrgCandidate]] = []
    for s in c.doc.sents:
        if s.chrome:
            continue
        k = s.first
        while k < s.last:
            form = _match_form(c.doc, k, s.last, c.lex)
            t = c.doc.toks[k]
            if form is None and (t.parse is None or t.parse.pos != "NOUN" or
                                 _org_word(t, c.lex) is None and
                                 _in_words(t, c.lex.quoted_org_words) is None):
                k += 1  # neither a legal form nor an organization word
                continue
            n = len(found)
            nxt = _quoted_at(c.doc, c.lex, s.first, s.last, k, form, found)
            if len(found) == n and form is None:
                nxt = max(nxt, _list_after(c.doc, c.lex, k, s.last, found))
            k = nxt
    return [_Found(rule, o, (_QUOTED, i, 0)) for i, (rule, o) in enumerate(found)]


_LIST_OPENERS = frozenset({"(", "—", "–", ":"})


def _list_after(doc: Doc, lex: OrgLexicon, k: int, stop: int,
                out: list[tuple[str, OrgCandidate]]) -> int:
    """The names listed after an organization word in the plural, each an organization of its
    kind: "группы Вежливый Отказ, Ива Нова и Хроноп", "команд (''Phoenix Coyotes'', ''Calgary
    Flames'')", "кланов — Бонанно, Гамбино и Коломбо". A name is a quoted one or a run of
    capitalized words; a person's name ("Юрий Антонов") and a place (the gazetteer's, or one the
    NER marks in the genitive: "больницы Шилки и Нерчинска") and a name with no nominative
    reading (the owner in the genitive) are left out; a list has two names at
    least and ends at the name after "и"; state bodies are named by no list. Added to ``out``;
    the token to go on from."""
    t = doc.toks[k]
    kind = _org_word(t, lex) or "other"
    if t.tag.get("Number") != "Plur" or kind == "state":
        return k + 1  # "правительствах Мори и Коидзуми": bodies named by their people
    j = k + 2 if k + 1 < stop and doc.toks[k + 1].text in _LIST_OPENERS else k + 1
    j = _after_list_intro(doc, lex, j, stop)
    items: list[tuple[int, int]] = []
    last = False
    while j < stop:
        item = _list_item(doc, j, stop)
        if item is None:
            break
        items.append(item[:2])
        j = item[2]
        if last or j >= stop or not (doc.toks[j].text == "," or doc.toks[j].low == "и"):
            break
        last = doc.toks[j].low == "и"  # "A, B и C": C ends the list
        j += 1
    names = [(a, b) for a, b in items
             if not _person_item(doc, a, b) and not _is_place_name(doc, a, b, lex)
             and not (doc.toks[a].ner == "LOC" and doc.toks[a].case == "gent")
             and _nominative(doc.toks[a])]
    if len(items) < 2 or not names:
        return k + 1
    for a, b in names:
        name = guillemets(doc.span_text(a, b)).strip()
        out.append(("org_word_list", OrgCandidate(a, b, name, None, None, kind, a, b, k)))
    return max(b for _, b in items)


def _after_list_intro(doc: Doc, lex: OrgLexicon, j: int, stop: int) -> int:
    """The token after a phrase that introduces the names of a list at ``j``, a comma or a
    bracket before it (data/list_intros.txt: "компаний, в том числе «…» и «…»", "банков
    (включая …)"), else ``j``."""
    toks = doc.toks
    k = j + 1 if j < stop and toks[j].text in (",", "(") else j
    for phrase in lex.list_intros:
        n = len(phrase)
        if k + n <= stop and tuple(t.low for t in toks[k:k + n]) == phrase:
            return k + n + (k + n < stop and toks[k + n].text in _LIST_OPENERS)
    return j


def _person_item(doc: Doc, a: int, b: int) -> bool:
    """Is the list's name [a, b) a person's, a first name and more that the NER marks so
    ("Юрий Антонов" among bands)?"""
    t = doc.toks[a]
    return b - a > 1 and t.ner == "PER" and any("Name" in p.grams for p in t.parses)


def _list_item(doc: Doc, j: int, stop: int) -> tuple[int, int, int] | None:
    """A name of a list at token j: a quoted name, or a run of capitalized words (digits
    inside): (first, last, the token after it); None when none starts there."""
    t = doc.toks[j]
    if t.text in QUOTES:
        q = doc.quotes.name_at(j)
        if q is None or _lowercase_start(doc, q[0]) or not is_name(doc, q[0], q[1]):
            return None
        return q
    if not (t.is_word() and t.is_title_case()):
        return None
    a = j
    while j < stop and doc.toks[j].is_word() and (
            doc.toks[j].is_title_case() or doc.toks[j].text.isdigit()) and \
            (j == a or doc.norm[doc.toks[j - 1].stop:doc.toks[j].start] == " "):
        j += 1
    return a, j, j


_MAX_QUALIFIERS = 2


def _form_qualifiers(doc: Doc, lex: OrgLexicon, k: int, stop: int) -> int:
    """Skip the short capital abbreviations between a legal form and its quoted name: a region
    or a level of the institution ("ГАУЗ СО «…»", "ФГБОУ ВО «…»", "ГБУЗ ЯНАО «…»"). Returns the
    quote, or ``k`` itself when no quote follows them."""
    j = _tenure_end(doc, k, stop)
    while j < stop and j - k < _MAX_QUALIFIERS and \
            CAPITALS_ABBREVIATION.match(doc.toks[j].text) and \
            doc.toks[j].text not in lex.form_by_abbr:
        j += 1
    return j if j > k and j < stop and doc.toks[j].text in QUOTES else k


@lru_cache(maxsize=1)
def _tenures() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in lines("form_tenures.txt"))


def _tenure_end(doc: Doc, k: int, stop: int) -> int:
    """The end of a property title (data/form_tenures.txt) at token ``k`` after a legal form
    ("РГП | на ПХВ | «…»"), or ``k`` when there is none."""
    for words in _tenures():
        end = k + len(words)
        if end <= stop and tuple(t.low for t in doc.toks[k:end]) == words:
            return end
    return k


def _quoted_at(doc: Doc, lex: OrgLexicon, start: int, stop: int, k: int,
               found: tuple[LegalForm, int] | None, out: list[tuple[str, OrgCandidate]]) -> int:
    """The quoted name after the legal form ``found`` at token k, or after the organization
    word k, if there is one, added to ``out``; the token to go on from."""
    word_kind = None
    if found is None:
        word_kind = _org_word(doc.toks[k], lex) or _in_words(doc.toks[k], lex.quoted_org_words)
        after = k + 1
        form = None
    else:
        form, after = found
        if _event_complement(doc, lex, k, start, form):
            return after
        after = _bracket_aside(doc, _form_qualifiers(doc, lex, after, stop), stop)
    after = _complements(doc, after, stop)
    if after + 2 < stop and doc.toks[after].text == "," and doc.toks[after + 1].low == "как":
        after += 2  # "такие фонды, как «Ана Үйі» и «Батыр»"
    if after >= stop or doc.toks[after].text not in QUOTES:
        return k + 1 if form is None else _holder_at(doc, lex, k, after, form, out)
    if form is None and (_complement_named(doc, lex, k, after, stop) or
                         after > k + 1 and _ends_unit_before_quote(doc, lex, after)):
        return k + 1  # ("управление образования района | «Есиль»": a district's name)
    q = _run_over(doc, lex, doc.quotes.name_at(after))
    if q is None or _lowercase_start(doc, q[0]) or _one_for_many(doc, lex, k, after, q[2], stop):
        return k + 1  # союз «опасен для …»: a quotation, not a name; many, and one name
    first, last, nxt = q
    name = guillemets(doc.span_text(first, last)).strip()
    if form is None and len(name) < 2:
        return k + 1  # "группа «А»" of a tournament: a letter, no name
    if form is None and _owners_quote(doc, lex, k, after, first):
        return k + 1
    if form is None:
        # after a generic word ("фонда «Вера в добро»") the mention is the name alone, as NER
        # corpora mark it; "клубы «A», «B» и «C»": the names of a list after it too
        out.append(("org_word_quoted", OrgCandidate(first, last, name, None, None,
                                                    word_kind or "other", first, last, k)))
        while _listed_quote(doc, nxt, stop):
            q2 = doc.quotes.name_at(nxt + 1)
            if q2 is None or _lowercase_start(doc, q2[0]):
                break
            first, last, nxt = q2
            name = guillemets(doc.span_text(first, last)).strip()
            out.append(("org_word_quoted", OrgCandidate(first, last, name, None, None,
                                                        word_kind or "other", first, last)))
        return max(nxt, k + 1)
    # the mention: the form with the name ("ОО «Батыр»"), and the adjectives opening it
    out.append(("legal_form_quoted", OrgCandidate(_form_opening(doc, lex, k, start), nxt, name,
                                                  form.abbr, form.full, form.kind, first, last,
                                                  k)))
    # "общественных объединений «A» и «B»": more quoted names, same form
    while _listed_quote(doc, nxt, stop):
        q2 = doc.quotes.name_at(nxt + 1)
        if q2 is None:
            break
        first, last, nxt2 = q2
        name = guillemets(doc.span_text(first, last)).strip()
        out.append(("legal_form_list", OrgCandidate(nxt + 1, nxt2, name, form.abbr, form.full,
                                                    form.kind, first, last)))
        nxt = nxt2
    return max(nxt, k + 1)


def _complement_named(doc: Doc, lex: OrgLexicon, k: int, after: int, stop: int) -> bool:
    """Does the quote at ``after`` name the complement of the organization word at k, not the
    word: a legal form's name ("совета директоров АО «…»", "коллектива МАУК «…»") or a
    municipality's ("администрации МО «Город Ревда»", "администрации муниципального
    образования «Город Саратов»")?"""
    return any((m := _match_form(doc, j, stop, lex)) and not _plural_oblique(doc, j, m[1])
               or municipality_end(doc, j, after) == after for j in range(k + 1, after))


@lru_cache(maxsize=1)
def _holder_forms() -> frozenset[str]:
    """The legal forms one person holds, named by the holder ("ИП", "КФХ")."""
    return frozenset(lines("holder_forms.txt"))


def _holder_at(doc: Doc, lex: OrgLexicon, k: int, after: int, form: LegalForm,
               out: list[tuple[str, OrgCandidate]]) -> int:
    """A person's name right after the abbreviation of a legal form that one person holds
    (data/holder_forms.txt): "ИП | Коваленко Сергей Петрович", "КФХ | Коваленко С. П." name
    the organization by its holder; added to ``out``; the token to go on from. Not after a
    title ("глава КФХ | Иван Сидоров", "сотрудник ИП | Смирнов": the name is the title's)."""
    if form.abbr not in _holder_forms() or after != k + 1 or not doc.toks[k].text.isupper() \
            or k > 0 and doc.toks[k - 1].lemma.replace("ё", "е") in lex.titles:
        return k + 1
    end = _holder_name_end(doc, after, doc.sents[doc.toks[k].sent].last)
    if end == after:
        return k + 1
    out.append(("legal_form_holder", OrgCandidate(k, end, doc.span_text(after, end), form.abbr,
                                                  form.full, form.kind, after, end, k)))
    return end


_MAX_HOLDER_WORDS = 3


def _holder_name_end(doc: Doc, k: int, stop: int) -> int:
    """The end of a person's name in the nominative at token k: three capitalized words at
    most and two initials at most, in either order ("Коваленко Сергей Петрович", "Коваленко
    С. П.", "С. П. Коваленко"); ``k`` when there is none: a word in another case ("Сергея"),
    no word a name's, one word alone without initials that is no surname."""
    j, words, initials = k, 0, 0
    while j < stop:
        t = doc.toks[j]
        if initial_at(doc.toks, j) and initials < 2:
            initials, j = initials + 1, j + 2
        elif t.is_word() and t.is_title_case() and not t.text.isupper() and \
                words < _MAX_HOLDER_WORDS:
            if not _nominative(t):
                return k
            words, j = words + 1, j + 1
        else:
            break
    grams = {g for t in doc.toks[k:j] for p in t.parses for g in p.grams} & PERSON_GRAMS
    named = doc.toks[k].ner == "PER" or (grams if words > 1 or initials else "Surn" in grams)
    return j if words and named else k


def _run_over(doc: Doc, lex: OrgLexicon, q: tuple[int, int, int] | None
              ) -> tuple[int, int, int] | None:
    """A quoted name that no closing quote of its own ends (one closes an inner name and it at
    once, or none does) cut before a predicate or another legal form with its quoted name,
    outside the inner quotes: "ГККП «Ясли-сад «Балапан» акимата района | переименовано в ГККП
    «Балапан»" → "Ясли-сад «Балапан» акимата района"; the name as it was otherwise."""
    if q is None or q[1] != q[2]:
        return q
    first, last, _ = q
    depth = 0
    for k in range(first, last):
        t = doc.toks[k]
        if t.text in QUOTES:
            depth = depth + 1 if is_opening(doc, k) else max(0, depth - 1)
        elif depth == 0 and k > first and (_finite_verb(t) or t.pos == "PRTS" or
                                           _form_before_quote(doc, lex, k, last)):
            end = k
            while end > first + 1 and (doc.toks[end - 1].pos in ("PREP", "CONJ") or
                                       doc.toks[end - 1].text in ",;:–—-"):
                end -= 1
            return first, end, end
    return q


def _municipality(doc: Doc, p: _Part) -> bool:
    """Is the NER span's part a municipal formation's word, alone or with the quoted name after
    it ("МО", "МО «Город Ревда»"): a territory, no organization?"""
    end = municipality_end(doc, p.a, p.b)
    return end > p.a and (end == p.b or is_opening(doc, end))


def _form_before_quote(doc: Doc, lex: OrgLexicon, k: int, last: int) -> bool:
    """Does a legal form's abbreviation at token k open a quoted name ("в ГККП | «Балапан»")?"""
    return doc.toks[k].text in lex.form_by_abbr and k + 1 < last and is_opening(doc, k + 1)


def _event_complement(doc: Doc, lex: OrgLexicon, k: int, start: int, form: LegalForm) -> bool:
    """A legal form spelled out in the genitive after an event's noun: the quote after it names
    the event ("форум некоммерческих организаций «…»"; not "В 2020 году | общественный фонд
    «…»", a subject after a time's noun)."""
    return k > start and doc.toks[k - 1].lemma in lex.not_org_heads and \
        len(form.lemmas) > 1 and doc.toks[k].case == "gent"


def _form_opening(doc: Doc, lex: OrgLexicon, k: int, start: int) -> int:
    """The first word of the mention of a legal form spelled out at token k: the adjectives
    before it that place the organization or give its reach (data/form_levels.txt), in the
    form's case, gender and number, open its full name ("Новосибирская | региональная
    общественная организация «…»", "Павлодарского областного | общественного объединения");
    ``k`` when there are none or the form is an abbreviation."""
    toks = doc.toks
    if toks[k].text in lex.form_by_abbr:
        return k
    opening = k
    while opening > start:
        t = toks[opening - 1]
        if t.pos != "ADJF" or not (t.lemma.replace("ё", "е") in lex.form_levels or
                                   t.text[:1].isupper() and _place_adjective(t, lex)) or \
                not agree(forms(t), forms(toks[k])):
            break
        opening -= 1
    return opening


def _one_for_many(doc: Doc, lex: OrgLexicon, k: int, after: int, nxt: int, stop: int) -> bool:
    """Many organizations (``[k, after)``, an oblique plural), one quoted name after them, and
    an event, an award or an organization word before them: the name is that one's
    ("премию для неправительственных организаций «…»", "Фонд поддержки некоммерческих
    организаций «…»")."""
    return _plural_oblique(doc, k, after) and not _listed_quote(doc, nxt, stop) and \
        _owner_head(doc, k, lex) is not None


def _plural_oblique(doc: Doc, k: int, after: int) -> bool:
    """Is the legal form or organization word [k, after) a plural in an oblique case ("для
    неправительственных организаций", "среди общественных объединений")? An abbreviation in
    capitals is none, whatever plural the dictionary reads in it ("МАУК", "МБУК": "маука")."""
    head = next((t for t in doc.toks[k:after] if t.pos == "NOUN"), None)
    return head is not None and head.parse is not None and "plur" in head.parse.grams and \
        head.case not in (None, "nomn", "accs") and not head.text.isupper()


def _listed_quote(doc: Doc, nxt: int, stop: int) -> bool:
    """Does another quoted name follow the one that ends at ``nxt`` ("«A» и «B»", "«A», «B»")?"""
    return nxt + 1 < stop and doc.toks[nxt].text in (",", "и") and \
        doc.toks[nxt + 1].text in QUOTES


def _in_words(t: Tok, words: dict[str, str]) -> str | None:
    """The kind a table of words gives the noun ``t`` by its lemma, or by another noun reading
    in its case ("лагере": "лагерь", though the tagger read "лагер")."""
    return words.get(t.lemma) or next((words[p.normal] for p in t.parses if p.pos == "NOUN"
                                       and t.case in p.grams and p.normal in words), None)


def _org_word(t: Tok, lex: OrgLexicon) -> str | None:
    """The kind of organization the noun ``t`` names (data/org_words.txt), a compound's by its
    last or first part ("рок-группа", "интернет-телеканал", "музей-заповедник") or after a first
    part written together with it ("медиашкола", data/org_word_prefixes.txt); None when it
    names none."""
    kind = _in_words(t, lex.org_words)
    if kind is not None:
        return kind
    if "-" not in t.lemma:
        return next((lex.org_words.get(t.lemma[len(p):]) for p in _org_word_prefixes()
                     if t.lemma.startswith(p) and len(t.lemma) - len(p) >= _MIN_REST), None)
    parts = t.lemma.split("-")
    return lex.org_words.get(parts[-1]) or lex.org_words.get(parts[0])


_MIN_REST = 4


@lru_cache(maxsize=1)
def _org_word_prefixes() -> tuple[str, ...]:
    """The first parts an organization word takes without a hyphen ("медиа|школа",
    data/org_word_prefixes.txt)."""
    return lines("org_word_prefixes.txt")


def _owners_quote(doc: Doc, lex: OrgLexicon, k: int, quote: int, first: int) -> bool:
    """Is the quoted name whose first word is ``first``, after the word at ``k`` (and its
    complement, up to the ``quote``), the owner's name, not the unit's: after a word that names
    no organization, or one with its own complement, in the genitive ("пресс-службы
    «Газпрома»", "совета директоров «Норникеля»")?"""
    word, t = doc.toks[k].lemma, doc.toks[first]
    # (a word that takes its name in quotes takes a nominative one: "сети пекарен «Нан үйі»";
    # a genitive after it is its owner's, "крыла «Исламского движения»")
    return word not in lex.org_words and (word not in lex.quoted_org_words or
                                          _read_genitive(t)) and not _nominative(t) or \
        quote > k + 1 and _read_genitive(t)


def _read_genitive(t: Tok) -> bool:
    """Does the tagger read the word in the genitive, no reading of it a nominative ("«Газпрома»",
    "«Норникеля»", one the dictionary does not know)?"""
    return t.case == "gent" and not any("nomn" in p.grams for p in t.parses)


def _nominative(t: Tok) -> bool:
    """Can the first word of a name be in the nominative (a word without case, a Latin one, a
    number or a word the dictionary does not know, can)?"""
    return not t.parses or t.case is None or any("nomn" in p.grams or not p.known
                                                 for p in t.parses)


def _split_nested(doc: Doc, first: int, last: int, lex: OrgLexicon) -> list[tuple[int, int]]:
    """Cut "Комитет по делам … Министерства …" before each further state-body head
    (data/state_heads.txt); a bare body word ("Департамент | Министерства …") keeps the body it
    belongs to."""
    cuts = [first]
    for k in range(first + 1, last):
        t = doc.toks[k]
        if t.lemma in lex.state_heads and t.is_title_case() and t.case == "gent" and \
                not _generic(doc, cuts[-1], k, lex):
            cuts.append(k)
    cuts.append(last)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


_NAME_GRAMS = frozenset({"Orgn", "Abbr", "Geox", "Name", "Surn", "Patr", "Trad"})


def _plain_word(doc: Doc, k: int, lex: OrgLexicon) -> bool:
    """A dictionary word capitalized only by its place (a sentence's first word) or a pronoun,
    which the NER took for an organization; bodies named alone ("Правительство") are not."""
    t = doc.toks[k]
    if not t.parses or lex.body_words.get(t.lemma.replace("ё", "е"), ("", "no"))[1] == "yes" or \
            (k > 0 and doc.toks[k - 1].text in QUOTES):
        return False  # «Метро»: a quoted name
    if any(not p.known or _NAME_GRAMS & p.grams for p in t.parses):
        return False
    first_word = next((j for j in range(doc.sents[t.sent].first, k + 1)
                       if doc.toks[j].is_word()), k) == k
    return first_word or all(p.pos == "NPRO" for p in t.parses)



def _ner_spans(doc: Doc, lex: OrgLexicon) -> list[_NerSpan]:
    """The NER's ORG spans (and LOC spans headed by a state body: "городской маслихат"), a verb
    the NER ran into cut off the front ("Создан союз"), each run on over what the NER left out
    (``_extent``), with the rule that shaped it."""
    spans = sorted(doc.ner, key=lambda s: s[1])
    out: list[_NerSpan] = []
    reach = 0  # the end of the last span run on over its adjectives' noun
    for i, (type_, first, last) in enumerate(spans):
        if first < reach:
            continue  # "Китайского государственного | Большого театра": taken by the span before
        if type_ == "LOC":
            h = head_index(doc.toks[first:last])
            if h is None or lex.org_words.get(doc.toks[first + h].lemma) != "state" and \
                    not body_abbreviation(doc.toks[first + h]):
                continue
        elif type_ != "ORG" and not (last - first == 1 and compound_org_word(
                doc.toks[first], lex.compound_endings)):  # "Свердловскстата": read as a name
            continue
        while last - first > 1 and (function_word(doc.toks[first]) or
                                    _people_opening(doc, first, lex) or
                                    _adverb_opening(doc, first) or
                                    _noun_before_body(doc, first, lex)):
            first += 1
        last = _before_term(doc, lex, first, _before_age(doc, first, last))
        last = _before_addressee(doc, lex, first, last)
        if last == first or last - first == 1 and _ROMAN.match(doc.toks[first].text):
            continue  # "завершилась | XXVII | летняя спартакиада": an ordinal, no name
        last = _before_award_quote(doc, lex, first, _dangling_end(doc, first, last))
        last = _before_subject(doc, lex, spans, i, first, last)
        if (postposed := _postposed_end(doc, spans, i, last)) > last:
            last = reach = postposed  # "комиссия | Крымская": the next span closes the name
        last = _coordinated_complement(doc, lex, first, last)
        run_on = _adjectives_run_on(doc, last)
        if run_on > last:
            last = reach = _into_next_span(spans, i, run_on)
        first = _proper_adjectives_before(doc, lex, first, reach)
        last = _unit_field(doc, lex, first, _lowercase_field(doc, lex, first, last))
        apposed = _dash_apposed_end(doc, lex, spans, i, first, last)
        if apposed > last:
            last = reach = apposed
        rule, first, ner_last, last, end = _extent(doc, lex, spans, i, first, last,
                                                   "ner_body_loc" if type_ == "LOC" else "ner_org")
        quoted = _own_quoted_end(doc, lex, first, end)
        if quoted > end:  # "Демократической партии Казахстана | «Ак жол»": one name, no other
            last = end = reach = quoted  # in its quotes
        out.append((rule, first, ner_last, last, end))
    return out


def _before_award_quote(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """The end of an NER span before the quoted name it ran into, when an award's or an event's
    word right before the span (``_award_or_event``) takes that name and the span names the
    award's owner in two words or more ("Знак | Министерства энергетики «Почетный энергетик»":
    "Министерства энергетики"); ``last`` otherwise."""
    if first < 1 or not _award_or_event(doc.toks[first - 1], lex):
        return last
    q = next((k for k in range(first + 2, last) if is_opening(doc, k)), last)
    return q if q < last and _named_owner(doc, lex, first, q) else last


_MAX_FIELD = 5


def _ends_unit_before_quote(doc: Doc, lex: OrgLexicon, last: int) -> bool:
    """Does the span ending at ``last`` end with a lowercase place word in the genitive, a
    quoted name right after it ("Управление образования района | «Есиль»")?"""
    t = doc.toks[last - 1]
    return t.text.islower() and t.case == "gent" and \
        t.lemma.replace("ё", "е") in lex.unit_words and last < len(doc.toks) and \
        is_opening(doc, last)


def _dash_apposed_end(doc: Doc, lex: OrgLexicon, spans: list[tuple[str, int, int]], i: int,
                      first: int, last: int) -> int:
    """The end of the next ORG span when a dash joins it to a numbered institution's span in
    the same case: its second name, one name in all ("Республиканской больницы № 1 — |
    Национального центра медицины"); else ``last``."""
    toks = doc.toks
    nxt = spans[i + 1] if i + 1 < len(spans) else None
    if nxt is None or nxt[0] != "ORG" or nxt[1] != last + 1 or \
            toks[last].text not in _DASHES or not toks[last - 1].text.isdigit() or \
            toks[nxt[1]].sent != toks[first].sent or not toks[nxt[1]].is_title_case():
        return last
    h1, h2 = head_index(toks[first:last]), head_index(toks[nxt[1]:nxt[2]])
    if h1 is None or h2 is None:
        return last
    one, two = toks[first + h1], toks[nxt[1] + h2]
    return nxt[2] if one.case is not None and _in_case(two, one.case) and \
        _org_word(two, lex) != "state" else last


def _lowercase_field(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """A named span that ends on an organization's word, no state body's, runs on over the
    lowercase genitive that names its field: plural things after their adjectives ("Курский
    завод | тракторных запчастей"), or a union and the people it unites ("краевая
    организация | профсоюза работников здравоохранения"); the new end, or ``last``."""
    toks = doc.toks
    head = toks[last - 1]
    kind = _org_word(head, lex) if head.pos == "NOUN" else None
    if kind is None or kind == "state" or last >= len(toks) or \
            not any(t.is_title_case() for t in toks[first:last - 1]):
        return last
    k = last
    while k < len(toks) and k - last < _MAX_FIELD and toks[k].pos in ("ADJF", "PRTF") and \
            _lowercase_genitive(toks[k], head):
        k += 1
    field = _institution_field(doc, lex, last)
    if field > last:
        return field  # "Нижегородского областного центра | крови"
    if k > last:  # adjectives: the plural noun of the things made
        noun = toks[k] if k < len(toks) else None
        return k + 1 if noun is not None and noun.pos == "NOUN" and \
            _lowercase_genitive(noun, head) and noun.is_plural() and \
            noun.lemma.replace("ё", "е") not in lex.titles and \
            "anim" not in (noun.parse.grams if noun.parse else ()) else last
    if not (_lowercase_genitive(toks[k], head) and _org_word(toks[k], lex) is not None and
            _members_after(doc, lex, first, k + 1)):
        return last
    k += 2  # "профсоюза | работников", then their field: "здравоохранения"
    while k < len(toks) and k - last < _MAX_FIELD and toks[k].pos == "NOUN" and \
            _lowercase_genitive(toks[k], head) and _org_word(toks[k], lex) is None:
        k += 1
    return k


def _institution_field(doc: Doc, lex: OrgLexicon, last: int) -> int:
    """The end of the lowercase genitive singular field, its adjectives first, after an
    institution's word that it names (data/field_units.txt institution: "центра | крови",
    "Дома | детского творчества", "института | биохимии и физиологии"), a noun no unit,
    person, body, title or time; ``last`` when there is none."""
    toks = doc.toks
    head = toks[last - 1]
    if head.lemma.replace("ё", "е") not in lex.field_institutions:
        return last
    k = last
    while k < len(toks) and k - last < _MAX_FIELD and toks[k].pos in ("ADJF", "PRTF") and \
            _lowercase_genitive(toks[k], head) and not toks[k].is_plural():
        k += 1
    noun = toks[k] if k < len(toks) else None
    if noun is None or noun.pos != "NOUN" or not _lowercase_genitive(noun, head) or \
            noun.is_plural() or noun.lemma.replace("ё", "е") in lex.unit_words or \
            noun.lemma in _time_inside_words() or \
            not field_noun(noun, lex.body_words, lex.org_words, lex.titles, lex.joined_parties):
        return last
    return _joined_field(doc, lex, k + 1, True)


@lru_cache(maxsize=1)
def _time_inside_words() -> frozenset[str]:
    """The words a time adverbial runs on over (data/time_adverbials.txt inside: "года",
    "начала"): no field of an institution."""
    return frozenset(w for w, role in table("time_adverbials.txt", 2) if role == "inside")


def _unit_field(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """A capitalized NER name of adjectives and a unit's word (data/field_units.txt) runs on
    over the lowercase genitive field that names the unit: "Бурлинского районного отдела |
    полиции", "Жамбылского районного управления | образования и спорта"; the new end, or
    ``last``."""
    toks = doc.toks
    if last >= len(toks) or not toks[first].is_title_case() or \
            toks[last - 1].lemma.replace("ё", "е") not in lex.field_units or \
            not _generic(doc, first, last, lex):
        return last
    k = last
    while k < len(toks) and toks[k].pos in ("ADJF", "PRTF") and \
            _lowercase_genitive(toks[k], toks[last - 1]):
        k += 1
    if k >= len(toks) or toks[k].pos != "NOUN" or \
            not _lowercase_genitive(toks[k], toks[last - 1]) or not _unit_field_word(toks[k], lex):
        return last
    return _joined_field(doc, lex, k + 1, True)


def _unit_field_word(t: Tok, lex: OrgLexicon) -> bool:
    """May the noun name the field of a unit: a service ("полиции") or a field of a body's
    work ("образования", "финансов"), no administrative unit ("области")?"""
    lemma = t.lemma.replace("ё", "е")
    return lemma in lex.service_bodies or lemma not in lex.unit_words and field_noun(
        t, lex.body_words, lex.org_words, lex.titles, lex.joined_parties)


def _lowercase_genitive(t: Tok, head: Tok) -> bool:
    """A lowercase word of the sentence of ``head`` in the genitive, no pronoun's ("своих")."""
    return t.sent == head.sent and t.text.islower() and t.case == "gent" and \
        not _pronominal(t)


def _into_next_span(spans: list[tuple[str, int, int]], i: int, run_on: int) -> int:
    """The end of the next ORG span when the noun an adjectives' span ran on to opens it
    ("Псковского областного | Собрания депутатов": one name), else ``run_on``."""
    nxt = spans[i + 1] if i + 1 < len(spans) else None
    return nxt[2] if nxt is not None and nxt[0] == "ORG" and nxt[1] == run_on - 1 and \
        nxt[2] > run_on else run_on


def _proper_adjectives_before(doc: Doc, lex: OrgLexicon, first: int, reach: int) -> int:
    """The start of the adjectives that agree with the capitalized noun opening an NER span,
    a capitalized place's adjective and one of level (data/form_levels.txt), the NER left out
    ("Новгородское областное | Собрание депутатов"; not "Российский | МИД"); ``first`` when
    there are none, or when one of them is another span's (``reach``)."""
    toks = doc.toks
    head = toks[first]
    if head.pos != "NOUN" or not head.is_title_case():
        return first
    j, floor = first, max(doc.sents[head.sent].first, reach)
    while j - 1 >= floor and j - first < _MAX_ADJECTIVES and toks[j - 1].pos == "ADJF" and \
            toks[j - 1].ner is None and adjective_agrees(toks[j - 1], head):
        j -= 1
    while j < first and not (toks[j].is_title_case() and
                             _RELATIONAL.match(toks[j].low.replace("ё", "е"))):
        j += 1  # "провело | Новгородское …": from the place's adjective on
    levels = any(toks[k].lemma.replace("ё", "е") in lex.form_levels for k in range(j + 1, first))
    return j if levels else first


def _people_opening(doc: Doc, k: int, lex: OrgLexicon) -> bool:
    """Is token k a plural noun of people the dictionary knows that opens its sentence, which
    the NER ran into the name after it ("Воспитанники | ДЮСШ № 4", "Ученики | школы-лицея
    «…»")?"""
    t = doc.toks[k]
    p = t.parse
    return k == doc.sents[t.sent].first and p is not None and p.pos == "NOUN" and p.known and \
        {"anim", "plur"} <= p.grams and not {"Name", "Surn"} & p.grams and \
        t.lemma not in lex.org_words


def _noun_before_body(doc: Doc, k: int, lex: OrgLexicon) -> bool:
    """Is token k a common noun opening its sentence, no body's or organization's word, before
    a lowercase body word in the genitive that the NER ran it into ("Заседание | комитета
    Государственного Совета …", "Решением | правления фонда")? The body's name starts there."""
    t = doc.toks[k]
    nxt = doc.toks[k + 1] if k + 1 < len(doc.toks) else None
    if k != doc.sents[t.sent].first or t.pos != "NOUN" or nxt is None or \
            not nxt.text.islower() or nxt.pos != "NOUN" or nxt.case != "gent":
        return False
    lemma, body = t.lemma.replace("ё", "е"), nxt.lemma.replace("ё", "е")
    return lemma not in lex.body_words and lemma not in lex.org_words and \
        (body in lex.body_words or body in lex.org_words)


def _adverb_opening(doc: Doc, k: int) -> bool:
    """Is token k an adverb the NER ran into the capitalized name after it ("Параллельно |
    Областная библиотека", "Также | Союз журналистов")? No name starts with an adverb."""
    t = doc.toks[k]
    return t.pos == "ADVB" and k + 1 < len(doc.toks) and doc.toks[k + 1].is_title_case() and \
        k not in doc.quotes.quoted


_AGE = re.compile(r"\d+-летн", re.IGNORECASE)


def _before_age(doc: Doc, first: int, last: int) -> int:
    """An NER span cut before a person's age ("ГРУ | 66-летний Сергей", "75-летний Адзума"):
    an age opens a description of a person, never a word of an organization's name."""
    for k in range(first, last):
        if _AGE.match(doc.toks[k].text):
            return k
    return last


def _before_addressee(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """An NER span cut before the person in the dative it ran into right after its head word
    ("грамоты Городского совета | учителю математики", "Совет | ветеранам войны"): a body's
    name takes no dative animate noun after its head (the dative of "Фонд помощи детям"
    follows a noun of action, no organization word)."""
    toks = doc.toks
    for k in range(first + 1, last):
        t, head = toks[k], toks[k - 1]
        if t.text.islower() and k not in doc.quotes.quoted and head.pos == "NOUN" and \
                head.lemma.replace("ё", "е") in lex.org_words and t.parses and \
                all(p.has("NOUN", "anim", "datv") for p in t.parses):
            return k
    return last


_TERM_NUMBER = re.compile(r"^(\d+|[IVXLCDM]+)(-?[а-я]{1,3})?$")  # "VIII", "8-го", "VIII-го"


def _before_term(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """A body's name cut before the term of office that dates it (data/body_terms.txt), with
    the ordinal or the number before the term's noun: "маслихат Северо-Казахстанской области |
    восьмого созыва", "Совет депутатов района | VII созыва"; ``last`` when there is none."""
    toks = doc.toks
    k = next((j for j in range(first + 1, last)
              if toks[j].lemma.replace("ё", "е") in lex.body_terms), last)
    if k == last:
        return last
    while k - 1 > first and (toks[k - 1].pos in ("ADJF", "PRTF") or
                             _TERM_NUMBER.match(toks[k - 1].text)):
        k -= 1
    return k


_MAX_ADJECTIVES = 8


def _coordinated_complement(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """An NER span of an organization word with a genitive complement ("Союза писателей")
    that stops before "и" runs on over a second lowercase complement in the genitive joined by
    it ("и журналистов", "и распространителей печатной продукции"); a state body's only over a
    second field of its work (``_joined_field``). The new end, or ``last``."""
    toks = doc.toks
    h = head_index(toks[first:last])
    if h is None or first + h == last - 1:
        return last
    kind = _org_word(toks[first + h], lex)
    return last if kind is None else _joined_field(doc, lex, last, kind == "state")


def _joined_field(doc: Doc, lex: OrgLexicon, last: int, state: bool) -> int:
    """A body's name whose genitive complement ends at ``last`` runs on over a second one
    joined by "и" (``joined_field``): "Союза писателей | и журналистов", "министерства
    культуры | и спорта". For a ``state`` body the "и" joins a second party as often
    ("министерства обороны | и руководства страны", "и губернатора"): its nouns must then name
    a field, none a person, a body, an organization or a party (data/joined_parties.txt); a
    field of its enumeration may open with "по" ("министерства спорта | , по делам
    молодежи и туризма")."""
    if not state:
        return joined_field(doc, last, lambda t: True)
    return joined_field(doc, last, lambda t: field_noun(
        t, lex.body_words, lex.org_words, lex.titles, lex.joined_parties), lex.po_adverbials)


def _adjectives_run_on(doc: Doc, last: int) -> int:
    """An NER span that ends on an adjective ("Центра химической", "Китайского
    государственного") runs on over the adjectives joined to it (", биологической и ядерной")
    to the noun they go with ("обороны", "Большого театра"): the new end, or ``last`` when no
    such noun follows."""
    toks = doc.toks
    t = toks[last - 1]
    case = t.case or _case_before(doc, last - 1)
    if t.pos not in ("ADJF", "PRTF") or case is None or last >= len(toks):
        return last
    number = t.tag.get("Number") or toks[last - 2].tag.get("Number")  # (a hyphened one: none)
    k = last
    while k < len(toks) and k - last < _MAX_ADJECTIVES and toks[k].sent == t.sent:
        u = toks[k]
        if u.text == "," or u.low == "и":
            k += 1
        elif u.pos in ("ADJF", "PRTF") and _in_case(u, case):
            k += 1
        elif u.pos == "NOUN" and u.is_word() and _in_case(u, case) and \
                toks[k - 1].text != "," and toks[k - 1].low != "и":
            # "Большого, Мариинского театров": names of several, each its own
            return k + 1 if u.tag.get("Number") == number else last
        else:
            break
    return last


def _case_before(doc: Doc, k: int) -> str | None:
    """The case of the adjective before the word at ``k`` that the tagger gave none (a hyphened
    one: "Костромского | историко-архитектурного"), when the word has a reading in it."""
    before = doc.toks[k - 1].case if k > 0 and doc.toks[k - 1].pos in ("ADJF", "PRTF") else None
    return before if before is not None and _in_case(doc.toks[k], before) else None


def _in_case(t: Tok, case: str) -> bool:
    return t.case == case or any(case in p.grams for p in t.parses)


def _abbreviations(doc: Doc, first: int, last: int) -> bool:
    """Are the tokens [first, last) abbreviations in capitals, a space apart: one abbreviation
    of a body and of its place ("ОП | РО": Общественная палата Ростовской области)?"""
    return all(CAPITALS_ABBREVIATION.match(doc.toks[k].text) for k in range(first, last)) and \
        all(doc.norm[doc.toks[k].stop:doc.toks[k + 1].start] == " " for k in range(first, last - 1))


_DATE = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")


def _finite_verb(t: Tok) -> bool:
    """A lowercase verb in a finite form, by the tagger and the dictionary alike."""
    return t.text.islower() and t.pos == "VERB" and t.tag.pos in ("VERB", "AUX") and \
        t.tag.get("VerbForm") == "Fin"


def _dangling_end(doc: Doc, first: int, last: int) -> int:
    """An NER span that ends on a preposition ("Совета по взаимодействию с") stops before it,
    and before the "по" of its complement when it has one, which ``_po_complement`` then reads
    whole ("Совет по взаимодействию с общественными объединениями")."""
    while last - first > 1 and _DATE.match(doc.toks[last - 1].text):
        last -= 1  # a dateline glued to a heading: "Общественный совет 15.08.2025"
    # the predicate the NER ran into, and what follows it: "Трибунал | приговорил", "Фонд
    # Сороса | выделил грант" (a quoted name may hold a verb: "«Опер слил»")
    last = next((k for k in range(first + 1, last) if _finite_verb(doc.toks[k]) and
                 k not in doc.quotes.quoted), last)
    if last - first < 2 or doc.toks[last - 1].pos not in ("PREP", "CONJ"):
        return last
    po = _last_po(doc, first, last)
    if po is not None:
        return po
    while last - first > 1 and doc.toks[last - 1].pos in ("PREP", "CONJ"):
        last -= 1
    return last


def _ends_with_unit(doc: Doc, lex: OrgLexicon, first: int, last: int) -> bool:
    """Does the NER span end with a place word in the genitive, whose name follows it in any
    case ("Приход храма Рождества Христова села | Иглино")?"""
    t = doc.toks[last - 1]
    return last - first > 1 and t.text.islower() and t.case == "gent" and \
        t.lemma.replace("ё", "е") in lex.unit_words


def _municipal_name(doc: Doc, first: int, last: int) -> bool:
    """Does the span end with a municipal formation's word, whose place's name follows it in
    the nominative the name keeps ("Совета муниципального образования | Темрюкский район")?"""
    return any(municipality_end(doc, j, last) == last for j in range(first + 1, last))


_MAX_BEFORE_VERB = 3


def _subject_link(doc: Doc, lex: OrgLexicon, link: int, place_end: int) -> bool:
    """Is the link word at ``link`` an organization word that reads as a nominative plural, with
    a plural finite verb a few words after its place: the subject of the clause, not a part of
    the name before it ("Фонда президентских грантов | организации Алтайского края |
    выиграли")?"""
    toks = doc.toks
    t = toks[link]
    if _org_word(t, lex) is None or \
            not any("nomn" in p.grams and "plur" in p.grams for p in t.parses):
        return False
    for v in toks[place_end:place_end + _MAX_BEFORE_VERB + 1]:
        if v.sent != t.sent or not v.is_word():
            return False
        if _finite_verb(v):
            return v.parse is not None and "plur" in v.parse.grams
    return False


def _before_subject(doc: Doc, lex: OrgLexicon, spans: list[tuple[str, int, int]], i: int,
                    first: int, last: int) -> int:
    """The end of an NER span before its last lowercase word when that word, with the place
    span right after it, is the subject of the clause (``_subject_link``: "Фонда президентских
    грантов | организации Алтайского края выиграли"); ``last`` otherwise."""
    nxt = spans[i + 1] if i + 1 < len(spans) else None
    if nxt is None or nxt[0] != "LOC" or nxt[1] != last or last - first < 3 or \
            not doc.toks[last - 1].text.islower():
        return last
    return last - 1 if _subject_link(doc, lex, last - 1, nxt[2]) else last


def _place_link(doc: Doc, lex: OrgLexicon, last: int, place: int, place_end: int) -> int:
    """The number of words that join a name ending at ``last`` to the place [place, place_end)
    after them, which carry its case: a genitive noun ("Ассамблеи | народа | Казахстана"; not
    the subject of the clause: "Фонда … | организации Алтайского края | выиграли"), a
    municipal formation's words, the nominative of its name ("Совета | муниципального
    образования | Ейский район"); 0 for none, -1 when they join no name."""
    link = _genitive_link(doc, last, place) or _municipal_link(doc, last, place)
    return -1 if link and _subject_link(doc, lex, last, place_end) else link


def _municipal_link(doc: Doc, last: int, place: int) -> int:
    """The number of words of a municipal formation's word that joins a body's name to the place
    that names the formation ("Совета | муниципального образования | Ейский район"), else 0."""
    return place - last if place > last and municipality_end(doc, last, place) == place else 0


def _genitive_link(doc: Doc, last: int, place: int) -> int:
    """1 when one lowercase noun in the genitive joins a name to the place after it
    ("Ассамблеи | народа | Казахстана", "Союза | писателей | России"), else 0."""
    if place - last != 1:
        return 0
    t = doc.toks[last]
    return int(t.is_word() and t.text.islower() and t.case == "gent" and t.pos == "NOUN")


def _unit_after(doc: Doc, lex: OrgLexicon, first: int, last: int) -> bool:
    """Is the word after the span an administrative unit in the genitive, named by no proper
    name after it (a person's name may follow), that the body belongs to ("Совет депутатов |
    округа", "Совета ветеранов | района")?"""
    if last + 1 > len(doc.toks) or last == len(doc.toks):
        return False
    t = doc.toks[last]
    nxt = doc.toks[last + 1] if last + 1 < len(doc.toks) else None
    return t.sent == doc.toks[first].sent and t.text.islower() and t.case == "gent" and \
        doc.toks[last - 1].is_word() and "plur" not in (t.parse.grams if t.parse else ()) and \
        t.pos == "NOUN" and t.lemma.replace("ё", "е") in lex.unit_words and not (
            nxt is not None and nxt.sent == t.sent and nxt.text[:1].isupper() and
            nxt.ner != "PER")


def _place_opened(doc: Doc, lex: OrgLexicon, last: int) -> int:
    """The end of a gazetteer's name that the place word at ``last - 1`` opens ("Маслихат
    области | Абай": "область Абай", "область Жетісу"), else ``last``."""
    return known_place_span(doc, last - 1, last, lex.places, lex.gazetteer.place_max,
                            lex.unit_words)[1]


def _members_after(doc: Doc, lex: OrgLexicon, first: int, last: int) -> bool:
    """Is the word after a span that ends with an organization's word the people it unites, a
    plural animate noun in the genitive ("районного совета | ветеранов", "союза | журналистов",
    "совета | директоров")?"""
    if last >= len(doc.toks):
        return False
    t, head = doc.toks[last], doc.toks[last - 1]
    grams = t.parse.grams if t.parse is not None else frozenset()
    return t.sent == doc.toks[first].sent and t.text.islower() and t.pos == "NOUN" and \
        {"gent", "plur", "anim"} <= grams and t.case in (None, "gent") and \
        head.lemma.replace("ё", "е") in lex.org_words


def _extent(doc: Doc, lex: OrgLexicon, spans: list[tuple[str, int, int]], i: int, first: int,
            last: int, rule: str) -> _NerSpan:
    """An NER span run on over a place name in the genitive right after it ("Гражданского
    альянса | Казахстана" → one organization, "Управление образования | ВКО"), over "имени" + a
    name, over the organization a generic body belongs to, and over a "по"-complement. The
    mention stays the NER span (with the person a body is named after, "Театра им. | Йозефа
    Бойса", and a "по"-complement right after it); the name runs to the end of it all."""
    last = end = _place_opened(doc, lex, last)
    if i + 1 < len(spans):
        t2, f2, l2 = spans[i + 1]
        if t2 == "LOC":
            l2 = before_po(doc, f2, l2)
            # "Ассоциации фермеров | района Биржан | сал": the gazetteer's whole name
            l2 = known_place_span(doc, f2, l2, lex.places, lex.gazetteer.place_max,
                                  lex.unit_words)[1]
        nxt = doc.toks[f2]
        link = _place_link(doc, lex, last, f2, l2)
        if f2 - link == last and nxt.sent == doc.toks[first].sent and (
                (t2 == "LOC" and (nxt.case == "gent" or link or _abbreviations(doc, first, l2) or
                                  _ends_with_unit(doc, lex, first, last) or
                                  _municipal_name(doc, first, last)))
                or
                (l2 - f2 == 1 and nxt.text in lex.place_alias)):
            end, rule = _region_after(doc, lex, spans, i + 2, l2), "ner_with_place"
    named = _named_after(doc, first, end) if end == last else last
    if _named_after(doc, first, end) != end:
        end, rule = _named_after(doc, first, end), "ner_named_after"
    if end == last and (_unit_after(doc, lex, first, last) or _members_after(doc, lex, first,
                                                                             last)):
        end = last = last + 1
    if end == last and last - first > 1 and _ends_unit_before_quote(doc, lex, last):
        end = last = _municipal_name_end(doc, lex, first, last)  # "района | «Есиль»"
    if end == last:
        end = last = _numbered_end(doc, lex, first, last)
    parent = _parent_extent(doc, lex, spans, i, first, last) if end == last else None
    if parent is not None:
        end, rule = parent, "ner_with_parent"
    before = doc.toks[first - 1] if first > 0 else None
    owned = before is not None and doc.toks[first].case == "gent" and (
        before.lemma.replace("ё", "е") in lex.body_words or
        before.text.islower() and before.lemma in lex.po_place_heads)  # "орган | Росстата"
    # "комитета | Совета Федерации по …": the complement is the outer body's
    po = end if owned else max(_po_complement(doc, first, end, lex),
                               _inner_po_complement(doc, first, end, lex))
    if po > end:
        end, rule = po, "ner_po_complement"
    pri = _pri_complement(doc, first, end, lex)
    if pri > end:
        # "Совет при Президенте РФ | по развитию информационного общества"
        end, rule = _po_complement(doc, first, pri, lex), "ner_po_complement"
    field = _field_end(doc, lex, first, end) if end == last else end
    if field > end:
        end = last = field
        rule = "ner_field"
    if rule == "ner_po_complement":
        last = end  # the mention runs on with the name, over a place inside it too
    return rule, first, spans[i][2], max(last, named), end


def _parent_extent(doc: Doc, lex: OrgLexicon, spans: list[tuple[str, int, int]], i: int,
                   first: int, last: int) -> int | None:
    """The end of the parent body a generic, org-headed or abbreviated name runs on over
    ("СО | РАН", "СУ | МВД", "отдел | администрации района"), or None when there is none."""
    if not (_generic(doc, first, last, lex) or _org_headed(doc, first, last, lex)
            or _abbreviations(doc, first, last)):
        return None
    parent = _parent_end(doc, lex, spans, i, first, last)
    if parent == last:
        parent = _quoted_parent_end(doc, first, last)
    return _quoted_kind_end(doc, lex, first, parent) if parent != last else None


def _region_after(doc: Doc, lex: OrgLexicon, spans: list[tuple[str, int, int]], j: int,
                  end: int) -> int:
    """The end of a region in the genitive right after the place a name ran on over, that the
    body serves ("Ассамблеи народа Казахстана | Абайской области", "Союза журналистов России |
    Чувашской Республики"), else ``end``."""
    if j >= len(spans) or spans[j][0] != "LOC":
        return end
    return _region_end(doc, lex, end, spans[j][1], spans[j][2])


def _region_end(doc: Doc, lex: OrgLexicon, end: int, f: int, last: int) -> int:
    """The end of the NER's place [f, last) when it starts at ``end`` in the same sentence and
    is a region in the genitive, its unit word last ("Абайской области", "Чувашской
    Республики"), else ``end``."""
    if f != end:
        return end
    last = before_po(doc, f, last)
    # "Республики Саха | (Якутия)": the place's bracketed alternative (alternatives.py)
    core = next((k for k in range(f + 1, last) if doc.toks[k].text == "("), last) \
        if doc.toks[last - 1].text == ")" else last
    t = doc.toks[core - 1] if core == last else doc.toks[f]  # "Республики | Саха (Якутия)"
    return last if core - f > 1 and t.sent == doc.toks[end - 1].sent and t.case == "gent" and \
        t.lemma.replace("ё", "е") in lex.unit_words else end


def _numbered_end(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """The end of a numbered institution's name the NER stopped short of: over the number after
    its word ("СОШ | № 12") and the town in the genitive after the number, or over that town
    after a number the NER took in ("ДЮСШ № 3 | Усть-Каменогорска"); ``last`` otherwise."""
    if doc.toks[last - 1].lemma.replace("ё", "е") in lex.numbered_institutions \
            and (number := _number_end(doc.toks, last)) > 0:
        return _place_complement(doc, number, lex)
    if last - first > 1 and any(_number_end(doc.toks, j) == last for j in (last - 2, last - 1)):
        return _place_complement(doc, last, lex)
    return last


def _own_quoted_end(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """The end of the quoted name right after a proper name that capitalized adjectives open
    and a word of data/full_name_heads.txt heads (a party, a chamber: not "лига «Сибирь»", a
    club of the league), the only one in it: the full name runs over it
    ("Демократической партии Казахстана | «Ак жол»", "Национальной палаты предпринимателей |
    «Атамекен»"); not over a quote in the genitive ("Казахстанского филиала | «Газпрома»"), nor
    one after a second organization word, whose name it is ("областного филиала партии |
    «Нұр Отан»"). ``last`` when there is none."""
    toks = doc.toks
    last -= last - first > 1 and is_opening(doc, last - 1)  # the NER took the quote in
    h = head_index(toks[first:last])
    if h is not None and toks[first + h].lemma.replace("ё", "е") not in lex.full_name_heads:
        return last  # "Континентальной хоккейной лиги | «Сибирь»": a club of the league
    if last >= len(toks) or toks[last].sent != toks[first].sent or not is_opening(doc, last) \
            or h is None or h == 0 or not toks[first].is_title_case() or \
            toks[first].pos not in ("ADJF", "PRTF") or _word_kind(toks[first + h].lemma, lex) \
            is None or any(_word_kind(t.lemma, lex) is not None for t in toks[first + h + 1:last]):
        return last
    if first == doc.sents[toks[first].sent].first and \
            not any(t.text[:1].isupper() for t in toks[first + h + 1:last]):
        return last  # "Студенческий отряд | «Жасыл ел»": a capital of the sentence's start
    q = doc.quotes.name_at(last)
    if q is None or not is_name(doc, q[0], q[1]) or toks[q[0]].pos == "PREP":
        return last  # (a name opening with a preposition is an award's: "палаты … | «За
        # развитие предпринимательства»")
    ref = head_index(toks[q[0]:q[1]])
    return last if _read_genitive(toks[q[0] + (ref or 0)]) else q[2]


def _field_end(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """"Зал славы | мирового фигурного катания", "Зал славы | журнала Gramophone": a name of
    data/field_names.txt runs over the genitive noun phrase right after it (adjectives, a
    noun, a Latin name after the noun); ``last`` when there is none."""
    toks = doc.toks
    if tuple(t.lemma.replace("ё", "е") for t in toks[first:last]) not in lex.field_names:
        return last
    k = last
    while k < len(toks) and toks[k].sent == toks[first].sent and toks[k].case == "gent" \
            and toks[k].pos in ("ADJF", "PRTF"):
        k += 1
    if k >= len(toks) or toks[k].sent != toks[first].sent or toks[k].case != "gent" \
            or toks[k].pos != "NOUN":
        return last
    k += 1
    if k < len(toks) and toks[k].sent == toks[first].sent and _latin(toks[k].text) \
            and toks[k].text[:1].isupper():
        k += 1
    return k


def _parent_end(doc: Doc, lex: OrgLexicon, spans: list[tuple[str, int, int]], i: int,
                first: int, last: int) -> int:
    """"Следственное управление | Следственного комитета Армении", "Институт языкознания | АН
    СССР", "Палата представителей | Конгресса США": the name runs over the organization in
    the genitive it belongs to (which stays one of its own), or over an abbreviation in any
    case ("Национальный совет | PGA"). ``last`` when there is none."""
    nxt = next(((f2, l2) for t2, f2, l2 in spans[i + 1:i + 2]
                if t2 == "ORG" and f2 == last
                and doc.toks[f2].sent == doc.toks[first].sent
                and (doc.toks[f2].case == "gent" or
                     all(t.text.isupper() and len(t.text) > 1
                         for t in doc.toks[f2:l2]))), None)
    if nxt is None:
        return last
    end = next((k for k in range(nxt[0] + 1, nxt[1]) if doc.toks[k].text == "("), nxt[1])
    if end < nxt[1]:
        return end  # "Ассоциация агентов | ФБР (FBI Agents Association)": not over its aside
    j = i + 2
    while j < len(spans) and j - i < 4 and spans[j][0] == "ORG" and spans[j][1] == end and \
            _abbreviations(doc, nxt[0], spans[j][2]) and \
            doc.toks[end].sent == doc.toks[first].sent:
        end = spans[j][2]  # "Институт химии | СО | РАН": the parent's own parent, abbreviated
        j += 1
    if j < len(spans):
        t3, f3, l3 = spans[j]
        if f3 == end and t3 == "LOC" and doc.toks[f3].case == "gent" and \
                doc.toks[f3].sent == doc.toks[first].sent:
            end = l3
    return end


def _quoted_kind_end(doc: Doc, lex: OrgLexicon, first: int, last: int) -> int:
    """The end of the quoted name right after a parent named by its kind word ("отделение |
    Всероссийского общественного движения | «Волонтеры-медики»"): the parent's name, which the
    branch's runs over; ``last`` when there is none."""
    toks = doc.toks
    at = last - 1 if toks[last - 1].text in QUOTES else last  # the NER took the quote in
    if at >= len(toks) or toks[at].text not in QUOTES or \
            toks[at - 1].lemma.replace("ё", "е") not in lex.org_words or \
            toks[at].sent != toks[first].sent:
        return last
    q = doc.quotes.name_at(at)
    return q[2] if q is not None and is_name(doc, q[0], q[1]) else last


def _quoted_parent_end(doc: Doc, first: int, last: int) -> int:
    """"Совет директоров | «Башинформа»", "правление | «Газпрома»": a body's name runs over the
    quoted name in the genitive of the organization it belongs to, right after it (which is
    an organization of its own); ``last`` when there is none."""
    toks = doc.toks
    if last >= len(toks) or toks[last].text not in QUOTES or toks[last].sent != toks[first].sent:
        return last
    q = doc.quotes.name_at(last)
    if q is None or not is_name(doc, q[0], q[1]):
        return last
    h = head_index(toks[q[0]:q[1]])
    ref = toks[q[0] + h] if h is not None else toks[q[0]]
    return q[2] if ref.case == "gent" and ref.is_word() else last


def _ner_stage(c: _Ctx) -> list[_Found]:
    """The NER's spans (``_ner_spans``) on the words no quoted name claimed, a title glued to
    their front cut off ("председатель …"), cut into parts (``_parts``); a bracketed aside of a
    run ("Союз координационных советов (СКС)") is noted for ``ner_bracket_alias``."""
    out: list[_Found] = []
    n = 0
    for rule, first, ner_last, last, name_last in c.ner:
        start = _event_prefix(c.doc, _title_prefix(c.doc, first, last, c.lex), last, c.lex)
        if start >= last:
            continue
        for a, b, aside in _free_runs(c.doc, start, last, c.state.covered):
            parts = _parts(c, _Part((first, ner_last), start, a, a, b), rule, last, name_last, n)
            out += parts
            if aside is not None:
                c.state.asides.append((aside, (_NER, n, len(parts)), parts))
            n += 1
    return out


def _free_runs(doc: Doc, first: int, last: int, covered: set[int]
               ) -> list[tuple[int, int, tuple[int, int] | None]]:
    """The runs of [first, last) that no earlier candidate claimed ("Центр … | ОФ «Ана Үйі»"
    keeps the part before the quoted name), without quotes and punctuation at their edges, each
    with a bracketed aside at its end cut off (``_aside``)."""
    runs: list[tuple[int, int]] = []
    for k in range(first, last):
        if k in covered:
            continue
        if runs and runs[-1][1] == k:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    out = []
    for a, b in runs:
        while a < b and (doc.toks[a].text in QUOTES or not doc.toks[a].is_word()) and \
                not _glued_number(doc, a, b):
            a += 1
        while b > a and (doc.toks[b - 1].text in ",.(" or (
                doc.toks[b - 1].text in QUOTES and not _closes(doc, a, b - 1)) or (
                doc.toks[b - 1].text == ")" and not _paren_opened(doc, a, b - 1))):
            b -= 1
        if b > a:
            out.append((a, *_aside(doc, a, b)))
    return out


def _glued_number(doc: Doc, a: int, b: int) -> bool:
    """Is token a a number written together with the word after it, the start of a name
    ("3Com", "1С")?"""
    toks = doc.toks
    return a + 1 < b and toks[a].text.isdigit() and toks[a + 1].is_word() and \
        toks[a].stop == toks[a + 1].start


def _quoted_name(c: _Ctx, x: int, y: int) -> str:
    """The name of tokens [x, y) in the nominative: words before a quoted name that ends the
    span are put in the nominative by their head, the quoted name kept as written ("Омского
    государственного технического университета «ОмГТУ»" → "Омский государственный
    технический университет «ОмГТУ»"); a span with quotes elsewhere is kept as written."""
    doc = c.doc
    text = doc.span_text(x, y)
    if not any(q in text for q in QUOTES):
        return nominative(doc, x, y, c.morph, organization=True)
    q = next(k for k in range(x, y) if any(ch in QUOTES for ch in doc.toks[k].text))
    inner = doc.span_text(q, y).strip()
    if inner[-1:] not in QUOTES and y < len(doc.toks) and doc.toks[y].text in QUOTES:
        inner += doc.toks[y].text  # the NER span stopped before the closing quote
    if q > x and doc.toks[q].text in QUOTES and inner[-1:] in QUOTES and \
            sum(ch in QUOTES for ch in inner) == 2 and head_index(doc.toks[x:q]) is not None:
        return f"{nominative(doc, x, q, c.morph, organization=True)} {guillemets(inner)}"
    return guillemets(text.strip(QUOTES + " "))


def _parts(c: _Ctx, part: _Part, rule: str, last: int, name_last: int, n: int
           ) -> list[_Found]:
    """One run of an NER span: a legal form at its start taken off ("ОО Батыр"), the rest cut
    where a second state body starts (``_split_nested``), each part named in the nominative."""
    doc, lex = c.doc, c.lex
    form = None
    a = part.a0
    found = _match_form(doc, a, part.b, lex)
    if found is not None:
        form, a = found
        if a >= part.b or all(t.text.islower() for t in doc.toks[a:part.b] if t.is_word()):
            return []  # "лучшим НКО | республики": a class and a common noun, no name
    end = name_last if part.b >= last else part.b
    out = []
    for j, (x, y) in enumerate(_split_nested(doc, a, end, lex)):
        head = head_index(doc.toks[x:y])
        name = _quoted_name(c, x, y)
        kind = form.kind if form else "media" if _DOMAIN.match(name) else \
            _first_word_kind(doc.toks[x], lex, c.morph,  # a site named by its domain
                             doc.toks[x + head] if head is not None else None)
        made = "ner_nested_body" if x > a else "ner_legal_form" if form else rule
        org = _with_quoted_parent(c, x, y, part.b, name, kind)
        if org is not None:
            made = "ner_quoted_parent"
        else:
            org = OrgCandidate(x if form is None else part.first, min(y, part.b), name,
                               form.abbr if form else None, form.full if form else None, kind,
                               x, y)
        where = replace(part, a=a, head=doc.toks[x + head].lemma if head is not None else "")
        out.append(_Found(made, org, (_NER, n, j), checked=name, part=where))
    return out


def _first_word_kind(t: Tok, lex: OrgLexicon, morph: Morphology, head: Tok | None = None
                     ) -> str:
    """The kind a name's first word gives it: an organization word's ("университет",
    "пресс-служба"), else its head noun's as an organization or body word ("Ленинский
    районный суд", "Федеральное агентство по делам молодёжи": state), else a compound
    body's ("Минстрой Подмосковья"), else a known organization's that the name runs on from
    ("МВД | по Башкирии")."""
    kind = _org_word(t, lex) or (_org_word(head, lex) if head is not None else None) or \
        (_word_kind(head.lemma, lex) if head is not None else None) or \
        compound_body(t.text, morph)
    if kind is not None:
        return kind
    known = lex.known_orgs.get((t.lemma.replace("ё", "е"),)) or lex.known_orgs.get((t.low,))
    return known[1] if known is not None else "other"


def _with_quoted_parent(c: _Ctx, x: int, y: int, b: int, name: str, kind: str
                        ) -> OrgCandidate | None:
    """"Павлодарский областной филиал | партии «Нұр Отан»": a part followed by a quoted name an
    organization word introduced, in the genitive, is one name with it (the party stays an
    organization of its own); None when no such name follows."""
    doc = c.doc
    sub_org = c.state.rule_at.get(y)
    if sub_org is None or doc.toks[y].case != "gent" or sub_org.form is not None:
        return None
    end_tok = max(sub_org.last_tok, sub_org.name_last)
    if end_tok < len(doc.toks) and doc.toks[end_tok].text in QUOTES:
        end_tok += 1
    tail = guillemets(doc.span_text(y, end_tok))
    return OrgCandidate(x, min(y, b), f"{name} {tail}", None, None, kind, x, end_tok)


def _bracket_aliases(c: _Ctx) -> Iterator[_Found]:
    """"Союз координационных советов (СКС)": the bracketed name is a second mention of the
    organization before it (the last part of its run that was kept)."""
    c.stage(_NER)
    for (p, q), order, parts in c.state.asides:
        kept = [f for f in parts if f.order in c.state.kept]
        if kept:
            o = kept[-1].org
            yield _Found("ner_bracket_alias", OrgCandidate(p, q, o.name, o.form, o.form_full,
                                                           o.kind, p, q), order)


_MAX_PO = 14


def _po_complement(doc: Doc, first: int, last: int, lex: OrgLexicon) -> int:
    """Run a name on over its "по"-complement, where the NER stopped before it: "Европейский
    суд | по правам человека", "комитет Совета Федерации | по экономической политике", "Главное
    управление МВД | по Москве". The head (first noun of [first, last)) must take such complements
    (data/po_heads.txt); the noun after "по" is in the dative and does not start an adverbial
    ("суд по делу …", "по данным …": data/po_adverbials.txt). Returns the new end."""
    toks = doc.toks
    if last >= len(toks) or toks[last].low != "по" or toks[last].sent != toks[first].sent:
        return last
    territory = _po_not_field(doc, first, last, lex)
    if territory is not None:
        return territory
    sent = toks[first].sent
    k = last + 1
    noun = None  # the first noun after "по"
    end = last
    while k < len(toks) and k - last <= _MAX_PO and toks[k].sent == sent:
        t = toks[k]
        p = t.parse
        if t.low == "," and noun is not None and any(x.text[:1].isupper() for x in toks[noun:k]):
            break  # "по науке администрации Томской области | , премии": the owner's name
        if t.low in (",", "и") and noun is None and _enumerated_adjectives(toks, k):
            k += 1  # "по бюджетной | , финансово-экономической политике"
            continue
        if t.low in ("и", "за", "с", "к", ",") and noun is not None and end == k and (
                t.low != "с" or toks[k - 1].lemma.replace("ё", "е") in field_partners()) and \
                not _party_after_place(doc, lex, noun, k):
            k += 1  # "по конституционному законодательству и госстроительству", "по контролю
            continue  # за оборотом наркотиков", "по связям с общественностью", "по науке, …",
            # "по подготовке к юбилею"; not "по Ростовской области | с просьбой"
        if noun is not None and _field_abbreviation(t) and all(
                x.low in ("и", "с") or x.pos in ("ADJF", "PRTF", "ADVB") for x in toks[end:k]):
            end = k = k + 1  # "по делам участников | СВО", "по работе с | НКО", "поддержке
            continue  # социально ориентированных | НКО"
        if noun is not None and p is not None and p.pos == "ADVB" and k + 1 < len(toks) and \
                toks[k + 1].pos in ("ADJF", "PRTF"):
            k += 1  # "социально | ориентированных НКО"
            continue
        if p is None or not t.is_word() or p.pos not in ("NOUN", "ADJF", "PRTF") or t.ner == "PER":
            break
        if noun is None:
            if not _field_dative(toks, k, last) or t.lemma == "один" or p.pos == "NUMR":
                break  # "по одному номеру", "по двум": "по" counts out, names no field
            if p.pos == "NOUN":
                if po_adverbial(t, lex.po_adverbials):
                    return last
                if t.lemma.replace("ё", "е") in lex.unit_words and (
                        served := _po_territory(doc, first, last, lex)) > last:
                    return served  # "Управление … | по Красноярскому краю, Республике
                    # Хакасия и Республике Тыва": a territory, no field
                noun = k
                end = k + 1
        elif t.case in ("gent", "datv", "ablt") or _enumerated_dative(doc, k):
            if p.pos == "NOUN":
                end = k + 1
        else:
            break
        k += 1
    return end if noun is not None else last


def _po_not_field(doc: Doc, first: int, last: int, lex: OrgLexicon) -> int | None:
    """The end of a "по"-complement that names no field, when the name's head takes none
    (data/po_heads.txt): over the territory of a head or an abbreviation that is named by one
    (data/po_place_heads.txt: "Главное управление МВД | по Москве", "пресс-служба МЧС | по
    Санкт-Петербургу"), else ``last``; None when the head takes a field."""
    toks = doc.toks
    head = head_index(toks[first:last])
    lemma = _head_key(toks[first + head], lex.po_heads) if head is not None else ""
    if lemma in lex.po_place_heads:
        return _po_territory(doc, first, last, lex)
    if lemma in lex.po_heads:
        return None
    owner = toks[last - 1].lemma.replace("ё", "е")
    return _po_territory(doc, first, last, lex) if owner in lex.po_place_heads else last


def _enumerated_adjectives(toks: Sequence[Tok], k: int) -> bool:
    """Does the comma or "и" at ``k`` join two dative adjectives of one field after "по"
    ("по бюджетной | , финансово-экономической политике", "по социальной и молодежной
    политике")?"""
    prev, nxt = toks[k - 1], toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and prev.pos in ("ADJF", "PRTF") and nxt.pos in ("ADJF", "PRTF") \
        and _in_case(prev, "datv") and _in_case(nxt, "datv") and nxt.sent == prev.sent


def _field_dative(toks: Sequence[Tok], k: int, po: int) -> bool:
    """Is the word at ``k``, before the first noun of the field after "по" at ``po``, in the
    dative, or, after a dative word of that field, one with a dative reading ("по бюджетной
    политике", "по социальной и молодежной политике": the tagger reads them in the locative)?"""
    t = toks[k]
    return t.case == "datv" or k > po + 1 and _in_case(t, "datv")


def _head_key(t: Tok, words: Collection[str]) -> str:
    """The key of a head word in a table of lemmas: an abbreviation in capitals as written, when
    the table has it, whatever lemma the dictionary guessed ("СШОР", not "сшоры")."""
    low = t.low.replace("ё", "е")
    return low if t.text.isupper() and low in words else t.lemma.replace("ё", "е")


def _enumerated_dative(doc: Doc, k: int) -> bool:
    """Is the word at ``k``, right after a comma or "и", one with a dative reading the tagger
    read in another case, a field of the enumeration after "по" ("по коммунальной
    инфраструктуре, | мобильности, экологии")?"""
    return k > 0 and doc.toks[k - 1].low in (",", "и") and _in_case(doc.toks[k], "datv")


def _party_after_place(doc: Doc, lex: OrgLexicon, noun: int, k: int) -> bool:
    """Does the joint at ``k`` follow a "по"-complement a capitalized word closed (its
    territory: "по чрезвычайным ситуациям Курской области") and join a second party to
    it, a noun that names no field (people: ", | полицейских и волонтеров")? The name ends
    there."""
    toks = doc.toks
    if not any(t.text[:1].isupper() for t in toks[noun:k]):
        return False
    j = k + 1
    while j < len(toks) and toks[j].pos in ("ADJF", "PRTF", "ADVB"):
        j += 1
    return j < len(toks) and toks[j].pos == "NOUN" and not field_noun(
        toks[j], lex.body_words, lex.org_words, lex.titles, lex.joined_parties)


def _field_abbreviation(t: Tok) -> bool:
    """An abbreviation in capitals that ends a field, as a genitive or as a partner after "с"
    ("участников | СВО", "с | НКО"); not one a name of a person may be."""
    return t.text.isupper() and t.text.isalpha() and 2 <= len(t.text) <= 6 and t.ner != "PER"


def _inner_po_complement(doc: Doc, first: int, last: int, lex: OrgLexicon) -> int:
    """An NER span that stops inside its "по"-complement, before the fields joined to it,
    runs on over them: "Комитета по регламенту | и организации парламентской деятельности",
    "Управления по контролю за оборотом | алкогольных напитков, табачных изделий и оружия"
    (the complement read whole from its "по" by ``_po_complement``). Returns the new end, or
    ``last``."""
    po = _last_po(doc, first, last)
    return last if po is None else max(last, _po_complement(doc, first, po, lex))


def _last_po(doc: Doc, first: int, last: int) -> int | None:
    """The last "по" inside [first + 1, last - 1), or None."""
    return next((k for k in range(last - 2, first, -1) if doc.toks[k].low == "по"), None)


_SETTLEMENT_ABBREVIATIONS = frozenset({"г", "город", "городу"})


def _po_territory(doc: Doc, first: int, last: int, lex: OrgLexicon) -> int:
    """Run a body named by an abbreviation on over the territory it serves: "МВД | по
    Башкирии", "УФСБ | по Пермскому краю", "ГУ МВД | по г. Москве", "по Санкт-Петербургу и
    Ленинградской области", "по Красноярскому краю, Республике Хакасия и Республике Тыва":
    "по", "г." or "город", then capitalized words and lowercase unit words (data/place_words.txt)
    in the dative, joined by "и" or a comma; a capitalized name in apposition to a unit word
    keeps its nominative ("Республике | Бурятия"). Returns the new end (``last`` when no place
    follows)."""
    toks = doc.toks
    sent = toks[first].sent
    k = last + 1
    end = last
    while k < len(toks) and toks[k].sent == sent and k - last <= _MAX_PO:
        t = toks[k]
        if t.low in _SETTLEMENT_ABBREVIATIONS or t.text == "." and end < k and \
                toks[k - 1].low == "г":
            k += 1
            continue
        if t.low in ("и", ",") and end == k > last + 1 and k + 1 < len(toks) and \
                toks[k + 1].text[:1].isupper() and _dative(toks[k + 1]):
            k += 1
            continue
        if t.is_word() and t.ner != "PER" and t.text[:1].isupper() and \
                t.case in ("nomn", "gent") and end == k > last + 1 and _dative(toks[k - 1]) and \
                toks[k - 1].lemma.replace("ё", "е") in lex.unit_words:
            end = k = k + 1  # "по Республике | Бурятия": a name in apposition; "по
            continue  # Останкинскому району | Москвы": the place the unit is of
        if not t.is_word() or not _dative(t) or t.ner == "PER":
            break
        if t.text[:1].isupper() or t.pos == "NOUN" and end > last and \
                t.lemma.replace("ё", "е") in lex.unit_words:
            end = k + 1  # "Пермскому | краю"
        elif not (t.text.islower() and t.pos in ("ADJF", "PRTF")):
            break  # "по Кабанскому району | капитану полиции": a person's rank
        k += 1
    return end


def _dative(t: Tok) -> bool:
    """Can ``t`` be in the dative ("Москве" the tagger may call prepositional)?"""
    return t.case == "datv" or any("datv" in p.grams for p in t.parses)


def _genitive_after(t: Tok) -> bool:
    """Is ``t``, after the noun "при" governs, a genitive: the tagger's, or a prepositional it
    read in a word with a genitive reading ("при акиме | области"), for no second
    prepositional follows without its own preposition?"""
    return t.case == "gent" or t.case == "loct" and any("gent" in p.grams for p in t.parses)


def _attached_to(t: Tok, lex: OrgLexicon) -> bool:
    """Can a council be attached to what ``t`` names after "при": a body ("при акимате") or an
    official ("при Президенте РФ", "при главном архитекторе Москвы")?"""
    lemma = t.lemma.replace("ё", "е")
    return lemma in lex.org_words or lemma in lex.body_words or lemma in lex.titles


def _pri_complement(doc: Doc, first: int, last: int, lex: OrgLexicon) -> int:
    """Run a council's name on over the body it is attached to: "Совет по делам молодежи | при
    акимате Карагандинской области", "комиссия | при Правительстве РФ", "Совет | при
    Президенте РФ", "Академия государственного управления | при Президенте Республики
    Казахстан". The head takes complements (data/po_heads.txt, pri_heads.txt); after "при" come
    adjectives and a body word or an official's title in the prepositional, then its genitive
    or capitalized complement, a place's whole name. Returns the new end."""
    toks = doc.toks
    if last + 1 >= len(toks) or toks[last].low != "при" or toks[last].sent != toks[first].sent:
        return last
    head = head_index(toks[first:last])
    if head is None or toks[first + head].lemma.replace("ё", "е") not in lex.pri_heads:
        return last
    k = last + 1
    if toks[k].text.isupper() and toks[k].low in lex.po_place_heads and \
            toks[k].sent == toks[first].sent:
        # "Общественный совет | при МВД по Республике Бурятия", "при УМВД России по Томской
        # области": a state body by its abbreviation, its country and territory with it
        stop = k + 3
        while k + 1 < min(stop, len(toks)) and (CAPITALS_ABBREVIATION.match(toks[k + 1].text) or
                                                toks[k + 1].is_title_case() and
                                                toks[k + 1].case == "gent"):
            k += 1  # "при ГУ | МВД | России | по Москве"
        served = k + 1 < len(toks) and toks[k + 1].low == "по"
        return _po_territory(doc, first, k + 1, lex) if served else k + 1
    while k < len(toks) and toks[k].pos in ("ADJF", "PRTF") and toks[k].case == "loct":
        k += 1
    if k >= len(toks) or toks[k].pos != "NOUN" or toks[k].case != "loct" or \
            toks[k].sent != toks[first].sent or not _attached_to(toks[k], lex):
        return last
    lemma = toks[k].lemma.replace("ё", "е")
    body = lex.body_words.get(lemma)
    if toks[first + head].lemma.replace("ё", "е") not in lex.po_heads and \
            lemma not in lex.titles and (body is None or body[0] != "state"):
        return last  # "медицинская школа | при университете": two organizations; "Академия
        # … | при Президенте", "… | при Правительстве": one
    # "при Министерстве молодежной политики и спорта …": at least the NER's name
    span = doc.ner_span(k)
    named = span[2] if span is not None and span[0] == "ORG" and span[1] > last else k + 1
    noun = k
    end = k = k + 1
    while k < len(toks) and toks[k].sent == toks[first].sent and toks[k].is_word() and (
            toks[k].pos in ("NOUN", "ADJF", "PRTF") and _genitive_after(toks[k]) or
            toks[k].text.isupper() and len(toks[k].text) > 1):
        k += 1
        if toks[k - 1].pos != "ADJF" and toks[k - 1].pos != "PRTF":
            end = k
    end = max(_place_opened(doc, lex, end) if end > noun + 1 else end, named)
    po = _po_complement(doc, noun, end, lex)  # "при управлении | по вопросам … СКО"
    return _undeclined_place(doc, lex, po, toks[first].sent) if po > end else end


def _generic(doc: Doc, first: int, last: int, lex: OrgLexicon) -> bool:
    """Is [first, last) a body word with adjectives only ("Следственное управление", "Главное
    управление", "Региональное отделение", "Территориальный орган"), a name only with the body
    it belongs to?"""
    toks = doc.toks[first:last]
    if not toks:
        return False
    h = toks[-1]
    if h.parse is None or h.parse.pos != "NOUN" or h.text.isupper():
        return False
    lemma = h.lemma.replace("ё", "е")
    # (a body's office named by the territory it serves: "Территориальный орган")
    if lemma not in lex.org_words and lemma not in lex.body_words and \
            lemma not in lex.po_place_heads:
        return False
    return all(t.parse is not None and t.parse.pos in ("ADJF", "PRTF") and
               not t.text.isupper() and (t.i == first or not t.is_title_case())
               for t in toks[:-1])


def _org_headed(doc: Doc, first: int, last: int, lex: OrgLexicon) -> bool:
    """Is [first, last) headed by an organization word ("Институт языкознания")?"""
    h = head_index(doc.toks[first:last])
    return h is not None and _org_word(doc.toks[first + h], lex) is not None


_INITIALS = re.compile(r"^[A-ZА-ЯЁ](\.[A-ZА-ЯЁ])*\.?$")


def _named_after(doc: Doc, first: int, last: int) -> int:
    """Extend "Театр имени" over the name that follows: "… имени К. С. Станиславского"."""
    k = last
    if k - 2 > first and doc.toks[k - 1].low in EPONYM_RANKS:
        k -= 1  # "университет имени профессора | В. Ф. Войно-Ясенецкого": the NER stopped there
    while k - 1 > first and doc.toks[k - 1].text == ".":
        k -= 1
    sent = doc.toks[first].sent
    if doc.toks[k - 1].low not in EPONYM_WORDS:
        if k != last or last >= len(doc.toks) or doc.toks[last].low not in EPONYM_WORDS or \
                doc.toks[last].sent != sent:
            return last
        k = last + 1  # "КазНУ | им. аль-Фараби": the NER stopped before the eponym word
    j = k
    while j < len(doc.toks) and doc.toks[j].sent == sent and (
            doc.toks[j].text == "." or _INITIALS.match(doc.toks[j].text) or
            doc.toks[j].low in EPONYM_RANKS and all(x.text == "." for x in doc.toks[k:j])):
        j += 1  # "имени | профессора | В. Ф. Войно-Ясенецкого", "им. | академика | …"
    initials = any(_INITIALS.match(doc.toks[x].text) for x in range(k, j))
    if j < len(doc.toks) and doc.toks[j].sent == sent and doc.toks[j].is_word() and (
            doc.toks[j].is_title_case() or _particle_name(doc.toks[j].text)):
        j += 1
        # after initials the surname ends the name ("им. М. Ауэзова | Зауре Ибрагимова": the
        # name after it is a person of its own); a first name goes on with the NER's name or,
        # when the NER saw none, with the capitalized genitives after it ("имени Шокана |
        # Уалиханова", "имени Льва | Николаевича Толстого"), no place among them
        name = j
        while not initials and j < len(doc.toks) and doc.toks[j].sent == sent and (
                doc.toks[j].ner == "PER" or doc.toks[j].ner in (None, "ORG") and j - name < 2
                and _name_genitive(doc.toks[j])):
            j += 1
        return eponym_name_end(doc, k, j, 1)
    return last


def _particle_name(text: str) -> bool:
    """A name after a lowercase particle and a hyphen: "аль-Фараби", "ибн-Сины"."""
    head, _, rest = text.partition("-")
    return bool(rest) and head.islower() and len(head) <= 3 and rest[:1].isupper()


def _name_genitive(t: Tok) -> bool:
    """May the capitalized word be a part of a person's name in the genitive?"""
    return t.is_title_case() and t.is_word() and not place_not_person(t) and (
        t.case == "gent" or not t.parses or any("gent" in p.grams for p in t.parses))


def _is_place_name(doc: Doc, a: int, b: int, lex: OrgLexicon) -> bool:
    toks = doc.toks[a:b]
    return lemma_key(toks) in lex.places or \
        tuple(t.low for t in toks) in lex.places


def _wholly_quoted(doc: Doc, a: int, b: int) -> bool:
    """Are the tokens [a, b) all of a quoted name ("«Рязани»")?"""
    q = doc.quotes.name_at(a - 1) if a > 0 and is_opening(doc, a - 1) else None
    return q is not None and q[0] == a and q[1] == b


def _paren_opened(doc: Doc, a: int, k: int) -> bool:
    """Does the bracket closing at token k close one opened in [a, k)?"""
    return any(doc.toks[j].text == "(" for j in range(a, k))


def _aside(doc: Doc, a: int, b: int) -> tuple[int, tuple[int, int] | None]:
    """A name the NER ran on over a closing bracketed aside, "Союз координационных советов
    (СКС)", "Международная амнистия (Amnesty International)": the end of the name before the
    bracket and the aside, another name of it; (b, None) when the span has none."""
    if b - a >= 3 and doc.toks[b - 1].text != ")":
        return _open_aside(doc, a, b)
    if b - a < 4 or doc.toks[b - 1].text != ")":
        return b, None
    p = next((j for j in range(b - 2, a, -1) if doc.toks[j].text in "()"), None)
    if p is None or doc.toks[p].text != "(" or p + 1 >= b - 1:
        return b, None
    return p, _name_aside(doc, p + 1, b - 1)


def _name_aside(doc: Doc, x: int, y: int) -> tuple[int, int] | None:
    """The words [x, y) of a bracket as a name: none when they make a clause ("(Центр
    возглавлял Иванов)")."""
    return None if any(t.pos in _CLAUSE_POS for t in doc.toks[x:y]) else (x, y)


def _open_aside(doc: Doc, a: int, b: int) -> tuple[int, tuple[int, int] | None]:
    """A name the NER ran on into a bracket it left open, "RAEX (Эксперт РА", "Bundesbank (ЦБ":
    the name ends before the bracket; the words in it are an aside when the bracket closes right
    after them ("RAEX (Эксперт РА)"), its quotes left out ("Scat Airlines («Скат»)")."""
    p = next((j for j in range(b - 1, a, -1) if doc.toks[j].text in "()"), None)
    if p is None or doc.toks[p].text != "(":
        return b, None
    x, y = p + 1, b
    while x < y and doc.toks[x].text in QUOTES:
        x += 1
    while y > x and doc.toks[y - 1].text in QUOTES:
        y -= 1
    closed = b < len(doc.toks) and doc.toks[b].text == ")"
    return p, _name_aside(doc, x, y) if closed and y > x else None


def _closes(doc: Doc, a: int, k: int) -> bool:
    """Does the quote at token k close a quote opened in [a, k)?"""
    return any(is_opening(doc, j) for j in range(a, k))


def _title_prefix(doc: Doc, first: int, last: int, lex: OrgLexicon) -> int:
    """Skip a title that the NER glued to the front of an organization ("председатель …"),
    a prefixed one too ("экс-акиму …", "Вице-министр …")."""
    k = first
    t = doc.toks[k]
    if t.parse is not None and (t.parse.normal in lex.titles or t.parse.pos == "PRTF" or
                                "-" in t.parse.normal and t.parse.normal.split("-")[-1]
                                in lex.titles):
        k += 1
        while k < last and not doc.toks[k].is_title_case() and \
                doc.toks[k].text not in QUOTES:
            k += 1
        return k
    return first


_NAME_GRAMS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def _event_prefix(doc: Doc, first: int, last: int, lex: OrgLexicon) -> int:
    """Skip a common noun the NER glued to the front of a body it governs in the genitive
    ("Заседание | общественного совета Костанайской области", "Сессия | маслихата области"):
    a noun that names no organization itself, before adjectives and an organization or body
    word in the genitive (not "Почта | России", whose genitive is a place)."""
    toks = doc.toks
    t = toks[first]
    if last - first < 2 or t.parse is None or t.pos != "NOUN" or _org_word(t, lex) or \
            t.lemma.replace("ё", "е") in lex.body_words or t.parse.grams & _NAME_GRAMS or \
            t.case == "gent":
        return first
    k = first + 1
    while k < last and toks[k].pos in ("ADJF", "PRTF") and _in_case(toks[k], "gent"):
        k += 1
    head = toks[k] if k < last else None
    if head is None or head.pos != "NOUN" or not _in_case(head, "gent") or not (
            _org_word(head, lex) or head.lemma.replace("ё", "е") in lex.body_words):
        return first
    return first + 1


def _quoted_for_other(doc: Doc, first: int, quoted: set[int], lex: OrgLexicon) -> bool:
    """Is the span inside a quoted name that belongs to a non-organization noun
    (проект «…», номинация «…», акция «…»)?"""
    if first not in quoted:
        return False
    k = first
    while k > 0 and (k - 1) in quoted:
        k -= 1
    if k < 2:
        return False
    before = doc.toks[k - 2]  # the word before the opening quote
    # «Құрмет», «Еңбек Даңқы»: walk back over the earlier names of a list
    while before.text in (",", "и") and k - 3 >= 0 and doc.toks[k - 3].text in QUOTES:
        j = k - 4
        while j > 0 and j in quoted:
            j -= 1
        k = j + 1
        if k < 2:
            return False
        before = doc.toks[k - 2]
    if before.text == ":":
        before = _list_owner(doc, k - 2) or before
    if before.low == "как" and k >= 4 and doc.toks[k - 3].text == ",":
        before = doc.toks[k - 4]  # "такие картины, как «Цирк», «Огни большого города»"
    q = doc.quotes.name_at(k - 1)
    if q is not None and _plural_oblique(doc, before.i, before.i + 1) and \
            not _listed_quote(doc, q[2], len(doc.toks)):
        # "премию для неправительственных организаций «…»", "конкурс среди объединений
        # «…»": many organizations, one name, the event's or the award's they complement
        head = _owner_head(doc, before.i, lex)
        if head is not None and head.lemma.replace("ё", "е") in lex.not_org_heads:
            return True
    p = before.parse
    if p is None or p.pos != "NOUN":
        return False
    return before.lemma not in lex.org_words and before.text not in lex.form_by_abbr


def _owner_head(doc: Doc, k: int, lex: OrgLexicon) -> Tok | None:
    """The word that the plural at ``k`` complements, over its adjectives, a preposition and
    genitive nouns: an event or an award ("премию для | неправительственных организаций",
    "конкурс среди | объединений") or an organization word ("Фонд поддержки |
    некоммерческих организаций"); None when it is neither ("Самолёт авиалиний «…»")."""
    j = k - 1
    while j >= 0 and k - j <= _MAX_OWNER_WORDS and doc.toks[j].sent == doc.toks[k].sent:
        t = doc.toks[j]
        lemma = t.lemma.replace("ё", "е")
        if t.pos == "NOUN" and (lemma in lex.not_org_heads or lemma in lex.org_words):
            return t
        if not (t.pos in ("ADJF", "PRTF", "PREP") or t.pos == "NOUN" and t.case == "gent"):
            return None
        j -= 1
    return None


_MAX_OWNER_WORDS = 5


_MAX_OWNER_GAP = 6


def _list_owner(doc: Doc, colon: int) -> Tok | None:
    """The plural noun a list after ``colon`` names the members of ("в кинотеатрах городской
    сети «Москино»: «Полёт», «Искра»" → кинотеатрах): the nearest plural noun of the sentence
    among the few words before the colon; None when there is none."""
    toks = doc.toks
    for j in range(colon - 1, max(-1, colon - 1 - _MAX_OWNER_GAP), -1):
        t = toks[j]
        if t.sent != toks[colon].sent:
            return None
        if t.parse is not None and t.parse.pos == "NOUN" and t.is_plural():
            return t
    return None



_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.(kz|ru|com|org|net|info|рф|қаз|tv|media|news)$",
                     re.IGNORECASE)


def _domain_stage(c: _Ctx) -> list[_Found]:
    """News sites named by their domain ("сообщает zakon.kz"): media organizations. razdel
    may split a domain into "zakon", ".", "kz": the glued run of tokens is read as one."""
    out: list[_Found] = []
    toks = c.doc.toks
    k = 0
    while k < len(toks):
        j = k + 1
        while j < len(toks) and toks[j].start == toks[j - 1].stop and toks[j].sent == toks[k].sent:
            j += 1
        text = c.doc.span_text(k, j)
        while j - 1 > k and toks[j - 1].text in ".,:;!?»\")":
            j -= 1
            text = c.doc.span_text(k, j)
        if not toks[k].chrome and k not in c.state.covered and _DOMAIN.match(text):
            out.append(_Found("news_domain", OrgCandidate(k, j, text, None, None, "media", k, j),
                              (_DOMAINS, len(out), 0)))
        k = max(j, k + 1)
    return out


_MAX_SITE_GAP = 12


def _website(doc: Doc, k: int, lex: OrgLexicon) -> bool:
    """Does a noun of data/website_words.txt govern the domain at token k, across the domains,
    commas and "и" of a list and adjectives before it ("на сайте gosuslugi.ru", "на сайтах
    rt.com, ora.tv и hulu.com")? A verb or another noun first ("сообщает zakon.kz") says no."""
    toks = doc.toks
    for j in range(k - 1, max(-1, k - 1 - _MAX_SITE_GAP), -1):
        t = toks[j]
        if t.sent != toks[k].sent:
            return False
        if t.pos == "NOUN":
            return t.lemma.replace("ё", "е") in lex.website_words
        if t.pos in ("ADJF", "PRTF") or t.low == "и" or not t.is_word() or "." in t.text or \
                t.parse is None or _latin(t.text):
            continue  # a domain of the list ("rt.com, ora.tv и hulu.com") or its pieces
        return False
    return False


_RELATIONAL = re.compile(r"^[а-яё-]+[сц]к(ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими|ым|ых)$")


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


def _platform(t: Tok, lex: OrgLexicon) -> bool:
    return t.low in lex.platforms or bool(t.lemmas & lex.platforms)


def _as_medium(doc: Doc, o: OrgCandidate, lex: OrgLexicon) -> bool:
    """A platform written in as a medium ("написал в Twitter", "в своём Фейсбуке")."""
    if o.form is not None or o.last_tok - o.first_tok != 1:
        return False
    t = doc.toks[o.first_tok]
    if not _platform(t, lex):
        return False
    k = o.first_tok - 1
    while k > 1 and doc.toks[k].text in (",", "и") and _platform(doc.toks[k - 1], lex):
        k -= 2  # "в Facebook, Skype | и WhatsApp"
    while k > 0 and doc.toks[k].sent == t.sent and doc.toks[k].lemma in lex.platform_words:
        k -= 1  # "в мессенджерах | Telegram", "в сети микроблогов | Twitter"
    return k >= 0 and doc.toks[k].sent == t.sent and (
        doc.toks[k].low in lex.platform_cues or doc.toks[k].lemma in lex.platform_cues)


_MODEL = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9-]+$|^[A-Z]+-[A-Z0-9]+$")


def _as_product(doc: Doc, o: OrgCandidate, lex: OrgLexicon) -> bool:
    """A maker's name that names its product: after a product noun of data/product_cues.txt
    ("за рулём автомобиля BMW", "водитель Hyundai") or before a model ("Honda CR-V", "BMW
    320")."""
    if o.form is not None or o.last_tok - o.first_tok != 1:
        return False
    toks = doc.toks
    t = toks[o.first_tok]
    before = toks[o.first_tok - 1] if o.first_tok > 0 else None
    after = toks[o.last_tok] if o.last_tok < len(toks) else None
    return before is not None and before.sent == t.sent and before.pos == "NOUN" and \
        before.lemma.replace("ё", "е") in lex.product_cues or \
        after is not None and after.sent == t.sent and after.start == t.stop + 1 and \
        bool(_MODEL.match(after.text))



_MAX_OWNED = 5
_MAX_OWNED_NESTED = 8  # a name with a quoted name inside: "«Молодой гвардии «Единой России»»"
_CLAUSE_POS = frozenset({"VERB", "INFN", "NPRO", "PRED", "ADVB", "PRCL"})


def _owned_stage(c: _Ctx) -> list[_Found]:
    """A capitalized quoted name in the genitive after a person noun is the organization the
    person belongs to ("глава «Металлоинвеста»", "корреспондент «Голоса Америки»"), unless the
    noun makes it a work or an award (data/not_org_owners.txt: "автор «…»", "лауреат «…»");
    after a body word, the organization the body is a unit of ("регионального отделения
    «Опоры России»", "пресс-службы «Газпрома»");
    after a cue of data/quoted_org_cues.txt, a noun or a verb of reporting, in its case
    ("интервью «Голосу Америки»", "по данным «Ведомостей»", "сообщает «Интерфакс»")."""
    out: list[_Found] = []
    doc, lex, toks = c.doc, c.lex, c.doc.toks
    for s in doc.sents:
        if s.chrome:
            continue
        for k in range(s.first, s.last - 2):
            t = toks[k]
            if t.parse is None or toks[k + 1].text not in QUOTES:
                continue
            lemma = t.lemma.replace("ё", "е")
            if t.parse.pos == "NOUN" and lemma in lex.titles and lemma not in lex.not_org_owners:
                rule, case = "quoted_after_person_noun", "gent"
            elif t.parse.pos == "NOUN" and lemma in lex.body_words and lemma not in lex.org_words:
                rule, case = "quoted_after_unit", "gent"  # "отделения «Опоры России»"
            elif lemma in lex.quoted_org_cues or t.low in lex.quoted_org_cues:
                rule, case = "quoted_after_cue", lex.quoted_org_cues.get(
                    lemma, lex.quoted_org_cues.get(t.low, "gent"))
            else:
                continue
            q = doc.quotes.name_at(k + 1)
            if q is None:
                continue
            first, last, _ = q
            nested = any(toks[j].text in QUOTES for j in range(first, last))
            if last - first > (_MAX_OWNED_NESTED if nested else _MAX_OWNED) or \
                    not is_name(doc, first, last) or \
                    any(j in c.state.covered for j in range(first, last)):
                continue
            name_toks = toks[first:last]
            if rule == "quoted_after_cue" and any(x.pos in _CLAUSE_POS for x in name_toks):
                continue  # "пишет «Мы победим»": a quotation, not a name
            h = head_index(name_toks)
            ref = name_toks[h] if h is not None else name_toks[0]
            read = not _latin(ref.text) and ref.case != case
            if read and not (ref.is_word() and rule != "quoted_after_person_noun" and
                             _may_be(name_toks, case)):
                continue  # a Latin name has no case: "вице-президента «Bank of New York»"
            name = _read_in(doc, first, last, case, c.morph) if read else \
                nominative(doc, first, last, c.morph, organization=True)
            org = OrgCandidate(first, last, name, None, None,
                               "media" if case != "gent" else "other", first, last)
            out.append(_Found(rule, org, (_OWNED, len(out), 0), checked=name))
    return out


def _may_be(name: Sequence[Tok], case: str) -> bool:
    """May a word of a quoted name be in the case its reporting cue asks for, read out of
    context, where the tagger gives its head another case or none ("в интервью «Спорт
    Экспрессу»", "по данным источника «Интерфакса-Украина»")?"""
    return any(_reading(x, case) is not None for x in name)


def _reading(t: Tok, case: str) -> WordParse | None:
    """The word's reading as a noun or an adjective in ``case``, if it has one."""
    if not t.is_word() or t.case == "nomn":
        return None
    return next((p for p in t.parses if case in p.grams and p.pos in ("NOUN", "ADJF")), None)


def _read_in(doc: Doc, first: int, last: int, case: str, morph: Morphology) -> str:
    """A quoted name read in its cue's case, in the nominative: each word that may be in that
    case put in the nominative ("Спорт Экспрессу" → "Спорт Экспресс")."""
    out = []
    for k in range(first, last):
        t = doc.toks[k]
        if k > first:
            out.append(doc.norm[doc.toks[k - 1].stop:t.start] and " ")
        p = _reading(t, case)
        out.append(t.text if p is None else
                   inflect_word(morph, replace(t, parse=p), {"nomn"}, force=True))
    return "".join(out)


def _known_stage(c: _Ctx) -> list[_Found]:
    """Well-known organizations from data/known_orgs.txt (ЕС, ООН, Евросоюз, Госдума…), by
    lemma, where no other rule found an organization. A quoted name counts only as a whole
    («Майкрософт»); a "cued" name needs the quotes or a cue before it ("клуб Челси"), an "inner"
    one the quotes or a place inside its sentence."""
    out: list[_Found] = []
    toks = c.doc.toks
    places = {f: last for type_, f, last in c.doc.ner if type_ == "LOC"}
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.chrome or k in c.state.covered or not t.is_word() or not (
                t.text[:1].isupper() or _latin(t.text) and not t.text.islower()):
            k += 1  # "comScore", "eBay": a Latin name with a capital inside
            continue
        found = _known_at(c, k)
        if found is None:
            k += 1
            continue
        found = _with_region(c, found, places)
        out.append(replace(_with_proper_adjectives(c, found), order=(_KNOWN, len(out), 0)))
        k = found.org.last_tok
    return out


def _with_region(c: _Ctx, f: _Found, places: dict[int, int]) -> _Found:
    """A known name of a national body with the region in the genitive after it, the name of
    its regional body ("Ассамблеи народа Казахстана | Павлодарской области")."""
    o = f.org
    last = o.last_tok
    end = _region_end(c.doc, c.lex, last, last, places[last]) if last in places else last
    if end == last or f.rule != "known_org" or any(k in c.state.covered
                                                   for k in range(last, end)):
        return f
    name = nominative(c.doc, o.first_tok, end, c.morph, organization=True)
    return replace(f, org=replace(o, last_tok=end, name_last=end, name=name, known=False))


_MAX_PROPER_ADJECTIVES = 2


def _with_proper_adjectives(c: _Ctx, f: _Found) -> _Found:
    """A known name with the capitalized adjectives before it that agree with its first word,
    the name of a body of its own: "Казахстанский Красный Полумесяц", "Российского Красного
    Креста" (not an abbreviation: "Российская ООН" is no name)."""
    toks, o = c.doc.toks, f.org
    first = toks[o.first_tok]
    if o.first_tok > 0 and toks[o.first_tok - 1].text in QUOTES or first.text.isupper():
        return f
    j = o.first_tok
    while j > 0 and o.first_tok - j < _MAX_PROPER_ADJECTIVES:
        t = toks[j - 1]
        if t.sent != first.sent or t.chrome or (j - 1) in c.state.covered or \
                not t.is_title_case() or t.pos not in ("ADJF", "PRTF") or \
                t.case != first.case or first.case is None:
            break
        j -= 1
    if j == o.first_tok:
        return f
    name = nominative(c.doc, j, o.last_tok, c.morph, organization=True)
    return replace(f, org=replace(o, first_tok=j, name_first=j, name=name))


def _known_at(c: _Ctx, k: int, free: range = range(0)) -> _Found | None:
    """The longest known organization that starts at token k and counts where it stands
    (the words of ``free`` as if no organization claimed them)."""
    doc, lex, toks, quoted, covered = c.doc, c.lex, c.doc.toks, c.quoted, c.state.covered
    t = toks[k]
    if t.low not in lex.known_org_firsts and \
            t.lemma.replace("ё", "е") not in lex.known_org_firsts and \
            _first_lemma(t) not in lex.known_org_firsts:
        return None  # no key starts with this word (most capitalized words)
    for n in range(min(lex.known_org_max, len(toks) - k), 0, -1):
        span = toks[k:k + n]
        if any(x.sent != t.sent or x.i in covered and x.i not in free for x in span):
            continue
        keys = (lemma_key(span), tuple(x.low for x in span),
                tuple(_first_lemma(x) for x in span))
        lemmas = next((key for key in keys if key in lex.known_orgs), None)
        if lemmas is None:
            continue
        found = lex.known_orgs[lemmas]
        name, kind, where, abbr = found
        if abbr and not all(x.text[:2].isupper() for x in span if x.is_word()):
            continue
        whole = k > 0 and toks[k - 1].text in QUOTES and k + n < len(toks) and \
            toks[k + n].text in QUOTES and (k - 1) not in quoted and (k + n) not in quoted
        if any(x.i in quoted for x in span) and (not whole or _names_a_work(doc, k - 1, lex)):
            continue
        if not whole and (where == "cued" and not _cued(doc, k, lex) or
                          where == "inner" and k == doc.sents[t.sent].first):
            continue
        text = doc.span_text(k, k + n)
        if _latin(text) != _latin(name):
            name = text  # "Forbes" for "Форбс": the name as the text writes it
        elif abbr or lemmas not in lex.known_org_lemmas.get(name, ()):
            # "Евросоюза", "МИД": the text's own name of it, in the nominative
            name = text if abbr else nominative(doc, k, k + n, c.morph, organization=True)
        rule = "known_org_quoted" if whole else \
            {"cued": "known_org_cued", "inner": "known_org_inner"}.get(where, "known_org")
        org = OrgCandidate(k, k + n, name, None, None, kind, k, k + n, known=True)
        return _Found(rule, org, (_KNOWN, 0, 0))
    return None


def _first_lemma(t: Tok) -> str:
    """The lemma of a word's likeliest reading, out of context, as the gazetteer's keys read
    a participle ("Вооружённых" → "вооружённый", where the context may pick "вооружить")."""
    return (t.parses[0].normal if t.parses else t.low).replace("ё", "е")


def _known_parents(c: _Ctx) -> Iterator[_Found]:
    """A known organization inside the name of another, after its first word, is the parent
    it belongs to, an organization of its own ("Русская служба «Голоса Америки»" → "Голос
    Америки", "Международный трибунал ООН" → "ООН"); one at the first word is the same body
    ("Правительство Ульяновской области")."""
    kept = [f.org for n in (_QUOTED, _NER, _OWNED) for f in c.state.stages.get(n, ())
            if f.order in c.state.kept]
    ends: dict[int, int] = {}  # where a kept name starting at a token ends
    for o in kept:
        for start in (o.first_tok, o.name_first):
            ends[start] = max(ends.get(start, start + 1), o.name_last)
    for o in kept:
        free = range(o.name_first, o.name_last)
        k = o.name_first + 1
        while k < o.name_last:
            if k in ends:  # a parent found on its own is no second one, nor a name inside it
                k = ends[k] if ends[k] <= o.name_last else k + 1  # ("Российского Красного
                continue  # Креста" holds no "Красный Крест")
            t = c.doc.toks[k]
            found = _known_at(c, k, free) if t.is_word() and t.text[:1].isupper() else None
            if found is None or found.org.last_tok > o.name_last or \
                    not _genitive_parent(c.doc, o.name_first, k, found.org.last_tok):
                k += 1
                continue
            yield replace(found, rule="known_parent", order=(_KNOWN, 1_000_000 + k, 0))
            k = found.org.last_tok


def _genitive_parent(doc: Doc, first: int, k: int, last: int) -> bool:
    """Is the name [k, last) inside a name starting at ``first`` its genitive complement
    ("службе «Голоса Америки»", "трибунал ООН"), not the name after a form's abbreviation
    ("РПР «ПАРНАС»", "ИА REGNUM"), a word of the same name ("Техрик-е Талибан") or a word
    after a Latin one?"""
    toks = doc.toks
    j = k - 1
    while j > first and toks[j].text in QUOTES:
        j -= 1
    if not toks[j].is_word() or _latin(toks[j].text) or \
            toks[j].text.isupper() and (j < k - 1 or _latin(toks[k].text)):
        return False  # a Latin name has no genitive complement ("Tribune … | ЮНЕСКО")
    if j == k - 1 and toks[j].pos in ("ADJF", "PRTF"):
        return False  # an adjective of the name itself: "Российского | Красного Креста"
    h = head_index(toks[k:last])
    ref = toks[k + h] if h is not None else toks[k]
    return _in_case(ref, "gent") or last - k == 1 and ref.text.isupper() and len(ref.text) > 1


def _names_a_work(doc: Doc, q: int, lex: OrgLexicon) -> bool:
    """Does the quote opening at token q name an event, a work or an award after its noun
    ("турнир «Спартак»", "автор «Яблока»") rather than the organization itself?"""
    k = q - 1
    if k < 0 or doc.toks[k].pos is None or doc.toks[k].pos != "NOUN":
        return False
    lemma = doc.toks[k].lemma.replace("ё", "е")
    return lemma in lex.not_org_heads or lemma in lex.not_org_owners or \
        lemma in lex.work_words or lemma in lex.facility_words


def _latin(text: str) -> bool:
    return bool(re.match(r"[A-Za-z]", text))



def _cued(doc: Doc, k: int, lex: OrgLexicon) -> bool:
    """Does a cue word of an organization (data/known_org_cues.txt) stand before token k,
    across adjectives and one preposition of data/org_cue_prepositions.txt ("клуба Челси",
    "болельщики Спартака", "вратарь из мюнхенской Баварии")?"""
    toks = doc.toks
    j = k - 1
    sent = toks[k].sent
    steps = 0
    while j >= 0 and toks[j].sent == sent and steps < 3 and toks[j].parse is not None and (
            toks[j].pos in ("ADJF", "PRTF") or toks[j].low in lex.cue_prepositions):
        j -= 1
        steps += 1
    if j < 0 or toks[j].sent != sent or toks[j].pos is None or toks[j].pos != "NOUN":
        return False
    return toks[j].lemma.replace("ё", "е") in lex.known_org_cues



def _person_complement(doc: Doc, head: int, last: int, sent: int,
                       person_ends: dict[int, int]) -> int:
    """Run a body's complement on to the end of a person's name right after its head word, and
    over a second name joined by "и": "администрации Джорджа Буша-младшего", "штаб Любови Соболь
    и Ивана Жданова". A name after another complement is no owner of the body but the holder
    of a title before it ("начальника полиции округа Москвы | Андрея Пучкова"): the complement
    stops before it."""
    toks = doc.toks

    def name_end(k: int) -> int:
        """The end of the person's name that token k is in: its NER span's, not a second
        name right after it ("администрации Билла Клинтона | Луис Фри")."""
        if k in person_ends:
            return person_ends[k]
        while k < len(toks) and toks[k].sent == sent and toks[k].ner == "PER":
            k += 1
        return k

    if last == 0 or toks[last - 1].ner != "PER" or toks[last - 1].case != "gent":
        return last
    start = last - 1
    while start - 1 > head and toks[start - 1].ner == "PER":
        start -= 1
    if start != head + 1:
        return start
    last = name_end(last - 1)
    if not _genitive_person(toks, start, last):
        return start  # "маслихата | Жанар Омарова", "отдела | Анастасии Олеговне Беловой"
    if last + 1 < len(toks) and toks[last].low == "и" and toks[last + 1].ner == "PER" and \
            toks[last + 1].case == "gent" and toks[last + 1].sent == sent:
        last = name_end(last + 1)
    return last



def _genitive_person(toks: Sequence[Tok], start: int, last: int) -> bool:
    """Can the person's name at ``start:last`` be a body's owner in the genitive? Its first word
    reads as a genitive singular ("Джорджа Буша", "Любови Соболь") when the dictionary knows
    it as a name or a surname that reads as a genitive follows it (undeclined words may be
    anything: "совета | Шаар ха-Негев"), and a patronymic in it too: not a name in another
    case the tagger misread ("Жанар Омарова", whose first name has no genitive singular;
    "Анастасии Олеговне Беловой", a dative)."""
    words = [t for t in toks[start:last] if t.is_word()]
    if not words:
        return False
    first = words[0].parses
    named = any(p.known and ("Name" in p.grams or "Surn" in p.grams) for p in first) or \
        any(p.has("Surn", "gent") for t in words[1:] for p in t.parses)
    if named and not any(p.has("gent", "sing") for p in first):
        return False
    return all(any(p.has("gent") for p in t.parses) for t in words
               if any(p.has("Patr") for p in t.parses))


def _held_from_before(c: _Ctx, first: int) -> bool:
    """A body in the genitive inside the genitive complement of a title ("главы | ведомства
    Александра Жарова", "спикера | парламента Анатолия Каминского", "руководителя правового
    отдела | ведомства Бориса Едидина", "главы отдела этого же | ведомства …"): the name in
    the genitive after it is the holder of that title, not the body's owner. Not inside the
    complement of a title in another case ("представитель администрации Джорджа Буша | Джеймс
    Коми": the holder follows in its case), nor of a noun that is no title ("сотрудниками
    отдела администрации Джорджа Буша")."""
    toks = c.doc.toks
    if first == 0 or toks[first].case != "gent":
        return False
    sent = toks[first].sent
    k = first - 1
    while k >= 0 and first - k <= _MAX_BODY_COMPLEMENT and toks[k].sent == sent and (
            toks[k].low in _PARTICLES or _in_case(toks[k], "gent")):
        t = toks[k]
        if t.pos == "NOUN" and t.lemma.replace("ё", "е") in c.lex.titles:
            return True
        if t.low not in _PARTICLES and t.pos not in ("NOUN", "ADJF", "PRTF", "NPRO"):
            return False
        k -= 1
    return False


_PARTICLES = frozenset({"же", "ли"})


def _before_person(doc: Doc, head: int, last: int) -> int:
    """The complement of a body cut before the person's name it ends with."""
    while last > head + 1 and doc.toks[last - 1].ner == "PER":
        last -= 1
    return last


_MAX_BODY_COMPLEMENT = 8


def _undeclined_place(doc: Doc, lex: OrgLexicon, k: int, sent: int) -> int:
    """The end of a place name at token ``k`` that the body's genitive complement runs over
    though it stands in no genitive: its words do not decline ("полиции | Сан-Диего", "мэрии |
    Тбилиси"), or it is the apposition of a place word ("университета штата | Калифорния",
    "прокуратура города | Павия"), or it is a place's abbreviation ("управления образования |
    ВКО"); ``k`` when there is none."""
    if k < len(doc.toks) and doc.toks[k].sent == sent and doc.toks[k].text in lex.place_alias:
        return k + 1
    held = doc.ner_span(k) if k < len(doc.toks) else None
    # "Республики | Казахстан": the NER's place may hold the place word the complement took
    span = (held[1], held[2]) if held is not None and held[0] == "LOC" and \
        k - 1 <= held[1] <= k else None
    if span is None or doc.toks[k].sent != sent or doc.toks[k].case == "gent":
        return k
    before = doc.toks[k - 1]
    named = not before.text.isupper() and before.lemma.replace("ё", "е") in lex.unit_words and \
        doc.toks[k].text[:1].isupper()
    return span[1] if named or all(_indeclinable(t) for t in doc.toks[span[0]:span[1]]) else k


_FOREIGN_ENDINGS = tuple("оиеуюэ")


def _indeclinable(t: Tok) -> bool:
    """A word the dictionary knows as indeclinable ("Тбилиси", "Осло"), or an unknown one with
    a foreign ending no Russian noun declines from ("Сан-Диего"; not a guessed "Смагулов")."""
    if any("Fixd" in p.grams for p in t.parses if p.known):
        return True
    return t.is_word() and not any(p.known for p in t.parses) and t.low.endswith(_FOREIGN_ENDINGS)


def _bodies(c: _Ctx) -> Iterator[_Found]:
    """State and public bodies the NER leaves out because they are written in lowercase:
    "министерство культуры Польши", "федеральный суд", "городского совета", "правительство";
    one body (``_unique_body``), not a class ("министерство" alone). A body kept claims its words
    for the bodies after it."""
    doc, lex, toks = c.doc, c.lex, c.doc.toks
    covered = c.state.covered - _after_pri(toks)
    # each word of a person's name → the end of its NER span
    person_ends = {k: b for type_, a, b in doc.ner if type_ == "PER" for k in range(a, b)}
    outer = 0  # the end of the last body's name: a body word before it is inside that name
    for t in toks:
        if t.chrome or t.i in covered or t.i in c.quoted or t.parse is None or \
                t.parse.pos != "NOUN" or _named_by_ner(c, t) or _service_of_unit(c, t):
            continue
        entry = lex.body_words.get(t.lemma.replace("ё", "е"))
        if entry is None:
            continue
        first = t.i
        while first - 1 >= 0 and toks[first - 1].pos is not None and \
                toks[first - 1].pos in ("ADJF", "PRTF") and toks[first - 1].case == t.case \
                and toks[first - 1].sent == t.sent and (first - 1) not in covered and \
                toks[first - 1].lemma.replace("ё", "е") not in lex.body_not_modifiers:
            first -= 1
        last = _complement_end(c, t, entry[0] == "state")
        if last > t.i + 1:  # "маслихата области | Абай"
            last = _place_opened(doc, lex, last)
        named = _eponym_complement(doc, first, t.i, last)
        if named != last:
            last = named  # "театр имени Хадиши Букеевой": the person's name is the body's
        elif _held_from_before(c, first) or entry[1] == "named":
            # (a body named by its field, "министерство обороны", is nobody's: "грамоты
            # министерства | Юлии Ивановой")
            last = _before_person(doc, t.i, last)
        else:
            last = _person_complement(doc, t.i, last, t.sent, person_ends)
        po = _po_complement(doc, first, last, lex)
        if po > last:  # "управление по делам молодёжи акимата города | Шымкент"
            last = _undeclined_place(doc, lex, po, t.sent)
            if last < len(toks) and toks[last].low == "по" and t.i >= outer:
                # "… по реформам Республики Казахстан | по Улытауской области": the territory
                last = _po_territory(doc, first, last, lex)  # of the outer body, not of one inside
        last = _pri_complement(doc, first, last, lex)
        if not _unique_body(c, t.i, first, last) or _alone_after_modifier(c, first, t.i, last) \
                or _inner_unit(c, t.i, last) or _of_a_rank(c, first, t.i, last) \
                or _cuts_a_name(doc, t.i, last) or _describes_quoted(c, t.i, last) or \
                any(toks[k].text in lex.form_by_abbr and toks[k].low not in lex.not_orgs
                    for k in range(t.i + 1, last)):
            continue  # "совета директоров АО «…»": an organ of the company, which is named
        outer = max(outer, last)
        name = nominative(doc, first, last, c.morph, organization=True)
        yield _Found("lowercase_body", OrgCandidate(first, _body_mention_end(toks, t.i, last, lex),
                                                    name, None, None, entry[0], first, last),
                     (_BODIES, t.i, 0), checked=name, head=t.i)


def _named_by_ner(c: _Ctx, t: Tok) -> bool:
    """Is the capitalized body word inside the sentence one the NER's names hold, or written
    in capitals? A capitalized one the NER left out is a body's name all the same ("перейдет
    в | Правительство Курской области")."""
    return t.text[:1].isupper() and t.i != c.doc.sents[t.sent].first and (
        t.ner is not None or not t.is_title_case())


def _generic_body_word(c: _Ctx, p: _Part) -> bool:
    """Is the NER span one capitalized body word that needs a proper name in its complement
    (data/body_words.txt "no": "Дума", "Совет"), with none, after a lowercase adjective that
    agrees with it ("в городской | Думе", "областного | Совета")?"""
    toks = c.doc.toks
    if p.b - p.a != 1 or p.a == 0:
        return False
    t, prev = toks[p.a], toks[p.a - 1]
    entry = c.lex.body_words.get(t.lemma.replace("ё", "е"))
    nxt = toks[p.b] if p.b < len(toks) else None
    return entry is not None and entry[1] == "no" and t.is_title_case() and \
        prev.text.islower() and prev.pos == "ADJF" and prev.sent == t.sent and \
        adjective_agrees(prev, t) and not (nxt is not None and nxt.sent == t.sent and
                                           nxt.text[:1].isupper() and nxt.ner != "PER")


def _of_a_rank(c: _Ctx, first: int, h: int, last: int) -> bool:
    """Is the body word at ``h``, alone, the complement of a rank right before it ("полковник |
    полиции", "генерал-майора | юстиции"): part of the rank, no organization (not "профессор |
    кафедры археологии МГУ", a post at a body)?"""
    prev = c.doc.toks[first - 1] if first > 0 else None
    return first == h and last == h + 1 and prev is not None and \
        prev.sent == c.doc.toks[first].sent and prev.lemma.replace("ё", "е") in c.lex.ranks


def _inner_unit(c: _Ctx, h: int, last: int) -> bool:
    """Is the body word at ``h`` a unit inside an institution (data/inner_units.txt) whose
    complement up to ``last`` names that institution ("отделение реанимации | Областной
    больницы", "научный отдел | Национального музея")?"""
    toks = c.doc.toks
    if toks[h].lemma.replace("ё", "е") not in c.lex.inner_units:
        return False
    kinds = [_org_word(toks[k], c.lex) for k in range(h + 1, last) if toks[k].pos == "NOUN"]
    return any(kind in _INSTITUTION_KINDS for kind in kinds)


# the kinds of institutions (data/org_words.txt) a unit inside one belongs to: a hospital, a
# museum, a university; not a state body's, a movement's or a party's (their branches are
# organizations: "региональное отделение движения «…»")
_INSTITUTION_KINDS = frozenset({"other", "education"})


def _complement_end(c: _Ctx, t: Tok, state: bool) -> int:
    """The end of the genitive complement of the body word ``t`` (``state``: a state body's):
    over genitives, "и" between them, undeclined abbreviations and places, the people it unites,
    to the quoted end of an NER name it runs into; not over a title ("министерства |
    министра"; "военного округа" is none)."""
    doc, lex, toks = c.doc, c.lex, c.doc.toks
    last = t.i + 1
    while last < len(toks) and last - t.i <= _MAX_BODY_COMPLEMENT and \
            toks[last].sent == t.sent and (
                toks[last].case == "gent" and
                toks[last].pos in ("NOUN", "ADJF", "PRTF") or
                _joined_genitive(c, t.i, last) or _abbreviation_complement(c, last) or
                _pair_genitive(c, t.i, last)) and \
            (toks[last].lemma not in lex.titles or toks[last].pos != "NOUN" or
             last == t.i + 1 and _body_pair(c, t.i, last + 1) or
             _members_after(doc, lex, t.i, last)) and \
            not _pronominal(toks[last]):
        last += 1
    last = _undeclined_place(doc, lex, _before_term(doc, lex, t.i, last), t.sent)
    joined = _joined_field(doc, lex, last, state)
    if joined > last:  # "отдела ЖКХ, пассажирского транспорта и дорог города | Балхаш"
        last = _undeclined_place(doc, lex, joined, t.sent)
    while last > t.i + 1 and toks[last - 1].parse is not None and \
            toks[last - 1].pos != "NOUN" and toks[last - 1].ner != "PER" and \
            toks[last - 1].text not in lex.place_alias and \
            not _abbreviation_complement(c, last - 1):
        last -= 1
    last = past_alternative(doc, last)  # "Республики Саха (Якутия | )"
    return _municipal_name_end(doc, lex, t.i, _quoted_ner_end(doc, t.i, last))


def _pair_genitive(c: _Ctx, h: int, k: int) -> bool:
    """Is the word at ``k``, right after the body word at ``h``, the complement of its pair
    (data/body_pairs.txt) with a genitive reading the tagger read in the accusative, as it
    reads an animate noun ("в аппарат | акима области")?"""
    return k == h + 1 and _in_case(c.doc.toks[k], "gent") and _body_pair(c, h, k + 1)


def _municipal_name_end(doc: Doc, lex: OrgLexicon, h: int, last: int) -> int:
    """The end of the quoted name of a municipal formation, or of a district or town named in
    quotes, that ends the complement of the body word at ``h`` ("администрации муниципального
    образования | «Город Саратов»", "акимата района | «Сарыарка»": the name is the body's);
    ``last`` when there is none."""
    if last >= len(doc.toks) or not is_opening(doc, last) or \
            not any(municipality_end(doc, j, last) == last for j in range(h + 1, last)) and \
            not (last - 1 > h and doc.toks[last - 1].text.islower() and
                 doc.toks[last - 1].lemma.replace("ё", "е") in lex.unit_words):
        return last
    q = doc.quotes.name_at(last)
    return q[2] if q is not None else last


def _quoted_ner_end(doc: Doc, h: int, last: int) -> int:
    """The end of an NER organization's name that the complement of the body word at ``h``
    runs into up to its quoted part ("отделения | Всероссийской организации ветеранов «Боевое
    братство»": the whole name, its closing quote too); ``last`` when there is none."""
    toks = doc.toks
    q = doc.quotes.name_at(last) if last < len(toks) and toks[last].text in QUOTES else None
    if q is None:
        return last
    # the NER's name must close with the quoted name ('АО "Научный центр акушерства, …"' is
    # a name the NER cut at a comma)
    inner_end, after = q[1], q[2]
    span = doc.ner_span(last - 1)
    return after if span is not None and span[0] == "ORG" and h < span[1] and \
        span[2] in (inner_end, after) else last


def _joined_genitive(c: _Ctx, h: int, k: int) -> bool:
    """Does "и" at token ``k`` join a second genitive to the complement of the body word at
    ``h`` ("управление координации занятости | и | социальных программ"), not a second body
    ("акимата района и управления образования")?"""
    toks = c.doc.toks
    if toks[k].low != "и" or k == h + 1 or k + 1 >= len(toks) or toks[k - 1].case != "gent" \
            or not toks[k - 1].text.islower():  # "войска Бурунди | и эмигрантов": named
        return False
    j = k + 1
    while j < len(toks) and toks[j].pos in ("ADJF", "PRTF") and toks[j].case == "gent":
        j += 1
    if not (j < len(toks) and toks[j].pos == "NOUN" and toks[j].case == "gent" and
            toks[j].text.islower() and toks[j].lemma.replace("ё", "е") not in c.lex.body_words):
        return False
    if toks[k - 1].pos in ("ADJF", "PRTF"):
        return True  # "экономического и валютного союза": one noun's adjectives
    # "…экономики и финансов | Алматинской области": a name after it makes it one body, not
    # another party ("представители министерства обороны и руководства страны")
    while j + 1 < len(toks) and toks[j + 1].sent == toks[k].sent and toks[j + 1].case == "gent" \
            and toks[j + 1].text.islower():
        j += 1
    return j + 1 < len(toks) and toks[j + 1].sent == toks[k].sent and \
        toks[j + 1].text[:1].isupper() and toks[j + 1].is_word()


def _abbreviation_complement(c: _Ctx, k: int) -> bool:
    """Is token ``k`` an abbreviation the dictionary does not decline, outside any NER name but
    one of a class (data/not_orgs.txt), ending the complement of a body ("центр поддержки |
    НКО", "управление | ЖКХ")?"""
    t = c.doc.toks[k]
    return (t.ner is None or t.low in c.lex.not_orgs) and 2 <= len(t.text) <= 5 and \
        t.text.isalpha() and t.text.isupper() and not _ROMAN.match(t.text) and \
        (t.text not in c.lex.form_by_abbr or t.low in c.lex.not_orgs) and \
        (t.parse is None or t.pos is None or "Fixd" in t.parse.grams)


_ROMAN = re.compile(r"^[IVXLCDM]+$")  # "маслихата | VIII созыва": a convocation, no name


def _body_mention_end(toks: Sequence[Tok], head: int, last: int, lex: OrgLexicon) -> int:
    """The end of a body's mention: it leaves the proper-name complement ending at ``last`` to
    the place or organization it is ("полиции | Сан-Диего", "прокуратура | города Павии"),
    but not a complement after "по" ("управления ФСБ по Чечне")."""
    m_last = last
    while m_last > head + 1 and (toks[m_last - 1].text[:1].isupper() or
                                 toks[m_last - 1].low == "и" and toks[m_last].ner == "PER" or
                                 toks[m_last - 1].text in (".", "—", "–") or
                                 toks[m_last - 1].low in EPONYM_WORDS or
                                 _unit_of_a_name(toks, m_last - 1, head, lex) or
                                 _unit_before_a_name(toks, m_last - 1, last, lex)):
        m_last -= 1
    return last if toks[m_last - 1].pos in ("PREP", "CONJ") else m_last


def _describes_quoted(c: _Ctx, head: int, last: int) -> bool:
    """Does a body named by its pair only ("центр реабилитации"), or one with no proper name
    in its complement ("агентство по недвижимости"), stand right before a quoted name: a
    description of the organization the quotes name ("центр реабилитации «Шанс»")?"""
    toks = c.doc.toks
    alone = c.lex.body_words[toks[head].lemma.replace("ё", "е")][1]
    described = alone == "pair" or alone == "no" and \
        not any(t.is_title_case() for t in toks[head + 1:last])
    return described and last + 1 < len(toks) and is_opening(c.doc, last) and \
        last + 1 in c.doc.quotes.quoted


def _cuts_a_name(doc: Doc, head: int, last: int) -> bool:
    """Does a body's complement end inside an organization's name the NER gives, before a word
    of it that is no genitive ("агентству | РИА | Новости"): the body word then stands in
    apposition to that name, no body of its own?"""
    span = doc.ner_span(last) if last < len(doc.toks) else None
    return span is not None and span[0] == "ORG" and head < span[1] < last and \
        doc.toks[last].is_word() and doc.toks[last].case != "gent"


_NUMBER = re.compile(r"^№?\d+[а-яА-Я]?$")


def _number_end(toks: Sequence[Tok], k: int) -> int:
    """The end of a "№ 212", "№1" or "№ 5а" at token k, or -1."""
    if k < len(toks) and toks[k].text == "№" and k + 1 < len(toks) and \
            toks[k + 1].text[:1].isdigit() and _NUMBER.match(toks[k + 1].text):
        return k + 2
    if k < len(toks) and toks[k].text.startswith("№") and _NUMBER.match(toks[k].text):
        return k + 1
    return -1


def _place_complement(doc: Doc, k: int, lex: OrgLexicon) -> int:
    """The end of the place in the genitive a numbered institution's name runs over ("школа
    № 1 | Махачкалы", "школы № 38 | города Иваново", a gazetteer's town the NER took for a
    person: "СДЮСШОР № 5 | Павлодара"); k when none follows."""
    toks = doc.toks
    j = k + 1 if k < len(toks) and toks[k].lemma in lex.unit_words and toks[k].text.islower() \
        else k
    end = j
    while end < len(toks) and toks[end].sent == toks[k - 1].sent and \
            toks[end].text[:1].isupper() and (j > k or _in_case(toks[end], "gent")) and \
            (toks[end].ner == "LOC" or end == j and _gazetteer_place(doc, lex, end)):
        end += 1
    return end if end > j else k


def _gazetteer_place(doc: Doc, lex: OrgLexicon, k: int) -> bool:
    """Is the word at ``k`` a place of the gazetteer by its lemma ("Павлодара", "Костаная")?"""
    return known_place_span(doc, k, k, lex.places, lex.gazetteer.place_max, ())[1] == k + 1


def _numbered(c: _Ctx) -> list[_Found]:
    """Institutions named by their number (data/numbered_institutions.txt): "школу № 212",
    "лицея № 21", "исправительной колонии № 5", "среднюю школу №1", with the adjectives that
    agree with the head (not a person's word: "заведующей | детским садом № 7") and the place
    in the genitive after the number ("школы № 1 Махачкалы")."""
    doc, toks, out = c.doc, c.doc.toks, []
    for t in toks:
        if t.i in c.state.covered or t.lemma.replace("ё", "е") not in c.lex.numbered_institutions:
            continue
        last = _number_end(toks, t.i + 1)
        if last < 0 or any(k in c.state.covered for k in range(t.i, last)):
            continue
        first = t.i
        while first - 1 >= 0 and toks[first - 1].pos in ("ADJF", "PRTF") and \
                toks[first - 1].case == t.case and toks[first - 1].sent == t.sent and \
                (first - 1) not in c.state.covered and \
                adjective_agrees(toks[first - 1], t):
            first -= 1
        last = _named_after(doc, first, _place_complement(doc, last, c.lex))  # "имени Абая"
        quoted = _numbered_quote_end(doc, last)
        if not any(k in c.state.covered for k in range(last, quoted)):
            last = quoted  # (a quoted name another rule took stays its own)
        name = nominative(doc, first, last, c.morph, organization=True)
        kind = _org_word(t, c.lex) or "other"
        out.append(_Found("numbered_institution",
                          OrgCandidate(first, last, name, None, None, kind, first, last),
                          (_BODIES, t.i, 1), checked=name, head=t.i))
    return out


def _numbered_quote_end(doc: Doc, last: int) -> int:
    """The end of the quoted name right after an institution's number: one name with it
    ("детского сада № 104 | «Сказка»", "школа № 5 | «Радуга»"); not a quote in the genitive
    (another organization's name: "школы № 3 | «Газпрома»") nor one opening with a
    preposition (an award's: "«За успехи в учебе»"); ``last`` when there is none."""
    toks = doc.toks
    q = doc.quotes.name_at(last) if last < len(toks) and toks[last].sent == toks[last - 1].sent \
        else None
    if q is None or not is_name(doc, q[0], q[1]) or toks[q[0]].pos == "PREP":
        return last
    ref = head_index(toks[q[0]:q[1]])
    return last if _read_genitive(toks[q[0] + (ref or 0)]) else q[2]


_MAX_INSTITUTION_ADJECTIVES = 3


def _institutions(c: _Ctx) -> list[_Found]:
    """An institution's abbreviation with the capitalized adjectives of a place before it
    (data/institution_abbreviations.txt: "Богородской ЦРБ", "Кировская ДЮСШ", "Уфимского
    МФЦ"), which the NER may call a person or a place: the organization, as a known one that
    outranks them. An adjective opening the sentence counts only when the dictionary does not
    know it as a common word ("Новая ЦРБ открылась": no name)."""
    toks, out = c.doc.toks, []
    for t in toks:
        head = institution_head(t.text)
        if head is None or t.i in c.state.covered:
            continue
        first = t.i
        while first > 0 and t.i - first < _MAX_INSTITUTION_ADJECTIVES and \
                _institution_adjective(c, toks[first - 1], t):
            first -= 1
        if first == t.i:
            continue
        name = nominative(c.doc, first, t.i + 1, c.morph, organization=True)
        kind = c.lex.org_words.get(head, "other")
        out.append(_Found("institution_abbreviation",
                          OrgCandidate(first, t.i + 1, name, None, None, kind, first, t.i + 1,
                                       known=True), (_BODIES, t.i, 2), checked=name, head=t.i))
    return out


def _institution_adjective(c: _Ctx, a: Tok, abbr: Tok) -> bool:
    """Is ``a`` a capitalized adjective of the abbreviation's name: free, in its sentence, and
    no common word opening it?"""
    if a.sent != abbr.sent or a.i in c.state.covered or not a.is_title_case() or \
            not any(p.pos in ("ADJF", "PRTF") for p in a.parses):
        return False
    return a.i != c.doc.sents[a.sent].first or not any(p.known and p.pos in ("ADJF", "PRTF")
                                                        for p in a.parses)


def _eponym_complement(doc: Doc, first: int, h: int, last: int) -> int:
    """A body's complement that names an organization after a person runs to the end of the
    person's name, initials and all: "кафедры археологии МГУ имени | М. В. Ломоносова",
    "факультет журналистики МГУ им. | М.В. Ломоносова" (the genitive run stops inside them)."""
    k = next((j for j in range(h + 1, last) if doc.toks[j].low in EPONYM_WORDS), None)
    if k is None:
        return last
    end = _named_after(doc, first, k + 1)
    return end if end > k + 1 else k


def _unit_of_a_name(toks: Sequence[Tok], k: int, head: int, lex: OrgLexicon) -> bool:
    """Is token k a lowercase unit word after a capitalized one or another unit word, a word
    of a place's name ("Партизанского | района | города Минска", "Южного | округа")?"""
    return k - 1 > head and toks[k].text.islower() and toks[k].lemma in lex.unit_words and \
        (toks[k - 1].text[:1].isupper() or toks[k - 1].lemma in lex.unit_words)


def _unit_before_a_name(toks: Sequence[Tok], k: int, last: int, lex: OrgLexicon) -> bool:
    """Is token k a lowercase unit word that opens the capitalized place name after it, up to
    ``last`` ("прокуратура | города Павии", "университета | штата Калифорния")?"""
    return k + 1 < last and toks[k].text.islower() and toks[k].lemma in lex.unit_words and \
        toks[k + 1].text[:1].isupper()


def _after_pri(toks: Sequence[Tok]) -> set[int]:
    """The words of a body after "при" (its adjectives and noun in the prepositional): a
    council's name runs over them (``_pri_complement``), yet the body is one of its own."""
    out: set[int] = set()
    for t in toks:
        if t.low == "при":
            k = t.i + 1
            while k < len(toks) and toks[k].case == "loct" and toks[k].pos in ("ADJF", "PRTF"):
                k += 1
            if k < len(toks) and toks[k].case == "loct" and toks[k].pos == "NOUN":
                out.update(range(t.i + 1, k + 1))
    return out


def _idiom(c: _Ctx, h: int) -> bool:
    """A body word in an idiom of data/body_idioms.txt ("под управлением")."""
    return h > 0 and (c.doc.toks[h - 1].low,
                      c.doc.toks[h].lemma.replace("ё", "е")) in c.lex.body_idioms


def _unique_body(c: _Ctx, h: int, first: int, last: int) -> bool:
    """Is the body of word h, [first, last), one body: named by a proper name in its
    complement ("министерство культуры Польши", "правительство Москвы") or in a capitalized
    adjective ("Карагандинского областного маслихата"), or one of the few that
    news name alone (data/body_words.txt: "yes" alone, "named" with any complement), or an
    institution named after someone ("eponym": "библиотека имени Пушкина")?"""
    toks = c.doc.toks
    alone = c.lex.body_words[toks[h].lemma.replace("ё", "е")][1]
    if alone == "eponym":  # "театр имени Хадиши Букеевой"
        return any(toks[k].low in EPONYM_WORDS for k in range(h + 1, last))
    sent_first = c.doc.sents[toks[h].sent].first
    proper = any(toks[k].text[:1].isupper() for k in range(h + 1, last)) or \
        any(toks[k].is_title_case() and k != sent_first for k in range(first, h))
    if _body_pair(c, h, last, first) or _national(c, h, first) or _po_named(c, h, last) or \
            _unit_of_region(c, h, last):
        return True
    if proper and any(toks[k].low == "при" for k in range(h + 1, last)):
        return True  # "ресурсный центр молодежи при управлении … СКО": attached to a named body
    return alone != "pair" and (proper or alone == "yes" and first == h and last == h + 1 or
                                alone == "named" and last > h + 1)


def _unit_of_region(c: _Ctx, h: int, last: int) -> bool:
    """Is the unit word at ``h`` (data/field_units.txt) named by the fields of its lowercase
    complement and, last, the administrative unit it serves in the genitive singular
    ("управления экономики и финансов | области", "отдел внутренней политики | района",
    "департамента полиции | области"), no name after it: the one body of the region the text
    is about?"""
    toks = c.doc.toks
    if toks[h].lemma.replace("ё", "е") not in c.lex.field_units or last - h < 3:
        return False
    unit, nxt = toks[last - 1], toks[last] if last < len(toks) else None
    if not unit.text.islower() or unit.case != "gent" or \
            unit.lemma.replace("ё", "е") not in c.lex.unit_words or unit.is_plural() or \
            nxt is not None and nxt.sent == unit.sent and nxt.text[:1].isupper() and \
            nxt.ner != "PER":
        return False  # "города | Рудного": the unit's name, which the complement left out
    nouns = [t for t in toks[h + 1:last - 1] if t.pos == "NOUN"]
    return bool(nouns) and not any(t.text[:1].isupper() for t in toks[h + 1:last]) and \
        all(_unit_field_word(t, c.lex) for t in nouns)


def _service_of_unit(c: _Ctx, t: Tok) -> bool:
    """Is ``t`` a service (data/field_units.txt) in the genitive right after a unit's word,
    the unit's field and no body of its own ("управления | полиции", "отдела | полиции")?"""
    prev = c.doc.toks[t.i - 1] if t.i > 0 else None
    return prev is not None and prev.sent == t.sent and t.case == "gent" and \
        t.lemma.replace("ё", "е") in c.lex.service_bodies and \
        prev.lemma.replace("ё", "е") in c.lex.field_units


def _po_named(c: _Ctx, h: int, last: int) -> bool:
    """Is the state body of word h named by its "по"-complement, as a committee's or an
    agency's full name is ("комитета по международным отношениям", "комиссию по борьбе с
    коррупцией", "управления президента по внутренней политике")? A team's complement names a
    sport: the team needs its owner before it ("сборную страны по бобслею", not "сборная по
    футболу")."""
    toks = c.doc.toks
    lemma = toks[h].lemma.replace("ё", "е")
    return lemma in c.lex.po_heads and \
        (c.lex.body_words[lemma][0] == "state" or toks[h + 1].low != "по") and \
        any(toks[k].low == "по" for k in range(h + 1, last - 1))


def _national(c: _Ctx, h: int, first: int) -> bool:
    """Is the body of word h one a place has one of (data/national_bodies.txt), named by a
    relational adjective of the place among its adjectives [first, h): "британская полиция",
    "японского дипломатического ведомства", "чешской сборной"? Adjectives in -ческий
    ("политический") and those of data/not_place_adjectives.txt ("сельская") name no place."""
    toks = c.doc.toks
    if toks[h].lemma.replace("ё", "е") not in c.lex.national_bodies:
        return False
    return any(_place_adjective(toks[k], c.lex) for k in range(first, h))


def _place_adjective(t: Tok, lex: OrgLexicon) -> bool:
    low = t.low.replace("ё", "е")
    return t.pos == "ADJF" and bool(_RELATIONAL.match(low)) and "ческ" not in low and \
        t.lemma.replace("ё", "е") not in lex.not_place_adjectives


def _pronominal(t: Tok) -> bool:
    """A pronoun's adjective ("никаких", "этого"): it opens a phrase of its own ("администрация
    области | никаких комментариев"), no word of a body's complement."""
    return t.parse is not None and "Apro" in t.parse.grams


def _alone_after_modifier(c: _Ctx, first: int, h: int, last: int) -> bool:
    """A body named alone after an adjective of data/body_not_modifiers.txt ("новый
    парламент") is a body in general, as one after any adjective is."""
    toks = c.doc.toks
    return first == h and last == h + 1 and h > 0 and toks[h - 1].pos in ("ADJF", "PRTF") \
        and toks[h - 1].lemma.replace("ё", "е") in c.lex.body_not_modifiers


def _body_pair(c: _Ctx, h: int, last: int, first: int | None = None) -> bool:
    """Does the body word h with its complement's first word name one body (data/
    body_pairs.txt: "кабинет министров", "палата представителей"; "PER" for a person's name:
    "кабинет Синдзо Абэ"), or, with a complement that holds a proper name, with one of its
    adjectives from ``first`` ("общественная палата | Челябинской области", not "признании
    законодательным собранием | работы губернатора")?"""
    toks = c.doc.toks
    if last <= h + 1:
        return False
    head = toks[h].lemma.replace("ё", "е")
    if first is not None and any((head, toks[k].lemma.replace("ё", "е")) in c.lex.body_pairs
                                 for k in range(first, h)):
        return any(toks[k].text[:1].isupper() for k in range(h + 1, last))
    k = h + 1  # the complement's first noun, over its adjectives ("центр | социального |
    while k + 1 < last and toks[k].pos in ("ADJF", "PRTF"):  # обслуживания")
        k += 1
    return (head, toks[k].lemma.replace("ё", "е")) in c.lex.body_pairs or \
        toks[h + 1].ner == "PER" and (head, "PER") in c.lex.body_pairs



_STAGES: dict[int, Callable[[_Ctx], list[_Found]]] = {
    _QUOTED: _quoted_stage, _NER: _ner_stage, _OWNED: _owned_stage,
    _DOMAINS: _domain_stage, _KNOWN: _known_stage,
}


def _word_kind(lemma: str, lex: OrgLexicon) -> str | None:
    """The kind of organization the lemma names as an organization word or a body word."""
    body = lex.body_words.get(lemma.replace("ё", "е"))
    return lex.org_words.get(lemma) or (body[0] if body is not None else None)


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


def _inside_ner_name(c: _Ctx, f: _Found) -> bool:
    """A generic word with a quoted name inside a longer NER name ("Русской службе «Голоса
    Америки»") is part of that name: the NER span wins."""
    if f.rule != "org_word_quoted":
        return False
    o = f.org
    firsts, reach = c.state.adjective_spans(c)
    k = bisect_left(firsts, o.name_first - 2)  # the spans that start two words before the name
    return k > 0 and reach[k - 1] >= o.name_last


def _adjective_spans(c: _Ctx) -> tuple[list[int], list[int]]:
    """The NER spans of more than a lone word that open with an adjective or a participle: their
    first words in order, and the farthest last word of those up to each (found once a text)."""
    toks = c.doc.toks
    spans = sorted((first, last) for _, first, ner_last, last, _ in c.ner
                   if not _lone_word(c, (first, ner_last)) and toks[first].is_word()
                   and toks[first].pos in ("ADJF", "PRTF"))
    reach = list(accumulate((last for _, last in spans), max))
    return [first for first, _ in spans], reach


def _lone_word(c: _Ctx, ner: tuple[int, int]) -> bool:
    """An NER span that is one dictionary word capitalized by its place or a pronoun
    ("Комиссия …", "Её …" opening a sentence), or has no word of a name ("союз")."""
    first, last = ner
    return last - first == 1 and _plain_word(c.doc, first, c.lex) or not any(
        t.text[:1].isupper() or not t.text[:1].isalpha() for t in c.doc.toks[first:last])


def _ner_veto(holds: Callable[[_Ctx, _Part], bool]) -> Callable[[_Ctx, _Found], bool]:
    """A veto that reads the NER span a candidate was cut from (others pass)."""
    return lambda c, f: f.part is not None and holds(c, f.part)


_DASHES = frozenset({"-", "–", "—"})


def _nomination_item(doc: Doc, first: int, last: int, lex: OrgLexicon) -> bool:
    """A quoted name followed by a dash and a person's title or name is a nomination with its
    winner ("«Родной край» – председатель хозяйства …", "«Меценат года» — Иван Петров")."""
    toks = doc.toks
    if first < 1 or last + 2 >= len(toks) or toks[first - 1].text not in QUOTES or \
            toks[last].text not in QUOTES or toks[last + 1].text not in _DASHES:
        return False
    t = toks[last + 2]
    return t.sent == toks[first].sent and (t.ner == "PER" or t.lemma.replace("ё", "е")
                                           in lex.titles)


def _building_genitive(doc: Doc, lex: OrgLexicon, f: _Found) -> bool:
    """Is the candidate cut from an NER span the genitive right after a capitalized building's
    word of that span ("Доме | Советов", "у Дома | Правительства", "Дворец | Республики")?"""
    x = f.org.name_first
    t = doc.toks[x - 1] if f.part is not None and x > f.part.ner[0] else None
    return t is not None and t.is_title_case() and \
        t.lemma.replace("ё", "е") in lex.facility_words and doc.toks[x].case == "gent"


def _venue_quote(doc: Doc, f: _Found) -> bool:
    """Is the name quoted right after a venue's words ("Дома культуры | «…»", "ДК | «…»"): its
    own quotes, or for a part of an NER span any quotes in it ("Коллектив Дома культуры
    «Родина»")?"""
    o = f.org
    quotes = range(f.part.a, f.part.b) if f.part is not None else (o.name_first - 1,)
    return any(k >= 2 and is_opening(doc, k) and venue_before(doc, k) for k in quotes)


def _not_an_organization(c: _Ctx, f: _Found) -> bool:
    """A generic class ("общественная организация", "СМИ", data/not_orgs.txt; an abbreviated
    one with a place too: "СМИ Египта", "Жамбылские НПО"), no word, or one letter ("группа
    «А»" of a tournament)."""
    if f.checked is None:
        return False
    first = f.checked.split(maxsplit=1)[0]
    # ("СМИ Египта": a class still)
    return key(f.checked) in c.lex.not_orgs or not re.search(r"\w\w", f.checked) or (
        first.isupper() and key(first) in c.lex.not_orgs) or _placed_class(c, f)


def _placed_class(c: _Ctx, f: _Found) -> bool:
    """A class in capitals after only adjectives or a place ("Жамбылские НПО", "в Экибастузе
    НПО"): the class of a region, no one organization."""
    toks = c.doc.toks[f.org.first_tok:f.org.last_tok]
    words = [t for t in toks if t.is_word()]
    last = words[-1] if words else None
    return last is not None and len(words) > 1 and last.text.isupper() and \
        key(last.text) in c.lex.not_orgs and all(
            t.pos == "ADJF" or any("Geox" in p.grams for p in t.parses) for t in words[:-1])


def _form_of_quoted(c: _Ctx, f: _Found) -> bool:
    """Is the candidate one abbreviation in capitals right before the quoted name of an
    organization found before it ("коллективу КГБУП | «Краевой центр …»"): the legal form of
    that name, even one data/legal_forms.txt lacks, no organization of its own?"""
    o, toks = f.org, c.doc.toks
    q = o.last_tok
    return f.part is not None and o.form is None and q - o.first_tok == 1 and \
        CAPITALS_ABBREVIATION.match(toks[o.first_tok].text) is not None and \
        q + 1 < len(toks) and is_opening(c.doc, q) and (q + 1) in c.state.covered


_NOUN_POS = frozenset({"NOUN"})


def _postposed_adjective(c: _Ctx, p: _Part) -> bool:
    """Is the NER span's part one capitalized adjective right after the noun of the span before
    it, which it agrees with or an abbreviation in capitals, in one name ("Территориальная
    избирательная комиссия | Темрюкская", "ТИК | Темрюкская"): the end of that name, no
    organization of its own?"""
    return p.b - p.a == 1 and _postposed(c.doc, p.a)


def _postposed(doc: Doc, k: int) -> bool:
    """Is the word at ``k`` a capitalized adjective that closes the name of the noun right before
    it, in an NER span: agreeing with it or after an abbreviation in capitals ("комиссия |
    Крымская", "ТИК | Крымская")?"""
    toks = doc.toks
    if k < 1 or not toks[k].is_title_case() or toks[k].ner is None or \
            not all(x.pos in ("ADJF", "PRTF") for x in toks[k].parses):
        return False
    noun = toks[k - 1]
    return noun.sent == toks[k].sent and noun.ner in ("ORG", "LOC") and (
        CAPITALS_ABBREVIATION.match(noun.text) is not None or noun.pos == "NOUN" and
        agree(forms(toks[k], ADJECTIVES), forms(noun, _NOUN_POS), case=False))


def _postposed_end(doc: Doc, spans: list[tuple[str, int, int]], i: int, last: int) -> int:
    """The end of the next NER span when it is one adjective that closes the name of this one
    ("Территориальная избирательная комиссия | Крымская"); ``last`` otherwise."""
    nxt = spans[i + 1] if i + 1 < len(spans) else None
    return last + 1 if nxt is not None and nxt[1] == last and nxt[2] == last + 1 and \
        _postposed(doc, last) else last


_MAX_AWARD_OWNER = 8


def _award_owners_quote(doc: Doc, lex: OrgLexicon, f: _Found) -> bool:
    """Is the quoted name after an organization word in the genitive the award's or the event's
    that the owner named in full before it complements ("знаком Министерства энергетики |
    «Почетный энергетик»", "медалью Федерации бокса России | «За заслуги»": ``_award_or_event``),
    not the owner's? An owner of one word ("конкурса фонда | «Саби»") may take its name."""
    o, toks = f.org, doc.toks
    k = o.anchor
    if f.rule != "org_word_quoted" or k < 1 or not _in_case(toks[k], "gent"):
        return False
    j = k
    while j > 0 and k - j < _MAX_AWARD_OWNER and toks[j - 1].sent == toks[k].sent and (
            toks[j - 1].low == "и" or toks[j - 1].pos in ("NOUN", "ADJF", "PRTF") and
            not _award_or_event(toks[j - 1], lex) and _in_case(toks[j - 1], "gent")):
        j -= 1
    return j > 0 and _award_or_event(toks[j - 1], lex) and \
        _named_owner(doc, lex, j, o.name_first - 1)


@lru_cache(maxsize=1)
def _owner_award_words() -> frozenset[str]:
    """Award words a quoted name may follow after their owner (data/owner_award_words.txt)."""
    return frozenset(lines("owner_award_words.txt"))


def _award_or_event(t: Tok, lex: OrgLexicon) -> bool:
    """Is ``t`` a noun of an award or an event ("знаком", "конкурса") whose quoted name may
    follow the owner named after it?"""
    lemma = t.lemma.replace("ё", "е")
    return t.pos == "NOUN" and (lemma in lex.not_org_heads or lemma in _owner_award_words())


def _named_owner(doc: Doc, lex: OrgLexicon, first: int, quote: int) -> bool:
    """Do the words [first, quote) before a quoted name name their organization in full, so the
    name is not theirs: two words or more, a capitalized one after the first ("Союза
    журналистов | Казахстана") or a state body's word opening them ("Министерства энергетики");
    not "Ассоциации деловых женщин | «…»", whose name may follow?"""
    toks = doc.toks
    return quote - first > 1 and toks[first].text[:1].isupper() and (
        any(t.text[:1].isupper() for t in toks[first + 1:quote]) or
        _org_word(toks[first], lex) == "state")


_WORD_RULES = frozenset({"org_word_quoted", "org_word_list", "distributed_org_word"})


# The reasons a candidate is no organization, in order.
VETOES: tuple[Veto[_Ctx, _Found], ...] = (
    Veto("inside_ner_name", _inside_ner_name),
    # (a place's genitive the candidate runs on over names it: "Почта | России повысила …";
    # a body word's complements are the body rule's: "Судом | Партизанского района города …")
    Veto("lone_word", lambda c, f: f.part is not None and _lone_word(c, f.part.ner) and
         not (f.rule == "ner_with_place" and f.org.name_last - f.org.name_first > 1 and
              c.doc.toks[f.part.ner[0]].lemma.replace("ё", "е") not in c.lex.body_words)),
    # "Тракторист | СПК «…»": a person's noun opening the sentence the NER ran into an
    # organization
    Veto("lone_person_noun", lambda c, f: f.org.form is None and
         f.org.last_tok - f.org.first_tok == 1 and _plain_word(c.doc, f.org.first_tok, c.lex)
         and all("anim" in p.grams for p in c.doc.toks[f.org.first_tok].parses)),
    Veto("chrome", _ner_veto(lambda c, p: c.doc.toks[p.ner[0]].chrome)),
    # "проект «…»", "номинация «…»": a quoted name that belongs to a thing, not an organization
    Veto("quoted_name_of_other",
         _ner_veto(lambda c, p: _quoted_for_other(c.doc, p.ner[0], c.quoted, c.lex))),
    # "Радиостанции | «Говорит Москва»": the word of a quoted name an earlier rule found
    Veto("word_of_quoted_name", _ner_veto(
        lambda c, p: (p.b - 1) in c.state.rule_at and _generic(c.doc, p.a0, p.b, c.lex))),
    Veto("postposed_adjective", _ner_veto(_postposed_adjective)),
    Veto("nomination_item", _ner_veto(
        lambda c, p: _nomination_item(c.doc, p.ner[0], p.ner[1], c.lex))),
    # "ВКО", "СКО": places, not organizations
    Veto("place_abbreviation", _ner_veto(
        lambda c, p: p.b - p.a == 1 and c.doc.toks[p.a].text in c.lex.place_alias)),
    # "МКС", "Россия" (a team, a state): the gazetteer's places; in quotes a place's name names
    # something else ("против «Рязани»", "из «Суонси»": a club)
    Veto("gazetteer_place", _ner_veto(lambda c, p: _is_place_name(c.doc, p.a, p.b, c.lex) and
                                      not _wholly_quoted(c.doc, p.a, p.b))),
    # "форум …", "стадион …", "Бульвар Победы": an event, a facility or a street
    # (data/not_org_heads.txt, facility_words.txt, thoroughfare_words.txt)
    Veto("event_or_facility", _ner_veto(
        lambda c, p: p.head in c.lex.not_org_heads or p.head in c.lex.facility_words or
        p.head in c.lex.thoroughfare_words)),
    # "на «Барыс Арене»", "в Крокус Сити Холле": a building, its head word last
    Veto("facility_compound", _ner_veto(
        lambda c, p: facility_compound(c.doc, p.ner[0], p.ner[1], c.lex.facility_words))),
    Veto("municipality", _ner_veto(lambda c, p: _municipality(c.doc, p))),
    # "в Доме | Советов", "Дом | Правительства": the genitive that names a building, no body
    Veto("building_named_by_body", lambda c, f: _building_genitive(c.doc, c.lex, f)),
    # "Дом культуры «Родина»", "в ДК «Современник»": the quoted name of a venue is the
    # building's, a place (places.py), unless a legal form names the organization
    Veto("venue_name", lambda c, f: f.org.form is None and _venue_quote(c.doc, f)),
    Veto("body_idiom", lambda c, f: f.head >= 0 and _idiom(c, f.head)),
    # "в городской | Думе": a body word named only by a lowercase adjective, a body in general
    # (or one the text named in full before), not a name
    Veto("generic_body_word", _ner_veto(lambda c, p: _generic_body_word(c, p))),
    # "министерства и ведомства": a class, not one body
    Veto("plural_class", lambda c, f: f.head >= 0 and c.doc.toks[f.head].is_plural() and
         c.doc.toks[f.head].lemma not in c.lex.plural_bodies),
    Veto("not_an_organization", _not_an_organization),
    Veto("form_of_quoted_name", _form_of_quoted),
    Veto("award_of_owner", lambda c, f: _award_owners_quote(c.doc, c.lex, f)),
    # "обладательница «Грэмми»", "эксперты «Золотой маски»": an award known by its name
    # (data/award_names.txt), unless an organization word or a legal form names it ("компания
    # «Ника»")
    Veto("award_name", lambda c, f: f.org.form is None and f.rule not in _WORD_RULES and
         key(f.org.name) in c.lex.award_names),
    Veto("platform_as_medium", lambda c, f: _as_medium(c.doc, f.org, c.lex)),
    Veto("maker_of_product", lambda c, f: _as_product(c.doc, f.org, c.lex)),
    # "принимает в Белом доме": the building a body sits in, a place
    Veto("seat_building", lambda c, f: building_seat(c.doc, f.org.first_tok, f.org.last_tok)),
    # "на сайте gosuslugi.ru": a website, not the news organization of "сообщает zakon.kz"
    Veto("website_domain", lambda c, f: f.rule == "news_domain" and
         _website(c.doc, f.org.first_tok, c.lex)),
    # "доставлен в Боткинскую больницу": the building a patient is taken to, a place; not a
    # name the text gives with its legal form ("доставлен в ГБУЗ «Городская больница № 2»")
    Veto("stay_facility", lambda c, f: f.org.form is None and
         facility_stay(c.doc, f.org.first_tok, f.org.last_tok)),
)


def extract_organizations(doc: Doc, morph: Morphology, lex: OrgLexicon,
                          quoted: set[int] | None = None,
                          trace: Trace | None = None) -> list[OrgCandidate]:
    """Organization mentions: the candidates of ``RULES`` no veto of ``VETOES`` stops, each
    with the name of its rule, stage by stage in text order (see the module's docstring)."""
    ctx = _Ctx(doc, morph, lex, quoted or set(), _ner_spans(doc, lex), _State())
    out: list[tuple[_Order, OrgCandidate]] = []
    for rule, f in run(RULES, VETOES, ctx, kind="organizations",
                       span=lambda f: (f.org.first_tok, f.org.last_tok), trace=trace):
        ctx.state.keep(f)
        org = _with_relational(doc, _with_directorate(doc, f.org, lex))
        out.append((f.order, replace(org, rule=rule, written=_written(ctx, org))))
    return [o for _, o in sorted(out, key=lambda x: x[0])]


def _written(c: _Ctx, o: OrgCandidate) -> str | None:
    """The name of the mention alone, in the nominative, when the organization's name runs on
    past it over a place, a parent body or a namesake, or when the mention adds a relational
    adjective the name leaves out ("японского МИДа" → "японский МИД"); None otherwise."""
    if o.form is not None:
        return None
    if o.first_tok < o.name_first and o.name_last == o.last_tok and \
            not any(is_opening(c.doc, k) for k in range(o.first_tok, o.name_first)):
        return _quoted_name(c, o.first_tok, o.last_tok)
    if o.name_last <= o.last_tok or o.name_first >= o.last_tok:
        return None
    return _quoted_name(c, o.name_first, o.last_tok)
