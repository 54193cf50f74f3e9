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
    # "since" a date is a stretch of days ("2" is no clock time)
    "Security forces have killed 40 militants in the district since 2 June.",
    # a share of a tally
    "The monitor counted 52 incidents in Katsina in May, up from 31 in April; abductions made up more than half.",
    "Drone strikes accounted for most of the civilian deaths recorded in the province last quarter.",
])
def test_aggregates_and_trends_yield_no_event(nlp, text):
    assert asserted_violent(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Troops have been locked in a gun battle with the insurgents since dawn.",
    "Soldiers have been exchanging fire with gunmen near the border post since 3 am.",
    "Police have been fighting rioters in the old quarter since the early hours.",
])
def test_since_a_time_of_the_same_day_is_an_event_going_on(nlp, text):
    assert len(asserted_violent(nlp, text)) == 1


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


@pytest.fixture(scope="module")
def full():
    return pipeline.build()


def asserted_in_article(full, text, published="2021-05-20"):  # type: ignore[no-untyped-def]
    """Asserted mentions with every earlier stage run, as in an article with a publication date."""
    import datetime as dt

    from dateline.types import Article

    doc = full(pipeline.make_doc(full, Article(id="t", text=text, published=dt.date.fromisoformat(published))))
    return [(m.event_type, m.sub_event_type, m.text) for m in event_mentions(doc) if m.modality == "asserted"]


@pytest.mark.parametrize("text", [
    "These are precision-guided missiles.",
    "Those were anti-aircraft rockets, not fireworks.",
])
def test_a_copula_naming_a_weapon_is_no_event(nlp, text):
    assert asserted(nlp, text) == []


def test_there_were_clashes_is_an_event(nlp):
    assert [m[0] for m in asserted(nlp, "There were clashes between rival militias in the market on Monday.")] == ["Battles"]


def test_a_trigger_word_naming_a_thing_is_no_trigger(nlp):
    # "bomb" modifies "squad", which names no event; the sentence has no other event word.
    assert asserted_violent(nlp, "The bomb squad arrived at the stadium an hour before kick-off.") == []


@pytest.mark.parametrize("text", [
    "Armed gangs roam the highways at night, robbing travellers and kidnapping drivers.",
    "Smugglers have been using the old mountain tracks to move explosives into the valley.",
    "Fighters attack convoys on the northern road every week.",
])
def test_habits_are_not_events(full, text):
    # Not the first sentence: that may be a headline ("Gunmen kill 12 in market attack").
    article = "The governor visited the northern districts. " + text
    assert [m for m in asserted_in_article(full, article) if m[0] in VIOLENT] == []


@pytest.mark.parametrize("text", [
    "By the end of last year, more than 300 civilians had been killed in the province.",
    "Some 60 people have died in four months of street protests.",
])
def test_tallies_over_a_period_are_not_events(full, text):
    assert asserted_in_article(full, text) == []


def test_one_instance_within_a_period_is_an_event(full):
    found = asserted_in_article(full, "Rebels have killed 12 soldiers in an attack on an army post this week.")
    assert [m[0] for m in found] == ["Battles"]


@pytest.mark.parametrize("text, sub_type, words", [
    ("Bandits have killed hundreds of villagers in the state since 2020, and on Friday gunmen shot dead six "
     "herders near Tsafe, a local official said.", "Attack", "shot dead"),
    ("Abductions on the highway have dropped since soldiers set up roadblocks in May, but on Saturday gunmen "
     "kidnapped three lorry drivers outside Birnin Gwari.", "Abduction/forced disappearance", "kidnapped"),
    ("Attacks on relief convoys have climbed steeply this year, and on Wednesday militiamen looted four lorries "
     "outside Kalemie.", "Looting/property destruction", "looted"),
])
def test_a_joined_clause_with_its_own_day_or_town_is_news_beside_a_tally(full, text, sub_type, words):
    # The tally or trend is background; the clause joined to it tells one event with its own day and town.
    found = asserted_in_article(full, text)
    assert [(m[1], m[2]) for m in found] == [(sub_type, words)]


def test_a_joined_clause_sharing_the_tally_stays_background(full):
    text = "The sect has killed thousands of people since 2009 and abducted hundreds of pupils from their schools."
    assert [m for m in asserted_in_article(full, text) if m[0] in VIOLENT] == []


@pytest.mark.parametrize("text", [
    "View Photos Police fire tear gas at students outside the university.",
    "FILE - Soldiers stand guard at a checkpoint after an attack in the city, March 3, 2021.",
])
def test_gallery_and_wire_photo_captions_are_not_events(nlp, text):
    assert asserted(nlp, text) == []


