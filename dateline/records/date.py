"""Which temporal expression dates an event, and the ACLED date and precision that follow.

The expression must govern the trigger's clause in the dependency parse, not
merely sit nearby: in "police busted a cell that had killed an officer in
October 2015", October 2015 dates the killing (its own relative clause), not
the arrest.  Rules, in order:

1. A DATE/TIME expression in the sentence whose clause head (nearest verb up
   the parse) is the trigger's clause head dates the event; so does one of a verb
   conjoined to it, or of a clause of the same moment under it ("exploded as the
   patrol passed on Monday", "killed when gunmen opened fire on Tuesday"), or of the
   infinitive completing it ("used tear gas to push back the crowd on Wednesday"), or of a
   clause on the event noun ("the bombing that killed 11 on Monday") or on its victims
   ("shot dead two workers building a bridge ... on Saturday").
2. Otherwise one whose clause head is an ancestor of the trigger's and that modifies
   that verb ("On Wednesday police said they had arrested ..."; not "the communique of
   11 February reports six killed", where the day is the communique's).
   "now" gives the publication date at precision 1, "recently" at precision 2.
   A deictic day inside a direct quotation ("today", "last night") counts from the
   day the attribution gives the saying ('... last night," he said on Monday').
   Two days joined as a range ("28 February - 2 March") date it as one range.
   Background (``aspect.background_cue``: past perfect, "since ...", legal
   proceedings, remembrance) takes only rule 1: the court's or the speaker's date
   is not the date of the act; an "Nth anniversary" dates it N years back.
   Undated background gets no date, and so no row.
3. Otherwise the date of the dated event just before it in the same paragraph,
   within two sentences (the narrative's time: "On 21 July the IRA set off 22
   bombs ... The bombs killed nine"), done by the component with ``carry``; else the
   date that opens its paragraph (notes and logs: "3. 12 May 2025 (Monday). ..."); in a
   later paragraph, the day of the last dated event of the past week before it (the
   story's day: "marched on Tuesday ... | In the capital, police fired tear gas").
4. Otherwise the publication date: precision 1 when the report is clearly
   current news (it mentions a day within the week up to publication, or
   "now"/"today"), else 2.  No publication date -> no date.

Durations and SETs never date an event.  Precision comes from the grain: day
1; week/weekend 2 (week: its middle day, Thursday; weekend: Saturday); a range
of days 2 (its middle day); month 3 (the 15th, or the first/last day for
"early"/"beginning"/"late"/"end"); coarser grains (quarter, season, year) are
coded 3 at the interval's middle.  ``historical`` is set when the latest day the
expression allows is more than ``HISTORICAL_DAYS`` (30) days before publication,
and for background more than ``CURRENT_WINDOW_DAYS`` (7).

This module chooses the date (``date_event``): the candidates, the distances that need another
event's date ("three days after the bombing"), the day a quotation was said.  The parse tests of
rules 1 and 2 are in ``date_governing.py``, rules 3 and 4 (``carry``, ``headline_date``) in
``date_fallbacks.py``, the counting of distances and anniversaries in ``date_offsets.py``, and what
one expression gives (``from_timex``) in ``date_expressions.py``.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from dateline.events.background import SEQUEL_VERBS
from dateline.events.ontology import VIOLENT_EVENT_TYPES
from dateline.nlp import quotation
from dateline.records.aspect import background_cue, vocabulary
from dateline.records.clause import Clause, clause_head, clause_of, token_at
from dateline.records.context import Context
from dateline.records.date_expressions import (CURRENT_WINDOW_DAYS, HISTORICAL_DAYS, _current_news, _names_a_thing,
                                               _over_range, from_timex, retrospective)
from dateline.records.date_fallbacks import _day_heading_date, _paragraph_date
from dateline.records.date_governing import _adverbial, _antecedent_event_day, _governing
from dateline.records.date_offsets import (_anniversary_years, _before_the_distance, _calendar_day, _commemorating,
                                           _distances, _duration, _elapsed_months, _months_back, _remembered, _shifted,
                                           _year_back)
from dateline.records.layout import SOURCE_LINE, heading_line
from dateline.types import EventDate, EventMention, Timex


def _across_semicolon(text: str, t: Timex, mention: EventMention) -> bool:
    """A semicolon stands between the event and a day told after it: a clause of its own, whatever the parser hung
    under which ("the army said it had retaken X; the town had been empty since a raid in January").  A day told
    before the semicolon carries on into what follows ("marched on Saturday night; police fired tear gas")."""
    return t.start >= mention.end and ";" in text[mention.end:t.start]


def _offset_from(ctx: Context, clause: Clause, candidates: list[Timex], depth: int) -> EventDate | None:
    """A day told as a distance from another: "arrested two men on Monday, three days after the bombing"
    dates the bombing three days before Monday; "died in a gunfight three days after the bombing" dates
    the gunfight three days after the bombing's own day (its mention's, or a day inside the phrase).
    Day, week and month distances; precision 1 for days from a day, 3 for a month or more, else 2."""
    trigger = clause.trigger
    if depth > 1:
        return None
    # the trigger itself is what the distance runs from: its day is the clause's above it, less the distance
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "before") and (days := _duration(trigger.head)):
        # (a day written right after the event noun, before any verb, is the event's own, however it was parsed:
        # "two weeks after a missile attack on Sumy on Palm Sunday, 13 April, killed 35": no distance to count)
        verb_after = next((t.idx for t in trigger.doc[trigger.i + 1: trigger.sent.end] if t.pos_ in ("VERB", "AUX")),
                          trigger.sent.end_char)
        if any(trigger.idx < t.start < verb_after for t in candidates):
            return None
        outer = [t for t in candidates if (r := token_at(ctx.doc, t.start, t.end)) is not None
                 and not any(a.i == trigger.head.i for a in r.ancestors) and r.i != trigger.head.i]
        anchor = next((d for t in outer if (d := from_timex(t, ctx.published)) is not None and d.date), None)
        if anchor is None and ctx.published is not None:
            anchor = EventDate(date=ctx.published, precision=1, basis="publication")
        sign = -1 if trigger.head.lower_ == "after" else 1
        return _shifted(ctx, anchor, sign * days) if anchor is not None else None
    # the trigger's clause is the "after" clause of a sequel: "the attack came a week after gunmen ambushed a patrol"
    # (the trigger its verb, or a noun of it: "... after a suicide bomber killed five")
    verb = trigger if trigger.dep_ == "advcl" or trigger.pos_ == "VERB" else clause.head
    marks = [m for m in verb.children if m.dep_ == "mark" and m.lower_ in ("after", "before")]
    if not marks and verb.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in verb.children):
        # "... came a day after three officers were killed when their vehicle ran over a device": the "when" clause
        # tells the moment of the killing, which the distance dates
        up = verb.head
        if up.dep_ == "advcl" and (up_marks := [m for m in up.children if m.dep_ == "mark" and m.lower_ in ("after", "before")]):
            verb, marks = up, up_marks
    own_day = any((r := token_at(ctx.doc, t.start, t.end)) is not None and any(a.i == verb.i for a in [r, *r.ancestors])
                  for t in candidates)  # "comes months after a bomber struck on 30 January": its own day
    if verb.dep_ == "advcl" and marks and verb.head.lemma_.lower() in SEQUEL_VERBS and not own_day \
            and (days := _duration(verb) or next((d for m in marks if (d := _duration(m))), None)
                 or _duration(verb.head)):  # "comes a month after ...": the distance hangs on "comes"
        told = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        anchor = (_noun_day(ctx, told) or _told_before(ctx, told, depth)) if told is not None else None
        if anchor is None and told is not None and told.pos_ == "NOUN" and verb.head.tag_ == "VBD":
            # "MPs yesterday pressed the Treasury ... | The debate came a day after ...": the day told just before
            anchor = _day_told_before(ctx, told.sent.start_char)
        if anchor is None and verb.head.tag_ in ("VBZ", "VBP") and ctx.published is not None:
            # "the violence comes a month after the gang killed 100 people in X": counted back from the news
            anchor = EventDate(date=ctx.published, precision=2, basis="publication")
        if anchor is None:
            return EventDate(historical=True, background="relative")
        after = any(m.lower_ == "after" for m in verb.children if m.dep_ == "mark")
        return _shifted(ctx, anchor, -days if after else days)
    if verb.dep_ in ("advcl", "ROOT") and marks and (told := _before_the_distance(ctx, verb, marks, candidates)) is not None:
        return told  # "ended in a walkout on Thursday, a day after a grenade was thrown at a police station"
    # the trigger's clause is told that far from another event: "... after a gunfight three days after the bombing"
    if _calendar_day(ctx, clause, candidates):
        return None  # unless it names its own calendar day: "on 12 May, two days after the raid, ..."
    up = [trigger]
    while up[-1].i != clause.head.i and up[-1].head.i != up[-1].i:
        up.append(up[-1].head)  # the trigger and the words above it in its own clause
    # (a fronted "three days after the shooting" may be hung on the subject, in a line opened by a place label)
    fronted = [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.head.i]
    # ("A day after the attack, the command said it had carried out an airstrike": a distance opening the saying
    # counts for what was said, as the day it was said by)
    saying = clause.head.head if clause.head.dep_ == "ccomp" and clause.head.head.lemma_.lower() in vocabulary().reporting_verbs \
        else None
    for prep, days in _distances(up + fronted + ([saying] if saying is not None else []), trigger):
        if days is None or saying is not None and prep.head.i in (saying.i, *(c.i for c in saying.children)) \
                and prep.i > saying.i:
            continue
        if any(t.start <= prep.idx < t.end for t in candidates):
            continue  # a distance inside a time expression, which counted it already ("the day before yesterday")
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is None:
            return None
        inner = [t for t in candidates if (r := token_at(ctx.doc, t.start, t.end)) is not None
                 and (r.i == obj.i or any(a.i == prep.i for a in r.ancestors))]
        anchor = next((d for t in inner if (d := from_timex(t, ctx.published)) is not None and d.date), None)
        if anchor is None:
            other = next((m for m in ctx.mentions or () if (t := token_at(ctx.doc, m.start, m.end)) is not None
                          and t.i == obj.i), None)
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
            # (a definite noun read as a mention dated only by this very distance is no anchor of its own)
            anchor = date_event(ctx, other, depth + 1) if other is not None and not (definite and other.kind == "reference") else None
            if (anchor is None or anchor.basis != "expression") and definite:
                # "... died in a gunfight three days after the bombing": "the bombing" is the violent event
                # told last before it with a day of its own (also when the noun, "the Rueso blast", was read as a
                # mention with no day of its own); with none, not the report's day either
                anchor = _told_before(ctx, obj, depth)
                if anchor is None and other is None:
                    return EventDate(historical=True, background="relative")
        if anchor is None or anchor.date is None or anchor.basis == "publication":
            return None
        sign = 1 if prep.lower_ == "after" else -1
        return _shifted(ctx, anchor, sign * days)
    return None


# "A day later", "two days later", "a week later": a distance from the event told before, not from the last day
# any sentence named (often the day a figure was given: "the ministry said on Tuesday ... A day later, ...").
_LATER = re.compile(r"^(?P<n>a|an|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)\s+later$", re.IGNORECASE)
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _later_from_last_event(ctx: Context, t: Timex, clause: Clause, depth: int) -> EventDate | None:
    """The day "N days later" stands for, counted from the last violent event told with a day of its own."""
    m = _LATER.match(t.text.strip())
    if m is None or depth > 0:
        return None
    n = int(m["n"]) if m["n"].isdigit() else _COUNT_WORDS[m["n"].lower()]
    anchor = _told_before(ctx, clause.trigger, depth)
    if anchor is None or anchor.date is None or anchor.precision != 1:
        return None
    return _shifted(ctx, anchor, n * (7 if m["unit"].lower().startswith("week") else 1))


_SAME_DAY = re.compile(r"\b(?:the\s+same\s+(?:day|night|evening|morning|afternoon)|that\s+same\s+day)\b", re.IGNORECASE)


def _same_day(ctx: Context, mention: EventMention, depth: int) -> EventDate | None:
    """"On the same day, ..." with no day of its own, in the event's sentence or before it in its paragraph ("On the same
    day, students walked to the city hall. They presented a petition and dispersed"): the day of the nearest event
    told before with one."""
    para = ctx.text.rfind("\n", 0, mention.sentence_start) + 1
    said = _SAME_DAY.search(ctx.text, para, mention.sentence_end)
    if depth > 0 or said is None:
        return None
    own = said.start() >= mention.sentence_start  # (said in a sentence before it, the day carries on as the story's)
    found = _last_dated(ctx, min(mention.sentence_start, said.start()), depth, days_only=True)
    if found is None:
        return None
    return found.model_copy(update={"timex": None} if own else {"timex": None, "basis": "narrative"})


def _noun_day(ctx: Context, noun: Token) -> EventDate | None:
    """The day the text gave the thing a sequel's subject names, in the last sentence before that names it with a day
    ("lawmakers on Wednesday held a heated debate ... | The debate came a day after a bomber struck": Wednesday)."""
    if noun.pos_ != "NOUN":
        return None
    for sent in reversed([s for s in ctx.doc.sents if s.end <= noun.sent.start]):
        if not any(t.lemma_ == noun.lemma_ for t in sent):
            continue
        days = [t for t in ctx.timexes if sent.start_char <= t.start and t.end <= sent.end_char and t.type == "DATE"
                and t.granularity == "day" and t.date_start is not None]
        if days:  # (a sentence that names it with no day, "Opening the debate, ...", tells no day of it)
            return from_timex(days[0], ctx.published)
    return None


def _day_told_before(ctx: Context, before: int) -> EventDate | None:
    """The last day the two sentences before ``before`` name, if any."""
    sents = [s for s in ctx.doc.sents if s.end_char <= before][-2:]
    if not sents:
        return None
    days = [t for t in ctx.timexes if sents[0].start_char <= t.start and t.end <= before and t.type == "DATE"
            and t.granularity == "day" and t.date_start is not None]
    return from_timex(days[-1], ctx.published) if days else None


def _told_before(ctx: Context, noun: Token, depth: int) -> EventDate | None:
    """The day of the violent event told last, in a sentence before ``noun``'s, with a day of its own; when the
    noun is named by a place or a number ("the Camp 15 shooting", "the Kunduz bombing"), of the last one whose
    sentence names it too."""
    before = noun.sent.start_char
    names = [c.text for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i
             and (c.pos_ == "PROPN" or c.like_num or any(g.like_num for g in c.children))]
    named = _last_dated(ctx, before, depth, violent_only=True, naming=" ".join(names)) if names else None
    return named or _last_dated(ctx, before, depth, violent_only=True)


def _last_dated(ctx: Context, before: int, depth: int, violent_only: bool = False,
                days_only: bool = False, naming: str | None = None) -> EventDate | None:
    """The date of the event told last in the sentences ending by ``before`` that has a day of its own (violent ones
    only, days only, or only those whose sentence holds the words ``naming``, when asked)."""
    found = None
    for m in ctx.mentions or ():
        if m.sentence_end > before:
            break
        if naming is not None and not _names_all(ctx.text[m.sentence_start:m.sentence_end], naming):
            continue
        if (not violent_only or m.event_type in VIOLENT_EVENT_TYPES) \
                and (d := _headed(ctx, m, date_event(ctx, m, depth + 1))).basis == "expression" \
                and (not days_only or d.precision == 1):
            found = d
    return found


def _headed(ctx: Context, m: EventMention, d: EventDate) -> EventDate:
    """The day a paragraph's heading or label gives an event its own sentence does not date ("Tuesday 6 June - Kandahar
    city. The GDI said its forces killed two ..."), as that event's own expression; else ``d``."""
    if d.basis != "publication":
        return d
    heading = _paragraph_date(ctx, m, ctx.text.rfind("\n", 0, m.sentence_start) + 1) or _day_heading_date(ctx, m)
    return heading.model_copy(update={"basis": "expression"}) if heading is not None and heading.date is not None else d


