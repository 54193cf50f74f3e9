"""A pool of worker processes that each load the pipeline once and return plain records.

Why our own pool and not spaCy's ``nlp.pipe(n_process=N)``: we need, per
article, a time limit that holds even when a stage is stuck in C code (the
parent kills the worker and starts another), isolation (one article's
exception is that article's problem, not the batch's), and a worker that dies
on an article (killed, out of memory, a crash in C) costing that article
only: it becomes the article's problem, a new worker takes its place and the
batch goes on.  Only when workers keep dying with no article finished in
between (``MAX_DEATHS`` in a row: the machine, not an article) does the batch
stop, naming the article, after every article before it came out.
``n_process`` gives none of these, pickles the whole pipeline to every
worker, and ships full Docs back (tensors included) when all we need are the
records.  Measured numbers are in docs/scale.md.

Protocol: each worker has its own pipe.  The parent sends articles
(``(seq, article)``), the worker answers each with ``(seq, records as dicts,
problem)``, in order.  Each worker holds ``DEPTH`` articles, the one it is
on and the next, so it never waits for the parent (on a busy machine the
parent may not be scheduled at once); the parent still knows which article
each worker is on (the oldest unanswered one) and since when (the answer
before it).  Results are yielded in input order; at most ``WINDOW`` articles
per worker are in flight or waiting to be yielded, so memory stays bounded
however long the input.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any

from dateline.types import Article, EventRecord, InputProblem

if TYPE_CHECKING:
    from dateline.pipeline import Outcome

WINDOW = 64  # articles per worker in flight or finished but waiting for an earlier one (a long article must not idle the others)
DEPTH = 2  # articles sent to a worker ahead of its answers
START_TIMEOUT = 300.0  # seconds a worker may take to load the pipeline
MAX_DEATHS = 3  # workers dead in a row, no article finished in between: the batch stops


class WorkerDied(RuntimeError):
    """Workers keep dying (or died loading the pipeline): the batch stops, naming the article."""


class WorkerStartFailed(RuntimeError):
    """A worker could not build the pipeline (missing model or gazetteer)."""


def _serve(conn: Connection, build_options: dict[str, Any], all_modalities: bool, time_limit: float | None, work: Callable[..., Any] | None) -> None:
    """Worker main: build the pipeline once, then answer one article at a time until told to stop."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from dateline.pipeline import build, run_one

    run = work or run_one

    try:
        nlp = build(**build_options)
    except Exception as exc:  # noqa: BLE001 - reported by the parent as one clear line
        conn.send(("failed", f"{exc}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        seq, article = message
        outcome = run(nlp, article, all_modalities, time_limit)
        records = [r.model_dump(mode="json") for r in outcome.records]
        conn.send((seq, records, outcome.problem))


class _Worker:
    def __init__(self, ctx: Any, args: tuple[Any, ...]) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=_serve, args=(child, *args), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.dead = False
        self.queue: deque[tuple[int, Article]] = deque()  # sent, not yet answered; the first is in work
        self.started = 0.0  # when the worker began the first of the queue
        self.born = time.monotonic()

    @property
    def task(self) -> tuple[int, Article] | None:
        return self.queue[0] if self.queue else None

    def send(self, seq: int, article: Article) -> bool:
        """Hand the worker an article; False when its pipe is already broken (it died and the loop has
        not seen it yet): the article stays unsent, for another worker.  Uncaught, the broken pipe ended
        the whole command with code 1 and no message (Click exits so on EPIPE)."""
        try:
            self.conn.send((seq, article))
        except (BrokenPipeError, ConnectionResetError):
            return False
        if not self.queue:
            self.started = time.monotonic()
        self.queue.append((seq, article))
        return True

    def answered(self, seq: int) -> Article:
        done_seq, article = self.queue.popleft()
        assert done_seq == seq, (done_seq, seq)
        self.started = time.monotonic()  # the next one, if any, starts now
        return article

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def run_pool(
    articles: Iterable[Article],
    *,
    jobs: int,
    build_options: dict[str, Any] | None = None,
    all_modalities: bool = False,
    time_limit: float | None = 60.0,
    hard_grace: float | None = None,
    work: Callable[..., Any] | None = None,
    wait_ready: bool = False,
) -> Iterator["Outcome"]:
    """Outcomes of ``articles`` in input order, computed by ``jobs`` worker processes.

    ``work(nlp, article, all_modalities, time_limit) -> Outcome`` is what a
    worker does per article (default ``pipeline.run_one``; tests pass one that
    misbehaves).  ``wait_ready`` holds all work until every worker has loaded
    the pipeline (for benchmarks; otherwise the first worker up starts at once).
    """
    from dateline.pipeline import Outcome

    ctx = mp.get_context("spawn")
    args = (build_options or {}, all_modalities, time_limit, work)
    # The worker's own limit stops Python-level work; this one stops a worker stuck in C.
    hard = None if not time_limit else time_limit + (hard_grace if hard_grace is not None else max(5.0, time_limit / 2))
    workers = [_Worker(ctx, args) for _ in range(jobs)]
    source = iter(articles)
    exhausted = False
    next_seq = 0  # next article to hand out
    next_out = 0  # next outcome to yield
    done: dict[int, Outcome] = {}
    began = time.monotonic()
    dead: tuple[int, str] | None = None  # (article, message) of the first worker that died on one
    retry: deque[tuple[int, Article]] = deque()
    deaths = 0  # workers dead since the last article finished
    loaded = False  # a worker has loaded the pipeline: one that dies loading it is then not the pipeline's fault

    def requeue(items: Iterable[tuple[int, Article]]) -> None:
        """Articles a worker had not begun, to another, kept in article order: once the batch is stopping,
        only retries before the article a worker died on go out, and the first is looked at; an earlier
        one left behind a later one would be waited for for ever."""
        waiting = sorted([*retry, *items], key=lambda item: item[0])
        retry.clear()
        retry.extend(waiting)

    def replace(worker: _Worker, problem: str) -> None:
        """The worker's current article gets ``problem``; the ones it had not begun go to another; a new worker starts."""
        if worker.task is not None:
            seq, article = worker.queue.popleft()
            done[seq] = Outcome(article, problem=InputProblem(input=article.origin or article.id, problem=problem))
        requeue(worker.queue)
        worker.queue.clear()
        worker.stop(kill=True)
        workers[workers.index(worker)] = _Worker(ctx, args)

    try:
        while True:
            for worker in workers:  # hand out work, within the window, unless the batch is failing
                while worker.ready and not worker.dead and len(worker.queue) < DEPTH and (not wait_ready or all(w.ready for w in workers)):
                    if retry and (dead is None or retry[0][0] < dead[0]):  # sent to a worker stopped before it began them
                        if not worker.send(*retry[0]):
                            break  # its death shows on the next wait
                        retry.popleft()
                        continue
                    if dead is not None or exhausted or next_seq - next_out >= WINDOW * jobs:
                        break
                    article = next(source, None)
                    if article is None:
                        exhausted = True
                        break
                    if not worker.send(next_seq, article):
                        requeue([(next_seq, article)])  # another worker takes it
                        next_seq += 1
                        break
                    next_seq += 1
            while next_out in done and (dead is None or next_out < dead[0]):
                yield done.pop(next_out)
                next_out += 1
            if dead is not None and (next_out == dead[0] or all(w.dead for w in workers)):
                raise WorkerDied(dead[1])  # every article before it has come out (or no worker is left)
            if exhausted and next_out == next_seq:
                return
            timeout = _next_deadline(workers, hard, began)
            live = [w for w in workers if not w.dead]
            ready = wait([w.conn for w in live] + [w.process.sentinel for w in live], timeout=timeout)
            now = time.monotonic()
            for worker in live:
                if worker.conn in ready:
                    try:
                        message = worker.conn.recv()
                    except (EOFError, OSError):
                        message = None
                    if message is not None:
                        if _receive(worker, message, done):
                            deaths = 0
                        loaded = loaded or worker.ready
                        continue
                if worker.process.sentinel in ready or (worker.conn in ready and not worker.process.is_alive()):
                    worker.process.join(timeout=1)
                    deaths += 1
                    if not loaded or (worker.task is None and deaths >= MAX_DEATHS):
                        raise WorkerDied(_death(worker))  # the pipeline cannot load, or the machine keeps killing workers
                    if deaths < MAX_DEATHS:  # the article it held (if any) is its own problem; a new worker goes on
                        replace(worker, f"its worker process {_how(worker)} while processing this article; skipped")
                        continue
                    seq = worker.task[0]
                    if dead is None or seq < dead[0]:
                        dead = (seq, _death(worker))
                    worker.dead = True
                    requeue(list(worker.queue)[1:])  # what it had not begun may come before the article it died on
                    continue
                if hard and worker.task is not None and now - worker.started > hard:
                    replace(worker, f"the pipeline took longer than {hard:g} s on this article and its worker was stopped; skipped")
            if any(not w.ready and not w.dead and now - w.born > START_TIMEOUT for w in workers):
                raise WorkerStartFailed(f"a worker did not load the pipeline within {START_TIMEOUT:g} s")
    finally:
        for worker in workers:
            worker.stop(kill=not worker.process.is_alive() or worker.task is not None)


def _receive(worker: _Worker, message: tuple[Any, ...], done: dict[int, "Outcome"]) -> bool:
    """Take a worker's message; True when it finished an article."""
    from dateline.pipeline import Outcome

    if message[0] == "ready":
        worker.ready = True
        return False
    if message[0] == "failed":
        raise WorkerStartFailed(message[1])
    seq, records, problem = message
    article = worker.answered(seq)
    done[seq] = Outcome(article, [EventRecord.model_validate(r) for r in records], problem)
    return True


def _next_deadline(workers: list[_Worker], hard: float | None, began: float) -> float:
    """Seconds until the soonest hard limit of a busy worker (at most a second, to check on starts)."""
    now = time.monotonic()
    soonest = 1.0
    if hard:
        for worker in workers:
            if worker.task is not None and not worker.dead:
                soonest = min(soonest, max(0.0, worker.started + hard - now))
    return soonest


def _how(worker: _Worker) -> str:
    code = worker.process.exitcode
    return f"was killed by signal {-code}" if code is not None and code < 0 else f"exited with code {code}"


def _death(worker: _Worker) -> str:
    how = _how(worker)
    if not worker.ready:
        return f"a worker process {how} while loading the pipeline; the batch is stopped"
    again = f"{MAX_DEATHS} worker processes died in a row with no article finished in between"
    if worker.task is None:
        return f"{again}, the last one {how} between articles; the batch is stopped"
    _, article = worker.task
    return (f"{again}, the last one {how} while processing {article.origin or article.id}; the batch is stopped there "
            "(every article before it was written; it and the articles after it were not processed)")
