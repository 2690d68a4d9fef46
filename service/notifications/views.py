"""/api/v1/pushes: pushes that could not be delivered, for administrators."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask.views import MethodView

from service.api import Blueprint
from service.auth.enums import Role
from service.db import session
from service.fields import LocalDateTime
from service.notifications import service
from service.web import caller, requires

blp = Blueprint("pushes", __name__, url_prefix="/api/v1/pushes", description="Pushes")


class DeadPushSchema(ma.Schema):
    id = ma.fields.Integer()
    notification_id = ma.fields.Integer()
    channel = ma.fields.String()
    target = ma.fields.String()
    attempts = ma.fields.Integer()
    last_error = ma.fields.String(allow_none=True)
    created_at = LocalDateTime()


@blp.route("/dead")
class DeadPushes(MethodView):
    @requires(Role.ADMIN)
    @blp.response(200, DeadPushSchema(many=True))
    @blp.doc(operationId="listDeadPushes")
    def get(self) -> Any:
        """Your units' e-mails and robot messages that failed every attempt or were cut off."""
        return service.dead_pushes(db_session=session(), unit_ids=caller().scope_unit_ids)
