"""Cases with the parties as registered on them, and their audit trail."""

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


class CaseCounter(Base):
    """The last number issued per unit, case type and year; gap-free under concurrency."""

    __tablename__ = "case_counters"

    unit_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), primary_key=True)
    case_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last_value: Mapped[int]


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_unit_received", "unit_id", "received_at"),
        Index("ix_cases_unit_status", "unit_id", "status"),
        Index("ix_cases_assignee_status", "assignee_id", "status"),
        # The duplicate check: an open case of this ID number and category in scope.
        Index("ix_cases_claimant_category", "claimant_id_number", "category"),
        # The search by pinyin is a prefix match (LIKE 'zxl%'): on PostgreSQL only an
        # index with pattern ops serves it whatever the database's collation. The unit
        # leads: a search is always of the caller's units (migration 0022).
        *(
            Index(
                f"ix_cases_unit_{column}",
                "unit_id",
                column,
                postgresql_ops={column: "varchar_pattern_ops"},
            )
            for column in ("claimant_name_pinyin", "claimant_name_initials")
        ),
        # The list by status, newest first; unit and type in the key so that the count
        # and the page filter on the index before reading a row.
        Index("ix_cases_status_received", "status", "received_at", "id", "unit_id", "type"),
        # Short names and employers are searched from their start (see listing._text_search),
        # a name also from its given name; later parts of a reading after their space.
        # PostgreSQL only: SQLite's LIKE ignores case and would use none of them.
        *(
            Index(
                f"ix_cases_unit_{column}_prefix",
                "unit_id",
                column,
                postgresql_ops={column: "varchar_pattern_ops"},
            ).ddl_if(dialect="postgresql")
            for column in ("claimant_name", "employer_name")
        ),
        Index(
            "ix_cases_unit_claimant_given_prefix",
            "unit_id",
            text("substr(claimant_name, 2) text_pattern_ops"),
        ).ddl_if(dialect="postgresql"),
        # Only names in parts have a space in their reading: a later part is searched
        # there, so only they are indexed for it.
        *(
            Index(
                f"ix_cases_{column}_parts",
                column,
                postgresql_using="gin",
                postgresql_ops={column: "gin_trgm_ops"},
                postgresql_where=text(f"{column} LIKE '% %'"),
            ).ddl_if(dialect="postgresql")
            for column in ("claimant_name_pinyin", "claimant_name_initials")
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(48), unique=True)
    type: Mapped[str] = mapped_column(String(32))
    category: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16))
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # The parties as this case registered them: a snapshot per case, never shared with
    # another unit's cases, so no intake elsewhere can change or reveal them.
    claimant_name: Mapped[str] = mapped_column(String(64), index=True)
    claimant_name_pinyin: Mapped[str] = mapped_column(String(200))
    claimant_name_initials: Mapped[str] = mapped_column(String(64))
    claimant_id_number: Mapped[str | None] = mapped_column(String(18))
    claimant_phone: Mapped[str | None] = mapped_column(String(32))
    claimant_address: Mapped[str | None] = mapped_column(String(200))
    employer_name: Mapped[str | None] = mapped_column(String(200), index=True)
    employer_credit_code: Mapped[str | None] = mapped_column(String(18))
    claim_amount: Mapped[Decimal | None] = mapped_column(Money)
    workers_involved: Mapped[int] = mapped_column(default=1)
    collective: Mapped[bool] = mapped_column(default=False)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    known_on: Mapped[date | None]
    employment_end_on: Mapped[date | None]
    limitation_on: Mapped[date | None]
    description: Mapped[str] = mapped_column(Text, default="")
    # The household file 建档立卡 a hardship case belongs to.
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), index=True)
    # Type-specific intake facts (household size, accident date, ...).
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    outcome: Mapped[str | None] = mapped_column(String(32))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(nullable=False)
    # The head of the audit trail: how many events it holds and the last one's hash.
    # Kept on the row the version check locks, so appending needs no look-up, and
    # a trail cut short at its end is noticed.
    trail_length: Mapped[int] = mapped_column(default=0)
    trail_head: Mapped[str] = mapped_column(String(64), default=GENESIS_HASH)

    __mapper_args__ = {"version_id_col": version}

    # Loaded on use: a many-to-one already in the session costs no query, and a
    # list loads them in bulk (service.cases.listing.search).
    unit: Mapped[OrgUnit] = relationship()
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id])


class CaseEvent(Base):
    """One entry of a case's append-only, hash-chained audit trail."""

    __tablename__ = "case_events"
    __table_args__ = (UniqueConstraint("case_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
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
    # Which audit key signed ``hash`` (service.hash_chain.TrailKeys); the key itself
    # lives only in the settings.
    key_id: Mapped[str] = mapped_column(String(16))

    actor: Mapped[User | None] = relationship(lazy="joined")
    case: Mapped[Case] = relationship()


class MediationSession(Base):
    """One mediation meeting 调解会 with the parties: who came, what was offered."""

    __tablename__ = "mediation_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    held_at: Mapped[datetime] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(String(200))
    attendees: Mapped[list[str]] = mapped_column(JSON)
    notes: Mapped[str] = mapped_column(Text, default="")
    offer: Mapped[Decimal | None] = mapped_column(Money)
    counter_offer: Mapped[Decimal | None] = mapped_column(Money)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Payment(Base):
    """Money that reached the worker: an employer's instalment, or aid paid out 发放.

    Aid is instalment 0 and paid out once; an employer's instalment may come in
    parts, never more than it still owes (service.cases.payments). Each part has
    its number, so two requests recording the same part cannot both succeed.
    """

    __tablename__ = "payments"
    __table_args__ = (
        UniqueConstraint("case_id", "instalment", "part", name="uq_payments_case_instalment_part"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    instalment: Mapped[int]
    # An instalment paid in several parts has one row per part, numbered from 1.
    part: Mapped[int] = mapped_column(default=1)
    amount: Mapped[Decimal] = mapped_column(Money)
    method: Mapped[str] = mapped_column(String(16))
    reference: Mapped[str] = mapped_column(String(100))
    paid_on: Mapped[date]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
