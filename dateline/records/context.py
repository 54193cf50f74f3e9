"""What the linking stage reads from a Doc, read once per Doc through the stages' accessors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from dateline.actors import actor_mentions
from dateline.counts import count_mentions
from dateline.events import event_mentions
from dateline.events.background import byline_lines
from dateline.nlp import doc_article, doc_text, has_slot
from dateline.places import toponyms
from dateline.places.context import report_head
from dateline.times import timexes
from dateline.types import (
    ActorMention,
    Article,
    CountMention,
    EventMention,
    Timex,
    Toponym,
)


@dataclass
class Context:
    """One Doc and the earlier stages' answers about it.

    A list is None when its stage did not run (the actors stage falls back on spaCy's
    entities without places; counts cannot be linked without the counts stage).
    """

    doc: Doc
    text: str
    article: Article | None
    toponyms: list[Toponym] | None  # the places an event may be at (not those of bylines)
    timexes: list[Timex]
    actors: list[ActorMention] | None
    counts: list[CountMention] | None
    mentions: list[EventMention] | None
    # Answers worked out once per Doc by the linkers (the article's country signals ...).
    memo: dict[str, Any] = field(default_factory=dict)
    # The wire dateline ("TRIPOLI") and where the report proper starts, past a headline
    # (``dateline.places.context.report_head``; the pipeline starts a sentence there).
    dateline: str | None = None
    body_start: int = 0
    # Every toponym, bylines' too: what the article says of its country.
    every_toponym: list[Toponym] | None = None

    @classmethod
    def of(cls, doc: Doc) -> "Context":
        from dateline.records.place_phrases import placed_by_bearing  # (place_phrases reads the parse helpers)

        article = doc_article(doc)
        dateline, body_start = report_head(article)
        text = doc_text(doc)
        return cls(
            doc=doc,
            text=text,
            article=article,
            dateline=dateline,
            body_start=body_start,
            every_toponym=(every := placed_by_bearing(doc, toponyms(doc)) if has_slot(doc, "places") else None),
            toponyms=_outside_bylines(text, every) if every is not None else None,
            timexes=timexes(doc),
            actors=actor_mentions(doc) if has_slot(doc, "actors") else None,
            counts=count_mentions(doc) if has_slot(doc, "counts") else None,
            mentions=event_mentions(doc) if has_slot(doc, "events") else None,
        )

    @property
    def published(self) -> dt.date | None:
        return self.article.published if self.article is not None else None

    @property
    def year(self) -> int | None:
        return self.published.year if self.published else None


def _outside_bylines(text: str, found: list[Toponym]) -> list[Toponym]:
    """The toponyms outside bylines: a byline says where the writer sits, not where an event was."""
    lines = byline_lines(text)
    return [t for t in found if not any(a <= t.start < b for a, b in lines)] if lines else found
