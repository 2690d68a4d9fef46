"""Open cases of one person, employer and category registered by more than one unit.

Intake looks for duplicates only within the new case's unit, so that no unit learns
of another's cases; a supervisor above several units sees the ones across them here.
Both tell the same employer by one rule (``same_employer``).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import ColumnElement, FromClause, bindparam, func, or_, select
from sqlalchemy.orm import Session, selectinload

from service.auth.service import Caller
from service.cases.models import Case
from workflows.case_types import CASE_TYPES


def same_employer(one: Any, other: Any) -> bool:
    """Whether two cases name the same employer: the same credit code where both give
    one; otherwise the same name, for a desk often registers an employer by its name
    alone and another desk by its code. No employer on either is the same as none."""
    if one.employer_credit_code and other.employer_credit_code:
        return bool(one.employer_credit_code == other.employer_credit_code)
    return bool(one.employer_name == other.employer_name)


def same_employer_as_given(cases: FromClause, *, code: bool) -> ColumnElement[bool]:
    """``same_employer`` in SQL: whether a row of ``cases`` names the employer given as
    the parameters ``employer_name`` and, if ``code``, ``credit_code``. (No employer
    given is ``employer_name IS NULL``: a parameter that is None matches no row.)"""
    named = cases.c.employer_name == bindparam("employer_name")
    if not code:
        return named
    return (cases.c.employer_credit_code == bindparam("credit_code")) | (
        cases.c.employer_credit_code.is_(None) & named
    )


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
    people: dict[tuple[Any, ...], list[list[Case]]] = defaultdict(list)
    for case in cases:
        # Each person's few cases in groups of the same employer, each case in the
        # first group of the same employer as its first case.
        groups = people[(case.claimant_id_number, case.type, case.category)]
        group = next((g for g in groups if same_employer(g[0], case)), None)
        if group is None:
            groups.append([case])
        else:
            group.append(case)
    return [
        {
            "category": members[0].category,
            "cases": [{"number": c.number, "unit": c.unit.code} for c in members],
        }
        for groups in people.values()
        for members in groups
        if len({c.unit_id for c in members}) > 1
    ]
