"""Counts that belong to an event, and ACLED fatalities, for hand-built event mentions."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import pytest

from dateline import pipeline
from dateline.records import counts as linking
from dateline.records.context import Context
from dateline.types import Article, EventMention

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "al-mukalla.txt"


@lru_cache(maxsize=1)
def nlp():
    return pipeline.build(stages=["actors", "counts"])


@lru_cache(maxsize=8)
def parsed(text: str):
    return next(pipeline.process(nlp(), [Article(text=text, published=dt.date(2016, 5, 12))]))


def mention(doc, trigger: str, event_type: str, sub: str) -> EventMention:
    start = doc.text.find(trigger)
    assert start >= 0, trigger
    sent = doc.char_span(start, start + len(trigger), alignment_mode="expand").sent
    return EventMention(start=start, end=start + len(trigger), text=trigger, sentence_start=sent.start_char,
                        sentence_end=sent.end_char, event_type=event_type, sub_event_type=sub)


def event_counts(doc, m, mentions=None):
    ctx = Context.of(doc)
    ctx.mentions = mentions
    return linking.event_counts(ctx, m)


def fatalities_for(doc, m, mentions=None):
    ctx = Context.of(doc)
    ctx.mentions = mentions
    return linking.fatalities_for(ctx, m)


def crowd_size(doc, m):
    return linking.crowd_size(Context.of(doc), m)


def summary(doc, m):
    return {kind: (c.low, c.high) for kind, c in event_counts(doc, m).items()}


def test_worked_example_surrender_of_57_and_arrest_of_8():
    doc = parsed(EXAMPLE.read_text(encoding="utf-8"))
    surrender = mention(doc, "surrendered", "Strategic developments", "Change to group/activity")
    assert summary(doc, surrender) == {"surrendered": (57, 57)}
    arrest = mention(doc, "busted", "Strategic developments", "Arrests")
    assert summary(doc, arrest) == {"arrested": (8, 8)}
    assert event_counts(doc, arrest)["arrested"].text == "eight-member cell"
    # the officer killed in 2015 is not a fatality of the arrest
    assert fatalities_for(doc, arrest).fatalities == 0
    houta = mention(doc, "arrested", "Strategic developments", "Arrests")
    assert summary(doc, houta) == {"arrested": (1, 1)}


def test_worked_example_killing_in_october_2015_has_one_fatality():
    doc = parsed(EXAMPLE.read_text(encoding="utf-8"))
    killing = mention(doc, "killed", "Violence against civilians", "Attack")
    result = fatalities_for(doc, killing)
    assert (result.fatalities, result.low, result.high) == (1, 1, 1)


def test_no_reported_figure_gives_zero_fatalities():
    doc = parsed("Rebels attacked an army post near Beni on Monday.")
    result = fatalities_for(doc, mention(doc, "attacked", "Battles", "Armed clash"))
    assert (result.fatalities, result.low, result.high, result.evidence) == (0, None, None, [])


def test_range_gives_lowest_figure_with_low_and_high():
    doc = parsed("Fighting killed between 20 and 30 fighters near Marib.")
    result = fatalities_for(doc, mention(doc, "killed", "Battles", "Armed clash"))
    assert (result.fatalities, result.low, result.high) == (20, 20, 30)


def test_fatalities_and_injuries_of_one_attack():
    doc = parsed("The car bomb killed four soldiers and wounded nine others in Kismayo.")
    m = mention(doc, "killed", "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert summary(doc, m) == {"fatalities": (4, 4), "injured": (9, 9)}


def test_arrest_counts_are_not_fatalities_and_vice_versa():
    doc = parsed("Police arrested 12 people after the mob had killed two traders.")
    arrest = mention(doc, "arrested", "Strategic developments", "Arrests")
    assert summary(doc, arrest) == {"arrested": (12, 12)}
    mob = mention(doc, "killed", "Riots", "Mob violence")
    assert summary(doc, mob) == {"fatalities": (2, 2)}


def test_abduction_counts():
    doc = parsed("Gunmen abducted 23 passengers from a bus on the Kaduna highway.")
    m = mention(doc, "abducted", "Violence against civilians", "Abduction/forced disappearance")
    assert summary(doc, m) == {"abducted": (23, 23)}
    assert fatalities_for(doc, m).fatalities == 0


def test_singular_victim_counts_one():
    doc = parsed("A journalist was killed by a roadside bomb in Helmand.")
    m = mention(doc, "killed", "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert fatalities_for(doc, m).fatalities == 1


def test_participle_clause_belongs_to_the_event_and_governed_counts_survive_a_wrong_type():
    doc = parsed("Militants stormed a police post in Tillaberi, killing seven officers.")
    m = mention(doc, "stormed", "Battles", "Armed clash")
    assert fatalities_for(doc, m).fatalities == 7
    doc = parsed("Forty fighters surrendered to the army in Diffa on Sunday.")
    typed_wrong = mention(doc, "surrendered", "Strategic developments", "Agreement")
    assert summary(doc, typed_wrong) == {"surrendered": (40, 40)}


def test_figure_in_the_next_sentence_when_it_reports_no_event_of_its_own():
    doc = parsed("A suicide bomber struck a market in Maiduguri on Friday. At least 12 people died, a medic said.")
    m = mention(doc, "struck", "Explosions/Remote violence", "Suicide bomb")
    assert fatalities_for(doc, m, mentions=[m]).fatalities == 12
    other = mention(doc, "died", "Violence against civilians", "Attack")
    assert fatalities_for(doc, m, mentions=[m, other]).fatalities == 0  # that sentence is an event of its own


def test_crowd_size_tag_for_protests_only():
    doc = parsed("Thousands of nurses marched through Accra, Ghana, on Tuesday.")
    march = mention(doc, "marched", "Protests", "Peaceful protest")
    assert crowd_size(doc, march) == "crowd size=thousands"
    doc = parsed("Some 5,000 people joined the rally in Hamburg in 2017.")
    assert crowd_size(doc, mention(doc, "rally", "Protests", "Peaceful protest")) == "crowd size=some 5,000"
    doc = parsed("Demonstrators gathered outside parliament in Lima.")
    gathered = mention(doc, "gathered", "Protests", "Peaceful protest")
    assert crowd_size(doc, gathered) == "crowd size=no report"
    assert crowd_size(doc, gathered.model_copy(update={"event_type": "Battles"})) is None


def test_suicide_bombers_count_among_the_dead_like_acled():
    from dateline.records.counts import with_suicide_bombers

    def deaths(text: str) -> int:
        doc = parsed(text)
        m = mention(doc, "blew himself up" if "blew" in text else "struck", "Explosions/Remote violence", "Suicide bomb")
        ctx = Context.of(doc)
        return with_suicide_bombers(ctx, m, linking.fatalities_for(ctx, m)).fatalities

    assert deaths("A suicide bomber blew himself up at a checkpoint in Mogadishu, killing six soldiers.") == 7
    assert deaths("A suicide bomber blew himself up near a mosque in Kabul, wounding three.") == 1
    assert deaths("Two suicide bombers struck a market in Maiduguri, killing 12 people including the bombers.") == 12


def test_an_event_noun_s_relative_clause_gives_its_dead(rows):
    found = rows("The blast, which killed 14 people at a market in Mogadishu on Monday, was claimed by al-Shabaab.",
                 dt.date(2025, 3, 5))
    assert [(r.fatalities, r.location) for r in found] == [(14, "Mogadishu")]


def test_a_protest_s_intervention_keeps_its_arrests(rows):
    (row,) = rows("Thousands of opposition supporters took to the streets of Dakar on Friday; police fired tear gas "
                  "and arrested dozens.", dt.date(2025, 11, 20))
    assert (row.sub_event_type, row.counts.arrested) == ("Protest with intervention", 12)


def test_the_dead_of_a_clause_told_as_before_are_not_the_event_s():
    # the death in custody set off the riot; it is none of the riot's dead
    doc = parsed("Angry residents set fire to a police station in Kisumu after a man died in custody, witnesses said.")
    riot = mention(doc, "set fire", "Riots", "Violent demonstration")
    assert "fatalities" not in summary(doc, riot)
    doc = parsed("Gunmen opened fire on a bus near Kisumu after it stopped at a checkpoint, killing four passengers.")
    attack = mention(doc, "opened fire", "Violence against civilians", "Attack")
    assert summary(doc, attack) == {"fatalities": (4, 4)}


def test_people_taken_are_counted_as_the_event_takes_them():
    # "seized" reads as an arrest to the counts stage; an abduction takes the same figure as abducted
    doc = parsed("Masked gunmen seized nine bus passengers outside Zaria.")
    found = event_counts(doc, mention(doc, "seized", "Violence against civilians", "Abduction/forced disappearance"))
    assert "arrested" not in found and found["abducted"].low == 9 and found["abducted"].kind == "abducted"
    arrest = event_counts(doc, mention(doc, "seized", "Strategic developments", "Arrests"))
    assert arrest["arrested"].low == 9


@pytest.mark.parametrize("text, dead", [
    # a toll may follow one sentence that gives no figure
    ("On Tuesday a drone struck a fuel depot outside Marib. The Houthis were blamed by local officials. "
     "Medics later recovered seven bodies from the site.", 7),
    # but not past two such sentences
    ("On Tuesday a drone struck a fuel depot outside Marib. The Houthis were blamed by local officials. "
     "The depot supplied the city's generators. Medics later recovered seven bodies from a nearby farm.", 0),
    # a toll told in the next sentence as a killing with no doer is the event's
    ("On the night of 3 May, air strikes reportedly carried out by the coalition hit a fuel depot outside "
     "Hodeidah. Medical officials reported that 17 people, most of them dock workers and drivers, were killed "
     "and 40 injured; local sources gave a higher toll.", 17),
])
def test_a_toll_told_in_the_sentences_after_the_event(rows, text, dead):
    (r,) = rows(text)
    assert r.fatalities == dead


def test_the_other_sides_dead_told_after_one_sides_add_up(rows):
    text = ("Militants killed ten soldiers in an attack on an army post near Gao on Tuesday, the ministry said. "
            "At least 20 terrorists were neutralised in the fighting, it added.")
    assert [r.fatalities for r in rows(text, dt.date(2024, 12, 14))] == [30]
    # the same side's dead told again are not counted twice
    again = ("Militants killed ten soldiers in an attack on an army post near Gao on Tuesday, the ministry said. "
             "The ten soldiers were killed when the post was overrun, it added.")
    assert [r.fatalities for r in rows(again, dt.date(2024, 12, 14))] == [10]


def test_the_other_sides_dead_a_side_claims_unchecked_do_not_add(rows):
    text = ("Militants killed ten soldiers in an attack on an army post near Gao on Tuesday. The army said over 100 "
            "assailants were neutralised during their retreat, a claim that could not be verified.")
    assert [r.fatalities for r in rows(text, dt.date(2024, 12, 14))] == [10]


def test_people_taken_and_then_killed_are_counted_through_the_pronoun(rows):
    found = rows("Militants abducted three traders near Damboa on Monday and beheaded them.")
    assert [(r.sub_event_type, r.fatalities) for r in found] == [("Attack", 3)]


@pytest.mark.parametrize("text, dead", [
    ("On Sunday, a seven-year-old girl was killed when a rocket hit her family's house in Idlib.", 1),
    ("On Sunday, two sisters aged 6 and 11 were killed when a mine went off near their home in Marib.", 2),
])
def test_an_age_is_no_count_of_people(rows, text, dead):
    assert [r.fatalities for r in rows(text)] == [dead]


def test_a_toll_a_source_gave_days_later_is_the_toll_of_the_fighting_told_before(rows):
    # the day is the day of the saying: the killing was then or before, so it is the clashes' toll, not a new attack
    text = ("Rival militias fought in the streets of Zawiya on Saturday. Hundreds of families fled. "
            "A hospital spokesman said on Monday that 13 people had been killed.")
    (r,) = rows(text, dt.date(2024, 6, 4))
    assert (r.event_type, r.event_date, r.fatalities) == ("Battles", dt.date(2024, 6, 1), 13)


def test_people_who_fled_are_no_side_of_the_fighting(rows):
    (r,) = rows("Heavy fighting broke out in Zawiya on Saturday. Hundreds of families fled.", dt.date(2024, 6, 4))
    assert r.event_type == "Battles"
    assert not (r.actor1 or "").startswith("Civilians") and not (r.actor2 or "").startswith("Civilians")


@pytest.mark.parametrize("text, deaths", [
    # other people's deaths, told in a clause joined by "and": they add up
    ("Three soldiers were killed and two raiders were shot dead in the firefight near the depot.", 5),
    ("One ranger was killed and two others died in the firefight near the depot.", 3),
    # the same dead told twice: the lowest figure
    ("Soldiers and rebels fought near the depot on Monday; 4 people were killed and at least 6 died, medics said.", 4),
])
def test_deaths_of_each_side_add_up_and_retold_deaths_do_not(rows, text, deaths) -> None:  # type: ignore[no-untyped-def]
    (fight,) = [r for r in rows(text) if r.event_type == "Battles"]
    assert fight.fatalities == deaths


def test_beside_a_one_sided_attack_another_clause_s_dead_are_not_its_own(rows) -> None:  # type: ignore[no-untyped-def]
    """"shelling killed a child, and four fighters were killed in the countryside": the fighters' deaths may be
    another event, with other doers; only a fight's two sides add up."""
    found = rows("Army shelling killed a child in Kafr Nabl on Monday, and four fighters were killed in the countryside.")
    assert [r.fatalities for r in found if r.sub_event_type == "Shelling/artillery/missile attack"] == [1]


