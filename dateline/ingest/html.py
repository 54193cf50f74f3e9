"""HTML pages (``.html``, ``.htm``; also WARC responses) through trafilatura.

trafilatura drops navigation, adverts and comments and gives the article
body, its title and (via htmldate) the publication date from the page's
metadata, URL or time elements.  We ask htmldate not to search the free
text for dates, since a body full of event dates is exactly where a guess
would go wrong.  The text ``dateline read`` prints is the text evidence
offsets index.

Before trafilatura sees a page we parse it ourselves with lxml, so that:
- text a reader never sees is never read: ``<template>`` content and
  elements marked ``hidden``, ``aria-hidden="true"`` or ``display: none``
  are dropped (they made up events);
- declarations at the top (``<?xml ...``, ``<!DOCTYPE ...``) are dropped
  first: a malformed ``<?xml`` makes libxml2's HTML parser quadratic (200k
  characters took minutes), and trafilatura's own doctype repair is a
  backtracking regular expression on the first line;
- parsing and extraction run under the per-document time limit.

Published date precedence: the caller's ``--published`` wins when given
(the user said when this page was published), else the page's own date,
else ``fallback_date`` (the WARC-Date for archived pages), else None.

Bytes are decoded with the charset the server or the page declares, else as
UTF-8 (or UTF-16 with a byte-order mark); undecodable pages are reported,
never decoded into mojibake.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from html import escape as html_escape
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from dateline.ingest.checks import make_article, quote
from dateline.ingest.metadata import host_of, normalise_newlines, parse_date, valid_url
from dateline.ingest.streams import read_capped
from dateline.limits import TimeLimitExceeded, deadline
from dateline.types import Article, InputProblem

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from dateline.ingest.registry import ReadOptions
    from dateline.ingest.sources import Source

_META_CHARSET = re.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_LEADING_SPACE = re.compile(r"\s*")
_STYLE = "translate(@style, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ ', 'abcdefghijklmnopqrstuvwxyz')"  # lower case, spaces gone
_HIDDEN = (
    "//template | //*[@hidden] | //*[@aria-hidden='true']"
    f" | //*[contains({_STYLE}, 'display:none')] | //*[contains({_STYLE}, 'visibility:hidden')]"
)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_BANG = re.compile(r"<!(?!--)")
_UNREAD = frozenset(("script", "style", "template", "noscript", "head", "title"))
_BLOCKS = frozenset("p div br li tr h1 h2 h3 h4 h5 h6 blockquote section article header footer ul ol table pre dd dt figcaption".split())


def read(stream: BinaryIO, source: "Source", options: "ReadOptions") -> Iterator[Article | InputProblem]:
    data = read_capped(stream, options.max_record_bytes, "page")
    try:
        html = decode_html(data)
    except ValueError as exc:
        yield InputProblem(input=source.name, problem=str(exc))
        return
    yield read_html(html, name=source.name, origin=source.name, options=options)


def decode_html(data: bytes, declared: str | None = None) -> str:
    """The page as text: a byte-order mark, the declared charset, the page's meta charset, then UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        data, declared = data[len(codecs.BOM_UTF8):], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = "utf-16"
    match = _META_CHARSET.search(data[:4096])
    charset = declared or (match.group(1).decode("ascii") if match else None) or "utf-8"
    try:
        codecs.lookup(charset)
    except LookupError:
        raise ValueError(f"page declares an unknown character set {quote(charset, 40)}") from None
    try:
        return data.decode(charset)
    except UnicodeDecodeError as exc:
        raise ValueError(f"page is not valid {charset} (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def read_html(
    html: str,
    *,
    name: str,
    origin: str,
    options: "ReadOptions",
    url: str | None = None,
    fallback_date: dt.date | None = None,
    source: str | None = None,
) -> Article | InputProblem:
    """One HTML page -> Article (or a problem naming ``name``), within the time limit."""
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml >= 5.2 without lxml_html_clean
        return InputProblem(input=name, problem=f"cannot read HTML: trafilatura failed to import ({exc})")
    url = valid_url(url)
    try:
        with deadline(options.time_limit):
            tree = parse_page(html)
            if tree is None:
                return InputProblem(input=name, problem="no article text found in the HTML page (nothing to parse)")
            doc = trafilatura.bare_extraction(
                tree,
                url=url,
                with_metadata=True,
                include_comments=False,
                include_tables=False,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
    except TimeLimitExceeded as exc:
        return InputProblem(input=name, problem=f"HTML page {exc}; skipped")
    except Exception as exc:  # noqa: BLE001 - a bad page must not stop the batch
        return InputProblem(input=name, problem=f"could not parse the HTML page ({exc.__class__.__name__}: {quote(str(exc))})")
    data: dict[str, Any] = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = data.get("text") or ""
    if not text.strip():
        return InputProblem(input=name, problem="no article text found in the HTML page")
    title = data.get("title") or None
    try:
        page_date = parse_date(data.get("date"))
    except ValueError:
        page_date = None
    return make_article(
        _paragraphs(normalise_newlines(text), title),
        input_name=name,
        origin=origin,
        max_chars=options.max_chars,
        title=title,
        url=url,
        published=options.published or page_date or fallback_date,
        source=data.get("sitename") or host_of(url) or source,
        what="page text",
    )


def parse_page(html: str) -> "HtmlElement | None":
    """The page's lxml tree without leading declarations and without hidden elements; None when empty."""
    import lxml.etree
    import lxml.html

    html = normalise_newlines(_drop_declarations(html))  # C1 controls would be dropped by the parser, not repaired
    if not html.strip():
        return None
    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except ValueError:  # an encoding declaration inside a str
        tree = lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except lxml.etree.ParserError:
        return None
    for element in tree.xpath(_HIDDEN):
        if element.getparent() is not None:
            element.drop_tree()
    return tree


def _drop_declarations(html: str) -> str:
    """``html`` without the ``<?...>`` and ``<!...>`` declarations at its top (comments are kept)."""
    pos = 0
    while True:
        pos = _LEADING_SPACE.match(html, pos).end()  # type: ignore[union-attr]
        if not html.startswith(("<?", "<!"), pos) or html.startswith("<!--", pos):
            return html[pos:] if pos else html
        end = html.find(">", pos, pos + 4096)
        pos = end + 1 if end >= 0 else pos + 2


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


def html_to_text(fragment: str) -> str:
    """A light HTML-to-text for feed summaries: block tags become paragraph breaks, hidden text is dropped."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    # In a summary, "<![CDATA[...]]>" and a stray "<![" are an author's text, not markup to hide.
    fragment = _BANG.sub("&lt;!", _CDATA.sub(lambda m: html_escape(m.group(1)), fragment))
    tree = parse_page(f"<html><body><div>{fragment}</div></body></html>")
    if tree is None:
        return ""
    parts: list[str] = []
    _collect(tree, parts)
    paragraphs = (" ".join(p.split()) for p in "".join(parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _collect(element: "HtmlElement", parts: list[str]) -> None:
    """Text of ``element`` in document order, with paragraph breaks around block elements."""
    stack: list[tuple[Any, bool]] = [(element, False)]
    while stack:  # iterative: a page nested thousands deep must not hit the recursion limit
        node, closing = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        if closing:
            if tag in _BLOCKS:
                parts.append("\n\n")
            if node.tail:
                parts.append(node.tail)
            continue
        if tag in _UNREAD:
            if node.tail:
                parts.append(node.tail)
            continue
        if tag in _BLOCKS:
            parts.append("\n\n")
        if node.text and tag:
            parts.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
