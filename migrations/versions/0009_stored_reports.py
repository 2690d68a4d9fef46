"""stored reports; indexes for report figures and name search at scale

Revision ID: 0009
Revises: 0005
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

from service import live_indexes

revision = "0009"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The indexes before the table: on PostgreSQL each is built outside the migration's
    # transaction (service.live_indexes), which commits what came before it; with
    # nothing before them, an upgrade stopped by a failed build runs again as new.
    live_indexes.create_index("ix_timers_deadline", "timers", ["purpose", "deadline_at"])
    trigram_ops = "gin_trgm_ops"
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        # The extension may live in another schema than the tables: name its operator
        # class there, or a search path without that schema cannot find it.
        schema = op.get_bind().scalar(
            sa.text(
                "SELECT n.nspname FROM pg_extension e "
                "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'"
            )
        )
        trigram_ops = f"{schema}.gin_trgm_ops"
    # Name search is a substring match (LIKE '%…%'): only a trigram index serves it.
    # SQLite ignores the options and gets plain indexes.
    for column in ("claimant_name", "employer_name"):
        live_indexes.create_index(
            f"ix_cases_{column}_trgm",
            "cases",
            [column],
            postgresql_using="gin",
            postgresql_ops={column: trigram_ops},
        )
    op.create_table(
        "stored_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("built_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("workflows_version", sa.String(length=16), nullable=False),
        sa.Column("built_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["org_units.id"], name=op.f("fk_stored_reports_unit_id_org_units")
        ),
        sa.ForeignKeyConstraint(
            ["built_by_id"], ["users.id"], name=op.f("fk_stored_reports_built_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stored_reports")),
        sa.UniqueConstraint("unit_id", "kind", "period", name=op.f("uq_stored_reports_unit_id")),
    )


def downgrade() -> None:
    live_indexes.drop_index("ix_cases_employer_name_trgm", "cases")
    live_indexes.drop_index("ix_cases_claimant_name_trgm", "cases")
    live_indexes.drop_index("ix_timers_deadline", "timers")
    op.drop_table("stored_reports")