def test_an_unnamed_side_does_not_split_a_fight_told_twice(rows) -> None:  # type: ignore[no-untyped-def]
    """"Insurgents of the X raided a post ... one raider was killed in an exchange of fire": the gunmen of the
    second sentence are the group of the first, so one fight, not two."""
    found = rows("Fighters of the Islamic State attacked an army post near Rutba before dawn on Monday. Two soldiers "
                 "were killed and one raider was shot dead in an exchange of fire that lasted an hour.", dt.date(2024, 5, 8))
    fights = [r for r in found if r.event_type == "Battles"]
    assert len(fights) == 1


def test_a_toll_told_of_a_named_attack_is_that_attacks_toll(rows):
    # the figure hangs on "rose", whose subject is the toll of the ambush
    found = rows("The death toll from Friday's ambush on a fuel convoy near Diapaga rose to eleven drivers, "
                 "the regional governor said.")
    assert [r.fatalities for r in found] == [11]


def test_a_toll_that_rose_later_replaces_the_first_report(rows):
    # two reports of one moment give the lowest; a toll told as rising since is the update
    found = rows("A car bomb went off outside a hotel in Baidoa on Tuesday, killing six people, police said. "
                 "Later in the day the death toll rose to 14, a hospital director said.")
    assert [r.fatalities for r in found] == [14]
    found = rows("A car bomb went off outside a hotel in Baidoa on Tuesday, killing six people, police said. "
                 "By evening the toll had risen to 14 dead, a hospital director said.")
    assert [r.fatalities for r in found] == [14]  # the rising toll is no second event
    found = rows("A car bomb went off outside a hotel in Baidoa on Tuesday, killing six people, police said. "
                 "A hospital director said 14 people had died.")
    assert [r.fatalities for r in found] == [6]


