"""The lock that lets exactly one beat run (DESIGN §4).

On PostgreSQL it is a session advisory lock held on a connection of the beat's
own, so it goes when the beat goes, whichever host it ran on; with the embedded
SQLite every process is on one machine, and a file lock under DATA_DIR does.
"""

from __future__ import annotations

import fcntl
from typing import Any

from sqlalchemy import text

from service.config import Settings
from service.db import make_engine

LOCK_KEY = 7_302_001  # any constant shared by every beat of a deployment
_held: list[Any] = []  # keeps the lock's connection or file open for the process's life


def acquire(settings: Settings) -> bool:
    """Take the beat lock for this process; False if another beat holds it."""
    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        handle = (settings.data_dir / "beat.lock").open("w")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return False
        _held.append(handle)
        return True
    engine = make_engine(settings, pool_size=1, max_overflow=0)
    connection = engine.connect()
    if not connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY}):
        connection.close()
        engine.dispose()
        return False
    connection.commit()
    _held.append(connection)
    return True
