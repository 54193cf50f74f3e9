"""Is a mention news, background, or a tally?  Read from the parse around its trigger.

A report mixes the news with what led up to it.  A coder records background events
under their own date (``historical``) and leaves out what the text does not date; a
tally over time ("have killed dozens since the spring offensive", "a spate of
bombings") is no event at all.  The cues, all syntactic and all listed in
``dateline/data/linking.yaml``:

- **since**: the trigger sits in a "since ..." phrase or clause ("since recapturing the
  port in March, the army has ...");
- **legal**: a word of legal proceedings governs it ("confessed to shooting a judge",
  "was convicted of killing", "the trial over the bombing");
- **remembrance**: a word of remembrance governs it ("the anniversary of the bombing");
- **past perfect**: its clause is in the past perfect ("a cell that had killed an
  officer"), unless that clause reports speech ("police said gunmen had killed three",
  where the tense is only shifted back).

A tally: its clause is in the present perfect with a "since ..." phrase, or carries an
adverb of repetition ("so far", "repeatedly"), or a noun of quantity governs the trigger
("a spate of", "a rise in"), or it spans a stretch of a month or more in any tense
("over 100 days from April", "during the three-month siege", "in 2008-2009", "between
2015 and 2018"): what a coder splits into events, or leaves out, is not one event.

An accident: the harm the trigger reports has an accident or disaster for its cause
("killed in a road accident", "died in an accidental blast"); the cue words are the
accident and disaster classes of ``out_of_scope`` in ``ontology.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Token

from dateline.counts.numbers import load_vocabulary as number_vocabulary
from dateline.datafiles import load_mapping, word_list
from dateline.events.background import stretch_span
from dateline.nlp import doc_text
from dateline.records.clause import Clause, token_at
from dateline.times.calendar import duration_days
from dateline.times.tense import perfect, reduced
from dateline.types import Timex

VOCABULARY = Path(__file__).resolve().parents[1] / "data" / "linking.yaml"


@dataclass(frozen=True)
class Vocabulary:
    reporting_verbs: frozenset[str]
    legal_words: frozenset[str]
    remembrance_words: frozenset[str]
    aggregate_nouns: frozenset[str]
    aggregate_adverbs: frozenset[str]
    aggregate_adjectives: frozenset[str]
    counted_acts: frozenset[str]
    suspicion_participles: frozenset[str]
    spread_adverbs: frozenset[str]
    stretch_words: frozenset[str]
    recording_verbs: frozenset[str]
    legal_sources: frozenset[str]


@functools.cache
def vocabulary(path: str | Path = VOCABULARY) -> Vocabulary:
    data = load_mapping(path, ValueError, "linking vocabulary")
    return Vocabulary(*(frozenset(word_list(data, k, path)) for k in (
        "reporting_verbs", "legal_words", "remembrance_words", "aggregate_nouns", "aggregate_adverbs",
        "aggregate_adjectives", "counted_acts", "suspicion_participles", "spread_adverbs", "stretch_words",
        "recording_verbs", "legal_sources")))


def _reported(verb: Token, vocab: Vocabulary) -> bool:
    """The clause is what someone said: "said (that) gunmen had killed three"."""
    hop = verb
    while hop.dep_ in ("conj",) and hop.head.i != hop.i:
        hop = hop.head
    return hop.dep_ in ("ccomp", "parataxis") and hop.head.lemma_.lower() in vocab.reporting_verbs


@dataclass(frozen=True)
class Background:
    """Why a mention is background (``cue``), and the phrase that is its own (``scope``):
    only a date inside it dates the old event ("confessed on Monday to shooting a judge
    in 2019": 2019, not Monday)."""

    cue: str
    scope: Token


def _below(cue_word: Token, trigger: Token) -> Token:
    """The child of ``cue_word`` on the path down to the trigger (the trigger itself if adjacent)."""
    node = trigger
    while node.head.i != cue_word.i and node.head.i != node.i:
        node = node.head
    return node


# Marks of a clause that tells what led to the event, not a proceeding the event is told within.
_CAUSE_MARKS = frozenset({"after", "because", "as", "when", "following"})


def _legal_source(trigger: Token, vocab: Vocabulary) -> Token | None:
    """The sentence tells what a court's papers say ("According to the case file, the raid met resistance: two
    gunmen were killed ..."), with no day of its own: the noun of that source, else None.  (A dated sentence is
    dated as any other: "according to the indictment, the men were arrested on 8 June".)"""
    if any(t.ent_type_ in ("DATE", "TIME") for t in trigger.sent):
        return None
    for prep in (t for t in trigger.sent if t.dep_ == "prep" and t.lower_ == "according"):
        for noun in (t for t in prep.subtree if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")):
            words = [*(c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")), noun.lemma_.lower()]
            if noun.lemma_.lower() in vocab.legal_sources or " ".join(words[-2:]) in vocab.legal_sources:
                return noun
    return None


def background_cue(clause: Clause) -> Background | None:
    """Why the mention is background to the news ("since", "legal", "remembrance",
    "past perfect"), or None when nothing says so."""
    vocab = vocabulary()
    trigger = clause.trigger
    above = list(trigger.ancestors)
    for token in [trigger, *above]:
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in token.children):
            return Background("since", token)
        if token is clause.head and not (token is trigger and trigger.dep_ in ("nsubj", "nsubjpass")):
            break  # (an event noun's own verb is still its clause: "two years since fighting erupted")
    for word in _own_ancestors(trigger, above):
        lemma = word.lemma_.lower()
        if word.lower_ == "since" and word.dep_ in ("prep", "mark"):
            return Background("since", _below(word, trigger))
        if (lemma in vocab.legal_words or word.lower_ in vocab.legal_words) and _below(word, trigger).dep_ != "xcomp" \
                and not any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in word.children) \
                and not any(c.dep_ == "mark" and c.lower_ in _CAUSE_MARKS for c in word.children):
            # not "tried to plant a bomb", nor "tried to storm the embassy, setting fire to a door": an attempt;
            # nor a clause that says why ("... after two men were accused of blasphemy", the parser making it the root)
            return Background("legal", _below(word, trigger))
        if lemma in vocab.remembrance_words or word.lower_ in vocab.remembrance_words:
            return Background("remembrance", _below(word, trigger))
    if (source := _legal_source(trigger, vocab)) is not None:
        return Background("legal", source)
    head = clause.head
    if perfect(head) == "past" and not _reported(head, vocab):
        return Background("past perfect", head)
    if _followed_by_other(trigger):
        return Background("preceded", trigger)
    return None


def _own_ancestors(trigger: Token, above: list[Token]) -> list[Token]:
    """The trigger's ancestors up to a finite past verb the parse hung on a gerund ("killed two men accused of
    belonging to a gang and set the bodies on fire"): such a verb is the sentence's own next act, and the
    words above it (the accusation of the men) do not govern it."""
    for n, word in enumerate([trigger, *above]):
        if word.dep_ == "conj" and word.tag_ == "VBD" and word.head.tag_ == "VBG":
            return above[:n]
    return above


def _followed_by_other(trigger: Token) -> bool:
    """"The treaty followed two rounds of fighting": the event is what came before the sentence's
    subject, no act of violence or protest (a deal, a move, a visit), told as its background."""
    noun = trigger
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "followed [two rounds / weeks] of fighting"
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in SEQUEL_OBJECT_VERBS or verb.pos_ != "VERB":
        return False
    heads = _harm_heads()
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() not in heads and c.lower_ not in heads
               for c in verb.children)


@functools.lru_cache(maxsize=1)
def _harm_heads() -> frozenset[str]:
    """Head words of the violent and demonstration sub-types: "clashes followed a protest" tells two events."""
    from dateline.events.ontology import get_ontology

    return frozenset(t.split()[-1] for s in get_ontology().sub_event_types if s.event_type != "Strategic developments"
                     for t in s.triggers)


# Verbs whose object came before their subject ("the deal followed weeks of clashes").
SEQUEL_OBJECT_VERBS = frozenset({"follow"})


# A war and its kin, as the subject of a killing in the present perfect, count a toll over their whole
# length: "the war has killed tens of thousands", "the insurgency has claimed 3,000 lives".
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})  # "fighting" is often parsed as a clausal subject
WAR_NOUNS = frozenset({"war", "conflict", "insurgency", "violence", "crisis", "unrest", "uprising", "rebellion",
                       "fighting", "bloodshed",
                       # ... and a campaign of one side ("the offensive has killed at least 27,000 people")
                       "offensive", "campaign", "bombardment", "siege", "invasion", "occupation", "onslaught"})


