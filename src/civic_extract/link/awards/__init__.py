"""Awards as entities, and who received them.

Mentions of one award merge into one entity: the same name; descriptive phrases of the same
award word that do not contradict each other ("благодарственное письмо президента России" /
"… президента Российской Федерации" / "благодарственные письма"); bare award words ("премий
удостоены") join the nearest award of their kind.

The recipients of a mention are the people and organizations (as extracted) that the text gives
as its holders. ``RULES`` is the ordered table of the constructions that name them; the first
rule that decides wins (a rule may decide on nobody) and each recipient carries its rule's name:

1. ``nomination_scope``: the person or organization named in a nomination's stretch of the line
   ("В номинации «А» – врач Иван Петров"); in a list whose intro gives organizations as the
   recipients ("Организации получили признание в номинациях:"), the organizations of the
   people's titles count too;
2. ``lone_reference``: a bare award word with neither a holder noun nor a recipient verb names
   nobody;
3. ``predicate``: an honorary or sports title in the singular and the instrumental that a verb
   links ("Иван Петров стал народным артистом", "«Локомотив» стал чемпионом России", "Чемпионкой
   мира стала …"): the verb's subject; a pronoun subject ("он был чемпионом мира") stands for
   the person named before (``data/award_markers.txt``: copula);
   a holder noun or an honorary title: nobody when it is a verb's object ("подготовил
   чемпиона мира", ``title_object``), else the person it describes, right after it
   (``holder_after``: "лауреат премии Grammy Даниил Трифонов") or before it (``holder_before``:
   "Иван Петров — …, кавалер ордена Мужества"), else the person named before
   (``holder_anaphora``), else nobody (``holder_unnamed``);
4. ``possessor``: "на счету Роберта Де Ниро два «Оскара»": that person (after a common noun,
   the person named before);
5. ``conferral``: after a noun of giving (``data/award_markers.txt``: conferral, decoration)
   right before the award, the people and organizations named after it in the dative ("о
   присвоении звания «…» Ивану Петрову"), or the genitive object of "награждение" ("о
   награждении Ивана Петрова медалью"); nobody when none;
6. ``no_recipient_verb``: without a verb of ``data/recipient_verbs.txt`` in its sentence that
   gives (not denied, not under a modal, not a verb of speech), nobody;
7. ``recipient_verb``: the sentence's people and organizations, except the giver (the subject
   of an active "вручил", "наградил"), complements in the genitive ("из рук губернатора …",
   "членам Общественной палаты") or after a preposition ("от FIFA"), organizations inside a
   person's title, anything inside an award phrase and the news source (", передает …"); people
   "вместе с" the recipient too; several awards of one sentence share coordinated recipients,
   else each recipient goes to the nearest award before it (one parted from it by a comma goes
   to the award after it that its own receiving verb gives it: "…, а Максим Ершов был награжден
   знаком «…»"); a verbless list item takes its
   intro's verb; when the sentence's only recipient verbs are participles ("Виктория Лопырёва,
   завоевавшая титул …"), the people they describe, named right before them;
   ``plural_anaphora``: a sentence that opens with a plural pronoun ("Им вручили …", "Каждый
   из них получит …") and names no one: the people the sentence before names, two or more;
8. ``list_after_intro``: the list that follows the announcement ("Победителями стали следующие
   НПО:" + items; verbless naming lines too), except items naming an award of their own;
9. ``following_marker``: the sentences after it that start with a marker of
   ``data/award_markers.txt`` ("Например, …");
10. ``anaphora``: a person named before, when the sentence stands for one ("она удостоилась
   премии", "Награждён орденом …" without a subject): the last person named as a subject in the
   three sentences before (not a photo caption) that stands before its verb (the topic; one
   after it, "Ему на смену пришел …", brings someone new in), else the last person named there
   when none is a subject, else the article's main person.

Besides, a sentence without an award that refers back to the award of the sentence before by a
pronoun or a holder noun with a recipient verb ("Его получили …", "Победителями стали …"), or
money got after a grant ("Наибольшую сумму получит …", ``data/award_funds.txt``), names
recipients of that award (``next_sentence``); a singular holder noun opening a sentence that
names no one ("Победитель получит премию …") stands for the one person given that title; a
prize, contest or grant without recipients of its own (or with none but winners of them) takes
the winners of the nominations that follow it;
mentions of one honorary title in several forms ("почетного гражданина области", «Почетный
гражданин ВКО») are one award.
"""

from .grammar import Party
from .recipients import award_facts
from .records import award_records

__all__ = ["Party", "award_facts", "award_records"]
