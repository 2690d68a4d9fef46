"""Recording unmasked reads of personal data, and listing them for the auditors."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service import logs
from service.access.models import PersonalDataRead
from service.auth.models import OrgUnit, User
from service.auth.service import Caller
from service.cases.models import Case
from service.db import utcnow
from workflows.calendar import end_of_day, start_of_day


def record(
    *, db_session: Session, caller: Caller, case: Case, endpoint: str | None = None
) -> PersonalDataRead:
    """Note that ``caller`` was shown ``case``'s claimant unmasked, in this unit of work;
    returns the row added.

    ``endpoint`` defaults to the current request's method and path.
    """
    row = PersonalDataRead(
        read_at=utcnow(),
        user_id=caller.user_id,
        case_id=case.id,
        unit_id=case.unit_id,
        endpoint=(endpoint or logs.current("endpoint") or "")[:200],
        request_id=logs.current("request_id"),
    )
    db_session.add(row)
    return row


def record_replayed(*, db_session: Session, caller: Caller, answer: Any) -> None:
    """A stored answer replayed to a retry shows its claimant again: note it if unmasked."""
    claimant = answer.get("claimant") if isinstance(answer, dict) else None
    if not isinstance(claimant, dict):
        return
    shown = [value for value in (claimant.get("id_number"), claimant.get("phone")) if value]
    if not shown or any("*" in str(value) for value in shown):
        return
    case = db_session.get(Case, answer.get("id"))
    if case is not None:
        record(db_session=db_session, caller=caller, case=case)


def search(
    *,
    db_session: Session,
    caller: Caller,
    username: str | None,
    read_from: date | None,
    read_to: date | None,
    page: int,
    per_page: int,
) -> dict[str, Any]:
    """One page of the reads of cases in the caller's units, newest first, with the total."""
    conditions: list[Any] = [PersonalDataRead.unit_id.in_(caller.scope_unit_ids)]
    if username is not None:
        conditions.append(User.username == username)
    if read_from is not None:
        conditions.append(PersonalDataRead.read_at >= start_of_day(read_from))
    if read_to is not None:  # inclusive: up to the end of that day in China
        conditions.append(PersonalDataRead.read_at < end_of_day(read_to))
    joined = (
        select(PersonalDataRead, User.username, User.role, Case.number, OrgUnit.code)
        .join(User, User.id == PersonalDataRead.user_id)
        .join(Case, Case.id == PersonalDataRead.case_id)
        .join(OrgUnit, OrgUnit.id == PersonalDataRead.unit_id)
        .where(*conditions)
    )
    total = db_session.scalar(select(func.count()).select_from(joined.subquery())) or 0
    rows = db_session.execute(
        joined.order_by(PersonalDataRead.read_at.desc(), PersonalDataRead.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    items = [
        {
            "read_at": read.read_at,
            "user": reader,
            "role": role,
            "case_id": read.case_id,
            "case_number": number,
            "unit": unit,
            "endpoint": read.endpoint,
            "request_id": read.request_id,
        }
        for read, reader, role, number, unit in rows
    ]
    return {"items": items, "total": total, "page": page, "per_page": per_page}
