"""Watch lists: a saved filter, its Atom feed, and an optional webhook.

A new event that matches a watch with a webhook gets one ``deliveries`` row,
written in the same transaction as the event (unique per watch and event).  A
sender claims a row (pending -> sending) before it POSTs, so no event is sent
twice, even by two processes; it retries failures with backoff and gives up
after a few attempts (status failed, with the error).  The sender runs in a
background thread: a slow or dead webhook never holds up ingest.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from typing import Any
from xml.etree import ElementTree as ET

import httpx
from sqlalchemy import and_, delete, insert, select, update
from sqlalchemy.engine import Connection

from dateline.store.db import StoreError
from dateline.store.filters import EventFilter
from dateline.store.schema import deliveries, events, watches
from dateline.store.store import Store, now

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
ATOM = "http://www.w3.org/2005/Atom"


class WatchError(ValueError):
    """A watch list that cannot be saved or found; the message says why."""


def _check(name: str, webhook: str | None) -> None:
    if not NAME.match(name):
        raise WatchError(f"watch name '{name}': use letters, digits, '.', '_' or '-' (at most 100), starting with a letter or digit")
    if webhook is not None and not re.match(r"^https?://[^\s/]+", webhook):
        raise WatchError(f"webhook '{webhook}' is not an http(s) URL")


def add_watch(store: Store, name: str, filters: EventFilter, webhook: str | None = None) -> dict[str, Any]:
    _check(name, webhook)

    def work(conn: Connection) -> dict[str, Any]:
        if conn.execute(select(watches.c.name).where(watches.c.name == name)).first():
            raise WatchError(f"a watch named '{name}' already exists; remove it first")
        row = dict(name=name, filters=filters.as_dict(), webhook=webhook, created_at=now())
        conn.execute(insert(watches).values(**row))
        return row

    return store.write(work)


def list_watches(store: Store) -> list[dict[str, Any]]:
    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(select(watches).order_by(watches.c.name))]


def get_watch(store: Store, name: str) -> dict[str, Any]:
    with store.read() as conn:
        row = conn.execute(select(watches).where(watches.c.name == name)).first()
    if row is None:
        raise WatchError(f"no watch named '{name}'")
    return dict(row._mapping)


def remove_watch(store: Store, name: str) -> None:
    def work(conn: Connection) -> None:
        if not conn.execute(select(watches.c.name).where(watches.c.name == name)).first():
            raise WatchError(f"no watch named '{name}'")
        conn.execute(delete(deliveries).where(deliveries.c.watch == name))
        conn.execute(delete(watches).where(watches.c.name == name))

    store.write(work)


def queue_deliveries(conn: Connection, event_ids: list[str]) -> int:
    """Inside the batch transaction: one pending delivery per new event and matching webhook watch."""
    if not event_ids:
        return 0
    hooks = conn.execute(select(watches.c.name, watches.c.filters).where(watches.c.webhook.is_not(None))).all()
    queued = 0
    stamp = now()
    for name, raw in hooks:
        flt = EventFilter.parse(**raw)
        for i in range(0, len(event_ids), 500):
            chunk = event_ids[i:i + 500]
            ids = [r[0] for r in conn.execute(select(events.c.id).where(and_(events.c.id.in_(chunk), flt.clause())))]
            rows = [dict(watch=name, event_id=e, status="pending", attempts=0, updated_at=stamp) for e in ids]
            if rows:
                conn.execute(insert(deliveries), rows)
                queued += len(rows)
    return queued


def atom_feed(store: Store, name: str, base_url: str = "", limit: int = 50) -> bytes:
    """An Atom feed of the newest events matching the watch (newest first)."""
    watch = get_watch(store, name)
    flt = EventFilter.parse(**watch["filters"])
    with store.read() as conn:
        rows = conn.execute(select(events.c.id, events.c.record, events.c.review, events.c.created_at, events.c.updated_at)
                            .where(flt.clause()).order_by(events.c.created_at.desc(), events.c.id.desc()).limit(limit)).all()
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = f"dateline watch: {name}"
    ET.SubElement(feed, f"{{{ATOM}}}id").text = f"urn:dateline:watch:{name}"
    updated = max((r.updated_at for r in rows), default=watch["created_at"])
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _iso(updated)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=f"{base_url}/watch/{name}.atom")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "dateline"
    for row in rows:
        rec = store.effective(row)
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        where = ", ".join(x for x in (rec.location, rec.admin1, rec.country) if x)
        ET.SubElement(entry, f"{{{ATOM}}}title").text = f"{rec.event_date} {rec.sub_event_type} in {where}: {rec.fatalities or 0} fatalities"
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"urn:dateline:event:{row.id}"
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _iso(row.updated_at)
        ET.SubElement(entry, f"{{{ATOM}}}published").text = _iso(row.created_at)
        ET.SubElement(entry, f"{{{ATOM}}}link", href=f"{base_url}/events/{row.id}")
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = rec.notes or ""
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _iso(value: dt.datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)  # SQLite gives naive UTC back
    return value.isoformat(timespec="seconds")


class Sender:
    """Posts pending deliveries in a background thread, with retries and backoff."""

    def __init__(self, store: Store, attempts: int = 5, backoff: float = 0.5, timeout: float = 5.0) -> None:
        self.store, self.attempts, self.backoff, self.timeout = store, attempts, backoff, timeout
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.sent = 0
        self.failed = 0

    def start(self) -> "Sender":
        self._thread = threading.Thread(target=self._loop, name="dateline-webhooks", daemon=True)
        self._thread.start()
        return self

    def wake(self) -> None:
        self._wake.set()

    def close(self, wait: float = 10.0) -> None:
        """Finish what is pending for at most ``wait`` seconds; the rest stays pending for next time."""
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and self._pending() and self._thread and self._thread.is_alive():
            self._wake.set()
            time.sleep(0.05)
        self._stop.set()
        self._wake.set()
        if self._thread:
            self._thread.join(timeout=max(0.1, deadline - time.monotonic()))

    def _pending(self) -> bool:
        try:
            with self.store.read() as conn:
                return conn.execute(select(deliveries.c.id).where(deliveries.c.status == "pending").limit(1)).first() is not None
        except StoreError:
            return False

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:  # noqa: BLE001 - a webhook problem must never end the host process
                pass
            self._wake.wait(timeout=2.0)
            self._wake.clear()

    def _claim(self) -> list[dict[str, Any]]:
        def work(conn: Connection) -> list[dict[str, Any]]:
            rows = conn.execute(select(deliveries.c.id, deliveries.c.watch, deliveries.c.event_id, watches.c.webhook)
                                .join(watches, watches.c.name == deliveries.c.watch)
                                .where(deliveries.c.status == "pending").order_by(deliveries.c.id).limit(50)).all()
            if rows:
                conn.execute(update(deliveries).where(deliveries.c.id.in_([r.id for r in rows]), deliveries.c.status == "pending")
                             .values(status="sending", updated_at=now()))
            return [dict(r._mapping) for r in rows]

        return self.store.write(work)

    def run_once(self) -> int:
        """Claim and send what is pending now; returns how many were delivered."""
        if not self._pending():
            return 0
        claimed = self._claim()
        delivered = 0
        with httpx.Client(timeout=self.timeout) as client:
            for job in claimed:
                ok, error, attempts = self._post(client, job)
                self.store.write(lambda conn, j=job: conn.execute(
                    update(deliveries).where(deliveries.c.id == j["id"])
                    .values(status="delivered" if ok else "failed", attempts=attempts, last_error=error, updated_at=now())))
                delivered += ok
                self.sent += ok
                self.failed += not ok
        return delivered

    def _post(self, client: httpx.Client, job: dict[str, Any]) -> tuple[bool, str | None, int]:
        with self.store.read() as conn:
            row = conn.execute(select(events.c.id, events.c.record, events.c.review, events.c.n_sources, events.c.review_status)
                               .where(events.c.id == job["event_id"])).one()
        body = {"watch": job["watch"], "delivery": job["id"], "event": {**self.store.effective(row).model_dump(mode="json"),
                                                                        "id": row.id, "n_sources": row.n_sources}}
        headers = {"X-Dateline-Delivery": f"{job['watch']}/{job['event_id']}"}
        error = None
        for attempt in range(1, self.attempts + 1):
            try:
                response = client.post(job["webhook"], json=body, headers=headers)
                if 200 <= response.status_code < 300:
                    return True, None, attempt
                error = f"HTTP {response.status_code}"
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"[:300]
            if attempt < self.attempts and not self._stop.is_set():
                time.sleep(self.backoff * 2 ** (attempt - 1))
        return False, error, self.attempts
