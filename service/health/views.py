"""/healthz and /readyz for load balancers and orchestrators."""

from __future__ import annotations

from typing import Any

from flask import current_app
from flask.views import MethodView
from flask_smorest import Blueprint

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
    @blp.alt_response(503, description="the database or the broker is unreachable")
    def get(self) -> Any:
        """The database and the broker answer."""
        checks = service.readiness(current_app)
        ready = all(check["ok"] for check in checks.values())
        return {"status": "ready" if ready else "unavailable", "checks": checks}, (
            200 if ready else 503
        )
