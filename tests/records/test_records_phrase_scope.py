"""What a phrase or a line of the text belongs to: a doer after "by" is no place but the actor, a name given
to the thing a phrase places is no town for "the city", a noun subject's verb gives the event's toll, each item
of a bulleted list of sentences is a report of its own (a list of clauses ending in semicolons stays one
sentence: a guard), a day the story moves to dates what follows, a crowd that gathered somewhere to protest
protested there, and what was done while trying something is no trial.  Our own sentences."""

from __future__ import annotations

import datetime as dt


def test_a_doer_after_by_is_no_place_of_the_event_but_its_actor(rows):
    (row,) = rows("Shelling by Sudan's army killed five people in a camp on the edge of Nyala on Monday, a medic said.")
    assert row.location == "Nyala" and (row.actor1 or "").startswith("Military Forces of Sudan")


def test_a_name_given_to_the_site_the_phrase_places_is_not_the_city(rows):
    found = rows("Rebels and soldiers fought in Nyala in South Darfur on Saturday.\n\n"
                 "On Sunday, a shell hit the Limuru market in the north of the city, killing two people.")
    shelling = [r for r in found if r.event_date.day == 5]
    assert shelling and all(r.country == "Sudan" and r.location == "Nyala" for r in shelling)


def test_the_verb_of_an_event_nouns_subject_gives_its_toll(rows):
    (row,) = rows("A drone attack on a wedding party in Kidal killed eleven guests on Friday.")
    assert row.fatalities == 11


def test_each_item_of_a_bulleted_list_is_its_own_report(rows):
    found = rows("Overnight developments in the region:\n"
                 "- A roadside bomb killed two soldiers near Gao on Sunday, officials said.\n"
                 "- Troops repelled an attack on their base near Menaka on Sunday, the army said.")
    assert {r.location for r in found} >= {"Gao", "Menaka"}


def test_a_new_day_the_story_moves_to_dates_the_undated_events_after_it(rows):
    found = rows("Police fired tear gas at mourners in Lagos on Thursday.\n\n"
                 "The killings happened on Wednesday, the deadliest day of the unrest so far.\n\n"
                 "In Ibadan, two traders were shot dead when soldiers opened fire on a crowd of protesters.",
                 published=dt.date(2024, 5, 10))
    ibadan = [r for r in found if r.location == "Ibadan"]
    assert ibadan and all(r.event_date == dt.date(2024, 5, 8) for r in ibadan)


def test_a_crowd_that_gathered_somewhere_to_protest_protested_there(rows):
    (row,) = rows("On 8 March 2024, several thousand women gathered at the Place de la Nation in Niamey on the "
                  "invitation of the authorities to protest against the border closures imposed on Niger by its neighbours.")
    assert row.location == "Niamey"


def test_a_list_of_clauses_ending_in_semicolons_stays_one_sentence(rows):
    found = rows("On Sunday 5 May, rebels attacked an army post near Bol. The toll is as follows:\n"
                 "- on our side: four soldiers killed;\n"
                 "- on the enemy side: eleven rebels killed and two boats recovered.")
    assert [r.sub_event_type for r in found] == ["Armed clash"]


def test_what_a_crowd_did_while_trying_to_storm_a_building_is_no_trial(rows):
    # "tried" is a word of the courts only without the infinitive of what was attempted
    (row,) = rows("On 9 May 2024, hundreds of youths marched in Conakry; some of them tried to force their way into "
                  "the ministry, setting fire to a gate.", published=dt.date(2024, 5, 20))
    assert row.event_type == "Riots" and row.location == "Conakry"
