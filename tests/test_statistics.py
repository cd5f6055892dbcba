"""Statistics: numbers with their units, qualifiers, multipliers; what is not a statistic."""

from __future__ import annotations

import pytest

STATS = [
    # digits, separators, decimals
    ("В области 718 неправительственных организаций.",
     (718, "неправительственная организация", "организация", None)),
    ("Реализуются 134 социальных проекта.", (134, "социальный проект", "проект", None)),
    ("Зарегистрировано 1 150 организаций.", (1150, "организация", "организация", None)),
    ("Урожайность составила 2,5 тонны.", (2.5, "тонна", "тонна", None)),
    # qualifiers
    ("Пришли более 700 НПО.", (700, "НПО", "организация", "более")),
    ("Выделено свыше 3 млн рублей.", (3000000, "рубль", "рубль", "свыше")),
    ("Участвовали около двадцати пяти волонтеров.", (25, "волонтер", "волонтер", "около")),
    ("В акции участвовали почти 40 школ.", (40, "школа", "школа", "почти")),
    ("Проверку прошли порядка 60 предприятий.", (60, "предприятие", "предприятие", "порядка")),
    ("Грант составит до 5 млн тенге.", (5000000, "тенге", "тенге", "до")),
    ("Заявки подали менее 10 фондов.", (10, "фонд", "фонд", "менее")),
    # multipliers, money, percent
    ("Собрали 2,5 млрд тенге.", (2500000000, "тенге", "тенге", None)),
    ("Бюджет проекта — 12 тыс. долларов.", (12000, "доллар", "доллар", None)),
    ("На ремонт ушло три миллиона рублей.", (3000000, "рубль", "рубль", None)),
    ("Клуб купил игрока за $40 млн.", (40000000, "доллар", "доллар", None)),
    ("Рост составил 15%.", (15, "процент", "процент", None)),
    ("Доля выросла на 7 процентов.", (7, "процент", "процент", None)),
    ("В шествии участвовала тысяча человек.", (1000, "человек", "человек", None)),
    # numbers in words
    ("За последние пять лет все изменилось.", (5, "год", "год", None)),
    ("Фонд подвел итоги по итогам трех лет работы.", (3, "год", "год", None)),
    ("Работу оценили двое экспертов.", (2, "эксперт", "эксперт", None)),
    ("Понадобилось полтора года.", (1.5, "год", "год", None)),
    ("Приехали около двух десятков журналистов.", (20, "журналист", "журналист", "около")),
    ("Он трижды становился чемпионом.", (3, "раз", "раз", None)),
    ("Финансирование выросло больше чем в два раза.", (2, "раз", "раз", "более")),
    # the counted phrase without a noun
    ("Сообщается о трёх пострадавших.", (3, "пострадавший", "пострадавший", None)),
    # grades counted, with no holder before them
    ("Школа открыла 3 класса с углубленным изучением языка.", (3, "класс", "класс", None)),
    # a fraction of a multiplier
    ("Аудитория превысила половину миллиона зрителей.", (500000, "зритель", "зритель", None)),
    ("Там живёт четверть миллиона человек.", (250000, "человек", "человек", None)),
    ("Сеть объединяет более чем половиной миллиарда пользователей.",
     (500000000, "пользователь", "пользователь", "более")),
    # a plural noun in the numeral's own case; a nominative plural that cannot be a genitive
    ("Акции прошли в 20 городах.", (20, "город", "город", None)),
    ("В списке значатся 36 североказахстанцы.",
     (36, "североказахстанец", "североказахстанец", None)),
    # a unit inside an adjective, glued to the digits or after them; a case ending on digits
    ("Компания ожидает 70-процентный рост выручки.", (70, "процент", "процент", None)),
    ("Её переизбрали с 54 процентным перевесом.", (54, "процент", "процент", None)),
    ("Рядом построят 12-этажный дом.", (12, "этаж", "этаж", None)),
    ("Вышла 688-страничная книга.", (688, "страница", "страница", None)),
    ("Он скачал более 4-х миллионов документов.", (4000000, "документ", "документ", "более")),
    ("Он выступил перед 250-ю гостями.", (250, "гость", "гость", None)),
    # a part of a group: the plural genitive after "из"
    ("По словам следствия, семеро из задержанных отпущены.",
     (7, "задержанный", "задержанный", None)),
    ("Двое из её сыновей стали врачами.", (2, "сын", "сын", None)),
    # a possessive or an adverb before an adjective inside the counted phrase
    ("Продано около ста миллионов его записей.",
     (100000000, "запись", "запись", "около")),
    ("Он ушёл после двух подряд неудачных попыток.",
     (2, "неудачная попытка", "попытка", None)),
    ("Сериал о трёх совершенно разных семьях получил премию.",
     (3, "разная семья", "семья", None)),
    # units of area and volume
    ("Кровля обрушилась на площади около 500 кв. м.",
     (500, "квадратный метр", "метр", "около")),
    ("Зал площадью 1500 кв. метров открыт.", (1500, "квадратный метр", "метр", None)),
    ("Площадь страны — 17,4 тыс. кв. км.", (17400, "квадратный километр", "километр", None)),
    ("Вывезли 3 куб. м мусора.", (3, "кубический метр", "метр", None)),
    # collectives up to ten
    ("Восьмеро выступили против.", (8, "человек", "человек", None)),
    ("Полиция задержала девятерых.", (9, "человек", "человек", None)),
    # a term after "к" is no age
    ("Её приговорили к 22 годам тюрьмы.", (22, "год", "год", None)),
    # an anniversary with no one it is the age of
    ("Исполняется 30 лет со дня основания фонда.", (30, "год", "год", None)),
    # not an age: a span of work, the number set off by nothing
    ("Иванов, 30 лет проработавший на заводе, ушёл на пенсию.", (30, "год", "год", None)),
]


