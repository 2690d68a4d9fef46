"""Loading a year's official holiday schedule, and which years are official or fallback."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, extract
from sqlalchemy.orm import Session

from service.db import utcnow
from service.timers.models import CalendarDay, CalendarYear
from service.timers.schedule import calendar
from service.working_days import recount
from workflows.calendar import official_schedule


def load_year(
    *,
    db_session: Session,
    year: int,
    holidays: list[str],
    working_days: list[str],
    source: str,
    notes: dict[date, str] | None = None,
) -> tuple[int, int]:
    """Replace ``year``'s days with its official schedule, in one step; ValueError if wrong.

    Returns how many holidays and make-up working days were loaded.
    """
    off, on = official_schedule(year, holidays=holidays, working_days=working_days)
    notes = notes or {}
    before = recount.calendar_now(db_session)
    db_session.execute(delete(CalendarDay).where(extract("year", CalendarDay.day) == year))
    db_session.add_all(
        CalendarDay(day=day, working=day in on, note=notes.get(day, "")[:200])
        for day in sorted(off | on)
    )
    row = db_session.get(CalendarYear, year) or CalendarYear(year=year)
    row.source, row.loaded_at = source[:200], utcnow()
    db_session.add(row)
    db_session.flush()
    # Any day of the year may have changed: an official year counts Monday to Friday.
    recount.recount(db_session=db_session, before=before, since=date(year, 1, 1))
    return len(off), len(on)


def schedule_from(document: Any) -> dict[str, Any]:
    """The arguments of ``load_year`` from a schedule file's JSON; ValueError if malformed.

    The file: ``{"year": 2027, "source": "国务院办公厅通知",
    "holidays": ["2027-01-01", "2027-10-01..2027-10-07"], "working_days": ["2027-09-26"]}``.
    """
    if not isinstance(document, dict) or not isinstance(document.get("year"), int):
        raise ValueError('a schedule is a JSON object with "year", "holidays", "working_days"')
    unknown = set(document) - {"year", "source", "holidays", "working_days"}
    if unknown:
        raise ValueError(f"unknown keys: {', '.join(sorted(unknown))}")
    lists = {key: document.get(key, []) for key in ("holidays", "working_days")}
    for key, value in lists.items():
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValueError(
                f'"{key}" must be a list of dates or ranges such as "2027-10-01..2027-10-07"'
            )
    return {
        "year": document["year"],
        "source": str(document.get("source", "")),
        **lists,
    }


def coverage(*, db_session: Session, today: date, years: int = 3) -> dict[str, Any]:
    """Which years from ``today``'s on follow an official schedule and which the fallback."""
    working = calendar(db_session)
    span = range(today.year, today.year + years)
    return {
        "official_years": [year for year in span if working.is_official(year)],
        "fallback_years": [year for year in span if not working.is_official(year)],
        "official_until": working.covered_until(today).isoformat(),
    }
