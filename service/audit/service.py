"""Checking the hash chain of the audit trail (DESIGN §7.6)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.auth.service import Caller
from service.cases.events import GENESIS_HASH, content_hash
from service.cases.models import Case, CaseEvent


def verify(*, db_session: Session, caller: Caller) -> dict[str, Any]:
    """Recompute every event's hash in the caller's units; report each break in a chain."""
    rows = db_session.execute(
        select(CaseEvent, Case.number, Case.trail_length, Case.trail_head)
        .join(Case, Case.id == CaseEvent.case_id)
        .where(Case.unit_id.in_(caller.scope_unit_ids))
        .order_by(CaseEvent.case_id, CaseEvent.seq)
        .execution_options(yield_per=1000)
    )
    broken: list[dict[str, Any]] = []
    checked = cases = 0
    case_id, expected_prev, expected_seq = None, GENESIS_HASH, 1
    head: tuple[str, int, str] | None = None

    def check_head() -> None:
        # The case row names its last event: a trail cut short at its end shows here.
        if head is not None and (expected_seq - 1, expected_prev) != head[1:]:
            broken.append({"case": head[0], "seq": head[1], "problem": "the trail ends early"})

    for event, number, length, last_hash in rows:
        if event.case_id != case_id:
            check_head()
            case_id, expected_prev, expected_seq = event.case_id, GENESIS_HASH, 1
            head = (number, length, last_hash)
            cases += 1
        problem = None
        if event.seq != expected_seq:
            problem = f"event {expected_seq} is missing"
        elif event.prev_hash != expected_prev:
            problem = "does not follow the previous event"
        elif content_hash(event, number) != event.hash:
            problem = "its content was changed after it was written"
        if problem:
            broken.append({"case": number, "seq": event.seq, "problem": problem})
        checked += 1
        expected_prev, expected_seq = event.hash, event.seq + 1
        db_session.expunge(event)
    check_head()
    return {"ok": not broken, "cases": cases, "events": checked, "broken": broken}
