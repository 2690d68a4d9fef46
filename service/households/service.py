"""Filing, amending and reading household files 建档立卡; care visits on them."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from service.auth.enums import Role
from service.auth.models import OrgUnit
from service.auth.service import Caller, chosen_unit, scoped, subtree_ids
from service.cases.models import Case
from service.db import utcnow
from service.domain_errors import Conflict
from service.hash_chain import GENESIS_HASH
from service.households import aid, history, reminders
from service.households.models import (
    ACTIVE,
    Household,
    HouseholdMember,
    HouseholdMonth,
    HouseholdYear,
)
from service.i18n import N_
from service.identity import mask_id_number
from service.timers.schedule import local_date
from workflows.case_types import AID_KINDS
from workflows.data import to_json
from workflows.households import hardship_level, monthly_per_head

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


def search(*, db_session: Session, caller: Caller, query: dict[str, Any]) -> dict[str, Any]:
    statement = select(Household).where(Household.unit_id.in_(caller.scope_unit_ids))
    if "unit" in query:
        unit = chosen_unit(db_session=db_session, caller=caller, code=query["unit"])
        statement = statement.where(
            Household.unit_id.in_(subtree_ids(db_session=db_session, unit=unit))
        )
    if "status" in query:
        statement = statement.where(Household.status == query["status"])
    if query.get("overdue") is not None:
        statement = statement.where(overdue_clause() if query["overdue"] else ~overdue_clause())
    if "id_number" in query:
        member_of = select(HouseholdMember.household_id).where(
            HouseholdMember.id_number == query["id_number"]
        )
        statement = statement.where(
            or_(Household.head_id_number == query["id_number"], Household.id.in_(member_of))
        )
    total = db_session.scalar(select(func.count()).select_from(statement.subquery())) or 0
    page, per_page = query["page"], query["per_page"]
    rows = db_session.scalars(
        statement.order_by(Household.id.desc()).offset((page - 1) * per_page).limit(per_page)
    ).all()
    return {
        "items": [view_of(db_session, h, caller, detail=False) for h in rows],
        "total": total,
        "page": page,
        "per_page": per_page,
    }


def overdue_clause(today: date | None = None) -> Any:
    """An active file whose re-verification day has come (China date), as SQL."""
    today = today or local_date(utcnow())
    return and_(
        Household.status.in_(ACTIVE),
        Household.reverify_by.is_not(None),
        Household.reverify_by <= today,
    )


def is_overdue(household: Household, today: date | None = None) -> bool:
    today = today or local_date(utcnow())
    return (
        household.status in ACTIVE
        and household.reverify_by is not None
        and household.reverify_by <= today
    )


def level_of(
    year: HouseholdYear, *, size: int, dibao: Decimal | None
) -> tuple[Decimal, str | None]:
    """A year's income per head and month, and the hardship level it gives against 低保
    (None while the unit has no 低保 figure for the year)."""
    per_head = monthly_per_head(
        income=year.income, essential_costs=year.essential_costs, size=max(size, 1)
    )
    if dibao is None:
        return per_head, None
    level = hardship_level(
        per_head=per_head,
        dibao=dibao,
        income=year.income,
        hardship_costs=year.hardship_costs,
        accident=year.accident,
    )
    return per_head, level


def year_view(
    db_session: Session,
    household: Household,
    year: HouseholdYear,
    dibaos: dict[int, Decimal | None] | None = None,
) -> dict[str, Any]:
    """A year's figures, the month's income per head, the unit's 低保 and the level they give.

    ``dibaos`` holds the unit's 低保 figures already read, by year, and keeps the one read here.
    """
    dibaos = {} if dibaos is None else dibaos
    if year.year not in dibaos:
        dibaos[year.year] = aid.dibao_of(db_session, unit_id=household.unit_id, year=year.year)
    dibao = dibaos[year.year]
    per_head, level = level_of(year, size=len(household.members), dibao=dibao)
    return {
        "year": year.year,
        "income": year.income,
        "essential_costs": year.essential_costs,
        "hardship_costs": year.hardship_costs,
        "accident": year.accident,
        "monthly_per_head": per_head,
        "dibao": dibao,
        "level": level,
    }


def view_of(
    db_session: Session, household: Household, caller: Caller, *, detail: bool = True
) -> dict[str, Any]:
    """The file as ``caller`` may see it: ID numbers masked for admins."""
    shows = caller.role in (Role.CASEWORKER, Role.SUPERVISOR)

    def shown(id_number: str | None) -> str | None:
        return id_number if shows or id_number is None else mask_id_number(id_number)

    if shows and detail:
        log.info("household identity read unmasked", extra={"household_id": household.id})
    years = [year_view(db_session, household, y) for y in household.years]
    view: dict[str, Any] = {
        "id": household.id,
        "unit": household.unit.code,
        "status": household.status,
        "version": household.version,
        "head": {"name": household.head_name, "id_number": shown(household.head_id_number)},
        "address": household.address,
        "union_member": shown(household.union_member_id_number),
        "members": [
            {
                "name": m.name,
                "relation": m.relation,
                "id_number": shown(m.id_number),
                "work_status": m.work_status,
                "health": m.health,
            }
            for m in household.members
        ],
        "years": years,
        "level": years[-1]["level"] if years else None,
        "complete": aid.is_complete(household),
        "reverify_by": household.reverify_by if household.status in ACTIVE else None,
        "reverified_on": household.reverified_on,
        "overdue": is_overdue(household),
        "exit_suggested": household.exit_suggested,
        "exit_reason": household.exit_reason,
        "exited_on": household.exited_on,
        "created_at": household.created_at,
    }
    if detail:
        view["cases"] = [
            {"id": case_id, "number": number, "category": category, "status": status}
            for case_id, number, category, status in db_session.execute(
                select(Case.id, Case.number, Case.category, Case.status)
                .where(
                    Case.household_id == household.id,
                    Case.unit_id.in_(caller.scope_unit_ids),  # never another unit's cases
                )
                .order_by(Case.id)
            )
        ]
        view["months"] = [
            {"month": f"{month:%Y-%m}", "per_head": per_head}
            for month, per_head in db_session.execute(
                select(HouseholdMonth.month, HouseholdMonth.per_head)
                .where(HouseholdMonth.household_id == household.id)
                .order_by(HouseholdMonth.month.desc())
                .limit(24)
            )
        ]
        view["reverifications"] = history.reverifications_of(db_session, household)
        view["aid_this_year"] = [
            aid.standing(
                db_session, household_id=household.id, unit_id=household.unit_id, kind=kind
            ).as_json()
            for kind in AID_KINDS
        ]
    return view


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
