"""Who works on a case: routing at intake and reassignment by a supervisor."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from service.auth.enums import Role
from service.auth.models import User
from service.auth.service import Caller
from service.cases import events
from service.cases.access import check
from service.cases.models import Case
from service.db import FOR_CHANGE
from service.domain_errors import invalid
from service.i18n import N_
from workflows.definitions import CLOSED_STATES

# Who may be assigned each type: its specialists, and supervisors of small unions
# where the chair does casework too.
ASSIGNABLE: dict[str, tuple[Role, ...]] = {
    "labour_dispute": (Role.MEDIATOR, Role.SUPERVISOR),
    "hardship_aid": (Role.CASEWORKER, Role.SUPERVISOR),
    "consultation": (Role.INTAKE, Role.SUPERVISOR),
}
ROUTED_TO: dict[str, Role] = {"labour_dispute": Role.MEDIATOR, "hardship_aid": Role.CASEWORKER}


# The active user a case is given to by name, built once: a statement built anew costs
# more to build than to run. An intake reads it inside its one read
# (``service.cases.intake_reads``), a reassignment on its own.
ACTIVE_USER = select(User).where(User.username == bindparam("username"), User.active.is_(True))


def assignable_user(db_session: Session, *, case_type: str, unit_id: int, username: str) -> User:
    """The active user ``username`` of the unit who may take this type of case, or 422."""
    user = db_session.scalar(ACTIVE_USER, {"username": username})
    return assignable(user, case_type=case_type, unit_id=unit_id, username=username)


def assignable(user: User | None, *, case_type: str, unit_id: int, username: str) -> User:
    """``user``, the active user ``username`` (None: there is none), if they are of the unit
    and may take this type of case; else 422."""
    if user is None or user.unit_id != unit_id:
        raise invalid({"assignee": [N_("no such person in the case's unit")]})
    if user.role not in ASSIGNABLE[case_type]:
        roles = " / ".join(ASSIGNABLE[case_type])
        refusal = N_(
            "must be a {roles}; {username} is {role}",
            roles=roles,
            username=username,
            role=N_(user.role),
        )
        raise invalid({"assignee": [refusal]})
    return user


def least_loaded(db_session: Session, *, case_type: str, unit_id: int) -> User | None:
    """The unit's specialist with the fewest open cases; the longest-serving on a tie."""
    role = ROUTED_TO.get(case_type)
    if role is None:
        return None
    open_cases = (
        select(func.count(Case.id))
        .where(Case.assignee_id == User.id, Case.status.not_in(CLOSED_STATES))
        .correlate(User)
        .scalar_subquery()
    )
    return db_session.scalar(
        select(User)
        .where(User.unit_id == unit_id, User.role == role, User.active.is_(True))
        .order_by(open_cases, User.id)
        .limit(1)
    )


def reassign(
    *,
    db_session: Session,
    case: Case,
    user: User,
    actor_id: int | None,
    note: str,
    caller: Caller | None = None,
) -> None:
    """Give ``case`` to ``user`` and record it on the trail.

    ``caller`` is the supervisor who reassigns it; None when the system routes it,
    on behalf of ``actor_id`` (None: nobody).
    """
    check(caller, case, "assign")
    before = case.assignee.username if case.assignee else None
    case.assignee = user
    events.record(
        db_session=db_session,
        case=case,
        action="assign",
        actor_id=actor_id,
        payload={"from": before, "to": user.username},
        note=note,
    )


def assign_waiting(
    *, db_session: Session, unit_ids: Collection[int], actor_id: int | None
) -> list[Case]:
    """Give the open cases of ``unit_ids`` that nobody has to whoever can take them now.

    A new office registers cases before its mediators exist, and people leave: such
    cases wait, on the supervisors' worklist, until someone who can take them appears.
    """
    waiting = db_session.scalars(
        select(Case)
        .where(
            Case.unit_id.in_(unit_ids),
            Case.assignee_id.is_(None),
            Case.type.in_(ROUTED_TO),
            Case.status.not_in(CLOSED_STATES),
        )
        .order_by(Case.received_at, Case.id)
        .with_for_update(of=Case, **FOR_CHANGE)
    ).all()
    assigned = []
    for case in waiting:
        user = least_loaded(db_session, case_type=case.type, unit_id=case.unit_id)
        if user is None:
            continue
        reassign(db_session=db_session, case=case, user=user, actor_id=actor_id, note="")
        assigned.append(case)
    return assigned
