"""Bodies found are killings by whoever left them, each body a death; Arabic names written with a
capitalised, hyphenated article are places; a former province still names its land.  Our own sentences."""

from __future__ import annotations


def test_who_finds_the_bodies_did_not_kill_them(rows):
    (row,) = rows("Police find bodies of three men with gunshot wounds outside Culiacan")
    assert row.sub_event_type == "Attack"
    assert row.actor1 is not None and row.actor1.startswith("Unidentified")
    assert row.fatalities == 3


def test_a_body_found_is_one_death(rows):
    (row,) = rows("Decapitated body found hanging from a bridge in Uruapan")
    assert row.fatalities == 1
    (row,) = rows("Gunmen dumped two corpses on the highway near Zitacuaro")
    assert row.fatalities == 2


def test_a_victim_found_slain_is_one_death(rows):
    (row,) = rows("Lawyer found slain in his car in Leon")
    assert row.sub_event_type == "Attack" and row.fatalities == 1


def test_a_title_case_headline_victim_is_one_death(rows):
    (row,) = rows("Soldier Killed In Ambush Near Kismayo")
    assert row.fatalities == 1


def test_a_capitalised_hyphenated_article_opens_a_place_name(rows):
    (row,) = rows("A landmine blast killed two shepherds in Al-Quneitra")
    assert row.country == "Syria"
    (row,) = rows("Gunmen killed four militiamen in western Al-Raqqah")
    assert row.country == "Syria" and row.admin1 is not None


def test_a_group_or_a_channel_with_the_article_is_no_place(rows):
    found = rows("Al-Jazeera reported that Al-Shabaab fighters stormed a base in Lower Shabelle on Monday.")
    assert found and all(r.location is None or "Jazeera" not in r.location for r in found)
    assert all(r.country in (None, "Somalia") for r in found)


def test_a_split_province_still_places_its_events(rows):
    (row,) = rows("Three soldiers wounded in clash with rebels in Maguindanao")
    assert row.country == "Philippines"


def test_the_side_a_battle_is_told_by_as_its_dead_is_actor2(rows):
    (row,) = rows("Two police officers were slain in an ambush near Iguala on Sunday.")
    assert row.actor2 is not None and row.actor2.startswith("Police Forces of Mexico")
    assert row.actor1 is not None and row.actor1.startswith("Unidentified")
    (row,) = rows("Soldier Killed In Ambush Near Kismayo")
    assert row.actor2 is not None and row.actor2.startswith("Military Forces of Somalia")


def test_sides_told_as_acting_keep_their_order(rows):
    (row,) = rows("Two soldiers and three rebels died in clashes near Beni on Monday.")
    assert row.actor1 is not None and row.actor1.startswith("Military Forces")


def test_a_group_named_after_a_state_does_not_outweigh_the_units_in_brackets(rows):
    (row,) = rows("Sinaloa Cartel gunmen killed two police officers in Guadalupe (Guadalupe, Chihuahua) on Sunday.")
    assert row.admin1 == "Chihuahua"


def test_a_direction_and_a_unit_word_name_no_place(rows):
    (row,) = rows("On 3 May 2021, soldiers killed four farmers in Mai Kadra village (Western zone, Tigray).")
    assert row.country == "Ethiopia" and row.actor1 is not None and "Ethiopia" in row.actor1


def test_a_word_inside_a_gang_name_is_no_place(rows):
    (row,) = rows("Members of Amigos Para Sempre shot a rival dead in Macapá on Friday.")
    assert row.admin1 == "Amapa"


def test_a_name_joined_by_the_persian_linking_vowel_is_one_place(rows):
    (row,) = rows("A roadside bomb hit a minibus near Mazar-i-Sharif on Monday.")
    assert row.country == "Afghanistan"


def test_the_martyred_and_the_neutralised_are_dead(rows):
    (row,) = rows("Two policemen were martyred when militants attacked a checkpost near Tank on Thursday.")
    assert row.fatalities == 2
    (row,) = rows("Soldiers raided Batibo on Saturday morning and neutralised three separatist fighters, the army said.")
    assert row.event_type == "Battles" and row.fatalities == 3


def test_a_place_s_name_inside_another_name_says_nothing_of_the_country(rows):
    (row,) = rows("A soldier was martyred when a roadside bomb went off near his vehicle in Mir Ali on Friday.")
    assert row.actor1 is None or "Belarus" not in row.actor1


def test_those_who_lost_their_lives_are_the_dead_and_the_side_hit(rows):
    (row,) = rows("Two soldiers of the army lost their lives in an overnight attack on their post near Karimama, officials said.")
    assert row.fatalities == 2
    assert row.actor2 is not None and row.actor2.startswith("Military Forces of Benin")
    (row,) = rows("Four soldiers died in an ambush near Kismayo on Monday.")
    assert row.actor2 is not None and row.actor2.startswith("Military Forces of Somalia")
