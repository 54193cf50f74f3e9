"""Article-level judgement, events side (issue #8 item 4), on sentences we wrote.

A careful coder records none of these as an event that happened: plans and threats
told as nouns, references back to an event told elsewhere, photo captions and credits,
totals and trends.  Arrests told in everyday words are Arrests.
"""

from __future__ import annotations

import pytest

from dateline import pipeline
from dateline.events import event_mentions

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}


@pytest.fixture(scope="module")
def nlp():
    return pipeline.build(stages=["events"])


def asserted(nlp, text):  # type: ignore[no-untyped-def]
    return [(m.event_type, m.sub_event_type, m.text) for m in event_mentions(nlp(text)) if m.modality == "asserted"]


def asserted_violent(nlp, text):  # type: ignore[no-untyped-def]
    return [m for m in asserted(nlp, text) if m[0] in VIOLENT]


@pytest.mark.parametrize("text", [
    "Investigators said the cell had been preparing a wave of bombings against bus terminals in the capital.",
    "Police in the coastal province foiled a plot to attack the football stadium during the cup final.",
    "The militia's plans to storm the border post were uncovered by a farmer who alerted the army.",
    "Intelligence officials warned of a threat to bomb churches over the Easter weekend.",
])
def test_plans_and_threats_as_nouns_are_not_asserted(nlp, text):
    assert asserted_violent(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The two brothers told the court they had received money for the killings.",
    "Prosecutors questioned the former governor about the massacre.",
    "The families are still waiting for compensation over the shelling.",
])
def test_back_references_are_not_new_events(nlp, text):
    assert asserted_violent(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Police officers stand guard outside the high court in the capital. File photo",
    "Photo: Soldiers patrol a market street after the attack.",
    "Riot police fire tear gas at stone-throwing youths in the old town (Photo: AFP/Getty Images)",
])
def test_captions_and_credits_are_not_events(nlp, text):
    assert asserted(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Security forces have killed or detained dozens of insurgents since the spring offensive began.",
    "Kidnappings have fallen sharply since the army set up checkpoints on the highway.",
    "A spate of bombings has left residents of the northern districts afraid to visit the markets.",
    "Attacks on aid convoys rose by a third last year, the agency said in its annual report.",
])
def test_aggregates_and_trends_yield_no_event(nlp, text):
    assert asserted_violent(nlp, text) == []


def test_a_specific_instance_is_still_an_event(nlp):
    found = asserted_violent(nlp, "A roadside bomb killed four soldiers on the highway north of the town on Tuesday.")
    assert [m[1] for m in found] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text", [
    "Counter-terrorism police swooped on a suspected jihadist cell in the port city on Friday.",
    "Plain-clothes officers picked up three suspects outside the mosque after Friday prayers.",
    "Troops rounded up a six-man cell in a dawn raid on a farmhouse near the border.",
])
def test_colloquial_arrests_are_arrests(nlp, text):
    # Political or security targets: a ring of ordinary criminals is organised crime, out of scope.
    assert [m[1] for m in asserted(nlp, text)][:1] == ["Arrests"]
