"""The access log: every time someone was shown a claimant's ID number or phone whole."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base, UTCDateTime, utcnow


class PersonalDataRead(Base):
    """One unmasked read: who, when, which case, through which endpoint (issue 7.7).

    Written in the unit of work of the request that showed the data, so a read that
    was answered is a read that was recorded.
    """

    __tablename__ = "personal_data_reads"
    __table_args__ = (
        Index("ix_personal_data_reads_unit_read_at", "unit_id", "read_at"),
        Index("ix_personal_data_reads_user_read_at", "user_id", "read_at"),
        # The reads of one case; an export finds the rows it recorded by them.
        Index("ix_personal_data_reads_case", "case_id", "user_id", "read_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    read_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    # The case's unit: whose supervisors audit the read.
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"))
    endpoint: Mapped[str] = mapped_column(String(200))
    request_id: Mapped[str | None] = mapped_column(String(64))
