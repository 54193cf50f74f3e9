"""The filter set every list, export, aggregate and watch list shares, and its SQL.

Values arrive as strings (query parameters, CLI options, a saved watch list);
``EventFilter.parse`` checks them and says exactly what is wrong, which the API
turns into a 422 and the CLI into one line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select

from dateline.store.schema import articles, events, sources

REVIEWED = ("any", "reviewed", "unreviewed")
STATUSES = ("any", "confirmed", "rejected", "open")


class FilterError(ValueError):
    """A filter value that cannot be used; the message names the parameter."""


def _date(name: str, value: str | dt.date | None) -> dt.date | None:
    if value is None or value == "" or isinstance(value, dt.date):
        return value or None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise FilterError(f"{name}: '{value}' is not a date in YYYY-MM-DD form") from None


def _list(value: Any) -> list[str]:
    """A repeatable filter: one value or a list (names may hold commas, so no splitting)."""
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [str(i).strip() for i in items if str(i).strip()]


@dataclass
class EventFilter:
    country: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)
    event_type: list[str] = field(default_factory=list)
    sub_event_type: list[str] = field(default_factory=list)
    actor: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None
    q: str | None = None
    reviewed: str = "any"
    status: str | None = None  # None: everything except rejected
    min_fatalities: int | None = None

    @classmethod
    def parse(cls, **raw: Any) -> "EventFilter":
        """Strings (or lists of them) in, a checked filter out; ``FilterError`` names the bad one."""
        unknown = set(raw) - set(cls.__dataclass_fields__)
        if unknown:
            raise FilterError(f"unknown filter {', '.join(sorted(unknown))}; filters are {', '.join(cls.__dataclass_fields__)}")
        f = cls()
        f.country, f.admin1 = _list(raw.get("country")), _list(raw.get("admin1"))
        f.event_type, f.sub_event_type = _list(raw.get("event_type")), _list(raw.get("sub_event_type"))
        f.actor = (raw.get("actor") or "").strip() or None
        f.q = (raw.get("q") or "").strip() or None
        f.date_from, f.date_to = _date("date_from", raw.get("date_from")), _date("date_to", raw.get("date_to"))
        if f.date_from and f.date_to and f.date_from > f.date_to:
            raise FilterError(f"date_from {f.date_from} is after date_to {f.date_to}")
        bbox = raw.get("bbox")
        if bbox not in (None, ""):
            parts = bbox if isinstance(bbox, (list, tuple)) else str(bbox).split(",")
            try:
                x0, y0, x1, y1 = (float(p) for p in parts)
            except ValueError:
                raise FilterError(f"bbox: '{bbox}' must be four numbers minlon,minlat,maxlon,maxlat") from None
            if not (-180 <= x0 <= 180 and -180 <= x1 <= 180 and -90 <= y0 <= y1 <= 90):
                raise FilterError(f"bbox: '{bbox}' is outside -180..180 / -90..90 or has minlat > maxlat")
            f.bbox = (x0, y0, x1, y1)
        f.reviewed = raw.get("reviewed") or "any"
        if f.reviewed not in REVIEWED:
            raise FilterError(f"reviewed: '{f.reviewed}' must be one of {', '.join(REVIEWED)}")
        f.status = raw.get("status") or None
        if f.status is not None and f.status not in STATUSES:
            raise FilterError(f"status: '{f.status}' must be one of {', '.join(STATUSES)}")
        mf = raw.get("min_fatalities")
        if mf not in (None, ""):
            try:
                f.min_fatalities = int(mf)
            except (TypeError, ValueError):
                raise FilterError(f"min_fatalities: '{mf}' is not a whole number") from None
            if f.min_fatalities < 0:
                raise FilterError("min_fatalities must be 0 or more")
        return f

    def as_dict(self) -> dict[str, Any]:
        """Only the filters that are set, JSON-ready (for watch lists)."""
        out: dict[str, Any] = {}
        for k, v in asdict(self).items():
            if v in (None, [], "any") and not (k == "reviewed" and v != "any"):
                continue
            out[k] = v.isoformat() if isinstance(v, dt.date) else list(v) if isinstance(v, tuple) else v
        return out

    def where(self) -> list[ColumnElement[bool]]:
        """SQL conditions on the events table (effective, reviewed values)."""
        e = events.c
        cond: list[ColumnElement[bool]] = []
        if self.country:
            cond.append(e.country.in_(self.country))
        if self.admin1:
            cond.append(e.admin1.in_(self.admin1))
        if self.event_type:
            cond.append(e.event_type.in_(self.event_type))
        if self.sub_event_type:
            cond.append(e.sub_event_type.in_(self.sub_event_type))
        if self.actor:
            pat = f"%{self.actor.lower()}%"
            cond.append(or_(func.lower(e.actor1).like(pat), func.lower(e.actor2).like(pat),
                            func.lower(e.assoc_actor_1).like(pat), func.lower(e.assoc_actor_2).like(pat)))
        if self.date_from:
            cond.append(e.event_date >= self.date_from)
        if self.date_to:
            cond.append(e.event_date <= self.date_to)
        if self.bbox:
            x0, y0, x1, y1 = self.bbox
            cond.append(e.latitude.between(y0, y1))
            # a box across the antimeridian has minlon > maxlon
            cond.append(e.longitude.between(x0, x1) if x0 <= x1 else or_(e.longitude >= x0, e.longitude <= x1))
        if self.q:
            pat = f"%{self.q.lower()}%"
            in_article = exists(select(sources.c.id).join(articles, articles.c.id == sources.c.article_id)
                                .where(sources.c.event_id == e.id, func.lower(articles.c.text).like(pat)))
            cond.append(or_(e.search_text.like(pat), in_article))
        if self.reviewed == "reviewed":
            cond.append(e.review_status != "open")
        elif self.reviewed == "unreviewed":
            cond.append(e.review_status == "open")
        if self.status is None:
            cond.append(e.review_status != "rejected")
        elif self.status == "confirmed":
            cond.append(e.review_status.in_(("confirmed", "edited")))
        elif self.status in ("rejected", "open"):
            cond.append(e.review_status == self.status)
        if self.min_fatalities is not None:
            cond.append(e.fatalities >= self.min_fatalities)
        return cond

    def clause(self) -> ColumnElement[bool]:
        return and_(True, *self.where())
