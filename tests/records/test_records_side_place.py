"""A side place of the story (where the wounded were taken or treated, where an official spoke,
where the victims came from) is not where the event happened while the paragraph names another."""

from __future__ import annotations

import pytest

from dateline.records.context import Context
from dateline.records.place import locate_event
from dateline.types import EventMention


def _where(doc, trigger: str):
    start = doc.text.index(trigger)
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    m = EventMention(start=start, end=start + len(trigger), text=trigger, sentence_start=sent.start_char,
                     sentence_end=sent.end_char, event_type="Violence against civilians", sub_event_type="Attack")
    found = locate_event(Context.of(doc), m)
    return found.place.name if found is not None and found.place is not None else None


@pytest.mark.parametrize("text, trigger", [
    # the hospital the wounded were taken to
    ("Gunmen ambushed a convoy near Tessit on Sunday. A driver was shot and died on the way to a hospital in Gao.", "shot"),
    # where an official spoke
    ("Militants burned a market near Tessit on Sunday. Two traders were killed, the governor said, speaking in Bamako.", "killed"),
    # where the victims came from
    ("Gunmen stormed a gold mine near Tessit on Sunday. The dead, all from Gao, were shot at dawn.", "shot"),
    # where witnesses arrived afterwards
    ("Gunmen raided a hamlet near Tessit on Sunday. Villagers who reached Gao said four people were killed.", "killed"),
    # where the speaker of a quotation went afterwards, told after the event's own words
    ("Gunmen raided a hamlet near Tessit on Sunday.\n\n\"They burned every granary,\" said a herder who reached Gao "
     "on foot.", "burned"),
])
def test_a_side_place_is_not_the_scene(parse, text, trigger):
    assert _where(parse(text), trigger) == "Tessit"


def test_a_side_place_still_places_an_event_nothing_else_places(parse):
    doc = parse("A soldier was wounded by a mine on Sunday and was flown to a hospital in Gao.")
    assert _where(doc, "wounded") == "Gao"


@pytest.mark.parametrize("text", [
    "Troops fought the militants for hours on Sunday, a security source in Maiduguri said.",
    "The gunmen burned the chief's house on Saturday night, a police spokesman told reporters in Maiduguri.",
])
def test_where_a_source_spoke_stands_in_only_by_its_province(parse, text):
    doc = parse(text)
    trigger = "fought" if "fought" in text else "burned"
    start = doc.text.index(trigger)
    m = EventMention(start=start, end=start + len(trigger), text=trigger, sentence_start=0, sentence_end=len(doc.text),
                     event_type="Battles", sub_event_type="Armed clash")
    found = locate_event(Context.of(doc), m)
    assert found is not None and found.place.name == "Borno" and found.geo_precision == 3


def test_fighting_reported_in_a_town_was_in_that_town(parse):
    # "was reported in X" with the event as its subject says where the event was, not where it was said
    doc = parse("Government troops were sent to Kutum on Monday to guard the market. On Tuesday, heavy fighting "
                "between the army and the RSF was reported in Kabkabiya.")
    assert _where(doc, "fighting") == "Kabkābīyah"


def test_a_hospital_that_was_struck_is_the_scene(parse):
    doc = parse("Militants ambushed a patrol near Tessit on Saturday. On Sunday, shells hit patients in a hospital in Gao.")
    assert _where(doc, "hit") == "Gao"


def test_police_of_a_town_speaking_of_their_own_arrests_place_them(parse):
    doc = parse("Soldiers clashed with rebels near Tessit on Friday. Police in Gao said they had arrested three men.")
    assert _where(doc, "arrested") == "Gao"


def test_where_a_report_was_made_is_no_stand_in_for_a_village_the_gazetteer_lacks(parse):
    # the killing is told in the clause that "said" governs; Beirut is where it was said
    doc = parse("Air strikes on the southern Lebanese village of Qwertzoun killed two people, "
                "the health ministry said in Beirut.")
    assert _where(doc, "killed") == "Lebanon"


def _located_blast(doc, trigger: str):  # type: ignore[no-untyped-def]
    """Where the linking stage places a roadside blast told by ``trigger`` in a one-sentence text."""
    start = doc.text.index(trigger)
    m = EventMention(start=start, end=start + len(trigger), text=trigger, sentence_start=0, sentence_end=len(doc.text),
                     event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED")
    return locate_event(Context.of(doc), m)


def test_a_country_a_district_borders_is_not_the_event_s(parse):
    doc = parse("A roadside bomb killed three police officers in the Qwertz Ali area of North Waziristan, "
                "a district bordering Afghanistan.")
    found = _located_blast(doc, "killed")
    assert found is not None and found.place.country == "Pakistan"


def test_the_attacker_s_nationality_says_nothing_of_where_it_struck(parse):
    # "Russian shelling": whose shells; the small town struck is in Ukraine (a namesake check must not drop it)
    doc = parse("Russian shelling killed two people in Chasiv Yar.")
    assert _where(doc, "killed") == "Chasiv Yar"


def test_the_seat_of_those_a_crowd_calls_on_is_not_where_it_gathered(rows):
    found = rows("An air strike killed two shepherds near Kobani on Monday. On Tuesday, hundreds of residents "
                 "gathered outside the town hall to condemn the strike and call on the government in Damascus to act.")
    assert [(r.sub_event_type, r.admin1) for r in found if r.event_type == "Protests"] == [("Peaceful protest", "Halab")]


def test_a_town_an_unnamed_spot_is_measured_from_beats_the_district_the_line_names(rows):
    # the bearing sets no other named place, so the town it runs from is the nearest the text comes
    found = rows("- Tuesday 7 May, Masisi territory: two farmers clearing a field about 5 km north of Rubaya "
                 "were shot dead by rebels.")
    assert [(r.location, r.geo_precision) for r in found] == [("Rubaya", 2)]


def test_a_bearing_set_beside_a_village_by_a_comma_still_only_places_the_village(rows):
    # the parser hangs "south of Nablus" on the verb; the comma sets it beside the village
    found = rows("Residents protested in Qaryut, about 20 km south of Nablus, on Tuesday.")
    assert [(r.location, r.geo_precision) for r in found] == [("Qaryut", 1)]


def test_a_road_between_two_towns_stands_between_them(parse):
    # "on the road between X and Y", with no town of its own: the middle of the road, at geo_precision 2
    doc = parse("Four passengers were killed when their minibus struck a landmine on the road between Maiduguri and "
                "Damboa on Sunday.")
    found = _located_blast(doc, "landmine")
    assert found is not None and found.geo_precision == 2 and found.place.name == "Maiduguri-Damboa road"
    assert 11.4 < found.place.latitude < 11.6 and 12.85 < found.place.longitude < 13.05
