"""Calendar arithmetic on TIMEX3 values: the interval a value covers, its grain, ACLED precision.

Everything downstream (event dating, the ``historical`` flag) works on the
interval, so one parser of TIMEX3 value strings lives here and nowhere else.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re

from dateline.types import Granularity

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
SEASON_START: dict[str, int] = {k: v[0] for k, v in SEASON_MONTHS.items()}

_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?P<we>-WE)?|Q(?P<q>\d)|H(?P<h>\d)|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
)
_RANGE = re.compile(r"^(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)$")


def last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(day.day, _cal.monthrange(year, month)[1]))


def add_years(day: dt.date, years: int) -> dt.date:
    return add_months(day, 12 * years)


def week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def weekend_value(day: dt.date) -> str:
    """The weekend (Saturday-Sunday) containing or last before ``day``."""
    saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7)
    return week_value(saturday) + "-WE"


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The inclusive calendar interval a TIMEX3 DATE/TIME value covers, or None."""
    if not value:
        return None
    rng = _RANGE.match(value)
    if rng:
        return dt.date.fromisoformat(rng.group(1)), dt.date.fromisoformat(rng.group(2))
    m = _VALUE.match(value)
    if not m:
        return None
    try:
        y = int(m.group("y"))
        if m.group("d"):
            day = dt.date(y, int(m.group("m")), int(m.group("d")))
            return day, day
        if m.group("m"):
            month = int(m.group("m"))
            return dt.date(y, month, 1), last_day(y, month)
        if m.group("w"):
            monday = dt.date.fromisocalendar(y, int(m.group("w")), 1)
            if m.group("we"):
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if m.group("q"):
            q = int(m.group("q"))
            return dt.date(y, 3 * q - 2, 1), last_day(y, 3 * q)
        if m.group("h"):
            h = int(m.group("h"))
            return dt.date(y, 6 * h - 5, 1), last_day(y, 6 * h)
        if m.group("s"):
            first, last = SEASON_MONTHS[m.group("s")]
            end_year = y + 1 if first > last else y
            return dt.date(y, first, 1), last_day(end_year, last)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None


_DURATION = re.compile(r"^P(?:T)?(\d+(?:\.\d+)?)([DWMYHE])$")
_DAYS_PER_UNIT = {"D": 1, "W": 7, "M": 30, "Y": 365, "E": 3650, "H": 1 / 24}


def duration_days(value: str | None) -> float | None:
    """Days in a TIMEX3 duration: "P2M" is two months, "PT20M" twenty minutes, "PT3H" three hours;
    None for anything else (a date, "PXY")."""
    m = _DURATION.match(value or "")
    if m is None:
        return None
    if (value or "").startswith("PT"):
        return float(m.group(1)) / (24 if m.group(2) == "H" else 24 * 60)
    return float(m.group(1)) * _DAYS_PER_UNIT[m.group(2)]


def granularity_of(value: str | None) -> Granularity:
    """The grain of a TIMEX3 value string."""
    if not value:
        return "unknown"
    if _RANGE.match(value):
        return "range"
    if "T" in value[4:] and re.match(r"^\d{4}-\d\d-\d\dT", value):
        return "time"
    m = _VALUE.match(value)
    if not m:
        if re.match(r"^\d{3}X?$", value):
            return "decade"
        if re.match(r"^\d{2}(XX)?$", value):
            return "century"
        return "unknown"
    if m.group("d"):
        return "day"
    if m.group("m"):
        return "month"
    if m.group("we"):
        return "weekend"
    if m.group("w"):
        return "week"
    if m.group("q") or m.group("h"):
        return "quarter"
    if m.group("s"):
        return "season"
    return "year"


def precision_of(granularity: Granularity, start: dt.date | None = None, end: dt.date | None = None) -> int | None:
    """ACLED time_precision for a grain: 1 day, 2 week/weekend, 3 month; None when coarser."""
    if granularity in ("day", "time"):
        return 1
    if granularity in ("week", "weekend"):
        return 2
    if granularity == "month":
        return 3
    if granularity == "range" and start and end:
        span = (end - start).days
        return 1 if span == 0 else 2 if span <= 7 else 3 if span <= 31 else None
    return None
