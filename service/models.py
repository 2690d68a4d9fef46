"""Every model, imported once so that the metadata is complete (for Alembic)."""

from typing import Any

from sqlalchemy import Index

from service.access.models import PersonalDataRead
from service.auth.models import ApiToken, OrgUnit, User
from service.campaigns.models import (
    Campaign,
    CampaignEntry,
    CampaignJob,
    CampaignList,
    CampaignTransferRow,
)
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
    HouseholdMonth,
    HouseholdReverification,
    HouseholdYear,
)
from service.idempotency.models import IdempotencyRecord
from service.notifications.models import Delivery, Notification
from service.outbox.models import ConsumedEvent, OutboxMessage
from service.reports.models import StoredReport
from service.timers.models import CalendarChange, CalendarDay, CaseTimer

__all__ = [
    "AidSetting",
    "ApiToken",
    "Base",
    "CalendarChange",
    "CalendarDay",
    "Campaign",
    "CampaignEntry",
    "CampaignJob",
    "CampaignList",
    "CampaignTransferRow",
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
    "HouseholdMonth",
    "HouseholdReverification",
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


def built_on(dialect: str) -> Any:
    """Alembic's ``include_object``: leave out the indexes made for another database only."""

    def include(item: Any, _name: Any, type_: str, _reflected: bool, _compare_to: Any) -> bool:
        condition = getattr(item, "_ddl_if", None) if isinstance(item, Index) else None
        return condition is None or condition.dialect in (None, dialect)

    return include
