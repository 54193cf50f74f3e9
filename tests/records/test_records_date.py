"""Event dating: the expression governing the trigger's clause, precision, historical flag."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.types import Article, EventMention, Timex

THU = dt.date(2016, 5, 12)


@pytest.fixture(scope="module")
def nlp():
    from dateline.pipeline import build

    return build(stages=["times"])


def _doc(nlp, text: str, published: dt.date | None = THU):
    from dateline.pipeline import process

    return next(process(nlp, [Article(text=text, published=published)]))


def _date(nlp, text: str, trigger: str, published: dt.date | None = THU, nth: int = 0):
    from dateline.records.context import Context
    from dateline.records.date import date_event

    doc = _doc(nlp, text, published)
    i = -1
    for _ in range(nth + 1):
        i = text.index(trigger, i + 1)
    sent = next(s for s in doc.sents if s.start_char <= i < s.end_char)
    m = EventMention(start=i, end=i + len(trigger), text=trigger, sentence_start=sent.start_char,
                     sentence_end=sent.end_char, event_type="Battles", sub_event_type="Armed clash")
    return date_event(Context.of(doc), m)


def test_worked_example(nlp) -> None:
    text = (Path(__file__).resolve().parents[2] / "examples" / "al-mukalla.txt").read_text(encoding="utf-8")
    arrest = _date(nlp, text, "arrested")
    assert (arrest.date, arrest.precision, arrest.historical) == (dt.date(2016, 5, 11), 1, False)
    killing = _date(nlp, text, "killed")
    assert (killing.date, killing.precision, killing.historical) == (dt.date(2015, 10, 15), 3, True)
    retaken = _date(nlp, text, "retook")
    assert (retaken.date, retaken.precision, retaken.historical) == (dt.date(2016, 4, 24), 1, False)
    # the bust has no date of its own: October 2015 belongs to the relative clause
    bust = _date(nlp, text, "busted")
    assert bust.date == THU and bust.timex is None and not bust.historical
    # the amnesty's duration never dates the surrender
    surrender = _date(nlp, text, "surrendered")
    assert surrender.timex is None and surrender.date == THU


def test_week_and_month_precision(nlp) -> None:
    week = _date(nlp, "Militants stormed a prison last week.", "stormed")
    assert (week.precision, week.date) == (2, dt.date(2016, 5, 5))  # Thursday of ISO week 18
    early = _date(nlp, "Floods displaced thousands in early March 2016.", "displaced")
    assert (early.precision, early.date) == (3, dt.date(2016, 3, 1))
    late = _date(nlp, "Floods displaced thousands at the end of March 2016.", "displaced")
    assert (late.precision, late.date) == (3, dt.date(2016, 3, 31))
    mid = _date(nlp, "Floods displaced thousands in March 2016.", "displaced")
    assert (mid.precision, mid.date, mid.historical) == (3, dt.date(2016, 3, 15), True)
    # a report of 12 May: the middle of the month has not come yet, and a past event is no later than the report
    this_month = _date(nlp, "Earlier this month, militants looted the market.", "looted")
    assert (this_month.precision, this_month.date) == (3, THU)
    this_week = _date(nlp, "Militants looted the market this week.", "looted")
    assert this_week.date <= THU


def test_undated_event_in_undated_report(nlp) -> None:
    quiet = _date(nlp, "Soldiers detained two smugglers near the border.", "detained")
    assert (quiet.date, quiet.precision, quiet.timex) == (THU, 2, None)
    unknown = _date(nlp, "Soldiers detained two smugglers near the border.", "detained", published=None)
    assert unknown.date is None and unknown.precision is None


def test_duration_never_dates(nlp) -> None:
    got = _date(nlp, "The rebels held the town for three weeks.", "held")
    assert got.timex is None


@pytest.mark.parametrize("text, trigger, day", [
    # the event is the one the distance runs from: that many days before the clause's own day
    ("Police detained four men on Friday 10 June 2016, two days after the bombing of a market in Aden.", "bombing",
     dt.date(2016, 6, 8)),
    # the event is told that far from a dated one
    ("A soldier died in a firefight near Zinjibar four days after the ambush on 3 May 2016.", "firefight",
     dt.date(2016, 5, 7)),
])
def test_a_day_told_as_a_distance_from_another(nlp, text, trigger, day) -> None:
    got = _date(nlp, text, trigger)
    assert (got.date, got.precision) == (day, 1)


def test_from_timex_rules() -> None:
    from dateline.records.date_expressions import from_timex

    weekend = Timex(start=0, end=3, text="the weekend", value="2016-W18-WE", granularity="weekend",
                    date_start=dt.date(2016, 5, 7), date_end=dt.date(2016, 5, 8), precision=2)
    got = from_timex(weekend, THU)
    assert (got.date, got.precision) == (dt.date(2016, 5, 7), 2)
    assert from_timex(Timex(start=0, end=3, text="two weeks", type="DURATION", value="P2W"), THU) is None
    now = from_timex(Timex(start=0, end=3, text="now", value="PRESENT_REF"), THU)
    assert (now.date, now.precision) == (THU, 1)


def test_vague_reference_dates(nlp) -> None:
    recent = _date(nlp, "Militias recently seized two villages.", "seized")
    assert (recent.date, recent.precision) == (THU, 2) and recent.timex is not None
    now = _date(nlp, "Militias now control two villages.", "control")
    assert (now.date, now.precision) == (THU, 1)


def test_anchor_carries_to_later_sentence(nlp) -> None:
    text = "Gunmen seized the mayor on 3 March. Two days later, soldiers freed him."
    freed = _date(nlp, text, "freed")
    assert (freed.date, freed.precision, freed.historical) == (dt.date(2016, 3, 5), 1, True)


def test_recent_week_is_not_historical(nlp) -> None:
    got = _date(nlp, "Protesters blocked the highway on 20 April.", "blocked")
    assert (got.date, got.precision, got.historical) == (dt.date(2016, 4, 20), 1, False)
    old = _date(nlp, "Protesters blocked the highway on 1 April.", "blocked")
    assert old.historical  # 41 days before publication


def test_range_dates_use_middle_day(nlp) -> None:
    got = _date(nlp, "Strikes hit the city between 2 and 6 May.", "hit")
    assert (got.date, got.precision) == (dt.date(2016, 5, 4), 2)


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("Police said on Thursday that gunmen had killed three soldiers on Tuesday.", "killed", dt.date(2016, 5, 10)),
        ("Police said on Thursday that gunmen had killed three soldiers on Tuesday.", "said", dt.date(2016, 5, 12)),
        ("On Tuesday, rebels seized the town and killed five civilians.", "killed", dt.date(2016, 5, 10)),
        ("The town, which rebels seized in March, was retaken on Monday.", "retaken", dt.date(2016, 5, 9)),
        ("The town, which rebels seized in March, was retaken on Monday.", "seized", dt.date(2016, 3, 15)),
    ],
)
def test_governing_expression(nlp, text: str, trigger: str, expected: dt.date) -> None:
    assert _date(nlp, text, trigger).date == expected


def test_a_clause_of_the_same_moment_dates_the_event(nlp) -> None:
    bomb = _date(nlp, "A roadside bomb exploded as an army patrol passed along the highway on Monday morning, police said.",
                 "exploded")
    assert (bomb.date, bomb.basis) == (dt.date(2016, 5, 9), "expression")
    guards = _date(nlp, "Two guards were killed when gunmen opened fire on their convoy on Tuesday.", "killed")
    assert (guards.date, guards.basis) == (dt.date(2016, 5, 10), "expression")


def _mention(doc, trigger: str) -> EventMention:
    i = doc.text.index(trigger)
    sent = next(s for s in doc.sents if s.start_char <= i < s.end_char)
    return EventMention(start=i, end=i + len(trigger), text=trigger, sentence_start=sent.start_char,
                        sentence_end=sent.end_char, event_type="Protests", sub_event_type="Peaceful protest")


def _story(nlp, middle: str):  # type: ignore[no-untyped-def]
    """A dated lede, ``middle``, then an undated event: (context, the lede's mention, the later mention)."""
    from dateline.records.context import Context

    doc = _doc(nlp, "Thousands of teachers marched in four cities on Tuesday to demand back pay, organisers said.\n\n"
               + middle + "\n\nIn the capital, police fired tear gas at a column of marchers near the parliament.")
    return Context.of(doc), _mention(doc, "marched"), _mention(doc, "fired")


def test_an_undated_event_of_a_later_paragraph_is_on_the_storys_day(nlp) -> None:
    from dateline.records.date import date_event
    from dateline.records.date_fallbacks import carry

    ctx, lede, later = _story(nlp, "Union leaders met the education minister to present their demands.")
    dated = [(lede, date_event(ctx, lede))]
    when = carry(ctx, later, date_event(ctx, later), dated)
    assert (when.date, when.basis) == (dt.date(2016, 5, 10), "narrative")
    # a story dated weeks before publication lends its day to nothing
    old = [(lede, date_event(ctx, lede).model_copy(update={"date": dt.date(2016, 3, 1)}))]
    assert carry(ctx, later, date_event(ctx, later), old).basis == "publication"


def test_the_storys_day_moves_to_a_new_day_named_since(nlp) -> None:
    from dateline.records.date import date_event
    from dateline.records.date_fallbacks import carry

    # the report has moved on to Wednesday: its undated events are Wednesday's, not the publication day's
    ctx, lede, later = _story(nlp, "Union leaders held talks with the education minister early Wednesday.")
    when = carry(ctx, later, date_event(ctx, later), [(lede, date_event(ctx, lede))])
    assert (when.date, when.basis) == (dt.date(2016, 5, 11), "narrative")
    # a day that only names a thing ("Wednesday's talks") moves nothing; two new days leave the story's day unsure
    ctx, lede, later = _story(nlp, "Union leaders called Wednesday's talks with the minister a failure.")
    assert carry(ctx, later, date_event(ctx, later), [(lede, date_event(ctx, lede))]).date == dt.date(2016, 5, 10)
    ctx, lede, later = _story(nlp, "Union leaders met the minister early Wednesday and again on Thursday morning.")
    assert carry(ctx, later, date_event(ctx, later), [(lede, date_event(ctx, lede))]).basis == "publication"


def test_the_infinitive_completing_the_event_dates_it(nlp) -> None:
    # the date hangs from "disperse", the infinitive of "used": one moment
    when = _date(nlp, "Riot police used water cannon to disperse hundreds of nurses near the ministry on Tuesday, "
                 "in the third week of their strike.", "water cannon")
    assert (when.date, when.basis) == (dt.date(2016, 5, 10), "expression")


def test_a_date_heading_its_paragraph_dates_the_undated_events_below_it(nlp) -> None:
    from dateline.records.context import Context
    from dateline.records.date import date_event
    from dateline.records.date_fallbacks import carry

    text = ("Incident log, week to 8 May 2016\n\n"
            "2. 4 May 2016 (Wednesday). Northern district, near the ferry landing. Gunmen on foot burned two "
            "granaries and took the harvest. Source: district officer.\n\n"
            "Elsewhere the week was calm. Militia patrols burned a checkpoint hut, residents said.")
    ctx = Context.of(_doc(nlp, text))
    granaries = _mention(ctx.doc, "burned two")
    when = carry(ctx, granaries, date_event(ctx, granaries), [])
    assert (when.date, when.basis, when.precision) == (dt.date(2016, 5, 4), "narrative", 1)
    # a date that does not open the paragraph heads nothing
    hut = _mention(ctx.doc, "burned a checkpoint")
    assert carry(ctx, hut, date_event(ctx, hut), []).basis == "publication"


def test_a_year_written_after_a_clock_time_and_day_belongs_to_the_day(nlp) -> None:
    when = _date(nlp, "The depot was destroyed by a car bomb at 6:40 p.m. on March 3, 2009, killing eleven guards.",
                 "destroyed")
    assert (when.date, when.historical) == (dt.date(2009, 3, 3), True)
    # a weekday takes no year from a number after it
    when = _date(nlp, "Troops clashed with rebels on Monday, 2000 residents fled the village.", "clashed")
    assert when.date == dt.date(2016, 5, 9)


@pytest.mark.parametrize("text, trigger", [
    # the date sits in a clause on the event noun, however the parser hangs it
    ("A mortar barrage that wounded six traders at the livestock market on Tuesday was blamed on the militia.", "barrage"),
    # ... or in an -ing participle telling what the victims were doing
    ("Gunmen shot dead two engineers surveying a pipeline near the river on Tuesday, police said.", "shot"),
])
def test_a_clause_on_the_event_or_its_victims_dates_it(nlp, text: str, trigger: str) -> None:
    assert _date(nlp, text, trigger).date == dt.date(2016, 5, 10)


def test_the_day_of_a_statement_noun_does_not_date_the_event_it_reports(nlp) -> None:
    assert _date(nlp, "The police bulletin of 11 May reports four guards killed and two gunmen wounded.",
                 "killed").date != dt.date(2016, 5, 11)
    assert _date(nlp, "A statement of 10 May said that rebels attacked the depot.", "attacked").date != dt.date(2016, 5, 10)
    # a day that modifies the verb of saying still dates what it reports, as before
    assert _date(nlp, "On Wednesday police said they had killed four guards.", "killed").date == dt.date(2016, 5, 11)


def test_a_month_or_year_named_since_the_lede_is_no_new_day(nlp) -> None:
    from dateline.records.date import date_event
    from dateline.records.date_fallbacks import carry

    ctx, lede, later = _story(nlp, "It was the union's third strike since May 2015.")
    assert carry(ctx, later, date_event(ctx, later), [(lede, date_event(ctx, lede))]).date == dt.date(2016, 5, 10)


def test_a_date_on_a_line_of_its_own_does_not_date_the_line_below(nlp) -> None:
    # a press release's date line glued by the parser to the headline under it
    text = "PRESS STATEMENT\n9 May 2016\nTroops clash with rebels in the hills\n\nOfficials gave no toll."
    when = _date(nlp, text, "clash")
    assert when.basis != "expression"
    assert _date(nlp, "Troops clashed with rebels in the hills on 9 May 2016.", "clashed").date == dt.date(2016, 5, 9)


def test_a_sentence_wrapped_at_a_fixed_width_keeps_its_date(nlp) -> None:
    text = ("Troops clashed with rebels in the hills above the river valley on the\n"
            "morning of 9 May 2016, a spokesman for the regional command told reporters.")
    assert _date(nlp, text, "clashed").date == dt.date(2016, 5, 9)


def test_a_yearless_date_in_a_past_tense_clause_is_no_planned_event(nlp) -> None:
    # published on a Thursday in May: "on June 2" in the past tense is last June, not next month
    when = _date(nlp, "Insurgents ambushed a supply convoy outside the garrison town on June 2, killing three drivers.",
                 "ambushed")
    assert when.date == dt.date(2015, 6, 2)


@pytest.mark.parametrize("text, trigger, expected", [
    # THU is Thursday 12 May 2016: Monday is the 9th, Tuesday the 10th.
    ('The district chief said on Monday: "Gunmen raided the cattle market this morning and shot two herders."',
     "raided", dt.date(2016, 5, 9)),
    ('"Rebels shelled our camp last night," a commander told reporters on Tuesday.', "shelled", dt.date(2016, 5, 9)),
    ("\u201cThey burned the clinic today,\u201d the nurse said on Monday.", "burned", dt.date(2016, 5, 9)),
])
def test_a_quoted_today_counts_from_the_day_it_was_said(nlp, text, trigger, expected) -> None:
    assert _date(nlp, text, trigger).date == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # No day for the saying: the words count from the publication day.
    ('"Gunmen raided the cattle market this morning," the district chief said.', "raided", THU),
    # Reported, not quoted: the reporter's own "yesterday".
    ("The district chief said on Monday that gunmen raided the cattle market yesterday.", "raided",
     dt.date(2016, 5, 11)),
])
def test_a_today_outside_a_dated_quotation_counts_from_publication(nlp, text, trigger, expected) -> None:
    assert _date(nlp, text, trigger).date == expected