@pytest.mark.parametrize("text, expected", STATS)
def test_statistics(run, text, expected):
    stats = run(text).statistics
    assert [(s.value, s.unit, s.head, s.qualifier) for s in stats] == [expected]


SEVERAL = [
    # a number without its noun takes its neighbour's unit
    ("Заболели более 150 тысяч человек, около 20 тысяч выздоровели.",
     [(150000, "человек"), (20000, "человек")]),
    ("В городе 900 фондов, из них 300 работают постоянно.", [(900, "фонд"), (300, "фонд")]),
    ("Семья растит 8 детей, трое из которых приемные.", [(8, "ребенок"), (3, "ребенок")]),
    ("У блогера 2 млн подписчиков в одной сети и 500 тысяч — в другой.",
     [(2000000, "подписчик"), (500000, "подписчик")]),
    # collectives standing alone count people
    ("За закон проголосовали 40 депутатов, пятеро выступили против.",
     [(40, "депутат"), (5, "человек")]),
    # each side of a match score after "счёт"
    ("Матч завершился со счётом 2:1 в пользу гостей.", [(2, "счет"), (1, "счет")]),
    ("Когда счет стал 14:13, зал замер.", [(14, "счет"), (13, "счет")]),
    ("Финал закончился со счётом 0:3.", [(0, "счет"), (3, "счет")]),
    ("Она выиграла со счетом 6:4, 3:6, 7:5!", [(6, "счет"), (4, "счет"), (3, "счет"),
                                               (6, "счет"), (7, "счет"), (5, "счет")]),
    # the whole after "из" takes the unit of the part before it
    ("Он сыграл лишь в 268 играх из 410 возможных.", [(268, "игра"), (410, "игра")]),
    ("Кандидата поддержали 115 делегатов из 207.", [(115, "делегат"), (207, "делегат")]),
    # "один" among the counts of its sentence is a count
    ("Один человек погиб, ещё 15 получили ранения.", [(1, "человек"), (15, "человек")]),
    ("Он убил одного охранника и ранил четверых.", [(1, "охранник"), (4, "человек")]),
    ("В аварии пострадали 3 пассажира и одна стюардесса.",
     [(3, "пассажир"), (1, "стюардесса")]),
    # a span of time after a living being, then a verb; years and months of a span
    ("Сотрудник 10 лет работал в компании, стройка шла 2 года и 3 месяца.",
     [(10, "год"), (2, "год"), (3, "месяц")]),
    ("Он был мэром 18 лет.", [(18, "год")]),
    # "один" without its noun borrows it like any number
    ("Пострадали 13 человек, и один погиб.", [(13, "человек"), (1, "человек")]),
    ("Выпущено три пули: две в голову и одна в живот.",
     [(3, "пуля"), (2, "пуля"), (1, "пуля")]),
    # the start of a range takes the unit and multiplier of its end
    ("Штраф для должностных лиц — от 40 до 50 тысяч рублей.",
     [(40000, "рубль"), (50000, "рубль")]),
    ("Штраф составит от четырёх до пяти тыс. руб.", [(4000, "рубль"), (5000, "рубль")]),
    ("В него выпустили от двух до семи пуль.", [(2, "пуля"), (7, "пуля")]),
    ("Обучение займёт от 3 до 5 лет.", [(3, "год"), (5, "год")]),
    # … and so does the value a change starts from ("с … до …")
    ("Объём заказа вырос вдвое – с 380 до 760 млн тенге.",
     [(380000000, "тенге"), (760000000, "тенге")]),
    ("Внешний долг уменьшился с 114 миллиардов до 81,5 миллиарда долларов.",
     [(114000000000, "доллар"), (81500000000, "доллар")]),
    ("Штрафы увеличат с пяти до десяти тысяч рублей.", [(5000, "рубль"), (10000, "рубль")]),
    ("С 2010 до 2015 года он жил в Омске.", []),
    # "местный" alone means local: the unit is the noun
    ("Собрались два десятка местных жителей и 5 гостей.",
     [(20, "местный житель"), (5, "гость")]),
    # a duration in hours and minutes, not a clock time
    ("Игра длилась 2 часа 45 минут.", [(2, "час"), (45, "минута")]),
]


@pytest.mark.parametrize("text, expected", SEVERAL)
def test_several(run, text, expected):
    assert [(s.value, s.unit) for s in run(text).statistics] == expected


