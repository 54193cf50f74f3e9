"""One event told three ways in one report stays one row: a headline that reads it as another
violent type, and a later retelling after the day a statement was made.  Our own text."""

from __future__ import annotations

import datetime as dt

from dateline import pipeline
from dateline.types import Article

REPORT = """US strike kills militants in southern Somalia

MOGADISHU, May 8 - The United States military carried out an air strike against al-Shabaab fighters near Jilib on Monday, the U.S. Africa Command said on Tuesday.

AFRICOM said its initial assessment was that three militants were killed and that no civilians were harmed.

A local elder said the strike hit a compound on the edge of the town.
"""


def test_one_strike_told_by_headline_lede_and_witness_is_one_row():
    nlp = pipeline.build()
    ((_, records),) = list(pipeline.extract(nlp, [Article(text=REPORT, published=dt.date(2024, 5, 8))]))
    (row,) = records
    assert row.sub_event_type == "Air/drone strike"
    assert row.event_date == dt.date(2024, 5, 6)  # Monday; Tuesday is the day the command spoke
    assert row.location == "Jilib"
