"""Titles: before and after the name, lists, several per person, coreference by name."""

from __future__ import annotations

import pytest

TITLES = [
    ("В форуме участвовал аким области Ермек Маржикпаев.", "Маржикпаев",
     [("аким области", "аким")]),
    ("Выступил председатель Комитета по делам гражданского общества Министерства информации "
     "и общественного развития Мадияр Кожахмет.", "Кожахмет",
     [("председатель Комитета по делам гражданского общества Министерства информации и "
       "общественного развития", "председатель")]),
    ("Слово взяла Бану Нургазиева, президент Гражданского альянса Казахстана.", "Нургазиева",
     [("президент Гражданского альянса Казахстана", "президент")]),
    ("Доклад сделал Иван Петров (директор школы).", "Петров", [("директор школы", "директор")]),
    ("Письмо направили председателю правления Ивану Петрову.", "Петров",
     [("председатель правления", "председатель")]),
    ("Награждена региональный представитель фонда «Ана Үйі» Куралай Джумабекова.",
     "Джумабекова", [("региональный представитель фонда «Ана Үйі»", "представитель")]),
]


@pytest.mark.parametrize("text, last, titles", TITLES)
def test_titles(run, text, last, titles):
    person = next(p for p in run(text).people if p.last == last)
    assert [(t.normal, t.head) for t in person.titles] == titles


def test_coordinated_list(run):
    text = ("Награждены руководитель ассоциации деловых женщин Дамеля Койшина, координатор фонда "
            "«Вера в добро» Татьяна Спиглазова.")
    people = {p.last: [t.head for t in p.titles] for p in run(text).people}
    assert people == {"Койшина": ["руководитель"], "Спиглазова": ["координатор"]}


def test_two_titles_of_one_person(run):
    text = ("На форуме выступил аким области Ермек Маржикпаев. "
            "По словам руководителя региона Ермека Маржикпаева, работа продолжится.")
    people = run(text).people
    assert len(people) == 1
    assert [t.head for t in people[0].titles] == ["аким", "руководитель"]


def test_title_links_organization_and_place(run):
    text = "Выступил руководитель Ассоциации деловых женщин Акмолинской области Дамеля Койшина."
    title = run(text).people[0].titles[0]
    assert title.organization is not None and "Ассоциация деловых женщин" in title.organization
    assert title.place == "Акмолинская область"


def test_plural_class_is_no_title(run):
    text = "Пришли Ермек Маржикпаев, представители институтов гражданского общества."
    assert run(text).people[0].titles == ()


MORE_TITLES = [
    # a verb of beginning a career with its object, before or after the verb
    ("Алия Жумабаева трудовую деятельность начала специалистом отдела внутренней политики.",
     "Жумабаева", ["специалист отдела внутренней политики"]),
    ("Иван Петров начал карьеру учителем истории.", "Петров", ["учитель истории"]),
    ("Трудовую деятельность Иван Петров начал учителем.", "Петров", ["учитель"]),
    ("Иван Петров трудовой путь начинал в 1990 году журналистом газеты.", "Петров",
     ["журналист газеты"]),
    ("Иван Петров начал работу над книгой вместе с соавтором.", "Петров", []),
    ("Анна Белова более 40 лет проработала учителем математики.", "Белова",
     ["учитель математики"]),
    ("Иван Петров 20 лет отработал водителем автобуса.", "Петров", ["водитель автобуса"]),
    # general profession words of the lexicon
    ("Снимал фильм оператор Иван Петров.", "Петров", ["оператор"]),
    ("На сцену вышел танцор Олег Смирнов.", "Смирнов", ["танцор"]),
    ("Книгу написал языковед Петр Орлов.", "Орлов", ["языковед"]),
    # two titles stacked before the name
    ("Слово взял глава региона председатель областного филиала партии Гали Искалиев.",
     "Искалиев", ["глава региона", "председатель областного филиала партии"]),
    # titles chained by a comma
    ("Награждена председатель альянса организаций, депутат городского маслихата Анар Изден.",
     "Изден", ["председатель альянса организаций", "депутат городского маслихата"]),
    # hyphenated heads
    ("Среди них экс-журналист телеканала Айгерим Муканова.", "Муканова",
     ["бывший журналист телеканала"]),
    ("Письмо отправили экс-министру финансов Ивану Петрову.", "Петров",
     ["бывший министр финансов"]),
    ("Экс-президент клуба Олег Смирнов ушел.", "Смирнов", ["бывший президент клуба"]),
    ("Слово дали экс-главе района Анне Петровой.", "Петрова", ["бывший глава района"]),
    # a preposition left of the head nearest the name ends the title
    ("Медаль из рук губернатора края Ивана Петрова получил мастер.", "Петров",
     ["губернатор края"]),
]


@pytest.mark.parametrize("text, last, titles", MORE_TITLES)
def test_more_titles(run, text, last, titles):
    person = next(p for p in run(text).people if p.last == last)
    assert [t.normal for t in person.titles] == titles


def test_plural_title_over_a_list(run):
    text = ("Письма вручены членам Общественной палаты края: Светлане Аристовой, "
            "Николаю Бухавцеву и Нине Самариной.")
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == {name: ["член Общественной палаты края"]
                      for name in ("Аристова", "Бухавцев", "Самарина")}


PLURAL_LISTS = [
    # a name written abroad in brackets after a member
    ("Погибли сотрудники полиции Анна Белова (Anna Belova) и Мария Смирнова (Maria Smirnova).",
     {"Белова": ["сотрудник полиции"], "Смирнова": ["сотрудник полиции"]}),
    # a dash after a plural title agreeing in case with the names
    ("Альбом записан с музыкантами оркестра — Петром Сидоровым и Олегом Никитиным.",
     {"Сидоров": ["музыкант оркестра"], "Никитин": ["музыкант оркестра"]}),
    # "среди которых —", coordinated plural titles, a place of origin inside the list
    ("Приехали писатели и критики, среди которых — Иван Петров из Москвы и Олег Смирнов.",
     {"Петров": ["писатель", "критик"], "Смирнов": ["писатель", "критик"]}),
    # a dash with no case agreement is no list of the title
    ("Он говорил о музыкантах оркестра — Петр Сидоров кивнул.", {"Сидоров": []}),
    # "включая" picks members out of a class: no title
    ("Авария помешала многим гонщикам, включая Ивана Петрова.", {"Петров": []}),
]


