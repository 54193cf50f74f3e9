"""Headlines: a line written to report one event in a few words, often with its source after it."""

from __future__ import annotations

import pytest

from dateline import pipeline
from dateline.events import event_mentions
from dateline.nlp import headline_line
from dateline.nlp import sentence_case
from dateline.types import Article

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}


@pytest.fixture(scope="module")
def nlp():
    return pipeline.build(stages=["events"])


def _asserted_violent(nlp, text: str) -> list[str]:
    return [m.sub_event_type for m in event_mentions(nlp(text))
            if m.kind == "report" and m.modality == "asserted" and m.event_type in VIOLENT]


@pytest.mark.parametrize("text", [
    "Tribal elder killed near Gardez",
    "Tribal elder killed near Gardez: police",
    "Tribal elder killed near Gardez - state radio",
    "They murder a mechanic and dump his car near the bus station",  # read as crime, told with no crime word
    "A shopkeeper was killed in the old market",
    "Retired judge hacked to death with machetes",
])
def test_headline_with_event_word_as_predicate_reports_it(nlp, text):
    """Words the classifier alone finds too thin ("X killed near Y") still report an event
    when they are a headline's main predicate, with or without a source after them."""
    assert _asserted_violent(nlp, text) == ["Attack"]


@pytest.mark.parametrize("text", [
    "Shopkeeper killed in road accident near Kandahar",  # an accident's own word
    "Truck driver killed in Peshawar robbery",  # a crime's own word
    "Pawnbroker robbed and killed in his shop",
    "Teen killed in motorbike crash on highway",
    "Heat wave kills 12 in Karachi",
    "Senator Killed Bill On Healthcare, Critics Say",  # Title Case, read in sentence case
    "Arsenal Attack Sinks Chelsea In Derby",
    "Rebels threaten to attack the provincial capital",  # a threat, not an event
])
def test_headline_rule_keeps_out_of_scope_and_unasserted(nlp, text):
    assert _asserted_violent(nlp, text) == []


def test_headline_line(nlp):
    """The first line, when written as a headline, is one sentence however the parser cut it."""
    assert headline_line(nlp("Tribal elder killed near Gardez")).text == "Tribal elder killed near Gardez"
    with_body = next(pipeline.process(nlp, [Article(id="a", text="Tribal elder killed near Gardez\n\nThe elder was shot at dawn.")]))
    assert headline_line(with_body).text == "Tribal elder killed near Gardez"
    assert headline_line(nlp("Tribal elder killed near Gardez.")) is None
    long_line = "Tribal elders from three districts met the governor on Sunday to ask for more police posts along the main road"
    # a long line is a headline only when it is the whole text (a headline given alone), not above a story
    assert headline_line(nlp(long_line)) is not None
    assert headline_line(nlp(long_line + "\n\nThe governor promised two new posts.")) is None


@pytest.mark.parametrize("text, clause", [
    ("Troops kill 12 insurgents near Kunduz - state radio", "Troops kill 12 insurgents near Kunduz"),
    ("Tribal elder killed near Gardez: police", "Tribal elder killed near Gardez"),
    ("Militia raids village in Ituri - rights group says", "Militia raids village in Ituri"),
    ("Bombing in Kabul market: 12 dead", "Bombing in Kabul market: 12 dead"),  # a count, not a source
    ("Car bomb in Mogadishu - scores wounded", "Car bomb in Mogadishu - scores wounded"),  # an event word
    ("US-led jets strike depot", "US-led jets strike depot"),  # a hyphen inside a word
])
def test_headline_clause_drops_only_a_source(nlp, text, clause):
    detector = nlp.get_pipe("dateline_events").detector
    assert detector._headline_clause(next(nlp(text).sents)).text == clause



@pytest.fixture(scope="module")
def full():
    return pipeline.build()


@pytest.mark.parametrize("title, sentence", [
    ("Insurgents Attack Army Outpost In Kunar", "Insurgents attack army outpost in Kunar"),
    ("Gunmen Storm Market, Kill Six In Katsina", "Gunmen storm market, kill six in Katsina"),
    ("Riot Police Fire Tear Gas At Striking Miners", "Riot police fire tear gas at striking miners"),
])
def test_title_case_headline_reads_like_its_sentence_case(full, title, sentence):
    """Capitals in a Title Case headline make the tagger read event words as names, and a name
    is never a trigger: the headline is read as a sentence would write it, and its evidence
    still quotes the text as given."""
    def read(text):
        return [(m.sub_event_type, m.start, m.end, round(m.score, 3)) for m in event_mentions(full(text))
                if m.kind == "report"]

    assert read(title) == read(sentence) != []
    doc = full(title)
    assert all(m.text == title[m.start:m.end] for m in event_mentions(doc))


def test_sentence_case_keeps_names_and_offsets():
    words = ["Militia", "Kills", "Nine", "Near", "Bunia", ",", "IS", "Says", "McKay", "İstanbul"]
    assert sentence_case(words, keep={4}) == ["Militia", "kills", "nine", "near", "Bunia", ",", "IS", "says", "McKay", "İstanbul"]
    shouting = ["TROOPS", "KILL", "NINE", "NEAR", "BUNIA"]
    assert sentence_case(shouting, keep={4}) == ["TROOPS", "kill", "nine", "near", "BUNIA"]
    assert sentence_case(["[", "Video", "]", "Gunmen", "Kill", "Two"]) == ["[", "Video", "]", "gunmen", "kill", "two"]


@pytest.mark.parametrize("text", [
    "Bagged body left on a roadside in Salamanca",
    "Blindfolded body left on a roadside near Zamora",
])
def test_a_body_left_by_a_road_is_a_killing_not_a_roadside_bomb(nlp, text):
    """An explosive sub-type is told with a word of an explosive or of its going off; "left on a
    roadside" alone is where a body was dumped."""
    assert _asserted_violent(nlp, text) == ["Attack"]
