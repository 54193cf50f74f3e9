"""Where a report's parts are: its head (title, subtitle, byline), a summary's points, the headings of
its sections and its closing navigation.  Each part is read differently: a heading sums up the text
under it, and the links at the end report nothing."""

from __future__ import annotations

import functools
import re

from dateline.nlp import LOG_LABEL
from dateline.times.lexicon import vocab

# A page's closing navigation: a wiki heading ("==See also==") or a line that is only the heading.
_NAVIGATION = re.compile(r"==+\s*(?:see also|references|external links|further reading|notes)\s*==+"
                         r"|^[ \t]*(?:see also|references|external links|further reading|related (?:articles|stories|coverage))"
                         r"[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)


def navigation_start(text: str) -> int:
    """Where a page's closing navigation starts ("See also", "References", "External links"), or the
    text's end: what follows lists other pages and past events by title, and reports nothing."""
    m = _NAVIGATION.search(text)
    return m.start() if m else len(text)


# A summary's heading on a line of its own: "HIGHLIGHTS", "Key points:", "KEY DEVELOPMENTS".
_SUMMARY_HEADING = re.compile(r"^[ \t]*(?:highlights|key (?:points|messages|developments|facts|figures)|at a glance|in brief"
                              r"|main points|summary)[ \t]*:?[ \t]*\n", re.IGNORECASE | re.MULTILINE)
SUMMARY_CHARS = 1500  # a summary's heading sits under the title, before the report proper
# A point of a list: a bullet or a number opening the line.
_POINT = re.compile(r"[ \t]*(?:[-*•–—▪·]|\d{1,2}[.)/])[ \t]+\S")  # ("4/ ..." numbers a thread's post)


def head_block_end(text: str) -> int:
    """Where the first paragraph that ends as a sentence does starts (the lines above it are a report's
    head: a title, a subtitle, a byline, a release's letterhead), else 0: what those lines tell, the
    body tells with its days and places."""
    at = 0
    for para in text[:SUMMARY_CHARS].split("\n\n"):
        body = _SOCIAL_TAIL.sub("", para.strip())  # "... were injured. #Hashtag": a post's tags close no title
        if body and body.endswith(_SENTENCE_END) and len(body.split()) > HEAD_LINE_WORDS:
            return at
        at += len(para) + 2
    return 0


# Hashtags, handles, links and emoji (a thread's spool, a pointing hand) a post ends with, after its last sentence.
_SOCIAL_TAIL = re.compile(r"(?:\s+(?:#\w+|@\w+|https?://\S+|[^\w\s.!?\"'\u201d)(\[\]]+))+$")
# A paragraph of more words than this that ends as a sentence does is the report's body ("Ends.", "Photo."
# may close a head line).
HEAD_LINE_WORDS = 3
_SENTENCE_END = (".", "!", "?", '"', "\u201d", "'", ")")


# A paragraph the same words open as a label ("Summary: three incidents were recorded this week ..."), a
# paragraph of its own (not a field of a log entry: "Sources: ... | Summary: gunmen abducted two drivers").
_SUMMARY_LABEL = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*(?:highlights|at a glance|in brief|overview|summary)[ \t]*:[ \t]*(?=\S)",
                            re.IGNORECASE)


def summary_block(text: str) -> tuple[int, int]:
    """(start, end) of the list of points under a summary's heading near the report's top, or of a
    paragraph opened by a summary's label, or (0, 0): the points sum up events the report's sections
    tell with their days and places."""
    m = _SUMMARY_HEADING.search(text, 0, SUMMARY_CHARS)
    if m is None:
        label = _SUMMARY_LABEL.search(text, 0, SUMMARY_CHARS)
        if label is None:
            return 0, 0
        end = text.find("\n\n", label.end())
        return label.end(), len(text) if end < 0 else end
    end = at = m.end()
    for line in text[at:].split("\n"):
        if _POINT.match(line):
            end = at + len(line)
        elif line.strip():
            break
        at += len(line) + 1
    return m.end(), end


# A heading line: short, standing alone as a paragraph or opening one, not ending as a sentence does.
HEADING_MAX_WORDS = 20


def heading_line(line: str) -> bool:
    """A line that reads as a heading: "UPDATE - 3 May 2024", "09:30 GMT - Car bomb in the market", a log
    entry's label ("[3] 28 Oct 2023 (Sat) | Dhaka | Kakrail crossing (Ramna area)")."""
    line = line.strip()
    if LOG_LABEL.match(line) and len(line.split()) <= LOG_LABEL_MAX_WORDS and not line.endswith((".", "!", "?")):
        return True
    return bool(line) and len(line.split()) <= HEADING_MAX_WORDS and not line.endswith(_SENTENCE_END) \
        and _POINT.match(line) is None


