"""Administration: units and users, resetting a password, revoking a user's API tokens."""

from __future__ import annotations

import secrets

from flask import abort, render_template
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from service.auth import passwords
from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.auth.service import revoke_tokens
from service.console.blueprint import bp
from service.console.web import caller, commit, signed_in
from service.db import session
from service.i18n import N_


def _users() -> list[User]:
    """The users of the admin's units (their unit and those beneath it)."""
    return list(
        session().scalars(
            select(User)
            .where(User.unit_id.in_(caller().scope_unit_ids))
            .order_by(User.unit_id, User.username)
        )
    )


def _page(notice: str | None = None, status: int = 200) -> ResponseReturnValue:
    units = session().scalars(
        select(OrgUnit).where(OrgUnit.id.in_(caller().scope_unit_ids)).order_by(OrgUnit.path)
    )
    return render_template(
        "console/admin.html", units=list(units), users=_users(), notice=notice
    ), status


@bp.route("/admin")
@signed_in(Role.ADMIN)
def admin_home() -> ResponseReturnValue:
    return _page()


def _user(user_id: int) -> User:
    user = session().get(User, user_id)
    if user is None or user.unit_id not in caller().scope_unit_ids:
        abort(404)
    return user


@bp.route("/admin/users/<int:user_id>/password", methods=["POST"])
@signed_in(Role.ADMIN)
def admin_reset_password(user_id: int) -> ResponseReturnValue:
    """Give the user a new random password, shown once to hand over in person."""
    user = _user(user_id)
    password = secrets.token_urlsafe(9)
    passwords.set_password(db_session=session(), user=user, password=password)
    commit()
    return _page(
        N_("new password of {username}: {password}", username=user.username, password=password)
    )


@bp.route("/admin/users/<int:user_id>/tokens", methods=["POST"])
@signed_in(Role.ADMIN)
def admin_revoke_tokens(user_id: int) -> ResponseReturnValue:
    user = _user(user_id)
    count = revoke_tokens(db_session=session(), user=user)
    commit()
    return _page(
        N_("{count} API tokens of {username} revoked", count=count, username=user.username)
    )
