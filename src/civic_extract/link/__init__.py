"""The linker (``run.py``): relates what the extractors found (the one place that does).

``gather`` reads one parsed document and turns the resolved candidates into facts (offsets into
the original text, every decision that needs the tokens taken: a title's person, the recipients
an award mention's sentences name). ``assemble`` merges the facts of a whole text into entities:
person mentions into people (``people.py``, the one merge), titles onto people
(``titles.py``, with the organization a title refers to by a pronoun, a bracket or its kind
word: ``owners.py``), organizations and places by name (``named.py``), award mentions into
awards with their recipients' names (``awards/``).
"""
