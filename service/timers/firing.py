"""The sweep that claims due timers, and what a timer does when it fires."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import and_, or_
from sqlalchemy.orm import Session

from service.cases.models import Case
from service.cases.transitions import fire
from service.db import claim, utcnow
from service.notifications.service import notify, supervisors_of
from service.timers.models import CaseTimer
from workflows.calendar import CHINA
from workflows.definitions import WORKFLOWS
from workflows.engine import SYSTEM_ACTOR, Refused

log = logging.getLogger(__name__)

BATCH = 500
# A timer dispatched this long ago whose task never ran (its message was lost) goes again.
STALE_DISPATCH = timedelta(minutes=10)
FIRE_TASK = "unioncase.fire_timer"

# What each timer tells people, by kind and purpose; {deadline} is the period's last day.
MESSAGES: dict[tuple[str, str], str] = {
    (
        "limitation_warning",
        "reminder",
    ): "{number} 仲裁时效将于 {deadline} 届满，请提醒申请人及时申请仲裁",
    ("limitation_warning", "due"): "{number} 仲裁时效已于 {deadline} 届满",
    ("injury_recognition", "reminder"): "{number} 工伤认定：单位应在事故后30日内申请；"
    "本人或工会申请期限至 {deadline}",
    ("injury_recognition", "due"): "{number} 工伤认定申请期限已于 {deadline} 届满",
    ("acceptance_decision", "reminder"): "{number} 请在 {deadline} 前作出是否受理的决定",
    ("acceptance_decision", "due"): "{number} 受理决定已超期（期限 {deadline}）",
    (
        "mediation_limit",
        "reminder",
    ): "{number} 调解期限 {deadline} 届满，请尽快促成协议或经双方同意延长",
    (
        "mediation_limit",
        "due",
    ): "{number} 调解期满未达成协议，已视为调解不成",
    ("applicant_notice", "reminder"): "{number} 请告知申请人可以申请仲裁，并记录告知日期和方式"
    "（期限 {deadline}）",
    ("applicant_notice", "due"): "{number} 尚未告知申请人可以申请仲裁（期限 {deadline}）",
    ("instalment_due", "reminder"): "{number} 第{instalment}期款项今日到期，请督促履行",
    ("instalment_due", "due"): "{number} 第{instalment}期款项逾期未付，协议未履行",
    ("follow_up_call", "due"): "{number} 请进行回访并记录结果",
    ("aid_review", "due"): "{number} 帮扶审核已超期（期限 {deadline}）",
    ("public_notice", "due"): "{number} 公示期满无异议，转入发放",
    ("aid_follow_up", "due"): "{number} 请进行帮扶回访",
    ("review_afterwards", "reminder"): "{number} 应急救助已先行发放：请补做审核、入户走访并建档"
    "（期限 {deadline}）",
    (
        "review_afterwards",
        "due",
    ): "{number} 应急救助的事后审核、入户走访和建档已超期（期限 {deadline}）",
    ("reverification", "reminder"): "{number} 困难职工档案年度复核将于 {deadline} 到期",
    ("reverification", "due"): "{number} 困难职工档案年度复核已到期",
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
    never claim the same timer; see ``service.db.claim``)."""
    now = now or utcnow()
    claimable = or_(
        and_(CaseTimer.status == "pending", CaseTimer.due_at <= now),
        and_(CaseTimer.status == "dispatched", CaseTimer.dispatched_at < now - STALE_DISPATCH),
    )
    return claim(
        db_session,
        CaseTimer,
        claimable=claimable,
        order_by=CaseTimer.due_at,
        limit=BATCH,
        values={"status": "dispatched", "dispatched_at": now},
    )


def _recipients(db_session: Session, case: Case, who: tuple[str, ...]) -> list[int]:
    people = [case.assignee_id] if "assignee" in who and case.assignee_id else []
    if "supervisors" in who or not people:
        people += supervisors_of(db_session=db_session, unit=case.unit, above=False)
    return list(dict.fromkeys(people))


def fire_timer(*, db_session: Session, timer_id: int) -> str:
    """Do what a dispatched timer is for, once; returns what happened.

    It re-reads the case: a timer whose state the case has left, or whose action
    the workflow no longer allows, is cancelled instead.
    """
    timer = db_session.get(CaseTimer, timer_id, with_for_update=True)
    if timer is None or timer.status != "dispatched":
        return "skipped"
    case = db_session.get(Case, timer.case_id, with_for_update={"of": Case})
    assert case is not None
    if timer.state is not None and case.status != timer.state:
        timer.status = "cancelled"
        return "cancelled"
    spec = WORKFLOWS[case.type].timers[timer.kind]
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
    message = MESSAGES[(timer.kind, timer.purpose)].format(
        number=case.number, deadline=deadline.isoformat(), instalment=timer.instalment
    )
    notify(
        db_session=db_session,
        user_ids=_recipients(db_session, case, who),
        case_id=case.id,
        kind=f"{timer.kind}.{timer.purpose}",
        message=message,
        source_key=f"timer:{timer.id}",
        due_at=timer.due_at,
        deadline_at=timer.deadline_at,
    )
    timer.status, timer.fired_at = "fired", utcnow()
    log.info(
        "timer fired", extra={"case_id": case.id, "timer": timer.kind, "purpose": timer.purpose}
    )
    return "fired"