@pytest.mark.parametrize("text, trigger, expected, precision", [
    # THU 12 May 2016: a range across the end of April dates the event by its middle day.
    ("Fighting raged around the town between 28 April and 2 May, killing twelve.", "Fighting", dt.date(2016, 4, 30), 2),
    ("Rebels shelled the camp from April 29 to May 3.", "shelled", dt.date(2016, 5, 1), 2),
    ("Troops besieged the town from 20 March to 10 April.", "besieged", dt.date(2016, 3, 30), 3),
])
def test_a_range_across_a_month_end_is_one_range(nlp, text, trigger, expected, precision) -> None:
    when = _date(nlp, text, trigger)
    assert (when.date, when.precision) == (expected, precision)


def test_two_days_joined_by_and_are_not_a_range(nlp) -> None:
    when = _date(nlp, "Gunmen raided the villages on 28 April and on 2 May.", "raided")
    assert when.precision == 1


def test_a_noun_the_tagger_calls_a_verb_is_no_clause(nlp) -> None:
    # "crossing" after a determiner is a noun, whatever its tag: "on Sunday" dates the exchange of fire.
    text = "Border forces exchanged fire at the Adre crossing on Sunday for about an hour, officials said."
    assert _date(nlp, text, "exchanged").date == dt.date(2016, 5, 8)


