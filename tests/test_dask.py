"""Dask: a bag and a dataframe column on a LocalCluster give the CLI's records."""

from __future__ import annotations

import io
import math
import sys

import pytest

from civic_extract.cli import main
from civic_extract.records import TABLES

TEXTS = {
    "a": "Аким Павлодарской области Асаин Байханов вручил премию «Шапағат» ОО «Мейірім».",
    "b": "В Карагандинской области работают 420 общественных объединений.",
    "c": "Министр финансов Ерулан Жамаубаев провёл совещание в Астане.",
    "d": "Директор школы № 3 Айгуль Сапарова наградила учеников грамотами.",
    "e": "Глава ОФ «Қамқорлық Павлодар» Ермек Маржикпаев рассказал о 15 проектах.",
    "f": "",
}


def plain(value):
    """A cell as a plain Python value: None for every kind of missing, ints as ints."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        import pandas as pd

        if value is pd.NA:
            return None
    except ImportError:  # pragma: no cover
        pass
    return value.item() if hasattr(value, "item") else value


def frame_rows(df) -> list[dict]:
    return [{k: plain(v) for k, v in row.items()} for row in df.to_dict("records")]


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    pytest.importorskip("dask.dataframe")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def cli_tables(tmp_path_factory):
    pq = pytest.importorskip("pyarrow.parquet")
    folder = tmp_path_factory.mktemp("dask")
    src = folder / "news.jsonl"
    src.write_text("".join(f'{{"id": "{k}", "text": "{v}"}}\n' for k, v in TEXTS.items()),
                   encoding="utf-8")
    code = main([str(src), "--format", "parquet", "-o", str(folder / "out"), "-q"],
                stdin=io.BytesIO(), stdout=io.BytesIO())
    assert code == 1  # the empty text
    return {t: [{k: plain(v) for k, v in r.items()}
                for r in pq.read_table(folder / "out" / f"{t}.parquet").to_pylist()]
            for t in TABLES}


def test_bag_on_a_local_cluster_gives_the_cli_records(client, cli_tables):
    import dask
    import dask.bag as db

    from civic_extract.dask import extract_bag, rows, to_dataframe

    bag = db.from_sequence(list(TEXTS.items()), npartitions=3)
    records = extract_bag(bag, batch_size=2).persist()
    assert [r["doc_id"] for r in records.compute()] == list(TEXTS)
    assert cli_tables["people"] and cli_tables["statistics"] and cli_tables["organizations"]
    frames = {t: to_dataframe(records, t) for t in TABLES}
    computed = dict(zip(frames, dask.compute(*frames.values())))
    for table in TABLES:
        assert frame_rows(computed[table]) == cli_tables[table], table
        assert [plain(r) for r in rows(records, table).pluck("doc_id").compute()] == \
            [r["doc_id"] for r in cli_tables[table]]
    errors = computed["documents"].set_index("doc_id")["error"]
    assert errors["f"].startswith("EmptyDocument") and plain(errors["a"]) is None
    # each worker process extracted with its own extractor
    pids = client.run(lambda: __import__("os").getpid())
    assert len(set(pids.values())) == 2


def test_parquet_from_dask_has_native_lists(client, tmp_path):
    import dask.bag as db
    import pyarrow.parquet as pq

    from civic_extract.dask import extract_bag, to_dataframe

    records = extract_bag(db.from_sequence(list(TEXTS.items()), npartitions=3))
    to_dataframe(records, "awards").to_parquet(str(tmp_path / "awards"))
    schema = pq.read_schema(next((tmp_path / "awards").glob("*.parquet")))
    assert str(schema.field("recipients").type) == "list<element: string>"
    assert str(schema.field("mentions").type) == "list<element: list<element: int64>>"


def test_dataframe_column_on_a_local_cluster(client, cli_tables):
    import dask
    import dask.dataframe as dd
    import pandas as pd

    from civic_extract.dask import extract_column

    pdf = pd.DataFrame({"key": list(TEXTS), "body": list(TEXTS.values())})
    tables = extract_column(dd.from_pandas(pdf, npartitions=2), "body", id_column="key")
    assert set(tables) == set(TABLES)
    people, docs = dask.compute(tables["people"], tables["documents"])
    assert frame_rows(people) == cli_tables["people"]
    assert frame_rows(docs) == cli_tables["documents"]
    assert str(people["entity"].dtype) == "int64" and str(people["start"].dtype) == "Int64"
    # list cells are native lists, not JSON text
    assert str(people["titles"].dtype) == "list<item: string>[pyarrow]"
    assert str(people["mentions"].dtype) == "list<item: list<item: int64>>[pyarrow]"
    first = frame_rows(people)[0]
    assert isinstance(first["titles"], list)
    assert first["mentions"][0] == [first["start"], first["stop"]]

    by_index = extract_column(dd.from_pandas(pdf.set_index("key"), npartitions=2), "body")
    assert list(by_index["documents"]["doc_id"].compute()) == list(TEXTS)


def test_missing_dask_names_the_extra(monkeypatch):
    from civic_extract import dask as civic_dask

    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"pip install 'civic_extract\[dask\]'") as info:
        civic_dask.extract_bag(object())
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_importing_the_front_imports_no_dask():
    import subprocess

    code = ("import sys, civic_extract.dask, civic_extract.cli\n"
            "print(','.join(m for m in ('dask', 'distributed', 'pandas', 'pyarrow', 'tqdm',"
            " 'numpy') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
