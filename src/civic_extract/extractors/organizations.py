"""Organizations: legal form + quoted name, organization word + quoted name, NER ORG spans.

Rules first (they split what the NER merges: "ОО «SARA», ОО «Волонтерское LIDER.KZ»"), then the
NER's ORG spans where no rule found anything, put into the nominative by agreement and cut where a
second state body starts ("Комитет … Министерства …" gives both).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Doc, key
from ..text.morph import Morphology
from .lexicon import LegalForm, Lexicon
from .phrase import QUOTES, guillemets, head_index, nominative, quoted_span

__all__ = ["OrgCandidate", "extract_organizations", "quote_ranges"]


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


@lru_cache(maxsize=4)
def _forms_by_first(lex: Lexicon) -> dict[str, tuple[tuple[int, LegalForm], ...]]:
    """The legal forms (with their rank in ``lex.forms``) by the lemma of their first word."""
    out: dict[str, list[tuple[int, LegalForm]]] = {}
    for rank, form in enumerate(lex.forms):
        out.setdefault(form.lemmas[0], []).append((rank, form))
    return {first: tuple(forms) for first, forms in out.items()}


def _match_form(doc: Doc, k: int, limit: int, lex: Lexicon) -> tuple[LegalForm, int] | None:
    """A legal form starting at token k: (form, first token after it); the first in
    ``lex.forms`` order (the longest) whose words all match."""
    t = doc.toks[k]
    if t.text in lex.form_by_abbr:
        return lex.form_by_abbr[t.text], k + 1
    by_first = _forms_by_first(lex)
    found = [f for w in (t.low, *t.lemmas) for f in by_first.get(w, ())]
    for _, form in sorted(set(found), key=lambda f: f[0]):
        n = len(form.lemmas)
        if k + n > limit:
            continue
        if all(doc.toks[k + j].has_lemma(form.lemmas[j]) for j in range(1, n)):
            return form, k + n
    return None


def quote_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [first, last) inside quotes, per sentence."""
    out = []
    for s in doc.sents:
        k = s.first
        while k < s.last:
            if doc.toks[k].text in QUOTES and doc.toks[k].text != "'":
                q = quoted_span(doc, k, s.last)
                if q is not None:
                    out.append((q[0], q[1]))
                    k = q[2]
                    continue
            k += 1
    return out


def _rule_orgs(doc: Doc, lex: Lexicon) -> list[OrgCandidate]:
    out: list[OrgCandidate] = []
    for s in doc.sents:
        if s.chrome:
            continue
        k = s.first
        while k < s.last:
            found = _match_form(doc, k, s.last, lex)
            word_kind = None
            if found is None:
                t = doc.toks[k]
                is_noun = t.parse is not None and t.parse.pos == "NOUN"
                word_kind = lex.org_words.get(t.lemma) if is_noun else None
                if word_kind is None:
                    k += 1
                    continue
                after = k + 1
                form = None
            else:
                form, after = found
                if k > s.first and doc.toks[k - 1].lemma in lex.not_org_heads \
                        and len(form.lemmas) > 1:
                    k = after  # "форум некоммерческих организаций «…»": the quote names the event
                    continue
            if after < s.last and doc.toks[after].text in QUOTES:
                q = quoted_span(doc, after, s.last)
                if q is not None:
                    first, last, nxt = q
                    name = guillemets(doc.span_text(first, last)).strip()
                    kind = form.kind if form else (word_kind or "other")
                    out.append(OrgCandidate(k, nxt, name, form.abbr if form else None,
                                            form.full if form else None, kind, first, last))
                    # "общественных объединений «A» и «B»": more quoted names, same form
                    while form is not None and nxt + 1 < s.last \
                            and doc.toks[nxt].text in (",", "и") \
                            and doc.toks[nxt + 1].text in QUOTES:
                        q2 = quoted_span(doc, nxt + 1, s.last)
                        if q2 is None:
                            break
                        first, last, nxt2 = q2
                        name = guillemets(doc.span_text(first, last)).strip()
                        out.append(OrgCandidate(nxt + 1, nxt2, name, form.abbr, form.full,
                                                form.kind, first, last))
                        nxt = nxt2
                    k = max(nxt, k + 1)
                    continue
            k += 1
    return out


_STATE_HEADS = {"министерство", "комитет", "агентство", "департамент", "управление", "акимат",
                "маслихат", "служба", "администрация", "правительство"}


def _split_nested(doc: Doc, first: int, last: int) -> list[tuple[int, int]]:
    """Cut "Комитет по делам … Министерства …" before each further state-body head."""
    cuts = [first]
    for k in range(first + 1, last):
        t = doc.toks[k]
        if t.lemma in _STATE_HEADS and t.is_title_case() and t.case == "gent":
            cuts.append(k)
    cuts.append(last)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _ner_orgs(doc: Doc) -> list[tuple[str, int, int]]:
    """NER ORG spans, each extended over a place name in the genitive right after it
    ("Гражданского альянса | Казахстана" → one organization)."""
    spans = sorted(doc.ner, key=lambda s: s[1])
    out = []
    for i, (type_, first, last) in enumerate(spans):
        if type_ != "ORG":
            continue
        if i + 1 < len(spans):
            t2, f2, l2 = spans[i + 1]
            if t2 == "LOC" and f2 == last and doc.toks[f2].case == "gent" \
                    and doc.toks[f2].sent == doc.toks[first].sent:
                last = l2
        out.append((type_, first, last))
    return out


def extract_organizations(doc: Doc, morph: Morphology, lex: Lexicon) -> list[OrgCandidate]:
    rules = _rule_orgs(doc, lex)
    covered = set()
    for o in rules:
        covered.update(range(o.first_tok, o.last_tok))
    out = list(rules)
    for _, first, last in _ner_orgs(doc):
        if doc.toks[first].chrome:
            continue
        # keep the part of the span before a rule-found organization ("Центр … ОФ «Ана Үйі»")
        free = [k for k in range(first, last) if k not in covered]
        if not free:
            continue
        runs: list[tuple[int, int]] = []
        for k in free:
            if runs and runs[-1][1] == k:
                runs[-1] = (runs[-1][0], k + 1)
            else:
                runs.append((k, k + 1))
        for a, b in runs:
            while a < b and (doc.toks[a].text in QUOTES or not doc.toks[a].is_word()):
                a += 1
            while b > a and (doc.toks[b - 1].text in QUOTES or doc.toks[b - 1].text in ",."):
                b -= 1
            if b <= a:
                continue
            form = None
            found = _match_form(doc, a, b, lex)
            if found is not None:
                form, a = found
                if a >= b:
                    continue
            for x, y in _split_nested(doc, a, b):
                head = head_index(doc.toks[x:y])
                if head is not None and doc.toks[x + head].lemma in lex.not_org_heads:
                    continue
                text = doc.span_text(x, y)
                if any(c in text for c in QUOTES):
                    name = guillemets(text.strip(QUOTES + " "))
                else:
                    name = nominative(doc, x, y, morph)
                if key(name) in lex.not_orgs or not re.search(r"\w", name):
                    continue
                kind = form.kind if form else lex.org_words.get(doc.toks[x].lemma, "other")
                out.append(OrgCandidate(x if form is None else first, y, name,
                                        form.abbr if form else None,
                                        form.full if form else None, kind, x, y))
    return out
