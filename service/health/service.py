"""Checks that the database and the broker answer, and when a worker was last seen."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import redis
from flask import Flask
from sqlalchemy import select, text

from service.config import Settings
from service.db import session, utcnow
from service.health.models import Heartbeat
from service.timers.schedule import local_date
from service.working_days.years import coverage

# Beat asks a worker for a heartbeat every HEARTBEAT_SECONDS; three missed is "no worker".
MISSED_HEARTBEATS = 3


def _check_database() -> tuple[dict[str, Any], Any]:
    """Whether the database answers, and when a worker was last seen (None if never)."""
    try:
        work = session()
        work.execute(text("SELECT 1"))
        last = work.scalar(select(Heartbeat.beat_at).order_by(Heartbeat.beat_at.desc()).limit(1))
        work.rollback()
    except Exception as exc:  # any failure means not ready; say which
        return {"ok": False, "error": type(exc).__name__}, None
    return {"ok": True}, last


def _check_worker(settings: Settings, database_ok: bool, last: Any) -> dict[str, Any]:
    seen_at = last.isoformat() if last else None
    if not database_ok:
        return {"ok": False, "seen_at": None, "error": "unknown while the database is down"}
    window = settings.heartbeat_seconds * MISSED_HEARTBEATS
    if last is None:
        return {"ok": False, "seen_at": None, "error": "no worker has been seen"}
    if last < utcnow() - timedelta(seconds=window):
        return {"ok": False, "seen_at": seen_at, "error": f"no worker seen in {window} s"}
    return {"ok": True, "seen_at": seen_at}


def _check_broker(settings: Settings) -> dict[str, Any]:
    client = redis.Redis.from_url(settings.redis_url, socket_timeout=1, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError as exc:
        return {"ok": False, "error": type(exc).__name__}
    finally:
        client.close()
    return {"ok": True}


def _check_calendar() -> dict[str, Any]:
    """Which years' deadlines follow an official holiday schedule; never makes it unready."""
    try:
        work = session()
        found = coverage(db_session=work, today=local_date(utcnow()))
        work.rollback()
    except Exception as exc:  # the database check says what is wrong with the database
        return {"ok": True, "error": type(exc).__name__}
    return {"ok": True, **found}


def readiness(app: Flask) -> dict[str, dict[str, Any]]:
    settings: Settings = app.extensions["settings"]
    database, last_heartbeat = _check_database()
    return {
        "database": database,
        "broker": _check_broker(settings),
        "worker": _check_worker(settings, database["ok"], last_heartbeat),
        "calendar": _check_calendar(),
    }


def record_heartbeat(*, db_session: Any, process: str, at: Any) -> None:
    beat = db_session.get(Heartbeat, process)
    if beat is None:
        beat = Heartbeat(process=process, beat_at=at, count=0)
        db_session.add(beat)
    beat.beat_at = at
    beat.count += 1
