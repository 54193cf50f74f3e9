"""Exports: ACLED's exact columns, typed Parquet, GeoJSON points, JSONL; streamed in chunks."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pyarrow.parquet as pq

from dateline.export import export
from dateline.store import Store
from dateline.types import ACLED_COLUMNS
from store_helpers import article, record


def test_every_format_streams_in_chunks() -> None:
    records = (record(f"a{i}", gid=None, lat=10 + i * 0.01) for i in range(1200))
    chunks = list(export(records, "acled-csv"))
    assert len(chunks) > 2  # written as it goes, not at the end
    rows = list(csv.reader(b"".join(chunks).decode().splitlines()))
    assert rows[0] == list(ACLED_COLUMNS) and len(rows) == 1201
    assert len(list(export((record(f"a{i}") for i in range(500)), "jsonl"))) > 1
    assert len(list(export((record(f"a{i}") for i in range(500)), "geojson"))) > 1


def test_export_cli_writes_each_format(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "e.db")
    with Store.open(db) as store:
        store.add_batch([(article(f"a{i}", f"Text {i}."), [record(f"a{i}", gid=None, lat=10 + i, fat=i)]) for i in range(5)])

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "dateline.cli", "export", "--db", db, *args], capture_output=True, text=True, timeout=60)

    out = tmp_path / "e.parquet"
    assert run("--format", "parquet", "-o", str(out)).returncode == 0
    table = pq.read_table(out)
    assert table.num_rows == 5 and str(table.schema.field("event_date").type) == "date32[day]"
    assert table.column("fatalities").to_pylist() == [0, 1, 2, 3, 4]
    geo = json.loads(run("--format", "geojson", "--min-fatalities", "3").stdout)
    assert [f["geometry"]["coordinates"][1] for f in geo["features"]] == [13, 14]
    lines = run("--format", "acled-csv").stdout.splitlines()
    assert lines[0] == ",".join(ACLED_COLUMNS) and len(lines) == 6
    bad = run("--format", "xlsx")
    assert bad.returncode == 2 and "--format must be one of" in bad.stderr
    bad = run("--from", "yesterday")
    assert bad.returncode == 2 and "date_from: 'yesterday' is not a date" in bad.stderr
    missing = run("-o", str(tmp_path / "no" / "x.csv"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
