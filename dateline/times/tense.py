"""The tense of the verb that governs a time expression, read from a spaCy parse.

"They attacked the town in March" in an October report is last March; "they
will attack in March" is next March.  The words before the expression cannot
always tell ("In March, rebels attacked ..."), the parse can: the expression's
head, through a preposition, is the verb whose tense and auxiliaries decide.
An expression that hangs off a noun ("elections on 5 November", "the attack on
Monday") takes no tense from the verb above that noun: None, the past bias.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_MODAL = frozenset({"would", "could", "might", "may", "should", "must", "can", "ca", "'d"})
_HAVE = frozenset({"has", "have", "had", "'ve", "'s"})
# Prepositions that make a date the end or limit of something, not the time of the verb.
_END_POINT = frozenset({"until", "till", "til", "through", "thru", "to", "by", "for", "toward", "towards", "into"})
# Nouns of a stretch of time named by its date ("the week of 8 April", "the night of 3 June").
_SPAN_NOUNS = frozenset({"week", "weekend", "night", "morning", "afternoon", "evening", "day", "days", "weeks", "month"})
# Roles in which a date is what the verb is about ("set Nov. 10", "Monday was calm").
_NOT_WHEN = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "dative", "ccomp", "xcomp", "csubj"})


def verb_tense(verb: Token) -> str | None:
    """ "past", "future" or None for a verb with its auxiliaries (a conjunct shares its head's)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.tag_ in ("VB", "VBN"):
        auxes = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX or "going" in words:
        return "future"
    if words & _MODAL or any(a.tag_ == "TO" for a in auxes):
        return None  # "would", "could", "to attack": not said to have happened
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and words & _HAVE:
        return "past"  # "have attacked"
    return None


def reduced(verb: Token) -> bool:
    """A verb with no auxiliary and no object, as notes and headlines write a passive ("weapons seized", "175 people
    killed"): the parser often reads its passive subject as a subject."""
    return not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children)


def perfect(verb: Token) -> str | None:
    """"past" for "had seized" / "had been fighting", "present" for "has seized"; else None.

    The one reading of the perfect that background and aspect rules share: an event told in
    the past perfect is older than the news, one in the present perfect may be a tally.
    """
    if verb.tag_ not in ("VBN", "VBG"):
        return None
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.lemma_.lower() == "have":
            return "past" if child.tag_ == "VBD" or child.lower_ in ("had", "'d") else "present"
    return None


def governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb the expression at characters [start, end) attaches to, through prepositions only."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    head = root.head
    # spaCy makes a new Token per access: compare positions, never identity
    if head.i == root.i or head.i in range(span.start, span.end) or root.dep_ in _NOT_WHEN:
        return None  # "set Nov. 10 as the deadline": a date the verb is about, not the time it happened
    while head.head.i != head.i:
        if head.pos_ in ("ADP", "SCONJ"):
            if head.lower_ in _END_POINT:
                return None  # "extended the offer until 9 November": a past act, an end point that may lie ahead
            head = head.head
        elif head.lower_ in _SPAN_NOUNS and root.head.lower_ == "of" and head.dep_ == "pobj":
            head = head.head  # "in the week of 8 April", "on the night of 3 June": the span's own preposition
        else:
            break
    return head if head.pos_ in ("VERB", "AUX") else None


def _since(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.head.lower_ == "since"


def tense_reader(doc: Doc) -> Callable[[int, int], str | None] | None:
    """A ``Context.verb_tense`` for the Doc, or None when it has no parse."""
    if not doc.has_annotation("DEP") or not doc.has_annotation("TAG"):
        return None

    def tense(start: int, end: int) -> str | None:
        verb = governing_verb(doc, start, end)
        if verb is None:
            return None
        said = verb_tense(verb)
        if said == "past" and perfect(verb) == "present" and not _since(doc, start, end):
            # the present perfect takes no point of time but its start ("have shelled since 1 December"): a day
            # hung on it is its object's ("has announced a march on 9 March"), and may lie ahead
            return None
        return said

    return tense
