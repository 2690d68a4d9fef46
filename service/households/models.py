"""Household files 建档立卡: members, yearly income, care visits, the unit's aid settings."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Numeric, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from service.auth.models import OrgUnit, User
from service.db import Base, UTCDateTime, utcnow
from service.hash_chain import GENESIS_HASH

Money = Numeric(14, 2)
HOUSEHOLD_STATUSES = ("filed", "exited", "refiled")
# The statuses of a file still in care: aid may be paid and it is re-verified (not 脱困).
ACTIVE = ("filed", "refiled")


class Household(Base):
    """One household's file: one per head of household while it is active (先建档、后帮扶)."""

    __tablename__ = "households"
    __table_args__ = (
        # A person heads one active file; an exited file (脱困) may be filed again.
        Index(
            "uq_households_active_head",
            "head_id_number",
            unique=True,
            postgresql_where=text("status <> 'exited'"),
            sqlite_where=text("status <> 'exited'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), index=True)
    head_name: Mapped[str] = mapped_column(String(64))
    head_id_number: Mapped[str] = mapped_column(String(18))
    address: Mapped[str | None] = mapped_column(String(200))
    # The union member the household's aid goes through (工会会员), one of its members.
    union_member_id_number: Mapped[str | None] = mapped_column(String(18))
    status: Mapped[str] = mapped_column(String(16), default="filed")
    exit_reason: Mapped[str | None] = mapped_column(Text)
    exited_on: Mapped[date | None]
    # 年审: the day the next re-verification is due (a working day), and the last one's.
    reverify_by: Mapped[date | None] = mapped_column(index=True)
    reverified_on: Mapped[date | None]
    # Six consecutive recorded months above 低保: a supervisor may confirm the exit 脱困.
    exit_suggested: Mapped[bool] = mapped_column(default=False)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(nullable=False)
    trail_length: Mapped[int] = mapped_column(default=0)
    trail_head: Mapped[str] = mapped_column(String(64), default=GENESIS_HASH)

    __mapper_args__ = {"version_id_col": version}

    unit: Mapped[OrgUnit] = relationship()
    members: Mapped[list[HouseholdMember]] = relationship(
        order_by="HouseholdMember.position", cascade="all, delete-orphan"
    )
    years: Mapped[list[HouseholdYear]] = relationship(
        order_by="HouseholdYear.year", cascade="all, delete-orphan"
    )


class HouseholdMember(Base):
    """A member of the household as filed: relation to the head, work and health."""

    __tablename__ = "household_members"
    __table_args__ = (UniqueConstraint("household_id", "id_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(64))
    relation: Mapped[str] = mapped_column(String(16))
    id_number: Mapped[str] = mapped_column(String(18))
    # Null until recorded: a file opened at the desk for emergency aid is finished later.
    work_status: Mapped[str | None] = mapped_column(String(16))
    health: Mapped[str | None] = mapped_column(String(24))


class HouseholdYear(Base):
    """A year's disposable income and essential costs of the household, as verified."""

    __tablename__ = "household_years"
    __table_args__ = (UniqueConstraint("household_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    year: Mapped[int]
    income: Mapped[Decimal] = mapped_column(Money)
    essential_costs: Mapped[Decimal] = mapped_column(Money)
    # 意外致困: the year's costs of the hardship (illness, disaster), and whether a
    # disaster, accident or epidemic caused it.
    hardship_costs: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    accident: Mapped[bool] = mapped_column(default=False)


class HouseholdEvent(Base):
    """One entry of a household file's hash-chained history; the shape of case_events."""

    __tablename__ = "household_events"
    __table_args__ = (UniqueConstraint("household_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    seq: Mapped[int]
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str | None] = mapped_column(String(32))
    to_status: Mapped[str] = mapped_column(String(32))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(16))

    actor: Mapped[User | None] = relationship(lazy="joined")


class CareVisit(Base):
    """A care visit 走访 to a household: a home visit 入户核查 or one of the 五必访."""

    __tablename__ = "care_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    visited_on: Mapped[date]
    visitors: Mapped[list[str]] = mapped_column(JSON)
    findings: Mapped[str] = mapped_column(Text, default="")
    consent: Mapped[bool]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AidSetting(Base):
    """A unit's figure for a year: its 低保 (monthly, per head) or the yearly cap of an aid kind."""

    __tablename__ = "aid_settings"

    unit_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    # "dibao", or an aid kind (living, medical, education, emergency, seasonal).
    item: Mapped[str] = mapped_column(String(16), primary_key=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class HouseholdReverification(Base):
    """A yearly re-verification 年审: the year's figures as verified, and the level they give."""

    __tablename__ = "household_reverifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    verified_on: Mapped[date]
    year: Mapped[int]
    monthly_per_head: Mapped[Decimal] = mapped_column(Money)
    dibao: Mapped[Decimal] = mapped_column(Money)
    level: Mapped[str | None] = mapped_column(String(16))
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class HouseholdMonth(Base):
    """One month's income per head as recorded (the basis of a suggested exit 脱困)."""

    __tablename__ = "household_months"
    __table_args__ = (UniqueConstraint("household_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    month: Mapped[date]  # its first day
    per_head: Mapped[Decimal] = mapped_column(Money)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
