"""Reading cases: one as a caller may see it, and the filtered, paged list."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from service.access import service as access
from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.auth.service import Caller, subtree_ids
from service.cases.mediation import sessions_of
from service.cases.models import Case, MediationSession, Payment
from service.cases.payments import payments_of
from service.cases.transitions import allowed_actions
from service.fields import LOCAL_TZ
from service.identity import mask_id_number, mask_phone
from service.timers import schedule

log = logging.getLogger(__name__)
_NOT_PINYIN = re.compile(r"[\s·'’-]")


@dataclass
class CaseView:
    """A case as one caller may see it: identity masked unless they work on it."""

    case: Case
    claimant: dict[str, Any]
    employer: dict[str, Any] | None
    allowed_actions: list[str]
    timers: list[dict[str, Any]]
    sessions: list[MediationSession] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)
    deadlines: dict[str, date] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.case, name)


def _timer_view(timer: Any) -> dict[str, Any]:
    return {
        "kind": timer.kind,
        "purpose": timer.purpose,
        "due_at": timer.due_at.astimezone(LOCAL_TZ).isoformat(),
        "deadline_at": timer.deadline_at.astimezone(LOCAL_TZ).isoformat(),
        "instalment": timer.instalment,
    }


def sees_identity(caller: Caller, case: Case) -> bool:
    return caller.role == Role.SUPERVISOR or case.assignee_id == caller.user_id


def view_of(
    db_session: Session, case: Case, caller: Caller, *, detail: bool = False, new: bool = False
) -> CaseView:
    """``detail`` adds the open timers and the sessions (a ``new`` case has no sessions)."""
    id_number, phone = case.claimant_id_number, case.claimant_phone
    claimant = {"name": case.claimant_name, "address": case.claimant_address}
    if sees_identity(caller, case):
        claimant.update(id_number=id_number, phone=phone)
        if id_number or phone:
            access.record(db_session=db_session, caller=caller, case=case)
            log.info("identity read unmasked", extra={"case_id": case.id, "role": caller.role})
    else:
        claimant.update(
            id_number=id_number and mask_id_number(id_number),
            phone=phone and mask_phone(phone),
        )
    employer = None
    if case.employer_name is not None:
        employer = {"name": case.employer_name, "credit_code": case.employer_credit_code}
    return CaseView(
        case=case,
        claimant=claimant,
        employer=employer,
        allowed_actions=allowed_actions(db_session, case, caller),
        timers=[_timer_view(t) for t in schedule.open_timers(db_session=db_session, case=case)]
        if detail
        else [],
        sessions=sessions_of(db_session=db_session, case=case) if detail and not new else [],
        deadlines=schedule.statutory_dates(db_session=db_session, case=case) if detail else {},
        payments=payments_of(db_session=db_session, case=case) if detail and not new else [],
    )


def _filtered(db_session: Session, caller: Caller, query: dict[str, Any]) -> Select[Case] | None:
    """The list query for ``query``'s filters, or None when they exclude everything."""
    statement = select(Case).where(Case.unit_id.in_(caller.scope_unit_ids))
    if "unit" in query:
        unit = db_session.scalar(select(OrgUnit).where(OrgUnit.code == query["unit"]))
        if unit is None or unit.id not in caller.scope_unit_ids:
            return None
        statement = statement.where(Case.unit_id.in_(subtree_ids(db_session=db_session, unit=unit)))
    for column in ("type", "status", "category", "channel"):
        if column in query:
            statement = statement.where(getattr(Case, column) == query[column])
    if "assignee" in query:
        if query["assignee"] == "me":
            assignee_id: int | None = caller.user_id
        else:
            assignee_id = db_session.scalar(
                select(User.id).where(User.username == query["assignee"])
            )
        if assignee_id is None:
            return None
        statement = statement.where(Case.assignee_id == assignee_id)
    bounds: list[tuple[str, Any, bool]] = [
        ("opened_from", Case.received_at, True),
        ("opened_to", Case.received_at, False),
        ("closed_from", Case.closed_at, True),
        ("closed_to", Case.closed_at, False),
    ]
    for key, column, lower in bounds:
        moment: datetime | None = query.get(key)
        if moment is not None:
            statement = statement.where(column >= moment if lower else column < moment)
    if "q" in query:
        statement = statement.where(_text_search(query["q"]))
    return statement


def _text_search(text: str) -> Any:
    """Cases whose claimant's name, or its reading, or whose employer or number matches."""
    text = text.strip()
    # What a clerk types for what they hear: "Shan Li", "ayiguli·maimaiti", "xi'an".
    heard = _NOT_PINYIN.sub("", text.lower())
    found = [Case.claimant_name.contains(text, autoescape=True)]
    if heard.isascii() and heard.isalpha():
        found += [
            Case.claimant_name_initials.startswith(heard, autoescape=True),
            Case.claimant_name_pinyin.startswith(heard, autoescape=True),
            # A later part of a name in parts is stored after a space (see names.reading_of).
            Case.claimant_name_pinyin.contains(" " + heard, autoescape=True),
            Case.claimant_name_initials.contains(" " + heard, autoescape=True),
        ]
    return or_(
        *found,
        Case.employer_name.contains(text, autoescape=True),
        Case.number == text.upper(),
    )


LIST_LOADS = (Case.unit, Case.assignee)
SORTS = {
    "received_at": (Case.received_at.asc(), Case.id.asc()),
    "-received_at": (Case.received_at.desc(), Case.id.desc()),
    "number": (Case.number.asc(),),
    "-number": (Case.number.desc(),),
}


def search(*, db_session: Session, caller: Caller, query: dict[str, Any]) -> dict[str, Any]:
    """One page of the cases in scope matching ``query``, with the total count."""
    page, per_page = query["page"], query["per_page"]
    statement = _filtered(db_session, caller, query)
    if statement is None:
        return {"items": [], "total": 0, "page": page, "per_page": per_page}
    total = db_session.scalar(select(func.count()).select_from(statement.subquery()))
    cases = db_session.scalars(
        statement.options(*(selectinload(r) for r in LIST_LOADS))
        .order_by(*SORTS[query["sort"]])
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return {
        "items": [view_of(db_session, case, caller) for case in cases],
        "total": total,
        "page": page,
        "per_page": per_page,
    }
