"""`dateline ingest` end to end on SQLite and PostgreSQL: merged reports, idempotent, clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dateline.store import EventFilter, Store
from dateline.store.query import get_event, list_events

STORIES = Path(__file__).resolve().parents[1] / "fixtures" / "dedup" / "stories.jsonl"


def ingest(db: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dateline.cli", "ingest", *args, "--db", db], capture_output=True, text=True, timeout=300)


def test_ingest_merges_reports_and_adds_nothing_twice(db_url: str, tmp_path: Path) -> None:
    lines = [line for line in STORIES.read_text().splitlines() if "gao" in line or "lagos" in line or "ikeja" in line]
    corpus = tmp_path / "reports.jsonl"
    corpus.write_text("\n".join(lines) + "\n")
    first = ingest(db_url, str(corpus))
    assert first.returncode == 0, first.stderr
    assert f"stored {len(lines)} new articles" in first.stderr
    again = ingest(db_url, str(corpus))
    assert again.returncode == 0 and "stored 0 new articles" in again.stderr and "0 new events" in again.stderr
    with Store.open(db_url) as store:
        page = list_events(store, EventFilter(), limit=100)
        by_sources = sorted(item["n_sources"] for item in page.items)
        assert by_sources[-2:] == [3, 3]  # the Gao clash and the Lagos march, three outlets each
        gao = next(i for i in page.items if i["n_sources"] == 3 and i["location"] == "Gao")
        event = get_event(store, gao["id"])
        assert event is not None and {s["source"] for s in event["sources"]} == {"Sahel Monitor", "Wire One", "Global Desk"}
        assert event["fatalities"] == event["fatalities_low"] <= event["fatalities_high"]
        assert all(s["evidence"] for s in event["sources"])
        assert store.counts()["articles"] == len(lines)


def test_ingest_refuses_a_missing_errors_folder_before_work(tmp_path: Path) -> None:
    run = ingest(str(tmp_path / "x.db"), str(STORIES), "--errors", str(tmp_path / "no" / "e.jsonl"))
    assert run.returncode == 2 and "does not exist" in run.stderr and "Traceback" not in run.stderr
    bad_db = ingest("postgresql://nobody:pw@127.0.0.1:1/none", str(STORIES))
    assert bad_db.returncode == 2 and len(bad_db.stderr.strip().splitlines()) == 1 and "cannot open the store" in bad_db.stderr
