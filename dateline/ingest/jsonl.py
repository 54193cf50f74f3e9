"""JSON Lines (``.jsonl``, ``.ndjson``, ``.json``): one article per line.

Each line is an object with ``text`` and optionally ``id``, ``title``,
``published`` (ISO date or datetime; ``date`` is accepted too), ``url``,
``source`` and ``dateline``.  A ``.json`` file holding one array of such
objects, or one (pretty-printed) object, is read too.  A bad line (not JSON, not an object, no text, a date
that is not ISO) is reported with its line number and the file goes on.
The line's own ``published`` wins; the caller's ``--published`` only fills
lines that have none.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from dateline.ingest.checks import make_article
from dateline.ingest.metadata import parse_date
from dateline.types import Article, InputProblem

FIELDS = ("id", "text", "title", "published", "date", "url", "source", "dateline")


def read_jsonl_lines(
    lines: Iterable[bytes],
    *,
    name: str,
    published: dt.date | None,
    max_chars: int,
) -> Iterator[Article | InputProblem]:
    """Read numbered byte lines; blank lines are skipped silently."""
    n_items = 0
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        n_items += 1
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield InputProblem(input=name, line=number, problem=f"line is not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); line skipped")
            continue
        try:
            item = json.loads(line.strip())
        except json.JSONDecodeError as exc:
            yield InputProblem(input=name, line=number, problem=f"malformed JSON ({exc.msg} at column {exc.colno}); line skipped")
            continue
        yield read_item(item, name=name, line=number, origin=f"{name}:{number}", published=published, max_chars=max_chars)
    if n_items == 0:
        yield InputProblem(input=name, problem="empty JSON Lines file: no articles in it")


def read_json_array(data: str, *, name: str, published: dt.date | None, max_chars: int) -> Iterator[Article | InputProblem]:
    """A ``.json`` file holding one array of article objects (or a single object)."""
    try:
        items = json.loads(data)
    except json.JSONDecodeError as exc:
        yield InputProblem(input=name, line=exc.lineno, problem=f"malformed JSON ({exc.msg} at column {exc.colno})")
        return
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list) or not items:
        yield InputProblem(input=name, problem="expected a JSON array of article objects (or one object per line)")
        return
    for index, item in enumerate(items):
        yield read_item(item, name=name, line=None, origin=f"{name}[{index}]", published=published, max_chars=max_chars)


def read_item(
    item: Any, *, name: str, line: int | None, origin: str, published: dt.date | None, max_chars: int
) -> Article | InputProblem:
    """One decoded JSON value -> Article, or a problem naming the line."""
    where = f"line {line}" if line is not None else origin
    if not isinstance(item, dict):
        return InputProblem(input=name, line=line, problem=f"expected a JSON object with a 'text' key, got {type(item).__name__}; skipped")
    text = item.get("text")
    if not isinstance(text, str):
        got = "no 'text' key" if text is None else f"'text' is {type(text).__name__}, not a string"
        return InputProblem(input=name, line=line, problem=f"{got}; {where} skipped")
    strings: dict[str, str | None] = {}
    for key in ("id", "title", "url", "source", "dateline"):
        value = item.get(key)
        if value is not None and not isinstance(value, (str, int)):
            return InputProblem(input=name, line=line, problem=f"'{key}' must be a string, got {type(value).__name__}; skipped")
        strings[key] = str(value) if value not in (None, "") else None
    try:
        own_date = parse_date(item.get("published", item.get("date")))
    except ValueError as exc:
        return InputProblem(input=name, line=line, problem=f"{exc}; {where} skipped")
    url = strings["url"]
    source = strings["source"] or (urlsplit(url).hostname if url else None)
    return make_article(
        text,
        input_name=name,
        origin=origin,
        line=line,
        max_chars=max_chars,
        id=strings["id"] or "",
        title=strings["title"],
        url=url,
        published=own_date or published,
        source=source,
        dateline=strings["dateline"],
    )
