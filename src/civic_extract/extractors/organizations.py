"""Organizations: legal form + quoted name, organization word + quoted name, NER ORG spans.

Rules first (they split what the NER merges: "ОО «SARA», ОО «Волонтерское LIDER.KZ»"), then the
NER's ORG spans where no rule found anything, put into the nominative by agreement and cut where a
second state body starts ("Комитет … Министерства …" gives both).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..document import Doc, key
from ..lexicon import LegalForm, OrgLexicon
from ..quotes import is_name
from ..rules import Trace
from ..text.morph import Morphology
from .phrase import (
    QUOTES,
    function_word,
    guillemets,
    head_index,
    is_opening,
    lemma_key,
    nominative,
)

__all__ = ["OrgCandidate", "extract_organizations"]


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


@lru_cache(maxsize=4)
def _forms_by_first(lex: OrgLexicon) -> dict[str, tuple[tuple[int, LegalForm], ...]]:
    """The legal forms (with their rank in ``lex.forms``) by the lemma of their first word."""
    out: dict[str, list[tuple[int, LegalForm]]] = {}
    for rank, form in enumerate(lex.forms):
        out.setdefault(form.lemmas[0], []).append((rank, form))
    return {first: tuple(forms) for first, forms in out.items()}


def _match_form(doc: Doc, k: int, limit: int, lex: OrgLexicon) -> tuple[LegalForm, int] | None:
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


_MAX_COMPLEMENT = 4


def _complements(doc: Doc, k: int, limit: int) -> int:
    """Skip a short genitive complement before a quoted name: "фонда поддержки народного
    ремесла «Алтын оймақ»" → the quote. Returns ``k`` itself when no quote follows."""
    j = k
    while j < limit and j - k < _MAX_COMPLEMENT:
        t = doc.toks[j]
        if t.text in QUOTES:
            return j
        if not t.is_word() or t.case != "gent" or t.parse is None or \
                t.parse.pos not in ("NOUN", "ADJF", "PRTF"):
            break
        j += 1
    return j if j < limit and doc.toks[j].text in QUOTES else k


def _lowercase_start(doc: Doc, k: int) -> bool:
    """Does the quoted text at token k open with a lowercase Cyrillic word (speech, not a name)?"""
    word = doc.toks[k].text
    return word.islower() and "а" <= word[:1] <= "я"  # "еМаркет" is a name


def _rule_orgs(doc: Doc, lex: OrgLexicon) -> list[OrgCandidate]:
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
            after = _complements(doc, after, s.last)
            if after < s.last and doc.toks[after].text in QUOTES:
                q = doc.quotes.name_at(after)
                if q is not None and _lowercase_start(doc, q[0]):
                    q = None  # союз «опасен для …»: a quotation, not a name
                if q is not None:
                    first, last, nxt = q
                    name = guillemets(doc.span_text(first, last)).strip()
                    kind = form.kind if form else (word_kind or "other")
                    # the mention: the form with the name ("ОО «Батыр»"); after a generic
                    # word ("фонда «Вера в добро»") the name alone, as NER corpora mark it
                    m_first, m_last = (k, nxt) if form else (first, last)
                    out.append(OrgCandidate(m_first, m_last, name, form.abbr if form else None,
                                            form.full if form else None, kind, first, last, k))
                    # "общественных объединений «A» и «B»": more quoted names, same form
                    while form is not None and nxt + 1 < s.last \
                            and doc.toks[nxt].text in (",", "и") \
                            and doc.toks[nxt + 1].text in QUOTES:
                        q2 = doc.quotes.name_at(nxt + 1)
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


def _split_nested(doc: Doc, first: int, last: int, lex: OrgLexicon) -> list[tuple[int, int]]:
    """Cut "Комитет по делам … Министерства …" before each further state-body head; a bare
    body word ("Департамент | Министерства …") keeps the body it belongs to."""
    cuts = [first]
    for k in range(first + 1, last):
        t = doc.toks[k]
        if t.lemma in _STATE_HEADS and t.is_title_case() and t.case == "gent" and \
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


