"""Index builds in a migration that leave a table in use writable (CONCURRENTLY on PostgreSQL).

A plain CREATE INDEX holds a lock that stops every INSERT and UPDATE of its table until
the build ends, and a plain DROP INDEX one that stops reads too: on ``cases`` at a
million rows, a trigram index takes tens of seconds in which no intake or transition
is written. On PostgreSQL these build and drop CONCURRENTLY instead, each outside the
migration's transaction (CONCURRENTLY refuses to run inside one), so the migrations
before it are committed first and an upgrade that fails after it stops there.

Running the upgrade again finishes the job: an index already built is left as it is
(IF NOT EXISTS: the name is the migration's own, so it is the same index), one already
dropped is not dropped twice (IF EXISTS), and a build that failed half-way, which
leaves an INVALID index of that name behind, is dropped first and built again.
SQLite keeps the plain statements: its migration is one transaction that either
happens or not, and nobody writes to it while it runs.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

# An index of this name (on the search path) that a failed CONCURRENTLY build left.
_INVALID = sa.text(
    "SELECT NOT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass(:name)"
)


def create_index(name: str, table: str, columns: list[Any], **options: Any) -> None:
    """``op.create_index`` that does not stop the table's writers on PostgreSQL."""
    if op.get_bind().dialect.name != "postgresql":
        op.create_index(name, table, columns, **options)
        return
    with op.get_context().autocommit_block():
        if op.get_bind().scalar(_INVALID, {"name": name}):
            op.drop_index(name, table_name=table, postgresql_concurrently=True)
        op.create_index(
            name, table, columns, postgresql_concurrently=True, if_not_exists=True, **options
        )


def drop_index(name: str, table: str) -> None:
    """``op.drop_index`` that does not stop the table's readers and writers on PostgreSQL."""
    if op.get_bind().dialect.name != "postgresql":
        op.drop_index(name, table_name=table)
        return
    with op.get_context().autocommit_block():
        op.drop_index(name, table_name=table, postgresql_concurrently=True, if_exists=True)
