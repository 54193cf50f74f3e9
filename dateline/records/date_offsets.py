"""Dates told as a distance or an anniversary: the counting ``date.py``'s offsets rest on.

"three days after the bombing", "a week before the vote", "ten years after the Garissa attack", "the
tenth anniversary", "ten years on": the distance the parser hangs on a preposition or a clause
(``_measure``, ``_duration``, ``_distances``), the months and years counted back (``_elapsed_months``,
``_anniversary_years``, ``_remembered``), and the day they give (``_shifted``, ``_months_back``,
``_year_back``).  Finding the other event a distance runs from needs ``date_event`` itself, so that
part (``_offset_from``, ``_told_before``) stays in ``date.py``.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from dateline.counts.numbers import load_vocabulary
from dateline.records.aspect import vocabulary
from dateline.records.clause import Clause, token_at
from dateline.records.context import Context
from dateline.records.date_expressions import HISTORICAL_DAYS, from_timex
from dateline.types import EventDate, EventMention, Timex


_ORDINALS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)}
_ORDINALS.update({"twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                  "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "hundredth": 100})
_NUMERIC_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")


def _anniversary_years(clause: Clause) -> int | None:
    """N in "the Nth anniversary of ..." governing the trigger."""
    for token in clause.trigger.ancestors:
        if token.lemma_.lower() != "anniversary":
            continue
        for child in token.children:
            word = child.lower_
            if word in _ORDINALS:
                return _ORDINALS[word]
            if (m := _NUMERIC_ORDINAL.match(word)) is not None:
                return int(m.group(1))
    return None


_ELAPSED_MONTHS = {"year": 12, "years": 12, "decade": 120, "decades": 120, "month": 1, "months": 1}


def _elapsed_months(clause: Clause) -> int | None:
    """Months in "<N years|months> after/since <the event>" ("ten years after the Garissa attack"): how long
    before the report's time the event noun lies; None when the trigger is not so placed."""
    trigger = clause.trigger
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ not in ("after", "since"):
        return None
    found = _measure(trigger.head, _ELAPSED_MONTHS)
    if found is None:
        return None
    months, unit, number = found
    if number is None and not any(c.dep_ == "nummod" for c in unit.children):
        number = 1 if unit.lower_ in ("year", "month", "decade") else None  # "years after" is no count
    return number * months if number else None


_OFFSET_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30}


def _measure(head: Token, units: dict[str, int]) -> tuple[int, Token, int | None] | None:
    """The measure the parser hangs on a preposition or a clause ("three days after", "ten years after"):
    (the unit's size in ``units``, the unit word, its count, or None when it has none or it cannot be read)."""
    for unit in head.children:
        size = units.get(unit.lower_)
        if size is None or unit.dep_ not in ("npadvmod", "advmod", "nmod"):
            continue
        count = next((c for c in unit.children if c.dep_ == "nummod"), None)
        number = next((e.low for e in load_vocabulary().find(count.text)), None) if count is not None else None
        return size, unit, number
    return None


def _before_the_distance(ctx: Context, verb: Token, marks: list[Token], candidates: list[Timex]) -> EventDate | None:
    """The day of a clause opened by "a day after"/"two days before" ("the session ended in a walkout on Thursday, a
    day after a grenade was thrown at a police station"): the last day told before the distance, less (or plus) the
    distance, however the parser hung the two clauses; None when the clause has a day of its own or none is told."""
    days = _duration(verb) or next((d for m in marks if (d := _duration(m))), None)
    if days is None:
        return None
    measure = _measure(verb, _OFFSET_DAYS)
    at = min([marks[0].idx] + ([measure[1].idx] if measure else []))
    if any(t.start >= at and (r := token_at(ctx.doc, t.start, t.end)) is not None
           and any(a.i == verb.i for a in [r, *r.ancestors]) for t in candidates):
        return None  # its own day: "... after gunmen struck on 30 January"
    told = [d for t in candidates if t.end <= at and (d := from_timex(t, ctx.published)) is not None
            and d.date is not None and d.precision == 1]
    if not told:
        return None
    after = any(m.lower_ == "after" for m in marks)
    return _shifted(ctx, told[-1], -days if after else days)


def _duration(head: Token) -> int | None:
    """Days in "<N days|weeks|months> after|before" ("a week after": seven; a month counts 30)."""
    found = _measure(head, _OFFSET_DAYS)
    if found is None:
        return None
    days, unit, number = found
    if number is None:
        if any(c.dep_ == "nummod" for c in unit.children) or unit.lower_ == "months":
            return None  # a count the number reader cannot read; "months after" is too vague to count back
        number = 1
    return number * days


