"""The temporal tagger on sentences written by us (reference dates chosen per case)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.times.tagger import tag

THU = dt.date(2016, 5, 12)  # a Thursday, the worked example's publication day
AUG = dt.date(2016, 8, 4)  # the Thursday of the issue's measurements


def one(text: str, ref: dt.date | None = THU):
    found = tag(text, ref)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


def values(text: str, ref: dt.date | None = THU) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, ref)]


@pytest.mark.parametrize(
    "text, span, type_, value",
    [
        ("Gunmen attacked a checkpoint on Wednesday.", "Wednesday", "DATE", "2016-05-11"),
        ("The town fell on Thursday, officials said.", "Thursday", "DATE", "2016-05-12"),
        ("Rebels shelled the market on Friday.", "Friday", "DATE", "2016-05-06"),
        ("Troops entered the valley on 24 April.", "24 April", "DATE", "2016-04-24"),
        ("Troops entered the valley on April 24.", "April 24", "DATE", "2016-04-24"),
        ("The siege began in October 2015.", "October 2015", "DATE", "2015-10"),
        ("Talks collapsed yesterday.", "yesterday", "DATE", "2016-05-11"),
        ("The border is closed today.", "today", "DATE", "2016-05-12"),
        ("Markets are calm now.", "now", "DATE", "PRESENT_REF"),
        ("The road is currently blocked.", "currently", "DATE", "PRESENT_REF"),
        ("The militia recently lost ground.", "recently", "DATE", "PAST_REF"),
        ("Fighting flared again this month.", "this month", "DATE", "2016-05"),
        ("Prices rose earlier this year.", "earlier this year", "DATE", "2016"),
        ("Protests spread between 12 and 14 May.", "between 12 and 14 May", "DATE", "2016-05-12/2016-05-14"),
        ("Veterans of the 1990s still remember it.", "the 1990s", "DATE", "199"),
        ("A ceasefire held for two weeks.", "two weeks", "DURATION", "P2W"),
        ("Guards patrol the camp every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("Output doubled over the past three years.", "the past three years", "DURATION", "P3Y"),
        ("Curfew starts at 5 p.m. in the capital.", "5 p.m.", "TIME", "2016-05-12T17:00"),
        ("Shots were heard on Wednesday night.", "Wednesday night", "TIME", "2016-05-11TNI"),
        ("A flood hit the delta last summer.", "last summer", "DATE", "2015-SU"),
        ("Exports grew in fiscal 2015.", "fiscal 2015", "DATE", "2015"),
        # the article is the event noun's: the latest Tuesday; but "on a Tuesday evening" is some Tuesday
        ("Police are hunting the men behind a Tuesday raid on the bank.", "Tuesday", "DATE", "2016-05-10"),
        ("The fire broke out on a Tuesday evening.", "Tuesday evening", "TIME", "XXXX-WXX-2TEV"),
    ],
)
def test_expression_and_value(text: str, span: str, type_: str, value: str) -> None:
    t = one(text)
    assert (t.text, t.type, t.value) == (span, type_, value)
    assert text[t.start : t.end] == span


def test_issue_reference_cases() -> None:
    assert one("The clinic reopened July last year.", AUG).value == "2015-07"
    week = one("The council met last week.", AUG)
    assert (week.value, week.precision, week.granularity) == ("2016-W30", 2, "week")
    assert one("Villagers fled on Wednesday.", AUG).value == "2016-08-03"
    assert one("The dam burst on April 24.", AUG).value == "2016-04-24"


def test_quarter_is_past_biased() -> None:
    assert one("Profits fell in the third quarter.", dt.date(1989, 10, 26)).value == "1989-Q3"
    assert one("Profits fell in the third quarter.", dt.date(2016, 5, 12)).value == "2015-Q3"


def test_year_ago_follows_quarter_in_view() -> None:
    found = values("Sales rose in the third quarter from a year earlier.", dt.date(1989, 10, 26))
    assert found == [("the third quarter", "DATE", "1989-Q3"), ("a year earlier", "DATE", "1988-Q3")]


def test_precision_and_interval() -> None:
    day = one("It rained on 3 March 2014.")
    assert (day.precision, day.date_start, day.date_end) == (1, dt.date(2014, 3, 3), dt.date(2014, 3, 3))
    month = one("It rained in March 2014.")
    assert (month.precision, month.date_start, month.date_end) == (3, dt.date(2014, 3, 1), dt.date(2014, 3, 31))
    weekend = one("It rained over the weekend.")
    assert weekend.granularity == "weekend" and weekend.precision == 2
    assert weekend.date_start == dt.date(2016, 5, 7) and weekend.date_end == dt.date(2016, 5, 8)
    year = one("It rained in 2014.")
    assert year.precision is None and year.granularity == "year"


def test_explicit_date_anchors_later_relative_one() -> None:
    found = values("On 3 March the convoy left Sanaa. Two days later it was ambushed.")
    assert found == [("3 March", "DATE", "2016-03-03"), ("Two days later", "DATE", "2016-03-05")]


def test_the_next_day_with_no_day_in_view_is_no_day_after_the_report() -> None:
    # the day after a night the text never dated is unknown; the report's next day would be tomorrow
    found = values("Fighters raided the camp at night, and troops went after them the following day.")
    assert found == [("the following day", "DATE", None)]
    # told of what is to come (the parse's tense), it is the day after the report
    found = tag("Officials said the convoy will set off again the next day.", THU, verb_tense=lambda start, end: "future")
    assert [(t.text, t.value) for t in found] == [("the next day", "2016-05-13")]


def test_a_part_of_the_day_beside_the_day_last_named() -> None:
    # "the night before" is the night before the day the text last named, not a night the reader must guess
    found = values("On Sunday morning residents counted the damage. The night before, settlers burned four cars.",
                   dt.date(2024, 9, 16))
    assert found == [("Sunday morning", "TIME", "2024-09-15TMO"), ("The night before", "TIME", "2024-09-14TNI")]
    assert values("Police said on Monday that the day before, gunmen had killed two.", dt.date(2024, 9, 16))[-1] == \
        ("the day before", "DATE", "2024-09-15")
    # with no day in view it is unknown; before a noun it is the day before that event, which is no date
    assert values("The previous night, gunmen stormed the village.") == [("The previous night", "TIME", None)]
    assert values("He was arrested the day before the election.") == []


def test_a_weekday_of_a_named_week_is_that_week_s_day() -> None:
    # "Wednesday last week" is the Wednesday of the week before the report's, not the latest Wednesday
    # and no week-long span; a Tuesday report's "Tuesday last week" is a week ago, not the day itself
    tuesday = dt.date(2023, 11, 28)
    assert values("On Wednesday last week, hundreds blocked the road.", tuesday) == [("Wednesday last week", "DATE", "2023-11-22")]
    assert values("On Tuesday of last week, hundreds blocked the road.", tuesday) == [("Tuesday of last week", "DATE", "2023-11-21")]
    assert values("On Monday this week, police arrested two men.", tuesday) == [("Monday this week", "DATE", "2023-11-27")]
    # "the last week" after a comma is a week of its own
    assert values("On Wednesday, the last week of the campaign began.", tuesday)[0] == ("Wednesday", "DATE", "2023-11-22")


def test_a_weekday_restated_by_its_date_is_that_date() -> None:
    # a Saturday report's "last Friday (25 Oct)" is the Friday its date names, a week before the latest Friday
    saturday = dt.date(2024, 11, 2)
    assert values("The raid on the village last Friday (25 Oct) killed dozens.", saturday)[0] == ("last Friday", "DATE", "2024-10-25")
    # a date of another weekday restates nothing
    assert values("Talks on Friday (26 Oct) failed.", saturday)[0] == ("Friday", "DATE", "2024-11-01")


def test_a_text_keeps_one_order_of_numeric_dates() -> None:
    # a release that writes "19/08/2021" writes day first, so its "11/12/2020" is 11 December
    found = values("DATE: 19/08/2021. The abduction of 300 pupils on 11/12/2020 is still remembered.", dt.date(2021, 8, 19))
    assert found == [("19/08/2021", "DATE", "2021-08-19"), ("11/12/2020", "DATE", "2020-12-11")]
    # a text that writes month first keeps it; one that shows neither order reads as before
    assert values("Filed 08/17/2021: the raid of 11/12/2020.", dt.date(2021, 8, 19))[-1] == ("11/12/2020", "DATE", "2020-11-12")
    assert values("The raid of 11/12/2020 is recalled.", dt.date(2021, 8, 19)) == [("11/12/2020", "DATE", "2020-11-12")]


def test_a_weekday_after_its_sentence_s_date_is_that_date() -> None:
    # "On 24 November 2017, during Friday prayers": the Friday of that date (it was one), not last week's Friday
    monday = dt.date(2024, 11, 25)
    assert values("On 24 November 2017, during Friday prayers, gunmen stormed the mosque.", monday) == \
        [("24 November 2017", "DATE", "2017-11-24"), ("Friday", "DATE", "2017-11-24")]
    # in the next sentence a weekday is read against the report again
    assert values("On 12 March 2024 talks began. On Tuesday police came.", dt.date(2024, 3, 20))[-1] == ("Tuesday", "DATE", "2024-03-19")


def test_a_weekday_with_a_day_and_month_in_figures() -> None:
    # local press writes "Tuesday, 29.04" with no year: that day, when it is that weekday
    thursday = dt.date(2025, 5, 8)
    assert values("On Tuesday, 29.04, an armed group attacked a camp.", thursday) == [("Tuesday, 29.04", "DATE", "2025-04-29")]
    assert values("On Tuesday 06/05 police arrested three.", thursday) == [("Tuesday 06/05", "DATE", "2025-05-06")]
    assert "2025-05-03" not in [v for _, _, v in values("He scored on Monday 3.5 times.", thursday)]  # 3 May was no Monday


def test_future_cue_flips_weekday() -> None:
    assert one("The committee will meet on Monday.").value == "2016-05-16"
    assert one("The committee met on Monday.").value == "2016-05-09"
    assert one("Talks will be held on Sunday.").value == "2016-05-15"
    assert one("The talks had been scheduled for Sunday.").value == "2016-05-08"
    # the cue governs "speak", not the arrests made in their own clause
    found = values("Police will speak on Wednesday about the arrests made on Monday.")
    assert found == [("Wednesday", "DATE", "2016-05-18"), ("Monday", "DATE", "2016-05-09")]


@pytest.mark.parametrize(
    "text",
    [
        "Fifty-seven operatives gave up.",
        "Police broke up an eight-member cell.",
        "The fine is $1,000 per person.",
        "The bond yields 6 3/8% a year less than expected." .replace(" a year", ""),
        "A Boeing 747 landed.",
        "Recruits aged 20 to 30 were sought.",
        "He carried a 1990s-era rifle.",
        "They may leave.",
        "The army will march on.",
    ],
)
def test_non_dates_are_skipped(text: str) -> None:
    assert tag(text, THU) == []


def test_no_reference_invents_nothing() -> None:
    found = {t.text: t.value for t in tag("On 24 April and again on Wednesday and last week, and in October 2015.", None)}
    assert found == {"24 April": "XXXX-04-24", "Wednesday": "XXXX-WXX-3", "last week": None, "October 2015": "2015-10"}
    assert all(t.date_start is None for t in tag("Raids last week.", None))


def test_worked_example_expressions() -> None:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "examples" / "al-mukalla.txt").read_text(encoding="utf-8")
    got = {t.text: (t.type, t.value) for t in tag(text, THU)}
    assert got["two-week"] == ("DURATION", "P2W")
    assert got["October 2015"] == ("DATE", "2015-10")
    assert got["Wednesday"] == ("DATE", "2016-05-11")
    assert got["24 April"] == ("DATE", "2016-04-24")
    assert not any("Fifty" in k or "eight" in k for k in got)


def test_empty_and_plain_text() -> None:
    assert tag("", THU) == []
    assert tag("No dates here at all.", THU) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ADEN, May 12 (Agency) - Gunmen shot two guards early on Wednesday.", [("May 12", "2016-05-12"), ("Wednesday", "2016-05-11")]),
        ("The army pulled out on March 3. The next day, fighters moved back in.", [("March 3", "2016-03-03"), ("The next day", "2016-03-04")]),
        ("At the end of last month, rebels took the airport.", [("the end of last month", "2016-04")]),
        ("Drones struck at 0300 GMT on Monday.", [("0300 GMT on Monday", "2016-05-09T03:00")]),
        ("The vote is scheduled for June.", [("June", "2016-06")]),
        ("Payment is due Dec. 7.", [("Dec. 7", "2016-12-07")]),
        ("The bank paid Dec. 7.", [("Dec. 7", "2015-12-07")]),
        ("Bombs fell on the port in mid-April.", [("mid-April", "2016-04")]),
        ("The 7th Brigade cited Resolution 2216.", []),
        ("Engineers worked 1500 hours on the bridge.", [("1500 hours", "PT1500H")]),
        ("Iraq imports three-quarters of its grain.", []),
        ("Both sides have fought for years.", [("years", "PXY")]),
        ("The raid of 11.05.2016 and the one of 2016/05/10.", [("11.05.2016", "2016-05-11"), ("2016/05/10", "2016-05-10")]),
        ("It was logged as 31.02.2016 by mistake.", []),
        ("The dam was built in the summer of 2014.", [("the summer of 2014", "2014-SU")]),
        ("Crops failed in the early summer.", [("the early summer", "2015-SU")]),
        ("Rebels struck on Monday. The next day troops came back, and later that day the road reopened.",
         [("Monday", "2016-05-09"), ("The next day", "2016-05-10"), ("later that day", "2016-05-10")]),
        ("The day was hot.", []),
        ("The mine closed last February and reopened this past April.", [("last February", "2016-02"), ("this past April", "2016-04")]),
        ("The army shelled the port in the first week of April.", [("the first week of April", "2016-04-01/2016-04-07")]),
        ("Raids went on in the week of 2 May 2016.", [("the week of 2 May 2016", "2016-05-02/2016-05-08")]),
        ("Output fell in Q1 2016 and rose in H2 2015.", [("Q1 2016", "2016-Q1"), ("H2 2015", "2015-H2")]),
        ("By the end of the week the siege was over.", [("the end of the week", "2016-W19")]),
        ("Flights leave on Tuesday nights.", [("Tuesday nights", "XXXX-WXX-2TNI")]),
        ("The siege lasted 2 1/2 years.", [("2 1/2 years", "P2Y6M")]),
        ("The port fell in January 2015. The following month the army returned.",
         [("January 2015", "2015-01"), ("The following month", "2015-02")]),
        ("Shells fell in the mid-afternoon yesterday.", [("mid-afternoon yesterday", "2016-05-11TAF")]),
        ("Losses continue through the first two quarters of 2017.", [("the first two quarters of 2017", "2017-H1")]),
        ("He read it in USA Today on Wednesday. Yesterday, the army of tomorrow paraded.",
         [("Wednesday", "2016-05-11"), ("Yesterday", "2016-05-11")]),
        ("The plan called Vision 2030 was launched before Ramadan 2016.", [("2016", "2016")]),
        ("The roads stayed shut for a while.", [("a while", "PXX")]),
        ("Floods hit the valley in the past three summers.", []),
        ("A memo dated 31 February 2016 and one of Sept. 31 were forged.", []),
        ("Music of the '00s and the '80s.", [("the '00s", "200"), ("the '80s", "198")]),
        ("Fighting raged overnight Tuesday.", [("overnight Tuesday", "2016-05-10TNI")]),
        ("Gunmen struck shortly after noon last Friday.", [("shortly after noon last Friday", "2016-05-06T12:00")]),
        ("A drone hit the base at 9 p.m. this past Sunday.", [("9 p.m. this past Sunday", "2016-05-08T21:00")]),
        ("Talks resume at 10 a.m. next Monday.", [("10 a.m. next Monday", "2016-05-16T10:00")]),
        ("Rebels burned the hall last January 11.", [("last January 11", "2016-01-11")]),
        ("The raid came this past June 3.", [("this past June 3", "2015-06-03")]),
        ("The mine closed last April.", [("last April", "2015-04")]),  # the April just gone would be "last month"
        ("Now, the talks are over. Until now, it was calm.", [("now", "PRESENT_REF")]),
    ],
)
def test_news_phrasings(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, THU)] == expected


def test_a_clock_time_takes_the_day_of_the_weekday_part_before_it():
    """"Tuesday night ... at about 11 p.m." is Tuesday's 11 p.m., not the report's."""
    found = values("Fighters raided the depot on Tuesday night. Guards said shooting started at about 11 p.m. near the gate.")
    assert found == [("Tuesday night", "TIME", "2016-05-10TNI"), ("about 11 p.m.", "TIME", "2016-05-10T23:00")]


@pytest.mark.parametrize("text", ["3. 8 May 2016 (Sunday). Checkpoint attacked.", "On 8 May, a Sunday, a checkpoint was attacked."])
def test_a_weekday_set_beside_a_date_is_that_date(text):
    """A list heading "8 May 2016 (Sunday)" names one day twice; it is not the Sunday before publication."""
    assert [v for _, _, v in values(text)] == ["2016-05-08", "2016-05-08"]


def test_a_weekday_of_its_own_after_a_date_keeps_its_past_reading():
    found = values("Talks opened on 2 May. On Sunday the rebels withdrew.")
    assert found[-1] == ("Sunday", "DATE", "2016-05-08")


def test_duration_values_in_days():
    """One reader of TIMEX3 durations serves the tally tests of events and records."""
    from dateline.times.calendar import duration_days

    assert duration_days("P2M") == 60
    assert duration_days("P3Y") == 3 * 365
    assert duration_days("PT3H") == pytest.approx(3 / 24)
    assert duration_days("PT20M") == pytest.approx(20 / (24 * 60))  # minutes, not months
    assert duration_days("2024-05-01") is None
    assert duration_days(None) is None


@pytest.mark.parametrize("text,value", [
    ("Gunmen raided a church in the town on Christmas Day, killing five worshippers.", "2023-12-25"),
    ("The market bombing took place on New Year's Eve.", "2023-12-31"),
    ("Police said the cell struck on Boxing Day 2019.", "2019-12-26"),
    ("Thousands rallied in the square on May Day.", "2024-05-01"),
])
def test_fixed_day_holidays_are_dates(text, value):
    found = [t for t in tag(text, dt.date(2024, 1, 10)) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


def test_a_holiday_name_must_be_capitalised():
    assert tag("The pilot called may day twice before the crash.", dt.date(2024, 1, 10)) == []


def test_a_holiday_named_as_the_observance_is_no_date():
    assert tag("A main theme of International Women's Day is pay.", dt.date(2024, 1, 10)) == []


def test_that_morning_is_the_day_last_named():
    text = "The army said on Wednesday night that troops had caught the raiders that morning."
    found = {t.text: t.value for t in tag(text, dt.date(2024, 10, 3))}
    assert found["that morning"] == "2024-10-02TMO"


def test_that_night_with_no_day_in_view_is_no_time():
    assert tag("That night nobody in the camp slept.", dt.date(2024, 10, 3)) == []


def test_a_day_word_inside_an_event_name_is_no_date() -> None:
    # a name written twice, or introduced as one, is not a date; the same words once, with no cue, are
    text = ("Survivors gathered at the old market to recall Black Tuesday. The Black Tuesday shootings left "
            "forty dead. Arrests followed on Wednesday.")
    assert values(text) == [("Wednesday", "DATE", "2016-05-11")]
    assert values("The massacre, since known as Red Thursday, shook the province.") == []
    assert values("Farmers came to the Harvest October fair.")[0][0] == "October"
    assert values("The governor told Reuters Monday that the road was open.") == [("Monday", "DATE", "2016-05-09")]
    assert values("Last Monday, the road was open.") == [("Last Monday", "DATE", "2016-05-09")]


def test_a_text_told_from_a_day_long_past_reads_its_bare_months_there() -> None:
    ref = dt.date(2014, 3, 20)
    text = ("It began on 9 September 1991, when the garrison mutinied. Earlier in the year the officers had "
            "petitioned the palace. By November the rebels held the port.")
    assert values(text, ref)[1:] == [("the year", "DATE", "1991"), ("November", "DATE", "1991-11")]


def test_an_old_date_in_a_current_report_leaves_its_months_alone() -> None:
    ref = dt.date(2014, 3, 20)
    text = ("Police raided the camp this week. The camp was set up in May 2009. In January, two guards were hurt.")
    assert values(text, ref)[-1] == ("January", "DATE", "2014-01")


def test_a_clock_time_after_last_night_is_on_that_night_s_day() -> None:
    text = "Gunfire was heard in the harbour district last night. Just before 10pm a patrol was ambushed."
    assert values(text)[-1] == ("Just before 10pm", "TIME", "2016-05-11T22:00")
    # "overnight" names no day a clock time can lean on: the report's own day stays the anchor
    assert values("Markets fell overnight. Trading resumed at 9am.")[-1] == ("9am", "TIME", "2016-05-12T09:00")


def test_a_yearless_day_after_a_written_day_of_its_month_takes_that_year() -> None:
    ref = dt.date(2001, 2, 9)
    text = ("The witness said the men rented the van on June 2, 1998, and returned it on June 5. "
            "In October they were arrested.")
    # the text opens in June 1998, long before the report: its next October is that year's
    assert values(text, ref)[1:] == [("June 5", "DATE", "1998-06-05"), ("October", "DATE", "1998-10")]
    # a month written with its year ("the August 1998 truce") leaves a later "Aug. 3" to the report's year
    later = "Talks resumed on Monday. The August 1998 truce broke down when troops crossed the river on Aug. 3."
    assert values(later, dt.date(2000, 8, 20))[-1] == ("Aug. 3", "DATE", "2000-08-03")


@pytest.mark.parametrize("text, ref, value", [
    # day first or month first: the reading a report of that day can give, within a month before it
    ("Statement issued in Beirut on 14/3/2025.", dt.date(2025, 3, 14), "2025-03-14"),
    ("On 13/3/2025 a patrol found two rockets.", dt.date(2025, 3, 14), "2025-03-13"),
    ("On 2/3/2025 a patrol found two rockets.", dt.date(2025, 3, 4), "2025-03-02"),
    # a date farther back keeps the month first
    ("Those arrested on 7/4/2019 were released.", dt.date(2025, 3, 4), "2019-07-04"),
    # police notes' dashed dates, after a 24-hour clock time that is no year
    ("At about 2130 hrs of 06-04-2025, a grenade was thrown at a house.", dt.date(2025, 4, 7), "2025-04-06"),
])
def test_numeric_dates_read_against_the_report_s_day(text, ref, value):
    assert [v for _, _, v in values(text, ref)] == [value]


def test_a_day_named_in_quotes_is_a_name_not_a_date():
    # "Bloody Friday" in quotes names a day of the past, not the latest Friday
    found = values('Their worst day came on 30 September, "Bloody Friday", when troops fired on worshippers.', AUG)
    assert [text for text, _, _ in found] == ["30 September"]


def test_a_counted_day_restated_by_its_weekday_takes_the_weekday() -> None:
    """The count is read from the day named last, which need not be the one the writer counted from."""
    ref = dt.date(2023, 3, 16)  # a Thursday
    told = tag("The mayor said on Wednesday that soldiers chased the raiders the following day, that is Monday, "
               "and fought them near the river.", ref)
    assert [(t.text, t.value) for t in told][1:] == [("the following day", "2023-03-13"), ("Monday", "2023-03-13")]
    # a count with no day to count from takes its weekday
    assert tag("The herders came back the next day (Tuesday) and burned two huts.", ref)[0].value == "2023-03-14"
    # a count from a day written months before keeps its own day
    told = tag("On 2 January the gunmen came, and they came back the next day, Sunday.", ref)
    assert told[1].value == "2023-01-03"


def test_overnight_on_a_weekday_is_that_night() -> None:
    ref = dt.date(2023, 3, 16)  # a Thursday
    assert [(t.text, t.value) for t in tag("Raiders torched the granary overnight on Monday.", ref)] == [
        ("overnight on Monday", "2023-03-13TNI")]


def test_overnight_after_a_day_its_sentence_names_is_that_night() -> None:
    ref = dt.date(2024, 3, 10)
    found = [(t.text, t.value) for t in tag("On 7 March 2024, troops moved back into the town after the rebels "
                                            "pulled out overnight. Overnight, more shelling was heard.", ref)]
    assert found == [("7 March 2024", "2024-03-07"), ("overnight", "2024-03-07TNI"), ("Overnight", "2024-03-09TNI")]


def test_a_night_of_two_days_written_with_a_slash_is_a_range():
    """Thirty-fifth session: an army release's "the intervening night of 11/12 Mar 2024"."""
    assert ("11/12 Mar 2024", "DATE", "2024-03-11/2024-03-12") in values("Troops laid an ambush on the intervening night of 11/12 Mar 2024.")



