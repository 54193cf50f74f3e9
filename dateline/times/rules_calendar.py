"""Rules for expressions that name the calendar: days, months, years, decades, quarters, clock times.

Each handler resolves what the text leaves open (a missing year) with the
past bias of ``resolve``; with no reference date it keeps an underspecified
TIMEX3 value ("XXXX-04-24") rather than inventing a year.
"""

from __future__ import annotations

import datetime as dt
import re

from dateline.times import calendar as cal
from dateline.times import resolve as rs
from dateline.times.grammar import (
    DAY, MONTH_ANCHOR, EDGE, SEASON, END, MONTH, NOT_YEAR_BEFORE, NUM_END, NUM_START, V, WEEKDAY, WEEKDAY_ANCHOR, YEAR, Hit, Rule,
    capitalised, mod_of, month_ok, rule, word_after, word_before,
)
from dateline.times.lexicon import compact_months
from dateline.times.resolve import Context

_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}
_CENTURY_WORDS = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "eighteenth": 18, "19th": 19, "20th": 20, "21st": 21, "18th": 18}


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def _ymd(y: int | None, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}" if y else f"XXXX-{m:02d}-{d:02d}"


def _day_value(ctx: Context, start: int, end: int, month: int, day: int, year: int | None) -> tuple[str, dt.date | None] | None:
    """A day of a month; the year from the text, else past-biased from the reference.

    None when no year has that day ("31 February", "Sept. 31").
    """
    if day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
        return None
    if year is None and ctx.reference:
        date = rs.month_day(month, day, *ctx.year_frame(ctx.tense(start, end), month))
        if date is None:
            return _ymd(None, month, day), None
        return date.isoformat(), date
    try:
        date = dt.date(year, month, day) if year else None
    except ValueError:
        return None  # 29 February of a common year
    return _ymd(year, month, day), date


def _weekday_year(ctx: Context, m: re.Match[str], month: int, day: int, value: str,
                  date: dt.date | None) -> tuple[str, dt.date | None]:
    """A day with a weekday and no year ("SATURDAY 26 Oct", "Tuesday 11/03") that the last written date's year makes
    another weekday (after "25 Oct 2004" in an anniversary story, after "13/03/2024" of a year-old massacre): the
    weekday says the year is not that one, so the day is read against the report's own date."""
    if date is None or ctx.reference is None or date.isoweekday() == V.weekday(m.group("wd")):
        return value, date
    again = rs.month_day(month, day, ctx.reference, ctx.tense(m.start(), m.end()))
    if again is not None and again.isoweekday() == V.weekday(m.group("wd")):
        return again.isoformat(), again
    return value, date


def _dated(m: re.Match[str], ctx: Context) -> Hit | None:
    """Day-month or month-day, with optional weekday, year, and a second day for ranges."""
    month = V.month(m.group("m"))
    if month is None:
        return None
    d1 = _day(m.group("d1"))
    year = int(m.group("y")) if m.group("y") else None
    if (ry := m.groupdict().get("ry")) and year is None and ctx.reference is not None:
        # "on 2 January this year", "March 3 last year": the year counted from the report's
        year = ctx.reference.year + {"last": -1, "this": 0, "next": 1}[ry.split()[0].lower()]
    if m.groupdict().get("last") and year is None and ctx.reference is not None:
        # "last January 11" (Philippine and older English): the latest 11 January before the report
        ref = ctx.reference
        year = ref.year if (month, d1) < (ref.month, ref.day) else ref.year - 1
    day_value = _day_value(ctx, m.start(), m.end(), month, d1, year)
    if day_value is None:
        return None
    value, date = day_value
    if year is None and m.group("wd"):
        value, date = _weekday_year(ctx, m, month, d1, value, date)
    if m.group("d2"):
        d2 = _day(m.group("d2"))
        if date and d2 > d1:
            try:
                end = date.replace(day=d2)
            except ValueError:
                return None
            return Hit("DATE", f"{date.isoformat()}/{end.isoformat()}", anchor_day=end, anchor_year=date.year)
        if d2 <= d1:
            return None
    # "between 30 September and 2 October": the "between" of a range the second date ends is no part of this one
    lead = re.match(r"(?:between|from)\s+", m.group(0), re.IGNORECASE)
    return Hit("DATE", value, anchor_day=date, anchor_year=date.year if date and year else None,
               skip=lead.end() if lead else 0)