def _names_all(sentence: str, naming: str) -> bool:
    words = sentence.lower().split()
    return all(any(w.strip(".,;:()") == n.lower() for w in words) for n in naming.split())


HEADER_LINE_CHARS = 40


def _other_line(text: str, t: Timex, mention: EventMention) -> bool:
    """The expression and the trigger are parted by a blank line, or the expression sits on a short
    line of its own (a press release's date line, a header): no clause joins them, whatever the parse
    says.  A long line broken at a fixed width is still one sentence."""
    between = text[min(t.end, mention.start):max(t.start, mention.end)]
    if "\n" not in between:
        return False
    if "\n\n" in between:
        return True
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = text.find("\n", t.end)
    return (len(text) if line_end < 0 else line_end) - line_start < HEADER_LINE_CHARS


# Words that count from the speaker's "now": in a quotation they count from the day the words were
# said, which the attribution may date ('"They shelled us last night," the mayor said on Monday').
_DEICTIC = re.compile(r"\b(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night)\b",
                      re.IGNORECASE)
def _speech_day(ctx: Context, quote: tuple[int, int]) -> dt.date | None:
    """The day the quoted words were said: a day expression outside the quotation, in the sentences
    around it, that dates a verb of saying ('the mayor said on Monday: "..."', '"...," he told
    reporters on Monday').  None when the attribution names no day."""
    doc = ctx.doc
    first = doc.char_span(quote[0], quote[0] + 1, alignment_mode="expand")
    last = doc.char_span(max(quote[0], quote[1] - 1), max(quote[0] + 1, quote[1]), alignment_mode="expand")
    if first is None or last is None or not doc.has_annotation("DEP"):
        return None
    lo, hi = first[0].sent.start_char, last[-1].sent.end_char
    for t in ctx.timexes:
        if not (lo <= t.start and t.end <= hi) or quote[0] <= t.start < quote[1] or t.precision != 1 \
                or t.date_start is None or _DEICTIC.search(t.text):
            continue
        root = token_at(doc, t.start, t.end)
        if root is not None and clause_head(root).lemma_.lower() in vocabulary().reporting_verbs and _adverbial(root):
            return t.date_start
    return None


