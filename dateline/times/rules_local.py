"""Dates told in another calendar than the Gregorian: Ethiopian ("Tir 13, 2016 E.C."), Islamic ("Monday 26
Dhu al-Hijjah", "12 Rabi al-Awwal 1445 AH") and Solar Hijri ("22 Hamal 1403").

Ethiopian, Afghan, Iranian and Arab reports date by them, and a coder converts: an event dated "Tir 13" is
22 January 2024, not the day the report was compiled.  Month names and eras live in ``timex_vocab.yaml``
(``local_calendars``); the arithmetic is the convertdate library's.  A date with no year takes the latest
one of that calendar on or before the report.  The Islamic month begins with the sighted moon, a day
either side of the tabular reckoning: a weekday written with the date decides between them.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Callable

from dateline.times.grammar import DAY, NUM_END, WEEKDAY, V, Hit, Rule, rule
from dateline.times.lexicon import local_calendars
from dateline.times.resolve import Context


@lru_cache(maxsize=1)
def _converters() -> dict[str, Callable[[int, int, int], tuple[int, int, int]]]:
    from convertdate import coptic, islamic, persian

    return {"ethiopian": lambda y, m, d: coptic.to_gregorian(y - 276, m, d),  # the Coptic months, 276 years on
            "islamic": islamic.to_gregorian, "persian": persian.to_gregorian}


@lru_cache(maxsize=1)
def _from_gregorian() -> dict[str, Callable[[int, int, int], tuple[int, int, int]]]:
    from convertdate import coptic, islamic, persian

    def ethiopian(y: int, m: int, d: int) -> tuple[int, int, int]:
        cy, cm, cd = coptic.from_gregorian(y, m, d)
        return cy + 276, cm, cd

    return {"ethiopian": ethiopian, "islamic": islamic.from_gregorian, "persian": persian.from_gregorian}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[\s-]+").replace("'", "['\u2019]?").replace(r"\-", r"[\s-]")
                    for w in sorted(words, key=len, reverse=True))


def _key(name: str) -> str:
    return re.sub(r"[\s-]+", " ", name.lower()).replace("'", "").replace("\u2019", "")


def _calendar_of(month_name: str, year: int | None, era: str | None) -> tuple[str, int] | None:
    """Which calendar the month's name, the year and the era say; None when they disagree or leave it open."""
    key = _key(month_name)
    for cal, spec in local_calendars().items():
        months = {_key(n): m for n, m in spec["months"].items()}
        if key not in months:
            continue
        if era is not None and _key(era).rstrip(".") not in {_key(e).rstrip(".") for e in spec["eras"]}:
            continue
        low, high = spec["years"]
        if year is not None and not low <= year <= high:
            continue
        if year is None and era is None and key in {_key(n) for n in spec["day_first_only"]}:
            continue
        return cal, months[key]
    return None


def _latest(cal: str, month: int, day: int, reference: dt.date) -> dt.date | None:
    """The latest ``day`` of ``month`` of the calendar on or before the reference day."""
    year = _from_gregorian()[cal](reference.year, reference.month, reference.day)[0]
    for y in (year, year - 1):
        if (date := _convert(cal, y, month, day)) is not None and date <= reference:
            return date
    return None


def _convert(cal: str, year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(*_converters()[cal](year, month, day))
    except (ValueError, TypeError):
        return None


def _local(m: re.Match[str], ctx: Context) -> Hit | None:
    year = int(m.group("y")) if m.group("y") else None
    found = _calendar_of(m.group("m"), year, m.group("era"))
    if found is None:
        return None
    cal, month = found
    day = int(re.match(r"\d+", m.group("d")).group(0))  # type: ignore[union-attr]
    if day > 30:
        return None
    if year is not None:
        date = _convert(cal, year, month, day)
    elif ctx.reference is not None:
        date = _latest(cal, month, day, ctx.reference)
    else:
        return None
    if date is None:
        return None
    weekday = V.weekday(m.group("wd")) if m.group("wd") else None
    if weekday is not None and cal == "islamic":
        for shift in (0, -1, 1):  # the sighted month may start a day before or after the reckoned one
            if (date + dt.timedelta(days=shift)).isoweekday() == weekday:
                date += dt.timedelta(days=shift)
                break
    return Hit("DATE", date.isoformat(), anchor_day=date, anchor_year=date.year if year else None)


def _pattern(day_first: bool) -> str:
    """"[Monday] 26 Dhu al-Hijjah [1443] [AH]" or "[Monday,] Tir 13[, 2016] [E.C.]"."""
    months = _alternation(_month_names())
    eras = _alternation([e for spec in local_calendars().values() for e in spec["eras"]])
    year = r"(?P<y>1[3-5]\d\d|19\d\d|20\d\d)"
    tail = rf"(?:\s*(?P<era>{eras})(?![\w]))?{NUM_END}"
    if day_first:
        return rf"\b(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{months})(?:,?\s+{year})?{tail}"
    return rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<m>{months})\s+(?P<d>{DAY})(?:,?\s+{year})?{tail}"


def _month_names() -> list[str]:
    return [n for spec in local_calendars().values() for n in spec["months"]]


def _capitalised(m: re.Match[str], text: str) -> bool:
    """A month's name is written capitalised ("Tir 13"); "sene" or "mehr" in running text is no month."""
    return m.group("m")[:1].isupper()


# (the first word of each month's name, capitalised and case-sensitive: a cheap scan, as a name is written capitalised)
_ANCHOR = r"\b(?-i:" + "|".join(sorted({re.escape(re.split(r"[\s'-]", n)[0].capitalize()) for n in _month_names()},
                                         key=len, reverse=True)) + r")"
RULES: list[Rule] = [
    rule("local_day_month", _pattern(day_first=True), _local, _capitalised, anchor=_ANCHOR),
    rule("local_month_day", _pattern(day_first=False), _local, _capitalised, anchor=_ANCHOR),
]
