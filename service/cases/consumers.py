"""What the workers do when a case event arrives; each handles an event at most once."""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.cases import assignment
from service.cases.models import Case, CaseEvent
from service.cases.transitions import fire
from service.db import FOR_CHANGE
from service.i18n import N_
from service.notifications.service import notify, supervisors_of
from service.outbox.service import first_time
from workflows.engine import SYSTEM_ACTOR, Refused

log = logging.getLogger(__name__)


def _event_case(db_session: Session, event_id: str) -> Case | None:
    case_id = db_session.scalar(select(CaseEvent.case_id).where(CaseEvent.event_id == event_id))
    if case_id is None:
        return None
    return db_session.get(Case, case_id, with_for_update={"of": Case, **FOR_CHANGE})


def _routed_to(case: Case) -> str:
    """The trail's note of who routing gave the case to (notes are written in Chinese)."""
    if case.assignee is None:
        return "暂无可承办人员，待主管指派"
    return (
        f"分派给 {case.assignee.display_name or case.assignee.username}（{case.assignee.username}）"
    )


def route_case(*, db_session: Session, event_id: str) -> bool:
    """Route a newly registered case: assign it and move it to review. True if it acted."""
    if not first_time(db_session=db_session, consumer="route_case", event_id=event_id):
        return False
    case = _event_case(db_session, event_id)
    if case is None or case.status != "registered" or case.type == "consultation":
        return False
    if case.assignee is None:
        case.assignee = assignment.least_loaded(
            db_session, case_type=case.type, unit_id=case.unit_id
        )
    try:
        fire(
            db_session=db_session,
            case=case,
            actor=SYSTEM_ACTOR,
            actor_id=None,
            action="route",
            note=_routed_to(case),
        )
    except Refused:
        log.info("case no longer needs routing", extra={"case_id": case.id})
        return False
    # A case nobody can take yet is on its supervisors' worklist until someone can
    # (service.worklist); it is given out when they appear (assignment.assign_waiting).
    log.info("case routed", extra={"case_id": case.id, "assignee_id": case.assignee_id})
    return True


def alert_collective(*, db_session: Session, event_id: str) -> int:
    """Tell the supervisors of the unit and the units above of a collective dispute at once."""
    if not first_time(db_session=db_session, consumer="alert_collective", event_id=event_id):
        return 0
    case = _event_case(db_session, event_id)
    if case is None or not case.collective:
        return 0
    return notify(
        db_session=db_session,
        user_ids=supervisors_of(db_session=db_session, unit=case.unit, above=True),
        case_id=case.id,
        kind="collective_dispute",
        message=N_(
            "collective dispute {number}: {workers} workers involved; keep track of it",
            number=case.number,
            workers=case.workers_involved,
        ),
        source_key=f"collective:{event_id}",
    )
