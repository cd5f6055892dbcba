"""What one word or a short run of words is to the rules: an organization word or a body
word and its kind, a word capitalized only by its place, a generic body's name, a case
reading, an abbreviation, a Latin word, a domain, a relational adjective, an award's word."""

from __future__ import annotations

import re
from functools import lru_cache

from ...data import lines
from ...document import Doc, Tok
from ...lexicon import OrgLexicon
from ..phrase import CAPITALS_ABBREVIATION, QUOTES, head_index, is_opening
from ..surroundings import lemma_key


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


def _in_case(t: Tok, case: str) -> bool:
    return t.case == case or any(case in p.grams for p in t.parses)


def _abbreviations(doc: Doc, first: int, last: int) -> bool:
    """Are the tokens [first, last) abbreviations in capitals, a space apart: one abbreviation
    of a body and of its place ("ОП | РО": Общественная палата Ростовской области)?"""
    return all(CAPITALS_ABBREVIATION.match(doc.toks[k].text) for k in range(first, last)) and \
        all(doc.norm[doc.toks[k].stop:doc.toks[k + 1].start] == " " for k in range(first, last - 1))


def _finite_verb(t: Tok) -> bool:
    """A lowercase verb in a finite form, by the tagger and the dictionary alike."""
    return t.text.islower() and t.pos == "VERB" and t.tag.pos in ("VERB", "AUX") and \
        t.tag.get("VerbForm") == "Fin"


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


def _is_place_name(doc: Doc, a: int, b: int, lex: OrgLexicon) -> bool:
    toks = doc.toks[a:b]
    return lemma_key(toks) in lex.places or \
        tuple(t.low for t in toks) in lex.places


def _wholly_quoted(doc: Doc, a: int, b: int) -> bool:
    """Are the tokens [a, b) all of a quoted name ("«Рязани»")?"""
    q = doc.quotes.name_at(a - 1) if a > 0 and is_opening(doc, a - 1) else None
    return q is not None and q[0] == a and q[1] == b


_NAME_GRAMS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})



_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.(kz|ru|com|org|net|info|рф|қаз|tv|media|news)$",
                     re.IGNORECASE)


_RELATIONAL = re.compile(r"^[а-яё-]+[сц]к(ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими|ым|ых)$")
_CLAUSE_POS = frozenset({"VERB", "INFN", "NPRO", "PRED", "ADVB", "PRCL"})


def _latin(text: str) -> bool:
    return bool(re.match(r"[A-Za-z]", text))


_ROMAN = re.compile(r"^[IVXLCDM]+$")  # "маслихата | VIII созыва": a convocation, no name


def _place_adjective(t: Tok, lex: OrgLexicon) -> bool:
    low = t.low.replace("ё", "е")
    return t.pos == "ADJF" and bool(_RELATIONAL.match(low)) and "ческ" not in low and \
        t.lemma.replace("ё", "е") not in lex.not_place_adjectives


def _pronominal(t: Tok) -> bool:
    """A pronoun's adjective ("никаких", "этого"): it opens a phrase of its own ("администрация
    области | никаких комментариев"), no word of a body's complement."""
    return t.parse is not None and "Apro" in t.parse.grams


def _word_kind(lemma: str, lex: OrgLexicon) -> str | None:
    """The kind of organization the lemma names as an organization word or a body word."""
    body = lex.body_words.get(lemma.replace("ё", "е"))
    return lex.org_words.get(lemma) or (body[0] if body is not None else None)


_DASHES = frozenset({"-", "–", "—"})


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
