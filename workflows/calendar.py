"""Working days and the counting of periods (《民法典》 arts. 200–204; DOMAIN.md §Calendar).

The official PRC calendar — holidays and the weekend days made working days (调休) —
comes from ``chinese-calendar`` for the years it knows, or from a year's schedule
an administrator loaded. For a year neither covers, Monday to Friday count, less
the holidays an administrator entered, and a warning says the official calendar
for that year is missing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import chinese_calendar

log = logging.getLogger(__name__)

CHINA = ZoneInfo("Asia/Shanghai")


@dataclass
class WorkingCalendar:
    """Which days are working days, and when working hours run."""

    holidays: frozenset[date] = frozenset()  # entered by an administrator
    working_days: frozenset[date] = frozenset()  # rest days made working days, likewise
    # Years whose whole official schedule an administrator loaded: the days above are
    # all its exceptions, so Monday to Friday is right for the rest and no warning is due.
    loaded_years: frozenset[int] = frozenset()
    opens: time = time(8, 30)
    closes: time = time(17, 30)
    _warned: set[int] = field(default_factory=set, repr=False)
    # Each day's answer, once found: a process keeps its calendar a minute and counts the
    # same periods over and over (a transition asks some fifty days).
    _known: dict[date, bool] = field(default_factory=dict, repr=False, compare=False)
    _periods: dict[tuple[date, int], date] = field(default_factory=dict, repr=False, compare=False)

    def is_working_day(self, day: date) -> bool:
        known = self._known.get(day)
        if known is None:
            known = self._known[day] = self._decide(day)
        return known

    def _decide(self, day: date) -> bool:
        if day in self.working_days:
            return True
        if day in self.holidays:
            return False
        if day.year in self.loaded_years:
            return day.weekday() < 5
        try:
            return chinese_calendar.is_workday(day)
        except NotImplementedError:
            if day.year not in self._warned:
                self._warned.add(day.year)
                log.warning(
                    "no official holiday calendar for %s: counting Monday to Friday "
                    "and the holidays entered by an administrator",
                    day.year,
                    extra={"year": day.year},
                )
            return day.weekday() < 5

    def is_official(self, year: int) -> bool:
        """Whether ``year``'s days follow an official schedule rather than the fallback."""
        return year in self.loaded_years or _library_knows(year)

    def covered_until(self, today: date) -> date:
        """The last day of the unbroken run of official years from ``today``'s year on.

        The day before ``today``'s year begins if that year itself is not covered.
        """
        year = today.year
        while self.is_official(year):
            year += 1
        return date(year - 1, 12, 31)

    def next_working_day(self, day: date) -> date:
        """``day`` itself if it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def add_working_days(self, start: date, count: int) -> date:
        """The last day of a period of ``count`` working days after ``start``.

        The day of the event does not count: the period starts the next day.
        """
        found = self._periods.get((start, count))
        if found is None:
            found = start
            for _ in range(count):
                found = self.next_working_day(found + timedelta(days=1))
            self._periods[(start, count)] = found
        return found

    def add_days(self, start: date, count: int) -> date:
        """The last day of a period of ``count`` days after ``start``.

        The period starts the next day; one that ends on a rest day or a holiday
        ends on the next working day instead.
        """
        return self.next_working_day(start + timedelta(days=count))

    def days_json(self) -> dict[str, list[Any]]:
        """The days entered and the years loaded, as JSON (working hours are settings)."""
        return {
            "holidays": sorted(day.isoformat() for day in self.holidays),
            "working_days": sorted(day.isoformat() for day in self.working_days),
            "loaded_years": sorted(self.loaded_years),
        }

    @classmethod
    def from_days_json(
        cls, document: dict[str, list[Any]], *, opens: time, closes: time
    ) -> WorkingCalendar:
        """The calendar ``days_json`` gave, with these working hours."""
        return cls(
            holidays=frozenset(date.fromisoformat(day) for day in document["holidays"]),
            working_days=frozenset(date.fromisoformat(day) for day in document["working_days"]),
            loaded_years=frozenset(int(year) for year in document["loaded_years"]),
            opens=opens,
            closes=closes,
        )

    def push_window(self, moment: datetime) -> datetime:
        """``moment`` if it falls in working hours of a working day, else when they next open."""
        local = moment.astimezone(CHINA)
        day = local.date()
        if self.is_working_day(day):
            if local.time() < self.opens:
                return datetime.combine(day, self.opens, CHINA)
            if local.time() < self.closes:
                return moment
        day = self.next_working_day(day + timedelta(days=1))
        return datetime.combine(day, self.opens, CHINA)


def _days(year: int, given: list[str], what: str) -> frozenset[date]:
    """Days of ``year`` from ISO dates and ranges such as ``2027-10-01..2027-10-07``."""
    days: set[date] = set()
    for item in given:
        first, _, last = str(item).partition("..")
        try:
            start = date.fromisoformat(first.strip())
            end = date.fromisoformat(last.strip()) if last else start
        except ValueError:
            raise ValueError(f"{what}: {item!r} is not a date or a range of dates") from None
        if start > end or start.year != year or end.year != year:
            raise ValueError(f"{what}: {item!r} is not a range of days in {year}")
        days.update(start + timedelta(days=n) for n in range((end - start).days + 1))
    return frozenset(days)


def official_schedule(
    year: int, *, holidays: list[str], working_days: list[str]
) -> tuple[frozenset[date], frozenset[date]]:
    """A year's official schedule: its holidays and the rest days made working days (调休).

    ValueError says what is wrong: a day outside the year, a day that is both, a
    "working day" that is a weekday anyway, or a schedule with no holidays at all.
    """
    off, on = _days(year, holidays, "holidays"), _days(year, working_days, "working days")
    if not off:
        raise ValueError(f"a schedule for {year} without holidays is not an official schedule")
    if off & on:
        both = ", ".join(sorted(day.isoformat() for day in off & on))
        raise ValueError(f"both a holiday and a working day: {both}")
    weekdays = sorted(day.isoformat() for day in on if day.weekday() < 5)
    if weekdays:
        listed = ", ".join(weekdays)
        raise ValueError(f"working days are weekend days worked in exchange, not {listed}")
    return off, on


def _library_knows(year: int) -> bool:
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


def start_of_day(day: date) -> datetime:
    """The first moment of ``day`` in China."""
    return datetime.combine(day, time(0), CHINA)


def end_of_day(day: date) -> datetime:
    """The last moment of ``day`` in China: a period's last day ends at 24:00."""
    return datetime.combine(day + timedelta(days=1), time(0), CHINA)
