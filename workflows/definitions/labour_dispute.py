"""Labour-dispute mediation 劳动争议调解 (DESIGN §2.1; 《劳动争议调解仲裁法》 arts. 12–16)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workflows.data import Field, FieldErrors, choice, text
from workflows.definitions.records import records
from workflows.engine import ANY_OPEN, ASSIGNED, SYSTEM, State, Timer, Workflow, move
from workflows.messages import N_

SATISFACTION = ("satisfied", "not_satisfied", "unreachable")
OUTCOMES = ("agreement_performed", "arbitration", "court", "unresolved")
NOTICE_MEANS = ("in_person", "phone", "letter", "sms")
# The actions that interrupt the arbitration limitation period, which then runs anew
# from that day (art. 27 §2), and the event each is; the application itself (receipt)
# interrupts it at intake.
LIMITATION_RESTARTS = {
    "agree": "agree",
    "fail": "referral",
    "refer": "referral",
    "tell_applicant": "referral",
}
# Outcomes that count as resolved in the resolution rate: the agreement was carried out.
# Arbitration, a court or no result leave the dispute for others to settle.
RESOLVING_OUTCOMES = frozenset({"agreement_performed"})


def _instalments_sum_to_amount(data: dict[str, Any], _facts: Mapping[str, Any]) -> FieldErrors:
    total = sum(item["amount"] for item in data["instalments"])
    if total != data["amount"]:
        return {
            "instalments": [
                N_(
                    "add up to {total}, not the agreed {amount}",
                    total=f"{total:.2f}",
                    amount=f"{data['amount']:.2f}",
                )
            ]
        }
    return {}


def _extension_moves_the_end_later(data: dict[str, Any], facts: Mapping[str, Any]) -> FieldErrors:
    current = facts.get("mediation_ends_on")
    if current is not None and data["new_end_on"] <= current:
        return {
            "new_end_on": [N_("must be after the current end of mediation, {date}", date=current)]
        }
    return {}


def _told_on_not_in_the_future(data: dict[str, Any], facts: Mapping[str, Any]) -> FieldErrors:
    today = facts.get("today")
    if today is not None and data["told_on"] > today:
        return {"told_on": [N_("may not be in the future")]}
    return {}


LABOUR_DISPUTE = Workflow(
    case_type="labour_dispute",
    states={
        state.name: state
        for state in (
            State("registered", timers=("limitation_warning", "injury_recognition")),
            State("under_review", timers=("acceptance_decision",)),
            State("in_mediation", timers=("mediation_limit",)),
            State("awaiting_payment", timers=("instalment_due",)),
            State("defaulted"),
            State("deemed_failed", timers=("applicant_notice",)),
            State("referred", then="follow"),
            State("follow_up", timers=("follow_up_call",)),
            State("closed", closed=True),
            State("rejected", closed=True),
            State("withdrawn", closed=True),
        )
    },
    transitions=(
        move("route", "registered", "under_review", SYSTEM),
        move("accept", "under_review", "in_mediation", ASSIGNED, "supervisor"),
        move(
            "reject", "under_review", "rejected", ASSIGNED, "supervisor",
            requires=(text("reason"), text("advice")),
        ),
        move(
            "extend", "in_mediation", "in_mediation", ASSIGNED,
            requires=(Field("new_end_on", "date"), Field("both_parties_consent", "consent")),
            checks=(_extension_moves_the_end_later,),
        ),
        move(
            "agree", "in_mediation", "awaiting_payment", ASSIGNED,
            requires=(
                Field("amount", "money"),
                Field("instalments", "instalments"),
                Field("signed_by_both", "consent"),
            ),
            checks=(_instalments_sum_to_amount,),
        ),
        move("fail", "in_mediation", "referred", ASSIGNED, requires=(text("reason"),)),
        # The system records only what it did; the mediator records telling the applicant.
        move("deem_failed", "in_mediation", "deemed_failed", SYSTEM),
        move(
            "tell_applicant", "deemed_failed", "referred", ASSIGNED, "supervisor",
            requires=(Field("told_on", "date"), choice("means", *NOTICE_MEANS)),
            checks=(_told_on_not_in_the_future,),
        ),
        move("default", "awaiting_payment", "defaulted", SYSTEM),
        move("settle", "awaiting_payment", "follow_up", SYSTEM),
        move("settle", "defaulted", "follow_up", SYSTEM),
        move(
            "refer", "defaulted", "referred", ASSIGNED,
            requires=(choice("advice", "arbitration", "payment_order"),),
        ),
        move("follow", "referred", "follow_up", SYSTEM),
        move(
            "close", "follow_up", "closed", ASSIGNED, "supervisor",
            requires=(choice("outcome", *OUTCOMES), choice("satisfaction", *SATISFACTION)),
        ),
        move("reopen", "follow_up", "in_mediation", "supervisor", requires=(text("reason"),)),
        move("withdraw", ANY_OPEN, "withdrawn", ASSIGNED, "supervisor", requires=(text("reason"),)),
    ),
    # Records on the trail that leave the state: who makes each is in records.py.
    records=records(
        log_session=("in_mediation",),
        record_payment=("awaiting_payment", "defaulted"),
        calculate_severance=(ANY_OPEN,),
        record_employment_end=(ANY_OPEN,),
        assign=(ANY_OPEN,),
    ),
    timers={
        timer.kind: timer
        for timer in (
            # Arbitration limitation (art. 27): warn 60, 30 and 7 days before it.
            Timer("limitation_warning", anchor="limitation_on", reminders=(-60, -30, -7),
                  lasts="case"),
            # Work injury (工伤保险条例 art. 17): the employer applies within 30 days of the
            # accident; failing that the worker or the union may, within a year.
            Timer("injury_recognition", anchor="accident_on", years=1, reminders=(30, 335),
                  lasts="case"),
            # Accept or refuse within 3 working days of receipt (2011 rule art. 22).
            Timer("acceptance_decision", anchor="received_at", working_days=3, reminders=(2,),
                  on_due="escalate", notify=("assignee", "supervisors")),
            # No agreement within 15 days of receipt (or by the agreed extension): mediation
            # is deemed failed (art. 14); remind on days 10 and 13. The one source of the
            # mediation period: the end date, the extension check and a reopening read it.
            Timer("mediation_limit", anchor="mediation_start", days=15, reminders=(10, 13),
                  on_due="deem_failed"),
            # Deemed failed: the mediator tells the applicant of the right to arbitrate,
            # in the worklist at once; the supervisors hear of it after 2 working days.
            Timer("applicant_notice", anchor="entered", working_days=2, reminders=(0,),
                  on_due="escalate"),
            # Each instalment: remind on its due date, default after the grace period.
            Timer("instalment_due", anchor="instalment", days=3, reminders=(0,), on_due="default"),
            # A follow-up call 15 days after the last payment or the referral.
            Timer("follow_up_call", anchor="entered", days=15, on_due="escalate"),
        )
    },
)  # fmt: skip