NOT_STATS = [
    # a grade after its holder is an ordinal, in any case, singular or a range
    "Руководитель команды, студентка 3 курса Алина Жумабаева, рассказала о проекте.",
    "В конкурсе участвовали ученики 9 класса.",
    "Для учащихся 5–7 классов провели урок.",
    "Грамоту вручили выпускнице 11 класса.",
    "Курсанты 2 курса прошли практику.",
    "Форум прошел 1 сентября.",
    "Это было в 2020 году.",
    "Начало в 15:00 по времени столицы.",
    "Встреча началась в три часа дня.",
    "Открылся IX Гражданский форум.",
    "Открылся Х областной форум.",
    "Стартовал 3 этап конкурса.",
    "Выступление прошло на 2 этаже.",
    "Отметили 30-летие независимости.",
    "Премия «Қамқор - 2020» вручена.",
    "Дело возбуждено по части 2 статьи 213.",
    "Он осужден по ч. 1 ст. 158 УК.",
    "Заключенный покинул колонию № 5.",
    "Телефон для справок 8 (7172) 55-12-34.",
    "Он умер в возрасте 78 лет.",
    "Ему было 64 года.",
    "Министру Иванову 52 года.",
    "В 13 лет он переехал в столицу.",
    "Еще один памятник открыли в парке.",
    "Одна школа открылась в селе.",
    'Открылся форум под названием "Общество и государство: 30 лет партнерства".',
    "Итоги голосования: 1. Иванов; 2. Петров; 3. Сидоров.",
    "В турнире сыграют Иван Петров (2650) и Анна Смирнова (2480).",
    # ages: the holder in the dative before adverbs or "по", a person set off by a comma,
    # dash or brackets, "моложе", "в свои"
    "Подозреваемый, которому сейчас 23 года, задержан.",
    "Певице, которой тогда был 21 год, предложили контракт.",
    "Обоим братьям уже по 37 лет.",
    "Задержан Иван Петров, 49 лет.",
    "Анна Смирнова — 54 года, врач.",
    "Пострадала Вера Щукина (26 лет).",
    "Кандидат должен быть не моложе 35 лет.",
    "Спортсмен в свои 29 лет побил рекорд.",
    "Владимиру Этушу исполняется 94 года.",
    "Дочери президента – Малии – исполняется 14 лет.",
    "Погибли врач Фаиз Халид (Faiz Khaleed), 26 лет, и пилот.",
    # a decade; an ordinal in words; a person's name after a year
    "В 90-х годах завод закрыли.",
    "К середине 2000-х Ли создал компанию.",
    "Это одна из фигур двадцать первого века.",
    "С 1967 по 1976 Макаллоу преподавала.",
    # ages in a range; after a living being no verb follows; the days of an age
    "Приглашены дети в возрасте от 7 до 14 лет.",
    "Центр учит подростков от 13 до 18 лет.",
    "В больницу поступила девочка 16 лет, её осмотрели.",
    "У него забрали сына 3-х лет и дочь 2-х лет.",
    "Она умерла в возрасте 122 лет и 164 дней.",
    "Ему было 115 лет и 253 дня.",
    # ages listed: the context of the first holds for all
    "Им было 30, 20 и 19 лет.",
    "Он поднимался на Эверест в 70 и 75 лет соответственно.",
    "Его дети (10, 9 и 8 лет) тоже пришли.",
    # a participle after an adverb: its noun lies elsewhere
    "И только 217 активно действующих в плане соцзаказа.",
    # clock times
    "Колонна вышла в 14 часов 30 минут.",
    "Пожар начался около 5 утра.",
    # ordinals written in digits: a singular genitive after 5 and more
    "Ученики 8 класса посетили музей.",
    "Приз жюри 70 Каннского фестиваля получил фильм.",
    # article numbers listed after their label or before a code of law
    "Дело возбуждено по статьям 205 и 209 УК.",
    "Его обвиняют по ст. 318 и 212 УК РФ.",
    "Статья «Мошенничество» (159 УК РФ) предусматривает штраф.",
    # things already named, and a web address
    "Оба чиновника ушли в отставку.",
    "Обеим сторонам выгодно перемирие.",
    "Подпишите петицию https://www.change.org/p/%D0%BE%D1%82 сегодня.",
    "Запись: www.example.org/news/15 Иванов.",
]


@pytest.mark.parametrize("text", NOT_STATS)
def test_not_statistics(run, text):
    assert run(text).statistics == ()


# "один" stays a determiner among counts after "ещё", "ни", a preposition, or before "из"
ONE_DETERMINERS = [
    ("Ещё одна школа открылась, всего в районе 5 школ.", [5]),
    ("Один из 10 экспертов высказался против.", [10]),
    ("В одном городе прошли 3 акции.", [3]),
    ("Ни одного нарушения не нашли среди 40 проверок.", [40]),
]


@pytest.mark.parametrize("text, values", ONE_DETERMINERS)
def test_one_determiner_among_counts(run, text, values):
    assert [s.value for s in run(text).statistics] == values


@pytest.mark.parametrize("text, expected", [
    ("«На сегодня задержаны 5 человек, следствие продолжается», — сказал он.", [(5, "человек")]),
    # a comma cuts off the first clause of speech that closes later: it is no quoted name
    ("«За последние три года число проектов, которые ведут волонтеры, выросло», — сказал он.",
     [(3, "год")]),
    ("«Пять лет назад, когда мы начинали, нас было 12 человек», — вспоминает она.",
     [(5, "год"), (12, "человек")]),
    ("«В 40 школах района, как и в прошлом году, работают кружки», — сообщил аким.",
     [(40, "школа")]),
])
def test_quoted_speech_counts(run, text, expected):
    assert [(s.value, s.head) for s in run(text).statistics] == expected


# a short adjective is a predicate: the quotes hold speech, not a name
@pytest.mark.parametrize("text, expected", [
    ('Эксперт: "Здесь возможны три варианта. Первый: средний балл".', [(3, "вариант")]),
    ("Он сказал: «Нам нужны 40 волонтёров».", [(40, "волонтер")]),
    ("Вышел альбом «100 песен».", []),
])
def test_quoted_predicate_is_speech(run, text, expected):
    assert [(s.value, s.head) for s in run(text).statistics] == expected


# ---------------------------------------------------------------- the rules, named (trace=True)

@pytest.fixture(scope="module")
def traced():
    import civic_extract

    ex = civic_extract.Extractor(trace=True)
    cache: dict[str, civic_extract.Article] = {}

    def _run(text: str) -> civic_extract.Article:
        if text not in cache:
            cache[text] = ex.extract(text)
        return cache[text]

    return _run


