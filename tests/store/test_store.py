"""The store on SQLite and PostgreSQL: idempotent, merging across batches, migrations, clear errors."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from dateline.store import InputDone, Store, StoreError
from dateline.store.db import ensure_schema, make_engine
from dateline.store.schema import metadata

from store_helpers import article, record

TEXT_A = "Fighting broke out between soldiers and gunmen at a checkpoint on the coast road; two died."
TEXT_B = "Soldiers and gunmen fought at a checkpoint on the coast road on Sunday, two people died."
TEXT_C = "Police dispersed a crowd of teachers outside the ministry with tear gas."


def test_same_article_twice_adds_nothing(db_url: str) -> None:
    with Store.open(db_url) as store:
        first = store.add_batch([(article("a1", TEXT_A), [record("a1")])])
        again = store.add_batch([(article("a1", TEXT_A), [record("a1")])])
        assert (first.articles, first.events) == (1, 1)
        assert (again.articles, again.skipped, again.events) == (0, 1, 0)
        assert store.counts()["articles"] == 1 and store.counts()["events"] == 1


def test_a_second_report_joins_the_stored_event(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.add_batch([(article("a1", TEXT_A), [record("a1", fat=3, source="Outlet A")])])
        result = store.add_batch([(article("a2", TEXT_B), [record("a2", fat=2, source="Outlet B"),
                                                           record("a2", n=2, sub="Peaceful protest", event_type="Protests")])])
        assert (result.merged, result.events) == (1, 1)
        [merged] = [r for r in store.iter_records() if r.sub_event_type == "Armed clash"]
        assert merged.fatalities == 2 and merged.fatalities_high == 3
        assert merged.source == "Outlet A; Outlet B"
        assert {s.article_id for s in merged.evidence["fatalities"]} == {"a1", "a2"}
        from dateline.store.query import get_event

        event = get_event(store, merged.event_id_cnty or "")
        assert event is not None and event["n_sources"] == 2 and len(event["sources"]) == 2
        assert event["cluster"]["score"] >= 0.65 and "same sub-type" in event["cluster"]["reason"]
        assert {s["article_id"] for s in event["sources"]} == {"a1", "a2"}
        assert event["sources"][1]["evidence"]["fatalities"][0]["text"] == "two"


def test_another_text_under_a_taken_id_is_kept(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.add_batch([(article("1", TEXT_A), [record("1")])])
        store.add_batch([(article("1", TEXT_C), [record("1", sub="Peaceful protest", event_type="Protests")])])
        assert store.counts()["articles"] == 2 and store.counts()["events"] == 2
        ids = sorted(r.article_id or "" for r in store.iter_records())
        assert ids[0] == "1" and ids[1].startswith("1~")


def test_journal_is_written_with_the_batch(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.add_batch([(article("a1", TEXT_A), [record("a1")])], finished=[InputDone("/data/x.jsonl", 10, 1.5, 1, 1)])
        assert store.finished_inputs() == {"/data/x.jsonl": (10, 1.5)}


def test_migrations_build_exactly_the_schema(db_url: str) -> None:
    with Store.open(db_url) as store, store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert diff == []


def test_an_older_store_is_upgraded_or_refused_with_the_fix(db_url: str) -> None:
    engine = make_engine(db_url)
    ensure_schema(engine, upgrade=True, target="0001")
    engine.dispose()
    with pytest.raises(StoreError, match="dateline db upgrade"):
        Store.open(db_url, upgrade=False)
    with Store.open(db_url, upgrade=True) as store:
        assert store.upgraded_from == "0001"
        store.add_batch([(article("a1", TEXT_A), [record("a1")])])
    with Store.open(db_url, upgrade=False) as store:
        assert store.counts()["events"] == 1


def _writer(url: str, start: int) -> None:
    texts = [f"Report number {i} of a clash between two armed groups near the market." for i in range(40)]
    with Store.open(url) as store:
        for i in range(0, 40, 4):
            j = (i + start) % 40
            store.add_batch([(article(f"r{k}", texts[k]), [record(f"r{k}", day=1 + k % 20, lat=10 + k, gid=None)]) for k in range(j, min(j + 4, 40))])


def test_two_writers_at_once_store_each_article_once(db_url: str) -> None:
    Store.open(db_url).close()
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(db_url, s)) for s in (0, 20)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    with Store.open(db_url) as store:
        counts = store.counts()
        assert counts["articles"] == 40 and counts["sources"] == 40 and counts["events"] == 40


def test_sqlite_store_uses_wal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "w.db"
    Store.open(str(path)).close()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_foreign_database_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE notes (x)").connection.commit()
    with pytest.raises(StoreError, match="not a dateline store"):
        Store.open(str(path))


@pytest.mark.parametrize("db, expected", [
    ("postgresql://someone:secret@127.0.0.1:1/nothing", "cannot open the store postgresql://someone:***@127.0.0.1:1/nothing"),
    ("/no/such/folder/x.db", "folder /no/such/folder does not exist"),
    ("mysql://u@h/db", "unsupported database"),
])
def test_a_wrong_dsn_is_one_clear_line(db: str, expected: str) -> None:
    run = subprocess.run([sys.executable, "-m", "dateline.cli", "export", "--db", db], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert expected in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "secret" not in run.stderr


def test_export_of_a_missing_store_says_so(tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = subprocess.run([sys.executable, "-m", "dateline.cli", "export", "--db", str(tmp_path / "none.db")], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "no store at" in run.stderr
    assert not (tmp_path / "none.db").exists()


def test_a_store_from_a_newer_dateline_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "new.db"
    Store.open(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    with pytest.raises(StoreError, match="newer dateline"):
        Store.open(str(path))


def test_db_upgrade_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "old.db")
    engine = make_engine(path)
    ensure_schema(engine, upgrade=True, target="0001")
    engine.dispose()
    refused = subprocess.run([sys.executable, "-m", "dateline.cli", "watch", "list", "--db", path], capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and f"dateline db upgrade --db sqlite:///{path}" in refused.stderr
    done = subprocess.run([sys.executable, "-m", "dateline.cli", "db", "upgrade", "--db", path], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "upgraded" in done.stderr and "schema revision 0002" in done.stdout
