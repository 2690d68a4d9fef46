"""Reading household files: one as a caller may see it, its years, and the list."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from service.auth.enums import Role
from service.auth.models import User
from service.auth.service import Caller, chosen_unit, subtree_ids
from service.cases.models import Case
from service.db import utcnow
from service.households import aid
from service.households.models import (
    ACTIVE,
    Household,
    HouseholdMember,
    HouseholdMonth,
    HouseholdReverification,
    HouseholdYear,
)
from service.identity import mask_id_number
from service.timers.schedule import local_date
from workflows.case_types import AID_KINDS
from workflows.households import hardship_level, monthly_per_head

log = logging.getLogger(__name__)


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
        view["reverifications"] = reverifications_of(db_session, household)
        view["aid_this_year"] = [
            aid.standing(
                db_session, household_id=household.id, unit_id=household.unit_id, kind=kind
            ).as_json()
            for kind in AID_KINDS
        ]
    return view


def reverifications_of(db_session: Session, household: Household) -> list[dict[str, Any]]:
    """The file's re-verifications 年审, latest first: the 低保 and level as decided then.

    The years' view counts with today's 低保 setting; these keep what the caseworker found.
    """
    return [
        {
            "verified_on": row.verified_on,
            "year": row.year,
            "monthly_per_head": row.monthly_per_head,
            "dibao": row.dibao,
            "level": row.level,
            "recorded_by": username,
        }
        for row, username in db_session.execute(
            select(HouseholdReverification, User.username)
            .join(User, User.id == HouseholdReverification.recorded_by_id)
            .where(HouseholdReverification.household_id == household.id)
            .order_by(HouseholdReverification.verified_on.desc(), HouseholdReverification.id.desc())
        )
    ]
