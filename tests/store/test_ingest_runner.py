"""`dateline ingest` on the run loop of `extract`: a failed article is one problem line, the batch goes on,
its file stays out of the journal until `--resume` stores it; the pool's dead worker; the same store on Dask."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from store_helpers import snapshot, stored_articles, write_corpus

from dateline import pipeline
from dateline.problems import ProblemLog
from dateline.store import Store
from dateline.store.ingest import ingest

BROKEN = "A broken report: gunmen attacked a police post in Taiz on Monday, killing two officers."
SLOW = "A slow report: an air strike hit a house in Marib on Tuesday and killed three people."


@Language.component("dateline_test_ingest_misbehave")
def misbehave(doc: Doc) -> Doc:
    """Fails on one report and never ends on another (in Python, so the time limit stops it)."""
    if doc.text.startswith("A broken report"):
        raise RuntimeError("this stage broke on purpose")
    if doc.text.startswith("A slow report"):
        while True:
            pass
    return doc


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline.build()


def write_failing_corpus(folder: Path) -> None:
    folder.mkdir()
    good = "Troops clashed with tribal fighters outside Ibb on Wednesday; four fighters were killed."
    lines = [{"id": "a1", "text": good}, {"id": "a2", "text": BROKEN}, {"id": "a3", "text": SLOW}]
    (folder / "a.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    (folder / "b.txt").write_text("A roadside bomb exploded under an army truck near Dhamar on Thursday, killing five soldiers.")
    (folder / "c.jsonl").write_text(json.dumps({"id": "c1", "text": "Police arrested six men in Aden on Friday after a protest."}) + "\n{not json\n")


def test_a_failed_article_is_one_problem_and_its_file_waits_for_resume(tmp_path: Path, nlp: Language) -> None:
    corpus = tmp_path / "corpus"
    write_failing_corpus(corpus)
    db = str(tmp_path / "events.db")
    errors = tmp_path / "errors.jsonl"
    nlp.add_pipe("dateline_test_ingest_misbehave", first=True)
    try:
        with Store.open(db) as store:
            log = ProblemLog(errors, stream=open(os.devnull, "w"))
            stats = ingest(store, [str(corpus)], log, published=None, nlp=nlp, jobs=1, time_limit=1.0, batch_size=2)
            log.close()
            journal = {Path(p).name for p in store.finished_inputs()}
            assert store.counts()["articles"] == 3  # a1, b, c1: the batch went on past both failures
    finally:
        nlp.remove_pipe("dateline_test_ingest_misbehave")
    assert (stats.failed, stats.held, stats.articles) == (2, 1, 3)
    assert journal == {"b.txt", "c.jsonl"}  # a bad JSON line is the input's own fault: c is complete
    problems = [json.loads(line) for line in errors.read_text().splitlines()]
    by_input = {p["input"].rsplit("/", 1)[-1]: p["problem"] for p in problems}
    assert "RuntimeError" in by_input["a.jsonl:2"] and "this stage broke on purpose" in by_input["a.jsonl:2"]
    assert "longer than the time limit of 1 s" in by_input["a.jsonl:3"]
    assert "malformed JSON" in by_input["c.jsonl"] and len(problems) == 3
    assert "2 articles failed, so 1 inputs stay out of the journal" in stats.summary("x")

    with Store.open(db) as store:  # the stage is mended: --resume reads a.jsonl alone and stores what failed
        again = ingest(store, [str(corpus)], ProblemLog(stream=open(os.devnull, "w")), nlp=nlp, jobs=1, resume=True)
        assert (again.resumed, again.known, again.articles, again.failed) == (2, 1, 2, 0)
        assert {Path(p).name for p in store.finished_inputs()} == {"a.jsonl", "b.txt", "c.jsonl"}
        assert store.counts()["articles"] == 5


def run_cli(corpus: Path, db: Path, *extra: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "dateline.cli", "ingest", str(corpus), "--db", str(db), "--published", "2024-03-08", "--batch-size", "3", *extra]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def test_a_worker_killed_mid_ingest_costs_one_article_until_resume(tmp_path: Path) -> None:
    psutil = pytest.importorskip("psutil")
    corpus = tmp_path / "corpus"
    total = write_corpus(corpus)
    clean_db = tmp_path / "clean.db"
    assert run_cli(corpus, clean_db, "--jobs", "1").wait(300) == 0
    expected = snapshot(clean_db)

    db = tmp_path / "events.db"
    proc = run_cli(corpus, db, "--jobs", "2")
    deadline = time.monotonic() + 120
    while stored_articles(db) < 4 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    workers = [p for p in psutil.Process(proc.pid).children() if "multiprocessing-fork" in " ".join(p.cmdline())]
    assert len(workers) == 2 and proc.poll() is None and stored_articles(db) < total - 10
    busy = max(workers, key=lambda p: sum(p.cpu_times()[:2]))  # the one that has loaded and works (the other may still load)
    os.kill(busy.pid, signal.SIGKILL)
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    lost = [line for line in stderr.splitlines() if "killed by signal 9 while processing this article" in line]
    # Nearly always the worker held an article; on a loaded machine it may have been between two, and
    # then nothing is lost. Either way every article is stored or named on stderr: none silently dropped.
    assert len(lost) <= 1, stderr
    assert stored_articles(db) == total - len(lost)
    journal = snapshot(db)["journal"]
    assert len(journal) == 10 - len(lost)
    if lost:
        failed_file = lost[0].split("dateline: ", 1)[1].split(":")[0].rsplit("/", 1)[-1]
        assert failed_file not in journal

    resumed = run_cli(corpus, db, "--resume", "--jobs", "2")
    assert resumed.wait(300) == 0
    assert same_events(snapshot(db), expected)


def same_events(got: dict, want: dict) -> bool:
    """The same articles, reports grouped into the same events, the same evidence and journal.

    Not the same event ids: an event is named after its first stored report, and the article
    that failed is stored later, by --resume; if it was the first report of its event, the
    event takes the next one's name.
    """
    def groups(snap: dict) -> set[frozenset[str]]:
        by_event: dict[str, set[str]] = {}
        for event_id, article_id, _ in snap["sources"]:
            by_event.setdefault(event_id, set()).add(article_id)
        return {frozenset(g) for g in by_event.values()}

    keys = ("articles", "evidence", "journal")
    return [got[k] for k in keys] == [want[k] for k in keys] and groups(got) == groups(want) and len(got["events"]) == len(want["events"])


# ---------------------------------------------------------------- Dask

@pytest.fixture(scope="module")
def dask_client():  # type: ignore[no-untyped-def]
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as client:
        yield client


def test_dask_ingest_stores_what_the_local_engine_stores(tmp_path: Path, dask_client) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    local_db, dask_db = tmp_path / "local.db", tmp_path / "dask.db"
    quiet = ProblemLog(stream=open(os.devnull, "w"))
    with Store.open(str(local_db)) as store:
        local = ingest(store, [str(corpus)], quiet, jobs=1, batch_size=5)
    with Store.open(str(dask_db)) as store:
        on_dask = ingest(store, [str(corpus)], quiet, engine="dask", client=dask_client, batch_size=5)
    assert len(dask_client.scheduler_info()["workers"]) == 2
    assert (on_dask.articles, on_dask.events, on_dask.merged) == (local.articles, local.events, local.merged)
    assert snapshot(dask_db) == snapshot(local_db)
    with Store.open(str(dask_db)) as store:  # again on Dask: every article is known before the NLP, nothing added
        again = ingest(store, [str(corpus)], quiet, engine="dask", client=dask_client)
    assert (again.known, again.articles) == (local.articles, 0)
    assert snapshot(dask_db) == snapshot(local_db)


def test_dask_ingest_from_the_command_line_with_a_scheduler_address(tmp_path: Path, dask_client) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    total = write_corpus(corpus)
    db = tmp_path / "events.db"
    proc = run_cli(corpus, db, "--engine", "dask", "--scheduler", dask_client.scheduler.address)
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    assert f"stored {total} new articles" in stderr
    assert len(snapshot(db)["journal"]) == 10


def explode(nlp, article, all_modalities, time_limit):  # type: ignore[no-untyped-def]
    """A Dask worker's per-article work that raises past run_one, or kills its worker, on cue."""
    if "EXPLODE" in article.text:
        raise RuntimeError("exploded on purpose")
    if "DIE" in article.text:
        os._exit(3)
    return pipeline.run_one(nlp, article, all_modalities, time_limit)


def test_dask_a_failing_or_killing_article_is_its_own_problem() -> None:
    """A partition that fails runs again article by article; the batch goes on."""
    distributed = pytest.importorskip("distributed")
    import dask

    from dateline.scale import run_articles
    from dateline.types import Article

    texts = ["Police patrolled the market.", "EXPLODE here.", "Soldiers guarded the road.", "DIE here.", "Rain fell on the town."]
    articles = [Article(text=t, origin=f"doc{n}") for n, t in enumerate(texts)]
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as client:
        outcomes = list(run_articles(articles, client=client, build_options={"stages": ()}, batch=2, work=explode))
    assert [o.article.origin for o in outcomes] == [f"doc{n}" for n in range(5)]
    assert [o.problem is None for o in outcomes] == [True, False, True, False, True]
    assert "RuntimeError" in outcomes[1].problem.problem and "exploded on purpose" in outcomes[1].problem.problem and outcomes[1].problem.input == "doc1"
    assert "KilledWorker" in outcomes[3].problem.problem and outcomes[3].problem.input == "doc3"
