"""Records and articles as the pipeline would make them, for the store tests."""

from __future__ import annotations

import datetime as dt

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
