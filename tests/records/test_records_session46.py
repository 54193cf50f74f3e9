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


def test_a_unit_set_off_after_a_town_is_that_towns_unit(rows):
    """"on the edge of X, in the province of Y" (the parser hangs the unit on the women): the event the next
    sentence tells stands at the town, not at the province."""
    found = rows("Late on Sunday, nine women who had gone to collect firewood on the edge of Gayeri, in the province of "
                 "Komondjari, did not come back. A local official said armed men on motorbikes led them away into the "
                 "bush.", published=dt.date(2023, 11, 9))
    assert [(r.sub_event_type, r.location) for r in found] == [("Abduction/forced disappearance", "Gayeri")]


def test_a_post_that_was_the_target_of_an_attack_by_a_group_reports_the_attack(rows):
    """"the customs post of X was the target of an attack by armed individuals": the classifier reads the "by" as a
    claim; the noun of the act with its doers tells the act itself."""
    found = rows("Late on Tuesday, the customs post of Seytenga was the target of an attack by armed individuals.",
                 published=dt.date(2023, 5, 12))
    assert [(r.event_type, r.event_date) for r in found] == [("Battles", dt.date(2023, 5, 9))]


def test_a_district_set_off_after_a_town_is_that_towns_district(rows):
    """"the administrative post of X, in Y district": the district, though its bare name is also its seat town's, is
    X's unit; X is the place."""
    found = rows("Insurgents stormed the administrative post of Quiterajo, in Macomia district, on Monday night, burning "
                 "dozens of houses.", published=dt.date(2025, 3, 27))
    assert [r.location for r in found] == ["Quiterajo"]


def test_a_short_distance_spelled_out_places_the_event_at_the_village(rows):
    """"some three kilometres from the village of X": a distance in words is as short as one in digits."""
    found = rows("On Friday, soldiers fought a band of insurgents some three kilometres from the village of Quiterajo, "
                 "also in Macomia district.", published=dt.date(2025, 3, 27))
    assert [r.location for r in found] == ["Quiterajo"]


def test_one_town_by_two_gazetteer_entries_is_one_place_for_merging():
    """A town GeoNames holds and a row added for it may both be found (one mention through its district, one alone):
    the summary told undated and the dated report below it are still at one place, so they fold into one event."""
    from dateline.records.merge import _contains
    from dateline.types import EventRecord

    summary = EventRecord(location="Mucojo", latitude=-12.07, longitude=40.6, iso=508, geonameid=None)
    report = EventRecord(location="Mucojo", latitude=-12.07, longitude=40.6, iso=508, geonameid=1042456,
                         admin2="Macomia")
    namesake = EventRecord(location="Mucojo", latitude=-13.1, longitude=39.9, iso=508, geonameid=7)
    assert _contains(summary, report) and _contains(report, summary)
    assert not _contains(summary, namesake)


def test_a_units_number_counts_nobody(rows):
    """"after the detention of 444 Brigade commander": the number names the brigade; no 444 were detained.  A plural
    after the unit's word is still counted ("12 Brigade soldiers")."""
    found = rows("LIVE: Fighting rocks the capital after detention of 444 Brigade commander\n\nClashes erupted in Tripoli "
                 "on Monday night, residents said.\n", published=dt.date(2023, 8, 15))
    assert [r.counts.arrested for r in found] == [None] or all(not r.counts.arrested for r in found)
    found = rows("Police arrested 12 Brigade soldiers accused of looting in Tripoli on Monday.", published=dt.date(2023, 8, 16))
    assert [r.counts.arrested for r in found] == [12]


def test_a_raid_told_only_by_its_killing_is_a_fight(rows):
    """"troops raided a separatist hideout, killing four": no one was held; the raid's killing of armed men is a
    battle, not an arrest."""
    found = rows('Troops on Thursday raided a separatist hideout on the outskirts of Batibo, the army said, killing four '
                 '"terrorists" and seizing homemade guns.', published=dt.date(2022, 3, 4))
    assert [(r.sub_event_type, r.fatalities) for r in found] == [("Armed clash", 4)]
