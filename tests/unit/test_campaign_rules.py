"""The pure rules of aid campaigns: eligibility, amounts, the budget, matching transfers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from workflows.campaigns import (
    ALREADY_PAID,
    AMOUNT_DIFFERS,
    DUPLICATE,
    MATCHED,
    UNMATCHED,
    Amounts,
    CaseDue,
    Eligibility,
    HouseholdFacts,
    budget_refusal,
    decide,
    earlier_duplicates,
    match,
)
from workflows.definitions.hardship_aid import HARDSHIP_AID
from workflows.engine import Actor, Refused

FLAT = Amounts.of({"per_household": "500.00"})
BY_LEVEL = Amounts.of(
    {"per_household": "300.00", "per_level": {"deep": "800.00", "relative": "500.00"}}
)


def facts(**overrides: object) -> HouseholdFacts:
    given: dict[str, object] = {
        "household_id": 1, "level": "deep", "filed_on": date(2026, 3, 1), "students": 1,
        "open_case": None, "cap_left": None, **overrides,
    }  # fmt: skip
    return HouseholdFacts(**given)  # type: ignore[arg-type]


def test_every_rule_left_out_lets_a_household_in_hardship_through() -> None:
    assert decide(facts(), rule=Eligibility.of({}), amounts=FLAT) == (Decimal("500.00"), None)


@pytest.mark.parametrize(
    ("changed", "rule", "why"),
    [
        ({"assessed": False, "level": None}, {}, "no hardship level"),
        ({"level": None}, {}, "not in hardship"),
        ({"level": "accident"}, {"levels": ["deep", "relative"]}, "is not in this campaign"),
        ({"filed_on": date(2026, 10, 1)}, {"filed_before": "2026-10-01"}, "not before"),
        ({"students": 0}, {"in_school": True}, "in school"),
        ({"open_case": "XA-HG-HA-2026-00007"}, {}, "still open"),
        ({"cap_left": Decimal("499.99")}, {}, "left under the household's cap"),
    ],
)
def test_a_household_left_off_is_told_why(changed: dict, rule: dict, why: str) -> None:
    amount, reason = decide(facts(**changed), rule=Eligibility.of(rule), amounts=FLAT)
    assert amount is None and reason is not None and why in reason


def test_the_amount_follows_the_level_else_the_household_and_the_cap_is_met_exactly() -> None:
    def amount(**changed: object) -> Decimal | None:
        return decide(facts(**changed), rule=Eligibility(), amounts=BY_LEVEL)[0]

    assert amount(level="relative") == Decimal("500.00")
    assert amount(level="accident") == Decimal("300.00")  # no amount of its own
    assert amount(cap_left=Decimal("800.00")) == Decimal("800.00")


def test_the_budget_holds_to_the_fen() -> None:
    budget, committed = Decimal("10000.00"), Decimal("9000.00")
    assert budget_refusal(budget=budget, committed=committed, needed=Decimal("1000.00")) is None
    refusal = budget_refusal(budget=budget, committed=committed, needed=Decimal("1000.01"))
    assert refusal == (
        "the list needs ¥1,000.01 but the budget of ¥10,000.00 has ¥1,000.00 left "
        "(¥9,000.00 committed)"
    )


def test_a_row_repeating_an_earlier_id_number_or_reference_is_a_duplicate() -> None:
    rows = [(2, "A", "R1"), (3, "B", "R2"), (4, "A", "R3"), (5, "C", "R2"), (6, "D", "R4")]
    found = earlier_duplicates(rows)
    assert sorted(found) == [4, 5]
    assert "line 2" in found[4] and "reference" in found[5] and "line 3" in found[5]


def test_each_row_is_matched_or_told_why_not() -> None:
    due = CaseDue(case_id=7, number="XA-HG-HA-2026-00007", amount=Decimal("500.00"), paid=False)
    five_hundred = Decimal("500.00")
    assert match(amount=five_hundred, due=due, reference_used=False) == (MATCHED, None)
    assert match(amount=five_hundred, due=None, reference_used=False)[0] == UNMATCHED
    assert match(amount=five_hundred, due=due, reference_used=True)[0] == DUPLICATE
    paid = CaseDue(7, due.number, five_hundred, paid=True)
    assert match(amount=five_hundred, due=paid, reference_used=False)[0] == ALREADY_PAID
    withdrawn = CaseDue(7, due.number, five_hundred, paid=False, status="withdrawn")
    assert match(amount=five_hundred, due=withdrawn, reference_used=False)[0] == UNMATCHED
    outcome, why = match(amount=Decimal("499.99"), due=due, reference_used=False)
    assert outcome == AMOUNT_DIFFERS and why == "amount differs: file ¥499.99, case ¥500.00"


def test_the_builder_of_the_list_may_not_grant_its_cases() -> None:
    data = {"amount": "500.00", "campaign": "送温暖 (#1)"}
    builder = Actor(role="supervisor", user_id=5)
    with pytest.raises(Refused):
        HARDSHIP_AID.decide(
            state="registered", action="grant_in_campaign", actor=builder, data=data,
            facts={"list_builder_id": 5}, category="seasonal",
        )  # fmt: skip
    other = Actor(role="supervisor", user_id=6)
    decision = HARDSHIP_AID.decide(
        state="registered", action="grant_in_campaign", actor=other, data=data,
        facts={"list_builder_id": 5}, category="seasonal",
    )  # fmt: skip
    assert decision.target == "payout"
    with pytest.raises(Refused):
        HARDSHIP_AID.decide(
            state="registered", action="grant_in_campaign", actor=Actor(role="caseworker"),
            data=data, facts={"list_builder_id": 5}, category="seasonal",
        )  # fmt: skip
    with pytest.raises(Refused, match="campaign's confirmed list"):  # a case from the desk
        HARDSHIP_AID.decide(
            state="registered", action="grant_in_campaign", actor=other, data=data,
            facts={}, category="seasonal",
        )  # fmt: skip
