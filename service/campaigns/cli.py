"""flask campaigns open|build|confirm|close|import|job|show: the API's steps, as a named user."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import click
import marshmallow as ma
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy import select

from service.auth.enums import Role
from service.auth.models import User
from service.auth.service import Caller, as_caller
from service.campaigns import jobs, service, transfers
from service.campaigns.schemas import CampaignIn, CampaignSchema, JobSchema
from service.campaigns.views import READERS
from service.db import unit_of_work
from service.domain_errors import DomainError
from service.i18n import translate, translate_all

campaigns = AppGroup("campaigns", help="Aid campaigns 送温暖/金秋助学.")
AS = click.option("--as", "username", required=True, help="the user who acts (their role counts)")


def _caller(work: Any, username: str, *roles: Role) -> Caller:
    """The user acting, refused unless their role is one of ``roles`` (as the API does)."""
    user = work.scalar(select(User).where(User.username == username, User.active.is_(True)))
    if user is None:
        raise click.BadParameter(f"no active user {username}", param_hint="--as")
    caller = as_caller(db_session=work, user=user)
    if caller.role not in (roles or READERS):
        raise click.ClickException(f"{username} is {caller.role}: only {', '.join(roles)} may")
    return caller


def _refused(exc: DomainError) -> click.ClickException:
    fields = translate_all(exc.fields, "zh")
    more = f" {json.dumps(fields, ensure_ascii=False)}" if fields else ""
    return click.ClickException(f"{translate(exc.message, 'zh')}{more}")


def _echo(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@campaigns.command("open")
@AS
@click.argument("name")
@click.option("--unit", help="a unit beneath yours (default: yours)")
@click.option("--kind", required=True, help="aid kind: seasonal, education, living ...")
@click.option("--budget", required=True, help="yuan, such as 150000.00")
@click.option("--per-household", required=True, help="yuan each household receives")
@click.option("--per-level", help='yuan for some levels instead, as JSON: {"deep": "800.00"}')
@click.option("--levels", help="comma-separated hardship levels eligible")
@click.option("--filed-before", help="only files filed before this day (YYYY-MM-DD)")
@click.option("--in-school", is_flag=True, help="only households with a member in school")
@click.option("--from", "starts_on", default=lambda: date.today().isoformat())
@click.option("--to", "ends_on", required=True, help="last day of the campaign (YYYY-MM-DD)")
def open_(username: str, name: str, **options: Any) -> None:
    """Open a campaign NAME; prints it with its id."""
    amounts: dict[str, Any] = {"per_household": options["per_household"]}
    if options["per_level"]:
        try:
            amounts["per_level"] = json.loads(options["per_level"])
        except ValueError:
            raise click.BadParameter("not JSON", param_hint="--per-level") from None
    eligibility: dict[str, Any] = {}
    if options["levels"]:
        eligibility["levels"] = options["levels"].split(",")
    if options["filed_before"]:
        eligibility["filed_before"] = options["filed_before"]
    if options["in_school"]:
        eligibility["in_school"] = True
    body = {"name": name, "kind": options["kind"], "budget": options["budget"],
            "amounts": amounts, "eligibility": eligibility,
            "starts_on": options["starts_on"], "ends_on": options["ends_on"]}  # fmt: skip
    if options["unit"]:
        body["unit"] = options["unit"]
    try:
        data = CampaignIn().load(body)
    except ma.ValidationError as exc:
        raise click.ClickException(
            json.dumps(translate_all(exc.messages, "zh"), ensure_ascii=False)
        ) from None
    with unit_of_work() as work:
        caller = _caller(work, username, Role.SUPERVISOR)
        try:
            campaign = service.open_campaign(db_session=work, caller=caller, data=data)
        except DomainError as exc:
            raise _refused(exc) from None
        work.commit()
        _echo(CampaignSchema().dump(service.view_of(work, campaign)))


@campaigns.command("build")
@AS
@click.argument("campaign_id", type=int)
@click.option("--unit", help="only the households of this unit beneath the campaign's")
def build(username: str, campaign_id: int, unit: str | None) -> None:
    """Build the list of eligible households (a worker does it); prints the job."""
    with unit_of_work() as work:
        caller = _caller(work, username)
        try:
            campaign = service.get(db_session=work, caller=caller, campaign_id=campaign_id)
            job = jobs.request_build(db_session=work, caller=caller, campaign=campaign,
                                     unit_code=unit)  # fmt: skip
        except DomainError as exc:
            raise _refused(exc) from None
        work.commit()
        _echo(JobSchema().dump(job))


@campaigns.command("confirm")
@AS
@click.argument("campaign_id", type=int)
@click.argument("list_id", type=int)
def confirm(username: str, campaign_id: int, list_id: int) -> None:
    """Confirm a ready list (not as its builder): one aid case per household, in payout."""
    with unit_of_work() as work:
        caller = _caller(work, username, Role.SUPERVISOR)
        try:
            campaign = service.get(
                db_session=work, caller=caller, campaign_id=campaign_id, for_update=True
            )
            found = service.get_list(
                db_session=work, campaign=campaign, list_id=list_id, for_update=True
            )
            service.confirm(db_session=work, caller=caller, campaign=campaign, found=found)
        except DomainError as exc:
            raise _refused(exc) from None
        work.commit()
        _echo(CampaignSchema().dump(service.view_of(work, campaign)))


@campaigns.command("close")
@AS
@click.argument("campaign_id", type=int)
def close(username: str, campaign_id: int) -> None:
    """Close a campaign: no new list or confirmation; its cases are still paid."""
    with unit_of_work() as work:
        caller = _caller(work, username, Role.SUPERVISOR)
        try:
            campaign = service.get(
                db_session=work, caller=caller, campaign_id=campaign_id, for_update=True
            )
            service.close(campaign=campaign)
        except DomainError as exc:
            raise _refused(exc) from None
        work.commit()
        _echo(CampaignSchema().dump(service.view_of(work, campaign)))


@campaigns.command("import")
@AS
@click.argument("campaign_id", type=int)
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_(username: str, campaign_id: int, path: Path) -> None:
    """Import the bank's transfer list at PATH (a worker matches it); prints the job."""
    with unit_of_work() as work:
        caller = _caller(work, username, Role.SUPERVISOR)
        try:
            campaign = service.get(db_session=work, caller=caller, campaign_id=campaign_id)
            job = jobs.request_import(db_session=work, caller=caller, campaign=campaign,
                                      content=path.read_bytes(), filename=path.name)  # fmt: skip
        except DomainError as exc:
            raise _refused(exc) from None
        work.commit()
        _echo(JobSchema().dump(job))


