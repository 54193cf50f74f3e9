"""Rules found on the w33 reading and on the w32 read half's leftovers: a village set "in the X region" is
held by that region.  Our own sentences."""

from __future__ import annotations

import datetime as dt

from dateline.types import CountMention


def _counts(text: str, published: dt.date) -> list[CountMention]:
    """The counts stage's reading of ``text`` through the whole pipeline."""
    from dateline import pipeline
    from dateline.counts import count_mentions
    from dateline.types import Article

    return count_mentions(next(pipeline.process(pipeline.build(), [Article(text=text, published=published)])))


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


def test_a_weekday_before_armed_youth_names_no_community(rows):
    found = rows("Separately, on Sunday armed youth from a neighbouring county attacked a cattle camp near Leer, killing "
                 "four herders, officials said.", published=dt.date(2025, 3, 12))
    assert found and not [r for r in found if "Sunday" in (r.actor1 or "") + (r.actor2 or "")]


def test_the_event_that_left_people_dead_is_not_counted_among_them():
    found = _counts("A fight between two clans near Goz Beida on Monday left seven dead.", dt.date(2024, 10, 21))
    assert [c.low for c in found if c.kind == "fatalities"] == [7]


def test_a_figure_a_source_later_confirmed_replaces_the_first_report(rows):
    found = rows("A fight between two clans near Goz Beida on Monday left eleven dead according to early reports. The "
                 "prefect later confirmed seven dead and nine wounded.", published=dt.date(2024, 10, 23))
    assert [(r.fatalities, r.counts.injured) for r in found] == [(7, 9)]


def test_a_toll_told_for_a_region_alone_or_over_a_week_is_a_tally(rows):
    found = rows("County officials say 45 people have been killed in Pibor alone this month.", published=dt.date(2025, 3, 20))
    assert not [r for r in found if r.modality == "asserted" and r.fatalities]
    found = rows("On Friday the ministry said it had neutralised 23 militants in the north over the past week, without "
                 "saying where.", published=dt.date(2025, 3, 22))
    assert not [r for r in found if r.modality == "asserted"]


def test_seized_firearms_are_no_one_arrested():
    found = _counts("Police seized 18 unlicensed firearms and detained two men.", dt.date(2024, 3, 7))
    assert [c.low for c in found if c.kind == "arrested"] == [2]


def test_an_operation_to_retake_a_place_is_an_aim_not_ground_taken(rows):
    found = rows('The army has announced an operation to "restore full control" of the Bunyakiri area in the coming '
                 "days, and to retake the villages lost last month.", published=dt.date(2023, 3, 9))
    assert not [r for r in found if r.modality == "asserted" and r.event_type == "Battles"]
    found = rows("Militiamen are massing near Lubero to retake the town from the rebels, residents said on Monday.",
                 published=dt.date(2023, 3, 9))
    assert not [r for r in found if r.modality == "asserted" and r.event_type == "Battles"]


def test_the_first_attack_to_hit_a_town_still_happened(rows):
    found = rows("A car bomb exploded near the governor's office in Baidoa on Monday, killing three guards. It was the "
                 "first attack to hit the town this year.", published=dt.date(2024, 3, 12))
    assert [r.modality for r in found if r.event_type == "Explosions/Remote violence"] == ["asserted"]


def test_bodies_counted_after_a_told_attack_are_its_toll(rows):
    found = rows("Gunmen attacked the village of Kollo in Niger's Tillaberi region on Saturday, burning homes and shooting "
                 "residents, witnesses said. The district health office said on Tuesday it had counted at least 40 bodies.",
                 published=dt.date(2025, 7, 16))
    assert [(r.sub_event_type, r.fatalities) for r in found] == [("Attack", 40)]


def test_a_gathering_that_dispersed_of_itself_met_no_force(rows):
    found = rows("Outside the tribunal, some 40 mothers of the detained men held a vigil with candles on Monday. The "
                 "peaceful gathering dispersed after two hours.", published=dt.date(2024, 6, 19))
    assert [r.sub_event_type for r in found] == ["Peaceful protest"]


def test_arrests_told_overnight_after_a_riot_are_an_event_of_their_own(rows):
    found = rows("Angry residents of Sebha protested on Sunday over fuel shortages and later set fire to the office of "
                 "the municipal council, witnesses said.\n\nOvernight, security forces detained six men accused of leading "
                 "the unrest, relatives said.", published=dt.date(2024, 2, 13))
    assert sorted(r.sub_event_type for r in found) == ["Arrests", "Violent demonstration"]


def test_a_translated_interpellation_is_an_arrest_and_a_handover_of_people_no_ground(rows):
    found = rows("In the commune of Tougouri, the gendarmes on Friday interpellated four men suspected of selling fuel "
                 "to the armed groups. They were handed over to the police of Kaya for questioning.",
                 published=dt.date(2024, 2, 20))
    assert [(r.sub_event_type, r.counts.arrested) for r in found] == [("Arrests", 4)]


def test_heroes_who_rose_as_martyrs_are_dead():
    found = _counts("Our forces repelled the attack on the post. Two of our heroes rose as martyrs and five others were "
                    "wounded. Fuel prices rose as traders fled.", dt.date(2024, 8, 29))
    assert sorted((c.kind, c.low) for c in found) == [("fatalities", 2), ("injured", 5)]


