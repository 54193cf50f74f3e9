"""Rules found on the w33 read half's leftovers and the w34 reading.  Our own sentences.

Five tests hold on the session's start code too and stay as guards: the protest over a disaster (the
classifier's reading of such a sentence depends on the rest of the article), a disaster told alone, the
fight that comes under fire on a day of its own, the car bomb destroyed on purpose and the police sub-station
attacked (there the start code's reading turned on the article around them).  The bodies test fails there on its place only (a Chittagong
Hill Tracts union the gazetteer lacked)."""

from __future__ import annotations

import datetime as dt


def test_a_protest_whose_grievance_is_a_disaster_is_still_a_protest(rows):
    found = rows("BEIRUT (Reuters) - Hundreds of villagers in the quake-hit town of Jableh marched on Saturday, demanding "
                 "answers over the collapse of apartment blocks that buried whole families last month, and later "
                 "pelted the municipal building with stones, witnesses said.\n\n"
                 "The earthquake of Feb. 6 killed more than 50,000 people in Turkey and Syria.\n\n"
                 "Aid groups say thousands remain homeless.", published=dt.date(2023, 3, 13))
    assert [(r.event_type, r.event_date) for r in found if r.event_type in ("Protests", "Riots")][:1] \
        in ([("Protests", dt.date(2023, 3, 11))], [("Riots", dt.date(2023, 3, 11))])


def test_a_disaster_told_alone_is_still_no_event(rows):
    found = rows("Floods that swept through the valley on Saturday destroyed hundreds of homes and killed 14 people, "
                 "the civil protection agency said.", published=dt.date(2023, 3, 13))
    assert not [r for r in found if r.modality == "asserted"]


def test_an_unplaced_arrest_after_a_flood_paragraph_is_not_at_sea(rows):
    found = rows("Hundreds of residents of Derna protested on Monday outside the main mosque, chanting against the "
                 "eastern parliament.\n\n"
                 "The storm last week pushed torrents of mud through the old town and swept cars into the "
                 "Mediterranean.\n\n"
                 "Overnight, security forces detained four men accused of organising the rally, relatives said.",
                 published=dt.date(2023, 9, 19))
    arrests = [r for r in found if r.sub_event_type == "Arrests"]
    assert [(r.location, r.admin1) for r in arrests] == [("Darnah", "Darnah")]


def test_where_a_statement_was_issued_is_not_where_the_fight_was(rows):
    found = rows("In the ensuing gunfight near Ruma in Bandarban a soldier was killed, the army said in a statement "
                 "issued in Dhaka.", published=dt.date(2024, 6, 10))
    assert [r.location for r in found if r.event_type == "Battles"] == ["Ruma"]


def test_a_human_chain_is_a_demonstration(rows):
    found = rows("Hundreds of activists formed a human chain in front of the press club in Khagrachhari on Monday, "
                 "holding banners.", published=dt.date(2024, 6, 12))
    assert [(r.sub_event_type, r.location) for r in found] == [("Peaceful protest", "Khagrachhari")]


def test_arrests_sharing_a_since_clause_are_a_tally(rows):
    found = rows("The army has been combing the forests of Bandarban since April, and more than 80 people have been "
                 "detained on suspicion of aiding the rebels.", published=dt.date(2024, 6, 10))
    assert not [r for r in found if r.modality == "asserted" and r.sub_event_type == "Arrests"]


def test_bodies_recovered_after_a_gunfight_are_its_toll(rows):
    found = rows("Four fighters of a hill party were shot dead in a gunfight with a rival faction near Sajek in "
                 "Rangamati on Friday night. Police recovered the four bodies from a jhum field near the border on "
                 "Saturday.", published=dt.date(2024, 6, 10))
    assert [(r.sub_event_type, r.fatalities, r.location) for r in found] == [("Armed clash", 4, "Sajek")]


def test_coming_under_fire_is_a_fight_of_its_own_day(rows):
    found = rows("Rebels ambushed a patrol near Rangamati on Friday, killing two soldiers.\n\n"
                 "On Sunday morning, a police team searching for the attackers came under fire near Ruma in "
                 "Bandarban. In the ensuing shootout a constable was killed, police said.",
                 published=dt.date(2024, 6, 10))
    assert sorted(str(r.event_date) for r in found if r.event_type == "Battles") == ["2024-06-07", "2024-06-09"] \
        or sorted(str(r.event_date) for r in found if r.event_type in ("Battles", "Violence against civilians")) \
        == ["2024-06-07", "2024-06-09"]


def test_troops_detaining_men_after_stopping_a_convoy_made_arrests(rows):
    found = rows("Marines sent to the region late on Monday stopped a truck outside Uruapan and detained three men, "
                 "seizing rifles and a drone, the navy said.", published=dt.date(2023, 11, 15))
    assert [(r.sub_event_type, r.location, r.counts.arrested) for r in found] == [("Arrests", "Uruapan", 3)]


def test_fighting_on_the_outskirts_of_a_town_is_a_battle(rows):
    found = rows("A day later, gunmen from two rival cartels battled for several hours on the outskirts of Aguililla, a "
                 "town in the hills.", published=dt.date(2023, 11, 15))
    assert [(r.sub_event_type, r.location) for r in found] == [("Armed clash", "Aguililla")]