def _dated_check(m: re.Match[str], text: str) -> bool:
    if m.group("wd") and not capitalised(m.group("wd")):
        return False
    return month_ok(m.group("m"), text, m.start("m"), lead_ok=True)


def _iso(m: re.Match[str], ctx: Context) -> Hit | None:
    try:
        date = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return Hit("DATE", date.isoformat(), anchor_day=date, anchor_year=date.year)


_NUMERIC = re.compile(r"(?<![\w/.-])(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d\d)(?![\w/-])")


# A weekday and a day and month in numbers ("Monday 06/11", "Tuesday, 29.04"): the ``weekday_numeric`` rule's words.
_WEEKDAY_DAY_MONTH = rf"\b(?P<wd>{WEEKDAY}),?\s+(?P<a>\d{{1,2}})[./](?P<b>\d{{1,2}})"
_WEEKDAY_NUMERIC = re.compile(_WEEKDAY_DAY_MONTH + r"(?:[./](?P<y>\d{4}))?(?![\w/])", re.IGNORECASE)


def numeric_order(text: str, reference: dt.date | None = None) -> bool | None:
    """Whether the text writes numeric dates day first (True) or month first (False), from those only one order
    can read ("19/08/2021" is day first, and so is "Monday 06/11" in a report of 9 November 2023, the only reading
    that is a Monday): a text keeps one order, so "11/12/2020" in it follows; None when no date tells, or they
    disagree."""
    orders = set()
    for m in _NUMERIC.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b >= 1:
            orders.add(True)
        elif b > 12 >= a >= 1:
            orders.add(False)
    if reference is not None:
        for m in _WEEKDAY_NUMERIC.finditer(text):
            if not capitalised(m.group("wd")):
                continue
            a, b, wd = int(m.group("a")), int(m.group("b")), V.weekday(m.group("wd"))
            year = int(m.group("y")) if m.group("y") else None
            fits = {first for first, (month, day) in ((True, (b, a)), (False, (a, b)))
                    if (d := _day_of(month, day, year, reference)) is not None and d.isoweekday() == wd}
            if len(fits) == 1:
                orders |= fits
    return orders.pop() if len(orders) == 1 else None


def _day_of(month: int, day: int, year: int | None, reference: dt.date) -> dt.date | None:
    """The day in ``year``, or with none the one a day written without a year is read as (past-biased)."""
    if year is None:
        return rs.month_day(month, day, reference, None) if 1 <= month <= 12 and 1 <= day <= 31 else None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _slash(m: re.Match[str], ctx: Context) -> Hit | None:
    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if y < 100:
        y += 1900 if y > 30 else 2000
    readings = []
    for month, day in ((a, b), (b, a)):  # month first (US) before day first
        try:
            readings.append(dt.date(y, month, day))
        except ValueError:
            pass
    if not readings:
        return None
    date = readings[0]
    if len(readings) == 2 and ctx.day_first is not None:
        date = readings[1] if ctx.day_first else readings[0]  # the order the text's other dates show
    elif len(readings) == 2 and ctx.reference is not None and readings[0] != readings[1]:
        # "12/2/2024" in a report of 12 February: both readings exist, so the one a report can give
        # (not after it) wins, and of two such the one within a month before it ("On 11/2/2024" the day
        # before, not in November); older ones keep the month first ("9/11/2001")
        ref = ctx.reference
        recent = [d for d in readings if d <= ref and (ref - d).days <= 31]
        date = min(recent, key=lambda d: ref - d) if recent else next((d for d in readings if d <= ref), readings[0])
    return Hit("DATE", date.isoformat(), anchor_day=date, anchor_year=y)


def _night_numeric(m: re.Match[str], ctx: Context) -> Hit | None:
    """A night written as its two days and a numeric month ("11/12.03.2024"): the range of the two days."""
    d1, d2, month, year = (int(m.group(k)) for k in ("d1", "d2", "m", "y"))
    try:
        start, end = dt.date(year, month, d1), dt.date(year, month, d2)
    except ValueError:
        return None
    if not 0 < (end - start).days <= 1:
        return None
    return Hit("DATE", f"{start.isoformat()}/{end.isoformat()}", anchor_day=end, anchor_year=year)


