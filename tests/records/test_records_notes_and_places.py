"""Rows as a coder writes them, found on blind coder notes and articles written for us: ACLED's
country names, a demonstration during a disaster, a note's dropped auxiliary, where a struck vehicle
was, a bearing taken from a name the tagger calls a person, a capital that speaks for its state,
and a city district the gazetteer lacks.  Our own sentences."""

from __future__ import annotations

import datetime as dt


def test_a_row_names_its_country_as_acled_does(rows):
    found = rows("Rebels attacked an army post in Rutshuru on Monday, killing two soldiers.")
    assert found and all(r.country == "Democratic Republic of Congo" for r in found)


def test_a_demonstration_during_a_heatwave_is_still_a_demonstration(rows):
    found = rows("On 14 July 2025, residents of Taiz protested against long power cuts during the heatwave.",
                 published=dt.date(2025, 7, 15))
    assert [r.sub_event_type for r in found] == ["Peaceful protest"]


def test_a_notes_counted_victims_with_no_auxiliary_are_the_events_outcome(rows):
    found = rows("On 3 August 2023, ISIS gunmen on a motorcycle opened fire on an SDF checkpoint at the entrance of Maadan town "
                 "(Maadan subdistrict, Raqqa). 1 SDF fighter killed, 2 wounded.", published=dt.date(2023, 8, 9))
    assert len(found) == 1


def test_a_struck_vehicle_is_where_its_passengers_were(rows):
    (row,) = rows("In neighbouring Shabwa province, a roadside bomb hit a pick-up truck carrying members of the local "
                  "defence forces on the outskirts of the provincial capital Ataq on Monday, killing two.")
    assert row.location == "Ataq"


def test_a_bearing_is_taken_from_a_place_whatever_the_tagger_says(rows):
    (row,) = rows("Troops killed five militants in an exchange of fire south of Sheikh Zuweid in North Sinai on "
                  "Saturday, the army said.")
    assert row.location == "Ash Shaykh Zuwayd" and row.country == "Egypt"


def test_a_capital_that_speaks_for_its_state_places_nothing(rows):
    found = rows("Turkey warned it would launch a new operation. Ankara has made similar threats repeatedly since "
                 "December.\n\nFighting between SNA factions and the SDF near the Qara Qozak bridge on Tuesday killed "
                 "12 fighters.")
    assert found and all(r.country != "Turkey" for r in found)


def test_a_district_of_a_big_city_the_gazetteer_lacks_is_placed_at_the_city(rows):
    found = rows("A fragile calm held across Tripoli on Sunday as shops reopened.\n\nOn Monday night fighters from "
                 "the 444 Brigade stormed the militia's positions in the Abu Salim district after hours of heavy "
                 "gunfire. Six bodies were recovered.", published=dt.date(2025, 5, 18))
    assert found and found[0].location == "Tripoli" and found[0].geo_precision == 2


def test_a_notes_later_sentence_takes_the_notes_day_with_no_publication_date(rows):
    found = rows("On 5 May 2024, militants attacked an army post in Diffa. Separately, gunmen abducted two traders "
                 "in the town.", published=None)
    assert len(found) == 2
    assert all(r.event_date == dt.date(2024, 5, 5) for r in found)


def test_the_toll_of_force_used_on_a_demonstration_is_its_toll(rows):
    found = rows("On 20 October 2022, security forces opened fire on demonstrators in Moundou. Around 15 people were "
                 "killed in the town, per government figures.", published=None)
    assert len(found) == 1 and found[0].sub_event_type == "Excessive force against protesters"
    assert found[0].fatalities == 15


def test_a_name_written_twice_is_one_place_of_support_for_its_country(rows):
    # "Nasir" (the town and its county) is read as a namesake in Turkey; written twice it is still one
    # place there, and it does not outweigh the province the brackets name
    (row,) = rows("On 4 March 2025, armed youths killed 3 soldiers in Nasir town (Nasir county, Upper Nile).",
                  published=dt.date(2025, 3, 6))
    assert row.country == "South Sudan"


def test_an_incident_forms_date_field_dates_what_the_form_tells(rows):
    # filed two days later; the form's own field says when it happened, not the filing day
    form = ("SECURITY INCIDENT REPORT - filed 10/04/2024\n\n"
            "Incident date: 08/04/2024 (Monday), around 06:00\n"
            "Location: Kaya town, Centre-Nord region.\n\n"
            "Description: Armed men on motorcycles opened fire on traders at the cattle market, killing three.")
    (attack,) = rows(form, published=dt.date(2024, 4, 10))
    assert (attack.event_date, attack.time_precision) == (dt.date(2024, 4, 8), 1)
