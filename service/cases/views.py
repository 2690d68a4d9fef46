"""/api/v1/cases: register, list and read cases; move them through their workflow."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask import current_app, request
from flask.views import MethodView
from sqlalchemy import select

from service.api import Blueprint
from service.auth.enums import Role
from service.calculators.schemas import CalculationSchema, SeveranceInputSchema
from service.cases import (
    assignment,
    calculations,
    duplicates,
    employment,
    listing,
    mediation,
    payments,
    reading,
    service,
)
from service.cases.intake_kinds import INTAKE_BODY, NEW_CASE
from service.cases.models import CaseEvent
from service.cases.schemas import (
    AssignmentSchema,
    CaseDetailSchema,
    CaseIntakeSchema,
    CasePageSchema,
    CaseQuerySchema,
    DuplicateGroupSchema,
    EmploymentEndSchema,
    EventSchema,
    PaymentSchema,
    SessionSchema,
    TransitionSchema,
    WaitingAssignedSchema,
)
from service.db import session
from service.domain_errors import Stale
from service.errors import ApiError
from service.i18n import N_
from service.openapi import IDEMPOTENCY_KEY, IF_MATCH, transition_bodies, with_files
from service.reports import files
from service.web import caller, commits, requires

blp = Blueprint("cases", __name__, url_prefix="/api/v1/cases", description="Cases")
TRANSITION_BODIES = transition_bodies(objects={"case": NEW_CASE})


def _etag(version: int) -> dict[str, str]:
    return {"ETag": f'"{version}"'}


def _if_match() -> int:
    """The case version the caller last read, from ``If-Match``; 428 when absent."""
    raw = request.headers.get("If-Match")
    if raw is None:
        raise ApiError(428, N_('send If-Match with the ETag you last read, e.g. If-Match: "3"'))
    tag = raw.strip().removeprefix("W/")
    if len(tag) < 2 or tag[0] != '"' or tag[-1] != '"':
        raise ApiError(
            400,
            N_('If-Match must be an ETag in double quotes, such as "3"'),
            fields={"If-Match": [N_('send the ETag as you read it, such as "3"')]},
        )
    try:
        return int(tag[1:-1])
    except ValueError:
        raise ApiError(
            412, N_("If-Match {value} is not a version of this case", value=repr(raw))
        ) from None


def _detail(case: Any, *, new: bool = False) -> Any:
    view = reading.view_of(session(), case, caller(), detail=True, new=new)
    return view, _etag(case.version)


@blp.route("")
class Cases(MethodView):
    @requires()
    @commits(body=False)  # the access log of unmasked reads
    @blp.arguments(CaseQuerySchema, location="query", unknown=ma.RAISE)
    @blp.response(200, CasePageSchema)
    @blp.doc(operationId="listCases", responses=with_files("CasePage"))
    def get(self, query: dict[str, Any]) -> Any:
        """List the cases in your scope, filtered, sorted and paged.

        With ``format=csv`` or ``format=xlsx``, every matching case as a file instead,
        identity numbers masked as on screen.
        """
        if query["format"] != "json":
            rows = listing.export_rows(db_session=session(), caller=caller(), query=query)
            return files.case_list_download(rows, form=query["format"], work=session())
        return listing.search(
            db_session=session(),
            caller=caller(),
            query=query,
            exact_up_to=current_app.config.get("CASE_COUNT_EXACT_UP_TO", listing.EXACT_UP_TO),
        )

    @requires(Role.INTAKE, Role.SUPERVISOR)
    @commits(idempotent=True)
    @blp.arguments(CaseIntakeSchema)
    @blp.response(201, CaseDetailSchema)
    @blp.alt_response(409, description="an open case of this person, employer and category")
    @blp.doc(operationId="registerCase", parameters=[IDEMPOTENCY_KEY], requestBody=INTAKE_BODY)
    def post(self, intake: dict[str, Any]) -> Any:
        """Register a case; a retry with the same Idempotency-Key returns the first answer."""
        case = service.register(db_session=session(), caller=caller(), intake=intake)
        return _detail(case, new=True)


@blp.route("/duplicates")
class Duplicates(MethodView):
    @requires(Role.SUPERVISOR)
    @blp.response(200, DuplicateGroupSchema(many=True))
    @blp.doc(operationId="listCrossUnitDuplicates")
    def get(self) -> Any:
        """Open cases of one person, employer and category registered by different units.

        Intake checks duplicates only within the new case's unit and the units beneath
        it; this shows a supervisor the ones across the units in their scope (case
        numbers and units only).
        """
        return duplicates.across_units(db_session=session(), caller=caller())


@blp.route("/<int:case_id>")
class CaseDetail(MethodView):
    @requires()
    @commits(body=False)  # the access log of unmasked reads
    @blp.response(200, CaseDetailSchema)
    @blp.doc(operationId="getCase")
    def get(self, case_id: int) -> Any:
        """One case, with an ETag of its version and the actions you may take now."""
        return _detail(service.get(db_session=session(), caller=caller(), case_id=case_id))


@blp.route("/<int:case_id>/transitions")
class Transitions(MethodView):
    @requires()
    @commits()
    @blp.arguments(TransitionSchema)
    @blp.response(200, CaseDetailSchema)
    @blp.alt_response(409, description="not possible now; allowed_actions lists what is")
    @blp.alt_response(412, description="If-Match is not the case's current version")
    @blp.alt_response(428, description="If-Match is missing")
    @blp.doc(operationId="fireTransition", parameters=[IF_MATCH], requestBody=TRANSITION_BODIES)
    def post(self, body: dict[str, Any], case_id: int) -> Any:
        """Fire a workflow action: {"action", "note", "data"} with If-Match."""
        version = _if_match()
        case = service.get(db_session=session(), caller=caller(), case_id=case_id, for_update=True)
        if case.version != version:
            raise Stale(N_("the case is at version {version}; reload it", version=case.version))
        service.move(
            db_session=session(),
            caller=caller(),
            case=case,
            action=body["action"],
            data=body["data"],
            note=body["note"],
        )
        return _detail(case)


@blp.route("/<int:case_id>/assignment")
class Assignment(MethodView):
    @requires(Role.SUPERVISOR)
    @commits()
    @blp.arguments(AssignmentSchema)
    @blp.response(200, CaseDetailSchema)
    @blp.doc(operationId="assignCase")
    def post(self, body: dict[str, Any], case_id: int) -> Any:
        """Assign or reassign the case (supervisors)."""
        case = service.get(db_session=session(), caller=caller(), case_id=case_id, for_update=True)
        user = assignment.assignable_user(
            session(), case_type=case.type, unit_id=case.unit_id, username=body["assignee"]
        )
        assignment.reassign(
            db_session=session(),
            case=case,
            user=user,
            actor_id=caller().user_id,
            note=body["note"],
            caller=caller(),
        )
        return _detail(case)


@blp.route("/assign-waiting")
class AssignWaiting(MethodView):
    @requires(Role.SUPERVISOR)
    @commits(body=False)
    @blp.response(200, WaitingAssignedSchema)
    @blp.doc(operationId="assignWaitingCases")
    def post(self) -> Any:
        """Give your units' cases that nobody has to whoever can take them now (supervisors)."""
        assigned = assignment.assign_waiting(
            db_session=session(), unit_ids=caller().scope_unit_ids, actor_id=caller().user_id
        )
        return {"assigned": [case.number for case in assigned]}