# (text, value, rule): one row per rule of UNITS and ELLIPSIS at least
STAT_RULES = [
    ("Команда дважды выходила в финал.", 2, "implied_unit"),
    ("Стадион обошелся в $12 млн.", 12000000, "currency_sign"),
    ("Безработица снизилась до 4%.", 4, "unit_word"),
    ("В районе открылись 14 новых школ.", 14, "noun_phrase"),
    ("В городе работают 9 ЦОН.", 9, "abbreviation"),
    ("Полиция задержала четырех подозреваемых.", 4, "substantive"),
    ("Собрание поддержали 30 жильцов, семеро воздержались.", 7, "implied_alone"),
    ("Прошли отбор 8 из 40 претендентов.", 8, "borrowed_after_iz"),
    ("Привились более 200 тысяч жителей, около 50 тысяч отказались.", 50000,
     "borrowed_before"),
    ("Полуфинал завершился со счётом 3:1.", 3, "score"),
    ("Ожидается 40-процентный рост.", 40, "adjective_unit"),
    ("Девятеро из опрошенных согласились.", 9, "partitive"),
    ("Штраф составит от 20 до 30 тысяч тенге.", 20000, "range_start"),
    ("Команда выиграла 12 матчей из 15.", 15, "borrowed_whole_iz"),
    ("Фильм получил пять «Оскаров».", 5, "quoted_noun"),
    ("Пришли 40 гостей. 12 ушли.", 12, "previous_sentence"),
    ("Выдали 9 медалей: 4 золотых.", 4, "adjective_elided"),
    ("Число заявок выросло до 40.", 40, "amount_of"),
    ("Грант — 5 млн тенге. Второй обошёлся в 3 млн.", 3000000, "earlier_money"),
    ("Работают 300 НКО, 87 из них получили гранты.", 87, "part_of_before"),
]


# "из них", "из которых" point back at the count stated before, in the sentence or the one
# before it; a sum after the number is not what it counts
PART_OF_BEFORE = [
    ("В области 2,3 тыс. НКО. В прошлом году 87 из них получили гранты на 190 млн рублей.",
     87, "НКО"),
    ("Подано 120 заявок, 45 из которых получили гранты на 3 млн тенге.", 45, "заявка"),
    ("Зарегистрированы 500 организаций; из них 40 работают в селах.", 40, "организация"),
    ("В районе 31 школа. Из этого числа 12 из них малокомплектные, 5 из них закрыты.", 5,
     "школа"),
    ("Из 261 депутата за закон проголосовали 228.", 261, "депутат"),
    ("Закон поддержали 228 из 261 депутата.", 228, "депутат"),
]


@pytest.mark.parametrize("text, value, unit", PART_OF_BEFORE)
def test_a_part_counts_what_the_whole_counted(run, text, value, unit):
    units = {s.value: s.unit for s in run(text).statistics}
    assert units.get(value) == unit, units


@pytest.mark.parametrize("text, value, rule", STAT_RULES)
def test_statistic_rule_names(traced, text, value, rule):
    found = {s.value: s.rule for s in traced(text).statistics}
    assert found.get(value) == rule, found


# (text, rule, veto, the vetoed mention as written)
STAT_VETOES = [
    ("Финал пройдет 5 мая.", "noun_phrase", "not_a_unit", "5 мая"),
    ("Школу построили в 2019 году.", "noun_phrase", "year", "2019 году"),
    ("Команда начала 2 этап подготовки.", "noun_phrase", "ordinal_use", "2 этап"),
    ("Писатель умер в возрасте 91 года.", "noun_phrase", "age_or_clock", "91 года"),
    ("Суд применил статью 105 УК.", "noun_phrase", "label_word", "105 УК"),
    ("Еще одна школа открылась в селе.", "noun_phrase", "one_determiner", "одна школа"),
    ('Вышел сборник "Сто лет одиночества: 20 рассказов".', "noun_phrase", "quoted_name",
     "20 рассказов"),
    ("Пришли 40 гостей, 15 нас ждали.", "borrowed_before", "nominal_follows", "15"),
    ("Было 50 участников, в 2021 и 2022 тоже.", "borrowed_before", "year_like", "2021"),
    ("Оба депутата проголосовали против.", "noun_phrase", "anaphoric", "Оба депутата"),
    ("Школьники 8 класса пришли.", "noun_phrase", "ordinal_use", "8 класса"),
    ("Девочке сейчас 12 лет.", "noun_phrase", "age_or_clock", "12 лет"),
]


@pytest.mark.parametrize("text, rule, veto, mention", STAT_VETOES)
def test_statistic_vetoes_in_trace(traced, text, rule, veto, mention):
    article = traced(text)
    events = [(e.rule, e.verdict, e.mention.text) for e in article.trace
              if e.kind == "statistics"]
    assert (rule, veto, mention) in events, events
    assert mention not in [s.mention.text for s in article.statistics]


# what a statistic measures, by its unit (data/stat_kinds.txt)
KINDS = [
    ("За последние пять лет открыли школу.", "duration"),
    ("Ремонт длился 18 месяцев.", "duration"),
    ("Через три недели объявят итоги.", "duration"),
    ("Выделено 2 млн рублей.", "money"),
    ("Стадион обошёлся в $12 млн.", "money"),
    ("Безработица снизилась до 4%.", "percent"),
    ("Доля выросла на семь процентов.", "percent"),
    ("Трасса длиной 120 км открыта.", "measure"),
    ("Команда дважды выходила в финал.", "times"),
    ("В районе открылись 14 новых школ.", "count"),
    ("Полиция задержала четырёх подозреваемых.", "count"),
]


@pytest.mark.parametrize("text, kind", KINDS)
def test_statistic_kind(run, text, kind):
    assert [s.kind for s in run(text).statistics] == [kind]


