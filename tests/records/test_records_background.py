"""News, background and tallies: which mentions become rows, and the dates they get.

Mentions are built by hand (the events stage is not under test here) and linked by the
records component on a Doc the other stages filled.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from dateline import pipeline
from dateline.events import set_event_mentions
from dateline.records import event_records
from dateline.records.component import RecordsComponent
from dateline.types import Article, EventMention, EventRecord

THU = dt.date(2025, 6, 12)


@lru_cache(maxsize=1)
def nlp():
    return pipeline.build(stages=["places", "times", "actors", "counts"])


def link(text: str, *triggers: tuple[str, str, str], published: dt.date = THU) -> list[EventRecord]:
    """Rows for hand-made mentions: (trigger word, event type, sub-event type)."""
    doc = next(pipeline.process(nlp(), [Article(text=text, published=published)]))
    mentions = []
    for word, event_type, sub in triggers:
        start = text.index(word)
        sent = doc.char_span(start, start + len(word), alignment_mode="expand").sent
        mentions.append(EventMention(start=start, end=start + len(word), text=word, sentence_start=sent.start_char,
                                     sentence_end=sent.end_char, event_type=event_type, sub_event_type=sub, score=0.9))
    set_event_mentions(doc, mentions)
    return event_records(RecordsComponent(merge_anaphora=False)(doc))


CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
BOMB = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
TAKEOVER = ("Battles", "Non-state actor overtakes territory")
REGAIN = ("Battles", "Government regains territory")


def test_coder_style_opening_date_is_exact() -> None:
    (r,) = link("On 6 June 2025, militants attacked a police post near Garowe.", ("attacked", *CLASH))
    assert (r.event_date, r.time_precision, r.historical) == (dt.date(2025, 6, 6), 1, False)
    assert r.evidence["event_date"][0].text == "6 June 2025"


def test_relative_day_week_and_range_anchor_on_publication() -> None:
    (day,) = link("Gunmen shot dead three farmers on Tuesday.", ("shot dead", *ATTACK))
    assert (day.event_date, day.time_precision) == (dt.date(2025, 6, 10), 1)
    (week,) = link("Gunmen shot dead three farmers last week.", ("shot dead", *ATTACK))
    assert week.time_precision == 2 and dt.date(2025, 6, 2) <= week.event_date <= dt.date(2025, 6, 8)
    (span,) = link("Gunmen shot dead three farmers between 3 and 5 June.", ("shot dead", *ATTACK))
    assert (span.event_date, span.time_precision) == (dt.date(2025, 6, 4), 2)
    (month,) = link("Gunmen shot dead three farmers in April.", ("shot dead", *ATTACK))
    assert (month.event_date, month.time_precision, month.historical) == (dt.date(2025, 4, 15), 3, True)


def test_past_perfect_is_background_dated_by_its_own_expression() -> None:
    rows = link("The rebels had seized the town in March before soldiers drove them out on Monday.",
                ("seized", *TAKEOVER), ("drove them out", *REGAIN))
    seized, retaken = sorted(rows, key=lambda r: r.event_date)
    assert (seized.event_date, seized.time_precision, seized.historical) == (dt.date(2025, 3, 15), 3, True)
    assert (retaken.event_date, retaken.historical) == (dt.date(2025, 6, 9), False)


def test_reported_speech_in_the_past_perfect_is_news() -> None:
    (r,) = link("Police said gunmen had shot dead three farmers near Jos.", ("shot dead", *ATTACK))
    assert r.event_date == THU and not r.historical


def test_undated_background_gives_no_row() -> None:
    assert link("The militia had earlier attacked several checkpoints in the valley.", ("attacked", *CLASH)) == []
    assert link("A court convicted two men of bombing a bus station in Mombasa.", ("bombing", *BOMB)) == []
    # what came before a deal or a move, told as its background
    assert link("The accord followed two bouts of heavy fighting between rival clans near Galkayo.", ("fighting", *CLASH)) == []


def test_confession_is_background_with_its_own_year_never_the_publication_day() -> None:
    (r,) = link("In court on Wednesday the gang confessed to shooting a judge in 2019.", ("shooting", *ATTACK))
    assert r.historical and r.event_date is not None and r.event_date.year == 2019 and r.time_precision == 3


def test_since_clause_event_is_background() -> None:
    rows = link("Since the army recaptured the port in March, the rebels have retreated inland.", ("recaptured", *REGAIN))
    (r,) = rows
    assert (r.event_date, r.historical) == (dt.date(2025, 3, 15), True)


def test_anniversary_dates_the_original_event_years_back() -> None:
    (r,) = link("Hundreds gathered on Thursday for the tenth anniversary of the bombing of the central market.",
                ("bombing", *BOMB))
    assert r.historical and r.event_date == dt.date(2015, 6, 12)


def test_tallies_are_not_events_and_give_no_count() -> None:
    assert link("Security forces have killed dozens of insurgents since the spring offensive.", ("killed", *CLASH)) == []
    assert link("A spate of bombings has shaken the capital this year.", ("bombings", *BOMB)) == []
    assert link("Bandits have repeatedly attacked villages in the district.", ("attacked", *ATTACK)) == []
    assert link("Warplanes have carried out frequent air strikes in the hills around Kidal.",
                ("strikes", "Explosions/Remote violence", "Air/drone strike")) == []  # how often, not one strike
    # a specific instance with its own day is an event
    (r,) = link("On Monday a series of airstrikes hit the depot outside Sirte.", ("airstrikes", "Explosions/Remote violence",
                                                                                   "Air/drone strike"))
    assert r.event_date == dt.date(2025, 6, 9)


def test_background_event_takes_no_figure_from_the_news() -> None:
    rows = link("Since the spring offensive, soldiers have killed 40 insurgents.", ("offensive", *CLASH))
    assert all(r.fatalities == 0 for r in rows)


def test_undated_event_takes_the_date_of_the_event_just_told() -> None:
    rows = link("On 21 March rebels stormed the prison in Kayes. They shot dead two guards.",
                ("stormed", *CLASH), ("shot dead", *ATTACK), published=dt.date(2025, 3, 24))
    assert [r.event_date for r in rows] == [dt.date(2025, 3, 21)] * 2
    assert rows[1].evidence["event_date"][0].text == "21 March"


def test_a_report_that_only_looks_back_dates_nothing_to_its_publication_day():
    text = ("The siege began on 2 May 1994 and ended on 9 June 1994. A second assault followed in August 1994. "
            "Rebels shelled the old market, residents recalled.")
    rows = link(text, ("shelled", "Explosions/Remote violence", "Shelling/artillery/missile attack"), published=dt.date(2001, 3, 1))
    assert rows == []  # no date of its own, none just before it: a coder cannot date it
    # the same event told right after its date takes that date
    text = "On 2 May 1994 rebels shelled the old market. They also burned the mosque. It was rebuilt in 1999 and again in 2001."
    rows = link(text, ("shelled", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
                ("burned", "Violence against civilians", "Attack"), published=dt.date(2001, 3, 1))
    assert [r.event_date for r in rows] == [dt.date(1994, 5, 2)] * 2


def test_a_stretch_of_a_month_or_more_is_a_tally_in_any_tense() -> None:
    assert link("Across roughly ninety days from May 2011, the militia killed thousands of herders.", ("killed", *ATTACK)) == []
    assert link("During the four-month blockade, gunmen shot dozens of traders on the ring road.", ("shot", *ATTACK)) == []
    assert link("In 2016-2017, rebel units seized most of the river ports.", ("seized", *TAKEOVER)) == []
    assert link("Between 2019 and 2022, soldiers detained hundreds of suspected smugglers.",
                ("detained", "Strategic developments", "Arrests")) == []
    # a few days is one event that lasted; minutes are no stretch at all
    (r,) = link("Rebels shelled the border town over three days in early June, killing nine.", ("shelled", *BOMB))
    assert r.event_date is not None
    (r,) = link("On Tuesday troops fought the insurgents for about forty minutes near the bridge.", ("fought", *CLASH))
    assert r.event_date == dt.date(2025, 6, 10)
    # a duration measured from something else is no stretch of the event
    assert len(link("Shelling killed four farmers near the dam three months after the truce.", ("Shelling", *BOMB))) == 1
    assert len(link("Air strikes killed six bakers within 90 days of the accord.",
                    ("Air strikes", "Explosions/Remote violence", "Air/drone strike"))) == 1
    # a stretch in a clause of its own leaves the event alone
    (r,) = link("The rebels, who have held the valley for two months, attacked an army post on Tuesday.", ("attacked", *CLASH))
    assert r.event_date == dt.date(2025, 6, 10)


def test_a_harm_caused_by_an_accident_is_no_political_violence() -> None:
    assert link("Four police officers died in a road accident near Kisumu on Tuesday.", ("died", *CLASH)) == []
    assert link("Two militiamen were killed by an accidental blast at their camp on Tuesday.", ("killed", *ATTACK)) == []
    # a bomb that goes off early in its makers' hands is still an explosion
    (r,) = link("Two militiamen were killed on Tuesday when the mine they were burying exploded prematurely.",
                ("exploded", *BOMB))
    assert r.event_date == dt.date(2025, 6, 10)
    # a deliberate killing on a road is no accident
    (r,) = link("Gunmen killed four police officers on the road near Kisumu on Tuesday.", ("killed", *ATTACK))
    assert r.fatalities == 4


def test_a_headline_event_of_its_own_is_on_the_ledes_day() -> None:
    text = ("Militia storms police post in Garowe; four detained\n\n"
            "GAROWE - Militiamen attacked a police post on the edge of Garowe late Tuesday, officials said.\n\n"
            "Residents said the shooting lasted an hour.")
    rows = link(text, ("attacked", *CLASH), ("detained", "Strategic developments", "Arrests"))
    arrests = next(r for r in rows if r.sub_event_type == "Arrests")
    assert arrests.event_date == dt.date(2025, 6, 10)  # Tuesday, not the publication day (Thursday)


def test_fighting_that_has_killed_hundreds_is_a_tally(rows):
    found = rows("Militias have besieged the town since June. Fighting there has killed hundreds of residents, "
                 "according to aid agencies.")
    assert not [r for r in found if r.event_type == "Battles"]


@pytest.mark.parametrize("text", [
    "Russia's summer offensive has killed at least 9,000 people in Donetsk, according to regional officials.",
    "The government's bombing campaign has killed more than 600 civilians in Shan state, a rights group said.",
])
def test_a_campaign_that_has_killed_thousands_is_a_tally(rows, text):
    # one side's campaign in the present perfect counts its dead over its whole length, like a war
    assert [r for r in rows(text, dt.date(2024, 8, 1)) if r.fatalities] == []


def test_a_war_that_erupted_and_has_displaced_millions_is_background(rows):
    found = rows("The conflict between the two factions broke out in March 2022 and has displaced more than two million people.")
    assert found == []


def test_a_running_total_since_a_day_is_no_event_of_that_day(rows):
    # the day opens the count; it is no day of one killing
    assert rows("The raid brings to 61 the number of farmers killed by bandits in Zurmi since 2 February, "
                "a local official said.", dt.date(2024, 3, 18)) == []


def test_an_accusation_that_led_to_the_event_is_no_legal_background(rows) -> None:
    # the parser may make the "after ..." clause the sentence's root; the accusation is why the mob gathered
    text = ("On 2 March 2024, a mob of several thousand people ransacked and set fire to at least 12 shops and dozens of "
            "homes belonging to Ahmadis in Sargodha (Punjab) after a shopkeeper was accused of blasphemy.")
    found = [r for r in rows(text, dt.date(2024, 3, 4)) if r.modality == "asserted"]
    assert found and found[0].event_date == dt.date(2024, 3, 2) and not found[0].historical


def test_an_anniversary_of_fighting_breaking_out_is_not_today_s_fighting(rows) -> None:
    text = "Today marks three years since fighting broke out in Tigray between federal forces and the TPLF."
    assert not [r for r in rows(text, dt.date(2023, 11, 4)) if r.modality == "asserted" and r.event_date == dt.date(2023, 11, 4)]
