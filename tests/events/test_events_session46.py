"""Events-stage rules found on the w41 reading.  Our own sentences; each fails on the session-start code (263a823)."""

from __future__ import annotations

import pytest

from dateline import pipeline
from dateline.events import event_mentions


@pytest.fixture(scope="module")
def nlp():
    return pipeline.build(stages=["places", "times", "actors", "counts", "events"])


def mentioned(nlp, text: str) -> list[str]:
    return [m.sub_event_type for m in event_mentions(nlp(text))]


def test_an_offence_charged_is_no_event(nlp):
    """"charged with murder and kidnapping": the words name offences, not a killing or an abduction told."""
    assert mentioned(nlp, "The two men were charged with murder and kidnapping, police said on Tuesday.") == []
