"""The place words of the linking stage live in linking.yaml and are read with clear errors."""

from __future__ import annotations

import pytest

from dateline.records import place_phrases, place_units


def test_the_place_word_lists_come_from_the_data_file(tmp_path):
    words = place_phrases.place_words()
    assert "outskirts" in words["surround_nouns"] and "outskirts" in place_phrases.NEAR_NOUNS
    assert "north" in place_phrases.LANDMARK_NOUNS and "north" in place_phrases.NEAR_NOUNS
    assert "launch" in place_phrases.ORIGIN_VERBS
    assert "colonia" in place_phrases.TOWN_PARTS and "streets" in place_phrases.PART_NOUNS
    path = tmp_path / "linking.yaml"
    path.write_text("place_kinds: [Hamlet]\nunit_kinds: [canton]\ntown_parts: []\npart_nouns: []\n"
                    "settlement_kinds: []\nsurround_nouns: [far  side]\nlandmark_nouns: []\ndistance_words: []\n"
                    "origin_verbs: []\nprojectiles: []\ncare_places: [Field Hospital]\ntransfer_verbs: []\n"
                    "speaking_words: []\nsite_words: [oil field]\nsettlement_anaphors: [Kebele]\ndistrict_anaphors: []\n"
                    "province_anaphors: []\nborder_words: [Frontier]\nscene_verbs: [Witness]\n"
                    "route_words: [Trunk Road]\nwhereabouts_verbs: [Commute]\ncause_nouns: [Vigil]\ncontrol_nouns: [Grip]\nneighbour_words: [Next-door]\n"
                    "institution_nouns: [Ministry]\n", encoding="utf-8")
    edited = place_phrases.place_words(path)
    assert edited["place_kinds"] == ("hamlet",) and edited["surround_nouns"] == ("far side",)
    assert edited["care_places"] == ("field hospital",) and edited["settlement_anaphors"] == ("kebele",)
    assert place_phrases.ANAPHOR_KINDS["town"] == "P" and place_phrases.ANAPHOR_KINDS["county"] == "ADM2"
    assert "hospital" in place_phrases.CARE_PLACES and "rush" in place_phrases.TRANSFER_VERBS
    assert "speak" in place_phrases.SPEAKING_WORDS
    assert edited["site_words"] == ("oil field",) and "checkpoint" in place_phrases.SITE_WORDS
    assert edited["border_words"] == ("frontier",) and "border" in place_phrases.BORDER_WORDS
    assert edited["scene_verbs"] == ("witness",) and "witness" in place_phrases.SCENE_VERBS
    assert edited["route_words"] == ("trunk road",) and "highway" in place_phrases.ROUTE_WORDS
    assert edited["whereabouts_verbs"] == ("commute",) and "travel" in place_phrases.WHEREABOUTS_VERBS
    assert edited["cause_nouns"] == ("vigil",) and "solidarity" in place_phrases.CAUSE_NOUNS
    assert edited["control_nouns"] == ("grip",) and "control" in place_phrases.CONTROL_NOUNS


def test_a_unit_word_is_read_with_the_name():
    assert place_units._with_kind("fighting in Sumy region", (12, 16)) == "Sumy region"
    assert place_units._with_kind("the province of Kandahar", (16, 24)) == "Kandahar province"
    assert place_units._with_kind("Kandahar city", (0, 8)) == "Kandahar"


def test_a_list_that_is_not_a_list_of_words_names_the_file_and_key(tmp_path):
    path = tmp_path / "linking.yaml"
    path.write_text("place_kinds: village\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"linking\.yaml: 'place_kinds' must be a list of words"):
        place_phrases.place_words(path)
