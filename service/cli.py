"""flask db / bootstrap / workflows: operating commands."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import click
from alembic import command
from alembic.config import Config
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext
from sqlalchemy import select

from service.auth.cli import create_unit, create_user
from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.auth.service import issue_token
from service.config import Settings
from service.db import unit_of_work
from service.timers.models import CalendarDay
from service.timers.schedule import forget_calendar
from workflows.definitions import WORKFLOWS
from workflows.engine import mermaid

ROOT = Path(__file__).resolve().parent.parent
db = AppGroup("db", help="Database migrations (Alembic).")


def alembic_config(database_url: str) -> Config:
    config = Config(toml_file=str(ROOT / "pyproject.toml"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["database_url"] = database_url
    return config


@db.command("upgrade")
@click.argument("revision", default="head")
def db_upgrade(revision: str) -> None:
    """Migrate the database up to REVISION (default: head)."""
    settings: Settings = current_app.extensions["settings"]
    config = alembic_config(settings.database_url)
    config.attributes["audit_key"] = settings.audit_key  # to re-key the trail (0005)
    command.upgrade(config, revision)


@db.command("downgrade")
@click.argument("revision")
def db_downgrade(revision: str) -> None:
    """Migrate the database down to REVISION ("base" empties it)."""
    settings: Settings = current_app.extensions["settings"]
    command.downgrade(alembic_config(settings.database_url), revision)


@click.command("bootstrap")
@with_appcontext
@click.option("--url", default="http://127.0.0.1:8000", help="where the web process listens")
def bootstrap(url: str) -> None:
    """Create the root unit and an admin on first run; print the URL and the admin token."""
    settings: Settings = current_app.extensions["settings"]
    token_file = settings.data_dir / "admin-token"
    with unit_of_work() as work:
        if work.scalar(select(User).where(User.role == Role.ADMIN).limit(1)) is None:
            root = work.scalar(select(OrgUnit).where(OrgUnit.code == settings.root_unit_code))
            if root is None:
                root = create_unit(
                    db_session=work,
                    code=settings.root_unit_code,
                    name=settings.root_unit_name,
                    parent_code=None,
                )
            admin = create_user(
                db_session=work, username="admin", role=Role.ADMIN, unit_code=root.code, name=None
            )
            token = issue_token(db_session=work, user=admin)
            work.commit()
            settings.data_dir.mkdir(parents=True, exist_ok=True)
            token_file.write_text(token + "\n")
            os.chmod(token_file, 0o600)
    click.echo(f"unioncase is at {url}/api/docs (API {url}/api/v1)")
    if token_file.exists():
        click.echo(f"admin token (also in {token_file}):")
        click.echo(token_file.read_text().strip())


workflows = AppGroup("workflows", help="The case workflows.")


@workflows.command("show")
@click.argument("case_type", type=click.Choice(sorted(WORKFLOWS)))
def workflows_show(case_type: str) -> None:
    """Print the Mermaid state diagram of CASE_TYPE's workflow."""
    click.echo(mermaid(WORKFLOWS[case_type]))


calendar_days = AppGroup("calendar", help="Holidays and make-up working days.")


def _set_day(day: datetime, working: bool, note: str) -> None:
    with unit_of_work() as work:
        row = work.get(CalendarDay, day.date()) or CalendarDay(day=day.date())
        row.working, row.note = working, note
        work.add(row)
        work.commit()
    forget_calendar()
    click.echo(f"{day.date()} is now a {'working day' if working else 'holiday'}")


@calendar_days.command("holiday")
@click.argument("day", type=click.DateTime(["%Y-%m-%d"]))
@click.option("--note", default="", help="e.g. 春节")
def calendar_holiday(day: datetime, note: str) -> None:
    """Make DAY a holiday (for a year the official calendar does not cover yet)."""
    _set_day(day, False, note)


@calendar_days.command("workday")
@click.argument("day", type=click.DateTime(["%Y-%m-%d"]))
@click.option("--note", default="", help="e.g. 春节调休上班")
def calendar_workday(day: datetime, note: str) -> None:
    """Make DAY a working day (a weekend day worked in exchange, 调休)."""
    _set_day(day, True, note)


@calendar_days.command("list")
def calendar_list() -> None:
    """The days entered by hand."""
    with unit_of_work() as work:
        for row in work.scalars(select(CalendarDay).order_by(CalendarDay.day)):
            click.echo(f"{row.day}  {'working' if row.working else 'holiday'}  {row.note}")


def init_app(app: Flask) -> None:
    app.cli.add_command(db)
    app.cli.add_command(bootstrap)
    app.cli.add_command(workflows)
    app.cli.add_command(calendar_days)