def tally_clause(head: Token) -> bool:
    """True when the clause headed by ``head`` counts over time: present perfect with
    "since ...", or with a war as its subject, or an adverb of repetition ("so far", "repeatedly")."""
    vocab = vocabulary()
    # (a note drops the auxiliaries: "175 people killed since violence began" is "have been killed")
    bare = head.tag_ == "VBN" and reduced(head)
    present_perfect = perfect(head) == "present"
    # (only for "since": a note's "killed" is no perfect a war subject would make a tally of)
    since_perfect = present_perfect or bare and (
        head.dep_ in ("ROOT", "acl") or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children))
    verbs = [head]
    if bare and head.dep_ == "acl":  # "90 people killed and over 400 injured since ...": the count's twin tells the stretch
        verbs += [c for n in head.head.conjuncts for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    subjects = [c for c in head.children if c.dep_ in SUBJECTS]
    if not subjects and head.dep_ == "conj":  # "the war erupted in 2023 and has displaced millions"
        subjects = [c for c in head.head.children if c.dep_ in SUBJECTS]
    if present_perfect and any(c.lemma_.lower() in WAR_NOUNS or c.lower_ in WAR_NOUNS for c in subjects):
        return True
    children = [c for v in verbs for c in v.children]
    phrases = [" ".join(t.lower_ for t in c.subtree) for c in children]
    if any(p in vocab.spread_adverbs for p in phrases) and any(
            c.dep_ == "prep" and c.lower_ in ("in", "during", "over", "throughout", "since", "this", "last")
            and any(t.lower_ in vocab.stretch_words for t in c.subtree) for c in children):
        return True  # "26 civilians were killed across the region in May"
    if head.lemma_.lower() in vocab.recording_verbs and any(
            c.dep_ in ("npadvmod", "prep") and any(t.lower_ in vocab.stretch_words for t in c.subtree) for c in children):
        return True  # "37 deaths recorded in the province this week": a week's count, no event
    for child, phrase in zip(children, phrases):
        if child.dep_ in ("advmod", "npadvmod", "prep") and phrase in vocab.aggregate_adverbs:
            return True
        if child.dep_ == "advmod" and child.lower_ == "alone" and child.i > 0 and child.doc[child.i - 1].dep_ == "pobj":
            return True  # "60 killed in Jonglei alone": a part of a larger total, no event's figure
        if child.dep_ == "prep" and any(t.lower_ == "alone" and t.dep_ == "advmod" and t.head.dep_ == "pobj" for t in child.subtree):
            return True  # "... killed 30 civilians in October alone" (the parser hangs "alone" on the month)
    if since_perfect and any(_since_of(v) for v in verbs):
        return True  # "have killed dozens since the spring", "have been killed since the violence began"
    if bare and head.dep_ == "acl" and head.head.dep_ == "dobj" and (counter := head.head.head).lemma_.lower() in \
            vocab.recording_verbs and _since_of(counter):
        return True  # "since 20 October, the network counts more than 300 civilians killed": the count's stretch
    if present_perfect and any(perfect(twin) == "present" and _since_of(twin) for twin in head.conjuncts):
        return True  # "troops have held the hills since March, and over 100 people have been arrested": the stretch is shared
    return False


def _since_of(head: Token) -> bool:
    """The clause has a "since ..." phrase or clause of its own."""
    return any(c.dep_ in ("prep", "mark") and c.lower_ == "since"
               or c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "since" for g in c.children)
               for c in head.children)


