"""official calendar years loaded by an administrator; worklist items cleared by the case

Revision ID: 0008
Revises: 0009
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

from service import live_indexes

revision = "0008"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # First, as 0009's: built outside the migration's transaction on PostgreSQL, with
    # nothing before it that a second run would trip on.
    live_indexes.create_index("ix_notifications_case", "notifications", ["case_id"])
    op.create_table(
        "calendar_years",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_calendar_years")),
    )
    op.add_column(
        "notifications", sa.Column("cleared_at", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    live_indexes.drop_index("ix_notifications_case", "notifications")
    with op.batch_alter_table("notifications") as batch:
        batch.drop_column("cleared_at")
    op.drop_table("calendar_years")
