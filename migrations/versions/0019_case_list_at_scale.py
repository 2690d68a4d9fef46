"""indexes for the case list and name search at a million cases

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

from service import live_indexes

revision = "0019"
down_revision = "0017"
branch_labels = None
depends_on = None

# Served on PostgreSQL only: SQLite's LIKE ignores case and uses none of them.
PATTERN = {
    "ix_cases_claimant_name_prefix": ("claimant_name", "varchar_pattern_ops"),
    "ix_cases_employer_name_prefix": ("employer_name", "varchar_pattern_ops"),
}
TRIGRAM = ("claimant_name_pinyin", "claimant_name_initials")


def upgrade() -> None:
    # The list filtered by status in the order it is read (newest first), with the unit
    # and type in the key so that the count and the page filter on the index alone.
    live_indexes.create_index(
        "ix_cases_status_received", "cases", ["status", "received_at", "id", "unit_id", "type"]
    )
    # An export shows a row whole only if it recorded reading it: found by the case.
    live_indexes.create_index(
        "ix_personal_data_reads_case", "personal_data_reads", ["case_id", "user_id", "read_at"]
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, (column, ops) in PATTERN.items():
        live_indexes.create_index(name, "cases", [column], postgresql_ops={column: ops})
    # A short name is looked up from its start, or from its given name (after a one
    # character surname): "秀兰" finds 张秀兰.
    live_indexes.create_index(
        "ix_cases_claimant_given_prefix",
        "cases",
        [sa.text("substr(claimant_name, 2) text_pattern_ops")],
    )
    # 0009 created the extension; name its operator class in the schema it lives in.
    schema = op.get_bind().scalar(
        sa.text(
            "SELECT n.nspname FROM pg_extension e "
            "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'"
        )
    )
    # A later part of a name in parts is searched after its space (LIKE '% zx%').
    for column in TRIGRAM:
        live_indexes.create_index(
            f"ix_cases_{column}_trgm",
            "cases",
            [column],
            postgresql_using="gin",
            postgresql_ops={column: f"{schema}.gin_trgm_ops"},
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for column in TRIGRAM:
            live_indexes.drop_index(f"ix_cases_{column}_trgm", "cases")
        live_indexes.drop_index("ix_cases_claimant_given_prefix", "cases")
        for name in PATTERN:
            live_indexes.drop_index(name, "cases")
    live_indexes.drop_index("ix_personal_data_reads_case", "personal_data_reads")
    live_indexes.drop_index("ix_cases_status_received", "cases")
