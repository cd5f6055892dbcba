"""What the recipient rules know of a document (``_Context``): its awards and parties, its
sentences' verbs (receiving, giving, passive, modal), the giver of an active verb, complements
and holders, subjects and authors, the person a pronoun or a subjectless sentence stands for."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ...document import Doc, Tok
from ...extractors.awards import ROMAN, AwardCandidate
from ...lexicon import TITLE_MODES, AwardLexicon
from ...quotes import QUOTES
from ...spans import Cover
from ..facts import Recipient
from .grammar import Party, _case, _collective_case, _counted

_FINITE = {"VERB"}
_PREDICATES = {"VERB", "PRTS"}
_CLAUSE_ENDS = {",", ";", ":", "—", "–", "(", ")", "«", "»"}
_MAX_RIGHT = 16
_LIST_GLUE = ("а", "также", ";")  # words that join the awards of a holder's list
_FIELD_PREPS = ("по", "в", "во")  # the field or place of an award: "премия по физике"
_FIELD_POS = ("NOUN", "ADJF", "PRTF")
_MAX_FIELD = 5  # words of an award's field
_MAX_OBJECT = 6  # tokens from a verb to its object
_BACK_WINDOW = 5  # sentences back to the award a sentence refers to
_MAX_AUTHOR = 14  # tokens between a work and its author's name
_ANAPHORA_WINDOW = 3
_CLAUSE_LINKS = ("что", "когда", "как", "поскольку", "где")  # before a clause's pronoun
_GENDERS = frozenset({"masc", "femn", "neut"})
_FOLLOW_WINDOW = 5


class _Context:
    def __init__(self, doc: Doc, lex: AwardLexicon, awards: Sequence[AwardCandidate],
                 parties: Sequence[Party]) -> None:
        self.doc = doc
        self.lex = lex
        self.awards = awards
        self.parties = sorted(parties, key=lambda p: p.first)
        self.award_spans = [(a.first_tok, a.last_tok) for a in awards]
        self.in_award = Cover(self.award_spans)  # is a token (span) inside an award's name
        self.award_starts = frozenset(a for a, _ in self.award_spans)
        self.award_end = dict(reversed(self.award_spans))  # the first award at a token: its end
        # the head words of award phrases ("письмо" of "благодарственное письмо"): "Такие же
        # письма получили …" refers back to the award named before
        self.award_heads = frozenset(phrase[-1] for starts in lex.award_starts.values()
                                     for phrase, _, _ in starts)
        self.party_starts = [p.first for p in self.parties]
        self.in_party = Cover([(p.first, p.last) for p in self.parties])
        self.party_at: dict[int, Party] = {}  # the first party that starts at a token
        self.org_ending: dict[int, Party] = {}  # the first organization that ends at a token
        for p in reversed(self.parties):
            self.party_at[p.first] = p
            if not p.person:
                self.org_ending[p.last] = p
        self._verbs: dict[int, tuple[bool, bool]] = {}  # ``verbs`` of each sentence asked
        # ``clauses`` of each sentence asked: its clause bounds, and whether each clause has a
        # finite verb that gives and gets nothing
        self._clauses: dict[int, tuple[list[int], list[bool]]] = {}
        self._last_reflexive: dict[int, int] = {}  # ``last_reflexive_give`` of each asked
        self._owns: dict[int, int | None] = {}  # ``own_marker`` of each sentence asked
        self._groups: dict[int, tuple[int, str] | None] = {}  # ``group_word`` of each asked
        self.lists: dict[int, list[Party]] = {}  # the parties listed from a party's first token

    # ---- parties ----
    def sent_of(self, tok: int) -> int:
        return self.doc.toks[tok].sent

    def relative(self, p: Party) -> bool:
        """Does ``p`` stand in a relative clause that tells more of someone named before
        ("…, которая руководит фондом «Мейірім»", "…, которую возглавляет Елена Клюкина"), one
        with no recipient verb of its own ("…, на котором медаль получила Анна Белова")? Not a
        partitive one, which lists the recipients themselves ("…, среди которых Анна
        Белова")."""
        toks = self.doc.toks
        s = self.doc.sents[toks[p.first].sent]
        j = p.first - 1
        while j >= s.first and toks[j].text not in _CLAUSE_BOUNDS and toks[j].lemma != "который":
            j -= 1
        if j < s.first or toks[j].lemma != "который" or \
                j > s.first and toks[j - 1].low in _PARTITIVE_PREPS:
            return False
        k = p.first
        while k < s.last and toks[k].text not in _CLAUSE_BOUNDS:
            k += 1
        return not any(self.lex.recipient_verbs.get(t.lemma) for t in toks[j:k])

    def parties_in(self, first: int, last: int, titles_ok: bool = False) -> list[Party]:
        out = []
        lo, hi = bisect_left(self.party_starts, first), bisect_left(self.party_starts, last)
        for p in self.parties[lo:hi]:
            if p.in_title and not titles_ok:
                continue
            if self.in_award.overlaps((p.first, p.last)):
                continue  # a conferrer, or a name inside the award's name
            if self.source(p):
                continue
            out.append(p)
        return out

    def source(self, p: Party) -> bool:
        """The text's source, not a party: ", передает Liter.kz", ", сообщает пресс-служба"."""
        toks = self.doc.toks
        k = p.first - 1
        while k > 0 and (toks[k].text.islower() or toks[k].text in "-«\"„“") and \
                self.lex.award_markers.get(toks[k].lemma) != "source" and p.first - k < 5:
            k -= 1  # "сообщает пресс-служба <фонда>"
        return k > 0 and self.lex.award_markers.get(toks[k].lemma) == "source" and \
            toks[k - 1].low in (",", "как") and toks[k].sent == toks[p.first].sent

    # ---- sentence features ----
    def verbs(self, si: int) -> tuple[bool, bool]:
        """(has a recipient verb, has an active giving verb); a list item without a verb has
        its intro's ("Указом награждены:" + "— орденом «…» Иван Петров;")."""
        got = self._verbs.get(si)
        if got is None:
            got = self._verbs[si] = self._sentence_verbs(si)
        return got

    def _sentence_verbs(self, si: int) -> tuple[bool, bool]:
        got = self.own_verbs(si)
        if not got[0] and not any(t.pos in _FINITE for t in self.doc.toks[
                self.doc.sents[si].first:self.doc.sents[si].last]):
            intro = self.intro_of(si)
            if intro is not None:
                return self.own_verbs(intro)
        return got

    def gives(self, t: Tok) -> bool:
        """A recipient verb that gives: not denied ("не получил"), not under a modal ("могли
        получить", "отказалась вручать"), not a verb of speech ("отметил, что …")."""
        toks = self.doc.toks
        role = self.lex.recipient_verbs.get(t.lemma)
        if role == "enter" and not self.enters_award(t) or \
                role == "get" and self.wins_competition(t) or \
                role == "link" and self.adjective_predicate(t):
            return False
        before = toks[t.i - 1] if t.i > 0 else t
        if before.low == "не" or (t.pos == "INFN" and self.lex.award_markers.get(
                before.lemma) == "modal"):
            return False
        return not (t.i + 2 < len(toks) and toks[t.i + 1].text == "," and
                    toks[t.i + 2].low == "что")

    def adjective_predicate(self, t: Tok) -> bool:
        """Does a link verb predicate an adjective alone, no holder or award ("церемония станет
        ежегодной", "премия стала популярной")? It gives nothing."""
        toks, last = self.doc.toks, self.doc.sents[self.sent_of(t.i)].last
        j = t.i + 1
        while j < last and toks[j].pos == "ADVB":
            j += 1
        return j + 1 < last and toks[j].pos in ("ADJF", "PRTF") and toks[j].case == "ablt" and \
            toks[j + 1].text in _CLAUSE_BOUNDS | {"."}

    def wins_competition(self, t: Tok) -> bool:
        """A verb of getting whose object is a competition, not an award ("выигравшая с
        командой чемпионат мира", "выиграл турнир"): the first noun in the accusative after
        it in its clause, before any award, is one of data/competition_words.txt."""
        toks = self.doc.toks
        end = min(self.doc.sents[self.sent_of(t.i)].last, t.i + 1 + _MAX_OBJECT)
        for j in range(t.i + 1, end):
            u = toks[j]
            if u.text in _CLAUSE_ENDS or self.in_award.overlaps((j, j + 1)):
                return False
            if u.pos == "NOUN" and u.case == "accs":
                return u.lemma in self.lex.competitions
        return False

    def enters_award(self, t: Tok) -> bool:
        """A verb of entering with an award right after its "в": "вошел в Зал славы"."""
        toks = self.doc.toks
        return t.i + 2 < len(toks) and toks[t.i + 1].low in ("в", "во") and \
            t.i + 2 in self.award_starts

    def intro_of(self, si: int) -> int | None:
        """The sentence ending with ':' whose list sentence si is an item of."""
        return self.doc.list_intro(si)

    def participle_heads(self, si: int) -> list[Party] | None:
        """When the sentence's only recipient verbs are participles ("Виктория Лопырёва,
        завоевавшая титул «Мисс Россия»", "Валери Адамс, получившая серебро"), the people
        and organizations they describe, named right before them; None when a verb of
        another form gives the award."""
        s = self.doc.sents[si]
        toks = self.doc.toks
        parts = []
        for t in toks[s.first:s.last]:
            if self.lex.recipient_verbs.get(t.lemma) is None or not self.gives(t) or \
                    t.pos not in ("VERB", "PRTS", "PRTF", "GRND", "INFN"):
                continue
            if t.pos != "PRTF":
                return None
            parts.append(t.i)
        if not parts:
            return None
        out = []
        for i in parts:
            j = i  # "Октавия Спенсер, в прошлом году получившая …": back to the comma
            while j > s.first and i - j < 6 and toks[j - 1].text != "," and \
                    toks[j - 1].pos not in _FINITE and self.party_at.get(j - 1) is None:
                j -= 1
            if j > s.first and toks[j - 1].text == ",":
                j -= 1
            p = next((q for q in self.parties_in(s.first, s.last) if q.last == j), None)
            if p is None:
                return None  # "Получившие медаль … Иван Петров и …": the rule of the verbs
            if p not in out:
                out.append(p)
        return out

    def giver(self, p: Party, active_give: bool, case: str | None = None) -> bool:
        """A party in the nominative (``case``: as its context reads it, else its own) that
        gives, not receives: the subject of an active giving verb ("аким вручил …"), or one
        before a reflexive giving verb, whose subject is the award ("Иван Петров отметил, что
        премия вручается …")."""
        own = case or self.kind_case(p) or _case(self.doc, p)
        if own is None and not p.person and self.gives_next(p):
            return True  # "АО «Центр …» вручило сертификаты …": a legal form's organization
        if own != "nomn":
            return False
        if active_give:
            return not self.object_of_plural(p)
        return self.last_reflexive_give(self.sent_of(p.first)) >= p.last

    def gives_next(self, p: Party) -> bool:
        """Does an active giving verb in the singular follow the mention right away, its
        subject ("ОФ «Ана Үйі» | вручил …", "ТОО «Болат» | наградило …"; not "ОО «Батыр»
        | наградили": an impersonal verb's object; not "вручается": the award its subject)?"""
        toks = self.doc.toks
        t = toks[p.last] if p.last < len(toks) else None
        return t is not None and t.sent == toks[p.first].sent and t.pos in _FINITE and \
            t.parse is not None and "sing" in t.parse.grams and not t.low.endswith(("ся", "сь")) \
            and self.lex.recipient_verbs.get(t.lemma) == "give" and self.gives(t)

    def object_of_plural(self, p: Party) -> bool:
        """An organization opening its sentence, its head singular and its first word one whose
        nominative and accusative are alike, before active giving verbs all in the plural and no
        other party: the object of an impersonal verb ("Общественное объединение «Батыр»
        наградили медалью")."""
        s = self.doc.sents[self.sent_of(p.first)]
        toks = self.doc.toks
        if not self.opens_either_case(p):
            return False
        gives = [t for t in toks[p.last:s.last] if t.pos in _FINITE and
                 self.lex.recipient_verbs.get(t.lemma) == "give" and self.gives(t)]
        head = next((t for t in toks[p.first:p.last] if t.pos == "NOUN"), None)
        return bool(gives) and all("plur" in t.parse.grams for t in gives if t.parse) and \
            head is not None and head.parse is not None and "sing" in head.parse.grams and \
            not any(self.party_at.get(t.i) is not None or t.low in ("и", ",")
                    for t in toks[p.last:gives[0].i])  # "… и акимат наградили": subjects

    def own_marker(self, si: int) -> int | None:
        """The first token of sentence si's phrase before the one who holds its awards ("на
        счету", data/award_markers.txt: own), or None (found once a sentence)."""
        if si not in self._owns:
            s, toks = self.doc.sents[si], self.doc.toks
            self._owns[si] = next(
                (t.i for t in toks[s.first:s.last - 1]
                 if self.lex.award_markers.get(f"{t.low} {toks[t.i + 1].low}") == "own"), None)
        return self._owns[si]

    def group_word(self, si: int) -> tuple[int, str] | None:
        """The first holder noun of data/award_markers.txt (group) of sentence si, in the
        nominative or dative, in the plural or after "каждый"; in the genitive plural after
        "каждый из" too; outside an award's name, and its lemma ("Победителям вручены …",
        "Каждый из призеров получит …"; found once a sentence)."""
        if si not in self._groups:
            s, toks = self.doc.sents[si], self.doc.toks
            self._groups[si] = next(
                ((t.i, t.lemma.replace("ё", "е")) for t in toks[s.first:s.last]
                 if self.lex.award_markers.get(t.lemma) == "group" and
                 not self.in_award.overlaps((t.i, t.i + 1)) and
                 (t.case in ("nomn", "datv") and (t.tag.get("Number") == "Plur" or
                                                  t.i > s.first and toks[t.i - 1].lemma in _EACH)
                  or t.case == "gent" and t.tag.get("Number") == "Plur" and
                  t.i > s.first + 1 and toks[t.i - 1].low == "из" and
                  toks[t.i - 2].lemma in _EACH)), None)
        return self._groups[si]

    def one_holder(self, si: int) -> tuple[int, str] | None:
        """A holder noun of data/award_markers.txt (group) in the singular, nominative or
        dative, that opens sentence si outside an award's name, and its lemma ("Победитель
        получит премию …", "Победителю вручат кубок")."""
        t = self.doc.toks[self.doc.sents[si].first]
        if self.lex.award_markers.get(t.lemma) != "group" or t.tag.get("Number") != "Sing" or \
                t.case not in ("nomn", "datv") or self.in_award.overlaps((t.i, t.i + 1)):
            return None
        return t.i, t.lemma.replace("ё", "е")

    def last_reflexive_give(self, si: int) -> int:
        """The last reflexive giving verb of sentence si ("вручается"), or -1 (found once a
        sentence)."""
        got = self._last_reflexive.get(si)
        if got is None:
            s = self.doc.sents[si]
            got = self._last_reflexive[si] = max(
                (t.i for t in self.doc.toks[s.first:s.last]
                 if self.lex.recipient_verbs.get(t.lemma) == "give" and t.lemma.endswith("ся")
                 and t.pos in _FINITE), default=-1)
        return got

    def any_give(self, si: int) -> bool:
        """A giving verb in the sentence (or its list's intro), in any voice: "наградили
        Ивана", "вручена Анне"; without one, the subject gets the award."""
        def gives(j: int) -> bool:
            s = self.doc.sents[j]
            return any(self.lex.recipient_verbs.get(t.lemma) == "give" and self.gives(t)
                       for t in self.doc.toks[s.first:s.last])
        intro = self.intro_of(si)
        return gives(si) or (intro is not None and gives(intro))

    def gerund_object(self, p: Party) -> bool:
        """A mention right after a gerund that gives nothing is its object ("Окончив МГУ, он
        был награжден …", "Возглавив ОО «Батыр», …"): no recipient."""
        t = self.doc.toks[p.first - 1] if p.first > 0 else None
        return t is not None and t.pos == "GRND" and t.sent == self.doc.toks[p.first].sent and \
            self.lex.recipient_verbs.get(t.lemma) != "give"

    def passive_give_only(self, si: int) -> bool:
        """The sentence's giving verbs are all passive participles ("награжден орденом",
        "вручена медаль"): whoever stands in the accusative there receives nothing ("Окончив
        училище, он … награжден орденом")."""
        s = self.doc.sents[si]
        giving = [t for t in self.doc.toks[s.first:s.last]
                  if self.lex.recipient_verbs.get(t.lemma) == "give" and self.gives(t)]
        return bool(giving) and all(t.pos in ("PRTS", "PRTF") for t in giving)

    def own_verbs(self, si: int) -> tuple[bool, bool]:
        s = self.doc.sents[si]
        any_verb = active_give = False
        for t in self.doc.toks[s.first:s.last]:
            role = self.lex.recipient_verbs.get(t.lemma)
            if role is None or t.pos not in ("VERB", "PRTS", "PRTF", "GRND", "INFN") or \
                    not self.gives(t):
                continue
            any_verb = True
            if role == "give" and (t.pos in _FINITE or self.future_infinitive(t)) and \
                    not t.low.endswith(("ся", "сь")):
                active_give = True
        return any_verb, active_give

    def future_infinitive(self, t: Tok) -> bool:
        """An infinitive of the compound future ("Вручать награды будет губернатор …", "будет
        вручать")."""
        toks = self.doc.toks
        return t.pos == "INFN" and any(
            0 <= j < len(toks) and toks[j].sent == t.sent and (p := toks[j].parse) is not None
            and p.normal == "быть" and "futr" in p.grams for j in (t.i - 1, t.i + 1, t.i + 2))

    def anaphor(self, si: int, mention: AwardCandidate) -> bool:
        """The sentence stands for a person named before it."""
        doc = self.doc
        s = doc.sents[si]
        toks = doc.toks[s.first:s.last]
        if self.group_titled(mention):
            return False  # "стали почетными жителями": a group
        inside = [(a, b) for a, b in self.award_spans if s.first <= a < s.last]
        inside += [(p.first, p.last) for p in self.parties if s.first <= p.first < s.last]
        for t in toks:
            if any(a <= t.i < b for a, b in inside) or t.i in doc.quotes.quoted:
                continue
            p = t.parse
            if p is not None and p.pos == "NOUN" and ({"anim", "plur"} <= p.grams and
                                                      not p.grams & {"Name", "Surn"} or
                                                      t.lemma in self.lex.collectives) and \
                    not self.partitive(t):
                # a group receives it: "9 врачей и волонтеров отметили …", "отмечен коллектив"
                return False
        active_give = self.verbs(si)[1]
        for t in toks:
            if t.i in doc.quotes.quoted:
                continue  # a name: "«Артист» получил «Оскар»"
            if self.lex.award_markers.get(t.low) == "anaphor" or (
                    self.lex.award_markers.get(t.lemma) == "anaphor" and t.pos == "NOUN"):
                if t.parse is not None and "plur" in t.parse.grams or _counted(doc, t):
                    continue  # "учителям", "64 медика": a group
                if active_give and t.case == "nomn":
                    continue  # "Он наградил …": the giver
                if t.pos == "NOUN" and t.case == "nomn" and t.i + 1 < s.last and \
                        self.lex.award_markers.get(doc.toks[t.i + 1].low) == "origin":
                    return False  # "бронзу взяла спортсменка из Кении": someone new
                return True
        if self.holder(mention) is not None or self.one_titled(mention):
            return True
        word = doc.toks[mention.word_tok]
        if word.case == "nomn" and not self.listed_after_award(mention):
            return False  # the award is the subject: "Премия будет вручена позже"
        for t in toks:
            role = self.lex.recipient_verbs.get(t.lemma)
            if role and t.pos in ("VERB", "PRTS") and t.parse is not None and \
                    "sing" in t.parse.grams and (role != "give" or t.pos == "PRTS"):
                # "Награждён орденом …", "Получил награду …"; not "«Сериал» получил …",
                # "Тогда фильм получил …": a work is the subject; nor "Gangnam Style получил
                # …": a foreign name no party reads
                return not any(j in doc.quotes.quoted and not self.in_award.overlaps((j, j + 1))
                               or self.work(doc.toks[j]) and doc.toks[j].case == "nomn"
                               or self.foreign_name(j) for j in range(s.first, t.i))
        return False

    def foreign_name(self, j: int) -> bool:
        """A capitalized word in Latin letters that no party, award or quote holds, and no
        bracket glosses ("Gangnam Style"; not "Кевин Спейси (Kevin Spacey)"): a name of its
        own the sentence is about."""
        toks = self.doc.toks
        t = toks[j]
        return "A" <= t.text[:1] <= "Z" and not self.in_party.overlaps((j, j + 1)) and \
            not self.in_award.overlaps((j, j + 1)) and j not in self.doc.quotes.quoted and \
            not (j > 0 and toks[j - 1].text == "(")

    def listed_after_award(self, m: AwardCandidate) -> bool:
        """The mention is an item of a list of awards, right after another award of its
        sentence and a comma or "и" ("Обладал премией Роберта Шумана, Грэмми"): an
        indeclinable name there reads as a nominative, though it is no subject."""
        toks = self.doc.toks
        j = m.first_tok - 1
        return j > 0 and toks[j].text in (",", "и") and toks[j].sent == toks[m.first_tok].sent \
            and self.in_award.overlaps((j - 1, j))

    def one_titled(self, m: AwardCandidate) -> bool:
        """An honorary title in the singular: "народный артист России", not "новыми
        почетными жителями" (a group)."""
        if m.mode not in TITLE_MODES:
            return False
        if m.first_tok > 0 and any(  # "присвоили звание Героя …": the verb gives it
                mode == "named" for _, _, mode in
                self.lex.award_starts.get(self.doc.toks[m.first_tok - 1].lemma, ())):
            return False
        return not self.group_titled(m)

    def group_titled(self, m: AwardCandidate) -> bool:
        """An honorary title in the plural: "новыми почетными жителями"."""
        p = self.doc.toks[m.word_tok].parse if m.word_tok >= 0 else None
        return m.mode in TITLE_MODES and p is not None and "plur" in p.grams

    def antecedent(self, si: int) -> Recipient:
        """The person the sentence ``si`` refers back to: of the people named in the sentences
        before it, of a gender its pronoun or verb agrees with ("ей было присвоено …": a
        woman), the topic (see ``anaphor``), else the subject of the sentence before."""
        doc = self.doc
        lo = doc.sents[max(0, si - _ANAPHORA_WINDOW)].first
        hi = self.pronoun_clause(si)
        gender = self.anaphor_gender(si)
        people = [p for p in self.parties if p.person and lo <= p.first < hi
                  and not self.in_award.overlaps((p.first, p.last)) and not self.caption(p)
                  and (gender is None or p.gender in (None, gender))]
        own = [p for p in people if p.first >= doc.sents[si].first]
        if own:  # "…актрисе Анне Беловой, когда стало известно, что она …"
            return own[-1].ref
        subj = [p for p in people if _case(doc, p) == "nomn"]
        topics = [p for p in subj if self.before_verb(p)]
        if topics:
            return topics[-1].ref
        if people and not subj:
            return people[-1].ref
        # no topic: the subject of the sentence right before, after its verb too ("Лауреатом
        # стала Дана Кожахметова. Она — обладательница …")
        last = [p for p in subj if si > 0 and p.first >= doc.sents[si - 1].first]
        return last[-1].ref if last else Recipient(-1, main=True)

    def pronoun_clause(self, si: int) -> int:
        """Where the people a sentence may refer back to end: at its personal pronoun when it
        opens a clause after people of its own sentence ("Зал аплодировал актрисе Анне
        Беловой, когда стало известно, что она получила …"), else at the sentence's start."""
        s = self.doc.sents[si]
        for t in self.doc.toks[s.first:s.last]:
            if self.lex.award_markers.get(t.low) == "anaphor" and t.pos == "NPRO":
                prev = self.doc.toks[t.i - 1] if t.i > s.first else t
                return t.i if prev.low in _CLAUSE_LINKS else s.first
        return s.first

    def anaphor_gender(self, si: int) -> str | None:
        """The gender the sentence gives the person it refers back to: that of its first
        singular personal pronoun ("ей", "он"), else of its first singular recipient verb in
        the past ("награждена", "удостоился"); None when neither says."""
        toks = self.doc.toks[self.doc.sents[si].first:self.doc.sents[si].last]
        for words in (
                (t for t in toks if self.lex.award_markers.get(t.low) == "anaphor"),
                (t for t in toks if t.pos in ("VERB", "PRTS")
                 and self.lex.recipient_verbs.get(t.lemma))):
            for t in words:
                grams = t.parse.grams if t.parse is not None else frozenset()
                if "sing" in grams and grams & _GENDERS:
                    return "femn" if "femn" in grams else "masc"  # "ему", "его": neuter too
        return None

    def before_verb(self, p: Party) -> bool:
        """A subject before its sentence's first finite verb: the topic the sentences after go
        on about ("Ю.Балуевский был назначен …"); one after it is someone new the sentence
        brings in ("Ему на смену пришел генерал Н.Макаров"; a short participle is a verb here:
        "Грамотой удостоены журналисты … Анна Белова")."""
        s = self.doc.sents[self.sent_of(p.first)]
        return not any(t.pos in _PREDICATES for t in self.doc.toks[s.first:p.first])

    def whose_clause(self, k: int) -> int | None:
        """The relative pronoun of possession (data/award_markers.txt: whose) after a comma that
        opens the clause token ``k`` stands in ("Иван Петров, | чьи воспитанники завоевали
        медали"), if it does."""
        toks = self.doc.toks
        first = self.doc.sents[self.sent_of(k)].first
        for j in range(k, first, -1):
            if toks[j].text in _CLAUSE_BOUNDS:
                return None
            if self.lex.award_markers.get(toks[j].lemma) == "whose" and toks[j - 1].text == ",":
                return j
        return None

    def partitive(self, t: Tok) -> bool:
        """A plural after "один из" ("один из самых любимых актёров"): one of a group."""
        toks = self.doc.toks
        j = t.i - 1
        while j > 0 and t.i - j < 8 and (toks[j].pos in ("ADJF", "PRTF", "CONJ", "ADVB")
                                         or not toks[j].is_word()):
            j -= 1  # "один из «популярнейших и любимейших актёров»"
        return j > 0 and toks[j].low == "из" and toks[j - 1].lemma in ("один", "одна")

    def caption(self, p: Party) -> bool:
        """A name alone in its sentence: a photo caption ("Жан-Марк Эро."), no antecedent."""
        s = self.doc.sents[self.sent_of(p.first)]
        return all(p.first <= t.i < p.last for t in self.doc.toks[s.first:s.last]
                   if t.is_word())

    def complement(self, p: Party) -> bool:
        """An organization right after a common noun is its complement ("членам <палаты>",
        "волонтеры <фонда>"), unless its first word is a dictionary's nominative, and one after a
        preposition ("от FIFA"), not a recipient."""
        if p.person or p.first == 0:
            return False
        t = self.doc.toks[p.first - 1]
        if t.sent != self.doc.toks[p.first].sent or self.in_award.overlaps((t.i, t.i + 1)):
            return False
        if t.pos == "PREP" and t.low not in ("с", "со"):
            return True  # "от FIFA", "для ОО «…»"
        if self.kind_in_oblique(p):
            return True  # "в центре | «Мой бизнес»": the quoted name does not decline
        if t.pos == "NOUN" and self.doc.small_or_opening(t.i) and \
                t.lemma not in self.lex.collectives and _collective_case(self, p) is None and \
                not self.ends_marker(t.i, "follow"):
            # (one opening the sentence too: "Воспитанники | КГУ «…» привезли медали")
            # not a subject after an adverbial noun: "В прошлом году | фонд получил"
            first = self.doc.toks[p.first]
            return not (_case(self.doc, p) == "nomn" and any(
                w.known and "nomn" in w.grams and "Fixd" not in w.grams for w in first.parses))
        return self.described_complement(p)

    def kind_case(self, p: Party) -> str | None:
        """The case of the lowercase kind word (data/org_words.txt) right before an
        organization's quoted name, which the name itself does not show ("вручили центру |
        «Мой бизнес»": datv); None when there is none."""
        toks = self.doc.toks
        if p.person or p.first < 2 or toks[p.first - 1].text not in QUOTES:
            return None
        t = toks[p.first - 2]
        if t.sent != toks[p.first].sent or not t.text.islower() or t.pos != "NOUN" or \
                t.lemma not in self.lex.org_words:
            return None
        return _collective_case(self, p) or t.case

    def kind_in_oblique(self, p: Party) -> bool:
        """Is the organization a quoted name right after its lowercase kind word
        (data/org_words.txt) in the genitive, instrumental or prepositional, or after a
        preposition ("в центре | «Мой бизнес»", "с фондом | «Добро»"): a complement?"""
        case = self.kind_case(p)
        if case is None or _collective_case(self, p) is not None:
            return False  # (not "коллектив | школы | «Радуга»": the school's people)
        t = self.doc.toks[p.first - 2]
        before = self.doc.toks[t.i - 1] if t.i > 0 else None
        return case in ("gent", "ablt", "loct") or before is not None and \
            before.pos == "PREP" and before.sent == t.sent

    def ends_marker(self, k: int, kind: str) -> bool:
        """Does token ``k`` end a phrase of data/award_markers.txt of ``kind`` ("в их | числе":
        follow, a list's intro, no noun that governs the name after it)?"""
        toks = self.doc.toks
        return any(self.lex.award_markers.get(" ".join(t.low for t in toks[j:k + 1])) == kind
                   for j in range(max(0, k - 2), k + 1))

    def described_complement(self, p: Party) -> bool:
        """A quoted organization after its kind word in the genitive, itself after a common
        noun: "основателю | благотворительного фонда «Сыр Елі»" (not "фонду «Сыр Елі»")."""
        toks = self.doc.toks
        j = p.first - 1
        while j > 0 and toks[j].text in QUOTES:
            j -= 1
        if j == p.first - 1 or toks[j].pos != "NOUN" or toks[j].case != "gent" or \
                not toks[j].text.islower() or toks[j].lemma not in self.lex.org_words:
            return False
        j -= 1
        while j > 0 and toks[j].pos in ("ADJF", "PRTF") and toks[j].case == "gent":
            j -= 1
        # (not after a collective noun: "коллектив | школы «Радуга»" is the school's people)
        return toks[j].pos == "NOUN" and toks[j].text.islower() and \
            toks[j].sent == toks[p.first].sent and toks[j].lemma not in self.lex.collectives

    def orgs_receive(self, si: int) -> bool:
        """The item belongs to a list whose intro makes organizations the recipients
        ("Организации получили признание в номинациях:")."""
        j = self.intro_of(si)
        if j is None:
            return False
        s = self.doc.sents[j]
        return any(self.lex.award_markers.get(t.lemma) == "orgs" and any(
            "nomn" in p.grams for p in t.parses) for t in self.doc.toks[s.first:s.last])

    def holder(self, m: AwardCandidate) -> int | None:
        """The holder noun that governs the mention ("лауреат премии …", "кавалер двух
        орденов …, ордена …"), its token index."""
        toks = self.doc.toks
        s = self.doc.sents[self.sent_of(m.first_tok)]
        j = m.first_tok - 1
        while j >= s.first:
            t = toks[j]
            if t.lemma in self.lex.award_holders and t.pos == "NOUN":
                return j
            inside = self.in_award.overlaps((j, j + 1))
            if inside or t.text in (",", "и") or t.pos in ("ADJF", "PRTF", "NUMR") \
                    or t.lemma == "раз" or t.text.isdigit() or t.low in ("полный", "дважды",
                                                                          "трижды"):
                j -= 1
                continue
            field = self.field_start(j, s.first)
            if field is not None:
                j = field  # "Нобелевской премии по литературе", "наград фестиваля в Канне"
                continue
            if t.text == ":" or ROMAN.match(t.text) or t.lemma == "степень" or \
                    self.generic(t) or t.text in ("(", ")") or t.low in _LIST_GLUE:
                # "Лауреат наград: орден «…» II и III степеней, премия …", "Лауреат
                # Нобелевской премии (1997), премии Соннинга", "…, а также двух «Золотых
                # глобусов»"
                j -= 1
                continue
            return None
        return None

    def field_start(self, j: int, first: int) -> int | None:
        """The words ending at j that go on an award of a holder's list, read backwards:
        a field after a preposition ("премии | по литературе", "наград фестиваля | в Канне")
        and genitive words ("наград | фестиваля"); the index of the award's last token, or
        None when no award or generic award word stands before them."""
        toks = self.doc.toks
        k = j
        while k >= first and j - k < _MAX_FIELD and toks[k].is_word() and \
                toks[k].pos in _FIELD_POS and toks[k].low not in _FIELD_PREPS and \
                not self.in_award.overlaps((k, k + 1)) and not self.generic(toks[k]):
            k -= 1
        if k >= first and toks[k].low in _FIELD_PREPS and k < j:
            k -= 1
        while k >= first and j - k < _MAX_FIELD and toks[k].case == "gent" and \
                toks[k].pos in _FIELD_POS and not self.in_award.overlaps((k, k + 1)) \
                and not self.generic(toks[k]):
            k -= 1
        if k == j or k < first:
            return None
        if self.in_award.overlaps((k, k + 1)) or self.generic(toks[k]):
            return k
        return None

    def generic(self, t: Tok) -> bool:
        """A generic award word ("награды"), no mention by itself."""
        return t.pos == "NOUN" and any(
            mode == "generic" for _, _, mode in self.lex.award_starts.get(t.lemma, ()))

    def link_verb(self, m: AwardCandidate) -> int | None:
        """The verb that links a title in the instrumental to its holder, the subject: "Иван
        Петров был чемпионом мира", "в пятый раз стала чемпионкой", "Чемпионом стал …"; in
        the title's clause (no comma, colon or dash between; the quotes around the title
        itself are none: "«Лучшим бомбардиром» стал …")."""
        toks = self.doc.toks
        if m.word_tok < 0 or toks[m.word_tok].case != "ablt":
            return None
        s = self.doc.sents[self.sent_of(m.first_tok)]
        quoted = int(s.first < m.first_tok and m.last_tok < s.last and
                     toks[m.first_tok - 1].text == "«" and toks[m.last_tok].text == "»")
        first, last = m.first_tok - quoted, m.last_tok + quoted
        before = range(first - 1, s.first - 1, -1)
        after = range(last, min(s.last, last + 6))
        for span in (before, after):
            for j in span:
                t = toks[j]
                if t.text in _CLAUSE_ENDS:
                    break
                if t.pos in ("VERB", "INFN", "GRND", "PRTS", "PRTF") and (
                        self.lex.recipient_verbs.get(t.lemma) == "link" or
                        self.lex.award_markers.get(t.lemma) in ("copula", "naming")):
                    return j
        return None

    def subject(self, verb: int, title_first: bool = False) -> Party | None:
        """The holder of the title a verb links: the person or organization in the nominative
        that is its subject, or in the accusative after an active naming verb ("назвал Ивана
        Петрова человеком года"); the last before it in its sentence, else the first after
        (first, when the title stands before the verb: "Чемпионкой стала Мария …")."""
        s = self.doc.sents[self.sent_of(verb)]
        v = self.doc.toks[verb]
        active = v.pos in ("VERB", "INFN", "GRND") and not v.low.endswith(("ся", "сь"))
        case = "accs" if active and self.lex.award_markers.get(v.lemma) == "naming" else "nomn"
        subj = [p for p in self.parties_in(s.first, s.last) if _case(self.doc, p) == case
                and not self.complement(p) and not self.bracketed(p)]
        before = [p for p in subj if p.last <= verb]
        after = next((p for p in subj if p.first > verb), None)
        if title_first and after is not None:
            return after  # "первым Человеком года был назван пилот Чарльз Линдберг"
        return before[-1] if before else after

    def work(self, t: Tok) -> bool:
        """A noun of a work ("фильм", "картина"): data/award_markers.txt, work; not a word of
        an award's name ("в номинации «Лучший социальный проект»")."""
        kind = self.lex.award_markers.get(t.lemma)
        return t.pos == "NOUN" and (kind == "work" or kind == "crew" and self.crew(t)) and \
            not self.in_award.overlaps((t.i, t.i + 1)) and self.doc.quotes.open_depth(t.i) == 0

    @staticmethod
    def crew(t: Tok) -> bool:
        """A noun of a team's members in the plural ("футболисты", "игрокам"): the team, whose
        organization after it receives the award (data/award_markers.txt, crew)."""
        return t.parse is not None and "plur" in t.parse.grams

    def work_subject(self, si: int) -> bool:
        """A work in the nominative before the sentence's first recipient verb: its subject
        ("Фильм «…» собрал пять «Оскаров»")."""
        s = self.doc.sents[si]
        for t in self.doc.toks[s.first:s.last]:
            if self.lex.recipient_verbs.get(t.lemma) is not None and t.pos in _FINITE:
                return False
            if self.party_at.get(t.i) is not None and self.party_at[t.i].person and \
                    _case(self.doc, self.party_at[t.i]) == "nomn":
                return False  # "Иван Петров и его фильм получили …"
            if self.work(t) and t.case == "nomn" and \
                    self.lex.award_markers.get(t.lemma) == "work":
                return True
        return False

    def author(self, p: Party) -> bool:
        """A person or an organization in the genitive who made the work named before it
        ("картина режиссера Ивана Петрова", "фильм «…» 26-летнего Ивана Петрова", "проект «…»
        общественной организации «…»"): the words between are no verb, no other person and no
        comma outside brackets."""
        toks = self.doc.toks
        case = _case(self.doc, p) if p.person else self.word_case(p)
        if case != "gent" and not (case is None and p.first > 0 and self.work(toks[p.first - 1])
                                   and toks[p.first - 1].case != "gent"):
            # an abbreviation, which declines not, right after the work: "победил проект АНО
            # «…»" (not "автор проекта АНО «…»": the work is a complement itself)
            return False
        s = self.doc.sents[self.sent_of(p.first)]
        depth = 0
        for j in range(p.first - 1, max(s.first, p.first - _MAX_AUTHOR) - 1, -1):
            t = toks[j]
            if self.work(t):
                return True
            depth += (t.text == ")") - (t.text == "(")
            q = self.party_at.get(j)
            if t.pos in _FINITE or t.text in (".", ";", ":", "—", "–") or \
                    (t.text == "," and depth <= 0) or (q is not None and q.person):
                return False
        return False

    def opens_either_case(self, p: Party) -> bool:
        """An organization opening its sentence whose first word reads as a nominative and as
        an accusative alike ("Общественное объединение «…»"): its verb tells which."""
        readings = [q.grams for q in self.doc.toks[p.first].parses]
        return not p.person and p.first == self.doc.sents[self.sent_of(p.first)].first and \
            any("nomn" in g for g in readings) and any("accs" in g for g in readings)

    def word_case(self, p: Party) -> str | None:
        """The case of an organization by the kind word before its quoted name ("фонда |
        «Город добра»"), else by its own words."""
        toks = self.doc.toks
        j = p.first - 1
        if j > 0 and toks[j].text in QUOTES and toks[j - 1].lemma in self.lex.org_words:
            return toks[j - 1].case
        return _case(self.doc, p)

    def common_subject(self, verb: int) -> bool:
        """A common noun in the nominative before a linking verb in its clause is its subject
        ("клуб стал чемпионом", "команда была признана лучшей"): no party holds the title."""
        toks = self.doc.toks
        s = self.doc.sents[self.sent_of(verb)]
        for j in range(verb - 1, s.first - 1, -1):
            t = toks[j]
            if t.text in _CLAUSE_ENDS:
                return False
            if t.pos == "NOUN" and t.case == "nomn" and t.text.islower() and \
                    self.party_at.get(j) is None and not self.in_award.overlaps((j, j + 1)):
                return True
        return False

    def named_before(self, p: Party) -> bool:
        """Is the organization named right before the brackets it stands in ("Институт
        прикладной физики | (ИПФ)")?"""
        q = self.org_ending.get(p.first - 1)
        return q is not None and q.ref.organization == p.ref.organization

    def clauses(self, si: int) -> tuple[list[int], list[bool]]:
        """The tokens of sentence si that open a coordinated clause (a word of
        ``_CLAUSE_OPENERS`` after a comma, or a semicolon), and for its clauses, the one before
        the first bound and each from a bound on, whether a finite verb of its own gives and
        gets nothing (found once a sentence)."""
        got = self._clauses.get(si)
        if got is None:
            s, toks = self.doc.sents[si], self.doc.toks
            bounds = [k for k in range(s.first, s.last) if toks[k].text == ";" or
                      toks[k].low in _CLAUSE_OPENERS and k > 0 and toks[k - 1].text == ","]
            edges = [s.first, *bounds, s.last]
            own = [any(t.pos in _FINITE and t.lemma not in self.lex.recipient_verbs
                       for t in toks[a:b]) for a, b in zip(edges, edges[1:])]
            got = self._clauses[si] = (bounds, own)
        return got

    def bracketed(self, p: Party) -> bool:
        """A name in brackets after another: "Джанлуиджи Буффон (Ювентус)", an aside."""
        toks = self.doc.toks
        return p.first > 0 and toks[p.first - 1].text == "(" and \
            p.last < len(toks) and toks[p.last].text == ")"

    def relative_subject(self, verb: int, case: str = "nomn") -> Party | None:
        """ "…, опередил Ивана Петрова из Омска, который был чемпионом": the person or
        organization right before the comma that opens the clause of "который" (in the
        nominative, or the case asked: "…, которой вручен кубок") the verb stands in."""
        toks = self.doc.toks
        s = self.doc.sents[self.sent_of(verb)]
        for j in range(verb - 1, s.first, -1):
            t = toks[j]
            if t.text in _CLAUSE_ENDS:
                return None
            if t.lemma == "который" and t.case == case and toks[j - 1].text == ",":
                before = [p for p in self.parties if s.first <= p.first and p.last < j]
                if not before:
                    return None
                last = before[-1]  # "Ивана Петрова из Омска,": a place after the name
                gap = toks[last.last:j - 1]
                return last if len(gap) <= 3 and not any(
                    x.pos in _FINITE or x.text in _CLAUSE_ENDS for x in gap) else None
        return None

    def pronoun_subject(self, verb: int) -> bool:
        """A personal pronoun before the verb in its clause ("он шесть раз становился …"), or
        in its sentence for a gerund ("он выиграл чемпионат, став лучшим бомбардиром")."""
        toks = self.doc.toks
        s = self.doc.sents[self.sent_of(verb)]
        clause = toks[verb].pos != "GRND"  # "…, став лучшим бомбардиром": the main clause's
        for j in range(verb - 1, s.first - 1, -1):
            if toks[j].text in _CLAUSE_ENDS and clause:
                return False
            if self.lex.award_markers.get(toks[j].low) == "anaphor" and toks[j].case == "nomn":
                return True
        return False

    def co_recipient(self, p: Party) -> bool:
        """A person "вместе с", "совместно с" or "во главе с" the recipient: "удостоен премии
        совместно с Николаем Басовым", "награждены студенты во главе с Анной Беловой" (not with
        an active giving verb: "Делегация во главе с министром вручила …", the giver's)."""
        toks = self.doc.toks
        k = p.first - 1
        if k > 0 and toks[k].text in (",", "и"):  # "… с Николаем Басовым и <Александром …>"
            before = next((q for q in self.parties if q.last == k and q.person), None)
            return before is not None and self.co_recipient(before)
        while k > 0 and p.first - k < 3 and toks[k].text.islower() and \
                toks[k].low not in ("с", "со"):
            k -= 1  # "вместе с актрисой <Анной Беловой>"
        return k > 0 and toks[k].low in ("с", "со") and \
            self.lex.award_markers.get(toks[k - 1].low) == "with"

    def right_party(self, m: AwardCandidate) -> Party | None:
        """The person right after a holder phrase: "лауреат премии Grammy Даниил Трифонов"."""
        doc = self.doc
        toks = doc.toks
        s = doc.sents[self.sent_of(m.first_tok)]
        j = m.last_tok
        stop = min(s.last, j + _MAX_RIGHT)
        while j < stop:
            p = self.party_at.get(j)
            if p is not None and (self.in_award.overlaps((p.first, p.last)) or
                                  not p.person and (p.in_title or self.complement(p))):
                # "премии имени Г. Тукая": a name inside an award; "член президиума РАО,
                # профессор Иван Петров": an organization inside the titles before the person
                stop = min(s.last, p.last + _MAX_RIGHT)
                j = p.last
                continue
            if p is not None:  # not the head of the next apposition: "…, Иван Петров — …"
                dash = p.last < s.last and toks[p.last].text in ("—", "–") and any(
                    t.text == "," for t in toks[m.last_tok:p.first])
                # nor a preposition's object: "за лучший дуэт (с Аретой Франклин)", a partner
                governed = toks[p.first - 1].pos == "PREP"
                return p if p.person and not dash and not governed else None
            t = toks[j]
            initial = t.text == "." and j > 0 and len(toks[j - 1].text) == 1 and \
                toks[j - 1].text.isupper()  # "имени И. | Жансугурова"
            if t.pos in _FINITE or t.text in (".", ";", ":", "!", "?") and not initial:
                return None
            if t.text == "," or self.in_award.overlaps((j, j + 1)):
                stop = min(s.last, j + _MAX_RIGHT)  # the next title of an apposition chain
            j += 1
        return None

    def gapped_party(self, m: AwardCandidate) -> Party | None:
        """The party right before the dash of a medal a gapped clause names by its metal alone
        ("…, «Металлург» — серебряные"; extractors/gapped_medals.py), if it is one."""
        if m.rule != "gapped_medal":
            return None
        toks, dash = self.doc.toks, m.first_tok - 1
        s = self.doc.sents[self.sent_of(dash)]
        before = self.parties_in(s.first, dash)
        if not before or not all(t.text in QUOTES for t in toks[before[-1].last:dash]):
            return None
        return before[-1]

    def left_party(self, first: int) -> Party | None:
        """The person an apposition describes: "Иван Петров — …, кавалер ордена …"."""
        doc = self.doc
        s = doc.sents[self.sent_of(first)]
        best = None
        for p in self.parties:
            if p.person and s.first <= p.first and p.last <= first and \
                    not self.in_award.overlaps((p.first, p.last)):  # "премии Соннинга"
                best = p
        if best is None:
            return None
        if any(t.pos in _FINITE for t in doc.toks[best.last:first]):
            return None
        return best


# what ends a clause, going back from a word; the prepositions before "которых" that make it
# a list of the members of a group ("среди которых", "в числе которых")
_CLAUSE_BOUNDS = frozenset({",", ";", ":", "—", "–", "(", ")"})
_PARTITIVE_PREPS = frozenset({"среди", "из", "числе"})


# the words that open a coordinated clause after a comma ("…, а Мария получила …")
_CLAUSE_OPENERS = frozenset({"а", "но", "однако"})
_EACH = ("каждый", "каждая")
