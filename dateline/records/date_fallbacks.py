"""Rules 3 and 4 of ``date.py``: the date of an event its own sentence does not date.

``carry`` gives it the narrative's day: that of the dated event just before it in its paragraph, of the
date opening its paragraph or a log entry's heading (``_paragraph_date``), of a day divider above it
(``_day_heading_date``), of a form's date field (``_field_date``), the one recent day of the sentence
before (``_day_just_told``) or the story's day in a later paragraph (``_story_date``); else the
publication day stands.  ``headline_date`` dates a headline's event by the lede's.  The component calls
both once ``date_event`` has dated every mention; ``_line_label`` (a log line's day label) also serves
rule 1.
"""

from __future__ import annotations

import datetime as dt
import re

from dateline.nlp import doc_cache
from dateline.records.aspect import vocabulary
from dateline.records.clause import clause_head, token_at
from dateline.records.context import Context
from dateline.records.date_expressions import CURRENT_WINDOW_DAYS, _names_a_thing, from_timex, retrospective
from dateline.records.layout import (DATE_FIELD, day_heading_above, entry_label_above, entry_start, heading_line,
                                     timed_paragraph_start)
from dateline.types import EventDate, EventMention, Timex


NARRATIVE_SENTENCES = 2


def _sentence_order(ctx: Context) -> dict[int, int]:
    """Sentence start offset -> its index in the Doc."""
    cache = doc_cache(ctx.doc)
    order = cache.get("sentence_order")
    if order is None:
        order = cache["sentence_order"] = {s.start_char: i for i, s in enumerate(ctx.doc.sents)}
    return order


def carry(ctx: Context, mention: EventMention, when: EventDate,
          earlier: list[tuple[EventMention, EventDate]]) -> EventDate:
    """Rule 3: an event the text does not date takes the date of the dated event before it
    in the same paragraph, at most ``NARRATIVE_SENTENCES`` sentences back; else ``when``."""
    undated = when.basis == "none" and when.date is None and when.background is None  # no day, and no publication day
    if when.basis != "publication" and when.background != "retrospective" and not undated:
        return when
    para = ctx.text.rfind("\n", 0, mention.sentence_start) + 1
    order = _sentence_order(ctx)
    here = order.get(mention.sentence_start)
    for m, d in reversed(earlier):
        there = order.get(m.sentence_start)
        if m.sentence_start < para or here is None or there is None or here - there > NARRATIVE_SENTENCES:
            break
        if m.kind == "reference" and any(e.kind == "report" and e.sentence_start == m.sentence_start for e, _ in earlier):
            continue  # "surrounded a house where suspects in last night's bombings hid": the raid's day goes on
        if d.basis in ("expression", "narrative") and d.background is None:  # the narrative's time carries on
            return d.model_copy(update={"basis": "narrative"})
    if (heading := _paragraph_date(ctx, mention, para)) is not None:
        return heading
    if when.basis == "publication" and (divider := _day_heading_date(ctx, mention)) is not None:
        return divider
    if when.basis == "publication" and (field := _field_date(ctx, mention)) is not None:
        return field
    if when.basis == "publication" and (told := _day_just_told(ctx, mention, para)) is not None:
        return told
    if when.date is None and when.background in ("retrospective", "past perfect") \
            and (day := _retold_day(ctx)) is not None:
        return EventDate(date=day, precision=1, historical=True, basis="narrative")
    if when.basis == "publication" and (story := _story_date(ctx, mention, earlier)) is not None:
        return story
    if when.basis == "publication" and not ctx.text[para:mention.sentence_start].strip() and para > 0 \
            and not timed_paragraph_start(ctx.text, mention.start) \
            and (told := _day_just_told(ctx, mention, ctx.text.rfind("\n", 0, len(ctx.text[:para].rstrip())) + 1)) is not None \
            and told.timex is not None and not _names_a_thing(ctx, told.timex):
        # an event opening its paragraph goes on with the scene the paragraph before ended on ("When the jet came
        # over the river at 2 p.m. last Thursday, most were in the fields. || Nine people were killed when ...")
        return told
    return when


