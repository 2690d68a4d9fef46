"""What every console page shares: who is signed in, the one commit, the error pages."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import wraps
from typing import Any

from flask import (
    current_app,
    flash,
    g,
    get_flashed_messages,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import IntegrityError
from werkzeug.exceptions import HTTPException

from service.auth.enums import Role
from service.auth.passwords import caller_of
from service.auth.service import Caller
from service.console.text import tr
from service.db import session as db_session
from service.domain_errors import DomainError
from service.errors import ApiError, http_status
from service.i18n import N_
from service.outbox import service as outbox

View = Callable[..., Any]


class Forbidden(Exception):
    """A page this user's role may not open."""


def caller() -> Caller:
    return g.caller


def signed_in(*roles: Role) -> Callable[[View], View]:
    """Send anyone not signed in to the sign-in form; 403 page unless the role is in ``roles``."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            who = None
            if "user_id" in session:
                who = caller_of(
                    db_session=db_session(),
                    user_id=session["user_id"],
                    session_stamp=session.get("stamp", ""),
                )
            if who is None:
                session.clear()
                return redirect(url_for("console.sign_in", next=request.full_path.rstrip("?")))
            if roles and who.role not in roles:
                raise Forbidden()
            g.caller = who
            return view(*args, **kwargs)

        return wrapper

    return decorate


def focus_here(errors: Mapping[str, Any], name: str, default: bool = False) -> bool:
    """Whether field ``name`` gets ``autofocus``: once a page, in the order fields are drawn.

    After a refused form it is the first field with a message, so a person at the
    keyboard types the correction straight away (no script needed); otherwise the
    field the page marks as where the work starts.
    """
    if g.get("focus_given"):
        return False
    chosen = bool(errors.get(name)) if any(key != "_form" for key in errors) else default
    if chosen:
        g.focus_given = True
    return chosen


def commit() -> None:
    """The console's one commit: the unit of work of this request, then nudge the relay."""
    outbox.commit(db_session(), current_app)


# The flash category of the notice a change leaves for the page it redirects to.
DONE = "done"


def done(notice: Any, endpoint: str, **values: Any) -> ResponseReturnValue:
    """After a change, its page by redirect (POST, redirect, GET): reloading the page, or
    going back to it, does not send the form again. The page shows ``notice`` once."""
    flash(tr(notice), DONE)
    return redirect(url_for(endpoint, **values))


def done_notice() -> str | None:
    """The notice a change left for this page, if it redirected here."""
    shown = get_flashed_messages(category_filter=[DONE])
    return str(shown[-1]) if shown else None


def error_page(status: int, message: str) -> ResponseReturnValue:
    return render_template("console/error.html", status=status, message=message), status


def _api_error(error: ApiError) -> ResponseReturnValue:
    return error_page(error.status, error.message)


def _refused(error: DomainError) -> ResponseReturnValue:
    return error_page(http_status(error), error.message)


def _http_error(error: HTTPException) -> ResponseReturnValue:
    message: str
    if isinstance(error, CSRFError):  # a form without a good token changes nothing
        message = N_("the form has expired or did not come from this site; open it again")
    elif error.code == 400:
        message = N_("the request is not valid")
    elif error.code == 404:
        message = N_("no such {what}", what=N_("page"))
    else:
        message = error.description or error.name
    return error_page(error.code or 500, message)


def _written_meanwhile(_error: IntegrityError) -> ResponseReturnValue:
    """Two people saved the same thing at once (a unit code, a username, a day): one wins."""
    db_session().rollback()
    return error_page(409, N_("someone else saved the same entry just now; open the page again"))


def _forbidden(_error: Forbidden) -> ResponseReturnValue:
    return error_page(403, N_("your role may not open this page"))


def register_error_pages(blueprint: Any) -> None:
    blueprint.register_error_handler(ApiError, _api_error)
    blueprint.register_error_handler(IntegrityError, _written_meanwhile)
    blueprint.register_error_handler(DomainError, _refused)
    blueprint.register_error_handler(HTTPException, _http_error)
    blueprint.register_error_handler(Forbidden, _forbidden)
