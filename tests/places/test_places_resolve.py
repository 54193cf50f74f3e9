"""Recognition and resolution on sentences we wrote ourselves."""

from __future__ import annotations

from dateline.places import toponyms


def _find(doc, text):
    hits = [t for t in toponyms(doc) if t.text == text]
    assert hits, f"{text!r} not found among {[t.text for t in toponyms(doc)]}"
    return hits[0]


def _placed(doc, *texts) -> bool:
    """Whether any of ``texts`` was read as a place the gazetteer holds."""
    return any(t.text in texts and t.place is not None for t in toponyms(doc))


def test_houta_capital_of_lahej_resolves_in_lahij(parse):
    doc = parse("Gunmen were seized near Houta, the capital of Lahej province, on Tuesday, a local official told reporters.")
    houta = _find(doc, "Houta")
    assert houta.place is not None
    assert houta.place.iso == "YE"
    assert houta.place.admin1 == "Lahij"
    assert houta.place.feature_class == "P"
    assert houta.geo_precision == 2  # "near Houta"
    lahej = _find(doc, "Lahej")
    assert lahej.place.feature_code == "ADM1"


def test_governorate_spellings_and_al_prefix(parse):
    doc = parse("Troops moved from Al Mukalla into the interior of Hadramout after the militants left the port.")
    mukalla = _find(doc, "Al Mukalla")
    assert mukalla.place.name == "Mukalla"
    hadramout = _find(doc, "Hadramout")
    assert hadramout.place.feature_code == "ADM1" and hadramout.place.iso == "YE"
    assert hadramout.geo_precision == 3


def test_place_used_as_modifier(parse):
    doc = parse("Aden police detained four suspects after the market blast.")
    aden = _find(doc, "Aden")
    assert aden.role == "modifier"
    assert aden.place.iso == "YE"
    assert aden.place.feature_class == "P"  # the city, not the governorate of the same name


def test_capital_as_government_is_organisation(parse):
    doc = parse("Washington said it would send more aid to the region next month.")
    assert _find(doc, "Washington").role == "organisation"


def test_demonym_resolves_to_country(parse):
    doc = parse("Syrian forces shelled the outskirts of the town overnight.")
    syrian = _find(doc, "Syrian")
    assert syrian.role == "demonym"
    assert syrian.place.iso == "SY" and syrian.place.feature_code == "PCLI"


def test_state_abbreviation_and_us_context(parse):
    doc = parse("The fire started in a warehouse in Frankfort, Ky., and spread to two houses, the Franklin County sheriff said.")
    ky = _find(doc, "Ky.")
    assert ky.place.name == "Kentucky"
    frankfort = _find(doc, "Frankfort")
    assert frankfort.place.admin1 == "Kentucky"


def test_georgia_state_in_us_story(parse):
    doc = parse("Deputies in Atlanta and Savannah searched for the driver, who fled Georgia on Friday.")
    assert _find(doc, "Georgia").place.iso == "US"


def test_common_words_are_not_places(parse):
    doc = parse("Best of all, the Sale ended on Monday and Police said nothing was stolen.")
    assert not any(t.text in ("Best", "Sale", "Monday", "Police") for t in toponyms(doc))


def test_surname_is_not_a_county(parse):
    doc = parse("Sheriff Tom Lincoln opened the new jail on Friday. Lincoln said the old building in Dayton was unsafe.")
    assert not any(t.text == "Lincoln" for t in toponyms(doc))
    assert any(t.text == "Dayton" for t in toponyms(doc))


def test_town_and_its_named_county_pick_each_other(parse):
    # Many Lebanons and many Boone Counties exist; only the Indiana pair fits together.
    doc = parse("A man from Lebanon was booked into the jail on Friday. Deputies in Boone County said he had no prior record.")
    lebanon = _find(doc, "Lebanon")
    assert lebanon.place.iso == "US" and lebanon.place.admin1 == "Indiana"
    boone = _find(doc, "Boone County")
    assert boone.place.feature_code == "ADM2" and boone.place.admin1 == "Indiana"


def test_a_country_that_acts_is_an_organisation_but_one_that_sees_fighting_is_a_place(parse):
    doc = parse("Ethiopia and its allies shelled three villages near Mekele on Sunday.")
    assert _find(doc, "Ethiopia").role == "organisation"
    doc = parse("Sudan has seen heavy fighting since April.")
    assert _find(doc, "Sudan").role == "location"


