"""party details as registered on each case; instalments paid in parts

Every case keeps its claimant and employer as its unit registered them, instead of
pointing at one ``persons`` and one ``employers`` row that every unit's intake
changed. Payments get a part number so that an instalment paid short can be made up.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Snapshot column on cases → (table, column) it is copied from on upgrade.
SNAPSHOT = {
    "claimant_name": ("persons", "name", sa.String(length=64)),
    "claimant_name_pinyin": ("persons", "name_pinyin", sa.String(length=200)),
    "claimant_name_initials": ("persons", "name_initials", sa.String(length=64)),
    "claimant_id_number": ("persons", "id_number", sa.String(length=18)),
    "claimant_phone": ("persons", "phone", sa.String(length=32)),
    "claimant_address": ("persons", "address", sa.String(length=200)),
    "employer_name": ("employers", "name", sa.String(length=200)),
    "employer_credit_code": ("employers", "credit_code", sa.String(length=18)),
}
REQUIRED = ("claimant_name", "claimant_name_pinyin", "claimant_name_initials")
SEARCHED = ("claimant_name", "claimant_name_pinyin", "claimant_name_initials", "employer_name")
PREFIX_SEARCHED = ("claimant_name_pinyin", "claimant_name_initials")


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch_op:
        for column, (_table, _source, type_) in SNAPSHOT.items():
            batch_op.add_column(sa.Column(column, type_, nullable=True))
    for column, (table, source, _type) in SNAPSHOT.items():
        key = "claimant_id" if table == "persons" else "employer_id"
        op.execute(
            f"UPDATE cases SET {column} = "
            f"(SELECT {table}.{source} FROM {table} WHERE {table}.id = cases.{key})"
        )
    with op.batch_alter_table("cases") as batch_op:
        for column in REQUIRED:
            batch_op.alter_column(column, existing_type=SNAPSHOT[column][2], nullable=False)
        batch_op.drop_index("ix_cases_claimant_category")
        batch_op.drop_index("ix_cases_employer_id")
        batch_op.drop_constraint("fk_cases_claimant_id_persons", type_="foreignkey")
        batch_op.drop_constraint("fk_cases_employer_id_employers", type_="foreignkey")
        batch_op.drop_column("claimant_id")
        batch_op.drop_column("employer_id")
        for column in SEARCHED:
            ops = {column: "varchar_pattern_ops"} if column in PREFIX_SEARCHED else {}
            batch_op.create_index(f"ix_cases_{column}", [column], postgresql_ops=ops)
        batch_op.create_index(
            "ix_cases_claimant_category", ["claimant_id_number", "category"], unique=False
        )
    for name in ("ix_persons_name_pinyin", "ix_persons_name_initials", "ix_persons_name"):
        op.drop_index(name, table_name="persons")
    op.drop_table("persons")
    op.drop_index("ix_employers_name", table_name="employers")
    op.drop_table("employers")

    with op.batch_alter_table("payments") as batch_op:
        batch_op.add_column(sa.Column("part", sa.Integer(), nullable=True))
    op.execute("UPDATE payments SET part = 1")
    with op.batch_alter_table("payments") as batch_op:
        batch_op.alter_column("part", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_constraint("uq_payments_case_id", type_="unique")
        batch_op.create_unique_constraint(
            "uq_payments_case_instalment_part", ["case_id", "instalment", "part"]
        )


def downgrade() -> None:
    # One row per instalment again: the parts of an instalment add up into the first.
    op.execute(
        "UPDATE payments SET amount = (SELECT SUM(p.amount) FROM payments p"
        " WHERE p.case_id = payments.case_id AND p.instalment = payments.instalment)"
        " WHERE part = 1"
    )
    op.execute("DELETE FROM payments WHERE part > 1")
    with op.batch_alter_table("payments") as batch_op:
        batch_op.drop_constraint("uq_payments_case_instalment_part", type_="unique")
        batch_op.drop_column("part")
        batch_op.create_unique_constraint("uq_payments_case_id", ["case_id", "instalment"])

    op.create_table(
        "employers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("credit_code", sa.String(length=18), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_employers"),
        sa.UniqueConstraint("credit_code", name="uq_employers_credit_code"),
    )
    op.create_index("ix_employers_name", "employers", ["name"], unique=False)
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("name_pinyin", sa.String(length=200), nullable=False),
        sa.Column("name_initials", sa.String(length=64), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_persons"),
        sa.UniqueConstraint("id_number", name="uq_persons_id_number"),
    )
    op.create_index("ix_persons_name", "persons", ["name"], unique=False)
    op.create_index("ix_persons_name_initials", "persons", ["name_initials"], unique=False)
    op.create_index("ix_persons_name_pinyin", "persons", ["name_pinyin"], unique=False)
    with op.batch_alter_table("cases") as batch_op:
        batch_op.add_column(sa.Column("claimant_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("employer_id", sa.Integer(), nullable=True))
    _shared_parties_from_snapshots()
    with op.batch_alter_table("cases") as batch_op:
        batch_op.alter_column("claimant_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(
            "fk_cases_claimant_id_persons", "persons", ["claimant_id"], ["id"]
        )
        batch_op.create_foreign_key(
            "fk_cases_employer_id_employers", "employers", ["employer_id"], ["id"]
        )
        batch_op.drop_index("ix_cases_claimant_category")
        for column in SEARCHED:
            batch_op.drop_index(f"ix_cases_{column}")
        for column in SNAPSHOT:
            batch_op.drop_column(column)
        batch_op.create_index("ix_cases_claimant_category", ["claimant_id", "category"])
        batch_op.create_index("ix_cases_employer_id", ["employer_id"])


def _shared_parties_from_snapshots() -> None:
    """One person per ID number and one employer per credit code (or name), as before.

    Cases are read oldest first, so a person keeps the details of their latest case,
    which is what the shared record held.
    """
    bind = op.get_bind()
    persons = sa.table(
        "persons",
        *(sa.column(c) for c in ("id", "name", "name_pinyin", "name_initials")),
        *(sa.column(c) for c in ("id_number", "phone", "address")),
    )
    employers = sa.table("employers", sa.column("id"), sa.column("name"), sa.column("credit_code"))
    cases = sa.table("cases", *(sa.column(c) for c in ("id", "claimant_id", "employer_id")))
    columns = ", ".join(SNAPSHOT)
    rows = bind.execute(sa.text(f"SELECT id, {columns} FROM cases ORDER BY id")).mappings().all()
    person_ids: dict[str, int] = {}
    employer_ids: dict[tuple[Any, ...], int] = {}
    for row in rows:
        person = {
            "name": row["claimant_name"],
            "name_pinyin": row["claimant_name_pinyin"],
            "name_initials": row["claimant_name_initials"],
            "id_number": row["claimant_id_number"],
            "phone": row["claimant_phone"],
            "address": row["claimant_address"],
        }
        id_number = person["id_number"]
        if id_number is not None and id_number in person_ids:
            person_id = person_ids[id_number]
            bind.execute(persons.update().where(persons.c.id == person_id).values(person))
        else:
            person_id = bind.scalar(persons.insert().values(person).returning(persons.c.id))
            if id_number is not None:
                person_ids[id_number] = person_id
        employer_id = None
        if row["employer_name"] is not None:
            code = row["employer_credit_code"]
            key = ("code", code) if code is not None else ("name", row["employer_name"])
            if key not in employer_ids:
                employer_ids[key] = bind.scalar(
                    employers.insert()
                    .values(name=row["employer_name"], credit_code=code)
                    .returning(employers.c.id)
                )
            employer_id = employer_ids[key]
        bind.execute(
            cases.update()
            .where(cases.c.id == row["id"])
            .values(claimant_id=person_id, employer_id=employer_id)
        )
