"""flask units / users / tokens: manage who may use unioncase."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy import select
from sqlalchemy.orm import Session

from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.auth.passwords import SignInRefused, set_password
from service.auth.service import issue_token, revoke_tokens
from service.db import unit_of_work
from service.domain_errors import DomainError
from service.i18n import translate
from service.staff.service import create_unit, create_user, set_webhook

units = AppGroup("units", help="Org units: street federations and community unions.")
users = AppGroup("users", help="People who use unioncase.")
tokens = AppGroup("tokens", help="API bearer tokens.")


def refused(error: DomainError) -> click.ClickException:
    """A refusal of the service as the command's error, field by field."""
    details = "; ".join(
        f"{field}: {', '.join(translate(m, 'en') for m in messages)}"
        for field, messages in error.fields.items()
    )
    return click.ClickException(f"{error.message}: {details}" if details else error.message)


def _user(db_session: Session, username: str) -> User:
    user = db_session.scalar(select(User).where(User.username == username))
    if user is None:
        raise click.ClickException(f"no user {username}")
    return user


@units.command("create")
@click.argument("code")
@click.argument("name")
@click.option("--parent", "parent_code", help="code of the unit above this one")
def units_create(code: str, name: str, parent_code: str | None) -> None:
    """Create an org unit CODE named NAME."""
    with unit_of_work() as work:
        try:
            unit = create_unit(db_session=work, code=code, name=name, parent_code=parent_code)
        except DomainError as error:
            raise refused(error) from None
        work.commit()
        click.echo(f"unit {unit.code} {unit.name} created")


@units.command("webhook")
@click.argument("code")
@click.argument("url", required=False)
@click.option("--format", "kind", type=click.Choice(["wecom", "dingtalk"]), default="wecom")
@click.option("--secret", help="DingTalk 加签 secret, if the robot has one")
def units_webhook(code: str, url: str | None, kind: str, secret: str | None) -> None:
    """Send unit CODE's notifications to a WeCom or DingTalk group robot (no URL: stop)."""
    with unit_of_work() as work:
        unit = work.scalar(select(OrgUnit).where(OrgUnit.code == code))
        if unit is None:
            raise click.ClickException(f"no unit {code}")
        try:
            set_webhook(db_session=work, unit=unit, url=url, kind=kind, secret=secret or "")
        except DomainError as error:
            raise refused(error) from None
        work.commit()
    click.echo(f"unit {code} robot: {url or 'none'}")


@users.command("create")
@click.argument("username")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True)
@click.option("--unit", "unit_code", required=True, help="code of the user's org unit")
@click.option("--name", help="the user's name, e.g. 王芳")
@click.option("--email", help="where reminders are e-mailed in working hours")
def users_create(
    username: str, role: str, unit_code: str, name: str | None, email: str | None
) -> None:
    """Create a user USERNAME with one role in one unit."""
    with unit_of_work() as work:
        try:
            made = create_user(
                db_session=work,
                username=username,
                role=Role(role),
                unit_code=unit_code,
                name=name,
                email=email,
            )
        except DomainError as error:
            raise refused(error) from None
        work.commit()
        click.echo(f"user {username} ({role}, {unit_code}) created")
        # The unit's cases that waited for someone like them are theirs now.
        for case in made.assigned:
            click.echo(
                f"{case.number} assigned to {case.assignee.username if case.assignee else '-'}"
            )


@users.command("password")
@click.argument("username")
@click.option(
    "--password",
    prompt=True,
    hide_input=True,
    confirmation_prompt=True,
    help="the new password (prompted for when not given; give it only in scripts)",
)
def users_password(username: str, password: str) -> None:
    """Set the password USERNAME signs in to the web console with."""
    with unit_of_work() as work:
        try:
            set_password(db_session=work, user=_user(work, username), password=password)
        except SignInRefused as refused:
            raise click.ClickException(f"password: {refused.message}") from None
        work.commit()
    click.echo(f"password of {username} set")


@tokens.command("create")
@click.argument("username")
def tokens_create(username: str) -> None:
    """Issue a token for USERNAME; it is printed alone on the last line, once."""
    with unit_of_work() as work:
        token = issue_token(db_session=work, user=_user(work, username))
        work.commit()
    click.echo(f"token for {username} (shown once; store it safely):")
    click.echo(token)


@tokens.command("revoke")
@click.argument("username")
def tokens_revoke(username: str) -> None:
    """Revoke every token of USERNAME."""
    with unit_of_work() as work:
        count = revoke_tokens(db_session=work, user=_user(work, username))
        work.commit()
    click.echo(f"{count} token(s) of {username} revoked")


def init_app(app: Flask) -> None:
    for group in (units, users, tokens):
        app.cli.add_command(group)