@blp.route("/<int:case_id>/employment-end")
class EmploymentEnd(MethodView):
    @requires(Role.MEDIATOR, Role.SUPERVISOR)
    @commits()
    @blp.arguments(EmploymentEndSchema)
    @blp.response(200, CaseDetailSchema)
    @blp.doc(operationId="recordEmploymentEnd")
    def post(self, body: dict[str, Any], case_id: int) -> Any:
        """Record the end of the worker's employment; the limitation year runs from it."""
        case = service.get(db_session=session(), caller=caller(), case_id=case_id, for_update=True)
        employment.record_employment_end(
            db_session=session(),
            caller=caller(),
            case=case,
            employment_end_on=body["employment_end_on"],
            note=body["note"],
        )
        return _detail(case)


@blp.route("/<int:case_id>/sessions")
class Sessions(MethodView):
    @requires(Role.MEDIATOR, Role.SUPERVISOR)
    @commits()
    @blp.arguments(SessionSchema)
    @blp.response(201, SessionSchema)
    @blp.doc(operationId="logMediationSession")
    def post(self, body: dict[str, Any], case_id: int) -> Any:
        """Log a mediation session 调解会 on a dispute in mediation."""
        case = service.get(db_session=session(), caller=caller(), case_id=case_id, for_update=True)
        return mediation.log_session(db_session=session(), caller=caller(), case=case, session=body)


@blp.route("/<int:case_id>/payments")
class Payments(MethodView):
    @requires(Role.MEDIATOR, Role.CASEWORKER, Role.SUPERVISOR)
    @commits(idempotent=True)
    @blp.arguments(PaymentSchema)
    @blp.response(201, CaseDetailSchema)
    @blp.alt_response(409, description="no payment is due now, or this one is paid already")
    @blp.doc(operationId="recordPayment", parameters=[IDEMPOTENCY_KEY])
    def post(self, body: dict[str, Any], case_id: int) -> Any:
        """Record an employer's instalment or the payout of aid; Idempotency-Key honoured.

        An instalment may be paid in parts, never beyond what it still owes: more is a
        422 `overpayment` naming the outstanding amount (`outstanding`, yuan), and
        money is never counted toward another instalment. When every instalment is
        paid in full the dispute moves to follow-up by itself. Aid is paid out once,
        exactly the approved amount, and that moves it to follow-up too.
        """
        case = service.get(db_session=session(), caller=caller(), case_id=case_id, for_update=True)
        payments.record(db_session=session(), caller=caller(), case=case, payment=body)
        return _detail(case)


@blp.route("/<int:case_id>/calculations")
class Calculations(MethodView):
    @requires(Role.MEDIATOR, Role.SUPERVISOR)
    @commits(idempotent=True)
    @blp.arguments(SeveranceInputSchema)
    @blp.response(201, CalculationSchema)
    @blp.alt_response(409, description="the case is not an open labour dispute")
    @blp.doc(operationId="attachSeveranceCalculation", parameters=[IDEMPOTENCY_KEY])
    def post(self, inputs: dict[str, Any], case_id: int) -> Any:
        """Calculate severance for the dispute and keep it on its trail; Idempotency-Key honoured.

        The same figures and rules as POST /calculators/severance. The dispute's
        mediator or a supervisor of its unit attaches it while the dispute is open; it
        is an event of the trail (`calculate_severance`) and is listed in the case's
        `calculations`.
        """
        case = service.get(db_session=session(), caller=caller(), case_id=case_id, for_update=True)
        found = calculations.attach(db_session=session(), caller=caller(), case=case, inputs=inputs)
        return found, _etag(case.version)


@blp.route("/<int:case_id>/events")
class Events(MethodView):
    @requires()
    @blp.response(200, EventSchema(many=True))
    @blp.doc(operationId="listCaseEvents")
    def get(self, case_id: int) -> Any:
        """The case's audit trail, oldest first."""
        case = service.get(db_session=session(), caller=caller(), case_id=case_id)
        return (
            session()
            .scalars(select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.seq))
            .all()
        )