def _days_numeric(m: re.Match[str], ctx: Context) -> Hit | None:
    """Two days and a numeric month with no year ("the night of 19 to 20/04", "19-20/04"): the range of those days,
    day first (a day range then its month), the year past-biased from the report."""
    d1, d2, month = (int(m.group(k)) for k in ("d1", "d2", "m"))
    if not 1 <= month <= 12 or not 0 < d2 - d1 <= 6:
        return None
    first, last = _day_value(ctx, m.start(), m.end(), month, d1, None), _day_value(ctx, m.start(), m.end(), month, d2, None)
    if first is None or last is None or first[1] is None or last[1] is None:
        return None
    return Hit("DATE", f"{first[0]}/{last[0]}", anchor_day=last[1])


def _fallback(m: re.Match[str], ctx: Context) -> Hit | None:
    """Other numeric dates ("12.05.2016", "2016/05/12"): left to dateparser, day first."""
    import dateparser  # heavy; only loaded when such a date occurs

    found = dateparser.parse(m.group(0), languages=["en"], settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True})
    if found is None:
        return None
    date = found.date()
    return Hit("DATE", date.isoformat(), anchor_day=date, anchor_year=date.year)


def _season_year(m: re.Match[str], ctx: Context) -> Hit | None:
    code = V.seasons.get(m.group("s").lower())
    year = int(m.group("y")) if m.group("y") else _spelled_year(m)
    if code is None or year is None:
        return None
    return Hit("DATE", f"{year:04d}-{code}", mod=mod_of(m.group("edge")), anchor_year=year)


_WEEK_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 5, "final": 5}