def test_kind_follows_the_unit_borrowed_and_scores(run):
    stats = run("Собрали 3 млн тенге, ещё 500 тысяч — позже. Матч завершился со счётом 2:0.")
    assert [(s.value, s.kind) for s in stats.statistics] == [
        (3000000, "money"), (500000, "money"), (2, "score"), (0, "score")]


def test_kind_round_trips(run):
    import civic_extract

    article = run("Выделено 2 млн рублей на 30 проектов за 2 года.")
    data = article.to_dict()
    assert [s["kind"] for s in data["statistics"]] == ["money", "count", "duration"]
    assert civic_extract.Article.from_dict(data).statistics == article.statistics


# A sum of magnitudes, each smaller than the one before, is one number.
@pytest.mark.parametrize("text, value, head", [
    ("В этом году выделено 1 млрд. 86 млн. тенге.", 1_086_000_000, "тенге"),
    ("На проекты направлено 2 млрд 300 млн тенге.", 2_300_000_000, "тенге"),
    ("Бюджет составил 3 млн 450 тыс. рублей.", 3_450_000, "рубль"),
    ("Собрали 1 млн 250 тыс. 500 тенге.", 1_250_500, "тенге"),
    ("Фонд потратил 12 млрд 5 млн долларов.", 12_005_000_000, "доллар"),
])
def test_sum_of_magnitudes(run, text, value, head):
    assert [(s.value, s.head) for s in run(text).statistics] == [(value, head)]


@pytest.mark.parametrize("text", [
    "В 2020 году 5 млн 2021 году.",  # units only after thousands
    "Выделено 2 млрд, из них 300 млн тенге ушло на гранты.",
])
def test_no_sum_across_numbers(run, text):
    assert all(s.value < 1_000_000_000 or s.value == 2_000_000_000
               for s in run(text).statistics)


# A number word and the noun after it must share a case to count it; a noun in another case
# leaves the number elided, borrowing the unit named before ("в трёх [номинациях]").
@pytest.mark.parametrize("text, expected", [
    ("Из пяти номинаций конкурса в трёх победителями стали женщины.",
     [(5, "номинация"), (3, "номинация")]),
    ("Из десяти проектов в двух авторами выступили студенты.",
     [(10, "проект"), (2, "проект")]),
    ("Тремя победителями стали женщины.", [(3, "победитель")]),
    ("Двум компаниям выдали гранты.", [(2, "компания")]),
    ("Три победителя получили призы.", [(3, "победитель")]),
    ("Конкурс прошёл в трёх номинациях.", [(3, "номинация")]),
])
def test_number_word_and_noun_share_a_case(run, text, expected):
    assert [(s.value, s.head) for s in run(text).statistics] == expected


# Adjectives in the genitive plural after a cardinal make it a count even when the noun's
# ending slipped; without them a singular noun after a number is an ordinal use.
@pytest.mark.parametrize("text, expected", [
    ("В проекте участвовали 40 учебных заведение.", [(40, "заведение")]),
    ("Занятия прошли в 3 учебном корпусе.", []),
    ("Открыт 5 новый корпус.", []),
    ("Команда вышла на 2 этап.", []),
])
def test_cardinal_adjectives(run, text, expected):
    assert [(s.value, s.head) for s in run(text).statistics] == expected


@pytest.mark.parametrize("text, value", [
    ("Сделка оценена в 8,13 млрд долларов.", 8_130_000_000),
    ("Выделено 1,1 млн рублей.", 1_100_000),
    ("Рост составил 0,3 процента.", 0.3),
    ("Собрали 2,5 млрд тенге.", 2_500_000_000),
])
def test_values_carry_no_binary_error(run, text, value):
    (stat,) = run(text).statistics
    assert stat.value == value and type(stat.value) is type(value)


# a number without its noun borrows across a bracketed aside that states another number
@pytest.mark.parametrize("text, expected", [
    ("Победитель получит 368 млн рублей (около 5,8 млн долларов), второе место — 316 млн "
     "(около 5 млн долларов).",
     [(368000000, "рубль"), (5800000, "доллар"), (316000000, "рубль"), (5000000, "доллар")]),
    ("За Бинга проголосовали 49 тысяч избирателей (52,3 процента), а за Кокрела - 44,7 тысячи "
     "(47,7 процента).",
     [(49000, "избиратель"), (52.3, "процент"), (44700, "избиратель"), (47.7, "процент")]),
    ("Выручка составила 12 млрд тенге (около 25 млн долларов), прибыль — 3 млрд (6 млн "
     "долларов).",
     [(12000000000, "тенге"), (25000000, "доллар"), (3000000000, "тенге"), (6000000, "доллар")]),
])
def test_borrowed_across_an_aside(run, text, expected):
    assert [(s.value, s.unit) for s in run(text).statistics] == expected


@pytest.mark.parametrize("text, expected", [
    # a bracket with no number after a day is no aside: the day is part of a date
    ("Быков прочитал две лекции — 17 () и 21 апреля ().", [(2, "лекция")]),
    # a number inside brackets does not borrow from outside them
    ("Пришли 40 гостей (и 12 позже).", [(40, "гость")]),
])
def test_no_borrowing_into_brackets(run, text, expected):
    assert [(s.value, s.unit) for s in run(text).statistics] == expected


