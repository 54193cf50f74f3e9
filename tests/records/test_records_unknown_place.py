"""A place the gazetteer cannot hold, or holds only as a namesake in another province, does not borrow
the town of the sentences before: the story has moved, and only their province carries."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline import pipeline
from dateline.types import Article, EventRecord

PUBLISHED = dt.date(2022, 6, 9)  # a Thursday


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return pipeline.build()


def records(nlp, text: str) -> list[EventRecord]:  # type: ignore[no-untyped-def]
    ((_, found),) = list(pipeline.extract(nlp, [Article(text=text, published=PUBLISHED)]))
    return found


LEDE = ("Insurgents stormed an army base in Konduga, Borno State, on Monday night, killing three soldiers, "
        "residents said. Troops later repelled a second assault near Dikwa.\n\n")


def test_a_village_named_only_by_a_namesake_in_another_province_is_not_that_namesake(nlp) -> None:  # type: ignore[no-untyped-def]
    # the gazetteer's only village of this name lies in Ogun State, a thousand km away
    found = records(nlp, LEDE + "On Tuesday, gunmen burned twenty houses in Idiroko village, a farmer said.")
    burned = [r for r in found if r.event_date == dt.date(2022, 6, 7)]
    assert burned and all(r.location != "Idiroko" for r in burned)
    assert all(r.admin1 == "Borno" for r in burned)


def test_the_namesake_stands_when_the_text_names_its_province(nlp) -> None:  # type: ignore[no-untyped-def]
    found = records(nlp, LEDE + "In Ogun State, far to the south, gunmen burned twenty houses in Idiroko village "
                    "on Tuesday, police there said.")
    assert any(r.location == "Idiroko" for r in found)


def test_an_unknown_township_gives_the_province_not_the_last_town(nlp) -> None:  # type: ignore[no-untyped-def]
    found = records(nlp, LEDE + "In neighbouring Galtimari district, fighters seized a police station in "
                    "Galtimari town on Tuesday after a day-long siege.")
    seized = [r for r in found if r.event_date == dt.date(2022, 6, 7)]
    assert seized and all(r.location not in ("Konduga", "Dikwa") for r in seized)
    assert all(r.admin1 == "Borno" and r.geo_precision == 3 for r in seized)


def test_an_unknown_neighbourhood_stays_in_its_town(nlp) -> None:  # type: ignore[no-untyped-def]
    found = records(nlp, "Gunmen attacked a market in Konduga, Borno State, on Monday, residents said. "
                    "Later, a trader was shot dead in the Bulabulin area.")
    assert all(r.location in ("Konduga", None) for r in found if r.event_date == dt.date(2022, 6, 6))
