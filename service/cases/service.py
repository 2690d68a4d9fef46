"""Registering, finding and reading cases."""

from __future__ import annotations

import functools
import logging
from typing import Any

import marshmallow as ma
from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.util import identity_key

from service.auth.models import OrgUnit, User
from service.auth.service import Caller, chosen_unit, subtree_ids
from service.cases import batch, events, intake_reads, transitions
from service.cases.assignment import assignable
from service.cases.models import Case
from service.cases.names import reading_of
from service.cases.numbering import format_number
from service.cases.schemas import CaseIntakeSchema
from service.db import FOR_CHANGE, utcnow
from service.domain_errors import Conflict, Invalid, not_found
from service.fields import LOCAL_TZ
from service.hash_chain import GENESIS_HASH
from service.households import service as households
from service.i18n import N_
from service.outbox import service as outbox
from service.timers import schedule
from workflows.case_types import CASE_TYPES
from workflows.data import to_json

log = logging.getLogger(__name__)

COLLECTIVE_THRESHOLD = 10  # 集体争议: ten or more workers with a common claim (art. 7)
TYPE_DETAILS = ("accident_on", "household_size", "hardship_level")
# The columns an answer and the workflow read of them: 43 columns where the whole rows,
# with the assignee's own unit, were 63 (each column a cost in the driver and the ORM).
CASE_WITH_PEOPLE = (
    joinedload(Case.unit, innerjoin=True).load_only(
        OrgUnit.code, OrgUnit.name, OrgUnit.path, OrgUnit.parent_id
    ),
    joinedload(Case.assignee)
    .load_only(User.username, User.display_name, User.unit_id)
    .lazyload(User.unit),
)


def pinyin_of(name: str) -> tuple[str, str]:
    """Full pinyin and initials of a name as it is read: 单丽 → ("shanli", "sl")."""
    return reading_of(name)


def _parties(intake: dict[str, Any]) -> dict[str, Any]:
    """The case's columns for its claimant and employer, as this intake gives them."""
    claimant, employer = intake["claimant"], intake.get("employer")
    name = claimant["name"].strip()
    pinyin, initials = pinyin_of(name)
    return {
        "claimant_name": name,
        "claimant_name_pinyin": pinyin,
        "claimant_name_initials": initials,
        "claimant_id_number": claimant.get("id_number"),
        "claimant_phone": claimant.get("phone"),
        "claimant_address": claimant.get("address"),
        "employer_name": employer["name"].strip() if employer else None,
        "employer_credit_code": employer.get("credit_code") if employer else None,
    }


