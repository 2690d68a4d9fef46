"""The engine and the three workflows of DESIGN §2, without a database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from workflows.data import Field
from workflows.definitions import WORKFLOWS
from workflows.engine import (
    SYSTEM_ACTOR,
    Actor,
    DefinitionError,
    Refused,
    State,
    Timer,
    Workflow,
    mermaid,
    move,
)

DISPUTE = WORKFLOWS["labour_dispute"]
AID = WORKFLOWS["hardship_aid"]
CONSULTATION = WORKFLOWS["consultation"]

MEDIATOR = Actor("mediator", user_id=7, is_assignee=True)
OTHER_MEDIATOR = Actor("mediator", user_id=8)
SUPERVISOR = Actor("supervisor", user_id=9)
INTAKE = Actor("intake", user_id=3)
AGREEMENT = {
    "amount": "8600.00",
    "instalments": [
        {"due_on": "2026-12-01", "amount": "4300.00"},
        {"due_on": "2027-01-01", "amount": "4,300"},
    ],
    "signed_by_both": True,
}


def decide(workflow: Workflow, state: str, action: str, actor: Actor, data=None, **facts):  # type: ignore[no-untyped-def]
    category = facts.pop("category", "")
    return workflow.decide(
        state=state, action=action, actor=actor, data=data, facts=facts, category=category
    )


def test_dispute_happy_path() -> None:
    assert decide(DISPUTE, "registered", "route", SYSTEM_ACTOR).target == "under_review"
    assert decide(DISPUTE, "under_review", "accept", MEDIATOR).target == "in_mediation"
    agreed = decide(DISPUTE, "in_mediation", "agree", MEDIATOR, AGREEMENT)
    assert agreed.target == "awaiting_payment"
    assert agreed.data["amount"] == Decimal("8600.00")
    assert agreed.data["instalments"][1] == {"due_on": date(2027, 1, 1), "amount": Decimal("4300")}
    assert decide(DISPUTE, "awaiting_payment", "settle", SYSTEM_ACTOR).target == "follow_up"
    closing = {"outcome": "agreement_performed", "satisfaction": "satisfied"}
    assert decide(DISPUTE, "follow_up", "close", MEDIATOR, closing).target == "closed"


def test_only_the_assigned_mediator_or_a_supervisor_accepts() -> None:
    assert decide(DISPUTE, "under_review", "accept", SUPERVISOR).target == "in_mediation"
    for actor in (OTHER_MEDIATOR, INTAKE, SYSTEM_ACTOR):
        with pytest.raises(Refused) as refused:
            decide(DISPUTE, "under_review", "accept", actor)
        assert refused.value.reason == "not_permitted"


def test_action_not_possible_in_state_lists_what_is() -> None:
    with pytest.raises(Refused) as refused:
        decide(DISPUTE, "under_review", "agree", MEDIATOR, AGREEMENT)
    assert refused.value.reason == "not_allowed_now"
    assert refused.value.allowed == ["accept", "reject", "withdraw"]


def test_system_actions_are_not_for_people() -> None:
    for state, action in [("registered", "route"), ("in_mediation", "deem_failed")]:
        with pytest.raises(Refused) as refused:
            decide(DISPUTE, state, action, SUPERVISOR)
        assert refused.value.reason == "not_permitted"


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        ({}, {"amount", "instalments", "signed_by_both"}),
        ({**AGREEMENT, "signed_by_both": False}, {"signed_by_both"}),
        ({**AGREEMENT, "amount": "8600.001"}, {"amount"}),
        ({**AGREEMENT, "amount": 8600}, {"amount"}),  # a JSON number may have lost its 分
        ({**AGREEMENT, "amount": 8600.5}, {"amount"}),
        ({**AGREEMENT, "amount": "9000.00"}, {"instalments"}),
        ({**AGREEMENT, "instalments": []}, {"instalments"}),
        ({**AGREEMENT, "instalments": [{"due_on": "2026-12-01"}]}, {"instalments"}),
        ({**AGREEMENT, "instalments": list(reversed(AGREEMENT["instalments"]))}, {"instalments"}),
        ({**AGREEMENT, "extra": 1}, {"extra"}),
    ],
)
def test_agreement_data_is_checked_per_field(data: dict, fields: set[str]) -> None:
    with pytest.raises(Refused) as refused:
        decide(DISPUTE, "in_mediation", "agree", MEDIATOR, data)
    assert refused.value.reason == "invalid_data"
    assert set(refused.value.fields) == fields


def test_extension_needs_consent_and_a_later_end() -> None:
    data = {"new_end_on": "2026-12-20", "both_parties_consent": True}
    ok = decide(
        DISPUTE, "in_mediation", "extend", MEDIATOR, data, mediation_ends_on=date(2026, 12, 5)
    )
    assert ok.target == "in_mediation"
    with pytest.raises(Refused) as refused:
        decide(
            DISPUTE, "in_mediation", "extend", MEDIATOR, data, mediation_ends_on=date(2026, 12, 21)
        )
    assert set(refused.value.fields) == {"new_end_on"}
    with pytest.raises(Refused) as refused:
        decide(DISPUTE, "in_mediation", "extend", MEDIATOR, {**data, "both_parties_consent": "yes"})
    assert set(refused.value.fields) == {"both_parties_consent"}


def test_refer_after_default_takes_arbitration_or_payment_order() -> None:
    assert decide(DISPUTE, "defaulted", "refer", MEDIATOR, {"advice": "payment_order"}).target == (
        "referred"
    )
    with pytest.raises(Refused):
        decide(DISPUTE, "defaulted", "refer", MEDIATOR, {"advice": "court"})


def test_referred_moves_on_to_follow_up_by_itself() -> None:
    assert DISPUTE.states["referred"].then == "follow"


def test_four_eyes_on_aid_approval() -> None:
    chair = Actor("supervisor", user_id=9, is_assignee=True)
    with pytest.raises(Refused) as refused:
        decide(AID, "proposed", "approve", chair, proposer_id=9)
    assert refused.value.reason == "guard"
    assert "four eyes" in refused.value.message
    assert "approve" not in AID.allowed("proposed", chair, {"proposer_id": 9})
    assert "approve" in AID.allowed("proposed", chair, {"proposer_id": 5})
    assert decide(AID, "proposed", "approve", chair, proposer_id=5).target == "public_notice"


def test_emergency_aid_skips_the_public_notice() -> None:
    decision = decide(AID, "proposed", "approve", SUPERVISOR, proposer_id=5, category="emergency")
    assert decision.target == "payout"


def test_any_staff_may_object_during_the_notice() -> None:
    for actor in (INTAKE, OTHER_MEDIATOR, SUPERVISOR):
        assert decide(AID, "public_notice", "object", actor, {"objection": "收入不实"}).target == (
            "under_review"
        )
    with pytest.raises(Refused):
        decide(AID, "public_notice", "object", Actor("admin", user_id=1), {"objection": "x"})


def test_withdraw_from_every_open_state_and_nothing_leaves_a_closed_one() -> None:
    for workflow in WORKFLOWS.values():
        for name, state in workflow.states.items():
            if state.closed:
                assert workflow.actions_from(name) == []
            elif workflow is not CONSULTATION:
                assert "withdraw" in [t.action for t in workflow.actions_from(name)]


def test_consultation_is_answered_or_converted() -> None:
    answered = decide(CONSULTATION, "registered", "answer", INTAKE, {"answer": "可申请金秋助学"})
    assert answered.target == "closed"
    converted = decide(CONSULTATION, "registered", "convert", INTAKE, {"case": {"type": "x"}})
    assert converted.data == {"case": {"type": "x"}}
    with pytest.raises(Refused):
        decide(CONSULTATION, "registered", "answer", MEDIATOR, {"answer": "x"})


def _states(*names: str, closed: tuple[str, ...] = ()) -> dict[str, State]:
    return {name: State(name, closed=name in closed) for name in names}


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Workflow("t", _states("a"), (), start="x"), "start state 'x'"),
        (lambda: Workflow("t", _states("registered", "b"), ()), "cannot be reached"),
        (
            lambda: Workflow("t", _states("registered"), (move("go", "registered", "nowhere", "intake"),)),
            "unknown state 'nowhere'",
        ),
        (
            lambda: Workflow(
                "t", _states("registered", "done", closed=("done",)),
                (move("go", "registered", "done", "intake"), move("back", "done", "registered", "intake")),
            ),
            "leaves a closed state",
        ),
        (
            lambda: Workflow("t", _states("registered", "b"), (move("go", "registered", "b", "boss"),)),
            "unknown roles",
        ),
        (
            lambda: Workflow(
                "t", _states("registered", "b"),
                (move("go", "registered", "b", "intake", guards=("lucky",)),),
            ),
            "unknown guard",
        ),
        (
            lambda: Workflow(
                "t", {"registered": State("registered", timers=("ghost",)), "b": State("b")},
                (move("go", "registered", "b", "intake"),),
            ),
            "unknown timer 'ghost'",
        ),
        (
            lambda: Workflow(
                "t", {"registered": State("registered", timers=("t1",)), "b": State("b")},
                (move("go", "registered", "b", "intake"),),
                timers={"t1": Timer("t1", anchor="entered", days=1, on_due="explode")},
            ),
            "unknown action 'explode'",
        ),
        (
            lambda: Workflow(
                "t", {"registered": State("registered", then="go"), "b": State("b")},
                (move("go", "registered", "b", "intake"),),
            ),
            "no system action",
        ),
    ],
)  # fmt: skip
def test_bad_definitions_fail_when_built(build, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DefinitionError, match=message):
        build()


def test_required_field_kinds_are_known() -> None:
    for workflow in WORKFLOWS.values():
        for transition in workflow.transitions:
            for field in transition.requires:
                assert isinstance(field, Field)
                assert field.kind in {
                    "text",
                    "date",
                    "money",
                    "consent",
                    "choice",
                    "instalments",
                    "object",
                }


def test_mermaid_diagram() -> None:
    diagram = mermaid(DISPUTE)
    assert diagram.startswith("stateDiagram-v2\n    [*] --> registered")
    assert "    in_mediation --> deemed_failed: deem_failed [system]" in diagram
    assert "    closed --> [*]" in diagram
    assert "proposed --> payout: approve (emergency) [supervisor]" in mermaid(AID)


def test_what_a_proposal_still_needs_comes_from_its_own_checks() -> None:
    bare = {"household_complete": False, "home_visitors": 1}
    assert set(AID.unmet("under_review", "propose", bare)) == {"household", "home_visit"}
    ready = {"household_complete": True, "home_visitors": 2}
    assert AID.unmet("under_review", "propose", ready) == {}
    assert AID.unmet("under_review", "no_such_action", bare) == {}
