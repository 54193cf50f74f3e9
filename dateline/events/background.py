"""Mentions that are no news of an event: captions, aggregates, trends, back-references.

Real articles carry sentences that use an event's words without reporting one: a
photo caption and its credit, a total over months ("security forces have killed or
detained dozens since the spring offensive"), a trend ("kidnappings have fallen"),
a count of many ("a spate of bombings"), a reference back to an event told elsewhere
("they received money for the killings").  A coder records none of them as an event.
The cues are data (``not_news`` in ontology.yaml); the tests are on the parse:

- caption: the sentence holds a credit cue ("File photo", "Photo:", "/AFP");
- aggregate: the trigger's verb is in the present perfect and its clause says over
  what period ("since ...", "so far", "this year");
- trend: the trigger is a noun that is the subject of a rise-or-fall verb;
- spate: the trigger is a plural noun counted by "a spate of", "a string of" ...;
- back-reference: the trigger is a definite noun ("the killings") that is the object of
  "for"/"over"/"about" under a verb that is no event trigger.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.events.ontology import NotNews

DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"})


def is_caption(sent: Span, cues: NotNews) -> bool:
    low = sent.text.lower()
    return any(c in low for c in cues.captions)


def _has_phrase(tokens: list[Token], phrases: list[str]) -> bool:
    low = [t.lower_ for t in tokens]
    text = " " + " ".join(low) + " "
    return any(f" {p} " in text for p in phrases)


def is_aggregate(trigger: Token, cues: NotNews) -> bool:
    """A verb over the trigger is in the present perfect and its clause names a period."""
    node, steps = trigger, 0
    while steps < 12:
        if node.pos_ in ("VERB", "AUX") and node.tag_ == "VBN" and any(
                c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in node.children):
            if _has_phrase(list(node.subtree), cues.since):
                return True
        if node.head.i == node.i:
            return False
        node, steps = node.head, steps + 1
    return False


def is_trend(trigger: Token, cues: NotNews) -> bool:
    return (trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass")
            and trigger.head.lemma_.lower() in cues.trend_verbs)


def is_spate(trigger: Token, cues: NotNews) -> bool:
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NNS":
        return False
    prep = trigger.head
    return prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.lemma_.lower() in cues.spate_nouns


def is_backref(trigger: Token, cues: NotNews, is_trigger) -> bool:  # type: ignore[no-untyped-def]
    """``is_trigger(token)`` says whether a token is itself an event trigger."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in trigger.children):
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


def not_news(sent: Span, trigger: Span, cues: NotNews, is_trigger) -> str | None:  # type: ignore[no-untyped-def]
    """Why a mention is no news of an event (``caption``, ``aggregate`` ...), or None."""
    if is_caption(sent, cues):
        return "caption"
    root = trigger.root
    for name, test in (("aggregate", is_aggregate), ("trend", is_trend), ("spate", is_spate)):
        if test(root, cues):
            return name
    if is_backref(root, cues, is_trigger):
        return "back-reference"
    return None
