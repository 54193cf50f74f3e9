"""The analyst's page, served by ``dateline serve`` at "/" beside the API.

The page is static: ``static/`` holds the built assets (``web/build.mjs`` makes
them from npm packages; they are committed, so installing dateline needs no
npm).  It talks only to the API on the same origin and loads nothing from the
network, so it works offline.  HTML responses carry the API's
Content-Security-Policy, which forbids inline script.
"""

from __future__ import annotations

from pathlib import Path

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