def _ner_orgs(doc: Doc, lex: OrgLexicon) -> list[tuple[int, int, int]]:
    """NER ORG spans (and LOC spans headed by a body: "городской маслихат"), each extended over
    a place name in the genitive right after it ("Гражданского альянса | Казахстана" → one
    organization, "Управление образования | ВКО") and over "имени" + a name.

    Returns (first, last, name_last): the mention stays the NER span [first, last); the name
    runs to ``name_last``."""
    spans = sorted(doc.ner, key=lambda s: s[1])
    out = []
    for i, (type_, first, last) in enumerate(spans):
        if type_ == "LOC":
            h = head_index(doc.toks[first:last])
            if h is None or lex.org_words.get(doc.toks[first + h].lemma) != "state":
                continue
        elif type_ != "ORG":
            continue
        while last - first > 1 and function_word(doc.toks[first]):
            first += 1  # "Создан союз": a verb the NER ran into the name
        if last - first == 1 and _plain_word(doc, first, lex):
            continue  # "Комиссия …", "Её …" opening a sentence: a word, not a name
        if not any(t.text[:1].isupper() or not t.text[:1].isalpha() for t in doc.toks[first:last]):
            continue  # nothing of a name is left ("союз")
        end = last
        if i + 1 < len(spans):
            t2, f2, l2 = spans[i + 1]
            nxt = doc.toks[f2]
            if f2 == last and nxt.sent == doc.toks[first].sent and (
                    (t2 == "LOC" and nxt.case == "gent") or
                    (l2 - f2 == 1 and nxt.text in lex.place_alias)):
                end = l2
        named = _named_after(doc, first, end) if end == last else last
        end = _named_after(doc, first, end)
        if end == last and (_generic(doc, first, last, lex) or _org_headed(doc, first, last, lex)):
            # "Следственное управление | Следственного комитета Армении", "Институт
            # языкознания | АН СССР": the name runs over the organization it belongs to (which
            # stays one of its own); after a name with a complement only over an abbreviation
            generic = _generic(doc, first, last, lex)
            nxt = next(((f2, l2) for t2, f2, l2 in spans[i + 1:i + 2]
                        if t2 == "ORG" and f2 == last
                        and doc.toks[f2].sent == doc.toks[first].sent
                        and (doc.toks[f2].case == "gent" if generic else
                             all(t.text.isupper() and len(t.text) > 1
                                 for t in doc.toks[f2:l2]))), None)
            if nxt is not None:
                end = nxt[1]
                if i + 2 < len(spans):
                    t3, f3, l3 = spans[i + 2]
                    if f3 == end and t3 == "LOC" and doc.toks[f3].case == "gent" and \
                            doc.toks[f3].sent == doc.toks[first].sent:
                        end = l3
        before = doc.toks[first - 1] if first > 0 else None
        owned = before is not None and doc.toks[first].case == "gent" and \
            before.lemma.replace("ё", "е") in lex.body_words
        # "комитета | Совета Федерации по …": the complement is the outer body's
        po = end if owned else _po_complement(doc, first, end, lex)
        if po > end:
            if end == last:
                last = po  # the complement follows the NER span: the mention takes it too
            end = po
        # the mention takes the person a body is named after ("Театра им. | Йозефа Бойса")
        out.append((first, max(last, named), end))
    return out


_MAX_PO = 8


