"""Org units and the people in them: creating, renaming, roles, moves and leaving.

The one write path for the ``flask units`` / ``flask users`` commands and the console's
administration pages. ``scope`` is the set of unit ids the acting administrator may
touch (their unit and those beneath it); the commands, run by whoever runs the server,
pass ``None`` for every unit.
"""

from __future__ import annotations

import re
import secrets
import urllib.parse
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.auth.passwords import set_password
from service.cases.assignment import assign_waiting
from service.cases.models import Case
from service.domain_errors import Conflict, NotAllowed, invalid, not_found
from service.i18n import N_, Text
from workflows.definitions import CLOSED_STATES

UNIT_CODE = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
USERNAME = re.compile(r"[\w.\-]+")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
WEBHOOK_FORMATS = ("wecom", "dingtalk")


def _text(
    fields: dict[str, list[Text]], name: str, value: str | None, *, most: int, needed: bool = True
) -> str:
    """``value`` stripped; a message under ``name`` when it is missing or too long."""
    value = (value or "").strip()
    if needed and not value:
        fields[name] = [N_("required")]
    elif len(value) > most:
        fields[name] = [N_("at most {count} characters", count=most)]
    return value


def _unit_by_code(
    db_session: Session, code: str | None, scope: Collection[int] | None
) -> OrgUnit | None:
    if not code:
        return None
    unit = db_session.scalar(select(OrgUnit).where(OrgUnit.code == code.strip()))
    if unit is None or (scope is not None and unit.id not in scope):
        return None
    return unit


def unit_in_scope(*, db_session: Session, unit_id: int, scope: Collection[int] | None) -> OrgUnit:
    unit = db_session.get(OrgUnit, unit_id)
    if unit is None or (scope is not None and unit.id not in scope):
        raise not_found("unit")
    return unit


def user_in_scope(*, db_session: Session, user_id: int, scope: Collection[int] | None) -> User:
    user = db_session.get(User, user_id)
    if user is None or (scope is not None and user.unit_id not in scope):
        raise not_found("user")
    return user


def create_unit(
    *,
    db_session: Session,
    code: str,
    name: str,
    parent_code: str | None,
    scope: Collection[int] | None = None,
) -> OrgUnit:
    """A new unit beneath ``parent_code`` (a root unit when None and ``scope`` is None)."""
    fields: dict[str, list[Text]] = {}
    code = _text(fields, "code", code, most=32)
    if code and "code" not in fields and not UNIT_CODE.fullmatch(code):
        fields["code"] = [N_("letters, digits and hyphens, such as XA-HG")]
    name = _text(fields, "name", name, most=100)
    parent = _unit_by_code(db_session, parent_code, scope)
    if parent_code and parent is None:
        fields["parent"] = [N_("no unit {code}", code=parent_code)]
    elif parent is None and scope is not None:
        fields["parent"] = [N_("required")]
    if fields:
        raise invalid(fields)
    if db_session.scalar(select(OrgUnit.id).where(OrgUnit.code == code)):
        raise invalid({"code": [N_("unit {code} already exists", code=code)]})
    unit = OrgUnit(code=code, name=name, parent=parent, path="")
    db_session.add(unit)
    db_session.flush()
    unit.path = f"{parent.path if parent else '/'}{unit.id}/"
    return unit


def rename_unit(*, db_session: Session, unit: OrgUnit, name: str) -> None:
    """A new name; the code stays, as it is part of every case number of the unit."""
    fields: dict[str, list[Text]] = {}
    name = _text(fields, "name", name, most=100)
    if fields:
        raise invalid(fields)
    unit.name = name


def set_webhook(
    *, db_session: Session, unit: OrgUnit, url: str | None, kind: str, secret: str | None
) -> None:
    """Send the unit's notifications to a WeCom or DingTalk group robot; no URL stops them.

    ``secret`` is DingTalk's 加签 secret: None keeps the one stored, "" removes it.
    """
    fields: dict[str, list[Text]] = {}
    url = _text(fields, "webhook_url", url, most=500, needed=False)
    if url:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("https", "http") or not parts.netloc or " " in url:
            fields["webhook_url"] = [N_("the webhook URL must start with https://")]
    if kind not in WEBHOOK_FORMATS:
        fields["webhook_format"] = [N_("must be one of: {choices}", choices="wecom, dingtalk")]
    if secret is not None:
        secret = _text(fields, "webhook_secret", secret, most=200, needed=False)
    if fields:
        raise invalid(fields)
    if not url:
        unit.webhook_url = unit.webhook_format = unit.webhook_secret = None
        return
    unit.webhook_url, unit.webhook_format = url, kind
    if secret is not None:
        unit.webhook_secret = secret or None


def _role(fields: dict[str, list[Text]], role: str | Role | None) -> Role | None:
    try:
        return Role(role or "")
    except ValueError:
        fields["role"] = [N_("must be one of: {choices}", choices=", ".join(Role))]
        return None


@dataclass(frozen=True)
class NewUser:
    """A user just made, with the cases that waited for someone like them and their password."""

    user: User
    assigned: list[Case]
    password: str | None


