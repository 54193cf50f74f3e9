"""One event told three ways in one report stays one row: a headline that reads it as another
violent type, and a later retelling after the day a statement was made.  Our own text."""

from __future__ import annotations

import datetime as dt

from dateline import pipeline
from dateline.types import Article

REPORT = """US strike kills militants in southern Somalia

MOGADISHU, May 8 - The United States military carried out an air strike against al-Shabaab fighters near Jilib on Monday, the U.S. Africa Command said on Tuesday.

AFRICOM said its initial assessment was that three militants were killed and that no civilians were harmed.

A local elder said the strike hit a compound on the edge of the town.
"""


def test_one_strike_told_by_headline_lede_and_witness_is_one_row():
    nlp = pipeline.build()
    ((_, records),) = list(pipeline.extract(nlp, [Article(text=REPORT, published=dt.date(2024, 5, 8))]))
    (row,) = records
    assert row.sub_event_type == "Air/drone strike"
    assert row.event_date == dt.date(2024, 5, 6)  # Monday; Tuesday is the day the command spoke
    assert row.location == "Jilib"


STATEMENTS = """Army and militia trade claims over river town

STATEMENT OF THE ARMY SPOKESPERSON, Saturday 4 May 2024

Our forces entered the town of Kosti this morning after driving the militia from its outskirts.

STATEMENT OF THE ARMY SPOKESPERSON, Sunday 5 May 2024

At dawn today the militia launched drones at the power station in Kosti. Our air defences shot them down.
"""


def test_today_in_a_statement_is_the_day_its_heading_gives():
    nlp = pipeline.build()
    ((_, records),) = list(pipeline.extract(nlp, [Article(text=STATEMENTS, published=dt.date(2024, 5, 7))]))
    dates = {r.sub_event_type: r.event_date for r in records}
    assert dates.get("Government regains territory") == dt.date(2024, 5, 4)
    assert dates.get("Air/drone strike") == dt.date(2024, 5, 5)


def test_a_war_s_toll_joins_no_event():
    nlp = pipeline.build()
    text = ("Gunmen killed six farmers in Kambo on Sunday.\n\n"
            "The war that began two years ago has killed tens of thousands of people.")
    ((_, records),) = list(pipeline.extract(nlp, [Article(text=text, published=dt.date(2024, 5, 7))]))
    (row,) = records
    assert row.fatalities == 6


def test_a_log_entry_s_label_and_date_date_its_events():
    nlp = pipeline.build()
    text = ("Field log, 3-4 March 2024\n\n"
            "[E1] 3 March 2024 - near Mongbwalu (Djugu, Ituri). Militiamen stopped a lorry and abducted four passengers.\n\n"
            "[E2] 4 March 2024 - Bunia (Ituri). Traders closed their shops in protest at the abductions.\n")
    ((_, records),) = list(pipeline.extract(nlp, [Article(text=text, published=dt.date(2024, 3, 6))]))
    abduction = next(r for r in records if r.sub_event_type == "Abduction/forced disappearance")
    assert abduction.event_date == dt.date(2024, 3, 3)


def test_a_night_under_each_day_heading_is_its_own_riot(rows):  # type: ignore[no-untyped-def]
    """A police update told night by night under day headings: the second night's rioting, with no day of its own in
    its sentence, is that night's event, not more of the first night's."""
    text = ("Update on the unrest in Portadown\n\n"
            "Friday 6 March\n"
            "Youths threw stones and petrol bombs at officers on the Garvaghy Road. Four officers were hurt.\n\n"
            "Saturday 7 March\n"
            "Trouble flared again after dark. Officers were pelted with bricks and fireworks near the town hall.\n")
    riots = sorted(r.event_date for r in rows(text, dt.date(2026, 3, 9)) if r.sub_event_type == "Violent demonstration")
    assert riots == [dt.date(2026, 3, 6), dt.date(2026, 3, 7)]


def test_the_week_the_sentence_before_names_dates_the_fight_told_after_it(rows):  # type: ignore[no-untyped-def]
    text = ("GULU, Uganda - The war came back to Kitgum last week. For three days, traders said, rifle fire rang out "
            "across the market as rebels and soldiers fought for the bus park.")
    fights = [r for r in rows(text, dt.date(2026, 3, 11)) if r.event_type == "Battles"]
    assert fights and all(r.event_date is not None and dt.date(2026, 3, 2) <= r.event_date <= dt.date(2026, 3, 8)
                          and r.time_precision == 2 for r in fights)
