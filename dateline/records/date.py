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
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from dateline.counts.numbers import load_vocabulary
from dateline.events.features import trigger_types
from dateline.events.background import SEQUEL_VERBS
from dateline.events.triggers import BEFORE_MARKS
from dateline.events.ontology import VIOLENT_EVENT_TYPES, get_ontology
from dateline.nlp import doc_cache, quotation
from dateline.records.aspect import background_cue, vocabulary
from dateline.records.clause import IDENTITY_VERBS, Clause, clause_head, clause_of, occurred, token_at
from dateline.records.context import Context
from dateline.records.layout import (DATE_FIELD, SOURCE_LINE, day_heading_above, entry_label_above, entry_start, heading_line,
                                     timed_paragraph_start)
from dateline.times import calendar as cal
from dateline.types import EventDate, EventMention, Timex

HISTORICAL_DAYS = 30
CURRENT_WINDOW_DAYS = 7
_START_WORDS = re.compile(r"\b(?:early|beginning|start)\b", re.IGNORECASE)
_END_WORDS = re.compile(r"\b(?:late|end)\b", re.IGNORECASE)


def _governing(ctx: Context, candidates: list[Timex], mention: EventMention, clause: Clause | None,
               scope: Token | None = None) -> Timex | None:
    """Rules 1 and 2; with a background ``scope``, rule 1 only and inside that phrase."""
    if not candidates:
        return None
    if clause is None:
        # no parse: the nearest expression, preferring one before the trigger
        return min(candidates, key=lambda t: abs(t.start - mention.start) + (0 if t.end <= mention.start else 5))
    same: list[Timex] = []
    above: list[tuple[int, Timex]] = []
    labels: list[Timex] = []  # "- 10 Sept: ...": the day a line of a log or situation report is labelled with
    # where the sentence's other event words start: a day in one of their phrases is theirs
    other_events = {t.idx for m in ctx.mentions or () if m.start != mention.start
                    and (t := token_at(ctx.doc, m.start, m.end)) is not None}
    for t in candidates:
        root = token_at(ctx.doc, t.start, t.end)
        if root is None:
            continue
        if scope is None and _line_label(ctx.text, t):
            labels.append(t)
            continue
        depth = clause.relation(root)
        if depth is None and (_conjoined(clause.head, clause_head(root)) or _at_the_time(clause.head, clause_head(root))
                              or _complement(clause.head, clause_head(root)) or _simultaneous(clause.head, clause_head(root))
                              or _describes(clause.trigger, clause_head(root))):
            depth = 0  # "murdered two and wounded another this Saturday": the conjoined verbs share the date
        if depth is None and clause.trigger.pos_ == "NOUN" and _in_noun_phrase(root, clause.trigger):
            depth = 0  # "the killing of a villager on suspicion of being an informer in 2021": in the event noun's own phrase
        if scope is None and _antecedent_event_day(clause.head, root):
            same.append(t)  # "the ambush of 25 December near X, in which 14 policemen were killed": the ambush's day,
            continue  # though the day is that other event noun's
        if depth is None and clause.head.dep_ == "ROOT" and _fronted(ctx.text, t, mention):
            depth = 0  # "Also on Monday, armed men believed to be rebels kidnapped five": the opening day is the sentence's
        owner = _owner(root)
        if owner is not None and owner.i in _told_of(clause.trigger):
            depth = 0  # "over Saturday's attack on a church that killed four": the noun the clause tells of has the day
        if scope is not None and not (root.i == scope.i or any(a.i == scope.i for a in root.ancestors)):
            continue
        if owner is not None and owner.i != clause.trigger.i and owner.idx in other_events:
            continue  # "arrested two men over Sunday's bombing": the day is the bombing's
        if owner is None and root.dep_ == "nummod" and root.shape_ == "dddd" and root.head.pos_ in ("NOUN", "PROPN"):
            owner = root.head  # a year on a noun: "the 2020 ceasefire agreement"
        if owner is not None and owner.i != clause.trigger.i and _other_kind(owner, mention):
            continue  # "the shelling was a breach of the 2020 ceasefire agreement": the year is the agreement's
        if _remembered_day(root, clause.trigger):
            continue  # "demonstrations marking the anniversary of a 1990 uprising turned violent": 1990 is the uprising's
        if depth == 0:
            same.append(t)
        elif depth is not None and _adverbial(root):
            above.append((depth, t))
    if same:
        # a day written out ("on 30 September", "last week (21 Oct)") before a bare weekday ("after Friday prayers") or a
        # week in the same clause; else the nearest (not a year: "arrested on Sunday over killings in 1999")
        written = any(t.precision == 1 and re.search(r"\d", t.text) for t in same)
        return min(same, key=lambda t: (written and (bool(_WEEKDAY_ONLY.fullmatch(t.text.strip())) or t.granularity == "week"),
                                        abs(t.start - mention.start)))
    if labels:  # the line's label dates its events before any clause above the trigger's (often a misparse)
        return labels[0]
    if above and scope is None:
        # a day on a verb of saying dates the report ("..., police confirmed yesterday"): a day on the
        # event's own verbs further up ("were killed on Wednesday when fighting broke out") comes first
        reporting = vocabulary().reporting_verbs
        told = [(d, t) for d, t in above
                if (r := token_at(ctx.doc, t.start, t.end)) is not None and clause_head(r).lemma_.lower() not in reporting]
        return min(told or above, key=lambda p: (p[0], abs(p[1].start - mention.start)))[1]
    if scope is None:
        return _lone_day(ctx, candidates, mention, other_events)
    return None


