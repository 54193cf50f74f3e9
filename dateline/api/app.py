"""The REST API over a store (FastAPI).  ``create_app(db_url, token=None)`` builds it.

Reads are open; writes (review actions, watch lists) need ``Authorization:
Bearer <token>`` with the token given here, by ``dateline serve --token`` or
``$DATELINE_API_TOKEN``.  A bad filter, date, sort or cursor is a 422 whose
``detail`` says which parameter and why.  docs/api.md describes every route;
``/openapi.json`` is the source of truth.
"""

from __future__ import annotations

import contextlib
import hmac
import os
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from dateline import __version__
from dateline.store import EventFilter, FilterError, Store, StoreError
from dateline.store import query as q
from dateline.store.watch import Sender

CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"


class ReviewIn(BaseModel):
    action: Literal["confirm", "reject", "edit"]
    user: str = Field(min_length=1, max_length=200)
    changes: dict[str, Any] = Field(default_factory=dict)
    note: Optional[str] = None


class WatchIn(BaseModel):
    name: str
    filters: dict[str, Any] = Field(default_factory=dict)
    webhook: Optional[str] = None


async def filters(
    country: Annotated[Optional[list[str]], Query(description="Country name (repeatable).")] = None,
    admin1: Annotated[Optional[list[str]], Query(description="Admin1 name (repeatable).")] = None,
    event_type: Annotated[Optional[list[str]], Query(description="Event type (repeatable).")] = None,
    sub_event_type: Annotated[Optional[list[str]], Query(description="Sub-event type (repeatable).")] = None,
    actor: Annotated[Optional[str], Query(description="Part of actor1's or actor2's name.")] = None,
    date_from: Annotated[Optional[str], Query(description="YYYY-MM-DD")] = None,
    date_to: Annotated[Optional[str], Query(description="YYYY-MM-DD")] = None,
    bbox: Annotated[Optional[str], Query(description="minlon,minlat,maxlon,maxlat")] = None,
    q: Annotated[Optional[str], Query(description="Text in notes, place, actors or article text.")] = None,
    reviewed: Annotated[Optional[str], Query(description="any, reviewed or unreviewed")] = None,
    status: Annotated[Optional[str], Query(description="any, confirmed, rejected or open (default: all but rejected)")] = None,
    min_fatalities: Annotated[Optional[str], Query(description="Whole number")] = None,
) -> EventFilter:
    raw = dict(country=country, admin1=admin1, event_type=event_type, sub_event_type=sub_event_type, actor=actor,
               date_from=date_from, date_to=date_to, bbox=bbox, q=q, reviewed=reviewed, status=status, min_fatalities=min_fatalities)
    try:
        return EventFilter.parse(**{k: v for k, v in raw.items() if v is not None})
    except FilterError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None


