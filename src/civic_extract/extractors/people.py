"""People: PER spans of the NER, names put into the nominative part by part.

Each candidate is one mention; ``link.py`` merges mentions of one person. Parts are assigned by
pymorphy3's Name/Surn/Patr tags with a positional fallback ("Имя Фамилия"), surname-first order
("Абдурахмановой Натальи Петровны") and initials ("А. Б. Иванов") handled. Words pymorphy3 does
not know and that stand in the nominative are kept exactly as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Doc, Tok
from ..lexicon import PeopleLexicon
from ..text.morph import Morphology, WordParse
from .phrase import QUOTES, restore_case

__all__ = ["PersonCandidate", "extract_people"]

_PATRONYMIC = re.compile(r"((ович|евич|ич|овн|евн|ичн)\w{0,3}|оглы|улы|ұлы|кызы|қызы)$",
                         re.IGNORECASE)
_GENDER = {"Masc": "masc", "Fem": "femn"}
_ROMAN = re.compile(r"^[IVXL]+$")


@dataclass(frozen=True, slots=True)
class PersonCandidate:
    first_tok: int
    last_tok: int  # one past the last token
    name: str
    last: str | None
    first: str | None
    middle: str | None
    initials: tuple[str, ...] = ()
    rule: str = ""


def _role_score(parses: tuple[WordParse, ...], gram: str) -> float:
    return sum(p.score for p in parses if gram in p.grams)


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _role_parses(tok: Tok, role: str) -> list[WordParse]:
    """The parses of a name word that fit its role; a person's name is singular."""
    parses = [p for p in tok.parses if "plur" not in p.grams]
    named = [p for p in parses if role in p.grams] or [
        p for p in parses if {"Name", "Surn", "Patr"} & p.grams]
    if named or role != "Surn" or any(p.known for p in parses):
        return named  # a known common noun ("бану" → "бан") is no reading of a name
    return [p for p in parses if p.pos == "NOUN"]


def _name_case(words: list[Tok], roles: list[str]) -> tuple[str, str | None]:
    """The (case, gender) of a whole name: what every word allows, slovnet breaking ties."""
    sets: list[set[tuple[str, str]]] = []
    known: list[bool] = []
    for t, r in zip(words, roles):
        options: set[tuple[str, str]] = set()
        for p in _role_parses(t, r):
            genders = {"masc", "femn"} & p.grams or {"masc", "femn"}
            for c in _CASES:
                if c in p.grams:
                    options.update((c, g) for g in genders)
        if options:
            sets.append(options)
            known.append(any(p.known for p in t.parses))
    sl_case = words[-1].case
    sl_gender = next((_GENDER[g] for t in words if (g := t.tag.get("Gender") or "") in _GENDER),
                     None)
    inter: set[tuple[str, str]] = set()
    for group in (sets, [o for o, k in zip(sets, known) if k], sets[-1:]):
        if group:
            inter = set.intersection(*group)
            if inter:
                break
    if inter:
        # When every word's morphology speaks, the contextual tagger breaks the tie
        # ("Касым-Жомарта Токаева": accusative); when only the surname does ("Гульнар
        # Сейтмаганбетова"), the nominative, which news use most for names, goes first.
        order = [(sl_case, sl_gender), (sl_case, None), ("nomn", sl_gender), ("nomn", None)]
        if len(sets) < len(words):
            order = order[2:] + order[:2]
        for want in order:
            for c, g in sorted(inter):
                if c == want[0] and (want[1] is None or g == want[1]):
                    return c, g
        return sorted(inter)[0]
    return sl_case or "nomn", sl_gender


def _nominative(morph: Morphology, tok: Tok, role: str, gender: str | None,
                case: str | None) -> str:
    """One name word in the nominative; as written when it is already or can't be inflected.

    ``case``/``gender`` are those of the whole name (``_name_case``).
    """
    text = tok.text
    if case in (None, "nomn"):
        return text
    pool = [p for p in _role_parses(tok, role) if case in p.grams]
    if not pool:
        return text  # the word has no form in that case: it is indeclinable or unknown
    if gender:
        pool = [p for p in pool if gender in p.grams] or pool
    best = pool[0]
    grams = {"nomn", "sing"}
    if gender and role == "Surn":
        grams.add(gender)
    form = morph.inflect(best, grams)
    if not form:
        return text
    if "-" in text and "-" in form:  # Касым-Жомарта → Касым-Жомарт, keep each part's capital
        return "-".join(restore_case(f, o) for f, o in zip(form.split("-"), text.split("-")))
    return restore_case(form, text)


def _is_initial(doc: Doc, k: int, stop: int) -> bool:
    t = doc.toks[k]
    return (len(t.text) == 1 and t.text.isupper() and k + 1 < stop + 1
            and k + 1 < len(doc.toks) and doc.toks[k + 1].text == ".")


