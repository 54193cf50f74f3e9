"""Property tests of every reader: whatever the bytes, Articles or problems come out, never an
exception; an Article's text is the input's text (txt, JSONL) and its hints point inside it."""

from __future__ import annotations

from fuzz_strategies import feeds, html_pages, jsonl_files, texts, warcs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.ingest import ReadOptions, read_bytes
from dateline.types import Article, InputProblem

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OPTIONS = ReadOptions(time_limit=10.0)


def read(data: bytes, fmt: str | None) -> list[Article | InputProblem]:
    items = list(read_bytes(data, f"fuzz.{fmt or 'x'}", fmt, options=OPTIONS))
    for item in items:
        assert isinstance(item, (Article, InputProblem))
        if isinstance(item, Article):
            assert item.text.strip() and 0 <= item.body_start <= len(item.text)
        else:
            assert len(str(item)) < 1000
    return items


@FAST
@given(texts, st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_text_reader_keeps_the_text_exactly(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    for item in read(data, "txt"):
        if isinstance(item, Article):
            assert item.text == text.lstrip("\ufeff") or item.text == text


@FAST
@given(st.binary(max_size=300))
def test_any_bytes_as_any_format(data: bytes) -> None:
    for fmt in ("txt", "jsonl", "html", "feed", "warc", None):
        read(data, fmt)


@FAST
@given(jsonl_files())
def test_jsonl_reader(data: bytes) -> None:
    import json

    items = read(data, "jsonl")
    given_texts = set()
    for line in data.splitlines():
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict) and isinstance(value.get("text"), str):
            given_texts.add(value["text"])
    for item in items:
        if isinstance(item, Article):
            assert item.text in given_texts  # exactly as given


@FAST
@given(html_pages())
def test_html_reader(page: str) -> None:
    read(page.encode("utf-8", "surrogatepass"), "html")


@FAST
@given(feeds())
def test_feed_reader(data: bytes) -> None:
    read(data, "feed")


@FAST
@given(warcs())
def test_warc_reader(data: bytes) -> None:
    read(data, "warc")
