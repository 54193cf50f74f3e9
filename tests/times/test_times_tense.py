"""The tense of the governing verb decides which way a yearless date resolves; a clock time keeps
the date and year written after it.  Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.times.tagger import tag
from dateline.types import Article

OCT = dt.date(2021, 10, 14)  # a Thursday in October


@pytest.fixture(scope="module")
def nlp():
    from dateline.pipeline import build

    return build(stages=["times"])


def _values(nlp, text: str, published: dt.date = OCT) -> list[tuple[str, str | None]]:
    from dateline.pipeline import process
    from dateline.times import timexes

    doc = next(process(nlp, [Article(text=text, published=published)]))
    return [(t.text, t.value) for t in timexes(doc)]


@pytest.mark.parametrize("text, value", [
    ("Fighters overran the border post in November.", "2020-11"),  # simple past: the last November
    ("In December, the militia burned three villages.", "2020-12"),  # the date before its verb
    ("Two journalists were abducted near the dam on November 2.", "2020-11-02"),  # passive past
    ("The insurgents have shelled the airport since December 1.", "2020-12-01"),  # perfect
    ("The rebels will march on the capital in November.", "2021-11"),  # future: the next one
    ("In December the army will withdraw from the valley.", "2021-12"),
    ("The envoys will meet again in September.", "2022-09"),  # a future verb: the next one, not the one just gone
    ("The council elections were postponed until November 21.", "2021-11-21"),  # a deferral points ahead
])
def test_the_governing_verb_sets_the_direction(nlp, text: str, value: str) -> None:
    assert [v for _, v in _values(nlp, text)] == [value]


@pytest.mark.parametrize("text, value", [
    # a past act that fixes an end point: the end point may lie ahead
    ("The ministry extended the curfew until November 3.", "2021-11-03"),
    ("The junta gave the mediators until November 3 to reply.", "2021-11-03"),
])
def test_an_end_point_takes_no_tense_from_its_verb(nlp, text: str, value: str) -> None:
    assert [v for _, v in _values(nlp, text)] == [value]


@pytest.mark.parametrize("text, value", [
    # the stretch of time the date names hangs from the verb: its tense still decides
    ("On the night of 3 December, gunmen burned the clinic in the market town.", "2020-12-03"),
    ("In the week of 8 November, militiamen abducted eleven traders on the road north.", "2020-11-08/2020-11-14"),
])
def test_a_date_naming_a_stretch_of_time_takes_its_verb_s_tense(nlp, text: str, value: str) -> None:
    assert [v for _, v in _values(nlp, text)] == [value]


def test_a_weekday_before_a_future_verb_is_the_next_one(nlp) -> None:
    # no cue word before "Monday"; the parse finds "will" after it
    assert [v for _, v in _values(nlp, "On Monday, the envoys will meet in Addis Ababa.")] == ["2021-10-18"]


def test_a_present_tense_headline_keeps_the_past_bias(nlp) -> None:
    # no tense to read: a date two weeks ahead is nearer than one a year back
    assert [v for _, v in _values(nlp, "Militia storms border post on October 28")] == ["2021-10-28"]


def test_without_a_parse_the_words_before_still_decide() -> None:
    assert [t.value for t in tag("The rebels will march on the capital in November.", OCT)] == ["2021-11"]
    # cue words alone only lean ahead: the September just gone is nearer
    assert [t.value for t in tag("The envoys will meet again in September.", OCT)] == ["2021-09"]
    assert [t.value for t in tag("Fighters overran the border post on October 28.", OCT)] == ["2021-10-28"]


@pytest.mark.parametrize("text, span, value", [
    ("The truck bomb went off at 7:15 a.m. on June 4, 1998, outside the barracks.",
     "7:15 a.m. on June 4, 1998", "1998-06-04T07:15"),
    ("Shelling began at 11 p.m. on Saturday, 9 March 2019, and lasted until dawn.",
     "11 p.m. on Saturday, 9 March 2019", "2019-03-09T23:00"),
    ("The patrol was ambushed at 4 a.m. on 17 August, the army said.", "4 a.m. on 17 August", "2021-08-17T04:00"),
])
def test_a_clock_time_keeps_the_date_and_year_after_it(text: str, span: str, value: str) -> None:
    found = tag(text, OCT)
    assert [(t.text, t.value) for t in found] == [(span, value)]


def test_a_clock_date_is_the_day_the_next_day_counts_from() -> None:
    found = tag("The raid started at 2 a.m. on March 3, 2015. The next day the town fell.", OCT)
    assert [t.value for t in found] == ["2015-03-03T02:00", "2015-03-04"]


def test_between_belongs_to_the_range_not_its_first_date() -> None:
    found = tag("Raids between 28 September and 3 October left 40 dead.", OCT)
    assert [(t.text, t.value) for t in found] == [("28 September", "2021-09-28"), ("3 October", "2021-10-03")]


def test_later_than_an_unwritten_day_is_no_future_day(nlp) -> None:
    # nothing in the text says later than what: not the report's day plus three
    assert _values(nlp, "Three days later, the militia torched the market.") == [("Three days later", None)]
    # with a day written before it, it counts from that day
    assert _values(nlp, "The militia entered the town on 2 October. Three days later, it torched the market.")[-1] \
        == ("Three days later", "2021-10-05")
    # a future clause still looks ahead from the report
    assert _values(nlp, "The truce will lapse three days later.") == [("three days later", "2021-10-17")]


def test_a_preposition_heading_a_fragment_ends_the_search_for_its_verb(nlp) -> None:
    """"Since 3 March." parses with the preposition as the root; the walk up from the date stops there
    (spaCy gives a new Token per access, so the walk compares positions; an identity test looped forever)."""
    import signal

    def stuck(*_: object) -> None:
        raise TimeoutError("the walk up the parse did not end")

    old = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(20)
    try:
        values = _values(nlp, "Since 3 March.")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert values == [("3 March", "2021-03-03")]


def test_a_day_hung_on_a_present_perfect_verb_is_its_object_s_and_may_lie_ahead(nlp) -> None:
    # English sets no point of time on a present perfect ("*has marched on 9 March"): the day is the march's
    found = _values(nlp, "The teachers' union has announced a strike in the capital on 9 March.", dt.date(2024, 2, 22))
    assert [v for _, v in found] == ["2024-03-09"]
    found = _values(nlp, "The rebels had attacked the town on 9 March.", dt.date(2024, 2, 22))
    assert [v for _, v in found] == ["2023-03-09"]  # the past perfect keeps the past
