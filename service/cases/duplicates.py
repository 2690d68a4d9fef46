"""Open cases of one person, employer and category registered by more than one unit.

Intake looks for duplicates only within the new case's unit, so that no unit learns
of another's cases; a supervisor above several units sees the ones across them here.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from service.auth.service import Caller
from service.cases.models import Case
from workflows.case_types import CASE_TYPES


def _open(case_type: str) -> Any:
    return (Case.type == case_type) & Case.status.not_in(CASE_TYPES[case_type].closed_states)


def across_units(*, db_session: Session, caller: Caller) -> list[dict[str, Any]]:
    """Each group of such cases in the caller's scope: numbers and units, no party data."""
    in_scope = (
        Case.unit_id.in_(caller.scope_unit_ids),
        Case.claimant_id_number.is_not(None),
        or_(*(_open(code) for code in CASE_TYPES if code != "consultation")),
    )
    # The people with open cases of one category in more than one unit, by index;
    # the employer is compared below, on those few cases only.
    shared = (
        select(Case.claimant_id_number, Case.category)
        .where(*in_scope)
        .group_by(Case.claimant_id_number, Case.category)
        .having(func.count(Case.unit_id.distinct()) > 1)
        .subquery()
    )
    cases = db_session.scalars(
        select(Case)
        .join(
            shared,
            (shared.c.claimant_id_number == Case.claimant_id_number)
            & (shared.c.category == Case.category),
        )
        .where(*in_scope)
        .options(selectinload(Case.unit))
        .order_by(Case.number)
    ).all()
    groups: dict[tuple[Any, ...], list[Case]] = defaultdict(list)
    for case in cases:
        employer = case.employer_credit_code or (
            case.employer_name and f"name:{case.employer_name}"
        )
        groups[(case.claimant_id_number, case.type, case.category, employer)].append(case)
    return [
        {
            "category": members[0].category,
            "cases": [{"number": c.number, "unit": c.unit.code} for c in members],
        }
        for members in groups.values()
        if len({c.unit_id for c in members}) > 1
    ]
