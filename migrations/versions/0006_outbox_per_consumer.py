"""outbox: one row per event and consumer, due again until the consumer records it

Revision ID: 0006
Revises: 0008
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0010"
branch_labels = None
depends_on = None

# The consumers of each topic when this revision was written (service/outbox/service.py).
CONSUMERS = {"case.register": ("route_case", "alert_collective")}
COLUMNS = (
    "event_id, topic, case_id, payload, created_at, published_at, attempts, last_error, dead_at"
)


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_pending")
        batch_op.drop_constraint("uq_outbox_event_id", type_="unique")
        batch_op.add_column(sa.Column("consumer", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("due_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("consumed_at", sa.DateTime(timezone=True), nullable=True))

    # Events no one consumes never go through the broker; the others are owed to
    # each consumer, and one not yet recorded is due at once (it may have been lost).
    topics = ", ".join(f"'{topic}'" for topic in CONSUMERS)
    op.execute(f"DELETE FROM outbox WHERE topic NOT IN ({topics})")
    for topic, (first, *others) in CONSUMERS.items():
        op.execute(f"UPDATE outbox SET consumer = '{first}' WHERE topic = '{topic}'")
        for consumer in others:
            op.execute(
                f"INSERT INTO outbox ({COLUMNS}, consumer) SELECT {COLUMNS}, '{consumer}' "
                f"FROM outbox WHERE topic = '{topic}' AND consumer = '{first}'"
            )
    op.execute(
        "UPDATE outbox SET consumed_at = (SELECT c.consumed_at FROM consumed_events c "
        "WHERE c.consumer = outbox.consumer AND c.event_id = outbox.event_id)"
    )
    op.execute("UPDATE outbox SET due_at = created_at")

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.alter_column("consumer", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("due_at", existing_type=sa.DateTime(timezone=True), nullable=False)
        batch_op.create_unique_constraint("uq_outbox_event_id", ["event_id", "consumer"])
        batch_op.create_index("ix_outbox_due", ["consumed_at", "dead_at", "due_at"], unique=False)


def downgrade() -> None:
    # Back to one row per event: keep each event's first row.
    op.execute("DELETE FROM outbox WHERE id NOT IN (SELECT MIN(id) FROM outbox GROUP BY event_id)")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_due")
        batch_op.drop_constraint("uq_outbox_event_id", type_="unique")
        batch_op.drop_column("consumed_at")
        batch_op.drop_column("due_at")
        batch_op.drop_column("consumer")
        batch_op.create_unique_constraint("uq_outbox_event_id", ["event_id"])
        batch_op.create_index("ix_outbox_pending", ["published_at", "dead_at", "id"], unique=False)