def test_a_look_back_at_one_day_dates_its_undated_events_to_that_day(nlp) -> None:
    from dateline.records.context import Context
    from dateline.records.date import date_event
    from dateline.records.date_fallbacks import carry

    published = dt.date(2011, 10, 4)
    text = ("Few days marked the valley like 14 March 1988. By nightfall the militia had burned the mill and "
            "shot eleven farmers. In 1990 a court heard the case, and in 1994 a memorial rose in the square.")
    ctx = Context.of(_doc(nlp, text, published))
    shot = _mention(ctx.doc, "shot eleven")
    when = carry(ctx, shot, date_event(ctx, shot), [])
    assert (when.date, when.precision, when.historical) == (dt.date(1988, 3, 14), 1, True)
    # a look back over two days dates nothing to either
    two = text.replace("In 1990 a court", "On 2 May 1990 a court")
    ctx = Context.of(_doc(nlp, two, published))
    shot = _mention(ctx.doc, "shot eleven")
    assert carry(ctx, shot, date_event(ctx, shot), []).date is None


def test_years_after_an_event_date_it_that_long_before_the_report(nlp) -> None:
    # an anniversary told by its distance, not by the word "anniversary"
    old = _date(nlp, "Ten years after the university attack, survivors gathered in Garissa.", "attack")
    assert (old.date, old.precision, old.historical) == (dt.date(2006, 5, 15), 3, True)  # month precision: its middle


