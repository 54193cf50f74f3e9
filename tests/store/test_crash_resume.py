"""#12 item 4: `dateline ingest` killed with SIGKILL at several points, then `--resume`, equals a clean run."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_helpers import snapshot, stored_articles, write_corpus


def ingest(corpus: Path, db: Path, *extra: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "dateline.cli", "ingest", str(corpus), "--db", str(db), "--published", "2024-03-08", "--batch-size", "3", *extra]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def children(pid: int) -> list:
    psutil = pytest.importorskip("psutil")
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def assert_ended(processes: list) -> None:
    """Workers left by a killed ingest end on their own (they find their pipe closed), holding no CPU for long."""
    import psutil

    _, alive = psutil.wait_procs(processes, timeout=60)
    for p in alive:
        p.kill()
    assert not alive, f"worker processes outlived their killed ingest: {[p.pid for p in alive]}"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_kill_9_at_any_point_then_resume_loses_and_duplicates_nothing(tmp_path: Path, jobs: str) -> None:
    """In this process and with a pool of two workers (killing the parent leaves the workers to end on their own)."""
    corpus = tmp_path / "corpus"
    total = write_corpus(corpus)
    clean_db = tmp_path / "clean.db"
    clean = ingest(corpus, clean_db, "--jobs", "1")  # the reference: one process, never killed
    assert clean.wait(300) == 0, clean.stderr.read() if clean.stderr else ""
    expected = snapshot(clean_db)
    assert len(expected["articles"]) == total and len(expected["journal"]) == 10 and expected["events"]

    # kill points: while the model loads (nothing stored), after the first batches, near the end,
    # and a second kill during the resumed run
    for point, (threshold, kill_again_at) in enumerate([(0, None), (4, None), (30, None), (7, 20)]):
        db = tmp_path / f"killed{point}.db"
        proc = ingest(corpus, db, "--jobs", jobs)
        deadline = time.monotonic() + 120
        while stored_articles(db) < threshold and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        if threshold == 0:
            time.sleep(1.0)
        assert proc.poll() is None, f"ingest finished before kill point {threshold}"
        workers = children(proc.pid)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        assert_ended(workers)
        at_kill = stored_articles(db)
        assert at_kill < total
        if kill_again_at is not None:
            again = ingest(corpus, db, "--resume", "--jobs", jobs)
            while stored_articles(db) < kill_again_at and again.poll() is None:
                time.sleep(0.02)
            again.send_signal(signal.SIGKILL)
            again.wait(30)
        resumed = ingest(corpus, db, "--resume", "--jobs", jobs)
        assert resumed.wait(300) == 0, resumed.stderr.read() if resumed.stderr else ""
        assert snapshot(db) == expected, f"store after kill at {at_kill} articles differs from a clean run"
