"""`dateline serve` runs a real server on loopback."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx

from dateline.store import Store
from store_helpers import article, record


def test_serve_answers_and_guards_writes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "s.db")
    with Store.open(db) as store:
        store.add_batch([(article("a1", "Something happened."), [record("a1")])])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "dateline.cli", "serve", "--db", db, "--port", str(port), "--token", "tok"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(150):
            try:
                meta = httpx.get(f"{base}/meta", timeout=2).json()
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        assert meta["n_events"] == 1 and meta["write_enabled"] is True
        event_id = httpx.get(f"{base}/events").json()["items"][0]["id"]
        denied = httpx.post(f"{base}/events/{event_id}/review", json={"action": "confirm", "user": "x"})
        assert denied.status_code == 401
        ok = httpx.post(f"{base}/events/{event_id}/review", json={"action": "confirm", "user": "x"}, headers={"Authorization": "Bearer tok"})
        assert ok.status_code == 200 and ok.json()["review_status"] == "confirmed"
    finally:
        server.terminate()
        server.wait(10)


def test_serve_refuses_a_missing_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = subprocess.run([sys.executable, "-m", "dateline.cli", "serve", "--db", str(tmp_path / "none.db")], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "no store at" in run.stderr
