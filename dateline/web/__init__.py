"""The analyst's page, served by ``dateline serve`` at "/" beside the API.

The page is static: ``static/`` holds the built assets (``web/build.mjs`` makes
them from npm packages; they are committed, so installing dateline needs no
npm).  It talks only to the API on the same origin and loads nothing from the
network, so it works offline.  HTML responses carry the API's
Content-Security-Policy, which forbids inline script.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parent / "static"


def mount(app: FastAPI) -> FastAPI:
    """Serve the page at "/" and its assets at "/static" on the API app."""
    index = STATIC / "index.html"

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        if not index.exists():
            raise HTTPException(status_code=503, detail=f"the web page is not built ({index} is missing): run `bash scripts/build_web.sh`")
        return FileResponse(index, media_type="text/html; charset=utf-8", headers={"Cache-Control": "no-cache"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    if STATIC.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def warm_up(store: Any) -> threading.Thread:
    """Compute what the page's first view asks for (meta, world clusters, first table page, timeline) in the
    background, so the first analyst to open the page does not wait for scans of the whole store.

    The answers go into the API's cache, which is keyed by the data version, so they are never stale.
    """

    def run() -> None:
        from dateline.api.clusters import clusters
        from dateline.store import EventFilter
        from dateline.store import query as q

        flt = EventFilter.parse()
        try:
            with store.read() as conn:
                q.cache_of(store).get(conn, ("meta",), lambda: q.meta(store))
            q.list_events(store, flt, sort="-event_date", limit=100)
            for zoom in (2, 3, 1):
                clusters(store, flt, zoom)
            for by in ("day", "week", "month"):
                q.aggregates(store, flt, by=by, group="event_type")
        except Exception as exc:  # noqa: BLE001 - a failed warm-up only means a slower first page
            logging.getLogger("dateline.web").warning("warm-up of the page's first view failed: %s", exc)

    thread = threading.Thread(target=run, name="dateline-web-warm-up", daemon=True)
    thread.start()
    return thread
