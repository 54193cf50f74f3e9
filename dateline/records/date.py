"""Which temporal expression dates an event, and the ACLED date and precision that follow.

The expression must govern the trigger's clause in the dependency parse, not
merely sit nearby: in "police busted a cell that had killed an officer in
October 2015", October 2015 dates the killing (its own relative clause), not
the arrest.  Rules, in order:

1. A DATE/TIME expression in the sentence whose clause head (nearest verb up
   the parse) is the trigger's clause head dates the event.
2. Otherwise one whose clause head is an ancestor of the trigger's ("On
   Wednesday police said they had arrested ...").
   "now" gives the publication date at precision 1, "recently" at precision 2.
3. Otherwise the publication date: precision 1 when the report is clearly
   current news (it mentions a day within the week up to publication, or
   "now"/"today"), else 2.  No publication date -> no date.

Durations and SETs never date an event.  Precision comes from the grain: day
1; week/weekend 2 (week: its middle day, Thursday; weekend: Saturday); month
3 (the 15th, or the first/last day for "early"/"beginning"/"late"/"end");
coarser grains (quarter, season, year) are coded 3 at the interval's middle.
``historical`` is set when the latest day the expression allows is more than
``HISTORICAL_DAYS`` (30) days before publication.
"""

from __future__ import annotations

import datetime as dt
import re

from dateline.records.clause import clause_of, token_at
from dateline.records.context import Context
from dateline.times import calendar as cal
from dateline.types import EventDate, EventMention, Timex

HISTORICAL_DAYS = 30
CURRENT_WINDOW_DAYS = 7
_START_WORDS = re.compile(r"\b(?:early|beginning|start)\b", re.IGNORECASE)
_END_WORDS = re.compile(r"\b(?:late|end)\b", re.IGNORECASE)


def _governing(ctx: Context, candidates: list[Timex], mention: EventMention) -> Timex | None:
    if not candidates:
        return None
    clause = clause_of(ctx.doc, mention.start, mention.end) if ctx.doc.has_annotation("DEP") else None
    if clause is None:
        # no parse: the nearest expression, preferring one before the trigger
        return min(candidates, key=lambda t: abs(t.start - mention.start) + (0 if t.end <= mention.start else 5))
    same: list[Timex] = []
    above: list[tuple[int, Timex]] = []
    for t in candidates:
        root = token_at(ctx.doc, t.start, t.end)
        if root is None:
            continue
        depth = clause.relation(root)
        if depth == 0:
            same.append(t)
        elif depth is not None:
            above.append((depth, t))
    if same:
        return min(same, key=lambda t: abs(t.start - mention.start))
    if above:
        return min(above, key=lambda p: (p[0], abs(p[1].start - mention.start)))[1]
    return None


def _current_news(ctx: Context, published: dt.date) -> bool:
    for t in ctx.timexes:
        if t.value == "PRESENT_REF":
            return True
        if t.precision == 1 and t.date_end and published - dt.timedelta(days=CURRENT_WINDOW_DAYS) <= t.date_end <= published:
            return True
    return False


def from_timex(t: Timex, published: dt.date | None) -> EventDate | None:
    """The ACLED date and precision an expression gives an event, or None if it cannot."""
    if t.type not in ("DATE", "TIME"):
        return None
    if t.date_start is None or t.date_end is None:
        if t.value == "PRESENT_REF" and published:
            return EventDate(date=published, precision=1, timex=t)
        if t.value == "PAST_REF" and published:  # "recently": some day in the weeks before the report
            return EventDate(date=published, precision=2, timex=t)
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
    historical = bool(published and (published - end).days > HISTORICAL_DAYS)
    return EventDate(date=date, precision=precision, historical=historical, timex=t)


def date_event(ctx: Context, mention: EventMention) -> EventDate:
    """The date of the event mention."""
    published = ctx.published
    candidates = [
        t for t in ctx.timexes
        if mention.sentence_start <= t.start and t.end <= mention.sentence_end and t.type in ("DATE", "TIME")
        and (t.date_start is not None or t.value in ("PRESENT_REF", "PAST_REF"))
    ]
    chosen = _governing(ctx, candidates, mention)
    if chosen is not None:
        dated = from_timex(chosen, published)
        if dated is not None:
            return dated
    if published is None:
        return EventDate()
    return EventDate(date=published, precision=1 if _current_news(ctx, published) else 2)