def test_a_date_written_in_one_word_is_read() -> None:
    """Forty-first session: a communiqué's "04SEP2024", in English or Spanish abbreviations, in capitals only."""
    assert ("05SEP2024", "DATE", "2024-09-05") in values("On Thursday 05SEP2024, a patrol struck a mine.")
    assert ("12ENE24", "DATE", "2024-01-12") in values("Troops came under fire on 12ENE24 near the river.")
    assert not any(v[0] == "4sep2024" for v in values("the file 4sep2024 was lost"))


def test_a_day_and_month_after_on_take_the_text_s_order() -> None:
    """Forty-first session: "on 09/02" in a text dated "18/03/2025" is 9 February; with no numeric date to show the
    order, "on 3/4" is no date."""
    text = "Morelia, 18/03/2025. Two soldiers were killed on 09/02 when their truck hit a mine."
    assert ("09/02", "DATE", "2025-02-09") in values(text, dt.date(2025, 3, 18))
    assert not any(v[0] == "3/4" for v in values("The motion passed on 3/4 of the votes cast.", dt.date(2025, 3, 18)))


def test_a_weekday_and_day_month_after_a_year_old_date_is_read_against_the_report():
    """"the first since 13/03/2024 ... clashed on Tuesday 11/03": the last written date's year makes 11 March a
    Monday, so the weekday says the day is the report's year (a Tuesday in 2025)."""
    from dateline.times.tagger import tag

    text = "Five miners were killed on 13/03/2024 in the same village. Troops clashed on Tuesday 11/03 with the group."
    found = [(t.text, t.value) for t in tag(text, dt.date(2025, 3, 14))]
    assert ("Tuesday 11/03", "2025-03-11") in found


