"""Run ``dateline extract`` on a Dask cluster: ``--engine dask [--scheduler ADDRESS]``.

Inputs are split into partitions the workers read themselves: a file; a
shard of a large JSON Lines file (a byte range cut at line ends, with its
first line number, so problems name the same line as a local run); a run of
records of a large WARC file (cut at record starts, with its first record
number).  Standard input is read here and sent in batches of articles.

Each worker loads the pipeline once (``PipelinePlugin``, registered on the
cluster; a per-process cache covers workers that join later) and returns
plain data: records as dicts and problems.  Results come back in input order
and go through the caller's one writer (JSON Lines, CSV, table, or
partitioned Parquet), so the events are the same as the local engine's.
At most ``WINDOW`` partitions per worker are in flight, so a corpus of any
size streams through in bounded memory.

``dateline ingest`` reads on the client instead (``run_articles``, through
``pipeline.run(engine="dask")``): it must see each article before the
pipeline does, to skip what the store holds and keep the journal, and it is
the store's one writer anyway.  Its articles go to the workers in partitions
of ``INGEST_BATCH``.

A partition whose task fails (a worker died on it) is run again one article
per task, so a bad article is its own problem line and the batch goes on.

With no scheduler address a ``LocalCluster`` sized to the machine is started
(one single-threaded worker process per core).  Progress: the Rich bar of
``extract`` counts articles; the Dask dashboard address is printed.

Per-document time limits hold in workers too (``limits.deadline`` raises in
the worker's task thread); a document stuck inside C code is not stopped
there, which only the local pool's hard limit does.
"""

from __future__ import annotations

import functools
import io
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO

from dateline.types import Article, InputProblem

if TYPE_CHECKING:
    from dateline.pipeline import Outcome

SHARD_BYTES = 8 << 20  # a partition of a large JSONL or WARC file
ARTICLE_BATCH = 64  # articles per partition when they come from standard input
INGEST_BATCH = 16  # articles per partition from ``run_articles``: small enough to balance the workers, large next to Dask's per-task cost
WINDOW = 4  # partitions in flight per worker


@dataclass(frozen=True)
class Partition:
    """One unit of work: a file, a byte range of one, or articles read by the client."""

    path: str
    format: str | None
    start: int = 0
    end: int | None = None
    first_item: int = 1
    part: bool = False
    articles: tuple[Article, ...] = field(default=())


def partitions(inputs: Iterable[str], input_format: str | None = None, options: Any = None, shard_bytes: int = SHARD_BYTES) -> Iterator[Partition | InputProblem]:
    """The partitions of ``inputs``, in input order (problems with inputs that cannot be read)."""
    from dateline.ingest import ReadOptions, read_source
    from dateline.ingest.sources import STDIN_NAME, expand

    options = options or ReadOptions()
    for source in expand(inputs, input_format):
        if isinstance(source, InputProblem):
            yield source
            continue
        if source.name == STDIN_NAME:
            batch: list[Article] = []
            for item in read_source(source, options):
                if isinstance(item, InputProblem):
                    yield item
                    continue
                batch.append(item)
                if len(batch) >= ARTICLE_BATCH:
                    yield Partition(STDIN_NAME, None, articles=tuple(batch))
                    batch = []
            if batch:
                yield Partition(STDIN_NAME, None, articles=tuple(batch))
            continue
        size = source.size or 0
        compressed = source.name.lower().endswith(".gz")
        if size > shard_bytes and source.format == "jsonl" and not compressed and not source.name.lower().endswith(".json"):
            yield from _jsonl_shards(source.name, size, shard_bytes)
        elif size > shard_bytes and source.format == "warc":
            yield from _warc_shards(source.name, size, shard_bytes)
        else:
            yield Partition(source.name, source.format)


def _jsonl_shards(path: str, size: int, shard_bytes: int) -> Iterator[Partition]:
    """Byte ranges of about ``shard_bytes`` ending at line ends, each with its first line number."""
    line = 1
    start = 0
    with open(path, "rb") as fh:
        while start < size:
            target = min(start + shard_bytes, size)
            fh.seek(target)
            while target < size:  # run on to the end of the line the target falls in
                chunk = fh.read(1 << 16)
                if not chunk:
                    target = size
                    break
                newline = chunk.find(b"\n")
                if newline >= 0:
                    target += newline + 1
                    break
                target += len(chunk)
            yield Partition(path, "jsonl", start, target, line, part=True)
            fh.seek(start)
            left = target - start
            while left > 0:  # count the lines in this shard: the next one's first line number
                chunk = fh.read(min(left, 1 << 20))
                if not chunk:
                    break
                line += chunk.count(b"\n")
                left -= len(chunk)
            start = target


