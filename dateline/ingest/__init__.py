"""Read news reports from files, directories or standard input.

``read_inputs`` yields an ``Article`` for every report it can read and an
``InputProblem`` (a plain message naming the input) for every one it cannot,
and always goes on with the rest of the batch.  This module only dispatches:

  sources.py   what to read (files, directories walked safely, ``-``)
  streams.py   how bytes are read (gzip decompressed as a stream, with caps)
  registry.py  which reader reads which format, and the options they share
  text.py jsonl.py html.py feeds.py warc.py   one reader per format
  checks.py    the rules every article passes (empty, too long, not English)

Formats, chosen by file type (``.gz`` of any of them too), or for every input
by ``input_format``:
  txt    .txt .text               one article per file
  jsonl  .jsonl .ndjson .json     one article per line
  html   .html .htm .xhtml        one article per page (trafilatura)
  feed   .rss .atom .xml          one article per entry (feedparser)
  warc   .warc .arc               one article per HTML response (warcio)
Standard input's format is sniffed from its first bytes.

Offsets: for txt and JSONL ``Article.text`` is the user's text exactly; for
HTML, feeds and WARC it is the extracted text ``dateline read`` prints.  A
headline, byline or dateline stays in the text (see checks.py).

Publication date: for jsonl lines and feed entries the item's own date wins
and ``published`` only fills items that have none; for html and warc pages
``published`` wins when given, else the page's own date (then WARC-Date).
Plain text has no date of its own, so it gets ``published``.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from dateline.ingest.registry import FORMATS, MAX_CHARS, READERS, ReadOptions, format_of
from dateline.ingest.sources import STDIN_NAME, Source, expand
from dateline.types import Article, InputProblem

__all__ = ["FORMATS", "MAX_CHARS", "ReadOptions", "read_inputs", "read_source", "read_bytes", "article_from_text", "sniff", "format_of"]


def read_inputs(
    inputs: Iterable[str],
    input_format: str | None = None,
    published: dt.date | None = None,
    max_chars: int = MAX_CHARS,
    options: ReadOptions | None = None,
) -> Iterator[Article | InputProblem]:
    """Every article (or problem) from files, directories and ``-`` (standard input)."""
    if input_format is not None and input_format not in FORMATS:
        raise ValueError(f"input format must be one of {', '.join(FORMATS)}, not '{input_format}'")
    options = options or ReadOptions(published=published, max_chars=max_chars)
    for item in expand(inputs, input_format):
        if isinstance(item, InputProblem):
            yield item
        else:
            yield from read_source(item, options)


def read_source(source: Source, options: ReadOptions) -> Iterator[Article | InputProblem]:
    """One source through its reader; whatever goes wrong is one problem naming it, never an exception."""
    from dateline.ingest.checks import quote
    from dateline.ingest.streams import CorruptInput, InputTooLarge, bounded

    try:
        with _opened(source) as raw:
            stream = bounded(raw, max_bytes=options.max_bytes, max_ratio=options.max_ratio)
            fmt = source.format or sniff(stream.peek(4096)[:4096])
            yield from READERS[fmt].read(stream, source, options)
    except (InputTooLarge, CorruptInput) as exc:
        yield InputProblem(input=source.name, problem=f"{exc}")
    except OSError as exc:
        yield InputProblem(input=source.name, problem=f"cannot read the file ({exc.strerror or exc.__class__.__name__})")
    except Exception as exc:  # noqa: BLE001 - a reader's bug must not end the batch
        yield InputProblem(input=source.name, problem=f"unexpected {exc.__class__.__name__} while reading ({quote(str(exc))}); the rest of this input is skipped")


class _opened:
    """Open a source's stream and close it afterwards (standard input is left open)."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.stream: BinaryIO | None = None

    def __enter__(self) -> BinaryIO:
        self.stream = self.source.open()
        return self.stream

    def __exit__(self, *exc: object) -> None:
        if self.stream is not None and self.source.name != STDIN_NAME:
            self.stream.close()


def read_bytes(
    data: bytes,
    name: str,
    input_format: str | None = None,
    published: dt.date | None = None,
    max_chars: int = MAX_CHARS,
    source: str | None = None,
    options: ReadOptions | None = None,
) -> Iterator[Article | InputProblem]:
    """Articles from bytes already in memory; the format is sniffed when not given."""
    options = options or ReadOptions(published=published, max_chars=max_chars)
    yield from read_source(Source(name, input_format, lambda: io.BytesIO(data), stem=source, size=len(data)), options)


def sniff(data: bytes) -> str:
    """Guess the format of unnamed input (standard input) from its first (decompressed) bytes."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"["):  # an array of article objects, or text opening with "[Update]"
        return "jsonl" if head[1:].lstrip().startswith((b"{", b"]")) else "txt"
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
    """An Article from a string, with the same rules as a .txt file (the text is kept exactly).

    For other stages and tests; raises ValueError (the problem message) when
    the text cannot be an article (empty, too long, not English).
    """
    from dateline.ingest.text import article_from_string

    item = article_from_string(text, name=origin, origin=origin, options=ReadOptions(published=published, max_chars=max_chars))
    if isinstance(item, InputProblem):
        raise ValueError(str(item))
    return item
