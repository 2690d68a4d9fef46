"""When reports fall due, and the marks on outcomes the figures rely on (no database)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from service.reports.figures import median, percentile_90
from service.reports.stored import due_on, month, quarter
from service.timers.deadlines import DEADLINE_KINDS
from workflows.calendar import WorkingCalendar
from workflows.definitions import RESOLVING_OUTCOMES, WORKFLOWS

OFFICIAL = WorkingCalendar()


def names(day: date) -> list[str]:
    return [p.name for p in due_on(day, OFFICIAL)]


def test_september_and_the_third_quarter_wait_for_the_end_of_the_national_day_holiday() -> None:
    # 1–7 October 2026 are holidays; Thursday 8 October is the first working day.
    for day in range(1, 8):
        assert names(date(2026, 10, day)) == [], day
    assert names(date(2026, 10, 8)) == ["2026-09", "2026Q3"]
    assert names(date(2026, 10, 9)) == ["2026-09", "2026Q3"]  # a late beat catches up


def test_a_month_is_due_on_its_first_working_day_not_before() -> None:
    # 1 November 2026 is a Sunday: the October report is due on Monday the 2nd.
    assert names(date(2026, 11, 1)) == ["2026-09", "2026Q3"][1:]
    assert names(date(2026, 11, 2)) == ["2026-10", "2026Q3"]


def test_periods_by_name() -> None:
    assert (month("2026-02").period.first, month("2026-02").period.last) == (
        date(2026, 2, 1), date(2026, 2, 28),
    )  # fmt: skip
    q4 = quarter("2026Q4").period
    assert (q4.first, q4.last) == (date(2026, 10, 1), date(2026, 12, 31))
    for bad in ("2026-13", "2026-1", "26-10", ""):
        with pytest.raises(ValueError):
            month(bad)
    for bad in ("2026Q5", "2026Q0", "2026-Q3"):
        with pytest.raises(ValueError):
            quarter(bad)


def test_every_resolving_outcome_is_an_outcome_of_its_workflow() -> None:
    for case_type, outcomes in RESOLVING_OUTCOMES.items():
        close = next(t for t in WORKFLOWS[case_type].transitions if t.action == "close")
        (outcome_field,) = [f for f in close.requires if f.name == "outcome"]
        assert outcomes and outcomes <= set(outcome_field.choices), case_type
    expected = {"labour_dispute": {"agreement_performed"}, "hardship_aid": {"aid_paid"}}
    assert expected == RESOLVING_OUTCOMES


def test_deadline_kinds_are_timers_that_act_when_due() -> None:
    timers = {kind: t for w in WORKFLOWS.values() for kind, t in w.timers.items()}
    for kind in DEADLINE_KINDS:
        assert timers[kind].on_due is not None, kind


def test_median_and_nearest_rank_90th_percentile() -> None:
    from collections import Counter

    assert median(Counter()) is None and percentile_90(Counter()) is None
    assert median(Counter({3: 1})) == 3 and percentile_90(Counter({3: 1})) == 3
    assert median(Counter({1: 1, 8: 1})) == 4.5
    ten = Counter(range(1, 11))
    assert (median(ten), percentile_90(ten)) == (5.5, 9)
    eleven = Counter(range(1, 12))
    assert (median(eleven), percentile_90(eleven)) == (6, 10)


def test_one_year_of_first_working_days() -> None:
    # Every month of 2026 has exactly one first day on which its predecessor falls due.
    day, seen = date(2026, 1, 1), []
    while day.year == 2026:
        before = {p.name for p in due_on(day - timedelta(days=1), OFFICIAL)}
        seen += [name for name in names(day) if name not in before and "Q" not in name]
        day += timedelta(days=1)
    assert seen == ["2025-12", *(f"2026-{m:02d}" for m in range(1, 12))]
