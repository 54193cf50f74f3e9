"""Place rules found on the w43 reading.  Our own names.

Each fails on the session-start code (5453e63) unless its docstring calls it a guard."""

from __future__ import annotations

import pytest

from dateline.places.geocode import resolve_in_context


@pytest.fixture(scope="module")
def gaz(places_nlp):
    return places_nlp.get_pipe("dateline_places").gazetteer


def test_a_town_far_beyond_the_district_named_with_it_is_a_namesake(gaz):
    """GeoNames' only Sire lies in Arsi, some 330 km from East Wellega; the Sire of East Wellega is not in the
    gazetteer, so the zone named with it stands in for it."""
    found = resolve_in_context(gaz, "Sire", ["Sire woreda", "East Wollega", "Oromia"])
    assert (found.level, found.place.name) == ("adm2", "East Wellega")


def test_guard_a_town_of_the_province_near_the_district_named_still_resolves(gaz):
    """Guard: Nekemte's district is unknown to GeoNames, but it lies by East Wellega's point."""
    found = resolve_in_context(gaz, "Nekemte", ["East Wollega", "Oromia"])
    assert found.level == "place" and found.place.name.startswith("Nek")