def _said_then(ctx: Context, dated: EventDate) -> EventDate:
    """A deictic day ("today", "last night") inside a quotation counts from the day the words were
    said, when the attribution dates them; the tagger counted it from the publication day."""
    t, published = dated.timex, ctx.published
    if t is None or published is None or dated.date is None or not _DEICTIC.search(t.text):
        return dated
    if any(0 <= o.start - t.end <= _RESTATED_GAP and o.date_start == dated.date and o.precision == 1 and re.search(r"\d", o.text)
           for o in ctx.timexes):
        return dated  # "yesterday, Tuesday 25th June 2024": the calendar day written beside it says which day it is
    quote = quotation(ctx.text, t.start)
    said = _speech_day(ctx, quote) if quote is not None else None
    if said is None:
        said = _heading_day(ctx, t.start)  # a statement or update headed by its own day
    if said is None or said == published:
        return dated
    shifted = dated.date + (said - published)
    historical = (published - shifted).days > HISTORICAL_DAYS
    return dated.model_copy(update={"date": shifted, "historical": historical or dated.historical})


_RESTATED_GAP = 3  # ", " or " (" between a deictic day and the calendar day that restates it


_HEADING_LABEL_WORDS = 8  # a short line in a heading block, whatever it ends with ("STATEMENT (District Police)")


