"""Liveness marks left by the background processes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base, UTCDateTime


class Heartbeat(Base):
    """The last time a worker proved it could take a task from the broker."""

    __tablename__ = "heartbeats"

    process: Mapped[str] = mapped_column(String(200), primary_key=True)
    beat_at: Mapped[datetime] = mapped_column(UTCDateTime)
    count: Mapped[int] = mapped_column(default=0)
