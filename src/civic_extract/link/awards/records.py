"""Award records: mentions of one award merged into one entity (the same name; descriptive
phrases of one award word that do not contradict each other; bare award words joining the
nearest award of their kind), and ``award_records``, the awards of a text with their
recipients' names (a prize taking the winners of the nominations after it)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ...document import key
from ...model import Award, Mention
from ..facts import AwardFact, Recipient
from ..score import Marks


@dataclass
class _Entity:
    cands: list[AwardFact]


# ---------------------------------------------------------------- entities

def _title_words(a: AwardFact) -> list[str]:
    return a.name.replace("ё", "е").split()


def _proper_tail(words: list[str]) -> list[str]:
    """The capitalized words of an honorary title's complement, without their endings ("города
    Тамбова" → ["тамбов"], "Тамбовской области" → ["тамбовск"])."""
    return [w.lower().rstrip("аяуюоеыийь") or w.lower() for w in words[2:] if w[:1].isupper()]


def _same_title(a: AwardFact, b: AwardFact) -> bool | None:
    """Two mentions of one honorary title, in any form: "почетного гражданина области",
    «Почетный гражданин ВКО», «Почетного гражданина», "почётный гражданин Тамбова" / «Почётный
    гражданин города Тамбова» (the same two first words, up to their endings; complements
    equal, or one of them missing or common while the other is proper, or the same proper
    words); None when either is no title of two words or more."""
    wa, wb = _title_words(a), _title_words(b)
    if a.kind != "звание" or b.kind != "звание" or len(wa) < 2 or len(wb) < 2:
        return None
    stems = [[w.lower()[:5] for w in ws] for ws in (wa, wb)]
    if stems[0][:2] != stems[1][:2]:
        return False
    if stems[0][2:] == stems[1][2:] or len(wa) == 2 or len(wb) == 2:
        return True
    pa, pb = _proper_tail(wa), _proper_tail(wb)
    if pa and pb:  # "города Тамбова" / "Тамбова"; not "Тамбовской области", nor "работник
        # культуры России" / "работник образования России"
        la, lb = ({w for w in stem[2:] if w.islower()} for stem in
                  ([w[:5] for w in wa], [w[:5] for w in wb]))
        return pa == pb and (la <= lb or lb <= la)
    # a common complement is one of a proper one ("области" / «ВКО»), not another common one
    # ("района" / "области")
    return bool(pa or pb)


def _named_apart(a: AwardFact, b: AwardFact) -> bool:
    """ "Нобелевская премия" / "премия Государственного банка Швеции": one named by its
    adjectives, the other by a complement that names who confers it (not a reason, "премия за
    вклад в …", which may describe the same award)."""
    return bool(a.pre and not a.post and b.post and not b.pre and not b.post.startswith("за "))


def _compatible(a: AwardFact, b: AwardFact) -> bool:
    same = _same_title(a, b)
    if same is not None:
        return same
    if _bare_of_named(a, b) or _bare_of_named(b, a):
        return True
    if a.named or b.named:
        return a.named and b.named and key(a.name) == key(b.name) and not (
            a.kind != b.kind and {a.kind, b.kind} <= _INSIGNIA)
    if a.word != b.word:
        return False
    if a.pre and b.pre and a.pre != b.pre:
        return False
    if _named_apart(a, b) or _named_apart(b, a):
        return False
    if a.post and b.post and a.post != b.post and a.post_head != b.post_head:
        return False
    return not _proper_apart(a, b) and not _categories_apart(a, b) and \
        not _degrees_apart(a, b) and not _fields_apart(a, b)


def _bare_of_named(a: AwardFact, b: AwardFact) -> bool:
    """ "привез Гран-при" / "Гран-при фестиваля «Сахна шебері»": the bare word of an award
    a text gives once (_ONE_PER_TEXT) and the named mention of it."""
    return a.kind in _ONE_PER_TEXT and a.word == b.word and b.named and \
        not (a.named or a.pre or a.post)


# kinds of award a text names once: their bare word stands for the named one
_ONE_PER_TEXT = frozenset({"гран-при"})


def _degrees_apart(a: AwardFact, b: AwardFact) -> bool:
    """ "диплом первой степени" / "диплом второй степени", "орден I степени" / "орден II
    степени": two complements that end with different degrees."""
    wa, wb = a.post.split(), b.post.split()
    return len(wa) > 1 and len(wb) > 1 and wa[-1].startswith("степен") and \
        wb[-1].startswith("степен") and wa[-2] != wb[-2]


# the words that open an award's field or reason after its conferrer: "в области …", "за …"
_FIELD_OPENERS = (("за",), ("в", "области"), ("в", "сфере"), ("во", "сфере"))


