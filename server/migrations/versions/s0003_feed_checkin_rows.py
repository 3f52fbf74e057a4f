"""change feed: a check-in's stored row form, made once at push for every desk's pull

Revision ID: s0003
Revises: s0002
Create Date: 2026-11-23 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: other changes, and check-ins stored before this revision, have none and
    # are handed out in their full form.
    with op.batch_alter_table("change_feed") as batch:
        batch.add_column(sa.Column("row", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("change_feed") as batch:
        batch.drop_column("row")
