"""Web archives (``.warc``, ``.warc.gz``) through warcio.

Only HTTP ``response`` records holding HTML are articles; each goes through
the HTML reader with the record's target URI as url and its WARC-Date as
the fallback publication date (the caller's ``--published`` wins, then the
page's own date, then WARC-Date: a crawl date is only an upper bound).

A record whose page cannot be read is reported as ``path#record N`` and the
file goes on.  A record that breaks the archive itself (truncated gzip, bad
headers) is reported with its number and byte offset; the records before it
have already come through, and the records after it cannot be found safely,
so reading that file stops there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import BinaryIO

from dateline.ingest.html import decode_html, read_html
from dateline.ingest.metadata import parse_date
from dateline.types import Article, InputProblem

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc_stream(
    stream: BinaryIO,
    *,
    name: str,
    published: dt.date | None,
    max_chars: int,
) -> Iterator[Article | InputProblem]:
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(stream)
    number = 0
    n_pages = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on broken archives
            offset = _offset(records)
            yield InputProblem(
                input=name,
                problem=f"record {number + 1} (offset {offset}) is broken ({exc.__class__.__name__}: {exc}); "
                f"{number} records before it were read, the rest of the file is skipped",
            )
            return
        number += 1
        origin = f"{name}#record {number}"
        try:
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if not content_type.startswith(HTML_TYPES):
                continue
            n_pages += 1
            body = record.content_stream().read()
            charset = _charset(content_type)
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                crawl_date = parse_date(record.rec_headers.get_header("WARC-Date"))
            except ValueError:
                crawl_date = None
            html = decode_html(body, charset)
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop the file
            yield InputProblem(input=origin, problem=f"cannot read this WARC record ({exc.__class__.__name__}: {exc})")
            continue
        yield read_html(html, name=origin, origin=origin, max_chars=max_chars, url=url, published=published, fallback_date=crawl_date)
    if n_pages == 0:
        yield InputProblem(input=name, problem=f"no HTML response records among its {number} WARC records")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _offset(records: object) -> str:
    try:
        return str(records.get_record_offset())  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001
        return "unknown"
