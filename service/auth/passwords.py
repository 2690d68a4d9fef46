"""Passwords of people who sign in to the console: setting them, checking them with a lock-out."""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from service.auth.models import User
from service.auth.service import Caller, as_caller
from service.db import utcnow
from service.i18n import N_

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 8
MAX_FAILURES = 5  # failed sign-ins in a row before the account is locked
LOCK_MINUTES = 15
# Checked against when the username is unknown, so that a wrong name takes as long as a
# wrong password and the answer does not tell which names exist.
_DECOY_HASH = generate_password_hash("decoy password", method="scrypt")


class SignInRefused(Exception):
    """A sign-in or password change that did not succeed; ``message`` says why."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise SignInRefused(
            N_("at least {count} characters", count=MIN_PASSWORD_LENGTH), field="new_password"
        )
    if len(password) > 200:
        raise SignInRefused(N_("at most {count} characters", count=200), field="new_password")


def set_password(*, db_session: Session, user: User, password: str) -> None:
    """Give ``user`` a new password (scrypt) and lift any lock-out."""
    check_new_password(password)
    user.password_hash = generate_password_hash(password, method="scrypt")
    user.failed_sign_ins = 0
    user.locked_until = None


def is_password(user: User, password: str) -> bool:
    """Whether ``password`` is the user's current password."""
    return bool(user.password_hash) and check_password_hash(user.password_hash or "", password)


def change_password(*, db_session: Session, user: User, current: str, new: str) -> None:
    """The signed-in user's own change: the current password first, then the new one."""
    if not is_password(user, current):
        raise SignInRefused(N_("this is not your current password"), field="current_password")
    set_password(db_session=db_session, user=user, password=new)


def sign_in(
    *, db_session: Session, username: str, password: str, now: datetime | None = None
) -> User:
    """The user with this username and password, or ``SignInRefused``.

    Each failure is counted on the user; the ``MAX_FAILURES``-th in a row locks the
    account for ``LOCK_MINUTES``. The caller commits whatever the outcome.
    """
    now = now or utcnow()
    user = db_session.scalar(
        select(User).where(User.username == username.strip()).with_for_update(of=User)
    )
    if user is None or not user.active or not user.password_hash:
        check_password_hash(_DECOY_HASH, password)
        raise SignInRefused(N_("wrong username or password"))
    if user.locked_until is not None and user.locked_until > now:
        raise SignInRefused(
            N_("too many failed sign-ins; try again after {minutes} minutes", minutes=LOCK_MINUTES)
        )
    if not check_password_hash(user.password_hash, password):
        if user.locked_until is not None:  # an earlier lock has run out: count afresh
            user.failed_sign_ins, user.locked_until = 0, None
        user.failed_sign_ins += 1
        log.warning("failed sign-in", extra={"user_id": user.id, "failures": user.failed_sign_ins})
        if user.failed_sign_ins >= MAX_FAILURES:
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            raise SignInRefused(
                N_(
                    "too many failed sign-ins; try again after {minutes} minutes",
                    minutes=LOCK_MINUTES,
                )
            )
        raise SignInRefused(N_("wrong username or password"))
    user.failed_sign_ins, user.locked_until = 0, None
    log.info("signed in", extra={"user_id": user.id})
    return user


def stamp(user: User) -> str:
    """A mark of the user's password kept in the session: a new password signs out others."""
    return hashlib.sha256((user.password_hash or "").encode()).hexdigest()[:16]


def caller_of(*, db_session: Session, user_id: int, session_stamp: str) -> Caller | None:
    """The signed-in user as a ``Caller``, or None when the session is no longer good."""
    user = db_session.get(User, user_id)
    if user is None or not user.active or not user.password_hash or stamp(user) != session_stamp:
        return None
    return as_caller(db_session=db_session, user=user)
