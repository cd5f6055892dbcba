"""Organizations: ordered tables of named rules over the parsed document, and a veto table.

``RULES`` lists the constructions in the order they claim words, in six stages; a stage sees the
words the candidates of the stages before it claimed:

0. capitalized adjectives that share one plural organization word (``distributed_org_word``:
   "Ленинский и Советский районные суды" gives two courts);
1. a legal form or an organization word before a quoted name (``legal_form_quoted``,
   ``legal_form_list``, ``org_word_quoted``): these split what the NER merges ("ОО «SARA», ОО
   «Волонтерское LIDER.KZ»"); a person's name after the form one person holds
   (``legal_form_holder``: "ИП Коваленко С. П.");
2. the NER's ORG spans on the words left, put into the nominative by agreement and cut where a
   second state body starts ("Комитет … Министерства …" gives both), run on over what the NER
   leaves out (``ner_with_place``, ``ner_named_after``, ``ner_with_parent``,
   ``ner_po_complement``, ``ner_field``…);
3. a quoted name in the genitive after a person noun (``quoted_after_person_noun``, "глава
   «Металлоинвеста»") or in a cue's case (``quoted_after_cue``);
4. news sites by their domain (``news_domain``);
5. known organizations of data/known_orgs.txt (``known_org``, ``known_org_cued``,
   ``known_org_inner``, ``known_org_quoted``), and one in the genitive inside a name kept
   before, its parent (``known_parent``: "Русская служба «Голоса Америки»" → "Голос Америки");
6. lowercase state and public bodies (``lowercase_body``: "министерство культуры Польши").

``VETOES`` lists the reasons a candidate is no organization. Each candidate carries the name of
the rule that made it (``OrgCandidate.rule``); with a ``Trace`` the engine records every
candidate and its verdict. Candidates are reported stage by stage, each stage in text order.

Tables: data/legal_forms.txt, org_words.txt, body_words.txt, body_pairs.txt,
body_not_modifiers.txt, body_idioms.txt, state_heads.txt,
known_orgs.txt, known_org_cues.txt, org_cue_prepositions.txt, quoted_org_cues.txt,
not_orgs.txt, not_org_heads.txt, not_org_owners.txt, work_words.txt, facility_words.txt,
platforms.txt, platform_cues.txt, platform_words.txt, product_cues.txt, po_heads.txt,
pri_heads.txt, po_place_heads.txt, po_adverbials.txt, body_terms.txt, award_names.txt,
field_units.txt,
holder_forms.txt, municipal_words.txt, venue_words.txt, generic_facilities.txt,
org_word_prefixes.txt, owner_award_words.txt.
"""

from .candidate import OrgCandidate
from .rules import RULES, extract_organizations
from .vetoes import VETOES

__all__ = ["OrgCandidate", "extract_organizations", "RULES", "VETOES"]
