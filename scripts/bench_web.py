"""Page benchmark (not a test): how soon the page is usable over a store of 100k events, in headless Chromium.

Builds a store of N generated events (the generator of scripts/bench_api.py), serves it with
`dateline serve` on loopback, and loads the page in Debian's Chromium (through Playwright) several
times, each in a fresh browser context (empty cache); the first load of the first view starts as soon
as the server answers, before its warm-up of the first view may have finished.  "Usable" is the moment the page marks itself
ready: map borders and event clusters drawn, the first table page drawn, the timeline drawn
(document.body.dataset.readyMs, milliseconds since navigation start).  Also timed: a filtered view,
and the API calls the page makes.  Numbers are noisy on a shared 2-core machine.

    python scripts/bench_web.py                    # 100k events, 5 loads per view
    python scripts/bench_web.py --events 100000 --runs 5 --db /tmp/bench100k.db   # keep / reuse the store
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))

from browser import CHROMIUM_FLAGS, chromium_path, free_port  # noqa: E402


def generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_api", ROOT / "scripts" / "bench_api.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.generate


def wait_up(base: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"dateline serve exited with {proc.returncode}")
        try:
            urllib.request.urlopen(base + "/meta", timeout=5).read()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("dateline serve did not answer")


def api_ms(base: str, path: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        urllib.request.urlopen(base + path, timeout=30).read()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, default=None, help="store to use; generated when missing")
    args = parser.parse_args()
    if chromium_path() is None:
        sys.exit("no chromium: apt-get install -y chromium chromium-driver")
    db = args.db or Path(tempfile.mkdtemp(prefix="dateline-webbench-")) / "bench.db"
    if not db.exists():
        t = time.perf_counter()
        generator()(str(db), args.events)
        print(f"generated {args.events} events in {time.perf_counter() - t:.0f} s -> {db}", file=sys.stderr)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "dateline.cli", "serve", "--db", str(db), "--port", str(port)],
                            env={**os.environ}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    results: dict[str, object] = {}
    try:
        wait_up(base, proc)
        n = json.loads(urllib.request.urlopen(base + "/meta").read())["n_events"]
        results["events_in_store"] = n
        from playwright.sync_api import sync_playwright

        views = {"all events": "/", "Yemen, Battles": "/?country=Yemen&event_type=Battles"}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS, headless=True)
            for name, path in views.items():
                ready = []
                for _ in range(args.runs):
                    context = browser.new_context(viewport={"width": 1440, "height": 1000})
                    page = context.new_page()
                    errors: list[str] = []
                    page.on("console", lambda m, errors=errors: errors.append(m.text) if m.type == "error" else None)
                    page.goto(base + path)
                    page.wait_for_selector("body[data-ready='1']", timeout=60000)
                    rows = page.locator("#table tbody tr").count()
                    drawn = int(page.get_attribute("#map", "data-drawn") or 0)
                    if rows == 0 or drawn == 0 or errors:
                        raise SystemExit(f"{name}: page not usable (rows {rows}, clusters {drawn}, errors {errors})")
                    ready.append(int(page.evaluate("document.body.dataset.readyMs")))
                    context.close()
                results[f"ready_ms {name}"] = {"first": ready[0], "median": statistics.median(ready), "max": max(ready), "runs": ready}
            browser.close()
        # after the page loads (which fill the API's cache): medians of repeated calls
        results["api_median_ms"] = {p: api_ms(base, p) for p in (
            "/meta", "/events?sort=-event_date&limit=100", "/clusters?zoom=2", "/clusters?zoom=7&bbox=40,10,50,20",
            "/aggregates?by=week&group=event_type", "/events?country=Yemen&event_type=Battles&limit=100")}
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    results["target"] = "map and table drawn in < 2000 ms with 100k events"
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
