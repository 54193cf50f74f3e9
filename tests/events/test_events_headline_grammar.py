"""Headline grammar: a headline drops its auxiliaries and often its doers, and names a killing by
its verb, its dead or the bodies found (``Detector._headline_event`` and ``_headline_deaths``)."""

from __future__ import annotations

import pytest

from dateline import pipeline
from dateline.events import event_mentions

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}


@pytest.fixture(scope="module")
def nlp():
    return pipeline.build(stages=["events"])


def _asserted_violent(nlp, text: str) -> list[str]:
    return [m.event_type for m in event_mentions(nlp(text))
            if m.kind == "report" and m.modality == "asserted" and m.event_type in VIOLENT]


@pytest.mark.parametrize("text", [
    "Grain trader killed in Jos market, two others hurt",  # the participle hangs on the root's subject
    "There are four murdered in Culiacan overnight",  # "there are N murdered"
    "Local councillor gunned down outside his home in Kano",  # a verb of killing needs no probability share
    "Woman among seven killed in Sokoto",  # the participle of the group the subject is among
])
def test_participle_without_auxiliary_reports_a_killing(nlp, text):
    assert _asserted_violent(nlp, text)


@pytest.mark.parametrize("text", [
    "Forty rebels perished near Tillaberi",
    "Two policemen succumb to their wounds in Peshawar",
    "Weekend of violence claims 20 lives in Cali",
    "Heavy casualties among militia fighters near Kidal",
    "Double homicide shakes residents of Culiacan",
])
def test_headline_told_by_its_dead_reports_a_killing(nlp, text):
    assert _asserted_violent(nlp, text)


@pytest.mark.parametrize("text", [
    "Police find three bodies with gunshot wounds near Uruapan",
    "Bound and blindfolded corpse dumped beside a road in Sinaloa",
    "Dismembered remains left in bags outside Zamora",
    "Police find a body wrapped in a tarpaulin near Uruapan",  # hidden by whoever killed him
])
def test_bodies_with_marks_of_violence_are_an_attack_on_civilians(nlp, text):
    assert _asserted_violent(nlp, text) == ["Violence against civilians"]


@pytest.mark.parametrize("text", [
    "Fighting resumes near Sloviansk",
    "Mortar rounds hit market in Aleppo",
])
def test_event_noun_subject_of_a_verb_of_hitting_or_happening(nlp, text):
    assert _asserted_violent(nlp, text)


@pytest.mark.parametrize("text", [
    "Three bodies recovered after floods in Kerala",  # a disaster's own word
    "Bodies of two hikers found on Mount Kenya",  # no mark of violence
    "Road accident claims five lives in Punjab",
    "Two fishermen perished when their boat capsized off Lamu",
    "Former senator dies at 88",
    "Two climbers perished on K2",  # a death told with no violence
    "Cold snap claims 12 lives in Moscow",
    "Bodies of two migrants left in the desert near Tucson",  # "left": remaining, not dumped
    "Counting the casualties of a long war",  # no place, no actor
    "Rebels threaten to kill the hostages",
])
def test_headline_deaths_keep_disasters_accidents_and_unasserted_out(nlp, text):
    assert _asserted_violent(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Bus conductor is shot to death at a depot in Celaya",
    "Shopkeeper stabbed to death in Mombasa",
])
def test_verb_to_death_is_a_killing(nlp, text):
    """"Shot to death", "stabbed to death": the manner of a killing, told with its own verb."""
    assert _asserted_violent(nlp, text) == ["Violence against civilians"]


@pytest.mark.parametrize("text", [
    "Explosion kills four workers at a Tianjin plant",
    "Blast killed two at a fuel depot in Lagos",
])
def test_a_blast_that_kills_with_no_doer_is_not_made_a_killing(nlp, text):
    """Only a verb of killing said of its victim overrules a reading as an accident: an explosion
    that kills is as often an industrial accident, and is left to the classifier."""
    assert "Violence against civilians" not in _asserted_violent(nlp, text)


@pytest.mark.parametrize("text", [
    "Four bodies dumped on a highway near Culiacan",
    "Corpse of a young man abandoned outside a clinic in Uruapan",
])
def test_bodies_dumped_or_abandoned_are_an_attack_on_civilians(nlp, text):
    assert _asserted_violent(nlp, text) == ["Violence against civilians"]


