"""Awards: kinds, quoted and descriptive names, conferrers, years, recipients."""

from __future__ import annotations

import pytest

# (text, (name, kind, year, recipients)) — one award per text
AWARDS = [
    # passive and active constructions, coordinated recipients
    ("Премией акима области «Қамқор - 2020» награждены ОО «Батыр» и ОО «Алау».",
     ("Қамқор - 2020", "премия", 2020, ["Батыр", "Алау"])),
    ("Медалью «Халық алғысы» награждены волонтер Айгерим Нурланова и врач Марат Жунусов.",
     ("Халық алғысы", "медаль", None, ["Айгерим Нурланова", "Марат Жунусов"])),
    ("Орден «Парасат» вручили Ивану Петрову.", ("Парасат", "орден", None, ["Иван Петров"])),
    ("Аким области вручил орден «Құрмет» директору школы Марату Сапарову.",
     ("Құрмет", "орден", None, ["Марат Сапаров"])),
    ("Премии «Алтын жүрек» удостоены ОФ «Доброе дело», ОО «Надежда» и другие.",
     ("Алтын жүрек", "премия", None, ["Доброе дело", "Надежда"])),
    ("Нагрудный знак «Құрметті донор» получили медсестра Гульнара Ахметова и студент "
     "Ерлан Абенов.",
     ("Құрметті донор", "знак", None, ["Гульнара Ахметова", "Ерлан Абенов"])),
    # descriptive names, in the nominative singular
    ("Почетной грамотой акима области награжден Иван Петров.",
     ("Почетная грамота акима области", "грамота", None, ["Иван Петров"])),
    ("Волонтерам фонда вручили благодарственные письма акима города.",
     ("благодарственное письмо акима города", "письмо", None, [])),
    ("Губернатор Александр Гусев вручил благодарственные письма президента России волонтерам.",
     ("благодарственное письмо президента России", "письмо", None, [])),
    ("Аким наградил «Почетными грамотами» активистов района.",
     ("Почетная грамота", "грамота", None, [])),
    ("Ему вручили медаль за оборону Ленинграда.",
     ("медаль за оборону Ленинграда", "медаль", None, [])),
    # awards named without quotes
    ("Лауреат Нобелевской премии Светлана Алексиевич выступила в Минске.",
     ("Нобелевская премия", "премия", None, ["Светлана Алексиевич"])),
    ("Обладательница премии Grammy Анна Нетребко дала концерт.",
     ("Grammy", "премия", None, ["Анна Нетребко"])),
    ("Иван Петров — полковник в отставке, кавалер ордена Мужества.",
     ("орден Мужества", "орден", None, ["Иван Петров"])),
    # awards known by their name alone
    ("Актер Жан Дюжарден получил «Оскар» в прошлом году.",
     ("Оскар", "премия", None, ["Жан Дюжарден"])),
    ("Обладатель двух «Золотых глобусов» Роберт Де Ниро приехал в Москву.",
     ("Золотой глобус", "премия", None, ["Роберт Де Ниро"])),
    ("Премию «Золотой глобус» получила актриса Мерил Стрип.",
     ("Золотой глобус", "премия", None, ["Мерил Стрип"])),
    ("Композитор Иван Петров был награжден орденом Ленина.",
     ("орден Ленина", "орден", None, ["Иван Петров"])),
    # honorary titles
    ("Народный артист России Олег Табаков выступил в Омске.",
     ("Народный артист России", "звание", None, ["Олег Табаков"])),
    ("Звание Героя Социалистического Труда присвоили Ивану Петрову.",
     ("Герой Социалистического Труда", "звание", None, ["Иван Петров"])),
    # contests with their winners
    ("Победителем конкурса «Лучший волонтер» стала студентка Алия Сеитова.",
     ("Лучший волонтер", "конкурс", None, ["Алия Сеитова"])),
]


@pytest.mark.parametrize("text, expected", AWARDS)
def test_awards(run, text, expected):
    awards = run(text).awards
    assert len(awards) == 1
    a = awards[0]
    assert (a.name, a.kind, a.year, list(a.recipients)) == expected


SEVERAL = [
    # nomination lines: each nomination with its own recipient
    ("В номинации «Меценат года» – предприниматель Ляйля Ризванова, «Волонтер года» – "
     "студентка Алия Сеитова.",
     [("Меценат года", ["Ляйля Ризванова"]), ("Волонтер года", ["Алия Сеитова"])]),
    # a list of quoted names after a plural award word
    ("Награды включали ордена «Парасат», «Құрмет» и медали «Шапағат».",
     [("Парасат", []), ("Құрмет", []), ("Шапағат", [])]),
    # coordinated awards share their recipient; no subject: the person named before
    ("Академик Иван Петров родился в Омске. Награждён орденом Почёта и медалью «За трудовую "
     "доблесть».",
     [("орден Почёта", ["Иван Петров"]), ("За трудовую доблесть", ["Иван Петров"])]),
    # the recipients listed after the announcement
    ("Победителями конкурса стали следующие организации:\n\nОО «Жарык» — номинация «Лучший "
     "проект»;\n\nОФ «Шанс» — номинация «Лучшая акция».",
     [("Лучший проект", ["Жарык"]), ("Лучшая акция", ["Шанс"])]),
]


