"""Bounded byte streams: every input is read through one, so no file costs unbounded memory.

``open_stream`` gives a readable binary stream for a file or standard input,
transparently decompressing gzip (also multi-member, as WARC files are),
with three caps that raise ``InputTooLarge`` (a clean problem line, never a
crash):

- ``max_bytes``: decompressed bytes read from the whole input;
- ``max_ratio``: decompressed / compressed bytes, checked once past
  ``RATIO_GRACE`` bytes: a decompression bomb (gigabytes of zeros in a few
  kilobytes) is stopped long before it hurts, while real news, HTML and
  WARC data compress 3-20 times;
- a budget a reader sets while it reads something that must be short
  (``expect_at_most``: WARC and HTTP headers): a header "line" of a
  gigabyte, or a gigabyte of blank lines between records, is stopped after
  the budget instead of being accumulated or looped over.

Decompression is incremental (``zlib`` with ``max_length``), so memory stays
at a few chunks whatever the input.  A cut-off or corrupt gzip member raises
``CorruptInput`` naming the compressed offset where that member started.
"""

from __future__ import annotations

import io
import zlib
from typing import BinaryIO

CHUNK = 1 << 16
GZIP_MAGIC = b"\x1f\x8b"
RATIO_GRACE = 64 << 20
DEFAULT_MAX_BYTES = 32 << 30
DEFAULT_MAX_RATIO = 200.0


class InputTooLarge(Exception):
    """The input (or one line or record of it) exceeds a cap."""


class CorruptInput(Exception):
    """The compressed data is cut off or damaged."""


