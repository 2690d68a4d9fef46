"""The case actions that are records on the trail, not moves: who makes each, and the refusals.

Each workflow says in which of its states each may be made (``records(...)``); a kind
it does not name is refused in every state of that type of case.
"""

from __future__ import annotations

from collections.abc import Collection

from workflows.engine import ASSIGNED, SYSTEM, DefinitionError, Record, record
from workflows.messages import N_

RECORD_PAYMENT = record(
    "record_payment",
    ASSIGNED,
    "supervisor",
    forbidden=N_("only the case's assignee or a supervisor records payments"),
    not_now=N_("no payment is due while the case is {status}"),
)
LOG_SESSION = record(
    "log_session",
    ASSIGNED,
    "supervisor",
    forbidden=N_("only the case's mediator or a supervisor logs its sessions"),
    not_now=N_("sessions are logged while a dispute is in mediation; this case is {status}"),
)
CALCULATE_SEVERANCE = record(
    "calculate_severance",
    ASSIGNED,
    "supervisor",
    forbidden=N_("only the case's mediator or a supervisor attaches a calculation"),
    not_now=N_("severance is calculated on an open labour dispute; this case is {status}"),
)
RECORD_EMPLOYMENT_END = record(
    "record_employment_end",
    ASSIGNED,
    "supervisor",
    forbidden=N_("only the case's assignee or a supervisor records this"),
    not_now=N_("the end of employment is recorded on an open labour dispute"),
)
# The system routes a case at intake and gives out the waiting ones; a supervisor reassigns.
ASSIGN = record(
    "assign",
    "supervisor",
    SYSTEM,
    forbidden=N_("only a supervisor assigns a case"),
    not_now=N_("a closed case cannot be reassigned"),
    code="case_closed",
)
# A visit goes on the household file; a hardship case has one, whatever its state.
VISIT = record(
    "visit", "caseworker", "supervisor",
    forbidden=N_("only a caseworker or a supervisor records a visit"),
    not_now=N_("only a hardship case has a household to visit"),
    code="conflict",
)  # fmt: skip

KINDS: dict[str, Record] = {
    kind.action: kind
    for kind in (
        RECORD_PAYMENT, LOG_SESSION, CALCULATE_SEVERANCE, RECORD_EMPLOYMENT_END, ASSIGN, VISIT
    )
}  # fmt: skip


def records(**states: Collection[str]) -> dict[Record, Collection[str]]:
    """Every kind of record, with the states a workflow allows it in (none unless named)."""
    unknown = set(states) - set(KINDS)
    if unknown:
        raise DefinitionError(f"unknown records {sorted(unknown)}")
    return {kind: states.get(action, ()) for action, kind in KINDS.items()}