@pytest.mark.parametrize("text, expected", SEVERAL)
def test_several(run, text, expected):
    assert [(a.name, list(a.recipients)) for a in run(text).awards] == expected


FOLLOWING = [
    # a quoted work as the subject: no person named before receives it
    ("Церемонию вела актриса Джейн Линч. «Левиафан» получил «Золотой глобус» в январе.",
     "Золотой глобус", []),
    # a pronoun or a noun that stands for the person named before
    ("Айгуль Сейтова руководит фондом десять лет. Сегодня она удостоилась премии «Жомарт "
     "жүрек».", "Жомарт жүрек", ["Айгуль Сейтова"]),
    ("Среди участников была журналистка Асель Нурова. Девушку наградили в номинации «Открытие "
     "года».", "Открытие года", ["Асель Нурова"]),
    # recipients named in the sentences after the award
    ("Благодарственные письма губернатора получили 15 человек. Среди них учитель Ирина Волкова "
     "и врач Петр Сидоров.", "Благодарственное письмо губернатора",
     ["Ирина Волкова", "Петр Сидоров"]),
    # a bare award word refers to the award named before
    ("В области учреждена премия за вклад в развитие волонтерства. Днем ранее стало известно, "
     "что премий удостоены Иван Петров и Анна Смирнова.",
     "премия за вклад в развитие волонтерства", ["Иван Петров", "Анна Смирнова"]),
    # a photo caption is no antecedent; plural people outside the recipients' cases or in
    # a quoted title are no group
    ("Жерар Депардье решил уехать из Франции.\n\nЖан-Марк Эро.\n\nАктер, лауреат премии "
     "«Сезар», один из самых любимых актеров страны.", "Сезар", ["Жерар Депардье"]),
    ("Жерар Депардье решил уехать из Франции. Актер, лауреат премии «Сезар», один из "
     "«популярнейших и любимейших актеров» страны.", "Сезар", ["Жерар Депардье"]),
    ("Кевин Спейси снялся в сериале. Спейси — обладатель премии «Ника» за роль в фильме "
     "«Подозрительные лица».", "Ника", ["Кевин Спейси"]),
]


@pytest.mark.parametrize("text, name, recipients", FOLLOWING)
def test_following(run, text, name, recipients):
    awards = run(text).awards
    assert [(a.name, list(a.recipients)) for a in awards] == [(name, recipients)]


def test_conferrer(run):
    a = run("Премией акима Акмолинской области «Қамқор» награждено ОО «Батыр».").awards[0]
    assert a.conferred_by == "аким Акмолинской области"


def test_organizations_of_titles_are_no_recipients(run):
    text = ("Медалью «Халық алғысы» награждена координатор фонда «Вера в добро» "
            "Татьяна Спиглазова.")
    assert run(text).awards[0].recipients == ("Татьяна Спиглазова",)


def test_organizations_of_titles_when_organizations_received(run):
    text = ("Организации области получили признание в номинациях:\n\n• В номинации «Лучший "
            "проект» — директор общественного фонда «Шанс» Айгуль Сейтова;\n\n• В номинации "
            "«Лучшая акция» — председатель общественного объединения «Жарык» Ерлан Абенов.")
    assert [(a.name, set(a.recipients)) for a in run(text).awards] == [
        ("Лучший проект", {"Шанс", "Айгуль Сейтова"}),
        ("Лучшая акция", {"Жарык", "Ерлан Абенов"})]


NOT_AWARDS = [
    "Премия будет вручена позже.",
    "Государственные награды вручены жителям области.",
    "Аким выразил благодарность ветеранам и волонтерам.",
    "В конкурсе «Лучший волонтер» участвовали 40 человек.",
    "Им присудили различные премии и награды.",
    "Он получил диплом магистра.",
    "Оскар Уайльд написал роман.",
    "Алонсо выиграл Гран-при Монако.",
    "Для регистрации товарного знака Facebook должен оплатить пошлину.",
]


@pytest.mark.parametrize("text", NOT_AWARDS)
def test_not_awards(run, text):
    assert run(text).awards == ()


def test_mentions_merge(run):
    text = ("Губернатор вручил благодарственные письма президента России. Благодарственные "
            "письма президента Российской Федерации получили 22 человека.")
    awards = run(text).awards
    assert len(awards) == 1 and len(awards[0].mentions) == 2


# ---------------------------------------------------------------- the rules, named (trace=True)

