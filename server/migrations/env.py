"""Alembic environment of the server's own tables (version table ``server_alembic_version``)."""

from __future__ import annotations

from alembic import context

from server.db import VERSION_TABLE, ServerBase

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=ServerBase.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