# a measure in two units, the larger first, is one value in the larger unit
@pytest.mark.parametrize("text, expected", [
    ("Рекорд: 82 километра 169 метров за 12 часов.", [(82.169, "километр"), (12, "час")]),
    ("Он прошел 118 км 650 метров.", [(118.65, "километр")]),
    ("Она метнула снаряд на 21 метр 36 сантиметров.", [(21.36, "метр")]),
    ("Малыш весит 8 фунтов 6 унций.", [(8.375, "фунт")]),
    ("Дорога длиной 5 километров 20 метров и 3 метра.", [(5.02, "километр"), (3, "метр")]),
    # durations stay apart; the smaller unit first is two values
    ("Забег длился 2 часа 30 минут.", [(2, "час"), (30, "минута")]),
    ("Построили 300 метров дороги и 2 километра тротуаров.",
     [(300, "метр"), (2, "километр")]),
])
def test_two_units(run, text, expected):
    assert [(s.value, s.unit) for s in run(text).statistics] == expected


def test_two_units_weigh(run):
    assert [s.kind for s in run("Малыш весит 8 фунтов 6 унций.").statistics] == ["measure"]


# adjectives made of a currency, glued to the digits
@pytest.mark.parametrize("text, expected", [
    ("У органа может не найтись сдачи со 100-долларовой купюры.", [(100, "доллар")]),
    ("Она нашла 20-долларовую банкноту.", [(20, "доллар")]),
    ("Он купил 50-рублевую марку.", [(50, "рубль")]),
    ("Они читают долларовые новости.", []),
])
def test_currency_adjectives(run, text, expected):
    assert [(s.value, s.unit) for s in run(text).statistics] == expected


# "один человек" is a tally even alone; "ещё один", "один из", "по одному" stay determiners
@pytest.mark.parametrize("text, expected", [
    ("При стрельбе погиб один человек.", [(1, "человек")]),
    ("Один человек получил ранения.", [(1, "человек")]),
    ("Пострадала одна женщина и один человек из охраны.", [(1, "человек")]),
    ("Ещё один человек пропал.", []),
    ("Один из людей пропал.", []),
    ("По одному человеку от каждой команды.", []),
])
def test_one_person_counts(run, text, expected):
    assert [(s.value, s.unit) for s in run(text).statistics] == expected


# a count word in the plural with no number before it is vague ("сотни", "десятков", "сот");
# with a number before it, or in the singular, it counts
@pytest.mark.parametrize("text, expected", [
    ("Сотни человек вышли на площадь.", []),
    ("На площадь вышли сотни людей.", []),
    ("Ранения получили десятки пассажиров, погибли 5 человек.", [(5, "человек")]),
    ("Несколько десятков жителей пришли на сход.", []),
    ("Письмо подписали несколько сот учёных.", []),
    ("Ущерб составил несколько сотен тысяч долларов.", []),
    ("Церемонию смотрели сотни миллионов зрителей.", []),
    ("О гибели десятков людей сообщили 3 агентства.", [(3, "агентство")]),
    ("Пришли две сотни гостей.", [(200, "гость")]),
    ("Он написал около полутора десятков книг.", [(15, "книга")]),
    ("Около сотни волонтёров убрали парк.", [(100, "волонтер")]),
    ("Там работает с десяток экспертов.", [(10, "эксперт")]),
    ("Купили три дюжины яиц.", [(36, "яйцо")]),
])
def test_vague_collectives(run, text, expected):
    assert [(s.value, s.unit) for s in run(text).statistics] == expected


# a score whose right side is one digit needs no cue: no clock time is written so
@pytest.mark.parametrize("text, expected", [
    ("Вчера москвичи проиграли гостям 0:1.", [0, 1]),
    ("Боксёр остаётся непобеждённым (14:0).", [14, 0]),
    ("Счёт в матче, продолжавшемся почти пять часов, составил 7:6, 7:5, 2:6.",
     [5, 7, 6, 7, 5, 2, 6]),
    ("Поражение от «Видеотона» (0:3) стоило тренеру места.", [0, 3]),
    ("Гости победили 2:1, а в гостях уступили 1:2.", [2, 1, 1, 2]),
    # clock times keep their two digits of minutes
    ("Поезд ушёл в 7:05, а вернулся в 19:40.", []),
    ("Начало в 9:30.", []),
])
def test_score_without_cue(run, text, expected):
    assert [s.value for s in run(text).statistics] == expected


# a number without its noun counts the genitive of "число", "количество", "численность" before it
@pytest.mark.parametrize("text, expected", [
    ("Число кандидатов в мэры выросло до 13.", [(13, "кандидат")]),
    ("Наибольшее количество мандатов получили консерваторы - 292.", [(292, "мандат")]),
    ("Партия стала третьей по числу мандатов (52).", [(52, "мандат")]),
    ("Больше всего нарушений, по количеству жалоб, в Москве (462) и Самаре (88).",
     [(462, "жалоба"), (88, "жалоба")]),
    ("Реформа предполагает сокращение количества министерств до 11.", [(11, "министерство")]),
    ("Численность погибших достигла 40.", [(40, "погибший")]),
    ("Число новых случаев заражения за сутки составило 106.", [(106, "новый случай")]),
    # a range: the value it changed from as well
    ("Число волонтёров выросло с 40 до 75.", [(40, "волонтер"), (75, "волонтер")]),
    ("Количество заявок сократилось со 120 до 96.", [(120, "заявка"), (96, "заявка")]),
    ("Численность участниц составит от 30 до 45.", [(30, "участница"), (45, "участница")]),
    # an abbreviation that declines in no case, and a closing quote after the number
    ("Число НКО выросло до 2 240.", [(2240, "НКО")]),
    ("«Количество ТОО в районе достигло 45», – сказал он.", [(45, "ТОО")]),
    ("«Число общественных объединений выросло с 1 150 до 2 240», — отметила она.",
     [(1150, "общественное объединение"), (2240, "общественное объединение")]),
    # its own noun, a number after "в том числе", a year: no borrowing
    ("Число участников выросло до 40 человек.", [(40, "человек")]),
    ("В том числе депутаты получили 5.", []),
    ("В числе прочих изменений срок вырос с пяти до семи лет.", [(5, "год"), (7, "год")]),
    ("Число жалоб росло и в 2019.", []),
    # a list goes on with the unit of the number before
    ("Наибольшее количество нарушений зарегистрировано в Москве (462), Ставропольском крае "
     "(96), Самарской (88), Свердловской (80) и Новосибирской (64) областях.",
     [(462, "нарушение"), (96, "нарушение"), (88, "нарушение"), (80, "нарушение"),
      (64, "нарушение")]),
    # an amount noun far before is out of reach
    ("Число жалоб, как сообщили в пресс-службе ведомства со ссылкой на данные проверок "
     "прошлых лет и отчёты региональных управлений, составило 12.", []),
    # the first day of dates whose month comes after the last
    ("Число погибших в ночь с 18 на 19 апреля выросло до 23.", [(23, "погибший")]),
    ("Количество заявок с 5 по 9 мая составило 40.", [(40, "заявка")]),
])
def test_amount_of(run, text, expected):
    assert [(s.value, s.unit) for s in run(text).statistics] == expected


