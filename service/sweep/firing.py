"""The sweep that claims due timers, and what a timer does when it fires."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import and_, bindparam, select
from sqlalchemy.orm import Session, joinedload

from service.cases.models import Case
from service.cases.transitions import fire
from service.db import FOR_CHANGE, claim, utcnow
from service.households import reminders
from service.i18n import N_
from service.notifications.service import Known
from service.timers.models import CaseTimer
from workflows.calendar import CHINA
from workflows.definitions import WORKFLOWS
from workflows.engine import SYSTEM_ACTOR, Refused

log = logging.getLogger(__name__)

BATCH = 500
# A timer dispatched this long ago whose task never ran (its message was lost) goes again.
STALE_DISPATCH = timedelta(minutes=10)
# One task per chunk of claimed timers, each fired in a transaction of its own; the
# single-timer task stays for messages already queued and for a retry after a conflict.
FIRE_TASK = "unioncase.fire_timer"
FIRE_CHUNK_TASK = "unioncase.fire_timers"
CHUNK = 100

# What each timer tells people, by kind and purpose; {deadline} is the period's last day.
MESSAGES: dict[tuple[str, str], str] = {
    ("limitation_warning", "reminder"): N_(
        "{number}: the time limit for arbitration ends on {deadline}; "
        "remind the applicant to apply in time"
    ),
    ("limitation_warning", "due"): N_(
        "{number}: the time limit for arbitration ended on {deadline}"
    ),
    ("injury_recognition", "reminder"): N_(
        "{number} work injury recognition: the employer must apply within 30 days of the "
        "accident; the worker or the union may apply until {deadline}"
    ),
    ("injury_recognition", "due"): N_(
        "{number}: the time to apply for work injury recognition ended on {deadline}"
    ),
    ("acceptance_decision", "reminder"): N_(
        "{number}: decide by {deadline} whether to accept the case"
    ),
    ("acceptance_decision", "due"): N_(
        "{number}: the acceptance decision is overdue (time limit {deadline})"
    ),
    ("mediation_limit", "reminder"): N_(
        "{number}: the mediation period ends on {deadline}; reach an agreement soon "
        "or extend it with both parties' consent"
    ),
    ("mediation_limit", "due"): N_(
        "{number}: the mediation period ended without agreement; mediation is deemed failed"
    ),
    ("applicant_notice", "reminder"): N_(
        "{number}: tell the applicant that they may apply for arbitration, and record the "
        "date and the means (time limit {deadline})"
    ),
    ("applicant_notice", "due"): N_(
        "{number}: the applicant has not been told yet that they may apply for arbitration "
        "(time limit {deadline})"
    ),
    ("instalment_due", "reminder"): N_(
        "{number}: instalment {instalment} is due today; urge the employer to pay"
    ),
    ("instalment_due", "due"): N_(
        "{number}: instalment {instalment} is overdue; the agreement is not performed"
    ),
    ("follow_up_call", "due"): N_("{number}: make the follow-up call and record its result"),
    ("aid_review", "due"): N_("{number}: the aid review is overdue (time limit {deadline})"),
    ("public_notice", "due"): N_(
        "{number}: the public notice ended with no objection; the aid moves to payout"
    ),
    ("aid_follow_up", "due"): N_("{number}: make the aid follow-up visit"),
    ("review_afterwards", "reminder"): N_(
        "{number}: emergency aid was paid first: complete the review, the home visit and "
        "the household file (time limit {deadline})"
    ),
    ("review_afterwards", "due"): N_(
        "{number}: the review, home visit and household file after emergency aid are "
        "overdue (time limit {deadline})"
    ),
}
# Recorded on the trail when mediation is deemed failed (《劳动争议调解仲裁法》 art. 14):
# only what the system did. Telling the applicant is the mediator's, recorded by them
# (tell_applicant, with the date and the means).
NOTES = {
    "deem_failed": "调解期限于 {deadline} 届满，未达成调解协议，系统依法视为调解不成"
    "（《劳动争议调解仲裁法》第十四条）；待调解员告知申请人可以申请仲裁。",
}


def claim_due(*, db_session: Session, now: datetime | None = None) -> list[int]:
    """Mark a batch of due timers dispatched and return their ids (two sweeps at once
    never claim the same timer; see ``service.db.claim``).

    Dispatched timers whose message was lost come first, then pending ones by due
    time: two claims, each of which reads ``ix_timers_status_due`` in its order (one
    status, by due time) and stops at the batch, however many are due.
    """
    now = now or utcnow()
    claimed: list[int] = []
    for claimable in (
        and_(CaseTimer.status == "dispatched", CaseTimer.dispatched_at < now - STALE_DISPATCH),
        and_(CaseTimer.status == "pending", CaseTimer.due_at <= now),
    ):
        claimed += claim(
            db_session,
            CaseTimer,
            claimable=claimable,
            order_by=CaseTimer.due_at,
            limit=BATCH - len(claimed),
            values={"status": "dispatched", "dispatched_at": now},
        )
        if len(claimed) == BATCH:
            break
    return claimed


def _recipients(db_session: Session, case: Case, who: tuple[str, ...], known: Known) -> list[int]:
    people = [case.assignee_id] if "assignee" in who and case.assignee_id else []
    if "supervisors" in who or not people:
        people += known.supervisors_of(db_session, case.unit)
    return people


# A case's timer and its case with its unit, both locked in one statement (timer, then
# case, the order every firing takes); a household file's timer has no case to join.
_TIMER_AND_CASE = (
    select(CaseTimer, Case)
    .join(Case, Case.id == CaseTimer.case_id)
    .options(joinedload(Case.unit, innerjoin=True))
    .where(CaseTimer.id == bindparam("timer_id"))
    .with_for_update(of=[CaseTimer, Case], **FOR_CHANGE)
)


def fire_timer(*, db_session: Session, timer_id: int, known: Known | None = None) -> str:
    """Do what a dispatched timer is for, once; returns what happened.

    It re-reads the case: a timer whose state the case has left, or whose action
    the workflow no longer allows, is cancelled instead. ``known`` carries the
    supervisors and addresses already read by the chunk's earlier timers.
    """
    known = known if known is not None else Known()
    found = db_session.execute(_TIMER_AND_CASE, {"timer_id": timer_id}).first()
    if found is None:  # a household file's timer, or none
        household_timer = db_session.get(CaseTimer, timer_id, with_for_update=True)
        if household_timer is None or household_timer.status != "dispatched":
            return "skipped"
        return reminders.fire(db_session=db_session, timer=household_timer, known=known)
    timer, case = found
    if timer.status != "dispatched":
        return "skipped"
    spec = WORKFLOWS[case.type].timers.get(timer.kind)
    if spec is None or (timer.state is not None and case.status != timer.state):
        # Its state was left, or its kind is no longer the workflow's (a case's yearly
        # re-verification before it became the household file's).
        timer.status = "cancelled"
        return "cancelled"
    action = spec.on_due if timer.purpose == "due" and spec.on_due != "escalate" else None
    deadline = (timer.deadline_at.astimezone(CHINA) - timedelta(days=1)).date()
    if action is not None:
        try:
            fire(
                db_session=db_session,
                case=case,
                actor=SYSTEM_ACTOR,
                actor_id=None,
                action=action,
                note=NOTES.get(action, "").format(deadline=deadline.isoformat()),
            )
        except Refused:
            timer.status = "cancelled"
            return "cancelled"
    who = spec.notify + (
        ("supervisors",) if timer.purpose == "due" and spec.on_due == "escalate" else ()
    )
    message = N_(
        MESSAGES[(timer.kind, timer.purpose)],
        number=case.number,
        deadline=deadline,
        instalment=timer.instalment,
    )
    known.tell(
        db_session, timer, user_ids=_recipients(db_session, case, who, known), message=message,
        case_id=case.id,
    )  # fmt: skip
    timer.status, timer.fired_at = "fired", utcnow()
    log.info(
        "timer fired", extra={"case_id": case.id, "timer": timer.kind, "purpose": timer.purpose}
    )
    return "fired"
