"""The worklist: what a member of staff must do, soonest first."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from service.auth.service import Caller
from service.cases.models import Case
from service.db import utcnow
from service.errors import not_found
from service.notifications.models import Notification
from service.timers.models import CaseTimer
from service.timers.schedule import OPEN
from workflows.definitions import CLOSED_STATES


def worklist(*, db_session: Session, caller: Caller, now: datetime | None = None) -> dict[str, Any]:
    """Reminders that are due and not yet done, then the caller's cases by next deadline."""
    now = now or utcnow()
    reminders = db_session.execute(
        select(Notification, Case.number)
        .outerjoin(Case, Case.id == Notification.case_id)
        .where(
            Notification.user_id == caller.user_id,
            Notification.read_at.is_(None),
            Notification.due_at <= now,
        )
        .order_by(func.coalesce(Notification.deadline_at, Notification.due_at), Notification.id)
        .limit(500)
    ).all()
    next_deadline = (
        select(func.min(CaseTimer.deadline_at))
        .where(CaseTimer.case_id == Case.id, CaseTimer.status.in_(OPEN), CaseTimer.purpose == "due")
        .correlate(Case)
        .scalar_subquery()
    )
    cases = db_session.execute(
        select(Case.id, Case.number, Case.status, next_deadline.label("deadline"))
        .where(Case.assignee_id == caller.user_id, Case.status.not_in(CLOSED_STATES))
        .order_by(next_deadline.is_(None), next_deadline, Case.id)
        .limit(500)
    ).all()
    return {
        "items": [
            {
                "id": note.id,
                "case_id": note.case_id,
                "case_number": number,
                "kind": note.kind,
                "what": note.message,
                "due_at": note.due_at,
                "deadline_at": note.deadline_at,
                "overdue": note.deadline_at is not None and note.deadline_at <= now,
            }
            for note, number in reminders
        ],
        "cases": [
            {
                "case_id": case_id,
                "case_number": number,
                "status": status,
                "next_deadline_at": deadline,
                "overdue": deadline is not None and deadline <= now,
            }
            for case_id, number, status, deadline in cases
        ],
    }


def mark_done(*, db_session: Session, caller: Caller, notification_id: int) -> None:
    """Take an item off the caller's worklist."""
    done = db_session.execute(
        update(Notification)
        .where(
            Notification.id == notification_id,
            Notification.user_id == caller.user_id,
            Notification.read_at.is_(None),
        )
        .values(read_at=utcnow())
    )
    if done.rowcount == 0:  # type: ignore[attr-defined]
        raise not_found("worklist item")
