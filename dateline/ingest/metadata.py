"""Datelines, headlines and publication dates, shared by every reader.

A wire report opens with a dateline ("ADEN, Yemen (Reuters) -", "KABUL —",
"Al Mukalla:").  It names where the report was filed, a strong hint for the
places stage.  Readers keep it in ``Article.text`` (evidence offsets index the
text as given) and note it twice: ``Article.dateline`` holds the place as
written ("ADEN, Yemen") and ``Article.body_start`` where the report itself
begins, so the pipeline can start a sentence there and the parser does not
glue "Al Mukalla:" onto the subject of sentence one.

Headlines look alike ("Abbas: No peace without Jerusalem"), so unless the
dateline is wire-style (an agency, or an upper-case place before a dash) it
must lead into a sentence of at least MIN_LEAD_WORDS words.  On the 1,304
English dev documents this keeps 6 true datelines and 0 false ones (9 of 15
were headlines before the rule).

Dates: readers accept ISO dates and datetimes (and feedparser's parsed
tuples); anything else is reported rather than guessed, because a wrong
publication date silently misdates every event in the article.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from dateline.datafiles import load_yaml

LABELS_FILE = Path(__file__).resolve().parents[1] / "data" / "ingest" / "dateline_labels.yaml"

_WORD = r"[A-Z][\w'’.\-]*"  # a capitalised word: Aden, AL-MUKALLA, St., D.C.
_PARTICLE = r"(?:al|el|ad|as|ash|ar|an|at|bin|ibn|de|del|da|di|do|dos|du|la|le|los|las|of|upon|sur|am|im|and|y|e)"
_NAME = rf"{_WORD}(?:\s(?:{_PARTICLE}\s)?{_WORD}){{0,4}}"
_PLACE = rf"{_NAME}(?:(?:,\s?|\s?/\s?){_NAME}){{0,2}}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "Aden, March 3", "Aden, 3 March 2024", and in figures "Quito, 21/02/2024", "Bamako, 21.02.2024." (local press)
_DATE = rf"(?:,\s?(?:{_MONTH}\s\d{{1,2}}|\d{{1,2}}\s{_MONTH})(?:,?\s\d{{4}})?|,\s?\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\.?)"
_AGENCY = r"(?:\s?\([A-Z][\w.&'’ -]{0,30}\))"
_SEP = r"(?:\s?:|\s?[—–\x96\x97]|\s-{1,2}|\s_)"  # "_": AP wire style; \x96/\x97: cp1252 dashes read as Latin-1
DATELINE = re.compile(rf"^(?P<place>{_PLACE})(?P<date>{_DATE})?(?P<agency>{_AGENCY})?{_SEP}\s*(?=[\"“'‘(\[]?[A-Z0-9])")
# The South Asian wires' "Srinagar, Nov 5 (PTI) Police have ...": a date and an agency, and no separator.
DATELINE_BARE = re.compile(rf"^(?P<place>{_PLACE})(?P<date>{_DATE})(?P<agency>{_AGENCY})\s+(?=[\"“'‘]?[A-Z])")
MAX_DATELINE_CHARS = 80
# A colon or title-case dateline must lead into a real sentence, not a headline.
MIN_LEAD_WORDS = 12
# "By Jane Doe", "By our correspondent in Goma", "By a staff reporter": not a sentence ("By the time ... .")
_BYLINE = re.compile(r"\s*(By\s+(?:[A-Z]|(?:our|a|an|the|staff)\s)[^\n]{0,80}?)(?<![.!?])\n[ \t]*\n\s*")
_HEADLINE = re.compile(r"\s*(\S[^\n]{0,200})\n[ \t]*\n\s*")


@lru_cache(maxsize=1)
def _labels() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml(LABELS_FILE.read_text(encoding="utf-8"))
    return frozenset(data["labels"]), frozenset(data["first_words"])


def split_dateline(text: str) -> tuple[str | None, str]:
    """(place, rest of the text) when the text opens with a dateline, else (None, text).

    The rest is the text after the dateline with leading whitespace removed.
    """
    stripped = text.lstrip()
    head = stripped[: MAX_DATELINE_CHARS + 20]  # a dateline is short: never scan further
    match = DATELINE.match(head) or DATELINE_BARE.match(head)
    if not match or match.end() > MAX_DATELINE_CHARS:
        return None, text
    place = match.group("place").strip()
    labels, first_words = _labels()
    first = re.split(r"[\s,/]", place, maxsplit=1)[0].lower()
    if place.lower() in labels or first in first_words or first in labels:
        return None, text
    rest = stripped[match.end():]
    if not _wire_style(match) and _lead_words(rest) < MIN_LEAD_WORDS:
        return None, text  # "Abbas: No peace without Jerusalem." is a headline, not a dateline
    return place, rest


def _wire_style(match: re.Match[str]) -> bool:
    """An agency ("(Reuters)") or an upper-case place before a dash: a dateline for sure."""
    if match.group("agency"):
        return True
    head = re.split(r"[,/]", match.group("place"), maxsplit=1)[0]
    return head.isupper() and not match.group(0).rstrip().endswith(":")


def _lead_words(text: str) -> int:
    """Words in the first sentence (up to . ! ? ; or a line break)."""
    end = re.search(r"[.!?](?=\s|$)|;|\n", text[:1000])
    return len(text[: end.start() if end else 1000].split())


def split_headline(text: str) -> tuple[str | None, str]:
    """(headline, body) when the first line is clearly a headline, else (None, text).

    Clearly: a single short line (at most 150 characters and 20 words) that is
    followed by a blank line, does not end like a sentence or a dateline
    ("KABUL —"), and leaves a body behind.
    """
    match = _HEADLINE.match(text[:400])  # a headline is short: never scan a long first line
    if not match:
        return None, text
    line, body = match.group(1).strip(), text[match.end():]
    if not body.strip() or len(line) > 150 or len(line.split()) > 20 or line[-1] in ".,;:-—–":
        return None, text
    if line[0] in "[(" and line[-1] in "])" and (inner := split_headline(body))[0] is not None:
        return inner  # an editor's note over the headline ("[Translated from the Spanish]"): the headline is the next line
    return line, body


def split_byline(text: str) -> tuple[str | None, str]:
    """(byline, body) when the text opens with a "By ..." line on its own, else (None, text).

    Bylines sit between headline and dateline in copied web text; left in,
    they hide the dateline and read as a sentence about a person.
    """
    match = _BYLINE.match(text[:200])
    if not match or not text[match.end():].strip() or len(match.group(1).split()) > 12:
        return None, text
    return match.group(1).strip(), text[match.end():]


def parse_date(value: object) -> dt.date | None:
    """An ISO date or datetime (string, date, or time.struct_time) -> date.

    Raises ValueError with a readable message for anything else; None for empty.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    if not isinstance(value, str):
        raise ValueError(f"published {repr(value)[:200]} is not an ISO date (YYYY-MM-DD)")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10]) if re.match(r"\d{4}-\d{2}-\d{2}(?:$|[T ])", text) else dt.date.fromisoformat(text[:40])
    except ValueError:
        raise ValueError(f"published {repr(value[:200])} is not an ISO date (YYYY-MM-DD or an ISO datetime)") from None


def host_of(url: str | None) -> str | None:
    """The host name of a URL, or None for no URL or one that cannot be parsed ("http://[x")."""
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def valid_url(url: object) -> str | None:
    """``url`` when it is a string that parses as a URL, else None (a bad url is not worth an article)."""
    if not isinstance(url, str) or not url.strip():
        return None
    try:
        urlsplit(url)
    except ValueError:
        return None
    return url


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets mean the same on every platform.

    Also C1 control characters (U+0080-U+009F), which are Windows-1252
    punctuation read as Latin-1 upstream ("\x97" for an em dash), become the
    punctuation they stood for, so datelines and quotes read as intended.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _C1.search(text):
        text = _C1.sub(_cp1252, text)
    return text


_C1 = re.compile("[\x80-\x9f]")


def _cp1252(match: re.Match[str]) -> str:
    try:
        return bytes([ord(match.group())]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: undefined there too
        return " "
