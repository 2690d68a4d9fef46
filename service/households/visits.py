"""Care visits 走访 on a household file, and the home visits a proposal needs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from service.auth.service import Caller
from service.cases.access import check
from service.cases.models import Case
from service.db import utcnow
from service.domain_errors import Conflict
from service.households import history
from service.households import service as households
from service.households.models import CareVisit, Household
from service.i18n import N_


def record_visit(
    *,
    db_session: Session,
    caller: Caller,
    household: Household,
    visit: dict[str, Any],
    case: Case | None = None,
) -> CareVisit:
    """Record a care visit on the household (and the case it was made for); an event says so."""
    record = CareVisit(
        household_id=household.id,
        case_id=case.id if case else None,
        kind=visit["kind"],
        visited_on=visit["visited_on"],
        visitors=visit["visitors"],
        findings=visit["findings"],
        consent=visit["consent"],
        recorded_by_id=caller.user_id,
    )
    db_session.add(record)
    household.updated_at = utcnow()
    history.append(
        db_session,
        household,
        action="visit",
        from_status=household.status,
        actor_id=caller.user_id,
        payload={
            "kind": record.kind,
            "visited_on": record.visited_on.isoformat(),
            "visitors": len(record.visitors),
            "case": case.number if case else None,
        },
    )
    return record


def record_case_visit(
    *, db_session: Session, caller: Caller, case: Case, visit: dict[str, Any]
) -> CareVisit:
    """Record a visit made for a hardship case; it goes on the case's household file."""
    check(caller, case, "visit")
    if case.household_id is None:
        raise Conflict(N_("only a hardship case has a household to visit"))
    household = households.get(
        db_session=db_session, caller=caller, household_id=case.household_id, for_update=True
    )
    return record_visit(
        db_session=db_session, caller=caller, household=household, visit=visit, case=case
    )


def home_visitors(db_session: Session, case: Case) -> int:
    """The most visitors at one home visit on record for the case's household."""
    if case.household_id is None:
        return 0
    visits = db_session.scalars(
        select(CareVisit.visitors).where(
            CareVisit.household_id == case.household_id,
            CareVisit.kind == "home_visit",
            CareVisit.consent.is_(True),
            or_(CareVisit.case_id.is_(None), CareVisit.case_id == case.id),
        )
    ).all()
    return max((len(set(visitors)) for visitors in visits), default=0)
