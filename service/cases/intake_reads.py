"""What an intake reads before it writes its case: the next case number, the claimant's
last case in scope with an open duplicate of the new case, and the assignee it names.

On PostgreSQL they are one statement: the counter's insert-or-increment in a ``WITH``,
the two reads joined to the number it returned. A duplicate, or an assignee who may not
take the case, then refuses the intake and its transaction rolls back, the counter's
increment with it: no number is skipped. SQLite has no data-modifying ``WITH``: there
the counter is a statement of its own, before the two reads. Each shape's statement is
built once, its values bound, so SQLAlchemy finds its compiled form in its cache.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, Select, Table, bindparam, literal_column, null, select, true
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from service.auth.models import OrgUnit, User
from service.cases.assignment import ACTIVE_USER
from service.cases.duplicates import same_employer_as_given
from service.cases.models import Case
from service.cases.numbering import increment, next_number
from service.db import as_loaded
from workflows.case_types import CASE_TYPES

CASES: Table = Case.__table__  # type: ignore[assignment]
USERS: Table = User.__table__  # type: ignore[assignment]
OPEN_CASE = CASES.alias("open_case")
PARTY_DETAILS = ("name", "phone", "address")


@dataclass(frozen=True)
class Found:
    """What the intake read."""

    number: int
    # The number of an open case of this person, employer and category, if any.
    duplicate: str | None
    # What this intake says differently about the claimant than their last case.
    changes: dict[str, Any]
    # The active user the intake names as assignee; None if there is none.
    assignee: User | None


def _same_person(employer_by: str | None) -> Select[Any]:
    """The last case of a person in some units, and an open duplicate of the new case.

    ``employer_by`` is how the duplicate's employer is matched (``code``, ``name`` or
    ``none`` given); None looks for no duplicate (a consultation).
    """
    duplicate: Any = null()
    if employer_by is not None:
        same_employer = {
            "code": same_employer_as_given(OPEN_CASE, code=True),
            "name": same_employer_as_given(OPEN_CASE, code=False),
            "none": OPEN_CASE.c.employer_name.is_(None),
        }[employer_by]
        duplicate = (
            select(OPEN_CASE.c.number)
            .where(
                OPEN_CASE.c.claimant_id_number == bindparam("id_number"),
                OPEN_CASE.c.category == bindparam("category"),
                OPEN_CASE.c.type == bindparam("case_type"),
                OPEN_CASE.c.unit_id.in_(bindparam("units", expanding=True)),
                same_employer,
                OPEN_CASE.c.status.not_in(bindparam("closed", expanding=True)),
            )
            .limit(1)
            .scalar_subquery()
        )
    return (
        select(
            CASES.c.number.label("last_number"),
            *(CASES.c[f"claimant_{field}"] for field in PARTY_DETAILS),
            duplicate.label("duplicate"),
        )
        .where(
            CASES.c.claimant_id_number == bindparam("id_number"),
            CASES.c.unit_id.in_(bindparam("units", expanding=True)),
        )
        .order_by(CASES.c.id.desc())
        .limit(1)
    )


@functools.cache
def _statement(
    counting: bool, person: bool, employer_by: str | None, assignee: bool
) -> Select[Any]:
    """``WITH counted AS (INSERT … ON CONFLICT … RETURNING last_value) SELECT counted.*,
    last_case.*, assignee.* FROM counted LEFT JOIN (…) AS last_case ON true LEFT JOIN (…)
    AS assignee ON true``; without ``counting`` (SQLite), the reads from one row of one."""
    if counting:
        base: Any = increment(postgresql.insert).cte("counted")
        columns: list[Any] = [base.c.last_value]
    else:
        base = select(literal_column("1", Integer).label("one")).subquery("one")
        columns = []
    joined = base
    if person:
        last = _same_person(employer_by).subquery("last_case")
        joined = joined.outerjoin(last, true())
        columns += last.c
    if assignee:
        named = ACTIVE_USER.subquery("assignee")
        joined = joined.outerjoin(named, true())
        columns += (column.label(f"assignee_{column.key}") for column in named.c)
    return select(*columns).select_from(joined)


def read(
    db_session: Session,
    *,
    unit: OrgUnit,
    case_type: str,
    category: str,
    year: int,
    party: dict[str, Any],
    units: Any,
    assignee: str | None,
) -> Found:
    """The new case's number, issued; its duplicate and changes among the cases of
    ``units`` (those its readers may see); and the assignee named, if any."""
    id_number = party["claimant_id_number"]
    params: dict[str, Any] = {"unit_id": unit.id, "case_type": case_type, "year": year}
    employer_by = None
    if id_number is not None:
        params.update(id_number=id_number, units=list(units))
        if case_type != "consultation":
            code, name = party["employer_credit_code"], party["employer_name"]
            employer_by = "code" if code is not None else "name" if name is not None else "none"
            params.update(
                category=category,
                closed=list(CASE_TYPES[case_type].closed_states),
                **({"credit_code": code} if employer_by == "code" else {}),
                **({"employer_name": name} if employer_by != "none" else {}),
            )
    if assignee is not None:
        params["username"] = assignee
    person, naming = id_number is not None, assignee is not None
    found: Any = {}
    if db_session.get_bind().dialect.name == "postgresql":
        statement = _statement(True, person, employer_by, naming)
        found = db_session.execute(statement, params).one()._mapping
        number = found["last_value"]
    else:
        number = next_number(db_session=db_session, unit_id=unit.id, case_type=case_type, year=year)
        if person or naming:
            statement = _statement(False, person, employer_by, naming)
            found = db_session.execute(statement, params).one()._mapping
    duplicate, changes = _differences(found, party) if person else (None, {})
    user = _user(db_session, found, unit) if naming else None
    return Found(number=number, duplicate=duplicate, changes=changes, assignee=user)


def _differences(found: Any, party: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """The open duplicate, and the claimant's details this intake gives differently.

    The changes are recorded on the new case's trail (field names only), so a change to a
    person is an event its unit sees, while another unit neither sees it nor has its cases
    changed by it. A duplicate is a case of the same person in scope, so without a last
    case there is none.
    """
    if found["last_number"] is None:
        return None, {}
    changed = [
        field
        for field in PARTY_DETAILS
        if party[f"claimant_{field}"] is not None
        and party[f"claimant_{field}"] != found[f"claimant_{field}"]
    ]
    since = found["last_number"]
    return found["duplicate"], (
        {"claimant_changed": {"since": since, "fields": changed}} if changed else {}
    )


def _user(db_session: Session, found: Any, unit: OrgUnit) -> User | None:
    """The assignee's row as the session's ``User`` (the answer shows its username)."""
    values = {column.key: found[f"assignee_{column.key}"] for column in USERS.columns}
    if values["id"] is None:
        return None
    user: User = as_loaded(db_session, User, values)
    if user.unit_id == unit.id and "unit" not in user.__dict__:
        set_committed_value(user, "unit", unit)
    return user
