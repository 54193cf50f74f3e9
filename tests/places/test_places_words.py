"""The vocabulary of the places stage lives in places.yaml and is read with clear errors."""

from __future__ import annotations

from importlib import resources

import pytest

from dateline.places import geocode, name_words, resolve, vocabulary


def test_the_word_lists_come_from_the_data_file():
    words = vocabulary.place_words()
    assert "airstrike" in words["strike_words"] and "airstrike" in name_words.STRIKE_WORDS
    assert "backed" in name_words.AGENT_PARTICIPLES and "calle" in name_words.STREET_OPENERS
    assert "straße" in name_words.STREET_CLOSERS and "outskirts" in name_words.SURROUNDS
    # feature words are the generic heads and the extra words of their own list
    assert name_words.GENERIC_HEADS < name_words.FEATURE_WORDS and "bridge" in name_words.FEATURE_WORDS
    # the two lists of town words differ: geocode strips many suffixes, resolve reads a few after a name
    assert "hamlet" in geocode.SETTLEMENT_SUFFIXES and "hamlet" not in resolve.TOWN_AFTER_WORDS
    assert "township" in resolve.TOWN_AFTER_WORDS and "township" not in geocode.SETTLEMENT_SUFFIXES
    assert resolve.ADMIN_WORDS["county"] == "ADM2" and resolve.ADMIN_WORDS["oblast"] == "ADM1"


def test_an_edited_list_is_read_lower_case_with_single_spaces(tmp_path):
    path = tmp_path / "places.yaml"
    lists = {key: "[]" for key in vocabulary.KEYS}
    lists["street_openers"] = "[Rue, Via  Della]"
    path.write_text("".join(f"{key}: {value}\n" for key, value in lists.items()), encoding="utf-8")
    edited = vocabulary.place_words(path)
    assert edited["street_openers"] == ("rue", "via della") and edited["titles"] == ()


def test_a_list_that_is_not_a_list_of_words_names_the_file_and_key(tmp_path):
    path = tmp_path / "places.yaml"
    path.write_text("connectors: of\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"places\.yaml: 'connectors' must be a list of words"):
        vocabulary.place_words(path)


def test_the_data_file_ships_with_the_package():
    assert resources.files("dateline").joinpath("data/places.yaml").is_file()
