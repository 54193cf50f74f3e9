"""What the earlier stages found in a Doc, as token indices, for the events stage's rules.

Read once per Doc (``DocFacts.of``) and passed to every rule, so the rules need not know how the places, times
and actors stages keep their results.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from dateline.actors import actor_mentions
from dateline.actors.matcher import ARMED_INTERS
from dateline.events.background import expression_tokens, period_tokens
from dateline.nlp import HEADLINE_MAX_WORDS, has_slot, headline_line
from dateline.places import toponyms
from dateline.times import timexes
from dateline.types import Timex


@dataclass(frozen=True)
class DocFacts:
    """What earlier stages found in a Doc, as token indices, for the not-news tests
    (empty when a stage did not run: the events stage also works alone)."""

    dates: frozenset[int] = frozenset()  # DATE/TIME expressions
    days: frozenset[int] = frozenset()  # DATE expressions of one day ("on Monday", "March 3")
    periods: frozenset[int] = frozenset()  # stretches of time: "two months", "the past year"
    places: frozenset[int] = frozenset()  # place names
    towns: frozenset[int] = frozenset()  # ... of towns and villages
    actors: frozenset[int] = frozenset()  # actor mentions
    state: frozenset[int] = frozenset()  # ... of state forces
    nonstate: frozenset[int] = frozenset()  # ... of armed groups that are not the state
    groups: frozenset[int] = frozenset()  # ... of those the actor dictionary names ("Naxalite", not "gunmen")
    armed_names: tuple[tuple[int, str], ...] = ()  # (token, actor name) of every armed actor's mention: the sides a sentence names
    first_sentence: int = 0  # start of the Doc's first sentence (it may be a headline)
    headline: bool = False  # the first line is a headline (``headline_line``), and the first sentence
    long_headline: bool = False  # ... longer than HEADLINE_MAX_WORDS (a headline given alone)

    @classmethod
    def of(cls, doc: Doc) -> "DocFacts":
        found: list[Timex] = timexes(doc) if has_slot(doc, "times") else []
        places = toponyms(doc) if has_slot(doc, "places") else []
        actors = actor_mentions(doc) if has_slot(doc, "actors") else []
        line = headline_line(doc)
        first = line.start if line is not None else next((s.start for s in doc.sents), 0)
        return cls(
            dates=frozenset(expression_tokens(doc, found, lambda t: t.type in ("DATE", "TIME"))),
            days=frozenset(expression_tokens(doc, found, lambda t: t.type == "DATE" and t.precision == 1)),
            periods=frozenset(period_tokens(doc, found)),
            places=frozenset(expression_tokens(doc, places, lambda t: t.role in ("location", "modifier"))),
            towns=frozenset(expression_tokens(doc, places, lambda t: t.role in ("location", "modifier")
                                              and t.place is not None and t.place.feature_class == "P")),
            actors=frozenset(expression_tokens(doc, actors)),
            state=frozenset(expression_tokens(doc, [a for a in actors if a.inter == "State forces"])),
            nonstate=frozenset(expression_tokens(doc, [a for a in actors if a.inter in ARMED_INTERS])),
            groups=frozenset(expression_tokens(doc, [a for a in actors if a.inter in ARMED_INTERS and ":" not in (a.key or ":")])),
            armed_names=tuple((i, a.name) for a in actors if a.inter == "State forces" or a.inter in ARMED_INTERS
                              for i in expression_tokens(doc, [a])),
            first_sentence=first,
            headline=line is not None,
            long_headline=line is not None and sum(not (t.is_punct or t.is_space) for t in line) > HEADLINE_MAX_WORDS,
        )
