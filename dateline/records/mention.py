"""What a mention's own sentence says about its event, for event coreference (``merge.py``).

Read from the trigger's clause (``clause.py``): whether the sentence dates and places
the event itself, whether it introduces an event ("an explosion", "two blasts") or only
tells the outcome of one already told ("was also killed", "they killed 23 soldiers"),
and whether that outcome adds victims ("also", "another", "more").
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from dateline.counts.numbers import load_vocabulary
from dateline.records.clause import Clause, arguments, clause_of
from dateline.records.context import Context
from dateline.records.place import place_phrases
from dateline.types import EventDate, EventMention, Toponym

INDEFINITE = frozenset({"a", "an", "another"})
ADDITIVE = frozenset({"also", "another", "more", "further", "additional", "other", "too", "as well"})


@functools.cache
def outcome_words() -> frozenset[str]:
    """Lemmas that tell deaths and injuries (the counts stage's vocabulary): kill, die, wound ..."""
    kinds = load_vocabulary().data.get("kinds", {})
    words: set[str] = set()
    for kind in ("fatalities", "injured"):
        for group in ("transitive", "intransitive", "adjectives"):
            words.update(w.lower() for w in kinds.get(kind, {}).get(group, []))
    return frozenset(words)


def _times(ctx: Context) -> frozenset[int]:
    """Character offsets of the tokens inside temporal expressions ("in March" is no place)."""
    cache = ctx.memo
    if "time_offsets" not in cache:
        cache["time_offsets"] = frozenset(
            tok.idx for t in ctx.timexes for tok in ctx.doc.char_span(t.start, t.end, alignment_mode="expand") or ())
    return cache["time_offsets"]


def introduces(trigger: Token) -> bool:
    """An event noun that brings a new event in: "an explosion", "two blasts", "another attack"."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    return any((c.dep_ == "det" and c.lower_ in INDEFINITE) or c.dep_ == "nummod" for c in trigger.children)


def is_outcome(clause: Clause) -> bool:
    """The trigger tells deaths or injuries, with no doer or only a pronoun for one."""
    trigger = clause.trigger
    if trigger.lemma_.lower() not in outcome_words() and trigger.lower_ not in outcome_words():
        return False
    agent = arguments(trigger).agent
    return agent is None or agent.pos_ == "PRON"


def is_additive(trigger: Token) -> bool:
    """The toll adds to one told before: "were also killed", "another 15 were wounded"."""
    near = [c for c in trigger.children if c.dep_ in ("advmod", "nsubj", "nsubjpass", "dobj")]
    for tok in near:
        if tok.lower_ in ADDITIVE or any(g.dep_ in ("det", "amod", "advmod") and g.lower_ in ADDITIVE
                                         for g in tok.children):
            return True
    return False


def describe(ctx: Context, m: EventMention, when: EventDate, place: Toponym | None) -> dict[str, bool]:
    """The ``Candidate`` fields read from the mention's own sentence."""
    own_date = when.basis == "expression"
    # A country named in the sentence ("Syria's militia") does not set one event apart from another.
    own_place = place is not None and m.sentence_start <= place.start < m.sentence_end and not (
        place.place is not None and (place.place.feature_code or "").startswith("PCL"))
    if not ctx.doc.has_annotation("DEP"):
        return {"own_date": own_date, "own_place": own_place}
    clause = clause_of(ctx.doc, m.start, m.end)
    if clause is None:
        return {"own_date": own_date, "own_place": own_place}
    own_place = own_place or bool(place_phrases(clause, list(ctx.toponyms or []), _times(ctx)))
    return {
        "own_date": own_date,
        "own_place": own_place,
        "new_event": introduces(clause.trigger),
        "outcome": is_outcome(clause),
        "additive": is_additive(clause.trigger),
    }
