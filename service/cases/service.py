"""Registering, finding and reading cases."""

from __future__ import annotations

import functools
import logging
from typing import Any

import marshmallow as ma
from sqlalchemy import Select, bindparam, null, select
from sqlalchemy.orm import Session, aliased, joinedload

from service.auth.service import Caller, chosen_unit, subtree_ids
from service.cases import batch, events, transitions
from service.cases.assignment import assignable_user
from service.cases.models import Case
from service.cases.names import reading_of
from service.cases.numbering import format_number, next_number
from service.cases.schemas import CaseIntakeSchema
from service.db import utcnow
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
CASE_WITH_PEOPLE = (joinedload(Case.unit, innerjoin=True), joinedload(Case.assignee))


def pinyin_of(name: str) -> tuple[str, str]:
    """Full pinyin and initials of a name as it is read: 单丽 → ("shanli", "sl")."""
    return reading_of(name)


PARTY_DETAILS = ("name", "phone", "address")


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


# The statement of ``_same_person_before`` is built once per shape and its compiled
# form cached by SQLAlchemy: intake is the hot path, and building it took longer than
# running it. The alias is made once too (each new one registers and drops listeners).
_OPEN_CASE = aliased(Case, name="open_case")


@functools.cache
def _same_person_query(employer_by: str | None) -> Select[Any]:
    """The last case of a person in some units, and an open duplicate of the new case.

    ``employer_by`` is how the duplicate's employer is matched (``code``, ``name`` or
    ``none`` given); None looks for no duplicate (a consultation).
    """
    duplicate: Any = null()
    if employer_by is not None:
        open_case = _OPEN_CASE
        same_employer = {
            "code": open_case.employer_credit_code == bindparam("code"),
            "name": open_case.employer_credit_code.is_(None)
            & (open_case.employer_name == bindparam("name")),
            "none": open_case.employer_name.is_(None),
        }[employer_by]
        duplicate = (
            select(open_case.number)
            .where(
                open_case.claimant_id_number == bindparam("id_number"),
                open_case.category == bindparam("category"),
                open_case.type == bindparam("case_type"),
                open_case.unit_id.in_(bindparam("units", expanding=True)),
                same_employer,
                open_case.status.not_in(bindparam("closed", expanding=True)),
            )
            .limit(1)
            .scalar_subquery()
        )
    return (
        select(
            Case.number,
            Case.claimant_name,
            Case.claimant_phone,
            Case.claimant_address,
            duplicate.label("duplicate"),
        )
        .where(
            Case.claimant_id_number == bindparam("id_number"),
            Case.unit_id.in_(bindparam("units", expanding=True)),
        )
        .order_by(Case.id.desc())
        .limit(1)
    )


def _same_person_before(
    db_session: Session, *, case_type: str, category: str, party: dict[str, Any], units: Any
) -> tuple[str | None, dict[str, Any]]:
    """An open case in ``units`` of this person, employer and category, and what this intake
    says differently about the claimant than the last case in ``units``; one statement.

    The changes are recorded on the new case's trail (field names only), so a change to a
    person is an event its unit sees, while another unit neither sees it nor has its cases
    changed by it. A duplicate is a case of the same person in scope, so without a last
    case there is none.
    """
    id_number = party["claimant_id_number"]
    if id_number is None:
        return None, {}
    params: dict[str, Any] = {"id_number": id_number, "units": list(units)}
    employer_by = None
    if case_type != "consultation":
        code, name = party["employer_credit_code"], party["employer_name"]
        employer_by = "code" if code is not None else "name" if name is not None else "none"
        params.update(
            category=category,
            case_type=case_type,
            closed=list(CASE_TYPES[case_type].closed_states),
            **({"code": code} if employer_by == "code" else {}),
            **({"name": name} if employer_by == "name" else {}),
        )
    last = db_session.execute(_same_person_query(employer_by), params).first()
    if last is None:
        return None, {}
    before = dict(zip(PARTY_DETAILS, last[1:4], strict=True))
    changed = [
        field
        for field in PARTY_DETAILS
        if party[f"claimant_{field}"] is not None and party[f"claimant_{field}"] != before[field]
    ]
    changes = {"claimant_changed": {"since": last.number, "fields": changed}} if changed else {}
    return last.duplicate, changes


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
    duplicate, changes = _same_person_before(
        db_session, case_type=case_type.code, category=intake["category"], party=party, units=units
    )
    allow_duplicate = intake["allow_duplicate"]
    if duplicate is not None and not allow_duplicate:
        raise Conflict(
            N_("{number} is already open for this person, employer and category", number=duplicate),
            code="duplicate_case",
            existing_case=duplicate,
        )
    now = utcnow()
    year = now.astimezone(LOCAL_TZ).year
    value = next_number(db_session=db_session, unit_id=unit.id, case_type=case_type.code, year=year)
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
        case.assignee = assignable_user(
            db_session, case_type=case_type.code, unit_id=unit.id, username=intake["assignee"]
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


def get(*, db_session: Session, caller: Caller, case_id: int, for_update: bool = False) -> Case:
    """The case, if it is in the caller's scope; otherwise 404 as if it did not exist.

    ``for_update`` locks its row (on PostgreSQL) so that changes to one case queue up.
    """
    # Its unit and assignee come in the same statement: every answer about a case names them.
    case = db_session.get(
        Case,
        case_id,
        options=CASE_WITH_PEOPLE,
        with_for_update={"of": Case} if for_update else None,
    )
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
