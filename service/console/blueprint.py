"""The console's blueprint: its templates, its static files and the CSRF check of its forms."""

from __future__ import annotations

from flask import Blueprint, request
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFProtect

from service.console.web import register_error_pages

csrf = CSRFProtect()
bp = Blueprint(
    "console",
    __name__,
    template_folder="templates",
    static_folder="static",
    static_url_path="/console/static",
)
register_error_pages(bp)


@bp.before_request
def _check_form_token() -> None:
    if request.method == "POST":
        csrf.protect()


@bp.route("/favicon.ico")
def favicon() -> ResponseReturnValue:
    """The icon browsers ask for on every page (and log a 404 for when it is missing)."""
    return bp.send_static_file("favicon.ico")