def test_place_label_before_the_headline(nlp):
    """"Kano: councillor gunned down ...": the place label is the parse's root and the headline
    proper its apposition; the participle on it is still the headline's predicate."""
    assert _asserted_violent(nlp, "Kano: ward councillor gunned down outside a mosque") == ["Violence against civilians"]


@pytest.mark.parametrize("text", [
    "Attack on press freedom continues",  # an event noun said of no violence, with a verb of lasting
    "Cancer kills 9 million a year",  # killed by no one
    "Man murdered his wife in Leeds, court hears",  # a killing by no armed actor, the classifier's call
])
def test_verbs_of_killing_skip_the_gate_only_said_of_victims_or_armed_doers(nlp, text):
    assert _asserted_violent(nlp, text) == []


@pytest.mark.parametrize("text, events", [
    ("Army vs Al-Shabaab, Lower Shabelle", ["Battles"]),  # two armed sides
    ("Troops versus bandits in Zamfara", ["Battles"]),
    ("Arsenal vs Chelsea, Emirates Stadium", []),  # two clubs
    ("Farmers vs herders: the land dispute in Plateau", []),  # no armed side
])
def test_two_armed_sides_set_against_each_other_are_a_clash(nlp, text, events):
    assert _asserted_violent(nlp, text) == events


@pytest.mark.parametrize("text", [
    "Ambush leaves six dead on the road to Gao",
    "Night of violence leaves two dead and nine injured in Kumasi",
    "Gunfire in the market leaves a trader wounded and three dead in Maiduguri",
])
def test_result_with_no_doer_reports_the_violence(nlp, text):
    """"<event> leaves N dead": the toll is the event's result, and the doer is left out."""
    assert _asserted_violent(nlp, text)


@pytest.mark.parametrize("text", [
    "Storm leaves three dead in Alabama",  # a disaster's cue
    "Heavy snow leaves two dead in Ontario",  # no word of violence
    "Gas explosion leaves five dead in a Karachi apartment block",  # an accident's cue
    "Bus strike leaves commuters stranded in Nairobi",  # no toll
])
def test_result_of_a_disaster_or_with_no_toll_is_no_event(nlp, text):
    assert _asserted_violent(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Taxi driver shot in the leg in Guadalupe",
    "Trader is shot at outside his stall in Celaya",
    "Young woman is shot in the back near a school in Obregon",
])
def test_person_shot_with_no_death_is_an_attack(nlp, text):
    """A civilian shot and not killed: ACLED's Violence against civilians / Attack."""
    assert _asserted_violent(nlp, text) == ["Violence against civilians"]


@pytest.mark.parametrize("text", [
    "Film shot in Ouarzazate wins festival prize",  # a film, not a person
    "Kane shot wide twice in the first half",  # a footballer's shot: a name with no auxiliary
    "Wedding photos shot at the old fort in Jaipur",
    "Drone shot down over Belgorod",  # a weapon downed
])
def test_shot_of_films_goals_photos_or_weapons_is_no_attack(nlp, text):
    assert "Violence against civilians" not in _asserted_violent(nlp, text)


@pytest.mark.parametrize("text", [
    "Investigators find seven bodies in clandestine graves near Tecoman",
    "Eleven bodies recovered from a pit outside Zitacuaro",
])
def test_bodies_in_graves_or_pits_are_an_attack_on_civilians(nlp, text):
    """Bodies buried in hiding were put there by whoever killed them."""
    assert _asserted_violent(nlp, text) == ["Violence against civilians"]


@pytest.mark.parametrize("text", [
    "Bodies swept from graves by floods in Kerala",  # a disaster's cue
    "Mass grave of plague victims uncovered under a London railway line",  # no body word: the ontology's Other
])
def test_graves_of_a_disaster_or_with_no_bodies_are_no_killing(nlp, text):
    assert _asserted_violent(nlp, text) == []


