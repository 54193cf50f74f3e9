"""Open (building if needed) the gazetteer SQLite file and look names up in it.

The file lives in the user cache directory (``platformdirs``; ``DATELINE_CACHE``
overrides) and is built on first use.  Look-ups go straight to SQLite with an
in-process cache, so memory stays small: the names are never all loaded.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from dateline.places.build import SCHEMA_VERSION, SRC_ABBR, SRC_ALT, SRC_NAME, SRC_SKELETON, fingerprint
from dateline.places.normalize import ARABIC_ARTICLES, abbreviation_key, bare_key, fold, name_key, skeleton
from dateline.places.vocabulary import words
from dateline.types import Place

_SHORT_FORM_LINKS = words("short_form_links")

# The skeleton folds Arabic/Persian transliteration variants; elsewhere it only makes false matches.
SKELETON_COUNTRIES = frozenset(
    "YE SA OM AE QA BH KW IQ SY LB JO PS IL EG LY TN DZ MA MR EH SD SS SO DJ ER ET IR AF PK TR TD NE ML "
    "NG TJ UZ TM AZ KZ KG BD".split()
)
FIX = "Rebuild it with `dateline gazetteer build --force`."


class GazetteerError(RuntimeError):
    """The gazetteer file is missing, corrupt or from another version."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    id: int
    name: str
    lat: float
    lon: float
    cc: str | None
    a1: str | None
    a2: str | None
    fclass: str
    fcode: str
    pop: int
    src: int  # how the name matched: 0 main name, 1 alternate, 2 our alias, 3 abbreviation, 4 skeleton

    @property
    def is_country(self) -> bool:
        return self.fcode.startswith("PCL")

    @property
    def is_admin(self) -> bool:
        return self.fcode in ("ADM1", "ADM2", "ADM3", "ADM4")


def cache_dir() -> Path:
    env = os.environ.get("DATELINE_CACHE")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("dateline"))


def default_path() -> Path:
    return cache_dir() / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


def status(path: Path) -> str:
    """'ok', 'missing', 'incomplete' (interrupted build: rebuild), 'stale' (built from older
    data files, e.g. before an alias was added), 'stale-dump' (the same, for a full GeoNames
    dump build, which only the user can redo) or 'corrupt: <why>'."""
    if not path.exists():
        return "missing"
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT k, v FROM meta").fetchall())
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if "no such table" in str(exc):
            return "incomplete"
        return f"corrupt: {exc}"
    if meta.get("complete") != "1" or meta.get("schema") != SCHEMA_VERSION:
        return "incomplete"
    if meta.get("fingerprint") != fingerprint():
        return "stale-dump" if meta.get("source", "").startswith("GeoNames dump") else "stale"
    return "ok"


def build(path: Path | None = None, geonames: Path | None = None, alternate_names: Path | None = None, quiet: bool = False) -> Path:
    """Build the gazetteer with a progress bar; returns its path."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from dateline.places import build as builder

    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    builder.clean_partials(path)
    console = Console(stderr=True, quiet=quiet)
    try:
        with _terminate_as_exit(), Progress(TextColumn("[bold]{task.description}"), BarColumn(), TimeElapsedColumn(), console=console, transient=False) as progress:
            if geonames is not None:
                from dateline.places import dump

                dump.build_from_dump(path, geonames, alternate_names, progress)
            else:
                builder.build_from_packages(path, progress)
    except BaseException:
        builder.partial_path(path).unlink(missing_ok=True)  # never leave our half-written file behind
        raise
    return path


@contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """Turn SIGTERM (a job runner or `kill` stopping us) into an exception, so the cleanup runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def ensure(path: Path | None = None, quiet: bool = False) -> Path:
    """The path of a complete gazetteer, building it first when missing or half-built."""
    path = path or default_path()
    state = status(path)
    if state == "ok":
        return path
    if state.startswith("corrupt"):
        raise GazetteerError(f"The gazetteer at {path} is corrupt ({state[9:]}). {FIX}")
    if state == "stale-dump":
        print(f"dateline: the gazetteer at {path} predates edits to dateline/data (aliases, points); "
              "run `dateline gazetteer build --force --geonames <your dump>` to apply them.", file=sys.stderr)
        return path
    if not quiet:
        why = {"incomplete": "was left half-built", "stale": "is older than its data files"}.get(state, "is not built yet")
        print(f"dateline: the gazetteer {why}; building it in {path} (about a minute, once).", file=sys.stderr)
    return build(path, quiet=quiet)


