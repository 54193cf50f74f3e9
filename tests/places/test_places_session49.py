"""Place recognition rules of the forty-ninth session.  Our own sentences; each fails on the session-start code
(40fe0c0)."""

from __future__ import annotations

from dateline import pipeline
from dateline.places import toponyms


def test_a_name_after_a_link_in_a_quarters_name_is_no_town_of_its_own():
    """"Vila do Pinheiro": the opener is a common word (Vila in Andorra is no place a text means by it), so the
    name after "do" is the quarter's, not Pinheiro in Maranhao."""
    doc = pipeline.build(stages=["places"])("A stray bullet hit a boy during a gunfight in the Vila do Pinheiro area "
                                            "of the favela.")
    assert [t.text for t in toponyms(doc) if t.place is not None] == []
