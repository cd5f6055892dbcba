"""The linker: one entity per real organization within an article (short forms, abbreviations),
and abbreviations never inflected."""

from __future__ import annotations

import pytest

ONE_ORGANIZATION = [
    # the same first words, then an abbreviation of the rest (its words' initials, a hyphenated
    # word's parts each): one organization, in any order of the two forms
    ("Крупнейшее предприятие холдинга — Михайловский горно-обогатительный комбинат. В прошлом "
     "году Михайловский ГОК увеличил выпуск.", "Михайловский горно-обогатительный комбинат",
     ("Михайловский ГОК",)),
    ("Правительство Российской Федерации утвердило план. Правительство РФ выделит средства.",
     "Правительство Российской Федерации", ("Правительство РФ", "Правительство")),
    # the full name, then its first words when the rest names a place of the text
    ("Общественная палата Омской области провела форум. Затем Общественная палата наградила "
     "волонтеров.", "Общественная палата Омской области", ("Общественная палата",)),
    ("Верховный суд России рассмотрел дело. Верховный суд отклонил жалобу.",
     "Верховный суд России", ("Верховный суд",)),
    # the full name, then its abbreviation
    ("Министерство информации и общественного развития выделило грант. МИОР также провел "
     "конкурс.", "Министерство информации и общественного развития", ("МИОР",)),
    # an abbreviation written in parts
    ("Общественная палата Ростовской области провела заседание, сообщает сайт ОП РО.",
     "Общественная палата Ростовской области",
     ("ОП РО", "Общественная палата", "ОП")),
    # the head word alone, capitalized, in another case
    ("В Ассамблее народа Казахстана прошло собрание. В работе Ассамблеи участвовали депутаты.",
     "Ассамблея народа Казахстана", ("Ассамблея", "Ассамблея народа")),
    ("Центр поддержки гражданских инициатив объявил конкурс. Итоги подведет Центр.",
     "Центр поддержки гражданских инициатив", ("Центр",)),
    ("Члены Общественной палаты Омской области собрались. Заседание Палаты вел ректор.",
     "Общественная палата Омской области",
     ("Палата", "Общественная палата")),
    # a shorter form, then the head word: one body
    ("Прошло заседание Общественного совета города Алматы. Члены Общественного совета избрали "
     "председателя. Решение Совета принято.", "Общественный совет города Алматы",
     ("Общественный совет", "Совет")),
    # the same name in two cases, one the dictionary does not know: one name, put into the
    # nominative by the noun the morphology guesses
    ("Акции Металлоинвеста выросли. Металлоинвест объявил дивиденды.", "Металлоинвест", ()),
    # the body before "при" alone
    ("Утвержден состав Общественного совета при администрации района. Заседание Общественного "
     "совета прошло в библиотеке.", "Общественный совет при администрации района",
     ("Общественный совет",)),
    # the name from its head word on, the adjectives before it left out
    ("Артисты Московского академического театра сатиры приехали. Гастроли Театра сатиры прошли "
     "успешно.", "Московский академический театр сатиры", ("Театр сатиры",)),
    ("Сотрудники Национального исторического музея провели экскурсию. Директор Исторического "
     "музея выступил.", "Национальный исторический музей", ("Исторический музей",)),
    # an official name and a short one, both in data/known_orgs.txt
    ("Проверку провела Федеральная служба по надзору в сфере образования и науки. Итоги "
     "Рособрнадзор опубликует позже.", "Федеральная служба по надзору в сфере образования и науки",
     ("Рособрнадзор",)),
    # a known body and its country: the same body
    ("Сотрудники ФСБ России задержали мужчину. В ФСБ сообщили подробности.", "ФСБ России",
     ("ФСБ",)),
    ("Глава ЦБ РФ выступила. Центральный банк снизил ставку.", "Центральный банк",
     ("ЦБ РФ", "ЦБ")),
    # an abbreviation before the same number
    ("Ученики ДЮСШ №4 победили. Детско-юношеская спортивная школа № 4 открылась в 1980 году.",
     "Детско-юношеская спортивная школа № 4", ("ДЮСШ №4",)),
    ("Средняя общеобразовательная школа № 12 получила грант. Директор СОШ № 12 поблагодарила "
     "жюри.", "Средняя общеобразовательная школа № 12", ("СОШ № 12",)),
    # a short name data/known_orgs.txt knows: the full name leads, the kind is the table's
    ("Сенаторы Совфеда одобрили закон. Решение Совета Федерации опубликовано.",
     "Совет Федерации", ("Совфед",)),
]