LOG_LABEL_MAX_WORDS = 30
# A line naming a log entry's sources, between its label and its text.
SOURCE_LINE = re.compile(r"[ \t]*(?:sources?|src|refs?)\s*:", re.IGNORECASE)


def entry_label_above(text: str, at: int, lines: int = 4) -> int:
    """The start of the log entry label on the line at ``at`` or one of the ``lines`` lines above it, in
    the same block (no blank line between), or -1: entries logged one under another with no blank line
    between them each start at their label."""
    start = text.rfind("\n", 0, at) + 1
    for _ in range(lines + 1):
        line_end = text.find("\n", start)
        line = text[start:line_end if line_end >= 0 else len(text)]
        if not line.strip():
            return -1
        if LOG_LABEL.match(line):
            return start
        if start == 0:
            return -1
        start = text.rfind("\n", 0, start - 1) + 1
    return -1


# A form's date field ("Event date: 14/02/2022 (Monday)", "Date of incident: 3 May", "Date: 12 March 2024"):
# the day an incident note or a report form is about.
DATE_FIELD = re.compile(r"^[ \t]*(?:(?:event|incident|attack)\s+)?date(?:\s+of\s+(?:the\s+)?(?:event|incident|attack))?"
                        r"(?:\s*\([^()\n]{0,30}\))?[ \t]*:", re.IGNORECASE | re.MULTILINE)


# A live blog's entry heading opens with the time it was posted ("09:30 GMT - ...", "14.05 BST", "3:15 p.m. -").
CLOCK_HEADING = re.compile(r"\d{1,2}[:.]\d{2}\b(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*[-–—:|]?\s+\S")


# A heading that is a day and nothing else ("Wednesday 11 June", "March 4, 2025"): a day-by-day update's entry
# (month and weekday names from the times stage's vocabulary).
DAY_HEADING = re.compile(rf"(?:{vocab().weekday_re},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{vocab().month_re}"
                         rf"|{vocab().month_re}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?", re.IGNORECASE)


# What may frame a heading line: "--- MONDAY 3 JULY ---", "== 4 March ==", "*Tuesday 5 March*".
_HEADING_FRAME = "-=*#_\u2013\u2014 \t|"
_LINE = re.compile(r"[^\n]+")


def day_heading_above(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the nearest line above ``at``'s paragraph that is a day and nothing else, framed by dashes or
    stars or in capitals ("--- MONDAY 3 JULY ---", "TUESDAY 4 JULY"): a live blog's or a log's divider over that day's
    entries.  Not a line of the report's head (a statement's own date over its text)."""
    line_start = max(0, text.rfind("\n", 0, at))
    return next((span for span in reversed(_day_dividers(text)) if span[1] <= line_start), None)


@functools.lru_cache(maxsize=8)
def _day_dividers(text: str) -> tuple[tuple[int, int], ...]:
    """The day dividers of the text (``day_heading_above``), found once per text: every undated mention asks."""
    out = []
    for m in _LINE.finditer(text, head_block_end(text)):
        body = m.group().strip(_HEADING_FRAME)
        framed = body != m.group().strip() or body.isupper()  # ("Monday 3 March" alone may be a report's date line)
        if body and framed and DAY_HEADING.fullmatch(body):
            start = m.start() + m.group().index(body)
            out.append((start, start + len(body)))
    return tuple(out)


def in_point(text: str, at: int) -> bool:
    """The line holding ``at`` is a point of a list ("- On 14 November, police ...", "3) ..."): an item of its own."""
    return _POINT.match(text, text.rfind("\n", 0, at) + 1) is not None


def entry_start(text: str, at: int) -> int:
    """Where the live blog's or the log's entry holding ``at`` starts (its timed heading, its numbered
    label, a heading that is a day), or 0: each entry is a story of its own, and one does not place, date
    or carry on what another tells.  (A report's other sections, "SITUATION OVERVIEW", "Context", go on
    with one story.)"""
    return max((a for a in _entry_starts(text) if a <= at), default=0)


def timed_paragraph_start(text: str, at: int) -> int:
    """The start of the paragraph holding ``at`` when it opens with a clock time ("08:40 - Rockets hit ..."), a
    live blog's entry written inline, else 0.  Such an entry tells the blog's day unless it dates itself: the
    day an earlier entry's event took place does not carry into it."""
    para = text.rfind("\n", 0, at) + 1
    return para if CLOCK_HEADING.match(text, para) else 0


@functools.lru_cache(maxsize=8)
def _entry_starts(text: str) -> tuple[int, ...]:
    """The starts of the text's entries (``entry_start``), found once per text: every mention asks."""
    return tuple(a for a, b, _ in _sections(text) if CLOCK_HEADING.match(text, a) or LOG_LABEL.match(text, a)
                 or DAY_HEADING.fullmatch(text[a:b].strip(_HEADING_FRAME)))


