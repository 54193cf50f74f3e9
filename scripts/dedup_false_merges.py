"""How often does cross-source dedup merge two *different* real events?  (dev: UCDP GED rows)

Every UCDP GED row is a distinct lethal event.  Each becomes an EventRecord
(type from type_of_violence, date, coordinates and precision, sides as actors,
best deaths as fatalities, the news headline as the event sentence, read at
run time and never stored); rows that share a headline are one report.  Any
merge is a false merge.  The old rule (same sub-type, <= 1 day, <= 25 km,
transitive chains) is run on the same records for comparison.

    python scripts/dedup_false_merges.py                     # every UCDP file in ../shared/data/ucdp-ged
    python scripts/dedup_false_merges.py --limit 5000
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import sys
import time
from collections import defaultdict
from pathlib import Path

from dateline.dedup import Deduplicator
from dateline.evaluation import shared_data_dir
from dateline.places.resolve import haversine
from dateline.types import EventRecord, Evidence

TYPE = {"1": ("Battles", "Armed clash"), "2": ("Battles", "Armed clash"), "3": ("Violence against civilians", "Attack")}
GEO = {"1": 1, "2": 2, "3": 2, "4": 3, "5": 3, "6": 3, "7": 3}
TIME = {"1": 1, "2": 2, "3": 2, "4": 3, "5": 3}


def to_record(row: dict[str, str]) -> tuple[EventRecord, str] | None:
    try:
        day = dt.date.fromisoformat(row["date_start"])
        lat, lon = float(row["latitude"]), float(row["longitude"])
    except (ValueError, KeyError):
        return None
    event_type, sub = TYPE.get(row.get("type_of_violence", ""), ("Battles", "Armed clash"))
    headline = (row.get("source_headline") or "").strip()
    article = "h" + hashlib.sha1((headline or row["id"]).encode()).hexdigest()[:12]
    side_a, side_b = row.get("side_a") or None, row.get("side_b") or None
    inter1 = "State forces" if side_a and side_a.startswith("Government of") else "Rebel group"
    inter2 = "Civilians" if row.get("type_of_violence") == "3" else ("State forces" if side_b and side_b.startswith("Government of") else "Rebel group")
    if row.get("type_of_violence") == "3":
        side_b = f"Civilians ({row.get('country')})"
    deaths = int(float(row.get("best") or 0))
    text = headline  # the report's own words; the place is compared on its own
    record = EventRecord(
        event_id_cnty=f"UCDP-{row['id']}", article_id=article, event_type=event_type, sub_event_type=sub, event_date=day,
        time_precision=TIME.get(row.get("date_prec", "1"), 3), latitude=lat, longitude=lon,
        geo_precision=GEO.get(row.get("where_prec", "1"), 3), country=row.get("country"), admin1=row.get("adm_1") or None,
        location=row.get("where_coordinates") or None, actor1=side_a, inter1=inter1, actor2=side_b, inter2=inter2,
        fatalities=deaths, evidence={"fatalities": [Evidence(start=0, end=0, text="")],
                                     "sub_event_type": [Evidence(start=0, end=len(text), text="")]})
    return record, text


def old_rule(records: list[EventRecord]) -> int:
    """Rows the previous transitive merge folded into another (same sub-type, <= 1 day, <= 25 km)."""
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_day: dict[tuple[str | None, int], list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        by_day[(r.sub_event_type, r.event_date.toordinal())].append(i)  # type: ignore[union-attr]
    for i, r in enumerate(records):
        for d in (0, 1):
            for j in by_day.get((r.sub_event_type, r.event_date.toordinal() + d), []):  # type: ignore[union-attr]
                if j > i and r.article_id != records[j].article_id and haversine((r.latitude, r.longitude), (records[j].latitude, records[j].longitude)) <= 25:  # type: ignore[arg-type]
                    parent[find(j)] = find(i)
    return sum(1 for i in range(len(records)) if find(i) != i)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="rows per file")
    args = parser.parse_args()
    folder = shared_data_dir() / "ucdp-ged"
    if not folder.is_dir():
        sys.exit(f"no UCDP data at {folder}")
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))[: args.limit]
        items = [x for x in (to_record(r) for r in rows) if x]
        items.sort(key=lambda x: x[0].event_date)  # type: ignore[arg-type, return-value]
        started = time.perf_counter()
        dedup = Deduplicator(max_clusters=10**7)
        joined = sum(dedup.add(record, text).joined for record, text in items)
        seconds = time.perf_counter() - started
        old = old_rule([r for r, _ in items])
        n = len(items)
        print(f"{path.stem:26s} events {n:6d}  false merges: new {joined:5d} ({joined / n:.2%})  old rule {old:5d} ({old / n:.2%})  [{seconds:.1f}s]")


if __name__ == "__main__":
    main()
