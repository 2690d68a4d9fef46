"""Pushing notifications by e-mail and to WeCom or DingTalk group robots.

Pushes go out in working hours of working days only; deadline actions do not wait
for them. Each push is sent at most once: it is marked ``sending`` in its own
transaction before the send, and a redelivered task finds it so and does nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import smtplib
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import NamedTuple

from flask import current_app
from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from service.auth.models import OrgUnit, User
from service.config import Settings
from service.db import claim, upsert, utcnow
from service.i18n import translate
from service.notifications.models import Delivery, Notification
from service.timers.schedule import calendar

MAX_ATTEMPTS = 5
BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1))
# A send that began this long ago and never finished is not retried: a person decides.
STALE_SENDING = timedelta(minutes=15)
BATCH = 200
SEND_TASK = "unioncase.send_push"
WEBHOOK_FORMATS = ("wecom", "dingtalk")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class Address(NamedTuple):
    """Where a person's pushes go: their email, and their unit's webhook."""

    email: str | None
    webhook_url: str | None
    webhook_format: str | None


# Where a person's pushes go, as columns of a query over users joined to their unit.
ADDRESS = (User.email, OrgUnit.webhook_url, OrgUnit.webhook_format)


def queue(
    *,
    db_session: Session,
    notifications: list[tuple[int, int]],
    source_key: str,
    due_at: datetime,
    addresses: dict[int, Address] | None = None,
) -> None:
    """Queue the pushes for new notifications ``(notification_id, user_id)``.

    ``addresses`` holds the people's addresses already read, by user; the others are
    read here and added to it.
    """
    if not notifications:
        return
    addresses = addresses if addresses is not None else {}
    by_user = dict((user_id, note_id) for note_id, user_id in notifications)
    unknown = [user_id for user_id in by_user if user_id not in addresses]
    if unknown:
        statement = (
            select(User.id, *ADDRESS)
            .join(OrgUnit, OrgUnit.id == User.unit_id)
            .where(User.id.in_(unknown))
        )
        for user_id, email, webhook_url, webhook_format in db_session.execute(statement):
            addresses[user_id] = Address(email, webhook_url, webhook_format)
    when = calendar(db_session).push_window(due_at)
    rows = []
    for user_id in by_user:
        if user_id not in addresses:
            continue
        email, webhook_url, webhook_format = addresses[user_id]
        if email:
            rows.append(("email", email, by_user[user_id]))
        if webhook_url and webhook_format in WEBHOOK_FORMATS:
            rows.append((webhook_format, webhook_url, by_user[user_id]))
    if not rows:
        return
    db_session.execute(
        upsert(db_session)(Delivery)
        .values(
            [
                {
                    "notification_id": note_id,
                    "channel": channel,
                    "target": target,
                    "source_key": source_key,
                    "status": "pending",
                    "attempts": 0,
                    "next_attempt_at": when,
                    "created_at": utcnow(),
                }
                for channel, target, note_id in rows
            ]
        )
        .on_conflict_do_nothing(index_elements=["channel", "target", "source_key"])
    )


def claim_due(*, db_session: Session, now: datetime | None = None) -> list[int]:
    """Mark the pushes whose window has come ``queued``; dead-letter interrupted sends."""
    now = now or utcnow()
    db_session.execute(
        update(Delivery)
        .where(Delivery.status == "sending", Delivery.queued_at < now - STALE_SENDING)
        .values(status="dead", last_error="interrupted while sending; it may have gone out")
        .execution_options(synchronize_session=False)
    )
    claimable = or_(
        and_(Delivery.status == "pending", Delivery.next_attempt_at <= now),
        # A claim whose task was lost (it never began sending) is claimed again.
        and_(Delivery.status == "queued", Delivery.queued_at < now - STALE_SENDING),
    )
    return claim(
        db_session,
        Delivery,
        claimable=claimable,
        order_by=Delivery.next_attempt_at,
        limit=BATCH,
        values={"status": "queued", "queued_at": now},
    )


@dataclass(frozen=True)
class Push:
    """What one delivery sends."""

    delivery_id: int
    channel: str
    target: str
    subject: str
    text: str
    secret: str | None
    # A file an e-mail carries (name, content), such as a stored report's Excel.
    attachment: tuple[str, bytes] | None = None


def begin(*, db_session: Session, delivery_id: int) -> Push | None:
    """Mark a queued push ``sending`` (the caller commits before sending); None to skip."""
    delivery = db_session.get(Delivery, delivery_id, with_for_update=True)
    if delivery is None or delivery.status != "queued":
        return None
    note = db_session.get(Notification, delivery.notification_id)
    assert note is not None
    secret = None
    if delivery.channel == "dingtalk":
        secret = db_session.scalar(
            select(OrgUnit.webhook_secret).where(OrgUnit.webhook_url == delivery.target).limit(1)
        )
    attachment = None
    attach = current_app.extensions.get("push_attachments", {}).get(note.kind)
    if delivery.channel == "email" and attach is not None:
        attachment = attach(db_session, note.source_key)
    delivery.status, delivery.attempts, delivery.queued_at = (
        "sending",
        delivery.attempts + 1,
        utcnow(),
    )
    text = translate(note.text(), "zh")  # pushes go out in the offices' language
    return Push(
        delivery_id=delivery.id,
        channel=delivery.channel,
        target=delivery.target,
        subject=f"unioncase 提醒 {text[:30]}",
        text=text,
        secret=secret,
        attachment=attachment,
    )


def finish(*, db_session: Session, delivery_id: int, error: str | None) -> None:
    """Record how the send went: sent, to be retried in a later window, or dead."""
    delivery = db_session.get(Delivery, delivery_id, with_for_update=True)
    assert delivery is not None
    now = utcnow()
    if error is None:
        delivery.status, delivery.sent_at = "sent", now
        return
    delivery.last_error = error[:2000]
    if delivery.attempts >= MAX_ATTEMPTS:
        delivery.status = "dead"
        return
    wait = BACKOFF[min(delivery.attempts, len(BACKOFF)) - 1]
    delivery.status = "pending"
    delivery.next_attempt_at = calendar(db_session).push_window(now + wait)


def send(push: Push, settings: Settings) -> None:
    """Send one push; raises on any failure."""
    if push.channel == "email":
        _email(push, settings)
    else:
        _webhook(push)


def _email(push: Push, settings: Settings) -> None:
    if not settings.smtp_host:
        raise RuntimeError("SMTP_HOST is not set")
    message = EmailMessage()
    message["From"] = settings.smtp_from
    message["To"] = push.target
    message["Subject"] = push.subject
    message.set_content(push.text)
    if push.attachment is not None:
        name, content = push.attachment
        maintype, subtype = XLSX_TYPE.split("/")
        message.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=10) as smtp:
        if settings.smtp_starttls:
            smtp.starttls()
        if settings.smtp_user:
            smtp.login(settings.smtp_user, settings.smtp_password)
        smtp.send_message(message)


def _signed(url: str, secret: str | None) -> str:
    """DingTalk robots with 加签 want a timestamp and its HMAC-SHA256 signature."""
    if not secret:
        return url
    timestamp = str(round(time.time() * 1000))
    digest = hmac.new(secret.encode(), f"{timestamp}\n{secret}".encode(), hashlib.sha256).digest()
    sign = urllib.parse.quote_plus(base64.b64encode(digest))
    return f"{url}{'&' if '?' in url else '?'}timestamp={timestamp}&sign={sign}"


def _webhook(push: Push) -> None:
    # WeCom and DingTalk group robots take the same text message shape.
    body = json.dumps({"msgtype": "text", "text": {"content": push.text}}, ensure_ascii=False)
    url = _signed(push.target, push.secret) if push.channel == "dingtalk" else push.target
    request = urllib.request.Request(
        url, data=body.encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        answer = json.loads(response.read() or b"{}")
    if answer.get("errcode", 0) != 0:
        raise RuntimeError(f"robot refused the message: {answer}")
