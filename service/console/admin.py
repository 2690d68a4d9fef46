"""Administration of people: the overview, creating users, their role, unit and leaving.

Everything is scoped to the admin's units (their unit and those beneath it) and goes
through ``service.staff.service``, the same functions as the ``flask users`` commands.
"""

from __future__ import annotations

import secrets
from typing import Any

from flask import redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from service.auth import passwords
from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.auth.service import revoke_tokens
from service.console.blueprint import bp
from service.console.forms import flat_errors
from service.console.web import caller, commit, done, done_notice, signed_in
from service.db import session
from service.domain_errors import DomainError, Invalid
from service.errors import http_status
from service.i18n import N_
from service.staff import service as staff

USER_FIELDS = ("username", "display_name", "role", "unit", "email")


def scope_units() -> list[OrgUnit]:
    """The units the admin manages, the tree in order."""
    return list(
        session().scalars(
            select(OrgUnit).where(OrgUnit.id.in_(caller().scope_unit_ids)).order_by(OrgUnit.path)
        )
    )


def unit_options() -> list[tuple[str, str]]:
    return [(unit.code, f"{unit.code} {unit.name}") for unit in scope_units()]


def refusal(error: DomainError) -> tuple[dict[str, list[str]], str | None, int]:
    """A refusal as the page shows it: messages by field, a message above the form, a status."""
    session().rollback()  # nothing of a refused change stays, not even in this request
    if isinstance(error, Invalid):
        return flat_errors(error.fields), None, 422
    return {}, error.message, http_status(error)


def no_store(body: str, status: int = 200) -> ResponseReturnValue:
    """A page that shows a password once: no browser or proxy keeps a copy."""
    return body, status, {"Cache-Control": "no-store"}


def _users() -> list[User]:
    """The users of the admin's units."""
    return list(
        session().scalars(
            select(User)
            .join(OrgUnit, OrgUnit.id == User.unit_id)
            .where(User.unit_id.in_(caller().scope_unit_ids))
            .order_by(OrgUnit.path, User.username)
        )
    )


def _home(notice: Any = None, message: Any = None, status: int = 200) -> ResponseReturnValue:
    return render_template(
        "console/admin.html",
        units=scope_units(),
        users=_users(),
        notice=notice,
        message=message,
    ), status


@bp.route("/admin")
@signed_in(Role.ADMIN)
def admin_home() -> ResponseReturnValue:
    return _home()


def _user(user_id: int) -> User:
    return staff.user_in_scope(db_session=session(), user_id=user_id, scope=caller().scope_unit_ids)


def _new_user_page(form: Any, errors: dict[str, list[str]], **extra: Any) -> str:
    return render_template(
        "console/admin_user_new.html",
        form=form,
        errors=errors,
        roles=[(role.value, role.value) for role in Role],
        units=unit_options(),
        **extra,
    )


@bp.route("/admin/users/new", methods=["GET", "POST"])
@signed_in(Role.ADMIN)
def admin_new_user() -> ResponseReturnValue:
    """Create a user; their first password is shown once, to hand over in person."""
    if request.method == "GET":
        return _new_user_page({"role": Role.MEDIATOR.value, "unit": caller().unit_code}, {})
    form = request.form
    try:
        made = staff.create_user(
            db_session=session(),
            username=form.get("username", ""),
            role=form.get("role", ""),
            unit_code=form.get("unit", ""),
            name=form.get("display_name", ""),
            email=form.get("email", ""),
            scope=caller().scope_unit_ids,
            with_password=True,
        )
    except DomainError as error:
        errors, message, status = refusal(error)
        return _new_user_page(form, errors, message=message), status
    commit()
    return no_store(
        render_template(
            "console/admin_user_made.html",
            user=made.user,
            password=made.password,
            assigned=made.assigned,
        )
    )


def _user_page(
    user: User,
    form: Any | None = None,
    errors: dict[str, list[str]] | None = None,
    *,
    notice: Any = None,
    message: Any = None,
    status: int = 200,
) -> tuple[str, int]:
    if form is None:
        form = {
            "display_name": user.display_name,
            "role": user.role,
            "unit": user.unit.code,
            "email": user.email or "",
        }
    return render_template(
        "console/admin_user.html",
        user=user,
        form=form,
        errors=errors or {},
        roles=[(role.value, role.value) for role in Role],
        units=unit_options(),
        notice=notice,
        message=message,
        is_self=user.id == caller().user_id,
    ), status


@bp.route("/admin/users/<int:user_id>", methods=["GET", "POST"])
@signed_in(Role.ADMIN)
def admin_user(user_id: int) -> ResponseReturnValue:
    """One user: name, role, unit and e-mail, and the buttons for their password and tokens."""
    user = _user(user_id)
    if request.method == "GET":
        return _user_page(user, notice=done_notice())
    form = request.form
    try:
        assigned = staff.change_user(
            db_session=session(),
            user=user,
            actor_id=caller().user_id,
            display_name=form.get("display_name", ""),
            role=form.get("role", ""),
            unit_code=form.get("unit", ""),
            email=form.get("email", ""),
            scope=caller().scope_unit_ids,
        )
    except DomainError as error:
        errors, message, status = refusal(error)
        return _user_page(_user(user_id), form, errors, message=message, status=status)
    commit()
    if user.id == caller().user_id and user.role != Role.ADMIN:
        return redirect(url_for("console.home"))  # they handed the administration over
    notice = N_("{username} saved", username=user.username)
    if assigned:
        notice = N_(
            "{username} saved; {count} waiting cases assigned to them",
            username=user.username,
            count=len(assigned),
        )
    return done(notice, "console.admin_user", user_id=user.id)


@bp.route("/admin/users/<int:user_id>/active", methods=["POST"])
@signed_in(Role.ADMIN)
def admin_user_active(user_id: int) -> ResponseReturnValue:
    """Deactivate or reactivate: ``active`` is ``true`` or ``false``."""
    user = _user(user_id)
    active = request.form.get("active") == "true"
    try:
        staff.set_active(db_session=session(), user=user, active=active, actor_id=caller().user_id)
    except DomainError as error:
        _errors, message, status = refusal(error)
        return _user_page(_user(user_id), message=message, status=status)
    commit()
    notice = (
        N_("{username} can sign in again", username=user.username)
        if active
        else N_("{username} is deactivated", username=user.username)
    )
    return done(notice, "console.admin_user", user_id=user.id)


@bp.route("/admin/users/<int:user_id>/password", methods=["POST"])
@signed_in(Role.ADMIN)
def admin_reset_password(user_id: int) -> ResponseReturnValue:
    """Give the user a new random password, shown once to hand over in person."""
    user = _user(user_id)
    password = secrets.token_urlsafe(9)
    passwords.set_password(db_session=session(), user=user, password=password)
    commit()
    return no_store(
        *_user_page(
            user,
            notice=N_(
                "new password of {username}: {password}",
                username=user.username,
                password=password,
            ),
        )
    )


@bp.route("/admin/users/<int:user_id>/tokens", methods=["POST"])
@signed_in(Role.ADMIN)
def admin_revoke_tokens(user_id: int) -> ResponseReturnValue:
    user = _user(user_id)
    count = revoke_tokens(db_session=session(), user=user)
    commit()
    notice = N_("{count} API tokens of {username} revoked", count=count, username=user.username)
    return done(notice, "console.admin_user", user_id=user.id)
