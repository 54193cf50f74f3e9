"""Plain-text reports (``.txt``): one file, one article.

The text is the file's, exactly: UTF-8 (with or without a byte-order mark)
or UTF-16, decoded and nothing else, so evidence offsets index the file as
the user wrote it (line ends, leading blank lines and all).  A first line that
is clearly a headline (short, no closing full stop, followed by a blank line)
is noted as ``Article.title``, a leading dateline ("Al Mukalla:", "KABUL —")
as ``Article.dateline``; both stay in the text, and ``Article.body_start``
says where the report itself begins.
Plain text carries no date, so ``published`` is the caller's ``--published``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, BinaryIO

from dateline.ingest.checks import decode_text, make_article
from dateline.ingest.streams import read_capped
from dateline.types import Article, InputProblem

if TYPE_CHECKING:
    from dateline.ingest.registry import ReadOptions
    from dateline.ingest.sources import Source

BYTES_PER_CHAR = 4  # the most UTF-8 needs for one character


def read(stream: BinaryIO, source: "Source", options: "ReadOptions") -> Iterator[Article | InputProblem]:
    limit = BYTES_PER_CHAR * options.max_chars + 4
    if source.size is not None and source.size > limit and not source.name.lower().endswith(".gz"):
        yield InputProblem(input=source.name, problem=f"file is too large ({source.size:,} bytes) for one article of at most {options.max_chars:,} characters; skipped")
        return
    data = read_capped(stream, limit, "file")
    try:
        text = decode_text(data, source.name)
    except ValueError as exc:
        yield InputProblem(input=source.name, problem=f"file {exc}")
        return
    yield article_from_string(text, name=source.name, origin=source.name, options=options, source=source.stem)


def article_from_string(text: str, *, name: str, origin: str, options: "ReadOptions", source: str | None = None) -> Article | InputProblem:
    return make_article(
        text, input_name=name, origin=origin, max_chars=options.max_chars, published=options.published, source=source, find_headline=True
    )
