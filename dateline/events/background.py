"""Mentions that are no news of an event: captions, tallies, trends, descriptions, habits.

Real articles carry sentences that use an event's words without reporting one: a
photo caption and its credit, a total over months ("security forces have killed or
detained dozens since the spring offensive", "by the end of the year 300 had been
killed"), a trend ("kidnappings have fallen"), a count of many ("a spate of bombings"),
a reference back to an event told elsewhere ("they received money for the killings"),
a description of a thing ("these are precision missiles"), a habit ("gangs roam the
villages, threatening farmers").  A coder records none of them as an event.
The cues are data (``not_news`` in ontology.yaml); the tests are on the parse:

- caption: the sentence holds a credit or gallery cue ("File photo", "Photo:", "/AFP");
- aggregate: the trigger's verb is in the perfect and its clause names a period: "since
  ...", "so far", a duration of two days or more ("in two months of protests"), or a
  stretch of a week or more ("in the past week", "by the end of 2019"), unless the
  clause names one instance ("in an attack on a base this week");
- trend: the trigger is a noun that is the subject of a rise-or-fall verb;
- spate: the trigger is a plural noun counted by "a spate of", "a string of" ...;
- back-reference: the trigger is a definite noun ("the killings") that is the object of
  "for"/"over"/"about" under a verb that is no event trigger, and names neither its own
  day nor its own place (those are references a coder codes: "after Saturday's attack");
- description: the trigger word is the predicate of a copula ("these are missiles"),
  or a modifier of a thing that is ("that's rocket fuel"), not "there were clashes";
- habit: a present-tense clause ("roam", "have been using") whose subject is a bare
  plural ("gangs", "insurgents"), with no number and no date: what happens, not what
  happened.  Not the article's first sentence, which may be a headline;
- memory: the trigger is a noun recalled or commemorated: the anniversary of an event, or a
  dated event that is the object of "recall", "remember", "commemorate".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from typing import Any

from spacy.tokens import Doc, Span, Token

from dateline.events.ontology import NotNews
from dateline.times.calendar import duration_days
from dateline.times.tense import perfect
from dateline.types import ActorMention, Timex, Toponym

DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"})
# (not "weekend": "had killed 43 fighters over the weekend" is one operation's two days, news, not a tally)
COARSE_GRAINS = frozenset({"week", "month", "quarter", "season", "half", "year", "decade", "century"})
MIN_TALLY_DAYS = 2
IsTrigger = Callable[[Token], bool]


# Verbs that set an event after another: "the attack came a week after gunmen ambushed a patrol".
SEQUEL_VERBS = frozenset({"come", "follow"})

def _cue_pattern(cues: Collection[str]) -> re.Pattern[str]:
    """One regex for a cue list, each cue matched at word edges ("file -" is not in "profile -")."""
    parts = []
    for cue in sorted(cues, key=len, reverse=True):
        body = re.escape(cue).replace(r"\ ", r"\s+")
        left = r"(?<!\w)" if cue[:1].isalnum() else ""
        right = r"(?!\w)" if cue[-1:].isalnum() else ""
        parts.append(left + body + right)
    return re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)


_PATTERNS: dict[int, re.Pattern[str]] = {}


def is_caption(sent: Span, cues: NotNews) -> bool:
    pattern = _PATTERNS.get(id(cues))
    if pattern is None:
        pattern = _PATTERNS[id(cues)] = _cue_pattern(cues.captions)
    return pattern.search(sent.text) is not None


BYLINE_CHARS = 120
_BYLINE = re.compile(r"^\s*By\s+(?:[A-Z]|a\s+|our\s+)")  # "By Jane Doe | City", "By a staff reporter, City"


def byline_lines(text: str) -> list[tuple[int, int]]:
    """The bylines ("By a staff reporter | X | date"): their places say where a reporter sits, not where the story's
    events were.  (A photo caption's town is kept: measured, it is the story's town more often than not.)"""
    out, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if len(line.strip()) <= BYLINE_CHARS and _BYLINE.match(line):
            out.append((start, end))
        start = end + 1
    return out


def _has_phrase(tokens: list[Token], phrases: list[str]) -> bool:
    low = [t.lower_ for t in tokens]
    text = " " + " ".join(low) + " "
    return any(f" {p} " in text for p in phrases)


def _one_instance(verb: Token, is_trigger: IsTrigger) -> bool:
    """The clause names a single event: "in an attack on a base", "in a raid"."""
    for tok in verb.subtree:
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and is_trigger(tok) and \
                any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in tok.children):
            return True
    return False


# a clock time has its minutes or its am/pm ("since 2 June" is a day, not two o'clock; "since 2 am" has "am" after it)
_CLOCK = re.compile(r"^\d{1,2}(?::\d\d(?:am|pm|a\.m\.|p\.m\.)?|am|pm|a\.m\.|p\.m\.)$", re.IGNORECASE)


_DAY_LONG = ("day ", "24 hours ", "night ")


def _occurrences(text: str, phrase: str) -> list[int]:
    """Where ``phrase`` starts in ``text``, overlaps included."""
    return [m.start() for m in re.finditer(f"(?={re.escape(phrase)})", text)]


def _since_today(tokens: list[Token], cues: NotNews) -> bool:
    """The clause's only period is "since" a time of the same day ("have been fighting since dawn",
    "since 2 am", "since the early hours"): an event going on, not a total over a stretch."""
    others = [p for p in cues.since if p != "since"]
    text = " " + " ".join(t.lower_ for t in tokens) + " "
    # ("over the past day", "over the last 24 hours": a daily report's one day, not a stretch)
    if any(not text[at + len(p) + 2:].startswith(_DAY_LONG) for p in others for at in _occurrences(text, f" {p} ")):
        return False
    starts = [k for k, t in enumerate(tokens) if t.lower_ == "since"]
    if not starts:
        return _has_phrase(tokens, others)
    return bool(starts) and all(
        any(t.lower_ in cues.since_today or _CLOCK.match(t.text) for t in tokens[k + 1: k + 4]) for k in starts)


_SAYING = frozenset({"say", "tell", "report", "announce", "state", "add", "claim"})


def _reported(verb: Token) -> bool:
    """The verb is in a clause of reported speech ("the president said Russia had dropped ...")."""
    return verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in _SAYING


def _before_it(tok: Token, verb: Token) -> bool:
    """The period is what came before the verb's act ("had retaken X after two days of fighting",
    "following a week-long siege"): it dates the act, and counts nothing over it."""
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in ("after", "following") and tok.head.i == verb.i:
            return True
        tok = tok.head
    return False


def one_thing_held(verb: Token) -> bool:
    """The perfect tells one act going on, not a count over the period: an active verb whose object is one thing, named
    in the singular and uncounted, and whose subject counts nothing ("residents have blocked the road since yesterday",
    not "have killed dozens since", "300 people have been killed since January")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    counted = any(t.tag_ == "CD" or any(c.dep_ == "nummod" for c in t.children) for t in objects + subjects)
    one = objects[0] if len(objects) == 1 else None
    # (not "a large number of looted arms", "a series of raids": a quantity of things)
    return one is not None and one.tag_ == "NN" and not counted and not any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ in ("NNS", "NNPS") for g in c.children) for c in one.children) \
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def is_aggregate(trigger: Token, cues: NotNews, is_trigger: IsTrigger | None = None,
                 periods: Collection[int] = ()) -> bool:
    """A verb in the perfect over the trigger, whose clause counts over a period.

    ``periods`` holds the token indices of the Doc's period expressions (``is_period``).
    """
    node, steps = trigger, 0
    while steps < 12:
        if node.pos_ in ("VERB", "AUX") and perfect(node) is not None:
            subtree = list(node.subtree)
            if _has_phrase(subtree, cues.since) and not _since_today(subtree, cues) and any(
                    c.dep_ in ("aux", "auxpass") and c.lemma_ == "have"
                    and (c.tag_ in ("VBP", "VBZ") or c.tag_ == "VBD" and _reported(node))
                    for c in node.children) and not one_thing_held(node):
                return True  # "have killed dozens since", and reported speech's "said they had dropped 3,000 since"
            if periods and any(t.i in periods and not _before_it(t, node) for t in subtree) and not (
                    is_trigger is not None and _one_instance(node, is_trigger)):
                return True
        if node.pos_ in ("VERB", "AUX") and _tally_subject(node, cues, periods):
            return True
        if node.head.i == node.i or _own_conjunct(node) or _own_statement(node):
            return False
        node, steps = node.head, steps + 1
    return False


