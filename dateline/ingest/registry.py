"""The readers, keyed by format, and the options every reader takes.

A reader is a module with ``read(stream, source, options)`` that yields an
``Article`` for every report it can read and an ``InputProblem`` for every
one it cannot.  The module is imported only when its format is first read,
so ``dateline --help`` never loads trafilatura, feedparser or warcio.
To add a format, add a module and one line to ``READERS``.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from dateline.ingest.sources import Source
    from dateline.types import Article, InputProblem

MAX_CHARS = 200_000
COMPRESSED = (".gz",)


@dataclass(frozen=True)
class ReadOptions:
    """What a reader needs beyond the bytes: the caller's date and the caps on cost."""

    published: dt.date | None = None
    max_chars: int = MAX_CHARS  # longest article text accepted
    time_limit: float | None = 60.0  # seconds of parsing per document (HTML, feeds)
    max_record_bytes: int = 16 << 20  # one JSONL line, WARC record body, HTML page or feed
    max_bytes: int = 32 << 30  # one input after decompression
    max_ratio: float = 200.0  # decompressed / compressed bytes


@dataclass(frozen=True)
class Reader:
    format: str
    suffixes: tuple[str, ...]
    module: str
    what: str  # for --help and messages

    def read(self, stream: BinaryIO, source: "Source", options: ReadOptions) -> Iterator["Article | InputProblem"]:
        return importlib.import_module(self.module).read(stream, source, options)


READERS: dict[str, Reader] = {
    r.format: r
    for r in (
        Reader("txt", (".txt", ".text"), "dateline.ingest.text", "one article per file"),
        Reader("jsonl", (".jsonl", ".ndjson", ".json"), "dateline.ingest.jsonl", "one article per line"),
        Reader("html", (".html", ".htm", ".xhtml"), "dateline.ingest.html", "one article per page"),
        Reader("feed", (".rss", ".atom", ".xml"), "dateline.ingest.feeds", "one article per entry"),
        Reader("warc", (".warc", ".arc"), "dateline.ingest.warc", "one article per HTML response"),
    )
}
FORMATS: tuple[str, ...] = tuple(READERS)


def format_of(name: str) -> str | None:
    """The format a file name implies (``.gz`` aside), or None."""
    lower = name.lower()
    for ext in COMPRESSED:
        if lower.endswith(ext):
            lower = lower[: -len(ext)]
    for reader in READERS.values():
        if lower.endswith(reader.suffixes):
            return reader.format
    return None


def stem_of(name: str) -> str:
    """The file name without its format and compression suffixes."""
    lower = name.lower()
    for ext in COMPRESSED:
        if lower.endswith(ext):
            name, lower = name[: -len(ext)], lower[: -len(ext)]
    for reader in READERS.values():
        for suffix in reader.suffixes:
            if lower.endswith(suffix) and len(name) > len(suffix):
                return name[: -len(suffix)]
    return name


def known_suffixes() -> list[str]:
    return sorted(s for r in READERS.values() for s in r.suffixes) + [f"(any of these){ext}" for ext in COMPRESSED]
