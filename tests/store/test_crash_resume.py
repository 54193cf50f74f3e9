"""#12 item 4: `dateline ingest` killed with SIGKILL at several points, then `--resume`, equals a clean run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

TOWNS = ["Aden", "Taiz", "Marib", "Ibb", "Dhamar", "Hodeidah", "Sanaa", "Lahij", "Mukalla", "Zinjibar", "Ataq", "Hajjah", "Saada"]
DEEDS = [
    "Gunmen attacked a police post in {town} on Monday, killing {n} officers, a local official said.",
    "An air strike hit a house in {town} on Tuesday and killed {n} people, residents said.",
    "Troops clashed with tribal fighters outside {town} on Wednesday; {n} fighters were killed.",
    "A roadside bomb exploded under an army truck near {town} on Thursday, killing {n} soldiers.",
]


def write_corpus(folder: Path) -> int:
    """Six JSONL files and four text files of short reports of distinct events (our own words)."""
    folder.mkdir()
    n = 0
    for f in range(6):
        with (folder / f"feed{f}.jsonl").open("w") as fh:
            for k in range(7):
                town, deed = TOWNS[(f * 7 + k) % len(TOWNS)], DEEDS[(f + k) % len(DEEDS)]
                text = deed.format(town=town, n=2 + (f * 7 + k) % 9) + f" The report was filed as item {f}-{k}."
                fh.write(json.dumps({"id": f"f{f}-{k}", "text": text, "published": "2024-03-08", "source": f"Wire {f}"}) + "\n")
                n += 1
    for t in range(4):
        (folder / f"note{t}.txt").write_text(DEEDS[t].format(town=TOWNS[t + 5], n=t + 3) + f" Note {t}.")
        n += 1
    return n


def ingest(corpus: Path, db: Path, *extra: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "dateline.cli", "ingest", str(corpus), "--db", str(db), "--published", "2024-03-08", "--batch-size", "3", *extra]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def stored_articles(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def snapshot(db: Path) -> dict[str, object]:
    """Everything a user would see, without per-run timestamps."""
    con = sqlite3.connect(db)
    events = {}
    for eid, record in con.execute("SELECT id, record FROM events"):
        rec = json.loads(record)
        rec.pop("timestamp", None)
        events[eid] = rec
    return {
        "articles": sorted(r[0] for r in con.execute("SELECT hash FROM articles")),
        "events": events,
        "sources": sorted(con.execute("SELECT event_id, article_id, position FROM sources").fetchall()),
        "evidence": con.execute("SELECT count(*) FROM evidence").fetchone()[0],
        "journal": sorted(os.path.basename(r[0]) for r in con.execute("SELECT input FROM journal")),
    }


def test_kill_9_at_any_point_then_resume_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    total = write_corpus(corpus)
    clean_db = tmp_path / "clean.db"
    clean = ingest(corpus, clean_db)
    assert clean.wait(300) == 0, clean.stderr.read() if clean.stderr else ""
    expected = snapshot(clean_db)
    assert len(expected["articles"]) == total and len(expected["journal"]) == 10 and expected["events"]

    # kill points: while the model loads (nothing stored), after the first batches, near the end,
    # and a second kill during the resumed run
    for point, (threshold, kill_again_at) in enumerate([(0, None), (4, None), (30, None), (7, 20)]):
        db = tmp_path / f"killed{point}.db"
        proc = ingest(corpus, db)
        deadline = time.monotonic() + 120
        while stored_articles(db) < threshold and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        if threshold == 0:
            time.sleep(1.0)
        assert proc.poll() is None, f"ingest finished before kill point {threshold}"
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        at_kill = stored_articles(db)
        assert at_kill < total
        if kill_again_at is not None:
            again = ingest(corpus, db, "--resume")
            while stored_articles(db) < kill_again_at and again.poll() is None:
                time.sleep(0.02)
            again.send_signal(signal.SIGKILL)
            again.wait(30)
        resumed = ingest(corpus, db, "--resume")
        assert resumed.wait(300) == 0, resumed.stderr.read() if resumed.stderr else ""
        assert snapshot(db) == expected, f"store after kill at {at_kill} articles differs from a clean run"
