"""Random actions by random people on every workflow: the rules hold whatever they try."""

from __future__ import annotations

from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from workflows.definitions import WORKFLOWS
from workflows.engine import SYSTEM_ACTOR, Actor, Refused, Workflow, _reachable

GOOD_DATA: dict[str, Any] = {
    "text": "双方同意",
    "date": "2026-12-31",
    "money": "3000.00",
    "consent": True,
    "object": {"type": "labour_dispute"},
    "instalments": [{"due_on": "2026-12-15", "amount": "3000.00"}],
}
BAD_DATA = st.sampled_from([None, "", False, "not a date", "-1", [], {}, 12.345, "3000.001"])
ACTORS = st.one_of(
    st.just(SYSTEM_ACTOR),
    st.builds(
        Actor,
        role=st.sampled_from(["intake", "mediator", "caseworker", "supervisor", "admin"]),
        user_id=st.integers(1, 3),
        is_assignee=st.booleans(),
    ),
)


def good_data(workflow: Workflow, action: str, state: str) -> dict[str, Any]:
    transition = next(t for t in workflow.actions_from(state) if t.action == action)
    data = {}
    for field in transition.requires:
        data[field.name] = field.choices[0] if field.kind == "choice" else GOOD_DATA[field.kind]
    return data


def machine_for(workflow: Workflow) -> type[RuleBasedStateMachine]:
    actions = sorted({t.action for t in workflow.transitions} | {"fly", "reopen"})
    reachable = _reachable(workflow)

    class CaseMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.state = workflow.start
            self.proposer_id: int | None = None

        def _fire(self, action: str, actor: Actor, data: Any, category: str) -> None:
            before = self.state
            facts = {"proposer_id": self.proposer_id}
            try:
                decision = workflow.decide(
                    state=before,
                    action=action,
                    actor=actor,
                    data=data,
                    facts=facts,
                    category=category,
                )
            except Refused as refused:
                assert self.state == before  # a refusal changes nothing
                if refused.reason == "not_allowed_now":
                    assert action not in [t.action for t in workflow.actions_from(before)]
                    assert set(refused.allowed) <= {t.action for t in workflow.actions_from(before)}
                return
            assert not workflow.states[before].closed  # nothing leaves a closed state
            assert actor.may(decision.transition.who)
            assert action in workflow.allowed(before, actor, facts)
            self.state = decision.target
            if action == "propose":
                self.proposer_id = actor.user_id

        @rule(
            actor=ACTORS,
            category=st.sampled_from(["wage_arrears", "emergency", "medical"]),
            data=st.data(),
        )
        def fire_with_good_data(self, actor: Actor, category: str, data: st.DataObject) -> None:
            possible = [t.action for t in workflow.actions_from(self.state)]
            action = data.draw(st.sampled_from(possible or actions))
            payload = good_data(workflow, action, self.state) if possible else {}
            self._fire(action, actor, payload, category)

        @rule(action=st.sampled_from(actions), actor=ACTORS, junk=BAD_DATA)
        def fire_anything(self, action: str, actor: Actor, junk: Any) -> None:
            self._fire(action, actor, {"reason": junk, "amount": junk}, "")

        @precondition(lambda self: not workflow.states[self.state].closed)
        @rule()
        def open_states_have_a_way_on(self) -> None:
            assert workflow.actions_from(self.state)

        @invariant()
        def state_is_reachable(self) -> None:
            assert self.state in reachable

    CaseMachine.__name__ = f"{workflow.case_type.title().replace('_', '')}Machine"
    return CaseMachine


for _workflow in WORKFLOWS.values():
    _machine = machine_for(_workflow)
    _machine.TestCase.settings = settings(max_examples=150, stateful_step_count=30, deadline=None)
    globals()[f"Test{_machine.__name__}"] = _machine.TestCase