def _short_form(c: Candidate, key: str) -> Candidate:
    """An alternate name that is the official name cut before its "of" ("León" of "León de los
    Aldama", "Zamora" of "Zamora de Hidalgo") is what everybody calls the place: a main name.  So
    is the main name written as one word ("Elwak" for El Wak, "Eldaein" for Ed Daein), or without its
    Arabic article ("Samawah" for As Samawah)."""
    if c.src != SRC_ALT:
        return c
    full = name_key(c.name)
    if full.replace(" ", "") == key.replace(" ", "") or bare_key(full).replace(" ", "") == bare_key(key).replace(" ", ""):
        return replace(c, src=SRC_NAME)  # (and "Samawah" for As Samawah: the article is no part of the name)
    rest = full[len(key):].split() if full.startswith(key + " ") else []
    if rest and rest[0] in _SHORT_FORM_LINKS:
        return replace(c, src=SRC_NAME)
    return c


class Gazetteer:
    """Read-only name look-ups over the SQLite file."""

    def __init__(self, path: Path | None = None, build_if_missing: bool = True) -> None:
        path = path or default_path()
        if build_if_missing:
            path = ensure(path)
        else:
            state = status(path)
            if state != "ok":
                raise GazetteerError(f"The gazetteer at {path} is {state}. {FIX}")
        self.path = path
        self._pid, self._con = os.getpid(), self._connect()
        try:
            self.admin_names = dict(self.con.execute("SELECT code, name FROM admin"))
            self.country_names = dict(self.con.execute("SELECT cc, name FROM countries"))
            self.country_ids = {cc: gid for cc, gid in self.con.execute("SELECT cc, id FROM countries")}
            self.admin_ids = {code: gid for code, _, gid in self.con.execute("SELECT code, name, id FROM admin")}
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"The gazetteer at {path} cannot be read ({exc}). {FIX}") from exc
        self._lookup = lru_cache(maxsize=100_000)(self._lookup_uncached)
        self._by_id = lru_cache(maxsize=20_000)(self._by_id_uncached)
        self._seats: dict[str, Candidate | None] = {}

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)

    @property
    def con(self) -> sqlite3.Connection:
        """This process's connection: an SQLite connection must not cross a fork, and
        ``nlp.pipe(n_process=...)`` forks workers that share this object."""
        if self._pid != os.getpid():
            self._pid, self._con = os.getpid(), self._connect()
        return self._con

    _COLS = "p.id, p.name, p.lat, p.lon, p.cc, p.a1, p.a2, p.fclass, p.fcode, p.pop"

    def _lookup_uncached(self, key: str, table: str) -> tuple[Candidate, ...]:
        if table == "skel":
            sql = f"SELECT {self._COLS}, {SRC_SKELETON} FROM skel n JOIN places p ON p.id = n.id WHERE n.key = ?"
        else:
            sql = f"SELECT {self._COLS}, n.src FROM names n JOIN places p ON p.id = n.id WHERE n.key = ?"
        try:
            rows = self.con.execute(sql, (key,)).fetchall()
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"The gazetteer at {self.path} cannot be read ({exc}). {FIX}") from exc
        cands = tuple(Candidate(*r) for r in rows)
        if table == "names":
            cands = tuple(_short_form(c, key) for c in cands)
        return cands

    def lookup(self, text: str) -> tuple[Candidate, ...]:
        """Places whose name (or alternate name or alias) is ``text``."""
        return self._lookup(name_key(text), "names")

    def lookup_abbreviation(self, text: str) -> tuple[Candidate, ...]:
        return tuple(c for c in self._lookup(abbreviation_key(text), "names") if c.src == SRC_ABBR)

    def lookup_with_article(self, text: str) -> tuple[Candidate, ...]:
        """Fallback for a name written without the Arabic article the gazetteer keeps ("Qamishli" for
        Al Qamishli, "Hasakah" for Al Hasakah), in the countries whose names take one."""
        key = name_key(text)
        if len(key) < 4 or bare_key(text) != key:
            return ()
        found: dict[int, Candidate] = {}
        for article in ARABIC_ARTICLES:
            for c in self._lookup(f"{article} {key}", "names"):
                if c.cc in SKELETON_COUNTRIES:
                    found.setdefault(c.id, c)
        return tuple(found.values())

    def lookup_skeleton(self, text: str) -> tuple[Candidate, ...]:
        """Fallback for transliteration variants (see normalize.skeleton)."""
        key = skeleton(text)
        if len(key) < 4:
            return ()
        return tuple(c for c in self._lookup(key, "skel") if c.cc in SKELETON_COUNTRIES)

    def _by_id_uncached(self, gid: int) -> Candidate | None:
        row = self.con.execute(f"SELECT {self._COLS}, 0 FROM places p WHERE p.id = ?", (gid,)).fetchone()
        return Candidate(*row) if row else None

    def by_id(self, gid: int | None) -> Candidate | None:
        return self._by_id(gid) if gid is not None else None

    def country(self, cc: str | None) -> Candidate | None:
        return self.by_id(self.country_ids.get(cc)) if cc else None

    def capital(self, cc: str | None) -> Candidate | None:
        """The country's capital (GeoNames' PPLC; the build marks one where GeoNames has none)."""
        if not cc:
            return None
        row = self.con.execute(f"SELECT {self._COLS}, 0 FROM places p WHERE p.cc = ? AND p.fcode = 'PPLC' "
                               "ORDER BY p.pop DESC LIMIT 1", (cc,)).fetchone()
        return Candidate(*row) if row else None

    def seat(self, a1: str | None) -> Candidate | None:
        """A first-order unit's seat: GeoNames' PPLA of it, else its most populous town (GeoNames marks no seat of
        some countries' regions: Burkina Faso's)."""
        if not a1:
            return None
        if a1 not in self._seats:  # (asked for each town a text calls "the regional capital")
            row = self.con.execute(f"SELECT {self._COLS}, 0 FROM places p WHERE p.a1 = ? AND p.fclass = 'P' "
                                   "ORDER BY p.fcode = 'PPLA' DESC, p.pop DESC LIMIT 1", (a1,)).fetchone()
            self._seats[a1] = Candidate(*row) if row else None
        return self._seats[a1]

    def admin(self, code: str | None) -> Candidate | None:
        return self.by_id(self.admin_ids.get(code)) if code else None

    def place(self, c: Candidate, name: str | None = None) -> Place:
        """The public Place for a candidate (admin names spelled out)."""
        return Place(
            geonameid=c.id if c.id > 0 else None,  # our extra regions have no GeoNames id
            name=name or c.name,
            latitude=round(c.lat, 5),
            longitude=round(c.lon, 5),
            country=self.country_names.get(c.cc) if c.cc else None,
            iso=c.cc,
            admin1=self.admin_names.get(c.a1) if c.a1 else None,
            admin2=self.admin_names.get(c.a2) if c.a2 else None,
            feature_class=c.fclass,
            feature_code=c.fcode,
            population=c.pop,
        )


@lru_cache(maxsize=4)
def shared(path: str | None = None) -> Gazetteer:
    """One read-only Gazetteer per path per process."""
    return Gazetteer(Path(path) if path else None)


def display_name(text: str) -> str:
    return fold(text)