@pytest.mark.parametrize("text, violent", [
    ("Violent streak leaves two dead and one injured in Reynosa", True),  # read as a disaster, with no disaster word
    ("Cyclone leaves four dead and hundreds homeless in Odisha", False),  # a disaster's own word
])
def test_out_of_scope_reading_of_a_headline_rests_on_a_cue(nlp, text, violent):
    """A headline the classifier reads as a disaster or diplomacy, with no word of either, is read by
    its grammar; a cue of an out-of-scope class keeps it out."""
    assert bool(_asserted_violent(nlp, text)) == violent


def test_long_headline_given_alone_is_read_as_a_headline(nlp):
    """A headline given alone may run long and hold two clauses; read as an ordinary sentence it
    falls below the score gate."""
    text = ("Militiamen kill and injure eleven villagers in the hills east of Bunia, and troops shell "
            "their positions near the river for a second day")
    assert _asserted_violent(nlp, text)


@pytest.mark.parametrize("text, is_headline", [
    ("Militiamen kill and injure eleven villagers in the hills east of Bunia, and troops shell their "
     "positions near the river", True),  # alone, one sentence
    ("Militiamen kill and injure eleven villagers in the hills east of Bunia, and troops shell their "
     "positions near the river\nThe army said on Monday that it had lost two men.", False),  # a line above a story
    ("Militiamen kill eleven villagers in the hills east of Bunia. Troops shell their positions near "
     "the river for a second day", False),  # two sentences
])
def test_long_line_is_a_headline_only_alone_and_one_sentence(nlp, text, is_headline):
    from dateline.nlp import headline_line

    assert (headline_line(nlp(text)) is not None) == is_headline


@pytest.mark.parametrize("text, violent", [
    ("Man found bound and beaten in a ditch near Durango", True),
    ("Police locate two men blindfolded and gagged beside a canal in Sonora", True),
    ("Lifeless woman found wrapped in a blanket in a lot in Irapuato", True),
    ("Police find missing girl safe in Leeds", False),  # found alive
    ("Rescuers find two climbers dead on Mont Blanc", False),  # no mark of violence
    ("Lifeless man found bound to a tree after the storm in Veracruz", False),  # a disaster's cue
    # found or left in a state said only of the dead: a body, whatever the noun
    ("Cartel accountant found slain outside Culiacan", True),
    ("They leave a man strangled beside the highway to Zitacuaro", True),
])
def test_person_found_with_marks_of_violence_is_a_body(nlp, text, violent):
    """A person found, located or lifeless is a body; with marks of violence a killing, with none no event."""
    assert _asserted_violent(nlp, text) == (["Violence against civilians"] if violent else [])


@pytest.mark.parametrize("text, violent", [
    ("In Tlaquepaque they shoot a bus driver at a stop", True),  # a headline's unnamed doers
    ("Photographer shoots model for a magazine cover", False),  # no armed or unnamed doer
    ("They shoot a film in Marrakech", False),  # a thing shot
])
def test_person_shot_by_unnamed_or_armed_doers(nlp, text, violent):
    assert ("Violence against civilians" in _asserted_violent(nlp, text)) == violent


@pytest.mark.parametrize("forced, text, violent", [
    ("ATTRIB", "New assassination targets police officer in Ghazni", True),  # no word of claiming
    ("ATTRIB", "Militants deny responsibility for attack on army post in Tillaberi", False),  # a denial's cue
    ("NATURAL_DISASTER", "Fighting erupts near the airport in Khartoum", True),
    ("NATURAL_DISASTER", "Flooding hits the airport in Khartoum", False),  # a disaster's cue
])
def test_out_of_scope_reading_without_its_cue_yields_to_headline_grammar(nlp, forced, text, violent):
    """Whatever out-of-scope class the classifier prefers for a headline (here forced), with no cue of
    one in the headline the headline's grammar decides."""
    import numpy as np

    from dateline.events.facts import DocFacts
    from dateline.nlp import headline_line

    detector = nlp.get_pipe("dateline_events").detector
    doc = nlp(text)
    line = headline_line(doc)
    hits = detector.lexicon.find(*_keys_and_names(line))
    p = np.full(len(detector.labels), 0.01)
    p[detector.index[forced]] = 0.6
    p /= p.sum()
    facts = DocFacts(first_sentence=line.start, headline=True)
    found = [m for m in detector._sentence(line, hits, p, facts) if m.modality == "asserted" and m.event_type in VIOLENT]
    assert bool(found) == violent