def counted_events(trigger: Token) -> bool:
    """The act is counted ("12 kidnappings last month"), or is what a verb trigger counts ("more
    than 40 attacks were recorded"): several events summed up, none of them told on its own."""
    numbers = number_vocabulary()
    nouns = [trigger] if trigger.pos_ == "NOUN" else [c for c in trigger.children if c.dep_ in ("nsubjpass", "dobj")]
    # acts that do something themselves are told, not counted: "two bombings killed nine in X"
    return any(n.tag_ == "NNS" and n.dep_ != "nsubj" and n.lemma_.lower() in vocabulary().counted_acts
               and any(c.dep_ == "nummod" and (numbers.value(c.text) or 0) >= 2 for c in n.children) for n in nouns)


def is_tally(clause: Clause) -> bool:
    """True when the mention counts events over time rather than reporting one."""
    trigger = clause.trigger
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("of", "in") and \
            trigger.head.head.lemma_.lower() in vocabulary().aggregate_nouns:
        return True
    people = trigger.head
    if trigger.dep_ == "acl" and people.dep_ == "pobj" and people.head.lower_ == "of" and \
            people.head.head.lemma_.lower() in vocabulary().aggregate_nouns:
        return True  # "the number of civilians killed since January": a running total of the killed
    if trigger.dep_ in SUBJECTS and tally_clause(trigger.head):
        return True  # "fighting there has killed hundreds": the event noun is the subject of the tally's verb
    if trigger.pos_ == "NOUN" and any(t.dep_ == "amod" and t.lower_ in vocabulary().aggregate_adjectives
                                      for left in trigger.lefts for t in left.subtree):
        return True  # "Turkey has carried out frequent drone strikes in X": how often, not one strike
    return tally_clause(clause.head)


