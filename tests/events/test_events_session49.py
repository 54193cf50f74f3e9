"""Events-stage rules found on the w44 reading.  Our own sentences; each fails on the session-start code (40fe0c0)
unless marked as a guard."""

from __future__ import annotations

from dateline.events import event_mentions


def _modalities(linked_nlp, text: str) -> list[tuple[str, str]]:
    return [(m.sub_event_type, m.modality) for m in event_mentions(linked_nlp(text))]


RELIEF_NOTE = ("PROVINCIAL DISASTER MANAGEMENT AUTHORITY\nRelief Wing, Block C, Muzaffarabad\n\n"
               "PRESS NOTE - 3 August 2023\n\n"
               "Subject: Rescue work in flood-hit villages of the Neelum valley\n\n"
               "1. Flash floods after two days of heavy rain swept away 60 houses in four villages of the valley on "
               "Tuesday night, and the flood waters washed away two bridges. Nine people have died and 14 are missing, "
               "the district administration says.\n\n")


def test_guard_troops_sent_to_a_flood_named_only_in_a_releases_subject_line_are_relief(mentioned):
    """Guard (passes on both): the troops deployed for the disaster are relief, no change to a group."""
    assert mentioned(RELIEF_NOTE + "2. The army has deployed 250 troops and two engineering teams alongside the "
                                   "police to clear the road and reach the stranded families.") == []


def test_army_helicopters_flying_sorties_in_a_disaster_strike_nothing(mentioned):
    """The release's title block (letterhead, date line, "Subject:") names the disaster, its first line does not; the
    state's aircraft in a disaster report are relief work."""
    assert mentioned(RELIEF_NOTE + "3. Two army helicopters have completed 7 sorties, airlifting 12 injured persons "
                                   "to hospitals in Muzaffarabad.") == []


def test_a_supposed_curfew_is_not_reported_as_imposed(linked_nlp):
    found = _modalities(linked_nlp, "On Tuesday night voice notes spread on WhatsApp about a supposed curfew "
                                    "imposed by a cartel on the town of Uruapan from 8 pm.")
    assert ("Change to group/activity", "asserted") not in found


def test_a_missile_alert_is_no_missile_attack(mentioned):
    """"A ballistic missile threat was declared": the weapon named is what the alert feared."""
    assert mentioned("A ballistic missile threat was declared for Dnipro at 6:10, and the all-clear was given "
                     "forty minutes later.") == []


def test_a_sides_word_the_next_sentence_calls_a_false_claim_is_denied(linked_nlp):
    """A plain "says" is no claim verb, but the next sentence names it "the claim" and calls it untrue."""
    found = _modalities(linked_nlp, "The rebels' spokesman says his fighters have \"captured\" Kibati, a village "
                                    "north of Goma. An army officer told reporters the claim was untrue.")
    assert found and all(modality != "asserted" for _, modality in found)


def test_an_accusation_the_accused_call_a_false_claim_is_still_reported(linked_nlp):
    """Guard (passes on both; it failed midway through the session): only a side's word of its own deed is undone by
    "the claim was false", and a denial of blame undoes no killing."""
    found = _modalities(linked_nlp, "Local officials say rebel fighters killed three farmers in Katana on Wednesday. "
                                    "A rebel spokesman said the claim was false.")
    assert ("Attack", "asserted") in found


def test_guard_a_plain_report_denied_without_naming_a_claim_stays(linked_nlp):
    """Guard (passes on both): the reporter's own account, answered by a denial that names no claim."""
    found = _modalities(linked_nlp, "Witnesses say gunmen burned a clinic in Kibati on Monday. The governor said "
                                    "the security forces were in control.")
    assert ("asserted" in {modality for _, modality in found})


def test_forces_shot_at_in_the_passive_fought_a_battle(mentioned):
    assert mentioned("Officers on patrol in Machala were shot at by members of a gang on Sunday night; the "
                     "officers returned fire.") == ["Armed clash"]


def test_an_attack_the_next_sentence_says_was_repelled_was_a_battle(mentioned):
    """Those attacked are named by no armed word ("staff of the district"), but they fought the attack off."""
    found = mentioned("Staff of the Machala district carrying out a control operation in the barrio Rayito de Luz "
                      "were attacked with firearms by members of a gang. The staff repelled the attack.")
    assert "Armed clash" in found and "Attack" not in found


