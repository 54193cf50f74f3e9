"""The store's tables, in SQLAlchemy Core: one schema for SQLite and PostgreSQL.

Migrations in ``migrations/versions`` build exactly this (a test compares them).
Events keep the machine's merged record as JSON plus typed columns for
filtering; the typed columns hold the *effective* values (a reviewer's edits
applied), the ``review`` column the edits themselves.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON, Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
    UniqueConstraint,
)

metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

articles = Table(
    "articles", metadata,
    Column("id", String(200), primary_key=True),
    Column("hash", String(64), nullable=False, unique=True),  # sha256 of the text: the same article twice adds nothing
    Column("title", Text),
    Column("url", Text),
    Column("source", String(300)),
    Column("published", Date),
    Column("language", String(16)),
    Column("dateline", Text),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

# Typed columns of an event, from EventRecord (strings unless listed).
EVENT_DATE_COLUMNS = ("event_date",)
EVENT_INT_COLUMNS = ("year", "time_precision", "iso", "geo_precision", "fatalities", "fatalities_low", "fatalities_high", "geonameid")
EVENT_FLOAT_COLUMNS = ("latitude", "longitude", "confidence")
EVENT_BOOL_COLUMNS = ("historical",)
EVENT_TEXT_COLUMNS = (
    "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "region", "country", "admin1", "admin2", "admin3", "location",
    "source", "source_scale", "notes", "tags", "modality",
)
RECORD_COLUMNS = EVENT_DATE_COLUMNS + EVENT_INT_COLUMNS + EVENT_FLOAT_COLUMNS + EVENT_BOOL_COLUMNS + EVENT_TEXT_COLUMNS


def _typed(name: str) -> Column:
    if name in EVENT_DATE_COLUMNS:
        return Column(name, Date)
    if name in EVENT_INT_COLUMNS:
        return Column(name, Integer)
    if name in EVENT_FLOAT_COLUMNS:
        return Column(name, Float)
    if name in EVENT_BOOL_COLUMNS:
        return Column(name, Boolean)
    return Column(name, Text)


events = Table(
    "events", metadata,
    Column("id", String(200), primary_key=True),
    *[_typed(name) for name in RECORD_COLUMNS],
    Column("record", JSON, nullable=False),  # the machine's merged EventRecord
    Column("review", JSON),  # a reviewer's edits: field -> value
    Column("review_status", String(16), nullable=False, default="open"),  # open, confirmed, rejected, edited
    Column("n_sources", Integer, nullable=False, default=1),
    Column("cluster_score", Float),  # the weakest join of a merged event
    Column("cluster_reason", Text),
    Column("search_text", Text),  # lower-cased notes, place, actors and event sentences, for q=
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
# (sort column, id) indexes serve keyset paging; the first also the date window of dedup candidates
Index("ix_events_event_date_id", events.c.event_date, events.c.id)
Index("ix_events_fatalities_id", events.c.fatalities, events.c.id)
Index("ix_events_country_id", events.c.country, events.c.id)
Index("ix_events_location_id", events.c.location, events.c.id)
Index("ix_events_sub_event_type_event_date", events.c.sub_event_type, events.c.event_date)
# a country's or province's events newest first, without sorting them
Index("ix_events_country_event_date", events.c.country, events.c.event_date, events.c.id)
Index("ix_events_admin1_event_date", events.c.admin1, events.c.event_date, events.c.id)
Index("ix_events_created_at", events.c.created_at)
Index("ix_events_updated_at", events.c.updated_at)  # max(updated_at) is the data version the API caches on
# narrow enough to scan instead of the wide rows: counts and aggregates read only this index
Index("ix_events_facets", events.c.review_status, events.c.event_date, events.c.event_type, events.c.sub_event_type,
      events.c.country, events.c.admin1, events.c.fatalities)

sources = Table(
    "sources", metadata,
    Column("id", String(220), primary_key=True),  # the report's own record id
    Column("event_id", String(200), ForeignKey("events.id"), nullable=False, index=True),
    Column("article_id", String(200), ForeignKey("articles.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("record", JSON, nullable=False),  # this article's own EventRecord
    Column("sentence", Text),
    Column("score", Float),  # how it joined the event (null: it started the event)
    Column("reason", Text),
    Column("added_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("article_id", "position", name="uq_sources_article_id_position"),
)

evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(200), ForeignKey("events.id"), nullable=False, index=True),
    Column("article_id", String(200), ForeignKey("articles.id"), nullable=False),
    Column("source_id", String(220), ForeignKey("sources.id"), nullable=False),
    Column("field", String(64), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

reviews = Table(
    "reviews", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(200), ForeignKey("events.id"), nullable=False, index=True),
    Column("action", String(16), nullable=False),
    Column("user", String(200), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("changes", JSON),
    Column("note", Text),
)

journal = Table(
    "journal", metadata,
    Column("input", Text, primary_key=True),  # resolved path of a finished input file
    Column("size", Integer),
    Column("mtime", Float),
    Column("articles", Integer, nullable=False, default=0),
    Column("events", Integer, nullable=False, default=0),
    Column("finished_at", DateTime(timezone=True), nullable=False),
)

# --- revision 0002: watch lists -------------------------------------------------------------
watches = Table(
    "watches", metadata,
    Column("name", String(100), primary_key=True),
    Column("filters", JSON, nullable=False),
    Column("webhook", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

deliveries = Table(
    "deliveries", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("watch", String(100), ForeignKey("watches.name", ondelete="CASCADE"), nullable=False),
    Column("event_id", String(200), ForeignKey("events.id"), nullable=False),
    Column("status", String(16), nullable=False),  # pending, sending, delivered, failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("watch", "event_id", name="uq_deliveries_watch_event_id"),  # at most once per event
)
Index("ix_deliveries_status", deliveries.c.status)
