"""The worklist: what a member of staff must do, soonest first."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from service.auth.enums import Role
from service.auth.service import Caller
from service.cases.assignment import ROUTED_TO
from service.cases.models import Case
from service.db import utcnow
from service.domain_errors import not_found
from service.households import aid
from service.households.models import ACTIVE, Household
from service.i18n import N_, language, translate
from service.notifications.models import Notification
from service.timers.models import CaseTimer
from service.timers.schedule import OPEN, calendar, local_date
from workflows.calendar import start_of_day
from workflows.definitions import CLOSED_STATES

# Supervisors are warned this long before the official calendar runs out.
CALENDAR_WARNING = timedelta(days=31)


def _item(
    *,
    kind: str,
    what: str,
    due_at: datetime,
    case: tuple[int, str] | None = None,
    household: int | None = None,
) -> dict[str, Any]:
    """An item worked out on reading rather than stored: it is there while it is true."""
    return {
        "id": None,
        "case_id": case[0] if case else None,
        "case_number": case[1] if case else None,
        "kind": kind,
        "what": what,
        "due_at": due_at,
        "deadline_at": None,
        "overdue": False,
        "household_id": household,
    }


def _supervisors_items(db_session: Session, caller: Caller, now: datetime) -> list[dict[str, Any]]:
    """Cases no one can take yet, and a calendar about to run out."""
    waiting = db_session.execute(
        select(Case.id, Case.number, Case.received_at)
        .where(
            Case.unit_id.in_(caller.scope_unit_ids),
            Case.assignee_id.is_(None),
            Case.type.in_(ROUTED_TO),
            Case.status.not_in(CLOSED_STATES),
        )
        .order_by(Case.received_at, Case.id)
        .limit(200)
    ).all()
    items = [
        _item(
            kind="unassigned",
            what=N_("{number} has no one to take it: assign it", number=number),
            due_at=received_at,
            case=(case_id, number),
        )
        for case_id, number, received_at in waiting
    ]
    today = local_date(now)
    covered_until = calendar(db_session).covered_until(today)
    if covered_until - today < CALENDAR_WARNING:
        next_year = covered_until.year + 1
        items.append(
            _item(
                kind="calendar_ends",
                what=N_(
                    "the official holiday calendar ends on {day}: load {year}'s schedule "
                    "(flask calendar load), or deadlines in {year} count Monday to Friday",
                    day=covered_until.isoformat(),
                    year=next_year,
                ),
                due_at=start_of_day(
                    max(covered_until - CALENDAR_WARNING, date(covered_until.year, 1, 1))
                ),
            )
        )
    return items


def _household_items(db_session: Session, caller: Caller) -> list[dict[str, Any]]:
    """Open aid cases whose household file is still incomplete (emergency aid paid first)."""
    unfinished = aid.incomplete_clause(Case.household_id)
    mine = (
        Case.unit_id.in_(caller.scope_unit_ids)
        if caller.role == Role.SUPERVISOR
        else Case.assignee_id == caller.user_id
    )
    rows = db_session.execute(
        select(Case.id, Case.number, Case.received_at, Case.household_id)
        .where(
            mine,
            Case.household_id.is_not(None),
            Case.status.not_in(CLOSED_STATES),
            unfinished,
        )
        .order_by(Case.received_at, Case.id)
        .limit(200)
    ).all()
    return [
        _item(
            kind="household_file_incomplete",
            what=N_(
                "complete household file {household} of {number}: members' work and health, "
                "and the year's income",
                household=household_id,
                number=number,
            ),
            due_at=received_at,
            case=(case_id, number),
            household=household_id,
        )
        for case_id, number, received_at, household_id in rows
    ]


def _exits_to_confirm(db_session: Session, caller: Caller) -> list[dict[str, Any]]:
    """Files whose recorded months suggest an exit 脱困, for a supervisor to confirm or not."""
    rows = db_session.execute(
        select(Household.id, Household.updated_at)
        .where(
            Household.unit_id.in_(caller.scope_unit_ids),
            Household.status.in_(ACTIVE),
            Household.exit_suggested.is_(True),
        )
        .order_by(Household.updated_at, Household.id)
        .limit(200)
    ).all()
    return [
        _item(
            kind="household_exit_suggested",
            what=N_(
                "household file {household}: six consecutive months at or above 低保 on "
                "record; confirm its exit (脱困) or keep it filed",
                household=household_id,
            ),
            due_at=updated_at,
            household=household_id,
        )
        for household_id, updated_at in rows
    ]


def worklist(
    *, db_session: Session, caller: Caller, now: datetime | None = None, lang: str | None = None
) -> dict[str, Any]:
    """Reminders that are due and not yet done, then the caller's cases by next deadline.

    Each item says what to do in ``lang``: the request's language by default; the
    console passes the one the person chose there.
    """
    now = now or utcnow()
    reminders = db_session.execute(
        select(Notification, Case.number)
        .outerjoin(Case, Case.id == Notification.case_id)
        .where(
            Notification.user_id == caller.user_id,
            Notification.read_at.is_(None),
            Notification.cleared_at.is_(None),
            Notification.due_at <= now,
        )
        .order_by(func.coalesce(Notification.deadline_at, Notification.due_at), Notification.id)
        .limit(500)
    ).all()
    # A deadline that has fired but still binds the case (it has not left the state,
    # say, not yet accepted) stays its next deadline, overdue, until it is met.
    still_binding = or_(
        CaseTimer.status.in_(OPEN),
        and_(CaseTimer.status == "fired", CaseTimer.state == Case.status),
    )
    next_deadline = (
        select(func.min(CaseTimer.deadline_at))
        .where(CaseTimer.case_id == Case.id, still_binding, CaseTimer.purpose == "due")
        .correlate(Case)
        .scalar_subquery()
    )
    cases = db_session.execute(
        select(Case.id, Case.number, Case.status, next_deadline.label("deadline"))
        .where(Case.assignee_id == caller.user_id, Case.status.not_in(CLOSED_STATES))
        .order_by(next_deadline.is_(None), next_deadline, Case.id)
        .limit(500)
    ).all()
    computed = []
    if caller.role == Role.SUPERVISOR:
        computed += _supervisors_items(db_session, caller, now)
        computed += _exits_to_confirm(db_session, caller)
    if caller.role in (Role.CASEWORKER, Role.SUPERVISOR):
        computed += _household_items(db_session, caller)
    items = computed + [
        {
            "id": note.id,
            "case_id": note.case_id,
            "case_number": number,
            "household_id": note.household_id,
            "kind": note.kind,
            "what": note.text(),
            "due_at": note.due_at,
            "deadline_at": note.deadline_at,
            "overdue": note.deadline_at is not None and note.deadline_at <= now,
        }
        for note, number in reminders
    ]
    lang = lang or language()
    for item in items:
        item["what"] = translate(item["what"], lang)
    return {
        "items": items,
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
