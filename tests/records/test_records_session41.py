"""Rules found on the read halves' leftovers and the w36 reading.  Our own sentences.

Each fails on the session-start code (ab47540) unless its docstring calls it a guard."""

from __future__ import annotations

import datetime as dt


def test_a_distance_written_in_words_moves_the_event_off_the_town(rows):
    """"some forty kilometres south of Maiduguri": the figure in words is read as the figure in digits."""
    found = rows("On Tuesday, a police truck hit a roadside bomb on the main highway some forty kilometres south of "
                 "Maiduguri, wounding three officers.", published=dt.date(2024, 3, 7))
    assert [(r.location, r.geo_precision) for r in found] == [("Maiduguri", 2)]
    assert 11.45 < found[0].latitude < 11.52  # Maiduguri is at 11.85 N


def test_a_village_placed_in_words_stands_at_that_point(rows):
    found = rows("Gunmen attacked the village of Kourounga on Sunday, killing five herders. Kourounga, about "
                 "twenty-five kilometres east of Kaya, had been spared until now.", published=dt.date(2023, 3, 7))
    assert [(r.location, r.geo_precision) for r in found] == [("Kourounga", 2)]
    assert 0.18 < found[0].longitude + 1.08 < 0.28
