"""``dateline eval acled``: score the whole pipeline against any ACLED export with notes.

Each row's ``notes`` is run as one article; the predicted record that best
matches the gold row (same sub-event type first, then event type, then
confidence) is compared field by field.  A row with no predicted event counts
as wrong on every field, so the scores are recall-like and cannot be gamed by
predicting nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from dateline.actors.dictionary import same_actor
from dateline.places.resolve import haversine
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


def best_match(gold: dict[str, Any], predicted: Sequence[EventRecord]) -> EventRecord | None:
    if not predicted:
        return None
    return max(predicted, key=lambda r: (r.sub_event_type == gold["sub_event_type"], r.event_type == gold["event_type"], r.confidence))


def compare(gold: dict[str, Any], pred: EventRecord | None) -> dict[str, bool | None]:
    """Field-by-field hits for one gold row (None = not applicable)."""
    hits: dict[str, bool | None] = {k: False for k in ("event_type_acc", "sub_event_type_acc", "date_exact", "fatalities_exact", "actor1_match")}
    hits["location_25km"] = False if str(gold.get("geo_precision", "")).strip() == "1" else None
    if pred is None:
        return hits
    hits["event_type_acc"] = pred.event_type == gold["event_type"]
    hits["sub_event_type_acc"] = pred.sub_event_type == gold["sub_event_type"]
    hits["date_exact"] = pred.event_date is not None and pred.event_date == gold.get("date")
    try:
        hits["fatalities_exact"] = int(pred.fatalities or 0) == int(gold.get("fatalities") or 0)
    except ValueError:
        hits["fatalities_exact"] = False
    hits["actor1_match"] = bool(pred.actor1) and same_actor(pred.actor1, gold.get("actor1"))
    if hits["location_25km"] is not None and pred.latitude is not None and gold.get("latitude") and gold.get("longitude"):
        hits["location_25km"] = haversine((pred.latitude, pred.longitude or 0.0), (float(gold["latitude"]), float(gold["longitude"]))) <= 25
    return hits


def summarise(all_hits: list[dict[str, bool | None]]) -> dict[str, float | int]:
    keys = ("event_type_acc", "sub_event_type_acc", "date_exact", "location_25km", "fatalities_exact", "actor1_match")
    out: dict[str, float | int] = {}
    for k in keys:
        vals = [h[k] for h in all_hits if h[k] is not None]
        out[k] = round(sum(bool(v) for v in vals) / len(vals), 4) if vals else 0.0
    out["n"] = len(all_hits)
    out["n_location"] = sum(1 for h in all_hits if h["location_25km"] is not None)
    return out


def match_records(gold: list[list[EventRecord]], pred: list[list[EventRecord]]) -> dict[str, float | int]:
    """Score predicted records against gold records, document by document."""
    hits = []
    for gold_doc, pred_doc in zip(gold, pred):
        for g in gold_doc:
            row = g.model_dump()
            row["date"] = g.event_date
            hits.append(compare(row, best_match(row, pred_doc)))
    return summarise(hits)


def articles_from_rows(rows: list[dict[str, str]], path: Path, published_from: str) -> Iterator[Article]:
    for k, row in enumerate(rows):
        published = parse_acled_date(row.get("event_date", "")) if published_from == "event_date" else None
        yield Article(id=row.get("event_id_cnty") or f"row{k + 1}", text=row["notes"], published=published,
                      source=row.get("source") or None, origin=f"{path}:{k + 2}")


def evaluate_acled(path: Path, published_from: str = "none", limit: int | None = None) -> dict[str, float | int]:
    """Run the pipeline over the notes of an ACLED export and score the events it finds."""
    from dateline import pipeline

    rows = read_acled(path)[:limit]
    rows = [r for r in rows if (r.get("notes") or "").strip()]
    if not rows:
        raise AcledFormatError(f"{path}: every 'notes' cell is empty; nothing to score")
    nlp = pipeline.build()
    hits = []
    for row, (_, records) in zip(rows, pipeline.extract(nlp, articles_from_rows(rows, path, published_from))):
        gold = dict(row, date=parse_acled_date(row.get("event_date", "")))
        hits.append(compare(gold, best_match(gold, records)))
    return summarise(hits)