def register(*, db_session: Session, caller: Caller, intake: dict[str, Any]) -> Case:
    """Register a case from the intake desk and write its ``registered`` event."""
    case_type = CASE_TYPES[intake["type"]]
    unit = chosen_unit(db_session=db_session, caller=caller, code=intake.get("unit"))
    party = _parties(intake)
    # Duplicates and changes are looked for among the cases of the new case's unit and
    # the units beneath it: what the new case's readers may see, and no other unit's.
    units = (
        caller.scope_unit_ids
        if unit.id == caller.unit_id
        else subtree_ids(db_session=db_session, unit=unit)
    )
    now = utcnow()
    year = now.astimezone(LOCAL_TZ).year
    found = intake_reads.read(
        db_session,
        unit=unit,
        case_type=case_type.code,
        category=intake["category"],
        year=year,
        party=party,
        units=units,
        assignee=intake.get("assignee"),
    )
    duplicate, changes = found.duplicate, found.changes
    allow_duplicate = intake["allow_duplicate"]
    if duplicate is not None and not allow_duplicate:
        # Its transaction rolls back, the number just issued with it.
        raise Conflict(
            N_("{number} is already open for this person, employer and category", number=duplicate),
            code="duplicate_case",
            existing_case=duplicate,
        )
    value = found.number
    workers = intake.get("workers_involved", 1)
    case = Case(
        number=format_number(
            unit_code=unit.code, prefix=case_type.number_prefix, year=year, value=value
        ),
        type=case_type.code,
        category=intake["category"],
        status=case_type.start_state,
        channel=intake["channel"],
        unit=unit,
        **party,
        claim_amount=intake.get("claim_amount"),
        workers_involved=workers,
        collective=case_type.code == "labour_dispute" and workers >= COLLECTIVE_THRESHOLD,
        received_at=intake.get("received_at") or now,
        known_on=intake.get("known_on"),
        employment_end_on=intake.get("employment_end_on"),
        description=intake["description"],
        details=to_json({k: intake[k] for k in TYPE_DETAILS if k in intake}),
        created_by_id=caller.user_id,
        trail_length=0,
        trail_head=GENESIS_HASH,
    )
    # The mediation application interrupts the limitation period: it runs from receipt.
    receipt = ("receipt", schedule.local_date(case.received_at))
    schedule.limit(
        db_session=db_session,
        case=case,
        interrupted=receipt if case_type.code == "labour_dispute" else None,
        now=now,
    )
    if case_type.code == "hardship_aid":
        case.household_id = households.for_intake(
            db_session=db_session, caller=caller, unit=unit, intake=intake
        ).id
    if "assignee" in intake:
        case.assignee = assignable(
            found.assignee, case_type=case_type.code, unit_id=unit.id, username=intake["assignee"]
        )
    db_session.add(case)
    payload: dict[str, Any] = {"channel": case.channel, "unit": unit.code}
    if case.household_id is not None:
        payload["household"] = case.household_id
    if duplicate is not None:
        payload["allowed_duplicate_of"] = duplicate
    payload.update(changes)
    event = events.append(
        db_session=db_session,
        case=case,
        action="register",
        from_status=None,
        actor_id=caller.user_id,
        payload=payload,
    )
    outbox.add(db_session=db_session, event=event)
    schedule.start(db_session=db_session, case=case, state=case.status, now=now)
    batch.write(db_session=db_session, case=case)
    log.info("case registered", extra={"case_id": case.id, "case_number": case.number})
    return case


@functools.cache
def _reading(for_update: bool) -> Select[Case]:
    """A case with its unit and assignee, in one statement: every answer names them.

    Built once, so that SQLAlchemy finds its compiled form without working out the key
    of a new statement each time (``Session.get`` builds one per call).
    """
    statement = select(Case).options(*CASE_WITH_PEOPLE).where(Case.id == bindparam("case_id"))
    return statement.with_for_update(of=Case, **FOR_CHANGE) if for_update else statement


def get(*, db_session: Session, caller: Caller, case_id: int, for_update: bool = False) -> Case:
    """The case, if it is in the caller's scope; otherwise 404 as if it did not exist.

    ``for_update`` locks its row (on PostgreSQL) so that changes to one case queue up.
    """
    case: Case | None = None
    if not for_update:  # as Session.get: the session's own, if it holds the case already
        case = db_session.identity_map.get(identity_key(Case, case_id))
    if case is None:
        case = db_session.scalar(_reading(for_update), {"case_id": case_id})
    if case is None or case.unit_id not in caller.scope_unit_ids:
        raise not_found()
    return case


def move(
    *, db_session: Session, caller: Caller, case: Case, action: str, data: dict[str, Any], note: str
) -> None:
    """Fire a workflow action for a person; converting a consultation registers its case."""
    if case.type == "consultation" and action == "convert" and case.status == "registered":
        data = {"case": _converted(db_session, caller, case, data.get("case"))}
    transitions.fire_for(
        db_session=db_session, caller=caller, case=case, action=action, data=data, note=note
    )


def _converted(db_session: Session, caller: Caller, consultation: Case, intake: Any) -> dict:
    """Register the full case a consultation becomes; the trail keeps only its number."""
    try:
        loaded = CaseIntakeSchema().load(intake if isinstance(intake, dict) else {})
    except ma.ValidationError as exc:
        fields = {"data": {"case": exc.messages}}
        raise Invalid(N_("the new case is not valid"), fields=fields) from None
    if loaded["type"] == "consultation":
        raise Invalid(
            N_("a consultation converts into a dispute or an aid case"),
            fields={"data": {"case": {"type": [N_("must be labour_dispute or hardship_aid")]}}},
        )
    new_case = register(db_session=db_session, caller=caller, intake=loaded)
    new_case.details = {**new_case.details, "converted_from": consultation.number}
    return {"id": new_case.id, "number": new_case.number}
