"""Actor rules of the forty-ninth session.  Our own sentences; each fails on the session-start code (40fe0c0)."""

from __future__ import annotations

import datetime as dt

from dateline import pipeline
from dateline.actors import actor_mentions
from dateline.types import Article


def _names(text: str) -> list[tuple[str, str]]:
    nlp = pipeline.build(stages=["actors", "counts"])
    doc = next(pipeline.process(nlp, [Article(text=text, published=dt.date(2025, 3, 4))]))
    return [(text[a.start:a.end], a.name) for a in actor_mentions(doc)]


def test_fighters_of_a_group_the_dictionary_lacks_are_not_the_group_named_before():
    """"fighters of the Zo Liberation Council" name their own group: not the party named in the sentence before."""
    found = _names("Rallies in the capital grew ahead of a ruling on the Awami League. In the hills, soldiers "
                   "clashed with fighters of the Zo Liberation Council near a border post.")
    assert ("fighters", "AL: Awami League") not in found


def test_a_cell_of_a_named_group_is_that_group_past_an_adjective():
    """"a cell of the banned X": the group after "of", the article and the adjective passed over."""
    found = _names("Al Shabaab attacked a base near Afgoye. Later, police rounded up a cell of the outlawed "
                   "Hizbul Islam in Mogadishu.")
    assert ("cell", "Al Shabaab") not in found
