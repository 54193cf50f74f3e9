"""Run a reading job in a child process and measure it: wall time, peak memory, output.

Peak memory is the child's own high-water mark of resident memory (VmHWM,
read by the child at its end): a child forked from a big test process would
report the parent's pages in ``ru_maxrss``, this does not.  Time is the child's
CPU time (user + system): on a machine shared by several engineers the wall
clock says more about the neighbours than about the input (wall time is kept
as ``wall``, and a hang is still caught by the timeout).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A source that streams a WARC whose one response record declares and carries `size` body bytes,
# generated on the fly (nothing is written to disk), optionally gzip-compressed as it goes.
STREAMS = r'''
import io, zlib

class Generated(io.RawIOBase):
    def __init__(self, head, size, fill=b"<p>" + b"a" * 1021, gzip=False):
        self.parts = iter(self._chunks(head, size, fill))
        self.gzip = zlib.compressobj(wbits=31) if gzip else None
        self.pending = b""
    def _chunks(self, head, size, fill):
        yield head
        block = (fill * (65536 // len(fill) + 1))[:65536]
        while size > 0:
            yield block[:size]
            size -= 65536
        yield b"\r\n\r\n"
    def readable(self):
        return True
    def readinto(self, buf):
        while not self.pending:
            part = next(self.parts, None)
            if part is None:
                if self.gzip is None:
                    return 0
                self.pending, self.gzip = self.gzip.flush(), None
                if not self.pending:
                    return 0
                break
            self.pending = self.gzip.compress(part) if self.gzip else part
        n = min(len(buf), len(self.pending))
        buf[:n], self.pending = self.pending[:n], self.pending[n:]
        return n

def huge_warc(size, gzip=False, url="https://example.org/big"):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    warc = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-03-01T00:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http) + size}\r\n\r\n").encode()
    return Generated(warc + http, size, gzip=gzip)
'''


HWM = "__peak_kb__"
EPILOGUE = f"""
for _line in open("/proc/self/status"):
    if _line.startswith("VmHWM:"):
        print("{HWM}", _line.split()[1])
"""


@dataclass
class Cost:
    seconds: float  # CPU time
    wall: float
    peak_mb: float
    stdout: str
    stderr: str
    returncode: int

    def json(self) -> object:
        return json.loads([line for line in self.stdout.strip().splitlines() if not line.startswith(HWM)][-1])


def measure(code: str, timeout: float = 60.0) -> Cost:
    """Run ``code`` in a fresh Python; its last stdout line is its result."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-c", STREAMS + "\n" + code + EPILOGUE], stdout=out, stderr=err, cwd=ROOT)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace")
        peak = [float(line.split()[1]) / 1024 for line in stdout.splitlines() if line.startswith(HWM)]
        return Cost(usage.ru_utime + usage.ru_stime, wall, peak[-1] if peak else float("inf"), stdout, err.read().decode(errors="replace"), proc.returncode)


READ = """
import json, sys
from dateline.ingest import read_inputs
items = list(read_inputs({paths!r}))
print(json.dumps([{{"kind": type(i).__name__, "input": getattr(i, "input", None) or getattr(i, "origin", None),
                   "problem": getattr(i, "problem", None), "text": getattr(i, "text", None)}} for i in items]))
"""


def read_in_child(*paths: str | Path, timeout: float = 60.0) -> Cost:
    return measure(READ.format(paths=[str(p) for p in paths]), timeout)