@pytest.mark.parametrize("text, names", [
    # another first word, or an abbreviation of other words: two organizations
    ("Крупнейшее предприятие холдинга — Михайловский горно-обогатительный комбинат. В прошлом "
     "году Стойленский ГОК увеличил выпуск.",
     ["Михайловский горно-обогатительный комбинат", "Стойленский ГОК"]),
    ("Правительство Российской Федерации утвердило план. Правительство РК выделит средства.",
     ["Правительство Российской Федерации", "Правительство РК"]),
    # another number
    ("Ученики СОШ №5 победили. Средняя общеобразовательная школа № 7 открылась в 1980 году.",
     ["СОШ №5", "Средняя общеобразовательная школа № 7"]),
])
def test_an_abbreviated_end_of_another_name_is_another_organization(run, text, names):
    assert [o.name for o in run(text).organizations] == names


@pytest.mark.parametrize("text, name, aliases", ONE_ORGANIZATION)
def test_a_short_form_is_the_same_organization(run, text, name, aliases):
    orgs = run(text).organizations
    assert [o.name for o in orgs] == [name]
    assert orgs[0].aliases == aliases
    assert len(orgs[0].mentions) >= 2


def test_a_short_form_of_two_names_stays_apart(run):
    text = ("Общественный совет Шалкарского района и Общественный совет Айтекебийского района "
            "провели встречу. Совместное заседание поддержал акимат.")
    names = [o.name for o in run(text).organizations]
    assert "Общественный совет Шалкарского района" in names
    assert "Общественный совет Айтекебийского района" in names


def test_a_parent_named_in_a_branchs_name_stays_apart(run):
    text = ("Филиал Уральской торгово-промышленной палаты открылся в Каменске. Уральская "
            "торгово-промышленная палата поздравила коллег.")
    orgs = {o.name: o for o in run(text).organizations}
    assert "Уральская торгово-промышленная палата" in orgs
    assert not any(o.aliases for o in orgs.values())


# a body named with its country is the national body, not its body of a region named after it,
# in either order; a name without a country still shortens ("Общественная палата")
@pytest.mark.parametrize("text, names", [
    ("Члены Ассамблеи народа Казахстана собрались в Астане. Грамоты Ассамблеи народа "
     "Казахстана Павлодарской области вручены ветеранам.",
     ["Ассамблея народа Казахстана", "Ассамблея народа Казахстана Павлодарской области"]),
    ("Правление Союза журналистов России Чувашской Республики собралось. Союз журналистов "
     "России провел съезд.",
     ["Союз журналистов России Чувашской Республики", "Союз журналистов России"]),
    ("Грамоты Общественной палаты Омской области вручены. Общественная палата провела "
     "слушания.", ["Общественная палата Омской области"]),
])
def test_a_national_body_is_not_its_regional_body(run, text, names):
    assert [o.name for o in run(text).organizations] == names


def test_a_lowercase_body_is_not_a_short_form(run):
    text = ("В стране переходное правительство Мали подало в отставку. Позже правительство "
            "Мали объявило выборы.")
    orgs = run(text).organizations
    assert {"переходное правительство Мали", "правительство Мали"} <= {o.name for o in orgs}


def test_a_head_word_of_two_bodies_stays_apart(run):
    text = ("Заседание Совета Федерации и Совета безопасности прошло в Кремле. Решение Совета "
            "опубликовано.")
    orgs = run(text).organizations
    assert {"Совет Федерации", "Совет безопасности"} <= {o.name for o in orgs}
    assert not any(o.aliases for o in orgs)


@pytest.mark.parametrize("text, name, kind", [
    ("Об этом сообщает ТАСС.", "ТАСС", "media"),
    ("Об этом пишет Forbes.", "Forbes", "media"),
    ("Сенаторы Совфеда одобрили закон.", "Совфед", "state"),
])
def test_a_known_organization_takes_the_tables_kind(run, text, name, kind):
    orgs = {o.name: o for o in run(text).organizations}
    assert orgs[name].kind == kind


