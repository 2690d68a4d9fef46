"""The end of a worker's employment, learnt after intake (《劳动争议调解仲裁法》 art. 27 §4).

A wage claim is not barred while employment lasts; once it has ended the limitation
year runs from the end date, so recording it sets the case's limitation date.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from service.auth.enums import Role
from service.auth.service import Caller
from service.cases import events
from service.cases.models import Case
from service.domain_errors import Conflict, NotAllowed
from service.i18n import N_
from service.timers import schedule
from workflows.definitions import WORKFLOWS


def record_employment_end(
    *, db_session: Session, caller: Caller, case: Case, employment_end_on: date, note: str
) -> None:
    """Record when ``case``'s worker stopped working for the employer, on the trail."""
    if caller.role != Role.SUPERVISOR and case.assignee_id != caller.user_id:
        raise NotAllowed(N_("only the case's assignee or a supervisor records this"))
    if case.type != "labour_dispute" or case.status in WORKFLOWS[case.type].closed_states:
        raise Conflict(
            N_("the end of employment is recorded on an open labour dispute"),
            code="action_not_allowed",
        )
    before = case.employment_end_on
    case.employment_end_on = employment_end_on
    schedule.limit(db_session=db_session, case=case)
    events.record(
        db_session=db_session,
        case=case,
        action="record_employment_end",
        actor_id=caller.user_id,
        payload={
            "employment_end_on": employment_end_on.isoformat(),
            "before": before.isoformat() if before else None,
            "limitation_on": case.limitation_on.isoformat() if case.limitation_on else None,
        },
        note=note,
    )