def _heading_day(ctx: Context, at: int) -> dt.date | None:
    """The day written in the nearest heading line above ``at`` ("STATEMENT OF THE SPOKESPERSON,
    Sunday 12 January 2025", "UPDATE - 3 May 2024", a post's "Name (@handle) - 5 Oct 2025" over its
    text): the "today" of what follows it, in a compilation of statements, a live blog or a thread.
    A heading stands alone as a paragraph or opens one on a line of its own; not the headline (the
    report's first line)."""
    text = ctx.text
    start = text.rfind("\n\n", 0, at)
    start = start + 2 if start >= 0 else 0
    while True:
        para_end = text.find("\n\n", start)
        para_end = len(text) if para_end < 0 or para_end > at else para_end
        line_start = start
        while start > 0 and line_start < para_end:  # a heading's lines one under another ("STATEMENT (X Police)\nDated: ...")
            line_end = text.find("\n", line_start, para_end)
            line_end = para_end if line_end < 0 else line_end
            line = text[line_start:line_end]
            if line_end >= at or not (heading_line(line) or len(line.split()) <= _HEADING_LABEL_WORDS):
                break
            days = [t for t in ctx.timexes if line_start <= t.start < line_end and t.precision == 1
                    and t.date_start is not None and re.search(r"\d", t.text)]
            if days:
                return days[-1].date_start
            line_start = line_end + 1
        if start <= 0:
            return None
        before = text.rfind("\n\n", 0, start - 2)
        start = before + 2 if before >= 0 else 0