@pytest.fixture(scope="module")
def traced():
    """An extractor with a trace: each award names the rule of its first mention."""
    import civic_extract

    ex = civic_extract.Extractor(trace=True)
    cache: dict[str, civic_extract.Article] = {}

    def _run(text: str) -> civic_extract.Article:
        if text not in cache:
            cache[text] = ex.extract(text)
        return cache[text]

    _run.extractor = ex  # type: ignore[attr-defined]
    return _run


# (text, award name, rule): one row per rule of extractors/awards.py RULES at least
AWARD_RULES = [
    ("Аким наградил «Почетными грамотами» активистов района.", "Почетная грамота",
     "quoted_award_word"),
    ("Режиссер привез домой «Оскар».", "Оскар", "known_name_quoted"),
    ("В номинации «Учитель года» – Марина Котова, «Тренер года» – Ерлан Сапаров.",
     "Учитель года", "nomination"),
    ("В номинации «Учитель года» – Марина Котова, «Тренер года» – Ерлан Сапаров.",
     "Тренер года", "nomination_next"),
    ("Ветерану вручили ордена «Парасат», «Достык».", "Парасат", "quoted_name"),
    ("Ветерану вручили ордена «Парасат», «Достык».", "Достык", "quoted_name_list"),
    ("Обладатель премии Grammy Денис Мацуев дал концерт в Астане.", "Grammy", "latin_name"),
    ("Заслуженный врач Республики Казахстан Асель Бекова открыла клинику.",
     "Заслуженный врач Республики Казахстан", "honorary_title"),
    ("Лауреат Государственной премии Марат Жунусов выступил с лекцией.",
     "Государственная премия", "descriptive"),
    ("Ветеранам вручили нагрудные знаки.", "нагрудный знак", "bare_reference"),
    ("Пианист стал обладателем Grammy.", "Grammy", "known_name"),
    ("Номинации:\n– «Учитель года» (Марина Котова).", "Учитель года", "listed_nomination"),
]


@pytest.mark.parametrize("text, name, rule", AWARD_RULES)
def test_award_rule_names(traced, text, name, rule):
    found = {a.name: a.rule for a in traced(text).awards}
    assert found.get(name) == rule, found


def test_award_rule_in_dict(traced):
    d = traced("Режиссер привез домой «Оскар».").to_dict()
    assert d["awards"][0]["rule"] == "known_name_quoted"


# a list whose intro does not speak of nominations names no nomination
def test_list_without_nominations(run):
    text = "Участники фестиваля:\n\n– «Береке» (Актобе);\n\n– «Шанс» (Омск)."
    assert [a.kind for a in run(text).awards] == []


# (text, rule, veto, the vetoed mention as written): candidates the vetoes of VETOES stop
AWARD_VETOES = [
    ("Он получил «Звание» в прошлом году.", "quoted_award_word", "quoted_word_not_award",
     "«Звание»"),
    ("Оскар Уайльд написал роман.", "known_name", "name_needs_quotes", "Оскар"),
    ("Герои войны вернулись домой.", "honorary_title", "hero_not_a_title", "Герои войны"),
    ("В конкурсе «Лучший волонтер» участвовали 40 человек.", "quoted_name",
     "contest_without_winner", "конкурсе «Лучший волонтер»"),
    ("Алонсо выиграл Гран-при Монако.", "descriptive", "prize_not_a_contest",
     "Гран-при Монако"),
    ("Им присудили различные премии и награды.", "descriptive", "generic_word", "награды"),
]


@pytest.mark.parametrize("text, rule, veto, mention", AWARD_VETOES)
def test_award_vetoes_in_trace(traced, text, rule, veto, mention):
    article = traced(text)
    events = [(e.rule, e.verdict, e.mention.text) for e in article.trace if e.kind == "awards"]
    assert (rule, veto, mention) in events, events
    assert mention not in [m.text for a in article.awards for m in a.mentions]


def test_kept_awards_in_trace(traced):
    events = [(e.rule, e.verdict) for e in traced("Ветерану вручили ордена «Парасат», "
                                                  "«Достык».").trace if e.kind == "awards"]
    assert events == [("quoted_name", "kept"), ("quoted_name_list", "kept")]


def test_no_trace_without_trace(run):
    article = run("Ветерану вручили ордена «Парасат», «Достык».")
    assert article.trace == () and all(a.rule is None for a in article.awards)


