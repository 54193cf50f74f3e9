"""seats.tsv: the seat town of districts not named for it, where the district stands."""

from __future__ import annotations

import pytest

from dateline.places.build import DATA_DIR, admin1_code, read_tsv
from dateline.places.normalize import name_key
from dateline.places.resolve import haversine


@pytest.fixture(scope="module")
def gaz(places_nlp):
    return places_nlp.get_pipe("dateline_places").gazetteer


def test_every_seat_row_names_a_district_and_a_town_of_its_province(gaz):
    """A row the gazetteer cannot follow does nothing, silently: so none may be kept."""
    for row in read_tsv(DATA_DIR / "seats.tsv"):
        assert 4 <= len(row) <= 5 and all(row[:4]), row
        cc, province, district, seat = row[:4]
        a1 = admin1_code(gaz.con, cc, province)
        assert a1 is not None, row
        assert gaz.con.execute("SELECT 1 FROM places WHERE fcode = 'ADM2' AND a1 = ? AND name = ?", (a1, district)).fetchone(), row
        keys = [name_key(n) for n in [seat, *filter(None, (row + [""])[4].split("|"))]]
        town = gaz.con.execute(f"SELECT 1 FROM names n JOIN places p ON p.id = n.id WHERE p.a1 = ? AND p.fclass = 'P' "
                               f"AND n.key IN ({','.join('?' * len(keys))})", [a1, *keys]).fetchone()
        assert town is not None, row


@pytest.mark.parametrize("district, province, seat", [("North Shewa Zone", "Oromia", "Fiche")])
def test_a_district_not_named_for_its_seat_stands_at_it(gaz, district, province, seat):
    """Ethiopia's zones have no town of their own in cities500 and stood at the middle of their region,
    North Shewa (Oromia) 230 km south of Fiche."""
    unit = next(c for c in gaz.lookup(district) if c.fcode == "ADM2" and gaz.place(c).admin1 == province)
    town = max((c for c in gaz.lookup(seat) if c.fclass == "P" and c.a1 == unit.a1), key=lambda c: c.pop)
    assert haversine((unit.lat, unit.lon), (town.lat, town.lon)) < 1


def test_a_seat_row_missing_a_column_is_refused_with_the_file_named(tmp_path, monkeypatch):
    """The file is edited by hand: a row without its seat stops the build with a line saying what it needs,
    rather than a bare unpacking error or a district silently left where it was."""
    import sqlite3

    from dateline.places import build

    (tmp_path / "seats.tsv").write_text("# header\nET\tOromia\tNorth Shewa Zone\n", encoding="utf-8")
    monkeypatch.setattr(build, "DATA_DIR", tmp_path)
    from dateline.places.gazetteer import GazetteerError

    with pytest.raises(GazetteerError, match=r"seats\.tsv.*needs a country code, a province, a district and a seat"):
        build.add_seats(sqlite3.connect(":memory:"), {})
