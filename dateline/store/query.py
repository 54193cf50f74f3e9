"""Reading the store for people and programs: pages of events, one event in full, aggregates, metadata.

Everything reads the effective (reviewed) values.  Paging is by keyset cursor
over (sort column, id), so page 1,000 costs what page 1 costs.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, and_, cast, func, literal_column, or_, select

from dateline.store.filters import EventFilter, FilterError
from dateline.store.schema import articles, events, evidence, reviews, sources
from dateline.store.store import Store

SUMMARY = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
           "location", "latitude", "longitude", "geo_precision", "fatalities", "modality", "historical", "confidence",
           "n_sources", "review_status")
SORTS = ("event_date", "-event_date", "fatalities", "-fatalities", "country", "location")
PERIODS = ("day", "week", "month")
GROUPS = ("event_type", "country", "admin1", "sub_event_type")
MAX_LIMIT = 1000
# First pages up to this size are kept in the cache until the data changes (512 entries at most).
FIRST_PAGE_CACHED = 200


class Cache:
    """Results of counts and aggregates, valid while the data does not change.

    Every write sets ``events.updated_at``; its maximum (one index look-up) is the data version.
    Bounded LRU, shared by the threads of one process.
    """

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self.data: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, conn: Any, key: tuple[Any, ...], compute: Any) -> Any:
        version = conn.execute(select(func.max(events.c.updated_at))).scalar()
        full = (version, *key)
        with self.lock:
            if full in self.data:
                self.data.move_to_end(full)
                return self.data[full]
        value = compute()
        with self.lock:
            self.data[full] = value
            while len(self.data) > self.size:
                self.data.popitem(last=False)
        return value


def cache_of(store: Store) -> Cache:
    cache = getattr(store, "_query_cache", None)
    if cache is None:
        cache = store._query_cache = Cache()  # type: ignore[attr-defined]
    return cache


@dataclass
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None
    total: int


def summary(row: Any) -> dict[str, Any]:
    out = {"id": row.id}
    for name in SUMMARY:
        value = getattr(row, name)
        out[name] = value.isoformat() if isinstance(value, dt.date) else value
    out["reviewed"] = row.review_status != "open"
    return out


def _cursor(value: Any, event_id: str) -> str:
    value = value.isoformat() if isinstance(value, dt.date) else value
    return base64.urlsafe_b64encode(json.dumps([value, event_id]).encode()).decode().rstrip("=")


def _uncursor(cursor: str, sort: str) -> tuple[Any, str]:
    try:
        value, event_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if value is not None and sort.lstrip("-") == "event_date":
            value = dt.date.fromisoformat(value)
        return value, str(event_id)
    except (ValueError, TypeError):
        raise FilterError(f"cursor: '{cursor[:40]}' is not a cursor this API gave out") from None


def list_events(store: Store, flt: EventFilter, sort: str = "-event_date", limit: int = 100, cursor: str | None = None) -> Page:
    if sort not in SORTS:
        raise FilterError(f"sort: '{sort}' must be one of {', '.join(SORTS)}")
    if not 1 <= limit <= MAX_LIMIT:
        raise FilterError(f"limit: {limit} must be between 1 and {MAX_LIMIT}")
    desc = sort.startswith("-")
    col = getattr(events.c, sort.lstrip("-"))
    e = events.c
    cond = flt.where()
    page_cond = list(cond)
    # Plain ORDER BY (so the (column, id) index serves it); NULLs sort where the database puts them:
    # SQLite first when ascending, PostgreSQL first when descending.
    nulls_first = store.is_postgres == desc
    if cursor:
        value, last_id = _uncursor(cursor, sort)
        after_id = e.id < last_id if desc else e.id > last_id
        if value is None:
            page_cond.append(or_(and_(col.is_(None), after_id), col.is_not(None)) if nulls_first else and_(col.is_(None), after_id))
        else:
            beyond = or_(col < value if desc else col > value, and_(col == value, after_id))
            page_cond.append(beyond if nulls_first else or_(beyond, col.is_(None)))
    order = (col.desc(), e.id.desc()) if desc else (col.asc(), e.id.asc())
    query = select(e.id, *[getattr(e, n) for n in SUMMARY]).where(and_(True, *page_cond)).order_by(*order).limit(limit + 1)

    def page(conn: Any) -> Page:
        rows = conn.execute(query).all()
        total = cache_of(store).get(conn, ("count", repr(flt)), lambda: conn.execute(
            select(func.count()).select_from(events).where(and_(True, *cond))).scalar_one())
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = _cursor(getattr(rows[-1], sort.lstrip("-")), rows[-1].id) if more and rows else None
        return Page([summary(r) for r in rows], next_cursor, total)

    with store.read() as conn:
        if cursor is None and limit <= FIRST_PAGE_CACHED:  # what every visitor of a view asks for first
            return cache_of(store).get(conn, ("page", repr(flt), sort, limit), lambda: page(conn))
        return page(conn)


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """Every field (reviewed values applied), the machine's values, sources with text and evidence, reviews."""
    with store.read() as conn:
        row = conn.execute(select(events).where(events.c.id == event_id)).first()
        if row is None:
            return None
        srcs = conn.execute(select(sources.c.id, sources.c.article_id, sources.c.score, sources.c.reason, articles.c.title,
                                   articles.c.url, articles.c.source, articles.c.published, articles.c.text)
                            .join(articles, articles.c.id == sources.c.article_id)
                            .where(sources.c.event_id == event_id).order_by(sources.c.added_at, sources.c.id)).all()
        spans = conn.execute(select(evidence.c.source_id, evidence.c.field, evidence.c.start, evidence.c.end, evidence.c.text)
                             .where(evidence.c.event_id == event_id).order_by(evidence.c.id)).all()
        revs = conn.execute(select(reviews).where(reviews.c.event_id == event_id).order_by(reviews.c.id)).all()
    record = store.effective(row)
    out: dict[str, Any] = {"id": row.id, **record.model_dump(mode="json")}
    out["machine"] = dict(row.record)
    out.update(n_sources=row.n_sources, review_status=row.review_status, reviewed=row.review_status != "open",
               review=row.review or {})
    by_source: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for s in spans:
        by_source.setdefault(s.source_id, {}).setdefault(s.field, []).append({"start": s.start, "end": s.end, "text": s.text})
    out["sources"] = [{"article_id": s.article_id, "title": s.title, "url": s.url, "source": s.source,
                       "published": s.published.isoformat() if s.published else None, "text": s.text,
                       "match": {"score": s.score, "reason": s.reason} if s.score is not None else None,
                       "evidence": by_source.get(s.id, {})} for s in srcs]
    out["reviews"] = [{"action": r.action, "user": r.user, "at": r.at.isoformat(), "changes": r.changes, "note": r.note} for r in revs]
    out["cluster"] = {"score": row.cluster_score, "reason": row.cluster_reason} if row.n_sources > 1 else None
    return out


