"""Web archives (``.warc``, ``.warc.gz``, ``.arc``) through warcio.

Only HTTP ``response`` records holding HTML are articles; each goes through
the HTML reader with the record's target URI as url and its WARC-Date as
the fallback publication date (the caller's ``--published`` wins, then the
page's own date, then WARC-Date: a crawl date is only an upper bound).

The archive arrives already decompressed by a bounded stream (streams.py),
so a decompression bomb is stopped by its caps, and warcio reads plain WARC.
Headers get a budget (``HEADER_BUDGET``) while warcio parses them, so a
"header line" of a gigabyte is never gathered; a record body is read in
chunks up to ``max_record_bytes`` and a longer one is skipped (read through,
never held) with one problem line.

warcio reads a damaged archive without complaint, handing back cut-off
pages or stopping early, so we check for ourselves: every record must be
read to its declared Content-Length, and gzip data must end on a complete
member.  A record whose page cannot be read is reported as ``path#record N``
and the file goes on; a record that breaks the archive (cut-off headers or
body) is reported with its number and offset, the records before it having
come through, and reading that file stops.
"""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from dateline.ingest.checks import quote
from dateline.ingest.html import decode_html, read_html
from dateline.ingest.metadata import parse_date
from dateline.ingest.streams import CHUNK, CorruptInput, InputTooLarge, raw_stream
from dateline.types import Article, InputProblem

if TYPE_CHECKING:
    from dateline.ingest.registry import ReadOptions
    from dateline.ingest.sources import Source

HTML_TYPES = ("text/html", "application/xhtml+xml")
HEADER_BUDGET = 1 << 20
# warcio logs header repairs as warnings, which would land on stderr between our problem lines.
logging.getLogger("warcio").addHandler(logging.NullHandler())


class _Broken(Exception):
    """The archive itself is damaged at this record: stop reading the file."""


class _TooBig(Exception):
    """This record's body is over the cap: skip it, go on with the next."""


def read(stream: BinaryIO, source: "Source", options: "ReadOptions") -> Iterator[Article | InputProblem]:
    from warcio.archiveiterator import ArchiveIterator

    name = source.name
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""  # type: ignore[attr-defined]
    if head and not head.lstrip(b"\r\n").startswith((b"WARC/", b"filedesc://")):
        yield InputProblem(input=name, problem=f"not a WARC or ARC file: it starts with {quote(head.decode('latin-1'), 40)}")
        return
    bounded = raw_stream(stream)
    records = ArchiveIterator(stream)
    number, n_pages = source.first_item - 1, 0
    while True:
        warnings = io.StringIO()
        try:
            if bounded:
                bounded.expect_at_most(HEADER_BUDGET, "WARC or HTTP headers")
            with contextlib.redirect_stderr(warnings):  # warcio writes length warnings straight to stderr
                record = next(records)
            if bounded:
                bounded.expect_at_most(None)
        except StopIteration:
            break
        except (InputTooLarge, CorruptInput) as exc:
            yield _stopped(name, number + 1, _offset(records), str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on broken archives
            yield _stopped(name, number + 1, _offset(records), f"its headers cannot be parsed ({quote(str(exc))})")
            return
        if "Content-Length is invalid" in warnings.getvalue():
            yield InputProblem(
                input=f"{name}#record {number}",
                problem="WARC record is not followed by the blank line that ends a record (its Content-Length may be wrong)",
            )
        number += 1
        offset = _offset(records)
        origin = f"{name}#record {number}"
        try:
            with contextlib.redirect_stderr(io.StringIO()):
                page = _html_payload(record, options.max_record_bytes)
            if page is None:
                continue
            n_pages += 1
            body, charset = page
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                crawl_date = parse_date(record.rec_headers.get_header("WARC-Date"))
            except ValueError:
                crawl_date = None
            html = decode_html(body, charset)
        except _TooBig as exc:
            n_pages += 1  # an HTML page, only too large
            yield InputProblem(input=origin, problem=str(exc))
            continue
        except (_Broken, InputTooLarge, CorruptInput) as exc:
            yield _stopped(name, number, offset, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop the file
            yield InputProblem(input=origin, problem=f"cannot read the WARC record at offset {offset} ({exc.__class__.__name__}: {quote(str(exc))}); skipped")
            continue
        del body
        yield read_html(html, name=origin, origin=origin, options=options, url=url, fallback_date=crawl_date)
    if getattr(records, "next_line", None):
        # warcio stops quietly when the last record's headers are cut off.
        yield _stopped(name, number + 1, _offset(records), "its headers are cut off")
    elif n_pages == 0 and not source.part:
        yield InputProblem(input=name, problem=f"no HTML response records among its {number} WARC records")


def _html_payload(record: Any, max_bytes: int) -> tuple[bytes, str | None] | None:
    """(body, charset) of an HTML response; None for other records, read through to check them."""
    limit = getattr(record.raw_stream, "limit", None)
    declared = (record.rec_headers.get_header("Content-Length") or "").strip()
    if limit is None or record.length is None or not declared.isdigit():
        raise _Broken("its headers are cut off or lack a Content-Length")
    content_type = ""
    if record.rec_type == "response" and record.http_headers is not None:
        content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    body: bytes | None = None
    too_big = False
    if content_type.startswith(HTML_TYPES):
        chunks: list[bytes] = []
        size = 0
        content = record.content_stream()  # undoes chunked transfer and gzip content encoding
        while chunk := content.read(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                too_big = True
                break
            chunks.append(chunk)
        body = b"".join(chunks) if not too_big else None
    while record.raw_stream.read(CHUNK):  # the rest, read through and dropped, to reach the next record
        pass
    missing = record.raw_stream.limit
    if missing > 0:
        raise _Broken(f"it is cut off ({missing} of its {record.length} bytes are missing)")
    if too_big:
        raise _TooBig(f"the page is larger than {max_bytes:,} bytes (after decoding); skipped")
    return None if body is None else (body, _charset(content_type))


def _stopped(name: str, number: int, offset: str | int, why: str) -> InputProblem:
    return InputProblem(
        input=name,
        problem=f"WARC record {number} (offset {offset}) is broken: {why}; "
        f"{number - 1} records before it were read, the rest of the file is skipped",
    )


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")[:40]
    return None


def _offset(records: object) -> str:
    """Byte offset (in the decompressed archive) where the current record starts (warcio's
    ``get_record_offset`` would consume the record, so read its bookkeeping attribute instead)."""
    offset = getattr(records, "offset", None)
    return str(offset) if isinstance(offset, int) else "unknown"
