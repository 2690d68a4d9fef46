"""Aid campaigns 送温暖/金秋助学, their household lists and the jobs that build and pay them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    LargeBinary,
    Numeric,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from service.auth.models import OrgUnit
from service.db import Base, UTCDateTime, utcnow
from workflows.messages import Text, from_stored

Money = Numeric(14, 2)
CAMPAIGN_STATUSES = ("open", "closed")
LIST_STATUSES = ("building", "ready", "confirmed", "failed")
JOB_STATUSES = ("queued", "running", "done", "failed")


class Campaign(Base):
    """A unit's campaign: an aid kind, a budget, an amount per household and who is eligible."""

    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))
    budget: Mapped[Decimal] = mapped_column(Money)
    # What confirmed lists have promised: the sum of their households' amounts.
    committed: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    amounts: Mapped[dict[str, Any]] = mapped_column(JSON)
    eligibility: Mapped[dict[str, Any]] = mapped_column(JSON)
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(nullable=False)

    __mapper_args__ = {"version_id_col": version}

    unit: Mapped[OrgUnit] = relationship()


class CampaignList(Base):
    """A list of the households a campaign proposes, as built at one time."""

    __tablename__ = "campaign_lists"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), index=True)
    # The households of this unit and those beneath it: the campaign's, or one beneath it.
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"))
    status: Mapped[str] = mapped_column(String(16), default="building")
    built_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    built_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    households: Mapped[int] = mapped_column(default=0)
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    unit: Mapped[OrgUnit] = relationship()


class CampaignEntry(Base):
    """One household considered for a list: its amount, or why it was left off."""

    __tablename__ = "campaign_entries"
    __table_args__ = (
        UniqueConstraint("list_id", "household_id"),
        # A household gets one case per campaign, whatever lists were built.
        Index(
            "uq_campaign_entries_granted",
            "campaign_id",
            "household_id",
            unique=True,
            postgresql_where=text("case_id IS NOT NULL"),
            sqlite_where=text("case_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("campaign_lists.id"), index=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"))
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    level: Mapped[str | None] = mapped_column(String(16))
    amount: Mapped[Decimal | None] = mapped_column(Money)
    # Why the household is left off (a stored message), None when it is on the list.
    left_off: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)


class CampaignJob(Base):
    """A long piece of campaign work run by a worker, with its progress for the API."""

    __tablename__ = "campaign_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "build" or "import"
    list_id: Mapped[int | None] = mapped_column(ForeignKey("campaign_lists.id"))
    status: Mapped[str] = mapped_column(String(16), default="queued")
    done: Mapped[int] = mapped_column(default=0)
    total: Mapped[int] = mapped_column(default=0)
    filename: Mapped[str | None] = mapped_column(String(200))
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Why a job failed before the reason was kept as a message (``result["error"]``).
    error: Mapped[str | None] = mapped_column(String(500))
    attempts: Mapped[int] = mapped_column(default=0)  # times the sweep sent it to a worker
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    def why_failed(self) -> Text | None:
        """Why the job failed, to translate where it is read; None unless it failed."""
        if "error" in self.result:
            return from_stored(self.result["error"])
        return None if self.error is None else Text(self.error, {})


class CampaignTransferRow(Base):
    """One row of an imported bank transfer list 转账清单: as written, and what became of it."""

    __tablename__ = "campaign_transfer_rows"
    __table_args__ = (UniqueConstraint("job_id", "line"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("campaign_jobs.id"), index=True)
    line: Mapped[int]
    id_number: Mapped[str] = mapped_column(String(64))
    amount: Mapped[str] = mapped_column(String(64))
    reference: Mapped[str] = mapped_column(String(200))
    # None until the row is matched; set at reading for a row unread or repeated.
    outcome: Mapped[str | None] = mapped_column(String(16))
    reason: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # a stored message
    case_number: Mapped[str | None] = mapped_column(String(32))