# A stretch this long holds many events, not one: a coder codes each on its own day.
LONG_STRETCH_DAYS = 28
YEAR_GRAINS = frozenset({"year", "decade", "century"})  # a date known only this finely spans a year or more
# Nouns whose length is the event's own: "a three-month siege" told with another trigger ("troops kept up a
# two-month blockade of the town").
LONG_EVENT_NOUNS = frozenset({"siege", "blockade", "campaign", "offensive", "operation", "occupation", "standoff",
                              "strike", "protest", "sit-in", "curfew", "shutdown", "lockdown"})
RANGE_OPENERS = frozenset({"between", "from"})
RANGE_CLOSERS = frozenset({"and", "to", "until", "till", "through", "-"})
# Crossing one of these leaves the clause: "rebels, who have held the town for two months, attacked".
_OWN_CLAUSE_EDGES = frozenset({"relcl", "ccomp", "parataxis", "advcl"})
# A duration after one of these is an offset from something else, not the event's own stretch:
# "four months after the massacre", "within 110 days of the agreement".
OFFSET_PREPS = frozenset({"after", "before", "within", "since", "until", "till", "following", "ago", "later"})


def _in_clause(token: Token, head: Token) -> bool:
    """``token`` sits in the clause ``head`` heads, not in a relative, reported or conjoined clause."""
    node = token
    for _ in range(50):
        if node.i == head.i:
            return True
        if node.head.i == node.i or node.dep_ in _OWN_CLAUSE_EDGES or (node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")):
            return False
        node = node.head
    return False


def _offset(token: Token) -> bool:
    """The duration is measured from something else: the preposition above it is "after", "within" ..."""
    node = token
    for _ in range(6):
        if node.dep_ in ("prep", "mark") or node.pos_ in ("ADP", "SCONJ"):
            return node.lower_ in OFFSET_PREPS
        if any(c.lower_ in OFFSET_PREPS and c.dep_ in ("advmod", "prep") for c in node.children):
            return True
        if node.pos_ in ("VERB", "AUX"):  # "comes three months after rebels seized X": measured to the "after" clause
            marked = lambda v: any(m.dep_ == "mark" and m.lower_ in OFFSET_PREPS for m in v.children)  # noqa: E731
            return marked(node) or any(c.dep_ == "advcl" and marked(c) for c in node.children)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _describes_other(tok: Token, clause: Clause, trigger: Token | None) -> bool:
    """A length that describes another thing than the event: "one of the deadliest attacks in the
    15-year conflict" (the conflict's age), not "a three-month siege" (the event's own length)."""
    event = {clause.head.i, clause.trigger.i} | ({trigger.i} if trigger is not None else set())
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ == "NOUN" and tok.head.i not in event \
        and tok.head.lemma_.lower() not in LONG_EVENT_NOUNS


def _dates_the_verb(tok: Token, head: Token) -> bool:
    """The expression is an adverbial of the clause's verb ("were killed last year", "cancelled in
    2021", "over the past two years"), not a noun's modifier ("a rally against the 2021 coup")."""
    while tok.i != head.i:
        if tok.dep_ not in ("pobj", "prep", "npadvmod", "tmod", "advmod") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _no_doer(verb: Token) -> bool:
    """A passive verb with no agent ("people were killed"): a count of victims, not an act told."""
    return verb.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def long_stretch(clause: Clause, timexes: Sequence[Timex], trigger: Token | None = None) -> bool:
    """The clause, or the event noun ``trigger``'s own phrase ("guilty of attacks on markets between
    2014 and 2016"), spans a month or more: a duration ("over about 100 days", "a three-month
    siege"), a year ("last year", "over the past two years"), a range in one expression ("2008-2009") or across
    two ("between 2015 and 2018", "from March to June")."""
    doc, head = clause.head.doc, clause.head
    own: list[tuple[Timex, Token]] = []
    for t in timexes:
        tok = token_at(doc, t.start, t.end)
        if tok is not None and (_in_clause(tok, head) or trigger is not None and _in_clause(tok, trigger)):
            own.append((t, tok))
    for t, tok in own:
        if t.type == "DURATION" and (duration_days(t.value) or 0) >= LONG_STRETCH_DAYS and not _offset(tok) \
                and not _describes_other(tok, clause, trigger):
            return True
        if t.type == "DATE" and t.granularity in YEAR_GRAINS and (stretch_span(doc, t) is not None or _no_doer(head)) \
                and _dates_the_verb(tok, head):
            # "were murdered last year", "over the past two years": a tally's span; "in 2019" is a point, unless
            # only victims are counted in it ("more than 1,300 people were killed ... in 2023")
            return True
        if t.type == "DATE" and "/" in (t.value or "") and t.date_start and t.date_end and \
                (t.date_end - t.date_start).days >= LONG_STRETCH_DAYS:
            return True
    dated = sorted(((t, tok) for t, tok in own if t.type == "DATE" and t.date_start and t.date_end),
                   key=lambda x: x[0].start)
    for (a, ta), (b, tb) in zip(dated, dated[1:]):
        before_a = doc[ta.left_edge.i - 1].lower_ if ta.left_edge.i > 0 else ""
        between = doc_text(doc)[a.end:b.start].strip().lower()
        first = min(a.date_start, b.date_start)  # type: ignore[type-var]
        last = max(a.date_end, b.date_end)  # type: ignore[type-var]
        if before_a in RANGE_OPENERS and between in RANGE_CLOSERS and (last - first).days >= LONG_STRETCH_DAYS:
            return True
    return False


# Out-of-scope classes whose cue words, in the cause of a harm, make it no political violence.
ACCIDENT_CLASSES = ("MAN_MADE_DISASTER", "NATURAL_DISASTER")
CAUSE_PREPS = frozenset({"in", "by", "from", "during", "after", "when"})


@functools.cache
def accident_words() -> frozenset[str]:
    """The cue words of accidents and disasters (ontology.yaml ``out_of_scope``), lower case."""
    from dateline.events.ontology import load_ontology

    return frozenset(c.lower() for o in load_ontology().out_of_scope if o.code in ACCIDENT_CLASSES for c in o.cues)


def _cue_in(tokens: list[Token], words: frozenset[str]) -> bool:
    low = [t.lower_ for t in tokens]
    lemmas = [t.lemma_.lower() for t in tokens]
    for i in range(len(tokens)):
        for n in (1, 2):
            if i + n <= len(tokens) and (" ".join(low[i:i + n]) in words or " ".join(lemmas[i:i + n]) in words):
                return True
    return False


def burned_alone(clause: Clause) -> bool:
    """The trigger is an intransitive verb a thing is the subject of ("the house burned down", "the roof
    collapsed"): what happened to it, with no doer."""
    trigger = clause.trigger
    return trigger.pos_ == "VERB" and trigger.tag_ != "VBN" and not any(
        c.dep_ in ("dobj", "auxpass", "agent", "nsubjpass") for c in trigger.children) and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.ent_type_ == "" and c.lemma_.lower() in THING_NOUNS for c in trigger.children)


