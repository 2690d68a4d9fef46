"""The days an administrator enters by hand: holidays 放假 and make-up working days 调休上班.

One write path for ``flask calendar holiday / workday / remove`` and the console's
calendar page. Every change moves the pending deadlines it changes, in its own
transaction (``working_days.recount``), and forgets the cached calendar once that commits,
so the next deadline counted in this process reads the new days; what other processes
count with theirs meanwhile is moved by the change's recheck (``working_days.rechecks``).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from service.domain_errors import invalid, not_found
from service.i18n import N_, Text
from service.timers.models import CalendarDay
from service.working_days import recount

NOTE_LENGTH = 200
FIRST_YEAR, LAST_YEAR = 2000, 2100


def parse_day(fields: dict[str, list[Text]], raw: str | date | None) -> date | None:
    if isinstance(raw, date):
        return raw
    try:
        day = date.fromisoformat((raw or "").strip())
    except ValueError:
        fields["day"] = [N_("a date such as 2027-02-08")] if raw else [N_("required")]
        return None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        fields["day"] = [N_("a date such as 2027-02-08")]
        return None
    return day


def set_day(
    *, db_session: Session, day: str | date | None, working: bool, note: str | None
) -> CalendarDay:
    """Make ``day`` a holiday or a working day, replacing what was entered for it before."""
    fields: dict[str, list[Text]] = {}
    chosen = parse_day(fields, day)
    note = (note or "").strip()
    if len(note) > NOTE_LENGTH:
        fields["note"] = [N_("at most {count} characters", count=NOTE_LENGTH)]
    if fields:
        raise invalid(fields)
    assert chosen is not None
    before = recount.calendar_now(db_session)
    row = db_session.get(CalendarDay, chosen) or CalendarDay(day=chosen)
    row.working, row.note = working, note
    db_session.add(row)
    db_session.flush()
    recount.recount(db_session=db_session, before=before, since=chosen)
    return row


def remove_day(*, db_session: Session, day: str | date | None) -> CalendarDay:
    """Remove what was entered for ``day``: it counts as the weekday it is again.

    Something that is not a date names no day entered, so it is not found either.
    """
    chosen = parse_day({}, day)
    before = recount.calendar_now(db_session) if chosen else None
    row = db_session.get(CalendarDay, chosen) if chosen else None
    if row is None or before is None:
        raise not_found("calendar day")
    db_session.delete(row)
    db_session.flush()
    recount.recount(db_session=db_session, before=before, since=row.day)
    return row


def days_of(*, db_session: Session, year: int) -> list[CalendarDay]:
    """The days entered for ``year``, in order."""
    return list(
        db_session.scalars(
            select(CalendarDay)
            .where(extract("year", CalendarDay.day) == year)
            .order_by(CalendarDay.day)
        )
    )
