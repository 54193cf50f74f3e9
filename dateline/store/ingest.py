"""``dateline ingest``: extract and store, one transaction per batch, with a journal for ``--resume``.

Crash safety comes from three facts.  A batch is one transaction, so a crash
(even ``kill -9``) loses at most the batch in flight and stores none of it.
Articles are unique by the hash of their text, so anything read again adds
nothing (and skips the NLP).  An input file enters the journal in the same
transaction as its last article, so ``--resume`` skips exactly the inputs that
are complete and reads the rest again.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.store.store import BatchResult, InputDone, Store
from dateline.types import Article, EventRecord

if TYPE_CHECKING:
    from spacy.language import Language

    from dateline.problems import ProblemLog


@dataclass
class IngestStats:
    inputs: int = 0
    resumed: int = 0  # inputs skipped because the journal has them
    read: int = 0  # articles read
    known: int = 0  # articles already in the store (skipped before the NLP)
    articles: int = 0  # articles stored now
    events: int = 0
    merged: int = 0
    batches: int = 0

    def summary(self, store_name: str) -> str:
        return (f"stored {self.articles} new articles ({self.known} already stored"
                f"{f', {self.resumed} finished inputs skipped' if self.resumed else ''}), {self.events} new events, "
                f"{self.merged} reports joined existing events, in {store_name}")


def expand(inputs: Iterable[str]) -> list[str]:
    """Files to read, in a stable order: directories walked (hidden entries skipped, each real file once)."""
    files: list[str] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            files.append(str(path))

    def walk(directory: Path, trail: frozenset[str]) -> None:
        try:
            children = sorted(directory.iterdir())
        except OSError:
            add(directory)  # the reader reports it
            return
        for child in children:
            if child.name.startswith("."):
                continue
            real = os.path.realpath(child)
            if child.is_dir():
                if real not in trail:  # a symlink loop is walked once
                    walk(child, trail | {real})
            elif child.is_file():
                add(child)

    for spec in inputs:
        path = Path(spec)
        if spec != "-" and path.is_dir():
            walk(path, frozenset({os.path.realpath(path)}))
        elif spec == "-":
            files.append(spec)
        else:
            add(path)
    return files


def journal_key(spec: str) -> tuple[str, int, float] | None:
    """(resolved path, size, mtime) of a file, or None for standard input or a missing file."""
    if spec == "-":
        return None
    try:
        st = os.stat(spec)
    except OSError:
        return None
    return os.path.realpath(spec), st.st_size, st.st_mtime


def ingest(
    store: Store,
    nlp: "Language",
    inputs: list[str],
    problems: "ProblemLog",
    input_format: str | None = None,
    published: Any = None,
    resume: bool = False,
    all_modalities: bool = False,
    batch_size: int = 64,
    on_batch: Callable[[BatchResult], None] | None = None,
) -> IngestStats:
    """Read, extract and store every input; see the module docstring for the guarantees."""
    from dateline import pipeline
    from dateline.ingest import read_inputs

    files = expand(inputs)
    stats = IngestStats(inputs=len(files))
    finished = store.finished_inputs() if resume else {}
    marks: deque[tuple[int, InputDone]] = deque()

    def articles() -> Iterator[Article]:
        sent = 0
        for spec in files:
            key = journal_key(spec)
            if key and finished.get(key[0]) == key[1:]:
                stats.resumed += 1
                continue
            n = 0
            for article in problems.filter(read_inputs([spec], input_format=input_format, published=published)):
                stats.read += 1
                n += 1
                if store.has_article(article.text):
                    stats.known += 1
                    continue
                sent += 1
                yield article
            if key:
                marks.append((sent, InputDone(key[0], key[1], key[2], articles=n)))

    batch: list[tuple[Article, list[EventRecord]]] = []
    done_inputs: list[InputDone] = []
    consumed = 0

    def flush() -> None:
        while marks and marks[0][0] <= consumed:
            done_inputs.append(marks.popleft()[1])
        if not batch and not done_inputs:
            return
        result = store.add_batch(batch, done_inputs)
        stats.articles += result.articles
        stats.known += result.skipped  # stored meanwhile by another ingest
        stats.events += result.events
        stats.merged += result.merged
        stats.batches += 1
        batch.clear()
        done_inputs.clear()
        if on_batch:
            on_batch(result)

    for article, records in pipeline.extract(nlp, articles(), all_modalities=all_modalities):
        batch.append((article, records))
        consumed += 1
        if len(batch) >= batch_size:
            flush()
    flush()
    return stats
