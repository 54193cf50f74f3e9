"""Rules found on the read halves' leftovers and the w39 reading.  Our own sentences.

Each fails on the session-start code (f66907b) unless its docstring calls it a guard."""

from __future__ import annotations

import datetime as dt


def kinds(found) -> list[tuple[str, str | None]]:
    return [(r.sub_event_type, r.location) for r in found]


def test_property_burned_in_a_protest_s_paragraph_makes_it_a_riot(rows):
    """"traders shut the market road in protest ... A minibus was torched and police fired tear gas": the crowd's
    own violence, one violent demonstration, not a protest and a separate arson."""
    found = rows("On Monday morning, traders in Gombe closed the main market road in protest against the new levy. "
                 "A minibus was set on fire after its passengers were ordered out. Police fired tear gas to reopen "
                 "the road.", published=dt.date(2024, 6, 4))
    assert [(r.sub_event_type, r.location) for r in found] == [("Violent demonstration", "Gombe")]


def test_property_burned_elsewhere_later_is_no_riot_of_the_protest(rows):
    """Guard: an arson set apart from the march ("Separately") stays its own event, and the march peaceful."""
    found = rows("On Monday, traders in Gombe marched to the governor's office in protest against the new levy. "
                 "Separately, gunmen set fire to a church in Billiri on Monday night.", published=dt.date(2024, 6, 4))
    assert ("Peaceful protest", "Gombe") in kinds(found)
    assert all(r.sub_event_type != "Violent demonstration" for r in found)


def test_a_name_told_short_after_its_longer_form_is_not_a_namesake_town(rows):
    """"the Complexo do Salgueiro, in Sao Goncalo ... residents of the Salgueiro": the short form is the favela complex, not the
    town of Salgueiro 1,500 km away in Pernambuco."""
    found = rows("Police raided the Complexo do Salgueiro, in Sao Goncalo, on Thursday, and two suspects were shot dead. "
                 "On Friday, residents of the Salgueiro held a march against the killings.", published=dt.date(2022, 8, 19))
    assert found and all(r.admin1 == "Rio de Janeiro" for r in found)


def test_the_entrance_to_a_town_places_the_event_at_it(rows):
    """"blocked the road at the entrance to X": a part of the town, reached by "to" as by "of"; the crowd's own
    village ("residents of Y") is where they come from, not where the road was blocked."""
    found = rows("On Thursday, residents of Maseno blocked the main highway at the entrance to Kisumu with rocks.",
                 published=dt.date(2023, 7, 21))
    assert kinds(found) == [("Peaceful protest", "Kisumu")]


def test_a_road_blocked_since_a_day_is_one_protest_going_on(rows):
    """"since Thursday, residents have blocked the road": one blockade going on since its first day, not a count over
    the period (the events stage knew it; the linking stage's tally reading did not)."""
    found = rows("Since Thursday, villagers from the hills have blocked the main road into Kisumu with rocks and "
                 "burning tyres.", published=dt.date(2023, 7, 21))
    assert len(found) == 1 and found[0].event_type in ("Protests", "Riots")  # (burning tyres may make it a riot)
    assert found[0].event_date == dt.date(2023, 7, 20)
