"""flask reports build: build a unit's monthly or quarterly report by hand."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy import select

from service.auth.models import OrgUnit
from service.db import unit_of_work
from service.reports import stored
from workflows.calendar import CHINA

reports = AppGroup("reports", help="Monthly and quarterly reports.")


@reports.command("build")
@click.option("--unit", "unit_code", required=True, help="the unit's code, e.g. XA-HG")
@click.option("--month", help="e.g. 2026-10")
@click.option("--quarter", help="e.g. 2026Q3")
def build(unit_code: str, month: str | None, quarter: str | None) -> None:
    """Build and send one report; says so if it exists already (it is never built twice)."""
    if (month is None) == (quarter is None):
        raise click.UsageError("give exactly one of --month and --quarter")
    try:
        period = stored.month(month) if month else stored.quarter(quarter or "")
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--month/--quarter") from None
    with unit_of_work() as work:
        unit = work.scalar(select(OrgUnit).where(OrgUnit.code == unit_code))
        if unit is None:
            raise click.BadParameter(f"no unit {unit_code}", param_hint="--unit")
        report, new = stored.build(
            db_session=work, unit=unit, report_period=period, built_by_id=None
        )
        work.commit()
        if new:
            click.echo(f"built report {report.id}: {unit.code} {period.name}")
        else:
            click.echo(
                f"report {report.id} for {unit.code} {period.name} already exists "
                f"(built {report.built_at.astimezone(CHINA):%Y-%m-%d %H:%M} China time); "
                "nothing built"
            )


def init_app(app: Flask) -> None:
    app.cli.add_command(reports)
    # An e-mailed report carries its Excel file (service.notifications.push asks by kind).
    app.extensions.setdefault("push_attachments", {})["report"] = stored.attachment
