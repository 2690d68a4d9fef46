"""/api/v1/calculators: figures a mediator works out while advising a worker."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView

from service.api import Blueprint
from service.auth.enums import Role
from service.calculators import service
from service.calculators.schemas import SeveranceInputSchema, SeveranceSchema
from service.web import commits, requires

blp = Blueprint(
    "calculators", __name__, url_prefix="/api/v1/calculators", description="Calculators"
)

# Who advises on a dispute: the desk answering a consultation on a dismissal, the
# mediator, the supervisor; and the admin who checks the settings. Caseworkers handle
# aid, not disputes.
SEVERANCE_ROLES = (Role.INTAKE, Role.MEDIATOR, Role.SUPERVISOR, Role.ADMIN)


@blp.route("/severance")
class Severance(MethodView):
    @requires(*SEVERANCE_ROLES)
    @commits()  # writes nothing; refuses a body that is not a JSON object, as every POST does
    @blp.arguments(SeveranceInputSchema)
    @blp.response(200, SeveranceSchema)
    @blp.doc(operationId="calculateSeverance")
    def post(self, inputs: dict[str, Any]) -> Any:
        """Severance 经济补偿 for a worker's service and wages, each step explained.

        N counts each full year of service as 1 and a remainder as 1 (six months or
        more) or 0.5 (less) (《劳动合同法》 art. 47 §1); W is the average monthly wage of
        the last 12 months, never below the local minimum wage (实施条例 art. 27); above
        3 × the city's average monthly wage of last year W is that figure and N at most
        12 (art. 47 §2). The amount is N × W, or 2 × N × W for an unlawful termination
        (art. 87), rounded half up to the fen. Nothing is recorded: attach a calculation
        to a case with POST /cases/{id}/calculations.
        """
        return service.answer(service.record_of(inputs, service.calculate(inputs)))
