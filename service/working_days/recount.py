"""Counting pending deadlines again when the working calendar changes.

A deadline is counted once, when its timer starts, with the calendar of that day. When
an administrator makes a day a holiday or a working day, or loads a year's schedule,
every pending timer whose period the change touches is counted again, in the same
transaction as the change, so no deadline falls on a new holiday or a day early.

A timer row does not store what it counted from; it is counted again from what it
names: its kind (the workflow's period, as the settings adjust it), its case's dates
(receipt, instalment, limitation, accident) or, for a period counted from entering a
state, the day the row was written, and for a household file's re-verification the
file's last re-verification or filing. Only a timer whose stored deadline that count
gives under the calendar as it was is moved: one already counted under the calendar as
it is now is left quietly, one counted otherwise (a setting changed since, an agreed
extension) is left as it is and logged.

Each change is recorded with the calendar it replaced (``CalendarChange``): another
process may still count with that calendar, cached, for ``CALENDAR_CACHE_SECONDS``
after the change, and ``working_days.rechecks`` counts those timers again once every
such cache has run out, with this same ``move``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.cases import events
from service.cases.models import Case
from service.db import FOR_CHANGE, utcnow
from service.households import history
from service.households.models import ACTIVE, Household
from service.households.reminders import KIND as REVERIFICATION
from service.households.reminders import since_of
from service.timers.models import CalendarChange, CaseTimer
from service.timers.schedule import (
    anchors_of,
    changing_calendar,
    count,
    limitation_of,
    load_calendar,
    local_date,
    spec_of,
)
from workflows.calendar import WorkingCalendar, start_of_day
from workflows.definitions import WORKFLOWS
from workflows.engine import Timer
from workflows.households import reverification_dates

log = logging.getLogger(__name__)

# The case trail's record of a deadline the calendar moved.
MOVED = "deadline_moved"


# The advisory lock calendar changes take turns by ("UCAL" in ASCII).
CALENDAR_LOCK = 0x5543414C


def calendar_now(db_session: Session) -> WorkingCalendar:
    """The working calendar as this transaction sees it, never the cached one, once it is
    this transaction's turn to change it (``take_turn``)."""
    take_turn(db_session)
    return load_calendar(db_session)


def take_turn(db_session: Session) -> None:
    """Wait for the calendar changes before this one to commit, and mark the transaction
    as changing the calendar (``schedule.changing_calendar``).

    Changes of the calendar take turns, so each counts from the days the one before
    left, not from those it replaced (SQLite's writers already take turns); a change's
    recheck takes its turn too.
    """
    if db_session.get_bind().dialect.name == "postgresql":
        db_session.execute(select(func.pg_advisory_xact_lock(CALENDAR_LOCK)))
    changing_calendar(db_session)


@dataclasses.dataclass(frozen=True)
class Count:
    """A timer's deadline and reminder days as counted under one calendar."""

    deadline_at: datetime
    reminders: tuple[datetime, ...]


def recount(*, db_session: Session, before: WorkingCalendar, since: date) -> int:
    """Move the pending timers whose deadline the calendar's change since ``before``
    moves, and record the change for its recheck. Returns how many timers moved.

    ``since`` is the first day changed: a deadline before it cannot move.
    """
    db_session.add(CalendarChange(since=since, before=before.days_json(), changed_at=utcnow()))
    return move(db_session=db_session, before=before, since=since)