@pytest.mark.parametrize("text, expected", PLURAL_LISTS)
def test_plural_title_opening_a_list(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


def test_compound_plural_title_over_a_list(run):
    text = "Приедут летчики-космонавты Олег Петров, Иван Смирнов, Павел Орлов."
    heads = {p.last: [t.head for t in p.titles] for p in run(text).people}
    assert heads == {"Петров": ["летчик-космонавт"], "Смирнов": ["летчик-космонавт"],
                     "Орлов": ["летчик-космонавт"]}


@pytest.mark.parametrize("text, expected", [
    # a title, a dash and the name agreeing with it in case, inside a clause; an age between
    ("Медаль досталась российскому фехтовальщику — Тимуру Сафину.",
     {"Сафин": ["российский фехтовальщик"]}),
    ("Победила действующая глава района — 57-летняя Анна Белова.",
     {"Белова": ["действующая глава района"]}),
    ("Интересы Петрова представляет прежний адвокат — Ольга Смирнова.",
     {"Петров": [], "Смирнова": ["прежний адвокат"]}),
    # no agreement: the dash joins two clauses
    ("Он говорил с министром — Иван Петров кивнул.", {"Петров": []}),
    # a bracketed abbreviation or foreign name between the title and the name
    ("Отставку принял глава национальной администрации (ПНА) Иван Петров.",
     {"Петров": ["глава национальной администрации (ПНА)"]}),
    ("Выступил президент Фонда прав человека (Human Rights Foundation) Тор Халворссен.",
     {"Халворссен": ["президент Фонда прав человека (Human Rights Foundation)"]}),
    # a bracketed title of the name before is no part of the next name's title
    ("Пришли Иван Петров (второй тренер) и Олег Смирнов.",
     {"Петров": ["второй тренер"], "Смирнов": []}),
])
def test_title_over_a_dash_or_brackets(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # a title over a preposition of its complement, stacked before a rank in its case
    ("Глава правящего в стране совета маршал Иван Петров уехал.",
     {"Петров": ["глава правящего в стране совета", "маршал"]}),
    ("Вчера председатель созданного при мэрии комитета генерал Анна Белова выступила.",
     {"Белова": ["председатель созданного при мэрии комитета", "генерал"]}),
    # the head before the preposition in another case is someone else's
    ("Президент вручил награду из рук губернатора Ивану Петрову.", {"Петров": []}),
])
def test_stacked_title_over_a_preposition(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


# Stacked titles split before the next title's adjectives, whichever of genitive and accusative
# the tagger read for them ("генсека … | бывшего министра")
@pytest.mark.parametrize("text, expected", [
    ("Решили выдвинуть на пост генсека «газовой ОПЕК» бывшего министра энергетики Игоря "
     "Юсуфова.", {"Юсуфов": ["генсек «газовой ОПЕК»", "министр энергетики"]}),
    ("Поздравили директора школы заслуженного учителя Анну Петрову.",
     {"Петрова": ["директор школы", "учитель"]}),
    ("Наградили главу района бывшего депутата Ивана Петрова.",
     {"Петров": ["глава района", "бывший депутат"]}),
])
def test_stacked_titles_split_before_adjectives(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


@pytest.mark.parametrize("text, expected", [
    # a post word with its genitive title: the person named right after it, else before it
    ("Иван Петров подал в отставку с поста министра финансов.",
     {"Петров": ["министр финансов"]}),
    ("Президент назначит Олега Смирнова на пост директора центра.",
     {"Смирнов": ["директор центра"]}),
    ("Анна Белова, которая в 2010 году занимала пост главы района, уехала.",
     {"Белова": ["глава района"]}),
    ("Губернатор Олег Смирнов предложил на должность вице-губернатора Анну Белову.",
     {"Смирнов": ["губернатор"], "Белова": ["вице-губернатор"]}),
    ("Марию Орлову поздравили с назначением на должность ректора университета.",
     {"Орлова": ["ректор университета"]}),
    # "в качестве" names a role the same way
    ("Анна Белова попробует себя в качестве директора концерта.",
     {"Белова": ["директор концерта"]}),
    ("Иван Петров работал в качестве советника губернатора.",
     {"Петров": ["советник губернатора"]}),
    ("Иван Петров привел этот случай в качестве примера.", {"Петров": []}),
    # the person before gives or seeks the post
    ("Иван Петров предложил на пост министра своего друга.", {"Петров": []}),
    ("Олег Смирнов выставил свою кандидатуру на пост президента клуба.", {"Смирнов": []}),
])
def test_post_phrase(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # a second head joined by "и" inside a title is a title of its own
    ("Дарья Смирнова — дизайнер, издатель и главред журнала.",
     {"Смирнова": ["дизайнер", "издатель и главред журнала", "главред журнала"]}),
    ("Олег Петров — политик и лидер партии «Рассвет».",
     {"Петров": ["политик и лидер партии «Рассвет»", "лидер партии «Рассвет»"]}),
    # "и" inside the complement joins no titles
    ("Иван Петров стал министром финансов и экономики.",
     {"Петров": ["министр финансов и экономики"]}),
])
def test_joined_heads(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # an apposition after an aside in brackets or an age
    ("Вчера уехал Олег Смирнов (Oleg Smirnov) — известный программист.",
     {"Смирнов": ["известный программист"]}),
    ("Юрий Орлов (1962 года рождения) - советник юстиции.", {"Орлов": ["советник юстиции"]}),
    ("Вылетел Фаиз Халид, 34 года, пилот авиакомпании.", {"Халид": ["пилот авиакомпании"]}),
    ("Иван Петров (Москва), директор школы, выступил.", {"Петров": ["директор школы"]}),
    # an aside that says something else ends the apposition
    ("Иван Петров (его брат уехал) — директор школы.", {"Петров": []}),
])
def test_apposition_after_an_aside(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # a plural title after "и других" closes a list: every name of the list holds it
    ("Показали картины Ивана Шишкина, Исаака Левитана и других художников.",
     {"Шишкин": ["художник"], "Левитан": ["художник"]}),
    ("Закон поддержали Иван Петров, Анна Белова и другие депутаты.",
     {"Петров": ["депутат"], "Белова": ["депутат"]}),
    # no list of names before it
    ("Иван Петров встретился с министром и другими гостями.", {"Петров": []}),
])
def test_others_of_a_list(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


# a plural title joined by "и" to a singular noun before one name names others, not the person,
# in any case; a plural in a title's complement, or a class the person is "one of", stays
PLURAL_JOINED = [
    ("Он встретился с депутатами и губернатором Иваном Петровым.",
     {"Петров": ["губернатор"]}),
    ("Спор между журналистами и министром Анной Сидоровой продолжился.",
     {"Сидорова": ["министр"]}),
    ("Врачи и директор больницы Иван Петров выступили.", {"Петров": ["директор больницы"]}),
    ("Спор между полицейскими и 43-летним водителем Иваном Петровым затянулся.",
     {"Петров": ["водитель"]}),
    ("Видно противостояние между полицейскими и 43-летним афроамериканцем Китом Скоттом.",
     {"Скотт": []}),
    ("Председатель союза журналистов и член правления Иван Петров выступил.",
     {"Петров": ["председатель союза журналистов", "член правления"]}),
    ("Писатели и журналисты Иван Петров и Анна Сидорова пришли.",
     {"Петров": ["писатель", "журналист"], "Сидорова": ["писатель", "журналист"]}),
]


@pytest.mark.parametrize("text, expected", PLURAL_JOINED)
def test_a_plural_title_joined_to_a_singular_one(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


CASE_CLASHES = [
    # a genitive name is the complement of a nominative title: the title is someone else's
    ("Заявление сделал представитель Ивана Петрова.", {"Петров": []}),
    # a genitive title after a relation noun belongs to the relative, not to the name
    ("Вчера дочь капитана Анна Петрова выступила.", {"Петрова": []}),
    ("На встречу пришла дочь президента Марию Петрову.", {"Петрова": []}),
    # ... a foreign name the dictionary cannot put into a case too, the tagger reading a
    # nominative
    ("Зять президента Джаред Кушнер прибыл в Израиль.", {"Кушнер": []}),
    ("Дочь президента Иванка Трамп выступила.", {"Трамп": []}),
    # ... a quoted epithet too, the relation noun before its quote
    ('Брат "короля поп-музыки" Жермен Джексон дал интервью.', {"Джексон": []}),
    ("Сестра «железной леди» Мюриэл Тэтчер выступила.", {"Тэтчер": []}),
    ("Мать скончавшегося «короля поп-музыки» Майкла Джексона Кэтрин подала иск.",
     {"Джексон": ["король поп-музыки"], "Кэтрин": []}),
    ("Сын министра Айдар Жумабеков поступил в вуз.", {"Жумабеков": []}),
    # ... unless the name is in the genitive too
    ("Это дом внучки министра Ивана Петрова.", {"Петров": ["министр"]}),
    # a genitive name between a title and another name keeps its own genitive title
    ("Письмо передали помощнику бывшего мэра Ивана Петрова Олегу Смирнову.",
     {"Петров": ["бывший мэр"], "Смирнов": ["помощник бывшего мэра Ивана Петрова"]}),
    ("Выступила первый заместитель Клишаса Людмила Бокова.",
     {"Клишас": [], "Бокова": ["первый заместитель Клишаса"]}),
    # ... and before a genitive name: the title agrees with the name after it
    ("О смерти советника Путина Михаила Лесина стало известно.",
     {"Путин": [], "Лесин": ["советник Путина"]}),
    ("Дом советницы Петрова Анны Сидоровой продан.",
     {"Петров": [], "Сидорова": ["советница Петрова"]}),
    # ... not a genitive the tagger alone reads in a foreign name ("Локхарту" is a dative)
    ("Дом принадлежал пресс-секретарю президента Билла Клинтона Джо Локхарту.",
     {"Клинтон": ["президент"], "Локхарту": []}),
    # a surname the text also names in its nominative: an oblique form after a nominative-only
    # title is the title's complement ("адвокат Кравцова" is Кравцов's lawyer)
    ("Иван Кравцов не пришел в суд. Адвокат Кравцова заявил протест.", {"Кравцов": []}),
    ("Боксер Олег Гусев проиграл. Тренер Гусева ушел.", {"Гусев": ["боксер"]}),
    # ... but the same title agreeing with the name stays its holder's
    ("Иван Кравцов выступил. Слово дали адвокату Кравцову.", {"Кравцов": ["адвокат"]}),
    ("Выступил префект Алексей Александров. Александров ушел.", {"Александров": ["префект"]}),
    # a woman's surname in its own nominative stays the holder's
    ("Иван Панфилов пел. Пресс-секретарь Александра Панфилова сказала.",
     {"Панфилов": [], "Панфилова": ["пресс-секретарь"]}),
    # a name whose own endings are oblique ("Петра", "Нурлана") after a nominative title is its
    # complement, whatever case the tagger reads it in
    ("Адвокат Петра Иванова заявил о невиновности подзащитного.", {"Иванов": []}),
    ("Пресс-секретарь Нурлана Абенова сообщил о визите.", {"Абенов": []}),
    ("Представитель Марии Сидоровой сообщила журналистам.", {"Сидорова": []}),
    # ... in agreement with the title it is the holder's, in any case or gender
    ("Письмо адвоката Петра Иванова пришло.", {"Иванов": ["адвокат"]}),
    ("Встреча с адвокатом Петром Ивановым прошла.", {"Иванов": ["адвокат"]}),
    ("Адвокат Анна Иванова заявила протест.", {"Иванова": ["адвокат"]}),
    # ... and a foreign name the dictionary does not know is no evidence against the tagger
    ("Президент фонда Наттавута Сайкыа сообщил сегодня.", {"Сайкыа": ["президент фонда"]}),
    # a genitive name ending a headline is no complement of a title of the name opening the
    # caption below it
    ("Президент уволил двух генералов полиции по делу Петрова\nИван Петров в зале суда, "
     "8 июня 2019 года", {"Петров": []}),
    # an acting title in the genitive is the holder's, its abbreviation kept
    ("И. о. главы района Иван Петров выступил.", {"Петров": ["и. о. главы района"]}),
    ("И.о. акима области Иван Петров выступил.", {"Петров": ["и.о. акима области"]}),
    ("В нем участвовал и. о. председателя правительства Алексей Смирнов.",
     {"Смирнов": ["и. о. председателя правительства"]}),
    ("Слово дали и. о. директора школы Анне Беловой.", {"Белова": ["и. о. директора школы"]}),
    ("Выступил министр связи и коммуникаций Игорь Петров.",
     {"Петров": ["министр связи и коммуникаций"]}),
    ("Выступил врио губернатора области Иван Петров.", {"Петров": ["врио губернатора области"]}),
]


@pytest.mark.parametrize("text, expected", CASE_CLASHES)
def test_title_and_name_in_clashing_cases(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


PREDICATES = [
    ("Иван Петров стал министром финансов.", "Петров", ["министр финансов"]),
    ("Анна Сидорова была назначена директором школы.", "Сидорова", ["директор школы"]),
    ("Петр Иванов занял пост министра обороны.", "Иванов", ["министр обороны"]),
    ("Валерий Тишков - директор института этнологии.", "Тишков",
     ["директор института этнологии"]),
    ("Бывший спикер палаты представителей, Нэнси Пелоси, выступила.", "Пелоси",
     ["бывший спикер палаты представителей"]),
    ("Выступил писатель и журналист Виктор Шендерович.", "Шендерович",
     ["писатель", "журналист"]),
    ("Среди гостей был авиатор Луи Блерио.", "Блерио", ["авиатор"]),
    # after the name: coordinated adjectives, an adverb, a participle or a relative clause
    # with a title verb
    ("Олег Смирнов — советский и российский футболист.", "Смирнов",
     ["советский и российский футболист"]),
    ("Иван Петров, некогда секретарь обкома, выступил.", "Петров", ["секретарь обкома"]),
    ("Анна Попова, работавшая заместителем министра, выступила.", "Попова",
     ["заместитель министра"]),
    ("Иван Петров, работавший ранее директором школы, выступил.", "Петров",
     ["директор школы"]),
    ("Иван Петров, который сейчас является советником губернатора, выступил.", "Петров",
     ["советник губернатора"]),
    # a participle of no title verb governing the title names a role claimed or a name given,
    # no apposition: none in any gender or case
    ("Иван Петров, представившийся сотрудником банка, выманил деньги.", "Петров", []),
    ("Мошенница Анна Попова, назвавшаяся следователем, позвонила.", "Попова", ["мошенница"]),
    ("Деньги выманила Анна Попова, представившаяся работником соцслужбы.", "Попова", []),
    ("Полиция задержала Ивана Петрова, выдававшего себя за депутата.", "Петров", []),
    ("Иван Петров, прозванный королем рока, выступил.", "Петров", []),
    ("Избиение Ивана Петрова, совершенное полицейским, осудили.", "Петров", []),
    # ... unlike a participle that is a title head itself, or one agreeing with the head
    ("Анна Попова, управляющая банком, выступила.", "Попова", ["управляющая банком"]),
    ("Иван Петров, заведующий кафедрой физики, выступил.", "Петров",
     ["заведующий кафедрой физики"]),
    ("Иван Петров, уважаемый врач, выступил.", "Петров", ["уважаемый врач"]),
    ("Иван Петров, который приехал в Омск, выступил.", "Петров", []),
    # a genitive name inside the title is its complement, not its holder
    ("Олег Смирнов — чиновник из команды Путина.", "Смирнов", ["чиновник из команды"]),
    ("Олег Смирнов — чиновник из команды Путина.", "Путин", []),
    ("Иван Петров, помощник Олега Смирнова, выступил.", "Петров", ["помощник"]),
    # a founder is related to what he founded, holds no position in it; the chain goes on
    ("Выступил Иван Петров, основатель компании.", "Петров", []),
    ("Умер британский музыкант, основатель группы Марк Холлис.", "Холлис",
     ["британский музыкант"]),
    # a singular title before a dash and the name: agreeing in case, or an instrumental
    # whose verb is left out
    ("Кабинет утвержден. Министр юстиции — Олег Смирнов.", "Смирнов", ["министр юстиции"]),
    ("Автором стал Петр Сидоров, а редактором — Иван Петров.", "Петров", ["редактор"]),
    ("Он говорил о директоре школы — Петр Сидоров кивнул.", "Сидоров", []),
    # an acting title spelled out keeps "исполняющий обязанности" and its genitive title
    ("Исполняющий обязанности ректора Иван Петров выступил.", "Петров",
     ["исполняющий обязанности ректора"]),
    ("Иван Петров, исполняющий обязанности главы района, выступил.", "Петров",
     ["исполняющий обязанности главы района"]),
    ("Губернатор назначил Анну Попову временно исполняющей обязанности министра.", "Попова",
     ["временно исполняющая обязанности министра"]),
    ("Исполняющим обязанности мэра назначен Олег Смирнов.", "Смирнов",
     ["исполняющий обязанности мэра"]),
]


@pytest.mark.parametrize("text, last, titles", PREDICATES)
def test_predicates_dashes_and_guessed_heads(run, text, last, titles):
    person = next(p for p in run(text).people if p.last == last)
    assert [t.normal for t in person.titles] == titles


PREDICATES_ACROSS = [
    # the title first, the name after the verb; a plural one goes to the whole list
    ("Главой комитета назначен Иван Петров.", {"Петров": ["глава комитета"]}),
    # an act in the instrumental with its issuer (a name too) opens the sentence
    ("Распоряжением акима области руководителем управления назначен Серик Жаксылыков.",
     {"Жаксылыков": ["руководитель управления"]}),
    ("Приказом министра Ерлана Нуриева от 3 мая директором департамента назначена Алия "
     "Сапарова.", {"Нуриев": ["министр"], "Сапарова": ["директор департамента"]}),
    ("Решением сессии маслихата секретарем маслихата избран Олег Ким.",
     {"Ким": ["секретарь маслихата"]}),
    ("Большинством голосов председателями комиссий избраны Анна Белова и Иван Петров.",
     {"Белова": ["председатель комиссий"], "Петров": ["председатель комиссий"]}),
    # a body's "по"-complement is the title's, no adverbial before the verb
    ("Руководителем управления по делам религий назначен Серик Жаксылыков.",
     {"Жаксылыков": ["руководитель управления по делам религий"]}),
    ("Заместителем председателя Комитета по делам молодежи стала Айгерим Нурланова.",
     {"Нурланова": ["заместитель председателя Комитета по делам молодежи"]}),
    ("Главой комитета по итогам голосования стал Иван Петров.",
     {"Петров": ["глава комитета"]}),
    ("Организаторами выступили Иван Петров и Олег Смирнов.",
     {"Петров": ["организатор"], "Смирнов": ["организатор"]}),
    # a subject pronoun refers to the last person named in the nominative
    ("Иван Петров родился в Омске. В 1990 году он был назначен директором завода.",
     {"Петров": ["директор завода"]}),
    # ... of its gender
    ("Анна Петрова встретила Ивана Смирнова. Позже она стала министром.",
     {"Петрова": ["министр"], "Смирнов": []}),
    # a sentence with no subject of its own: its predicates are said of that person too
    ("Иван Петров родился в Омске. Стал генералом, работал министром.",
     {"Петров": ["генерал", "министр"]}),
    ("Анна Петрова приехала к Ивану Смирнову. Работала врачом.",
     {"Петрова": ["врач"], "Смирнов": []}),
    # a pronoun inside quoted speech is the speaker's, not the narrator's
    ("Иван Петров сказал: «Он был отличным врачом».", {"Петров": []}),
    # the name as the object of the verb, the title after it
    ("Клуб назначил Олега Петрова главным тренером команды.",
     {"Петров": ["главный тренер команды"]}),
    ("Совет одобрил назначение Ивана Петрова на пост министра финансов.",
     {"Петров": ["министр финансов"]}),
    ("Парламент утвердил Ивана Смирнова главой правительства.",
     {"Смирнов": ["глава правительства"]}),
    ("Олег Смирнов покинул пост министра связи.", {"Смирнов": ["министр связи"]}),
    ("Анна Петрова признана лучшей актрисой.", {"Петрова": ["лучшая актриса"]}),
    # ... unless a verb after the title predicates it of another name
    ("В случае избрания Ивана Петрова министром станет Анна Смирнова.",
     {"Петров": [], "Смирнова": []}),
    ("Суд оставил Ивана Петрова под стражей.", {"Петров": []}),
]


@pytest.mark.parametrize("text, expected", PREDICATES_ACROSS)
def test_predicates_across_the_name(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


NOT_TITLES = [
    "Жена Анна Петрова пришла на встречу.",
    "Одна из версий появилась после смерти Егора Свиридова.",
    # a name governed by a preposition has no apposition before it
    "Надежды экспертов на Ивана Петрова не оправдались.",
    # "и" with an honorific before the name: the title is another person's
    "Премьер-министр и мисс Анна Смит поблагодарили врачей.",
    # nationality is no title
    "Боксер проиграл французу Жану Дюпону.",
    "Он встретился с эмигрантом Давидом Сарновым.",
    "На турнир приехал серб Марко Петрович.",
    "Этот пост занимал чеченец Ахмед Исаев.",
    # a relation to another person is no position
    "Иван Петров сменил своего предшественника Олега Смирнова.",
    # origin is no title
    "В суд пришла уроженка Омской области Анна Петрова.",
    # writing a piece is no position
    "Автор статьи Иван Петров ответил на вопросы.",
    # a post run for: "в" + the plural head
    "Выдвинутый в президенты от партии Иван Петров выступил.",
    # a tie to another person
    "Его партнер по фильму Иван Петров пришел на премьеру.",
]


def test_origin_links_the_title_chained_before_it(run):
    (person,) = run("Приехал инженер, уроженец Омска Иван Петров.").people
    assert [t.normal for t in person.titles] == ["инженер"]


@pytest.mark.parametrize("text", NOT_TITLES)
def test_not_titles(run, text):
    assert all(p.titles == () for p in run(text).people)


def test_feminine_profession_is_no_title_of_a_man(run):
    assert run("Актриса Сергей Сенин вышел на сцену.").people[0].titles == ()
    assert [t.head for t in run("Актриса Анна Петрова вышла на сцену.").people[0].titles] == [
        "актриса"]


def test_bare_role_refers_back_to_the_region_head(run):
    text = ("Губернатор Пермского края Виктор Басаргин наградил членов палаты. "
            "Глава региона вручил знак председателю палаты Игорю Кирьянову.")
    people = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert people["Басаргин"] == ["губернатор Пермского края", "глава региона"]
    assert people["Кирьянов"] == ["председатель палаты"]


def test_title_reaches_over_a_known_organization_the_ner_took_for_a_name(run):
    text = "Вчера на свободу вышел оператор Аль-Джазиры Сами аль-Хадж (Sami al-Haj)."
    (person,) = run(text).people
    assert (person.name, [t.normal for t in person.titles]) == \
        ("Сами аль-Хадж", ["оператор Аль-Джазиры"])


def test_genitive_name_after_relation_noun_with_an_indeclinable_word(run):
    # "Чен" has no genitive reading, but both ends of the name are genitives: the title before
    # the relation noun's complement is still the name's
    doc = run("Вчера приехал сын лидера КНДР Ким Чен Ына.")
    person = next(p for p in doc.people if p.name.startswith("Ким"))
    assert [t.normal for t in person.titles] == ["лидер КНДР"]


@pytest.mark.parametrize("text, title", [
    ("Гол забил нападающий «Спартака» Иван Петров.", "нападающий «Спартака»"),
    ("Визит нанес султан Омана Кабус.", "султан Омана"),
])
def test_more_title_words(run, text, title):
    assert title in [t.normal for p in run(text).people for t in p.titles]


@pytest.mark.parametrize("text, expected", [
    # a bare title as the subject of the next sentence refers back to the person named
    ("Иван Петров приехал в Омск. Министр уже заявил, что всё хорошо.", ["министр"]),
    ("Анна Петрова приехала в Омск. 54-летняя актриса рассказала о планах.",
     ["54-летняя актриса"]),
    # the verb's gender clashes with the person's
    ("Анна Петрова приехала в Омск. Министр заявил, что всё хорошо.", []),
    # another person of the kind, or the title of someone else
    ("Иван Петров приехал в Омск. Другой министр заявил, что всё хорошо.", []),
    ("Иван Петров приехал в Омск. Адвокат футболиста заявил о споре.", []),
    # a verb in the present tense or a short adjective tells no gender: the title's does
    ("Иван Петров приехал в Омск. Министр считает, что всё хорошо.", ["министр"]),
    ("Иван Петров подвергся нападению. Журналист уверен, что это не случайно.",
     ["журналист"]),
    ("Анна Белова подверглась нападению. Журналистка уверена, что это не случайно.",
     ["журналистка"]),
    ("Анна Белова приехала в Омск. Певица говорит, что рада.", ["певица"]),
    ("Иван Петров приехал в Омск. Певица говорит, что рада.", []),
    ("Анна Белова приехала в Омск. Министр обязан ответить.", []),
    ("Иван Петров приехал в Омск. Министры считают, что всё хорошо.", []),
    ("Иван Петров приехал в Омск. Другой министр считает, что всё хорошо.", []),
])
def test_subject_title_refers_back(run, text, expected):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare title subject after an adverbial of its sentence refers back too
    ("Иван Петров открыл школу. В прошлом году меценат построил каток.", ["меценат"]),
    ("Анна Петрова открыла школу. За два года журналистка сняла фильм.", ["журналистка"]),
    ("Анна Петрова открыла школу. Позже известная певица дала концерт.",
     ["известная певица"]),
    ("Иван Петров открыл школу. Смысл своей работы бизнесмен видел в помощи.",
     ["бизнесмен"]),
    ("Иван Петров открыл школу. Затем, по словам очевидцев, депутат уехал.", ["депутат"]),
    # the verb's gender clashes, the title is a complement, or it is plural
    ("Анна Петрова открыла школу. В прошлом году меценат построил каток.", []),
    ("Иван Петров открыл школу. На приеме у министра выступили школьники.", []),
    ("Иван Петров открыл школу. В прошлом году меценаты построили каток.", []),
    ("Иван Петров открыл школу. Для жителей села министр нашел деньги.", ["министр"]),
    ("Иван Петров открыл школу. Вчера жена министра уехала в Омск.", []),
])
def test_inner_subject_refers_back(run, text, expected):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == expected


@pytest.mark.parametrize("text, expected", [
    # the bare title that speaks a quote after it refers back to the person named before, of
    # the verb's gender, with its complements; not when a name follows it
    ("Иван Петров выступил на форуме. «Мы поддержим НКО», — заявил министр.", ["министр"]),
    ("Как отметила Анна Белова, волонтеров стало больше. «Нужны льготы», — сказала депутат.",
     ["депутат"]),
    ("Иван Петров открыл школу. «Это наш общий успех», – подчеркнул аким района.",
     ["аким района"]),
    ("Анна Белова выступила на форуме. «Мы поддержим НКО», — заявил министр.", []),
    ("Иван Петров выступил на форуме. «Мы поддержим НКО», — заявили депутаты.", []),
    ("Иван Петров выступил на форуме. «Мы поддержим НКО», — заявил он.", []),
])
def test_speaker_title_refers_back(run, text, expected):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare title after an age adjective refers back to the person named last, in any case
    ("Утром Ивана Петрова нашли дома. 41-летний музыкант уехал в Омск.",
     ["41-летний музыкант"]),
    ("Анна Белова дала интервью. Издание поговорило с 94-летней актрисой театра.",
     ["94-летняя актриса театра"]),
    ("С Иваном Петровым встретились. Вопрос задали 50-летнему министру финансов.",
     ["50-летний министр финансов"]),
    # the adjective's gender clashes with the person's; a name after the title is its own
    ("Анна Белова дала интервью. Издание поговорило с 94-летним актером.", []),
    ("Анна Белова дала интервью. Приехал 58-летний президент Иван Петров.", []),
    # in quoted speech the title is the speaker's business
    ("Анна Белова сказала: «Пришла 40-летняя певица и ушла».", []),
])
def test_age_title_refers_back(run, text, expected):
    person = run(text).people[0]
    assert [t.normal for t in person.titles] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare vocation refers back to the person named last before it, in any case, in its
    # sentence or the two before, when the text names that person most
    ("Иван Петров выступил в Омске. Зрители долго аплодировали певцу.",
     {"Петров": ["певец"]}),
    ("Анна Белова выступила в Омске. У певицы был сольный концерт.",
     {"Белова": ["певица"]}),
    ("Суд вынес приговор Ивану Петрову. Защита политика обжалует решение.",
     {"Петров": ["политик"]}),
    ("Ивана Петрова наградили в Омске. Награду вручили известному хоккеисту из Канады.",
     {"Петров": ["известный хоккеист"]}),
    ("Анну Белову наградили в Омске. Награду вручили знаменитой теннисистке.",
     {"Белова": ["знаменитая теннисистка"]}),
    ("Ивана Петрова знают в Омске. В городе он жил долго. Встречу с писателем перенесли.",
     {"Петров": ["писатель"]}),
    # its gender skips a person of the other ("певица", a feminine adjective or past verb)
    ("Иван Петров встретил Анну Белову. После концерта певица уехала.",
     {"Петров": [], "Белова": ["певица"]}),
    ("Анна Белова встретила Ивана Петрова. Бывший спортсмен сказал, что устал.",
     {"Белова": [], "Петров": ["бывший спортсмен"]}),
    # not said of anyone named: an office ("министр"), a name of its own, several people,
    # another person, quoted speech, or someone other than the person the text names most
    ("Иван Петров приехал в Омск. Встречу с министром отменили.", {"Петров": []}),
    ("Иван Петров приехал в Омск. Встречу с певцом Олегом Смирновым отменили.",
     {"Петров": []}),
    # (several people: each holds it, through plural_description)
    ("Иван Петров и Олег Смирнов сыграли вничью. Оба шахматиста довольны.",
     {"Петров": ["шахматист"], "Смирнов": ["шахматист"]}),
    ("Иван Петров приехал в Омск. Другой певец отказался выступать.", {"Петров": []}),
    ("Выступили дирижёр Иван Петров и пианист — лауреат премии Олег Смирнов.",
     {"Петров": ["дирижёр"]}),
    ("Иван Петров приехал в Омск. Его продюсер отказался выступать.", {"Петров": []}),
    ("Иван Петров сказал: «Певец уехал, а публика осталась».", {"Петров": []}),
    ("Иван Петров приехал в Омск. Петров выступил там. Его встретил Олег Смирнов. "
     "Зрители аплодировали певцу.", {"Петров": [], "Смирнов": []}),
    # three sentences back is too far; the person named most is counted in the passage
    # between blank lines ("Петров" here, not "Смирнов" above); past a blank line, only the
    # person the whole text names most
    ("Иван Петров приехал в Омск. Был вечер. Шёл дождь. Зрители аплодировали певцу.",
     {"Петров": []}),
    ("Олег Смирнов уехал. Смирнов не вернулся.\n\nИван Петров приехал в Омск. "
     "Зрители аплодировали певцу.", {"Петров": ["певец"], "Смирнов": []}),
    ("Иван Петров приехал в Омск.\n\nЗрители аплодировали певцу.", {"Петров": ["певец"]}),
    ("Иван Петров приехал в Омск. Петров выступил.\n\nЗрители долго аплодировали певице.",
     {"Петров": []}),
    ("Олег Смирнов уехал. Смирнов не вернулся. Иван Петров приехал в Омск.\n\n"
     "Зрители аплодировали певцу.", {"Петров": [], "Смирнов": []}),
])
def test_description_refers_back(run, text, expected):
    article = run(text)
    got = {p.last: [t.normal for t in p.titles] for p in article.people}
    assert {last: got.get(last) for last in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # vocations of data/epithet_titles.txt added for the arts, science and service
    ("Иван Петров умер в Феодосии. Живописец скончался в своём доме.",
     {"Петров": ["живописец"]}),
    ("Иван Петров женился. Это пятый брак для сатирика.", {"Петров": ["сатирик"]}),
    ("Анну Белову задержали в Лондоне. Вчера шпионку отпустили под залог.",
     {"Белова": ["шпионка"]}),
    ("Ивана Петрова задержали в Лондоне. Вчера разведчика отпустили.",
     {"Петров": ["разведчик"]}),
    ("Иван Петров приехал в Лондон. Вчера шпионку отпустили под залог.", {"Петров": []}),
])
def test_more_vocations_refer_back(run, text, expected):
    article = run(text)
    got = {p.last: [t.normal for t in p.titles] for p in article.people}
    assert {last: got.get(last) for last in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # a headline (the first line, no full stop) whose bare title subject names nobody: the
    # person the lead names first, in its first sentences, when the text names that person most
    ("Многодетный хакер из Тюмени осуждён за взлом сайтов\n"
     "Суд приговорил Андрея Петрова к двум годам. Петров признал вину.",
     {"Петров": ["многодетный хакер"]}),
    ("Глава компании арестован по делу о коррупции\n"
     "Иван Петров задержан в Москве. Петров отрицает вину.", {"Петров": ["глава компании"]}),
    ("Известная певица вышла замуж\nАнна Белова вышла замуж в субботу. Белова счастлива.",
     {"Белова": ["известная певица"]}),
    # the gender clashes; a full stop (no headline); someone named more; a plural title; the
    # lead names the person too late; the name in the headline takes its own title
    ("Известная певица вышла замуж\nИван Петров женился в субботу. Петров счастлив.",
     {"Петров": []}),
    ("Глава компании арестован по делу о коррупции.\n"
     "Иван Петров задержан в Москве. Петров отрицает вину.", {"Петров": []}),
    ("Глава компании арестован по делу о коррупции\n"
     "Иван Петров задержан в Москве. Олег Смирнов отрицает вину. Смирнов уехал.",
     {"Петров": [], "Смирнов": []}),
    ("Министры уходят в отставку\nИван Петров подал в отставку. Петров устал.",
     {"Петров": []}),
    ("Глава компании арестован по делу о коррупции\nВ Москве прошли обыски. "
     "Полиция ничего не сообщает. Через неделю Иван Петров дал показания.", {"Петров": []}),
    ("Глава компании Иван Петров арестован\nПетров задержан в Москве.",
     {"Петров": ["глава компании"]}),
    # the lead gives the person a title of that head itself: the headline only restates it
    ("Назначен новый руководитель управления образования\nРуководителем управления "
     "образования области назначена Алия Сапарова. Сапарова работала учителем.",
     {"Сапарова": ["руководитель управления образования области", "учитель"]}),
    ("Новый аким района приступил к работе\nАкимом Жамбылского района назначен Ерлан Ахметов. "
     "Ахметов поблагодарил коллег.", {"Ахметов": ["аким Жамбылского района"]}),
])
def test_headline_title_of_the_lead_person(run, text, expected):
    article = run(text)
    got = {p.last: [t.normal for t in p.titles] for p in article.people}
    assert {last: got.get(last) for last in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # a plural instrumental title predicated of a list: every name of the list holds it
    ("Его заместителями – адвокат Иван Петров, политолог Олег Смирнов и врач Анна Белова.",
     {"Петров": ["заместитель", "адвокат"], "Смирнов": ["заместитель", "политолог"],
      "Белова": ["заместитель", "врач"]}),
    ("Заместителями избраны Иван Петров и Анна Белова.",
     {"Петров": ["заместитель"], "Белова": ["заместитель"]}),
    ("Её советниками стали Олег Смирнов, Анна Белова.",
     {"Смирнов": ["советник"], "Белова": ["советник"]}),
    ("Членами жюри — певица Анна Белова и актер Олег Смирнов.",
     {"Белова": ["член", "певица"], "Смирнов": ["член", "актер"]}),
    # a title in commas after a name does not end the list
    ("Его заместителями стали Елена Кузнецова, руководитель фонда, и Асан Тулегенов.",
     {"Кузнецова": ["заместитель", "руководитель"], "Тулегенов": ["заместитель"]}),
    ("Заместителями избраны Анна Белова, директор школы, Олег Смирнов, врач, и Иван Петров.",
     {"Белова": ["заместитель", "директор"], "Смирнов": ["заместитель", "врач"],
      "Петров": ["заместитель"]}),
    # the list ends where the names stop being listed
    ("Призерами стали Анна Белова, которая приехала из Омска, и Олег Смирнов.",
     {"Белова": ["призер"], "Смирнов": []}),
    ("Заместителями стали Иван Петров и Анна Белова, которых поддержал Олег Смирнов.",
     {"Петров": ["заместитель"], "Белова": ["заместитель"], "Смирнов": []}),
])
def test_plural_predicate_over_a_list(run, text, expected):
    people = {p.last: [t.head for t in p.titles] for p in run(text).people}
    assert people == expected


@pytest.mark.parametrize("text, expected", [
    # two predicated titles joined by "и": each is a title, the complement goes with the last
    ("Анна Белова была членом и секретарем Общественного совета.",
     [("член Общественного совета", "membership"),
      ("секретарь Общественного совета", "position")]),
    ("Иван Петров работал юристом и директором фонда «Шанс».",
     [("юрист", "position"), ("директор фонда «Шанс»", "position")]),
    ("Иван Петров родился в Омске. Он был назначен советником и помощником губернатора.",
     [("советник", "position"), ("помощник губернатора", "position")]),
    # a conjunction inside the complement stays in it
    ("Иван Петров стал министром финансов и экономики.",
     [("министр финансов и экономики", "position")]),
    # "и" before something else than a title: one title
    ("Иван Петров стал директором и уехал в Омск.", [("директор", "position")]),
    ("Иван Петров был директором, а его брат стал инженером.", [("директор", "position")]),
    # a list of instrumentals, with adverbs between them, after adverbials of the verb
    ("Анна Белова до 2012 года работала в компании инженером, дизайнером и менеджером.",
     [("инженер", "position"), ("дизайнер", "position"), ("менеджер", "position")]),
    ("Олег Смирнов служил в армии сначала водителем, затем инструктором.",
     [("водитель", "position"), ("инструктор", "position")]),
    ("Иван Петров в 2003 году стал в Омске министром финансов.",
     [("министр финансов", "position")]),
    ("Иван Петров был в Москве с министром финансов.", []),
    # the place of work, then a comma and an adverb of sequence before the title
    ("Серик Ахметов работал в аппарате акима района, затем – главным специалистом отдела.",
     [("главный специалист отдела", "position")]),
    ("Анна Белова трудилась в школе, а потом директором гимназии.",
     [("директор гимназии", "position")]),
    ("Иван Петров работал в школе, затем учился в Москве.", []),
    # "один из" in the complement
    ("Анна Белова была директором одной из крупнейших школ города.",
     [("директор одной из крупнейших школ города", "position")]),
    ("Анну Белову, которая вчера была назначена директором школы, поздравили.",
     [("директор школы", "position")]),
    ("Рауль Кастро переизбран председателем Госсовета Кубы.",
     [("председатель Госсовета Кубы", "position")]),
    # an ordinal in digits before the title; an acting title after a post word
    ("Джордж Буш стал 43-м президентом США.", [("президент США", "position")]),
    ("Андрей Воробьёв назначен на должность исполняющего обязанности губернатора области.",
     [("исполняющий обязанности губернатора области", "position")]),
    # genitives after a post word joined by "а также", "а затем", "и" (an animate genitive the
    # tagger reads as an accusative)
    ("Иван Петров занимает должность директора завода, а также заместителя председателя совета.",
     [("директор завода", "position"), ("заместитель председателя совета", "position")]),
    ("Анна Петрова занимала пост министра финансов, а затем главы администрации.",
     [("министр финансов", "position"), ("глава администрации", "position")]),
    ("Иван Петров занимает должность директора завода, а также квартиру в центре.",
     [("директор завода", "position")]),
])
def test_coordinated_predicate_titles(run, text, expected):
    (person,) = run(text).people
    assert [(t.normal, t.kind) for t in person.titles] == expected


