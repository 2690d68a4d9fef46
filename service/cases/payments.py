"""Recording payments: an employer's instalments, and the payout of approved aid."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.auth.service import Caller
from service.cases import events
from service.cases.access import check
from service.cases.models import Case, Payment
from service.cases.transitions import fire
from service.domain_errors import Conflict, Invalid, invalid
from service.households.models import Household
from service.households.service import refuse_exited
from service.i18n import N_
from service.timers.schedule import Cancel, cancel_timers
from workflows.data import to_json
from workflows.engine import SYSTEM_ACTOR

ACTION = "record_payment"


def yuan(amount: Decimal) -> str:
    """An amount as a union office writes it before 元: 4,300.00."""
    return f"{amount:,.2f}"


def _paid(db_session: Session, case: Case, number: int) -> tuple[Decimal, int]:
    """What has been paid on instalment ``number`` so far, and in how many parts."""
    total, parts = db_session.execute(
        select(func.sum(Payment.amount), func.count()).where(
            Payment.case_id == case.id, Payment.instalment == number
        )
    ).one()
    return total or Decimal("0.00"), parts


def _instalment(case: Case, payment: dict[str, Any]) -> int:
    """Which instalment this is: 1..n of the agreement for a dispute, 0 for aid."""
    if case.type == "hardship_aid":
        if payment.get("instalment") not in (None, 0):
            raise invalid({"instalment": [N_("aid is paid out in one payment")]})
        # Approved aid is paid out whole, in one payment: a different sum needs a new decision.
        approved = Decimal(case.details["proposal"]["amount"])
        if payment["amount"] != approved:
            raise invalid(
                {
                    "amount": [
                        N_("aid is paid out as approved: {amount} yuan", amount=yuan(approved))
                    ]
                }
            )
        return 0
    count = len(case.details["agreement"]["instalments"])
    number = payment.get("instalment")
    if number is None or not 1 <= number <= count:
        raise invalid({"instalment": [N_("which instalment: 1 to {count}", count=count)]})
    return number


def _due(case: Case, number: int) -> Decimal:
    return Decimal(case.details["agreement"]["instalments"][number - 1]["amount"])


def _all_paid(db_session: Session, case: Case) -> bool:
    """Every instalment paid in full; money paid on one never counts toward another."""
    sums = db_session.execute(
        select(Payment.instalment, func.sum(Payment.amount))
        .where(Payment.case_id == case.id)
        .group_by(Payment.instalment)
    )
    paid = {number: total for number, total in sums}
    count = len(case.details["agreement"]["instalments"])
    return all(paid.get(n, Decimal("0.00")) >= _due(case, n) for n in range(1, count + 1))


def _satisfied(db_session: Session, case: Case, number: int) -> None:
    """An instalment paid in full: its reminder and its default have nothing left to do.

    One paid short keeps them: the agreement is not performed until it is.
    """
    cancel_timers(db_session, case, Cancel(kinds=("instalment_due",), instalment=number))


def _part(db_session: Session, case: Case, number: int, amount: Decimal) -> int:
    """The part number of this payment; refused when it is more than is still owed.

    Aid is paid once. An instalment may be paid in parts until it is paid in full,
    and never beyond: an overpayment would otherwise count toward the agreement as a
    whole and settle it with instalments still unpaid.
    """
    paid, parts = _paid(db_session, case, number)
    if case.type == "hardship_aid":
        if parts:
            raise Conflict(N_("the aid is already paid out"), code="payment_recorded")
        return 1
    outstanding = _due(case, number) - paid
    if outstanding <= 0:
        raise Conflict(
            N_("instalment {number} is already paid in full", number=number),
            code="payment_recorded",
        )
    if amount > outstanding:
        owed = N_(
            "more than the {outstanding} yuan still owed on instalment {number}",
            outstanding=yuan(outstanding),
            number=number,
        )
        raise Invalid(
            owed, code="overpayment", fields={"amount": [owed]}, outstanding=str(outstanding)
        )
    return parts + 1


def record(*, db_session: Session, caller: Caller, case: Case, payment: dict[str, Any]) -> Payment:
    """Record a payment on ``case``; settle or disburse once the money is all there."""
    check(caller, case, ACTION)
    if case.household_id is not None:  # 脱困 since the aid was approved: no payout
        household = db_session.get(Household, case.household_id)
        assert household is not None
        refuse_exited(household)
    number = _instalment(case, payment)
    part = _part(db_session, case, number, payment["amount"])
    given = {k: payment[k] for k in ("amount", "method", "reference", "paid_on")}
    record = Payment(
        case_id=case.id, instalment=number, part=part, recorded_by_id=caller.user_id, **given
    )
    db_session.add(record)
    if case.type == "labour_dispute" and _paid(db_session, case, number)[0] >= _due(case, number):
        _satisfied(db_session, case, number)
    events.record(
        db_session=db_session,
        case=case,
        action="record_payment",
        actor_id=caller.user_id,
        payload=to_json({"instalment": number, "part": part, **payment}),
    )
    if case.type == "hardship_aid":
        fire(db_session=db_session, case=case, actor=SYSTEM_ACTOR, actor_id=None, action="disburse")
    elif _all_paid(db_session, case):
        fire(db_session=db_session, case=case, actor=SYSTEM_ACTOR, actor_id=None, action="settle")
    return record
