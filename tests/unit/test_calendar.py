"""Working days and period counting per DOMAIN.md §Calendar."""

from __future__ import annotations

import json
import logging
from datetime import date, datetime, time

import pytest

from workflows.calendar import CHINA, WorkingCalendar, end_of_day

CAL = WorkingCalendar()


def test_three_working_days_across_national_day_2026() -> None:
    # DOMAIN.md: receipt on Wednesday 30 September; the holiday runs 1–7 October and the
    # Saturday 10 October is a make-up working day (调休).
    assert CAL.add_working_days(date(2026, 9, 30), 3) == date(2026, 10, 10)
    assert end_of_day(date(2026, 10, 10)) == datetime(2026, 10, 11, tzinfo=CHINA)


@pytest.mark.parametrize(
    ("start", "days", "working", "last_day"),
    [
        # The day of the event does not count.
        (date(2026, 11, 16), 1, True, date(2026, 11, 17)),
        (date(2026, 11, 16), 3, True, date(2026, 11, 19)),
        # A Friday receipt: Saturday and Sunday are not working days.
        (date(2026, 11, 20), 1, True, date(2026, 11, 23)),
        (date(2026, 11, 20), 3, True, date(2026, 11, 25)),
        # Calendar days: 15 days from receipt.
        (date(2026, 11, 2), 15, False, date(2026, 11, 17)),
        # A period whose last day is a Sunday ends on Monday.
        (date(2026, 11, 7), 15, False, date(2026, 11, 23)),
        # Ending inside the National Day holiday: the next working day is 8 October.
        (date(2026, 9, 20), 12, False, date(2026, 10, 8)),
        # Spring Festival 2026 runs 15–23 February; 14 February is a make-up working day.
        (date(2026, 2, 13), 1, True, date(2026, 2, 14)),
        (date(2026, 2, 14), 1, True, date(2026, 2, 24)),
        # Fifteen working days for an aid review.
        (date(2026, 11, 2), 15, True, date(2026, 11, 23)),
    ],
)
def test_period_counting(start: date, days: int, working: bool, last_day: date) -> None:
    count = CAL.add_working_days if working else CAL.add_days
    assert count(start, days) == last_day


def test_a_year_without_an_official_calendar_falls_back_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    calendar = WorkingCalendar(holidays=frozenset({date(2027, 1, 1)}))
    with caplog.at_level(logging.WARNING):
        # Thursday 31 December 2026, then New Year's Day 2027 entered by an admin,
        # then a weekend: the third working day is Wednesday 6 January.
        assert calendar.add_working_days(date(2026, 12, 31), 3) == date(2027, 1, 6)
        assert calendar.is_working_day(date(2027, 1, 9)) is False
    warnings = [r for r in caplog.records if "no official holiday calendar for 2027" in r.message]
    assert len(warnings) == 1


def test_admin_entered_working_day_overrides_a_weekend() -> None:
    calendar = WorkingCalendar(working_days=frozenset({date(2027, 2, 6)}))
    assert calendar.is_working_day(date(2027, 2, 6))


@pytest.mark.parametrize(
    ("moment", "window"),
    [
        # Working hours on a working day: at once.
        (datetime(2026, 11, 18, 10, 0, tzinfo=CHINA), datetime(2026, 11, 18, 10, 0, tzinfo=CHINA)),
        # Before opening: at 08:30.
        (datetime(2026, 11, 18, 6, 0, tzinfo=CHINA), datetime(2026, 11, 18, 8, 30, tzinfo=CHINA)),
        # 23:00 on a Wednesday: the next morning.
        (datetime(2026, 11, 18, 23, 0, tzinfo=CHINA), datetime(2026, 11, 19, 8, 30, tzinfo=CHINA)),
        # Friday evening: Monday morning.
        (datetime(2026, 11, 20, 18, 0, tzinfo=CHINA), datetime(2026, 11, 23, 8, 30, tzinfo=CHINA)),
        # During the National Day holiday: the first working day after it.
        (datetime(2026, 10, 3, 11, 0, tzinfo=CHINA), datetime(2026, 10, 8, 8, 30, tzinfo=CHINA)),
    ],
)
def test_push_window(moment: datetime, window: datetime) -> None:
    assert CAL.push_window(moment) == window


def test_working_hours_are_configurable() -> None:
    calendar = WorkingCalendar(opens=time(9, 0), closes=time(18, 0))
    late = datetime(2026, 11, 18, 17, 45, tzinfo=CHINA)
    assert calendar.push_window(late) == late
    assert calendar.push_window(datetime(2026, 11, 18, 8, 45, tzinfo=CHINA)) == datetime(
        2026, 11, 18, 9, 0, tzinfo=CHINA
    )


def test_a_calendars_days_come_back_from_their_json() -> None:
    working = WorkingCalendar(
        holidays=frozenset({date(2027, 2, 8), date(2027, 10, 1)}),
        working_days=frozenset({date(2027, 2, 20)}),
        loaded_years=frozenset({2027}),
    )
    stored = json.loads(json.dumps(working.days_json()))
    again = WorkingCalendar.from_days_json(stored, opens=time(8, 30), closes=time(17, 30))
    assert again == working
    # As counted: 8 February off, Saturday 20 February worked.
    assert again.add_working_days(date(2027, 2, 5), 1) == date(2027, 2, 9)
    assert again.is_working_day(date(2027, 2, 20))


def test_a_calendar_counts_a_day_and_a_period_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process keeps its calendar for a minute: each day is looked up once in it."""
    import chinese_calendar

    asked: list[date] = []
    official = chinese_calendar.is_workday

    def is_workday(day: date) -> bool:
        asked.append(day)
        return official(day)

    monkeypatch.setattr(chinese_calendar, "is_workday", is_workday)
    calendar = WorkingCalendar()
    first = calendar.add_working_days(date(2026, 9, 30), 15)
    looked_up = len(asked)
    assert looked_up == len(set(asked)) > 15
    assert calendar.add_working_days(date(2026, 9, 30), 15) == first
    assert calendar.add_days(date(2026, 9, 30), 10) == date(2026, 10, 10)
    assert len(asked) == looked_up  # every day of both was known already
    # Another calendar (an administrator changed the days) knows nothing of this one.
    WorkingCalendar(holidays=frozenset({date(2026, 10, 10)})).add_days(date(2026, 9, 30), 10)
    assert len(asked) > looked_up
