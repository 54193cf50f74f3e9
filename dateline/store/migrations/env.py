"""Alembic environment: dateline runs migrations on a connection it opened (see dateline/store/migrate.py)."""

from alembic import context

from dateline.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
