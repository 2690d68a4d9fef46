"""Moving a case through its workflow: one transition, its event and its outbox row."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.auth.service import Caller
from service.cases import batch, events
from service.cases.access import actor_for, refusal_error
from service.cases.models import Case, CaseEvent
from service.db import utcnow
from service.households import aid
from service.households.models import Household
from service.outbox import service as outbox
from service.timers import schedule
from workflows.data import to_json
from workflows.definitions import WORKFLOWS
from workflows.definitions.labour_dispute import LIMITATION_RESTARTS
from workflows.engine import SYSTEM_ACTOR, Actor, Decision, Refused

log = logging.getLogger(__name__)

# How a case ended when the closing action names no outcome of its own.
CLOSING_OUTCOMES = {"answer": "answered", "convert": "converted"}
# Keys of the session's info: household files held loaded, and proposals made in it.
HELD_HOUSEHOLDS = "held_households"
PROPOSED_HERE = "proposed_here"


def facts_of(db_session: Session, case: Case) -> dict[str, Any]:
    """What the workflow's guards and checks need to know about the case."""
    facts: dict[str, Any] = {"category": case.category, "today": schedule.local_date(utcnow())}
    if case.type == "hardship_aid" and case.status in (
        "under_review",
        "proposed",
        "review_afterwards",
    ):
        if case.household_id is not None:
            # Held for the session, so that the answer's checks after a transition find the
            # file, its members and its years loaded (the identity map holds them weakly).
            held = db_session.info.setdefault(HELD_HOUSEHOLDS, {})
            held[case.household_id] = db_session.get(Household, case.household_id)
        facts.update(aid.aid_facts(db_session, case))
    if case.type == "labour_dispute" and case.status == "in_mediation":
        with db_session.no_autoflush:
            working = schedule.calendar(db_session)
        facts["mediation_ends_on"] = schedule.mediation_ends_on(case, working)
    if case.status == "registered" and "campaign" in case.details:
        facts["list_builder_id"] = case.details["campaign"].get("built_by")
    if case.status == "proposed":
        facts["proposer_id"] = _proposer(db_session, case)
    return facts


def _proposer(db_session: Session, case: Case) -> int | None:
    """Who made the proposal under review: known without a query when this session made it."""
    proposed_here = db_session.info.get(PROPOSED_HERE, {}).get(case.id)
    if proposed_here is not None and proposed_here[0] == case.trail_length:
        # Its event is still the last of the trail.
        proposer: int | None = proposed_here[1]
        return proposer
    return db_session.scalar(
        select(CaseEvent.actor_id)
        .where(CaseEvent.case_id == case.id, CaseEvent.action == "propose")
        .order_by(CaseEvent.seq.desc())
        .limit(1)
    )


def allowed_actions(
    db_session: Session, case: Case, caller: Caller, facts: dict[str, Any] | None = None
) -> list[str]:
    """What ``caller`` may do now; ``facts`` if the caller already has them (``facts_of``)."""
    workflow = WORKFLOWS[case.type]
    actor = actor_for(caller, case)
    return workflow.allowed(
        case.status, actor, facts if facts is not None else facts_of(db_session, case)
    )


def still_missing(
    db_session: Session, case: Case, action: str, facts: dict[str, Any] | None = None
) -> dict[str, Any]:
    """What ``action``'s checks refuse before any data (an incomplete file, no home visit);
    ``facts`` if the caller already has them (``facts_of``)."""
    facts = facts if facts is not None else facts_of(db_session, case)
    return WORKFLOWS[case.type].unmet(case.status, action, facts)


def _remember(db_session: Session, case: Case, action: str, data: dict[str, Any]) -> None:
    """Keep on the case what later steps read; the event keeps everything."""
    details = dict(case.details)
    if action == "extend":
        details["mediation_ends_on"] = data["new_end_on"]
    elif action == "agree":
        details["agreement"] = data
    elif action in ("propose", "pay_first", "grant_in_campaign"):
        details["proposal"] = data
    elif action == "complete_review":
        details["proposal"] = {**details.get("proposal", {}), **data}
    if action == "reopen":
        # Mediation starts again: a new period from today, not the one long gone.
        with db_session.no_autoflush:
            working = schedule.calendar(db_session)
        ends = schedule.mediation_period(schedule.local_date(utcnow()), working)
        details["mediation_ends_on"] = ends.isoformat()
    if action in ("reject", "refer", "fail", "withdraw", "reopen", "object", "return"):
        details[f"{action}_reason"] = (
            data.get("reason") or data.get("advice") or data.get("objection")
        )
    case.details = details


def _apply(
    db_session: Session, case: Case, decision: Decision, actor_id: int | None, note: str
) -> CaseEvent:
    source, action = case.status, decision.transition.action
    data = to_json(decision.data)
    case.status = decision.target
    _remember(db_session, case, action, data)
    restarting: tuple[str, ...] = ()
    if case.type == "labour_dispute" and action in LIMITATION_RESTARTS:
        today = schedule.local_date(utcnow())
        interrupted: tuple[str, date] = (LIMITATION_RESTARTS[action], today)
        # The warnings restart from the new date: cancelled with the state's timers.
        restarting = schedule.limit(
            db_session=db_session, case=case, interrupted=interrupted, restart=False
        )
    schedule.moved(
        db_session=db_session,
        case=case,
        source=source,
        target=decision.target,
        restarting=restarting,
    )
    workflow = WORKFLOWS[case.type]
    if decision.target in workflow.closed_states:
        case.closed_at = utcnow()
        case.outcome = data.get("outcome") or CLOSING_OUTCOMES.get(action, decision.target)
    event = events.append(
        db_session=db_session,
        case=case,
        action=action,
        from_status=source,
        actor_id=actor_id,
        payload=data,
        note=note,
    )
    outbox.add(db_session=db_session, event=event)
    if action == "propose":
        db_session.info.setdefault(PROPOSED_HERE, {})[case.id] = (event.seq, actor_id)
    log.info(
        "case moved",
        extra={"case_id": case.id, "action": action, "from": source, "to": case.status},
    )
    return event


def fire(
    *,
    db_session: Session,
    case: Case,
    actor: Actor,
    actor_id: int | None,
    action: str,
    data: dict[str, Any] | None = None,
    note: str = "",
) -> list[CaseEvent]:
    """Fire ``action`` on ``case`` and any system action its new state fires at once.

    Raises ``Refused`` when the workflow does not allow it; changes nothing then.
    """
    workflow = WORKFLOWS[case.type]
    decision = workflow.decide(
        state=case.status,
        action=action,
        actor=actor,
        data=data,
        facts=facts_of(db_session, case),
        category=case.category,
    )
    trail = [_apply(db_session, case, decision, actor_id, note)]
    then = workflow.states[case.status].then
    while then is not None:
        follow = workflow.decide(
            state=case.status,
            action=then,
            actor=SYSTEM_ACTOR,
            data={},
            facts=facts_of(db_session, case),
            category=case.category,
        )
        trail.append(_apply(db_session, case, follow, None, ""))
        then = workflow.states[case.status].then
    batch.write(db_session=db_session, case=case)
    return trail


def fire_for(
    *,
    db_session: Session,
    caller: Caller,
    case: Case,
    action: str,
    data: dict[str, Any] | None,
    note: str,
) -> list[CaseEvent]:
    """Fire ``action`` for a person; the workflow's refusals become API errors."""
    try:
        return fire(
            db_session=db_session,
            case=case,
            actor=actor_for(caller, case),
            actor_id=caller.user_id,
            action=action,
            data=data,
            note=note,
        )
    except Refused as refused:
        raise refusal_error(refused) from None