def move(
    *,
    db_session: Session,
    before: WorkingCalendar,
    since: date,
    written_since: datetime | None = None,
) -> int:
    """Move the pending timers counted under ``before`` whose deadline the calendar as it
    is now moves; a case's trail and a household file's history say so. Returns how many.

    ``written_since`` limits it to the timers written from then on.
    """
    after = calendar_now(db_session)
    pending = [CaseTimer.status == "pending", CaseTimer.deadline_at >= start_of_day(since)]
    if written_since is not None:
        pending.append(CaseTimer.created_at >= written_since)
    owners = db_session.execute(
        select(CaseTimer.case_id, CaseTimer.household_id).where(*pending).distinct()
    ).all()
    # The case or file first, then its timers: the order a transition or a re-verification
    # locks them in, so the two never wait on each other.
    cases = _locked(db_session, Case, {case_id for case_id, _ in owners if case_id})
    households = _locked(db_session, Household, {h for c, h in owners if not c and h})
    timers = db_session.scalars(
        select(CaseTimer)
        .where(*pending)
        .order_by(CaseTimer.id)
        # The sweep claims with SKIP LOCKED: it passes over these until this commits.
        .with_for_update(of=CaseTimer)
    )
    groups: dict[tuple[Any, ...], list[CaseTimer]] = defaultdict(list)
    for timer in timers:
        owner = ("case", timer.case_id) if timer.case_id else ("household", timer.household_id)
        if timer.case_id not in cases and timer.household_id not in households:
            # Committed since the owners were read: not locked, so left as counted here;
            # the change's recheck counts it again (as it does a deadline another process
            # counts with its cached calendar after this commits).
            continue
        groups[(*owner, timer.kind, timer.instalment, timer.state)].append(timer)
    moved = 0
    today = start_of_day(local_date(utcnow()))
    by_case: dict[int, list[dict[str, Any]]] = defaultdict(list)
    by_household: dict[int, dict[str, Any]] = {}
    for (owner, owner_id, kind, instalment, _state), rows in groups.items():
        if owner == "case":
            counts = _case_counts(cases[owner_id], kind, instalment, rows, before, after)
        else:
            counts = _household_counts(households[owner_id], rows, before, after)
        if counts is None:
            continue
        old, new = counts
        if old == new:
            continue
        reminder_days = dict(zip(old.reminders, new.reminders, strict=True))
        for timer in rows:
            if timer.purpose == "due":
                timer.due_at = new.deadline_at
            else:
                timer.due_at = reminder_days.get(timer.due_at, timer.due_at)
                if timer.due_at < today:
                    # A reminder of a day gone is not sent late, as when a timer starts.
                    timer.status = "cancelled"
            timer.deadline_at = new.deadline_at
        moved += len(rows)
        if old.deadline_at == new.deadline_at:
            continue  # only a reminder moved: the deadline on record stands
        change = {
            "kind": kind,
            "instalment": instalment,
            "from": _last(old.deadline_at, owner).isoformat(),
            "to": _last(new.deadline_at, owner).isoformat(),
        }
        if owner == "case":
            by_case[owner_id].append(change)
        else:
            by_household[owner_id] = change
    for case_id, changes in sorted(by_case.items()):
        _tell_case(db_session, cases[case_id], changes, since)
    for household_id, change in sorted(by_household.items()):
        _tell_household(db_session, households[household_id], change, since)
    if moved:
        log.info(
            "calendar change moved pending timers",
            extra={"timers": moved, "cases": sorted(by_case), "since": since.isoformat()},
        )
    return moved


def _locked(db_session: Session, model: Any, ids: set[int]) -> dict[int, Any]:
    """The rows of ``ids``, locked in id order, as the trail they get is appended to."""
    if not ids:
        return {}
    rows: Any = db_session.scalars(
        select(model)
        .where(model.id.in_(ids))
        .order_by(model.id)
        .with_for_update(of=model, **FOR_CHANGE)
    )
    return {row.id: row for row in rows}


def _last(deadline_at: datetime, owner: str) -> date:
    """The last day a deadline names: a case's ends at 24:00, a file's is due from 00:00."""
    if owner == "case":
        return local_date(deadline_at) - timedelta(days=1)
    return local_date(deadline_at)


def _case_counts(
    case: Case,
    kind: str,
    instalment: int | None,
    rows: list[CaseTimer],
    before: WorkingCalendar,
    after: WorkingCalendar,
) -> tuple[Count, Count] | None:
    spec_source = WORKFLOWS[case.type].timers.get(kind)
    if spec_source is None:
        return None
    spec = spec_of(spec_source)
    if kind == "limitation_warning":
        return _limitation_counts(case, spec, rows, before, after)
    if spec.anchor == "entered":
        # The row was written in the transaction that entered the state.
        anchor: date | None = local_date(min(timer.created_at for timer in rows))
    else:
        anchor = next(
            (
                day
                for day, number in anchors_of(case, spec, utcnow(), before)
                if number == instalment
            ),
            None,
        )
    if anchor is None:
        return None

    old, new = _count(spec, anchor, before), _count(spec, anchor, after)
    if not _counted_so(case, rows, old, new):
        return None
    return old, new