def test_last_weekday_written_the_day_after_is_the_week_before():
    """"last Wednesday" in a Thursday report: the day before would be "yesterday" (or a bare "Wednesday"), so it is
    the Wednesday of the week before; "last Tuesday" on that Thursday stays two days back."""
    from dateline.times.tagger import tag

    found = {t.text: t.value for t in tag("Troops clashed with rebels last Wednesday and again last Tuesday.",
                                          dt.date(2024, 2, 29))}
    assert found["last Wednesday"] == "2024-02-21" and found["last Tuesday"] == "2024-02-27"


def test_a_night_of_two_days_written_all_in_numbers_is_a_range():
    """Forty-sixth session: police releases write the night as "23/24.09.2023", the month and year in numbers."""
    assert ("23/24.09.2023", "DATE", "2023-09-23/2023-09-24") in values("Raiders struck a post in the intervening night of 23/24.09.2023.")
    assert values("Lot 12/30.09.2023 was sold.") == []  # two days a night cannot join are no night


def test_a_weekday_beside_a_short_numeric_date_tells_the_order_of_the_text():
    """Forty-sixth session: in a report of Thursday 9 November 2023, "Monday 06/11" is only a Monday read day first,
    so the text's "05/11/2022" is 5 November, not 11 May."""
    found = [(t.text, t.value) for t in tag("Rebels struck on Monday 06/11. A year earlier, on 05/11/2022, they had "
                                            "burned the school.", dt.date(2023, 11, 9))]
    assert ("Monday 06/11", "2023-11-06") in found and ("05/11/2022", "2022-11-05") in found


