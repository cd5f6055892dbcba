"""Places: nominative names, kinds, abbreviations, gazetteer."""

from __future__ import annotations

import pytest

PLACES = [
    ("Форум прошел в Акмолинской области.", ("Акмолинская область", "region")),
    ("Форум прошел в Кокшетау.", ("Кокшетау", "city")),
    ("Делегация прибыла из Казахстана.", ("Казахстан", "country")),
    ("Новости ЗКО: открыт центр.", ("Западно-Казахстанская область", "region")),
    ("Встреча прошла в Целиноградском районе.", ("Целиноградский район", "district")),
    ("Делегация из Нидерландов приехала.", ("Нидерланды", "country")),
    # a place in the genitive after an organization word in the genitive is the place of
    # its organizations, not their name
    ("В одном из магазинов Сормовского района нашли сувенир.", ("Сормовский район", "district")),
    ("Сотрудники больниц Ленинского района вышли на работу.", ("Ленинский район", "district")),
    # a name with its own place word after a word that names things ("семья Ивановых") is a
    # place all the same
    ("Фонд помог семьям Туркестанской области.", ("Туркестанская область", "region")),
    ("Фонд поддержал 300 семей Акмолинской области.", ("Акмолинская область", "region")),
    ("Помощь получили многодетные семьи Кордайского района.", ("Кордайский район", "district")),
    ("Семья из Карасайского района и семья Жамбылской области приехали.",
     ("Жамбылская область", "region")),
]


@pytest.mark.parametrize("text, expected", PLACES)
def test_places(run, text, expected):
    assert expected in [(p.name, p.kind) for p in run(text).places]


def test_adjectives_are_no_places(run):
    assert run("Это важно для казахстанского общества.").places == ()


def test_place_inside_an_organization_name(run):
    text = "Выступила президент Гражданского альянса Казахстана Бану Нургазиева."
    assert "Казахстан" in [p.name for p in run(text).places]


MORE_PLACES = [
    ("Законы РК меняются.", ("Республика Казахстан", "country")),
    ("Встреча прошла в Доме дружбы.", ("Дом дружбы", "other")),
    ("Аким области Абай провел прием.", ("область Абай", "region")),
    # a landmark word before the name makes a place of kind "other"; a street keeps its word
    ("Лодки плыли по реке Иртыш.", ("река Иртыш", "other")),
    ("Мост через Неву открыли.", ("Нева", "other")),  # a river of the gazetteer
    ("Митинг прошел на площади Тяньаньмэнь.", ("площадь Тяньаньмэнь", "other")),
    ("Офис находится на улице Абая.", ("улица Абая", "other")),
    ("Сквер открыли в микрорайоне Самал.", ("Самал", "other")),
    ("Туристы собрались на Таймс-сквер.", ("Таймс-сквер", "other")),
    ("Экскурсия по Михайловскому замку прошла вчера.", ("Михайловский замок", "other")),
    # a person's name glued to the end of a place by the NER is cut off
    ("Фрэнки Бой был известен полиции. Полиция сообщила, что в районе Статен-Айленд Фрэнки "
     "получил ранение.", ("Статен-Айленд", "district")),
    # participles in a known name ("Объединённых" lemmatizes to the verb)
    ("Он живет в Объединённых Арабских Эмиратах.", ("Объединённые Арабские Эмираты", "country")),
    # an aside in brackets after the name is no part of it
    ("Она родилась в Швейцарии (Switzerland) в 1990 году.", ("Швейцария", "country")),
    ("Об этом сообщило дорожное агентство России (Росавтодор).", ("Россия", "country")),
    # an aside between the adjective and its noun agrees with them
    ("Он приехал из Кировоградской (Кропивницкой) области.",
     ("Кировоградская (Кропивницкая) область", "region")),
    # capitals of each part of a hyphenated name are kept
    ("Он живет в Нью-Йорке.", ("Нью-Йорк", "city")),
    ("Форум прошел в Ростове-на-Дону.", ("Ростов-на-Дону", "city")),
    # a place in the genitive after a named street or a district is a place of its own
    ("Квартира на Молодогвардейской улице Москвы пустует.", ("Москва", "city")),
    ("Жители Хорошевского района Москвы недовольны.", ("Москва", "city")),
    ("Село Цибулёво Знаменского района Кировоградской области.",
     ("Кировоградская область", "region")),
    ("Туристы гуляли по улицам Парижа.", ("Париж", "city")),
    ("Митинг прошел на улице Киева.", ("Киев", "city")),
    # a body of a known place: the place stays
    ("Он работает в правительстве Москвы.", ("Москва", "city")),
    ("Прием провели в акимате Алматы.", ("Алматы", "city")),
    # a person's namesake after a preposition of place is the place
    ("Писатель Алехандро Толедо прилетел в Толедо.", ("Толедо", "city")),
    # a place in the genitive after an airport is where the airport is
    ("Рейс задержали в аэропорту Барселоны.", ("Барселона", "city")),
    # the city an arena is named for is nested in its name
    ("Финал сыграют на стадионе Казань Арена.", ("Казань", "city")),
    ("Сборная играла в Ростов Арене.", ("Ростов", "city")),
    # the NER leaves the first word of a known name out
    ("Беженцы бегут из Сектора Газа.", ("Сектор Газа", "region")),
    ("Выборы прошли в Гагаузской автономии.", ("Гагаузская автономия", "region")),
    # a street named for a person keeps the surname
    ("Дом на улице Лобачевского снесли.", ("улица Лобачевского", "other")),
]


# a building named in the order of a foreign or Kazakh name, its head word last: a place of
# kind other in the nominative, in any case, quoted or not; a known place that opens it is
# nested in it
FACILITY_COMPOUNDS = [
    ("Матч прошел на «Барыс Арене».", "Барыс Арена", None),
    ("«Барыс Арена» вмещает двенадцать тысяч зрителей.", "Барыс Арена", None),
    ("Болельщики пришли к Барыс Арене, а затем к Дворцу спорта.", "Барыс Арена", None),
    ("Концерт пройдет в «Крокус Сити Холле» в пятницу.", "Крокус Сити Холл", None),
    ("Здание Крокус Сити Холла отремонтируют.", "Крокус Сити Холл", None),
    ("Финал сыграют на стадионе Казань Арена.", "Казань Арена", ("Казань", "city")),
    ("Сборная играла в Ростов Арене.", "Ростов Арена", ("Ростов", "city")),
    ("Турнир прошел на «Алматы Арене».", "Алматы Арена", ("Алматы", "city")),
]


@pytest.mark.parametrize("text, name, nested", FACILITY_COMPOUNDS)
def test_a_facility_named_head_last(run, text, name, nested):
    article = run(text)
    assert (name, "other") in [(p.name, p.kind) for p in article.places]
    assert not any(name.split()[0] in o.name for o in article.organizations)
    if nested is not None:
        assert nested in [(p.name, p.kind) for p in article.places]


@pytest.mark.parametrize("text, name", [
    # a legal form makes the name a company's; a head that is no facility word names no building
    ("ТОО «Алатау Арена» построило каток.", "Алатау Арена"),
    ("Группа «Горький Парк» выступила в Москве.", "Горький Парк"),
    ("Клуб «Барыс Астана» выиграл.", "Барыс Астана"),
])
def test_no_facility_compound(run, text, name):
    assert name not in [p.name for p in run(text).places]


@pytest.mark.parametrize("text, name, kind", [
    # a settlement's word before the name: a settlement named so
    ("Взрыв произошел в городе Сисайд Парк, штат Нью-Джерси.", "Сисайд Парк", "city"),
])
def test_a_settlement_named_like_a_facility(run, text, name, kind):
    assert (name, kind) in [(p.name, p.kind) for p in run(text).places]


# a hyphenated name both parts of which decline, in an oblique case: the gazetteer's name
@pytest.mark.parametrize("text, name", [
    ("Субботник прошел в Каменске-Уральском.", "Каменск-Уральский"),
    # the genitive the dictionary reads as an adjective alone
    ("Он уроженец Каменска-Уральского.", "Каменск-Уральский"),
    ("Жители Каменска-Уральского и Нижнего Тагила собрались.", "Каменск-Уральский"),
    ("Гости приехали в Каменск-Уральский вчера.", "Каменск-Уральский"),
    ("Делегация встретилась с жителями Петропавловска-Камчатского.", "Петропавловск-Камчатский"),
    ("Он работал в Комсомольске-на-Амуре.", "Комсомольск-на-Амуре"),
    # an alias spelled by the parts names another place: the text's own words
    ("Пожар начался в провинции Санта-Крус.", "Санта-Крус"),
])
def test_a_hyphenated_name_declined_in_both_parts(run, text, name):
    assert name in [p.name for p in run(text).places]


# a town whose oblique form the dictionary reads first as a surname's or another word's: the
# gazetteer's place its place reading names, in every case
@pytest.mark.parametrize("text, name", [
    ("Глава города Иванова выступил.", "Иваново"),
    ("Делегация приехала из Иванова.", "Иваново"),
    ("Завод в Иванове закрыли.", "Иваново"),
    ("Мы побывали в Одинцове.", "Одинцово"),
    ("Ярмарка прошла в Солнцеве.", "Солнцево"),
    ("Встреча прошла в Абудже.", "Абуджа"),
    # the first reading names a place: it stays
    ("Мэр города Королёва выступил.", "Королёв"),
    # a place the dictionary knows only as a name or a surname (or whose first reading is a
    # verb's): the gazetteer's name a reading spells, in every case, a preposition the NER ran
    # in left out
    ("В Конаеве прошла сессия маслихата.", "Конаев"),
    ("Сессия прошла в городе Конаеве.", "Конаев"),
    ("Из Конаева приехали гости.", "Конаев"),
    # a town whose name the dictionary reads only as another word's oblique case ("Семей":
    # "семья"), in the cases it declines in, the NER's organization too
    ("В Семее назвали лучших спортсменов.", "Семей"),
    ("Команда из Семея победила.", "Семей"),
    ("Под Семеем построят завод.", "Семей"),
    ("Туристы отдыхали в Канкуне.", "Канкун"),
    ("Выборы прошли в Нью-Гэмпшире.", "Нью-Гэмпшир"),
])
def test_a_town_declined_like_a_surname(run, text, name):
    assert [p.name for p in run(text).places] == [name]


# a town the NER ran into a person's name after a singular place word is the town; a surname
# the dictionary reads as no place stays the person's
@pytest.mark.parametrize("text, places, people", [
    ("Совещание прошло под председательством главы города Иванова Вячеслава Сверчкова.",
     ["Иваново"], ["Вячеслав Сверчков"]),
    ("Указ главы города Иванова Вячеслава Сверчкова вышел вчера.",
     ["Иваново"], ["Вячеслав Сверчков"]),
    ("Мэр города Лужков выступил.", [], ["Лужков"]),
    # after "из", at a sentence start too; a surname after "из" that is no town stays a name's
    ("Из Шу Зинаида Ким приехала первой.", ["Шу"], ["Зинаида Ким"]),
    ("Письмо пришло из Ким Зинаиды Петровны.", [], ["Ким Зинаида Петровна"]),
])
def test_a_town_run_into_a_name(run, text, places, people):
    article = run(text)
    assert ([p.name for p in article.places], [p.name for p in article.people]) == \
        (places, people)


# a one-word person of the NER that a reading of the dictionary (not its first) makes a place of
# the gazetteer is that place, unless a longer person's name of the text holds the word
@pytest.mark.parametrize("text, place, person", [
    ("Лучшие общественники Костаная получили награды.", "Костанай", None),
    ("Волонтеры Костаная вышли на субботник.", "Костанай", None),
    ("Фанаты Кобе Брайанта плакали. Тебя будет не хватать, Кобе.", None, "Кобе"),
])
def test_a_place_the_ner_took_for_a_person(run, text, place, person):
    article = run(text)
    if place is not None:
        assert place in [p.name for p in article.places]
        assert place not in [p.name for p in article.people]
    if person is not None:
        assert person not in [p.name for p in article.places]


@pytest.mark.parametrize("text, expected", MORE_PLACES)
def test_more_places(run, text, expected):
    assert expected in [(p.name, p.kind) for p in run(text).places]


NOT_PLACES = [
    ("Сессию провел Кызылординский городской маслихат.", "Кызылординский городской маслихат"),
    ("Открылся центр Первого Президента.", "Первый Президент"),
    ("Запад ввел новые санкции.", "Запад"),
    # a whole quoted name is the name of something else
    ("Выступила солистка группы «Алматы» Айгуль Сейтова.", "Алматы"),
    ("Показ прошел в кинотеатре «Астана».", "Астана"),
    # the name of an organization or of a thing, after its word
    ("После учебы в университете Цинхуа она вернулась в Пекин.", "Цинхуа"),
    ("Пациента отвезли в больницу Санта Мария.", "Санта"),
    ("Особняк построен в стиле эпохи Тюдоров.", "Тюдор"),
    ("Семья Ивановых переехала в новый дом.", "Иванов"),
    # a kind of building every town has, capitalized as if a name
    ("Концерт прошел в районном Доме культуры.", "Дом культуры"),
    ("В селе открыли новый Дом культуры.", "Дом культуры"),
    ("За пять лет построено 3 школы и 2 Дома культуры.", "Дом культуры"),
    ("Соревнования прошли в новом Дворце спорта.", "Дворец спорта"),
    ("Он молился богине Аматэрасу.", "Аматэрас"),
    # the surname of a person of the text
    ("Экс-президент Перу Алехандро Толедо арестован. Толедо отрицает обвинения.", "Толедо"),
    ("Офис находится на улице Абая.", "Абай"),
    # the name of an airport, a cosmodrome, a prison after its word
    ("Самолет сел в аэропорту Домодедово.", "Домодедово"),
    ("Ракета стартовала с космодрома Байконур вчера.", "Байконур"),
    ("Его держали в тюрьме Гуантанамо.", "Гуантанамо"),
    # a number glued to a word, a common noun at the head, a lone given name
    ("Гонщик выиграл этап Формулы-1 в Монако.", "Формула"),
    ("Итоги обсудил Каталонский референдум в Мадриде.", "Каталонский"),
    ("Лидеры Большой восьмерки встретились в Японии.", "Большая"),
    ("Прасковья вернулась домой в Тверь.", "Прасковья"),
]


@pytest.mark.parametrize("text, name", NOT_PLACES)
def test_not_places(run, text, name):
    places = run(text).places
    assert not any(p.name.startswith(name) for p in places), places


def test_list_separators_split_places(run):
    text = "Маршрут: Казахстан • Узбекистан • Объединённые Арабские Эмираты."
    names = [p.name for p in run(text).places]
    assert names == ["Казахстан", "Узбекистан", "Объединённые Арабские Эмираты"]


def test_known_names_run_together_are_split(run):
    names = [p.name for p in run("Маршрут: Хабаровск Владивосток, далее морем.").places]
    assert names == ["Хабаровск", "Владивосток"]


