"""Rules found on the w33 reading and on the w32 read half's leftovers: a village set "in the X region" is
held by that region.  Our own sentences."""

from __future__ import annotations

import datetime as dt


def test_a_village_in_a_named_region_is_no_namesake_elsewhere(rows):
    found = rows("Russian artillery shelled the village of Andriivka in the Chernihiv region on Sunday, wounding a "
                 "woman, the regional administration said.", published=dt.date(2025, 3, 4))
    assert [(r.sub_event_type, r.admin1) for r in found] == [("Shelling/artillery/missile attack", "Chernihivska oblast")]


def test_a_unit_hung_on_the_trigger_still_holds_the_place(rows):
    found = rows("Ukrainian border guards clashed with a Russian sabotage group near Kostiantynivka in Chernihiv oblast "
                 "on Friday, the service said.", published=dt.date(2025, 3, 4))
    assert [(r.sub_event_type, r.admin1) for r in found] == [("Armed clash", "Chernihivska oblast")]


def test_a_village_in_its_own_region_keeps_its_point(rows):
    found = rows("Russian artillery shelled the village of Andriivka in the Donetsk region on Sunday, wounding a "
                 "woman, the regional administration said.", published=dt.date(2025, 3, 4))
    assert [(r.location, r.admin1, r.geo_precision) for r in found] == [("Andriyivka", "Donetska oblast", 1)]