# (text, award name, the rule that found each recipient): the recipients' table of link/awards.py
RECIPIENT_RULES = [
    ("В номинации «Учитель года» – Марина Котова, «Тренер года» – Ерлан Сапаров.",
     "Тренер года", ["nomination_scope"]),
    ("Обладатель премии Grammy Денис Мацуев дал концерт в Астане.", "Grammy",
     ["holder_after"]),
    ("Марат Жунусов — хирург, кавалер ордена Мужества.", "орден Мужества",
     ["holder_before"]),
    ("Марат Жунусов много лет оперирует детей. Он — лауреат премии «Шапағат».", "Шапағат",
     ["holder_anaphora"]),
    ("Медаль «Шапағат» вручили Марату Жунусову и Асель Бековой.", "Шапағат",
     ["recipient_verb", "recipient_verb"]),
    ("Премию «Шапағат» получили:\n\n— ОФ «Доброе сердце»;\n\n— ОО «Луч».", "Шапағат",
     ["list_after_intro", "list_after_intro"]),
    ("Грамоты акима получили 12 волонтеров. Среди них студент Ерлан Сапаров.",
     "Грамота акима", ["following_marker"]),
    ("Марат Жунусов много лет оперирует детей. Вчера он удостоился премии «Шапағат».",
     "Шапағат", ["anaphora"]),
    ("На счету Марата Жунусова две медали «Шапағат».", "Шапағат", ["possessor"]),
    ("Медаль «Шапағат» учреждена в 2001 году. Ее получили Марат Жунусов и Асель Бекова.",
     "Шапағат", ["next_sentence", "next_sentence"]),
]


@pytest.mark.parametrize("text, name, rules", RECIPIENT_RULES)
def test_recipient_rule_names(traced, text, name, rules):
    # the recipients' rules live on the facts the linker gathers (Recipient.rule)
    facts = traced.extractor._batch([text])[0][1]
    found = {a.name: [r.rule for r in a.recipients] for a in facts.awards}
    assert found.get(name) == rules, found
    award = next(a for a in traced(text).awards if a.name == name)
    assert len(award.recipients) == len(rules)  # each found recipient is named on the award


# (text, award name, its recipients): constructions that name the recipients away from the award
# word, in either voice and order
RECIPIENTS_APART = [
    # a holder noun in the instrumental is the verb's predicate: the subject holds the award
    ("Лауреатом премии «Золотое перо» от союза журналистов стала корреспондент Мария Ушакова.",
     "Золотое перо", ["Мария Ушакова"]),
    ("Сергей Орлов стал обладателем приза «Серебряная ладья».", "Серебряная ладья",
     ["Сергей Орлов"]),
    ("Победителями конкурса «Лучший двор» стали жители Омска Анна Белова и Петр Гусев.",
     "Лучший двор", ["Анна Белова", "Петр Гусев"]),
    # after a proper modifier, "за …" is the reason, not the name
    ("Шимон Перес получил Нобелевскую премию за подписание соглашения.", "Нобелевская премия",
     ["Шимон Перес"]),
    ("Государственной премии за вклад в науку удостоена Марина Котова.",
     "Государственная премия", ["Марина Котова"]),
    ("Серебряная медаль по гимнастике досталась Али Райсман.", "Серебряная медаль",
     ["Али Райсман"]),
    # "на счету" a person, or a common noun standing for the person before
    ("На счету Роберта Де Ниро два «Оскара».", "Оскар", ["Роберт Де Ниро"]),
    ("Боб Дилан выпустил альбом. На счету 75-летнего певца девять премий «Грэмми».", "Грэмми",
     ["Боб Дилан"]),
    ("На счету ОО «Жарык» премия «Алтын жүрек».", "Алтын жүрек", ["Жарык"]),
    # verbs of holding, winning and bringing
    ("Дирижер Павел Коган обладал премией Роберта Шумана.", "премия Роберта Шумана",
     ["Павел Коган"]),
    ("Победу в номинации «Волонтер года» одержала студентка Анастасия Волкова.",
     "Волонтер года", ["Анастасия Волкова"]),
    ("В номинации «Открытие года» победу одержал Ерлан Сапаров.", "Открытие года",
     ["Ерлан Сапаров"]),
    ("Роль в сериале принесла Марине Котовой премию «Тэфи-регион».", "Тэфи-регион",
     ["Марина Котова"]),
    # the recipients in the next sentence: a pronoun or a holder noun stands for the award
    ("Орден «Достык» учрежден в 1993 году. В разное время его получили певица Роза Рымбаева "
     "и писатель Олжас Сулейменов.", "Достык", ["Роза Рымбаева", "Олжас Сулейменов"]),
    ("Медаль «Шапағат» вручается ежегодно. Ее обладателями уже стали врач Асель Бекова и "
     "ОФ «Доброе сердце».", "Шапағат", ["Асель Бекова", "Доброе сердце"]),
    ("В Павлодаре назвали лауреатов премии «Жомарт жүрек». Победителями стали Айгуль "
     "Сейтова, ТОО «Береке» и Марат Жунусов!", "Жомарт жүрек",
     ["Айгуль Сейтова", "Береке", "Марат Жунусов"]),
    ("Премию «Алтын сапа» вручили в Астане. Ее удостоены ТОО «Нур» и АО «Казахтелеком».",
     "Алтын сапа", ["Нур", "Казахтелеком"]),
    ("Ерлан Сапаров награжден орденом «Достык». Ранее подобной награды были удостоены "
     "стрелок Сергей Мартынов и пловчиха Анна Белова.", "Достык",
     ["Ерлан Сапаров", "Сергей Мартынов", "Анна Белова"]),
    # the conferrer after "от" receives nothing
    ("Лауреатом приза за честную игру от FIFA стал нападающий Франсис Коне.",
     "приз за честную игру", ["Франсис Коне"]),
    # co-recipients "вместе с", "совместно с", coordinated
    ("Чарлз Таунс совместно с Николаем Басовым и Александром Прохоровым был удостоен "
     "Нобелевской премии.", "Нобелевская премия",
     ["Чарлз Таунс", "Николай Басов", "Александр Прохоров"]),
    ("Премию «Ника» актриса Анна Белова получила вместе с режиссером Иваном Петровым.", "Ника",
     ["Анна Белова", "Иван Петров"]),
    # an honorary title before a person's name in the genitive: the name is its holder
    ("Факел принял у Героя Советского Союза Алексея Маресьева ветеран Иван Петров.",
     "Герой Советского Союза", ["Алексей Маресьев"]),
    ("Вечер памяти заслуженной артистки России Марины Котовой прошел в Омске.",
     "заслуженная артистка России", ["Марина Котова"]),
    # "звание …" given by the verb, not held by the person named before
    ("Иван Петров приехал в Киев. Звание Героя Украины присвоили Валерию Чибинееву.",
     "Герой Украины", ["Валерий Чибинеев"]),
    ("Иван Петров приехал в Киев. Ему присвоили звание Героя Украины.", "Герой Украины",
     ["Иван Петров"]),
    # a name whose words the tagger reads in two cases: the surname's case counts
    ("Бывшему акиму Жанболату Ермекову присвоили звание почетного гражданина района.",
     "почетный гражданин района", ["Жанболат Ермеков"]),
    ("Звание почетной гражданки города присвоили Айгерим Жумабековой.",
     "почетная гражданка города", ["Айгерим Жумабекова"]),
]


