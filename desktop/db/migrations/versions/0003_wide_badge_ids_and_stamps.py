"""64-bit badge ids and event tags, room for a desk id in clock stamps (PostgreSQL)

Badge ids are random 63-bit numbers and event tags 32-bit unsigned: both overflow
PostgreSQL's INTEGER. A stamp with a UUID node is 56 characters. SQLite stores any
integer in INTEGER and ignores VARCHAR lengths, so nothing changes there.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

WIDENED = (
    ("event", "tag"),
    ("participant", "badge_id"),
    ("badge_version", "badge_id"),
    ("checkin", "badge_id"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column in WIDENED:
        op.alter_column(table, column, type_=sa.BigInteger(), existing_type=sa.Integer())
    op.alter_column("change_log", "hlc", type_=sa.String(80), existing_type=sa.String(40))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.alter_column("change_log", "hlc", type_=sa.String(40), existing_type=sa.String(80))
    for table, column in WIDENED:
        op.alter_column(table, column, type_=sa.Integer(), existing_type=sa.BigInteger())
