"""Counting again, once every cached calendar has run out, what was counted with one
a change had already replaced.

A change moves the pending deadlines in its own transaction, and its process forgets
its cached calendar when it commits; but another process (a web worker, a Celery
worker) counts with the calendar it read for up to ``CALENDAR_CACHE_SECONDS`` more, and
the timers it writes meanwhile were not there for the change to move. Each change is
recorded with the calendar it replaced (``recount.recount``); a minute's beat takes the
changes whose every cache has run out and moves, with the change's own ``recount.move``,
the pending timers written from a cache's life before the change on that were counted
under the replaced calendar. A timer already counted under the calendar as it is now is
left as it is, so a recheck run twice, or after the change moved a timer, moves nothing.

The rechecked changes are kept: the calendars a deadline may have been counted with.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.db import utcnow
from service.timers.models import CalendarChange
from service.timers.schedule import CALENDAR_CACHE_SECONDS, stored_calendar
from service.working_days import recount

log = logging.getLogger(__name__)

RECHECK_TASK = "unioncase.recheck_calendar_changes"
CACHE_LIFE = timedelta(seconds=CALENDAR_CACHE_SECONDS)
# Beyond the cache's life, for the change's own commit after its row was written and
# for a timer written a little after it was counted.
MARGIN = timedelta(minutes=1)


def recheck(*, db_session: Session, now: datetime) -> int:
    """Count again the timers a stale cached calendar may have counted, for each change
    whose every cache has run out by ``now``, and mark it rechecked. Returns how many
    changes were rechecked."""
    waiting = (
        CalendarChange.rechecked_at.is_(None),
        CalendarChange.changed_at <= now - CACHE_LIFE - MARGIN,
    )
    if db_session.scalar(select(CalendarChange.id).where(*waiting).limit(1)) is None:
        return 0  # the usual minute: no change waits, and no lock is taken
    # Taking turns with the changes themselves, and with another worker's recheck (which
    # then finds these rechecked); SKIP LOCKED as well, should one not wait its turn.
    recount.take_turn(db_session)
    changes = db_session.scalars(
        select(CalendarChange)
        .where(*waiting)
        .order_by(CalendarChange.id)
        .with_for_update(skip_locked=True)
    ).all()
    for change in changes:
        moved = recount.move(
            db_session=db_session,
            before=stored_calendar(change.before),
            since=change.since,
            written_since=change.changed_at - CACHE_LIFE,
        )
        change.rechecked_at = utcnow()
        if moved:
            log.warning(
                "deadlines counted with a calendar a change had replaced were moved",
                extra={"calendar_change": change.id, "timers": moved},
            )
    return len(changes)
