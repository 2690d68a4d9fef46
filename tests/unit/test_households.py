"""The household rules of workflows/households.py: level at the 低保 boundary, caps."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from workflows.calendar import WorkingCalendar
from workflows.households import (
    AidThisYear,
    RecordedMonth,
    cap_for,
    cap_refusal,
    hardship_level,
    home_visit_recorded,
    household_active,
    monthly_per_head,
    months_above_dibao,
    reverification_dates,
    suggests_exit,
    within_the_cap,
)

DIBAO = Decimal("1000.00")


@pytest.mark.parametrize(
    ("per_head", "level"),
    [
        ("999.99", "deep"),  # just below 低保
        ("1000.00", "relative"),  # equal: not below 低保, below twice it
        ("1000.01", "relative"),  # just above
        ("1999.99", "relative"),  # just below 2 × 低保
        ("2000.00", None),  # 2 × 低保: not in hardship
        ("2000.01", None),
    ],
)
def test_level_at_the_dibao_boundary(per_head: str, level: str | None) -> None:
    assert hardship_level(per_head=Decimal(per_head), dibao=DIBAO) == level


def test_accident_caused_hardship_above_twice_the_dibao() -> None:
    above = Decimal("2500.00")
    assert hardship_level(per_head=above, dibao=DIBAO, accident=True) == "accident"
    costly = {"income": Decimal("90000.00"), "hardship_costs": Decimal("72000.01")}
    assert hardship_level(per_head=above, dibao=DIBAO, **costly) == "accident"
    just_80 = {"income": Decimal("90000.00"), "hardship_costs": Decimal("72000.00")}
    assert hardship_level(per_head=above, dibao=DIBAO, **just_80) is None


@pytest.mark.parametrize(
    ("income", "costs", "size", "per_head"),
    [
        ("36000.00", "0.00", 3, "1000.00"),
        ("48000.00", "12000.00", 3, "1000.00"),  # costs come off first
        ("10000.00", "0.00", 3, "277.78"),  # rounded to the 分
        ("1000.00", "5000.00", 1, "-333.33"),  # costs above income: below any 低保
    ],
)
def test_monthly_income_per_head(income: str, costs: str, size: int, per_head: str) -> None:
    found = monthly_per_head(income=Decimal(income), essential_costs=Decimal(costs), size=size)
    assert found == Decimal(per_head)


def test_caps_default_from_domain_and_living_follows_the_dibao() -> None:
    assert cap_for("living", set_caps={}, dibao=Decimal("900.00")) == Decimal("9000.00")
    assert cap_for("living", set_caps={}, dibao=None) is None
    assert cap_for("medical", set_caps={}, dibao=None) == Decimal("20000.00")
    assert cap_for("education", set_caps={}, dibao=None) == Decimal("5000.00")
    assert cap_for("seasonal", set_caps={}, dibao=None) is None
    assert cap_for("medical", set_caps={"medical": Decimal("8000")}, dibao=None) == Decimal("8000")


def test_a_refusal_names_cap_paid_and_left() -> None:
    standing = AidThisYear(kind="medical", year=2026, cap=Decimal("20000"), paid=Decimal("18500"))
    assert standing.left == Decimal("1500")
    assert cap_refusal(Decimal("1500.00"), standing) is None
    refusal = cap_refusal(Decimal("1500.01"), standing)
    assert refusal is not None
    assert "¥20,000.00" in refusal and "¥18,500.00" in refusal and "¥1,500.00" in refusal
    over = AidThisYear(kind="medical", year=2026, cap=Decimal("100"), paid=Decimal("150"))
    assert over.left == 0
    uncapped = AidThisYear(kind="seasonal", year=2026, cap=None, paid=Decimal("99999"))
    assert cap_refusal(Decimal("1000000"), uncapped) is None


def test_aid_approved_and_not_yet_paid_counts_against_the_cap() -> None:
    standing = AidThisYear(
        kind="medical",
        year=2026,
        cap=Decimal("20000"),
        paid=Decimal("15000"),
        approved_unpaid=Decimal("3500"),
    )
    assert standing.left == Decimal("1500")
    assert cap_refusal(Decimal("1500.00"), standing) is None
    refusal = cap_refusal(Decimal("1500.01"), standing)
    assert refusal is not None
    assert "¥15,000.00 already paid" in refusal and "¥3,500.00 approved but not yet paid" in refusal
    assert "¥1,500.00 left" in refusal


def test_workflow_checks_read_the_facts() -> None:
    standing = AidThisYear(kind="living", year=2026, cap=Decimal("9000"), paid=Decimal("8000"))
    facts = {"aid_this_year": standing, "proposed_amount": "1000.01"}
    assert within_the_cap({}, facts).keys() == {"amount"}  # approve: the proposal's amount
    assert within_the_cap({"amount": Decimal("1000")}, facts) == {}
    assert home_visit_recorded({}, {"home_visitors": 1}).keys() == {"home_visit"}
    assert home_visit_recorded({}, {"home_visitors": 2}) == {}


def _months(*given: tuple[str, str], dibao: str | None = "1000.00") -> list[RecordedMonth]:
    return [
        RecordedMonth(
            month=date.fromisoformat(f"{month}-01"),
            per_head=Decimal(per_head),
            dibao=None if dibao is None else Decimal(dibao),
        )
        for month, per_head in given
    ]


SIX_ABOVE = [(f"2026-{m:02d}", "1200.00") for m in range(1, 7)]


@pytest.mark.parametrize(
    ("months", "run", "exit_suggested"),
    [
        (SIX_ABOVE, 6, True),
        (SIX_ABOVE[1:], 5, False),  # five months are not enough
        ([*SIX_ABOVE[:3], ("2026-04", "999.99"), *SIX_ABOVE[4:]], 2, False),  # fell below
        ([*SIX_ABOVE[:3], ("2026-04", "1000.00"), *SIX_ABOVE[4:]], 6, True),  # at 低保: not below
        ([*SIX_ABOVE[:3], *SIX_ABOVE[4:]], 2, False),  # April not recorded: the run breaks
        ([("2025-11", "1500.00"), ("2025-12", "1500.00"), *SIX_ABOVE[:4]], 6, True),  # a new year
        ([*SIX_ABOVE, ("2026-07", "800.00")], 0, False),  # the latest month counts
        (list(reversed(SIX_ABOVE)), 6, True),  # recorded in any order
        ([], 0, False),
    ],
)
def test_six_consecutive_recorded_months_above_dibao_suggest_exit(
    months: list[tuple[str, str]], run: int, exit_suggested: bool
) -> None:
    recorded = _months(*months)
    assert months_above_dibao(recorded) == run
    assert suggests_exit(recorded) is exit_suggested


def test_a_month_of_a_year_without_dibao_suggests_nothing() -> None:
    assert not suggests_exit(_months(*SIX_ABOVE, dibao=None))


def test_aid_to_an_exited_household_is_refused() -> None:
    assert household_active({}, {"household_exited": True}) == {
        "household": ["the household has exited (脱困): file it again (返困) before any more aid"]
    }
    assert household_active({}, {"household_exited": False}) == {}
    assert household_active({}, {}) == {}


NATIONAL_DAY_2027 = frozenset(date(2027, 10, d) for d in range(1, 8))


@pytest.mark.parametrize(
    ("since", "reminder_on", "due_on"),
    [
        # A year on is Friday 1 October 2027, National Day: due the next working day.
        (date(2026, 10, 1), date(2027, 9, 8), date(2027, 10, 8)),
        # A year on is a Saturday: due on Monday.
        (date(2026, 11, 20), date(2027, 10, 23), date(2027, 11, 22)),
        # A working day a year on stays; 29 February has no twin: the month's last day.
        (date(2027, 3, 2), date(2028, 2, 1), date(2028, 3, 2)),
        (date(2028, 2, 29), date(2029, 1, 29), date(2029, 2, 28)),
    ],
)
def test_reverification_is_due_a_year_on_a_working_day_reminded_30_days_ahead(
    since: date, reminder_on: date, due_on: date
) -> None:
    working = WorkingCalendar(
        holidays=NATIONAL_DAY_2027, loaded_years=frozenset({2027, 2028, 2029})
    )
    assert reverification_dates(working, since) == (reminder_on, due_on)
