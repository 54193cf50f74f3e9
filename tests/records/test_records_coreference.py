"""Event coreference within an article: one real event gives one row, two events two rows.

Sentences are ours.  The unit tests build candidates by hand, so they pin the merge rules
whatever the classifier says; the end-to-end ones run the whole pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline import pipeline
from dateline.records.merge import Candidate, Coreference, continues, same_event
from dateline.types import Article, EventDate, EventMention, EventRecord

DAY = dt.date(2021, 3, 1)


def cand(event_type: str = "Explosions/Remote violence", *, date: dt.date | None = DAY, location: str | None = "Gao",
         fatalities: int = 0, actor1: str | None = None, start: int = 0, **flags: bool) -> Candidate:
    record = EventRecord(event_type=event_type, sub_event_type="x", event_date=date, location=location,
                         fatalities=fatalities, actor1=actor1)
    mention = EventMention(start=start, end=start + 4, text="x", sentence_start=start, sentence_end=start + 10,
                           event_type=event_type, sub_event_type="x")
    return Candidate(mention, record, EventDate(date=date), None, **flags)


def test_same_type_day_and_own_place_is_one_event() -> None:
    events = Coreference()
    events.add(cand(own_date=True, own_place=True))
    events.add(cand(own_date=True, own_place=True, start=50))
    assert len(events.records) == 1


def test_a_place_borrowed_from_an_earlier_sentence_does_not_make_two_mentions_one() -> None:
    # Both rows say "Gao", but the second only inherited it, and it brings a new event ("a mine went off").
    events = Coreference()
    events.add(cand(own_date=True, own_place=True))
    events.add(cand(own_place=False, new_event=True, start=50))
    assert len(events.records) == 2


def test_named_doers_that_differ_are_two_events() -> None:
    events = Coreference()
    events.add(cand("Battles", own_date=True, own_place=True, actor1="Al Shabaab"))
    events.add(cand("Battles", own_date=True, own_place=True, actor1="Islamic State (Somalia)", start=50))
    assert len(events.records) == 2


def test_an_unidentified_doer_does_not_clash() -> None:
    first = Coreference()
    first.add(cand("Battles", own_date=True, own_place=True, actor1="Al Shabaab"))
    assert same_event(first.events[0], cand("Battles", own_place=True, actor1="Unidentified Armed Group (Somalia)"))


def test_an_outcome_without_a_doer_continues_the_violent_event_of_another_type() -> None:
    events = Coreference()
    events.add(cand(own_date=True, own_place=True, fatalities=1))
    events.add(cand("Battles", location=None, outcome=True, additive=True, fatalities=1, start=50))
    (record,) = events.records
    assert record.event_type == "Explosions/Remote violence"
    assert record.fatalities == 2  # "was also killed": one more


def test_an_outcome_restated_takes_the_higher_figure_not_the_sum() -> None:
    events = Coreference()
    events.add(cand(own_date=True, own_place=True, fatalities=2))
    events.add(cand("Battles", location=None, outcome=True, fatalities=23, start=50))
    (record,) = events.records
    assert record.fatalities == 23


def test_a_non_outcome_of_another_type_is_its_own_event() -> None:
    events = Coreference()
    events.add(cand(own_date=True, own_place=True))
    events.add(cand("Strategic developments", location=None, start=50))
    assert len(events.records) == 2


def test_an_event_with_its_own_date_does_not_continue_another() -> None:
    event = Coreference()
    event.add(cand(own_date=True, own_place=True))
    assert not continues(event.events[0], cand(own_date=True, location=None))


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return pipeline.build()


def run(nlp, text: str) -> list[EventRecord]:  # type: ignore[no-untyped-def]
    article = Article(text=text, published=dt.date(2021, 3, 3))
    ((_, records),) = list(pipeline.extract(nlp, [article]))
    return records


def test_a_toll_told_by_pronoun_joins_the_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, "Gunmen and suicide bombers stormed a police academy in Kandahar on Monday. They killed 14 cadets.")
    assert len(records) == 1
    assert records[0].fatalities >= 14


def test_two_groups_attacking_in_one_town_on_one_day_are_two_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, "Al Shabaab fighters attacked a police post in Baidoa on Monday. "
                       "Also on Monday, Islamic State militants attacked an army base in Baidoa.")
    assert len(records) == 2
    assert {r.actor1 for r in records} == {"Al Shabaab", "Islamic State (Somalia)"}


def test_a_second_blast_in_a_named_district_is_its_own_row(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, "Three militants were killed on Friday night when the mine they were planting on a road in "
                       "Panjwai district went off. Two more militants died in neighbouring Zhari district when their "
                       "car hit a mine.")
    assert len(records) == 2
