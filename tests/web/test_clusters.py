"""The map's clusters endpoint: cells add up to the filtered events, one-event cells carry the id, zoom splits cells."""

from __future__ import annotations


import pytest
from fastapi.testclient import TestClient


from dateline.api.app import create_app
from dateline.store import Store
from store_helpers import article, record


@pytest.fixture
def client(db_url: str):  # type: ignore[no-untyped-def]
    items = []
    # two towns 0.3 degrees apart, 4 events each, plus one far away and one without coordinates
    for i in range(4):
        items.append((article(f"a{i}", f"Story {i} about the first town."), [record(f"a{i}", day=1 + 7 * i, lat=12.0, lon=45.0, fat=i, gid=None)]))
        items.append((article(f"b{i}", f"Story {i} about the second town."),
                      [record(f"b{i}", sub="Peaceful protest", event_type="Protests", day=1 + 7 * i, lat=12.3, lon=45.3, fat=0, gid=None)]))
    items.append((article("c", "A story far away."), [record("c", lat=-20.0, lon=-60.0, fat=5, gid=None, country="Paraguay", admin1="Boquerón")]))
    unplaced = record("d", gid=None)
    unplaced.latitude = unplaced.longitude = None
    items.append((article("d", "A story with no place."), [unplaced]))
    with Store.open(db_url) as store:
        store.add_batch(items)
    with TestClient(create_app(db_url, deliver_webhooks=False)) as c:
        yield c


def test_cells_add_up_and_split_with_zoom(client: TestClient) -> None:
    world = client.get("/clusters", params={"zoom": 2}).json()
    assert world["n_events"] == 9 and world["n_unmapped"] == 1
    big = world["clusters"][0]
    assert big["n"] == 8 and big["types"] == {"Battles": 4, "Protests": 4} and big["id"] is None
    assert big["fatalities"] == 0 + 1 + 2 + 3
    assert 12.0 < big["latitude"] < 12.3 and big["bbox"] == [45.0, 12.0, 45.3, 12.3]
    lone = [c for c in world["clusters"] if c["n"] == 1][0]
    assert lone["id"] and lone["fatalities"] == 5 and client.get(f"/events/{lone['id']}").json()["country"] == "Paraguay"
    close = client.get("/clusters", params={"zoom": 9}).json()["clusters"]
    assert sorted(c["n"] for c in close) == [1, 4, 4]


def test_clusters_follow_filters_and_refuse_bad_zoom(client: TestClient) -> None:
    only = client.get("/clusters", params={"zoom": 2, "event_type": "Protests"}).json()
    assert only["n_events"] == 4 and only["clusters"][0]["types"] == {"Protests": 4}
    assert client.get("/clusters", params={"zoom": 2, "bbox": "-70,-30,-50,-10"}).json()["n_events"] == 1
    r = client.get("/clusters", params={"zoom": 40})
    assert r.status_code == 422 and "zoom" in r.json()["detail"]
