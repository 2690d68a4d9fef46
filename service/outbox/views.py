"""/api/v1/outbox: dead letters, for administrators to look into."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask.views import MethodView

from service.api import Blueprint
from service.auth.enums import Role
from service.db import session
from service.fields import LocalDateTime
from service.outbox import service
from service.web import caller, requires

blp = Blueprint("outbox", __name__, url_prefix="/api/v1/outbox", description="Event outbox")


class DeadLetterSchema(ma.Schema):
    event_id = ma.fields.String()
    consumer = ma.fields.String()
    topic = ma.fields.String()
    case_id = ma.fields.Integer(allow_none=True)
    attempts = ma.fields.Integer()
    last_error = ma.fields.String(allow_none=True)
    created_at = LocalDateTime()
    dead_at = LocalDateTime()


@blp.route("/dead")
class DeadLetters(MethodView):
    @requires(Role.ADMIN)
    @blp.response(200, DeadLetterSchema(many=True))
    @blp.doc(operationId="listDeadEvents")
    def get(self) -> Any:
        """Events about your units' cases that could not be published, newest first."""
        return service.dead_letters(db_session=session(), unit_ids=caller().scope_unit_ids)