def _antecedent_event_day(head: Token, day: Token) -> bool:
    """The trigger's clause is a relative clause opened by "in which" or "during which", and the day lies in the
    phrase of an event noun it hangs from, outside the clause: that event's day is the clause's."""
    if head.dep_ != "relcl" or not any(c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children)
                                        for c in head.children):
        return False
    inside = {t.i for t in head.subtree}
    return day.i not in inside and any(
        a.pos_ == "NOUN" and trigger_types(a) and a.left_edge.i <= day.i <= a.right_edge.i for a in head.ancestors)


# What may stand before a day that opens its sentence: "Also on Monday, ...", "Later on Tuesday, ...".
_FRONT = re.compile(r"\s*(?:(?:also|and|but|then|later|earlier|meanwhile|separately|elsewhere|late|early),?\s+)*"
                    r"(?:on|in|at|during|by|overnight|from)?\s*", re.IGNORECASE)


def _fronted(text: str, t: Timex, mention: EventMention) -> bool:
    """The day opens the event's sentence and a comma closes it ("Also on Monday, ..."): it sets the time of the
    main clause, whatever the parser hangs it from."""
    return mention.sentence_start <= t.start < mention.start and _FRONT.fullmatch(text, mention.sentence_start, t.start) is not None \
        and text[t.end : t.end + 1] == ","


# Words that put the event they govern before the act of the clause above ("began mourning on Monday
# after gunmen killed 44"): that act's day is not the event's (the events stage's ``BEFORE_MARKS``).
BEFORE_WORDS = BEFORE_MARKS


def _across_semicolon(text: str, t: Timex, mention: EventMention) -> bool:
    """A semicolon stands between the event and a day told after it: a clause of its own, whatever the parser hung
    under which ("the army said it had retaken X; the town had been empty since a raid in January").  A day told
    before the semicolon carries on into what follows ("marched on Saturday night; police fired tear gas")."""
    return t.start >= mention.end and ";" in text[mention.end:t.start]


def _came_before(trigger: Token, verb: Token) -> bool:
    """The trigger hangs from ``verb`` through an "after" clause or phrase: the event came before
    the day ``verb`` is dated by."""
    node = trigger
    while node.i != verb.i and node.head.i != node.i:
        if any(c.dep_ == "mark" and c.lower_ in BEFORE_WORDS for c in node.children) \
                or (node.dep_ == "prep" and node.lower_ in BEFORE_WORDS):
            return True
        node = node.head
    return False


def _lone_day(ctx: Context, candidates: list[Timex], mention: EventMention, other_events: set[int]) -> Timex | None:
    """The sentence's one day expression when the parse links it to no verb of the event (the small
    parser misreads long sentences: "fighters killed 11 farmers working in fields ... on Sunday,
    residents said" with "farmers" the subject of "said"): the sentence tells one event and that day
    dates no verb of saying, so it is the event's."""
    if any(mention.sentence_start <= i < mention.sentence_end for i in other_events):
        return None
    # a date that says which thing a noun is ("a 1990 uprising", "the 2019 election") is no day of the sentence's
    # (but a day told "on" is a day, however the parser hung it: "on 14/01/2024 operatives swooped", read as a count)
    candidates = [t for t in candidates if (r := token_at(ctx.doc, t.start, t.end)) is None
                  or not (r.dep_ in ("compound", "nmod", "amod", "nummod") and r.head.pos_ == "NOUN")
                  or t.granularity == "day" and ctx.text[max(0, t.start - 3):t.start].lower() == "on "]
    reporting = vocabulary().reporting_verbs
    # not a day inside a relative clause ("a cell that, officials said, had killed an officer in October
    # 2015"): it dates that clause's act; but a clause that only says who people are ("two men they accused
    # of being lookouts on Sunday") dates nothing, and the day is the sentence's
    # (a relative clause that holds the event itself is no other act's: "fighters who planted mines on a track used by
    # rangers in February 2022")
    trigger = token_at(ctx.doc, mention.start, mention.end)
    days = [t for t in candidates if t.type in ("DATE", "TIME") and (root := token_at(ctx.doc, t.start, t.end)) is not None
            and ((head := clause_head(root)).lemma_.lower() not in reporting or _naming(head))
            and not any(a.dep_ == "relcl" and (a.lemma_.lower() not in IDENTITY_VERBS or a.lemma_.lower() in reporting)
                        and not (trigger is not None and (a.i == trigger.i or a.is_ancestor(trigger)))
                        and not occurred(a) for a in (head, *head.ancestors))]  # ("the exchange that occurred on Monday")
    # ("on Monday 06/05/2024": a weekday and its date, read as two expressions of one day, are one)
    return days[0] if days and len({t.value for t in days}) == 1 and len({t.value for t in candidates}) == 1 else None


def _naming(verb: Token) -> bool:
    """A participle that only names a thing ("mortars known as tatucos"), no verb of knowing or saying."""
    return verb.dep_ == "acl" and verb.lemma_.lower() == "know" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


SAME_TIME = frozenset({"as", "when", "while"})


# Nouns of time a date may hang from and still date a verb: "on the morning of 9 May", "the night
# of 3 June", "the end of March".
_TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "day", "dawn", "dusk", "week", "weekend",
                         "hour", "eve", "midnight", "noon", "time", "period", "start", "end", "beginning", "middle",
                         "course", "date", "early", "hours"})


def _owner(root: Token) -> Token | None:
    """The noun a date belongs to when it is part of a noun phrase that names something else:
    "Sunday's bombing", "the Monday attack", "the communique of 11 February"; None for a date of a
    verb, also through a noun of time ("on the morning of 9 May")."""
    head = root.head
    owner = None
    if root.dep_ in ("poss", "compound", "nmod") and head.pos_ in ("NOUN", "PROPN") and head.i != root.i:
        owner = head
    elif head.dep_ == "prep" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        owner = head.head
    return None if owner is None or owner.lemma_.lower() in _TIME_NOUNS else owner