# Nouns of a count kept: "the ministry's running total since Thursday is 224 detained".
TALLY_NOUNS = frozenset({"total", "tally", "count"})


def _tally_subject(verb: Token, cues: NotNews, periods: Collection[int]) -> bool:
    """The verb's subject is a count kept over a period, whatever the tense: "54 of the 96 deaths recorded so far
    this month resulted from aerial attacks", "the ministry's running total since Thursday is 224 detained"."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]  # (the parser may hang it on "is")
    for subject in (c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")):
        subtree = list(subject.subtree)
        counted = subject.tag_ == "CD" or any(c.dep_ == "nummod" for c in subject.children) \
            or subject.lemma_.lower() in TALLY_NOUNS  # (the subject itself: "54 of the 96 deaths", "the running total")
        if counted and (_has_phrase(subtree, cues.since) and not _since_today(subtree, cues)
                        or any(t.i in periods for t in subtree)):
            return True
    return False


def _own_statement(verb: Token) -> bool:
    """A verb of saying the parser hangs under another clause ("The army said it had retaken X; the town had
    been empty since the raid in January"): its report is a statement of its own, which the other clause's
    period does not cover."""
    return verb.dep_ in ("ccomp", "parataxis") and verb.lemma_.lower() in _SAYING


def _own_conjunct(verb: Token) -> bool:
    """A verb conjoined to another with a subject of its own: a clause of its own, which the other's tally
    does not cover ("X has killed 40,000 since 2009, and on Monday gunmen killed nine")."""
    return verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def expression_tokens(doc: Doc, spans: Sequence[Timex | Toponym | ActorMention], keep: Callable[[Any], bool] = lambda _: True) -> set[int]:
    """Token indices covered by the kept spans (a stage's expressions) of a Doc."""
    out: set[int] = set()
    for t in spans:
        if keep(t):
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None:
                out.update(tok.i for tok in span)
    return out


STRETCH_PREPS = frozenset({"by", "over", "during", "throughout", "within", "across"})
_STRETCH_START = re.compile(r"^(?:the\s+)?(?:past|last|previous|recent)\b", re.IGNORECASE)


def is_period(t: Timex, before: str = "") -> bool:
    """A stretch of time, not a point: "two months", "the past week", "by the end of 2019"
    (``before`` is the word before the expression).  "In October 2015" is a point."""
    if t.type == "DURATION":
        days = duration_days(t.value)
        return days is not None and days >= MIN_TALLY_DAYS
    if t.type != "DATE" or t.granularity not in COARSE_GRAINS:
        return False
    return before.lower() in STRETCH_PREPS or _STRETCH_START.match(t.text) is not None


def stretch_span(doc: Doc, t: Timex) -> Span | None:
    """The tokens of ``t`` when it is a stretch of time in this Doc (``is_period``, read with the
    word before it: "over two years", "the past week"), else None."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span if is_period(t, doc[span.start - 1].text if span.start > 0 else "") else None


def period_tokens(doc: Doc, found: Sequence[Timex]) -> set[int]:
    """Token indices of the Doc's stretches of time (``is_period``)."""
    return {tok.i for t in found if (span := stretch_span(doc, t)) is not None for tok in span}


LANDING_PREPS = frozenset({"on", "onto", "upon"})


def is_trend(trigger: Token, cues: NotNews, towns: Collection[int] = ()) -> bool:
    """"Attacks have fallen": a rise-or-fall verb with no object ("the jet dropped two bombs" is no
    trend) and not landing on a place ("shells fell on the market"; "fell on Monday" is a day).
    A verb of escalation said in the simple tenses of a town its clause names is the fighting going
    on there ("fighting is intensifying in X"); in the perfect ("attacks have escalated") or over a
    region ("across the Sahel region") a trend.  A share of a tally ("made up a third") is one too."""
    verb = trigger.head
    lands = any(c.dep_ == "prep" and c.lower_ in LANDING_PREPS and any(
        o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in c.children) for c in verb.children)
    here = verb.lemma_.lower() in cues.escalation_verbs and perfect(verb) is None and any(
        t.i in towns and t.i != trigger.i for t in verb.subtree)
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trigger.children):
        return False  # "a bomb dropped from a drone": one thing that fell, no count rising or falling
    lemma = verb.lemma_.lower()
    if lemma in cues.share_verbs or any(f"{lemma} {c.lower_}" in cues.share_verbs for c in verb.children if c.dep_ == "prt"):
        return True  # "kidnappings made up a third": a share of a tally
    return lemma in cues.trend_verbs and not any(c.dep_ == "dobj" for c in verb.children) and not lands and not here


def is_lasting(trigger: Token, cues: NotNews, dates: Collection[int] = ()) -> bool:
    """"Clashes have continued in the county": an event noun that is the subject of a verb of lasting in the
    perfect, in a sentence with no day of its own, tells a state of things, not one event ("fighting has
    continued since Monday" names its day)."""
    verb = trigger.head
    phrase = verb.lemma_.lower() + "".join(f" {c.lower_}" for c in verb.children if c.dep_ == "prt")
    return trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and phrase in cues.lasting_verbs \
        and perfect(verb) is not None and not any(t.i in dates for t in trigger.sent)


def is_framework(trigger: Token, cues: NotNews) -> bool:
    """An agreement in force named as the frame of something else ("created under the 2018 peace deal", "a
    breach of the ceasefire", "in line with the accord"): no agreement is made in the sentence."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    words = {trigger.lemma_.lower(), *(f"{c.lower_} {trigger.lemma_.lower()}" for c in trigger.children if c.dep_ == "compound")}
    if not words & set(cues.agreement_nouns):
        return False
    prep = trigger.head
    phrase = " ".join(t.lower_ for t in prep.doc[max(prep.i - 2, prep.sent.start):prep.i + 1])
    if prep.lower_ == "of":
        return prep.head.lower_ in cues.framework_nouns
    return any(phrase == p or phrase.endswith(" " + p) for p in cues.framework_preps)


def is_mediation(trigger: Token, cues: NotNews) -> bool:
    """A third party's part in talks ("agreed to facilitate a peace process", "Qatar agreed to mediate between the
    sides"): the agreement word is what a mediation verb governs, or "agree" takes one; no deal is struck."""
    if trigger.pos_ == "VERB" and any(c.dep_ == "xcomp" and c.lemma_.lower() in cues.mediation_verbs for c in trigger.children):
        return True
    node, steps = trigger, 0
    while steps < 4 and node.dep_ in ("dobj", "pobj", "prep") and node.head.i != node.i:
        node, steps = node.head, steps + 1
        if node.pos_ == "VERB":
            return node.lemma_.lower() in cues.mediation_verbs
    return False


def is_instance(trigger: Token, dates: Collection[int] = (), places: Collection[int] = ()) -> bool:
    """One event named inside a tally, with its own day or place: "... since 2021, including a
    suicide bombing at a school in September 2022"."""
    return trigger.pos_ == "NOUN" and trigger.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in trigger.children) and \
        (names_its_own_day_or_place(trigger, dates, places) or _verb_dates_it(trigger, dates))


