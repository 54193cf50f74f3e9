"""The store: articles, events merged across sources, evidence, reviews.

Writing is one transaction per batch (``add_batch``).  Writers are serialised
(SQLite ``BEGIN IMMEDIATE``, a PostgreSQL advisory lock), articles are unique
by the hash of their text, and a batch that fails is retried, so two ingests
at once never store an article twice.  Each new report is matched against the
events already stored with ``dateline.dedup.best_cluster``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from dateline.dedup import Cluster, Report, Rules, best_cluster, combine, default_rules, event_sentence
from dateline.store.db import StoreError, connect_error, display, ensure_schema, make_engine
from dateline.store.schema import RECORD_COLUMNS, articles, events, evidence, journal, reviews, sources
from dateline.types import Article, EventRecord

T = TypeVar("T")
WRITE_LOCK = 0x6461746C  # PostgreSQL advisory lock key shared by every dateline writer ("datl")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass
class InputDone:
    """An input file whose every article is in the batch (or was already stored): the journal entry."""

    input: str
    size: int | None = None
    mtime: float | None = None
    articles: int = 0
    events: int = 0


@dataclass
class BatchResult:
    articles: int = 0  # new articles stored
    skipped: int = 0  # articles already in the store
    events: int = 0  # new events
    merged: int = 0  # reports that joined an existing event
    new_event_ids: list[str] = field(default_factory=list)
    queued: int = 0  # webhook deliveries queued for the new events


def apply_review(record: EventRecord, review: dict[str, Any] | None) -> EventRecord:
    """The effective record: the machine's values with a reviewer's edits on top."""
    if not review:
        return record
    data = record.model_dump(mode="json")
    data.update(review)
    eff = EventRecord.model_validate(data)
    if "event_date" in review and eff.event_date:
        eff.year = eff.event_date.year
    return eff


def _search_text(r: EventRecord, sentences: Iterable[str]) -> str:
    parts = [r.notes, r.location, r.admin1, r.admin2, r.country, r.actor1, r.actor2, r.assoc_actor_1, r.assoc_actor_2, *sentences]
    return " | ".join(p for p in parts if p).lower()


def _typed(r: EventRecord) -> dict[str, Any]:
    return {name: getattr(r, name) for name in RECORD_COLUMNS}


class Store:
    """A dateline store at a SQLite path or a PostgreSQL URL.  ``Store.open(url)`` to start."""

    def __init__(self, engine: Engine, rules: Rules | None = None) -> None:
        self.engine = engine
        self.rules = rules or default_rules()
        self.is_postgres = engine.dialect.name == "postgresql"
        self.upgraded_from: str | None = None

    @classmethod
    def open(cls, db: str | None = None, upgrade: bool = True, rules: Rules | None = None) -> "Store":
        """Open the store; ``upgrade=True`` creates a new one or upgrades an older one, else both are refused."""
        engine = make_engine(db)
        path = engine.url.database if engine.dialect.name == "sqlite" else None
        if not upgrade and path and path != ":memory:" and not os.path.exists(path):
            raise StoreError(f"no store at {path}; `dateline ingest --db {path} ...` creates one")
        before, after = ensure_schema(engine, upgrade=upgrade)
        store = cls(engine, rules)
        if before is not None and before != after:
            store.upgraded_from = before
        return store

    @property
    def name(self) -> str:
        return display(str(self.engine.url))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ transactions
    def write(self, work: Callable[[Connection], T], attempts: int = 8) -> T:
        """Run ``work`` in one serialised write transaction; retry when the database is busy."""
        for attempt in range(attempts):
            try:
                with self.engine.connect().execution_options(write=True) as conn:
                    with conn.begin():
                        if self.is_postgres:
                            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})
                        return work(conn)
            except (OperationalError, IntegrityError) as exc:
                busy = "locked" in str(exc) or "busy" in str(exc) or "deadlock" in str(exc) or "serializ" in str(exc)
                if isinstance(exc, IntegrityError) or busy:
                    if attempt + 1 < attempts:
                        time.sleep(min(2.0, 0.05 * 2**attempt))
                        continue
                if isinstance(exc, OperationalError):
                    raise connect_error(str(self.engine.url), exc) from None
                raise
            except DBAPIError as exc:
                if exc.connection_invalidated:
                    raise connect_error(str(self.engine.url), exc) from None
                raise
        raise StoreError(f"{self.name}: still busy after {attempts} attempts")  # pragma: no cover

    def read(self) -> Connection:
        try:
            return self.engine.connect()
        except DBAPIError as exc:
            raise connect_error(str(self.engine.url), exc) from None

    # ------------------------------------------------------------------ writing
    def has_article(self, text_or_hash: str, is_hash: bool = False) -> bool:
        h = text_or_hash if is_hash else text_hash(text_or_hash)
        with self.read() as conn:
            return conn.execute(select(articles.c.id).where(articles.c.hash == h)).first() is not None

    def add_batch(self, items: Iterable[tuple[Article, list[EventRecord]]], finished: Iterable[InputDone] = ()) -> BatchResult:
        """Store articles and their records in one transaction; merge reports of stored events.

        The same article again (same text) adds nothing.  ``finished`` inputs go into the journal
        in the same transaction, so the journal never names an input whose articles are not stored.
        """
        items, finished = list(items), list(finished)

        def work(conn: Connection) -> BatchResult:
            result = BatchResult()
            stamp = now()
            for article, records in items:
                self._add_article(conn, article, records, stamp, result)
            from dateline.store.watch import queue_deliveries

            result.queued = queue_deliveries(conn, result.new_event_ids)
            for done in finished:
                conn.execute(delete(journal).where(journal.c.input == done.input))
                conn.execute(insert(journal).values(input=done.input, size=done.size, mtime=done.mtime,
                                                    articles=done.articles, events=done.events, finished_at=stamp))
            return result

        return self.write(work)

    def _add_article(self, conn: Connection, article: Article, records: list[EventRecord], stamp: dt.datetime, result: BatchResult) -> None:
        h = text_hash(article.text)
        if conn.execute(select(articles.c.id).where(articles.c.hash == h)).first() is not None:
            result.skipped += 1
            return
        aid = article.id
        if conn.execute(select(articles.c.id).where(articles.c.id == aid)).first() is not None:
            aid = f"{article.id}~{h[:10]}"  # another text under the same id (e.g. two JSONL files both numbering from 1)
        conn.execute(insert(articles).values(
            id=aid, hash=h, title=article.title, url=article.url, source=article.source, published=article.published,
            language=article.language, dateline=article.dateline, origin=article.origin, text=article.text, ingested_at=stamp))
        result.articles += 1
        for position, record in enumerate(records):
            record = record.model_copy(deep=True)
            if aid != article.id:
                record.event_id_cnty = (record.event_id_cnty or "").replace(f"-{article.id}-", f"-{aid}-") or None
            record.article_id = aid
            record.cluster_id = record.cluster_score = record.cluster_reason = None
            self._add_report(conn, aid, position, record, event_sentence(record, article.text), stamp, result)

    def _candidates(self, conn: Connection, r: EventRecord) -> list[Cluster]:
        if r.event_date is None or r.latitude is None or r.longitude is None:
            return []
        days = dt.timedelta(days=self.rules.widest_days())
        km = self.rules.widest_km()
        dlat = km / 110.0
        dlon = km / (110.0 * max(0.05, math.cos(math.radians(r.latitude))))
        e = events.c
        ids = [row[0] for row in conn.execute(select(e.id).where(
            e.sub_event_type.in_([t for t in self.rules.types_for(r.sub_event_type) if t]),
            e.modality == r.modality,
            e.event_date.between(r.event_date - days, r.event_date + days),
            e.latitude.between(r.latitude - dlat, r.latitude + dlat),
            e.longitude.between(r.longitude - dlon, r.longitude + dlon),
        ))]
        if not ids:
            return []
        clusters: dict[str, Cluster] = {i: Cluster(i) for i in ids}
        rows = conn.execute(select(sources.c.event_id, sources.c.record, sources.c.sentence)
                            .where(sources.c.event_id.in_(ids)).order_by(sources.c.added_at, sources.c.id))
        for event_id, rec, sentence in rows:
            clusters[event_id].members.append(Report(EventRecord.model_validate(rec), sentence or ""))
        return list(clusters.values())

    def _add_report(self, conn: Connection, aid: str, position: int, r: EventRecord, sentence: str, stamp: dt.datetime, result: BatchResult) -> None:
        source_id = f"{aid}-{position + 1}"
        cluster, match = best_cluster(Report(r, sentence), self._candidates(conn, r), self.rules)
        if cluster is None:
            event_id = r.event_id_cnty or source_id
            if conn.execute(select(events.c.id).where(events.c.id == event_id)).first() is not None:
                event_id = source_id
            conn.execute(insert(events).values(
                id=event_id, **_typed(r), record=r.model_dump(mode="json"), review=None, review_status="open", n_sources=1,
                cluster_score=None, cluster_reason=None, search_text=_search_text(r, [sentence]), created_at=stamp, updated_at=stamp))
            result.events += 1
            result.new_event_ids.append(event_id)
        else:
            assert match is not None
            event_id = cluster.id
            row = conn.execute(select(events.c.review, events.c.cluster_score, events.c.n_sources).where(events.c.id == event_id)).one()
            merged = combine([m.record for m in cluster.members] + [r])
            effective = apply_review(merged, row.review)
            weakest = row.cluster_score is None or match.score < row.cluster_score
            values: dict[str, Any] = dict(**_typed(effective), record=merged.model_dump(mode="json"), n_sources=row.n_sources + 1,
                                          search_text=_search_text(effective, [m.text for m in cluster.members] + [sentence]), updated_at=stamp)
            if weakest:
                values.update(cluster_score=match.score, cluster_reason=match.reason)
            conn.execute(update(events).where(events.c.id == event_id).values(**values))
            result.merged += 1
        conn.execute(insert(sources).values(
            id=source_id, event_id=event_id, article_id=aid, position=position, record=r.model_dump(mode="json"),
            sentence=sentence, score=match.score if match else None, reason=match.reason if match else None, added_at=stamp))
        spans = [dict(event_id=event_id, article_id=aid, source_id=source_id, field=name, start=s.start, end=s.end, text=s.text)
                 for name, group in r.evidence.items() for s in group]
        if spans:
            conn.execute(insert(evidence), spans)

    # ------------------------------------------------------------------ journal
    def finished_inputs(self) -> dict[str, tuple[int | None, float | None]]:
        """Input -> (size, mtime) of every input the journal says is fully stored."""
        with self.read() as conn:
            return {row.input: (row.size, row.mtime) for row in conn.execute(select(journal.c.input, journal.c.size, journal.c.mtime))}

    # ------------------------------------------------------------------ reading
    def counts(self) -> dict[str, int]:
        with self.read() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in (articles, events, sources, evidence, reviews)}

    def effective(self, row: Any) -> EventRecord:
        """The EventRecord of an events row, reviewed values applied."""
        rec = EventRecord.model_validate(row.record)
        rec = apply_review(rec, row.review)
        rec.event_id_cnty = row.id
        return rec

    def iter_records(self, condition: Any = True, order: Any = None, chunk: int = 1000) -> Iterator[EventRecord]:
        """Every matching event as an EventRecord, streamed from the database in chunks (constant memory)."""
        query = select(events.c.id, events.c.record, events.c.review).where(condition)
        query = query.order_by(*(order if order is not None else (events.c.event_date, events.c.id)))
        with self.read() as conn:
            result = conn.execution_options(stream_results=True, yield_per=chunk).execute(query)
            for row in result:
                yield self.effective(row)
