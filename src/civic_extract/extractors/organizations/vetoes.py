"""The vetoes (``VETOES``): the reasons a candidate is no organization (a lone word, a
generic class, a quoted name of a work or an award, a platform or a product, an idiom …)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate

from ...agreement import adjective_agrees
from ...document import Doc, Tok, key
from ...lexicon import OrgLexicon
from ...rules import Veto
from ..phrase import CAPITALS_ABBREVIATION, QUOTES, is_opening
from ..surroundings import (
    building_seat,
    facility_compound,
    facility_stay,
    municipality_end,
    venue_before,
)
from .candidate import OrgCandidate, _Found, _Part
from .context import _Ctx
from .quoted import _listed_quote, _owner_head, _plural_oblique
from .trimming import _postposed
from .words import (
    _DASHES,
    _award_or_event,
    _generic,
    _in_case,
    _is_place_name,
    _latin,
    _named_owner,
    _org_word,
    _plain_word,
    _wholly_quoted,
)


def _municipality(doc: Doc, p: _Part) -> bool:
    """Is the NER span's part a municipal formation's word, alone or with the quoted name after
    it ("МО", "МО «Город Ревда»"): a territory, no organization?"""
    end = municipality_end(doc, p.a, p.b)
    return end > p.a and (end == p.b or is_opening(doc, end))


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


def _idiom(c: _Ctx, h: int) -> bool:
    """A body word in an idiom of data/body_idioms.txt ("под управлением")."""
    return h > 0 and (c.doc.toks[h - 1].low,
                      c.doc.toks[h].lemma.replace("ё", "е")) in c.lex.body_idioms


def _inside_ner_name(c: _Ctx, f: _Found) -> bool:
    """A generic word with a quoted name inside a longer NER name ("Русской службе «Голоса
    Америки»") is part of that name: the NER span wins."""
    if f.rule != "org_word_quoted":
        return False
    o = f.org
    firsts, reach = _adjective_ner(c)
    k = bisect_left(firsts, o.name_first - 2)  # the spans that start two words before the name
    return k > 0 and reach[k - 1] >= o.name_last


def _adjective_ner(c: _Ctx) -> tuple[list[int], list[int]]:
    """``_adjective_spans`` of the document, found once (kept in ``c.state``)."""
    if c.state.adjective_ner is None:
        c.state.adjective_ner = _adjective_spans(c)
    return c.state.adjective_ner


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


# a kind of company named by its trade in Latin capitals: "IT-компания", "IT-фирмы"
_TRADE_PREFIXED = re.compile(r"^[A-Z]{2,4}-[а-яё]+$")


def _trade_class(c: _Ctx, f: _Found) -> bool:
    """Is the candidate one lowercase company word (data/org_words.txt: company) after the
    Latin abbreviation of a trade ("Петербургская | IT-компания", "крупные IT-компании"): a
    kind of company, no name? (A unit stays: "PR-служба конференции".)"""
    o, toks = f.org, c.doc.toks
    words = [t for t in toks[o.first_tok:o.last_tok] if t.is_word()]
    return o.form is None and len(words) == 1 and \
        _TRADE_PREFIXED.match(words[0].text) is not None and \
        _org_word(words[0], c.lex) == "company"


def _form_of_quoted(c: _Ctx, f: _Found) -> bool:
    """Is the candidate one abbreviation in capitals right before the quoted name of an
    organization found before it ("коллективу КГБУП | «Краевой центр …»"): the legal form of
    that name, even one data/legal_forms.txt lacks, no organization of its own?"""
    o, toks = f.org, c.doc.toks
    q = o.last_tok
    return f.part is not None and o.form is None and q - o.first_tok == 1 and \
        CAPITALS_ABBREVIATION.match(toks[o.first_tok].text) is not None and \
        q + 1 < len(toks) and is_opening(c.doc, q) and (q + 1) in c.state.covered


def _postposed_adjective(c: _Ctx, p: _Part) -> bool:
    """Is the NER span's part one capitalized adjective right after the noun of the span before
    it, which it agrees with or an abbreviation in capitals, in one name ("Территориальная
    избирательная комиссия | Темрюкская", "ТИК | Темрюкская"): the end of that name, no
    organization of its own?"""
    return p.b - p.a == 1 and _postposed(c.doc, p.a)


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
    Veto("trade_class", _trade_class),
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
