"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml``) through feedparser.

Each entry becomes one Article: its longest content (or the summary),
stripped of HTML (hidden text dropped), its title, its link as the url, and
its own published (or updated) date; the caller's ``--published`` only fills
entries without one.  The source is the feed's title, else the site's domain.
The text ``dateline read`` prints is the text evidence offsets index.

feedparser reads broken feeds as far as it can and flags them ("bozo"):
when entries still come out we read them and report one problem line for
the feed; a broken feed with no entries is one problem.  A link that does
not parse as a URL is dropped, not fatal; one entry that fails is one
problem and the feed goes on.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from dateline.ingest.checks import make_article, quote
from dateline.ingest.html import html_to_text
from dateline.ingest.metadata import host_of, parse_date, valid_url
from dateline.ingest.streams import read_capped
from dateline.limits import TimeLimitExceeded, deadline
from dateline.types import Article, InputProblem

if TYPE_CHECKING:
    from dateline.ingest.registry import ReadOptions
    from dateline.ingest.sources import Source


def looks_like_feed(head: bytes) -> bool:
    """Sniff the first bytes: an RSS, RDF or Atom root element."""
    sample = head[:2048].lower()
    return b"<rss" in sample or b"<feed" in sample or b"<rdf:rdf" in sample


def read(stream: BinaryIO, source: "Source", options: "ReadOptions") -> Iterator[Article | InputProblem]:
    name = source.name
    data = read_capped(stream, options.max_record_bytes, "feed")
    if not looks_like_feed(data):
        if b"<html" in data[:4096].lower():  # a web page saved as .xml
            from dateline.ingest import html

            yield from html.read(io.BytesIO(data), source, options)
        else:
            yield InputProblem(input=name, problem="not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)")
        return
    import feedparser

    try:
        with deadline(options.time_limit):
            parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except TimeLimitExceeded as exc:
        yield InputProblem(input=name, problem=f"feed {exc}; skipped")
        return
    except Exception as exc:  # noqa: BLE001 - feedparser can raise on undecodable bytes
        yield InputProblem(input=name, problem=f"not a readable RSS/Atom feed ({exc.__class__.__name__}: {quote(str(exc))})")
        return
    entries: list[Any] = list(parsed.entries)
    if parsed.bozo:
        reason = quote(str(parsed.get("bozo_exception", "unknown error")).strip() or "unknown error")
        if not entries:
            yield InputProblem(input=name, problem=f"not a readable RSS/Atom feed ({reason})")
            return
        yield InputProblem(input=name, problem=f"feed is not well-formed ({reason}); read {len(entries)} entries anyway")
    elif not entries:
        yield InputProblem(input=name, problem="feed has no entries")
        return
    feed = parsed.feed
    link = valid_url(feed.get("link"))
    title = feed.get("title")
    site = (title if isinstance(title, str) and title.strip() else None) or host_of(link)
    for number, entry in enumerate(entries, start=1):
        origin = f"{name}#entry {number}"
        item: Article | InputProblem
        try:
            with deadline(options.time_limit):  # never yield inside: the limit would run on while the caller works
                item = _entry_article(entry, number, origin=origin, source=site, options=options)
        except TimeLimitExceeded as exc:
            item = InputProblem(input=origin, problem=f"feed entry {exc}; skipped")
        except Exception as exc:  # noqa: BLE001 - one odd entry must not lose the others
            item = InputProblem(input=origin, problem=f"cannot read the feed entry ({exc.__class__.__name__}: {quote(str(exc))}); skipped")
        yield item


def _entry_article(entry: Any, number: int, *, origin: str, source: str | None, options: "ReadOptions") -> Article | InputProblem:
    bodies = [c.get("value", "") or "" for c in entry.get("content", []) or [] if isinstance(c, dict)]
    bodies.append(entry.get("summary", "") or "")
    text = html_to_text(max((b for b in bodies if isinstance(b, str)), key=len, default=""))
    # dict.get: feedparser's own .get("updated_parsed") falls back with a DeprecationWarning
    own = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    try:
        own_date = parse_date(own) if own else None
    except ValueError:
        own_date = None
    raw_title = entry.get("title", "") or ""
    title = html_to_text(raw_title) if isinstance(raw_title, str) else ""
    shown = f" ({quote(title, 80)})" if title else ""
    return make_article(
        text,
        input_name=origin,
        origin=origin,
        max_chars=options.max_chars,
        title=title or None,
        url=valid_url(entry.get("link")),
        published=own_date or options.published,
        source=source,
        what=f"feed entry {number}{shown}",
    )