def test_a_toll_not_yet_verified_is_still_the_fights_toll(rows):
    found = rows("- On 2 May, militiamen attacked army positions in Lulingu (Shabunda territory). Fighting lasted most of "
                 "the day. According to local sources, three soldiers and four militiamen were killed; the toll has not "
                 "been independently verified.", published=dt.date(2023, 5, 6))
    assert [(r.sub_event_type, r.fatalities, r.modality) for r in found] == [("Armed clash", 7, "asserted")]


def test_a_unit_named_for_the_towns_own_province_keeps_the_town(rows):
    found = rows("Gunmen killed two Iranian border guards near the town of Saravan in Baluchestan on Monday, the IRNA news "
                 "agency said.", published=dt.date(2025, 6, 12))
    assert [(r.location, r.admin1) for r in found] == [("Saravan", "Sistan va Baluchestan")]


def test_a_day_told_twice_still_dates_the_next_sentence(rows):
    found = rows("Armed men were seen in the town of Kitchanga early on Tuesday (16 April), residents said. The fighters "
                 "freed detainees from the police station and looted the market, a local official added.",
                 published=dt.date(2024, 4, 18))
    assert found and all(r.event_date == dt.date(2024, 4, 16) for r in found)


def test_the_city_is_the_one_described_not_a_town_named_in_its_description(rows):
    found = rows("Kadugli, the capital of South Kordofan and a hub on the road linking El Obeid to Juba, has been under "
                 "pressure for months. A drone struck a fuel depot in the city late on Monday, two residents said.",
                 published=dt.date(2025, 7, 16))
    assert [(r.location, r.admin1) for r in found] == [("Kadugli", "South Kordofan")]


def test_deaths_recorded_over_a_week_are_a_count_not_an_event(rows):
    found = rows("- 52 deaths recorded in the districts covered this week, including 30 civilians.",
                 published=dt.date(2024, 6, 2))
    assert not [r for r in found if r.modality == "asserted"]


def test_a_government_that_reminds_the_public_only_tells():
    from dateline.events.triggers import _pick_trigger
    from dateline.nlp import load_base

    sent = next(load_base()("The Government reminds the public that more than 50 villages have been liberated since "
                            "March.").sents)
    assert _pick_trigger(sent, [], {"AGREEMENT"}).text == "liberated"


def test_an_ambush_on_a_minibus_is_an_attack_on_its_travellers(rows):
    found = rows("On 3 May 2024, unidentified gunmen ambushed a minibus near Awash (Awash Fentale woreda, Afar region). "
                 "3 civilians killed, 2 injured.", published=dt.date(2024, 5, 6))
    assert [r.sub_event_type for r in found] == ["Attack"]
    found = rows("Insurgents ambushed a military van near Awash on Sunday, killing two soldiers.", published=dt.date(2024, 5, 6))
    assert [r.sub_event_type for r in found] == ["Armed clash"]


def test_people_killed_in_an_assault_on_a_village_were_attacked(rows):
    found = rows("Militiamen killed at least 35 people, including women and children, in an assault on a village in "
                 "Ituri province on Sunday, a local official said.", published=dt.date(2024, 6, 11))
    assert [r.sub_event_type for r in found] == ["Attack"]
    found = rows("Two civilians were killed in an exchange of fire between troops and militiamen in Bunia on Sunday.",
                 published=dt.date(2024, 6, 11))
    assert [r.sub_event_type for r in found] == ["Armed clash"]


def test_shots_fired_into_the_air_over_a_crowd_are_an_intervention(rows):
    found = rows("Hundreds of residents of Nasiriyah took to the streets on Monday over water shortages. Police fired shots "
                 "into the air to disperse them; no injuries were reported.", published=dt.date(2023, 7, 19))
    assert [r.sub_event_type for r in found] == ["Protest with intervention"]
    found = rows("Police fired live rounds to disperse protesters in Nasiriyah on Monday, killing two.", published=dt.date(2023, 7, 19))
    assert [r.sub_event_type for r in found] == ["Excessive force against protesters"]


def test_a_where_clause_names_a_unit_the_places_stage_missed(rows):
    found = rows("GUSAU - Troops reached the village of Birnin Magaji, also in Bakura Local Government Area, where clashes "
                 "with bandits erupted on Monday, the army said.", published=dt.date(2023, 5, 16))
    assert [r.sub_event_type for r in found] == ["Armed clash"]
    assert [r.location for r in found] != ["Gusau"] and [r.admin1 for r in found] == ["Zamfara"]


def test_a_mass_grave_found_after_an_attack_is_still_a_development(rows):
    found = rows("Militiamen attacked the village of Kilo on Friday, killing nine people, local officials said. On Monday, "
                 "residents found a mass grave holding 12 bodies near the village.", published=dt.date(2021, 12, 8))
    assert "Other" in [r.sub_event_type for r in found]


def test_a_sentence_labelled_unconfirmed_tells_no_event(rows):
    found = rows("5/ Unconfirmed: reports that gunmen killed three herders near Torit on Monday.", published=dt.date(2025, 3, 12))
    assert not [r for r in found if r.modality == "asserted"]
    found = rows("5/ Update: gunmen killed three herders near Torit on Monday.", published=dt.date(2025, 3, 12))
    assert [r.sub_event_type for r in found if r.modality == "asserted"] == ["Attack"]
