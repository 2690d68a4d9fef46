"""aid campaigns: campaigns, their household lists and entries, and their jobs

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("budget", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("committed", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("amounts", sa.JSON(), nullable=False),
        sa.Column("eligibility", sa.JSON(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_campaigns_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["org_units.id"], name=op.f("fk_campaigns_unit_id_org_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
    )
    op.create_index(op.f("ix_campaigns_unit_id"), "campaigns", ["unit_id"], unique=False)
    op.create_table(
        "campaign_lists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("built_by_id", sa.Integer(), nullable=False),
        sa.Column("built_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("households", sa.Integer(), nullable=False),
        sa.Column("total", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("confirmed_by_id", sa.Integer(), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["built_by_id"], ["users.id"], name=op.f("fk_campaign_lists_built_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_campaign_lists_campaign_id_campaigns")
        ),
        sa.ForeignKeyConstraint(
            ["confirmed_by_id"], ["users.id"], name=op.f("fk_campaign_lists_confirmed_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["org_units.id"], name=op.f("fk_campaign_lists_unit_id_org_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_lists")),
    )
    op.create_index(
        op.f("ix_campaign_lists_campaign_id"), "campaign_lists", ["campaign_id"], unique=False
    )
    op.create_table(
        "campaign_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=True),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("left_off", sa.JSON(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_campaign_entries_campaign_id_campaigns"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_campaign_entries_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_campaign_entries_household_id_households"),
        ),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["campaign_lists.id"],
            name=op.f("fk_campaign_entries_list_id_campaign_lists"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_entries")),
        sa.UniqueConstraint("list_id", "household_id", name=op.f("uq_campaign_entries_list_id")),
    )
    op.create_index(
        op.f("ix_campaign_entries_case_id"), "campaign_entries", ["case_id"], unique=False
    )
    op.create_index(
        op.f("ix_campaign_entries_list_id"), "campaign_entries", ["list_id"], unique=False
    )
    op.create_index(
        "uq_campaign_entries_granted",
        "campaign_entries",
        ["campaign_id", "household_id"],
        unique=True,
        postgresql_where=sa.text("case_id IS NOT NULL"),
        sqlite_where=sa.text("case_id IS NOT NULL"),
    )
    op.create_table(
        "campaign_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("done", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=True),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("error", sa.String(length=500), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_campaign_jobs_campaign_id_campaigns")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_campaign_jobs_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["list_id"], ["campaign_lists.id"], name=op.f("fk_campaign_jobs_list_id_campaign_lists")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_jobs")),
    )
    op.create_index(
        op.f("ix_campaign_jobs_campaign_id"), "campaign_jobs", ["campaign_id"], unique=False
    )
    op.create_table(
        "campaign_transfer_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("id_number", sa.String(length=64), nullable=False),
        sa.Column("amount", sa.String(length=64), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("reason", sa.JSON(), nullable=True),
        sa.Column("case_number", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["campaign_jobs.id"],
            name=op.f("fk_campaign_transfer_rows_job_id_campaign_jobs"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_transfer_rows")),
        sa.UniqueConstraint("job_id", "line", name=op.f("uq_campaign_transfer_rows_job_id")),
    )
    op.create_index(
        op.f("ix_campaign_transfer_rows_job_id"), "campaign_transfer_rows", ["job_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_campaign_transfer_rows_job_id"), table_name="campaign_transfer_rows")
    op.drop_table("campaign_transfer_rows")
    op.drop_index(op.f("ix_campaign_jobs_campaign_id"), table_name="campaign_jobs")
    op.drop_table("campaign_jobs")
    op.drop_index(
        "uq_campaign_entries_granted",
        table_name="campaign_entries",
        postgresql_where=sa.text("case_id IS NOT NULL"),
        sqlite_where=sa.text("case_id IS NOT NULL"),
    )
    op.drop_index(op.f("ix_campaign_entries_list_id"), table_name="campaign_entries")
    op.drop_index(op.f("ix_campaign_entries_case_id"), table_name="campaign_entries")
    op.drop_table("campaign_entries")
    op.drop_index(op.f("ix_campaign_lists_campaign_id"), table_name="campaign_lists")
    op.drop_table("campaign_lists")
    op.drop_index(op.f("ix_campaigns_unit_id"), table_name="campaigns")
    op.drop_table("campaigns")
