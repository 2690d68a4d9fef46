"""Org units, users and their API tokens."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from service.db import Base, UTCDateTime, utcnow


class OrgUnit(Base):
    """A union body: a street federation 街道总工会 or a community union 社区联合工会."""

    __tablename__ = "org_units"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("org_units.id"))
    # Materialised path of ids ("/1/4/9/") so that a subtree is one prefix match.
    path: Mapped[str] = mapped_column(String(400), index=True)
    # A group robot in WeCom (企业微信) or DingTalk that hears the unit's notifications.
    webhook_url: Mapped[str | None] = mapped_column(String(500))
    webhook_format: Mapped[str | None] = mapped_column(String(16))
    webhook_secret: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    parent: Mapped[OrgUnit | None] = relationship(remote_side=[id])


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    email: Mapped[str | None] = mapped_column(String(200))
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    # The console's sign-in (werkzeug scrypt); None until `flask users password` sets one.
    password_hash: Mapped[str | None] = mapped_column(String(255))
    # Failed sign-ins in a row; enough of them lock the account until ``locked_until``.
    failed_sign_ins: Mapped[int] = mapped_column(server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    unit: Mapped[OrgUnit] = relationship(lazy="joined")


class ApiToken(Base):
    """A bearer token; only its SHA-256 digest is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship(lazy="joined")
