"""A place the gazetteer cannot hold, or holds only as a namesake in another province, does not borrow
the town of the sentences before: the story has moved, and only their province carries."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline import pipeline
from dateline.types import Article, EventRecord

PUBLISHED = dt.date(2022, 6, 9)  # a Thursday


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return pipeline.build()


def records(nlp, text: str) -> list[EventRecord]:  # type: ignore[no-untyped-def]
    ((_, found),) = list(pipeline.extract(nlp, [Article(text=text, published=PUBLISHED)]))
    return found


LEDE = ("Insurgents stormed an army base in Konduga, Borno State, on Monday night, killing three soldiers, "
        "residents said. Troops later repelled a second assault near Dikwa.\n\n")


def test_a_village_named_only_by_a_namesake_in_another_province_is_not_that_namesake(nlp) -> None:  # type: ignore[no-untyped-def]
    # the gazetteer's only village of this name lies in Ogun State, a thousand km away
    found = records(nlp, LEDE + "On Tuesday, gunmen burned twenty houses in Idiroko village, a farmer said.")
    burned = [r for r in found if r.event_date == dt.date(2022, 6, 7)]
    assert burned and all(r.location != "Idiroko" for r in burned)
    assert all(r.admin1 == "Borno" for r in burned)


def test_the_namesake_stands_when_the_text_names_its_province(nlp) -> None:  # type: ignore[no-untyped-def]
    found = records(nlp, LEDE + "In Ogun State, far to the south, gunmen burned twenty houses in Idiroko village "
                    "on Tuesday, police there said.")
    assert any(r.location == "Idiroko" for r in found)


def test_an_unknown_township_gives_the_province_not_the_last_town(nlp) -> None:  # type: ignore[no-untyped-def]
    found = records(nlp, LEDE + "In neighbouring Galtimari district, fighters seized a police station in "
                    "Galtimari town on Tuesday after a day-long siege.")
    seized = [r for r in found if r.event_date == dt.date(2022, 6, 7)]
    assert seized and all(r.location not in ("Konduga", "Dikwa") for r in seized)
    assert all(r.admin1 == "Borno" and r.geo_precision == 3 for r in seized)


def test_an_unknown_neighbourhood_stays_in_its_town(nlp) -> None:  # type: ignore[no-untyped-def]
    found = records(nlp, "Gunmen attacked a market in Konduga, Borno State, on Monday, residents said. "
                    "Later, a trader was shot dead in the Bulabulin area.")
    assert all(r.location in ("Konduga", None) for r in found if r.event_date == dt.date(2022, 6, 6))


def test_a_state_s_act_placed_nowhere_is_coded_at_the_capital_of_the_clear_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A senior opposition official was detained by intelligence officers on Tuesday night, his lawyer said. "
            "The detention follows protests in Mombasa and Kisumu last week, where Kenyan police fired tear gas "
            "at marchers.")
    arrest = next(r for r in records(nlp, text) if r.sub_event_type == "Arrests")
    assert (arrest.location, arrest.country, arrest.geo_precision) == ("Nairobi", "Kenya", 3)
    assert "location" not in arrest.evidence  # assumed, not read from the text


def test_violence_placed_nowhere_is_not_put_in_the_capital(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen shot dead four farmers on Tuesday night, a relative said. The killings follow protests in "
            "Mombasa and Kisumu last week, where Kenyan police fired tear gas at marchers.")
    shot = [r for r in records(nlp, text) if r.event_type == "Violence against civilians"]
    assert shot and all(r.location != "Nairobi" for r in shot)


def test_no_capital_when_the_country_is_not_clear(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A senior opposition official was detained by intelligence officers on Tuesday night, his lawyer said. "
            "His party has offices in Mombasa and in Kampala.")
    arrest = next(r for r in records(nlp, text) if r.sub_event_type == "Arrests")
    assert arrest.location is None and arrest.latitude is None


def test_a_street_written_before_with_its_town_places_the_event_there(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Shops reopened on Ormeau Road in south Belfast on Monday after a weekend of repairs.\n\n"
            "Police across Northern Ireland remained on alert after a series of telephoned warnings.\n\n"
            "At the Ormeau Road bomb on Saturday, three customers were killed, police said.")
    ((_, found),) = list(pipeline.extract(nlp, [Article(text=text, published=PUBLISHED)]))
    assert any(r.location == "Belfast" and r.fatalities == 3 for r in found), [(r.location, r.fatalities) for r in found]


@pytest.mark.parametrize("text, km", [
    ("Troops entered Bula Jadid, about 80 kilometres south of Beledweyne, on Tuesday after the militants withdrew.", 80),
    ("Gunmen killed six herders 40 km north-east of Kidal on Monday.", 40),
    # with the distance also given in miles, in brackets
    ("Gunmen ambushed a fuel convoy about 30 km (19 miles) south of Gao on Sunday.", 30),
    # the bearing the parser hangs on the event noun as an adverb, with the country after it
    ("Jihadists killed 14 soldiers in an ambush about 30 km south of Djibo in northern Burkina Faso on Sunday.", 30),
    ("Gunmen killed six herders near Kidal on Monday.", 0),
])
def test_a_place_set_a_distance_from_a_town_stands_at_that_distance(nlp, text, km) -> None:  # type: ignore[no-untyped-def]
    from dateline.places.gazetteer import shared
    from dateline.places.resolve import haversine

    (row,) = [r for r in records(nlp, text) if r.latitude is not None]
    away = min(haversine((row.latitude, row.longitude), (c.lat, c.lon)) for c in shared().lookup(row.location) if c.fclass == "P")
    assert abs(away - km) < 2  # from the town of that name nearest the row (Kidal is also a town of Java)
    assert row.geo_precision == 2



def test_a_nationality_word_on_an_unread_village_gives_its_country(rows):
    # the village is in no gazetteer; "Gaza" names the truce, a time, not the place
    text = ("Israeli strike kills two Hezbollah members in south Lebanon\n\n"
            "BEIRUT, Dec 5 (Reuters) - An Israeli air strike on a house in the southern Lebanese village of Qwertzoun "
            "killed two Hezbollah members on Monday, two security sources said, as cross-border fire picked up again "
            "after a week-long lull during the Gaza truce.")
    found = [r for r in rows(text, dt.date(2023, 12, 5)) if r.event_type == "Explosions/Remote violence"]
    assert [(r.location, r.country) for r in found] == [("Lebanon", "Lebanon")]


def test_a_where_clause_happened_at_its_antecedent_even_one_the_gazetteer_lacks(rows):
    text = ("Police arrested six men in Nekemte on Monday.\n\n"
            "On Wednesday the governor visited Qwertzu district, where gunmen shot dead nine traders last week.")
    found = [r for r in rows(text, dt.date(2024, 3, 17)) if r.event_type == "Violence against civilians"]
    assert [(r.location, r.geo_precision) for r in found] == [("Oromia", 3)]  # its province, not the town before


def test_where_someone_from_an_unknown_village_now_is_does_not_place_the_village(rows):
    # the unit that lies after a name stands for it only when the text says the name lies in it
    text = ("Gunmen killed four traders in Qwertzu village on Tuesday, residents said.\n\n"
            "\"We cannot go back,\" said a trader from Qwertzu now sheltering in Mopti.")
    found = rows(text, dt.date(2024, 3, 7))
    assert found and all(r.location != "Mopti" for r in found)
    told = rows("Gunmen killed four traders in Qwertzu village on Tuesday, residents said.\n\n"
                "Qwertzu, a market village in the Mopti region, has been attacked before.", dt.date(2024, 3, 7))
    assert [r.admin1 for r in told] == ["Mopti"]


def test_a_border_town_spelt_as_one_word_is_placed_in_the_country_the_group_raids(rows):
    # "Elwak" is El Wak written as one word, no obscure alternate; Al Shabaab raids Kenya's border counties too
    found = rows("Al Shabaab fighters stormed a police camp near Elwak on Monday, killing three officers.",
                 dt.date(2024, 3, 6))
    assert [(r.location, r.country) for r in found] == [("El Wak", "Kenya")]


@pytest.mark.parametrize("where", ["in Bogura's Sherpur upazila", "in Sherpur, Bogura,"])
def test_a_town_named_with_its_district_is_not_a_namesake_of_another_division(rows, where) -> None:  # type: ignore[no-untyped-def]
    """The gazetteer's Sherpur is the seat of a district of Mymensingh; the text puts this one in Bogura
    (Rajshahi), so the row stands at the district the text names."""
    found = rows(f"Detectives detained nine party workers {where} on Sunday night over an arson attack, "
                 "a police spokesman said.", dt.date(2023, 11, 6))
    (arrest,) = [r for r in found if r.sub_event_type == "Arrests"]
    assert arrest.admin1 == "Rajshahi" and arrest.geo_precision == 2


@pytest.mark.parametrize("text", [
    "Bandits stormed Dangulbi town in Maru Local Government Area of Zamfara State on Sunday, killing nine people.",
    "Bandits stormed Dangulbi village in the Maru Local Government Area of Zamfara State on Sunday, killing nine people.",
])
def test_an_unknown_village_in_a_named_area_of_a_state_falls_back_to_that_area(rows, text) -> None:  # type: ignore[no-untyped-def]
    # "the Maru Local Government Area of Zamfara State" names the area; it is not "the area of Zamfara"
    (attack,) = [r for r in rows(text) if r.event_type == "Violence against civilians"]
    assert attack.location == "Maru" and attack.geo_precision == 2


def test_a_locality_of_a_sub_prefecture_falls_back_to_the_sub_prefecture(rows) -> None:  # type: ignore[no-untyped-def]
    # the tokenizer cuts "sub-prefecture" in three; the unit word still makes the name before it a place
    found = rows("Armed men raided Kette, a locality of Ngaoundaye sub-prefecture in the Central African Republic, "
                 "on Tuesday, killing four herders.")
    assert [(r.location, r.geo_precision) for r in found] == [("Ngaoundaye", 2)]


def test_a_lead_placed_only_by_its_dateline_takes_the_place_its_retelling_gives(nlp):  # type: ignore[no-untyped-def]
    # the lead says only "in the west of the country"; the next paragraph says where the patrol was hit
    text = ("NIAMEY, March 4 (Wire) - Gunmen ambushed an army patrol in the west of the country at the weekend, "
            "killing six soldiers, the defence ministry said.\n\n"
            "The patrol was hit on Saturday morning near Banibangou, close to the Malian border.")
    ((_, found),) = list(pipeline.extract(nlp, [Article(text=text, published=dt.date(2024, 3, 4), dateline="NIAMEY")]))
    assert [r.location for r in found] == ["Banibangou"]


@pytest.mark.parametrize("told", ["Kourounga, about 25 km east of Kaya,", "Kourounga, which lies about 25 km east of Kaya,"])
def test_a_village_the_text_places_by_a_bearing_stands_at_that_point(rows, told):
    """"Kourounga, about 25 km east of Kaya": a village the gazetteer lacks, placed by the text itself, stands
    25 km east of Kaya (geo_precision 2) wherever the text names it."""
    found = rows(f"Gunmen attacked the village of Kourounga on Sunday, killing five herders. {told} had been spared "
                 "until now, residents said.", dt.date(2023, 3, 7))
    assert [(r.location, r.geo_precision) for r in found] == [("Kourounga", 2)]
    kaya = (13.09, -1.08)
    assert abs(found[0].latitude - kaya[0]) < 0.05 and 0.18 < found[0].longitude - kaya[1] < 0.28


def test_a_zone_spelt_as_english_reports_spell_it(rows):
    """"East Wollega": GeoNames writes "East Wellega"; the alias file holds the spelling reports use."""
    found = rows("Troops killed 20 rebels in the forests of East Wollega zone on Sunday, the army said.", dt.date(2024, 3, 12))
    assert [(r.location, r.admin1, r.country) for r in found] == [("East Wellega", "Oromia", "Ethiopia")]


def test_a_village_placed_from_the_capital_the_text_names_elsewhere(rows):
    found = rows("Gunmen raided the village of Kourounga on Wednesday, killing two men. Kourounga, some 40 km north of "
                 "the capital, had been calm until now. Officials in Ouagadougou condemned the attack.", dt.date(2021, 3, 12))
    raid = [r for r in found if r.sub_event_type == "Attack"]
    assert [(r.location, r.geo_precision) for r in raid] == [("Kourounga", 2)]
    assert 0.3 < raid[0].latitude - 12.37 < 0.42  # 40 km north of Ouagadougou (12.37 N)


@pytest.mark.parametrize("text, country", [
    ("Malian army kills 14 jihadists", "Mali"),
    ("Somali troops kill 30 militants in overnight raid", "Somalia"),
])
def test_a_states_forces_named_by_its_country_word_place_an_event_nothing_else_places(rows, text, country):
    """A headline's "Malian army" acts at home: with no place in the text, the row is the country's (precision 3)."""
    (row,) = [r for r in rows(text) if r.event_type == "Battles"]
    assert (row.country, row.geo_precision) == (country, 3)


def test_a_strike_by_a_states_forces_is_not_placed_at_home(rows):
    """Air strikes and shelling reach across borders: "Turkish drone strike kills three" names no place."""
    assert all(r.country != "Turkey" for r in rows("Turkish drone strike kills three fighters"))
