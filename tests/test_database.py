"""Cross-document entities (civic_extract.corpus) and the corpus database (--format sqlite).

The corpus is generated here from sentences written for these tests: the same people and NGOs
recur over four years in different case forms ("Ермеку Маржикпаеву", "Маржикпаева Ермека",
"Е. Маржикпаев", "общественному объединению «Батыр»"), with a namesake, a surname alone with no
evidence, and an organization named once without its form.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

import pytest

from civic_extract import Article
from civic_extract.cli import main
from civic_extract.corpus import merge, normalize, year_of
from civic_extract.database import CorpusDatabase, resume_state, write_sqlite

from conftest import ROOT

AKMOLA_AWARD = ("Премией акима Акмолинской области «Қамқор - {y}» награждены ОО «Батыр» и "
                "ОФ «Ана үйі». Награды вручил аким Акмолинской области Ермек Маржикпаев.")
PAVLODAR_AWARD = ("Премии акима Павлодарской области «Шапағат - {y}» удостоены общественное "
                  "объединение «Мейірім» и общественный фонд «Қамқорлық Павлодар». Награды "
                  "вручил аким Павлодарской области Асаин Байханов.")
MEETING = ("Ермек Маржикпаев, аким Акмолинской области, встретился с активистами "
           "общественного объединения «Батыр» в Кокшетау.")
CHAIRMAN = ("Председатель ОО «Батыр» Дамир Сейтказин рассказал о новых проектах объединения "
            "в Акмолинской области.")
NGO_COUNT = ("Руководитель управления внутренней политики Алия Сарсенова сообщила, что в "
             "Павлодарской области работают {n} некоммерческих организаций.")
ACTION = "Представители общественного объединения «Мейірім» провели акцию в Павлодаре."
VISIT = "Члены общественного фонда «Қамқорлық Павлодар» посетили дом престарелых в Павлодаре."
FORUM = "В Акмолинской области прошел форум общественного объединения «Батыр» и ОФ «Ана үйі»."
SINGLES = [  # (year, text)
    (2021, "Ермеку Маржикпаеву вручили благодарность от ОО «Батыр»."),
    (2021, "На форуме в Кокшетау выступил председатель ОО «Батыр» Сейтказин."),
    (2020, "Аким Акмолинской области Е. Маржикпаев вручил награды волонтерам."),
    (2020, "Ученик школы № 2 Ермек Маржикпаев занял первое место на олимпиаде по математике."),
    (2021, "Маржикпаева Ермека поздравили с назначением."),
    (2020, "Директор ОФ «Ана үйі» Гульнар Касымова рассказала о работе фонда в Кокшетау."),
    (2022, "Министр информации и общественного развития Ермек Маржикпаев открыл форум "
           "в Астане."),
    (2021, "Вчера Маржикпаев осмотрел новую школу. Маржикпаев поговорил с учителями."),
    (2021, "Волонтеры фонда «Ана үйі» собрали подарки для детей."),
]
TABLES = ("documents", "people", "organizations", "places", "awards", "statistics", "mentions",
          "titles", "award_recipients")


def generate() -> list[tuple[str, dict[str, str]]]:
    """33 (text, context) pairs; the context gives the id and the date."""
    items: list[tuple[str, dict[str, str]]] = []

    def add(year: int, text: str) -> None:
        n = len(items) + 1
        items.append((text, {"id": f"n{n:02d}", "date": f"{year}-{n % 9 + 1:02d}-15"}))

    for y in (2019, 2020, 2021):
        add(y, AKMOLA_AWARD.format(y=y))
        add(y, MEETING)
    for y, n in zip((2019, 2020, 2021, 2022), ("1 020", "1 080", "1 150", "1 210")):
        add(y, PAVLODAR_AWARD.format(y=y))
        add(y, NGO_COUNT.format(n=n))
        add(y, CHAIRMAN)
    for y in (2020, 2022):
        add(y, ACTION)
        add(y, FORUM)
    for y in (2019, 2021):
        add(y, VISIT)
    for y, text in SINGLES:
        add(y, text)
    return items


@pytest.fixture(scope="module")
def articles(extractor) -> list[Article]:
    return [a for a, _ in extractor.pipe(generate(), as_tuples=True)]


@pytest.fixture(scope="module")
def db_path(articles, tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("db") / "civic.db")
    write_sqlite(articles, path, batch_size=7)  # five transactions
    return path


def dump(path: str) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}
    finally:
        conn.close()


def query(path: str, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_normalize_and_year():
    assert normalize("  ОО «Ана  Үйі» ") == normalize('оо "ана үйі"') == "оо ана үйі"
    assert normalize("Алёна") == "алена"
    assert year_of({"date": "2020-05-01"}) == 2020 and year_of(None) is None
    assert year_of({"date": "вчера"}) is None


def test_merged_counts(articles):
    assert len(articles) == 33
    corpus = merge(articles)
    people = Counter(p.name for p in corpus.people)
    assert people == {"Ермек Маржикпаев": 2, "Асаин Байханов": 1, "Алия Сарсенова": 1,
                      "Дамир Сейтказин": 1, "Гульнар Касымова": 1, "Маржикпаев": 1}
    assert sorted((o.form or "", o.name, o.kind) for o in corpus.organizations) == [
        ("", "школа № 2", "education"), ("ОО", "Батыр", "ngo"), ("ОО", "Мейірім", "ngo"),
        ("ОФ", "Ана үйі", "ngo"), ("ОФ", "Қамқорлық Павлодар", "ngo")]
    assert sorted(a.name for a in corpus.awards) == sorted([
        "Қамқор - 2019", "Қамқор - 2020", "Қамқор - 2021", "Шапағат - 2019", "Шапағат - 2020",
        "Шапағат - 2021", "Шапағат - 2022"])
    assert {p.name for p in corpus.places} == {"Акмолинская область", "Павлодарская область",
                                               "Кокшетау", "Павлодар", "Астана"}

    def docs(kind: str, name: str) -> int:
        entities = [e for e in getattr(corpus, kind) if e.name == name]
        return len(corpus.documents(kind, entities[0].id))

    assert docs("people", "Ермек Маржикпаев") == 10  # the akim, later a minister
    assert docs("people", "Дамир Сейтказин") == 5
    assert docs("organizations", "Батыр") == 14
    assert docs("organizations", "Ана үйі") == 7
    assert docs("organizations", "Мейірім") == 6
    assert docs("places", "Акмолинская область") == 13


def test_merge_reasons(articles):
    corpus = merge(articles)
    ids = {a.doc_id: doc for doc, a in enumerate(articles)}

    def link(doc_id: str, kind: str, index: int = 0) -> tuple[str, int]:
        found = next(x for x in corpus.links
                     if (x.doc, x.kind, x.index) == (ids[doc_id], kind, index))
        return found.reason, found.entity

    akim = link("n01", "people")[1]
    assert link("n01", "people") == ("new", akim)
    assert link("n25", "people") == ("full name", akim)  # Ермеку Маржикпаеву
    assert link("n29", "people") == ("full name", akim)  # Маржикпаева Ермека
    assert link("n27", "people") == ("surname and title: аким", akim)  # Е. Маржикпаев
    assert link("n31", "people") == ("full name", akim)  # minister in 2022: another year
    student, alone = link("n28", "people"), link("n32", "people")
    assert student[0] == "new" and student[1] != akim  # another title in 2020: a namesake
    assert alone[0] == "new" and alone[1] not in (akim, student[1])  # no evidence
    chairman = link("n09", "people")[1]
    assert link("n26", "people") == ("surname and title: председатель", chairman)
    assert link("n20", "organizations")[0] == "name, the only one of that name (ОО)"
    assert link("n33", "organizations")[0] == "name, the only one of that name (ОФ)"
    assert link("n03", "organizations") == ("name and form", link("n01", "organizations")[1])


def test_namesakes_in_the_same_year_stay_apart_whatever_the_order(articles):
    # the student comes first: the akim's many 2020 titles still are one person
    order = [a for a in articles if a.doc_id == "n28"] + \
        [a for a in articles if a.doc_id != "n28"]
    corpus = merge(order)
    assert Counter(p.name for p in corpus.people)["Ермек Маржикпаев"] == 2
    akim = corpus.entity("people", 1, 0)  # n01
    student = corpus.entity("people", 0, 0)
    assert akim.id != student.id and len(corpus.documents("people", akim.id)) == 10


def test_conflicting_titles_in_the_same_year_only(extractor):
    texts = [("Аким района Серик Ахметов открыл школу.", {"id": "a", "date": "2020-01-01"}),
             ("Водитель Серик Ахметов спас ребенка.", {"id": "b", "date": "2020-05-01"}),
             ("Водитель Серик Ахметов вышел на пенсию.", {"id": "c", "date": "2023-05-01"})]
    corpus = merge(a for a, _ in extractor.pipe(texts, as_tuples=True))
    ids = [corpus.entity("people", doc, 0).id for doc in range(3)]
    assert ids[0] != ids[1]  # akim and driver in 2020: two people
    assert ids[2] in ids  # the driver of 2023 joins one of them: no conflict in 2023


def test_database_holds_the_merge(articles, db_path):
    corpus = merge(articles)
    tables = dump(db_path)
    assert [r[1] for r in tables["people"]] == [p.name for p in corpus.people]
    assert [r[1:3] for r in tables["organizations"]] == [(o.name, o.form)
                                                         for o in corpus.organizations]
    assert len(tables["documents"]) == 33 and len(tables["awards"]) == 7
    assert len(tables["statistics"]) == 4
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for doc, start, stop, text in conn.execute(
            "SELECT d.text, m.start, m.stop, m.text FROM mentions m "
            "JOIN documents d ON d.id = m.document_id"):
        assert doc[start:stop] == text  # offsets into documents.text
    links = Counter((r[0], r[1]) for r in conn.execute(
        "SELECT CASE WHEN person_id IS NOT NULL THEN 'people' WHEN organization_id IS NOT NULL "
        "THEN 'organizations' WHEN place_id IS NOT NULL THEN 'places' ELSE 'awards' END, "
        "reason FROM mentions"))
    assert links[("people", "surname and title: аким")] == 1
    conn.close()


def readme_queries() -> list[str]:
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as fh:
        section = fh.read().split("## A corpus database (SQLite)", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, re.DOTALL)


def test_readme_has_five_queries():
    assert len(readme_queries()) == 5


def test_query_awards_to_ngos_in_2020(db_path):
    rows = query(db_path, readme_queries()[0])
    assert [r[:4] for r in rows] == [
        ("ОФ", "Ана үйі", "Қамқор - 2020", "аким Акмолинской области"),
        ("ОО", "Батыр", "Қамқор - 2020", "аким Акмолинской области"),
        ("ОО", "Мейірім", "Шапағат - 2020", "аким Павлодарской области"),
        ("ОФ", "Қамқорлық Павлодар", "Шапағат - 2020", "аким Павлодарской области")]
    assert [r[4] for r in rows] == ["n03", "n03", "n10", "n10"]


def test_query_titles_of_a_person(db_path):
    rows = query(db_path, readme_queries()[1])
    people = sorted({r[0] for r in rows})
    assert len(people) == 2  # the akim and the namesake
    akim = [r for r in rows if r[0] == people[0]]
    assert {r[1].lower() for r in akim} == {"аким акмолинской области",
                                           "министр информации и общественного развития"}
    assert [r[3] for r in akim] == ["n01", "n02", "n27", "n03", "n04", "n05", "n06", "n31"]
    assert {r[4] for r in akim} == {"new", "full name", "surname and title: аким"}
    assert [(r[1], r[3]) for r in rows if r[0] == people[1]] == [("ученик школы № 2", "n28")]


def test_query_ngos_per_region_and_year(db_path):
    assert query(db_path, readme_queries()[2]) == [
        ("Акмолинская область", 2019, 2), ("Акмолинская область", 2020, 2),
        ("Акмолинская область", 2021, 2), ("Акмолинская область", 2022, 2),
        ("Павлодарская область", 2019, 2), ("Павлодарская область", 2020, 2),
        ("Павлодарская область", 2021, 2), ("Павлодарская область", 2022, 2)]


def test_query_reported_counts(db_path):
    rows = query(db_path, readme_queries()[3])
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("Павлодарская область", 2019, 1020), ("Павлодарская область", 2020, 1080),
        ("Павлодарская область", 2021, 1150), ("Павлодарская область", 2022, 1210)]
    assert {r[4] for r in rows} == {"некоммерческая организация"}


def test_query_ngo_leaders(db_path):
    assert query(db_path, readme_queries()[4]) == [
        ("Ана үйі", "Гульнар Касымова", "директор", 1),
        ("Батыр", "Дамир Сейтказин", "председатель", 5)]


def test_resume_gives_the_same_database(articles, db_path, tmp_path):
    path = str(tmp_path / "resumed.db")
    write_sqlite(articles[:12], path, batch_size=5)
    state = resume_state(path)
    assert state.records == 12 and state.done["n01"] == 1 and state.errors == 0
    write_sqlite(articles[12:], path, batch_size=5, resume=True)
    assert dump(path) == dump(db_path)
    write_sqlite(articles[:3], path)  # without resume: replaced
    assert len(dump(path)["documents"]) == 3


def test_a_failed_batch_leaves_nothing_and_the_merge_goes_on(articles, db_path, tmp_path,
                                                            monkeypatch):
    path = str(tmp_path / "failed.db")
    db = CorpusDatabase(path)
    db.add((a.doc_id, a, None) for a in articles[:10])
    before = dump(path)
    original = CorpusDatabase._recipients

    def broken(self, doc, article, links):
        if article.doc_id == "n13":
            raise sqlite3.OperationalError("disk I/O error")
        return original(self, doc, article, links)

    monkeypatch.setattr(CorpusDatabase, "_recipients", broken)
    with pytest.raises(sqlite3.OperationalError):
        db.add((a.doc_id, a, None) for a in articles[10:20])
    assert dump(path) == before  # all or nothing
    monkeypatch.setattr(CorpusDatabase, "_recipients", original)
    db.add((a.doc_id, a, None) for a in articles[10:])
    db.close()
    assert dump(path) == dump(db_path)


def test_refuses_to_overwrite_other_files(tmp_path):
    other = tmp_path / "notes.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    text = tmp_path / "notes.txt"
    text.write_text("не база данных", encoding="utf-8")
    for path in (other, text):
        with pytest.raises(ValueError, match="not a civic_extract database"):
            CorpusDatabase(str(path))
    assert query(str(other), "SELECT name FROM sqlite_master") == [("notes",)]


def write_jsonl(path, items, extra: str = "") -> None:
    lines = [json.dumps({"id": c["id"], "date": c["date"], "text": t}, ensure_ascii=False)
             for t, c in items]
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")


def test_cli_sqlite_output(tmp_path, db_path):
    src = tmp_path / "news.jsonl"
    write_jsonl(src, generate(), extra='{"id": "empty", "text": ""}\n')
    out = tmp_path / "cli.db"
    code = main([str(src), "--format", "sqlite", "-o", str(out), "-q", "--batch-size", "8",
                 "--jobs", "2"],
                stdin=io.BytesIO(), stdout=io.BytesIO())
    assert code == 1  # the empty record
    tables, reference = dump(str(out)), dump(db_path)
    assert tables["documents"][-1][1] == "empty" and tables["documents"][-1][7]
    tables["documents"] = tables["documents"][:-1]
    assert tables == reference  # dates from the records, same merge as the Python API
    code = main([str(src), "--format", "sqlite", "-o", str(out), "--resume", "-q"],
                stdin=io.BytesIO(), stdout=io.BytesIO())
    assert code == 1 and len(dump(str(out))["documents"]) == 34  # nothing left, nothing added


@pytest.mark.parametrize("args", [["--format", "sqlite"], ["--format", "sqlite", "-o", "-"],
                                  ["--resume", "--format", "csv", "-o", "x"]])
def test_cli_sqlite_usage_errors(args):
    with pytest.raises(SystemExit) as info:
        main(["x.txt", *args])
    assert info.value.code == 2


def test_killed_cli_run_leaves_a_consistent_database_and_resumes(tmp_path, db_path):
    psutil = pytest.importorskip("psutil")
    src = tmp_path / "news.jsonl"
    write_jsonl(src, generate())
    out = tmp_path / "killed.db"
    args = [sys.executable, "-m", "civic_extract", str(src), "--format", "sqlite", "-o",
            str(out), "--resume", "--batch-size", "1", "-q"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            if _documents(out) >= 3:
                break
            time.sleep(0.02)
        children = psutil.Process(proc.pid).children(recursive=True)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read()
    proc.stderr.close()
    psutil.wait_procs(children, timeout=30)
    done = resume_state(str(out)).records  # opening rolls back a half-written batch
    assert 3 <= done < 33
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    assert dump(str(out))["documents"] == dump(db_path)["documents"][:done]
    again = subprocess.run(args, capture_output=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert dump(str(out)) == dump(db_path)  # every document once, the same merges


def _documents(path) -> int:
    if not os.path.exists(path):
        return 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


INSIDE = ["ОФ «Забота Павлодара» провел акцию.",  # Павлодар only inside the name
          "ОФ «Забота Павлодара» провел акцию в Павлодаре."]  # and on its own


def _within_rows(path: str) -> list[tuple]:
    return query(path, "SELECT m.document_id, p.name, m.within FROM mentions m "
                       "JOIN places p ON p.id = m.place_id ORDER BY m.id")


def test_mentions_say_which_places_are_within_a_name(extractor, tmp_path):
    path = str(tmp_path / "within.db")
    write_sqlite([extractor.extract(t) for t in INSIDE], path)
    assert _within_rows(path) == [(1, "Павлодар", "Забота Павлодара"), (2, "Павлодар", None),
                                  (2, "Павлодар", None)]
    assert query(path, "PRAGMA user_version") == [(2,)]


def test_resume_migrates_a_version_1_database(extractor, tmp_path):
    path = str(tmp_path / "old.db")
    write_sqlite([extractor.extract(INSIDE[1])], path)
    conn = sqlite3.connect(path)  # as version 1 wrote it: no mentions.within
    conn.executescript("ALTER TABLE mentions DROP COLUMN within; PRAGMA user_version = 1;")
    conn.close()
    write_sqlite([extractor.extract(INSIDE[0])], path, resume=True)
    assert query(path, "PRAGMA user_version") == [(2,)]
    assert _within_rows(path) == [(1, "Павлодар", None), (1, "Павлодар", None),
                                  (2, "Павлодар", "Забота Павлодара")]
    assert query(path, "PRAGMA integrity_check") == [("ok",)]


def test_a_database_of_a_later_version_is_refused(extractor, tmp_path):
    path = str(tmp_path / "new.db")
    write_sqlite([extractor.extract(INSIDE[0])], path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(ValueError, match="schema version 99, newer"):
        write_sqlite([extractor.extract(INSIDE[1])], path, resume=True)
    assert query(path, "PRAGMA user_version") == [(99,)]
