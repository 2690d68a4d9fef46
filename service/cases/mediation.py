"""Mediation sessions 调解会: logged by the mediator while a dispute is in mediation."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.auth.enums import Role
from service.auth.service import Caller
from service.cases import events
from service.cases.models import Case, MediationSession
from service.domain_errors import Conflict, DomainError, NotAllowed
from service.i18n import N_
from workflows.data import to_json


def _refusal(caller: Caller, case: Case) -> DomainError | None:
    if caller.role != Role.SUPERVISOR and case.assignee_id != caller.user_id:
        return NotAllowed(N_("only the case's mediator or a supervisor logs its sessions"))
    if case.type != "labour_dispute" or case.status != "in_mediation":
        return Conflict(
            N_(
                "sessions are logged while a dispute is in mediation; this case is {status}",
                status=N_(case.status),
            ),
            code="action_not_allowed",
        )
    return None


def may_log_session(caller: Caller, case: Case) -> bool:
    """Whether ``caller`` may log a session on ``case`` now."""
    return _refusal(caller, case) is None


def log_session(
    *, db_session: Session, caller: Caller, case: Case, session: dict[str, Any]
) -> MediationSession:
    """Record a session on ``case``; only its mediator or a supervisor, only in mediation."""
    if (refusal := _refusal(caller, case)) is not None:
        raise refusal
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


def sessions_of(*, db_session: Session, case: Case) -> list[MediationSession]:
    return list(
        db_session.scalars(
            select(MediationSession)
            .where(MediationSession.case_id == case.id)
            .order_by(MediationSession.held_at, MediationSession.id)
        )
    )
