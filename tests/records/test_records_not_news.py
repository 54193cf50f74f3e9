"""Words that look like events but report none: a page's closing navigation ("See also",
"References") and patients kept "in hospital" (not prisoners)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline import pipeline
from dateline.records.layout import navigation_start
from dateline.types import Article, EventRecord

PUBLISHED = dt.date(2021, 3, 3)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return pipeline.build()


def run(nlp, text: str) -> list[EventRecord]:  # type: ignore[no-untyped-def]
    ((_, records),) = list(pipeline.extract(nlp, [Article(text=text, published=PUBLISHED)]))
    return records


@pytest.mark.parametrize("text", [
    "A mine killed two herders near Gao on Monday.\n\nSee also\nThe 2012 ambush near Gao that killed 40 soldiers",
    "A mine killed two herders near Gao on Monday.==See also==* The 2012 ambush near Gao that killed 40 soldiers",
    "A mine killed two herders near Gao on Monday.\n\nReferences:\nSoldiers shot dead in Kidal, 12 May 2019",
])
def test_nothing_after_a_pages_navigation_heading_is_an_event(nlp, text) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, text)
    assert len(records) == 1 and records[0].event_date == dt.date(2021, 3, 1)


def test_a_navigation_word_inside_a_sentence_is_no_heading() -> None:
    text = "Officials said the references to the attack in Gao were wrong; see also the statement."
    assert navigation_start(text) == len(text)


def test_patients_detained_in_hospital_are_not_arrested(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, "A car bomb exploded in Quetta on Monday. Forty people were detained in hospital overnight.")
    assert [r.sub_event_type for r in records] == ["Remote explosive/landmine/IED"]


def test_a_suspect_detained_at_a_hospital_is_arrested(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, "A car bomb exploded in Quetta on Monday. Police detained two men at the hospital where "
                       "the wounded were taken.")
    assert "Arrests" in {r.sub_event_type for r in records}


@pytest.mark.parametrize("text", [
    "Fighting between the army and the rebels around Kidal continued during the reporting period.",
    "Clashes between the two militias in the hills north of Gao went on almost daily, residents said.",
])
def test_fighting_told_over_a_reporting_period_or_as_daily_is_no_event_of_one_day(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert run(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Police in Garowe arrested three suspected Al-Shabaab tax collectors at the livestock market on Monday.",
    "Officers arrested six ISWAP suppliers with fuel and cash at a checkpoint outside Maiduguri on Monday.",
])
def test_members_of_an_armed_group_taken_by_the_police_are_an_arrest_not_a_crime(rows, text) -> None:  # type: ignore[no-untyped-def]
    """The words read like a police blotter, but the people taken belong to an armed group: conflict news."""
    assert [r.sub_event_type for r in rows(text)] == ["Arrests"]


def test_suspects_of_an_ordinary_crime_stay_out(rows) -> None:  # type: ignore[no-untyped-def]
    assert rows("Police in Nairobi arrested four suspected car thieves at a market on Monday.") == []


def test_what_a_statement_says_was_done_over_the_weekend_is_news_not_a_tally(rows) -> None:  # type: ignore[no-untyped-def]
    """"said ... its troops had killed 43 fighters over the weekend": reported speech's past perfect over two
    days is one operation; "over the past month" stays a tally."""
    found = rows("The army said on Wednesday that its troops had killed 29 fighters over the weekend near Gao.",
                 dt.date(2025, 2, 13))
    assert [r.sub_event_type for r in found] == ["Armed clash"] and found[0].fatalities == 29
    assert rows("Police said they had arrested 300 people over the past month across the province.", dt.date(2025, 2, 13)) == []


def test_a_lead_telling_its_news_through_a_manhunt_is_the_event(rows):
    """A report's first sentence may tell its news through what someone does about it: the blast is the
    event, at the lead's place, on its own day."""
    text = ("Police in the city of Porto were searching on Saturday for a man believed to be responsible for a Friday "
            "blast which injured several people. The device had been left outside a pharmacy, officials said.")
    found = [r for r in rows(text, dt.date(2019, 5, 25)) if r.modality == "asserted"]
    assert [(r.event_type, r.location, r.event_date) for r in found] == [
        ("Explosions/Remote violence", "Porto", dt.date(2019, 5, 24))]
