"""The REST API: filters, 422s, cursor paging, aggregates, review with a token, export, watch feeds."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from fastapi.testclient import TestClient

from dateline.api.app import create_app
from dateline.store import Store
from store_helpers import article, record

TOKEN = "s3cret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def fill(url: str) -> None:
    """30 distinct events: 3 countries, 10 days, two types."""
    places = [("Yemen", "Aden", 12.8, 45.0), ("Nigeria", "Borno", 11.8, 13.1), ("Mali", "Mopti", 14.5, -4.2)]
    items = []
    for i in range(30):
        country, admin1, lat, lon = places[i % 3]
        battle = i % 2 == 0
        r = record(f"a{i}", sub="Armed clash" if battle else "Peaceful protest", event_type="Battles" if battle else "Protests",
                   day=1 + i % 10, lat=lat + i * 0.5, lon=lon, gid=None, fat=i % 4, country=country, admin1=admin1,
                   location=f"Town {i}", actor1="Group Alpha" if i == 7 else None)
        items.append((article(f"a{i}", f"Report {i}: something happened in Town {i}."), [r]))
    with Store.open(url) as store:
        store.add_batch(items)


@pytest.fixture
def client(db_url: str):  # type: ignore[no-untyped-def]
    fill(db_url)
    with TestClient(create_app(db_url, token=TOKEN, deliver_webhooks=False)) as c:
        yield c


def test_filters_and_paging_walk_every_event_once(client: TestClient) -> None:
    page = client.get("/events", params={"limit": 7}).json()
    assert page["total"] == 30 and len(page["items"]) == 7
    seen = [i["id"] for i in page["items"]]
    while page["next_cursor"]:
        page = client.get("/events", params={"limit": 7, "cursor": page["next_cursor"]}).json()
        seen += [i["id"] for i in page["items"]]
    assert len(seen) == 30 == len(set(seen))
    dates = [client.get(f"/events/{i}").json()["event_date"] for i in seen]
    assert dates == sorted(dates, reverse=True)
    for sort in ("fatalities", "-fatalities", "country", "location", "event_date"):
        ids: list[str] = []
        cursor = None
        while True:
            got = client.get("/events", params={"limit": 4, "sort": sort, **({"cursor": cursor} if cursor else {})}).json()
            ids += [i["id"] for i in got["items"]]
            cursor = got["next_cursor"]
            if not cursor:
                break
        assert len(ids) == 30 == len(set(ids)), sort


def test_each_filter(client: TestClient) -> None:
    def total(**params: object) -> int:
        return client.get("/events", params=params).json()["total"]

    assert total(country="Yemen") == 10 and total(country=["Yemen", "Mali"]) == 20
    assert total(admin1="Borno") == 10
    assert total(event_type="Protests") == 15 and total(sub_event_type="Armed clash") == 15
    assert total(actor="alpha") == 1
    assert total(date_from="2024-03-09", date_to="2024-03-10") == 6
    assert total(bbox="44,10,46,20") == len([i for i in range(0, 30, 3) if 10 <= 12.8 + i * 0.5 <= 20])
    assert total(bbox="-5,14,-3,18") == len([i for i in range(2, 30, 3) if 14 <= 14.5 + i * 0.5 <= 18])
    assert total(q="town 13") == 1
    assert total(min_fatalities=3) == 7
    item = client.get("/events", params={"country": "Mali"}).json()["items"][0]
    assert set(item) >= {"id", "event_date", "event_type", "latitude", "n_sources", "review_status", "reviewed"}


@pytest.mark.parametrize("params, message", [
    ({"date_from": "2024-02-30"}, "date_from: '2024-02-30' is not a date"),
    ({"date_from": "2024-03-05", "date_to": "2024-03-01"}, "is after date_to"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"reviewed": "maybe"}, "reviewed: 'maybe' must be one of"),
    ({"status": "lost"}, "status"),
    ({"min_fatalities": "many"}, "min_fatalities"),
    ({"sort": "actor1"}, "sort: 'actor1' must be one of"),
    ({"cursor": "garbage!"}, "cursor"),
])
def test_bad_filters_are_422_with_a_clear_message(client: TestClient, params: dict, message: str) -> None:
    response = client.get("/events", params=params)
    assert response.status_code == 422 and message in response.json()["detail"]


def test_aggregates_by_period_and_group(client: TestClient) -> None:
    days = client.get("/aggregates", params={"by": "day", "group": "country"}).json()
    assert sum(b["events"] for b in days["buckets"]) == 30
    assert {b["key"] for b in days["buckets"]} == {"Yemen", "Nigeria", "Mali"}
    weeks = client.get("/aggregates", params={"by": "week", "group": "event_type", "country": "Yemen"}).json()["buckets"]
    assert {b["period"] for b in weeks} <= {"2024-02-26", "2024-03-04"}  # Mondays
    assert all(dt.date.fromisoformat(b["period"]).weekday() == 0 for b in weeks)
    months = client.get("/aggregates", params={"by": "month"}).json()["buckets"]
    assert {b["period"] for b in months} == {"2024-03-01"} and sum(b["fatalities"] for b in months) == sum(i % 4 for i in range(30))
    assert client.get("/aggregates", params={"by": "year"}).status_code == 422


def test_review_needs_the_token_and_is_validated(client: TestClient) -> None:
    eid = client.get("/events", params={"country": "Yemen", "sort": "location"}).json()["items"][0]["id"]
    body = {"action": "edit", "user": "ana", "changes": {"fatalities": 9}}
    assert client.post(f"/events/{eid}/review", json=body).status_code == 401
    assert client.post(f"/events/{eid}/review", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    edited = client.post(f"/events/{eid}/review", json=body, headers=AUTH).json()
    assert edited["fatalities"] == 9 and edited["machine"]["fatalities"] != 9 and edited["review_status"] == "edited"
    assert edited["reviews"][0]["user"] == "ana"
    for changes, message in [({"event_date": "2999-01-01"}, "future"), ({"sub_event_type": "Arrests"}, "belongs to"),
                             ({"location": {"geonameid": 999999999}}, "unknown place"), ({"notes": "x"}, "cannot edit")]:
        r = client.post(f"/events/{eid}/review", json={"action": "edit", "user": "ana", "changes": changes}, headers=AUTH)
        assert r.status_code == 422 and message in r.json()["detail"], changes
    assert client.get("/events", params={"min_fatalities": 9}).json()["total"] == 1  # filters read reviewed values
    assert client.get("/events", params={"reviewed": "reviewed"}).json()["total"] == 1
    client.post(f"/events/{eid}/review", json={"action": "reject", "user": "ana"}, headers=AUTH)
    assert client.get("/events").json()["total"] == 29
    assert client.get("/events", params={"status": "rejected"}).json()["total"] == 1
    assert client.get("/events", params={"status": "any"}).json()["total"] == 30
    assert client.post("/events/nope/review", json={"action": "confirm", "user": "a"}, headers=AUTH).status_code == 404


def test_a_cached_first_page_follows_a_review(client: TestClient) -> None:
    """First pages are cached until the data changes: a review must show on the very next request."""
    first = client.get("/events", params={"limit": 5}).json()["items"]
    assert client.get("/events", params={"limit": 5}).json()["items"] == first  # served again, unchanged
    eid = first[0]["id"]
    client.post(f"/events/{eid}/review", json={"action": "edit", "user": "ana", "changes": {"fatalities": 77}}, headers=AUTH)
    again = client.get("/events", params={"limit": 5}).json()["items"]
    assert next(i for i in again if i["id"] == eid)["fatalities"] == 77
    client.post(f"/events/{eid}/review", json={"action": "reject", "user": "ana"}, headers=AUTH)
    assert eid not in {i["id"] for i in client.get("/events", params={"limit": 5}).json()["items"]}


def test_export_streams_every_format_with_reviewed_values(client: TestClient) -> None:
    import pyarrow.parquet as pq

    from dateline.types import ACLED_COLUMNS

    csv_text = client.get("/export", params={"format": "acled-csv", "country": "Mali"}).text
    lines = csv_text.strip().splitlines()
    assert lines[0].split(",") == list(ACLED_COLUMNS) and len(lines) == 11
    geo = client.get("/export", params={"format": "geojson"}).json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 30
    assert geo["features"][0]["geometry"]["type"] == "Point"
    table = pq.read_table(io.BytesIO(client.get("/export", params={"format": "parquet"}).content))
    assert table.num_rows == 30 and str(table.schema.field("event_date").type) == "date32[day]"
    assert str(table.schema.field("fatalities").type) == "int32" and str(table.schema.field("latitude").type) == "double"
    rows = [json.loads(line) for line in client.get("/export", params={"format": "jsonl"}).text.splitlines()]
    assert len(rows) == 30 and "evidence" in rows[0]
    assert client.get("/export", params={"format": "xlsx"}).status_code == 422


def test_meta_places_openapi(client: TestClient) -> None:
    meta = client.get("/meta").json()
    assert meta["n_events"] == 30 and meta["write_enabled"] is True
    assert "Armed clash" in meta["event_types"]["Battles"] and set(meta["countries"]) == {"Yemen", "Nigeria", "Mali"}
    assert client.get("/openapi.json").json()["paths"]["/events"]
    assert client.get("/events/none").status_code == 404


def test_watch_lists_and_atom(client: TestClient) -> None:
    from xml.etree import ElementTree as ET

    body = {"name": "borno-battles", "filters": {"admin1": ["Borno"], "event_type": ["Battles"], "min_fatalities": 1}}
    assert client.post("/watch", json=body).status_code == 401
    assert client.post("/watch", json=body, headers=AUTH).status_code == 201
    assert client.post("/watch", json={"name": "x", "filters": {"date_from": "soon"}}, headers=AUTH).status_code == 422
    assert [w["name"] for w in client.get("/watch").json()] == ["borno-battles"]
    feed = ET.fromstring(client.get("/watch/borno-battles.atom").content)
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    expected = [i for i in range(30) if i % 3 == 1 and i % 2 == 0 and i % 4 >= 1]
    assert len(entries) == len(expected)
    assert client.delete("/watch/borno-battles").status_code == 401
    assert client.delete("/watch/borno-battles", headers=AUTH).status_code == 204
    assert client.get("/watch/borno-battles.atom").status_code == 404