def test_caption_cues_match_whole_words(nlp):
    # "profile -" holds "file -" inside a word: no caption.
    from dateline.events.background import is_caption
    from dateline.events.ontology import get_ontology

    doc = nlp("A profile - written by his brother - says militants killed him in the market.")
    assert not is_caption(next(iter(doc.sents)), get_ontology().not_news)


def test_a_reporting_verb_alone_is_no_trigger(nlp):
    assert asserted(nlp, "The governor announced a ban on protests in the city centre.") == []


@pytest.mark.parametrize("text", [
    "Detentions of opposition activists have intensified.",
    "Kidnappings on the coast road have multiplied.",
])
def test_trends_named_by_other_verbs(nlp, text):
    assert asserted(nlp, text) == []


def mentions_in_article(full, text, published="2021-03-03"):  # type: ignore[no-untyped-def]
    import datetime as dt

    from dateline.types import Article

    doc = full(pipeline.make_doc(full, Article(id="t", text=text, published=dt.date.fromisoformat(published))))
    return [(m.kind, m.event_type, m.text) for m in event_mentions(doc)]


def test_an_event_named_with_its_own_day_is_a_reference(full):
    found = mentions_in_article(full, "Relatives gathered on Tuesday to mourn the victims of the February 20 "
                                      "bombing in Maiduguri.")
    assert ("reference", "Explosions/Remote violence", "bombing") in found


def test_a_date_written_before_the_event_noun_is_its_own(nlp):
    from dateline.events.background import names_its_own_day_or_place

    doc = nlp("Two men were questioned after the June 3, 2014, bombing, a court heard.")
    bombing = next(t for t in doc if t.lower_ == "bombing")
    dates = {t.i for t in doc if t.text in ("June", "3", "2014")}
    # whether the parser hangs the date on the noun or beside it
    assert names_its_own_day_or_place(bombing, dates)


def test_an_event_noun_without_day_or_place_is_no_reference(full):
    found = mentions_in_article(full, "The mayor spoke to reporters about the bombing and the city's budget.")
    assert not [m for m in found if m[0] == "reference"]


def test_a_doer_is_no_reference(full):
    found = mentions_in_article(full, "The family of Saturday's bomber in Kano left the city on Monday.")
    assert not [m for m in found if m[0] == "reference" and m[2] == "bomber"]


def test_the_verb_reports_and_the_earlier_event_is_named(full):
    found = mentions_in_article(full, "Soldiers detained two suspects on Monday over Friday's attack on the "
                                      "market in Gao.")
    assert ("report", "Strategic developments", "detained") in found


@pytest.mark.parametrize("value, stretch", [("PT20M", False), ("PT30H", False), ("PT72H", True), ("P3D", True),
                                             ("P1D", False), ("P2M", True)])
def test_a_stretch_is_counted_in_days_minutes_and_hours_apart(value, stretch) -> None:
    from dateline.events.background import is_period
    from dateline.types import Timex

    assert is_period(Timex(start=0, end=5, text="x", type="DURATION", value=value)) is stretch


def _why(text: str, word: str) -> str | None:
    from dateline.events.background import not_news
    from dateline.events.ontology import load_ontology

    doc = pipeline.build(stages=[])(text)
    tok = next(t for t in doc if t.text == word)
    return not_news(tok.sent, doc[tok.i:tok.i + 1], load_ontology().not_news, lambda t: False)


def test_a_verb_of_rising_or_falling_with_an_object_is_no_trend() -> None:
    assert _why("Kidnappings dropped sharply after the new checkpoints went up.", "Kidnappings") == "trend"
    assert _why("The helicopter dropped three barrel bombs on the market at dawn.", "helicopter") is None


def test_shells_that_fall_on_a_place_are_no_trend() -> None:
    assert _why("Two rockets fell on a school in the old quarter at noon.", "rockets") is None
    assert _why("Rocket attacks fell sharply after the truce.", "attacks") == "trend"


def test_one_event_named_inside_a_tally_with_its_own_day_is_news() -> None:
    text = ("The militia has attacked many convoys since the ceasefire collapsed, including an ambush "
            "near the ferry crossing in April 2021 that killed nine drivers.")
    assert _why(text, "attacked") == "aggregate"
    from dateline.events.background import is_instance

    doc = pipeline.build(stages=[])(text)
    ambush = next(t for t in doc if t.text == "ambush")
    assert is_instance(ambush, dates={t.i for t in doc if t.text in ("April", "2021")})
    assert not is_instance(ambush)  # without its own day or place, it is only part of the tally


