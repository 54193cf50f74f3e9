"""What a mention's own sentence says about its event, for event coreference (``merge.py``).

Read from the trigger's clause (``clause.py``): whether the sentence dates and places
the event itself, whether it introduces an event ("an explosion", "two blasts") or only
tells the outcome of one already told ("was also killed", "they killed 23 soldiers"),
and whether that outcome adds victims ("also", "another", "more").
"""

from __future__ import annotations

import functools
import re
from typing import Any

from spacy.tokens import Token

from dateline.counts.numbers import harm_words, toll_told
from dateline.events.background import is_reaction
from dateline.events.features import one_of, trigger_types
from dateline.events.ontology import VIOLENT_EVENT_TYPES, get_ontology
from dateline.records.clause import Clause, arguments, clause_of, happening, harmed_in, people, token_at
from dateline.records.context import Context
from dateline.records.date_governing import dates_the_saying
from dateline.records.layout import in_point
from dateline.records.place import line_label
from dateline.records.place_phrases import place_phrases
from dateline.nlp import headline_line
from dateline.types import EventActors, EventDate, EventMention, EventRecord, Timex, Toponym

INDEFINITE = frozenset({"a", "an", "another"})
DEMONSTRATIVE = frozenset({"this", "that", "these", "those"})
ADDITIVE = frozenset({"also", "another", "more", "further", "additional", "other", "too", "as well"})


@functools.cache
def outcome_words() -> frozenset[str]:
    """Lemmas that tell deaths and injuries (the counts stage's vocabulary): kill, die, wound ..."""
    return harm_words("transitive", "intransitive", "adjectives")


@functools.cache
def separate_openers() -> tuple[str, ...]:
    """Openings of a sentence that tell another event ("Separately,", "In another attack,"),
    from ``linking.yaml``."""
    from dateline.datafiles import load_mapping, word_list
    from dateline.records.place_phrases import PLACE_WORDS

    return word_list(load_mapping(PLACE_WORDS, ValueError, "linking vocabulary"), "separate_openers", PLACE_WORDS)


@functools.cache
def _doubt() -> re.Pattern[str]:
    from dateline.datafiles import load_mapping, word_list
    from dateline.records.place_phrases import PLACE_WORDS

    words = word_list(load_mapping(PLACE_WORDS, ValueError, "linking vocabulary"), "doubt_words", PLACE_WORDS)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def doubted(text: str) -> bool:
    """The sentence says its claim is unchecked ("claimed", "unverified", "could not be verified")."""
    return _doubt().search(text) is not None


# Words of doubt that are the law's caution about a person, not about a figure: "an alleged gang member died".
_LEGAL_CAUTION = frozenset({"alleged", "allegedly"})


def claimed(text: str) -> bool:
    """The sentence tells a figure as a claim no one checked ("claimed", "could not be verified"): ``doubted`` without
    the law's "alleged", which describes the people, not the toll."""
    return any(m.group(0).lower() not in _LEGAL_CAUTION for m in _doubt().finditer(text))


def opens_apart(text: str) -> bool:
    """The sentence opens by setting its event apart from those told before: "Separately, ...",
    "In a separate incident, ...", "Elsewhere, ..."."""
    head = " ".join(re.findall(r"[a-z]+", text[:40].lower()))
    return any(head == w or head.startswith(w + " ") for w in separate_openers())


def _times(ctx: Context) -> frozenset[int]:
    """Character offsets of the tokens inside temporal expressions ("in March" is no place)."""
    cache = ctx.memo
    if "time_offsets" not in cache:
        cache["time_offsets"] = frozenset(
            tok.idx for t in ctx.timexes for tok in ctx.doc.char_span(t.start, t.end, alignment_mode="expand") or ())
    return cache["time_offsets"]


# Verbs by which an event follows from what was just told ("a firefight ensued").
ENSUING_VERBS = frozenset({"ensue", "result"})


def introduces(trigger: Token) -> bool:
    """An event noun that brings a new event in: "an explosion", "two blasts", "another attack".
    A noun of people is no event noun: "two rioters were injured" tells more of the riot."""
    if trigger.pos_ not in ("NOUN", "PROPN") or one_of(trigger, people()):
        return False
    if trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in ENSUING_VERBS:
        return False  # "... when they came upon seven gunmen. A 20-minute firefight ensued": more of that encounter
    return any((c.dep_ == "det" and c.lower_ in INDEFINITE) or c.dep_ == "nummod" for c in trigger.children)


