"""Map clusters computed in the database, so a map of 100k events ships a few hundred markers, not 100k points.

Events are binned on a grid whose cell is about ``CELL_PX`` screen pixels at the
map's zoom level (Web Mercator tiles of 256 px); each cell gives its event count,
fatalities, mean position and count per event type.  A cell holding one event
also gives that event's id, so the page can open it; every cell gives the box its
events lie in, so the page can zoom to it (or list the events when they share one point).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, and_, cast, func, select

from dateline.store import EventFilter, FilterError, Store
from dateline.store.query import cache_of
from dateline.store.schema import events

CELL_PX = 48
MAX_ZOOM = 22


def cell_degrees(zoom: int) -> float:
    """The grid cell, in degrees of longitude, that spans about CELL_PX pixels at this zoom."""
    return 360.0 / (256 * 2**zoom) * CELL_PX


def clusters(store: Store, flt: EventFilter, zoom: int) -> dict[str, Any]:
    if not 0 <= zoom <= MAX_ZOOM:
        raise FilterError(f"zoom: {zoom} must be between 0 and {MAX_ZOOM}")
    size = cell_degrees(zoom)
    e = events.c

    def index(col: Any, offset: float) -> Any:
        # both coordinates are shifted to be >= 0, so truncation is floor (SQLite has no floor() by default)
        shifted = (col + offset) / size
        return func.floor(shifted) if store.is_postgres else cast(shifted, Integer)

    cx, cy = index(e.longitude, 180.0).label("cx"), index(e.latitude, 90.0).label("cy")
    located = and_(e.latitude.is_not(None), e.longitude.is_not(None))
    query = (select(cx, cy, e.event_type, func.count().label("n"), func.coalesce(func.sum(e.fatalities), 0).label("fatalities"),
                    func.sum(e.latitude).label("lat"), func.sum(e.longitude).label("lon"), func.min(e.id).label("id"),
                    func.min(e.longitude).label("x0"), func.min(e.latitude).label("y0"), func.max(e.longitude).label("x1"),
                    func.max(e.latitude).label("y1"))
             .where(located, *flt.where()).group_by(cx, cy, e.event_type))
    unlocated = select(func.count()).select_from(events).where(~located, *flt.where())
    with store.read() as conn:
        # the data version keys the cache: any write to the store makes it recompute
        return cache_of(store).get(conn, ("clusters", repr(flt), zoom), lambda: _cells(conn, query, unlocated, zoom, size))


def _cells(conn: Any, query: Any, unlocated: Any, zoom: int, size: float) -> dict[str, Any]:
    rows = conn.execute(query).all()
    n_unmapped = conn.execute(unlocated).scalar_one()
    cells: dict[tuple[int, int], dict[str, Any]] = {}
    for r in rows:
        c = cells.setdefault((int(r.cx), int(r.cy)), {"n": 0, "fatalities": 0, "lat": 0.0, "lon": 0.0, "types": {}, "id": None,
                                                      "bbox": [r.x0, r.y0, r.x1, r.y1]})
        b = c["bbox"]
        c["bbox"] = [min(b[0], r.x0), min(b[1], r.y0), max(b[2], r.x1), max(b[3], r.y1)]
        c["n"] += r.n
        c["fatalities"] += int(r.fatalities)
        c["lat"] += r.lat
        c["lon"] += r.lon
        c["types"][r.event_type or "Unknown"] = c["types"].get(r.event_type or "Unknown", 0) + r.n
        c["id"] = r.id
    out = []
    for c in cells.values():
        n = c["n"]
        out.append({"latitude": round(c["lat"] / n, 5), "longitude": round(c["lon"] / n, 5), "n": n,
                    "fatalities": c["fatalities"], "types": c["types"], "id": c["id"] if n == 1 else None,
                    "bbox": [round(v, 5) for v in c["bbox"]]})
    out.sort(key=lambda c: -c["n"])
    return {"zoom": zoom, "cell_degrees": size, "n_events": sum(c["n"] for c in out), "n_unmapped": n_unmapped, "clusters": out}