# a number with a multiplier word and no noun is a sum in the currency of the last sum stated
# before it outside brackets; with no sum before it stays unreported
@pytest.mark.parametrize("text, expected", [
    ("Чемпион получит 368 млн рублей (около 5,8 млн долларов). Четвёртое место — 263 млн "
     "(около 4,2 млн долларов).",
     [(368000000, "рубль"), (5800000, "доллар"), (263000000, "рубль"), (4200000, "доллар")]),
    ("Контракт игрока стоит 35 млн евро. Сейчас он зарабатывает 30 миллионов в год.",
     [(35000000, "евро"), (30000000, "евро")]),
    ("Выручка Google достигла $8,5 млрд. Apple получила прибыль в 6 миллиардов.",
     [(8500000000, "доллар"), (6000000000, "доллар")]),
    ("Роды в клинике обошлись в 930 тысяч.", []),
    # a count before is no currency; a sum in the same sentence lends its unit as before
    ("В городе живут 2 млн человек. Ремонт обошёлся в 930 тысяч.", [(2000000, "человек")]),
    ("Бюджет — 5 млрд тенге, расходы — 3 млрд. Затем ещё 2 млрд.",
     [(5000000000, "тенге"), (3000000000, "тенге"), (2000000000, "тенге")]),
])
def test_earlier_money(run, text, expected):
    assert [(s.value, s.unit) for s in run(text).statistics] == expected


# number words go on past a multiplier ("тысяча двести"), and "с половиной" adds a half
@pytest.mark.parametrize("text, expected", [
    ("Тысяча двести человек пришли на митинг.", [(1200, "человек")]),
    ("Пришли две тысячи двадцать человек.", [(2020, "человек")]),
    ("Голосовали три миллиона двести тысяч избирателей.", [(3200000, "избиратель")]),
    ("Собрали два миллиона триста сорок тысяч пятьсот рублей.", [(2340500, "рубль")]),
    ("Фонду передали полтора миллиона двести тысяч тенге.", [(1700000, "тенге")]),
    ("Выступили перед тремястами сорока восемью участниками.", [(348, "участник")]),
    ("Пришли тысяча человек и двести гостей.", [(1000, "человек"), (200, "гость")]),
    ("В две тысячи двадцать первом году прошёл форум.", []),
    ("Прошло два с половиной года.", [(2.5, "год")]),
    ("Прошло 2 с половиной года.", [(2.5, "год")]),
    ("Пришли около трёх с половиной тысяч человек.", [(3500, "человек")]),
    ("Собрано 2 с половиной миллиона рублей.", [(2500000, "рубль")]),
    ("Он провёл там три с половиной месяца, она — пять с половиной.",
     [(3.5, "месяц"), (5.5, "месяц")]),
    ("Срок — полтора года, с половиной группы он работал.", [(1.5, "год")]),
])
def test_compound_number_words(run, text, expected):
    assert [(s.value, s.unit) for s in run(text).statistics] == expected


# the counted noun in quotes: the whole quotation is the unit; a number inside a quoted name
# is none
@pytest.mark.parametrize("text, expected", [
    ("Фильм собрал пять «Оскаров», в том числе за музыку.", [(5, "оскар")]),
    ("Он получил 5 «Оскаров».", [(5, "оскар")]),
    ("Спектакль завоевал две \"Золотые маски\".", [(2, "золотая маска")]),
    ("Театр получил две «Золотых Маски».", [(2, "золотая маска")]),
    ("Вышел альбом «100 песен».", []),
    ("Открылся форум «Общество и государство: 30 лет партнерства».", []),
])
def test_quoted_noun(run, text, expected):
    assert [(s.value, s.unit) for s in run(text).statistics] == expected


