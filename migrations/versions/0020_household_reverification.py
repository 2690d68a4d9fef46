"""household re-verification and exit: timers and items of a household file

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("households", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reverify_by", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("reverified_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("exit_suggested", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index(batch_op.f("ix_households_reverify_by"), ["reverify_by"])
    with op.batch_alter_table("households", schema=None) as batch_op:
        batch_op.alter_column("exit_suggested", server_default=None)
    op.create_table(
        "household_reverifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("monthly_per_head", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("dibao", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_household_reverifications_household_id_households"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_household_reverifications_recorded_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_reverifications")),
    )
    op.create_index(
        op.f("ix_household_reverifications_household_id"),
        "household_reverifications",
        ["household_id"],
    )
    op.create_table(
        "household_months",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("per_head", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_household_months_household_id_households"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_household_months_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_months")),
        sa.UniqueConstraint("household_id", "month", name=op.f("uq_household_months_household_id")),
    )
    op.create_index(op.f("ix_household_months_household_id"), "household_months", ["household_id"])
    with op.batch_alter_table("timers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("household_id", sa.Integer(), nullable=True))
        batch_op.alter_column("case_id", existing_type=sa.Integer(), nullable=True)
        batch_op.create_foreign_key(
            batch_op.f("fk_timers_household_id_households"), "households", ["household_id"], ["id"]
        )
        batch_op.create_index("ix_timers_household_status", ["household_id", "status"])
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("household_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_notifications_household_id_households"),
            "households",
            ["household_id"],
            ["id"],
        )
        batch_op.create_index("ix_notifications_household", ["household_id"])
    # The yearly re-verification was a case's timer; it is the household file's now
    # (flask households schedule starts it for the files already there).
    op.execute(
        "UPDATE timers SET status = 'cancelled' WHERE case_id IS NOT NULL "
        "AND kind = 'reverification' AND status IN ('pending', 'dispatched')"
    )


def downgrade() -> None:
    op.execute("DELETE FROM notifications WHERE household_id IS NOT NULL")
    op.execute("DELETE FROM timers WHERE case_id IS NULL")
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_index("ix_notifications_household")
        batch_op.drop_constraint(
            batch_op.f("fk_notifications_household_id_households"), type_="foreignkey"
        )
        batch_op.drop_column("household_id")
    with op.batch_alter_table("timers", schema=None) as batch_op:
        batch_op.drop_index("ix_timers_household_status")
        batch_op.drop_constraint(
            batch_op.f("fk_timers_household_id_households"), type_="foreignkey"
        )
        batch_op.alter_column("case_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("household_id")
    op.drop_index(op.f("ix_household_months_household_id"), table_name="household_months")
    op.drop_table("household_months")
    op.drop_index(
        op.f("ix_household_reverifications_household_id"), table_name="household_reverifications"
    )
    op.drop_table("household_reverifications")
    with op.batch_alter_table("households", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_households_reverify_by"))
        batch_op.drop_column("exit_suggested")
        batch_op.drop_column("reverified_on")
        batch_op.drop_column("reverify_by")