def test_a_distance_from_the_story_s_event_counts_from_its_day() -> None:
    from dateline import pipeline

    text = ("Gunmen attacked a police station in Kismayo on 4 March 2016, killing six officers. "
            "One of the attackers died in a shootout with soldiers two days after the attack.")
    ((_, records),) = list(pipeline.extract(pipeline.build(), [Article(text=text, published=THU)]))
    assert sorted(str(r.event_date) for r in records) == ["2016-03-04", "2016-03-06"]


def test_the_after_clause_of_a_sequel_is_its_own_event_dated_back_from_the_first() -> None:
    from dateline import pipeline

    text = ("Gunmen killed six villagers near Mopti on 12 May 2016. "
            "The attack came two days after militants ambushed an army convoy near Djenne.")
    ((_, records),) = list(pipeline.extract(pipeline.build(), [Article(text=text, published=THU)]))
    assert sorted((str(r.event_date), r.event_type) for r in records) == [
        ("2016-05-10", "Battles"), ("2016-05-12", "Violence against civilians")]


def test_a_commemoration_dates_what_it_remembers_by_the_years_it_counts_or_gives_no_row(rows):
    found = rows("Twenty years on, Kisumu remembers traders killed in market bombing", dt.date(2024, 5, 8))
    assert [(r.event_date, r.historical) for r in found] == [(dt.date(2004, 5, 8), True)]
    assert rows("Mourners in Kisumu remember the traders killed in the market bombing", dt.date(2024, 5, 8)) == []