def _week_of_month(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the first week of April": the seven days from its 1st (the last: to its end)."""
    month = V.month(m.group("m"))
    k = _WEEK_ORD.get(m.group("o").lower())
    if month is None or k is None:
        return None
    year = int(m.group("y")) if m.group("y") else (rs.month_year(month, ctx.reference, ctx.tense(m.start(), m.end())) if ctx.reference else None)
    if year is None:
        return Hit("DATE", f"XXXX-{month:02d}")
    end_of_month = cal.last_day(year, month)
    start = end_of_month - dt.timedelta(days=6) if k == 5 else dt.date(year, month, 7 * (k - 1) + 1)
    end = min(start + dt.timedelta(days=6), end_of_month)
    return Hit("DATE", f"{start.isoformat()}/{end.isoformat()}", anchor_year=year)


def _week_of_day(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the week of 8 April": the seven days from that day (a coder's week, ACLED's time precision 2)."""
    month = V.month(m.group("m") or m.group("m2"))
    if month is None:
        return None
    day = _day(m.group("d1") or m.group("d2"))
    day_value = _day_value(ctx, m.start(), m.end(), month, day, int(m.group("y")) if m.group("y") else None)
    if day_value is None or day_value[1] is None:
        return None
    start = day_value[1]
    return Hit("DATE", f"{start.isoformat()}/{(start + dt.timedelta(days=6)).isoformat()}", anchor_year=start.year)


def _month_year(m: re.Match[str], ctx: Context) -> Hit | None:
    month = V.month(m.group("m"))
    if month is None:
        return None
    year = int(m.group("y"))
    return Hit("DATE", f"{year:04d}-{month:02d}", mod=mod_of(m.group("edge")), anchor_year=year)


def _month(m: re.Match[str], ctx: Context) -> Hit | None:
    month = V.month(m.group("m"))
    if month is None:
        return None
    rel = (m.group("rel") or "").lower()
    ry = (m.group("ry") or "").lower()
    mod = mod_of(m.group("rel"))
    ref = ctx.reference
    if ref is None:
        return Hit("DATE", f"XXXX-{month:02d}", mod=mod)
    if ry:
        year = ref.year + {"last": -1, "this": 0, "next": 1}[ry.split()[0]]
    elif "next" in rel or "coming" in rel:
        year = ref.year if month > ref.month else ref.year + 1
    elif "past" in rel:
        year = ref.year if month < ref.month else ref.year - 1  # "this past April"
    elif "last" in rel:
        # "last February" said in March means a year back: the month just gone would be "last month"
        year = ref.year if month < ref.month - 1 else ref.year - 1
    elif rel == "this":
        year = ref.year
    else:
        year = rs.month_year(month, *ctx.year_frame(ctx.tense(m.start(), m.end()), month))  # type: ignore[arg-type]
    return Hit("DATE", f"{year:04d}-{month:02d}", mod=mod)


def _month_check(m: re.Match[str], text: str) -> bool:
    return month_ok(m.group("m"), text, m.start("m"), lead_ok=bool(m.group("rel") or m.group("ry")))


def _year(m: re.Match[str], ctx: Context) -> Hit | None:
    year = int(m.group("y"))
    pre = (m.group("pre") or "").lower()
    if m.group("y2"):
        y2 = m.group("y2")
        end = int(y2) if len(y2) == 4 else (year // 100) * 100 + int(y2)
        if end <= year:
            return None
        return Hit("DATE", f"{year:04d}-01-01/{end:04d}-12-31", anchor_year=year)
    if "half" in pre:
        half = 1 if "first" in pre else 2
        return Hit("DATE", f"{year:04d}-H{half}", anchor_year=year)
    return Hit("DATE", f"{year:04d}", mod=mod_of(pre), anchor_year=year)


_YEAR_NAME_OK = frozenset(
    "in since until by of from to and or during before after early late mid fiscal christmas easter ramadan eid ashura nowruz thanksgiving".split()
)


def _year_check(m: re.Match[str], text: str) -> bool:
    if m.group("pre"):
        return True
    if word_before(text, m.start()) in NOT_YEAR_BEFORE or word_after(text, m.end()) in V.not_year_after:
        return False
    # "Orion 1980", "Vision 2030": a number right after a name is part of the name
    name = re.search(r"(?:^|[^.!?\"'`\s])\s+([A-Z][a-z]+)\s+$", text[max(0, m.start() - 40) : m.start()])
    if name and not (V.month(name.group(1)) or V.weekday(name.group(1)) or name.group(1).lower() in V.seasons
                     or name.group(1).lower() in _YEAR_NAME_OK):
        return False
    return True


def _decade(m: re.Match[str], ctx: Context) -> Hit | None:
    dec = m.group("dec").lower()
    if dec in _DECADE_WORDS:
        value = f"19{_DECADE_WORDS[dec]}"
    elif dec.startswith("'") or len(dec) == 3:  # "'80s", "80s"; "'00s" in 2016 is the 2000s
        digit = int(dec.lstrip("'")[0])
        now = ctx.reference.year if ctx.reference else 2000
        value = f"20{digit}" if 2000 + 10 * digit <= now else f"19{digit}"
    else:
        value = dec[:3]
    return Hit("DATE", value, mod=mod_of(m.group("edge")))


def _century(m: re.Match[str], ctx: Context) -> Hit | None:
    c = m.group("c").lower()
    n = _CENTURY_WORDS.get(c) or (int(c[:2]) if c[:2].isdigit() else None)
    return Hit("DATE", f"{n - 1:02d}", mod=mod_of(m.group("edge"))) if n else None


_TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _spelled_year(m: re.Match[str]) -> int | None:
    """ "nineteen ninety-six", "two thousand and one" as a number."""
    if m.group("c"):
        return (19 if m.group("c").lower() == "nineteen" else 18) * 100 + _TENS[m.group("t").lower()] + _ONES.get((m.group("u") or "").lower(), 0)
    return 2000 + _ONES.get((m.group("u2") or "").lower(), 0)


def _spelled(m: re.Match[str], ctx: Context) -> Hit | None:
    year = _spelled_year(m)
    if year is None:
        return None
    month = V.month(m.group("m")) if m.group("m") else None
    if month:
        return Hit("DATE", f"{year:04d}-{month:02d}", anchor_year=year)
    return Hit("DATE", f"{year:04d}", anchor_year=year)


_YEAR_ANCHOR = r"(?:1[6-9]\d\d|20\d\d)"
# Holidays on a fixed day of the Gregorian calendar, worldwide or nearly so.  Holidays that move
# (Easter, Eid, Thanksgiving) or differ by country (Independence Day, Labour Day) are not
# resolved here: a wrong day is worse than none.
_HOLIDAY_NAMES: dict[str, tuple[int, int]] = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26), "new year's day": (1, 1),
    "new year's eve": (12, 31), "valentine's day": (2, 14),
    "halloween": (10, 31), "all saints' day": (11, 1), "all souls' day": (11, 2), "armistice day": (11, 11),
    "may day": (5, 1), "bastille day": (7, 14), "international women's day": (3, 8),
}
_HOLIDAYS = {k.replace("'", ""): v for k, v in _HOLIDAY_NAMES.items()}  # keyed without apostrophes
_HOLIDAY_RE = "|".join(re.escape(k).replace("'", "['\u2019]?").replace(r"\ ", r"\s+")
                       for k in sorted(_HOLIDAY_NAMES, key=len, reverse=True))


def _holiday_key(name: str) -> str:
    return re.sub(r"\s+", " ", name.lower()).replace("'", "").replace("\u2019", "")


def _holiday(m: re.Match[str], ctx: Context) -> Hit | None:
    """A fixed-day holiday ("on Christmas Day", "New Year's Eve 2023"): that day, its year from the
    text, else from the reference like any day named without a year."""
    month, day = _HOLIDAYS[_holiday_key(m.group("h"))]
    year = int(m.group("y")) if m.group("y") else None
    value = _day_value(ctx, m.start(), m.end(), month, day, year)
    if value is None:
        return None
    return Hit("DATE", value[0], anchor_day=value[1], anchor_year=value[1].year if value[1] and year else None)


# Words before a holiday's name that make it a time ("on Christmas Day", "since New Year's Eve").
_HOLIDAY_LEAD = frozenset("on at over during before after until till since by from through this last next".split())


def _holiday_check(m: re.Match[str], text: str) -> bool:
    """Capitalised, as a holiday's name is ("may day" in running text is a phrase, not May 1st),
    and used as a time: after a preposition of time or with its year.  Named as the observance
    ("a focus of Women's Day is ...", "Christmas Day celebrations") it dates nothing."""
    if not all(w[0].isupper() for w in m.group("h").split() if w.lower() not in ("day", "eve", "of")):
        return False
    return bool(m.group("y")) or word_before(text, m.start()) in _HOLIDAY_LEAD


_WD = rf"(?:(?P<wd>{WEEKDAY}),?\s+)?"
# (a slash joins the two days of one night: "the intervening night of 07/08 Nov")
_RANGE2 = r"(?:(?:\s*(?:-|–|to|and|through)\s*|/)(?P<d2>" + DAY + r"))?"
def _weekday_numeric(m: re.Match[str], ctx: Context) -> Hit | None:
    """"Tuesday, 29.04", "Monday 05/05": a weekday and a day.month with no year (local press writes them so); the
    year past-biased from the report, like any day written without one, and the day must be that weekday."""
    a, b = int(m.group("a")), int(m.group("b"))
    month, day = (a, b) if ctx.day_first is False else (b, a)  # day first unless the text shows month first
    if not 1 <= month <= 12:
        return None
    value = _day_value(ctx, m.start(), m.end(), month, day, None)
    value = _weekday_year(ctx, m, month, day, *value) if value is not None else None
    if value is None or value[1] is None or value[1].isoweekday() != V.weekday(m.group("wd")):
        return None  # only a day that is that weekday: "on Monday 3.5 times" is no date
    return Hit("DATE", value[0], anchor_day=value[1])


def _on_day_month(m: re.Match[str], ctx: Context) -> Hit | None:
    """"on 09/02", "(26/10)": a day and a month with no year, in a text whose other numeric dates show their order
    ("Morelia, 18/03/2025"), or that only one order reads ("on 26/10"); the year past-biased from the report.  Read in no
    other text ("on 3/4 of the votes")."""
    a, b = int(m.group("a")), int(m.group("b"))
    day_first = ctx.day_first if ctx.day_first is not None else True if a > 12 >= b else False if b > 12 >= a else None
    if day_first is None:
        return None  # (only one order reads it: "(26/10)" is day first)
    month, day = (b, a) if day_first else (a, b)
    if not 1 <= month <= 12:
        return None
    value = _day_value(ctx, m.start("a"), m.end(), month, day, None)
    if value is None or value[1] is None:
        return None
    return Hit("DATE", value[0], anchor_day=value[1], skip=m.start("a") - m.start())


def _compact(m: re.Match[str], ctx: Context) -> Hit | None:
    """A date in one word: "04SEP2024", "04SET2024" (a Spanish-language communiqué), "12ENE24"."""
    year = int(m.group("y"))
    year = year if year > 99 else 2000 + year
    try:
        date = dt.date(year, compact_months()[m.group("m")], int(m.group("d")))
    except (ValueError, KeyError):
        return None
    return Hit("DATE", date.isoformat(), anchor_day=date, anchor_year=date.year)


_COMPACT_MONTH = "|".join(sorted(compact_months(), key=len, reverse=True))

RULES: list[Rule] = [
    rule("iso_date", r"\b(\d{4})-(\d\d)-(\d\d)\b", _iso),
    rule("on_day_month", r"\bon\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/]|[.,]\d)", _on_day_month),
    rule("bracketed_day_month", r"\((?P<a>\d{1,2})/(?P<b>\d{1,2})(?=\))", _on_day_month),
    rule("compact_date", rf"(?<![\w/.-])(?P<d>\d{{1,2}})(?P<m>(?-i:{_COMPACT_MONTH}))(?P<y>(?:19|20)\d\d|\d\d)(?![\w/])", _compact),
    rule("weekday_numeric", _WEEKDAY_DAY_MONTH + r"(?![\w/]|[.,]\d)", _weekday_numeric,
         anchor=WEEKDAY_ANCHOR),
    rule("slash_date", r"(?<![\w/.])(\d{1,2})/(\d{1,2})/(\d{4}|\d\d)(?![\w/])", _slash),
    # "11-09-2023" in police notes: day first or month first, read as a slashed date
    rule("dash_date", r"(?<![\w/.-])(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)(?![\w/-])", _slash),
    # "the intervening night of 11/12.03.2024": two days of one night, then the month and year, in numbers
    rule("night_numeric", r"(?<![\w/.])(?P<d1>\d{1,2})/(?P<d2>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?![\w/]|\.\d)",
         _night_numeric),
    rule("days_numeric", r"(?<![\w/.-])(?P<d1>\d{1,2})\s*(?:to|-|\u2013)\s*(?P<d2>\d{1,2})/(?P<m>\d\d)(?![\w/]|[.,]\d)",
         _days_numeric),
    rule("numeric_date", r"(?<![\w./-])(?:\d{1,2}\.\d{1,2}\.(?:1[6-9]|20)\d\d|(?:1[6-9]|20)\d\d/\d{1,2}/\d{1,2})(?![\w/]|\.\d)", _fallback),
    rule(
        "day_month",
        rf"(?:\b(?:between|from)\s+)?\b{_WD}(?:the\s+)?(?P<d1>{DAY}){_RANGE2}\s+(?:of\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR})|,?\s+(?:of\s+)?(?P<ry>(?i:last|this|next)\s+year))?{NUM_END}",
        _dated,
        _dated_check,
        anchor=MONTH_ANCHOR,
    ),
    rule(
        "month_day",
        rf"\b(?:(?P<last>last|this\s+past)\s+)?{_WD}(?P<m>{MONTH})\s+(?:the\s+)?(?P<d1>{DAY}){_RANGE2}"
        rf"(?:,?\s+(?P<y>{YEAR})|,?\s+(?:of\s+)?(?P<ry>(?i:last|this|next)\s+year))?{NUM_END}",
        _dated,
        _dated_check,
        anchor=MONTH_ANCHOR,
    ),
    rule(
        "holiday",
        rf"\b(?P<h>{_HOLIDAY_RE})(?:,?\s+(?P<y>{YEAR}))?{NUM_END}",
        _holiday,
        _holiday_check,
        anchor=r"\b(?:christmas|boxing|new\s+year|valentine|halloween|all\s+s|armistice|may\s+day|bastille|international)",
    ),
    rule(
        "week_of_day",
        rf"\b(?:the\s+)?week\s+of\s+(?:(?P<d1>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})|(?P<m2>{MONTH})\s+(?:the\s+)?(?P<d2>{DAY}))"
        rf"(?:,?\s+(?P<y>{YEAR}))?{NUM_END}",
        _week_of_day,
        anchor=r"\bweek\s+of\b",
    ),
    rule(
        "week_of_month",
        rf"\b(?:the\s+)?(?P<o>first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+week\s+of\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?{NUM_END}",
        _week_of_month,
        lambda m, t: month_ok(m.group("m"), t, m.start("m"), lead_ok=True),
        anchor=r"\bweek\s+of\b",
    ),
    rule(
        "month_year",
        rf"\b(?:(?P<edge>{EDGE})[-\s]+)?(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR}){NUM_END}",
        _month_year,
        lambda m, t: month_ok(m.group("m"), t, m.start("m"), lead_ok=True),
        anchor=MONTH_ANCHOR,
    ),
    rule(
        "month",
        rf"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|{EDGE}|earlier\s+in|later\s+in)[-\s]+)?(?P<m>{MONTH})"
        rf"(?:,?\s+(?:of\s+)?(?P<ry>last\s+year|this\s+year|next\s+year))?{END}",
        _month,
        _month_check,
        anchor=MONTH_ANCHOR,
    ),
    rule(
        "year",
        rf"(?:\b(?P<pre>fiscal(?:\s+year)?|calendar(?:\s+year)?|FY|the\s+year|{EDGE})[-\s]*|{NUM_START})(?P<y>{YEAR})"
        rf"(?:\s*(?:-|–|to)\s*(?P<y2>{YEAR}|\d\d))?{V.suffix_block_re}{NUM_END}(?!s\b|'s\b)",
        _year,
        _year_check,
        anchor=r"\b" + _YEAR_ANCHOR,
    ),
    rule(
        "spelled_year",
        rf"\b(?:the\s+year\s+|(?P<m>{MONTH})\s+(?:of\s+)?)?(?:(?P<c>nineteen|eighteen)\s+(?:hundred\s+(?:and\s+)?)?(?P<t>{'|'.join(_TENS)})"
        rf"(?:[-\s](?P<u>{'|'.join(_ONES)}))?|two\s+thousand(?:\s+(?:and\s+)?(?P<u2>{'|'.join(_ONES)}))?){END}",
        _spelled,
        lambda m, t: not m.group("m") or month_ok(m.group("m"), t, m.start("m"), lead_ok=True),
        anchor=r"\b(?:nineteen|eighteen|two\s+thousand)",
    ),
    rule(
        "season_year",
        rf"\b(?:the\s+)?(?:(?P<edge>early|late|mid)[-\s]+)?(?P<s>{SEASON})\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?:(?P<c>nineteen|eighteen)\s+"
        rf"(?P<t>{'|'.join(_TENS)})(?:[-\s](?P<u>{'|'.join(_ONES)}))?|two\s+thousand(?:\s+(?:and\s+)?(?P<u2>{'|'.join(_ONES)}))?)){NUM_END}",
        _season_year,
        anchor=r"\b(?:spring|summer|autumn|fall|winter)\b",
    ),
    rule(
        "decade",
        rf"\b(?:the\s+)?(?:(?P<edge>{EDGE}|early|late|mid)[-\s]+(?:the\s+)?)?(?P<dec>(?:1[5-9]|20)\d0s|'\d0s|(?<![\w$])\d0s|"
        + "|".join(_DECADE_WORDS) + rf"){V.suffix_block_re}{END}",
        _decade,
        anchor=r"\b(?:(?:1[5-9]|20)?\d0s|'\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
    ),
    rule(
        "century",
        rf"\b(?:the\s+)?(?:(?P<edge>early|late|mid)[-\s]+)?(?P<c>{'|'.join(_CENTURY_WORDS)}|1\d(?:th)|2\d(?:st|nd|rd|th))[-\s]+century{END}",
        _century,
        anchor=r"\bcentur",
    ),
]
