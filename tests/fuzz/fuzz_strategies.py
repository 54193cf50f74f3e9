"""Hypothesis strategies for what users feed dateline: text, JSON lines, HTML, feeds, WARC records.

Built from pieces that break parsers (declarations, bad URLs, entities,
unclosed markup, control characters, odd encodings), mixed with plain words
so that some of the generated inputs are readable articles.
"""

from __future__ import annotations

import html
import io
import json

from hypothesis import strategies as st

WORDS = ["Gunmen", "killed", "two", "soldiers", "in", "Aden", "on", "Monday", "police", "said", "the", "village",
         "KABUL", "—", "(AP)", "_", "Al Mukalla:", "\n", "\n\n", "\r\n", " ", "3", "dozens", "12 May 2016"]
NASTY = ["<?xml ", "<!DOCTYPE ", "<![CDATA[", "&lt;![", "]]>", "<!--", "-->", "&amp;", "&#0;", "&#x110000;", "&bogus;",
         "http://[x", "\x00", "\x97", "\ufeff", "\ud7ff", "\u202e", "<", ">", '"', "'", "\\", "<script>", "</p>",
         "<template>", "<p hidden>", "<html/>", "\t", "%", "{", "}", "[", "]"]

piece = st.one_of(st.sampled_from(WORDS), st.sampled_from(NASTY), st.text(max_size=12))
texts = st.lists(piece, max_size=40).map(" ".join)
urls = st.one_of(st.none(), st.sampled_from(["https://example.org/a", "http://[x", "http://[::1", "", "ftp://x", "//x", "http://a b"]), st.text(max_size=20))
dates = st.one_of(st.none(), st.sampled_from(["2016-05-12", "2016-05-12T08:00:00Z", "12/05/2016", "2016-13-45", "", "9999-99-99"]),
                  st.text(max_size=30), st.integers(), st.floats(allow_nan=True))
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | texts, lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3), max_leaves=8)


@st.composite
def jsonl_files(draw: st.DrawFn) -> bytes:
    lines = []
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.integers(0, 4))
        if kind == 0:
            lines.append(draw(texts).encode("utf-8", "surrogatepass"))
        elif kind == 1:
            lines.append(json.dumps(draw(json_values)).encode())
        else:
            item = {"text": draw(st.one_of(texts, json_values)), "url": draw(urls), "published": draw(dates),
                    "id": draw(st.one_of(st.none(), st.text(max_size=8), st.integers())), "title": draw(st.one_of(st.none(), texts)),
                    "dateline": draw(st.one_of(st.none(), st.text(max_size=10)))}
            lines.append(json.dumps(item, ensure_ascii=draw(st.booleans()), allow_nan=True).encode("utf-8", "surrogatepass"))
    return b"\n".join(lines) + draw(st.sampled_from([b"", b"\n", b"\r\n"]))


tags = st.sampled_from(["p", "div", "article", "template", "script", "style", "nav", "h1", "title", "head", "body", "html", "table", "td", "br", "a", "span"])


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    parts = [draw(st.sampled_from(["", "<?xml version='1.0'?>", "<?xml ", "<!DOCTYPE html>", "<!DOCTYPE ", "\ufeff", "  "]))]
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.integers(0, 5))
        tag = draw(tags)
        if kind == 0:
            attrs = draw(st.sampled_from(["", " hidden", " style='display:none'", " aria-hidden='true'", " class=x", " href='http://[x'", " x='", ' charset="utf-16"']))
            parts.append(f"<{tag}{attrs}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(texts))
    return "".join(parts)


@st.composite
def feeds(draw: st.DrawFn) -> bytes:
    atom = draw(st.booleans())
    entries = []
    for _ in range(draw(st.integers(0, 4))):
        title = html.escape(draw(texts))
        body = draw(st.one_of(texts.map(html.escape), html_pages().map(html.escape), texts))
        link = html.escape(draw(urls) or "")
        date = html.escape(str(draw(dates)))
        if atom:
            entries.append(f"<entry><title>{title}</title><link href='{link}'/><published>{date}</published><content type='html'>{body}</content></entry>")
        else:
            entries.append(f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate><description>{body}</description></item>")
    head = draw(st.sampled_from(['<?xml version="1.0"?>', "", '<?xml version="1.0" encoding="latin-1"?>', "<?xml "]))
    channel_link = html.escape(draw(urls) or "")
    if atom:
        doc = f"{head}<feed xmlns='http://www.w3.org/2005/Atom'><title>{html.escape(draw(texts))}</title><link href='{channel_link}'/>{''.join(entries)}</feed>"
    else:
        doc = f"{head}<rss version='2.0'><channel><title>{html.escape(draw(texts))}</title><link>{channel_link}</link>{''.join(entries)}</channel></rss>"
    data = doc.encode("utf-8", "surrogatepass")
    cut = draw(st.integers(0, len(data)))
    return data if draw(st.booleans()) else data[:cut]


@st.composite
def warcs(draw: st.DrawFn) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=draw(st.booleans()))
    for n in range(draw(st.integers(0, 3))):
        ctype = draw(st.sampled_from(["text/html", "text/html; charset=utf-16", "text/html; charset=bogus", "image/png", "application/xhtml+xml"]))
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        payload = draw(html_pages()).encode("utf-8", "surrogatepass")
        uri = draw(st.sampled_from(["https://example.org/a", "http://[x", "", "x"]))
        fixed = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>", "WARC-Date": "2024-03-01T00:00:00Z"}  # same bytes every draw
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers, warc_headers_dict=fixed))
    data = bytearray(buf.getvalue())
    for _ in range(draw(st.integers(0, 3))):  # damage it
        if not data:
            break
        pos = draw(st.integers(0, len(data) - 1))
        if draw(st.booleans()):
            data[pos] = draw(st.integers(0, 255))
        else:
            del data[pos : pos + draw(st.integers(1, 50))]
    return bytes(data)
