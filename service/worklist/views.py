"""/api/v1/worklist: the caller's due and overdue items and assigned cases."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask.views import MethodView

from service.api import Blueprint
from service.db import session
from service.fields import LocalDateTime
from service.web import caller, commits, requires
from service.worklist import service

blp = Blueprint("worklist", __name__, url_prefix="/api/v1/worklist", description="Worklist")


class ItemSchema(ma.Schema):
    id = ma.fields.Integer(
        allow_none=True,
        metadata={"description": "null for an item that clears itself when it no longer holds"},
    )
    case_id = ma.fields.Integer(allow_none=True)
    case_number = ma.fields.String(allow_none=True)
    household_id = ma.fields.Integer(
        allow_none=True, metadata={"description": "the household file the item is about"}
    )
    kind = ma.fields.String(metadata={"description": "timer kind and purpose, or an alert"})
    what = ma.fields.String()
    due_at = LocalDateTime()
    deadline_at = LocalDateTime(allow_none=True)
    overdue = ma.fields.Boolean()


class AssignedCaseSchema(ma.Schema):
    case_id = ma.fields.Integer()
    case_number = ma.fields.String()
    status = ma.fields.String()
    next_deadline_at = LocalDateTime(allow_none=True)
    overdue = ma.fields.Boolean()


class WorklistSchema(ma.Schema):
    items = ma.fields.List(ma.fields.Nested(ItemSchema))
    cases = ma.fields.List(ma.fields.Nested(AssignedCaseSchema))


@blp.route("")
class Worklist(MethodView):
    @requires()
    @blp.response(200, WorklistSchema)
    @blp.doc(operationId="getWorklist")
    def get(self) -> Any:
        """Due and overdue reminders, soonest deadline first, and your open cases."""
        return service.worklist(db_session=session(), caller=caller())


@blp.route("/<int:item_id>/done")
class Done(MethodView):
    @requires()
    @commits(body=False)
    @blp.response(204)
    @blp.doc(operationId="markWorklistItemDone")
    def post(self, item_id: int) -> None:
        """Take an item off your worklist."""
        service.mark_done(db_session=session(), caller=caller(), notification_id=item_id)
