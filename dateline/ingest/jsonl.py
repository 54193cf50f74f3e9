"""JSON Lines (``.jsonl``, ``.ndjson``, ``.json``): one article per line.

Each line is an object with ``text`` and optionally ``id``, ``title``,
``published`` (ISO date or datetime; ``date`` is accepted too), ``url``,
``source`` and ``dateline``.  A ``.json`` file holding one array of such
objects, or one (pretty-printed) object, is read too.  A bad line (not JSON,
not an object, no text, a date that is not ISO, longer than the record cap)
is reported with its line number and the file goes on; lines are read one at
a time, so a file of any length costs the memory of one line.

``text`` is kept exactly as given (leading blank lines, a dateline and all),
so evidence offsets index the user's own string.  The line's own
``published`` wins; the caller's ``--published`` only fills lines that have
none.  A ``url`` that does not parse is dropped, not fatal.
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from dateline.ingest.checks import make_article, quote
from dateline.ingest.metadata import host_of, parse_date, valid_url
from dateline.ingest.streams import CHUNK, read_capped
from dateline.types import Article, InputProblem

if TYPE_CHECKING:
    from dateline.ingest.registry import ReadOptions
    from dateline.ingest.sources import Source

FIELDS = ("id", "text", "title", "published", "date", "url", "source", "dateline")
MAX_JSON_ARRAY_BYTES = 64 << 20


def read(stream: BinaryIO, source: "Source", options: "ReadOptions") -> Iterator[Article | InputProblem]:
    name = source.name
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    head = buffered.peek(4096)[:4096]  # type: ignore[attr-defined]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text_stream = io.TextIOWrapper(buffered, encoding="utf-16", newline="")  # type: ignore[arg-type]
        yield from read_lines(_text_lines(text_stream, options.max_record_bytes), name=name, options=options, first=source.first_item)
        return
    lead = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if lead.startswith(b"[") or (name.lower().endswith(".json") and lead.startswith(b"{")):
        data = read_capped(buffered, MAX_JSON_ARRAY_BYTES, "JSON file (convert it to JSON Lines to read more)")  # type: ignore[arg-type]
        if lead.startswith(b"[") or _one_json_value(data):
            yield from read_json_array(data, name=name, options=options)
            return
        buffered = io.BytesIO(data)
    yield from read_lines(_byte_lines(buffered, options.max_record_bytes), name=name, options=options, first=source.first_item, part=source.part)


def _byte_lines(stream: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Lines of at most ``limit`` bytes; a longer line is skipped (None) without holding it."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (more := stream.readline(CHUNK)) and not more.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def _text_lines(stream: io.TextIOWrapper, limit: int) -> Iterator[bytes | None]:
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            while (more := stream.readline(CHUNK)) and not more.endswith("\n"):
                pass
            yield None
            continue
        yield line.encode("utf-8")


def read_lines(
    lines: Iterable[bytes | None], *, name: str, options: "ReadOptions", first: int = 1, part: bool = False
) -> Iterator[Article | InputProblem]:
    """Numbered byte lines (None: a line over the cap); blank lines are skipped silently."""
    n_items = 0
    for number, raw in enumerate(lines, start=first):
        if raw is None:
            n_items += 1
            yield InputProblem(input=name, line=number, problem=f"line is longer than {options.max_record_bytes:,} bytes; line skipped")
            continue
        if not raw.strip():
            continue
        n_items += 1
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield InputProblem(input=name, line=number, problem=f"line is not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); line skipped")
            continue
        try:
            item = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            why = f"{exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            yield InputProblem(input=name, line=number, problem=f"malformed JSON ({why}); line skipped")
            continue
        yield read_item(item, name=name, line=number, origin=f"{name}:{number}", options=options)
    if n_items == 0 and not part:
        yield InputProblem(input=name, problem="empty JSON Lines file: no articles in it")


def read_json_array(data: bytes, *, name: str, options: "ReadOptions") -> Iterator[Article | InputProblem]:
    """A ``.json`` file holding one array of article objects (or a single object)."""
    from dateline.ingest.checks import decode_text

    try:
        items = json.loads(decode_text(data, name))
    except ValueError as exc:
        where = f"{exc.msg} at line {exc.lineno} column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else str(exc)
        yield InputProblem(input=name, problem=f"malformed JSON ({where})")
        return
    except RecursionError:
        yield InputProblem(input=name, problem="malformed JSON (nested too deeply)")
        return
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list) or not items:
        yield InputProblem(input=name, problem="expected a JSON array of article objects (or one object per line)")
        return
    for index, item in enumerate(items):
        yield read_item(item, name=name, line=None, origin=f"{name}[{index}]", options=options)


def _one_json_value(data: bytes) -> bool:
    try:
        json.loads(data)
    except (ValueError, RecursionError):
        return False
    return True


def read_item(item: Any, *, name: str, line: int | None, origin: str, options: "ReadOptions") -> Article | InputProblem:
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
        if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int))):
            return InputProblem(input=name, line=line, problem=f"'{key}' must be a string, got {type(value).__name__}; skipped")
        strings[key] = str(value) if value not in (None, "") else None
    try:
        own_date = parse_date(item.get("published", item.get("date")))
    except ValueError as exc:
        return InputProblem(input=name, line=line, problem=f"{exc}; {where} skipped")
    url = valid_url(strings["url"])
    if strings["id"] is not None and len(strings["id"]) > 200:
        return InputProblem(input=name, line=line, problem=f"'id' is longer than 200 characters ({quote(strings['id'], 40)}); skipped")
    return make_article(
        text,
        input_name=name,
        origin=origin,
        line=line,
        max_chars=options.max_chars,
        id=strings["id"] or "",
        title=strings["title"],
        url=url,
        published=own_date or options.published,
        source=strings["source"] or host_of(url),
        dateline=strings["dateline"],
    )
