"""towns.tsv: the towns of conflict zones that cities500 lacks, each a place of its country under the
province its row names, or else that of the nearest GeoNames town."""

from __future__ import annotations

import re

import pytest

from dateline.places.build import DATA_DIR, admin1_code, read_tsv
from dateline.places.geocode import resolve_in_context


@pytest.fixture(scope="module")
def gaz(places_nlp):
    return places_nlp.get_pipe("dateline_places").gazetteer


def test_every_town_row_is_a_named_point_of_a_country():
    seen: set[tuple[str, str]] = set()
    for row in read_tsv(DATA_DIR / "towns.tsv"):
        name, others, lat, lon, cc, pop, *province = row
        assert len(province) <= 1, row
        assert name.strip() == name and name, row
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180, row
        assert re.fullmatch(r"[A-Z]{2}", cc) and int(pop) >= 0, row
        assert all(o.strip() for o in others.split("|")) or not others, row
        assert (name, cc, lat[:4]) not in seen, f"{name} ({cc}) twice"
        seen.add((name, cc, lat[:4]))


@pytest.mark.parametrize(("name", "iso", "admin1"), [
    ("Pinlebu", "MM", "Sagaing"),
    ("Pont-Sonde", "HT", "Artibonite"),
])
def test_a_county_seat_geonames_lists_without_people_is_a_town_in_its_province(gaz, name, iso, admin1):
    r = resolve_in_context(gaz, name, [])
    assert r.level == "place" and r.geo_precision == 1
    assert r.place.iso == iso and r.place.admin1 == admin1


def test_a_named_province_is_a_first_order_division_of_the_towns_country(gaz):
    for row in read_tsv(DATA_DIR / "towns.tsv"):
        if len(row) > 6 and row[6]:
            assert admin1_code(gaz.con, row[4], row[6]) is not None, row


@pytest.mark.parametrize(("name", "admin1"), [
    ("Ayod", "Jonglei"),  # the nearest GeoNames town, Leer, is across the state line
    ("Mindat", "Chin"),
])
def test_a_town_near_a_province_line_takes_the_province_its_row_names(gaz, name, admin1):
    r = resolve_in_context(gaz, name, [])
    assert r.level == "place" and r.place.admin1 == admin1


@pytest.mark.parametrize("name, iso, admin1", [("Tishreen Dam", "SY", "Halab"), ("Haditha Dam", "IQ", "Anbar"),
                                                ("Zaporizhzhia nuclear power plant", "UA", "Zaporiz")])
def test_a_site_of_extra_places_lies_in_the_province_of_its_nearest_town(gaz, name, iso, admin1):
    site = next(c for c in gaz.lookup(name) if c.fclass == "S")
    place = gaz.place(site)
    assert place.iso == iso and admin1.lower() in (place.admin1 or "").lower()


@pytest.mark.parametrize("name, iso", [("Walikale", "CD"), ("Irumu", "CD"), ("Yinmabin", "MM"), ("Nangade", "MZ")])
def test_a_district_named_for_a_town_of_the_file_stands_at_that_town(gaz, name, iso):
    """cities500 lacks these seats, so the district had no town of its own and stood at the middle of its
    province, a hundred kilometres and more from where its events happen; the town lies in its district."""
    from dateline.places.resolve import haversine

    district = next(c for c in gaz.lookup(name) if c.fcode == "ADM2" and c.cc == iso)
    town = next(c for c in gaz.lookup(name) if c.fclass == "P" and c.cc == iso)
    assert haversine((district.lat, district.lon), (town.lat, town.lon)) < 1
    assert town.a2 == district.a2
