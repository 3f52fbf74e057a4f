"""change feed: each change's wire form kept as JSON text, so pulls stream it as stored

Revision ID: s0002
Revises: s0001
Create Date: 2026-11-30 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: rows written before this revision are encoded from their columns on pull.
    with op.batch_alter_table("change_feed") as batch:
        batch.add_column(sa.Column("body", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("change_feed") as batch:
        batch.drop_column("body")
