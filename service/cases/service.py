"""Registering, finding and reading cases."""

from __future__ import annotations

import logging
from typing import Any

import marshmallow as ma
from sqlalchemy import select
from sqlalchemy.orm import Session

from service.auth.models import OrgUnit
from service.auth.service import Caller
from service.cases import events, transitions
from service.cases.assignment import assignable_user
from service.cases.models import Case, Employer, Person
from service.cases.names import reading_of
from service.cases.numbering import format_number, next_number
from service.cases.schemas import CaseIntakeSchema
from service.db import upsert, utcnow
from service.errors import ApiError, not_found, validation_failed
from service.fields import LOCAL_TZ
from service.i18n import N_
from service.outbox import service as outbox
from service.timers import schedule
from workflows.case_types import CASE_TYPES
from workflows.data import to_json
from workflows.periods import limitation_date

log = logging.getLogger(__name__)

COLLECTIVE_THRESHOLD = 10  # 集体争议: ten or more workers with a common claim (art. 7)
TYPE_DETAILS = ("accident_on", "household_size", "hardship_level")


def pinyin_of(name: str) -> tuple[str, str]:
    """Full pinyin and initials of a name as it is read: 单丽 → ("shanli", "sl")."""
    return reading_of(name)


def _person(db_session: Session, claimant: dict[str, Any]) -> Person:
    """The person with this ID number, updated with today's contact details, or a new one."""
    name = claimant["name"].strip()
    pinyin, initials = pinyin_of(name)
    values = {
        "name": name,
        "name_pinyin": pinyin,
        "name_initials": initials,
        "id_number": claimant.get("id_number"),
        "phone": claimant.get("phone"),
        "address": claimant.get("address"),
    }
    if values["id_number"] is None:
        person = Person(**values)
        db_session.add(person)
        return person
    latest = {key: values[key] for key in ("name", "name_pinyin", "name_initials")}
    latest.update({key: values[key] for key in ("phone", "address") if values[key] is not None})
    statement = (
        upsert(db_session)(Person)
        .values(values)
        .on_conflict_do_update(index_elements=["id_number"], set_=latest)
        .returning(Person)
    )
    return db_session.scalars(statement, execution_options={"populate_existing": True}).one()


def _employer(db_session: Session, given: dict[str, Any] | None) -> Employer | None:
    if given is None:
        return None
    name, code = given["name"].strip(), given.get("credit_code")
    if code is not None:
        statement = (
            upsert(db_session)(Employer)
            .values(name=name, credit_code=code)
            .on_conflict_do_update(index_elements=["credit_code"], set_={"name": name})
            .returning(Employer)
        )
        return db_session.scalars(statement, execution_options={"populate_existing": True}).one()
    employer = db_session.scalars(
        select(Employer).where(Employer.name == name, Employer.credit_code.is_(None)).limit(1)
    ).first()
    if employer is None:
        employer = Employer(name=name)
        db_session.add(employer)
    return employer


def _unit_for_intake(db_session: Session, caller: Caller, code: str | None) -> OrgUnit:
    if code is None or code == caller.unit_code:
        unit = db_session.get(OrgUnit, caller.unit_id)
        assert unit is not None
        return unit
    unit = db_session.scalar(select(OrgUnit).where(OrgUnit.code == code))
    if unit is None or unit.id not in caller.scope_unit_ids:
        raise validation_failed({"unit": [N_("not your unit or a unit beneath it")]})
    return unit


def _open_duplicate(
    db_session: Session, *, case_type: str, category: str, person: Person, employer: Employer | None
) -> str | None:
    """The number of an open case of this person, employer and category, if there is one."""
    if case_type == "consultation" or person.id_number is None:
        return None
    same_employer = (
        Case.employer_id.is_(None) if employer is None else Case.employer_id == employer.id
    )
    return db_session.scalar(
        select(Case.number)
        .where(
            Case.claimant_id == person.id,
            Case.type == case_type,
            Case.category == category,
            same_employer,
            Case.status.not_in(CASE_TYPES[case_type].closed_states),
        )
        .limit(1)
    )


def register(*, db_session: Session, caller: Caller, intake: dict[str, Any]) -> Case:
    """Register a case from the intake desk and write its ``registered`` event."""
    case_type = CASE_TYPES[intake["type"]]
    unit = _unit_for_intake(db_session, caller, intake.get("unit"))
    person = _person(db_session, intake["claimant"])
    employer = _employer(db_session, intake.get("employer"))
    duplicate = _open_duplicate(
        db_session,
        case_type=case_type.code,
        category=intake["category"],
        person=person,
        employer=employer,
    )
    allow_duplicate = intake["allow_duplicate"]
    if duplicate is not None and not allow_duplicate:
        raise ApiError(
            409,
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
        claimant=person,
        employer=employer,
        claim_amount=intake.get("claim_amount"),
        workers_involved=workers,
        collective=case_type.code == "labour_dispute" and workers >= COLLECTIVE_THRESHOLD,
        received_at=intake.get("received_at") or now,
        known_on=intake.get("known_on"),
        employment_end_on=intake.get("employment_end_on"),
        limitation_on=limitation_date(
            category=intake["category"],
            known_on=intake.get("known_on"),
            employment_end_on=intake.get("employment_end_on"),
        ),
        description=intake["description"],
        details=to_json({k: intake[k] for k in TYPE_DETAILS if k in intake}),
        created_by_id=caller.user_id,
        trail_length=0,
        trail_head=events.GENESIS_HASH,
    )
    if "assignee" in intake:
        case.assignee = assignable_user(
            db_session, case_type=case_type.code, unit_id=unit.id, username=intake["assignee"]
        )
    db_session.add(case)
    payload: dict[str, Any] = {"channel": case.channel, "unit": unit.code}
    if duplicate is not None:
        payload["allowed_duplicate_of"] = duplicate
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
    db_session.flush()
    log.info("case registered", extra={"case_id": case.id, "case_number": case.number})
    return case


def get(*, db_session: Session, caller: Caller, case_id: int, for_update: bool = False) -> Case:
    """The case, if it is in the caller's scope; otherwise 404 as if it did not exist.

    ``for_update`` locks its row (on PostgreSQL) so that changes to one case queue up.
    """
    case = db_session.get(Case, case_id, with_for_update={"of": Case} if for_update else None)
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
        raise ApiError(422, N_("the new case is not valid"), fields=fields) from None
    if loaded["type"] == "consultation":
        raise ApiError(
            422,
            N_("a consultation converts into a dispute or an aid case"),
            fields={"data": {"case": {"type": [N_("must be labour_dispute or hardship_aid")]}}},
        )
    new_case = register(db_session=db_session, caller=caller, intake=loaded)
    new_case.details = {**new_case.details, "converted_from": consultation.number}
    return {"id": new_case.id, "number": new_case.number}
