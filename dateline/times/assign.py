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

from spacy.tokens import Doc, Token

from dateline.times import calendar as cal
from dateline.types import EventDate, Timex

HISTORICAL_DAYS = 30
CURRENT_WINDOW_DAYS = 7
_START_WORDS = re.compile(r"\b(?:early|beginning|start)\b", re.IGNORECASE)
_END_WORDS = re.compile(r"\b(?:late|end)\b", re.IGNORECASE)


def _published(doc: Doc) -> dt.date | None:
    article = doc._.article
    return getattr(article, "published", None) if article is not None else None


def _clause_head(tok: Token) -> Token:
    """The nearest verb at or above a token (the head of its clause)."""
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.dep_ != "ROOT" and tok.head.i != tok.i and seen < 50:
        tok = tok.head
        seen += 1
    return tok


def _is_ancestor(a: Token, b: Token) -> bool:
    return any(x is a or x.i == a.i for x in b.ancestors)


def _root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _governing(doc: Doc, candidates: list[Timex], trigger_start: int, trigger_end: int) -> Timex | None:
    if not candidates:
        return None
    trigger = _root(doc, trigger_start, trigger_end)
    if trigger is None or not doc.has_annotation("DEP"):
        # no parse: the nearest expression, preferring one before the trigger
        return min(candidates, key=lambda t: abs(t.start - trigger_start) + (0 if t.end <= trigger_start else 5))
    head = _clause_head(trigger)
    same: list[Timex] = []
    above: list[tuple[int, Timex]] = []
    for t in candidates:
        root = _root(doc, t.start, t.end)
        if root is None:
            continue
        t_head = _clause_head(root)
        if t_head.i == head.i:
            same.append(t)
        elif _is_ancestor(t_head, head):
            depth = sum(1 for _ in head.ancestors) - sum(1 for _ in t_head.ancestors)
            above.append((depth, t))
    if same:
        return min(same, key=lambda t: abs(t.start - trigger_start))
    if above:
        return min(above, key=lambda p: (p[0], abs(p[1].start - trigger_start)))[1]
    return None


def _current_news(doc: Doc, published: dt.date) -> bool:
    for t in doc._.timexes or []:
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


def date_event(doc: Doc, sentence_start: int, sentence_end: int, trigger_start: int, trigger_end: int) -> EventDate:
    """The date of the event whose trigger is at [trigger_start, trigger_end) in that sentence."""
    published = _published(doc)
    candidates = [
        t for t in (doc._.timexes or [])
        if sentence_start <= t.start and t.end <= sentence_end and t.type in ("DATE", "TIME")
        and (t.date_start is not None or t.value in ("PRESENT_REF", "PAST_REF"))
    ]
    chosen = _governing(doc, candidates, trigger_start, trigger_end)
    if chosen is not None:
        dated = from_timex(chosen, published)
        if dated is not None:
            return dated
    if published is None:
        return EventDate()
    return EventDate(date=published, precision=1 if _current_news(doc, published) else 2)
