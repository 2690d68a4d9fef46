"""Reports built for a unit and a period, kept with their figures as they were then."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from service.auth.models import OrgUnit
from service.cases.models import Case
from service.db import Base, UTCDateTime
from service.timers.models import CaseTimer


class StoredReport(Base):
    """A monthly report 每月汇报 or a quarterly one 季度通报 of one unit, built once."""

    __tablename__ = "stored_reports"
    # Two beats, a re-run or a redelivered task build it once: the second insert loses.
    __table_args__ = (UniqueConstraint("unit_id", "kind", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"))
    kind: Mapped[str] = mapped_column(String(16))  # monthly | quarterly
    period: Mapped[str] = mapped_column(String(8))  # 2026-10 | 2026Q3
    period_from: Mapped[date]
    period_to: Mapped[date]
    figures: Mapped[dict[str, Any]] = mapped_column(JSON)
    built_at: Mapped[datetime] = mapped_column(UTCDateTime)
    workflows_version: Mapped[str] = mapped_column(String(16))
    built_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    unit: Mapped[OrgUnit] = relationship()


# Indexes the report figures and the case list need at scale, declared here with the
# reports that need them. Deadlines are counted by their due moment.
Index("ix_timers_deadline", CaseTimer.purpose, CaseTimer.deadline_at)
# Name search is a substring match (LIKE '%…%'): only a trigram index serves it on
# PostgreSQL. On SQLite they are plain indexes, which cost little in small offices.
# Each with the unit (btree_gin) and without: a search of a few units reads only their
# entries, one of every unit is one scan without the unit; the planner picks.
for _column in (Case.claimant_name, Case.employer_name):
    for _name, _columns in (
        (f"ix_cases_{_column.key}_trgm", (_column,)),
        (f"ix_cases_unit_{_column.key}_trgm", (Case.unit_id, _column)),
    ):
        Index(
            _name,
            *_columns,
            postgresql_using="gin",
            postgresql_ops={_column.key: "gin_trgm_ops"},
        )
