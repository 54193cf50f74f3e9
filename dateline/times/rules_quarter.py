"""Rules for business periods: quarters, halves, fiscal years and "the year-earlier period".

Financial news dates results by quarter; "a year earlier" or "the year-ago
period" then means the same quarter of the year before, so the tagger
remembers the last quarter mentioned (``Context.last_quarter``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dateline.times import calendar as cal
from dateline.times import resolve as rs
from dateline.times.grammar import END, YEAR, Hit, Rule, rule
from dateline.times.resolve import Context

IN_VIEW_DAYS = 365  # a quarter still in view ended within the year before the report
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
_QUAL = (
    r"fiscal|latest|current|comparable|same|corresponding|flat|recent|previous|prior|year[-\s]earlier|year[-\s]ago|"
    r"first|second|third|fourth|1st|2nd|3rd|4th|final|last|" + YEAR
)


def _quarter(m: re.Match[str], ctx: Context) -> Hit | None:
    det = re.sub(r"\s+", " ", (m.group("det") or "").lower())
    quals = re.sub(r"[-\s]+", " ", (m.group("quals") or "").lower()).split()
    unit = m.group("unit").lower()
    tail = re.sub(r"\s+", " ", (m.group("ago") or "").lower())
    ordinal = next((_ORD[q] for q in quals if q in _ORD), None)
    if unit == "half" and "last" in quals:
        ordinal = 2
    years = [int(q) for q in quals if q.isdigit()]
    year: int | None = int(m.group("yof")) if m.group("yof") else (int(m.group("yy")) if m.group("yy") else (years[0] if years else None))
    earlier = any(q in ("year-earlier", "year-ago", "earlier", "ago") for q in quals) or "year" in tail or det.startswith("last year")
    if not (ordinal or det or quals):
        return None
    if ctx.text[m.end() : m.end() + 1] == "-":
        return None  # "quarter-century", "quarter-to-quarter"
    if unit == "period" and not (earlier or year or "latest" in quals or "comparable" in quals or "corresponding" in quals):
        return None
    if det == "a" and not quals:
        return None  # "a quarter of the vote"
    skip = 0
    if m.group("det") and not m.group("yy") and re.search(r"-(?:quarter|half)$", m.group(0), re.IGNORECASE) and len(quals) == 1:
        skip = m.start("quals") - m.start()  # "a third-quarter loss": the determiner belongs to the noun
    hit = _quarter_value(m, ctx, det, quals, unit, ordinal, year, earlier)
    return replace(hit, skip=skip) if hit is not None and skip else hit


def _quarter_value(m: re.Match[str], ctx: Context, det: str, quals: list[str], unit: str, ordinal: int | None,
                   year: int | None, earlier: bool) -> Hit | None:
    ref = ctx.reference
    if unit == "half":
        if ordinal is None:
            return None
        if year is None:
            if ref is None:
                return Hit("DATE", f"XXXX-H{ordinal}")
            year = ref.year if ordinal == 1 or ref.month > 6 else ref.year - 1
        return Hit("DATE", f"{year:04d}-H{min(ordinal, 2)}", anchor_year=year)
    if ordinal is None:
        if "current" in quals and ref is not None:
            ly, q = ref.year, (ref.month - 1) // 3 + 1
        elif "latest" in quals and ref is not None:
            ly, q = rs.last_completed_quarter(ref)
        elif ctx.last_quarter:
            ly, q = ctx.last_quarter
        elif ref is not None:
            ly, q = rs.last_completed_quarter(ref)
        else:
            return Hit("DATE", None)
        if unit == "period" and year and not ctx.last_quarter:
            return Hit("DATE", f"{year:04d}", anchor_year=year)
        if year is None:
            year = ly - 1 if earlier else ly
        return Hit("DATE", f"{year:04d}-Q{q}", quarter=_in_view(year, q, earlier, ref))
    if year is None:
        if ref is None:
            return Hit("DATE", f"XXXX-Q{ordinal}")
        if det.startswith("last year"):
            year = ref.year - 1
        elif det.startswith("next year"):
            year = ref.year + 1
        elif det.startswith("this year"):
            year = ref.year
        else:
            year = rs.quarter_year(ordinal, ref, False)
            if earlier:
                year -= 1
    return Hit("DATE", f"{year:04d}-Q{ordinal}", quarter=_in_view(year, ordinal, earlier or det.startswith("last year"), ref))


def _in_view(year: int, q: int, earlier: bool, ref: object) -> tuple[int, int] | None:
    """The quarter later "a year earlier" refers to: a reported one, not a comparison or forecast."""
    if earlier:
        return None
    if ref is not None:
        end = cal.last_day(year, 3 * q)
        if (year, q) > (ref.year, cal.quarter_of(ref)) or (ref - end).days > IN_VIEW_DAYS:  # type: ignore[attr-defined,operator]
            return None  # a forecast, or a comparison long past
    return (year, q)


def _fiscal(m: re.Match[str], ctx: Context) -> Hit | None:
    if m.group("y"):
        y = m.group("y")
        year = int(y) if len(y) == 4 else 2000 + int(y) if int(y) < 50 else 1900 + int(y)
        return Hit("DATE", f"{year:04d}", anchor_year=year)
    if ctx.reference is None:
        return Hit("DATE", None)
    rel = (m.group("rel") or "").lower()
    return Hit("DATE", f"{ctx.reference.year + (-1 if rel in ('last', 'previous', 'latest') else 1 if rel == 'next' else 0):04d}")


def _q_notation(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "Q1 2016", "H2 2015", "Q3/2014"."""
    kind, n, y = m.group("k").upper(), int(m.group("n")), m.group("y")
    year = int(y) if len(y) == 4 else 2000 + int(y)
    if (kind == "Q" and not 1 <= n <= 4) or (kind == "H" and not 1 <= n <= 2):
        return None
    return Hit("DATE", f"{year:04d}-{kind}{n}", quarter=(year, n) if kind == "Q" else None, anchor_year=year)


