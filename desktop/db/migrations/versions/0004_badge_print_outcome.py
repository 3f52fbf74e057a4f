"""badge prints say how they ended, on which printer and job, and from where

A print is logged once the OS queue accepts the job; a job that fails afterwards is kept
in the log as failed (with the printer's message) instead of being counted as printed.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("badge_print", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status", sa.String(16), nullable=False, server_default="printed")
        )
        batch_op.add_column(sa.Column("printer", sa.String(200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("job", sa.String(64), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("source", sa.String(32), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("message", sa.String(500), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("badge_print", schema=None) as batch_op:
        for column in ("message", "source", "job", "printer", "status"):
            batch_op.drop_column(column)
