"""Read news reports from files, directories or standard input.

``read_inputs`` yields an ``Article`` for every report it can read and an
``InputProblem`` (with a plain message naming the input) for every one it
cannot, and always goes on with the rest of the batch.

Readers are chosen by file type, or for every input by ``input_format``:
  txt    .txt .text               one article per file (text.py)
  jsonl  .jsonl .ndjson .json     one article per line (jsonl.py)
  html   .html .htm .xhtml        one article per page (html.py, trafilatura)
  feed   .rss .atom .xml          one article per entry (feeds.py, feedparser)
  warc   .warc(.gz) .arc(.gz)     one article per HTML response (warc.py, warcio)
Directories are read recursively in sorted order, hidden files and folders
skipped; ``-`` reads standard input and sniffs its format.

Publication date: for jsonl lines and feed entries the item's own date wins
and ``published`` only fills items that have none; for html and warc pages
``published`` wins when given, else the page's own date (then WARC-Date).
Plain text has no date of its own, so it gets ``published``.

Heavy libraries (trafilatura, feedparser, warcio) are imported inside the
readers, so importing this package keeps ``dateline --help`` fast.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from dateline.ingest.checks import decode_text, make_article
from dateline.ingest.metadata import normalise_newlines, split_byline, split_dateline, split_headline
from dateline.types import Article, InputProblem

__all__ = ["FORMATS", "read_inputs", "read_path", "read_bytes", "article_from_text", "split_dateline", "split_headline"]

FORMATS: tuple[str, ...] = ("txt", "jsonl", "html", "feed", "warc")
MAX_CHARS = 200_000
STDIN_NAME = "<stdin>"
_SUFFIXES: dict[str, str] = {
    ".txt": "txt", ".text": "txt",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".warc.gz": "warc", ".arc": "warc", ".arc.gz": "warc",
}


def read_inputs(
    inputs: Iterable[str],
    input_format: str | None = None,
    published: dt.date | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Article | InputProblem]:
    """Every article (or problem) from files, directories and ``-`` (standard input)."""
    if input_format is not None and input_format not in FORMATS:
        raise ValueError(f"input format must be one of {', '.join(FORMATS)}, not '{input_format}'")
    for spec in inputs:
        if spec == "-":
            yield from read_bytes(sys.stdin.buffer.read(), name=STDIN_NAME, input_format=input_format, published=published, max_chars=max_chars)
            continue
        path = Path(spec)
        if path.is_dir():
            files = list(_walk(path))
            if not files:
                yield InputProblem(input=spec, problem="directory holds no files to read (hidden files are skipped)")
            for file in files:
                yield from read_path(file, input_format=input_format, published=published, max_chars=max_chars)
        else:
            yield from read_path(path, input_format=input_format, published=published, max_chars=max_chars)


def _walk(directory: Path) -> Iterator[Path]:
    """Files under ``directory``, sorted, skipping anything hidden."""
    for child in sorted(directory.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child)
        elif child.is_file():
            yield child


def format_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    return _SUFFIXES.get(path.suffix.lower())


def read_path(
    path: Path,
    input_format: str | None = None,
    published: dt.date | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Article | InputProblem]:
    """One file, by its type (or ``input_format``)."""
    name = str(path)
    fmt = input_format or format_of(path)
    if not path.exists():
        yield InputProblem(input=name, problem="no such file or directory")
        return
    if fmt is None:
        known = ", ".join(sorted(_SUFFIXES))
        yield InputProblem(input=name, problem=f"unknown file type '{path.suffix or path.name}'; use --input-format or one of {known}")
        return
    try:
        if fmt == "warc":
            with path.open("rb") as stream:
                yield from _read_warc(stream, name, published, max_chars)
            return
        if fmt == "jsonl" and path.suffix.lower() != ".json":
            with path.open("rb") as stream:
                yield from _read_jsonl(stream, name, published, max_chars)
            return
        size = path.stat().st_size
        if fmt in ("txt", "html") and size > (4 if fmt == "txt" else 50 * 4) * max_chars:
            yield InputProblem(input=name, problem=f"file is too large ({size:,} bytes) for one article of at most {max_chars:,} characters; skipped")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(input=name, problem=f"cannot read the file ({exc.strerror or exc})")
        return
    yield from read_bytes(data, name=name, input_format=fmt, published=published, max_chars=max_chars, source=path.stem)


def read_bytes(
    data: bytes,
    name: str,
    input_format: str | None = None,
    published: dt.date | None = None,
    max_chars: int = MAX_CHARS,
    source: str | None = None,
) -> Iterator[Article | InputProblem]:
    """Articles from bytes already in memory; the format is sniffed when not given."""
    fmt = input_format or sniff(data)
    if fmt == "txt":
        from dateline.ingest.text import read_text_bytes

        yield from read_text_bytes(data, name=name, source=source, published=published, max_chars=max_chars)
    elif fmt == "jsonl":
        head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
        if head.startswith(b"[") or (name.lower().endswith(".json") and head.startswith(b"{") and _one_json_value(data)):
            from dateline.ingest.jsonl import read_json_array

            try:
                text = decode_text(data, name)
            except ValueError as exc:
                yield InputProblem(input=name, problem=f"file {exc}")
                return
            yield from read_json_array(text, name=name, published=published, max_chars=max_chars)
        else:
            yield from _read_jsonl(io.BytesIO(data), name, published, max_chars)
    elif fmt == "html":
        from dateline.ingest.html import decode_html, read_html

        try:
            html = decode_html(data)
        except ValueError as exc:
            yield InputProblem(input=name, problem=str(exc))
            return
        yield read_html(html, name=name, origin=name, published=published, max_chars=max_chars)
    elif fmt == "feed":
        from dateline.ingest.feeds import looks_like_feed, read_feed_bytes

        if not looks_like_feed(data):
            if b"<html" in data[:4096].lower():
                yield from read_bytes(data, name, "html", published, max_chars, source)
            else:
                yield InputProblem(input=name, problem="not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)")
            return
        yield from read_feed_bytes(data, name=name, published=published, max_chars=max_chars)
    elif fmt == "warc":
        yield from _read_warc(io.BytesIO(data), name, published, max_chars)
    else:  # pragma: no cover - guarded by FORMATS
        raise ValueError(f"unknown input format '{fmt}'")


def _one_json_value(data: bytes) -> bool:
    """True when the whole of ``data`` is one JSON value (a pretty-printed ``.json`` object)."""
    try:
        json.loads(data)
    except ValueError:
        return False
    return True


def sniff(data: bytes) -> str:
    """Guess the format of unnamed input (standard input) from its first bytes."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"\x1f\x8b") or head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"["):
        try:
            json.loads(data)
        except ValueError:
            return "txt"
        return "jsonl"
    if head.startswith(b"<"):
        from dateline.ingest.feeds import looks_like_feed

        return "feed" if looks_like_feed(head) else "html"
    return "txt"


def article_from_text(
    text: str,
    published: dt.date | None = None,
    origin: str = "<text>",
    max_chars: int = MAX_CHARS,
) -> Article:
    """An Article from a string, with the same headline/dateline rules as .txt files.

    For other stages and tests; raises ValueError (the problem message) when
    the text cannot be an article (empty, too long, not English).
    """
    title, body = split_headline(normalise_newlines(text))
    _, body = split_byline(body)
    item = make_article(body, input_name=origin, origin=origin, max_chars=max_chars, title=title, published=published)
    if isinstance(item, InputProblem):
        raise ValueError(str(item))
    return item


def _read_jsonl(stream: BinaryIO, name: str, published: dt.date | None, max_chars: int) -> Iterator[Article | InputProblem]:
    from dateline.ingest.jsonl import read_jsonl_lines

    yield from read_jsonl_lines(stream, name=name, published=published, max_chars=max_chars)


def _read_warc(stream: BinaryIO, name: str, published: dt.date | None, max_chars: int) -> Iterator[Article | InputProblem]:
    from dateline.ingest.warc import read_warc_stream

    yield from read_warc_stream(stream, name=name, published=published, max_chars=max_chars)