def _verb_dates_it(noun: Token, dates: Collection[int]) -> bool:
    """The event noun is the subject of a verb that names its day ("since a drone strike hit the square on 13 August")."""
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB" and any(
        c.dep_ in ("prep", "npadvmod") and any(g.i in dates for g in c.subtree) for c in verb.children)


def is_spate(trigger: Token, cues: NotNews) -> bool:
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NNS":
        return False
    prep = trigger.head
    return prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.lemma_.lower() in cues.spate_nouns


def date_before(noun: Token, dates: Collection[int]) -> bool:
    """A date written just before the noun, as its modifier: "the June 3, 2014, bombing"
    (parsers often hang such a date elsewhere)."""
    k = noun.left_edge.i - 1 if noun.left_edge.i < noun.i else noun.i - 1
    while k >= 0 and (noun.doc[k].is_punct or noun.doc[k].lower_ in ("the", "a", "an", "last", "this")):
        k -= 1
    return k >= 0 and k in dates and noun.i - k <= 4


def names_its_own_day_or_place(noun: Token, dates: Collection[int] = (), places: Collection[int] = ()) -> bool:
    """An event noun with its own day or place in its phrase: "Saturday's attack", "the attack in X",
    "the June 3, 2014, bombing"."""
    return date_before(noun, dates) or any(t.i in dates or t.i in places for t in noun.subtree if t.i != noun.i)


