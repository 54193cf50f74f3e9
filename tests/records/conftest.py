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
