"""flask households dibao / cap / schedule: 低保 figures, aid caps, re-verification timers."""

from __future__ import annotations

from decimal import Decimal

import click
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy import select

from service.auth.models import OrgUnit
from service.db import unit_of_work
from service.households import aid, reminders
from service.households.models import ACTIVE, Household
from workflows.case_types import AID_KINDS
from workflows.data import EARLIEST_DATE, latest_date, parse_money

households = AppGroup("households", help="Household files: 低保 figures and aid caps.")


def _amount(_ctx: click.Context, _param: click.Parameter, value: str) -> Decimal:
    try:
        return parse_money(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _set(unit_code: str, year: int, item: str, amount: Decimal) -> None:
    if not EARLIEST_DATE.year <= year <= latest_date().year:
        raise click.BadParameter(f"{year} is not a year the office records", param_hint="YEAR")
    with unit_of_work() as work:
        unit = work.scalar(select(OrgUnit).where(OrgUnit.code == unit_code))
        if unit is None:
            raise click.BadParameter(f"no unit {unit_code}", param_hint="UNIT")
        aid.set_figure(work, unit=unit, year=year, item=item, amount=amount, user_id=None)
        work.commit()
        figures = aid.overview(work, unit=unit, year=year)
    caps: dict[str, Decimal | None] = figures["caps"]  # type: ignore[assignment]
    listed = ", ".join(f"{kind} {'-' if value is None else value}" for kind, value in caps.items())
    click.echo(f"{unit_code} {year}: 低保 {figures['dibao']}; caps: {listed}")


@households.command("dibao")
@click.argument("unit_code", metavar="UNIT")
@click.argument("year", type=int)
@click.argument("amount", callback=_amount)
def dibao(unit_code: str, year: int, amount: Decimal) -> None:
    """Set UNIT's 低保 figure (monthly, per head, yuan) for YEAR; units beneath it inherit it."""
    _set(unit_code, year, "dibao", amount)


@households.command("cap")
@click.argument("unit_code", metavar="UNIT")
@click.argument("year", type=int)
@click.argument("kind", type=click.Choice(AID_KINDS))
@click.argument("amount", callback=_amount)
def cap(unit_code: str, year: int, kind: str, amount: Decimal) -> None:
    """Set UNIT's yearly cap of aid KIND per household for YEAR (yuan)."""
    _set(unit_code, year, kind, amount)


@households.command("schedule")
def schedule() -> None:
    """Start the yearly re-verification of active files that have none (filed before it was
    the file's own): due a year after filing or the last re-verification."""
    with unit_of_work() as work:
        unscheduled = work.scalars(
            select(Household)
            .where(Household.status.in_(ACTIVE), Household.reverify_by.is_(None))
            .order_by(Household.id)
        ).all()
        for household in unscheduled:
            since = reminders.since_of(household)
            reminders.start(db_session=work, household=household, since=since)
        work.commit()
    click.echo(f"{len(unscheduled)} household files scheduled for re-verification")


def init_app(app: Flask) -> None:
    app.cli.add_command(households)