def _two_quarters(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the first two quarters of 1990" is its first half."""
    half = 1 if m.group("o").lower() == "first" else 2
    if m.group("y"):
        year = int(m.group("y"))
    elif ctx.reference is not None:
        year = ctx.reference.year if half == 1 or ctx.reference.month > 6 else ctx.reference.year - 1
    else:
        return Hit("DATE", f"XXXX-H{half}")
    return Hit("DATE", f"{year:04d}-H{half}", anchor_year=year)


RULES: list[Rule] = [
    rule("two_quarters", rf"\b(?:the\s+)?(?P<o>first|last)\s+(?:two|2)\s+quarters(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR}))?{END}",
         _two_quarters, anchor=r"\bquarters"),
    rule("q_notation", rf"\b(?P<k>[QH])(?P<n>[1-4])\s*(?:/|-|\s)?\s*(?P<y>{YEAR}|'?\d\d(?!\d)){END}", _q_notation, anchor=r"\b[QH][1-4]"),
    rule(
        "quarter",
        rf"\b(?:(?P<det>the|its|this|that|a|last\s+year's|this\s+year's|next\s+year's|(?P<yy>{YEAR})'s)\s+)?"
        rf"(?P<quals>(?:(?:{_QUAL})[-\s]+)*)(?P<unit>quarter|half|period)"
        rf"(?:\s+(?:of|in)\s+(?:fiscal\s+)?(?P<yof>{YEAR}))?(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier)|last\s+year))?{END}",
        _quarter,
        anchor=r"\b(?:quarter|half|period)",
    ),
    rule("year_adj", r"\b(?P<w>year[-\s](?:earlier|ago))(?!\s+(?:quarter|period|half))" + END,
         lambda m, ctx: _year_adj(ctx)),
    rule(
        "fiscal",
        rf"\b(?:FY\s?'?(?P<y>\d\d(?:\d\d)?)|(?:the\s+)?(?P<rel>current|last|next|previous|latest|this)\s+fiscal\s+year){END}",
        _fiscal,
        anchor=r"\b(?:FY|fiscal)",
    ),
]


def _year_adj(ctx: Context) -> Hit | None:
    """ "year-earlier" alone: the quarter (or year) before the one in view."""
    if ctx.last_quarter:
        year, q = ctx.last_quarter
        return Hit("DATE", f"{year - 1:04d}-Q{q}")
    if ctx.reference is None:
        return Hit("DATE", None)
    return Hit("DATE", f"{ctx.reference.year - 1:04d}")
