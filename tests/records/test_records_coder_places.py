"""Place and toll rules found on a blind set of coder notes: a capital in the event's own clause is no
namesake, a unit the clause names passes over a namesake abroad, a note's "coded to X" is the point,
a place named as a cause or as another event's scene is not the event's, and a labelled toll further
on in the note is its figure.  Our own sentences."""

from __future__ import annotations


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
