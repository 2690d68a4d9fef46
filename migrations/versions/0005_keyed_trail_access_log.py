"""keyed audit trail (key id per event), access log of unmasked reads

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-23

Existing events were hashed with plain SHA-256. Each case whose trail still
verifies that way is re-keyed here: every event gets the HMAC of the current
AUDIT_KEY and its key id, and the case row its new head. A case whose trail does
not verify is left as it was, its events marked with the key id ``sha256``, so
verification keeps reporting it instead of the migration blessing an edited trail.
The hashing below is a frozen copy of service.cases.events as of this revision.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import context, op

from service.config import Settings

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

GENESIS_HASH = "0" * 64
LEGACY_KEY_ID = "sha256"
CASES_PER_BATCH = 500

cases = sa.table(
    "cases",
    sa.column("id", sa.Integer),
    sa.column("number", sa.String),
    sa.column("trail_length", sa.Integer),
    sa.column("trail_head", sa.String),
)
events = sa.table(
    "case_events",
    sa.column("id", sa.Integer),
    sa.column("event_id", sa.String),
    sa.column("case_id", sa.Integer),
    sa.column("seq", sa.Integer),
    sa.column("action", sa.String),
    sa.column("from_status", sa.String),
    sa.column("to_status", sa.String),
    sa.column("actor_id", sa.Integer),
    sa.column("occurred_at", sa.DateTime(timezone=True)),
    sa.column("note", sa.Text),
    sa.column("payload", sa.JSON),
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
    sa.column("key_id", sa.String),
)

Hasher = Callable[[str], str]


def _key_id_of(secret: str) -> str:
    return "k" + hashlib.sha256(f"unioncase audit key id\n{secret}".encode()).hexdigest()[:12]


def _canonical(event: Any, number: str, prev_hash: str) -> str:
    occurred_at: datetime = event.occurred_at
    occurred_at = (
        occurred_at.replace(tzinfo=UTC) if occurred_at.tzinfo is None else occurred_at
    ).astimezone(UTC)
    payload = event.payload if isinstance(event.payload, dict) else json.loads(event.payload)
    content = {
        "event_id": event.event_id,
        "case": number,
        "seq": event.seq,
        "action": event.action,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "actor_id": event.actor_id,
        "occurred_at": occurred_at.isoformat(),
        "note": event.note,
        "payload": payload,
    }
    return prev_hash + json.dumps(
        content, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )


def _plain(message: str) -> str:
    return hashlib.sha256(message.encode()).hexdigest()


def _verifies(trail: list[Any], number: str, length: int, head: str, hasher: Hasher) -> bool:
    prev = GENESIS_HASH
    for seq, event in enumerate(trail, start=1):
        if event.seq != seq or event.prev_hash != prev:
            return False
        if hasher(_canonical(event, number, prev)) != event.hash:
            return False
        prev = event.hash
    return (len(trail), prev) == (length, head)


def _rehash(hasher: Hasher, key_id: str, check: Hasher | None) -> None:
    """Recompute every trail with ``hasher``; with ``check``, only trails that verify by it."""
    connection = op.get_bind()
    last_case = 0
    while True:
        batch = connection.execute(
            sa.select(cases)
            .where(cases.c.id > last_case)
            .order_by(cases.c.id)
            .limit(CASES_PER_BATCH)
        ).all()
        if not batch:
            return
        last_case = batch[-1].id
        trails: dict[int, list[Any]] = {case.id: [] for case in batch}
        for event in connection.execute(
            sa.select(events)
            .where(events.c.case_id.in_(list(trails)))
            .order_by(events.c.case_id, events.c.seq)
        ):
            trails[event.case_id].append(event)
        event_rows: list[dict[str, Any]] = []
        case_rows: list[dict[str, Any]] = []
        for case in batch:
            trail = trails[case.id]
            if check is not None and not _verifies(
                trail, case.number, case.trail_length, case.trail_head, check
            ):
                event_rows += [
                    {"_id": e.id, "_prev": e.prev_hash, "_hash": e.hash, "_key": LEGACY_KEY_ID}
                    for e in trail
                ]
                continue
            prev = GENESIS_HASH
            for event in trail:
                new = hasher(_canonical(event, case.number, prev))
                event_rows.append({"_id": event.id, "_prev": prev, "_hash": new, "_key": key_id})
                prev = new
            if trail:
                case_rows.append({"_id": case.id, "_head": prev})
        if event_rows:
            connection.execute(
                events.update()
                .where(events.c.id == sa.bindparam("_id"))
                .values(
                    prev_hash=sa.bindparam("_prev"),
                    hash=sa.bindparam("_hash"),
                    key_id=sa.bindparam("_key"),
                ),
                event_rows,
            )
        if case_rows:
            connection.execute(
                cases.update()
                .where(cases.c.id == sa.bindparam("_id"))
                .values(trail_head=sa.bindparam("_head")),
                case_rows,
            )


def _audit_key() -> str:
    return context.config.attributes.get("audit_key") or Settings.from_env().audit_key


def upgrade() -> None:
    op.create_table(
        "personal_data_reads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("endpoint", sa.String(length=200), nullable=False),
        sa.Column("request_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_personal_data_reads_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["org_units.id"], name=op.f("fk_personal_data_reads_unit_id_org_units")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_personal_data_reads_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_data_reads")),
    )
    with op.batch_alter_table("personal_data_reads", schema=None) as batch_op:
        batch_op.create_index(
            "ix_personal_data_reads_unit_read_at", ["unit_id", "read_at"], unique=False
        )
        batch_op.create_index(
            "ix_personal_data_reads_user_read_at", ["user_id", "read_at"], unique=False
        )

    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key_id", sa.String(length=16), nullable=True))
    secret = _audit_key().encode()

    def keyed(message: str) -> str:
        return hmac.new(secret, message.encode(), hashlib.sha256).hexdigest()

    _rehash(keyed, _key_id_of(secret.decode()), check=_plain)
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.alter_column("key_id", existing_type=sa.String(length=16), nullable=False)


def downgrade() -> None:
    # Back to plain SHA-256, as revision 0003 computed it: the keying is lost.
    _rehash(_plain, LEGACY_KEY_ID, check=None)
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.drop_column("key_id")
    with op.batch_alter_table("personal_data_reads", schema=None) as batch_op:
        batch_op.drop_index("ix_personal_data_reads_user_read_at")
        batch_op.drop_index("ix_personal_data_reads_unit_read_at")
    op.drop_table("personal_data_reads")
