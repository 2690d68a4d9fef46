"""What the migration tests share: running Alembic on a connection, and a first unit."""

from __future__ import annotations

from datetime import datetime

from alembic import command
from sqlalchemy import Connection

from service.cli import alembic_config
from service.models import Base


def migrate(connection: Connection, direction: str, revision: str) -> None:
    """``upgrade`` or ``downgrade`` to ``revision`` on ``connection``, committed."""
    connection.commit()  # the indexes built CONCURRENTLY commit: alembic owns the transaction
    config = alembic_config("unused://")
    config.attributes["connection"] = connection
    getattr(command, direction)(config, revision)
    connection.commit()


def add_unit_and_desk(connection: Connection, *, username: str, now: datetime) -> None:
    """Unit XA and an intake desk in it (user 1), as every revision since 0001 has them."""
    tables = Base.metadata.tables
    connection.execute(
        tables["org_units"].insert().values(id=1, code="XA", name="XA", path="/1/", created_at=now)
    )
    connection.execute(
        tables["users"].insert().values(
            id=1, username=username, display_name=username, role="intake", unit_id=1,
            active=True, created_at=now,
        )
    )  # fmt: skip