def _retold_day(ctx: Context) -> dt.date | None:
    """The one day a look-back report is about: when a retrospective text (``retrospective``) names
    exactly one day, its undated events, told in the past perfect or not, are that day's ("On <day>,
    ... By nightfall the militia had set off twenty bombs")."""
    if ctx.published is None or not retrospective(ctx, ctx.published):
        return None
    days = {t.date_start for t in ctx.timexes if t.type in ("DATE", "TIME") and t.granularity in ("day", "time")
            and t.date_start is not None}
    return days.pop() if len(days) == 1 else None


# What may stand before a date that heads a paragraph: a list number or bullet, a log's label ("[E3]",
# "E3:", "#12", "E3 |"), "On", a part of the day ("night of").
# (a thread's post may add its number and a place before the day: "4/ #Sanandaj, Sun 18 Sept: ...")
_HEADING_LEAD = re.compile(r"^\s*(?:\[[^\]\n]{1,8}\]|\(?[A-Z]{0,2}\d{1,3}[.):/]|[A-Z]{0,2}\d{1,3}(?=\s*\|)|#\d{1,4}|[-*\u2022\u2013])?\s*\|?\s*"
                           r"(?:#(?-i:[A-Z])[\w'\u2019-]*\s*[,:]\s*)?"
                           r"(?:on\s+)?(?:(?:the\s+)?(?:night|morning|evening|afternoon|early\s+hours)\s+of\s+)?$",
                           re.IGNORECASE)


def _line_label(text: str, t: Timex) -> bool:
    """The expression opens its line, after at most a bullet or number, and a colon or dash follows it ("- 10
    Sept: a truck struck a mine ...", "12/03 - Gunmen ..."): a log's or situation report's label for the line."""
    line = text.rfind("\n", 0, t.start) + 1
    return bool(_HEADING_LEAD.match(text[line:t.start])) and bool(_LABEL_END.match(text, t.end))


_LABEL_END = re.compile(r"\s*(?:\([^()\n]{1,12}\)\s*)?(?::|[-\u2013\u2014]\s)")


def _paragraph_date(ctx: Context, mention: EventMention, para: int) -> EventDate | None:
    """Rule 3, for notes and logs: the date that opens the paragraph dates its undated events
    ("3. 12 May 2025 (Monday). Near the river crossing, gunmen abducted four traders."), and so does
    the date opening a log entry's heading line over its block ("#4 | Tue 5 Mar 2024 | near X")."""
    block = ctx.text.rfind("\n\n", 0, para) + 2 if para > 0 else 0
    block = max(block, entry_label_above(ctx.text, para))  # (logged entries with no blank line between)
    first_line = ctx.text[block:ctx.text.find("\n", block, para) if block < para else block]
    if block < para and heading_line(first_line) and (dated := _opening_date(ctx, mention, block)) is not None:
        return dated
    if block < para and heading_line(first_line):
        # "2.4 SALAH AL-DIN - Tuz Khurmatu district - Sunday 19 MAR": the one day the item's heading names, wherever in it
        days = [d for t in ctx.timexes if block <= t.start and t.end <= block + len(first_line) and t.type == "DATE"
                and (d := from_timex(t, ctx.published)) is not None and d.date is not None and d.precision == 1]
        if len(days) == 1:  # (the item's own day, as its label gives it: a claim's later day does not replace it)
            return days[0].model_copy(update={"basis": "expression"})
    return _opening_date(ctx, mention, para)


def _day_heading_date(ctx: Context, mention: EventMention) -> EventDate | None:
    """Rule 3, for live blogs and logs split by day: the day of the divider line above ("--- MONDAY 3 JULY ---") dates
    the undated events of the entries under it, not the publication day (entries above the first divider keep it)."""
    span = day_heading_above(ctx.text, mention.sentence_start)
    return _day_between(ctx, *span) if span is not None else None


