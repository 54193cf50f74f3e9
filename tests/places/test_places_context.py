"""Conflict-zone geocoding: admin context, the document's country, and names that are not places.

Sentences are our own, written from the behaviour each test pins.
"""

from __future__ import annotations

import pytest

from dateline.places import toponyms
from dateline.places.context import confident_country, country_prior, signals_from_ranking
from dateline.places.gazetteer import shared
from dateline.places.geocode import alternative_names, country_code, resolve_in_context, split_kind


@pytest.fixture(scope="module")
def gaz(places_nlp):
    return places_nlp.get_pipe("dateline_places").gazetteer


def _names(doc):
    return {t.text: t for t in toponyms(doc)}


# -- resolve_in_context: the interface the linking stage calls ---------------------------------

def test_split_kind_reads_the_unit_word():
    assert split_kind("Marka district") == ("Marka", "ADM2")
    # ("region" names a first-order unit: Somalia's, Mali's, Ethiopia's, Cameroon's, Russia's regions are GeoNames' ADM1)
    assert split_kind("Lower Shabelle region") == ("Lower Shabelle", "ADM1")
    assert split_kind("Hama Governorate") == ("Hama", "ADM1")
    assert split_kind("in Qoryo Dheere village") == ("Qoryo Dheere", "P")
    assert split_kind("Springfield") == ("Springfield", None)
    # a unit word of several words is one ("Local Government Area", Nigeria's districts)
    assert split_kind("Bakori Local Government Area") == ("Bakori", "ADM2")


def test_unknown_village_falls_back_to_the_named_district(gaz):
    r = resolve_in_context(gaz, "Qoryo Dheere village", ["Marka", "Lower Shabelle"])
    assert r.level in ("adm2", "adm1")
    assert r.place is not None and r.place.iso == "SO"
    assert r.geo_precision in (2, 3)


def test_a_district_known_only_by_its_seat_still_holds_its_villages(gaz):
    # "Lere (Niafunke cercle)": the gazetteer has the cercle only as its seat, 90 km from Lere; the town
    # stands for the district the kind word names, so Lere (same province) is in it, not replaced by the seat
    r = resolve_in_context(gaz, "Lere", ["Niafunke cercle"])
    assert r.level == "place" and r.place.name == "Lere" and r.place.iso == "ML"
    # with no kind word the bracketed name may be the town itself: the nearer reading stands
    assert resolve_in_context(gaz, "Lere", ["Niafunke"]).level == "adm2"


def test_unknown_village_with_only_a_province_gets_precision_3(gaz):
    r = resolve_in_context(gaz, "Qoryo Dheere village", ["Lower Shabelle"])
    assert r.level == "adm1" and r.geo_precision == 3
    assert r.place.feature_code == "ADM1" and r.place.iso == "SO"


def test_units_with_common_names_do_not_carry_a_town_abroad(gaz):
    # "Central" is a unit in a score of countries and "Sharon" a town in two: together they outvote a
    # town found only in Israel by count, not by weight.
    from dateline.places.geocode import chain_country

    assert chain_country(gaz, "Netanya", ["Sharon", "Central"]) == "IL"
    r = resolve_in_context(gaz, "Netanya town", ["Sharon", "Central"])
    assert r.level == "place" and r.place.iso == "IL"
    # Two units that agree still carry a village the gazetteer has only abroad to their country.
    assert chain_country(gaz, "Ouahigouya", ["Yatenga", "Nord"]) == "BF"
    # One unit alone, as common as the town's name is unknown, decides nothing.
    assert chain_country(gaz, "Qoryo Dheere", ["Central"]) is None


def test_two_provinces_side_by_side_are_a_list_not_one_inside_the_other(gaz):
    r = resolve_in_context(gaz, "Idlib", ["Hama"])  # "fighting in Idlib, Hama": two governorates
    assert r.place is not None and r.place.feature_code == "ADM1" and r.place.admin1 == "Idlib"
    # A spelling variant of a district elsewhere is no neighbour: the village still falls back to its district.
    village = resolve_in_context(gaz, "Xarardheerow", ["Marka", "Lower Shabelle"])
    assert village.level == "adm2" and village.place.admin1 == "Shabeellaha Hoose"


def test_a_town_in_the_newer_half_of_a_split_province_is_still_in_the_province_named_as_it_was(gaz):
    # Ouham-Fafa was split from Ouham; older reports still write "Ouham".
    r = resolve_in_context(gaz, "Bouca", ["Ouham province"], "Central African Republic")
    assert r.level == "place" and r.place.name == "Bouca" and r.geo_precision == 1
    # A province sharing no name with the town's keeps the fallback.
    other = resolve_in_context(gaz, "Bangassou", ["Vakaga"], "Central African Republic")
    assert other.level == "adm1" and other.place.admin1 == "Vakaga"


