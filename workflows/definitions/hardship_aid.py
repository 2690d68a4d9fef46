"""Hardship aid 困难职工帮扶 (DESIGN §2.2): review, home visit, notice, approval, payout."""

from __future__ import annotations

from workflows.data import Field, choice, text
from workflows.definitions.labour_dispute import SATISFACTION
from workflows.definitions.records import records
from workflows.engine import (
    ANY_OPEN,
    ANY_STATE,
    ASSIGNED,
    STAFF,
    SYSTEM,
    State,
    Timer,
    Workflow,
    move,
)
from workflows.households import (
    file_complete,
    home_visit_recorded,
    household_active,
    within_the_cap,
)

HARDSHIP_LEVELS = ("deep", "relative", "accident")
OUTCOMES = ("aid_paid", "referred_elsewhere", "other")
# Outcomes that count as resolved in the resolution rate: the household received the aid.
RESOLVING_OUTCOMES = frozenset({"aid_paid"})


HARDSHIP_AID = Workflow(
    case_type="hardship_aid",
    states={
        state.name: state
        for state in (
            State("registered"),
            State("under_review", timers=("aid_review",)),
            State("proposed"),
            State("public_notice", timers=("public_notice",)),
            State("payout"),
            State("emergency_payout"),
            State("review_afterwards", timers=("review_afterwards",)),
            State("follow_up", timers=("aid_follow_up",)),
            State("closed", closed=True),
            State("rejected", closed=True),
            State("withdrawn", closed=True),
        )
    },
    transitions=(
        move("route", "registered", "under_review", SYSTEM),
        # A campaign 送温暖/金秋助学: the confirmed list is the approval, the aid is paid out.
        move(
            "grant_in_campaign", "registered", "payout", "supervisor",
            requires=(Field("amount", "money"), text("campaign", max_length=200)),
            guards=("not_list_builder",),
        ),
        move(
            "propose", "under_review", "proposed", ASSIGNED,
            # The home visit is a record (POST /households/{id}/visits), not a date here.
            requires=(Field("amount", "money"), choice("hardship_level", *HARDSHIP_LEVELS)),
            checks=(household_active, file_complete, home_visit_recorded, within_the_cap),
        ),
        move(
            "reject", "under_review", "rejected", ASSIGNED, "supervisor",
            requires=(text("reason"),),
        ),
        # Emergency aid is paid first and reviewed afterwards, so it skips the notice.
        move(
            "approve", "proposed", "public_notice", "supervisor", guards=("not_proposer",),
            # Another case may have been paid since the proposal, or the household exited.
            checks=(household_active, within_the_cap),
            target_by_category={"emergency": "payout"},
        ),
        move("return", "proposed", "under_review", "supervisor", requires=(text("reason"),)),
        move("object", "public_notice", "under_review", STAFF, requires=(text("objection"),)),
        move("notice_passed", "public_notice", "payout", SYSTEM),
        move("disburse", "payout", "follow_up", SYSTEM),
        # Emergency aid is paid first on a supervisor's decision, within the emergency cap;
        # the review, the home visit and the household file follow the payout (no notice).
        move(
            "pay_first", "under_review", "emergency_payout", "supervisor",
            requires=(Field("amount", "money"),), guards=("emergency_only",),
            checks=(household_active, within_the_cap),
        ),
        move("disburse", "emergency_payout", "review_afterwards", SYSTEM),
        move(
            "complete_review", "review_afterwards", "follow_up", ASSIGNED, "supervisor",
            # The review completes the household file and records the home visit on it.
            requires=(choice("hardship_level", *HARDSHIP_LEVELS),),
            checks=(file_complete, home_visit_recorded),
        ),
        move(
            "close", "follow_up", "closed", ASSIGNED, "supervisor",
            requires=(choice("outcome", *OUTCOMES), choice("satisfaction", *SATISFACTION)),
        ),
        move("withdraw", ANY_OPEN, "withdrawn", ASSIGNED, "supervisor", requires=(text("reason"),)),
    ),
    # Records on the trail that leave the state: who makes each is in records.py.
    records=records(
        record_payment=("payout", "emergency_payout"),
        assign=(ANY_OPEN,),
        # The household file is visited after the case is closed too (follow-up care).
        visit=(ANY_STATE,),
    ),
    timers={
        timer.kind: timer
        for timer in (
            Timer("aid_review", anchor="received_at", working_days=15, on_due="escalate",
                  notify=("assignee", "supervisors")),
            Timer("public_notice", anchor="entered", working_days=5, on_due="notice_passed"),
            Timer("aid_follow_up", anchor="entered", days=30, on_due="escalate"),
            # Paid first: review, visit and file are in the worklist until recorded.
            Timer("review_afterwards", anchor="entered", working_days=15, reminders=(0,),
                  on_due="escalate", notify=("assignee", "supervisors")),
        )
    },
)  # fmt: skip
