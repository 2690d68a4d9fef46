"""/api/v1/audit: checks supervisors and admins run on the audit trail."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from service.audit import service
from service.auth.enums import Role
from service.db import session
from service.web import caller, requires

blp = Blueprint("audit", __name__, url_prefix="/api/v1/audit", description="Audit trail")


@blp.route("/verify")
class Verify(MethodView):
    @requires(Role.SUPERVISOR, Role.ADMIN)
    @blp.response(200)
    @blp.doc(operationId="verifyAuditTrail")
    def get(self) -> Any:
        """Recompute the hash chain of every case in your units and report any break."""
        return service.verify(db_session=session(), caller=caller())
