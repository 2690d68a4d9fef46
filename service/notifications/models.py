"""In-app notifications: what a member of staff must look at, and by when."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base, UTCDateTime, utcnow
from workflows.messages import from_stored


class Notification(Base):
    __tablename__ = "notifications"
    __table_args__ = (
        # One notification per recipient and cause, however often the cause is handled.
        UniqueConstraint("user_id", "source_key"),
        Index("ix_notifications_user_due", "user_id", "due_at"),
        # Items are cleared by case when it moves on (service.timers.schedule.cancelling).
        Index("ix_notifications_case", "case_id"),
        Index("ix_notifications_household", "household_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    # The household file an item is about (its re-verification), if not a case.
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"))
    kind: Mapped[str] = mapped_column(String(32))
    # The English template when ``message_params`` is set (translated when read, see
    # ``text``); else text written before messages were kept that way.
    message: Mapped[str] = mapped_column(Text)
    message_params: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The deadline the notification is about, if any: past it, the item is overdue.
    deadline_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    source_key: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Set when what it asked no longer applies (the case moved on); kept as history.
    cleared_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    def text(self) -> str:
        """What the item says, as a message to translate into the reader's language."""
        if self.message_params is None:
            return self.message
        return from_stored({"template": self.message, "params": self.message_params})


class Delivery(Base):
    """A notification pushed by e-mail or to a group robot, at most once.

    pending → queued (claimed by a sweep) → sending (committed just before the send)
    → sent; a failed send goes back to pending until its attempts run out (dead). A
    send interrupted half-way is never repeated: it is dead-lettered for a person.
    """

    __tablename__ = "deliveries"
    __table_args__ = (
        # One push per cause and destination: a unit's robot hears a reminder once even
        # when several of its people are told.
        UniqueConstraint("channel", "target", "source_key"),
        Index("ix_deliveries_status_next", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    notification_id: Mapped[int] = mapped_column(ForeignKey("notifications.id"))
    channel: Mapped[str] = mapped_column(String(16))  # email | wecom | dingtalk
    target: Mapped[str] = mapped_column(String(500))
    source_key: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    queued_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
