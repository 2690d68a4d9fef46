"""/api/v1/households: household files and their care visits; /api/v1/aid-settings."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask.views import MethodView

from service.api import Blueprint
from service.auth.enums import Role
from service.auth.service import chosen_unit
from service.cases import service as cases
from service.cases.visits import record_case_visit
from service.db import session
from service.households import aid, history, reading, reverification, service, visits
from service.households.schemas import (
    AidSettingIn,
    AidSettingsOut,
    AidSettingsQuery,
    ExitIn,
    HouseholdAmendIn,
    HouseholdEventSchema,
    HouseholdIn,
    HouseholdPageSchema,
    HouseholdQuerySchema,
    HouseholdSchema,
    ReverificationIn,
    VisitSchema,
)
from service.web import caller, commits, requires

blp = Blueprint(
    "households", __name__, url_prefix="/api/v1/households", description="Household files"
)
settings_blp = Blueprint(
    "aid_settings", __name__, url_prefix="/api/v1/aid-settings", description="Aid settings"
)
STAFF = (Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN)


def _view(household: Any) -> Any:
    return reading.view_of(session(), household, caller()), {"ETag": f'"{household.version}"'}


@blp.route("")
class Households(MethodView):
    @requires(*STAFF)
    @blp.arguments(HouseholdQuerySchema, location="query", unknown=ma.RAISE)
    @blp.response(200, HouseholdPageSchema)
    @blp.doc(operationId="listHouseholds")
    def get(self, query: dict[str, Any]) -> Any:
        """The household files of your units, newest first; by a member's ID number."""
        return reading.search(db_session=session(), caller=caller(), query=query)

    @requires(*STAFF)
    @commits()
    @blp.arguments(HouseholdIn)
    @blp.response(201, HouseholdSchema)
    @blp.alt_response(409, description="the head already has an active file; it is named")
    @blp.doc(operationId="fileHousehold")
    def post(self, body: dict[str, Any]) -> Any:
        """File a household 建档: members (one head), address, income and costs by year."""
        household = service.file(
            db_session=session(), caller=caller(), data=body, note=body.get("note", "")
        )
        return _view(household)


@blp.route("/<int:household_id>")
class HouseholdDetail(MethodView):
    @requires(*STAFF)
    @blp.response(200, HouseholdSchema)
    @blp.doc(operationId="getHousehold")
    def get(self, household_id: int) -> Any:
        """One household file: members, income by year, computed level, cases, aid this year."""
        return _view(service.get(db_session=session(), caller=caller(), household_id=household_id))

    @requires(*STAFF)
    @commits()
    @blp.arguments(HouseholdAmendIn)
    @blp.response(200, HouseholdSchema)
    @blp.alt_response(409, description="the new head already has an active file; it is named")
    @blp.doc(operationId="amendHousehold")
    def patch(self, body: dict[str, Any], household_id: int) -> Any:
        """Amend the file; members replace those filed, years replace the same years."""
        household = service.get(
            db_session=session(), caller=caller(), household_id=household_id, for_update=True
        )
        service.amend(db_session=session(), caller=caller(), household=household, changes=body)
        return _view(household)


@blp.route("/<int:household_id>/events")
class HouseholdEvents(MethodView):
    @requires(*STAFF)
    @blp.response(200, HouseholdEventSchema(many=True))
    @blp.doc(operationId="listHouseholdEvents")
    def get(self, household_id: int) -> Any:
        """The file's history, oldest first: filing, every amendment and visit."""
        household = service.get(db_session=session(), caller=caller(), household_id=household_id)
        return history.events_of(session(), household)


