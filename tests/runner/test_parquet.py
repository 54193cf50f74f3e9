"""`--format parquet`: a folder of part files that load without dateline."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from dateline.output import open_writer
from dateline.types import Counts, EventRecord, Evidence


def test_records_become_part_files_with_flat_columns(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    records = [
        EventRecord(article_id=f"a{n}", event_date=dt.date(2024, 3, n + 1), latitude=12.8, fatalities=n, counts=Counts(arrested=n),
                    evidence={"location": [Evidence(start=0, end=4, text="Aden")]})
        for n in range(3)
    ]
    folder = tmp_path / "events"
    with open_writer("parquet", folder) as writer:
        writer.rows_per_file = 2  # type: ignore[union-attr]
        writer.write(records[:1])
        writer.write(records[1:])
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["part-00000.parquet", "part-00001.parquet"]
    table = pq.read_table(folder)
    assert table.num_rows == 3
    rows = sorted(table.to_pylist(), key=lambda r: r["article_id"])
    assert rows[2]["event_date"] == dt.date(2024, 3, 3) and rows[2]["counts_arrested"] == 2 and rows[2]["fatalities"] == 2
    assert json.loads(rows[0]["evidence"]) == {"location": [{"start": 0, "end": 4, "text": "Aden", "article_id": None}]}
