"""Past-biased resolution of underspecified dates against a reference date.

News reports mostly look back: "Wednesday" in a Thursday report is yesterday,
"April 24" in a May report is this April.  Tense cues before the expression
("will meet on Monday") flip the bias to the future.  ``Context`` also keeps
the last explicit date of the text, the anchor for "two days later".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from dateline.times import calendar as cal
from dateline.times.lexicon import vocab


@lru_cache(maxsize=1)
def _future_cue() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(vocab().future_cues, key=len, reverse=True))
    return re.compile(rf"(?i)(?:^|[\s(]|(?<=\w))(?:{words})\b")


# How much more a day on the disfavoured side costs when choosing a year (tuned on TimeBank dev).
FUTURE_WEIGHT = 2.0
PAST_WEIGHT_IF_FUTURE = 2.0
CUED_FUTURE = "cued future"  # a future read from cue words, not from a verb: weighted, not strict
IN_FRAME = "in frame"  # read against the story's own day: as likely before it as after, the story moves on


def ahead(tense: str | None) -> bool:
    """Does the tense point to the future (from the verb or from cue words)?"""
    return tense in ("future", CUED_FUTURE)


_PAST_PERFECT = re.compile(r"(?i)\b(?:had|was|were)\s+(?:been\s+)?(?:due|scheduled|expected|set|planned)\b")
@lru_cache(maxsize=1)
def _past_after_cue() -> re.Pattern[str]:
    irregular = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in vocab().past_participles)
    return re.compile(
        r"(?i)(?<!\bbe )(?<!\bbeen )\b(?:(?!(?:scheduled|expected|planned|need|based|used|united)\b)[a-z]{3,}ed"
        rf"|{irregular})\b|\b(?:was|were|had|did|ago|last)\b"
    )


# A sentence ends here: a full stop and a capital after it (not "Sept. 14"), or a line break.
SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"'`(]|\n")


@dataclass
class Context:
    """What the tagger knows while reading one text left to right."""

    text: str
    reference: dt.date | None
    anchor_day: dt.date | None = None  # last explicit day written in the text
    anchor_end: int | None = None  # where the expression that set ``anchor_day`` ends
    anchor_year: int | None = None  # last explicit year written in the text
    anchor_month: dt.date | None = None  # the 15th of the last month mentioned ("The following month")
    last_quarter: tuple[int, int] | None = None  # (year, quarter) last mentioned
    # The story's own time when the text has moved to a day or month well before the report
    # ("on 21 July 1972, ..."): bare months and "the year" after it belong to that time, not to
    # the report's year, until the text names a day near the report again.
    frame: dt.date | None = None
    last_written: dt.date | None = None  # the last day written with its year
    current: bool = False  # the text has named a day or month near the report: no frame opens after that
    # The tense of the verb that governs the characters [start, end) ("past", "future" or None), read from
    # a parse when there is one: "they attacked the town in March" looks back whatever the words before say.
    verb_tense: Callable[[int, int], str | None] | None = None
    # How the text writes numeric dates: True day first ("17/08/2021"), False month first ("08/17/2021"), None
    # unknown; read once from the dates only one order can make (``numeric_order``).
    day_first: bool | None = None

    def tense(self, start: int, end: int) -> str | None:
        """ "past" or "future" when the governing verb says so, ``CUED_FUTURE`` when only words
        before the expression point ahead ("will", "plans"), else None (past-biased).

        The governing verb's tense, when there is a parse, outranks the cue words before the
        expression ("announced the plan Aug. 21" is past whatever "plan" suggests)."""
        said = self.verb_tense(start, end) if self.verb_tense is not None else None
        return said or (CUED_FUTURE if self.future(start) else None)

    def future(self, start: int, window: int = 60) -> bool:
        """Does the clause before ``start`` point to the future?"""
        left = self.text[max(0, start - window) : start]
        cut = None
        for cut in SENTENCE_END.finditer(left):
            pass
        if cut is not None:
            left = left[cut.end() - 1 :]
        cue = None
        for cue in _future_cue().finditer(left):
            pass
        if cue is None or _PAST_PERFECT.search(left):
            return False
        # "will speak about the arrests made on Monday": a past participle after the cue
        # heads a clause of its own, and that clause is in the past.
        return not _past_after_cue().search(left, cue.end())

    @property
    def day_anchor(self) -> dt.date | None:
        return self.anchor_day or self.reference

    def year_frame(self, tense: str | None, month: int | None = None) -> tuple[dt.date | None, str | None]:
        """The reference and tense a date without a year is read against: the last date written with
        its year when it is of the same month ("on April 15, 1995, ... and on April 17"), else the
        story's frame when there is one (a past tense says nothing about where in that frame), else
        the report's date."""
        if month is not None and self.last_written is not None and self.last_written.month == month:
            return self.last_written, IN_FRAME
        if self.frame is not None:
            return self.frame, (IN_FRAME if tense in ("past", None) else tense)
        return self.reference, tense


# A written date this many days or more before the report opens a frame of its own (``Context.frame``).
FRAME_DAYS = 366