def is_backref(trigger: Token, cues: NotNews, is_trigger: IsTrigger,
               dates: Collection[int] = (), places: Collection[int] = ()) -> bool:
    """``is_trigger(token)`` says whether a token is itself an event trigger."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in trigger.children):
        return False
    if names_its_own_day_or_place(trigger, dates, places):
        return False
    prep = trigger.head
    phrase = prep.lower_
    if prep.head.dep_ == "prep" and prep.head.head.pos_ == "NOUN":  # "in connection with"
        phrase = f"{prep.head.head.lower_} {prep.head.lower_} {prep.lower_}"
        verb = prep.head.head.head
    else:
        verb = prep.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "nsubj", "nsubjpass"):
        verb = verb.head  # "questioned the governor about the massacre"
    if phrase not in cues.backref_preps and prep.lower_ not in cues.backref_preps:
        return False
    return verb.pos_ in ("VERB", "AUX") and not is_trigger(verb)


def is_reaction(trigger: Token, cues: NotNews) -> bool:
    """A definite event noun that a verb of reacting takes as its object ("condemned the raid",
    "mourned the killing"): the sentence reports the reaction; the event is a reference,
    which joins the event the text told or, with its own day and place, stands alone."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in cues.reaction_verbs \
        and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in trigger.children)


