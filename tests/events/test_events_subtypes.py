"""Every ACLED sub-type is recognised in a sentence we wrote, and non-events yield nothing."""

from __future__ import annotations

import pytest

from dateline import pipeline
from dateline.events import event_mentions

SENTENCES = {
    "Government regains territory": "Government troops recaptured the town of Dorvek from the rebels on Tuesday after two days of fighting.",
    "Non-state actor overtakes territory": "Jihadist fighters overran an army base and seized the district centre after a fierce battle with soldiers.",
    "Armed clash": "Soldiers clashed with insurgents near the border on Sunday, leaving six fighters dead.",
    "Excessive force against protesters": "Police opened fire on peaceful protesters in the capital, killing three demonstrators.",
    "Protest with intervention": "Riot police fired tear gas to disperse hundreds of teachers protesting over unpaid salaries.",
    "Peaceful protest": "Thousands of students marched peacefully through the city to demand lower tuition fees.",
    "Violent demonstration": "Protesters hurled stones at police and set tyres ablaze during a demonstration against fuel prices.",
    "Mob violence": "An angry mob lynched a man accused of stealing a goat in the village.",
    "Chemical weapon": "Dozens of civilians choked after chlorine gas was used in an attack on the suburb.",
    "Air/drone strike": "Warplanes bombed a market in the rebel-held town, killing eleven people.",
    "Suicide bomb": "A suicide bomber blew himself up at a checkpoint, killing four policemen.",
    "Shelling/artillery/missile attack": "Rebels fired mortar shells into the city centre overnight, wounding five residents.",
    "Remote explosive/landmine/IED": "A roadside bomb struck a minibus on the highway, killing seven passengers.",
    "Grenade": "A man lobbed a grenade into a crowded bar, injuring twelve people.",
    "Sexual violence": "Soldiers raped several women during a raid on the village, survivors told investigators.",
    "Attack": "Gunmen on motorbikes shot dead five farmers working in their fields.",
    "Abduction/forced disappearance": "Armed men kidnapped fourteen passengers from a bus on the main road.",
    "Agreement": "The government and the rebel movement signed a ceasefire agreement on Friday.",
    "Arrests": "Police arrested the opposition leader at his home before dawn.",
    "Change to group/activity": "The army deployed two more battalions to the restive northern province.",
    "Disrupted weapons use": "Soldiers seized a large cache of rifles and ammunition hidden in a farmhouse.",
    "Headquarters or base established": "Foreign troops set up a new military base near the frontier town.",
    "Looting/property destruction": "Armed men looted shops and burned down houses in the market town.",
    "Non-violent transfer of territory": "The rebels entered the town unopposed after government troops withdrew without a fight.",
    "Other": "A mass grave containing the remains of forty people was discovered outside the village.",
}

OUT_OF_SCOPE = [
    "A magnitude 6.2 earthquake struck the coastal region on Monday, destroying hundreds of homes.",
    "Leaders of the two countries signed a trade agreement at a summit in the capital.",
    "Armed robbers held up a bank in the city centre and escaped with cash.",
    "The minister said the government remained committed to economic reform.",
    "The national team won the final on penalties on Saturday night.",
    "A chemical plant exploded after a boiler failure, killing two workers.",
]


@pytest.fixture(scope="module")
def nlp():
    return pipeline.build(stages=["events"])


def test_every_subtype_has_a_sentence():
    from dateline.events.ontology import get_ontology

    assert set(SENTENCES) == {s.name for s in get_ontology().sub_event_types}


@pytest.mark.parametrize("sub_type", sorted(SENTENCES))
def test_subtype_sentence(nlp, sub_type):
    doc = nlp(SENTENCES[sub_type])
    mentions = event_mentions(doc)
    assert mentions, f"no event found in: {SENTENCES[sub_type]}"
    best = max(mentions, key=lambda m: m.score)
    assert best.sub_event_type == sub_type
    assert best.modality == "asserted"
    assert doc.text[best.start:best.end] == best.text
    assert best.sentence_start == 0 and best.sentence_end == len(doc.text)
    assert best.disorder_type in ("Political violence", "Demonstrations", "Strategic developments")


@pytest.mark.parametrize("text", OUT_OF_SCOPE)
def test_out_of_scope_yields_nothing(nlp, text):
    # An accident told with an event's word ("exploded") may stay as an "ambiguous" mention for the
    # linking stage to weigh against the rest of the article, but it never reports an event.
    assert [m for m in event_mentions(nlp(text)) if m.kind != "ambiguous"] == []


def test_an_accident_alone_is_no_row(nlp):
    import datetime as dt

    from dateline.types import Article

    text = OUT_OF_SCOPE[-1]
    assert [m.kind for m in event_mentions(nlp(text))] == ["ambiguous"]
    ((_, records),) = list(pipeline.extract(pipeline.build(), [Article(text=text, published=dt.date(2021, 3, 3))]))
    assert records == []


def test_disorder_type_from_ontology(nlp):
    doc = nlp(SENTENCES["Peaceful protest"])
    assert event_mentions(doc)[0].disorder_type == "Demonstrations"
    doc = nlp(SENTENCES["Arrests"])
    assert event_mentions(doc)[0].disorder_type == "Strategic developments"