def _other_kind(noun: Token, mention: EventMention) -> bool:
    """The noun names an event of another type than the mention's ("ceasefire agreement" beside a shelling)."""

    types = set().union(*(trigger_types(w) for w in (noun, *(c for c in noun.children if c.dep_ == "compound"))))
    return bool(types) and mention.event_type not in types


def _told_of(trigger: Token) -> set[int]:
    """The nouns a relative or participle clause tells of: its antecedent and the nouns that hold it as the
    object of a preposition ("Saturday's attack on a church that killed four" tells of the church and the attack)."""
    if trigger.dep_ not in ("relcl", "acl"):
        return set()
    nouns, noun = set(), trigger.head
    while noun.pos_ in ("NOUN", "PROPN"):
        nouns.add(noun.i)
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            break
        noun = noun.head.head
    return nouns


def _remembered_day(root: Token, trigger: Token) -> bool:
    """The date lies under a word of remembrance that does not govern the trigger ("the anniversary of a
    1990 uprising", "commemorating the victims of 7 October"): it dates what is remembered."""
    words = vocabulary().remembrance_words
    for a in root.ancestors:
        if a.left_edge.i <= trigger.i <= a.right_edge.i:  # (a subtree is a span of the parse)
            return False  # reached the trigger's own phrase without passing a word of remembrance
        if a.lemma_.lower() in words or a.lower_ in words:
            return True
    return False


def _adverbial(root: Token) -> bool:
    """A date that modifies its clause's verb ("said on Wednesday", "said Wednesday"), not a noun of
    it: in "the army communique of 11 February reports six soldiers killed" the day is the
    communique's, and does not reach down to the killing."""
    head = root.head
    if head.dep_ == "prep" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        return False  # "the communique of 11 February"
    return not (root.dep_ in ("poss", "compound", "nmod") and head.pos_ in ("NOUN", "PROPN"))  # "Monday's statement"


def _describes(trigger: Token, other: Token) -> bool:
    """``other`` is a clause on the event noun itself: "the bombing that killed 11 on Monday",
    "a drone strike killed 11 ... on Monday" when the parser reads "killed" as its participle."""
    if other.dep_ not in ("acl", "relcl") or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if other.head.i == trigger.i:
        return True
    # "the killing of a councillor, who was shot dead late on Monday": the victim's clause retells the act

    noun = other.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == trigger.i and (
        any(c.dep_ in ("auxpass", "nsubjpass") for c in other.children) or bool(trigger_types(other) & trigger_types(trigger)))


def _simultaneous(head: Token, other: Token) -> bool:
    """``other`` is an -ing participle describing one of the event's own nouns: "shot dead two
    workers building a bridge ... on Saturday" (what they were doing when it happened)."""
    noun = other.head
    if other.dep_ == "acl" and other.tag_ == "VBG" and noun.i != head.i and clause_head(noun).i == head.i:
        return True
    # the small parser hangs the event's own "in a raid in X on Sunday" on a participle of its object
    # ("arrested nine suspects involved in supplying militants in a raid ... on Sunday")
    climbed = other
    while climbed.dep_ in ("pcomp", "pobj", "prep") and climbed.head.i != climbed.i:
        climbed = climbed.head
    return climbed.dep_ == "acl" and climbed.lower_ in vocabulary().suspicion_participles \
        and climbed.head.i != head.i and climbed.head.head.i == head.i and climbed.head.dep_ in ("dobj", "nsubjpass")


def _complement(head: Token, other: Token) -> bool:
    """``other`` is the infinitive that completes ``head``: "used tear gas to push back the crowd
    outside parliament on Wednesday" (the pushing is the using, at the same moment)."""
    return other.dep_ == "xcomp" and other.head.i == head.i and head.i != other.i


def _at_the_time(head: Token, other: Token) -> bool:
    """``other`` heads a clause of the same moment under ``head``: "a bomb exploded as their patrol
    passed ... on Monday morning", "were killed when gunmen opened fire on Tuesday"."""
    if other.dep_ == "advcl" and other.head.i == head.i:
        marks = [c for c in other.children if c.dep_ in ("mark", "advmod") and c.lower_ in SAME_TIME]
        if any(_contrast(m, other) for m in marks):
            return False
        return bool(marks)
    # the small parser reads "as an army patrol passed" as a preposition with a noun and its acl
    subject = other.head
    return other.dep_ == "acl" and subject.dep_ == "pobj" and subject.head.lower_ in SAME_TIME \
        and subject.head.head.i == head.i


def _contrast(mark: Token, verb: Token) -> bool:
    """", while engineers on Monday dismantled a bomb": after a comma, "while" with a verb in the simple past
    sets another act beside the first (whereas), not the moment of it ("killed while they were travelling")."""
    return mark.lower_ == "while" and mark.i > 0 and mark.doc[mark.i - 1].text == "," and verb.tag_ == "VBD"


def _conjoined(a: Token, b: Token) -> bool:
    """Two verbs joined by "and" (either heads the other, or both hang from one verb as conjuncts)."""
    return a.i != b.i and any(x.dep_ == "conj" and x.head.i == y.i for x, y in ((a, b), (b, a))) or \
        (a.dep_ == "conj" and b.dep_ == "conj" and a.head.i == b.head.i)


def _current_news(ctx: Context, published: dt.date) -> bool:
    for t in ctx.timexes:
        if t.value == "PRESENT_REF":
            return True
        if t.precision == 1 and t.date_end and published - dt.timedelta(days=CURRENT_WINDOW_DAYS) <= t.date_end <= published:
            return True
    return False


RETROSPECTIVE_DATES = 3


def retrospective(ctx: Context, published: dt.date) -> bool:
    """The report looks back, not at news: it dates things to the day or month at least
    ``RETROSPECTIVE_DATES`` times, all of them more than ``HISTORICAL_DAYS`` before publication,
    and never says "today" or "now" (a page on a past bombing, a profile, a court story)."""
    old = 0
    for t in ctx.timexes:
        if t.value == "PRESENT_REF":
            return False
        if t.type in ("DATE", "TIME") and t.date_end is not None and (t.precision in (1, 2, 3) or t.granularity == "year"):
            if (published - t.date_end).days <= HISTORICAL_DAYS:
                return False
            old += 1
    return old >= RETROSPECTIVE_DATES