def is_outcome(clause: Clause) -> bool:
    """The trigger tells deaths or injuries, with no doer or only a pronoun for one."""
    trigger = clause.trigger
    if trigger.pos_ not in ("VERB", "ADJ") or (
            trigger.lemma_.lower() not in outcome_words() and trigger.lower_ not in outcome_words()):
        return False  # "the slaughter" names an event; "were killed" tells its outcome
    if trigger.lemma_.lower() in harm_words("intransitive"):
        return True  # "two soldiers had died": the subject is the dead, no doer
    if trigger.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("dobj", "aux", "auxpass") and not _bracketed(c)
                                                  for c in trigger.children) and (
            trigger.dep_ == "acl" or any(c.dep_ == "nsubj" and (c.like_num or any(g.dep_ == "nummod" for g in c.children))
                                         for c in trigger.children)):
        # "1 SDF fighter killed, 1 wounded", "three soldiers killed": a note's counted victims with the
        # auxiliary dropped, however the parser read the participle (a past tense, with its noun as subject)
        return True
    agent = arguments(trigger).agent
    if agent is not None and trigger.tag_ == "VBN" and agent.dep_ == "nsubj" and \
            not any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return True  # "the communique reports six soldiers killed": a bare participle's subject is the victim
    return agent is None or agent.pos_ == "PRON"


def _bracketed(token: Token) -> bool:
    """The word opens a bracketed aside ("1 killed (a volunteer, per X)"): who the counted were, no object."""
    first = token.left_edge
    return first.i > 0 and token.doc[first.i - 1].text == "("


def is_additive(trigger: Token) -> bool:
    """The toll adds to one told before: "were also killed", "another 15 were wounded"."""
    near = [c for c in trigger.children if c.dep_ in ("advmod", "nsubj", "nsubjpass", "dobj")]
    for tok in near:
        if tok.lower_ in ADDITIVE or any(g.dep_ in ("det", "amod", "advmod") and g.lower_ in ADDITIVE
                                         for g in tok.children):
            return True
    return False


def _in_phrase(ctx: Context, head: Token, start: int, end: int) -> bool:
    """Whether the text [start, end) lies in the phrase ``head`` heads ("Saturday's attack in X")."""
    root = token_at(ctx.doc, start, end)
    return root is not None and (root.i == head.i or any(a.i == head.i for a in root.ancestors))


# Words by which a time expression names its day ("Monday night", "at 9 p.m. on 4 May", "last night").
_NAMES_A_DAY = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\.?\s*\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:today|tonight|yesterday|tomorrow|last|this)\b"
    r"|\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d", re.IGNORECASE)


def clock_only(t: Timex | None) -> bool:
    """A time of day that names no day ("at around 7 a.m.", "in the afternoon", "at dawn"): with no
    place of its own, it places the event within the narrative's day and does not set it apart."""
    return t is not None and t.type == "TIME" and not _NAMES_A_DAY.search(t.text)


def _in_lead(ctx: Context, m: EventMention) -> bool:
    """The mention is in the report's first sentence after its headline (the lead)."""
    line = headline_line(ctx.doc)
    after = max(ctx.body_start, line.end_char if line is not None else 0)
    first = next((s for s in ctx.doc.sents if s.start_char >= after and s.text.strip()), None)
    return first is not None and first.start_char <= m.sentence_start < first.end_char


def _first_told(ctx: Context, m: EventMention) -> bool:
    """The mention is in the paragraph that tells the report's first event (after a headline and notes such as
    "Translated from Spanish."): the paragraph that sums the story up."""
    first = next((o for o in ctx.mentions or () if o.sentence_start >= ctx.body_start), None)
    if first is None:
        return False
    para = ctx.text.rfind("\n", 0, first.sentence_start) + 1
    return ctx.text.rfind("\n", 0, m.sentence_start) + 1 == para


# A night named only as the one before the telling: its day is the source's, and a retelling may give its own.
_NIGHT_BEFORE = re.compile(r"(?:late\s+)?(?:overnight|last\s+night)", re.I)


def _night_before_telling(ctx: Context, m: EventMention, t: Timex | None) -> bool:
    """"Rebels killed 38 in an overnight raid, officials said on Monday": "overnight" is the night before the day
    someone told of it, not a day of its own; a retelling that names the raid's own day ("late on Friday") may
    give the event an earlier one (``merge.told_later``).  Only in a sentence whose report is dated by a day."""
    if t is None or _NIGHT_BEFORE.fullmatch(t.text.strip()) is None:
        return False
    return any(o is not t and o.type == "DATE" and m.sentence_start <= o.start < m.sentence_end and dates_the_saying(ctx, m, o)
               for o in ctx.timexes)


