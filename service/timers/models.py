"""Timers as rows (DESIGN §4), and the calendar days an administrator entered."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from service.cases.models import Case
from service.db import Base, UTCDateTime, utcnow


class CaseTimer(Base):
    """One moment at which something must happen to a case or a household file: a reminder
    or a deadline."""

    __tablename__ = "timers"
    __table_args__ = (
        Index("ix_timers_status_due", "status", "due_at"),
        Index("ix_timers_case_status", "case_id", "status"),
        Index("ix_timers_household_status", "household_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # A case's timer, or a household file's (its yearly re-verification): one of the two.
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"))
    kind: Mapped[str] = mapped_column(String(32))
    # "reminder" before the deadline, or "due" for the deadline itself.
    purpose: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    deadline_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The state whose leaving cancels it; None for timers that outlast states.
    state: Mapped[str | None] = mapped_column(String(32))
    lasts: Mapped[str] = mapped_column(String(8))
    instalment: Mapped[int | None]
    # pending → dispatched → fired, or cancelled; lapsed: cancelled after its deadline.
    status: Mapped[str] = mapped_column(String(16), default="pending")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    fired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    case: Mapped[Case | None] = relationship()


class CalendarDay(Base):
    """A day an administrator declared a holiday or a working day (for years the official
    calendar does not cover yet, or local arrangements)."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(primary_key=True)
    working: Mapped[bool]
    note: Mapped[str] = mapped_column(String(200), default="")


class CalendarYear(Base):
    """A year whose official schedule an administrator loaded whole (holidays and 调休
    working days as ``CalendarDay`` rows): official, not the Monday-to-Friday fallback."""

    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(String(200), default="")
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CalendarChange(Base):
    """A change of the working calendar, with the calendar it replaced: what a process
    that still counted with that calendar counted is checked again once every cache has
    run out (``working_days.rechecks``). Kept after, as the record of the calendars a
    deadline may have been counted with."""

    __tablename__ = "calendar_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The first day changed: no deadline before it moves.
    since: Mapped[date]
    # The calendar as it was: ``WorkingCalendar.days_json``.
    before: Mapped[dict[str, Any]] = mapped_column(JSON)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    rechecked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
