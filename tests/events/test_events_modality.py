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


# --- the cue on the parse, without the event detector ------------------------------------


@pytest.fixture(scope="module")
def parse():
    from dateline.events.modality import modality_of
    from dateline.events.ontology import load_ontology

    nlp = pipeline.build(stages=[])
    cues = load_ontology().modality

    def run(text: str, word: str) -> tuple[str, str | None]:
        doc = nlp(text)
        trigger = next(t for t in doc if t.text == word)
        kind, evidence = modality_of(trigger, cues)
        return kind, evidence.text if evidence is not None else None

    return run


@pytest.mark.parametrize("text, word, cue", [
    ("Transport unions have called a two-day general strike starting on Sunday.", "strike", "called"),
    ("A judge ordered the arrest of the former governor.", "arrest", "ordered"),
    ("Protesters demanded the release of the detained activists.", "release", "demanded"),
    ("The upcoming strike has worried traders in the capital.", "strike", "upcoming"),
    ("The army was getting ready for a major offensive to drive the militia out of the valley.", "offensive", "ready"),
])
def test_calls_orders_demands_and_what_is_upcoming_are_planned(parse, text, word, cue) -> None:
    assert parse(text, word) == ("planned", cue)


def test_naming_is_not_calling(parse) -> None:
    assert parse("The opposition called the shooting of the student a massacre.", "shooting") == ("asserted", None)
    assert parse("Rebels carried out what they called reprisals against the village.", "reprisals")[0] == "asserted"


def test_a_cue_verb_does_not_reach_the_verb_conjoined_to_it(parse) -> None:
    # The order was given and the shooting happened; planning and carrying out the raid is doing it.
    assert parse("Gunmen stopped the truck, ordered the drivers out and shot two of them dead.", "shot")[0] == "asserted"
    assert parse("Rebels planned and carried out the raid on the depot.", "carried")[0] == "asserted"


def test_an_event_with_a_named_possessor_is_taken_for_granted(parse) -> None:
    assert parse("Soldiers detained the commander who ordered Sunday's attack on the market.", "attack")[0] == "asserted"
    # ... but a pronoun names no known event: the group threatens attacks still to come.
    assert parse("The group vowed to continue its attacks on the capital.", "attacks") == ("threatened", "vowed")


@pytest.mark.parametrize("text, word, cue", [
    ("The rebels are to launch a new offensive in the east, a spokesman said.", "offensive", "are"),
    ("Nurses are due to strike on Thursday.", "strike", "due"),
    ("Rebels are going to attack the town tonight.", "attack", "going"),
])
def test_to_come_constructions_are_planned(parse, text, word, cue) -> None:
    assert parse(text, word) == ("planned", cue)


def test_going_somewhere_is_no_future(parse) -> None:
    assert parse("He was going to the market when gunmen attacked him.", "attacked")[0] == "asserted"
    assert parse("Gunmen went to the village to attack the chief.", "attack")[0] == "asserted"


@pytest.mark.parametrize("text, word, kind", [
    ("The navy is preparing a blockade of the rebel-held harbour, officials told reporters.", "preparing", "planned"),
    ("Commanders expect a push on the northern ridge within days.", "expect", "planned"),
    ("The militia threatened the market traders in a video posted overnight.", "threatened", "threatened"),
])
def test_a_plan_or_threat_word_as_the_trigger_names_what_is_to_come(parse, text, word, kind) -> None:
    assert parse(text, word) == (kind, word)


@pytest.mark.parametrize("text, word, kind", [
    ("Special forces conducted a planned raid on a rebel depot outside the town.", "raid", "asserted"),
    ("The pre-planned bombing run was carried out by two jets at dawn.", "bombing", "asserted"),
    ("Special forces will conduct a planned raid on a rebel depot outside the town.", "raid", "planned"),
    ("Residents fled ahead of the planned offensive on the valley.", "offensive", "planned"),
])
def test_a_plan_word_on_what_a_past_verb_of_doing_did_tells_how_it_was_made(parse, text, word, kind) -> None:
    assert parse(text, word)[0] == kind


def test_a_plan_stopped_is_no_plan(parse) -> None:
    # Foiling a plot is itself what happened (disrupted weapons use).
    assert parse("Customs officers foiled a plan to smuggle rifles across the border.", "foiled")[0] == "asserted"


@pytest.mark.parametrize("text, word", [
    ("If a shell is found near the school, it is detonated where it lies.", "detonated"),
    ("Unless the fee is paid, the gang burns the harvest.", "burns"),
])
def test_a_rule_on_a_condition_is_no_report(parse, text, word) -> None:
    assert parse(text, word) == ("hypothetical", text.split()[0])  # the "if" / "unless" is the evidence


