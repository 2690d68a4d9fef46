"""A unit's aid settings (低保 figure, caps per aid kind) and a household's aid this year."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any, cast

from flask import current_app
from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from service.auth.models import OrgUnit
from service.cases.models import Case, Payment
from service.db import upsert, utcnow
from service.households import visits
from service.households.models import AidSetting, Household, HouseholdMember, HouseholdYear
from service.i18n import N_, Text
from service.timers.schedule import local_date
from workflows.case_types import AID_KINDS
from workflows.households import AidThisYear, cap_for


def _chain(db_session: Session, unit_id: int) -> list[int]:
    """The unit and the units above it, nearest first: a street's figure holds beneath it."""
    unit = db_session.get(OrgUnit, unit_id)
    assert unit is not None
    return [int(part) for part in reversed(unit.path.strip("/").split("/")) if part]


def settings_of(db_session: Session, *, unit_id: int, year: int) -> dict[str, tuple[Decimal, int]]:
    """Each item set for the unit's year, by the nearest unit that set it: (amount, unit id)."""
    chain = _chain(db_session, unit_id)
    rows = db_session.execute(
        select(AidSetting.item, AidSetting.amount, AidSetting.unit_id).where(
            AidSetting.unit_id.in_(chain), AidSetting.year == year
        )
    ).all()
    found: dict[str, tuple[Decimal, int]] = {}
    for item, amount, unit in sorted(rows, key=lambda row: chain.index(row[2])):
        found.setdefault(item, (amount, unit))
    return found


def dibao_of(db_session: Session, *, unit_id: int, year: int) -> Decimal | None:
    """The 低保 figure (monthly, per head) that holds for the unit in ``year``, if any."""
    setting = settings_of(db_session, unit_id=unit_id, year=year).get("dibao")
    return None if setting is None else setting[0]


def caps_of(db_session: Session, *, unit_id: int, year: int) -> dict[str, Decimal | None]:
    """The yearly cap of every aid kind for the unit: its setting, else DOMAIN's default."""
    found = settings_of(db_session, unit_id=unit_id, year=year)
    set_caps = {item: amount for item, (amount, _unit) in found.items() if item != "dibao"}
    # The emergency default is the deployment's EMERGENCY_AID_CAP setting.
    set_caps.setdefault("emergency", current_app.extensions["settings"].emergency_aid_cap)
    dibao = found["dibao"][0] if "dibao" in found else None
    return {kind: cap_for(kind, set_caps=set_caps, dibao=dibao) for kind in AID_KINDS}


def this_year() -> int:
    """The calendar year in China now (1 January resets the caps)."""
    return local_date(utcnow()).year


def paid_this_year(
    db_session: Session, *, household_ids: Sequence[int], kind: str, year: int
) -> dict[int, Decimal]:
    """Aid of ``kind`` paid to each household's cases in the calendar year ``year``."""
    rows = db_session.execute(
        select(Case.household_id, func.sum(Payment.amount))
        .join(Case, Case.id == Payment.case_id)
        .where(
            Case.household_id.in_(household_ids),
            Case.type == "hardship_aid",
            Case.category == kind,
            Payment.paid_on.between(date(year, 1, 1), date(year, 12, 31)),
        )
        .group_by(Case.household_id)
    ).all()
    paid = {cast(int, owner): Decimal(total or 0) for owner, total in rows}
    cent = Decimal("0.01")
    return {owner: paid.get(owner, Decimal(0)).quantize(cent) for owner in household_ids}


# Approved and waiting for the payout: the amount is promised, the money not yet paid.
APPROVED_UNPAID = ("public_notice", "payout", "emergency_payout")


def approved_unpaid(
    db_session: Session, *, household_ids: Sequence[int], kind: str
) -> dict[int, Decimal]:
    """Aid of ``kind`` approved for each household's cases and not paid out yet."""
    rows = db_session.execute(
        select(Case.household_id, Case.details["proposal"]["amount"].as_string()).where(
            Case.household_id.in_(household_ids),
            Case.type == "hardship_aid",
            Case.category == kind,
            Case.status.in_(APPROVED_UNPAID),
        )
    ).all()
    promised = dict.fromkeys(household_ids, Decimal("0.00"))
    for owner, amount in rows:
        if amount:
            promised[cast(int, owner)] += Decimal(str(amount))
    return promised


