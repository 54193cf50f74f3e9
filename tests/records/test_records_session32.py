"""Rules found on the first read of w25: units a coder brackets after a village hold it, a unit's name
read by its spelling or with its unit word, a note's toll given as a sentence of its own, a new paragraph
parts a toll from an earlier event, "the capital" with no name, flights diverted somewhere, a live blog's
inline entries and a day that opens its sentence.  Our own sentences."""

from __future__ import annotations

import datetime as dt


def test_units_bracketed_after_a_village_rule_out_a_namesake_abroad(rows):
    (row,) = rows("On 6 May 2024, Malian army engineers defused a bomb planted on the main road near Bore (Douentza cercle, "
                  "Mopti region), an army statement said, adding that Africa Corps instructors had trained the team.")
    assert row.country == "Mali" and row.location == "Douentza" and row.geo_precision == 2


def test_a_unit_written_as_one_word_is_found_by_its_spelling(rows):
    (row,) = rows("Police said bandits stormed Gidan Zaki village, Danmusa LGA, on 12 March 2024 and killed four farmers.")
    assert row.country == "Nigeria" and row.location == "Dan Musa"


def test_a_settlement_word_does_not_license_a_loose_spelling(rows):
    # (only a unit's own word does: "Dara Azza village" is no Nigerian LGA spelled alike)
    found = rows("More civilians killed after aerial bombardment on Dara Azza village")
    assert all(r.country != "Nigeria" for r in found)


def test_a_town_read_as_an_adjective_of_its_countryside_is_a_place(rows):
    (row,) = rows("An aerial bombardment on Dara Azza village in the Aleppo countryside killed two civilians on Monday.")
    assert row.country == "Syria" and row.admin1 == "Halab"


def test_a_unit_geonames_names_with_its_unit_word_is_found(rows):
    (row,) = rows("On 2 April 2024, government troops and militiamen fought for hours in North Wollo zone.")
    assert row.location == "North Wollo Zone" and row.admin1 == "Amara"


def test_a_sentence_that_is_only_a_figure_is_the_notes_toll(rows):
    (row,) = rows("- On 4 March 2024, gunmen attacked a camp for displaced people near Djibo, killing civilians. "
                  "Early reports said 30 killed; later lowered after the burial count. 18 killed. [local sources]")
    assert row.fatalities == 18


def test_a_toll_in_the_next_paragraph_is_not_an_earlier_events(rows):
    (row,) = rows("In March 2022 the rebels briefly seized the market town of Kidal before pulling back.\n\n"
                  "A rights commission said last month that air strikes and ground fighting had killed hundreds of civilians "
                  "in the north since the conflict began.", published=dt.date(2024, 5, 8))
    assert row.fatalities == 0


def test_the_capital_with_no_name_is_the_countrys_capital(rows):
    found = rows("ADDIS ABABA, Ethiopia - Ethiopian troops fought Fano militiamen near Gondar on Monday, residents said.\n\n"
                 "In the capital, federal police on Sunday detained an Ethiopian editor who had reported on the fighting.")
    arrest = next(r for r in found if r.sub_event_type == "Arrests")
    assert arrest.location == "Addis Ababa" and arrest.geo_precision == 1


def test_where_flights_were_diverted_is_no_place_of_the_next_event(rows):
    found = rows("Fighting broke out in Tripoli late on Monday between two armed groups.\n\n"
                 "Gunfire echoed through the eastern districts and around the airport into Tuesday. Flights were diverted "
                 "to Misrata. A hospital later raised the toll to nine.\n\n"
                 "On Wednesday, dozens of Hay Andalus residents blocked the coastal road with burning tyres and torched an "
                 "abandoned checkpoint.", published=dt.date(2025, 1, 9))
    riot = next(r for r in found if r.event_type == "Riots")
    assert riot.location == "Tripoli"


def test_an_inline_live_blog_entry_keeps_the_blogs_day(rows):
    found = rows("LIVE: fighting in the south - Tuesday 22 October 2024\n\n"
                 "09:10 - The army says its troops clashed with militants near Marjayoun on Monday.\n\n"
                 "11:30 - A drone strike hit a car at the northern entrance of Tyre, killing two men.",
                 published=dt.date(2024, 10, 22))
    strike = next(r for r in found if r.sub_event_type == "Air/drone strike")
    assert strike.event_date == dt.date(2024, 10, 22)


