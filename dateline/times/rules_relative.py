"""Rules for expressions relative to the report or to an earlier date in it.

"yesterday", "on Wednesday", "last week", "earlier this year", "two days
later", "a year ago".  They need the reference (publication) date; without one
they keep an underspecified value or none at all, never an invented one.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from dateline.times import calendar as cal
from dateline.times import resolve as rs
from dateline.times.grammar import END, NUM, SEASON, UNIT, UNIT_ANCHOR, V, WEEKDAY, WEEKDAY_ANCHOR, Hit, Rule, capitalised, mod_of, num_value, rule
from dateline.times.resolve import Context

_PARTS = V.day_parts  # morning -> MO, ... (timex_vocab.yaml)
_DAYWORD = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _rel_day(m: re.Match[str], ctx: Context) -> Hit | None:
    word = m.group("w").lower()
    part = (m.group("part") or m.group("pre") or m.group("pre2") or "").lower()
    mod = mod_of(m.group("mod"))
    offset = _DAYWORD[word] + {"before": -1, "after": 1}.get((m.group("da") or "").lower(), 0)
    if ctx.reference is None:
        return Hit("TIME" if part or word == "tonight" else "DATE", None, mod=mod)
    day = (ctx.reference + dt.timedelta(days=offset)).isoformat()
    if word == "tonight" or part:
        return Hit("TIME", f"{day}T{_PARTS[part or 'tonight']}", mod=mod)
    return Hit("DATE", day, mod=mod)


def _rel_day_check(m: re.Match[str], text: str) -> bool:
    """Not a title ("USA Today") nor a generic era ("the people of tomorrow")."""
    word = m.group("w")
    before = text[max(0, m.start() - 20) : m.start()]
    if word[0].isupper() and re.search(r"\b[A-Z]\w*\s$", before) and not re.search(r"[.!?\"'`]\s*[A-Z]\w*\s$", before):
        return False
    return not (m.group(0) == word and re.search(r"\bof\s$", before) and word.lower() in ("today", "tomorrow"))


def _day_part(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "this morning", "last night", "overnight" (TIME on the reference day); "that morning", "the
    same night" (TIME on the day the text last named: "said on Wednesday ... that morning"), and so
    "overnight" after a day its own sentence names."""
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    part = m.group("part").lower()
    if rel in ("that", "the same"):
        if ctx.anchor_day is None:
            return None  # no day in view: "that night" of a story told without one
        return Hit("TIME", f"{ctx.anchor_day.isoformat()}T{_PARTS[part]}", mod=mod_of(m.group("mod")))
    if part == "overnight" and not rel and ctx.anchor_day is not None and ctx.anchor_end is not None \
            and ctx.anchor_end <= m.start() and not re.search(r"[.!?]\s|\n|\s[-\u2013\u2014]\s", ctx.text[ctx.anchor_end:m.start()]):
        # "On 7 March, the fighters withdrew overnight": the night of the day its sentence names (not a
        # dateline's day, "LYON, Oct 15 - ... overnight", which is the report's)
        return Hit("TIME", f"{ctx.anchor_day.isoformat()}T{_PARTS[part]}", mod=mod_of(m.group("mod")))
    if ctx.reference is None:
        return Hit("TIME", None)
    day = ctx.reference - dt.timedelta(days=1 if rel == "last" or part == "overnight" else 0)
    return Hit("TIME", f"{day.isoformat()}T{_PARTS[part]}", mod=mod_of(m.group("mod")))