DISTRIBUTED = [
    ("Пожары бушуют в Рязанской, Костромской и Архангельской областях.",
     ["Рязанская область", "Костромская область", "Архангельская область"]),
    ("Выборы прошли в Бурабайском и Целиноградском районах.",
     ["Бурабайский район", "Целиноградский район"]),
    # ... the names listed after the noun (and its genitive) and a dash or a colon
    ("Центры работают в пяти районах мегаполиса – Абайском, Аль-Фарабийском, Енбекшинском, "
     "Каратауском и Туранском.", ["Абайский район", "Аль-Фарабийский район",
                                 "Енбекшинский район", "Каратауский район", "Туранский район"]),
    ("Выборы прошли в двух областях: Костанайской и Акмолинской.",
     ["Костанайская область", "Акмолинская область"]),
    ("Центры открыты в районах города — Ленинском и Советском.",
     ["Ленинский район", "Советский район"]),
    ("Жители районов – Ленинского и Советского – пришли на встречу.",
     ["Ленинский район", "Советский район"]),
    # ... a bracketed aside after each name ("(31 человек)") parts none from the noun
    ("Больше всего заявок — в Сайрамском (31 человек), Толебийском (26) и Мактааральском (24) "
     "районах.", ["Сайрамский район", "Толебийский район", "Мактааральский район"]),
    ("Заявки пришли из Омской (120), Томской (80) и Новосибирской (64) областей.",
     ["Омская область", "Томская область", "Новосибирская область"]),
    ("Выборы прошли в Ленинском (42%) и Советском (38%) районах.",
     ["Ленинский район", "Советский район"]),
]


# names listed after one plural settlement word all take its kind, one the NER reads as a
# person too; not names in another case ("в странах Европы и Азии": where the countries are)
LISTED_AFTER_A_PLURAL_WORD = [
    ("Воду провели в селах Шелек и Малыбай.", [("Шелек", "village"), ("Малыбай", "village")]),
    ("Воду провели в аулах Шелек и Малыбай.", [("Шелек", "village"), ("Малыбай", "village")]),
    ("Воду провели в селах Каменка, Бобровка и Ивановка.",
     [("Каменка", "village"), ("Бобровка", "village"), ("Ивановка", "village")]),
    ("Жители сел Ақсу, Көктал и Қарабұлақ получили воду.",
     [("Ақсу", "village"), ("Көктал", "village"), ("Қарабұлақ", "village")]),
    ("Дороги отремонтировали в поселках Шортанды, Жолымбет и Научный.",
     [("Шортанды", "village"), ("Жолымбет", "village"), ("Научный", "village")]),
    ("Выставки прошли в городах Москва, Казань и Омск.",
     [("Москва", "city"), ("Казань", "city"), ("Омск", "city")]),
    ("Он побывал в странах Европы и Азии.", [("Европа", "area"), ("Азия", "area")]),
]


# a rural or urban settlement of Russia and a rural okrug of Kazakhstan: a place of two place
# words, its adjective in the nominative of the noun's gender, a "-ский" surname's form too
MUNICIPAL = [
    ("Главой Бондюжского сельского поселения избран Иван Петров.",
     [("Бондюжское сельское поселение", "district")]),
    ("В Бондюжском сельском поселении открыли клуб.",
     [("Бондюжское сельское поселение", "district")]),
    ("Жители Краснокамского городского поселения собрались.",
     [("Краснокамское городское поселение", "city")]),
    ("Аким Лобановского сельского округа провел встречу.",
     [("Лобановский сельский округ", "district")]),
    ("В Лобановском сельском округе открыли клуб.", [("Лобановский сельский округ", "district")]),
    ("Жители Каменского сельского округа собрались.", [("Каменский сельский округ", "district")]),
]


# a street named after a person, written in full or abbreviated, is the street (kind other),
# not the person; an address's street the NER left out too
STREETS = [
    ("Офис находится на проспекте Назарбаева.", [("проспект Назарбаева", "other")]),
    ("Встреча пройдет по адресу: пр. Назарбаева, 12.", [("проспект Назарбаева", "other")]),
    ("Адрес: г. Кокшетау, ул. Абая, 96.", [("Кокшетау", "city"), ("улица Абая", "other")]),
    ("Приемная: ул. Ленина, д. 5.", [("улица Ленина", "other")]),
    ("Школа стоит на улице Динмухамеда Кунаева.", [("улица Динмухамеда Кунаева", "other")]),
    ("Фонд переехал на улицу Кенесары.", [("улица Кенесары", "other")]),
    # a city named after a person names the street after the person; a city by name alone is
    # where the street is
    ("Планируется отремонтировать улицу Кирова.", [("улица Кирова", "other")]),
    ("Движение перекрыто на улице Королева.", [("улица Королева", "other")]),
    ("Дом стоит на улице Калинина.", [("улица Калинина", "other")]),
    # a first name or a rank and a surname the NER left out name the street together
    ("Движение перекрыто на улице Максима Горького.", [("улица Максима Горького", "other")]),
    ("Дом стоит на проспекте Маршала Жукова.", [("проспект Маршала Жукова", "other")]),
    ("Кафе открылось на улице Льва Толстого.", [("улица Льва Толстого", "other")]),
    # a town after the street's name is no word of it
    ("Школа находится на улице Ленина Омска.", [("улица Ленина", "other"), ("Омск", "city")]),
    # an adjective after the word names the street, in the nominative in the word's gender, the
    # word in full or abbreviated
    ("Новый сквер появится на улице Ленинградской.", [("улица Ленинградская", "other")]),
    ("Дом стоит на улице Бассейной.", [("улица Бассейная", "other")]),
    ("Жители дома на ул. Уинской пожаловались на шум.", [("улица Уинская", "other")]),
    ("Офис на ул. Советской, 12 открыт.", [("улица Советская", "other")]),
    ("Ремонт начали на улицу Садовую.", [("улица Садовая", "other")]),
    ("Пробка образовалась на проспекте Комсомольском.", [("проспект Комсомольский", "other")]),
    # the other thoroughfare words, in full or abbreviated, before a person's name, a genitive
    # or an adjective: the street, not the person's town
    ("Ремонт идет на бульваре Победы.", [("бульвар Победы", "other")]),
    ("Движение закрыли на бульваре Гагарина.", [("бульвар Гагарина", "other")]),
    ("Открыли сквер в переулке Пушкина.", [("переулок Пушкина", "other")]),
    ("Субботник прошёл в сквере Чкалова.", [("сквер Чкалова", "other")]),
    ("Жители переулка Тихого пожаловались на шум.", [("переулок Тихий", "other")]),
    ("Пробка образовалась на шоссе Жетысу.", [("шоссе Жетысу", "other")]),
    ("Дом стоит на пер. Пушкина, 5.", [("переулок Пушкина", "other")]),
    ("Кафе на Тверском бульваре закрыли.", [("Тверской бульвар", "other")]),
    # a name in apposition, not in the genitive, names the street even when it names a country
    # or a city too
    ("Театр расположен на улице Казахстан.", [("улица Казахстан", "other")]),
    # the thoroughfare word opening a sentence, which the NER ran into an organization
    ("Бульвар Победы закрыт на ремонт.", [("бульвар Победы", "other")]),
    ("Проспект Мира перекроют в субботу.", [("проспект Мира", "other")]),
]


