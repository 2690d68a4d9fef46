"""The lock that lets exactly one beat run scheduled jobs (DESIGN §4).

On PostgreSQL it is a session advisory lock held on a connection of the beat's
own, so it goes when the beat goes, or when its connection does, whichever host
it ran on; with the embedded SQLite every process is on one machine, and a file
lock beside the database does.

Beat asks ``still_held()`` right before it sends each job: a beat that lost the
lock sends nothing and tries to take it again, so a standby beat takes over from
one whose connection dropped and the two never both send.
"""

from __future__ import annotations

import fcntl
import logging
from pathlib import Path
from typing import Any, TextIO

from celery.beat import PersistentScheduler, ScheduleEntry
from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import make_url

from service.config import Settings
from service.db import make_engine

log = logging.getLogger(__name__)

LOCK_KEY = 7_302_001  # any constant shared by every beat of a deployment
HOLDS = text(
    "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"
    " AND pid = pg_backend_pid() AND classid = 0 AND objid = :key)"
)


class BeatLock:
    """This process's claim to be the one beat; taken, checked and lost."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._engine: Engine | None = None
        self._connection: Connection | None = None
        self._file: TextIO | None = None

    def acquire(self) -> bool:
        """Take the lock if no other beat holds it; True if this process holds it now."""
        if self.settings.is_sqlite:
            return self._acquire_file()
        if self._engine is None:
            self._engine = make_engine(self.settings, pool_size=1, max_overflow=0)
        try:
            connection = self._engine.connect()
        except Exception:  # the database is away: no lock, try at the next job
            log.warning("beat cannot reach the database to take its lock")
            return False
        if not connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY}):
            connection.close()
            return False
        connection.commit()
        self._connection = connection
        return True

    def still_held(self) -> bool:
        """Whether this process holds the lock now; a lost one is given up."""
        if self.settings.is_sqlite:
            return self._file is not None
        if self._connection is None:
            return False
        try:
            held = bool(self._connection.scalar(HOLDS, {"key": LOCK_KEY}))
            self._connection.commit()
        except Exception:  # the connection is gone, and the lock went with it
            held = False
        if not held:
            log.error("this beat lost its lock (its database connection went)")
            self._connection.invalidate()
            self._connection = None
        return held

    def _acquire_file(self) -> bool:
        if self._file is not None:
            return True
        path = Path(make_url(self.settings.database_url).database or "").with_suffix(".beat-lock")
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("w")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return False
        self._file = handle
        return True


_lock: list[BeatLock] = []  # this process's lock, set when beat starts


def start(settings: Settings) -> bool:
    """Make this process a beat that runs jobs only under the lock; True if it holds it."""
    _lock[:] = [BeatLock(settings)]
    return _lock[0].acquire()


def still_held() -> bool:
    """Whether this beat may send a job now: it holds the lock, or has just taken it."""
    if not _lock:
        return False
    lock = _lock[0]
    if lock.still_held():
        return True
    if lock.acquire():
        log.warning("this beat took the beat lock and runs the schedule")
        return True
    return False


class LockedScheduler(PersistentScheduler):  # type: ignore[misc]
    """Celery's scheduler, sending a due job only while this beat holds the lock."""

    _standing_by = False

    def apply_entry(self, entry: ScheduleEntry, producer: Any = None) -> None:
        if not still_held():
            if not self._standing_by:
                log.warning("another beat holds the beat lock; this one sends nothing")
            self._standing_by = True
            return
        self._standing_by = False
        super().apply_entry(entry, producer=producer)