class BoundedStream(io.RawIOBase):
    """A raw stream over ``source`` that decompresses gzip when asked and enforces the caps."""

    def __init__(
        self,
        source: BinaryIO,
        *,
        gzip: bool = False,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_ratio: float = DEFAULT_MAX_RATIO,
    ) -> None:
        super().__init__()
        self.source = source
        self.gzip = gzip
        self.max_bytes = max_bytes
        self.max_ratio = max_ratio
        self.budget: int | None = None
        self.budget_what = "headers"
        self.compressed = 0  # compressed bytes consumed
        self.produced = 0  # decompressed bytes handed out
        self.budget_start = 0
        self.member_start = 0
        self._decomp: zlib._Decompress | None = None
        self._pending = b""  # compressed bytes not yet fed to zlib
        self._eof = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._read_some(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def expect_at_most(self, budget: int | None, what: str = "headers") -> None:
        """Until called again, reading more than ``budget`` bytes raises InputTooLarge (None: no budget)."""
        self.budget, self.budget_what, self.budget_start = budget, what, self.produced

    def _read_some(self, size: int) -> bytes:
        size = max(1, min(size, CHUNK))
        data = self._decompress(size) if self.gzip else self._plain(size)
        if data:
            self._account(data)
        return data

    def _plain(self, size: int) -> bytes:
        data = self.source.read(size)
        self.compressed += len(data)
        return data

    def _decompress(self, size: int) -> bytes:
        while not self._eof:
            if self._decomp is None:
                if not self._pending:
                    self._pending = self.source.read(CHUNK)
                    if not self._pending:
                        self._eof = True
                        break
                self.member_start = self.compressed
                self._decomp = zlib.decompressobj(wbits=31)
            if not self._pending:
                self._pending = self.source.read(CHUNK)
                if not self._pending:
                    raise CorruptInput(f"the gzip data is cut off in the member starting at byte {self.member_start}")
            before = len(self._pending)
            try:
                out = self._decomp.decompress(self._pending, size)
            except zlib.error as exc:
                raise CorruptInput(f"the gzip data is corrupt in the member starting at byte {self.member_start} ({exc})") from None
            if self._decomp.eof:
                rest = self._decomp.unused_data
                self.compressed += before - len(rest)
                self._pending = rest
                self._decomp = None
            else:
                rest = self._decomp.unconsumed_tail
                self.compressed += before - len(rest)
                self._pending = rest
            if out:
                return out
        return b""

    def _account(self, data: bytes) -> None:
        self.produced += len(data)
        if self.produced > self.max_bytes:
            raise InputTooLarge(f"more than {self.max_bytes:,} bytes (after decompression); the rest is not read")
        if self.gzip and self.produced > RATIO_GRACE and self.produced > self.max_ratio * max(self.compressed, 1):
            raise InputTooLarge(
                f"decompresses more than {self.max_ratio:g} times ({self.compressed:,} bytes gave {self.produced:,}); "
                "a decompression bomb or a damaged file, the rest is not read"
            )
        if self.budget is not None and self.produced - self.budget_start > self.budget:
            raise InputTooLarge(f"{self.budget_what} run over {self.budget:,} bytes; the rest is not read")


class BoundedReader(io.BufferedIOBase):
    """A buffered reader over a BoundedStream that never loses bytes to an error.

    ``io.BufferedReader`` drops the bytes it gathered when a later raw read
    raises; here they are handed out first and the error (a cap, a cut-off
    gzip member) is raised on the next read, so every record before the
    damage is read.
    """

    def __init__(self, raw: BoundedStream) -> None:
        super().__init__()
        self.raw = raw
        self._buf = bytearray()
        self._pos = 0
        self._error: Exception | None = None

    def readable(self) -> bool:
        return True

    def _available(self) -> int:
        return len(self._buf) - self._pos

    def _more(self) -> bool:
        """Add one chunk to the buffer; False at the end (or at an error deferred behind buffered bytes)."""
        if self._error is not None:
            if self._available():
                return False
            error, self._error = self._error, None
            raise error
        try:
            data = self.raw.read(CHUNK)
        except (InputTooLarge, CorruptInput) as exc:
            if not self._available():
                raise
            self._error = exc
            return False
        if not data:
            return False
        if self._pos > CHUNK and self._pos * 2 > len(self._buf):
            del self._buf[: self._pos]
            self._pos = 0
        self._buf += data
        return True

    def _take(self, size: int) -> bytes:
        size = min(size, self._available())
        data = bytes(self._buf[self._pos : self._pos + size])
        self._pos += size
        if self._pos == len(self._buf):
            self._buf.clear()
            self._pos = 0
        return data

    def peek(self, size: int = 1) -> bytes:
        while self._available() < max(size, 1) and self._more():
            pass
        return bytes(self._buf[self._pos :])

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            while self._more():
                pass
            return self._take(self._available())
        while self._available() < size and self._more():
            pass
        return self._take(size)

    def read1(self, size: int = -1) -> bytes:
        if not self._available():
            self._more()
        return self._take(self._available() if size is None or size < 0 else size)

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        limit = size if size is not None and size >= 0 else None
        scanned = 0
        while True:
            end = self._buf.find(b"\n", self._pos + scanned)
            if end >= 0 and (limit is None or end - self._pos < limit):
                return self._take(end - self._pos + 1)
            if limit is not None and self._available() >= limit:
                return self._take(limit)
            scanned = self._available()
            if not self._more():
                return self._take(self._available() if limit is None else min(limit, self._available()))


def bounded(source: BinaryIO, **caps: float) -> BoundedReader:
    """``source`` through a BoundedStream (gzip sniffed from its first bytes), buffered."""
    head = _peek(source)
    return BoundedReader(BoundedStream(_Replay(head, source), gzip=head.startswith(GZIP_MAGIC), **caps))  # type: ignore[arg-type]


def read_capped(stream: BinaryIO, limit: int, what: str) -> bytes:
    """At most ``limit`` bytes, or InputTooLarge: a single document never fills memory."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLarge(f"{what} is larger than {limit:,} bytes; skipped")
    return data


def raw_stream(stream: BinaryIO) -> BoundedStream | None:
    """The BoundedStream under a buffered reader from ``bounded`` (to set line expectations)."""
    raw = stream.raw if isinstance(stream, BoundedReader) else None
    return raw if isinstance(raw, BoundedStream) else None


def _peek(source: BinaryIO) -> bytes:
    return source.read(2)


class _Replay(io.RawIOBase):
    """A stream that first gives back bytes already read, then the rest of ``source``."""

    def __init__(self, head: bytes, source: BinaryIO) -> None:
        super().__init__()
        self.head = head
        self.source = source

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        if self.head:
            if size is None or size < 0:
                data, self.head = self.head + self.source.read(), b""
                return data
            data, self.head = self.head[:size], self.head[size:]
            return data
        return self.source.read(size)

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
