"""The console's blueprint: its templates, its static files and the CSRF check of its forms."""

from __future__ import annotations

from flask import Blueprint, current_app, request
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFProtect
from werkzeug.exceptions import RequestEntityTooLarge

from service.console.web import error_page, register_error_pages
from service.fields import writable_problem
from service.i18n import N_

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
def _check_form() -> ResponseReturnValue | None:
    """A form carries a good token, and only text that can be stored (no NUL, no half pairs)."""
    if request.method != "POST":
        return None  # a page's query is read by its schema, which says what is wrong where
    if request.endpoint == "console.campaign_transfers":  # the bank's file, larger than a form
        limit = current_app.extensions["settings"].transfer_file_max_bytes
        request.max_content_length = limit
        try:
            request.form  # noqa: B018 (read the body now, under the file's limit)
        except RequestEntityTooLarge:
            return error_page(
                413, N_("the file is too large (at most {mib} MiB)", mib=limit // 2**20)
            )
    csrf.protect()
    for value in request.form.values():
        if (problem := writable_problem(value)) is not None:
            return error_page(400, problem)
    return None


@bp.route("/favicon.ico")
def favicon() -> ResponseReturnValue:
    """The icon browsers ask for on every page (and log a 404 for when it is missing)."""
    return bp.send_static_file("favicon.ico")