def _part_beside(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the night before", "the day after", "the previous evening": a day or part of one next to the
    day the text last named ("on Sunday morning ... the night before"); with none in view, unknown."""
    part = (m.group("part") or m.group("part2")).lower()
    step = -1 if (m.group("dir") or m.group("rel")).lower() in ("before", "previous") else 1
    if ctx.anchor_day is None:
        return Hit("DATE" if part == "day" else "TIME", None)
    day = (ctx.anchor_day + dt.timedelta(days=step)).isoformat()
    return Hit("DATE", day) if part == "day" else Hit("TIME", f"{day}T{_PARTS[part]}")


def _weekday(m: re.Match[str], ctx: Context) -> Hit | None:
    name = m.group("wd")
    wd = V.weekday(name)
    if wd is None:
        return None
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower()).removesuffix(" on")  # "overnight on Saturday"
    part = (m.group("part") or ("night" if rel == "overnight" else "")).lower()
    if m.group("pl") or m.group("pl2") or rel in ("every", "each"):
        return Hit("SET", f"XXXX-WXX-{wd}" + (f"T{_PARTS[part]}" if part else ""))
    ref = ctx.reference
    mod = mod_of(rel) if rel in ("early", "late", "earlier", "later") else None
    day = None
    week = re.sub(r"\s+", " ", (m.group("week") or "").lower())
    if week and ref is not None:
        # "Wednesday last week", "Thursday of next week": that weekday of the week named, not the latest one
        anchor = ctx.day_anchor or ref if week in ("the previous", "the following") else ref
        step = {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(week, 0)
        day = anchor - dt.timedelta(days=anchor.isoweekday() - 1) + dt.timedelta(weeks=step, days=wd - 1)
        value = day.isoformat()
    elif not rel and _names_anchor_day(ctx, m.start(), wd):
        day = ctx.anchor_day  # "9 February 2025 (Sunday)": the weekday of the date just written
        value = day.isoformat()  # type: ignore[union-attr]
    elif ref is None or _indefinite(ctx.text, m.start()) and not _names_a_kind_of_event(ctx.text, m.end()):
        value = f"XXXX-WXX-{wd}"  # "on a Friday afternoon": some Friday, not the latest one
    else:
        mode = rs.weekday_mode(rel, rs.ahead(ctx.tense(m.start(), m.end())))
        anchor = ref if rel not in ("the previous", "the following") else ctx.day_anchor or ref
        day = rs.weekday(wd, anchor, mode)
        value = day.isoformat()
    if part:  # "Monday night" names its day: a clock time after it ("at around 10 p.m.") is on that day
        return Hit("TIME", f"{value}T{_PARTS[part]}", mod=mod, anchor_day=day)
    return Hit("DATE", value, mod=mod, anchor_day=day)


# "9 February 2025 (Sunday)", "on 12 March, a Tuesday,": a weekday in apposition to the date before it.
_APPOSED = re.compile(r"^[\s,(]*(?:a\s+|an\s+)?$")


# Characters a weekday may stand after the date of its sentence and still be that date's ("On 24 November 2017, during
# Friday prayers, ..."), with no sentence's end between.
SAME_DAY_SPAN = 80
_STRETCH = re.compile(r"\b(?:to|until|till|through|and|or|between)\b|[-\u2013\u2014]", re.IGNORECASE)


def _names_anchor_day(ctx: Context, start: int, wd: int) -> bool:
    """Is this weekday the weekday of the date written just before it ("9 February 2025 (Sunday)"), or of the date
    its own sentence gave a few words before ("On 24 November 2017, during Friday prayers")?"""
    day, end = ctx.anchor_day, ctx.anchor_end
    if day is None or end is None or day.isoweekday() != wd or not 0 <= start - end:
        return False
    between = ctx.text[end:start]
    if start - end <= 4 and _APPOSED.match(between) is not None:
        return True
    # (not the end of a stretch it opens: "from Sept. 14 to Thursday")
    return start - end <= SAME_DAY_SPAN and not rs.SENTENCE_END.search(between) and not _STRETCH.search(between)


def _indefinite(text: str, start: int) -> bool:
    """"a Friday", "one Sunday": a weekday the text does not pin to a week."""
    return re.search(r"\b(?:a|an|one|any|some)\s+$", text[max(0, start - 6):start], re.IGNORECASE) is not None


def _names_a_kind_of_event(text: str, end: int) -> bool:
    """The weekday modifies an event noun after it ("a Friday blast"): ``event_nouns`` of the vocabulary."""
    return _event_noun_after().match(text, end) is not None


@lru_cache(maxsize=1)
def _event_noun_after() -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in V.event_nouns) + r")\b", re.IGNORECASE)


def _weekday_check(m: re.Match[str], text: str) -> bool:
    name = m.group("wd")
    if not capitalised(name):
        return False
    return len(name.rstrip(".")) > 4 or name.endswith(".") or name.lower().startswith("tues") or name.lower().startswith("thurs")


_REL = {"last": -1, "the last": -1, "the past": -1, "this past": -1, "the previous": -1, "previous": -1, "this": 0,
        "the current": 0, "current": 0, "the same": 0, "the": 0, "that": 0, "the full": 0, "the whole": 0, "the entire": 0,
        "next": 1, "the next": 1, "the coming": 1, "this coming": 1, "the following": 1, "coming": 1}


def _relative(m: re.Match[str], ctx: Context) -> Hit | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = re.sub(r"\s+", " ", m.group("u").lower())
    if m.group("u")[0].isupper() and m.start("u") > 0:
        return None  # "This Week", a programme's title
    if unit == "future" or (rel == "the" and ctx.text[m.end() : m.end() + 3] == " of" and unit in ("week", "day")):
        return None
    edge = m.group("edge") or m.group("edge2")
    mod = mod_of(edge)
    ref = ctx.reference
    step = _REL.get(rel)
    if step is None:
        return None
    anchored = rel in ("the following", "the previous", "that", "the same") or (unit == "day" and rel in ("the next", "the following", "the previous", "the"))
    if unit in V.seasons:
        code = V.seasons[unit]
        if ref is None:
            return Hit("DATE", f"XXXX-{code}", mod=mod)
        which = {-1: "last", 0: "this", 1: "next"}[step] if rel != "the" else "past"
        return Hit("DATE", f"{rs.season_year(code, ref, which):04d}-{code}", mod=mod)
    if ref is None:
        return Hit("DATE", None, mod=mod)
    base = ref
    if anchored:
        if unit in ("year", "fiscal year") and ctx.anchor_year:
            base = dt.date(ctx.anchor_year, 6, 15)
        elif unit == "month" and ctx.anchor_month:
            base = ctx.anchor_month
        elif ctx.anchor_day:
            base = ctx.anchor_day
    elif rel == "the" and unit == "year" and ctx.frame is not None:
        base = ctx.frame  # "earlier in the year", told of a day long before the report
    if unit == "week":
        if rel == "the" and not edge:
            return Hit("DATE", f"{ref.year}-WXX", mod=mod)
        return Hit("DATE", cal.week_value(base + dt.timedelta(weeks=step)), mod=mod)
    if unit == "weekend":
        day = base + dt.timedelta(weeks=step) if step > 0 else base - dt.timedelta(days=7 if rel in ("last", "the previous") and base.isoweekday() >= 6 else 0)
        return Hit("DATE", cal.weekend_value(day), mod=mod)
    if unit == "month":
        day = cal.add_months(base, step)
        return Hit("DATE", f"{day.year:04d}-{day.month:02d}", mod=mod)
    if unit in ("year", "fiscal year"):
        if rel in ("the", "the fiscal") and re.match(r"\s+(?:ended|ending)\b", ctx.text[m.end() : m.end() + 10]):
            return Hit("DURATION", "P1Y")
        return Hit("DATE", f"{base.year + step:04d}", mod=mod)
    if unit == "decade":
        return Hit("DATE", f"{(base.year + 10 * step) // 10:03d}", mod=mod)
    if unit == "century":
        return Hit("DATE", f"{(base.year + 100 * step) // 100:02d}", mod=mod)
    if unit == "day":
        if rel == "the" and not re.search(r"(?:later|earlier)\s+in\s+$", ctx.text[max(0, m.start() - 15) : m.start()]):
            return None  # "the day" alone is too often not a date
        if rel in ("the", "that", "the same"):
            if ctx.anchor_day is None and rel != "the":
                return None  # "trades made that day": no day in view, a generic day
            return Hit("DATE", base.isoformat(), mod=mod)
        if anchored and step > 0 and ctx.anchor_day is None and not rs.ahead(ctx.tense(m.start(), m.end())):
            # "troops went after them the next day": the day after one the text never wrote (the night of
            # the raid), not the day after the report, which would make a past event a planned one
            return Hit("DATE", None, mod=mod)
        return Hit("DATE", (base + dt.timedelta(days=step)).isoformat(), mod=mod)
    return None


def _year_end(m: re.Match[str], ctx: Context) -> Hit | None:
    if ctx.reference is None:
        return Hit("DATE", None, mod="END")
    return Hit("DATE", f"{ctx.reference.year:04d}", mod="END")


def _shifted(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "two days ago", "a year earlier", "three weeks later" (earlier/later from the text's anchor)."""
    n = num_value(m.group("n"))
    unit = V.unit(m.group("u"))
    direction = re.sub(r"\s+", " ", m.group("dir").lower())
    mod = mod_of(m.group("mod")) or ("APPROX" if m.group("approx") else None)
    if unit is None:
        return None
    if n is None or not float(n).is_integer():
        return Hit("DATE", "PAST_REF" if direction in ("ago", "earlier", "before") else "FUTURE_REF", mod=mod)
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "prior") else 1
    if ctx.reference is None:
        return Hit("DATE", None, mod=mod)
    from_text = direction in ("earlier", "later", "before", "after")
    if unit == "Y" and n == 1 and ctx.last_quarter and sign < 0:
        year, q = ctx.last_quarter
        return Hit("DATE", f"{year - 1:04d}-Q{q}", mod=mod)
    if from_text and sign > 0 and ctx.anchor_day is None and not rs.ahead(ctx.tense(m.start(), m.end())):
        # "two days later, gunmen struck": later than a day the text never wrote, so not later than
        # the report (which would make a past event a planned one); the day is unknown
        return Hit("DATE", None, mod=mod)
    base = (ctx.anchor_day or ctx.reference) if from_text else ctx.reference
    if m.group("same") and unit == "Y" and direction == "ago":
        return Hit("DATE", _years_back_same(ctx.reference, int(n), m.group("same").split()[-1].lower()), mod=mod)
    value, _ = rs.shift(base, sign * int(n), unit)
    return Hit("DATE", value, mod=mod)


