"""Severance calculations 经济补偿计算 attached to a dispute, kept on its trail."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.auth.service import Caller
from service.calculators import service as calculator
from service.cases import events
from service.cases.access import check
from service.cases.models import Case, CaseEvent

log = logging.getLogger(__name__)

ACTION = "calculate_severance"
# How many calculations the case has, kept on the case so that reading one without
# any (nearly every case) looks for none.
COUNT = "severance_calculations"


def attach(
    *, db_session: Session, caller: Caller, case: Case, inputs: dict[str, Any]
) -> dict[str, Any]:
    """Calculate severance for ``case`` and record it on its trail; the calculation as read."""
    check(caller, case, ACTION)
    record = calculator.record_of(inputs, calculator.calculate(inputs))
    case.details = {**case.details, COUNT: case.details.get(COUNT, 0) + 1}
    event = events.record(
        db_session=db_session,
        case=case,
        action="calculate_severance",
        actor_id=caller.user_id,
        payload=record,
    )
    log.info(
        "severance calculated",
        extra={"case_id": case.id, "seq": event.seq, "cap_applied": record["cap_applied"]},
    )
    return _view(event)


def _view(event: CaseEvent) -> dict[str, Any]:
    return {
        **calculator.answer(event.payload),
        "seq": event.seq,
        "calculated_at": event.occurred_at,
        "calculated_by": event.actor.username if event.actor else None,
        "calculated_by_name": event.actor.display_name if event.actor else None,
    }


def calculations_of(*, db_session: Session, case: Case) -> list[dict[str, Any]]:
    """The calculations attached to ``case``, oldest first."""
    if not case.details.get(COUNT):
        return []
    found = db_session.scalars(
        select(CaseEvent)
        .where(CaseEvent.case_id == case.id, CaseEvent.action == ACTION)
        .order_by(CaseEvent.seq)
    )
    return [_view(event) for event in found]
