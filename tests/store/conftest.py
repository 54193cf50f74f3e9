"""Store tests run on SQLite and on a real PostgreSQL server.

The server comes from $DATELINE_TEST_POSTGRES (a DSN whose role may create databases;
`.ci/run` starts Debian's PostgreSQL and sets it).  Without it the local default
is tried; when no server answers, PostgreSQL tests skip, except in CI, where they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest


DEFAULT_DSN = "postgresql://dateline:dateline@127.0.0.1:5432/postgres"


def _admin_dsn() -> str | None:
    dsn = os.environ.get("DATELINE_TEST_POSTGRES") or DEFAULT_DSN
    try:
        import psycopg

        with psycopg.connect(dsn, connect_timeout=3, autocommit=True) as conn:
            conn.execute("SELECT 1")
        return dsn
    except Exception as exc:  # noqa: BLE001
        if os.environ.get("CI") or os.environ.get("DATELINE_TEST_POSTGRES"):
            pytest.fail(f"PostgreSQL at {dsn} is required here but does not answer: {exc}")
        return None


@pytest.fixture(scope="session")
def pg_admin() -> str | None:
    return _admin_dsn()


@pytest.fixture
def pg_url(pg_admin: str | None) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    if pg_admin is None:
        pytest.skip("no PostgreSQL server (run scripts/start_postgres.sh)")
    import psycopg

    name = f"dateline_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = pg_admin.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with psycopg.connect(pg_admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    return request.getfixturevalue("pg_url")