def create_app(db_url: str | None = None, token: str | None = None, deliver_webhooks: bool = True, web: bool = True) -> FastAPI:
    """The API on the store at ``db_url`` (a path or postgresql:// URL); writes need ``token``; ``web`` adds the page at "/"."""
    store = Store.open(db_url, upgrade=False)
    token = token or os.environ.get("DATELINE_API_TOKEN") or None

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        sender = Sender(store).start() if deliver_webhooks else None
        yield
        if sender:
            sender.close(wait=2.0)
        store.close()

    app = FastAPI(title="dateline", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Conflict events from news, in ACLED's schema, with evidence. Reads are open; writes need a bearer token.")
    app.state.store = store

    @app.middleware("http")
    async def headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        if response.headers.get("content-type", "").startswith("text/html"):
            response.headers["Content-Security-Policy"] = CSP
        return response

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse(status_code=503, content={"detail": str(exc)})

    def need_token(authorization: Annotated[Optional[str], Header()] = None) -> None:
        if token is None:
            raise HTTPException(status_code=401, detail="writes are disabled: start the server with --token or set DATELINE_API_TOKEN")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPException(status_code=401, detail="this write needs the header 'Authorization: Bearer <token>' with the server's token",
                                headers={"WWW-Authenticate": "Bearer"})

    def bad(exc: Exception) -> HTTPException:
        return HTTPException(status_code=422, detail=str(exc))

    @app.get("/events", summary="Events matching the filters, a page at a time")
    async def list_events(flt: Annotated[EventFilter, Depends(filters)],
                    sort: Annotated[str, Query(description=", ".join(q.SORTS))] = "-event_date",
                    limit: Annotated[int, Query(ge=1, le=q.MAX_LIMIT)] = 100,
                    cursor: Optional[str] = None) -> JSONResponse:
        try:
            if flt.q:  # a text search scans article text: off the event loop, so it cannot stall other requests
                page = await run_in_threadpool(q.list_events, store, flt, sort=sort, limit=limit, cursor=cursor)
            else:  # an indexed page of ~2 ms: a thread hand-off would cost about as much (measured: 164 -> 335 req/s on one worker)
                page = q.list_events(store, flt, sort=sort, limit=limit, cursor=cursor)
        except FilterError as exc:
            raise bad(exc) from None
        # plain JSON: the summaries are already JSON-ready, so skip FastAPI's per-field encoding
        return JSONResponse({"items": page.items, "next_cursor": page.next_cursor, "total": page.total})

    @app.get("/events/{event_id}", summary="One event with its evidence, sources and reviews")
    def get_event(event_id: str) -> dict[str, Any]:
        event = q.get_event(store, event_id)
        if event is None:
            raise HTTPException(status_code=404, detail=f"no event with id '{event_id}'")
        return event

    @app.post("/events/{event_id}/review", summary="Confirm, reject or edit an event (needs the token)", dependencies=[Depends(need_token)])
    def review(event_id: str, body: ReviewIn) -> dict[str, Any]:
        from dateline.store.review import NotFound, ReviewError, review_event

        try:
            review_event(store, event_id, body.action, body.user, body.changes, body.note)
        except NotFound:
            raise HTTPException(status_code=404, detail=f"no event with id '{event_id}'") from None
        except ReviewError as exc:
            raise bad(exc) from None
        return q.get_event(store, event_id) or {}

    # async (on the event loop, not the thread pool): almost always a cache hit of well under a millisecond,
    # where the thread hand-off would cost more than the work (measured: 225 -> 400 req/s on one worker)
    @app.get("/aggregates", summary="Event and fatality counts by period and group, for charts")
    async def aggregates(flt: Annotated[EventFilter, Depends(filters)], by: str = "month", group: str = "event_type") -> JSONResponse:
        try:
            return JSONResponse(q.aggregates(store, flt, by=by, group=group))
        except FilterError as exc:
            raise bad(exc) from None

    @app.get("/clusters", summary="Events binned on a grid for the map: count, fatalities, mean position and types per cell")
    def map_clusters(flt: Annotated[EventFilter, Depends(filters)],
                     zoom: Annotated[int, Query(description="Map zoom level (0 = whole world in 256 px)")] = 2) -> dict[str, Any]:
        from dateline.api.clusters import clusters

        try:
            return clusters(store, flt, zoom)
        except FilterError as exc:
            raise bad(exc) from None

    @app.get("/export", summary="Every matching event as acled-csv, geojson, parquet or jsonl (streamed)")
    def export(flt: Annotated[EventFilter, Depends(filters)], format: str = "acled-csv") -> StreamingResponse:
        from dateline.export import FORMATS, MEDIA_TYPES, SUFFIXES
        from dateline.export import export as write

        if format not in FORMATS:
            raise HTTPException(status_code=422, detail=f"format: '{format}' must be one of {', '.join(FORMATS)}")
        return StreamingResponse(write(store.iter_records(flt.clause()), format), media_type=MEDIA_TYPES[format],
                                 headers={"Content-Disposition": f'attachment; filename="dateline-events{SUFFIXES[format]}"'})

    @app.get("/meta", summary="Event types, countries, admin1 names, date range, and whether writes are enabled")
    def meta() -> dict[str, Any]:
        with store.read() as conn:
            data = q.cache_of(store).get(conn, ("meta",), lambda: q.meta(store))
        return {**data, "write_enabled": token is not None}

    @app.get("/places", summary="Gazetteer search for the review page")
    def places(q_: Annotated[str, Query(alias="q", min_length=1)], limit: Annotated[int, Query(ge=1, le=100)] = 20) -> list[dict[str, Any]]:
        from dateline.places.gazetteer import GazetteerError, shared

        try:
            gaz = shared()
        except GazetteerError as exc:
            raise HTTPException(status_code=503, detail=str(exc)) from None
        found = sorted(gaz.lookup(q_), key=lambda c: -c.pop)[:limit]
        out = []
        for c in found:
            p = gaz.place(c)
            out.append({"geonameid": p.geonameid, "name": p.name, "admin1": p.admin1, "country": p.country,
                        "latitude": p.latitude, "longitude": p.longitude, "feature_code": p.feature_code})
        return out

    @app.get("/watch", summary="Saved watch lists")
    def watch_list() -> list[dict[str, Any]]:
        from dateline.store.watch import list_watches

        return [{"name": w["name"], "filters": w["filters"], "webhook": w["webhook"], "feed": f"/watch/{w['name']}.atom"}
                for w in list_watches(store)]

    @app.post("/watch", status_code=201, summary="Save a watch list (needs the token)", dependencies=[Depends(need_token)])
    def watch_add(body: WatchIn) -> dict[str, Any]:
        from dateline.store.watch import WatchError, add_watch

        try:
            flt = EventFilter.parse(**body.filters)
            add_watch(store, body.name, flt, body.webhook)
        except (FilterError, WatchError) as exc:
            raise bad(exc) from None
        return {"name": body.name, "filters": flt.as_dict(), "webhook": body.webhook, "feed": f"/watch/{body.name}.atom"}

    @app.delete("/watch/{name}", status_code=204, summary="Delete a watch list (needs the token)", dependencies=[Depends(need_token)])
    def watch_remove(name: str) -> Response:
        from dateline.store.watch import WatchError, remove_watch

        try:
            remove_watch(store, name)
        except WatchError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from None
        return Response(status_code=204)

    @app.get("/watch/{name}.atom", summary="Atom feed of the newest events matching a watch list")
    def watch_feed(name: str, request: Request) -> Response:
        from dateline.store.watch import WatchError, atom_feed

        try:
            body = atom_feed(store, name, base_url=str(request.base_url).rstrip("/"))
        except WatchError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from None
        return Response(content=body, media_type="application/atom+xml")

    if web:
        from dateline.web import mount

        mount(app)
    return app


def app_from_env() -> FastAPI:
    """For ``uvicorn --factory`` (``dateline serve``): the store from $DATELINE_DB."""
    from dateline.web import warm_up

    app = create_app(os.environ.get("DATELINE_DB") or "dateline.db")
    warm_up(app.state.store)
    return app