@blp.route("/<int:household_id>/reverifications")
class HouseholdReverifications(MethodView):
    @requires(Role.CASEWORKER, Role.SUPERVISOR)
    @commits()
    @blp.arguments(ReverificationIn)
    @blp.response(201, HouseholdSchema)
    @blp.alt_response(409, description="the household has exited, or no 低保 is set for the year")
    @blp.doc(operationId="reverifyHousehold")
    def post(self, body: dict[str, Any], household_id: int) -> Any:
        """Re-verify the file 年审: the year's income, months since; next one a year on."""
        household = service.get(
            db_session=session(), caller=caller(), household_id=household_id, for_update=True
        )
        reverification.reverify(
            db_session=session(), caller=caller(), household=household, data=body
        )
        return _view(household)


@blp.route("/<int:household_id>/exit")
class HouseholdExit(MethodView):
    @requires(Role.SUPERVISOR)
    @commits()
    @blp.arguments(ExitIn)
    @blp.response(200, HouseholdSchema)
    @blp.alt_response(409, description="the household has already exited")
    @blp.doc(operationId="exitHousehold")
    def post(self, body: dict[str, Any], household_id: int) -> Any:
        """Confirm the household's exit 脱困 (supervisors): no aid until it is filed again."""
        household = service.get(
            db_session=session(), caller=caller(), household_id=household_id, for_update=True
        )
        reverification.exit_household(
            db_session=session(), caller=caller(), household=household, data=body
        )
        return _view(household)


@blp.route("/<int:household_id>/visits")
class HouseholdVisits(MethodView):
    @requires(Role.CASEWORKER, Role.SUPERVISOR)
    @commits()
    @blp.arguments(VisitSchema)
    @blp.response(201, VisitSchema)
    @blp.doc(operationId="recordHouseholdVisit")
    def post(self, body: dict[str, Any], household_id: int) -> Any:
        """Record a care visit or a home visit 入户核查 on the household."""
        household = service.get(
            db_session=session(), caller=caller(), household_id=household_id, for_update=True
        )
        return visits.record_visit(
            db_session=session(), caller=caller(), household=household, visit=body
        )


case_visits_blp = Blueprint(
    "case_visits", __name__, url_prefix="/api/v1/cases", description="Care visits on cases"
)


@case_visits_blp.route("/<int:case_id>/visits")
class CaseVisits(MethodView):
    @requires(Role.CASEWORKER, Role.SUPERVISOR)
    @commits()
    @case_visits_blp.arguments(VisitSchema)
    @case_visits_blp.response(201, VisitSchema)
    @case_visits_blp.doc(operationId="recordCaseVisit")
    def post(self, body: dict[str, Any], case_id: int) -> Any:
        """Record a visit for a hardship case; it goes on the case's household file."""
        case = cases.get(db_session=session(), caller=caller(), case_id=case_id)
        return record_case_visit(db_session=session(), caller=caller(), case=case, visit=body)


@settings_blp.route("")
class AidSettings(MethodView):
    @requires(Role.ADMIN, Role.SUPERVISOR, Role.CASEWORKER)
    @settings_blp.arguments(AidSettingsQuery, location="query", unknown=ma.RAISE)
    @settings_blp.response(200, AidSettingsOut)
    @settings_blp.doc(operationId="getAidSettings")
    def get(self, query: dict[str, Any]) -> Any:
        """The 低保 figure and the caps that hold for a unit's year (set, inherited or default)."""
        return aid.overview(
            session(),
            unit=chosen_unit(db_session=session(), caller=caller(), code=query["unit"]),
            year=query["year"],
        )

    @requires(Role.ADMIN)
    @commits()
    @settings_blp.arguments(AidSettingIn)
    @settings_blp.response(200, AidSettingsOut)
    @settings_blp.doc(operationId="setAidSetting")
    def put(self, body: dict[str, Any]) -> Any:
        """Set a unit's 低保 figure (monthly, per head) or an aid kind's yearly cap (admins)."""
        unit = chosen_unit(db_session=session(), caller=caller(), code=body["unit"])
        aid.set_figure(
            session(),
            unit=unit,
            year=body["year"],
            item=body["item"],
            amount=body["amount"],
            user_id=caller().user_id,
        )
        return aid.overview(session(), unit=unit, year=body["year"])
