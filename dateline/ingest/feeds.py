"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml``) through feedparser.

Each entry becomes one Article: its longest content (or the summary),
stripped of HTML, its title, its link as the url, and its own published (or
updated) date; the caller's ``--published`` only fills entries without one.
The source is the feed's title, else the site's domain.

feedparser reads broken feeds as far as it can and flags them ("bozo"):
when entries still come out we read them and report one problem line for
the feed; a broken feed with no entries is one problem.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from dateline.ingest.checks import make_article
from dateline.ingest.html import html_to_text
from dateline.ingest.metadata import parse_date
from dateline.types import Article, InputProblem


def looks_like_feed(head: bytes) -> bool:
    """Sniff the first bytes: an RSS, RDF or Atom root element."""
    sample = head[:2048].lower()
    return b"<rss" in sample or b"<feed" in sample or b"<rdf:rdf" in sample


def read_feed_bytes(
    data: bytes,
    *,
    name: str,
    published: dt.date | None,
    max_chars: int,
) -> Iterator[Article | InputProblem]:
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # noqa: BLE001 - feedparser can raise on undecodable bytes
        yield InputProblem(input=name, problem=f"not a readable RSS/Atom feed ({exc.__class__.__name__}: {exc})")
        return
    entries: list[Any] = list(parsed.entries)
    if parsed.bozo:
        reason = str(parsed.get("bozo_exception", "unknown error")).strip() or "unknown error"
        if not entries:
            yield InputProblem(input=name, problem=f"not a readable RSS/Atom feed ({reason})")
            return
        yield InputProblem(input=name, problem=f"feed is not well-formed ({reason}); read {len(entries)} entries anyway")
    elif not entries:
        yield InputProblem(input=name, problem="feed has no entries")
        return
    feed = parsed.feed
    link = feed.get("link") or ""
    source = feed.get("title") or (urlsplit(link).hostname if link else None)
    for number, entry in enumerate(entries, start=1):
        yield _entry_article(entry, number, name=name, source=source, published=published, max_chars=max_chars)


def _entry_article(
    entry: Any, number: int, *, name: str, source: str | None, published: dt.date | None, max_chars: int
) -> Article | InputProblem:
    bodies = [c.get("value", "") for c in entry.get("content", []) or []]
    bodies.append(entry.get("summary", "") or "")
    text = html_to_text(max(bodies, key=len))
    # dict.get: feedparser's own .get("updated_parsed") falls back with a DeprecationWarning
    own = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    try:
        own_date = parse_date(own) if own else None
    except ValueError:
        own_date = None
    title = html_to_text(entry.get("title", "") or "") or None
    origin = f"{name}#entry {number}"
    article = make_article(
        text,
        input_name=origin,
        origin=origin,
        max_chars=max_chars,
        title=title,
        url=entry.get("link"),
        published=own_date or published,
        source=source,
        what=f"feed entry {number}" + (f" ('{title}')" if title else ""),
    )
    return article
