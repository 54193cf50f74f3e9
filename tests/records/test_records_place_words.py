"""The place words of the linking stage live in linking.yaml and are read with clear errors."""

from __future__ import annotations

import pytest

from dateline.records import place


def test_the_place_word_lists_come_from_the_data_file(tmp_path):
    words = place.place_words()
    assert "outskirts" in words["surround_nouns"] and "outskirts" in place.NEAR_NOUNS
    assert "north" in place.LANDMARK_NOUNS and "north" in place.NEAR_NOUNS and "launch" in place.ORIGIN_VERBS
    assert "colonia" in place.TOWN_PARTS and "streets" in place.PART_NOUNS
    path = tmp_path / "linking.yaml"
    path.write_text("place_kinds: [Hamlet]\nunit_kinds: [canton]\ntown_parts: []\npart_nouns: []\n"
                    "settlement_kinds: []\nsurround_nouns: [far  side]\nlandmark_nouns: []\ndistance_words: []\n"
                    "origin_verbs: []\nprojectiles: []\ncare_places: [Field Hospital]\ntransfer_verbs: []\n"
                    "speaking_words: []\nsite_words: [oil field]\nsettlement_anaphors: [Kebele]\ndistrict_anaphors: []\n"
                    "province_anaphors: []\nborder_words: [Frontier]\n", encoding="utf-8")
    edited = place.place_words(path)
    assert edited["place_kinds"] == ("hamlet",) and edited["surround_nouns"] == ("far side",)
    assert edited["care_places"] == ("field hospital",) and edited["settlement_anaphors"] == ("kebele",)
    assert place.ANAPHOR_KINDS["town"] == "P" and place.ANAPHOR_KINDS["county"] == "ADM2"
    assert "hospital" in place.CARE_PLACES and "rush" in place.TRANSFER_VERBS and "speak" in place.SPEAKING_WORDS
    assert edited["site_words"] == ("oil field",) and "checkpoint" in place.SITE_WORDS
    assert edited["border_words"] == ("frontier",) and "border" in place.BORDER_WORDS


def test_a_unit_word_is_read_with_the_name():
    assert place._with_kind("fighting in Sumy region", (12, 16)) == "Sumy region"
    assert place._with_kind("the province of Kandahar", (16, 24)) == "Kandahar province"
    assert place._with_kind("Kandahar city", (0, 8)) == "Kandahar"


def test_a_list_that_is_not_a_list_of_words_names_the_file_and_key(tmp_path):
    path = tmp_path / "linking.yaml"
    path.write_text("place_kinds: village\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"linking\.yaml: 'place_kinds' must be a list of words"):
        place.place_words(path)