def date_event(ctx: Context, mention: EventMention, _depth: int = 0) -> EventDate:
    """The date of the event mention, from its own clause (see the module's rules 1, 2 and 4)."""
    published = ctx.published
    clause = clause_of(ctx.doc, mention.start, mention.end) if ctx.doc.has_annotation("DEP") else None
    background = background_cue(clause) if clause is not None else None
    cue = background.cue if background is not None else None
    candidates = [
        t for t in ctx.timexes
        if mention.sentence_start <= t.start and t.end <= mention.sentence_end and t.type in ("DATE", "TIME")
        and (t.date_start is not None or t.value in ("PRESENT_REF", "PAST_REF"))
        and not _other_line(ctx.text, t, mention)
        and (not _names_a_thing(ctx, t) or clause is not None and (day := token_at(ctx.doc, t.start, t.end)) is not None
             and _antecedent_event_day(clause.head, day))  # ("the ambush of 25 December ..., in which 14 were killed")
        and not _STATUS_AS_OF.search(ctx.text, max(0, t.start - 12), t.start) and not _undone_by(ctx, t)
        and not SOURCE_LINE.match(ctx.text, ctx.text.rfind("\n", 0, t.start) + 1)  # "Sources: X (29 Oct)": when it was told
        and not _across_semicolon(ctx.text, t, mention)
    ]
    if clause is not None and (offset := _offset_from(ctx, clause, candidates, _depth)) is not None:
        return offset  # "three days after the bombing", "a week before the vote"
    chosen = _governing(ctx, candidates, mention, clause, background.scope if background else None)
    if chosen is not None and clause is not None and (later := _later_from_last_event(ctx, chosen, clause, _depth)):
        return later  # "A day later, an air strike hit ...": a day after the event just told, not after a saying
    if chosen is not None:
        dated = from_timex(chosen, published)
        if dated is not None:
            dated = _over_range(ctx, _said_then(ctx, dated))
            if cue is not None:
                recent = published is not None and dated.timex is not None and dated.timex.date_end is not None \
                    and (published - dated.timex.date_end).days <= CURRENT_WINDOW_DAYS
                dated.historical, dated.background = not recent, cue
            return dated
    if cue is None and (same := _same_day(ctx, mention, _depth)) is not None:
        return same  # "On the same day, students marched ...": the day of the event just told
    if clause is not None and published is not None and (months := _elapsed_months(clause)) is not None:
        # "ten years after the Garissa attack, survivors gathered": the event lies that long before the report
        return EventDate(date=_months_back(published, months), precision=3, historical=True, basis="anniversary",
                         background=cue or "elapsed")
    if cue is None and published is not None and _remembered(ctx, mention) is not None \
            and not (clause is not None and _commemorating(clause.trigger)):
        # "Ten years on, Garissa remembers students killed in university attack": a commemoration by its
        # words, whatever the parse made of them
        cue = "remembrance"
    if cue is not None:
        years = ((_anniversary_years(clause) if clause is not None else None) or _remembered(ctx, mention)) \
            if cue == "remembrance" else None
        if years and published is not None:
            return EventDate(date=_year_back(published, years), precision=2, historical=True, basis="anniversary",
                             background=cue)
        return EventDate(historical=True, background=cue)  # undated background: no row
    if published is None:
        return EventDate()
    if retrospective(ctx, published):  # the publication day is not the date of what it looks back on
        return EventDate(historical=True, background="retrospective")
    return EventDate(date=published, precision=1 if _current_news(ctx, published) else 2, basis="publication")


# "still missing as of 30 Oct", "figures as at Monday": the day a state of things was checked, no act's day.
_STATUS_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _undone_by(ctx: Context, t: Timex) -> bool:
    """A limit by which something had not yet been done: "bodies had not been recovered by Wednesday night", "no
    one had claimed it until Friday".  The day a state of things was checked, no act's day."""
    root = token_at(ctx.doc, t.start, t.end)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("by", "until", "till"):
        return False
    verb = root.head.head
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" or c.lower_ in ("yet", "still") for c in verb.children)
