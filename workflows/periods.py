"""Counting of periods in years (《民法典》 arts. 200–204)."""

from __future__ import annotations

import calendar
from datetime import date


def add_years(start: date, years: int) -> date:
    """The corresponding day ``years`` later; with none (29 February), the month's last day."""
    year = start.year + years
    last_day = calendar.monthrange(year, start.month)[1]
    return start.replace(year=year, day=min(start.day, last_day))


def limitation_date(
    *, category: str, known_on: date | None, employment_end_on: date | None
) -> date | None:
    """The one-year arbitration limitation date (仲裁时效, art. 27 of the mediation law).

    Wage arrears are not barred while employment lasts; once it has ended the year
    runs from the end date. Without an end date we count from ``known_on``, which
    warns early rather than late.
    """
    if category == "wage_arrears" and employment_end_on is not None:
        return add_years(employment_end_on, 1)
    if known_on is None:
        return None
    return add_years(known_on, 1)
