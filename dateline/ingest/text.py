"""Plain-text reports (``.txt``): one file, one article.

The file must be UTF-8.  A first line that is clearly a headline (short,
no closing full stop, followed by a blank line) becomes ``Article.title``;
a "By ..." byline on its own line after it is dropped; a leading dateline
("Al Mukalla:", "KABUL —") becomes ``Article.dateline`` and is cut from
``Article.text`` (see metadata.py for why).  Apart from those cuts, stripped
outer whitespace and CRLF -> LF, the text is the file's.
Plain text carries no date, so ``published`` is the caller's ``--published``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from dateline.ingest.checks import decode_text, make_article
from dateline.ingest.metadata import normalise_newlines, split_byline, split_headline
from dateline.types import Article, InputProblem


def read_text_bytes(
    data: bytes,
    *,
    name: str,
    source: str | None,
    published: dt.date | None,
    max_chars: int,
) -> Iterator[Article | InputProblem]:
    try:
        text = decode_text(data, name)
    except ValueError as exc:
        yield InputProblem(input=name, problem=f"file {exc}")
        return
    yield from read_text_string(text, name=name, source=source, published=published, max_chars=max_chars)


def read_text_string(
    text: str,
    *,
    name: str,
    source: str | None,
    published: dt.date | None,
    max_chars: int,
) -> Iterator[Article | InputProblem]:
    text = normalise_newlines(text)
    title, body = split_headline(text) if len(text) <= max_chars else (None, text)
    _, body = split_byline(body)
    yield make_article(
        body, input_name=name, origin=name, max_chars=max_chars, title=title, published=published, source=source
    )