def from_timex(t: Timex, published: dt.date | None) -> EventDate | None:
    """The ACLED date and precision an expression gives an event, or None if it cannot."""
    if t.type not in ("DATE", "TIME"):
        return None
    if t.date_start is None or t.date_end is None:
        if t.value == "PRESENT_REF" and published:
            return EventDate(date=published, precision=1, timex=t, basis="expression")
        if t.value == "PAST_REF" and published:  # "recently": some day in the weeks before the report
            return EventDate(date=published, precision=2, timex=t, basis="expression")
        return None
    start, end = t.date_start, t.date_end
    g = t.granularity
    if g in ("day", "time"):
        date, precision = start, 1
    elif g == "week":
        date, precision = start + dt.timedelta(days=3), 2
    elif g == "weekend":
        date, precision = start, 2
    elif g == "month":
        if _START_WORDS.search(t.text):
            date = start
        elif _END_WORDS.search(t.text):
            date = end
        else:
            date = start.replace(day=15)
        precision = 3
    else:
        date = start + (end - start) // 2
        precision = cal.precision_of(g, start, end) or 3
    if published and start <= published < date:
        date = published  # "earlier this month" in a report of the 10th: the middle of the month has not come yet
    historical = bool(published and (published - end).days > HISTORICAL_DAYS)
    return EventDate(date=date, precision=precision, historical=historical, timex=t, basis="expression")


_ORDINALS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)}
_ORDINALS.update({"twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                  "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "hundredth": 100})
_NUMERIC_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")


def _anniversary_years(clause: Clause) -> int | None:
    """N in "the Nth anniversary of ..." governing the trigger."""
    for token in clause.trigger.ancestors:
        if token.lemma_.lower() != "anniversary":
            continue
        for child in token.children:
            word = child.lower_
            if word in _ORDINALS:
                return _ORDINALS[word]
            if (m := _NUMERIC_ORDINAL.match(word)) is not None:
                return int(m.group(1))
    return None


_ELAPSED_MONTHS = {"year": 12, "years": 12, "decade": 120, "decades": 120, "month": 1, "months": 1}


def _elapsed_months(clause: Clause) -> int | None:
    """Months in "<N years|months> after/since <the event>" ("ten years after the Garissa attack"): how long
    before the report's time the event noun lies; None when the trigger is not so placed."""
    trigger = clause.trigger
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ not in ("after", "since"):
        return None
    found = _measure(trigger.head, _ELAPSED_MONTHS)
    if found is None:
        return None
    months, unit, number = found
    if number is None and not any(c.dep_ == "nummod" for c in unit.children):
        number = 1 if unit.lower_ in ("year", "month", "decade") else None  # "years after" is no count
    return number * months if number else None


_OFFSET_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30}


def _measure(head: Token, units: dict[str, int]) -> tuple[int, Token, int | None] | None:
    """The measure the parser hangs on a preposition or a clause ("three days after", "ten years after"):
    (the unit's size in ``units``, the unit word, its count, or None when it has none or it cannot be read)."""
    for unit in head.children:
        size = units.get(unit.lower_)
        if size is None or unit.dep_ not in ("npadvmod", "advmod", "nmod"):
            continue
        count = next((c for c in unit.children if c.dep_ == "nummod"), None)
        number = next((e.low for e in load_vocabulary().find(count.text)), None) if count is not None else None
        return size, unit, number
    return None


def _before_the_distance(ctx: Context, verb: Token, marks: list[Token], candidates: list[Timex]) -> EventDate | None:
    """The day of a clause opened by "a day after"/"two days before" ("the session ended in a walkout on Thursday, a
    day after a grenade was thrown at a police station"): the last day told before the distance, less (or plus) the
    distance, however the parser hung the two clauses; None when the clause has a day of its own or none is told."""
    days = _duration(verb) or next((d for m in marks if (d := _duration(m))), None)
    if days is None:
        return None
    measure = _measure(verb, _OFFSET_DAYS)
    at = min([marks[0].idx] + ([measure[1].idx] if measure else []))
    if any(t.start >= at and (r := token_at(ctx.doc, t.start, t.end)) is not None
           and any(a.i == verb.i for a in [r, *r.ancestors]) for t in candidates):
        return None  # its own day: "... after gunmen struck on 30 January"
    told = [d for t in candidates if t.end <= at and (d := from_timex(t, ctx.published)) is not None
            and d.date is not None and d.precision == 1]
    if not told:
        return None
    after = any(m.lower_ == "after" for m in marks)
    return _shifted(ctx, told[-1], -days if after else days)


def _duration(head: Token) -> int | None:
    """Days in "<N days|weeks|months> after|before" ("a week after": seven; a month counts 30)."""
    found = _measure(head, _OFFSET_DAYS)
    if found is None:
        return None
    days, unit, number = found
    if number is None:
        if any(c.dep_ == "nummod" for c in unit.children) or unit.lower_ == "months":
            return None  # a count the number reader cannot read; "months after" is too vague to count back
        number = 1
    return number * days


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


# A weekday names a day of its own too ("two days before the firefight, on Friday, ...").
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _calendar_day(ctx: Context, clause: Clause, candidates: list[Timex]) -> bool:
    """The clause names its own calendar day ("on 12 May, two days after the raid, insurgents abducted four", or
    "on Friday"):
    that day dates it, not a distance from another event."""
    return any(t.precision == 1 and t.granularity == "day" and (re.search(r"\d", t.text) or _WEEKDAY.search(t.text))
               and (r := token_at(ctx.doc, t.start, t.end)) is not None and clause.relation(r) == 0
               and not any(a.lower_ in ("after", "before") for a in r.ancestors)  # (not "after the ambush on 3 May")
               for t in candidates)


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