def _years_back_same(reference: dt.date, years: int, unit: str) -> str:
    """"Four years ago this week" (or "this month", "today"): the same week, month or day that many years back."""
    day = cal.add_years(reference, -years)  # (29 February falls back to the 28th)
    if unit == "week":
        return cal.week_value(day)
    return f"{day.year:04d}-{day.month:02d}" if unit == "month" else day.isoformat()


def _duration(m: re.Match[str], ctx: Context) -> Hit | None:
    if m.group("tail") and "old" in m.group("tail").lower():
        return None
    unit = V.unit(m.group("u"))
    if unit is None:
        return None
    after = ctx.text[m.end() : m.end() + 4]
    raw = m.group("n").lower()
    if unit == "Q" and (after.startswith("-") or m.group("u").lower() == "quarters" and "-" in m.group(0)
                        or re.match(r"\s+of\b", after) and raw in ("a", "an", "one", "two", "three")):
        return None  # "three-quarters of its food", "a quarter-century"
    if unit == "TS" and raw in ("a", "an"):
        return None  # "a second group"
    n = num_value(raw)
    if n is not None and (m.group("half") or m.group("half2")):
        n += 0.5
    if unit == "2W":
        unit, n = "W", None if n is None else 2 * n
    value = _duration_value(n, unit)
    if raw in ("a", "an") and not m.group("det") and not m.group("mod"):
        before = ctx.text[max(0, m.start() - 25) : m.start()]
        if re.search(r"(?:\d|million|billion|percent|%|cents?|dollars?|times)\s*$", before, re.IGNORECASE):
            return Hit("SET", f"P1{unit}" if not unit.startswith("T") else f"PT1{unit[1:]}")
    skip = 0
    if m.group("det") and m.group("det").lower() == "the" and re.match(r"-", ctx.text[m.end("n") : m.end("n") + 1]):
        skip = m.start("n") - m.start()  # "the two-week truce": the article belongs to the noun
    return Hit("DURATION", value, mod=mod_of(m.group("mod")), skip=skip)


