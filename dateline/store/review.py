"""Review actions: confirm, reject or edit an event; who did what and when is kept.

Edits are an overlay on the machine's record: the typed columns (what filters,
exports and the API read) show the edited values, the machine's stay in
``events.record``, and a later report merged into the event keeps the edits.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from dateline.store.schema import events, reviews
from dateline.store.store import Store, _typed, apply_review, now
from dateline.types import EventRecord

ACTIONS = {"confirm": "confirmed", "reject": "rejected", "edit": "edited"}
EDITABLE = ("event_type", "sub_event_type", "event_date", "time_precision", "fatalities", "actor1", "actor2", "location")


class ReviewError(ValueError):
    """A review that cannot be applied; the message says which field and why."""


class NotFound(LookupError):
    pass


def _place(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ReviewError('location: give {"geonameid": N} or {"latitude": ..., "longitude": ...}')
    if value.get("geonameid") is not None:
        from dateline.places.gazetteer import GazetteerError, shared

        try:
            gid = int(value["geonameid"])
        except (TypeError, ValueError):
            raise ReviewError(f"location: geonameid '{value['geonameid']}' is not a number") from None
        try:
            gaz = shared()
        except GazetteerError as exc:
            raise ReviewError(f"location: the gazetteer is not available here ({exc}); give latitude and longitude") from None
        cand = gaz.by_id(gid)
        if cand is None:
            raise ReviewError(f"location: unknown place, geonameid {gid} is not in the gazetteer")
        place = gaz.place(cand)
        precision = 3 if cand.fcode in ("ADM1", "ADM2") or cand.is_country else 1
        return {"location": place.name, "latitude": place.latitude, "longitude": place.longitude, "geonameid": place.geonameid,
                "country": place.country, "admin1": place.admin1, "admin2": place.admin2, "geo_precision": precision}
    try:
        lat, lon = float(value["latitude"]), float(value["longitude"])
    except (KeyError, TypeError, ValueError):
        raise ReviewError('location: give {"geonameid": N} or numeric {"latitude": ..., "longitude": ...}') from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ReviewError(f"location: latitude {lat} / longitude {lon} is not on Earth")
    out: dict[str, Any] = {"latitude": lat, "longitude": lon, "geonameid": None}
    if value.get("name"):
        out["location"] = str(value["name"])[:200]
    return out


def validate_changes(changes: dict[str, Any], current: EventRecord) -> dict[str, Any]:
    """Checked record fields for an edit, or ``ReviewError`` naming the problem."""
    from dateline.events.ontology import get_ontology

    if not changes:
        raise ReviewError("edit: changes is empty; give at least one of " + ", ".join(EDITABLE))
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ReviewError(f"cannot edit {', '.join(sorted(unknown))}; editable fields are {', '.join(EDITABLE)}")
    out: dict[str, Any] = {}
    onto = get_ontology()
    for name, value in changes.items():
        if name == "location":
            out.update(_place(value))
        elif name == "event_date":
            try:
                day = dt.date.fromisoformat(str(value))
            except ValueError:
                raise ReviewError(f"event_date: '{value}' is not a date in YYYY-MM-DD form") from None
            if day > dt.date.today():
                raise ReviewError(f"event_date: {day} is in the future")
            out["event_date"], out["year"] = day.isoformat(), day.year
        elif name == "time_precision":
            if value not in (1, 2, 3):
                raise ReviewError(f"time_precision: {value!r} must be 1 (day), 2 (week) or 3 (month)")
            out[name] = value
        elif name == "fatalities":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ReviewError(f"fatalities: {value!r} must be a whole number, 0 or more")
            out[name] = value
        elif name in ("actor1", "actor2"):
            if value is not None and (not isinstance(value, str) or len(value) > 300):
                raise ReviewError(f"{name}: give a name (text up to 300 characters) or null")
            out[name] = value or None
        else:
            out[name] = value
    event_type = out.get("event_type", current.event_type)
    sub = out.get("sub_event_type", current.sub_event_type)
    known = {t.name for t in onto.event_types}
    if "event_type" in out and event_type not in known:
        raise ReviewError(f"event_type: '{event_type}' is not one of {', '.join(sorted(known))}")
    if "event_type" in out or "sub_event_type" in out:
        try:
            parent = onto.by_name(sub).event_type
        except KeyError:
            raise ReviewError(f"sub_event_type: '{sub}' is not an ACLED sub-event type") from None
        if parent != event_type:
            raise ReviewError(f"sub_event_type: '{sub}' belongs to {parent}, not {event_type}")
        out["disorder_type"] = onto.disorder_of(event_type)
    return out


def review_event(store: Store, event_id: str, action: str, user: str, changes: dict[str, Any] | None = None, note: str | None = None) -> None:
    if action not in ACTIONS:
        raise ReviewError(f"action: '{action}' must be one of {', '.join(ACTIONS)}")
    if not user or not user.strip():
        raise ReviewError("user: say who is reviewing")
    if action != "edit" and changes:
        raise ReviewError(f"{action}: changes are only for action 'edit'")

    def work(conn: Connection) -> None:
        row = conn.execute(select(events.c.record, events.c.review).where(events.c.id == event_id)).first()
        if row is None:
            raise NotFound(event_id)
        machine = EventRecord.model_validate(row.record)
        overlay = dict(row.review or {})
        if action == "edit":
            overlay.update(validate_changes(changes or {}, apply_review(machine, overlay)))
        effective = apply_review(machine, overlay)
        conn.execute(update(events).where(events.c.id == event_id).values(
            **_typed(effective), review=overlay or None, review_status=ACTIONS[action], updated_at=now()))
        conn.execute(insert(reviews).values(event_id=event_id, action=action, user=user.strip()[:200], at=now(),
                                            changes=changes or None, note=note))

    store.write(work)
