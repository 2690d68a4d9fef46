"""The household page 家庭档案: the file, its history and cases; completing it; care visits.

The form is loaded by the API's own schemas and saved by the same service functions as
``PATCH /api/v1/households/{id}`` and ``POST .../visits``, so both refuse the same things.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import marshmallow as ma
from flask import redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy.orm.exc import StaleDataError

from service.auth.enums import Role
from service.cases import service as cases
from service.cases.visits import record_case_visit
from service.console.blueprint import bp
from service.console.forms import (
    MONTH_ROWS,
    VISITOR_ROWS,
    exit_body,
    flat_errors,
    household_changes,
    household_errors,
    reverification_body,
    visit_body,
)
from service.console.web import caller, commit, signed_in
from service.db import session
from service.domain_errors import DomainError
from service.errors import http_status
from service.households import aid, history, reading, reverification, service, visits
from service.households.models import ACTIVE, HOUSEHOLD_STATUSES, Household
from service.households.schemas import (
    HEALTH,
    RELATIONS,
    VISIT_KINDS,
    WORK_STATUSES,
    ExitIn,
    HouseholdAmendIn,
    HouseholdQuerySchema,
    ReverificationIn,
    VisitSchema,
)
from service.i18n import N_

STAFF = (Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN)
VISITORS = (Role.CASEWORKER, Role.SUPERVISOR)
STALE = N_("the household file was changed by someone else; reload it")


def _filed_form(people: list[dict[str, Any]]) -> dict[str, str]:
    """The amendment form as filed: each member's work status and health selected."""
    return {
        f"members.{index}.{name}": person[name]
        for index, person in enumerate(people)
        for name in ("work_status", "health")
        if person.get(name)
    }


def _page(household: Household, status: int = 200, /, **context: Any) -> ResponseReturnValue:
    head, others = service.as_given(household)
    people = [head, *others]
    view = reading.view_of(session(), household, caller())
    context.setdefault("errors", {})
    context.setdefault("form", _filed_form(people))
    context.setdefault("visit_errors", {})
    context.setdefault("visit_form", {"kind": "home_visit"})
    for name in ("reverify", "exit"):
        context.setdefault(f"{name}_errors", {})
        context.setdefault(f"{name}_form", {})
    active = household.status in ACTIVE
    return render_template(
        "console/household.html",
        household=household,
        view=view,
        rows=list(zip(view["members"], people, strict=True)),
        missing=aid.missing(household),
        events=history.events_of(session(), household),
        work_statuses=WORK_STATUSES,
        health=HEALTH,
        relations=RELATIONS,
        visit_kinds=VISIT_KINDS,
        visitor_rows=VISITOR_ROWS,
        may_visit=caller().role in VISITORS,
        may_reverify=active and caller().role in VISITORS,
        may_exit=active and caller().role == Role.SUPERVISOR,
        month_rows=MONTH_ROWS,
        version=household.version,
        **context,
    ), status


