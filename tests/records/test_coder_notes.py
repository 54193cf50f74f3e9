"""Coder-style event descriptions: place, country and date read the way a coder wrote them.

``data/coder_notes.csv`` holds 104 short descriptions we wrote ourselves in the style of
conflict-event coder notes ("On 4 March 2024, X attacked Y in Z (District, Region)."), over
27 countries, with the place's coordinates (GeoNames' point for the town; for the four
villages the bundled gazetteer lacks, the village's own point).  It is scored by the same
path as any ACLED export (``dateline eval acled``, the records component's ``score()``).
The thresholds sit a little under what the pipeline reaches, so a change that loses
places, countries or dates on this style fails here first.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.evaluation.acled import evaluate_acled, read_acled

NOTES = Path(__file__).parent / "data" / "coder_notes.csv"


def test_the_set_spans_many_countries_and_opens_with_a_date():
    rows = read_acled(NOTES)
    assert len(rows) >= 100
    assert len({r["country"] for r in rows}) >= 20
    assert all(r["notes"].startswith("On ") for r in rows)


@pytest.fixture(scope="module")
def scores():
    return evaluate_acled(NOTES)


def test_place_within_25km(scores):
    assert scores["n_location"] >= 100
    assert scores["location_25km"] >= 0.85


def test_never_another_country(scores):
    assert scores["country_acc"] >= 0.97


def test_date_from_the_opening_phrase(scores):
    assert scores["date_exact"] >= 0.97