def _period(store: Store, by: str) -> Any:
    d = events.c.event_date
    if store.is_postgres:
        return d if by == "day" else cast(func.date_trunc(by, d), Date)
    if by == "day":
        return d
    if by == "month":
        return func.strftime("%Y-%m-01", d)
    # Monday of the week: go back (weekday + 6) % 7 days
    back = literal_column("'-' || ((CAST(strftime('%w', events.event_date) AS INTEGER) + 6) % 7) || ' days'")
    return func.date(d, back)


def aggregates(store: Store, flt: EventFilter, by: str = "month", group: str = "event_type") -> dict[str, Any]:
    if by not in PERIODS:
        raise FilterError(f"by: '{by}' must be one of {', '.join(PERIODS)}")
    if group not in GROUPS:
        raise FilterError(f"group: '{group}' must be one of {', '.join(GROUPS)}")
    period = _period(store, by).label("period")
    key = getattr(events.c, group).label("key")
    query = (select(period, key, func.count().label("events"), func.coalesce(func.sum(events.c.fatalities), 0).label("fatalities"))
             .where(and_(events.c.event_date.is_not(None), *flt.where())).group_by(period, key).order_by(period, key))
    def compute() -> list[dict[str, Any]]:
        return [{"period": r.period.isoformat() if isinstance(r.period, dt.date) else str(r.period), "key": r.key,
                 "events": r.events, "fatalities": int(r.fatalities)} for r in conn.execute(query)]

    with store.read() as conn:
        buckets = cache_of(store).get(conn, ("aggregates", repr(flt), by, group), compute)
    return {"by": by, "group": group, "buckets": buckets}


def meta(store: Store) -> dict[str, Any]:
    from dateline.events.ontology import get_ontology

    onto = get_ontology()
    types: dict[str, list[str]] = {t.name: [] for t in onto.event_types}
    for s in onto.sub_event_types:
        types.setdefault(s.event_type, []).append(s.name)
    visible = events.c.review_status != "rejected"
    with store.read() as conn:
        pairs = conn.execute(select(events.c.country, events.c.admin1).where(visible).distinct()).all()
        lo, hi, n = conn.execute(select(func.min(events.c.event_date), func.max(events.c.event_date), func.count()).where(visible)).one()
    admin1: dict[str, list[str]] = {}
    for country, a1 in pairs:
        if country:
            admin1.setdefault(country, [])
            if a1:
                admin1[country].append(a1)
    return {"event_types": types, "countries": sorted(admin1), "admin1": {c: sorted(v) for c, v in sorted(admin1.items())},
            "date_min": lo.isoformat() if lo else None, "date_max": hi.isoformat() if hi else None, "n_events": n}