def is_charge(trigger: Token, cues: NotNews) -> bool:
    """An event word naming an offence charged, tried or proven ("charged with murder and kidnapping", "found guilty
    of premeditated murder", "arrested for arson", "on charges of terrorism"): no event is told by it."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:  # "... with murder and kidnapping"
        node = node.head
    if trigger.pos_ != "NOUN" or node.dep_ != "pobj" or node.head.lower_ not in ("with", "of", "for"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in node.children):
        return False  # "arrested for the killing of X", "for their attack": a back-reference to an event told
    word = node.head.head
    return word.lemma_.lower() in cues.charge_words or word.lower_ in cues.charge_words or word.lower_ in cues.charge_nouns


def is_description(trigger: Token, is_trigger: IsTrigger) -> bool:
    """The trigger names a thing in a copular clause: "these are precision missiles", "that's
    rocket fuel".  "There were clashes" (existential) and "the blast was an attack" (an event
    as subject) are not descriptions."""
    node = trigger
    if node.dep_ in ("compound", "amod", "nmod") and node.head.pos_ in ("NOUN", "PROPN") and not is_trigger(node.head):
        node = node.head
    if node.dep_ not in ("attr", "acomp") or node.head.lemma_ != "be":
        return False
    subjects = [c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    if not subjects or any(c.dep_ == "expl" or _last_word(c) == "there" for c in subjects):
        return False  # "there was an explosion" (also when scraped text glues "there" to the word before)
    return not any(is_trigger(t) for s in subjects for t in s.subtree)


def is_handled_thing(noun: Token, cues: NotNews) -> bool:
    """An event word used for the weapon it names, as what is owned, shown or traded: the object
    of "parade", "buy", "deliver" ... (``handling_verbs``), or the complement of "a delivery of",
    "a fleet of" (``handling_nouns``), or the weapon a warning names (``names_alarm``)."""
    if noun.pos_ != "NOUN":
        return False
    if names_alarm(noun, cues):
        return True
    node = noun
    while node.dep_ in ("conj", "compound") and node.head.pos_ == "NOUN":  # "attack helicopters and drones"
        node = node.head
    if node.dep_ == "dobj":
        return node.head.pos_ == "VERB" and node.head.lemma_.lower() in cues.handling_verbs
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        return node.head.head.lemma_.lower() in cues.handling_nouns
    return False


def names_alarm(noun: Token, cues: NotNews) -> bool:
    """The event word names what a warning feared: "a ballistic missile threat was declared", "an air raid alert"
    (``alarm_nouns``)."""
    return noun.dep_ == "compound" and noun.head.lemma_.lower() in cues.alarm_nouns


def is_lifted(trigger: Token, cues: NotNews) -> bool:
    """A security measure undone, not imposed: a curfew or state of emergency that is the object
    (or passive subject) of "lift", "relax", "ease" ... (``lift_verbs``), or the complement of
    "the lifting of", "an easing of" (``lift_nouns``).  Imposing one is a change of activity;
    ending one is none."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    node = trigger
    while node.dep_ in ("conj", "compound", "amod") and node.head.pos_ in ("NOUN", "PROPN") and node.head.i != node.i:
        node = node.head  # "the night curfew", "curfew and the state of emergency"
    if any(c.dep_ == "amod" and _participle_of(c, cues.lift_verbs) for c in node.children):
        return True  # "relaxed curfew in X", the verb tagged as an adjective
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        if node.head.head.lemma_.lower() in cues.lift_nouns:
            return True
        node = node.head.head  # "a state of emergency": "emergency" hangs under "state"
    if node.dep_ in ("dobj", "nsubjpass"):
        return node.head.pos_ == "VERB" and node.head.lemma_.lower() in cues.lift_verbs
    return False