def _count(spec: Timer, anchor: date, working: WorkingCalendar) -> Count:
    deadline_at, reminder_days = count(spec, anchor, working)
    return Count(deadline_at=deadline_at, reminders=tuple(start_of_day(d) for d in reminder_days))


def _counted_so(case: Case, rows: list[CaseTimer], old: Count, new: Count) -> bool:
    """Whether the rows were counted under the calendar as it was, to be moved."""
    if all(timer.deadline_at == old.deadline_at for timer in rows):
        return True
    if all(timer.deadline_at == new.deadline_at for timer in rows):
        return False  # counted under the calendar as it is now: nothing to move
    log.warning(
        "a pending deadline was not counted as its timer counts now: left as it is",
        extra={"case_id": case.id, "timer": rows[0].kind, "instalment": rows[0].instalment},
    )
    return False


def _limitation_counts(
    case: Case, spec: Timer, rows: list[CaseTimer], before: WorkingCalendar, after: WorkingCalendar
) -> tuple[Count, Count] | None:
    """The warnings count from the case's limitation date, itself a statutory date (art. 27):
    when the calendar moves it, the case's date moves with its warnings."""
    old_on, new_on = limitation_of(before, case), limitation_of(after, case)
    if old_on is not None and new_on is not None and old_on.on != new_on.on == case.limitation_on:
        return None  # counted under the calendar as it is now: nothing to move
    if old_on is None or new_on is None or old_on.on != case.limitation_on:
        log.warning(
            "a limitation date was not counted as the case's dates count it now: left as it is",
            extra={"case_id": case.id},
        )
        return None
    old = _count(spec, old_on.on, before)
    if not _counted_so(case, rows, old, _count(spec, new_on.on, after)):
        return None
    if new_on.on != old_on.on:
        case.limitation_on = new_on.on
        case.details = {**case.details, "limitation": new_on.to_json()}
    return old, _count(spec, new_on.on, after)


def _household_counts(
    household: Household, rows: list[CaseTimer], before: WorkingCalendar, after: WorkingCalendar
) -> tuple[Count, Count] | None:
    if household.status not in ACTIVE or rows[0].kind != REVERIFICATION:
        return None
    since = since_of(household)

    def counted(working: WorkingCalendar) -> Count:
        reminder_on, due_on = reverification_dates(working, since)
        return Count(deadline_at=start_of_day(due_on), reminders=(start_of_day(reminder_on),))

    old, new = counted(before), counted(after)
    if any(timer.deadline_at != old.deadline_at for timer in rows):
        if all(timer.deadline_at == new.deadline_at for timer in rows):
            return None  # counted under the calendar as it is now: nothing to move
        log.warning(
            "a pending re-verification was not counted from the file's last one: left as it is",
            extra={"household_id": household.id},
        )
        return None
    return old, new


def _tell_case(db_session: Session, case: Case, changes: list[dict[str, Any]], since: date) -> None:
    """One event on the case's trail for the deadlines the change moved."""
    note = "; ".join(f"{c['kind']}: {c['from']} → {c['to']}" for c in changes)
    events.record(
        db_session=db_session,
        case=case,
        action=MOVED,
        actor_id=None,
        payload={"calendar_changed_from": since.isoformat(), "deadlines": changes},
        note=note,
    )


def _tell_household(
    db_session: Session, household: Household, change: dict[str, Any], since: date
) -> None:
    household.reverify_by = date.fromisoformat(change["to"])
    household.updated_at = utcnow()
    history.append(
        db_session,
        household,
        action=MOVED,
        from_status=household.status,
        actor_id=None,
        payload={"calendar_changed_from": since.isoformat(), **change},
        note=f"{change['kind']}: {change['from']} → {change['to']}",
    )
