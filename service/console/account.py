"""Signing in and out, one's own password, the language toggle and each role's home page."""

from __future__ import annotations

from flask import abort, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue

from service.auth import passwords
from service.auth.enums import Role
from service.auth.models import User
from service.console.blueprint import bp
from service.console.text import LANGUAGE_COOKIE
from service.console.web import caller, commit, signed_in
from service.db import session as db_session
from service.i18n import LANGUAGES, N_

HOME = {
    Role.INTAKE: "console.intake_form",
    Role.MEDIATOR: "console.worklist",
    Role.CASEWORKER: "console.worklist",
    Role.SUPERVISOR: "console.case_list",
    Role.ADMIN: "console.admin_home",
}


def _safe_next(target: str | None) -> str | None:
    """Only a path of this site: never send a person on to another host after sign-in."""
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return None


@bp.route("/", methods=["GET", "POST"])
def sign_in() -> ResponseReturnValue:
    """The sign-in form for anyone not signed in; the home page for anyone who is."""
    if request.method == "GET" and "user_id" in session:
        return redirect(url_for("console.home"))
    error: str | None = None
    username = ""
    status = 200
    if request.method == "POST":
        username = request.form.get("username", "")
        try:
            user = passwords.sign_in(
                db_session=db_session(),
                username=username,
                password=request.form.get("password", ""),
            )
        except passwords.SignInRefused as refused:
            commit()  # the failure counts towards the lock-out
            error, status = refused.message, 401
        else:
            commit()
            session.clear()
            session.update(user_id=user.id, stamp=passwords.stamp(user))
            return redirect(_safe_next(request.args.get("next")) or url_for("console.home"))
    return render_template("console/sign_in.html", error=error, username=username), status


@bp.route("/home")
@signed_in()
def home() -> ResponseReturnValue:
    return redirect(url_for(HOME[caller().role]))


@bp.route("/sign-out", methods=["POST"])
def sign_out() -> ResponseReturnValue:
    session.clear()
    return redirect(url_for("console.sign_in"))


@bp.route("/password", methods=["GET", "POST"])
@signed_in()
def password() -> ResponseReturnValue:
    """Change one's own password: the current one, then the new one twice."""
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        user = db_session().get(User, caller().user_id)
        assert user is not None
        new = request.form.get("new_password", "")
        if new != request.form.get("repeat_password", ""):
            errors["repeat_password"] = [N_("the two new passwords differ")]
        else:
            try:
                passwords.change_password(
                    db_session=db_session(),
                    user=user,
                    current=request.form.get("current_password", ""),
                    new=new,
                )
            except passwords.SignInRefused as refused:
                errors[refused.field or "_form"] = [refused.message]
        if not errors:
            commit()
            session["stamp"] = passwords.stamp(user)
            return render_template("console/password.html", errors={}, changed=True)
    status = 422 if errors else 200
    return render_template("console/password.html", errors=errors, changed=False), status


@bp.route("/language/<code>", methods=["POST"])
def choose_language(code: str) -> ResponseReturnValue:
    """The 中文 / English toggle: remembered in a cookie, back to the page it was pressed on."""
    if code not in LANGUAGES:
        abort(404)
    response = redirect(_safe_next(request.form.get("back")) or url_for("console.sign_in"))
    response.set_cookie(
        LANGUAGE_COOKIE, code, max_age=365 * 24 * 3600, httponly=True, samesite="Lax"
    )
    return response
