"""Events-stage rules found on the w43 reading.  Our own sentences; each fails on the session-start code (5453e63)
unless marked as a guard."""

from __future__ import annotations

from dateline.events import event_mentions


FLOOD_REPORT = ("Floods kill 12 in eastern Chad as rains continue\n\n"
                "ABECHE - Floods caused by torrential rains have killed 12 people in Abeche since Saturday, the governor "
                "said on Tuesday. The floods destroyed more than 800 houses and the flood waters cut the main roads.\n\n")


def test_troops_deployed_to_evacuate_flood_victims_are_no_event(mentioned):
    """In a disaster report, the army's deployment to help evacuate families is relief, no change to a group."""
    assert mentioned(FLOOD_REPORT + "On Monday, the army deployed an engineering unit and about 300 soldiers to "
                                         "help the civil protection services evacuate families from flooded areas.") == []


def test_guard_an_armed_groups_move_in_a_flood_report_stays(mentioned):
    """Guard (passes on both): an attack by an armed group in the flooded area is still violence."""
    found = mentioned(FLOOD_REPORT + "On Monday, Boko Haram fighters attacked a relief convoy near Abeche, killing "
                                          "two drivers.")
    assert found and found != ["Change to group/activity"]


def test_a_postponed_rally_did_not_happen(linked_nlp):
    found = [m.modality for m in event_mentions(linked_nlp("DAKAR, April 3 - An opposition coalition has postponed the rally it "
                                                    "had planned to hold on Saturday at the Place de la Nation."))]
    assert found and "asserted" not in found


def test_a_protest_said_to_be_peaceful_is_no_force_on_it(mentioned):
    """"the protest was peaceful and dispersed on its own after the governor spoke to the crowd": "dispersed" and
    "crowd" read as force on protesters; the sentence says none came."""
    found = mentioned("A reporter told us the protest in Kosti was peaceful and dispersed on its own after the "
                           "deputy governor addressed the crowd.")
    assert found and set(found) == {"Peaceful protest"}


def test_men_beheaded_in_a_raid_that_also_looted_is_an_attack(mentioned):
    """ACLED codes the killing, not the looting that came with it."""
    found = mentioned("According to the village chief, the attackers beheaded two men, set fire to about 30 huts and "
                           "the clinic, and looted the small shops in Mahate on Friday before withdrawing into the bush.")
    assert found == ["Attack"]


def test_guard_looting_and_burning_with_no_one_killed_stays_looting(mentioned):
    """Guard (passes on both)."""
    assert mentioned("Insurgents looted shops and set fire to 30 huts in the village of Mahate on Friday, "
                          "residents said.") == ["Looting/property destruction"]


def test_a_raid_that_left_people_dead_is_no_arrest(linked_nlp):
    """A raid is read as an arrest; one that "left 14 dead" with no one said to be held is violence, once (the raid,
    the subject of "left", is the event reported, not a second one it refers to)."""
    found = [(m.kind, m.event_type) for m in event_mentions(linked_nlp(
        "In March, a raid on the Jenin camp lasting three days left 12 Palestinians dead."))]
    assert len(found) == 1 and found[0][1] in ("Battles", "Violence against civilians")


def test_forces_sent_to_the_area_after_an_event_are_no_event(mentioned):
    """"deployed to the area", "deployed to separate the communities": the answer to what happened, no change to a
    group of its own."""
    for text in ("Clashes between two clans killed four people near Abeche on Sunday. Additional gendarmes were deployed "
                 "to the area on Monday.",
                 "Gendarmes have been deployed to separate the two communities near Abeche, the governor said on Monday."):
        assert "Change to group/activity" not in mentioned(text)


def test_guard_troops_deployed_into_a_named_town_are_still_told(mentioned):
    """Guard (passes on both): a deployment into a town the text names is a change to where the force is."""
    assert mentioned("Government troops deployed to Bakouma on Tuesday, the army said.")
