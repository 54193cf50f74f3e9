"""Rules of the forty-eighth session.  Our own sentences; each fails on the session-start code (5453e63)
unless marked as a guard."""

from __future__ import annotations

import datetime as dt

SATURDAY = dt.date(2024, 3, 9)


def test_a_statements_date_field_does_not_date_the_events_it_tells(rows):
    """"DATE: <the day it was issued>" heads a press statement; the protests it reports were the day before, and
    the paragraphs after its opening tell what happened at them."""
    found = rows("POLICE STATEMENT\nDATE: 09/03/2024\n\n"
                 "1. The Service briefs the public on the protests held yesterday, Friday 8th March 2024, in several towns.\n\n"
                 "2. In Likoni, crowds of young men set tyres alight on the ferry road and threw stones at officers.\n\n"
                 "3. In Kisauni, rioters looted three kiosks before police restored calm.", SATURDAY)
    riots = [r for r in found if r.event_type == "Riots"]
    assert riots and all(r.event_date == dt.date(2024, 3, 8) for r in riots)


def test_an_area_in_a_named_sub_county_the_gazetteer_lacks_moves_the_story(rows):
    """"at X area, Y sub-county", neither known: not the town of the paragraph before, only its county (our
    own added towns, like Kacheliba, have no GeoNames id and had no province to give)."""
    found = rows("On Friday 08/03/2024, bandits shot dead a herder at a homestead in Kacheliba.\n\n"
                 "On Saturday 09/03/2024, officers engaged a gang of armed bandits at Lomunyen area, Sigor sub-county. "
                 "Three bandits were killed in the exchange of fire.", dt.date(2024, 3, 10))
    clash = next(r for r in found if r.event_type == "Battles")
    assert (clash.location, clash.geo_precision) == ("West Pokot", 3)


def test_where_raiders_were_pursued_towards_is_no_place_of_the_story(rows):
    """The unknown area moves the story; the county borrowed is the one the raid was in, not the one the
    pursuit headed for."""
    found = rows("On Friday 08/03/2024, bandits shot dead a herder in Kacheliba. Officers pursued the raiders "
                 "towards the Turkana border.\n\n"
                 "On Saturday 09/03/2024, officers engaged the gang at Lomunyen area, Sigor sub-county. "
                 "Three bandits were killed in the exchange of fire.", dt.date(2024, 3, 10))
    clash = next(r for r in found if r.event_type == "Battles")
    assert clash.location == "West Pokot"


def test_a_town_we_added_has_its_province():
    from dateline.places.gazetteer import shared

    gz = shared()
    (town,) = [c for c in gz.lookup("Kacheliba") if c.cc == "KE"]
    place = gz.place(town)
    assert place.geonameid is None  # (one of our own towns)
    assert gz.place(gz.province_of(place)).name == "West Pokot"


def test_protests_held_in_various_parts_of_the_country_are_placed_at_the_country(rows):
    """The district of the operations told in the same sentence is no place of the protests."""
    (r,) = rows("KAMPALA, March 9 - Police said on Saturday that protests held on Friday in various parts of the country "
                "had ended, and that operations against cattle raiders in Moroto district continued.", SATURDAY)
    assert (r.event_type, r.location, r.admin1) == ("Protests", "Uganda", None)


def test_guard_a_protest_in_a_named_town_that_spread_across_the_country_stays_there(rows):
    """Guard (passes on both): the town is in the protest's own clause."""
    found = rows("KAMPALA, March 9 - Protests erupted in Gulu on Friday and spread across the country.", SATURDAY)
    assert [r.location for r in found] == ["Gulu"]


def test_a_toll_told_by_a_provinces_health_office_keeps_the_town_of_the_event(rows):
    """"The Wasit health directorate said ...": the speaker's province does not replace the town the shooting,
    told just before, stands at."""
    (r,) = rows("BAGHDAD - The trial opened on Tuesday in Kut, the capital of Wasit province.\n\n"
                "The hearing took place amid tension in Kut. On Sunday, security forces fired live ammunition at protesters "
                "who had gathered in Tahrir Square, the hub of the city's protest movement. The Wasit health directorate "
                "said one protester was killed and 20 people were wounded.", dt.date(2021, 2, 17))
    assert (r.sub_event_type, r.location) == ("Excessive force against protesters", "Al-Kut")
