"""Statistics: a number (digits or words, with a multiplier) and the noun phrase it counts.

"718 неправительственных организаций" → 718, "неправительственная организация"; "более 700 НПО" →
700 with qualifier "более"; "2,5 млрд тенге" → 2500000000 тенге; "15%" → 15 процент; "£22 млн" →
22000000 фунт; "трижды" → 3 раз; "пятеро выступили против" → 5 человек; "70-процентный рост" →
70 процент; "со счётом 2:1" → 2 and 1 счет. A number without its noun takes the unit of its
neighbour in the sentence ("более 150 тысяч человек, около 20 тысяч умерли"; "пять из которых";
"от 40 до 50 тысяч рублей" → 40000 рубль; "на 600 и 900 мест", "300 и 500 млн тенге": the
numbers listed before the one that names the noun). Each statistic has a kind, what it
measures by the head of its unit (data/stat_kinds.txt): count, duration, money, percent,
measure, times, score.
Where the sentence's words choose another reading of the counted noun than the tagger's, it
counts that (data/unit_senses.txt: "11 200 голов скота" → голова, not гол).

Not statistics: dates, years, decades, clock times ("в три часа", "в 14 часов 30 минут"), ages
("в возрасте 52 лет", "которому сейчас 23 года", "Иванов, 49 лет,"), labels and ordinals
("статья 282", "3 этап", "8 класса": a noun that does not agree with a cardinal; "двадцать
первом"), numbers inside quoted names or web addresses, "оба" (things already named).

The tables, tried in order for each number of a sentence (read once: its value, multiplier,
qualifier):

- ``UNITS``, what the number counts, the first rule that finds a unit decides: score,
  implied_unit, currency_sign, adjective_unit, unit_word, noun_phrase, quoted_noun, abbreviation,
  substantive, partitive, implied_alone; the number's candidate is named after it (``RULES``);
- ``VETOES``: the reasons a number is no count (quoted_name, label_sign, label_word, enumerator,
  range_or_date, one_determiner, anaphoric, in_url, decade, ordinal_words), then the reasons its
  unit makes none (not_a_unit, year, ordinal_use, person_head, age_or_clock);
- ``ELLIPSIS``, for a number without a unit once the sentence's others are known: range_start,
  listed ("на 600 и 900 мест"), borrowed_whole_iz, part_of_before ("87 из них", "Из них
  одобрено 36"), borrowed_after_iz, amount_of ("число кандидатов выросло до 13"),
  adjective_elided ("12 медалей (2 золотых, 5 серебряных)"),
  borrowed_before, and, when none of those proposes a unit, ``ELLIPSIS_FALLBACKS``:
  previous_sentence ("… 201 человек. Спасти удалось лишь 79."), earlier_money ("обошлись в
  930 тысяч" after a sum in rubles);
  ``ELLIPSIS_VETOES``: the reasons a number is no count, then year_like, lone_multiplier,
  date_start, nominal_follows, bracketed.

Word tables: numbers, multipliers, fractions, cardinal_endings, number_roles, qualifiers, units,
adjective_units, implied_units, number_labels, number_contexts, age_fillers, age_verbs,
one_determiners, one_counts, one_focus, score_cues, not_units, ellipsis_next, stat_kinds,
subunits, amount_words
(``lexicon/statistics.py``). A measure in two units ("82 километра 169 метров") is one value.
"""

from .extract import extract_statistics
from .numbers import StatCandidate

__all__ = ["StatCandidate", "extract_statistics"]
