"""Acting on a case: one form per workflow action, a mediation session, a payment.

An action's form is drawn from its transition's ``requires`` in ``workflows/``, and the
case version read with the page travels in the form: a case changed meanwhile is not
overwritten, the person is told someone else changed it.
"""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask import abort, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy.orm.exc import StaleDataError

from service.cases import mediation, payments, service
from service.cases.models import Case
from service.cases.schemas import PAYMENT_METHODS, PaymentSchema, SessionSchema
from service.console.blueprint import bp
from service.console.forms import (
    INSTALMENT_ROWS,
    action_data,
    flat_errors,
    payment_body,
    session_body,
)
from service.console.web import caller, commit, signed_in
from service.db import session
from service.domain_errors import DomainError
from service.errors import http_status
from service.i18n import N_
from workflows.definitions import WORKFLOWS
from workflows.engine import Transition

STALE = N_("someone else changed this case after you opened it; look at it again before acting")
# Actions the console leaves to the API: converting a consultation needs a whole intake.
NOT_IN_FORMS = frozenset({"convert"})


def _transition(case: Case, action: str) -> Transition | None:
    return next(
        (t for t in WORKFLOWS[case.type].actions_from(case.status) if t.action == action), None
    )


def _locked_case(case_id: int) -> Case:
    return service.get(db_session=session(), caller=caller(), case_id=case_id, for_update=True)


def _is_stale(case: Case) -> bool:
    return request.form.get("version", "") != str(case.version)


def _page(template: str, case: Case, status: int = 200, /, **context: Any) -> ResponseReturnValue:
    context.setdefault("errors", {})
    context.setdefault("form", request.form if request.method == "POST" else {})
    context.setdefault("version", case.version)
    context.setdefault("stale", False)
    return render_template(template, case=case, **context), status


def _commit_or_stale(template: str, case: Case, **context: Any) -> ResponseReturnValue | None:
    """Commit; a concurrent change that got in first leaves this form refused as stale."""
    try:
        commit()
    except StaleDataError:
        session().rollback()
        return _page(template, case, 409, message=STALE, stale=True, **context)
    return None


@bp.route("/cases/<int:case_id>/act/<action>", methods=["GET", "POST"])
@signed_in()
def act(case_id: int, action: str) -> ResponseReturnValue:
    """The form of one action, with the fields its workflow requires."""
    case = _locked_case(case_id) if request.method == "POST" else _read(case_id)
    transition = _transition(case, action)
    if transition is None or action in NOT_IN_FORMS:
        abort(404)
    context = {"action": action, "fields": transition.requires, "rows": INSTALMENT_ROWS}
    if request.method == "GET":
        return _page("console/action.html", case, **context)
    if _is_stale(case):
        return _page("console/action.html", case, 409, message=STALE, stale=True, **context)
    try:
        service.move(
            db_session=session(),
            caller=caller(),
            case=case,
            action=action,
            data=action_data(transition.requires, request.form),
            note=request.form.get("note", "").strip()[:2000],
        )
    except DomainError as refused:
        session().rollback()
        errors = flat_errors(refused.fields.get("data", refused.fields))
        return _page(
            "console/action.html", case, http_status(refused), message=refused.message,
            errors=errors, **context,
        )  # fmt: skip
    return _commit_or_stale("console/action.html", case, **context) or redirect(
        url_for("console.case_page", case_id=case.id)
    )


def _read(case_id: int) -> Case:
    return service.get(db_session=session(), caller=caller(), case_id=case_id)


@bp.route("/cases/<int:case_id>/sessions", methods=["GET", "POST"])
@signed_in()
def log_session(case_id: int) -> ResponseReturnValue:
    """Log a mediation session 调解会: when, where, who came, notes, offer and counter-offer."""
    case = _locked_case(case_id) if request.method == "POST" else _read(case_id)
    if request.method == "GET":
        return _page("console/session.html", case)
    if _is_stale(case):
        return _page("console/session.html", case, 409, message=STALE, stale=True)
    try:
        body = SessionSchema().load(session_body(request.form))
        mediation.log_session(db_session=session(), caller=caller(), case=case, session=body)
    except ma.ValidationError as invalid:
        return _page("console/session.html", case, 422, errors=flat_errors(invalid.messages))
    except DomainError as refused:
        session().rollback()
        return _page("console/session.html", case, http_status(refused), message=refused.message)
    return _commit_or_stale("console/session.html", case) or redirect(
        url_for("console.case_page", case_id=case.id)
    )


@bp.route("/cases/<int:case_id>/payments", methods=["GET", "POST"])
@signed_in()
def record_payment(case_id: int) -> ResponseReturnValue:
    """Record an employer's instalment, or the payout of approved aid."""
    case = _locked_case(case_id) if request.method == "POST" else _read(case_id)
    context = {"methods": PAYMENT_METHODS}
    if request.method == "GET":
        return _page("console/payment.html", case, **context)
    if _is_stale(case):
        return _page("console/payment.html", case, 409, message=STALE, stale=True, **context)
    try:
        body = PaymentSchema().load(payment_body(request.form))
        payments.record(db_session=session(), caller=caller(), case=case, payment=body)
    except ma.ValidationError as invalid:
        errors = flat_errors(invalid.messages)
        return _page("console/payment.html", case, 422, errors=errors, **context)
    except DomainError as refused:
        session().rollback()
        return _page(
            "console/payment.html", case, http_status(refused), message=refused.message,
            errors=flat_errors(refused.fields), **context,
        )  # fmt: skip
    return _commit_or_stale("console/payment.html", case, **context) or redirect(
        url_for("console.case_page", case_id=case.id)
    )
