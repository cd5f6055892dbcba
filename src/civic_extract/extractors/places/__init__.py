"""Places: NER LOC spans and gazetteer names, in the nominative, with their kind.

The kind comes from the head word ("область" → region, "район" → district, "город" → city) or
from the gazetteer (``data/places.txt``); abbreviations (ЗКО, РК, РФ) resolve to full names.
Adjectives alone ("казахстанского") are no places.

Three stages, each candidate with the name of the rule that made it:

1. ``RULES``: names that share one plural place word ("в Рязанской и Костромской областях"),
   quoted names of venues ("на стадионе «Лужники»");
2. ``NER_SPAN``, a decision list run on each NER span (LOC, and ORG for a few constructions):
   constructions and vetoes in the order they are tried; the first construction that has a
   candidate makes it, and the vetoes that stand before it in the list may stop it;
3. ``GAZETTEER``, a decision list run at each word the first two stages left: names of the
   gazetteer in the text (a place nested in a quoted or organization name, abbreviations, Latin
   spellings, a country the NER took for a person).

A kept candidate claims its words for the stages after it, and so do the spans some vetoes stop
as no place at all (``no_place_span``, ``named_thing``, ``not_a_place``, ``area``): the gazetteer
finds no place inside "университета Донхуа" or "Белый дом". Known areas ("Европа") are found
and claim their words but are not reported.

Tables: data/places.txt, place_abbr.txt, place_latin.txt, place_kinds.txt, place_words.txt,
landmark_words.txt, place_namers.txt, facility_namers.txt, facility_words.txt, not_places.txt,
surname_nominative_endings.txt, place_adjective_endings.txt, generic_facilities.txt,
venue_words.txt, quoted_name_venues.txt, worded_landmarks.txt, legal_forms.txt,
legal_form_aliases.txt, municipal_words.txt, not_place_words.txt, with the known
organizations, organization words and title words of the other lexicons.
"""

from .candidate import PlaceCandidate, case_nominatives
from .doc_rules import RULES
from .extract import GAZETTEER, NER_SPAN, extract_places

__all__ = ["PlaceCandidate", "extract_places", "case_nominatives", "RULES", "NER_SPAN", "GAZETTEER"]
