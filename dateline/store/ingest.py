"""``dateline ingest``: read, run the pipeline, store; one transaction per batch, a journal for ``--resume``.

The articles go through the run loop ``dateline extract`` uses
(``pipeline.run``: in this process, a pool of ``jobs`` worker processes, or
Dask), and the outcomes come back in input order to this process, the
store's one writer (``Store.add_batch``).

Crash safety comes from three facts.  A batch is one transaction, so a crash
(even ``kill -9``) loses at most the batch in flight and stores none of it.
Articles are unique by the hash of their text, so anything read again adds
nothing (and skips the NLP).  An input file enters the journal in the
transaction that holds its last article (or a later one, never an earlier
one), so ``--resume`` skips exactly the inputs that are complete and reads
the rest again.

An article the pipeline fails on (an exception, the time limit, a worker
that died) is one problem line and one ``--errors`` record, and the batch
goes on.  Its input file stays out of the journal: ``--resume`` (or any new
run) reads it again, skips its stored articles before the NLP and gives the
failed ones another try, as an analyst expects after a worker ran out of
memory or a busy machine ran an article past its limit.  Reading problems
(a bad JSON line, an empty or non-English article) do not hold the journal
back: reading again gives the same answer.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dateline.limits import DEFAULT_SECONDS
from dateline.store.store import BatchResult, InputDone, Store
from dateline.types import Article, EventRecord, InputProblem

if TYPE_CHECKING:
    import datetime as dt

    from spacy.language import Language

    from dateline.ingest.sources import Source
    from dateline.problems import ProblemLog


@dataclass
class IngestStats:
    inputs: int = 0
    resumed: int = 0  # inputs skipped because the journal has them
    read: int = 0  # articles read
    known: int = 0  # articles already in the store (skipped before the NLP)
    articles: int = 0  # articles stored now
    failed: int = 0  # articles the pipeline failed on (not stored)
    held: int = 0  # inputs kept out of the journal because an article of theirs failed
    events: int = 0
    merged: int = 0
    batches: int = 0

    def summary(self, store_name: str) -> str:
        failed = (f"; {self.failed} articles failed, so {self.held} inputs stay out of the journal and --resume tries them again"
                  if self.failed else "")
        return (f"stored {self.articles} new articles ({self.known} already stored"
                f"{f', {self.resumed} finished inputs skipped' if self.resumed else ''}), {self.events} new events, "
                f"{self.merged} reports joined existing events, in {store_name}{failed}")


@dataclass
class _Input:
    """An input file on its way through: when its last article is back, it goes to the journal (unless one failed)."""

    done: InputDone | None  # its journal entry; None for standard input
    reading: bool = True
    pending: int = 0  # articles in the run loop, not back yet
    failed: int = 0


def journal_entry(source: "Source") -> InputDone | None:
    """The journal entry of a file (resolved path, size, mtime), or None for standard input or a file gone."""
    from dateline.ingest.sources import STDIN_NAME

    if source.name == STDIN_NAME:
        return None
    try:
        st = os.stat(source.name)
    except OSError:
        return None
    return InputDone(os.path.realpath(source.name), st.st_size, st.st_mtime)


def ingest(
    store: Store,
    inputs: list[str],
    problems: "ProblemLog",
    *,
    input_format: str | None = None,
    published: "dt.date | None" = None,
    resume: bool = False,
    all_modalities: bool = False,
    batch_size: int = 64,
    jobs: int = 1,
    nlp: "Language | None" = None,
    build_options: dict[str, Any] | None = None,
    time_limit: float | None = DEFAULT_SECONDS,
    engine: str = "local",
    scheduler: str | None = None,
    client: Any = None,
    on_batch: Callable[[BatchResult], None] | None = None,
) -> IngestStats:
    """Read, run and store every input; see the module docstring for the guarantees.

    ``jobs``, ``nlp``, ``build_options``, ``time_limit``, ``engine``,
    ``scheduler`` and ``client`` go to ``pipeline.run``.
    """
    from dateline import pipeline
    from dateline.ingest import ReadOptions, read_source
    from dateline.ingest.sources import expand
    from dateline.output import with_progress  # a Rich bar on a terminal, as extract has

    stats = IngestStats()
    journaled = store.finished_inputs() if resume else {}
    options = ReadOptions(published=published, time_limit=time_limit)
    owners: deque[_Input] = deque()  # the input of each article in the run loop, in input order
    batch: list[tuple[Article, list[EventRecord]]] = []
    complete: list[InputDone] = []  # inputs whose every article is stored or in ``batch``: journaled with it

    def settle(item: _Input) -> None:
        if item.reading or item.pending:
            return
        if item.failed:
            stats.held += 1
        elif item.done is not None:
            complete.append(item.done)

    def articles() -> Iterator[Article]:
        for source in expand(inputs, input_format):
            if isinstance(source, InputProblem):
                problems.report(source)
                continue
            stats.inputs += 1
            item = _Input(journal_entry(source))
            if item.done is not None and journaled.get(item.done.input) == (item.done.size, item.done.mtime):
                stats.resumed += 1
                continue
            for article in problems.filter(read_source(source, options)):
                stats.read += 1
                if item.done is not None:
                    item.done.articles += 1
                if store.has_article(article.text):
                    stats.known += 1
                    continue
                item.pending += 1
                owners.append(item)
                yield article
            item.reading = False
            settle(item)

    def flush() -> None:
        if not batch and not complete:
            return
        result = store.add_batch(batch, complete)
        stats.articles += result.articles
        stats.known += result.skipped  # stored meanwhile by another ingest
        stats.events += result.events
        stats.merged += result.merged
        stats.batches += 1
        batch.clear()
        complete.clear()
        if on_batch:
            on_batch(result)

    outcomes = with_progress(pipeline.run(articles(), jobs=jobs, nlp=nlp, build_options=build_options, all_modalities=all_modalities,
                                          time_limit=time_limit, engine=engine, scheduler=scheduler, client=client), inputs)
    while True:
        try:
            outcome = next(outcomes)
        except StopIteration:
            break
        except BaseException:  # the run stopped (workers keep dying, Ctrl-C): keep what finished before
            flush()
            raise
        item = owners.popleft()
        item.pending -= 1
        if outcome.problem is not None:
            problems.report(outcome.problem)
            item.failed += 1
            stats.failed += 1
        else:
            batch.append((outcome.article, outcome.records))
        settle(item)
        if len(batch) >= batch_size:
            flush()
    flush()
    return stats
