"""Hostile article text, titles, URLs and actor names are shown as text: nothing in them runs in the browser.

The article goes through the real `dateline ingest` (the full pipeline), so what the page shows is what a
crawl of a hostile page would store.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request

import pytest

from browser import PageLog, chromium, chromium_path, serve, shot

if chromium_path() is None:
    if os.environ.get("CI"):
        pytest.fail("CI needs Debian's chromium for the page tests (.ci/run installs it)", pytrace=False)
    pytest.skip("no chromium here (apt-get install -y chromium chromium-driver)", allow_module_level=True)

TOKEN = "t0ken"
HOSTILE = {
    "id": "hostile",
    "title": "<img src=x onerror=\"window.__xss='title'\">Clash near Maiduguri<script>window.__xss='title-script'</script>",
    "url": "javascript:window.__xss='url'",
    "published": "2024-03-05",
    "source": "<b onmouseover=\"window.__xss='source'\">Outlet</b>",
    "text": ("Soldiers clashed with Boko Haram fighters near Maiduguri on Monday <script>window.__xss='text-script'</script> "
             "and three fighters were killed in the fighting <img src=x onerror=\"window.__xss='text-img'\">, a "
             "<a href=\"javascript:window.__xss='text-link'\">local official</a> said on Tuesday. "
             "<svg onload=\"window.__xss='svg'\"></svg> <iframe src=\"javascript:window.__xss='iframe'\"></iframe>"),
}
HOSTILE_ACTOR = "<img src=x onerror=\"window.__xss='actor'\">Raiders"


def test_nothing_in_an_article_executes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "hostile.jsonl"
    src.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = str(tmp_path / "h.db")
    run = subprocess.run([sys.executable, "-m", "dateline.cli", "ingest", str(src), "--db", db],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    with serve(db, token=TOKEN) as base, chromium() as browser:
        with urllib.request.urlopen(base + "/events", timeout=20) as r:
            items = json.loads(r.read())["items"]
        assert len(items) == 1, "the pipeline should find the clash in the hostile article"
        eid = items[0]["id"]
        req = urllib.request.Request(f"{base}/events/{eid}/review", method="POST",
                                     data=json.dumps({"action": "edit", "user": "<b>x</b>", "changes": {"actor1": HOSTILE_ACTOR}}).encode(),
                                     headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
        urllib.request.urlopen(req, timeout=20).read()

        context = browser.new_context(viewport={"width": 1440, "height": 1000})
        page = context.new_page()
        log = PageLog(page)
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(f"{base}/?event={eid}")
        page.wait_for_selector("body[data-ready='1']")
        page.wait_for_selector("#event mark.ev")
        # everything hostile is visible as literal text ...
        article = page.inner_text("#event .article-text")
        assert "<script>window.__xss='text-script'</script>" in article and "onerror=" in article and "javascript:" in article
        assert page.inner_text("#event .source-title").startswith("<img src=x onerror=")
        assert "javascript:window.__xss='url'" in page.inner_text("#event .source-meta")
        assert HOSTILE_ACTOR in page.inner_text("#event dl.fields")
        assert HOSTILE_ACTOR in page.inner_text("#table tbody")
        assert "<b>x</b>" in page.inner_text("#event .history")
        # ... and none of it became markup
        for where in ("#event", "#table", "#map"):
            assert page.locator(f"{where} script, {where} img, {where} svg iframe, {where} iframe, {where} [onerror], {where} [onload]").count() == 0
        assert page.locator("#event a[href^='javascript']").count() == 0
        # poke at it like a curious analyst: hover, click the text, the title, the would-be link
        page.hover("#event .source-title")
        page.click("#event .source-meta .source-url")
        page.click("#event .article-text")
        page.hover("#table tbody tr")
        page.wait_for_timeout(300)
        assert page.evaluate("window.__xss") is None
        assert dialogs == []
        shot(page, "untrusted_text")
        context.close()
    assert log.errors == [], log.errors  # a blocked inline script would also be a console error (CSP)


def test_csp_forbids_inline_script_on_the_page(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from web_store import build

    db = str(tmp_path / "c.db")
    build(db)
    with serve(db) as base:
        with urllib.request.urlopen(base + "/", timeout=20) as r:
            csp = r.headers["Content-Security-Policy"]
        directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
        assert directives["script-src"] == "'self'" and directives["object-src"] == "'none'"
        with chromium() as browser:
            page = browser.new_page()
            messages: list[str] = []
            page.on("console", lambda m: messages.append(m.text))
            page.goto(base + "/")
            page.wait_for_selector("body[data-ready='1']")
            # an inline script injected now is refused by the browser under this policy
            page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.body.appendChild(s); }")
            page.wait_for_timeout(200)
            assert page.evaluate("window.__inline") is None
            assert any("Content Security Policy" in m for m in messages)