def test_a_change_of_territory_needs_a_word_of_taking_a_place(nlp):
    import numpy as np

    from dateline.events.features import LexHit

    detector = nlp.get_pipe("dateline_events").detector
    names = {s.name for s in detector.ontology.sub_event_types if s.needs_own_trigger}
    assert names == {"Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"}
    clash, capture = detector.labels.index("ARMED_CLASH"), detector.labels.index("NON_STATE_ACTOR_OVERTAKES_TER")
    p = np.zeros(len(detector.labels))
    p[clash], p[capture] = 0.5, 0.45  # a close runner-up that ranks higher in ACLED's order
    fought = [LexHit(0, 1, "ARMED_CLASH", False)]
    sent = next(nlp("Rebels clashed with troops in the town and seized it.").sents)
    assert detector._precedence(sent, p, clash, fought)[1] == "ARMED_CLASH"  # "clashed in X town": nothing taken
    seized = fought + [LexHit(3, 4, "NON_STATE_ACTOR_OVERTAKES_TER", False)]
    assert detector._precedence(sent, p, clash, seized)[1] == "NON_STATE_ACTOR_OVERTAKES_TER"  # "... and seized it"
    doc = nlp("The army retook Tal Hamis from the militants on Monday.")  # a past form the lemmatizer leaves alone
    assert [m.sub_event_type for m in event_mentions(doc)] == ["Government regains territory"]


@pytest.mark.parametrize("text, sub", [
    ("Al-Shabaab militants recaptured the village from government forces on Sunday after heavy fighting.",
     "Non-state actor overtakes territory"),
    ("The town was retaken by insurgents overnight.", "Non-state actor overtakes territory"),
    ("Government troops recaptured the town from the rebels on Monday.", "Government regains territory"),
    ("Rebel forces seized the airport after two days of fighting.", "Non-state actor overtakes territory"),
])
def test_who_took_the_place_decides_the_territory_sub_type(nlp, text, sub):
    assert [m.sub_event_type for m in event_mentions(nlp(text)) if m.modality == "asserted"] == [sub]


@pytest.mark.parametrize("text, disrupted", [
    ("Around 300 migrants who tried to swim to the enclave were intercepted by border guards.", False),
    ("Customs officers seized two tonnes of cocaine hidden in a shipment of bananas.", False),
    ("Air defences intercepted three missiles over the capital overnight.", True),
    ("Soldiers defused two IEDs planted on the road to the base.", True),
    ("Troops shot down an enemy quadcopter over their positions.", True),
])
def test_a_weapons_disruption_names_a_weapon(nlp, text, disrupted):
    subs = [m.sub_event_type for m in event_mentions(nlp(text)) if m.modality == "asserted"]
    assert ("Disrupted weapons use" in subs) is disrupted


def test_a_chemical_weapon_is_told_with_its_own_words(nlp):
    leak = "Two workers died after a toxic cloud escaped from a fertiliser tank at the plant."
    assert "Chemical weapon" not in [m.sub_event_type for m in event_mentions(nlp(leak))]
    attack = "Government helicopters dropped barrels of chlorine on the rebel-held town, residents said."
    assert "Chemical weapon" in [m.sub_event_type for m in event_mentions(nlp(attack))]


@pytest.mark.parametrize("text, riot", [
    ("Gunmen storm police station in Celaya", False),  # an armed group: no riot
    ("Angry traders stormed the district council offices in Kumasi overnight.", True),  # a crowd: a riot
    # a band or unit "of" a force is that force: "a group of soldiers" is no mob
    ("A group of soldiers beat three shopkeepers outside the cattle market in Kasindi on Sunday.", False),
    ("A band of armed men torched the chief's house in Kalehe overnight.", False),
])
def test_an_armed_groups_act_is_no_riot(nlp, text, riot):
    types = [m.event_type for m in event_mentions(nlp(text)) if m.kind == "report"]
    assert types and (types == ["Riots"]) is riot


def test_a_guided_bomb_is_dropped_from_the_air(nlp):
    doc = nlp("A guided bomb hit a clinic in Vovchansk on Tuesday morning, wounding three nurses.")
    assert [m.sub_event_type for m in event_mentions(doc)] == ["Air/drone strike"]



def test_pounding_positions_is_shelling_and_a_storm_pounding_is_not(nlp):
    found = event_mentions(nlp("Troops backed by helicopter gunships pounded rebel positions around the town of Laukkai "
                               "in northern Shan state, forcing thousands to flee."))
    assert [m.event_type for m in found] in (["Explosions/Remote violence"], ["Battles"])
    assert event_mentions(nlp("Heavy rain pounded the coast on Monday.")) == []



@pytest.mark.parametrize("text, sub", [
    ("Soldiers shot dead a suspected suicide bomber at a roadblock outside the market before he could detonate his vest.",
     "Disrupted weapons use"),
    ("Police shot a man wearing a suicide vest before he could blow himself up near the mosque on Friday.",
     "Disrupted weapons use"),
    ("Troops intercepted a car bomb at the gate of the base before it could explode, the army said.",
     "Disrupted weapons use"),
    # the bomber who got there first blew up: a bombing
    ("A suicide bomber shot two guards before blowing himself up at the gate of the base.", "Suicide bomb"),
])
def test_a_bomb_stopped_before_it_could_go_off_is_a_disruption(nlp, text, sub):
    subs = [m.sub_event_type for m in event_mentions(nlp(text)) if m.modality == "asserted"]
    assert sub in subs and ("Suicide bomb" in subs) is (sub == "Suicide bomb")
