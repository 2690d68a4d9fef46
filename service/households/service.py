"""Filing, amending and reading household files 建档立卡; care visits on them."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.auth.models import OrgUnit
from service.auth.service import Caller, chosen_unit, scoped
from service.db import utcnow
from service.domain_errors import Conflict
from service.hash_chain import GENESIS_HASH
from service.households import history, reminders
from service.households.models import (
    ACTIVE,
    Household,
    HouseholdMember,
    HouseholdYear,
)
from service.i18n import N_
from service.timers.schedule import local_date
from workflows.data import to_json

log = logging.getLogger(__name__)


def refuse_exited(household: Household) -> None:
    """No aid and no re-verification for a file that has exited 脱困 until it is filed again."""
    if household.status not in ACTIVE:
        raise Conflict(
            N_("the household has exited (脱困): file it again (返困) first"),
            code="household_exited",
        )


def active_file_of(db_session: Session, id_number: str) -> Household | None:
    return db_session.scalar(
        select(Household).where(Household.head_id_number == id_number, Household.status.in_(ACTIVE))
    )


def _refuse_second_file(caller: Caller, existing: Household) -> Conflict:
    if existing.unit_id in caller.scope_unit_ids:
        return Conflict(
            N_("this person already heads household file {id}", id=existing.id),
            code="household_filed",
            existing_household=existing.id,
        )
    return Conflict(
        N_("this person already heads a household file of another unit"),
        code="household_filed",
    )


def _people(head: dict[str, Any], members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**head, "relation": "head"}, *members]


def as_given(household: Household) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The file's head and other members as a request would give them."""
    people = [
        {
            "name": m.name,
            "relation": m.relation,
            "id_number": m.id_number,
            "work_status": m.work_status,
            "health": m.health,
            "union_member": m.id_number == household.union_member_id_number,
        }
        for m in household.members
    ]
    head = next(p for p in people if p["relation"] == "head")
    return head, [p for p in people if p["relation"] != "head"]


def _set_members(household: Household, head: dict[str, Any], members: list[dict[str, Any]]) -> None:
    """The head and members as given; a member kept by ID number is updated in place."""
    people = _people(head, members)
    numbers = [p["id_number"] for p in people]
    if len(set(numbers)) != len(numbers):
        # Two entries of one person contradict each other; which to keep is for the caller.
        raise Conflict(N_("the same ID number is given twice"), code="same_person_twice")
    kept = {m.id_number: m for m in household.members}
    rows = []
    for position, given in enumerate(people, start=1):
        row = kept.get(given["id_number"]) or HouseholdMember(id_number=given["id_number"])
        row.position, row.name, row.relation = position, given["name"], given["relation"]
        row.work_status, row.health = given.get("work_status"), given.get("health")
        rows.append(row)
    household.members[:] = rows
    household.head_name, household.head_id_number = head["name"], head["id_number"]
    in_union = [p["id_number"] for p in people if p.get("union_member")]
    household.union_member_id_number = in_union[0] if in_union else head["id_number"]


def set_years(household: Household, years: list[dict[str, Any]]) -> None:
    by_year = {y.year: y for y in household.years}
    for given in years:
        row = by_year.get(given["year"])
        if row is None:
            row = HouseholdYear(year=given["year"])
            household.years.append(row)
        row.income, row.essential_costs = given["income"], given["essential_costs"]
        row.hardship_costs = given.get("hardship_costs", row.hardship_costs or 0)
        row.accident = given.get("accident", row.accident or False)


