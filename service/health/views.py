"""/healthz and /readyz for load balancers and orchestrators."""

from __future__ import annotations

from typing import Any

from flask import current_app
from flask.views import MethodView

from service.api import Blueprint
from service.health import service

blp = Blueprint("health", __name__, description="Liveness and readiness")


@blp.route("/healthz")
class Health(MethodView):
    @blp.doc(security=[], operationId="checkLiveness")
    @blp.response(200)
    def get(self) -> Any:
        """The process is up."""
        return {"status": "ok"}


@blp.route("/readyz")
class Ready(MethodView):
    @blp.doc(security=[], operationId="checkReadiness")
    @blp.response(200)
    @blp.alt_response(503, description="the database, the broker or every worker is missing")
    def get(self) -> Any:
        """The database and the broker answer, and a worker was seen lately."""
        checks = service.readiness(current_app)
        missing = [name for name, check in checks.items() if not check["ok"]]
        body = {
            "status": "unavailable" if missing else "ready",
            "missing": missing,
            "checks": checks,
        }
        return body, (503 if missing else 200)
