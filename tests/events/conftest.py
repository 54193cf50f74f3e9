"""Fixtures shared by the events-stage tests of the later sessions: the pipeline up to the events stage, and the
sub-types a text reports."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline import pipeline
from dateline.events import event_mentions


@pytest.fixture(scope="session")
def linked_nlp():
    """Every stage the events stage reads (places, times, actors, counts), then the events stage."""
    return pipeline.build(stages=["places", "times", "actors", "counts", "events"])


@pytest.fixture(scope="session")
def mentioned(linked_nlp) -> Callable[[str], list[str]]:
    """The sub-types of the mentions a text reports (not those it refers to)."""
    def run(text: str) -> list[str]:
        return [m.sub_event_type for m in event_mentions(linked_nlp(text)) if m.kind == "report"]

    return run