def _po_complement(doc: Doc, first: int, last: int, lex: OrgLexicon) -> int:
    """Run a name on over its "по"-complement, where the NER stopped before it: "Европейский
    суд | по правам человека", "комитет Совета Федерации | по экономической политике", "Главное
    управление МВД | по Москве". The head (first noun of [first, last)) must take such complements
    (data/po_heads.txt); the noun after "по" is in the dative and does not start an adverbial
    ("суд по делу …", "по данным …": data/po_adverbials.txt). Returns the new end."""
    toks = doc.toks
    if last >= len(toks) or toks[last].low != "по" or toks[last].sent != toks[first].sent:
        return last
    head = head_index(toks[first:last])
    if head is None or toks[first + head].lemma.replace("ё", "е") not in lex.po_heads:
        return last
    sent = toks[first].sent
    k = last + 1
    noun = None  # the first noun after "по"
    end = last
    while k < len(toks) and k - last <= _MAX_PO and toks[k].sent == sent:
        t = toks[k]
        p = t.parse
        if p is None or not t.is_word():
            break
        if t.low in ("и", "за") and noun is not None and end == k:
            k += 1  # "по конституционному законодательству и госстроительству", "по контролю
            continue  # за оборотом наркотиков"
        if p.pos not in ("NOUN", "ADJF", "PRTF") or t.ner == "PER":
            break
        if noun is None:
            if t.case != "datv":
                break
            if p.pos == "NOUN":
                sing_only = lex.po_adverbials.get(t.lemma.replace("ё", "е"))
                if sing_only is not None and (not sing_only or t.tag.get("Number") != "Plur"):
                    return last
                noun = k
                end = k + 1
        elif t.case in ("gent", "datv", "ablt"):
            if p.pos == "NOUN":
                end = k + 1
        else:
            break
        k += 1
    return end if noun is not None else last


def _generic(doc: Doc, first: int, last: int, lex: OrgLexicon) -> bool:
    """Is [first, last) a body word with adjectives only ("Следственное управление", "Главное
    управление", "Региональное отделение"), a name only with the body it belongs to?"""
    toks = doc.toks[first:last]
    if not toks:
        return False
    h = toks[-1]
    if h.parse is None or h.parse.pos != "NOUN" or h.text.isupper():
        return False
    lemma = h.lemma.replace("ё", "е")
    if lemma not in lex.org_words and lemma not in lex.body_words:
        return False
    return all(t.parse is not None and t.parse.pos in ("ADJF", "PRTF") and
               not t.text.isupper() and (t.i == first or not t.is_title_case())
               for t in toks[:-1])


def _org_headed(doc: Doc, first: int, last: int, lex: OrgLexicon) -> bool:
    """Is [first, last) headed by an organization word ("Институт языкознания")?"""
    h = head_index(doc.toks[first:last])
    return h is not None and doc.toks[first + h].lemma.replace("ё", "е") in lex.org_words


def _named_after(doc: Doc, first: int, last: int) -> int:
    """Extend "Театр имени" over the name that follows: "… имени К. С. Станиславского"."""
    k = last
    while k - 1 > first and doc.toks[k - 1].text == ".":
        k -= 1
    if doc.toks[k - 1].low not in ("имени", "им"):
        return last
    j = k
    sent = doc.toks[first].sent
    while j < len(doc.toks) and doc.toks[j].sent == sent and (
            doc.toks[j].text == "." or (len(doc.toks[j].text) == 1 and doc.toks[j].text.isupper())):
        j += 1
    if j < len(doc.toks) and doc.toks[j].sent == sent and doc.toks[j].is_title_case() \
            and doc.toks[j].is_word():
        j += 1
        while j < len(doc.toks) and doc.toks[j].ner == "PER" and doc.toks[j].sent == sent:
            j += 1
        return j
    return last


def _is_place_name(doc: Doc, a: int, b: int, lex: OrgLexicon) -> bool:
    toks = doc.toks[a:b]
    return lemma_key(toks) in lex.places or \
        tuple(t.low for t in toks) in lex.places


def _paren_opened(doc: Doc, a: int, k: int) -> bool:
    """Does the bracket closing at token k close one opened in [a, k)?"""
    return any(doc.toks[j].text == "(" for j in range(a, k))


def _aside(doc: Doc, a: int, b: int) -> tuple[int, tuple[int, int] | None]:
    """A name the NER ran on over a closing bracketed aside, "Союз координационных советов
    (СКС)", "Международная амнистия (Amnesty International)": the end of the name before the
    bracket and the aside, another name of it; (b, None) when the span has none."""
    if b - a < 4 or doc.toks[b - 1].text != ")":
        return b, None
    p = next((j for j in range(b - 2, a, -1) if doc.toks[j].text in "()"), None)
    if p is None or doc.toks[p].text != "(" or p + 1 >= b - 1:
        return b, None
    return p, (p + 1, b - 1)