def _warc_shards(path: str, size: int, shard_bytes: int) -> Iterator[Partition]:
    """Runs of whole WARC records of about ``shard_bytes`` (compressed); the whole file if it cannot be scanned."""
    from warcio.archiveiterator import ArchiveIterator

    bounds: list[tuple[int, int]] = []  # (offset, record number) where a shard starts
    try:
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh, no_record_parse=True)
            shard_start = 0
            for number, _ in enumerate(records, start=1):
                offset = records.get_record_offset()
                if number == 1 or offset - shard_start >= shard_bytes:
                    bounds.append((offset, number))
                    shard_start = offset
    except Exception:  # noqa: BLE001 - a damaged archive is read whole, and its reader reports the damage
        bounds = []
    if len(bounds) <= 1:
        yield Partition(path, "warc")
        return
    for (start, first), (end, _) in zip(bounds, bounds[1:] + [(size, 0)]):
        yield Partition(path, "warc", start, end, first, part=True)


class _Slice(io.RawIOBase):
    """Bytes ``start`` to ``end`` of a file."""

    def __init__(self, path: str, start: int, end: int | None) -> None:
        super().__init__()
        self.fh: BinaryIO = open(path, "rb")
        self.fh.seek(start)
        self.left = None if end is None else end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        want = len(buffer) if self.left is None else min(len(buffer), self.left)
        data = self.fh.read(want)
        buffer[: len(data)] = data
        if self.left is not None:
            self.left -= len(data)
        return len(data)

    def close(self) -> None:
        self.fh.close()
        super().close()


@functools.lru_cache(maxsize=2)
def _pipeline(key: tuple[tuple[str, Any], ...]) -> Any:
    from dateline.pipeline import build

    return build(**dict(key))


def _key(build_options: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted((k, v) for k, v in build_options.items() if v is not None))


try:
    from distributed import WorkerPlugin
except ImportError:  # pragma: no cover - dask is an optional engine
    WorkerPlugin = object  # type: ignore[assignment,misc]


class PipelinePlugin(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Load the pipeline once when a worker starts, before its first task."""

    name = "dateline-pipeline"

    def __init__(self, build_options: dict[str, Any]) -> None:
        self.build_options = build_options

    def setup(self, worker: Any) -> None:
        _pipeline(_key(self.build_options))


def process_partition(partition: Partition, options: Any, build_options: dict[str, Any], all_modalities: bool, time_limit: float | None,
                      work: Any = None) -> list[tuple[str, Any]]:
    """A worker's task: read the partition and run each article; plain data back.

    ``("article", (article, record dicts, problem or None))`` per
    article, ``("problem", problem)`` per input problem.  ``work`` replaces
    ``pipeline.run_one`` (tests pass one that misbehaves).
    """
    from dateline.ingest import read_source
    from dateline.pipeline import run_one

    nlp = _pipeline(_key(build_options))
    items: Iterable[Article | InputProblem] = partition.articles or read_source(_source(partition), options)
    out: list[tuple[str, Any]] = []
    for item in items:
        if isinstance(item, InputProblem):
            out.append(("problem", item))
            continue
        outcome = (work or run_one)(nlp, item, all_modalities, time_limit)
        out.append(("article", (item, [r.model_dump(mode="json") for r in outcome.records], outcome.problem)))
    return out


def _source(partition: Partition) -> Any:
    """The ingest Source of a file partition (a whole file or a byte range of one)."""
    from dateline.ingest.registry import stem_of
    from dateline.ingest.sources import Source

    return Source(partition.path, partition.format, lambda: _Slice(partition.path, partition.start, partition.end),
                  first_item=partition.first_item, part=partition.part, size=None if partition.part else os.path.getsize(partition.path),
                  stem=stem_of(os.path.basename(partition.path)))


def connect(scheduler: str | None = None, n_workers: int | None = None) -> Any:
    """A Client on ``scheduler``, or on a new LocalCluster of single-threaded worker processes, one per core."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    from dateline.pipeline import default_jobs

    cluster = LocalCluster(n_workers=n_workers or default_jobs(), threads_per_worker=1, processes=True, dashboard_address=":0")
    return Client(cluster)


def run_dask(
    inputs: Iterable[str],
    *,
    input_format: str | None = None,
    options: Any = None,
    scheduler: str | None = None,
    client: Any = None,
    n_workers: int | None = None,
    build_options: dict[str, Any] | None = None,
    all_modalities: bool = False,
    time_limit: float | None = 60.0,
    shard_bytes: int = SHARD_BYTES,
) -> Iterator["Outcome | InputProblem"]:
    """Outcomes (and input problems) of every article in ``inputs``, in input order; the workers read the inputs."""
    from dateline.ingest import ReadOptions

    options = options or ReadOptions()
    build_options = build_options or {}
    yield from _run(lambda: partitions(inputs, input_format, options, shard_bytes), (options, build_options, all_modalities, time_limit),
                    scheduler, client, n_workers)


def run_articles(
    articles: Iterable[Article],
    *,
    scheduler: str | None = None,
    client: Any = None,
    n_workers: int | None = None,
    build_options: dict[str, Any] | None = None,
    all_modalities: bool = False,
    time_limit: float | None = 60.0,
    batch: int = INGEST_BATCH,
    work: Any = None,
) -> Iterator["Outcome"]:
    """Outcomes of articles read by the caller, in input order, computed on Dask in partitions of ``batch``.

    ``pipeline.run(engine="dask")``: for a caller that must see each article
    before the pipeline does (``dateline ingest`` skips stored articles and
    keeps the journal), and writes the results itself.  ``work`` replaces
    ``pipeline.run_one`` on the workers (tests pass one that misbehaves).
    """
    from dateline.ingest import ReadOptions

    def parts() -> Iterator[Partition]:
        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) >= batch:
                yield Partition("<articles>", None, articles=tuple(chunk))
                chunk = []
        if chunk:
            yield Partition("<articles>", None, articles=tuple(chunk))

    args = (ReadOptions(), build_options or {}, all_modalities, time_limit, work)
    for item in _run(parts, args, scheduler, client, n_workers):
        assert not isinstance(item, InputProblem)  # articles given are read already
        yield item


