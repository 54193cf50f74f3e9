"""Rules for clock times: "5 p.m. Wednesday", "noon Thursday", "0300 GMT", "14:30 hours".

A clock time takes its day from what follows it ("Wednesday", "yesterday",
"Nov. 6"), else from the last day written in the text, else the report's day.
"""

from __future__ import annotations

import datetime as dt
import re

from dateline.times import resolve as rs
from dateline.times.grammar import DAY, MONTH, NUM_END, V, WEEKDAY, YEAR, Hit, Rule, mod_of, month_ok, rule
from dateline.times.resolve import Context


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def _clock(m: re.Match[str], ctx: Context) -> Hit | None:
    word = (m.group("h") or "").lower()
    if word in ("noon", "midday"):
        hh, mm = 12, 0
    elif word == "midnight":
        hh, mm = 24, 0
    else:
        hh, mm = int(word), int(m.group("min") or 0)
        ap = (m.group("ap") or "").lower().replace(".", "").replace(" ", "")
        if hh > 24 or mm > 59 or (ap and hh > 12):
            return None
        if ap == "pm" and hh < 12:
            hh += 12
        if ap == "am" and hh == 12:
            hh = 0
    day = _clock_day(m, ctx)
    time = f"T{hh:02d}:{mm:02d}"
    # a clock time that names its date ("9 a.m. on April 19, 1995") sets the day "the next day" counts from
    named = dt.date.fromisoformat(day) if day and m.group("rest") else None
    return Hit("TIME", (day + time) if day else "XXXX-XX-XX" + time, mod=mod_of(m.group("mod")), anchor_day=named,
               anchor_year=named.year if named and re.search(r"\d{4}", m.group("rest")) else None)


def _clock_day(m: re.Match[str], ctx: Context) -> str | None:
    ref = ctx.reference
    rest = (m.group("rest") or "").strip()
    low = rest.lower()
    if not rest:
        anchor = ctx.anchor_day or ref
        return anchor.isoformat() if anchor else None
    md = _DATE_REST.search(rest)
    if md and md.group("y"):
        word = md.group("m") or md.group("m_")
        month = V.month(word)
        try:
            return dt.date(int(md.group("y")), month, _day(md.group("d") or md.group("d_"))).isoformat() if month else None
        except ValueError:
            return None
    if ref is None:
        return None
    if low in ("yesterday", "today", "tomorrow", "tonight"):
        return (ref + dt.timedelta(days={"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[low])).isoformat()
    if md:
        word = md.group("m") or md.group("m_")
        month, day = V.month(word), _day(md.group("d") or md.group("d_"))
        if month is None or not month_ok(word, rest, md.start(), lead_ok=True):
            return None
        date = rs.month_day(month, day, ref, ctx.tense(m.start(), m.end()))
        return date.isoformat() if date else None
    rel, _, name = low.rpartition(" ")  # "noon last Friday": the word before the weekday picks which one
    wd = V.weekday(name)
    if wd:
        mode = rs.weekday_mode(re.sub(r"\s+", " ", rel), rs.ahead(ctx.tense(m.start(), m.end())))
        return rs.weekday(wd, ref, mode).isoformat()
    return None


# What a clock time may name its day with: "Friday", "yesterday", "April 19, 1995", "Friday, 13 October 2023".
_DATE = rf"(?:{MONTH}\s+(?:the\s+)?{DAY}|(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH})(?:,?\s+{YEAR})?{NUM_END}"
_DATE_REST = re.compile(
    rf"(?:(?P<m>{MONTH})\s+(?:the\s+)?(?P<d>{DAY})|(?:the\s+)?(?P<d_>{DAY})\s+(?:of\s+)?(?P<m_>{MONTH}))(?:,?\s+(?P<y>{YEAR}))?",
    re.IGNORECASE)
_WHICH_WEEKDAY = rf"(?:(?:last|next|this\s+past|this\s+coming)\s+)?{WEEKDAY}"  # "noon last Friday"
_CLOCK_REST = rf"(?:,?\s+(?:on\s+)?(?P<rest>(?:{WEEKDAY},?\s+)?{_DATE}|{_WHICH_WEEKDAY}|yesterday|today|tomorrow|tonight))?"

RULES: list[Rule] = [
    rule(
        "clock",
        rf"\b(?:(?P<mod>about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
        rf"(?:(?P<h>\d{{1,2}})(?:[:.](?P<min>\d\d))?\s*(?P<ap>[ap]\.\s?m\.|[ap]m\b)|(?P<h2>noon|midday|midnight))"
        rf"(?:\s+(?:EST|EDT|GMT|UTC|CST|PST|local\s+time))?{_CLOCK_REST}",
        lambda m, ctx: _clock(_H2(m), ctx),
        anchor=r"\d\s?[ap]\.?\s?m\b|\bnoon\b|\bmidday\b|\bmidnight\b",
    ),
    rule(
        "clock24",
        rf"\b(?P<h>[01]?\d|2[0-3])[:.]?(?P<min>[0-5]\d)\s*(?:GMT|UTC|hours|hrs|local\s+time){_CLOCK_REST}(?P<ap>)(?P<mod>)",
        lambda m, ctx: _clock(m, ctx),
        lambda m, t: bool(re.search(r"[:.]", m.group(0))) or not re.search(r"hours|hrs", m.group(0), re.IGNORECASE),
        anchor=r"\d[:.]?[0-5]\d\s*(?:GMT|UTC|hours|hrs|local)",
    ),
]


class _H2:
    """Let the clock handler read "noon"/"midnight" from the same group as digits."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def group(self, name: str) -> str | None:  # type: ignore[override]
        if name == "h":
            return self._m.group("h") or self._m.group("h2")
        return self._m.group(name)

    def start(self, *args: object) -> int:
        return self._m.start()

    def end(self, *args: object) -> int:
        return self._m.end()

