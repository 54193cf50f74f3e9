"""Shared pieces of the timex grammar: regex fragments, the Rule and Hit types, checks.

A rule is a compiled regex plus a handler that turns a match into a TIMEX3
type and value (or rejects it).  Rules are plain data so the tagger can run
them all, keep the longest non-overlapping matches, and normalise in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dateline.times.lexicon import vocab
from dateline.times.resolve import Context
from dateline.types import TimexType

V = vocab()
MONTH = V.month_re
WEEKDAY = V.weekday_re
NUM = V.number_re
UNIT = V.unit_re
SEASON = V.season_re
# Cheap anchors (word starts) for the windowed matching of the tagger.  Month and
# weekday names must be capitalised anyway, so their anchors are case-sensitive.
MONTH_ANCHOR = r"\b(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
WEEKDAY_ANCHOR = r"\b(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)"
UNIT_ANCHOR = r"\b(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
END = r"(?!\w)"
NUM_END = r"(?![\w%$£€]|[.,:/]\d)"
NUM_START = r"(?<![\w$£€#.,:/-])"
EDGE = r"(?:early|late|mid|the\s+(?:beginning|start|end|middle)\s+of|(?:the\s+)?(?:first|second|last|latter)\s+half\s+of|the\s+(?:early|late)\s+part\s+of)"

# Words that make the following month name a date even when it is also a word ("in May").
MONTH_LEAD = frozenset(
    "in of since until till by from during through before after to and or between early late mid last this next "
    "on at around about beginning end start middle".split()
)
# Words before a number that show it is a model, flight or page, not a year.
NOT_YEAR_BEFORE = frozenset("boeing airbus flight route no no. number room page model code article resolution paragraph section chapter act highway".split())
MOD_WORDS: dict[str, str] = {
    "early": "START", "beginning": "START", "start": "START", "earlier": "START",
    "late": "END", "end": "END", "later": "END", "mid": "MID", "middle": "MID",
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
    "within": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
}


@dataclass(frozen=True)
class Hit:
    """What a handler makes of a match."""

    type: TimexType
    value: str | None
    mod: str | None = None
    anchor_day: object = None  # dt.date this expression makes the new anchor, if any
    anchor_year: int | None = None
    quarter: tuple[int, int] | None = None
    skip: int = 0  # leading characters of the match that are not part of the expression


Handler = Callable[[re.Match[str], Context], "Hit | None"]
Check = Callable[[re.Match[str], str], bool]


@dataclass(frozen=True)
class Rule:
    """A pattern and its handler.

    ``anchor`` (optional) is a cheap regex for a word every match must
    contain (a unit, a month name); the full pattern is then only tried in a
    window around each anchor hit, which keeps the tagger fast on long texts.
    """

    name: str
    regex: re.Pattern[str]
    handler: Handler
    check: Check | None = None
    anchor: re.Pattern[str] | None = None


def rule(name: str, pattern: str, handler: Handler, check: Check | None = None, anchor: str | None = None) -> Rule:
    return Rule(name, re.compile(pattern, re.IGNORECASE), handler, check,
                re.compile(anchor, re.IGNORECASE) if anchor else None)


def capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper()  # type: ignore[index]


def word_before(text: str, start: int) -> str:
    m = re.search(r"([\w.$']+)\W*$", text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""


def word_after(text: str, end: int) -> str:
    m = re.match(r"\W{0,2}([\w%$]+)", text[end : end + 30])
    return m.group(1).lower() if m else ""


def month_ok(word: str | None, text: str, start: int, lead_ok: bool) -> bool:
    """A month name is capitalised, and ambiguous ones ("May") need support."""
    if not word or not capitalised(word):
        return False
    bare = word.lower().rstrip(".")
    if bare in V.ambiguous_months and not word.endswith(".") and not lead_ok:
        return word_before(text, start) in MONTH_LEAD
    if len(bare) <= 4 and bare not in ("may", "june", "july") and not word.endswith(".") and not lead_ok:
        return False
    return True


def mod_of(text: str | None) -> str | None:
    if not text:
        return None
    t = re.sub(r"\s+", " ", text.lower())
    for key, mod in MOD_WORDS.items():
        if re.search(rf"\b{key}\b", t):
            return mod
    return None


def num_value(text: str | None) -> float | None:
    return V.number(text) if text else None


def fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"