def _closes(doc: Doc, a: int, k: int) -> bool:
    """Does the quote at token k close a quote opened in [a, k)?"""
    return any(is_opening(doc, j) for j in range(a, k))


def _title_prefix(doc: Doc, first: int, last: int, lex: OrgLexicon) -> int:
    """Skip a title that the NER glued to the front of an organization ("председатель …")."""
    k = first
    t = doc.toks[k]
    if t.parse is not None and (t.parse.normal in lex.titles or t.parse.pos == "PRTF"):
        k += 1
        while k < last and not doc.toks[k].is_title_case() and \
                doc.toks[k].text not in QUOTES:
            k += 1
        return k
    return first


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
    p = before.parse
    if p is None or p.pos != "NOUN":
        return False
    return before.lemma not in lex.org_words and before.text not in lex.form_by_abbr


_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.(kz|ru|com|org|net|info|рф|қаз|tv|media|news)$",
                     re.IGNORECASE)


def _domains(doc: Doc, covered: set[int]) -> list[OrgCandidate]:
    """News sites named by their domain ("сообщает zakon.kz"): media organizations. razdel
    may split a domain into "zakon", ".", "kz": the glued run of tokens is read as one."""
    out = []
    toks = doc.toks
    k = 0
    while k < len(toks):
        j = k + 1
        while j < len(toks) and toks[j].start == toks[j - 1].stop and toks[j].sent == toks[k].sent:
            j += 1
        text = doc.span_text(k, j)
        while j - 1 > k and toks[j - 1].text in ".,:;!?»\")":
            j -= 1
            text = doc.span_text(k, j)
        if not toks[k].chrome and k not in covered and _DOMAIN.match(text):
            out.append(OrgCandidate(k, j, text, None, None, "media", k, j))
        k = max(j, k + 1)
    return out