def test_a_day_that_opens_the_sentence_dates_it(rows):
    found = rows("Also on Monday, armed men believed to be rebel fighters kidnapped four road workers who were repairing a "
                 "bridge near Kumbo.", published=dt.date(2024, 9, 4))
    assert [r.event_date for r in found] == [dt.date(2024, 9, 2)]


def test_raiders_who_loot_and_leave_take_no_ground(rows):
    (row,) = rows("On 2 June, a band of about 40 insurgents entered Quissanga, on the Cabo Delgado coast, looted shops and "
                  "the health centre, and preached at the mosque before leaving northward toward Bilibiza.",
                  published=dt.date(2024, 6, 5))
    assert row.sub_event_type == "Looting/property destruction"


def test_an_undated_event_of_one_inline_entry_is_not_folded_into_a_later_entrys(rows):
    found = rows("LIVE: the northern front - Thursday 3 October 2024\n\n"
                 "09:30 - Sirens sounded in the Upper Galilee. The army says about 20 rockets were fired from Lebanon toward "
                 "the Metula area; most were intercepted.\n\n"
                 "10:45 - Some background: on Tuesday night Iran fired around 180 ballistic missiles at Israel. Most were shot "
                 "down.", published=dt.date(2024, 10, 3))
    assert sorted(r.event_date for r in found) == [dt.date(2024, 10, 1), dt.date(2024, 10, 3)]


def test_deaths_told_with_no_doer_belong_to_the_point_just_told(rows):
    found = rows("- On 9 April, three women collecting firewood near Paoua were raped by armed men the survivors identified "
                 "as rebels.\n- On 11 April, a motorcycle taxi struck an explosive device on the road north of Bozoum. The "
                 "driver and one passenger were killed.", published=dt.date(2024, 4, 17))
    assert {r.sub_event_type: r.fatalities for r in found} == {"Sexual violence": 0, "Remote explosive/landmine/IED": 2}


def test_a_recommendations_imperative_tells_no_event(rows):
    assert rows("RECOMMENDATIONS\n* Strengthen mine-risk education in Ouham-Pende.\n"
                "* Ensure protection of civilians around the displacement sites.", published=dt.date(2024, 4, 17)) == []


def test_the_noun_of_the_occasion_names_the_doer_of_a_passive_killing(rows):
    (row,) = rows("Nine villagers were killed overnight in an attack by Boko Haram fighters on Kwajafa village near Biu.",
                  published=dt.date(2024, 6, 14))
    assert row.actor1.startswith("Boko Haram") and row.actor2 == "Civilians (Nigeria)"


def test_troops_a_named_military_speaks_of_are_its_own_abroad(rows):
    found = rows("The Lebanese army said one of its soldiers was wounded by Israeli shelling near Marjayoun on Tuesday.\n\n"
                 "The Israeli military says troops of an infantry brigade killed four Hezbollah fighters near Aita al-Shaab "
                 "on Monday.", published=dt.date(2024, 10, 22))
    clash = next(r for r in found if r.sub_event_type == "Armed clash")
    assert clash.actor1 == "Military Forces of Israel (2022-)" and clash.actor2 == "Hezbollah"


def test_a_device_detected_beside_a_blast_is_an_attack_prevented(rows):
    found = rows("On Saturday 5 October, a convoy escorted by soldiers struck an improvised explosive device on the "
                 "Bogande-Piela axis (Gnagna province). Two VDP volunteers lost their lives. A second device was detected and "
                 "neutralised by the engineering team four kilometres further on.", published=dt.date(2024, 10, 7))
    assert sorted(r.sub_event_type for r in found) == ["Disrupted weapons use", "Remote explosive/landmine/IED"]


def test_a_ceasefire_that_could_be_reached_is_no_agreement(rows):
    found = rows('A Lebanese official tells us a ceasefire "could be reached within days" but that "nothing is agreed yet".',
                 published=dt.date(2024, 10, 22))
    assert not [r for r in found if r.modality == "asserted"]