def describe(ctx: Context, m: EventMention, when: EventDate, place: Toponym | None) -> dict[str, Any]:
    """The ``Candidate`` fields read from the mention's own sentence.

    A reference ("after Saturday's attack in Kano") owns only the day and place inside
    its own noun phrase: the sentence around it is about something else."""
    own_date = when.basis == "expression"
    # A country named in the sentence ("Syria's militia") does not set one event apart from another.
    own_place = place is not None and m.sentence_start <= place.start < m.sentence_end and not _country(place)
    paragraph = sum(1 for line in ctx.text[:m.sentence_start].split("\n")[:-1] if line.strip())
    if not ctx.doc.has_annotation("DEP"):
        return {"own_date": own_date and m.kind == "report", "own_place": own_place and m.kind == "report",
                "paragraph": paragraph}
    clause = clause_of(ctx.doc, m.start, m.end)
    if clause is None:
        return {"own_date": False, "own_place": False, "paragraph": paragraph}
    own_timex: Timex | None = None
    if m.kind in ("reference", "ambiguous"):
        trigger = clause.trigger
        if m.kind == "reference":
            own_timex = phrase_date(ctx, trigger)
            own_date = own_timex is not None
            own_place = place is not None and place.end > place.start and _in_phrase(ctx, trigger, place.start, place.end)
            if not own_date and trigger.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in trigger.children):
                own_place = False  # "previous attacks in Nigeria": events in general, not one of them
            elif own_date and not own_place and place is not None and m.sentence_start <= place.start < m.sentence_end \
                    and not _country(place) and _in_lead(ctx, m):
                # the report's first sentence tells its news through what someone does about it ("Police in X were
                # hunting the man behind a Friday blast that wounded 13"): the lead's place is the event's
                own_place = True
        else:
            own_place = own_place or bool(place_phrases(clause, list(ctx.toponyms or []), _times(ctx)))
    else:
        own_place = own_place or bool(place_phrases(clause, list(ctx.toponyms or []), _times(ctx)))
    if not own_place and m.kind == "report" and place is not None and (label := line_label(ctx, m)) is not None:
        own_place = label.start == place.start  # "4/ Downtown Khartoum: a crowd marched ... Tear gas at the junction."
    if own_date and not own_place and m.kind == "report" and clock_only(when.timex):
        own_date = False  # "the firing started at around 7 a.m.": more of the day's story, not a new event
    revision = any(toll_told(a) for a in clause.trigger.ancestors if a.pos_ == "VERB")
    return {
        "own_date": own_date,
        # (so does the day a toll was revised: "on 22 April the health department revised the toll to 31 killed")
        "said_day": own_date and m.kind == "report" and (dates_the_saying(ctx, m, when.timex) or revision
                                                          or _night_before_telling(ctx, m, when.timex)),
        "revision": revision,
        "own_place": own_place,
        "new_event": introduces(clause.trigger),
        "lead": _in_lead(ctx, m) or _first_told(ctx, m),
        "apart": opens_apart(ctx.text[m.sentence_start:m.sentence_end]),
        "doubted": doubted(ctx.text[m.sentence_start:m.sentence_end]),
        "claimed": claimed(ctx.text[m.sentence_start:m.sentence_end]),
        "outcome": is_outcome(clause),
        "additive": is_additive(clause.trigger),
        "own_timex": own_timex,
        "lemma": clause.trigger.lemma_.lower(),
        "generic": len(trigger_types(clause.trigger)) > 1,
        "paragraph": paragraph,
        "point": in_point(ctx.text, m.sentence_start),
        "retold": happening(clause.trigger) is not None or harmed_in(clause.trigger) or _target_retold(ctx, m, clause),
        "reacted": m.kind == "reference" and own_place and not own_date and m.event_type in VIOLENT_EVENT_TYPES
        and reacted_to(clause.trigger) and not _country(place),
    }


# How many sentences back a definite target may point ("a convoy ... | The convoy came under fire near X").
TARGET_SENTENCES = 2


def _target_retold(ctx: Context, m: EventMention, clause: Clause) -> bool:
    """The event's clause names, with "the", the thing an event told just before struck with "a" ("gunmen
    ambushed a convoy south of X on Wednesday | The convoy came under fire near the town of Y"): that event,
    retold with a finer place."""
    if m.kind != "report":
        return False
    nouns = {t.lemma_.lower() for t in clause.head.subtree if t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.pos_ == "NOUN"
             and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)}
    if not nouns:
        return False
    earlier = [o for o in ctx.mentions or () if o.sentence_end <= m.sentence_start and o.kind == "report"]
    starts = sorted({o.sentence_start for o in earlier})[-TARGET_SENTENCES:]
    for o in (o for o in earlier if o.sentence_start in starts):
        told = clause_of(ctx.doc, o.start, o.end)
        if told is not None and any(t.lemma_.lower() in nouns and t.dep_ in ("dobj", "pobj") and t.pos_ == "NOUN"
                                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
                                    for t in told.head.subtree):
            return True
    return False


