"""flask units / users / tokens: manage who may use unioncase."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy import select
from sqlalchemy.orm import Session

from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.auth.service import issue_token, revoke_tokens
from service.cases.assignment import assign_waiting
from service.db import unit_of_work

units = AppGroup("units", help="Org units: street federations and community unions.")
users = AppGroup("users", help="People who use unioncase.")
tokens = AppGroup("tokens", help="API bearer tokens.")


def create_unit(*, db_session: Session, code: str, name: str, parent_code: str | None) -> OrgUnit:
    if db_session.scalar(select(OrgUnit).where(OrgUnit.code == code)):
        raise click.ClickException(f"unit {code} already exists")
    parent = None
    if parent_code:
        parent = db_session.scalar(select(OrgUnit).where(OrgUnit.code == parent_code))
        if parent is None:
            raise click.ClickException(f"no unit {parent_code}")
    unit = OrgUnit(code=code, name=name, parent=parent, path="")
    db_session.add(unit)
    db_session.flush()
    unit.path = f"{parent.path if parent else '/'}{unit.id}/"
    return unit


def create_user(
    *,
    db_session: Session,
    username: str,
    role: Role,
    unit_code: str,
    name: str | None,
    email: str | None = None,
) -> User:
    if db_session.scalar(select(User).where(User.username == username)):
        raise click.ClickException(f"user {username} already exists")
    unit = db_session.scalar(select(OrgUnit).where(OrgUnit.code == unit_code))
    if unit is None:
        raise click.ClickException(f"no unit {unit_code}")
    user = User(username=username, display_name=name or username, role=role, unit=unit, email=email)
    db_session.add(user)
    db_session.flush()
    return user


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
        unit = create_unit(db_session=work, code=code, name=name, parent_code=parent_code)
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
        if url and not url.startswith(("https://", "http://")):
            raise click.ClickException("the webhook URL must start with https://")
        unit.webhook_url, unit.webhook_format = url, kind if url else None
        unit.webhook_secret = secret if url else None
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
        user = create_user(
            db_session=work,
            username=username,
            role=Role(role),
            unit_code=unit_code,
            name=name,
            email=email,
        )
        # The unit's cases that waited for someone like them are theirs now.
        waiting = assign_waiting(db_session=work, unit_ids=[user.unit_id], actor_id=None)
        work.commit()
        click.echo(f"user {username} ({role}, {unit_code}) created")
        for case in waiting:
            click.echo(
                f"{case.number} assigned to {case.assignee.username if case.assignee else '-'}"
            )


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
