"""Write event records as JSON Lines, ACLED CSV, or a Rich table for people."""

from __future__ import annotations

import contextlib
import csv
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TypeVar

from dateline.types import ACLED_COLUMNS, EventRecord

FORMATS = ("jsonl", "csv", "table")
T = TypeVar("T")


class JsonlWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, records: list[EventRecord]) -> None:
        for record in records:
            self.stream.write(record.model_dump_json() + "\n")
        self.stream.flush()

    def close(self) -> None:
        pass


class CsvWriter:
    """ACLED's columns in ACLED's order; dateline's extras stay in JSONL."""

    def __init__(self, stream: IO[str]) -> None:
        self.writer = csv.DictWriter(stream, fieldnames=list(ACLED_COLUMNS), extrasaction="ignore")
        self.writer.writeheader()
        self.stream = stream

    def write(self, records: list[EventRecord]) -> None:
        for record in records:
            self.writer.writerow({k: "" if v is None else v for k, v in record.acled_row().items()})
        self.stream.flush()

    def close(self) -> None:
        pass


class TableWriter:
    """A Rich table: one row per event, with the evidence behind type, place and date."""

    COLUMNS = ("date", "prec", "type / sub-type", "actor1", "actor2", "location", "fat.", "counts", "evidence")

    def __init__(self, stream: IO[str]) -> None:
        from rich.console import Console
        from rich.table import Table

        self.console = Console(file=stream, width=160)
        self.table = Table(show_lines=True)
        for col in self.COLUMNS:
            self.table.add_column(col, overflow="fold")

    def write(self, records: list[EventRecord]) -> None:
        for r in records:
            counts = ", ".join(f"{k} {v}" for k, v in r.counts.model_dump().items() if v)
            flags = "" if r.modality == "asserted" else f" [{r.modality}]"
            flags += " [historical]" if r.historical else ""
            where = ", ".join(x for x in (r.location, r.admin1, r.country) if x)
            evidence = "; ".join(f"{field}: “{spans[0].text}”" for field, spans in r.evidence.items() if spans and field in ("sub_event_type", "location", "event_date"))
            self.table.add_row(
                str(r.event_date or ""), str(r.time_precision or ""), f"{r.event_type} / {r.sub_event_type}{flags}",
                r.actor1 or "", r.actor2 or "", f"{where} (gp {r.geo_precision})" if where else "",
                str(r.fatalities if r.fatalities is not None else ""), counts, evidence,
            )

    def close(self) -> None:
        self.console.print(self.table)


@contextlib.contextmanager
def open_writer(fmt: str, path: Path | None) -> Iterator[JsonlWriter | CsvWriter | TableWriter]:
    cls = {"jsonl": JsonlWriter, "csv": CsvWriter, "table": TableWriter}[fmt]
    with (path.open("w", encoding="utf-8", newline="") if path else contextlib.nullcontext(sys.stdout)) as stream:
        writer = cls(stream)
        try:
            yield writer
        finally:
            writer.close()


def with_progress(items: Iterable[T], inputs: list[str], min_files: int = 2) -> Iterator[T]:
    """A Rich progress bar on stderr for long inputs (directories, several files, feeds)."""
    long_input = len(inputs) >= min_files or any(Path(p).is_dir() or p.endswith((".jsonl", ".warc", ".gz", ".xml")) for p in inputs)
    if not long_input or not sys.stderr.isatty():
        yield from items
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} articles"), TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task("extracting", total=None)
        for item in items:
            yield item
            bar.advance(task)