@pytest.mark.parametrize("text, word", [
    ("If you have relatives in the camp, the Red Cross has opened a desk at the gate.", "opened"),
    ("Troops burned the granary if we can believe the villagers.", "burned"),
])
def test_a_condition_beside_a_report_leaves_it_asserted(parse, text, word) -> None:
    # A present perfect or past tense main clause reports something done, whatever the "if" says.
    assert parse(text, word)[0] == "asserted"


@pytest.mark.parametrize("text, word, cue", [
    ("The mediators insisted that the militia withdraw from the hospital grounds.", "withdraw", "insisted"),
    ("Elders had demanded that the soldiers leave the market town.", "leave", "demanded"),
])
def test_a_demand_in_the_subjunctive_is_planned(parse, text, word, cue) -> None:
    assert parse(text, word) == ("planned", cue)


def test_a_past_tense_under_insist_is_reported(parse) -> None:
    assert parse("The mediators insisted that the militia attacked the hospital first.", "attacked")[0] == "asserted"


def test_a_comparison_names_no_event(nlp):
    doc = nlp('"It sounded like a bomb going off under the house," said one resident of the village.')
    assert all(m.modality != "asserted" for m in event_mentions(doc))


def test_no_sign_of_an_event_denies_it(nlp):
    doc = nlp("Police said on Tuesday there was no sign of any clash between the two villages.")
    assert all(m.modality != "asserted" for m in event_mentions(doc))


def test_a_report_under_a_verb_of_saying_is_no_subjunctive(nlp):
    # "set" (past and present alike) read as a present under "said" is a report, not a demand that they set fire
    m = only(nlp, "Angry residents set a police post on fire in Kasese after officers shot a rider on Tuesday, "
                  "police said.")
    assert m.modality == "asserted"
    assert only(nlp, "The minister insisted that the rebels withdraw from the town.").modality == "planned"


def test_a_denial_verb_does_not_stand_in_for_the_event_it_denies(nlp):
    m = only(nlp, "The army denied that its soldiers had burned any houses in the village.")
    assert (m.text, m.modality) == ("burned", "denied")


def test_casualties_feared_leave_the_blast_asserted(nlp):
    m = only(nlp, "Blast reported near a bus terminal in Garowe, many casualties feared")
    assert m.modality == "asserted"
    fear = only(nlp, "Residents fear an attack on the town in the coming days.")
    assert fear.modality != "asserted"


@pytest.mark.parametrize("text", [
    "The rebels' radio has falsely claimed that its fighters captured Dembi Dolo on Friday.",
    "Some outlets wrongly reported that soldiers shelled the market in Kidal.",
])
def test_a_claim_the_text_calls_false_is_denied(nlp, text):
    assert only(nlp, text).modality == "denied"


def test_a_headline_s_bare_infinitive_is_planned(nlp):
    m = only(nlp, "Army to launch offensive against rebels in the north")
    assert m.modality == "planned"


@pytest.mark.parametrize("text", [
    "Pro-government accounts alleged on Friday that rebels had shelled the market in Kalehe. "
    "The rebel spokesman denied this the same evening.",
    "Militant channels claimed to have overrun an army post near Tillia. Such claims are false, the army said.",
    # the claim names the event; the denial says no such thing happened
    "The insurgents' media arm claimed an ambush on a convoy near Tillia that left dozens of soldiers dead. The army "
    "denies that any ambush took place.",
])
def test_a_claim_the_next_sentence_denies_is_denied(nlp, text):
    mentions = event_mentions(nlp(text))
    assert mentions and all(m.modality == "denied" for m in mentions), [(m.text, m.modality) for m in mentions]


def test_a_report_one_side_denies_still_happened(nlp):
    # a plain report is the writer's; a side's denial of it does not undo it
    mentions = event_mentions(nlp("Soldiers killed twelve fighters near Tillia on Monday, the army said. "
                                  "The group denied this."))
    assert mentions and all(m.modality == "asserted" for m in mentions)
    # nor does denying only who did it or what it did
    text = ("Insurgents claimed an ambush that killed four soldiers near Tillia on Monday. The army denied that the "
            "ambush was carried out by the insurgents.")
    claimed = [m for m in event_mentions(nlp(text)) if m.start < text.index(".")]
    assert claimed and all(m.modality == "asserted" for m in claimed)
