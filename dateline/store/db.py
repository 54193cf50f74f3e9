"""Opening a store: SQLite (WAL) by default, PostgreSQL for ``postgresql://`` URLs; migrations.

Every failure to reach or understand the database becomes one ``StoreError``
line naming the database (password hidden), never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

MIGRATIONS = Path(__file__).parent / "migrations"
DEFAULT_DB = "dateline.db"


class StoreError(Exception):
    """A store that cannot be opened or used; the message names it and says what to do."""


def normalise_url(db: str | Path | None) -> str:
    """A path or URL -> a SQLAlchemy URL (postgresql:// uses psycopg 3)."""
    db = str(db or DEFAULT_DB)
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def display(url: str) -> str:
    """The URL as a user may see it: password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True).replace("+psycopg", "")
    except ArgumentError:
        return url


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        # Writers take the write lock at BEGIN, so two writers queue (busy_timeout) instead of deadlocking.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")


def make_engine(db: str | Path | None) -> Engine:
    url = normalise_url(db)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"'{db}' is neither a file path nor a database URL (sqlite:///PATH or postgresql://USER@HOST/DB)") from None
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database
        if path and path != ":memory:":
            folder = Path(path).expanduser().resolve().parent
            if not folder.is_dir():
                raise StoreError(f"cannot create the store {path}: folder {folder} does not exist")
        engine = create_engine(url, pool_size=20, max_overflow=20, connect_args={"timeout": 60, "check_same_thread": False})
        _sqlite_setup(engine)
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise StoreError(f"{display(url)}: unsupported database; use a file path (SQLite) or postgresql://USER@HOST/DB")
    try:
        return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10, connect_args={"connect_timeout": 10})
    except NoSuchModuleError as exc:
        raise StoreError(f"{display(url)}: {exc}") from None


def connect_error(url: str, exc: Exception) -> StoreError:
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = detail[0] if detail else type(exc).__name__
    return StoreError(f"cannot open the store {display(url)}: {first}")


def _alembic_config(connection) -> Config:  # type: ignore[no-untyped-def]
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return ScriptDirectory(str(MIGRATIONS)).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_schema(engine: Engine, upgrade: bool, target: str = "head") -> tuple[str | None, str]:
    """Create a new store, upgrade an older one (when allowed), or refuse saying how.

    Returns (revision before, revision after).
    """
    url = str(engine.url)
    try:
        with engine.connect() as conn:
            before = MigrationContext.configure(conn).get_current_revision()
            tables = set(inspect(conn).get_table_names())
    except DBAPIError as exc:
        raise connect_error(url, exc) from None
    scripts = ScriptDirectory(str(MIGRATIONS))
    head = scripts.get_current_head()
    known = {s.revision for s in scripts.walk_revisions()}
    if before is None and tables - {"alembic_version"}:
        raise StoreError(f"{display(url)} holds tables ({', '.join(sorted(tables)[:5])}) but is not a dateline store; choose another --db")
    if before is not None and before not in known:
        raise StoreError(f"{display(url)} was made by a newer dateline (schema revision {before}); upgrade dateline to use it")
    wanted = head if target == "head" else target
    if before == wanted:
        return before, before
    if before is not None and not upgrade:
        raise StoreError(f"{display(url)} has an older schema (revision {before}, this dateline needs {head}); "
                         f"run `dateline db upgrade --db {display(url)}` first")
    try:
        with engine.connect().execution_options(write=True) as conn:
            with conn.begin():
                command.upgrade(_alembic_config(conn), target)
    except DBAPIError as exc:
        raise connect_error(url, exc) from None
    return before, wanted or ""
