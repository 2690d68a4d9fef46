"""Who may do what on a case, records and transitions alike: ``Workflow.may``, no database."""

from __future__ import annotations

import pytest

from workflows.definitions import WORKFLOWS
from workflows.definitions.records import records
from workflows.engine import (
    ANY_OPEN,
    SYSTEM_ACTOR,
    Actor,
    DefinitionError,
    Refused,
    State,
    Workflow,
    move,
    record,
)
from workflows.messages import N_

DISPUTE = WORKFLOWS["labour_dispute"]
AID = WORKFLOWS["hardship_aid"]
CONSULTATION = WORKFLOWS["consultation"]

MEDIATOR = Actor("mediator", user_id=7, is_assignee=True)
OTHER_MEDIATOR = Actor("mediator", user_id=8)
CASEWORKER = Actor("caseworker", user_id=4, is_assignee=True)
OTHER_CASEWORKER = Actor("caseworker", user_id=5)
SUPERVISOR = Actor("supervisor", user_id=9)
INTAKE = Actor("intake", user_id=3)
ADMIN = Actor("admin", user_id=1)

OPEN_DISPUTE = sorted(set(DISPUTE.states) - DISPUTE.closed_states)
CLOSED_DISPUTE = sorted(DISPUTE.closed_states)

NO_PAYMENT = "no payment is due while the case is {status}"
NO_SESSION = "sessions are logged while a dispute is in mediation; this case is {status}"
NO_SEVERANCE = "severance is calculated on an open labour dispute; this case is {status}"
NO_EMPLOYMENT_END = "the end of employment is recorded on an open labour dispute"
NO_VISIT = "only a hardship case has a household to visit"
CLOSED = "a closed case cannot be reassigned"


def refusal(workflow: Workflow, state: str, action: str, actor: Actor) -> Refused | None:
    try:
        workflow.may(state, action, actor, {})
    except Refused as refused:
        return refused
    return None


ALLOWED = [
    (DISPUTE, "in_mediation", "log_session", MEDIATOR),
    (DISPUTE, "in_mediation", "log_session", SUPERVISOR),
    (DISPUTE, "awaiting_payment", "record_payment", MEDIATOR),
    (DISPUTE, "defaulted", "record_payment", SUPERVISOR),
    (AID, "payout", "record_payment", CASEWORKER),
    (AID, "emergency_payout", "record_payment", SUPERVISOR),
    *[(DISPUTE, state, "calculate_severance", MEDIATOR) for state in OPEN_DISPUTE],
    *[(DISPUTE, state, "record_employment_end", SUPERVISOR) for state in OPEN_DISPUTE],
    *[(DISPUTE, state, "assign", SUPERVISOR) for state in OPEN_DISPUTE],
    (DISPUTE, "registered", "assign", SYSTEM_ACTOR),
    (CONSULTATION, "registered", "assign", SUPERVISOR),
    # A visit goes on the household file: any caseworker of the unit, closed case or not.
    *[(AID, state, "visit", OTHER_CASEWORKER) for state in AID.states],
    (AID, "closed", "visit", SUPERVISOR),
]


@pytest.mark.parametrize(("workflow", "state", "action", "actor"), ALLOWED)
def test_records_allowed(workflow: Workflow, state: str, action: str, actor: Actor) -> None:
    assert refusal(workflow, state, action, actor) is None


NOT_PERMITTED = [
    (DISPUTE, "in_mediation", "log_session", OTHER_MEDIATOR,
     "only the case's mediator or a supervisor logs its sessions"),
    (DISPUTE, "awaiting_payment", "record_payment", INTAKE,
     "only the case's assignee or a supervisor records payments"),
    (AID, "payout", "record_payment", OTHER_CASEWORKER,
     "only the case's assignee or a supervisor records payments"),
    (DISPUTE, "in_mediation", "calculate_severance", OTHER_MEDIATOR,
     "only the case's mediator or a supervisor attaches a calculation"),
    (DISPUTE, "in_mediation", "record_employment_end", ADMIN,
     "only the case's assignee or a supervisor records this"),
    (DISPUTE, "in_mediation", "assign", MEDIATOR, "only a supervisor assigns a case"),
    (AID, "under_review", "visit", MEDIATOR, "only a caseworker or a supervisor records a visit"),
    # The wrong person is told so before the wrong state or the wrong type of case.
    (DISPUTE, "closed", "record_payment", OTHER_MEDIATOR,
     "only the case's assignee or a supervisor records payments"),
    (AID, "under_review", "log_session", OTHER_CASEWORKER,
     "only the case's mediator or a supervisor logs its sessions"),
    (DISPUTE, "in_mediation", "record_payment", SYSTEM_ACTOR,
     "only the case's assignee or a supervisor records payments"),
]  # fmt: skip


@pytest.mark.parametrize(("workflow", "state", "action", "actor", "message"), NOT_PERMITTED)
def test_records_refuse_the_wrong_person(
    workflow: Workflow, state: str, action: str, actor: Actor, message: str
) -> None:
    refused = refusal(workflow, state, action, actor)
    assert refused is not None
    assert (refused.reason, refused.message) == ("not_permitted", message)


