"""Write event records as JSON Lines, ACLED CSV, partitioned Parquet, or a Rich table for people."""

from __future__ import annotations

import contextlib
import csv
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TypeVar

from dateline.types import ACLED_COLUMNS, EventRecord

FORMATS = ("jsonl", "csv", "table", "parquet")
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


class ParquetWriter:
    """A folder of Parquet files (``part-00000.parquet``, ...), ``rows_per_file`` records each.

    One column per field of the record; ``counts`` become ``counts_<kind>``
    columns and ``evidence`` one JSON string per row, so the files load in
    pandas, DuckDB or Spark without dateline.  Only one file's rows are held
    in memory at a time.
    """

    def __init__(self, folder: Path, rows_per_file: int = 50_000) -> None:
        import pyarrow as pa

        folder.mkdir(exist_ok=True)
        self.folder = folder
        self.rows_per_file = rows_per_file
        self.rows: list[dict[str, object]] = []
        self.n_files = 0
        types = {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(), "string": pa.string()}
        fields = []
        for name, spec in EventRecord.model_json_schema()["properties"].items():
            if name in ("counts", "evidence"):
                continue
            kinds = [s.get("type") for s in spec.get("anyOf", [spec])]
            kind = next((k for k in kinds if k in types), "string")
            fields.append(pa.field(name, pa.date32() if name == "event_date" else types[kind]))
        fields += [pa.field(f"counts_{k}", pa.int64()) for k in ("arrested", "surrendered", "injured", "abducted")]
        fields.append(pa.field("evidence", pa.string()))
        self.schema = pa.schema(fields)

    def write(self, records: list[EventRecord]) -> None:
        import json

        for record in records:
            row = record.model_dump(exclude={"counts", "evidence"})
            row.update({f"counts_{k}": v for k, v in record.counts.model_dump().items()})
            row["evidence"] = json.dumps(record.model_dump(mode="json")["evidence"], ensure_ascii=False)
            self.rows.append(row)
            if len(self.rows) >= self.rows_per_file:
                self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self.rows:
            return
        table = pa.Table.from_pylist(self.rows, schema=self.schema)
        pq.write_table(table, self.folder / f"part-{self.n_files:05d}.parquet")
        self.n_files += 1
        self.rows = []

    def close(self) -> None:
        self._flush()


@contextlib.contextmanager
def open_writer(fmt: str, path: Path | None) -> Iterator[JsonlWriter | CsvWriter | TableWriter | ParquetWriter]:
    if fmt == "parquet":
        if path is None:
            raise ValueError("--format parquet writes a folder of files: give it with -o FOLDER")
        parquet = ParquetWriter(path)
        try:
            yield parquet
        finally:
            parquet.close()
        return
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
