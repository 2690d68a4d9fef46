"""The yearly re-verification 年审 of a household file: its timer, started, cancelled, fired.

The timer is a row of ``timers`` with the household's id instead of a case's, so that
the one sweep that serves the cases' timers serves it too (service.sweep.firing).
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from service.auth.enums import Role
from service.auth.models import User
from service.cases.models import Case
from service.db import FOR_CHANGE, utcnow
from service.households.models import ACTIVE, Household
from service.i18n import N_
from service.notifications.models import Notification
from service.notifications.service import Known
from service.timers.models import CaseTimer
from service.timers.schedule import OPEN, calendar, local_date
from workflows.calendar import CHINA, start_of_day
from workflows.households import reverification_dates

log = logging.getLogger(__name__)

KIND = "reverification"
MESSAGES = {
    "reminder": N_(
        "household file {household}: the yearly re-verification is due on {deadline}; "
        "record the household's income and costs by then"
    ),
    "due": N_("household file {household}: the yearly re-verification is overdue since {deadline}"),
}


def since_of(household: Household) -> date:
    """The day the next re-verification counts from: the last one, or the filing."""
    return household.reverified_on or local_date(household.created_at)


def start(
    *, db_session: Session, household: Household, since: date, now: datetime | None = None
) -> None:
    """Set the next re-verification a year after ``since``, with its reminder 30 days ahead.

    The household is overdue from the start of its due day (China time); a reminder
    day already gone is skipped, a due day already gone is kept for the next sweep.
    """
    today = local_date(now or utcnow())
    cancel(db_session=db_session, household=household)
    with db_session.no_autoflush:
        reminder_on, due_on = reverification_dates(calendar(db_session), since)
    household.reverify_by = due_on
    if household.id is None:
        db_session.flush()
    moments = [("reminder", reminder_on)] if reminder_on >= today else []
    for purpose, day in [*moments, ("due", due_on)]:
        db_session.add(
            CaseTimer(
                case_id=None,
                household_id=household.id,
                kind=KIND,
                purpose=purpose,
                due_at=start_of_day(day),
                deadline_at=start_of_day(due_on),
                state=None,
                lasts="ever",
                instalment=None,
            )
        )


def cancel(*, db_session: Session, household: Household) -> None:
    """Cancel the household's open re-verification timers and clear what they put in
    worklists (the rows stay, as history)."""
    if household.id is None:
        return
    db_session.execute(
        update(CaseTimer)
        .where(CaseTimer.household_id == household.id, CaseTimer.status.in_(OPEN))
        .values(status="cancelled")
        .execution_options(synchronize_session=False)
    )
    db_session.execute(
        update(Notification)
        .where(
            Notification.household_id == household.id,
            Notification.kind.startswith(f"{KIND}."),
            Notification.read_at.is_(None),
            Notification.cleared_at.is_(None),
        )
        .values(cleared_at=utcnow())
        .execution_options(synchronize_session=False)
    )


def caseworkers_of(db_session: Session, household: Household) -> list[int]:
    """Who re-verifies the file: its latest aid case's caseworker, else the unit's."""
    assignee = db_session.scalar(
        select(Case.assignee_id)
        .where(
            Case.household_id == household.id,
            Case.type == "hardship_aid",
            Case.assignee_id.is_not(None),
        )
        .order_by(Case.received_at.desc(), Case.id.desc())
        .limit(1)
    )
    if assignee is not None:
        return [assignee]
    return list(
        db_session.scalars(
            select(User.id)
            .where(
                User.unit_id == household.unit_id,
                User.role == Role.CASEWORKER,
                User.active.is_(True),
            )
            .order_by(User.id)
        )
    )


def fire(*, db_session: Session, timer: CaseTimer, known: Known) -> str:
    """Tell the caseworkers 30 days ahead; on the due day the supervisors too."""
    household = db_session.get(
        Household, timer.household_id, with_for_update={"of": Household, **FOR_CHANGE}
    )
    if household is None or household.status not in ACTIVE:
        timer.status = "cancelled"  # exited since: nothing is due any more
        return "cancelled"
    people = caseworkers_of(db_session, household)
    if timer.purpose == "due" or not people:
        people += known.supervisors_of(db_session, household.unit)
    deadline = timer.deadline_at.astimezone(CHINA).date()
    message = N_(MESSAGES[timer.purpose], household=household.id, deadline=deadline)
    known.tell(db_session, timer, user_ids=people, message=message, household_id=household.id)
    timer.status, timer.fired_at = "fired", utcnow()
    log.info(
        "household timer fired",
        extra={"household_id": household.id, "timer": timer.kind, "purpose": timer.purpose},
    )
    return "fired"
