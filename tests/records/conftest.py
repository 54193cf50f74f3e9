"""Fixtures for the linking-stage tests: a pipeline with the places stage, for place choice."""

from __future__ import annotations

import pytest

from dateline import pipeline
from dateline.types import Article


@pytest.fixture(scope="session")
def parse():
    nlp = pipeline.build(stages=["places"])

    def run(text: str, dateline: str | None = None):
        return next(pipeline.process(nlp, [Article(text=text, dateline=dateline)]))

    return run
