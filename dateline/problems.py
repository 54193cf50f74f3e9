"""Report unreadable inputs without stopping the batch.

Readers yield ``InputProblem`` in place of an ``Article``; this log prints each
one as a single line on stderr (and to an optional ``--errors`` JSONL file) and
passes the good articles through, counting them so the CLI can exit non-zero
only when nothing at all could be read.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO, TypeVar

from dateline.types import Article, InputProblem

T = TypeVar("T")


class ProblemLog:
    def __init__(self, errors_path: Path | None = None, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.file = errors_path.open("a", encoding="utf-8") if errors_path else None
        self.problems: list[InputProblem] = []
        self.n_read = 0

    def report(self, problem: InputProblem) -> None:
        self.problems.append(problem)
        print(f"dateline: {problem}", file=self.stream, flush=True)
        if self.file:
            self.file.write(problem.model_dump_json() + "\n")
            self.file.flush()

    def filter(self, items: Iterable[Article | InputProblem]) -> Iterator[Article]:
        for item in items:
            if isinstance(item, InputProblem):
                self.report(item)
            else:
                self.n_read += 1
                yield item

    def count(self, items: Iterable[T]) -> Iterator[T]:
        """Pass items through, counting articles read elsewhere (Outcomes of Dask workers)."""
        for item in items:
            if not isinstance(item, InputProblem):
                self.n_read += 1
            yield item

    def close(self) -> None:
        if self.file:
            self.file.close()
            self.file = None