def test_a_war_s_whole_toll_is_no_event_s_figure(rows):
    """"A war that started with clashes in Malakal ... and killed some 50,000 people": the figure is the war's."""
    found = rows("The 2019 accord ended a four-year war that started with clashes in Malakal in May 2015 and killed "
                 "some 50,000 people.", dt.date(2024, 6, 5))
    assert found and all((r.fatalities or 0) < 1000 for r in found)


@pytest.mark.parametrize("later", [
    "Two wounded drivers later died in hospital, bringing the toll to nine, police said.",
    "Two more died in hospital on Monday, taking the death toll to nine.",
])
def test_a_toll_brought_to_a_new_figure_replaces_the_first_report(rows, later):
    found = rows("Gunmen ambushed a fuel convoy near Boni on Sunday, killing seven drivers. " + later, dt.date(2023, 5, 9))
    assert [(r.event_date, r.fatalities) for r in found] == [(dt.date(2023, 5, 7), 9)]


def test_a_war_s_whole_toll_in_the_next_sentence_is_no_event_s_toll(rows) -> None:  # type: ignore[no-untyped-def]
    text = ("On Monday gunmen ambushed a bus near Kankara and shot the driver. The conflict has killed more than "
            "30,000 people since 2009, aid groups say.")
    (row,) = [r for r in rows(text, dt.date(2024, 6, 20)) if r.modality == "asserted"]
    assert row.fatalities == 0