def file(
    *,
    db_session: Session,
    caller: Caller,
    data: dict[str, Any],
    note: str = "",
    unit: OrgUnit | None = None,
) -> Household:
    """File a household 建档; a second active file for the same head is a 409 naming the first."""
    unit = unit or chosen_unit(db_session=db_session, caller=caller, code=data.get("unit"))
    head = data["head"]
    existing = active_file_of(db_session, head["id_number"])
    if existing is not None:
        raise _refuse_second_file(caller, existing)
    exited = db_session.scalar(
        select(func.count()).where(
            Household.head_id_number == head["id_number"], Household.status == "exited"
        )
    )
    household = Household(
        unit=unit,
        address=data.get("address"),
        status="refiled" if exited else "filed",
        created_by_id=caller.user_id,
        trail_length=0,
        trail_head=GENESIS_HASH,
    )
    _set_members(household, head, data.get("members", []))
    set_years(household, data.get("years", []))
    db_session.add(household)
    reminders.start(db_session=db_session, household=household, since=local_date(utcnow()))
    history.append(
        db_session,
        household,
        action="refile" if exited else "file",
        from_status=None,
        actor_id=caller.user_id,
        payload={
            "unit": unit.code,
            "members": len(household.members),
            **to_json({"reverify_by": household.reverify_by}),
            **_years_payload(data),
        },
        note=note,
    )
    log.info("household filed", extra={"household_id": household.id, "unit": unit.code})
    return household


def _years_payload(data: dict[str, Any]) -> dict[str, Any]:
    years = data.get("years")
    return {"years": [to_json(y) for y in years]} if years else {}


def amend(
    *, db_session: Session, caller: Caller, household: Household, changes: dict[str, Any]
) -> Household:
    """Change a file's address, members, union member or a year's figures; one event says what."""
    changed = sorted(k for k in ("address", "head", "members", "years") if k in changes)
    if not changed:
        return household  # nothing to change, nothing to record
    if "head" in changes or "members" in changes:
        head, members = as_given(household)
        head = changes.get("head", head)
        if head["id_number"] != household.head_id_number:
            other = active_file_of(db_session, head["id_number"])
            if other is not None and other.id != household.id:
                raise _refuse_second_file(caller, other)
        _set_members(household, head, changes.get("members", members))
    if "years" in changes:
        set_years(household, changes["years"])
    if "address" in changes:
        household.address = changes["address"]
    household.updated_at = utcnow()
    history.append(
        db_session,
        household,
        action="amend",
        from_status=household.status,
        actor_id=caller.user_id,
        payload={"changed": changed, **_years_payload(changes)},
        note=changes.get("note", ""),
    )
    return household


def get(
    *, db_session: Session, caller: Caller, household_id: int, for_update: bool = False
) -> Household:
    """The file, if in the caller's scope; 404 otherwise, as if it did not exist."""
    return scoped(db_session, caller, Household, household_id, what="household", lock=for_update)


def _filed_with(household: Household, unit: OrgUnit) -> Household:
    """A case's household is filed with the case's own unit, whose caps and 低保 apply."""
    if household.unit_id != unit.id:
        raise Conflict(
            N_(
                "the household is filed with {unit}: register the case there",
                unit=household.unit.code,
            ),
            code="household_of_another_unit",
        )
    return household


def for_intake(
    *, db_session: Session, caller: Caller, unit: OrgUnit, intake: dict[str, Any]
) -> Household:
    """The household a new hardship case belongs to: named, filed now, or the claimant's own.

    With neither ``household`` nor ``household_file``, the claimant's active file is
    used, or a file with the claimant as head is opened, incomplete: emergency aid is
    paid before the file is complete, and the worklist shows it until it is.
    """
    if "household" in intake:
        household = scoped(db_session, caller, Household, intake["household"], what="household")
        refuse_exited(household)
        return _filed_with(household, unit)
    claimant = intake["claimant"]
    if "household_file" in intake:
        return file(db_session=db_session, caller=caller, data=intake["household_file"], unit=unit)
    existing = active_file_of(db_session, claimant["id_number"])
    if existing is not None:
        if existing.unit_id not in caller.scope_unit_ids:
            raise _refuse_second_file(caller, existing)
        return _filed_with(existing, unit)
    data = {
        "address": claimant.get("address"),
        "head": {"name": claimant["name"], "id_number": claimant["id_number"]},
    }
    return file(db_session=db_session, caller=caller, data=data, unit=unit)
