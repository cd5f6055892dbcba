"""Quoted names: stage 1, after a legal form or an organization word (with lists of names
and the names one person holds), and stage 3, a quoted name in the genitive after a
person noun or in a reporting cue's case."""

from __future__ import annotations

from dataclasses import replace

from ...document import Doc, Tok
from ...lexicon import LegalForm, OrgLexicon
from ...quotes import is_name
from ..phrase import QUOTES, guillemets, head_index, is_opening, nominative
from ..surroundings import municipality_end
from .candidate import (
    _OWNED,
    _QUOTED,
    OrgCandidate,
    _declined_quote,
    _Found,
    _may_be,
    _nominative,
    _read_genitive,
    _read_in,
)
from .context import _Ctx
from .fields import _ends_unit_before_quote
from .forms import (
    _bracket_aside,
    _event_complement,
    _form_before_quote,
    _form_opening,
    _form_qualifiers,
    _holder_at,
    _match_form,
)
from .words import _CLAUSE_POS, _finite_verb, _in_words, _is_place_name, _latin, _org_word

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
    return [_Found(rule, _declined(c, o) if rule == "org_word_quoted" else o, (_QUOTED, i, 0))
            for i, (rule, o) in enumerate(found)]


def _declined(c: _Ctx, o: OrgCandidate) -> OrgCandidate:
    """The candidate named in the nominative when its quoted name declines ("молодежную
    команду красноярского «Сокола»": "Сокол")."""
    name = _declined_quote(c.doc, c.morph, o.name_first, o.name_last)
    return o if name is None else replace(o, name=name)


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



_MAX_OWNED = 5
_MAX_OWNED_NESTED = 8  # a name with a quoted name inside: "«Молодой гвардии «Единой России»»"


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
