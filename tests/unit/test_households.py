"""The household rules of workflows/households.py: level at the 低保 boundary, caps."""

from __future__ import annotations

from decimal import Decimal

import pytest

from workflows.households import (
    AidThisYear,
    cap_for,
    cap_refusal,
    hardship_level,
    home_visit_recorded,
    monthly_per_head,
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