def _country(place: Toponym | None) -> bool:
    return place is not None and place.place is not None and (place.place.feature_code or "").startswith("PCL")


def reacted_to(trigger: Token) -> bool:
    """A definite event a statement reacts to ("condemned the killing of four teachers in X",
    "denounced the bombing of a market that killed 12"): the report exists because it happened,
    shortly before the statement, even when no other sentence tells it."""
    if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVE for c in trigger.children):
        return False  # "condemns this cowardly attack": the one the report has told
    return is_reaction(trigger, get_ontology().not_news)


def _named_day(ctx: Context, t: Timex) -> bool:
    """A day that is part of a name: "Bloody Friday", "Good Friday", "Black September"."""
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    before = ctx.doc[first.i - 1] if first.i > span.sent.start else None
    return before is not None and before.is_title and not before.is_sent_start and before.ent_type_ not in ("DATE", "TIME") \
        and before.pos_ in ("ADJ", "PROPN")


def _year_naming(ctx: Context, t: Timex) -> bool:
    """A bare year written as a modifier ("the 2020 ceasefire agreement", "the 2019 election"): it says which thing,
    and gives no reference a day of its own."""
    root = token_at(ctx.doc, t.start, t.end)
    return t.granularity == "year" and root is not None and root.dep_ in ("nummod", "compound", "amod", "nmod") \
        and root.head.pos_ in ("NOUN", "PROPN")


def phrase_date(ctx: Context, noun: Token) -> Timex | None:
    """The date written in a reference's own noun phrase ("Saturday's attack", "the attack on 3 May")
    or just before it ("the June 3, 2014, bombing")."""
    dated = [t for t in ctx.timexes if t.type in ("DATE", "TIME") and t.date_start is not None and not _named_day(ctx, t)]
    inside = [t for t in dated if _in_phrase(ctx, noun, t.start, t.end) and not _year_naming(ctx, t)]
    if inside:
        return inside[0]
    left = ctx.doc[noun.left_edge.i].idx if noun.left_edge.i < noun.i else noun.idx
    for t in dated:
        if t.start < noun.sent.start_char:
            continue  # "... postponed to December 2026. The clashes": the sentence before's day
        between = ctx.text[t.end:left]
        if t.end <= left and len(between) <= 6 and not any(c.isalnum() for c in between.replace("the", "")):
            return t
    return None


def names_unread_place(ctx: Context, m: EventMention) -> bool:
    """The event's own clause names a place the gazetteer could not read ("picked up an organiser at his flat in
    X"): the event stands somewhere of its own, which an event told in another paragraph does not say."""
    clause = clause_of(ctx.doc, m.start, m.end)
    return clause is not None and any(phrase.unread is not None or any(t.place is None for t in phrase.named)
                                      for phrase in place_phrases(clause, list(ctx.toponyms or []), _times(ctx)))


def forget_borrowed(record: EventRecord, own_date: bool, own_place: bool) -> None:
    """Clear the day and place a reference or an ambiguous mention only borrowed (from its
    sentence, the sentence before, the publication day): they are to be confirmed by the
    article's other mentions, and a borrowed day would only keep them apart."""
    if not own_date:
        record.event_date = record.time_precision = record.year = None
        record.historical = False
        record.evidence.pop("event_date", None)
    if not own_place:
        for name in ("location", "latitude", "longitude", "geonameid", "admin1", "admin2", "admin3", "country", "iso",
                     "region", "geo_precision"):
            setattr(record, name, None)
        record.evidence.pop("location", None)


ARMED = frozenset({"State forces", "Rebel group", "Political militia", "Identity militia", "External/Other forces"})


def one_sided_battle(m: EventMention, actors: EventActors) -> bool:
    """A mention typed Armed clash with no armed side on the receiving end: ACLED's battle needs
    two armed, organised sides ("Saturday's terror attack" names none)."""
    if m.sub_event_type != "Armed clash":
        return False
    target = actors.actor2
    return target is None or target.inter not in ARMED


def as_attack(m: EventMention) -> EventMention:
    """The mention read as Violence against civilians / Attack (the ontology's ATTACK)."""
    from dateline.events.ontology import get_ontology

    onto = get_ontology()
    sub = next(s for s in onto.sub_event_types if s.code == "ATTACK")
    return m.model_copy(update={"event_type": sub.event_type, "sub_event_type": sub.name,
                                "disorder_type": onto.disorder_of(sub.event_type)})
