"""The worked example (examples/al-mukalla.txt), read by the events stage alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline import pipeline
from dateline.types import Article
from dateline.events import event_mentions

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "al-mukalla.txt"


@pytest.fixture(scope="module")
def mentions():
    nlp = pipeline.build(stages=["events"])
    text = EXAMPLE.read_text(encoding="utf-8")
    doc = next(pipeline.process(nlp, [Article(text=text, published="2016-05-12")]))
    return text, event_mentions(doc)


def find(mentions, sub_type, modality="asserted"):
    return [m for m in mentions if m.sub_event_type == sub_type and m.modality == modality]


def test_surrender_is_an_agreement(mentions):
    # ACLED's codebook lists surrenders under Strategic developments / Agreement.
    text, ms = mentions
    found = find(ms, "Agreement")
    assert len(found) == 1 and found[0].text == "surrendered"


def test_cell_busted_and_its_old_killing(mentions):
    text, ms = mentions
    arrests = [m for m in find(ms, "Arrests") if m.text == "busted"]
    assert len(arrests) == 1
    killing = find(ms, "Attack")
    # The killing of the officer is a separate, earlier event in the same sentence.
    assert len(killing) == 1 and killing[0].text == "killed"
    assert killing[0].sentence_start == arrests[0].sentence_start
    assert killing[0].event_type == "Violence against civilians"


def test_planned_assassinations_are_not_an_attack_that_happened(mentions):
    text, ms = mentions
    planned = find(ms, "Attack", "planned")
    assert len(planned) == 1 and planned[0].text == "assassinations"
    assert all("assassinations" not in m.text for m in ms if m.modality == "asserted")


def test_arrest_near_houta(mentions):
    text, ms = mentions
    arrests = [m for m in find(ms, "Arrests") if m.text == "arrested"]
    assert len(arrests) == 1
    assert "Houta" in text[arrests[0].sentence_start:arrests[0].sentence_end]


def test_mukalla_retaken(mentions):
    text, ms = mentions
    found = find(ms, "Government regains territory")
    assert len(found) == 1 and found[0].text == "retook"
    assert found[0].event_type == "Battles"


def test_no_duplicates_and_nothing_else(mentions):
    text, ms = mentions
    keys = [(m.sentence_start, m.sub_event_type) for m in ms]
    assert len(keys) == len(set(keys))
    assert len(ms) == 6, [(m.sub_event_type, m.text, m.modality) for m in ms]
