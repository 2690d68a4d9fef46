"""flask db / bootstrap / workflows: operating commands."""

from __future__ import annotations

import json
import os
import secrets
from datetime import datetime
from pathlib import Path
from typing import Any

import click
from alembic import command
from alembic.config import Config
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext
from sqlalchemy import select

from service.auth.cli import refused
from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.auth.passwords import is_password, set_password
from service.auth.service import issue_token
from service.config import Settings
from service.db import unit_of_work, utcnow
from service.domain_errors import DomainError
from service.staff.service import create_unit, create_user
from service.timers.models import CalendarDay
from service.timers.schedule import local_date
from service.working_days.days import remove_day, set_day
from service.working_days.years import coverage, load_year, schedule_from
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
    password_file = settings.data_dir / "admin-password"
    with unit_of_work() as work:
        admin = work.scalar(select(User).where(User.role == Role.ADMIN).order_by(User.id).limit(1))
        secrets_to_keep: list[tuple[Path, str]] = []
        if admin is None:
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
            ).user
            secrets_to_keep.append((token_file, issue_token(db_session=work, user=admin)))
        if admin.password_hash is None:  # also an admin made before the console existed
            password = secrets.token_urlsafe(12)
            set_password(db_session=work, user=admin, password=password)
            secrets_to_keep.append((password_file, password))
        work.commit()
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        for path, secret in secrets_to_keep:
            path.write_text(secret + "\n")
            os.chmod(path, 0o600)
        if password_file.exists() and not is_password(admin, password_file.read_text().strip()):
            password_file.unlink()  # the admin has chosen a password of their own since
    click.echo(f"unioncase is at {url}/ (console) and {url}/api/docs (API {url}/api/v1)")
    if password_file.exists():
        click.echo(f"console sign-in: {admin.username} / {password_file.read_text().strip()}")
        click.echo(f"  (also in {password_file}; change it under 密码 after signing in)")
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


def _change_day(change: Any, **arguments: Any) -> None:
    with unit_of_work() as work:
        try:
            change(db_session=work, **arguments)
        except DomainError as error:
            raise refused(error) from None
        work.commit()


def _set_day(day: datetime, working: bool, note: str) -> None:
    _change_day(set_day, day=day.date(), working=working, note=note)
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


@calendar_days.command("remove")
@click.argument("day", type=click.DateTime(["%Y-%m-%d"]))
def calendar_remove(day: datetime) -> None:
    """Remove the day entered for DAY: it counts as the weekday it is again."""
    _change_day(remove_day, day=day.date())
    click.echo(f"{day.date()} removed; it counts as a {day:%A} again")


@calendar_days.command("list")
def calendar_list() -> None:
    """The days entered by hand."""
    with unit_of_work() as work:
        for row in work.scalars(select(CalendarDay).order_by(CalendarDay.day)):
            click.echo(f"{row.day}  {'working' if row.working else 'holiday'}  {row.note}")


@calendar_days.command("load")
@click.argument("schedule_file", type=click.File("r", encoding="utf-8"), required=False)
@click.option("--year", type=int, help="the year, when the days are given here")
@click.option(
    "--holidays", "holidays", multiple=True, help="a day or a range 2027-10-01..2027-10-07"
)
@click.option("--working-days", "working_days", multiple=True, help="a weekend day worked (调休)")
@click.option("--source", default="", help="the notice the schedule comes from")
def calendar_load(
    schedule_file: Any,
    year: int | None,
    holidays: tuple[str, ...],
    working_days: tuple[str, ...],
    source: str,
) -> None:
    """Load a year's official schedule in one step, from SCHEDULE_FILE (JSON) or the options.

    It replaces the days entered for that year, and the year counts as official.
    """
    try:
        if schedule_file is not None:
            schedule = schedule_from(json.load(schedule_file))
        elif year is not None:
            schedule = {
                "year": year,
                "source": source,
                "holidays": [item for given in holidays for item in given.split(",")],
                "working_days": [item for given in working_days for item in given.split(",")],
            }
        else:
            raise ValueError("give a schedule file, or --year with --holidays and --working-days")
        with unit_of_work() as work:
            off, on = load_year(db_session=work, **schedule)
            work.commit()
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{schedule['year']}: {off} holidays and {on} make-up working days loaded")


@calendar_days.command("years")
def calendar_years() -> None:
    """Which years follow an official schedule and which count Monday to Friday."""
    with unit_of_work() as work:
        found = coverage(db_session=work, today=local_date(utcnow()))
    for year in found["official_years"]:
        click.echo(f"{year}  official")
    for year in found["fallback_years"]:
        click.echo(f"{year}  fallback (Monday to Friday and the days entered by hand)")
    click.echo(f"official until {found['official_until']}")


def init_app(app: Flask) -> None:
    app.cli.add_command(db)
    app.cli.add_command(bootstrap)
    app.cli.add_command(workflows)
    app.cli.add_command(calendar_days)