@pytest.mark.parametrize("text", [
    "The governor lifted the night curfew in Kano on Monday after a week of calm.",
    "A dusk-to-dawn curfew imposed on the town last week was relaxed on Tuesday.",
    "The cabinet announced the easing of the state of emergency in the northern province on Friday.",
    "The state government on Thursday relaxed curfew in Thoubal and Kakching from 6 a.m. to 4 p.m.",  # "relaxed" as JJ
])
def test_a_measure_undone_is_no_event(nlp, text):
    assert [m for m in asserted(nlp, text) if m[1] == "Change to group/activity"] == []


def test_a_measure_imposed_is_still_an_event(nlp):
    text = "Authorities imposed a 24-hour curfew in Jos on Tuesday after clashes between rival youths."
    assert any(m[1] == "Change to group/activity" for m in asserted(nlp, text))


@pytest.mark.parametrize("text", [
    "On Tuesday, hundreds of traders blocked the main road into Kisumu for three hours demanding the release of their leader.",
    "Residents blocked the expressway outside Ibadan on Sunday to demand the arrest of the gunmen.",
    # any plural doers are a crowd, not only the protest nouns
    "On Monday, relatives of the dead man blocked the highway at Dakasoye for two hours, demanding justice.",
    # the parser hangs the aim on the time noun ("a third day to protest")
    "Truck drivers blocked the highway near Lahore for a third day to protest fuel prices.",
])
def test_a_crowd_acting_for_a_demand_is_a_protest(nlp, text):
    found = asserted(nlp, text)
    assert [m[1] for m in found] == ["Peaceful protest"]
    assert "arrest" not in found[0][2] and "release" not in found[0][2]  # the aim is not the trigger


@pytest.mark.parametrize("text", [
    "The family filed a lawsuit in Abuja on Monday demanding compensation.",
    "Soldiers blocked the road into Gao on Monday demanding identity papers.",
    "The minister visited Jos on Monday to demand an end to the killings.",
])
def test_a_demand_by_no_crowd_is_no_protest(nlp, text):
    assert [m for m in asserted(nlp, text) if m[0] == "Protests"] == []


@pytest.mark.parametrize("text", [
    "Rights groups estimate that more than 5,000 people remain missing after being detained during the war.",
    "The border town stays tense, residents say.",
])
def test_a_lasting_state_stands_in_for_no_event(nlp, text):
    assert asserted(nlp, text) == []


def test_a_lasting_state_beside_an_event_word_keeps_the_event(nlp):
    text = "Two aid workers remain missing after gunmen stormed their convoy near Bunia on Monday."
    assert asserted(nlp, text) != []


def test_a_reaction_to_a_told_event_is_a_reference_not_a_new_one(nlp):
    text = "Gunmen raided a village near Kaduna on Sunday, killing four. The governor condemned the raid on Monday."
    reports = [m for m in event_mentions(nlp(text)) if m.kind == "report"]
    assert [m.sub_event_type for m in reports] == ["Attack"]  # the raid condemned is no new arrest or attack


def test_the_killing_of_someone_is_an_attack_and_a_quote_stands_in_for_nothing(nlp):
    assert [m[1] for m in asserted(nlp, "Police are investigating the killing of a journalist in Mogadishu on Tuesday.")] \
        == ["Attack"]
    text = 'A commander was quoted on social media as saying his forces would "enter the city within days".'
    assert [m for m in event_mentions(nlp(text)) if m.modality == "asserted"] == []


@pytest.mark.parametrize("text", [
    "Scores of bandits wiped out by troops in the forest, says army",
    "Troops wiped out a militia camp near the river crossing on Sunday, killing nine.",
])
def test_military_words_for_destroying_a_foe_are_battles(nlp, text):
    assert [m[0] for m in asserted_violent(nlp, text)] == ["Battles"]


def test_a_flood_that_wipes_out_crops_is_no_battle(nlp):
    assert asserted_violent(nlp, "Heavy floods wiped out crops and roads across the delta last week.") == []


def test_a_violent_word_outlasts_a_rescue_dropped(full):
    """"Neutralised 15 gunmen and rescued 30 kidnapped villagers": the abduction is told in passing, the
    battle stays (not an agreement)."""
    text = ("Troops of Operation Hadin Kai have neutralised nine bandits and rescued 14 kidnapped victims during "
            "clearance operations in Sokoto State, the Defence Headquarters said on Monday.")
    assert [m[0] for m in asserted_in_article(full, text)] == ["Battles"]


