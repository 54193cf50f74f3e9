"""Cross-source dedup: pairwise, precision first, with a score and a reason; no chains."""

import datetime as dt

from dateline.dedup import Deduplicator, Report, combine, compare, event_sentence, mark_duplicates
from dateline.types import Article, Counts, EventRecord, Evidence


def rec(article: str, sub: str = "Armed clash", day: int = 3, lat: float = 12.78, lon: float = 45.03,
        gid: int | None = 415189, fat: int = 4, src: str = "A", actor1: str | None = None, actor2: str | None = None,
        inter1: str | None = None, gp: int = 1) -> EventRecord:
    return EventRecord(event_id_cnty=f"YEM-{article}-1", article_id=article, event_type="Battles", sub_event_type=sub,
                       event_date=dt.date(2016, 5, day), time_precision=1, latitude=lat, longitude=lon, geonameid=gid,
                       geo_precision=gp, country="Yemen", admin1="Aden", fatalities=fat, source=src, actor1=actor1,
                       inter1=inter1, actor2=actor2, counts=Counts(injured=fat + 1), confidence=0.6,
                       evidence={"fatalities": [Evidence(start=0, end=3, text="six")],
                                 "sub_event_type": [Evidence(start=0, end=3, text="...")]})


def test_same_place_and_day_with_similar_wording_matches_with_reason() -> None:
    m = compare(Report(rec("a1"), "Gunmen clashed with soldiers at a checkpoint in the port city on Tuesday"),
                Report(rec("a2"), "Soldiers and gunmen exchanged fire at a checkpoint in the port city"))
    assert m.ok and 0.65 <= m.score <= 1
    assert "same sub-type Armed clash" in m.reason and "same day" in m.reason


def test_vetoes_name_the_limit() -> None:
    far = compare(Report(rec("a1")), Report(rec("a2", gid=None, lat=13.2, lon=45.3)))
    assert not far.ok and far.vetoed and "km apart" in far.reason
    late = compare(Report(rec("a1")), Report(rec("a2", day=6)))
    assert late.vetoed and "3 days apart" in late.reason
    other = compare(Report(rec("a1")), Report(rec("a2", sub="Peaceful protest")))
    assert other.vetoed and "sub-types" in other.reason
    same = compare(Report(rec("a1")), Report(rec("a1")))
    assert same.vetoed and "same article" in same.reason


def test_distance_limit_grows_with_geo_precision() -> None:
    near_town = dict(gid=None, lat=12.78 + 0.18, lon=45.03)  # about 20 km north
    assert compare(Report(rec("a1")), Report(rec("a2", **near_town))).vetoed
    assert not compare(Report(rec("a1", gp=2)), Report(rec("a2", gp=2, **near_town))).vetoed


def test_two_named_armed_groups_that_differ_are_two_events() -> None:
    m = compare(Report(rec("a1", actor1="Group One", inter1="Rebel group")),
                Report(rec("a2", actor1="Group Two", inter1="Rebel group")))
    assert m.vetoed and "different actors" in m.reason
    # state forces named two ways and an unidentified group are not a conflict
    m = compare(Report(rec("a1", actor1="Military Forces of Yemen (2016-)", inter1="State forces")),
                Report(rec("a2", actor1="Unidentified Armed Group (Yemen)", inter1="Rebel group")))
    assert not m.vetoed


def test_no_transitive_chain() -> None:
    """B matches A and C, but C is too far from A: C starts its own event."""
    d = Deduplicator()
    text = "Fighters clashed with troops near the road junction"
    a = d.add(rec("a1", gid=None, lat=12.70), text=text)
    b = d.add(rec("a2", gid=None, lat=12.78), text=text)
    c = d.add(rec("a3", gid=None, lat=12.86), text=text)
    assert b.cluster_id == a.cluster_id and b.joined
    assert c.cluster_id != a.cluster_id and not c.joined


def test_event_sentence_is_the_trigger_sentence() -> None:
    text = "First sentence here. Then troops clashed with gunmen in the hills. Last one."
    start = text.index("clashed")
    r = rec("a1")
    r.evidence["sub_event_type"] = [Evidence(start=start, end=start + 7, text="clashed")]
    assert event_sentence(r, text) == "Then troops clashed with gunmen in the hills."


def test_mark_duplicates_keeps_every_row() -> None:
    art = [Article(id=f"a{i}", text="Troops clashed with gunmen in the town.") for i in range(3)]
    pairs = [(art[0], [rec("a0")]), (art[1], [rec("a1"), rec("a1", sub="Peaceful protest")]), (art[2], [rec("a2", day=20)])]
    out = [r for _, rs in mark_duplicates(pairs) for r in rs]
    assert len(out) == 4
    assert out[0].cluster_id == out[1].cluster_id == "YEM-a0-1" and out[1].cluster_score and out[1].cluster_reason
    assert out[0].cluster_score is None
    assert out[2].cluster_id != out[0].cluster_id and out[3].cluster_id != out[0].cluster_id


def test_combine_keeps_sources_lowest_fatalities_and_tagged_evidence() -> None:
    a, b = rec("a1", fat=6, src="Agency A"), rec("a2", fat=4, src="Agency B", day=4)
    a.source_scale, b.source_scale = "National", "International"
    m = combine([a, b])
    assert m.fatalities == 4 and m.fatalities_low == 4 and m.fatalities_high == 6
    assert m.source == "Agency A; Agency B" and m.source_scale == "National-International"
    assert {s.article_id for s in m.evidence["fatalities"]} == {"a1", "a2"}
    assert m.event_id_cnty == "YEM-a1-1" and m.confidence > 0.6
