"""The organizations' lexicon: legal forms, organization and body words, the gazetteer of known
organizations, and the words that make a name something other than an organization."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..text.morph import Morphology
from .places import Gazetteer, GazetteerEntry, place_words
from .tables import Tables, phrase_lemmas, po_adverbials, text_lemmas

__all__ = ["LegalForm", "OrgLexicon", "KINDS", "TABLES", "KnownOrgs"]

KINDS = frozenset({"ngo", "state", "company", "media", "education", "party", "other"})
TABLES = ("legal_forms.txt", "legal_form_aliases.txt", "org_words.txt", "body_idioms.txt",
          "body_words.txt", "known_orgs.txt", "known_org_cues.txt", "work_words.txt",
          "not_orgs.txt", "org_compound_endings.txt",
          "not_org_heads.txt", "not_org_owners.txt", "facility_words.txt", "quoted_org_cues.txt",
          "thoroughfare_words.txt",
          "quoted_org_words.txt",
          "platforms.txt", "platform_cues.txt", "platform_words.txt",
          "product_cues.txt", "po_heads.txt", "pri_heads.txt", "full_name_heads.txt",
          "po_adverbials.txt",
          "po_place_heads.txt", "plural_bodies.txt", "state_heads.txt", "org_cue_prepositions.txt",
          "body_pairs.txt", "body_not_modifiers.txt", "national_bodies.txt", "body_levels.txt",
          "not_place_adjectives.txt", "form_levels.txt", "field_names.txt",
          "numbered_institutions.txt",
          "website_words.txt", "directorate_prefixes.txt", "joined_parties.txt",
          "list_intros.txt", "body_terms.txt", "award_names.txt", "inner_units.txt",
          "title_cues.txt")


@dataclass(frozen=True, slots=True)
class LegalForm:
    abbr: str
    full: str
    kind: str
    lemmas: tuple[str, ...]


@dataclass(frozen=True, slots=True, eq=False)
class KnownOrgs:
    """Organizations known by name: key (lemmas or lowercase words) → (name, kind, where it
    counts: any | cued | inner, whether the key is an abbreviation written in capitals)."""

    known_orgs: dict[tuple[str, ...], tuple[str, str, str, bool]]
    # a name's own keys (not its aliases'): a text that matches one writes the name itself
    known_org_lemmas: dict[str, frozenset[tuple[str, ...]]]
    known_org_max: int
    known_org_firsts: frozenset[str] = frozenset()  # the first word of every key

    @classmethod
    def load(cls, t: Tables, morph: Morphology) -> KnownOrgs:
        known: dict[tuple[str, ...], tuple[str, str, str, bool]] = {}
        lemmas: dict[str, frozenset[tuple[str, ...]]] = {}
        for name, kind, aliases, where in t.table("known_orgs.txt", 4):
            t.choice("known_orgs.txt", kind, KINDS, name)
            t.choice("known_orgs.txt", where, ("any", "cued", "inner"), name)
            for variant in [name] + [a.strip() for a in aliases.split(",") if a.strip()]:
                abbr = variant.isupper() and len(variant) > 1
                keys = (phrase_lemmas(morph, variant),
                        tuple(w.lower().replace("ё", "е") for w in variant.split()),
                        _participle_key(morph, variant))
                if variant == name:
                    lemmas[name] = frozenset((*keys, text_lemmas(morph, name)))
                for k in keys:
                    known.setdefault(k, (name, kind, where, abbr))
        return cls(known, lemmas, max(len(k) for k in known), frozenset(k[0] for k in known))


def _participle_key(morph: Morphology, phrase: str) -> tuple[str, ...]:
    """The phrase's key as a text's words read it, a participle by its verb ("Объединенной
    авиастроительной корпорации" → объединить …): the key of phrase_lemmas keeps the
    participle itself, which only the nominative matches."""
    out = []
    for w in phrase.replace("«", " ").replace("»", " ").split():
        parses = morph.parse(w.lower())
        out.append((parses[0].normal if parses else w.lower()).replace("ё", "е"))
    return tuple(out)


def org_words(t: Tables) -> dict[str, str]:
    return {lemma: t.choice("org_words.txt", kind, KINDS, lemma)
            for lemma, kind in t.table("org_words.txt", 2)}


def _forms(t: Tables, morph: Morphology) -> list[LegalForm]:
    """The legal forms in the table's order."""
    return [LegalForm(abbr, full, t.choice("legal_forms.txt", kind, KINDS, abbr),
                      phrase_lemmas(morph, full))
            for abbr, full, kind in t.table("legal_forms.txt", 3)]


_ALONE = ("yes", "no", "named", "pair", "eponym")  # see data/body_words.txt


def _body_words(t: Tables) -> dict[str, tuple[str, str]]:
    out = {}
    for lemma, kind, alone in t.table("body_words.txt", 3):
        t.choice("body_words.txt", kind, KINDS, lemma)
        out[lemma] = (kind, t.choice("body_words.txt", alone, _ALONE, lemma))
    return out


_FIELD_ROLES = frozenset({"unit", "service", "institution"})


def _field_units(t: Tables, role: str) -> frozenset[str]:
    """The lemmas of data/field_units.txt in ``role`` ("unit": "управление", "service":
    "полиция")."""
    return frozenset(w.replace("ё", "е") for r, w in t.table("field_units.txt", 2)
                     if t.choice("field_units.txt", r, _FIELD_ROLES, w) == role)


# the initials of a region that may open the abbreviation of a regional public organization
# ("ТРОО", "СРОО", "НРОО"); the abbreviation is kept as written
_REGION_LETTERS = "АБВГДЕЖЗИКЛМНОПРСТУФХЧЭЮЯ"

_UNIT_KINDS = frozenset({"region", "district", "city", "village"})


@dataclass(frozen=True, slots=True, eq=False)
class OrgLexicon:
    forms: list[LegalForm]  # longest first
    form_by_abbr: dict[str, LegalForm]
    org_words: dict[str, str]
    body_idioms: frozenset[tuple[str, ...]]
    body_words: dict[str, tuple[str, str]]
    known: KnownOrgs
    known_org_cues: frozenset[str]
    work_words: frozenset[str]
    not_orgs: frozenset[str]
    not_org_heads: frozenset[str]
    not_org_owners: frozenset[str]
    facility_words: frozenset[str]
    thoroughfare_words: frozenset[str]  # "Бульвар Победы закрыт": a street
    quoted_org_cues: dict[str, str]
    quoted_org_words: dict[str, str]  # "крыло «Жас Отан»": an organization word before quotes only
    platforms: frozenset[str]
    platform_cues: frozenset[str]
    platform_words: frozenset[str]  # "в мессенджере | Telegram": a kind of platform
    product_cues: frozenset[str]  # "автомобиль | BMW": the maker's name names a product
    po_heads: frozenset[str]
    pri_heads: frozenset[str]  # "Академия … | при Президенте": with po_heads, a "при" name
    # the heads of a proper name that runs over the quoted name after it ("Демократическая
    # партия Казахстана «Ак жол»")
    full_name_heads: frozenset[str]
    po_place_heads: frozenset[str]  # "МВД по Башкирии": a territory after "по" only
    plural_bodies: frozenset[str]  # "войска": one body in the plural
    # body words but the plural ones, which a council's enumeration of the people it unites
    # may hold as a field ("совет ветеранов войны, труда, Вооруженных Сил")
    single_bodies: frozenset[str]
    po_adverbials: dict[str, bool]
    state_heads: frozenset[str]
    body_pairs: frozenset[tuple[str, ...]]  # "кабинет министров": one body in lowercase
    body_not_modifiers: frozenset[str]  # "новый | кабинет министров": no word of the name
    national_bodies: frozenset[str]  # "британская | полиция": one body of the place
    body_levels: frozenset[str]  # "федеральное | правительство": still the one body
    numbered_institutions: frozenset[str]  # "школа № 212": one institution by its number
    website_words: frozenset[str]  # "на сайте | gosuslugi.ru": the domain names a site
    directorate_prefixes: frozenset[str]  # "ГУ | МВД": a directorate of the body after it
    joined_parties: frozenset[str]  # "министерства обороны | и руководства": a second party
    list_intros: tuple[tuple[str, ...], ...]  # "компаний, | в том числе | «…»", longest first
    not_place_adjectives: frozenset[str]  # "сельская полиция": no place's adjective
    form_levels: frozenset[str]  # "областное | общественное объединение": opens the full name
    field_names: frozenset[tuple[str, ...]]  # "зал славы | рок-н-ролла": takes a genitive field
    cue_prepositions: frozenset[str]
    body_terms: frozenset[str]  # "маслихат области | восьмого созыва": no word of the name
    award_names: frozenset[str]  # "обладательница «Грэмми»": an award's name, lowercase
    # the heads of administrative units ("область", "район", "город"): a body's name runs
    # over one in the genitive ("Совет депутатов | округа")
    unit_words: frozenset[str]
    # shared with the other concerns
    gazetteer: Gazetteer
    titles: frozenset[str]
    # one-word compound names by their ending ("Свердловскстат", "Мособлгаз"), whatever the NER
    compound_endings: tuple[str, ...] = ()
    # "отделение | … больницы": a unit inside an institution, no organization of its own
    inner_units: frozenset[str] = frozenset()
    # shared (title_cues.txt rank): "полковник | полиции" names a rank, no organization
    ranks: frozenset[str] = frozenset()
    # data/field_units.txt: "управление | экономики" (a unit named by its field), "отдела |
    # полиции" (a service, the field of the unit before it)
    field_units: frozenset[str] = frozenset()
    service_bodies: frozenset[str] = frozenset()
    # data/field_units.txt institution: "центр | крови", "дом | детского творчества"
    field_institutions: frozenset[str] = frozenset()

    @classmethod
    def load(cls, t: Tables, morph: Morphology, known: KnownOrgs, gazetteer: Gazetteer,
             titles: frozenset[str]) -> OrgLexicon:
        forms = _forms(t, morph)
        by_abbr: dict[str, LegalForm] = {}
        for form in forms:
            by_abbr.setdefault(form.abbr, form)
        for written, abbr in t.table("legal_form_aliases.txt", 2):
            by_abbr.setdefault(written, by_abbr[abbr])  # "ЖШС": the ТОО written in Kazakh
        regional = by_abbr["РОО"]
        for letter in _REGION_LETTERS:  # ТРОО: the Tatarstan regional public organization
            by_abbr.setdefault(letter + regional.abbr, replace(regional, abbr=letter + "РОО"))
        return cls(
            forms=sorted(forms, key=lambda f: -len(f.lemmas)), form_by_abbr=by_abbr,
            org_words=org_words(t),
            body_idioms=frozenset(t.table("body_idioms.txt", 2)), body_words=_body_words(t),
            known=known, known_org_cues=t.words("known_org_cues.txt"),
            work_words=t.words("work_words.txt"),
            not_orgs=frozenset(w.lower().replace("ё", "е") for w in t.lines("not_orgs.txt")),
            not_org_heads=frozenset(t.lines("not_org_heads.txt")),
            not_org_owners=t.words("not_org_owners.txt"),
            facility_words=frozenset(t.lines("facility_words.txt")),
            thoroughfare_words=t.words("thoroughfare_words.txt"),
            quoted_org_cues={w: case for w, case in t.table("quoted_org_cues.txt", 2)},
            quoted_org_words={w: t.choice("quoted_org_words.txt", kind, KINDS, w)
                              for w, kind in t.table("quoted_org_words.txt", 2)},
            platforms=t.words("platforms.txt"), platform_cues=t.words("platform_cues.txt"),
            platform_words=t.words("platform_words.txt"), product_cues=t.words("product_cues.txt"),
            po_heads=t.words("po_heads.txt"),
            pri_heads=t.words("po_heads.txt") | t.words("pri_heads.txt"),
            full_name_heads=t.words("full_name_heads.txt"),
            po_place_heads=t.words("po_place_heads.txt"),
            plural_bodies=t.words("plural_bodies.txt"), po_adverbials=po_adverbials(t),
            single_bodies=frozenset(_body_words(t)) - t.words("plural_bodies.txt"),
            state_heads=frozenset(t.lines("state_heads.txt")),
            body_pairs=frozenset(t.table("body_pairs.txt", 2)),
            body_not_modifiers=t.words("body_not_modifiers.txt"),
            national_bodies=t.words("national_bodies.txt"),
            body_levels=t.words("body_levels.txt"),
            numbered_institutions=t.words("numbered_institutions.txt"),
            website_words=t.words("website_words.txt"),
            directorate_prefixes=frozenset(t.lines("directorate_prefixes.txt")),
            joined_parties=t.words("joined_parties.txt"),
            list_intros=tuple(sorted((tuple(line.lower().split())
                                      for line in t.lines("list_intros.txt")),
                                     key=lambda p: (-len(p), p))),
            field_names=frozenset(tuple(line.replace("ё", "е").split())
                                  for line in t.lines("field_names.txt")),
            not_place_adjectives=t.words("not_place_adjectives.txt"),
            form_levels=t.words("form_levels.txt"),
            cue_prepositions=frozenset(t.lines("org_cue_prepositions.txt")),
            body_terms=t.words("body_terms.txt"),
            award_names=frozenset(" ".join(name.lower().replace("ё", "е").split())
                                  for name, _, where in t.table("award_names.txt", 3)
                                  if where != "prefix"),
            unit_words=frozenset(w for w, kind in place_words(t).items()
                                 if kind in _UNIT_KINDS and " " not in w),
            gazetteer=gazetteer, titles=titles,
            compound_endings=t.lines("org_compound_endings.txt"),
            inner_units=t.words("inner_units.txt"),
            ranks=frozenset(w for kind, w in t.table("title_cues.txt", 2) if kind == "rank"),
            field_units=_field_units(t, "unit"), service_bodies=_field_units(t, "service"),
            field_institutions=_field_units(t, "institution"))

    @property
    def known_orgs(self) -> dict[tuple[str, ...], tuple[str, str, str, bool]]:
        return self.known.known_orgs

    @property
    def known_org_lemmas(self) -> dict[str, frozenset[tuple[str, ...]]]:
        return self.known.known_org_lemmas

    @property
    def known_org_max(self) -> int:
        return self.known.known_org_max

    @property
    def known_org_firsts(self) -> frozenset[str]:
        return self.known.known_org_firsts

    @property
    def places(self) -> dict[tuple[str, ...], GazetteerEntry]:
        return self.gazetteer.places

    @property
    def place_alias(self) -> dict[str, GazetteerEntry]:
        return self.gazetteer.place_alias
