"""Reading one case as a caller may see it (the list and exports are ``listing``'s)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from service.access import service as access
from service.auth.enums import Role
from service.auth.service import Caller
from service.cases import answer
from service.cases.calculations import calculations_of
from service.cases.models import Case, MediationSession, Payment
from service.cases.transitions import allowed_actions, facts_of
from service.db import utcnow
from service.fields import LOCAL_TZ
from service.households import aid
from service.identity import mask_id_number, mask_phone
from service.timers import schedule
from workflows.default_advice import PAYMENT_ORDER_ARTICLE, default_advice

log = logging.getLogger(__name__)


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
    calculations: list[dict[str, Any]] = field(default_factory=list)
    default_advice: dict[str, Any] | None = None
    aid: dict[str, Any] | None = None
    facts: dict[str, Any] = field(default_factory=dict)  # what the workflow's checks read

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


def advice_on_default(case: Case) -> dict[str, Any] | None:
    """For a dispute whose agreement is not performed: payment order or not, days left."""
    if case.type != "labour_dispute" or case.status != "defaulted":
        return None
    found = default_advice(
        category=case.category,
        limitation_on=case.limitation_on,
        today=schedule.local_date(utcnow()),
    )
    return {
        "payment_order": found.payment_order,
        "payment_order_article": PAYMENT_ORDER_ARTICLE,
        "limitation_on": found.limitation_on,
        "limitation_days_left": found.days_left,
        "advice": list(found.advice),
    }


def sees_identity(caller: Caller, case: Case) -> bool:
    return caller.role == Role.SUPERVISOR or case.assignee_id == caller.user_id


def view_of(
    db_session: Session,
    case: Case,
    caller: Caller,
    *,
    detail: bool = False,
    new: bool = False,
    reveal: bool = True,
) -> CaseView:
    """``detail`` adds the open timers and the sessions (a ``new`` case has no sessions).

    ``reveal=False`` masks the identity even for a caller who may see it, and records
    no read: the console's case page until its "show" button is pressed.
    """
    # The workflow's facts first: their reads would flush the access log's row, which can
    # otherwise go with the answer's read of timers, sessions and payments (``answer``).
    facts = facts_of(db_session, case)
    logged = None
    id_number, phone = case.claimant_id_number, case.claimant_phone
    claimant = {"name": case.claimant_name, "address": case.claimant_address}
    if reveal and sees_identity(caller, case):
        claimant.update(id_number=id_number, phone=phone)
        if id_number or phone:
            logged = access.record(db_session=db_session, caller=caller, case=case)
            log.info("identity read unmasked", extra={"case_id": case.id, "role": caller.role})
    else:
        claimant.update(
            id_number=id_number and mask_id_number(id_number),
            phone=phone and mask_phone(phone),
        )
    employer = None
    if case.employer_name is not None:
        employer = {"name": case.employer_name, "credit_code": case.employer_credit_code}
    timers: list[Any] = []
    sessions: list[MediationSession] = []
    payments: list[Payment] = []
    if detail and new:  # the timers it started, not read back; no sessions or payments yet
        timers = schedule.started_timers(db_session=db_session, case=case)
    elif detail:
        timers, sessions, payments = answer.read(db_session=db_session, case=case, logged=logged)
    return CaseView(
        case=case,
        claimant=claimant,
        employer=employer,
        allowed_actions=allowed_actions(db_session, case, caller, facts),
        timers=[_timer_view(t) for t in timers],
        sessions=sessions,
        deadlines=schedule.statutory_dates(db_session=db_session, case=case) if detail else {},
        payments=payments,
        calculations=calculations_of(db_session=db_session, case=case)
        if detail and not new
        else [],
        default_advice=advice_on_default(case) if detail else None,
        aid=_aid_this_year(db_session, case, facts) if detail else None,
        facts=facts,
    )


def _aid_this_year(db_session: Session, case: Case, facts: dict[str, Any]) -> dict[str, Any] | None:
    """The cap of the case's aid kind and what its household was paid of it this year."""
    if case.type != "hardship_aid" or case.household_id is None:
        return None
    if "aid_this_year" in facts:  # the workflow's checks have just counted it
        known: dict[str, Any] = facts["aid_this_year"].as_json()
        return known
    standing = aid.standing(
        db_session, household_id=case.household_id, unit_id=case.unit_id, kind=case.category
    )
    return standing.as_json()
