"""The intake desk: the form for disputes, aid and consultations, and the receipt 受理回执.

The form is loaded by the API's own intake schema and saved by the same service
function, so the desk and the API refuse exactly the same things.
"""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask import abort, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from service.auth.enums import Role
from service.cases import service
from service.cases.models import Case
from service.cases.schemas import CaseIntakeSchema
from service.console.blueprint import bp
from service.console.forms import flat_errors, intake_body
from service.console.web import caller, commit, signed_in
from service.db import session
from service.domain_errors import DomainError
from service.errors import http_status
from service.timers import schedule
from workflows.case_types import CASE_TYPES, CHANNELS, HARDSHIP_LEVELS


def _open_case_id(number: str) -> int | None:
    """The id of the open case the duplicate warning names, if it is in the caller's scope."""
    return session().scalar(
        select(Case.id).where(Case.number == number, Case.unit_id.in_(caller().scope_unit_ids))
    )


def _form_page(case_type: str, form: Any, errors: dict[str, list[str]], **extra: Any) -> Any:
    return render_template(
        "console/intake.html",
        case_type=case_type,
        case_types=list(CASE_TYPES),
        categories=CASE_TYPES[case_type].categories,
        channels=CHANNELS,
        hardship_levels=HARDSHIP_LEVELS,
        form=form,
        errors=errors,
        **extra,
    )


@bp.route("/intake", methods=["GET"])
@signed_in(Role.INTAKE, Role.SUPERVISOR)
def intake_form() -> ResponseReturnValue:
    case_type = request.args.get("type", "labour_dispute")
    if case_type not in CASE_TYPES:
        abort(404)
    return _form_page(case_type, {"type": case_type, "channel": "visit"}, {})


@bp.route("/intake", methods=["POST"])
@signed_in(Role.INTAKE, Role.SUPERVISOR)
def intake_save() -> ResponseReturnValue:
    """Register the case; on any refusal the form comes back with each message by its field."""
    form = request.form
    case_type = form.get("type", "")
    if case_type not in CASE_TYPES:
        abort(400)
    try:
        intake = CaseIntakeSchema().load(intake_body(form))
        case = service.register(db_session=session(), caller=caller(), intake=intake)
    except ma.ValidationError as invalid:
        return _form_page(case_type, form, flat_errors(invalid.messages)), 422
    except DomainError as refused:
        session().rollback()
        duplicate = refused.details.get("existing_case")
        if duplicate is not None:
            return _form_page(
                case_type,
                form,
                {},
                duplicate=duplicate,
                duplicate_id=_open_case_id(duplicate),
                message=refused.message,
            ), 409
        return _form_page(case_type, form, flat_errors(refused.fields), message=refused.message), (
            http_status(refused)
        )
    commit()
    return redirect(url_for("console.receipt", case_id=case.id))


@bp.route("/cases/<int:case_id>/receipt")
@signed_in()
def receipt(case_id: int) -> ResponseReturnValue:
    """The receipt 受理回执: the number, what happens next and the dates the law sets."""
    case = service.get(db_session=session(), caller=caller(), case_id=case_id)
    return render_template(
        "console/receipt.html",
        case=case,
        deadlines=schedule.statutory_dates(db_session=session(), case=case),
    )
