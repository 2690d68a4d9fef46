"""name search indexes that carry the unit: a name that repeats is found in the caller's units

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

from service import live_indexes

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

# A list search always names the caller's units (unit_id IN …). With the unit in the
# index, a name that repeats across the city is found in those units alone: the rows
# of other units are never read from the table only to be filtered out.
PATTERN = {  # replaced → (new, column); every database, as 0004 made the old ones
    "ix_cases_claimant_name_pinyin": "claimant_name_pinyin",
    "ix_cases_claimant_name_initials": "claimant_name_initials",
}
PATTERN_PG = {  # PostgreSQL only, as 0019 made them
    "ix_cases_claimant_name_prefix": "claimant_name",
    "ix_cases_employer_name_prefix": "employer_name",
}
TRIGRAM = ("claimant_name", "employer_name")  # beside 0009's, on every database
PARTS = ("claimant_name_pinyin", "claimant_name_initials")  # 0019's trigram indexes


def _schema(extension: str) -> str:
    return op.get_bind().scalar(
        sa.text(
            "SELECT n.nspname FROM pg_extension e "
            "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = :name"
        ),
        {"name": extension},
    )


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    trigram_ops = "gin_trgm_ops"
    if postgresql:
        # btree_gin puts the unit (an integer) in a GIN index beside the trigrams.
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gin")
        trigram_ops = f"{_schema('pg_trgm')}.gin_trgm_ops"
    # Beside 0009's trigram indexes, not instead: a search of a few units reads its
    # units' entries only, but one of every unit (the city's supervisors) is done
    # sooner without the unit (one GIN scan, not fifty); the planner picks by the
    # units named.
    for column in TRIGRAM:
        live_indexes.create_index(
            f"ix_cases_unit_{column}_trgm",
            "cases",
            ["unit_id", column],
            postgresql_using="gin",
            postgresql_ops={column: trigram_ops},
        )
    # Each index is built before the one it replaces is dropped (here and below): a
    # search while the upgrade runs finds one or the other, never neither.
    for old, column in PATTERN.items():
        live_indexes.create_index(
            f"ix_cases_unit_{column}",
            "cases",
            ["unit_id", column],
            postgresql_ops={column: "varchar_pattern_ops"},
        )
        live_indexes.drop_index(old, "cases")
    if not postgresql:
        return
    for old, column in PATTERN_PG.items():
        live_indexes.create_index(
            f"ix_cases_unit_{column}_prefix",
            "cases",
            ["unit_id", column],
            postgresql_ops={column: "varchar_pattern_ops"},
        )
        live_indexes.drop_index(old, "cases")
    live_indexes.create_index(
        "ix_cases_unit_claimant_given_prefix",
        "cases",
        ["unit_id", sa.text("substr(claimant_name, 2) text_pattern_ops")],
    )
    live_indexes.drop_index("ix_cases_claimant_given_prefix", "cases")
    # A later part of a name in parts is searched after its space (LIKE '% zx%'). A
    # trigram cannot tell "after a space" from "at the start", so over every reading
    # such an index returned every name starting so, to be read and dropped; only the
    # names in parts (a space in the reading) are indexed now.
    for column in PARTS:
        live_indexes.create_index(
            f"ix_cases_{column}_parts",
            "cases",
            [column],
            postgresql_using="gin",
            postgresql_ops={column: trigram_ops},
            postgresql_where=sa.text(f"{column} LIKE '% %'"),
        )
        live_indexes.drop_index(f"ix_cases_{column}_trgm", "cases")


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    trigram_ops = f"{_schema('pg_trgm')}.gin_trgm_ops" if postgresql else "gin_trgm_ops"
    if postgresql:
        for column in PARTS:
            live_indexes.create_index(
                f"ix_cases_{column}_trgm",
                "cases",
                [column],
                postgresql_using="gin",
                postgresql_ops={column: trigram_ops},
            )
            live_indexes.drop_index(f"ix_cases_{column}_parts", "cases")
        live_indexes.create_index(
            "ix_cases_claimant_given_prefix",
            "cases",
            [sa.text("substr(claimant_name, 2) text_pattern_ops")],
        )
        live_indexes.drop_index("ix_cases_unit_claimant_given_prefix", "cases")
        for old, column in PATTERN_PG.items():
            live_indexes.create_index(
                old, "cases", [column], postgresql_ops={column: "varchar_pattern_ops"}
            )
            live_indexes.drop_index(f"ix_cases_unit_{column}_prefix", "cases")
    for old, column in PATTERN.items():
        live_indexes.create_index(
            old, "cases", [column], postgresql_ops={column: "varchar_pattern_ops"}
        )
        live_indexes.drop_index(f"ix_cases_unit_{column}", "cases")
    for column in TRIGRAM:
        live_indexes.drop_index(f"ix_cases_unit_{column}_trgm", "cases")
    # btree_gin stays: another database object may have come to use it.