@pytest.mark.parametrize("text, name, recipients", RECIPIENTS_APART)
def test_recipients_apart(run, text, name, recipients):
    found = {a.name: list(a.recipients) for a in run(text).awards}
    assert found.get(name) == recipients, found


# a sentence after an award that names people without giving them the award
NO_LATER_RECIPIENTS = [
    "Орден «Достык» учрежден в 1993 году. Его вручил президент Касым-Жомарт Токаев.",
    "Премию «Алтын сапа» вручили в Астане. Ее ведущим стал артист Нурлан Койянбаев.",
    "Медаль «Шапағат» вручили в Омске. Волонтер Анна Белова рассказала о работе фонда.",
    "Орден «Достык» учрежден в 1993 году. Награду вручает президент Касым-Жомарт Токаев.",
    # "также награду": another award, not the one before
    "Медалью «Шапағат» наградили фонд. Также награду получила волонтер Анна Белова.",
    # a holder noun of an award the next sentence names itself
    "Медаль «Шапағат» вручили в Омске. Обладателем Кубка УЕФА стал клуб «Зенит».",
]


# an award not given: denied, hypothetical, refused, or a verb of speech
NOT_GIVEN = [
    "Премию «Ника» могли получить актриса Анна Белова и режиссер Иван Петров.",
    "Академия отказалась вручать актеру Кевину Спейси премию «Эмми».",
    "Председатель фонда Карл Хелдин отметил, что премия «Добро» вручается с 2001 года.",
    "Иван Петров так и не получил премию «Ника».",
    "Марина Котова не удостоена медали «Шапағат».",
]


@pytest.mark.parametrize("text", NOT_GIVEN)
def test_not_given(run, text):
    assert [list(a.recipients) for a in run(text).awards] == [[]]


@pytest.mark.parametrize("text", NO_LATER_RECIPIENTS)
def test_no_later_recipients(run, text):
    assert [list(a.recipients) for a in run(text).awards] == [[]]


