"""The complements a name runs on over: a "по"-field ("Комитет | по делам молодежи"), the
territory a body serves ("МВД | по Павлодарской области"), the body a council is attached to
after "при", and the place names such complements end with."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ...document import Doc, Tok
from ...lexicon import OrgLexicon
from ..phrase import CAPITALS_ABBREVIATION, head_index
from ..surroundings import field_noun, field_partners, known_place_span, po_adverbial
from .words import _in_case


def _place_opened(doc: Doc, lex: OrgLexicon, last: int) -> int:
    """The end of a gazetteer's name that the place word at ``last - 1`` opens ("Маслихат
    области | Абай": "область Абай", "область Жетісу"), else ``last``."""
    return known_place_span(doc, last - 1, last, lex.places, lex.gazetteer.place_max,
                            lex.unit_words)[1]


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
        step = _po_step(doc, lex, k, noun, end)
        if step is not None:
            k, end = step
            continue
        if noun is None and _settlement_opens(toks, k) and (
                served := _po_territory(doc, first, last, lex)) > last:
            return served  # "Управление … | по г. Москве и Московской области": a territory
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
        elif t.case in ("gent", "datv", "ablt") or _enumerated_dative(doc, k) or \
                _undecided_genitive(t):
            if p.pos == "NOUN":
                end = k + 1
        else:
            break
        k += 1
    return end if noun is not None else last


def _po_step(doc: Doc, lex: OrgLexicon, k: int, noun: int | None, end: int
             ) -> tuple[int, int] | None:
    """Where the walk over a "по"-complement goes on (the next index, the name's end) past the
    word at ``k`` that joins or qualifies its field rather than ending it; None when it is no
    such word. ``noun``: the field's first noun, once read; ``end``: the name's end so far."""
    toks = doc.toks
    t = toks[k]
    p = t.parse
    if t.low in (",", "и") and noun is None and _enumerated_adjectives(toks, k):
        return k + 1, end  # "по бюджетной | , финансово-экономической политике"
    if t.low in ("и", "за", "с", "к", ",") and noun is not None and end == k and (
            t.low != "с" or toks[k - 1].lemma.replace("ё", "е") in field_partners()) and \
            not _party_after_place(doc, lex, noun, k):
        return k + 1, end  # "по конституционному законодательству и госстроительству", "по
        # контролю за оборотом наркотиков", "по связям с общественностью", "по науке, …", "по
        # подготовке к юбилею"; not "по Ростовской области | с просьбой"
    if noun is not None and _field_abbreviation(t) and all(
            x.low in ("и", "с") or x.pos in ("ADJF", "PRTF", "ADVB") for x in toks[end:k]):
        return k + 1, k + 1  # "по делам участников | СВО", "по работе с | НКО", "поддержке
        # социально ориентированных | НКО"
    if noun is not None and p is not None and p.pos == "ADVB" and k + 1 < len(toks) and \
            toks[k + 1].pos in ("ADJF", "PRTF"):
        return k + 1, end  # "социально | ориентированных НКО"
    if noun is not None and _settlement_abbreviation(toks, k):
        return k + 2, end  # "по делам молодежи | г. Москвы": the city a field's unit is of
    return None


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
        toks[j], lex.single_bodies, lex.org_words, lex.titles, lex.joined_parties)


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


def _settlement_abbreviation(toks: Sequence[Tok], k: int) -> bool:
    """Is ``toks[k]`` the abbreviation "г." before a capitalized city name ("г. Москве")?"""
    return toks[k].low == "г" and k + 2 < len(toks) and toks[k + 1].text == "." and \
        toks[k + 2].text[:1].isupper() and toks[k + 2].sent == toks[k].sent


def _settlement_opens(toks: Sequence[Tok], k: int) -> bool:
    """Does a city's name open a "по"-complement at ``k``: "г." or "городу" before it, or a
    capitalized place name the NER reads as one ("по | Москве", "по | г. Москве")?"""
    t = toks[k]
    return _settlement_abbreviation(toks, k) or t.low == "городу" or \
        t.ner == "LOC" and t.text[:1].isupper() and _dative(t)


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


def _undecided_genitive(t: Tok) -> bool:
    """Is ``t``, in a field after "по", a noun the tagger gave no case whose dictionary reads
    it in the genitive, the parent body the field's unit belongs to ("по вопросам хозяйства |
    маслихата города Алматы": the tagger knows no case of "маслихата")?"""
    return t.case is None and t.pos == "NOUN" and _in_case(t, "gent")


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