@pytest.mark.parametrize("text, expected", [
    # a prepositional adverbial after a predicated title, then the list goes on
    ("Иван Петров работал инженером в Омске, затем менеджером проектов в Томске.",
     ["инженер", "менеджер проектов"]),
    ("Анна Белова после войны работала врачом в госпитале, а затем судьёй.",
     ["врач", "судья"]),
    ("Мария Ким стала судьёй в 2010 году и председателем суда.", ["судья", "председатель суда"]),
    ("Олег Смирнов был министром в 2001 году, а потом послом.", ["министр", "посол"]),
    ("Сначала Смирнов служил водителем в армии и инструктором в училище.",
     ["водитель", "инструктор"]),
    ("Губернатор назначил Ивана Петрова директором школы в мае, затем заместителем министра.",
     ["директор школы", "заместитель министра"]),
    ("Анна Белова работала врачом в больнице №5; позже — журналистом.", ["врач"]),
    # the adverbial names a body in quotes or in Latin letters, or a bracketed aside follows
    ("Иван Петров работал экспертом в ООО «Свой дом», затем менеджером проектов.",
     ["эксперт", "менеджер проектов"]),
    ("Анна Белова работала аналитиком в компании «Рога и копыта», а также юристом.",
     ["аналитик", "юрист"]),
    ("Анна Белова работала в Yandex инженером и дизайнером.", ["инженер", "дизайнер"]),
    ("Олег Смирнов работал в Google программистом, затем директором.",
     ["программист", "директор"]),
    ("Иван Петров был директором заводов «Юг» («Омск», «Томск»), а также депутатом.",
     ["директор заводов «Юг»", "депутат"]),
    # after the coordinator, an adverbial (and a dash) stands for the verb left out
    ("В 1966 году Иван Петров стал членом-корреспондентом, а в 1990 году — академиком.",
     ["член-корреспондент", "академик"]),
    ("Анна Белова была редактором, а в 2000 году директором журнала.",
     ["редактор", "директор журнала"]),
    ("Олег Смирнов служил водителем, а в 1990-х – инструктором.", ["водитель", "инструктор"]),
    # "с" of a time, not of the instrumental
    ("Алия Жумабаева работала специалистом, а с 2019 года — заместителем руководителя "
     "управления.", ["специалист", "заместитель руководителя управления"]),
    ("Иван Петров был учителем, а с мая директором школы.", ["учитель", "директор школы"]),
    ("Иван Петров работал учителем, а с коллегами дружил.", ["учитель"]),
    # no title after the adverbial: the list ends
    ("Иван Петров работал инженером в Омске, затем в Томске.", ["инженер"]),
    ("Анна Белова была врачом, а в 2000 году уехала в Омск.", ["врач"]),
    ("Иван Петров был директором в Омске, а в Томске открыл школу.", ["директор"]),
])
def test_coordinated_titles_past_an_adverbial(run, text, expected):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == expected


@pytest.mark.parametrize("text, first, second", [
    # the instrumental after another subject's name is that person's, not the list's
    ("Иван Петров работал инженером в Омске, а Анна Белова врачом.", ["инженер"], []),
    ("Анна Белова была судьёй в Омске, и Иван Петров адвокатом.", ["судья"], []),
])
def test_coordinated_titles_past_an_adverbial_stop_at_a_name(run, text, first, second):
    a, b = run(text).people
    assert [t.normal for t in a.titles] == first
    assert [t.normal for t in b.titles] == second


@pytest.mark.parametrize("text, expected", [
    # the title before a predicate verb with an auxiliary or adverbs between them, and after a
    # sentence-opening adverbial
    ("Председателем совета был единогласно избран Иван Петров.", ["председатель совета"]),
    ("Заместителем директора также избрана Анна Белова.", ["заместитель директора"]),
    ("По итогам голосования новым председателем избран Иван Петров.",
     ["новый председатель"]),
    ("В результате выборов секретарем палаты была назначена Анна Белова.",
     ["секретарь палаты"]),
    # ... or a prepositional adverbial, and an adverb is never part of the title
    ("Председателем уже в третий раз подряд стал Иван Петров.", ["председатель"]),
    ("Председателем палаты на первом заседании была избрана Анна Белова.",
     ["председатель палаты"]),
    ("Главой района по итогам голосования стал Иван Петров.", ["глава района"]),
    ("По сообщению пресс-службы, председателем снова стал Иван Петров.", ["председатель"]),
    ("По данным комиссии, секретарем совета назначена Анна Белова.", ["секретарь совета"]),
    ("Секретарем комиссии в этом году назначена Анна Белова.", ["секретарь комиссии"]),
    # a title that is no predicate: the verb is not a title verb, or another name stands first
    ("Председателем совета был недоволен Иван Петров.", []),
    ("Председателем совета в прошлом году был недоволен Иван Петров.", []),
])
def test_inverse_predicate_over_auxiliaries(run, text, expected):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == expected


@pytest.mark.parametrize("text, expected", [
    # the title opens a clause after a comma, "а" or adverbs; an adjective before the name
    ("Премьером стал Иван Хэйг, а министром обороны станет Олег Фокс.",
     {"Хэйг": ["премьер"], "Фокс": ["министр обороны"]}),
    ("Ранее финансовым директором компании был Олег Юдин.",
     {"Юдин": ["финансовый директор компании"]}),
    ("Тренер ушел, новой главой клуба стала журналистка Анна Белова.",
     {"Белова": ["новая глава клуба", "журналистка"]}),
    ("Директором школы назначен 31-летний Аркадий Имреков.",
     {"Имреков": ["директор школы"]}),
    # an instrumental after a preposition is no predicate
    ("Он пришел с министром обороны и уехал, а Иван Петров остался.", {"Петров": []}),
])
def test_inverse_predicate_inside_a_sentence(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # a nominative title over a long genitive chain before a name the tagger may read in
    # another case: the whole title, not the genitive inside it
    ("Председатель совета директоров АО «Научный центр акушерства, гинекологии и "
     "перинатологии» Зауреш Аманжолова.",
     "председатель совета директоров АО «Научный центр акушерства, гинекологии и "
     "перинатологии»"),
    ("Председатель совета директоров ТОО «Береке» Айгуль Омарова выступила.",
     "председатель совета директоров ТОО «Береке»"),
    # a name in the genitive takes the title in its case
    ("Письмо помощника директора Ивана Петрова пришло.", "помощник директора"),
])
def test_a_nominative_title_over_a_genitive_chain(run, text, expected):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == [expected]


@pytest.mark.parametrize("text", [
    # a list of "name – title": each title is of the name before its dash
    "В совет вошли Иван Петров – директор школы, Анна Белова – врач, Олег Смирнов – юрист.",
    "Состав жюри: Иван Петров — директор школы, Анна Белова — врач, Олег Смирнов — юрист.",
    "В совет вошли Иван Петров - директор школы, Анна Белова - врач, Олег Смирнов - юрист.",
])
def test_name_dash_title_list(run, text):
    people = {p.last: [t.head for t in p.titles] for p in run(text).people}
    assert people == {"Петров": ["директор"], "Белова": ["врач"], "Смирнов": ["юрист"]}


@pytest.mark.parametrize("text, expected", [
    # a genitive title head right after another genitive one is its complement, not a second
    # title of the name
    ("Совещание прошло под руководством заместителя премьер-министра Ивана Петрова.",
     ["заместитель премьер-министра"]),
    ("Письмо пришло от помощника первого вице-президента Анны Беловой.",
     ["помощник первого вице-президента"]),
    # in the nominative two heads are two titles
    ("Выступил глава района председатель совета Иван Петров.",
     ["глава района", "председатель совета"]),
])
def test_genitive_title_complement(run, text, expected):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == expected


@pytest.mark.parametrize("text, expected", [
    # a membership is reported with its kind; a family tie is no title at all
    ("Выступил член партии Иван Петров.", [("член партии", "membership")]),
    ("На сцену вышел член семьи Иван Петров.", []),
    ("Представитель династии Иван Петров приехал.", []),
    ("Выступил член правления банка Иван Петров.", [("член правления банка", "membership")]),
    ("Членом жюри стала Анна Петрова.", [("член жюри", "membership")]),
    ("Анна Петрова, член Общественного совета, выступила.",
     [("член Общественного совета", "membership")]),
    # statuses: what a person has won or is
    ("Ветеран труда Олег Ким выступил.", [("ветеран труда", "status")]),
    ("Слово дали лауреату премии «Алтын адам» Асель Омаровой.",
     [("лауреат премии «Алтын адам»", "status")]),
    ("Чемпионка мира по боксу Дина Жолаева вернулась домой.",
     [("чемпионка мира по боксу", "status")]),
    ("Марат Беков, призер олимпиады, выступил.", [("призер олимпиады", "status")]),
    # an honour of the year, whatever its head
    ("Меценатом года признан Марат Беков.", [("меценат года", "status")]),
    ("Учитель года Анна Белова провела урок.", [("учитель года", "status")]),
    ("Награду вручили лучшему тренеру года Олегу Киму.", [("лучший тренер года", "status")]),
    ("Иван Петров стал победителем конкурса.", [("победитель конкурса", "status")]),
    ("Победительницами турнира стали Анна Петрова и Ольга Ким.", None),
    # positions stay positions
    ("Выступил директор школы Иван Петров.", [("директор школы", "position")]),
])
def test_title_kinds(run, text, expected):
    people = run(text).people
    if expected is None:  # each person of a list gets the plural title in the singular
        assert {(t.head, t.kind) for p in people for t in p.titles} == {("победительница",
                                                                         "status")}
        return
    (person,) = people
    assert [(t.normal, t.kind) for t in person.titles] == expected


@pytest.mark.parametrize("text, expected", [
    ("Совет решил снять Ивана Петрова с поста главы комитета.", ["глава комитета"]),
    ("Суд снял Ивана Петрова с выборов.", []),
])
def test_removal_from_a_post_names_the_post(run, text, expected):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == expected


# One sentence per rule of the titles' tables: the rule named on the title with trace=True.
RULE_NAMES = [
    ("На открытии выступил аким города Марат Оспанов.", "Оспанов", "аким города",
     "before_name"),
    ("Приехала вторая заместитель Клишаса Ольга Седова.", "Седова",
     "вторая заместитель Клишаса", "name_complement"),
    ("Выступила директор музея, депутат городского совета Карина Ахметова.", "Ахметова",
     "директор музея", "chained_before"),
    ("Дипломы получили члены жюри: Петр Орлов, Мария Климова.", "Орлов", "член жюри",
     "list_opener"),
    ("Дипломы получили члены жюри: Петр Орлов, Мария Климова.", "Климова", "член жюри",
     "list_over_names"),
    ("Председатель суда — Олег Крылов.", "Крылов", "председатель суда", "dash_title"),
    ("Бывший мэр города, Павел Зуев, открыл выставку.", "Зуев", "бывший мэр города",
     "before_comma"),
    ("Главным тренером назначен Сергей Белов.", "Белов", "главный тренер", "inverse_predicate"),
    ("На сцену вышел Роман Лебедев, который стал ректором университета.", "Лебедев",
     "ректор университета", "after_relative"),
    ("Выступил Андрей Котов, работавший прокурором области.", "Котов", "прокурор области",
     "after_participle"),
    ("Слово взял Тимур Садыков, председатель фонда «Шанс».", "Садыков",
     "председатель фонда «Шанс»", "after_name"),
    ("Слово получил Марат Беков, директор школы, председатель совета ветеранов.", "Беков",
     "председатель совета ветеранов", "apposition_chain"),
    ("Ольга Ершова стала министром культуры.", "Ершова", "министр культуры", "predicate"),
    ("Губернатор назначил Игоря Волкова директором агентства.", "Волков",
     "директор агентства", "object_predicate"),
    ("Юкия Амано был дипломатом и работал консулом Японии.", "Амано", "консул Японии",
     "second_predicate"),
    ("Юрий Балуевский был назначен начальником штаба - заместителем министра.", "Балуевский",
     "заместитель министра", "dashed_predicate"),
    ("Никита Савин родился в Томске. В 2005 году он был назначен послом.", "Савин", "посол",
     "pronoun_subject"),
    ("Никита Савин родился в Томске. Работал инженером, стал директором завода.", "Савин",
     "директор завода", "no_subject"),
    ("Никита Савин родился в Томске. Позже мэр назначил его директором завода.", "Савин",
     "директор завода", "object_pronoun"),
    ("Будучи послом, Никита Савин приехал в Томск.", "Савин", "посол", "gerund_predicate"),
    ("Никита Савин родился в Томске. С 2005 года — посол России.", "Савин",
     "посол России", "dash_biography"),
    ("Никита Савин приехал в Томск. Посол сообщил о переговорах.", "Савин", "посол",
     "subject_title"),
    ("Никита Савин приехал в Томск. Вечером посол сообщил о переговорах.", "Савин", "посол",
     "inner_subject"),
    ("Никита Савин приехал в Томск. «Переговоры прошли хорошо», — сообщил посол.", "Савин",
     "посол", "attribution"),
    ("Никита Савин был юристом и директором завода.", "Савин", "директор завода",
     "coordinated"),
    ("Губернатор области Максим Рябов открыл школу. Глава региона поздравил учителей.",
     "Рябов", "глава региона", "bare_role"),
    ("Никита Савин приехал в Томск. Встречу с певцом перенесли.", "Савин", "певец",
     "description"),
    ("Спасибо за работу.\n\nНикита Савин\nректор академии", "Савин", "ректор академии",
     "signature"),
    ("В состав правления вошли Рустем Омаров и Жанна Ким.", "Ким", "член правления",
     "body_member"),
    ("Утром Фёдора Зимина нашли дома. Соседи 41-летнего музыканта уехали.", "Зимин",
     "41-летний музыкант", "age_title"),
    ("Семён Ковалёв сохранил за собой пост ректора академии.", "Ковалёв", "ректор академии",
     "post_phrase"),
    ("Губернатор назначил министром финансов Семёна Ковалёва.", "Ковалёв", "министр финансов",
     "given_title"),
    ("Выступили эксперты: профессор Инна Рябова и доцент Семён Ковалёв.", "Ковалёв",
     "эксперт", "titled_list"),
    ("Инна Рябова сменила на посту ректора академии Семёна Ковалёва.", "Рябова",
     "ректор академии", "succession"),
    ("Инна Рябова назначена ректором академии вместо Семёна Ковалёва.", "Ковалёв",
     "ректор академии", "predecessor"),
    ("Семён Ковалёв — один из лучших хирургов страны.", "Ковалёв", "лучший хирург страны",
     "one_of"),
    ("Инна Рябова — поэт и переводчик книги.", "Рябова", "переводчик книги", "joined_heads"),
    ("Выступили Павел Зорин, Игорь Лапин и другие депутаты.", "Лапин", "депутат",
     "others_of_list"),
    ("Премию получили Павел Зорин и Игорь Лапин. Работы обоих физиков известны.", "Лапин",
     "физик", "plural_description"),
    ("Глава завода ушёл в отставку\nСемён Ковалёв покинул пост. Ковалёв устал.", "Ковалёв",
     "глава завода", "headline_title"),
    ("Никита Савин родился в Томске. Генерал-полковник.", "Савин", "генерал-полковник",
     "verbless_biography"),
]


@pytest.fixture(scope="module")
def traced():
    import civic_extract

    extractor = civic_extract.Extractor(trace=True)
    cache: dict[str, civic_extract.Article] = {}

    def _run(text: str) -> civic_extract.Article:
        if text not in cache:
            cache[text] = extractor.extract(text)
        return cache[text]

    return _run


def test_every_rule_has_a_sentence():
    from civic_extract.extractors.titles import WINDOWS

    assert {rule for *_, rule in RULE_NAMES} == set(WINDOWS)


@pytest.mark.parametrize("text, last, normal, rule", RULE_NAMES)
def test_rule_names_on_titles(traced, text, last, normal, rule):
    person = next(p for p in traced(text).people if p.last == last)
    assert (normal, rule) in [(t.normal, t.rule) for t in person.titles]


@pytest.mark.parametrize("text, veto, title", [
    ("Выступила актриса Павел Зуев.", "gender_clash", "актриса"),
    ("Выступил член семьи Павел Зуев.", "kin", "член семьи"),
    ("Выдвинутый в депутаты Павел Зуев выступил.", "running_for", "депутаты"),
    ("Приехал основатель компании Павел Зуев.", "link_title", "основатель компании"),
])
def test_vetoed_title_in_the_trace(traced, text, veto, title):
    article = traced(text)
    assert article.people[0].titles == ()
    assert [(e.rule, e.verdict, e.mention.text) for e in article.trace
            if e.kind == "titles"] == [("before_name", veto, title)]


@pytest.mark.parametrize("head, verdict", [("директорами", "kept"), ("основателями", "link_title")])
def test_a_title_past_the_vetoes_claims_its_words(traced, head, verdict):
    # "он" takes the title; "она" finds the same words, already claimed, even by a link title
    # that is not reported
    article = traced(f"Иван Петров и Анна Петрова приехали в Омск. Он и она стали {head} фонда.")
    assert [(e.rule, e.verdict, e.mention.text) for e in article.trace if e.kind == "titles"] == [
        ("pronoun_subject", verdict, f"{head} фонда")]


def _sentence_of(article, offset: int) -> int:
    return next(i for i, s in enumerate(article.sentences) if s.start <= offset < s.stop)


@pytest.mark.parametrize("text", sorted({text for text, *_ in RULE_NAMES} | {
    "Иван Петров родился в Омске. Учился в Томске. Потом он стал министром.",
    "Анна Петрова приехала в Омск. Там она выступила. Актриса рассказала о планах.",
    "Иван Петров родился в Омске. Учился в Томске. Служил в армии. Жил в Москве. "
    "В 1980 году был назначен директором завода.",
}))
def test_title_person_within_its_rule_window(traced, text):
    from civic_extract.extractors.titles import WINDOWS

    article = traced(text)
    for person in article.people:
        for title in person.titles:
            window = WINDOWS[title.rule]
            here = _sentence_of(article, title.mention.start)
            named = [_sentence_of(article, m.start) for m in person.mentions]
            if window is None:
                assert min(named) <= here
            elif window < 0:  # named in the sentences after (a headline's title)
                assert any(here <= s <= here - window for s in named), (title, named)
            else:
                assert any(here - window <= s <= here for s in named), (title, named)


def test_cue_words_are_a_table_a_user_extends():
    import civic_extract
    from civic_extract.errors import DataError

    text = "Иван Петров занял кресло министра финансов."
    assert civic_extract.Extractor().extract(text).people[0].titles == ()
    extended = civic_extract.Extractor(lexicon={"title_cues": ["post_word | кресло"]})
    assert [t.normal for t in extended.extract(text).people[0].titles] == ["министр финансов"]
    with pytest.raises(DataError, match="title_cues"):
        civic_extract.Extractor(lexicon={"title_cues": ["chair | кресло"]}).extract(text)


@pytest.mark.parametrize("text, expected", [
    # the capital a title owes to the start of its sentence is not part of its normal form
    ("Министр спорта Олег Матыцин открыл турнир.", ["министр спорта"]),
    ("Генсек ООН Антониу Гутерриш выступил.", ["генсек ООН"]),
    ("Главой района назначена Анна Белова.", ["глава района"]),
    ("«Аким города Ермек Сапаров открыл школу», — сообщили в акимате.", ["аким города"]),
    # inside a sentence the capital of respect is no proper name either (the text keeps it)
    ("Об этом сказал Президент Касым-Жомарт Токаев.", ["президент"]),
    ("Вчера Аким области Ермек Сапаров открыл школу.", ["аким области"]),
])
def test_a_title_opening_a_sentence_loses_its_capital(run, text, expected):
    (person,) = [p for p in run(text).people if p.titles]
    assert [t.normal for t in person.titles] == expected


@pytest.mark.parametrize("text, expected", [
    # one name, several appositions, each after a comma
    ("На форуме выступил Иван Петров, директор школы, председатель совета ветеранов.",
     ["директор школы", "председатель совета ветеранов"]),
    ("Иван Петров, директор школы, председатель совета ветеранов, выступил первым.",
     ["директор школы", "председатель совета ветеранов"]),
    ("Слово получила Анна Белова, вице-президент палаты, руководитель филиала палаты.",
     ["вице-президент палаты", "руководитель филиала палаты"]),
    # a verb or the next name ends the chain
    ("Иван Петров, директор школы, рассказал о планах.", ["директор школы"]),
    ("Награды получили Иван Петров, директор школы, Анна Белова, учитель.", ["директор школы"]),
])
def test_a_chain_of_appositions(run, text, expected):
    person = run(text).people[0]
    assert [t.normal for t in person.titles] == expected


# A body's make-up ("состав") lists its members: each holds "член" of the body, whatever the
# order, the verb's voice and number, the punctuation before the list, and titles of their own.
BODY_MEMBERS = [
    ("В состав попечительского совета вошли Рустем Омаров, Жанна Ким и Борис Лисицын.",
     {"Омаров": "член попечительского совета", "Ким": "член попечительского совета",
      "Лисицын": "член попечительского совета"}),
    ("В обновленный состав комиссии вошли: Сауле Ахметова, Данияр Ермеков.",
     {"Ахметова": "член комиссии", "Ермеков": "член комиссии"}),
    ("Жанна Ким и Борис Лисицын вошли в состав общественного совета района.",
     {"Ким": "член общественного совета района", "Лисицын": "член общественного совета района"}),
    ("Данияр Ермеков вошел в новый состав правления ОФ «Мейірім».",
     {"Ермеков": "член правления ОФ «Мейірім»"}),
    ("Сауле Ахметова включена в состав рабочей группы.", {"Ахметова": "член рабочей группы"}),
    ("В состав жюри фестиваля были включены Ольга Пак и Нурлан Сеитов.",
     {"Пак": "член жюри фестиваля", "Сеитов": "член жюри фестиваля"}),
    ("В составе делегации — Ольга Пак, Нурлан Сеитов.",
     {"Пак": "член делегации", "Сеитов": "член делегации"}),
    ("В состав совета также вошли врач Ольга Пак и учитель Нурлан Сеитов.",
     {"Пак": "член совета", "Сеитов": "член совета"}),
    ("В состав совета избраны Ольга Пак и Нурлан Сеитов.",
     {"Пак": "член совета", "Сеитов": "член совета"}),
]


@pytest.mark.parametrize("text, expected", BODY_MEMBERS)
def test_body_members(run, text, expected):
    people = {p.last: p for p in run(text).people}
    for last, normal in expected.items():
        member = [t for t in people[last].titles if t.head == "член"]
        assert [(t.normal, t.kind) for t in member] == [(normal, "membership")]


@pytest.mark.parametrize("text", [
    "Ольга Пак рассказала о составе совета.",  # no verb that puts anyone into it
    "В составе команды выступил Нурлан Сеитов.",
    "В состав совета вошли представители НПО. Ольга Пак поддержала решение.",  # not in the list
    "Нурлан Сеитов рассказал, что в состав совета вошел 21 человек.",
])
def test_no_body_members(run, text):
    assert not [t for p in run(text).people for t in p.titles if t.head == "член"]


def test_body_member_text_is_the_make_up(run):
    text = "В состав правления вошла Ольга Пак."
    (person,) = run(text).people
    (title,) = person.titles
    m = title.mention
    assert m is not None and text[m.start:m.stop] == title.text == "состав правления"


# A title named by a post word before the verb ("на должность …"), or named before a pronoun
# that stands for it ("…, им стал …"), is the title of the name after the verb.
POSTS_AND_PRONOUNS = [
    ("На должность секретаря совета утверждена Ольга Пак.", "секретарь совета"),
    ("На пост директора школы назначен Нурлан Сеитов.", "директор школы"),
    ("На должность главного врача больницы был назначен Нурлан Сеитов.",
     "главный врач больницы"),
    ("В прошлом году на пост акима района назначили Нурлана Сеитова.", "аким района"),
    ("Совет избрал председателя, им стала Ольга Пак.", "председатель"),
    ("Палата выбрала нового председателя палаты, им снова стал Нурлан Сеитов.",
     "новый председатель палаты"),
    ("Жюри назвало лучшего волонтера года, им стала Ольга Пак.", "лучший волонтер года"),
]


@pytest.mark.parametrize("text, expected", POSTS_AND_PRONOUNS)
def test_posts_and_pronouns(run, text, expected):
    (person,) = run(text).people
    assert expected in [t.normal for t in person.titles]


@pytest.mark.parametrize("text", [
    "На должность претендует Ольга Пак.",  # no title after the post word
    "Совет избрал председателя, им недовольна Ольга Пак.",  # no title verb
    "Совет обсудил председателей, ими стали Ольга Пак и Нурлан Сеитов.",
])
def test_no_posts_and_pronouns(run, text):
    for person in run(text).people:
        assert "председатель" not in [t.head for t in person.titles]


