"""The dateline store: SQLite (WAL) by default, PostgreSQL for ``postgresql://`` URLs.

    from dateline.store import Store, InputDone
    with Store.open("events.db") as store:
        result = store.add_batch([(article, records), ...], finished=[InputDone("feeds/a.jsonl")])

See docs/store.md for the writer API, the tables and migrations.
"""

from dateline.store.db import StoreError
from dateline.store.filters import EventFilter, FilterError
from dateline.store.store import BatchResult, InputDone, Store, apply_review, text_hash

__all__ = ["BatchResult", "EventFilter", "FilterError", "InputDone", "Store", "StoreError", "apply_review", "text_hash"]
