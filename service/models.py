"""Every model, imported once so that the metadata is complete (for Alembic)."""

from service.access.models import PersonalDataRead
from service.auth.models import ApiToken, OrgUnit, User
from service.cases.models import (
    Case,
    CaseCounter,
    CaseEvent,
    MediationSession,
    Payment,
)
from service.db import Base
from service.health.models import Heartbeat
from service.households.models import (
    AidSetting,
    CareVisit,
    Household,
    HouseholdEvent,
    HouseholdMember,
    HouseholdYear,
)
from service.idempotency.models import IdempotencyRecord
from service.notifications.models import Delivery, Notification
from service.outbox.models import ConsumedEvent, OutboxMessage
from service.reports.models import StoredReport
from service.timers.models import CalendarDay, CaseTimer

__all__ = [
    "AidSetting",
    "ApiToken",
    "Base",
    "CalendarDay",
    "CareVisit",
    "Case",
    "CaseCounter",
    "CaseEvent",
    "CaseTimer",
    "ConsumedEvent",
    "Delivery",
    "Heartbeat",
    "Household",
    "HouseholdEvent",
    "HouseholdMember",
    "HouseholdYear",
    "IdempotencyRecord",
    "MediationSession",
    "Notification",
    "OrgUnit",
    "OutboxMessage",
    "Payment",
    "PersonalDataRead",
    "StoredReport",
    "User",
]
