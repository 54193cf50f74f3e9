"""The run loop: in input order, one article's failure is its own problem, a dead worker stops the batch by name."""

from __future__ import annotations

import os
import signal
import time

import pytest

from dateline import pipeline
from dateline.pool import WorkerDied, run_pool
from dateline.types import Article

BARE = {"stages": ()}  # the spaCy model alone: enough to test the pool's plumbing, quick to load


def misbehave(nlp, article, all_modalities, time_limit):  # type: ignore[no-untyped-def]
    """A worker's per-article work that dies or hangs in C on cue (spawned workers import it from here)."""
    if "DIE" in article.text:
        os._exit(3)
    if "STUCK" in article.text:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # the soft limit cannot reach it
        time.sleep(60)
    return pipeline.run_one(nlp, article, all_modalities, time_limit)


def articles(*texts: str) -> list[Article]:
    return [Article(text=t, origin=f"doc{n}") for n, t in enumerate(texts)]


def test_outcomes_come_back_in_input_order() -> None:
    texts = [f"Report number {n} says police patrolled the market." for n in range(9)]
    outcomes = list(run_pool(articles(*texts), jobs=2, build_options=BARE))
    assert [o.article.origin for o in outcomes] == [f"doc{n}" for n in range(9)]
    assert all(o.problem is None for o in outcomes)


def test_a_worker_that_dies_costs_its_article_only() -> None:
    outcomes = list(run_pool(articles("One calm day.", "Two calm days.", "DIE now", "Four.", "Five."), jobs=2, build_options=BARE, work=misbehave))
    assert [o.article.origin for o in outcomes] == [f"doc{n}" for n in range(5)]  # every article, in order
    assert [o.problem is None for o in outcomes] == [True, True, False, True, True]
    assert outcomes[2].problem.input == "doc2" and "worker process exited with code 3 while processing this article" in outcomes[2].problem.problem


def test_workers_that_keep_dying_stop_the_batch_after_the_articles_before() -> None:
    done = []
    with pytest.raises(WorkerDied, match=r"3 worker processes died in a row.*while processing doc\d.*stopped"):
        for outcome in run_pool(articles("One calm day.", "DIE a", "DIE b", "DIE c", "DIE d", "DIE e", "Last."), jobs=2,
                                build_options=BARE, work=misbehave):
            done.append(outcome.article.origin)
    assert done[0] == "doc0" and "doc6" not in done  # in order, and nothing after the stop is claimed


def test_a_worker_stuck_in_c_is_stopped_and_the_batch_goes_on() -> None:
    start = time.monotonic()
    outcomes = list(run_pool(articles("A calm day.", "STUCK here", "Another calm day."), jobs=2, build_options=BARE,
                             work=misbehave, time_limit=1.0, hard_grace=1.0))
    assert time.monotonic() - start < 45
    assert [o.problem is None for o in outcomes] == [True, False, True]
    assert outcomes[1].problem.input == "doc1" and "worker was stopped" in outcomes[1].problem.problem


def test_in_process_failure_and_time_limit_are_that_articles_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = pipeline.build(stages=())

    def slow_or_broken(doc):  # type: ignore[no-untyped-def]
        if "slow" in doc.text:
            while True:
                pass
        if "broken" in doc.text:
            raise ValueError("x" * 5000)
        return doc

    from spacy.language import Language

    Language.component("dateline_test_misbehave", func=slow_or_broken)
    nlp.add_pipe("dateline_test_misbehave")
    outcomes = list(pipeline.run(articles("A slow one.", "A broken one.", "A fine one."), nlp=nlp, time_limit=0.5))
    slow, broken, fine = outcomes
    assert "longer than the time limit of 0.5 s" in slow.problem.problem
    assert "ValueError" in broken.problem.problem and len(broken.problem.problem) < 400  # the input is quoted short
    assert fine.problem is None


def test_sending_to_a_worker_killed_a_moment_ago_is_no_crash() -> None:
    """A worker killed from outside is seen dead only at the next wait; an article handed to it meanwhile
    must not raise a broken pipe (Click turned that into exit code 1 with no message)."""
    import multiprocessing as mp

    from dateline.pool import _Worker

    worker = _Worker(mp.get_context("spawn"), (BARE, False, 60.0, None))
    try:
        worker.process.kill()
        worker.process.join(timeout=30)
        sent = [worker.send(n, Article(text="A calm day.", origin=f"doc{n}")) for n in range(50)]
        assert sent[-1] is False and not worker.queue  # the article stays unsent, for another worker
    finally:
        worker.stop(kill=True)