def test_a_place_written_with_two_names_is_read_by_each():
    assert alternative_names("Zzyzx/Palmyra town") == ["Zzyzx town", "Palmyra town"]
    assert alternative_names("Zzyzx village (Old Mill)") == ["Zzyzx village", "Old Mill village"]
    assert alternative_names("Qoryo Dheere village (Marka, Lower Shabelle)") == ["Qoryo Dheere village (Marka, Lower Shabelle)"]
    assert alternative_names("Aleppo") == ["Aleppo"]


def test_the_second_name_resolves_when_the_first_is_unknown(gaz):
    r = resolve_in_context(gaz, "Zzyzx/Palmyra town", ["Homs"], "Syria")
    assert r.level == "place" and r.place.name == "Tadmur" and r.geo_precision == 1  # Palmyra's own name
    assert resolve_in_context(gaz, "Zzyzx (Qwrtyville) village", ["Homs"], "Syria").level == "adm1"


def test_never_a_namesake_in_another_country(gaz):
    r = resolve_in_context(gaz, "Springfield", [], "Somalia")
    assert r.place is None and r.geo_precision is None and r.level == "none"


def test_nothing_resolvable_gives_no_place_not_a_guessed_country(gaz):
    assert resolve_in_context(gaz, "Zzyzxqville", []).place is None
    # Even with a country stated, the country itself is only used when the caller allows it.
    assert resolve_in_context(gaz, "Zzyzxqville", [], "Somalia").place is None
    fallback = resolve_in_context(gaz, "Zzyzxqville", [], "Somalia", allow_country=True)
    assert fallback.level == "country" and fallback.place.iso == "SO" and fallback.geo_precision == 3


def test_town_inside_the_named_province_beats_bigger_namesakes(gaz):
    r = resolve_in_context(gaz, "San Pedro", ["Coahuila"], "Mexico")
    assert r.place is not None and r.place.iso == "MX"
    assert "Coahuila" in (r.place.admin1 or "")


def test_a_capital_named_with_its_own_units_is_the_town_not_the_district(gaz):
    # GeoNames gives Dakar no district code; the district named after it stands by the town
    r = resolve_in_context(gaz, "Dakar", ["Dakar", "Dakar"])
    assert r.place is not None and r.place.feature_class == "P" and r.geo_precision == 1


def test_country_codes_from_names_demonyms_and_ucdp_spellings(gaz):
    assert country_code(gaz, "SY") == "SY"
    assert country_code(gaz, "Syrian") == "SY"
    assert country_code(gaz, "Central African Republic") == "CF"
    assert country_code(gaz, "DR Congo (Zaire)") == "CD"
    assert country_code(gaz, "Atlantis") is None


def test_component_offers_the_same_interface(places_nlp):
    places = places_nlp.get_pipe("dateline_places")
    r = places.resolve_in_context("Qoryo Dheere village", ["Lower Shabelle"])
    assert r.place is not None and r.place.iso == "SO"


# -- the document's country -------------------------------------------------------------------

def test_country_prior_weighs_strong_signals():
    prior = country_prior([("actor", "SO"), ("actor", "SO"), ("place", "KE")])
    assert prior["SO"] > prior["KE"]
    assert confident_country(prior) == "SO"
    # Names found in one country only are weak: alone they never make a country certain.
    assert confident_country(country_prior([("place", "US")] * 5)) is None


def test_an_ambiguous_country_name_is_not_a_clear_signal(gaz):
    jordan = [c for c in gaz.lookup("Jordan")]
    ranked = [(0.5, c) for c in jordan]
    assert all(kind != "country" for kind, _ in signals_from_ranking(ranked))


def test_armed_groups_give_their_home_country(places_nlp, parse):
    doc = parse("Al Shabaab fighters stormed a police post before dawn.")
    assert places_nlp.get_pipe("dateline_places").actor_countries(doc) == ["SO"]


def test_actor_country_keeps_an_ambiguous_town_at_home(parse):
    doc = parse("Al Shabaab fighters stormed Baki before dawn, and Al Shabaab later claimed the raid.")
    baki = _names(doc)["Baki"]
    assert baki.place is not None and baki.place.iso == "SO"


