"""household files: members, yearly income, care visits, aid settings; cases.household_id

Revision ID: 0017
Revises: 0018
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "aid_settings",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=16), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["org_units.id"], name=op.f("fk_aid_settings_unit_id_org_units")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_aid_settings_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("unit_id", "year", "item", name=op.f("pk_aid_settings")),
    )
    op.create_table(
        "households",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("head_name", sa.String(length=64), nullable=False),
        sa.Column("head_id_number", sa.String(length=18), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("union_member_id_number", sa.String(length=18), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("exit_reason", sa.Text(), nullable=True),
        sa.Column("exited_on", sa.Date(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("trail_length", sa.Integer(), nullable=False),
        sa.Column("trail_head", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_households_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["org_units.id"], name=op.f("fk_households_unit_id_org_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_households")),
    )
    op.create_index(op.f("ix_households_unit_id"), "households", ["unit_id"], unique=False)
    op.create_index(
        "uq_households_active_head",
        "households",
        ["head_id_number"],
        unique=True,
        postgresql_where=sa.text("status <> 'exited'"),
        sqlite_where=sa.text("status <> 'exited'"),
    )
    op.create_table(
        "household_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("from_status", sa.String(length=32), nullable=True),
        sa.Column("to_status", sa.String(length=32), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["users.id"], name=op.f("fk_household_events_actor_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_household_events_household_id_households"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_events")),
        sa.UniqueConstraint("event_id", name=op.f("uq_household_events_event_id")),
        sa.UniqueConstraint("household_id", "seq", name=op.f("uq_household_events_household_id")),
    )
    op.create_table(
        "household_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("relation", sa.String(length=16), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("work_status", sa.String(length=16), nullable=True),
        sa.Column("health", sa.String(length=24), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_household_members_household_id_households"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_members")),
        sa.UniqueConstraint(
            "household_id", "id_number", name=op.f("uq_household_members_household_id")
        ),
    )
    op.create_index(
        op.f("ix_household_members_household_id"),
        "household_members",
        ["household_id"],
        unique=False,
    )
    op.create_table(
        "household_years",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("income", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("essential_costs", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("hardship_costs", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("accident", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_household_years_household_id_households"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_years")),
        sa.UniqueConstraint("household_id", "year", name=op.f("uq_household_years_household_id")),
    )
    op.create_index(
        op.f("ix_household_years_household_id"), "household_years", ["household_id"], unique=False
    )
    op.create_table(
        "care_visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("visitors", sa.JSON(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_care_visits_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_care_visits_household_id_households")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_care_visits_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_visits")),
    )
    op.create_index(op.f("ix_care_visits_case_id"), "care_visits", ["case_id"], unique=False)
    op.create_index(
        op.f("ix_care_visits_household_id"), "care_visits", ["household_id"], unique=False
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("household_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_cases_household_id"), ["household_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_cases_household_id_households"), "households", ["household_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_cases_household_id_households"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_cases_household_id"))
        batch_op.drop_column("household_id")
    op.drop_index(op.f("ix_care_visits_household_id"), table_name="care_visits")
    op.drop_index(op.f("ix_care_visits_case_id"), table_name="care_visits")
    op.drop_table("care_visits")
    op.drop_index(op.f("ix_household_years_household_id"), table_name="household_years")
    op.drop_table("household_years")
    op.drop_index(op.f("ix_household_members_household_id"), table_name="household_members")
    op.drop_table("household_members")
    op.drop_table("household_events")
    op.drop_index(
        "uq_households_active_head",
        table_name="households",
        postgresql_where=sa.text("status <> 'exited'"),
        sqlite_where=sa.text("status <> 'exited'"),
    )
    op.drop_index(op.f("ix_households_unit_id"), table_name="households")
    op.drop_table("households")
    op.drop_table("aid_settings")