def _keys_and_names(span):
    from dateline.events.features import proper_nouns, token_keys

    return token_keys(span), proper_nouns(span)


def test_plural_corpses_are_bodies(nlp):
    """The lemmatizer reads "corpses" as "corps": the plural is listed as it is written."""
    assert _asserted_violent(nlp, "Three mutilated corpses dumped near a ranch in Uruapan") == ["Violence against civilians"]


@pytest.mark.parametrize("text, violent", [
    ("Trader slain in his shop in Kano", True),
    ("Teacher slain outside school in Maiduguri", True),
    ("Dragon slayer film tops the box office", False),
])
def test_slay_is_a_verb_of_killing(nlp, text, violent):
    assert bool(_asserted_violent(nlp, text)) == violent


@pytest.fixture(scope="module")
def full():
    return pipeline.build()  # the day of a count needs the times stage


def _extracted_violent(full, text: str) -> bool:
    """Whether the whole pipeline records an asserted violent event for a headline given alone."""
    import datetime as dt

    from dateline.types import Article

    (_, records), = pipeline.extract(full, [Article(id="d", text=text, published=dt.date(2021, 4, 6))])
    return any(r.modality == "asserted" and r.event_type in VIOLENT for r in records)


@pytest.mark.parametrize("text, violent", [
    ("Sunday begins with four homicides in Culiacan", True),
    ("Prosecutors report six homicides on Tuesday in Leon", True),
    ("Homicides fall by a third in Culiacan", False),  # a trend, no count, no day
    ("Culiacan closes March with 90 homicides", False),  # a month's tally
])
def test_killings_counted_on_one_day_are_events(full, text, violent):
    assert _extracted_violent(full, text) is violent


@pytest.mark.parametrize("text, violent", [
    ("Police find severed head near a school in Uruapan", True),
    ("Body parts found in bags near Guadalajara", True),
    ("Coach finds head for new season", False),  # a bare "head" is a school's or a club's
    ("Archaeologists find head of Roman statue in Turkey", False),  # a part of something
])
def test_parts_of_a_body_found_are_a_killing(nlp, text, violent):
    assert (_asserted_violent(nlp, text) == ["Violence against civilians"]) == violent


def test_long_headline_of_an_accident_keeps_the_classifier_reading(nlp):
    """A long headline given alone tells an accident's circumstances, which the classifier reads: its
    victims "killed" do not overrule the reading as an accident, as they do in a short headline."""
    text = ("More than forty people are killed in the north of the country after a fuel tanker veers off "
            "the road and bursts into flames near a busy market")
    assert _asserted_violent(nlp, text) == []


@pytest.mark.parametrize("text, violent", [
    ("Three guards wounded in ambush on prison convoy near Gao", True),  # harmed in an event its noun names
    ("Dozens hurt in clashes between herders and farmers in Plateau", True),
    ("Nine injured in bus crash on highway near Kumasi", False),  # an accident's word keeps it out
    ("Striker injured in training before derby", False),  # no event noun
])
def test_people_harmed_in_an_event_the_headline_names(full, text, violent):
    """Through the whole pipeline: the classifier may read such a line as an accident for want of a
    doer, and a reading the rule overrules must still reach the records."""
    assert _extracted_violent(full, text) is violent


@pytest.mark.parametrize("text, violent", [
    ("Militants claim responsibility for ambush on army patrol in Tillaberi", True),
    ("Separatists claim credit for bombing of railway line in Quetta", True),
    ("Rebels deny responsibility for raid on village in Ituri", False),  # a denial is no claim
    ("Governor blames bandits for raid on village in Zamfara", False),  # nor is a blame
])
def test_a_claimed_attack_in_a_headline_happened(nlp, text, violent):
    assert bool(_asserted_violent(nlp, text)) is violent


@pytest.mark.parametrize("text, violent", [
    ("The fighting continues on the outskirts of Kidal and in villages south of Gao", True),
    ("Crackdown on dissent continues", False),  # no place: a campaign or a figure of speech
])
def test_event_noun_that_continues_in_a_named_place(full, text, violent):
    assert _extracted_violent(full, text) is violent