# Things that burn or fall down by themselves in a sentence ("the house burned down").
THING_NOUNS = frozenset({"house", "home", "building", "shop", "store", "roof", "car", "vehicle", "market", "school",
                         "church", "mosque", "office", "warehouse", "factory", "hut", "tent", "forest", "field", "crop"})


def by_accident(clause: Clause, words: frozenset[str] | None = None) -> bool:
    """The harm the trigger reports has an accident or disaster for its cause: "killed in a road
    accident", "died in an accidental blast", "exploded prematurely", "killed in the landslide"."""
    words = accident_words() if words is None else words
    trigger = clause.trigger
    phrase = [c for c in trigger.children if c.dep_ in ("advmod", "amod", "compound")]
    for prep in trigger.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in CAUSE_PREPS:
            phrase.extend(t for pobj in prep.children if pobj.dep_ == "pobj" for t in pobj.subtree)
    if _cue_in(sorted(phrase, key=lambda t: t.i), words):
        return True
    # what did the harm: "floods killed 12", "the February wildfire that killed more than 130 people"
    doers = [c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    if trigger.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in trigger.children):
        doers.append(trigger.head)
    if not doers and trigger.dep_ in ("advcl", "conj") and trigger.tag_ == "VBG":  # "the fire swept through X, destroying"
        doers = [c for c in trigger.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    # (not "the outbreak of fighting killed 12": what it is of is the harm's cause)
    return any(_cue_in([t for t in d.subtree if t.i <= d.i], words) and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                                               for c in d.children) for d in doers)


# Words that keep someone somewhere; "in hospital" with no article is the British idiom for a patient.
_KEEPING_LEMMAS = frozenset({"detain", "keep", "hold", "remain"})


def in_care(clause: Clause, care_places: frozenset[str]) -> bool:
    """The trigger keeps someone as a patient, not a prisoner: "were detained in hospital", "six are
    still held in hospital" (a bare "in hospital", no article).  "detained at a hospital by police"
    or "detained in a hospital" stays an arrest."""
    trigger = clause.trigger
    if trigger.lemma_.lower() not in _KEEPING_LEMMAS:
        return False
    return any(prep.dep_ == "prep" and prep.lower_ == "in" and pobj.dep_ == "pobj" and pobj.lower_ in care_places
               and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in pobj.children)
               for prep in trigger.children for pobj in prep.children)

