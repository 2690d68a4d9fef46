"""Recording payments: an employer's instalments, and the payout of approved aid."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.auth.enums import Role
from service.auth.service import Caller
from service.cases import events
from service.cases.models import Case, Payment
from service.cases.transitions import fire
from service.errors import ApiError, validation_failed
from service.i18n import N_
from service.outbox import service as outbox
from service.timers.models import CaseTimer
from service.timers.schedule import cancel_where
from workflows.data import to_json
from workflows.engine import SYSTEM_ACTOR

PAYABLE = {
    "labour_dispute": ("awaiting_payment", "defaulted"),
    "hardship_aid": ("payout", "emergency_payout"),
}


def _paid(db_session: Session, case: Case) -> Decimal:
    total = db_session.scalar(select(func.sum(Payment.amount)).where(Payment.case_id == case.id))
    return total or Decimal("0.00")


def _instalment(case: Case, payment: dict[str, Any]) -> int:
    """Which instalment this is: 1..n of the agreement for a dispute, 0 for aid."""
    if case.type == "hardship_aid":
        if payment.get("instalment") not in (None, 0):
            raise validation_failed({"instalment": [N_("aid is paid out in one payment")]})
        approved = Decimal(case.details["proposal"]["amount"])
        if payment["amount"] > approved:
            raise validation_failed(
                {"amount": [N_("more than the approved {amount}", amount=f"{approved:.2f}")]}
            )
        return 0
    count = len(case.details["agreement"]["instalments"])
    number = payment.get("instalment")
    if number is None or not 1 <= number <= count:
        raise validation_failed({"instalment": [N_("which instalment: 1 to {count}", count=count)]})
    return number


def _due(case: Case, number: int) -> Decimal:
    return Decimal(case.details["agreement"]["instalments"][number - 1]["amount"])


def _satisfied(db_session: Session, case: Case, number: int) -> None:
    """An instalment paid in full: its reminder and its default have nothing left to do.

    One paid short keeps them: the agreement is not performed until it is.
    """
    cancel_where(
        db_session, case, CaseTimer.kind == "instalment_due", CaseTimer.instalment == number
    )


def record(*, db_session: Session, caller: Caller, case: Case, payment: dict[str, Any]) -> Payment:
    """Record a payment on ``case``; settle or disburse once the money is all there."""
    if caller.role != Role.SUPERVISOR and case.assignee_id != caller.user_id:
        raise ApiError(403, N_("only the case's assignee or a supervisor records payments"))
    if case.status not in PAYABLE.get(case.type, ()):
        refusal = N_("no payment is due while the case is {status}", status=N_(case.status))
        raise ApiError(409, refusal, code="action_not_allowed")
    number = _instalment(case, payment)
    taken = db_session.scalar(
        select(Payment.id).where(Payment.case_id == case.id, Payment.instalment == number)
    )
    if taken is not None:
        raise ApiError(409, N_("this payment is already recorded"), code="payment_recorded")
    record = Payment(case_id=case.id, instalment=number, recorded_by_id=caller.user_id, **{
        k: payment[k] for k in ("amount", "method", "reference", "paid_on")
    })  # fmt: skip
    db_session.add(record)
    if case.type == "labour_dispute" and payment["amount"] >= _due(case, number):
        _satisfied(db_session, case, number)
    event = events.append(
        db_session=db_session,
        case=case,
        action="record_payment",
        from_status=case.status,
        actor_id=caller.user_id,
        payload=to_json({"instalment": number, **payment}),
    )
    outbox.add(db_session=db_session, event=event)
    events.flush_case(db_session)
    if case.type == "hardship_aid":
        fire(db_session=db_session, case=case, actor=SYSTEM_ACTOR, actor_id=None, action="disburse")
    elif _paid(db_session, case) >= Decimal(case.details["agreement"]["amount"]):
        fire(db_session=db_session, case=case, actor=SYSTEM_ACTOR, actor_id=None, action="settle")
    return record


def payments_of(*, db_session: Session, case: Case) -> list[Payment]:
    return list(
        db_session.scalars(
            select(Payment).where(Payment.case_id == case.id).order_by(Payment.instalment)
        )
    )