def test_a_village_mourning_the_dead_of_a_fresh_raid_is_news_not_remembrance(rows):
    # mourning follows the deaths; only a date or an anniversary makes what is mourned old
    found = rows("The village of Kiwanja has again mourned its dead after rebels came on Saturday night, the victims having been "
                 "hacked to death in their fields.", dt.date(2024, 5, 8))
    assert [(r.event_type, r.historical) for r in found] == [("Violence against civilians", False)]


def test_an_event_the_news_comes_months_after_is_counted_back_from_the_report(rows):
    # "comes three months after ...": the distance hangs on "comes", and is a distance, not the event's length
    found = rows("The fighting comes three months after rebels seized the town of Kitshanga.", dt.date(2024, 11, 18))
    assert [(r.event_date, r.time_precision, r.historical) for r in found] == [(dt.date(2024, 8, 20), 3, True)]
    # its own day wins, and "months" counts nothing
    found = rows("The fighting comes months after rebels seized the town of Kitshanga on 13 June.", dt.date(2024, 11, 18))
    assert [r.event_date for r in found] == [dt.date(2024, 6, 13)]


def test_a_toll_after_an_act_told_with_its_day_takes_that_day_unless_the_day_dates_a_saying(rows):
    text = ("Troops on Tuesday swept through the hills above Bafut in search of separatist fighters. "
            "A military source said four fighters were neutralised.")
    found = rows(text, dt.date(2023, 11, 16))
    assert [(r.event_type, r.event_date) for r in found] == [("Battles", dt.date(2023, 11, 14))]
    said = rows("The governor said on Tuesday that the division was calm. Gunmen killed three farmers near Bafut.",
                dt.date(2023, 11, 16))
    assert [r.event_date for r in said] == [dt.date(2023, 11, 16)]