# digits that open their sentence before a verb, or close it after a verb or a particle,
# count what the sentence before counted last
@pytest.mark.parametrize("text, expected", [
    ("На борту находился 201 человек. Спасти удалось лишь 79.",
     [(201, "человек"), (79, "человек")]),
    ("Закон поддержали 228 из 261 депутата. 33 воздержались.",
     [(228, "депутат"), (261, "депутат"), (33, "депутат")]),
    ("Госпитализированы 10 человек. Под подозрением находятся 106.",
     [(10, "человек"), (106, "человек")]),
    ("Пришли 40 гостей. 15 ушли рано, 10 остались.",
     [(40, "гость"), (15, "гость"), (10, "гость")]),
    # a clock time, a rating, an age, a year; a sum or a bracket before
    ("Пришли 40 гостей. Заседание закрыли в 18.", [(40, "гость")]),
    ("Пришли 40 гостей. Его рейтинг 2813.", [(40, "гость")]),
    ("Пришли 40 гостей. Ему исполнилось 45.", [(40, "гость")]),
    ("Пришли 40 гостей. 2020 стал трудным.", [(40, "гость")]),
    ("Собрали 5 млн тенге. 30 ушли на ремонт.", [(5000000, "тенге")]),
    ("Они победили (40 голосов). 12 воздержались.", [(40, "голос")]),
    # the counts of a list of places, after a dash each
    ("В области работают 1312 организаций. Больше всего их в Павлодаре — 702, в Экибастузе — "
     "214, в Аксу — 96.", [(1312, "организация"), (702, "организация"), (214, "организация"),
                          (96, "организация")]),
    ("В районе открыто 12 школ. Больше всего — в селе Ленинское — 4.",
     [(12, "школа"), (4, "школа")]),
    ("Пришли 40 гостей. Рейтинг — 2813.", [(40, "гость")]),
])
def test_previous_sentence(run, text, expected):
    assert [(s.value, s.unit) for s in run(text).statistics] == expected


# adjectives after a number whose noun is left out take the noun of the statistic before
@pytest.mark.parametrize("text, expected", [
    ("Сборная завоевала 12 медалей (2 золотых, 5 серебряных и 5 бронзовых).",
     [(12, "медаль"), (2, "золотая медаль"), (5, "серебряная медаль"),
      (5, "бронзовая медаль")]),
    ("Сборная завоевала 12 медалей: 2 золотые, 5 серебряных и 5 бронзовых.",
     [(12, "медаль"), (2, "золотая медаль"), (5, "серебряная медаль"),
      (5, "бронзовая медаль")]),
    ("Продано 300 квартир, из них 120 однокомнатных.",
     [(300, "квартира"), (120, "однокомнатная квартира")]),
    ("В городе 12 школ, 3 частные.", [(12, "школа"), (3, "частная школа")]),
    ("Пришли 40 гостей, 15 новых были из Москвы.", [(40, "гость"), (15, "новый гость")]),
    # a noun after the adjectives is the number's own
    ("Пришли 40 гостей, 15 новых участников.", [(40, "гость"), (15, "новый участник")]),
    # with no statistic before, nothing to take; the noun comes later
    ("Их было 5 новых.", []),
    ("На борту были три пассажира: Иванова и два молодых, но известных предпринимателя.",
     [(3, "пассажир")]),
])
def test_adjective_elided(run, text, expected):
    assert [(s.value, s.unit) for s in run(text).statistics] == expected


# "один" after a particle that stresses the number counts even alone
@pytest.mark.parametrize("text, expected", [
    ("Был известен только один случай нападения.", [(1, "случай")]),
    ("Показали лишь один кадр.", [(1, "кадр")]),
    ("Осталось всего одно место.", [(1, "место")]),
    ("Он играл только за один клуб.", []),
    ("Это только один из вариантов.", []),
    ("Один случай известен.", []),
])
def test_one_after_focus(run, text, expected):
    assert [(s.value, s.unit) for s in run(text).statistics] == expected


# after a dash, a noun phrase in the nominative that ends its clause is what the number counts
@pytest.mark.parametrize("text, expected", [
    ("В области 1 240 организаций, из них 312 — общественные объединения.",
     [(1240, "организация"), (312, "общественное объединение")]),
    ("Из 500 участников 120 — студенты, 80 — пенсионеры.",
     [(500, "участник"), (120, "студент"), (80, "пенсионер")]),
    ("Среди лауреатов 15 — женщины.", [(15, "женщина")]),
    # no noun phrase after the dash, or one that does not end the clause
    ("Из них 12 — в сельской местности.", []),
    ("В городе 40 школ, 12 — в селах района.", [(40, "школа"), (12, "школа")]),
])
def test_unit_after_a_dash(run, text, expected):
    assert [(s.value, s.unit) for s in run(text).statistics] == expected


@pytest.mark.parametrize("text, expected", [
    # a label in the singular after the dash: no unit ("баллы" are borrowed)
    ("Он набрал 204 балла: 72 — математика, 60 — физика.", [(204, "балл"), (72, "балл"),
                                                         (60, "балл")]),
])
def test_label_after_a_dash(run, text, expected):
    assert [(s.value, s.unit) for s in run(text).statistics] == expected


# an abbreviation's head is the head noun of its full form, in any case and order, so that one
# count the text gives abbreviated and spelled out is one (value, head); the unit stays as written
@pytest.mark.parametrize("text, expected", [
    ("В области 1 245 НКО. Всего зарегистрировано 1 245 некоммерческих организаций.",
     {(1245, "организация")}),
    ("Работают 312 неправительственных организаций. Все 312 НПО получили гранты.",
     {(312, "организация")}),
    ("Из них 45 ТОО и 12 ИП.", {(45, "товарищество"), (12, "предприниматель")}),
    ("В регионе 37 СМИ, из них 20 средств массовой информации – частные.",
     {(37, "средство"), (20, "средство")}),
    ("Произошло 14 ДТП.", {(14, "происшествие")}),
])
def test_an_abbreviation_counts_what_its_full_form_does(run, text, expected):
    stats = run(text).statistics
    assert {(s.value, s.head) for s in stats} == expected
    for s in stats:  # the abbreviation stays the unit, as written
        assert s.mention is not None
        word = s.mention.text.split()[-1]
        assert s.unit == word if word.isupper() else s.unit.islower()
