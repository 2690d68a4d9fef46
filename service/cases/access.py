"""Who may do what on a case: the workflow's tables decide, in one function (``check``).

Transitions and the records that leave the state (a payment, a session, a visit)
are declared with who may do them in ``workflows/definitions``; the scope rule,
that a case outside the caller's units is not found, is ``service.get``'s.
"""

from __future__ import annotations

from typing import Any

from service.auth.service import Caller
from service.cases.models import Case
from service.domain_errors import Conflict, DomainError, Invalid, NotAllowed
from workflows.definitions import WORKFLOWS
from workflows.engine import SYSTEM_ACTOR, Actor, Refused


def actor_for(caller: Caller | None, case: Case) -> Actor:
    """``caller`` as the workflow sees them on ``case``; None is the system."""
    if caller is None:
        return SYSTEM_ACTOR
    return Actor(
        role=caller.role, user_id=caller.user_id, is_assignee=case.assignee_id == caller.user_id
    )


def check(
    caller: Caller | None, case: Case, action: str, facts: dict[str, Any] | None = None
) -> None:
    """Refuse ``action`` on ``case`` unless ``caller`` (None: the system) may do it now.

    The one test of who may do what on a case, a transition or a record: the
    workflow's tables decide (``Workflow.may``). The scope rule comes first: a case
    outside the caller's units is not found (``service.get``). A transition's guards
    read ``facts`` (``facts_of``); a record needs none.
    """
    try:
        WORKFLOWS[case.type].may(case.status, action, actor_for(caller, case), facts or {})
    except Refused as refused:
        raise refusal_error(refused) from None


def allows(caller: Caller | None, case: Case, action: str) -> bool:
    """Whether ``check`` lets ``caller`` record ``action`` on ``case`` now (what a page offers)."""
    try:
        check(caller, case, action)
    except DomainError:
        return False
    return True


def refusal_error(refused: Refused) -> DomainError:
    if refused.reason == "not_allowed_now":
        return Conflict(refused.message, code="action_not_allowed", allowed_actions=refused.allowed)
    if refused.reason == "not_now":
        return Conflict(refused.message, code=refused.code)
    if refused.reason == "invalid_data":
        return Invalid(refused.message, fields={"data": refused.fields})
    return NotAllowed(refused.message)