def test_a_toll_over_a_year_is_no_row_and_one_over_a_month_is(rows):
    # a year's count of victims with no doer is a tally; an act with its doer keeps its year, historical
    assert rows("Monitors say more than 900 people were killed in Kaduna state in 2022.", dt.date(2023, 5, 4)) == []
    found = rows("Gunmen killed 40 villagers in Kajuru in March 2023, residents recalled.", dt.date(2023, 5, 4))
    assert [(r.event_date.month, r.time_precision) for r in found] == [(3, 3)]


def test_a_sequel_told_by_the_doer_of_the_earlier_event_counts_back_from_the_news(rows):
    # the trigger is the noun of the doer ("a suicide bomber"), not the after clause's verb
    text = "Context: this comes 3 days after a suicide bomber killed 4 people at a market in Baidoa, officials said."
    found = rows(text, dt.date(2025, 2, 13))
    assert [(r.location, r.event_date) for r in found] == [("Baidoa", dt.date(2025, 2, 10))]


def test_a_year_of_what_is_remembered_does_not_date_the_event(rows):
    # "1990" lies under "anniversary": it dates the uprising remembered, not the riot of Monday
    (row,) = rows("Police clashed with protesters in Nairobi on Monday as demonstrations marking the anniversary of "
                  "a 1990 uprising turned violent.", published=dt.date(2025, 7, 8))
    assert row.event_date == dt.date(2025, 7, 7) and not row.historical


def test_a_day_naming_a_thing_dates_nothing(nlp) -> None:
    # "the Sunday market" is which market, not when the arrests were made
    text = ("Police have detained three men over the grenade attack at the Sunday market, officials said on Tuesday. "
            "They were picked up on Monday.")
    assert _date(nlp, text, "detained").date != dt.date(2016, 5, 8)



