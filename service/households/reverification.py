"""Re-verifying a household file 年审 and its exit 脱困, which a supervisor confirms."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.auth.service import Caller
from service.db import upsert, utcnow
from service.domain_errors import Conflict
from service.households import aid, history, reminders
from service.households.models import (
    ACTIVE,
    Household,
    HouseholdMonth,
    HouseholdReverification,
)
from service.households.reading import year_view
from service.households.service import refuse_exited, set_years
from service.i18n import N_
from service.timers.schedule import local_date
from workflows.data import to_json
from workflows.households import (
    RecordedMonth,
    months_above_dibao,
    suggests_exit,
)

log = logging.getLogger(__name__)


def _record_months(
    db_session: Session, household: Household, months: list[dict[str, Any]], user_id: int
) -> None:
    """Each month's income per head as given (a month in reach), replacing one recorded before."""
    for given in months:
        values = {
            "household_id": household.id,
            "month": given["month"],
            "per_head": given["per_head"],
            "recorded_by_id": user_id,
            "created_at": utcnow(),
        }
        db_session.execute(
            upsert(db_session)(HouseholdMonth)
            .values(**values)
            .on_conflict_do_update(
                index_elements=["household_id", "month"],
                set_={"per_head": values["per_head"], "recorded_by_id": user_id},
            )
        )


def _not_before_filing(household: Household, day: date) -> None:
    filed_on = local_date(household.created_at)
    if day < filed_on:
        raise Conflict(
            N_("the household was filed on {day}: the date cannot be earlier", day=filed_on),
            code="before_filing",
        )


def recorded_months(
    db_session: Session, household: Household, dibao: dict[int, Decimal | None] | None = None
) -> list[RecordedMonth]:
    """The months on record, each with the 低保 figure of its year for the file's unit.

    ``dibao`` holds the figures already read, by year; each other year is read once.
    """
    dibao = {} if dibao is None else dibao
    found = []
    for month, per_head in db_session.execute(
        select(HouseholdMonth.month, HouseholdMonth.per_head).where(
            HouseholdMonth.household_id == household.id
        )
    ):
        if month.year not in dibao:
            dibao[month.year] = aid.dibao_of(db_session, unit_id=household.unit_id, year=month.year)
        found.append(RecordedMonth(month=month, per_head=per_head, dibao=dibao[month.year]))
    return found


def reverify(
    *, db_session: Session, caller: Caller, household: Household, data: dict[str, Any]
) -> HouseholdReverification:
    """Record the year's figures and the months since, the level they give with the unit's
    低保, whether they suggest an exit; the next re-verification is due a year on."""
    refuse_exited(household)
    year = data["year"]
    dibao = aid.dibao_of(db_session, unit_id=household.unit_id, year=year)
    if dibao is None:
        raise Conflict(
            N_(
                "no 低保 figure is set for {unit} in {year}: an administrator sets it "
                "(aid settings) before the level can be decided",
                unit=household.unit.code,
                year=year,
            ),
            code="no_dibao",
        )
    verified_on = data.get("verified_on") or local_date(utcnow())
    _not_before_filing(household, verified_on)
    if household.reverified_on is not None and verified_on < household.reverified_on:
        raise Conflict(
            N_(
                "the last re-verification was on {day}: a new one cannot be earlier",
                day=household.reverified_on,
            ),
            code="before_last_reverification",
        )
    figures = {k: data[k] for k in ("year", "income", "essential_costs") if k in data}
    figures.update({k: data[k] for k in ("hardship_costs", "accident") if k in data})
    set_years(household, [figures])
    row = next(y for y in household.years if y.year == year)
    # The figure read above serves the level and the months of the same year.
    dibaos: dict[int, Decimal | None] = {year: dibao}
    assessed = year_view(db_session, household, row, dibaos)
    per_head, level = assessed["monthly_per_head"], assessed["level"]
    _record_months(db_session, household, data.get("months", []), caller.user_id)
    months = recorded_months(db_session, household, dibaos)
    household.exit_suggested = suggests_exit(months)
    household.reverified_on = verified_on
    reminders.start(db_session=db_session, household=household, since=verified_on)
    household.updated_at = utcnow()
    record = HouseholdReverification(
        household_id=household.id,
        verified_on=verified_on,
        year=year,
        monthly_per_head=per_head,
        dibao=dibao,
        level=level,
        recorded_by_id=caller.user_id,
    )
    db_session.add(record)
    history.append(
        db_session,
        household,
        action="reverify",
        from_status=household.status,
        actor_id=caller.user_id,
        payload=to_json(
            {
                **figures,
                "verified_on": verified_on,
                "monthly_per_head": per_head,
                "dibao": dibao,
                "level": level,
                "months": data.get("months", []),
                "months_above_dibao": months_above_dibao(months),
                "exit_suggested": household.exit_suggested,
                "reverify_by": household.reverify_by,
            }
        ),
        note=data.get("note", ""),
    )
    log.info(
        "household re-verified",
        extra={"household_id": household.id, "level": level, "exit": household.exit_suggested},
    )
    return record


def exit_household(
    *, db_session: Session, caller: Caller, household: Household, data: dict[str, Any]
) -> Household:
    """Close the file 脱困: no more aid, no more re-verification, until it is filed again."""
    if household.status not in ACTIVE:
        raise Conflict(N_("the household has already exited (脱困)"), code="household_exited")
    exited_on: date = data.get("exited_on") or local_date(utcnow())
    _not_before_filing(household, exited_on)
    suggested = household.exit_suggested
    previous = household.status
    household.status = "exited"
    household.exit_reason, household.exited_on = data["reason"], exited_on
    household.exit_suggested, household.reverify_by = False, None
    household.updated_at = utcnow()
    reminders.cancel(db_session=db_session, household=household)
    history.append(
        db_session,
        household,
        action="exit",
        from_status=previous,
        actor_id=caller.user_id,
        payload=to_json({"reason": data["reason"], "exited_on": exited_on, "suggested": suggested}),
        note=data.get("note", ""),
    )
    log.info("household exited", extra={"household_id": household.id, "suggested": suggested})
    return household