# A complement that enumerates nouns of one oblique case with commas stays one title; a comma
# before the name or between two titles still parts them.
@pytest.mark.parametrize("text, expected", [
    ("Выступил министр культуры, спорта и туризма Иван Петров.",
     ["министр культуры, спорта и туризма"]),
    ("Пришла начальник отдела по делам молодежи, спорта и туризма Анна Белова.",
     ["начальник отдела по делам молодежи, спорта и туризма"]),
    ("Приветствие зачитал заместитель председателя комитета по образованию, науке и "
     "культуре Олег Смирнов.",
     ["заместитель председателя комитета по образованию, науке и культуре"]),
    ("Выступил директор школы, Иван Петров.", ["директор школы"]),
])
def test_enumerated_complement(run, text, expected):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == expected


# A caption: a nominative title and a full name each of whose words may be a nominative,
# which the tagger reads as a genitive, is the title of the name.
@pytest.mark.parametrize("text, expected", [
    ("Председатель Комитета по делам гражданского общества Алия Галимова",
     ["председатель Комитета по делам гражданского общества"]),
    ("Директор Центра по развитию спорта Марина Ковалева - фото пресс-службы",
     ["директор Центра по развитию спорта"]),
    ("Чиновник из команды Путина заявил об отставке.", []),
])
def test_caption_titles(run, text, expected):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == expected


def test_learned_title_heads_are_loaded_and_not_vetoed():
    """The heads benchmarks/grow_lexicons.py learns head titles, and none is a non-title."""
    from civic_extract.data import lines
    from civic_extract.lexicon import lexicon
    from civic_extract.text.morph import Morphology

    learned = set(lines("titles_learned.txt"))
    titles = lexicon(Morphology()).titles
    assert learned and learned <= titles.titles
    assert not learned & titles.not_titles


def test_a_learned_head_makes_a_title(run):
    (person,) = run("Задержан боевик Ахмед Исаев.").people
    assert [t.head for t in person.titles] == ["боевик"]


# A title that opens its sentence loses the capital it owes to the sentence, a prefixed head
# too; the text keeps it as written.
@pytest.mark.parametrize("text, normal, written", [
    ("Аким Алматы Ерболат Досаев открыл форум.", "аким Алматы", "Аким Алматы"),
    ("Экс-акиму ВКО Бердыбеку Сапарбаеву присвоили звание.", "бывший аким ВКО",
     "Экс-акиму ВКО"),
    ("Экс-министр культуры Иван Петров открыл выставку.", "бывший министр культуры",
     "Экс-министр культуры"),
    ("Председатель ОФ «Шапағат» Анна Белова выступила.", "председатель ОФ «Шапағат»",
     "Председатель ОФ «Шапағат»"),
])
def test_sentence_capital_leaves_the_normal(run, text, normal, written):
    (person,) = run(text).people
    (title,) = person.titles
    assert (title.normal, title.text) == (normal, written)


# A plural title after a name is a class of people beside it, not its apposition, even where
# the tagger reads the plural as a singular (a name in capitals sways it).
@pytest.mark.parametrize("text, last, titles", [
    ("В форуме участвовали аким области Алтай КУЛЬГИНОВ, акимы городов и районов, депутаты.",
     "Кульгинов", ["аким области"]),
    ("Пришли Иван Петров, директора школ и учителя.", "Петров", []),
    ("Выступил Иван Петров, директор школы.", "Петров", ["директор школы"]),
])
def test_plural_after_a_name(run, text, last, titles):
    person = next(p for p in run(text).people if p.last == last)
    assert [t.normal for t in person.titles] == titles


# A title of honour is of kind status: an honorary adjective before any head, or "народный"
# before the heads of honour only ("народный депутат" holds a post).
@pytest.mark.parametrize("text, normal, kind", [
    ("Награду получил заслуженный тренер РК Куралбек Ордабаев.", "заслуженный тренер РК",
     "status"),
    ("Выступила заслуженная артистка России Анна Белова.", "заслуженная артистка России",
     "status"),
    ("Выступила народная артистка Казахстана Жания Аубакирова.",
     "народная артистка Казахстана", "status"),
    ("Выступил народный артист СССР Иван Петров.", "народный артист СССР", "status"),
    ("Выступил народный депутат Иван Петров.", "народный депутат", "position"),
    ("Выступил тренер сборной Иван Петров.", "тренер сборной", "position"),
])
def test_titles_of_honour(run, text, normal, kind):
    (person,) = run(text).people
    assert [(t.normal, t.kind) for t in person.titles] == [(normal, kind)]


# An abbreviation's dot inside a title, a name after it, does not end the title.
@pytest.mark.parametrize("text, normal", [
    ("Выступил председатель Общественного совета г. Алматы Иван Петров.",
     "председатель Общественного совета г. Алматы"),
    ("Выступил Иван Петров, председатель Общественного совета г. Алматы.",
     "председатель Общественного совета г. Алматы"),
    ("Слово дали директору школы им. Абая Ерлану Сапарову.", "директор школы им. Абая"),
    ("Выступил аким Карагандинской обл. Иван Петров.", "аким Карагандинской обл."),
])
def test_dotted_abbreviation_in_a_title(run, text, normal):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == [normal]


# A membership joined by "и" to a second predicated title shares the second's complement.
@pytest.mark.parametrize("text, expected", [
    ("Иван Петров был членом и секретарем совета.", ["член совета", "секретарь совета"]),
    ("Анна Белова была членом и секретарем Общественного совета г. Алматы.",
     ["член Общественного совета г. Алматы", "секретарь Общественного совета г. Алматы"]),
    ("Иван Петров стал директором школы и членом совета.", ["директор школы", "член совета"]),
])
def test_coordinated_titles_share_a_complement(run, text, expected):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == expected


# An adjective or participle the tagger reads as a noun heads a title (data/
# substantive_titles.txt): "ведущий КВН", "управляющий фонда"; not "ведущий эксперт".
@pytest.mark.parametrize("text, last, expected", [
    ("Путин наградил ведущего КВН Александра Маслякова.", "Масляков", ["ведущий КВН"]),
    ("Ведущая Эрин Эндрюс потребовала компенсацию.", "Эндрюс", ["ведущая"]),
    ("Управляющий фонда Доминик Стросс-Кан ушел в отставку.", "Стросс-Кан",
     ["управляющий фонда"]),
    ("Соперником был управляющий Центральным банком Мексики Агустин Карстенс.", "Карстенс",
     ["управляющий Центральным банком Мексики"]),
    ("Письмо получила заведующая кафедрой Анна Белова.", "Белова", ["заведующая кафедрой"]),
    ("Заведующий отделением больницы Олег Смирнов рассказал о пациентах.", "Смирнов",
     ["заведующий отделением больницы"]),
    ("Главным управляющим компании назначен Иван Петров.", "Петров",
     ["главный управляющий компании"]),
])
def test_adjective_used_as_a_title_noun(run, text, last, expected):
    person = next(p for p in run(text).people if p.last == last)
    assert [t.normal for t in person.titles] == expected


@pytest.mark.parametrize("text", [
    "Ведущий эксперт Иван Петров выступил.",
    "Ведущие специалисты и Иван Петров выступили.",
    "Управляющая компания и Иван Петров подписали договор.",
])
def test_adjective_before_a_noun_is_no_title_noun(run, text):
    person = next(p for p in run(text).people if p.last == "Петров")
    assert "ведущий" not in [t.head for t in person.titles]
    assert "управляющий" not in [t.head for t in person.titles]


# A predicate with no subject after an adverbial ("В 2006 году назначен …", "С 1975 по 1977
# работал …"), or one said of "он"/"она", belongs to the person named last, even some
# sentences back, when nobody was named since (a biography).
@pytest.mark.parametrize("text, expected", [
    ("Иван Петров родился в Омске. В 2006 году назначен директором завода.",
     {"Петров": ["директор завода"]}),
    ("Анна Петрова родилась в Омске. В 2006 году назначена прокурором области.",
     {"Петрова": ["прокурор области"]}),
    ("Иван Петров родился в Омске. С 1975 по 1977 работал инженером.",
     {"Петров": ["инженер"]}),
    ("Анна Петрова родилась в Омске. Затем работала учителем, стала директором школы.",
     {"Петрова": ["учитель", "директор школы"]}),
    ("Иван Петров родился в Омске. Окончил институт. Служил в армии. Жил в Москве. "
     "В 1980 году был назначен директором завода.", {"Петров": ["директор завода"]}),
    ("Иван Петров родился в Омске. Окончил институт. Служил в армии. Жил в Москве. "
     "В 1980 году он стал директором завода.", {"Петров": ["директор завода"]}),
    # the gender of the verb skips a woman named since
    ("Иван Петров родился в Омске. Там жила Анна Белова. В 1980 году назначен директором.",
     {"Петров": ["директор"], "Белова": []}),
    # the person named last, further back, is someone else, or of the other gender: no title
    ("Иван Петров родился в Омске. Учился у Олега Смирнова. Служил в армии. Жил в Москве. "
     "В 1980 году назначен директором.", {"Петров": [], "Смирнов": []}),
    ("Иван Петров родился в Омске. В 2006 году назначена директором школы.", {"Петров": []}),
    # further back, only the person the text names most often
    ("Иван Петров родился в Омске. Петров окончил институт. Его учитель — Олег Смирнов. "
     "Служил в армии. Жил в Москве. Был директором завода.",
     {"Петров": [], "Смирнов": ["учитель"]}),
    # a subject in the nominative: the title is its own
    ("Иван Петров родился в Омске. В 2006 году новый ректор назначен директором.",
     {"Петров": []}),
    # the person named last may stand in any case, when the text names that person most
    ("Ивана Петрова хорошо знают в Омске. Петрова уважают. Работал учителем.",
     {"Петров": ["учитель"]}),
    ("Ивана Петрова хорошо знают в Омске. Петрова уважают. Работала учителем.",
     {"Петров": []}),
    ("Соня Сотомайор выросла в Нью-Йорке. Кандидатуру Сотомайор одобрили. "
     "Работала прокурором.", {"Сотомайор": ["прокурор"]}),
    ("Ивана Петрова знают в Омске. Учился у Олега Смирнова. Служил в армии. Жил в Москве. "
     "Работал учителем.", {"Петров": [], "Смирнов": []}),
    # a surname alone has the gender of its first name ("Саша" has two: the tagger decides)
    ("Соня Сотомайор выросла в Нью-Йорке. Сотомайор окончила школу права. "
     "Работала прокурором.", {"Сотомайор": ["прокурор"]}),
    ("Саша Грей выросла в Омске. Грей окончила школу. Работала учителем.",
     {"Грей": ["учитель"]}),
    # a biography's present tense tells no gender: any person named last takes the title
    ("Иван Петров родился в Омске. Является председателем совета директоров.",
     {"Петров": ["председатель совета директоров"]}),
    ("Анна Петрова родилась в Омске. С 2010 года работает тренером сборной.",
     {"Петрова": ["тренер сборной"]}),
    ("Анне Петровой вручили медаль. Работает учителем, является депутатом.",
     {"Петрова": ["учитель", "депутат"]}),
    # a question with a subject after the verb, or a plural present, is no biography line
    ("Мы позвонили Анне Петровой. Работает ли кто-то из врачей в праздники?",
     {"Петрова": []}),
    ("Иван Петров родился в Омске. Работают учителями в школе.", {"Петров": []}),
])
def test_subjectless_predicate_after_an_adverbial(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


@pytest.mark.parametrize("text, expected", [
    # "он" with nobody named in the nominative near it and the text's subject named far back:
    # the one person named, in any case, in its sentence and the one before
    ("Олег Смирнов уехал. Смирнов устал. Смирнов молчит. Была зима. Шёл снег. "
     "Ивану Петрову позвонили из Москвы. Вскоре он стал министром.",
     {"Петров": ["министр"], "Смирнов": []}),
    ("Олег Смирнов уехал. Смирнов устал. Смирнов молчит. Была зима. Шёл снег. "
     "Хотя у Ивана Петрова нет опыта, он стал министром.",
     {"Петров": ["министр"], "Смирнов": []}),
    # two people named there, or the gender clashes: nobody
    ("Олег Смирнов уехал. Смирнов устал. Смирнов молчит. Была зима. Шёл снег. "
     "Хотя у Ивана Петрова и Олега Иванова нет опыта, он стал министром.",
     {"Петров": [], "Иванов": [], "Смирнов": []}),
    ("Олег Смирнов уехал. Смирнов устал. Смирнов молчит. Была зима. Шёл снег. "
     "Анне Беловой позвонили из Москвы. Вскоре он стал министром.",
     {"Белова": [], "Смирнов": []}),
])
def test_pronoun_of_the_only_person_named_near(run, text, expected):
    article = run(text)
    got = {p.last: [t.normal for t in p.titles] for p in article.people}
    assert {last: got.get(last) for last in expected} == expected


# A subjectless predicate or a pronoun past people named in passing (once, as the genitive
# complement of a noun) is said of the text's topic named before them
@pytest.mark.parametrize("text, expected", [
    ("Иван Петров родился в Омске. Ивану Петрову 52 года. В его списке служба в администрации "
     "Бориса Ельцина. После ухода с госслужбы работал адвокатом.",
     {"Петров": ["адвокат"], "Ельцин": []}),
    ("Анна Белова родилась в Омске. Беловой 40 лет. Она училась у профессора Марии Зайцевой. "
     "Затем работала врачом в клинике.", {"Белова": ["врач"], "Зайцева": ["профессор"]}),
    ("Олег Смирнов родился в Томске. Смирнов окончил школу. Он дружил с сыном Петра Орлова. "
     "Позже он стал министром.", {"Смирнов": ["министр"], "Орлов": []}),
    ("Ивану Петрову 52 года. Петров вырос в Омске. Отец Петрова дружил с семьей Бориса Ельцина "
     "и Наины Ельциной. Затем он был назначен послом.", {"Петров": ["посол"], "Ельцин": []}),
    # named twice, in the nominative or as a sentence's own participant: no passing mention
    ("Иван Петров родился в Омске. Ивану Петрову 52 года. Борис Ельцин уехал в Москву. "
     "Затем работал адвокатом.", {"Петров": [], "Ельцин": ["адвокат"]}),
    ("Иван Петров родился в Омске. Ивану Петрову 52 года. Вчера к Борису Ельцину пришли "
     "гости. Затем работал адвокатом.", {"Петров": []}),
    ("Иван Петров родился в Омске. Ивану Петрову 52 года. Он знал семью Бориса Ельцина. "
     "Ельцина помнят все. Затем работал адвокатом.", {"Петров": []}),
])
def test_topic_past_people_named_in_passing(run, text, expected):
    got = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert {last: got.get(last) for last in expected} == expected


# a pronoun's second predicate, past a comma and "где", "и", "а": the pronoun's person's title
@pytest.mark.parametrize("text, expected", [
    ("Иван Петров родился в Омске. Он переехал в Томск, где работал учителем.",
     {"Петров": ["учитель"]}),
    ("Анна Петрова родилась в Омске. Позже она переехала в Томск, где работала врачом.",
     {"Петрова": ["врач"]}),
    ("Анна Петрова родилась в Омске. В 2014 году она переехала в Казань и стала директором "
     "школы.", {"Петрова": ["директор школы"]}),
    ("Иван Петров родился в Омске. Он окончил институт, а затем работал инженером завода.",
     {"Петров": ["инженер завода"]}),
    # the second clause has its own subject, or its verb another gender: not the pronoun's
    ("Иван Петров родился в Омске. Он окончил МГУ, где работал его отец.", {"Петров": []}),
    ("Иван Петров родился в Омске. Он переехал в Томск, где работала учителем его мать.",
     {"Петров": []}),
    ("Иван Петров родился в Омске. Он переехал в Томск, где его сестра работала врачом.",
     {"Петров": []}),
])
def test_pronoun_second_predicate(run, text, expected):
    got = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert {last: got.get(last) for last in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # a biography line "adverbial — title": an adverbial with a pronoun ("До этого"), and
    # "он" before the dash stands for the man it refers to, not only the text's subject
    ("Иван Петров родился в Омске. До этого он — заместитель министра.",
     {"Петров": ["заместитель министра"]}),
    ("Иван Петров родился в Омске. До этого — заместитель министра.",
     {"Петров": ["заместитель министра"]}),
    ("Иван Петров окончил институт. Анна Белова окончила школу. "
     "Сейчас он — профессор университета.", {"Петров": ["профессор университета"], "Белова": []}),
    ("Анна Белова окончила школу. Сейчас он — профессор университета.", {"Белова": []}),
    # an impersonal plural verb after an object pronoun: the person the pronoun stands for
    ("Иван Петров родился в Омске. В 2010 году его назначили директором школы.",
     {"Петров": ["директор школы"]}),
    ("Анна Белова родилась в Омске. В 2010 году её избрали мэром города.",
     {"Белова": ["мэр города"]}),
    ("Иван Петров родился в Омске. Затем его снова назначили директором школы.",
     {"Петров": ["директор школы"]}),
    ("Анна Белова родилась в Омске. В 2010 году его назначили директором школы.",
     {"Белова": []}),
    ("Иван Петров родился в Омске. В 2010 году его отца назначили директором школы.",
     {"Петров": []}),
    ("Иван Петров родился в Омске. В 2010 году их назначили директорами.", {"Петров": []}),
])
def test_biography_lines_through_pronouns(run, text, expected):
    article = run(text)
    got = {p.last: [t.normal for t in p.titles] for p in article.people}
    assert {last: got.get(last) for last in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # a time opened by a preposition that may govern the instrumental ("с 2003 года") is an
    # adverbial between the verb and its title; "с министром" is not
    ("Иван Петров родился в Омске. Он работал в префектуре с 2003 года главным инженером.",
     ["главный инженер"]),
    ("Иван Петров родился в Омске. Он работал с мая 2003 года инженером.", ["инженер"]),
    ("Иван Петров родился в Омске. Он работал с министром инженером.", []),
    # adjectives joined by "и" or a comma: the title is the last one's
    ("Иван Петров родился в Омске. Он являлся высокооплачиваемым и особо ценным агентом "
     "разведки.", ["ценный агент разведки"]),
    ("Иван Петров родился в Омске. Он стал первым и единственным президентом страны.",
     ["единственный президент страны"]),
    ("Анна Белова родилась в Омске. Она была талантливым, опытным врачом.", ["опытный врач"]),
])
def test_predicate_over_adverbials_and_joined_adjectives(run, text, expected):
    person = run(text).people[0]
    assert [t.normal for t in person.titles] == expected


@pytest.mark.parametrize("text, expected", [
    # a biography line with no verb and no name: a title in the nominative, after or before
    # an adverbial, of the person named last (the text's subject)
    ("Иван Петров родился в Омске. Окончил институт. Генерал-полковник.",
     {"Петров": ["генерал-полковник"]}),
    ("Иван Петров родился в Омске. С 2005 года депутат городского совета.",
     {"Петров": ["депутат городского совета"]}),
    ("Иван Петров родился в Омске. Депутат городского совета с 1998 по 2007 год.",
     {"Петров": ["депутат городского совета"]}),
    ("Анна Белова родилась в Омске. Кандидат юридических наук.",
     {"Белова": ["кандидат юридических наук"]}),
    # no full stop (a caption), a plural, someone else named last, quoted speech
    ("Иван Петров родился в Омске. Министр финансов", {"Петров": []}),
    ("Иван Петров родился в Омске. Депутаты городского совета.", {"Петров": []}),
    ("Иван Петров родился в Омске. Учился у Олега Смирнова. Депутат городского совета.",
     {"Петров": [], "Смирнов": []}),
    ("Иван Петров родился в Омске. «Депутат городского совета.»", {"Петров": []}),
])
def test_verbless_biography_line(run, text, expected):
    article = run(text)
    got = {p.last: [t.normal for t in p.titles] for p in article.people}
    assert {last: got.get(last) for last in expected} == expected



