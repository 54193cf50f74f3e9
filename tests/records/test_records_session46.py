"""Rules found on the w41 reading.  Our own sentences.

Each fails on the session-start code (263a823) unless its docstring calls it a guard."""

from __future__ import annotations

import datetime as dt


def test_the_day_before_yesterday_is_counted_once(rows):
    """"The day before yesterday, Tuesday 07/11, a truck struck a mine": the time expression already holds its
    distance; read again as "a day before" the named Tuesday, the blast fell on the Monday."""
    found = rows("The day before yesterday, Tuesday 07/11, a lorry of an army supply column struck a mine some twenty "
                 "kilometres from Diapaga, killing two soldiers.", published=dt.date(2023, 11, 9))
    assert [r.event_date for r in found] == [dt.date(2023, 11, 7)]