# (text, [(award name, recipients)]): lists, honorary titles named in several forms, prizes and
# their nominations, the text's source
LISTS_AND_FORMS = [
    # the source of the news receives nothing
    ("Медалью «Шапағат» награжден врач Иван Петров, сообщает пресс-служба фонда «Добро».",
     [("Шапағат", ["Иван Петров"])]),
    ("Орденом «Достык» наградили ОО «Жарык», передает Zakon.kz.", [("Достык", ["Жарык"])]),
    # a list of naming lines without verbs, each ending with a full stop; the last person of
    # a line in any case
    ("Звание «Почетный гражданин Омска» присвоено пятерым горожанам. В их число вошли:\n\n"
     "Хирург Марина Котова.\n\nУченый-химик Петр Гусев.\n\nДиректор "
     "АО «Омский завод» Ерлан Сапаров.",
     [("Почетный гражданин Омска", ["Марина Котова", "Петр Гусев", "Ерлан Сапаров"])]),
    # an item naming an honorary title its person holds stays in the list
    ("Звание «Почетный гражданин Томска» получили:\n\nНародная артистка России Анна Белова."
     "\n\nХирург Петр Гусев.",
     [("Почетный гражданин Томска", ["Анна Белова", "Петр Гусев"]),
      ("Народная артистка России", ["Анна Белова"])]),
    # one honorary title in several forms: a common complement, a quoted and a short form
    ("Ивану Петрову присвоили звание почетного гражданина области. Звание «Почетный "
     "гражданин ВКО» получат также Анна Белова и Ерлан Сапаров.",
     [("Почетный гражданин ВКО", ["Иван Петров", "Анна Белова", "Ерлан Сапаров"])]),
    ("Звание «Почётного гражданина» получила Анна Белова. Она стала почётным гражданином "
     "Павлодара в 2019 году.", [("почётный гражданин Павлодара", ["Анна Белова"])]),
    ("Почетной гражданкой Омска стала Марина Котова.", [("Почетная гражданка Омска",
                                                        ["Марина Котова"])]),
    # two cities' titles stay apart
    ("Анна Белова — почетный гражданин Омска, Иван Петров — почетный гражданин Томска.",
     [("почетный гражданин Омска", ["Анна Белова"]),
      ("почетный гражданин Томска", ["Иван Петров"])]),
    # a prize with no recipient of its own: the winners of its nominations
    ("В Астане вручили премию «Волонтер года». Победу в номинации «Эколог года» одержала "
     "Анна Белова. В номинации «Спасатель года» победителем стал Ерлан Сапаров.",
     [("Волонтер года", ["Анна Белова", "Ерлан Сапаров"]), ("Эколог года", ["Анна Белова"]),
      ("Спасатель года", ["Ерлан Сапаров"])]),
    # a list item with an award of its own gives its people to that award
    ("Указом президента награждены:\n\n— орденом «Достык» аким Ерлан Сапаров;\n\n— медалью "
     "«Шапағат» врач Марина Котова.",
     [("Достык", ["Ерлан Сапаров"]), ("Шапағат", ["Марина Котова"])]),
    # a holder noun over a list of awards after a colon
    ("Писатель Фазиль Искандер родился в Сухуми. Лауреат наград: орден «Дружба» II и III "
     "степеней, Государственная премия СССР.",
     [("Дружба", ["Фазиль Искандер"]), ("Государственная премия СССР", ["Фазиль Искандер"])]),
    # nominations opening the items of a list about nominations, holders in brackets or after
    # a dash
    ("Победители по номинациям:\n\n– «Жыл еріктісі» (директор ТОО «Береке-Агро» Самат "
     "Жолдасов, Шалкарский район);\n\n– «Жыл меценаты» (учитель Айгуль Сейтова).",
     [("Жыл еріктісі", ["Самат Жолдасов"]), ("Жыл меценаты", ["Айгуль Сейтова"])]),
    ("Награды вручили в трех номинациях:\n• «Лучший врач» — хирург Марина Котова;\n"
     "• «Лучшая медсестра» — Анна Белова;\n• «Открытие года» — ОФ «Шанс».",
     [("Лучший врач", ["Марина Котова"]), ("Лучшая медсестра", ["Анна Белова"]),
      ("Открытие года", ["Шанс"])]),
    # a plural title is a group, not the person named before
    ("Иван Петров живет в Омске. Кто стал новыми почетными жителями Омска?",
     [("почетный житель Омска", [])]),
]


@pytest.mark.parametrize("text, expected", LISTS_AND_FORMS)
def test_lists_and_forms(run, text, expected):
    assert [(a.name, list(a.recipients)) for a in run(text).awards] == expected


# (text, (name, kind, recipients)): sports titles, awards of kind "титул" when completed by a
# genitive or "по …"; the holder described, or the subject of the verb that links the title
SPORTS_TITLES = [
    ("Чемпион мира Владимир Крамник сыграет с Веселином Топаловым.",
     ("Чемпион мира", "титул", ["Владимир Крамник"])),
    ("Олимпийская чемпионка Юлия Липницкая завершила карьеру.",
     ("Олимпийская чемпионка", "титул", ["Юлия Липницкая"])),
    ("Иван Петров, двукратный олимпийский чемпион, открыл школу.",
     ("двукратный олимпийский чемпион", "титул", ["Иван Петров"])),
    ("Марию Шарапову, чемпионку Европы, поздравили болельщики.",
     ("чемпионка Европы", "титул", ["Мария Шарапова"])),
    ("Бывший чемпион мира Виталий Кличко стал мэром.",
     ("чемпион мира", "титул", ["Виталий Кличко"])),
    # the title in the instrumental: the subject of the verb that links it, before or after
    ("Анна Белова вчера стала чемпионкой Европы.", ("чемпионка Европы", "титул", ["Анна Белова"])),
    ("Чемпионкой мира стала Мария Шарапова.", ("Чемпионка мира", "титул", ["Мария Шарапова"])),
    ("Сергей Петров был чемпионом мира по боксу.", ("чемпион мира", "титул", ["Сергей Петров"])),
    ("«Локомотив» в третий раз стал чемпионом России.",
     ("чемпион России", "титул", ["Локомотив"])),
    ("Виталий Кличко защитил титул чемпиона мира.", ("чемпион мира", "титул", ["Виталий Кличко"])),
    ("Максим Дадашев завоевал чемпионский пояс.",
     ("чемпионский пояс", "титул", ["Максим Дадашев"])),
]