def _participle_of(tok: Token, verbs: Collection[str]) -> bool:
    """"relaxed", "lifted", "eased": a past participle of one of ``verbs``, whatever the tagger called it."""
    word = tok.lower_
    return tok.lemma_.lower() in verbs or any(word in (v + "ed", v + "d") for v in verbs)


def _last_word(tok: Token) -> str:
    words = re.findall(r"[a-z]+", tok.lower_)
    return words[-1] if words else ""


def _finite_verb(trigger: Token) -> Token | None:
    """The nearest verb above the trigger that carries tense (itself, or through its auxiliaries)."""
    node, steps = trigger, 0
    while steps < 12:
        if node.pos_ in ("VERB", "AUX") and (node.tag_ in ("VBZ", "VBP", "VBD", "MD") or any(
                c.dep_ in ("aux", "auxpass") for c in node.children) or _bare_finite(node)):
            return node
        if node.head.i == node.i:
            return None
        node, steps = node.head, steps + 1
    return None


def _bare_finite(verb: Token) -> bool:
    """A base form with its own subject and no auxiliary: a present tense the tagger called VB."""
    return verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _present_habit(verb: Token) -> bool:
    """Simple present ("roam", "attacks") or present perfect progressive ("have been using")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if (verb.tag_ in ("VBZ", "VBP") or _bare_finite(verb)) and not auxes:
        return verb.lemma_ not in ("be", "have")
    if verb.tag_ == "VBG":
        have = any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)
        been = any(a.lower_ == "been" for a in auxes)
        return have and been
    return False


def bare_plural(noun: Token) -> bool:
    """A plural event noun with no article, number, owner or "all" names a kind of event, not one: "abductions
    made up nearly half", "killings have fallen" (not "the two attacks", "Monday's bombings")."""
    return noun.tag_ == "NNS" and not any(
        c.dep_ in ("det", "nummod", "poss", "quantmod", "predet") for c in noun.children)