def standing(
    db_session: Session, *, household_id: int, unit_id: int, kind: str, year: int | None = None
) -> AidThisYear:
    """The household's aid of ``kind`` this year against the unit's cap.

    Aid approved and not yet paid counts as well: two cases approved one after the
    other must not together pass the cap once both are paid.
    """
    current = this_year()
    year = year or current
    cap = caps_of(db_session, unit_id=unit_id, year=year)[kind]
    paid = paid_this_year(db_session, household_ids=[household_id], kind=kind, year=year)[
        household_id
    ]
    promised = (
        approved_unpaid(db_session, household_ids=[household_id], kind=kind)[household_id]
        if year == current
        else Decimal("0.00")
    )
    return AidThisYear(kind=kind, year=year, cap=cap, paid=paid, approved_unpaid=promised)


def set_figure(
    db_session: Session,
    *,
    unit: OrgUnit,
    year: int,
    item: str,
    amount: Decimal,
    user_id: int | None,
) -> AidSetting:
    """Set the unit's 低保 figure or a cap for ``year`` (replacing an earlier one).

    One insert-or-update statement: two admins setting the same figure at once both
    succeed, the later one's amount standing, where a read-then-insert would fail one.
    """
    changed = {"amount": amount, "updated_by_id": user_id, "updated_at": utcnow()}
    db_session.execute(
        upsert(db_session)(AidSetting)
        .values(unit_id=unit.id, year=year, item=item, **changed)
        .on_conflict_do_update(index_elements=["unit_id", "year", "item"], set_=changed)
    )
    setting = db_session.get(AidSetting, (unit.id, year, item), populate_existing=True)
    assert setting is not None
    return setting


def overview(db_session: Session, *, unit: OrgUnit, year: int) -> dict[str, object]:
    """The figures that hold for the unit's year, and where its 低保 figure comes from."""
    found = settings_of(db_session, unit_id=unit.id, year=year)
    dibao = found.get("dibao")
    source = None
    if dibao is not None:
        source = db_session.scalar(select(OrgUnit.code).where(OrgUnit.id == dibao[1]))
    return {
        "unit": unit.code,
        "year": year,
        "dibao": dibao[0] if dibao else None,
        "dibao_set_by": source,
        "caps": caps_of(db_session, unit_id=unit.id, year=year),
    }


def aid_facts(db_session: Session, case: Case) -> dict[str, Any]:
    """What the hardship workflow's checks need: the home visits, the cap and this year's aid."""
    facts: dict[str, Any] = {"home_visitors": visits.home_visitors(db_session, case)}
    if case.household_id is not None:
        household = db_session.get(Household, case.household_id)
        facts["household_complete"] = household is not None and is_complete(household)
        facts["household_exited"] = household is not None and household.status == "exited"
        facts["aid_this_year"] = standing(
            db_session, household_id=case.household_id, unit_id=case.unit_id, kind=case.category
        )
    proposal = case.details.get("proposal") or {}
    if case.status == "proposed" and "amount" in proposal:
        facts["proposed_amount"] = proposal["amount"]
    return facts


def missing(household: Household) -> list[Text]:
    """What the file still lacks, in the order a caseworker fills it in; empty when complete."""
    lacking: list[Text] = []
    for m in household.members:
        if m.work_status is None:
            lacking.append(N_("the work status of {name}", name=m.name))
        if m.health is None:
            lacking.append(N_("the health of {name}", name=m.name))
    if not household.years:
        lacking.append(N_("a year's income and essential costs"))
    return lacking


def is_complete(household: Household) -> bool:
    """Every member's work and health, and a year's income and costs, are on file."""
    return not missing(household)


def incomplete_clause(household_id: Any) -> Any:
    """``is_complete`` negated, as SQL over a household id column (the worklist's items)."""
    return or_(
        exists().where(
            HouseholdMember.household_id == household_id,
            or_(HouseholdMember.work_status.is_(None), HouseholdMember.health.is_(None)),
        ),
        ~exists().where(HouseholdYear.household_id == household_id),
    )
