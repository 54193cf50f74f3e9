"""Place and toll rules found on a blind set of coder notes: a capital in the event's own clause is no
namesake, a unit the clause names passes over a namesake abroad, a note's "coded to X" is the point,
a place named as a cause or as another event's scene is not the event's, and a labelled toll further
on in the note is its figure.  Our own sentences."""

from __future__ import annotations

import datetime as dt


def test_a_capital_in_the_events_clause_outweighs_a_country_named_in_passing(rows):
    (row,) = rows("On 2 May 2024, hundreds of students marched to parliament in Kampala, echoing recent protests in Kenya.")
    assert row.country == "Uganda" and row.location == "Kampala"


def test_a_capital_where_someone_only_spoke_is_still_no_place_of_the_event(rows):
    found = rows("On 2 May 2024, gunmen killed four herders near Kidal, a diplomat in Paris said.")
    assert found and all(r.country != "France" for r in found)


def test_a_unit_named_in_the_clause_passes_over_a_namesake_abroad(rows):
    (row,) = rows("On 5 March 2024, gunmen raided Maar village in Jonglei, killing four civilians.")
    assert row.country == "South Sudan"


def test_a_note_says_which_town_it_is_coded_to(rows):
    (row,) = rows("On 7 April 2024, gunmen killed three farmers in an unlocated village near the Niger border. "
                  "Coded to Kaura Namoda (Zamfara).")
    assert row.country == "Nigeria" and row.location == "Kaura Namoda" and row.geo_precision == 2


def test_a_place_stood_with_is_no_place_of_the_march(rows):
    found = rows("On 20 October 2023, police arrested dozens of people after a march in solidarity with Gaza "
                 "reached the main square in Amman.")
    assert found and all(r.country == "Jordan" for r in found)


def test_the_scene_of_an_event_a_march_followed_is_not_the_marchs(rows):
    found = rows("On 18 October 2023, thousands gathered in the Shmeisani district of Amman and tried to march "
                 "on the embassy after the blast at a hospital in Gaza. Police fired tear gas to stop them.")
    protests = [r for r in found if r.event_type == "Protests"]
    assert protests and all(r.country == "Jordan" for r in protests)


def test_a_labelled_toll_further_on_in_the_note_is_its_figure(rows):
    (row,) = rows("On 1 May 2024, militants attacked an army base in Djibo (Soum, Sahel). Troops repelled the "
                  "attack with air support. Fatalities: 11 (3 soldiers, 8 attackers).")
    assert row.fatalities == 11


def test_an_unlabelled_figure_two_sentences_on_is_not_taken(rows):
    (row,) = rows("On 1 May 2024, militants attacked an army base in Djibo (Soum, Sahel). Troops repelled the "
                  "attack with air support. The town has 40 schools.")
    assert row.fatalities == 0


def test_a_note_coded_to_a_town_reads_it_within_the_units_bracketed_before(rows):
    (row,) = rows("On 20 April 2024, gunmen shot dead a shopkeeper in a hamlet of Leer county (Leer, Unity). "
                  "The hamlet could not be located; coded to Leer town.")
    assert row.country == "South Sudan" and row.admin1 == "Unity"


def test_a_place_in_a_clause_opened_by_after_is_the_earlier_events(rows):
    (row,) = rows("On 22 April 2024, soldiers dismantled two rocket launchers near Nabatieh, hours after rockets "
                  "were fired towards Kiryat Shmona in northern Israel.")
    assert row.country == "Lebanon"



def test_the_dead_of_forces_firing_on_rioters_are_the_riots(rows):
    (row,) = rows("On 1 April 2024, during protests over hospital closures, youths armed with stones tried to storm "
                  "the gendarmerie post in Tiznit and set cars on fire. Gendarmes opened fire, killing 2 people.")
    assert row.event_type == "Riots" and row.fatalities == 2


def test_forces_firing_on_a_peaceful_crowd_is_excessive_force_not_a_riot(rows):
    (row,) = rows("On 25 April 2024, police opened fire on a largely peaceful crowd of demonstrators on Moi Avenue in "
                  "Nairobi during protests against the tax bill. At least 5 protesters were shot dead.")
    assert row.sub_event_type == "Excessive force against protesters" and row.fatalities == 5


def test_a_separate_shooting_in_the_same_town_stays_its_own_row(rows):
    found = rows("On 3 March 2024, hundreds of traders protested peacefully in Kano against new levies.\n\n"
                 "In a separate incident in Kano the same day, soldiers shot dead a man at a checkpoint.")
    assert len(found) == 2


def test_a_labelled_toll_is_the_figure_over_a_claim_told_beside_it(rows):
    (row,) = rows("On 20 March 2024, militants ambushed an army patrol near Banibangou (Tillaberi). Fatalities: 23 "
                  "(soldiers); army claims of 30 militants killed were not coded.")
    assert row.fatalities == 23


def test_a_labelled_toll_already_counts_the_bomber(rows):
    (row,) = rows("On 24 April 2024, a suicide bomber blew himself up at a military academy in Mogadishu as soldiers "
                  "gathered for the morning parade. Fatalities: 4 (including the attacker); several soldiers injured.")
    assert row.fatalities == 4


def test_a_province_that_frames_the_clause_holds_the_town_it_names(rows):
    found = rows("Glide bombs kill two in Zaporizhzhia\n\n"
                 "Russian glide bombs hit Zaporizhzhia on Saturday, killing two people, the regional governor said. "
                 "Russian artillery also shelled Kamianske, a village in Zaporizhzhia Oblast, and Orikhiv, wounding a woman.\n\n"
                 "In Donetsk Oblast, Russian shelling killed two pensioners in Kostiantynivka on Sunday, the regional "
                 "administration said.\n\n"
                 "In occupied Enerhodar, officials installed by Moscow said a drone hit a bus. More than 100 civilians "
                 "have been killed in Zaporizhzhia Oblast this year.", published=dt.date(2025, 6, 23))
    (town,) = [r for r in found if r.fatalities == 2 and r.event_date == dt.date(2025, 6, 22)]
    assert town.location is not None and town.location.startswith("Kost") and town.geo_precision == 1
