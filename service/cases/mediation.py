"""Mediation sessions 调解会: logged by the mediator while a dispute is in mediation."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from service.auth.service import Caller
from service.cases import events
from service.cases.access import check
from service.cases.models import Case, MediationSession
from workflows.data import to_json


def log_session(
    *, db_session: Session, caller: Caller, case: Case, session: dict[str, Any]
) -> MediationSession:
    """Record a session on ``case``; only its mediator or a supervisor, only in mediation."""
    check(caller, case, "log_session")
    record = MediationSession(case_id=case.id, recorded_by_id=caller.user_id, **session)
    db_session.add(record)
    db_session.flush()  # the event names the session by its id
    events.record(
        db_session=db_session,
        case=case,
        action="log_session",
        actor_id=caller.user_id,
        payload=to_json({"session_id": record.id, **session}),
    )
    return record
