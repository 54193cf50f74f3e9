"""Build the gazetteer from a GeoNames dump the user downloaded (allCountries.zip).

The dump adds what the PyPI packages lack: villages, ADM3 units, rivers,
regions and mountains, and GeoNames' own points for every admin unit.  Rows are
streamed from the zip, so memory stays flat even for the 12-million-row file.
Our alias file and country points are applied on top, as in the default build.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.places.build import (SRC_ALT, SRC_NAME, Writer, add_aliases, add_extra_places, add_official_spellings,
                                   add_towns,
                                   country_points, finish, open_new, partial_path, usable_alt)
from dateline.places.normalize import fold

if TYPE_CHECKING:
    from rich.progress import Progress

KEEP_CLASSES = frozenset("PALTHV")  # populated places, admin units, areas, terrain, water, forests
ALT_LANGS = frozenset({"", "en", "abbr", "fr", "de", "es"})


class DumpFormatError(ValueError):
    pass


def _rows(path: Path) -> Iterator[list[str]]:
    """Tab-separated rows of the one .txt member of a GeoNames zip."""
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise DumpFormatError(f"{path} is not a zip file; expected GeoNames' allCountries.zip.") from exc
    members = [n for n in zf.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
    if not members:
        raise DumpFormatError(f"{path} holds no .txt table; expected GeoNames' allCountries.zip.")
    with zf, zf.open(members[0]) as raw:
        for line in io.TextIOWrapper(raw, encoding="utf-8"):
            yield line.rstrip("\n").split("\t")


def build_from_dump(path: Path, geonames: Path, alternate_names: Path | None, progress: "Progress | None" = None) -> None:
    tmp = partial_path(path)
    con = open_new(tmp)
    w = Writer(con)
    task = progress.add_task("GeoNames dump", total=None) if progress else None
    batch: list[tuple[object, ...]] = []
    admin_rows: list[tuple[str, str, int]] = []
    countries: list[tuple[str, str, str, int]] = []
    n = 0
    for n, r in enumerate(_rows(geonames), 1):
        if len(r) < 19:
            raise DumpFormatError(f"{geonames}: row {n} has {len(r)} columns, not GeoNames' 19.")
        fclass, fcode, cc = r[6], r[7], r[8]
        if fclass not in KEEP_CLASSES:
            continue
        gid = int(r[0])
        a1 = f"{cc}.{r[10]}" if r[10] else None
        a2 = f"{a1}.{r[11]}" if a1 and r[11] else None
        pop = int(r[14] or 0)
        batch.append((gid, r[1], float(r[4]), float(r[5]), cc or None, a1, a2, fclass, fcode, pop))
        if fcode == "ADM1" and a1:
            admin_rows.append((a1, fold(r[1]), gid))
        elif fcode == "ADM2" and a2:
            admin_rows.append((a2, fold(r[1]), gid))
        elif fcode in ("PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR"):
            countries.append((cc, r[1], "", gid))
        w.add_name(r[1], gid, SRC_NAME)
        if r[2] and r[2] != r[1]:
            w.add_name(r[2], gid, SRC_ALT)
        for alt in r[3].split(","):
            if alt and usable_alt(alt):
                w.add_name(alt, gid, SRC_ALT)
        if len(batch) >= 50_000:
            con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", batch)
            batch.clear()
            if progress is not None and task is not None:
                progress.update(task, completed=n, description=f"GeoNames dump ({n:,} rows)")
    if n == 0:
        raise DumpFormatError(f"{geonames} is empty.")
    con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", batch)
    con.executemany("INSERT OR IGNORE INTO admin VALUES (?,?,?)", admin_rows)
    con.executemany("INSERT OR IGNORE INTO countries VALUES (?,?,?,?)", countries)
    w.flush()
    if alternate_names is not None:
        _add_alternate_names(con, w, alternate_names)
    # Gold data and our users expect GeoNames' country points; keep our fixes for the ones that differ.
    for cc, (lat, lon) in country_points().items():
        con.execute("UPDATE places SET lat=?, lon=? WHERE fcode LIKE 'PCL%' AND cc=?", (lat, lon, cc))
    add_extra_places(con, w)
    w.flush()
    add_towns(con, w)
    add_official_spellings(w, con.execute("SELECT id, name, cc FROM places WHERE cc = 'UA'").fetchall())
    add_aliases(con, w, strict=False)
    finish(con, tmp, path, f"GeoNames dump {geonames.name}")


def _add_alternate_names(con: object, w: Writer, path: Path) -> None:
    known = {r[0] for r in con.execute("SELECT id FROM places")}  # type: ignore[attr-defined]
    for n, r in enumerate(_rows(path), 1):
        if len(r) < 4:
            raise DumpFormatError(f"{path}: row {n} is not an alternateNamesV2 row.")
        if r[2] not in ALT_LANGS or (len(r) > 7 and r[7] == "1"):  # other languages, historic names
            continue
        gid = int(r[1])
        if gid in known and usable_alt(r[3]):
            w.add_name(r[3], gid, SRC_ALT)
    w.flush()