# A weekday names a day of its own too ("two days before the firefight, on Friday, ...").
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _calendar_day(ctx: Context, clause: Clause, candidates: list[Timex]) -> bool:
    """The clause names its own calendar day ("on 12 May, two days after the raid, insurgents abducted four", or
    "on Friday"):
    that day dates it, not a distance from another event."""
    return any(t.precision == 1 and t.granularity == "day" and (re.search(r"\d", t.text) or _WEEKDAY.search(t.text))
               and (r := token_at(ctx.doc, t.start, t.end)) is not None and clause.relation(r) == 0
               and not any(a.lower_ in ("after", "before") for a in r.ancestors)  # (not "after the ambush on 3 May")
               for t in candidates)


def _distances(words: list[Token], trigger: Token) -> list[tuple[Token, int | None]]:
    """The "after"/"before" phrases hung on ``words`` with the distance each tells: "three days after the
    bombing" (the distance on the preposition), and "a day after the ambush", "the day after the raid", where
    the parser makes the unit the head and hangs the preposition on it."""
    out: list[tuple[Token, int | None]] = []
    for c in (c for a in words for c in a.children):
        if c.dep_ == "prep" and c.lower_ in ("after", "before") and c.i != trigger.head.i:
            out.append((c, _duration(c)))
        elif c.dep_ == "npadvmod" and c.lower_ in _OFFSET_DAYS and c.lower_ != "months":
            prep = next((p for p in c.children if p.dep_ == "prep" and p.lower_ in ("after", "before")), None)
            count = next((x for x in c.children if x.dep_ == "nummod"), None)
            one = any(x.dep_ == "det" and x.lower_ in ("a", "an", "the") for x in c.children) and count is None
            if prep is not None and (one or count is not None and count.lower_ == "one"):
                out.append((prep, _OFFSET_DAYS[c.lower_]))
    return out


def _shifted(ctx: Context, anchor: EventDate, days: int) -> EventDate:
    day = anchor.date + dt.timedelta(days=days)
    precision = 1 if abs(days) < 7 and anchor.precision == 1 else 2 if abs(days) < 28 else 3
    historical = ctx.published is not None and (ctx.published - day).days > HISTORICAL_DAYS
    return EventDate(date=day, precision=precision, historical=historical, timex=anchor.timex, basis="expression")


def _months_back(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 15)


_YEARS_ON = re.compile(r"\b([\w-]+)\s+years?\s+(?:on|later|after|since)\b|\b([\w-]+)\s+anniversary\b", re.I)
_REMEMBER_VERBS = frozenset({"remember", "commemorate", "memorialize", "memorialise", "mark"})


def _remembered(ctx: Context, mention: EventMention) -> int | None:
    """For a mention whose sentence commemorates (a verb of remembering with the years counted, "ten years
    on", "the tenth anniversary", or "remember" itself): the years counted back, 0 when none are; None when
    the sentence does not commemorate."""
    sent = ctx.doc.char_span(mention.sentence_start, mention.sentence_end, alignment_mode="expand")
    if sent is None:
        return None
    text = ctx.text[mention.sentence_start:mention.sentence_end]
    counted = _YEARS_ON.search(text)
    remembering = any(t.lemma_.lower() in _REMEMBER_VERBS and t.lemma_.lower() != "mark" or t.lower_.startswith("remember")
                      for t in sent)
    if not remembering and not (counted and any(t.lemma_.lower() in _REMEMBER_VERBS or t.lemma_.lower() in
                                                vocabulary().remembrance_words for t in sent)):
        return None
    if counted is None:
        return 0
    word = (counted.group(1) or counted.group(2)).lower()
    if word in _ORDINALS:
        return _ORDINALS[word]
    if (m := _NUMERIC_ORDINAL.match(word)) is not None:
        return int(m.group(1))
    found = load_vocabulary().find(word)
    return found[0].low if found and found[0].low == found[0].high and 0 < found[0].low < 200 else 0


def _commemorating(trigger: Token) -> bool:
    """The event itself marks the anniversary ("demonstrations marking the anniversary of a 1990
    uprising turned violent", "a march to commemorate the victims"): it happens now; only what it
    remembers is old."""
    words = vocabulary().remembrance_words
    return any(c.dep_ in ("acl", "relcl") and any(t.lemma_.lower() in _REMEMBER_VERBS or t.lemma_.lower() in words
                                                   for t in c.subtree) for c in trigger.children)


def _year_back(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year - years) if not (day.month == 2 and day.day == 29) else dt.date(day.year - years, 2, 28)