def extract_organizations(doc: Doc, morph: Morphology, lex: OrgLexicon,
                          quoted: set[int] | None = None,
                          trace: Trace | None = None) -> list[OrgCandidate]:
    ner = _ner_orgs(doc, lex)
    rules = _rule_orgs(doc, lex)
    # a generic word with a quoted name inside a longer NER name ("Русской службе «Голоса
    # Америки»") is part of that name: the NER span wins
    rules = [o for o in rules if o.form is not None or not any(
        f < o.name_first - 1 and o.name_last <= end and doc.toks[o.name_first - 2].i > f
        and doc.toks[f].is_word() and doc.toks[f].parse is not None
        and doc.toks[f].parse.pos in ("ADJF", "PRTF") for f, end, _ in ner)]
    covered = set()
    for o in rules:
        covered.update(range(o.first_tok, o.last_tok))
    quoted = quoted or set()
    out = list(rules)
    rule_at = {o.anchor: o for o in rules}
    for first, last, name_last in ner:
        if doc.toks[first].chrome or _quoted_for_other(doc, first, quoted, lex):
            continue
        first = _title_prefix(doc, first, last, lex)
        if first >= last:
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
            while b > a and (doc.toks[b - 1].text in ",.(" or (
                    doc.toks[b - 1].text in QUOTES and not _closes(doc, a, b - 1)) or (
                    doc.toks[b - 1].text == ")" and not _paren_opened(doc, a, b - 1))):
                b -= 1
            if b <= a:
                continue
            b, alias = _aside(doc, a, b)
            n_before = len(out)
            if (b - 1) in rule_at and _generic(doc, a, b, lex):
                continue  # "Радиостанции | «Говорит Москва»": the word of a rule-found name
            form = None
            found = _match_form(doc, a, b, lex)
            if found is not None:
                form, a = found
                if a >= b:
                    continue
            if b - a == 1 and doc.toks[a].text in lex.place_alias:
                continue  # "ВКО", "СКО": places, not organizations
            if _is_place_name(doc, a, b, lex):
                continue  # "МКС", "Россия" (a team, a state): the gazetteer's places
            end = name_last if b >= last else b
            for x, y in _split_nested(doc, a, end, lex):
                head = head_index(doc.toks[x:y])
                head_lemma = doc.toks[x + head].lemma if head is not None else ""
                if head_lemma in lex.not_org_heads or head_lemma in lex.facility_words:
                    continue
                text = doc.span_text(x, y)
                if any(c in text for c in QUOTES):
                    name = guillemets(text.strip(QUOTES + " "))
                else:
                    name = nominative(doc, x, y, morph)
                if key(name) in lex.not_orgs or not re.search(r"\w", name):
                    continue
                kind = form.kind if form else lex.org_words.get(doc.toks[x].lemma, "other")
                sub_org = rule_at.get(y)
                if sub_org is not None and doc.toks[y].case == "gent" and sub_org.form is None:
                    # "Павлодарский областной филиал | партии «Нұр Отан»": one name; the party
                    # stays an organization of its own
                    end_tok = max(sub_org.last_tok, sub_org.name_last)
                    if end_tok < len(doc.toks) and doc.toks[end_tok].text in QUOTES:
                        end_tok += 1
                    tail = guillemets(doc.span_text(y, end_tok))
                    out.append(OrgCandidate(x, min(y, b), f"{name} {tail}", None, None,
                                            kind, x, end_tok))
                    continue
                out.append(OrgCandidate(x if form is None else first, min(y, b), name,
                                        form.abbr if form else None,
                                        form.full if form else None, kind, x, y))
            if alias is not None and len(out) > n_before:
                # "Союз координационных советов (СКС)": the bracketed name is a second
                # mention of the organization before it
                o = out[-1]
                out.append(OrgCandidate(alias[0], alias[1], o.name, o.form, o.form_full, o.kind,
                                        alias[0], alias[1]))
    covered.update(k for o in out for k in range(o.first_tok, o.last_tok))
    covered.update(k for o in out for k in range(o.name_first, o.name_last))
    out += _owned_quoted(doc, morph, lex, covered)
    covered.update(k for o in out for k in range(o.first_tok, o.last_tok))
    out += _domains(doc, covered)
    covered.update(k for o in out for k in range(o.first_tok, o.last_tok))
    out += _known(doc, morph, lex, covered, quoted)
    covered.update(k for o in out for k in range(o.first_tok, o.last_tok))
    out += _bodies(doc, morph, lex, covered, quoted)
    return [_with_relational(doc, o) for o in out if not _as_medium(doc, o, lex)]


_RELATIONAL = re.compile(r"^[а-яё-]+[сц]к(ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими|ым|ых)$")


def _with_relational(doc: Doc, o: OrgCandidate) -> OrgCandidate:
    """The mention of a name takes a lowercase relational adjective of a place or a people
    right before it: "японского МИДа", "мюнхенской Баварии", "российского Минсельхоза" (the
    name stays without it)."""
    k = o.first_tok - 1
    if k < 0 or not doc.toks[o.first_tok].text[:1].isupper():
        return o
    t = doc.toks[k]
    if t.sent != doc.toks[o.first_tok].sent or t.parse is None or t.parse.pos != "ADJF" or \
            not _RELATIONAL.match(t.text):
        return o
    return replace(o, first_tok=k)


def _as_medium(doc: Doc, o: OrgCandidate, lex: OrgLexicon) -> bool:
    """A platform written in as a medium ("написал в Twitter", "в своём Фейсбуке")."""
    if o.form is not None or o.last_tok - o.first_tok != 1:
        return False
    t = doc.toks[o.first_tok]
    if t.low not in lex.platforms and not (t.lemmas & lex.platforms):
        return False
    k = o.first_tok - 1
    return k >= 0 and doc.toks[k].sent == t.sent and (
        doc.toks[k].low in lex.platform_cues or doc.toks[k].lemma in lex.platform_cues)


_MAX_OWNED = 5