def _field_tail(post: str) -> str:
    """The field or reason that ends a complement ("правительства города | в области
    культуры", "губернатора | за вклад в …"), "" when none does."""
    words = post.split()
    for i in range(1, len(words)):
        if any(tuple(words[i:i + len(o)]) == o for o in _FIELD_OPENERS):
            return " ".join(words[i:])
    return ""


def _fields_apart(a: AwardFact, b: AwardFact) -> bool:
    """Two prizes of one conferrer in different fields: "премия правительства города в
    области литературы" / "премия правительства города за достижения в области образования"
    (not the same field, nor one of them without a field: a shorter reference)."""
    fa, fb = _field_tail(a.post), _field_tail(b.post)
    # two grants named by what they fund alone: "грант на развитие туризма" / "… бизнеса"
    purposes = a.post.startswith("на ") and b.post.startswith("на ")
    return bool(fa and fb) and fa != fb or purposes and a.post != b.post


def _proper_apart(a: AwardFact, b: AwardFact) -> bool:
    """Two complements that name different people or places, neither's proper words among the
    other's: "премия имени Тукая" / "премия имени Джалиля" (not "премия имени Абая" / "премия
    имени Абая Кунанбаева")."""
    if not (a.post and b.post):
        return False
    pa, pb = ({w.lower()[:5] for w in x.name.split()[1:] if w[:1].isupper()} for x in (a, b))
    return bool(pa and pb) and not (pa <= pb or pb <= pa)


# kinds of insignia that one name may give several of: the order «За заслуги перед
# Отечеством» and the medal of that order are two awards
_INSIGNIA = frozenset({"орден", "медаль", "знак"})


def _categories_apart(a: AwardFact, b: AwardFact) -> bool:
    """Two categories whose complements differ, one of them missing: "лучшая актриса" /
    "лучшая актриса второго плана" (a year says nothing: "лучший фильм 2011 года"; nor a
    proper name of the league: "самый ценный игрок НБА")."""
    if a.kind != "номинация" or b.kind != "номинация":
        return False
    heads = [h for h in (a.post_head, b.post_head) if h and h != "год"]
    if len(heads) != 1:
        return False
    long, short = (a, b) if a.post_head == heads[0] else (b, a)
    tail = long.name.split()[len(short.name.split()):]
    return bool(tail) and tail[0][:1].islower()


# the kinds of an award's categories: a generic word ("награду получила") refers to the award,
# not to one of its categories
_CATEGORY_KINDS = frozenset({"номинация"})


class _Nearest:
    """The named mentions of the entities (no bare references) by award word and by kind, in
    text order, for a bare reference to find the nearest one of its word or kind."""

    def __init__(self, ents: Sequence[_Entity]) -> None:
        # (start, order, entity): order is the mention's place among all the entities' mentions
        self.rows: dict[tuple[str, object], list[tuple[int, int, _Entity]]] = {}
        order = 0
        for e in ents:
            for c in e.cands:
                if not c.ref:
                    for k in (("word", c.word), ("kind", c.kind)):
                        self.rows.setdefault(k, []).append((c.span[0], order, e))
                    order += 1
        for row in self.rows.values():
            row.sort(key=lambda x: (x[0], x[1]))

    def of(self, r: AwardFact) -> _Entity | None:
        """The entity of the nearest mention before ``r`` of its word or kind (one that starts
        where it does too: "Приз | лучшему вратарю" is the bare word of the prize named by the
        phrase it opens), else the nearest after it; the first entity's mention among mentions
        at one place."""
        rows = [self.rows.get(("word", r.word), [])]
        if len(r.word) == 1:  # "приз жюри" refers to a "приз жюри" only, not to any prize
            rows.append(self.rows.get(("kind", r.kind), []))
        at = r.span[0]
        before = []
        for row in rows:
            i = bisect_left(row, at + 1, key=lambda x: x[0])
            if i:  # the first of the last place before ``at``
                before.append(row[bisect_left(row, row[i - 1][0], key=lambda x: x[0])])
        if before:
            return max(before, key=lambda x: (x[0], -x[1]))[2]
        after = []
        for row in rows:
            i = bisect_left(row, at + 1, key=lambda x: x[0])
            if i < len(row):
                after.append(row[i])
        return min(after, key=lambda x: (x[0], x[1]))[2] if after else None


def _entities(awards: Sequence[AwardFact]) -> list[_Entity]:
    ents: list[_Entity] = []
    for a in sorted((a for a in awards if not a.ref), key=lambda a: a.span[0]):
        target = next((e for e in ents if _compatible(e.cands[0], a)), None)
        if target is None:
            ents.append(_Entity([a]))
        else:
            target.cands.append(a)
    refs = sorted((a for a in awards if a.ref and a.rule != "generic_reference"),
                  key=lambda a: a.span[0])
    loose: list[AwardFact] = []
    near = _Nearest(ents)
    for r in refs:
        target = near.of(r)
        if target is not None:
            target.cands.append(r)
        elif len(r.word) > 1:
            loose.append(r)  # "благодарственные письма": an award by itself
    for r in loose:
        target = next((e for e in ents if e.cands[0].ref and e.cands[0].word == r.word), None)
        if target is None:
            ents.append(_Entity([r]))
        else:
            target.cands.append(r)
    _refer_generic(ents, [a for a in awards if a.rule == "generic_reference"])
    return sorted(ents, key=lambda e: min(c.span[0] for c in e.cands))


