"""Merging reports of one event from several sources."""

import datetime as dt

from dateline.dedup import distance_km, merge_sources
from dateline.types import Counts, EventRecord, Evidence


def rec(article: str, sub: str = "Armed clash", day: int = 3, lat: float = 12.78, lon: float = 45.03,
        gid: int | None = 415189, fat: int = 4, src: str = "A") -> EventRecord:
    return EventRecord(article_id=article, event_type="Battles", sub_event_type=sub, event_date=dt.date(2016, 5, day),
                       time_precision=1, latitude=lat, longitude=lon, geonameid=gid, fatalities=fat, source=src,
                       counts=Counts(injured=fat + 1), confidence=0.6,
                       evidence={"fatalities": [Evidence(start=0, end=3, text="six")]})


def test_distance_is_haversine() -> None:
    assert abs(distance_km(0, 0, 0, 1) - 111.2) < 0.5


def test_same_event_from_two_sources_merges_with_lowest_fatalities() -> None:
    merged = merge_sources([rec("a1", fat=6, src="Agency A"), rec("a2", fat=4, src="Agency B", day=4)])
    assert len(merged) == 1
    m = merged[0]
    assert m.fatalities == 4 and m.fatalities_high == 6
    assert m.source == "Agency A; Agency B"
    assert {s.article_id for s in m.evidence["fatalities"]} == {"a1", "a2"}
    assert m.confidence > 0.6


def test_different_type_place_or_date_stay_apart() -> None:
    records = [rec("a1"), rec("a2", sub="Air/drone strike"), rec("a3", gid=None, lat=15.35, lon=44.2), rec("a4", day=9)]
    assert len(merge_sources(records)) == 4


def test_nearby_places_without_shared_id_merge() -> None:
    assert len(merge_sources([rec("a1", gid=None), rec("a2", gid=None, lat=12.80, lon=45.05)])) == 1


def test_records_of_one_article_are_not_merged_here() -> None:
    assert len(merge_sources([rec("a1"), rec("a1")])) == 2
