"""What the linking stage reads from a Doc, read once per Doc through the stages' accessors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from dateline.actors import actor_mentions
from dateline.counts import count_mentions
from dateline.events import event_mentions
from dateline.nlp import doc_article, doc_text, has_slot
from dateline.places import toponyms
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
    toponyms: list[Toponym] | None
    timexes: list[Timex]
    actors: list[ActorMention] | None
    counts: list[CountMention] | None
    mentions: list[EventMention] | None
    # Answers worked out once per Doc by the linkers (the article's country signals ...).
    memo: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc) -> "Context":
        return cls(
            doc=doc,
            text=doc_text(doc),
            article=doc_article(doc),
            toponyms=toponyms(doc) if has_slot(doc, "places") else None,
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

    @property
    def dateline(self) -> str | None:
        return self.article.dateline if self.article is not None else None