def _run(make_parts: Any, args: tuple[Any, ...], scheduler: str | None, client: Any, n_workers: int | None) -> Iterator["Outcome | InputProblem"]:
    """The client's loop: partitions out (``WINDOW`` per worker in flight), results back in input order.

    A partition whose task fails (a worker died on it: Dask gives up on a
    task after its ``allowed-failures``, then raises ``KilledWorker``) is run
    again one article per task, the articles read here; an article that fails
    alone is its own problem, and the batch goes on.
    """
    build_options = args[1]
    own = client is None
    client = client or connect(scheduler, n_workers)
    try:
        if own and client.dashboard_link:
            print(f"dateline: Dask dashboard at {client.dashboard_link}", file=sys.stderr)
        client.register_plugin(PipelinePlugin(build_options), name=f"dateline-pipeline-{abs(hash(_key(build_options)))}")
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        pending: deque[Any] = deque()  # (partition, future), or problems found while partitioning, in input order
        stream = make_parts()
        exhausted = False
        while True:
            while not exhausted and sum(1 for p in pending if not isinstance(p, InputProblem)) < WINDOW * n_workers:
                part = next(stream, None)
                if part is None:
                    exhausted = True
                elif isinstance(part, InputProblem):
                    pending.append(part)
                else:
                    pending.append((part, client.submit(process_partition, part, *args, pure=False)))
            if not pending:
                return
            head = pending.popleft()
            if isinstance(head, InputProblem):
                yield head
                continue
            part, future = head
            try:
                results = future.result()
            except Exception:  # noqa: BLE001 - the task failed or killed its workers: run its articles one by one
                if client.status != "running":
                    raise
                results = _one_by_one(client, part, args)
            finally:
                future.release()
            yield from _outcomes(results)
    finally:
        if own:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()


def _one_by_one(client: Any, part: Partition, args: tuple[Any, ...]) -> list[tuple[str, Any]]:
    """A failed partition's results, each article its own task, one at a time (so none shares a
    worker with the one that kills it); an article that fails alone is its problem."""
    from dateline.ingest import read_source
    from dateline.ingest.checks import quote

    items = part.articles or read_source(_source(part), args[0])
    results: list[tuple[str, Any]] = []
    for item in items:
        if isinstance(item, InputProblem):
            results.append(("problem", item))
            continue
        future = client.submit(process_partition, Partition(part.path, None, articles=(item,)), *args, pure=False)
        try:
            results.extend(future.result())
        except Exception as exc:  # noqa: BLE001 - this article's failure, not the batch's
            if client.status != "running":
                raise
            results.append(("article", (item, [], InputProblem(input=item.origin or item.id, problem=(
                f"the pipeline failed on this article on a Dask worker ({exc.__class__.__name__}: {quote(str(exc))}); skipped")))))
        finally:
            future.release()
    return results


def _outcomes(results: list[tuple[str, Any]]) -> Iterator["Outcome | InputProblem"]:
    from dateline.pipeline import Outcome
    from dateline.types import EventRecord

    for kind, payload in results:
        if kind == "problem":
            yield payload
        else:
            article, records, problem = payload  # the article comes back too: duplicate marking reads its text
            yield Outcome(article, [EventRecord.model_validate(r) for r in records], problem)
