"""A time limit for one document, in whatever thread it runs.

A hostile page or an unlucky text can make a parser or a stage slow beyond
reason; one document must not hold up a batch.  ``deadline(seconds)`` raises
``TimeLimitExceeded`` inside the block once the time is up.

How: in the main thread a real-time interval timer (SIGALRM), which also
interrupts blocking system calls; in any other thread (Dask runs tasks in
worker threads) a timer thread that raises the exception asynchronously in
the working thread.  Both act between Python bytecodes, so a single C call
that never returns (a regex or a parser stuck in C) is not interrupted:
that is what the process pool's hard limit is for (dateline/pool.py), and
why the HTML reader removes the inputs known to make libxml2 slow.

``TimeLimitExceeded`` derives from BaseException so that libraries' broad
``except Exception`` handlers do not swallow it.
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import threading
import time
from collections.abc import Iterator

DEFAULT_SECONDS = 60.0


class TimeLimitExceeded(BaseException):
    """The document took longer than its time limit."""

    def __init__(self, seconds: float | None = None) -> None:
        super().__init__(f"took longer than the time limit of {seconds:g} s" if seconds else "took longer than the time limit")
        self.seconds = seconds


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise ``TimeLimitExceeded`` in this block after ``seconds`` (None or <= 0: no limit)."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _async_raise(seconds):
            yield


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    """SIGALRM-based limit; an enclosing limit keeps running and wins when it is sooner."""
    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()

    def expire(signum: int, frame: object) -> None:
        raise TimeLimitExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, min(seconds, outer_left) if outer_left > 0 else seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)
        if outer_left > 0:  # give the enclosing limit back what is left of it
            left = outer_left - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))


@contextlib.contextmanager
def _async_raise(seconds: float) -> Iterator[None]:
    """Limit for a non-main thread: a timer raises the exception in this thread."""
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"inside": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["inside"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(TimeLimitExceeded))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["inside"] = False
            timer.cancel()
            if state["fired"]:  # clear it if it has not been delivered yet
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)