NOT_NOW = [
    (DISPUTE, "in_mediation", "record_payment", MEDIATOR, NO_PAYMENT, "action_not_allowed"),
    (DISPUTE, "follow_up", "record_payment", SUPERVISOR, NO_PAYMENT, "action_not_allowed"),
    (AID, "proposed", "record_payment", CASEWORKER, NO_PAYMENT, "action_not_allowed"),
    (CONSULTATION, "registered", "record_payment", SUPERVISOR, NO_PAYMENT, "action_not_allowed"),
    (DISPUTE, "under_review", "log_session", MEDIATOR, NO_SESSION, "action_not_allowed"),
    (AID, "under_review", "log_session", SUPERVISOR, NO_SESSION, "action_not_allowed"),
    *[(DISPUTE, state, "calculate_severance", MEDIATOR, NO_SEVERANCE, "action_not_allowed")
      for state in CLOSED_DISPUTE],
    (AID, "under_review", "calculate_severance", SUPERVISOR, NO_SEVERANCE, "action_not_allowed"),
    (DISPUTE, "closed", "record_employment_end", MEDIATOR, NO_EMPLOYMENT_END,
     "action_not_allowed"),
    (AID, "payout", "record_employment_end", CASEWORKER, NO_EMPLOYMENT_END, "action_not_allowed"),
    (DISPUTE, "withdrawn", "assign", SUPERVISOR, CLOSED, "case_closed"),
    (AID, "closed", "assign", SYSTEM_ACTOR, CLOSED, "case_closed"),
    (CONSULTATION, "closed", "assign", SUPERVISOR, CLOSED, "case_closed"),
    (DISPUTE, "in_mediation", "visit", SUPERVISOR, NO_VISIT, "conflict"),
    (CONSULTATION, "registered", "visit", SUPERVISOR, NO_VISIT, "conflict"),
]  # fmt: skip


@pytest.mark.parametrize(("workflow", "state", "action", "actor", "template", "code"), NOT_NOW)
def test_records_refuse_the_wrong_state_or_type(
    workflow: Workflow, state: str, action: str, actor: Actor, template: str, code: str
) -> None:
    refused = refusal(workflow, state, action, actor)
    assert refused is not None
    assert (refused.reason, refused.code) == ("not_now", code)
    assert refused.message == template.format(status=state)
    # The state is named as a word to translate, like a transition's refusal names it.
    assert getattr(refused.message, "template", None) == template
    assert getattr(refused.message, "params", {}).get("status") == N_(state)


def test_may_and_decide_refuse_a_transition_alike() -> None:
    """For every transition and person, ``may`` refuses as ``decide`` does before the data."""
    actors = (MEDIATOR, OTHER_MEDIATOR, CASEWORKER, SUPERVISOR, INTAKE, ADMIN, SYSTEM_ACTOR)
    checked = 0
    for workflow in WORKFLOWS.values():
        actions = {t.action for t in workflow.transitions}
        for state in workflow.states:
            for action in actions:
                for actor in actors:
                    facts = {"proposer_id": 9, "category": "emergency", "list_builder_id": 4}
                    try:
                        workflow.decide(
                            state=state, action=action, actor=actor, data={}, facts=facts
                        )
                        decided = None
                    except Refused as refused:
                        decided = None if refused.reason == "invalid_data" else refused.reason
                    try:
                        workflow.may(state, action, actor, facts)
                        allowed = None
                    except Refused as refused:
                        allowed = refused.reason
                    assert allowed == decided, (workflow.case_type, state, action, actor)
                    checked += 1
    assert checked > 500


def test_a_guard_refuses_through_may_too() -> None:
    refused = refusal(AID, "proposed", "approve", SUPERVISOR)
    assert refused is None  # no proposer known: the four-eyes guard has nothing to refuse
    with pytest.raises(Refused) as four_eyes:
        AID.may("proposed", "approve", SUPERVISOR, {"proposer_id": SUPERVISOR.user_id})
    assert four_eyes.value.reason == "guard"


def test_every_workflow_knows_every_kind_of_record() -> None:
    kinds = {frozenset(k.action for k in workflow.records) for workflow in WORKFLOWS.values()}
    assert kinds == {
        frozenset(
            {"record_payment", "log_session", "calculate_severance", "record_employment_end",
             "assign", "visit"}
        )
    }  # fmt: skip


def _states(*names: str) -> dict[str, State]:
    return {name: State(name) for name in names}


GO = (move("go", "registered", "b", "intake"),)
NOTE = record("note", "supervisor", forbidden=N_("no"), not_now=N_("not now"))


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Workflow("t", _states("registered", "b"), GO, records={NOTE: ("nowhere",)}),
         r"record 'note' names unknown states \['nowhere'\]"),
        (lambda: Workflow("t", _states("registered", "b"), GO,
                          records={record("go", "intake", forbidden="x", not_now="y"): (ANY_OPEN,)}),
         "record 'go' is a transition too"),
        (lambda: Workflow("t", _states("registered", "b"), GO,
                          records={record("note", "boss", forbidden="x", not_now="y"): ()}),
         "record 'note' names unknown roles"),
        (lambda: records(tea_break=("registered",)), "unknown records"),
    ],
)  # fmt: skip
def test_bad_records_fail_when_built(build, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DefinitionError, match=message):
        build()