def _owned_quoted(doc: Doc, morph: Morphology, lex: OrgLexicon,
                  covered: set[int]) -> list[OrgCandidate]:
    """A capitalized quoted name in the genitive after a person noun is the organization the
    person belongs to ("глава «Металлоинвеста»", "корреспондент «Голоса Америки»"), unless the
    noun makes it a work or an award (data/not_org_owners.txt: "автор «…»", "лауреат «…»");
    after a cue of data/quoted_org_cues.txt, in its case ("интервью «Голосу Америки»")."""
    out = []
    toks = doc.toks
    for s in doc.sents:
        if s.chrome:
            continue
        for k in range(s.first, s.last - 2):
            t = toks[k]
            if t.parse is None or t.parse.pos != "NOUN" or toks[k + 1].text not in QUOTES:
                continue
            lemma = t.lemma.replace("ё", "е")
            if lemma in lex.titles and lemma not in lex.not_org_owners:
                case = "gent"
            elif lemma in lex.quoted_org_cues:
                case = lex.quoted_org_cues[lemma]
            else:
                continue
            q = doc.quotes.name_at(k + 1)
            if q is None:
                continue
            first, last, _ = q
            if last - first > _MAX_OWNED or not is_name(doc, first, last) or \
                    any(j in covered for j in range(first, last)):
                continue
            name_toks = toks[first:last]
            h = head_index(name_toks)
            ref = name_toks[h] if h is not None else name_toks[0]
            if ref.case != case or not ref.is_word():
                continue
            name = nominative(doc, first, last, morph)
            if key(name) in lex.not_orgs:
                continue
            out.append(OrgCandidate(first, last, name, None, None,
                                    "media" if case != "gent" else "other", first, last))
    return out


def _known(doc: Doc, morph: Morphology, lex: OrgLexicon, covered: set[int],
           quoted: set[int]) -> list[OrgCandidate]:
    """Well-known organizations from data/known_orgs.txt (ЕС, ООН, Евросоюз, Госдума…), by
    lemma, where no other rule found an organization. A quoted name counts only as a whole
    («Майкрософт»); a "cued" name needs the quotes or a cue before it ("клуб Челси"), an "inner"
    one the quotes or a place inside its sentence."""
    out = []
    toks = doc.toks
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.chrome or k in covered or not t.is_word() or not (
                t.text[:1].isupper() or _latin(t.text) and not t.text.islower()):
            k += 1  # "comScore", "eBay": a Latin name with a capital inside
            continue
        for n in range(min(lex.known_org_max, len(toks) - k), 0, -1):
            span = toks[k:k + n]
            if any(x.sent != t.sent or x.i in covered for x in span):
                continue
            lemmas = lemma_key(span)
            found = lex.known_orgs.get(lemmas) or lex.known_orgs.get(
                tuple(x.low for x in span))
            if found is None:
                continue
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
            elif abbr or lemmas != lex.known_org_lemmas.get(name):
                # "Евросоюза", "МИД": the text's own name of it, in the nominative
                name = text if abbr else nominative(doc, k, k + n, morph)
            out.append(OrgCandidate(k, k + n, name, None, None, kind, k, k + n, known=True))
            k += n
            break
        else:
            k += 1
    return out


def _names_a_work(doc: Doc, q: int, lex: OrgLexicon) -> bool:
    """Does the quote opening at token q name an event, a work or an award after its noun
    ("турнир «Спартак»", "автор «Яблока»") rather than the organization itself?"""
    k = q - 1
    if k < 0 or doc.toks[k].parse is None or doc.toks[k].parse.pos != "NOUN":
        return False
    lemma = doc.toks[k].lemma.replace("ё", "е")
    return lemma in lex.not_org_heads or lemma in lex.not_org_owners or \
        lemma in lex.work_words or lemma in lex.facility_words


def _latin(text: str) -> bool:
    return bool(re.match(r"[A-Za-z]", text))


_CUE_PREPOSITIONS = frozenset("из за в во у от против над с со".split())


def _cued(doc: Doc, k: int, lex: OrgLexicon) -> bool:
    """Does a cue word of an organization (data/known_org_cues.txt) stand before token k,
    across adjectives and one preposition ("клуба Челси", "болельщики Спартака", "вратарь из
    мюнхенской Баварии")?"""
    toks = doc.toks
    j = k - 1
    sent = toks[k].sent
    steps = 0
    while j >= 0 and toks[j].sent == sent and steps < 3 and toks[j].parse is not None and (
            toks[j].parse.pos in ("ADJF", "PRTF") or toks[j].low in _CUE_PREPOSITIONS):
        j -= 1
        steps += 1
    if j < 0 or toks[j].sent != sent or toks[j].parse is None or toks[j].parse.pos != "NOUN":
        return False
    return toks[j].lemma.replace("ё", "е") in lex.known_org_cues


