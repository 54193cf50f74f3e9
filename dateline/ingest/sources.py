"""What to read: files, directories and standard input turned into ``Source`` items.

Directories are walked in sorted order, hidden entries skipped.  The walk is
safe on the file systems users actually have: a symlink loop is followed
once (every directory and every file is read at most once, by device and
inode, however many links lead to it), and a directory or file that cannot
be listed or opened is one problem line, never a traceback.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from dateline.ingest.registry import format_of, known_suffixes, stem_of
from dateline.types import InputProblem

STDIN_NAME = "<stdin>"


@dataclass
class Source:
    """One input to read: a name for messages, a format (None: sniff), a way to open it."""

    name: str
    format: str | None
    open: Callable[[], BinaryIO] = field(repr=False)
    stem: str | None = None  # file name without suffixes: the default source of a txt article
    size: int | None = None  # bytes on disk, when known
    # A part of a file (a shard of JSON lines, a run of WARC records, for Dask): its first line or
    # record number, so that origins name the same line or record as a whole-file read does.
    first_item: int = 1
    part: bool = False


def expand(inputs: Iterable[str], input_format: str | None = None) -> Iterator[Source | InputProblem]:
    """Every readable input named by ``inputs`` (``-`` is standard input), or a problem for it."""
    seen: set[tuple[int, int]] = set()
    for spec in inputs:
        if spec == "-":
            yield Source(STDIN_NAME, input_format, lambda: sys.stdin.buffer)
            continue
        path = Path(spec)
        try:
            info = path.stat()
        except FileNotFoundError:
            yield InputProblem(input=spec, problem="no such file or directory" if not path.is_symlink() else "a broken symbolic link")
            continue
        except OSError as exc:
            yield InputProblem(input=spec, problem=f"cannot read it ({_reason(exc)})")
            continue
        if stat.S_ISDIR(info.st_mode):
            found = False
            for item in _walk(path, seen, input_format):
                found = found or isinstance(item, Source)
                yield item
            if not found:
                yield InputProblem(input=spec, problem="directory holds no files to read (hidden files are skipped)")
        else:
            yield from _file(path, info, seen, input_format)


def _walk(directory: Path, seen: set[tuple[int, int]], input_format: str | None = None) -> Iterator[Source | InputProblem]:
    """Files under ``directory``, sorted, hidden entries skipped, each directory and file once."""
    try:
        info = directory.stat()
    except OSError as exc:
        yield InputProblem(input=str(directory), problem=f"cannot read the directory ({_reason(exc)})")
        return
    key = (info.st_dev, info.st_ino)
    if key in seen:
        return  # a symlink back to a directory already read: follow a loop once only
    seen.add(key)
    try:
        with os.scandir(directory) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield InputProblem(input=str(directory), problem=f"cannot list the directory ({_reason(exc)}); skipped")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            child = path.stat()
        except OSError as exc:
            problem = "a broken symbolic link" if isinstance(exc, FileNotFoundError) else f"cannot read it ({_reason(exc)})"
            yield InputProblem(input=str(path), problem=problem)
            continue
        if stat.S_ISDIR(child.st_mode):
            yield from _walk(path, seen, input_format)
        elif stat.S_ISREG(child.st_mode):
            yield from _file(path, child, seen, input_format)


def _file(path: Path, info: os.stat_result, seen: set[tuple[int, int]], input_format: str | None) -> Iterator[Source | InputProblem]:
    key = (info.st_dev, info.st_ino)
    if key in seen and stat.S_ISREG(info.st_mode):
        return  # the same file through another link: read once
    seen.add(key)
    fmt = input_format or format_of(path.name)
    if fmt is None:
        yield InputProblem(
            input=str(path),
            problem=f"unknown file type '{path.suffix or path.name}'; use --input-format or one of {', '.join(known_suffixes())}",
        )
        return
    yield Source(str(path), fmt, lambda: path.open("rb"), stem=stem_of(path.name), size=info.st_size)


def _reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__
