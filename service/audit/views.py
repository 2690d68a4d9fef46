"""/api/v1/audit: checks supervisors and admins run on the audit trail and the access log."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask.views import MethodView

from service.access import service as access
from service.api import Blueprint
from service.audit import service
from service.auth.enums import Role
from service.db import session
from service.fields import Code, LocalDateTime, ReachableDate
from service.i18n import N_
from service.web import caller, requires

blp = Blueprint("audit", __name__, url_prefix="/api/v1/audit", description="Audit trail")


@blp.route("/verify")
class Verify(MethodView):
    @requires(Role.SUPERVISOR, Role.ADMIN)
    @blp.response(200)
    @blp.doc(operationId="verifyAuditTrail")
    def get(self) -> Any:
        """Verify the keyed hash chain of every case in your units against the anchors."""
        return service.verify(db_session=session(), unit_ids=caller().scope_unit_ids)


class AccessQuerySchema(ma.Schema):
    user = Code(validate=ma.validate.Length(min=1, max=64), metadata={"description": "a username"})
    read_from = ReachableDate(
        data_key="from", metadata={"description": "first day, China time, inclusive"}
    )
    read_to = ReachableDate(
        data_key="to", metadata={"description": "last day, China time, inclusive"}
    )
    page = ma.fields.Integer(load_default=1, validate=ma.validate.Range(min=1, max=100000))
    per_page = ma.fields.Integer(load_default=50, validate=ma.validate.Range(min=1, max=200))

    @ma.validates_schema
    def _period(self, values: dict[str, Any], **_: Any) -> None:
        start, end = values.get("read_from"), values.get("read_to")
        if start is not None and end is not None and start > end:
            raise ma.ValidationError(N_("must not be before from"), field_name="to")


class PersonalDataReadSchema(ma.Schema):
    read_at = LocalDateTime()
    user = ma.fields.String(metadata={"description": "who was shown the data"})
    role = ma.fields.String()
    case_id = ma.fields.Integer()
    case_number = ma.fields.String()
    unit = ma.fields.String(metadata={"description": "the case's unit"})
    endpoint = ma.fields.String(metadata={"description": "method and path of the request"})
    request_id = ma.fields.String(allow_none=True)


class AccessPageSchema(ma.Schema):
    items = ma.fields.List(ma.fields.Nested(PersonalDataReadSchema))
    total = ma.fields.Integer()
    page = ma.fields.Integer()
    per_page = ma.fields.Integer()


@blp.route("/access")
class Access(MethodView):
    @requires(Role.SUPERVISOR, Role.ADMIN)
    @blp.arguments(AccessQuerySchema, location="query", unknown=ma.RAISE)
    @blp.response(200, AccessPageSchema)
    @blp.doc(operationId="listPersonalDataReads")
    def get(self, query: dict[str, Any]) -> Any:
        """Who was shown a claimant's ID number or phone whole, of your units' cases."""
        return access.search(
            db_session=session(),
            caller=caller(),
            username=query.get("user"),
            read_from=query.get("read_from"),
            read_to=query.get("read_to"),
            page=query["page"],
            per_page=query["per_page"],
        )
