"""Consultation 咨询 (DESIGN §2.3): answered at once, or converted into a full case."""

from __future__ import annotations

from workflows.data import Field, text
from workflows.definitions.records import records
from workflows.engine import ANY_OPEN, State, Workflow, move

CONSULTATION = Workflow(
    case_type="consultation",
    states={"registered": State("registered"), "closed": State("closed", closed=True)},
    transitions=(
        move("answer", "registered", "closed", "intake", "supervisor", requires=(text("answer"),)),
        move(
            "convert", "registered", "closed", "intake", "supervisor",
            requires=(Field("case", "object"),),
        ),
    ),
    records=records(assign=(ANY_OPEN,)),
)  # fmt: skip
