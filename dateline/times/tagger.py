"""The temporal tagger: find TIMEX3 expressions in raw text and normalise them.

``tag(text, reference)`` runs every rule's regex over the text, keeps the
longest non-overlapping matches, then normalises them left to right so that
relative expressions can lean on an explicit date written earlier ("On 3
March ... two days later").  No spaCy needed; patterns are compiled once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateline.times import calendar as cal
from dateline.times import rules_calendar, rules_clock, rules_local, rules_quarter, rules_relative
from dateline.times.grammar import V, Hit, Rule
from dateline.times.resolve import FRAME_DAYS, Context
from dateline.times.rules_calendar import numeric_order
from dateline.types import Timex

# Rule order breaks ties between equally long matches: earlier wins.
RULES: tuple[Rule, ...] = (*rules_calendar.RULES, *rules_local.RULES, *rules_clock.RULES, *rules_quarter.RULES, *rules_relative.RULES)

# Quick test: texts with none of these cannot hold a timex, so skip the rules.
_TRIGGER = re.compile(
    r"\d|day|week|month|year|quarter|half|period|night|morning|noon|evening|now|current|recent|past|future|soon|earlier|"
    r"previous|formerly|lately|present|daily|hourly|annually|term|century|decade|ties|ies\b|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|fy|hour|minute|second|fortnight|"
    r"mon|tue|wed|thu|fri|sat|sun|"
    + "|".join(sorted({re.escape(p.split()[-1]) for p in V.fuzzy})),  # every vague phrase ends in one of these
    re.IGNORECASE,
)


WINDOW_BACK = 90  # characters before an anchor word a match may start
WINDOW_AHEAD = 90  # characters after it a match may end


def _matches(rule: Rule, text: str, anchors: dict[str, list[re.Match[str]]] | None = None) -> list[re.Match[str]]:
    """All matches of a rule; anchored rules only look around their anchor words."""
    if rule.anchor is None:
        return list(rule.regex.finditer(text))
    if anchors is None:
        anchors = {}
    hits = anchors.get(rule.anchor.pattern)
    if hits is None:
        hits = anchors[rule.anchor.pattern] = list(rule.anchor.finditer(text))
    out: dict[tuple[int, int], re.Match[str]] = {}
    n = len(text)
    last_end = -1
    for a in hits:
        if a.start() < last_end:
            continue  # already inside a match found from an earlier anchor
        lo, hi = max(0, a.start() - WINDOW_BACK), min(n, a.end() + WINDOW_AHEAD)
        for m in rule.regex.finditer(text, lo, hi):
            if m.end() == hi and hi < n:
                continue  # cut by the window; \b would lie
            if m.start() <= a.start() < m.end():
                out.setdefault((m.start(), m.end()), m)
                last_end = max(last_end, m.end())
    return list(out.values())


# "<Capitalised word> <weekday|month|season>": a date ("Last Friday") or the name of an event.
_NAME_PAIR = re.compile(
    rf"\b(?P<w>[A-Z][a-z]+)\s+(?P<d>(?-i:{'|'.join(w.capitalize() for w in (*V.weekdays, *V.months, *V.seasons) if len(w) > 3)}))\b"
)


_QUOTES = frozenset('"\'\u201c\u201d\u2018\u2019')


def event_name_words(text: str) -> list[int]:
    """Where a weekday, month or season word starts that is part of an event's name, not a date.

    A capitalised word that is no date opener ("last", "on") before the day word forms a name when the
    text writes the pair twice or introduces it ("known as", "dubbed"): a report that calls a massacre
    after its weekday repeats it, while "told Reuters Friday" is said once.
    """
    pairs: dict[tuple[str, str], list[re.Match[str]]] = {}
    for m in _NAME_PAIR.finditer(text):
        word = m.group("w").lower()
        if word in V.date_openers or V.month(word) or V.weekday(word):
            continue
        pairs.setdefault((m.group("w"), m.group("d")), []).append(m)
    cue = re.compile(r"(?i)\b(?:" + "|".join(re.escape(c) for c in V.event_name_cues) + r")\s+(?:the\s+)?$")
    out: list[int] = []
    for found in pairs.values():
        quoted = any(text[m.start() - 1:m.start()] in _QUOTES and text[m.end():m.end() + 1] in _QUOTES for m in found if m.start() > 0)
        if len(found) > 1 or quoted or cue.search(text[max(0, found[0].start() - 30) : found[0].start()]):
            out.extend(m.start("d") for m in found)  # (a pair in quotes, '"Bloody Friday"', is a name too)
    return sorted(out)


def candidates(text: str) -> list[tuple[int, int, Rule, re.Match[str]]]:
    """Longest non-overlapping rule matches, in text order (none on an event's name: "Bloody Sunday")."""
    found: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    anchors: dict[str, list[re.Match[str]]] = {}
    names = event_name_words(text)
    for order, rule in enumerate(RULES):
        for m in _matches(rule, text, anchors):
            if m.end() <= m.start():
                continue
            if names and any(m.start() <= n < m.end() for n in names):
                continue
            if rule.check is not None and not rule.check(m, text):
                continue
            found.append((m.start(), m.end(), order, rule, m))
    found.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int, Rule, re.Match[str]]] = []
    for start, end, _, rule, m in found:
        if all(end <= s or start >= e for s, e, _, _ in taken):
            taken.append((start, end, rule, m))
    taken.sort(key=lambda c: c[0])
    return taken