def is_habit(trigger: Token, dates: Collection[int] = ()) -> bool:
    """A present-tense clause about a bare plural, with no number and no date: a habit."""
    verb = _finite_verb(trigger)
    if verb is None or not _present_habit(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not bare_plural(subject):
        return False
    return not any(t.like_num or t.i in dates for t in verb.subtree)


def is_memory(trigger: Token, cues: NotNews, dates: Collection[int] = ()) -> bool:
    """An event noun recalled, not reported: the anniversary or commemoration of an event, or a
    dated event that a verb of remembering takes as its object ("recalls the 1994 massacre",
    "commemorated the 2004 bombing").  An undated object ("witnesses recalled the attack") is
    often the news event told by those who saw it, and stays news."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    node, steps = trigger, 0
    while steps < 6 and node.head.i != node.i:
        if node.dep_ not in ("dobj", "pobj", "prep", "conj", "appos", "nsubjpass", "compound"):
            return False
        node, steps = node.head, steps + 1
        if node.pos_ in ("NOUN", "PROPN") and node.lemma_.lower() in cues.recall_nouns:
            return True
        if node.pos_ == "VERB":
            return node.lemma_.lower() in cues.recall_verbs and names_its_own_day_or_place(trigger, dates)
    return False


def is_directive(sent: Span) -> bool:
    """"Strengthen mine-risk education in X", "Ensure the protection of civilians": a recommendation's imperative,
    a sentence opening (after a bullet) with a bare verb that heads it and has no subject.  It asks for something
    and tells no event."""
    first = next((t for t in sent if t.is_alpha), None)
    return first is not None and first.tag_ == "VB" and first.dep_ == "ROOT" \
        and not any(t.is_alpha for t in sent[: first.i - sent.start]) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in first.children)


def not_news(sent: Span, trigger: Span, cues: NotNews, is_trigger: IsTrigger, *,
             periods: Collection[int] = (), dates: Collection[int] = (), places: Collection[int] = (),
             towns: Collection[int] = (), may_be_headline: bool = False) -> str | None:
    """Why a mention is no news of an event (``caption``, ``aggregate`` ...), or None.

    ``periods``, ``dates`` and ``places`` are token indices of the Doc's period expressions,
    date expressions and place names (empty when those stages did not run); ``towns`` of the
    place names read as towns or villages."""
    if is_caption(sent, cues):
        return "caption"
    if not may_be_headline and is_directive(sent):
        return "directive"  # (a headline may drop its subject: "Find a couple executed in X")
    root = trigger.root
    if is_aggregate(root, cues, is_trigger, periods) and not is_instance(root, dates, places):
        return "aggregate"
    if is_trend(root, cues, towns):
        return "trend"
    if is_lasting(root, cues, dates):
        return "lasting"
    if is_framework(root, cues):
        return "framework"
    if is_mediation(root, cues):
        return "mediation"
    if is_spate(root, cues):
        return "spate"
    if is_backref(root, cues, is_trigger, dates, places):
        return "back-reference"
    if is_charge(root, cues):
        return "charge"
    if is_description(root, is_trigger):
        return "description"
    if is_memory(root, cues, dates):
        return "memory"
    if is_lifted(root, cues):
        return "lifted"
    if not may_be_headline and is_habit(root, dates):
        return "habit"
    return None