_MAX_BODY_COMPLEMENT = 6


def _person_complement(doc: Doc, last: int, sent: int) -> int:
    """Run a body's complement on to the end of a person's name in it, and over a second name
    joined by "и": "администрации Джорджа Буша-младшего", "штаб Любови Соболь и Ивана Жданова"."""
    toks = doc.toks

    def run_end(k: int) -> int:
        while k < len(toks) and toks[k].sent == sent and toks[k].ner == "PER":
            k += 1
        return k

    if last == 0 or toks[last - 1].ner != "PER" or toks[last - 1].case != "gent":
        return last
    last = run_end(last)
    if last + 1 < len(toks) and toks[last].low == "и" and toks[last + 1].ner == "PER" and \
            toks[last + 1].case == "gent" and toks[last + 1].sent == sent:
        last = run_end(last + 1)
    return last


def _bodies(doc: Doc, morph: Morphology, lex: OrgLexicon, covered: set[int],
            quoted: set[int]) -> list[OrgCandidate]:
    """State and public bodies the NER leaves out because they are written in lowercase:
    "министерство культуры Польши", "федеральный суд", "городского совета", "правительство"."""
    out = []
    toks = doc.toks
    for t in toks:
        if t.chrome or t.i in covered or t.i in quoted or t.parse is None or \
                t.parse.pos != "NOUN" or (t.text[:1].isupper() and
                                          t.i != doc.sents[t.sent].first):
            continue
        entry = lex.body_words.get(t.lemma.replace("ё", "е"))
        if entry is None or t.i > 0 and \
                (toks[t.i - 1].low, t.lemma.replace("ё", "е")) in lex.body_idioms:
            continue
        kind, alone = entry
        first = t.i
        while first - 1 >= 0 and toks[first - 1].parse is not None and \
                toks[first - 1].parse.pos in ("ADJF", "PRTF") and toks[first - 1].case == t.case \
                and toks[first - 1].sent == t.sent and (first - 1) not in covered:
            first -= 1
        last = t.i + 1
        while last < len(toks) and last - t.i <= _MAX_BODY_COMPLEMENT and \
                toks[last].sent == t.sent and (
                    toks[last].case == "gent" and toks[last].parse is not None and
                    toks[last].parse.pos in ("NOUN", "ADJF", "PRTF")) and \
                toks[last].parse.normal not in lex.titles:
            last += 1
        while last > t.i + 1 and toks[last - 1].parse is not None and \
                toks[last - 1].parse.pos != "NOUN" and toks[last - 1].ner != "PER":
            last -= 1
        last = _person_complement(doc, last, t.sent)
        last = max(last, _po_complement(doc, first, last, lex))
        # a unique body: named by a proper name in its complement ("министерство культуры
        # Польши", "правительство Москвы"), or one of the few that news name alone
        proper = any(toks[k].text[:1].isupper() for k in range(t.i + 1, last))
        if not proper and not (alone == "yes" and first == t.i and last == t.i + 1) and \
                not (alone == "named" and last > t.i + 1):
            continue
        if "plur" in t.parse.grams and t.tag.get("Number") == "Plur":
            continue  # "министерства и ведомства": a class, not one body
        name = nominative(doc, first, last, morph)
        if key(name) in lex.not_orgs:
            continue
        # the mention leaves the proper-name complement to the place or organization it is
        m_last = last
        while m_last > t.i + 1 and (toks[m_last - 1].text[:1].isupper() or
                                    toks[m_last - 1].low == "и" and toks[m_last].ner == "PER"):
            m_last -= 1
        out.append(OrgCandidate(first, m_last, name, None, None, kind, first, last))
        covered.update(range(first, last))
    return out