def _day_between(ctx: Context, start: int, end: int) -> EventDate | None:
    """The day the first date or time expression starting in [start, end) gives (a divider line's, a date field's), as
    the narrative's day; None when there is none or it gives no single day."""
    day = next((t for t in ctx.timexes if start <= t.start < end and t.type in ("DATE", "TIME")), None)
    dated = from_timex(day, ctx.published) if day is not None else None
    if dated is None or dated.date is None or dated.precision != 1:
        return None
    return dated.model_copy(update={"basis": "narrative"})


_INCIDENT_FIELD = re.compile(r"event|incident|attack", re.IGNORECASE)


def _field_date(ctx: Context, mention: EventMention) -> EventDate | None:
    """Rule 3, for incident notes and report forms: the day in the last date field above the event
    ("Event date: 14/02/2022 (Monday)") dates what the form tells with no day of its own, not the
    day the note was filed."""
    fields = [m for m in DATE_FIELD.finditer(ctx.text, 0, mention.sentence_start)]
    if not fields:
        return None
    start = fields[-1].end()
    end = ctx.text.find("\n", start)
    end = len(ctx.text) if end < 0 else end
    dated = _day_between(ctx, start, end)
    if dated is not None and dated.date == ctx.published and not _INCIDENT_FIELD.search(fields[-1].group(0)):
        return None  # "DATE: 20/07/2023" atop a statement: the day it was issued, which says nothing of its events' days
    return dated


def _opening_date(ctx: Context, mention: EventMention, para: int) -> EventDate | None:
    """The date at the very start of the text from ``para`` (after a label), if it is a day or a week."""
    for t in ctx.timexes:
        if t.start < para or t.start >= mention.start or t.type not in ("DATE", "TIME"):
            continue
        if not _HEADING_LEAD.match(ctx.text[para:t.start]):
            break  # only the paragraph's first expression, at its very start
        dated = from_timex(t, ctx.published)
        if dated is None or dated.precision not in (1, 2):
            return None
        return dated.model_copy(update={"basis": "narrative"})
    return None


def _day_just_told(ctx: Context, mention: EventMention, para: int) -> EventDate | None:
    """Rule 3, for an act the detector did not take for an event: the one recent day (or week) of the nearest
    sentence before that names one, in the same paragraph, dates an undated toll told after it ("Soldiers on Tuesday
    raided a camp outside X. Three fighters were killed, a source said"; "The fighting reached X last week. For
    two days gunfire echoed ..."), unless that day dates a saying ("the governor said on Tuesday")."""
    published = ctx.published
    here = ctx.doc.char_span(mention.sentence_start, mention.sentence_end, alignment_mode="expand")
    if published is None or here is None or here.start == 0:
        return None
    days: list[Timex] = []
    for _ in range(NARRATIVE_SENTENCES):  # the nearest sentence before that names a day ("A spokesman said ...")
        prev = ctx.doc[here.start - 1].sent
        if prev.start_char < para:
            return None
        days = [t for t in ctx.timexes if prev.start_char <= t.start < prev.end_char and t.type in ("DATE", "TIME")]
        if days or prev.start == 0:
            break
        here = prev
    # (a stretch of the current month or year says no other day: "Monday's clash, the only one this month"; another
    # year does: "Monday's clash, like the one of 2018")
    days = [t for t in days if (d := from_timex(t, published)) is not None and d.date is not None
            and not (d.precision >= 3 and not d.historical and d.date.year == published.year)] or days
    # (not the day of a hearing or a briefing the sentence is told at: "at Wednesday's hearing, lawyers said the
    # rules were ignored in an operation on Tuesday")
    days = [t for t in days if not _dates_an_occasion_of_saying(ctx, t)] or days
    # (one day told twice is one day: "on Tuesday (Miyazia 8)", "on Tuesday, 16 April")
    if len({t.date_start or t.value for t in days}) != 1 or _dates_a_saying(ctx, days[0]):
        return None
    dated = from_timex(days[0], published)
    if dated is None or dated.date is None or dated.precision not in (1, 2) or not 0 < (published - dated.date).days <= CURRENT_WINDOW_DAYS:
        return None
    return dated.model_copy(update={"basis": "narrative"})


