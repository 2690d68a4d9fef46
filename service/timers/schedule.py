"""Starting and cancelling a case's timers as it enters and leaves states."""

from __future__ import annotations

import dataclasses
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from flask import current_app
from sqlalchemy import (
    ColumnElement,
    String,
    Table,
    Update,
    and_,
    bindparam,
    cast,
    event,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from service.cases.models import Case
from service.db import utcnow
from service.notifications.models import Notification
from service.timers.models import CalendarDay, CalendarYear, CaseTimer
from workflows.calendar import CHINA, WorkingCalendar, end_of_day, start_of_day
from workflows.definitions import WORKFLOWS
from workflows.engine import Timer
from workflows.periods import Limitation, add_years, limitation, statutory_date

OPEN = ("pending", "dispatched")
# The session's list of the timers it started (held, as the identity map holds weakly).
STARTED = "started_timers"
# How long a process counts with the calendar it read: a change another process makes
# reaches it within this (working_days.rechecks counts again what it counted meanwhile).
CALENDAR_CACHE_SECONDS = 60
_cached: dict[str, tuple[float, WorkingCalendar]] = {}
# Set on a session whose transaction changes the calendar (``changing_calendar``).
CHANGING = "changing_calendar"
# The session's cancels its cases' batches have yet to write, by case id, with the
# transaction they belong to (``cancel_timers``).
CANCELS = "timer_cancels"
TIMERS: Table = CaseTimer.__table__  # type: ignore[assignment]
ITEMS: Table = Notification.__table__  # type: ignore[assignment]


def calendar(db_session: Session) -> WorkingCalendar:
    """The working calendar with the administrator's days, re-read once a minute
    (``CALENDAR_CACHE_SECONDS``).

    A transaction changing the calendar reads it afresh each time and caches nothing:
    other requests must not count with days that may yet be rolled back.
    """
    if db_session.info.get(CHANGING):
        return load_calendar(db_session)
    key = str(db_session.get_bind().engine.url)
    cached = _cached.get(key)
    if cached and cached[0] > time.monotonic():
        return cached[1]
    working_calendar = load_calendar(db_session)
    _cached[key] = (time.monotonic() + CALENDAR_CACHE_SECONDS, working_calendar)
    return working_calendar


def load_calendar(db_session: Session) -> WorkingCalendar:
    """The working calendar as this transaction sees it now, never the cached one."""
    settings = current_app.extensions["settings"]
    days = db_session.execute(select(CalendarDay.day, CalendarDay.working)).all()
    return WorkingCalendar(
        holidays=frozenset(day for day, working in days if not working),
        working_days=frozenset(day for day, working in days if working),
        loaded_years=frozenset(db_session.scalars(select(CalendarYear.year))),
        opens=settings.working_hours[0],
        closes=settings.working_hours[1],
    )


def stored_calendar(days: dict[str, list[Any]]) -> WorkingCalendar:
    """The working calendar of days stored as ``WorkingCalendar.days_json`` gives them."""
    opens, closes = current_app.extensions["settings"].working_hours
    return WorkingCalendar.from_days_json(days, opens=opens, closes=closes)


def changing_calendar(db_session: Session) -> None:
    """Mark the transaction as one that changes the calendar: it reads the calendar
    afresh, and every process's cached calendar is forgotten once it commits."""
    if not db_session.info.get(CHANGING):
        db_session.info[CHANGING] = True
        event.listen(db_session, "after_commit", _forget, once=True)


def _forget(db_session: Session) -> None:
    db_session.info.pop(CHANGING, None)
    forget_calendar()


def forget_calendar() -> None:
    _cached.clear()


def local_date(moment: datetime) -> date:
    return moment.astimezone(CHINA).date()


def spec_of(timer: Timer) -> Timer:
    """The workflow's timer with the deployment's overrides (TIMER_OVERRIDES) applied."""
    overrides = current_app.extensions["settings"].timer_overrides.get(timer.kind, {})
    return dataclasses.replace(timer, **overrides) if overrides else timer


def mediation_period(start: date, working: WorkingCalendar) -> date:
    """The last day of a mediation starting on ``start``, as the mediation timer counts it."""
    spec = spec_of(WORKFLOWS["labour_dispute"].timers["mediation_limit"])
    return statutory_date(working, start, days=spec.days)


def mediation_ends_on(case: Case, working: WorkingCalendar) -> date:
    """The last day of mediation: the period from receipt, or the agreed extension."""
    extended = case.details.get("mediation_ends_on")
    if extended:
        return date.fromisoformat(extended)
    return mediation_period(local_date(case.received_at), working)


def anchors_of(
    case: Case, spec: Timer, now: datetime, working: WorkingCalendar
) -> Iterator[tuple[date, int | None]]:
    """The days this timer counts from (one per instalment for instalments)."""
    if spec.anchor == "received_at":
        yield local_date(case.received_at), None
    elif spec.anchor == "entered":
        yield local_date(now), None
    elif spec.anchor == "mediation_start":
        # Receipt; after an extension or a reopening, as many days before its end as
        # mediation lasts (the end is already on a working day, so it stays put).
        extended = case.details.get("mediation_ends_on")
        if extended:
            yield date.fromisoformat(extended) - timedelta(days=spec.days), None
        else:
            yield local_date(case.received_at), None
    elif spec.anchor == "instalment":
        for number, item in enumerate(case.details["agreement"]["instalments"], start=1):
            yield date.fromisoformat(item["due_on"]), number
    elif spec.anchor == "limitation_on" and case.limitation_on is not None:
        yield case.limitation_on, None
    elif spec.anchor == "accident_on" and case.details.get("accident_on"):
        yield date.fromisoformat(case.details["accident_on"]), None


def _last_day(spec: Timer, anchor: date, working: WorkingCalendar) -> date:
    return statutory_date(
        working, anchor, days=spec.days, working_days=spec.working_days, years=spec.years
    )


def _reminder_day(spec: Timer, anchor: date, offset: int, working: WorkingCalendar) -> date:
    if spec.working_days and offset > 0:
        return working.add_working_days(anchor, offset)
    base = add_years(anchor, spec.years) if spec.years and offset < 0 else anchor
    return base + timedelta(days=offset)


def count(spec: Timer, anchor: date, working: WorkingCalendar) -> tuple[datetime, list[date]]:
    """The deadline (24:00 of its last day) counted from ``anchor``, and the reminder days."""
    deadline_at = end_of_day(_last_day(spec, anchor, working))
    return deadline_at, sorted(_reminder_day(spec, anchor, r, working) for r in spec.reminders)


def start(*, db_session: Session, case: Case, state: str, now: datetime | None = None) -> None:
    """Start the timers that entering ``state`` starts.

    Reminders of days already gone are skipped; a deadline already passed is kept,
    so the next sweep acts on it.
    """
    for kind in WORKFLOWS[case.type].states[state].timers:
        start_timer(db_session=db_session, case=case, kind=kind, state=state, now=now or utcnow())


def start_timer(*, db_session: Session, case: Case, kind: str, state: str, now: datetime) -> None:
    """Add the reminder and deadline rows of one timer (one set per instalment)."""
    working = calendar(db_session)
    today = local_date(now)
    spec = spec_of(WORKFLOWS[case.type].timers[kind])
    for anchor, instalment in anchors_of(case, spec, now, working):
        deadline_at, reminder_days = count(spec, anchor, working)
        moments = [
            ("reminder", start_of_day(day))
            for day in reminder_days
            if day >= today and start_of_day(day) < deadline_at
        ]
        moments.append(("due", deadline_at))
        for purpose, due_at in moments:
            timer = CaseTimer(
                case=case,
                kind=kind,
                purpose=purpose,
                due_at=due_at,
                deadline_at=deadline_at,
                state=state if spec.lasts == "state" else None,
                lasts=spec.lasts,
                instalment=instalment,
                # The moment counted from: a recount finds a period counted from entering
                # a state by this day (``working_days.recount``), even at midnight.
                created_at=now,
            )
            db_session.add(timer)
            db_session.info.setdefault(STARTED, []).append(timer)


@dataclass(frozen=True)
class Cancel:
    """Which of a case's open timers a change cancels: those of the state it leaves that
    last the state (and on ``closing`` every one that lasts the case), and those of
    ``kinds`` whatever their lifetime (only the ``instalment``'s when one is named).

    It holds no value that differs from one request to the next but the instalment: the
    write batch's statement is built once for it (service.cases.batch).
    """

    leaving: str | None = None
    closing: bool = False
    kinds: tuple[str, ...] = ()
    instalment: int | None = None

    def where(self) -> ColumnElement[bool]:
        """The condition on the case's timers."""
        named = []
        if self.leaving is not None:
            lifetimes = ("state", "case") if self.closing else ("state",)
            named.append(
                and_(
                    TIMERS.c.lasts.in_(lifetimes),
                    (TIMERS.c.state == self.leaving) | (TIMERS.c.lasts == "case"),
                )
            )
        if self.kinds:
            kinds: ColumnElement[bool] = TIMERS.c.kind.in_(self.kinds)
            if self.instalment is not None:
                kinds = and_(kinds, TIMERS.c.instalment == self.instalment)
            named.append(kinds)
        return or_(*named)


def cancel(
    *, db_session: Session, case: Case, leaving: str, closing: bool, kinds: tuple[str, ...] = ()
) -> None:
    """Cancel the timers of the state being left, and on closing those of the case too;
    with them, in the same statement, the timers of ``kinds`` whatever their lifetime."""
    if case.id is None or not (closing or kinds or WORKFLOWS[case.type].states[leaving].timers):
        return
    cancel_timers(db_session, case, Cancel(leaving=leaving, closing=closing, kinds=kinds))


def cancel_timers(db_session: Session, case: Case, cancelling: Cancel) -> None:
    """Cancel the case's open timers that ``cancelling`` names, and take what those timers
    put in worklists off them: it no longer applies (the rows stay, as history).

    Sent with the case's write batch (``service.cases.batch.write``), which the change
    ends with: guarded by its version check, so a stale change cancels nothing.
    """
    transaction = db_session.get_transaction()
    pending = db_session.info.get(CANCELS)
    if pending is None or pending[0] is not transaction:
        # A rolled back transaction's cancels are not this one's.
        by_case: defaultdict[int, list[Cancel]] = defaultdict(list)
        pending = db_session.info[CANCELS] = (transaction, by_case)
    pending[1][case.id].append(cancelling)


@event.listens_for(Session, "before_commit")
def _all_cancels_written(db_session: Session) -> None:
    """A cancel no write batch took would be lost without a word: the commit fails
    instead (a change to a case ends with its batch; one that forgets it is a bug)."""
    pending = db_session.info.get(CANCELS)
    if pending and pending[0] is db_session.get_transaction() and any(pending[1].values()):
        raise RuntimeError(f"timer cancels of cases {sorted(pending[1])} were never written")


def cancels_of(db_session: Session, case: Case) -> tuple[Cancel, ...]:
    """The cancels of ``case`` not yet written, taken off the session: its batch writes them."""
    pending = db_session.info.get(CANCELS)
    if pending is None or pending[0] is not db_session.get_transaction():
        return ()
    return tuple(dict.fromkeys(pending[1].pop(case.id, ())))


def cancelling(cancels: tuple[Cancel, ...], case_id: Any) -> tuple[Update, Update]:
    """The two UPDATEs of ``cancels`` on the case ``case_id`` (a value, or a column of what
    the statement is guarded by): the timers' and their worklist items'. The moment is
    the bound parameter ``cancelled_at``."""
    now = bindparam("cancelled_at", type_=TIMERS.c.deadline_at.type)
    named = or_(*(each.where() for each in cancels))
    # A deadline already passed when its stage was done was missed, even if no sweep
    # fired it yet: it lapses, and the reports count it as breached, never as met.
    lapsed = and_(TIMERS.c.purpose == "due", TIMERS.c.deadline_at <= now)
    timers = (
        update(TIMERS)
        .where(TIMERS.c.case_id == case_id, TIMERS.c.status.in_(OPEN), named)
        .values(status=sql_case((lapsed, "lapsed"), else_="cancelled"))
    )
    items = [ITEMS.c.case_id == case_id, ITEMS.c.read_at.is_(None), ITEMS.c.cleared_at.is_(None)]
    if not any(each.closing for each in cancels):
        # Those the cancelled timers put there; on closing, everything the case asked of
        # anyone is over (the household file's re-verification is the file's own:
        # service.households.reminders). ``sources`` does not depend on the timers'
        # status, which the other UPDATE changes.
        sources = select(literal("timer:") + cast(TIMERS.c.id, String)).where(
            TIMERS.c.case_id == case_id, named
        )
        items.append(ITEMS.c.source_key.in_(sources))
    return timers, update(ITEMS).where(*items).values(cleared_at=now)


def moved(
    *, db_session: Session, case: Case, source: str, target: str, restarting: tuple[str, ...] = ()
) -> None:
    """Keep the timers in step with a transition from ``source`` to ``target``.

    ``restarting`` names timers of the whole case that start again from the case's new
    dates (``limit(..., restart=False)`` set them): cancelled with the state's, started anew.
    Nothing is sent here: the case, with the timers it cancels and starts, is written
    once, with its version check, when the transition is complete.
    """
    closing = target in WORKFLOWS[case.type].closed_states
    now = utcnow()
    with db_session.no_autoflush:
        cancel(db_session=db_session, case=case, leaving=source, closing=closing, kinds=restarting)
        start(db_session=db_session, case=case, state=target, now=now)
        for kind in restarting:
            start_timer(db_session=db_session, case=case, kind=kind, state=target, now=now)


def limitation_of(
    working: WorkingCalendar, case: Case, details: dict[str, Any] | None = None
) -> Limitation | None:
    """The case's limitation date under ``working`` (art. 27), counted from its dates and
    the interruption its ``details`` record (the case's own unless given)."""
    stored = (case.details if details is None else details).get("limitation_interrupted")
    return limitation(
        working,
        category=case.category,
        known_on=case.known_on,
        employment_end_on=case.employment_end_on,
        interruptions=((stored[0], date.fromisoformat(stored[1])),) if stored else (),
    )


def limit(
    *,
    db_session: Session,
    case: Case,
    interrupted: tuple[str, date] | None = None,
    now: datetime | None = None,
    restart: bool = True,
) -> tuple[str, ...]:
    """Set the case's limitation date and the event it counts from (art. 27).

    ``interrupted`` is an event that interrupts the period, which runs anew from its
    day. On a case already written the warnings are started again from the new date,
    or with ``restart=False`` left to the caller: the kinds to restart are returned.
    """
    now = now or utcnow()
    details = dict(case.details)
    if interrupted is not None:
        details["limitation_interrupted"] = [interrupted[0], interrupted[1].isoformat()]
    found = limitation_of(calendar(db_session), case, details)
    case.limitation_on = found.on if found else None
    if found:
        details["limitation"] = found.to_json()
    else:
        details.pop("limitation", None)
    case.details = details
    if case.id is None or "limitation_warning" not in WORKFLOWS[case.type].timers:
        return ()
    if not restart:
        return ("limitation_warning",)
    with db_session.no_autoflush:
        cancel_timers(db_session, case, Cancel(kinds=("limitation_warning",)))
        start_timer(
            db_session=db_session, case=case, kind="limitation_warning", state=case.status, now=now
        )
    return ()


def started_timers(*, db_session: Session, case: Case) -> list[CaseTimer]:
    """The timers this unit of work started for ``case``: all of a case it registered.

    They are the answer's timers of a new case without reading back what was just written.
    """
    started = [t for t in db_session.info.get(STARTED, ()) if t.case is case]
    return sorted(started, key=lambda timer: timer.due_at)


def statutory_dates(*, db_session: Session, case: Case) -> dict[str, date]:
    """The dates the law sets for this case, for the people working on it."""
    working = calendar(db_session)
    received = local_date(case.received_at)
    dates: dict[str, date] = {}
    if case.type == "labour_dispute":
        acceptance = spec_of(WORKFLOWS["labour_dispute"].timers["acceptance_decision"])
        dates["acceptance_decision_by"] = _last_day(acceptance, received, working)
        dates["mediation_ends_on"] = mediation_ends_on(case, working)
        accident = case.details.get("accident_on")
        if accident:
            # 工伤保险条例 art. 17: the employer within 30 days, the worker or union within a year.
            accident_day = date.fromisoformat(accident)
            dates["employer_injury_application_by"] = statutory_date(working, accident_day, days=30)
            dates["worker_injury_application_by"] = statutory_date(working, accident_day, years=1)
    elif case.type == "hardship_aid":
        review = spec_of(WORKFLOWS["hardship_aid"].timers["aid_review"])
        dates["review_by"] = _last_day(review, received, working)
    return dates