def with_heading(text: str, start: int) -> int:
    """The start of the section heading on the line just above a paragraph starting at ``start``, else
    ``start``: a heading ("LOWER SHABELLE", "10:15 - Bridge clashes") reads with the paragraph under it."""
    return next((a for a, b, _ in _sections(text) if b < start and _same_block(text, b, start)), start)


def _same_block(text: str, b: int, start: int) -> bool:
    """The heading ending at ``b`` is over the line at ``start``: on the line just above, or opening the
    same block a line or two further up ("#2 | 5 Mar | Konduga" / "Source: ..." / the entry's text)."""
    between = text[b:start]
    return 1 <= between.count("\n") <= 3 and "\n\n" not in between.replace(" ", "") \
        and (between.count("\n") == 1 or start == text.rfind("\n", 0, start) + 1)


@functools.lru_cache(maxsize=8)
def _sections(text: str) -> tuple[tuple[int, int, int], ...]:
    return tuple(section_heads(text))


def section_heads(text: str, start: int = 0) -> list[tuple[int, int, int]]:
    """(heading start, heading end, section end) of each heading after ``start`` that opens a
    section told in sentences ("10:45 GMT - Clashes at the bridge" over the entry's paragraph, a
    situation report's "Attack on a convoy"): the heading names the event the section tells."""
    found: list[tuple[int, int]] = []
    paras = []
    for m in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", text):
        # entries logged one under another with no blank line between: each label or timed heading opens a block
        para = m.group()
        cuts = [m.start()] + [m.start() + x.start() + 1 for x in re.finditer(r"\n", para)
                              if LOG_LABEL.match(para, x.start() + 1) or CLOCK_HEADING.match(para, x.start() + 1)]
        paras += [(a, (cuts[k + 1] - 1) if k + 1 < len(cuts) else m.end()) for k, a in enumerate(cuts)]
    for k, (p_start, p_end) in enumerate(paras):
        if p_start < start:
            continue
        line_end = text.find("\n", p_start, p_end)
        line_end = p_end if line_end < 0 else line_end
        line = text[p_start:line_end].strip()
        # a numbered section's title over its own text ("1. Intan Jaya - civilian killed\nOn Sunday, ..."), unlike a
        # list of points, each a line of its own
        numbered = _NUMBERED.match(line) is not None and line_end < p_end and heading_line(_NUMBERED.sub("", line)) \
            and _POINT.match(text, line_end + 1) is None
        if not (heading_line(line) or numbered) or line.endswith(":") or _PROSE.search(line) \
                or line_end < p_end and _wrapped(text[p_start:p_end]):
            continue  # ("08:05 Good morning. A recap of Thursday:" opens a list in prose)
        rest = text[line_end:p_end].strip() if line_end < p_end else \
            (text[paras[k + 1][0]:paras[k + 1][1]].strip() if k + 1 < len(paras) else "")
        rest_lines = rest.split("\n")
        if len(rest_lines) > 1 and SOURCE_LINE.match(rest_lines[0]):
            rest_lines = rest_lines[1:]  # ("Sources: X (29 Oct), Y (28 Oct)" between a log's label and its text)
        first = rest_lines[0]
        if rest.endswith(_SENTENCE_END) and len(rest.split()) > HEAD_LINE_WORDS and not heading_line(first) \
                and _POINT.match(first) is None:
            found.append((p_start, line_end))
    return [(a, b, found[k + 1][0] if k + 1 < len(found) else len(text)) for k, (a, b) in enumerate(found)]


_NUMBERED = re.compile(r"^\d{1,2}[.)][ \t]+(?=\S)")
# A sentence ending inside a line: the line is prose, whatever its end.
_PROSE = re.compile(r"[a-z][.!?]\s+[A-Z]")
# Words a title does not end with; a line ending with one runs on into the next ("... on the\nmorning of").
_RUN_ON = frozenset({"a", "an", "the", "of", "on", "in", "at", "to", "for", "by", "from", "with", "and", "or", "but",
                     "that", "which", "who", "was", "were", "is", "are", "has", "have", "had"})


def _wrapped(para: str) -> bool:
    """The paragraph's first line is one of a text wrapped at a fixed width, not a heading over it: it
    runs on (ends with a function word, or the next line opens in lower case), or is about as long as
    the full lines after it."""
    lines = para.split("\n")
    first, second = lines[0].strip(), lines[1].strip()
    if " | " in first:
        return False  # fields set apart by bars ("#2 | 5 Mar 2024 | Konduga"): a log's entry label, no prose
    if not second or first.split()[-1].lower() in _RUN_ON or second[0].islower():
        return True
    return len(lines) > 2 and len(first) >= 0.8 * len(second)
