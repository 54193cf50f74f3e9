"""Property tests of the date, number and place parsers: any text in, well-formed spans or None out."""

from __future__ import annotations

import datetime as dt

from fuzz_strategies import dates, texts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
refs = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))


@FAST
@given(dates)
def test_publication_dates_parse_or_say_why(value: object) -> None:
    from dateline.ingest.metadata import parse_date

    try:
        result = parse_date(value)
    except ValueError as exc:
        assert len(str(exc)) < 300
    else:
        assert result is None or isinstance(result, dt.date)


@FAST
@given(texts, refs)
def test_time_expressions_are_spans_of_the_text(text: str, reference: dt.date | None) -> None:
    from dateline.times.tagger import tag

    for timex in tag(text, reference):
        assert text[timex.start:timex.end] == timex.text
        if timex.date_start and timex.date_end:
            assert timex.date_start <= timex.date_end


@FAST
@given(st.lists(st.sampled_from(["twelve", "12", "1,200", "dozens", "at least", "-", "to", "hundred", "a", "thousand", "one", "and", " ", "3.5", "million", "two"]), max_size=12).map(" ".join) | texts)
def test_numbers_are_spans_with_sane_bounds(text: str) -> None:
    from dateline.counts.numbers import load_vocabulary

    for number in load_vocabulary().find(text):
        assert text[number.start:number.end] == number.text
        assert 0 <= number.low <= number.high


@FAST
@given(texts)
def test_place_name_keys_and_lookups_never_fail(text: str) -> None:
    from dateline.places.gazetteer import shared
    from dateline.places.normalize import abbreviation_key, fold, name_key, skeleton

    for key in (fold, name_key, skeleton, abbreviation_key):
        assert isinstance(key(text), str)
    for candidate in shared().lookup(text):  # the gazetteer builds offline from installed packages: no skip
        assert -90 <= candidate.lat <= 90 and -180 <= candidate.lon <= 180