def _timex(start: int, end: int, text: str, hit: Hit) -> Timex:
    span = cal.interval(hit.value) if hit.type in ("DATE", "TIME") else None
    granularity = cal.granularity_of(hit.value) if hit.type in ("DATE", "TIME") else "unknown"
    if hit.type == "TIME" and span:
        granularity = "time"
    return Timex(
        start=start,
        end=end,
        text=text[start:end],
        type=hit.type,
        value=hit.value,
        granularity=granularity,
        date_start=span[0] if span else None,
        date_end=span[1] if span else None,
        precision=cal.precision_of(granularity, *span) if span else None,
    )


_PART_OF_DAY = re.compile(r"^\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|DT)$")


def _move_frame(ctx: Context, t: Timex, year_written: bool) -> None:
    """A text that opens on a day or month written with its year, long before the report, is told
    from that time (a look back): bare months and "the year" after it are read there. Any date near
    the report ("this week", "now", "on Monday") closes the frame for good: a current report's aside
    about an old date ("the August 1988 cease-fire") leaves its own months alone."""
    if ctx.reference is None or t.type not in ("DATE", "TIME"):
        return
    if year_written and t.date_start is not None and t.granularity in ("day", "time"):
        ctx.last_written = t.date_start
    if t.value in ("PRESENT_REF", "PAST_REF") or (t.date_end is not None and abs((ctx.reference - t.date_end).days) < FRAME_DAYS):
        ctx.frame, ctx.current = None, True
    elif year_written and not ctx.current and t.date_start is not None and t.granularity in ("day", "time", "month"):
        ctx.frame = t.date_start


