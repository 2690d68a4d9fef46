"""/api/v1/pushes: pushes that could not be delivered, for administrators."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask.views import MethodView
from flask_smorest import Blueprint
from sqlalchemy import select

from service.auth.enums import Role
from service.db import session
from service.fields import LocalDateTime
from service.notifications.models import Delivery
from service.web import requires

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
        """E-mails and robot messages that failed every attempt or were interrupted."""
        return (
            session()
            .scalars(
                select(Delivery)
                .where(Delivery.status == "dead")
                .order_by(Delivery.id.desc())
                .limit(500)
            )
            .all()
        )
