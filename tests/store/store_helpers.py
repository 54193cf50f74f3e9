"""Records and articles as the pipeline would make them, a corpus of reports, and a store's contents, for the store tests."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

from dateline.types import Article, Counts, EventRecord, Evidence


def record(article: str, n: int = 1, sub: str = "Armed clash", event_type: str = "Battles", day: int = 3, lat: float = 12.78,
           lon: float = 45.03, gid: int | None = 415189, fat: int = 2, country: str = "Yemen", admin1: str = "Aden",
           location: str = "Aden", actor1: str | None = None, source: str | None = None) -> EventRecord:
    """A record as the pipeline would make it, with trigger evidence at the start of the text."""
    return EventRecord(
        event_id_cnty=f"YEM-{article}-{n}", article_id=article, event_type=event_type, sub_event_type=sub,
        disorder_type="Political violence", event_date=dt.date(2024, 3, day), year=2024, time_precision=1,
        latitude=lat, longitude=lon, geonameid=gid, geo_precision=1, country=country, admin1=admin1, location=location,
        fatalities=fat, fatalities_low=fat, fatalities_high=fat, actor1=actor1, source=source, counts=Counts(injured=1),
        confidence=0.7, notes=f"{sub} in {location}", evidence={"sub_event_type": [Evidence(start=0, end=5, text="xxxxx")],
                                                                 "fatalities": [Evidence(start=6, end=9, text="two")]})


def article(aid: str, text: str, published: dt.date | None = dt.date(2024, 3, 4)) -> Article:
    return Article(id=aid, text=text, published=published, source=f"Outlet {aid}")


TOWNS = ["Aden", "Taiz", "Marib", "Ibb", "Dhamar", "Hodeidah", "Sanaa", "Lahij", "Mukalla", "Zinjibar", "Ataq", "Hajjah", "Saada"]
DEEDS = [
    "Gunmen attacked a police post in {town} on Monday, killing {n} officers, a local official said.",
    "An air strike hit a house in {town} on Tuesday and killed {n} people, residents said.",
    "Troops clashed with tribal fighters outside {town} on Wednesday; {n} fighters were killed.",
    "A roadside bomb exploded under an army truck near {town} on Thursday, killing {n} soldiers.",
]


def write_corpus(folder: Path) -> int:
    """Six JSONL files and four text files of short reports of distinct events (our own words)."""
    folder.mkdir()
    n = 0
    for f in range(6):
        with (folder / f"feed{f}.jsonl").open("w") as fh:
            for k in range(7):
                town, deed = TOWNS[(f * 7 + k) % len(TOWNS)], DEEDS[(f + k) % len(DEEDS)]
                text = deed.format(town=town, n=2 + (f * 7 + k) % 9) + f" The report was filed as item {f}-{k}."
                fh.write(json.dumps({"id": f"f{f}-{k}", "text": text, "published": "2024-03-08", "source": f"Wire {f}"}) + "\n")
                n += 1
    for t in range(4):
        (folder / f"note{t}.txt").write_text(DEEDS[t].format(town=TOWNS[t + 5], n=t + 3) + f" Note {t}.")
        n += 1
    return n


def stored_articles(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def snapshot(db: Path) -> dict[str, object]:
    """Everything a user would see, without per-run timestamps."""
    con = sqlite3.connect(db)
    events = {}
    for eid, record in con.execute("SELECT id, record FROM events"):
        rec = json.loads(record)
        rec.pop("timestamp", None)
        events[eid] = rec
    return {
        "articles": sorted(r[0] for r in con.execute("SELECT hash FROM articles")),
        "events": events,
        "sources": sorted(con.execute("SELECT event_id, article_id, position FROM sources").fetchall()),
        "evidence": con.execute("SELECT count(*) FROM evidence").fetchone()[0],
        "journal": sorted(os.path.basename(r[0]) for r in con.execute("SELECT input FROM journal")),
    }