def _nearest_year(make, ref: dt.date, tense: str | None) -> int | None:
    """The year (ref.year - 1 .. + 1) that puts a month/day nearest to ref, past-biased.

    With no tense, distances on the disfavoured side count double: "April 24" in
    a May report is this April, "Dec. 7" in a November report is next month.
    A past-tense verb takes the latest one begun by ref ("they attacked the town
    in November", said in October, is last November); a future-tense verb the
    first not yet over.  Cue words alone ("plan", "expected") weigh the past
    double instead: they misfire, and a strict "next" loses values on TimeBank dev.
    """
    future = ahead(tense)
    best: tuple[float, int] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            first, last = make(year)
        except ValueError:
            continue
        if (tense == "past" and first > ref) or (tense == "future" and last < ref):
            continue
        if last < ref:
            cost = (ref - last).days * (PAST_WEIGHT_IF_FUTURE if future else 1)
        elif first > ref:
            cost = (first - ref).days * (1 if future or tense == IN_FRAME else FUTURE_WEIGHT)
        else:
            cost = 0
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else None


def month_year(month: int, ref: dt.date, tense: str | None) -> int:
    """The year of a bare month name."""
    year = _nearest_year(lambda y: (dt.date(y, month, 1), cal.last_day(y, month)), ref, tense)
    return year if year is not None else ref.year


def month_day(month: int, day: int, ref: dt.date, tense: str | None) -> dt.date | None:
    """The date of "April 24" with no year."""
    year = _nearest_year(lambda y: (dt.date(y, month, day), dt.date(y, month, day)), ref, tense)
    return dt.date(year, month, day) if year is not None else None


def weekday_mode(rel: str, ahead: bool) -> str:
    """The ``weekday`` mode a word before a weekday asks for ("last Friday", "this coming Monday"); a bare
    weekday is the latest one, or the next one in a text about the future."""
    if rel in ("last", "this past", "the previous"):
        return "last"
    if rel in ("next", "this coming", "the following", "coming"):
        return "next"
    return "future" if ahead else "past"


def weekday(target: int, ref: dt.date, mode: str) -> dt.date:
    """Resolve a weekday (1 Monday .. 7 Sunday).

    mode: "past" (same day or the latest before), "future" (same day or next),
    "last" (strictly before), "next" (strictly after), "this" (same ISO week).
    """
    delta = target - ref.isoweekday()
    if mode == "this":
        return ref + dt.timedelta(days=delta)
    if mode == "last":
        # ("last Wednesday" written on a Thursday is the week before: the day before is "yesterday")
        back = ((-delta) % 7) or 7
        return ref - dt.timedelta(days=back + 7 if back == 1 else back)
    if mode == "next":
        return ref + dt.timedelta(days=(delta % 7) or 7)
    if mode == "future":
        return ref + dt.timedelta(days=delta % 7)
    return ref - dt.timedelta(days=(-delta) % 7)


def season_year(code: str, ref: dt.date, which: str) -> int:
    """Year of a season: which = "this" | "last" | "next" | "past" (bare, past-biased)."""
    start = cal.SEASON_START[code]
    # the latest instance that has started by ref
    started = ref.year if ref.month >= start else ref.year - 1
    if code == "WI" and ref.month <= 2:
        started = ref.year - 1
    first, last = cal.SEASON_MONTHS[code]
    end_year = started + 1 if first > last else started
    in_progress = ref <= cal.last_day(end_year, last)
    if which == "this":
        return started if in_progress else started + 1 if ref.month < start and code != "WI" else started
    if which == "last":
        return started - 1 if in_progress else started
    if which == "next":
        return started + 1
    return started


def quarter_year(q: int, ref: dt.date, future: bool) -> int:
    """Year of "the third quarter": this year's when it has begun, else last year's."""
    if future:
        return ref.year if q >= cal.quarter_of(ref) else ref.year + 1
    return ref.year if q <= cal.quarter_of(ref) else ref.year - 1


def last_completed_quarter(ref: dt.date) -> tuple[int, int]:
    q = cal.quarter_of(ref) - 1
    return (ref.year, q) if q else (ref.year - 1, 4)


def shift(ref: dt.date, n: int, unit: str) -> tuple[str, str]:
    """``ref`` moved by n units (negative = back); returns (value, granularity)."""
    if unit == "D":
        day = ref + dt.timedelta(days=n)
        return day.isoformat(), "day"
    if unit == "W":
        return cal.week_value(ref + dt.timedelta(weeks=n)), "week"
    if unit == "2W":
        return cal.week_value(ref + dt.timedelta(weeks=2 * n)), "week"
    if unit == "M":
        day = cal.add_months(ref, n)
        return f"{day.year:04d}-{day.month:02d}", "month"
    if unit == "Q":
        day = cal.add_months(ref, 3 * n)
        return f"{day.year:04d}-Q{cal.quarter_of(day)}", "quarter"
    if unit == "Y":
        return f"{ref.year + n:04d}", "year"
    if unit == "E":
        return f"{(ref.year + 10 * n) // 10:03d}", "decade"
    if unit == "C":
        return f"{(ref.year + 100 * n) // 100:02d}", "century"
    if unit in _SECONDS:  # "an hour later" is the same day; "48 hours ago" two days back (counted toward zero)
        day = ref + dt.timedelta(days=int(n * _SECONDS[unit] / 86400))
        return day.isoformat(), "day"
    return ref.isoformat(), "day"


_SECONDS = {"TS": 1, "TM": 60, "TH": 3600}