@campaigns.command("job")
@AS
@click.argument("campaign_id", type=int)
@click.argument("job_id", type=int)
@click.option("--result", "result", type=click.Path(dir_okay=False, path_type=Path),
              help="write the import's result file here (.csv or .xlsx)")  # fmt: skip
def job(username: str, campaign_id: int, job_id: int, result: Path | None) -> None:
    """A job's progress; with --result, the import's result file."""
    with unit_of_work() as work:
        caller = _caller(work, username)
        try:
            campaign = service.get(db_session=work, caller=caller, campaign_id=campaign_id)
            found = service.job_of(db_session=work, campaign=campaign, job_id=job_id)
            if result is not None:
                form = "xlsx" if result.suffix == ".xlsx" else "csv"
                result.write_bytes(
                    transfers.result_file(db_session=work, job=found, form=form, lang="zh")
                )
        except DomainError as exc:
            raise _refused(exc) from None
        _echo(JobSchema().dump(found))


@campaigns.command("show")
@AS
@click.argument("campaign_id", type=int)
def show(username: str, campaign_id: int) -> None:
    """The campaign's budget, committed, paid and remaining."""
    with unit_of_work() as work:
        caller = _caller(work, username)
        try:
            campaign = service.get(db_session=work, caller=caller, campaign_id=campaign_id)
        except DomainError as exc:
            raise _refused(exc) from None
        _echo(CampaignSchema().dump(service.view_of(work, campaign)))


def init_app(app: Flask) -> None:
    app.cli.add_command(campaigns)
