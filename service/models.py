"""Every model, imported once so that the metadata is complete (for Alembic)."""

from service.auth.models import ApiToken, OrgUnit, User
from service.cases.models import Case, CaseCounter, CaseEvent, Employer, Person
from service.db import Base
from service.health.models import Heartbeat
from service.idempotency.models import IdempotencyRecord

__all__ = [
    "ApiToken",
    "Base",
    "Case",
    "CaseCounter",
    "CaseEvent",
    "Employer",
    "Heartbeat",
    "IdempotencyRecord",
    "OrgUnit",
    "Person",
    "User",
]