def test_a_log_entry_heading_dates_the_undated_events_of_its_block(rows):
    text = ("SECURITY LOG, NORTH-EAST\nCompiled: Fri 8 Mar 2024\n\n"
            "E1 | Sun 3 Mar 2024 | near Bama, Borno\nSource: radio report (4 Mar).\n"
            "Insurgents ambushed a military patrol outside the town; two soldiers were killed.\n\n"
            "E2 | Tue 5 Mar 2024 | Konduga\nSource: local officials.\n"
            "Gunmen abducted six farmers from their fields.")
    found = sorted((r.event_date.isoformat(), r.sub_event_type, r.location) for r in rows(text, dt.date(2024, 3, 8)))
    assert found == [("2024-03-03", "Armed clash", "Bama"), ("2024-03-05", "Abduction/forced disappearance", "Konduga")]


def test_log_entries_one_under_another_each_head_their_own_block(rows):
    # no blank line between entries; a sources line under each label; a status date after the entry's text
    text = ("WEEKLY INCIDENT LOG - KENYA - 4-8 Mar 2024\n"
            "Analyst 2 | compiled Sat 9 Mar 2024 | status: final\n"
            "[1] 4 Mar 2024 (Mon) | Mandera | Rhamu, Bulla Kamor area\n"
            "Sources: Nation (5 Mar), county police (6 Mar)\n"
            "Summary: Gunmen abducted two lorry drivers on the road outside the town.\n"
            "Abducted: 2. Status as of 8 Mar: still held.\n"
            "[2] night of 6 Mar 2024 (Wed) | Marsabit | Moyale, Sololo area\n"
            "Sources: Star (8 Mar)\n"
            "Summary: Raiders attacked a herders' camp and shot dead three men before driving off 200 cattle.\n"
            "Fatalities reported: 3.\n")
    found = sorted((r.event_date.isoformat(), r.sub_event_type, r.location) for r in rows(text, dt.date(2024, 3, 9)))
    assert [f[:2] for f in found] == [("2024-03-04", "Abduction/forced disappearance"), ("2024-03-06", "Attack")]
    # each placed by its own label's fields (GeoNames spells Rhamu "Ramu"), none at "Mon" (a weekday, no state)
    assert (found[0][2], found[1][2]) == ("Ramu", "Sololo")  # the finest field of each label


def test_a_day_ending_the_sentence_before_is_no_reference_s_own(rows):
    # "... to December 2026. | The Bor clashes ...": the day is the vote's, not the clashes'.
    text = "Elections have been postponed to December 2026.\n\nThe Bor clashes have prompted the council to meet."
    assert all(r.event_date is None or r.event_date <= dt.date(2024, 5, 8) for r in rows(text))


def test_a_while_clause_after_a_comma_sets_another_act_beside_and_lends_it_no_day(rows):
    """"..., while engineers on Monday defused a mine": a second act (whereas), not the moment of the
    first; and the first's own "in a sweep ... on Saturday" counts even where the parser hangs it on a
    participle of the people arrested."""
    found = rows("The army said troops detained six men suspected of smuggling fuel to the insurgents in a sweep "
                 "near Kirkuk on Saturday, while engineers on Monday defused a mine on the highway.", dt.date(2024, 5, 8))
    (arrest,) = [r for r in found if r.sub_event_type == "Arrests"]
    assert arrest.event_date == dt.date(2024, 5, 4)


def test_an_act_told_as_a_participle_keeps_its_own_day(rows):
    """"the two herders kidnapped near X on 2 May were released on 6 May": the kidnapping's day is not the
    release's; only a participle of suspicion ("accused of", "involved in") lends the act its phrases."""
    found = rows("On 6 May 2024, the two herders kidnapped near Kirkuk on 2 May were released after talks with "
                 "tribal elders.", dt.date(2024, 5, 8))
    assert dt.date(2024, 5, 6) in {r.event_date for r in found}


