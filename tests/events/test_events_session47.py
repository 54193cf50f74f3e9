"""Events-stage rules found on the w42 reading.  Our own sentences; each fails on the session-start code (9c8d34a)
unless marked as a guard."""

from __future__ import annotations



def test_armed_men_firing_on_people_in_a_bar_is_violence_not_a_crime_story(mentioned):
    """No crime word: the classifier leans to "crime", but armed men firing at people ("fired at", a word of attack) is
    an attack."""
    assert mentioned("Four armed men fired at customers in a bar in Irapuato late on Sunday.") == ["Attack"]


def test_guard_a_robbery_stays_a_crime(mentioned):
    """Guard (passes on both): a crime word keeps the crime reading."""
    assert mentioned("Four armed men robbed customers in a bar in Irapuato late on Sunday.") == []


def test_shooting_at_forces_is_a_battle_and_at_people_an_attack(mentioned):
    """"fired at", "fired on", "shot at" are words of an attack: at forces on duty, the corrections make it a fight."""
    assert mentioned("Suspected cartel members fired at soldiers guarding a checkpoint near Celaya on Monday.") \
        == ["Armed clash"]
    assert mentioned("Gunmen shot at police officers near Celaya on Monday, wounding one.") == ["Armed clash"]
    assert mentioned("Four armed men walked into a bar in Irapuato late on Sunday and fired at customers.") == ["Attack"]
