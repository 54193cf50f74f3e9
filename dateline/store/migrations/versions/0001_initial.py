"""The first store: articles, events, sources, evidence, reviews, journal.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)
DATES = ("event_date",)
INTS = ("year", "time_precision", "iso", "geo_precision", "fatalities", "fatalities_low", "fatalities_high", "geonameid")
FLOATS = ("latitude", "longitude", "confidence")
BOOLS = ("historical",)
TEXTS = (
    "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "region", "country", "admin1", "admin2", "admin3", "location",
    "source", "source_scale", "notes", "tags", "modality",
)


def _typed(name: str) -> sa.Column:
    kind = sa.Date if name in DATES else sa.Integer if name in INTS else sa.Float if name in FLOATS else sa.Boolean if name in BOOLS else sa.Text
    return sa.Column(name, kind)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(200), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text), sa.Column("url", sa.Text), sa.Column("source", sa.String(300)),
        sa.Column("published", sa.Date), sa.Column("language", sa.String(16)), sa.Column("dateline", sa.Text),
        sa.Column("origin", sa.Text), sa.Column("text", sa.Text, nullable=False), sa.Column("ingested_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.UniqueConstraint("hash", name="uq_articles_hash"),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(200), nullable=False),
        *[_typed(n) for n in DATES + INTS + FLOATS + BOOLS + TEXTS],
        sa.Column("record", sa.JSON, nullable=False), sa.Column("review", sa.JSON),
        sa.Column("review_status", sa.String(16), nullable=False), sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("cluster_score", sa.Float), sa.Column("cluster_reason", sa.Text), sa.Column("search_text", sa.Text),
        sa.Column("created_at", TZ, nullable=False), sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )
    op.create_index("ix_events_event_date_id", "events", ["event_date", "id"])
    op.create_index("ix_events_fatalities_id", "events", ["fatalities", "id"])
    op.create_index("ix_events_country_id", "events", ["country", "id"])
    op.create_index("ix_events_location_id", "events", ["location", "id"])
    op.create_index("ix_events_sub_event_type_event_date", "events", ["sub_event_type", "event_date"])
    op.create_index("ix_events_country_event_date", "events", ["country", "event_date", "id"])
    op.create_index("ix_events_admin1_event_date", "events", ["admin1", "event_date", "id"])
    op.create_index("ix_events_created_at", "events", ["created_at"])
    op.create_index("ix_events_updated_at", "events", ["updated_at"])
    op.create_index("ix_events_facets", "events", ["review_status", "event_date", "event_type", "sub_event_type", "country", "admin1", "fatalities"])
    op.create_table(
        "sources",
        sa.Column("id", sa.String(220), nullable=False),
        sa.Column("event_id", sa.String(200), nullable=False), sa.Column("article_id", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer, nullable=False), sa.Column("record", sa.JSON, nullable=False),
        sa.Column("sentence", sa.Text), sa.Column("score", sa.Float), sa.Column("reason", sa.Text),
        sa.Column("added_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_sources_event_id_events"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_sources_article_id_articles"),
        sa.UniqueConstraint("article_id", "position", name="uq_sources_article_id_position"),
    )
    op.create_index("ix_sources_event_id", "sources", ["event_id"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(200), nullable=False), sa.Column("article_id", sa.String(200), nullable=False),
        sa.Column("source_id", sa.String(220), nullable=False), sa.Column("field", sa.String(64), nullable=False),
        sa.Column("start", sa.Integer, nullable=False), sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_evidence"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_evidence_event_id_events"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_evidence_article_id_articles"),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name="fk_evidence_source_id_sources"),
    )
    op.create_index("ix_evidence_event_id", "evidence", ["event_id"])
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(200), nullable=False), sa.Column("action", sa.String(16), nullable=False),
        sa.Column("user", sa.String(200), nullable=False), sa.Column("at", TZ, nullable=False),
        sa.Column("changes", sa.JSON), sa.Column("note", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_reviews"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_reviews_event_id_events"),
    )
    op.create_index("ix_reviews_event_id", "reviews", ["event_id"])
    op.create_table(
        "journal",
        sa.Column("input", sa.Text, nullable=False), sa.Column("size", sa.Integer), sa.Column("mtime", sa.Float),
        sa.Column("articles", sa.Integer, nullable=False), sa.Column("events", sa.Integer, nullable=False),
        sa.Column("finished_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("input", name="pk_journal"),
    )


def downgrade() -> None:
    for table in ("journal", "reviews", "evidence", "sources", "events", "articles"):
        op.drop_table(table)