def _post(
    db_session: Session,
    fields: dict[str, list[Text]],
    email: str | None,
    role: str | None,
    unit_code: str | None,
    scope: Collection[int] | None,
) -> tuple[str | None, Role, OrgUnit]:
    """A person's e-mail, role and unit as checked, or every message of ``fields`` raised."""
    email = _text(fields, "email", email, most=200, needed=False) or None
    if email and "email" not in fields and not EMAIL.fullmatch(email):
        fields["email"] = [N_("not an e-mail address")]
    chosen_role = _role(fields, role)
    unit = _unit_by_code(db_session, unit_code, scope)
    if unit is None:
        fields["unit"] = [N_("no unit {code}", code=unit_code) if unit_code else N_("required")]
    if fields:
        raise invalid(fields)
    assert unit is not None and chosen_role is not None
    return email, chosen_role, unit


def create_user(
    *,
    db_session: Session,
    username: str,
    role: Role | str,
    unit_code: str,
    name: str | None,
    email: str | None = None,
    scope: Collection[int] | None = None,
    with_password: bool = False,
    take_waiting: bool = True,
) -> NewUser:
    """A user with one role in one unit; the unit's waiting cases go to them if they can take them.

    With ``with_password`` they get a random first password, returned to hand over once;
    without ``take_waiting`` the waiting cases stay where they are (test fixtures, seeds).
    """
    fields: dict[str, list[Text]] = {}
    username = _text(fields, "username", username, most=64)
    if username and "username" not in fields and not USERNAME.fullmatch(username):
        fields["username"] = [N_("letters, digits, dots, hyphens and underscores only")]
    display_name = _text(fields, "display_name", name, most=64, needed=False) or username
    email, chosen_role, unit = _post(db_session, fields, email, role, unit_code, scope)
    if db_session.scalar(select(User.id).where(User.username == username)):
        raise invalid({"username": [N_("user {username} already exists", username=username)]})
    user = User(
        username=username, display_name=display_name, role=chosen_role, unit=unit, email=email
    )
    db_session.add(user)
    db_session.flush()
    password = None
    if with_password:
        password = secrets.token_urlsafe(9)
        set_password(db_session=db_session, user=user, password=password)
    waiting = []
    if take_waiting:
        waiting = assign_waiting(db_session=db_session, unit_ids=[unit.id], actor_id=None)
    return NewUser(user=user, assigned=waiting, password=password)


def _other_active_admins(db_session: Session, user: User) -> int:
    """Active admins besides ``user``.

    Every active admin's row is locked, in id order, so that two admins removing each
    other at once wait in line instead of both passing (or deadlocking).
    """
    ids = db_session.scalars(
        select(User.id)
        .where(User.role == Role.ADMIN, User.active.is_(True))
        .order_by(User.id)
        .with_for_update()
    ).all()
    return len([found for found in ids if found != user.id])


def _open_cases(db_session: Session, user: User) -> int:
    return (
        db_session.scalar(
            select(func.count(Case.id)).where(
                Case.assignee_id == user.id, Case.status.not_in(CLOSED_STATES)
            )
        )
        or 0
    )


def _keeps_an_admin(db_session: Session, user: User) -> None:
    if user.role == Role.ADMIN and user.active and not _other_active_admins(db_session, user):
        raise Conflict(N_("{username} is the last administrator", username=user.username))


def _hands_over_cases(db_session: Session, user: User) -> None:
    if count := _open_cases(db_session, user):
        raise Conflict(
            N_(
                "{username} still has {count} open cases; reassign them first",
                username=user.username,
                count=count,
            )
        )


def change_user(
    *,
    db_session: Session,
    user: User,
    actor_id: int | None,
    display_name: str,
    role: str,
    unit_code: str,
    email: str | None,
    scope: Collection[int] | None = None,
) -> list[Case]:
    """New name, role, unit or e-mail; returns the waiting cases that went to the user.

    Someone with open cases keeps role and unit until the cases are reassigned; the
    last administrator stays one; an administrator does not move themselves.
    """
    fields: dict[str, list[Text]] = {}
    display_name = _text(fields, "display_name", display_name, most=64)
    email, chosen_role, unit = _post(db_session, fields, email, role, unit_code, scope)
    moves = chosen_role != user.role or unit.id != user.unit_id
    if moves and user.id == actor_id and unit.id != user.unit_id:
        raise NotAllowed(N_("you cannot move yourself to another unit; ask another administrator"))
    if chosen_role != user.role:
        _keeps_an_admin(db_session, user)
    if moves:
        _hands_over_cases(db_session, user)
    user.display_name, user.email, user.role, user.unit_id = (
        display_name,
        email,
        chosen_role,
        unit.id,
    )
    db_session.flush()
    if moves and user.active:
        return assign_waiting(db_session=db_session, unit_ids=[unit.id], actor_id=actor_id)
    return []


def set_active(*, db_session: Session, user: User, active: bool, actor_id: int | None) -> None:
    """Deactivate (no sign-in, no token works) or reactivate a user.

    Their tokens and password stay, so a reactivated user works again as before.
    """
    if user.active == active:
        return
    if not active:
        if user.id == actor_id:
            raise NotAllowed(N_("you cannot deactivate yourself"))
        _keeps_an_admin(db_session, user)
        _hands_over_cases(db_session, user)
    user.active = active
    db_session.flush()
    if active:
        assign_waiting(db_session=db_session, unit_ids=[user.unit_id], actor_id=actor_id)
