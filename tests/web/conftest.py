"""Web tests share the store tests' database fixtures (SQLite and a real PostgreSQL) and helpers."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

STORE_TESTS = Path(__file__).resolve().parents[1] / "store"
sys.path.insert(0, str(STORE_TESTS))

_spec = importlib.util.spec_from_file_location("store_conftest", STORE_TESTS / "conftest.py")
assert _spec and _spec.loader
_store_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_store_conftest)
db_url, pg_admin, pg_url = _store_conftest.db_url, _store_conftest.pg_admin, _store_conftest.pg_url


def pytest_configure(config) -> None:  # type: ignore[no-untyped-def]
    config.addinivalue_line("markers", "expected_console(text): a console error containing text is what the test provokes")
