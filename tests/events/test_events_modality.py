"""Modality: what was planned, threatened, denied or imagined is not an event that happened."""

from __future__ import annotations

import pytest

from dateline import pipeline
from dateline.events import event_mentions


@pytest.fixture(scope="module")
def nlp():
    return pipeline.build(stages=["events"])


def only(nlp, text):
    mentions = event_mentions(nlp(text))
    assert len(mentions) == 1, [(m.sub_event_type, m.text, m.modality) for m in mentions]
    return mentions[0]


def test_poised_to_carry_out_is_planned(nlp):
    m = only(nlp, "The cell was poised to carry out more assassinations in the port city, a police spokesman said.")
    assert m.sub_event_type == "Attack"
    assert m.modality == "planned"
    assert m.modality_evidence is not None and m.modality_evidence.text == "poised"


def test_plotting_is_planned(nlp):
    m = only(nlp, "Police said the men had been plotting to bomb a stadium in the capital.")
    assert m.modality == "planned"


def test_denied_responsibility(nlp):
    m = only(nlp, "The group denied responsibility for the bombing of the market.")
    assert m.modality == "denied"
    assert m.modality_evidence.text == "denied"
    assert m.event_type == "Explosions/Remote violence"


def test_did_not_is_denied(nlp):
    m = only(nlp, "The army did not shell the village, a spokesman said.")
    assert m.modality == "denied"
    assert m.modality_evidence.text == "not"


def test_threatened(nlp):
    m = only(nlp, "The rebels threatened to attack the town if the army did not withdraw.")
    assert m.modality == "threatened"
    assert m.text == "attack"


def test_hypothetical(nlp):
    mentions = event_mentions(nlp("If the talks fail, the militia could storm the army base near the river."))
    assert mentions and all(m.modality == "hypothetical" for m in mentions)


def test_asserted_has_no_evidence(nlp):
    m = only(nlp, "Gunmen shot dead a village chief outside his home on Sunday.")
    assert m.modality == "asserted" and m.modality_evidence is None


def test_claim_of_responsibility_alone_is_no_event(nlp):
    assert event_mentions(nlp("The militant group claimed responsibility for the attack in a statement.")) == []
