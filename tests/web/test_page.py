"""The page in a real browser (Debian's headless Chromium): map, filters in the URL, the timeline brush,
the evidence view, review with the token, read-only without it.  No test may leave a console error."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import urllib.request
from collections.abc import Iterator
from urllib.parse import parse_qs, urlparse

import pytest

from browser import PageLog, chromium, chromium_path, serve, shot
from web_store import build

TOKEN = "review-token-for-tests"

if chromium_path() is None:
    if os.environ.get("CI"):
        pytest.fail("CI needs Debian's chromium for the page tests (.ci/run installs it)", pytrace=False)
    pytest.skip("no chromium here (apt-get install -y chromium chromium-driver)", allow_module_level=True)


def api(base: str, path: str) -> object:
    with urllib.request.urlopen(base + path, timeout=20) as r:
        return json.loads(r.read())


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium() as b:
        yield b


@pytest.fixture
def site(tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "web.db")
    build(db)
    with serve(db, token=TOKEN) as base:
        yield base


@pytest.fixture
def page(browser, request) -> Iterator[object]:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    pg = context.new_page()
    log = PageLog(pg)
    pg.set_default_timeout(15000)
    yield pg
    shot(pg, request.node.name)
    context.close()
    expected = [m.args[0] for m in request.node.iter_markers("expected_console")]
    assert [e for e in log.errors if not any(x in e for x in expected)] == [], log.errors


def load(page, url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']")


def table_total(page) -> int:  # type: ignore[no-untyped-def]
    return int(page.get_attribute("#table", "data-total"))


def wait_total(page, expected: int) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_function("n => document.getElementById('table').dataset.total === String(n)", arg=expected)


def query(page) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return parse_qs(urlparse(page.url).query)


def test_page_loads_over_a_test_store(site: str, page) -> None:  # type: ignore[no-untyped-def]
    with urllib.request.urlopen(site + "/", timeout=20) as r:
        csp = r.headers["Content-Security-Policy"]
        html = r.read().decode()
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<script>" not in html and "http" not in html.replace("http-equiv", "")  # no inline script, nothing remote
    load(page, site)
    assert int(page.get_attribute("#map", "data-drawn")) >= 2  # clusters drawn
    assert table_total(page) == 37 and page.locator("#table tbody tr").count() == 37
    assert int(page.get_attribute("#timeline", "data-periods")) > 10
    assert page.locator("#timeline rect").count() > 10
    assert "37 events on the map" in page.inner_text("#map-status")
    # every request stayed on this server: the page works offline
    hosts = page.evaluate("performance.getEntriesByType('resource').map(e => new URL(e.name).host)")
    assert set(hosts) == {urlparse(site).netloc}
    # a cluster whose events share one point (Gao) lists them; one of them opens the event view
    page.goto(site + "/?map=9/16.27/-0.04")
    page.wait_for_selector("body[data-ready='1']")
    page.locator("#map .cluster-ring").first.click()
    page.locator(".cluster-list button").first.wait_for()
    assert "events here" in page.inner_text(".cluster-list")
    page.locator(".cluster-list button").first.click()
    page.wait_for_selector("#event section.source")
    assert "Gao" in page.inner_text("#event dl.fields")


def test_filter_by_country_and_type_kept_in_the_url(site: str, page) -> None:  # type: ignore[no-untyped-def]
    load(page, site)
    page.select_option("#f-country", ["Mali"])
    expected_country = api(site, "/events?country=Mali")["total"]
    wait_total(page, expected_country)
    page.check("input[name='event_type'][value='Battles']")
    expected = api(site, "/events?country=Mali&event_type=Battles")["total"]
    assert 0 < expected < expected_country
    wait_total(page, expected)
    assert query(page)["country"] == ["Mali"] and query(page)["event_type"] == ["Battles"]
    rows = page.locator("#table tbody tr")
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        assert cells.nth(7).inner_text() == "Mali" and cells.nth(1).inner_text().strip() == "Battles"
    page.wait_for_function("n => document.getElementById('map-status').textContent.startsWith(n + ' events')", arg=expected)
    # the link alone restores the view
    shared = page.url
    page.goto("about:blank")
    load(page, shared)
    wait_total(page, expected)
    assert page.eval_on_selector("#f-country", "s => [...s.selectedOptions].map(o => o.value)") == ["Mali"]
    assert page.is_checked("input[name='event_type'][value='Battles']")
    # the export links carry the same filters
    href = page.get_attribute("a.export[data-format='acled-csv']", "href")
    assert "country=Mali" in href and "event_type=Battles" in href


def test_brushing_the_timeline_filters_map_and_table(site: str, page) -> None:  # type: ignore[no-untyped-def]
    load(page, site)
    box = page.locator("#timeline .brush .overlay").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.30, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=8)
    page.mouse.move(box["x"] + box["width"] * 0.55, y, steps=8)
    page.mouse.up()
    page.wait_for_function("() => new URL(location).searchParams.has('date_from')")
    q = query(page)
    date_from, date_to = q["date_from"][0], q["date_to"][0]
    assert date_from < date_to
    expected = api(site, f"/events?date_from={date_from}&date_to={date_to}")["total"]
    assert 0 < expected < 37
    wait_total(page, expected)
    dates = page.locator("#table tbody td.date").all_inner_texts()
    assert dates and all(date_from <= d.strip()[:10] <= date_to for d in dates)
    page.wait_for_function("n => document.getElementById('map-status').textContent.startsWith(n + ' events')", arg=expected)
    assert page.input_value("#f-from") == date_from and page.input_value("#f-to") == date_to
    # the timeline keeps the whole history in view with the selection drawn
    assert page.locator("#timeline .brush .selection").get_attribute("width") not in (None, "0")
    assert int(page.get_attribute("#timeline", "data-periods")) > 10


def test_event_view_shows_highlighted_evidence(site: str, page) -> None:  # type: ignore[no-untyped-def]
    load(page, site)
    page.click("#table tbody tr[data-id='MLI-m1-1']")
    page.wait_for_selector("#event mark.ev")
    assert "event=MLI-m1-1" in page.url
    sources = page.locator("#event section.source")
    assert sources.count() == 2  # the merged event shows both outlets
    first = sources.nth(0)
    text = first.locator(".article-text").inner_text()
    assert "Security forces clashed with insurgents outside Gao" in text.replace("ACTOR 1", "").replace("  ", " ") or "clashed" in text
    marks = {m.get_attribute("data-fields"): m.inner_text() for m in first.locator("mark.ev").all()}
    assert marks["location"] == "Gao" and marks["fatalities"] == "four insurgents died"
    assert marks["sub_event_type"] == "clashed" and marks["event_date"] == "Wednesday" and marks["actor1"] == "Security forces"
    labels = set(first.locator(".ev-label").all_inner_texts())
    assert {"PLACE", "DATE", "FATALITIES", "SUB-TYPE", "ACTOR 1", "ACTOR 2"} <= {x.upper() for x in labels}
    fields = page.inner_text("#event dl.fields")
    for expected in ("Modality", "asserted", "Historical", "Confidence", "Sources", "2", "Merged because", "Notes", "armed clash in Gao"):
        assert expected in fields
    assert page.locator("#event .source-meta").nth(1).inner_text().count("joined with score") == 1
    # read-only until the token is given
    assert "Read-only" in page.inner_text("#event .review")
    assert page.locator("#r-save").count() == 0


def test_correcting_a_sub_type_shows_in_table_and_export(site: str, page) -> None:  # type: ignore[no-untyped-def]
    load(page, site + "/?event=YEM-r00-1")
    page.fill("#user", "amina")
    page.fill("#token", TOKEN)
    page.press("#token", "Enter")
    page.wait_for_selector("#r-save")
    assert page.input_value("#r-sub") == "Armed clash"
    page.select_option("#r-type", "Battles")
    page.select_option("#r-sub", "Non-state actor overtakes territory")
    page.click("#r-save")
    page.wait_for_selector("#review-message.ok")
    row = page.locator("#table tbody tr[data-id='YEM-r00-1']")
    row.wait_for()
    page.wait_for_function("() => document.querySelector(\"#table tr[data-id='YEM-r00-1'] td.col-sub_event_type\")"
                           ".textContent === 'Non-state actor overtakes territory'")
    assert row.locator("td.col-review_status").inner_text() == "edited"
    assert "(edited)" in page.inner_text("#event dl.fields")
    assert "edit by amina" in page.inner_text("#event .history")
    # the export link on the page gives the reviewed value
    href = page.get_attribute("a.export[data-format='acled-csv']", "href")
    body = page.evaluate("async h => (await fetch(h)).text()", href)
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(io.StringIO(body))}
    assert rows["YEM-r00-1"]["sub_event_type"] == "Non-state actor overtakes territory"
    assert api(site, "/events/YEM-r00-1")["machine"]["sub_event_type"] == "Armed clash"  # the machine's value is kept
    # the sub-type filter finds it under its new value
    page.goto(site + "/?sub_event_type=Non-state+actor+overtakes+territory")
    page.wait_for_selector("body[data-ready='1']")
    wait_total(page, 1)


@pytest.mark.expected_console("status of 401")  # Chromium logs the refused wrong-token request below
def test_edits_are_validated_with_a_message(site: str, page) -> None:  # type: ignore[no-untyped-def]
    load(page, site + "/?event=NGA-r03-1")
    page.fill("#user", "amina")
    page.fill("#token", TOKEN)
    page.press("#token", "Enter")
    page.wait_for_selector("#r-save")
    page.fill("#r-date", "2999-01-01")
    page.click("#r-save")
    page.wait_for_selector("#review-message.error")
    assert "future" in page.inner_text("#review-message")
    page.fill("#r-date", "")
    page.fill("#r-place", "Qwxzvillebergtown")
    page.click("#r-save")
    page.wait_for_function("() => document.getElementById('review-message').textContent.includes('Unknown place')")
    assert api(site, "/events/NGA-r03-1")["review_status"] == "open"  # nothing was stored
    # a wrong token is refused with a message, and nothing changes
    page.fill("#token", "not-the-token")
    page.press("#token", "Enter")
    page.wait_for_selector("#r-confirm")
    page.click("#r-confirm")
    page.wait_for_function("() => document.getElementById('review-message').textContent.includes('refused the token')")
    assert api(site, "/events/NGA-r03-1")["review_status"] == "open"


def test_place_from_the_gazetteer_and_from_the_map(site: str, page) -> None:  # type: ignore[no-untyped-def]
    load(page, site + "/?event=MLI-r05-1&map=6/14.5/-4.2")
    page.fill("#user", "amina")
    page.fill("#token", TOKEN)
    page.press("#token", "Enter")
    page.wait_for_selector("#r-save")
    page.fill("#r-place", "Timbuktu")
    page.click("#r-place-search")
    choice = page.locator("#r-place-results button.place-choice").first
    choice.wait_for()
    assert "Mali" in choice.inner_text()
    choice.click()
    page.click("#r-save")
    page.wait_for_selector("#review-message.ok")
    event = api(site, "/events/MLI-r05-1")
    assert event["location"] in ("Timbuktu", "Tombouctou") and event["country"] == "Mali" and event["geonameid"]
    # pick on the map: the clicked point becomes the event's coordinates
    page.click("#r-pick")
    box = page.locator("#map").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function("() => document.getElementById('r-place-chosen').textContent.includes('picked on the map')")
    page.click("#r-save")
    page.wait_for_selector("#review-message.ok")
    event = api(site, "/events/MLI-r05-1")
    assert abs(event["latitude"] - 14.5) < 0.5 and abs(event["longitude"] + 4.2) < 0.5
    assert [r["action"] for r in event["reviews"]] == ["edit", "edit"] and all(r["user"] == "amina" for r in event["reviews"])


def test_read_only_without_a_server_token(tmp_path, browser) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "ro.db")
    build(db)
    with serve(db, token=None) as base:
        context = browser.new_context(viewport={"width": 1440, "height": 1000})
        pg = context.new_page()
        log = PageLog(pg)
        load(pg, base + "/?event=YEM-r00-1")
        pg.wait_for_selector("#readonly-note")
        assert "Read-only" in pg.inner_text("#readonly-banner")
        assert "started without a review token" in pg.inner_text("#readonly-note")
        assert pg.locator("#r-save").count() == 0 and pg.locator("#token").count() == 0
        # the API agrees: a write without the token is refused
        status = pg.evaluate("""async () => (await fetch('events/YEM-r00-1/review', {method: 'POST',
            headers: {'Content-Type': 'application/json'}, body: JSON.stringify({action: 'confirm', user: 'x'})})).status""")
        assert status == 401
        shot(pg, "read_only_without_a_server_token")
        context.close()
        log.errors = [e for e in log.errors if "401" not in e]  # the refused write above is expected
        assert log.errors == [], log.errors


def test_url_state_survives_back_and_forward(site: str, page) -> None:  # type: ignore[no-untyped-def]
    load(page, site)
    page.select_option("#f-country", ["Yemen"])
    wait_total(page, api(site, "/events?country=Yemen")["total"])
    page.click("#table th button[data-sort='fatalities']")
    page.wait_for_function("() => new URL(location).searchParams.get('sort') === '-fatalities'")
    # the URL changes on the click; the table follows when the sorted page arrives
    page.wait_for_function("""() => { const f = [...document.querySelectorAll('#table tbody td.col-fatalities')]
        .map(td => Number(td.textContent)); return f.length > 1 && f.every((x, i) => i === 0 || f[i - 1] >= x); }""")
    fat = [int(x) for x in page.locator("#table tbody td.col-fatalities").all_inner_texts()]
    assert fat == sorted(fat, reverse=True) and fat[0] == max(e["fatalities"] for e in api(site, "/events?country=Yemen&limit=1000")["items"])
    page.go_back()
    wait_total(page, 37)
    assert not re.search(r"country=", page.url)
