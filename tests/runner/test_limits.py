"""The per-document time limit, in the main thread and in a worker thread (as Dask runs tasks)."""

from __future__ import annotations

import threading
import time

import pytest

from dateline.limits import TimeLimitExceeded, deadline


def spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_main_thread_limit_stops_a_busy_loop_and_a_broad_except_does_not_swallow_it() -> None:
    start = time.monotonic()
    with pytest.raises(TimeLimitExceeded):
        with deadline(0.2):
            try:
                spin(5)
            except Exception:  # noqa: BLE001 - what libraries do; the limit must get through
                pass
    assert time.monotonic() - start < 2


def test_nested_limits_the_sooner_wins_and_the_outer_one_still_holds() -> None:
    with pytest.raises(TimeLimitExceeded):
        with deadline(0.3):
            with deadline(5):
                spin(5)
    with pytest.raises(TimeLimitExceeded):
        with deadline(0.5):
            with deadline(0.1):
                pass  # the inner one ends in time ...
            spin(5)  # ... and the outer one still fires


def test_worker_thread_limit() -> None:
    result: list[str] = []

    def work() -> None:
        try:
            with deadline(0.2):
                spin(5)
            result.append("finished")
        except TimeLimitExceeded:
            result.append("stopped")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert result == ["stopped"]


def test_no_limit_and_a_limit_not_reached() -> None:
    with deadline(None):
        spin(0.05)
    with deadline(2):
        spin(0.05)
    spin(0.3)  # nothing fires later
