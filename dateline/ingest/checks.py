"""Turn text into an Article, or say plainly why it cannot be one.

Every reader ends here, so the same rules hold for every format: an empty
report, one longer than ``max_chars`` (almost always a whole site dump or a
wrong file, and slow to parse), and a report not in English become an
``InputProblem`` naming the input; everything else becomes an ``Article``.

The text is never changed here: a headline, byline or dateline at the top is
noted (``title``, ``dateline``, ``body_start``) and stays in the text, so
every evidence offset indexes the text as the reader produced it (for txt and
JSONL, exactly as the user gave it).
"""

from __future__ import annotations

import codecs
import datetime as dt

from dateline.ingest.language import detect_language, language_name
from dateline.ingest.metadata import split_byline, split_dateline, split_headline
from dateline.types import Article, InputProblem

QUOTE_CHARS = 200


def quote(value: object, limit: int = QUOTE_CHARS) -> str:
    """A piece of input for a message: repr-escaped, at most ``limit`` characters."""
    text = value if isinstance(value, str) else repr(value)
    text = text[: limit + 1]
    shown = repr(text[:limit])[1:-1]
    return f"'{shown[:limit]}…'" if len(text) > limit or len(shown) > limit else f"'{shown}'"


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 or UTF-16 (byte-order mark or a clear pattern of zero bytes), else a ValueError that says so.

    We do not guess Latin-1 or Windows-1252: a wrong guess silently turns
    place names into mojibake, which is worse than asking for a re-encode.
    """
    encoding = _utf16(data)
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise ValueError(f"looks like UTF-16 but is not valid {encoding} (at byte {exc.start}); re-save it as UTF-8") from None
        return text[1:] if text.startswith("\ufeff") else text
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"is not UTF-8 or UTF-16 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            f"re-encode it as UTF-8, e.g. `iconv -f windows-1252 -t utf-8 {name}` for a Western European file"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def _utf16(data: bytes) -> str | None:
    """'utf-16' when the bytes start with its byte-order mark or look like BOM-less UTF-16 text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:4000]
    if len(head) >= 8:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
            return "utf-16-le"
        if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
            return "utf-16-be"
    return None


def analysis_view(text: str) -> str:
    """The text with CR line ends seen as LF, one character for one, for the headline/dateline rules."""
    return text.replace("\r\n", " \n").replace("\r", "\n") if "\r" in text else text


def make_article(
    text: str,
    *,
    input_name: str,
    origin: str,
    max_chars: int,
    line: int | None = None,
    title: str | None = None,
    url: str | None = None,
    published: dt.date | None = None,
    source: str | None = None,
    id: str = "",
    dateline: str | None = None,
    find_headline: bool = False,
    what: str = "article",
) -> Article | InputProblem:
    """Checks (empty, too long, not English), the hints at the top of the text, then the Article."""

    def problem(message: str) -> InputProblem:
        return InputProblem(input=input_name, problem=message, line=line)

    if not text.strip():
        return problem(f"empty {what}: no text to read")
    if len(text) > max_chars:
        return problem(f"{what} is too long ({len(text):,} characters; the limit is {max_chars:,}); split it or raise max_chars")
    language = detect_language(text)
    if language != "en":
        return problem(f"{what} is not in English (looks {language_name(language)}); dateline reads English reports only")
    view = analysis_view(text)
    rest = view
    if find_headline:
        headline, rest = split_headline(rest)
        title = title or headline
        _, rest = split_byline(rest)
    if dateline is None:
        dateline, rest = split_dateline(rest)
    if not rest.strip():
        return problem(f"empty {what}: nothing after the dateline {quote(dateline)}")
    body_start = len(view) - len(rest.lstrip())
    return Article(
        id=id or "",
        url=url or None,
        title=(title or "").strip() or None,
        text=text,
        published=published,
        source=source or None,
        dateline=dateline,
        body_start=body_start,
        origin=origin,
    )
