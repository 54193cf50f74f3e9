"""Web archives (``.warc``, ``.warc.gz``) through warcio.

Only HTTP ``response`` records holding HTML are articles; each goes through
the HTML reader with the record's target URI as url and its WARC-Date as
the fallback publication date (the caller's ``--published`` wins, then the
page's own date, then WARC-Date: a crawl date is only an upper bound).

warcio reads a damaged archive without complaint, handing back cut-off
pages or stopping early, so we check for ourselves: every record must be
read to its declared Content-Length, and a gzipped archive must end on a
complete gzip member.  A record whose page cannot be read is reported as
``path#record N`` and the file goes on; a record that breaks the archive
(cut-off headers or body) is reported with its number and byte offset,
the records before it having come through, and reading that file stops.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from dateline.ingest.html import decode_html, read_html
from dateline.ingest.metadata import parse_date
from dateline.types import Article, InputProblem

HTML_TYPES = ("text/html", "application/xhtml+xml")
# warcio logs header repairs as warnings, which would land on stderr between our problem lines.
logging.getLogger("warcio").addHandler(logging.NullHandler())
CHUNK = 1 << 16


class _Broken(Exception):
    """The archive itself is damaged at this record: stop reading the file."""


def read_warc_stream(
    stream: BinaryIO,
    *,
    name: str,
    published: dt.date | None,
    max_chars: int,
) -> Iterator[Article | InputProblem]:
    from warcio.archiveiterator import ArchiveIterator

    gzip_cut = _gzip_cut_offset(stream)
    records = ArchiveIterator(stream)
    number = n_pages = 0
    while True:
        warnings = io.StringIO()
        try:
            with contextlib.redirect_stderr(warnings):  # warcio writes length warnings straight to stderr
                record = next(records)
        except StopIteration:
            break
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on broken archives
            yield _stopped(name, number + 1, _offset(records), f"its headers cannot be parsed ({exc})")
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
                page = _html_payload(record)
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
        except _Broken as exc:
            yield _stopped(name, number, offset, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop the file
            yield InputProblem(input=origin, problem=f"cannot read the WARC record at offset {offset} ({exc.__class__.__name__}: {exc}); skipped")
            continue
        yield read_html(html, name=origin, origin=origin, max_chars=max_chars, url=url, published=published, fallback_date=crawl_date)
    if gzip_cut is None and getattr(records, "next_line", None):
        # warcio stops quietly when the last record's headers are cut off.
        yield _stopped(name, number + 1, _offset(records), "its headers are cut off")
    elif gzip_cut is not None:
        yield InputProblem(
            input=name,
            problem=f"the gzip data is cut off or corrupt in the member starting at byte {gzip_cut}; "
            f"{number} records before it were read, anything after it is lost",
        )
    elif n_pages == 0:
        yield InputProblem(input=name, problem=f"no HTML response records among its {number} WARC records")


def _html_payload(record: Any) -> tuple[bytes, str | None] | None:
    """(body, charset) of an HTML response; None for other records, read through to check them."""
    limit = getattr(record.raw_stream, "limit", None)
    declared = (record.rec_headers.get_header("Content-Length") or "").strip()
    if limit is None or record.length is None or not declared.isdigit():
        raise _Broken("its headers are cut off or lack a Content-Length")
    content_type = ""
    if record.rec_type == "response" and record.http_headers is not None:
        content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(HTML_TYPES):
        while record.raw_stream.read(CHUNK):
            pass
        body = None
    else:
        body = record.content_stream().read()
    missing = record.raw_stream.limit
    if missing > 0:
        raise _Broken(f"it is cut off ({missing} of its {record.length} bytes are missing)")
    return None if body is None else (body, _charset(content_type))


def _stopped(name: str, number: int, offset: str | int, why: str) -> InputProblem:
    return InputProblem(
        input=name,
        problem=f"WARC record {number} (offset {offset}) is broken: {why}; "
        f"{number - 1} records before it were read, the rest of the file is skipped",
    )


def _gzip_cut_offset(stream: BinaryIO) -> int | None:
    """Offset of the gzip member that is cut off or corrupt; None when whole (or not gzip).

    Rewinds the stream afterwards.
    """
    start = stream.tell()
    if stream.read(2) != b"\x1f\x8b":
        stream.seek(start)
        return None
    stream.seek(start)
    consumed = member_start = 0  # compressed offsets, from the start of the archive
    in_member = False
    decomp = zlib.decompressobj(wbits=31)
    try:
        while data := stream.read(CHUNK):
            while data:
                if not in_member:
                    member_start, in_member = consumed, True
                decomp.decompress(data)
                if decomp.eof:  # this member is whole; the next may start in unused_data
                    consumed += len(data) - len(decomp.unused_data)
                    data = decomp.unused_data
                    decomp, in_member = zlib.decompressobj(wbits=31), False
                else:
                    consumed += len(data)
                    data = b""
        incomplete = in_member
    except zlib.error:
        incomplete = True
    stream.seek(start)
    return member_start if incomplete else None


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _offset(records: object) -> str:
    """Byte offset where the current record starts (warcio's ``get_record_offset``
    would consume the record, so read its bookkeeping attribute instead)."""
    offset = getattr(records, "offset", None)
    return str(offset) if isinstance(offset, int) else "unknown"
