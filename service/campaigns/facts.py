"""What building a list reads of a chunk of households, once for the chunk.

The same figures ``households.aid.standing`` and ``households.service.year_view`` read for
one household (its level by its latest year, its open case of the campaign's kind, what
it was paid and promised this year against its unit's cap), read here a statement each
for the whole chunk, and the unit's figures once per unit.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.campaigns.models import Campaign
from service.cases.models import Case
from service.households import aid
from service.households.models import Household
from service.households.reading import level_of
from service.timers.schedule import local_date
from workflows.campaigns import HouseholdFacts
from workflows.case_types import CASE_TYPES
from workflows.households import AidThisYear

CLOSED = CASE_TYPES["hardship_aid"].closed_states


class _UnitFigures:
    """Each unit's 低保 figure by year and its caps this year, read once per unit."""

    def __init__(self, db_session: Session, year: int) -> None:
        self.db_session, self.year = db_session, year
        self._dibao: dict[tuple[int, int], Decimal | None] = {}
        self._caps: dict[int, dict[str, Decimal | None]] = {}

    def dibao(self, unit_id: int, year: int) -> Decimal | None:
        if (unit_id, year) not in self._dibao:
            found = aid.dibao_of(self.db_session, unit_id=unit_id, year=year)
            self._dibao[unit_id, year] = found
        return self._dibao[unit_id, year]

    def cap(self, unit_id: int, kind: str) -> Decimal | None:
        if unit_id not in self._caps:
            self._caps[unit_id] = aid.caps_of(self.db_session, unit_id=unit_id, year=self.year)
        return self._caps[unit_id][kind]


def _level(figures: _UnitFigures, household: Household) -> tuple[bool, str | None]:
    """Whether the household's level can be told, and its level by its latest year."""
    if not household.years:
        return False, None
    latest = household.years[-1]
    dibao = figures.dibao(household.unit_id, latest.year)
    if dibao is None:
        return False, None
    _, level = level_of(latest, size=len(household.members), dibao=dibao)
    return True, level


def chunk_facts(
    db_session: Session, households: Sequence[Household], campaign: Campaign
) -> list[HouseholdFacts]:
    """The facts of each household of the chunk (loaded with its members and years)."""
    ids = [h.id for h in households]
    kind = campaign.kind
    year = aid.this_year()
    of_kind = (Case.household_id.in_(ids), Case.type == "hardship_aid", Case.category == kind)
    open_case: dict[int, str] = {}
    rows = db_session.execute(
        select(Case.household_id, Case.number)
        .where(*of_kind, Case.status.not_in(CLOSED))
        .order_by(Case.household_id, Case.number)
    ).all()
    for household_id, number in rows:
        open_case.setdefault(cast(int, household_id), str(number))  # one of ``ids``
    paid = aid.paid_this_year(db_session, household_ids=ids, kind=kind, year=year)
    promised = aid.approved_unpaid(db_session, household_ids=ids, kind=kind)
    figures = _UnitFigures(db_session, year)
    found = []
    for household in households:
        standing = AidThisYear(
            kind=kind,
            year=year,
            cap=figures.cap(household.unit_id, kind),
            paid=paid[household.id],
            approved_unpaid=promised[household.id],
        )
        assessed, level = _level(figures, household)
        found.append(
            HouseholdFacts(
                household_id=household.id,
                level=level,
                assessed=assessed,
                filed_on=local_date(household.created_at),
                students=sum(1 for m in household.members if m.work_status == "student"),
                open_case=open_case.get(household.id),
                cap_left=standing.left,
            )
        )
    return found