def test_a_unit_named_anti_kidnapping_tells_no_kidnapping(linked_nlp):
    from dateline.events.features import find_hits

    doc = linked_nlp("Officers of the Anti-Kidnapping Unit and anti-riot police met the governor.")
    lexicon = linked_nlp.get_pipe("dateline_events").detector.lexicon
    assert [s[h.start:h.end].text for s in doc.sents for h in find_hits(lexicon, s) if not h.oos] == []


def test_a_tally_kept_over_the_month_is_no_air_strike(mentioned):
    """The subject counts deaths "recorded so far this month": a tally, whatever the tense of its verb."""
    assert mentioned("At least 40 of the 120 civilian deaths recorded so far this month resulted from air "
                     "strikes, the monitors said.") == []


def test_guard_a_raid_lasting_days_is_no_tally(mentioned):
    """Guard (passes on both): "lasting three days" counts the raid's days, not deaths over a period."""
    assert mentioned("A raid on the camp lasting three days left nine fighters dead.")


def test_a_column_that_entered_a_village_and_burned_it_destroyed_property(mentioned):
    """To enter a village is only to go in; the burning is the event."""
    assert mentioned("On 4 March, an army column of around 70 troops advancing from Gangaw town entered Kyauk Sin "
                     "village (Gangaw Township, Magway Region) and set fire to more than 50 houses after the villagers "
                     "had fled.") == ["Looting/property destruction"]


def test_guard_troops_that_entered_a_town_and_raised_the_flag_retook_it(mentioned):
    """Guard (passes on both)."""
    assert mentioned("Government troops entered the town of Kidal on Tuesday and raised the national flag over the "
                     "governor's office.") == ["Government regains territory"]


def test_what_the_shelling_followed_is_told_and_the_shelling_is_not_told_twice(mentioned):
    found = mentioned("On Monday, artillery shelled Kanyaruchinya, killing a boy. Witnesses said the shelling "
                      "followed a rebel attack on an army post near the village that morning.")
    assert found.count("Shelling/artillery/missile attack") == 1 and "Armed clash" in found


def test_masked_men_attacking_two_reporters_is_an_attack(mentioned):
    """The classifier put no event first; "attacked" with people as its object, done by no state force, is one."""
    assert mentioned("At about 02:00, near the Philharmonic hall, some ten men in black masks attacked two Imedi "
                     "camera operators and smashed their tripod.") == ["Attack"]


def test_guard_words_said_against_a_minister_are_no_attack(mentioned):
    """Guard (passes on both)."""
    assert mentioned("Opposition leaders attacked the finance minister over the budget on Tuesday.") == []


def test_what_people_say_they_will_do_is_planned(linked_nlp):
    """"they'll join": the contraction of "will"."""
    found = _modalities(linked_nlp, "Students have called a march on the capital for Saturday. Opposition parties "
                                    "say they'll join.")
    assert found and all(modality != "asserted" for _, modality in found)


def test_machines_set_alight_by_masked_men_were_destroyed_not_burnt_by_accident(mentioned):
    """A passive with people as its doer is a deed, however much the rest reads like an accident."""
    assert mentioned("Four tractors owned by a logging contractor were set alight on Saturday night by a group "
                     "of masked men, who doused the cabs with petrol.") == ["Looting/property destruction"]


def test_suspects_killed_in_an_exchange_of_fire_read_as_a_crime_died_in_a_battle(mentioned):
    """The classifier reads a police note as a crime; the killing's "in the exchange of fire" still says the fight
    is the event."""
    assert mentioned("Four \"suspects\" were killed in the exchange of fire and two pistols were seized, the "
                     "corporation said in a statement.") == ["Armed clash"]


def test_officers_who_went_in_and_were_attacked_fought_a_battle(mentioned):
    """The passive joined to the officers' own verb takes its subject: the forces were the target."""
    assert mentioned("On Monday, officers entered the Bella Vista neighbourhood of Guayaquil at dawn and were "
                     "attacked by gang members.") == ["Armed clash"]


def test_forces_attacked_after_they_went_in_took_no_ground(mentioned):
    """"entered ... and were attacked": the passive attack is the fight they met, no ground won by it."""
    assert mentioned("According to the army, soldiers entered the Bairro Novo and Vila Nova quarters at dawn to "
                     "remove roadblocks and were attacked by members of the Terceiro Comando.") == ["Armed clash"]


def test_a_running_total_since_a_day_is_a_tally(mentioned):
    """The subject is a count kept ("the running total since Friday"), though the parser hangs it on "is"."""
    assert mentioned("The interior ministry's running total since Friday is 310 detained and 95 police "
                     "injured.") == []