def _refer_generic(ents: list[_Entity], refs: Sequence[AwardFact]) -> None:
    """A generic word's reference ("Награды получили …") joins the award of the last mention
    before it, a bare one too ("премии вручались …"), not a category's."""
    marks = sorted((c.span[0], n, j) for n, e in enumerate(ents) for j, c in enumerate(e.cands)
                   if c.kind not in _CATEGORY_KINDS)
    starts = [m[0] for m in marks]
    for r in refs:
        i = bisect_left(starts, r.span[0])
        if i:
            ents[marks[i - 1][1]].cands.append(r)


def award_records(text: str, awards: Sequence[AwardFact],
                  names_of: Callable[[Recipient], Sequence[str]], marks: Marks) -> list[Award]:
    """The awards of a text: mentions of one award merged, with their recipients' names."""
    out: list[Award] = []
    for e in _entities(awards):
        found = sorted(((r.at, r) for c in e.cands for r in c.recipients), key=lambda x: x[0])
        names = list(dict.fromkeys(n for _, r in found for n in names_of(r)))
        named = [c for c in e.cands if not c.ref] or e.cands
        c0 = min(named, key=lambda c: (not c.named, c.span[0]))  # a name over a bare word
        if c0.kind == "звание":  # the most specific form of an honorary title
            c0 = min(named, key=lambda c: (not _proper_tail(_title_words(c)),
                                           -len(_title_words(c)), c.span[0]))
        elif not c0.named:
            c0 = _fullest(named, c0)
        mentions = tuple(sorted({Mention(a, b, text[a:b]) for a, b in (c.span for c in e.cands)}))
        out.append(Award(
            c0.name, c0.kind, next((c.conferred_by for c in e.cands if c.conferred_by), None),
            next((c.year for c in e.cands if c.year), None), tuple(names), mentions,
            marks.rule(c0.rule), _aliases(e.cands, c0.name),
            marks.score("awards", (c.rule for c in e.cands), len(e.cands))))
    return _prize_of_nominations(out)


def _fullest(named: Sequence[AwardFact], c0: AwardFact) -> AwardFact:
    """The mention of a descriptive award that gives the first one's phrase with the most
    words added after it ("премия губернатора" in a headline, "премия губернатора Воронежской
    области" in the text): the fullest name the text gives (``_described``)."""
    if any(w[:1].isupper() for w in c0.name.split()[1:]):
        return c0  # a proper name stands complete: "орден Дружбы" is no "орден Дружбы народов"
    first = c0.name.lower().split()
    longer = [c for c in named if not c.named and c.name.lower().split()[:len(first)] == first
              and _described(c.name.split()[len(first):])]
    return max(longer, key=lambda c: (len(c.name.split()), -c.span[0]), default=c0)


def _described(added: list[str]) -> bool:
    """Do the words a fuller mention adds describe the award, a lowercase word among them
    ("… Воронежской области", "… по литературе")? Capitalized words alone name its holder
    ("золотая медаль | Остапчук", "премия мира | ОЗХО")."""
    return any(w[:1].islower() for w in added)


def _aliases(cands: Sequence[AwardFact], name: str) -> tuple[str, ...]:
    """The names the text gives an award that a table renamed ("серебро" of "серебряная
    медаль"), in the order of their mentions."""
    return tuple(dict.fromkeys(c.alias for c in sorted(cands, key=lambda c: c.span)
                               if c.alias and c.alias != name))


_PRIZES = ("премия", "конкурс", "приз", "фестиваль", "грант")


def _prize_of_nominations(awards: list[Award]) -> list[Award]:
    """The winners of the nominations that follow a prize or contest with no recipient of its
    own ("церемония вручения премии «Волонтер года» … Победу в номинации «…» одержала Анна
    Белова"), or none but winners of those nominations ("Премию в номинации «…» вручили ООО
    «…»"), are its recipients too."""
    out = list(awards)
    for i, a in enumerate(awards):
        if a.kind not in _PRIZES:
            continue
        names: list[str] = []
        for b in awards[i + 1:]:
            if b.kind != "номинация":
                break
            names += b.recipients
        if names and set(a.recipients) <= set(names):
            out[i] = replace(a, recipients=tuple(dict.fromkeys(names)))
    return out
