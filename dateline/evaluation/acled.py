"""``dateline eval acled``: score the whole pipeline against any ACLED export with notes.

Each row's ``notes`` is run as one article and the row becomes the gold record of
its reference Doc; the records component's ``score()`` (``dateline/records/score.py``)
compares them field by field.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from dateline.types import Article, EventRecord

REQUIRED = ("event_date", "event_type", "sub_event_type", "notes")


class AcledFormatError(ValueError):
    pass


def read_acled(path: Path) -> list[dict[str, str]]:
    """Rows of an ACLED CSV export; a clear error when it is not one."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError) as exc:
        raise AcledFormatError(f"{path}: cannot read ACLED CSV ({exc})") from exc
    if not rows:
        raise AcledFormatError(f"{path}: no rows; expected an ACLED export with a header line")
    missing = [c for c in REQUIRED if c not in rows[0]]
    if missing:
        raise AcledFormatError(f"{path}: not an ACLED export, missing column(s) {', '.join(missing)}")
    return rows


def parse_acled_date(value: str) -> dt.date | None:
    """ACLED writes dates as 2016-05-12 or '12 May 2016'."""
    value = (value or "").strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%m/%d/%Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def _number(value: str | None, kind: type[int] | type[float]) -> int | float | None:
    try:
        return kind(value) if value not in (None, "") else None
    except ValueError:
        return None


def gold_record(row: dict[str, str]) -> EventRecord:
    """The gold record an ACLED row states (only the fields ``records/score.py`` compares)."""
    return EventRecord(
        event_type=row.get("event_type") or None,
        sub_event_type=row.get("sub_event_type") or None,
        event_date=parse_acled_date(row.get("event_date", "")),
        fatalities=_number(row.get("fatalities"), int),  # type: ignore[arg-type]
        actor1=row.get("actor1") or None,
        latitude=_number(row.get("latitude"), float),
        longitude=_number(row.get("longitude"), float),
        geo_precision=_number(row.get("geo_precision"), int),  # type: ignore[arg-type]
        country=row.get("country") or None,
    )


def articles_from_rows(rows: list[dict[str, str]], path: Path, published_from: str) -> Iterator[Article]:
    for k, row in enumerate(rows):
        published = parse_acled_date(row.get("event_date", "")) if published_from == "event_date" else None
        yield Article(id=row.get("event_id_cnty") or f"row{k + 1}", text=row["notes"], published=published,
                      source=row.get("source") or None, origin=f"{path}:{k + 2}")


def evaluate_acled(path: Path, published_from: str = "none", limit: int | None = None) -> dict[str, float | int]:
    """Run the pipeline over the notes of an ACLED export and score its records with the
    records component's own ``score()`` (gold rows become the reference Docs' records)."""
    from spacy.training import Example

    from dateline import pipeline
    from dateline.records import set_event_records

    rows = read_acled(path)[:limit]
    rows = [r for r in rows if (r.get("notes") or "").strip()]
    if not rows:
        raise AcledFormatError(f"{path}: every 'notes' cell is empty; nothing to score")
    nlp = pipeline.build()
    examples = []
    for row, predicted in zip(rows, pipeline.process(nlp, articles_from_rows(rows, path, published_from))):
        reference = nlp.make_doc(row["notes"])
        set_event_records(reference, [gold_record(row)])
        examples.append(Example(predicted, reference))
    return nlp.get_pipe("dateline_records").score(examples)
