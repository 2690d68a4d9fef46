"""Events waiting for their consumers, and the events each consumer has handled."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from service.cases.models import Case
from service.db import Base, UTCDateTime, utcnow


class OutboxMessage(Base):
    """One event owed to one consumer, committed with its change and kept until consumed.

    Publishing is not delivery: the row stays due again ``due_at`` until the consumer
    records the event (``consumed_at``, set in the consumer's own transaction).
    """

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("event_id", "consumer"),
        # The relay's one query: owed, alive and due, soonest first.
        Index("ix_outbox_due", "consumed_at", "dead_at", "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36))
    consumer: Mapped[str] = mapped_column(String(64))
    topic: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    consumed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    dead_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    case: Mapped[Case | None] = relationship()


class ConsumedEvent(Base):
    """A consumer's record that it handled an event, written with the handling itself."""

    __tablename__ = "consumed_events"

    consumer: Mapped[str] = mapped_column(String(64), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    consumed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
