"""What one time expression gives an event's date, and what the report's expressions say together.

``from_timex`` turns a DATE/TIME expression into the ACLED date, precision and historical flag (the
grains of ``date.py``'s docstring); ``day_range`` and ``_over_range`` read two days joined as a range
("28 February - 2 March") as one; ``_names_a_thing`` sets aside a weekday that names a place ("the
Sunday market").  ``retrospective`` and ``_current_news`` read all the report's expressions: whether it
looks back, or is current news.  These sit below ``date.py``, ``date_fallbacks.py`` and
``date_offsets.py``, which all ask them.
"""

from __future__ import annotations

import datetime as dt
import re

from dateline.events.ontology import get_ontology
from dateline.records.clause import token_at
from dateline.records.context import Context
from dateline.times import calendar as cal
from dateline.types import EventDate, Timex

HISTORICAL_DAYS = 30
CURRENT_WINDOW_DAYS = 7
_START_WORDS = re.compile(r"\b(?:early|beginning|start)\b", re.IGNORECASE)
_END_WORDS = re.compile(r"\b(?:late|end)\b", re.IGNORECASE)


def _current_news(ctx: Context, published: dt.date) -> bool:
    for t in ctx.timexes:
        if t.value == "PRESENT_REF":
            return True
        if t.precision == 1 and t.date_end and published - dt.timedelta(days=CURRENT_WINDOW_DAYS) <= t.date_end <= published:
            return True
    return False


RETROSPECTIVE_DATES = 3


def retrospective(ctx: Context, published: dt.date) -> bool:
    """The report looks back, not at news: it dates things to the day or month at least
    ``RETROSPECTIVE_DATES`` times, all of them more than ``HISTORICAL_DAYS`` before publication,
    and never says "today" or "now" (a page on a past bombing, a profile, a court story)."""
    old = 0
    for t in ctx.timexes:
        if t.value == "PRESENT_REF":
            return False
        if t.type in ("DATE", "TIME") and t.date_end is not None and (t.precision in (1, 2, 3) or t.granularity == "year"):
            if (published - t.date_end).days <= HISTORICAL_DAYS:
                return False
            old += 1
    return old >= RETROSPECTIVE_DATES


def from_timex(t: Timex, published: dt.date | None) -> EventDate | None:
    """The ACLED date and precision an expression gives an event, or None if it cannot."""
    if t.type not in ("DATE", "TIME"):
        return None
    if t.date_start is None or t.date_end is None:
        if t.value == "PRESENT_REF" and published:
            return EventDate(date=published, precision=1, timex=t, basis="expression")
        if t.value == "PAST_REF" and published:  # "recently": some day in the weeks before the report
            return EventDate(date=published, precision=2, timex=t, basis="expression")
        return None
    start, end = t.date_start, t.date_end
    g = t.granularity
    if g in ("day", "time"):
        date, precision = start, 1
    elif g == "week":
        date, precision = start + dt.timedelta(days=3), 2
    elif g == "weekend":
        date, precision = start, 2
    elif g == "month":
        if _START_WORDS.search(t.text):
            date = start
        elif _END_WORDS.search(t.text):
            date = end
        else:
            date = start.replace(day=15)
        precision = 3
    else:
        date = start + (end - start) // 2
        precision = cal.precision_of(g, start, end) or 3
    if published and start <= published < date:
        date = published  # "earlier this month" in a report of the 10th: the middle of the month has not come yet
    historical = bool(published and (published - end).days > HISTORICAL_DAYS)
    return EventDate(date=date, precision=precision, historical=historical, timex=t, basis="expression")


# What joins the two ends of a range of days the tagger reads as two dates ("28 February - 2 March",
# "from 30 December to 2 January", "between 30 September and 2 October").
_RANGE_JOIN = re.compile(r"\s*(?:-|\u2013|\u2014|to|until|till|through|and)\s*$", re.IGNORECASE)
_RANGE_LEAD = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


def _day(t: Timex) -> bool:
    return t.type == "DATE" and t.granularity == "day" and t.date_start is not None


def day_range(ctx: Context, t: Timex) -> tuple[dt.date, dt.date] | None:
    """The days [first, last] of a range across a month's end that ``t`` begins or ends: two day
    expressions joined by a dash or "to" ("28 February - 2 March"), or by "and" after "between";
    the last up to 31 days after the first.  None when ``t`` is a lone day."""
    if not _day(t):
        return None
    pairs = [(t, n) for n in ctx.timexes if n.start >= t.end and n.start - t.end <= 12] + \
            [(n, t) for n in ctx.timexes if n.end <= t.start and t.start - n.end <= 12]
    for first, last in pairs:
        if not (_day(first) and _day(last)):
            continue
        join = ctx.text[first.end:last.start]
        m = _RANGE_JOIN.match(join)
        if m is None or m.end() != len(join):
            continue
        if join.strip().lower() == "and" and not _RANGE_LEAD.search(ctx.text[max(0, first.start - 10):first.start]):
            continue  # "on 28 February and 2 March": two days, not the days between
        assert first.date_start is not None and last.date_start is not None
        if 0 < (last.date_start - first.date_start).days <= 31:
            return first.date_start, last.date_start
    return None


def _over_range(ctx: Context, dated: EventDate) -> EventDate:
    """A day that begins or ends a range of days dates the event by the range: its middle day, at the
    range's precision (2 up to a week, 3 up to a month), as a range inside one month already is."""
    t = dated.timex
    span = day_range(ctx, t) if t is not None else None
    if span is None:
        return dated
    first, last = span
    precision = cal.precision_of("range", first, last) or 3
    return dated.model_copy(update={"date": first + (last - first) // 2, "precision": precision})


_WEEKDAY_ONLY = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day")


def _names_a_thing(ctx: Context, t: Timex) -> bool:
    """A day word that names a place, not when anything was done: "the attack at the Sunday market"
    ("after Friday prayers" still dates what followed them; so does "the Sunday attack")."""
    if not _WEEKDAY_ONLY.fullmatch(t.text.strip()):
        return False
    root = token_at(ctx.doc, t.start, t.end)
    if root is None or root.dep_ not in ("compound", "nmod", "amod") or root.head.pos_ != "NOUN":
        return False
    noun = root.head
    if root.i == noun.head.i + 1:
        return False  # "on Friday dozens of people ...": the parser's compound, still a date
    return noun.lemma_.lower() not in get_ontology().event_heads and noun.dep_ == "pobj" \
        and noun.head.lower_ in ("at", "in", "near", "outside", "inside", "on", "from", "into")