def test_a_day_and_month_that_only_one_order_reads():
    """Forty-eighth session: "(26/10)" and "on 26/10" have no year and the text no other numeric date, but 26 is no
    month: 26 October, the year past-biased from the report.  "(3/4)" stays no date."""
    found = values("Summary: Saqqez - march with tear gas (26/10); a strike was held on 25/10.", dt.date(2022, 10, 27))
    assert ("26/10", "DATE", "2022-10-26") in found and ("25/10", "DATE", "2022-10-25") in found
    assert not any(v[0] == "3/4" for v in values("The motion won (3/4) of the votes.", dt.date(2022, 10, 27)))


def test_two_days_and_a_numeric_month_are_a_range():
    """Forty-eighth session: "the night of 19 to 20/04" (a translated local report) is those two days; a fraction is
    no date."""
    found = values("The raid took place on the night of 19 to 20/04, when gunmen entered the village.", dt.date(2024, 4, 24))
    assert ("19 to 20/04", "DATE", "2024-04-19/2024-04-20") in found
    assert not values("The bill won 2-3/4 of the votes.", dt.date(2024, 4, 24))


def test_a_day_and_month_with_this_year_keep_the_day():
    """Forty-eighth session: "on 2 January this year" had read as "January this year" (the month), and "January 2
    this year" as the next 2 January."""
    assert ("2 January this year", "DATE", "2021-01-02") in values("They were killed on 2 January this year.",
                                                                     dt.date(2021, 11, 25))
    assert ("January 2 this year", "DATE", "2021-01-02") in values("They were killed on January 2 this year.",
                                                                     dt.date(2021, 11, 25))
    assert ("3 March last year", "DATE", "2020-03-03") in values("He was arrested on 3 March last year.",
                                                                  dt.date(2021, 11, 25))

