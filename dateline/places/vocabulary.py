"""The word lists of the places stage, read once from ``dateline/data/places.yaml``.

A newcomer edits the words there; the modules keep the matching (spaCy labels, regular expressions).
"""

from __future__ import annotations

import functools
from pathlib import Path

from dateline.datafiles import load_mapping, word_list

PLACES_YAML = Path(__file__).resolve().parents[1] / "data" / "places.yaml"
KEYS = ("connectors", "name_articles", "speech_verbs", "place_nouns", "titles", "locative_preps", "generic_heads", "feature_words",
        "part_words", "surrounds", "strike_words", "agent_participles", "place_subject_verbs", "government_verbs", "street_openers",
        "street_closers", "settlement_suffixes", "adm2_suffixes", "adm1_suffixes", "adm2_words", "adm1_words", "adm2_plurals", "adm1_plurals",
        "town_words", "near_words", "bearings", "short_form_links", "group_heads", "feature_openers", "settlement_openers",
        "direction_adjectives", "control_adjectives", "unit_openers", "fighting_verbs", "name_links", "romance_unit_words", "taking_verbs", "taking_nouns", "seat_words",
        "seat_offices", "struck_verbs", "struck_of_nouns",
        "community_nouns", "town_sites", "resident_nouns",
        "village_openers", "unit_titles")


@functools.cache
def place_words(path: str | Path = PLACES_YAML) -> dict[str, tuple[str, ...]]:
    """Every list of ``places.yaml`` by key; a missing or malformed list names the file and the key."""
    data = load_mapping(path, ValueError, "places vocabulary")
    return {key: word_list(data, key, path) for key in KEYS}


def words(key: str) -> frozenset[str]:
    """One list of the bundled ``places.yaml`` as a set."""
    return frozenset(place_words()[key])


LINKING_YAML = PLACES_YAML.with_name("linking.yaml")


@functools.cache
def linking_words(key: str) -> frozenset[str]:
    """One place-word list of ``linking.yaml`` that recognition reads too ("route_words", "distance_words"): the
    linking stage's list, kept in one file."""
    return frozenset(word_list(load_mapping(LINKING_YAML, ValueError, "linking vocabulary"), key, LINKING_YAML))
