"""Rules found on the w34 read half's leftovers and the w35 reading.  Our own sentences.

Each fails on the session-start code (5f4096e) except four guards: the off-duty officer, the shopkeeper shot as a drone
circled, hostages freed under a deal, and a district read as its own town."""

from __future__ import annotations

import datetime as dt


def test_a_bulleted_post_attacked_is_a_fight_with_its_force(rows):
    found = rows("KEY POINTS\n"
                 "• Police post in Thomassique attacked on the night of 3 to 4 March; three officers killed.\n"
                 "• About 1,500 residents have left their homes.", published=dt.date(2025, 3, 6))
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in found if r.event_type != "Strategic developments"] \
        == [("Armed clash", "Unidentified Armed Group (Haiti)", "Police Forces of Haiti")]


def test_police_killed_beside_a_burned_building_were_fought_not_civilians(rows):
    found = rows("Two police officers were killed in Thomassique on Monday night and the building was partly burned, "
                 "the local mayor said.", published=dt.date(2025, 3, 6))
    assert [(r.sub_event_type, r.actor2) for r in found if r.event_type == "Battles"] == [("Armed clash", "Police Forces of Haiti")]


def test_an_off_duty_officer_shot_at_home_is_a_civilian_victim(rows):
    found = rows("An off-duty police officer was shot dead at his home in Thomassique on Monday night.",
                 published=dt.date(2025, 3, 6))
    assert [(r.sub_event_type, r.actor2) for r in found] == [("Attack", "Civilians (Haiti)")]


def test_unnamed_armed_men_attacking_a_police_station_are_the_attackers(rows):
    found = rows("On the night of 3 to 4 March, armed individuals attacked the police station in the town of Thomassique.",
                 published=dt.date(2025, 3, 6))
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in found] \
        == [("Armed clash", "Unidentified Armed Group (Haiti)", "Police Forces of Haiti")]


def test_a_death_when_drones_dropped_charges_is_the_drone_strike(rows):
    found = rows("A corporal of the Colombian army died and two more were wounded in the early hours of Tuesday 9/04, when "
                 "explosive charges dropped from drones fell on the army base set up in the village of El Mango, in the "
                 "municipality of Argelia.", published=dt.date(2024, 4, 11))
    assert [(r.sub_event_type, r.event_date, r.actor2) for r in found if r.event_type != "Strategic developments"] \
        == [("Air/drone strike", dt.date(2024, 4, 9), "Military Forces of Colombia (2022-)")]


def test_a_death_when_gunmen_fired_stays_a_shooting(rows):
    found = rows("A shopkeeper died on Tuesday in Argelia when gunmen opened fire on his store as a drone circled over "
                 "the square.", published=dt.date(2024, 4, 11))
    assert [r.event_type for r in found if r.event_date == dt.date(2024, 4, 9)] == ["Violence against civilians"]


def test_a_bulletin_s_undated_lead_and_its_full_telling_are_one_bombing(rows):
    found = rows("PRESENTER: Good evening. Here are the main stories. Police say they repelled an attack north of Kismayo this "
                 "morning. Two traders are killed by a roadside bomb in Bay region.\n\n"
                 "PRESENTER: Fighters attacked a police post at Goobweyn, north of Kismayo, early this morning. Two officers "
                 "were killed.\n\n"
                 "PRESENTER: In Bay region, two traders were killed and four wounded yesterday when a roadside bomb hit a "
                 "minibus on the road between Baidoa and Burhakaba.", published=dt.date(2022, 10, 5))
    assert [r.event_date for r in found if r.event_type == "Explosions/Remote violence"] == [dt.date(2022, 10, 4)]


def test_a_count_kept_since_a_day_is_no_event(rows):
    found = rows("Since 12 March, a local monitoring group counts more than 200 civilians killed across Gezira state.",
                 published=dt.date(2024, 4, 2))
    assert not [r for r in found if r.modality == "asserted"]


def test_detainees_released_after_an_arrest_are_no_agreement(rows):
    found = rows("Soldiers rounded up nine men at the cattle market in Niono on Sunday. Three were released the same "
                 "evening; the others were taken to Segou.", published=dt.date(2024, 8, 14))
    assert [r.sub_event_type for r in found] == ["Arrests"]


def test_hostages_released_under_a_deal_are_still_an_agreement(rows):
    found = rows("The rebels released 20 soldiers in Gao on Monday under a deal brokered by elders.",
                 published=dt.date(2024, 8, 14))
    assert [r.sub_event_type for r in found] == ["Agreement"]


def test_the_dead_of_the_clause_a_when_clause_times_are_the_strike_s(rows):
    found = rows("The hearing came a day after two soldiers were killed and three wounded when a roadside bomb struck "
                 "their patrol north-east of Rutba on Sunday.", published=dt.date(2025, 2, 18))
    assert [(r.sub_event_type, r.fatalities, r.counts.injured) for r in found] \
        == [("Remote explosive/landmine/IED", 2, 3)]


def test_a_village_abroad_read_from_two_names_supports_nothing(rows):
    # "West Guji" and "Guji" were both read as one Chinese village; the dateline and the group are Ethiopian
    found = rows("ADDIS ABABA - Suspected OLA fighters killed five civilians in West Guji zone on Saturday. The government "
                 "said last month that security forces had killed more than 50 OLA fighters in operations in the Guji "
                 "zones.", published=dt.date(2022, 7, 14))
    assert found and {r.country for r in found} == {"Ethiopia"}


def test_a_district_read_as_its_town_still_supports_it(rows):
    # guard (holds on the session-start code): "Mvita", read as Mombasa, is another name of the place, and with it
    # Mombasa outweighs a country named in passing
    found = rows("On 15 March 2024, members of the Muslim community marched through Mombasa town (Mvita) in solidarity "
                 "with Gaza, calling for Kenya to cut ties with Israel.", published=dt.date(2024, 3, 20))
    assert [(r.location, r.country) for r in found] == [("Mombasa", "Kenya")]
