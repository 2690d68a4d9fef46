"""Deadlines that staff must meet, and whether each was met or breached (报表: 按时率)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_

from service.cases.models import Case
from service.timers.models import CaseTimer

# The timers that hold staff to a deadline: deciding on acceptance, mediation within
# its statutory period, reviewing aid, an instalment by the end of its grace, and the
# follow-up calls. The public notice runs by itself and holds no one to anything.
DEADLINE_KINDS = (
    "acceptance_decision",
    "mediation_limit",
    "aid_review",
    "instalment_due",
    "follow_up_call",
    "aid_follow_up",
)


def _deadline(kinds: tuple[str, ...]) -> Any:
    return and_(CaseTimer.purpose == "due", CaseTimer.kind.in_(kinds))


def breached(*, kinds: tuple[str, ...] = DEADLINE_KINDS, now: datetime) -> Any:
    """The deadline fell due before the stage was done: fired, due and not yet swept, or
    lapsed (the stage was done after the deadline, before a sweep fired it)."""
    return and_(
        _deadline(kinds),
        or_(
            CaseTimer.status.in_(("fired", "dispatched", "lapsed")),
            and_(CaseTimer.status == "pending", CaseTimer.deadline_at <= now),
        ),
    )


def met() -> Any:
    """The stage was done before the deadline, so its timer was cancelled.

    A withdrawal cancels the timers still running; those deadlines were neither met
    nor missed, so a withdrawn case's deadlines that were still ahead when it was
    withdrawn do not count.
    """
    return and_(
        _deadline(DEADLINE_KINDS),
        CaseTimer.status == "cancelled",
        or_(Case.status != "withdrawn", CaseTimer.deadline_at < Case.closed_at),
    )