# A genitive name alone after a plural title is its complement: the title is of others
# ("представители Путина"); a list of names after it, or "один из" before it, keeps it theirs.
@pytest.mark.parametrize("text, expected", [
    ("Новость опровергли официальные представители Путина.", {"Путин": []}),
    ("Новость была опровергнута официальными представителями Путина.", {"Путин": []}),
    ("Адвокаты Ивана Петрова подали жалобу.", {"Петров": []}),
    ("Наследники Анны Беловой продали акции.", {"Белова": []}),
    ("Встреча министров Ивана Петрова и Олега Смирнова прошла в Омске.",
     {"Петров": ["министр"], "Смирнов": ["министр"]}),
    ("Открылась выставка одного из самых известных художников Константина Сомова.",
     {"Сомов": ["самый известный художник"]}),
    ("Выступил адвокат Иван Петров.", {"Петров": ["адвокат"]}),
])
def test_plural_title_before_a_genitive_name_is_of_others(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# A sentence naming nobody that is an adverbial, a dash and a title in the nominative is a
# line of the biography of the person named last, when the text names that person most.
@pytest.mark.parametrize("text, expected", [
    ("Иван Петров родился в Омске. С 2008 года — первый заместитель министра финансов.",
     {"Петров": ["первый заместитель министра финансов"]}),
    ("Иван Петров родился в Омске. В 1999—2000 гг. — глава администрации района.",
     {"Петров": ["глава администрации района"]}),
    ("Анна Белова родилась в Омске. После войны — санитарка госпиталя.",
     {"Белова": ["санитарка госпиталя"]}),
    ("Иван Петров родился в Омске. Сейчас он — профессор университета.",
     {"Петров": ["профессор университета"]}),
    # more lines of one sentence, after commas
    ("Серик Ахметов родился в Таразе. С 2015 года – заместитель руководителя управления, с 2021 "
     "года – руководитель отдела.",
     {"Ахметов": ["заместитель руководителя управления", "руководитель отдела"]}),
    ("Анна Белова родилась в Омске. В 2001–2005 годах — учитель школы, в 2005–2012 годах — "
     "директор гимназии, с 2012 года — начальник отдела образования.",
     {"Белова": ["учитель школы", "директор гимназии", "начальник отдела образования"]}),
    ("Иван Петров родился в Омске. С 2008 года — директор школы, затем ушёл на пенсию.",
     {"Петров": ["директор школы"]}),
    # the pronoun's gender, someone else named last, a name in the sentence: not his
    ("Иван Петров родился в Омске. Сейчас она — профессор университета.", {"Петров": []}),
    ("Иван Петров родился в Омске. Петров учился у Олега Смирнова. С 2008 года — директор "
     "школы.", {"Петров": [], "Смирнов": []}),
    ("Иван Петров родился в Омске. С 2008 года — директор школы Олег Смирнов.",
     {"Петров": [], "Смирнов": ["директор школы"]}),
])
def test_dash_line_of_a_biography(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# a field after "по" takes its partner after "с" ("по работе с молодежью"); not a "с" of
# another word
@pytest.mark.parametrize("text, expected", [
    ("Ерлан Ахметов работает главным специалистом отдела по работе с населением.",
     ["главный специалист отдела по работе с населением"]),
    ("Анна Белова назначена советником по связям с общественностью.",
     ["советник по связям с общественностью"]),
    ("Анна Белова стала заместителем начальника управления по борьбе с коррупцией.",
     ["заместитель начальника управления по борьбе с коррупцией"]),
    ("Анна Белова работала учителем с 2005 года.", ["учитель"]),
    ("Анна Белова работала менеджером по продажам с мужем.", ["менеджер по продажам"]),
])
def test_field_partner_after_s(run, text, expected):
    person = run(text).people[0]
    assert [t.normal for t in person.titles] == expected


# "один из" + a plural title after a name, over a comma, a dash or a linking verb: the title
# of one of many, in the singular.
@pytest.mark.parametrize("text, expected", [
    ("Иван Петров, один из руководителей компании Ferrero, умер.",
     {"Петров": ["руководитель компании Ferrero"]}),
    ("Иван Петров — один из самых успешных исполнителей.",
     {"Петров": ["самый успешный исполнитель"]}),
    ("Иван Петров является одним из директоров Газпрома.", {"Петров": ["директор Газпрома"]}),
    ("Анна Белова — одна из лучших теннисисток мира.",
     {"Белова": ["лучшая теннисистка мира"]}),
    ("Иван Петров, считающийся одним из заметных политиков, выступил.",
     {"Петров": ["заметный политик"]}),
    # "один из" not said of the name
    ("Иван Петров встретился с одним из министров.", {"Петров": []}),
    ("Иван Петров сказал, что один из министров уйдёт.", {"Петров": []}),
])
def test_one_of_many(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# A post phrase whose holder is named right after a title verb ("Пост министра занимал
# Петров"), or a sentence naming nobody whose subject is "он"/"она" or none.
@pytest.mark.parametrize("text, expected", [
    ("До 2010 года пост министра торговли занимал Иван Петров.",
     {"Петров": ["министр торговли"]}),
    ("Должность директора школы долго занимала Анна Белова.",
     {"Белова": ["директор школы"]}),
    ("Иван Петров родился в Омске. Окончил институт. Служил в армии. С 2006 года он занимал "
     "должность министра иностранных дел.", {"Петров": ["министр иностранных дел"]}),
    ("Иван Петров родился в Омске. Она заняла пост директора.", {"Петров": []}),
    ("Пост директора покинул Иван Петров, его сменил Олег Смирнов.",
     {"Петров": ["директор"], "Смирнов": []}),
    # over the titles before the name
    ("Пост министра займет бывший губернатор Иван Петров.",
     {"Петров": ["министр", "бывший губернатор"]}),
    ("Должность ректора заняла профессор Анна Белова.",
     {"Белова": ["ректор", "профессор"]}),
    ("По данным газеты, пост вице-президента банка займет представитель управления Анна "
     "Белова, сообщили источники.",
     {"Белова": ["вице-президент банка", "представитель управления"]}),
])
def test_post_phrase_holder_after_the_verb(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# A longer aside of a date and a place between a name and its dash (data/aside_words.txt).
@pytest.mark.parametrize("text, expected", [
    ("Дарио Фо (24 марта 1926 года, Санджано, Италия) — итальянский драматург.",
     {"Фо": ["итальянский драматург"]}),
    ("Анна Белова (12 мая 1950 года, Омск) — российская актриса.",
     {"Белова": ["российская актриса"]}),
    ("Иван Петров (1962 года рождения), директор школы, выступил.",
     {"Петров": ["директор школы"]}),
    # an aside with other words, or a long one before no dash
    ("Иван Петров (слева стоят его коллеги по цеху) — директор школы.", {"Петров": []}),
    ("Иван Петров (24 марта 1926 года, Санджано, Италия), директор школы, выступил.",
     {"Петров": []}),
])
def test_dated_aside_before_a_dash(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# A title before its verb, the name after it, across a subordinate clause's "что", an adverb
# or particle, or a nominative noun that is no title ("станет именно Пейдж").
@pytest.mark.parametrize("text, expected", [
    ("Уже известно, что главой компании станет именно Ларри Пейдж.",
     {"Пейдж": ["глава компании"]}),
    ("Предполагается, что ведущим концерта станет Вадим Степанцов.",
     {"Степанцов": ["ведущий концерта"]}),
    ("Стало известно, что директором школы назначена Анна Белова.",
     {"Белова": ["директор школы"]}),
    ("Главным тренером команды стал бывший игрок Иван Петров.",
     {"Петров": ["главный тренер команды", "бывший игрок"]}),
    # the title is no predicate of the name
    ("Известно, что директором школы Иван Петров недоволен.", {"Петров": []}),
    ("Главным тренером стал близкий друг Ивана Петрова.", {"Петров": []}),
])
def test_inverse_predicate_after_a_conjunction(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# Stacked titles before a name in the genitive or the accusative: an animate accusative is
# its genitive, whichever case the tagger gives each word.
@pytest.mark.parametrize("text, expected", [
    ("Сообщили об увольнении командующего Северо-Кавказским военным округом "
     "генерал-полковника Сергея Макарова.",
     {"Макаров": ["командующий Северо-Кавказским военным округом", "генерал-полковник"]}),
    ("Президент наградил директора школы профессора Ивана Петрова.",
     {"Петров": ["директор школы", "профессор"]}),
    ("Журналисты спросили министра финансов генерала Анну Белову.",
     {"Белова": ["министр финансов", "генерал"]}),
    ("Путин наградил министра Ивана Петрова.", {"Петров": ["министр"]}),
])
def test_stacked_titles_in_an_animate_accusative(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# a head of common gender ("глава", "судья", "коллега") says no gender itself: its adjectives
# keep the one they are written in, masculine where a genitive "-ого" also reads as neuter
COMMON_GENDER_HEADS = [
    ("Встреча прежнего главы администрации Ивана Петрова прошла вчера.", "Петров",
     ["прежний глава администрации"]),
    ("Слова прежней главы района Анны Ивановой процитировали.", "Иванова",
     ["прежняя глава района"]),
    ("Решение федерального судьи Олега Смирнова обжаловали.", "Смирнов", ["федеральный судья"]),
    ("Жалобу передали федеральному судье Олегу Смирнову.", "Смирнов", ["федеральный судья"]),
    ("Письмо подписано временной главой города Мариной Орловой.", "Орлова",
     ["временная глава города"]),
    ("Иван Петров, нынешний глава поселка, выступил.", "Петров", ["нынешний глава поселка"]),
]


@pytest.mark.parametrize("text, last, titles", COMMON_GENDER_HEADS)
def test_adjective_of_a_common_gender_head(run, text, last, titles):
    person = next(p for p in run(text).people if p.last == last)
    assert [t.normal for t in person.titles] == titles


@pytest.mark.parametrize("text, expected", [
    # a chain of appositions in an oblique case: the tagger may read an animate head as an
    # accusative and the next as a genitive; both are the name's
    ("Слова Ивана Петрова, известного правозащитника, члена Общественной палаты, привели.",
     {"Петров": ["известный правозащитник", "член Общественной палаты"]}),
    ("Письмо пришло от Анны Беловой, опытного адвоката, председателя коллегии.",
     {"Белова": ["опытный адвокат", "председатель коллегии"]}),
    ("Позвонили Ивану Петрову, известному правозащитнику, члену Общественной палаты.",
     {"Петров": ["известный правозащитник", "член Общественной палаты"]}),
    ("Выступил Иван Петров, известный правозащитник, член Общественной палаты.",
     {"Петров": ["известный правозащитник", "член Общественной палаты"]}),
])
def test_apposition_chain_in_an_oblique_case(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # a participle used as a noun heads a title when it governs an instrumental
    ("Иван Петров, управляющий компанией «Вектор», выступил.",
     {"Петров": ["управляющий компанией «Вектор»"]}),
    ("Управляющий компанией «Вектор» Иван Петров выступил.",
     {"Петров": ["управляющий компанией «Вектор»"]}),
    ("Слово дали Анне Беловой, заведующей выставочным отделом музея.",
     {"Белова": ["заведующая выставочным отделом музея"]}),
    ("Выступил Иван Петров — заведующий кафедрой истории.",
     {"Петров": ["заведующий кафедрой истории"]}),
    # not when it qualifies a noun
    ("Об этом сказал Иван Петров, ведущий эксперт центра.", {"Петров": ["ведущий эксперт центра"]}),
])
def test_participle_title_governing_an_instrumental(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # a title whose complement is a relative pronoun opens a relative clause: no apposition
    ("Движение основал Иван Петров, глава которого сейчас в отпуске.", {"Петров": []}),
    ("Выступила Анна Белова, директор которой уже уволен.", {"Белова": []}),
    ("Приехал Иван Петров, председатель совета, члены которого уехали.",
     {"Петров": ["председатель совета"]}),
])
def test_title_of_a_relative_pronoun_is_no_apposition(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # a title predicated of the name past its apposition
    ("Иван Петров, адвокат из Ричмонда, является президентом ассоциации адвокатов.",
     {"Петров": ["адвокат из Ричмонда", "президент ассоциации адвокатов"]}),
    ("Анна Белова, известный юрист, была назначена судьей Верховного суда.",
     {"Белова": ["известный юрист", "судья Верховного суда"]}),
    ("Иван Петров, директор школы, в 2010 году стал депутатом.",
     {"Петров": ["директор школы", "депутат"]}),
    # no title verb, or another clause
    ("Иван Петров, директор школы, встретился с министром.", {"Петров": ["директор школы"]}),
    ("Приехал Иван Петров, директор школы, где работал учителем его брат.",
     {"Петров": ["директор школы"]}),
    # the name is no subject
    ("Слова Ивана Петрова, директора школы, стали известны.", {"Петров": ["директор школы"]}),
])
def test_predicate_past_the_apposition(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # a prepositional adverbial between the relative pronoun and its verb
    ("Анна Белова, которая с 2006 года была директором школы, уехала.",
     {"Белова": ["директор школы"]}),
    ("Иван Петров, который в 2006 году был директором школы, уехал.",
     {"Петров": ["директор школы"]}),
    ("Иван Петров, который сейчас работает врачом, приехал.", {"Петров": ["врач"]}),
    # an instrumental that is no title
    ("Иван Петров, который с министром был в Москве, уехал.", {"Петров": []}),
])
def test_relative_clause_past_an_adverbial(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # a year or a date in digits inside the adverbial between the verb and its title
    ("Иван Петров стал в 2003 году министром.", {"Петров": ["министр"]}),
    ("Анна Белова станет в 2017 году председателем жюри.", {"Белова": ["председатель жюри"]}),
    ("Анна Белова с 15 мая работает в этой компании инженером.", {"Белова": ["инженер"]}),
    ("Иван Петров был в 2003 году с министром в Москве.", {"Петров": []}),
])
def test_predicate_past_an_adverbial_with_digits(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # a title first, a modal word and an infinitive, then the name
    ("Министром финансов должен стать депутат Иван Петров.",
     {"Петров": ["министр финансов", "депутат"]}),
    ("Главой комитета должна стать Анна Белова.", {"Белова": ["глава комитета"]}),
    ("Председателем должен быть назначен Иван Петров.", {"Петров": ["председатель"]}),
    # a possibility is no title
    ("Главой комитета может стать Анна Белова.", {"Белова": []}),
    ("Новым тренером должна стать Анна Белова, сообщили в клубе.", {"Белова": ["новый тренер"]}),
    # an instrumental that is no title
    ("С министром должен встретиться Иван Петров.", {"Петров": []}),
    # a bracketed aside between the title and its verb
    ("Министром финансов (канцлером казначейства) станет Иван Петров.",
     {"Петров": ["министр финансов"]}),
    ("Главой комитета (его председателем) должна стать Анна Белова.",
     {"Белова": ["глава комитета"]}),
    ("Директором (с 1 мая) назначен Иван Петров.", {"Петров": ["директор"]}),
])
def test_inverse_predicate_after_a_modal(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # titles in the instrumental joined by "и" before their predicate verb: each is the name's
    ("Председателем совета и главой комиссии назначен Иван Петров.",
     {"Петров": ["председатель совета", "глава комиссии"]}),
    ("Президентом и председателем правления избрана Анна Белова.",
     {"Белова": ["президент", "председатель правления"]}),
    ("Его основателем и директором стал Павел Петров.", {"Петров": ["директор"]}),
    ("Заместителями и советниками стали Иван Петров и Анна Белова.",
     {"Петров": ["заместитель", "советник"], "Белова": ["заместитель", "советник"]}),
    # an instrumental that is no title
    ("С министром и его помощником встретился Иван Петров.", {"Петров": []}),
])
def test_coordinated_titles_before_their_predicate(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # a genitive after "и" inside the complement, though the word is no title ("дети")
    ("Глава комитета по делам семьи и детей Елена Белова считает иначе.",
     {"Белова": ["глава комитета по делам семьи и детей"]}),
    ("Глава комитета по вопросам семьи, женщин и детей Елена Белова считает иначе.",
     {"Белова": ["глава комитета по вопросам семьи, женщин и детей"]}),
    ("Слово дали главе комитета по делам семьи и детей Елене Беловой.",
     {"Белова": ["глава комитета по делам семьи и детей"]}),
    # a word after "и" in the name's case is no complement of the title before it
    ("На приём пришли премьер-министр и мисс Саймондс.", {"Саймондс": []}),
])
def test_genitive_after_and_in_a_complement(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # "исполняющий обязанности" in any tense and case, agreeing with the name
    ("Исполнявший обязанности главы погранслужбы Турганбек Стамбеков погиб.",
     {"Стамбеков": ["исполнявший обязанности главы погранслужбы"]}),
    ("Погибли все, в том числе исполнявшая обязанности главы района Анна Белова.",
     {"Белова": ["исполнявшая обязанности главы района"]}),
    ("Слово дали исполнявшему обязанности главы района Ивану Петрову.",
     {"Петров": ["исполнявший обязанности главы района"]}),
    ("Встретились с исполняющим обязанности губернатора Иваном Петровым.",
     {"Петров": ["исполняющий обязанности губернатора"]}),
    ("Слова временно исполняющего обязанности губернатора Ивана Петрова привели.",
     {"Петров": ["временно исполняющий обязанности губернатора"]}),
    # a participle in another case: the title is someone else's
    ("Сын исполняющего обязанности губернатора Иван Петров приехал.", {"Петров": []}),
])
def test_acting_title_in_an_oblique_case(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # prepositional adverbials between the subject and its predicate verb
    ("Иван Петров с 2007 по 2013 год являлся председателем Думы.",
     {"Петров": ["председатель Думы"]}),
    ("Анна Белова в течение десяти лет в крупной компании работала юристом.",
     {"Белова": ["юрист"]}),
    ("Иван Петров вместе с министром финансов был назначен послом.", {"Петров": ["посол"]}),
    # an instrumental that is no title
    ("Иван Петров с министром был в Москве.", {"Петров": []}),
])
def test_predicate_past_the_adverbials_after_the_subject(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # a second verb of the name's clause, after a comma, predicates the title
    ("Иван Петров ранее возглавлял компанию, а в 2010 году был мэром Еревана.",
     {"Петров": ["мэр Еревана"]}),
    ("Анна Белова окончила университет, затем стала судьей.", {"Белова": ["судья"]}),
    ("Анна Белова окончила университет, и в 2015 году стала судьей.", {"Белова": ["судья"]}),
    # another subject, or a verb of another gender
    ("Анна Белова окончила университет, а ее брат стал судьей.", {"Белова": []}),
    ("Анна Белова окончила университет, стал судьей ее брат.", {"Белова": []}),
    # a transitive verb puts its object on the post
    ("Его президент Иван Петров назначил, а затем уволил с поста советника.",
     {"Петров": ["президент"]}),
])
def test_second_predicate_of_the_name(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


@pytest.mark.parametrize("text, expected", [
    # prepositional phrases of one case listed with commas inside a complement
    ("Выступил директор компании в России, на Украине и в Казахстане Иван Петров.",
     {"Петров": ["директор компании в России, на Украине и в Казахстане"]}),
    ("Газета цитирует директора по развитию компании в России, в Белоруссии и Казахстане "
     "Елену Белову.",
     {"Белова": ["директор по развитию компании в России, в Белоруссии и Казахстане"]}),
    # a comma before a clause is no enumeration
    ("Он работал в Москве, в Петербурге Иван Петров был министром.", {"Петров": ["министр"]}),
])
def test_prepositional_enumeration_in_a_complement(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


# "такие X, как A, B и C": each name of the examples holds the plural title, in the singular
EXAMPLE_LISTS = [
    ("На концерте выступили такие артисты, как Иван Петров, Олег Смирнов и Анна Белова.",
     {"Петров": ["артист"], "Смирнов": ["артист"], "Белова": ["артист"]}),
    ("Он работал с такими режиссёрами, как Иван Петров и Олег Смирнов.",
     {"Петров": ["режиссер"], "Смирнов": ["режиссер"]}),
    ("Билеты на концерты таких исполнителей, как Анна Белова, Олег Смирнов, раскупили.",
     {"Белова": ["исполнитель"], "Смирнов": ["исполнитель"]}),
    ("Альбом повлиял на таких групп и музыкантов как Иван Петров и Анна Белова.",
     {"Петров": ["музыкант"], "Белова": ["музыкант"]}),
    ("В жюри вошли такие музыканты, как Иван Петров (Россия), Олег Смирнов (Германия).",
     {"Петров": ["музыкант"], "Смирнов": ["музыкант"]}),
    ("Такие журналистки как Анна Белова и Ольга Смирнова уехали.",
     {"Белова": ["журналистка"], "Смирнова": ["журналистка"]}),
    # no determiner, a clause with "как", or an adjective that judges the class: no title
    ("Депутаты, как сообщил Иван Петров, одобрили закон.", {"Петров": []}),
    ("Играли такие сильные шахматисты, как Иван Петров и Олег Смирнов.",
     {"Петров": [], "Смирнов": []}),
    ("Премию получали такие известные игроки как Иван Петров (2003), Олег Смирнов (2004).",
     {"Петров": [], "Смирнов": []}),
    ("Журналисты спрашивали, как Иван Петров провёл выборы.", {"Петров": []}),
]


@pytest.mark.parametrize("text, expected", EXAMPLE_LISTS)
def test_example_lists(run, text, expected):
    people = {p.last: [t.head for t in p.titles] for p in run(text).people}
    assert people == expected


# a word for where someone comes from, a party or camp, or a tie to another person is no
# title when the lexicon does not know it (it is not guessed from morphology)
NOT_GUESSED = [
    "Приз разделили ирландец Иван Петров и москвичка Анна Белова.",
    "Выступил 23-летний казанец Олег Смирнов.",
    "Гол забил колумбиец Хосе Батиста.",
    "Ему ответила индуска Анна Белова.",
    "Против выступили демократ Иван Петров и консерватор Олег Смирнов.",
    "Оппозиционеру Ивану Петрову присудили компенсацию.",
    "Ранее у жительницы Башкирии Анны Беловой прошёл обыск.",
    "Об этом рассказал сокамерник Ивана Петрова Олег Смирнов.",
]


@pytest.mark.parametrize("text", NOT_GUESSED)
def test_not_guessed_heads(run, text):
    assert all(p.titles == () for p in run(text).people)


def test_unknown_head_still_guessed(run):
    person = run("Выступил гребец Иван Петров.").people[0]
    assert [t.head for t in person.titles] == ["гребец"]


# a post sought, offered or promised is held by nobody named
SOUGHT_POSTS = [
    ("Иван Петров готов вновь бороться за пост премьер-министра.", "Петров", []),
    ("Кандидатом на пост главы района будет Иван Петров.", "Петров", ["кандидат"]),
    ("Иван Петров, номинировавшийся на пост президента, проиграл.", "Петров", []),
    ("Анна Белова претендует на должность директора школы.", "Белова", []),
    ("Олег Смирнов отказался от предложения занять пост губернатора.", "Смирнов", []),
    ("Ивану Петрову пообещали пост министра.", "Петров", []),
    # held posts stay
    ("Иван Петров занял пост премьер-министра.", "Петров", ["премьер-министр"]),
    ("Президент назначил Анну Белову на пост министра.", "Белова", ["министр"]),
    ("Петров подал в отставку с поста губернатора.", "Петров", ["губернатор"]),
]


@pytest.mark.parametrize("text, last, heads", SOUGHT_POSTS)
def test_sought_posts(run, text, last, heads):
    person = next(p for p in run(text).people if p.last == last)
    assert [t.head for t in person.titles] == heads


# a bare plural vocation refers back to the people named together just before it: with a count
# word that counts them, or opening the next sentence as its subject
PLURAL_DESCRIPTIONS = [
    ("Премию получили Иван Петров, Олег Смирнов и Анна Белова. Работы троих учёных изменили "
     "экономику.", {"Петров": ["ученый"], "Смирнов": ["ученый"], "Белова": ["ученый"]}),
    ("Выставка Ивана Петрова и Олега Смирнова откроется завтра. Художники представят работы.",
     {"Петров": ["художник"], "Смирнов": ["художник"]}),
    ("Иван Петров и Анна Белова приехали в Москву. Двое артистов дали концерт.",
     {"Петров": ["артист"], "Белова": ["артист"]}),
    ("Анна Белова и Ольга Смирнова вышли на сцену; вечером оба музыканта уехали.",
     {"Белова": ["музыкант"], "Смирнова": ["музыкант"]}),
    # the count does not fit, a class word leads it, or it does not open the next sentence
    ("Иван Петров и Олег Смирнов приехали в Москву. Трое артистов дали концерт.",
     {"Петров": [], "Смирнов": []}),
    ("Иван Петров встретился с Олегом Смирновым. Многие учёные считают, что это ошибка.",
     {"Петров": [], "Смирнов": []}),
    ("Иван Петров встретился с Олегом Смирновым. Вечером журналисты узнали об этом.",
     {"Петров": [], "Смирнов": []}),
    ("Иван Петров приехал в Москву. Художники представят работы.", {"Петров": []}),
]


@pytest.mark.parametrize("text, expected", PLURAL_DESCRIPTIONS)
def test_plural_descriptions(run, text, expected):
    people = {p.last: [t.head for t in p.titles] for p in run(text).people}
    assert people == expected


# an organization's abbreviation the dictionary reads as a verb ("МОК": мокнуть) stays in the
# title before the name
ABBREVIATED_BODIES = [
    ("Выступили вице-президенты МОК Томас Бах и Олег Смирнов.",
     {"Бах": ["вице-президент МОК"], "Смирнов": ["вице-президент МОК"]}),
    ("Кандидатуру выдвинул вице-президент МОК Томас Бах (Германия).",
     {"Бах": ["вице-президент МОК"]}),
    ("Письмо получила член МОК Анна Белова.", {"Белова": ["член МОК"]}),
]


@pytest.mark.parametrize("text, expected", ABBREVIATED_BODIES)
def test_abbreviated_bodies(run, text, expected):
    people = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert people == expected


# a title chained to the one before the name over ", а ныне", ", ныне", ", а затем"
CHAINED_OVER_JOINTS = [
    ("Документы подписал бывший вице-президент Лукойла, а ныне член Совета Федерации Ралиф "
     "Сафин.", "Сафин", ["бывший вице-президент Лукойла", "член Совета Федерации"]),
    ("Выступил директор школы, ныне депутат маслихата Иван Петров.", "Петров",
     ["директор школы", "депутат маслихата"]),
    ("Письмо получила директор школы, а затем аким района Анна Белова.", "Белова",
     ["директор школы", "аким района"]),
    ("Выступил директор школы, а теперь аким района Иван Петров.", "Петров",
     ["директор школы", "аким района"]),
    # "а" before the name itself opens another clause
    ("Выступил директор школы, а Иван Петров промолчал.", "Петров", []),
    # two posts held together, joined by a spaced dash
    ("Выступил заместитель акима – руководитель аппарата Ерлан Ахметов.", "Ахметов",
     ["заместитель акима", "руководитель аппарата"]),
    ("Заместитель председателя — заведующая секретариатом ассамблеи Алия Сапарова открыла "
     "сессию.", "Сапарова", ["заместитель председателя", "заведующая секретариатом ассамблеи"]),
    ("Письмо вручили первому заместителю председателя – ответственному секретарю партии Ивану "
     "Петрову.", "Петров",
     ["первый заместитель председателя", "ответственный секретарь партии"]),
    # a dash after a name, or a hyphen in a word, joins no post
    ("Иван Петров – директор школы Анна Белова.", "Белова", ["директор школы"]),
    ("Выступил генерал-майор полиции Иван Петров.", "Петров", ["генерал-майор полиции"]),
]


@pytest.mark.parametrize("text, last, normals", CHAINED_OVER_JOINTS)
def test_chained_over_joints(run, text, last, normals):
    person = next(p for p in run(text).people if p.last == last)
    assert [t.normal for t in person.titles] == normals


# two names side by side after a title: the first, one whose words do not decline, is the
# complement of the title of the second
UNDECLINED_COMPLEMENTS = [
    ("Врач Хиллари Клинтон Лиза Бардек сообщила, что всё хорошо.",
     {"Клинтон": [], "Бардек": ["врач"]}),
    ("Пресс-секретарь Хиллари Клинтон Анна Белова ответила журналистам.",
     {"Клинтон": [], "Белова": ["пресс-секретарь"]}),
    ("Первый заместитель Клишаса Людмила Бокова выступила.",
     {"Клишас": [], "Бокова": ["заместитель"]}),
]


@pytest.mark.parametrize("text, expected", UNDECLINED_COMPLEMENTS)
def test_undeclined_complements(run, text, expected):
    people = {p.last: [t.head for t in p.titles] for p in run(text).people}
    assert people == expected


# "один из X" followed by the name behind a dash, a bracket, or a comma (in the case of "один")
ONE_OF_NAMED_AFTER = [
    ("Ранее один из адвокатов потерпевшего — Анна Белова заявила, что обжалует решение.",
     {"Белова": ["адвокат"]}),
    ("Интересна дуэль: один из лучших вратарей (Иван Петров) встретится с Олегом Смирновым.",
     {"Петров": ["вратарь"], "Смирнов": []}),
    ("Судья освободил одного из самых влиятельных боссов клана, 78-летнего Ивана Петрова.",
     {"Петров": ["босс"]}),
    ("Приехала одна из руководительниц фонда – Ольга Смирнова.",
     {"Смирнова": ["руководительница"]}),
    # a comma before a name in another case, or another clause: not that person
    ("Он назвал одного из руководителей компании, но Иван Петров отказался.", {"Петров": []}),
    ("Он назвал одного из руководителей компании, 45-летний Иван Петров отказался.",
     {"Петров": []}),
    ("Суд освободил одного из боссов «Коза Ностры», 78-летнего Франческо Бонура.",
     {"Бонура": ["босс"]}),
    ("Петров встретился с одним из руководителей компании, Олег Смирнов промолчал.",
     {"Петров": [], "Смирнов": []}),
]


@pytest.mark.parametrize("text, expected", ONE_OF_NAMED_AFTER)
def test_one_of_named_after(run, text, expected):
    people = {p.last: [t.head for t in p.titles] for p in run(text).people}
    assert people == expected


# wealth is a status, not a post held
WEALTH_STATUS = [
    ("Американский миллиардер Уоррен Баффет купил компанию.", "Баффет", "миллиардер"),
    ("Компанию купила миллиардерша Анна Белова.", "Белова", None),
    ("Бывший олигарх Михаил Ходорковский выступил.", "Ходорковский", "олигарх"),
    ("Сын мультимиллионера Ивана Петрова уехал.", "Петров", "мультимиллионер"),
    ("Выступил предприниматель Иван Петров.", "Петров", "предприниматель"),
]


@pytest.mark.parametrize("text, last, head", WEALTH_STATUS)
def test_wealth_status(run, text, last, head):
    person = next(p for p in run(text).people if p.last == last)
    kinds = {t.head: t.kind for t in person.titles}
    if head is None:
        assert all(k == "status" for k in kinds.values())
    else:
        assert kinds[head] == ("position" if head == "предприниматель" else "status")


# a plural title listed before a singular title and a name is other people, not a title chained
# to that name; plural titles chain before names of several people, singular ones before one
PLURAL_IN_CHAIN = [
    ("Пришли друзья, представители федеральной власти, глава области Александр Мишарин.",
     {"Мишарин": ["глава области"]}),
    ("Были полпред Иван Ким, представители Госдумы, председатель Совета муфтиев Равиль Гайнутдин.",
     {"Ким": ["полпред"], "Гайнутдин": ["председатель Совета муфтиев"]}),
    ("Пришли сотрудники полиции, депутаты, мэр города Анна Белова.",
     {"Белова": ["мэр города"]}),
    ("Выступили члены совета, председатель комиссии Иван Петров.",
     {"Петров": ["председатель комиссии"]}),
    ("Председатель альянса, депутат парламента Иван Петров выступил.",
     {"Петров": ["председатель альянса", "депутат парламента"]}),
    ("Представители партии, депутаты Иван Петров и Анна Белова выступили.",
     {"Петров": ["представитель партии", "депутат"],
      "Белова": ["представитель партии", "депутат"]}),
]


@pytest.mark.parametrize("text, expected", PLURAL_IN_CHAIN)
def test_plural_in_chain(run, text, expected):
    people = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert people == expected


# a title head shortened with a dot ("зав.", "зам.") runs over the dot to its complement
SHORTENED_HEADS = [
    ("Выступит Виктор Майклсон - зав. кафедрой социальных коммуникаций РГГУ.",
     ["зав. кафедрой социальных коммуникаций РГГУ"]),
    ("Иван Петров, зав. кафедрой истории, выступил.", ["зав. кафедрой истории"]),
    ("Зав. отделением Анна Белова рассказала о лечении.", ["зав. отделением"]),
    ("Иван Петров, зам. министра, выступил.", ["зам. министра"]),
    ("Зам. министра Иван Петров выступил.", ["зам. министра"]),
    # the dot of an abbreviation inside the complement, a name after it
    ("Директор школы им. Абая Иван Петров выступил.", ["директор школы им. Абая"]),
]


@pytest.mark.parametrize("text, expected", SHORTENED_HEADS)
def test_shortened_heads(run, text, expected):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == expected


# a signature: a line that is a name and its title in the nominative, the title on the name's
# line or on its own, after a comma or not
SIGNATURES = [
    ("Пусть победит сильнейший!\n\nКирсан Илюмжинов Президент ФИДЕ\n", ["президент ФИДЕ"]),
    ("Спасибо всем.\n\nАнна Белова\nдиректор школы\n", ["директор школы"]),
    ("Спасибо всем.\n\nАнна Белова,\nглавный редактор журнала", ["главный редактор журнала"]),
    # the line goes on: no signature
    ("Спасибо всем.\nИван Петров директор школы выступил.\n", []),
    ("Итоги.\nИван Петров\nАнна Белова\n", []),
]


@pytest.mark.parametrize("text, expected", SIGNATURES)
def test_signatures(run, text, expected):
    person = run(text).people[0]
    assert [t.normal for t in person.titles] == expected


# a status the person has (a win, an honour) does not make a bare title subject someone else; a
# post of another head does
STATUS_THEN_SUBJECT = [
    ("В номинации «Лучший проект» победителем стал Иван Петров. Волонтёр неоднократно "
     "участвовал в операциях.", [("победитель", "status"), ("волонтёр", "position")]),
    ("Победительницей конкурса стала Анна Белова. Журналистка рассказала о работе.",
     [("победительница конкурса", "status"), ("журналистка", "position")]),
    ("Лауреатом премии стал Иван Петров. Писатель поблагодарил жюри.",
     [("лауреат премии", "status"), ("писатель", "position")]),
    ("Министром стал Иван Петров. Волонтёр неоднократно участвовал в операциях.",
     [("министр", "position")]),
]


@pytest.mark.parametrize("text, expected", STATUS_THEN_SUBJECT)
def test_status_then_subject(run, text, expected):
    (person,) = run(text).people
    assert [(t.normal, t.kind) for t in person.titles] == expected


# a role phrase ("в качестве заместителя") names the role of the subject after any verb, over
# the commas around the phrase, not of the person named before in another clause
ROLE_PHRASES = [
    ("Петров перевёл штаб в Афины, и в его команду, в качестве первого заместителя, входит "
     "Георгиос Макрополус.", {"Петров": [], "Макрополус": ["первый заместитель"]}),
    ("В команду в качестве заместителя вошла Анна Белова.", {"Белова": ["заместитель"]}),
    ("В совет в качестве председателя войдёт Иван Петров.", {"Петров": ["председатель"]}),
    ("Иван Петров пригласил в качестве консультанта Анну Белову.",
     {"Петров": [], "Белова": ["консультант"]}),
    ("Анна Белова работала в компании в качестве инвестиционного менеджера.",
     {"Белова": ["инвестиционный менеджер"]}),
    # a post word of another kind wants a title verb
    ("Петров подал в отставку с поста министра, заявил Иван Сидоров.",
     {"Петров": ["министр"], "Сидоров": []}),
]


@pytest.mark.parametrize("text, expected", ROLE_PHRASES)
def test_role_phrases(run, text, expected):
    people = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert people == expected


# two stacked titles, the first with a prepositional complement, after an opening adverbial
STACKED_AFTER_ADVERBIAL = [
    ("В понедельник наблюдатель от ОБСЕ португальский парламентарий Хуан Суареш сообщил о "
     "выводах.", ["наблюдатель от ОБСЕ", "португальский парламентарий"]),
    ("В интервью «Голосу Америки» наблюдатель от ОБСЕ парламентарий Хуан Суареш выступил.",
     ["наблюдатель от ОБСЕ", "парламентарий"]),
    ("На пресс-конференции глава правящего в Египте совета маршал Хусейн Тантави выступил.",
     ["глава правящего в Египте совета", "маршал"]),
    ("По словам «Интерфакса», председателем избрана Анна Белова.", ["председатель"]),
    # the cases differ: the words before the preposition are no title of the name
    ("В ответ президент вручил из рук губернатора Ивану Петрову награду.", []),
]


@pytest.mark.parametrize("text, expected", STACKED_AFTER_ADVERBIAL)
def test_stacked_after_adverbial(run, text, expected):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == expected


# a bare title subject refers back over the adverbials between it and its verb
SUBJECT_ADVERBIALS = [
    ("Дмитрий Медведев пообещал открыть центры. Глава российского государства во время "
     "экономического форума заявил, что это важно.", ["глава российского государства"]),
    ("Иван Петров приехал в Казань. Министр вчера заявил, что доволен.", ["министр"]),
    ("Анна Белова приехала в Казань. Министр в ходе визита в город заявила, что довольна.",
     ["министр"]),
    ("Анна Белова приехала в Казань. Президент компании в Москве сообщила о сделке.",
     ["президент компании"]),
    ("Иван Петров приехал в Казань. Министр не стал комментировать слухи.", ["министр"]),
    ("Анна Белова приехала в Казань. Директор фабрики вчера не стала отвечать на вопросы.",
     ["директор фабрики"]),
    # a verb of the other gender: someone else
    ("Анна Белова приехала в Казань. Министр в ходе визита в город заявил, что доволен.", []),
    ("Анна Белова приехала в Казань. Министр не стал отвечать на вопросы.", []),
    # a name of its own in the sentence: that one's
    ("Анна Белова приехала в Казань. Министр в ходе визита заявил Ивану Петрову о сделке.", []),
]


@pytest.mark.parametrize("text, expected", SUBJECT_ADVERBIALS)
def test_subject_adverbials(run, text, expected):
    person = run(text).people[0]
    assert [t.normal for t in person.titles] == expected


# an adverb of degree before an adjective of the complement is part of the title
DEGREE_ADVERBS = [
    ("На митинг пришёл лидер крайне правой партии Иван Петров.",
     ["лидер крайне правой партии"]),
    ("Лидера крайне правой партии Ивана Петрова задержали.", ["лидер крайне правой партии"]),
    ("Кандидатом стала лидер французского крайне правого Национального фронта (FN) Марин Ле Пен.",
     ["кандидат", "лидер французского крайне правого Национального фронта (FN)"]),
    ("Иван Петров, глава наиболее влиятельного клана, выступил.",
     ["глава наиболее влиятельного клана"]),
    ("Слово дали руководителю весьма крупной компании Анне Беловой.",
     ["руководитель весьма крупной компании"]),
    # an adverb of the predicate is not
    ("Глава региона Иван Петров крайне недоволен решением.", ["глава региона"]),
    ("Председатель партии крайне недоволен, заявил Иван Петров.", []),
]


@pytest.mark.parametrize("text, expected", DEGREE_ADVERBS)
def test_degree_adverbs(run, text, expected):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == expected


# a rank won or conferred (a chess title, an academy's rank, an honorific) and a fan of a team
# are statuses, not posts held; a job or a chair stays a position
RANKS_AND_FANS = [
    ("Гроссмейстер Иван Петров выиграл турнир.", [("гроссмейстер", "status")]),
    ("Турнир выиграла гроссмейстер из Индии Анна Петрова.",
     [("гроссмейстер из Индии", "status")]),
    ("Первое место занял индийский гроссмейстер Вишванатан Ананд.",
     [("индийский гроссмейстер", "status")]),
    ("В интервью газете академик РАН Роальд Сагдеев назвал сенсацию пустой.",
     [("академик РАН", "status")]),
    ("Член-корреспондент академии наук Ольга Ким выступила с докладом.",
     [("член-корреспондент академии наук", "status")]),
    ("Пока маэстро Раймонд Паулс не принял решения.", [("маэстро", "status")]),
    ("Мастер спорта Олег Ким победил в забеге.", [("мастер спорта", "status")]),
    ("Болельщика «Спартака» Егора Свиридова убили в драке.",
     [("болельщик «Спартака»", "status")]),
    ("На митинг пришла болельщица «Зенита» Анна Белова.",
     [("болельщица «Зенита»", "status")]),
    ("Известный фанат «Динамо» Пётр Сидоров арестован.",
     [("известный фанат «Динамо»", "status")]),
    # a creator, as an author: what a person has made
    ("Презентацию провёл создатель социальной сети Марк Цукерберг.",
     [("создатель социальной сети", "status")]),
    ("Создательница бренда Анна Белова выступила.", [("создательница бренда", "status")]),
    # a rank of nobility
    ("Госпиталь принцессы Марины закрыли.", [("принцесса", "status")]),
    ("На свадьбу приехал принц Гарри.", [("принц", "status")]),
    ("Герцогиня Кембриджская Кейт Миддлтон посетила школу.",
     [("герцогиня Кембриджская", "status")]),
    # a monarch reigns: a position
    ("Король Испании Филипп выступил с речью.", [("король Испании", "position")]),
    # positions stay positions
    ("Профессор Иван Петров прочёл лекцию.", [("профессор", "position")]),
    ("Шахматист Иван Петров выиграл турнир.", [("шахматист", "position")]),
]


@pytest.mark.parametrize("text, expected", RANKS_AND_FANS)
def test_ranks_and_fans(run, text, expected):
    (person,) = run(text).people
    assert [(t.normal, t.kind) for t in person.titles] == expected


# after "был" a passive participle of no title verb takes an agent in the instrumental, no title
PASSIVE_AGENTS = [
    ("Иван Петров был задержан сотрудниками уголовного розыска.", "Петров", []),
    ("Анна Белова была арестована теми самыми чиновниками.", "Белова", []),
    ("Иван Петров был убит охранником.", "Петров", []),
    ("Иван Петров был назначен директором школы.", "Петров", ["директор"]),
    ("Анна Белова была избрана депутатом.", "Белова", ["депутат"]),
    ("Иван Петров был уже выбран председателем партии.", "Петров", ["председатель"]),
    ("Иван Петров был признан лучшим игроком.", "Петров", ["игрок"]),
]


PASSIVE_AGENTS += [
    # a bare description or age title as the agent of a passive participle: someone else
    ("Иван Петров приехал в Омск. Там он был избит музыкантом.", "Петров", []),
    ("Иван Петров погиб в Сирте. Он был убит 18-летним бойцом отряда.", "Петров", []),
    ("Анна Белова приехала в Омск. Её встретили, затем была задержана 30-летним полицейским.",
     "Белова", []),
    ("Иван Петров приехал в Омск. Встречу с музыкантом перенесли.", "Петров", ["музыкант"]),
]


@pytest.mark.parametrize("text, last, heads", PASSIVE_AGENTS)
def test_passive_agents(run, text, last, heads):
    person = next(p for p in run(text).people if p.last == last)
    assert [t.head for t in person.titles] == heads


# a title predicated of the name after it in a clause after "где" or a joint, a possessive
# before the title
INVERSE_AFTER_JOINTS = [
    ("Юлия Ефимова уехала в США, где её тренером стал американец Дэвид Сало.", "Сало",
     ["тренер"]),
    ("Иван Петров вернулся в Омск, где директором школы стала Анна Белова.", "Белова",
     ["директор"]),
    ("Компания сменила владельца, а её директором стал Иван Петров.", "Петров", ["директор"]),
    ("Он сказал, что его заместителем станет Анна Белова.", "Белова", ["заместитель"]),
    ("Юлия Ефимова уехала в США, где её тренером стал американец Дэвид Сало.", "Ефимова", []),
]


@pytest.mark.parametrize("text, last, heads", INVERSE_AFTER_JOINTS)
def test_inverse_after_joints(run, text, last, heads):
    person = next(p for p in run(text).people if p.last == last)
    assert [t.head for t in person.titles] == heads


# a candidacy is a title of kind status, its complement the post run for ("в" + a plural, "на"
# + a post word); the post itself is not held
CANDIDACIES = [
    ("Кандидат в президенты Парагвая Лино Овьедо погиб.", "Овьедо",
     [("кандидат в президенты Парагвая", "status")]),
    ("Листовки в поддержку кандидата в мэры Москвы Алексея Петрова изъяли.", "Петров",
     [("кандидат в мэры Москвы", "status")]),
    ("На выборы вышел кандидат от партии Иван Петров.", "Петров",
     [("кандидат от партии", "status")]),
    ("Выступила кандидатка в депутаты Анна Белова.", "Белова",
     [("кандидатка в депутаты", "status")]),
    ("Были представлены кандидаты на должность акима – Марат Ахметов и Мурат Балпан.",
     "Балпан", [("кандидат на должность акима", "status")]),
    ("Выступил кандидат исторических наук Иван Петров.", "Петров",
     [("кандидат исторических наук", "status")]),
]


@pytest.mark.parametrize("text, last, titles", CANDIDACIES)
def test_candidacies(run, text, last, titles):
    person = next(p for p in run(text).people if p.last == last)
    assert [(t.normal, t.kind) for t in person.titles] == titles


# "исполнять/выполнять обязанности X": a post held, the title in the genitive after it
ACTED_DUTIES = [
    ("Как ожидается, Ларс Расмуссен будет исполнять обязанности главы правительства Дании.",
     "Расмуссен", ["глава правительства Дании"]),
    ("В 1999 году Александр Браверман выполнял обязанности главы Минимущества.", "Браверман",
     ["глава Минимущества"]),
    ("Анна Белова временно исполняла обязанности директора школы.", "Белова",
     ["директор школы"]),
    # the duties of a post, no one acting in it
    ("Иван Петров рассказал, что обязанности директора школы расширены.", "Петров", []),
    ("Исполняющий обязанности губернатора Иван Петров приехал.", "Петров",
     ["исполняющий обязанности губернатора"]),
]


@pytest.mark.parametrize("text, last, normals", ACTED_DUTIES)
def test_acted_duties(run, text, last, normals):
    person = next(p for p in run(text).people if p.last == last)
    assert [t.normal for t in person.titles] == normals


@pytest.mark.parametrize("text, expected", [
    # a title verb's gerund predicates its title of the clause's subject, before or after it
    ("Будучи министром, Иван Петров часто ездил в Омск.", ["министр"]),
    ("Иван Петров, будучи министром, часто ездил в Омск.", ["министр"]),
    ("Будучи игроком «Зенита», Иван Петров выступал за сборную.", ["игрок «Зенита»"]),
    ("Являясь депутатом, Анна Белова не имела права работать", ["депутат"]),
    ("Анна Белова выиграла чемпионат, став лучшим бомбардиром турнира.",
     ["лучший бомбардир турнира"]),
    ("Иван Петров родился в Омске. Он выиграл турнир, став лучшим бомбардиром.",
     ["лучший бомбардир"]),
    ("Анна Белова родилась в Омске. Она вышла на сцену, будучи известной певицей.",
     ["известная певица"]),
    # no title after the gerund; the pronoun's gender clashes; the name before is no subject
    ("Будучи в Омске, Иван Петров посетил завод.", []),
    ("Анна Белова родилась в Омске. Он вышел на сцену, будучи известным певцом.", []),
])
def test_gerund_predicates(run, text, expected):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == expected


def test_gerund_predicate_not_of_an_object():
    from civic_extract import extract
    article = extract("Иван Петров встретил Олега Смирнова, будучи министром.")
    assert [[t.normal for t in p.titles] for p in article.people] == [[], []]


# A participle used as a title noun after a predicate verb: its adjectives are skipped up to
# it, not past it ("главным управляющим банка"); it may govern an instrumental.
SUBSTANTIVE_PREDICATES = [
    ("Иван Петров назначен главным управляющим банка.", "Петров", "управляющий"),
    ("Анна Петрова назначена главным управляющим банка.", "Петрова", "управляющий"),
    ("Иван Петров стал управляющим банком.", "Петров", "управляющий"),
    ("Анна Петрова стала заведующей отделением больницы.", "Петрова", "заведующая"),
    ("Вчера Иван Петров был назначен новым управляющим фондом", "Петров", "управляющий"),
    ("Иван Петров стал ведущим экспертом фонда.", "Петров", "эксперт"),
    ("Иван Петров назначен главным управляющим директором банка.", "Петров", "директор"),
]


@pytest.mark.parametrize("text, last, head", SUBSTANTIVE_PREDICATES)
def test_substantive_predicate(run, text, last, head):
    person = next(p for p in run(text).people if p.last == last)
    assert head in [t.head for t in person.titles]


@pytest.mark.parametrize("text, last", [
    ("Иван Петров стал ведущим игроком нападения.", "Петров"),
    ("Анна Петрова стала ведущей актрисой театра.", "Петрова"),
])
def test_substantive_predicate_not_title(run, text, last):
    person = next(p for p in run(text).people if p.last == last)
    assert "управляющий" not in [t.head for t in person.titles] and \
        "ведущий" not in [t.head for t in person.titles]


# a title's phrase stops at an age before its head ("61-летняя певица"): the age says nothing of
# the post; the adjectives between the age and the head stay ("бывший министр")
@pytest.mark.parametrize("text, name, normal", [
    ("61-летняя певица Анна Петрова выступила.", "Анна Петрова", "певица"),
    ("Выступил 56-летний бывший министр финансов Иван Петров.", "Иван Петров",
     "бывший министр финансов"),
    ("Слово дали 40-летнему директору школы Ивану Петрову.", "Иван Петров", "директор школы"),
    ("Семидесятилетний писатель Иван Петров умер.", "Иван Петров", "писатель"),
    ("Бывший министр Иван Петров выступил.", "Иван Петров", "бывший министр"),
])
def test_a_title_stops_at_an_age(run, text, name, normal):
    person = next(p for p in run(text).people if p.name == name)
    assert [t.normal for t in person.titles] == [normal]


def test_a_summer_adjective_is_no_age(run):
    text = "Летний вожатый Иван Петров открыл смену."
    person = next(p for p in run(text).people if p.name == "Иван Петров")
    assert [t.normal.lower() for t in person.titles] in ([], ["летний вожатый"])


# a feminine title goes with a woman's name even where the tagger reads the name as a man's
# (after words it does not know); it never goes with a man's
@pytest.mark.parametrize("text, expected", [
    ("Грамоту получила журналистка газеты «Сарыарқа самалы» Айгерим Нурланова.",
     {"Айгерим Нурланова": ["журналистка газеты «Сарыарқа самалы»"]}),
    ("Грамотой наградили журналистку газеты «Сарыарқа самалы» Айгерим Нурланову.",
     {"Айгерим Нурланова": ["журналистка газеты «Сарыарқа самалы»"]}),
    ("Выступила студентка колледжа «Жас Өркен» Гульнара Сейтказина.",
     {"Гульнара Сейтказина": ["студентка колледжа «Жас Өркен»"]}),
    ("Грамоту получила журналистка Айгерим Нурланова.",
     {"Айгерим Нурланова": ["журналистка"]}),
    ("Актриса Иван Петров выступил.", {"Иван Петров": []}),
    ("Грамоту получила журналистка газеты «Сарыарқа самалы» Иван Петров.",
     {"Иван Петров": []}),
])
def test_feminine_title_by_the_name_read(run, text, expected):
    assert {p.name: [t.normal for t in p.titles] for p in run(text).people} == expected


# the feminine of a title head heads a title of its own, in any case and order
@pytest.mark.parametrize("text, expected", [
    ("Выступила учительница школы «Жас Өркен» Анна Петрова.",
     {"Анна Петрова": ["учительница школы «Жас Өркен»"]}),
    ("Грамоту вручили воспитательнице детского сада Гульнаре Сейтовой.",
     {"Гульнара Сейтова": ["воспитательница детского сада"]}),
    ("Анна Петрова, переводчица посольства, приехала в Омск.",
     {"Анна Петрова": ["переводчица посольства"]}),
    ("С предпринимательницей Айгуль Нурлановой встретился аким.",
     {"Айгуль Нурланова": ["предпринимательница"]}),
    # a wife named by her husband's rank is no title
    ("Полковница Анна Петрова приехала в Омск.", {"Анна Петрова": []}),
])
def test_feminine_heads(run, text, expected):
    assert {p.name: [t.normal for t in p.titles] for p in run(text).people} == expected


def test_feminine_heads_table_is_consistent():
    """Each feminine head is a feminine animate noun of its own lemma, made from a head of the
    title tables."""
    from civic_extract.data import lines
    from civic_extract.text.morph import Morphology

    morph = Morphology()
    heads = {h.replace("ё", "е") for h in (*lines("titles.txt"), *lines("titles_learned.txt"))}
    rows = [tuple(x.strip() for x in line.split("|")) for line in lines("titles_feminine.txt")]
    assert len(rows) > 50
    for fem, masc in rows:
        assert masc in heads, masc
        assert any(p.pos == "NOUN" and {"femn", "anim"} <= p.grams and
                   p.normal.replace("ё", "е") == fem
                   for p in morph.parse(fem)), fem


# an age between the title and the name describes the person: it ends the title
@pytest.mark.parametrize("text, expected", [
    ("Бывший полковник разведки 66-летний Сергей Скрипаль дал интервью.",
     {"Сергей Скрипаль": ["бывший полковник разведки"]}),
    ("Министр иностранных дел 75-летняя Анна Петрова приехала.",
     {"Анна Петрова": ["министр иностранных дел"]}),
    ("Интервью дал директор завода 54-летний Иван Петров.",
     {"Иван Петров": ["директор завода"]}),
    ("Встретились с председателем совета 60-летним Иваном Петровым.",
     {"Иван Петров": ["председатель совета"]}),
])
def test_age_before_the_name_ends_the_title(run, text, expected):
    assert {p.name: [t.normal.lower() for t in p.titles] for p in run(text).people} == expected


# adjectives joined by "и" before the head belong to the title, in the nominative with it
@pytest.mark.parametrize("text, expected", [
    ("Чрезвычайный и полномочный посол Японии Дзюн Ямада приехал.",
     {"Дзюн Ямада": ["чрезвычайный и полномочный посол японии"]}),
    ("Он встретился с чрезвычайным и полномочным послом Японии Дзюном Ямадой.",
     {"Дзюн Ямада": ["чрезвычайный и полномочный посол японии"]}),
    ("Грамоту вручили чрезвычайному и полномочному послу Анне Петровой.",
     {"Анна Петрова": ["чрезвычайный и полномочный посол"]}),
    # "и" after a noun joins two titles
    ("Министр и заслуженный артист Иван Петров выступил.",
     {"Иван Петров": ["министр", "заслуженный артист"]}),
])
def test_adjectives_joined_before_the_head(run, text, expected):
    assert {p.name: [t.normal.lower() for t in p.titles] for p in run(text).people} == expected


# A succession verb with a post phrase: its subject holds the post named (the object has it
# from post_phrase); after "на этом посту" the object holds the post the sentence predicates of
# the subject; the name after "вместо" held the post the sentence predicates of someone else
# (data/title_cues.txt: successor_verb, predecessor_mark).
@pytest.mark.parametrize("text, expected", [
    ("Анна Белова сменила на посту ректора академии Семёна Ковалёва.",
     {"Белова": ["ректор академии"], "Ковалёв": ["ректор академии"]}),
    ("Семён Ковалёв сменит на должности директора завода Анну Белову.",
     {"Ковалёв": ["директор завода"], "Белова": ["директор завода"]}),
    ("Парламент выразил доверие Олегу Смирнову, сменившему на посту премьер-министра "
     "Ивана Петрова.", {"Смирнов": ["премьер-министр"], "Петров": ["премьер-министр"]}),
    ("На посту главного тренера клуба его сменит Олег Смирнов.",
     {"Смирнов": ["главный тренер клуба"]}),
    ("Олег Смирнов стал мэром Омска, сменив на этом посту Ивана Петрова.",
     {"Смирнов": ["мэр Омска"], "Петров": ["мэр Омска"]}),
    ("Анна Белова станет ректором академии, сменив на этой должности 70-летнего Ивана "
     "Петрова.", {"Белова": ["ректор академии"], "Петров": ["ректор академии"]}),
    ("Олег Смирнов назначен министром финансов вместо ушедшего в отставку Ивана Петрова.",
     {"Смирнов": ["министр финансов"], "Петров": ["министр финансов"]}),
    ("Совет утвердил Анну Белову председателем правления вместо Ивана Петрова.",
     {"Белова": ["председатель правления"], "Петров": ["председатель правления"]}),
    ("Вместо Ивана Петрова, капитаном команды стал Олег Смирнов.",
     {"Петров": ["капитан команды"], "Смирнов": ["капитан команды"]}),
    ("Министром обороны вместо Ивана Петрова назначен Олег Смирнов.",
     {"Петров": ["министр обороны"], "Смирнов": ["министр обороны"]}),
    # the predecessor's post without the adjectives of the new holder's
    ("Новым главой района стала Анна Белова, сменившая на этом посту Ивана Петрова.",
     {"Белова": ["новый глава района"], "Петров": ["глава района"]}),
    ("Иван Петров назначен и. о. министра транспорта вместо Олега Смирнова.",
     {"Петров": ["и. о. министра транспорта"], "Смирнов": ["министр транспорта"]}),
    ("Иван Петров назначен исполняющим обязанности главы района вместо Олега Смирнова.",
     {"Петров": ["исполняющий обязанности главы района"], "Смирнов": ["глава района"]}),
    ("Иван Петров станет четвёртым главой ведомства вместо Олега Смирнова.",
     {"Петров": ["четвёртый глава ведомства"], "Смирнов": ["глава ведомства"]}),
    # no post predicated, or none named: nothing passes on
    ("Олег Смирнов вышел на поле вместо Ивана Петрова.", {"Смирнов": [], "Петров": []}),
    ("Иван Петров, ставший министром, выступил на заседании вместо Олега Смирнова.",
     {"Петров": ["министр"], "Смирнов": []}),
    ("Новым мэром стал бывший вице-губернатор Иван Петров вместо Олега Смирнова.",
     {"Петров": ["новый мэр", "бывший вице-губернатор"], "Смирнов": ["мэр"]}),
    ("Олег Смирнов сменил тренера Ивана Петрова.", {"Смирнов": [], "Петров": ["тренер"]}),
    ("Олег Смирнов сменил на этом посту Ивана Петрова.", {"Смирнов": [], "Петров": []}),
    ("Вместо Ивана Петрова на встречу пришёл Олег Смирнов.", {"Петров": [], "Смирнов": []}),
])
def test_succession(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# A hyphenated title word joining a post and an affiliation is the title of the post and the
# status of the affiliation; a first half naming the sex is no part of the title
# (data/title_compounds.txt).
@pytest.mark.parametrize("text, expected", [
    ("Депутат-единоросс Иван Петров внёс законопроект.", {"Петров": ["депутат", "единоросс"]}),
    ("Его выдвинул президент-республиканец Джордж Буш.",
     {"Буш": ["президент", "республиканец"]}),
    ("Суд допросил шпиона-перебежчика Бориса Карпова.", {"Карпов": ["шпион", "перебежчик"]}),
    ("Сенатору-демократу Анне Беловой вручили письмо.", {"Белова": ["сенатор", "демократ"]}),
    ("Анна Белова — первая женщина-президент Чили.", {"Белова": ["первая президент Чили"]}),
    ("Известный политик-популист Олег Смирнов выступил.",
     {"Смирнов": ["известный политик", "популист"]}),
    # two posts, or a post and its specialty, stay one title
    ("Инженер-электрик Иван Петров пришёл на завод.", {"Петров": ["инженер-электрик"]}),
    ("Писатель-сатирик Олег Смирнов выступил.", {"Смирнов": ["писатель-сатирик"]}),
])
def test_compound_titles(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# A name whose words disagree in case reads in the case of its first word when that is a first
# name the dictionary knows: after a title in another case it is the title's complement, and
# the title is the name's before it ("сотрудник музея Марии Кюри").
@pytest.mark.parametrize("text, expected", [
    ("Олег Смирнов, сотрудник музея Марии Кюри, выступил на открытии.",
     {"Смирнов": ["сотрудник музея"], "Кюри": []}),
    ("Анна Белова, помощница Ивана Франк, выступила.",
     {"Белова": ["помощница"], "Франк": []}),
    # a nominative first name, or an indeclinable one, still holds the title before it
    ("Тренер Антонио Конте уехал в Лондон.", {"Конте": ["тренер"]}),
    ("Директор музея Мария Кюри выступила.", {"Кюри": ["директор музея"]}),
])
def test_first_name_case(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# A comma before the dash after a name is one separator ("Анна Белова, — член парламента").
@pytest.mark.parametrize("text, expected", [
    ("Партией руководила Анна Белова, — член парламента и вице-президент союза.",
     {"Белова": ["член парламента и вице-президент союза", "вице-президент союза"]}),
    ("Победителем стал Иван Петров (Ivan Petrov), — директор школы.",
     {"Петров": ["победитель", "директор школы"]}),
    ("Выступила Анна Белова, – глава района.", {"Белова": ["глава района"]}),
    # a dash after a comma that opens speech is no title's
    ("«Мы начнём завтра», — сказал Иван Петров.", {"Петров": []}),
])
def test_comma_dash_after_name(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# A plural title (or one a count word counts) before a list opener over names with titles of
# their own: each name holds it too.
@pytest.mark.parametrize("text, expected", [
    ("В совет вошли депутаты: председатель комитета Анна Белова и секретарь Иван Петров.",
     {"Белова": ["депутат", "председатель комитета"], "Петров": ["депутат", "секретарь"]}),
    ("На пост претендовали три священника: 54-летний доктор богословия, епископ Иван Петров, "
     "и 60-летний юрист, иеромонах Олег Смирнов.",
     {"Петров": ["священник", "доктор богословия", "епископ"],
      "Смирнов": ["священник", "юрист", "иеромонах"]}),
    ("Выступили эксперты — профессор Анна Белова, доцент Мария Смирнова.",
     {"Белова": ["эксперт", "профессор"], "Смирнова": ["эксперт", "доцент"]}),
    # over a relative clause after the plural title, without "других"
    ("Среди других депутатов, которых поддержала партия, — председатель комитета Анна Белова "
     "и секретарь Иван Петров.",
     {"Белова": ["депутат", "председатель комитета"], "Петров": ["депутат", "секретарь"]}),
    ("Среди политиков-республиканцев — губернатор штата Иван Петров, губернатор округа Олег "
     "Смирнов.", {"Петров": ["политик", "республиканец", "губернатор штата"],
                  "Смирнов": ["политик", "республиканец", "губернатор округа"]}),
    # a singular title, or a name with no title of its own, is another rule's
    ("Выступил эксперт: профессор Анна Белова.", {"Белова": ["профессор"]}),
    ("Пришли гости: профессор Анна Белова и Иван Петров.",
     {"Белова": ["профессор"], "Петров": []}),
])
def test_titled_list(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# A second head joined by "и" to a link title that is not reported is a title of its own.
@pytest.mark.parametrize("text, expected", [
    ("Иван Петров, основатель и директор центра, выступил.", {"Петров": ["директор центра"]}),
    ("Анна Белова — основатель и руководитель компании «Север».",
     {"Белова": ["руководитель компании «Север»"]}),
    ("Основатель и главный редактор журнала Иван Петров выступил.",
     {"Петров": ["главный редактор журнала"]}),
    ("Выступил Иван Петров, основатель компании.", {"Петров": []}),
])
def test_joined_to_link_title(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# A second predicate after a colon: "занимал много постов: был министром, …".
@pytest.mark.parametrize("text, expected", [
    ("Иван Петров занимал много постов: был начальником штаба, главой МВД и министром.",
     {"Петров": ["начальник штаба", "глава МВД", "министр"]}),
    ("Анна Белова сменила несколько мест работы: была учителем, директором школы.",
     {"Белова": ["учитель", "директор школы"]}),
    # the verbs disagree in gender: the second is someone else's
    ("Иван Петров рассказал о сестре: была учителем.", {"Петров": []}),
])
def test_second_predicate_after_colon(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# "и других" closes a list of one name or more, over a count word; "наряду с другими" too.
@pytest.mark.parametrize("text, expected", [
    ("Выступили Иван Петров, Олег Смирнов и другие депутаты.",
     {"Петров": ["депутат"], "Смирнов": ["депутат"]}),
    ("Собеседование провели с Иваном Петровым и другими руководителями.",
     {"Петров": ["руководитель"]}),
    ("Гонорар Анны Беловой и двух других актрис вырос.", {"Белова": ["актриса"]}),
    ("Гонорары Анны Беловой, Марии Смирновой и трёх других актрис выросли.",
     {"Белова": ["актриса"], "Смирнова": ["актриса"]}),
    ("В 1996 году Петров наряду с другими руководителями республики был обвинён.",
     {"Петров": ["руководитель"]}),
    # no title, or no "другие" over the list
    ("Иван Петров и другие гости приехали.", {"Петров": []}),
    ("Встреча Ивана Петрова с другими министрами прошла.", {"Петров": []}),
])
def test_others_of_list_variants(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# An abbreviated acting phrase after a title verb opens a genitive title, kept as written.
@pytest.mark.parametrize("text, expected", [
    ("Иван Петров назначен и. о. министра транспорта.",
     {"Петров": ["и. о. министра транспорта"]}),
    ("Анна Белова стала врио губернатора области.", {"Белова": ["врио губернатора области"]}),
    ("Ольга Смирнова работала и.о. прокурора республики.",
     {"Смирнова": ["и.о. прокурора республики"]}),
    ("Иван Петров назначен исполняющим обязанности главы района.",
     {"Петров": ["исполняющий обязанности главы района"]}),
])
def test_acting_abbreviation_after_verb(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# A title, a comma, an age, then the name.
@pytest.mark.parametrize("text, expected", [
    ("Со своего поста ушел вице-губернатор края, 35-летний Иван Петров.",
     {"Петров": ["вице-губернатор края"]}),
    ("Обвинения предъявлены старшему эксперту филиала, 62-летнему Олегу Смирнову.",
     {"Смирнов": ["старший эксперт филиала"]}),
    ("Из зала вышла директор школы, 50-летняя Анна Белова.", {"Белова": ["директор школы"]}),
    ("Пришли соседи, 45-летний Иван Петров.", {"Петров": []}),
])
def test_comma_age_before_name(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# A title a transitive title verb gives its object named after the title.
@pytest.mark.parametrize("text, expected", [
    ("Президент назначил министром обороны Ивана Петрова.", {"Петров": ["министр обороны"]}),
    ("Совет избрал председателем правления бывшего губернатора Анну Белову.",
     {"Белова": ["председатель правления", "бывший губернатор"]}),
    ("Президент назначил начальником штаба генерала Олега Смирнова.",
     {"Смирнов": ["начальник штаба", "генерал"]}),
    ("Собрание утвердило директором школы Марию Смирнову.", {"Смирнова": ["директор школы"]}),
    # a reflexive possessive says whose post it is, and is no part of the title
    ("Рада избрала своим новым спикером Ивана Петрова.", {"Петров": ["новый спикер"]}),
    ("Совет избрал своим председателем Анну Белову.", {"Белова": ["председатель"]}),
    # the name in the nominative is the subject; other verbs give no title
    ("Министром обороны назначил Ивана Петрова президент Олег Смирнов.",
     {"Петров": [], "Смирнов": ["президент"]}),
    ("Президент наградил орденом Ивана Петрова.", {"Петров": []}),
    ("Суд признал виновным Ивана Петрова.", {"Петров": []}),
])
def test_given_title(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


def test_headline_title_goes_to_the_leads_subject(run):
    text = ("Новый директор завода назначен в Омске\n\nПриказом министра Андрея Смирнова "
            "назначен Иван Петров. Петров раньше работал инженером.")
    titles = {p.name: [t.normal.lower() for t in p.titles] for p in run(text).people}
    assert titles["Андрей Смирнов"] == ["министр"]
    assert "новый директор завода" in titles["Иван Петров"]
    # the lead gives the title itself, after the act and its issuer: the headline restates it
    text = text.replace("назначен Иван", "директором завода назначен Иван")
    titles = {p.name: [t.normal.lower() for t in p.titles] for p in run(text).people}
    assert titles["Иван Петров"] == ["директор завода", "инженер"]


# A title predicated of the name after it may open a clause after a prepositional adverbial
# that follows a comma or a conjunction.
@pytest.mark.parametrize("text, expected", [
    ("Известно, что в 2012 году председателем комитета избран Иван Петров.",
     {"Петров": ["председатель комитета"]}),
    ("Иван Петров уехал, а в мае главой района стала Анна Белова.",
     {"Петров": [], "Белова": ["глава района"]}),
    ("Сообщается, что на заседании совета директором назначен Олег Смирнов.",
     {"Смирнов": ["директор"]}),
    # a preposition before the title makes it no predicate's
    ("Известно, что в мае с председателем комитета встретился Иван Петров.", {"Петров": []}),
])
def test_inverse_predicate_after_clause_adverbial(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# A post phrase before a succession verb: its subject after it, or its object after a subject
# noun before it, holds the post.
@pytest.mark.parametrize("text, expected", [
    ("На посту директора школы Ивана Петрова сменила Анна Белова.",
     {"Петров": ["директор школы"], "Белова": ["директор школы"]}),
    ("На новой должности главного инженера завода директор сменил Олега Смирнова.",
     {"Смирнов": ["главный инженер завода"]}),
    ("На посту главы района его сменит Мария Смирнова.", {"Смирнова": ["глава района"]}),
])
def test_succession_post_before_verb(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# "вместо", "кроме", "помимо" open an adverbial, never a title's complement.
@pytest.mark.parametrize("text, expected", [
    ("Совет утвердил Ивана Петрова председателем совета министров вместо 86-летнего Олега "
     "Смирнова.", {"Петров": ["председатель совета министров"],
                   "Смирнов": ["председатель совета министров"]}),
    ("На встрече помимо министров выступил Иван Петров.", {"Петров": []}),
    # a title predicated over such a phrase before its verb
    ("Новым руководителем ведомства вместо отправленного в отставку Ивана Петрова стал "
     "директор департамента Олег Смирнов.",
     {"Петров": ["руководитель ведомства"],
      "Смирнов": ["новый руководитель ведомства", "директор департамента"]}),
])
def test_adverbial_prepositions_end_titles(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


# A verb of being after a plural title opens a list of names (data/title_cues.txt: list_opener).
@pytest.mark.parametrize("text, expected", [
    ("В числе приглашённых артистов были Иван Петров, Анна Белова и Олег Смирнов.",
     {"Петров": ["приглашённый артист"], "Белова": ["приглашённый артист"],
      "Смирнов": ["приглашённый артист"]}),
    ("Среди задержанных оказались журналисты Иван Петров и Анна Белова.",
     {"Петров": ["журналист"], "Белова": ["журналист"]}),
    ("Среди пострадавших оказались Иван Петров и Анна Белова.", {"Петров": [], "Белова": []}),
])
def test_list_opened_by_being(run, text, expected):
    assert {p.last: [t.normal for t in p.titles] for p in run(text).people} == expected


def test_compound_halves_are_a_table_a_user_extends():
    import civic_extract
    from civic_extract.errors import DataError

    text = "Депутат-анархист Иван Петров выступил."
    extended = civic_extract.Extractor(lexicon={"title_compounds": ["affiliation | анархист"]})
    assert [t.normal for t in extended.extract(text).people[0].titles] == ["депутат", "анархист"]
    with pytest.raises(DataError, match="title_compounds"):
        civic_extract.Extractor(lexicon={"title_compounds": ["party | анархист"]}).extract(text)


# a title's complement may end in an eponym with initials or a particle ("имени М. Ауэзова",
# "им. аль-Фараби"): the title runs over it to the name after it; a lowercase hyphenated title
# after an eponym is a title of its own
@pytest.mark.parametrize("text, name, title", [
    ("Лекцию прочитал профессор университета имени М. Ауэзова Зауре Ибрагимова.",
     "Зауре Ибрагимова", "профессор университета имени М. Ауэзова"),
    ("Выступил ректор университета им. Л. Н. Гумилева Ерлан Сыдыков.", "Ерлан Сыдыков",
     "ректор университета им. Л. Н. Гумилева"),
    ("Лекцию прочитала профессор КазНУ имени аль-Фараби Зауре Ибрагимова.",
     "Зауре Ибрагимова", "профессор КазНУ имени аль-Фараби"),
    ("Слово дали директору школы им. А. Байтурсынова Марату Ахметову.", "Марат Ахметов",
     "директор школы им. А. Байтурсынова"),
    ("Выступил начальник академии имени Г.Жукова генерал-лейтенант Иван Укуров.",
     "Иван Укуров", "генерал-лейтенант"),
])
def test_title_runs_over_an_eponym_to_the_name(run, text, name, title):
    person = next(p for p in run(text).people if p.name == name)
    assert title in [t.normal for t in person.titles]


# a time adverbial between a title and its name, or after a title in apposition, is no word of
# the title ("в 1987–1994 годах", "с 2010 года", "с 1986 по 2002 год"); a year inside a
# complement without a preposition is ("участник Олимпиады 1980 года"); an apposition after
# one still chains
@pytest.mark.parametrize("text, name, titles", [
    ("Художественный руководитель театра в 1987–1994 годах Владимир Этуш скончался.",
     "Владимир Этуш", ["художественный руководитель театра"]),
    ("Министр финансов в 2010–2012 годах Иван Петров выступил.", "Иван Петров",
     ["министр финансов"]),
    ("Бывший министр финансов с 2010 года Иван Петров выступил.", "Иван Петров",
     ["бывший министр финансов"]),
    ("Директору школы в 1990-е годы Марии Беловой вручили грамоту.", "Мария Белова",
     ["директор школы"]),
    ("Иван Петров, министр финансов в 2010–2012 годах, выступил.", "Иван Петров",
     ["министр финансов"]),
    ("Мария Белова — директор школы с 1995 по 2005 год.", "Мария Белова", ["директор школы"]),
    ("Иван Петров, министр финансов в 2010–2012 годах, председатель банка с 2015 года, "
     "выступил.", "Иван Петров", ["министр финансов", "председатель банка"]),
    ("Иван Петров, участник Олимпиады 1980 года, выступил.", "Иван Петров",
     ["участник Олимпиады 1980 года"]),
])
def test_time_adverbial_is_no_part_of_a_title(run, text, name, titles):
    person = next(p for p in run(text).people if p.name == name)
    assert [t.normal for t in person.titles] == titles


FOREIGN_SUBJECTS = [
    ("Генеральным секретарем назначен 75-летний Адзума Косииси.", "Косииси",
     "генеральный секретарь"),
    ("Генеральным секретарем назначена 40-летняя Адзума Косииси.", "Косииси",
     "генеральный секретарь"),
    ("Заместителем назначен опытный Ли Вэй.", "Вэй", "заместитель"),
    ("Главой комиссии стал новый Джон Смит.", "Смит", "глава комиссии"),
    ("Главой комиссии стал 50-летний Иван Петров.", "Петров", "глава комиссии"),
]


@pytest.mark.parametrize("text, last, title", FOREIGN_SUBJECTS)
def test_inverse_predicate_foreign_subject(run, text, last, title):
    """A nominative adjective before a foreign name whose case the morphology guesses wrong
    makes it the subject of the predicate before it."""
    person = next(p for p in run(text).people if p.last == last)
    assert title in [t.normal for t in person.titles]


INDECLINABLE_SUBJECTS = [
    ("Корасон Акино стала лидером оппозиции.", "Акино", ["лидер оппозиции"]),
    ("После гибели мужа Корасон Акино стала фактическим лидером оппозиции.", "Акино",
     ["фактический лидер оппозиции"]),
    ("Марио Монти был назначен премьер-министром Италии.", "Монти",
     ["премьер-министр Италии"]),
    ("Письмо Марио Монти стало поводом для отставки.", "Монти", []),
]


@pytest.mark.parametrize("text, last, titles", INDECLINABLE_SUBJECTS)
def test_predicate_of_indeclinable_name(run, text, last, titles):
    """An indeclinable surname the tagger reads in an oblique case still heads the predicate
    after it."""
    person = next(p for p in run(text).people if p.last == last)
    assert [t.normal for t in person.titles] == titles


FOREIGN_INDECLINABLE = [
    ("Он опередил главного тренера «Челси» Массимо Пинотто.", "Пинотто",
     ["главный тренер «Челси»"]),
    ("Награда вручается директору театра Чэню Пина.", "Пин", ["директор театра"]),
    ("Ивоби назвал главу «Лиги» Маттео Сальвини «великим лидером».", "Сальвини",
     ["глава «Лиги»"]),
    ("Письмо направили министру Маттео Сальвини.", "Сальвини", ["министр"]),
    ("Встретились главный тренер «Челси» Антонио Конте и его помощник.", "Конте",
     ["главный тренер «Челси»"]),
]


@pytest.mark.parametrize("text, last, titles", FOREIGN_INDECLINABLE)
def test_title_before_unknown_indeclinable_name(run, text, last, titles):
    """A foreign surname ending in a vowel of indeclinable names agrees with a title in any
    case."""
    person = next(p for p in run(text).people if p.last == last)
    assert [t.normal for t in person.titles] == titles


QUOTED_NAME_TAILS = [
    ("Это автор известного мультфильма «Жил-был пёс» Эдуард Назаров.", "Назаров", []),
    ("Вышел фильм «Сын актера» Ивана Петрова.", "Петров", []),
    ("Представлена картина \"Вознесение Девы Марии\" Петера Пауля Рубенса.", "Рубенс", []),
    ("Выступил генеральный директор «Газпрома» Алексей Миллер.", "Миллер", ["директор"]),
    ("Юноша клянется в преданности «халифу» Абу Бакру аль-Багдади.", "аль-Багдади", ["халиф"]),
    ("Выступил генеральный директор ОАО \"Газпром\" Алексей Миллер.", "Миллер", ["директор"]),
]


@pytest.mark.parametrize("text, last, titles", QUOTED_NAME_TAILS)
def test_no_title_from_inside_quoted_name(run, text, last, titles):
    """The tail of a quoted name right before a person's name is no title of the person."""
    person = next(p for p in run(text).people if p.last == last)
    assert [t.head for t in person.titles] == titles


# A title quoted whole keeps neither quote: its span closes before the closing quote too.
QUOTED_TITLES = [
    ("Партию он сыграл с «классическим чемпионом мира» Владимиром Крамником.", "Крамник",
     "классический чемпион мира", "классическим чемпионом мира"),
    ('Концерт "короля поп-музыки" Майкла Джексона отменили.', "Джексон",
     "король поп-музыки", "короля поп-музыки"),
    ("«Анна Петрова была избрана президентом Республики», — сообщил спикер.", "Петрова",
     "президент Республики", "президентом Республики"),
]


@pytest.mark.parametrize("text, last, normal, written", QUOTED_TITLES)
def test_quoted_title_without_stray_quote(run, text, last, normal, written):
    person = next(p for p in run(text).people if p.last == last)
    title = person.titles[0]
    assert (title.normal, title.text) == (normal, written)
    assert text[title.mention.start:title.mention.stop] == written


SECOND_PREDICATES = [
    ("Модибо Сидибе учился во Франции и уже в юности работал консультантом в министерстве "
     "обороны.", "Сидибе", ["консультант"]),
    ("Юкия Амано был профессиональным дипломатом и работал генеральным консулом Японии в "
     "Женеве.", "Амано", ["профессиональный дипломат", "генеральный консул Японии"]),
    ("Иван Петров был министром, а затем стал мэром Москвы.", "Петров",
     ["министр", "мэр Москвы"]),
    ("Анна Петрова окончила университет и стала директором школы.", "Петрова",
     ["директор школы"]),
    ("Иван Петров был задержан и стал фигурантом дела.", "Петров", []),
    ("Иван Петров встретился с министром и стал известен.", "Петров", []),
    # a present third person tells no gender: it goes with a singular past of either
    ("Анна Петрова окончила МГУ, сейчас работает врачом в Омске.", "Петрова", ["врач"]),
    ("Иван Петров руководил заводом, с 2020 года является депутатом.", "Петров", ["депутат"]),
    ("Иван Петров и Олег Смирнов окончили МГУ, сейчас работает врачом в Омске.", "Петров", []),
    # a particle or an adverb after the join ("а также"), not a negation
    ("Иван Петров служит в армии, а также является главой комитета.", "Петров",
     ["глава комитета"]),
    ("Анна Петрова руководила школой, а потом стала министром.", "Петрова", ["министр"]),
    ("Иван Петров служит в армии, а не является главой комитета.", "Петров", []),
]


@pytest.mark.parametrize("text, last, titles", SECOND_PREDICATES)
def test_second_predicate(run, text, last, titles):
    """A second verb of the name's clause, after "и" or a comma, predicates a title too, also
    when the first one has its own."""
    person = next(p for p in run(text).people if p.last == last)
    assert [t.normal for t in person.titles] == titles


OTHERS_TITLES = [
    ("18 июня у артиста и его супруги певицы Анны Петровой родилась двойня.", "Петрова",
     ["певица"]),
    ("Глава семьи и его старший сын Илья Петров владеют таксопарком.", "Петров", []),
    ("У министра и его жены Анны Петровой родилась дочь.", "Петрова", []),
    ("Выступили министр и вице-премьер Иван Петров.", "Петров", ["министр", "вице-премьер"]),
    ("Он восемь лет был вице-президентом в администрации Рональда Рейгана.", "Рейган", []),
    ("Путин уволил двух генералов полиции по делу Ивана Голунова.", "Голунов", []),
    ("Он сыграл роль матроса в фильме Сергея Герасимова «Тихий Дон».", "Герасимов", []),
    ("Выступил министр в правительстве Ивана Петрова.", "Петров", []),
    ("Выступил директор по связям с общественностью Иван Петров.", "Петров",
     ["директор по связям с общественностью"]),
    ("Письмо передали директору по делам молодежи Ивану Петрову.", "Петров",
     ["директор по делам молодежи"]),
]


@pytest.mark.parametrize("text, last, titles", OTHERS_TITLES)
def test_title_of_someone_else_before_name(run, text, last, titles):
    """A relative joined after "и" and a possessive, or the noun of a prepositional phrase that
    takes the genitive name as its complement, makes the title before the name another's."""
    person = next(p for p in run(text).people if p.last == last)
    assert [t.normal for t in person.titles] == titles


OBJECT_INSTRUMENTALS = [
    ("Дмитрий Медведев назначил главой комитета Ивана Петрова.", "Медведев", []),
    ("Дмитрий Медведев назначил главой комитета Ивана Петрова.", "Петров", ["глава комитета"]),
    ("Иван Петров назначил своим представителем Анну Смирнову.", "Петров", []),
    ("Иван Петров назначил своим представителем Анну Смирнову.", "Смирнова", ["представитель"]),
    ("Дмитрий Медведев назначил руководителем службы по надзору в сфере образования Ивана "
     "Муравьева.", "Медведев", []),
    ("Иван Петров стал главой комитета.", "Петров", ["глава комитета"]),
    ("Анна Смирнова была избрана председателем совета.", "Смирнова", ["председатель совета"]),
]


@pytest.mark.parametrize("text, last, titles", OBJECT_INSTRUMENTALS)
def test_instrumental_of_the_object(run, text, last, titles):
    """An instrumental title after an active transitive verb and before a person named after it
    is that person's, not the subject's."""
    person = next(p for p in run(text).people if p.last == last)
    assert [t.normal for t in person.titles] == titles


ENUMERATED_ADJECTIVES = [
    ("Министр культуры, информационной политики и спорта Иван Петров выступил.", "Петров",
     ["министр культуры, информационной политики и спорта"]),
    ("Руководитель службы в сфере связи, информационных технологий и массовых коммуникаций "
     "Вадим Ампелонский сообщил об этом.", "Ампелонский",
     ["руководитель службы в сфере связи, информационных технологий и массовых коммуникаций"]),
    ("Директор школы, известный педагог Иван Петров выступил.", "Петров",
     ["директор школы", "известный педагог"]),
    # the enumeration inside an organization's name the NER tags, brackets after it
    ("Пресс-секретарь Федеральной службы по надзору в сфере связи, информационных технологий и "
     "массовых коммуникаций Вадим Ампелонский сообщил об этом.", "Ампелонский",
     ["пресс-секретарь Федеральной службы по надзору в сфере связи, информационных технологий "
      "и массовых коммуникаций"]),
    ("Слово дали заместителю министра культуры, спорта и туризма Ивану Петрову.", "Петров",
     ["заместитель министра культуры, спорта и туризма"]),
]


@pytest.mark.parametrize("text, last, titles", ENUMERATED_ADJECTIVES)
def test_enumeration_with_adjectives(run, text, last, titles):
    """A comma between two nouns of one oblique case inside a complement, the second with its
    adjectives, joins an enumeration, not two titles."""
    person = next(p for p in run(text).people if p.last == last)
    assert [t.normal for t in person.titles] == titles


DASHED_PREDICATES = [
    ("В 2004 году Юрий Балуевский был назначен начальником Генерального штаба - первым "
     "заместителем министра обороны.", "Балуевский",
     ["начальник Генерального штаба", "первый заместитель министра обороны"]),
    ("Анна Петрова работала директором школы — учителем истории.", "Петрова",
     ["директор школы", "учитель истории"]),
    ("Иван Петров стал главой комитета - это важно.", "Петров", ["глава комитета"]),
    ("Начальником штаба - первым заместителем командующего войсками округа назначен "
     "генерал-майор Иван Бувальцев.", "Бувальцев",
     ["начальник штаба", "первый заместитель командующего войсками округа", "генерал-майор"]),
    ("Министром финансов - канцлером казначейства станет Джордж Осборн.", "Осборн",
     ["министр финансов", "канцлер казначейства"]),
    ("Главой комитета назначена Анна Петрова.", "Петрова", ["глава комитета"]),
]


@pytest.mark.parametrize("text, last, titles", DASHED_PREDICATES)
def test_dashed_predicate(run, text, last, titles):
    """An instrumental title joined by a dash to the predicate's names the same post again."""
    person = next(p for p in run(text).people if p.last == last)
    assert [t.normal for t in person.titles] == titles


SUBSTANTIVE_HEADS = [
    ("Главным управляющим General Motors назначен Эдвард Уитакер.", "Уитакер",
     ["главный управляющий General Motors"]),
    ("Выступил управляющий General Motors Эдвард Уитакер.", "Уитакер",
     ["управляющий General Motors"]),
    ("Ведущей церемоний открытия и закрытия стала итальянская актриса Моника Беллуччи.",
     "Беллуччи", ["ведущая церемоний открытия и закрытия", "итальянская актриса"]),
    ("Выступил ведущий эксперт Иван Петров.", "Петров", ["ведущий эксперт"]),
    ("Главной причиной стала болезнь, сказала Анна Петрова.", "Петрова", []),
]


@pytest.mark.parametrize("text, last, titles", SUBSTANTIVE_HEADS)
def test_adjective_used_as_title_noun(run, text, last, titles):
    """An adjective of data/substantive_titles.txt before a word it cannot qualify (a Latin
    name, a noun of another number) heads a title, in the instrumental before a predicate too."""
    person = next(p for p in run(text).people if p.last == last)
    assert [t.normal for t in person.titles] == titles


# an impersonal plural verb after an object name predicates the title of it
@pytest.mark.parametrize("text, expected", [
    ("Ивана Петрова вчера назначили директором школы.", ["директор школы"]),
    ("Анну Петрову избрали мэром города.", ["мэр города"]),
    ("В 2010 году Олега Смирнова утвердили министром финансов.", ["министр финансов"]),
    # no title verb, a title verb in the singular, a place, a dative: no title
    ("Ивана Петрова встретили директором школы.", []),
    ("Ивана Петрова назначил директором школы.", []),
    ("Ивана Петрова назначили в комиссию.", []),
    ("Ивану Петрову назначили пенсию.", []),
])
def test_impersonal_verb_after_an_object_name(run, text, expected):
    (person,) = run(text).people
    assert [t.normal for t in person.titles] == expected


# a transitive title verb's object pronoun takes the title, said of the person named before
# the sentence; the sentence's bare title subject is then someone else
@pytest.mark.parametrize("text, expected", [
    ("Иван Петров родился в Омске. В 1986 году президент назначил его послом в Японии.",
     {"Петров": ["посол"]}),
    ("Анна Петрова родилась в Омске. В 2010 году губернатор назначил её министром "
     "здравоохранения.", {"Петрова": ["министр"]}),
    ("Иван Петров родился в Омске. Позже Олег Смирнов назначил его своим заместителем.",
     {"Петров": ["заместитель"], "Смирнов": []}),
    # the pronoun's gender clashes, it is a possessive, or the verb gives no title: none
    ("Анна Петрова родилась в Омске. Президент назначил его послом.", {"Петрова": []}),
    ("Анна Петрова родилась в Омске. Губернатор назначил её брата министром.",
     {"Петрова": []}),
    ("Иван Петров родился в Омске. Министр поблагодарил его за работу.", {"Петров": []}),
    ("Иван Петров выступил. Президент поблагодарил его за работу.", {"Петров": []}),
    ("Анна Петрова выступила. Министр вручил ей грамоту.", {"Петрова": []}),
])
def test_object_pronoun_of_a_title_verb(run, text, expected):
    got = {p.last: [t.head for t in p.titles] for p in run(text).people}
    assert {last: got.get(last) for last in expected} == expected


# a rank whose feminine is another word speaks of a man: a bare one in a sentence whose verb
# tells no gender refers to no woman named before (data/gendered_titles.txt)
@pytest.mark.parametrize("text, expected", [
    ("Анна Петрова выступила в Дохе. Наследный принц занимает пост в армии.", []),
    ("Анна Петрова выступила в Дохе. Король подписывает указ.", []),
    ("Иван Петров выступил в Дохе. Наследный принц занимает пост в армии.",
     ["наследный принц"]),
    # a title the same for both genders still goes to a woman
    ("Анна Петрова выступила в Омске. Министр занимает пост с 2010 года.", ["министр"]),
])
def test_a_ranks_gender_rules_out_a_woman(run, text, expected):
    (person,) = run(text).people
    assert [t.normal.lower() for t in person.titles] == expected


# Adjectives used as title nouns, hard stems too ("уполномоченный"), in any case and gender
SUBSTANTIVE_TITLES = [
    ("Об этом сообщил уполномоченный по правам человека Иван Петров.",
     {"Петров": ["уполномоченный по правам человека"]}),
    ("Об этом сообщила уполномоченная по правам человека в Курской области Анна Петрова.",
     {"Петрова": ["уполномоченная по правам человека в Курской области"]}),
    ("Слово дали уполномоченному по делам религий Ивану Петрову.",
     {"Петров": ["уполномоченный по делам религий"]}),
    ("Уполномоченный представитель компании Иван Петров выступил.",
     {"Петров": ["уполномоченный представитель компании"]}),
]


# A title a verb predicates runs on over its field after "по", not over an adverbial
PREDICATED_FIELDS = [
    ("Путин освободил Павла Астахова от должности уполномоченного по правам ребенка.",
     "Астахов", ["уполномоченный по правам ребенка"]),
    ("Ивана Петрова назначили министром по делам молодежи.", "Петров",
     ["министр по делам молодежи"]),
    ("Ивана Петрова назначили министром по итогам конкурса.", "Петров", ["министр"]),
    # "дело" starts an adverbial in the singular only (data/po_adverbials.txt)
    ("Ивана Петрова назначили министром по делу о реформе.", "Петров", ["министр"]),
    ("Губернатор назначил Анну Белову председателем комитета по культуре области.", "Белова",
     ["председатель комитета по культуре области"]),
]


@pytest.mark.parametrize("text, last, titles", PREDICATED_FIELDS)
def test_predicated_title_with_its_field(run, text, last, titles):
    person = next(p for p in run(text).people if p.last == last)
    assert [t.normal for t in person.titles] == titles


# A lone surname the NER glued before a full name in the nominative is the complement of the
# title before it; a prefixed title declines as its noun
GLUED_COMPLEMENTS = [
    ("Суд арестовал Асета Магауова. Адвокат Магауова Ерлан Кенжебаев не согласен.",
     {"Магауов": [], "Кенжебаев": ["адвокат Магауова"]}),
    ("Суд арестовал бывшего вице-министра энергетики Асета Магауова.",
     {"Магауов": ["бывший вице-министр энергетики"]}),
    ("Встреча с вице-мэром Иваном Петровым прошла.", {"Петров": ["вице-мэр"]}),
]


@pytest.mark.parametrize("text, expected", SUBSTANTIVE_TITLES + GLUED_COMPLEMENTS)
def test_title_heads_and_glued_complements(run, text, expected):
    titles = {p.last: [t.normal for t in p.titles] for p in run(text).people}
    assert titles == expected


TITLE_OWNERS = [
    # a possessive pronoun before the title stands for the organization named before it, of
    # its gender and number
    ("Помощь семьям оказало общественное объединение «Қолдау». Его руководителю Айжан "
     "Сейткалиевой вручили грамоту.", "Сейткалиева", "Қолдау"),
    ("Крупнейший грант получила автономная некоммерческая организация «Вместе». Её директор "
     "Андрей Михайлов поблагодарил жюри.", "Михайлов", "Вместе"),
    ("Грант выиграл фонд «Добрые руки», и его президент Ольга Кравец рада.",
     "Кравец", "Добрые руки"),
    ("Волонтеры ОФ «Ана Үйі» провели акцию. Ее координатор Куралай Джумабекова рассказала "
     "о планах.", "Джумабекова", "Ана Үйі"),
    ("Компании ТОО «Алтын» и ТОО «Береке» открыли цех. Их учредитель Ерлан Сапаров доволен.",
     "Сапаров", "Береке"),
    # an organization in a man's title, and a feminine pronoun: the organization's
    ("Выступил Иван Петров, лидер Демократической партии. Ее секретарем назначена Анна "
     "Белова.", "Белова", "Демократическая партия"),
    # a relative pronoun after the title stands for the organization the clause follows; the
    # title stops before it
    ("Победило ОО «Жастар үні», руководитель которого Данияр Оспанов рассказал о проекте.",
     "Оспанов", "Жастар үні"),
    ("Приз взяла организация «Шапагат», директором которой является Анна Белова.",
     "Белова", "Шапагат"),
    ("Отличились фонды «Береке» и «Мейірім», председатель правления которых Асель Турсынбаева "
     "выступила.", "Турсынбаева", "Мейірім"),
    # a title opening a bracket right after the organization
    ("Победило ОО «Жастар үні» (руководитель – Данияр Оспанов).", "Оспанов", "Жастар үні"),
    ("Победил фонд «Мейірім» (директор Асель Турсынбаева).", "Турсынбаева", "Мейірім"),
    # a title's bare kind word stands for the nearest organization of that kind
    ("Среди победителей благотворительный фонд «Дети Сибири». Президент фонда Ольга Кравец "
     "выступила.", "Кравец", "Дети Сибири"),
    ("Работу ведет общественный фонд «Жанұя». Сегодня директору фонда Марату Ахметову "
     "вручили письмо.", "Ахметов", "Жанұя"),
    ("Центр «Ізгі жүрек» открылся в мае. Директор центра Гульнара Тулеуова провела экскурсию.",
     "Тулеуова", "Ізгі жүрек"),
    ("Меморандум подписали КГУ «Центр по работе с молодёжью» и ОЮЛ «Ассоциация деловых "
     "женщин». Документ подписал директор центра Бауыржан Алимкулов.", "Алимкулов",
     "Центр по работе с молодёжью"),
    ("Меморандум подписали КГУ «Центр по работе с молодёжью» и ОЮЛ «Ассоциация деловых "
     "женщин». Слово взяла председатель ассоциации Гульнар Сеитова.", "Сеитова",
     "Ассоциация деловых женщин"),
    ("Заседание провела Общественная палата Омской области. Заместитель председателя палаты "
     "Марина Ковалева рассказала о работе.", "Ковалева", "Общественная палата Омской области"),
]


@pytest.mark.parametrize("text, last, org", TITLE_OWNERS)
def test_a_title_refers_to_the_organization_named_before(run, text, last, org):
    person = next(p for p in run(text).people if p.last == last)
    assert [t.organization for t in person.titles] == [org]
    assert not any(w in t.normal for t in person.titles for w in ("котор", "его", "её", "ее"))


@pytest.mark.parametrize("text, last", [
    # the pronoun of another gender, a person named in between, an organization two sentences
    # back, no organization of the kind word's kind: no organization
    ("Грант получила организация «Вместе». Его директор Андрей Михайлов доволен.", "Михайлов"),
    ("Грант получил фонд «Вместе». Им руководит Иван Петров. Его заместитель Анна Белова "
     "рада.", "Белова"),
    ("Грант получил фонд «Вместе». Работы шли весь год. Итоги подвели в мае. Его директор "
     "Андрей Михайлов доволен.", "Михайлов"),
    ("Грант получил центр «Вместе». Президент фонда Ольга Кравец выступила.", "Кравец"),
    ("Режиссер руководит «Формальным театром». Он сменит худрука БДТ. Ожидается приказ. "
     "Решение примут в марте. Художественным руководителем театра станет Андрей Могучий.",
     "Могучий"),
    # a relative clause after something else than the organization; a relative before the
    # title is no possessive
    ("Канал «Звезда» показал шоу «Голос», победительницей которого стала Анна Белова.",
     "Белова"),
    # the organization completes a person's title: the pronoun stands for the person
    ("Председателем избран Болат Жумабеков — директор ТОО «Агроинновации». Его заместителем "
     "стала Елена Кузнецова.", "Кузнецова"),
    ("Газета «Вечер» напечатала письмо, в котором политик Иван Петров просил о помощи.",
     "Петров"),
])
def test_a_title_refers_to_no_organization_it_cannot_mean(run, text, last):
    person = next(p for p in run(text).people if p.last == last)
    assert all(t.organization is None for t in person.titles)