_HALF = {"Y": "6M", "M": "15D", "D": "T12H", "TH": "30M", "TM": "30S", "W": "3DT12H"}


def _duration_value(n: float | None, unit: str) -> str:
    """P2Y, PT4H, PXY; a half is written in the next unit down (2 1/2 years -> P2Y6M)."""
    time = unit.startswith("T")
    letter = unit[1:] if time else unit
    if n is None:
        return f"PTX{letter}" if time else f"PX{letter}"
    whole = int(n)
    if n == whole:
        return f"PT{whole}{letter}" if time else f"P{whole}{letter}"
    if n - whole == 0.5 and unit in _HALF:
        rest = _HALF[unit]
        head = f"{whole}{letter}" if whole else ""
        if time:
            return f"PT{head}{rest}"
        return f"P{head}{rest}" if not rest.startswith("T") else f"P{head}{rest}"
    return f"PT{n:g}{letter}" if time else f"P{n:g}{letter}"


def _plural(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "for years", "within weeks": a vague duration."""
    unit = V.unit(m.group("u"))
    if not unit or unit.startswith("T"):
        return None
    return Hit("DURATION", f"PX{unit}", skip=m.start("u") - m.start())


def _set(m: re.Match[str], ctx: Context) -> Hit | None:
    word = m.group("w").lower()
    fixed = {"nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "hourly": "PT1H"}
    if word in fixed:
        return Hit("SET", fixed[word])
    unit = V.unit(word)
    if unit:
        return Hit("SET", f"PT1{unit[1:]}" if unit.startswith("T") else f"P1{unit}")
    month = V.month(word)
    if month and capitalised(m.group("w")):
        return Hit("SET", f"XXXX-{month:02d}")
    if word in V.seasons:
        return Hit("SET", f"XXXX-{V.seasons[word]}")
    return None


def _fuzzy(m: re.Match[str], ctx: Context) -> Hit | None:
    phrase = re.sub(r"\s+", " ", m.group(0).lower())
    value = V.fuzzy.get(phrase)
    if not value:
        return None
    kind, _, rest = value.partition(" ")
    return Hit(kind, rest) if rest and kind in ("DURATION", "SET", "TIME") else Hit("DATE", value)  # type: ignore[arg-type]


def _fuzzy_check(m: re.Match[str], text: str) -> bool:
    phrase = m.group(0).lower()
    after = text[m.end() : m.end() + 12].lower()
    if phrase == "the past" and re.match(rf"\s+{NUM}\s+\w+s\b", text[m.end() : m.end() + 30], re.IGNORECASE):
        return False  # "the past three summers" is a stretch of time, not PAST_REF
    if phrase.endswith("future") and after.startswith(" of "):
        return False  # "the future of our peoples"
    if phrase == "now" and after.startswith(",") and (m.start() == 0 or text[m.start() - 1] in "\n\"'`"
                                                      or text[max(0, m.start() - 2) : m.start()].strip() in (".", "")):
        return False  # sentence-initial "Now," is a discourse marker
    if phrase == "earlier" and re.match(r"\s*(?:this|in|than|that|today|on)\b", after):
        return False
    if phrase in ("current", "recent") and re.match(r"\s*(?:account|affairs|events|of|,|\.)", after):
        return False
    return True


_MOD = r"(?:(?P<mod>about|around|nearly|almost|some|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|roughly|approximately|no\s+more\s+than|no\s+less\s+than|the\s+better\s+part\s+of)\s+)"
_EDGE = r"(?:(?P<edge>earlier|later|early|late|the\s+(?:beginning|start|end|middle)\s+of|the\s+rest\s+of|(?:the\s+)?(?:first|second)\s+half\s+of)\s+)"
_RELS = r"last|this\s+past|this\s+coming|this|next|the\s+past|the\s+last|the\s+coming|the\s+previous|the\s+following|the\s+current|the\s+same|the\s+next|that|the\s+full|the\s+whole|the\s+entire|the"

RULES: list[Rule] = [
    rule("fuzzy", rf"\b{V.fuzzy_re}{END}", _fuzzy, _fuzzy_check),
    rule(
        "rel_day",
        r"\b(?:(?P<mod>early|late|earlier|later|mid)[-\s]+(?:(?P<pre>morning|afternoon|evening)\s+)?|(?P<pre2>morning|afternoon|evening)\s+)?"
        r"(?:the\s+day\s+(?P<da>before|after)\s+)?(?P<w>yesterday|today|tomorrow|tonight)"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?" + END,
        _rel_day,
        _rel_day_check,
        anchor=r"\b(?:yesterday|today|tomorrow|tonight)",
    ),
    rule(
        "day_part",
        r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<rel>this|last|that|the\s+same)\s+(?P<part>morning|afternoon|evening|night)|(?P<part2>overnight)"
        r"|(?P<mid>mid)[-\s]?(?P<part3>morning|afternoon))" + END,
        lambda m, ctx: _day_part(_Part(m), ctx),
        anchor=r"\b(?:morning|afternoon|evening|night|overnight)",
    ),
    rule(
        "part_beside",
        r"\b(?:the\s+(?P<part>night|evening|morning|afternoon|day)\s+(?P<dir>before|after)"
        r"(?!\s+(?:the|a|an|his|her|their|its|that|this|last|yesterday|today|tomorrow)\b)"
        r"|the\s+(?P<rel>previous|following)\s+(?P<part2>night|evening|morning|afternoon))" + END,
        _part_beside,
        anchor=r"\b(?:before|after|previous|following)\b",
    ),
    rule(
        "weekday",
        rf"\b(?:(?P<rel>last|next|this\s+past|this\s+coming|this|the\s+previous|the\s+following|early|late|earlier|later|every|each|overnight(?:\s+on)?)\s+)?"
        rf"(?P<wd>{WEEKDAY})(?P<pl>s)?(?:\s+(?P<part>morning|afternoon|evening|night)(?P<pl2>s)?)?"
        rf"(?:,?\s+(?:of\s+)?(?P<week>last|next|this|the\s+previous|the\s+following)\s+week)?{END}",
        _weekday,
        _weekday_check,
        anchor=WEEKDAY_ANCHOR,
    ),
    rule(
        "relative",
        rf"\b{_EDGE}?(?P<rel>{_RELS})\s+(?:(?P<edge2>early|late|mid)[-\s]+(?={SEASON}))?(?P<u>week|weekend|month|year|fiscal\s+year|decade|century|day|{SEASON}){END}",
        _relative,
        anchor=rf"\b(?:week|weekend|month|year|fiscal|decade|century|day|{SEASON})",
    ),
    rule("year_end", r"\b(?:year[-\s]end|year's\s+end)" + END, _year_end),
    rule(
        "shifted",
        rf"\b{_MOD}?(?P<n>{NUM})\s+(?P<u>{UNIT})(?P<approx>\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|previously|prior)"
        rf"(?P<same>\s+(?:this|that)\s+(?:week|month)|\s+today)?{END}",
        _shifted,
        anchor=r"\b(?:ago|earlier|later|from\s+now|hence|previously|prior)\b",
    ),
    rule(
        "duration",
        rf"\b{_MOD}?(?:(?P<det>the\s+(?:past|last|next|first|final|coming|previous|following|latest|remaining|initial)|the|another|an\s+additional|additional)\s+)?"
        rf"(?P<n>{NUM})(?P<half>\s+1/2|\s*½|\s+and\s+a\s+half)?(?:\s+(?:more|additional|full|straight|consecutive|long|trading|business|working))?[-\s]+(?P<u>{UNIT})"
        rf"(?P<half2>\s+and\s+a\s+half)?(?P<tail>[-\s]+(?:long|old))?{END}",
        _duration,
        lambda m, t: not (m.group("u").lower() == "quarters" and re.match(r"\s+of\s+(?:fiscal\s+)?\d{4}", t[m.end() : m.end() + 20])),
        anchor=UNIT_ANCHOR,
    ),
    rule(
        "plural",
        r"\b(?:for|within|in|over)\s+(?P<u>days|weeks|months|years|decades|centuries)(?![-\w]|\s+(?:of|ago|later|earlier|before|after)\b)",
        _plural,
        anchor=r"\b(?:days|weeks|months|years|decades|centuries)",
    ),
    rule(
        "set",
        rf"\b(?:(?:every|each|per)\s+(?P<w>{UNIT}|{SEASON}|{V.month_re})|(?P<w2>nightly|weekly|monthly|yearly|hourly)){END}",
        lambda m, ctx: _set(_W(m), ctx),
        anchor=r"\b(?:every|each|per|nightly|weekly|monthly|yearly|hourly)",
    ),
]


class _Part:
    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def group(self, name: str) -> str | None:
        if name == "part":
            return self._m.group("part") or self._m.group("part2") or self._m.group("part3")
        if name == "mod":
            return self._m.group("mod") or self._m.group("mid")
        return self._m.group(name)

    def start(self) -> int:
        return self._m.start()


class _W(_Part):
    def group(self, name: str) -> str | None:
        if name == "w":
            return self._m.group("w") or self._m.group("w2")
        return self._m.group(name)