@pytest.mark.parametrize("text, name", [
    ("Прошло заседание Совета Ассамблеи народа Казахстана.",
     "Совет Ассамблеи народа Казахстана"),
    ("Члены Союза писателей России встретились.", "Союз писателей России"),
    ("Прошло заседание Общественного совета города Алматы.", "Общественный совет города Алматы"),
])
def test_a_name_runs_on_over_a_genitive_noun_to_its_place(run, text, name):
    assert name in {o.name for o in run(text).organizations}


def test_a_verb_between_stops_the_name(run):
    assert "МВД" in {o.name for o in run("МВД предупреждает граждан Казахстана.").organizations}


def test_a_company_and_its_division_stay_apart(run):
    text = "Компания Microsoft объявила, что Microsoft Research откроет лабораторию."
    names = {o.name for o in run(text).organizations}
    assert not any(o.aliases for o in run(text).organizations if o.name in names)


@pytest.mark.parametrize("text, name", [
    ("МИОР выделил грант.", "МИОР"),
    ("Сотрудники НАН рассказали о проекте.", "НАН"),
    ("Благодарность от ЕНУ получили волонтеры.", "ЕНУ"),
])
def test_an_abbreviation_is_never_inflected(run, text, name):
    assert [o.name for o in run(text).organizations] == [name]


def test_cover_answers_like_a_scan():
    import random

    from civic_extract.spans import Cover

    rng = random.Random(3)
    for _ in range(300):
        spans = [(a, a + rng.randrange(1, 6)) for a in (rng.randrange(40) for _ in range(6))]
        cover = Cover(spans)
        for a in range(42):
            for b in range(a + 1, a + 5):
                assert cover.overlaps((a, b)) == any(x < b and a < y for x, y in spans)


def test_hull_and_inside_answer_like_a_scan():
    import random

    from civic_extract.spans import Hull, Inside

    rng = random.Random(5)
    for _ in range(300):
        spans = [(a, a + rng.randrange(0, 8)) for a in (rng.randrange(30) for _ in range(7))]
        hull = Hull(spans)
        inside = Inside([(s, i) for i, s in enumerate(spans)])
        for a in range(32):
            for b in range(a, a + 9):
                assert hull.contains((a, b)) == any(x <= a and b <= y for x, y in spans)
                assert hull.contains_longer((a, b)) == any(
                    x <= a and b <= y and y - x > b - a for x, y in spans)
                first = next((i for i, (x, y) in enumerate(spans) if a <= x and y <= b), None)
                assert inside.first((a, b)) == first


def test_bare_award_words_join_the_nearest_award_of_their_word_or_kind():
    import random

    from civic_extract.link.awards.records import _entities
    from civic_extract.link.facts import AwardFact

    def fact(start, word, kind, ref):
        return AwardFact((start, start + 3), word[0], kind, None, None, False, ref, word, (),
                         "", "")

    rng = random.Random(7)
    words = [("орден",), ("медаль",), ("грамота",)]
    for _ in range(200):
        # distinct starts: among mentions at one place the first entity made wins
        awards = [fact(start, rng.choice(words), rng.choice(["орден", "знак"]),
                       rng.random() < 0.5) for start in rng.sample(range(60), 10)]
        ents = _entities(awards)
        for r in (a for a in awards if a.ref):
            named = [(c.span[0], e) for e in ents for c in e.cands
                     if not c.ref and (c.word == r.word or c.kind == r.kind)]
            before = [x for x in named if x[0] < r.span[0]]
            after = [x for x in named if x[0] > r.span[0]]
            want = (max(before, key=lambda x: x[0])[1] if before else
                    min(after, key=lambda x: x[0])[1] if after else None)
            if want is not None:
                assert any(c is r for c in want.cands)


