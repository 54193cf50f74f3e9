"""Rules 1 and 2 of ``date.py``: which of the sentence's day expressions governs the trigger's clause.

``_governing`` weighs each candidate by where the parse hangs it: on the trigger's own clause or on one
of the same moment (a conjoined verb, a "when"/"as" clause, an infinitive completing it, a clause on the
event noun), on a verb above it, on a noun that names something else ("Sunday's bombing", "the 2020
ceasefire agreement"), or on nothing the parse links to the event (``_lone_day``).  ``dates_the_saying``
asks the same of a day already chosen: whether it dates the report of the event, not the event.  These
are tests on the dependency parse, kept apart from the choosing in ``date.py``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.events.features import trigger_types
from dateline.events.triggers import BEFORE_MARKS
from dateline.records.aspect import vocabulary
from dateline.records.clause import IDENTITY_VERBS, Clause, clause_head, clause_of, occurred, token_at
from dateline.records.context import Context
from dateline.records.date_expressions import _WEEKDAY_ONLY
from dateline.records.date_fallbacks import _line_label
from dateline.types import EventMention, Timex


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