def test_a_ministry_informing_the_public_dates_the_act_it_reports_not_its_notice(rows):
    # "informs" is a verb of saying: the act is the clause it reports, with that clause's day
    found = rows("The Ministry of Defence informs the public that troops, in cooperation with clan militias, "
                 "yesterday, Tuesday 7 May 2024, completed the liberation of Bardale district in Bay region.",
                 dt.date(2024, 5, 8))
    assert [r.event_date for r in found] == [dt.date(2024, 5, 7)]


@pytest.mark.parametrize("distance, day", [("A day after the raid", dt.date(2024, 5, 6)),
                                           ("The day after the raid", dt.date(2024, 5, 6))])
def test_a_day_told_as_one_day_after_an_event_told_before(rows, distance, day):
    # the parser makes "day" the head and hangs "after" on it
    found = rows("Gunmen raided a police post outside Dori on Sunday night, killing two officers.\n\n"
                 f"{distance}, soldiers clashed with the gunmen in a forest north of the town.", dt.date(2024, 5, 8))
    assert sorted(r.event_date for r in found) == [dt.date(2024, 5, 5), day]


def test_a_clause_telling_of_a_dated_attack_takes_the_attack_s_day(rows) -> None:
    """"arrested five on Sunday over Saturday's attack on a church that killed four": the killing is
    Saturday's, the day its noun phrase gives, not the arrest's."""
    found = rows("Police in Kano arrested five suspects on Sunday over Saturday's attack on a church that killed "
                 "four worshippers.", dt.date(2019, 5, 27))
    assert {(r.sub_event_type, r.event_date) for r in found} == {
        ("Arrests", dt.date(2019, 5, 26)), ("Attack", dt.date(2019, 5, 25))}


def test_the_year_of_an_agreement_the_sentence_names_is_not_the_shelling_s(rows) -> None:
    found = rows("The shelling of Avdiivka was a clear breach of the 2020 ceasefire agreement, monitors said on Monday.",
                 dt.date(2024, 6, 5))
    assert [(r.sub_event_type, r.event_date, r.historical) for r in found] == [
        ("Shelling/artillery/missile attack", dt.date(2024, 6, 3), False)]


def test_an_event_opening_its_paragraph_takes_the_day_the_paragraph_before_ended_on(rows) -> None:
    # a feature's scene-setting sentence dates the event told in the next paragraph; without it, the report's day
    text = ("The farmers of the valley had learned to run at the sound of engines. When the helicopter came over the "
            "ridge at dawn last Friday, most of them were already in the fields.\n\n"
            "Six people were killed when it fired rockets at the village of Kyaukpyu Gyi, a resident said.")
    found = [r for r in rows(text, dt.date(2024, 2, 7)) if r.modality == "asserted"]
    assert found and found[0].event_date == dt.date(2024, 2, 2)


def test_a_day_inside_the_dated_event_s_own_sentence_does_not_move_the_story(rows) -> None:
    # the Sunday names why the unrest began, inside the Tuesday sentence; the next paragraph's undated
    # stone-throwing goes on with Tuesday's story, not Sunday's
    text = ("Young men fought the police for a second night on Tuesday in the Hay Nour district of Sfax, after a "
            "delivery rider died in a crash while fleeing a patrol on Sunday, residents said.\n\n"
            "Groups of youths hurled rocks and petrol bombs at police vans and set a bank branch alight.")
    found = [r for r in rows(text, dt.date(2023, 4, 20)) if r.modality == "asserted" and r.event_type == "Riots"]
    assert found and all(r.event_date == dt.date(2023, 4, 18) for r in found)


def test_a_day_closing_a_clause_that_says_who_people_were_is_the_event_s(rows) -> None:
    text = ("Residents of Carrefour cornered three men they suspected of being gang spies on Saturday and "
            "beat them to death, a police source said.")
    found = [r for r in rows(text, dt.date(2025, 3, 18)) if r.modality == "asserted"]
    assert found and found[0].event_date == dt.date(2025, 3, 15)