def person_from_tokens(doc: Doc, first: int, last: int, morph: Morphology
                       ) -> PersonCandidate | None:
    toks = doc.toks
    words: list[Tok] = []
    initials: list[str] = []
    k = first
    while k < last:
        t = toks[k]
        if len(t.text) == 1 and t.text.isupper() and k + 1 < len(toks) and toks[k + 1].text == ".":
            initials.append(t.text + ".")
            k += 2
            continue
        if t.is_word() and t.text not in QUOTES and not _ROMAN.match(t.text):
            words.append(t)
        k += 1
    if not words:
        return None
    roles: list[str] = []
    for t in words:
        if _PATRONYMIC.search(t.text) and len(words) > 1:
            roles.append("Patr")
            continue
        name = _role_score(t.parses, "Name")
        surn = _role_score(t.parses, "Surn")
        roles.append("Name" if name > surn and name > 0.1 else ("Surn" if surn > 0 else "?"))
    n = len(words)
    order: list[str]
    if initials:
        order = ["Surn"] * n if n == 1 else ["Name"] * (n - 1) + ["Surn"]
    elif n == 1:
        order = ["Name"] if roles[0] == "Name" and not _surname_like(words[0]) else ["Surn"]
    elif n == 2:
        surname_first = (roles[0] == "Surn" and roles[1] == "Name"
                         and _surname_like(words[0]) and not _surname_like(words[1]))
        order = ["Surn", "Name"] if surname_first else ["Name", "Surn"]
    elif n == 3:
        if roles[2] == "Patr":
            order = ["Surn", "Name", "Patr"]
        else:
            order = ["Name", "Patr", "Surn"]
    else:
        order = ["Name"] * (n - 1) + ["Surn"]
    role_of = [r if r != "?" else "Surn" for r in order]
    case, gender = _name_case(words, role_of)
    normal = [_nominative(morph, t, r, gender, case) for t, r in zip(words, role_of)]
    parts: dict[str, str] = {}
    for w, r in zip(normal, order):
        if r in parts:
            parts[r] = parts[r] + " " + w
        else:
            parts[r] = w
    pieces = []
    k = first
    wi = 0
    while k < last:  # rebuild the name in text order with initials in place
        t = toks[k]
        if len(t.text) == 1 and t.text.isupper() and k + 1 < len(toks) and toks[k + 1].text == ".":
            pieces.append(t.text + ".")
            k += 2
            continue
        if t.is_word() and t.text not in QUOTES and not _ROMAN.match(t.text):
            pieces.append(normal[wi])
            wi += 1
        elif _ROMAN.match(t.text):
            pieces.append(t.text)  # Елизавета II, Иоанн Павел II
        k += 1
    name = " ".join(pieces)
    if len(words) == 1 and len(pieces) > 1 and not initials:
        # "Елизавета II": a regnal name identifies the person as a surname does
        return PersonCandidate(first, last, name, normal[0], None, None, ())
    return PersonCandidate(first, last, name, parts.get("Surn"), parts.get("Name"),
                           parts.get("Patr"), tuple(initials))


def _surname_like(tok: Tok) -> bool:
    return bool(re.search(r"(ов|ев|ин|ова|ева|ина|ский|ская|енко|баев|беков)$", tok.low))


def _same_case(a: Tok, b: Tok) -> bool:
    return a.case is None or b.case is None or a.case == b.case


def _is_first_name(tok: Tok) -> bool:
    return _role_score(tok.parses, "Name") > max(_role_score(tok.parses, "Surn"), 0.1)


def _two_full_names(doc: Doc, a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    """Are two adjacent PER spans two people, each a first name and a surname ("экс-президента
    Билла Клинтона | Джо Локхарту")?"""
    wa = [t for t in doc.toks[a[1]:a[2]] if t.is_word()]
    wb = [t for t in doc.toks[b[1]:b[2]] if t.is_word()]
    return len(wa) >= 2 and len(wb) >= 2 and _is_first_name(wa[0]) and \
        not _is_first_name(wa[-1]) and _is_first_name(wb[0])


def _merged_per(doc: Doc) -> list[tuple[str, int, int]]:
    """PER spans, adjacent ones joined ("Абдурахмановой | Натальи Петровны" is one name), and
    one span cut where a lone genitive word precedes a name in another case ("заместитель
    Клишаса Людмила Бокова": two people)."""
    spans = sorted((s for s in doc.ner if s[0] == "PER"), key=lambda s: s[1])
    out: list[tuple[str, int, int]] = []
    for s in spans:
        if out and out[-1][2] == s[1] and doc.toks[s[1]].sent == doc.toks[out[-1][1]].sent \
                and _same_case(doc.toks[s[1] - 1], doc.toks[s[1]]) \
                and not _two_full_names(doc, out[-1], s):
            out[-1] = ("PER", out[-1][1], s[2])
        else:
            out.append(s)
    cut: list[tuple[str, int, int]] = []
    for type_, first, last in out:
        words = [k for k in range(first, last) if doc.toks[k].is_word()]
        if len(words) >= 3:
            a, b = doc.toks[words[0]], doc.toks[words[1]]
            if a.case == "gent" and b.case not in (None, "gent") and \
                    all(doc.toks[k].case == b.case for k in words[1:]) and \
                    _role_score(a.parses, "Name") < 0.1:
                cut.append((type_, first, words[0] + 1))
                cut.append((type_, words[1], last))
                continue
        cut.append((type_, first, last))
    return cut


def extract_people(doc: Doc, morph: Morphology, lex: PeopleLexicon) -> list[PersonCandidate]:
    out = []
    for _, first, last in _merged_per(doc):
        toks = doc.toks[first:last]
        if any(t.chrome for t in toks):
            continue
        if all(t.low in lex.not_people for t in toks if t.is_word()):
            continue
        if all(t.tag.get("Number") == "Plur" for t in toks if t.is_word()):
            continue  # "Акмолинцев, внесших вклад…": people of a place, not a person
        if last - first == 1 and first > 0 \
                and doc.toks[first - 1].lemma.replace("ё", "е") in lex.place_words:
            continue  # "области Абай", "городе Абай": a place named after a person
        # extend over a following initial-less hyphen piece or trim punctuation at the edges
        while first < last and not doc.toks[first].is_word():
            first += 1
        while last > first and not doc.toks[last - 1].is_word() and doc.toks[last - 1].text != ".":
            last -= 1
        if last <= first:
            continue
        cand = person_from_tokens(doc, first, last, morph)
        if cand is not None:
            out.append(cand)
    return out
