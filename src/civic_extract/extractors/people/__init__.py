"""People: PER spans of the NER, names put into the nominative part by part.

Each candidate is one mention; ``link.py`` merges mentions of one person. Parts are assigned by
pymorphy3's Name/Surn/Patr tags with a positional fallback ("Имя Фамилия"), surname-first order
("Абдурахмановой Натальи Петровны") and initials ("А. Б. Иванов") handled. Words pymorphy3 does
not know and that stand in the nominative are kept exactly as written.
"""

from .candidate import _PATRONYMIC as _PATRONYMIC
from .candidate import _WOMANS_PATRONYMIC as _WOMANS_PATRONYMIC
from .candidate import PersonCandidate
from .case_hints import past_origin as past_origin
from .case_hints import title_word
from .extract import extract_people, lone_words
from .reading import person_from_tokens as person_from_tokens

__all__ = ["PersonCandidate", "extract_people", "lone_words", "title_word"]