def _dates_a_saying(ctx: Context, t: Timex) -> bool:
    """The day hangs on a verb of saying ("the command said on Tuesday"): the report's day, no new day of events."""
    root = token_at(ctx.doc, t.start, t.end)
    return root is not None and clause_head(root).lemma_.lower() in vocabulary().reporting_verbs


# Occasions at which things are said: the day that names one ("Wednesday's hearing") is no day of the events told.
SAYING_OCCASIONS = frozenset({"hearing", "meeting", "session", "briefing", "conference", "debate", "sitting", "summit",
                              "trial", "interview", "statement", "speech"})


def _dates_an_occasion_of_saying(ctx: Context, t: Timex) -> bool:
    """The day names a hearing, a briefing or a meeting: "at Wednesday's hearing", "the Tuesday briefing"."""
    root = token_at(ctx.doc, t.start, t.end)
    return root is not None and root.dep_ in ("poss", "compound", "nmod") and root.head.lemma_.lower() in SAYING_OCCASIONS


def _dates_an_act(ctx: Context, t: Timex) -> bool:
    """The day says when something was done ("the deaths came on Tuesday", "leaders met on Wednesday"), not
    which thing a noun is ("Sunday's election", "the 1 May rally")."""
    root = token_at(ctx.doc, t.start, t.end)
    if root is None or root.dep_ in ("poss", "compound", "nmod", "amod"):
        return False
    verb = root.head.head if root.dep_ == "pobj" else root.head
    return verb.pos_ in ("VERB", "AUX")


def _story_date(ctx: Context, here: EventMention, earlier: list[tuple[EventMention, EventDate]]) -> EventDate | None:
    """The report's own day, for an undated event in a later paragraph of a news report: the
    date of the last dated, current event before it ("Protests on Tuesday ... | In Nairobi,
    police dispersed marchers"): a past-tense report's events are the story's, not the
    publication day's. Not past a new day the text names in between (after that event's sentence: a day
    inside it, "... on Tuesday after a boy died in a chase on Sunday", frames the event), nor from another section."""
    published = ctx.published
    # (another entry of a live blog has a day of its own, whether under a heading or written inline)
    top = max(entry_start(ctx.text, here.start), timed_paragraph_start(ctx.text, here.start))
    for m, d in reversed([(m, d) for m, d in earlier if m.start >= top]):
        if d.basis in ("expression", "narrative") and d.background is None and d.date is not None \
                and published is not None and 0 <= (published - d.date).days <= CURRENT_WINDOW_DAYS and d.precision == 1:
            since = [t for t in ctx.timexes if t.type in ("DATE", "TIME") and t.precision == 1 and t.date_start is not None
                     and t.date_start != d.date and max(m.end, m.sentence_end) <= t.start < here.sentence_start
                     and not _dates_a_saying(ctx, t)
                     and _dates_an_act(ctx, t)]
            if since:  # a day, not "October" or "2023", of something done: the story has moved to a new day
                # ("... tear gas on Wednesday. | The deaths came on Tuesday ... | In X, a student was shot dead"),
                # the story's day now if it is the only one named; with two, none is sure
                moved = from_timex(since[-1], published) if len({t.date_start for t in since}) == 1 else None
                if moved is None or moved.date is None or moved.precision != 1 \
                        or not 0 <= (published - moved.date).days <= CURRENT_WINDOW_DAYS:
                    return None
                return moved.model_copy(update={"basis": "narrative"})
            return d.model_copy(update={"basis": "narrative"})
    return None


def headline_date(ctx: Context, when: EventDate, body: list[tuple[EventMention, EventDate]]) -> EventDate:
    """A headline's event with no date of its own is on the lede's day: the day of the first
    current event the body dates ("... nine arrested" over "police declared a riot late Sunday"),
    not the publication day."""
    published = ctx.published
    if when.basis != "publication" or published is None:
        return when
    for _, d in body:
        if d.basis in ("expression", "narrative") and d.background is None and d.date is not None \
                and 0 <= (published - d.date).days <= CURRENT_WINDOW_DAYS:
            return d.model_copy(update={"basis": "narrative"})
    return when