def test_no_sign_of_fighting_is_no_fighting(nlp):
    text = "There was no sign of fighting around Manbij by Friday evening, residents said."
    assert [m for m in event_mentions(nlp(text)) if m.modality == "asserted" and m.event_type == "Battles"] == []


@pytest.mark.parametrize("text", [
    'The army on Sunday dismissed as "pure fabrication" online posts claiming that rebels had overrun its camp at Kidal.',
    "The ministry rejected reports claiming that rebels had captured the town of Walikale on Monday.",
])
def test_what_a_denied_claim_tells_is_not_asserted(nlp, text):
    """The claim is the object (or the object of a preposition) of the denial, and the event its clause."""
    assert asserted(nlp, text) == []


def test_a_disasters_recovered_bodies_are_no_development(nlp):
    # in a flood report the bodies recovered are the flood's toll; no armed side is named
    text = ("Flood toll passes 900 in port city as rescuers search the mud\n\n"
            "Floodwaters from the storm burst a river dam above the port city on Sunday night, and the flooding swept "
            "away whole streets. An interior ministry spokesman said on Monday that more than 900 bodies had been "
            "recovered, and that hundreds were missing.")
    assert asserted(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Troops on Tuesday arrested two men linked to the March 3 ambush that killed six soldiers near Gao.",
])
def test_an_arrest_over_a_violent_event_is_an_event_of_its_own(nlp, text):
    """The classifier may read the whole sentence as the violent event its preposition names; the arrest,
    the sentence's own verb, is a second event."""
    subs = {m[1] for m in asserted(nlp, text)}
    assert "Arrests" in subs and len(subs) == 2


def test_clashes_that_have_continued_with_no_day_are_a_state_of_things(nlp):
    assert not asserted_violent(nlp, "Sporadic clashes between the army and the rebels have continued in the hills around Yei.")
    assert asserted_violent(nlp, "Clashes between the army and the rebels continued in the hills around Yei on Tuesday.")


@pytest.mark.parametrize("text", [
    "Fighters who lay down their arms will join the national army formed under the 2019 peace agreement.",
    "Monitors said the raid was the third breach of the truce this month.",
])
def test_an_agreement_named_as_the_frame_of_something_else_is_no_agreement_made(nlp, text):
    assert not any(m[1] == "Agreement" for m in asserted(nlp, text))


def test_a_tally_with_a_joined_clause_of_its_own_dates_ends(full):
    # the joined clause ("... displaced since fighting broke out ...") is itself read alone, each reading on a
    # smaller span: no endless reading, and a tally with a start date is still no event
    text = ("More than 180 people have been killed and about 45,000 displaced since communal violence broke out "
            "between the Hema and Lendu communities on March 9 last year.")
    assert [m for m in asserted_in_article(full, text) if m[0] in VIOLENT] == []


@pytest.mark.parametrize("text", [
    "Norway said on Friday it had agreed to facilitate a peace process between the junta and the ethnic armed groups.",
    "The Vatican agreed on Wednesday to mediate between the two warring parties.",
])
def test_a_third_partys_part_in_talks_is_no_agreement(nlp, text):
    assert [m for m in asserted(nlp, text) if m[1] == "Agreement"] == []


def test_a_deal_the_sides_strike_with_a_mediator_is_still_one(nlp):
    text = "The junta and the rebels agreed on Wednesday to a truce facilitated by Norway."
    assert any(m[1] == "Agreement" for m in asserted(nlp, text))


@pytest.mark.parametrize("text", [
    ("Two district officials, speaking on condition of anonymity, put the number of dead soldiers at eight, "
     "a figure that could not be verified."),
    "A doctor at the hospital placed the number of dead at nine, a figure that could not be confirmed.",
])
def test_a_sources_figure_for_the_toll_is_no_event(nlp, text):
    assert asserted_violent(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Iran's judiciary said two men convicted of killing a Basij member had been executed at dawn on Saturday.",
    "Three prisoners were hanged in Ghezel Hesar prison on Wednesday. A revolutionary court had sentenced them in May.",
])
def test_a_death_sentence_the_state_carries_out_is_no_event(full, text):
    assert [m for m in asserted_in_article(full, text) if m[0] in VIOLENT] == []


def test_an_armed_groups_court_that_kills_is_its_attack(full):
    text = "Al-Shabaab militants publicly executed a man in Jilib on Monday after their court convicted him of spying."
    assert [m[1] for m in asserted_in_article(full, text) if m[0] in VIOLENT] == ["Attack"]
