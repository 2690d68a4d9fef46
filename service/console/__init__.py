"""The web console of the union office (工作台): server-rendered pages over the service layer."""

from __future__ import annotations

from flask import Flask

from service.console import text
from service.console.blueprint import bp, csrf
from service.console.web import focus_here


def init_app(app: Flask) -> None:
    """Register the console's pages, its CSRF check and its cookie settings on ``app``."""
    # Only the console's forms carry a token: its blueprint checks them; the API has
    # bearer tokens and no cookies, so CSRF cannot reach it.
    app.config.setdefault("WTF_CSRF_CHECK_DEFAULT", False)
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", 8 * 3600)  # a working day at the desk
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=app.extensions["settings"].production,
    )
    csrf.init_app(app)
    text.init_app(app)
    app.jinja_env.globals["focus_here"] = focus_here
    # The pages register their routes on the blueprint when imported, here and only here.
    from service.console import (  # noqa: F401
        account,
        admin,
        admin_calendar,
        admin_units,
        campaigns,
        cases,
        dashboard,
        households,
        intake,
        work,
    )

    app.register_blueprint(bp)
