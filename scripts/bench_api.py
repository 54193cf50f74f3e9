"""API load and SQLite concurrency benchmark (not a test; numbers are noisy on a shared 2-core machine).

1. Builds a store with N generated events (default 100,000), serves it with ``dateline serve`` on
   loopback, and loads ``GET /events`` and ``GET /aggregates`` with ``wrk`` (Debian package ``wrk``)
   for a fixed time each: requests/s and p99 latency.
2. With ``--ingest-corpus DIR``: runs ``dateline ingest DIR`` into the same store while ``wrk``
   loads the API, and counts "database is locked" in both programs' output and non-2xx responses.

    python scripts/bench_api.py                        # 100k events, 10 s per endpoint
    python scripts/bench_api.py --events 100000 --seconds 10 --workers 2 --ingest-articles 200
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from dateline.store import Store
from dateline.store.schema import events
from dateline.types import EventRecord

PLACES = [  # (country, admin1, lat, lon)
    ("Yemen", "Aden", 12.8, 45.0), ("Yemen", "Ta'izz", 13.6, 44.0), ("Nigeria", "Borno", 11.8, 13.1),
    ("Nigeria", "Zamfara", 12.2, 6.2), ("Mali", "Gao", 16.3, -0.05), ("Somalia", "Banaadir", 2.0, 45.3),
    ("Syria", "Idlib", 35.9, 36.6), ("Mexico", "Sinaloa", 24.8, -107.4), ("Sudan", "Khartoum", 15.5, 32.5),
    ("Colombia", "Cauca", 2.4, -76.6),
]
TYPES = [("Battles", "Armed clash"), ("Violence against civilians", "Attack"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Protests", "Peaceful protest"), ("Riots", "Mob violence"), ("Strategic developments", "Arrests")]


def generate(path: str, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = dt.date(2022, 1, 1)
    now = dt.datetime.now(dt.timezone.utc)
    with Store.open(path) as store:
        for chunk in range(0, n, 5000):
            rows = []
            for i in range(chunk, min(n, chunk + 5000)):
                country, admin1, lat, lon = rng.choice(PLACES)
                etype, sub = rng.choice(TYPES)
                day = start + dt.timedelta(days=rng.randrange(1000))
                rec = EventRecord(event_id_cnty=f"GEN-{i}", event_date=day, year=day.year, time_precision=1, event_type=etype,
                                  sub_event_type=sub, country=country, admin1=admin1, location=f"Place {i % 500}",
                                  latitude=lat + rng.uniform(-1, 1), longitude=lon + rng.uniform(-1, 1), geo_precision=1,
                                  fatalities=rng.choice([0, 0, 0, 1, 2, 3, 5, 10]), actor1=f"Group {i % 40}", confidence=0.8,
                                  notes=f"{sub} in Place {i % 500}")
                typed = {k: getattr(rec, k) for k in ("event_date", "year", "time_precision", "event_type", "sub_event_type", "country",
                                                      "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities",
                                                      "actor1", "confidence", "notes", "modality", "historical")}
                rows.append(dict(id=rec.event_id_cnty, **typed, record=rec.model_dump(mode="json"), review_status="open", n_sources=1,
                                 search_text=(rec.notes or "").lower(), created_at=now, updated_at=now))
            store.write(lambda conn, rows=rows: conn.execute(insert(events), rows))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wrk(url: str, seconds: int, connections: int = 16) -> dict[str, object]:
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s", "--latency", url],
                         capture_output=True, text=True, timeout=seconds + 30).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*", out)
    return {"rps": round(rps, 1), "p99_ms": round(float(p99.group(1)) * scale[p99.group(2)], 1) if p99 else None,
            "non_2xx": int(non2xx.group(1)) if non2xx else 0, "socket_errors": errors.group(0) if errors else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16, help="wrk connections")
    parser.add_argument("--ingest-corpus", type=Path, default=None, help="articles to ingest while the API is loaded")
    parser.add_argument("--ingest-articles", type=int, default=0, help="or: this many LGL dev articles (read at run time)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")
    folder = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    db = str(folder / "bench.db")
    started = time.perf_counter()
    generate(db, args.events)
    print(f"generated {args.events} events in {time.perf_counter() - started:.0f}s; load average {os.getloadavg()}", flush=True)
    if args.ingest_articles:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bench_extract import load_texts

        args.ingest_corpus = folder / "corpus.jsonl"
        with args.ingest_corpus.open("w") as fh:
            for i, text in enumerate(load_texts(args.ingest_articles)[0]):
                fh.write(json.dumps({"id": f"l{i}", "text": text, "published": "2024-03-01"}) + "\n")
    port = free_port()
    server_log = (folder / "server.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "dateline.cli", "serve", "--db", db, "--port", str(port), "--workers", str(args.workers)],
                              stdout=server_log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        results = {}
        for name, path in [("list", "/events?limit=100"), ("list_filtered", "/events?country=Yemen&event_type=Battles&limit=50"),
                           ("aggregate_month_type", "/aggregates?by=month&group=event_type"),
                           ("aggregate_week_country", "/aggregates?by=week&group=admin1&country=Nigeria")]:
            results[name] = wrk(base + path, args.seconds, args.connections)
            print(name, json.dumps(results[name]), f"load {os.getloadavg()[0]:.1f}", flush=True)
        if args.ingest_corpus:
            ingest = subprocess.Popen([sys.executable, "-m", "dateline.cli", "ingest", str(args.ingest_corpus), "--db", db, "--batch-size", "8"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            loads = []
            while ingest.poll() is None:
                loads.append(wrk(base + "/events?limit=20", 5))
            ingest_err = ingest.stderr.read() if ingest.stderr else ""
            server_log.flush()
            locked = ingest_err.count("database is locked") + (folder / "server.log").read_text().count("database is locked")
            print("during ingest:", json.dumps({"wrk_runs": len(loads), "rps": [x["rps"] for x in loads],
                                                "non_2xx": sum(int(x["non_2xx"]) for x in loads), "database_is_locked": locked,
                                                "ingest_exit": ingest.returncode, "ingest": ingest_err.strip().splitlines()[-1:]}))
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
        server_log.close()
        if os.environ.get("KEEP") is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