def tag(text: str, reference: dt.date | None = None,
        verb_tense: Callable[[int, int], str | None] | None = None) -> list[Timex]:
    """TIMEX3 expressions of ``text`` with values resolved against ``reference`` (publication date).

    With ``reference=None``, expressions that need it keep an underspecified
    value ("XXXX-04-24") or None; nothing is invented.
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    if not text or not _TRIGGER.search(text):
        return []
    ctx = Context(text=text, reference=reference, verb_tense=verb_tense, day_first=numeric_order(text, reference))
    out: list[Timex] = []
    for start, end, rule, m in candidates(text):
        hit = rule.handler(m, ctx)
        if hit is None:
            continue
        out.append(_timex(start + hit.skip, end, text, hit))
        if isinstance(hit.anchor_day, dt.date):
            ctx.anchor_day, ctx.anchor_end = hit.anchor_day, end
        elif out[-1].granularity in ("day", "time") and out[-1].date_start and (
                hit.type == "DATE" or (_PART_OF_DAY.search(out[-1].value or "") and "overnight" not in out[-1].text.lower())):
            # "On Monday ... the next day"; "last night ... just after 11pm" (a part of a named day)
            ctx.anchor_day, ctx.anchor_end = out[-1].date_start, end
        if out[-1].granularity in ("month", "day", "time") and out[-1].date_start and hit.type == "DATE":
            ctx.anchor_month = out[-1].date_start.replace(day=15)
        if hit.anchor_year:
            ctx.anchor_year = hit.anchor_year
        _move_frame(ctx, out[-1], bool(hit.anchor_year))
        if hit.quarter:
            ctx.last_quarter = hit.quarter
        _restated_by_weekday(out, text)
        _weekday_restated_by_date(out, text)
        if _weekday_of_day_told(out, text):
            ctx.anchor_day, ctx.anchor_end = out[-1].date_start, end
    return out


def _weekday_of_day_told(out: list[Timex], text: str) -> bool:
    """"on 30 September, security forces opened fire ... after Friday prayers": a bare weekday after a day written out
    earlier in the same sentence, which fell on that weekday, is that day, not the weekday nearest the report."""
    weekday = out[-1]
    number = V.weekday(weekday.text.strip())
    if number is None or weekday.granularity != "day" or len(weekday.text.split()) != 1:
        return False
    sentence_start = max(text.rfind(". ", 0, weekday.start), text.rfind("\n", 0, weekday.start))
    told = next((t for t in reversed(out[:-1]) if t.start > sentence_start and t.granularity == "day" and t.date_start
                 and re.search(r"\d", t.text) and t.date_start.isoweekday() == number), None)
    if told is None or told.date_start == weekday.date_start:
        return False
    out[-1] = weekday.model_copy(update={k: getattr(told, k) for k in ("value", "granularity", "date_start", "date_end", "precision")})
    return True


def _weekday_restated_by_date(out: list[Timex], text: str) -> None:
    """"last Friday (25 Oct)": a weekday restated at once by a written date of that weekday is that date, whichever
    week the weekday alone was read in (the writer's "last" may count from another day than the report's)."""
    if len(out) < 2:
        return
    weekday, date = out[-2], out[-1]
    words = weekday.text.split()
    if not words or V.weekday(words[-1]) is None or weekday.granularity != "day" or date.granularity != "day" \
            or date.date_start is None or not re.search(r"\d", date.text) or not _RESTATES.match(text[weekday.end:date.start]) \
            or date.date_start.isoweekday() != V.weekday(words[-1]) or weekday.date_start == date.date_start:
        return
    out[-2] = weekday.model_copy(update={k: getattr(date, k) for k in ("value", "granularity", "date_start", "date_end", "precision")})


# "the following day, that is Sunday,", "the next day (Tuesday)": a weekday set beside a day counted from another
_RESTATES = re.compile(r"^[\s,(]*(?:(?:that is|i\.e\.|namely)[\s,:]*)?$", re.IGNORECASE)


def _restated_by_weekday(out: list[Timex], text: str) -> None:
    """A day counted from another ("the following day") and restated at once by its weekday takes the weekday's
    day when the count found none or a different day of the same week: the weekday is read against the report,
    the count against whichever day the text named last, which may not be the one the writer counted from."""
    if len(out) < 2:
        return
    before, weekday = out[-2], out[-1]
    if weekday.granularity != "day" or weekday.date_start is None or V.weekday(weekday.text) is None \
            or re.search(r"\d", before.text) or V.weekday(before.text.split()[-1]) is not None \
            or not _RESTATES.match(text[before.end:weekday.start]):
        return
    if before.value is not None and (before.granularity != "day" or before.date_start is None
                                     or not 0 < abs((before.date_start - weekday.date_start).days) < 7):
        return  # the same day, or a count from a day written long before the report: the weekday is read wrongly
    out[-2] = before.model_copy(update={k: getattr(weekday, k) for k in ("value", "granularity", "date_start", "date_end", "precision")})
