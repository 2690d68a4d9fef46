"""Care visits 走访 on a household file, and the home visits a proposal needs.

A visit made for a hardship case is the case's record: ``service.cases.visits``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from service.auth.service import Caller
from service.cases.models import Case
from service.db import utcnow
from service.households import history
from service.households.models import CareVisit, Household


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