@pytest.mark.parametrize("text, places", [
    ("Акция прошла на улице Киева.", [("Киев", "city")]),
    ("На улицах Парижа прошли протесты.", [("Париж", "city")]),
])
def test_a_city_whose_street(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


@pytest.mark.parametrize("text, places", STREETS)
def test_streets(run, text, places):
    art = run(text)
    assert [(p.name, p.kind) for p in art.places] == places
    assert not art.people


@pytest.mark.parametrize("text, places", MUNICIPAL)
def test_municipal_units(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


@pytest.mark.parametrize("text, places", LISTED_AFTER_A_PLURAL_WORD)
def test_names_listed_after_a_plural_settlement_word(run, text, places):
    article = run(text)
    assert [(p.name, p.kind) for p in article.places] == places
    assert not article.people


@pytest.mark.parametrize("text, names", DISTRIBUTED)
def test_one_plural_place_word_for_several_names(run, text, names):
    article = run(text)
    assert [p.name for p in article.places] == names
    for p in article.places:
        assert all(text[m.start:m.stop] == m.text for m in p.mentions)


@pytest.mark.parametrize("text, name", [
    ("Он побывал в Тринидаде и Тобаго.", "Тринидад и Тобаго"),
    ("Конфликт в Боснии и Герцеговине утих.", "Босния и Герцеговина"),
])
def test_known_names_with_a_conjunction(run, text, name):
    assert [p.name for p in run(text).places] == [name]


# a gazetteer name that opens with its place word and holds a lowercase word the NER left out
# ("район Биржан сал"), in any case, and inside an organization's name
@pytest.mark.parametrize("text, place, org", [
    ("Фермеры района Биржан сал собрали урожай.", "район Биржан сал", None),
    ("В районе Биржан сал открыли школу.", "район Биржан сал", None),
    ("Район Биржан сал принял гостей.", "район Биржан сал", None),
    ("Президент Ассоциации фермеров района Биржан сал Серик Нурмаганбетов выступил.",
     "район Биржан сал", "Ассоциация фермеров района Биржан сал"),
])
def test_a_known_name_that_opens_with_its_place_word(run, text, place, org):
    article = run(text)
    assert [p.name for p in article.places] == [place]
    assert org is None or org in [o.name for o in article.organizations]


# a place word given once for a list of names, the others capitalized adjectives alone in its
# case and gender; adjectives sharing a plural place word are places, not a list's organizations
@pytest.mark.parametrize("text, places", [
    ("Гранты получили НПО из района Магжана Жумабаева, Айыртауского и Тайыншинского.",
     ["район Магжана Жумабаева", "Айыртауский район", "Тайыншинский район"]),
    ("В районах Биржан сал, Бурабайском и Зерендинском прошли встречи.",
     ["район Биржан сал", "Бурабайский район", "Зерендинский район"]),
    ("Гости приехали из Айыртауского района и Тайыншинского.",
     ["Айыртауский район", "Тайыншинский район"]),
    ("Жители Костанайской области и Карабалыкского района собрались.",
     ["Костанайская область", "Карабалыкский район"]),
    ("Камчатский край и Чукотский автономный округ перешли на новое время.",
     ["Камчатский край", "Чукотский автономный округ"]),
    ("Форум собрал представителей некоммерческих организаций Северо-Казахстанской и Омской "
     "областей.", ["Северо-Казахстанская область", "Омская область"]),
])
def test_a_place_word_shared_by_a_list(run, text, places):
    article = run(text)
    assert [p.name for p in article.places] == places
    assert article.people == () and article.organizations == ()


# a district named after a person: its name holds no person, in any case, and a person the NER
# ran on from it keeps the words after it and the title over the district
@pytest.mark.parametrize("text, place, people", [
    ("Гранты получили НПО из района Магжана Жумабаева.", "район Магжана Жумабаева", []),
    ("В районе Магжана Жумабаева открыли школу.", "район Магжана Жумабаева", []),
    ("Депутаты района Турара Рыскулова собрались.", "район Турара Рыскулова", []),
    ("Жители района Беимбета Майлина собрались.", "район Беимбета Майлина", []),
    ("Аким района Габита Мусрепова Ержан Сейтов провел прием.", "район Габита Мусрепова",
     [("Ержан Сейтов", ["аким района Габита Мусрепова"])]),
    ("Грамоту вручили председателю совета района Беимбета Майлина Ольге Кравченко.",
     "район Беимбета Майлина",
     [("Ольга Кравченко", ["председатель совета района Беимбета Майлина"])]),
])
def test_a_district_named_after_a_person(run, text, place, people):
    article = run(text)
    assert [p.name for p in article.places] == [place]
    assert [(p.name, [t.normal for t in p.titles]) for p in article.people] == people


LATIN = [
    ("Адрес офиса: 5th Avenue, New York, USA.",
     [("Нью-Йорк", "New York"), ("Соединенные Штаты Америки", "USA")]),
    ("Письмо пришло из France.", [("Франция", "France")]),
    # after another Latin word inside a quoted name
    ("Об этом написала газета «The Washington Post».", [("Вашингтон", "Washington")]),
]


@pytest.mark.parametrize("text, expected", LATIN)
def test_latin_place_names(run, text, expected):
    places = run(text).places
    assert [(p.name, p.aliases[0]) for p in places] == expected
    for p in places:
        assert all(text[m.start:m.stop] == m.text for m in p.mentions)


@pytest.mark.parametrize("text", [
    "Портрет George Washington висит в зале.",
    "Песню исполнил John Denver.",
])
def test_latin_place_names_after_a_latin_word_are_no_places(run, text):
    assert run(text).places == ()


def test_latin_place_opening_a_longer_name(run):
    # the city named in a paper's name is a place mentioned in the text (optional in the schema)
    places = run("Об этом пишет газета New York Times.").places
    assert [(p.name, p.aliases) for p in places] == [("Нью-Йорк", ("New York",))]


def test_capitalized_function_words_are_no_places(run):
    text = "Родилась она в Омске. Ещё Москва не спала."
    assert [p.name for p in run(text).places] == ["Омск", "Москва"]


@pytest.mark.parametrize("text, places", [
    ("Туры в Европу и Юго-Восточную Азию подорожали.",
     [("Европа", "area"), ("Юго-Восточная Азия", "area")]),
    ("Он вырос в Сибири, в Новосибирске.", [("Сибирь", "area"), ("Новосибирск", "city")]),
    ("Делегации Ближнего Востока прибыли в Астану.",
     [("Ближний Восток", "area"), ("Астана", "city")]),
    ("Это крупнейший порт Западного полушария.", [("Западное полушарие", "area")]),
    ("На Северном Кавказе и в Поволжье прошли учения.",
     [("Северный Кавказ", "area"), ("Поволжье", "area")]),
])
def test_parts_of_the_world_are_places_of_kind_area(run, text, places):
    # reported with kind "area" (no administrative status): users and scorers filter by kind
    assert [(p.name, p.kind) for p in run(text).places] == places


NESTED = [
    # a city or country inside a longer quoted or organization's name is a place of its own
    ("Он перешел в клуб «Реал Мадрид» летом.", [("Мадрид", "Мадрид")]),
    ("Она преподает в Университете Осло.", [("Осло", "Осло")]),
    # ... but not a club named by the city alone, a party, a sentence, a person
    ("Он перешел в клуб «Барселона» летом.", []),
    ("Депутат от «Единой России» выступил.", []),
    ("Журналист радио «Говорит Москва» позвонил.", []),
    ("Вопрос задали на «Прямой линии с Владимиром Путиным».", []),
]


@pytest.mark.parametrize("text, expected", NESTED)
def test_places_inside_names(run, text, expected):
    article = run(text)
    assert [(p.name, p.mentions[0].text) for p in article.places] == expected
    for p in article.places:
        assert all(text[m.start:m.stop] == m.text for m in p.mentions)


@pytest.mark.parametrize("text, names", [
    ("Королева Великобритании выступила с речью.", ["Великобритания"]),  # a title, no Королёв
    ("Делегация прибыла в Королев.", ["Королев"]),
])
def test_a_title_word_is_no_gazetteer_place(run, text, names):
    assert [p.name for p in run(text).places] == names


# ---- rule tables: the rule that made each candidate, the veto that stopped one ----

def _place_events(article):
    return {(e.rule, e.mention.text, e.verdict) for e in article.trace if e.kind == "places"}


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


# (text, rule, the candidate's words): one row per rule the NER's own spans can show
RULE_ROWS = [
    ("Офис находится на проспекте Назарбаева.", "street_named", "Назарбаева"),
    ("Указ главы города Иванова Вячеслава Сверчкова вышел вчера.", "after_place_word",
     "Иванова"),
    ("Паводки прошли в Рязанской и Костромской областях.", "distributed_place_word",
     "Рязанской"),
    ("Гости приехали из Айыртауского района и Тайыншинского.", "elided_place_word",
     "Тайыншинского"),
    ("Матч прошел на стадионе Казань Арена.", "compound_facility", "Казань Арена"),
    ("Экипаж МКС вернулся на Землю.", "ner_org_in_gazetteer", "МКС"),
    ("Концерт прошел в Доме дружбы.", "ner_named_facility", "Доме дружбы"),
    ("Его доставили в Боткинскую больницу.", "ner_stay_facility", "Боткинскую больницу"),
    ("Бульвар Победы закрыт на ремонт.", "ner_thoroughfare", "Бульвар Победы"),
    ("Он живет на улице Абая.", "street", "улице Абая"),
    ("В РК приняли закон.", "ner_abbreviation", "РК"),
    ("Он приехал в Москву.", "ner_place", "Москву"),
    ("Он играет за «Реал Мадрид».", "inner_place", "Мадрид"),
    ("Он переехал во France.", "latin_name", "France"),
    ("В турнире сыграют Эфиопия, Коста Рика, Гана.", "country_read_as_person", "Эфиопия"),
    ("Праздник в области Абай прошел весело.", "gazetteer", "области Абай"),
    ("Праздник прошел в области Сарыарка.", "region_named_by_noun", "области Сарыарка"),
    ("Новости ЗКО: открыт центр.", "abbreviation", "ЗКО"),
    ("Праздник прошел в пос. Умирзак.", "settlement_named", "Умирзак"),
    ("Праздник прошел в ауле Жана Жол.", "settlement_two_words", "Жана Жол"),
    ("Матч прошел на стадионе «Лужники».", "quoted_venue", "Лужники"),
    ("Самолет сел в аэропорту Внуково.", "facility_named_by_word", "аэропорту Внуково"),
    ("Дороги построили в Уланском районе и в Курчумском.", "elided_head", "Курчумском"),
    ("Движение по Волоколамскому шоссе ограничат.", "adjective_place_word",
     "Волоколамскому шоссе"),
    ("Школьники побывали в Псковском кремле.", "ner_landmark", "Псковском кремле"),
    ("Во Дворце Республики прошла церемония.", "facility_of_genitive", "Дворце Республики"),
    ("Концерт прошел в Доме культуры нефтяников.", "trade_facility", "Доме культуры нефтяников"),
    ("Среди районов лидирует Увинский.", "antecedent_place_word", "Увинский"),
    ("На канале Нура – Есиль укрепили берега.", "dashed_landmark", "Нура – Есиль"),
]


@pytest.mark.parametrize("text, rule, words", RULE_ROWS)
def test_each_candidate_names_its_rule(traced, text, rule, words):
    assert (rule, words, "kept") in _place_events(traced(text))


def test_entities_name_the_rule_of_their_first_mention(traced, run):
    text = "Он живет на улице Абая."
    assert [(p.name, p.rule) for p in traced(text).places] == [("улица Абая", "street")]
    assert [p.rule for p in run(text).places] == [None]  # without a trace: no rule


# (text, rule, words, veto): candidates the veto tables stop, in Article.trace
VETO_ROWS = [
    ("Паводки прошли в Рязанской и Костромской областях.", "ner_place", "Рязанской",
     "claimed"),
    ("Он переехал во France.", "ner_org_in_gazetteer", "France", "latin_spelling"),
    ("Лидеры ЕС встретились в Брюсселе.", "ner_place", "ЕС", "known_organization"),
    ("Он учился в университете Донхуа.", "ner_place", "Донхуа", "named_thing"),
    ("Он переехал на Запад.", "ner_place", "Запад", "not_a_place"),
    ("Депутат от Тагильского одномандатного избирательного округа выступил.", "ner_place",
     "Тагильского одномандатного избирательного округа", "not_place_word"),
]


@pytest.mark.parametrize("text, rule, words, veto", VETO_ROWS)
def test_a_vetoed_candidate_shows_in_the_trace(traced, text, rule, words, veto):
    events = _place_events(traced(text))
    assert (rule, words, veto) in events
    assert (rule, words, "kept") not in events


# A settlement word, written out or abbreviated, names the capitalized word after it: an
# adjective agrees with the word in the nominative, a noun keeps the form the text gives it
SETTLEMENTS = [
    ("Волонтеры из с. Жанаталап приехали.", [("Жанаталап", "village")]),
    ("Клуб из с. Переметное победил.", [("Переметное", "village")]),
    ("В селе Переметное открыли школу.", [("Переметное", "village")]),
    ("В селе Переметном открыли школу.", [("Переметное", "village")]),
    ("Жители поселка Заречного собрались.", [("Заречный", "village")]),
    ("Жители пос. Заречного собрались.", [("Заречный", "village")]),
    ("В деревне Малой открыли клуб.", [("Малая", "village")]),
    ("Ярмарка прошла в д. Ивановка.", [("Ивановка", "village")]),
    ("Мечеть открыли в городе Октябрьский.", [("Октябрьский", "city")]),
    ("Школу открыли в селе Тауке.", [("Тауке", "village")]),
    # a name that declines with the word is put in the nominative; a Kazakh name in
    # apposition keeps its form, whatever the word's gender and the dictionary's guesses
    ("В селе Ивановке открыли школу.", [("Ивановка", "village")]),
    ("Жители деревни Покровки собрались.", [("Покровка", "village")]),
    ("Мост построили у города Камбарки.", [("Камбарка", "city")]),
    ("Построили обход города Чусовой.", [("Чусовой", "city")]),
    ("В ауыле Қараой построили площадку.", [("Қараой", "village")]),
    ("Жители ауыла Қараой собрали деньги.", [("Қараой", "village")]),
    ("Жители села Қараой собрали деньги.", [("Қараой", "village")]),
    ("Жители аула Көктал собрали деньги.", [("Көктал", "village")]),
    ("В ауле Көктал открыли школу.", [("Көктал", "village")]),
    ("В ауыле Жанатурмыс открыли школу.", [("Жанатурмыс", "village")]),
    # an adjective the tagger reads as a noun (before a genitive, a conjunction) agrees with
    # the settlement word all the same, in its gender and case
    ("В станице Копанской Ейского района прошла сессия.",
     [("Копанская", "village"), ("Ейский район", "district")]),
    ("Пункт построят на хуторе Ясенском и обновят освещение.", [("Ясенский", "village")]),
    ("Жители станицы Копанской Ейского района собрались.",
     [("Копанская", "village"), ("Ейский район", "district")]),
    ("В поселке Восточном и селе Покровском открыли школы.",
     [("Восточный", "village"), ("Покровское", "village")]),
    # "г." after a number is a year; capital letters are initials
    ("В 2020 г. Иван Петров уехал.", []),
    ("Выступил театр имени К. С. Станиславского.", []),
    # a plural of living beings is no place at a sentence start
    ("Жители пос. Умирзак собрались.", [("Умирзак", "village")]),
    ("Дети пришли на праздник.", []),
]


@pytest.mark.parametrize("text, places", SETTLEMENTS)
def test_a_settlement_word_names_the_word_after_it(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


def test_a_span_stopped_as_no_place_claims_its_words(traced):
    # the cinema's name: no place, and the gazetteer finds none in it either
    article = traced("Фильм показали в кинотеатре Москва.")
    assert ("ner_place", "Москва", "named_thing") in _place_events(article)
    assert article.places == ()


@pytest.mark.parametrize("extra, kept", [((), False), (("за",), True)])
def test_place_prepositions_are_a_table(extra, kept):
    import civic_extract

    ex = civic_extract.Extractor(lexicon={"place_prepositions": list(extra)})
    text = "Писатель Алехандро Толедо болеет за Толедо."
    assert ("Толедо" in [p.name for p in ex.extract(text).places]) is kept


def test_every_rule_has_a_row():
    from civic_extract.extractors.places import GAZETTEER, NER_SPAN, RULES

    tables = (*RULES, *NER_SPAN.rules, *GAZETTEER.rules)
    assert {r[1] for r in RULE_ROWS} == {r.name for r in tables}


# one place however the text names it: the gazetteer's name leads when the text uses it or only
# abbreviates it; every other name is an alias
ONE_PLACE = [
    ("Президент Республики Казахстан прилетел в Астану. В Казахстане прошел форум.",
     "Казахстан", {"Республика Казахстан"}),
    ("В Казахстане и в РК говорят об этом.", "Казахстан", {"РК"}),
    ("Жители ВКО собрались. Восточно-Казахстанская область приняла гостей.",
     "Восточно-Казахстанская область", {"ВКО"}),
    ("Гости из ВКО приехали.", "Восточно-Казахстанская область", {"ВКО"}),
    ("Российская Федерация и Россия подписали документ с соседями.", "Россия",
     {"Российская Федерация"}),
    ("Делегация Республики Беларусь прибыла. Беларусь и Белоруссия: два имени.",
     "Белоруссия", {"Республика Беларусь", "Беларусь"}),
]


@pytest.mark.parametrize("text, name, aliases", ONE_PLACE)
def test_one_place_under_several_names(run, text, name, aliases):
    places = [p for p in run(text).places if p.kind in ("country", "region")]
    assert [p.name for p in places] == [name]
    assert set(places[0].aliases) == aliases


def test_a_full_name_alone_stays_as_written(run):
    assert [p.name for p in run("Делегация Республики Беларусь прибыла в Брест.").places
            if p.kind == "country"] == ["Республика Беларусь"]


@pytest.mark.parametrize("text, name", [
    ("Туристы посетили Никарагуа, Коста Рику и Панаму.", "Коста-Рика"),
    ("Мы были в Нью Йорке прошлым летом.", "Нью-Йорк"),
    ("Он вернулся из Коста Рики.", "Коста-Рика"),
])
def test_a_hyphenated_name_written_without_its_hyphen(run, text, name):
    assert name in [p.name for p in run(text).places]


@pytest.mark.parametrize("text, name, kind", [
    # a region named by a noun after "область", also when the noun alone names a village
    ("В преддверии сессии в области Улытау состоялось заседание.", "область Улытау", "region"),
    ("Жители области Жетысу собрались на площади.", "область Жетысу", "region"),
    ("Сегодня в Улытау прошел праздник.", "Улытау", "village"),
    # a known name that reads as an adjective, in any case
    ("Комбинат в Рудном признан лучшим.", "Рудный", "city"),
    ("Он приехал в Рудный вчера.", "Рудный", "city"),
    # a unit named by two words: its kind is the pair's, not its head's
    ("Аким Узынагашского сельского округа Бекзат Сыздыков выступил.",
     "Узынагашский сельский округ", "district"),
    ("В Акжарском сельском округе открыли школу.", "Акжарский сельский округ", "district"),
    ("Жители Одинцовского городского округа вышли на субботник.",
     "Одинцовский городской округ", "city"),
])
def test_known_names_of_unusual_form(run, text, name, kind):
    assert (name, kind) in [(p.name, p.kind) for p in run(text).places]


# A place named by an abbreviation of the initials of the one place of the text they fit is
# that place; a body's abbreviation that ends in it is the body's.
@pytest.mark.parametrize("text, places, orgs", [
    ("Общественная палата Ростовской области провела заседание, сообщает сайт ОП РО.",
     [("Ростовская область", ("РО",))], [("Общественная палата Ростовской области",
       ("ОП РО", "Общественная палата", "ОП"))]),
    ("Жители Ростовской области и гости РО пришли на праздник.",
     [("Ростовская область", ("РО",))], []),
    ("Сотрудники МВД РК задержали мужчину.", [("Республика Казахстан", ("РК",))],
     [("МВД РК", ("МВД",))]),
])
def test_abbreviation_of_a_place_of_the_text(run, text, places, orgs):
    article = run(text)
    assert [(p.name, p.aliases) for p in article.places] == places
    assert [(o.name, o.aliases) for o in article.organizations] == orgs


# A place is named by the mentions of its own, not by one inside an organization's name.
@pytest.mark.parametrize("text, name", [
    ("Выступили представители Ассамблеи народа Казахстана. Форум приурочен к 30-летию "
     "Конституции РК.", "Республика Казахстан"),
    ("Казахстан отмечает праздник. Ассамблея народа Казахстана провела форум в РК.",
     "Казахстан"),
    ("Ассамблея народа Казахстана провела форум.", "Казахстан"),
])
def test_a_place_is_named_by_its_own_mentions(run, text, name):
    assert [p.name for p in run(text).places] == [name]


@pytest.mark.parametrize("text, names", [
    # in a list, bullets or commas between them, the NER reads such names as places
    ("Бермуды • Чили • Коста Рика • Эквадор • Грузия", ("Коста-Рика",)),
    ("Бермуды, Чили, Коста Рика, Эквадор, Грузия", ("Коста-Рика",)),
    ("Бермуды • Чили • Эквадор • Египет • Эль Сальвадор • Грузия",
     ("Сальвадор", "Эль Сальвадор")),
])
def test_a_place_of_two_words_in_a_list(run, text, names):
    article = run(text)
    assert any(n in [p.name for p in article.places] for n in names)
    assert article.people == ()


@pytest.mark.parametrize("text, words, name", [
    # a name of two words the NER took for a person's is the country's, whatever each word
    # reads as alone ("Коста" is a first name), in any case, in a sentence
    ("Лидер Коста Рики прибыл с визитом.", "Коста Рики", "Коста-Рика"),
    ("Сборная Коста Рики выиграла матч.", "Коста Рики", "Коста-Рика"),
])
def test_a_place_of_two_words_read_as_a_person_is_the_place(traced, text, words, name):
    article = traced(text)
    assert ("country_read_as_person", words, "kept") in _place_events(article)
    assert name in [p.name for p in article.places]
    assert article.people == ()


@pytest.mark.parametrize("text, places", [
    # a bracket closed around a name is no part of its mention, before a list separator too
    ("• Коффи Коджа (Бенин) • Эссам Абд Эль Фатах (Египет)", ["Бенин", "Египет"]),
    ("Судьи: Коффи Коджа (Бенин); Эссам Фатах (Египет).", ["Бенин", "Египет"]),
])
def test_a_closing_bracket_is_no_part_of_a_place(run, text, places):
    article = run(text)
    assert [[m.text for m in p.mentions] for p in article.places] == [[p] for p in places]


@pytest.mark.parametrize("text, places", [
    # a word glued to a dot before it is a top-level domain, not the country
    ("Домены в зоне .РФ регистрируют с 2010 года.", []),
    ("С апреля открыта регистрация в зоне .РФ и .УКР.", []),
    ("Сайт в зоне .РФ открыли в РФ.", ["Российская Федерация"]),
    ("Он приехал в Москву. РФ поддержала решение.", ["Москва", "Российская Федерация"]),
])
def test_a_top_level_domain_is_no_place(run, text, places):
    assert [p.name for p in run(text).places] == places


# a place the NER ran on over the "по"-complement of the body before it stops before "по"
@pytest.mark.parametrize("text, place", [
    ("Бюро США по патентам и товарным знакам выдало патент.", "США"),
    ("Комиссия США по ценным бумагам и биржам начала проверку.", "США"),
    ("На заседании Совета при Президенте РФ по развитию гражданского общества выступил министр.",
     "РФ"),
])
def test_place_takes_no_po_complement(run, text, place):
    places = run(text).places
    assert [m.text for p in places for m in p.mentions] == [place], \
        [(p.name, [m.text for m in p.mentions]) for p in places]


# a street or a square is mentioned by its name: the word that says what it is stays out of
# the mention (the place's name keeps it), before or after the name, in any case and number
STREET_MENTIONS = [
    ("Офис находится на улице Абая.", "улица Абая", "Абая"),
    ("Авария случилась на улице Лобачевского в Москве.", "улица Лобачевского", "Лобачевского"),
    ("Колонна прошла по проспекту Независимости.", "проспект Независимости", "Независимости"),
    ("Митинг прошёл на Тверской площади.", "Тверская площадь", "Тверской"),
    ("Люди вышли на Манежную площадь вечером.", "Манежная площадь", "Манежную"),
    ("Акция была на площади Тяньаньмэнь, как и прежде.", "площадь Тяньаньмэнь", "Тяньаньмэнь"),
]


@pytest.mark.parametrize("text, name, mention", STREET_MENTIONS)
def test_a_street_is_mentioned_by_its_name(run, text, name, mention):
    place = next(p for p in run(text).places if p.name == name)
    assert place.kind == "other"
    assert [text[m.start:m.stop] for m in place.mentions] == [mention]


# other places of kind "other" keep their whole phrase
def test_a_building_keeps_its_whole_mention(run):
    text = "Концерт прошел в Доме дружбы."
    (place,) = run(text).places
    assert text[place.mentions[0].start:place.mentions[0].stop] == "Доме дружбы"


# a name the NER calls a person that the dictionary knows as a place only, or that is listed
# with a place, is the gazetteer's place, in the nominative
@pytest.mark.parametrize("text, expected", [
    ("В этом году гранты получили организации Экибастуза.", ("Экибастуз", "city")),
    ("Гранты получили 34 организации Экибастуза и Аксу.", ("Аксу", "city")),
    ("Гранты получили 34 организации Экибастуза и Аксу.", ("Экибастуз", "city")),
    ("Делегации из Аксу и Экибастуза приехали на форум.", ("Аксу", "city")),
    ("Школьники из Москвы, Аксу и Омска приехали.", ("Аксу", "city")),
    # a town named after a person, listed with a place, is the town
    ("Волонтеры из Сатпаева и Курчатова получили знаки.", ("Курчатов", "city")),
    ("Гранты получили НКО Королева и Мытищ.", ("Королев", "city")),
    # a town the dictionary does not know at all, alone, in any case and place of the sentence
    ("Министр посетил Талдыкорган.", ("Талдыкорган", "city")),
    ("Вчера Талдыкорган принял участников форума.", ("Талдыкорган", "city")),
    ("Аким области посетил Жаркент и встретился с жителями.", ("Жаркент", "city")),
    ("Вице-министр посетил Кызылорду в пятницу.", ("Кызылорда", "city")),
    ("Делегация из Узбекистана посетила Сарыагаш.", ("Сарыагаш", "city")),
    ("Аким посетил Шардару.", ("Шардара", "city")),
    ("Жаркент встретил гостей, а Риддер проводил их.", ("Риддер", "city")),
])
def test_place_the_ner_calls_a_person(run, text, expected):
    article = run(text)
    assert expected in [(p.name, p.kind) for p in article.places]
    assert expected[0] not in [p.name for p in article.people]


@pytest.mark.parametrize("text, person", [
    ("Письма получили Андрей и Москва.", "Андрей"),
    ("Приехали Иван Петров и Анна Сидорова.", "Анна Сидорова"),
    ("На встречу пришли Иван Королев и Анна Курчатова.", "Анна Курчатова"),
    # a town's name in a longer person's name, or shaped like a surname, stays the person's
    ("Аким встретился с Жаркентом Абеновым. Жаркент поблагодарил его.", "Жаркент Абенов"),
    ("Грамоту вручили Риддеру Смиту. Риддер поблагодарил всех.", "Риддер Смит"),
])
def test_a_person_listed_with_a_place_stays(run, text, person):
    assert person in [p.name for p in run(text).people]


# an abbreviation with small letters inside names a body, not a place, whatever its case or
# place in the sentence; a Soviet republic's ("КазССР") stays a place
@pytest.mark.parametrize("text, org", [
    ("Студенты КазНУ победили на олимпиаде.", "КазНУ"),
    ("Он окончил КарГУ в 1995 году.", "КарГУ"),
    ("В КазНУ прошла конференция.", "КазНУ"),
    ("Между КарГУ и КазНУ подписан меморандум.", "КазНУ"),
])
def test_body_abbreviation_is_no_place(run, text, org):
    article = run(text)
    assert org not in [p.name for p in article.places]
    assert org in [o.name for o in article.organizations]


def test_soviet_republic_abbreviation_stays_a_place(run):
    assert "КазССР" in [p.name for p in run("В КазССР построили много заводов.").places]


# a double name parted by a dash: each part in the nominative on its own
@pytest.mark.parametrize("text, name", [
    ("Губернатор Ханты-Мансийского автономного округа – Югры Руслан Кухарун выступил.",
     "Ханты-Мансийский автономный округ – Югра"),
    ("Делегация Ханты-Мансийского автономного округа — Югры прибыла в Тюмень.",
     "Ханты-Мансийский автономный округ — Югра"),
])
def test_a_double_place_name(run, text, name):
    places = run(text).places
    assert name in [p.name for p in places]
    for p in places:
        for m in p.mentions:
            assert text[m.start:m.stop] == m.text


# a place the gazetteer knows by several words, named inside a quoted organization's name, keeps
# every word, a common adjective among them
@pytest.mark.parametrize("text, name", [
    ("Грант получит АНО «Школа волонтеров Нижнего Новгорода».", "Нижний Новгород"),
    ("Концерт дал ансамбль «Звезды Великого Новгорода».", "Великий Новгород"),
])
def test_a_many_word_place_inside_a_quoted_name(run, text, name):
    names = [p.name for p in run(text).places]
    assert name in names and "Новгород" not in names


# a facility's name that the NER cut before "и" and a lowercase genitive runs on over them;
# not after a head in the genitive, where the genitive after "и" may be a thing of its own
@pytest.mark.parametrize("text, name", [
    ("Церемония состоялась в Астане во Дворце Мира и согласия.", "Дворец Мира и согласия"),
    ("Форум прошел во Дворце мира и согласия в Астане.", "Дворец мира и согласия"),
    ("Концерт прошел в Доме дружбы и творчества.", "Дом дружбы и творчества"),
    ("Встреча прошла возле Дома дружбы и памятника.", "Дом дружбы"),
])
def test_a_facility_name_joined_by_i(run, text, name):
    places = run(text).places
    assert name in [p.name for p in places]
    for p in places:
        for m in p.mentions:
            assert text[m.start:m.stop] == m.text


# the regions of Kazakhstan named by their place word and a name, Kazakh letters too
@pytest.mark.parametrize("text, place", [
    ("Аким области Жетісу Марат Толеуов провел встречу.", "область Жетісу"),
    ("В области Ұлытау открыли школу.", "область Ұлытау"),
    ("В области Жетысу открыли школу.", "область Жетысу"),
])
def test_regions_named_by_their_place_word(run, text, place):
    art = run(text)
    assert [(p.name, p.kind) for p in art.places] == [(place, "region")]
    assert all(place.split()[1] not in p.name for p in art.people)


# A settlement word says the kind of the place it names: a village that shares its name with a
# city of the gazetteer (or with that city's other name) is a village, in any case; the same
# word after "город" stays the city
@pytest.mark.parametrize("text, places", [
    ("Делегация приехала из села Кызылжар.", [("Кызылжар", "village")]),
    ("Грамоту получила учитель школы села Кызылжар Д. К. Смагулова.", [("Кызылжар", "village")]),
    ("Делегация приехала из города Кызылжар.", [("Кызылжар", "city")]),
    ("В селе Ивановке открыли школу.", [("Ивановка", "village")]),
])
def test_a_settlement_word_says_the_kind(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# A place after a place word that the NER ran into a name with initials is the place, and the
# name starts at its initials; a surname before initials stays the name's
@pytest.mark.parametrize("text, places, people", [
    ("Награду получил тренер ДЮСШ № 1 города Курчатова Е. А. Грошев.", [("Курчатов", "city")],
     ["Е. А. Грошев"]),
    ("Грамоту получила учитель школы села Кызылжар Д. К. Смагулова.", [("Кызылжар", "village")],
     ["Д. К. Смагулова"]),
    ("Слово дали главе Аксайского района В.И. Борзенко.", [("Аксайский район", "district")],
     ["В.И. Борзенко"]),
])
def test_a_place_before_a_name_with_initials(run, text, places, people):
    a = run(text)
    assert [(p.name, p.kind) for p in a.places] == places
    assert [p.name for p in a.people] == people


# A park is an urban place like a street (data/place_words.txt): the name after it names the
# park, though the tagger reads "парке" as another word's ("парка"); a region in the genitive
# after it is where the park is
@pytest.mark.parametrize("text, places", [
    ("Праздник прошел в парке Победы.", [("парк Победы", "other")]),
    ("Субботник прошёл в парке Кирова.", [("парк Кирова", "other")]),
    ("Жители пришли в парк Гагарина.", [("парк Гагарина", "other")]),
    ("Гости гуляли в парке Подмосковья.", [("Подмосковье", "area")]),
    ("Гости гуляли в парке Прибайкалья.", [("Прибайкалье", "area")]),
    ("Туристы гуляли в парках Казахстана.", [("Казахстан", "country")]),
])
def test_a_park_names_its_place(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# a place the dictionary knows in no nominative is put into it whatever case the tagger reads
# (the second of two places after "и" is often read as a nominative)
@pytest.mark.parametrize("text, names", [
    ("В Карасуке и Барабинске начнут работу новые школы.", ["Карасук", "Барабинск"]),
    ("В Татарске и Барабинске начнут работу новые школы.", ["Татарск", "Барабинск"]),
    # a name in apposition to a village word that reads as a genitive stays as written
    ("Для семьи из села Аса Жамбылского района собрали помощь.",
     ["Аса", "Жамбылский район"]),
    ("Делегации из Москвы и Казани приехали.", ["Москва", "Казань"]),
])
def test_a_place_with_no_nominative_reading_is_put_into_it(run, text, names):
    assert [p.name for p in run(text).places] == names


# the name after an eponym word is the person a thing is named after, never a town of that name
@pytest.mark.parametrize("text, names", [
    ("Награжден тракторист СПК «Колхоз имени Салавата» Фанис Мухаметов.", []),
    ("Он учился в Самарском университете имени Королёва.", []),
    ("Он работает в ЦАГИ имени Жуковского.", []),
    ("Он работает в колхозе им. Кирова.", []),
    ("Он учился в Королёве и Жуковском.", ["Королёв", "Жуковский"]),
    ("Школа имени Абая в Алматы открылась.", ["Алматы"]),
])
def test_an_eponym_is_no_town(run, text, names):
    assert [p.name for p in run(text).places] == names


# A finite verb (a dictionary's or a guessed one) is never part of a street's or a place's
# name, though the NER runs the span on over it; a street word that opens the sentence names
# the street all the same
@pytest.mark.parametrize("text, places", [
    ("Дорогу по улице Абая отремонтируют.", [("улица Абая", "other")]),
    ("Тротуары по улице Бейбитшилик отгрейдируют.", [("улица Бейбитшилик", "other")]),
    ("Улицу Сейфуллина заасфальтируют в этом году.", [("улица Сейфуллина", "other")]),
    # guards: a verb the NER left out, a verb before the street, a name of two words
    ("Дорогу по улице Абая отремонтировали.", [("улица Абая", "other")]),
    ("На улице Абая ремонтируют дорогу.", [("улица Абая", "other")]),
    ("Набережные Челны отремонтируют дороги.", [("Набережные Челны", "city")]),
])
def test_a_verb_is_no_part_of_a_place_name(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# A street named by a plural noun ("Энергетиков", "Строителей"): after a thoroughfare word the
# noun names the street, though it is a title's word or a plural of living beings elsewhere
@pytest.mark.parametrize("text, places", [
    ("Автобус ходит по улице Строителей.", [("улица Строителей", "other")]),
    ("Трубу прорвало по улице Космонавтов в селе Акмол.",
     [("улица Космонавтов", "other"), ("Акмол", "village")]),
    ("Жильцы с улицы Геологов обратились к акиму.", [("улица Геологов", "other")]),
    ("Пробка образовалась на улице Энергетиков и улице Абая.",
     [("улица Энергетиков", "other"), ("улица Абая", "other")]),
    ("Аким посетил улицу Строителей.", [("улица Строителей", "other")]),
    # guards: the plural with no street word, a plural street word, a street found before
    ("На улице встретились энергетики.", []),
    ("Мы гуляли по улицам Парижа.", [("Париж", "city")]),
    ("На проспекте Строителей открыли кафе.", [("проспект Строителей", "other")]),
])
def test_a_street_named_by_a_plural_noun(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# Settlements named after a settlement word are of its kind: each of a list after a plural
# word ("села" reads as a genitive singular too), each after its own word in the nominative
# ("село Жайнак"), a nominative adjective after a plural word; an adjective a plural word
# shares is the settlement's name alone
@pytest.mark.parametrize("text, places", [
    ("Аким посетил село Жайнак и аул Тайтобе.", [("Жайнак", "village"), ("Тайтобе", "village")]),
    ("Жители поселков Солнечный и Шидерты получили воду.",
     [("Солнечный", "village"), ("Шидерты", "village")]),
    ("Воду подали в поселки Солнечный и Луговой.",
     [("Солнечный", "village"), ("Луговой", "village")]),
    ("В поселках Заречном и Майском открыли школы.", [("Майский", "village")]),
    ("На карте отмечены села Ушкарасу, Тайтобе и Жайнак.",
     [("Ушкарасу", "village"), ("Тайтобе", "village"), ("Жайнак", "village")]),
    ("Округ объединяет два села – Тайтобе и Жайнак.",
     [("Тайтобе", "village"), ("Жайнак", "village")]),
    ("В округ входят три аула: Тайтобе, Жайнак и Акмол.",
     [("Тайтобе", "village"), ("Жайнак", "village"), ("Акмол", "village")]),
    # guards: the kinds the words say, places of other kinds, a list in the locative
    ("В город Кокшетау и село Жайнак привезли вакцину.",
     [("Кокшетау", "city"), ("Жайнак", "village")]),
    ("Жители города Кокшетау и Степногорска пришли.",
     [("Кокшетау", "city"), ("Степногорск", "city")]),
    ("В селах Акмол и Жайнак открыли школы.", [("Акмол", "village"), ("Жайнак", "village")]),
    ("Воду провели в села Акмол, Тайтобе и Жайнак.",
     [("Акмол", "village"), ("Тайтобе", "village"), ("Жайнак", "village")]),
])
def test_settlements_listed_after_a_settlement_word(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# An adjective the dictionary does not know, in "-ском"/"-ского"/"-ским" before a place word, is
# a "-ский" one in the nominative, not the stressed "-ской" a guess reads ("Зерендинской")
@pytest.mark.parametrize("text, places", [
    ("В Зерендинском районе открыли школу.", [("Зерендинский район", "district")]),
    ("Аким Темирского района провел прием.", [("Темирский район", "district")]),
    ("С Темирским районом связь восстановлена.", [("Темирский район", "district")]),
    ("Жители Зерендинского и Кобдинского районов собрались.",
     [("Зерендинский район", "district"), ("Кобдинский район", "district")]),
    ("Аким Зерендинского сельского округа провел прием.",
     [("Зерендинский сельский округ", "district")]),
    # guards: a known "-ской" adjective, a feminine, a guess in "-ский" already
    ("Городской акимат и Донской район подписали договор.", [("Донской район", "district")]),
    ("Ярмарка прошла на Зерендинской улице.", [("Зерендинская улица", "other")]),
    ("В Айыртауском районе прошел форум.", [("Айыртауский район", "district")]),
])
def test_an_unknown_district_adjective_is_a_sky_one(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# A capitalized word that opens a sentence and that the dictionary knows as a common noun is
# no place, but for a place of the gazetteer it names by its own name
@pytest.mark.parametrize("text, places", [
    ("Газ пришел в село Акмол.", [("Акмол", "village")]),
    ("Газа в селе пока нет.", []),
    ("Газу не хватает в селах района.", []),
    # guards: places that open sentences, a common noun that is a gazetteer's town
    ("Астана приняла гостей.", [("Астана", "city")]),
    ("Омск встретил делегацию из Казахстана.", [("Омск", "city"), ("Казахстан", "country")]),
    ("Курган принял делегацию.", [("Курган", "city")]),
    ("Сектор Газа закрыт.", [("Сектор Газа", "region")]),
    ("Москва ответила на санкции.", [("Москва", "city")]),
])
def test_a_common_noun_that_opens_a_sentence_is_no_place(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# A named venue (GOLD_SCHEMA: a named building is a place of kind other): a quoted name after a
# venue's word or a kind of building, by its quoted words; a name in apposition to the word of
# a facility named after a place, with its word
@pytest.mark.parametrize("text, places", [
    ("Матч прошел на стадионе «Лужники».", [("стадион «Лужники»", "other")]),
    ("Соревнования пройдут в спорткомплексе «Олимпийский».",
     [("спорткомплекс «Олимпийский»", "other")]),
    ("Игра состоится на арене «Трактор».", [("арена «Трактор»", "other")]),
    ("Во Дворце культуры «Энергетик» прошла встреча.",
     [("Дворец культуры «Энергетик»", "other")]),
    ("Праздник прошел в парке «Жастар».", [("парк «Жастар»", "other")]),
    ("Самолет приземлился в аэропорту Шереметьево.", [("аэропорт Шереметьево", "other")]),
    ("Ракета стартовала с космодрома Байконур вчера.", [("космодром Байконур", "other")]),
    # guards: a cinema's and a company's quoted names, a city in the genitive, a song, a
    # known city nested in a venue's name
    ("Показ прошел в кинотеатре «Астана».", []),
    ("Торговый дом «Казахстан» открыл филиал.", []),
    ("Рейс задержали в аэропорту Барселоны.", [("Барселона", "city")]),
    ("Они пели песню «Стадион».", []),
    ("Болельщики пришли на стадион «Астана Арена».",
     [("стадион «Астана Арена»", "other"), ("Астана", "city")]),
])
def test_a_named_venue_is_a_place(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# A Дом/Дворец культуры with its quoted name, in any case or as "ДК", is one venue, a place of
# kind other named by its quoted words (as "во Дворце культуры «Энергетик»"); a building named
# "Дом X" is a place by its whole name; "МО" before a municipality's quoted name is no place
@pytest.mark.parametrize("text, places", [
    ("Вечер прошел во Дворце культуры «Юбилейный».",
     [("Дворец культуры «Юбилейный»", "other")]),
    ("Артисты Дворца культуры «Юбилейный» дали концерт.",
     [("Дворец культуры «Юбилейный»", "other")]),
    ("Ансамбль выступил в ДК «Горняк».", [("ДК «Горняк»", "other")]),
    ("Коллектив ДК «Горняк» получил диплом.", [("ДК «Горняк»", "other")]),
    ("Дом культуры «Родина» отметил юбилей.", [("Дом культуры «Родина»", "other")]),
    ("Коллектив Дома культуры «Маяк» поздравил ветеранов.",
     [("Дом культуры «Маяк»", "other")]),
    ("Жители МО «Заречный район» получили субсидии.", []),
    # guards
    ("Заседание прошло в Доме Советов.", [("Дом Советов", "other")]),
    ("Вечер прошел в Доме дружбы.", [("Дом дружбы", "other")]),
    ("Кружки Дома культуры «Маяк» открыли набор.", [("Дом культуры «Маяк»", "other")]),
    ("Матч прошел на стадионе «Лужники».", [("стадион «Лужники»", "other")]),
])
def test_a_house_of_culture_is_one_venue(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# A venue is named by its word in the nominative (in small letters unless a building's name
# capitalizes it) and its quoted name, in guillemets whatever quotes the text uses; the quoted
# name alone is its alias; the same venue named by another word or by its quoted name alone is
# one place
@pytest.mark.parametrize("text, places", [
    ("Стадион «Металлург» принял финал.", [("стадион «Металлург»", ("Металлург",))]),
    ("Финал принял стадион \"Металлург\".", [("стадион «Металлург»", ("Металлург",))]),
    ("Болельщики собрались у стадиона «Металлург».",
     [("стадион «Металлург»", ("Металлург",))]),
    ("Турнир прошел в спортивном комплексе «Жігер».",
     [("спортивный комплекс «Жігер»", ("Жігер",))]),
    ("Спортивный комплекс «Жігер» открылся после ремонта.",
     [("спортивный комплекс «Жігер»", ("Жігер",))]),
    ("На льду Ледового дворца «Факел» прошел матч.",
     [("Ледовый дворец «Факел»", ("Факел",))]),
    ("Ледовые дворцы «Факел» и «Кристалл» закрыты.", [("Ледовый дворец «Факел»", ("Факел",))]),
    ("Лыжники стартовали на лыжном стадионе «Метелица».",
     [("лыжный стадион «Метелица»", ("Метелица",))]),
    ("Матч прошел на ледовой арене «Звезда».", [("ледовая арена «Звезда»", ("Звезда",))]),
    # a monument's and a microdistrict's quoted name alone, the word with it an alias
    ("Цветы возложили к монументу «Родина-мать».",
     [("Родина-мать", ("монумент «Родина-мать»",))]),
    ("В микрорайоне «Самал» открыли школу.", [("Самал", ("микрорайон «Самал»",))]),
    ("Дворец спорта «Атлант» принял борцов.", [("Дворец спорта «Атлант»", ("Атлант",))]),
    ("Борцы вышли на ковер Дворцов спорта «Атлант».",
     [("Дворец спорта «Атлант»", ("Атлант",))]),
    ("Детей ждут в Домах культуры «Жастар».", [("Дом культуры «Жастар»", ("Жастар",))]),
    ("Концерт дали в ДК «Горняк». Во Дворце культуры «Горняк» тепло.",
     [("ДК «Горняк»", ("Горняк", "Дворец культуры «Горняк»"))]),
    # guards: no venue's word before the quote, a cinema's quoted name
    ("Команда «Металлург» выиграла.", []),
    ("Фильм показали в кинотеатре «Арман».", []),
])
def test_a_venue_is_named_with_its_word(run, text, places):
    assert [(p.name, p.aliases) for p in run(text).places] == places


# A natural landmark in small letters and the singular before its name in apposition names it
# with the name ("на реке Утве": "река Утва"), the name alone its alias; no plural word, no
# word that is no natural landmark's
@pytest.mark.parametrize("text, places", [
    ("Школьники убрали берег на реке Утве.", [("река Утва", ("Утва",))]),
    ("Акция прошла на берегу реки Утва.", [("река Утва", ("Утва",))]),
    ("Туристы отдыхали на озере Балхаш.", [("озеро Балхаш", ("Балхаш",))]),
    ("Альпинисты поднялись на гору Белуха.", [("гора Белуха", ("Белуха",))]),
    ("Лодка плыла по реке Иртыш. Иртыш обмелел.", [("Иртыш", ("река Иртыш",))]),
    ("Мы переправились через Иртыш.", [("Иртыш", ())]),
    ("Дом стоит на улице Абая.", [("улица Абая", ("Абая",))]),
])
def test_a_landmark_is_named_with_its_word(run, text, places):
    assert [(p.name, p.aliases) for p in run(text).places] == places


# A place name in an oblique case that neither the gazetteer nor the dictionary knows is put in
# the nominative by its case ending and the case its preposition, the name it is listed after or
# the tagger gives it: a consonant stem is masculine ("в Жетыгене" → "Жетыген"), a stem no word
# ends with takes "-а" ("на реке Шексне" → "Шексна"); a hyphenated one declines its last part;
# a name of the gazetteer the dictionary misreads is found by its nominative ("в Жанаозене");
# a "-ский" adjective the dictionary reads as a surname agrees with its place word ("Каменского
# района"). Guards: names the gazetteer or the dictionary knows in any case, names that end so
# in the nominative, Kazakh endings that do not decline, a name in apposition to a settlement
# word (it keeps its form)
@pytest.mark.parametrize("text, name", [
    ("Школу открыли в Жетыгене.", "Жетыген"),
    ("Из Жетыгена выехал автобус.", "Жетыген"),
    ("Дорогу к Жетыгену отремонтировали.", "Жетыген"),
    ("Дорога между Жетыгеном и Шелеком отремонтирована.", "Жетыген"),
    ("Школа в Жанажоле отремонтирована.", "Жанажол"),
    ("Жители Кенкияка получили газ.", "Кенкияк"),
    ("В Кенкияке открыли клуб.", "Кенкияк"),
    ("Гости из Сарыжаза приехали.", "Сарыжаз"),
    ("Школа в Қарабұлақе открылась.", "Қарабұлақ"),
    ("Жители берега Шексны недовольны.", "Шексна"),
    ("Жители Коряжмы и Шексны вышли на митинг.", "Шексна"),
    ("Мост над Шексной открыли.", "Шексна"),
    ("Рыбаки прибыли к Шексне.", "Шексна"),
    ("На реке Шексне построили мост.", "река Шексна"),
    ("Рыбаки с реки Шексны приехали.", "река Шексна"),
    ("Завод в Сары-Агаше закрылся.", "Сары-Агаш"),
    ("В Жанаозене прошла встреча.", "Жанаозен"),
    ("Встреча с жителями города Жанаозена прошла мирно.", "Жанаозен"),
    ("Аким Каменского района провел встречу.", "Каменский район"),
    ("В Каменском районе открыли школу.", "Каменский район"),
    ("В Мурине построили школу.", "Мурино"),  # a neuter town of the gazetteer
    # guards: known names, already in the nominative
    ("Мост через Шексну открыли.", "Шексна"),
    ("Он родом из села Теши.", "Теша"),
    ("Дети из Колы поехали в лагерь.", "Кола"),
    ("Учитель школы № 38 города Каменска-Уральского получил награду.", "Каменск-Уральский"),
    ("Гости из Комсомольска-на-Амуре приехали вчера.", "Комсомольск-на-Амуре"),
    ("В Петропавловске-Камчатском открыли сквер.", "Петропавловск-Камчатский"),
    ("Выставка прошла в Ростове-на-Дону.", "Ростов-на-Дону"),
    ("Турнир прошел в Сочи.", "Сочи"),
    ("Делегация из Тбилиси прибыла вчера.", "Тбилиси"),
    ("Из Алматы приехали гости.", "Алматы"),
    ("В Нур-Султане прошел форум.", "Нур-Султан"),
    ("Жители Нур-Султана проголосовали.", "Нур-Султан"),
    ("В Актобе открыли школу.", "Актобе"),
    ("Из Туркестана приехали гости.", "Туркестан"),
    ("В Туркестане прошла встреча.", "Туркестан"),
    # guards: endings that do not decline, a name in apposition, a nominative
    ("Дети из Карасу поехали в лагерь.", "Карасу"),
    ("Из Шортанды выехали автобусы.", "Шортанды"),
    ("В Шиели открыли школу.", "Шиели"),
    ("Гости из Бейнеу приехали.", "Бейнеу"),
    ("Сотрудники полиции Ортатобе задержали вора.", "Ортатобе"),
    ("В Уштобе открыли школу.", "Уштобе"),
    ("В Байсерке прошел праздник.", "Байсерке"),
    ("Из Шетпе приехали гости.", "Шетпе"),
    ("В Одинцове открыли парк.", "Одинцово"),
    ("Жители села Жетыген собрались на сход.", "Жетыген"),
    ("Он приехал в село Жетыген.", "Жетыген"),
    ("Школу открыли в селе Тауке.", "Тауке"),
    ("Мост через Ақжар построили.", "Ақжар"),
    ("Поездка в Жанажол прошла успешно.", "Жанажол"),
])
def test_an_oblique_place_name_in_the_nominative(run, text, name):
    assert name in [p.name for p in run(text).places]


# the same place named in a case form the rules keep (in apposition) and in the nominative
# elsewhere in the text is one place, named by its nominative; guard: a name in apposition
# the text never declines
@pytest.mark.parametrize("text, names", [
    ("Жители Жанажола собрались на сход. В селе Жанажоле открыли клуб.", ["Жанажол"]),
    ("В селе Жетыген открыли школу. Из Жетыгена приехали гости.", ["Жетыген"]),
    # guard
    ("В селе Тауке открыли школу. Жители Тауке довольны.", ["Тауке"]),
])
def test_case_forms_of_one_place_are_one_place(run, text, names):
    assert [p.name for p in run(text).places] == names


# A microdistrict, a residential area ("жилой массив", "жилой квартал") named in any case, its
# word written out or abbreviated ("мкр.", "мкр"), numbered or not, is a place of kind other
# named by its own name ("микрорайон Самал": "Самал"; a street keeps its word: "улица Абая");
# "наб." and "мкр." end no sentence. Guards: a quarter of a year, a street, a city whose
# microdistrict the text speaks of
@pytest.mark.parametrize("text, place", [
    ("В микрорайоне Заря открыли новую школу.", ("Заря", "other")),
    ("Жители микрорайона Самал встретились с акимом.", ("Самал", "other")),
    ("К микрорайону Коктем проложат газ.", ("Коктем", "other")),
    ("Между микрорайоном Самал и центром построят дорогу.", ("Самал", "other")),
    ("Микрорайон Самал газифицируют в этом году.", ("Самал", "other")),
    ("В микрорайоне Восточном отремонтировали дорогу.", ("Восточный", "other")),
    ("Жители микрорайона Заречный пожаловались на отопление.",
     ("Заречный", "other")),
    ("Дорогу в микрорайоне Юго-Восток отремонтируют.", ("Юго-Восток", "other")),
    ("В микрорайоне Самал-2 построят поликлинику.", ("Самал-2", "other")),
    ("Жители мкр. Заречье жалуются на дороги.", ("Заречье", "other")),
    ("Жители мкр Заречье жалуются на дороги.", ("Заречье", "other")),
    ("В мкр. Жетысу прошел субботник.", ("Жетысу", "other")),
    ("В мкр. Аксай-4 открыли детсад.", ("Аксай-4", "other")),
    ("Жители жилого массива Шанырак пожаловались на свет.",
     ("Шанырак", "other")),
    ("В жилом массиве Шанырак открыли школу.", ("Шанырак", "other")),
    ("На наб. Абая открыли кафе.", ("набережная Абая", "other")),
    # the city whose microdistricts the text speaks of keeps its kind
    ("В микрорайонах Алматы отключили свет.", ("Алматы", "city")),
    # guards
    ("В первом квартале Казахстан увеличил экспорт.", ("Казахстан", "country")),
    ("На улице Абая отремонтировали дорогу.", ("улица Абая", "other")),
    ("Жители микрорайона Алматы пожаловались.", ("Алматы", "city")),
])
def test_a_microdistrict_is_a_named_part_of_a_town(run, text, place):
    assert place in [(p.name, p.kind) for p in run(text).places]


# the microdistrict's word with its name is a name the text gives it too (an alias)
@pytest.mark.parametrize("text, name, alias", [
    ("Жители микрорайона Самал встретились с акимом.", "Самал", "микрорайон Самал"),
    ("В мкр. Аксай-4 открыли детсад.", "Аксай-4", "микрорайон Аксай-4"),
    ("В жилом массиве Шанырак открыли школу.", "Шанырак", "жилой массив Шанырак"),
])
def test_a_microdistrict_is_named_by_its_name_alone_too(run, text, name, alias):
    assert (name, alias) in [(p.name, a) for p in run(text).places for a in p.aliases]


# a feminine name in "-ка" the dictionary does not know is no masculine stem in "-к" once its
# case ending is off: no masculine place name ends with a consonant and "к" but "ск", "рк"
@pytest.mark.parametrize("text, name", [
    ("В Ключевке открыли школу.", "Ключевка"),
    ("Жители Бессарабки вышли на субботник.", "Бессарабка"),
    ("Дорогу до Пильнинки отремонтировали.", "Пильнинка"),
    ("Над Бессарабкой пролетел вертолет.", "Бессарабка"),
    # guards: masculine names in "-ск", "-рк", "-к" after a vowel
    ("В Омске открыли школу.", "Омск"),
    ("В Нью-Йорке открыли школу.", "Нью-Йорк"),
    ("В Кенкияке открыли школу.", "Кенкияк"),
])
def test_a_feminine_name_in_ka(run, text, name):
    assert name in [p.name for p in run(text).places]


# a hyphenated name with a preposition inside declines the part before it only; a name after a
# plural place word is its complement, in its own case
@pytest.mark.parametrize("text, name", [
    ("В Калаче-на-Дону открыли школу.", "Калач-на-Дону"),
    ("В Ростове-на-Дону открыли школу.", "Ростов-на-Дону"),
    ("В Сары-Агаше открыли школу.", "Сары-Агаш"),
    # after a plural place word the name is its complement, declined
    ("Музеи есть в малых городах Верхневолжья.", "Верхневолжье"),
])
def test_the_part_of_a_place_name_that_declines(run, text, name):
    assert name in [p.name for p in run(text).places]


# Places named by an adjective, a construction of a name and the text's case (each class with
# rows that must not change). (1) a district's adjective whose place word the sentence gave
# before is that district ("в Уланском районе и в Курчумском"), and a capitalized adjective
# alone is no town ("Кызылординские предприниматели", not "Кызылординск"); (2) a village's name
# in "-ова" after a plural settlement word stays as written ("сел Бирлик и Муткенова");
# (3) "улус", "кожуун", "аймак" are place words; (4) landmarks: a river an embankment stands on,
# a land in "-ье", a kremlin or a cathedral named by an adjective, "Дворец Республики", a street
# named by an adjective before its word ("Одоевского шоссе"); (5) a town of two words whose
# word the tagger misread ("Великих Лук") or whose adjective comes after the noun ("Ростова
# Великого"); (6) a town named by an adjective in "-ой" ("Слободской").
@pytest.mark.parametrize("text, places", [
    # (1) an adjective alone, its place word given earlier in the sentence
    ("Дороги построили в Уланском районе и в Курчумском.",
     [("Уланский район", "district"), ("Курчумский район", "district")]),
    ("Трасса проходит по Аягозскому району и по Урджарскому.",
     [("Аягозский район", "district"), ("Урджарский район", "district")]),
    ("В Бескарагайском районе посеяли больше, чем в Лебяжинском.",
     [("Бескарагайский район", "district"), ("Лебяжинский район", "district")]),
    ("Новые школы построены в Уланском районе, а также в Курчумском и Зайсанском.",
     [("Уланский район", "district"), ("Курчумский район", "district"),
      ("Зайсанский район", "district")]),
    ("Кызылординские предприниматели получили кредиты.", []),
    ("Урджарские фермеры собрали урожай.", []),
    # guards: a known town, a list with the word after the adjectives, another place after
    ("В Рудном открыли школу.", [("Рудный", "city")]),
    ("Жители Курчумского района и Уланского собрались.",
     [("Курчумский район", "district"), ("Уланский район", "district")]),
    ("Концерт прошел в Уланском районе и в Алматы.",
     [("Уланский район", "district"), ("Алматы", "city")]),
    ("Павлодарские врачи провели прием.", []),
    ("В Уланском районе автобус ходит по маршруту Майский — Алматы.",
     [("Уланский район", "district"), ("Алматы", "city")]),
    # (2) a village's name in "-ова" after a plural settlement word, as written
    ("Жители сел Бирлик и Муткенова получили воду.",
     [("Бирлик", "village"), ("Муткенова", "village")]),
    ("Газопровод дошел до сел Акжар, Караоба и Муткенова.",
     [("Акжар", "village"), ("Караоба", "village"), ("Муткенова", "village")]),
    # guard: adjectives after a plural settlement word agree with it
    ("В селах Ивановка и Петровка открыли школы.",
     [("Ивановка", "village"), ("Петровка", "village")]),
    # (3) the districts and regions of Yakutia, Tuva, Mongolia
    ("Она работала в школах Вилюйского улуса.", [("Вилюйский улус", "district")]),
    ("В Мегино-Кангаласском улусе открыли школу.", [("Мегино-Кангаласский улус", "district")]),
    ("Ансамбль приехал из Баян-Улгийского аймака Монголии.",
     [("Баян-Улгийский аймак", "region"), ("Монголия", "country")]),
    ("Жители Улуг-Хемского кожууна собрались.", [("Улуг-Хемский кожуун", "district")]),
    # (4) landmarks
    ("Концерт прошел на набережной Иртыша.", [("Иртыш", "other")]),
    ("Фестиваль прошел на набережной Волги.", [("Волга", "other")]),
    ("Мастера восстанавливают храмы Заонежья.", [("Заонежье", "other")]),
    ("В Нижегородском кремле прошла церемония.", [("Нижегородский кремль", "other")]),
    ("Экскурсия по Казанскому кремлю прошла вчера.", [("Казанский кремль", "other")]),
    ("Туристы посетили Исаакиевский собор.", [("Исаакиевский собор", "other")]),
    ("Во Дворце Республики прошла церемония.", [("Дворец Республики", "other")]),
    ("Ремонт улицы Демидовской и Одоевского шоссе начнется весной.",
     [("улица Демидовская", "other"), ("Одоевское шоссе", "other")]),
    ("Пробка образовалась на Киевском шоссе.", [("Киевское шоссе", "other")]),
    # guards: a street named for a person or a country, the government, a generic building
    ("Митинг прошел на улице Кирова.", [("улица Кирова", "other")]),
    ("Музей стоит на улице Казахстан.", [("улица Казахстан", "other")]),
    ("Кремль прокомментировал заявление.", []),
    ("Совещание прошло в Кремле.", []),
    ("Концерт прошел во Дворце Спорта.", []),
    ("Рыбаки вышли на Онежское озеро.", [("Онежское озеро", "other")]),
    # (5) a town of two words
    ("Он проработал в администрации Великих Лук, а затем уехал.",
     [("Великие Луки", "city")]),
    ("Он приехал из Ростова Великого.", [("Ростов Великий", "city")]),
    ("Делегация Новгорода Северского прибыла.", [("Новгород Северский", "city")]),
    # guards
    ("В Великих Луках открыли школу.", [("Великие Луки", "city")]),
    ("Туристы едут в Ростов Великий.", [("Ростов Великий", "city")]),
    ("Жители Сектора Газа покинули дома.", [("Сектор Газа", "region")]),
    # (6) a town named by an adjective in "-ой"
    ("Клуб открыли в городе Слободском.", [("Слободской", "city")]),
    ("Школа в Слободском отремонтирована.", [("Слободской", "city")]),
    ("Семья переехала в Слободской район.", [("Слободской район", "district")]),
])
def test_places_named_by_adjectives_and_two_word_towns(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# Class: a place named after a person, with the Kazakh honorific after the name ("поселок
# Айтеке би", "аул Толе би", "село Кабанбай батыр"): the name as written, of the settlement
# word's kind. Guards: a street of that name, a place without the honorific.
@pytest.mark.parametrize("text, places", [
    ("В селе Айтеке би открылась школа.", [("Айтеке би", "village")]),
    ("Жители поселка Айтеке би получили газ.", [("Айтеке би", "village")]),
    ("В аул Толе би приехали врачи.", [("Толе би", "village")]),
    ("Дорогу до села Кабанбай батыр отремонтируют.", [("Кабанбай батыр", "village")]),
    # guards
    ("Улица Толе би закрыта на ремонт.", [("улица Толе би", "other")]),
    ("В селе Переметное построили дом.", [("Переметное", "village")]),
])
def test_a_place_named_with_an_honorific(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# Class: a settlement word and a person's name in the genitive that names the settlement after
# the person ("хутор Ленина", "в поселке Кирова"): the place is the whole phrase, not the
# person's surname. Guards: a city of that name, an adjective's name, a declined name.
@pytest.mark.parametrize("text, places", [
    ("Жители хутора Ленина получили воду.", [("хутор Ленина", "village")]),
    ("На хуторе Ленина открыли клуб.", [("хутор Ленина", "village")]),
    ("Дорогу в поселке Кирова отремонтировали.", [("поселок Кирова", "village")]),
    # guards
    ("Жители города Кирова вышли на субботник.", [("Киров", "city")]),
    # an undeclined name after the settlement word is the settlement's own
    ("В городе Элизабет задержали подозреваемого.", [("Элизабет", "city")]),
    ("Жители станицы Каневской пришли на праздник.", [("Каневская", "village")]),
    ("В селе Ивановке открыли школу.", [("Ивановка", "village")]),
])
def test_a_settlement_named_after_a_person(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# Class: a place name the NER ran on into the first name and surname of the person after it
# ("воспитателю из города Шу | Айнуре Жумабековой"): the place ends before the person. Guards:
# a street named after a person, a place with no person after it.
@pytest.mark.parametrize("text, places", [
    ("Грамоту вручили воспитателю из города Шу Айнуре Жумабековой.", [("Шу", "city")]),
    ("В городе Шу Айнура Жумабекова открыла кафе.", [("Шу", "city")]),
    # guards
    ("Жители улицы Мухтара Ауэзова жалуются на шум.", [("улица Мухтара Ауэзова", "other")]),
    ("Награду вручили жителю села Кеген Серику Оспанову.", [("Кеген", "village")]),
])
def test_a_place_ends_before_a_person(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# Class: a plural-only town the gazetteer knows, in a plural oblique form the dictionary reads
# only as a common noun's ("из Валуек": "валуйка"): the town by its nominative plural, not the
# form as written. Guards: plural towns the dictionary knows, in other cases.
@pytest.mark.parametrize("text, present, absent", [
    ("Фельдшер из Валуек спас троих водителей.", [("Валуйки", "city")], ["Валуек"]),
    ("Гости из Валуек привезли подарки.", [("Валуйки", "city")], ["Валуек"]),
    # guards
    ("Он родился в Валуйках и вырос там.", [("Валуйки", "city")], []),
    ("Гости из Мытищ привезли подарки.", [("Мытищи", "city")], []),
    ("В Набережных Челнах прошел фестиваль.", [("Набережные Челны", "city")], []),
])
def test_a_plural_town_in_an_oblique_case(run, text, present, absent):
    places = [(p.name, p.kind) for p in run(text).places]
    assert all(p in places for p in present) and not {n for n, _ in places} & set(absent)


# Class: a town whose name is also a surname, after a place preposition, where the text names a
# district or region by the town's adjective ("в Марксе" beside "Марксовского района"): the
# town. Guards: no such district, or no place preposition: a person.
@pytest.mark.parametrize("text, present, absent", [
    ("В Марксе открыли школу, сообщили в администрации Марксовского района.",
     [("Маркс", "city")], []),
    ("Главой Марксовского района избрана Светлана Лазарева. Она достроит школу в Марксе.",
     [("Маркс", "city"), ("Марксовский район", "district")], []),
    # guards
    ("Выставка о Марксе открылась в Москве.", [("Москва", "city")], ["Маркс"]),
    ("В Марксе много противоречий, считает философ.", [], ["Маркс"]),
])
def test_a_town_named_like_a_surname_beside_its_district(run, text, present, absent):
    places = [(p.name, p.kind) for p in run(text).places]
    assert all(p in places for p in present) and not {n for n, _ in places} & set(absent)


# Class: place adjectives standing alone after a plural district or region word with no name of
# its own ("среди районов лидирует Завьяловский, второе — Сарапульский"): each names a district
# (a region), the word left out. Guards: a surname in -ский, a person's name, a noun after it.
@pytest.mark.parametrize("text, present, absent", [
    ("Первое место среди районов занял Завьяловский, второе — Сарапульский.",
     [("Завьяловский район", "district"), ("Сарапульский район", "district")], []),
    ("Среди районов лидирует Малопургинский, за ним идут Воткинский и Игринский.",
     [("Малопургинский район", "district"), ("Воткинский район", "district"),
      ("Игринский район", "district")], []),
    ("Из всех районов больше всего жалоб пришло из Завьяловского.",
     [("Завьяловский район", "district")], []),
    ("Среди областей лидирует Карагандинская, за ней идет Павлодарская.",
     [("Карагандинская область", "region"), ("Павлодарская область", "region")], []),
    # guards
    ("Среди районов побывал Вишневский.", [], ["Вишневский район"]),
    ("В районах области работал Андрей Кировский.", [], ["Кировский район"]),
    ("В районах Москвы Петровский парк закрыли.", [("Петровский парк", "other")],
     ["Петровский район"]),
    ("Совет откроет школы в регионах России и поддержит Татарский культурный центр.", [],
     ["Татарский регион"]),
    ("В районах края Шушенский краеведческий музей ждет гостей.", [], ["Шушенский район"]),
])
def test_a_district_adjective_with_its_word_before(run, text, present, absent):
    places = [(p.name, p.kind) for p in run(text).places]
    assert all(p in places for p in present) and not {n for n, _ in places} & set(absent)


# Class: named buildings, places of kind other: a capitalized Дом/Дворец культуры and the
# genitive plural of the trade it is for ("в Доме культуры нефтяников"), and a quoted name
# after a cinema's, a mine's, a quarry's or a microdistrict's word ("на руднике «Ақтас»").
# Guards: a lowercase kind of building, a genitive of a place, an organization's quoted name.
@pytest.mark.parametrize("text, present, absent", [
    ("Концерт прошел в Доме культуры нефтяников.", [("Дом культуры нефтяников", "other")], []),
    ("Начался ремонт Дворца культуры горняков.", [("Дворец культуры горняков", "other")], []),
    ("Во Дворце культуры металлургов прошел вечер.",
     [("Дворец культуры металлургов", "other")], []),
    ("Авария произошла на руднике «Ақтас».", [("рудник «Ақтас»", "other")], []),
    ("Горняки шахты «Костенко» получили премию.", [("шахта «Костенко»", "other")], []),
    ("На карьере «Восточный» добыли руду.", [("карьер «Восточный»", "other")], []),
    ("В микрорайоне «Самал» открыли школу.", [("Самал", "other")], []),
    ("Жители микрорайона «Рахат» города Жанаозен пожаловались.",
     [("Рахат", "other"), ("Жанаозен", "city")], []),
    # guards (a cinema's quoted name stays the business's: "Показ прошел в кинотеатре «Астана»")
    ("Люди собрались у кинотеатра «Арман».", [], ["Арман"]),
    ("Концерт прошел в доме культуры горняков.", [], ["дом культуры горняков"]),
    ("Концерт прошел в районном Доме культуры.", [], ["Дом культуры"]),
    ("Ремонт Дома культуры района завершили.", [], ["Дом культуры района"]),
])
def test_a_named_building(run, text, present, absent):
    places = [(p.name, p.kind) for p in run(text).places]
    assert all(p in places for p in present) and not {n for n, _ in places} & set(absent)


# Class: no place: an adjective that agrees with the noun after it in a quoted name («Волжский
# берег» names no town Волжский), and an electoral district ("от Тагильского одномандатного
# избирательного округа"). Guards: a town alone in a quoted name beside its other words, a
# district of a place word.
@pytest.mark.parametrize("text, present, absent", [
    ("Участники форума «Волжский берег» обсудили экологию.", [], ["Волжский"]),
    ("Форум «Мирный атом» открылся в среду.", [], ["Мирный"]),
    ("Депутат от Тагильского одномандатного избирательного округа выступил.", [],
     ["Тагильский одномандатный избирательный округ"]),
    ("Он избран по Кировскому одномандатному избирательному округу.", [],
     ["Кировский одномандатный избирательный округ"]),
    ("Его выдвинули по Ленинскому одномандатному округу.", [],
     ["Ленинский одномандатный округ"]),
    # guards
    ("Выступил директор ТОО «Волжский трубный завод» из Москвы.", [("Москва", "city")], []),
    ("Форум «Москва — город будущего» прошел в мае.", [("Москва", "city")], []),
    ("Акция прошла в Ханты-Мансийском автономном округе.",
     [("Ханты-Мансийский автономный округ", "region")], []),
])
def test_no_place_in_an_attribute_or_a_constituency(run, text, present, absent):
    places = [(p.name, p.kind) for p in run(text).places]
    assert all(p in places for p in present) and not {n for n, _ in places} & set(absent)


# Class: a street, a square or an avenue named after a person with a Kazakh honorific after the
# name, which stands in the genitive of the person's ("на площади Абылай хана", "проспект
# Жангир хана"; data/place_honorifics.txt): the honorific is the name's, whether the NER took it
# in or not and whatever follows. Guards: an indeclinable honorific of a settlement, a name
# with the honorific outside a street's name.
@pytest.mark.parametrize("text, present, absent", [
    ("Новый сквер появится у проспекта Абылай хана в Алматы.",
     [("проспект Абылай хана", "other"), ("Алматы", "city")], ["проспект Абылай"]),
    ("Площадь Абылай хана в Таразе украсили к празднику.",
     [("площадь Абылай хана", "other")], ["площадь Абылай"]),
    ("Автобусы пустят по проспекту Жангир хана в Уральске.",
     [("проспект Жангир хана", "other")], ["проспект Жангир"]),
    ("Новое кафе открылось на проспекте Жангир хана в Уральске.",
     [("проспект Жангир хана", "other")], ["проспект Жангир"]),
    ("Улицу Кенесары хана в Астане перекроют в субботу.",
     [("улица Кенесары хана", "other")], ["улица Кенесары"]),
    # guards
    ("Жители улицы Кабанбай батыра пожаловались на шум.",
     [("улица Кабанбай батыра", "other")], []),
    ("В поселке Айтеке би открыли школу.", [("Айтеке би", "village")], []),
    ("Потомки Абылай хана собрались в Туркестане.", [("Туркестан", "city")],
     ["Абылай хана", "площадь Абылай хана"]),
])
def test_a_street_named_after_a_person_with_an_honorific(run, text, present, absent):
    places = [(p.name, p.kind) for p in run(text).places]
    assert all(p in places for p in present) and not {n for n, _ in places} & set(absent)


# Class: a land named by a river, a lake or a range in -ье (Прииртышье, Прибайкалье,
# Подмосковье) is a place, never a person, in every case: a geographic region that is no one
# administrative unit is an area (Прииртышье, Прибайкалье, Поволжье), and so is the unofficial
# name of one region (Подмосковье, Ставрополье, Забайкалье, Приангарье), a place of its own
# beside the region when the text names both. Guards: surnames made of such names, a region
# beside its own area.
@pytest.mark.parametrize("text, present, absent", [
    ("Мы живем тут давно, и Прииртышье стало нам родным.", [("Прииртышье", "area")], []),
    ("Все мы любим Прииртышье всей душой.", [("Прииртышье", "area")], []),
    ("Делегация Прииртышья прибыла в Астану.", [("Прииртышье", "area")], []),
    ("Гости из Прииртышья приехали на форум.", [("Прииртышье", "area")], []),
    ("Аграрии Прибайкалья собрали урожай.", [("Прибайкалье", "area")], []),
    ("Дороги по Забайкалью ремонтируют до осени.", [("Забайкалье", "area")], []),
    ("В Павлодарской области, или Прииртышье, живут сто народов.",
     [("Павлодарская область", "region"), ("Прииртышье", "area")], []),
    # guards
    ("Туристы едут в Поволжье.", [("Поволжье", "area")], []),
    ("В Подмосковье открыли школу.", [("Подмосковье", "area")], []),
    ("Новости Ставрополья и Оренбуржья.",
     [("Ставрополье", "area"), ("Оренбуржье", "area")], []),
    ("Ирина Прикамская и Петр Забайкальский выступили.", [], ["Прикамье", "Забайкалье"]),
])
def test_a_land_in_ye(run, text, present, absent):
    result = run(text)
    places = [(p.name, p.kind) for p in result.places]
    people = {p.name for p in result.people}
    assert all(p in places for p in present) and not {n for n, _ in places} & set(absent)
    assert not people & {n for n, _ in present}


def test_a_land_in_ye_beside_the_region_it_names(run):
    """"Подмосковье" beside "Московская область", an area beside a region ("Прииртышье",
    "Павлодарская область"): two places."""
    one = run("В Московской области открыли школу. Подмосковье лидирует по числу школ.")
    assert {(p.name, p.kind) for p in one.places} == {("Московская область", "region"),
                                                       ("Подмосковье", "area")}
    two = run("В Павлодарской области открыли школу. Прииртышье лидирует по числу школ.")
    assert {p.name for p in two.places} == {"Павлодарская область", "Прииртышье"}


# Class (guards: already right on the base): a venue's word with a quoted name after it names a
# place of kind other with the word ("стадион «Заря»"; a monument by its quoted name alone, as
# civic-dev names it: "монументу «Тысяча благодарностей …»" → the quoted name); a place's
# name inside a team's quoted or hyphenated name ("«Сибирь-2010»", "Иртыша-2009") is no place,
# though the place alone is.
@pytest.mark.parametrize("text, present, absent", [
    ("Финал прошел на стадионе «Заря» в Павлодаре.", [("стадион «Заря»", "other")], ["Заря"]),
    ("Стадион «Заря» принял турнир.", [("стадион «Заря»", "other")], []),
    ("Реконструкция стадиона «Центральный» завершится летом.",
     [("стадион «Центральный»", "other")], []),
    ("Игры пройдут в спорткомплексе «Алатау».", [("спорткомплекс «Алатау»", "other")], []),
    ("Команда «Сибирь-2011» выиграла все матчи.", [], ["Сибирь"]),
    ("Тренер «Сибири-2011» Олег Петров доволен.", [], ["Сибирь"]),
    ("Юноши Иртыша-2009 стали вторыми.", [], ["Иртыш"]),
    ("Игроки команды «Урал-2012» получили медали.", [], ["Урал"]),
    ("Легкоатлеты Сибири завоевали медали.", [("Сибирь", "area")], []),
])
def test_a_quoted_venue_and_a_team_named_after_a_place(run, text, present, absent):
    places = [(p.name, p.kind) for p in run(text).places]
    assert all(p in places for p in present) and not {n for n, _ in places} & set(absent)


# Class: adjectives sharing a two-word plural place word ("муниципальный округ", "городской
# округ", "сельское поселение" of data/place_words.txt) give each a name with both words in the
# nominative singular, in any case and whether the tagger read the noun as a plural or not
# ("муниципальные округа" as a subject). Guards: one name with the singular word; a plural
# word with one name; an electoral district (data/not_place_words.txt).
@pytest.mark.parametrize("text, places", [
    ("Мастера приехали из Ленинского, Кировского и Советского муниципальных округов.",
     [("Ленинский муниципальный округ", "district"), ("Кировский муниципальный округ",
                                                       "district"),
      ("Советский муниципальный округ", "district")]),
    ("Школы открыли в Ленинском и Кировском муниципальных округах.",
     [("Ленинский муниципальный округ", "district"),
      ("Кировский муниципальный округ", "district")]),
    ("Ленинский, Кировский и Советский муниципальные округа получили субсидии.",
     [("Ленинский муниципальный округ", "district"), ("Кировский муниципальный округ",
                                                       "district"),
      ("Советский муниципальный округ", "district")]),
    ("Субсидии получили Ленинский и Кировский муниципальные округа.",
     [("Ленинский муниципальный округ", "district"),
      ("Кировский муниципальный округ", "district")]),
    ("Губернатор наградил Кировский и Ленинский городские округа.",
     [("Кировский городской округ", "city"), ("Ленинский городской округ", "city")]),
    ("Дороги ремонтируют в Ленинском муниципальном округе.",
     [("Ленинский муниципальный округ", "district")]),
    # guards
    ("Жители Ленинского муниципального округа пришли на встречу.",
     [("Ленинский муниципальный округ", "district")]),
    ("Выборы прошли по Ленинскому и Кировскому избирательным округам.", []),
])
def test_names_sharing_a_two_word_place_word(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# a region's official name with its alternative in brackets or after a dash is one place, in
# every case; the short name elsewhere in the text is an alias of it, never a second place
@pytest.mark.parametrize("text, name", [
    ("Он много лет живет в Республике Саха (Якутия).", "Республика Саха (Якутия)"),
    ("Делегация Республики Саха (Якутия) приехала в Омск.", "Республика Саха (Якутия)"),
    ("Соглашение подписано с Республикой Саха (Якутия) вчера.", "Республика Саха (Якутия)"),
    ("Республика Саха (Якутия) - крупнейший регион.", "Республика Саха (Якутия)"),
    ("Гости из Республики Татарстан (Татарстан) приехали.", "Республика Татарстан (Татарстан)"),
    ("В Кемеровской области — Кузбассе открыли школу.", "Кемеровская область — Кузбасс"),
    ("Делегация Кемеровской области – Кузбасса прибыла.", "Кемеровская область – Кузбасс"),
])
def test_a_region_with_its_alternative_name(run, text, name):
    regions = [p.name for p in run(text).places if p.kind == "region"]
    assert regions == [name]


@pytest.mark.parametrize("text, names", [
    # another place in brackets, or a word that is no place, stays out of the name
    ("Форум прошел в Казахстане (Алматы) весной.", {"Казахстан", "Алматы"}),
    ("Он переехал из Казахстана — России не хватало работы.", {"Казахстан", "Россия"}),
    ("Соглашение подписали в Швейцарии (Женеве).", {"Швейцария", "Женева"}),
    # an abbreviation in brackets is an alias of the name, not a part of it
    ("Форум прошел в Северо-Кавказском федеральном округе (СКФО) весной.",
     {"Северо-Кавказский федеральный округ"}),
])
def test_no_alternative_name(run, text, names):
    assert names <= {p.name for p in run(text).places}


def test_the_short_name_is_an_alias(run):
    text = "Он работает в Республике Саха (Якутия). Якутия большая."
    places = run(text).places
    assert [(p.name, "Якутия" in p.aliases) for p in places] == [("Республика Саха (Якутия)", True)]


# A building's word and the genitive plural of the people it is for name the building, a
# place of kind other, in the nominative, in any case of the word; guards: a kind every town
# has without them, a name going on after them (an organization's), a thing in the genitive
@pytest.mark.parametrize("text, places", [
    ("Концерт прошел в Доме офицеров.", [("Дом офицеров", "other")]),
    ("Директор Дома офицеров выступил.", [("Дом офицеров", "other")]),
    ("В актовом зале Дворца школьников собрались жители.",
     [("Дворец школьников", "other")]),
    ("Дворец пионеров отметил юбилей.", [("Дворец пионеров", "other")]),
    ("Школьники пришли к Дому ветеранов, а потом во Дворец спорта.",
     [("Дом ветеранов", "other")]),
    ("Выставка открылась в Доме учителей.", [("Дом учителей", "other")]),
    ("Педагог Дворца школьников Абая победила.", []),
    ("В районном Доме культуры собрались жители.", []),
    ("Вечер прошел в доме ветеранов.", []),
])
def test_a_building_for_people_is_a_place(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# A quoted name after a sports venue's words ("физкультурно-оздоровительный комплекс",
# "Ледовый дворец", "спортивный комплекс") names the venue with those words; the words before
# the quote are no place of their own
@pytest.mark.parametrize("text, places", [
    ("Турнир прошел в физкультурно-оздоровительном комплексе «Олимп».",
     [("физкультурно-оздоровительный комплекс «Олимп»", "other")]),
    ("Физкультурно-оздоровительный комплекс «Олимп» открылся.",
     [("физкультурно-оздоровительный комплекс «Олимп»", "other")]),
    ("Матчи прошли на льду Ледового дворца «Факел».", [("Ледовый дворец «Факел»", "other")]),
    ("Ледовый дворец «Арена» принял турнир.", [("Ледовый дворец «Арена»", "other")]),
    ("Игра прошла в спортивном комплексе «Юность».",
     [("спортивный комплекс «Юность»", "other")]),
    ("Матч прошел на Центральном стадионе «Динамо».", [("стадион «Динамо»", "other")]),
    ("В Ледовом дворце прошел матч.", []),
    ("Спортивный комплекс отремонтируют.", []),
])
def test_a_sports_venue_is_named_by_its_quoted_name(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# Towns of the gazetteer (Orenburg oblast: Гай, Кувандык, Медногорск…) in any case; a folk
# festival the NER takes for a place, and a plural common noun that opens a sentence, are no
# places (but the same word as a town inside a sentence is one)
@pytest.mark.parametrize("text, places", [
    ("Коллективы приехали из Оренбурга и Гая.", [("Оренбург", "city"), ("Гай", "city")]),
    ("В Гае открыли школу.", [("Гай", "city")]),
    ("Жители города Гай вышли на субботник.", [("Гай", "city")]),
    ("Команда Кувандыка победила.", [("Кувандык", "city")]),
    ("Завод в Медногорске закрылся.", [("Медногорск", "city")]),
    ("В Бугуруслане прошел форум.", [("Бугуруслан", "city")]),
    ("В Уфе прошел городской Сабантуй.", [("Уфа", "city")]),
    ("Сабантуй в Уфе собрал гостей.", [("Уфа", "city")]),
    ("Жители Астаны отметили Наурыз.", [("Астана", "city")]),
    ("Находки археологов показали в Омске.", [("Омск", "city")]),
    ("Корабль вышел из Находки.", [("Находка", "city")]),
])
def test_towns_festivals_and_common_nouns(run, text, places):
    assert [(p.name, p.kind) for p in run(text).places] == places


# A district adjective in "-ском" the dictionary reads only as the instrumental of its town
# ("Казалинском": "Казалинск") is the locative of the district's adjective in a list that shares
# one plural place word; the town in the instrumental stays a town. A Kazakh name of an ending
# that does not decline keeps its form ("Жетысу", no "Жетыс"). A town's name that the guesser
# reads as a nominative of its own ("Байконыра") is the gazetteer's name its other reading has.
@pytest.mark.parametrize("text, place", [
    ("Центры откроют в Аральском, Казалинском и Жанакорганском районах.",
     ("Казалинский район", "district")),
    ("Центры откроют в Аральском, Казалинском и Жанакорганском районах.",
     ("Аральский район", "district")),
    ("В Казалинском и Аральском районах прошли субботники.", ("Казалинский район", "district")),
    ("Дороги отремонтируют в Казалинском, Шиелийском районах.",
     ("Шиелийский район", "district")),
    ("В Казалинском районе открыли школу.", ("Казалинский район", "district")),
    ("Он гордится Казалинском.", ("Казалинск", "city")),
    ("Книга рассказывает об истории Жетысу.", ("Жетысу", "area")),
    ("Туристы едут к Жетысу, а потом в Кумтобе.", ("Жетысу", "area")),
    ("Делегация прибыла в Кумтобе.", ("Кумтобе", "city")),
    ("Предприниматель из Байконыра открыла цех.", ("Байконыр", "city")),
    ("Гости прилетели из Байконура.", ("Байконур", "city")),
    # a town and its region the NER ran into one span are two places
    ("В Текели Жетысуской области открылась школа.", ("Текели", "city")),
    ("В Текели Жетысуской области открылась школа.", ("Жетысуская область", "region")),
    ("Жители Жетысуской области приехали.", ("Жетысуская область", "region")),
    ("Врачи из Аксу Павлодарской области приехали.", ("Павлодарская область", "region")),
    ("Новая Зеландия выиграла матч.", ("Новая Зеландия", "country")),
])
def test_town_adjectives_and_kazakh_names(run, text, place):
    assert place in [(p.name, p.kind) for p in run(text).places]


@pytest.mark.parametrize("text, name", [
    ("Центры откроют в Аральском, Казалинском и Жанакорганском районах.", "Казалинск"),
    ("Центры откроют в Аральском, Казалинском и Жанакорганском районах.", "Аральск"),
    ("Книга рассказывает об истории Жетысу.", "Жетыс"),
    ("Предприниматель из Байконыра открыла цех.", "Байконыра"),
    ("В Текели Жетысуской области открылась школа.", "Текели Жетысуской области"),
    ("Дороги отремонтировали в поселках Шортанды и Жолымбет.", "Шортанда"),
    ("В микрорайоне Коктем открыли школу.", "микрорайон Коктем"),
])
def test_town_adjectives_and_kazakh_names_not(run, text, name):
    assert name not in [p.name for p in run(text).places]


# a settlement's two-word name after its settlement word, its first word one the dictionary
# may read as a first name (data/place_name_openers.txt): the place, not a person
@pytest.mark.parametrize("text, place", [
    ("В селе Жана Каратон открыли школу.", ("Жана Каратон", "village")),
    ("Жители села Жана Жол собрались на сход.", ("Жана Жол", "village")),
    ("Дорогу к аулу Жаңа Өмір отремонтировали.", ("Жаңа Өмір", "village")),
    ("Из с. Жаңа Қала приехали гости.", ("Жаңа Қала", "village")),
    ("В поселке Ески Тау, селе Кызыл Жар и ауле Үлкен Сор прошли сходы.",
     ("Кызыл Жар", "village")),
    ("Гости из поселка Новый Свет приехали.", ("Новый Свет", "village")),
    # towns of Russia's regions the gazetteer knows, in any case
    ("Филиалы откроют в Вятских Полянах и Котельниче.", ("Котельнич", "city")),
    ("Жители Кунгура, Лысьвы и Можги приехали на форум.", ("Лысьва", "city")),
    ("В Мариинском Посаде открыли музей.", ("Мариинский Посад", "city")),
    # a region named by an adjective and its word is named so when the text uses it
    # ("Удмуртия" its alias); a country or a "Республика X" by its short name
    ("Глава Удмуртии приехал. В Удмуртской Республике прошел форум.",
     ("Удмуртская Республика", "region")),
    ("Делегация Чувашской Республики прибыла в Чувашию.", ("Чувашская Республика", "region")),
    ("Закон Республики Казахстан принят. Казахстан поддержал его.", ("Казахстан", "country")),
    ("В Республике Татарстан и в Татарстане.", ("Татарстан", "region")),
    # the text's own name, when it uses only one
    ("Спортсмены из Удмуртии победили.", ("Удмуртия", "region")),
    # a name stops at an opening bracket, whose words name something else
    ("Данные территориального органа статистики по Пермскому краю (Пермьстат) опубликованы.",
     ("Пермский край", "region")),
    ("По данным органа по Самарской области (Самарастат), население выросло.",
     ("Самарская область", "region")),
    # but a known name with a bracketed part is one
    ("Форум прошел в Республике Саха (Якутия) летом.", ("Республика Саха (Якутия)", "region")),
])
def test_settlements_towns_and_names(run, text, place):
    assert place in [(p.name, p.kind) for p in run(text).places]


@pytest.mark.parametrize("text, name", [
    ("В селе Жана Каратон открыли школу.", "Каратон"),
    ("Данные по Пермскому краю (Пермьстат) опубликованы.", "Пермский край (Пермьстат"),
    ("Данные по Пермскому краю (Пермьстат) опубликованы.", "Пермьстат"),
    ("По данным Свердловскстата, цены выросли.", "Свердловскстат"),
    ("Отчет Тверьстата и Мособлгаза опубликован.", "Тверьстат"),
    # a legal form's abbreviation before a quoted name is no place ("НАО": no Nenets okrug)
    ("Конкурс провело НАО «Центр поддержки гражданских инициатив».",
     "Ненецкий автономный округ"),
    ("Грант получило НАО «Медицинский университет Астана».", "Ненецкий автономный округ"),
    (("Конкурс провело управление области совместно с НАО «Центр поддержки инициатив». "
      "Всего было подано 40 заявок."), "Ненецкий автономный округ"),
    ("Договор подписали НАО \"Фонд развития\" и город.", "Ненецкий автономный округ"),
    ("Глава Удмуртии приехал. В Удмуртской Республике прошел форум.", "Удмуртия"),
])
def test_settlements_towns_and_names_not(run, text, name):
    assert name not in [p.name for p in run(text).places]


def test_nenets_okrug_by_its_abbreviation_stays(run):
    assert "Ненецкий автономный округ" in [p.name for p in run("Олени пасутся в НАО.").places]


# the unofficial name of a region, a prefix-noun in -ье, is an area of its own, in every case
# (data/places.txt), not an alias of the region: the region is reported when named
@pytest.mark.parametrize("text, name", [
    ("Огнеборцев Приангарья наградили.", "Приангарье"),
    ("Делегация приехала в Приангарье.", "Приангарье"),
    ("Губернатор Приморья прибыл в Москву.", "Приморье"),
    ("Спортсмены Прикамья победили.", "Прикамье"),
    ("Мы отдыхали в Подмосковье летом.", "Подмосковье"),
    ("Снег выпал на Ставрополье.", "Ставрополье"),
    ("Туристы поехали по Забайкалью.", "Забайкалье"),
    ("Врачи Заполярья собрались.", "Заполярье"),
])
def test_a_regions_unofficial_name_is_an_area(run, text, name):
    assert (name, "area") in [(p.name, p.kind) for p in run(text).places]


@pytest.mark.parametrize("text, name, kind", [
    # the region named by its own name stays a region beside the area
    ("Огнеборцев Приангарья наградили. Губернатор Иркутской области поблагодарил их.",
     "Иркутская область", "region"),
    ("Гости Подмосковья приехали из Московской области.", "Московская область", "region"),
])
def test_a_region_beside_its_unofficial_name(run, text, name, kind):
    places = [(p.name, p.kind) for p in run(text).places]
    assert (name, kind) in places
    assert not any(p[0] == name and p[1] == "area" for p in places)


# a landmark named by capitalized adjectives and its word, the word in capitals (an
# abbreviation: data/landmark_words.txt) or after an adjective in small letters
@pytest.mark.parametrize("text, name", [
    ("Он работал на Усть-Хантайской ГЭС двадцать лет.", "Усть-Хантайская ГЭС"),
    ("Строители Братской ГЭС собрались.", "Братская ГЭС"),
    ("Экскурсия прошла по Саяно-Шушенской ГЭС.", "Саяно-Шушенская ГЭС"),
    ("Авария на Чернобыльской АЭС случилась давно.", "Чернобыльская АЭС"),
    ("Тропы оборудуют в Тункинском национальном парке.", "Тункинский национальный парк"),
    ("Мы гуляли в Центральном парке.", "Центральный парк"),
])
def test_a_landmark_named_by_adjectives(run, text, name):
    assert (name, "other") in [(p.name, p.kind) for p in run(text).places]


@pytest.mark.parametrize("text, name", [
    # a quoted company's name is no landmark, nor the same words unquoted in its text
    ("Акции АО «Красноярская ГЭС» выросли.", "Красноярская ГЭС"),
    (("Директор АО «Красноярская ГЭС» выступил. Начальнику смены станции Красноярской ГЭС "
      "Ивану Петрову вручили грамоту."), "Красноярская ГЭС"),
    # a word in small letters opens no landmark's name
    ("Мы гуляли в национальном парке.", "национальный парк"),
])
def test_no_landmark_named_by_adjectives(run, text, name):
    assert name not in [p.name for p in run(text).places]


# the parts of the Urals are areas of their own (data/places.txt), the adjective with the name
@pytest.mark.parametrize("text, name", [
    ("Зарплаты на Среднем Урале выросли.", "Средний Урал"),
    ("Средний Урал встречает туристов.", "Средний Урал"),
    ("Жители Южного Урала собрались.", "Южный Урал"),
    ("Морозы пришли на Северный Урал.", "Северный Урал"),
    ("Экспедиция прошла по Приполярному Уралу.", "Приполярный Урал"),
    ("Горы Полярного Урала красивы.", "Полярный Урал"),
])
def test_a_part_of_the_urals_is_an_area(run, text, name):
    places = [(p.name, p.kind) for p in run(text).places]
    assert (name, "area") in places
    assert ("Урал", "area") not in places


def test_the_urals_alone_stay_an_area(run):
    assert ("Урал", "area") in [(p.name, p.kind) for p in run("На Урале холодно.").places]


# a building named for the people it serves keeps the eponym after it ("имени", "им.")
@pytest.mark.parametrize("text, name", [
    ("Концерт прошел во Дворце культуры металлургов имени С. Орджоникидзе.",
     "Дворец культуры металлургов имени С. Орджоникидзе"),
    ("Ремонт Дворца культуры горняков им. Ленина завершен.",
     "Дворец культуры горняков им. Ленина"),
    ("В Доме культуры железнодорожников имени Абая Кунанбаева открыли выставку.",
     "Дом культуры железнодорожников имени Абая Кунанбаева"),
    ("Встреча в Доме офицеров имени маршала Г. К. Жукова прошла тепло.",
     "Дом офицеров имени маршала Г. К. Жукова"),
    ("Дворец школьников имени академика А. Д. Сахарова открыт.",
     "Дворец школьников имени академика А. Д. Сахарова"),
    # no eponym: the building alone, as before
    ("В Доме культуры нефтяников прошел концерт.", "Дом культуры нефтяников"),
])
def test_a_building_keeps_its_eponym(run, text, name):
    assert (name, "other") in [(p.name, p.kind) for p in run(text).places]


def test_a_name_after_the_eponym_is_a_person(run):
    a = run("В Доме офицеров имени Абая Кунанбаева Ерлан Касымов выступил с речью.")
    assert ("Дом офицеров имени Абая Кунанбаева", "other") in \
        [(p.name, p.kind) for p in a.places]
    assert "Касымов" in [p.last for p in a.people]


# a natural landmark's word in small letters and two names joined by a spaced dash name one
# landmark ("канал Нура – Есиль"); the two names alone are no places of their own there
@pytest.mark.parametrize("text, name", [
    ("На канале Нура – Есиль укрепили берега.", "канал Нура – Есиль"),
    ("Вода по каналу Иртыш — Караганда идет в город.", "канал Иртыш — Караганда"),
    ("Из канала Иртыш - Караганда берут воду.", "канал Иртыш - Караганда"),
    ("Туристы поднялись на хребет Кызыл – Адыр.", "хребет Кызыл – Адыр"),
])
def test_a_landmark_named_by_a_dashed_pair(run, text, name):
    assert (name, "other") in [(p.name, p.kind) for p in run(text).places]


@pytest.mark.parametrize("text, name", [
    # no landmark's word: a route or a match between two places
    ("Трасса Астана – Щучинск открыта.", "Трасса Астана – Щучинск"),
    ("Матч Астана – Кайрат закончился вничью.", "Астана – Кайрат"),
    # a chain of three is a route
    ("По реке Москва – Ока – Волга ходят суда.", "река Москва – Ока"),
    # a plural landmark's word names no one landmark
    ("На каналах Нура – Есиль чисто.", "канал Нура – Есиль"),
])
def test_no_landmark_named_by_a_dashed_pair(run, text, name):
    assert name not in [p.name for p in run(text).places]


# a stressed "-ой" adjective (data/stressed_adjectives.txt) whose oblique forms the dictionary
# also reads as a "-ый" one names its place by the "-ой" lemma; a real "-ый" name keeps it
STRESSED_ADJECTIVES = [
    ("Митинг прошёл на Страстном бульваре.", ("Страстной бульвар", "other")),
    ("Пробки растут у Страстного бульвара!", ("Страстной бульвар", "other")),
    ("Колонна прошла по Страстному бульвару к Пушкинской площади.",
     ("Страстной бульвар", "other")),
    ("Страстной бульвар закрыли на ремонт.", ("Страстной бульвар", "other")),
    ("На Страстной площади открыли сквер.", ("Страстная площадь", "other")),
    ("Ремонт идёт на Окружном проезде, рядом с Окружным проездом.",
     ("Окружной проезд", "other")),
    ("Лёд сковал Обводный канал, а на Обводном канале — пробки.", ("Обводный канал", "other")),
    ("Кафе на Тверском бульваре открыто.", ("Тверской бульвар", "other")),
]


@pytest.mark.parametrize("text, expected", STRESSED_ADJECTIVES)
def test_stressed_adjective_names(run, text, expected):
    assert expected in [(p.name, p.kind) for p in run(text).places]


@pytest.mark.parametrize("text, wrong", [
    ("Митинг прошёл на Страстном бульваре.", "Страстный бульвар"),
    ("Лёд сковал Обводный канал, а на Обводном канале — пробки.", "Обводной канал"),
])
def test_stressed_adjective_not_plain(run, text, wrong):
    assert wrong not in [p.name for p in run(text).places]


# an okrug alone is a district; an autonomous okrug a region
OKRUGS = [
    ("Дорогу построили в Ольском округе.", ("Ольский округ", "district")),
    ("Только в Южном округе действуют 600 организаций.", ("Южный округ", "district")),
    ("Жители Грайворонского округа получили помощь.", ("Грайворонский округ", "district")),
    ("Школа открылась в Ненецком автономном округе.", ("Ненецкий автономный округ", "region")),
    ("Делегация Чукотского автономного округа приехала.",
     ("Чукотский автономный округ", "region")),
]


@pytest.mark.parametrize("text, expected", OKRUGS)
def test_okrug_kinds(run, text, expected):
    assert expected in [(p.name, p.kind) for p in run(text).places]
