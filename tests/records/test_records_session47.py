"""Rules of the forty-seventh session.  Our own sentences; each fails on the session-start code (9c8d34a)
unless marked as a guard."""

from __future__ import annotations

import datetime as dt

TRANSFER = "Non-violent transfer of territory"
THURSDAY = dt.date(2024, 3, 7)


def test_troops_entering_a_town_the_rebels_left_take_it_without_a_fight(rows):
    """The withdrawal is the setting; the entry is the event, coded to the side that moved in."""
    (r,) = rows("Army troops entered Kiwanja on Wednesday after the rebels withdrew, officials said on Thursday.", THURSDAY)
    assert (r.sub_event_type, r.location, r.event_date) == (TRANSFER, "Kiwanja", dt.date(2024, 3, 6))
    assert r.actor1.startswith("Military Forces of the Democratic Republic of Congo")


def test_fighters_moving_into_a_town_once_the_militia_pulled_out(rows):
    (r,) = rows("Insurgents moved back into Kanyabayonga on Monday once the militia had pulled out, "
                "officials said on Thursday.", THURSDAY)
    assert (r.sub_event_type, r.event_date) == (TRANSFER, dt.date(2024, 3, 4))


def test_a_town_re_entered_without_meeting_resistance_is_no_clash(rows):
    """"re-entered" is one word (split at its hyphen it parsed as a verb "re"), and the resistance not met is no fight."""
    (r,) = rows("Army troops re-entered Kiwanja on Wednesday without meeting resistance, officials said on Thursday.",
                THURSDAY)
    assert (r.sub_event_type, r.location, r.event_date) == (TRANSFER, "Kiwanja", dt.date(2024, 3, 6))


def test_guard_people_going_home_after_the_rebels_left_take_no_ground(rows):
    """Guard (passes on both): residents are no armed side."""
    assert not [r for r in rows("Hundreds of residents moved back into Kiwanja on Wednesday after the rebels withdrew, "
                                "officials said on Thursday.", THURSDAY) if r.sub_event_type == TRANSFER]


def test_a_neighbourhood_the_gazetteer_lacks_is_placed_at_the_town_it_is_part_of(rows):
    """"the X neighbourhood of <town>, in the Metropolitan Region of <city>": the town, not the city the region
    is named after (nor, after "the state", the state)."""
    found = rows("In Bahia, police detained six men on Thursday.\n\nIn the south of the state, gunmen shot dead three "
                 "people in the Vila Nova Esperanca neighbourhood of Jequié on Friday night.", dt.date(2023, 9, 6))
    assert [r.location for r in found if r.sub_event_type == "Attack"] == ["Jequie"]
    (r,) = rows("Four suspects were killed on Sunday in a police raid in the Alto Sereno neighbourhood of Camaçari, "
                "in the Metropolitan Region of Salvador, officials said.", dt.date(2023, 9, 6))
    assert r.location == "Camacari"


def test_a_day_told_with_a_stretch_of_time_still_dates_the_acts_told_after_it(rows):
    """"Monday's clash, the only one this month": "this month" names no other day, so the acts the next sentences
    tell without a day of their own are Monday's."""
    found = rows("LIMA, 18 June 2025 - A committee voted on Tuesday to extend the emergency.\n\nThe minister was speaking "
                 "of Monday's confrontation near Challhuahuacho, the only serious incident on the road this month. By his "
                 "account, farmers had blocked the road with boulders since dawn. In the afternoon, police fired tear gas "
                 "to clear the road; the farmers threw stones back.", dt.date(2025, 6, 18))
    assert [r.event_date for r in found if r.location == "Challhuahuacho"] == [dt.date(2025, 6, 16)]


def test_the_dead_told_right_after_a_dated_dateline_are_counted(rows):
    (r,) = rows("ODESA, Aug 4 - Three people were killed in a Russian missile strike on Izmail on Thursday.", dt.date(2023, 8, 4))
    assert r.fatalities == 3


def test_a_town_the_gazetteer_lacks_is_not_put_at_the_dateline_city(rows):
    """Where a wire filed from says nothing of the province of an unknown town the event took place in: only the
    country is sure."""
    (r,) = rows("YANGON, Aug 20 - On Sunday, KIA troops took control of the town of Hkawngtu after a two-day assault "
                "on a police station.", dt.date(2024, 8, 20))
    assert (r.location, r.country, r.geo_precision) == ("Myanmar", "Myanmar", 3)
