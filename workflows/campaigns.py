"""Aid campaigns 送温暖/金秋助学: who is eligible, how much, the budget, the bank's transfers.

Pure rules: the service gathers the facts of each household and each transfer row,
and these functions decide.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from workflows.definitions.hardship_aid import HARDSHIP_LEVELS
from workflows.households import yuan
from workflows.messages import N_, Text

LEVELS = HARDSHIP_LEVELS


@dataclass(frozen=True)
class Eligibility:
    """Who a campaign is for: hardship levels, filed before a day, members in school."""

    levels: tuple[str, ...] = LEVELS
    filed_before: date | None = None
    in_school: bool = False  # 金秋助学: at least one member is a student

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> Eligibility:
        filed_before = data.get("filed_before")
        return cls(
            levels=tuple(data.get("levels") or LEVELS),
            filed_before=date.fromisoformat(filed_before) if filed_before else None,
            in_school=bool(data.get("in_school", False)),
        )


@dataclass(frozen=True)
class Amounts:
    """What each household receives: its level's amount if set, else the one per household."""

    per_household: Decimal
    per_level: Mapping[str, Decimal]

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> Amounts:
        per_level = {level: Decimal(str(v)) for level, v in (data.get("per_level") or {}).items()}
        return cls(per_household=Decimal(str(data["per_household"])), per_level=per_level)

    def for_level(self, level: str) -> Decimal:
        return self.per_level.get(level, self.per_household)


@dataclass(frozen=True)
class HouseholdFacts:
    """What the list needs to know of one household file."""

    household_id: int
    level: str | None
    filed_on: date
    students: int
    open_case: str | None  # the number of an open case of the campaign's kind
    cap_left: Decimal | None  # None: the kind has no cap
    assessed: bool = True  # the file has a year's income and the unit a 低保 figure


def decide(
    facts: HouseholdFacts, *, rule: Eligibility, amounts: Amounts
) -> tuple[Decimal | None, Text | None]:
    """The household's amount if it is on the list, else None and why it is left off."""
    if not facts.assessed:
        return None, N_("no hardship level: the file has no year's income, or no 低保 figure")
    if facts.level is None:
        return None, N_("not in hardship by the year's income and the 低保 figure")
    if facts.level not in rule.levels:
        return None, N_("hardship level {level} is not in this campaign", level=N_(facts.level))
    if rule.filed_before is not None and facts.filed_on >= rule.filed_before:
        return None, N_("filed on {day}, not before {before}", day=facts.filed_on,
                        before=rule.filed_before)  # fmt: skip
    if rule.in_school and facts.students == 0:
        return None, N_("no member of the household is in school")
    if facts.open_case is not None:
        return None, N_("case {number} of the same aid kind is still open", number=facts.open_case)
    amount = amounts.for_level(facts.level)
    if facts.cap_left is not None and amount > facts.cap_left:
        return None, N_(
            "{amount} is more than the {left} left under the household's cap this year",
            amount=yuan(amount),
            left=yuan(facts.cap_left),
        )
    return amount, None


def budget_refusal(*, budget: Decimal, committed: Decimal, needed: Decimal) -> Text | None:
    """Why confirming a list of ``needed`` would overspend the budget; None if it fits."""
    if committed + needed <= budget:
        return None
    return N_(
        "the list needs {needed} but the budget of {budget} has {left} left "
        "({committed} committed)",
        needed=yuan(needed),
        budget=yuan(budget),
        left=yuan(max(budget - committed, Decimal(0))),
        committed=yuan(committed),
    )


# What became of one row of the bank's transfer list.
MATCHED = "matched"
UNMATCHED = "unmatched"
DUPLICATE = "duplicate"
ALREADY_PAID = "already_paid"
AMOUNT_DIFFERS = "amount_differs"
UNREADABLE = "unreadable"


@dataclass(frozen=True)
class CaseDue:
    """The campaign's case of one ID number: what it pays and whether it is paid."""

    case_id: int
    number: str
    amount: Decimal
    paid: bool
    status: str = "payout"  # a case withdrawn since the confirmation is paid no more


def earlier_duplicates(rows: list[tuple[int, str, str]]) -> dict[int, Text]:
    """The lines of rows (line, ID number, reference) that repeat an earlier row, and why."""
    ids: dict[str, int] = {}
    references: dict[str, int] = {}
    found: dict[int, Text] = {}
    for line, id_number, reference in rows:
        if id_number in ids:
            found[line] = N_("the same ID number as line {line}", line=ids[id_number])
        elif reference in references:
            found[line] = N_("the same reference as line {line}", line=references[reference])
        ids.setdefault(id_number, line)
        references.setdefault(reference, line)
    return found


def match(*, amount: Decimal, due: CaseDue | None, reference_used: bool) -> tuple[str, Text | None]:
    """The outcome of one transfer row that repeats no earlier row, and why if not matched."""
    if reference_used:
        return DUPLICATE, N_("this reference is already recorded on a payment")
    if due is None:
        return UNMATCHED, N_("no case of this campaign for this ID number")
    if due.paid:
        return ALREADY_PAID, N_("case {number} is already paid", number=due.number)
    if due.status != "payout":
        return UNMATCHED, N_(
            "case {number} is {status}: no payment is due", number=due.number,
            status=N_(due.status),
        )  # fmt: skip
    if amount != due.amount:
        return AMOUNT_DIFFERS, N_(
            "amount differs: file {file}, case {case}", file=yuan(amount), case=yuan(due.amount)
        )
    return MATCHED, None
