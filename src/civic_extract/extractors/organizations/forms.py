"""Legal forms and their abbreviations: a form spelled out or abbreviated at a word, the
asides, qualifiers and property titles between it and its quoted name, the forms one person
holds ("ИП Коваленко С. П.") and the first word of a form's mention."""

from __future__ import annotations

from functools import lru_cache

from ...agreement import agree, forms
from ...data import lines
from ...document import Doc, initial_at
from ...lexicon import LegalForm, OrgLexicon
from ...text.morph import PERSON_GRAMS
from ..phrase import CAPITALS_ABBREVIATION, QUOTES, is_opening
from .candidate import OrgCandidate, _nominative
from .words import _place_adjective


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


@lru_cache(maxsize=1)
def _club_abbreviations() -> frozenset[str]:
    """The kinds of sports club or school named before a quoted name
    (data/club_abbreviations.txt)."""
    return frozenset(lines("club_abbreviations.txt"))


def _club_before_quote(doc: Doc, k: int, last: int) -> bool:
    """Does the abbreviation of a kind of sports club or school at token k open a quoted name,
    the club's whole name ("ФК | «Кайрат»", "СШОР | «Невская»")?"""
    return doc.toks[k].text in _club_abbreviations() and k + 2 < last and \
        is_opening(doc, k + 1)


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