def test_a_city_naming_a_time_zone_is_no_place(parse):
    doc = parse("Update (09:15 Moscow time): air defences destroyed six drones over the region.")
    assert all(t.role == "name" for t in toponyms(doc) if t.text == "Moscow")


def test_the_target_of_a_strike_is_a_place_even_when_the_tagger_calls_it_something_else(parse):
    doc = parse("Government jets launched airstrikes on Daraa while artillery kept up shelling on Manbij.")
    assert _find(doc, "Daraa").place.iso == "SY"
    assert _find(doc, "Manbij").place.iso == "SY"
    doc = parse("Fighting raged in the northern countryside of Hama on Sunday.")
    assert _find(doc, "Hama").place.iso == "SY"


def test_a_big_place_opening_a_headline_before_a_colon_is_a_place(parse):
    doc = parse("Hermosillo: two police officers shot dead at a checkpoint")
    assert _find(doc, "Hermosillo").place.iso == "MX"


def test_a_town_the_tagger_reads_as_a_person_with_its_possessive_is_still_a_town(parse):
    doc = parse("Last year a mortar round fell on the road to Al Mukalla's harbour, wounding three fishermen.")
    assert _find(doc, "Al Mukalla").place.iso == "YE"


def test_the_first_word_of_a_longer_unknown_name_is_no_place(parse):
    doc = parse("A taxi driver was shot dead in Las Lomas Bonitas neighborhood on Friday.")
    assert not _placed(doc, "Las")
    doc = parse("Gunmen kill 20 in eastern Congo: Red Cross")
    assert not _placed(doc, "Red", "Red Cross")


def test_cd_is_the_mexican_press_abbreviation_of_ciudad(parse):
    from dateline.places.normalize import name_key

    assert name_key("Cd. Obregón") == name_key("Ciudad Obregon")
    doc = parse("Cd Obregon: gunmen kill three police officers")
    assert _find(doc, "Cd Obregon").place.iso == "MX"


def test_a_plural_unit_word_after_a_list_makes_each_name_such_a_unit(parse):
    doc = parse("Crews cleared snow in Shelby and Henry counties in Kentucky on Tuesday.")
    for name in ("Shelby", "Henry"):
        place = _find(doc, name).place
        assert place.feature_code == "ADM2" and place.admin1 == "Kentucky"  # the counties, in the state after them


def test_a_plural_governorate_word_makes_a_city_name_its_governorate(parse):
    both = parse("Airstrikes hit targets in Aden and Abyan governorates on Monday.")
    assert _find(both, "Aden").place.feature_code == "ADM1"
    assert _find(both, "Abyan").place.feature_code == "ADM1"
    alone = parse("Airstrikes hit targets in Aden on Monday.")
    assert _find(alone, "Aden").place.feature_class == "P"


def test_one_state_before_a_plural_unit_word_stays_the_state(parse):
    doc = parse("Officials in several Indiana counties closed schools on Friday.")
    assert _find(doc, "Indiana").place.feature_code == "ADM1"


def test_a_county_is_the_one_in_the_state_the_text_names(parse):
    # Orange County, California is far bigger; the Vermont one is the one the text is about.
    doc = parse("Deputies of the Orange County sheriff searched farms across Vermont on Saturday after the flood.")
    assert _find(doc, "Orange County").place.admin1 == "Vermont"
    listed = parse("Schools in Jackson and Clay counties closed early on Friday as snow fell across Kentucky.")
    assert {_find(listed, n).place.admin1 for n in ("Jackson", "Clay")} == {"Kentucky"}


def test_a_named_state_does_not_pull_a_county_the_text_sets_nowhere(parse):
    doc = parse("Tourists flocked to Orange County for the fair, the state's largest in years.")
    assert _find(doc, "Orange County").place.admin1 == "California"


def test_town_state_pairs_in_a_row_each_keep_their_own_state(parse):
    doc = parse("The finalists were Louisville, Ky., New Haven, Conn., and Boise, Idaho, the panel said.")
    assert _find(doc, "New Haven").place.admin1 == "Connecticut"  # not New Haven, Kentucky
    assert _find(doc, "Boise").place.admin1 == "Idaho"


def test_a_list_of_states_holds_no_town(parse):
    doc = parse("Cases were reported in Nebraska, Ohio, Oregon, Texas and Utah, health officials said.")
    assert _find(doc, "Oregon").place.feature_code == "ADM1"  # not Oregon, Ohio


def test_the_wire_short_form_of_the_central_african_republic_is_the_country_not_the_continent(parse):
    for text, name in (("Rebels attack an army post in northwest C. Africa", "C. Africa"),
                       ("Fresh violence kills 9 in C.Africa: aid group", "C.Africa")):
        assert _find(parse(text), name).place.iso == "CF"


