"""server tables: enrolled desks, enrollment codes, the change feed, bookings

Revision ID: s0001
Revises:
Create Date: 2026-11-23 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.db.models import UTCDateTime

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "server_desk",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("key_id", sa.Integer(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("certificate", sa.LargeBinary(), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("enrolled_at", UTCDateTime(), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.Column("last_seen", UTCDateTime(), nullable=True),
    )
    op.create_table(
        "enroll_code",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("used_at", UTCDateTime(), nullable=True),
        sa.Column("used_by", sa.Uuid(), nullable=True),
    )
    op.create_table(
        "change_feed",
        sa.Column("seq", SEQ, primary_key=True, autoincrement=True),
        sa.Column("change_id", sa.Uuid(), nullable=False, unique=True),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("op", sa.String(32), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("hlc", sa.String(80), nullable=False),
        sa.Column("origin", sa.String(200), nullable=False),
        sa.Column("operator", sa.String(200), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("desk_id", sa.Uuid(), nullable=True),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("answer", sa.JSON(), nullable=True),
    )
    op.create_index("ix_change_feed_entity", "change_feed", ["entity", "entity_id"])
    op.create_table(
        "booking",
        sa.Column("id", SEQ, primary_key=True, autoincrement=True),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("resource", sa.String(120), nullable=False),
        sa.Column("start", UTCDateTime(), nullable=False),
        sa.Column("end", UTCDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_index("ix_booking_meeting_id", "booking", ["meeting_id"])
    op.create_index("ix_booking_resource", "booking", ["resource", "start"])


def downgrade() -> None:
    op.drop_table("booking")
    op.drop_table("change_feed")
    op.drop_table("enroll_code")
    op.drop_table("server_desk")
