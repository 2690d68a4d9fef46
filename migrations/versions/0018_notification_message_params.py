"""notification messages kept as template and values, translated when read

Revision ID: 0018
Revises: 0006
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from workflows.messages import from_stored

revision = "0018"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("message_params", sa.JSON(), nullable=True))


def downgrade() -> None:
    # Earlier code reads ``message`` as it is: fill each template with its values.
    notifications = sa.table(
        "notifications",
        sa.column("id", sa.Integer),
        sa.column("message", sa.Text),
        sa.column("message_params", sa.JSON),
    )
    connection = op.get_bind()
    kept = connection.execute(
        sa.select(
            notifications.c.id, notifications.c.message, notifications.c.message_params
        ).where(notifications.c.message_params.is_not(None))
    ).all()
    for row in kept:
        text = from_stored({"template": row.message, "params": row.message_params})
        connection.execute(
            notifications.update().where(notifications.c.id == row.id).values(message=str(text))
        )
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_column("message_params")
