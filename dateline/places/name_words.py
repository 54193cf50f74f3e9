"""The word lists place recognition reads names by, and the spaCy labels it trusts or not.

Read once from ``data/places.yaml`` (``vocabulary.words``): prepositions and nouns of place, unit and
feature words, titles, the verbs and nouns of taking, striking and speaking, the words of streets.  The
sets built from them (``PLACE_NOUNS``, ``UNIT_WORDS``, ``KIND_WORDS``) are here too, so that the matcher
(``recognize.py``), its cues (``cues.py``), its filters (``gazetteer_hits.py``) and the linking stage
read one list.
"""

from __future__ import annotations

from dateline.places.vocabulary import words


CONNECTORS = words("connectors")
NAME_ARTICLES = words("name_articles")
# lower-case words inside one name: Arabic articles and the Romance "of" ("Vila do Conde", "Sao Jose dos Campos")
NAME_JOINERS = NAME_ARTICLES | words("name_links")
# Labels the small model often puts on foreign place names it does not know.
WEAK_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT"})
# Entities of dates and figures (which end at a spaced dash, ``_ent_at``).
FIGURE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "ORDINAL", "MONEY", "PERCENT"})
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE", "PRODUCT"})
SPEECH_VERBS = words("speech_verbs")
FIGHTING_VERBS = words("fighting_verbs")
# Unit words in the plural count too: "Greene counties" closes a list of counties ("Pike and Greene counties").
UNIT_OPENERS = words("unit_openers")
PLACE_NOUNS = words("place_nouns") | words("adm2_plurals") | words("adm1_plurals") | UNIT_OPENERS
COMMUNITY_NOUNS = words("community_nouns")
TOWN_SITES = words("town_sites")
RESIDENT_NOUNS = words("resident_nouns")
VILLAGE_OPENERS = words("village_openers")
TITLES = words("titles")
# Offices a town's name is written before ("Kharkiv mayor", "Kherson governor").
OFFICE_WORDS = frozenset({"mayor", "governor", "police"})
# Every word of a unit's kind ("zone", "woreda", "governorate"), singular or plural.
UNIT_WORDS = PLACE_NOUNS | words("adm2_suffixes") | words("adm1_suffixes")
# A unit word after a name and the feature code it asks for (as in ``resolve.ADMIN_WORDS``).
ADMIN_SUFFIXES = words("adm2_suffixes") | words("adm1_suffixes")
# Words for an administrative unit, not a settlement ("Danmusa LGA", "North Wollo zone"; not "X village", "X area").
ADMIN_UNIT_WORDS = ADMIN_SUFFIXES - words("settlement_suffixes")
UNIT_KINDS = {**dict.fromkeys(words("adm2_words"), "ADM2"), **dict.fromkeys(words("adm1_words"), "ADM1")}
# A unit's word written as a title before its name, the South Asian way ("District Bijapur", "Tehsil X").
UNIT_TITLES = words("adm2_words") | words("adm1_words") | words("unit_titles")


LOCATIVE_PREPS = words("locative_preps")


GENERIC_HEADS = words("generic_heads")
# Words that end the name of a feature ("Mosul Bridge", "Mosul Dam", "Tahrir Square").
FEATURE_WORDS = GENERIC_HEADS | words("feature_words")
PART_WORDS = words("part_words")
FEATURE_OPENERS = words("feature_openers")
SETTLEMENT_OPENERS = words("settlement_openers")
TAKING_VERBS = words("taking_verbs")
TAKING_NOUNS = words("taking_nouns")
SEAT_WORDS = words("seat_words")
NAME_LINKS = words("name_links")
ROMANCE_UNIT_WORDS = words("romance_unit_words")


# Words that say what kind of place a name is, not which: directions, units, features, links.
KIND_WORDS = PART_WORDS | UNIT_WORDS | GENERIC_HEADS | FEATURE_WORDS | FEATURE_OPENERS | CONNECTORS | NAME_ARTICLES


# "the countryside of X", "the outskirts of X": the land around a place.
SURROUNDS = words("surrounds")


# "east of X", "20 km north of X": a bearing from a name makes it a place.
DIRECTIONS = words("bearings")


# "in western X", "near northern X": a direction word between the preposition and the name.
DIRECTION_ADJECTIVES = words("direction_adjectives")
CONTROL_ADJECTIVES = words("control_adjectives")


# Words whose "on X" is the place struck: "airstrikes on X", "shelling on X", "an assault on X".
STRIKE_WORDS = words("strike_words")
STRUCK_VERBS = words("struck_verbs")
STRUCK_OF_NOUNS = words("struck_of_nouns")


# "US-led raids", "Iran-backed fighters": the place names who led or backed, not where.
AGENT_PARTICIPLES = words("agent_participles")


# "Sinaloa Cartel", "Gulf Cartel": a place's name opening a group's name.
GROUP_HEADS = words("group_heads")


# What a country as subject can do as a place: "Syria has seen heavy fighting", "Mexico recorded 900 murders".
PLACE_SUBJECT_VERBS = words("place_subject_verbs")
GOVERNMENT_VERBS = words("government_verbs")


# Words that open or close the name of a street or square ("rue de Lyon", "Calle Burgos",
# "Jaffa Road", "Kabul Street"): a town inside such a name is the street's namesake, not a place
# of the text (the street lies in some other town, named beside it or not at all).
STREET_OPENERS = words("street_openers")
STREET_CLOSERS = words("street_closers")
