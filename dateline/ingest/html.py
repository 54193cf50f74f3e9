"""HTML pages (``.html``, ``.htm``; also WARC responses) through trafilatura.

trafilatura drops navigation, adverts and comments and gives the article
body, its title and (via htmldate) the publication date from the page's
metadata, URL or time elements.  We ask htmldate not to search the free
text for dates, since a body full of event dates is exactly where a guess
would go wrong.

Published date precedence: the caller's ``--published`` wins when given
(the user said when this page was published), else the page's own date,
else ``fallback_date`` (the WARC-Date for archived pages), else None.

Bytes are decoded with the charset the server or the page declares, else as
UTF-8; undecodable pages are reported, never decoded into mojibake.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from dateline.ingest.checks import make_article
from dateline.ingest.metadata import normalise_newlines, parse_date
from dateline.types import Article, InputProblem

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BLOCKS = frozenset("p div br li tr h1 h2 h3 h4 h5 h6 blockquote section article header footer ul ol table pre dd dt figcaption".split())


def decode_html(data: bytes, declared: str | None = None) -> str:
    """The page as text: declared charset, then the page's meta charset, then UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        data, declared = data[len(codecs.BOM_UTF8):], "utf-8"
    match = _META_CHARSET.search(data[:4096])
    charset = declared or (match.group(1).decode("ascii") if match else None) or "utf-8"
    try:
        codecs.lookup(charset)
    except LookupError:
        raise ValueError(f"page declares an unknown character set '{charset}'") from None
    try:
        return data.decode(charset)
    except UnicodeDecodeError as exc:
        raise ValueError(f"page is not valid {charset} (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def read_html(
    html: str,
    *,
    name: str,
    origin: str,
    max_chars: int,
    url: str | None = None,
    published: dt.date | None = None,
    fallback_date: dt.date | None = None,
    source: str | None = None,
) -> Article | InputProblem:
    """One HTML page -> Article (or a problem naming ``name``)."""
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml >= 5.2 without lxml_html_clean
        return InputProblem(input=name, problem=f"cannot read HTML: trafilatura failed to import ({exc})")
    html = normalise_newlines(html)  # C1 controls would be dropped by the parser, not repaired
    if len(html) > 50 * max_chars:
        return InputProblem(input=name, problem=f"page is too large ({len(html):,} characters of HTML); skipped")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # noqa: BLE001 - a bad page must not stop the batch
        return InputProblem(input=name, problem=f"could not parse the HTML page ({exc.__class__.__name__}: {exc})")
    data: dict[str, Any] = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = data.get("text") or ""
    if not text.strip():
        return InputProblem(input=name, problem="no article text found in the HTML page")
    title = data.get("title") or None
    page_date: dt.date | None = None
    try:
        page_date = parse_date(data.get("date"))
    except ValueError:
        page_date = None
    host = urlsplit(url).hostname if url else None
    return make_article(
        _paragraphs(text, title),
        input_name=name,
        origin=origin,
        max_chars=max_chars,
        title=title,
        url=url,
        published=published or page_date or fallback_date,
        source=data.get("sitename") or host or source,
        what="page text",
    )


def _paragraphs(text: str, title: str | None) -> str:
    """One paragraph per line becomes blank-line separated.

    The headline repeated in the first lines is dropped, with any menu or
    breadcrumb line above it (trafilatura keeps those on very short pages).
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if title:
        wanted = " ".join(title.split()).lower()
        for index, line in enumerate(lines[:3]):
            if " ".join(line.split()).lower() == wanted and index + 1 < len(lines):
                lines = lines[index + 1:]
                break
    return "\n\n".join(lines)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """A light HTML-to-text for feed summaries: block tags become paragraph breaks."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    paragraphs = (" ".join(p.split()) for p in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)
