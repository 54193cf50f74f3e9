"""Fixtures for the linking-stage tests: a pipeline with the places stage, for place choice, and the
whole pipeline's rows for a text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from dateline import pipeline
from dateline.types import Article, EventRecord


@pytest.fixture(scope="session")
def parse():
    nlp = pipeline.build(stages=["places"])

    def run(text: str, dateline: str | None = None):
        return next(pipeline.process(nlp, [Article(text=text, dateline=dateline)]))

    return run


@pytest.fixture(scope="session")
def rows() -> Callable[..., list[EventRecord]]:
    """The rows the whole pipeline makes of a text published on ``published`` (8 May 2024 unless given)."""
    nlp = pipeline.build()

    def run(text: str, published: dt.date = dt.date(2024, 5, 8)) -> list[EventRecord]:
        ((_, records),) = list(pipeline.extract(nlp, [Article(text=text, published=published)]))
        return records

    return run


@pytest.fixture(scope="session")
def hit_words() -> Callable[[str], list[str]]:
    """The event words the lexicon finds in the first sentence of a text (out-of-scope cues left out)."""
    from dateline.events.features import find_hits, get_lexicon
    from dateline.nlp import load_base

    def run(text: str) -> list[str]:
        sent = next(load_base()(text).sents)
        return [sent[h.start:h.end].text for h in find_hits(get_lexicon(), sent) if not h.oos]

    return run


@pytest.fixture(scope="session")
def live_blog() -> str:
    """Two entries of a live blog: a heading line over each, the second a clash of two Syrian factions
    after the first names Turkey (paragraph breaks, and the story place of an unplaced event)."""
    return ("11:00 GMT - Convoy strike toll rises\n"
            "Health officials in the northeast now say seven people died in Sunday's drone strike on a convoy of cars "
            "near the dam. Kurdish officials blamed Turkey; Ankara has said nothing.\n\n"
            "10:15 GMT - Bridge clashes\n"
            "Fighting between Syrian National Army factions and the Syrian Democratic Forces near the bridge on Monday "
            "killed six fighters, a monitor said.")