@bp.route("/households")
@signed_in(*STAFF)
def household_list() -> ResponseReturnValue:
    """The household files of the reader's units, by status or a member's ID number."""
    args = {key: value.strip() for key, value in request.args.items() if value.strip()}
    errors: dict[str, list[str]] = {}
    try:
        query = HouseholdQuerySchema(unknown=ma.EXCLUDE).load({"per_page": "25", **args})
        page = reading.search(db_session=session(), caller=caller(), query=query)
    except ma.ValidationError as invalid:
        errors = flat_errors(invalid.messages)
        page = {"items": [], "total": 0, "page": 1, "per_page": 25}
    return render_template(
        "console/household_list.html",
        page=page,
        pages=max(1, -(-page["total"] // page["per_page"])),
        form=args,
        errors=errors,
        statuses=HOUSEHOLD_STATUSES,
    ), (422 if errors else 200)


def _household(household_id: int, *, for_update: bool = False) -> Household:
    return service.get(
        db_session=session(), caller=caller(), household_id=household_id, for_update=for_update
    )


@bp.route("/households/<int:household_id>")
@signed_in(*STAFF)
def household_page(household_id: int) -> ResponseReturnValue:
    return _page(_household(household_id))


@bp.route("/households/<int:household_id>", methods=["POST"])
@signed_in(*STAFF)
def amend_household(household_id: int) -> ResponseReturnValue:
    """Complete or amend the file; on any refusal the form comes back with its messages."""
    household = _household(household_id, for_update=True)
    form = request.form
    if form.get("version", "") != str(household.version):
        return _page(household, 409, form=form, message=STALE)
    head, others = service.as_given(household)
    people = [head, *others]
    try:
        changes = HouseholdAmendIn().load(household_changes(people, form))
        service.amend(db_session=session(), caller=caller(), household=household, changes=changes)
    except ma.ValidationError as invalid:
        return _page(
            household, 422, form=form, errors=household_errors(invalid.messages, len(people))
        )
    except DomainError as refused:
        session().rollback()
        household = _household(household_id)
        return _page(household, http_status(refused), form=form, message=refused.message)
    try:
        commit()
    except StaleDataError:
        session().rollback()
        return _page(_household(household_id), 409, form=form, message=STALE)
    return redirect(url_for("console.household_page", household_id=household_id))


@bp.route("/households/<int:household_id>/visits", methods=["POST"])
@signed_in(*VISITORS)
def household_visit(household_id: int) -> ResponseReturnValue:
    """Record a care visit or a home visit 入户核查 on the household."""
    household = _household(household_id, for_update=True)
    try:
        visit = VisitSchema().load(visit_body(request.form))
        visits.record_visit(db_session=session(), caller=caller(), household=household, visit=visit)
    except ma.ValidationError as invalid:
        errors = flat_errors(invalid.messages)
        return _page(household, 422, visit_form=request.form, visit_errors=errors)
    commit()
    return redirect(url_for("console.household_page", household_id=household_id) + "#visit")


def _prefixed(messages: Any, form: str) -> dict[str, list[str]]:
    """A schema's messages by the form's field names; a month's go under the months."""
    errors: dict[str, list[str]] = {}
    for name, found in flat_errors(messages, form).items():
        key = f"{form}.months" if name.startswith(f"{form}.months") else name
        errors.setdefault(key, []).extend(found)
    return errors


def _decided(
    household_id: int,
    form: str,
    body: dict[str, Any],
    schema: ma.Schema,
    act: Callable[..., Any],
) -> ResponseReturnValue:
    """Load ``body`` by the API's schema and let ``act`` record it on the locked file; on
    a refusal the page comes back with ``form``'s fields as typed and the messages."""
    household = _household(household_id, for_update=True)
    try:
        act(db_session=session(), caller=caller(), household=household, data=schema.load(body))
    except ma.ValidationError as invalid:
        errors = _prefixed(invalid.messages, form)
        return _page(household, 422, **{f"{form}_form": request.form, f"{form}_errors": errors})
    except DomainError as refused:
        session().rollback()
        errors = {"_form": [refused.message]}
        return _page(
            _household(household_id),
            http_status(refused),
            **{f"{form}_form": request.form, f"{form}_errors": errors},
        )
    commit()
    return redirect(url_for("console.household_page", household_id=household_id))


@bp.route("/households/<int:household_id>/reverifications", methods=["POST"])
@signed_in(*VISITORS)
def household_reverification(household_id: int) -> ResponseReturnValue:
    """Re-verify the file 年审: the year's figures and the months since."""
    body = reverification_body(request.form)
    return _decided(household_id, "reverify", body, ReverificationIn(), reverification.reverify)


@bp.route("/households/<int:household_id>/exit", methods=["POST"])
@signed_in(Role.SUPERVISOR)
def household_exit(household_id: int) -> ResponseReturnValue:
    """A supervisor confirms the household's exit 脱困."""
    body = exit_body(request.form)
    return _decided(household_id, "exit", body, ExitIn(), reverification.exit_household)


def _visit_page(case: Any, status: int = 200, /, **context: Any) -> ResponseReturnValue:
    context.setdefault("visit_errors", {})
    context.setdefault("visit_form", {"kind": "home_visit"})
    return render_template(
        "console/visit.html",
        case=case,
        visit_kinds=VISIT_KINDS,
        visitor_rows=VISITOR_ROWS,
        **context,
    ), status


@bp.route("/cases/<int:case_id>/visits", methods=["GET", "POST"])
@signed_in(*VISITORS)
def case_visit(case_id: int) -> ResponseReturnValue:
    """The visit form of a hardship case; the visit goes on the case's household file."""
    case = cases.get(db_session=session(), caller=caller(), case_id=case_id)
    if request.method == "GET":
        if case.household_id is None:
            return _visit_page(
                case, 409, message=N_("only a hardship case has a household to visit")
            )
        return _visit_page(case)
    try:
        visit = VisitSchema().load(visit_body(request.form))
        record_case_visit(db_session=session(), caller=caller(), case=case, visit=visit)
    except ma.ValidationError as invalid:
        errors = flat_errors(invalid.messages)
        return _visit_page(case, 422, visit_form=request.form, visit_errors=errors)
    except DomainError as refused:
        session().rollback()
        return _visit_page(
            case, http_status(refused), visit_form=request.form, message=refused.message
        )
    commit()
    return redirect(url_for("console.case_page", case_id=case.id))
