"""The end of a worker's employment, learnt after intake (《劳动争议调解仲裁法》 art. 27 §4).

A wage claim is not barred while employment lasts; once it has ended the limitation
year runs from the end date, so recording it sets the case's limitation date.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from service.auth.service import Caller
from service.cases import events
from service.cases.access import check
from service.cases.models import Case
from service.timers import schedule


def record_employment_end(
    *, db_session: Session, caller: Caller, case: Case, employment_end_on: date, note: str
) -> None:
    """Record when ``case``'s worker stopped working for the employer, on the trail."""
    check(caller, case, "record_employment_end")
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
