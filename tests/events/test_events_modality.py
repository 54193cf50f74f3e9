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


def test_denied_responsibility_is_no_denial_of_the_event(nlp):
    # The group denies the blame, not that the bombing took place: no mention says it did not happen.
    mentions = event_mentions(nlp("The group denied responsibility for the bombing of the market."))
    assert all(m.modality != "denied" for m in mentions)


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


def test_a_request_is_a_plan(nlp):
    m = only(nlp, "The opposition asked its supporters to take to the streets on Friday.")
    assert m.modality == "planned" and m.modality_evidence.text == "asked"


@pytest.mark.parametrize("text, kind", [
    ("Residents fear attacks on the market.", "hypothetical"),
    ("The mayor ordered a ban on marches in the old town.", "hypothetical"),
])
def test_a_noun_or_verb_of_fear_or_prohibition_governs_the_event(nlp, text, kind):
    from dateline.events.modality import modality_of
    from dateline.events.ontology import get_ontology

    doc = nlp(text)
    trigger = next(t for t in doc if t.lemma_ in ("attack", "march"))
    assert modality_of(trigger, get_ontology().modality)[0] == kind


def test_a_denial_across_a_complement_clause(nlp):
    m = only(nlp, "The army denied that its jets had bombed the market.")
    assert m.modality == "denied"


def parse_modality(nlp, text, word):  # type: ignore[no-untyped-def]
    from dateline.events.modality import modality_of
    from dateline.events.ontology import get_ontology

    doc = nlp(text)
    trigger = next(t for t in doc if t.lower_ == word)
    return modality_of(trigger, get_ontology().modality)[0]


@pytest.mark.parametrize("text, word", [
    # The negation is about the suspects' part, the charge or the blame, not the event.
    ("Prosecutors did not say whether the suspects took part in the bombing of the bus station.", "bombing"),
    ("He is not charged with taking part in the March 3 ambush, which killed four rangers.", "ambush"),
    ("The group denied responsibility for the bombing of the market.", "bombing"),
    ("Police have not ruled out that others were involved in the assassination of the mayor.", "assassination"),
])
def test_a_definite_event_in_a_phrase_is_taken_for_granted(nlp, text, word):
    assert parse_modality(nlp, text, word) == "asserted"


def test_a_planned_event_noun_keeps_its_own_modifier(nlp):
    assert parse_modality(nlp, "Police arrested two men in connection with the planned attack.", "attack") == "planned"


def test_a_negated_denial_leaves_the_event_possible(nlp):
    assert parse_modality(nlp, "Officials did not rule out that rebels shelled the camp.", "shelled") == "hypothetical"


def test_a_negation_above_a_complement_clause_is_not_a_denial(nlp):
    assert parse_modality(nlp, "Officials did not say that rebels shelled the camp.", "shelled") == "asserted"
