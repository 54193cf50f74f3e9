"""Turn extracted text into an Article, or say plainly why it cannot be one.

Every reader ends here, so the same rules hold for every format: an empty
report, one longer than ``max_chars`` (almost always a whole site dump or a
wrong file, and slow to parse), and a report not in English become an
``InputProblem`` naming the input; everything else becomes an ``Article``
with its dateline cut off (see metadata.py).
"""

from __future__ import annotations

import datetime as dt

from dateline.ingest.language import detect_language, language_name
from dateline.ingest.metadata import normalise_newlines, split_dateline
from dateline.types import Article, InputProblem


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without a byte-order mark) or a ValueError that says so.

    We do not guess Latin-1 or Windows-1252: a wrong guess silently turns
    place names into mojibake, which is worse than asking for a re-encode.
    """
    for encoding in ("utf-8", "utf-8-sig"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            error = exc
            continue
        return text[1:] if text.startswith("\ufeff") else text
    raise ValueError(
        f"is not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); "
        f"re-encode it as UTF-8, e.g. `iconv -f latin1 -t utf-8 {name}`"
    )


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
    what: str = "article",
) -> Article | InputProblem:
    """Checks (empty, too long, not English), dateline split, then the Article."""

    def problem(message: str) -> InputProblem:
        return InputProblem(input=input_name, problem=message, line=line)

    text = normalise_newlines(text)
    if not text.strip():
        return problem(f"empty {what}: no text to read")
    if len(text) > max_chars:
        return problem(f"{what} is too long ({len(text):,} characters; the limit is {max_chars:,}); split it or raise max_chars")
    language = detect_language(text)
    if language != "en":
        return problem(f"{what} is not in English (looks {language_name(language)}); dateline reads English reports only")
    if dateline is None:
        dateline, text = split_dateline(text)
    text = text.strip()
    if not text:
        return problem(f"empty {what}: nothing after the dateline '{dateline}'")
    return Article(
        id=id or "",
        url=url or None,
        title=(title or "").strip() or None,
        text=text,
        published=published,
        source=source or None,
        dateline=dateline,
        origin=origin,
    )
