"""Dates told in the Ethiopian, Islamic and Solar Hijri calendars (dateline/times/rules_local.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.times.tagger import tag


def _values(text: str, reference: dt.date) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, reference)]


@pytest.mark.parametrize("text, reference, expected", [
    # Ethiopian: Meskerem 1, 2017 E.C. is 11 September 2024; Hidar 5, 2016 is 15 November 2023
    ("The regional bureau reported the clash on Meskerem 1, 2017 E.C. near the town.", dt.date(2024, 9, 20),
     ("Meskerem 1, 2017 E.C.", "2024-09-11")),
    ("Police said the raid took place on 5 Hidar 2016.", dt.date(2023, 11, 30), ("5 Hidar 2016", "2023-11-15")),
    # Solar Hijri (the Afghan month names and the Iranian): 1 Hamal 1403 is 20 March 2024
    ("The district fell on 1 Hamal 1403, residents said.", dt.date(2024, 4, 2), ("1 Hamal 1403", "2024-03-20")),
    ("Protests began on 26 Shahrivar 1401 in the city.", dt.date(2022, 9, 30), ("26 Shahrivar 1401", "2022-09-17")),
    # Islamic, with its year (the tabular reckoning: the sighted month may differ by a day)
    ("The attack came on 10 Muharram 1446 AH, officials said.", dt.date(2024, 7, 20), ("10 Muharram 1446 AH", "2024-07-17")),
])
def test_a_date_of_another_calendar_is_its_gregorian_day(text, reference, expected):
    assert expected in _values(text, reference)


def test_a_date_with_no_year_is_the_latest_before_the_report():
    # 3 Saratan: 24 June 2023 and 23 June 2024; the report is of July 2024
    assert ("3 Saratan", "2024-06-23") in _values("Fighters overran the post on 3 Saratan.", dt.date(2024, 7, 1))


def test_a_weekday_decides_the_islamic_day_the_moon_began():
    # by the reckoning, 26 Dhu al-Hijjah 1443 is Tuesday 26 July 2022; a text that says Monday means the 25th
    assert ("Monday 26 Dhu al-Hijjah", "2022-07-25") in _values("Gunmen attacked on Monday 26 Dhu al-Hijjah.", dt.date(2022, 7, 27))


def test_names_that_are_also_words_or_names_need_a_year():
    found = _values("Bashar al-Asad met envoys on 3 May; the Mehr agency and Tir 4 were cited.", dt.date(2024, 7, 1))
    assert ("3 May", "2024-05-03") in found
    assert not [t for t, _ in found if "Tir" in t or "Mehr" in t]
