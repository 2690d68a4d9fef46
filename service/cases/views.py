"""/api/v1/cases: register, list and read cases."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask.views import MethodView
from flask_smorest import Blueprint

from service.auth.enums import Role
from service.cases import service
from service.cases.schemas import CaseIntakeSchema, CasePageSchema, CaseQuerySchema, CaseSchema
from service.db import session
from service.web import caller, commits, requires

blp = Blueprint("cases", __name__, url_prefix="/api/v1/cases", description="Cases")


def _etag(version: int) -> dict[str, str]:
    return {"ETag": f'"{version}"'}


@blp.route("")
class Cases(MethodView):
    @requires()
    @blp.arguments(CaseQuerySchema, location="query", unknown=ma.RAISE)
    @blp.response(200, CasePageSchema)
    def get(self, query: dict[str, Any]) -> Any:
        """List the cases in your scope, filtered, sorted and paged."""
        return service.search(db_session=session(), caller=caller(), query=query)

    @requires(Role.INTAKE, Role.SUPERVISOR)
    @commits(idempotent=True)
    @blp.arguments(CaseIntakeSchema)
    @blp.response(201, CaseSchema)
    @blp.alt_response(409, description="an open case of this person, employer and category")
    def post(self, intake: dict[str, Any]) -> Any:
        """Register a case; a retry with the same Idempotency-Key returns the first answer."""
        case = service.register(db_session=session(), caller=caller(), intake=intake)
        return service.view_of(case, caller()), _etag(case.version)


@blp.route("/<int:case_id>")
class CaseDetail(MethodView):
    @requires()
    @blp.response(200, CaseSchema)
    def get(self, case_id: int) -> Any:
        """One case, with an ETag of its version."""
        case = service.get(db_session=session(), caller=caller(), case_id=case_id)
        return service.view_of(case, caller()), _etag(case.version)