def _cand(gid, name, a1, fcode, pop):
    from dateline.places.gazetteer import Candidate

    return Candidate(id=gid, name=name, lat=40.0, lon=-98.0, cc="US", a1=a1, a2=None,
                     fclass="P" if fcode.startswith("PPL") else "A", fcode=fcode, pop=pop, src=0)


def test_state_level_namesake_check_moves_a_small_town_home():
    from dateline.places.resolve import _home_state_namesake

    away, home = _cand(1, "Platte City", "US.MO", "PPL", 4_800), _cand(2, "Platte County", "US.NE", "ADM2", 23_000)
    scored = [(10.0, away), (9.0, home)]
    assert _home_state_namesake(away, scored, {"US.NE": 1.0}) == (9.0, home)
    assert _home_state_namesake(away, scored, {"US.NE": 0.5, "US.MO": 0.5}) is None  # no one state is clear
    big = _cand(3, "Omaha", "US.IA", "PPL", 400_000)
    assert _home_state_namesake(big, [(10.0, big), (9.0, home)], {"US.NE": 1.0}) is None  # a big place is itself


def test_palmyra_in_news_is_the_syrian_city_unless_the_text_says_otherwise(parse):
    assert _find(parse("Clashes erupted in the desert east of Palmyra on Sunday."), "Palmyra").place.iso == "SY"
    us = parse("The Palmyra town council in Pennsylvania met on Monday.")
    assert _find(us, "Palmyra").place.admin1 == "Pennsylvania"


def test_a_bearing_from_a_name_makes_it_a_place(parse):
    doc = parse("Troops advanced to a village 20 km north of Kidal.")
    assert _find(doc, "Kidal").place.iso == "ML"


def test_a_description_set_beside_a_name_says_what_holds_it():
    from dateline.places.resolve import container_between

    assert container_between(", a farming town in the")
    assert container_between(", the main village of")
    assert not container_between(", a town the army shelled in")  # a clause, not a description


def test_a_name_after_the_is_a_place_when_a_site_word_closes_the_phrase(parse):
    # the tagger calls the second "Zemio" an organisation: "near the ... site" says it is a place
    doc = parse("Aid workers in Bangui said gunmen abducted six herders near the Zemio displacement site on Friday.")
    assert _find(doc, "Zemio").place.iso == "CF"


def test_one_word_that_is_only_another_name_of_a_small_town_abroad_is_no_place(parse):
    doc = parse("Gunmen attacked the Nova music festival near the border on Saturday, killing dozens of people.")
    assert not _placed(doc, "Nova")


def test_the_city_of_a_name_shared_with_its_division_is_the_city(parse):
    """"the port city of Chittagong": GeoNames knows the name only as another spelling of the city, its
    district and its division alike; the kind before "of" chooses the city."""
    doc = parse("Three people were killed in the port city of Chittagong on Tuesday.")
    assert _find(doc, "Chittagong").place.feature_class == "P"


def test_two_mentions_the_text_puts_in_different_units_keep_their_own_place(parse):
    """One sense per discourse yields when the text itself puts each mention in its own unit."""
    doc = parse("Russian artillery shelled Zolochiv, a town in Kharkiv region near the border, on Monday, killing a "
                "pensioner. Residents of Zolochiv in Lviv region, far to the west, said they had received worried calls.")
    first, second = [t for t in toponyms(doc) if t.text == "Zolochiv"]
    assert "Kharkiv" in (first.place.admin1 or "") and "Lviv" in (second.place.admin1 or "")



def test_a_heading_mention_of_a_name_the_text_splits_goes_with_the_entry_below_it(parse):
    """A live blog's heading names the town bare; the entry below puts it in its unit, and a note after it names the
    namesake in another: the heading goes with the entry, and the province-level namesake check (for a town the
    text places nowhere) does not override the unit the text gave."""
    doc = parse("10:15 - Pensioner killed by shelling in Zolochiv\n"
                "Russian artillery shelled Zolochiv, a town in Kharkiv region near the border, on Monday, killing a "
                "pensioner. (Zolochiv in Lviv region was not affected.)")
    heading, entry, note = [t for t in toponyms(doc) if t.text == "Zolochiv"]
    assert "Kharkiv" in (heading.place.admin1 or "") and "Kharkiv" in (entry.place.admin1 or "")
    assert "Lviv" in (note.place.admin1 or "")
