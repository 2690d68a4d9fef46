"""A visit 走访 made for a hardship case: a record on the case, kept on its household file.

It is the case's record (``check(..., "visit")``, as a payment or a session is), so it
lives with the case and calls down to ``households.visits`` to write the visit.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from service.auth.service import Caller
from service.cases.access import check
from service.cases.models import Case
from service.domain_errors import Conflict
from service.households import service as households
from service.households.models import CareVisit
from service.households.visits import record_visit
from service.i18n import N_


def record_case_visit(
    *, db_session: Session, caller: Caller, case: Case, visit: dict[str, Any]
) -> CareVisit:
    """Record a visit made for a hardship case; it goes on the case's household file."""
    check(caller, case, "visit")
    if case.household_id is None:
        raise Conflict(N_("only a hardship case has a household to visit"))
    household = households.get(
        db_session=db_session, caller=caller, household_id=case.household_id, for_update=True
    )
    return record_visit(
        db_session=db_session, caller=caller, household=household, visit=visit, case=case
    )