def test_admin_context_in_brackets(parse):
    doc = parse("On 3 May 2024, militants raided Qoryo Dheere village (Marka, Lower Shabelle), killing two guards.")
    names = _names(doc)
    assert names["Marka"].place.iso == "SO"
    assert names["Lower Shabelle"].place.feature_code == "ADM1"
    assert names["Lower Shabelle"].place.iso == "SO"
    assert "Qoryo Dheere" not in names or names["Qoryo Dheere"].place is None or names["Qoryo Dheere"].place.iso == "SO"


def test_a_bracketed_name_after_a_unit_is_the_unit_holding_it(parse):
    """"X district (Y)": the bracket holds X, so Y is read as the province, not the town of its name,
    as with "X, Y".  (The event's place is then X, the more specific of the two.)"""
    doc = parse("A pipe bomb was defused on a plantation road in Raman district (Yala) before dawn.")
    names = _names(doc)
    assert names["Raman"].place.feature_code == "ADM2"
    assert names["Yala"].place.feature_code == "ADM1"


def test_acled_admin1_spellings_are_names(gaz):
    for acled, iso in (("Lower Shabelle", "SO"), ("Rural Damascus", "SY"), ("Ninewa", "IQ"), ("Al Dhale", "YE"),
                       ("Al Dhale'e", "YE")):
        assert any(c.fcode == "ADM1" and c.cc == iso for c in gaz.lookup(acled)), acled


# -- not places -------------------------------------------------------------------------------

def test_acronym_spelled_out_as_an_organisation_is_not_a_place(parse):
    doc = parse("Soldiers of the Somali National Army (SNA) repelled the attack, and SNA commanders said the road was open.")
    assert "SNA" not in _names(doc)


def test_acronym_matching_only_a_small_town_or_an_alternate_name_is_not_a_place(parse):
    doc = parse("NISA agents detained a journalist on Friday, MENA said.")
    assert not {"NISA", "MENA"} & set(_names(doc))


def test_country_acronyms_still_are_places(parse):
    doc = parse("US and UAE envoys met on Monday.")
    names = _names(doc)
    assert names["US"].place.iso == "US" and names["UAE"].place.iso == "AE"


def test_bare_feature_words_and_weapons_are_not_places(parse):
    doc = parse("Youths threw Molotov cocktails at the Town hall. Colonia residents fled; AP reported the clashes.")
    assert not {"Molotov", "Town", "Colonia", "AP"} & set(_names(doc))


def test_a_rank_before_a_name_is_no_place(parse):
    doc = parse("Army spokesman Major General Ko Ko Lin said the jets had hit a rebel camp. Colonel Ahmed Idris denied it.")
    assert not {"Major", "General", "Colonel"} & set(_names(doc))


def test_a_name_after_in_is_a_place_even_when_ner_misreads_it(parse):
    doc = parse("Two men were shot dead in Cortazar on Sunday night.")
    cortazar = _names(doc).get("Cortazar")
    assert cortazar is not None and cortazar.place.iso == "MX"


def test_shared_gazetteer_is_reused():
    assert shared(None) is shared(None)


# -- namesakes abroad -------------------------------------------------------------------------

def test_one_country_name_said_twice_does_not_make_a_town_elsewhere_a_namesake(parse):
    doc = parse("A Sauk Centre teacher back from a year in Kenya said Kenya had changed how she teaches.")
    town = _names(doc).get("Sauk Centre")
    assert town is not None and town.place is not None and town.place.iso == "US"


def test_a_dateline_and_a_country_name_still_drop_a_small_town_abroad(parse):
    doc = parse("Police in Kenya said gunmen killed two herders near Sauk Centre.", dateline="NAIROBI, Kenya")
    town = _names(doc).get("Sauk Centre")
    assert town is None or town.place is None or town.place.iso == "KE"


def test_a_unit_written_as_a_town_is_that_town_not_a_namesake_unit_abroad(gaz):
    # "(Gaza City)": the city in the Gaza Strip, though a district named Gaza in another country and a
    # namesake of the camp there would agree on that other country
    r = resolve_in_context(gaz, "Al Shati camp", ["Gaza City"])
    assert r.place is not None and r.place.iso == "PS"


def test_a_unit_the_gazetteer_holds_with_its_kind_word_is_found_by_its_whole_name():
    """"rayon", "raion" and "upazila" are unit words, stripped to find a seat town; a Russian district the
    gazetteer holds only as "Vedenskiy Rayon" is then found by the name as written."""
    from dateline.places.gazetteer import shared
    from dateline.places.geocode import resolve_in_context

    found = resolve_in_context(shared(), "Vedenskiy rayon", ["Chechnya republic"], "Russia")
    assert found.level == "place" and found.place is not None and found.place.name == "Vedenskiy Rayon"