@pytest.mark.parametrize("text, expected", SPORTS_TITLES)
def test_sports_titles(run, text, expected):
    awards = run(text).awards
    assert [(a.name, a.kind, list(a.recipients)) for a in awards] == [expected]


NOT_SPORTS_TITLES = [
    "Спартак сыграл в Лиге чемпионов.",
    "Кубок европейских чемпионов выиграл «Милан».",
    "Мы — чемпионы!",
    "Чемпион выступил на турнире.",
]


@pytest.mark.parametrize("text", NOT_SPORTS_TITLES)
def test_not_sports_titles(run, text):
    assert run(text).awards == ()


def test_predicate_rule(traced):
    # a pronoun subject of the linking verb stands for the person named before
    text = "Иван Петров приехал в Москву. Он шесть раз становился чемпионом Испании."
    facts = traced.extractor._batch([text])[0][1]
    assert {a.name: [r.rule for r in a.recipients] for a in facts.awards} == {
        "чемпион Испании": ["predicate"]}
    assert [list(a.recipients) for a in traced(text).awards] == [["Иван Петров"]]


# medals named by their metal: with a recipient verb or a competition after them; medal holders
MEDALS = [
    ("Серебро завоевала кореянка Ким Ю На.", ("Серебро", "медаль", ["Ким Ю На"])),
    ("Юлия Зарипова выиграла золото в беге.", ("золото", "медаль", ["Юлия Зарипова"])),
    ("Бронзу завоевала сборная России.", ("Бронза", "медаль", ["сборная России"])),
    ("Золото Олимпийских игр досталось Ивану Петрову.",
     ("Золото Олимпийских игр", "медаль", ["Иван Петров"])),
    ("Анна Белова взяла серебро чемпионата мира.",
     ("серебро чемпионата мира", "медаль", ["Анна Белова"])),
    ("Юлия Ефимова, бронзовый призёр Олимпийских игр, получила травму.",
     ("бронзовый призёр Олимпийских игр", "медаль", ["Юлия Ефимова"])),
    ("Елена Исинбаева стала серебряным медалистом.",
     ("серебряный медалист", "медаль", ["Елена Исинбаева"])),
    ("Серебряная медалистка Анна Белова вернулась домой.",
     ("Серебряная медалистка", "медаль", ["Анна Белова"])),
]


@pytest.mark.parametrize("text, expected", MEDALS)
def test_medals(run, text, expected):
    awards = run(text).awards
    assert [(a.name, a.kind, list(a.recipients)) for a in awards] == [expected]


@pytest.mark.parametrize("text", [
    "Цены на золото выросли.",
    "Россия увеличила запасы золота.",
    "Серебро и бронза — металлы.",
])
def test_metal_not_a_medal(run, text):
    assert run(text).awards == ()


# categories: named after their holder (held like a title) or after what wins them (given by a
# recipient verb); "лучший" only as a superlative, in the singular
CATEGORIES = [
    ("Криштиану Роналду признан лучшим футболистом 2017 года.",
     [("лучший футболист", "номинация", ["Криштиану Роналду"])]),
    ("Лучшей актрисой признана Диана Крюгер.",
     [("Лучшая актриса", "номинация", ["Диана Крюгер"])]),
    ("Самым ценным игроком НБА стал Деррик Роуз.",
     [("Самый ценный игрок НБА", "номинация", ["Деррик Роуз"])]),
    ("Журнал Time назвал Марка Цукерберга Человеком года.",
     [("Человек года", "номинация", ["Марк Цукерберг"])]),
    ("Тренером года стал Дэвид Мойес.", [("Тренер года", "номинация", ["Дэвид Мойес"])]),
    ("Актер Жан Дюжарден получил «Оскар» за лучшую мужскую роль.",
     [("Оскар", "премия", ["Жан Дюжарден"]),
      ("лучшая мужская роль", "номинация", ["Жан Дюжарден"])]),
    ("Церемонию вела актриса Джейн Линч. «Левиафан» получил «Золотой глобус» как лучший фильм.",
     [("Золотой глобус", "премия", []), ("лучший фильм", "номинация", [])]),
]


