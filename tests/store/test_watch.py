"""Watch lists: webhooks to a local receiver, retried with backoff, at most once per event, never blocking ingest."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from dateline.store import EventFilter, Store
from dateline.store.watch import Sender, add_watch, list_watches
from store_helpers import article, record


class Receiver:
    """A local HTTP server that fails the first ``fail_first`` requests, then records bodies."""

    def __init__(self, fail_first: int = 0) -> None:
        self.bodies: list[dict] = []
        self.requests = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                receiver.requests += 1
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if receiver.requests <= fail_first:
                    self.send_response(503)
                    self.end_headers()
                    return
                receiver.bodies.append(body)
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()


def test_webhook_gets_each_new_matching_event_once_after_retries(db_url: str) -> None:
    receiver = Receiver(fail_first=2)
    try:
        with Store.open(db_url) as store:
            add_watch(store, "aden", EventFilter.parse(admin1=["Aden"], min_fatalities=1), webhook=receiver.url)
            sender = Sender(store, backoff=0.05).start()
            store.add_batch([(article("a1", "One thing happened."), [record("a1", fat=3, gid=None)]),
                             (article("a2", "Another thing happened."), [record("a2", fat=0, gid=None, lat=13.5)]),
                             (article("a3", "A third thing far away."), [record("a3", fat=5, admin1="Lahij", gid=None, lat=13.1, lon=44.9, day=9)])])
            sender.wake()
            deadline = time.monotonic() + 20
            while not receiver.bodies and time.monotonic() < deadline:
                time.sleep(0.05)
            # the same report again and a merged second report are not new events: nothing more is sent
            store.add_batch([(article("a1", "One thing happened."), [record("a1", fat=3, gid=None)])])
            sender.run_once()
            sender.close(wait=5)
        assert [b["event"]["id"] for b in receiver.bodies] == ["YEM-a1-1"]
        assert receiver.requests == 3  # two failures, then delivered; never again
        assert receiver.bodies[0]["watch"] == "aden" and receiver.bodies[0]["event"]["fatalities"] == 3
    finally:
        receiver.close()


def test_a_dead_webhook_never_blocks_writes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(str(tmp_path / "w.db")) as store:
        add_watch(store, "all", EventFilter(), webhook="http://127.0.0.1:9/nothing-listens-here")
        sender = Sender(store, backoff=0.5, attempts=4).start()
        started = time.monotonic()
        for i in range(5):
            store.add_batch([(article(f"b{i}", f"Event {i} happened."), [record(f"b{i}", gid=None, lat=10 + i)])])
            sender.wake()
        assert time.monotonic() - started < 3
        sender.close(wait=0.5)
        from sqlalchemy import select

        from dateline.store.schema import deliveries

        with store.read() as conn:
            statuses = [r[0] for r in conn.execute(select(deliveries.c.status))]
        assert len(statuses) == 5 and "delivered" not in statuses


def test_watch_cli_add_list_remove(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "cli.db")
    Store.open(db).close()

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "dateline.cli", "watch", *args, "--db", db], capture_output=True, text=True, timeout=60)

    added = run("add", "lahij-aden", "--event-type", "Battles", "--admin1", "Lahij", "--admin1", "Aden", "--min-fatalities", "1")
    assert added.returncode == 0, added.stderr
    listed = [json.loads(line) for line in run("list").stdout.splitlines()]
    assert listed == [{"name": "lahij-aden", "filters": {"admin1": ["Lahij", "Aden"], "event_type": ["Battles"], "min_fatalities": 1}, "webhook": None}]
    assert run("add", "lahij-aden").returncode == 2
    bad = run("add", "bad name!")
    assert bad.returncode == 2 and "watch name" in bad.stderr
    assert run("remove", "lahij-aden").returncode == 0
    with Store.open(db) as store:
        assert list_watches(store) == []
