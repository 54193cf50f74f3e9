"""Shared fixtures for the places tests: one spaCy pipeline with the places stage.

The gazetteer is built on first use into the user cache (or DATELINE_CACHE);
CI builds it once per run, which takes under a minute.
"""

from __future__ import annotations

import pytest

from dateline import pipeline
from dateline.types import Article


@pytest.fixture(scope="session")
def places_nlp():
    return pipeline.build(stages=["places"])


@pytest.fixture(scope="session")
def parse(places_nlp):
    def run(text: str, dateline: str | None = None):
        return next(pipeline.process(places_nlp, [Article(text=text, dateline=dateline)]))

    return run