@pytest.mark.parametrize("text, expected", CATEGORIES)
def test_categories(run, text, expected):
    assert [(a.name, a.kind, list(a.recipients)) for a in run(text).awards] == expected


@pytest.mark.parametrize("text", [
    "Иван Петров был хорошим футболистом.",
    "Он является одним из лучших бомбардиров в НХЛ.",
    "Команды соседствуют в таблице лучших игроков.",
])
def test_not_categories(run, text):
    assert run(text).awards == ()


# without a giving verb the subject gets the award: a person in the accusative is no recipient
@pytest.mark.parametrize("text, name, recipients", [
    ("Виталий Кличко победил Дерека Чисору и защитил титул чемпиона мира.", "чемпион мира",
     ["Виталий Кличко"]),
    ("Анна Белова обыграла Марию Шарапову и завоевала золото.", "золото", ["Анна Белова"]),
    ("Губернатор наградил Ивана Петрова орденом Мужества.", "орден Мужества", ["Иван Петров"]),
    ("Орденом Мужества наградили Ивана Петрова и Анну Белову.", "Орден Мужества",
     ["Иван Петров", "Анна Белова"]),
])
def test_getter_is_subject(run, text, name, recipients):
    assert [(a.name, list(a.recipients)) for a in run(text).awards] == [(name, recipients)]


# a sentence without a subject goes on about the topic: a subject before its verb, not one the
# sentences before bring in after their verb ("Ему на смену пришел …")
@pytest.mark.parametrize("text, recipients", [
    ("Иван Петров был назначен начальником штаба в 2004 году. В 2008 году освобожден от "
     "должности. Ему на смену пришел генерал Сергей Макаров. Награжден орденом Мужества.",
     ["Иван Петров"]),
    ("Анна Белова возглавила фонд. Позже к ней присоединилась Мария Смирнова. Награждена "
     "орденом Мужества.", ["Анна Белова"]),
    ("Вчера в город приехал Иван Петров. Он получил орден Мужества.", ["Иван Петров"]),
    ("Анна Белова приехала в Москву. Вчера она получила орден Мужества.", ["Анна Белова"]),
])
def test_subjectless_topic(run, text, recipients):
    assert [list(a.recipients) for a in run(text).awards] == [recipients]


# a participle that gets the award gives it to the person it describes, not to the others of
# its sentence; before the people, it leaves them to the sentence's verbs
@pytest.mark.parametrize("text, recipients", [
    ("Мероприятие вели Максим Привалов и Виктория Лопырёва, завоевавшая золото чемпионата мира.",
     ["Виктория Лопырёва"]),
    ("Одну из ролей исполнила Октавия Спенсер, в прошлом году получившая «Оскар».",
     ["Октавия Спенсер"]),
    ("Иван Петров, получивший орден Мужества, встретился с Анной Беловой.", ["Иван Петров"]),
    ("Получившие медаль «Шапағат» Иван Петров и Анна Белова выступили.",
     ["Иван Петров", "Анна Белова"]),
])
def test_participle_describes_its_recipient(run, text, recipients):
    assert [list(a.recipients) for a in run(text).awards] == [recipients]


# quoted titles known by their first word («Мисс …», «Miss …»), not after a preposition
@pytest.mark.parametrize("text, expected", [
    ("Полина Попова из Екатеринбурга стала «Мисс Россия-2017».",
     [("Мисс Россия-2017", "титул", ["Полина Попова"])]),
    ("Кессиди Вульф недавно завоевала титул «Miss Teen USA».",
     [("Miss Teen USA", "титул", ["Кессиди Вульф"])]),
    ("Девушка получила право представить Россию на «Мисс Мира» и «Мисс Вселенная».", []),
    ("Она участвовала в конкурсе «Мисс».", []),
])
def test_prefixed_titles(run, text, expected):
    assert [(a.name, a.kind, list(a.recipients)) for a in run(text).awards] == expected


# the holder of a title linked by a verb: after the verb when the title stands first, the
# main clause's subject for a gerund, not a name in brackets
@pytest.mark.parametrize("text, name, recipients", [
    ("Иван Петров приехал. В 2017 году он выиграл чемпионат Испании, став лучшим бомбардиром "
     "турнира.", "лучший бомбардир турнира", ["Иван Петров"]),
    ("Голкипер Джанлуиджи Буффон (Ювентус) признан ФИФА лучшим вратарём года.",
     "лучший вратарь года", ["Джанлуиджи Буффон"]),
    ("Лучшим актером в драматическом сериале стал Кайл Чандлер.", "Лучший актер",
     ["Кайл Чандлер"]),
    ("Марк Цукерберг стал самым молодым победителем, а в 1927 году Человеком года был назван "
     "пилот Чарльз Линдберг.", "Человек года", ["Чарльз Линдберг"]),
])
def test_linked_title_holder(run, text, name, recipients):
    assert [(a.name, list(a.recipients)) for a in run(text).awards] == [(name, recipients)]