def test_the_next_sentence_saying_where_the_attack_hit_places_it(rows):
    found = rows("Gunmen dropped explosives from drones on a hamlet in the western state of Michoacan on Sunday, killing "
                 "two farmers, officials said. The attack hit a group of ranches in the municipality of Aguililla, "
                 "near the state line.", published=dt.date(2023, 11, 15))
    assert [(r.sub_event_type, r.location) for r in found] == [("Air/drone strike", "Aguililla")]


def test_the_day_after_a_named_bombing_counts_from_that_bombing(rows):
    found = rows("• On Monday (14 Oct) a roadside bomb went off as a ranger patrol passed in Raman district, killing one "
                 "ranger.\n"
                 "• On Saturday (19 Oct) a bomb squad defused a device left near a market in Sungai Kolok.\n"
                 "• The day after the Raman bombing, gunmen shot dead a schoolteacher in Bacho district.",
                 published=dt.date(2024, 10, 21))
    assert [str(r.event_date) for r in found if r.sub_event_type == "Attack"] == ["2024-10-15"]


def test_a_paragraph_labelled_summary_sums_up_the_report(rows):
    found = rows("Summary: two incidents were recorded this week. A bomb was defused and three suspects were detained.\n\n"
                 "On Tuesday (15 Oct), police defused a pipe bomb found under a bridge in Rangae district.\n\n"
                 "On Thursday (17 Oct), soldiers detained three men at a checkpoint in Rueso district.",
                 published=dt.date(2024, 10, 21))
    assert sorted((r.sub_event_type, str(r.event_date)) for r in found) == [
        ("Arrests", "2024-10-17"), ("Disrupted weapons use", "2024-10-15")]


def test_assaults_repelled_over_the_past_day_are_that_day_s_fight(rows):
    found = rows("The General Staff reported that its units had repelled three assaults near Robotyne over the past day.",
                 published=dt.date(2024, 11, 12))
    assert [(r.sub_event_type, str(r.event_date)) for r in found] == [("Armed clash", "2024-11-11")]


def test_a_month_alone_is_part_of_a_tally(rows):
    found = rows("According to prosecutors, drones killed more than 40 civilians in Beryslav district in September alone.",
                 published=dt.date(2024, 10, 12))
    assert not [r for r in found if r.modality == "asserted"]


def test_a_toll_a_source_later_clarified_replaces_the_first(rows):
    found = rows("Overnight, Russian forces struck Kharkiv with glide bombs, hitting a warehouse. The mayor first spoke of "
                 "seven dead but later clarified that six people had been killed: one body had been counted twice.",
                 published=dt.date(2024, 11, 12))
    assert [r.fatalities for r in found] == [6]


def test_arrests_over_the_attack_just_told_are_conflict_news(rows):
    found = rows("Unknown attackers threw a hand grenade at a police post in Zubin Potok early on Tuesday, damaging a "
                 "car. Later on Tuesday, police arrested three men in Leposavic in connection with the attack and "
                 "seized a pistol.", published=dt.date(2024, 3, 7))
    assert [(r.sub_event_type, r.location) for r in found if r.sub_event_type == "Arrests"] == [("Arrests", "Leposaviq")]


def test_an_event_a_day_before_the_main_clause_s_day(rows):
    found = rows("PRISTINA, March 7 (wire) - A tense council meeting in Zvecan ended in a walkout on Thursday, a day "
                 "after a hand grenade was thrown at a police station in the town.", published=dt.date(2024, 3, 7))
    assert [str(r.event_date) for r in found if r.sub_event_type == "Grenade"] == ["2024-03-06"]


def test_a_device_s_parts_and_its_destruction_on_purpose_are_no_trigger(hit_words):
    assert hit_words("Officers found detonating cord, and the device went up in a controlled detonation.") == []
    assert hit_words("Soldiers practised at a firing range outside the town.") == []


def test_a_car_bomb_found_and_destroyed_in_a_controlled_detonation_is_no_explosion(rows):
    found = rows("On Saturday night, police found an abandoned car loaded with explosives, detonating cord and a phone "
                 "rigged as a trigger in a housing estate in Guayaquil. The device was destroyed in a controlled "
                 "detonation and no one was hurt.", published=dt.date(2024, 3, 11))
    assert [r.sub_event_type for r in found] == ["Disrupted weapons use"]


def test_armed_individuals_attacking_a_police_sub_station_fought_the_police(rows):
    found = rows("During the night of 9 to 10 June, armed individuals attacked the police sub-station in the town of "
                 "Mirebalais.", published=dt.date(2025, 6, 12))
    assert [r.sub_event_type for r in found] == ["Armed clash"]


def test_a_bomb_that_dropped_is_no_falling_trend(rows):
    found = rows("In another incident, a bomb dropped from a drone exploded on the roof of a house at Sekmai in Imphal "
                 "West district at around 4 pm on Tuesday, leaving a man with splinter injuries.",
                 published=dt.date(2024, 8, 21))
    assert [r.event_type for r in found] == ["Explosions/Remote violence"]


def test_what_a_case_file_says_happened_is_before_the_court(rows):
    found = rows("The three men were sentenced on Wednesday for running a drug laboratory in the hills above Tamazula. "
                 "According to the case file, the army raid met resistance: two gunmen were killed and a soldier was "
                 "wounded in an exchange of fire before the site was secured.", published=dt.date(2025, 4, 10))
    assert not [r for r in found if r.event_type == "Battles"]
