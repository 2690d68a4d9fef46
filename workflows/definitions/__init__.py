"""The workflows of unioncase's case types, by case type."""

from workflows.definitions import hardship_aid, labour_dispute
from workflows.definitions.consultation import CONSULTATION
from workflows.definitions.hardship_aid import HARDSHIP_AID
from workflows.definitions.labour_dispute import LABOUR_DISPUTE
from workflows.engine import Workflow

WORKFLOWS: dict[str, Workflow] = {
    workflow.case_type: workflow for workflow in (LABOUR_DISPUTE, HARDSHIP_AID, CONSULTATION)
}

# Every state in which a case of some type is closed.
CLOSED_STATES: frozenset[str] = frozenset().union(*(w.closed_states for w in WORKFLOWS.values()))

# Closing outcomes that count as resolved 化解 in the resolution rate, by case type.
# Consultations are answered, not resolved: they stay out of case figures.
RESOLVING_OUTCOMES: dict[str, frozenset[str]] = {
    "labour_dispute": labour_dispute.RESOLVING_OUTCOMES,
    "hardship_aid": hardship_aid.RESOLVING_OUTCOMES,
}
