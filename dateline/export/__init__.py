"""Export events as ACLED CSV, GeoJSON, Parquet or JSON Lines, streaming.

Every format is a generator of byte chunks over an iterable of records, so the
CLI writes a file and the API streams a response from the same code, and a
million events never sit in memory at once (Parquet: one row group at a time).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from dateline.types import ACLED_COLUMNS, EventRecord

FORMATS = ("acled-csv", "geojson", "parquet", "jsonl")
MEDIA_TYPES = {
    "acled-csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "parquet": "application/vnd.apache.parquet",
    "jsonl": "application/x-ndjson",
}
SUFFIXES = {"acled-csv": ".csv", "geojson": ".geojson", "parquet": ".parquet", "jsonl": ".jsonl"}
COUNT_FIELDS = ("arrested", "surrendered", "injured", "abducted")
# dateline's own flat keys after ACLED's columns (Parquet and GeoJSON properties).
EXTRA_FIELDS = ("article_id", "geonameid", "modality", "historical", "fatalities_low", "fatalities_high", "confidence",
                "cluster_id", "cluster_score", "cluster_reason")


def acled_csv(records: Iterable[EventRecord], flush_every: int = 500) -> Iterator[bytes]:
    """ACLED's columns in ACLED's exact order, written by the csv module."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(ACLED_COLUMNS)
    for i, record in enumerate(records, start=1):
        row = record.acled_row()
        writer.writerow(["" if row[c] is None else row[c] for c in ACLED_COLUMNS])
        if i % flush_every == 0:
            yield buf.getvalue().encode("utf-8")
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue().encode("utf-8")


def jsonl(records: Iterable[EventRecord], flush_every: int = 200) -> Iterator[bytes]:
    """Every field of every record, one JSON object per line."""
    lines: list[str] = []
    for record in records:
        lines.append(record.model_dump_json())
        if len(lines) >= flush_every:
            yield ("\n".join(lines) + "\n").encode("utf-8")
            lines = []
    if lines:
        yield ("\n".join(lines) + "\n").encode("utf-8")


def flat(record: EventRecord) -> dict[str, Any]:
    """ACLED's columns, then dateline's own keys and counts; evidence as one JSON string."""
    data = record.model_dump(mode="json")
    out = {c: data.get(c) for c in ACLED_COLUMNS}
    out.update({k: data.get(k) for k in EXTRA_FIELDS})
    out.update({k: data["counts"].get(k) for k in COUNT_FIELDS})
    out["evidence"] = json.dumps(data["evidence"], ensure_ascii=False)
    return out


def geojson(records: Iterable[EventRecord], flush_every: int = 200) -> Iterator[bytes]:
    """A FeatureCollection: one Point Feature per event (geometry null when the place is unknown)."""
    yield b'{"type": "FeatureCollection", "features": [\n'
    parts: list[str] = []
    first = True
    for record in records:
        props = flat(record)
        props["evidence"] = record.model_dump(mode="json")["evidence"]
        geometry = None
        if record.latitude is not None and record.longitude is not None:
            geometry = {"type": "Point", "coordinates": [record.longitude, record.latitude]}
        feature = {"type": "Feature", "id": record.event_id_cnty, "geometry": geometry, "properties": props}
        parts.append(("" if first else ",\n") + json.dumps(feature, ensure_ascii=False))
        first = False
        if len(parts) >= flush_every:
            yield "".join(parts).encode("utf-8")
            parts = []
    yield ("".join(parts) + "\n]}\n").encode("utf-8")


def parquet_schema() -> Any:
    import pyarrow as pa

    ints = {"year", "time_precision", "iso", "geo_precision", "fatalities", "fatalities_low", "fatalities_high", *COUNT_FIELDS}
    floats = {"latitude", "longitude", "confidence", "cluster_score"}
    fields = []
    for name in (*ACLED_COLUMNS, *EXTRA_FIELDS, *COUNT_FIELDS, "evidence"):
        if name == "event_date":
            kind = pa.date32()
        elif name in ints:
            kind = pa.int32()
        elif name in ("timestamp", "geonameid"):
            kind = pa.int64()
        elif name in floats:
            kind = pa.float64()
        elif name == "historical":
            kind = pa.bool_()
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind))
    return pa.schema(fields)


class _Chunks:
    """A write-only file that hands its bytes to a generator."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data, self.parts = b"".join(self.parts), []
        return data


def parquet(records: Iterable[EventRecord], row_group: int = 10_000) -> Iterator[bytes]:
    """Typed columns (dates as dates, numbers as numbers), one row group in memory at a time."""
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    sink = _Chunks()
    writer = pq.ParquetWriter(pa.PythonFile(sink, mode="w"), schema, compression="zstd")
    rows: list[dict[str, Any]] = []

    def emit() -> None:
        for row in rows:
            if row["event_date"] is not None:
                row["event_date"] = dt.date.fromisoformat(row["event_date"])
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        rows.clear()

    for record in records:
        rows.append(flat(record))
        if len(rows) >= row_group:
            emit()
            yield sink.take()
    if rows:
        emit()
    writer.close()
    yield sink.take()


WRITERS: dict[str, Callable[[Iterable[EventRecord]], Iterator[bytes]]] = {
    "acled-csv": acled_csv, "geojson": geojson, "parquet": parquet, "jsonl": jsonl,
}


def export(records: Iterable[EventRecord], fmt: str) -> Iterator[bytes]:
    if fmt not in WRITERS:
        raise ValueError(f"export format must be one of {', '.join(FORMATS)}, not '{fmt}'")
    return WRITERS[fmt](records)
