"""Stages 4 and 5: news sites by their domain, and known organizations of data/known_orgs.txt
(with a region or capitalized adjectives, after a cue, inside a quote) and the known
parents named inside the names kept before."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ...document import Doc, Tok
from ...lexicon import OrgLexicon
from ..phrase import QUOTES, head_index, nominative
from ..surroundings import lemma_key
from .candidate import _DOMAINS, _KNOWN, _NER, _OWNED, _QUOTED, OrgCandidate, _Found
from .context import _Ctx
from .extent import _region_end
from .words import _DOMAIN, _in_case, _latin


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