# an abbreviation takes the initials of each part of a hyphenated word too
@pytest.mark.parametrize("text, name, alias", [
    ("В матче Российской премьер-лиги победил «Зенит». Лидером РПЛ стал «Зенит».",
     "Российская премьер-лига", "РПЛ"),
    ("Съезд провела Чешская социал-демократическая партия. Лидер ЧСДП выступил.",
     "Чешская социал-демократическая партия", "ЧСДП"),
    ("Гражданский альянс Казахстана провел форум. Эксперты ГАК выступили.",
     "Гражданский альянс Казахстана", "ГАК"),
])
def test_abbreviation_of_hyphenated_words(run, text, name, alias):
    orgs = {o.name: o.aliases for o in run(text).organizations}
    assert alias in orgs[name] and alias not in orgs


def test_place_abbreviation_of_hyphenated_words(run):
    text = "Жители Северо-Казахстанской области собрались. В СКО прошел форум."
    assert [(p.name, p.aliases) for p in run(text).places] == [
        ("Северо-Казахстанская область", ("СКО",))]


# the head word alone names the body it heads, not one whose complement it is ("Секретариат
# Ассамблеи" is headed by "Секретариат")
@pytest.mark.parametrize("text, full, other", [
    ("Прошла сессия Ассамблеи народа Казахстана. Секретариат Ассамблеи подготовил отчет.",
     "Ассамблея народа Казахстана", "Секретариат Ассамблеи"),
    ("Заседание Общественной палаты Омской области прошло. Аппарат Палаты подготовил доклад.",
     "Общественная палата Омской области", "Аппарат Палаты"),
])
def test_the_head_word_names_the_body_it_heads(run, text, full, other):
    orgs = {o.name: o for o in run(text).organizations}
    assert full in orgs and len(orgs[full].mentions) >= 2
    assert all(name in (full, other) for name in orgs), list(orgs)


# The quoted name alone, in any case, of an organization named by its words and that quoted
# name (nested quotes, a form before them, or none): one organization, the long name leading.
@pytest.mark.parametrize("text, name", [
    ("В акции участвовали члены организации «Поисковый отряд «Рубеж»». Руководитель поискового "
     "отряда «Рубеж» Андрей Кононов выступил.", "Поисковый отряд «Рубеж»"),
    ("Грамоту получила АНО «Центр семейного отдыха «Вече»». Сотрудники «Вече» провели праздник.",
     "Центр семейного отдыха «Вече»"),
    ("ОО «Молодежный центр «Жас Өркен»» провело акцию. Волонтеры клуба «Жас Өркен» помогли "
     "пожилым.", "Молодежный центр «Жас Өркен»"),
    ("Детский клуб «Радуга» открылся. В «Радугу» записались сто детей.", "Радуга"),
])
def test_the_quoted_name_alone_is_the_same_organization(run, text, name):
    assert [o.name for o in run(text).organizations] == [name]


# A quoted name after a body's genitive or a legal form names that other body: two.
@pytest.mark.parametrize("text, names", [
    ("В Павлодарском областном филиале партии «Нұр Отан» подвели итоги. Партия «Нұр Отан» "
     "поблагодарила волонтеров.", ["Павлодарский областной филиал партии «Нұр Отан»", "Нұр Отан"]),
    ("Пресс-релиз выпустил Департамент по связям с общественностью ЗАО «Роспром». Акции ЗАО "
     "«Роспром» выросли.", ["Департамент по связям с общественностью ЗАО «Роспром»", "Роспром"]),
])
def test_a_quoted_name_of_another_body_stays_apart(run, text, names):
    assert [o.name for o in run(text).organizations] == names


# one body named with a place's other name is one organization, named with the place's fuller
# name: the gazetteer says "Башкирия" is "Республика Башкортостан", "Кузбасс" the "Кемеровская
# область"; two places keep two bodies
@pytest.mark.parametrize("text, names", [
    ("В Общественной палате Башкирии прошел форум. Председатель Общественной палаты Республики "
     "Башкортостан Иван Петров выступил.", ["Общественная палата Республики Башкортостан"]),
    ("Общественная палата Кузбасса провела форум. Общественная палата Кемеровской области "
     "поддержала его.", ["Общественная палата Кемеровской области"]),
    ("Правительство Москвы и правительство Московской области подписали соглашение.",
     ["Правительство Москвы", "правительство Московской области"]),
])
def test_a_body_named_with_a_places_other_name_is_one(run, text, names):
    assert [o.name for o in run(text).organizations] == names
