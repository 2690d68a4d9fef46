"""A unit's aid settings on its administration page: the 低保 figure and the caps per aid kind.

The figures shown are the ones ``service.households.aid`` computes for the unit (its own
setting, one inherited from a unit above, or the default), and a figure is set through
the same schema and service function as ``PUT /api/v1/aid-settings`` (see admin_units).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.auth.models import OrgUnit
from service.console.forms import WHOLE
from service.db import session
from service.households import aid
from service.households.schemas import SETTING_ITEMS
from service.i18n import N_


@dataclass(frozen=True)
class Figure:
    """One item as it holds for a unit's year, and where it comes from."""

    item: str
    amount: Decimal | None  # None: no 低保 figure, or the kind has no cap
    set_by: str | None  # the code of the unit whose setting it is; None: the default

    @property
    def label(self) -> Any:
        return item_label(self.item)

    def source(self, unit: OrgUnit) -> Any:
        if self.set_by == unit.code:
            return N_("set for this unit")
        if self.set_by is not None:
            return N_("inherited from {code}", code=self.set_by)
        return N_("not set") if self.item == "dibao" else N_("the default")


def item_label(item: str) -> Any:
    """The 低保 figure is monthly, per head; a cap is a household's most aid of a kind a year."""
    if item == "dibao":
        return N_("dibao figure (monthly, per head)")
    return N_("yearly cap of {kind}", kind=N_(item))


def item_options() -> list[tuple[str, Any]]:
    return [(item, item_label(item)) for item in SETTING_ITEMS]


def figures(db_session: Session, *, unit: OrgUnit, year: int) -> list[Figure]:
    """The 低保 figure and every kind's cap for the unit's year, as the service has them."""
    found = aid.settings_of(db_session, unit_id=unit.id, year=year)
    amounts: dict[str, Decimal | None] = {
        "dibao": aid.dibao_of(db_session, unit_id=unit.id, year=year),
        **aid.caps_of(db_session, unit_id=unit.id, year=year),
    }
    setters = {setter for _amount, setter in found.values()}
    codes = dict(
        db_session.execute(select(OrgUnit.id, OrgUnit.code).where(OrgUnit.id.in_(setters))).all()
    )
    return [
        Figure(item, amounts[item], codes[found[item][1]] if item in found else None)
        for item in SETTING_ITEMS
    ]


def aid_years(unit: OrgUnit) -> list[tuple[int, list[Figure]]]:
    """This year's and next year's figures (caps reset on 1 January, China time)."""
    year = aid.this_year()
    return [(shown, figures(session(), unit=unit, year=shown)) for shown in (year, year + 1)]


def setting_body(unit: OrgUnit, form: Any) -> dict[str, Any]:
    """The form as ``PUT /api/v1/aid-settings`` takes it; an empty field is left out."""
    body: dict[str, Any] = {"unit": unit.code}
    for name in ("item", "year", "amount"):
        value = form.get(name, "")
        if value.strip():
            body[name] = value
    if "year" in body and WHOLE.fullmatch(body["year"]):
        body["year"] = int(body["year"])
    return body
