"""Administration of units: a new unit beneath one in scope, renaming, the group robot, aid."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask import render_template, request
from flask.typing import ResponseReturnValue

from service.auth.enums import Role
from service.auth.models import OrgUnit
from service.console.admin import refusal, unit_options
from service.console.admin_aid import aid_years, item_label, item_options, setting_body
from service.console.blueprint import bp
from service.console.forms import flat_errors
from service.console.web import caller, commit, done, done_notice, signed_in
from service.db import session
from service.domain_errors import DomainError
from service.households import aid
from service.households.schemas import AidSettingIn
from service.i18n import N_
from service.staff import service as staff


def _unit(unit_id: int) -> OrgUnit:
    return staff.unit_in_scope(db_session=session(), unit_id=unit_id, scope=caller().scope_unit_ids)


def _new_unit_page(form: Any, errors: dict[str, list[str]], **extra: Any) -> str:
    return render_template(
        "console/admin_unit_new.html", form=form, errors=errors, units=unit_options(), **extra
    )


@bp.route("/admin/units/new", methods=["GET", "POST"])
@signed_in(Role.ADMIN)
def admin_new_unit() -> ResponseReturnValue:
    """A unit beneath one of the admin's: a community union beneath the street federation."""
    if request.method == "GET":
        return _new_unit_page({"parent": caller().unit_code}, {})
    form = request.form
    try:
        unit = staff.create_unit(
            db_session=session(),
            code=form.get("code", ""),
            name=form.get("name", ""),
            parent_code=form.get("parent", ""),
            scope=caller().scope_unit_ids,
        )
    except DomainError as error:
        errors, message, status = refusal(error)
        return _new_unit_page(form, errors, message=message), status
    commit()
    # The new unit is beneath the admin's, so in their scope from the next request on.
    return done(N_("unit {code} created", code=unit.code), "console.admin_unit", unit_id=unit.id)


def _unit_page(
    unit: OrgUnit,
    form: Any | None = None,
    errors: dict[str, list[str]] | None = None,
    *,
    notice: Any = None,
    message: Any = None,
    status: int = 200,
) -> ResponseReturnValue:
    shown = {
        "name": unit.name,
        "webhook_url": unit.webhook_url or "",
        "webhook_format": unit.webhook_format or "wecom",
        "item": "dibao",
        "year": str(aid.this_year()),
    }
    # What was typed into the refused form stays in it; the secret is never sent back.
    shown.update({k: v for k, v in (form or {}).items() if k != "webhook_secret"})
    return render_template(
        "console/admin_unit.html",
        unit=unit,
        form=shown,
        errors=errors or {},
        formats=[("wecom", "wecom"), ("dingtalk", "dingtalk")],
        aid_years=aid_years(unit),
        aid_items=item_options(),
        notice=notice,
        message=message,
    ), status


@bp.route("/admin/units/<int:unit_id>")
@signed_in(Role.ADMIN)
def admin_unit(unit_id: int) -> ResponseReturnValue:
    return _unit_page(_unit(unit_id), notice=done_notice())


@bp.route("/admin/units/<int:unit_id>/name", methods=["POST"])
@signed_in(Role.ADMIN)
def admin_rename_unit(unit_id: int) -> ResponseReturnValue:
    """A new name; the code stays, being part of the unit's case numbers."""
    unit = _unit(unit_id)
    try:
        staff.rename_unit(db_session=session(), unit=unit, name=request.form.get("name", ""))
    except DomainError as error:
        errors, message, status = refusal(error)
        return _unit_page(_unit(unit_id), request.form, errors, message=message, status=status)
    commit()
    return done(N_("unit {code} saved", code=unit.code), "console.admin_unit", unit_id=unit.id)


@bp.route("/admin/units/<int:unit_id>/webhook", methods=["POST"])
@signed_in(Role.ADMIN)
def admin_unit_webhook(unit_id: int) -> ResponseReturnValue:
    """The WeCom or DingTalk group robot that hears the unit's reminders; empty URL: none.

    The DingTalk secret is never shown again: left empty it stays, ticked away it goes.
    """
    unit = _unit(unit_id)
    form = request.form
    secret: str | None = form.get("webhook_secret", "")
    if form.get("remove_secret") == "true":
        secret = ""
    elif not secret:
        secret = None
    try:
        staff.set_webhook(
            db_session=session(),
            unit=unit,
            url=form.get("webhook_url", ""),
            kind=form.get("webhook_format", ""),
            secret=secret,
        )
    except DomainError as error:
        errors, message, status = refusal(error)
        return _unit_page(_unit(unit_id), form, errors, message=message, status=status)
    commit()
    return done(N_("unit {code} saved", code=unit.code), "console.admin_unit", unit_id=unit.id)


@bp.route("/admin/units/<int:unit_id>/aid", methods=["POST"])
@signed_in(Role.ADMIN)
def admin_unit_aid(unit_id: int) -> ResponseReturnValue:
    """Set the unit's 低保 figure or an aid kind's yearly cap for a year; units beneath inherit.

    The form is read by the schema of ``PUT /api/v1/aid-settings`` and saved by the same
    service function, so the page and the API accept and refuse the same figures.
    """
    unit = _unit(unit_id)
    form = request.form
    try:
        setting = AidSettingIn().load(setting_body(unit, form))
    except ma.ValidationError as invalid:
        errors = flat_errors(invalid.messages)
        if "unit" in errors:  # the page's own unit: not a field of the form
            errors.setdefault("_form", []).extend(errors.pop("unit"))
        return _unit_page(_unit(unit_id), form, errors, status=422)
    aid.set_figure(
        session(),
        unit=unit,
        year=setting["year"],
        item=setting["item"],
        amount=setting["amount"],
        user_id=caller().user_id,
    )
    commit()
    notice = N_("{item} of {year} saved", item=item_label(setting["item"]), year=setting["year"])
    return done(notice, "console.admin_unit", unit_id=unit.id)
