"""Output writers: JSON Lines, ACLED CSV in ACLED's column order, and the table."""

import csv
import datetime as dt
import io
import json

from dateline.output import CsvWriter, JsonlWriter, TableWriter
from dateline.types import ACLED_COLUMNS, EventRecord, Evidence

RECORD = EventRecord(event_type="Strategic developments", sub_event_type="Arrests", event_date=dt.date(2016, 5, 11),
                     time_precision=1, location="Al Hawtah", admin1="Lahij", country="Yemen", geo_precision=2,
                     evidence={"sub_event_type": [Evidence(start=15, end=23, text="arrested")]})


def test_jsonl_round_trips_through_the_model() -> None:
    out = io.StringIO()
    JsonlWriter(out).write([RECORD])
    back = EventRecord.model_validate(json.loads(out.getvalue()))
    assert back == RECORD


def test_csv_has_acled_columns_in_order() -> None:
    out = io.StringIO()
    CsvWriter(out).write([RECORD])
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert rows[1][ACLED_COLUMNS.index("event_date")] == "2016-05-11"
    assert rows[1][ACLED_COLUMNS.index("actor1")] == ""


def test_table_shows_evidence() -> None:
    out = io.StringIO()
    w = TableWriter(out)
    w.write([RECORD])
    w.close()
    assert "Al Hawtah" in out.getvalue() and "arrested" in out.getvalue()