def _distances(words: list[Token], trigger: Token) -> list[tuple[Token, int | None]]:
    """The "after"/"before" phrases hung on ``words`` with the distance each tells: "three days after the
    bombing" (the distance on the preposition), and "a day after the ambush", "the day after the raid", where
    the parser makes the unit the head and hangs the preposition on it."""
    out: list[tuple[Token, int | None]] = []
    for c in (c for a in words for c in a.children):
        if c.dep_ == "prep" and c.lower_ in ("after", "before") and c.i != trigger.head.i:
            out.append((c, _duration(c)))
        elif c.dep_ == "npadvmod" and c.lower_ in _OFFSET_DAYS and c.lower_ != "months":
            prep = next((p for p in c.children if p.dep_ == "prep" and p.lower_ in ("after", "before")), None)
            count = next((x for x in c.children if x.dep_ == "nummod"), None)
            one = any(x.dep_ == "det" and x.lower_ in ("a", "an", "the") for x in c.children) and count is None
            if prep is not None and (one or count is not None and count.lower_ == "one"):
                out.append((prep, _OFFSET_DAYS[c.lower_]))
    return out


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


def _shifted(ctx: Context, anchor: EventDate, days: int) -> EventDate:
    day = anchor.date + dt.timedelta(days=days)
    precision = 1 if abs(days) < 7 and anchor.precision == 1 else 2 if abs(days) < 28 else 3
    historical = ctx.published is not None and (ctx.published - day).days > HISTORICAL_DAYS
    return EventDate(date=day, precision=precision, historical=historical, timex=anchor.timex, basis="expression")


def _months_back(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 15)


_YEARS_ON = re.compile(r"\b([\w-]+)\s+years?\s+(?:on|later|after|since)\b|\b([\w-]+)\s+anniversary\b", re.I)
_REMEMBER_VERBS = frozenset({"remember", "commemorate", "memorialize", "memorialise", "mark"})


def _remembered(ctx: Context, mention: EventMention) -> int | None:
    """For a mention whose sentence commemorates (a verb of remembering with the years counted, "ten years
    on", "the tenth anniversary", or "remember" itself): the years counted back, 0 when none are; None when
    the sentence does not commemorate."""
    sent = ctx.doc.char_span(mention.sentence_start, mention.sentence_end, alignment_mode="expand")
    if sent is None:
        return None
    text = ctx.text[mention.sentence_start:mention.sentence_end]
    counted = _YEARS_ON.search(text)
    remembering = any(t.lemma_.lower() in _REMEMBER_VERBS and t.lemma_.lower() != "mark" or t.lower_.startswith("remember")
                      for t in sent)
    if not remembering and not (counted and any(t.lemma_.lower() in _REMEMBER_VERBS or t.lemma_.lower() in
                                                vocabulary().remembrance_words for t in sent)):
        return None
    if counted is None:
        return 0
    word = (counted.group(1) or counted.group(2)).lower()
    if word in _ORDINALS:
        return _ORDINALS[word]
    if (m := _NUMERIC_ORDINAL.match(word)) is not None:
        return int(m.group(1))
    found = load_vocabulary().find(word)
    return found[0].low if found and found[0].low == found[0].high and 0 < found[0].low < 200 else 0


def _commemorating(trigger: Token) -> bool:
    """The event itself marks the anniversary ("demonstrations marking the anniversary of a 1990
    uprising turned violent", "a march to commemorate the victims"): it happens now; only what it
    remembers is old."""
    words = vocabulary().remembrance_words
    return any(c.dep_ in ("acl", "relcl") and any(t.lemma_.lower() in _REMEMBER_VERBS or t.lemma_.lower() in words
                                                   for t in c.subtree) for c in trigger.children)


def _year_back(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year - years) if not (day.month == 2 and day.day == 29) else dt.date(day.year - years, 2, 28)


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


# What joins the two ends of a range of days the tagger reads as two dates ("28 February - 2 March",
# "from 30 December to 2 January", "between 30 September and 2 October").
_RANGE_JOIN = re.compile(r"\s*(?:-|\u2013|\u2014|to|until|till|through|and)\s*$", re.IGNORECASE)
_RANGE_LEAD = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


def _day(t: Timex) -> bool:
    return t.type == "DATE" and t.granularity == "day" and t.date_start is not None


def day_range(ctx: Context, t: Timex) -> tuple[dt.date, dt.date] | None:
    """The days [first, last] of a range across a month's end that ``t`` begins or ends: two day
    expressions joined by a dash or "to" ("28 February - 2 March"), or by "and" after "between";
    the last up to 31 days after the first.  None when ``t`` is a lone day."""
    if not _day(t):
        return None
    pairs = [(t, n) for n in ctx.timexes if n.start >= t.end and n.start - t.end <= 12] + \
            [(n, t) for n in ctx.timexes if n.end <= t.start and t.start - n.end <= 12]
    for first, last in pairs:
        if not (_day(first) and _day(last)):
            continue
        join = ctx.text[first.end:last.start]
        m = _RANGE_JOIN.match(join)
        if m is None or m.end() != len(join):
            continue
        if join.strip().lower() == "and" and not _RANGE_LEAD.search(ctx.text[max(0, first.start - 10):first.start]):
            continue  # "on 28 February and 2 March": two days, not the days between
        assert first.date_start is not None and last.date_start is not None
        if 0 < (last.date_start - first.date_start).days <= 31:
            return first.date_start, last.date_start
    return None


