"""Working days and the counting of periods (《民法典》 arts. 200–204; DOMAIN.md §Calendar).

The official PRC calendar — holidays and the weekend days made working days (调休) —
comes from ``chinese-calendar`` for the years it knows. For a year it does not
know, Monday to Friday count, less the holidays an administrator entered, and a
warning says the official calendar for that year is missing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import chinese_calendar

log = logging.getLogger(__name__)

CHINA = ZoneInfo("Asia/Shanghai")


@dataclass
class WorkingCalendar:
    """Which days are working days, and when working hours run."""

    holidays: frozenset[date] = frozenset()  # entered by an administrator
    working_days: frozenset[date] = frozenset()  # rest days made working days, likewise
    opens: time = time(8, 30)
    closes: time = time(17, 30)
    _warned: set[int] = field(default_factory=set, repr=False)

    def is_working_day(self, day: date) -> bool:
        if day in self.working_days:
            return True
        if day in self.holidays:
            return False
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

    def next_working_day(self, day: date) -> date:
        """``day`` itself if it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def add_working_days(self, start: date, count: int) -> date:
        """The last day of a period of ``count`` working days after ``start``.

        The day of the event does not count: the period starts the next day.
        """
        day = start
        for _ in range(count):
            day = self.next_working_day(day + timedelta(days=1))
        return day

    def add_days(self, start: date, count: int) -> date:
        """The last day of a period of ``count`` days after ``start``.

        The period starts the next day; one that ends on a rest day or a holiday
        ends on the next working day instead.
        """
        return self.next_working_day(start + timedelta(days=count))

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


def end_of_day(day: date) -> datetime:
    """The last moment of ``day`` in China: a period's last day ends at 24:00."""
    return datetime.combine(day + timedelta(days=1), time(0), CHINA)