def _over_range(ctx: Context, dated: EventDate) -> EventDate:
    """A day that begins or ends a range of days dates the event by the range: its middle day, at the
    range's precision (2 up to a week, 3 up to a month), as a range inside one month already is."""
    t = dated.timex
    span = day_range(ctx, t) if t is not None else None
    if span is None:
        return dated
    first, last = span
    precision = cal.precision_of("range", first, last) or 3
    return dated.model_copy(update={"date": first + (last - first) // 2, "precision": precision})


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


def dates_the_saying(ctx: Context, mention: EventMention, t: Timex | None) -> bool:
    """Whether ``t`` dates the report of the event, not the event: it modifies a verb of saying
    above the trigger's clause ("police said Wednesday they had arrested four"; rule 2), or an act
    the event came before ("closed on Monday after gunmen killed three").  The event happened that
    day or before it."""
    if t is None or not ctx.doc.has_annotation("DEP"):
        return False
    clause = clause_of(ctx.doc, mention.start, mention.end)
    root = token_at(ctx.doc, t.start, t.end)
    if clause is None or root is None:
        return False
    reporting = vocabulary().reporting_verbs
    head = clause_head(root)
    if head.i != clause.head.i:
        # (or a verb the event came before: "began mourning on Monday after gunmen killed 44")
        return any(a.i == head.i for a in clause.head.ancestors) and (
            head.lemma_.lower() in reporting or _came_before(clause.trigger, head))
    # "said on Wednesday they had arrested": the parser often hangs the day on the reported verb;
    # between the verb of saying and the reported clause's subject, it is the saying's.
    said = clause.head.head
    subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return clause.head.dep_ in ("ccomp", "parataxis") and said.lemma_.lower() in reporting and subject is not None \
        and said.i < root.i < subject.left_edge.i


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


NARRATIVE_SENTENCES = 2
# "still missing as of 30 Oct", "figures as at Monday": the day a state of things was checked, no act's day.
_STATUS_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _in_noun_phrase(root: Token, noun: Token) -> bool:
    """The day hangs in the noun's own phrase, through prepositions only: not in a clause on one of its words
    ("took control of the town, occupied by the group since June 2023"), nor after "since"."""
    if root.head.lower_ == "since":
        return False
    for a in root.ancestors:
        if a.i == noun.i:
            return True
        if a.dep_ in ("acl", "relcl", "advcl"):
            return False
    return False


def _undone_by(ctx: Context, t: Timex) -> bool:
    """A limit by which something had not yet been done: "bodies had not been recovered by Wednesday night", "no
    one had claimed it until Friday".  The day a state of things was checked, no act's day."""
    root = token_at(ctx.doc, t.start, t.end)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("by", "until", "till"):
        return False
    verb = root.head.head
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" or c.lower_ in ("yet", "still") for c in verb.children)


_WEEKDAY_ONLY = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day")


def _names_a_thing(ctx: Context, t: Timex) -> bool:
    """A day word that names a place, not when anything was done: "the attack at the Sunday market"
    ("after Friday prayers" still dates what followed them; so does "the Sunday attack")."""
    if not _WEEKDAY_ONLY.fullmatch(t.text.strip()):
        return False
    root = token_at(ctx.doc, t.start, t.end)
    if root is None or root.dep_ not in ("compound", "nmod", "amod") or root.head.pos_ != "NOUN":
        return False
    noun = root.head
    if root.i == noun.head.i + 1:
        return False  # "on Friday dozens of people ...": the parser's compound, still a date
    return noun.lemma_.lower() not in get_ontology().event_heads and noun.dep_ == "pobj" \
        and noun.head.lower_ in ("at", "in", "near", "outside", "inside", "on", "from", "into")


def _sentence_order(ctx: Context) -> dict[int, int]:
    """Sentence start offset -> its index in the Doc."""
    cache = doc_cache(ctx.doc)
    order = cache.get("sentence_order")
    if order is None:
        order = cache["sentence_order"] = {s.start_char: i for i, s in enumerate(ctx.doc.sents)}
    return order


def carry(ctx: Context, mention: EventMention, when: EventDate,
          earlier: list[tuple[EventMention, EventDate]]) -> EventDate:
    """Rule 3: an event the text does not date takes the date of the dated event before it
    in the same paragraph, at most ``NARRATIVE_SENTENCES`` sentences back; else ``when``."""
    undated = when.basis == "none" and when.date is None and when.background is None  # no day, and no publication day
    if when.basis != "publication" and when.background != "retrospective" and not undated:
        return when
    para = ctx.text.rfind("\n", 0, mention.sentence_start) + 1
    order = _sentence_order(ctx)
    here = order.get(mention.sentence_start)
    for m, d in reversed(earlier):
        there = order.get(m.sentence_start)
        if m.sentence_start < para or here is None or there is None or here - there > NARRATIVE_SENTENCES:
            break
        if m.kind == "reference" and any(e.kind == "report" and e.sentence_start == m.sentence_start for e, _ in earlier):
            continue  # "surrounded a house where suspects in last night's bombings hid": the raid's day goes on
        if d.basis in ("expression", "narrative") and d.background is None:  # the narrative's time carries on
            return d.model_copy(update={"basis": "narrative"})
    if (heading := _paragraph_date(ctx, mention, para)) is not None:
        return heading
    if when.basis == "publication" and (divider := _day_heading_date(ctx, mention)) is not None:
        return divider
    if when.basis == "publication" and (field := _field_date(ctx, mention)) is not None:
        return field
    if when.basis == "publication" and (told := _day_just_told(ctx, mention, para)) is not None:
        return told
    if when.date is None and when.background in ("retrospective", "past perfect") \
            and (day := _retold_day(ctx)) is not None:
        return EventDate(date=day, precision=1, historical=True, basis="narrative")
    if when.basis == "publication" and (story := _story_date(ctx, mention, earlier)) is not None:
        return story
    if when.basis == "publication" and not ctx.text[para:mention.sentence_start].strip() and para > 0 \
            and not timed_paragraph_start(ctx.text, mention.start) \
            and (told := _day_just_told(ctx, mention, ctx.text.rfind("\n", 0, len(ctx.text[:para].rstrip())) + 1)) is not None \
            and told.timex is not None and not _names_a_thing(ctx, told.timex):
        # an event opening its paragraph goes on with the scene the paragraph before ended on ("When the jet came
        # over the river at 2 p.m. last Thursday, most were in the fields. || Nine people were killed when ...")
        return told
    return when


def _retold_day(ctx: Context) -> dt.date | None:
    """The one day a look-back report is about: when a retrospective text (``retrospective``) names
    exactly one day, its undated events, told in the past perfect or not, are that day's ("On <day>,
    ... By nightfall the militia had set off twenty bombs")."""
    if ctx.published is None or not retrospective(ctx, ctx.published):
        return None
    days = {t.date_start for t in ctx.timexes if t.type in ("DATE", "TIME") and t.granularity in ("day", "time")
            and t.date_start is not None}
    return days.pop() if len(days) == 1 else None


# What may stand before a date that heads a paragraph: a list number or bullet, a log's label ("[E3]",
# "E3:", "#12", "E3 |"), "On", a part of the day ("night of").
# (a thread's post may add its number and a place before the day: "4/ #Sanandaj, Sun 18 Sept: ...")
_HEADING_LEAD = re.compile(r"^\s*(?:\[[^\]\n]{1,8}\]|\(?[A-Z]{0,2}\d{1,3}[.):/]|[A-Z]{0,2}\d{1,3}(?=\s*\|)|#\d{1,4}|[-*\u2022\u2013])?\s*\|?\s*"
                           r"(?:#(?-i:[A-Z])[\w'\u2019-]*\s*[,:]\s*)?"
                           r"(?:on\s+)?(?:(?:the\s+)?(?:night|morning|evening|afternoon|early\s+hours)\s+of\s+)?$",
                           re.IGNORECASE)


def _line_label(text: str, t: Timex) -> bool:
    """The expression opens its line, after at most a bullet or number, and a colon or dash follows it ("- 10
    Sept: a truck struck a mine ...", "12/03 - Gunmen ..."): a log's or situation report's label for the line."""
    line = text.rfind("\n", 0, t.start) + 1
    return bool(_HEADING_LEAD.match(text[line:t.start])) and bool(_LABEL_END.match(text, t.end))


_LABEL_END = re.compile(r"\s*(?:\([^()\n]{1,12}\)\s*)?(?::|[-\u2013\u2014]\s)")


def _paragraph_date(ctx: Context, mention: EventMention, para: int) -> EventDate | None:
    """Rule 3, for notes and logs: the date that opens the paragraph dates its undated events
    ("3. 12 May 2025 (Monday). Near the river crossing, gunmen abducted four traders."), and so does
    the date opening a log entry's heading line over its block ("#4 | Tue 5 Mar 2024 | near X")."""
    block = ctx.text.rfind("\n\n", 0, para) + 2 if para > 0 else 0
    block = max(block, entry_label_above(ctx.text, para))  # (logged entries with no blank line between)
    first_line = ctx.text[block:ctx.text.find("\n", block, para) if block < para else block]
    if block < para and heading_line(first_line) and (dated := _opening_date(ctx, mention, block)) is not None:
        return dated
    if block < para and heading_line(first_line):
        # "2.4 SALAH AL-DIN - Tuz Khurmatu district - Sunday 19 MAR": the one day the item's heading names, wherever in it
        days = [d for t in ctx.timexes if block <= t.start and t.end <= block + len(first_line) and t.type == "DATE"
                and (d := from_timex(t, ctx.published)) is not None and d.date is not None and d.precision == 1]
        if len(days) == 1:  # (the item's own day, as its label gives it: a claim's later day does not replace it)
            return days[0].model_copy(update={"basis": "expression"})
    return _opening_date(ctx, mention, para)


def _day_heading_date(ctx: Context, mention: EventMention) -> EventDate | None:
    """Rule 3, for live blogs and logs split by day: the day of the divider line above ("--- MONDAY 3 JULY ---") dates
    the undated events of the entries under it, not the publication day (entries above the first divider keep it)."""
    span = day_heading_above(ctx.text, mention.sentence_start)
    if span is None:
        return None
    day = next((t for t in ctx.timexes if span[0] <= t.start < span[1] and t.type in ("DATE", "TIME")), None)
    dated = from_timex(day, ctx.published) if day is not None else None
    if dated is None or dated.date is None or dated.precision != 1:
        return None
    return dated.model_copy(update={"basis": "narrative"})


_INCIDENT_FIELD = re.compile(r"event|incident|attack", re.IGNORECASE)


def _field_date(ctx: Context, mention: EventMention) -> EventDate | None:
    """Rule 3, for incident notes and report forms: the day in the last date field above the event
    ("Event date: 14/02/2022 (Monday)") dates what the form tells with no day of its own, not the
    day the note was filed."""
    fields = [m for m in DATE_FIELD.finditer(ctx.text, 0, mention.sentence_start)]
    if not fields:
        return None
    start = fields[-1].end()
    end = ctx.text.find("\n", start)
    end = len(ctx.text) if end < 0 else end
    day = next((t for t in ctx.timexes if start <= t.start < end and t.type in ("DATE", "TIME")), None)
    dated = from_timex(day, ctx.published) if day is not None else None
    if dated is None or dated.date is None or dated.precision != 1:
        return None
    if dated.date == ctx.published and not _INCIDENT_FIELD.search(fields[-1].group(0)):
        return None  # "DATE: 20/07/2023" atop a statement: the day it was issued, which says nothing of its events' days
    return dated.model_copy(update={"basis": "narrative"})


def _opening_date(ctx: Context, mention: EventMention, para: int) -> EventDate | None:
    """The date at the very start of the text from ``para`` (after a label), if it is a day or a week."""
    for t in ctx.timexes:
        if t.start < para or t.start >= mention.start or t.type not in ("DATE", "TIME"):
            continue
        if not _HEADING_LEAD.match(ctx.text[para:t.start]):
            break  # only the paragraph's first expression, at its very start
        dated = from_timex(t, ctx.published)
        if dated is None or dated.precision not in (1, 2):
            return None
        return dated.model_copy(update={"basis": "narrative"})
    return None


def _day_just_told(ctx: Context, mention: EventMention, para: int) -> EventDate | None:
    """Rule 3, for an act the detector did not take for an event: the one recent day (or week) of the nearest
    sentence before that names one, in the same paragraph, dates an undated toll told after it ("Soldiers on Tuesday
    raided a camp outside X. Three fighters were killed, a source said"; "The fighting reached X last week. For
    two days gunfire echoed ..."), unless that day dates a saying ("the governor said on Tuesday")."""
    published = ctx.published
    here = ctx.doc.char_span(mention.sentence_start, mention.sentence_end, alignment_mode="expand")
    if published is None or here is None or here.start == 0:
        return None
    days: list[Timex] = []
    for _ in range(NARRATIVE_SENTENCES):  # the nearest sentence before that names a day ("A spokesman said ...")
        prev = ctx.doc[here.start - 1].sent
        if prev.start_char < para:
            return None
        days = [t for t in ctx.timexes if prev.start_char <= t.start < prev.end_char and t.type in ("DATE", "TIME")]
        if days or prev.start == 0:
            break
        here = prev
    # (a stretch of the current month or year says no other day: "Monday's clash, the only one this month"; another
    # year does: "Monday's clash, like the one of 2018")
    days = [t for t in days if (d := from_timex(t, published)) is not None and d.date is not None
            and not (d.precision >= 3 and not d.historical and d.date.year == published.year)] or days
    # (one day told twice is one day: "on Tuesday (Miyazia 8)", "on Tuesday, 16 April")
    if len({t.date_start or t.value for t in days}) != 1 or _dates_a_saying(ctx, days[0]):
        return None
    dated = from_timex(days[0], published)
    if dated is None or dated.date is None or dated.precision not in (1, 2) or not 0 < (published - dated.date).days <= CURRENT_WINDOW_DAYS:
        return None
    return dated.model_copy(update={"basis": "narrative"})


def _dates_a_saying(ctx: Context, t: Timex) -> bool:
    """The day hangs on a verb of saying ("the command said on Tuesday"): the report's day, no new day of events."""
    root = token_at(ctx.doc, t.start, t.end)
    return root is not None and clause_head(root).lemma_.lower() in vocabulary().reporting_verbs


def _dates_an_act(ctx: Context, t: Timex) -> bool:
    """The day says when something was done ("the deaths came on Tuesday", "leaders met on Wednesday"), not
    which thing a noun is ("Sunday's election", "the 1 May rally")."""
    root = token_at(ctx.doc, t.start, t.end)
    if root is None or root.dep_ in ("poss", "compound", "nmod", "amod"):
        return False
    verb = root.head.head if root.dep_ == "pobj" else root.head
    return verb.pos_ in ("VERB", "AUX")


def _story_date(ctx: Context, here: EventMention, earlier: list[tuple[EventMention, EventDate]]) -> EventDate | None:
    """The report's own day, for an undated event in a later paragraph of a news report: the
    date of the last dated, current event before it ("Protests on Tuesday ... | In Nairobi,
    police dispersed marchers"): a past-tense report's events are the story's, not the
    publication day's. Not past a new day the text names in between (after that event's sentence: a day
    inside it, "... on Tuesday after a boy died in a chase on Sunday", frames the event), nor from another section."""
    published = ctx.published
    # (another entry of a live blog has a day of its own, whether under a heading or written inline)
    top = max(entry_start(ctx.text, here.start), timed_paragraph_start(ctx.text, here.start))
    for m, d in reversed([(m, d) for m, d in earlier if m.start >= top]):
        if d.basis in ("expression", "narrative") and d.background is None and d.date is not None \
                and published is not None and 0 <= (published - d.date).days <= CURRENT_WINDOW_DAYS and d.precision == 1:
            since = [t for t in ctx.timexes if t.type in ("DATE", "TIME") and t.precision == 1 and t.date_start is not None
                     and t.date_start != d.date and max(m.end, m.sentence_end) <= t.start < here.sentence_start
                     and not _dates_a_saying(ctx, t)
                     and _dates_an_act(ctx, t)]
            if since:  # a day, not "October" or "2023", of something done: the story has moved to a new day
                # ("... tear gas on Wednesday. | The deaths came on Tuesday ... | In X, a student was shot dead"),
                # the story's day now if it is the only one named; with two, none is sure
                moved = from_timex(since[-1], published) if len({t.date_start for t in since}) == 1 else None
                if moved is None or moved.date is None or moved.precision != 1 \
                        or not 0 <= (published - moved.date).days <= CURRENT_WINDOW_DAYS:
                    return None
                return moved.model_copy(update={"basis": "narrative"})
            return d.model_copy(update={"basis": "narrative"})
    return None


def headline_date(ctx: Context, when: EventDate, body: list[tuple[EventMention, EventDate]]) -> EventDate:
    """A headline's event with no date of its own is on the lede's day: the day of the first
    current event the body dates ("... nine arrested" over "police declared a riot late Sunday"),
    not the publication day."""
    published = ctx.published
    if when.basis != "publication" or published is None:
        return when
    for _, d in body:
        if d.basis in ("expression", "narrative") and d.background is None and d.date is not None \
                and 0 <= (published - d.date).days <= CURRENT_WINDOW_DAYS:
            return d.model_copy(update={"basis": "narrative"})
    return when
